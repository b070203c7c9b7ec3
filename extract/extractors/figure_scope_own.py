"""The scope a count's own words name wins over the frame around it (GOLD.md, the team lead's decision of round 16).

A field, a sub-unit, a level or a service level written next to the figure or as its clause's subject (what
:func:`extract.extractors.figure_scope.field_scope` reads: ``trong đó 120 hồ sơ lĩnh vực đất đai``, ``Lĩnh vực có
nhiều hồ sơ nhất là đất đai với 3.206 hồ sơ``) scopes the count even inside a frame: a level's heading or
opening (``1. Cấp huyện``, ``Tại cấp xã: …``), a list item's or a sentence subject's reach. A count with no such
words keeps its frame.

The scopes of a text are found before its figures are read (:func:`extract.extractors.figure_levels.scopes`):
each count inside a frame whose own words name another scope gets a scope of its own over its span, and its frame
opens again right after it (a later figure of the frame still finds the frame among the last scopes before it).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from extract.extractors.figure_cues import FigureData
from extract.extractors.figure_scan import Figure, iter_figures
from extract.extractors.figure_scope import field_scope

Scope = tuple[int, int, str]


@dataclass(frozen=True)
class _Page:
    """What :func:`field_scope` reads of a page, before the page is built."""

    text: str
    ft: str
    data: FigureData
    st: object  # a figure_text.Structure (imported late: figure_text imports the scope finders)


def _frame_at(found: list[Scope], starts: list[int], p: int) -> Scope | None:
    """The innermost scope of ``found`` (sorted) holding ``p``: the last one to start before it that reaches it,
    looked for among the last 8 scopes to start before ``p`` only (an older one reaching ``p`` is not found)."""
    for j in range(bisect.bisect_right(starts, p) - 1, max(-1, bisect.bisect_right(starts, p) - 9), -1):
        if found[j][0] <= p < found[j][1]:
            return found[j]
    return None


def own_word_scopes(text: str, ft: str, data: FigureData, stops: list[int], full_stops: list[int], hard: list[int],
                    found: list[Scope]) -> list[Scope]:
    """For each count inside a scope of ``found`` (sorted) whose own words name another scope: that scope over the
    count's span, and the frame again from the count's end to the frame's."""
    if not found:
        return []
    from extract.extractors.figure_text import CLAUSE_RE, Structure

    starts = [s for s, _, _ in found]
    clauses = sorted({m.end() for m in CLAUSE_RE.finditer(ft)} | set(hard))
    page = _Page(text, ft, data, Structure(text, ft, stops, full_stops, clauses, [], [], []))
    out: list[Scope] = []
    for fig in iter_figures(text, ft, []):
        if fig.kind != "count":
            continue
        frame = _frame_at(found, starts, fig.start)
        if frame is None:
            continue
        own = _own(page, fig)
        if own is None or own == frame[2]:
            continue
        out.append((fig.start, fig.end, own))
        if fig.end < frame[1]:
            out.append((fig.end, frame[1], frame[2]))
    return out


def _own(page: _Page, fig: Figure) -> str | None:
    # (a known field with no head word, "41 hồ sơ chứng thực", leaves a subject's frame as it is: "Xã A còn để 41 hồ
    # sơ chứng thực giải quyết quá hạn" is the commune's)
    return field_scope(page, fig, known=False)  # type: ignore[arg-type]
