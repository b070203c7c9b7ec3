"""A run of fields told with their figures after a field's head word: each field scopes its own figure.

``Theo lĩnh vực, nhiều nhất thuộc lĩnh vực hộ tịch với 2.410 hồ sơ; tiếp theo là lĩnh vực chứng thực 1.230 hồ sơ,
xây dựng 415 hồ sơ, lao động và việc làm 96 hồ sơ.`` → ``hộ tịch``, ``chứng thực``, ``xây dựng``, ``lao động và
việc làm``: the first field named with ``lĩnh vực`` (its figure right after it,
or after ``với``/``có``/``:``), the next ones after a separator and perhaps a link (``kế đến là``, ``tiếp theo
là``), with or without the head word, a name with ``và`` inside it kept whole. A name that is a level, a place, a
period, a total, or a count's own cue (``trực tuyến 120 hồ sơ``, ``quá hạn 3 hồ sơ``) ends the run.

``Toàn tỉnh tiếp nhận 58.000 hồ sơ thuộc lĩnh vực đất đai, đã giải quyết 52.000 hồ sơ; trễ hạn 3.000 hồ sơ.``: the
field the first count of a sentence is told of goes on over the sentence's later clauses (:func:`carried_field_scopes`).

The word lists are the [field_runs] section of data/levels.toml.
"""

from __future__ import annotations

import bisect
from functools import cache

import regex

from extract.extractors.figure_blocks import field_name, level_words
from extract.extractors.figure_field_names import FIELD_NAME, cue_label, field_stop
from extract.extractors.figure_nouns import DOSSIER, DOSSIER_ABBR, PROCEDURE

MAX_ITEMS = 12
# a count of dossiers or procedures in digits ("5.102 hồ sơ", "12 TTHC")
_COUNT = (r"(?<![\d.,])(?:\d{1,3}(?:\.\d{3})+|\d+)(?![\d,.]\d)[^\S\n]+"
          rf"(?:{DOSSIER}|{DOSSIER_ABBR}|{PROCEDURE})(?!\w)")
TAI_RE = regex.compile(r"(?<!\w)tai\s+")


@cache
def _run_res() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    # ("tải" folds to the "tại" that ends a name elsewhere: "giao thông vận tải 5.102 hồ sơ"; a run's name ends at its
    # figure, and "tại" before a place is refused by _name_ok)
    stop = field_stop(("tai",))
    word = rf"(?!(?:{stop})(?!\w))(?!\d)\w+(?:-\w+)*"
    name = rf"(?P<name>{word}(?:[^\S\n]+(?:va[^\S\n]+)?{word}){{0,5}})"
    join = rf"[^\S\n]*:?[^\S\n]*(?:(?:{level_words('field_runs', 'joins')})[^\S\n]+)?"
    figure = rf"(?:(?:hon|gan|khoang|tren)[^\S\n]+)?{_COUNT}(?:[^\S\n]*\([^()\n]{{0,60}}\))?"
    # ("các lĩnh vực khác 167 hồ sơ" names no field: it opens no run, and stays as written in one)
    first = regex.compile(rf"(?<!\w)(?<!(?:cac|nhung)\s+)linh\s+vuc[^\S\n]+{name}{join}{figure}")
    nxt = regex.compile(
        rf"[^\S\n]*(?:,|;|va(?!\w))[^\S\n]*(?:(?:{level_words('field_runs', 'links')})[^\S\n]+(?:la[^\S\n]+)?)?"
        rf"(?:linh\s+vuc[^\S\n]+)?{name}{join}{figure}")
    not_first = regex.compile(rf"(?:{level_words('field_runs', 'not_first')})(?!\w)")
    return first, nxt, not_first


def _name_ok(ft: str, s: int, e: int) -> bool:
    _, _, not_first = _run_res()
    name = ft[s:e]
    if any(not_first.match(name, t.end()) for t in TAI_RE.finditer(name)):
        return False  # "đất đai tại xã A 30 hồ sơ": a place, not a field's word
    return not_first.match(name) is None and not cue_label(name)


def field_run_scopes(text: str, ft: str) -> list[tuple[int, int, str]]:
    """(start, end, field name as written) for each field of a run, over its name and its figure."""
    first, nxt, _ = _run_res()
    out: list[tuple[int, int, str]] = []
    pos = 0
    while (m := first.search(ft, pos)) is not None:
        pos = m.end()
        s, e = m.span("name")
        if not _name_ok(ft, s, e):
            continue
        out.append((m.start(), m.end(), field_name(" ".join(text[s:e].split()))))
        for _ in range(MAX_ITEMS):
            n = nxt.match(ft, pos)
            if n is None or not _name_ok(ft, *n.span("name")):
                break
            s, e = n.span("name")
            out.append((s, n.end(), field_name(" ".join(text[s:e].split()))))
            pos = n.end()
    return out


COUNT_RE = regex.compile(_COUNT)
# "trong đó", "trong số này": a part of a whole told before
PART_RE = regex.compile(r"(?<!\w)trong\s+(?:do|so)(?!\w)")
FIELD_HEAD_RE = regex.compile(r"(?<!\w)linh\s+vuc(?!\w)")


@cache
def _carried_re() -> regex.Pattern[str]:
    return regex.compile(rf"{_COUNT}(?:[^\S\n]+(?:tthc|thu\s+tuc\s+hanh\s+chinh))?[^\S\n]+"
                         rf"(?:thuoc|lien\s+quan\s+(?:den|toi))[^\S\n]+{FIELD_NAME.format(stop=field_stop())}"
                         r"[^\S\n]*(?=[,;])")


def carried_field_scopes(text: str, ft: str, full_stops: list[int]) -> list[tuple[int, int, str]]:
    """(start, end, field name as written) over the clauses after a sentence's first count when that count is told
    of a field (``tiếp nhận 58.000 hồ sơ thuộc lĩnh vực đất đai, đã giải quyết …``): up to the sentence's end or
    the next field named or a breakdown (``trong đó``); never from a part (``trong đó 30 hồ sơ thuộc lĩnh vực X, …``)."""
    out: list[tuple[int, int, str]] = []
    for m in _carried_re().finditer(ft):
        k = bisect.bisect_right(full_stops, m.start()) - 1
        lo = full_stops[k] if k >= 0 else 0
        if COUNT_RE.search(ft, lo, m.start()) or PART_RE.search(ft, lo, m.start()):
            continue
        k = bisect.bisect_right(full_stops, m.end())
        end = full_stops[k] if k < len(full_stops) else len(ft)
        if (part := PART_RE.search(ft, m.end(), end)) is not None:
            end = part.start()  # "…, trong đó 7.000 thủ tục … cấp huyện": its parts are told by their own words
        if (nxt := FIELD_HEAD_RE.search(ft, m.end(), end)) is not None:
            # up to the clause of the next field ("…, 200 hồ sơ thuộc lĩnh vực xây dựng")
            end = max(ft.rfind(",", m.end(), nxt.start()), ft.rfind(";", m.end(), nxt.start()), m.end())
        s, e = m.span("field")
        out.append((m.end(), end, field_name(" ".join(text[s:e].split()))))
    return out
