"""Statistic tables flattened to text whose columns are aligned by spaces (a fixed-width print, a PDF
copied as text)::

    TT  Lĩnh vực      Tổng số    Trực     Trực    Đã giải  Quá
                      tiếp nhận  tuyến    tiếp    quyết    hạn
    1   Hộ tịch           120      100      20      118     2
    2   Đất đai         1.040      640     400    1.000    40

The data rows define the columns: each column is the stretch of the line (start..end, tabs expanded)
its figures take over all the rows. A header line is then cut into columns by where its words stand,
not by its runs of spaces: a word goes to the column it overlaps most (the nearest one when it
overlaps none), so a continuation line whose words are one space apart ("tiếp nhận tuyến") still
lands under the right captions. A caption over several columns that the line below cuts into
captions of their own is a group ("Số hồ sơ nhận giải quyết" over "Tổng số | Trực tuyến | Trực
tiếp"); it spans them. A caption wrapped over lines stays one cell per line, the lower one right under
the upper (the table extractors join a lower-case continuation to its caption). The words left of
the first column are the row label captions ("TT", "Lĩnh vực").

Only columns at least two spaces apart, every column with a caption and at least ``MIN_COLUMNS``
(:mod:`extract.readers.text_tables`) of them with one the extractors can name, make such a table;
else the header is read by its words (:mod:`extract.readers.text_tables`).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from extract.document import Cell
from extract.readers.blocks import STT_CAPTION, infer_header_spans
from extract.readers.table_header import Span, tokens
from normalize.text import fold

TAB_SIZE = 8
MIN_GAP = 2  # columns (of the screen) between two cells of a row, and between two captions of a line
MIN_ROWS = 2  # rows that hold every column, to tell where the columns stand
MAX_CAPTION_WORDS = 8  # a longer run of words on a header line is prose, not a caption
MAX_LABELS = 3


@dataclass(frozen=True, slots=True)
class Word:
    """A word of a line: its span in the text and the screen columns it takes (``lo`` .. ``hi``)."""

    span: Span
    lo: int
    hi: int


def screen(line: str) -> list[int]:
    """The screen column of every character of a line (and of its end), tabs expanded."""
    out = [0] * (len(line) + 1)
    col = 0
    for i, ch in enumerate(line):
        out[i] = col
        col = (col // TAB_SIZE + 1) * TAB_SIZE if ch == "\t" else col + 1
    out[len(line)] = col
    return out


def words(line: str, offset: int) -> list[Word]:
    cols = screen(line)
    return [Word(t, cols[t.start - offset], cols[t.end - offset]) for t in tokens(line, offset)]


def place(spans: Sequence[Span], line: str, offset: int) -> list[tuple[int, int]]:
    """The screen columns of spans of one line."""
    cols = screen(line)
    return [(cols[s.start - offset], cols[s.end - offset]) for s in spans]


def columns(figures: Sequence[list[tuple[int, int]]], labels: Sequence[int]) -> list[tuple[int, int]] | None:
    """The screen stretch of each column from the rows holding every column (``figures``: per row, the
    stretch of each cell; ``labels``: where each row's label ends), or None when the columns are not
    aligned: two columns (or the labels and the first column) closer than ``MIN_GAP``."""
    if len(figures) < MIN_ROWS:
        return None
    k = len(figures[0])
    bands = [(min(r[c][0] for r in figures), max(r[c][1] for r in figures)) for c in range(k)]
    if max(labels, default=0) + MIN_GAP > bands[0][0]:
        return None
    if any(bands[c][1] + MIN_GAP > bands[c + 1][0] for c in range(k - 1)):
        return None
    return bands


def nearest(lo: int, hi: int, bands: Sequence[tuple[int, int]]) -> int:
    """The band a stretch overlaps most; failing any overlap, the nearest one (the left one on a tie).
    ``bands`` are sorted and disjoint: the bands a stretch overlaps are found by bisection, and failing
    them only the two beside it are looked at (a header of many columns would try each for every word)."""
    over = overlapping(lo, hi, bands)
    if over:
        return max(over, key=lambda i: (min(hi, bands[i][1]) - max(lo, bands[i][0]), -i))
    first = over.start
    if first == len(bands):
        return len(bands) - 1
    if first == 0:
        return 0
    left, right = lo - bands[first - 1][1], bands[first][0] - hi
    return first - 1 if left <= right else first


def overlapping(lo: int, hi: int, bands: Sequence[tuple[int, int]]) -> range:
    """The indices of the bands (sorted, disjoint) a stretch overlaps; empty, it starts at the first band
    right of the stretch."""
    first = bisect.bisect_right(bands, lo, key=_band_end)  # the first band ending after lo
    return range(first, bisect.bisect_left(bands, hi, lo=first, key=_band_start))  # to the last starting before hi


def _band_start(band: tuple[int, int]) -> int:
    return band[0]


def _band_end(band: tuple[int, int]) -> int:
    return band[1]


def chunks(line_words: Sequence[Word]) -> list[list[Word]]:
    """A line's words in runs split at gaps of ``MIN_GAP`` or more."""
    out: list[list[Word]] = []
    for w in line_words:
        if out and w.lo - out[-1][-1].hi < MIN_GAP:
            out[-1].append(w)
        else:
            out.append([w])
    return out


def is_header_line(line_words: Sequence[Word]) -> bool:
    """A line laid out in captions: two runs of words or more, none of them as long as a sentence."""
    runs = chunks(line_words)
    return len(runs) >= 2 and all(len(r) <= MAX_CAPTION_WORDS for r in runs)


def _band_lines(lines: Sequence[Sequence[Word]],
                bands: Sequence[tuple[int, int]]) -> list[dict[int, list[Word]]] | None:
    """Per header line, band -> the words of its caption there (band -1: the row labels' area). A run of
    words goes to the band it overlaps most; over several bands it stays one caption (a group) when the
    lines below have captions of their own in two of them, else a word standing in the next band (one
    space after the last) starts that band's caption, unless another run of the line holds it. None
    when two runs of a line fall in one band (the line does not follow the columns)."""
    every = [(-(10 ** 6), bands[0][0] - MIN_GAP), *bands]
    out: list[dict[int, list[Word]]] = []
    below: set[int] = set()
    for ws in reversed(lines):  # from the bottom: a run is a group when the lines below cut its columns
        runs = chunks(ws)
        firsts = [nearest(run[0].lo, run[-1].hi, every) - 1 for run in runs]
        held = [b for b in firsts if b >= 0]
        if len(set(held)) < len(held):
            return None
        line: dict[int, list[Word]] = {}
        for run, first in zip(runs, firsts, strict=True):
            spread = list(overlapping(run[0].lo, run[-1].hi, bands))
            if len(spread) > 1 and len(below & set(spread)) >= 2:
                line.setdefault(min(spread), []).extend(run)  # a group caption over the columns below
                continue
            at = first
            for w in run:
                b = nearest(w.lo, w.hi, every) - 1
                if b > at and b not in held and b not in line and _overlaps(w.lo, w.hi, bands[b]):
                    at = b  # a word one space after the last, but standing in the next column
                line.setdefault(at, []).append(w)
        below |= {b for b in line if b >= 0}
        out.append(line)
    out.reverse()
    return out


def _overlaps(lo: int, hi: int, band: tuple[int, int]) -> bool:
    return min(hi, band[1]) > max(lo, band[0])


def _join(ws: Sequence[Word], text: str, base: int) -> Span:
    return Span(ws[0].span.start, ws[-1].span.end, text[ws[0].span.start - base:ws[-1].span.end - base])


def _label_captions(words_: Sequence[Word], text: str, base: int) -> list[Span]:
    """The row label captions of the top header line: its runs of words left of the columns, a leading
    "STT" cut off the caption it is glued to ("STT Lĩnh vực")."""
    return [_join(run, text, base) for run in _label_runs(words_)]


def header_cells(heads: Sequence[Sequence[Word]], bands: Sequence[tuple[int, int]], text: str,
                 base: int) -> tuple[list[Span], list[list[Cell]]] | None:
    """The row label captions and the header rows' cells (data columns after the label columns) of
    header lines (top first) over columns ``bands``; None when a column has no caption or the labels
    take more than ``MAX_LABELS`` columns."""
    per_line = _band_lines(heads, bands)
    if per_line is None:
        return None
    labels = _label_captions(per_line[0].get(-1, []), text, base)
    n_label = max(1, len(labels))
    if len(labels) > MAX_LABELS or any(not any(c in line for line in per_line) for c in range(len(bands))):
        return None
    grid: list[list[Span | None]] = [[None] * (n_label + len(bands)) for _ in heads]
    for c, span in enumerate(labels):
        grid[0][c] = span
    label_stretch = [(min(w.lo for w in ws), max(w.hi for w in ws)) for ws in _label_runs(per_line[0].get(-1, []))]
    for r, line in enumerate(per_line):
        for b, ws in line.items():
            if b >= 0:
                grid[r][n_label + b] = _join(ws, text, base)
            elif r > 0 and label_stretch:  # a label caption wrapped onto this line
                c = nearest(ws[0].lo, ws[-1].hi, label_stretch)
                if grid[r][c] is None:
                    grid[r][c] = _join(ws, text, base)
    spans = infer_header_spans([[s.text if s else "" for s in row] for row in grid], height=len(heads))
    rows: list[list[Cell]] = []
    for r, row in enumerate(grid):
        cells = []
        for c, s in enumerate(row):
            if s is not None:
                rs, cs = spans.get((r, c), (1, 1))
                cells.append(Cell(r, c, s.start, s.end, s.text, rs, cs))
        rows.append(cells)
    return labels, rows


def _label_runs(ws: Sequence[Word]) -> list[list[Word]]:
    out: list[list[Word]] = []
    for run in chunks(ws):
        if len(run) > 1 and STT_CAPTION.match(fold(run[0].span.text)):
            out.append(run[:1])
            run = run[1:]
        out.append(run)
    return out
