"""The unit a report is about and the body that issues it, from the header (part of the ``metadata`` extractor).

- unit: the header (``ỦY BAN NHÂN DÂN XÃ THƯỢNG HỒNG``), else the date line's place
  (``Thượng Hồng, ngày …``) typed by a body mention (``UBND xã Thượng Hồng``), else the unit
  the body names most often. The unit levels are those of normalize/data/unit_types.toml.
- issuer: the body in the header, else the own number's code (``/BC-TTPVHCC`` vs ``/BC-UBND``),
  else the signature block (``TM. ỦY BAN NHÂN DÂN``, ``KT. GIÁM ĐỐC``), else the body that reports
  in the opening paragraph; the bodies are in data/metadata.toml ``[bodies]``. A decision numbered as the
  chairman's (``Số: 125/QĐ-CTUBND``) has the chairman for issuer (:func:`issuing_title`,
  normalize/data/authorities.toml).

The scan of unit mentions is metadata_mentions.py; a text with no header (a news item) is read by
metadata_news.py.
"""

from __future__ import annotations

import functools
import tomllib
from collections import Counter
from dataclasses import dataclass, replace

import regex

from extract.extractors.metadata_columns import body_above, header_view, holder_above
from extract.extractors.metadata_cues import TitleBlock
from extract.extractors.metadata_mentions import (
    Body,
    Mention,
    UnitReading,
    body_before,
    clean_name,
    cues,
    mention_pattern,
    mentions,
    title_case,
)
from extract.extractors.metadata_news import news_unit
from extract.extractors.metadata_title import header_end
from normalize.dates import DateLine
from normalize.docnumbers import find_own_number
from normalize.lexicon import DATA_DIR
from normalize.text import fold
from normalize.units import province_type, resolve_unit

__all__ = ["BODY_WINDOW", "UnitReading", "bodies", "header_department", "issuer_body", "issuing_title", "read_unit",
           "resolve", "title_case"]

BODY_WINDOW = 20_000  # the unit is named in the opening pages: a bounded scan, not the whole book


def bodies() -> tuple[Body, ...]:
    """The bodies that issue reports, in the order of data/metadata.toml."""
    return cues().bodies


def _split_type(place: str) -> tuple[str | None, str]:
    """``Xã Nguyễn Lương Bằng`` -> (``xã``, ``Nguyễn Lương Bằng``); ``Thượng Hồng`` -> (None, …)."""
    m = regex.match(rf"(?i)(?P<type>{cues().type_pattern})\s+(?P<name>.+)$", place.strip())
    if m:
        return m.group("type").lower(), clean_name(m.group("name"))
    return None, clean_name(place.strip(" *_"))


def read_unit(text: str, date_line: DateLine | None, news: TitleBlock | None = None,
              cited: tuple[int, int] | None = None) -> UnitReading | None:
    """The unit the report is about (its type, name and span) and the body its header names; ``news``: the
    title block of a text with no header (a news item), read by :func:`news_unit`; ``cited``: where a page
    reproducing the document names its issuer in the citation of it (``Báo cáo số 228/BC-UBND ngày … của UBND
    phường X về …``: between the citation and its subject), read before the rest."""
    if news is not None:
        return news_unit(text, news)
    if cited is not None:
        named = [m for m in mentions(text, *cited) if m.name]
        if named:
            m = next((m for m in named if m.body), named[0])
            return UnitReading(m.type, m.name, m.body, (m.start, m.end))
    head_end = header_end(text)
    # the header's columns read apart ("ĐẶC KHU PHÚ QUÝ      Độc lập - Tự do - Hạnh phúc", "XÃ AN PHÚ Độc lập - …": the
    # unit is the left column's), the body over it in the left column ("ỦY BAN NHÂN DÂN CỘNG HÒA …" / "XÃ AN PHÚ …")
    view = header_view(text, head_end)
    header, body_at = _header_mentions(view, head_end)
    # CASE 1: the header names the unit ("ỦY BAN NHÂN DÂN XÃ THƯỢNG HỒNG"); skip "XÃ HỘI CHỦ NGHĨA"
    header = [m for m in header if m.body or not fold(m.name).startswith("hoi chu nghia")]
    first = next((m for m in header if m.body), None)
    header_body = first.body if first is not None else None
    # "CHỦ TỊCH" over "ỦY BAN NHÂN DÂN / TỈNH X": the chairman's letterhead
    holder = holder_above(view, body_at[first.start]) if first is not None else None
    if header_body is None:
        for b in cues().bodies:  # "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG" on a line of its own
            if b.words.search(text, 0, head_end):
                header_body = b.key
                break
    # a TTPVHCC line under the UBND line: the centre issues
    if header_body and any(b.key == "ttpvhcc" and b.words.search(text, 0, head_end) for b in cues().bodies):
        header_body = "ttpvhcc"
    # "ỦY BAN NHÂN DÂN / THÀNH PHỐ CẦN THƠ / VĂN PHÒNG": the UBND's office issues
    if header_body == "ubnd":
        header_body = next((b.key for b in cues().bodies if b.office is not None and b.office.search(view, 0, head_end)),
                           header_body)
    if first is None or header_body != first.body:
        holder = None  # the holder heads the body of his line, not an office or a centre named under it
    body_mentions = mentions(text, head_end, min(len(text), head_end + BODY_WINDOW))
    if date_line is not None:
        # CASE 2: the date line's place is the unit's name ("Thượng Hồng, ngày …")
        typ, name = _split_type(date_line.place_text)
        if name.isupper():
            name = title_case(name)
        key = fold(name)
        if typ is None:
            same = [m.type for m in header + body_mentions if fold(m.name) == key]
            # "Hà Tĩnh, ngày …" under a bare "ỦY BAN NHÂN DÂN": a province's name dates a province's document
            typ = Counter(same).most_common(1)[0][0] if same else province_type(name)
        return UnitReading(typ, name, header_body, date_line.place, holder)
    with_body = [m for m in header if m.body]
    if header:
        m = with_body[-1] if with_body else header[-1]
        return UnitReading(m.type, m.name, header_body, (m.start, m.end), holder)
    # CASE 3: the unit the body names most often ("UBND xã Nguyễn Lương Bằng báo cáo …")
    if not body_mentions:
        return None
    commune = [m for m in body_mentions if m.type in cues().unit_types]
    body_mentions = commune or body_mentions
    counts = Counter((m.type, fold(m.name)) for m in body_mentions)
    (typ, key), _ = counts.most_common(1)[0]
    first = next(m for m in body_mentions if m.type == typ and fold(m.name) == key)
    return UnitReading(typ, first.name, header_body, (first.start, first.end))


def _header_mentions(view: str, hi: int) -> tuple[list[Mention], dict[int, int]]:
    """The named units of the header view, each with the body written before it or above it in the left column;
    and where each one's body starts."""
    out, body_at = [], {}
    for m in mentions(view, 0, hi):
        if not m.name:
            continue
        at = m.start
        if m.body is None:
            body, at = body_above(view, m.start)
            m = replace(m, body=body)
        out.append(m)
        body_at[m.start] = at
    return out, body_at


def resolve(typ: str | None, name: str, province: str | None) -> tuple[str | None, str | None, str | None]:
    """(type, province, code) completed from the official unit list where it is unambiguous."""
    unit = resolve_unit(name, type=typ, province=province)
    if unit is None:
        return typ, province, None
    return typ or unit.type, province or unit.province, unit.code


# --- issuer -------------------------------------------------------------------------------------

def issuer_body(text: str, header_body: str | None, signature: str) -> str | None:
    if header_body:
        return header_body
    own = find_own_number(text)  # "Số: /BC-TTPVHCC": the centre issues, "Số: 96/BC-UBND": the UBND
    if own is not None and own.issuer_code:
        code = own.issuer_code.upper()
        for b in cues().bodies:
            if code in b.codes:
                return b.key
    folded = fold(signature)
    for b in cues().bodies:  # TM. ỦY BAN NHÂN DÂN before KT. GIÁM ĐỐC: the order of the data file
        if any(fold(cue) in folded for cue in b.signer_cues):
            return b.key
    # "UBND xã Nguyễn Lương Bằng báo cáo …": the body that reports in the opening paragraph
    opening = text[: min(len(text), 3000)]
    for m in mention_pattern().finditer(opening):
        if regex.match(r"\s*(?:trân\s+trọng\s+)?báo\s+cáo", text[m.end(): m.end() + 30], regex.IGNORECASE):
            body, _ = body_before(text, m.start())
            if body is not None:
                return body
    return None



# --- a provincial department ----------------------------------------------------------------------

# "UBND TỈNH X" over "SỞ NỘI VỤ", or "SỞ TƯ PHÁP TỈNH X": a department of the province heads the header's left column
# (a tab after it: "SỞ NỘI VỤ\tCỘNG HÒA …"). The shortest name never ends in a space, "*" or "_" (they belong to
# what follows it), so only a name ending in another character is tried against the rest of its line: a long run of
# spaces is then read once, not once per space in it
_DEPARTMENT = regex.compile(r"(?m)^[ \t*_]*(?-i:SỞ)[ \t]+(?P<name>\p{Lu}[^\n\t\p{Ll}\d]*?)(?<![ *_])[ \t*_]*(?:$|\t)")


def header_department(text: str) -> str | None:
    """The provincial department (``Sở Nội vụ``, ``Sở Tài nguyên và Môi trường``) heading the header, which then
    issues the document for its province; its name without the province it may name (``SỞ TƯ PHÁP TỈNH X``)."""
    head_end = header_end(text)
    m = _DEPARTMENT.search(header_view(text, head_end), 0, head_end)
    if m is None:
        return None
    name = regex.split(rf"(?i)[ \t]+(?:{cues().type_pattern})[ \t]+", m.group("name"), maxsplit=1)[0]
    words = name.lower().split()
    if not words:
        return None
    # "TÀI NGUYÊN VÀ MÔI TRƯỜNG" -> "Tài nguyên và Môi trường": each part of the name joined by "và" capitalised
    cased = [w[:1].upper() + w[1:] if i == 0 or words[i - 1] == "và" else w for i, w in enumerate(words)]
    return "Sở " + " ".join(cased)


# --- the chairman's decisions ---------------------------------------------------------------------

@dataclass(frozen=True)
class _Authority:
    title: str
    body: str
    codes: frozenset[str]


@functools.cache
def _chairman() -> _Authority:
    with (DATA_DIR / "authorities.toml").open("rb") as fh:
        data = tomllib.load(fh)["chairman"]
    return _Authority(data["title"], data["body"], frozenset(c.upper() for c in data["codes"]))


def issuing_title(text: str, body_key: str | None) -> str | None:
    """``Chủ tịch`` when the chairman of the header's body issues the document in his own name, as the issuer code
    of its number says (``Số: 125/QĐ-CTUBND``); else None (``Số: 126/QĐ-UBND``: the committee, whatever its
    authority line; normalize/data/authorities.toml)."""
    a = _chairman()
    if body_key != a.body:
        return None
    own = find_own_number(text)
    return a.title if own is not None and own.issuer_code and own.issuer_code.upper() in a.codes else None
