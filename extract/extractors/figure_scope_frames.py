"""The fields of a sentence a field frame opens, written without their head word: each scopes its own figure.

``Theo lĩnh vực, Hộ tịch chiếm nhiều nhất với 1.412 hồ sơ (35,7%), kế đến là chứng thực (1.108 hồ sơ), đất đai (624
hồ sơ); các lĩnh vực còn lại 421 hồ sơ.`` → ``Hộ tịch``, ``chứng thực``, ``đất đai`` (``các lĩnh vực còn lại`` is
read as written elsewhere): after the frame (levels.toml [field_runs] frames), a run of items, each a name, perhaps
a rank (``chiếm nhiều nhất``, ``dẫn đầu``), then its figure after ``với`` or ``:``, right after it, or alone in
brackets; the items one after the other, a separator and perhaps a link (``kế đến là``) between them. A name that
is a level, a place, a period, a total or a count's own cue ends the run (as in
:mod:`extract.extractors.figure_field_runs`), so does a plural (``các …``) and the sentence's end.

``đang giải quyết 08 hồ sơ (lĩnh vực đất đai 05, hộ tịch 03)``: a run of fields with bare figures inside a bracket,
the head word written once, each item its own field (:func:`bracket_run_scopes`).
"""

from __future__ import annotations

import bisect
from functools import cache

import regex

from extract.extractors.figure_blocks import field_name, level_words
from extract.extractors.figure_field_names import field_stop
from extract.extractors.figure_field_runs import _COUNT, _name_ok

MAX_ITEMS = 12


@cache
def _frame_res() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    stop = field_stop(("tai",))
    word = rf"(?!(?:{stop}|cac|nhung)(?!\w))(?!\d)\w+(?:-\w+)*"
    name = rf"(?P<name>{word}(?:[^\S\n]+(?:va[^\S\n]+)?{word}){{0,5}}?)"
    rank = (rf"(?:[^\S\n]+(?:{level_words('field_runs', 'rank_verbs')})(?:[^\S\n]+\w+){{0,4}}?"
            rf"[^\S\n]+(?:{level_words('field_runs', 'rank_ends')})(?!\w)"
            rf"|[^\S\n]+(?:{level_words('field_runs', 'rank_ends')})(?!\w))?")
    figure = (rf"(?:[^\S\n]*+(?::|voi(?!\w)|co(?!\w)|\()[^\S\n]*+|[^\S\n]++)"
              rf"(?:(?:hon|gan|khoang|tren)[^\S\n]+)?{_COUNT}(?:[^()\n]{{0,60}}\))?"
              r"(?:[^\S\n]*+\([^()\n]{0,80}\))?")  # "(35,7% tổng số hồ sơ)"
    frame = regex.compile(rf"(?:^|(?<=[\n.;:]))[^\S\n]*+(?:{level_words('field_runs', 'frames')})[^\S\n]*[,:][^\S\n]*")
    item = regex.compile(
        rf"(?:[^\S\n]*(?:,|;|va(?!\w))[^\S\n]*(?:(?:{level_words('field_runs', 'links')})[^\S\n]+(?:la[^\S\n]+)?)?)?"
        rf"{name}{rank}{figure}")
    return frame, item


_NUM = r"(?<![\d.,])(?:\d{1,3}(?:\.\d{3})+|\d+)(?![\d,.]\d)(?![^\S\n]*%)"


@cache
def _bracket_run_res() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    stop = field_stop(("tai",))
    word = rf"(?!(?:{stop}|cac|nhung)(?!\w))(?!\d)\w+(?:-\w+)*"
    name = rf"(?P<name>{word}(?:[^\S\n]+(?:va[^\S\n]+)?{word}){{0,5}}?)"
    figure = rf"[^\S\n]*+:?[^\S\n]*+{_NUM}(?:[^\S\n]+(?:ho\s+so|hs)(?!\w))?(?=[^\S\n]*(?:[,;)]|va(?!\w)))"
    first = regex.compile(rf"\([^\S\n]*+(?:trong\s+do:?[^\S\n]*+)?linh\s+vuc[^\S\n]+{name}{figure}")
    nxt = regex.compile(rf"[^\S\n]*(?:,|;|va(?!\w))[^\S\n]*(?:linh\s+vuc[^\S\n]+)?{name}{figure}")
    return first, nxt


def bracket_run_scopes(text: str, ft: str) -> list[tuple[int, int, str]]:
    """(start, end, field name as written) for each item of a bracket ``(lĩnh vực A 05, B 03)``; only when the
    bracket holds two items or more."""
    first, nxt = _bracket_run_res()
    out: list[tuple[int, int, str]] = []
    for m in first.finditer(ft):
        if not _name_ok(ft, *m.span("name")):
            continue
        items = [m]
        pos = m.end()
        while len(items) < MAX_ITEMS and (n := nxt.match(ft, pos)) is not None and _name_ok(ft, *n.span("name")):
            items.append(n)
            pos = n.end()
        if len(items) < 2 or not regex.match(r"[^\S\n]*\)", ft[pos:pos + 10]):
            continue
        out.extend((i.start("name"), i.end(), field_name(" ".join(text[slice(*i.span("name"))].split())))
                   for i in items)
    return out


def frame_field_scopes(text: str, ft: str, full_stops: list[int]) -> list[tuple[int, int, str]]:
    """(start, end, field name as written) for each field of a sentence a field frame opens, over its name and
    its figure."""
    frame, item = _frame_res()
    out: list[tuple[int, int, str]] = []
    for f in frame.finditer(ft):
        k = bisect.bisect_right(full_stops, f.end())
        end = full_stops[k] if k < len(full_stops) else len(ft)
        pos = f.end()
        for _ in range(MAX_ITEMS):
            m = item.match(ft, pos, end)
            if m is None or not _name_ok(ft, *m.span("name")):
                break
            s, e = m.span("name")
            out.append((s, m.end(), field_name(" ".join(text[s:e].split()))))
            pos = m.end()
    return out
