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
  ``6 tháng qua``), not the introducer. ``hoàn thành trong 6 tháng.`` is a duration, not a period. After a word of
  the report's figures the months before the window in brackets are the report's anywhere in a sentence (``báo cáo
  số liệu 9 tháng (từ ngày 15/12/2025 đến ngày 14/9/2026)``; ``định kỳ báo cáo 6 tháng, hằng năm`` is a frequency),
  and so are the months alone opening the text's headline, after the place it names (``Đồng Tháp: 9 tháng, …``).
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
:mod:`normalize.period_grammar`; a match is resolved into its bounds by :mod:`normalize.period_resolve`; dates are
read by :mod:`normalize.dates`.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import regex

from normalize.dates import iter_dates
from normalize.errors import PeriodFormatError
from normalize.period_grammar import grammar
from normalize.period_resolve import (
    Period,
    PeriodLabel,
    Unresolved,
    resolve_bare,
    resolve_named,
    resolve_range,
    resolve_year_range,
    resolve_year_start,
)

__all__ = ["Period", "PeriodLabel", "PeriodMatch", "YearAt", "iter_periods", "parse_period"]

# The year for a period written without one, by the offset where it starts (None: unknown)
YearAt = Callable[[int], "int | None"]


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


# --- finding -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    period: Period | None  # None: shaped like a period but unresolved
    reason: str = ""
    cumulative: bool = False
    year_in_text: bool = True


# Before a bare "Trong 9 tháng,": the start of the text, of a sentence or of a line (bounded look-back).
# a list marker may open the line: "b) Lũy kế 9 tháng (từ ngày … đến ngày …):", "2. Trong 9 tháng, …"; an adverb
# may open the sentence: "Cũng trong 9 tháng, …", "Riêng trong 6 tháng qua …"
_SENTENCE_START_RE = regex.compile(
    r"(?:^|[.;:]\s+|\n)[ \t*_+\-•]*(?:(?:[a-zđ]\)|\d{1,2}(?:\.\d{1,2}){0,3}\.)[ \t]+)?(?:(?i:cũng|riêng)[ \t]+)?$")
_SENTENCE_REACH = 12
# "… trong 9 tháng" closing a line set off by a blank line: the headline's period only in the text's opening (a line
# of the body ending so is a duration wrapped or cut: "hoàn thành trong 6 tháng"), a line holding no sentence's end
HEADLINE_REACH = 300
_SENTENCE_END_RE = regex.compile(r"[.;!?](?:\s|$)")  # (a headline may name its place: "A: …")


def _headline_end(text: str, pos: int) -> bool:
    """Whether ``pos`` stands on a line of the text's opening holding no sentence's end before it (a headline,
    a title's line)."""
    line = text.rfind("\n", 0, pos) + 1
    return line < HEADLINE_REACH and _SENTENCE_END_RE.search(text, line, pos) is None


# What may open a headline before its months: the place it is about, set off by a colon or a dash ("Đồng Tháp: ")
_HEADLINE_LEAD_RE = regex.compile(r"[ \t]*(?:[^\n.;:!?()]{1,60}?(?::|[ \t][-–]))?[ \t]*")


def _opens_headline(text: str, pos: int) -> bool:
    """Whether ``pos`` opens the text's first line (a headline), or follows only the place it names (``A: ``)."""
    line = text.rfind("\n", 0, pos) + 1
    return not text[:line].strip() and _HEADLINE_LEAD_RE.fullmatch(text, line, pos) is not None


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
            period, in_text = resolve_range(m, year_for(m.start()), g)
            out.append(_Candidate(m.start(), m.end(), period, "", m.group("cum") is not None, in_text))
        except Unresolved as exc:
            out.append(_Candidate(m.start(), m.end(), None, str(exc)))
    # "(1-8 đến 31-8)", "Kỳ báo cáo: 15/12/2024 - 14/3/2025", "tháng 7-9/2025", "Từ khi … (ngày 1/7/2025) đến …"
    for pattern in (g.bracket_range_re, g.labelled_range_re, g.dated_range_re, g.month_pair_re, g.event_range_re):
        for m in pattern.finditer(text):
            if pattern is g.month_pair_re and _in_date(m.start(), m.end()):
                continue  # "ngày 15 tháng 7 đến …": the month of a date
            start = m.start() if pattern is g.event_range_re else m.start("a")  # a bracket or label: not in the span
            try:
                period, in_text = resolve_range(m, year_for(start), g)
                if pattern in (g.bracket_range_re, g.dated_range_re) and period.end is not None and not (
                        0 <= (period.end - period.start).days <= g.bracket_max_days):
                    raise Unresolved("an anniversary's dates, or two dates of something else, not a window")
                out.append(_Candidate(start, m.end(), period, "", False, in_text))
            except Unresolved as exc:
                out.append(_Candidate(start, m.end(), None, str(exc)))
    for m in g.year_start_re.finditer(text):
        cum = g.cumulative_re.search(text, max(0, m.start() - _CUMULATIVE_REACH), m.start())
        start = m.start() if cum is None else cum.start()  # "Lũy kế từ đầu năm …": in the span
        try:
            period, in_text = resolve_year_start(m, year_for(m.start()), g)
            out.append(_Candidate(start, m.end(), period, "", cum is not None, in_text))
        except Unresolved as exc:
            out.append(_Candidate(start, m.end(), None, str(exc)))
    for m in g.bare_re.finditer(text):
        intro = m.start("intro")
        if m.group("report") is not None:
            if m.group("comma") is not None or m.group("eol") is not None:
                continue  # "định kỳ báo cáo 6 tháng, hằng năm": a frequency
        elif (m.group("comma") is not None or m.group("paren") is not None) and not _SENTENCE_START_RE.search(
            text, max(0, intro - _SENTENCE_REACH), intro
        ):
            continue  # "hoàn thành trong 6 tháng, kể từ …": a duration
        if m.group("eol") is not None and not _headline_end(text, intro):
            continue  # "… phải hoàn thành trong 6 tháng" closing a paragraph of the body: a duration
        s, e = m.span()
        try:
            period, in_text = resolve_bare(m, year_for(s), g)
            out.append(_Candidate(s, e, period, "", False, in_text))
        except Unresolved as exc:
            out.append(_Candidate(s, e, None, str(exc)))
    for m in g.bare_tail_re.finditer(text):  # "9 tháng qua, …"
        s, e = m.span()
        try:
            period, in_text = resolve_bare(m, year_for(s), g)
            out.append(_Candidate(s, e, period, "", False, in_text))
        except Unresolved as exc:
            out.append(_Candidate(s, e, None, str(exc)))
    for m in g.headline_months_re.finditer(text, 0, HEADLINE_REACH):  # "A: 9 tháng, giải quyết …"
        if not _opens_headline(text, m.start()):
            continue
        try:
            period, in_text = resolve_bare(m, year_for(m.start()), g)
            out.append(_Candidate(m.start(), m.end(), period, "", False, in_text))
        except Unresolved as exc:
            out.append(_Candidate(m.start(), m.end(), None, str(exc)))
    for m in g.year_range_re.finditer(text):
        try:
            out.append(_Candidate(m.start(), m.end(), resolve_year_range(m)))
        except Unresolved as exc:
            out.append(_Candidate(m.start(), m.end(), None, str(exc)))
    for label, pattern in g.named:
        for m in pattern.finditer(text):
            if _in_date(m.start(), m.end()):
                continue  # "tháng 4 năm 2020" inside "ngày 08 tháng 4 năm 2020"
            try:
                period, in_text = resolve_named(label, m, year_for(m.start()), g)
                out.append(_Candidate(m.start(), m.end(), period, "", False, in_text))
            except Unresolved as exc:
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
