"""Text forms for matching and search, none of which changes the stored text or its offsets.

- :func:`fold`: accent-insensitive, case-insensitive form (``Đất đai`` -> ``dat dai``), one
  character for one character, so an offset in the folded text is the same offset in the
  original (NFC) text. Used for search and for lexicon matching.
"""

from __future__ import annotations

import unicodedata


def _fold_char(ch: str) -> str:
    if ch in "đĐ":
        return "d"
    base = unicodedata.normalize("NFD", ch)[0]
    low = base.lower()
    return low if len(low) == 1 else ch


# Built once: a translate table covering Latin, Latin Extended and Vietnamese (U+1EA0-U+1EF9).
_FOLD_TABLE = {cp: _fold_char(chr(cp)) for cp in range(0x41, 0x2000) if _fold_char(chr(cp)) != chr(cp)}


def fold(text: str) -> str:
    """Lowercase, drop diacritics, map đ to d; ``len(fold(t)) == len(t)`` for NFC text."""
    return text.translate(_FOLD_TABLE)
