"""Round 16, INDICATORS and PERIODS (made-up sentences, positive and negative).

- A comparison (``so với …``) after a percentage makes it a difference or a volume ratio only in its own sentence:
  ``… đạt 99%. So với cùng kỳ năm trước, số hồ sơ tăng …`` compares the next sentence's figure, the rate keeps its
  metric (after ``.``, ``!``, ``?``); ``đạt 99% so với kế hoạch vốn`` stays ``other``.
- Paying a fee through a channel is online payment whatever fee is named between (``thanh toán phí, lệ phí qua Cổng
  dịch vụ công``, ``nộp lệ phí trực tuyến``, ``thanh toán nghĩa vụ tài chính trên Hệ thống``); a share over the
  dossiers with a fee to pay (``số hồ sơ có nghĩa vụ tài chính``, ``phải nộp phí, lệ phí``) of online dossiers is
  ``online_payment_rate``; of another class it keeps its own rate.
- ``cùng kỳ năm Y`` with no period in its sentence or title moves the last period its paragraph names before it
  to year Y; none there: the year as written.
- A yearless period after a plan's citation and issuer, opened by a comma and a time word (``…, trong quý IV, Sở …
  sẽ …``), is the sentence's period, not the plan's name; ``Kế hoạch kiểm tra (trong) quý IV`` stays a name.
"""

from __future__ import annotations

import datetime as dt

import pytest

from extract.document import Document, Source
from extract.extractors.indicators import IndicatorExtractor
from extract.extractors.periods import PeriodExtractor
from extract.extractors.references import ReferenceExtractor
from extract.registry import Context
from tests.helpers import COMMUNE, NEWS, fact_rows

D = dt.date

RATES: list[tuple[str, str, list[tuple[str, str]]]] = [
    # --- a comparison opening the next sentence is not the rate's -----------------------------------------------
    ("next sentence so với cùng kỳ", "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,6%. So với cùng kỳ năm 2024, số hồ sơ "
     "tiếp nhận tăng 320 hồ sơ.", [("98,6%", "on_time_rate")]),
    ("next sentence so với năm", "Như vậy, tỷ lệ giải quyết trước và đúng hạn đạt 97,1%. So với năm trước, lượng hồ "
     "sơ giảm nhẹ.", [("97,1%", "on_time_rate")]),
    ("after a question mark", "Tỷ lệ hồ sơ trễ hạn chỉ còn 0,7%? So với cùng kỳ, số hồ sơ trễ hạn giảm 40 hồ sơ.",
     [("0,7%", "late_rate")]),
    ("late share then on time, next sentence compares", "Số hồ sơ trễ hạn là 210, chiếm 0,9%. Như vậy, tỷ lệ giải "
     "quyết đúng hạn đạt 99,1%. So với cùng kỳ năm 2023, số hồ sơ tiếp nhận tăng 5.000 hồ sơ.",
     [("0,9%", "late_rate"), ("99,1%", "on_time_rate")]),
    # unchanged: the comparison in the figure's own sentence
    ("same sentence so với cùng kỳ (unchanged)", "Tỷ lệ giải quyết đúng hạn đạt 98,6% so với cùng kỳ năm 2024.",
     [("98,6%", "other")]),
    ("same sentence kế hoạch vốn (unchanged)", "Giải ngân đạt 85% kế hoạch vốn.", [("85%", "other")]),
    # --- paying a fee through a channel --------------------------------------------------------------------------
    ("fee named between payment and portal", "Có 6.200 hồ sơ thực hiện thanh toán phí, lệ phí qua Cổng dịch vụ "
     "công, đạt tỷ lệ 38,5%.", [("38,5%", "online_payment_rate")]),
    ("fee paid online, nộp lệ phí trực tuyến", "Trong kỳ, 410 hồ sơ nộp lệ phí trực tuyến, đạt 52%.",
     [("52%", "online_payment_rate")]),
    ("financial obligation on the system", "Có 300 hồ sơ thanh toán nghĩa vụ tài chính trên Hệ thống, chiếm 30%.",
     [("30%", "online_payment_rate")]),
    ("fee over fee dossiers", "Xã có 75 hồ sơ thanh toán phí trực tuyến, chiếm 60% số hồ sơ phải nộp phí, lệ phí.",
     [("60%", "online_payment_rate")]),
    ("online over fee dossiers", "Có 900 hồ sơ trực tuyến, chiếm 45% số hồ sơ có nghĩa vụ tài chính.",
     [("45%", "online_payment_rate")]),
    # unchanged: online over received, late over fee dossiers, submitting through the portal
    ("online over received (unchanged)", "Có 900 hồ sơ trực tuyến, chiếm 45% số hồ sơ tiếp nhận.",
     [("45%", "online_submission_rate")]),
    ("late over fee dossiers keeps late", "Có 12 hồ sơ trễ hạn, chiếm 4% số hồ sơ có thu phí, lệ phí.",
     [("4%", "late_rate")]),
    ("submitted through the portal (unchanged)", "Có 5.000 hồ sơ nộp trực tuyến qua Cổng dịch vụ công, đạt tỷ lệ "
     "40,5%.", [("40,5%", "online_submission_rate")]),
]


@pytest.mark.parametrize(("name", "text", "expected"), RATES, ids=[c[0] for c in RATES])
def test_rates(name: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert fact_rows(COMMUNE + text, IndicatorExtractor, "text", "metric") == expected


def periods(text: str) -> list[tuple[str, dt.date, dt.date | None]]:
    """The periods of ``text`` (the references found first, as the pipeline does), in order."""
    ctx = Context(document=Document(text, Source("t.txt", "0" * 64, "txt")))
    ctx.facts["references"] = list(ReferenceExtractor().extract(ctx))
    return [(f.text, f.start_date, f.end_date) for f in PeriodExtractor().extract(ctx)]


STAMPED = "Tin cải cách hành chính\n\nThứ năm, 16/10/2025\n\n"

SAME_PERIOD: list[tuple[str, str, list[tuple[str, dt.date, dt.date | None]]]] = [
    ("paragraph's nine months moved", STAMPED + "Theo Sở Nội vụ, 9 tháng đầu năm 2025, toàn tỉnh tiếp nhận 80.000 hồ "
     "sơ. So với cùng kỳ năm 2024, số hồ sơ tiếp nhận tăng 6.000 hồ sơ.",
     [("9 tháng đầu năm 2025", D(2025, 1, 1), D(2025, 9, 30)), ("cùng kỳ năm 2024", D(2024, 1, 1), D(2024, 9, 30))]),
    ("paragraph's quarter moved, baseline inside the sentence", STAMPED + "Trong quý III năm 2025, huyện giải quyết "
     "4.100 hồ sơ. Số hồ sơ trực tuyến tăng mạnh so với cùng kỳ năm 2024.",
     [("quý III năm 2025", D(2025, 7, 1), D(2025, 9, 30)), ("cùng kỳ năm 2024", D(2024, 7, 1), D(2024, 9, 30))]),
    ("no period before it: the year as written", STAMPED + "Toàn tỉnh tiếp nhận 80.000 hồ sơ. So với cùng kỳ năm "
     "2024, số hồ sơ tiếp nhận tăng 6.000 hồ sơ.", [("năm 2024", D(2024, 1, 1), D(2024, 12, 31))]),
    ("another paragraph's period is not moved", STAMPED + "Sáu tháng đầu năm 2025, tỉnh tiếp nhận 50.000 hồ sơ.\n\n"
     "Toàn tỉnh có 300 hồ sơ trễ hạn. So với cùng kỳ năm 2024, số hồ sơ trễ hạn giảm.",
     [("Sáu tháng đầu năm 2025", D(2025, 1, 1), D(2025, 6, 30)), ("năm 2024", D(2024, 1, 1), D(2024, 12, 31))]),
]

QUARTER_AFTER_PLAN: list[tuple[str, str, list[tuple[str, dt.date, dt.date | None]]]] = [
    ("comma trong after a cited plan", STAMPED + "Chín tháng đầu năm 2025, tỉnh tiếp nhận 80.000 hồ sơ. Thực hiện Kế "
     "hoạch số 21/KH-UBND ngày 10/01/2025 của UBND tỉnh, trong quý IV, Sở Nội vụ sẽ kiểm tra các huyện.",
     [("Chín tháng đầu năm 2025", D(2025, 1, 1), D(2025, 9, 30)), ("quý IV", D(2025, 10, 1), D(2025, 12, 31))]),
    ("comma vào after a plan", STAMPED + "Tháng 9/2025, xã tiếp nhận 400 hồ sơ. Theo Kế hoạch cải cách hành chính "
     "của huyện, vào tháng 11, xã sẽ rà soát quy trình.",
     [("Tháng 9/2025", D(2025, 9, 1), D(2025, 9, 30)), ("tháng 11", D(2025, 11, 1), D(2025, 11, 30))]),
    # a name: no comma before the time word, or none at all
    ("plan named with its quarter", STAMPED + "Tháng 9/2025, xã tiếp nhận 400 hồ sơ. Sở đã ban hành Kế hoạch kiểm tra "
     "quý IV.", [("Tháng 9/2025", D(2025, 9, 1), D(2025, 9, 30))]),
    ("plan named with trong, no comma", STAMPED + "Tháng 9/2025, xã tiếp nhận 400 hồ sơ. Sở ban hành Kế hoạch kiểm tra "
     "trong quý IV.", [("Tháng 9/2025", D(2025, 9, 1), D(2025, 9, 30))]),
    ("a list of plans", COMMUNE + "Các nhiệm vụ:\n- Kế hoạch kiểm tra quý IV;\n- Kế hoạch tuyên truyền quý IV.",
     [("quý II năm 2025", D(2025, 4, 1), D(2025, 6, 30))]),
]


@pytest.mark.parametrize(("name", "text", "expected"), SAME_PERIOD + QUARTER_AFTER_PLAN,
                         ids=[c[0] for c in SAME_PERIOD + QUARTER_AFTER_PLAN])
def test_periods(name: str, text: str, expected: list[tuple[str, dt.date, dt.date | None]]) -> None:
    assert periods(text) == expected


def test_news_opening_unused() -> None:
    """The shared news opening still reads a rate followed by a comparison in the next sentence."""
    rows = fact_rows(NEWS + "Tỷ lệ đúng hạn đạt 99%. So với năm 2024, hồ sơ tăng.", IndicatorExtractor, "metric")
    assert rows == [("on_time_rate",)]
