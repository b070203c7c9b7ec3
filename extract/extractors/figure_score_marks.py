"""Marks around a score: a score written without ``điểm`` in a text about the service index, and the agency named
alone in a parenthesis after a score. Split off :mod:`extract.extractors.figure_marks`.

- a score written without ``điểm`` in a text about the index (``Tổng điểm của UBND tỉnh A là 86,97``,
  ``UBND tỉnh C (86,51)`` in a ranking): a figure of its own (:func:`with_bare_scores`);
- the agency named alone in a parenthesis after a score (``98,63 điểm (Sở Công thương)``: :func:`named_unit`).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

import regex

from extract.extractors.figure_cues import load_data, load_raw, mark_words, words
from extract.extractors.figure_scan import Figure, decimal_value

if TYPE_CHECKING:
    from extract.extractors.figure_page import Page


# a score written without "điểm" after the words naming it, in a text about the index: "Tổng điểm của UBND tỉnh A
# là 86,97", "điểm công khai, minh bạch là 15,67" (a decimal: a whole number there may be a rank or a count)
BARE_SCORE_RE = regex.compile(
    r"(?<!\w)diem(?!\w)(?:[^.;:%()\n0-9]{0,80}?[^\S\n](?:la|dat|duoc))?[^\S\n]*+:?[^\S\n]*+"
    r"(?P<n>\d{1,3}[,.]\d{1,2})(?![\w%/]|[.,]\d|[^\S\n]*(?:%|diem(?!\w)|/))"
)
# a ranking list: "… với tổng 86,56 điểm. Tiếp theo là UBND tỉnh C (86,51), UBND tỉnh D (86,13)": a decimal alone in
# the parenthesis after a name, the paragraph speaking of scores or ranks before it
RANKED_SCORE_RE = regex.compile(r"(?<=\p{L}[^\S\n]*)\([^\S\n]*(?P<n>\d{1,3}[,.]\d{1,2})[^\S\n]*\)")
RANKING_WORDS_RE = regex.compile(rf"(?<!\w)(?:{mark_words('ranking_words')})(?!\w)")
RANKING_REACH = 300  # how far before such a parenthesis its paragraph may speak of scores
SCORE_MAX = 100.0


def with_bare_scores(ft: str, figures: list[Figure], skip: list[tuple[int, int]], index_doc: bool) -> list[Figure]:
    """``figures`` with the scores written without their unit (:data:`BARE_SCORE_RE`) of a text about the
    service index (``index_doc``, read once by the page), outside the ``skip`` spans (tables), in order."""
    if not index_doc:
        return figures
    taken = {f.start for f in figures}
    extra = []
    ranked = (m for m in RANKED_SCORE_RE.finditer(ft) if _ranking_before(ft, m.start()))
    for m in (*BARE_SCORE_RE.finditer(ft), *ranked):
        a, b = m.span("n")
        v = decimal_value(m.group("n"))
        if a in taken or v is None or v > SCORE_MAX or any(lo <= a < hi for lo, hi in skip):
            continue
        taken.add(a)
        extra.append(Figure(a, b, b, "score", None, v))
    return sorted([*figures, *extra], key=lambda f: f.start) if extra else figures


def _ranking_before(ft: str, p: int) -> bool:
    """Whether the paragraph before ``p`` speaks of scores or ranks (at most RANKING_REACH back)."""
    lo = max(ft.rfind("\n", 0, p) + 1, p - RANKING_REACH)
    return RANKING_WORDS_RE.search(ft, lo, p) is not None


def named_unit(page: Page, end: int) -> str | None:
    """The agency or sub-unit named alone in the parenthesis right after a score, as written
    (``98,63 điểm (Sở Công thương)``; ``Sở`` written with its accent, never ``số``)."""
    m = _unit_paren_re().match(page.ft, end)
    if m is None:
        return None
    name = " ".join(page.text[m.start("u"):m.end("u")].split())
    if page.ft.startswith("so ", m.start("u")) and name[:2].lower() != "sở":
        return None
    return name


@cache
def _unit_paren_re() -> regex.Pattern[str]:
    """A parenthesis naming an agency alone: a sub-unit head of ``[structure]`` (no field) or a head of the agencies a
    score may be given for (``[rate_marks] score_unit_heads``) of figures.toml, and its name."""
    units = load_raw().get("rate_marks", {}).get("score_unit_heads", ())
    heads = (*(h for h in load_data().scope_heads if not h.startswith("linh")), *units)
    alt = "|".join(words(h) for h in heads)
    return regex.compile(rf"[^\S\n]*\([^\S\n]*(?P<u>(?:{alt})(?!\w)[^()\n;:%]{{1,80}}?)[^\S\n]*\)")
