"""Draw a :class:`~corpus.rendering.layout.Layout` as an A4 PDF with reportlab (DejaVu Serif
13 pt, page numbers from page 2, the appendix on landscape pages); deterministic bytes
(reportlab's invariant mode)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from corpus.rendering.layout import APPENDIX, Layout, LayoutBlock, TableLayout, emphasis_runs, strip_emphasis

FONTS = Path(__file__).resolve().parent.parent / "fonts"


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
    for chunk, bold, italic in emphasis_runs(text):
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
