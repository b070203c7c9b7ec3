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


def compared_metric(page: Page, fig: Figure, family: str) -> str | None:
    """The metric of a figure of an earlier period with no cue of its own (module docstring), or None."""
    ft, st = page.ft, page.st
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
