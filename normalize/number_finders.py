"""Finding numbers in running text: counts, percentages and fractions with exact offsets.

The finders (``iter_*``) take running text, never raise, and give exact ``[start, end)`` offsets;
values are read by the rules of :mod:`normalize.numbers` (``4.911`` -> 4911, ``99,72`` -> 99.72).
:func:`iter_numbers` never yields a number inside a date (``27/02/2026``, ``ngày 27 tháng 8 năm
2025``), a named period's digits (``tháng 4``, ``năm 2026``), a document number (``61/2018/NĐ-CP``),
a section number (``3.3.``), a phone number, a URL or an e-mail address, nor the sides of a fraction
(:func:`iter_fractions` finds those). ``iter_numbers(text, spaced_thousands=True)`` also reads
space-grouped thousands where unambiguous (:func:`normalize.numbers.spaced_thousands_pattern`).
Zeros written in words are found by :func:`normalize.numbers.iter_zero_phrases`.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Literal

import regex

from normalize.dates import DATE_SHAPE
from normalize.errors import NumberFormatError
from normalize.numbers import (
    INTEGER_FORM_RE,
    NUMBER_BODY,
    parse_count,
    parse_decimal,
    spaced_thousands_pattern,
)

_FLAGS = regex.IGNORECASE | regex.VERSION1

# --- patterns (readable; the finders run the fast copies below) --------------------------------

# Not glued to a word, another number, a decimal mark or a slash: "QĐ1", "COVID-19", "25/114".
_BEFORE = r"(?<![\p{L}\p{N}_.,/\-–])"
# Not followed by a word, more digits, a fraction bar or a dash-number: "24h", "2021-2030".
_AFTER = r"(?![\p{L}\p{N}_]|[.,][0-9]|\s*/\s*[0-9]|[\-–][0-9]|/\p{L})"

# A standalone number: "4.911", "99,72", "98.7", "4051", "02".
NUMBER = _BEFORE + r"(?P<number>" + NUMBER_BODY + r")" + _AFTER
# A percentage: "99,72%", "100 %", "100% %" (doubled sign), "21,9 %", "100 phần trăm".
PERCENT = (
    _BEFORE + r"(?P<number>" + NUMBER_BODY + r")"
    r"[ \t\u00a0]*(?:%(?:[ \t\u00a0]*%)?|phần\s+trăm(?!\p{L}))"
)
# A fraction: "1.018/1.018", "19,99/20", "25/114", "4.900/4.900".
FRACTION = (
    _BEFORE + r"(?P<numerator>" + NUMBER_BODY + r")[ \t]*/[ \t]*(?P<denominator>" + NUMBER_BODY + r")"
    r"(?![\p{L}\p{N}_]|[.,][0-9]|\s*/)"
)

# Places no figure is read from (numbers inside them are skipped by the finders).
_EXCLUDED = {
    # https://nguyenluongbang.haiphong.gov.vn | https:/thutuc.dichvucong.gov.vn/p/home/... | www.x.vn
    "url": r"(?:https?:/{1,2}|www\.)[^\s<>\"]+"
    r"|(?<![\p{L}0-9\-.])(?:[a-z0-9\-]++\.)++(?:gov|com|edu|org|net|vn|info)(?![\p{L}0-9\-])(?:/[^\s<>\"]*)?",
    # tthc@haiphong.gov.vn
    "email": r"[\p{L}0-9._%+\-]+@[\p{L}0-9.\-]+",
    # 27/02/2026, 31/02/2026 (impossible but date-shaped), ngày 20/3
    "date": DATE_SHAPE,
    # ngày 27 tháng 8 năm 2025 | tháng 4 | quý 3 | năm 2026: the digits of a date or a named period
    "temporal": r"(?<!\p{L})(?:ngày|tháng|quý|quí)\s+[0-9]{1,2}(?![0-9])|(?<!\p{L})năm\s+(?:19|20)[0-9]{2}(?![0-9])",
    # 61/2018/NĐ-CP | 714/QĐ-UBND | 01 /2018/TT-VPCP | 66.7/2025/NQ-CP | 06/VPCP/KSTT | 225-CV/ĐU
    "document_number": r"(?<![\p{L}0-9])[0-9]+(?:\.[0-9]+)?\s*/\s*(?:[0-9]{2,4}\s*/\s*)?\p{L}[\p{L}0-9]*"
    r"|(?<![\p{L}0-9])[0-9]+-\p{L}+/\p{L}+",
    # "3.3. Kết quả", "1. Kết quả", "2.1 Kết quả" at the start of a line
    "section": r"^[ \t]*(?:[-+•*][ \t]*)?[0-9]{1,2}(?:\.[0-9]{1,2})*\.(?=[ \t])"
    r"|^[ \t]*[0-9]{1,2}(?:\.[0-9]{1,2})+(?=[ \t]+\p{Lu})",
    # mục 3.3 | khoản 2 | Điều 10 | Phụ lục 02 | Chương II
    "cited_part": r"(?<!\p{L})(?:tiểu\s+mục|mục|khoản|điều|chương|phần|phụ\s+lục)\s+[0-9]+(?:\.[0-9]+)*",
    # 0912 345 678 | 0225.3842.123 | +84 912 345 678 | ĐT: 0225 3 842 123
    "phone": r"(?<![0-9.,])(?:\+84|0)[ .\-]?[0-9]{2,3}[ .\-]?[0-9]{3,4}[ .\-]?[0-9]{3,4}(?![0-9])"
    r"|(?<!\p{L})(?:điện\s+thoại|đt|sđt|hotline|fax)\s*[:.]?\s*\+?[0-9][0-9 .()\-]{5,}[0-9]",
    # giai đoạn 2021-2030 | 2021 - 2025
    "year_range": r"(?<![0-9])(?:19|20)[0-9]{2}\s*[\-–—]\s*(?:19|20)[0-9]{2}(?![0-9])",
}

NUMBER_RE = regex.compile(NUMBER, _FLAGS)
PERCENT_RE = regex.compile(PERCENT, _FLAGS)
FRACTION_RE = regex.compile(FRACTION, _FLAGS)

# --- the same patterns, fast (what the finders run) -------------------------------------------
#
# IGNORECASE on a whole pattern makes the regex engine several times slower (it gives up its
# fast scan for the first character). The finders run these copies instead, compiled without it and
# matching exactly what the patterns above match: only the words are caseless, ``(?i:…)``, and every
# character set holding ``\p{L}`` with other members also names U+0345 (COMBINING YPOGEGRAMMENI,
# which IGNORECASE lets such a set match: it folds to a letter); ``[a-z]`` becomes its caseless set.
# tests/test_numbers.py checks each copy against its pattern above.
_BEFORE_FAST = r"(?<![\p{L}\p{N}_.,/\-–\u0345])"
_NUMBER_FAST = (
    _BEFORE_FAST + r"(?P<number>" + NUMBER_BODY + r")"
    r"(?![\p{L}\p{N}_\u0345]|[.,][0-9]|\s*/\s*[0-9]|[\-–][0-9]|/\p{L})"
)
_PERCENT_FAST = (
    _BEFORE_FAST + r"(?P<number>" + NUMBER_BODY + r")"
    r"[ \t\u00a0]*(?:%(?:[ \t\u00a0]*%)?|(?i:phần\s+trăm)(?!\p{L}))"
)
_FRACTION_FAST = (
    _BEFORE_FAST + r"(?P<numerator>" + NUMBER_BODY + r")[ \t]*/[ \t]*(?P<denominator>" + NUMBER_BODY + r")"
    r"(?![\p{L}\p{N}_\u0345]|[.,][0-9]|\s*/)"
)
_EXCLUDED_FAST = {
    "url": r"(?i:https?:/{1,2}|www\.)[^\s<>\"]+"
    r"|(?<![\p{L}0-9\-.\u0345])(?:[a-zA-Z0-9\-\u0130\u017f\u212a]++\.)++(?i:gov|com|edu|org|net|vn|info)"
    r"(?![\p{L}0-9\-\u0345])(?:/[^\s<>\"]*)?",
    "email": _EXCLUDED["email"],
    "date": r"(?<![0-9])[0-9]{1,2}([/.\-])[0-9]{1,2}\1[0-9]{2,4}(?![0-9])"
    r"|(?<=(?<!\p{L})(?i:ngày)\s{1,4})[0-9]{1,2}/[0-9]{1,2}(?![0-9])",
    "temporal": r"(?<!\p{L})(?i:ngày|tháng|quý|quí)\s+[0-9]{1,2}(?![0-9])"
    r"|(?<!\p{L})(?i:năm)\s+(?:19|20)[0-9]{2}(?![0-9])",
    "document_number": r"(?<![\p{L}0-9\u0345])[0-9]+(?:\.[0-9]+)?\s*/\s*(?:[0-9]{2,4}\s*/\s*)?\p{L}[\p{L}0-9\u0345]*"
    r"|(?<![\p{L}0-9\u0345])[0-9]+-\p{L}+/\p{L}+",
    "section": _EXCLUDED["section"],
    "cited_part": r"(?<!\p{L})(?i:tiểu\s+mục|mục|khoản|điều|chương|phần|phụ\s+lục)\s+[0-9]+(?:\.[0-9]+)*",
    "phone": r"(?<![0-9.,])(?:\+84|0)[ .\-]?[0-9]{2,3}[ .\-]?[0-9]{3,4}[ .\-]?[0-9]{3,4}(?![0-9])"
    r"|(?<!\p{L})(?i:điện\s+thoại|đt|sđt|hotline|fax)\s*[:.]?\s*\+?[0-9][0-9 .()\-]{5,}[0-9]",
    "year_range": _EXCLUDED["year_range"],
}
# Kept with IGNORECASE: cheap already, and "section" relies on it (``\p{Lu}`` is caseless there).
_KEEP_FLAGS = frozenset({"email", "section", "year_range"})
_FAST = regex.VERSION1
_NUMBER_FAST_RE = regex.compile(_NUMBER_FAST, _FAST)
_PERCENT_FAST_RE = regex.compile(_PERCENT_FAST, _FAST)
_FRACTION_FAST_RE = regex.compile(_FRACTION_FAST, _FAST)
# One pattern each: an alternation of all of them defeats the regex engine's literal prefilters.
_EXCLUDED_RES = tuple(
    regex.compile(p, (_FLAGS if name in _KEEP_FLAGS else _FAST) | regex.MULTILINE)
    for name, p in _EXCLUDED_FAST.items()
)


# --- matches ---------------------------------------------------------------------------

NumberKind = Literal["int", "decimal"]


@dataclass(frozen=True, slots=True)
class NumberMatch:
    """A number in running text: ``text == source[start:end]``; ``value`` is int for ``kind="int"``."""

    start: int
    end: int
    text: str
    value: int | float
    kind: NumberKind


@dataclass(frozen=True, slots=True)
class PercentMatch:
    """A percentage in running text, the sign(s) included in the span: ``99,72%``, ``100% %``."""

    start: int
    end: int
    text: str
    value: float


@dataclass(frozen=True, slots=True)
class FractionMatch:
    """A fraction in running text: ``1.018/1.018``, ``19,99/20``, ``25/114``."""

    start: int
    end: int
    text: str
    numerator: float
    denominator: float


# --- finding -------------------------------------------------------------------------------


class _Spans:
    """Merged, sorted ``[start, end)`` spans with a fast overlap test."""

    def __init__(self, spans: Iterator[tuple[int, int]]):
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self._starts = [s for s, _ in merged]
        self._ends = [e for _, e in merged]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._starts, max(end, start + 1)) - 1
        return i >= 0 and self._ends[i] > start


def _excluded_spans(text: str) -> _Spans:
    return _Spans(
        m.span() for pattern in _EXCLUDED_RES for m in pattern.finditer(text) if m.end() > m.start()
    )


def _safe_value(token: str) -> int | float | None:
    """The value of a number token (an int for an integer form), None when the rules refuse it."""
    try:
        return parse_count(token) if INTEGER_FORM_RE.fullmatch(token) else parse_decimal(token)
    except NumberFormatError:
        return None


def iter_numbers(text: str, *, spaced_thousands: bool = False) -> Iterator[NumberMatch]:
    """Every standalone number in ``text`` (see the module docstring for what is skipped).

    ``spaced_thousands``: also read space-grouped thousands where unambiguous (``1 250 hồ sơ`` -> one
    number 1250 instead of 1 and 250; see :func:`spaced_thousands_pattern`). Off by default.
    """
    if not isinstance(text, str):
        return
    excluded = _excluded_spans(text)
    if spaced_thousands:
        yield from _with_spaced_thousands(text, excluded)
        return
    yield from _plain_numbers(text, excluded, None)


def _with_spaced_thousands(text: str, excluded: _Spans) -> Iterator[NumberMatch]:
    found: list[NumberMatch] = []
    for m in _spaced_re().finditer(text):
        start, end = m.span()
        # Vetoed by a place that holds its first group ("tháng 6 250", "Điều 5 120", a URL), not by
        # one that starts inside it: "000 000 000" of "1 000 000 000" is phone-shaped, no phone.
        if excluded.overlaps(start, start + 1):
            continue
        try:
            found.append(NumberMatch(start, end, m.group(0), parse_count(m.group(0)), "int"))
        except NumberFormatError:
            continue
    if not found:
        yield from _plain_numbers(text, excluded, None)
        return
    spaced = _Spans((n.start, n.end) for n in found)
    merged = [*found, *_plain_numbers(text, excluded, spaced)]
    merged.sort(key=lambda n: n.start)
    yield from merged


def _plain_numbers(text: str, excluded: _Spans, skip: _Spans | None) -> Iterator[NumberMatch]:
    fractions = _Spans(m.span() for m in _FRACTION_FAST_RE.finditer(text))
    for m in _NUMBER_FAST_RE.finditer(text):
        start, end = m.span()
        if excluded.overlaps(start, end) or fractions.overlaps(start, end):
            continue
        if skip is not None and skip.overlaps(start, end):
            continue
        value = _safe_value(m.group("number"))
        if value is None:
            continue
        if isinstance(value, int):
            yield NumberMatch(start, end, m.group(0), value, "int")
        else:
            yield NumberMatch(start, end, m.group(0), value, "decimal")


def iter_percents(text: str) -> Iterator[PercentMatch]:
    """Every percentage in ``text``, values over 100 included (the caller judges the context)."""
    if not isinstance(text, str):
        return
    excluded = _excluded_spans(text)
    for m in _PERCENT_FAST_RE.finditer(text):
        if excluded.overlaps(*m.span("number")):
            continue
        value = _safe_value(m.group("number"))
        if value is not None:
            yield PercentMatch(m.start(), m.end(), m.group(0), float(value))


def iter_fractions(text: str) -> Iterator[FractionMatch]:
    """Every fraction in ``text`` (``378/378 thủ tục``, ``19,99/20 điểm``); dates and document
    numbers are not fractions. ``24/24`` (hours) is found too: the caller judges the context."""
    if not isinstance(text, str):
        return
    excluded = _excluded_spans(text)
    for m in _FRACTION_FAST_RE.finditer(text):
        if excluded.overlaps(m.start(), m.end()):
            continue
        numerator = _safe_value(m.group("numerator"))
        denominator = _safe_value(m.group("denominator"))
        if numerator is not None and denominator is not None:
            yield FractionMatch(m.start(), m.end(), m.group(0), float(numerator), float(denominator))


@cache
def _spaced_re() -> regex.Pattern:
    return regex.compile(spaced_thousands_pattern(), regex.VERSION1)
