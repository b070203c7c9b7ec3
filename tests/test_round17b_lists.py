"""Round 17, wave 2 (terse lists): bare figures after names in a one-line list whose items or label say what they
count, and index scores written without ``điểm`` in a list of scores.

Made-up sentences; positive cases and the readings that must not change.
"""

from __future__ import annotations

import pytest

from extract.extractors.figure_dates import date_fraction
from extract.extractors.indicators import IndicatorExtractor
from normalize.text import fold
from tests.helpers import COMMUNE, count_rows, fact_rows

# (text, expected counts as (text, value, scope)) -- the bare items of a one-line list are counts
# (their metric is the count reader's: only that they are found, and their scope, is asserted here)
BARE_ITEMS = [
    # a breakdown label under a count line: the family of the line it stands under
    ("1. Hồ sơ tiếp nhận: 820 hồ sơ\n- Theo lĩnh vực: hộ tịch 310; đất đai 95; xây dựng 12.\n",
     [("820 hồ sơ", 820, None), ("310", 310, "hộ tịch"), ("95", 95, "đất đai"), ("12", 12, "xây dựng")]),
    # the unit word written once, on the first item; names with commas and dashes
    ("Đã giải quyết 760 hồ sơ.\n+ Chia theo đơn vị: Bộ phận một cửa 540 hồ sơ; Công an xã 120; "
     "Phòng Kinh tế, Hạ tầng 100.\n",
     [("760 hồ sơ", 760, None), ("540 hồ sơ", 540, None), ("120", 120, "Công an xã"),
      ("100", 100, "Phòng Kinh tế, Hạ tầng")]),
    # the label names the counted thing, no unit word at all, no marker
    ("Số hồ sơ theo lĩnh vực: tư pháp 44; giao thông 9.\n", [("44", 44, "tư pháp"), ("9", 9, "giao thông")]),
    # levels as the names
    ("1. Tiếp nhận: 640 hồ sơ\n- Phân theo cấp: cấp tỉnh 140; cấp xã 500.\n",
     [("640 hồ sơ", 640, None), ("140", 140, "cấp tỉnh"), ("500", 500, "cấp xã")]),
]


@pytest.mark.parametrize(("text", "expected"), BARE_ITEMS)
def test_bare_items(text: str, expected: list[tuple[str, int, str | None]]) -> None:
    assert count_rows(COMMUNE + text, "text", "value", "scope") == expected


# no counts: a label naming no breakdown nor counted thing, percentages, a name with a number in it
NOT_BARE_ITEMS = [
    ("II. HỒ SƠ\nThành phần tham dự: Văn phòng 3; Công an xã 2.\n", []),
    ("Lịch trực: thôn 3; thôn 5.\n", []),
    ("1. Tiếp nhận: 300 hồ sơ\n- Theo lĩnh vực: hộ tịch 95%; đất đai 5%.\n", [("300 hồ sơ", 300, None)]),
    ("1. Tiếp nhận: 300 hồ sơ\n- Theo địa bàn: thôn 3 có 120; thôn 5 có 80.\n", [("300 hồ sơ", 300, None)]),
]


@pytest.mark.parametrize(("text", "expected"), NOT_BARE_ITEMS)
def test_not_bare_items(text: str, expected: list[tuple[str, int, str | None]]) -> None:
    assert count_rows(COMMUNE + text, "text", "value", "scope") == expected


# (text, expected scores as (text, metric, max)) -- a fraction without "điểm" in a list of scores
LISTED_SCORES = [
    # the unit word on the first item only; letters as markers
    ("Điểm thành phần của xã:\na) Công khai, minh bạch: 16,9/18 điểm;\nb) Tiến độ giải quyết: 18,7/20;\n"
     "c) Số hóa hồ sơ: 20,1/22;\n",
     [("16,9/18 điểm", "idx766_transparency", 18.0), ("18,7/20", "idx766_progress", 20.0),
      ("20,1/22", "idx766_digitization", 22.0)]),
    # no unit word anywhere: the heading names the index's components; a whole number out of a score's maximum
    ("2. Kết quả các chỉ số thành phần\n+ Mức độ hài lòng: 17/18\n+ Thanh toán trực tuyến: 8,5/10\n",
     [("17/18", "idx766_satisfaction", 18.0), ("8,5/10", "idx766_online_payment", 10.0)]),
    # dashes, the introduction naming the index
    ("Kết quả Bộ chỉ số 766 tháng 4/2026:\n- Dịch vụ công trực tuyến: 9,25/10\n- Tiến độ giải quyết: 19,8/20\n",
     [("9,25/10", "idx766_online_service", 10.0), ("19,8/20", "idx766_progress", 20.0)]),
]


@pytest.mark.parametrize(("text", "expected"), LISTED_SCORES)
def test_listed_scores(text: str, expected: list[tuple[str, str, float]]) -> None:
    rows = fact_rows(COMMUNE + text, IndicatorExtractor, "text", "metric", "max")
    assert [r for r in rows if r[0] != "4/2026"] == expected


# no score: a list speaking of no score, a ratio, a numbered paper, a date, a maximum no score has
NOT_SCORES = [
    "Kết quả giải quyết:\n- Công khai: 17,5/18\n- Tiến độ: 19/20\n",
    "Bộ chỉ số phục vụ người dân\nKết quả giải quyết:\n- Đúng hạn: 991/995\n- Văn bản: số 12/2025\n",
    "Điểm thành phần:\n- Xã A: 12/15\n- Xã B: 14/15\n",
    "Điểm tiếp nhận:\n- Bộ phận một cửa: 5/10 quầy\n",
]


@pytest.mark.parametrize("text", NOT_SCORES)
def test_not_listed_scores(text: str) -> None:
    assert [r for r in fact_rows(COMMUNE + text, IndicatorExtractor, "text", "unit") if r[1] == "điểm"] == []


# the date fractions split off figure_scan read as before
@pytest.mark.parametrize(("before", "a", "b", "expected"), [
    ("tháng ", "3", "2026", True), ("ngày ", "30", "6", True), ("", "2023", "2024", True),
    ("đạt ", "17", "18", False), ("quý ", "5", "2026", False),
])
def test_date_fraction(before: str, a: str, b: str, expected: bool) -> None:
    ft = fold(f"{before}{a}/{b}")
    assert date_fraction(ft, len(before), a, b) is expected
