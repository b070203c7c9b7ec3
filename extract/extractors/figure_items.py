"""Parts named right before their figures: each figure of a list belongs to the name just before it.

- lists of parallel items: ``bao gồm Sở A 8 hồ sơ, Sở B 2 hồ sơ và Sở C 1 hồ sơ``, ``(Phù Cát 19 hồ sơ, Tuy
  Phước 11 hồ sơ, …)``, ``Sở A (191 DVCTT), Sở Văn hóa, Thể thao và Du lịch (174), …``: two items or more, told
  one after the other with nothing but a separator between them, each a name and its figure;
- a body linked to its figure in its clause: ``nhiều nhất là Sở A với 307 DVCTT``, ``lĩnh vực thuộc Sở B có 64
  DVCTT``, and a place told as a part of a whole (``trong đó, đặc khu X có 3.845 hồ sơ (chiếm 65,9%)``).

The names are read on the accented text: a part's name is capitalised, or opens with a body's head word. The
word lists are in data/levels.toml, section [items].
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cache

import regex

from extract.extractors.figure_blocks import BLOCK_MAX_WORDS, PART_END_RE, field_name, level_words
from extract.extractors.figure_cues import load_data, load_raw, words

NUM = r"\d{1,3}(?:[.,]\d{3})+(?!\d)|\d+(?:,\d+)?"
MAX_NAME = 80
# the accents a folded head must be written with ("sở", not the "số" of "số hồ sơ"; "bộ", not "bỏ")
ACCENTED = {"so": "sở", "bo": "bộ"}
# what may stand between two items of a list
ITEM_SEP_RE = regex.compile(r"[^\S\n]*(?:[,;](?:[^\S\n]*va(?!\w))?|va(?!\w))[^\S\n]*")
# a boundary the first item's name starts after
FIRST_BOUND_RE = regex.compile(r"[\n(:;,]|[.!?](?=\s)")


def _alt(key: str) -> str:
    return level_words("items", key)


@dataclass(frozen=True)
class ItemPatterns:
    inline: regex.Pattern[str]  # "8 hồ sơ" after a name
    paren: regex.Pattern[str]  # "(140)", "(191 DVCTT)", "(98%)" after a name
    intro: regex.Pattern[str]  # the last intro word of a segment ("… nhiều nhất là | Công an tỉnh")
    not_first: regex.Pattern[str]
    not_in: regex.Pattern[str]
    heads: regex.Pattern[str]
    linked: regex.Pattern[str]  # "là Sở A với 307", "trong đó, đặc khu X có 3.845"


@cache
def _patterns() -> ItemPatterns:
    units, mult = _alt("units"), _alt("multipliers")
    figure = rf"(?<![\w.,])(?P<num>{NUM})(?:[^\S\n]+(?:{mult}))?"
    inline = regex.compile(rf"{figure}[^\S\n]+(?P<unit>{units})(?!\w)")
    paren = regex.compile(rf"\([^\S\n]*{figure}(?:[^\S\n]*%|[^\S\n]+(?P<unit>{units}))?[^\S\n]*\)")
    intro = regex.compile(rf"(?<!\w)(?:{_alt('intros')})[^\S\n]+(?=\S)")
    not_first = regex.compile(rf"(?:{_alt('not_first')})(?!\w)")  # on the accented text in lower case
    not_in = regex.compile(rf"(?<!\w)(?:{_alt('not_in')})(?!\w)")
    heads = regex.compile(rf"(?:{_alt('heads')})(?!\w)")
    org = rf"(?P<org>(?:{_alt('heads')})(?!\w)[^\n,;:.()\d]{{0,60}}?)"
    place = rf"(?P<place>(?:{_alt('places')})[^\S\n]+(?P<pname>\w[^\n,;:.()\d]{{0,40}}?))"
    linked = regex.compile(
        rf"(?:(?<!\w)(?:{_alt('org_leads')})[^\S\n]+{org}|(?:^|\n|[.;,][^\S\n]*)(?:{_alt('place_leads')})[^\S\n]+{place})"
        rf"[^\S\n]+(?:(?:{_alt('ranks')})[^\S\n]+)?(?:{_alt('links')})[^\S\n]+(?=\d)")
    return ItemPatterns(inline, paren, intro, not_first, not_in, heads, linked)


def _accent_ok(text: str, ft: str, s: int, head: str) -> bool:
    word = ACCENTED.get(head)
    return word is None or text[s:s + len(word)].lower() == word


def _name_ok(text: str, ft: str, s: int, e: int, strict: bool) -> bool:
    """A part's name: capitalised, no digits, not opening with a period, total or status word, no verb in it;
    ``strict`` (the
    first item of a list, an item told in running text): opening with a body's head word, or every word of it
    capitalised (``Phù Cát``, ``Sở KH&ĐT``)."""
    name = text[s:e]
    if not name or not name[0].isupper() or len(name) > MAX_NAME or any(c.isdigit() for c in name):
        return False
    if P().not_first.match(name.lower()) or P().not_in.search(name.lower()):
        return False
    h = P().heads.match(ft, s)
    if h is not None and _accent_ok(text, ft, s, " ".join(h.group().split())):
        return True
    if not strict:
        return True
    words = name.split()
    return len(words) <= 5 and all(w[0].isupper() for w in words)


def P() -> ItemPatterns:  # noqa: N802 - a short alias of the cached patterns
    return _patterns()


@dataclass(frozen=True)
class _Item:
    name_start: int
    name_end: int
    end: int  # the end of its figure (the unit word, or the close of the parenthesis)
    unit: str  # the folded unit word ("" for a number alone or a percentage)
    paren: bool


def _name_span(text: str, ft: str, lo: int, hi: int, linked: bool) -> tuple[int, int] | None:
    """The name in [lo, hi): the whole segment, else the words after its last intro word."""
    s, e = lo, hi
    while s < e and ft[s].isspace():
        s += 1
    while e > s and ft[e - 1].isspace():
        e -= 1
    if _name_ok(text, ft, s, e, strict=not linked):
        return s, e
    if linked:
        return None
    last = None
    for m in P().intro.finditer(ft, s, e):
        last = m
    if last is not None and _name_ok(text, ft, last.end(), e, strict=True):
        return last.end(), e
    return None


def _items(text: str, ft: str) -> list[list[_Item]]:
    """Runs of two items or more, each a name and its figure, told one right after the other."""
    pats = P()
    found = sorted([(m.start(), m.end(), m.group("unit") or "", False) for m in pats.inline.finditer(ft)]
                   + [(m.start(), m.end(), " ".join((m.group("unit") or "").split()), True)
                      for m in pats.paren.finditer(ft)])
    runs: list[list[_Item]] = []
    run: list[_Item] = []
    prev_end = 0
    for start, end, unit, paren in found:
        if start < prev_end:
            continue
        sep = ITEM_SEP_RE.match(ft, prev_end, start) if run else None
        linked = sep is not None and sep.end() < start and start - sep.end() <= MAX_NAME and (
            paren or "," not in ft[sep.end():start]) and not regex.search(r"[\d().;:\n]", ft[sep.end():start])
        if linked:
            span = _name_span(text, ft, sep.end(), start, linked=run[-1].paren and paren)
        else:
            bounds = list(FIRST_BOUND_RE.finditer(ft, max(prev_end, start - MAX_NAME - 40), start))
            lo = bounds[-1].end() if bounds else max(prev_end, start - MAX_NAME - 40)
            span = _name_span(text, ft, lo, start, linked=False)
        if span is None or not linked:
            if len(run) > 1:
                runs.append(run)
            run = []
        if span is not None:
            run.append(_Item(span[0], span[1], end, unit.split(" ")[0] if unit else "", paren))
        prev_end = end
    if len(run) > 1:
        runs.append(run)
    # the items of an inline list count in one unit word ("8 hồ sơ, … 2 hồ sơ")
    return [r for r in runs if all(i.paren for i in r) or len({i.unit for i in r}) == 1]


def item_scopes(text: str, ft: str) -> list[tuple[int, int, str]]:
    """The scopes of parts named right before their figures: (start, end, name as written)."""
    out = [(i.name_start, i.end, field_name(" ".join(text[i.name_start:i.name_end].split())))
           for run in _items(text, ft) for i in run]
    taken = {s for s, _, _ in out}
    for m in P().linked.finditer(ft):
        g = "org" if m.group("org") is not None else "place"
        s, e = m.span(g)
        if s in taken or (g == "org" and not text[s].isupper()):
            continue
        if g == "org":
            h = P().heads.match(ft, s)
            if h is None or not _accent_ok(text, ft, s, " ".join(h.group().split())):
                continue
        elif not text[m.start("pname")].isupper():
            continue  # "trong đó, đặc khu Phú Quốc có …": a place by its proper name
        end = PART_END_RE.search(ft, m.end())
        out.append((s, end.start() if end is not None else len(ft), " ".join(text[s:e].split())))
    taken = {s for s, _, _ in out}
    out.extend(p for p in bracket_part_scopes(text, ft) if p[0] not in taken)
    return out


# ---- parts in brackets after a total: "tiếp nhận 12.345 hồ sơ (Phòng Tư pháp 2.577, Phòng Kinh tế 2.800)",
# "1.975 thủ tục hành chính (trong đó: cấp tỉnh: 1.577, cấp huyện: 280; cấp xã: 118)" ----
BRACKET_MAX = 400
MAX_DIGITS = 15  # the longest total or part read (int() refuses more than 4,300 digits)
# a bare part's number: thousands grouped by "." (never a decimal, a fraction, a percentage or a date)
BARE_NUM = r"(?:\d{1,3}(?:\.\d{3})+|\d+)(?!\d|[.,/\-]\d|[^\S\n]*%)"
# "… số 123": a reference number, not a part
NUMBERED_RE = regex.compile(r"(?<!\w)(?:so|ma|ky hieu|xep|hang|thu)[^\S\n]*$")


@cache
def _bracket_res() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    units, mult = _alt("units"), _alt("multipliers")
    # the total right before the bracket: a number and its unit word
    total = regex.compile(rf"(?<![\w.,/])(?P<num>{NUM})(?:[^\S\n]+(?:{mult}))?[^\S\n]+(?:{units})"
                          rf"(?:[^\S\n]+hanh[^\S\n]+chinh)?[^\S\n]*\(")
    intro = regex.compile(r"[^\S\n]*(?:(?:trong[^\S\n]+do|bao[^\S\n]+gom|gom|cu[^\S\n]+the)[^\S\n]*[:,]?)?[^\S\n]*")
    # one part: a name (no digit, no bracket; a comma may stand inside: "Phòng Văn hóa, Thông tin"), an optional
    # ":", the number, then a separator or the close
    # ("chứng thực 712 hồ sơ, hộ tịch 95 hồ sơ": the total's unit word may follow each part's number)
    item = regex.compile(rf"(?P<name>[^\d();\n:]+?)[^\S\n]*(?P<colon>:)?[^\S\n]*(?P<num>{BARE_NUM})"
                         rf"(?P<unit>[^\S\n]+(?:{units})(?!\w))?"
                         r"[^\S\n]*(?:[,;][^\S\n]*(?:va(?!\w)[^\S\n]*)?|va(?!\w)[^\S\n]*|(?=\)))")
    level = regex.compile(rf"(?:(?:ubnd|uy[^\S\n]+ban[^\S\n]+nhan[^\S\n]+dan)[^\S\n]+)?cap[^\S\n]+"
                          rf"(?:{level_words('levels', 'cap')})")
    return total, intro, item, level


def _part_name_ok(text: str, ft: str, s: int, e: int) -> bool:
    """A part of a bracketed breakdown: a level (``cấp tỉnh``), a body by its head word (``Phòng Tư pháp``), or a
    proper name of two words or more, every word capitalised (``Phù Cát``); never a period, a status, a channel
    (``Quá hạn``, ``Trực tuyến``) or a numbered thing (``Quyết định số``)."""
    lvl = _bracket_res()[3]
    if lvl.fullmatch(ft, s, e) is not None:
        return True
    if NUMBERED_RE.search(ft, s, e) is not None or not _name_ok(text, ft, s, e, strict=True):
        return False
    return P().heads.match(ft, s) is not None or len(text[s:e].split()) >= 2


FIELD_HEAD_RE = regex.compile(r"linh[^\S\n]+vuc[^\S\n]+(?=\w)")


@cache
def _label_re() -> regex.Pattern[str]:
    """The words that make a name a figure's label, not a field's (figures.toml [structure] block_name_stop:
    ``Trực tuyến``, ``Quá hạn``, ``Kỳ trước``, ``Đã giải quyết``)."""
    stop = "|".join(words(w) for w in load_data().block_name_stop) or "(?!x)x"
    return regex.compile(rf"(?<!\w)(?:{stop})(?!\w)")


def _field_part_ok(text: str, ft: str, s: int, e: int) -> bool:
    """A field named before a colon in a total's brackets (``(Hộ tịch: 2.100; Chứng thực: 1.800)``, ``(lĩnh vực
    đất đai: 12; …)``): a short name, capitalised or opening with ``lĩnh vực``, with no word of a figure's label
    (a channel, a status, a period: those are the metric's, not a part's)."""
    f = FIELD_HEAD_RE.match(ft, s, e)
    if f is not None:
        s = f.end()
    elif not text[s:s + 1].isupper():
        return False
    name = ft[s:e]
    if not name or len(regex.findall(r"\w+", name)) > BLOCK_MAX_WORDS or _label_re().search(name) is not None:
        return False
    lower = text[s:e].lower()
    return P().not_first.match(lower) is None and P().not_in.search(lower) is None


def _loose_part_ok(text: str, ft: str, s: int, e: int) -> bool:
    """A part named in lower case with its unit word after its number (``chứng thực 712 hồ sơ``): a short name of
    words only, no word of a figure's label (a channel, a status, a period, a verb: ``trực tuyến 500 hồ sơ``)."""
    name = ft[s:e]
    n = len(regex.findall(r"\w+", name))
    if not 1 <= n <= LOOSE_MAX_WORDS or not regex.fullmatch(r"[^\W\d]+(?:[^\S\n]+[^\W\d]+)*", name):
        return False
    if _label_re().search(name) is not None or NUMBERED_RE.search(ft, s, e) is not None \
            or _act_re().search(name) is not None:
        return False
    lower = text[s:e].lower()
    return P().not_first.match(lower) is None and P().not_in.search(lower) is None


LOOSE_MAX_WORDS = 4


@cache
def _act_re() -> regex.Pattern[str]:
    """The words of an act on a set or of a figure's own label, never a part's name (figures.toml [[count_keyword]]
    of metric ``other``: ``ban hành mới``, ``sửa đổi``, ``bãi bỏ``)."""
    acts = [p for e in load_raw().get("count_keyword", []) if e.get("metric") == "other" for p in e["patterns"]]
    return regex.compile(rf"(?<!\w)(?:{'|'.join(words(p) for p in acts) or '(?!x)x'})(?!\w)")


def bracket_part_scopes(text: str, ft: str) -> list[tuple[int, int, str]]:
    """The parts of a total told bare in the bracket right after it, each named before its number: two parts or
    more, every one a name and its number, each no greater than the total (a phone number, a code or a year is
    no part). (start, end, name as written) per part, the end its number's."""
    total_re, intro_re, item_re, _ = _bracket_res()
    out: list[tuple[int, int, str]] = []
    for t in total_re.finditer(ft):
        close = ft.find(")", t.end(), min(len(ft), t.end() + BRACKET_MAX))
        if close < 0 or "(" in ft[t.end():close] or "\n" in ft[t.end():close]:
            continue
        tv = t.group("num").replace(".", "").replace(",", "")
        if not tv.isdigit() or len(tv) > MAX_DIGITS:
            continue  # (a run of thousands of digits is no total; int() would refuse it)
        p = intro_re.match(ft, t.end(), close).end()
        parts: list[tuple[int, int, str]] = []
        loose, total_parts = False, 0
        while p < close:
            m = item_re.match(ft, p, close + 1)
            if m is None:
                break
            s, e = m.span("name")
            while s < e and ft[s] in " \t,":
                s += 1
            while e > s and ft[e - 1] in " \t,":
                e -= 1
            digits = m.group("num").replace(".", "")
            if len(digits) > MAX_DIGITS:
                break
            v = int(digits)
            if v > int(tv):
                break
            if not (_part_name_ok(text, ft, s, e) or (
                    m.group("colon") is not None and _field_part_ok(text, ft, s, e))):
                if m.group("unit") is None or not _loose_part_ok(text, ft, s, e):
                    break
                loose = True  # a lower-case name: a part only where the parts make up the total
            total_parts += v
            parts.append((s, m.end("num"), field_name(" ".join(text[s:e].split()))))
            p = m.end()
        if p >= close and len(parts) > 1 and (not loose or total_parts == int(tv)):
            out.extend(parts)
    return out


def word_list(section: str, key: str) -> tuple[str, ...]:
    """One word list of levels.toml, each word as written (read through figure_blocks.level_words, the one
    loader; none of these lists has a "|" in a word)."""
    return tuple(level_words(section, key, " ").split("|"))


# the level a set of units of one type makes: "các xã, thị trấn" -> "cấp xã", "các huyện, thị xã" -> "cấp huyện"
# (levels.toml [sets])
SET_LEVEL = {kind: name for name in word_list("sets", "names") for kind in word_list("sets", name)}


OFFICE_VERB_RE = regex.compile(r"[^\S\n]+(?=(?:da[^\S\n]+)?(?:tiep\s+nhan|giai\s+quyet|tra\s+ket\s+qua|xu\s+ly)(?!\w))")


@cache
def _office_set_re() -> regex.Pattern[str]:
    """``Bộ phận TN&TKQ của UBND các xã, thị trấn tiếp nhận …``, ``tại Trung tâm Phục vụ hành chính công các xã,
    phường là 339 hồ sơ``: the one-stop offices of a set of units of one level."""
    kinds = "|".join(regex.escape(k).replace(r"\ ", r"\s+") for k in sorted(SET_LEVEL, key=len, reverse=True))
    return regex.compile(
        rf"(?:^|\n|[.:;,][^\S\n]*|(?<!\w)(?:{_alt('office_set_leads')})[^\S\n]+)"
        rf"(?P<head>(?:{_alt('offices')})(?:[^\S\n]+[\w&]+){{0,4}}?)[^\S\n]+(?:cua[^\S\n]+)?"
        rf"(?:(?:ubnd|uy[^\S\n]+ban[^\S\n]+nhan[^\S\n]+dan)[^\S\n]+)?cac[^\S\n]+(?P<kind>{kinds})"
        rf"(?:[^\S\n]*(?:,|va)[^\S\n]*(?P<more>{kinds}))*(?!\w)")


def office_set_scopes(text: str, ft: str, stops: list[int]) -> list[tuple[int, int, str]]:
    """The one-stop offices of a set of communes (or districts) are their level, as the people's committee of a
    level is the level: scoped ``cấp xã`` (``cấp huyện``) over their sentence, up to the next ``;``."""
    out: list[tuple[int, int, str]] = []
    for m in _office_set_re().finditer(ft):
        i = bisect.bisect_right(stops, m.end())
        end = stops[i] if i < len(stops) else len(ft)
        p = m.end()
        while p < len(text) and text[p] in " \t":
            p += 1
        if p < len(text) and text[p].isupper():
            # "Bộ phận Một cửa của các xã Hải Bắc, Hải Phương và thị trấn Yên Định (cũ) đã tiếp nhận": communes
            # named one by one are the subject as written, up to its verb
            v = OFFICE_VERB_RE.search(ft, p, min(end, p + 200))
            if v is not None:
                out.append((m.start("head"), end, " ".join(text[m.start("head"):v.start()].split())))
            continue
        levels = {SET_LEVEL[" ".join(k.split())] for k in [m.group("kind"), *m.captures("more")]}
        if len(levels) == 1:
            out.append((m.start("head"), end, levels.pop()))
    return out
