"""Round 9 review, inputs that sent a pattern into polynomial backtracking: runs of spaces between the words told
after a part of a whole (``Trong đó có 5 phản ánh`` and words far apart), and a run of spaces after a newline (a
list-item start, a stop or a clause boundary looked for after every newline). They must be read like any other
text, with every span exact; the answers on ordinary spacing stay what they were. Correctness tests: a regression
shows as a run that does not finish (speed is measured in `make bench`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.extractors.figure_text import CLAUSE_RE, HARD_START_RE, STOP_RE
from tests.test_pathological_inputs import _check


@pytest.mark.parametrize("gap", [20, 60, 400])
def test_words_far_apart_after_a_part(tmp_path: Path, gap: int) -> None:
    words = "".join(" " * gap + w for w in ("của", "người", "dân", "và", "doanh", "nghiệp", "gửi"))
    facts = _check(tmp_path, "Tỉnh tiếp nhận 40 phản ánh, kiến nghị. Trong đó có 5 phản ánh" + words + " " * gap
                   + "về đất đai.\n")
    assert [f.value for f in facts if f.text.startswith("5 ")] == [5]


def test_spaces_after_a_headline(tmp_path: Path) -> None:
    facts = _check(tmp_path, "BÁO CÁO KẾT QUẢ\n" + " " * 50000 + "Đã tiếp nhận 120 hồ sơ.\n")
    assert [f.value for f in facts if f.text.endswith("hồ sơ")] == [120]


def test_spaces_on_blank_lines(tmp_path: Path) -> None:
    facts = _check(tmp_path, ("Kết quả\n" + " " * 3000 + "\n" + " " * 3000) * 10 + "- Đã tiếp nhận 120 hồ sơ.\n")
    assert [f.value for f in facts if f.text.endswith("hồ sơ")] == [120]


# (text, the ends of the boundaries each pattern finds): a run of spaces after a newline, a blank line between
@pytest.mark.parametrize(("text", "hard", "stop", "clause"), [
    ("a\n   - b", [1], [5], [5]),                       # a list item after spaces
    ("a\n  \n  + b", [1], [7], [7]),                    # a blank line of spaces, then an item
    ("a\n\n2. Phòng", [1], [5], [5]),                   # a numbered paragraph: a new item (its "." a stop)
    ("a\n   b) Cấp xã", [1], [], [7]),                  # a lettered item (its ")" a clause boundary)
    ("a\n    b", [], [], []),                           # negative: a plain line after spaces
    ("a\n  \n  \n  - b", [4], [10], [10]),              # negative for the first newline: two blank lines
    ("a\n" + " " * 5000 + "b", [], [], []),             # negative: a long run with nothing after it
])
def test_boundaries_after_spaces(text: str, hard: list[int], stop: list[int], clause: list[int]) -> None:
    assert [m.start() for m in HARD_START_RE.finditer(text)] == hard
    assert [m.end() for m in STOP_RE.finditer(text)] == stop
    assert [m.end() for m in CLAUSE_RE.finditer(text)] == clause
