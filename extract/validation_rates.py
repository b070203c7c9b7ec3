"""Validation of percentages: ``percent_mismatch`` where a percentage disagrees with the counts it is stated
with (``4.900/4.900 … đạt 100%``; ``3985 hồ sơ đạt 99,72%`` over the resolved total). Part of
:mod:`extract.validation`, which runs it with the other checks."""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from dataclasses import replace

import regex

from extract.facts import CountFact, Fact, IndicatorFact, ValidationWarning
from normalize.lexicon import load_share_of
from normalize.number_finders import FractionMatch, iter_fractions

RATE_WINDOW = 160
#: what separates two statements between a percentage and a fraction: "; ", ". ", a new list item
_STATEMENT_BREAK = regex.compile(r"[;]|\.\s|\n\s*[-+*]")


def _decimals(text: str) -> int:
    m = regex.search(r"\d+(?:[.,](\d{1,2}))?\s*%", text)
    return len(m.group(1)) if m and m.group(1) else 0


def _agrees(recomputed: float, ind: IndicatorFact) -> bool:
    """Rounded or truncated to the places the report writes, does the recomputed rate say the same?

    ``99,72%`` for 3985/3996 (99.7247) agrees; ``21,9 %`` for 1475/7026 (20.99) does not; ``100%``
    for 1124/1131 (99.38) does not, but for 1130/1131 (99.91, rounded 100) it does.
    """
    places = _decimals(ind.text)
    scale = 10 ** places
    rounded = math.floor(recomputed * scale + 0.5 + 1e-9) / scale
    truncated = math.floor(recomputed * scale + 1e-9) / scale
    return any(abs(x - ind.value) < 0.5 / scale for x in (rounded, truncated))


def _count_fractions_near(text: str, indicators: Sequence[IndicatorFact]) -> list[FractionMatch]:
    """Fractions of whole counts ("1.018/1.018 hồ sơ", "01/01 phản ánh"; not scores like 19,99/20) in the
    lines around the percentages: the finder runs on those windows only, not on the whole report."""
    windows: list[list[int]] = []
    for ind in sorted(indicators, key=lambda f: f.start):
        lo = text.rfind("\n", 0, max(0, ind.start - RATE_WINDOW)) + 1
        hi = text.find("\n", min(len(text), ind.end + RATE_WINDOW))
        hi = len(text) if hi == -1 else hi
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    out: list[FractionMatch] = []
    for lo, hi in windows:
        for m in iter_fractions(text[lo:hi]):
            if m.numerator.is_integer() and m.denominator.is_integer():
                out.append(replace(m, start=m.start + lo, end=m.end + lo))
    return out


def _count_just_before(text: str, at: int, prose: list[CountFact], ends: list[int]) -> CountFact | None:
    """The count (outside tables) ending at most 24 characters before ``at``, with no ``;`` or line
    break between; of several, the one that starts last."""
    found = [c for c in prose[bisect.bisect_left(ends, at - 24):bisect.bisect_right(ends, at)]
             if not regex.search(r"[;\n]", text[c.end:at])]
    return max(found, key=lambda c: c.start, default=None)


def _total_before(totals_by: dict[tuple[str, str], tuple[list[int], list[CountFact]]],
                  metric: str | None, part: CountFact) -> CountFact | None:
    """The last count of ``metric`` with the part's scope that starts before the part."""
    starts, group = totals_by.get((metric or "", part.scope or ""), ([], []))
    i = bisect.bisect_left(starts, part.start)
    return group[i - 1] if i else None


def check_percentages(text: str, facts: Sequence[Fact]) -> list[ValidationWarning]:
    """``percent_mismatch`` where a percentage disagrees with the counts it is stated with."""
    out: list[ValidationWarning] = []
    counts = sorted((f for f in facts if isinstance(f, CountFact)), key=lambda f: f.start)
    indicators = [f for f in facts if isinstance(f, IndicatorFact) and f.unit == "%" and f.qualifier is None]
    if not indicators:
        return out
    share_of = load_share_of()
    # the counts outside tables, by end (for the one just before a percentage) and by metric and
    # scope (for its total): looked up by bisection, so a text of thousands of figures stays linear
    prose = sorted((c for c in counts if c.table is None), key=lambda f: f.end)
    prose_ends = [c.end for c in prose]
    totals_by: dict[tuple[str, str], tuple[list[int], list[CountFact]]] = {}
    for c in counts:
        if c.table is None:
            starts_, group = totals_by.setdefault((c.metric, c.scope or ""), ([], []))
            starts_.append(c.start)
            group.append(c)
    fractions = _count_fractions_near(text, indicators)
    starts = [m.start for m in fractions]
    for ind in indicators:
        recomputed: tuple[float, str, list[tuple[int, int]]] | None = None
        # CASE 1: a fraction of counts right beside the percentage, in the same statement
        lo, hi = max(0, ind.start - RATE_WINDOW), min(len(text), ind.end + RATE_WINDOW)
        best = None
        for m in fractions[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]:
            if m.end > hi:
                continue
            between = text[min(m.end, ind.end):max(m.start, ind.start)]
            if _STATEMENT_BREAK.search(between):
                continue
            dist = min(abs(m.start - ind.end), abs(ind.start - m.end))
            if best is None or dist < best[0]:
                best = (dist, m)
        if best is not None:
            m = best[1]
            if m.denominator:
                recomputed = (100.0 * m.numerator / m.denominator, m.text, [(m.start, m.end)])
        # CASE 2: "N hồ sơ đạt X%": a count immediately before, over its total
        if recomputed is None:
            c = _count_just_before(text, ind.start, prose, prose_ends)
            if c is not None:
                t = _total_before(totals_by, share_of.get(c.metric), c)
                if t is not None and t.value:
                    recomputed = (100.0 * c.value / t.value, f"{c.value}/{t.value} ({c.metric}/{t.metric})",
                                  [c.span, t.span])
        if recomputed is None:
            continue
        value, how, spans = recomputed
        if not _agrees(value, ind):
            out.append(ValidationWarning(
                "percent_mismatch",
                f"stated {ind.text.strip()} but {how} is {value:.2f}%",
                tuple([ind.span, *spans]),
                {"stated": ind.value, "recomputed": round(value, 4), "from": how},
            ))
    return out
