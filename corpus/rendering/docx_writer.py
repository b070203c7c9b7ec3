"""Write a :class:`~corpus.rendering.layout.Layout` as an A4 DOCX with python-docx (Times New
Roman 13 pt, the appendix in a landscape section); deterministic bytes (fixed metadata dates,
fixed ZIP timestamps)."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

import regex

from corpus.rendering.layout import APPENDIX, Layout, LayoutBlock, TableLayout, emphasis_runs, strip_emphasis

FIXED_DATE = datetime(2026, 1, 1, 0, 0, 0)


def _docx_runs(paragraph, text: str, bold: bool = False, size: float | None = None) -> None:
    from docx.shared import Pt

    for chunk, b, it in emphasis_runs(text):
        for n, line in enumerate(chunk.split("\n")):
            if n:
                paragraph.add_run().add_break()
            if line:
                run = paragraph.add_run(line)
                run.bold = bold or b or None
                run.italic = it or None
                if size:
                    run.font.size = Pt(size)


def _docx_two_columns(doc, left: Sequence[str], right: Sequence[str], width, split: float = 0.42,
                      left_size: float = 12, right_bold: bool = False, left_align=None) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    table = doc.add_table(rows=1, cols=2)  # no style: borderless, as in real reports
    table.autofit = False
    for cell, lines, share in ((table.cell(0, 0), left, split), (table.cell(0, 1), right, 1 - split)):
        cell.width = int(width * share)
        first = True
        for line in lines or [""]:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            p.alignment = (left_align if cell is table.cell(0, 0) and left_align is not None
                           else WD_ALIGN_PARAGRAPH.CENTER)
            is_right = cell is table.cell(0, 1)
            _docx_runs(p, strip_emphasis(line) if is_right and right_bold else line,
                       bold=is_right and right_bold, size=left_size if not is_right else None)


def _docx_table(doc, layout: TableLayout) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    n = layout.n_cols
    table = doc.add_table(rows=len(layout.rows), cols=n)
    table.style = "Table Grid"
    covered = {(r + i, c + k) for (r, c), (rs, cs) in layout.spans.items()
               for i in range(rs) for k in range(cs) if (i, k) != (0, 0)}
    for r, row in enumerate(layout.rows):
        for c in range(n):
            if (r, c) in covered:
                continue
            text = row[c] if c < len(row) else ""
            p = table.cell(r, c).paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _docx_runs(p, text, bold=r < layout.header_rows, size=8)
    for (r, c), (rs, cs) in layout.spans.items():
        table.cell(r, c).merge(table.cell(r + rs - 1, c + cs - 1))


def _docx_blocks(doc, blocks: Sequence[LayoutBlock], width) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    titles = 0
    for block in blocks:
        if block.kind == "table" and block.table is not None:
            _docx_table(doc, block.table)
            continue
        if block.kind == "signature":
            _docx_two_columns(doc, block.left, block.right, width, split=0.5, left_size=11, right_bold=True,
                              left_align=WD_ALIGN_PARAGRAPH.LEFT)
            continue
        p = doc.add_paragraph()
        fmt = p.paragraph_format
        if block.kind == "title" or (block.kind == "heading" and APPENDIX.match(block.text)):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _docx_runs(p, block.text, bold=True, size=14 if titles == 0 and block.kind == "title" else None)
            titles += block.kind == "title"
            fmt.space_after = Pt(6)
        elif block.kind == "heading":
            fmt.first_line_indent = Cm(1)
            _docx_runs(p, block.text, bold=True)
        else:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            fmt.first_line_indent = Cm(1)
            _docx_runs(p, block.text)


def _deterministic_zip(data: bytes) -> bytes:
    """Rewrite a DOCX package with fixed member timestamps so equal input gives equal bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            blob = src.read(info.filename)
            if info.filename == "docProps/app.xml":  # the template's stale statistics ("1 page")
                blob = regex.sub(rb"<(Pages|Words|Characters|CharactersWithSpaces|Lines|Paragraphs)>\d*</\1>", b"", blob)
            dst.writestr(fixed, blob)
    return out.getvalue()


def render_docx(layout: Layout, path: str | Path, title: str = "Báo cáo") -> None:
    """Write a Layout as an A4 DOCX (Times New Roman 13 pt; the appendix in a landscape section)."""
    from docx import Document as DocxDocument
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.shared import Mm, Pt

    doc = DocxDocument()
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(13)
    normal.paragraph_format.space_after = Pt(4)
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    width = section.page_width - section.left_margin - section.right_margin
    if layout.header_left or layout.header_right:
        _docx_two_columns(doc, layout.header_left, layout.header_right, width)
    _docx_blocks(doc, layout.blocks, width)
    if layout.appendix:
        wide = doc.add_section(WD_SECTION.NEW_PAGE)
        wide.orientation = WD_ORIENT.LANDSCAPE
        wide.page_width, wide.page_height = Mm(297), Mm(210)
        _docx_blocks(doc, layout.appendix, wide.page_width - wide.left_margin - wide.right_margin)
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = title, "baocao corpus", "baocao corpus"
    props.created = props.modified = props.last_printed = FIXED_DATE
    props.revision = 1
    buffer = io.BytesIO()
    doc.save(buffer)
    Path(path).write_bytes(_deterministic_zip(buffer.getvalue()))
