"""Compound number words before a counted noun: ``mười hai hồ sơ`` (12), ``hai mươi lăm`` (25), ``ba mươi mốt``
(31), ``năm mươi tư`` (54), ``một trăm`` (100), ``hai trăm linh năm`` (205), up to 999.

Found on the folded text, valued on the accented one (``sau`` is no ``sáu``, ``mươi`` no ``mười`` once folded): a
word that is no number word as written leaves the phrase unread. Single words (``tám hồ sơ``) are figure_scan's;
``năm 2020``, ``một cửa``, ``một số hồ sơ``, ``hai cấp`` are no compound before a counted noun.
"""

from __future__ import annotations

import regex

from extract.extractors.figure_nouns import COUNTED

DIGITS = {"một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5, "sáu": 6, "bảy": 7, "tám": 8,
          "chín": 9}
# the words that may end a tens ("hai mươi mốt", "mười lăm", "năm mươi tư"), and those that may open a number
TAIL_ONLY = frozenset({"mốt", "lăm", "tư"})
_UNIT = r"(?:mot|hai|ba|bon|nam|sau|bay|tam|chin)"
_TAIL = r"(?:mot|hai|ba|bon|tu|nam|lam|sau|bay|tam|chin)"
_TENS = rf"(?:muoi(?:[^\S\n]+{_TAIL})?|{_UNIT}[^\S\n]+muoi(?:[^\S\n]+{_TAIL})?)"
_HUNDREDS = rf"{_UNIT}[^\S\n]+tram(?:[^\S\n]+(?:(?:linh|le)[^\S\n]+{_UNIT}|{_TENS}))?"
# a compound only (two words at least): "mười hai", "hai mươi", "một trăm"
COMPOUND_RE = regex.compile(
    rf"(?<![\w.,/\-–])(?:{_HUNDREDS}|muoi[^\S\n]+{_TAIL}|{_UNIT}[^\S\n]+muoi(?:[^\S\n]+{_TAIL})?)"
    rf"(?=[^\S\n]+(?:{COUNTED})(?!\w))")


def compound_value(words: list[str]) -> int | None:
    """The value of a compound number written in ``words`` (accented, lower case), or None when one is no number word
    in its place (``sau`` for ``sáu``, ``mươi`` opening it, ``lăm`` not after a ten)."""
    total, i, n = 0, 0, len(words)
    if n >= 2 and words[1] == "trăm":
        if words[0] in TAIL_ONLY or words[0] not in DIGITS:
            return None
        total, i = DIGITS[words[0]] * 100, 2
        if i < n and words[i] in ("linh", "lẻ"):
            return total + DIGITS[words[i + 1]] if i + 1 < n and words[i + 1] in DIGITS \
                and words[i + 1] not in TAIL_ONLY else None
    tens = False
    if i < n and words[i] == "mười":
        total, i, tens = total + 10, i + 1, True
    elif i + 1 < n and words[i + 1] == "mươi":
        if words[i] not in DIGITS or words[i] in TAIL_ONLY or words[i] == "một":
            return None
        total, i, tens = total + DIGITS[words[i]] * 10, i + 2, True
    if i < n:
        w = words[i]
        if w not in DIGITS or i != n - 1 or (w in TAIL_ONLY and not tens) or (w == "mốt" and total % 100 == 10):
            return None
        total += DIGITS[w]
    return total


def compounds(text: str, ft: str) -> list[tuple[int, int, int]]:
    """``(start, end, value)`` of every compound number word before a counted noun (module docstring)."""
    out = []
    for m in COMPOUND_RE.finditer(ft):
        v = compound_value(text[m.start():m.end()].lower().split())
        if v is not None:
            out.append((m.start(), m.end(), v))
    return out
