"""PDF reader on PDFs built here with reportlab: furniture, broken lines, columns, bad files."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT
from hypothesis import given
from hypothesis import strategies as st
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from extract.errors import CorruptFile, EmptyFile, EncryptedFile, NoTextLayer
from extract.readers import read_document
from extract.readers.pdf_layout import repair_soft_hyphens

FONT = "DejaVuSerif"
if FONT not in pdfmetrics.getRegisteredFontNames():
    pdfmetrics.registerFont(TTFont(FONT, str(ROOT / "corpus" / "fonts" / "DejaVuSerif.ttf")))
WIDTH, HEIGHT = A4
LEFT = 30 * mm
LINE = 18


def _pdf(path: Path, pages: list[list[tuple[float, float, str]]], furniture: bool = True, **kw) -> Path:
    """Draw (x, y-from-top, text) lines on pages; a running header and a page number on each."""
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1, **kw)
    for number, lines in enumerate(pages, start=1):
        c.setFont(FONT, 10)
        if furniture:
            c.drawCentredString(WIDTH / 2, HEIGHT - 12 * mm, "UBND XÃ AN BÌNH - BÁO CÁO THÁNG 4/2026")
            c.drawCentredString(WIDTH / 2, 10 * mm, f"Trang {number}" if number % 2 else f"- {number} -")
        c.setFont(FONT, 13)
        for x, y, text in lines:
            c.drawString(x, HEIGHT - y, text)
        c.showPage()
    c.save()
    return path


def _body(first: str, n: int, top: float = 40 * mm) -> list[tuple[float, float, str]]:
    return [(LEFT + (10 * mm if i == 0 else 0), top + i * LINE, f"{first} dòng {i + 1} của đoạn văn bản này") for i in range(n)]


def test_page_numbers_and_running_header_are_dropped(tmp_path: Path):
    path = _pdf(tmp_path / "two.pdf", [_body("Trang một", 3), _body("Trang hai", 3)])
    doc = read_document(path)
    doc.check_offsets()
    assert doc.source.pages == 2
    assert "BÁO CÁO THÁNG" not in doc.text
    assert "Trang 1" not in doc.text and "- 2 -" not in doc.text
    assert "Trang một dòng 1" in doc.text and "Trang hai dòng 3" in doc.text
    assert {b.page for b in doc.blocks} == {1, 2}
    assert [p.number for p in doc.pages] == [1, 2]


def test_a_sentence_broken_across_lines_comes_back_joined(tmp_path: Path):
    lines = [
        (LEFT + 10 * mm, 40 * mm, "Tổng số hồ sơ tiếp nhận trong kỳ là"),
        (LEFT, 40 * mm + LINE, "1.132 hồ sơ, trong đó trực tuyến 1.130 hồ sơ."),
        (LEFT + 10 * mm, 40 * mm + 2 * LINE, "Đoạn sau bắt đầu ở đây."),
    ]
    doc = read_document(_pdf(tmp_path / "broken.pdf", [lines]))
    blocks = [doc.block_text(b) for b in doc.blocks]
    assert "Tổng số hồ sơ tiếp nhận trong kỳ là 1.132 hồ sơ, trong đó trực tuyến 1.130 hồ sơ." in blocks
    assert "Đoạn sau bắt đầu ở đây." in blocks


def test_a_paragraph_continues_over_a_page_break(tmp_path: Path):
    page1 = [(LEFT + 10 * mm, 40 * mm, "Kết quả giải quyết hồ sơ trong kỳ đạt tỷ lệ"), (LEFT, 40 * mm + LINE, "đúng hạn cao, cụ thể")]
    page2 = [(LEFT, 40 * mm, "như sau: 99,5% hồ sơ được giải quyết đúng hạn.")]
    doc = read_document(_pdf(tmp_path / "over.pdf", [page1, page2]))
    assert "đúng hạn cao, cụ thể như sau: 99,5% hồ sơ" in doc.text
    block = next(b for b in doc.blocks if "cụ thể như sau" in doc.block_text(b))
    assert block.page == 1


def test_the_two_column_header_is_read_column_by_column(tmp_path: Path):
    left_x, right_x = LEFT + 5 * mm, LEFT + 85 * mm
    lines = [
        (left_x, 25 * mm, "ỦY BAN NHÂN DÂN"), (right_x, 25 * mm, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        (left_x, 25 * mm + LINE, "XÃ AN BÌNH"), (right_x, 25 * mm + LINE, "Độc lập - Tự do - Hạnh phúc"),
        (left_x, 25 * mm + 2 * LINE, "Số: 12/BC-UBND"), (right_x, 25 * mm + 2 * LINE, "An Bình, ngày 20 tháng 4 năm 2026"),
        (LEFT, 25 * mm + 4 * LINE, "Thực hiện Kế hoạch số 20/KH-UBND ngày 06/8/2025 của Ủy ban nhân dân xã về"),
        (LEFT, 25 * mm + 5 * LINE, "công tác cải cách hành chính, Ủy ban nhân dân xã báo cáo như sau."),
    ]
    doc = read_document(_pdf(tmp_path / "header.pdf", [lines], furniture=False))
    blocks = [doc.block_text(b) for b in doc.blocks]
    assert blocks[:6] == [
        "ỦY BAN NHÂN DÂN", "XÃ AN BÌNH", "Số: 12/BC-UBND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "An Bình, ngày 20 tháng 4 năm 2026",
    ]
    assert blocks[6].startswith("Thực hiện Kế hoạch") and blocks[6].endswith("báo cáo như sau.")


def test_a_ruled_table_replaces_its_text_in_the_flow(tmp_path: Path):
    c = canvas.Canvas(str(tmp_path / "table.pdf"), pagesize=A4, invariant=1)
    c.setFont(FONT, 12)
    c.drawString(LEFT, HEIGHT - 30 * mm, "Kết quả theo lĩnh vực:")
    xs, top = [LEFT, LEFT + 60 * mm, LEFT + 100 * mm], HEIGHT - 40 * mm
    rows = [("Lĩnh vực", "Số hồ sơ"), ("Hộ tịch", "343"), ("Chứng thực", "675")]
    for r, row in enumerate(rows):
        for col, text in enumerate(row):
            c.drawString(xs[col] + 2 * mm, top - (r + 1) * 8 * mm + 2.5 * mm, text)
    for r in range(len(rows) + 1):
        c.line(xs[0], top - r * 8 * mm, xs[-1], top - r * 8 * mm)
    for x in xs:
        c.line(x, top, x, top - len(rows) * 8 * mm)
    c.drawString(LEFT, top - 40 * mm, "Trên đây là báo cáo./.")
    c.showPage()
    c.save()
    doc = read_document(tmp_path / "table.pdf")
    doc.check_offsets()
    assert len(doc.tables) == 1
    assert [[c.text for c in row] for row in doc.tables[0].rows] == [list(r) for r in rows]
    assert doc.text.count("Hộ tịch") == 1
    kinds = [b.kind for b in doc.blocks]
    assert kinds.index("table") == 1 and len(kinds) == 3


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("3141/QĐ\ufffeUBND", "3141/QĐ-UBND"),
        ("Đảng bộ \x02 Chủ tịch", "Đảng bộ - Chủ tịch"),
        ("cải\xadcách", "cảicách"),
        ("không đổi", "không đổi"),
    ],
)
def test_repair_soft_hyphens(raw: str, expected: str):
    assert repair_soft_hyphens(raw) == expected


def test_the_002_rendering_has_its_dashes_back(rendered_dir: Path):
    doc = read_document(next(rendered_dir.glob("002_*.pdf")))
    assert "3141/QĐ-" in doc.text and "BCH Đảng bộ-" in doc.text  # pdfium gave U+FFFE for these dashes
    assert "\ufffe" not in doc.text and "\x02" not in doc.text


# ------------------------------------------------------------------------------ bad files


def _good_pdf(tmp_path: Path) -> bytes:
    return _pdf(tmp_path / "good.pdf", [_body("Nội dung", 2)]).read_bytes()


def test_encrypted_pdf(tmp_path: Path):
    from reportlab.lib.pdfencrypt import StandardEncryption

    path = _pdf(tmp_path / "locked.pdf", [_body("Bí mật", 2)], encrypt=StandardEncryption("secret", ownerPassword="owner"))
    with pytest.raises(EncryptedFile) as err:
        read_document(path)
    assert "locked.pdf" in str(err.value)


@pytest.mark.parametrize("cut", [0.5, 0.9])
def test_truncated_pdf(tmp_path: Path, cut: float):
    data = _good_pdf(tmp_path)
    path = tmp_path / "truncated.pdf"
    path.write_bytes(data[: int(len(data) * cut)])
    with pytest.raises(CorruptFile) as err:
        read_document(path)
    assert "truncated.pdf" in str(err.value)


@pytest.mark.parametrize("head", [b"", b"%PDF-1.4\n"], ids=["no-header", "pdf-header"])
def test_random_bytes_named_pdf(tmp_path: Path, head: bytes):
    path = tmp_path / "random.pdf"
    path.write_bytes(head + bytes((i * 97 + 13) % 256 for i in range(4000)) + b"\n%%EOF\n")
    with pytest.raises(CorruptFile) as err:
        read_document(path)
    assert "random.pdf" in str(err.value)


def test_image_only_pdf_needs_ocr(tmp_path: Path):
    c = canvas.Canvas(str(tmp_path / "scan.pdf"), pagesize=A4, invariant=1)
    c.rect(50, 50, 300, 400, fill=1)
    c.showPage()
    c.rect(80, 80, 200, 200)
    c.showPage()
    c.save()
    with pytest.raises(NoTextLayer) as err:
        read_document(tmp_path / "scan.pdf")
    assert "scan.pdf" in str(err.value) and "OCR" in str(err.value)


def test_a_pdf_with_no_pages(tmp_path: Path):
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
    body = b"%PDF-1.4\n"
    offsets = []
    for n, obj in enumerate(objects, start=1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % n + obj + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 3\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    body += b"trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    path = tmp_path / "nopages.pdf"
    path.write_bytes(body)
    with pytest.raises(EmptyFile) as err:
        read_document(path)
    assert "nopages.pdf" in str(err.value)


# ------------------------------------------------------------ tables without pdfplumber's parser


def _grid_pdf(path: Path, rects: bool) -> Path:
    """A 3x2 ruled table drawn with lines or with one rectangle per cell, plus decoration."""
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont(FONT, 12)
    c.drawString(LEFT, HEIGHT - 30 * mm, "Kết quả theo lĩnh vực:")
    xs, top, h = [LEFT, LEFT + 60 * mm, LEFT + 100 * mm], HEIGHT - 40 * mm, 8 * mm
    rows = [("Lĩnh vực", "Số hồ sơ"), ("Hộ tịch", "343"), ("Chứng thực", "675")]
    for r, row in enumerate(rows):
        for col, text in enumerate(row):
            c.drawString(xs[col] + 2 * mm, top - (r + 1) * h + 2.5 * mm, text)
            if rects:
                c.rect(xs[col], top - (r + 1) * h, xs[col + 1] - xs[col], h)
    if not rects:
        for r in range(len(rows) + 1):
            c.line(xs[0], top - r * h, xs[-1], top - r * h)
        for x in xs:
            c.line(x, top, x, top - len(rows) * h)
    c.drawString(LEFT, top - 40 * mm, "Trên đây là báo cáo./.")
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("rects", [False, True], ids=["lines", "rectangles"])
def test_tables_are_found_without_running_pdfplumber(tmp_path: Path, monkeypatch, rects: bool):
    import pdfplumber

    def refuse(*_a, **_k):
        raise AssertionError("pdfplumber's page parser must not run")

    monkeypatch.setattr(pdfplumber, "open", refuse)
    doc = read_document(_grid_pdf(tmp_path / "grid.pdf", rects))
    assert [[c.text for c in row] for row in doc.tables[0].rows] == [
        ["Lĩnh vực", "Số hồ sơ"], ["Hộ tịch", "343"], ["Chứng thực", "675"]]
    assert doc.text.count("Hộ tịch") == 1


def test_lines_that_do_not_cross_make_no_table(tmp_path: Path):
    c = canvas.Canvas(str(tmp_path / "rules.pdf"), pagesize=A4, invariant=1)
    c.setFont(FONT, 12)
    for i in range(5):  # underlines and separators: horizontal only, no cell can close
        y = HEIGHT - (40 + 15 * i) * mm
        c.drawString(LEFT, y + 2 * mm, f"Dòng {i + 1} có gạch chân bên dưới.")
        c.line(LEFT, y, LEFT + 80 * mm, y)
    c.showPage()
    c.save()
    doc = read_document(tmp_path / "rules.pdf")
    assert not doc.tables
    assert all(f"Dòng {i} có gạch chân" in doc.text for i in range(1, 6))


def test_the_table_finder_agrees_with_pdfplumber_on_a_rendered_report(rendered_dir: Path):
    import pdfplumber
    import pypdfium2 as pdfium

    from extract.readers.pdf import _find_tables

    checked = 0
    for path in sorted(rendered_dir.glob("*.pdf")):
        pdf = pdfium.PdfDocument(str(path))
        with pdfplumber.open(path) as plumber:
            for index, plumber_page in enumerate(plumber.pages):
                page = pdf[index]
                if pdfium_draws_nothing(page):
                    continue
                ours = [sorted(t.cells) for t in _find_tables(page, float(page.get_bbox()[3]))]
                theirs = [sorted(t.cells) for t in plumber_page.find_tables()]
                assert len(ours) == len(theirs), (path.name, index)
                for a, b in zip(ours, theirs, strict=True):
                    assert len(a) == len(b)
                    assert all(abs(x - y) < 0.01 for ca, cb in zip(a, b, strict=True) for x, y in zip(ca, cb, strict=True))
                checked += bool(theirs)
        pdf.close()
        if checked >= 2:
            break
    assert checked >= 1  # at least one rendered page with a table was compared


def pdfium_draws_nothing(page) -> bool:
    from extract.readers.pdf import _draws_lines

    return not _draws_lines(page)


@given(st.lists(st.floats(-1e4, 1e4, allow_nan=False), min_size=1, max_size=30), st.floats(-2e4, 2e4, allow_nan=False))
def test_nearest_edge_is_the_closest_one(values, value):
    from extract.readers.pdf import _edges, _nearest

    edges = _edges(values)
    assert _nearest(edges, value) == min(range(len(edges)), key=lambda i: abs(edges[i] - value))


# ------------------------------------------------------------ bytes after %%EOF, read from bytes


@pytest.mark.parametrize("tail", [b"\x00" * 4096, b"\r\n" + b" " * 5000, b"\n%%EOF\n" + b"\x00" * 3000],
                         ids=["4k-zeros", "5k-spaces", "second-eof-then-zeros"])
def test_padding_after_eof_reads_the_same_text(rendered_dir: Path, tmp_path: Path, tail: bytes):
    original = next(rendered_dir.glob("001_*.pdf"))
    padded = tmp_path / "padded.pdf"
    padded.write_bytes(original.read_bytes() + tail)
    assert read_document(padded).text == read_document(original).text


def test_a_linearised_style_cut_after_an_early_eof_is_still_truncated(tmp_path: Path):
    data = _good_pdf(tmp_path)
    cut = data[: len(data) // 2]
    path = tmp_path / "cut.pdf"
    path.write_bytes(cut[:40] + b"\n%%EOF\n" + cut[40:])  # an early %%EOF, objects after it
    with pytest.raises(CorruptFile, match="truncated"):
        read_document(path)


def test_reading_from_bytes_names_the_member(rendered_dir: Path):
    original = next(rendered_dir.glob("003_*.pdf"))
    doc = read_document("batch.zip!q2/003.pdf", original.read_bytes())
    assert doc.source.path == "batch.zip!q2/003.pdf" and doc.source.format == "pdf"
    assert doc.text == read_document(original).text
    with pytest.raises(CorruptFile) as err:
        read_document("batch.zip!bad.pdf", original.read_bytes()[:2000])
    assert "batch.zip!bad.pdf" in str(err.value)


def test_a_pdf_with_only_blank_pages_has_no_text_layer(tmp_path: Path):
    c = canvas.Canvas(str(tmp_path / "blank.pdf"), pagesize=A4, invariant=1)
    c.setFont(FONT, 12)
    c.drawString(LEFT, HEIGHT - 30 * mm, "   ")
    c.showPage()
    c.save()
    with pytest.raises(NoTextLayer) as err:
        read_document(tmp_path / "blank.pdf")
    assert "blank.pdf" in str(err.value)
