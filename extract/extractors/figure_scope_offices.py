"""A one-stop office named by its owner, as a sentence's subject: the owner is the scope.

``Bộ phận tiếp nhận và trả kết quả của Sở X hiện tiếp nhận bình quân 85 hồ sơ/ngày`` → ``Sở X`` (the office of a
body is the body: a head word of a sub-unit opens the owner, figures.toml scope_heads); ``Bình quân mỗi ngày làm
việc, Bộ phận một cửa của 9 huyện, thị xã, thành phố tiếp nhận khoảng 390 hồ sơ`` → as written (the offices of a set
of places, counted or not, keep their head word, as an office of a level does: GOLD.md). Either scopes the rest of
its sentence. The words are levels.toml [names] office_heads, office_set_types, office_adverbs, office_verbs.
"""

from __future__ import annotations

import bisect
from functools import cache

import regex

from extract.extractors.figure_blocks import level_words
from extract.extractors.figure_scope_names import misread_so, unit_heads

_S = r"[^\S\n]+"


@cache
def _office_re() -> regex.Pattern[str]:
    heads = unit_heads()
    types = level_words("names", "office_set_types", _S)
    verb = (rf"(?:{_S}(?:{level_words('names', 'office_adverbs', _S)})(?!\w)){{0,3}}{_S}"
            rf"(?:{level_words('names', 'office_verbs', _S)})(?!\w)")
    return regex.compile(
        rf"(?:^|(?<=[\n.;:,]))[^\S\n]*+(?P<office>(?:{level_words('names', 'office_heads', _S)})(?!\w)"
        rf"(?:{_S}(?:mot{_S}cua(?!\w)|(?!cua(?!\w))[\w&]+)){{0,6}}?{_S}cua{_S}"  # ("một cửa" folds to "cua")
        rf"(?:(?P<body>(?:{heads})(?!\w)(?:{_S}(?!cua(?!\w))[^\W\d][\w-]*){{1,8}}?)"
        rf"|(?:\d{{1,3}}{_S})?(?:cac{_S})?(?:{types})(?:[^\S\n]*+,?[^\S\n]*+(?:va{_S})?(?:{types}))+))(?={verb})")


def office_owner_scopes(text: str, ft: str, full_stops: list[int]) -> list[tuple[int, int, str]]:
    """(start, end, name as written): each such office's owner, over the rest of its sentence."""
    out: list[tuple[int, int, str]] = []
    for m in _office_re().finditer(ft):
        s, e = m.span("body") if m.group("body") is not None else m.span("office")
        if m.group("body") is not None and misread_so(ft[s:e], text[s:e]):
            continue  # "số" is no "Sở"
        k = bisect.bisect_right(full_stops, m.end())
        end = full_stops[k] if k < len(full_stops) else len(ft)
        out.append((m.start("office"), end, " ".join(text[s:e].split())))
    return out
