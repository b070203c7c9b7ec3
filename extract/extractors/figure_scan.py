"""Figures in running text, found in one pass over the folded text, and their values.

A figure is a number with its unit word (``4.911 hồ sơ``, ``1 250 hồ sơ``, ``4,5 nghìn hồ sơ``,
``99,72%``, ``19,99/20 điểm``, ``1.018/1.018 hồ sơ``) or a bare number that may be a count after its
cue (``… là 1.130``); never a year, a section number or a numbered thing (``năm 2026``, ``Điều 5``).
"""

from __future__ import annotations

import bisect
import functools
import heapq
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

import regex

from extract.extractors.figure_blocks import level_words
from extract.extractors.figure_count_numerals import COMPOUND_RE, compounds
from extract.extractors.figure_cues import load_data, mark_words, words
from extract.extractors.figure_dates import date_fraction
from extract.extractors.figure_nouns import COUNTED, DOSSIER, FEEDBACK
from extract.extractors.figure_spaced import bare_spaced_ok, spaced_style
from normalize.errors import NormalizeError
from normalize.numbers import (
    BROKEN_GROUPS_BODY,
    NUMBER_BODY,
    parse_amount,
    parse_count,
    parse_decimal,
    parse_irregular_count,
    spaced_thousands_bare_pattern,
    spaced_thousands_pattern,
)

FAMILY_UNIT = {"dossier": "hồ sơ", "procedure": "thủ tục", "feedback": "phản ánh, kiến nghị"}

# "4.911 hồ sơ", "99,72%", "100 %", "100% %", "60\%" (LaTeX), "19,99/20 điểm", "1.018/1.018 hồ sơ"
_NUM = NUMBER_BODY
# space-grouped thousands ("1 250 hồ sơ" -> 1250), only before a counted noun: normalize's guarded
# pattern (its look-behind never starts inside a run of groups, so it cannot backtrack quadratically)
_SPACED = spaced_thousands_pattern(folded=True)
# a count of a known kind with a broken thousands group, a typo of the source ("151.10 hồ sơ", "5.9123 hồ sơ"): read
# as its digits and flagged by validation (number_irregular, GOLD.md); its noun right after it on the same line
_IRREGULAR = (rf"{BROKEN_GROUPS_BODY}(?![0-9]|[.,][0-9])"
              rf"(?=[^\S\n]*(?:{COUNTED})(?!\w))")


def _figure_re(bare_spaced: str) -> regex.Pattern[str]:
    return regex.compile(
        # a number may be glued to its unit word in a hastily typed text: "1.234hồ sơ"
        rf"(?<![\w.,/\-–])(?P<a>{_IRREGULAR}|{_SPACED}{bare_spaced}|{_NUM})(?:\s*/\s*(?P<b>{_NUM}))?"
        rf"(?!(?!(?:{COUNTED})(?!\w))[\w/]|[.,][0-9]|\s*/\s*[0-9]|[\-–][0-9])"
    )


FIGURE_RE = _figure_re("")
# in a text that writes its thousands with spaces ("6 482 hồ sơ" seen in it), a grouped figure with no noun too:
# "tiếp nhận 2 114, đã giải quyết 2 101" (normalize.numbers.spaced_thousands_bare_pattern)
FIGURE_SPACED_RE = _figure_re(rf"|(?P<sb>{spaced_thousands_bare_pattern(folded=True)})")
# where a figure may start: a digit after no word, number or date character (FIGURE_RE's own first look-behind);
# FIGURE_RE is tried only there (a pattern opening with look-behinds is tried at every position of the text)
FIGURE_START_RE = regex.compile(r"[0-9](?<=(?<![\w.,/\-–])[0-9])")
# "chỉ số" ("Bộ chỉ số 766") or the decision that set it up (766/QĐ-TTg); never a figure such as "1.766 hồ sơ"
INDEX_DOC_RE = regex.compile(r"chi\s+so|(?<![\w.,])766\s*/\s*qd")
SCALE_RE = regex.compile(r"[^\S\n]*(?P<scale>nghin|ngan|trieu)(?!\w)")
# "trên 130 ngàn (đạt trên 98%)", "trên 83 ngàn, …": a scale word ending its phrase, its noun left unsaid
SCALE_ALONE_RE = regex.compile(r"[^\S\n]*(?:[,;.:)(]|\n|$)")
# what a case ("trường hợp") counts: the noun right after it, else the last counted noun of its sentence before it
CASE_AFTER_RE = regex.compile(rf"[^\S\n]*(?:(?P<feedback>{FEEDBACK})|(?P<dossier>{DOSSIER}))(?!\w)")
CASE_BEFORE_RE = regex.compile(rf"(?<!\w)(?:(?P<feedback>{FEEDBACK})|(?P<dossier>{DOSSIER}))(?!\w)")
CASE_LOOKBACK = 200
# "chỉ tám hồ sơ quá hạn", "còn một hồ sơ đang giải quyết": a number word from one to ten right before a counted
# noun (never a zero: GOLD.md); read on the accented text, so "sau" (after) is no "sáu". "một" is a number there as
# the others are after a word that makes it one ("còn một hồ sơ", ONE_AFTER_RE), the sentence telling counts in digits
# too (below); "một cửa", "một số", "một phần", "một trong" have no counted noun after "một"
NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
NUMBER_WORD_RE = regex.compile(
    rf"(?<![\w.,/\-–])(?:mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi)(?=[^\S\n]+(?:{COUNTED})(?!\w))")
# "đã giải quyết sáu hồ sơ (bốn trước hạn, hai đúng hạn)": a number word opening a part of a breakdown, its noun left
# out and its status right after it: a bare figure (figure_elided.part_count reads it as a part of its total)
# (the words after it are figures.toml [count_breakdown] number_word_statuses)
_PART_STATUSES = mark_words("number_word_statuses", "count_breakdown")
NUMBER_WORD_PART_RE = regex.compile(
    r"(?<=(?:\(|trong\s+do:?|[,;])[^\S\n]*)(?:hai|ba|bon|nam|sau|bay|tam|chin|muoi)"
    rf"(?=[^\S\n]+(?:{_PART_STATUSES})(?!\w))")
# "một" only after a word that makes it a number (figures.toml [count_breakdown] one_after)
ONE_AFTER_RE = regex.compile(rf"(?<!\w)(?:{mark_words('one_after', 'count_breakdown')})[^\S\n]+$")
# "hai mươi ba", "mười hai": compound number words are left alone
# ("trong năm hồ sơ …": the year, not five)
# only in a sentence that tells counts in digits too ("259 hồ sơ đúng hạn và chỉ tám hồ sơ quá hạn"): a number word
# alone in a sentence of prose ("Hai hồ sơ quá hạn thuộc lĩnh vực …") retells, it does not report
DIGIT_COUNT_RE = regex.compile(rf"(?<![\w.,])\d[\d.,]*[^\S\n]+(?:{COUNTED})(?!\w)")
SENTENCE_STOP_RE = regex.compile(r"[.!?](?=\s)|\n")
NUMBER_WORD_BEFORE = regex.compile(
    r"(?<!\w)(?:mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|tram|nghin|ngan|trieu|trong|cuoi|dau|ca|moi|hang|giua|nua"
    r"|cac|nhung|ky)[^\S\n]+$")
# "54,1 ngàn HS", "1.089 HS (còn trong thời hạn)": "HS" for hồ sơ, written in capitals, in a text that does not
# speak of pupils (học sinh, also "HS")
PUPILS_RE = regex.compile(r"(?<!\w)hoc\s+sinh(?!\w)")
# "… Quá hạn\n1 1.1. Thẩm định …": a row number before a section number
ROW_NUMBER_AFTER = regex.compile(r"[^\S\n]+\d{1,2}(?:\.\d{1,2})+\.?(?!\d)")


@cache
def _unit_re() -> regex.Pattern[str]:
    data = load_data()
    other = "|".join(words(u) for u in data.other_units) or "(?!x)x"
    # (any whitespace before the unit word, taken whole: every alternative opens with a word or a sign)
    return regex.compile(
        r"\s*+(?:"
        r"(?P<pct>\\?%(?:\s*%)?)"
        # "63 điểm cầu", "12 điểm giao dịch": "điểm" naming a place (a site, a counter) is no score
        rf"|(?P<pts>diem)(?!\w)(?![^\S\n]+(?:{level_words('scores', 'place_nouns')})(?!\w))"
        # "1.300 lượt hồ sơ": a count of dossier-visits is a count of dossiers
        r"|(?P<dossier>(?:bo\s+|luot\s+)?ho\s+so)(?!\w)"
        r"|(?P<hs>hs)(?!\w)"
        # "145 dịch vụ công trực tuyến toàn trình": the online service spelled out, as "145 DVCTT"
        # "426 dịch vụ công mức độ 3", "77 dịch vụ công toàn trình": the service with its level, "trực tuyến" unsaid
        r"|(?P<procedure>thu\s+tuc(?:\s+hanh\s+chinh)?|tthc|dvctt|dich\s+vu\s+cong\s+truc\s+tuyen"
        r"|dich\s+vu\s+cong(?=[^\S\n]+(?:muc(?:\s+do)?\s+[1-4](?!\d)|toan\s+trinh|mot\s+phan)(?!\w)))(?!\w)"
        # "phản ánh, kiếnnghị": the two words glued in a hastily typed text
        r"|(?P<feedback>(?:y\s+kien\s+)?(?:phan\s+anh(?:,?\s+kien\s*nghi)?|kien\s*nghi(?:,?\s+phan\s+anh)?)"
        r"(?:\s*\(pakn\))?|pakn"
        # "2.500 phiếu xử lý ý kiến, phản ánh, kiến nghị": the slips feedback is logged on, one per item (not "phiếu
        # khảo sát", "phiếu đánh giá": no feedback noun after them)
        r"|phieu(?=(?:[^\S\n]++[^\W\d]+){0,4}?(?:[^\S\n]*+,)?[^\S\n]++(?:phan\s+anh|kien\s*nghi|pakn)(?!\w)))(?!\w)"
        # "135 trường hợp", "677 trường hợp phản ánh, kiến nghị": a case of what its sentence counts
        r"|(?P<case>truong\s+hop)(?!\w)"
        rf"|(?P<other>{other})(?!\w)"
        # "dịch vụ công trực tuyến 3 cấp", "4 mức": a number of levels, not a count (but "19 mức độ 4", a count at
        # a level whose noun is left out: figure_elided); "của 34 địa phương", "20/34 tỉnh, thành":
        # places or bodies counted, never a count of what a report reports
        r"|(?P<skip>ngay|thang|nam|quy|gio|phut|tuan|lan|tuoi|m2|m²|km|ha"
        r"|muc(?![^\S\n]+(?:do[^\S\n]+)?[1-4](?!\d))|dieu|khoan|thon|cap"
        r"|dia\s+phuong|tinh,?\s+thanh(?:\s+pho)?|bo,?\s+nganh)(?!\w)"
        r")"
    )


# a bare number preceded by one of these is not a figure: "năm 2026", "Bộ chỉ số 766", "Điều 5", "tỉnh 941" (a
# road; not "cấp tỉnh 1.577", a level's part);
# "số" only when it is not the tail of "hồ sơ" ("tổng số hồ sơ 1250" is a figure); "thứ" (an ordinal) never the
# letter of "hòm thư", "hộp thư" (a mailbox: "hòm thư 01", a channel's count)
# (written with single spaces; any run of spaces stands between the words: "mức  độ 3")
BARE_BEFORE = regex.compile(words(
    r"(?:nam|thang|ngay|quy|(?<!ho\s+)so|muc do|dieu|khoan|muc|khoa|(?<!(?:hom|hop)\s+)thu|giai doan|chi so|phu luc|bieu mau|bieu|ky hop"
    r"|lan|xep|hang|(?<!cap\s+)(?<!cong\s+an\s+)tinh|duong|quoc lo|khu|to|thon|phong|so dien thoai|hotline|ma|version"
    r"|he thong)\s*:?\s*$"
))
# "…, có tổng số 2.700, với …": a total closing its clause, its noun named before it (not "số 5", a numbered thing)
TOTAL_BEFORE_RE = regex.compile(
    r"[,;:][^\S\n]*(?:(?:co|voi|la)[^\S\n]+)?tong[^\S\n]+(?:so|cong)(?:[^\S\n]+la)?[^\S\n]*:?[^\S\n]*$")
TOTAL_END_RE = regex.compile(r"[^\S\n]*(?:[,;.)]|\n|$)")
# the number of a date word ("năm 2025", "tháng 6", "ngày 14", "quý 2") is never a count of things
DATE_WORD_BEFORE = regex.compile(r"(?<!\w)(?:nam|thang|ngay|quy)\s*$")
# a broken group is no typo after a version word ("phiên bản 2.10 thủ tục"), nor a day and month after a word of time
# ("đến 30.9 hồ sơ tồn": 30 September), nor in an average, a decimal ("bình quân 12.5 hồ sơ/ngày")
IRREGULAR_VERSION_BEFORE = regex.compile(r"(?<!\w)(?:phien\s+ban|ban|ver|v)\.?\s*$")
IRREGULAR_TIME_BEFORE = regex.compile(r"(?<!\w)(?:ngay|tu|den|het|truoc|sau|toi|tinh\s+den|thoi\s+diem)\s*:?\s*$")
DAY_MONTH_RE = regex.compile(r"(?:0?[1-9]|[12][0-9]|3[01])\.(?:0?[1-9]|1[0-2])")
AVERAGE_BEFORE = regex.compile(r"(?<!\w)(?:binh\s+quan|trung\s+binh)(?:[^\S\n]+[^\s.;:]+){0,5}[^\S\n]*$")
# a group of one or two digits, which also reads as a decimal ("2.1", "151.10")
SHORT_GROUP_RE = regex.compile(r"\.[0-9]{1,2}(?:\.|$)")
# "6.500 hồ sơ/10.000 hồ sơ = 65%": a fraction with its unit word on each side (the second side told in the same
# unit), one figure as "6.500/10.000 hồ sơ" is: the rate's, not two counts
FRACTION_TAIL_RE = regex.compile(rf"[^\S\n]*/[^\S\n]*(?P<b>{_NUM})(?![0-9]|[.,][0-9]|[^\S\n]*/)")
PER_AFTER = regex.compile(r"[^\S\n]*(?:/|(?:moi|mot|tren\s+mot|tren\s+moi)\s+(?:ngay|tuan|thang|nguoi|can\s+bo)(?!\w))")


@dataclass(frozen=True, slots=True)
class Figure:
    start: int  # span of number and unit word
    end: int
    num_end: int
    kind: str  # count | bare | percent | score | fraction
    family: str | None  # dossier | procedure | feedback | other (counts)
    value: float
    value_b: float | None = None


# --- values --------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=8192)
def _count_value(s: str) -> int | None:
    try:
        return parse_count(s.replace(" ", "").replace("\u00a0", ""))
    except NormalizeError:
        return None


@functools.lru_cache(maxsize=8192)
def decimal_value(s: str) -> float | None:
    try:
        return parse_decimal(s)
    except NormalizeError:
        return None


def _scaled_value(s: str) -> int | None:
    """``4,5 nghìn`` -> 4500 (a whole count only)."""
    try:
        v = parse_amount(s).value
    except NormalizeError:
        return None
    return int(v) if v == int(v) else None


def iter_figures(text: str, ft: str, skip: list[tuple[int, int]]) -> Iterable[Figure]:
    """Every figure of the folded text outside the ``skip`` spans (tables), in order."""
    return heapq.merge(_digit_figures(text, ft, skip), _word_figures(text, ft, skip), key=lambda f: f.start)


def _in_skip(skip: list[tuple[int, int]], pos: int) -> bool:
    i = bisect.bisect_right(skip, (pos, 1 << 62)) - 1
    return i >= 0 and skip[i][0] <= pos < skip[i][1]


def _word_figures(text: str, ft: str, skip: list[tuple[int, int]]) -> Iterable[Figure]:
    """Counts written with a number word (``chỉ tám hồ sơ quá hạn``)."""
    unit_re = _unit_re()
    found = [(m, unit_re.match(ft, m.end())) for m in NUMBER_WORD_RE.finditer(ft)]
    found += [(m, None) for m in NUMBER_WORD_PART_RE.finditer(ft)]
    values = {s: v for s, _, v in compounds(text, ft)}  # "mười hai hồ sơ", "hai mươi lăm hồ sơ"
    found += [(m, unit_re.match(ft, m.end())) for m in COMPOUND_RE.finditer(ft) if m.start() in values]
    with_digits = _sentence_digits(ft)
    for m, u in sorted(found, key=lambda f: f[0].start()):
        v = values.get(m.start()) or NUMBER_WORDS.get(text[m.start():m.end()].lower())
        if v is None or _in_skip(skip, m.start()) or NUMBER_WORD_BEFORE.search(ft, max(0, m.start() - 12), m.start()):
            continue
        if v == 1 and m.start() not in values and not ONE_AFTER_RE.search(ft, max(0, m.start() - 16), m.start()):
            continue  # "có một hồ sơ …": an article
        if u is not None and u.lastgroup not in FAMILY_UNIT:
            continue
        end = m.end() if u is None else u.end()
        if with_digits(m.start(), end):
            yield Figure(m.start(), end, m.end(), "count" if u else "bare", u.lastgroup if u else None, v)


def _sentence_digits(ft: str) -> Callable[[int, int], bool]:
    """Whether the sentence around ``ft[start:end]`` holds a count in digits (a number word is read as a count only
    beside one); each sentence searched once, however many number words it holds."""
    stops: list[int] = []  # where each sentence stop ends, found on the first call
    seen: dict[tuple[int, int], bool] = {}

    def with_digits(start: int, end: int) -> bool:
        if not stops:
            stops.extend([0, *(b.end() for b in SENTENCE_STOP_RE.finditer(ft))])
        lo = stops[bisect.bisect_right(stops, start) - 1]
        i = bisect.bisect_left(stops, end + 1)  # the next stop at or after end (each stop one character long)
        hi = stops[i] - 1 if i < len(stops) else len(ft)
        if (lo, hi) not in seen:
            seen[lo, hi] = DIGIT_COUNT_RE.search(ft, lo, hi) is not None
        return seen[lo, hi]

    return with_digits


def _figure_matches(ft: str) -> Iterable[regex.Match[str]]:
    """``FIGURE_RE.finditer(ft)``, tried only where a figure may start (``FIGURE_SPACED_RE`` in a text that groups
    its thousands with spaces)."""
    find, match, pos = FIGURE_START_RE.search, FIGURE_RE.match, 0
    spaced = FIGURE_SPACED_RE.match if spaced_style(ft, _SPACED) else None
    while (d := find(ft, pos)) is not None:
        m = None
        if spaced is not None and (m := spaced(ft, d.start())) is not None and m.group("sb") is not None \
                and not bare_spaced_ok(ft, m):
            m = None
        if m is None:
            m = match(ft, d.start())
        if m is None:
            pos = d.end()
        else:
            yield m
            pos = m.end()


def _case_family(ft: str, start: int, unit_end: int) -> str | None:
    """What a case (``trường hợp``) counts: the noun after it, else the last counted noun of its sentence."""
    a = CASE_AFTER_RE.match(ft, unit_end)
    if a is not None:
        return a.lastgroup
    lo = max(start - CASE_LOOKBACK, ft.rfind("\n", 0, start) + 1, ft.rfind(". ", 0, start) + 1)
    found = list(CASE_BEFORE_RE.finditer(ft, lo, start))
    return found[-1].lastgroup if found else None


def _irregular_count(ft: str, start: int, a: str, unit: regex.Match[str] | None) -> int | None:
    """The digits of a count of a known kind written with a broken thousands group (``151.10 hồ sơ`` -> 15110),
    None where the number is a section's, a version's, a date's or a decimal average (see the patterns above)."""
    if unit is None or unit.lastgroup not in FAMILY_UNIT or "\n" in ft[start:unit.start(unit.lastgroup)]:
        return None
    try:
        v = parse_irregular_count(a)
    except NormalizeError:
        return None
    line_before = ft[ft.rfind("\n", 0, start) + 1:start]
    if SHORT_GROUP_RE.search(a) and not line_before.strip(" \t-+*•–("):
        return None  # "2.1 Thủ tục …": a section number opening its line
    before = ft[max(0, start - 60):start]
    if BARE_BEFORE.search(before[-24:]) or IRREGULAR_VERSION_BEFORE.search(before[-16:]):
        return None
    if DAY_MONTH_RE.fullmatch(a) and IRREGULAR_TIME_BEFORE.search(before[-16:]):
        return None
    if AVERAGE_BEFORE.search(before) or PER_AFTER.match(ft, unit.end()):
        return None
    return v


def unit_after(ft: str, p: int) -> bool:
    """Whether a unit word follows ``p`` on its line (``25 hồ sơ``, ``61,7%``, ``6 tháng``, ``12 xã``): the number
    before ``p`` is a figure's or a measure's, no name's."""
    u = _unit_re().match(ft, p)
    return u is not None and "\n" not in ft[p:u.start(u.lastgroup)]


def _digit_figures(text: str, ft: str, skip: list[tuple[int, int]]) -> Iterable[Figure]:
    unit_re = _unit_re()
    k = 0
    hs_ok: bool | None = None  # "HS" read as hồ sơ: known at its first use
    skip_to = 0  # the end of a fraction told with a unit word on each side: its second side is no figure of its own
    for m in _figure_matches(ft):
        if m.start() < skip_to:
            continue
        while k < len(skip) and skip[k][1] <= m.start():
            k += 1
        if k < len(skip) and skip[k][0] <= m.start() < skip[k][1]:
            continue
        a, b = m.group("a"), m.group("b")
        if b is not None and date_fraction(ft, m.start(), a, b):
            continue  # "tháng 3/2024", "ngày 30/6": a date, never a figure
        scale = SCALE_RE.match(ft, m.end()) if b is None else None
        u = unit_re.match(ft, scale.end() if scale else m.end())
        if scale is not None and (u is None or u.lastgroup not in (*FAMILY_UNIT, "hs")):
            if SCALE_ALONE_RE.match(ft, scale.end()) and (v := _scaled_value(text[m.start():scale.end()])) is not None \
                    and not BARE_BEFORE.search(ft, max(0, m.start() - 24), m.start()):
                yield Figure(m.start(), scale.end(), scale.end(), "bare", None, v)
                continue
            scale, u = None, unit_re.match(ft, m.end())  # "9.847 triệu đồng": money, not a scaled count
        kind_unit = u.lastgroup if u else None
        unit_start = u.start(kind_unit) if u else m.end()
        if kind_unit == "case":
            kind_unit = _case_family(ft, m.start(), u.end())
            if kind_unit is None:
                u, unit_start = None, m.end()
        if kind_unit == "hs":
            if hs_ok is None:
                hs_ok = PUPILS_RE.search(ft) is None
            if text[u.end() - 2:u.end()] == "HS" and hs_ok:
                kind_unit = "dossier"
            else:
                u, kind_unit = None, None
        if u is not None and "\n" in ft[m.end():unit_start] and BARE_BEFORE.search(
                ft, max(0, m.start() - 24), m.start()):
            continue  # "Mức độ 4\nTTHC": a numbered thing at the end of a line, its unit word a header below
        end = u.end() if u else m.end()
        if kind_unit == "skip":
            continue
        if scale is not None:
            if kind_unit not in FAMILY_UNIT or (v := _scaled_value(text[m.start():scale.end()])) is None:
                continue
            yield Figure(m.start(), end, m.end(), "count", kind_unit, v)
            continue
        if b is not None:
            va, vb = decimal_value(a), decimal_value(b)
            if va is None or vb is None:
                continue
            if kind_unit == "pts":
                yield Figure(m.start(), end, m.end(), "score", None, va, vb)
            else:
                yield Figure(m.start(), end if kind_unit in FAMILY_UNIT else m.end(), m.end(), "fraction",
                             kind_unit, va, vb)
            continue
        if kind_unit in ("pct", "pts"):
            v = decimal_value(a)
            if v is not None:
                yield Figure(m.start(), end, m.end(), "percent" if kind_unit == "pct" else "score", None, v)
            continue
        v = _count_value(a)
        if v is None and (v := _irregular_count(ft, m.start(), a, u)) is None:
            continue
        if kind_unit == "other" and DATE_WORD_BEFORE.search(ft, max(0, m.start() - 12), m.start()):
            continue  # "năm 2025\n\nxã …": a year or a date's number, not a count of communes
        if kind_unit in FAMILY_UNIT and (tail := FRACTION_TAIL_RE.match(ft, end)) is not None and (
                u2 := unit_re.match(ft, tail.end())) is not None and u2.lastgroup == kind_unit and (
                vb := decimal_value(tail.group("b"))) is not None:
            yield Figure(m.start(), u2.end(), tail.end(), "fraction", kind_unit, float(v), vb)
            skip_to = u2.end()
            continue
        if kind_unit in ("dossier", "procedure", "feedback", "other"):
            yield Figure(m.start(), end, m.end(), "count", kind_unit, v)
            continue
        # a bare number: not a section number, a year or a numbered thing
        line_start = ft.rfind("\n", 0, m.start()) + 1
        if not ft[line_start:m.start()].strip(" \t-+*•–(") and (
                ft[m.end():m.end() + 1] in (".", ")") or ROW_NUMBER_AFTER.match(ft, m.end())):
            continue
        if len(a) == 4 and 1900 <= v <= 2100:
            continue
        if BARE_BEFORE.search(ft, max(0, m.start() - 24), m.start()) and not (
                TOTAL_BEFORE_RE.search(ft, max(0, m.start() - 30), m.start()) and TOTAL_END_RE.match(ft, m.end())):
            continue
        yield Figure(m.start(), m.end(), m.end(), "bare", None, v)
