"""Fourth session's inputs for the patterns and loops of round 13: a long run of bare numbers closed by one unit word
(each number once scanned the rest of the run: quadratic), many pipes on a line, a wide two-column header, running
heads on many pages, a long bracketed note in a range, many 'cùng kỳ năm' baselines, a long 'gồm:' breakdown. Each
must be read like any other text, spans exact (a hang shows as a slow suite)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_pathological_inputs import _check

CASES = {
    "a long run of bare numbers": "Ba huyện tiếp nhận lần lượt " + "5.812, " * 3000 + "và 4.963 hồ sơ.",
    "many pipes on one line": "| a " * 3000 + "|\n| 1 | 2 |\n",
    "a wide two-column header": ("ĐẶC KHU A" + " " * 3000 + "Độc lập - Tự do - Hạnh phúc\n") * 5,
    "running heads": "".join(f"Báo cáo CCHC năm 2025   {i}\n\nnội dung trang\n\n" for i in range(1500)),
    "a long note in a range": "từ ngày 01/7/2025\n(" + "a " * 3000 + ") đến ngày 15/12/2025.",
    "many baselines": "Tiếp nhận 12 hồ sơ trong 6 tháng đầu năm 2019, tăng so với cùng kỳ năm 2018. " * 300,
    "a long breakdown": "Ghi nhận 9.000 hồ sơ, gồm: " + "kỳ trước chuyển sang 1 hồ sơ, " * 1500 + "x.",
}


@pytest.mark.parametrize("text", CASES.values(), ids=CASES.keys())
def test_session4_patterns_finish(tmp_path: Path, text: str) -> None:
    _check(tmp_path, text)


def test_a_run_of_bare_numbers_takes_the_unit_written_after_the_last(tmp_path: Path) -> None:
    facts = _check(tmp_path, "Ba xã tiếp nhận lần lượt 5.812, 5.407 và 4.963 hồ sơ.")
    counts = {f.text: f.unit for f in facts if f.type == "count"}
    assert counts == {"5.812": "hồ sơ", "5.407": "hồ sơ", "4.963 hồ sơ": "hồ sơ"}
