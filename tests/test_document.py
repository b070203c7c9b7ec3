"""The Document model and the tokenizer: offsets are right by construction."""

from __future__ import annotations

import unicodedata

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

import extract.tokenizer  # noqa: F401
from extract.document import DocumentBuilder, Source

SRC = Source("x.txt", "0" * 64, "txt")


def test_blocks_and_cells_index_their_own_text():
    b = DocumentBuilder(SRC)
    b.add_block("BÁO CÁO", kind="heading", page=1)
    b.add_block("  Tổng số hồ sơ đã tiếp nhận là 4.911 hồ sơ  ", page=1)
    table = b.add_table(
        [["STT", "Lĩnh vực", "Số lượng hồ sơ tiếp nhận", None], ["", "", "Tổng số", "Trong kỳ"], ["1", "Hộ tịch", "343", "343"]],
        page=2,
        spans={(0, 2): (1, 2)},
    )
    doc = b.build(pages=2)
    doc.check_offsets()
    assert [doc.block_text(x) for x in doc.blocks[:2]] == ["BÁO CÁO", "Tổng số hồ sơ đã tiếp nhận là 4.911 hồ sơ"]
    assert doc.text.splitlines()[-1] == "1\tHộ tịch\t343\t343"
    merged = table.rows[0][2]
    assert (merged.text, merged.col_span) == ("Số lượng hồ sơ tiếp nhận", 2)
    assert table.grid()[0][3] is merged  # covered position points at the merged cell, not a copy
    assert len([c for c in table.cells() if c.text == "Số lượng hồ sơ tiếp nhận"]) == 1
    assert [p.number for p in doc.pages] == [1, 2] and doc.page_at(doc.blocks[-1].start) == 2
    assert doc.source.pages == 2


def test_text_is_nfc():
    b = DocumentBuilder(SRC)
    b.add_block(unicodedata.normalize("NFD", "Số hóa hồ sơ đạt 99,72%"))
    doc = b.build()
    assert doc.text == unicodedata.normalize("NFC", doc.text) == "Số hóa hồ sơ đạt 99,72%"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=60), max_size=8))
def test_builder_offsets_for_any_paragraphs(paragraphs):
    b = DocumentBuilder(SRC)
    for p in paragraphs:
        b.add_block(p)
    doc = b.build()
    for block in doc.blocks:
        assert doc.block_text(block) == unicodedata.normalize("NFC", doc.block_text(block)).strip()
        assert doc.block_text(block)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_tokenizer_reproduces_the_text_exactly(text):
    nlp = spacy.blank("xx", config={"nlp": {"tokenizer": {"@tokenizers": "baocao.regex_tokenizer.v1"}}})
    doc = nlp.make_doc(text)
    assert doc.text == text


def test_tokenizer_keeps_fact_edges():
    nlp = spacy.blank("xx", config={"nlp": {"tokenizer": {"@tokenizers": "baocao.regex_tokenizer.v1"}}})
    text = "đạt 100% (1.018/1.018 hồ sơ), Quyết định số 714/QĐ-UBND"
    doc = nlp.make_doc(text)
    for fragment in ("100%", "1.018/1.018 hồ sơ", "714/QĐ-UBND"):
        start = text.index(fragment)
        span = doc.char_span(start, start + len(fragment))
        assert span is not None and span.text == fragment
