"""Round 16 wave 3, INDICATORS and PERIODS (made-up sentences, positive and negative).

- A count written in brackets right after its noun (``Số hồ sơ quá hạn (04 hồ sơ) chiếm 0,1% …``, ``Hồ sơ nộp trực
  tuyến (3.120 hồ sơ), đạt tỷ lệ 64,5%``) gives the rate after the closing bracket, as a count without brackets
  does; a count inside a bracket that opens with other words (``(trong đó trực tuyến 320 hồ sơ)``) is unchanged.
- A share of procedures integrated with online payment is ``payment_integration_rate``: after a count of such
  procedures (``Số TTHC đã tích hợp thanh toán trực tuyến: 86 thủ tục, đạt 100%``) and after the verb with no noun
  before it (``Đã tích hợp, triển khai thanh toán trực tuyến 64/64 thủ tục …, đạt 100%``); dossiers paid online
  keep ``online_payment_rate``.
- The words naming a rate stop at a blank line: a news headline (``… trong giải quyết thủ tục hành chính``) names
  nothing of the first paragraph's ``Tỷ lệ cấp kết quả điện tử đạt 99,1%`` (``other``: no key for e-results);
  results issued in electronic form (``trả kết quả điện tử``) are no finishing; a label alone before the blank
  line (``Tỷ lệ …:\\n\\n98,5%``) still names its figure.
- A dossier rate after a bare number read as feedback (``Số PAKN đã xử lý: 09; tỷ lệ xử lý đúng hạn: 100%``) is
  the feedback rate, as after a feedback count with its unit; a dossier heading in between keeps the dossier rate.
- Periods: ``Từ đầu năm đến ngày 15/6/2024`` is a range from the year's start; a yearless ``trong tháng 11`` takes
  the report's year (the probe battery's ``got None`` for these is its own ``ignore`` list filtering them out).
"""

from __future__ import annotations

import datetime as dt

import pytest

from extract.extractors.indicators import IndicatorExtractor
from tests.helpers import COMMUNE, fact_rows, report_opening
from tests.test_round16_rates import periods

D = dt.date
HEADLINE = "Tỉnh Bình An: nhiều chuyển biến trong giải quyết thủ tục hành chính\n\n12/07/2025\n\n"

RATES: list[tuple[str, str, str, list[tuple[str, str]]]] = [
    # --- a count in brackets between the noun and its rate ---------------------------------------------------------
    ("online in brackets, chiếm tổng số", COMMUNE, "Số hồ sơ trực tuyến (1.045 hồ sơ) chiếm 88,2% tổng số hồ sơ "
     "tiếp nhận.", [("88,2%", "online_submission_rate")]),
    ("online in brackets, comma đạt tỷ lệ", COMMUNE, "Hồ sơ nộp trực tuyến (3.120 hồ sơ), đạt tỷ lệ 64,5%.",
     [("64,5%", "online_submission_rate")]),
    ("late in brackets over finished", COMMUNE, "Số hồ sơ quá hạn (04 hồ sơ) chiếm 0,1% số hồ sơ đã giải quyết.",
     [("0,1%", "late_rate")]),
    ("late in brackets, comma chiếm", COMMUNE, "Hồ sơ trễ hạn (15 hồ sơ), chiếm 0,6% số hồ sơ đã giải quyết.",
     [("0,6%", "late_rate")]),
    ("late in brackets, weak đạt base", COMMUNE, "Số hồ sơ quá hạn (04 hồ sơ), đạt 0,1% số hồ sơ đã giải quyết.",
     [("0,1%", "late_rate")]),
    ("on time in brackets, đạt", COMMUNE, "Số hồ sơ giải quyết đúng hạn (1.210 hồ sơ) đạt 98,4%.",
     [("98,4%", "on_time_rate")]),
    ("spaces inside the brackets", COMMUNE, "Hồ sơ tiếp nhận trực tuyến ( 640 hồ sơ ) chiếm 71%.",
     [("71%", "online_submission_rate")]),
    ("resolved in brackets", COMMUNE, "Số hồ sơ đã giải quyết (980 hồ sơ) đạt tỷ lệ 97,5%.",
     [("97,5%", "resolved_rate")]),
    ("after a line break", COMMUNE, "Hồ sơ trực tuyến:\n(1.045 hồ sơ) chiếm 88,2%.", [("88,2%", "online_submission_rate")]),
    # unchanged: no key for direct dossiers, no dossiers, a bracket opening with other words, a change in brackets
    ("direct in brackets stays other", COMMUNE, "Hồ sơ trực tiếp (120 hồ sơ) chiếm 12%.", [("12%", "other")]),
    ("staff in brackets stays other", COMMUNE, "Số cán bộ (12 người) chiếm 40%.", [("40%", "other")]),
    ("a change in brackets stays other", COMMUNE, "Số hồ sơ trực tuyến tăng (thêm 45 hồ sơ) so với quý trước, đạt 70%.",
     [("70%", "other")]),
    ("part in a trong đó bracket (unchanged)", COMMUNE, "Tiếp nhận 1.200 hồ sơ (trực tuyến 900 hồ sơ), đạt 75%.",
     [("75%", "online_submission_rate")]),
    # --- procedures integrated with online payment -----------------------------------------------------------------
    ("integrated count, colon", COMMUNE, "Số TTHC đã tích hợp thanh toán trực tuyến: 86 thủ tục, đạt 100%.",
     [("100%", "payment_integration_rate")]),
    ("integrated, no noun before the verb", COMMUNE, "Đã tích hợp, triển khai thanh toán trực tuyến 64/64 thủ tục có "
     "phí, lệ phí, đạt 100%.", [("100%", "payment_integration_rate")]),
    ("integrated for N procedures", COMMUNE, "Xã đã tích hợp thanh toán trực tuyến cho 40 thủ tục, đạt 95%.",
     [("95%", "payment_integration_rate")]),
    ("integration rate named", COMMUNE, "Tỷ lệ TTHC được tích hợp thanh toán trực tuyến đạt 92%.",
     [("92%", "payment_integration_rate")]),
    # unchanged: dossiers paid online
    ("dossiers paid online", COMMUNE, "Có 320 hồ sơ thanh toán trực tuyến, đạt 45%.", [("45%", "online_payment_rate")]),
    ("payment rate named", COMMUNE, "Tỷ lệ thanh toán trực tuyến đạt 45%.", [("45%", "online_payment_rate")]),
    ("dossiers paid, colon", COMMUNE, "Số hồ sơ đã thanh toán trực tuyến: 86 hồ sơ, đạt 70%.",
     [("70%", "online_payment_rate")]),
    # --- a blank line ends a rate's words; results in electronic form ----------------------------------------------
    ("e-results under a news headline", HEADLINE, "Tỷ lệ cấp kết quả điện tử đạt 99,1%; tỷ lệ số hóa hồ sơ đạt 92,7% "
     "(chỉ tiêu 90%).", [("99,1%", "other"), ("92,7%", "digitization_rate")]),
    ("electronic copy under a headline", HEADLINE, "Tỷ lệ cấp bản điện tử kết quả đạt 97%.", [("97%", "other")]),
    ("trả kết quả điện tử", COMMUNE, "Tỷ lệ trả kết quả điện tử đạt 96%.", [("96%", "other")]),
    ("trả kết quả giải quyết TTHC điện tử", COMMUNE, "Tỷ lệ trả kết quả giải quyết TTHC điện tử đạt 96%.",
     [("96%", "other")]),
    # unchanged: a label alone before the blank line, results returned, returned on time
    ("label alone before a blank line", HEADLINE, "Tỷ lệ hồ sơ giải quyết đúng hạn:\n\n98,5%",
     [("98,5%", "on_time_rate")]),
    ("results returned", COMMUNE, "98% hồ sơ đã được trả kết quả.", [("98%", "resolved_rate")]),
    ("results returned on time", COMMUNE, "Tỷ lệ trả kết quả đúng hạn đạt 97%.", [("97%", "on_time_rate")]),
    ("returned count", COMMUNE, "Đã trả kết quả 480 hồ sơ, đạt 96%.", [("96%", "resolved_rate")]),
    # --- feedback told as bare numbers ------------------------------------------------------------------------------
    ("PAKN list items", COMMUNE, "Tình hình giải quyết PAKN:\n1. Số PAKN tiếp nhận: 09;\n2. Số PAKN đã xử lý: 09;\n3. Tỷ "
     "lệ xử lý đúng hạn: 100%.", [("100%", "feedback_handled_rate")]),
    ("PAKN bare number, semicolon", COMMUNE, "Số PAKN đã xử lý: 09; tỷ lệ xử lý đúng hạn: 100%.",
     [("100%", "feedback_handled_rate")]),
    ("feedback bare number, next sentence", COMMUNE, "Số phản ánh, kiến nghị tiếp nhận: 12. Tỷ lệ giải quyết đúng hạn "
     "đạt 100%.", [("100%", "feedback_handled_rate")]),
    # unchanged: a dossier heading between
    ("dossier heading between", COMMUNE, "Số PAKN đã xử lý: 09.\nHồ sơ TTHC:\n- Tỷ lệ giải quyết đúng hạn: 98%.",
     [("98%", "on_time_rate")]),
]


@pytest.mark.parametrize(("name", "opening", "text", "expected"), RATES, ids=[c[0] for c in RATES])
def test_rates(name: str, opening: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert fact_rows(opening + text, IndicatorExtractor, "text", "metric") == expected


DISTRICT = report_opening("HUYỆN ĐỨC AN", "6 tháng đầu năm 2024")
WARD = report_opening("PHƯỜNG HÒA BÌNH", "tháng 10 năm 2025")

PERIODS: list[tuple[str, str, list[tuple[str, dt.date, dt.date | None]]]] = [
    ("from the year's start to a day", DISTRICT + "Từ đầu năm đến ngày 15/6/2024, huyện tiếp nhận 7.450 hồ sơ.",
     [("6 tháng đầu năm 2024", D(2024, 1, 1), D(2024, 6, 30)),
      ("Từ đầu năm đến ngày 15/6/2024", D(2024, 1, 1), D(2024, 6, 15))]),
    ("from the year's start, year written", DISTRICT + "Từ đầu năm 2024 đến ngày 15/6/2024, huyện tiếp nhận 7.450 hồ sơ.",
     [("6 tháng đầu năm 2024", D(2024, 1, 1), D(2024, 6, 30)),
      ("Từ đầu năm 2024 đến ngày 15/6/2024", D(2024, 1, 1), D(2024, 6, 15))]),
    ("yearless month ahead, report's year", WARD + "Còn 09 hồ sơ đang giải quyết, sẽ tiếp tục giải quyết trong tháng 11.",
     [("tháng 10 năm 2025", D(2025, 10, 1), D(2025, 10, 31)), ("tháng 11", D(2025, 11, 1), D(2025, 11, 30))]),
    ("yearless month opening a sentence", WARD + "Trong tháng 11, phường sẽ rà soát quy trình.",
     [("tháng 10 năm 2025", D(2025, 10, 1), D(2025, 10, 31)), ("tháng 11", D(2025, 11, 1), D(2025, 11, 30))]),
    # a point in time is no period
    ("a point in time (unchanged)", WARD + "Tính đến ngày 15/10/2025, còn 09 hồ sơ đang giải quyết.",
     [("tháng 10 năm 2025", D(2025, 10, 1), D(2025, 10, 31))]),
]


@pytest.mark.parametrize(("name", "text", "expected"), PERIODS, ids=[c[0] for c in PERIODS])
def test_periods(name: str, text: str, expected: list[tuple[str, dt.date, dt.date | None]]) -> None:
    assert periods(text) == expected
