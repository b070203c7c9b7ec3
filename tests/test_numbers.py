"""normalize.numbers and normalize.number_finders: real phrasings from the seeds, the ambiguity rules, and what must not match."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from normalize.errors import NormalizeError, NumberFormatError
from normalize.number_finders import iter_fractions, iter_numbers, iter_percents
from normalize.numbers import (
    is_zero_phrase,
    iter_zero_phrases,
    parse_amount,
    parse_count,
    parse_decimal,
    parse_fraction,
    parse_percent,
    spaced_thousands_pattern,
)
from normalize.text import fold


def vi_int(n: int) -> str:
    """4911 -> '4.911' (the Vietnamese way: dots group thousands)."""
    return f"{n:,}".replace(",", ".")


def vi_decimal(cents: int) -> str:
    """491150 -> '4.911,50' (dots group thousands, comma marks decimals)."""
    return f"{vi_int(cents // 100)},{cents % 100:02d}"


# --- parse_count -----------------------------------------------------------------------------

COUNTS = [
    ("4.911", 4911),  # seed 001: "Tổng số hồ sơ đã tiếp nhận là 4.911 hồ sơ"
    ("1.132", 1132),
    ("4051", 4051),  # seed 000: no grouping
    ("02", 2),  # leading zero: "hồ sơ rút 02 hồ sơ"
    ("0", 0),
    ("1.018", 1018),
    ("1.234.567", 1234567),
    (" 378 ", 378),
    ("4 051", 4051),  # space-grouped thousands
    ("1\u00a0250", 1250),  # no-break space
    ("12\u202f345\u00a0678", 12345678),  # narrow no-break space
]


@pytest.mark.parametrize(("text", "expected"), COUNTS)
def test_parse_count(text: str, expected: int) -> None:
    value = parse_count(text)
    assert value == expected and isinstance(value, int)


@pytest.mark.parametrize(
    "text",
    [
        "99,72",
        "98.7",
        "4.911,5",
        "12.34.567",
        "1.2345",
        "-3",
        "+3",
        "",
        "abc",
        "04 051",  # a leading zero: two numbers ("04", "051")
        "4 05",  # a group of two digits
        "4  051",  # two spaces
        "4 0510",
        "1234 567",  # a first group of four digits
        "0912 345 678",  # a phone number
        "4 051,5",
        "1,234.5",
        "٣",
        "1" * 30,
    ],
)
def test_parse_count_refuses(text: str) -> None:
    with pytest.raises(NumberFormatError):
        parse_count(text)


# --- parse_decimal: the ambiguity rules ------------------------------------------------------

DECIMALS = [
    ("99,72", 99.72),  # decimal comma
    ("98.7", 98.7),  # dotted decimal (one digit after the dot)
    ("83.24", 83.24),  # dotted decimal (two digits)
    ("100", 100.0),
    ("4.911", 4911.0),  # dot + exactly three digits: thousands
    ("1.488", 1488.0),
    ("1,488", 1.488),  # comma is always decimal, even before three digits
    ("4.911,5", 4911.5),
    ("0,5", 0.5),
    ("02", 2.0),
]


@pytest.mark.parametrize(("text", "expected"), DECIMALS)
def test_parse_decimal(text: str, expected: float) -> None:
    assert parse_decimal(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    "text", ["1.2345", "1,234.5", "1,2,3", "12.34.567", "1..2", "99,72%", ".5", "5.", "", "x"]
)
def test_parse_decimal_refuses(text: str) -> None:
    with pytest.raises(NumberFormatError):
        parse_decimal(text)


# --- percentages, fractions, amounts ---------------------------------------------------------

PERCENTS = [
    ("99,72%", 99.72),
    ("100 %", 100.0),  # seed 000: "Tỷ lệ số hoá hồ sơ đạt 100 %"
    ("100% %", 100.0),  # doubled sign
    ("21,9 %", 21.9),  # seed 002
    ("98.7%", 98.7),
    ("0%", 0.0),
    ("100 phần trăm", 100.0),
]


@pytest.mark.parametrize(("text", "expected"), PERCENTS)
def test_parse_percent(text: str, expected: float) -> None:
    assert parse_percent(text) == pytest.approx(expected)


def test_percent_over_100_only_when_allowed() -> None:
    # seed 002: "đạt 221,19 % so với dự toán năm"
    with pytest.raises(NumberFormatError):
        parse_percent("221,19 %")
    assert parse_percent("221,19 %", allow_over_100=True) == pytest.approx(221.19)


@pytest.mark.parametrize("text", ["99,72", "%", "abc%", "99,72%%%", "1.2345%"])
def test_parse_percent_refuses(text: str) -> None:
    with pytest.raises(NumberFormatError):
        parse_percent(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("19,99/20", (19.99, 20.0)),  # seed 000: "chỉ số tiến độ giải quyết 19,99/20 điểm"
        ("4.900/4.900", (4900.0, 4900.0)),  # seed 001
        ("25/114", (25.0, 114.0)),  # seed 000: "xếp 25/114 xã"
        ("1.018 / 1.018", (1018.0, 1018.0)),
    ],
)
def test_parse_fraction(text: str, expected: tuple[float, float]) -> None:
    assert parse_fraction(text) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["25", "25/", "/114", "1/2/3", "61/NĐ-CP"])
def test_parse_fraction_refuses(text: str) -> None:
    with pytest.raises(NumberFormatError):
        parse_fraction(text)


@pytest.mark.parametrize(
    ("text", "number", "unit", "value"),
    [
        ("304.784 triệu đồng", 304784, "triệu đồng", 304_784_000_000),  # seed 002
        ("137.790 triệu đồng", 137790, "triệu đồng", 137_790_000_000),
        ("4,5 ngàn", 4.5, "ngàn", 4500),
        ("1,488 triệu", 1.488, "triệu", 1_488_000),
        ("2 tỷ đồng", 2, "tỷ đồng", 2_000_000_000),
        ("500.000 đồng", 500000, "đồng", 500000),
    ],
)
def test_parse_amount(text: str, number: float, unit: str, value: float) -> None:
    amount = parse_amount(text)
    assert (amount.number, amount.unit, amount.value) == (pytest.approx(number), unit, pytest.approx(value))


@pytest.mark.parametrize("text", ["304.784", "triệu đồng", "4,5 hồ sơ", "abc triệu"])
def test_parse_amount_refuses(text: str) -> None:
    with pytest.raises(NumberFormatError):
        parse_amount(text)


# --- zero in words ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("không phát sinh", True),  # seed 000: "…phương án đơn giản hóa: không phát sinh."
        ("Không có", True),  # seed 002
        ("Không có;", True),
        ("chưa phát sinh hồ sơ", True),  # seed 000
        ("Trong kỳ không có hồ sơ quá hạn", True),
        ("không", True),
        ("KHÔNG PHÁT SINH", True),
        ("Không để xảy ra sai sót", False),
        ("không đạt chỉ tiêu", False),
        ("có 0 hồ sơ", False),
        ("0", False),
        ("", False),
        ("hồ sơ", False),
    ],
)
def test_is_zero_phrase(text: str, expected: bool) -> None:
    assert is_zero_phrase(text) is expected


def test_iter_zero_phrases_in_running_text() -> None:
    text = "Lĩnh vực quân sự trong quý II/2026 không phát sinh hồ sơ. Không để xảy ra sai sót."
    found = list(iter_zero_phrases(text))
    assert [z.text for z in found] == ["không phát sinh hồ sơ"]
    assert all(text[z.start : z.end] == z.text for z in found)


# --- finders ---------------------------------------------------------------------------------

FOUND = [
    ("Tổng số hồ sơ đã tiếp nhận là 4.911 hồ sơ", [("4.911", 4911, "int")]),
    ("trước hạn: 3985 hồ sơ đạt 99,72%", [("3985", 3985, "int"), ("99,72", 99.72, "decimal")]),
    ("hồ sơ rút 02 hồ sơ), quá hạn 02 hồ sơ.", [("02", 2, "int"), ("02", 2, "int")]),
    ("tỷ lệ 98.7% và 83.24%", [("98.7", 98.7, "decimal"), ("83.24", 83.24, "decimal")]),
    ("tiếp nhận trực tuyến\n\n4.900 hồ sơ; trực tiếp 0 hồ sơ", [("4.900", 4900, "int"), ("0", 0, "int")]),
    ("1475\t7026\t21,9", [("1475", 1475, "int"), ("7026", 7026, "int"), ("21,9", 21.9, "decimal")]),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_iter_numbers_finds(text: str, expected: list[tuple[str, float, str]]) -> None:
    found = list(iter_numbers(text))
    assert [(n.text, n.value, n.kind) for n in found] == expected
    assert all(text[n.start : n.end] == n.text for n in found)


NOT_NUMBERS = [
    "Quyết định số 714/QĐ-UBND ngày 27/02/2026",  # date, document number
    "Nghị định số 61/2018/NĐ-CP và Thông tư số 01 /2018/TT-VPCP",  # normative numbers, stray space
    "Nghị quyết số 66.7/2025/NQ-CP",  # dotted document number
    "Biểu số 06/VPCP/KSTT; Công văn 225-CV/ĐU",
    "ngày 27.02.2026 và 27-02-2026 và 31/02/2026",  # other separators, impossible date still a date
    "Công văn số 348/UBND-TTPVHCC ngày 20/3",  # short date after "ngày"
    "ngày 27 tháng 8 năm\n\n2025",  # long date across a line break
    "tháng 4, quý 3, năm 2026",  # digits of named periods
    "3.3. Kết quả giải quyết",  # section number
    "2.1 Kết quả rà soát",
    "12. Kết quả",
    "theo mục 3.3 và khoản 2 Điều 10",  # cited parts
    "Điện thoại: 0225 3842 123",
    "liên hệ 0912.345.678 hoặc +84 912 345 678",
    "https://thutuc.dichvucong.gov.vn/p/home?co_quan=387628&is_advanced_search=1",
    "Công khai tại <https://nguyenluongbang.haiphong.gov.vn>",
    "email tthc2026@haiphong.gov.vn",
    "giai đoạn 2021-2030",
    "xếp 25/114 xã; 4.900/4.900 hồ sơ",  # sides of a fraction
    "COVID-19, H2O, 24h",
    "12.3456 và 1,2,3",  # malformed
]


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_iter_numbers_skips(text: str) -> None:
    assert [n.text for n in iter_numbers(text)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("đạt 99,72%\n\n", [("99,72%", 99.72)]),
        ("Tỷ lệ số hoá hồ sơ đạt 100 %", [("100 %", 100.0)]),
        ("đạt 100% % chỉ tiêu", [("100% %", 100.0)]),
        ("đạt 221,19 % so với dự toán", [("221,19 %", 221.19)]),
        ("(chỉ tiêu giao tối thiểu đạt \n\n95%)", [("95%", 95.0)]),
        ("ngày 27/02/2026, 61/2018/NĐ-CP", []),
    ],
)
def test_iter_percents(text: str, expected: list[tuple[str, float]]) -> None:
    found = list(iter_percents(text))
    assert [(p.text, p.value) for p in found] == expected
    assert all(text[p.start : p.end] == p.text for p in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("đã rà soát 378/378 thủ tục", [("378/378", 378.0, 378.0)]),
        (
            "chỉ số tiến độ 19,99/20 điểm; số hoá 21,83/22 điểm",
            [("19,99/20", 19.99, 20.0), ("21,83/22", 21.83, 22.0)],
        ),
        ("là 4.900/4.900 hồ sơ", [("4.900/4.900", 4900.0, 4900.0)]),
        ("có 01/01 phản ánh", [("01/01", 1.0, 1.0)]),
        ("ngày 27/02/2026; số 61/2018/NĐ-CP; 714/QĐ-UBND; ngày 20/3; tháng 12/2025", []),
    ],
)
def test_iter_fractions(text: str, expected: list[tuple[str, float, float]]) -> None:
    found = list(iter_fractions(text))
    assert [(f.text, f.numerator, f.denominator) for f in found] == expected
    assert all(text[f.start : f.end] == f.text for f in found)


# --- properties ------------------------------------------------------------------------------


@given(st.integers(min_value=0, max_value=10**15))
def test_every_integer_round_trips(n: int) -> None:
    written = vi_int(n)
    assert parse_count(written) == n
    assert parse_decimal(written) == float(n)
    assert [m.value for m in iter_numbers(f"là {written} hồ sơ")] == [n]


@given(st.integers(min_value=0, max_value=10**12))
def test_every_two_decimal_number_round_trips(cents: int) -> None:
    written = vi_decimal(cents)
    expected = float(Decimal(cents) / 100)
    assert parse_decimal(written) == expected
    assert [m.value for m in iter_numbers(f"đạt {written} điểm")] == [expected]


@given(st.integers(min_value=0, max_value=10000))
def test_every_percentage_round_trips(cents: int) -> None:
    written = vi_decimal(cents) + "%"
    assert parse_percent(written) == float(Decimal(cents) / 100)
    assert [p.value for p in iter_percents(f"đạt {written}.")] == [float(Decimal(cents) / 100)]


_NUMBERISH = st.text(alphabet=st.sampled_from(list("0123456789.,/%- \n\tngàytháng nămquý từđến triệu đồng")))


@given(st.one_of(st.text(), _NUMBERISH))
def test_parsers_raise_only_normalize_errors(text: str) -> None:
    for parse in (parse_count, parse_decimal, parse_percent, parse_fraction, parse_amount):
        try:
            parse(text)
        except NormalizeError:
            pass
    assert isinstance(is_zero_phrase(text), bool)


def _spaced_numbers(text: str) -> list:
    return list(iter_numbers(text, spaced_thousands=True))


@given(st.one_of(st.text(), _NUMBERISH, _NUMBERISH.map(lambda t: t + " hồ sơ")))
def test_finders_never_raise_and_spans_are_exact(text: str) -> None:
    for finder in (iter_numbers, iter_percents, iter_fractions, iter_zero_phrases, _spaced_numbers):
        found = list(finder(text))
        for match in found:
            assert text[match.start : match.end] == match.text
        assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))  # in order, no overlap


# --- space-grouped thousands -----------------------------------------------------------------

# (text, the numbers iter_numbers(spaced_thousands=True) finds)
SPACED_FOUND = [
    ("UBND xã tiếp nhận 1 250 hồ sơ", [("1 250", 1250)]),
    ("tiếp nhận 1\u00a0250 hồ sơ, giải quyết 12\u202f345 TTHC", [("1\u00a0250", 1250), ("12\u202f345", 12345)]),
    ("tổng số 2 025 120 lượt truy cập", [("2 025 120", 2025120)]),
    ("tăng 1 250 hồ sơ so với cùng kỳ", [("1 250", 1250)]),  # "tăng" takes no number of its own
    ("thu 1 250 triệu đồng", [("1 250", 1250)]),
    ("- 3 100 Hồ Sơ trực tuyến", [("3 100", 3100)]),  # caseless noun
    ("1 250 hồ sơ và 3 100 hồ sơ", [("1 250", 1250), ("3 100", 3100)]),
    ("xử lý 4.911 hồ sơ, 99,72%", [("4.911", 4911), ("99,72", 99.72)]),  # the usual forms are unchanged
    ("thu 1 000 000 000 đồng", [("1 000 000 000", 1000000000)]),  # phone-shaped groups inside
]
# ... and where a space separates numbers: each group on its own (or nothing)
SPACED_NOT = [
    ("01 02 03 hồ sơ", [("01", 1), ("02", 2), ("03", 3)]),  # a list of numbers
    ("Điều 5 120 hồ sơ", [("120", 120)]),  # "Điều 5" is cited, then 120
    ("trong tháng 6 250 hồ sơ", [("250", 250)]),  # a month number
    ("đợt 2 100 lượt", [("2", 2), ("100", 100)]),
    ("01 250 hồ sơ", [("01", 1), ("250", 250)]),  # a leading zero: a padded count of its own
    ("liên hệ 0912 345 678 hồ sơ", []),  # a phone number
    ("ĐT: 0912 345 678", []),
    ("1 250 3000 hồ sơ", [("1", 1), ("250", 250), ("3000", 3000)]),  # a four-digit group
    ("1 2500 hồ sơ", [("1", 1), ("2500", 2500)]),
    ("có 1 25 hồ sơ", [("1", 1), ("25", 25)]),
    ("Tổng 100 100%", [("100", 100), ("100", 100)]),  # two table cells, no noun
    ("1 250 cán bộ", [("1", 1), ("250", 250)]),  # not a counted noun of the list
    ("năm 2026 120 hồ sơ", [("120", 120)]),
    ("ngày 27/02/2026 120 hồ sơ", [("120", 120)]),
    ("1 250,5 hồ sơ", [("1", 1), ("250,5", 250.5)]),
    ("1 250 hồ sơn", [("1", 1), ("250", 250)]),  # a word that only starts like the noun
]


@pytest.mark.parametrize(("text", "expected"), SPACED_FOUND + SPACED_NOT)
def test_iter_numbers_spaced_thousands(text: str, expected: list[tuple[str, float]]) -> None:
    assert [(n.text, n.value) for n in iter_numbers(text, spaced_thousands=True)] == expected


@pytest.mark.parametrize(("text", "_"), SPACED_FOUND)
def test_spaced_thousands_only_on_request(text: str, _: list) -> None:
    plain = [n.text for n in iter_numbers(text)]
    assert all(" " not in t and "\u00a0" not in t and "\u202f" not in t for t in plain)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tiep nhan 1 250 ho so; thang 6 250 ho so; 0912 345 678 ho so; 3\u00a0100 tthc", ["1 250", "3\u00a0100"]),
        (fold("Tiếp nhận 1 250 Hồ sơ, Điều 5 120 hồ sơ, 2 100 PAKN"), ["1 250", "2 100"]),
    ],
)
def test_spaced_thousands_pattern_on_folded_text(text: str, expected: list[str]) -> None:
    pattern = regex.compile(spaced_thousands_pattern(folded=True))
    assert [m.group() for m in pattern.finditer(text)] == expected
    assert [parse_count(t) for t in expected] == [int(t.replace(" ", "").replace("\u00a0", "")) for t in expected]


def test_spaced_thousands_pattern_fits_in_an_alternation() -> None:
    """No capture groups: the figure extractor puts it beside NUMBER_BODY in its own pattern."""
    pattern = regex.compile(rf"(?P<a>{spaced_thousands_pattern(folded=True)}|[0-9]+)")
    assert pattern.groups == 1
    assert [m.group("a") for m in pattern.finditer("1 250 ho so, 7 ngay")] == ["1 250", "7"]


@given(st.integers(min_value=1000, max_value=10**15), st.sampled_from([" ", "\u00a0", "\u202f"]),
       st.sampled_from(["hồ sơ", "TTHC", "lượt", "triệu đồng"]))
def test_every_spaced_integer_round_trips(n: int, sep: str, noun: str) -> None:
    written = f"{n:,}".replace(",", sep)
    assert parse_count(written) == n
    found = list(iter_numbers(f"Đã tiếp nhận {written} {noun}.", spaced_thousands=True))
    assert [(m.text, m.value) for m in found] == [(written, n)]


@given(st.text(alphabet=st.sampled_from(list("0123456789 .,/%\n")), max_size=40))
def test_spaced_flag_changes_nothing_without_a_noun(text: str) -> None:
    """Without a counted noun after it, no figure is read differently."""
    plain = [(n.start, n.end, n.value) for n in iter_numbers(text)]
    assert [(n.start, n.end, n.value) for n in iter_numbers(text, spaced_thousands=True)] == plain


# --- the fast copies of the patterns match exactly what the patterns match -------------------

import regex  # noqa: E402

from normalize import number_finders as _numbers  # noqa: E402
from normalize import numbers as _parsers  # noqa: E402

_IGNORE = regex.IGNORECASE | regex.VERSION1
_PAIRS = [
    (_numbers.NUMBER_RE, _numbers._NUMBER_FAST_RE),
    (_numbers.PERCENT_RE, _numbers._PERCENT_FAST_RE),
    (_numbers.FRACTION_RE, _numbers._FRACTION_FAST_RE),
    *(
        (regex.compile(_numbers._EXCLUDED[name], _IGNORE | regex.MULTILINE), fast)
        for name, fast in zip(_numbers._EXCLUDED_FAST, _numbers._EXCLUDED_RES, strict=True)
    ),
]

# Each case is matched by at least one pattern; the odd characters are the ones IGNORECASE treats
# specially (İ, Kelvin sign, long s, U+0345).
_CASE_TEXTS = [
    "HTTPS://DICHVUCONG.GOV.VN/p/12 và WWW.X.VN 12",
    "Cổng KHANHHOA.GOV.VN, 15 hồ sơ; \u0130NFO.\u212aHANH.INFO 3",
    "ĐIỆN THOẠI: 0225 3 842 123, Hotline 1900 1234, SĐT 0912.345.678",
    "NGÀY 20/3, THÁNG 4, QUÍ 3, NĂM 2026, Tiểu Mục 2.1, PHỤ LỤC 02",
    "đạt 99,72 PHẦN TRĂM, 100 Phần Trăm; 12\u0345 hồ sơ, 7\u0345/2025/QĐ",
    "Số 61/2018/NĐ-CP, 225-CV/ĐU, 1.018/1.018, 19,99/20, 25/114",
    "3.3. Kết quả: thư tthc@haiphong.gov.vn, giai đoạn 2021 - 2025\n2.1 Kết quả",
]


@pytest.mark.parametrize("text", _CASE_TEXTS)
def test_fast_patterns_match_as_the_reference(text: str) -> None:
    for slow, fast in _PAIRS:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)], slow.pattern


def test_case_texts_are_not_trivial() -> None:
    found = {i for i, (slow, _) in enumerate(_PAIRS) for text in _CASE_TEXTS if slow.search(text)}
    assert found == set(range(len(_PAIRS)))  # every pattern is exercised by the table above


_ODD = st.lists(
    st.sampled_from(
        list("0123456789.,/%-–+ \n\t:()@_aAkKsSiIđĐ\u0130\u212a\u017f\u0345ß")
        + ["https://", "WWW.", ".gov", ".VN", "ngày ", "THÁNG ", "năm ", "quí ", "phần trăm", "ĐIỆN THOẠI",
           "hotline", "Mục ", "phụ lục ", "QĐ-UBND", "tháng", "12", "2026", "0912"]
    ),
    max_size=30,
).map("".join)


@given(_ODD)
def test_fast_patterns_agree_on_any_text(text: str) -> None:
    for slow, fast in _PAIRS:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)], slow.pattern


@pytest.mark.parametrize(
    "token",
    ["4.911", "012.345", "0.123", "1.234,50", "1.234,00", "99,72", "1,488", "98.7", "02", "0", "1.234.567",
     "1" * 24, "1" * 25, "000"],
)
def test_values_match_babel(token: str) -> None:
    """The shortcut around Babel gives Babel's answer (value, or a refusal)."""
    from babel.numbers import parse_decimal as babel

    try:
        want: object = float(Decimal(token) if _parsers._DOTTED_DECIMAL_RE.fullmatch(token) else babel(token, locale="vi", strict=True))
        if len(token) > 24:
            want = "refused"
    except Exception:  # noqa: BLE001 - Babel's refusal
        want = "refused"
    try:
        got: object = parse_decimal(token)
    except NumberFormatError:
        got = "refused"
    assert got == want
