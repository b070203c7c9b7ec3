"""Dossiers not yet recorded where they should be: a subset told for what is missing, no total of its status.

``đồng bộ trạng thái 27 hồ sơ đã giải quyết nhưng chưa cập nhật lên hệ thống``, ``còn 15 hồ sơ đã giải quyết chưa
được đồng bộ``, ``chưa cập nhật 12 hồ sơ``: ``chưa`` (``nhưng chưa``, ``mà chưa``, ``chưa được``) then a recording
verb (figures.toml ``[count_unrecorded]``) in the figure's own clause, after it or right before it. A ``chưa`` in a
clause of its own (``đã giải quyết 500 hồ sơ, chưa có hồ sơ quá hạn``) or before another verb (``27 hồ sơ chưa giải
quyết``: pending) changes nothing, nor a reason told after the count (``12 hồ sơ trễ hạn do cán bộ chưa cập nhật``),
nor a ``chưa`` after the next figure (``đã giải quyết 500 hồ sơ nhưng còn 20 hồ sơ chưa cập nhật``: 20 only).
"""

from __future__ import annotations

import bisect
from functools import cache

import regex

from extract.extractors.figure_cues import longest_words
from extract.extractors.figure_page import Page
from extract.extractors.figure_scan import Figure

REACH = 80  # how far after the unit word (or before the figure) in its clause
# "12 hồ sơ trễ hạn do cán bộ chưa cập nhật kịp thời": a reason of its own after the count, not what is missing of it
REASON_RE = regex.compile(r"(?<!\w)(?:do|vi|boi|tai\s+vi|nguyen\s+nhan|ly\s+do)(?!\w)")


@cache
def _pattern() -> regex.Pattern[str]:
    alt = longest_words("count_unrecorded", "verbs")
    return regex.compile(rf"(?<!\w)chua\s+(?:duoc\s+|kip\s+)?(?:{alt})(?!\w)")


def unrecorded(page: Page, fig: Figure) -> bool:
    """Whether the count ``fig`` is told as not yet recorded (module docstring)."""
    ft, st = page.ft, page.st
    rx = _pattern()
    ce = min(st.next_clause(fig.end), fig.end + REACH)
    i = bisect.bisect_right(page.figure_starts, fig.start)
    if i < len(page.figure_starts):  # the next figure's words are its own
        ce = max(fig.end, min(ce, page.figure_starts[i]))
    after = rx.search(ft, fig.end, ce)
    if after is not None and not REASON_RE.search(ft, fig.end, after.start()):
        return True
    cs = max(st.clause_start(fig.start), fig.start - REACH)
    found = list(rx.finditer(ft, cs, fig.start))
    m = found[-1] if found else None
    # (right before it: "chưa cập nhật trạng thái 12 hồ sơ", no other figure between)
    return m is not None and not regex.search(r"\d", ft[m.end():fig.start])
