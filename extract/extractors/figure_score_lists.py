"""Index scores written without ``điểm`` in a list of scores.

A list of the components of an index (``Điểm thành phần:`` over ``a) Công khai, minh bạch: 17,6/18 điểm;``, then
``b) Tiến độ giải quyết: 19,45/20;``, ``c) Dịch vụ công trực tuyến: 8,92/10;``) leaves the unit word after its
first item: a fraction with no unit word on a list line, or after a sentence's introduction of its scores on one line
(``các chỉ số thành phần: công khai, minh bạch 17,5/18; tiến độ 20/20; …``), is a score when it reads as one (a decimal before the slash,
or a maximum a score has: 10, 12, 18, 20, 22, 100; never more than its maximum) and the list speaks of scores (an item
of it, its introduction or the heading above it says ``điểm``, ``chỉ số`` or ``766``). A fraction of dossiers
(``991/995 hồ sơ``), a bare ratio (``05/05``), a date (``tháng 3/2026``) or a numbered paper (``số 12/2025``) is
none.
"""

from __future__ import annotations

import dataclasses

import regex

from extract.extractors.figure_blocks import LINE_MARK_RE, mark_rank
from extract.extractors.figure_scan import Figure
from extract.extractors.figure_text import Structure

SCORE_MAXIMA = frozenset({10.0, 12.0, 18.0, 20.0, 22.0, 100.0})  # the 766 components' maxima, and the total's
# what says a list is one of scores: "điểm" (never "điểm cầu", a site), "chỉ số", the index's decision number
SCORE_WORDS_RE = regex.compile(r"(?<!\w)(?:diem(?![^\S\n]+(?:cau|giao\s+dich|tiep\s+nhan)(?!\w))|chi\s+so|766)(?!\w)")
MAX_LINES = 12  # list lines walked each way from the fraction's line
# a sentence's introduction of its scores, "…: " ("các chỉ số thành phần: công khai, minh bạch 17,5/18; tiến độ 20/20;
# …"), the clause before the colon speaking of scores; the items after it ";" or "," apart, no sentence ending between
INTRO_RE = regex.compile(r"(?:(?<![^\n])|(?<=[.;:!?(]))(?P<clause>[^.;:!?(\n]{1,120}):[^\S\n]*+(?P<items>[^.:\n]|[.,]\d){1,400}+$")
INTRO_REACH = 520  # characters looked back for the introduction


def listed_scores(ft: str, st: Structure, figures: list[Figure]) -> list[Figure]:
    """``figures`` with the unitless fractions of a list of scores (module docstring) read as scores."""
    out = list(figures)
    for n, fig in enumerate(figures):
        if fig.kind == "fraction" and fig.family is None and _score_like(ft, fig) and _score_list(ft, st, fig.start):
            out[n] = dataclasses.replace(fig, kind="score")
    return out


def _score_intro(ft: str, ls: int, pos: int) -> bool:
    """Whether the fraction at ``pos``, on a line with no list mark (from ``ls``), stands among the items of a
    sentence's introduction of its scores (``INTRO_RE``)."""
    m = INTRO_RE.search(ft, max(ls, pos - INTRO_REACH), pos)
    return m is not None and SCORE_WORDS_RE.search(m.group("clause")) is not None


def _score_like(ft: str, fig: Figure) -> bool:
    b = fig.value_b
    if b is None or b <= 0 or fig.value > b:
        return False
    a_text = ft[fig.start:fig.num_end].split("/")[0]
    return b in SCORE_MAXIMA or ("," in a_text or "." in a_text) and b <= 100


def _score_list(ft: str, st: Structure, pos: int) -> bool:
    """Whether ``pos`` stands on a list line of a list that speaks of scores: one of its items (lines of the same
    rank, a blank line ending the list), the line introducing it, or the heading above it."""
    ls = ft.rfind("\n", 0, pos) + 1
    own = LINE_MARK_RE.match(ft, ls)
    if own.lastgroup == "ind":
        return _score_intro(ft, ls, pos)
    rank = mark_rank(own)
    le = ft.find("\n", pos)
    le = len(ft) if le < 0 else le
    if SCORE_WORDS_RE.search(ft, ls, le):
        return True
    p = ls  # upwards: the siblings, then the line introducing them
    for _ in range(MAX_LINES):
        if p == 0:
            break
        start = ft.rfind("\n", 0, p - 1) + 1
        if not ft[start:p - 1].strip():
            break
        if SCORE_WORDS_RE.search(ft, start, p - 1):
            return True
        m = LINE_MARK_RE.match(ft, start)
        if m.lastgroup == "ind" or mark_rank(m) != rank:
            break  # the introduction, read above
        p = start
    p = le  # downwards: the siblings after it
    for _ in range(MAX_LINES):
        if p >= len(ft):
            break
        start, end = p + 1, ft.find("\n", p + 1)
        end = len(ft) if end < 0 else end
        m = LINE_MARK_RE.match(ft, start)
        if not ft[start:end].strip() or m.lastgroup == "ind" or mark_rank(m) != rank:
            break
        if SCORE_WORDS_RE.search(ft, start, end):
            return True
        p = end
    h = st.heading_before(pos)
    return h is not None and SCORE_WORDS_RE.search(ft, h[1], h[2]) is not None
