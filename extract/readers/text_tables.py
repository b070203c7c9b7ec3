"""Statistic tables flattened to plain text with spaces (a web page or a PDF copied as text)::

    Lĩnh vực Tiếp nhận Trước hạn Đúng hạn Quá hạn
    Tổng % Tổng % Tổng %
    Hộ tịch 120 100 50 50% 40 40% 10 10%
    Đất đai 80 70 30 42,9% 30 42,9% 10 14,2%

A run of two or more lines ending in the same number of numeric cells, under one to four header lines
whose columns can be named, becomes a :class:`Table` whose cells index the text as it stands (no
character is moved). The header is cut into columns at the capital letter that starts each column
name ("Đã xử lý Chưa xử lý" -> "Đã xử lý | Chưa xử lý"), the leading columns that name no figure are
the row label columns ("STT", "Lĩnh vực"), and each header line is laid over the one below it: the
lower line's columns are shared out among the upper line's columns (each upper column either has
children or spans down), so that the leaves count exactly the numeric cells of a row. When that
layout is not the only plausible one, no table is made: the lines stay running text. One row alone is
a table only under two or more header lines naming every column; a top line that is a series
("Mức độ 1 … Mức độ 4") needs no label caption; a header in capitals or lower case is cut at the words
that start a caption; a row label wrapped over lines is joined to its row. The header's captions and their
layout are read by :mod:`extract.readers.table_header`. Figures standing in columns at least two spaces apart
are read by position first (:mod:`extract.readers.text_columns`): the header lines cut by where their words
stand under the columns the rows define.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from extract.document import Cell, Table
from extract.readers.blocks import is_series
from extract.readers.table_header import (
    PERCENT,
    TOTAL,
    Node,
    Span,
    build_header,
    caption_metric,
    nameable,
    segment_header,
    tokens,
)
from extract.readers.text_columns import MIN_GAP, columns, header_cells, is_header_line, nearest, place, words
from extract.readers.text_slash_tables import find_slash_tables
from normalize.numbers import NUMBER_BODY
from normalize.text import fold

# a numeric cell: one number as normalize.numbers writes it ("1.234", "42,9", "98.7", "120"), maybe with "%"
NUMBER = regex.compile(rf"^{NUMBER_BODY}%?$")
# a cell with no figure, written as a dash (nothing, or zero): it holds its column's place in the row
DASH = regex.compile(r"^[-–—−]$")
# the row's own numbering: "1", "1.1.", "II.", "a)", a bullet "-"; glued to the label: "1.10.Đăng ký"
ROW_NUMBER = regex.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*\.?|[IVXLC]{1,5}\.?|[a-zđ]\)|[-+*•–])$")
GLUED_NUMBER = regex.compile(r"^\d{1,3}(?:\.\d{1,3})+\.(?=\w)")
STT = regex.compile(r"^(?:stt|tt|so\s+tt)$")
MIN_ROWS = 2
MAX_WRAP_LINES = 3  # lines one row label may be wrapped over
MIN_COLUMNS = 2
MAX_HEADER_LINES = 4
MAX_LABEL_COLUMNS = 3


@dataclass(frozen=True, slots=True)
class Row:
    line: int
    prefix: list[Span]  # the tokens before the numbers
    numbers: list[Span]


def _trailing(toks: list[Span], dash: bool) -> int:
    n = 0
    while n < len(toks) and (NUMBER.match(t := toks[len(toks) - 1 - n].text) or (dash and DASH.match(t))):
        n += 1
    return n


def _row(line: str, base: int, index: int) -> Row | None:
    """A line ending in two or more numeric cells; a dash among them is a cell with no figure ("2.310 - - 5"),
    save in a range ("2021 - 2025") or a run with fewer than two figures."""
    toks = tokens(line, base)
    n = _trailing(toks, dash=True)
    cells = toks[len(toks) - n:]
    figures = [t for t in cells if not DASH.match(t.text)]
    while cells and DASH.match(cells[0].text):  # a dash before the first figure belongs to the label
        cells, n = cells[1:], n - 1
    if len(figures) < MIN_COLUMNS or (len(cells) == 3 and DASH.match(cells[1].text)):
        n = _trailing(toks, dash=False)
    prefix = toks[:len(toks) - n]
    if n < MIN_COLUMNS or not any(ch.isalpha() for t in prefix for ch in t.text):
        return None
    return Row(index, prefix, toks[len(toks) - n:])


def _label_cells(prefix: list[Span], text: str, base: int, n_label: int, stt: bool) -> list[Span | None]:
    """The row's label tokens as its label cells: the numbering into the STT column when there is one."""
    if not (stt and n_label >= 2):
        return [_join(prefix, text, base), *[None] * (n_label - 1)]
    cut = 0
    while cut < len(prefix) - 1 and ROW_NUMBER.match(prefix[cut].text):
        cut += 1
    numbering, rest = prefix[:cut], prefix[cut:]
    if rest and (g := GLUED_NUMBER.match(rest[0].text)):
        first = rest[0]
        numbering = [*numbering, Span(first.start, first.start + g.end(), g.group())]
        rest = [Span(first.start + g.end(), first.end, first.text[g.end():]), *rest[1:]]
    return [_join(numbering, text, base), _join(rest, text, base), *[None] * (n_label - 2)]


def _join(words: list[Span], text: str, base: int) -> Span | None:
    if not words:
        return None
    return Span(words[0].start, words[-1].end, text[words[0].start - base:words[-1].end - base])


def _header_for(heads: list[list[Span]], k: int) -> tuple[list[Span | None], tuple[Node, ...]] | None:
    """Label columns and column tree of candidate header lines (top first), needing label captions;
    a top line that is a series of columns ("Mức độ 1 … Mức độ 4") over a line naming their parts
    leaves the label column without a caption."""
    top = heads[0]
    if len(heads) >= 2 and is_series([s.text for s in top]) and all(nameable(s.text) for line in heads[1:] for s in line):
        tree = build_header(heads, k)
        return ([None], tree) if tree is not None else None
    n_label = 0
    while n_label < len(top) and n_label < MAX_LABEL_COLUMNS and not nameable(top[n_label].text):
        n_label += 1
    if n_label == 0 or n_label == len(top) or n_label > MAX_LABEL_COLUMNS:
        return None
    if any(not any(nameable(s.text) for s in line) for line in heads[1:]):
        return None
    tree = build_header([top[n_label:], *heads[1:]], k)
    return (top[:n_label], tree) if tree is not None else None


def _named_columns(tree: tuple[Node, ...]) -> int:
    """How many leaf columns the extractors can name: a metric on the path, or a rate."""
    count = 0

    def walk(nodes: Sequence[Node], path: list[str]) -> None:
        nonlocal count
        for n in nodes:
            here = [*path, " ".join(fold(n.span.text).split())]
            if n.children:
                walk(n.children, here)
            elif caption_metric(" | ".join(here)) is not None or PERCENT.match(here[-1]) or TOTAL.match(here[-1]):
                count += 1

    walk(tree, [])
    return count


def _table(text: str, base: int, heads: int, label: list[Span | None],
           tree: tuple[Node, ...], rows: list[Row], k: int, end: int) -> Table:
    h = heads
    n_label = len(label)
    stt = bool(label) and label[0] is not None and STT.match(" ".join(fold(label[0].text).split())) is not None
    out: list[tuple[Cell, ...]] = []
    header: list[list[Cell]] = [[] for _ in range(h)]
    for c, span in enumerate(label):
        if span is not None:
            header[0].append(Cell(0, c, span.start, span.end, span.text, h, 1))

    def place(nodes: Sequence[Node], r: int, col: int) -> None:
        for n in nodes:
            rs = 1 if n.children else h - r
            header[r].append(Cell(r, col, n.span.start, n.span.end, n.span.text, rs, n.width))
            if n.children:
                place(n.children, r + 1, col)
            col += n.width

    place(tree, 0, n_label)
    out.extend(tuple(sorted(row, key=lambda cell: cell.col)) for row in header)
    for i, row in enumerate(rows):
        r = h + i
        nums = row.numbers[-k:] if len(row.numbers) >= k else row.numbers
        extra = row.numbers[:len(row.numbers) - len(nums)]
        cells: list[Cell] = []
        for c, span in enumerate(_label_cells([*row.prefix, *extra], text, base, n_label, stt)):
            if span is not None:
                cells.append(Cell(r, c, span.start, span.end, span.text))
        for c, span in enumerate(nums):
            cells.append(Cell(r, n_label + c, span.start, span.end, span.text))
        out.append(tuple(cells))
    start = out[0][0].start
    end = max(end, *(cell.end for cell in out[-1]))  # a label continued below the last row is in the table
    return Table(start, end, None, n_label + k, tuple(out))


def _label_number(extra: list[Span]) -> bool:
    """Numbers before a row's cells that belong to its label ("Mức 3", "Mức 1, 2"): one short number."""
    return len(extra) <= 1 and all(regex.fullmatch(r"\d{1,2}", t.text) for t in extra)


def find_tables(text: str, base: int = 0, at_end: bool = False, indent: str = "") -> list[Table]:
    """The space-separated statistic tables of one block of text (``base``: the block's offset in the
    Document). ``at_end``: the block ends the document, so its last row may be cut short. ``indent``: the
    spaces the block's first line stood after in the source (the block comes without them): a top header
    line indented over its columns is read where it stood."""
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((base + pos, line))
        pos += len(line) + 1
    if indent and lines[0][1][:1].strip():
        lines[0] = (base - len(indent), indent + lines[0][1])
    parsed = [_row(line, off, i) for i, (off, line) in enumerate(lines)]
    wrapped = _wrap_labels(lines, parsed) | _sub_captions(lines, parsed)
    # lists a slash apart under captions naming their columns ("- Hộ tịch: 1.420 / 1.416"): text_slash_tables
    slashed = find_slash_tables(text, base)
    tables: list[Table] = list(slashed)
    i = 0
    while i < len(lines):
        if parsed[i] is None and i not in wrapped:
            i += 1
            continue
        j = i
        while j < len(lines) and (parsed[j] is not None or j in wrapped):
            j += 1
        run = [r for r in parsed[i:j] if r is not None]
        end = lines[j - 1][0] + len(lines[j - 1][1].rstrip())
        table = _run_table(text, base, lines, parsed, i, run, at_end and j == len(lines), end)
        if table is not None and not any(table.start < t.end and t.start < table.end for t in slashed):
            tables.append(table)
        i = j
    return sorted(tables, key=lambda t: t.start)


# a caption line between rows that opens their breakdown: "Trong đó:", "Chia ra:", "Bao gồm:"
SUB_CAPTION = regex.compile(r"^(?:trong\s+do|chia\s+ra|bao\s+gom|cu\s+the|gom)\s*:?$")


def _sub_captions(lines: list[tuple[int, str]], parsed: list[Row | None]) -> set[int]:
    """The lines between two rows that only open a breakdown ("Trong đó:"): kept inside the run of rows."""
    return {i for i in range(1, len(lines) - 1)
            if parsed[i] is None and parsed[i - 1] is not None and parsed[i + 1] is not None
            and SUB_CAPTION.match(" ".join(fold(lines[i][1]).split()))}


def _lower_start(words: Sequence[Span]) -> bool:
    return bool(words) and words[0].text[0].islower()


def _wrap_labels(lines: list[tuple[int, str]], parsed: list[Row | None]) -> set[int]:
    """Row labels wrapped over more than one line, as a PDF copied as text gives them: the label begun
    on its own line(s) and ended on the line of the numbers ("1 Đăng ký, cấp Giấy chứng nhận" /
    "lần đầu 40 35 5": the tokens join the row's label), or continued after them in lower case
    (kept out of the cells, the extractors read it from the text). Returns the lines taken into rows;
    ``parsed`` is updated in place."""
    taken: set[int] = set()
    toks = [tokens(line, off) for off, line in lines]
    for j, row in enumerate(parsed):
        if row is None:
            continue
        if _lower_start(row.prefix):  # begun above: a capital or a row number, then lower case lines
            t = j - 1
            while t >= 0 and j - t < MAX_WRAP_LINES and parsed[t] is None and _lower_start(toks[t]):
                t -= 1
            if t < 0 or parsed[t] is not None or not toks[t] or _lower_start(toks[t]) or t in taken:
                continue
            between = t > 0 and (parsed[t - 1] is not None or t - 1 in taken)
            if not (between or ROW_NUMBER.match(toks[t][0].text)) or NUMBER.match(toks[t][-1].text):
                continue  # above the first row only a numbered line: else it may be the header
            taken.update(range(t, j))
            parsed[j] = Row(j, [tok for k in range(t, j) for tok in toks[k]] + row.prefix, row.numbers)
        else:  # continued below, in lower case, up to the next row or the end of the lines
            k = j + 1
            while k < len(lines) and k - j <= MAX_WRAP_LINES and parsed[k] is None and _lower_start(toks[k]):
                k += 1
            nxt = k < len(lines) and toks[k]
            if k > j + 1 and (not nxt or (parsed[k] is not None and not _lower_start(parsed[k].prefix))):
                taken.update(range(j + 1, k))
    return taken


def _fully_named(heads: list[list[Span]], label: list[Span | None]) -> bool:
    """Every caption of the header lines names a column the extractors read (the label captions and a
    series of columns aside)."""
    n_label = sum(s is not None for s in label)
    return all(nameable(s.text) or (i == 0 and is_series([s.text for s in line]))
               for i, line in enumerate(heads) for s in line[n_label if i == 0 else 0:])


def _run_table(text: str, base: int, lines: list[tuple[int, str]], parsed: list[Row | None], first: int,
               run: list[Row], cut_last: bool, end: int) -> Table | None:
    """The table of a run of rows; one row alone only under two or more header lines that name every
    column (a one-row summary table: "Tổng | Đã giải quyết | …" over "Tổng | % | …")."""
    if not run:
        return None
    if (aligned := _aligned_table(text, base, lines, first, run, end)) is not None:
        return aligned
    full = run[:-1] if cut_last and len(run) > MIN_ROWS else run
    top_k = min(len(r.numbers) for r in full)
    above = []
    for i in range(first - 1, max(-1, first - 1 - MAX_HEADER_LINES), -1):
        if parsed[i] is not None or not lines[i][1].strip():
            break
        above.append(segment_header(lines[i][1], lines[i][0]))
    for h in range(1 if len(run) >= MIN_ROWS else 2, len(above) + 1):
        heads = list(reversed(above[:h]))
        for k in range(top_k, MIN_COLUMNS - 1, -1):
            found = _header_for(heads, k)
            if found is None:
                continue
            label, tree = found
            if _named_columns(tree) < MIN_COLUMNS:
                continue
            if len(run) < MIN_ROWS and (len(run[0].numbers) != k or not _fully_named(heads, label)):
                continue
            rows = run
            if cut_last and len(run[-1].numbers) < k:
                rows = run if len(run[-1].numbers) >= MIN_COLUMNS else run[:-1]
            elif any(len(r.numbers) < k for r in run):
                continue
            if any(not _label_number(r.numbers[:len(r.numbers) - k]) for r in rows if len(r.numbers) > k):
                continue
            return _table(text, base, h, label, tree, rows, k, end if rows[-1] is run[-1] else 0)
    return None


def _aligned_table(text: str, base: int, lines: list[tuple[int, str]], first: int, run: list[Row],
                   end: int) -> Table | None:
    """The table of a run of rows whose figures stand in columns at least two spaces apart, its header
    lines cut into columns by position (:mod:`extract.readers.text_columns`); None when the columns are
    not aligned, a row's figures miss them or a column has no caption."""
    sizes = Counter(len(r.numbers) for r in run)
    k = max(sizes, key=lambda n: (sizes[n], n))
    if k < MIN_COLUMNS or any(len(r.numbers) > k and not _label_number(r.numbers[:-k]) for r in run):
        return None
    own = [[t for t in [*r.prefix, *r.numbers[:max(0, len(r.numbers) - k)]] if t.start >= lines[r.line][0]]
           for r in run]
    label_ends = [place(p[-1:], lines[r.line][1], lines[r.line][0])[0][1] for r, p in zip(run, own, strict=True) if p]
    bands = columns([place(r.numbers[-k:], lines[r.line][1], lines[r.line][0]) for r in run if len(r.numbers) >= k],
                    label_ends)
    if bands is None:
        return None
    heads: list[list] = []
    for i in range(first - 1, max(-1, first - 1 - MAX_HEADER_LINES), -1):
        ws = words(lines[i][1], lines[i][0])
        if not ws or _row(lines[i][1], lines[i][0], i) is not None:
            break
        if not is_header_line(ws) and ws[0].lo < bands[0][0] - MIN_GAP:
            break  # a title or a sentence at the margin, not a caption under a column
        heads.insert(0, ws)
    if not heads or (found := header_cells(heads, bands, text, base)) is None:
        return None
    labels, header = found
    n_label, h = max(1, len(labels)), len(heads)
    if _named_bands(header, n_label, k) < MIN_COLUMNS:
        return None
    stt = bool(labels) and STT.match(" ".join(fold(labels[0].text).split())) is not None
    out: list[tuple[Cell, ...]] = [tuple(sorted(row, key=lambda c: c.col)) for row in header]
    for i, row in enumerate(run):
        r = h + i
        cells = [Cell(r, c, s.start, s.end, s.text)
                 for c, s in enumerate(_label_cells([*row.prefix, *row.numbers[:max(0, len(row.numbers) - k)]],
                                                    text, base, n_label, stt)) if s is not None]
        nums = row.numbers[-k:]
        at = [nearest(lo, hi, bands) for lo, hi in place(nums, lines[row.line][1], lines[row.line][0])]
        if any(b <= a for a, b in zip(at, at[1:], strict=False)):
            return None
        cells.extend(Cell(r, n_label + b, s.start, s.end, s.text) for b, s in zip(at, nums, strict=True))
        out.append(tuple(cells))
    start = min(c.start for c in out[0])
    return Table(start, max(end, *(c.end for c in out[-1])), None, n_label + k, tuple(out))


def _named_bands(header: list[list[Cell]], n_label: int, k: int) -> int:
    """How many of the ``k`` columns have a caption the extractors can name, on any header row."""
    named = 0
    for c in range(n_label, n_label + k):
        captions = [cell.text for row in header for cell in row if cell.col <= c < cell.col + cell.col_span]
        joined = " ".join(fold(" ".join(captions)).split())
        if any(nameable(t) for t in captions) or caption_metric(joined) is not None:
            named += 1
    return named
