"""A figure of an earlier period told beside the period's own counts what the count it is compared with counts.

A writer gives last year's figure as a label of its own (``- Cùng kỳ năm 2025: 07 PAKN.`` under ``- Tiếp nhận 02
PAKN …, đã giải quyết 02``), inside a bracket (``đã giải quyết 40 hồ sơ (cùng kỳ năm trước: 35 hồ sơ)``) or as a clause
(``tiếp nhận 300 hồ sơ, cùng kỳ năm 2025 là 280 hồ sơ``): the period words of figures.toml ``[count_compared] words``
and nothing but a verb of being or a colon between them and the figure. Such a figure counts what the count it is
compared with counts (corpus/GOLD.md: the prior-year figure is a count of its own kind, with no period of its own):

- a label opening its line takes the metric of the first count of the line before (the item it stands under);
- in a sentence, that of the nearest count before it in its sentence.

Never a change (``tăng 12 hồ sơ so với cùng kỳ``: the words after the period name a verb, figure_differences.py reads
it), nor a figure with a cue of its own (read only when the count has none).
"""

from __future__ import annotations

from functools import cache

import regex

from extract.extractors.figure_cues import longest_words
from extract.extractors.figure_page import Page
from extract.extractors.figure_scan import FAMILY_UNIT, Figure

# how far before the figure the period words may stand, and how far back the line above or the count compared is read
REACH = 80
BACK_REACH = 400


@cache
def _label() -> regex.Pattern[str]:
    # the period words, then only a list mark's, a bracket's or a colon's punctuation, or a verb of being, to the figure
    return regex.compile(rf"(?<!\w)(?:so voi |trong )?(?:{longest_words('count_compared', 'words')})"
                         rf"[\s:(]*(?:(?:la|co|dat|duoc)\s+)?[\s:(]*$")


# "tăng 311 hồ sơ so với 6 tháng cuối năm 2025 (1.667 hồ sơ)": the earlier period's own figure alone in a bracket
# right after the period a change is measured from (the period's words as written: no stop, no bracket, no figure
# but a date's)
AFTER_COMPARED_RE = regex.compile(r"(?<!\w)so[^\S\n]+voi[^\S\n]+[^();.!?\n]{1,80}?\([^\S\n]*$")
ALONE_CLOSE_RE = regex.compile(r"[^\S\n]*\)")


def _bracket_after_compared(page: Page, fig: Figure, family: str) -> str | None:
    """The metric of the figure alone in a bracket after ``so với <period>`` (AFTER_COMPARED_RE): that of the count
    the change is told of, the last one of the sentence read as no change, else the cue nearest before the change
    (``Số hồ sơ tiếp nhận … tăng 311 hồ sơ so với … (1.667 hồ sơ)``: received)."""
    ft, st = page.ft, page.st
    m = AFTER_COMPARED_RE.search(ft, max(0, fig.start - 2 * REACH), fig.start)
    if m is None or ALONE_CLOSE_RE.match(ft, fig.end) is None:
        return None
    lo = max(st.last_full_stop(fig.start), fig.start - BACK_REACH)
    before = page.last_count(FAMILY_UNIT[family], lo, m.start())
    if before is not None and before.metric != "other":
        return before.metric
    cue = page.cues[family].nearest(lo, before.start if before is not None else m.start())
    return cue.metric if cue is not None else None


def compared_metric(page: Page, fig: Figure, family: str) -> str | None:
    """The metric of a figure of an earlier period with no cue of its own (module docstring), or None."""
    ft, st = page.ft, page.st
    if (after := _bracket_after_compared(page, fig, family)) is not None:
        return after
    line = ft.rfind("\n", 0, fig.start) + 1
    cs = max(st.clause_start(fig.start), line, fig.start - REACH)
    m = _label().search(ft, cs, fig.start)
    if m is None or regex.search(r"\w", ft[cs:m.start()]):
        return None  # (the period words open the clause or the bracket)
    unit = FAMILY_UNIT[family]
    if not regex.search(r"\w", ft[line:m.start()]):  # a label opening its line: the line above's first count
        above = ft.rfind("\n", 0, max(line - 1, 0)) + 1
        while above > max(0, line - BACK_REACH) and not ft[above:line].strip():
            above = ft.rfind("\n", 0, above - 1) + 1
        first = next((f for f in page.counts_in(max(above, line - BACK_REACH), line) if f.unit == unit), None)
        return first.metric if first is not None and first.metric != "other" else None
    lo = max(st.last_full_stop(fig.start), fig.start - BACK_REACH)
    before = page.last_count(unit, lo, cs)
    return before.metric if before is not None and before.metric != "other" else None


# "tiếp nhận 653 HS (tháng 02/2026: 598)", "(năm 2025: 1.204)", "(cùng kỳ: 40)": a bracket right after a count holding
# only a period's label and a figure with no unit word: that period's figure of the same count
PRIOR_BRACKET_RE = regex.compile(
    r"[^\S\n]*\([^\S\n]*(?:cung[^\S\n]+ky|(?:[0-9]+[^\S\n]+)?(?:thang|quy|nam|ky)(?!\w))[^():;\n]{0,30}?"
    r"[^\S\n]*[:=]?[^\S\n]*(?:la[^\S\n]+)?$")


def bracket_prior_metric(page: Page, fig: Figure) -> str | None:
    """The metric of the count just read whose bracket holds only an earlier period's figure (``fig``, bare)."""
    if fig.kind != "bare" or not page.counts or ALONE_CLOSE_RE.match(page.ft, fig.end) is None:
        return None
    total = page.counts[-1]
    if total.metric == "other" or total.end > fig.start or fig.start - total.end > REACH \
            or PRIOR_BRACKET_RE.fullmatch(page.ft, total.end, fig.start) is None:
        return None
    return total.metric


def bracket_prior_family(page: Page, fig: Figure) -> str | None:
    """The family of the count a bare earlier period's figure in its bracket goes with (bracket_prior_metric)."""
    if bracket_prior_metric(page, fig) is None:
        return None
    return next((f for f, u in FAMILY_UNIT.items() if u == page.counts[-1].unit), None)
