"""Resolving a period the grammar matched (normalize/period_grammar.py) into its calendar bounds: a named period
(``Quý II năm 2026``: calendar bounds and the official reporting window, 15th .. 14th), a range's two sides (a side
without a year takes the other's, else ``default_year``), a year-to-date range, the report's bare nine months or
first half, a range of years. Split from normalize/periods.py, which finds the candidates in running text.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import Literal

import regex

from normalize.dates import PartialDate, parse_date
from normalize.errors import DateFormatError
from normalize.period_grammar import (
    ACCENTED_SIDE,
    BARE_LONG_SIDE_RE,
    DOTTED_SHORT_SIDE_RE,
    SHORT_YEAR_SIDE_RE,
    UNACCENTED_SIDE_RE,
    Grammar,
)

_MIN_YEAR, _MAX_YEAR = 1900, 2100

PeriodLabel = Literal["range", "month", "quarter", "half_year", "nine_months", "year"]


@dataclass(frozen=True, slots=True)
class Period:
    """A period of activity or reporting, both ends inclusive; ``end`` is None for an open range.

    ``reporting_start``/``reporting_end`` are the official reporting window of a named period
    (None for a range). An end before the start is kept as written (validation reports it).
    """

    start: dt.date
    end: dt.date | None
    label: PeriodLabel
    reporting_start: dt.date | None = None
    reporting_end: dt.date | None = None


class Unresolved(Exception):
    """A candidate whose period cannot be known (no year, impossible date)."""


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _check_year(year: int) -> int:
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        raise Unresolved(f"year {year} outside {_MIN_YEAR}..{_MAX_YEAR}")
    return year


def _named_period(label: PeriodLabel, year: int, first: int, last: int, g: Grammar) -> Period:
    """Calendar bounds for months first..last of year, plus the reporting window (15th .. 14th)."""
    _check_year(year)
    before_y, before_m = (year - 1, 12) if first == 1 else (year, first - 1)
    return Period(
        start=dt.date(year, first, 1),
        end=_last_day(year, last),
        label=label,
        reporting_start=dt.date(before_y, before_m, g.start_day),
        reporting_end=dt.date(year, last, g.end_day),
    )


def resolve_named(label: str, m: regex.Match, default_year: int | None, g: Grammar) -> tuple[Period, bool]:
    year_text = m.group("y") if "y" in m.re.groupindex else None
    year = int(year_text) if year_text else default_year
    if year is None:
        raise Unresolved("no year in the text and no default_year")
    in_text = year_text is not None
    if label == "month":
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            raise Unresolved(f"month {month} does not exist")
        return _named_period("month", year, month, month, g), in_text
    if label == "quarter":
        q = g.quarter_numerals.get(m.group("q").casefold())
        if q is None:  # "Quý İ": IGNORECASE let a look-alike letter through
            raise Unresolved(f"quarter {m.group('q')!r} is not a numeral")
        return _named_period("quarter", year, 3 * q - 2, 3 * q, g), in_text
    if label == "half_year":
        which = m.group("which")
        second = which is not None and which.casefold() in g.last_words
        first, last = (7, 12) if second else (1, 6)
        return _named_period("half_year", year, first, last, g), in_text
    if label == "nine_months":
        return _named_period("nine_months", year, 1, 9, g), in_text
    if label == "counted":
        return _counted_months(m, year, g), in_text
    return _named_period("year", year, 1, 12, g), in_text


# n months counted from January (or back from December) that have a name of their own
_COUNTED_LABELS: dict[int, PeriodLabel] = {1: "month", 3: "quarter", 12: "year"}


def _counted_months(m: regex.Match, year: int, g: Grammar) -> Period:
    """``10 tháng đầu năm 2025`` -> 1/1..31/10 (label ``range``: no named label fits); ``3 tháng đầu năm``
    -> the first quarter, ``12 tháng`` the year, ``2 tháng cuối năm`` -> 1/11..31/12. Without ``đầu``/``cuối``
    the months count from January, and only with the year written (``10 tháng năm 2025``)."""
    n, which = int(m.group("n")), m.group("which")
    if not 1 <= n <= 12:
        raise Unresolved(f"{n} months do not fit in a year")
    if which is None and m.group("y") is None:
        raise Unresolved("n months with neither 'đầu'/'cuối' nor a year")
    last = which is not None and which.casefold() in g.last_words
    first, end = (13 - n, 12) if last else (1, n)
    label = _COUNTED_LABELS.get(n)
    if label is not None:
        return _named_period(label, year, first, end, g)
    _check_year(year)
    return Period(dt.date(year, first, 1), _last_day(year, end), "range")


@dataclass(frozen=True, slots=True)
class _Side:
    first: PartialDate  # first day the side stands for
    last: PartialDate  # last day (same as first for a day; the month's last day for a month)


def _read_side(text: str, g: Grammar) -> _Side:
    if m := g.side_month_re.fullmatch(text):
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            raise Unresolved(f"month {month} does not exist")
        year = int(m.group("y")) if m.group("y") else None
        return _Side(PartialDate(year, month, 1), PartialDate(year, month, None))
    if m := g.side_day_re.fullmatch(text):  # "ngày 1": month and year from the other side
        day = int(m.group("d"))
        if not 1 <= day <= 31:
            raise Unresolved(f"day {day} does not exist")
        return _Side(PartialDate(None, None, day), PartialDate(None, None, day))
    body = "ngày " + text if BARE_LONG_SIDE_RE.match(text) else text
    body = SHORT_YEAR_SIDE_RE.sub(r"\g<dm>/\g<y>", body)  # "30/9 năm 2025"
    body = DOTTED_SHORT_SIDE_RE.sub(r"\g<d>/\g<m>", body)  # "ngày 1.7", "30.9" (dotted day and month)
    body = UNACCENTED_SIDE_RE.sub(lambda w: ACCENTED_SIDE[w.group().casefold()], body)  # "ngay 15/4/2026"
    try:
        date = parse_date(body)
    except DateFormatError as exc:
        raise Unresolved(exc.reason) from exc
    if date.month is None or date.day is None:
        raise Unresolved("a range side needs a day and a month")
    return _Side(date, date)


def _month_from(side: _Side, other: _Side) -> _Side:
    """A side written as its day alone (``từ ngày 1 đến 31-7``) takes the other side's month and year."""
    if side.first.month is not None:
        return side
    if other.first.month is None:
        raise Unresolved("neither side of the range names a month")
    day = PartialDate(other.first.year, other.first.month, side.first.day)
    return _Side(day, day)


def _with_year(side: PartialDate, year: int, *, last: bool) -> dt.date:
    _check_year(year)
    assert side.month is not None
    if last and side.day is None:
        return _last_day(year, side.month)
    try:
        return dt.date(year, side.month, side.day or 1)
    except ValueError as exc:  # 29/2 in a year that has none
        raise Unresolved(str(exc)) from exc


def resolve_range(m: regex.Match, default_year: int | None, g: Grammar) -> tuple[Period, bool]:
    b_text = m.group("b")
    if b_text and b_text[0].isdigit() and m.re is g.month_pair_re:  # "tháng 7-9/2025": the second month's number
        b_text = "tháng " + b_text
    a = _read_side(m.group("a"), g)
    b = _read_side(b_text, g) if b_text else None
    if b is None and a.first.month is None:
        raise Unresolved("an open range from a day alone")
    if b is not None:
        a, b = _month_from(a, b), _month_from(b, a)
        if a.first.month == b.first.month and a.first.year == b.first.year and (a.first.day or 1) > (b.first.day or 1):
            raise Unresolved("a day range that runs backwards within its month")
    ya = a.first.year
    yb = b.first.year if b else None
    in_text = ya is not None and (b is None or yb is not None)
    if b is None:
        year = ya if ya is not None else default_year
        if year is None:
            raise Unresolved("no year in the text and no default_year")
        return Period(_with_year(a.first, year, last=False), None, "range"), in_text
    if ya is None and yb is None:
        if default_year is None:
            raise Unresolved("no year in the text and no default_year")
        yb = default_year
    if yb is None:
        assert ya is not None
        yb = ya if (b.first.month, b.first.day or 1) >= (a.first.month, a.first.day or 1) else ya + 1
    if ya is None:
        ya = yb if (a.first.month, a.first.day or 1) <= (b.first.month, b.first.day or 1) else yb - 1
    start = _with_year(a.first, ya, last=False)
    end = _with_year(b.last, yb, last=True)
    return Period(start, end, "range"), in_text


def resolve_year_start(m: regex.Match, default_year: int | None, g: Grammar) -> tuple[Period, bool]:
    """``từ đầu năm [2025] đến <end>``: 1 January of the year written (else of the end's year) .. the end.
    An end without a year takes the start's, else ``default_year``."""
    b = _read_side(m.group("b"), g)
    written = int(m.group("y")) if m.group("y") else None
    end_year = b.first.year if b.first.year is not None else written
    in_text = end_year is not None
    if end_year is None:
        end_year = default_year
    if end_year is None:
        raise Unresolved("no year in the text and no default_year")
    start = dt.date(_check_year(written if written is not None else end_year), 1, 1)
    return Period(start, _with_year(b.last, end_year, last=True), "range"), in_text


def resolve_bare(m: regex.Match, default_year: int | None, g: Grammar) -> tuple[Period, bool]:
    """``Trong 9 tháng,`` / ``trong 6 tháng qua``: the nine months or first half of ``default_year``."""
    if default_year is None:
        raise Unresolved("no year in the text and no default_year")
    if m.group("n").casefold() in g.nine:
        return _named_period("nine_months", default_year, 1, 9, g), False
    return _named_period("half_year", default_year, 1, 6, g), False


def resolve_year_range(m: regex.Match) -> Period:
    """``Từ năm 2015-2020``, ``từ 2016 đến 2018``: 1 January of the first year .. 31 December of the last."""
    first, last = _check_year(int(m.group("ya"))), _check_year(int(m.group("yb")))
    if first > last or (first == last and m.group("ya_word") is None):
        raise Unresolved(f"years {first}..{last} run backwards")
    return Period(dt.date(first, 1, 1), dt.date(last, 12, 31), "range")
