"""The words of a table's column header as its cues read them: folded, abbreviations written out (figures.toml
``[column_abbreviations]``: ``Đã GQ``, ``Đang GQ | Quá hạn``, ``GQ đúng hạn`` -> ``giải quyết``)."""

from __future__ import annotations

from functools import cache

import regex

from extract.extractors.figure_cues import load_raw
from normalize.text import fold


@cache
def _abbreviations() -> tuple[regex.Pattern[str], dict[str, str]]:
    """figures.toml ``[column_abbreviations]``: a header's short words and the words they stand for."""
    table = {k: str(v) for k, v in load_raw().get("column_abbreviations", {}).items()}
    alt = "|".join(regex.escape(k) for k in sorted(table, key=len, reverse=True)) or "(?!x)x"
    return regex.compile(rf"(?<!\w)(?:{alt})(?!\w)"), table


def header_words(caption: str) -> str:
    """A header caption folded, its abbreviations written out ("Đang GQ" -> "dang giai quyet")."""
    rx, table = _abbreviations()
    return rx.sub(lambda m: table[m.group()], fold(caption))
