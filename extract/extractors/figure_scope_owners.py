"""The body a value is told of after ``của``, each of a list: ``Tỷ lệ hồ sơ trễ hạn của Sở Xây dựng là 4,2%, của Sở
Công Thương là 3,1%``, ``số hồ sơ của Phòng Tư pháp là 120, của Phòng Kinh tế là 64``: the body's name as written
(a head word of levels.toml [items] heads first, no people's committee) scopes its value, up to the next clause."""

from __future__ import annotations

from functools import cache

import regex

from extract.extractors.figure_blocks import level_words
from extract.extractors.figure_subject_lists import names_office

CLAUSE_END_RE = regex.compile(r",(?![0-9])|[;()]|[.!?](?=\s)|\n")


@cache
def _owner_value_re() -> regex.Pattern[str]:
    # (not a committee: "… thuộc thẩm quyền giải quyết của UBND xã là 346 thủ tục" is the unit's own)
    heads = "|".join(h for h in level_words("items", "heads").split("|") if not h.startswith(("ubnd", "uy")))
    return regex.compile(rf"(?<!\w)cua[^\S\n]+(?P<head>(?:{heads})(?!\w)[^\n:;.,()\d]{{1,60}}?)[^\S\n]+"
                         r"(?:la|dat)[^\S\n]*:?[^\S\n]*(?=\d)")


def owner_value_scopes(text: str, ft: str, scope_not: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """Each ``của <body> là <value>``: (name start, end of the value's clause, name as written); not the unit's own
    office (``của Bộ phận một cửa là …``)."""
    out = []
    for m in _owner_value_re().finditer(ft):
        s, e = m.span("head")
        if names_office(ft, s, e, scope_not, within=True):
            continue
        end = CLAUSE_END_RE.search(ft, m.end())
        out.append((s, end.start() if end is not None else len(ft), " ".join(text[s:e].split())))
    return out
