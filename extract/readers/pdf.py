"""PDF reports: text through pypdfium2, ruled tables through pdfplumber, paragraphs rebuilt.

pypdfium2 reads the text layer fast (about a millisecond a page); pdfplumber, much slower, is
opened only on the pages that draw lines (path objects), to find the ruled tables there. The
text inside a table is read once, as the table, not again in the flow. The layout rules
(page numbers, running headers, two-column zones, broken lines) are in :mod:`pdf_layout`.
"""

from __future__ import annotations

import io
import re

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from extract.document import Document, DocumentBuilder, Source
from extract.errors import CorruptFile, EmptyFile, EncryptedFile, NoTextLayer
from extract.readers.pdf_layout import (
    BOLD_WEIGHT,
    BlockItem,
    Item,
    Row,
    Segment,
    TableItem,
    drop_furniture,
    paragraphs,
    repair_soft_hyphens,
)

MIN_PATHS_FOR_TABLE = 4  # a ruled table draws at least its outer edges and one inner line
EOF_WINDOW = 2048
EMPTY_PAGE_TREE = re.compile(rb"/Type\s*/Pages\b[^>]*/Count\s+0\b|/Count\s+0\b[^>]*/Type\s*/Pages\b")
ANY_PAGE = re.compile(rb"/Type\s*/Page(?!s)\b")


def read_pdf(data: bytes, source: Source) -> Document:
    """A PDF report to a Document, with ``Block.page`` and ``Document.pages`` set.

    Raises EncryptedFile (password), CorruptFile (damaged, truncated), EmptyFile (no pages),
    NoTextLayer (scanned pages only: needs OCR).
    """
    if b"%%EOF" not in data[-EOF_WINDOW:]:
        raise CorruptFile(source.path, "truncated PDF: the %%EOF end marker is missing; get the complete file")
    pdf = _open(data, source.path)
    try:
        n_pages = len(pdf)
        if n_pages == 0:
            raise EmptyFile(source.path, "the PDF has no pages")
        pages: list[list[Item]] = []
        table_pages: list[int] = []
        total_chars = 0
        for index in range(n_pages):
            page = pdf[index]
            textpage = page.get_textpage()
            total_chars += textpage.count_chars()
            pages.append(_rows(textpage, index + 1))
            if _draws_lines(page):
                table_pages.append(index)
        if total_chars == 0:
            raise NoTextLayer(source.path, "no text layer: needs OCR (the pages are images)")
        if table_pages:
            _insert_tables(data, pdf, table_pages, pages)
    finally:
        pdf.close()
    builder = DocumentBuilder(source)
    for item in paragraphs(drop_furniture(pages)):
        if isinstance(item, BlockItem):
            builder.add_block(item.text, item.kind, item.page)  # type: ignore[arg-type]
        else:
            builder.add_table(item.rows, item.page, item.spans)
    return builder.build(pages=n_pages)


def _open(data: bytes, path: str) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
            raise EncryptedFile(path, "the PDF is protected by a password: save an unprotected copy") from None
        if getattr(exc, "err_code", None) == pdfium_c.FPDF_ERR_SECURITY:
            raise EncryptedFile(path, "the PDF uses an unsupported security handler") from None
        # pdfium refuses a page tree without pages; its error code for that is not reliable
        # (a stale one from an earlier file), so look at the tree itself
        if EMPTY_PAGE_TREE.search(data) and not ANY_PAGE.search(data):
            raise EmptyFile(path, "the PDF has no pages") from None
        raise CorruptFile(path, f"damaged PDF, cannot be opened ({exc})") from None


# ------------------------------------------------------------------------------- text rows


def _clean(text: str) -> str:
    return text.replace("\r\n", " ").replace("\r", " ").replace("\n", " ").replace("\x00", "")


def _rows(textpage: pdfium.PdfTextPage, page_number: int) -> list[Item]:
    """The page's text rectangles grouped into visual rows, top to bottom."""
    rects = []
    for i in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(i)
        text = _clean(textpage.get_text_bounded(left, bottom, right, top))
        if text.strip():
            rects.append((left, bottom, right, top, text))
    rects.sort(key=lambda r: (-(r[1] + r[3]) / 2, r[0]))
    rows: list[Item] = []
    for left, bottom, right, top, text in rects:
        mid = (bottom + top) / 2
        row = rows[-1] if rows else None
        if isinstance(row, Row) and row.bottom <= mid <= row.top:
            row.segments.append(Segment(left, right, text))
            row.top, row.bottom = max(row.top, top), min(row.bottom, bottom)
        else:
            rows.append(Row(page_number, top, bottom, [Segment(left, right, text)]))
    for row in rows:
        _finish_row(row, textpage)  # type: ignore[arg-type]
    return rows


def _finish_row(row: Row, textpage: pdfium.PdfTextPage) -> None:
    """Sort and merge a row's segments (close ones are one piece of text); font size and weight."""
    row.segments.sort(key=lambda s: s.x0)
    first = row.segments[0]
    index = textpage.get_index(first.x0 + 1, (row.top + row.bottom) / 2, 3, 3)
    if index is not None and index >= 0:
        row.size = pdfium_c.FPDFText_GetFontSize(textpage.raw, index) or row.size
        row.bold = pdfium_c.FPDFText_GetFontWeight(textpage.raw, index) >= BOLD_WEIGHT
    else:
        row.size = max(4.0, (row.top - row.bottom) * 0.85)
    merged: list[Segment] = []
    for seg in row.segments:
        text = seg.text
        if merged and seg.x0 - merged[-1].x1 < 1.5 * row.size:
            last = merged[-1]
            glue = "" if seg.x0 - last.x1 < 0.15 * row.size or last.text.endswith(" ") else " "
            merged[-1] = Segment(last.x0, seg.x1, last.text + glue + text)
        else:
            merged.append(Segment(seg.x0, seg.x1, text))
    row.segments = [Segment(s.x0, s.x1, " ".join(s.text.split())) for s in merged]


# ---------------------------------------------------------------------------------- tables


def _draws_lines(page: pdfium.PdfPage) -> bool:
    count = 0
    for _obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=2):
        count += 1
        if count >= MIN_PATHS_FOR_TABLE:
            return True
    return False


def _insert_tables(data: bytes, pdf: pdfium.PdfDocument, table_pages: list[int], pages: list[list[Item]]) -> None:
    """Find ruled tables with pdfplumber on the given pages; put each in its page's flow in place
    of the rows it covers. Cell text is read with pdfium, like the rest of the text."""
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data), pages=[i + 1 for i in table_pages]) as plumber:
        for index, plumber_page in zip(table_pages, plumber.pages, strict=True):
            tables = plumber_page.find_tables()
            if not tables:
                continue
            height = float(plumber_page.height)
            textpage = pdf[index].get_textpage()
            items = pages[index]
            boxes = []
            for table in tables:
                grid, spans = _table_grid(table, textpage, height)
                if len(grid) < 2 and max(map(len, grid), default=0) < 2:
                    continue  # a framed paragraph, not a table
                x0, top, x1, bottom = table.bbox
                boxes.append((x0, height - bottom, x1, height - top))
                items.append(TableItem(index + 1, height - top, grid, spans))
            kept: list[Item] = []
            for item in items:
                if isinstance(item, Row) and any(_inside(item, box) for box in boxes):
                    continue
                kept.append(item)
            kept.sort(key=lambda it: -it.top)
            pages[index] = kept


def _inside(row: Row, box: tuple[float, float, float, float]) -> bool:
    x0, y0, x1, y1 = box
    mid = (row.top + row.bottom) / 2
    return y0 - 1 <= mid <= y1 + 1 and x0 - 1 <= (row.x0 + row.x1) / 2 <= x1 + 1


def _edges(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > 1.0:
            out.append(v)
    return out


def _nearest(edges: list[float], value: float) -> int:
    return min(range(len(edges)), key=lambda i: abs(edges[i] - value))


def _table_grid(table, textpage: pdfium.PdfTextPage, height: float):
    """pdfplumber's cell boxes to a grid of texts: a merged cell once, None where it covers."""
    cells = [c for row in table.rows for c in row.cells if c is not None]
    xs = _edges([c[0] for c in cells] + [c[2] for c in cells])
    ys = _edges([c[1] for c in cells] + [c[3] for c in cells])
    n_rows, n_cols = len(ys) - 1, len(xs) - 1
    grid: list[list[str | None]] = [[None] * n_cols for _ in range(n_rows)]
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    for x0, top, x1, bottom in cells:
        r, c = _nearest(ys, top), _nearest(xs, x0)
        rs, cs = max(1, _nearest(ys, bottom) - r), max(1, _nearest(xs, x1) - c)
        if r >= n_rows or c >= n_cols:
            continue
        text = textpage.get_text_bounded(x0 + 0.5, height - bottom + 0.5, x1 - 0.5, height - top - 0.5)
        grid[r][c] = repair_soft_hyphens(" ".join(_clean(text).split()))
        if (rs, cs) != (1, 1):
            spans[(r, c)] = (rs, cs)
    covered = {(r + i, c + k) for (r, c), (rs, cs) in spans.items() for i in range(rs) for k in range(cs)}
    for r in range(n_rows):
        for c in range(n_cols):
            if grid[r][c] is None and (r, c) not in covered:
                grid[r][c] = ""
    return grid, spans
