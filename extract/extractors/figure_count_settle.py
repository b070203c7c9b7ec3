"""Counts of running text settled against each other once all are read: an identity of their sentence
(received = online + direct; received = new + carried over) or the body's reading of a headline's figure."""

from __future__ import annotations

import dataclasses
from bisect import bisect_left

import regex

from extract.extractors.figure_layout import flatten, soft_breaks
from extract.extractors.figure_text import headline_end
from extract.extractors.figures import FAMILY_UNIT
from extract.facts import CountFact

# the identities of docs/spec/metrics.md as an arbiter between two readings of one phrase: an identity that holds
# exactly is strong evidence. "tiếp nhận" alone reads as everything received (received_total); when the channels
# after it add up to it exactly and the same sentence carries a count over from the period before, it is only what
# came in during the period (received_total = online + direct + carried over; received_in_period = online + direct)
# (read on the figure reader's view of the layout: a PDF's soft line break is a space, no end of sentence)
SENTENCE_STOP = regex.compile(r"[.!?](?=\s)|\n")
SENTENCE_MAX = 600  # how far a sentence with no stop reaches either side of a figure


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    back = max(0, start - SENTENCE_MAX)
    lo = max((m.end() for m in SENTENCE_STOP.finditer(text, back, start)), default=back)
    ahead = min(len(text), end + SENTENCE_MAX)
    nx = SENTENCE_STOP.search(text, end, ahead)
    return lo, nx.start() if nx else ahead


def settle_by_identities(text: str, facts: list[CountFact]) -> list[CountFact]:
    """Counts of running text re-read where an identity of their sentence decides between two readings."""
    out, text = list(facts), flatten(text, soft_breaks(text))
    ordered = sorted(facts, key=lambda f: f.start)
    starts = [f.start for f in ordered]
    for i, t in enumerate(facts):
        if t.metric != "received_total" or t.unit != FAMILY_UNIT["dossier"]:
            continue
        lo, hi = _sentence(text, t.start, t.end)
        mates = [f for f in ordered[bisect_left(starts, lo):bisect_left(starts, hi)]
                 if f is not t and f.unit == t.unit and f.scope == t.scope]
        after = [f for f in mates if f.start > t.end]
        online = next((f.value for f in after if f.metric == "received_online"), None)
        direct = next((f.value for f in after if f.metric == "received_direct"), None)
        carried = any(f.metric == "carried_over" and f.value > 0 for f in mates)
        if not any(f.metric == "received_in_period" for f in mates) and (
                (online is not None and direct is not None and online + direct == t.value and carried)
                or _added_to_carried(t, mates, after)):
            out[i] = dataclasses.replace(t, metric="received_in_period")
    return out


def _added_to_carried(t: CountFact, mates: list[CountFact], after: list[CountFact]) -> bool:
    """Whether a total later in the sentence is ``t`` and a count carried over added up (``tiếp nhận trong kỳ 5.100 hồ
    sơ; cộng với 90 hồ sơ kỳ trước chuyển sang, tổng số hồ sơ phải giải quyết là 5.190 hồ sơ``, the carried count
    before or after ``t``): received = new + carried over, so ``t`` is only what came in during the period."""
    carried = {f.value for f in mates if f.metric == "carried_over" and f.value > 0}
    return any(f.metric == "received_total" and f.value - t.value in carried for f in after)


# the keys a headline says in few words ("phường giải quyết 10.400 hồ sơ"); a headline's specific key
# ("giải quyết đúng hạn 120 hồ sơ") is its own, whatever the body counts with the same value
HEADLINE_GENERIC = frozenset({"received_total", "resolved_total"})


def settle_headline_counts(text: str, facts: list[CountFact]) -> list[CountFact]:
    """A count of the headline whose value the body gives again (same unit and scope) under one key takes that
    key: the headline says it in few words (``Quý III, phường giải quyết 10.400 hồ sơ``), the body says what it
    is (``tổng số hồ sơ yêu cầu giải quyết là 10.400 hồ sơ``: everything to handle, received_total)."""
    first = headline_end(text)
    if first is None:
        return facts
    out = list(facts)
    for i, h in enumerate(facts):
        if h.start >= first:
            break
        if h.metric not in HEADLINE_GENERIC:
            continue
        body = {f.metric for f in facts if f.start > first and f.value == h.value and f.unit == h.unit
                and f.scope == h.scope and f.metric != "other"}
        if len(body) == 1 and h.metric not in body:
            out[i] = dataclasses.replace(h, metric=body.pop())
    return out
