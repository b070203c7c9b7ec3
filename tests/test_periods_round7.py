"""Round 7: a dotted start without a year before a full dotted end; a news item's yearless period before any
written year takes the narrative's year (own sentences, positive and negative)."""

from __future__ import annotations

import datetime as D  # noqa: N812

import pytest

from extract.document import Document, Source
from extract.extractors.periods import PeriodExtractor
from extract.registry import Context
from normalize.periods import iter_periods


@pytest.mark.parametrize(("text", "expected"), [
    ("từ 27.4 đến 3.5.2018", (D.date(2018, 4, 27), D.date(2018, 5, 3))),
    ("(từ 12.6 đến 18.6.2019)", (D.date(2019, 6, 12), D.date(2019, 6, 18))),
    ("từ ngày 27.4 đến ngày 3.5.2018", (D.date(2018, 4, 27), D.date(2018, 5, 3))),
])
def test_dotted_start(text: str, expected: tuple[D.date, D.date]) -> None:
    found = [(p.period.start, p.period.end) for p in iter_periods(text, default_year=None)]
    assert found == [expected]


@pytest.mark.parametrize("text", ["tăng từ 1.5 đến 2.5 triệu đồng", "từ 12.3 đến 15.4%", "từ 1.5 đến 2.5 lần"])
def test_dotted_amounts_are_no_range(text: str) -> None:
    assert [p for p in iter_periods(text, default_year=None) if p.period.label == "range"] == []


def _periods(text: str) -> list[tuple[str, D.date]]:
    ctx = Context(document=Document(text, Source("t.txt", "0" * 64, "txt")))
    ctx.facts["references"] = []
    return [(p.text, p.start_date) for p in PeriodExtractor().extract(ctx)]


@pytest.mark.parametrize(("text", "expected"), [
    # the headline's quarter before any written year: the year the body writes next
    ("Quý II, Tam Kỳ giải quyết 8.000 hồ sơ\n\nTrong quý II.2021, thành phố tiếp nhận 8.210 hồ sơ.",
     [("Quý II", D.date(2021, 4, 1)), ("quý II.2021", D.date(2021, 4, 1))]),
    ("Trong tháng 11, tỉnh ban hành 12 quyết định. Đến nay, trong tháng 11/2024, tỉnh tiếp nhận 900 hồ sơ.",
     [("tháng 11", D.date(2024, 11, 1)), ("tháng 11/2024", D.date(2024, 11, 1))]),
])
def test_yearless_before_the_first_year(text: str, expected: list[tuple[str, D.date]]) -> None:
    assert _periods(text) == expected


def test_yearless_without_any_year_is_dropped() -> None:
    assert _periods("Trong tháng 11, tỉnh ban hành 12 quyết định công bố 300 thủ tục.") == []
