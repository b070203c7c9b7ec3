"""Round 16, second wave: INDICATORS, PERIODS and METADATA (made-up sentences, positive and negative).

- A bound alone joining a share to the count before it (``…, chưa đến 1,4%``, ``…, khoảng 3%``, ``…, dưới 1%``) joins
  it as ``chiếm`` does: the count is its numerator, a base written after it its base; ``chưa đến`` / ``chưa tới`` /
  ``chưa bằng`` give the qualifier ``<``.
- A bracket opened right after a count (``Số hóa 3.200 hồ sơ (95% số hồ sơ đã giải quyết)``) is a share of that
  count over the base named after the percentage: the numerator's verb decides the metric.
- A page's running foot written once (a two-page report numbers its second page only), between blank lines, its
  page number set off by a wide gap or ``Trang``, naming the document (``Báo cáo``, ``UBND``): no period.
- ``… trong 9 tháng`` closing a news headline is the report's nine months (the year the text reports on).
- A bare type word after others in a counted or plural list (``9 huyện, thị xã, thành phố``) is no unit speaking
  of itself: a province's news item keeps the province over its capital of the same name.
"""

from __future__ import annotations

import datetime as dt

import pytest

from extract.extractors.indicators import IndicatorExtractor
from extract.extractors.periods import PeriodExtractor
from normalize.period_running import running_lines
from tests.helpers import COMMUNE, fact_rows, report_meta

D = dt.date

SHARES: list[tuple[str, str, list[tuple[str, str, str | None]]]] = [
    # --- a bound alone after the count ----------------------------------------------------------------------------
    ("chưa đến over received", "Cổng dịch vụ công chỉ nhận 820 hồ sơ trực tuyến, chưa đến 3,5% tổng số hồ sơ tiếp "
     "nhận.", [("3,5%", "online_submission_rate", "<")]),
    ("chưa tới, no base", "Xã nhận 410 hồ sơ trực tuyến, chưa tới 12%.", [("12%", "online_submission_rate", "<")]),
    ("chưa bằng", "Tiếp nhận 320 hồ sơ trực tuyến, chưa bằng 10% số hồ sơ tiếp nhận.",
     [("10%", "online_submission_rate", "<")]),
    ("khoảng over resolved", "Có 45 hồ sơ quá hạn, khoảng 3% tổng số hồ sơ đã giải quyết.", [("3%", "late_rate", None)]),
    ("dưới over resolved", "Có 12 hồ sơ trễ hạn, dưới 1% số hồ sơ đã giải quyết.", [("1%", "late_rate", "<")]),
    # --- a bracket after the count, its base after the percentage -----------------------------------------------
    ("digitized over resolved", "Số hóa 3.200 hồ sơ (95,1% số hồ sơ đã giải quyết).",
     [("95,1%", "digitization_rate", None)]),
    ("late over resolved in brackets", "Có 45 hồ sơ quá hạn (3% tổng số hồ sơ đã giải quyết).",
     [("3%", "late_rate", None)]),
    ("in time over received in brackets", "Có 1.200 hồ sơ đúng hạn (98% số hồ sơ tiếp nhận).",
     [("98%", "resolved_rate", None)]),
    ("late over late in brackets: a part", "Huyện có 12 hồ sơ trễ hạn (40% số hồ sơ trễ hạn của tỉnh).",
     [("40%", "other", None)]),
    # unchanged: no count before the bound; a predicate names the share's own dossiers; no base
    ("no count: chưa đến kế hoạch (unchanged)", "Xã hoàn thành chưa đến 50% kế hoạch.", [("50%", "other", "<")]),
    ("trên with its own predicate (unchanged)", "Giải quyết 2.000 hồ sơ, trên 95% đúng hạn.",
     [("95%", "on_time_rate", ">")]),
    ("bracket with a predicate (unchanged)", "Xã tiếp nhận 500 hồ sơ (100% số hồ sơ được giải quyết đúng hạn).",
     [("100%", "on_time_rate", None)]),
    ("bracket, no base (unchanged)", "Số hóa 3.200 hồ sơ (95,1%).", [("95,1%", "digitization_rate", None)]),
    ("received then a field's part (unchanged)", "Huyện tiếp nhận 5.200 hồ sơ, hơn 60% là hồ sơ đất đai.",
     [("60%", "other", ">")]),
]


@pytest.mark.parametrize(("name", "sentence", "expected"), SHARES, ids=[c[0] for c in SHARES])
def test_share_after_count(name: str, sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert fact_rows(COMMUNE + sentence, IndicatorExtractor, "text", "metric", "qualifier") == expected


FOOTER = "Báo cáo CCHC quý I năm 2025 - UBND xã Minh Phú"
RUNNING: list[tuple[str, str, list[str]]] = [
    ("foot once, wide gap", f"đạt 99%;\n\n{FOOTER}                    2\n\ntrong đó", [f"{FOOTER}                    2"]),
    ("foot once, tab", f"đạt 99%;\n\n{FOOTER}\t3\n\ntrong đó", [f"{FOOTER}\t3"]),
    ("foot once, Trang", f"đạt 99%;\n\n{FOOTER} - Trang 2\n\ntrong đó", [f"{FOOTER} - Trang 2"]),
    ("number before", f"đạt 99%;\n\n2        {FOOTER}\n\ntrong đó", [f"2        {FOOTER}"]),
    # no: a table row names no document; no page number; not set off; a number after a narrow dash
    ("table row alone (unchanged)", "a\n\nQuý I năm 2025          120\n\nb", []),
    ("a heading, no number (unchanged)", "a\n\nBáo cáo kết quả quý I năm 2025\n\nb", []),
    ("inside a paragraph (unchanged)", f"a\n{FOOTER}          2\nb", []),
    ("narrow dash number (unchanged)", "a\n\nBáo cáo quý I - 2\n\nb", []),
]


@pytest.mark.parametrize(("name", "text", "expected"), RUNNING, ids=[c[0] for c in RUNNING])
def test_running_foot_once(name: str, text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in running_lines(text)] == expected


def test_running_foot_once_gives_no_period() -> None:
    text = (COMMUNE + "Trong quý, xã tiếp nhận 210 hồ sơ, đã giải quyết 205 hồ sơ;\n\n"
            "Báo cáo CCHC quý II năm 2025 - UBND xã Minh Phú                 2\n\n"
            "trong đó giải quyết trước hạn 150 hồ sơ.")
    assert [r[0] for r in fact_rows(text, PeriodExtractor, "text")] == ["quý II năm 2025"]


HEADLINES: list[tuple[str, str, list[tuple[str, D, D]]]] = [
    ("nine months closing a headline", "Lào Cai: Gần 99% hồ sơ được trả đúng hạn trong 9 tháng\n\n05/10/2024 08:10\n\n"
     "9 tháng đầu năm 2024, toàn tỉnh tiếp nhận 120.000 hồ sơ.",
     [("9 tháng", D(2024, 1, 1), D(2024, 9, 30)), ("9 tháng đầu năm 2024", D(2024, 1, 1), D(2024, 9, 30))]),
    ("six months closing a headline", "Giải quyết hồ sơ đất đai chuyển biến tích cực trong 6 tháng\n\n"
     "12/07/2023\n\n6 tháng đầu năm 2023, huyện tiếp nhận 900 hồ sơ.",
     [("6 tháng", D(2023, 1, 1), D(2023, 6, 30)), ("6 tháng đầu năm 2023", D(2023, 1, 1), D(2023, 6, 30))]),
    # no: a duration closing a paragraph of the body; a headline's sentence ending before it
    ("duration in the body (unchanged)", "Cải cách hành chính năm 2024\n\n05/01/2025\n\n" + "Năm 2024, huyện tiếp "
     "nhận 9.000 hồ sơ và đã giải quyết xong. " * 6 + "Đề án phải hoàn thành trong 6 tháng\n\nTheo đó, …", []),
    ("a headline's sentence ends before it (unchanged)", "Huyện đạt 99%. Đề án hoàn thành trong 6 tháng\n\n"
     "05/01/2025\n\nNăm 2024, huyện tiếp nhận 9.000 hồ sơ.", []),
]


@pytest.mark.parametrize(("name", "text", "expected"), HEADLINES, ids=[c[0] for c in HEADLINES])
def test_headline_bare_period(name: str, text: str, expected: list[tuple[str, D, D]]) -> None:
    """The months' own periods (the periods written with a year are left out)."""
    rows = fact_rows(text, PeriodExtractor, "text", "start_date", "end_date")
    assert [r for r in rows if r[0] in ("9 tháng", "6 tháng") or r in expected] == expected


def test_headline_bare_period_gives_kind() -> None:
    text = ("Lào Cai: Gần 99% hồ sơ được trả đúng hạn trong 9 tháng\n\n05/10/2024 08:10\n\n"
            "9 tháng đầu năm 2024, toàn tỉnh tiếp nhận 120.000 hồ sơ.")
    assert report_meta(text).kind == "nine_months"


PROVINCE_NEWS = ("Lào Cai: Trên 98% hồ sơ được giải quyết đúng hạn\n\n05/10/2024 08:10\n\n"
                 "(Cổng TTĐT Lào Cai) - Năm 2024, các cơ quan trên địa bàn tỉnh tiếp nhận 187.000 hồ sơ. Cấp tỉnh tiếp "
                 "nhận 38.000 hồ sơ, toàn tỉnh có 12 hồ sơ quá hạn. Bình quân mỗi ngày, Bộ phận một cửa của {list} tiếp nhận khoảng 390 hồ sơ. "
                 "Dẫn đầu là huyện Ba Vì; thành phố Lào Cai còn 46 hồ sơ quá hạn. UBND tỉnh yêu cầu khắc phục.")


@pytest.mark.parametrize(("lst", "expected"), [
    ("9 huyện, thị xã, thành phố", ("tỉnh", "Lào Cai")),  # a list of types: the province
    ("các huyện và thành phố", ("tỉnh", "Lào Cai")),
    ("thành phố", ("thành phố", "Lào Cai")),  # the city spoken of bare: unchanged, the capital
])
def test_province_over_capital_type_list(lst: str, expected: tuple[str, str]) -> None:
    unit = report_meta(PROVINCE_NEWS.format(list=lst)).unit
    assert unit is not None and (unit.type, unit.name) == expected
