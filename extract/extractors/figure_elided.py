"""Counts of online services whose noun is shortened or left out, told by the level of service after them.

A writer names the online services once and shortens the noun in what follows: ``372 dịch vụ công trực tuyến mức
độ 3 và 64 dịch vụ mức độ 4``, ``88 DVC trực tuyến toàn trình``; or leaves it out of the second item of a pair
altogether: ``120 thủ tục toàn trình, 35 một phần``, ``100 TTHC toàn trình, còn lại 150 một phần``. The scanner
reads such a figure as bare (no unit word it knows); :func:`service_count` re-reads it as a count of procedures,
its span over the shortened noun, so that the level of service after it names its metric.

The noun is left out of other counts too: a part of a breakdown told by its status alone (``giải quyết 6 hồ sơ (4
trước hạn, 2 đúng hạn)``: :func:`part_count`) and a total after ``tổng số`` whose noun its sentence named before
(``các hồ sơ thuộc thẩm quyền cấp xã, có tổng số 2.700, …``: :func:`total_count`); :func:`elided_count` tries all.
"""

from __future__ import annotations

import dataclasses

import regex

from extract.extractors.figure_count_words import metric_family
from extract.extractors.figure_family import NOUN_ANY, NOUN_FAMILY, adjacent
from extract.extractors.figure_page import WINDOW, Page, State
from extract.extractors.figure_scan import FAMILY_UNIT, TOTAL_BEFORE_RE, TOTAL_END_RE, Figure
from extract.facts import CountFact

# a level of service ("mức độ 4", "toàn trình", "một phần", "trực tuyến một phần"); not "mức độ 3, 4" (the two levels
# together, a count "other" the cue of the pair reads)
LEVEL = (r"(?:truc\s+tuyen\s+)?(?:muc(?:\s+do)?\s+[1-4](?!\d)(?![^\S\n]*(?:,|va|hoac|-|–|/|\+)[^\S\n]*(?:muc(?:\s+do)?\s+)?[1-4](?!\d))"
         r"|toan\s+trinh|mot\s+phan)(?!\w)")
# the shortened noun of an online service right before its level: "dịch vụ", "dịch vụ công", "DVC", "DVC trực tuyến"
SERVICE_NOUN_RE = regex.compile(
    rf"[^\S\n]+(?:dvc|dich\s+vu(?:\s+cong)?)(?:[^\S\n]+truc\s+tuyen)?(?=[^\S\n]+{LEVEL})")
# the shortened noun closing its clause after a figure its level is told before ("mức độ 4: 45 dịch vụ")
SERVICE_NOUN_END_RE = regex.compile(
    r"[^\S\n]+(?:dvc|dich\s+vu(?:\s+cong)?)(?:[^\S\n]+truc\s+tuyen)?(?=[^\S\n]*(?:[,;.:()]|\n|$|va(?!\w)))")
# the level right after a figure whose noun is left out ("35 một phần")
LEVEL_AFTER_RE = regex.compile(rf"[^\S\n]+{LEVEL}")
# from a count of procedures at one level to the next item of the pair: the first item's level (with the rest of its
# noun), then a coordinator ("120 thủ tục toàn trình, 35 …", "… mức độ 3 và 64 …", "… toàn trình, còn lại 150 …")
PAIR_GAP_RE = regex.compile(
    rf"(?:[^\S\n]++(?:dich\s+vu\s+cong\s+)?{LEVEL})?[^\S\n]*+"
    r"(?:,|;|,?[^\S\n]*+(?:va|con(?:[^\S\n]++lai)?)|,[^\S\n]*+con(?:[^\S\n]++lai)?)[^\S\n]*+")
SERVICE_LEVELS = frozenset({"procedures_online_partial", "procedures_online_full"})
# the families a keyword reads "tổng số" for (figures.toml [[count_keyword]]: received_total, feedback_received)
TOTAL_FAMILIES = frozenset({"dossier", "feedback"})
# the counted noun nearest before a figure: NOUN_ANY read from the right ("các hồ sơ …, có tổng số 2.700")
NOUN_BEFORE_RE = regex.compile(NOUN_ANY.pattern, regex.REVERSE)
TOTAL_NOUN_REACH = 400  # characters before a total its noun may stand (a subject and a clause or two on it)
# what may stand between the number of a bare part and its status: nothing but spaces ("(4 trước hạn")
PART_GAP_RE = regex.compile(r"[^\S\n]+")


def elided_count(page: Page, fig: Figure, s: State) -> Figure | None:
    """A bare figure re-read as a count whose noun is left out: an online service's (:func:`service_count`), a
    part of a breakdown's (:func:`part_count`) or a total's after ``tổng số`` (:func:`total_count`); or None."""
    return service_count(page, fig, s.prev_count) or part_count(page, fig, s) or total_count(page, fig)


def total_count(page: Page, fig: Figure) -> Figure | None:
    """A bare figure after ``tổng số`` whose counted noun its sentence named before it (``các hồ sơ thuộc thẩm quyền
    cấp xã, có tổng số 2.700, với …``), re-read as a count of the family of the noun nearest before it; or None.
    The noun is looked for back to the sentence's start, at most :data:`TOTAL_NOUN_REACH` characters: a long run of
    totals ("tổng số 12, tổng số 12, …") then costs each figure the window, not the whole sentence before it."""
    ft = page.ft
    if fig.kind != "bare" or TOTAL_BEFORE_RE.search(ft, max(0, fig.start - 30), fig.start) is None \
            or TOTAL_END_RE.match(ft, fig.num_end) is None:
        return None
    lo = max(page.st.last_full_stop(fig.start), fig.start - TOTAL_NOUN_REACH)
    noun = NOUN_BEFORE_RE.search(ft, lo, fig.start)
    if noun is None:
        return None
    family = NOUN_FAMILY[" ".join(noun.group("noun").split())]
    return dataclasses.replace(fig, kind="count", family=family) if family in TOTAL_FAMILIES else None


def part_count(page: Page, fig: Figure, s: State) -> Figure | None:
    """A bare figure inside the breakdown of a count, its status right after it, re-read as a count of what that
    count counts (its span the number alone): ``giải quyết 6 hồ sơ (4 trước hạn, 2 đúng hạn)``, ``…, trong đó 40
    trước hạn, 20 đúng hạn``; or None (a status naming the total's own key, or words between)."""
    if fig.kind != "bare" or s.parent is None or not s.parent[1] <= fig.start < s.parent[2]:
        return None
    family = metric_family(s.parent[0])
    gap = PART_GAP_RE.match(page.ft, fig.num_end)
    c = page.cues[family].starting(gap.end()) if gap is not None else None
    if c is None or c.metric in (s.parent[0], "other") or c.end > s.parent[2]:
        return None
    return dataclasses.replace(fig, kind="count", family=family)


def service_count(page: Page, fig: Figure, prev: tuple[Figure, CountFact] | None) -> Figure | None:
    """A bare figure re-read as a count of procedures (module docstring), or None: a shortened service noun before a
    level of service (``64 dịch vụ mức độ 4``), or no noun but a level right after it as the second item of a pair
    whose first item counts procedures at a level (``120 thủ tục toàn trình, 35 một phần``), or a shortened noun closing
    its clause after a level told right before the figure (``mức độ 4: 45 dịch vụ``)."""
    if fig.kind != "bare":
        return None
    ft = page.ft
    if (m := SERVICE_NOUN_RE.match(ft, fig.num_end)) is not None:
        return dataclasses.replace(fig, kind="count", family="procedure", end=m.end())
    if (m := SERVICE_NOUN_END_RE.match(ft, fig.num_end)) is not None:
        c = page.cues["procedure"].nearest(max(0, fig.start - WINDOW), fig.start)
        if c is not None and c.metric in SERVICE_LEVELS and adjacent(ft, c.end, fig.start):
            return dataclasses.replace(fig, kind="count", family="procedure", end=m.end())
        return None
    if LEVEL_AFTER_RE.match(ft, fig.num_end) is None or prev is None:
        return None
    pfact = prev[1]
    if pfact.unit != FAMILY_UNIT["procedure"] or pfact.metric not in SERVICE_LEVELS or pfact.end > fig.start:
        return None
    if PAIR_GAP_RE.fullmatch(ft, pfact.end, fig.start) is None:
        return None
    return dataclasses.replace(fig, kind="count", family="procedure")
