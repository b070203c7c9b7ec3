"""The owner named after a figure that is a part of the whole just told (read by
:func:`extract.extractors.figure_scope.field_scope`).

``Toàn tỉnh giải quyết 48.000 hồ sơ, trong đó 12.000 hồ sơ của Trung tâm Phục vụ hành chính công tỉnh``,
``Tiếp nhận 5.000 hồ sơ, trong đó 3.000 hồ sơ của UBND xã A và 2.000 hồ sơ của UBND phường B``: after ``trong đó``
a figure is a share of the whole, so its owner is a part of the unit, even the unit's own kind of office (as
``Trong đó, tại Bộ phận Một cửa UBND thành phố, …``, figure_levels) or a place below it: the office or the place
named with its own name (capitalised) after ``của`` / ``thuộc`` / ``do`` (then a handling verb). The reporting unit
itself (its issuer's place) and a committee or office with no name of its own (``của UBND xã``) stay null.
"""

from __future__ import annotations

from functools import cache

import regex

from extract.extractors.figure_blocks import issuer_name
from extract.extractors.figure_cues import load_data, words
from extract.extractors.figure_subunits import PLACE_RE

_S = r"[^\S\n]+"
HANDLE = r"(?:thu\s+ly|giai\s+quyet|tiep\s+nhan|xu\s+ly|thuc\s+hien|quan\s+ly)(?!\w)"


@cache
def _part_owner_re() -> regex.Pattern[str]:
    offices = "|".join(words(w) for w in load_data().scope_not if not w.startswith("toan")) or "(?!x)x"
    name = rf"(?:{_S}(?!(?:va|hoac|voi)(?!\w)|{HANDLE})\w+){{1,8}}?"
    end = rf"(?=[^\S\n]*(?:[;,.)]|\n|$|(?:va|hoac)(?!\w)|{HANDLE}))"
    place_words = rf"(?!(?:va|hoac|voi)(?!\w)|{HANDLE})\w+(?:{_S}(?!(?:va|hoac|voi)(?!\w)|{HANDLE})\w+){{0,4}}?"
    return regex.compile(
        rf"{_S}(?:cua|thuoc|do){_S}(?P<field>(?P<office>{offices})(?!\w){name}|(?P<place>{PLACE_RE.pattern})"
        rf"{place_words}){end}")


def part_owner(text: str, ft: str, fig_end: int, clause_end: int) -> str | None:
    """The office or place a part's dossiers belong to, written right after the figure ``…[fig_end`` in its clause,
    as written; None when it is none or the reporting unit itself."""
    m = _part_owner_re().match(ft, fig_end, clause_end)
    if m is None:
        return None
    s, e = m.span("field")
    name = " ".join(text[s:e].split())
    if m.group("place") is not None:
        p = PLACE_RE.match(ft, m.start("place"))
        own = text[p.end():e].strip()
        if not own[:1].isupper():
            return None  # "của UBND xã giải quyết": the unit's committee, no place of its own
        issuer = issuer_name(text, ft)
        if issuer is not None and " ".join(ft[p.end():e].split()) == issuer[1]:
            return None
    elif not text[m.end("office"):e].strip():
        return None
    return name
