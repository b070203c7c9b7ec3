"""Fractions that are dates or periods, never figures (``tháng 3/2024``, ``ngày 30/6``, ``2023/2024``): split off
figure_scan."""

from __future__ import annotations

import regex

# a fraction that is a date or a period: "tháng 3/2024", "quý 1/2024", "ngày 30/6", "thứ Hai (12/5)", "đợt 2/2025":
# the date word right before it (a weekday, and brackets or a comma, may stand between), its parts in a date's range
DATE_BEFORE_RE = regex.compile(
    r"(?<!\w)(?:(?P<day>ngay|thu[^\S\n]+(?:hai|ba|tu|nam|sau|bay|[2-7])|chu[^\S\n]+nhat)|(?P<month>thang)"
    r"|(?P<quarter>quy)|(?P<term>ky|dot))(?:[^\S\n]*[,(][^\S\n]*|[^\S\n]+)(?:ngay[^\S\n]+)?$")
DATE_LOOKBACK = 24


def _year(v: int) -> bool:
    return 1900 <= v <= 2100


def date_fraction(ft: str, start: int, a: str, b: str) -> bool:
    """Whether the fraction ``a/b`` at ``start`` is a date or a period, never a figure: ``tháng 3/2024``, ``quý
    1/2024``, ``ngày 30/6``, ``thứ Hai 12/5``, ``đợt 2/2025`` (its date word before it, its parts in a date's
    range), or a span of two years (``2023/2024``)."""
    if not (a.isdigit() and b.isdigit()):
        return False
    va, vb = int(a), int(b)
    if len(a) == 4 and _year(va) and vb == va + 1:
        return True
    w = DATE_BEFORE_RE.search(ft, max(0, start - DATE_LOOKBACK), start)
    if w is None:
        return False
    if w.group("day") is not None:
        return 1 <= va <= 31 and 1 <= vb <= 12
    top = {"month": 12, "quarter": 4, "term": 12}[w.lastgroup]
    return 1 <= va <= top and _year(vb)
