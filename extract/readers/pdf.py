"""PDF reports: text and ruled tables through pypdfium2, paragraphs rebuilt.

pypdfium2 reads the text layer fast (about a millisecond a page). Ruled tables are found only on
pages that draw at least a few paths (counted with raw pdfium calls): their line and rectangle
segments go through pdfplumber's table geometry (``pdfplumber.table``: snap, join, intersect,
cells), without pdfplumber's pure-Python page parser, so a table page costs milliseconds, not a
quarter of a second. The text inside a table is read once, as the table, not again in the flow.
The layout rules (page numbers, running headers, two-column zones, broken lines) are in
:mod:`pdf_layout`.
"""

from __future__ import annotations

import bisect
import ctypes
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
OBJECT_HEADER = re.compile(rb"\d+\s+\d+\s+obj\b")
EMPTY_PAGE_TREE = re.compile(rb"/Type\s*/Pages\b[^>]*/Count\s+0\b|/Count\s+0\b[^>]*/Type\s*/Pages\b")
ANY_PAGE = re.compile(rb"/Type\s*/Page(?!s)\b")


def read_pdf(data: bytes, source: Source) -> Document:
    """A PDF report to a Document, with ``Block.page`` and ``Document.pages`` set.

    pdfium opens the file first (bytes after ``%%EOF`` do not matter); a missing ``%%EOF`` only
    explains why a file could not be opened. Raises EncryptedFile (password), CorruptFile (damaged, truncated), EmptyFile (no pages),
    NoTextLayer (scanned pages only: needs OCR).
    """
    pdf = _open(data, source.path)
    try:
        n_pages = len(pdf)
        if n_pages == 0:
            raise EmptyFile(source.path, "the PDF has no pages")
        pages: list[list[Item]] = []
        table_pages: list[int] = []
        textpages: dict[int, tuple[pdfium.PdfPage, pdfium.PdfTextPage]] = {}
        total_chars = 0
        for index in range(n_pages):
            page = pdf[index]
            textpage = page.get_textpage()
            total_chars += textpage.count_chars()
            pages.append(_rows(textpage, index + 1))
            if _draws_lines(page):
                table_pages.append(index)
                textpages[index] = (page, textpage)
        if total_chars == 0:
            raise NoTextLayer(source.path, "no text layer: needs OCR (the pages are images)")
        if table_pages:
            _insert_tables(table_pages, pages, textpages)
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
        # bytes after %%EOF (a mail gateway's padding) are harmless; a missing one explains the failure
        if _truncated(data):
            raise CorruptFile(path, "truncated PDF: the file ends before its %%EOF end marker; get the complete file") from None
        raise CorruptFile(path, f"damaged PDF, cannot be opened ({exc})") from None


def _truncated(data: bytes) -> bool:
    """No %%EOF, or PDF objects after the last one (a linearized file cut after its first part)."""
    last = data.rfind(b"%%EOF")
    return last < 0 or OBJECT_HEADER.search(data, last) is not None


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
#
# Ruled tables are found from the page's path objects, read through pdfium, with pdfplumber's
# own table geometry (snap and join the edges, intersect them, cells, tables: the functions of
# pdfplumber.table with its default "lines" settings). pdfplumber's page parser (pdfminer, a
# pure-Python content-stream interpreter, ~250 ms a page) is never run.

SNAP_TOLERANCE = 3.0  # pdfplumber's TableSettings defaults
JOIN_TOLERANCE = 3.0
EDGE_MIN_LENGTH = 3.0
INTERSECTION_TOLERANCE = 3.0


def _count_paths(raw_objects: list, limit: int) -> int:
    count = 0
    for raw in raw_objects:
        kind = pdfium_c.FPDFPageObj_GetType(raw)
        if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            count += 1
        elif kind == pdfium_c.FPDF_PAGEOBJ_FORM:
            count += _count_paths([pdfium_c.FPDFFormObj_GetObject(raw, i)
                                   for i in range(pdfium_c.FPDFFormObj_CountObjects(raw))], limit - count)
        if count >= limit:
            break
    return count


def _draws_lines(page: pdfium.PdfPage) -> bool:
    """Whether the page draws enough paths to hold a ruled table (raw calls: no object wrappers)."""
    raw = page.raw
    objects = (pdfium_c.FPDFPage_GetObject(raw, i) for i in range(pdfium_c.FPDFPage_CountObjects(raw)))
    return _count_paths(list(objects), MIN_PATHS_FOR_TABLE) >= MIN_PATHS_FOR_TABLE


def _object_matrix(obj) -> pdfium.PdfMatrix:
    """The object's matrix to page space, through the Form XObjects that contain it."""
    matrix = obj.get_matrix()
    container = obj.container
    while container is not None:
        matrix = matrix.multiply(container.get_matrix())
        container = container.container
    return matrix


def _path_edges(page: pdfium.PdfPage, page_top: float) -> list[dict]:
    """Horizontal and vertical edges of every path (lines, rectangles, polylines), pdfplumber-style
    dicts in top-down coordinates: a subpath gives one edge per segment, as pdfminer's shapes do."""
    edges: list[dict] = []
    x, y = ctypes.c_float(), ctypes.c_float()
    paths = 0
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=2):
        paths += 1
        raw = obj.raw
        n = pdfium_c.FPDFPath_CountSegments(raw)
        if n < 2:
            continue
        on_point = _object_matrix(obj).on_point
        subpaths: list[list[tuple[float, float]]] = []
        for i in range(n):
            seg = pdfium_c.FPDFPath_GetPathSegment(raw, i)
            if not pdfium_c.FPDFPathSegment_GetPoint(seg, ctypes.byref(x), ctypes.byref(y)):
                continue
            px, py = on_point(x.value, y.value)
            point = (px, page_top - py)
            if pdfium_c.FPDFPathSegment_GetType(seg) == pdfium_c.FPDF_SEGMENT_MOVETO or not subpaths:
                subpaths.append([point])
            else:
                subpaths[-1].append(point)
            if pdfium_c.FPDFPathSegment_GetClose(seg) and len(subpaths[-1]) > 1:
                subpaths[-1].append(subpaths[-1][0])
        for points in subpaths:
            for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
                if abs(x0 - x1) < 1e-3:
                    orientation = "v"
                elif abs(y0 - y1) < 1e-3:
                    orientation = "h"
                else:
                    continue  # a slanted segment never bounds a cell
                top, bottom = min(y0, y1), max(y0, y1)
                edges.append({"object_type": "path_edge", "x0": min(x0, x1), "x1": max(x0, x1), "top": top,
                              "doctop": top, "bottom": bottom, "width": abs(x1 - x0), "height": bottom - top,
                              "orientation": orientation})
    return edges if paths >= MIN_PATHS_FOR_TABLE else []


def _find_tables(page: pdfium.PdfPage, page_top: float) -> list:
    """pdfplumber.table.Table objects of the ruled tables on this page (cells in top-down coords)."""
    edges = _path_edges(page, page_top)
    if not edges:
        return []
    from pdfplumber import table as plumber_table
    from pdfplumber.utils import filter_edges

    edges = filter_edges(edges, min_length=1)
    if sum(e["orientation"] == "v" for e in edges) < 2 or sum(e["orientation"] == "h" for e in edges) < 2:
        return []
    edges = plumber_table.merge_edges(edges, SNAP_TOLERANCE, SNAP_TOLERANCE, JOIN_TOLERANCE, JOIN_TOLERANCE)
    edges = filter_edges(edges, min_length=EDGE_MIN_LENGTH)
    intersections = plumber_table.edges_to_intersections(edges, INTERSECTION_TOLERANCE, INTERSECTION_TOLERANCE)
    cells = plumber_table.intersections_to_cells(intersections)
    return [plumber_table.Table(None, group) for group in plumber_table.cells_to_tables(cells)]  # type: ignore[arg-type]


def _insert_tables(table_pages: list[int], pages: list[list[Item]],
                   textpages: dict[int, tuple[pdfium.PdfPage, pdfium.PdfTextPage]]) -> None:
    """Find the ruled tables on the given pages; put each in its page's flow in place of the rows
    it covers. Cell text is read with pdfium, like the rest of the text."""
    for index in table_pages:
        page, textpage = textpages[index]
        page_top = float(page.get_bbox()[3])
        tables = _find_tables(page, page_top)
        if not tables:
            continue
        items = pages[index]
        boxes = []
        for table in tables:
            grid, spans = _table_grid(table, textpage, page_top)
            if len(grid) < 2 and max(map(len, grid), default=0) < 2:
                continue  # a framed paragraph, not a table
            x0, top, x1, bottom = table.bbox
            boxes.append((x0, page_top - bottom, x1, page_top - top))
            items.append(TableItem(index + 1, page_top - top, grid, spans))
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
    """Index of the edge closest to ``value`` in sorted ``edges`` (the first one on a tie)."""
    i = bisect.bisect_left(edges, value)
    if i == 0:
        return 0
    if i == len(edges):
        return len(edges) - 1
    return i - 1 if value - edges[i - 1] <= edges[i] - value else i


def _table_grid(table, textpage: pdfium.PdfTextPage, page_top: float):
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
        text = textpage.get_text_bounded(x0 + 0.5, page_top - bottom + 0.5, x1 - 0.5, page_top - top - 0.5)
        grid[r][c] = repair_soft_hyphens(" ".join(_clean(text).split()))
        if (rs, cs) != (1, 1):
            spans[(r, c)] = (rs, cs)
    covered = {(r + i, c + k) for (r, c), (rs, cs) in spans.items() for i in range(rs) for k in range(cs)}
    for r in range(n_rows):
        for c in range(n_cols):
            if grid[r][c] is None and (r, c) not in covered:
                grid[r][c] = ""
    return grid, spans
