"""The ``metadata`` extractor: what the report says about itself (the contract's ``document``).

It yields no facts; it sets ``ctx.meta`` from the header, the date line, the title block, the
signature block and the facts of ``references`` (the own ``Số:`` number) and ``periods``:

- unit: the header (``ỦY BAN NHÂN DÂN XÃ THƯỢNG HỒNG``), else the date line's place
  (``Thượng Hồng, ngày …``) typed by a body mention (``UBND xã Thượng Hồng``), else the unit
  the body names most often; province from the text or the website; code when unambiguous.
- issuer: null for a news item (the portal in its masthead publishes it; no authority issues it);
  else the body in the header, else the own number's code (``/BC-TTPVHCC`` vs ``/BC-UBND``),
  else the signature block (``TM. ỦY BAN NHÂN DÂN``, ``KT. GIÁM ĐỐC``), in the canonical form
  ``Ủy ban nhân dân xã X`` / ``Trung tâm Phục vụ hành chính công xã X``.
- title: the lines after ``BÁO CÁO`` up to the first body paragraph, joined with single spaces;
  a line of its own in parentheses (``(Số liệu tính từ …)``) is a note, not part of the title.
- kind: the first named period of the title (``tháng 4`` -> month); a title with only a range
  takes the kind of the calendar span it covers; else ``other``.
- period: a range stated in the title block or the first figures, unless it contradicts the
  title (then the range the body states most often); else the title's named period.
- signer: the last name line under the signature titles; title in normal capitalisation.
"""

from __future__ import annotations

import datetime as dt
import functools
import tomllib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import regex

from extract.extractors.periods import iter_candidate_periods
from extract.facts import Fact, PeriodFact, Person, ReferenceFact, ReportMeta, Unit
from extract.registry import Context, Extractor
from normalize.dates import parse_date
from normalize.errors import NormalizeError
from normalize.lexicon import word_alternation
from normalize.text import fold
from normalize.units import find_province, resolve_unit

DATA_FILE = Path(__file__).with_name("data") / "metadata.toml"
HEADER_WINDOW = 1500  # the header, date line and title sit in the first lines
BODY_WINDOW = 20_000  # the unit is named in the opening pages: a bounded scan, not the whole book
MAX_TITLE_LINE = 300  # characters: a longer line after the first is a body paragraph
SIGNATURE_WINDOW = 1500  # the signature block sits in the last lines

_NAME_WORD = r"\p{Lu}[\p{L}\p{M}]*"
# A proper name after a type word: capitalised words, possibly broken across PDF lines
UNIT_NAME = rf"(?P<name>{_NAME_WORD}(?: +{_NAME_WORD}|\s*\n\s*(?={_NAME_WORD} +{_NAME_WORD}|{_NAME_WORD}\s*[,.;)\n]){_NAME_WORD}){{0,4}})"
# The date line: "Xã Nguyễn Lương Bằng, ngày 20 tháng 4 năm 2026"; blank day/month in drafts
DATE_LINE = regex.compile(
    r"(?m)(?:^|\t)[ *_]*(?P<place>[^\n\t,\d]{2,60}?)\s*,\s*(?P<when>ngày[ \t]*(?P<d>\d{1,2})?[ \t]*tháng[ \t]*"
    r"(?P<m>\d{1,2})?[ \t]*năm[ \t]*(?P<y>\d{4})"
    # the short form "Tân An, ngày 05/6/2026"
    r"|ngày[ \t]*(?P<d>\d{1,2})[ \t]*/[ \t]*(?P<m>\d{1,2})[ \t]*/[ \t]*(?P<y>(?:19|20)\d\d)(?![\d/]))",
    regex.IGNORECASE)
# a news item's dateline names a weekday, not a place: "Thứ Tư, ngày 16 tháng 10 năm 2024"
WEEKDAY = regex.compile(r"^[ \t*_]*(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s+nhật)[ \t*_]*$", regex.IGNORECASE)


def find_date_line(text: str) -> regex.Match | None:
    """The date line of the header (``Xã A, ngày 20 tháng 4 năm 2026``), not a news item's dateline."""
    for m in DATE_LINE.finditer(text, 0, HEADER_WINDOW):
        if not WEEKDAY.match(m.group("place")):
            return m
    return None


OWN_NUMBER_LINE = regex.compile(r"(?m)^[ \t*_]*Số\s*:")
OWN_NUMBER = regex.compile(r"(?m)^[ \t*_]*Số\s*:[^\n]*?/\s*[\p{L}]+\s*-\s*(?P<issuer>[\p{L}]+)")
PERSON_LINE = regex.compile(r"^\p{Lu}[\p{Ll}\p{M}]*(?:[ \t]+\p{Lu}[\p{Ll}\p{M}]*){1,5}$")


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
    body_start: regex.Pattern
    report_word: regex.Pattern  # a heading line ("BÁO CÁO", "KẾ HOẠCH", "BÁO CÁO KẾT QUẢ …")
    genres: dict[str, str]  # folded heading word -> genre ("report", "plan", …)
    subject: regex.Pattern  # "V/v …" under the number of a công văn
    max_subject_lines: int
    stamp: regex.Pattern  # a news item's publication stamp line
    chrome: tuple[str, ...]
    rubric: regex.Pattern  # a rubric line of the page: "Chuyên mục: Cải cách hành chính"
    not_headlines: tuple[str, ...]  # folded
    masthead: regex.Pattern
    news_min_words: int
    news_max_chars: int
    news_lines: int
    max_title_lines: int
    title_note: regex.Pattern
    sig_prefixes: tuple[str, ...]
    sig_titles: tuple[tuple[str, str], ...]  # (folded printed title, normal title), longest first
    sig_skip: tuple[str, ...]


@functools.cache
def _cues() -> _Cues:
    with DATA_FILE.open("rb") as fh:
        data = tomllib.load(fh)
    types = tuple(data["unit_types"]["words"])
    all_types = types + tuple(data["unit_types"].get("higher", ()))
    bodies = tuple(
        _Body(key, b["canonical"], regex.compile(rf"(?<!\w)(?:{word_alternation(b['words'])})(?!\w)", regex.IGNORECASE),
              frozenset(b["codes"]), tuple(b["signer_cues"]),
              regex.compile(rf"(?m)^[ \t]*(?:{word_alternation(b['office_lines'])})[ \t]*$", regex.IGNORECASE)
              if b.get("office_lines") else None)
        for key, b in data["bodies"].items()
    )
    title = data["title"]
    sig = data["signature"]
    news = data["news"]
    headings = word_alternation(title["headings"])
    # "04/10/2024"; "ngày 16 tháng 10 năm 2024" (after a weekday: "Thứ Tư, ngày 16 tháng 10 năm 2024")
    stamp_date = (r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d\d"
                  r"|ngày[ \t]+\d{1,2}[ \t]+tháng[ \t]+\d{1,2}[ \t]+năm[ \t]+(?:19|20)\d\d")
    time = r"\d{1,2}\s*[:h]\s*\d{2}(?:\s*(?:\(?\s*GMT\s*[+-]?\s*\d{1,2}(?::?\d{2})?\s*\)?|AM|PM|SA|CH))?"
    stamp = (rf"^[ \t*_]*(?:(?:{word_alternation(news['stamp_prefixes'])})[ \t]*[:,]?[ \t]*)*(?:ngày[ \t]+)?"
             rf"(?:{time}[ \t]*[-–|,]?[ \t]*)?(?:ngày[ \t]+)?(?P<date>{stamp_date})"
             rf"(?:[ \t]*[-–|,]?[ \t]*{time})?[ \t*_]*$")
    titles = sorted(((fold(k), v) for k, v in sig["titles"].items()), key=lambda kv: -len(kv[0]))
    return _Cues(
        unit_types=types,
        type_pattern=word_alternation(all_types),
        bodies=bodies,
        body_start=regex.compile(rf"^(?:{word_alternation(title['body_starts'])})(?!\w)", regex.IGNORECASE),
        report_word=regex.compile(
            rf"(?m)^[ \t*_#]*(?P<word>(?i:{headings}))(?:[ \t*_:]*$|[ \t]*:?[ \t]+(?P<rest>[^\n\p{{Ll}}]*\p{{Lu}}[^\n\p{{Ll}}]*)$)"),
        genres={fold(k): v for k, v in title["headings"].items()},
        subject=regex.compile(rf"(?m)^[ \t*_]*(?:{word_alternation(data['subject']['starts'])})[ \t]*[:.]?[ \t]*(?=\S)",
                              regex.IGNORECASE),
        max_subject_lines=int(data["subject"]["max_lines"]),
        stamp=regex.compile(stamp, regex.IGNORECASE | regex.MULTILINE),
        chrome=tuple(news["chrome"]),
        rubric=regex.compile(rf"^(?:{word_alternation(news.get('rubrics', ()))})[ \t]*:", regex.IGNORECASE)
        if news.get("rubrics") else regex.compile(r"(?!x)x"),
        not_headlines=tuple(fold(w) for w in news["not_headlines"]),
        masthead=regex.compile(rf"^(?:{word_alternation(news['mastheads'])})(?!\w)", regex.IGNORECASE),
        news_min_words=int(news["min_words"]),
        news_max_chars=int(news["max_chars"]),
        news_lines=int(news["lines"]),
        max_title_lines=int(title["max_lines"]),
        title_note=regex.compile(rf"\s*\(\s*(?:{word_alternation(title['note_starts'])})(?!\w)[^()]*\)\s*$", regex.IGNORECASE),
        sig_prefixes=tuple(fold(p) for p in sig["prefixes"]),
        sig_titles=tuple(titles),
        sig_skip=tuple(fold(w) for w in sig["skip"]["words"]),
    )


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


def _stamp_line_after(text: str, pos: int) -> bool:
    """Whether the next non-blank line after ``pos`` is a news item's publication stamp."""
    ls = pos
    while ls < len(text) and text[ls] in " \t\r\n":
        ls += 1
    le = text.find("\n", ls)
    return _cues().stamp.match(text, ls, len(text) if le < 0 else le) is not None


def _mentions(text: str, lo: int, hi: int) -> list[_Mention]:
    out = []
    for m in _mention_pattern().finditer(text, lo, hi):
        raw = m.group("name")
        first_line = raw.split("\n", 1)[0]
        end = m.end()
        if first_line != raw and (first_line.isupper() or _stamp_line_after(text, m.start("name") + len(first_line))):
            # a header line ends the name ("XÃ ĐÔNG HÀ\n\nSố:"), so does a masthead's ("… tỉnh Cao Bằng\nThứ Tư, 12/10/2022")
            end = m.start("name") + len(first_line.rstrip())
            raw = first_line
        name = _clean_name(raw)
        if name.isupper():
            name = _title_case(name)
        body, start = _body_before(text, m.start())
        out.append(_Mention(m.group("type").lower(), name, body, start, end))
    return out


def _header_end(text: str) -> int:
    m = _cues().report_word.search(text, 0, HEADER_WINDOW)
    return m.start() if m else min(len(text), HEADER_WINDOW // 3)


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


def _read_unit(text: str, date_line: regex.Match | None) -> _UnitReading | None:
    head_end = _header_end(text)
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
        typ, name = _split_type(date_line.group("place"))
        if name.isupper():
            name = _title_case(name)
        key = fold(name)
        if typ is None:
            same = [m.type for m in header + body_mentions if fold(m.name) == key]
            typ = Counter(same).most_common(1)[0][0] if same else None
        return _UnitReading(typ, name, header_body, date_line.span("place"))
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


def _resolve(typ: str | None, name: str, province: str | None) -> tuple[str | None, str | None, str | None]:
    """(type, province, code) completed from the official unit list where it is unambiguous."""
    unit = resolve_unit(name, type=typ, province=province)
    if unit is None:
        return typ, province, None
    return typ or unit.type, province or unit.province, unit.code


# --- issuer -------------------------------------------------------------------------------------

def _issuer_body(text: str, header_body: str | None, signature: str) -> str | None:
    if header_body:
        return header_body
    m = OWN_NUMBER.search(text, 0, HEADER_WINDOW)
    if m:
        code = m.group("issuer").upper()
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


# --- title, kind, period ------------------------------------------------------------------------

@dataclass(frozen=True)
class TitleBlock:
    """The title of a document and what kind of document the heading makes it.

    ``genre``: ``report`` (BÁO CÁO), ``plan`` (KẾ HOẠCH, CHƯƠNG TRÌNH …), ``decision``, ``submission``,
    ``notice``, ``press`` (THÔNG CÁO BÁO CHÍ) (data/metadata.toml ``[title.headings]``), ``letter`` (a công văn's ``V/v`` subject),
    ``news`` (a headline under a portal's masthead), None when there is no title.
    """

    genre: str | None
    title: str | None
    span: tuple[int, int] | None
    end: int  # end of the title block (a parenthesised note line under the title included)
    stamp: tuple[int, int] | None = None  # a news item's publication stamp: span of its date


def _title_lines(text: str, pos: int, parts: list[tuple[int, int]], max_lines: int,
                 continuation_only: bool = False) -> int:
    """Append the title lines from ``pos`` to ``parts``; return the end of the block."""
    c = _cues()
    block_end = pos
    for line in regex.finditer(r"[^\n]+", text, pos=pos):
        stripped = line.group().strip(" \t*_")
        if not stripped:
            continue
        if c.body_start.match(stripped) or len(parts) >= max_lines:
            break
        if continuation_only and not (stripped[0].islower() or stripped[0].isdigit()):
            break
        # a later line that ends a sentence, or a long one, is the first body paragraph
        if parts and (stripped.endswith((".", ":", ";")) or len(stripped) > MAX_TITLE_LINE):
            break
        if stripped.startswith("(") and parts:  # "(Số liệu tính từ …)": a note, not the title
            block_end = line.end()
            continue
        if stripped.startswith("("):
            break
        lead = len(line.group()) - len(line.group().lstrip(" \t*_"))
        s = line.start() + lead
        e = s + len(stripped)
        block_end = line.end()
        note = c.title_note.search(text, s, e)
        if note is not None:  # "... quý III năm 2026 (Số liệu tính từ ...)" on one line
            e = note.start()
            if e > s:
                parts.append((s, e))
            break
        parts.append((s, e))
    return block_end


def _joined(text: str, parts: list[tuple[int, int]]) -> tuple[str | None, tuple[int, int] | None]:
    if not parts:
        return None, None
    title = " ".join(" ".join(text[s:e].split()) for s, e in parts)
    return title, (parts[0][0], parts[-1][1])


def _read_news(text: str) -> TitleBlock:
    """A news item: the headline among the opening lines (not the masthead, the breadcrumb or the stamp)."""
    c = _cues()
    headline: tuple[int, int] | None = None
    stamp: tuple[int, int] | None = None
    masthead = False
    seen = 0
    for line in regex.finditer(r"[^\n]+", text, pos=0, endpos=min(len(text), HEADER_WINDOW)):
        stripped = line.group().strip(" \t*_#")
        if not stripped:
            continue
        seen += 1
        if seen > c.news_lines:
            break
        st = c.stamp.match(text, line.start(), line.end())
        if st is not None:
            stamp = stamp or st.span("date")
            continue
        if headline is not None:
            continue
        mh = c.masthead.match(stripped)
        # "Cổng Thông tin điện tử tỉnh Cao Bằng": a masthead also in mixed case (a phrase, not a bare "Báo")
        if stripped.isupper() or (mh is not None and len(mh.group().split()) >= 2):
            masthead = masthead or mh is not None
            continue
        if (fold(stripped) in c.not_headlines or any(ch in stripped for ch in c.chrome) or c.rubric.match(stripped)
                or len(stripped) > c.news_max_chars or len(stripped.split()) < c.news_min_words):
            continue
        lead = len(line.group()) - len(line.group().lstrip(" \t*_#"))
        headline = (line.start() + lead, line.start() + lead + len(stripped))
    if headline is None or not (masthead or stamp):  # a news item has a masthead or a stamp
        return TitleBlock(None, None, None, 0)
    title, span = _joined(text, [headline])
    return TitleBlock("news", title, span, headline[1], stamp)


@functools.lru_cache(maxsize=4)  # periods and metadata both read it for the same text (str hashes are cached)
def read_title_block(text: str) -> TitleBlock:
    """The title block: after a heading (``BÁO CÁO``, ``KẾ HOẠCH`` …), else a công văn's ``V/v``
    subject, else (no date line, no ``Số:``) a news item's headline."""
    c = _cues()
    m = c.report_word.search(text, 0, HEADER_WINDOW)
    if m:
        genre = c.genres.get(fold(" ".join(m.group("word").split())), "report")
        parts: list[tuple[int, int]] = []
        if m.group("rest"):
            rs, re_ = m.span("rest")
            rest = text[rs:re_].rstrip(" \t*_")
            parts.append((rs, rs + len(rest)))
        block_end = _title_lines(text, m.end(), parts, c.max_title_lines)
        title, span = _joined(text, parts)
        return TitleBlock(genre if title else None, title, span, max(block_end, m.end()))
    v = c.subject.search(text, 0, HEADER_WINDOW)
    if v:
        line_end = text.find("\n", v.end())
        line_end = len(text) if line_end < 0 else line_end
        first = text[v.end():line_end].rstrip(" \t*_")
        parts = [(v.end(), v.end() + len(first))] if first else []
        block_end = _title_lines(text, line_end, parts, c.max_subject_lines, continuation_only=True)
        title, span = _joined(text, parts)
        return TitleBlock("letter" if title else None, title, span, max(block_end, line_end))
    if find_date_line(text) or OWN_NUMBER_LINE.search(text, 0, HEADER_WINDOW):
        return TitleBlock(None, None, None, 0)
    return _read_news(text)


_KIND_BY_LABEL = {"month": "month", "quarter": "quarter", "half_year": "half_year",
                  "nine_months": "nine_months", "year": "year"}


def _calendar_kind(start: dt.date, end: dt.date | None) -> str | None:
    """The kind of a range that covers exactly a calendar month, quarter, half or year."""
    if end is None or start.day != 1:
        return None
    nxt = end + dt.timedelta(days=1)
    if nxt.day != 1:
        return None
    months = (nxt.year - start.year) * 12 + nxt.month - start.month
    if start.month == 1 and months in (6, 9, 12):
        return {6: "half_year", 9: "nine_months", 12: "year"}[months]
    if months == 3 and start.month in (1, 4, 7, 10):
        return "quarter"
    if months == 6 and start.month == 7:
        return "half_year"
    return "month" if months == 1 else None


def _title_periods(title: str, year: int | None) -> list:
    return list(iter_candidate_periods(title, year))


def _plausible(rng: PeriodFact, named) -> bool:  # noqa: ANN001
    """A stated range agrees with the title's named period (overlaps it, no longer than a year and a bit)."""
    if named is None or rng.end_date is None:
        return True
    if rng.end_date < rng.start_date or (rng.end_date - rng.start_date).days > 400:
        return False
    lo = named.reporting_start or named.start_date
    hi = named.end_date or named.start_date
    return rng.start_date <= hi and rng.end_date >= lo


def _is_window(rng: PeriodFact, named) -> bool:  # noqa: ANN001
    """The range is exactly the title's named period: its reporting window (15th to 14th) or its calendar bounds."""
    return ((rng.start_date, rng.end_date) == (named.reporting_start, named.reporting_end)
            or (rng.start_date, rng.end_date) == (named.start_date, named.end_date))


def _read_period(text: str, periods: list[PeriodFact], title_span: tuple[int, int] | None, block_end: int,
                 named) -> tuple[dt.date | None, dt.date | None, tuple[int, int] | None]:  # noqa: ANN001
    ranges = [p for p in periods if p.label == "range" and p.end_date is not None]
    chosen: PeriodFact | None = None
    if title_span is not None:
        in_block = [p for p in ranges if title_span[0] <= p.start < max(block_end, title_span[1])]
        chosen = in_block[0] if in_block else None
    if chosen is None:
        # the first range the body states ("từ 20/03/2026 đến ngày 20/4/2026 là 4051 hồ sơ"), unless a later one
        # is exactly the title's period (a nine-month report giving the last month's window first, then the
        # cumulative one: "a) Trong tháng 9/2023 (từ 15/8 …)", "b) Lũy kế 9 tháng (từ 15/12/2022 …)")
        body = [p for p in ranges if p.start >= block_end and _plausible(p, named)]
        chosen = body[0] if body else None
        if chosen is not None and named is not None and not _is_window(chosen, named):
            chosen = next((p for p in body if _is_window(p, named)), chosen)
    if chosen is not None and not _plausible(chosen, named):
        counts = Counter((p.start_date, p.end_date) for p in ranges if _plausible(p, named))
        if counts:
            (s, e), _ = counts.most_common(1)[0]
            first = next(p for p in ranges if (p.start_date, p.end_date) == (s, e))
            return s, e, first.span
    if chosen is not None:
        return chosen.start_date, chosen.end_date, chosen.span
    if named is not None:
        return named.start_date, named.end_date, None
    return None, None, None


# --- signer -------------------------------------------------------------------------------------

def _read_signer(text: str) -> tuple[Person | None, str, tuple[int, int] | None]:
    """(signer, the signature block's text, span of the name)."""
    c = _cues()
    lo = max(0, len(text) - SIGNATURE_WINDOW)
    title: str | None = None
    block_start: int | None = None
    person: Person | None = None
    span = None
    for line in regex.finditer(r"[^\n]+", text, pos=lo):
        raw = line.group().strip(" \t*_")
        if not raw:
            continue
        f = fold(raw)
        for prefix in c.sig_prefixes:
            if f.startswith(prefix):
                f = f[len(prefix):].strip()
        matched = next((normal for printed, normal in c.sig_titles if f == printed), None)
        if matched is not None and raw.isupper():
            title = matched
            block_start = line.start() if block_start is None else block_start
            continue
        if raw.isupper() and f.startswith(("tm", "kt")):
            block_start = line.start() if block_start is None else block_start
            continue
        if title is None or any(s in f for s in c.sig_skip):
            continue
        if PERSON_LINE.match(raw):
            lead = len(line.group()) - len(line.group().lstrip(" \t*_"))
            person = Person(raw, title)
            span = (line.start() + lead, line.start() + lead + len(raw))
    block = text[block_start:] if block_start is not None else ""
    return person, block, span


# --- the extractor ------------------------------------------------------------------------------

def _parse_date_line(m: regex.Match | None) -> dt.date | None:
    """The date of the date line; None for a draft's blank day or month (never guessed)."""
    if m is None:
        return None
    try:
        return parse_date(m.group("when")).to_date()
    except NormalizeError:
        return None


def _parse_stamp(text: str, span: tuple[int, int] | None) -> dt.date | None:
    if span is None:
        return None
    try:
        return parse_date(text[span[0]:span[1]]).to_date()
    except NormalizeError:
        return None


# Units were merged on 1 July 2025; the codes of normalize/units are those of the 2025 list.
UNIT_LIST_FROM = dt.date(2025, 7, 1)
# "tỉnh Yên Bái": a province named in the text that the 2025 list no longer has (merged)
OLD_PROVINCE = regex.compile(r"(?<![\p{L}])[Tt]ỉnh\s+(?P<name>\p{Lu}[\p{Ll}\p{M}]*(?:[ \t]+\p{Lu}[\p{Ll}\p{M}]*){0,2})")


def _report_day(date: dt.date | None, date_line: regex.Match | None, p_end: dt.date | None) -> dt.date | None:
    """When the report was written, as far as it says: its date, its date line's month/year, its period."""
    if date is not None:
        return date
    if date_line is not None:
        month = int(date_line.group("m")) if date_line.group("m") else 12
        if 1 <= month <= 12:
            return dt.date(int(date_line.group("y")), month, 28)
    return p_end


@functools.cache
def _unchanged_provinces() -> frozenset[str]:
    with DATA_FILE.open("rb") as fh:
        return frozenset(tomllib.load(fh).get("unit_list", {}).get("unchanged_provinces", ()))


def _listed_province(typ: str, name: str) -> str | None:
    """An earlier report's province from the 2025 unit list, when its (type, name) is unique there and the
    merger left that province as it was (the code stays null: it is the 2025 list's)."""
    unit = resolve_unit(name, type=typ)
    return unit.province if unit is not None and unit.province in _unchanged_provinces() else None


def _old_province(text: str) -> str | None:
    names = Counter(" ".join(m.group("name").split()) for m in OLD_PROVINCE.finditer(text, 0, BODY_WINDOW))
    return names.most_common(1)[0][0] if names else None


def read_meta(text: str, facts: dict[str, list[Fact]]) -> ReportMeta:
    """The ReportMeta of a report's text, given the facts of ``references`` and ``periods``."""
    spans: dict[str, tuple[int, int]] = {}
    date_line = find_date_line(text)
    unit_reading = _read_unit(text, date_line)
    signer, signature, signer_span = _read_signer(text)
    block = read_title_block(text)

    own = [f for f in facts.get("references", []) if isinstance(f, ReferenceFact) and f.own]
    number = own[0].id if own else None
    if own:
        spans["number"] = own[0].span

    date = _parse_date_line(date_line)
    if date is not None and date_line is not None:
        spans["date"] = date_line.span()
    elif date_line is None and block.stamp is not None:  # a news item's publication stamp
        date = _parse_stamp(text, block.stamp)
        if date is not None:
            spans["date"] = block.stamp

    title, title_span, block_end = block.title, block.span, block.end
    if title_span is not None:
        spans["title"] = title_span
    year = (int(date_line.group("y")) if date_line else None) or (date.year if date else None)
    title_periods = _title_periods(title, year) if title else []
    named_in_title = [p for p in title_periods if p.label != "range"]
    ranges_in_title = [p for p in title_periods if p.label == "range"]
    named = named_in_title[0] if named_in_title else None
    if named is not None:
        kind = _KIND_BY_LABEL.get(named.label, "other")
    elif ranges_in_title:
        kind = _calendar_kind(ranges_in_title[0].start_date, ranges_in_title[0].end_date) or "other"
    else:
        kind = "other" if title else None

    periods = [f for f in facts.get("periods", []) if isinstance(f, PeriodFact)]
    p_start, p_end, p_span = _read_period(text, periods, title_span, block_end, named)
    if p_span is not None:
        spans["period"] = p_span
    if signer_span is not None:
        spans["signer"] = signer_span

    unit = None
    issuer = None
    if unit_reading is not None:
        typ = unit_reading.type
        province = find_province(text)
        day = _report_day(date, date_line, p_end or (named.end_date if named else None))
        code = None
        if day is None or day >= UNIT_LIST_FROM:
            typ, province, code = _resolve(typ, unit_reading.name, province)
        if typ == "tỉnh":  # a province reports: it is its own province
            province = unit_reading.name
        elif province is None:
            province = _old_province(text)
        if province is None and code is None and typ is not None:
            province = _listed_province(typ, unit_reading.name)
        unit = Unit(typ, unit_reading.name, province, code)
        spans["unit"] = unit_reading.span
        body_key = _issuer_body(text, unit_reading.body, signature)
        body = next((b for b in _cues().bodies if b.key == body_key), None)
        if body is not None and block.genre != "news":  # a portal publishes a news item; nobody issues it
            issuer = " ".join(x for x in (body.canonical, typ, unit_reading.name) if x)
    return ReportMeta(unit=unit, issuer=issuer, number=number, date=date, title=title, kind=kind,
                      period_start=p_start, period_end=p_end, signer=signer, spans=spans)


class MetadataExtractor(Extractor):
    name = "metadata"
    version = "0.3.4"
    description = "The report's unit, issuer, number, date, title, kind, period and signer (document object)"
    requires = ("references", "periods")
    order = 90

    def extract(self, ctx: Context) -> Iterable[Fact]:
        ctx.meta = read_meta(ctx.text, ctx.facts)
        return ()
