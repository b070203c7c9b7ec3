"""The unit a report is about and the body that issues it, from the header (part of the ``metadata`` extractor).

- unit: the header (``ỦY BAN NHÂN DÂN XÃ THƯỢNG HỒNG``), else the date line's place
  (``Thượng Hồng, ngày …``) typed by a body mention (``UBND xã Thượng Hồng``), else the unit
  the body names most often. The unit levels are those of normalize/data/unit_types.toml.
- issuer: the body in the header, else the own number's code (``/BC-TTPVHCC`` vs ``/BC-UBND``),
  else the signature block (``TM. ỦY BAN NHÂN DÂN``, ``KT. GIÁM ĐỐC``), else the body that reports
  in the opening paragraph; the bodies are in data/metadata.toml ``[bodies]``.
"""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass

import regex

from extract.extractors.metadata_title import TitleBlock, cue_data, header_end, stamp_line_after
from normalize.dates import DateLine
from normalize.docnumbers import find_own_number
from normalize.lexicon import unit_type_for_word, unit_type_names, unit_type_words, word_alternation
from normalize.text import fold
from normalize.units import former_province, province_full_name, province_type, resolve_unit

BODY_WINDOW = 20_000  # the unit is named in the opening pages: a bounded scan, not the whole book

# a word of a name, also one with an apostrophe inside (Central Highlands names: "Đưng K’Nớ", "Ea H'Leo")
_NAME_WORD = r"\p{Lu}[\p{L}\p{M}]*(?:['’][\p{L}\p{M}]+)*"
# A proper name after a type word: capitalised words, possibly broken across PDF lines
UNIT_NAME = rf"(?P<name>{_NAME_WORD}(?: +{_NAME_WORD}|\s*\n\s*(?={_NAME_WORD} +{_NAME_WORD}|{_NAME_WORD}\s*[,.;)\n]){_NAME_WORD}){{0,4}})"


@dataclass(frozen=True)
class _Body:
    key: str
    canonical: str
    words: regex.Pattern
    codes: frozenset[str]
    signer_cues: tuple[str, ...]
    office: regex.Pattern | None = None  # a header line of its own under the UBND line that makes this body issue
    issues: bool = True  # False for a portal: it publishes, it issues nothing



@dataclass(frozen=True)
class _Cues:
    unit_types: tuple[str, ...]  # commune level
    not_names: tuple[str, ...]  # folded whole names that are none: "Hội" ("KINH TẾ - XÃ HỘI")
    not_name_starts: tuple[str, ...]  # folded: "xã hội chủ nghĩa" is no unit
    surnames: frozenset[str]  # folded family names: where a person's name after a unit's begins
    plural: regex.Pattern  # "các huyện Dầu Tiếng, Bàu Bàng": a list of units, none of them the reporting one
    source: regex.Pattern  # "theo báo cáo của UBND huyện X": the unit whose report the item relays
    type_pattern: str  # all levels
    bodies: tuple[_Body, ...]


@functools.cache
def _cues() -> _Cues:
    data = cue_data()
    bodies = tuple(
        _Body(key, b["canonical"], regex.compile(rf"(?<!\w)(?:{word_alternation(b['words'])})(?!\w)", regex.IGNORECASE),
              frozenset(b["codes"]), tuple(b["signer_cues"]),
              regex.compile(rf"(?m)^[ \t]*(?:{word_alternation(b['office_lines'])})[ \t]*$", regex.IGNORECASE)
              if b.get("office_lines") else None, bool(b.get("issues", True)))
        for key, b in data["bodies"].items()
    )
    # the type names of every level ("xã", "huyện", "thành phố" …), not their abbreviations ("TP.", "P.")
    return _Cues(
        unit_types=unit_type_names("commune"),
        not_names=tuple(fold(n) for n in data["unit"]["not_names"]),
        not_name_starts=tuple(fold(n) + " " for n in data["unit"]["not_name_starts"]),
        surnames=frozenset(fold(n) for n in data["unit"].get("person_surnames", ())),
        plural=regex.compile(rf"(?i:(?<!\w)(?:{word_alternation(data['unit']['plural_words'])}))\s+$"),
        source=regex.compile(rf"(?i:(?<!\w)(?:{word_alternation(data['unit']['source_words'])}))\s+$"),
        type_pattern=word_alternation(unit_type_names("commune", "district", "province")),
        bodies=bodies,
    )


def bodies() -> tuple[_Body, ...]:
    """The bodies that issue reports, in the order of data/metadata.toml."""
    return _cues().bodies


@functools.cache
def _mention_pattern() -> regex.Pattern:
    """``(xã|phường|…) Name`` in any case; the body before it is read by :func:`_body_before`."""
    c = _cues()
    # case-insensitive cue words, case-sensitive name (a name is capitalised: "xã đã ban hành" is none).
    # The scan is keyed on the type word: an optional body prefix in the pattern would be tried at every position.
    return regex.compile(rf"(?i:(?<!\w)(?P<type>{c.type_pattern}))\s+{UNIT_NAME}")


@functools.cache
def _body_suffix() -> regex.Pattern:
    bodies = "|".join(f"(?P<b_{b.key}>{b.words.pattern})" for b in _cues().bodies)
    return regex.compile(rf"(?i:(?<!\w)(?:{bodies}))\s+$")


BODY_REACH = 48  # characters: the longest body phrase and the space after it


def _body_before(text: str, pos: int) -> tuple[str | None, int]:
    """(key of the body written right before ``pos``, where it starts) or (None, pos)."""
    m = _body_suffix().search(text, max(0, pos - BODY_REACH), pos)
    if m is None:
        return None, pos
    return next(b.key for b in _cues().bodies if m.group(f"b_{b.key}")), m.start()


def _title_case(name: str) -> str:
    """``ĐƯNG K’NỚ`` -> ``Đưng K’Nớ``: each word, and each part after an apostrophe, capitalised."""
    return " ".join(regex.sub(r"(?<=^|['’])(\w)(\w*)", lambda m: m.group(1).upper() + m.group(2).lower(), w)
                    for w in name.split())


def _clean_name(name: str) -> str:
    return " ".join(name.split())


# --- unit ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Mention:
    type: str
    name: str
    body: str | None
    start: int
    end: int



def _mentions(text: str, lo: int, hi: int) -> list[_Mention]:
    out = []
    c = _cues()
    for m in _mention_pattern().finditer(text, lo, hi):
        raw = m.group("name")
        if m.end("name") == hi and text[hi:hi + 1].isalnum():
            continue  # the window's end cuts the word ("XÃ HỘ|I"): no name
        first_line = raw.split("\n", 1)[0]
        end = m.end()
        if "\n" in text[m.end("type"):m.start("name")] and " " not in first_line and not first_line.isupper():
            continue  # "… tỉnh, thành phố\nTại hội nghị": a sentence's first word, no name
        if first_line != raw and (first_line.isupper() or stamp_line_after(text, m.start("name") + len(first_line))):
            # a header line ends the name ("XÃ ĐÔNG HÀ\n\nSố:"), so does a masthead's ("… tỉnh Cao Bằng\nThứ Tư, 12/10/2022"),
            # unless the name itself is broken: "TỈNH NINH\nTHUẬN\n-------"
            end = m.start("name") + len(first_line.rstrip())
            raw = first_line
            broken = _broken_name(text, end)
            if first_line.isupper() and broken is not None:
                end = broken
                raw = text[m.start("name"):end]
        name = _clean_name(raw)
        person = _person_at(name)
        if person is not None:  # "UBND xã Hòa Phú Đỗ Xuân Tình": the unit's name ends where the person's begins
            name = " ".join(name.split()[:person])
            end = m.start("name") + len(regex.match(rf"\S+(?:\s+\S+){{{person - 1}}}", raw).group())
        if fold(name) in c.not_names or (fold(name) + " ").startswith(c.not_name_starts):
            continue
        if name.isupper():
            name = _title_case(name)
        body, start = _body_before(text, m.start())
        out.append(_Mention(m.group("type").lower(), name, body, start, end))
    return out



def _person_at(name: str) -> int | None:
    """The index of the word where a person's full name (a family name and one to three more words) follows a
    unit's name of two words at least, or None. A unit named after a person ("xã Nguyễn Lương Bằng", "phường Lê
    Hồng Phong") opens with the family name: it is never cut."""
    words = name.split()
    surnames = _cues().surnames
    if not words or fold(words[0]) in surnames:
        return None
    return next((i for i in range(2, len(words) - 1)
                 if fold(words[i]) in surnames and 2 <= len(words) - i <= 4 and not words[i].isupper()), None)


def _broken_name(text: str, pos: int) -> int | None:
    """End of the rest of a header name broken across lines ("TỈNH NINH" / "THUẬN" / "-------"): one or two
    words in capitals on the next line, and no words on the line after it."""
    m = regex.match(r"[ \t]*\n[ \t]*([\p{Lu}\p{M}]+(?:[ \t]+[\p{Lu}\p{M}]+)?)[ \t]*(?:\n|$)", text[pos:pos + 80])
    if m is None:
        return None
    after = text[pos + m.end():pos + m.end() + 200].lstrip("\n").split("\n", 1)[0]
    if any(ch.isalpha() for ch in after):
        return None
    return pos + m.end(1)


def _split_type(place: str) -> tuple[str | None, str]:
    """``Xã Nguyễn Lương Bằng`` -> (``xã``, ``Nguyễn Lương Bằng``); ``Thượng Hồng`` -> (None, …)."""
    m = regex.match(rf"(?i)(?P<type>{_cues().type_pattern})\s+(?P<name>.+)$", place.strip())
    if m:
        return m.group("type").lower(), _clean_name(m.group("name"))
    return None, _clean_name(place.strip(" *_"))


@dataclass(frozen=True)
class _UnitReading:
    type: str | None
    name: str
    body: str | None  # issuer body read from the header
    span: tuple[int, int]


_NOT_NAME_CHARS = regex.compile(r"[^\w'’]+")
NEWS_WINDOW = 3000  # characters of a news item's opening read for its unit


def _news_unit(text: str, block: TitleBlock) -> _UnitReading | None:
    """A news item's unit, only where the text names it unambiguously: the headline's unit ("Phường Đồng Thuận:
    …"), else the masthead's, else the body's unit the headline names without its type word ("Quảng Nam đang
    xếp thứ 21" / "tỉnh Quảng Nam"), else the unit whose report it relays ("theo báo cáo của UBND huyện X"),
    else the only unit the opening names, twice at least. Never a unit merely mentioned (a district among
    others, "các huyện A, B")."""
    c = _cues()
    lo, hi = block.span if block.span is not None else (0, 0)
    headline = [m for m in _mentions(text, lo, hi) if m.name]
    top = headline or [m for m in _mentions(text, 0, lo) if m.name]
    if top:
        m = top[0]
        return _UnitReading(m.type, m.name, m.body, (m.start, m.end))
    window = min(len(text), hi + NEWS_WINDOW)
    body = [m for m in _mentions(text, hi, window) + _city_mentions(text, hi, window)
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
    if chosen is None and hi > lo:
        lead = _headline_lead(text, lo, hi) or _headline_abbreviated(text, words, hi, window)
        if lead is not None:
            return lead
    chosen = chosen or next((m for m in body if c.source.search(text, max(0, m.start - 40), m.start)), None)
    named = Counter((m.type, fold(m.name)) for m in body).most_common()
    if chosen is None and len(named) == 1 and (len(body) >= 2 or body[0].body is not None):
        chosen = body[0]  # the only unit the opening names: twice, or once with its authority ("UBND huyện X ban hành")
    elif chosen is None and len(named) == 2 and named[0][1] >= 2 and named[0][1] >= 2 * named[1][1]:
        # the unit the opening is about: named at least twice as often as the one other unit it names ("xã Thường
        # Tín" seven times, "thành phố Hà Nội" once, for the city's leader who visits it); an opening naming three
        # units or more is a round-up (a ranking of provinces, the communes of a city), about none of them
        chosen = next(m for m in body if (m.type, fold(m.name)) == named[0][0])
    if chosen is None:
        return _own_level_city(text, hi, window, lo)
    return _UnitReading(chosen.type, chosen.name, chosen.body, (chosen.start, chosen.end))


def _city_mentions(text: str, lo: int, hi: int) -> list[_Mention]:
    """A province-level city written with an abbreviated type word (``TP.Đà Nẵng``, ``UBND TP Cần Thơ``,
    ``TP.HCM``): a mention of that city. Only at the province level: ``P. 5``, ``Q. Hải`` are too ambiguous."""
    out = []
    for a in _abbreviated().finditer(text, lo, hi):
        raw = a.group("name").split("\n")[0]
        name = province_full_name(_clean_name(raw))
        utype = unit_type_for_word(a.group("type"))
        if utype is None or province_type(name) != utype.name:
            continue
        body, start = _body_before(text, a.start())
        out.append(_Mention(utype.name, name, body, start, a.start("name") + len(raw)))
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
    or a capitalised name: ``Công an tỉnh``, ``Cục Thuế Quảng Nam``, ``Trung tâm Hành chính công tỉnh X``."""
    words = cue_data()["unit"].get("province_agencies", ())
    return regex.compile(rf"(?i:(?<!\w)(?:{word_alternation(words)}))(?=[ \t]+(?:(?i:tỉnh|thành[ \t]+phố)(?!\w)|\p{{Lu}}))")


def _own_level_city(text: str, lo: int, hi: int, head: int | None = None) -> _UnitReading | None:
    """An opening that names no unit with its type but one province by its bare name (its current or its former
    name) and speaks of "the city" / "the province" with the type word alone ("… toàn thành phố đạt 71% … Đà Nẵng
    đã triển khai …", "UBND tỉnh ban hành …") or of the province's agencies ("Công an tỉnh", "Cục Thuế Quảng Nam"):
    that province. Never when it names two provinces or more, never speaks of the province's level, names the
    province once and speaks of its level once only, or names a unit below it three times or more (the item is
    about that unit). ``head``: where the headline starts (its words count as the opening's)."""
    surnames = _cues().surnames
    found = [(m.group(), m.span()) for m in _province_names().finditer(text, lo, hi)
             if fold(_word_before(text, m.start())) not in surnames]
    found += [(m.name, (m.start, m.end)) for m in _city_mentions(text, lo, hi)]
    if not found or len({_level_of(name)[1] for name, _ in found}) != 1:
        return None
    name, span = min(found, key=lambda f: f[1])
    typ, name = _level_of(name)
    if typ is None:
        return None
    typed = Counter((m.type, fold(m.name)) for m in _mentions(text, lo, hi) if m.name)
    if any(n >= 3 and t != typ for (t, _), n in typed.items()):
        return None  # the item is about a unit below the province, named again and again
    start = lo if head is None else min(head, lo)
    # the level's bare type word, not a level or a set of them ("cấp tỉnh", "các tỉnh", "21/34 tỉnh": any province)
    own = regex.compile(rf"(?<!(?i:cấp|các|những|mỗi|\d)[ \t]*)(?i:(?<!\w){regex.escape(typ)})(?![ \t]*\p{{Lu}})(?!\w)")
    refs = len(own.findall(text, start, hi)) + len(_agency_pattern().findall(text, start, hi))
    named = len(found) + typed[(typ, fold(name))]
    if refs == 0 or named + refs < 3:
        return None  # named once in passing, or never spoken of as the level that reports
    return _UnitReading(typ, name, None, span)


# The unit a headline opens with, without its type word: "Hòa Thành: Giải quyết …", "Hà Nam dẫn đầu cả nước …"
# (capitalised words, then a colon or a word in lower case)
_LEAD = regex.compile(rf"(?P<name>{_NAME_WORD}(?:[ \t]*[-–][ \t]*{_NAME_WORD}|[ \t]+{_NAME_WORD}){{1,4}})"
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


def _headline_lead(text: str, lo: int, hi: int) -> _UnitReading | None:
    """The unit a headline opens with, typed where the item's opening writes it with an abbreviated type word
    (``Đà Lạt: …`` / ``UBND TP Đà Lạt``) or where it is a province (``Hà Nam dẫn đầu …``; the 63 provinces before the
    2025 merger and the 34 after it); else None (a person's or a body's name opens headlines too)."""
    m = _LEAD.match(text, lo, hi)
    if m is None:
        return None
    name = _clean_name(m.group("name"))
    span = (m.start("name"), m.end("name"))
    for a in _abbreviated().finditer(text, hi, min(len(text), hi + NEWS_WINDOW)):
        if _same_name(a.group("name").split("\n")[0], name):
            utype = unit_type_for_word(a.group("type"))
            if utype is not None:
                return _UnitReading(utype.name, _clean_name(a.group("name")), None, span)
    former = former_province(name)
    typ = province_type(name) or (former.type if former is not None else None)
    if typ is None:
        return None
    return _UnitReading(typ, former.name if former is not None else name, None, span)


def _headline_abbreviated(text: str, words: str, lo: int, hi: int) -> _UnitReading | None:
    """A unit the headline names anywhere without its type word ("Quý III, Hội An giải quyết …") that the opening
    writes with an abbreviated type word ("Theo UBND TP.Hội An, …"): that unit. ``words``: the headline's folded
    words, space-delimited."""
    for a in _abbreviated().finditer(text, lo, hi):
        name = _clean_name(a.group("name").split("\n")[0])
        utype = unit_type_for_word(a.group("type"))
        if utype is not None and len(name.split()) >= 2 and f" {fold(name)} " in words:
            return _UnitReading(utype.name, name, None, (a.start("name"), a.start("name") + len(name)))
    return None


def read_unit(text: str, date_line: DateLine | None, news: TitleBlock | None = None) -> _UnitReading | None:
    """The unit the report is about (its type, name and span) and the body its header names; ``news``: the
    title block of a text with no header (a news item), read by :func:`_news_unit`."""
    if news is not None:
        return _news_unit(text, news)
    head_end = header_end(text)
    header = [m for m in _mentions(text, 0, head_end) if m.name]
    # CASE 1: the header names the unit ("ỦY BAN NHÂN DÂN XÃ THƯỢNG HỒNG"); skip "XÃ HỘI CHỦ NGHĨA"
    header = [m for m in header if m.body or not fold(m.name).startswith("hoi chu nghia")]
    header_body = None
    for m in header:
        if m.body:
            header_body = m.body if header_body is None else header_body
    if header_body is None:
        for b in _cues().bodies:  # "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG" on a line of its own
            if b.words.search(text, 0, head_end):
                header_body = b.key
                break
    # a TTPVHCC line under the UBND line: the centre issues
    if header_body and any(b.key == "ttpvhcc" and b.words.search(text, 0, head_end) for b in _cues().bodies):
        header_body = "ttpvhcc"
    # "ỦY BAN NHÂN DÂN / THÀNH PHỐ CẦN THƠ / VĂN PHÒNG": the UBND's office issues
    if header_body == "ubnd":
        header_body = next((b.key for b in _cues().bodies if b.office is not None and b.office.search(text, 0, head_end)),
                           header_body)
    body_mentions = _mentions(text, head_end, min(len(text), head_end + BODY_WINDOW))
    if date_line is not None:
        # CASE 2: the date line's place is the unit's name ("Thượng Hồng, ngày …")
        typ, name = _split_type(date_line.place_text)
        if name.isupper():
            name = _title_case(name)
        key = fold(name)
        if typ is None:
            same = [m.type for m in header + body_mentions if fold(m.name) == key]
            # "Hà Tĩnh, ngày …" under a bare "ỦY BAN NHÂN DÂN": a province's name dates a province's document
            typ = Counter(same).most_common(1)[0][0] if same else province_type(name)
        return _UnitReading(typ, name, header_body, date_line.place)
    with_body = [m for m in header if m.body]
    if header:
        m = with_body[-1] if with_body else header[-1]
        return _UnitReading(m.type, m.name, header_body, (m.start, m.end))
    # CASE 3: the unit the body names most often ("UBND xã Nguyễn Lương Bằng báo cáo …")
    if not body_mentions:
        return None
    commune = [m for m in body_mentions if m.type in _cues().unit_types]
    body_mentions = commune or body_mentions
    counts = Counter((m.type, fold(m.name)) for m in body_mentions)
    (typ, key), _ = counts.most_common(1)[0]
    first = next(m for m in body_mentions if m.type == typ and fold(m.name) == key)
    return _UnitReading(typ, first.name, header_body, (first.start, first.end))


def resolve(typ: str | None, name: str, province: str | None) -> tuple[str | None, str | None, str | None]:
    """(type, province, code) completed from the official unit list where it is unambiguous."""
    unit = resolve_unit(name, type=typ, province=province)
    if unit is None:
        return typ, province, None
    return typ or unit.type, province or unit.province, unit.code


# --- issuer -------------------------------------------------------------------------------------

def issuer_body(text: str, header_body: str | None, signature: str) -> str | None:
    if header_body:
        return header_body
    own = find_own_number(text)  # "Số: /BC-TTPVHCC": the centre issues, "Số: 96/BC-UBND": the UBND
    if own is not None and own.issuer_code:
        code = own.issuer_code.upper()
        for b in _cues().bodies:
            if code in b.codes:
                return b.key
    folded = fold(signature)
    for b in _cues().bodies:  # TM. ỦY BAN NHÂN DÂN before KT. GIÁM ĐỐC: the order of the data file
        if any(fold(cue) in folded for cue in b.signer_cues):
            return b.key
    # "UBND xã Nguyễn Lương Bằng báo cáo …": the body that reports in the opening paragraph
    opening = text[: min(len(text), 3000)]
    for m in _mention_pattern().finditer(opening):
        if regex.match(r"\s*(?:trân\s+trọng\s+)?báo\s+cáo", text[m.end(): m.end() + 30], regex.IGNORECASE):
            body, _ = _body_before(text, m.start())
            if body is not None:
                return body
    return None

