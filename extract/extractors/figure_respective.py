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

ONE CUE OVER A RUN. ``xã A và xã B để quá hạn 5 và 3 hồ sơ``, ``còn 6 và 4 hồ sơ quá hạn``: a run of bare numbers
closed by one count takes the cue right before it or right after its closing unit word (:func:`run_cue`).

Only a figure with no cue of its own is read so (:func:`extract.extractors.figure_counts.read_count`): ``xã A và xã B
lần lượt tiếp nhận 500 và 400 hồ sơ`` keeps its verb.
"""

from __future__ import annotations

import bisect

import regex

from extract.extractors.figure_cues import Cue
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


def _run_bounds(page: Page) -> list[tuple[int, int]]:
    """For each figure of the page, the (first, last) figure indices of the run of figures it belongs to: found in
    one pass and kept in the page's memo (each figure walking its whole run would be quadratic in a long run)."""
    bounds = page.memo.get("runs")
    if bounds is None:
        figs, ft = page.figures, page.ft
        joined = [RUN_JOIN.fullmatch(ft, a.end, b.start) is not None for a, b in zip(figs, figs[1:], strict=False)]
        bounds, first = [], 0
        for i in range(len(figs)):
            if i and not joined[i - 1]:
                first = i
            bounds.append((first, -1))
        last = len(figs) - 1
        for i in range(len(figs) - 1, -1, -1):
            if i < len(figs) - 1 and not joined[i]:
                last = i
            bounds[i] = (bounds[i][0], last)
        page.memo["runs"] = bounds
    return bounds  # type: ignore[return-value]


def _not_bare_before(page: Page) -> list[int]:
    """For each figure index i, how many of the page's figures before it are not bare numbers (kept in the memo)."""
    counts = page.memo.get("not_bare")
    if counts is None:
        counts = [0]
        for f in page.figures:
            counts.append(counts[-1] + (f.kind != "bare"))
        page.memo["not_bare"] = counts
    return counts  # type: ignore[return-value]


def _run(page: Page, fig: Figure) -> tuple[int, int, int] | None:
    """(first, index of ``fig``, last) figure indices of the run of figures ``fig`` belongs to."""
    figs = page.figures
    i = bisect.bisect_left(page.figure_starts, fig.start)
    if i >= len(figs) or figs[i].start != fig.start:
        return None
    first, last = _run_bounds(page)[i]
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
    """The metric a figure with no cue of its own takes from the counts its run refers to (module docstring), or
    from the count whose bracket it is a part in (:func:`bracket_metric`)."""
    if (told := bracket_metric(page, fig, family)) is not None:
        return told
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


# PARTS IN A BRACKET. "7 hồ sơ quá hạn (đất đai 6, xây dựng 1)": a number alone (its noun left out) in the bracket
# right after a count, the count's own words allowed between them, counts a part of what that count counts
BRACKET_GAP = regex.compile(r"(?:[^\S\n]+[^\W\d_]+){0,5}?[^\S\n]*")
BRACKET_REACH = 240


def bracket_metric(page: Page, fig: Figure, family: str) -> str | None:
    """The metric of the count whose bracket a bare part (re-read as a count: figure_terse.bracket_parts) stands in;
    None where the count is a breakdown's total (its parts are read in its frame) or is read as ``other``."""
    unit = FAMILY_UNIT.get(family)
    if unit is None or fig.end != fig.num_end:
        return None
    ft = page.ft
    lo = max(0, fig.start - BRACKET_REACH, ft.rfind("\n", 0, fig.start) + 1)
    opened = ft.rfind("(", lo, fig.start)
    if opened < 0 or ")" in ft[opened:fig.start]:
        return None
    total = page.last_count(unit, max(0, opened - 80), opened)
    if total is None or total.metric == "other" or total.metric in page.data.parent_remap \
            or BRACKET_GAP.fullmatch(ft, total.end, opened) is None:
        return None
    return total.metric


# ONE CUE OVER A RUN. "huyện A và huyện B để quá hạn 5 và 3 hồ sơ", "còn tồn 6, 4 và 2 hồ sơ", "xã A và xã B còn 6 và
# 4 hồ sơ quá hạn": the figures of a run of bare numbers closed by one count ("N và M hồ sơ", "N, M và K hồ sơ") count
# one thing, named by the cue right before the run or right after the closing count's unit word
RUN_PRE_GAP = regex.compile(r"[\s:]*(?:(?:la|co|gan|hon|tren|khoang|lan\s+luot)\s+)*")
RUN_POST_GAP = regex.compile(r"[^\S\n]*(?:(?:da|duoc|deu|dang|bi)[^\S\n]+)*")


def run_cue(page: Page, fig: Figure, family: str) -> tuple[Cue, int] | None:
    """The cue every figure of ``fig``'s run of bare numbers takes (the note above), with the run's first figure's
    start; None when ``fig`` is in no such run or no cue stands next to it."""
    run = _run(page, fig)
    if run is None or run[0] == run[2]:
        return None
    figs, ft = page.figures, page.ft
    first, _, last = run
    not_bare = _not_bare_before(page)
    if not_bare[last] > not_bare[first] or figs[last].kind != "count" or figs[last].family != family:
        return None
    start, close = figs[first].start, figs[last]
    cues = page.cues[family]
    pre = cues.nearest(max(0, page.st.clause_start(start), start - 80), start)
    if pre is not None and RUN_PRE_GAP.fullmatch(ft, pre.end, start) is not None:
        return pre, start
    post = cues.first(close.end, close.end + 40)
    if post is not None and RUN_POST_GAP.fullmatch(ft, close.end, post.start) is not None:
        return post, start
    return None
