"""Render the seed reports as DOCX and PDF, laid out like real báo cáo.

Run ``python -m corpus.render`` to (re)write ``corpus/rendered/<stem>.docx`` and ``.pdf``.
The outputs are committed so tests never need LibreOffice; rendering twice gives identical
bytes (fixed metadata dates, reportlab's invariant mode, fixed ZIP timestamps).

The building blocks are public for the synthetic-report generator:

- :func:`parse_seed` turns a seed's text into a :class:`Layout` (header columns, blocks);
- :func:`render_docx` and :func:`render_pdf` draw a Layout.

Inline ``**bold**`` and ``*italic*`` in the text are formatting (the seeds came through a
Markdown conversion), not text: :func:`strip_emphasis` gives the text a reader should find.
"""

from __future__ import annotations

import io
import sys
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Literal
from xml.sax.saxutils import escape

import regex

from extract.readers.blocks import infer_header_spans, is_all_caps, looks_like_heading

ROOT = Path(__file__).resolve().parent
SEEDS = ROOT / "seeds"
RENDERED = ROOT / "rendered"
FONTS = ROOT / "fonts"
FIXED_DATE = datetime(2026, 1, 1, 0, 0, 0)

BlockKind = Literal["title", "heading", "paragraph", "table", "signature"]


@dataclass(frozen=True)
class TableLayout:
    rows: tuple[tuple[str, ...], ...]
    spans: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)
    header_rows: int = 0

    @property
    def n_cols(self) -> int:
        return max(len(r) for r in self.rows)


@dataclass(frozen=True)
class LayoutBlock:
    """One block of a report. ``text`` may hold line breaks and ``**bold**`` / ``*italic*``."""

    kind: BlockKind
    text: str = ""
    table: TableLayout | None = None
    left: tuple[str, ...] = ()  # signature: "Nơi nhận" list
    right: tuple[str, ...] = ()  # signature: signer's title lines and name


@dataclass(frozen=True)
class Layout:
    header_left: tuple[str, ...]
    header_right: tuple[str, ...]
    blocks: tuple[LayoutBlock, ...]
    appendix: tuple[LayoutBlock, ...] = ()  # on landscape pages


# ---------------------------------------------------------------- the text of a seed -> Layout

BOLD = regex.compile(r"\*\*(.+?)\*\*", regex.DOTALL)
ITALIC = regex.compile(r"(?<![*\w])\*(?![\s*])([^*\n]+?)(?<!\s)\*(?![*\w])")
BLANK_LINE = regex.compile(r"\n[^\S\n]*\n\s*")
DATE_LINE = regex.compile(r"ngày\s.*tháng", regex.IGNORECASE)
RIGHT_HEADER = regex.compile(r"CỘNG HÒA|CỘNG HOÀ|Độc lập", regex.IGNORECASE)
SENTENCE_END = regex.compile(r"[.;:!?…)”\"]\s*$")
LIST_ITEM = regex.compile(r"^\s*(?:[-+*•]\s|\d{1,2}(?:\.\d{1,2})*\.\s|[a-zđ]\)\s|[IVXLC]{1,6}\.\s)")
RECIPIENTS = regex.compile(r"^\s*(?:\*\*)?Nơi nhận", regex.IGNORECASE)
APPENDIX = regex.compile(r"^\s*PHỤ LỤC\b")
CONTINUATION = regex.compile(r"^\s*[\p{Ll}\d]")  # a line that goes on with the sentence before it


def strip_emphasis(text: str) -> str:
    """The text without its ``**bold**`` / ``*italic*`` markers (a bullet ``* `` stays)."""
    return ITALIC.sub(r"\1", BOLD.sub(r"\1", text))


def _is_table(block: str) -> bool:
    lines = block.split("\n")
    return len(lines) >= 2 and all("\t" in line for line in lines)


def _join_broken_lines(blocks: list[str]) -> list[str]:
    """Join paragraphs a PDF conversion broke mid-sentence (one line per "paragraph")."""
    out: list[str] = []
    for block in blocks:
        prev = out[-1] if out else None
        if (
            prev is not None
            and not _is_table(prev)
            and not _is_table(block)
            and not SENTENCE_END.search(prev)
            and (CONTINUATION.match(block) or prev.rstrip().endswith(","))
            and not looks_like_heading(prev)
            and not looks_like_heading(block)
            and not LIST_ITEM.match(block)
            and not RECIPIENTS.match(block)
            and "\n" not in prev
        ):
            out[-1] = prev + " " + block
        else:
            out.append(block)
    return out


def _table_layout(block: str) -> TableLayout:
    rows = [line.split("\t") for line in block.split("\n")]
    spans = infer_header_spans(rows)
    header_rows = max((r + rs for (r, _c), (rs, _cs) in spans.items()), default=0)
    return TableLayout(tuple(tuple(c.strip() for c in r) for r in rows), spans, header_rows)


def parse_seed(text: str) -> Layout:
    """A seed's text (blocks separated by blank lines) to a Layout.

    Header lines are those before "BÁO CÁO": the date line and the national motto go right,
    the rest (issuer, "Số: ...") left. The block after "BÁO CÁO" is the title. "Nơi nhận" and
    the blocks after it up to the signer's name make the signature block. A "PHỤ LỤC" followed
    by a table starts the landscape appendix.
    """
    blocks = [b.strip() for b in BLANK_LINE.split(text.replace("\r\n", "\n")) if b.strip()]
    title_at = next(
        (i for i, b in enumerate(blocks[:10]) if strip_emphasis(b).strip().upper() == "BÁO CÁO"), None
    )
    left: list[str] = []
    right: list[str] = []
    if title_at is not None:
        for block in blocks[:title_at]:
            for line in block.split("\n"):
                (right if DATE_LINE.search(line) or RIGHT_HEADER.search(line) else left).append(line.strip())
        blocks = blocks[title_at:]
    blocks = _join_broken_lines(blocks)
    body: list[LayoutBlock] = []
    appendix: list[LayoutBlock] = []
    target = body
    i = 0
    if title_at is not None:
        body.append(LayoutBlock("title", blocks[0]))
        if len(blocks) > 1:
            body.append(LayoutBlock("title", blocks[1]))
        i = 2
    while i < len(blocks):
        block = blocks[i]
        if APPENDIX.match(block) and any(_is_table(b) for b in blocks[i + 1 :]):
            target = appendix
        if _is_table(block):
            target.append(LayoutBlock("table", table=_table_layout(block)))
        elif RECIPIENTS.match(block) and target is body:
            sig_left = block.split("\n")
            i += 1
            while i < len(blocks) and all(line.lstrip().startswith("-") for line in blocks[i].split("\n")):
                sig_left.extend(blocks[i].split("\n"))
                i += 1
            sig_right: list[str] = []
            while i < len(blocks) and len(sig_right) < 6 and not APPENDIX.match(blocks[i]):
                lines = strip_emphasis(blocks[i]).split("\n")  # the signer block is bold anyway
                if _is_table(blocks[i]) or any(len(line) > 80 for line in lines):
                    break
                sig_right.extend(lines)
                i += 1
                if not is_all_caps(strip_emphasis(blocks[i - 1]), min_letters=2):
                    break  # the signer's name closes the block
            target.append(LayoutBlock("signature", left=tuple(sig_left), right=tuple(sig_right)))
            continue
        elif looks_like_heading(strip_emphasis(block)):
            target.append(LayoutBlock("heading", block))
        else:
            target.append(LayoutBlock("paragraph", block))
        i += 1
    return Layout(tuple(left), tuple(right), tuple(body), tuple(appendix))


def _join_emphasis(text: str) -> list[tuple[str, bool, bool]]:
    """Text with ``**``/``*`` markers to runs of (text, bold, italic)."""
    runs: list[tuple[str, bool, bool]] = []
    pos = 0
    pattern = regex.compile(BOLD.pattern + "|" + ITALIC.pattern, regex.DOTALL)
    for m in pattern.finditer(text):
        if m.start() > pos:
            runs.append((text[pos : m.start()], False, False))
        if m.group(1) is not None:
            runs.append((m.group(1), True, False))
        else:
            runs.append((m.group(2), False, True))
        pos = m.end()
    if pos < len(text):
        runs.append((text[pos:], False, False))
    return runs


# ---------------------------------------------------------------------------------------- PDF


def _register_fonts() -> None:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    registered = set(pdfmetrics.getRegisteredFontNames())
    for name in ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"):
        if name not in registered:  # another caller may have registered some of them already
            pdfmetrics.registerFont(TTFont(name, str(FONTS / f"{name}.ttf")))
    addMapping("DejaVuSerif", 0, 0, "DejaVuSerif")
    addMapping("DejaVuSerif", 1, 0, "DejaVuSerif-Bold")
    addMapping("DejaVuSerif", 0, 1, "DejaVuSerif-Italic")
    addMapping("DejaVuSerif", 1, 1, "DejaVuSerif-Bold")  # no bold italic face shipped


def _markup(text: str) -> str:
    """Reportlab paragraph markup: escaped text, <b>/<i> for emphasis, <br/> for line breaks."""
    out = []
    for chunk, bold, italic in _join_emphasis(text):
        piece = escape(chunk).replace("\n", "<br/>")
        if bold:
            piece = f"<b>{piece}</b>"
        if italic:
            piece = f"<i>{piece}</i>"
        out.append(piece)
    return "".join(out)


def _pdf_styles() -> dict:
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm

    base = ParagraphStyle("body", fontName="DejaVuSerif", fontSize=13, leading=17.5, alignment=TA_JUSTIFY,
                          firstLineIndent=1 * cm, spaceAfter=5)
    return {
        "body": base,
        "heading": ParagraphStyle("heading", parent=base, fontName="DejaVuSerif-Bold", alignment=TA_LEFT),
        "report": ParagraphStyle("report", parent=base, fontName="DejaVuSerif-Bold", fontSize=14, leading=18,
                                 alignment=TA_CENTER, firstLineIndent=0, spaceBefore=14, spaceAfter=2),
        "title": ParagraphStyle("title", parent=base, fontName="DejaVuSerif-Bold", alignment=TA_CENTER,
                                firstLineIndent=0, spaceAfter=12),
        "header": ParagraphStyle("header", parent=base, fontSize=12, leading=15, alignment=TA_CENTER,
                                 firstLineIndent=0, spaceAfter=0),
        "recipients": ParagraphStyle("recipients", parent=base, fontSize=11, leading=13.5, alignment=TA_LEFT,
                                     firstLineIndent=0, spaceAfter=0),
        "signer": ParagraphStyle("signer", parent=base, fontName="DejaVuSerif-Bold", alignment=TA_CENTER,
                                 firstLineIndent=0, spaceAfter=0),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=9.5, alignment=TA_CENTER,
                               firstLineIndent=0, spaceAfter=0),
    }


def _two_columns(left: list, right: list, width: float, split: float = 0.42):
    from reportlab.platypus import Table, TableStyle

    table = Table([[left, right]], colWidths=[width * split, width * (1 - split)])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _pdf_table(layout: TableLayout, width: float, styles: dict):
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    n = layout.n_cols
    narrow, wide = 0.06 * width, 0.13 * width
    rest = (width - narrow - wide) / (n - 2) if n > 2 else width / n
    widths = [narrow, wide] + [rest] * (n - 2) if n > 2 else [width / n] * n
    data = [[Paragraph(_markup(c), styles["cell"]) for c in row] + [""] * (n - len(row)) for row in layout.rows]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    for (r, c), (rs, cs) in layout.spans.items():
        style.append(("SPAN", (c, r), (c + cs - 1, r + rs - 1)))
    for r in range(layout.header_rows):
        style.append(("FONTNAME", (0, r), (-1, r), "DejaVuSerif-Bold"))
    table = Table(data, colWidths=widths[:n], repeatRows=layout.header_rows)
    table.setStyle(TableStyle(style))
    return table


def _pdf_flowables(blocks: Sequence[LayoutBlock], width: float, styles: dict) -> list:
    from reportlab.platypus import Paragraph, Spacer

    out: list = []
    titles = 0
    for block in blocks:
        if block.kind == "title":
            out.append(Paragraph(_markup(block.text), styles["report" if titles == 0 else "title"]))
            titles += 1
        elif block.kind == "heading":
            style = styles["title"] if APPENDIX.match(block.text) else styles["heading"]
            out.append(Paragraph(_markup(block.text), style))
        elif block.kind == "paragraph":
            out.append(Paragraph(_markup(block.text), styles["body"]))
        elif block.kind == "table" and block.table is not None:
            out.append(_pdf_table(block.table, width, styles))
        elif block.kind == "signature":
            left = [Paragraph(_markup(line), styles["recipients"]) for line in block.left]
            right = []
            for n, line in enumerate(block.right):
                if n == len(block.right) - 1 and len(block.right) > 1:
                    right.append(Spacer(1, 60))  # room for the signature and the seal
                right.append(Paragraph(_markup(strip_emphasis(line)), styles["signer"]))
            out.append(Spacer(1, 8))
            out.append(_two_columns(left, right, width, split=0.5))
    return out


def render_pdf(layout: Layout, path: str | Path, title: str = "Báo cáo") -> None:
    """Draw a Layout as an A4 PDF (DejaVu Serif 13 pt; the appendix on landscape pages)."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
    )

    _register_fonts()
    styles = _pdf_styles()
    margins = {"left": 30 * mm, "right": 15 * mm, "top": 20 * mm, "bottom": 20 * mm}

    def page_number(canvas, doc) -> None:  # Nghị định 30/2020: from page 2, centred at the top
        if doc.page > 1:
            canvas.saveState()
            canvas.setFont("DejaVuSerif", 12)
            width, height = canvas._pagesize
            canvas.drawCentredString(width / 2, height - 12 * mm, str(doc.page))
            canvas.restoreState()

    def frame(size) -> Frame:
        w, h = size
        return Frame(margins["left"], margins["bottom"], w - margins["left"] - margins["right"],
                     h - margins["top"] - margins["bottom"], leftPadding=0, rightPadding=0, topPadding=0,
                     bottomPadding=0)

    portrait_size, landscape_size = A4, landscape(A4)
    doc = BaseDocTemplate(str(path), pagesize=A4, invariant=1, title=title, author="baocao corpus",
                          creator="baocao corpus.render", producer="baocao corpus.render", subject="")
    doc.addPageTemplates([
        PageTemplate("portrait", frames=[frame(portrait_size)], onPage=page_number, pagesize=portrait_size),
        PageTemplate("landscape", frames=[frame(landscape_size)], onPage=page_number, pagesize=landscape_size),
    ])
    width = portrait_size[0] - margins["left"] - margins["right"]
    story: list = []
    if layout.header_left or layout.header_right:
        left = [Paragraph(_markup(line), styles["header"]) for line in layout.header_left]
        right = [Paragraph(_markup(line), styles["header"]) for line in layout.header_right]
        story.append(_two_columns(left, right, width))
    story.extend(_pdf_flowables(layout.blocks, width, styles))
    if layout.appendix:
        story.extend([NextPageTemplate("landscape"), PageBreak()])
        wide = landscape_size[0] - margins["left"] - margins["right"]
        story.extend(_pdf_flowables(layout.appendix, wide, styles))
    doc.build(story)


# --------------------------------------------------------------------------------------- DOCX


def _docx_runs(paragraph, text: str, bold: bool = False, size: float | None = None) -> None:
    from docx.shared import Pt

    for chunk, b, it in _join_emphasis(text):
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


def render_seed(seed: Path, out_dir: Path = RENDERED) -> tuple[Path, Path]:
    """Render one seed to ``<out_dir>/<stem>.docx`` and ``.pdf``; returns both paths."""
    layout = parse_seed(seed.read_text(encoding="utf-8"))
    out_dir.mkdir(parents=True, exist_ok=True)
    docx_path, pdf_path = out_dir / f"{seed.stem}.docx", out_dir / f"{seed.stem}.pdf"
    render_docx(layout, docx_path, title=seed.stem)
    render_pdf(layout, pdf_path, title=seed.stem)
    return docx_path, pdf_path


def main(argv: Sequence[str] | None = None) -> int:
    seeds = [Path(a) for a in (argv if argv is not None else sys.argv[1:])] or sorted(SEEDS.glob("*.txt"))
    for seed in seeds:
        for path in render_seed(seed):
            print(path.relative_to(ROOT.parent) if path.is_relative_to(ROOT.parent) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
