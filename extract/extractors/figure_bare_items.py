"""Bare figures after names in a one-line list, re-read as counts before the figures are read.

A terse report lists the parts of a count on one line after a label and its colon, each a name and its figure, the
items a semicolon apart, the unit word written once or not at all: ``+ Theo đơn vị: Văn phòng HĐND và UBND 2.317 hồ
sơ; Phòng Kinh tế, Hạ tầng và Đô thị 412; các cơ quan cấp tỉnh 206.``, ``+ Theo lĩnh vực: chứng thực 1.402; hộ
tịch 688; khác 879.`` under ``1. Tiếp nhận: 3.245 hồ sơ``. Each bare figure there is a count of what the list counts:
the family of the items that carry their unit word (all of one family), else the one counted thing the list's label,
its introduction or the heading above it names (``Số hồ sơ theo lĩnh vực:``, ``I. HỒ SƠ``), else the family of the
count on the line the list stands under (a line of a lower list rank). The metric and the scope are read as for any
count (the name before each figure is its scope).

A list is two items or more, each item a name (letters, with commas, dashes, ``và`` in it; no digit, no colon) and
one figure, nothing after it but its unit word. Percentages, labelled pairs (``Rút: 09; từ chối: 07``), a name and
two numbers (``xã A 12 hồ sơ 3 PAKN``) are no such list.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools

import regex

from extract.extractors.figure_blocks import LINE_MARK_RE, mark_rank
from extract.extractors.figure_cues import load_raw, words
from extract.extractors.figure_lists import bare_intro
from extract.extractors.figure_scan import Figure
from extract.extractors.figure_terse import HEADING_NOUNS, TERSE_FAMILIES, family_of_list
from extract.extractors.figure_text import Structure

COUNTED = frozenset({"dossier", "procedure", "feedback"})
# an item's name: letters and the marks a name of an office or a field holds, up to its figure
# (each run of spaces can be split one way only, so a failed match on a long run stays linear)
NAME_RE = regex.compile(r"[^\S\n]*+(?:(?:[,\-–()&/.']|[^\S\n])*+[^\W\d_]++)++[^\S\n]*+")
NAME_MAX = 200  # characters: no item's name is longer
ITEM_END_RE = regex.compile(r"[^\S\n]*(?P<end>[;.]|\n|$)")
MAX_UP = 12  # lines walked up to the line a list stands under


def bare_items(ft: str, st: Structure, figures: list[Figure]) -> list[Figure]:
    """``figures`` with the bare figures of one-line lists (module docstring) re-read as counts."""
    out = list(figures)
    starts = [f.start for f in figures]
    tried: set[int] = set()  # the colons whose lists were read
    for fig in figures:
        if fig.kind != "bare":
            continue
        ls = ft.rfind("\n", 0, fig.start) + 1
        colon = ft.rfind(":", ls, fig.start)
        if colon < 0 or colon in tried:
            continue
        tried.add(colon)
        le = ft.find("\n", fig.start)
        le = len(ft) if le < 0 else le
        items = _items(ft, figures, starts, colon + 1, le)
        if items is None or len(items) < 2:
            continue
        bare = [k for k in items if figures[k].kind == "bare"]
        if not bare:
            continue
        family = _family(ft, st, figures, items, ls, colon)
        if family is None:
            continue
        for k in bare:
            out[k] = dataclasses.replace(figures[k], kind="count", family=family, end=figures[k].num_end)
    return out


def _items(ft: str, figures: list[Figure], starts: list[int], lo: int, hi: int) -> list[int] | None:
    """The indices of the figures of the items of [lo, hi), or None when it is no list of names and figures."""
    found: list[int] = []
    pos = lo
    k = bisect.bisect_left(starts, lo)
    while pos < hi:
        if k >= len(figures) or figures[k].start >= hi:
            return None  # words after the last item
        f = figures[k]
        name = NAME_RE.fullmatch(ft, pos, f.start) if f.start - pos <= NAME_MAX else None
        if name is None or f.kind not in ("count", "bare"):
            return None
        end = ITEM_END_RE.match(ft, f.end)
        if end is None:
            return None
        found.append(k)
        k += 1
        pos = end.end()
        if end.group("end") != ";":
            break
    return found


@functools.cache
def _breakdown_re() -> regex.Pattern[str]:
    """A label that only says a breakdown follows: ``Theo đơn vị``, ``Phân theo cấp`` (figures.toml [breakdown]
    labels, then any words)."""
    labels = load_raw().get("breakdown", {}).get("labels", ())
    alt = "|".join(words(w) for w in sorted(labels, key=len, reverse=True)) or "(?!x)x"
    return regex.compile(rf"[^\S\n]*(?:[-+*•–][^\S\n]*)?(?:{alt})(?!\w)")


def _family(ft: str, st: Structure, figures: list[Figure], items: list[int], ls: int, colon: int) -> str | None:
    """What the list counts: its items' unit words, its label's counted noun, or, under a label that only says a
    breakdown follows, what its introduction, its heading or the line it stands under counts."""
    fams = {figures[k].family for k in items if figures[k].kind == "count"}
    if fams:
        return fams.pop() if len(fams) == 1 and fams <= COUNTED else None
    label = [f for f in TERSE_FAMILIES if HEADING_NOUNS[f].search(ft, ls, colon)]
    if len(label) == 1:
        return label[0]
    mark = LINE_MARK_RE.match(ft, ls)
    if not (bare_intro(ft, mark.end(), colon) or _breakdown_re().match(ft, mark.end(), colon)):
        return None  # "Thành phần tham dự: Văn phòng 3; Công an xã 2": a label naming no breakdown
    if (family := family_of_list(ft, st, ls)) is not None:
        return family
    return _parent_family(ft, figures, ls)


def _parent_family(ft: str, figures: list[Figure], ls: int) -> str | None:
    """The family of the count on the line a list line stands under (``1. Tiếp nhận: 3.245 hồ sơ`` over ``+ Theo
    lĩnh vực: …``), else None."""
    own = LINE_MARK_RE.match(ft, ls)
    if own.lastgroup == "ind":
        return None
    rank, p = mark_rank(own), ls
    for _ in range(MAX_UP):
        if p == 0:
            return None
        start = ft.rfind("\n", 0, p - 1) + 1
        m = LINE_MARK_RE.match(ft, start)
        if m.lastgroup != "ind" and mark_rank(m) < rank:
            fams = {f.family for f in figures if start <= f.start < p - 1 and f.kind == "count"}
            return fams.pop() if len(fams) == 1 and fams <= COUNTED else None
        p = start
    return None
