"""Lists in running text: where a list of figures is introduced, and the lines of a breakdown.

- a breakdown opens after a count (``Đang giải quyết 230 hồ sơ (trong hạn 212, quá hạn 18)``, ``…, trong đó:``
  then ``+ Trong hạn: 81 hồ sơ;`` lines): its parts are re-read in the total's frame;
- a list's introduction is the clause ending in ``:`` above its items (``Đã giải quyết 1.200 hồ sơ. Cụ thể:``
  over ``- Lĩnh vực đất đai: 300 hồ sơ;``), or before them in the same sentence (``Phân theo lĩnh vực: Hộ tịch
  96 hồ sơ; Chứng thực 83 hồ sơ``): a count with no cue of its own takes the metric it names
  (:func:`extract.extractors.figure_counts.read_count`).
"""

from __future__ import annotations

import regex

from extract.extractors.figure_blocks import LINE_MARK_RE, mark_rank
from extract.extractors.figure_cues import FigureData, load_data, words
from extract.extractors.figure_text import Structure

# a count that opens a breakdown: "Đang giải quyết 230 hồ sơ (trong hạn …", "…, trong đó: …"
# (a slip counted for each feedback item names the items after it: "2.500 phiếu xử lý ý kiến, phản ánh, kiến nghị của
# người dân, trong đó …")
PARENT_RE = regex.compile(
    r"(?:(?<=phieu)(?:[^\S\n]++[^\W\d]+){0,4}?(?:[^\S\n]*+,)?[^\S\n]++(?:phan\s+anh|kien\s*nghi|pakn)(?:,?\s+kien\s*nghi)?)?"
    r"[^0-9;.()]{0,40}?[,:]?\s*trong\s+do\b|\s*\(")
# "…, trong đó:" at the end of its line, then the parts as list lines: "+ Trong hạn: 81 hồ sơ;"
CHILD_START_RE = regex.compile(r"[^\S\n]*:?[^\S\n]*\n(?:[^\S\n]*\n)?[^\S\n]*(?P<m>[-+*•–])")
LIST_LINE_RE = regex.compile(r"[^\S\n]*(?P<m>[-+*•–])[^\n]*(?:\n(?:[^\S\n]*\n)?|$)")
MAX_CHILD_LINES = 20
MAX_INTRO_LINES = 40  # lines walked back over a list's items to its introduction
MAX_INTRO_CHARS = 4000


def child_lines(ft: str, line_pos: int, pos: int) -> int | None:
    """``Số hồ sơ đang giải quyết: 85 hồ sơ, trong đó:`` followed by ``+ Trong hạn: …`` / ``+ Quá hạn: …``
    lines: the end of that run of list lines (marked otherwise than the parent's own line), else None."""
    m = CHILD_START_RE.match(ft, pos)
    if m is None:
        return None
    ls = ft.rfind("\n", 0, line_pos) + 1
    own = ft[ls:line_pos].lstrip()[:1]
    marker = m.group("m")
    if marker == own:
        return None
    end = p = m.start("m")
    for _ in range(MAX_CHILD_LINES):
        line = LIST_LINE_RE.match(ft, p)
        if line is None or line.group("m") != marker:
            break
        end = p = line.end()
    return end


def list_intro(ft: str, st: Structure, pos: int) -> int | None:
    """The position of the ``:`` that ends the introduction of the list ``pos`` is an item of, else None.

    On a list line, the first line above its siblings (and their deeper lines, and the broken lines of
    an item) that ends in ``:`` and is no sibling itself; elsewhere, the first ``:`` of its sentence
    before it (``Phân theo lĩnh vực: Hộ tịch 96 hồ sơ``)."""
    ls = ft.rfind("\n", 0, pos) + 1
    own = LINE_MARK_RE.match(ft, ls)
    if own.lastgroup == "ind":  # not a list line
        c = ft.find(":", max(ls, st.last_full_stop(pos)), pos)
        return c if c >= 0 else None
    rank = mark_rank(own)
    p, lines, broken = ls, 0, False
    limit = max(0, ls - MAX_INTRO_CHARS)
    while p > limit and lines < MAX_INTRO_LINES:
        start = ft.rfind("\n", 0, p - 1) + 1
        line = ft[start:p - 1].rstrip()
        p = start
        if not line.strip():
            continue
        lines += 1
        m = LINE_MARK_RE.match(ft, start)
        item = m.lastgroup != "ind"
        if item and mark_rank(m) >= rank:  # a sibling or a line under one
            broken = False
            continue
        if line.endswith(":"):
            return None if broken else start + len(line) - 1
        if item:
            return None  # a line above the list that introduces nothing
        if broken:
            return None  # two lines of running text: no item of the list
        broken = True  # "- Chi nhánh …: 13/18 thủ tục, tiếp nhận 417 hồ sơ,\n\nđã giải quyết 367 hồ sơ …"
    return None


def _line_rank(ft: str, pos: int) -> int | None:
    m = LINE_MARK_RE.match(ft, ft.rfind("\n", 0, pos) + 1)
    return None if m.lastgroup == "ind" else mark_rank(m)


def deeper_item(ft: str, prev: int, pos: int) -> bool:
    """Whether ``prev`` stands on a list line deeper than the list line of ``pos`` (``+ Quá hạn: 20 hồ sơ;`` above
    ``- Lĩnh vực hộ tịch: 900 hồ sơ``): a figure there is a part of another item, not one the list continues."""
    own = _line_rank(ft, pos)
    if own is None:
        return False
    other = _line_rank(ft, prev)
    return other is not None and other > own


def sibling_item(ft: str, prev: int, pos: int) -> int | None:
    """Where the list line of ``prev`` starts, when ``pos`` stands on a later list line of the same rank (the next
    item of one list: ``- Chi nhánh …: 400 hồ sơ, quá hạn 2 hồ sơ;`` over ``- Công an huyện: 300 hồ sơ``), else None."""
    own, other = ft.rfind("\n", 0, pos) + 1, ft.rfind("\n", 0, prev) + 1
    if own == other:
        return None
    rank = _line_rank(ft, pos)
    return other if rank is not None and rank == _line_rank(ft, prev) else None


_INTRO_RES: dict[int, tuple[regex.Pattern[str], regex.Pattern[str]]] = {}


def _intro_res(data: FigureData) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    hit = _INTRO_RES.get(id(data))
    if hit is None:
        conn = "|".join(words(w) for w in sorted(data.intro_connectors, key=len, reverse=True)) or "(?!x)x"
        topics = "|".join(words(w) for w in data.intro_topics) or "(?!x)x"
        hit = _INTRO_RES[id(data)] = (regex.compile(rf"[\W_]*(?:(?:{conn})(?!\w)[\W_]*)*"),
                                      regex.compile(rf"(?<!\w)(?:{topics})(?!\w)"))
    return hit


def bare_intro(ft: str, lo: int, hi: int, data: FigureData | None = None) -> bool:
    """Whether [lo, hi) holds connector words only (``Cụ thể theo lĩnh vực``, ``Phân theo lĩnh vực``)."""
    return _intro_res(data or load_data())[0].fullmatch(ft, lo, hi) is not None


def topic_start(ft: str, lo: int, hi: int, data: FigureData | None = None) -> int:
    """Where the first topic word (``kết quả``, ``tình hình``) of [lo, hi) starts, else ``hi``: the cues after it
    name the section (``Kết quả tiếp nhận, giải quyết hồ sơ:``), not its figures."""
    m = _intro_res(data or load_data())[1].search(ft, lo, hi)
    return m.start() if m is not None else hi
