"""Thousands grouped by spaces, as a text's style: whether a text writes them so, and whether a grouped figure with
no noun after it (normalize.numbers.spaced_thousands_bare_pattern, matched by figure_scan as group ``sb``) is one
figure or two columns side by side."""

from __future__ import annotations

import functools

import regex

SPACED_CANDIDATE_RE = regex.compile(r"[1-9][0-9]{0,2}[ \u00a0\u202f][0-9]{3}")
# a grouped figure ending its line is one when its label's colon is right before it ("- Hộ tịch: 2 114") or its line
# writes another grouped figure before it ("tiếp nhận 2 114, GQ 2 101"); else two columns ("Hộ tịch 120 118")
COLON_BEFORE_RE = regex.compile(r":[^\S\n]*+$")
GROUPED_RE = regex.compile(r"(?<![0-9])[1-9][0-9]{0,2}[ \u00a0\u202f][0-9]{3}(?![0-9])")
LINE_END_RE = regex.compile(r"[^\S\n]*+(?:\n|$)")


@functools.cache
def _style_re(pattern: str) -> regex.Pattern[str]:
    return regex.compile(pattern)


def spaced_style(ft: str, pattern: str) -> bool:
    """Whether the text writes a thousand with a space before a counted noun (``6 482 hồ sơ``, ``1 250 HS``):
    ``pattern``, the scanner's guarded pattern of such a figure, matches at a grouped figure of the text."""
    return any(_style_re(pattern).match(ft, c.start()) for c in SPACED_CANDIDATE_RE.finditer(ft, overlapped=True))


def bare_spaced_ok(ft: str, m: regex.Match[str]) -> bool:
    """Whether a grouped figure with no noun (``sb``) is one figure: a separator after it, or its label's colon or
    another grouped figure of its line before it when it ends its line."""
    if LINE_END_RE.match(ft, m.end("sb")) is None:
        return True
    ls = ft.rfind("\n", 0, m.start()) + 1
    return COLON_BEFORE_RE.search(ft, ls, m.start()) is not None or GROUPED_RE.search(ft, ls, m.start()) is not None
