"""A news item's headline and publication stamp (part of the ``metadata`` extractor).

A text with no heading, no date line and no ``Số:`` is read as a news item: the headline among the opening lines,
under a masthead or over a publication stamp, which dates the item; never the masthead, a rubric, a banner, a
contact line or a photo caption. An excerpt opened by a crawl's ISO stamp, or a line run on from an agency-tagged lead,
has a headline there only when the item's own stamp is printed with it or below it (else a sub-head or a caption in
the body). The cue words are in data/metadata.toml ``[news]``.
"""

from __future__ import annotations

import regex

from extract.extractors.metadata_cues import TitleBlock, cues, joined, layout
from normalize.dates import HEADER_WINDOW
from normalize.text import fold


def stamp_line_after(text: str, pos: int) -> bool:
    """Whether the next non-blank line after ``pos`` is a news item's publication stamp."""
    ls = pos
    while ls < len(text) and text[ls] in " \t\r\n":
        ls += 1
    le = text.find("\n", ls)
    return cues().stamp.match(text, ls, len(text) if le < 0 else le) is not None


# a news agency's tag opening the lead: "(BTV) …", "(PLO)- …", "(VTC News) - …"
_AGENCY_TAG = regex.compile(r"\(\s*\p{Lu}[\p{L}&. ]{1,20}\)\s*[-–]?\s*\S")
# a section heading's number ("1. Công tác chỉ đạo …", "II. NHIỆM VỤ", "a) …"): the body's, never a headline
_SECTION_NUMBER = regex.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,5}|[a-zđ])[.)][ \t]+\S")
# a blank line right above a line: it stands apart as a block of its own
_BLANK_ABOVE = regex.compile(r"\n[ \t]*\n[ \t]*$")
_WEEKDAY = regex.compile(r"(?i)^(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)(?!\w)")


def _headline_like(line: str) -> bool:
    c = cues()
    folded = fold(line)
    return not (line[0] in c.bullets or line[0].islower() or folded in c.not_headlines or folded in c.rubric_names
                or c.rubric_line.match(folded) or any(ch in line for ch in c.chrome)
                or c.rubric.match(line) or c.not_headline_starts.match(line) or c.article.match(line)
                or _SECTION_NUMBER.match(line) or _menu_label(line) or _COUNTER_LINE.match(line)
                or len(line) > c.news_max_chars or len(line.split()) < c.news_min_words
                or line.endswith((".", ":", ";")) and not line.endswith(".."))


CAPITALS_MIN_WORDS = 10  # a headline in capitals with no colon and no figure is a long one; a body's name is short


def _capitals_headline(line: str) -> bool:
    """A line in capitals shaped as a headline ("BẠC LIÊU: TỶ LỆ … ĐẠT TRÊN 99%"): a lead before a colon, a figure, or
    a sentence's length; never a site's or a body's name ("SỞ NỘI VỤ TỈNH X", "ỦY BAN NHÂN DÂN HUYỆN Y")."""
    return _headline_like(line) and (":" in line or any(ch.isdigit() for ch in line)
                                     or len(line.split()) >= CAPITALS_MIN_WORDS)


# a widget's counter ("Tổng số trong ngày: 4,707", "Lượt xem: 312"): a short label and a bare number
_COUNTER_LINE = regex.compile(r"^[^:\d\n]{2,40}:[ \t]*\d[\d.,]*[ \t]*$")
MENU_MAX_WORDS = 5  # a site's menu or widget label in title case is short ("Sự Kiện Trong Nước", "Tin Nổi Bật")
_WORDS = regex.compile(r"[\p{L}\p{M}]+")


def _menu_label(line: str) -> bool:
    """A site's menu, rubric or widget label, never a headline: a short line with every word capitalised (a
    headline is written in sentence case: "Sự Kiện Trong Nước" vs "Hà Tĩnh: Công bố …"), or a label printed twice
    ("Thống kê Thống kê")."""
    words = line.split()
    half = len(words) // 2
    if len(words) % 2 == 0 and half >= 1 and words[:half] == words[half:]:
        return True
    letters = _WORDS.findall(line)
    return (len(words) <= MENU_MAX_WORDS and len(letters) == len(words) >= 2
            and all(w[0].isupper() for w in letters) and not line.isupper())


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
    c = cues()
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


def _wrapped_headline(text: str, end: int, line_end: int) -> int:
    """The end of a headline whose line a PDF-like wrap broke ("Nghệ An: … 98,6% hồ sơ" / "thủ tục hành chính"): read
    on over the soft breaks after it while the next line goes on as a headline does (no stamp, no agency tag, no
    sentence's end, within a headline's length); ``end`` when its line is not wrapped."""
    c = cues()
    soft = layout(text).soft
    start = text.rfind("\n", 0, end) + 1
    while line_end in soft:
        nxt = text.find("\n", line_end + 1)
        nxt = len(text) if nxt < 0 else nxt
        cont = text[line_end + 1:nxt].strip(" \t*_#|")
        if (not cont or c.stamp.match(text, line_end + 1, nxt) or c.tail_stamp.search(cont) or _AGENCY_TAG.match(cont)
                or c.caption.search(cont) or cont.endswith((".", ":", ";")) or nxt - start > c.news_max_chars):
            break
        end = line_end + 1 + (len(text[line_end + 1:nxt]) - len(text[line_end + 1:nxt].lstrip(" \t*_#|"))) + len(cont)
        line_end = nxt
    return end


def read_news(text: str) -> TitleBlock:
    """A news item: the headline among the opening lines (not the masthead, a rubric, a banner or the stamp),
    dated by the publication stamp next after it (a stamp above it only when none follows: the page's banner
    with today's date stands above the headline)."""
    c = cues()
    headline: tuple[int, int] | None = None
    stamps: list[tuple[int, int]] = []
    banners: list[tuple[int, int]] = []
    after: tuple[int, int] | None = None
    masthead = False
    seen = paragraphs = 0
    skip_to = 0
    tagged = False  # a lead under the agency's tag seen above any headline
    # a line in capitals right over a stamp ("TỈNH X: TỶ LỆ … ĐẠT 99%" / "Thứ hai, 16/10/2017"), not a masthead: the
    # headline written in capitals, when no line in sentence case is one (a site's name in capitals over the day's banner)
    capitals: tuple[int, int] | None = None
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
            if capitals is None and mh is None and _capitals_headline(stripped) and stamp_line_after(text, line.end()):
                at = ls + len(text[ls:line.end()]) - len(text[ls:line.end()].lstrip(" \t*_#|"))
                capitals = (at, at + len(stripped))
            continue
        if not _headline_like(stripped):
            if len(stripped) > c.news_max_chars or stripped.endswith((".", ":", ";")):
                # a body paragraph; one the stamp opens (" date 2025-08-07 Ngày 7-8, bà …") starts the excerpt in the
                # body: the headline was not kept, a later short line is a photo caption or a sub-head
                # a lead under the agency's tag ("(BTV) Tháng 10, …") may stand above the headline
                paragraphs += 2 if iso is not None and seen == 1 else 0 if _AGENCY_TAG.match(stripped) else 1
                tagged = tagged or _AGENCY_TAG.match(stripped) is not None
            continue
        run_on = tagged and _BLANK_ABOVE.search(text, max(0, ls - 40), ls) is None
        if (iso is not None and seen == 1 or run_on) and tail is None and not _dated_below(text, line.end()):
            # " date 2025-12-10 Chuyển đổi số …" with no stamp of the item's own after it: the excerpt opens at a
            # sub-head in the body (a headline the crawl kept carries its stamp: "… sau Tết 23/02/2026 12:54"); a
            # line run straight on from the agency-tagged lead ("(BTV) - Theo …"), undated and with no blank line
            # setting it apart as a block of its own: a photo's caption in the body
            paragraphs = 2
            continue
        raw = text[ls:line.end()]
        lead = len(raw) - len(raw.lstrip(" \t*_#|"))
        headline = (ls + lead, _wrapped_headline(text, ls + lead + len(stripped), line.end()))
    if headline is None and capitals is not None:
        headline = capitals
        after = after or next((s for s in stamps + banners if s[0] >= capitals[1]), None)
    stamp = after or (stamps[0] if stamps else None) or (banners[0] if banners and headline else None)
    if headline is None:  # no headline: a stamp or a masthead still makes the text a news item
        return TitleBlock("news" if stamp or masthead else None, None, None, 0, stamp)
    title, span = joined(text, [headline])
    return TitleBlock("news", title, span, headline[1], stamp)
