"""Round 6: "đến tháng X" is a point in time unless it closes a progression; a bare month takes the narrative's year."""

from __future__ import annotations

import datetime as D  # noqa: N812

import pytest

from extract.document import Document, Source
from extract.extractors.periods import PeriodExtractor
from extract.registry import Context


def _periods(text: str) -> list[tuple[str, D.date]]:
    ctx = Context(document=Document(text, Source("t.txt", "0" * 64, "txt")))
    ctx.facts["references"] = []
    return [(p.text, p.start_date) for p in PeriodExtractor().extract(ctx)]


@pytest.mark.parametrize(("text", "expected"), [
    # a progression of months: the closing month is the month of its figure
    ("Tháng 5/2024, xã xếp thứ 40. Đến tháng 8/2024, xã lên thứ 5.",
     [("Tháng 5/2024", D.date(2024, 5, 1)), ("tháng 8/2024", D.date(2024, 8, 1))]),
    # a bare month takes the year of a point in time written before it
    ("So với thời điểm cuối tháng 3/2024, điểm số đã tăng 5 điểm (tháng 3 chỉ đạt 70 điểm).",
     [("tháng 3", D.date(2024, 3, 1))]),
])
def test_extracted(text: str, expected: list) -> None:
    assert _periods(text) == expected


@pytest.mark.parametrize("text", [
    "Theo thống kê, đến tháng 6/2024, tỉnh có 95% thủ tục được cung cấp trực tuyến.",
    "Tính từ khi thành lập đến hết tháng 9/2023, trung tâm đã trả 12.000 hồ sơ.",
    "Đến hết quý III/2024, huyện đã số hóa 80% hồ sơ.",
])
def test_points_in_time(text: str) -> None:
    assert _periods(text) == []
