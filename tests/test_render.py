"""The committed DOCX/PDF renderings of the seeds read back as the seeds' text and tables."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import squash

from corpus.render import parse_seed, render_docx, render_pdf, strip_emphasis
from extract.document import Document
from extract.readers import read_document


def _check_offsets(doc: Document) -> None:
    doc.check_offsets()
    for block in doc.blocks:
        text = doc.block_text(block)
        assert text == text.strip() and text, block
    for table in doc.tables:
        assert doc.text[table.start : table.end].count("\n") == table.n_rows - 1
    for page in doc.pages:
        assert 0 <= page.start <= page.end <= len(doc.text)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_every_rendering_reads_back_as_the_seed_text(seed_path: Path, rendered_dir: Path, fmt: str):
    doc = read_document(rendered_dir / f"{seed_path.stem}.{fmt}")
    _check_offsets(doc)
    assert squash(doc.text) == squash(strip_emphasis(seed_path.read_text(encoding="utf-8")))
    if fmt == "pdf":
        assert doc.source.pages and doc.source.pages >= 1
        assert all(b.page is not None for b in doc.blocks)
        assert [p.number for p in doc.pages] == sorted(p.number for p in doc.pages)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_the_004_table_comes_back_with_every_cell(seed_004: Path, rendered_dir: Path, fmt: str):
    txt_table = read_document(seed_004).tables[0]
    doc = read_document(rendered_dir / f"{seed_004.stem}.{fmt}")
    tables = [t for t in doc.tables if t.n_cols == 16]
    assert len(tables) == 1
    table = tables[0]
    assert table.n_rows == txt_table.n_rows
    expected = {(c.row, c.col): squash(c.text) for c in txt_table.cells()}
    got = {(c.row, c.col): squash(c.text) for c in table.cells()}
    assert got == expected
    spans = {(c.row, c.col): (c.row_span, c.col_span) for c in table.cells()}
    assert spans == {(c.row, c.col): (c.row_span, c.col_span) for c in txt_table.cells()}
    if fmt == "pdf":
        assert table.page == doc.source.pages  # the appendix is the last (landscape) page


def test_the_header_lines_are_separate_blocks(rendered_dir: Path, seed_004: Path):
    for fmt in ("docx", "pdf"):
        doc = read_document(rendered_dir / f"{seed_004.stem}.{fmt}")
        first = [doc.block_text(b) for b in doc.blocks[:3]]
        assert first[0] == "Số: /BC-TTPVHCC", fmt
        assert first[1] == "Bình Giang, ngày 01 tháng 04 năm 2026", fmt
        assert first[2] == "BÁO CÁO", fmt


def test_page_numbers_of_the_rendering_are_not_in_the_text(rendered_dir: Path, seed_004: Path):
    doc = read_document(rendered_dir / f"{seed_004.stem}.pdf")
    assert not any(doc.block_text(b).strip().isdigit() for b in doc.blocks)


def test_rendering_is_deterministic(tmp_path: Path, seed_004: Path):
    layout = parse_seed(seed_004.read_text(encoding="utf-8"))
    for render, ext in ((render_docx, "docx"), (render_pdf, "pdf")):
        a, b = tmp_path / f"a.{ext}", tmp_path / f"b.{ext}"
        render(layout, a)
        render(layout, b)
        assert a.read_bytes() == b.read_bytes(), ext


def test_committed_renderings_are_up_to_date(tmp_path: Path, seed_004: Path, rendered_dir: Path):
    layout = parse_seed(seed_004.read_text(encoding="utf-8"))
    render_pdf(layout, tmp_path / "x.pdf", title=seed_004.stem)
    render_docx(layout, tmp_path / "x.docx", title=seed_004.stem)
    assert (tmp_path / "x.pdf").read_bytes() == (rendered_dir / f"{seed_004.stem}.pdf").read_bytes()
    assert (tmp_path / "x.docx").read_bytes() == (rendered_dir / f"{seed_004.stem}.docx").read_bytes()


def test_parse_seed_layout(seed_004: Path):
    layout = parse_seed(seed_004.read_text(encoding="utf-8"))
    assert layout.header_left == ("Số: /BC-TTPVHCC",)
    assert layout.header_right == ("Bình Giang, ngày 01 tháng 04 năm 2026",)
    assert [b.kind for b in layout.blocks[:2]] == ["title", "title"]
    signature = [b for b in layout.blocks if b.kind == "signature"]
    assert len(signature) == 1 and signature[0].left[0] == "Nơi nhận:"
    assert signature[0].right == ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Xuân Thành")
    assert layout.appendix[0].text == "PHỤ LỤC" and layout.appendix[-1].kind == "table"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("**KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC**", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"),
        ("- Trung tâm (*để báo cáo*);", "- Trung tâm (để báo cáo);"),
        ("* Số hồ sơ đã tiếp nhận", "* Số hồ sơ đã tiếp nhận"),  # a bullet, not emphasis
        ("5 * 3 = 15", "5 * 3 = 15"),
    ],
)
def test_strip_emphasis(text: str, expected: str):
    assert strip_emphasis(text) == expected
