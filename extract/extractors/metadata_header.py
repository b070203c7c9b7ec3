"""The unit a report is about and the body that issues it, from the header (part of the ``metadata`` extractor).

- unit: the header (``ỦY BAN NHÂN DÂN XÃ THƯỢNG HỒNG``), else the date line's place
  (``Thượng Hồng, ngày …``) typed by a body mention (``UBND xã Thượng Hồng``), else the unit
  the body names most often. The unit levels are those of normalize/data/unit_types.toml.
- issuer: the body in the header, else the own number's code (``/BC-TTPVHCC`` vs ``/BC-UBND``),
  else the signature block (``TM. ỦY BAN NHÂN DÂN``, ``KT. GIÁM ĐỐC``), else the body that reports
  in the opening paragraph; the bodies are in data/metadata.toml ``[bodies]``.
"""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass

import regex

from extract.extractors.metadata_title import cue_data, header_end, stamp_line_after
from normalize.dates import DateLine
from normalize.docnumbers import find_own_number
from normalize.lexicon import unit_type_names, word_alternation
from normalize.text import fold
from normalize.units import resolve_unit

BODY_WINDOW = 20_000  # the unit is named in the opening pages: a bounded scan, not the whole book

_NAME_WORD = r"\p{Lu}[\p{L}\p{M}]*"
# A proper name after a type word: capitalised words, possibly broken across PDF lines
UNIT_NAME = rf"(?P<name>{_NAME_WORD}(?: +{_NAME_WORD}|\s*\n\s*(?={_NAME_WORD} +{_NAME_WORD}|{_NAME_WORD}\s*[,.;)\n]){_NAME_WORD}){{0,4}})"


@dataclass(frozen=True)
class _Body:
    key: str
    canonical: str
    words: regex.Pattern
    codes: frozenset[str]
    signer_cues: tuple[str, ...]
    office: regex.Pattern | None = None  # a header line of its own under the UBND line that makes this body issue



@dataclass(frozen=True)
class _Cues:
    unit_types: tuple[str, ...]  # commune level
    type_pattern: str  # all levels
    bodies: tuple[_Body, ...]


@functools.cache
def _cues() -> _Cues:
    data = cue_data()
    bodies = tuple(
        _Body(key, b["canonical"], regex.compile(rf"(?<!\w)(?:{word_alternation(b['words'])})(?!\w)", regex.IGNORECASE),
              frozenset(b["codes"]), tuple(b["signer_cues"]),
              regex.compile(rf"(?m)^[ \t]*(?:{word_alternation(b['office_lines'])})[ \t]*$", regex.IGNORECASE)
              if b.get("office_lines") else None)
        for key, b in data["bodies"].items()
    )
    # the type names of every level ("xã", "huyện", "thành phố" …), not their abbreviations ("TP.", "P.")
    return _Cues(
        unit_types=unit_type_names("commune"),
        type_pattern=word_alternation(unit_type_names("commune", "district", "province")),
        bodies=bodies,
    )


def bodies() -> tuple[_Body, ...]:
    """The bodies that issue reports, in the order of data/metadata.toml."""
    return _cues().bodies


@functools.cache
def _mention_pattern() -> regex.Pattern:
    """``(xã|phường|…) Name`` in any case; the body before it is read by :func:`_body_before`."""
    c = _cues()
    # case-insensitive cue words, case-sensitive name (a name is capitalised: "xã đã ban hành" is none).
    # The scan is keyed on the type word: an optional body prefix in the pattern would be tried at every position.
    return regex.compile(rf"(?i:(?<!\w)(?P<type>{c.type_pattern}))\s+{UNIT_NAME}")


@functools.cache
def _body_suffix() -> regex.Pattern:
    bodies = "|".join(f"(?P<b_{b.key}>{b.words.pattern})" for b in _cues().bodies)
    return regex.compile(rf"(?i:(?<!\w)(?:{bodies}))\s+$")


BODY_REACH = 48  # characters: the longest body phrase and the space after it


def _body_before(text: str, pos: int) -> tuple[str | None, int]:
    """(key of the body written right before ``pos``, where it starts) or (None, pos)."""
    m = _body_suffix().search(text, max(0, pos - BODY_REACH), pos)
    if m is None:
        return None, pos
    return next(b.key for b in _cues().bodies if m.group(f"b_{b.key}")), m.start()


def _title_case(name: str) -> str:
    return " ".join(w[:1].upper() + w[1:].lower() for w in name.split())


def _clean_name(name: str) -> str:
    return " ".join(name.split())


# --- unit ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Mention:
    type: str
    name: str
    body: str | None
    start: int
    end: int



def _mentions(text: str, lo: int, hi: int) -> list[_Mention]:
    out = []
    for m in _mention_pattern().finditer(text, lo, hi):
        raw = m.group("name")
        first_line = raw.split("\n", 1)[0]
        end = m.end()
        if first_line != raw and (first_line.isupper() or stamp_line_after(text, m.start("name") + len(first_line))):
            # a header line ends the name ("XÃ ĐÔNG HÀ\n\nSố:"), so does a masthead's ("… tỉnh Cao Bằng\nThứ Tư, 12/10/2022")
            end = m.start("name") + len(first_line.rstrip())
            raw = first_line
        name = _clean_name(raw)
        if name.isupper():
            name = _title_case(name)
        body, start = _body_before(text, m.start())
        out.append(_Mention(m.group("type").lower(), name, body, start, end))
    return out



def _split_type(place: str) -> tuple[str | None, str]:
    """``Xã Nguyễn Lương Bằng`` -> (``xã``, ``Nguyễn Lương Bằng``); ``Thượng Hồng`` -> (None, …)."""
    m = regex.match(rf"(?i)(?P<type>{_cues().type_pattern})\s+(?P<name>.+)$", place.strip())
    if m:
        return m.group("type").lower(), _clean_name(m.group("name"))
    return None, _clean_name(place.strip(" *_"))


@dataclass(frozen=True)
class _UnitReading:
    type: str | None
    name: str
    body: str | None  # issuer body read from the header
    span: tuple[int, int]


def read_unit(text: str, date_line: DateLine | None) -> _UnitReading | None:
    """The unit the report is about (its type, name and span) and the body its header names."""
    head_end = header_end(text)
    header = [m for m in _mentions(text, 0, head_end) if m.name]
    # CASE 1: the header names the unit ("ỦY BAN NHÂN DÂN XÃ THƯỢNG HỒNG"); skip "XÃ HỘI CHỦ NGHĨA"
    header = [m for m in header if m.body or not fold(m.name).startswith("hoi chu nghia")]
    header_body = None
    for m in header:
        if m.body:
            header_body = m.body if header_body is None else header_body
    if header_body is None:
        for b in _cues().bodies:  # "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG" on a line of its own
            if b.words.search(text, 0, head_end):
                header_body = b.key
                break
    # a TTPVHCC line under the UBND line: the centre issues
    if header_body and any(b.key == "ttpvhcc" and b.words.search(text, 0, head_end) for b in _cues().bodies):
        header_body = "ttpvhcc"
    # "ỦY BAN NHÂN DÂN / THÀNH PHỐ CẦN THƠ / VĂN PHÒNG": the UBND's office issues
    if header_body == "ubnd":
        header_body = next((b.key for b in _cues().bodies if b.office is not None and b.office.search(text, 0, head_end)),
                           header_body)
    body_mentions = _mentions(text, head_end, min(len(text), head_end + BODY_WINDOW))
    if date_line is not None:
        # CASE 2: the date line's place is the unit's name ("Thượng Hồng, ngày …")
        typ, name = _split_type(date_line.place_text)
        if name.isupper():
            name = _title_case(name)
        key = fold(name)
        if typ is None:
            same = [m.type for m in header + body_mentions if fold(m.name) == key]
            typ = Counter(same).most_common(1)[0][0] if same else None
        return _UnitReading(typ, name, header_body, date_line.place)
    with_body = [m for m in header if m.body]
    if header:
        m = with_body[-1] if with_body else header[-1]
        return _UnitReading(m.type, m.name, header_body, (m.start, m.end))
    # CASE 3: the unit the body names most often ("UBND xã Nguyễn Lương Bằng báo cáo …")
    if not body_mentions:
        return None
    commune = [m for m in body_mentions if m.type in _cues().unit_types]
    body_mentions = commune or body_mentions
    counts = Counter((m.type, fold(m.name)) for m in body_mentions)
    (typ, key), _ = counts.most_common(1)[0]
    first = next(m for m in body_mentions if m.type == typ and fold(m.name) == key)
    return _UnitReading(typ, first.name, header_body, (first.start, first.end))


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
        for b in _cues().bodies:
            if code in b.codes:
                return b.key
    folded = fold(signature)
    for b in _cues().bodies:  # TM. ỦY BAN NHÂN DÂN before KT. GIÁM ĐỐC: the order of the data file
        if any(fold(cue) in folded for cue in b.signer_cues):
            return b.key
    # "UBND xã Nguyễn Lương Bằng báo cáo …": the body that reports in the opening paragraph
    opening = text[: min(len(text), 3000)]
    for m in _mention_pattern().finditer(opening):
        if regex.match(r"\s*(?:trân\s+trọng\s+)?báo\s+cáo", text[m.end(): m.end() + 30], regex.IGNORECASE):
            body, _ = _body_before(text, m.start())
            if body is not None:
                return body
    return None

