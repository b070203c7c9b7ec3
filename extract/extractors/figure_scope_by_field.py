"""A breakdown by field (or office, unit, level): each item's name scopes the figures of its item.

- after ``theo lĩnh vực:`` in a sentence (``Phân theo lĩnh vực: Hộ tịch 96 hồ sơ; Chứng thực 83 hồ sơ; …``): the
  items split at ``;``, else at ``,``, each a name and its figure;
- list lines under a heading that ends its line, with or without a colon (``Cụ thể theo lĩnh vực:``, ``III. THEO
  LĨNH VỰC``, ``Theo đơn vị``, ``Chia theo cơ quan:``) over ``+ Hộ tịch: 245 hồ sơ;`` or ``- Đất đai: tiếp nhận
  205, GQ 161, quá hạn 21``: the line's name scopes every figure of its line, the words after its colon being
  what the figures count. A total (``Tổng cộng``, ``Cộng``) ends the items; the reporting unit's own name (its
  issuer, ``UBND xã``, ``Toàn xã``, its one-stop office) and a count's own cue (``Tiếp nhận: 30``) are no item.

The heading words are the [by_field] section of data/levels.toml.
"""

from __future__ import annotations

import bisect
from functools import cache

import regex

from extract.extractors.figure_blocks import (
    LINE_MARK_RE,
    SCOPE_VERB,
    field_name,
    issuer_name,
    level_words,
    mark_rank,
)
from extract.extractors.figure_cues import load_data
from extract.extractors.figure_field_names import cue_label
from extract.extractors.figure_subject_lists import names_office

_SP = r"[^\S\n]"
# "Phân theo lĩnh vực: …", "Cụ thể theo lĩnh vực:" (then its items in the sentence, or on the lines below)
BY_FIELD_RE = regex.compile(r"(?<!\w)(?:(?:phan|chia)\s+)?theo\s+(?:tung\s+)?linh\s+vuc(?:\s+nhu\s+sau)?\s*:")
# (an item may open a line of its own in PDF text: "…; Chứng thực 604 hồ sơ;\nĐất đai 143 hồ sơ;")
BY_FIELD_ITEM_RE = regex.compile(r"\s*+(?P<head>[^\W\d][^;:\n\d()]{0,60}?)[^\S\n]*+:?[^\S\n]*+(?=\d)")
# "- Đất đai: tiếp nhận 205, GQ 161": a list line's name, then what its figures count after the colon
VERB_ITEM_RE = regex.compile(
    rf"{_SP}*+(?P<head>[^\W\d][^;:\n\d()]{{0,60}}?){_SP}*+:{_SP}*+[^\W\d][^\n\d:;()]{{0,40}}?(?<=[^\W\d]{_SP}*)(?=\d)")
BY_FIELD_MAX_LINES = 30
TOTAL_ROW_RE = regex.compile(r"(?:tong|cong|trong\s+do|toan)(?!\w)")  # "+ Tổng cộng: 462 hồ sơ" ends the fields


@cache
def _heading_line_re() -> regex.Pattern[str]:
    """``III. THEO LĨNH VỰC``, ``b) Kết quả theo đơn vị:``, ``Chia theo cơ quan giải quyết``: a line of its own
    naming what its list lines break the figures down by."""
    mark = r"(?:[-+*•–]|\d{1,2}(?:\.\d{1,2}){0,3}\.?|[ivx]{1,4}\.|[a-z]\))"
    by = level_words("by_field", "heads", f"{_SP}+")
    tail = level_words("by_field", "tails", f"{_SP}+")
    return regex.compile(
        rf"(?m)^{_SP}*(?:{mark}{_SP}*)?(?:[^\W\d]+{_SP}+){{0,4}}?(?:(?:phan|chia){_SP}+)?theo{_SP}+(?:tung{_SP}+)?"
        rf"(?:{by})(?:{_SP}+(?:{tail}))?{_SP}*:?{_SP}*$")


def _own_unit(ft: str, hs: int, he: int, issuer: tuple[str, str] | None) -> bool:
    """Whether the item's name is the reporting unit's own: its issuer (``Xã Vĩnh Lộc``, ``UBND xã``), ``Toàn xã``,
    or its one-stop office."""
    name = " ".join(ft[hs:he].split())
    if names_office(ft, hs, he, load_data().scope_not, within=True):
        return True
    if issuer is None:
        return False
    kind, own = issuer
    bodies = level_words("by_field", "bodies")
    return regex.fullmatch(rf"(?:(?:{bodies})\s+)?{regex.escape(kind)}(?:\s+{regex.escape(own)})?", name) is not None


def _list_items(text: str, ft: str, pos: int) -> list[tuple[int, int, str]]:
    """The list lines from ``pos`` on, each a name with its figures, up to the first line that is none."""
    found: list[tuple[int, int, str]] = []
    rank = None
    issuer = issuer_name(text, ft)
    for _ in range(BY_FIELD_MAX_LINES):
        if pos >= len(ft):
            break
        le = ft.find("\n", pos)
        le = len(ft) if le < 0 else le
        mk = LINE_MARK_RE.match(ft, pos)
        if mk.lastgroup == "ind" or (rank is not None and mark_rank(mk) != rank):
            break  # "1.2. Số hồ sơ đã giải quyết 9.801 hồ sơ" after "- …" items: the next section
        rank = mark_rank(mk)
        it = BY_FIELD_ITEM_RE.match(ft, mk.end(), le) or VERB_ITEM_RE.match(ft, mk.end(), le)
        if it is None:
            break
        hs, he = it.span("head")
        if TOTAL_ROW_RE.match(ft, hs) or SCOPE_VERB.search(text[hs:he].lower()):
            break
        if not _own_unit(ft, hs, he, issuer) and not cue_label(ft[hs:he]):
            found.append((hs, le, field_name(" ".join(text[hs:he].split()))))
        pos = le + 1
    return found


def by_field_items(text: str, ft: str, full_stops: list[int]) -> list[tuple[int, int, str]]:
    """Each item of a breakdown by field scopes its figures by its name: the items of the sentence after ``theo
    lĩnh vực:`` (split at ``;``, else at ``,``), or the list lines under a heading line (``+ Hộ tịch: 245 hồ sơ;``,
    ``- Đất đai: tiếp nhận 205, GQ 161``), up to the first line that is no item with a figure."""
    found: list[tuple[int, int, str]] = []
    heads = list(BY_FIELD_RE.finditer(ft))
    lines = {m.end() for m in _heading_line_re().finditer(ft)}
    for k, m in enumerate(heads):
        eol = ft.find("\n", m.end())
        if eol >= 0 and not ft[m.end():eol].strip():
            lines.add(eol)
            continue
        i = bisect.bisect_right(full_stops, m.end())
        end = full_stops[i] if i < len(full_stops) else len(ft)
        if k + 1 < len(heads):
            end = min(end, heads[k + 1].start())  # the next "theo lĩnh vực:" reads its own items
        sep = ";" if ";" in ft[m.end():end] else ","
        pos = m.end()
        while pos < end:
            nxt = ft.find(sep, pos, end)
            nxt = end if nxt < 0 else nxt + 1
            it = BY_FIELD_ITEM_RE.match(ft, pos, nxt)
            if it is not None:
                hs, he = it.span("head")
                found.append((hs, nxt, field_name(" ".join(text[hs:he].split()))))
            pos = nxt
    for eol in sorted(lines):
        if eol < len(ft) and ft[eol] == "\n":
            found.extend(_list_items(text, ft, eol + 1))
    return found
