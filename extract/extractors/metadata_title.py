"""The title block of a document: its heading (``BÁO CÁO``, ``KẾ HOẠCH`` …) and title, a công văn's ``V/v``
subject, or a news item's headline and publication stamp (part of the ``metadata`` extractor).

- title: the lines after ``BÁO CÁO`` up to the first body paragraph, joined with single spaces;
  a line of its own in parentheses (``(Số liệu tính từ …)``) is a note, not part of the title.
- genre: what the heading makes the document (data/metadata.toml ``[title.headings]``).
- a news item (no heading, no date line, no ``Số:``): its headline and stamp
  (:mod:`extract.extractors.metadata_headline`).

The cue words are in data/metadata.toml (``[title]``, ``[subject]``), compiled by
:mod:`extract.extractors.metadata_cues`.
"""

from __future__ import annotations

import functools

import regex

from extract.extractors.metadata_columns import header_view
from extract.extractors.metadata_cues import Layout, TitleBlock, cues, joined, layout, upper
from extract.extractors.metadata_headline import read_news
from normalize.dates import HEADER_WINDOW, DateLine, find_date_line
from normalize.docnumbers import find_own_number, own_number_labels
from normalize.self_citation import find_self_citation
from normalize.text import fold

MAX_TITLE_LINE = 300  # characters: a longer line after the first is a body paragraph


def header_end(text: str) -> int:
    """Where the header ends: at the heading line (``BÁO CÁO``), else at a title in capitals right under the
    number and date lines (a decision whose ``QUYẾT ĐỊNH`` line a site dropped), else a third of the header window;
    a công văn's header ends at its subject (``V/v …``) or its address (``Kính gửi: …``, the recipient, never the
    issuer)."""
    m = _heading(text)
    if m is not None:
        return m.start()
    dated = find_header_date_line(text) or own_number_labels(text)
    if dated:
        span = _after_header(text).span
        if span is not None:
            return span[0]
    end = min(len(text), HEADER_WINDOW // 3)
    if dated:
        c = cues()
        stops = [m.start() for m in (c.subject.search(text, 0, end), c.address.search(text, 0, end)) if m is not None]
        end = min([end, *stops])
    return end


def _heading(text: str) -> regex.Match | None:
    """The heading line (``BÁO CÁO``, ``QUYẾT ĐỊNH`` …): never the enacting formula (``QUYẾT ĐỊNH:`` above
    ``Điều 1.``); the first one under the header's number or date line when there is one there (a portal's
    rubric ``Báo cáo`` above the letterhead is no heading)."""
    c = cues()
    found = [m for m in c.report_word.finditer(text, 0, HEADER_WINDOW)
             if not (m.group("rest") is None and ":" in m.group()
                     and fold(" ".join(m.group("word").split())) in c.enactments)
             and not (m.group("cased") and (not m.group("word").isupper() or _sentence_end(m.group("cased"))))]
    if not found:
        return None
    date_line = find_header_date_line(text)
    marks = [*own_number_labels(text)[:1], *([date_line.start] if date_line is not None else [])]
    if marks:
        under = [m for m in found if m.start() > min(marks)]
        if under:
            return under[0]
    return found[0]


def _sentence_end(rest: str) -> bool:
    """A heading's words opening a sentence ("BÁO CÁO Kết quả … như sau:" / "… đạt 98%."): no title."""
    return rest.rstrip(" \t*_").endswith((".", ":", ";"))


def _title_lines(text: str, pos: int, parts: list[tuple[int, int]], max_lines: int,
                 continuation_only: bool = False) -> int:
    """Append the title lines from ``pos`` to ``parts``; return the end of the block."""
    c = cues()
    lay = layout(text)
    block_end = skip_to = pos
    for line in regex.finditer(r"[^\n]+", text, pos=pos):
        if line.start() < skip_to:  # the rest of a note wrapped over lines
            continue
        stripped = line.group().strip(" \t*_|")
        if not stripped:
            continue
        if not any(ch.isalnum() for ch in stripped):  # a rule ("-------") or an empty table cell ("|")
            if parts:
                break
            continue
        # "THỰC HIỆN KIỂM SOÁT …" in capitals opens a title; "Thực hiện Kế hoạch …" opens the body
        opens_name = not parts and upper(stripped) and c.name_starts.match(stripped) is not None
        # "… TẠI PHIÊN HỌP THỨ NĂM" / "NGÀY 19 THÁNG 7 NĂM 2023": a date in capitals under a title in capitals is its end
        dated = bool(parts) and _CAPS_DATE.match(stripped) is not None and all(upper(text[s:e]) for s, e in parts)
        if (c.body_start.match(stripped) and not opens_name and not dated) or c.article.match(stripped) \
                or len(parts) >= max_lines:
            break
        if continuation_only and not (stripped[0].islower() or stripped[0].isdigit()) \
                and not _wrapped_subject(text, line, parts):
            break
        if stripped.startswith("(") and parts:  # "(Số liệu tính từ …)": a note, not the title (also wrapped)
            block_end = skip_to = _note_end(text, line.start() + line.group().find("("), line.end())
            continue
        # a later line that ends a sentence, or a long one, is the first body paragraph; in a PDF-like wrapped text
        # read on over the line's soft breaks, and after a blank line over its whole paragraph
        if parts and _body_paragraph(text, line, lay, text.count("\n", parts[-1][1], line.start()) > 1) \
                and not _continued(text, line, parts):
            break
        if stripped.startswith("("):
            break
        # a title in capitals ends where a line in normal case begins: the body or a site's preface
        # ("QUÝ I NĂM" / "2020": a line of figures completing a line left open is the title's, not the body's)
        if parts and not upper(stripped) and all(upper(text[s:e]) for s, e in parts) \
                and not (_OPEN_END.search(text, *parts[-1]) and not any(ch.isalpha() for ch in stripped)):
            break
        lead = len(line.group()) - len(line.group().lstrip(" \t*_|"))
        s = line.start() + lead
        e = s + len(stripped)
        block_end = line.end()
        para_end = lay.paragraph_end(text, line.end())
        note = c.title_note.search(text, s, para_end)  # (its line wrapped: "… năm 2026 (Số liệu tính" / "từ …)")
        if note is not None:  # "... quý III năm 2026 (Số liệu tính từ ...)" on one line
            e = note.start()
            block_end = para_end
            if e > s:
                parts.append((s, e))
            break
        parts.append((s, e))
    return block_end


NOTE_MAX = 600  # characters: a note in brackets closes within a few lines


def _note_end(text: str, at: int, line_end: int) -> int:
    """The end of the line closing the bracket opened at ``at`` (a note wrapped over lines: "(Số liệu tính từ …,
    bao gồm" / "số liệu của …)"); ``line_end`` when it does not close before a blank line."""
    depth = 0
    for i in range(at, min(len(text), at + NOTE_MAX)):
        ch = text[i]
        if ch == "\n" and _BLANK_LINE.match(text, i):
            return line_end  # a blank line: the note stays open
        depth += (ch == "(") - (ch == ")")
        if depth == 0:
            end = text.find("\n", i)
            return len(text) if end < 0 else end
    return line_end


def _body_paragraph(text: str, line: regex.Match, lay: Layout, after_blank: bool) -> bool:
    """Whether the line (a later one of the title block) opens the body: it ends a sentence or runs longer than a
    title line; read on over its soft breaks (a PDF's wrap), and in a wrapped text after a blank line over its whole
    paragraph (the body's first paragraph wrapped where no line ends a sentence)."""
    end = lay.paragraph_end(text, line.end())
    if after_blank and lay.wrapped:
        gap = _BLANK_LINE.search(text, line.end(), min(len(text), line.start() + MAX_TITLE_LINE + 1))
        end = max(end, gap.start() if gap is not None else min(len(text), line.start() + MAX_TITLE_LINE + 1))
    para = text[line.start():end].strip(" \t*_|")
    return para.endswith((".", ":", ";")) or len(para) > MAX_TITLE_LINE


_BLANK_LINE = regex.compile(r"\n[ \t]*(?:\n|$)")


def _continued(text: str, line: regex.Match, parts: list[tuple[int, int]]) -> bool:
    """A title line cut inside its words (``… thủ tục hành`` / ``chính, cơ chế một cửa … Quý I năm 2026``): the next
    line, right under it, opens in lower case and ends no sentence itself, whatever body paragraph follows it with no
    blank line between (a PDF's wrap)."""
    stripped = line.group().strip(" \t*_|")
    s, e = parts[-1]
    return (stripped[:1].islower() and text.count("\n", e, line.start()) == 1 and len(stripped) <= MAX_TITLE_LINE
            and not stripped.endswith((".", ":", ";")) and not text[s:e].endswith((".", ":", ";")))


SUBJECT_COLUMN = 80  # characters: a công văn's subject wraps in the header's narrow left column


def _wrapped_subject(text: str, line: regex.Match, parts: list[tuple[int, int]]) -> bool:
    """A capitalised line right under a subject line (no blank line between), both as narrow as the header's
    column, in normal case and no date line: the subject wrapped at a name (``V/v báo cáo kết quả thực hiện`` /
    ``Bộ chỉ số … tháng 4 năm 2026``)."""
    if not parts:
        return False
    s, e = parts[-1]
    stripped = line.group().strip(" \t*_|")
    return (text.count("\n", e, line.start()) == 1 and e - s <= SUBJECT_COLUMN and len(stripped) <= SUBJECT_COLUMN
            and not upper(stripped) and find_date_line(stripped) is None)


# a wide gap inside a line: the header's two columns side by side
_COLUMN_GAP = regex.compile(r"[ \t]{3,}|\t")


def _left_column(text: str, start: int, end: int) -> tuple[int, int]:
    """A subject line's left column: cut before a wide gap after which the right column holds the date line
    (``V/v báo cáo kết quả … và     Kỳ Hoa, ngày 06 tháng 11 năm 2026``)."""
    for g in _COLUMN_GAP.finditer(text, start, end):
        if g.start() > start and find_date_line(text[g.end():end]) is not None:
            return start, g.start()
    return start, end


_CAPS_DATE = regex.compile(r"(?-i:NGÀY)[ \t]+\d{1,2}[ \t]+(?-i:THÁNG)[ \t]+\d{1,2}[ \t]+(?-i:NĂM)[ \t]+\d{4}[ \t]*$")
# a title line left open: its period's figures are on the next line ("… QUÝ I NĂM" / "2020")
_OPEN_END = regex.compile(r"(?i:(?<!\w)(?:năm|quý|tháng|giai[ \t]+đoạn|đến|từ))[ \t]*$|[-–/][ \t]*$")


def _after_header(text: str) -> TitleBlock:
    """A title in capitals right under the date line or the number line, with no heading word above it (a
    legal-document site drops "KẾ HOẠCH"); the genre from the own number's type code (``Số: 270/KH-UBND``)."""
    c = cues()
    date_line = find_header_date_line(text)
    own = find_own_number(text)
    anchor = max(date_line.end if date_line else 0, own.end if own else 0)
    if anchor == 0:
        return TitleBlock(None, None, None, 0)
    for line in regex.finditer(r"[^\n]+", text, pos=anchor):
        stripped = line.group().strip(" \t*_|")
        if not any(ch.isalnum() for ch in stripped):
            continue
        if not upper(stripped) or len(stripped.split()) < 3 or fold(stripped) in c.not_headlines:
            return TitleBlock(None, None, None, 0)
        parts: list[tuple[int, int]] = []
        block_end = _title_lines(text, line.start(), parts, c.max_title_lines)
        title, span = joined(text, parts)
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
    head = header_view(text[:HEADER_WINDOW].replace("|", "\t"), HEADER_WINDOW)  # "Số: 12/BC-UBND An Phú, ngày …"
    if "\n" in head:
        head = _BROKEN_DATE_LINE.sub(lambda m: m.group().replace("\n", " "), head)
    return find_date_line(head)


@functools.lru_cache(maxsize=4)  # periods and metadata both read it for the same text (str hashes are cached)
def read_title_block(text: str) -> TitleBlock:
    """The title block: after a heading (``BÁO CÁO``, ``KẾ HOẠCH`` …), else a công văn's ``V/v``
    subject, else (no date line, no ``Số:``) a news item's headline."""
    c = cues()
    m = _heading(text)
    if m:
        genre = c.genres.get(fold(" ".join(m.group("word").split())), "report")
        parts: list[tuple[int, int]] = []
        if m.group("rest"):
            rs, re_ = m.span("rest")
            rest = text[rs:re_].rstrip(" \t*_")
            parts.append((rs, rs + len(rest)))
        block_end = _title_lines(text, m.end(), parts, c.max_title_lines)
        title, span = joined(text, parts)
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
        title, span = joined(text, [_left_column(text, ps, pe) for ps, pe in parts])
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
    return read_news(text)

