"""A target told later in its sentence about a rate of it, past other figures (read by
:func:`extract.extractors.figure_marks.attach_targets` when no rate stands close before the target).

``Người dân nộp trực tuyến 796 hồ sơ (chiếm 63,3% số hồ sơ tiếp nhận), phần còn lại là 461 hồ sơ nộp trực tiếp;
con số trực tuyến này đã vượt chỉ tiêu được giao (chỉ tiêu 50%)``: the words before the target (back to the figure
before it, within its sentence) name a metric (``trực tuyến``: the online rate); the target is that of the last rate
of the same metric in the same sentence, when that rate has none yet. Words naming no metric, or a metric no rate of
the sentence has, leave the target unattached.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING, TypedDict

if TYPE_CHECKING:
    from extract.extractors.figure_page import Page
    from extract.facts import Target

WORDS_REACH = 160  # the target's own words: at most this far back


class RateRead(TypedDict, total=False):
    """The fields of an indicator read (the keyword arguments of an ``IndicatorFact`` in the making) a target is
    attached by; the reads hold more (value, unit, scope, …)."""

    start: int
    end: int
    metric: str
    target: Target | None


def same_metric_rate(page: Page, inds: Sequence[RateRead], ends: Sequence[int], t_start: int) -> int | None:
    """The index in ``inds`` (in text order, ``ends`` their ends) of the rate a target at ``t_start`` qualifies by
    the metric its own words name, or None. Only the rates ending before the target's words and starting in its
    sentence are looked at, from the nearest back."""
    ss = page.st.last_full_stop(t_start)
    i = bisect.bisect_left(page.figure_starts, t_start) - 1
    lo = max(ss, t_start - WORDS_REACH, page.figures[i].end if i >= 0 else 0)
    metric = _named_metric(page, lo, t_start)
    if metric is None:
        return None
    for k in range(bisect.bisect_right(ends, lo) - 1, -1, -1):
        d = inds[k]
        if d["start"] < ss:
            return None
        if d["metric"] == metric:
            return k if d.get("target") is None else None
    return None


def _named_metric(page: Page, lo: int, hi: int) -> str | None:
    """The rate named by the cue nearest before ``hi`` in [lo, hi): an indicator cue's metric, else the rate of a count
    cue (``trực tuyến``: the online rate)."""
    c = page.cues["indicator"].nearest(lo, hi)
    if c is not None:
        return c.metric
    c = page.cues["dossier"].nearest(lo, hi)
    return page.data.rate_of_count.get(c.metric) if c is not None else None
