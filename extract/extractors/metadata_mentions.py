"""Units and bodies as a report names them (``UBND xã Thượng Hồng``, ``ỦY BAN NHÂN DÂN / XÃ ĐÔNG HÀ``): the
scan the header reader (metadata_header.py) and the news-item reader (metadata_news.py) share.

- the bodies that issue reports and their cue words, data/metadata.toml ``[bodies]`` and ``[unit]``;
- :func:`mentions`: every ``(type word) Name`` in a window, with the body written before it, a name cut where a
  header line, a masthead or a person's full name begins.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from extract.extractors.metadata_cues import cue_data
from extract.extractors.metadata_headline import stamp_line_after
from normalize.lexicon import unit_type_for_word, unit_type_names, unit_type_words, word_alternation
from normalize.text import fold

# a word of a name, also one with an apostrophe inside (Central Highlands names: "Đưng K’Nớ", "Ea H'Leo")
NAME_WORD = r"\p{Lu}[\p{L}\p{M}]*(?:['’][\p{L}\p{M}]+)*"
# A proper name after a type word: capitalised words, possibly broken across PDF lines
UNIT_NAME = rf"(?P<name>{NAME_WORD}(?: +{NAME_WORD}|\s*\n\s*(?={NAME_WORD} +{NAME_WORD}|{NAME_WORD}\s*[,.;)\n]){NAME_WORD}){{0,4}})"


@dataclass(frozen=True)
class Body:
    key: str
    canonical: str
    words: regex.Pattern
    codes: frozenset[str]
    signer_cues: tuple[str, ...]
    office: regex.Pattern | None = None  # a header line of its own under the UBND line that makes this body issue
    issues: bool = True  # False for a portal: it publishes, it issues nothing



@dataclass(frozen=True)
class Cues:
    unit_types: tuple[str, ...]  # commune level
    not_names: tuple[str, ...]  # folded whole names that are none: "Hội" ("KINH TẾ - XÃ HỘI")
    not_name_starts: tuple[str, ...]  # folded: "xã hội chủ nghĩa" is no unit
    surnames: frozenset[str]  # folded family names: where a person's name after a unit's begins
    plural: regex.Pattern  # "các huyện Dầu Tiếng, Bàu Bàng": a list of units, none of them the reporting one
    source: regex.Pattern  # "theo báo cáo của UBND huyện X": the unit whose report the item relays
    type_pattern: str  # all levels
    bodies: tuple[Body, ...]


@functools.cache
def cues() -> Cues:
    data = cue_data()
    bodies = tuple(
        Body(key, b["canonical"], regex.compile(rf"(?<!\w)(?:{word_alternation(b['words'])})(?!\w)", regex.IGNORECASE),
              frozenset(b["codes"]), tuple(b["signer_cues"]),
              # a line of its own, or the left column of one ("VĂN PHÒNG HĐND VÀ UBND\tĐộc lập - …" in the header view)
              regex.compile(rf"(?m)^[ \t]*(?:{word_alternation(b['office_lines'])})[ \t]*(?:$|\t)", regex.IGNORECASE)
              if b.get("office_lines") else None, bool(b.get("issues", True)))
        for key, b in data["bodies"].items()
    )
    # the type names of every level ("xã", "huyện", "thành phố" …), not their abbreviations ("TP.", "P.")
    return Cues(
        unit_types=unit_type_names("commune"),
        not_names=tuple(fold(n) for n in data["unit"]["not_names"]),
        not_name_starts=tuple(fold(n) + " " for n in data["unit"]["not_name_starts"]),
        surnames=frozenset(fold(n) for n in data["unit"].get("person_surnames", ())),
        plural=regex.compile(rf"(?i:(?<!\w)(?:{word_alternation(data['unit']['plural_words'])}))\s+$"),
        source=regex.compile(rf"(?i:(?<!\w)(?:{word_alternation(data['unit']['source_words'])}))\s+$"),
        type_pattern=word_alternation(unit_type_names("commune", "district", "province")),
        bodies=bodies,
    )


@functools.cache
def mention_pattern() -> regex.Pattern:
    """``(xã|phường|…) Name`` in any case; the body before it is read by :func:`body_before`."""
    c = cues()
    # case-insensitive cue words, case-sensitive name (a name is capitalised: "xã đã ban hành" is none).
    # The scan is keyed on the type word: an optional body prefix in the pattern would be tried at every position.
    return regex.compile(rf"(?i:(?<!\w)(?P<type>{c.type_pattern}))\s+{UNIT_NAME}")


@functools.cache
def _body_suffix() -> regex.Pattern:
    bodies = "|".join(f"(?P<b_{b.key}>{b.words.pattern})" for b in cues().bodies)
    return regex.compile(rf"(?i:(?<!\w)(?:{bodies}))\s+$")


BODY_REACH = 56  # characters: the longest body phrase and the spaces after it


def body_before(text: str, pos: int) -> tuple[str | None, int]:
    """(key of the body written right before ``pos``, where it starts) or (None, pos)."""
    m = _body_suffix().search(text, max(0, pos - BODY_REACH), pos)
    if m is None:
        return None, pos
    return next(b.key for b in cues().bodies if m.group(f"b_{b.key}")), m.start()


def title_case(name: str) -> str:
    """``ĐƯNG K’NỚ`` -> ``Đưng K’Nớ``: each word, and each part after an apostrophe, capitalised."""
    return " ".join(regex.sub(r"(?<=^|['’])(\w)(\w*)", lambda m: m.group(1).upper() + m.group(2).lower(), w)
                    for w in name.split())


def clean_name(name: str) -> str:
    return " ".join(name.split())


@dataclass(frozen=True)
class Mention:
    type: str
    name: str
    body: str | None
    start: int
    end: int



def mentions(text: str, lo: int, hi: int) -> list[Mention]:
    out = []
    c = cues()
    pattern = mention_pattern()
    pos = lo
    while (m := pattern.search(text, pos, hi)) is not None:
        pos = m.end()
        raw = m.group("name")
        if m.end("name") == hi and text[hi:hi + 1].isalnum():
            continue  # the window's end cuts the word ("XÃ HỘ|I"): no name
        first_line = raw.split("\n", 1)[0]
        end = m.end()
        if "\n" in text[m.end("type"):m.start("name")] and " " not in first_line and not first_line.isupper():
            continue  # "… tỉnh, thành phố\nTại hội nghị": a sentence's first word, no name
        if first_line != raw and first_line.isupper():
            # a header line ends the name: the scan goes on from the next line ("UBND TỈNH NGHỆ AN" / "UBND XÃ
            # HƯNG LỘC": the commune's line is a mention of its own, not the rest of the province's name)
            pos = m.start("name") + len(first_line.rstrip())
        if first_line != raw and (first_line.isupper() or stamp_line_after(text, m.start("name") + len(first_line))):
            # a header line ends the name ("XÃ ĐÔNG HÀ\n\nSố:"), so does a masthead's ("… tỉnh Cao Bằng\nThứ Tư, 12/10/2022"),
            # unless the name itself is broken: "TỈNH NINH\nTHUẬN\n-------"
            end = m.start("name") + len(first_line.rstrip())
            raw = first_line
            broken = _broken_name(text, end)
            if first_line.isupper() and broken is not None:
                end = broken
                raw = text[m.start("name"):end]
        name = clean_name(raw)
        person = _person_at(name)
        if person is not None:  # "UBND xã Hòa Phú Đỗ Xuân Tình": the unit's name ends where the person's begins
            name = " ".join(name.split()[:person])
            end = m.start("name") + len(regex.match(rf"\S+(?:\s+\S+){{{person - 1}}}", raw).group())
        if fold(name) in c.not_names or (fold(name) + " ").startswith(c.not_name_starts):
            continue
        if name.isupper():
            name = title_case(name)
        body, start = body_before(text, m.start())
        out.append(Mention(m.group("type").lower(), name, body, start, end))
    for m in numbered_pattern().finditer(text, lo, hi):
        utype = unit_type_for_word(m.group("type") or m.group("abbr"))
        if utype is not None:
            body, start = body_before(text, m.start())
            out.append(Mention(utype.name, str(int(m.group("name"))), body, start, m.end()))
    return sorted(out, key=lambda m: m.start)


@functools.cache
def numbered_pattern() -> regex.Pattern:
    """A commune or district named by its number: ``Phường 1``, ``QUẬN 3``, ``Ủy ban nhân dân Phường 01``, ``Q.1``
    (the unit list writes such a name as the number: ``1 Bảo Lộc`` is ``Phường 1`` of Bảo Lộc). The type word is
    capitalised, written in capitals or abbreviated: in lower case it is a level before a figure (``cấp xã 112
    thủ tục``, ``xã 5 hồ sơ``). The number is a whole word of one or two digits, not a figure's (``Quận 1,5``,
    ``Phường 3/4``, ``Xã 2%``)."""
    names = unit_type_names("commune", "district")
    written = {n[:1].upper() + n[1:] for n in names} | {n.upper() for n in names}
    folded = {fold(n) for n in names}
    abbrs = [w for w in unit_type_words("commune", "district") if fold(w) not in folded and w.endswith(".")]
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}\d])(?:(?P<type>{word_alternation(written)})[ \t]+"
                         rf"|(?P<abbr>{word_alternation(abbrs)})[ \t]?)(?P<name>\d{{1,2}})"
                         r"(?![\d\p{L}\p{M}]|[.,/:][ \t]?\d|[ \t]*[%/])")



def _person_at(name: str) -> int | None:
    """The index of the word where a person's full name (a family name and one to three more words) follows a
    unit's name of two words at least, or None. A unit named after a person ("xã Nguyễn Lương Bằng", "phường Lê
    Hồng Phong") opens with the family name: it is never cut."""
    words = name.split()
    surnames = cues().surnames
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


@dataclass(frozen=True)
class UnitReading:
    type: str | None
    name: str
    body: str | None  # issuer body read from the header
    span: tuple[int, int]
    holder: str | None = None  # an office holder heading the header above the body ("Chủ tịch"): issues in its name

