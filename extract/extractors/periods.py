"""The ``periods`` extractor: explicit ranges and named periods of activity or reporting.

normalize/periods.py knows the grammar (``iter_periods``); this module decides which matches
are facts:

- CASE 1: an explicit range (``từ ngày 15/3/2026 đến ngày 14/6/2026``) -> a fact, unless it
  names an era (``giai đoạn 2021-2030``).
- CASE 2: a named period (``tháng 4``, ``Quý II năm 2026``, ``6 tháng đầu năm``) -> a fact,
  its year taken from the report's own year when it has none (and dropped when the report
  states no year), unless
  - it is the tail of a date (``ngày 27 tháng 8 năm 2025``) or lies inside a cited reference;
  - it is part of a plan's, programme's or theme's name (``Kế hoạch ... năm 2026``,
    ``chủ đề năm 2026``): a plan word earlier in the same clause (see data/periods.toml).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import regex

from extract.facts import PeriodFact
from extract.registry import Context, Extractor
from normalize.periods import iter_periods

DATA_FILE = Path(__file__).with_name("data") / "periods.toml"

# How far back from a named period to look for the plan word of a name (bounded: no quadratic scans).
LOOKBACK = 160
# The report's year: the date line "..., ngày 20 tháng 4 năm 2026" (day/month may be blank in drafts)
DATE_LINE = regex.compile(r"ngày\s+(?:\d{1,2}\s+|[ \t]*)tháng\s+(?:\d{1,2}\s+|[ \t]*)năm\s+((?:19|20)\d\d)",
                          regex.IGNORECASE)
YEAR_IN_TITLE = regex.compile(r"\bnăm\s+((?:19|20)\d\d)\b|/((?:19|20)\d\d)\b", regex.IGNORECASE)
TITLE_WORD = regex.compile(r"(?m)^[ \t*_#]*B\s*Á\s*O\s+C\s*Á\s*O\b")
HEADER_WINDOW = 1500
# The tail of a long-form date: "ngày 27 tháng 8 năm 2025" -> "tháng 8 năm 2025" is no period,
# nor is the tail of a draft's date line with blanks ("ngày   tháng 6 năm 2026", "ngày  tháng  năm 2026")
DATE_HEAD = regex.compile(r"ngày[ \t]*(?:\d{1,2}[ \t]*)?(?:tháng[ \t]*(?:\d{1,2}[ \t]*)?)?$|ngày\s+\d{1,2}\s*$",
                          regex.IGNORECASE)
# A clause boundary when looking back: sentence punctuation, or a line that starts like a new item
# (bullet, numbering) or follows a heading line ("2. Về công tác thông tin", "III. NHIỆM VỤ ...").
# PDF text breaks lines mid-sentence ("của\n\nUBND xã tuyên truyền ..."), so a bare line break is no boundary.
BOUNDARY = regex.compile(
    r"[.;!?](?:\s|$)"
    r"|\n\s*(?=[-+*•]|\d+(?:\.\d+)*\.\s|[IVX]+\.\s)"
    r"|^[ \t]*(?:[IVX]+|\d+(?:\.\d+)*|[a-zđ])[.)][ \t][^\n]{0,60}\n"
    r"|^[^\p{Ll}\n]{3,}\n", regex.MULTILINE)


@dataclass(frozen=True, slots=True)
class _Match:
    start: int
    end: int
    start_date: dt.date
    end_date: dt.date | None
    label: str
    reporting_start: dt.date | None
    reporting_end: dt.date | None
    year_given: bool  # the year was written in the phrase (not taken from the report)


@functools.cache
def _cues() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    with DATA_FILE.open("rb") as fh:
        data = tomllib.load(fh)

    def words(key: str) -> regex.Pattern:
        alts = "|".join(r"\s+".join(regex.escape(w) for w in phrase.split()) for phrase in data[key]["words"])
        return regex.compile(rf"(?<!\w)(?:{alts})(?!\w)", regex.IGNORECASE)

    return words("name_words"), words("activity_words"), words("era_words")


def iter_candidate_periods(text: str, default_year: int | None) -> Iterator[_Match]:
    """Every period normalize's grammar finds, in text order."""
    for pm in iter_periods(text, default_year=default_year):
        p = pm.period
        yield _Match(pm.start, pm.end, p.start, p.end, p.label, p.reporting_start, p.reporting_end,
                     pm.year_in_text)


def report_year(text: str) -> int | None:
    """The report's own year: its date line, else the first year in its title."""
    head = text[:HEADER_WINDOW]
    m = DATE_LINE.search(head)
    if m:
        return int(m.group(1))
    t = TITLE_WORD.search(head)
    if t:
        y = YEAR_IN_TITLE.search(text, t.end(), t.end() + 600)
        if y:
            return int(y.group(1) or y.group(2))
    return None


def _clause_start(text: str, pos: int) -> int:
    """Start of the clause holding ``pos``, looking back at most LOOKBACK characters."""
    lo = max(0, pos - LOOKBACK)
    last = lo
    for m in BOUNDARY.finditer(text, lo, pos):
        last = m.end()
    return last


def is_name_year(text: str, start: int) -> bool:
    """A named period that is part of a plan's/programme's/theme's name: ``Kế hoạch ... năm 2026``."""
    name_words, activity_words, _ = _cues()
    lo = _clause_start(text, start)
    window = text[lo:start]
    last_name = None
    for m in name_words.finditer(window):
        last_name = m
    if last_name is None:
        return False
    # "Kế hoạch ..., báo cáo kết quả quý II": an activity word after the plan word re-opens the clause
    return activity_words.search(window, last_name.end()) is None


def is_era(text: str, start: int) -> bool:
    _, _, era_words = _cues()
    return era_words.search(text[max(0, start - 20):start]) is not None


def _inside(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    """Does [start, end) overlap one of the (sorted, non-overlapping) spans? Binary search."""
    i = bisect.bisect_right(starts, start) - 1
    for j in (i, i + 1):
        if 0 <= j < len(spans) and spans[j][0] < end and start < spans[j][1]:
            return True
    return False


class PeriodExtractor(Extractor):
    name = "periods"
    version = "0.1.0"
    description = "Explicit ranges (từ ngày … đến ngày …) and named periods (tháng 4, Quý II năm 2026, 6 tháng đầu năm)"
    requires = ("references",)
    order = 20

    def extract(self, ctx: Context) -> Iterable[PeriodFact]:
        text = ctx.text
        refs = sorted((f.start, f.end) for f in ctx.facts.get("references", []))
        ref_starts = [s for s, _ in refs]
        year = report_year(text)
        last_end = -1
        for p in iter_candidate_periods(text, year):
            if p.start < last_end:  # overlapping readings: the longer, earlier one won
                continue
            if _inside(refs, ref_starts, p.start, p.end):
                continue
            if p.label == "range":
                if p.end_date is None or is_era(text, p.start):  # "Từ 01/7/2025 ..." opens no window
                    continue
            else:
                if DATE_HEAD.search(text, max(0, p.start - 24), p.start):
                    continue
                if is_name_year(text, p.start):
                    continue
            last_end = p.end
            yield PeriodFact(
                start=p.start, end=p.end, text=text[p.start:p.end],
                start_date=p.start_date, end_date=p.end_date, label=p.label,
                reporting_start=p.reporting_start, reporting_end=p.reporting_end,
            )
