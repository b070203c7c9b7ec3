"""DOCX reports: paragraphs and tables in body order, merged cells once, layout tables as lines.

Real reports put their official header (issuer and "Số: ..." left; national motto and the date
line right) and often their signature block in borderless two-column tables. Those are read
as lines - the left column's, then the right column's - so that later steps find "Số:" and the
date line as paragraphs of their own; every other table is a Table with its merged cells once.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

import regex
from docx import Document as open_docx
from docx.oxml.ns import qn

from extract.document import Document, DocumentBuilder, Source
from extract.readers.blocks import is_all_caps, looks_like_heading

# words that only the header or signature block of a report carries
LAYOUT_CUE = regex.compile(
    r"^\s*Số\s*:|CỘNG\s+HÒA|CỘNG\s+HOÀ|Độc\s+lập|ngày\s+\S*\s*tháng|Nơi\s+nhận|"
    r"\b(?:TM|KT|TL|TUQ)\.\s|CHỦ\s+TỊCH|GIÁM\s+ĐỐC",
    regex.IGNORECASE,
)
MAX_LAYOUT_ROWS = 6
HEADING_STYLE = regex.compile(r"^(?:Heading|Title|Subtitle)\b", regex.IGNORECASE)
VISIBLE_BORDER = {"single", "thick", "double", "dotted", "dashed", "triple", "dotDash", "dotDotDash"}


def read_docx(data: bytes, source: Source) -> Document:
    """A DOCX report to a Document; pages from docProps/app.xml when Word recorded them."""
    docx = open_docx(io.BytesIO(data))
    builder = DocumentBuilder(source)
    body = docx.element.body
    children = list(_content_children(body, (qn("w:p"), qn("w:tbl"))))
    tables = [i for i, el in enumerate(children) if el.tag == qn("w:tbl")]
    texts = [i for i, el in enumerate(children) if el.tag == qn("w:p") and _paragraph_text(el).strip()]
    first_text = texts[0] if texts else len(children)
    last_text = texts[-1] if texts else -1
    for i, el in enumerate(children):
        if el.tag == qn("w:p"):
            text = _paragraph_text(el)
            builder.add_block(text, _paragraph_kind(el, text, docx))
            continue
        grid, spans = _table_grid(el)
        at_edge = i < first_text or i > last_text or i in (tables[0], tables[-1])
        if _is_layout_table(el, grid, at_edge, docx):
            for line in _column_lines(grid):
                builder.add_block(line, "heading" if looks_like_heading(line) else "paragraph")
        else:
            builder.add_table(grid, spans=spans)
    return builder.build(pages=_page_count(data))


# ------------------------------------------------------------------------------ paragraphs

# elements that only wrap content: content controls, custom XML, smart tags
WRAPPERS = {qn("w:sdt"), qn("w:customXml"), qn("w:smartTag")}


def _content_children(parent, tags: tuple[str, ...]) -> Iterator:
    """The children of ``parent`` with one of ``tags``, in document order, looking through
    content controls (w:sdt/w:sdtContent) and custom XML wrappers at any depth."""
    for el in parent.iterchildren():
        if el.tag in tags:
            yield el
        elif el.tag == qn("w:sdt"):
            content = el.find(qn("w:sdtContent"))
            if content is not None:
                yield from _content_children(content, tags)
        elif el.tag in WRAPPERS:
            yield from _content_children(el, tags)



def _paragraph_text(p) -> str:
    """A w:p's text with w:br as line breaks and w:tab as tabs (hyperlinks and fields included)."""
    parts: list[str] = []
    for el in p.iter(qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr"), qn("w:noBreakHyphen")):
        tag = el.tag
        if tag == qn("w:t"):
            parts.append(el.text or "")
        elif tag == qn("w:tab"):
            if el.getparent() is not None and el.getparent().tag == qn("w:r"):
                parts.append("\t")
        elif tag == qn("w:noBreakHyphen"):
            parts.append("-")
        else:
            parts.append("\n")
    return "".join(parts)


def _style_name(p, docx) -> str:
    ppr = p.find(qn("w:pPr"))
    style = ppr.find(qn("w:pStyle")) if ppr is not None else None
    if style is None:
        return ""
    style_id = style.get(qn("w:val")) or ""
    try:
        return docx.styles.element.get_by_id(style_id).name_val or style_id
    except AttributeError:
        return style_id


def _all_bold(p) -> bool:
    runs = [r for r in p.iter(qn("w:r")) if "".join(t.text or "" for t in r.iter(qn("w:t"))).strip()]
    if not runs:
        return False
    for r in runs:
        rpr = r.find(qn("w:rPr"))
        b = rpr.find(qn("w:b")) if rpr is not None else None
        if b is None or b.get(qn("w:val")) in ("0", "false", "off"):
            return False
    return True


def _paragraph_kind(p, text: str, docx) -> str:
    if HEADING_STYLE.match(_style_name(p, docx)):
        return "heading"
    one_line = text.strip() and "\n" not in text.strip()
    if one_line and _all_bold(p) and len(text) <= 160 and (is_all_caps(text) or looks_like_heading(text)):
        return "heading"
    return "heading" if looks_like_heading(text) else "paragraph"


# ---------------------------------------------------------------------------------- tables


def _cell_text(tc) -> str:
    """All text in a cell, nested tables included (their cells joined by spaces)."""
    lines = [_paragraph_text(p) for p in tc.iter(qn("w:p"))]
    return "\n".join(line for line in lines if line.strip())


def _int_attr(el, tag: str, default: int) -> int:
    node = el.find(tag) if el is not None else None
    try:
        return int(node.get(qn("w:val"))) if node is not None else default
    except (TypeError, ValueError):
        return default


def _table_grid(tbl) -> tuple[list[list[str | None]], dict[tuple[int, int], tuple[int, int]]]:
    """The table as a grid of texts: a merged cell at its top-left corner, None where it covers."""
    rows: list[list[str | None]] = []
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    open_vmerge: dict[int, tuple[int, int]] = {}  # grid column -> (row, col) of the cell it continues
    for r, tr in enumerate(_content_children(tbl, (qn("w:tr"),))):
        row: list[str | None] = []
        trpr = tr.find(qn("w:trPr"))
        row.extend([""] * _int_attr(trpr, qn("w:gridBefore"), 0))
        for tc in _row_cells(tr):
            tcpr = tc.find(qn("w:tcPr"))
            col_span = max(1, _int_attr(tcpr, qn("w:gridSpan"), 1))
            vmerge = tcpr.find(qn("w:vMerge")) if tcpr is not None else None
            col = len(row)
            if vmerge is not None and vmerge.get(qn("w:val")) != "restart" and col in open_vmerge:
                top = open_vmerge[col]
                rs, cs = spans.get(top, (1, col_span))
                spans[top] = (r - top[0] + 1, cs)
                row.extend([None] * col_span)
                continue
            row.append(_cell_text(tc))
            row.extend([None] * (col_span - 1))
            for c in range(col, col + col_span):
                open_vmerge.pop(c, None)
            if vmerge is not None:
                open_vmerge[col] = (r, col)
            if col_span > 1 or vmerge is not None:
                spans[(r, col)] = (1, col_span)
        rows.append(row)
    spans = {k: v for k, v in spans.items() if v != (1, 1)}
    return rows, spans


def _row_cells(tr) -> Iterator:
    """The w:tc of a row, looking through w:sdt content controls and custom XML."""
    return _content_children(tr, (qn("w:tc"),))


def _has_visible_borders(tbl, docx) -> bool:
    def visible(borders) -> bool:
        return borders is not None and any(b.get(qn("w:val")) in VISIBLE_BORDER for b in borders)

    tblpr = tbl.find(qn("w:tblPr"))
    if tblpr is not None:
        if visible(tblpr.find(qn("w:tblBorders"))):
            return True
        style = tblpr.find(qn("w:tblStyle"))
        if style is not None:
            style_el = docx.styles.element.get_by_id(style.get(qn("w:val")) or "")
            spr = style_el.find(qn("w:tblPr")) if style_el is not None else None
            if spr is not None and visible(spr.find(qn("w:tblBorders"))):
                return True
    return any(visible(b) for b in tbl.iter(qn("w:tcBorders")))


def _is_layout_table(tbl, grid: list[list[str | None]], at_edge: bool, docx) -> bool:
    """The official header or the signature block: 2 columns, few rows, and two of: at the top
    or the end of the body; carrying "Số:", "CỘNG HÒA", a date line, "Nơi nhận" or a signer's
    title; drawn without borders."""
    n_cols = max((len(r) for r in grid), default=0)
    if n_cols != 2 or len(grid) > MAX_LAYOUT_ROWS:
        return False
    text = "\n".join(c for row in grid for c in row if c)
    signs = (at_edge, bool(LAYOUT_CUE.search(text)), not _has_visible_borders(tbl, docx))
    return sum(signs) >= 2


def _column_lines(grid: list[list[str | None]]) -> list[str]:
    """Left column's lines top to bottom, then the right column's."""
    lines: list[str] = []
    for col in range(2):
        for row in grid:
            cell = row[col] if col < len(row) else None
            if cell:
                lines.extend(line for line in cell.split("\n") if line.strip())
    return lines


def _page_count(data: bytes) -> int | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            app = z.read("docProps/app.xml").decode("utf-8", "replace")
    except (KeyError, zipfile.BadZipFile):
        return None
    m = regex.search(r"<(?:\w+:)?Pages>\s*(\d+)\s*<", app)
    return int(m.group(1)) if m and int(m.group(1)) > 0 else None
