"""The Document: what every reader produces and every extractor reads.

A Document is one report's text (Unicode NFC) plus its layout: blocks (heading, paragraph,
table) and tables (rows of cells), each with ``[start, end)`` character offsets into that
text, and the page it came from. Offsets are the one currency of the pipeline: a fact's span
is ``document.text[start:end]``, and that is the text ``baocao text PATH`` prints.

Readers build Documents with :class:`DocumentBuilder`, which lays the text out the same way
for every format (blocks separated by a blank line; a table as one line per row, cells
separated by a tab), so that a report read from DOCX or PDF looks like the same report read
from TXT.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Literal

from normalize.text import nfc_text

BlockKind = Literal["heading", "paragraph", "table"]
Format = Literal["txt", "docx", "pdf"]

BLOCK_SEPARATOR = "\n\n"
ROW_SEPARATOR = "\n"
CELL_SEPARATOR = "\t"


@dataclass(frozen=True, slots=True)
class Source:
    """Where a Document came from."""

    path: str
    sha256: str
    format: Format
    pages: int | None = None

    def to_json(self) -> dict:
        return {"path": self.path, "sha256": self.sha256, "format": self.format, "pages": self.pages}


@dataclass(frozen=True, slots=True)
class Cell:
    """One table cell. A merged cell appears once, at its top-left grid position."""

    row: int
    col: int
    start: int
    end: int
    text: str
    row_span: int = 1
    col_span: int = 1


@dataclass(frozen=True, slots=True)
class Table:
    start: int
    end: int
    page: int | None
    n_cols: int
    rows: tuple[tuple[Cell, ...], ...]

    @property
    def n_rows(self) -> int:
        return len(self.rows)

    def cells(self) -> Iterator[Cell]:
        for row in self.rows:
            yield from row

    def grid(self) -> list[list[Cell | None]]:
        """The table as a full grid; a merged cell fills every position it covers."""
        grid: list[list[Cell | None]] = [[None] * self.n_cols for _ in range(self.n_rows)]
        for cell in self.cells():
            for r in range(cell.row, min(cell.row + cell.row_span, self.n_rows)):
                for c in range(cell.col, min(cell.col + cell.col_span, self.n_cols)):
                    grid[r][c] = cell
        return grid


@dataclass(frozen=True, slots=True)
class Block:
    kind: BlockKind
    start: int
    end: int
    page: int | None = None
    table: int | None = None  # index into Document.tables for kind == "table"


@dataclass(frozen=True, slots=True)
class Page:
    number: int  # 1-based
    start: int
    end: int


@dataclass(frozen=True)
class Document:
    text: str
    source: Source
    blocks: tuple[Block, ...] = ()
    tables: tuple[Table, ...] = ()
    pages: tuple[Page, ...] = ()

    def block_text(self, block: Block) -> str:
        return self.text[block.start : block.end]

    def page_at(self, offset: int) -> int | None:
        for page in self.pages:
            if page.start <= offset < page.end:
                return page.number
        return None

    def check_offsets(self) -> None:
        """Raise AssertionError when a block or cell does not index its own text."""
        for b in self.blocks:
            assert 0 <= b.start <= b.end <= len(self.text), b
        for t in self.tables:
            for c in t.cells():
                assert self.text[c.start : c.end] == c.text, (c, self.text[c.start : c.end])


def nfc(text: str) -> str:
    """NFC, with the old-font ǎ repaired to ă (one character for one: offsets stay those of the NFC text)."""
    return nfc_text(text)


@dataclass
class DocumentBuilder:
    """Append blocks and tables; get a Document whose offsets are right by construction.

    Every piece of text is NFC-normalised and stripped of leading/trailing whitespace before
    it is placed, so readers need not care.
    """

    source: Source
    _parts: list[str] = field(default_factory=list)
    _length: int = 0
    _blocks: list[Block] = field(default_factory=list)
    _tables: list[Table] = field(default_factory=list)
    _page_starts: dict[int, int] = field(default_factory=dict)

    def _append(self, piece: str) -> int:
        start = self._length
        self._parts.append(piece)
        self._length += len(piece)
        return start

    def _separate(self) -> None:
        if self._length:
            self._append(BLOCK_SEPARATOR)

    def _mark_page(self, page: int | None, offset: int) -> None:
        if page is not None and page not in self._page_starts:
            self._page_starts[page] = offset

    def add_block(self, text: str, kind: BlockKind = "paragraph", page: int | None = None) -> Block | None:
        text = nfc(text).strip()
        if not text:
            return None
        self._separate()
        start = self._append(text)
        self._mark_page(page, start)
        block = Block(kind=kind, start=start, end=self._length, page=page)
        self._blocks.append(block)
        return block

    def add_table(
        self,
        rows: Sequence[Sequence[str | None]],
        page: int | None = None,
        spans: dict[tuple[int, int], tuple[int, int]] | None = None,
    ) -> Table | None:
        """Add a table given as rows of cell texts.

        ``None`` marks a grid position covered by a merged cell (it is not repeated);
        ``spans`` maps (row, col) of a merged cell's top-left corner to (row_span, col_span).
        Each row is written as one line with its cells separated by tabs, so the grid shape
        stays visible in the text.
        """
        rows = [list(r) for r in rows if any((c or "").strip() for c in r)]
        if not rows:
            return None
        spans = spans or {}
        n_cols = max(len(r) for r in rows)
        self._separate()
        table_start = self._length
        self._mark_page(page, table_start)
        out_rows: list[tuple[Cell, ...]] = []
        for r, row in enumerate(rows):
            if r:
                self._append(ROW_SEPARATOR)
            cells: list[Cell] = []
            for c in range(n_cols):
                if c:
                    self._append(CELL_SEPARATOR)
                raw = row[c] if c < len(row) else ""
                if raw is None:
                    continue
                # a cell's own line breaks become spaces: one row stays one line
                text = " ".join(nfc(raw).split())
                start = self._append(text)
                if text:
                    rs, cs = spans.get((r, c), (1, 1))
                    cells.append(Cell(r, c, start, start + len(text), text, rs, cs))
            out_rows.append(tuple(cells))
        table = Table(table_start, self._length, page, n_cols, tuple(out_rows))
        self._tables.append(table)
        self._blocks.append(Block("table", table_start, self._length, page, len(self._tables) - 1))
        return table

    def build(self, pages: int | None = None) -> Document:
        text = "".join(self._parts)
        page_list: list[Page] = []
        ordered = sorted(self._page_starts.items())
        for i, (number, start) in enumerate(ordered):
            end = ordered[i + 1][1] if i + 1 < len(ordered) else len(text)
            page_list.append(Page(number, start, end))
        source = self.source
        if pages is not None and source.pages != pages:
            source = Source(source.path, source.sha256, source.format, pages)
        return Document(text, source, tuple(self._blocks), tuple(self._tables), tuple(page_list))
