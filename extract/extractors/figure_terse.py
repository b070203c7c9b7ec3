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
   one field (``trễ hạn 06 hồ sơ (lĩnh vực đất đai 06)``), no part.
"""

from __future__ import annotations

import dataclasses
import functools

import regex

from extract.extractors.figure_cues import Cue, mark_words
from extract.extractors.figure_lists import list_intro
from extract.extractors.figure_nouns import DOSSIER, FEEDBACK, OPINION
from extract.extractors.figure_scan import Figure
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
DIGIT_RE = regex.compile(r"\d")


@functools.cache
def _received_re() -> regex.Pattern[str]:
    return regex.compile(rf"(?:{mark_words('received', 'terse_labels')})")


def family_of_list(ft: str, st: Structure, pos: int) -> str | None:
    """The one counted thing the introduction of the list ``pos`` stands in names (``Phản ánh, kiến nghị:`` over
    ``- Nhận: 05``), else the one the heading above it names; None for none or two."""
    title = None
    if (c := list_intro(ft, st, pos)) is not None:
        title = ft[ft.rfind("\n", 0, c) + 1:c]
    elif (h := st.heading_before(pos)) is not None:
        title = ft[h[1]:h[2]]
    if title is None:
        return None
    found = [f for f in TERSE_FAMILIES if HEADING_NOUNS[f].search(title)]
    return found[0] if len(found) == 1 else None


def _starting(cues: list[Cue], lo: int, hi: int) -> list[Cue]:
    return [c for c in cues if c.start == lo and c.end <= hi]


def labelled(ft: str, st: Structure, figures: list[Figure],
             scanned: dict[str, list[Cue]]) -> tuple[list[Figure], dict[str, list[Cue]]]:
    """The figures with those of part 1 (module docstring) re-read as counts, and the cues their labels add."""
    out, added = [], {f: [] for f in TERSE_FAMILIES}
    for fig in figures:
        got = _labelled(ft, st, fig, scanned) if fig.kind == "bare" else None
        if got is None:
            out.append(fig)
            continue
        family, cue = got
        if cue is not None:
            added[family].append(cue)
        out.append(dataclasses.replace(fig, kind="count", family=family, end=fig.num_end))
    return out, added


def _labelled(ft: str, st: Structure, fig: Figure, scanned: dict[str, list[Cue]]) -> tuple[str, Cue | None] | None:
    m = LABEL_RE.search(ft, max(0, fig.start - LABEL_REACH), fig.start)
    if m is None or ITEM_END_RE.match(ft, fig.num_end) is None:
        return None
    family = family_of_list(ft, st, fig.start)
    if family is None:
        return None
    lo, hi = m.span("label")
    if _starting(scanned.get(family, []), lo, hi):
        return family, None  # "Xử lý xong", "Đang xử lý", "Tiếp nhận": the cue tables read it
    if _received_re().fullmatch(ft, lo, hi):
        return family, Cue(lo, hi, RECEIVED[family])  # "Nhận", "Đã nhận"
    if any(_starting(cs, lo, hi) for name, cs in scanned.items() if name in TERSE_FAMILIES and name != family):
        return family, Cue(lo, hi, "other")  # "Quá hạn xử lý" of feedback items: no key of theirs
    return None


def bracket_parts(ft: str, figures: list[Figure], scanned: dict[str, list[Cue]]) -> list[Figure]:
    """The figures with the bare parts in the bracket after a count (part 2 of the module docstring) re-read as
    counts of its family."""
    out = list(figures)
    starts = {f.start: n for n, f in enumerate(figures)}
    for n, total in enumerate(figures):
        if total.kind != "count" or total.family not in TERSE_FAMILIES:
            continue
        b = BRACKET_RE.match(ft, total.end)
        if b is None:
            continue
        parts = _parts(ft, b, figures, starts, n, scanned.get(total.family, []))
        if len(parts) == 1 and figures[parts[0]].value == total.value:
            continue  # "trễ hạn 06 hồ sơ (lĩnh vực đất đai 06)": the total told again as all of one field (GOLD.md)
        if parts and sum(figures[k].value for k in parts) <= total.value:
            for k in parts:
                out[k] = dataclasses.replace(figures[k], kind="count", family=total.family)
    return out


def _parts(ft: str, b: regex.Match[str], figures: list[Figure], starts: dict[int, int], n: int,
           cues: list[Cue]) -> list[int]:
    """The indices of the bare figures of the bracket's items, or [] when an item is not a name and one bare
    figure, or names a status."""
    lo, hi = b.span("body")
    inside = [k for k in range(n + 1, len(figures)) if lo <= figures[k].start < hi]
    if not inside or any(figures[k].kind != "bare" for k in inside):
        return []
    if any(lo <= c.start and c.end <= hi for c in cues):
        return []
    found: list[int] = []
    pos = lo
    for item in regex.split(r"[,;]", ft[lo:hi]):
        ilo, ihi = pos, pos + len(item)
        pos = ihi + 1
        here = [k for k in inside if ilo <= figures[k].start < ihi]
        if len(here) != 1 or not ITEM_WORD_RE.search(ft, ilo, ihi) or starts.get(figures[here[0]].start) is None:
            return []
        f = figures[here[0]]
        if DIGIT_RE.search(ft[ilo:f.start]) or DIGIT_RE.search(ft[f.end:ihi]):
            return []  # "(mức độ 3 và 4)": another number in the item, a level's or a code's
        found.append(here[0])
    return found
