"""Figures in running text: the shared analysis behind the ``counts`` and ``indicators`` extractors.

One pass finds every figure (``4.911 hồ sơ``, ``1 250 hồ sơ``, ``4,5 nghìn hồ sơ``, ``99,72%``,
``19,99/20 điểm``, a bare ``1.130`` after its cue) in the folded text; the figures are then read in
order, each against the cues that govern it and what the figures before it leave:

- figure scanning and values: :mod:`extract.extractors.figure_scan`;
- the text made ready once (structure, one cue scan, targets) and the reading state:
  :mod:`extract.extractors.figure_page` (cues: :mod:`~extract.extractors.figure_cues`; clauses, scopes,
  headings: :mod:`~extract.extractors.figure_text`);
- counts (CASES 1-5: a cue before, a cue after, a cue joined by ``là`` / ``:``, the list continued, the
  list's introduction): :mod:`extract.extractors.figure_counts`;
- lists and breakdowns (``Đang giải quyết 230 hồ sơ (trong hạn 212, quá hạn 18)``, ``Cụ thể:`` over list
  lines): :mod:`extract.extractors.figure_lists`;
- the field or sub-unit a count's own words name: :mod:`extract.extractors.figure_scope`;
- percentages and targets: :mod:`extract.extractors.figure_rates`; index scores and ranks:
  :mod:`extract.extractors.figure_scores` (differences, qualifiers, previous periods:
  :mod:`extract.extractors.figure_marks`).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

import regex

from extract.document import Document
from extract.extractors.figure_counts import LATE_METRICS, read_count
from extract.extractors.figure_cues import COUNT_FAMILIES, load_data
from extract.extractors.figure_family import run_families
from extract.extractors.figure_lists import PARENT_RE, child_lines
from extract.extractors.figure_marks import attach_targets
from extract.extractors.figure_page import WINDOW, State, read_page
from extract.extractors.figure_rates import read_percent, settle_headline
from extract.extractors.figure_scan import FAMILY_UNIT, Figure, iter_figures
from extract.extractors.figure_scores import TOTAL, read_score
from extract.facts import CountFact, IndicatorFact

__all__ = ["FAMILY_UNIT", "TOTAL", "Analysis", "Figure", "analyse", "iter_figures", "load_data"]

OPEN_PAREN_RE = regex.compile(r"[^\S\n]*\(")


@dataclass
class Analysis:
    counts: list[CountFact] = field(default_factory=list)
    indicators: list[IndicatorFact] = field(default_factory=list)


_CACHE: dict[int, tuple[Document, Analysis]] = {}


def analyse(document: Document) -> Analysis:
    """Counts and indicators of one Document (computed once, shared by both extractors)."""
    hit = _CACHE.get(id(document))
    if hit is not None and hit[0] is document:
        return hit[1]
    result = _analyse(document)
    if len(_CACHE) > 8:
        _CACHE.clear()
    _CACHE[id(document)] = (document, result)
    return result


def _analyse(document: Document) -> Analysis:
    """Every figure read in order: a count, a percentage, a score, or the fraction a rate may follow."""
    page = read_page(document)
    st, ft = page.st, page.ft
    counts = page.counts  # read so far: a list's introduction is read before its items
    inds: list[dict] = []
    s = State()
    runs = run_families(page)
    for n, fig in enumerate(page.figures):
        if page.in_target(fig.start):
            continue
        nxt = page.figures[n + 1].start if n + 1 < len(page.figures) else len(ft)
        lo = max(fig.start - WINDOW, st.last_stop(fig.start), s.prev_end)
        scope = st.scope_at(fig.start)
        # the field or sub-unit of the list heading above ("a) Lĩnh vực Đất đai:"), when the figure's
        # own words name none
        outer = st.block_at(fig.start) if scope is None else None
        if fig.kind == "bare" and (run := runs[n]) is not None:
            # "lần lượt 5.812, 5.407 và 4.963 hồ sơ": a count told without its unit word, written once after the run
            fig = dataclasses.replace(fig, kind="count", family=run)
        if fig.kind in ("count", "bare"):
            got = read_count(page, fig, lo, nxt, s, scope)
            if got is None:
                continue
            fact, used_end = got
            if fact.scope is None and outer is not None:
                fact = dataclasses.replace(fact, scope=outer)
            s.prev_end = max(fig.end, used_end)
            if fact.metric != "other":
                s.prev_rate_end = s.prev_end
            counts.append(fact)
            if fact.metric in LATE_METRICS and (o := OPEN_PAREN_RE.match(ft, fig.end)) is not None:
                close = st.enclosing_close(o.end(), o.end())
                if close is not None:
                    s.explain = (fact.metric, o.end(), close)
            s.prev_count, s.count_end = (fig, fact), s.prev_end
            if fact.metric in page.data.parent_remap and (p := PARENT_RE.match(ft, fig.end)):
                close = st.enclosing_close(p.end(), p.end()) if p.group().endswith("(") else None
                end = close if close is not None else (child_lines(ft, fig.start, p.end())
                                                       or st.next_full_stop(fig.end))
                s.parent = (fact.metric, fig.end, end)
            elif fact.metric in page.data.parent_remap and (end := child_lines(ft, fig.start, fig.end)) is not None:
                # "3. Số hồ sơ đang giải quyết: 72 hồ sơ" over "+ Quá hạn: 0 hồ sơ": list lines marked otherwise than
                # the line a count ends are its parts, as after "…, trong đó:"
                s.parent = (fact.metric, fig.end, end)
        elif fig.kind == "percent":
            lo = max(fig.start - WINDOW, st.last_stop(fig.start), s.prev_rate_end)
            d = read_percent(page, fig, lo, s, scope)
            if d["scope"] is None:
                d["scope"] = outer
            inds.append(d)
            s.prev_end = s.prev_rate_end = fig.end
            if d["metric"] != "other":
                s.prev_ind = (fig.end, d["metric"], scope)
        elif fig.kind == "score":
            d = read_score(page, fig, lo, s, scope)
            if d["scope"] is None:
                d["scope"] = outer
            inds.append(d)
            s.prev_end = s.prev_rate_end = fig.end
            s.prev_score = (fig.end, d["metric"]) if d["metric"] != "other" else None
        elif fig.kind == "fraction" and fig.family in COUNT_FAMILIES:
            # "đã xử lý 07/07 phản ánh, kiến nghị, đạt 100%": the two sides of a rate, no fact,
            # but the rate after it is the rate of the fraction's cue
            cue = page.cues[fig.family].nearest(max(lo, st.clause_start(fig.start)), fig.start, overlap_lo=True)
            s.basis = (fig.end, cue.metric) if cue else None
    attach_targets(page, inds)
    settle_headline(page, inds)
    return Analysis(counts, [IndicatorFact(**d) for d in inds])
