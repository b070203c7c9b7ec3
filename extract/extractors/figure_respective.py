"""Counts told with no cue of their own, in the order or the ranking of counts told before them.

RESPECTIVELY. ``Cấp tỉnh tiếp nhận 12.000 hồ sơ, đã giải quyết 11.500 hồ sơ. Ở cấp huyện, con số này lần lượt là
20.000 hồ sơ và 19.000 hồ sơ``: a run of figures after ``lần lượt (là)``, ``tương ứng (là)``, ``con số này (là)``
takes the metrics of the counts of the clause it refers to, in order (the counts before it in its own sentence, else
those of the sentence before). When that clause holds as many counts as the run, the k-th figure takes the k-th
metric; when all its counts share one metric (``Xã A tiếp nhận 500 hồ sơ. Xã B và xã C lần lượt là 400 và 300 hồ
sơ``), every figure takes it; else nothing is read.

RANKING CONTINUED. ``xã A tiếp nhận nhiều hồ sơ nhất (3.900 hồ sơ); xã B và xã C xếp tiếp theo với 3.400 và 2.900
hồ sơ``, ``…, tiếp đến là xã D với 2.100 hồ sơ``: the figures after ``xếp tiếp theo``, ``xếp sau``, ``tiếp đến là``,
``theo sau là``, ``đứng thứ hai`` rank the same thing as the count before them: its metric.

Only a figure with no cue of its own is read so (:func:`extract.extractors.figure_counts.read_count`): ``xã A và xã B
lần lượt tiếp nhận 500 và 400 hồ sơ`` keeps its verb.
"""

from __future__ import annotations

import bisect

import regex

from extract.extractors.figure_family import RUN_JOIN
from extract.extractors.figure_page import Page
from extract.extractors.figure_scan import FAMILY_UNIT, Figure

# the words opening a run told in the order of counts told before it
RESPECTIVE_BEFORE = regex.compile(
    r"(?<!\w)(?:(?P<subject>(?:cac\s+)?(?:con\s+so|so\s+lieu|ket\s+qua)\s+(?:nay|tren|do|nhu\s+tren|tuong\s+ung)"
    r"(?:\s+(?:lan\s+luot|tuong\s+ung))?)|lan\s+luot|tuong\s+ung)"
    r"(?:\s+(?:la|voi|bang|dat|o\s+muc))?[^\S\n]*:?[^\S\n]*$")
# the words opening a run that continues a ranking, a name of the ranked place allowed before its figure
RANKING_NEXT = regex.compile(
    r"(?<!\w)(?:(?:xep|dung|nam)\s+(?:tiep\s+theo|ke\s+tiep|tiep\s+sau|sau(?:\s+do)?|thu\s+(?:hai|ba|tu|nhi|[2-4]))"
    r"|tiep\s+(?:theo|den|sau)(?:\s+la)?|theo\s+sau(?:\s+la)?|ke\s+(?:den|tiep)(?:\s+la)?)"
    r"(?:\s+[^\s\d.;!?()]+){0,8}?"
    r"(?:[^\S\n]*[,:(][^\S\n]*|\s+(?:la|voi|lan\s+luot(?:\s+(?:la|voi))?|dat|co)\s*)+$")
OPENER_REACH = 120  # how far before its run an opener may start


def _run(page: Page, fig: Figure) -> tuple[int, int, int] | None:
    """(first, index of ``fig``, last) figure indices of the run of figures ``fig`` belongs to."""
    figs, ft = page.figures, page.ft
    i = bisect.bisect_left(figs, fig.start, key=lambda f: f.start)
    if i >= len(figs) or figs[i].start != fig.start:
        return None
    first = i
    while first > 0 and RUN_JOIN.fullmatch(ft, figs[first - 1].end, figs[first].start):
        first -= 1
    last = i
    while last + 1 < len(figs) and RUN_JOIN.fullmatch(ft, figs[last].end, figs[last + 1].start):
        last += 1
    return first, i, last


def _counts_before(page: Page, pos: int, unit: str) -> list[str]:
    """The metrics of the counts of ``unit`` before ``pos`` in its sentence, else in the sentence before."""
    st = page.st
    sent = st.last_full_stop(pos)
    own = [c for c in page.counts if sent <= c.start and c.end <= pos and c.unit == unit]
    if own:
        return [c.metric for c in own]
    if sent <= 0:
        return []
    prev = st.last_full_stop(sent - 1)
    return [c.metric for c in page.counts if prev <= c.start and c.end <= sent and c.unit == unit]


def respective_metric(page: Page, fig: Figure, family: str) -> str | None:
    """The metric a figure with no cue of its own takes from the counts its run refers to (module docstring)."""
    unit = FAMILY_UNIT.get(family)
    run = _run(page, fig) if unit is not None else None
    if run is None:
        return None
    first, k, last = run
    start = page.figures[first].start
    lo = max(0, start - OPENER_REACH, page.st.last_full_stop(start))
    if (m := RESPECTIVE_BEFORE.search(page.ft, lo, start)) is not None \
            and (m.group("subject") is not None or last > first):
        # (a lone figure after "tương ứng với" is the equivalent of a rate, not a figure told in order)
        metrics = _counts_before(page, m.start(), unit)
        if not metrics or "other" in metrics:
            return None
        if len(set(metrics)) == 1:
            return metrics[0]
        return metrics[k - first] if len(metrics) == last - first + 1 else None
    if (m := RANKING_NEXT.search(page.ft, lo, start)) is not None:
        metrics = [x for x in _counts_before(page, m.start(), unit) if x != "other"]
        return metrics[-1] if metrics else None
    return None
