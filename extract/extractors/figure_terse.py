"""Bare figures a terse report leaves without their noun, re-read as counts before the figures are read.

1. A short label in a section whose heading names what it counts (``IV. PAKN``, ``4. Phản ánh, kiến nghị``,
   ``I. HỒ SƠ``), or in a list whose introduction names it (``Kết quả xử lý phản ánh, kiến nghị:``), gives the bare figure after it its metric: ``- Nhận: 07``, ``- Xử lý xong: 06; đang xử lý: 01``,
   ``+ Tiếp nhận: 120``. The figure becomes a count of the heading's family; a label the cue tables read from its
   first word keeps its cue (``Xử lý xong`` -> handled); a bare verb of receiving (figures.toml [terse_labels]) is
   what was received; a label naming a status of another family only (``Quá hạn xử lý`` of feedback items, which
   have no late key) names no key of this one: ``other``. A label no cue table reads (``Số cuộc họp: 3``) is left
   alone, and so is a heading naming no counted thing or two of them.
2. Bare figures in the bracket right after a count are its parts, each beside its name (``7 hồ sơ quá hạn (đất
   đai 6, xây dựng 1)``, ``05 PAKN (04 về lĩnh vực đất đai, 01 về hộ tịch)``, ``Nhận: 07 (Cổng DVC quốc gia 04,
   đường dây nóng 02, hòm thư 01)``): counts of the total's family, when every item of the bracket holds one bare
   figure and words naming no status (a status breakdown, ``(trong hạn 212, quá hạn 18)``, is read as one already)
   and the parts add up to no more than the total; one part equal to the total is the total told again as all of
   one field (``trễ hạn 06 hồ sơ (lĩnh vực đất đai 06)``), no part. (Parts named by a known field are read by
   figure_scope_known whether or not they add up, GOLD.md eighth session; the sum guards only these unnamed bare
   parts, whose words name no field and no sub-unit: ``06 hồ sơ trễ hạn (tổ một 5, tổ hai 4)`` keeps no part.)
"""

from __future__ import annotations

import bisect
import dataclasses
import functools

import regex

from extract.extractors.figure_cues import Cue, CueIndex, mark_words
from extract.extractors.figure_lists import list_intro
from extract.extractors.figure_nouns import DOSSIER, FEEDBACK, OPINION
from extract.extractors.figure_scan import Figure
from extract.extractors.figure_scope_known import is_known_field
from extract.extractors.figure_text import Structure

TERSE_FAMILIES = ("dossier", "feedback")
RECEIVED = {"dossier": "received_total", "feedback": "feedback_received"}
HEADING_NOUNS = {"dossier": regex.compile(rf"(?<!\w)(?:{DOSSIER}|hs)(?!\w)"),
                 "feedback": regex.compile(rf"(?<!\w)(?:{FEEDBACK}|{OPINION})(?!\w)")}
# a short label and its colon right before a bare figure: opening its line (after a marker) or after a ";" or ","
# ("- Xử lý xong: 06; đang xử lý: 01", "- Đã xử lý: 08, đang xử lý: 01")
LABEL_RE = regex.compile(
    r"(?:^|\n|[;,])[^\S\n]*(?:[-+*•–][^\S\n]*)?(?P<label>[^\W\d_]+(?:[^\S\n]+[^\W\d_]+){0,4})[^\S\n]*:[^\S\n]*$")
LABEL_REACH = 60  # characters before a figure its label may start
# what may follow a labelled figure: the end of its item
ITEM_END_RE = regex.compile(r"[^\S\n]*(?:[;,.(]|\n|$)")
# the bracket after a count: its items up to the closing bracket on the same line
# (the count's own words may stand before it: "7 hồ sơ quá hạn (…)")
BRACKET_RE = regex.compile(r"(?:[^\S\n]+[^\W\d_]+){0,5}?[^\S\n]*\((?P<body>[^()\n]{1,240})\)")
ITEM_WORD_RE = regex.compile(r"[^\W\d_]")
# the words of a part naming its field: "đất đai 6", "04 về lĩnh vực đất đai", "03 hồ sơ hộ tịch" (folded)
FIELD_WORDS_RE = regex.compile(rf"[^\S\n]*(?:(?:{DOSSIER}|hs|ve|thuoc|linh[^\S\n]+vuc)[^\S\n]+)*(?P<name>[^,;()]*?)[^\S\n]*")
DIGIT_RE = regex.compile(r"\d")


@functools.cache
def _received_re() -> regex.Pattern[str]:
    return regex.compile(rf"(?:{mark_words('received', 'terse_labels')})")


def family_of_list(ft: str, st: Structure, pos: int, label_start: int | None = None) -> str | None:
    """The one counted thing named by the introduction of the list ``pos`` stands in (``Phản ánh, kiến nghị:``
    over ``- Nhận: 05``), else by the heading above it; None for none or two. An introduction's colon counts only
    before ``label_start`` (the start of the figure's own label, when it has one): on a line with no list marker
    (``IV. PAKN`` over ``Nhận: 07``) the first colon of the sentence is the label's own, and the heading names the
    family."""
    title = None
    c = list_intro(ft, st, pos)
    if c is not None and (label_start is None or c < label_start):
        title = ft[ft.rfind("\n", 0, c) + 1:c]
    elif (h := st.heading_before(pos)) is not None:
        title = ft[h[1]:h[2]]
    if title is None:
        return None
    found = [f for f in TERSE_FAMILIES if HEADING_NOUNS[f].search(title)]
    return found[0] if len(found) == 1 else None


def _starting(index: CueIndex, lo: int, hi: int) -> bool:
    """Whether a cue of ``index`` starts at ``lo`` and ends by ``hi`` (a bisect on the starts)."""
    i = bisect.bisect_left(index.starts, lo)
    while i < len(index.starts) and index.starts[i] == lo:
        if index.by_start[i].end <= hi:
            return True
        i += 1
    return False


def labelled(ft: str, st: Structure, figures: list[Figure],
             scanned: dict[str, list[Cue]]) -> tuple[list[Figure], dict[str, list[Cue]]]:
    """The figures with those of part 1 (module docstring) re-read as counts, and the cues their labels add."""
    out, added = [], {f: [] for f in TERSE_FAMILIES}
    indexes = {name: CueIndex(cues) for name, cues in scanned.items() if name in TERSE_FAMILIES}
    for fig in figures:
        got = _labelled(ft, st, fig, indexes) if fig.kind == "bare" else None
        if got is None:
            out.append(fig)
            continue
        family, cue = got
        if cue is not None:
            added[family].append(cue)
        out.append(dataclasses.replace(fig, kind="count", family=family, end=fig.num_end))
    return out, added


def _labelled(ft: str, st: Structure, fig: Figure, indexes: dict[str, CueIndex]) -> tuple[str, Cue | None] | None:
    m = LABEL_RE.search(ft, max(0, fig.start - LABEL_REACH), fig.start)
    if m is None or ITEM_END_RE.match(ft, fig.num_end) is None:
        return None
    lo, hi = m.span("label")
    family = family_of_list(ft, st, fig.start, lo)
    if family is None:
        return None
    if family in indexes and _starting(indexes[family], lo, hi):
        return family, None  # "Xử lý xong", "Đang xử lý", "Tiếp nhận": the cue tables read it
    if _received_re().fullmatch(ft, lo, hi):
        return family, Cue(lo, hi, RECEIVED[family])  # "Nhận", "Đã nhận"
    if any(_starting(index, lo, hi) for name, index in indexes.items() if name != family):
        return family, Cue(lo, hi, "other")  # "Quá hạn xử lý" of feedback items: no key of theirs
    return None


def bracket_parts(ft: str, figures: list[Figure], scanned: dict[str, list[Cue]]) -> list[Figure]:
    """The figures with the bare parts in the bracket after a count (part 2 of the module docstring) re-read as
    counts of its family."""
    out = list(figures)
    starts = [f.start for f in figures]
    indexes = {name: CueIndex(cues) for name, cues in scanned.items() if name in TERSE_FAMILIES}
    for n, total in enumerate(figures):
        if total.kind != "count" or total.family not in TERSE_FAMILIES:
            continue
        b = BRACKET_RE.match(ft, total.end)
        if b is None:
            continue
        parts = _parts(ft, b, figures, starts, n, indexes.get(total.family))
        if len(parts) == 1 and figures[parts[0]].value == total.value:
            continue  # "trễ hạn 06 hồ sơ (lĩnh vực đất đai 06)": the total told again as all of one field (GOLD.md)
        if parts and (sum(figures[k].value for k in parts) <= total.value or all(
                _field_named(ft, figures[k], b) for k in parts)):
            for k in parts:
                out[k] = dataclasses.replace(figures[k], kind="count", family=total.family)
    return out


def _field_named(ft: str, fig: Figure, b: regex.Match[str]) -> bool:
    """Whether the item of the bracket ``b`` holding the part ``fig`` names a known field (its words before or after
    the figure: ``đất đai 6``, ``04 về lĩnh vực đất đai``)."""
    lo, hi = b.span("body")
    ilo = max(lo, *(ft.rfind(c, lo, fig.start) + 1 for c in ",;"))
    ends = [e for c in ",;" if (e := ft.find(c, fig.end, hi)) >= 0]
    ihi = min(ends, default=hi)
    for a, z in ((ilo, fig.start), (fig.end, ihi)):
        m = FIELD_WORDS_RE.fullmatch(ft, a, z)
        if m is not None and m.group("name") and is_known_field(m.group("name")):
            return True
    return False


def _parts(ft: str, b: regex.Match[str], figures: list[Figure], starts: list[int], n: int,
           cues: CueIndex | None) -> list[int]:
    """The indices of the bare figures of the bracket's items, or [] when an item is not a name and one bare
    figure, or names a status. The figures inside are found by a bisect on their starts (``starts``: sorted)."""
    lo, hi = b.span("body")
    first = max(n + 1, bisect.bisect_left(starts, lo))
    inside = list(range(first, bisect.bisect_left(starts, hi, first)))
    if not inside or any(figures[k].kind != "bare" for k in inside):
        return []
    if cues is not None and cues.first_where(lo, hi, lambda c: True) is not None:
        return []
    found: list[int] = []
    pos = lo
    for item in regex.split(r"[,;]", ft[lo:hi]):
        ilo, ihi = pos, pos + len(item)
        pos = ihi + 1
        here = [k for k in inside if ilo <= figures[k].start < ihi]
        if len(here) != 1 or not ITEM_WORD_RE.search(ft, ilo, ihi):
            return []
        f = figures[here[0]]
        if DIGIT_RE.search(ft[ilo:f.start]) or DIGIT_RE.search(ft[f.end:ihi]):
            return []  # "(mức độ 3 và 4)": another number in the item, a level's or a code's
        found.append(here[0])
    return found
