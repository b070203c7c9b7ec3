"""Round 15, family INDICATORS: a share's metric is its numerator's over its base, and a change is no rate.

- A share verb (``chiếm``, ``bằng``, ``tương đương (với)``, ``tương ứng (với)``, ``xấp xỉ``; ``đạt`` after a count)
  before a percentage makes the dossiers named after it its BASE, never its numerator: late over finished is
  ``late_rate``, online over received ``online_submission_rate``, finished over received ``resolved_rate``; a part
  over a base of its own class (a field's share of the late dossiers, a sub-unit's of the online ones) is ``other``,
  and so is one with nothing naming a numerator (a field over all received).
- A change (``tăng``/``giảm``) told with a bound between the verb and the figure (``tối thiểu``, ``ít nhất``,
  ``khoảng``, ``trên``, ``hơn``, ``gần``, ``xấp xỉ``) is no rate of its noun: ``other``.
"""

from __future__ import annotations

import pytest

from extract.extractors.indicators import IndicatorExtractor
from tests.helpers import fact_rows

FIELDS = ("text", "metric", "value")

SHARES: list[tuple[str, str, list[tuple[str, str, float]]]] = [
    # --- numerator over a base of another class: the numerator's rate -------------------------------------------
    ("late over finished, chiếm số", "Phòng Kinh tế có 45 hồ sơ giải quyết quá hạn, chiếm 3,5% số hồ sơ đã giải "
     "quyết của Phòng.", [("3,5%", "late_rate", 3.5)]),
    ("late over finished, tương đương", "Trong kỳ có 12 hồ sơ trễ hạn, tương đương 0,8% tổng số hồ sơ đã giải quyết.",
     [("0,8%", "late_rate", 0.8)]),
    ("late over finished, tương ứng với", "Toàn huyện còn 30 hồ sơ giải quyết chậm, tương ứng với 1,2% số hồ sơ "
     "đã giải quyết.", [("1,2%", "late_rate", 1.2)]),
    ("early over finished", "Giải quyết trước hạn 700 hồ sơ, chiếm 70% số hồ sơ đã giải quyết.",
     [("70%", "early_rate", 70.0)]),
    ("on time over finished, bằng", "Số hồ sơ giải quyết đúng hạn là 260 hồ sơ, bằng 26% số hồ sơ đã giải quyết.",
     [("26%", "on_time_rate", 26.0)]),
    ("online over received, bằng", "Số hồ sơ nộp trực tuyến là 1.320 hồ sơ, bằng 12,4% tổng số hồ sơ tiếp nhận.",
     [("12,4%", "online_submission_rate", 12.4)]),
    ("online over received, chiếm khoảng", "Xã tiếp nhận trực tuyến 410 hồ sơ, chiếm khoảng 41% số hồ sơ đã tiếp "
     "nhận trong kỳ.", [("41%", "online_submission_rate", 41.0)]),
    ("online over received, line break", "Hồ sơ phát sinh trực tuyến là 95 hồ sơ,\nxấp xỉ 9,5% tổng số hồ sơ tiếp "
     "nhận.", [("9,5%", "online_submission_rate", 9.5)]),
    ("finished over received, bằng", "Đã giải quyết 900 hồ sơ, bằng 90% tổng số hồ sơ tiếp nhận.",
     [("90%", "resolved_rate", 90.0)]),
    ("finished over received, đạt", "Đã giải quyết 880 hồ sơ, đạt 88% số hồ sơ tiếp nhận.",
     [("88%", "resolved_rate", 88.0)]),
    ("late words before, no count", "Hồ sơ trễ hạn chiếm 2% số hồ sơ đã giải quyết.", [("2%", "late_rate", 2.0)]),
    ("online words before, no count", "Trong đó hồ sơ trực tuyến chiếm 35% tổng số hồ sơ tiếp nhận.",
     [("35%", "online_submission_rate", 35.0)]),
    # --- a part over a base of its own class: other ------------------------------------------------------------
    ("a field's part of the late", "Hồ sơ trễ hạn tập trung ở lĩnh vực xây dựng (15 hồ sơ, chiếm 60% số hồ sơ "
     "quá hạn).", [("60%", "other", 60.0)]),
    ("a field's part of the late, tương đương", "Lĩnh vực đất đai có 9 hồ sơ quá hạn, tương đương 45% số hồ sơ "
     "quá hạn của huyện.", [("45%", "other", 45.0)]),
    ("a sub-unit's part of the online", "Xã Bình An có 200 hồ sơ trực tuyến, chiếm 25% số hồ sơ trực tuyến toàn "
     "huyện.", [("25%", "other", 25.0)]),
    ("a sub-unit's part of the finished", "Phòng Tư pháp giải quyết 300 hồ sơ, chiếm 30% số hồ sơ đã giải quyết "
     "của huyện.", [("30%", "other", 30.0)]),
    ("a field over all received, no numerator", "Lĩnh vực hộ tịch chiếm 45% tổng số hồ sơ tiếp nhận.",
     [("45%", "other", 45.0)]),
    # --- unchanged: the words after the figure are its numerator ----------------------------------------------
    ("đạt + predicate: the share's own dossiers", "Xã đạt 100% số hồ sơ được giải quyết đúng hạn.",
     [("100%", "on_time_rate", 100.0)]),
    ("a share opening its clause", "Năm nay, 97% hồ sơ được giải quyết đúng hạn.", [("97%", "on_time_rate", 97.0)]),
    ("one volume over another period's", "Số hồ sơ trực tuyến quý I là 500 hồ sơ, bằng 90% số hồ sơ trực tuyến "
     "của năm 2023.", [("90%", "other", 90.0)]),
    ("late count, the rate word after", "Có 20 hồ sơ quá hạn, chiếm 2% tổng số hồ sơ.", [("2%", "late_rate", 2.0)]),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHARES, ids=[c[0] for c in SHARES])
def test_share_over_its_base(name: str, text: str, expected: list[tuple[str, str, float]]) -> None:
    assert fact_rows(text, IndicatorExtractor, *FIELDS) == expected


CHANGES: list[tuple[str, str, list[tuple[str, str, float]]]] = [
    ("fall, at least", "Năm 2027 giảm tối thiểu 40% số hồ sơ trễ hạn so với năm 2026.", [("40%", "other", 40.0)]),
    ("rise, ít nhất", "Phấn đấu tăng ít nhất 15% số hồ sơ nộp trực tuyến.", [("15%", "other", 15.0)]),
    ("fall, about", "Giảm khoảng 30% số hồ sơ quá hạn so với cùng kỳ.", [("30%", "other", 30.0)]),
    ("fall, over", "Số hồ sơ chậm trả kết quả giảm hơn 20% so với quý trước.", [("20%", "other", 20.0)]),
    ("rise, trên", "Hồ sơ trực tuyến tăng trên 10% so với năm trước.", [("10%", "other", 10.0)]),
    ("fall, xấp xỉ", "Hồ sơ quá hạn giảm xấp xỉ 25%.", [("25%", "other", 25.0)]),
    # --- unchanged: a level reached, a bound with no change verb ------------------------------------------------
    ("fall to a level", "Tỷ lệ hồ sơ quá hạn giảm còn dưới 1%.", [("1%", "late_rate", 1.0)]),
    ("a bound, no change", "Tối thiểu 50% hồ sơ được nộp trực tuyến.", [("50%", "online_submission_rate", 50.0)]),
    ("a goal with a bound", "Tỷ lệ hồ sơ giải quyết đúng hạn đạt tối thiểu 98%.", [("98%", "on_time_rate", 98.0)]),
]


@pytest.mark.parametrize(("name", "text", "expected"), CHANGES, ids=[c[0] for c in CHANGES])
def test_change_with_a_bound(name: str, text: str, expected: list[tuple[str, str, float]]) -> None:
    assert fact_rows(text, IndicatorExtractor, *FIELDS) == expected


CHANGE_BOUNDS: list[tuple[str, str, str | None]] = [
    ("at least", "Giảm tối thiểu 40% số hồ sơ trễ hạn so với năm 2026.", ">="),
    ("over", "Hồ sơ trực tuyến tăng trên 10% so với năm trước.", ">"),
    ("no bound", "Hồ sơ trực tuyến tăng 10% so với năm trước.", None),
    ("the comparative is no bound", "Tỷ lệ này cao hơn 7,5% so với năm trước.", None),
]


@pytest.mark.parametrize(("name", "text", "expected"), CHANGE_BOUNDS, ids=[c[0] for c in CHANGE_BOUNDS])
def test_change_keeps_its_bound(name: str, text: str, expected: str | None) -> None:
    assert fact_rows(text, IndicatorExtractor, "metric", "qualifier") == [("other", expected)]
