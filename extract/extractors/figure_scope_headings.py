"""Scopes written once and carried: a heading line that is a name alone, a name opening an unmarked line before a
colon, and a subject carried into the next sentence of its line when that sentence has no subject of its own.

- ``1. Phòng Tư pháp`` / ``b) Lĩnh vực Hộ tịch`` on a line of its own (no colon, no figure) over the lines of its
  section: the name scopes every figure down to the next list line of the same or a higher rank
  (:func:`extract.extractors.figure_blocks.block_end`), a blank line, or a line that opens with the unit itself
  or a total of the whole (levels.toml [carry] ends: ``Toàn xã …``, ``Tổng cộng …``, ``Xã đã …``);
- ``Lĩnh vực đất đai: tiếp nhận 450 hồ sơ. Đã giải quyết 430 hồ sơ.`` (no list marker, a figure or a verb after the
  colon): the name before the colon scopes its sentence and the next ones of its line with no subject of their own;
- a subject's sentence followed on its line by one that opens with no subject of its own (``Trong đó …``,
  ``Đã giải quyết …``: levels.toml [subjectless]) carries the subject on (:func:`carried_end`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import regex

from extract.extractors.figure_blocks import ITEM_MARK, LEAD, block_end, ends_re, level_words

_SP = r"[^\S\n]"
MARK = ITEM_MARK
# a line opening with the unit itself or its total ends a heading's reach ("Toàn xã …", "Tổng cộng …", "Xã đã …")
ENDS_RE = ends_re()


@cache
def _heading_res(heads: str) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    # "2. Phòng Kinh tế", "b) Lĩnh vực Chứng thực", "- Tại Chi nhánh Văn phòng đăng ký đất đai": a name alone
    alone = regex.compile(
        rf"(?m)^{_SP}*+{MARK}{_SP}*+(?:{LEAD}{_SP}+)?(?P<head>(?:cac{_SP}+)?(?:{heads})(?!\w)[^\n:;.,()\d]{{0,80}}?)"
        rf"(?:{_SP}*\([^()\n]{{0,160}}\))?{_SP}*$")
    # "Lĩnh vực đất đai: tiếp nhận 450 hồ sơ. …" opening a line with no list marker
    unmarked = regex.compile(
        rf"(?m)^{_SP}*+(?:{LEAD}{_SP}+)?(?P<head>(?:{heads})(?!\w)[^\n:;.,()\d]{{0,80}}?){_SP}*:{_SP}*"
        rf"(?=\d|(?:{level_words('carry', 'openers')})(?!\w))")
    return alone, unmarked


LINE_END_RE = regex.compile(r"[.;!?][^\S\n]*\n")
# a paragraph's end: a blank line, not after "," or ";" (a sentence broken over a blank line goes on: "tiếp nhận 417
# hồ sơ," / "đã giải quyết …"); a list item's, a table row's or a subject's reach ends there
BLANK_LINE_RE = regex.compile(r"(?<![,;][^\S\n]*)\n[^\S\n]*\n")


def _heading_end(ft: str, line_start: int, eol: int) -> int:
    end = block_end(ft, line_start, eol)
    pos = eol + 1
    while pos < end:
        nl = ft.find("\n", pos, end)
        nl = end if nl < 0 else nl
        if not ft[pos:nl].strip() or ENDS_RE.match(ft, pos):
            return max(eol, pos - 1)
        pos = nl + 1
    return end


def heading_scopes(ft: str, heads: str, keep: Callable[[regex.Match[str], int], None]) -> None:
    """Hand ``keep`` each name written once over its section (a heading alone on its line) or over its sentence
    and the subjectless ones after it on its line (an unmarked ``Name: …`` line), with the reach's end."""
    alone, unmarked = _heading_res(heads)
    for m in alone.finditer(ft):
        line = ft.rfind("\n", 0, m.start("head")) + 1
        end = _heading_end(ft, line, m.end())
        if end > m.end() + 1:
            keep(m, end)
    for m in unmarked.finditer(ft):
        stop = NEXT_STOP_RE.search(ft, m.end())
        keep(m, carried_end(ft, len(ft) if stop is None else stop.end() if stop.group() != "\n" else stop.start()))


@cache
def _subjectless_re() -> regex.Pattern[str]:
    return regex.compile(
        rf"{_SP}*(?:(?:{level_words('subjectless', 'connectors')}),?{_SP}+)?(?:{level_words('carry', 'openers')})"
        r"(?!\w)")


NEXT_STOP_RE = regex.compile(r"[.!?](?=\s)|\n")


def carried_end(ft: str, end: int) -> int:
    """``end``, a subject's reach ending at a full stop, carried over the next sentences of its line that open
    with no subject of their own (``… tiếp nhận 620 hồ sơ. Trong đó, trực tuyến 540 hồ sơ.``)."""
    for _ in range(8):
        if ft[end - 1:end] != "." or end >= len(ft) or ft[end] == "\n" or _subjectless_re().match(ft, end) is None:
            return end
        m = NEXT_STOP_RE.search(ft, end + 1)
        if m is None:
            return len(ft)
        end = m.end() if m.group() != "\n" else m.start()
    return end
