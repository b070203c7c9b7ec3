"""Scopes in running text: the sub-unit, field, group or administrative level a figure's sentence names.

- list items (``- Phòng Kinh tế: …``, ``2. Chi nhánh … (…):``);
- sentence subjects (``Chi nhánh … tiếp nhận``, ``UBND các xã, thị trấn tiếp nhận``);
- administrative levels (``ở cấp tỉnh, …; cấp huyện …``, ``của UBND cấp xã là …``) unless the level is the
  reporting unit's own outside a breakdown by level (:mod:`extract.extractors.figure_level_scopes`);
- the unit's own kind of office at another level (``Bộ phận tiếp nhận và trả kết quả cấp xã tiếp nhận …`` in
  a district's report), and groups named after ``của`` (``của DVCTT toàn trình``);
- a scope opened inside a parenthesis ends at its close;
- parts told side by side (:mod:`extract.extractors.figure_blocks`): the bodies a sentence splits its dossiers
  between by competence, and a public-administration centre told beside another level in a news item.

The word lists of the patterns are in data/levels.toml.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cache

import regex

from extract.extractors.figure_blocks import (
    FRAME_LEAD_BEFORE_RE,
    LEAD,
    OTHER_FRAME_RE,
    SCOPE_VERB,
    accent_ok,
    block_end,
    competence_parts,
    field_name,
    frame_breaks,
    has_issuer,
    level_blocks,
    level_name,
    level_words,
    next_point,
    own_office_parts,
    unit_level,
)
from extract.extractors.figure_cues import FigureData, words
from extract.extractors.figure_field_names import bracket_field_scopes, cue_label
from extract.extractors.figure_field_runs import FIELD_HEAD_RE, carried_field_scopes, field_run_scopes
from extract.extractors.figure_items import item_scopes, office_set_scopes
from extract.extractors.figure_level_scopes import (
    LEVEL_HEAD_RE,
    LEVEL_JUST_BEFORE_RE,
    level_scopes,
    level_sets,
)
from extract.extractors.figure_scope_by_field import by_field_items
from extract.extractors.figure_scope_headings import BLANK_LINE_RE, carried_end, heading_scopes
from extract.extractors.figure_scope_items import written_part_scopes
from extract.extractors.figure_scope_names import joined_end, trim_adverbs, with_plural
from extract.extractors.figure_scope_owners import owner_value_scopes
from extract.extractors.figure_subject_lists import PART_LEADS, listed, names_office, parallel
from extract.extractors.figure_subunits import (
    PLACE_RE,
    RANKED_END_RE,
    RANKED_NAME_RE,
    mechanism_scopes,
    places,
    sub_units,
)
from normalize.text import fold

# "- Các lĩnh vực khác: 167 hồ sơ.\nKết quả: đã giải quyết …": a line that ends a sentence ends a list item's reach
LINE_END_RE = regex.compile(r"[.;!?][^\S\n]*\n")
# a name broken across lines in PDF text: a line break not followed by a list marker, checked by _broken_ok
BROKEN = r"\n(?![^\S\n]*(?:[-+*•–]|\d|[a-z]\)))"


def _broken_ok(text: str, s: int, e: int) -> bool:
    """Whether each line break inside the name ``text[s:e]`` breaks a phrase (``Chi nhánh Văn phòng đăng ký`` over
    ``đất đai``, ``Lĩnh vực Tư pháp -`` over ``Hộ tịch``): the next line goes on in lower case, or the line ends
    with a dash; at most two breaks."""
    breaks = [i for i in range(s, e) if text[i] == "\n"]
    if len(breaks) > 2:
        return False
    # (a blank line is a paragraph's end, never a broken phrase)
    return all(text[i + 1:e].lstrip(" \t")[:1].islower() or (
        text[s:i].rstrip()[-1:] in ("-", "–") and text[i + 1:e].lstrip(" \t")[:1] not in ("\n", "")) for i in breaks)


# "Chi nhánh …: tỷ lệ giải quyết đúng hạn đạt 98%": the words after a name's colon that open its rate (levels.toml)
RATE_OPENS = rf"(?:{level_words('inline_item', 'rate_opens')})(?!\w)"
# "Trong tháng 10, các sở, ban, ngành tiếp nhận …": a set of sub-units opening a sentence or a clause
GROUP_BEFORE_RE = regex.compile(rf"(?:^|\n|[.:;,][^\S\n]{{0,3}})[^\S\n]*(?:[-+*•–][^\S\n]*)*(?:(?:{LEAD}|va)\s+)?$")

# "Bộ phận tiếp nhận và trả kết quả cấp xã tiếp nhận 28.740 hồ sơ" in a district's report: the unit's own kind
# of office at another level is a sub-unit (the office words are the [structure] scope_not phrases)
# "… cấp xã, phường tiếp nhận 12.400 hồ sơ": the lower levels named as one
OFFICE_LEVEL_RE = (r"(?P<head>(?:{offices})(?:[^\S\n]+\w+){{0,3}}?\s+cap\s+(?P<level>tinh|huyen|xa)"
                   r"(?:(?<=xa)(?:[^\S\n]*(?:,|va)[^\S\n]*(?:phuong|thi\s+tran|dac\s+khu))+)?)(?!\w)")
# "Trong đó, tại Bộ phận Một cửa UBND thành phố, đã tiếp nhận 8.420 hồ sơ": an office named as a part of the
# whole just told is a sub-unit, even the unit's own kind of office
PART_OFFICE_RE = (r"(?:^|\n|[.:;][^\S\n]{{0,3}})[^\S\n]*trong\s+do[^\S\n]*,?[^\S\n]*(?:(?:tai|o)\s+)?"
                  r"(?P<head>(?:{offices})[^\n:;.,()]{{0,60}}?)[^\S\n]*,?\s+(?=(?:{verbs})(?!\w))")


@dataclass(frozen=True)
class ScopePatterns:
    item: regex.Pattern[str]
    heads: regex.Pattern[str]  # where a subject may start
    subject_before: regex.Pattern[str]  # what must stand before it
    comma_before: regex.Pattern[str]  # or this, before a capitalised name
    subject: regex.Pattern[str]  # matched at the head: the name and the verb after it
    group: regex.Pattern[str] | None
    office: regex.Pattern[str] | None = None  # the unit's own kind of office at a level: "Bộ phận một cửa cấp xã"
    verb_after: regex.Pattern[str] | None = None  # a parenthesis, then a subject verb
    subject_group: regex.Pattern[str] | None = None  # "Các sở, ban, ngành" before a subject verb
    part_office: regex.Pattern[str] | None = None  # "Trong đó, tại Bộ phận Một cửa UBND thành phố, đã tiếp nhận"
    own_office: regex.Pattern[str] | None = None  # "Trung tâm Hành chính công huyện đã tiếp nhận"
    # "Phòng Văn hóa, Thông tin tiếp nhận": a name with a comma inside it, the words after the comma no head
    subject_comma: regex.Pattern[str] | None = None
    verbs: regex.Pattern[str] | None = None  # a subject verb anywhere
    frame: regex.Pattern[str] | None = None  # "Tại Chi nhánh …, đã tiếp nhận": a name, then a comma
    inline_item: regex.Pattern[str] | None = None  # "Phòng Kinh tế: 45 hồ sơ; Phòng …: 38 hồ sơ" (no list marker)
    colon_after: regex.Pattern[str] | None = None  # "Các sở, ban, ngành cấp tỉnh: tỷ lệ …": a colon, then a figure


def _listed(ft: str, pats: ScopePatterns, p: int) -> bool:
    return listed(ft, pats.heads, pats.verbs, PLACE_RE, p)


def _scope_patterns(data: FigureData) -> ScopePatterns:
    """The patterns of the word lists of ``data`` (figures.toml), compiled once per content of those lists."""
    return _compiled_patterns(data.scope_heads, data.subject_verbs, data.scope_groups, data.scope_not,
                              data.subject_groups)


@cache
def _compiled_patterns(scope_heads: tuple[str, ...], subject_verbs: tuple[str, ...], scope_groups: tuple[str, ...],
                       scope_not: tuple[str, ...], subject_groups: tuple[str, ...]) -> ScopePatterns:
    heads = "|".join(words(h) for h in scope_heads)
    verbs = "|".join(words(v) for v in subject_verbs)
    # "- Phòng Kinh tế xã: …", "2. Chi nhánh Văn phòng đăng ký đất đai khu vực X (tiếp nhận tại …): …"
    item = regex.compile(
        rf"(?m)^[^\S\n]*+(?:(?:[-+*•–]|\d{{1,2}}(?:\.\d{{1,2}}){{0,3}}+\.|[a-z]\))[^\S\n]*+)++"
        rf"(?:{LEAD}\s+)?(?P<head>(?:cac\s+)?(?:{heads})(?!\w)(?:[^\n:;.()]|{BROKEN}){{0,80}}?)[^\S\n]*"
        r"(?:\([^()\n]{0,160}\)[^\S\n]*)?:"
    )
    heads_re = regex.compile(rf"(?<!\w)(?:{heads})(?!\w)")
    # "Chi nhánh Văn phòng đăng ký đất đai: tỷ lệ giải quyết đúng hạn đạt 98%": the name, then its rate named
    # "(Chi nhánh …: 38 hồ sơ)": the name and its figure in a bracket
    inline_item = regex.compile(
        rf"(?:^|\n|[.;][^\S\n]{{1,3}}|\()[^\S\n]*(?:{LEAD}\s+)?(?P<head>(?:cac\s+)?(?:{heads})(?!\w)[^\n:;.()]{{0,80}}?)"
        rf"[^\S\n]*(?:\([^()\n]{{0,160}}\)[^\S\n]*)?:[^\S\n]*(?=\d|{RATE_OPENS})")
    # "…. Sở Xây dựng tiếp nhận"; after a comma only a capitalised name ("Tại Trung tâm …, Sở Tư pháp
    # tiếp nhận"), never a word of a list ("các sở, ban, ngành tiếp nhận")
    # "…. Các chi nhánh Văn phòng … tiếp nhận": the plural before the body is not part of its name
    # "…, trong đó lĩnh vực hộ tịch 320 hồ sơ", "(lĩnh vực hộ tịch 900 hồ sơ, …)": the first item of a breakdown
    subject_before = regex.compile(rf"(?:^|\n|[.:;][^\S\n]{{1,3}}|\(|(?<!\w)(?:{PART_LEADS})[^\S\n]*,?[^\S\n]*)"
                                   rf"[^\S\n]*(?:[-+*•–][^\S\n]*)*(?:{LEAD}\s+)?"
                                   rf"(?:(?:{level_words('frame', 'plural')})\s+)?$")
    comma_before = regex.compile(r",[^\S\n]{1,3}$")
    # "Sở Tài nguyên và Môi trường (gồm …) là đơn vị có …": a parenthesis between the name and its verb
    subject = regex.compile(
        rf"(?P<head>(?:{heads})(?!\w)(?:[^\n:;.,()]|{BROKEN}){{0,80}}?)(?:\s*\([^()\n]{{0,160}}\))?\s+"
        rf"(?=(?:{verbs})(?:(?!\w)|(?=\d)))")
    group = None
    if scope_groups:
        groups = "|".join(words(g) for g in scope_groups)
        group = regex.compile(rf"(?<!\w)cua\s+(?:cac\s+)?(?P<head>{groups})(?!\w)")
    offices = "|".join(words(w) for w in scope_not if not w.startswith("toan")) or "(?!x)x"
    office = regex.compile(rf"(?<!\w){OFFICE_LEVEL_RE.format(offices=offices)}")
    verb_after = regex.compile(rf"(?:\s*\([^()\n]{{0,160}}\))?\s+(?=(?:{verbs})(?:(?!\w)|(?=\d)))")
    # "Các sở, ban, ngành cấp tỉnh: tỷ lệ hồ sơ trực tuyến đạt 88%": a set of bodies as an item's name
    colon_after = regex.compile(rf"[^\S\n]*:[^\S\n]*(?=\d|{RATE_OPENS})")
    subject_group = None
    if subject_groups:
        sg = "|".join(words(g) for g in subject_groups)
        subject_group = regex.compile(rf"(?<!\w)(?P<head>{sg})(?!\w)")
    part_office = regex.compile(PART_OFFICE_RE.format(offices=offices, verbs=verbs))
    # "Trung tâm Phục vụ Hành chính công của tỉnh đã tiếp nhận …": the office and a few words naming its place
    own_office = regex.compile(rf"(?<!\w)(?P<head>(?:{offices})(?:[^\S\n]+(?!(?:{verbs})(?!\w))\w+){{0,5}}?)"
                               rf"(?:\s*\([^()\n]{{0,160}}\))?\s+(?=(?:{verbs})(?:(?!\w)|(?=\d)))")
    subject_comma = regex.compile(
        rf"(?P<head>(?:{heads})(?!\w)[^\n:;.,()]{{0,80}}?,[^\S\n]+(?P<more>(?!(?:{heads}|{PLACE_RE.pattern}|ubnd)(?!\w))"
        rf"[^\W\d][^\n:;.,()]{{0,60}}?))(?:\s*\([^()\n]{{0,160}}\))?\s+(?=(?:{verbs})(?:(?!\w)|(?=\d)))")
    verbs_re = regex.compile(rf"(?<!\w)(?:{verbs})(?:(?!\w)|(?=\d))")
    frame = regex.compile(rf"(?P<head>(?:{heads})(?!\w)[^\n:;.,()\d]{{0,80}}?)(?:\s*\([^()\n]{{0,160}}\))?[^\S\n]*,(?![0-9])")
    return ScopePatterns(item, heads_re, subject_before, comma_before, subject, group, office, verb_after,
                         subject_group, part_office, own_office, subject_comma, verbs_re, frame, inline_item,
                         colon_after)


# a clause after ";" that opens with a verb or a status continues its sentence's subject; one that opens
# with anything else (a name, "toàn xã", "tỷ lệ") has a subject of its own
SUBJECTLESS_RE = regex.compile(
    rf"[^\S\n]*(?:(?:{level_words('subjectless', 'connectors')}),?\s+)?(?:{level_words('subjectless', 'openers')})(?!\w)")


# "Công an tỉnh 7,7 ngàn hồ sơ, Sở Công Thương 3,7 ngàn hồ sơ, …": a name right before its figure, items apart
ITEM_SEP_RE = regex.compile(r"(?:,(?![0-9])|;)[^\S\n]*")


def _inline_item_end(text: str, ft: str, pos: int, end: int, head: str = "") -> int:
    """The end of a name's reach when its figure follows it directly: the separator before the next item that
    opens with a capitalised name (``…, Sở Công Thương 3,7 ngàn hồ sơ``) or with the name's own head word ``head``
    (``lĩnh vực hộ tịch 320 hồ sơ, lĩnh vực chứng thực 210 hồ sơ``), else ``end``."""
    for sep in ITEM_SEP_RE.finditer(ft, pos, end):
        if text[sep.end():sep.end() + 1].isupper() or (head and ft.startswith(head, sep.end())):
            return sep.start()
    return end


def _subject_end(ft: str, pos: int, stop: int, full_stop: int) -> int:
    """The end of a subject's reach: its clause, the clauses after ";" that have no subject of their own, and the
    sentences of its line that have none (:func:`extract.extractors.figure_scope_headings.carried_end`)."""
    end = stop
    while end < full_stop and ft[end - 1:end] == ";" and SUBJECTLESS_RE.match(ft, end):
        nxt = ft.find(";", end, full_stop)
        end = full_stop if nxt < 0 else nxt + 1
    end = carried_end(ft, end) if end == full_stop else end
    # ("- Lĩnh vực khác: 23 hồ sơ" or a table's last row, then a paragraph: the reach ends at the blank line)
    return b.start() if (b := BLANK_LINE_RE.search(ft, pos, end)) is not None else end


PLURAL_BEFORE_RE = regex.compile(rf"(?<!\w)(?:{level_words('frame', 'plural')})\s+$")


def scopes(text: str, ft: str, data: FigureData, stops: list[int], hard: list[int],
            parens: list[tuple[int, int]], full_stops: list[int]) -> list[tuple[int, int, str]]:
    pats = _scope_patterns(data)
    found: list[tuple[int, int, str]] = []
    accented = tuple((fold(w), w) for w in data.scope_heads_accented)
    opens = [o for o, _ in parens]

    def after(points: list[int], p: int) -> int:
        return next_point(points, p, len(text))

    def paren_close(p: int) -> int | None:
        i = bisect.bisect_right(opens, p) - 1
        for j in range(i, max(i - 8, -1), -1):
            o, c = parens[j]
            if o < p < c:
                return c
        return None

    def keep(m: regex.Match[str], end: int) -> None:
        s, e = m.span("head")
        # "Bộ phận Tiếp nhận và Trả kết quả": the head may stop before the words that make it the unit's own
        if names_office(ft, s, e, data.scope_not) or SCOPE_VERB.search(text[s:e].lower()):
            return
        if not accent_ok(text, ft, s, accented) or not _broken_ok(text, s, e):
            return
        close = paren_close(s)  # "(cấp huyện: 2.140 hồ sơ; cấp xã: 5.860 hồ sơ), trong đó …": ends at ")"
        if FIELD_HEAD_RE.match(ft, s) and (p := PLURAL_BEFORE_RE.search(ft, max(0, s - 10), s)) is not None:
            s = p.start()  # "…; các lĩnh vực khác 21 hồ sơ": names no field, stays as written (GOLD.md)
        found.append((s, end if close is None else min(end, close), field_name(" ".join(text[s:e].split()))))

    for m in pats.item.finditer(ft):
        end = after(hard, m.end())
        le = LINE_END_RE.search(ft, m.end(), end)
        end = end if le is None else le.end() - 1
        end = b.start() + 1 if (b := BLANK_LINE_RE.search(ft, m.end(), end)) is not None else end  # a paragraph
        eol = ft.find("\n", m.end())
        eol = len(ft) if eol < 0 else eol
        if ft[m.end():eol].rstrip().endswith(":") and (be := block_end(ft, ft.rfind("\n", 0, m.start()) + 1, eol)) > end:
            # "- Lĩnh vực đất đai: 300 hồ sơ, trong đó:" over "+ Trước hạn: 280 hồ sơ": the parts are the item's
            end = be
        keep(m, end)
    heading_scopes(ft, "|".join(words(h) for h in data.scope_heads), keep)  # "1. Phòng Tư pháp" over its lines
    for m in pats.inline_item.finditer(ft):
        if pats.subject_group is not None and pats.subject_group.match(ft, m.start("head")):
            continue  # "Các sở, ban, ngành cấp tỉnh: …": a set of bodies, read below (by its level when it names one)
        keep(m, after(stops, m.end()))  # "Phòng Kinh tế: 45 hồ sơ; Phòng Văn hóa - Xã hội: 38 hồ sơ."
    firsts = {f[0] for f, _ in accented}
    for h in pats.heads.finditer(ft):
        if ft[h.start()] in firsts and not accent_ok(text, ft, h.start(), accented):
            continue
        if not pats.subject_before.search(ft, max(0, h.start() - 40), h.start()) and not (
                pats.comma_before.search(ft, max(0, h.start() - 4), h.start()) and (
                text[h.start()].isupper() or parallel(ft, h.group(), h.start()))):
            continue
        after_comma = not pats.subject_before.search(ft, max(0, h.start() - 40), h.start())
        if after_comma and _listed(ft, pats, h.start()):
            continue  # "Sở Tư pháp, Sở Xây dựng đã tiếp nhận …": a list of bodies with one verb is no one part
        m = pats.subject.match(ft, h.start())
        if m is None and (m := pats.subject_comma.match(ft, h.start())) is not None and (
                not text[m.start("more")].isupper()):
            m = None
        if m is None and FRAME_LEAD_BEFORE_RE.search(ft, max(0, h.start() - 40), h.start()) and (
                fm := pats.frame.match(ft, h.start())) is not None:
            # "Tại Chi nhánh …, đã tiếp nhận …", "Đối với lĩnh vực đất đai, …": the frame scopes its sentence
            keep(fm, after(full_stops, fm.end()))
            continue
        if m is not None and joined_end(text, ft, *m.span("head")):
            continue  # "Văn phòng … tỉnh X và 11 chi nhánh … đã tiếp nhận": a body joined with others is no one part
        if m is not None and pats.heads.fullmatch(ft, *m.span("head")) and PLURAL_BEFORE_RE.search(
                ft, max(0, h.start() - 8), h.start()):
            continue  # "Các lĩnh vực tiếp nhận nhiều hồ sơ nhất là …": a plural head word alone names no part
        # a head inside an earlier subject's reach is part of it, unless it opens a clause of its own after a
        # comma, with its own verb ("Phòng Tư pháp tiếp nhận 120 hồ sơ, Phòng Kinh tế tiếp nhận 80 hồ sơ")
        if m is not None and (not any(s <= m.start("head") < e for s, e, _ in found[-3:]) or (
                after_comma and not ft[m.end():m.end() + 1].isdigit())):
            # a sentence's subject ("Chi nhánh … tiếp nhận 1.482 hồ sơ; đã giải quyết 1.356 hồ sơ, …") scopes
            # the figures of its whole sentence: the clauses after ";" with no subject of their own are its own
            end = _subject_end(ft, m.end(), after(stops, m.end()), after(full_stops, m.end()))
            if ft[m.end():m.end() + 1].isdigit():
                end = _inline_item_end(text, ft, m.end(), end, h.group())
            keep(m, end)
    if pats.subject_group is not None and pats.verb_after is not None:
        for m in pats.subject_group.finditer(ft):
            v = pats.verb_after.match(ft, m.end()) or pats.colon_after.match(ft, m.end())
            if v is None or not GROUP_BEFORE_RE.search(ft, max(0, m.start() - 40), m.start()):
                continue
            if LEVEL_JUST_BEFORE_RE.search(ft, max(0, m.start() - 20), m.start()):
                continue
            end = _subject_end(ft, v.end(), after(stops, v.end()), after(full_stops, v.end()))
            if (lv := LEVEL_HEAD_RE.search(ft, m.start(), v.end())) is not None and lv.end() <= m.end():
                # "Các sở, ban ngành cấp tỉnh tiếp nhận …": the level the set is named by
                found.append((m.start(), end, " ".join(text[lv.start():lv.end()].split())))
            else:
                keep(m, end)
    if pats.group is not None:
        for m in pats.group.finditer(ft):
            keep(m, after(stops, m.end()))
    found.extend(by_field_items(text, ft, full_stops))
    found.extend(bracket_field_scopes(text, ft))
    found.extend(field_run_scopes(text, ft))
    found.extend(carried_field_scopes(text, ft, full_stops))
    found.extend(written_part_scopes(text, ft, full_stops))  # "Theo lĩnh vực, Hộ tịch … với N, kế đến là …"
    level = unit_level(ft)
    if pats.office is not None:
        for m in pats.office.finditer(ft):
            lv = m.group("level")
            if lv == level or not pats.subject_before.search(ft, max(0, m.start() - 40), m.start()):
                continue
            v = pats.verb_after.match(ft, m.end())
            if v is not None:
                s, e = m.span("head")
                found.append((s, _subject_end(ft, v.end(), after(stops, v.end()), after(full_stops, v.end())),
                              " ".join(text[s:e].split())))
    if pats.part_office is not None:
        for m in pats.part_office.finditer(ft):
            s, e = m.span("head")
            if SCOPE_VERB.search(text[s:e].lower()):
                continue
            found.append((s, _subject_end(ft, m.end(), after(stops, m.end()), after(full_stops, m.end())),
                          " ".join(text[s:e].split())))
    for m in RANKED_NAME_RE.finditer(text):
        s, e = m.span("head")
        end = RANKED_END_RE.search(ft, m.end())
        found.append((s, end.start() if end is not None else len(ft), " ".join(text[s:e].split())))
    breaks = frame_breaks(ft, [0, *full_stops], pats.subject)
    for m in OTHER_FRAME_RE.finditer(ft):
        if m.start() in breaks:
            found.append((m.start("head"), after(full_stops, m.end()), " ".join(text[slice(*m.span("head"))].split())))
    sections = level_blocks(text, ft, level)
    level_scopes(text, ft, level, stops, hard, full_stops, breaks, keep,
                 split_by_level=level is not None and any(
                     " ".join(fold(n).split()[1:]).startswith(level) for _, _, n in sections))
    found.extend(competence_parts(text, ft, full_stops))
    if pats.own_office is not None and not has_issuer(ft):
        offices = tuple(o for o in data.scope_not if not o.startswith("toan"))
        found.extend(own_office_parts(text, ft, pats.own_office, (pats.subject_before, pats.comma_before), offices,
                                      found))
    found.extend(_place_scopes(text, ft, pats, stops, hard, full_stops))
    found.extend(mechanism_scopes(text, ft, full_stops))
    # (a part named by its count's own cue, "(DVCTT toàn trình: 148; …)", is the metric, no scope)
    found.extend(sc for sc in item_scopes(text, ft) if not cue_label(fold(sc[2])))
    found.extend(office_set_scopes(text, ft, stops))
    found.extend(owner_value_scopes(text, ft, data.scope_not))  # "… của Sở A là 4,2%, của Sở B là 3,1%"
    found = sorted((s, e, level_name(trim_adverbs(n))) for s, e, n in with_plural(text, ft, found))
    from extract.extractors.figure_scope_own import own_word_scopes  # (it reads figures: imported late)

    found = sorted([*found, *own_word_scopes(text, ft, data, stops, full_stops, hard, found)])
    return level_sets(found, sections)


def _place_scopes(text: str, ft: str, pats: ScopePatterns, stops: list[int], hard: list[int],
                  full_stops: list[int]) -> list[tuple[int, int, str]]:
    """The places below the reporting unit named as subjects or list items
    (:mod:`extract.extractors.figure_subunits`), each over the reach a body's name would have there."""
    found = places(text, ft, pats.verb_after, (pats.subject_before, pats.comma_before),
                   lambda p: _listed(ft, pats, p))
    if not found:
        return []

    def after(points: list[int], p: int) -> int:
        return next_point(points, p, len(text))

    reaches = []
    for p in found:
        if p.paren:
            end = ft.find(")", p.after)
            end = after(full_stops, p.after) if end < 0 else end
        elif p.frame:
            end = after(full_stops, p.after)
        elif p.item:
            end = after(hard, p.after)
            le = LINE_END_RE.search(ft, p.after, end)
            end = end if le is None else le.end() - 1
        else:
            end = _subject_end(ft, p.after, after(stops, p.after), after(full_stops, p.after))
            if p.inline:
                end = _inline_item_end(text, ft, p.after, end)
        reaches.append(end)
    return [(found[i].start, reaches[i], " ".join(text[found[i].start:found[i].end].split()))
            for i in sub_units(text, ft, found, reaches)]
