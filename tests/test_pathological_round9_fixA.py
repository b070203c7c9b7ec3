"""Round 9: lines that once sent the contact-banner pattern into combinatorial backtracking (a long line of
words with no digit, a long line of capitalised words) must be read like any other text, spans exact."""

from __future__ import annotations

from pathlib import Path

from baocao.pipeline import extract_document
from extract.extractors.metadata_title import _phone_line, read_title_block
from extract.readers import read_document


def _check(tmp_path: Path, text: str) -> list:
    path = tmp_path / "odd.txt"
    path.write_text(text, encoding="utf-8")
    result = extract_document(read_document(path))
    body = result.document.text
    for fact in result.facts:
        assert body[fact.start:fact.end] == fact.text
    return result.facts


def test_long_line_of_words_without_digits() -> None:
    line = " ".join(["Trung", "tâm", "phục", "vụ", "hành", "chính", "công"] * 7)  # 49 words, no digit
    assert not _phone_line(line)
    assert not _phone_line(line + " 0236.3822.111")
    read_title_block(line + "\n\nTrong tháng 5, tỉnh tiếp nhận 300 hồ sơ.\n")


def test_long_text_of_capitalised_words(tmp_path: Path) -> None:
    _check(tmp_path, "Hành Chính Công " * 3200 + "\n\nTrong tháng 5, tỉnh tiếp nhận 300 hồ sơ.\n")
