"""TXT reader: encodings, NFC, blocks, headings and the tab-separated appendix table."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

import pytest
from conftest import RENDERED, SEEDS, squash
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.document import Source
from extract.errors import CorruptFile, EmptyFile, EncodingError, UnsupportedFormat
from extract.readers import read_document
from extract.readers.blocks import infer_header_spans, looks_like_heading
from extract.readers.txt import decode_text, read_txt

SEEDS_PDF = next(RENDERED.glob("000_*.pdf"))
SAMPLE = "Số: 12/BC-UBND\n\nI. KẾT QUẢ THỰC HIỆN\n\nĐã tiếp nhận 4.911 hồ sơ, đạt 99,96% đúng hạn.\n"


def _source(name: str = "x.txt") -> Source:
    return Source(name, "0" * 64, "txt")


def test_every_seed_keeps_its_text_and_offsets(seed_path: Path):
    doc = read_document(seed_path)
    doc.check_offsets()
    assert squash(doc.text) == squash(seed_path.read_text(encoding="utf-8"))
    assert doc.source.format == "txt" and doc.source.pages is None
    assert all(b.page is None for b in doc.blocks)


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: t.encode("utf-8"),
        lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
        lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
        lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
        lambda t: t.replace("\n", "\r\n").encode("utf-8"),
        lambda t: codecs.BOM_UTF16_LE + t.replace("\n", "\r\n").encode("utf-16-le"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "crlf", "utf16-crlf"],
)
def test_bom_and_newline_variants_of_a_seed_give_the_same_text(encode, tmp_path: Path):
    seed = SEEDS[0]
    expected = read_document(seed).text
    variant = tmp_path / "variant.txt"
    variant.write_bytes(encode(seed.read_text(encoding="utf-8")))
    doc = read_document(variant)
    assert doc.text == expected
    doc.check_offsets()


@pytest.mark.parametrize("encoding", ["cp1258", "latin-1", "utf-16-le"])
def test_legacy_or_bomless_encodings_are_refused_naming_the_file(encoding: str, tmp_path: Path):
    # letters Windows-1258 has precomposed; Latin-1 bytes of a French sentence
    text = {"cp1258": "Báo cáo tháng Tư, Đà", "latin-1": "Rapport déjà prêt à l'été"}.get(encoding, "Báo cáo kết quả")
    path = tmp_path / f"report-{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    with pytest.raises(EncodingError) as err:
        read_document(path)
    assert path.name in str(err.value)
    assert "UTF-8" in str(err.value)


def test_pure_ascii_is_read():
    assert decode_text(b"Bao cao 2026\n", "a.txt") == "Bao cao 2026\n"


def test_nfd_input_gives_nfc_text():
    nfd = unicodedata.normalize("NFD", SAMPLE)
    assert nfd != SAMPLE
    doc = read_txt(nfd.encode("utf-8"), _source())
    assert doc.text == unicodedata.normalize("NFC", doc.text)
    assert "Đã tiếp nhận 4.911 hồ sơ" in doc.text


def test_seed_002_decomposed_letters_come_back_composed():
    seed = next(p for p in SEEDS if p.name.startswith("002_"))
    raw = seed.read_text(encoding="utf-8")
    assert raw != unicodedata.normalize("NFC", raw)  # the seed really carries NFD letters
    doc = read_document(seed)
    assert doc.text == unicodedata.normalize("NFC", doc.text)


def test_blocks_and_headings():
    doc = read_txt(SAMPLE.encode("utf-8"), _source())
    kinds = [(b.kind, doc.block_text(b)) for b in doc.blocks]
    assert kinds == [
        ("paragraph", "Số: 12/BC-UBND"),
        ("heading", "I. KẾT QUẢ THỰC HIỆN"),
        ("paragraph", "Đã tiếp nhận 4.911 hồ sơ, đạt 99,96% đúng hạn."),
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("I. KẾT QUẢ THỰC HIỆN", True),
        ("1. Công khai thủ tục hành chính", True),
        ("1.2. Tỷ lệ thanh toán trực tuyến (chỉ tiêu giao ≥ 60%):", True),
        ("2.1. Tỷ lệ hồ sơ đã giải quyết trước hạn, đúng hạn", True),
        ("BÁO CÁO", True),
        ("PHỤ LỤC", True),
        ("TTHC", False),  # one word of a broken line, not a title
        ("1. Tiếp tục triển khai đầy đủ các văn bản chỉ đạo của Trung ương.", False),
        ("Trên đây là báo cáo kết quả thực hiện nhiệm vụ./.", False),
        ("- Lãnh đạo UBND xã;", False),
        ("Tổng số TTHC là 378 thủ tục", False),
    ],
)
def test_heading_rules(text: str, expected: bool):
    assert looks_like_heading(text) is expected


def test_the_004_appendix_is_a_16_column_table_with_merged_group_headers(seed_004: Path):
    doc = read_document(seed_004)
    assert len(doc.tables) == 1
    table = doc.tables[0]
    assert table.n_cols == 16 and table.n_rows == 12
    first = {c.col: c for c in table.rows[0]}
    assert first[0].text == "STT" and (first[0].row_span, first[0].col_span) == (3, 1)
    assert first[2].text == "Số lượng hồ sơ tiếp nhận" and first[2].col_span == 4
    assert first[6].col_span == 6 and first[12].col_span == 4
    total = table.rows[-1]
    assert total[0].text == "Tổng cộng" and total[0].col == 0
    assert [c.text for c in total[1:4]] == ["1.132", "1.130", "0"]
    assert total[1].col == 2  # the empty "Lĩnh vực" cell of the total row is not invented
    for cell in table.cells():
        assert doc.text[cell.start : cell.end] == cell.text


def test_a_single_tab_line_is_text_not_a_table():
    doc = read_txt("Ghi chú:\tkhông có\n\nHết.".encode(), _source())
    assert doc.tables == ()
    assert [b.kind for b in doc.blocks] == ["paragraph", "paragraph"]


def test_infer_header_spans_of_a_plain_table_is_empty():
    assert infer_header_spans([["a", "b"], ["1", "2"]]) == {}
    assert infer_header_spans([["Nhóm", ""], ["a", "b"], ["1", "2"]]) == {}  # "a b" is data
    grid = [["Nhóm", "", "STT"], ["a", "b", ""], ["1", "2", "3"]]
    assert infer_header_spans(grid) == {(0, 0): (1, 2), (0, 2): (2, 1)}


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_any_utf8_text_reads_with_exact_offsets(text: str):
    if "\x00" in text:
        return
    doc = read_txt(text.encode("utf-8"), _source())
    doc.check_offsets()
    expected = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", ""))
    assert "".join(doc.text.split()) == "".join(expected.split())


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["", "", "x", "Tổng số", "1"]), min_size=1, max_size=6), min_size=1, max_size=6))
def test_inferred_spans_never_overlap_and_start_on_text(rows):
    spans = infer_header_spans(rows)
    n_cols = max(len(r) for r in rows)
    seen: set[tuple[int, int]] = set()
    for (r, c), (rs, cs) in spans.items():
        assert rows[r][c].strip()
        assert c + cs <= n_cols and r + rs <= len(rows)
        area = {(r + i, c + k) for i in range(rs) for k in range(cs)}
        assert not area & seen
        seen |= area


# ------------------------------------------------------------ no text, renamed files, bytes


@pytest.mark.parametrize(
    "payload",
    [b"   \n\t\n  \r\n", codecs.BOM_UTF8, codecs.BOM_UTF8 + b"\n\n", codecs.BOM_UTF16_LE + " \n".encode("utf-16-le"),
     "\u00a0\u3000\n".encode()],
    ids=["whitespace", "bom-only", "bom-newlines", "utf16-spaces", "nbsp-ideographic-space"],
)
def test_a_file_with_no_text_is_an_empty_file_error(tmp_path: Path, payload: bytes):
    path = tmp_path / "trắng.txt"
    path.write_bytes(payload)
    with pytest.raises(EmptyFile, match="no text") as err:
        read_document(path)
    assert "trắng.txt" in str(err.value)


@pytest.mark.parametrize("payload", [b"x", b"  .  ", "Số: 1".encode()], ids=["one-letter", "a-dot", "a-line"])
def test_a_file_with_any_visible_character_is_read(tmp_path: Path, payload: bytes):
    path = tmp_path / "small.txt"
    path.write_bytes(payload)
    assert read_document(path).text.strip()


def _docx_bytes() -> bytes:
    import io

    import docx

    d = docx.Document()
    d.add_paragraph("Tổng số hồ sơ đã tiếp nhận là 1.250 hồ sơ")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _zip_bytes() -> bytes:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "xin chào")
    return buf.getvalue()


@pytest.mark.parametrize(
    ("name", "make", "error", "message"),
    [
        ("report.txt", _docx_bytes, UnsupportedFormat, "this is a DOCX (ZIP package) named .txt: rename it to .docx"),
        ("report.txt", lambda: (SEEDS_PDF.read_bytes()), UnsupportedFormat, "this is a PDF named .txt: rename it to .pdf"),
        ("report.docx", lambda: (SEEDS_PDF.read_bytes()), UnsupportedFormat, "this is a PDF named .docx: rename it"),
        ("report.pdf", _docx_bytes, UnsupportedFormat, "this is a DOCX (ZIP package) named .pdf: rename it to .docx"),
        ("report.txt", _zip_bytes, UnsupportedFormat, "this is a ZIP file named .txt"),
        ("report.docx", _zip_bytes, CorruptFile, "a ZIP file but not a Word document (no word/document.xml)"),
    ],
    ids=["docx-as-txt", "pdf-as-txt", "pdf-as-docx", "docx-as-pdf", "zip-as-txt", "zip-as-docx"],
)
def test_a_renamed_file_says_what_it_is(tmp_path: Path, name, make, error, message):
    path = tmp_path / name
    path.write_bytes(make())
    with pytest.raises(error) as err:
        read_document(path)
    assert message in str(err.value) and name in str(err.value)


@pytest.mark.parametrize("name", ["report.docx", "report"], ids=["right-name", "no-extension"])
def test_a_docx_with_the_right_name_or_none_is_read(tmp_path: Path, name: str):
    path = tmp_path / name
    path.write_bytes(_docx_bytes())
    assert read_document(path).text == "Tổng số hồ sơ đã tiếp nhận là 1.250 hồ sơ"


def test_reading_from_bytes_uses_the_name_only_for_the_source_and_errors():
    data = SAMPLE.encode()
    doc = read_document("batch.zip!sub/q2.txt", data)
    assert doc.source.path == "batch.zip!sub/q2.txt" and doc.source.format == "txt"
    assert doc.text == read_txt(data, _source()).text
    with pytest.raises(EmptyFile) as err:
        read_document("batch.zip!blank.txt", b" \n")
    assert err.value.path == "batch.zip!blank.txt" and err.value.known["format"] == "txt"
