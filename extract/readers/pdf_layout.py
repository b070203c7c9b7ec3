"""From positioned lines of PDF text to paragraphs: the layout half of the PDF reader.

Input: per page, the visual rows of text (each with its segments, position, font size and
weight) and the ruled tables, top to bottom. Output: blocks in reading order. The steps:

1. drop page furniture: page numbers ("2", "- 2 -", "Trang 2") and running headers/footers
   (the same line, digits aside, at the top or bottom of many pages);
2. read two-column zones (the official header, the signature block) column by column;
3. join the lines the layout broke back into paragraphs, across pages too, and repair the
   soft-hyphen artefacts of pdfium (U+FFFE, U+0002).
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

import regex

from extract.readers.blocks import is_all_caps, looks_like_heading

PAGE_NUMBER = regex.compile(
    r"^\s*(?:[-–—]\s*)?\d{1,4}(?:\s*[-–—])?\s*$|^\s*(?:Trang|Page)\s+\d{1,4}(?:\s*(?:/|của|of|trên)\s*\d{1,4})?\s*$",
    regex.IGNORECASE,
)
SOFT_HYPHENS = "\ufffe\x02\xad"
LIST_MARKER = regex.compile(r"^\s*(?:[-+*•–]\s|\d{1,2}(?:\.\d{1,2})*[.)]\s|[a-zđ]\)\s|[IVXLC]{1,6}\.\s)")
SENTENCE_END = regex.compile(r"[.;:!?]\s*$|\./\.\s*$")
CONTINUES = regex.compile(r"^\s*[\p{Ll}\d(]")
LOWER_START = regex.compile(r"^\s*[\p{Ll}\d]")
BOLD_WEIGHT = 600


@dataclass
class Segment:
    x0: float
    x1: float
    text: str


@dataclass
class Row:
    """One visual line of a page (PDF coordinates: y grows upwards)."""

    page: int
    top: float
    bottom: float
    segments: list[Segment]
    size: float = 12.0
    bold: bool = False

    @property
    def x0(self) -> float:
        return self.segments[0].x0

    @property
    def x1(self) -> float:
        return self.segments[-1].x1

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.segments)


@dataclass
class TableItem:
    page: int
    top: float
    rows: list[list[str | None]]
    spans: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)


@dataclass
class BlockItem:
    page: int
    text: str
    kind: str = "paragraph"


Item = Row | TableItem


# ------------------------------------------------------------------------- page furniture


def _furniture_key(text: str) -> str:
    return regex.sub(r"\d+", "#", " ".join(text.split())).casefold()


def drop_furniture(pages: Sequence[list[Item]], edge_rows: int = 2) -> list[list[Item]]:
    """Remove page numbers and running headers/footers from the first and last rows of pages."""
    def edges(items: list[Item]) -> list[int]:
        rows = [i for i, it in enumerate(items) if isinstance(it, Row)]
        return sorted(set(rows[:edge_rows] + rows[-edge_rows:]))

    counts: Counter[str] = Counter()
    for items in pages:
        counts.update({_furniture_key(items[i].text) for i in edges(items)})  # type: ignore[union-attr]
    repeated = {k for k, n in counts.items() if len(pages) >= 2 and n >= max(2, len(pages) // 2) and k.strip()}
    out: list[list[Item]] = []
    for items in pages:
        drop = {
            i for i in edges(items)
            if PAGE_NUMBER.match(items[i].text) or _furniture_key(items[i].text) in repeated  # type: ignore[union-attr]
        }
        out.append([it for i, it in enumerate(items) if i not in drop])
    return out


# --------------------------------------------------------------------------- column zones


def _split_gap(row: Row) -> tuple[float, float] | None:
    """``(left_x1, right_x0)`` of the widest inner gap when a row has two columns (3 em or more)."""
    best = None
    for a, b in zip(row.segments, row.segments[1:], strict=False):
        gap = b.x0 - a.x1
        if gap >= 3 * row.size and (best is None or gap > best[1] - best[0]):
            best = (a.x1, b.x0)
    return best


def _one_sided(row: Row, left_x1: float, right_x0: float) -> bool:
    """The row stays in the left column's extent or the right column's: it does not cross."""
    return row.x1 <= right_x0 - 0.5 * row.size or row.x0 >= left_x1 + 0.5 * row.size


def column_zones(items: list[Item]) -> list[tuple[int, int, float]]:
    """Runs ``(start, end, boundary)`` of rows laid out in two columns.

    A zone starts at a row split by a wide gap; it extends over the rows below that stay on
    one side of the gap (a header's "BÁO CÁO" below the columns stays in, the
    full-width title line after it ends the zone).
    """
    zones: list[tuple[int, int, float]] = []
    i = 0
    while i < len(items):
        item = items[i]
        split = _split_gap(item) if isinstance(item, Row) else None
        if split is None:
            i += 1
            continue
        start, end = i, i + 1
        left_x1, right_x0 = split
        while end < len(items) and isinstance(items[end], Row):
            row: Row = items[end]  # type: ignore[assignment]
            prev: Row = items[end - 1]  # type: ignore[assignment]
            if prev.bottom - row.top > 6 * row.size:
                break
            gap = _split_gap(row)
            if gap is not None:
                left_x1, right_x0 = max(left_x1, gap[0]), min(right_x0, gap[1])
            elif not _one_sided(row, left_x1, right_x0):
                break
            end += 1
        boundary = (left_x1 + right_x0) / 2
        zones.append((start, end, boundary))
        i = end
    return zones


def _column_blocks(rows: list[Row], boundary: float) -> Iterator[BlockItem]:
    """Left column top to bottom, then the right one; a line that goes on in lower case joins
    the line above it."""
    left: list[tuple[Row, str]] = []
    right: list[tuple[Row, str]] = []
    for row in rows:
        for seg in row.segments:
            (left if (seg.x0 + seg.x1) / 2 < boundary else right).append((row, seg.text))
    for column in (left, right):
        current: list[str] = []
        page = column[0][0].page if column else 0
        for row, text in column:
            if current and CONTINUES.match(text) and not SENTENCE_END.search(current[-1]):
                current.append(text)
                continue
            if current:
                yield _block(page, " ".join(current), bold=False)
            current, page = [text], row.page
        if current:
            yield _block(page, " ".join(current), bold=False)


def _block(page: int, text: str, bold: bool) -> BlockItem:
    text = repair_soft_hyphens(text)
    one_line = len(text) <= 200
    heading = looks_like_heading(text) or (bold and one_line and not SENTENCE_END.search(text)) or (
        bold and is_all_caps(text)
    )
    return BlockItem(page, text, "heading" if heading else "paragraph")


def repair_soft_hyphens(text: str) -> str:
    """pdfium reports some real hyphens as U+FFFE or U+0002 ("3141/QĐ\ufffeUBND"): put the dash
    back. Vietnamese does not hyphenate words, so such a dash is text, not a line-break artefact.
    A true soft hyphen (U+00AD) is dropped."""
    return text.replace("\ufffe", "-").replace("\x02", "-").replace("\xad", "")


# ------------------------------------------------------------------------------ paragraphs


@dataclass
class _Metrics:
    left: float
    right: float

    @property
    def centre(self) -> float:
        return (self.left + self.right) / 2


def _page_metrics(rows: list[Row]) -> _Metrics:
    if not rows:
        return _Metrics(0, 0)
    left = Counter(round(r.x0) for r in rows).most_common(1)[0][0]
    rights = sorted(r.x1 for r in rows)
    right = rights[int(0.9 * (len(rights) - 1))]
    return _Metrics(min(left, min(r.x0 for r in rows) + 2), right)


def _starts_paragraph(prev: Row, row: Row, prev_text: str, m: _Metrics, usual_gap: float) -> bool:
    """Whether ``row`` begins a new paragraph rather than continuing the one ``prev`` ended."""
    size = row.size
    indented = row.x0 - m.left > 1.2 * size
    centred = indented and m.right - row.x1 > size and abs((row.x0 + row.x1) / 2 - m.centre) < 0.6 * size
    prev_centred = abs((prev.x0 + prev.x1) / 2 - m.centre) < 0.6 * size
    goes_on = bool(LOWER_START.match(row.text)) and not SENTENCE_END.search(prev_text)
    if abs(prev.size - size) > 1 or prev.bold != row.bold or LIST_MARKER.match(row.text):
        return True
    if prev.page != row.page:  # a page break says nothing about the gap
        return bool(SENTENCE_END.search(prev_text) or (indented and not goes_on))
    if prev.bottom - row.top > usual_gap + 0.35 * size:
        return True
    if centred and prev_centred:
        return is_all_caps(prev.text) != is_all_caps(row.text)
    if goes_on and not indented:
        return False
    short = m.right - prev.x1 > 2.5 * size
    return indented or short


def _join(left: str, right: str) -> str:
    if left and left[-1] == "\xad":  # a word hyphenated at the line end
        return left[:-1] + right.lstrip()
    if regex.search(rf"[\p{{L}}\d][-{SOFT_HYPHENS}]$", left):  # "BC-" + "UBND": a code broken at its dash
        return left + right.lstrip()
    return left + " " + right


def paragraphs(pages: Sequence[list[Item]]) -> list[BlockItem | TableItem]:
    """Blocks in reading order from the rows and tables of every page."""
    out: list[BlockItem | TableItem] = []
    prev: Row | None = None
    text = ""
    bold = False
    start_page = 0

    def flush() -> None:
        nonlocal text, prev
        if text.strip():
            out.append(_block(start_page, text.strip(), bold))
        text, prev = "", None

    for items in pages:
        flow = [it for it in items if isinstance(it, Row)]
        metrics = _page_metrics(flow)
        gaps = [a.bottom - b.top for a, b in zip(flow, flow[1:], strict=False) if 0 <= a.bottom - b.top < 3 * b.size]
        usual_gap = statistics.median(gaps) if gaps else 0.0
        zones = {start: (end, boundary) for start, end, boundary in column_zones(items)}
        i = 0
        while i < len(items):
            item = items[i]
            if isinstance(item, TableItem):
                flush()
                out.append(item)
                i += 1
                continue
            if i in zones:
                flush()
                end, boundary = zones[i]
                out.extend(_column_blocks(items[i:end], boundary))  # type: ignore[arg-type]
                i = end
                continue
            row: Row = item
            if prev is None or _starts_paragraph(prev, row, text, metrics, usual_gap):
                flush()
                text, bold, start_page = row.text, row.bold, row.page
            else:
                text = _join(text, row.text)
            prev = row
            i += 1
    flush()
    return _merge_split_tables(out)


def _merge_split_tables(items: list[BlockItem | TableItem]) -> list[BlockItem | TableItem]:
    """A table that runs over a page break is one table; a header row repeated on the next page
    is dropped."""
    out: list[BlockItem | TableItem] = []
    for item in items:
        prev = out[-1] if out else None
        if (
            isinstance(item, TableItem)
            and isinstance(prev, TableItem)
            and item.page == prev.page + 1
            and max(map(len, item.rows)) == max(map(len, prev.rows))
        ):
            rows = item.rows
            header = _header_rows(prev)
            if header and rows[: len(header)] == header:
                rows = rows[len(header) :]
            offset = len(prev.rows) - (len(item.rows) - len(rows))
            spans = dict(prev.spans)
            spans.update({(r + offset, c): v for (r, c), v in item.spans.items() if r + offset >= len(prev.rows)})
            out[-1] = TableItem(prev.page, prev.top, prev.rows + rows, spans)
        else:
            out.append(item)
    return out


def _header_rows(table: TableItem) -> list[list[str | None]]:
    depth = max((r + rs for (r, _c), (rs, _cs) in table.spans.items()), default=1)
    return table.rows[:depth]
