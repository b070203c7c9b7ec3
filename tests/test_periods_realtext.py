"""Periods as real portal items and reports write them: year ranges, a day range within one month, the bare
"9 tháng qua", an ISO stamp for the year, a heading ending in a colon. Grammar (normalize.periods) and the
extractor's decisions (extract.extractors.periods); sentences written in the genre, positive and negative."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.document import Document, Source
from extract.extractors.periods import PeriodExtractor, report_year
from extract.extractors.references import ReferenceExtractor
from extract.facts import PeriodFact
from extract.registry import Context
from normalize.periods import Period, iter_periods, parse_period

D = dt.date


def periods(text: str) -> list[PeriodFact]:
    ctx = Context(document=Document(text, Source("t.txt", "0" * 64, "txt")))
    ctx.facts["references"] = list(ReferenceExtractor().extract(ctx))
    return list(PeriodExtractor().extract(ctx))


# --- grammar ----------------------------------------------------------------------------------------

# (text, default_year, [(match text, start, end, label)])
FOUND = [
    # a range of years: "từ" and two years, by a dash or "đến", "năm" before either
    ("Từ năm 2019-2023, huyện đã công bố 412 thủ tục", None,
     [("Từ năm 2019-2023", D(2019, 1, 1), D(2023, 12, 31), "range")]),
    ("kết quả qua 4 năm từ 2020 đến 2023 cho thấy", None,
     [("từ 2020 đến 2023", D(2020, 1, 1), D(2023, 12, 31), "range")]),
    ("từ năm 2021 đến năm 2024, xã tiếp nhận", None,
     [("từ năm 2021 đến năm 2024", D(2021, 1, 1), D(2024, 12, 31), "range")]),
    ("từ năm 2022 – 2024 có", None, [("từ năm 2022 – 2024", D(2022, 1, 1), D(2024, 12, 31), "range")]),
    # a day range within one month: the first side's month and year are the second's
    ("tiếp nhận từ ngày 1 đến 30-6 gồm", 2024, [("từ ngày 1 đến 30-6", D(2024, 6, 1), D(2024, 6, 30), "range")]),
    ("từ ngày 3 đến ngày 17/5/2023, tổ", None,
     [("từ ngày 3 đến ngày 17/5/2023", D(2023, 5, 3), D(2023, 5, 17), "range")]),
    ("từ ngày 10/9 đến ngày 25, đoàn", 2022, [("từ ngày 10/9 đến ngày 25", D(2022, 9, 10), D(2022, 9, 25), "range")]),
    # the months of the text's year, fronted and set off by a comma; the tail is in the span
    ("9 tháng qua, toàn huyện tiếp nhận", 2023, [("9 tháng qua", D(2023, 1, 1), D(2023, 9, 30), "nine_months")]),
    ("Nhìn chung, 6 tháng vừa qua, xã", 2024, [("6 tháng vừa qua", D(2024, 1, 1), D(2024, 6, 30), "half_year")]),
    ("Trong 6 tháng qua, xã đã", 2024, [("6 tháng qua", D(2024, 1, 1), D(2024, 6, 30), "half_year")]),
]

NOT_FOUND = [
    ("tăng từ 2010 đến 2050 hồ sơ mỗi tháng", None),  # counts, not years
    ("từ 1998 đến 2005 lượt người", None),
    ("từ năm 2024 đến 2021", None),  # backwards
    ("giai đoạn 2021-2025", None),  # no "từ": a name's span (the year pattern refuses it too)
    ("từ ngày 1 đến ngày 15 hằng tháng", 2024),  # neither side names a month
    ("từ ngày 20 đến ngày 5/8", 2024),  # a day range running backwards within its month
    ("Từ ngày 5, xã", 2024),  # an open range from a day alone
    ("Tuy vậy, 9 tháng qua chỉ có 12 hồ sơ", 2023),  # no comma after the months: left out
    ("sau 6 tháng thực hiện,", 2024),  # a duration
    ("9 tháng qua, toàn huyện", None),  # no year known
]


@pytest.mark.parametrize(("text", "year", "expected"), FOUND)
def test_found(text: str, year: int | None, expected: list) -> None:
    got = [(m.text, m.period.start, m.period.end, m.period.label) for m in iter_periods(text, default_year=year)]
    assert got == expected


@pytest.mark.parametrize(("text", "year"), NOT_FOUND)
def test_not_found(text: str, year: int | None) -> None:
    assert list(iter_periods(text, default_year=year)) == []


def test_year_range_parses_whole() -> None:
    assert parse_period("từ 2016 đến 2018") == Period(D(2016, 1, 1), D(2018, 12, 31), "range")


# --- extractor ---------------------------------------------------------------------------------------

HEAD = "UBND XÃ A\n\nSố: 12/BC-UBND\n\nA, ngày 05 tháng 10 năm 2023\n\nBÁO CÁO\n\nKết quả công tác 9 tháng năm 2023\n\n"

# (text, [(fact text, start, end)])
EXTRACTED = [
    # a news item whose only year is its ISO stamp
    ("2024-07-09 08:10\nViệc tiếp nhận hồ sơ từ ngày 1 đến 30-6 gồm 1.200 hồ sơ.",
     [("từ ngày 1 đến 30-6", D(2024, 6, 1), D(2024, 6, 30))]),
    ("date 2023-10 Theo đó, 9 tháng qua, toàn tỉnh tiếp nhận 5.000 hồ sơ.",
     [("9 tháng qua", D(2023, 1, 1), D(2023, 9, 30))]),
    ("Ông B cho biết, qua 3 năm từ 2019 đến 2021 chỉ có 2 hồ sơ trễ hạn.",
     [("từ 2019 đến 2021", D(2019, 1, 1), D(2021, 12, 31))]),
    # a heading that ends in a colon closes its clause: the plan word in it does not name the year below
    (HEAD + "- Công tác xây dựng kế hoạch cải cách hành chính:\n\nThực hiện công tác kiểm soát TTHC năm 2023, "
     "UBND xã đã ban hành",
     [("9 tháng năm 2023", D(2023, 1, 1), D(2023, 9, 30)), ("năm 2023", D(2023, 1, 1), D(2023, 12, 31))]),
]

NOT_EXTRACTED = [
    # a programme's span, in its name or after "giai đoạn"
    "Chương trình cải cách hành chính của tỉnh từ năm 2021 đến năm 2030 đặt mục tiêu",
    "Thực hiện giai đoạn từ năm 2021 đến năm 2025, xã đã",
    # a colon inside a line closes nothing: the plan's name goes on
    "Ban hành Kế hoạch: kiểm soát thủ tục hành chính năm 2023 của xã",
]


@pytest.mark.parametrize(("text", "expected"), EXTRACTED)
def test_extracted(text: str, expected: list) -> None:
    assert [(f.text, f.start_date, f.end_date) for f in periods(text)] == expected


@pytest.mark.parametrize("text", NOT_EXTRACTED)
def test_not_extracted(text: str) -> None:
    assert periods(text) == []


@pytest.mark.parametrize(("text", "year"), [
    ("2025-08-07 Ngày 7-8, bà A cho biết", 2025),
    ("date 2020-09 Từ năm 2015", 2020),
    ("Đăng lúc: 2023-12-21 06:48\nTin", 2023),
    ("Mã số 2023-45 của hồ sơ", None),  # not a month after the year
    ("Có 2019-2020 học sinh", None),
])
def test_report_year_from_iso_stamp(text: str, year: int | None) -> None:
    assert report_year(text) == year
