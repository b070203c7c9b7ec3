"""A list item that opens with its figure and names its office after it: the office scopes the whole item.

``b) Số hồ sơ đã giải quyết theo cơ quan chuyên môn:`` over ``- 2.611 hồ sơ do Văn phòng A giải quyết (…)``,
``- 1.147 hồ sơ thuộc thẩm quyền Phòng B (đất đai 902 hồ sơ); trễ hạn 11 hồ sơ …``, ``- 392 hồ sơ thuộc Phòng C.``
→ ``Văn phòng A``, ``Phòng B``, ``Phòng C``: the office after ``do`` (its verb after it: ``giải quyết``, ``xử
lý``), ``thuộc (thẩm quyền / phạm vi) (của)`` or ``của``, a head word of a sub-unit first (figures.toml
scope_heads, no field's); the item's later figures keep it (``trễ hạn 11 hồ sơ``), but a field told with its figure
alone in brackets inside the item (``(đất đai 902 hồ sơ)``) scopes that figure.
"""

from __future__ import annotations

from functools import cache

import regex

from extract.extractors.figure_blocks import field_name
from extract.extractors.figure_cues import load_data
from extract.extractors.figure_field_names import field_stop
from extract.extractors.figure_field_runs import _COUNT, _name_ok
from extract.extractors.figure_scope_frames import bracket_run_scopes, frame_field_scopes
from extract.extractors.figure_scope_names import misread_so, unit_heads
from extract.extractors.figure_scope_offices import office_owner_scopes
from extract.extractors.figure_subject_lists import names_office

_S = r"[^\S\n]+"


@cache
def _item_res() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    heads = unit_heads()
    link = (rf"(?:do|cua|thuoc(?:{_S}(?:tham{_S}quyen|pham{_S}vi)(?:{_S}giai{_S}quyet)?)?(?:{_S}cua)?)")
    item = regex.compile(
        rf"(?m)^[^\S\n]*+[-+*•–][^\S\n]*+{_COUNT}(?:{_S}(?!do|cua|thuoc)\w+){{0,4}}?{_S}{link}{_S}"
        rf"(?P<name>(?:{heads})(?!\w)[^\n(),;:.]{{1,60}}?)"
        rf"(?=[^\S\n]*+(?:(?:giai{_S}quyet|xu{_S}ly|tiep{_S}nhan|thu{_S}ly)(?!\w)|[(),;.]|$))")
    stop = field_stop(("tai",))
    word = rf"(?!(?:{stop}|cac|nhung)(?!\w))(?!\d)\w+(?:-\w+)*"
    field = regex.compile(rf"\([^\S\n]*+(?P<name>{word}(?:{_S}(?:va{_S})?{word}){{0,4}}?)[^\S\n]*+:?[^\S\n]*+{_COUNT}"
                          r"[^\S\n]*+\)")
    return item, field


def office_item_scopes(text: str, ft: str) -> list[tuple[int, int, str]]:
    """(start, end, name as written): each such item's office over its line, and each field in brackets with its
    figure inside the item over its bracket."""
    item, field = _item_res()
    data = load_data()
    out: list[tuple[int, int, str]] = []
    for m in item.finditer(ft):
        s, e = m.span("name")
        sub = text[s:e]
        if names_office(ft, s, e, data.scope_not, within=True) or misread_so(ft[s:e], sub):
            continue
        eol = ft.find("\n", m.end())
        eol = len(ft) if eol < 0 else eol
        out.append((m.start(), eol, " ".join(sub.split())))
        for f in field.finditer(ft, m.end(), eol):
            if _name_ok(ft, *f.span("name")):
                out.append((f.start(), f.end(), field_name(" ".join(text[slice(*f.span("name"))].split()))))
    return out


def written_part_scopes(text: str, ft: str, full_stops: list[int]) -> list[tuple[int, int, str]]:
    """The scopes of this module and its siblings (:mod:`extract.extractors.figure_scope_frames`,
    :mod:`extract.extractors.figure_scope_offices`): parts named where the words say what they are, no head word
    before the figure."""
    return [*frame_field_scopes(text, ft, full_stops),  # "Theo lĩnh vực, Hộ tịch … với N, kế đến là …"
            *bracket_run_scopes(text, ft),  # "08 hồ sơ (lĩnh vực đất đai 05, hộ tịch 03)"
            *office_item_scopes(text, ft),  # "- 1.147 hồ sơ thuộc thẩm quyền Phòng B (…); trễ hạn 11 hồ sơ"
            *office_owner_scopes(text, ft, full_stops)]  # "Bộ phận một cửa của Sở X tiếp nhận …"
