"""DOCX reader on documents built here with python-docx: header tables, merged cells, headings."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_BREAK

from extract.errors import CorruptFile
from extract.readers import read_document

ISSUER = ["ỦY BAN NHÂN DÂN", "XÃ AN BÌNH"]
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
NUMBER = "Số: 12/BC-UBND"
DATE = "An Bình, ngày 20 tháng 4 năm 2026"


def _fill(cell, lines: list[str]) -> None:
    cell.paragraphs[0].add_run(lines[0])
    for line in lines[1:]:
        cell.add_paragraph(line)


def _header_table(document) -> None:
    table = document.add_table(rows=2, cols=2)  # no style: borderless, as real reports draw it
    _fill(table.cell(0, 0), ISSUER)
    _fill(table.cell(0, 1), MOTTO)
    _fill(table.cell(1, 0), [NUMBER])
    _fill(table.cell(1, 1), [DATE])


def _save(document, path: Path) -> Path:
    document.save(str(path))
    return path


def test_two_column_header_reads_as_lines_left_then_right(tmp_path: Path):
    d = docx.Document()
    _header_table(d)
    d.add_paragraph("BÁO CÁO")
    d.add_paragraph("Tổng số hồ sơ tiếp nhận là 1.132 hồ sơ.")
    doc = read_document(_save(d, tmp_path / "header.docx"))
    doc.check_offsets()
    blocks = [doc.block_text(b) for b in doc.blocks]
    assert blocks[:6] == [*ISSUER, NUMBER, *MOTTO, DATE]
    assert blocks[6:] == ["BÁO CÁO", "Tổng số hồ sơ tiếp nhận là 1.132 hồ sơ."]
    assert doc.tables == ()


def test_a_bordered_data_table_in_the_body_stays_a_table(tmp_path: Path):
    d = docx.Document()
    d.add_paragraph("Kết quả giải quyết theo lĩnh vực:")
    table = d.add_table(rows=3, cols=2)
    table.style = "Table Grid"
    for r, (a, b) in enumerate([("Lĩnh vực", "Số hồ sơ"), ("Hộ tịch", "343"), ("Chứng thực", "675")]):
        table.cell(r, 0).text, table.cell(r, 1).text = a, b
    d.add_paragraph("Trên đây là báo cáo./.")
    doc = read_document(_save(d, tmp_path / "data.docx"))
    assert len(doc.tables) == 1 and doc.tables[0].n_rows == 3
    assert [c.text for c in doc.tables[0].rows[1]] == ["Hộ tịch", "343"]


def test_a_signature_table_at_the_end_reads_as_lines(tmp_path: Path):
    d = docx.Document()
    d.add_paragraph("Trên đây là báo cáo./.")
    table = d.add_table(rows=1, cols=2)
    _fill(table.cell(0, 0), ["Nơi nhận:", "- Như trên;", "- Lưu: VT."])
    _fill(table.cell(0, 1), ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Vũ Quang Thái"])
    doc = read_document(_save(d, tmp_path / "sig.docx"))
    assert [doc.block_text(b) for b in doc.blocks][1:] == [
        "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Vũ Quang Thái",
    ]


def test_merged_cells_appear_once(tmp_path: Path):
    d = docx.Document()
    d.add_paragraph("Bảng:")
    table = d.add_table(rows=3, cols=4)
    table.style = "Table Grid"
    table.cell(0, 0).merge(table.cell(1, 0)).text = "STT"  # vertical merge
    table.cell(0, 1).merge(table.cell(0, 3)).text = "Số lượng hồ sơ tiếp nhận"  # horizontal
    for c, text in enumerate(["Tổng số", "Trực tuyến", "Trực tiếp"], start=1):
        table.cell(1, c).text = text
    for c, text in enumerate(["1", "343", "340", "3"]):
        table.cell(2, c).text = text
    doc = read_document(_save(d, tmp_path / "merged.docx"))
    doc.check_offsets()
    assert doc.text.count("Số lượng hồ sơ tiếp nhận") == 1
    assert doc.text.count("STT") == 1
    t = doc.tables[0]
    assert t.n_cols == 4 and t.n_rows == 3
    cells = {(c.row, c.col): c for c in t.cells()}
    assert (cells[(0, 0)].text, cells[(0, 0)].row_span, cells[(0, 0)].col_span) == ("STT", 2, 1)
    assert (cells[(0, 1)].row_span, cells[(0, 1)].col_span) == (1, 3)
    assert (1, 0) not in cells and (0, 2) not in cells
    assert [c.text for c in t.rows[2]] == ["1", "343", "340", "3"]
    grid = t.grid()
    assert grid[1][0] is cells[(0, 0)] and grid[0][3] is cells[(0, 1)]


def test_nested_table_text_is_kept_once_in_its_cell(tmp_path: Path):
    d = docx.Document()
    d.add_paragraph("Bảng lồng:")
    outer = d.add_table(rows=2, cols=3)
    outer.style = "Table Grid"
    outer.cell(0, 0).text = "Lĩnh vực"
    outer.cell(0, 1).text = "Chi tiết"
    outer.cell(0, 2).text = "Ghi chú"
    outer.cell(1, 0).text = "Hộ tịch"
    inner = outer.cell(1, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "Khai sinh", "120"
    doc = read_document(_save(d, tmp_path / "nested.docx"))
    doc.check_offsets()
    assert doc.text.count("Khai sinh") == 1
    row = {c.col: c.text for c in doc.tables[0].rows[1]}
    assert "Khai sinh" in row[1] and "120" in row[1]


@pytest.mark.parametrize(
    "make,kind",
    [
        (lambda d: d.add_heading("I. KẾT QUẢ THỰC HIỆN", level=1), "heading"),
        (lambda d: d.add_paragraph().add_run("ĐÁNH GIÁ CHUNG").__setattr__("bold", True), "heading"),
        (lambda d: d.add_paragraph().add_run("Đã tiếp nhận 343 hồ sơ.").__setattr__("bold", True), "paragraph"),
        (lambda d: d.add_paragraph("Đã tiếp nhận 343 hồ sơ, trả kết quả 340 hồ sơ."), "paragraph"),
    ],
)
def test_heading_detection(tmp_path: Path, make, kind: str):
    d = docx.Document()
    make(d)
    doc = read_document(_save(d, tmp_path / "h.docx"))
    assert [b.kind for b in doc.blocks] == [kind]


def test_line_breaks_inside_a_paragraph_are_kept(tmp_path: Path):
    d = docx.Document()
    p = d.add_paragraph("KT. GIÁM ĐỐC")
    p.add_run().add_break(WD_BREAK.LINE)
    p.add_run("PHÓ GIÁM ĐỐC")
    doc = read_document(_save(d, tmp_path / "br.docx"))
    assert doc.text == "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"


def test_pages_from_app_xml(tmp_path: Path):
    d = docx.Document()
    d.add_paragraph("Một trang.")
    buf = io.BytesIO()
    d.save(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/app.xml":
                data = data.replace(b"<Pages>1</Pages>", b"<Pages>3</Pages>")
            dst.writestr(info, data)
    path = tmp_path / "pages.docx"
    path.write_bytes(out.getvalue())
    assert read_document(path).source.pages == 3


@pytest.mark.parametrize(
    "payload",
    [bytes(range(256)) * 4, b"PK\x03\x04" + b"\x00" * 200],
    ids=["random-bytes", "broken-zip"],
)
def test_garbage_named_docx_is_a_corrupt_file(tmp_path: Path, payload: bytes):
    path = tmp_path / "bad.docx"
    path.write_bytes(payload)
    with pytest.raises(CorruptFile) as err:
        read_document(path)
    assert "bad.docx" in str(err.value)


def test_a_zip_without_a_word_document_is_a_corrupt_file(tmp_path: Path):
    path = tmp_path / "notword.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "xin chào")
    with pytest.raises(CorruptFile) as err:
        read_document(path)
    assert "notword.docx" in str(err.value)


# ------------------------------------------------------------ content controls and custom XML

SDT_SENTENCE = "Tổng số hồ sơ đã tiếp nhận là 1.250 hồ sơ"


def _wrap(element, how: str) -> None:
    """Put ``element`` inside a w:sdt/w:sdtContent content control or a w:customXml element."""
    from docx.oxml import OxmlElement

    if how == "sdt":
        outer = OxmlElement("w:sdt")
        outer.append(OxmlElement("w:sdtPr"))
        inner = OxmlElement("w:sdtContent")
        outer.append(inner)
    else:
        outer = inner = OxmlElement("w:customXml")
    element.addprevious(outer)
    inner.append(element)


@pytest.mark.parametrize("how", ["sdt", "customXml", "sdt-in-sdt"])
def test_body_paragraph_inside_a_content_control_is_read(tmp_path: Path, how: str):
    d = docx.Document()
    d.add_paragraph("Kết quả:")
    p = d.add_paragraph(SDT_SENTENCE)
    d.add_paragraph("Hết.")
    if how == "sdt-in-sdt":
        _wrap(p._p, "sdt")
        _wrap(p._p.getparent().getparent(), "sdt")
    else:
        _wrap(p._p, how)
    doc = read_document(_save(d, tmp_path / "sdt.docx"))
    doc.check_offsets()
    assert [doc.block_text(b) for b in doc.blocks] == ["Kết quả:", SDT_SENTENCE, "Hết."]


def test_without_a_wrapper_the_same_document_reads_the_same(tmp_path: Path):
    d = docx.Document()
    d.add_paragraph("Kết quả:")
    d.add_paragraph(SDT_SENTENCE)
    d.add_paragraph("Hết.")
    doc = read_document(_save(d, tmp_path / "plain.docx"))
    assert [doc.block_text(b) for b in doc.blocks] == ["Kết quả:", SDT_SENTENCE, "Hết."]


@pytest.mark.parametrize("where", ["table", "row", "cell", "cell-paragraph"])
def test_content_controls_around_tables_rows_and_cells(tmp_path: Path, where: str):
    d = docx.Document()
    d.add_paragraph("Kết quả giải quyết theo lĩnh vực:")
    table = d.add_table(rows=3, cols=2)
    table.style = "Table Grid"
    for r, (a, b) in enumerate([("Lĩnh vực", "Số hồ sơ"), ("Hộ tịch", "343"), ("Chứng thực", "1.250")]):
        table.cell(r, 0).text, table.cell(r, 1).text = a, b
    d.add_paragraph("Hết.")
    if where == "table":
        _wrap(table._tbl, "sdt")
    elif where == "row":
        _wrap(table.rows[2]._tr, "sdt")
    elif where == "cell":
        _wrap(table.cell(2, 1)._tc, "sdt")
    else:
        _wrap(table.cell(2, 1).paragraphs[0]._p, "sdt")
    doc = read_document(_save(d, tmp_path / "sdt_table.docx"))
    doc.check_offsets()
    assert len(doc.tables) == 1
    rows = [[c.text for c in row] for row in doc.tables[0].rows]
    assert rows == [["Lĩnh vực", "Số hồ sơ"], ["Hộ tịch", "343"], ["Chứng thực", "1.250"]]
    assert doc.text.endswith("Hết.")
