"""Dates as Vietnamese reports write them: one parser, one finder.

Forms read (``ngày`` before a numeric date is optional everywhere):

- numeric ``27/02/2026``, ``27/2/2026``, ``27-02-2026``, ``27.02.2026`` (one separator throughout);
- long ``ngày 27 tháng 02 năm 2026``, ``ngày 08 tháng 4 năm 2020``, across line breaks
  (``ngày 27 tháng 8 năm\\n\\n2025``), and with parts left blank in a draft
  (``ngày   tháng 6 năm 2026`` -> day unknown; a blank part is ``None``, never guessed);
- short ``ngày 20/3`` (no year): the year is ``default_year`` when given, else unknown;
  :func:`parse_date` also reads ``20-3`` and ISO ``2026-02-27`` (a whole string; the finder does not).

Two-digit years (``27/02/26``) are read by :func:`parse_date` only with a ``default_year``, and
only when the nearest expansion lies within 20 years of it; the finder never reads them (too easily
a fraction or a rank). Years outside 1900..2100 and impossible days (31/02/2026, 00/1/2026, month
13) are refused.

:func:`parse_date` raises only :class:`~normalize.errors.DateFormatError`; :func:`iter_dates`
never raises and skips impossible dates. Text is expected in NFC (as every Document is).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

import regex

from normalize.errors import DateFormatError
from normalize.text import caseless

MIN_YEAR = 1900
MAX_YEAR = 2100
_TWO_DIGIT_YEAR_WINDOW = 20

# --- patterns (the one place that knows how dates are written) -------------------------------


# 27/02/2026 | 27/2/2026 | 27-02-2026 | 27.02.2026 — the same separator twice.
NUMERIC_DATE = (
    r"(?<![0-9]|[0-9][.,/\-])"
    r"(?P<d>[0-9]{1,2})(?P<sep>[/.\-])(?P<m>[0-9]{1,2})(?P=sep)(?P<y>[0-9]{4})"
    r"(?![0-9]|[/\-][0-9\p{L}]|[.,][0-9])"
)

# ngày 27 tháng 8 năm\n\n2025 | ngày   tháng 6 năm 2026 (blank day) | ngày 13 tháng 10 (no year).
# A blank part may not span a line break: "... trong ngày.\n\nTháng 5 năm 2026" is no date.
LONG_DATE = (
    r"(?<!\p{L})ngày"
    r"(?:\s+(?P<d>[0-9]{1,2})\s+|[ \t.…_]+)"
    r"tháng"
    r"(?:\s+(?P<m>[0-9]{1,2})(?![0-9])|(?=[ \t.…_]+năm))"
    r"(?:[\s.…_]*?(?<!\p{L})năm(?:\s*(?P<y>[0-9]{4})(?![0-9]))?)?"
)

# ngày 20/3 (Công văn số 348/UBND-TTPVHCC ngày 20/3): day/month, no year; "ngày" required in text.
SHORT_DATE = (
    r"(?<=(?<!\p{L})ngày\s{1,4})"
    r"(?P<d>[0-9]{1,2})/(?P<m>[0-9]{1,2})"
    r"(?![0-9]|\s*/\s*[0-9\p{L}]|[.,][0-9])"
)

# Anything shaped like a date, valid or not; normalize/numbers.py keeps numbers out of these.
DATE_SHAPE = "|".join(
    [
        r"(?<![0-9])[0-9]{1,2}([/.\-])[0-9]{1,2}\1[0-9]{2,4}(?![0-9])",  # 31/02/2026, 27.02.26
        r"(?<=(?<!\p{L})ngày\s{1,4})[0-9]{1,2}/[0-9]{1,2}(?![0-9])",  # ngày 20/3
    ]
)

_FLAGS = regex.IGNORECASE | regex.VERSION1
DATE_SHAPE_RE = regex.compile(DATE_SHAPE, _FLAGS)

# What the finder and the parser run: the same patterns compiled without IGNORECASE (several times
# faster in the regex engine), the words spelt caselessly and U+0345 added to the one character set
# that IGNORECASE would let match it (it folds to a letter). tests/test_dates.py checks they match alike.
# (A word that leads its pattern stays a caseless group, "(?i:…)": the engine scans for it fast.)
_FAST = regex.VERSION1
_NUMERIC_RE = regex.compile(NUMERIC_DATE.replace(r"[0-9\p{L}]", r"[0-9\p{L}\u0345]"), _FAST)
_LONG_RE = regex.compile(
    LONG_DATE.replace("ngày", "(?i:ngày)").replace("tháng", "(?i:tháng)").replace("năm", "(?i:năm)"), _FAST
)
_SHORT_RE = regex.compile(
    SHORT_DATE.replace("ngày", caseless("ngày")).replace(r"[0-9\p{L}]", r"[0-9\p{L}\u0345]"), _FAST
)

# parse_date only: a whole string, "ngày" optional, two-digit years allowed (resolved by default_year).
_PARSE_NUMERIC_RE = regex.compile(
    r"(?:ngày\s*)?(?P<d>[0-9]{1,2})(?P<sep>[/.\-])(?P<m>[0-9]{1,2})(?P=sep)(?P<y>[0-9]{4}|[0-9]{2})", _FLAGS
)
# "20/3", "31-7" (a range's end side: "từ ngày 1 đến 31-7")
_PARSE_SHORT_RE = regex.compile(r"(?:ngày\s*)?(?P<d>[0-9]{1,2})[/\-](?P<m>[0-9]{1,2})", _FLAGS)
# ISO 8601 "2025-11-23" (a publication stamp, a machine's date): parse_date only, never the finder
_PARSE_ISO_RE = regex.compile(r"(?P<y>[0-9]{4})-(?P<m>[0-9]{2})-(?P<d>[0-9]{2})")
_TRIM = " \t\r\n\u00a0.,;:()[]"


# --- values --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date whose parts may be unknown (``None``): a draft's ``ngày   tháng 6 năm 2026``."""

    year: int | None
    month: int | None
    day: int | None

    @property
    def is_complete(self) -> bool:
        return self.year is not None and self.month is not None and self.day is not None

    def to_date(self) -> dt.date | None:
        """The date when every part is known, else ``None``."""
        if self.year is None or self.month is None or self.day is None:
            return None
        return dt.date(self.year, self.month, self.day)


DateForm = Literal["numeric", "long", "short"]


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date found in running text: ``text == source[start:end]``.

    The span of a long form starts at ``ngày``; the span of a numeric or short form covers the
    digits only (``ngày`` before it, if any, is left to the caller).
    """

    start: int
    end: int
    text: str
    date: PartialDate
    form: DateForm


# --- parsing -------------------------------------------------------------------------------


def _to_int(part: str | None) -> int | None:
    return None if part is None else int(part)


def _checked(source: str, year: int | None, month: int | None, day: int | None) -> PartialDate:
    if year is not None and not MIN_YEAR <= year <= MAX_YEAR:
        raise DateFormatError(source, f"year {year} outside {MIN_YEAR}..{MAX_YEAR}")
    if month is not None and not 1 <= month <= 12:
        raise DateFormatError(source, f"month {month} does not exist")
    if day is not None:
        # With the year unknown, 29 February is possible; with the month unknown, any day up to 31.
        last = 31 if month is None else calendar.monthrange(2000 if year is None else year, month)[1]
        if not 1 <= day <= last:
            raise DateFormatError(source, f"day {day} does not exist in month {month}")
    return PartialDate(year, month, day)


def _expand_two_digit_year(source: str, yy: int, default_year: int | None) -> int:
    if default_year is None:
        raise DateFormatError(source, "two-digit year: give default_year to read it, or write four digits")
    century = default_year - default_year % 100
    year = min((century + delta + yy for delta in (-100, 0, 100)), key=lambda y: abs(y - default_year))
    if abs(year - default_year) > _TWO_DIGIT_YEAR_WINDOW:
        raise DateFormatError(source, f"two-digit year too far from {default_year} to expand safely")
    return year


def parse_date(s: str, *, default_year: int | None = None) -> PartialDate:
    """Read one date (the whole string) into a :class:`PartialDate`.

    ``parse_date("27/02/2026")`` -> PartialDate(2026, 2, 27);
    ``parse_date("ngày   tháng 6 năm 2026")`` -> PartialDate(2026, 6, None);
    ``parse_date("20/3", default_year=2026)`` -> PartialDate(2026, 3, 20) (also ``"20-3"``);
    ``parse_date("2026-02-27")`` (ISO) -> PartialDate(2026, 2, 27).
    Raises :class:`DateFormatError` for anything else or an impossible date.
    """
    if not isinstance(s, str):
        raise DateFormatError(s, "not a string")
    text = s.strip(_TRIM)
    if m := _PARSE_SHORT_RE.fullmatch(text):
        return _checked(s, default_year, int(m.group("m")), int(m.group("d")))
    if m := _PARSE_ISO_RE.fullmatch(text):
        return _checked(s, int(m.group("y")), int(m.group("m")), int(m.group("d")))
    if m := _PARSE_NUMERIC_RE.fullmatch(text):
        year_part = m.group("y")
        if len(year_part) == 2:
            year = _expand_two_digit_year(s, int(year_part), default_year)
        else:
            year = int(year_part)
        return _checked(s, year, int(m.group("m")), int(m.group("d")))
    if m := _LONG_RE.fullmatch(text):
        year = _to_int(m.group("y"))
        if year is None and m.group("d") is not None and m.group("m") is not None:
            year = default_year
        return _checked(s, year, _to_int(m.group("m")), _to_int(m.group("d")))
    raise DateFormatError(s, "expected dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy, yyyy-mm-dd or 'ngày dd tháng mm năm yyyy'")


# --- finding -------------------------------------------------------------------------------


def _match_date(m: regex.Match, form: DateForm, default_year: int | None) -> PartialDate | None:
    year = _to_int(m.group("y")) if form != "short" else None
    if year is None and form != "long":
        year = default_year
    if form == "long" and m.group("m") is None and year is None:
        return None  # "ngày tháng năm" with nothing filled in says nothing
    try:
        return _checked(m.group(0), year, _to_int(m.group("m")), _to_int(m.group("d")))
    except DateFormatError:
        return None


def iter_dates(text: str, *, default_year: int | None = None) -> Iterator[DateMatch]:
    """Every date in ``text``, in order, with exact ``[start, end)`` offsets; never raises.

    A short form (``ngày 20/3``) takes ``default_year`` when given, else its year is ``None``.
    Impossible dates (``31/02/2026``) are skipped.
    """
    if not isinstance(text, str):
        return
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    for pattern, form in ((_LONG_RE, "long"), (_NUMERIC_RE, "numeric"), (_SHORT_RE, "short")):
        for m in pattern.finditer(text):
            start, end = m.span()
            if form == "long":
                # Trailing blanks belong to the next word, not to the date.
                end = start + len(m.group(0).rstrip(" \t\r\n.…_"))
            if any(start < e and s < end for s, e in taken):
                continue
            date = _match_date(m, form, default_year)
            if date is None:
                continue
            taken.append((start, end))
            found.append(DateMatch(start, end, text[start:end], date, form))
    yield from sorted(found, key=lambda d: d.start)


# --- the header's date line ------------------------------------------------------------------
#
# The one place that knows how a document dates itself under its national motto: "<place>, ngày dd tháng mm
# năm yyyy", the day and month possibly blank in a draft ("Tân An, ngày   tháng 6 năm 2026"), or the short form
# "Tân An, ngày 05/6/2026". At the start of a line, or after a tab or a run of three spaces or more (a two-column
# header read as one line: "Số: 12/BC-UBND\tThượng Hồng, ngày 20 tháng 4 năm 2026", "Số: 12/BC-UBND      Thượng
# Hồng, ngày …", as text pulled from a PDF or a DOCX lays the columns out).

#: the header, date line and title sit in the first lines
HEADER_WINDOW = 1500

DATE_LINE_RE = regex.compile(
    # the comma after the place may be dropped when the place is a proper name of two words at least ("Hà Nội ngày
    # 18 tháng 7 năm 2025"; "Trong ngày 20 tháng 4 …" is a sentence)
    # (the place never runs across a column gap: "Số:      /BC-UBND         Phường X, ngày …" is a blank number's line)
    r"(?m)(?:^|\t|(?<=\S[ ]{3,})(?! ))[ *_]*(?:(?P<place>(?:(?![ ]{3})[^\n\t,\d]){2,60}?)\s*,\s*"
    r"|(?P<place>(?-i:\p{Lu}[\p{L}\p{M}.]*(?:[ \t]+\p{Lu}[\p{L}\p{M}]*){1,3}))[ \t]+(?=ngày[ \t]*\d{0,2}[ \t]*tháng))"
    r"(?P<when>ngày[ \t]*(?P<d>\d{1,2})?[ \t]*tháng[ \t]*"
    r"(?P<m>\d{1,2})?[ \t]*năm[ \t]*(?P<y>\d{4})"
    r"|ngày[ \t]*(?P<d>\d{1,2})[ \t]*/[ \t]*(?P<m>\d{1,2})[ \t]*/[ \t]*(?P<y>(?:19|20)\d\d)(?![\d/]))"
    # a date line ends at its date; a clause after a comma makes it a sentence's opener ("Trước đó, ngày 23/9/2019, UBND …")
    r"(?![ \t]*,[ \t]*\p{L})",
    regex.IGNORECASE,
)
# A news item's dateline names a weekday, not a place: "Thứ Tư, ngày 16 tháng 10 năm 2024".
_WEEKDAY_RE = regex.compile(
    r"^[ \t*_]*(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s+nhật)[ \t*_]*$", regex.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class DateLine:
    """The header's date line: ``Xã Thượng Hồng, ngày 20 tháng 4 năm 2026``.

    ``place``/``when`` are spans into the text; ``day``/``month`` are None when a draft leaves them blank;
    ``date`` is the full date, or None when a part is blank or impossible (never guessed).
    """

    start: int
    end: int
    place: tuple[int, int]
    place_text: str
    when: tuple[int, int]
    when_text: str  # "ngày 20 tháng 4 năm 2026"
    year: int
    month: int | None
    day: int | None
    weekday: bool  # the "place" is a weekday: a news item's dateline, not a header's date line

    @property
    def date(self) -> dt.date | None:
        try:
            return parse_date(self.when_text).to_date()
        except DateFormatError:
            return None


def iter_date_lines(text: str, window: int = HEADER_WINDOW) -> Iterator[DateLine]:
    """Every line of the first ``window`` characters shaped like a date line, weekday datelines included."""
    if not isinstance(text, str):
        return
    for m in DATE_LINE_RE.finditer(text, 0, min(len(text), window)):
        yield DateLine(
            m.start(), m.end(), m.span("place"), m.group("place"), m.span("when"), m.group("when"), int(m.group("y")),
            _to_int(m.group("m")), _to_int(m.group("d")), _WEEKDAY_RE.match(m.group("place")) is not None,
        )


def find_date_line(text: str, window: int = HEADER_WINDOW) -> DateLine | None:
    """The header's date line (``Xã A, ngày 20 tháng 4 năm 2026``), not a news item's weekday dateline."""
    return next((line for line in iter_date_lines(text, window) if not line.weekday), None)
