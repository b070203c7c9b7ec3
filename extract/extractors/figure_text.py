"""The structure of a report's text that figures are read against, found once per text.

- sentence stops (``.``, ``;``, a new list item) bound every look-back;
- clause boundaries (``,`` ``;`` ``(`` ``)`` ``trong đó``) bound the look-back for a figure's own
  cue: in ``kỳ trước chuyển qua 233 hồ sơ; tiếp nhận mới 3.957 hồ sơ`` the second figure's cue is
  ``tiếp nhận mới``, never the first clause's ``kỳ trước``;
- parentheses (a cue inside a closed one does not govern a figure after it);
- numbered headings (a percentage with no cue of its own takes its heading's);
- scopes: list items, sentence subjects, administrative levels, groups (:mod:`extract.extractors.figure_levels`),
  places told with their figures in order (:mod:`extract.extractors.figure_place_lists`);
- blocks: list headings that scope the lines below them (:mod:`extract.extractors.figure_blocks`).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import regex

from extract.extractors.figure_blocks import (
    LINE_MARK_RE,
    blocks,
    field_name,
    mark_rank,
    next_point,
    unit_level,
)
from extract.extractors.figure_cues import FigureData
from extract.extractors.figure_levels import scopes as find_scopes
from extract.extractors.figure_place_lists import place_list_scopes

__all__ = ["LINE_MARK_RE", "Structure", "field_name", "mark_rank", "structure", "unit_level"]

HEADING_RE = regex.compile(r"(?m)^[^\S\n]*(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[ivx]{1,4}\.)[^\S\n]+(?P<title>\p{L}[^\n]{2,220})$")
# (possessive runs of spaces after a newline: every lookahead below starts with no space; a plain run was
# quadratic in its length)
# the unit words of a count (folded) that never open a numbered paragraph
WRAPPED_UNITS = r"ho\s+so|hs|thu\s+tuc|tthc|dvctt|dich\s+vu\s+cong|phan\s+anh|kien\s+nghi|pakn|truong\s+hop|luot"
# a new list item or numbered paragraph: "\n- ", "\n\n+ ", "\n2. Phòng", "\nII. "
# "\nb) Cấp xã": a lettered item is a new item too
# (not a figure and its unit word carried over from a hard-wrapped line: "trễ hạn\n21 hồ sơ do …")
HARD_START_RE = regex.compile(
    r"\n[^\S\n]*+(?:\n[^\S\n]*+)?(?=[-+*•–]|\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+"
    rf"(?!(?:{WRAPPED_UNITS})(?!\w))\p{{L}}|[ivx]{{1,4}}\.\s|[a-z]\)[^\S\n]+\p{{L}})")
# "- Các lĩnh vực khác: 167 hồ sơ.\nKết quả: đã giải quyết …": a line that ends a sentence ends a list item's reach
STOP_RE = regex.compile(r"[.;!?](?=\s)|\n[^\S\n]*+(?:\n[^\S\n]*+)?(?=[-+*•–])")
# a sentence end, not ";": the reach of "Đang giải quyết 139 hồ sơ, trong đó: …; đã quá hạn 03 hồ sơ."
FULL_STOP_RE = regex.compile(r"[.!?](?=\s)|\n[^\S\n]*\n")
# the headline of a news item: its first line, at most this long, with no sentence stop (read by the headline
# settlements of counts and rates)
HEADLINE_MAX = 200
HEADLINE_STOP_RE = regex.compile(r"[.!?](?:\s|$)")
# "4,5" and "1.250" are numbers, not boundaries
CLAUSE_RE = regex.compile(r",(?![0-9])|[;()]|[.!?](?=\s)|(?<!\w)trong\s+do(?!\w)|\n[^\S\n]*+(?:\n[^\S\n]*+)?(?=[-+*•–])")


@dataclass
class Structure:
    """Sentence stops, clause boundaries, parentheses, headings and scopes of one text."""

    text: str
    ft: str
    stops: list[int]
    full_stops: list[int]
    clauses: list[int]  # positions right after a clause boundary
    parens: list[tuple[int, int]]
    headings: list[tuple[int, int, int]]  # (line start, title start, title end)
    scopes: list[tuple[int, int, str]]  # (start, end, scope text)
    blocks: list[tuple[int, int, str]] = field(default_factory=list)  # list headings' reach: (start, end, name)

    @staticmethod
    def _before(points: list[int], p: int) -> int:
        i = bisect.bisect_right(points, p) - 1
        return points[i] if i >= 0 else 0

    def last_stop(self, p: int) -> int:
        return self._before(self.stops, p)

    def next_stop(self, p: int) -> int:
        return next_point(self.stops, p, len(self.text))

    def last_full_stop(self, p: int) -> int:
        return self._before(self.full_stops, p)

    def next_full_stop(self, p: int) -> int:
        return next_point(self.full_stops, p, len(self.text))

    def clause_start(self, p: int) -> int:
        return self._before(self.clauses, p)

    def next_clause(self, p: int) -> int:
        return next_point(self.clauses, p, len(self.text))

    def enclosing_close(self, s: int, e: int) -> int | None:
        """The close of the innermost parenthesis pair around [s, e), if any (bounded search)."""
        i = bisect.bisect_left(self.parens, (s, -1)) - 1
        for j in range(i, max(i - 8, -1), -1):
            o, c = self.parens[j]
            if o < s and c >= e:
                return c
        return None

    def in_closed_paren(self, s: int, e: int, hi: int) -> bool:
        close = self.enclosing_close(s, e)
        return close is not None and close < hi

    def scope_at(self, p: int) -> str | None:
        i = bisect.bisect_right(self.scopes, (p, 1 << 62, "")) - 1
        for j in range(i, max(i - 4, -1), -1):
            s, e, name = self.scopes[j]
            if s <= p < e:
                return name
        return None

    def block_at(self, p: int) -> str | None:
        """The name of the innermost list heading (``a) Lĩnh vực Đất đai:``) whose block holds ``p``."""
        i = bisect.bisect_right(self.blocks, (p, 1 << 62, "")) - 1
        for j in range(i, max(i - 16, -1), -1):
            s, e, name = self.blocks[j]
            if s <= p < e:
                return name
        return None

    def heading_before(self, p: int) -> tuple[int, int, int] | None:
        i = bisect.bisect_right(self.headings, (p, 1 << 62, 0)) - 1
        return self.headings[i] if i >= 0 else None


def _parens(text: str) -> list[tuple[int, int]]:
    out, stack = [], []
    for m in regex.finditer(r"[()]", text):
        if m.group() == "(":
            stack.append(m.start())
            if len(stack) > 16:
                stack.pop(0)
        elif stack:
            o = stack.pop()
            if m.start() - o < 600:
                out.append((o, m.start()))
    out.sort()
    return out


def structure(text: str, ft: str, data: FigureData) -> Structure:
    hard = [m.start() for m in HARD_START_RE.finditer(ft)]
    stops = sorted({m.end() for m in STOP_RE.finditer(ft)} | set(hard))
    full_stops = sorted({m.end() for m in FULL_STOP_RE.finditer(ft)} | set(hard))
    clauses = sorted({m.end() for m in CLAUSE_RE.finditer(ft)} | set(hard))
    headings = [(m.start(), m.start("title"), m.end("title")) for m in HEADING_RE.finditer(ft)]
    parens = _parens(text)
    blks = blocks(text, ft, data)
    scopes = find_scopes(text, ft, data, stops, hard, parens, full_stops)
    # "phường A và phường B … với 3.480 và 2.975 hồ sơ": each place over the figure in its position (a scope that
    # starts at its figure, innermost of any around it)
    scopes = sorted([*scopes, *place_list_scopes(text, ft)])
    if blks:  # a heading line's own scope ("2. Cấp xã, phường" read as a level) gives way to its block's reach
        heads = {b[0] for b in blks}
        scopes = [sc for sc in scopes if sc[0] not in heads]
    return Structure(text, ft, stops, full_stops, clauses, parens, headings, scopes, blks)


def headline_end(text: str) -> int | None:
    """The end of the text's headline (its first line, short, with no sentence stop), or None when the first
    line is no headline. ``text`` may be the original or its folded copy (same length, same stops)."""
    first = text.find("\n")
    if first < 0 or first > HEADLINE_MAX or HEADLINE_STOP_RE.search(text, 0, first):
        return None
    return first
