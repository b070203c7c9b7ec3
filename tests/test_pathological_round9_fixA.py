"""Round 9: lines that once sent the contact-banner pattern into combinatorial backtracking (a long line of
words with no digit, a long line of capitalised words) must be read like any other text, spans exact."""

from __future__ import annotations

from pathlib import Path

from extract.extractors.metadata_headline import _phone_line
from extract.extractors.metadata_title import read_title_block
from tests.test_pathological_inputs import _check


def test_long_line_of_words_without_digits() -> None:
    line = " ".join(["Trung", "tâm", "phục", "vụ", "hành", "chính", "công"] * 7)  # 49 words, no digit
    assert not _phone_line(line)
    assert not _phone_line(line + " 0236.3822.111")
    read_title_block(line + "\n\nTrong tháng 5, tỉnh tiếp nhận 300 hồ sơ.\n")


def test_long_text_of_capitalised_words(tmp_path: Path) -> None:
    _check(tmp_path, "Hành Chính Công " * 3200 + "\n\nTrong tháng 5, tỉnh tiếp nhận 300 hồ sơ.\n")
