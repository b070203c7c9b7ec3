"""Periods as Vietnamese reports name them: explicit ranges and named periods.

- Ranges (label ``range``): ``từ ngày 15/3/2026 đến ngày 14/6/2026``, ``từ 20/03/2026 đến ngày
  20/4/2026``, ``Luỹ kế từ 01/01/2025 đến 04/12/2025`` (``cumulative``), ``từ tháng 7 đến tháng
  12/2025`` (month sides: first to last day), ``… đến hết ngày …``, ``… đến cuối tháng 10/2025``; an open end ``Từ ngày 01/7/2025``
  or ``từ … đến nay`` gives ``end=None``. A side without a year takes the other side's (going back a
  year when that would put the start after the end), else ``default_year``. A side written as its day
  alone takes the other side's month: ``từ ngày 1 đến 31-7`` (1/7 .. 31/7; ``31-7`` is ``31/7``).
- Other range forms (label ``range``): a dash between the sides (``từ ngày 1/4 - 30/6/2025``), ``cho đến``, two
  sides alone in brackets (``(1-8 đến 31-8)``; longer than a year: an anniversary's dates, none) or after a
  label of the window (``Kỳ báo cáo: 15/12/2024 - 14/3/2025``), a pair of months without ``từ`` (``tháng 7 đến
  tháng 9/2025``, ``tháng 7-9/2025``), a start named by an event dated in brackets (``Từ khi sáp nhập xã (ngày
  1/7/2025) đến ngày 30/9/2025``), a start with a short note in brackets before ``đến`` (``từ ngày 1/7/2025
  (ngày sáp nhập) đến ngày 30/9/2025``); dotted sides after ``ngày``/``đến`` (``ngày 1.7``), ``30/9 năm 2025``.
- Ranges of years (label ``range``): ``Từ năm 2015-2020``, ``từ 2016 đến 2018``, ``từ năm 2016 đến năm
  2018`` -> 1 January of the first .. 31 December of the last; not when a unit word follows (``từ 2000 đến
  2050 hồ sơ`` counts dossiers). Whether one names a programme's span is for the extractor.
- Year to date (label ``range``): ``Lũy kế từ đầu năm đến ngày 14/6/2026``, ``từ đầu năm 2026 đến
  hết ngày 31/5/2026`` -> 1 January of the year written after ``đầu năm``, else of the end's year,
  .. the end. Only with a written end: ``Từ đầu năm đến nay`` is no range.
- Named periods on calendar bounds, both inclusive: ``tháng 03 năm 2026``, ``tháng 12/2025``,
  ``tháng 4 (năm 2026)``, ``Tháng 5-2021``, ``tháng 9.2025`` (month); ``Quý II năm 2026``, ``QUÝ II/2026``, ``quý III-2020``,
  ``quý 3`` (quarter); ``6 tháng đầu năm (2026)``, ``6 tháng cuối năm 2025`` (half_year); ``9 tháng đầu năm
  2022`` (nine_months); ``năm 2025`` (year). Other counts of months from January (or back from December):
  ``3 tháng đầu năm`` (quarter), ``12 tháng năm 2025`` (year), ``10 tháng đầu năm 2025`` (``range``: no named
  label fits). A named period without a year takes ``default_year`` (or ``year_at`` of :func:`iter_periods`);
  with neither it is not emitted (and :func:`parse_period` refuses it).
- The report's own first half or nine months, written bare: ``Trong 9 tháng, …`` (the introducer
  opening a sentence or line, a list marker allowed before it, and a comma or the window in brackets
  after the months: ``b) Lũy kế 9 tháng (từ ngày 15/12/2022 đến ngày 14/9/2023)``) and ``trong 6 tháng
  qua``, or without an introducer the months and their tail set off by a comma (``9 tháng qua, …``) ->
  half_year / nine_months of ``default_year``; the span is the months and their tail (``9 tháng``,
  ``6 tháng qua``), not the introducer. ``hoàn thành trong 6 tháng.`` is a duration, not a period.
- A named period also carries the official reporting window (Nghị định 09/2019/NĐ-CP): from the
  15th of the month before its first month to the 14th of its last month (month 4/2026 ->
  15/3..14/4; Quý II -> 15/3..14/6; first half -> 15/12..14/6; year -> 15/12..14/12). The decree
  names month, quarter, half-year and year; second half (15/6..14/12) and nine months
  (15/12..14/9) follow the same rule by analogy.

Not periods: a date alone (``ngày 27/02/2026``), ``giai đoạn 2021-2030``, ``năm 2021-2025`` (no ``từ``),
``24/24``, ``năm`` without a year, a month inside a date (``ngày 08 tháng 4 năm 2020``), the year after a
list of months or quarters (``quý I, II năm 2025``). Whether
``năm 2026`` in a plan's title is the period of the figures is for the extractor to decide from
the context; it gets the label and the span here.

:func:`parse_period` raises only :class:`~normalize.errors.PeriodFormatError`; :func:`iter_periods`
never raises. Cue words live in ``data/periods.toml``, made into patterns by
:mod:`normalize.period_grammar`; dates are read by :mod:`normalize.dates`.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Literal

import regex

from normalize.dates import PartialDate, iter_dates, parse_date
from normalize.errors import DateFormatError, PeriodFormatError
from normalize.period_grammar import (
    ACCENTED_SIDE,
    BARE_LONG_SIDE_RE,
    DOTTED_SHORT_SIDE_RE,
    SHORT_YEAR_SIDE_RE,
    UNACCENTED_SIDE_RE,
    Grammar,
    grammar,
)

_MIN_YEAR, _MAX_YEAR = 1900, 2100

PeriodLabel = Literal["range", "month", "quarter", "half_year", "nine_months", "year"]
# The year for a period written without one, by the offset where it starts (None: unknown)
YearAt = Callable[[int], "int | None"]


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


@dataclass(frozen=True, slots=True)
class PeriodMatch:
    """A period found in running text: ``text == source[start:end]``.

    ``cumulative``: introduced by ``Luỹ kế`` (included in the span). ``year_in_text``: every year
    was written in the match (False when one came from the other side or from ``default_year``).
    """

    start: int
    end: int
    text: str
    period: Period
    cumulative: bool = False
    year_in_text: bool = True


# --- resolving -----------------------------------------------------------------------------


class _Unresolved(Exception):
    """A candidate whose period cannot be known (no year, impossible date)."""


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    period: Period | None  # None: shaped like a period but unresolved
    reason: str = ""
    cumulative: bool = False
    year_in_text: bool = True


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _check_year(year: int) -> int:
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        raise _Unresolved(f"year {year} outside {_MIN_YEAR}..{_MAX_YEAR}")
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


def _resolve_named(label: str, m: regex.Match, default_year: int | None, g: Grammar) -> tuple[Period, bool]:
    year_text = m.group("y") if "y" in m.re.groupindex else None
    year = int(year_text) if year_text else default_year
    if year is None:
        raise _Unresolved("no year in the text and no default_year")
    in_text = year_text is not None
    if label == "month":
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            raise _Unresolved(f"month {month} does not exist")
        return _named_period("month", year, month, month, g), in_text
    if label == "quarter":
        q = g.quarter_numerals.get(m.group("q").casefold())
        if q is None:  # "Quý İ": IGNORECASE let a look-alike letter through
            raise _Unresolved(f"quarter {m.group('q')!r} is not a numeral")
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
        raise _Unresolved(f"{n} months do not fit in a year")
    if which is None and m.group("y") is None:
        raise _Unresolved("n months with neither 'đầu'/'cuối' nor a year")
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
            raise _Unresolved(f"month {month} does not exist")
        year = int(m.group("y")) if m.group("y") else None
        return _Side(PartialDate(year, month, 1), PartialDate(year, month, None))
    if m := g.side_day_re.fullmatch(text):  # "ngày 1": month and year from the other side
        day = int(m.group("d"))
        if not 1 <= day <= 31:
            raise _Unresolved(f"day {day} does not exist")
        return _Side(PartialDate(None, None, day), PartialDate(None, None, day))
    body = "ngày " + text if BARE_LONG_SIDE_RE.match(text) else text
    body = SHORT_YEAR_SIDE_RE.sub(r"\g<dm>/\g<y>", body)  # "30/9 năm 2025"
    body = DOTTED_SHORT_SIDE_RE.sub(r"\g<d>/\g<m>", body)  # "ngày 1.7", "30.9" (dotted day and month)
    body = UNACCENTED_SIDE_RE.sub(lambda w: ACCENTED_SIDE[w.group().casefold()], body)  # "ngay 15/4/2026"
    try:
        date = parse_date(body)
    except DateFormatError as exc:
        raise _Unresolved(exc.reason) from exc
    if date.month is None or date.day is None:
        raise _Unresolved("a range side needs a day and a month")
    return _Side(date, date)


def _month_from(side: _Side, other: _Side) -> _Side:
    """A side written as its day alone (``từ ngày 1 đến 31-7``) takes the other side's month and year."""
    if side.first.month is not None:
        return side
    if other.first.month is None:
        raise _Unresolved("neither side of the range names a month")
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
        raise _Unresolved(str(exc)) from exc


def _resolve_range(m: regex.Match, default_year: int | None, g: Grammar) -> tuple[Period, bool]:
    b_text = m.group("b")
    if b_text and b_text[0].isdigit() and m.re is g.month_pair_re:  # "tháng 7-9/2025": the second month's number
        b_text = "tháng " + b_text
    a = _read_side(m.group("a"), g)
    b = _read_side(b_text, g) if b_text else None
    if b is None and a.first.month is None:
        raise _Unresolved("an open range from a day alone")
    if b is not None:
        a, b = _month_from(a, b), _month_from(b, a)
        if a.first.month == b.first.month and a.first.year == b.first.year and (a.first.day or 1) > (b.first.day or 1):
            raise _Unresolved("a day range that runs backwards within its month")
    ya = a.first.year
    yb = b.first.year if b else None
    in_text = ya is not None and (b is None or yb is not None)
    if b is None:
        year = ya if ya is not None else default_year
        if year is None:
            raise _Unresolved("no year in the text and no default_year")
        return Period(_with_year(a.first, year, last=False), None, "range"), in_text
    if ya is None and yb is None:
        if default_year is None:
            raise _Unresolved("no year in the text and no default_year")
        yb = default_year
    if yb is None:
        assert ya is not None
        yb = ya if (b.first.month, b.first.day or 1) >= (a.first.month, a.first.day or 1) else ya + 1
    if ya is None:
        ya = yb if (a.first.month, a.first.day or 1) <= (b.first.month, b.first.day or 1) else yb - 1
    start = _with_year(a.first, ya, last=False)
    end = _with_year(b.last, yb, last=True)
    return Period(start, end, "range"), in_text


def _resolve_year_start(m: regex.Match, default_year: int | None, g: Grammar) -> tuple[Period, bool]:
    """``từ đầu năm [2025] đến <end>``: 1 January of the year written (else of the end's year) .. the end.
    An end without a year takes the start's, else ``default_year``."""
    b = _read_side(m.group("b"), g)
    written = int(m.group("y")) if m.group("y") else None
    end_year = b.first.year if b.first.year is not None else written
    in_text = end_year is not None
    if end_year is None:
        end_year = default_year
    if end_year is None:
        raise _Unresolved("no year in the text and no default_year")
    start = dt.date(_check_year(written if written is not None else end_year), 1, 1)
    return Period(start, _with_year(b.last, end_year, last=True), "range"), in_text


def _resolve_bare(m: regex.Match, default_year: int | None, g: Grammar) -> tuple[Period, bool]:
    """``Trong 9 tháng,`` / ``trong 6 tháng qua``: the nine months or first half of ``default_year``."""
    if default_year is None:
        raise _Unresolved("no year in the text and no default_year")
    if m.group("n").casefold() in g.nine:
        return _named_period("nine_months", default_year, 1, 9, g), False
    return _named_period("half_year", default_year, 1, 6, g), False


def _resolve_year_range(m: regex.Match) -> Period:
    """``Từ năm 2015-2020``, ``từ 2016 đến 2018``: 1 January of the first year .. 31 December of the last."""
    first, last = _check_year(int(m.group("ya"))), _check_year(int(m.group("yb")))
    if first > last or (first == last and m.group("ya_word") is None):
        raise _Unresolved(f"years {first}..{last} run backwards")
    return Period(dt.date(first, 1, 1), dt.date(last, 12, 31), "range")


# Before a bare "Trong 9 tháng,": the start of the text, of a sentence or of a line (bounded look-back).
# a list marker may open the line: "b) Lũy kế 9 tháng (từ ngày … đến ngày …):", "2. Trong 9 tháng, …"; an adverb
# may open the sentence: "Cũng trong 9 tháng, …", "Riêng trong 6 tháng qua …"
_SENTENCE_START_RE = regex.compile(
    r"(?:^|[.;:]\s+|\n)[ \t*_+\-•]*(?:(?:[a-zđ]\)|\d{1,2}(?:\.\d{1,2}){0,3}\.)[ \t]+)?(?:(?i:cũng|riêng)[ \t]+)?$")
_SENTENCE_REACH = 12
_CUMULATIVE_REACH = 20


def _candidates(text: str, default_year: int | None, year_at: YearAt | None = None) -> list[_Candidate]:
    g = grammar()

    def year_for(pos: int) -> int | None:
        return default_year if year_at is None else year_at(pos)

    # Dates are sorted and never overlap one another, so the last one starting before a match's
    # end is the only one that can overlap it.
    dates = [(d.start, d.end) for d in iter_dates(text)]
    date_starts = [s for s, _ in dates]

    def _in_date(start: int, end: int) -> bool:
        i = bisect.bisect_left(date_starts, end) - 1
        return i >= 0 and dates[i][1] > start

    out: list[_Candidate] = []
    for m in g.range_re.finditer(text, overlapped=False):
        try:
            period, in_text = _resolve_range(m, year_for(m.start()), g)
            out.append(_Candidate(m.start(), m.end(), period, "", m.group("cum") is not None, in_text))
        except _Unresolved as exc:
            out.append(_Candidate(m.start(), m.end(), None, str(exc)))
    # "(1-8 đến 31-8)", "Kỳ báo cáo: 15/12/2024 - 14/3/2025", "tháng 7-9/2025", "Từ khi … (ngày 1/7/2025) đến …"
    for pattern in (g.bracket_range_re, g.labelled_range_re, g.month_pair_re, g.event_range_re):
        for m in pattern.finditer(text):
            if pattern is g.month_pair_re and _in_date(m.start(), m.end()):
                continue  # "ngày 15 tháng 7 đến …": the month of a date
            start = m.start() if pattern is g.event_range_re else m.start("a")  # a bracket or label: not in the span
            try:
                period, in_text = _resolve_range(m, year_for(start), g)
                if pattern is g.bracket_range_re and period.end is not None and (
                        period.end - period.start).days > g.bracket_max_days:
                    raise _Unresolved("an anniversary's dates in brackets, not a window")
                out.append(_Candidate(start, m.end(), period, "", False, in_text))
            except _Unresolved as exc:
                out.append(_Candidate(start, m.end(), None, str(exc)))
    for m in g.year_start_re.finditer(text):
        cum = g.cumulative_re.search(text, max(0, m.start() - _CUMULATIVE_REACH), m.start())
        start = m.start() if cum is None else cum.start()  # "Lũy kế từ đầu năm …": in the span
        try:
            period, in_text = _resolve_year_start(m, year_for(m.start()), g)
            out.append(_Candidate(start, m.end(), period, "", cum is not None, in_text))
        except _Unresolved as exc:
            out.append(_Candidate(start, m.end(), None, str(exc)))
    for m in g.bare_re.finditer(text):
        intro = m.start("intro")
        if (m.group("comma") is not None or m.group("paren") is not None) and not _SENTENCE_START_RE.search(
            text, max(0, intro - _SENTENCE_REACH), intro
        ):
            continue  # "hoàn thành trong 6 tháng, kể từ …": a duration
        s, e = m.span()
        try:
            period, in_text = _resolve_bare(m, year_for(s), g)
            out.append(_Candidate(s, e, period, "", False, in_text))
        except _Unresolved as exc:
            out.append(_Candidate(s, e, None, str(exc)))
    for m in g.bare_tail_re.finditer(text):  # "9 tháng qua, …"
        s, e = m.span()
        try:
            period, in_text = _resolve_bare(m, year_for(s), g)
            out.append(_Candidate(s, e, period, "", False, in_text))
        except _Unresolved as exc:
            out.append(_Candidate(s, e, None, str(exc)))
    for m in g.year_range_re.finditer(text):
        try:
            out.append(_Candidate(m.start(), m.end(), _resolve_year_range(m)))
        except _Unresolved as exc:
            out.append(_Candidate(m.start(), m.end(), None, str(exc)))
    for label, pattern in g.named:
        for m in pattern.finditer(text):
            if _in_date(m.start(), m.end()):
                continue  # "tháng 4 năm 2020" inside "ngày 08 tháng 4 năm 2020"
            try:
                period, in_text = _resolve_named(label, m, year_for(m.start()), g)
                out.append(_Candidate(m.start(), m.end(), period, "", False, in_text))
            except _Unresolved as exc:
                out.append(_Candidate(m.start(), m.end(), None, str(exc)))
    # Leftmost first, then longest: a range wins over the month inside it, "tháng 5 năm 2026" over
    # "năm 2026", "6 tháng đầu năm 2026" over "năm 2026".
    out.sort(key=lambda c: (c.start, -(c.end - c.start)))
    chosen: list[_Candidate] = []
    reach = -1
    for c in out:
        if c.start >= reach:
            chosen.append(c)
            reach = c.end
    return chosen


# --- public --------------------------------------------------------------------------------


def iter_periods(text: str, *, default_year: int | None = None,
                 year_at: YearAt | None = None) -> Iterator[PeriodMatch]:
    """Every range and named period in ``text``, in order, with exact ``[start, end)`` offsets.

    ``default_year`` is the report's year, for periods written without one (``quý 3``,
    ``6 tháng đầu năm``); without it such periods are not emitted. ``year_at``, when given, replaces
    it: the year for a period without one that starts at a given offset (a news item's periods take
    the year of the period named before them). Never raises (a ``year_at`` that raises is its caller's).
    """
    if not isinstance(text, str):
        return
    if default_year is not None and not isinstance(default_year, int):
        default_year = None
    for c in _candidates(text, default_year, year_at):
        if c.period is not None:
            yield PeriodMatch(c.start, c.end, text[c.start : c.end], c.period, c.cumulative, c.year_in_text)


def parse_period(s: str, default_year: int | None = None) -> Period:
    """Read one period (the whole string, outer brackets and final punctuation ignored).

    ``parse_period("Quý II năm 2026")`` -> Period(2026-04-01, 2026-06-30, "quarter", 2026-03-15,
    2026-06-14); ``parse_period("từ 15/3/2026 đến ngày 14/6/2026")`` -> a range. Raises
    :class:`PeriodFormatError` for anything else, or when the year cannot be known.
    """
    if not isinstance(s, str):
        raise PeriodFormatError(s, "not a string")
    text = s.strip().rstrip(".,;:").strip()
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip()
    found = _candidates(text, default_year) if text else []
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(text):
        raise PeriodFormatError(
            s, "not a period (expected e.g. 'từ ngày 15/3/2026 đến ngày 14/6/2026', 'Quý II năm 2026')"
        )
    if found[0].period is None:
        raise PeriodFormatError(s, found[0].reason)
    return found[0].period
