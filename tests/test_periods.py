"""normalize.periods: ranges and named periods as the seeds write them, and what is not a period."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from normalize.errors import NormalizeError, PeriodFormatError
from normalize.periods import Period, iter_periods, parse_period

D = dt.date

RANGES = [
    ("từ ngày 15/3/2026 đến ngày 14/6/2026", D(2026, 3, 15), D(2026, 6, 14)),  # seed 001
    ("Từ ngày 01/01/2026 đến ngày 25/5/2026", D(2026, 1, 1), D(2026, 5, 25)),  # seed 003
    ("từ 15/3/2026 đến ngày 14/6/2026", D(2026, 3, 15), D(2026, 6, 14)),
    ("Từ ngày 15/3/2026 đến 14/6/2026", D(2026, 3, 15), D(2026, 6, 14)),
    ("(từ ngày 01/03/2026 đến ngày 31/03/2026)", D(2026, 3, 1), D(2026, 3, 31)),  # seed 004
    ("Luỹ kế từ 01/01/2025 đến 04/12/2025", D(2025, 1, 1), D(2025, 12, 4)),  # seed 002
    ("Lũy kế từ 01/01/2025 đến 04/12/2025", D(2025, 1, 1), D(2025, 12, 4)),
    ("từ tháng 7 đến tháng 12/2025", D(2025, 7, 1), D(2025, 12, 31)),  # seed 002
    ("từ 20/03/2026 đến ngày 20/4/2026", D(2026, 3, 20), D(2026, 4, 20)),  # seed 000
    ("TỪ NGÀY 01/7/2025 ĐẾN NGÀY 09/12/2025", D(2025, 7, 1), D(2025, 12, 9)),
    ("từ ngày 01/01/2026 đến hết ngày 31/3/2026", D(2026, 1, 1), D(2026, 3, 31)),
    ("từ ngày 15/12 đến ngày 14/6/2026", D(2025, 12, 15), D(2026, 6, 14)),  # start year from the end
    ("từ ngày 01 tháng 7 năm 2025 đến ngày 31 tháng 12 năm 2025", D(2025, 7, 1), D(2025, 12, 31)),
    ("từ ngày 15/6/2026 đến ngày 14/3/2026", D(2026, 6, 15), D(2026, 3, 14)),  # end before start: kept
    ("Từ 01/7/2025", D(2025, 7, 1), None),  # open end
    ("Từ ngày 01/7/2025", D(2025, 7, 1), None),
    ("từ ngày 01/01/2026 đến nay", D(2026, 1, 1), None),
]


@pytest.mark.parametrize(("text", "start", "end"), RANGES)
def test_parse_range(text: str, start: dt.date, end: dt.date | None) -> None:
    assert parse_period(text) == Period(start, end, "range")


NAMED = [
    # text, label, calendar start, calendar end, reporting start, reporting end
    ("tháng 4 (năm 2026)", "month", D(2026, 4, 1), D(2026, 4, 30), D(2026, 3, 15), D(2026, 4, 14)),
    ("tháng 03 năm 2026", "month", D(2026, 3, 1), D(2026, 3, 31), D(2026, 2, 15), D(2026, 3, 14)),  # seed 004
    ("tháng 12/2025", "month", D(2025, 12, 1), D(2025, 12, 31), D(2025, 11, 15), D(2025, 12, 14)),
    ("tháng 1 năm 2026", "month", D(2026, 1, 1), D(2026, 1, 31), D(2025, 12, 15), D(2026, 1, 14)),
    ("THÁNG 5 NĂM 2026", "month", D(2026, 5, 1), D(2026, 5, 31), D(2026, 4, 15), D(2026, 5, 14)),  # seed 000
    ("tháng 2 năm 2024", "month", D(2024, 2, 1), D(2024, 2, 29), D(2024, 1, 15), D(2024, 2, 14)),
    ("Quý II năm 2026", "quarter", D(2026, 4, 1), D(2026, 6, 30), D(2026, 3, 15), D(2026, 6, 14)),  # seed 001
    ("QUÝ II/2026", "quarter", D(2026, 4, 1), D(2026, 6, 30), D(2026, 3, 15), D(2026, 6, 14)),
    ("quý I năm 2026", "quarter", D(2026, 1, 1), D(2026, 3, 31), D(2025, 12, 15), D(2026, 3, 14)),  # seed 003
    ("quý IV/2025", "quarter", D(2025, 10, 1), D(2025, 12, 31), D(2025, 9, 15), D(2025, 12, 14)),
    ("quí 3 năm 2026", "quarter", D(2026, 7, 1), D(2026, 9, 30), D(2026, 6, 15), D(2026, 9, 14)),
    ("6 tháng đầu năm (2026)", "half_year", D(2026, 1, 1), D(2026, 6, 30), D(2025, 12, 15), D(2026, 6, 14)),
    ("6 tháng cuối năm 2025", "half_year", D(2025, 7, 1), D(2025, 12, 31), D(2025, 6, 15), D(2025, 12, 14)),
    ("9 tháng đầu năm 2022", "nine_months", D(2022, 1, 1), D(2022, 9, 30), D(2021, 12, 15), D(2022, 9, 14)),
    ("năm 2025", "year", D(2025, 1, 1), D(2025, 12, 31), D(2024, 12, 15), D(2025, 12, 14)),
]


@pytest.mark.parametrize(("text", "label", "start", "end", "rep_start", "rep_end"), NAMED)
def test_parse_named(
    text: str, label: str, start: dt.date, end: dt.date, rep_start: dt.date, rep_end: dt.date
) -> None:
    assert parse_period(text) == Period(start, end, label, rep_start, rep_end)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "label", "start"),
    [
        ("quý 3", "quarter", D(2026, 7, 1)),
        ("quý II", "quarter", D(2026, 4, 1)),
        ("tháng 4", "month", D(2026, 4, 1)),
        ("6 tháng đầu năm", "half_year", D(2026, 1, 1)),  # seed 003
        ("6 tháng cuối năm", "half_year", D(2026, 7, 1)),
        ("từ tháng 7 đến tháng 12", "range", D(2026, 7, 1)),
        ("từ ngày 15/3 đến ngày 14/6", "range", D(2026, 3, 15)),
    ],
)
def test_year_from_default(text: str, label: str, start: dt.date) -> None:
    period = parse_period(text, default_year=2026)
    assert (period.label, period.start) == (label, start)
    with pytest.raises(PeriodFormatError):  # no year and no default: not a period we can place
        parse_period(text)


@pytest.mark.parametrize(
    "text",
    [
        "ngày 27/02/2026",  # a date alone
        "27/02/2026",
        "giai đoạn 2021-2030",
        "năm 2021-2025",
        "24/24",
        "năm",
        "quý",
        "tháng 13 năm 2026",
        "quý V năm 2026",
        "từ 31/02/2026 đến 14/6/2026",  # impossible side
        "ngày 08 tháng 4 năm 2020",  # a date, not "tháng 4 năm 2020"
        "tháng 12/2025 và năm 2026",  # two periods, not one
        "",
        "định kỳ 6 tháng và hằng năm",
    ],
)
def test_parse_period_refuses(text: str) -> None:
    with pytest.raises(PeriodFormatError):
        parse_period(text, default_year=None)


def test_range_past_the_last_year_a_date_may_have_is_refused() -> None:
    # normalize/dates.py MAX_YEAR = 2100: a range ending in 2101 is refused, one ending in 2100 read
    assert parse_period("từ ngày 01/01/2100 đến ngày 31/12/2100") == Period(D(2100, 1, 1), D(2100, 12, 31), "range")
    with pytest.raises(PeriodFormatError, match="2101"):
        parse_period("từ ngày 01/01/2100 đến ngày 31/3/2101")


# --- the finder on running text --------------------------------------------------------------

FOUND = [
    (
        # seed 000 title: a month without a year takes the report's year
        "Kết quả thực hiện nhiệm vụ tháng 4, nhiệm vụ trọng tâm tháng 5 năm 2026",
        2026,
        [("tháng 4", "month", D(2026, 4, 1), False), ("tháng 5 năm 2026", "month", D(2026, 5, 1), True)],
    ),
    (
        "Kết quả thực hiện nhiệm vụ tháng 4, nhiệm vụ trọng tâm tháng 5 năm 2026",
        None,
        [("tháng 5 năm 2026", "month", D(2026, 5, 1), True)],
    ),
    (
        # seed 002: a range across a PDF line break, then "năm 2025"
        "Từ ngày 01/7/2025 đến ngày \n\n09/12/2025 UBND xã có 54 lượt; năm 2025",
        None,
        [
            ("Từ ngày 01/7/2025 đến ngày \n\n09/12/2025", "range", D(2025, 7, 1), True),
            ("năm 2025", "year", D(2025, 1, 1), True),
        ],
    ),
    (
        "Lĩnh vực quân sự trong quý II/2026 không phát sinh hồ sơ.",
        None,
        [("quý II/2026", "quarter", D(2026, 4, 1), True)],
    ),
    (
        # the month inside a range is not a period of its own
        "tỷ lệ hồ sơ nộp trực tuyến từ tháng 7 \n\nđến tháng 12/2025, cho thấy",
        None,
        [("từ tháng 7 \n\nđến tháng 12/2025", "range", D(2025, 7, 1), False)],
    ),
    (
        # a date is not a month period; a document number is not a date
        "Nghị định số 45/2020/NĐ-CP ngày 08 tháng 4 năm 2020 của Chính phủ",
        None,
        [],
    ),
    (
        "Thượng Hồng, ngày tháng 6 năm 2026",  # the draft's date line
        2026,
        [],
    ),
    ("giai đoạn 2021-2030; 24/24; ngày 27/02/2026; trong năm; xếp 25/114", 2026, []),
    # year to date: from 1 January of the end's year (or of the year written) to the end
    ("Lũy kế từ đầu năm đến ngày 14/6/2026, xã tiếp nhận 2.310 hồ sơ", None,
     [("Lũy kế từ đầu năm đến ngày 14/6/2026", "range", D(2026, 1, 1), True)]),
    ("Số liệu từ đầu năm 2025 đến hết ngày 31/5/2025.", None,
     [("từ đầu năm 2025 đến hết ngày 31/5/2025", "range", D(2025, 1, 1), True)]),
    ("TỪ ĐẦU NĂM ĐẾN NGÀY 30 THÁNG 9 NĂM 2025", None,
     [("TỪ ĐẦU NĂM ĐẾN NGÀY 30 THÁNG 9 NĂM 2025", "range", D(2025, 1, 1), True)]),
    ("từ đầu năm đến 30/6 xã đã", 2026, [("từ đầu năm đến 30/6", "range", D(2026, 1, 1), False)]),
    ("từ đầu năm đến 30/6 xã đã", None, []),
    ("từ đầu năm 2025 đến tháng 6/2026", None, [("từ đầu năm 2025 đến tháng 6/2026", "range", D(2025, 1, 1), True)]),
    # no end, no range ("năm 2026" of "từ đầu năm 2026 đến nay" is still the year)
    ("Từ đầu năm đến nay, UBND xã đã tiếp nhận 1.230 hồ sơ.", 2026, []),
    ("Lũy kế từ đầu năm đến nay tiếp nhận 12 hồ sơ; ngay từ đầu năm, xã đã", 2026, []),
    ("Từ đầu năm 2026 đến nay", None, [("năm 2026", "year", D(2026, 1, 1), True)]),
    # the report's nine months or first half, written bare: the span is the months (and their tail, "qua")
    ("Trong 9 tháng, UBND xã tiếp nhận 07 phản ánh, kiến nghị.", 2026,
     [("9 tháng", "nine_months", D(2026, 1, 1), False)]),
    ("Kết quả đạt được trong 6 tháng qua cho thấy nhiều chuyển biến.", 2026,
     [("6 tháng qua", "half_year", D(2026, 1, 1), False)]),
    ("Năm qua; TRONG SÁU THÁNG VỪA QUA xã đã", 2025,
     [("SÁU THÁNG VỪA QUA", "half_year", D(2025, 1, 1), False)]),
    ("- Lũy kế 9 tháng, đã giải quyết", 2025, [("9 tháng", "nine_months", D(2025, 1, 1), False)]),
    ("Trong 9 tháng, UBND xã tiếp nhận 07 phản ánh.", None, []),  # no report year: nothing
    # durations are not periods
    ("Dự án phải hoàn thành trong 6 tháng.", 2026, []),
    ("hoàn thành trong 6 tháng, kể từ ngày ký", 2026, []),
    ("trong thời hạn 9 tháng, kể từ ngày ký", 2026, []),
    ("trong 6 tháng quan trọng", 2026, []),
    ("trong 3 tháng qua", 2026, []),
    # the year after a hyphen ("quý III-2020", "Tháng 6-2024"); not a month range, not a date
    ("Trong quý IV-2024, số hồ sơ tăng so với quý III - 2024.", None,
     [("quý IV-2024", "quarter", D(2024, 10, 1), True), ("quý III - 2024", "quarter", D(2024, 7, 1), True)]),
    ("Tháng 6-2024, Trung tâm tiếp nhận 1.200 hồ sơ", None, [("Tháng 6-2024", "month", D(2024, 6, 1), True)]),
    ("các tháng 7-8 cao điểm; ngày 15-6-2024 xã họp", None, []),
    # n months counted from January (or back from December): a named label where one fits, else a range
    ("Kết quả 8 tháng đầu năm 2025 cho thấy", None, [("8 tháng đầu năm 2025", "range", D(2025, 1, 1), True)]),
    ("Trong 3 tháng đầu năm, xã tiếp nhận 510 hồ sơ", 2026, [("3 tháng đầu năm", "quarter", D(2026, 1, 1), False)]),
    ("nhiệm vụ 3 tháng cuối năm 2025", None, [("3 tháng cuối năm 2025", "quarter", D(2025, 10, 1), True)]),
    ("số liệu 11 tháng năm 2025 của tỉnh", None, [("11 tháng năm 2025", "range", D(2025, 1, 1), True)]),
    ("12 tháng đầu năm 2025", None, [("12 tháng đầu năm 2025", "year", D(2025, 1, 1), True)]),
    ("thời gian thi công 8 tháng năm nay; 15 tháng đầu năm 2025; 3 tháng đầu năm", None, []),
    # "đến cuối tháng …": to the month's last day; the start takes the end's year
    ("Tính từ ngày 1/8 đến cuối tháng 11/2025, xã tiếp nhận", None,
     [("từ ngày 1/8 đến cuối tháng 11/2025", "range", D(2025, 8, 1), False)]),
    # an anniversary's dates in brackets are no range
    ("chào mừng 80 năm Ngày Quốc khánh (02/9/1945 - 02/9/2025)", None, []),
]


@pytest.mark.parametrize(("text", "default_year", "expected"), FOUND)
def test_iter_periods(text: str, default_year: int | None, expected: list) -> None:
    found = list(iter_periods(text, default_year=default_year))
    assert [(p.text, p.period.label, p.period.start, p.year_in_text) for p in found] == expected
    assert all(text[p.start : p.end] == p.text for p in found)


def test_cumulative_range_keeps_its_cue() -> None:
    text = "đạt 221,19 % so với dự toán; Luỹ kế từ 01/01/2025 đến \n\n04/12/2025 là 302.784 triệu đồng"
    [found] = iter_periods(text)
    assert found.cumulative and found.text.startswith("Luỹ kế")
    assert (found.period.start, found.period.end) == (D(2025, 1, 1), D(2025, 12, 4))
    [ytd] = iter_periods("Cộng dồn từ đầu năm đến 14/6/2026")
    assert ytd.cumulative and ytd.text.startswith("Cộng dồn") and ytd.period.end == D(2026, 6, 14)
    [plain] = iter_periods("xã từ đầu năm đến 14/6/2026")
    assert not plain.cumulative and plain.text.startswith("từ")


@given(st.dates(min_value=D(1901, 1, 1), max_value=D(2099, 12, 31)), st.booleans())
def test_every_year_to_date_round_trips(end: dt.date, with_year: bool) -> None:
    head = f"từ đầu năm {end.year}" if with_year else "Lũy kế từ đầu năm"
    text = f"{head} đến hết ngày {end.day}/{end.month}/{end.year}"
    assert parse_period(text) == Period(D(end.year, 1, 1), end, "range")
    [found] = iter_periods(f"Số liệu {text}, xã tiếp nhận 12 hồ sơ")
    assert found.text == text and found.period.end == end


def test_every_seed_range_is_found() -> None:
    from pathlib import Path

    seeds = Path(__file__).resolve().parent.parent / "corpus" / "seeds"
    text = (seeds / "001_be271278c3f9d6c2.txt").read_text(encoding="utf-8")
    ranges = [p for p in iter_periods(text, default_year=2026) if p.period.label == "range"]
    assert len(ranges) == 5
    assert {(p.period.start, p.period.end) for p in ranges} == {
        (D(2025, 3, 15), D(2026, 6, 14)),  # the report's own typo (2025), returned as written
        (D(2026, 3, 15), D(2026, 6, 14)),
    }


# --- properties ------------------------------------------------------------------------------


# the end stays within the years a date may have (normalize/dates.py MAX_YEAR = 2100): 2099-12-01 plus 400 days
# would be a year the reader rightly refuses
@given(st.dates(min_value=D(1901, 1, 1), max_value=D(2099, 12, 31) - dt.timedelta(days=400)),
       st.integers(min_value=0, max_value=400))
def test_every_range_round_trips(start: dt.date, days: int) -> None:
    end = start + dt.timedelta(days=days)
    text = f"(Số liệu tính từ ngày {start.day}/{start.month}/{start.year} đến ngày {end:%d/%m/%Y})"
    [found] = iter_periods(text)
    assert (found.period.start, found.period.end, found.period.label) == (start, end, "range")


@given(st.integers(min_value=1901, max_value=2099), st.integers(min_value=1, max_value=4))
def test_quarters_tile_the_year(year: int, q: int) -> None:
    roman = ["I", "II", "III", "IV"][q - 1]
    period = parse_period(f"Quý {roman} năm {year}")
    assert period == parse_period(f"quý {q}/{year}")
    assert period.start == D(year, 3 * q - 2, 1)
    assert period.reporting_end is not None and period.reporting_end.day == 14
    assert period.reporting_start is not None and period.reporting_start.day == 15


_PERIODISH = st.text(
    alphabet=st.sampled_from(list("0123456789/.- \n()ngàytháng nămquý IV từ đến6 đầu cuối Luỹ kế"))
)


@given(st.one_of(st.text(), _PERIODISH), st.one_of(st.none(), st.integers(min_value=-3000, max_value=3000)))
def test_parse_period_raises_only_normalize_errors(text: str, default_year: int | None) -> None:
    try:
        parse_period(text, default_year=default_year)
    except NormalizeError:
        pass


@given(st.one_of(st.text(), _PERIODISH), st.one_of(st.none(), st.integers(min_value=-3000, max_value=3000)))
def test_iter_periods_never_raises(text: str, default_year: int | None) -> None:
    for p in iter_periods(text, default_year=default_year):
        assert text[p.start : p.end] == p.text


# --- cue words are caseless (the patterns are compiled without IGNORECASE) -------------------

_CASED = st.lists(
    st.sampled_from(
        ["từ ", "ngày ", "tháng ", "đến ", "hết ", "nay", "Luỹ kế ", "quý ", "quí ", "năm ", "6 ", "sáu ", "9 ", "chín ",
         "đầu ", "cuối ", "I", "II ", "IV ", "iii ", "3 ", "12", "/", "2026", "2025", " ", "(", ")", "15/3/2026 ",
         "01 ", "\n", "hiện nay"]
    ),
    max_size=16,
).map("".join)


@given(_CASED)
def test_cue_words_are_caseless(text: str) -> None:
    """Upper or lower case changes no period (these words keep their length in either case)."""

    def found(t: str) -> list:
        return [(m.start, m.end, m.period, m.cumulative) for m in iter_periods(t, default_year=2026)]

    assert found(text.upper()) == found(text) == found(text.lower())


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("QUÝ II NĂM 2026", "quarter"),
        ("SÁU THÁNG ĐẦU NĂM 2026", "half_year"),
        ("CHÍN THÁNG ĐẦU NĂM 2022", "nine_months"),
        ("LUỸ KẾ TỪ 01/01/2025 ĐẾN 04/12/2025", "range"),
        ("Tháng 12/2025", "month"),
    ],
)
def test_upper_case_cues(text: str, label: str) -> None:
    (match,) = iter_periods(text)
    assert (match.start, match.end, match.period.label) == (0, len(text), label)


def test_digit_glued_to_a_combining_mark_is_not_a_period_start() -> None:
    # U+0345 is a mark IGNORECASE treats as a letter: "x\u03456 tháng đầu năm" reads no half year
    assert [m.period.label for m in iter_periods("a\u03456 tháng đầu năm 2026")] == ["year"]
    assert [m.period.label for m in iter_periods("a 6 tháng đầu năm 2026")] == ["half_year"]


@pytest.mark.parametrize("text", ["Quý İ năm 2026", "QUÝ İİ/2026", "quý ı năm 2026"])
def test_look_alike_numerals_are_not_quarters_and_never_crash(text):
    # "İ" (dotted capital I) matches "I" under IGNORECASE but is no Roman numeral
    assert all(m.period.label != "quarter" for m in iter_periods(text))
    with pytest.raises(PeriodFormatError):
        parse_period(text)


def test_counted_months_end_on_the_last_day() -> None:
    [p] = iter_periods("10 tháng đầu năm 2024")
    assert (p.period.start, p.period.end, p.period.reporting_start) == (D(2024, 1, 1), D(2024, 10, 31), None)
    [p] = iter_periods("2 tháng cuối năm 2024")
    assert (p.period.start, p.period.end) == (D(2024, 11, 1), D(2024, 12, 31))
    [r] = iter_periods("từ ngày 1/8 đến cuối tháng 11/2025")
    assert r.period.end == D(2025, 11, 30)


def test_year_at_gives_each_period_its_own_year() -> None:
    text = "Trong năm 2024, quý IV tăng; sang tháng 1 thì giảm"
    found = iter_periods(text, default_year=2030, year_at=lambda pos: 2024 if pos < 30 else 2025)
    assert [(p.text, p.period.start, p.year_in_text) for p in found] == [
        ("năm 2024", D(2024, 1, 1), True), ("quý IV", D(2024, 10, 1), False), ("tháng 1", D(2025, 1, 1), False)]
    assert [p.text for p in iter_periods(text, year_at=lambda pos: None)] == ["năm 2024"]
