"""Tables written with pipes in plain text (Markdown style, a web page or a chat copied as text)::

    | STT | Lĩnh vực | Tiếp nhận | Đã giải quyết |
    |-----|----------|-----------|---------------|
    | 1   | Hộ tịch  | 120       | 118           |
    |     | Tổng cộng| 120       | 118           |

A run of two or more lines cut into cells by ``|`` becomes a :class:`Table` whose cells index the text
as it stands (nothing is moved; a cell is its text without the padding). The outer pipes and the
``|---|`` rule under the header are optional; a blank cell is no cell (a caption over blank cells spans
them, as in a tab-separated grid); the header is the lines above the rule, or else the lines above the
first row holding figures. A line holding one ``|`` and no outer pipe is prose ("Ngày đăng: 08/04/2022 |
Lượt xem: 312", "Trang chủ | Tin tức"); lines with no outer pipe and no rule are a table only when a row
holds two figures and every row has the same number of cells.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

from extract.document import Cell, Table
from extract.readers.blocks import infer_header_spans
from normalize.numbers import NUMBER_BODY

FIGURE = regex.compile(rf"^{NUMBER_BODY}%?$")
RULE_LINE = regex.compile(r"^[^\S\n]*\|?[^\S\n]*:?-{2,}:?[^\S\n]*(?:[|+][^\S\n]*:?-{2,}:?[^\S\n]*)*\|?[^\S\n]*$")
PIPE = regex.compile(r"(?<!\\)\|")
MIN_CELLS = 2
MIN_ROWS = 2
MIN_FIGURES = 2  # figures a row needs to start the data, and to make a table of lines with no outer pipe


@dataclass(frozen=True, slots=True)
class PipeRow:
    """One line cut at its pipes: the ``[start, end)`` of each cell's text (padding left out)."""

    cells: tuple[tuple[int, int], ...]
    rule: bool  # a ``|---|---|`` line under the header
    left: bool  # the line starts with a pipe
    right: bool  # the line ends with a pipe

    @property
    def outer(self) -> bool:
        """The line starts or ends with a pipe."""
        return self.left or self.right


def parse_line(line: str, base: int = 0) -> PipeRow | None:
    """The cells of one line, or None when it is no table line (no pipe; one pipe and no outer pipe)."""
    if RULE_LINE.match(line) and "|" in line:
        return PipeRow((), True, True, True)
    bars = [m.start() for m in PIPE.finditer(line)]
    if not bars:
        return None
    lo, hi = len(line) - len(line.lstrip()), len(line.rstrip())
    left, right = bars[0] == lo, bars[-1] == hi - 1
    if not (left or right) and len(bars) < 2:
        return None
    cuts = [*([] if left else [lo - 1]), *bars, *([] if right else [hi])]
    cells = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        piece = line[a + 1:b]
        s = a + 1 + len(piece) - len(piece.lstrip())
        e = max(s, b - (len(piece) - len(piece.rstrip())))
        cells.append((base + s, base + e))
    if len(cells) < MIN_CELLS:
        return None
    return PipeRow(tuple(cells), False, left, right)


def _blank_edges(body: list[PipeRow]) -> list[PipeRow]:
    """The rows of a table written with no outer pipes, each row whose blank first (or last) cell makes it look
    outer given that blank cell back: ``" | Tổng cộng | 6.842 | 6.105"`` under ``"1 | Hộ tịch | 2.915 | 2.804"`` is
    a total row with a blank STT cell, not a row with one cell fewer; a header line blank at both ends
    (``" |  | Tổng số | Trực tuyến |  "``) is given both cells back. Only when the rows with no outer pipe are all
    of one width and every row with an outer pipe reaches exactly that width so (else the table is left as it is)."""
    plain = {len(r.cells) for r in body if not r.outer}
    if len(plain) != 1:
        return body
    (width,) = plain
    if any(r.outer and len(r.cells) + r.left + r.right != width for r in body):
        return body
    out = []
    for r in body:
        if r.outer:
            (s, _), (_, e) = r.cells[0], r.cells[-1]
            r = PipeRow(((s, s),) * r.left + r.cells + ((e, e),) * r.right, False, False, False)
        out.append(r)
    return out


def _figures(text: str, base: int, row: PipeRow) -> int:
    return sum(FIGURE.match(text[s - base:e - base]) is not None for s, e in row.cells)


def _runs(rows: Sequence[PipeRow | None]) -> list[tuple[int, int]]:
    out, i = [], 0
    while i < len(rows):
        if rows[i] is None:
            i += 1
            continue
        j = i
        while j < len(rows) and rows[j] is not None:
            j += 1
        out.append((i, j))
        i = j
    return out


def _table(text: str, base: int, run: list[PipeRow], start: int, end: int) -> Table | None:
    rule_at = next((i for i, r in enumerate(run) if r.rule), None)
    body = _blank_edges([r for r in run if not r.rule])
    if len(body) < MIN_ROWS or (rule_at is not None and rule_at == 0):
        return None
    n_cols = max(len(r.cells) for r in body)
    if sum(len(r.cells) == n_cols for r in body) < MIN_ROWS:
        return None
    local = [[text[s - base:e - base] for s, e in r.cells] for r in body]
    figures = [_figures(text, base, r) for r in body]
    if rule_at is None and not all(r.outer for r in body):
        if len({len(r.cells) for r in body}) > 1 or max(figures) < MIN_FIGURES:
            return None  # prose with pipes: no outer pipes, no rule, no row of figures
    if rule_at is not None:
        height = sum(1 for r in run[:rule_at] if not r.rule)
    else:
        height = next((i for i, n in enumerate(figures) if n >= MIN_FIGURES), 0)
    grid = [row + [""] * (n_cols - len(row)) for row in local]
    spans = infer_header_spans(grid, height=height)
    out: list[tuple[Cell, ...]] = []
    for r, row in enumerate(body):
        cells = []
        for c, (s, e) in enumerate(row.cells):
            if e > s:
                rs, cs = spans.get((r, c), (1, 1))
                cells.append(Cell(r, c, s, e, text[s - base:e - base], rs, cs))
        out.append(tuple(cells))
    return Table(start, end, None, n_cols, tuple(out))


def find_pipe_tables(text: str, base: int = 0) -> list[Table]:
    """The pipe tables of one block of text (``base``: the block's offset in the Document)."""
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((base + pos, line))
        pos += len(line) + 1
    rows = [parse_line(line, off) for off, line in lines]
    tables = []
    for i, j in _runs(rows):
        start = lines[i][0] + len(lines[i][1]) - len(lines[i][1].lstrip())
        end = lines[j - 1][0] + len(lines[j - 1][1].rstrip())
        table = _table(text, base, [r for r in rows[i:j] if r is not None], start, end)
        if table is not None:
            tables.append(table)
    return tables
