"""Period forms of real portal items beyond "từ … đến …": a dash between the sides, two sides in brackets without
"từ", a start named by an event dated in brackets, dotted day-month sides and the press's "tháng 9.2025"; a point
in time ("tính đến cuối tháng 8"), a list of months or quarters before a year, and the predicate after a plan word.
Sentences written in the genre, positive and negative."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.document import Document, Source
from extract.extractors.periods import PeriodExtractor
from extract.extractors.references import ReferenceExtractor
from extract.facts import PeriodFact
from extract.registry import Context
from normalize.periods import iter_periods

D = dt.date


def periods(text: str) -> list[PeriodFact]:
    ctx = Context(document=Document(text, Source("t.txt", "0" * 64, "txt")))
    ctx.facts["references"] = list(ReferenceExtractor().extract(ctx))
    return list(PeriodExtractor().extract(ctx))


# (text, default_year, [(match text, start, end)])
FOUND = [
    # a dash between the sides: spaced, or glued after a side written with slashes
    ("Kết quả từ ngày 1/4 - 30/6/2025 cho thấy", None, [("từ ngày 1/4 - 30/6/2025", D(2025, 4, 1), D(2025, 6, 30))]),
    ("từ 1/10-31/12/2024, xã", None, [("từ 1/10-31/12/2024", D(2024, 10, 1), D(2024, 12, 31))]),
    ("Từ ngày 15/12/2024 – 14/3/2025 có", None, [("Từ ngày 15/12/2024 – 14/3/2025", D(2024, 12, 15), D(2025, 3, 14))]),
    ("Từ tháng 7 - tháng 9/2025, phường", None, [("Từ tháng 7 - tháng 9/2025", D(2025, 7, 1), D(2025, 9, 30))]),
    # two sides alone in brackets: a range without "từ" (the brackets are not in the span)
    ("Sau nửa tháng (3-8 đến 17-8), tổ một cửa", 2025, [("3-8 đến 17-8", D(2025, 8, 3), D(2025, 8, 17))]),
    ("kết quả quý (1/4 - 30/6/2024) như sau", None, [("1/4 - 30/6/2024", D(2024, 4, 1), D(2024, 6, 30))]),
    # "cho đến", a dash before "đến", a side's year after "năm"
    ("từ ngày 1/10/2025 cho đến ngày 31/12/2025,", None,
     [("từ ngày 1/10/2025 cho đến ngày 31/12/2025", D(2025, 10, 1), D(2025, 12, 31))]),
    ("từ ngày 01/4/2025 - đến ngày 30/6/2025", None,
     [("từ ngày 01/4/2025 - đến ngày 30/6/2025", D(2025, 4, 1), D(2025, 6, 30))]),
    ("từ ngày 1/4 đến ngày 30/6 năm 2025 có", None, [("từ ngày 1/4 đến ngày 30/6 năm 2025", D(2025, 4, 1), D(2025, 6, 30))]),
    # two sides after a label of the reporting window (the label not in the span)
    ("Kỳ báo cáo: 15/12/2024 - 14/3/2025", None, [("15/12/2024 - 14/3/2025", D(2024, 12, 15), D(2025, 3, 14))]),
    ("Thời gian: 01/10/2025 đến 31/12/2025", None, [("01/10/2025 đến 31/12/2025", D(2025, 10, 1), D(2025, 12, 31))]),
    # a pair of months without "từ"; the second may be its number alone, with the year
    ("Trong tháng 7/2025 đến tháng 9/2025, xã", None, [("tháng 7/2025 đến tháng 9/2025", D(2025, 7, 1), D(2025, 9, 30))]),
    ("số liệu tháng 10-12/2024 như sau", None, [("tháng 10-12/2024", D(2024, 10, 1), D(2024, 12, 31))]),
    ("tháng 12/2024 - tháng 02/2025", None, [("tháng 12/2024 - tháng 02/2025", D(2024, 12, 1), D(2025, 2, 28))]),
    # the start named by an event, its date in brackets
    ("Từ khi sáp nhập xã (ngày 1/7/2025) đến ngày 30/9/2025, xã nhận", None,
     [("Từ khi sáp nhập xã (ngày 1/7/2025) đến ngày 30/9/2025", D(2025, 7, 1), D(2025, 9, 30))]),
    ("kể từ khi Trung tâm đi vào hoạt động (01/7/2025) đến hết 31/8/2025", None,
     [("từ khi Trung tâm đi vào hoạt động (01/7/2025) đến hết 31/8/2025", D(2025, 7, 1), D(2025, 8, 31))]),
    # dotted day and month (after "ngày" or "đến"); the press's dotted year
    ("từ ngày 1.10 đến 31.12.2024 có", None, [("từ ngày 1.10 đến 31.12.2024", D(2024, 10, 1), D(2024, 12, 31))]),
    ("Trong tháng 9.2025, phường", None, [("tháng 9.2025", D(2025, 9, 1), D(2025, 9, 30))]),
    ("kết quả quý III.2025 của xã", None, [("quý III.2025", D(2025, 7, 1), D(2025, 9, 30))]),
]

NOT_FOUND = [
    ("tổng (15-20) hồ sơ", 2025),  # one side in brackets
    ("kỷ niệm 80 năm ngày truyền thống (19/8/1945 - 19/8/2025)", None),  # an anniversary's dates
    ("tăng từ 1.5 đến 2.5 triệu đồng", 2025),
    ("tăng từ 5 hồ sơ tháng 7 đến 9 hồ sơ", None),  # a bare second month needs its year  # decimals: dotted sides only after "ngày"/"đến"
    ("từ 10 - 15 hồ sơ mỗi ngày", 2025),
    ("từ khi thành lập đến nay", 2025),  # an event without a dated bracket
    ("Từ khi sáp nhập. Đến ngày 30/9/2025 (1/7/2025)", None),
    ("mã tháng 8.20255", None),
    ("Thời gian: 8 giờ - 17 giờ hằng ngày", 2025),  # hours, not days
    ("thời gian giải quyết 3 - 5 ngày", 2025),
    # a list of months or quarters: its year is not the year as a period
    ("báo cáo quý I, II năm 2025 của xã", None),
    ("số liệu tháng 7, 8 năm 2025", None),
]


@pytest.mark.parametrize(("text", "year", "expected"), FOUND)
def test_found(text: str, year: int | None, expected: list) -> None:
    got = [(m.text, m.period.start, m.period.end) for m in iter_periods(text, default_year=year)]
    assert got == expected


@pytest.mark.parametrize(("text", "year"), NOT_FOUND)
def test_not_found(text: str, year: int | None) -> None:
    assert [m.text for m in iter_periods(text, default_year=year)] == []


STAMP = "10:15 12/10/2025\n"

EXTRACTED = [
    # a bracketed range (its year from the item's stamp) and an event range are explicit ranges
    (STAMP + "Sau nửa tháng (3-8 đến 17-8), tổ tiếp nhận 500 hồ sơ.", [("3-8 đến 17-8", D(2025, 8, 3), D(2025, 8, 17))]),
    # "Đến tháng 9/2025" (by September): a period
    (STAMP + "Tháng 7/2025, phường xếp thứ 40. Đến tháng 9/2025, phường lên thứ 5.",
     [("Tháng 7/2025", D(2025, 7, 1), D(2025, 7, 31)), ("tháng 9/2025", D(2025, 9, 1), D(2025, 9, 30))]),
    # after a plan word, the predicate ("đã …") ends the name: the half year is the period of the work
    (STAMP + "Ban Chỉ đạo của tỉnh đã họp, đánh giá kết quả 6 tháng đầu năm 2025 và giao nhiệm vụ.",
     [("6 tháng đầu năm 2025", D(2025, 1, 1), D(2025, 6, 30))]),
]

NOT_EXTRACTED = [
    # a point in time: the end or start of a month or quarter, "tính đến"
    STAMP + "Tính đến cuối tháng 8/2025, tỉnh đạt 85,5 điểm.",
    STAMP + "tính đến hết quý III/2025, xã có 12 hồ sơ trễ hạn.",
    STAMP + "Từ đầu tháng 9/2025, xã triển khai.",
    # the plan's name, without a predicate in between
    STAMP + "Ban hành Kế hoạch kiểm soát thủ tục hành chính 6 tháng đầu năm 2025 của xã.",
    # an anniversary's dates in brackets
    STAMP + "Kỷ niệm 80 năm ngày truyền thống (19/8/1945 - 19/8/2025) ngành.",
]


@pytest.mark.parametrize(("text", "expected"), EXTRACTED)
def test_extracted(text: str, expected: list) -> None:
    assert [(f.text, f.start_date, f.end_date) for f in periods(text)] == expected


@pytest.mark.parametrize("text", NOT_EXTRACTED)
def test_not_extracted(text: str) -> None:
    assert [f.text for f in periods(text)] == []
