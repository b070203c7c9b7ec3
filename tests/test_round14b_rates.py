"""Round 14 (second wave), FIGURE SCANNING, RATE MARKS and PLACE NAMES, with made-up sentences, positive and negative.

- a fraction right after a date word (``tháng 3/2024``, ``quý 2/2025``, ``ngày 30/6``, a weekday ``thứ Hai 3/11``,
  ``đợt 2/2025``) or a span of two years (``2024/2025``) is a date, never a figure; a fraction of things after such a
  word (``trong tháng 4/5 xã``, ``ngày 45/60 hồ sơ``: out of a date's range) stays one;
- a preposition or a verb after a percentage (``đối với``, ``thuộc``, ``với``) is no noun it is a share of: the rate
  keeps its metric; a noun such as ``đội ngũ``, ``đối tượng`` still is;
- a period between a count and its rate (``210 hồ sơ trong năm 2025, đạt 95,5%``) does not part them;
- a place's name keeps the number closing it (``Xã A Lưới 2``, ``phường Hòa Bình 1``, ``Phường 12``), and a state
  farm's name word (``Thị trấn Nông trường Mộc Châu``); a number its line goes on with a unit word after is a figure
  (``xã A 25 hồ sơ``), or a measure (``xã A 6 tháng đầu năm``).
"""

from __future__ import annotations

import pytest

from extract.extractors.counts import CountExtractor
from extract.extractors.figure_page import fold
from extract.extractors.figure_scan import iter_figures
from extract.extractors.indicators import IndicatorExtractor
from tests.helpers import fact_rows

# --- a date's fraction is no figure --------------------------------------------------------------------------------
SCAN: list[tuple[str, str, list[str]]] = [
    ("month/year", "Trong tháng 11/2025 tiếp nhận 140 hồ sơ", ["140 hồ sơ"]),
    ("month/year, spaced", "hồ sơ của tháng 9 / 2025 đã xong", []),
    ("quarter in digits", "Quý 2/2025: 35 hồ sơ", ["35 hồ sơ"]),
    ("day/month", "tính đến ngày 15/10 còn 7 hồ sơ", ["7 hồ sơ"]),
    ("weekday, day/month", "thứ Hai 3/11 tiếp nhận 9 hồ sơ", ["9 hồ sơ"]),
    ("weekday in digits, comma", "Thứ 6, 7/11 tiếp nhận 4 hồ sơ", ["4 hồ sơ"]),
    ("Sunday in brackets", "Chủ nhật (9/11) trực 2 hồ sơ", ["2 hồ sơ"]),
    ("batch of a year", "đợt 2/2025 có 15 hồ sơ", ["15 hồ sơ"]),
    ("span of two years", "năm học 2024/2025 có 300 hồ sơ", ["300 hồ sơ"]),
    ("neg: a fraction of communes after a month word", "trong tháng 4/5 xã đạt chỉ tiêu", ["4/5"]),
    ("neg: out of a date's range after a day word", "mỗi ngày 45/60 hồ sơ", ["45/60 hồ sơ"]),
    ("neg: a fraction of communes", "có 28/30 xã hoàn thành", ["28/30"]),
    ("neg: a fraction of dossiers", "giải quyết 1.018/1.020 hồ sơ", ["1.018/1.020 hồ sơ"]),
    ("neg: a score", "đạt 18,5/20 điểm", ["18,5/20 điểm"]),
    ("neg: a year word, no fraction", "năm 2025 tiếp nhận 500 hồ sơ", ["500 hồ sơ"]),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in SCAN], ids=[c[0] for c in SCAN])
def test_date_fraction_no_figure(text: str, expected: list[str]) -> None:
    assert [text[f.start:f.end] for f in iter_figures(text, fold(text), [])] == expected


# --- rates: a scope after the value, a period among the words, a period between count and rate ----------------------
FIELDS = ("text", "metric", "value")
RATES: list[tuple[str, str, list[tuple[str, str, float]]]] = [
    ("'đối với' a field", "Tỷ lệ giải quyết đúng hạn đạt 92% đối với hồ sơ đất đai, 99% với hồ sơ hộ tịch.",
     [("92%", "on_time_rate", 92.0), ("99%", "on_time_rate", 99.0)]),
    ("'thuộc' a level", "Tỷ lệ số hóa đạt 85% thuộc cấp xã và 60% thuộc cấp huyện.",
     [("85%", "digitization_rate", 85.0), ("60%", "digitization_rate", 60.0)]),
    ("neg: staff as a noun", "Tỷ lệ hồ sơ trực tuyến đạt 40%; 100% đội ngũ công chức được tập huấn.",
     [("40%", "online_submission_rate", 40.0), ("100%", "other", 100.0)]),
    ("neg: people supported", "Tỷ lệ số hóa đạt 90%, 100% đối tượng được hỗ trợ.",
     [("90%", "digitization_rate", 90.0), ("100%", "other", 100.0)]),
    ("month/year among the share's words", "Xã Tân An: 98% hồ sơ tiếp nhận trong tháng 5/2025 được giải quyết "
     "trước hạn.", [("98%", "early_rate", 98.0)]),
    ("quarter in digits opening the sentence", "Quý 3/2025 có 100% hồ sơ được tiếp nhận trực tuyến.",
     [("100%", "online_submission_rate", 100.0)]),
    ("year between count and rate", "Xã đã giải quyết đúng hạn 210 hồ sơ trong năm 2025, đạt 95,5%.",
     [("95,5%", "on_time_rate", 95.5)]),
    ("month/year between count and rate, brackets", "Xã đã giải quyết đúng hạn 210 hồ sơ trong tháng 10/2025 "
     "(đạt 95,5%).", [("95,5%", "on_time_rate", 95.5)]),
    ("half year between count and rate", "Xã tiếp nhận trực tuyến 150 hồ sơ trong 6 tháng đầu năm, chiếm 40%.",
     [("40%", "online_submission_rate", 40.0)]),
    ("quarter between count and rate", "Xã tiếp nhận trực tuyến 150 hồ sơ trong quý III/2025, đạt tỷ lệ 40%.",
     [("40%", "online_submission_rate", 40.0)]),
    ("neg: a count then its rate, no period", "Xã đã giải quyết 210 hồ sơ, đạt 95,5%.",
     [("95,5%", "resolved_rate", 95.5)]),
    ("neg: a fraction of communes is no date", "Có 30/32 xã đạt tỷ lệ 100%.", [("100%", "other", 100.0)]),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in RATES], ids=[c[0] for c in RATES])
def test_rates(text: str, expected: list[tuple]) -> None:
    assert fact_rows(text, IndicatorExtractor, *FIELDS) == expected


# --- a place's name and its number ---------------------------------------------------------------------------------
COUNT_SCOPES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    ("number closing a name", "Xã Hồng Thủy 2 tiếp nhận 120 hồ sơ, xã Hồng Kim tiếp nhận 95 hồ sơ.",
     [("120 hồ sơ", "Xã Hồng Thủy 2"), ("95 hồ sơ", "xã Hồng Kim")]),
    ("wards by number", "UBND quận Bình Tân báo cáo: Phường 3 tiếp nhận 120 hồ sơ, Phường 12 tiếp nhận 80 hồ sơ.",
     [("120 hồ sơ", "Phường 3"), ("80 hồ sơ", "Phường 12")]),
    ("list items", "Huyện Tây Sơn báo cáo như sau.\n- Xã Bình Tân 2: tiếp nhận 50 hồ sơ.\n- Phường 12: tiếp nhận 40 "
     "hồ sơ.", [("50 hồ sơ", "Xã Bình Tân 2"), ("40 hồ sơ", "Phường 12")]),
    ("frames", "Tại Phường 3, đã tiếp nhận 120 hồ sơ. Tại xã Hòa Bình 1, đã tiếp nhận 80 hồ sơ.",
     [("120 hồ sơ", "Phường 3"), ("80 hồ sơ", "xã Hòa Bình 1")]),
    ("state farm", "Thị trấn Nông trường Sơn Hà tiếp nhận 300 hồ sơ, xã Chiềng Mai tiếp nhận 120 hồ sơ.",
     [("300 hồ sơ", "Thị trấn Nông trường Sơn Hà"), ("120 hồ sơ", "xã Chiềng Mai")]),
    ("neg: a figure right after the name", "Xã Hồng Vân 25 hồ sơ, xã Hồng Kim 30 hồ sơ.",
     [("25 hồ sơ", "Xã Hồng Vân"), ("30 hồ sơ", "xã Hồng Kim")]),
    ("neg: a row's figures after the name", "Huyện Tây Sơn báo cáo như sau.\n- Xã Bình Tân 64 60 hồ sơ.\n- Xã "
     "Bình Hòa 18 17 hồ sơ.", [("60 hồ sơ", "Xã Bình Tân"), ("17 hồ sơ", "Xã Bình Hòa")]),
    ("neg: a measure after the name", "Xã Tân Lập 6 tháng đầu năm tiếp nhận 120 hồ sơ, xã Tân Hòa tiếp nhận 20 hồ sơ.",
     [("120 hồ sơ", "Xã Tân Lập"), ("20 hồ sơ", "xã Tân Hòa")]),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in COUNT_SCOPES], ids=[c[0] for c in COUNT_SCOPES])
def test_place_number_counts(text: str, expected: list[tuple]) -> None:
    assert fact_rows(text, CountExtractor, "text", "scope") == expected


RATE_SCOPES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    ("number closing a name, rates", "Huyện Phong Điền báo cáo. Xã Phong Mỹ 2 có tỷ lệ hồ sơ đúng hạn đạt 61,7%, xã "
     "Phong Hòa đạt 98%.", [("61,7%", "Xã Phong Mỹ 2"), ("98%", "xã Phong Hòa")]),
    ("place list, respectively", "Xã Phong Mỹ 2 và xã Phong Hòa có tỷ lệ đúng hạn thấp nhất, lần lượt đạt 61,7% và "
     "64,2%.", [("61,7%", "Xã Phong Mỹ 2"), ("64,2%", "xã Phong Hòa")]),
    ("ranked, then in brackets", "Thị xã A có 5 đơn vị. Xã Phong Mỹ 2 là địa phương có tỷ lệ thấp nhất với 61,7%, "
     "tiếp theo là xã Phong Hòa (64,2%).", [("61,7%", "Xã Phong Mỹ 2"), ("64,2%", "xã Phong Hòa")]),
    ("neg: a percentage right after the name", "Tỷ lệ đúng hạn: xã Phong Mỹ 96%, xã Phong Hòa 98,5%.",
     [("96%", "xã Phong Mỹ"), ("98,5%", "xã Phong Hòa")]),
    ("neg: a two-digit percentage after the name", "Xã Phong Mỹ 12%, xã Phong Hòa 30%.",
     [("12%", "Xã Phong Mỹ"), ("30%", "xã Phong Hòa")]),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in RATE_SCOPES], ids=[c[0] for c in RATE_SCOPES])
def test_place_number_rates(text: str, expected: list[tuple]) -> None:
    assert fact_rows(text, IndicatorExtractor, "text", "scope") == expected
