"""Administrative levels in running text as scopes (:mod:`extract.extractors.figure_levels` calls this).

- ``ở cấp tỉnh, …; cấp huyện …``, ``của UBND cấp xã là …``, ``thuộc thẩm quyền giải quyết của UBND cấp xã là …``:
  a level scopes its clause, unless it is the reporting unit's own level outside a breakdown by level
  (``(cấp huyện: …; cấp xã: …)``, ``a) Cấp huyện: …`` / ``b) Cấp xã: …``);
- ``Với cấp huyện, …``, ``Cụ thể, cấp xã …``: a level opening a sentence frames its paragraph, up to the next
  level named, a clause naming a place of its own, or a sentence with a subject of its own;
- levels named together (``cấp huyện, cấp xã``, ``cấp tỉnh, huyện, xã``) scope nothing.

The word lists are the [levels] and [level_clause] sections of data/levels.toml.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

import regex

from extract.extractors.figure_blocks import (
    PARAGRAPH_START_RE,
    PART_END_RE,
    block_end,
    level_words,
    next_point,
)
from normalize.text import fold

CAP = level_words("levels", "cap")  # "cấp tỉnh", "cấp huyện", "cấp xã", "cấp thành phố"
# "…; cấp xã là 112 thủ tục", "…, cấp huyện đạt 97,46% và cấp xã đạt 98,03%", "đúng hạn ở cấp tỉnh đạt …":
# the level is found first, then what stands before it is checked (cheaper than a lookbehind at every position)
# "của UBND cấp xã là 112 thủ tục": the body before the level is part of the scope as written
# "Tại cấp xã, phường, …": the commune level named with its wards is one level, written so
# "Tại cấp xã, phường, thị trấn, …", "cấp huyện, thị xã, thành phố": a level with the kinds of unit of its rank
# takes the whole list (each kind ends its clause or is followed by the next one)
LEVEL_KINDS = (rf"(?:(?<=xa)(?:[^\S\n]*(?:,|va)[^\S\n]*(?:{level_words('levels', 'commune_kinds')})"
               r"(?=[^\S\n]*[,.;:)\n]))+"
               rf"|(?<=huyen)(?:[^\S\n]*(?:,|va)[^\S\n]*(?:{level_words('levels', 'district_kinds')})"
               r"(?=[^\S\n]*[,.;:)\n]))+)?")
LEVEL_HEAD_RE = regex.compile(
    rf"(?<!\w)(?P<head>(?:(?:ubnd|uy\s+ban\s+nhan\s+dan)\s+)?cap\s+(?P<level>{CAP}){LEVEL_KINDS})(?!\w)(?=[\s,:])")
# "Phân theo cấp hành chính: cấp thành phố …; cấp huyện …": a breakdown by level, the unit's own level included
# "Nếu tính riêng từng cấp, với cấp tỉnh, …": the same, announced in running text
BY_LEVEL_RE = regex.compile(r"(?<!\w)(?:theo\s+(?:tung\s+)?cap(?:\s+hanh\s+chinh)?\s*:"
                            r"|(?:rieng|theo)\s+(?:tung|moi)\s+cap(?!\w))[^.\n]{0,200}$")
# "(cấp huyện: 2.140 hồ sơ; cấp xã: 5.860 hồ sơ)": in a breakdown by level even the unit's own level is a part
LEVEL_IN_PAREN_RE = regex.compile(r"\(\s*$")
LEVEL_BEFORE_RE = regex.compile(
    rf"(?:^|[.:;,(][^\S\n]{{0,3}}|\n|(?<!\w)(?:{level_words('level_clause', 'joins')})[^\S\n]{{1,3}}"
    rf"|(?<!\w)(?:{level_words('level_clause', 'places')})\s)"
    r"[^\S\n]*(?:(?:[-+*•–]|[a-z]\)|\d{1,2}(?:\.\d{1,2}){0,3}\.?)[^\S\n]*)?"
    # "thuộc thẩm quyền (giải quyết của UBND) cấp huyện là 1.955 hồ sơ": the competent level of a part
    rf"(?:(?:{level_words('level_clause', 'competence')})\s+)?(?:(?:{level_words('level_clause', 'preps')})\s+)?"
    rf"(?:(?:{level_words('level_clause', 'sums')})\s+)?$"
)
# "Cộng cấp xã: 2.962 hồ sơ": a sum line naming a level, its figure after a colon
SUM_BEFORE_RE = regex.compile(
    rf"(?:^|\n)[^\S\n]*(?:[-+*•–][^\S\n]*)?(?:{level_words('level_clause', 'sums')})[^\S\n]+$")
SUM_AFTER_RE = regex.compile(r"[^\S\n]*:[^\S\n]*\d")
# "Số TTHC thuộc thẩm quyền giải quyết của UBND cấp xã là 112 thủ tục": the competence anywhere in its clause, when
# the level's figure follows it right away
COMPETENCE_BEFORE_RE = regex.compile(
    rf"(?<!\w)(?:{level_words('level_clause', 'competence')})\s+(?:(?:{level_words('level_clause', 'preps')})\s+)?$")
# "Riêng các hồ sơ thuộc thẩm quyền cấp xã, có tổng số 2.700, …": what a level's competence covers, set apart at the
# opening of a sentence and closed by a comma or a colon, frames the sentence
COMPETENCE_FRAME_BEFORE_RE = regex.compile(
    rf"(?:^|\n|[.:;][^\S\n]{{0,3}})[^\S\n]*(?:{level_words('level_clause', 'competence_leads')})"
    rf"(?:\s+[^\W\d]\w*){{1,5}}?\s+(?:{level_words('level_clause', 'competence')})\s+"
    rf"(?:(?:{level_words('level_clause', 'preps')})\s+)?$")
COMPETENCE_FRAME_AFTER_RE = regex.compile(r"[^\S\n]*[,:]")
FIGURE_AFTER_RE = regex.compile(r"[^\S\n]*(?:(?:la|co|gom)[^\S\n]+|:[^\S\n]*)\d")
# "Với cấp huyện, …" / "Ở cấp xã, …" opening a sentence: the level frames its whole paragraph
LEVEL_FRAME_BEFORE_RE = regex.compile(
    rf"(?:^|\n|[.:;,][^\S\n]{{0,3}})[^\S\n]*(?:(?:{level_words('level_clause', 'frame_leads')})\s+)?"
    rf"(?:{level_words('level_clause', 'frame_preps')})\s+$")
LEVEL_FRAME_AFTER_RE = regex.compile(r"[^\S\n]*,")
# "Tại cấp xã: tiếp nhận …, đã giải quyết …; đang giải quyết 28 hồ sơ.": a level opening its sentence with a colon
# frames the whole sentence, across its semicolons, up to the full stop
LEVEL_COLON_AFTER_RE = regex.compile(r"[^\S\n]*:(?![^\S\n]*\n)")
# "Cụ thể, cấp xã đã tiếp nhận …. Trong ngày, đã giải quyết …": a level opening the breakdown a sentence announces
# frames its paragraph as well, up to the next level named
LEVEL_BREAKDOWN_BEFORE_RE = regex.compile(
    rf"(?:^|\n|[.:;][^\S\n]{{0,3}})[^\S\n]*(?:{level_words('level_clause', 'breakdown')})[^\S\n]*[,:][^\S\n]*$")
FRAME_MAX_CHARS = 3000
BEFORE_CHARS = 60  # "thuộc thẩm quyền giải quyết của UBND cấp xã": what stands before a level
# "Bộ phận một cửa cấp huyện, cấp xã tiếp nhận …", "thủ tục hành chính cấp tỉnh, huyện, xã": levels named together
# scope nothing
LEVEL_NAME = rf"(?:{level_words('levels', 'names')})"
# (a bare name after a level is often a place: "Ở cấp huyện, huyện X dẫn đầu"; only a run of bare names is joint)
# ("cấp huyện, xã." / "cấp huyện, xã\n": a bare name that ends its clause is a level too)
JOINT_AFTER_RE = regex.compile(
    rf"[^\S\n]*(?:,|va|hoac|&)[^\S\n]*(?:cap\s+{LEVEL_NAME}|{LEVEL_NAME}[^\S\n]*(?:,|va|hoac|&)[^\S\n]*{LEVEL_NAME}"
    rf"|{LEVEL_NAME}(?=[^\S\n]*(?:[.;:)\n]|$)))(?!\w)")
# "ở cấp tỉnh, các sở, ban, ngành tiếp nhận …": the level already frames the set of sub-units named after it
LEVEL_JUST_BEFORE_RE = regex.compile(rf"(?<!\w)cap\s+(?:{CAP})[^\S\n]*,[^\S\n]*$")
JOINT_BEFORE_RE = regex.compile(rf"(?<!\w)cap\s+(?:{CAP})[^\S\n]*(?:,|va|hoac|&)[^\S\n]*$")


# a clause naming a place of its own: "…; huyện Sơn Động thấp nhất với 80,41 điểm", "trong khi huyện X …"
PLACE_CLAUSE_RE = regex.compile(
    rf"[^\S\n]*(?:(?:{level_words('place_clause', 'leads')})\s+)?(?:{level_words('place_clause', 'places')})[^\S\n]+(?=\w)")


def _frame_end(text: str, ft: str, stops: list[int], start: int, end: int, breaks: list[int] = ()) -> int:
    """The end of a level's frame (``Với cấp huyện, …``) before ``end``: the first clause after a stop that names
    a place of its own (``…; huyện Sơn Động thấp nhất với 80,41 điểm``) ends it, as does a sentence with a subject
    of its own (:func:`~extract.extractors.figure_blocks.frame_breaks`)."""
    k = bisect.bisect_right(breaks, start)
    if k < len(breaks) and breaks[k] < end:
        end = breaks[k]
    i = bisect.bisect_right(stops, start)
    while i < len(stops) and stops[i] < end:
        p = stops[i]
        if (c := PLACE_CLAUSE_RE.match(ft, p)) is not None and text[c.end():c.end() + 1].isupper():
            return p
        i += 1
    return end


# a level named as a list item: "a) Cấp huyện", "- Cấp xã", "2. Cấp tỉnh"
LEVEL_ITEM_RE = regex.compile(r"(?:^|\n)[^\S\n]*(?:[-+*•–]|[a-z]\)|\d{1,2}(?:\.\d{1,2}){0,3}\.?)[^\S\n]*$")



def _skip_ws(ft: str, p: int) -> int:
    while p < len(ft) and ft[p] in " \t":
        p += 1
    return p



def level_scopes(text: str, ft: str, level: str | None, stops: list[int], hard: list[int], full_stops: list[int],
                 breaks: list[int], keep: Callable[[regex.Match[str], int], None], split_by_level: bool = False) -> None:
    """Hand every level that scopes a part to ``keep(match, end)`` (the match's ``head`` group is the scope as
    written, ``end`` its reach). ``level``: the reporting unit's own level (``xa``, ``huyen``, ``tinh``);
    ``breaks``: the sentence starts that end a level's frame; ``split_by_level``: the report's headings break its
    figures down by level, the unit's own included (GOLD.md, fifth session)."""

    def after(points: list[int], p: int) -> int:
        return next_point(points, p, len(text))

    heads = list(LEVEL_HEAD_RE.finditer(ft))
    lv_of = [" ".join(m.group("level").split()) for m in heads]
    # "a) Cấp huyện: …" / "b) Cấp xã: …": list items naming levels break the unit down by level, its own included
    # ("1. Cấp huyện" as a bare section heading in a district's report stays the unit itself)
    items = [i for i, m in enumerate(heads) if LEVEL_ITEM_RE.search(ft, max(0, m.start() - 12), m.start())
             and ft.startswith(":", _skip_ws(ft, m.end()))]
    by_level_items = len({lv_of[i] for i in items}) > 1
    item_set = set(items)
    for i, m in enumerate(heads):
        own = (lv_of[i] == level
               and not LEVEL_IN_PAREN_RE.search(ft, max(0, m.start() - 8), m.start())
               and not BY_LEVEL_RE.search(ft, max(0, m.start() - 240), m.start()))
        if own and i in item_set and by_level_items:
            own = False
        if own and SUM_AFTER_RE.match(ft, m.end()) and SUM_BEFORE_RE.search(ft, max(0, m.start() - 20), m.start()):
            own = False
        if own:
            # "Cụ thể, cấp tỉnh tiếp nhận …, cấp huyện …, cấp xã …": another level in the same sentence; or
            # opening the sentence next to it ("Cụ thể, cấp huyện giải quyết …. Cấp xã có tổng số …")
            hi = after(full_stops, m.end())
            k = bisect.bisect_right(full_stops, m.start()) - 1
            lo = full_stops[k] if k >= 0 else 0
            if LEVEL_BEFORE_RE.search(ft, max(0, m.start() - 30), m.start()):
                hi = after(full_stops, hi)
                lo = full_stops[k - 1] if k >= 1 else 0
            if LEVEL_FRAME_AFTER_RE.match(ft, m.end()) and LEVEL_FRAME_BEFORE_RE.search(
                    ft, max(0, m.start() - 30), m.start()):
                # "Ở cấp tỉnh, 21 sở tiếp nhận …. Sở A …. Cấp huyện tiếp nhận …": a frame of the unit's own level
                # opening a sentence sets it against the levels its paragraph names after it
                para = PARAGRAPH_START_RE.search(ft, m.end(), min(len(ft), m.end() + FRAME_MAX_CHARS))
                hi = max(hi, para.start() if para is not None else min(len(ft), m.end() + FRAME_MAX_CHARS))
            own = not any(lv_of[j] != lv_of[i] and lo <= heads[j].start() < hi
                          for j in range(max(0, i - 4), min(len(heads), i + 5)))
        # (the unit's own level under its competence stays the unit: "Tổng số TTHC thuộc thẩm quyền giải quyết của
        # cấp huyện là 283 thủ tục; của cấp xã là 109 thủ tục" in a district's report, as the gold has it; unless its
        # headings break the report down by level, "1. Cấp huyện" … "2. Cấp xã": then its own level is a part too)
        frame = (not own and COMPETENCE_FRAME_AFTER_RE.match(ft, m.end()) is not None
                 and COMPETENCE_FRAME_BEFORE_RE.search(ft, max(0, m.start() - BEFORE_CHARS * 2), m.start()) is not None)
        if own or not (frame or LEVEL_BEFORE_RE.search(ft, max(0, m.start() - 30), m.start()) or (
                (lv_of[i] != level or split_by_level) and COMPETENCE_BEFORE_RE.search(ft, max(0, m.start() - BEFORE_CHARS), m.start())
                and FIGURE_AFTER_RE.match(ft, m.end()))):
            continue
        if JOINT_AFTER_RE.match(ft, m.end()) or JOINT_BEFORE_RE.search(ft, max(0, m.start() - 20), m.start()):
            continue
        if frame:
            end = after(full_stops, m.end())
            if i + 1 < len(heads) and heads[i + 1].start() < end and lv_of[i + 1] != lv_of[i]:
                end = heads[i + 1].start()
            keep(m, end)
        elif not LEVEL_BEFORE_RE.search(ft, max(0, m.start() - 30), m.start()):
            # "… thuộc thẩm quyền giải quyết của UBND cấp xã là 112 thủ tục, …": the level's own clause
            end = PART_END_RE.search(ft, m.end())
            keep(m, end.start() if end is not None else len(ft))
        elif i in item_set:
            # the item's lines: up to the next item of the same or a higher level
            ls = ft.rfind("\n", 0, m.start()) + 1
            le = ft.find("\n", m.end())
            le = len(ft) if le < 0 else le
            keep(m, block_end(ft, ls, le))
        elif (LEVEL_FRAME_AFTER_RE.match(ft, m.end()) and LEVEL_FRAME_BEFORE_RE.search(
                ft, max(0, m.start() - 30), m.start())) or LEVEL_BREAKDOWN_BEFORE_RE.search(
                ft, max(0, m.start() - 30), m.start()):
            # its paragraph, up to the next list item or the next level named
            end = PARAGRAPH_START_RE.search(ft, m.end(), min(len(ft), m.end() + FRAME_MAX_CHARS))
            end = end.start() if end is not None else min(len(ft), m.end() + FRAME_MAX_CHARS)
            end = min(end, after(hard, m.end()))
            if i + 1 < len(heads) and heads[i + 1].start() < end and lv_of[i + 1] != lv_of[i]:
                end = heads[i + 1].start()
            keep(m, _frame_end(text, ft, stops, m.end(), end, breaks))
        elif LEVEL_COLON_AFTER_RE.match(ft, m.end()) and LEVEL_FRAME_BEFORE_RE.search(
                ft, max(0, m.start() - 30), m.start()):
            end = after(full_stops, m.end())
            if i + 1 < len(heads) and heads[i + 1].start() < end and lv_of[i + 1] != lv_of[i]:
                end = heads[i + 1].start()  # "Tại cấp huyện: …; tại cấp xã: …": the next level's own part
            keep(m, _frame_end(text, ft, stops, m.end(), end, breaks))
        else:
            # its clause, never past a blank line (a headline "…, cấp xã tiếp nhận hơn 112 nghìn hồ sơ" has no stop)
            end = after(stops, m.end())
            para = PARAGRAPH_START_RE.search(ft, m.end(), end)
            keep(m, end if para is None else para.start())


# "2. Cấp xã (…)" over "Các xã, thị trấn tiếp nhận 21.900 hồ sơ", "UBND 12 xã, phường tiếp nhận …": inside a level's
# section, the set of all its units (a plural or a number, then the unit kinds of that level: levels.toml [sets]) is
# the level itself, named as the heading writes it
def _set_re(level: str) -> regex.Pattern[str]:
    kinds = level_words("sets", f"cấp {level}")
    return regex.compile(rf"(?:(?:ubnd|uy\s+ban\s+nhan\s+dan)\s+)?(?:cac|nhung|\d{{1,3}})\s+(?:{kinds})"
                         rf"(?:\s*(?:,|va)\s*(?:{kinds}))*")


SET_RES = {"xa": _set_re("xã"), "huyen": _set_re("huyện")}
LEVEL_NAME_RE = regex.compile(r"(?:(?:ubnd|uy\s+ban\s+nhan\s+dan)\s+)?cap\s+(?P<level>xa|huyen)(?!\w)")


def level_sets(found: list[tuple[int, int, str]], sections: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``found`` with each scope that names the set of all units of the level of the section it opens in
    (``sections``: the level blocks, :func:`~extract.extractors.figure_blocks.level_blocks`) named as that level."""
    if not sections:
        return found
    out = []
    for s, e, name in found:
        for bs, be, level in sections:
            lv = LEVEL_NAME_RE.match(fold(level))
            if bs < s < be and lv is not None and SET_RES[lv.group("level")].fullmatch(fold(name)):
                name = level
                break
        out.append((s, e, name))
    return out
