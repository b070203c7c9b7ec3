""""The same period of year Y" (``tăng 9,4% so với cùng kỳ năm 2018``): a comparison baseline that names the
period of the figures it compares, moved to year Y, not the whole year Y. Trong 6 tháng đầu năm 2019 … so với cùng
kỳ năm 2018 is the first half of 2018; tháng 10/2025 … so với cùng kỳ năm 2024 is October 2024.

The period compared is the one the sentence names before the baseline (the figures' period), else the one the
title names, else the last one its paragraph names before it (a news item whose headline is no title block: ``9
tháng đầu năm 2017, … tiếp nhận … So với cùng kỳ năm 2016, số hồ sơ tiếp nhận tăng …``); the span then covers the whole phrase (``cùng kỳ năm 2018``, corpus/GOLD.md: a period covers the whole
phrase). With neither, the year is read as written (``năm 2018``), as any baseline year. ``cùng kỳ năm trước``
writes no year: no period (corpus/GOLD.md).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import Protocol, TypeVar

import regex

SENTENCE_REACH = 400  # characters looked back for the sentence's own period
PARAGRAPH_REACH = 1500  # characters looked back for the paragraph's period
_PARAGRAPH_END = regex.compile(r"\n[ \t]*\n")
# a sentence ends at its full stop, or at a blank line (PDF text breaks lines mid-sentence: a line break is none)
_SENTENCE_END = regex.compile(r"[.;!?](?=\s)|\n[ \t]*\n")


class Dated(Protocol):
    """A period as the extractor holds it (a dataclass): its span, bounds, label and reporting window."""

    start: int
    end: int
    start_date: dt.date
    end_date: dt.date | None
    label: str
    reporting_start: dt.date | None
    reporting_end: dt.date | None


D = TypeVar("D", bound=Dated)


def moved(day: dt.date | None, years: int) -> dt.date | None:
    """``day`` moved by ``years`` (29 February to the 28th in a common year)."""
    if day is None or years == 0:
        return day
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts, looking back at most SENTENCE_REACH characters."""
    lo = max(0, pos - SENTENCE_REACH)
    last = lo
    for m in _SENTENCE_END.finditer(text, lo, pos):
        last = m.end()
    return last


def paragraph_start(text: str, pos: int) -> int:
    """Where the paragraph holding ``pos`` starts (after a blank line), looking back at most PARAGRAPH_REACH."""
    lo = max(0, pos - PARAGRAPH_REACH)
    last = lo
    for m in _PARAGRAPH_END.finditer(text, lo, pos):
        last = m.end()
    return last


def compared(sentence: Sequence[D], title: Sequence[D], paragraph: Sequence[D] = ()) -> D | None:
    """The period "the same period of a year" moves: the last one of the sentence before the baseline, else the
    first of the title, else the last of the paragraph before it; None when none names one with its end (the
    phrase is the year itself)."""
    for pool in (sentence[::-1], title, paragraph[::-1]):
        ref = next((p for p in pool if p.end_date is not None and p.label != "year"), None)
        if ref is not None:
            return ref
    return None


def same_period(p: D, phrase_start: int, ref: Dated | None) -> D:
    """The year ``p`` written after "the same period" from ``phrase_start``: ``ref`` moved to that year (by its
    end's year: the window 15/12/2018-14/6/2019 of a first half moves to 15/12/2017-14/6/2018 for 2018), spanning
    the whole phrase; with no ``ref``, ``p`` as written (the year ``năm 2018``, as any baseline year)."""
    if ref is None or ref.end_date is None:
        return p
    years = p.start_date.year - ref.end_date.year
    return dataclasses.replace(p, start=phrase_start, start_date=moved(ref.start_date, years),  # type: ignore[type-var]
                               end_date=moved(ref.end_date, years), label=ref.label,
                               reporting_start=moved(ref.reporting_start, years),
                               reporting_end=moved(ref.reporting_end, years))
