"""normalize.dates: the forms reports use, drafts' blank parts, impossible dates, and the finder."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from normalize.dates import PartialDate, iter_dates, parse_date
from normalize.errors import DateFormatError, NormalizeError

PARSED = [
    ("27/02/2026", PartialDate(2026, 2, 27)),  # seed 001: "Quyết định số 714/QĐ-UBND ngày 27/02/2026"
    ("27/2/2026", PartialDate(2026, 2, 27)),  # seed 000: "ngày 27/2/2026"
    ("27-02-2026", PartialDate(2026, 2, 27)),
    ("27.02.2026", PartialDate(2026, 2, 27)),
    ("ngày 27/02/2026", PartialDate(2026, 2, 27)),
    ("ngày 27 tháng 02 năm 2026", PartialDate(2026, 2, 27)),
    ("ngày 08 tháng 4 năm 2020", PartialDate(2020, 4, 8)),  # seed 003
    ("Ngày 01 tháng 04 năm 2026", PartialDate(2026, 4, 1)),
    ("ngày 27 tháng 8 năm\n\n2025", PartialDate(2025, 8, 27)),  # seed 002, across a page-text break
    ("ngày   tháng 6 năm 2026", PartialDate(2026, 6, None)),  # draft: day left blank, never guessed
    ("ngày tháng năm 2026", PartialDate(2026, None, None)),  # seed 003: day and month blank
    ("ngày … tháng … năm 2026", PartialDate(2026, None, None)),
    ("29/02/2024", PartialDate(2024, 2, 29)),  # leap year
    ("(14/06/2026).", PartialDate(2026, 6, 14)),
    ("2026-02-27", PartialDate(2026, 2, 27)),  # ISO: a publication stamp
    ("2024-02-29", PartialDate(2024, 2, 29)),
]


@pytest.mark.parametrize(("text", "expected"), PARSED)
def test_parse_date(text: str, expected: PartialDate) -> None:
    assert parse_date(text) == expected


def test_to_date_only_when_complete() -> None:
    assert parse_date("27/02/2026").to_date() == dt.date(2026, 2, 27)
    assert parse_date("ngày   tháng 6 năm 2026").to_date() is None
    assert not PartialDate(2026, 6, None).is_complete


def test_short_and_two_digit_forms_use_default_year() -> None:
    assert parse_date("20/3", default_year=2026) == PartialDate(2026, 3, 20)
    assert parse_date("20/3") == PartialDate(None, 3, 20)  # year unknown, not guessed
    assert parse_date("27/02/26", default_year=2026) == PartialDate(2026, 2, 27)
    assert parse_date("31/12/99", default_year=2001) == PartialDate(1999, 12, 31)
    assert parse_date("31-7", default_year=2025) == PartialDate(2025, 7, 31)  # "từ ngày 1 đến 31-7"


@pytest.mark.parametrize(
    ("text", "default_year"),
    [
        ("31/02/2026", None),  # no 31 February
        ("29/02/2025", None),  # not a leap year
        ("00/1/2026", None),
        ("15/13/2026", None),  # month 13
        ("32/1/2026", None),
        ("ngày 31 tháng 4 năm 2026", None),
        ("27/02/26", None),  # two-digit year without a default
        ("27/02/60", 2026),  # too far from the default to expand safely
        ("27/02/0026", None),  # implausible year
        ("27/02-2026", None),  # mixed separators
        ("20.3", 2026),  # a dotted short form is a decimal, not a date
        ("24/24", None),
        ("ngày 27", None),
        ("tháng 6 năm 2026", None),  # a month is a period, not a date
        ("", None),
        ("61/2018/NĐ-CP", None),
        ("2026-13-01", None),  # ISO with month 13
        ("2025-02-29", None),  # ISO, no 29 February that year
        ("2026-2-27", None),  # ISO needs its two-digit month and day
        ("31-4", 2026),  # the hyphenated short form checks its day too
    ],
)
def test_parse_date_refuses(text: str, default_year: int | None) -> None:
    with pytest.raises(DateFormatError):
        parse_date(text, default_year=default_year)


FOUND = [
    (
        "Quyết định số 714/QĐ-UBND ngày 27/02/2026 của UBND",
        [("27/02/2026", PartialDate(2026, 2, 27), "numeric")],
    ),
    (
        "Công văn số 2237/UBND-NVKTGS ngày 27 tháng 8 năm \n\n2025 của UBND",
        [("ngày 27 tháng 8 năm \n\n2025", PartialDate(2025, 8, 27), "long")],
    ),
    ("Thượng Hồng, ngày tháng 6 năm 2026", [("ngày tháng 6 năm 2026", PartialDate(2026, 6, None), "long")]),
    ("Công văn số 348/UBND-TTPVHCC ngày 20/3 về việc", [("20/3", PartialDate(None, 3, 20), "short")]),
    (
        "từ ngày 15/3/2026 đến ngày 14/6/2026:",
        [
            ("15/3/2026", PartialDate(2026, 3, 15), "numeric"),
            ("14/6/2026", PartialDate(2026, 6, 14), "numeric"),
        ],
    ),
    (
        "ngày 27.02.2026 và 27-02-2026",
        [
            ("27.02.2026", PartialDate(2026, 2, 27), "numeric"),
            ("27-02-2026", PartialDate(2026, 2, 27), "numeric"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_iter_dates_finds(text: str, expected: list[tuple[str, PartialDate, str]]) -> None:
    found = list(iter_dates(text))
    assert [(d.text, d.date, d.form) for d in found] == expected
    assert all(text[d.start : d.end] == d.text for d in found)


def test_iter_dates_short_form_takes_default_year() -> None:
    [found] = iter_dates("ngày 20/3 về việc", default_year=2026)
    assert found.date == PartialDate(2026, 3, 20)


@pytest.mark.parametrize(
    "text",
    [
        "Nghị định số 61/2018/NĐ-CP",  # document number, not a date
        "Thông tư số 01/2018/TT-VPCP",
        "xếp 25/114 xã; 24/24 giờ; 378/378 thủ tục",  # fractions
        "ngày 31/02/2026",  # impossible: skipped, not raised
        "trong ngày.\n\nTháng 5 năm 2026 tiếp tục",  # a blank day may not span a line break
        "tháng 12/2025 và năm 2026",  # periods are not dates
        "đạt 99,72% và 4.911 hồ sơ",
        "phiên bản 1.2.2026.5",
    ],
)
def test_iter_dates_skips(text: str) -> None:
    assert list(iter_dates(text)) == []


# --- properties ------------------------------------------------------------------------------

_DATES = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


@given(_DATES)
def test_every_date_round_trips(day: dt.date) -> None:
    forms = [
        f"{day.day:02d}/{day.month:02d}/{day.year}",
        f"{day.day}/{day.month}/{day.year}",
        f"{day.day:02d}-{day.month:02d}-{day.year}",
        f"ngày {day.day:02d} tháng {day.month:02d} năm {day.year}",
        f"ngày {day.day} tháng {day.month} năm {day.year}",
    ]
    for form in forms:
        assert parse_date(form).to_date() == day


@given(_DATES)
def test_every_date_is_found_in_running_text(day: dt.date) -> None:
    text = f"Báo cáo số 96/BC-UBND ngày {day.day} tháng {day.month} năm\n\n{day.year} của UBND; hạn {day:%d/%m/%Y}."
    found = list(iter_dates(text))
    assert [d.date.to_date() for d in found] == [day, day]
    assert all(text[d.start : d.end] == d.text for d in found)


_DATEISH = st.text(alphabet=st.sampled_from(list("0123456789/.-… \n\tngàytháng năm")))


@given(st.one_of(st.text(), _DATEISH), st.one_of(st.none(), st.integers(min_value=-5000, max_value=5000)))
def test_parse_date_raises_only_normalize_errors(text: str, default_year: int | None) -> None:
    try:
        parse_date(text, default_year=default_year)
    except NormalizeError:
        pass


@given(st.one_of(st.text(), _DATEISH))
def test_iter_dates_never_raises(text: str) -> None:
    for d in iter_dates(text):
        assert text[d.start : d.end] == d.text


# --- the fast copies of the patterns match exactly what the patterns match -------------------

import regex  # noqa: E402

from normalize import dates as _dates  # noqa: E402

_IGNORE = regex.IGNORECASE | regex.VERSION1
_PAIRS = [
    (regex.compile(_dates.NUMERIC_DATE, _IGNORE), _dates._NUMERIC_RE),
    (regex.compile(_dates.LONG_DATE, _IGNORE), _dates._LONG_RE),
    (regex.compile(_dates.SHORT_DATE, _IGNORE), _dates._SHORT_RE),
]


_CASE_TEXTS = [
    "NGÀY 27 THÁNG 8 NĂM\n\n2025, Ngày 20/3, ngày   tháng 6 năm 2026",
    "27/02/2026, 27-2-2026, 27.02.2026 và 27/02/2026\u0345, 20/3/x\u0345, NGÀY 20/3\u0345",
    "ngày 20/3/ĐU, ngày 5/6, năm ngày 01 tháng 13",
]


@pytest.mark.parametrize("text", _CASE_TEXTS)
def test_fast_patterns_match_as_the_reference(text: str) -> None:
    for slow, fast in _PAIRS:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)], slow.pattern


def test_case_texts_exercise_every_pattern() -> None:
    assert all(any(slow.search(t) for t in _CASE_TEXTS) for slow, _ in _PAIRS)


_DATEISH = st.lists(
    st.sampled_from(list("0123456789/.-_… \n\t") + ["ngày", "NGÀY", "tháng", "THÁNG", "năm", "Năm", "\u0345", "Đ", "k"]),
    max_size=30,
).map("".join)


@given(_DATEISH)
def test_fast_patterns_agree_on_any_text(text: str) -> None:
    for slow, fast in _PAIRS:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)], slow.pattern


# --- the header's date line -------------------------------------------------------------------------

from normalize.dates import find_date_line, iter_date_lines  # noqa: E402

# (header text, (place, year, month, day, date))
DATE_LINES = [
    ("ỦY BAN NHÂN DÂN\nXã Nguyễn Lương Bằng, ngày 20 tháng 4 năm 2026\n",
     ("Xã Nguyễn Lương Bằng", 2026, 4, 20, dt.date(2026, 4, 20))),
    ("Thượng Hồng, ngày   tháng 6 năm 2026", ("Thượng Hồng", 2026, 6, None, None)),  # a draft: blank day
    ("Tân An, ngày  tháng  năm 2026", ("Tân An", 2026, None, None, None)),
    ("Tân An, ngày 05/6/2026", ("Tân An", 2026, 6, 5, dt.date(2026, 6, 5))),  # the short form
    ("Số: 96/BC-UBND\tThượng Hồng, ngày 18 tháng 3 năm 2026", ("Thượng Hồng", 2026, 3, 18, dt.date(2026, 3, 18))),
    ("*Hà Nội, ngày 31 tháng 2 năm 2026*", ("Hà Nội", 2026, 2, 31, None)),  # impossible: no date, month kept
    # a weekday dateline is passed over for the header's date line
    ("Thứ Tư, ngày 16 tháng 10 năm 2024\nBình Minh, ngày 1 tháng 4 năm 2026",
     ("Bình Minh", 2026, 4, 1, dt.date(2026, 4, 1))),
]
NOT_DATE_LINES = [
    "Thứ Tư, ngày 16 tháng 10 năm 2024",  # a news item's dateline
    "Căn cứ Quyết định số 714/QĐ-UBND ngày 27 tháng 02 năm 2026 của UBND xã",  # a date in running text
    "Trong ngày 20 tháng 4 năm 2026, xã tiếp nhận 10 hồ sơ",  # no place before the comma
    "Ngày 20 tháng 4 năm 2026",
    "",
]


@pytest.mark.parametrize(("text", "expected"), DATE_LINES)
def test_find_date_line(text: str, expected: tuple) -> None:
    line = find_date_line(text)
    assert line is not None
    assert (line.place_text, line.year, line.month, line.day, line.date) == expected
    assert text[line.place[0]:line.place[1]] == line.place_text
    assert text[line.when[0]:line.when[1]] == line.when_text


@pytest.mark.parametrize("text", NOT_DATE_LINES)
def test_find_date_line_negative(text: str) -> None:
    assert find_date_line(text) is None


def test_date_line_only_in_the_header() -> None:
    assert find_date_line("x" * 1600 + "\nTân An, ngày 05/6/2026") is None
    assert [d.weekday for d in iter_date_lines("Thứ Tư, ngày 16/10/2024\nTân An, ngày 05/6/2026")] == [True, False]
