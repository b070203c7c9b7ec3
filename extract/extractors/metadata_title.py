"""The title block of a document: its heading (``BÁO CÁO``, ``KẾ HOẠCH`` …) and title, a công văn's ``V/v``
subject, or a news item's headline and publication stamp (part of the ``metadata`` extractor).

- title: the lines after ``BÁO CÁO`` up to the first body paragraph, joined with single spaces;
  a line of its own in parentheses (``(Số liệu tính từ …)``) is a note, not part of the title.
- genre: what the heading makes the document (data/metadata.toml ``[title.headings]``).
- a news item (no heading, no date line, no ``Số:``): the headline among the opening lines, under a
  masthead or over a publication stamp, which dates the item.

The cue words are in data/metadata.toml (``[title]``, ``[subject]``, ``[news]``).
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from pathlib import Path

import regex

from normalize.dates import HEADER_WINDOW, DateLine, find_date_line
from normalize.docnumbers import find_own_number, own_number_labels
from normalize.lexicon import word_alternation
from normalize.self_citation import find_self_citation
from normalize.text import fold

DATA_FILE = Path(__file__).with_name("data") / "metadata.toml"
MAX_TITLE_LINE = 300  # characters: a longer line after the first is a body paragraph


@functools.cache
def cue_data() -> dict:
    """The cue words of data/metadata.toml, read once (the header, title and signature modules share them)."""
    with DATA_FILE.open("rb") as fh:
        return tomllib.load(fh)


@dataclass(frozen=True)
class _Cues:
    body_start: regex.Pattern
    article: regex.Pattern  # "Điều 1.", "Chương I": a legal text's body, never its title
    enactments: frozenset[str]  # folded heading words that, followed by a colon, enact ("QUYẾT ĐỊNH:")
    report_word: regex.Pattern  # a heading line ("BÁO CÁO", "KẾ HOẠCH", "BÁO CÁO KẾT QUẢ …")
    genres: dict[str, str]  # folded heading word -> genre ("report", "plan", …)
    subject: regex.Pattern  # "V/v …" under the number of a công văn
    max_subject_lines: int
    stamp: regex.Pattern  # a news item's publication stamp line
    chrome: tuple[str, ...]
    rubric: regex.Pattern  # a rubric line of the page: "Chuyên mục: Cải cách hành chính"
    rubric_names: frozenset[str]  # folded section names standing alone on a line: "Cải cách hành chính"
    rubric_line: regex.Pattern  # on folded text: a line of section names only ("Thời Sự - Chính trị   Cải cách hành chính")
    not_headlines: tuple[str, ...]  # folded
    not_headline_starts: regex.Pattern  # "STT Thủ tục …": a flattened table's header row
    page_chrome: regex.Pattern  # a site's widget or banner line ("Xem bản đồ lớn", "Chủ đề công tác năm …"): skipped
    bullets: str  # a list item ("- 80% người dân …") is no headline
    iso_stamp: regex.Pattern  # "date 2025-11-23 …": an ISO date opening a line
    masthead: regex.Pattern
    news_min_words: int
    caption: regex.Pattern  # a photo caption ("Ảnh minh họa", "Quang cảnh hội nghị", "… (Ảnh: T.H)"): the body's
    tail_stamp: regex.Pattern  # a stamp at the end of the headline's line ("… sau Tết 23/02/2026 12:54")
    news_max_chars: int
    news_lines: int
    max_title_lines: int
    title_note: regex.Pattern
    name_starts: regex.Pattern  # body starts that an upper-case first title line may open with ("THỰC HIỆN …")
    genre_by_code: dict[str, str]  # folded type code of the own number ("kh") -> genre, for a title without heading


@functools.cache
def _cues() -> _Cues:
    data = cue_data()
    title = data["title"]
    news = data["news"]
    headings = word_alternation(title["headings"])
    # "04/10/2024"; "ngày 16 tháng 10 năm 2024" (after a weekday: "Thứ Tư, ngày 16 tháng 10 năm 2024")
    stamp_date = (r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d\d"
                  r"|ngày[ \t]+\d{1,2}[ \t]+tháng[ \t]+\d{1,2}[ \t]+năm[ \t]+(?:19|20)\d\d")
    # the zone also in brackets glued to the time ("00:07[GMT+7]") or after the date ("24/12/2022 (GMT+7)")
    gmt = r"[(\[]?\s*GMT\s*[+-]?\s*\d{1,2}(?::?\d{2})?\s*[)\]]?"
    time = rf"\d{{1,2}}\s*[:h]\s*\d{{2}}(?::\d{{2}})?(?:\s*(?:{gmt}|AM|PM|SA|CH))?"
    # a byline before the time ("Thu Hà 16:34, 31/03/2023", "VIẾT TRỌNG 06:48, 21/12/2023"); "Cập nhật ngày: 19/01/2021 | 11:05:07 GMT+7";
    # "(21/09/2022)"; a weekday banner ending in a dash ("Thứ 4, Ngày 31/05/2023 -")
    byline = r"(?-i:\p{Lu}[\p{L}\p{M}]*(?:[ \t]+\p{Lu}[\p{L}\p{M}]*){0,3})[ \t]+"  # also in capitals: "VIẾT TRỌNG 06:48, …"
    # prefixes and a time in any order before the date: "Cập nhật lúc 00:47, Thứ Bảy, 24/12/2022 (GMT+7)"
    prefix = rf"(?:{word_alternation(news['stamp_prefixes'])})[ \t]*[:,]?[ \t]*"
    stamp = (rf"^[ \t*_(]*(?:{byline}(?={time}))?(?:{prefix}|ngày[ \t]*:?[ \t]*(?={time})|{time}[ \t]*[-–|,]?[ \t]*)*"
             rf"(?:ngày[ \t]*:?[ \t]*)?(?P<date>{stamp_date})"
             rf"(?:[ \t]*[-–|,]?[ \t]*{time})?(?:[ \t]*{gmt})?[ \t*_)|–-]*$")
    return _Cues(
        body_start=regex.compile(rf"^(?:{word_alternation(title['body_starts'])})(?!\w)", regex.IGNORECASE),
        article=regex.compile(rf"^(?:{word_alternation(title.get('article_words', ()))})[ \t]+(?:\d+|[IVXLC]+)[ \t]*[.:]",
                              regex.IGNORECASE) if title.get("article_words") else regex.compile(r"(?!x)x"),
        enactments=frozenset(fold(w) for w in title.get("enactments", ())),
        report_word=regex.compile(
            rf"(?m)^[ \t*_#]*(?P<word>(?i:{headings}))(?:[ \t*_:]*$|[ \t]*:?[ \t]+(?P<rest>(?!\d)[^\n\p{{Ll}}]*\p{{Lu}}[^\n\p{{Ll}}]*)$)"),
        genres={fold(k): v for k, v in title["headings"].items()},
        subject=regex.compile(rf"(?m)^[ \t*_]*(?:{word_alternation(data['subject']['starts'])})[ \t]*[:.]?[ \t]*(?=\S)",
                              regex.IGNORECASE),
        max_subject_lines=int(data["subject"]["max_lines"]),
        stamp=regex.compile(stamp, regex.IGNORECASE | regex.MULTILINE),
        chrome=tuple(news["chrome"]),
        rubric=regex.compile(rf"^(?:{word_alternation(news.get('rubrics', ()))})[ \t]*:", regex.IGNORECASE)
        if news.get("rubrics") else regex.compile(r"(?!x)x"),
        bullets="".join(news.get("bullets", ())),
        iso_stamp=regex.compile(rf"[ \t]*(?:(?:{word_alternation(news.get('iso_labels', ('ngày',)))})[ \t]*:?[ \t]*)?"
                                r"(?P<date>(?:19|20)\d\d-[01]\d-[0-3]\d)(?![\d:])[ \t]*", regex.IGNORECASE),
        rubric_names=frozenset(fold(w) for w in news.get("rubric_names", ())),
        rubric_line=regex.compile(rf"^(?:[ \t]*[-–|/>»›]?[ \t]*(?:{word_alternation(fold(w) for w in news.get('rubric_names', ()))})"
                                  r"(?!\w))+[ \t]*$") if news.get("rubric_names") else regex.compile(r"(?!x)x"),
        not_headlines=tuple(fold(w) for w in news["not_headlines"]),
        not_headline_starts=regex.compile(rf"^(?:{word_alternation(news.get('not_headline_starts', ('(?!x)x',)))})(?!\w)",
                                          regex.IGNORECASE),
        masthead=regex.compile(rf"^(?:{word_alternation(news['mastheads'])})(?!\w)", regex.IGNORECASE),
        page_chrome=regex.compile(rf"^(?:{word_alternation(news.get('page_chrome', ('(?!x)x',)))})(?!\w)",
                                  regex.IGNORECASE),
        news_min_words=int(news["min_words"]),
        caption=regex.compile(rf"^(?:{word_alternation(news.get('captions', ()))})(?!\w)|(?<!\w)(?i:ảnh)\s*:[^:]{{1,40}}$",
                              regex.IGNORECASE),
        tail_stamp=regex.compile(rf"[ \t]+(?P<date>\d{{1,2}}/\d{{1,2}}/(?:19|20)\d\d)[ \t]*[-–|,]?[ \t]*{time}[ \t]*$"
                                 rf"|[ \t]+{time}[ \t]*[-–|,]?[ \t]*(?P<date>\d{{1,2}}/\d{{1,2}}/(?:19|20)\d\d)[ \t]*$",
                                 regex.IGNORECASE),
        news_max_chars=int(news["max_chars"]),
        news_lines=int(news["lines"]),
        max_title_lines=int(title["max_lines"]),
        title_note=regex.compile(rf"\s*\(\s*(?:{word_alternation(title['note_starts'])})(?!\w)[^()]*\)\s*$", regex.IGNORECASE),
        name_starts=regex.compile(rf"^(?:{word_alternation(title['name_starts'])})(?!\w)", regex.IGNORECASE),
        genre_by_code={fold(k): v for k, v in title.get("genre_by_code", {}).items()},
    )


def stamp_line_after(text: str, pos: int) -> bool:
    """Whether the next non-blank line after ``pos`` is a news item's publication stamp."""
    ls = pos
    while ls < len(text) and text[ls] in " \t\r\n":
        ls += 1
    le = text.find("\n", ls)
    return _cues().stamp.match(text, ls, len(text) if le < 0 else le) is not None


def header_end(text: str) -> int:
    """Where the header ends: at the heading line (``BÁO CÁO``), else at a title in capitals right under the
    number and date lines (a decision whose ``QUYẾT ĐỊNH`` line a site dropped), else a third of the header window."""
    m = _heading(text)
    if m is not None:
        return m.start()
    if find_header_date_line(text) or own_number_labels(text):
        span = _after_header(text).span
        if span is not None:
            return span[0]
    return min(len(text), HEADER_WINDOW // 3)


def _heading(text: str) -> regex.Match | None:
    """The heading line (``BÁO CÁO``, ``QUYẾT ĐỊNH`` …): never the enacting formula (``QUYẾT ĐỊNH:`` above
    ``Điều 1.``); the first one under the header's number or date line when there is one there (a portal's
    rubric ``Báo cáo`` above the letterhead is no heading)."""
    c = _cues()
    found = [m for m in c.report_word.finditer(text, 0, HEADER_WINDOW)
             if not (m.group("rest") is None and ":" in m.group()
                     and fold(" ".join(m.group("word").split())) in c.enactments)]
    if not found:
        return None
    date_line = find_header_date_line(text)
    marks = [*own_number_labels(text)[:1], *([date_line.start] if date_line is not None else [])]
    if marks:
        under = [m for m in found if m.start() > min(marks)]
        if under:
            return under[0]
    return found[0]


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
        stripped = line.group().strip(" \t*_|")
        if not stripped:
            continue
        if not any(ch.isalnum() for ch in stripped):  # a rule ("-------") or an empty table cell ("|")
            if parts:
                break
            continue
        # "THỰC HIỆN KIỂM SOÁT …" in capitals opens a title; "Thực hiện Kế hoạch …" opens the body
        opens_name = not parts and _upper(stripped) and c.name_starts.match(stripped) is not None
        # "… TẠI PHIÊN HỌP THỨ NĂM" / "NGÀY 19 THÁNG 7 NĂM 2023": a date in capitals under a title in capitals is its end
        dated = bool(parts) and _CAPS_DATE.match(stripped) is not None and all(_upper(text[s:e]) for s, e in parts)
        if (c.body_start.match(stripped) and not opens_name and not dated) or c.article.match(stripped) \
                or len(parts) >= max_lines:
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
        # a title in capitals ends where a line in normal case begins: the body or a site's preface
        # ("QUÝ I NĂM" / "2020": a line of figures completing a line left open is the title's, not the body's)
        if parts and not _upper(stripped) and all(_upper(text[s:e]) for s, e in parts) \
                and not (_OPEN_END.search(text, *parts[-1]) and not any(ch.isalpha() for ch in stripped)):
            break
        lead = len(line.group()) - len(line.group().lstrip(" \t*_|"))
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


_CAPS_DATE = regex.compile(r"(?-i:NGÀY)[ \t]+\d{1,2}[ \t]+(?-i:THÁNG)[ \t]+\d{1,2}[ \t]+(?-i:NĂM)[ \t]+\d{4}[ \t]*$")
# a title line left open: its period's figures are on the next line ("… QUÝ I NĂM" / "2020")
_OPEN_END = regex.compile(r"(?i:(?<!\w)(?:năm|quý|tháng|giai[ \t]+đoạn|đến|từ))[ \t]*$|[-–/][ \t]*$")


def _upper(line: str) -> bool:
    """A line written in capitals (it has letters and no lower-case one)."""
    return any(ch.isalpha() for ch in line) and not any(ch.islower() for ch in line)


def _joined(text: str, parts: list[tuple[int, int]]) -> tuple[str | None, tuple[int, int] | None]:
    if not parts:
        return None, None
    title = " ".join(" ".join(text[s:e].split()) for s, e in parts)
    return title, (parts[0][0], parts[-1][1])


# a news agency's tag opening the lead: "(BTV) …", "(PLO)- …", "(VTC News) - …"
_AGENCY_TAG = regex.compile(r"\(\s*\p{Lu}[\p{L}&. ]{1,20}\)\s*[-–]?\s*\S")
# a section heading's number ("1. Công tác chỉ đạo …", "II. NHIỆM VỤ", "a) …"): the body's, never a headline
_SECTION_NUMBER = regex.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,5}|[a-zđ])[.)][ \t]+\S")
_WEEKDAY = regex.compile(r"(?i)^(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)(?!\w)")


def _headline_like(line: str) -> bool:
    c = _cues()
    folded = fold(line)
    return not (line[0] in c.bullets or line[0].islower() or folded in c.not_headlines or folded in c.rubric_names
                or c.rubric_line.match(folded) or any(ch in line for ch in c.chrome)
                or c.rubric.match(line) or c.not_headline_starts.match(line) or c.article.match(line)
                or _SECTION_NUMBER.match(line)
                or len(line) > c.news_max_chars or len(line.split()) < c.news_min_words
                or line.endswith((".", ":", ";")) and not line.endswith(".."))


# A line ending in a telephone number ("Hot line   1900 54 54 81", "Đường dây nóng: 0236.3822.111") after a short
# label: a site's contact banner, never the headline (a headline's figures are not written as a phone number)
# (words and the spaces after them are disjoint: one way to split the label, linear time)
_PHONE_LINE = regex.compile(r"^(?:[^\d\s]+[ \t]+){1,6}[ \t:]*(?:\+84|1[89]00|0\d{2,3})(?:[ .]?\d){5,9}[ \t]*$")
_PHONE_MAX_CHARS = 80  # a label of a few words and a number; a longer line is no banner


def _phone_line(line: str) -> bool:
    return len(line) <= _PHONE_MAX_CHARS and any(ch.isdigit() for ch in line) and _PHONE_LINE.search(line) is not None


def _repeated(text: str, pos: int, line: str) -> int | None:
    """The end of the next non-blank line after ``pos`` when it repeats ``line`` word for word (a photo's caption
    printed under its image's alternative text, or a headline printed twice: the page's title, then its H1)."""
    nxt = regex.compile(r"\s*([^\n]*)").match(text, pos, min(len(text), pos + len(line) + 200))
    if nxt is None or " ".join(nxt.group(1).strip(" \t*_#|").split()) != " ".join(line.split()):
        return None
    return nxt.end()


def _dated_below(text: str, pos: int) -> bool:
    """Whether a line printed twice is a page's headline (its title, then its H1): the next lines after ``pos``
    bring the item's stamp or its agency-tagged lead, and no photo credit ("Ảnh: T.H") comes first. A photo's
    caption under its alternative text goes on with the body."""
    c = _cues()
    for line in regex.finditer(r"[^\n]+", text, pos=pos, endpos=min(len(text), pos + 600)):
        ls, le = line.start(), line.end()
        stripped = text[ls:le].strip(" \t*_#|")
        if not stripped:
            continue
        if _PHOTO_CREDIT.match(stripped):
            return False
        if (c.stamp.match(text, ls, le) or c.iso_stamp.match(text, ls, le) or c.tail_stamp.search(stripped)
                or _AGENCY_TAG.match(stripped)):
            return True
        if len(stripped) > c.news_max_chars or stripped.endswith((".", ":", ";")):
            return False  # the body begins undated
    return False


_PHOTO_CREDIT = regex.compile(r"\(?(?i:ảnh)\s*:")


def _read_news(text: str) -> TitleBlock:
    """A news item: the headline among the opening lines (not the masthead, a rubric, a banner or the stamp),
    dated by the publication stamp next after it (a stamp above it only when none follows: the page's banner
    with today's date stands above the headline)."""
    c = _cues()
    headline: tuple[int, int] | None = None
    stamps: list[tuple[int, int]] = []
    banners: list[tuple[int, int]] = []
    after: tuple[int, int] | None = None
    masthead = False
    seen = paragraphs = 0
    skip_to = 0
    for line in regex.finditer(r"[^\n]+", text, pos=0, endpos=min(len(text), HEADER_WINDOW)):
        ls = line.start()
        if ls < skip_to:  # the headline's repetition
            continue
        iso = c.iso_stamp.match(text, ls, line.end())  # " date 2025-11-23 Trong báo cáo …": a stamp opening the line
        if iso is not None:
            stamps.append(iso.span("date"))
            ls = iso.end()
        stripped = text[ls:line.end()].strip(" \t*_#|")  # "Hà Nội: … điện tử |": a table cell's border
        if not stripped:
            continue
        seen += 1
        if seen > c.news_lines:
            break
        st = c.stamp.match(text, ls, line.end())
        if st is not None:
            if headline is not None or not _WEEKDAY.match(stripped):
                stamps.append(st.span("date"))
            else:  # a weekday banner above any headline: maybe the page's date of today, the item's only if none follows
                banners.append(st.span("date"))
            if headline is not None and after is None:
                after = st.span("date")
            continue
        if headline is not None or paragraphs >= 1:  # the headline stands above the body
            continue
        if c.page_chrome.match(stripped):  # a widget's label, a counter, the site's slogan banner: not the item's
            continue
        if _phone_line(stripped):  # "Hot line 1900 54 54 81": a contact banner, not the item's
            continue
        twice = _repeated(text, line.end(), stripped)
        if twice is not None and _headline_like(stripped) and _dated_below(text, twice):
            skip_to = twice  # a headline printed twice (the page's title, then its H1): the second is no caption
            twice = None
        if c.not_headline_starts.match(stripped) or c.caption.search(stripped) or twice is not None:
            # a table begins, or a photo caption: the excerpt is in the body, no headline below it
            paragraphs = 2
            masthead = masthead or c.caption.search(stripped) is not None  # a photo caption: a web page
            continue
        tail = c.tail_stamp.search(stripped)
        if tail is not None:  # "… sau Tết 23/02/2026 12:54": the item's stamp printed after its headline
            at = ls + len(text[ls:line.end()]) - len(text[ls:line.end()].lstrip(" \t*_#|")) + tail.start("date")
            after = after or (at, at + len(tail.group("date")))
            stripped = stripped[:tail.start()].rstrip(" \t-–|,")
        mh = c.masthead.match(stripped)
        # "Cổng Thông tin điện tử tỉnh Cao Bằng": a masthead also in mixed case (a phrase, not a bare "Báo")
        if stripped.isupper() or (mh is not None and len(mh.group().split()) >= 2):
            masthead = masthead or mh is not None
            continue
        if not _headline_like(stripped):
            if len(stripped) > c.news_max_chars or stripped.endswith((".", ":", ";")):
                # a body paragraph; one the stamp opens (" date 2025-08-07 Ngày 7-8, bà …") starts the excerpt in the
                # body: the headline was not kept, a later short line is a photo caption or a sub-head
                # a lead under the agency's tag ("(BTV) Tháng 10, …") may stand above the headline
                paragraphs += 2 if iso is not None and seen == 1 else 0 if _AGENCY_TAG.match(stripped) else 1
            continue
        raw = text[ls:line.end()]
        lead = len(raw) - len(raw.lstrip(" \t*_#|"))
        headline = (ls + lead, ls + lead + len(stripped))
    stamp = after or (stamps[0] if stamps else None) or (banners[0] if banners and headline else None)
    if headline is None:  # no headline: a stamp or a masthead still makes the text a news item
        return TitleBlock("news" if stamp or masthead else None, None, None, 0, stamp)
    title, span = _joined(text, [headline])
    return TitleBlock("news", title, span, headline[1], stamp)


def _after_header(text: str) -> TitleBlock:
    """A title in capitals right under the date line or the number line, with no heading word above it (a
    legal-document site drops "KẾ HOẠCH"); the genre from the own number's type code (``Số: 270/KH-UBND``)."""
    c = _cues()
    date_line = find_header_date_line(text)
    own = find_own_number(text)
    anchor = max(date_line.end if date_line else 0, own.end if own else 0)
    if anchor == 0:
        return TitleBlock(None, None, None, 0)
    for line in regex.finditer(r"[^\n]+", text, pos=anchor):
        stripped = line.group().strip(" \t*_|")
        if not any(ch.isalnum() for ch in stripped):
            continue
        if not _upper(stripped) or len(stripped.split()) < 3 or fold(stripped) in c.not_headlines:
            return TitleBlock(None, None, None, 0)
        parts: list[tuple[int, int]] = []
        block_end = _title_lines(text, line.start(), parts, c.max_title_lines)
        title, span = _joined(text, parts)
        code = own.document.type_code if own is not None and own.document is not None else None
        genre = c.genre_by_code.get(fold(code)) if code else None
        return TitleBlock(genre if title else None, title, span, block_end)
    return TitleBlock(None, None, None, 0)


# A header laid out as table cells ("Số: 270/KH-UBND | Bắc Giang, ngày 19 tháng 01 năm 2022 |") or with its date
# line broken ("Khánh Hòa, ngày\n09 tháng 12 năm 2024", "Ninh\nThuận, ngày …", "Thành\nphố Hồ Chí Minh, ngày …"): read on a copy of the text where
# each cell border is a tab and each break inside a date line a space, character for character (spans hold).
_BROKEN_DATE_LINE = regex.compile(
    r"(?m)^[ \t]*(?:\p{Lu}[\p{Ll}\p{M}]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}]+)?[ \t]*\n[ \t]*(?=\p{L}))?"
    r"[^\n\t|,\d]{2,60}?\s*,\s*(?i:ngày)(?:\s*\d{1,2})?\s*(?i:tháng)(?:\s*\d{1,2})?\s*(?i:năm)\s*\d{4}")


@functools.lru_cache(maxsize=4)
def find_header_date_line(text: str) -> DateLine | None:
    """The header's date line (normalize.dates' grammar), read across table cells and line breaks."""
    head = text[:HEADER_WINDOW].replace("|", "\t")
    if "\n" in head:
        head = _BROKEN_DATE_LINE.sub(lambda m: m.group().replace("\n", " "), head)
    return find_date_line(head)


@functools.lru_cache(maxsize=4)  # periods and metadata both read it for the same text (str hashes are cached)
def read_title_block(text: str) -> TitleBlock:
    """The title block: after a heading (``BÁO CÁO``, ``KẾ HOẠCH`` …), else a công văn's ``V/v``
    subject, else (no date line, no ``Số:``) a news item's headline."""
    c = _cues()
    m = _heading(text)
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
    own = find_own_number(text)
    if own is not None and own.document is not None and own.document.type_code \
            and fold(own.document.type_code) in c.genre_by_code:
        # "Số: 876/QĐ-UBND" over "VỀ VIỆC BAN HÀNH …" in capitals: a decision's title as written, not a letter's subject
        after = _after_header(text)
        if after.title is not None:
            return after
    v = c.subject.search(text, 0, HEADER_WINDOW)
    if v:
        line_end = text.find("\n", v.end())
        line_end = len(text) if line_end < 0 else line_end
        first = text[v.end():line_end].rstrip(" \t*_")
        parts = [(v.end(), v.end() + len(first))] if first else []
        block_end = _title_lines(text, line_end, parts, c.max_subject_lines, continuation_only=True)
        title, span = _joined(text, parts)
        return TitleBlock("letter" if title else None, title, span, max(block_end, line_end))
    if find_header_date_line(text) or own_number_labels(text):
        return _after_header(text)
    itself = find_self_citation(text)
    if itself is not None:  # a page reproducing a document: its heading line, the type word off, is the title
        code, kind = itself.citation.document.type_code, itself.citation.kind
        genre = c.genres.get(fold(" ".join(kind.split()))) if kind else None
        genre = genre or (c.genre_by_code.get(fold(code)) if code else None) or "report"
        s, e = itself.title
        return TitleBlock(genre, " ".join(text[s:e].split()), (s, e), itself.heading[1])
    return _read_news(text)

