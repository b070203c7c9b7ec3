"""The metric of a breakdown list with no metric words of its own, from the total its items add up to.

``Đã tiếp nhận 2.400 hồ sơ … đã giải quyết 2.390 hồ sơ, trong đó trước hạn 1.900 hồ sơ …`` then ``Cụ thể theo lĩnh
vực:`` over ``+ Chứng thực: 1.500 hồ sơ; + Hộ tịch: 900 hồ sơ``: the items add up to what was received, whatever
count their introduction's sentence ends on. The total is looked for among the counts of the same section (after
its heading, within :data:`SECTION_REACH`) read before the list; the items are the first count of each line
of the list. No stated total adding up exactly (or two of different keys): None, the reading of the list's
introduction stands.
"""

from __future__ import annotations

import bisect

from extract.extractors.figure_blocks import LINE_MARK_RE
from extract.extractors.figure_lists import list_intro
from extract.extractors.figure_page import Page
from extract.extractors.figure_scan import FAMILY_UNIT, Figure

SECTION_REACH = 2400  # how far before the list its section's totals are looked for
MAX_ITEMS = 40
MIN_ITEMS = 2


def _items(page: Page, c: int, family: str) -> list[Figure]:
    """The first count of each list line under the introduction ending at ``c`` (its items, in order)."""
    ft, st = page.ft, page.st
    out: list[Figure] = []
    seen_lines: set[int] = set()
    i = bisect.bisect_right(page.figure_starts, c)
    while i < len(page.figures) and len(out) < MAX_ITEMS:
        f = page.figures[i]
        i += 1
        ls = ft.rfind("\n", 0, f.start) + 1
        if ls in seen_lines:
            continue
        if LINE_MARK_RE.match(ft, ls).lastgroup == "ind" or list_intro(ft, st, f.start) != c:
            break
        seen_lines.add(ls)
        if f.kind != "count" or f.family != family:
            return []
        out.append(f)
    return out


def summed_metric(page: Page, fig: Figure, family: str) -> str | None:
    """The metric of the stated total the list ``fig`` is an item of adds up to (module docstring), or None."""
    c = list_intro(page.ft, page.st, fig.start)
    if c is None or family not in FAMILY_UNIT:
        return None
    key = f"list_sum:{c}:{family}"
    if key not in page.memo:
        page.memo[key] = _summed(page, c, family)
    return page.memo[key]  # type: ignore[return-value]


def _summed(page: Page, c: int, family: str) -> str | None:
    return total_metric(page, c, _items(page, c, family), family)


def total_metric(page: Page, c: int, items: list[Figure], family: str) -> str | None:
    """The metric of the one stated total of ``family`` (unscoped, not ``other``) in the section before ``c`` that
    ``items`` add up to, or None (figure_count_breakdown reads a one-line list's items with it too)."""
    if len(items) < MIN_ITEMS:
        return None
    total = sum(int(f.value) for f in items)
    h = page.st.heading_before(c)
    lo = max(h[0] if h is not None else 0, c - SECTION_REACH)
    unit = FAMILY_UNIT[family]
    found = {f.metric for f in page.counts_in(lo, c)
             if f.unit == unit and f.value == total and f.scope is None and f.metric != "other"}
    return found.pop() if len(found) == 1 else None
