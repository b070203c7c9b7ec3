"""The unit of a text with no header (a news item), read from its headline and opening (part of the ``metadata``
extractor): only where the text names it unambiguously, never a unit merely mentioned.
"""

from __future__ import annotations

import functools
from collections import Counter

import regex

from extract.extractors.metadata_cues import TitleBlock, cue_data
from extract.extractors.metadata_mentions import (
    NAME_WORD,
    UNIT_NAME,
    Mention,
    UnitReading,
    body_before,
    clean_name,
    cues,
    mentions,
)
from normalize.lexicon import unit_type_for_word, unit_type_names, unit_type_words, word_alternation
from normalize.text import fold
from normalize.units import former_province, province_full_name, province_type

_NOT_NAME_CHARS = regex.compile(r"[^\w'’]+")
NEWS_WINDOW = 3000  # characters of a news item's opening read for its unit


def news_unit(text: str, block: TitleBlock) -> UnitReading | None:
    """A news item's unit, only where the text names it unambiguously: the headline's unit ("Phường Đồng Thuận:
    …"), else the masthead's, else the body's unit the headline names without its type word ("Quảng Nam đang
    xếp thứ 21" / "tỉnh Quảng Nam"), else the unit whose report it relays ("theo báo cáo của UBND huyện X"),
    else the only unit the opening names, twice at least. Never a unit merely mentioned (a district among
    others, "các huyện A, B")."""
    c = cues()
    lo, hi = block.span if block.span is not None else (0, 0)
    # a province-level city in the headline with an abbreviated type word ("TP.HCM: …", "TP Cần Thơ dẫn đầu …")
    headline = sorted([m for m in mentions(text, lo, hi) + _city_mentions(text, lo, hi) if m.name],
                      key=lambda m: m.start)
    top = headline or [m for m in mentions(text, 0, lo) if m.name]
    if top:
        m = top[0]
        return UnitReading(m.type, m.name, m.body, (m.start, m.end))
    window = min(len(text), hi + NEWS_WINDOW)
    body = [m for m in mentions(text, hi, window) + _city_mentions(text, hi, window)
            if m.name and not c.plural.search(text, max(0, m.start - 12), m.start)]
    body.sort(key=lambda m: m.start)
    if not body:
        if hi > lo:
            words = " " + " ".join(_NOT_NAME_CHARS.sub(" ", fold(text[lo:hi])).split()) + " "
            lead = _headline_lead(text, lo, hi) or _headline_abbreviated(text, words, hi, window)
            if lead is not None:
                return lead
        return _own_level_city(text, hi, window, lo)
    words = " " + " ".join(_NOT_NAME_CHARS.sub(" ", fold(text[lo:hi])).split()) + " "  # "Hòa Thành: …" -> " hoa thanh … "
    chosen = next((m for m in body if f" {fold(m.name)} " in words), None) if hi > lo else None
    if chosen is not None:  # the headline's bare name: a province, or its capital of the same name ("Kon Tum: …")
        province = _province_of_same_name(text, chosen.type, chosen.name, (chosen.start, chosen.end), lo, window)
        if province is not None:
            return province
    if chosen is None and hi > lo:
        lead = _headline_lead(text, lo, hi) or _headline_abbreviated(text, words, hi, window)
        if lead is not None:
            return lead
    named = Counter((m.type, fold(m.name)) for m in body).most_common()
    chosen = chosen or _lead_subject(text, hi, body, dict(named))
    chosen = chosen or next((m for m in body if c.source.search(text, max(0, m.start - 40), m.start)), None)
    if chosen is None and len(named) == 1 and (len(body) >= 2 or body[0].body is not None):
        chosen = body[0]  # the only unit the opening names: twice, or once with its authority ("UBND huyện X ban hành")
    elif chosen is None and len(named) == 2 and named[0][1] >= 2 and named[0][1] >= 2 * named[1][1]:
        # the unit the opening is about: named at least twice as often as the one other unit it names ("xã Thường
        # Tín" seven times, "thành phố Hà Nội" once, for the city's leader who visits it); an opening naming three
        # units or more is a round-up (a ranking of provinces, the communes of a city), about none of them
        chosen = next(m for m in body if (m.type, fold(m.name)) == named[0][0])
    if chosen is None:
        return _own_level_city(text, hi, window, lo)
    return UnitReading(chosen.type, chosen.name, chosen.body, (chosen.start, chosen.end))


_LINE = regex.compile(r"(?m)^[ \t]*(?P<line>[^\n]*)$")
LEAD_WORDS = 8  # a line of this many words at least is a paragraph of the body (not a rubric, a byline, a stamp)


def _lead_subject(text: str, pos: int, body: list[Mention], named: dict[tuple[str, str], int]) -> Mention | None:
    """The unit that opens the item's lead paragraph, its subject ("Tỉnh An Giang hiện còn 5.830 hồ sơ …", "UBND
    huyện X vừa …"), when the opening names it again: the item is about it, whatever other units it names after.
    None when the lead opens otherwise ("Chiều 2-2, Văn phòng UBND tỉnh …") or names its unit only once."""
    for line in _LINE.finditer(text, pos):
        if len(line.group("line").split()) < LEAD_WORDS:
            continue
        first = next((m for m in body if m.start == line.start("line")), None)
        if first is not None and named.get((first.type, fold(first.name)), 0) >= 2:
            return first
        return None
    return None


def _city_mentions(text: str, lo: int, hi: int) -> list[Mention]:
    """A province-level city written with an abbreviated type word (``TP.Đà Nẵng``, ``UBND TP Cần Thơ``,
    ``TP.HCM``): a mention of that city. Only at the province level: ``P. 5``, ``Q. Hải`` are too ambiguous."""
    out = []
    for a in _abbreviated().finditer(text, lo, hi):
        raw = a.group("name").split("\n")[0]
        name = province_full_name(clean_name(raw))
        utype = unit_type_for_word(a.group("type"))
        if utype is None or province_type(name) != utype.name:
            continue
        body, start = body_before(text, a.start())
        out.append(Mention(utype.name, name, body, start, a.start("name") + len(raw)))
    return out


@functools.cache
def _province_names() -> regex.Pattern:
    """The bare names of the provinces, those of the 2025 list and the 63 before the merger (``Quảng Nam``,
    ``Thừa Thiên Huế``): a news item of 2018 names its province as it was then."""
    from normalize.units import load_former_provinces, load_provinces
    names = sorted({p.name for p in load_provinces()} | {p.name for p in load_former_provinces()},
                   key=len, reverse=True)
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{'|'.join(regex.escape(n) for n in names)})(?![\p{{L}}\p{{M}}])")


# the word before a province's bare name: a family name there makes it a person's ("Phó Thủ tướng Nguyễn Hòa Bình")
_WORD_BEFORE = regex.compile(r"(?:^|[^\p{L}\p{M}])([\p{L}\p{M}]*)[ \t]+$")


def _word_before(text: str, pos: int) -> str:
    m = _WORD_BEFORE.search(text, max(0, pos - 20), pos)
    return m.group(1) if m is not None else ""


def _level_of(name: str) -> tuple[str | None, str]:
    """(type, name) of a province by its current or its former name (``Quảng Nam`` -> ``tỉnh``)."""
    typ = province_type(name)
    if typ is not None:
        return typ, name
    former = former_province(name)
    return (former.type, former.name) if former is not None else (None, name)


@functools.cache
def _agency_pattern() -> regex.Pattern:
    """A province-level agency (data/metadata.toml ``[unit] province_agencies``) followed by the bare type word
    or a capitalised name: ``Công an tỉnh``, ``Cục Thuế Quảng Nam``, ``Trung tâm Hành chính công tỉnh X``; a
    provincial department by its capitalised head word (``province_departments``): ``Sở Tư pháp``."""
    words = cue_data()["unit"].get("province_agencies", ())
    # a department written with its capitalised head word ("Sở Tư pháp", "Sở GT-VT"): matched case-sensitively, so
    # that "trụ sở UBND", "cơ sở Dữ liệu" are none
    departments = cue_data()["unit"].get("province_departments", ())
    dept = rf"|(?<![\w-])(?:{'|'.join(regex.escape(w) for w in departments)})(?=[ \t]+\p{{Lu}})" if departments else ""
    return regex.compile(rf"(?i:(?<!\w)(?:{word_alternation(words)}))(?=[ \t]+(?:(?i:tỉnh|thành[ \t]+phố)(?!\w)|\p{{Lu}}))"
                         + dept)


@functools.cache
def _bare_level(typ: str) -> regex.Pattern:
    """A level's bare type word, the unit speaking of itself ("UBND tỉnh", "toàn thành phố", "địa bàn tỉnh"), not a
    level or a set of them ("cấp tỉnh", "các tỉnh", "21/34 tỉnh": any province; "9 huyện, thị xã, thành phố", "các
    huyện và thành phố": a type after others in a counted or plural list) nor a unit's name ("tỉnh Kon Tum")."""
    types = word_alternation(unit_type_names("commune", "district", "province"))
    joint = r"[ \t]*(?:,|/|và|hoặc)[ \t]*"
    return regex.compile(rf"(?<!(?i:cấp|các|những|mỗi|\d)[ \t]*)(?<!(?i:(?<!\w)(?:\d+|các|những|mỗi)[ \t]+(?:{types})(?:{joint}(?:{types}))*){joint})"
                         rf"(?i:(?<!\w){regex.escape(typ)})(?![ \t]*\p{{Lu}})(?!\w)")


def _level_refs(text: str, typ: str, lo: int, hi: int) -> int:
    return len(_bare_level(typ).findall(text, lo, hi))


PROVINCE_OVER_CITY = 2  # the province's own references outnumber the city's (its name and bare type word) this much


def _province_of_same_name(text: str, utype: str, uname: str, span: tuple[int, int], lo: int,
                           hi: int) -> UnitReading | None:
    """A headline naming a place bare ("Kon Tum: 6 tháng đầu năm …") whose name the opening gives a unit below the
    province (``utype`` ``uname``: "thành phố Kon Tum", "TP Kon Tum", a province's capital of the same name): the
    province, when the item speaks of itself as a province ("UBND tỉnh", "toàn tỉnh", "Sở Tư pháp") at least three
    times and more than twice as often as of the city (its mentions, typed or abbreviated, and its bare type word);
    else None (the item is about the city). ``span``: the unit's mention, where the headline has no name."""
    typ, name = _level_of(uname)
    if typ is None or typ == utype:
        return None
    refs = _level_refs(text, typ, lo, hi) + len(_agency_pattern().findall(text, lo, hi))
    typed = [m for m in mentions(text, lo, hi) if m.type == utype and fold(m.name) == fold(uname)]
    abbreviated = [a for a in _abbreviated().finditer(text, lo, hi) if _same_name(a.group("name").split("\n")[0], uname)]
    city = _level_refs(text, utype, lo, hi) + len(typed) + len(abbreviated)
    if refs < 3 or refs <= PROVINCE_OVER_CITY * city:
        return None
    at = regex.compile(rf"(?<![\p{{L}}\p{{M}}]){regex.escape(uname)}(?![\p{{L}}\p{{M}}])", regex.IGNORECASE)
    m = at.search(text, lo, hi)
    return UnitReading(typ, name, None, m.span() if m is not None else span)


def _own_level_city(text: str, lo: int, hi: int, head: int | None = None) -> UnitReading | None:
    """An opening that names no unit with its type but one province by its bare name (its current or its former
    name) and speaks of "the city" / "the province" with the type word alone ("… toàn thành phố đạt 71% … Đà Nẵng
    đã triển khai …", "UBND tỉnh ban hành …") or of the province's agencies ("Công an tỉnh", "Cục Thuế Quảng Nam"):
    that province. Never when it names two provinces or more, never speaks of the province's level, names the
    province once and speaks of its level once only, or names a unit below it three times or more (the item is
    about that unit). ``head``: where the headline starts (its words count as the opening's)."""
    surnames = cues().surnames
    found = [(m.group(), m.span()) for m in _province_names().finditer(text, lo, hi)
             if fold(_word_before(text, m.start())) not in surnames]
    found += [(m.name, (m.start, m.end)) for m in _city_mentions(text, lo, hi)]
    if not found or len({_level_of(name)[1] for name, _ in found}) != 1:
        return None
    name, span = min(found, key=lambda f: f[1])
    typ, name = _level_of(name)
    if typ is None:
        return None
    typed = Counter((m.type, fold(m.name)) for m in mentions(text, lo, hi) if m.name)
    below = sorted((n for (t, _), n in typed.items() if t != typ), reverse=True)
    if below and below[0] >= 3 and below[0] >= 2 * sum(below[1:]):
        # the item is about a unit below the province, named again and again; not when it names others below as
        # often as half of that (the city's communes as examples: "… tại xã A …", "Tại phường B …", "Xã C có …")
        return None
    start = lo if head is None else min(head, lo)
    refs = _level_refs(text, typ, start, hi) + len(_agency_pattern().findall(text, start, hi))
    named = len(found) + typed[(typ, fold(name))]
    if refs == 0 or named + refs < 3:
        return None  # named once in passing, or never spoken of as the level that reports
    return UnitReading(typ, name, None, span)


# The unit a headline opens with, without its type word: "Hòa Thành: Giải quyết …", "Hà Nam dẫn đầu cả nước …"
# (capitalised words, then a colon or a word in lower case)
_LEAD = regex.compile(rf"(?P<name>{NAME_WORD}(?:[ \t]*[-–][ \t]*{NAME_WORD}|[ \t]+{NAME_WORD}){{1,4}})"
                      r"(?=[ \t]*:|[ \t]+\p{Ll})")


@functools.cache
def _abbreviated() -> regex.Pattern:
    """A unit written with an abbreviated type word (``TP Đà Lạt``, ``TX. Bến Cát``; unit_types.toml ``words``)."""
    names = {fold(n) for n in unit_type_names("commune", "district", "province")}
    abbrs = [w for w in unit_type_words("commune", "district", "province") if fold(w) not in names]
    return regex.compile(rf"(?<!\w)(?P<type>{word_alternation(abbrs)})[ \t]*{UNIT_NAME}")


def _same_name(a: str, b: str) -> bool:
    """Names equal up to case, marks and an Icelandic eth written for Đ (``Ðà Lạt``)."""
    def key(x: str) -> str:
        return " ".join(fold(x.replace("\u00d0", "Đ").replace("\u00f0", "đ")).split())
    return key(a) == key(b)


def _headline_lead(text: str, lo: int, hi: int) -> UnitReading | None:
    """The unit a headline opens with, typed where the item's opening writes it with an abbreviated type word
    (``Đà Lạt: …`` / ``UBND TP Đà Lạt``) or where it is a province (``Hà Nam dẫn đầu …``; the 63 provinces before the
    2025 merger and the 34 after it); else None (a person's or a body's name opens headlines too)."""
    m = _LEAD.match(text, lo, hi)
    if m is None:
        return None
    name = clean_name(m.group("name"))
    span = (m.start("name"), m.end("name"))
    for a in _abbreviated().finditer(text, hi, min(len(text), hi + NEWS_WINDOW)):
        if _same_name(a.group("name").split("\n")[0], name):
            utype = unit_type_for_word(a.group("type"))
            if utype is not None:  # "Kon Tum: …" / "TP Kon Tum" among the districts: maybe the province still
                return _province_of_same_name(text, utype.name, name, span, lo, min(len(text), hi + NEWS_WINDOW)) \
                    or UnitReading(utype.name, clean_name(a.group("name")), None, span)
    former = former_province(name)
    typ = province_type(name) or (former.type if former is not None else None)
    if typ is None:
        return None
    return UnitReading(typ, former.name if former is not None else name, None, span)


def _headline_abbreviated(text: str, words: str, lo: int, hi: int) -> UnitReading | None:
    """A unit the headline names anywhere without its type word ("Quý III, Hội An giải quyết …") that the opening
    writes with an abbreviated type word ("Theo UBND TP.Hội An, …"): that unit. ``words``: the headline's folded
    words, space-delimited."""
    for a in _abbreviated().finditer(text, lo, hi):
        name = clean_name(a.group("name").split("\n")[0])
        utype = unit_type_for_word(a.group("type"))
        if utype is not None and len(name.split()) >= 2 and f" {fold(name)} " in words:
            return UnitReading(utype.name, name, None, (a.start("name"), a.start("name") + len(name)))
    return None
