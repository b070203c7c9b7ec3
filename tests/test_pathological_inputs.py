"""Inputs that once sent a pattern into exponential or quadratic backtracking (a PDF text layer with its spaces
dropped, long runs of spaces): they must be read like any other text, with every span exact. These are
correctness tests; a regression shows as a run that does not finish (speed is measured in `make bench`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from baocao.pipeline import extract_document
from extract.extractors.figure_marks import OPENS_AFTER
from extract.readers import read_document

SEEDS = sorted((Path(__file__).parent.parent / "corpus" / "seeds").glob("*.txt"))


def _check(tmp_path: Path, text: str) -> list:
    path = tmp_path / "odd.txt"
    path.write_text(text, encoding="utf-8")
    result = extract_document(read_document(path))
    body = result.document.text
    for fact in result.facts:
        assert body[fact.start:fact.end] == fact.text
    return result.facts


def test_report_without_spaces(tmp_path: Path) -> None:
    _check(tmp_path, SEEDS[1].read_text(encoding="utf-8").replace(" ", ""))


def test_long_unspaced_word_after_a_percentage(tmp_path: Path) -> None:
    facts = _check(tmp_path, "Tiếp nhận 120 hồ sơ, 100% " + "hồsơđượcgiảiquyếtđúnghạn" * 8 + ".\n")
    assert any(f.text == "100%" for f in facts)


def test_long_run_of_spaces(tmp_path: Path) -> None:
    facts = _check(tmp_path, "Đã tiếp nhận" + " " * 20000 + "120 hồ sơ.\n")
    assert [f.value for f in facts if f.text.endswith("hồ sơ")] == [120]


@pytest.mark.parametrize(("after", "opens"), [
    (" ho so duoc giai quyet", True),       # "100% hồ sơ được giải quyết": a subject, then its verb
    (" tthc deu duoc", True),
    (" , dat chi tieu", False),             # no verb of a clause of its own
    (" hosoduocgiaiquyet", False),          # one glued word is not a subject followed by "được"
])
def test_opens_after_reads_whole_words(after: str, opens: bool) -> None:
    assert (OPENS_AFTER.match(after) is not None) is opens
