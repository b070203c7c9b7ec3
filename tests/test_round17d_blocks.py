"""A level's section ends at a line that opens with the unit as a whole (figure_blocks.whole_unit_end): the figures
of ``Tổng hợp chung toàn huyện: …`` after a ``2. Cấp xã`` section are the district's, not the communes'."""

from __future__ import annotations

import pytest

from tests.helpers import count_rows

SECTION = ("ỦY BAN NHÂN DÂN\nHUYỆN SƠN THỊNH\n\nBÁO CÁO\nKết quả giải quyết TTHC năm 2021\n\n"
           "1. Cấp huyện\n- Tiếp nhận 6.000 hồ sơ.\n\n2. Cấp xã\n- Các xã tiếp nhận 18.406 hồ sơ; đã giải quyết "
           "18.331 hồ sơ.\n\n")

CASES = [
    # the unit as a whole after the section: null
    ("Tổng hợp chung toàn huyện: tiếp nhận 25.119 hồ sơ, quá hạn 94 hồ sơ.",
     [("25.119 hồ sơ", None), ("94 hồ sơ", None)]),
    ("Toàn huyện tiếp nhận 25.119 hồ sơ.", [("25.119 hồ sơ", None)]),
    ("Tổng cộng: 25.119 hồ sơ.", [("25.119 hồ sơ", None)]),
    # negative: a line of the section itself keeps the level
    ("- Các xã đang giải quyết 75 hồ sơ.", [("75 hồ sơ", "Cấp xã")]),
]


@pytest.mark.parametrize(("line", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_section_ends_at_the_whole_unit(line: str, expected: list[tuple[str, str | None]]) -> None:
    rows = count_rows(SECTION + line, "text", "scope")
    assert rows[:3] == [("6.000 hồ sơ", "Cấp huyện"), ("18.406 hồ sơ", "Cấp xã"), ("18.331 hồ sơ", "Cấp xã")]
    assert rows[3:] == expected
