"""A running total with no cue of its own takes the metric of what its sentence or section counts.

``lũy kế từ ngày 01/7/2025 đến nay là 4.893 hồ sơ``, ``Lũy kế 1.500 hồ sơ``, ``cộng dồn từ đầu năm: 3.200 hồ sơ``
(figures.toml ``[count_running] words`` before the figure in its clause) tell the same thing as the period's figure
over a longer window: the metric of the nearest cue before the running word in its sentence (``Trong tháng tiếp nhận
300 hồ sơ, lũy kế 1.500 hồ sơ``), else of the sentence before it in its paragraph (``Trong tháng tiếp nhận 300 hồ sơ.
Lũy kế từ đầu năm 1.500 hồ sơ.``), else of the numbered heading over it (``1. Tiếp nhận`` … ``c) So với cùng kỳ, tăng
406 hồ sơ; lũy kế … là 4.893 hồ sơ``). A running total whose own clause names its status (``lũy kế đã giải quyết
3.000 hồ sơ``) keeps that cue: this is read only when the count has none.
"""

from __future__ import annotations

from functools import cache

import regex

from extract.extractors.figure_count_compared import compared_metric
from extract.extractors.figure_cues import longest_words
from extract.extractors.figure_lists import topic_start
from extract.extractors.figure_page import Page
from extract.extractors.figure_scan import Figure

# how far before the figure its running word may stand ("lũy kế từ ngày 01/7/2025 đến ngày 14/9/2026 là"), and how far
# back the sentence before it and the heading over it are read
RUNNING_REACH = 90
BACK_REACH = 300
HEADING_REACH = 1500


@cache
def _running() -> regex.Pattern[str]:
    return regex.compile(rf"(?<!\w)(?:{longest_words('count_running', 'words')})(?!\w)")


def window_metric(page: Page, fig: Figure, family: str) -> str | None:
    """The metric of a figure over another window than the period's with no cue of its own: a running total (module
    docstring) or a figure of an earlier period (figure_count_compared.py), or None."""
    return running_metric(page, fig, family) or compared_metric(page, fig, family)


def running_metric(page: Page, fig: Figure, family: str) -> str | None:
    """The metric of a running total with no cue of its own (module docstring), or None."""
    ft, st = page.ft, page.st
    cs = max(st.clause_start(fig.start), fig.start - RUNNING_REACH)
    found = list(_running().finditer(ft, cs, fig.start))
    m = found[-1] if found else None  # (the running word nearest the figure)
    if m is None or not _dates_only(ft[m.end():fig.start]):
        return None
    cues = page.cues[family]
    para = ft.rfind("\n", 0, m.start()) + 1
    lo = max(para, st.last_full_stop(m.start()), m.start() - BACK_REACH)
    c = cues.nearest(lo, m.start())
    if c is None and lo > para:  # the sentence before it in its paragraph
        c = cues.nearest(max(para, st.last_full_stop(lo - 1), lo - BACK_REACH), lo)
    if c is not None and c.metric != "other":
        return c.metric
    h = st.heading_before(fig.start)
    if h is None or fig.start - h[2] > HEADING_REACH:
        return None
    c = cues.nearest(h[1], h[2])
    return c.metric if c is not None and c.metric != "other" and c.start < topic_start(ft, h[1], h[2], page.data) \
        else None


# a date or a year in the window between the running word and its figure ("từ ngày 01/7/2025 đến ngày 14/9/2026 là",
# "từ tháng 1/2026", "từ 7/2025 đến 6/2026"): day/month/year, month/year, day/month, a year; the longest form first and
# each whole (a month/year is no day/month "1/20" with "26" left over)
DATE_RE = regex.compile(r"(?<!\d)(?:\d{1,2}\s*/\s*\d{1,2}\s*/\s*(?:\d{4}|\d{2})|\d{1,2}\s*/\s*(?:19|20)\d\d"
                        r"|\d{1,2}\s*/\s*(?:1[0-2]|0?[1-9])|(?:19|20)\d\d)(?!\d)")


def _dates_only(gap: str) -> bool:
    """Whether every number of the gap is part of a date or a year (``từ ngày 01/7/2025 đến nay``)."""
    return regex.search(r"\d", DATE_RE.sub("", gap)) is None
