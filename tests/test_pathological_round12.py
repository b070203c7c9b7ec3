"""Third session's review: inputs that sent this session's new or changed patterns into exponential or quadratic
backtracking (bodies of a level after a count, feedback nouns before a rate, a rank after a move, a breakdown by
field, the one-stop mechanism, a verb of handling between two counts) or crashed the bracketed parts (a run of
thousands of digits). Each must be read like any other text, spans exact; a hang shows as a slow suite, and the
pathological-input tests of `make test` keep each input small enough to finish in well under a second."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_pathological_inputs import _check

CASES = {
    "bodies of a level": "Tỉnh có 1.975 thủ tục thuộc phạm vi giải quyết của " + "sở " * 40 + "x cấp quốc gia.",
    "feedback nouns before a rate": "Đã giải quyết 12 phản ánh " + "phản ánh " * 40 + "x đạt 95%.",
    "a move before a rank": "Chỉ số cải cách hành chính đạt 88,5 điểm, tăng 3 bậc so với" + " " * 3000 + "x.",
    "spaces after a score": "Bộ chỉ số 766 đạt 88,5 điểm" + " " * 20000 + "x.",
    "a breakdown by field, list": "Phân theo lĩnh vực:\n- a" + " " * 20000 + "x",
    "a breakdown by field, sentence": "Phân theo lĩnh vực: a" + " " * 20000 + "x.",
    "many breakdowns by field": ("Phân theo lĩnh vực: Hộ tịch 96 hồ sơ; " * 600)[:20000],
    "the one-stop mechanism": "Tiếp nhận 1.234 hồ sơ.\n. số hồ sơ theo cơ chế một cửa" + " " * 20000 + "x",
    "a handling verb between counts": "Tiếp nhận 12 phản ánh" + " " * 20000 + "02.",
    "list markers": "\n" + "1." * 2000 + "x Xã A: tiếp nhận 12 hồ sơ.",
}


@pytest.mark.parametrize("text", CASES.values(), ids=CASES.keys())
def test_session3_patterns_finish(tmp_path: Path, text: str) -> None:
    _check(tmp_path, text)


def test_a_total_of_thousands_of_digits_is_no_crash(tmp_path: Path) -> None:
    facts = _check(tmp_path, "Tiếp nhận " + "9" * 4301 + " hồ sơ (cấp tỉnh 1, cấp huyện 2).")
    assert not any(f.text.startswith("9" * 20) and getattr(f, "scope", None) for f in facts)


def test_bracketed_parts_still_read(tmp_path: Path) -> None:
    facts = _check(tmp_path, "Trong kỳ, toàn tỉnh tiếp nhận 12.345 hồ sơ (Phòng Tư pháp 2.577, Phòng Kinh tế 2.800).")
    assert {(f.text, f.scope) for f in facts if f.text in ("2.577", "2.800")} == {
        ("2.577", "Phòng Tư pháp"), ("2.800", "Phòng Kinh tế")}
