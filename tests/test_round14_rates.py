"""Round 14, family INDICATORS and PERIODS: the readings the opened blind set (every genre) showed missing, each with
made-up sentences around it, positive and negative.

Indicators:

- ``N% hồ sơ <modifiers> được <predicate>``: a period among the modifiers (``năm 2023``, ``tháng 3/2024``, ``quý
  I/2024``, ``6 tháng đầu năm``) or an aside in brackets is no figure ending the share's words: the predicate still
  names the rate;
- a rank among places (``dẫn đầu``, ``đứng cuối``, ``xếp thứ hai``) lets a value across ``;`` continue the rate before;
- one rate, a list of values each with its level or field after it (``80% đối với cấp huyện``, ``70% thuộc lĩnh vực
  …``): every value keeps the rate.

Periods:

- ``Chỉ thị này 6 tháng đầu năm 2024``: a demonstrative after a plan word closes the name; the period after it is the
  activity's;
- ``chuyển sang năm 2026``: where a backlog is carried, no period.
"""

from __future__ import annotations

import pytest

from extract.extractors.indicators import IndicatorExtractor
from extract.extractors.periods import PeriodExtractor
from tests.helpers import fact_rows

FIELDS = ("text", "metric", "value")

RATES: list[tuple[str, str, list[tuple[str, str, float]]]] = [
    # --- the predicate after "N% hồ sơ", past a period or an aside among the modifiers ------------------------------
    ("headline, year among the modifiers", "Quảng Trị: 97,4% hồ sơ thủ tục hành chính năm 2023 được giải quyết đúng "
     "hạn", [("97,4%", "on_time_rate", 97.4)]),
    ("month/year among the modifiers", "Lạng Sơn: 99,1% hồ sơ TTHC tháng 3/2024 được giải quyết trước hạn",
     [("99,1%", "early_rate", 99.1)]),
    ("quarter among the modifiers", "Huyện Đông Anh: 96% hồ sơ TTHC quý I/2024 được giải quyết đúng hạn",
     [("96%", "on_time_rate", 96.0)]),
    ("half year, no 'được'", "Xã Phú Mỹ: 97% hồ sơ TTHC 6 tháng đầu năm giải quyết đúng hạn",
     [("97%", "on_time_rate", 97.0)]),
    ("year, online predicate", "Trong năm 2023, 42% hồ sơ của năm 2023 được nộp trực tuyến.",
     [("42%", "online_submission_rate", 42.0)]),
    ("year, digitised", "Bắc Kạn: 100% hồ sơ năm 2024 được số hóa", [("100%", "digitization_rate", 100.0)]),
    ("aside in brackets", "Năm 2025, 98% hồ sơ (trừ lĩnh vực đất đai) được giải quyết trước hạn.",
     [("98%", "early_rate", 98.0)]),
    ("aside with a date", "Sóc Trăng: 100% hồ sơ (tính đến ngày 30/6/2024) được số hóa",
     [("100%", "digitization_rate", 100.0)]),
    ("neg: another figure cuts the words", "Phường đạt 100% hồ sơ, 20 hồ sơ được giải quyết trực tuyến.",
     [("100%", "other", 100.0)]),
    ("neg: a share of officials", "100% cán bộ năm 2024 được tập huấn.", [("100%", "other", 100.0)]),
    # --- ranked places across ";" -------------------------------------------------------------------------------------
    ("leads; last", "Huyện Tam Nông dẫn đầu với tỷ lệ giải quyết đúng hạn 99,5%; huyện Thanh Ba đứng cuối với 91,2%.",
     [("99,5%", "on_time_rate", 99.5), ("91,2%", "on_time_rate", 91.2)]),
    ("first; ranked last, 'đạt'", "Xã Long Hựu đứng đầu với tỷ lệ hồ sơ trực tuyến 88%; xã Long Khánh xếp cuối, đạt "
     "40%.", [("88%", "online_submission_rate", 88.0), ("40%", "online_submission_rate", 40.0)]),
    ("ranked first; ranked second", "Về tỷ lệ số hóa, xã Cẩm Lệ xếp thứ nhất với 95%; xã Hòa Châu xếp thứ hai với "
     "90%.", [("95%", "digitization_rate", 95.0), ("90%", "digitization_rate", 90.0)]),
    ("highest, lowest in brackets", "Tỷ lệ thanh toán trực tuyến cao nhất là xã Nghĩa Đàn (80%), thấp nhất là xã "
     "Nghĩa Lộc (12%).", [("80%", "online_payment_rate", 80.0), ("12%", "online_payment_rate", 12.0)]),
    ("leads, last after a comma", "Huyện Yên Lập dẫn đầu với tỷ lệ đúng hạn 99,5%, huyện Tân Sơn đứng cuối với 91,2%.",
     [("99,5%", "on_time_rate", 99.5), ("91,2%", "on_time_rate", 91.2)]),
    ("'cuối bảng' after 'trong khi đó'", "Huyện Yên Lập dẫn đầu với tỷ lệ đúng hạn 99,5%; trong khi đó huyện Tân Sơn "
     "đứng cuối bảng với 91,2%.", [("99,5%", "on_time_rate", 99.5), ("91,2%", "on_time_rate", 91.2)]),
    ("neg: a new rate after ';'", "Tỷ lệ hồ sơ trực tuyến của huyện đạt 45%; 30% người dân hài lòng.",
     [("45%", "online_submission_rate", 45.0), ("30%", "satisfaction_rate", 30.0)]),
    ("neg: a leader in another rate", "Tỷ lệ hồ sơ trực tuyến của huyện đạt 45%; xã Tân Hà dẫn đầu về số hóa với 30%.",
     [("45%", "online_submission_rate", 45.0), ("30%", "digitization_rate", 30.0)]),
    # --- one rate, values by level or field -------------------------------------------------------------------------
    ("'đối với' each level", "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 95% đối với cấp tỉnh, 75% đối với cấp "
     "huyện và 55% đối với cấp xã.", [("95%", "digitization_rate", 95.0), ("75%", "digitization_rate", 75.0),
                                     ("55%", "digitization_rate", 55.0)]),
    ("'đối với' each field", "Tỷ lệ số hóa đạt 90% đối với lĩnh vực hộ tịch, 70% đối với lĩnh vực đất đai.",
     [("90%", "digitization_rate", 90.0), ("70%", "digitization_rate", 70.0)]),
    ("'thuộc' each field", "Tỷ lệ hồ sơ trực tuyến đạt 70% thuộc lĩnh vực tư pháp, 50% thuộc lĩnh vực đất đai.",
     [("70%", "online_submission_rate", 70.0), ("50%", "online_submission_rate", 50.0)]),
    ("'ở' each level", "Tỷ lệ hồ sơ trực tuyến đạt 70% ở cấp tỉnh, 50% ở cấp huyện, 30% ở cấp xã.",
     [("70%", "online_submission_rate", 70.0), ("50%", "online_submission_rate", 50.0),
      ("30%", "online_submission_rate", 30.0)]),
    ("levels in brackets", "Tỷ lệ thanh toán trực tuyến đạt 60% (cấp tỉnh), 45% (cấp huyện) và 30% (cấp xã).",
     [("60%", "online_payment_rate", 60.0), ("45%", "online_payment_rate", 45.0),
      ("30%", "online_payment_rate", 30.0)]),
    ("neg: officials after 'đối với'", "Tỷ lệ hồ sơ trực tuyến đạt 45%, 100% đối với cán bộ được tập huấn.",
     [("45%", "online_submission_rate", 45.0), ("100%", "other", 100.0)]),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in RATES], ids=[c[0] for c in RATES])
def test_round14_rates(text: str, expected: list[tuple]) -> None:
    assert fact_rows(text, IndicatorExtractor, *FIELDS) == expected


PERIODS: list[tuple[str, str, list[str]]] = [
    # --- a demonstrative closes a plan word's name --------------------------------------------------------------------
    ("'Chỉ thị này', half year, deadline after", "Các sở báo cáo kết quả thực hiện Chỉ thị này 6 tháng đầu năm 2026 "
     "trước ngày 15/6/2026.", ["6 tháng đầu năm 2026"]),
    ("'Kế hoạch nêu trên', quarter", "Các phòng triển khai Kế hoạch nêu trên trong quý III/2025.", ["quý III/2025"]),
    ("'Nghị quyết này', year", "Các xã tổ chức thực hiện Nghị quyết này năm 2027 đúng tiến độ.", ["năm 2027"]),
    ("neg: a plan's name", "Ban hành Kế hoạch cải cách hành chính năm 2025.", []),
    ("neg: a directive's name", "Thực hiện Chỉ thị về tăng cường kỷ luật năm 2024, các xã rà soát.", []),
    # --- where a backlog is carried ---------------------------------------------------------------------------------
    ("backlog into a year", "Số hồ sơ đang giải quyết chuyển sang năm 2026 là 812 hồ sơ.", []),
    ("backlog into a month", "Còn 15 hồ sơ chuyển qua tháng 5/2025 để giải quyết tiếp.", []),
    ("backlog into a quarter", "Có 30 hồ sơ chuyển tiếp sang quý III/2025.", []),
    ("neg: the year the backlog comes from, the report's year", "Trong năm 2022, xã tiếp nhận 800 hồ sơ, tồn từ năm "
     "2021 chuyển sang 12 hồ sơ.", ["năm 2022", "năm 2021"]),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in PERIODS], ids=[c[0] for c in PERIODS])
def test_round14_periods(text: str, expected: list[str]) -> None:
    assert [r[0] for r in fact_rows(text, PeriodExtractor, "text")] == expected
