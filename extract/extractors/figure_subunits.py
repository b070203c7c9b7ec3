"""Sub-units a sentence names by no body's head word (GOLD.md, "Conventions settled in the third session").

- a place below the reporting unit (``UBND xã Tân Hòa tiếp nhận 512 hồ sơ``, ``- Xã Vĩnh Lộc: tiếp nhận 120 hồ
  sơ``, ``Huyện A tiếp nhận …, huyện B tiếp nhận …``) in a district's or province's report, or in a news item
  telling several places' figures, is scoped as written; the reporting unit itself (named in its issuer block,
  or the one place of a news item, or the one place above the others a news item tells) is null; so is a place
  ranked by its figure (``Thị trấn A là địa phương … nhiều nhất với 1.642 hồ sơ``, ``TP B có số hồ sơ … cao nhất
  với …``), and the next ones of such a list with their figure in brackets or after a dash (``tiếp theo là xã C
  (987 hồ sơ)``, ``kế đến là TP D - 1.608 hồ sơ``); a name ranked by its figure in a national item (``Tỉnh A vẫn là
  địa phương có … cao nhất với …``) is RANKED_NAME_RE's;
- (the fields of a breakdown by field named without their head word: :mod:`extract.extractors.figure_scope_by_field`);
- the dossiers handled through the one-stop mechanism (``Số hồ sơ được giải quyết theo cơ chế một cửa, một cửa
  liên thông là: 996.023 hồ sơ; trong đó …``) are a subset scoped by the mechanism as written over their
  sentence, when the text tells the unit's overall totals elsewhere.

The word lists are the [places] and [mechanism] sections of data/levels.toml.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass

import regex

from extract.extractors.figure_blocks import (
    FRAME_LEAD_BEFORE_RE,
    LEAD,
    issuer_name,
    level_words,
)
from extract.extractors.figure_nouns import DOSSIER, DOSSIER_ABBR
from extract.extractors.figure_scan import unit_after
from normalize.text import fold

_RANK_KEYS = ("communes", "districts", "provinces")
# the rank of a place's type word: 0 a commune, 1 a district, 2 a province
RANK: dict[str, float] = {w: r for r, k in enumerate(_RANK_KEYS) for w in level_words("places", k, " ").split("|")}
_TYPES = "|".join(t.replace(" ", r"\s+") for t in sorted(RANK, key=len, reverse=True))
PLACE_RE = regex.compile(
    rf"(?<!\w)(?:(?:{level_words('places', 'committees')})[^\S\n]+)?(?P<type>{_TYPES})[^\S\n]+(?=\w)")
# a word of a place's name, read on the accented text: capitalised ("Tân Hòa", "Krông Năng", "Ea H'leo"), or a state
# farm's, its second syllable in lower case ("Thị trấn Nông trường Mộc Châu"); a number alone ("Phường 3") or closing
# a name ("Xã A Lưới 2", "phường Hòa Bình 1"): one or two digits whose line does not go on with a unit word ("xã A 25
# hồ sơ", "Phường 3 6 tháng …": a figure after the name)
NAME_WORD_RE = regex.compile(r"(?:Nông|Lâm)[^\S\n]+trường(?!\w)|\p{Lu}[\p{L}\p{M}'’\-]*(?!\w)")
NAME_NUMBER_RE = regex.compile(r"\d{1,2}(?![\d/%\w]|[.,]\d)")
NAME_GAP_RE = regex.compile(r"[^\S\n]+")
ROW_FIGURES_RE = regex.compile(r"[^\S\n]+\d")  # "xã A 64 60 4": a row's figures after the name, none of it
NOT_NAME_RE = regex.compile(rf"(?:{level_words('places', 'not_names')})(?!\w)")
# "- Xã Vĩnh Lộc: …", "Xã Vĩnh Lộc (…): …": a place's name then a colon
COLON_AFTER_RE = regex.compile(r"[^\S\n]*(?:\([^()\n]{0,160}\)[^\S\n]*)?:")
# "Tại xã Tân Hòa, đã tiếp nhận …": a place framing its sentence
COMMA_AFTER_RE = regex.compile(r"[^\S\n]*,(?![0-9])")
# a list item's marker (and a lead) before the place: "- Xã Vĩnh Lộc:", "2. Huyện A:", "b) Tại xã B:"
ITEM_BEFORE_RE = regex.compile(
    rf"(?:^|\n)[^\S\n]*+(?:(?:[-+*•–]|\d{{1,2}}(?:\.\d{{1,2}}){{0,3}}\.|[a-z]\))[^\S\n]*+)+(?:{LEAD}[^\S\n]+)?$")
NAME_MAX_WORDS = 5
# what follows a ranked place or body up to its figure (the [ranked] words of levels.toml): "(vẫn) là địa phương có
# số lượng hồ sơ cao nhất với (gần) N", "dẫn đầu với N"; read on the accented text ("là", a space within the line) or
# on the folded one ("la", any space)
def _ranked_tail(words: Callable[[str], str], la: str, gap: str) -> str:
    return (rf"(?:(?:{words('adverbs')}){gap})?(?:{la}{gap}(?:{words('kinds')})|{words('ranks')})(?!\w)"
            rf"[^.;,\n]{{0,80}}?(?<!\w)(?:{words('by')}){gap}(?:(?:{words('measures')})(?!\w)[^\d.;,\n]{{0,40}}?{gap})?"
            rf"(?:(?:{words('about')}){gap})?(?=\d)")


def _ranked_words(key: str) -> str:
    return level_words("ranked", key, " ")


def _ranked_folded(key: str) -> str:
    return fold(_ranked_words(key)).replace(" ", r"\s+")


_LINE_GAP = r"[^\S\n]+"
_ANY_GAP = r"\s+"
# "Tỉnh A vẫn là địa phương có số lượng hồ sơ cao nhất với 120.000 hồ sơ, trong khi Tỉnh B có số lượng hồ sơ
# thấp nhất với …", "Bộ X dẫn đầu với 1,2 triệu hồ sơ": a place or body named by its proper name, ranked
# by its figure, scopes the figure after "với" (read on the accented text: the name is capitalised)
RANKED_NAME_RE = regex.compile(
    rf"(?:^|\n|[.;:,][^\S\n]{{1,3}}|,[^\S\n]{{0,3}}(?:{level_words('ranked', 'leads_after_comma', ' ')})[^\S\n]+"
    rf"|(?<!\w)(?:{level_words('ranked', 'leads', ' ')})[^\S\n]+)"
    r"(?P<head>\p{Lu}{2,}(?:\.\p{Lu}+)?|\p{Lu}\p{Ll}*(?:[^\S\n]+\p{Lu}\p{Ll}*){1,3}(?:[^\S\n]+\p{Ll}+)?)"
    + _LINE_GAP + _ranked_tail(_ranked_words, "là", _LINE_GAP))
RANKED_END_RE = regex.compile(r",(?![0-9])|[;(]|[.!?](?=\s)|\n")
# a place ranked by its figure: "Thị trấn A là địa phương tiếp nhận nhiều hồ sơ nhất với 1.642 hồ sơ", "TP B có số hồ
# sơ trễ hạn cao nhất với 2.315 hồ sơ", "huyện C dẫn đầu với …" (folded)
RANKED_AFTER_RE = regex.compile(_LINE_GAP + _ranked_tail(_ranked_folded, "la", _ANY_GAP))
# a place with its figure alone in brackets or after a dash: "… tiếp theo là xã A (987 hồ sơ) và xã B (804 hồ sơ)",
# "kế đến là TP C - 1.608 hồ sơ"
PAREN_AFTER_RE = regex.compile(r"[^\S\n]*\([^\S\n]*(?=\d)")
DASH_AFTER_RE = regex.compile(r"[^\S\n]+[-–][^\S\n]+(?=\d)")
# "thấp nhất là huyện A với 93,12%, có 214 hồ sơ quá hạn", "dẫn đầu là xã B với 1.020 hồ sơ": a place named as the
# predicate of a rank, then its figure after "với"; it goes on as the subject of the sentence's comma clauses
PREDICATE_BEFORE_RE = regex.compile(rf"(?<!\w)(?:{_ranked_folded('predicates')})\s+la[^\S\n]+$")
# ("thấp nhất là xã B 186 hồ sơ", "ít nhất là xã B: 186 hồ sơ": the figure right after the name, "với" left out)
PREDICATE_WITH_RE = regex.compile(
    rf"[^\S\n]+voi[^\S\n]+(?:(?:{_ranked_folded('measures')})(?!\w)[^\d.;,\n]{{0,40}}?[^\S\n]+)?"
    rf"(?:(?:{_ranked_folded('about')})[^\S\n]+)?(?=\d)|[^\S\n]*[:–-]?[^\S\n]*(?=\d)")
WITH_AFTER_RE = regex.compile(rf"[^\S\n]*,[^\S\n]*voi[^\S\n]+(?:(?:{_ranked_folded('about')})[^\S\n]+)?(?=\d)")
# "Trong 11 huyện, thị xã, thành phố, …", "Trong số các xã, …", "Trong 40 xã, phường, …": a set of places of a type
# opening the sentence; a place named after it is one of them
_AMONG_SETS = level_words("places", "among_sets")
AMONG_RE = regex.compile(rf"(?<!\w)trong\s+(?:{_AMONG_SETS})\s+(?:{_TYPES})(?!\w)[^.;!?\n\d]{{0,80}}?,[^\S\n]*$")
SENTENCE_START_RE = regex.compile(r"(?r)[.;!?\n]")


# "Trong số 9 huyện, thành phố, thành phố A có … cao nhất (99,6%); thấp nhất là huyện B với …": the set opening the
# sentence holds the places of its later clauses too
AMONG_OPEN_RE = regex.compile(rf"[^\S\n]*(?:[-+*•–][^\S\n]*)*trong\s+(?:{_AMONG_SETS})\s+(?:{_TYPES})(?!\w)")
FULL_START_RE = regex.compile(r"(?r)[!?\n]|\.(?!\d)")
AMONG_REACH = 400  # characters back to the start of the sentence whose opening set a place may belong to


def _among(ft: str, s: int) -> bool:
    """Whether the place at ``s`` is one of a set of places opening its clause or its sentence (``Trong 11 huyện,
    thị xã, thành phố, …``); a sentence with no stop before it within reach opens the text when the text starts
    within reach."""
    st = SENTENCE_START_RE.search(ft, max(0, s - 160), s)
    if AMONG_RE.search(ft, st.end() if st is not None else max(0, s - 160), s) is not None:
        return True
    fs = FULL_START_RE.search(ft, max(0, s - AMONG_REACH), s)
    start = fs.end() if fs is not None else 0 if s <= AMONG_REACH else None
    return start is not None and AMONG_OPEN_RE.match(ft, start) is not None


# "…, riêng xã A đạt 91,2%", "…, còn phường B tiếp nhận …": a place set apart from its sentence's frame after a comma
SET_APART_BEFORE_RE = regex.compile(rf",[^\S\n]{{1,3}}(?:{level_words('place_clause', 'leads')})[^\S\n]+$")
# what stands before the next place of such a list: a separator, "là" ("tiếp theo là …"), "và", "gồm", "như"
FOLLOW_BEFORE_RE = regex.compile(rf"(?:[,;(]|(?<!\w)(?:{level_words('places', 'follows')}))[^\S\n]*$")


@dataclass(frozen=True)
class Place:
    start: int  # where the scope's name starts ("UBND xã Tân Hòa")
    end: int  # where it ends
    kind: str  # its type word, folded ("xa", "thi tran")
    rank: float  # RANK of its type word
    name: str  # its proper name, folded, lower case ("tan hoa")
    after: int  # where its figures start: after the verb or the colon
    inline: bool  # its figure right after the name ("Xã A 120 hồ sơ")
    item: bool  # a list item's name ("- Xã Vĩnh Lộc: …")
    frame: bool = False  # a frame's name ("Tại xã Tân Hòa, …"): its figures are those of its sentence
    paren: bool = False  # its figure alone in brackets after it ("xã A (987 hồ sơ)"): up to their close
    among: bool = False  # named as one of a set its sentence opens with ("Trong 11 huyện, …, huyện A …")


def name_end(text: str, ft: str, p: int) -> int | None:
    """The end of the proper name starting at ``p`` (capitalised words, or a number), or None when none does."""
    if NOT_NAME_RE.match(ft, p):
        return None
    if (m := NAME_NUMBER_RE.match(text, p)) is not None:
        return None if unit_after(ft, m.end()) else m.end()
    end = None
    for _ in range(NAME_MAX_WORDS):
        m = NAME_WORD_RE.match(text, p)
        if m is None:
            break
        end = m.end()
        g = NAME_GAP_RE.match(text, end)
        if g is None:
            break
        p = g.end()
    if end is not None and p > end and (m := NAME_NUMBER_RE.match(text, p)) is not None and not unit_after(
            ft, m.end()) and not ROW_FIGURES_RE.match(ft, m.end()):
        return m.end()
    return end


def _kind(m: regex.Match[str]) -> tuple[str, float]:
    kind = " ".join(m.group("type").split())
    return kind, RANK[kind]


def places(text: str, ft: str, verb_after: regex.Pattern[str],
           before: tuple[regex.Pattern[str], regex.Pattern[str]], listed: Callable[[int], bool]) -> list[Place]:
    """Every place named as a subject (a sentence's or a clause's, followed by its verb) or as a list item
    (followed by a colon). ``before``: what stands before a subject (a sentence or clause start; a comma);
    ``listed(p)``: whether the name after the comma before ``p`` is one of a list of names with one verb
    (``Huyện A, huyện B tiếp nhận …``)."""
    out: list[Place] = []
    for m in PLACE_RE.finditer(ft):
        s = m.start()
        e = name_end(text, ft, m.end())
        if e is None:
            continue
        item = ITEM_BEFORE_RE.search(ft, max(0, s - 40), s) is not None
        name = " ".join(ft[m.end():e].split())
        lead = item or before[0].search(ft, max(0, s - 40), s) is not None or (
            before[1].search(ft, max(0, s - 4), s) is not None and not listed(s)) or (
            SET_APART_BEFORE_RE.search(ft, max(0, s - 20), s) is not None)
        # ranked by its figure, or its figure alone in brackets or after a dash; such a place may also be the next
        # one of a list ("…, tiếp theo là xã A (987 hồ sơ) và xã B (804 hồ sơ)")
        # "Huyện A, với 164 hồ sơ trễ hạn, …": its figure after "với" in a clause of its own
        r = PAREN_AFTER_RE.match(ft, e) or DASH_AFTER_RE.match(ft, e) or RANKED_AFTER_RE.match(ft, e) or (
            WITH_AFTER_RE.match(ft, e) if lead else None) or (
            PREDICATE_WITH_RE.match(ft, e) if PREDICATE_BEFORE_RE.search(ft, max(0, s - 40), s) else None)
        among = _among(ft, s)
        if r is not None and (lead or FOLLOW_BEFORE_RE.search(ft, max(0, s - 40), s) is not None):
            out.append(Place(s, e, *_kind(m), name, r.end(), True, False, paren="(" in r.group(), among=among))
            continue
        if not lead:
            continue
        if (v := verb_after.match(ft, e)) is not None:
            after, inline = v.end(), ft[v.end():v.end() + 1].isdigit()
        elif (c := COLON_AFTER_RE.match(ft, e)) is not None:
            after, inline = c.end(), False
        elif FRAME_LEAD_BEFORE_RE.search(ft, max(0, s - 40), s) and (c := COMMA_AFTER_RE.match(ft, e)) is not None:
            out.append(Place(s, e, *_kind(m), name, c.end(), False, False, True, among=among))
            continue
        else:
            continue
        out.append(Place(s, e, *_kind(m), name, after, inline, item and v is None, among=among))
    return out


def same_place(a: str, b: str) -> bool:
    """``xuan huong`` names the unit ``xuan huong - da lat``: one name is the other or opens it."""
    return a == b or a.startswith(b + " ") or b.startswith(a + " ")


def sub_units(text: str, ft: str, found: list[Place], reaches: list[int]) -> list[int]:
    """The indexes of the places of ``found`` that are below the reporting unit. With an issuer block: a place
    of a lower rank than the issuer (``thị trấn Hòa Bình`` in the report of ``huyện Hòa Bình`` too), not one of
    its type named as it. Without (a news item): the places with a figure when they
    are two or more names, less the one place above all the others (the unit the news item is about); and a place
    with a figure named as one of a set (``Trong 11 huyện, thị xã, thành phố, huyện A đứng cuối với …``), even
    alone."""
    issuer = issuer_name(text, ft)
    if issuer is not None:
        kind, name = issuer
        rank = RANK.get(kind, 0)
        if kind == "thanh pho":
            rank = 1.5  # a city's districts and communes are below it, whichever its level
        return [i for i, p in enumerate(found)
                if p.rank < rank and not (name and p.kind == kind and same_place(p.name, name))]
    with_figure = [i for i, p in enumerate(found) if any(c.isdigit() for c in ft[p.after:reaches[i]])]
    names = {(found[i].rank, found[i].name) for i in with_figure}
    among = [i for i in with_figure if found[i].among]
    if len({n for _, n in names}) < 2:
        return among
    top = max(r for r, _ in names)
    tops = {n for r, n in names if r == top}
    unit = next(iter(tops)) if len(tops) == 1 else None
    return [i for i in with_figure if found[i].among or not (
        unit is not None and found[i].rank == top and same_place(found[i].name, unit))]


# --- the one-stop mechanism as a scope ----------------------------------------------------------------------
MECHANISM_RE = regex.compile(
    r"(?:^|\n|[.;:,])[^\S\n]*+(?:[-+*•–][^\S\n]*+)*"
    rf"(?:(?:{level_words('mechanism', 'quantities')})\s+)?(?:{level_words('mechanism', 'nouns')})(?!\w)"
    rf"[^\n.;:,\d()]{{0,60}}?(?<!\w)theo\s+(?P<name>{level_words('mechanism', 'names')})(?!\w)"
    rf"(?:[^\S\n]++(?!(?:{level_words('mechanism', 'links')})(?!\w))[^\W\d][^\n.;:,\d()]{{0,40}}?)?"
    rf"[^\S\n]*+(?:(?:{level_words('mechanism', 'links')})(?!\w)[^\S\n]*+)?:?[^\S\n]*+(?=\d)")
TOTAL_RE = regex.compile(
    rf"(?<!\w)(?:{level_words('mechanism', 'totals')})(?!\w)[^\n.;]{{0,80}}?(?<![\w.,/])\d[\d.,]*(?![\d/])"
    rf"[^\S\n]*(?:{DOSSIER}|{DOSSIER_ABBR})(?!\w)")


def mechanism_scopes(text: str, ft: str, full_stops: list[int]) -> list[tuple[int, int, str]]:
    """The sentences counting the dossiers handled through the one-stop mechanism, each scoped by the mechanism
    as written, when a total of the unit's own is told outside them (a distinct subset); else none (a heading,
    an introduction, or a text whose only totals are these are what every figure of the report is about)."""
    found: list[tuple[int, int, str]] = []
    for m in MECHANISM_RE.finditer(ft):
        i = bisect.bisect_right(full_stops, m.end())
        end = full_stops[i] if i < len(full_stops) else len(ft)
        k = bisect.bisect_right(full_stops, m.start("name")) - 1
        found.append((full_stops[k] if k >= 0 else 0, end, m.start("name"), m.end("name")))
    if not found:
        return []
    spans = [(s, e) for s, e, _, _ in found]
    totals = any(not any(s <= t.start() < e for s, e in spans) for t in TOTAL_RE.finditer(ft))
    if not totals:
        return []
    return [(ns, e, " ".join(text[ns:ne].split())) for _, e, ns, ne in found]
