"""Round 17 wave 2, INDICATORS and PERIODS (made-up sentences, positive and negative).

- A bare ``tỷ lệ`` told with ``lần lượt``/``tương ứng`` after a comma (``… có tỷ lệ thấp nhất, lần lượt là 91% và
  93%``) refers back to the rate before it.
- A count's channel (``qua Cổng Dịch vụ công quốc gia``, ``trên ứng dụng VNeID``) between it and its share does not
  part them.
- A list line's label names its bare rate (``- Thanh toán trực tuyến: N giao dịch; tỷ lệ 96%``) before the heading.
- A rate narrowed to a sub-share (``được ký số``, ``nộp bằng tài khoản định danh``) is ``other``.
- A negated comparative is a bound, no difference (``không thấp hơn 95%``: ``>=``; ``không cao hơn 2%``: ``<=``).
- A running head set on the line after a page number alone is no period fact.
- A news item's yearless period in a goal set ahead (``Mục tiêu … trong 6 tháng cuối năm``) is of the stamp's year,
  not of a past result an earlier sentence dates; a year written in its own sentence still gives it.
- A công văn's ``V/v`` subject set beside the date line in the header's right column ends before the wide gap.
"""

from __future__ import annotations

import datetime as dt

import pytest

from extract.document import Document, Source
from extract.extractors.indicators import IndicatorExtractor
from extract.extractors.periods import PeriodExtractor
from extract.extractors.references import ReferenceExtractor
from extract.registry import Context
from normalize.period_running import running_lines
from tests.helpers import COMMUNE, fact_rows, report_meta

RATES: list[tuple[str, str, list[tuple[str, str, str | None]]]] = [
    # --- a bare rate with "lần lượt"/"tương ứng" ------------------------------------------------------------------
    ("respectively after a superlative", "Xã A đứng đầu với tỷ lệ đúng hạn 99,1%; xã B và xã C có tỷ lệ thấp nhất, "
     "lần lượt là 90,5% và 92%.", [("99,1%", "on_time_rate", None), ("90,5%", "on_time_rate", None),
                                   ("92%", "on_time_rate", None)]),
    ("correspondingly", "Tỷ lệ hồ sơ trực tuyến của phường D đạt 70%, phường E và phường G có tỷ lệ cao nhất, tương "
     "ứng là 94% và 96%.", [("70%", "online_submission_rate", None), ("94%", "online_submission_rate", None),
                            ("96%", "online_submission_rate", None)]),
    ("comma then đạt", "Xã H có tỷ lệ đúng hạn 98%; xã K có tỷ lệ thấp nhất, đạt 85%.",
     [("98%", "on_time_rate", None), ("85%", "on_time_rate", None)]),
    # --- the count's channel between it and its share -------------------------------------------------------------
    ("portal after the count", "Có 2.500 hồ sơ được công dân nộp trực tuyến qua Cổng Dịch vụ công quốc gia, chiếm tỷ "
     "lệ 81,3%.", [("81,3%", "online_submission_rate", None)]),
    ("app after a payment count", "Có 320 hồ sơ được thanh toán trực tuyến trên Cổng Dịch vụ công của tỉnh, đạt tỷ lệ 61%.",
     [("61%", "online_payment_rate", None)]),
    ("no channel (unchanged)", "Có 2.500 hồ sơ nộp trực tuyến, chiếm 81%.", [("81%", "online_submission_rate", None)]),
    ("another sentence (unchanged)", "Có 2.500 hồ sơ nộp trực tuyến qua Cổng Dịch vụ công. Tỷ lệ hài lòng đạt 90%.",
     [("90%", "satisfaction_rate", None)]),
    # --- a list line's label --------------------------------------------------------------------------------------
    ("payment label", "III. SỐ HÓA, THANH TOÁN\n- Số hóa: 97%.\n- Thanh toán trực tuyến: 1.200 giao dịch / 50.000.000 "
     "đồng; tỷ lệ 93,4%.", [("97%", "digitization_rate", None), ("93,4%", "online_payment_rate", None)]),
    ("plus marker", "III. SỐ HÓA\n+ Thanh toán trực tuyến: 415 giao dịch, đạt 87%.",
     [("87%", "online_payment_rate", None)]),
    ("label names no rate (heading)", "III. SỐ HÓA\n- Ghi chú: 415 giao dịch; tỷ lệ 87%.",
     [("87%", "digitization_rate", None)]),
    ("a sentence, not a label (heading)", "III. SỐ HÓA\n- Thanh toán trực tuyến: 415 giao dịch. Hồ sơ được số hóa "
     "chiếm 87%.", [("87%", "digitization_rate", None)]),
    # --- a sub-share -----------------------------------------------------------------------------------------------
    ("signed results", "Tỷ lệ số hóa kết quả đạt 98%; tỷ lệ kết quả giải quyết được ký số đạt 100%.",
     [("98%", "digitization_rate", None), ("100%", "other", None)]),
    ("digitised and signed (unchanged)", "Số hồ sơ được số hóa, ký số kết quả: 450/500 hồ sơ, đạt 90%.",
     [("90%", "digitization_rate", None)]),
    ("logged in with e-identity", "Có 100% hồ sơ trực tuyến đăng nhập bằng tài khoản định danh điện tử.",
     [("100%", "other", None)]),
    ("filed with VNeID", "Tỷ lệ hồ sơ trực tuyến được nộp bằng tài khoản VNeID đạt 88%.", [("88%", "other", None)]),
    ("plain online rate (unchanged)", "Tỷ lệ hồ sơ trực tuyến đạt 88%.", [("88%", "online_submission_rate", None)]),
    ("digitised (unchanged)", "Có 100% hồ sơ được số hóa.", [("100%", "digitization_rate", None)]),
    # --- bounds ----------------------------------------------------------------------------------------------------
    ("not lower than", "Mức độ hài lòng của người dân, doanh nghiệp không thấp hơn 95%.",
     [("95%", "satisfaction_rate", ">=")]),
    ("not below", "Mức độ hài lòng của người dân không dưới 90%.", [("90%", "satisfaction_rate", ">=")]),
    ("not higher than", "Tỷ lệ hồ sơ quá hạn không cao hơn 2%.", [("2%", "late_rate", "<=")]),
    ("at most", "Tỷ lệ hồ sơ quá hạn tối đa 3%.", [("3%", "late_rate", "<=")]),
    ("a difference (unchanged)", "Tỷ lệ đúng hạn đạt 90%, thấp hơn 5% so với năm trước.",
     [("90%", "on_time_rate", None), ("5%", "other", None)]),
]


@pytest.mark.parametrize(("name", "text", "expected"), RATES, ids=[r[0] for r in RATES])
def test_rates(name: str, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert fact_rows(COMMUNE + text, IndicatorExtractor, "text", "metric", "qualifier") == expected


HEADS: list[tuple[str, str, list[str]]] = [
    ("head after a page number", "Số hồ sơ quá hạn giảm 4 hồ sơ.\n" + " " * 70 + "2\nBáo cáo kết quả quý II/2025 "
     "- Bộ phận Một cửa xã A\n3. Số hóa\nTiếp nhận 9 hồ sơ.", ["Báo cáo kết quả quý II/2025 - Bộ phận Một cửa xã A"]),
    ("head before a page number", "Nội dung chính.\nBáo cáo kết quả quý II/2025 của xã B\n- 2 -\nTiếp theo",
     ["Báo cáo kết quả quý II/2025 của xã B"]),
    ("a sentence after a heading number (none)", "Kết quả quý I/2026 như sau.\n1\nBáo cáo quý I/2026 có 5 mục.\nNội "
     "dung", []),
    ("no document word (none)", "Trong quý:\n2\nhồ sơ quá hạn trong quý I/2026\n", []),
]


@pytest.mark.parametrize(("name", "text", "expected"), HEADS, ids=[h[0] for h in HEADS])
def test_running_heads(name: str, text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in running_lines(text)] == expected


D = dt.date
STAMP = "\n\nThứ ba, 14/07/2020 | 09:10\n\n"
NEWS_H1 = ("Tỉnh A: 6 tháng đầu năm 2020 giải quyết 98% hồ sơ đúng hạn" + STAMP
           + "Năm 2019, tỉnh xếp thứ 20/63 về Chỉ số SIPAS. ")
H1_HEAD = ("6 tháng đầu năm 2020", D(2020, 1, 1), D(2020, 6, 30))


def periods(text: str) -> list[tuple[str, dt.date, dt.date | None]]:
    """The periods of ``text`` (the references found first, as the pipeline does), in order."""
    ctx = Context(document=Document(text, Source("t.txt", "0" * 64, "txt")))
    ctx.facts["references"] = list(ReferenceExtractor().extract(ctx))
    return [(f.text, f.start_date, f.end_date) for f in PeriodExtractor().extract(ctx)]


PERIODS: list[tuple[str, str, list[tuple[str, dt.date, dt.date | None]]]] = [
    ("goal after a past rank", NEWS_H1 + "Mục tiêu của tỉnh trong 6 tháng cuối năm là giảm hồ sơ quá hạn.",
     [H1_HEAD, ("Năm 2019", D(2019, 1, 1), D(2019, 12, 31)), ("6 tháng cuối năm", D(2020, 7, 1), D(2020, 12, 31))]),
    ("striving", NEWS_H1 + "Tỉnh phấn đấu trong quý IV hoàn thành số hóa.",
     [H1_HEAD, ("Năm 2019", D(2019, 1, 1), D(2019, 12, 31)), ("quý IV", D(2020, 10, 1), D(2020, 12, 31))]),
    ("after a semicolon (unchanged)", NEWS_H1 + "Tỉnh đề ra mục tiêu cao; quý IV tiếp nhận 500 hồ sơ.",
     [H1_HEAD, ("Năm 2019", D(2019, 1, 1), D(2019, 12, 31)), ("quý IV", D(2019, 10, 1), D(2019, 12, 31))]),
    ("no goal (unchanged)", NEWS_H1 + "Trong 6 tháng cuối năm, tỉnh tiếp nhận 500 hồ sơ.",
     [H1_HEAD, ("Năm 2019", D(2019, 1, 1), D(2019, 12, 31)), ("6 tháng cuối năm", D(2019, 7, 1), D(2019, 12, 31))]),
    ("its own sentence's year (unchanged)", NEWS_H1 + "Năm 2019, mục tiêu đề ra cho 6 tháng cuối năm đã đạt.",
     [H1_HEAD, ("Năm 2019", D(2019, 1, 1), D(2019, 12, 31)), ("Năm 2019", D(2019, 1, 1), D(2019, 12, 31)),
      ("6 tháng cuối năm", D(2019, 7, 1), D(2019, 12, 31))]),
]


@pytest.mark.parametrize(("name", "text", "expected"), PERIODS, ids=[p[0] for p in PERIODS])
def test_periods(name: str, text: str, expected: list[tuple[str, dt.date, dt.date | None]]) -> None:
    assert periods(text) == expected


LETTER = ("ỦY BAN NHÂN DÂN XÃ AN PHÚ          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
          "                                         Độc lập - Tự do - Hạnh phúc\nSố: 41/UBND-VP\n")
LETTER_BODY = "\n\nKính gửi: Văn phòng UBND tỉnh.\n\nUBND xã báo cáo như sau:\n1. Xã tiếp nhận 100 hồ sơ.\n"
SUBJECTS: list[tuple[str, str, str]] = [
    ("date beside the first line", "V/v báo cáo kết quả giải quyết hồ sơ và     An Phú, ngày 03 tháng 6 năm 2026\n"
     "tình hình số hóa tháng 5/2026", "báo cáo kết quả giải quyết hồ sơ và tình hình số hóa tháng 5/2026"),
    ("date beside the second line", "V/v báo cáo kết quả giải quyết hồ sơ và\ntình hình số hóa tháng 5/2026\t"
     "An Phú, ngày 03 tháng 6 năm 2026", "báo cáo kết quả giải quyết hồ sơ và tình hình số hóa tháng 5/2026"),
    ("a wide gap, no date (unchanged)", "V/v báo cáo kết quả    giải quyết hồ sơ tháng 5/2026",
     "báo cáo kết quả giải quyết hồ sơ tháng 5/2026"),
]


@pytest.mark.parametrize(("name", "subject", "title"), SUBJECTS, ids=[r[0] for r in SUBJECTS])
def test_subjects(name: str, subject: str, title: str) -> None:
    assert report_meta(LETTER + subject + LETTER_BODY).title == title
