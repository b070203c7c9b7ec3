"""A field's name read next to a figure (``ở lĩnh vực đất đai (42 hồ sơ)``), and the fields named right before a
bracket that holds their figure as scopes of their own.

:mod:`extract.extractors.figure_scope` reads a count's own words with these patterns; :func:`bracket_field_scopes`
gives :mod:`extract.extractors.figure_levels` the fields of a list told in brackets (``thuộc lĩnh vực đất đai (42 hồ
sơ), xây dựng (17 hồ sơ) và hộ tịch (hai hồ sơ)``), which are more specific than a frame or a level told around
them (``Hồ sơ quá hạn ở cấp huyện thuộc lĩnh vực đất đai (…) và lĩnh vực xây dựng (03 hồ sơ)`` → ``xây dựng``).
"""

from __future__ import annotations

from functools import cache

import regex

from extract.extractors.figure_blocks import field_name, level_words
from extract.extractors.figure_cues import load_data, load_raw, words
from extract.extractors.figure_scope_feedback import feedback_part_scopes, interlinked_part_scopes
from extract.extractors.figure_scope_known import known_part_scopes
from normalize.text import fold

# "ở lĩnh vực đất đai (42 hồ sơ)", "03 hồ sơ quá hạn thuộc lĩnh vực đất đai"
# a word may be hyphenated ("lao động-thương binh"); "và" joins two words of one name ("lao động-thương binh và
# xã hội"), never a stop word or a number after it
FIELD_NAME = (r"(?P<field>(?<!\w)linh\s+vuc(?:\s+(?:va\s+)?(?!(?:{stop})(?!\w))(?!\d)\w+(?:-\w+)*)"
              r"(?:[^\S\n]+(?:va[^\S\n]+)?(?!(?:{stop})(?!\w))(?!\d)\w+(?:-\w+)*){{0,5}})")

# "tài nguyên" folds to the "tai" of "tại": the words of field names a stop word opens (levels.toml [field_words])
FIELD_WORDS = level_words("field_words", "keep")


def field_stop(leave: tuple[str, ...] = ()) -> str:
    """The words that end a field's name (figures.toml scope_name_stop but ``leave``), never one opening a phrase of
    FIELD_WORDS."""
    stop = "|".join(words(w) for w in load_data().scope_name_stop if w not in leave) or "(?!x)x"
    return rf"(?!(?:{FIELD_WORDS})(?!\w))(?:{stop})"


# what a bracket after a field holds when it is the field's figure: a number first ("(42 hồ sơ)", "(chiếm 86%)" is
# the field's share too), or a number in words ("(hai hồ sơ)")
BRACKET_BODY = r"[^()\n]{1,40}"
MAX_ITEMS = 8
# "các lĩnh vực khác", "những lĩnh vực còn lại": the fields not named (their plural stays with them, as written)
OTHER_FIELDS_RE = regex.compile(r"(?<!\w)(?:khac|con\s+lai)(?!\w)")


@cache
def _bracket_res() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    stop = field_stop()
    word = rf"(?!(?:{stop})(?!\w))\w+"
    # ("các lĩnh vực khác (290 hồ sơ)": names no field and stays as written, its plural with it)
    first = regex.compile(rf"(?<!\w)(?P<plural>(?:cac|nhung)\s+)?{FIELD_NAME.format(stop=stop)}[^\S\n]*"
                          rf"\((?={BRACKET_BODY}\))")
    # "…(42 hồ sơ), xây dựng (17 hồ sơ) và hộ tịch (hai hồ sơ)": the next field of the list, as written
    nxt = regex.compile(rf"\s*+(?:,|;|va)\s*+(?P<field>{word}(?:[^\S\n]+{word}){{0,3}})[^\S\n]*\((?={BRACKET_BODY}\))")
    return first, nxt


def bracket_field_scopes(text: str, ft: str) -> list[tuple[int, int, str]]:
    """Each field named right before a bracket (``lĩnh vực đất đai (02 hồ sơ)``) and each next field of its list
    (``và xây dựng (01 hồ sơ)``) scopes what its bracket holds: (start, end, name as written)."""
    first, nxt = _bracket_res()
    out: list[tuple[int, int, str]] = []
    for m in first.finditer(ft):
        s, e, pos = m.start(), m.end("field"), m.end()
        if m.group("plural") is not None and OTHER_FIELDS_RE.search(ft, m.start("field"), e) is None:
            s = m.start("field")  # "ở các lĩnh vực đất đai (120 hồ sơ), xây dựng (…)": a list of named fields
        for _ in range(MAX_ITEMS):
            close = ft.find(")", pos)
            out.append((s, close, field_name(" ".join(text[s:e].split()))))
            n = nxt.match(ft, close + 1)
            if n is None:
                break
            s, e, pos = n.start("field"), n.end("field"), n.end()
    # "(bảo trợ xã hội 215, người có công 84)", "tiếp đến là chứng thực (287 hồ sơ)": known fields with no head word
    out.extend(known_part_scopes(text, ft))
    # "(04 về lĩnh vực đất đai, 01 về hộ tịch)", feedback's "(Cổng DVC quốc gia 04, đường dây nóng 02)"
    out.extend(feedback_part_scopes(text, ft))
    # "(khai sinh - thường trú 121 hồ sơ; khai tử - … 25 hồ sơ)"; never a channel's or a status's parts, metrics
    out.extend(p for p in interlinked_part_scopes(text, ft) if not cue_label(fold(p[2])))
    return out


# the counted thing before a kind's words: "DVCTT toàn trình", "hồ sơ trực tuyến", "thủ tục mức độ 4"
_COUNTED = r"(?:(?:so\s+)?(?:ho\s+so|hs|thu\s+tuc(?:\s+hanh\s+chinh)?|tthc|dvctt|dich\s+vu\s+cong(?:\s+truc\s+tuyen)?)\s+)?"


@cache
def _cue_label_re() -> regex.Pattern[str]:
    """Every count cue of figures.toml ([[count]] and [[count_keyword]]), as one pattern a whole name must match."""
    raw = load_raw()
    pats = [p for key in ("count", "count_keyword") for e in raw.get(key, []) for p in e.get("patterns", [])]
    return regex.compile(rf"{_COUNTED}(?:{'|'.join(f'(?:{words(p)})' for p in pats) or '(?!x)x'})")


def cue_label(folded: str) -> bool:
    """Whether a part's name (folded) is a count's own cue, the kind of the thing counted (``DVCTT toàn trình``,
    ``DVCTT một phần``, ``Trực tuyến``, ``Đúng hạn``), not a sub-unit, field, place or level: the metric tells it,
    and it scopes nothing (``312 thủ tục (DVCTT toàn trình: 148; DVCTT một phần: 139)``)."""
    return _cue_label_re().fullmatch(" ".join(folded.split())) is not None
