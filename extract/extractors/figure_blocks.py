"""List headings and the names they give: the scope of the lines under ``a) Lĩnh vực Đất đai:`` or
``2. Cấp xã, phường``, the level of the reporting unit, and how a scope's name is written.

- the list marker of a line and its rank (``I.``, ``1.``, ``1.1.``, ``a)``, ``-``, ``+``, ``•``);
- blocks: a list heading ending in ``:`` (``a) Lĩnh vực Đất đai:``), or a numbered heading naming another
  level (``2. Cấp xã, phường``), scopes the figures of its section that name no scope of their own;
- the reporting unit's level, from its issuer block (``ỦY BAN NHÂN DÂN HUYỆN …``);
- where a level's frame ends: a sentence with a subject of its own (``Ở cấp sở, ban, ngành, …``).
"""

from __future__ import annotations

import bisect
import tomllib
from functools import cache
from pathlib import Path

import regex

from extract.extractors.figure_cues import FigureData, words
from normalize.text import fold

# the level of the reporting unit, from the issuer block: "ỦY BAN NHÂN DÂN HUYỆN KRÔNG NĂNG"
UNIT_LEVEL_RE = regex.compile(
    r"(?:uy\s+ban\s+nhan\s+dan|ubnd)\s+(?P<t>xa|phuong|thi\s+tran|dac\s+khu|huyen|quan|thi\s+xa|thanh\s+pho|tinh)(?!\w)")
HEADER_END_RE = regex.compile(r"(?m)^[^\S\n]*(?:so|bao\s+cao)(?!\w)")
LEVEL_OF = {"xa": "xa", "phuong": "xa", "thi tran": "xa", "dac khu": "xa", "huyen": "huyen", "quan": "huyen",
            "thi xa": "huyen", "thanh pho": "thanh pho", "tinh": "tinh"}
# "Riêng Chi nhánh … tiếp nhận …", "b) Tại UBND các xã, phường: …": a word before the scope's name
LEAD = r"(?:rieng|tai|o|doi\s+voi|con)"
# "Tại Chi nhánh …, đã tiếp nhận …", "Đối với lĩnh vực đất đai, …", "Trong đó, riêng xã A, …": a word that opens a
# frame, at a sentence's or a clause's start, before a name followed by a comma
FRAME_LEAD_BEFORE_RE = regex.compile(
    r"(?:^|\n|[.:;][^\S\n]{0,3}|(?<!\w)(?:trong\s+do|cu\s+the)[^\S\n]*,[^\S\n]*)[^\S\n]*(?:[-+*•–][^\S\n]*)*"
    r"(?:(?:con|va)\s+)?(?:rieng|tai|o|doi\s+voi)\s+(?:(?:cac|nhung)\s+)?$")
# a verb inside a head: not a name; read on the accented text ("Đà Lạt" folds to the "da" of "đã")
SCOPE_VERB = regex.compile(r"(?<!\w)(?:đã|được|yêu\s+cầu)(?!\w)")
# a field's scope is its name without the generic head word: "lĩnh vực đất đai" -> "đất đai" (as a unit's
# name is written without its type word); "Các lĩnh vực khác" names no field and stays as written
FIELD_HEAD_RE = regex.compile(r"^lĩnh\s+vực\s+(?=\S)", regex.IGNORECASE)


# --- nested lists: a heading line ending in ":" scopes the deeper lines below it ----------------------
# the list marker of a line, by kind: "I." (roman), "1." / "1.1." (numbered), "a)" (lettered), "-", "+", "•"
LINE_MARK_RE = regex.compile(
    r"(?P<ind>[^\S\n]*)(?:(?P<roman>[ivx]{1,4}\.)(?=[^\S\n])|(?P<num>\d{1,2}\.(?:\d{1,2}\.?){0,3})(?=[^\S\n])"
    r"|(?P<let>[a-z]\))|(?P<bul>[-\u2013+\u2022*\u00b7\u25cb\u25aa\u25e6]))?")
# "a) Lĩnh vực Đất đai:", "- Tư pháp - Hộ tịch:", "b) Tại Bộ phận một cửa cấp xã:" (nothing after the colon)
BLOCK_HEAD_RE = regex.compile(
    r"(?m)^[^\S\n]*(?:[ivx]{1,4}\.|\d{1,2}\.(?:\d{1,2}\.?){0,3}|[a-z]\)|[-\u2013+\u2022*\u00b7\u25cb\u25aa\u25e6])"
    rf"[^\S\n]*(?:{LEAD}\s+)?(?P<head>\p{{L}}[^\n:;.\d]{{1,80}}?)[^\S\n]*:[^\S\n]*$")
# "2. Cấp xã, phường", "II. CẤP HUYỆN", "- Đối với cấp xã", "1. Cấp huyện (tại Bộ phận một cửa huyện)": a list
# heading line naming an administrative level (a note in brackets and a colon after it allowed) scopes its section
# as a heading line ending in ":" does; the reporting unit's own level only when the headings break the unit down
# by level (two levels or more named so)
LEVEL_BLOCK_HEAD_RE = regex.compile(
    r"(?m)^[^\S\n]*(?:[ivx]{1,4}\.|\d{1,2}\.(?:\d{1,2}\.?){0,3}|[a-z]\)|[-\u2013+\u2022*])[^\S\n]*"
    rf"(?:{LEAD}\s+)?(?P<head>(?:(?:ubnd|uy\s+ban\s+nhan\s+dan)\s+)?cap\s+(?P<level>tinh|huyen|thi\s+xa|quan|xa)"
    r"(?:[^\S\n]*(?:,|va)[^\S\n]*(?:xa|phuong|thi\s+tran|huyen|quan|thi\s+xa|thanh\s+pho|tinh))*)(?!\w)"
    r"(?:[^\S\n]*\([^()\n]{0,160}\))?[^\S\n]*:?[^\S\n]*$")
BLOCK_MAX_WORDS = 7  # a name without a head word ("Tư pháp - Hộ tịch") is short
BLOCK_MAX_LINES = 80
BLOCK_MAX_CHARS = 5000
# "Bộ phận một cửa cấp xã" in a district's report: the unit's own kind of office at another level is a part
LEVEL_TAIL_RE = regex.compile(r"(?<!\w)cap\s+(?P<level>tinh|huyen|xa)(?!\w)")


def mark_rank(m: regex.Match[str]) -> int:
    """The level of a list marker, outermost first, as Vietnamese documents nest them (I., 1., 1.1., a), -, +, •)."""
    if m.group("roman"):
        return 0
    if (n := m.group("num")) is not None:
        return min(3, len([g for g in n.split(".") if g]))
    if m.group("let"):
        return 4
    b = m.group("bul")
    if b is None:
        return 99
    return 5 if b in "-\u2013" else 6 if b == "+" else 7


def block_end(ft: str, line_start: int, line_end: int) -> int:
    """Where the block under the heading line [line_start, line_end) ends: at the first line of the same or a
    higher list level (by marker kind, else indentation), or at a paragraph that is no list line under a
    bulleted heading (a line that continues a broken line is read on)."""
    hm = LINE_MARK_RE.match(ft, line_start)
    h_ind, h_rank = len(hm.group("ind")), mark_rank(hm)
    pos, prev_end_char, n = line_end + 1, ":", 0
    limit = min(len(ft), line_end + BLOCK_MAX_CHARS)
    while pos < limit and n < BLOCK_MAX_LINES:
        eol = ft.find("\n", pos)
        eol = len(ft) if eol < 0 else eol
        line = ft[pos:eol]
        if line.strip():
            n += 1
            m = LINE_MARK_RE.match(ft, pos)
            ind = len(m.group("ind"))
            if m.lastgroup != "ind":  # a list line
                if ind < h_ind or (ind == h_ind and mark_rank(m) <= h_rank):
                    return pos
            elif ind <= h_ind and h_rank >= 5 and prev_end_char in ".;:!?":
                return pos
            prev_end_char = line.rstrip()[-1:]
        pos = eol + 1
    return min(pos, len(ft))


def _block_name_ok(ft: str, s: int, e: int, data: FigureData, level: str | None, stop: regex.Pattern[str],
                   heads: regex.Pattern[str]) -> bool:
    head = " ".join(ft[s:e].split())
    if any(n in head for n in data.scope_not):
        lv = LEVEL_TAIL_RE.search(head)
        return lv is not None and lv.group("level") != level
    if heads.match(head):
        return True
    return len(head.split()) <= BLOCK_MAX_WORDS and stop.search(head) is None


def blocks(text: str, ft: str, data: FigureData) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    stop = regex.compile(rf"(?<!\w)(?:{'|'.join(words(w) for w in data.block_name_stop) or '(?!x)x'})(?!\w)")
    heads = regex.compile(rf"(?:cac\s+)?(?:{'|'.join(words(h) for h in data.scope_heads)})(?!\w)")
    level = unit_level(ft)
    accented = tuple((fold(w), w) for w in data.scope_heads_accented)
    for m in BLOCK_HEAD_RE.finditer(ft) if ":" in ft else ():
        s, e = m.span("head")
        if not _block_name_ok(ft, s, e, data, level, stop, heads) or not accent_ok(text, ft, s, accented):
            continue
        if SCOPE_VERB.search(text[s:e].lower()):
            continue
        end = block_end(ft, m.start(), m.end())
        if end > m.end() + 1:
            out.append((s, end, field_name(" ".join(text[s:e].split()))))
    out.extend(level_blocks(text, ft, level))
    return sorted(set(out))


def _rank(level: str) -> str:
    """A heading's level as :func:`unit_level` names levels (``LEVEL_OF``: ``Cấp thị xã``, ``Cấp quận`` are the
    district rank)."""
    return LEVEL_OF[" ".join(level.split())]


def level_blocks(text: str, ft: str, level: str | None) -> list[tuple[int, int, str]]:
    """The sections under list headings naming a level (``2. Cấp xã, phường``, ``1. Cấp huyện (tại …)``): the
    reporting unit's own level (``level``) only in a breakdown by level, its headings naming two levels or more."""
    heads = list(LEVEL_BLOCK_HEAD_RE.finditer(ft))
    by_level = len({_rank(m.group("level")) for m in heads}) > 1
    out = []
    for m in heads:
        if level is not None and _rank(m.group("level")) == level and not by_level:
            continue  # "1. Cấp huyện" alone in a district's report: the unit itself
        s, e = m.span("head")
        end = whole_unit_end(ft, m.end(), block_end(ft, m.start(), m.end()))
        if end > m.end() + 1:
            out.append((s, end, level_name(" ".join(text[s:e].split()))))
    return out


# a line opening with the unit itself or its total ("Toàn xã …", "Tổng cộng …", "Tổng hợp chung toàn huyện: …",
# levels.toml [carry] ends): it ends a level's section here and a heading's reach (figure_scope_headings)
ITEM_MARK = r"(?:[-+*•–]|\d{1,2}(?:\.\d{1,2}){0,3}\.|[ivx]{1,4}\.|[a-z]\))"


@cache
def ends_re() -> regex.Pattern[str]:
    return regex.compile(rf"[^\S\n]*(?:{ITEM_MARK}[^\S\n]*)?(?:{level_words('carry', 'ends')})(?!\w)")


def whole_unit_end(ft: str, eol: int, end: int) -> int:
    """``end``, a level section's end, cut at the first line below its heading that opens with the unit as a whole
    (:func:`ends_re`)."""
    ends = ends_re()
    pos = eol + 1
    while pos < end:
        if ends.match(ft, pos):
            return pos - 1
        nl = ft.find("\n", pos, end)
        pos = end if nl < 0 else nl + 1
    return end


def field_name(scope: str) -> str:
    """``Lĩnh vực Hộ tịch`` -> ``Hộ tịch``; any other scope unchanged (sub-units keep their head word)."""
    m = FIELD_HEAD_RE.match(scope)
    return scope[m.end():] if m is not None else scope


# "UBND cấp huyện" -> "cấp huyện": the people's committee of a level is the level (a dashboard groups by level)
LEVEL_BODY_RE = regex.compile(r"^(?:ubnd|uy\s+ban\s+nhan\s+dan)\s+(?=cap\s+\w)")


def level_name(scope: str) -> str:
    """``UBND cấp huyện`` -> ``cấp huyện``; any other scope unchanged (an office of a level keeps its head word:
    ``Bộ phận một cửa cấp xã``)."""
    m = LEVEL_BODY_RE.match(fold(scope).lower())
    return scope[m.end():] if m is not None else scope


def next_point(points: list[int], p: int, default: int) -> int:
    """The first of the sorted ``points`` after ``p`` (a stop, a clause end, a sentence end), else ``default``."""
    i = bisect.bisect_right(points, p)
    return points[i] if i < len(points) else default


def unit_level(ft: str) -> str | None:
    """``xa``, ``huyen`` or ``tinh``: the level of the issuing unit, from the top of the text."""
    top = min(len(ft), 400)
    # a two-line header names the superior body above the issuing one ("UBND THỊ XÃ …" over "UBND PHƯỜNG …"):
    # the issuer is the last body opening a line before the document number or title
    h = HEADER_END_RE.search(ft, 0, top)
    heads = [m for m in UNIT_LEVEL_RE.finditer(ft, 0, h.start() if h else top)
             if not ft[ft.rfind("\n", 0, m.start()) + 1:m.start()].strip()]
    m = heads[-1] if heads else UNIT_LEVEL_RE.search(ft, 0, top)
    return LEVEL_OF.get(" ".join(m.group("t").split())) if m else None


ISSUER_NAME_RE = regex.compile(r"[^\S\n]+(?P<n>[^\W\d_][^\n\t]{0,60}?)(?=[^\S\n]{2,}|\t|\n|$)")


def issuer_name(text: str, ft: str) -> tuple[str, str] | None:
    """The type word and the name of the issuing unit of the issuer block opening the text (``ỦY BAN NHÂN DÂN``
    over ``XÃ VĨNH LỘC`` -> ``("xa", "vinh loc")``, folded), or None when the text opens with none (a news item
    whose first line is ``UBND xã Tân Hòa tiếp nhận …``: an issuer block is written in capitals)."""
    top = min(len(ft), 400)
    h = HEADER_END_RE.search(ft, 0, top)
    heads = [m for m in UNIT_LEVEL_RE.finditer(ft, 0, h.start() if h else top)
             if not ft[ft.rfind("\n", 0, m.start()) + 1:m.start()].strip() and text[m.start("t")].isupper()]
    if not heads:
        return None
    m = heads[-1]
    n = ISSUER_NAME_RE.match(ft, m.end())
    return " ".join(m.group("t").split()), " ".join(n.group("n").split()) if n is not None else ""


def accent_ok(text: str, ft: str, s: int, accented: tuple[tuple[str, str], ...]) -> bool:
    """A head whose folded form is also a common word ("sở" folds to the "so" of "số", "hồ sơ") must be
    written with its accents."""
    for folded, word in accented:
        if ft.startswith(folded, s) and not ft[s + len(folded):s + len(folded) + 1].isalnum():
            return text[s:s + len(word)].lower() == word
    return True


def has_issuer(ft: str) -> bool:
    """Whether the text opens with an issuer block (``ỦY BAN NHÂN DÂN`` over ``HUYỆN …``): a report of its own,
    not a news item or a third party's account."""
    top = min(len(ft), 400)
    h = HEADER_END_RE.search(ft, 0, top)
    return any(not ft[ft.rfind("\n", 0, m.start()) + 1:m.start()].strip()
               for m in UNIT_LEVEL_RE.finditer(ft, 0, h.start() if h else top))


# --- parts told side by side: an office or a competent body is a part when the text splits the figures -------
# "… thuộc phạm vi thẩm quyền giải quyết của UBND thành phố có 6.300 hồ sơ, … của UBND các xã, phường có tổng
# số 5.100 hồ sơ": the body a part of a breakdown falls under, right before its figure
COMPETENCE_RE = regex.compile(
    r"(?<!\w)thuoc\s+(?:pham\s+vi\s+)?tham\s+quyen(?:\s+giai\s+quyet)?\s+cua\s+"
    r"(?P<head>(?:ubnd|uy\s+ban\s+nhan\s+dan)\s+[^\n;.:()]{1,50}?)\s*(?:(?:co|la|dat|gom)(?:\s+tong\s+so)?\s+|:\s*)"
    r"(?=\d)")
# a clause's end: the reach of a part's body, or of a body linked to its figure ("…có 3.845 hồ sơ (chiếm 65,9%).")
PART_END_RE = regex.compile(r",(?![0-9])|;|[.!?](?=\s)|\n")


def competence_parts(text: str, ft: str, full_stops: list[int]) -> list[tuple[int, int, str]]:
    """The bodies a sentence splits its figure between by competence (two or more, named differently): each
    scopes its own figure, the reporting unit's own body included (a part, as in a breakdown by level)."""
    by_sentence: dict[int, list[regex.Match[str]]] = {}
    for m in COMPETENCE_RE.finditer(ft):
        by_sentence.setdefault(bisect.bisect_right(full_stops, m.start()), []).append(m)
    out: list[tuple[int, int, str]] = []
    for ms in by_sentence.values():
        if len({" ".join(m.group("head").split()) for m in ms}) < 2:
            continue
        for m in ms:
            s, e = m.span("head")
            end = PART_END_RE.search(ft, m.end())
            out.append((s, end.start() if end is not None else len(ft), " ".join(text[s:e].split())))
    return out


LEVELS_DATA = Path(__file__).parent / "data" / "levels.toml"


def load_levels(path: Path = LEVELS_DATA) -> dict:
    """levels.toml as parsed TOML: the word lists of the level and subject finders (figure_levels.py)."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ValueError(f"{path}: cannot load level words: {exc}") from exc


_LV = load_levels()


def level_words(section: str, key: str, sep: str = r"\s+") -> str:
    """One word list of levels.toml as an alternation; a space in a phrase stands for ``sep``."""
    try:
        return "|".join(w.replace(" ", sep) for w in _LV[section][key])
    except (KeyError, TypeError) as exc:
        raise ValueError(f"{LEVELS_DATA}: malformed level words [{section}] {key}: {exc}") from exc


# a subject cut at a conjunction before a number ("… tỉnh X và | 11 chi nhánh …"): the body and others together
JOINED_END_RE = regex.compile(rf"(?<!\w)(?:{level_words('subjectless', 'joined')})$")


# a paragraph that opens by pointing back at the figures before it continues their subject: "Trong số hồ sơ
# trên, đã giải quyết …", "Trong đó, …"
ANAPHORA_RE = regex.compile(r"[^\S\n]*(?:trong\s+so(?:\s+(?:ho\s+so|thu\s+tuc))?\s+(?:tren|nay|do)|trong\s+do)(?!\w)")
PARAGRAPH_RE = regex.compile(r"\n[^\S\n]*\n\s*")


def office_reach(ft: str, pos: int, limit: int) -> int:
    """The end of an office's figures told in a news item: its paragraph, and the paragraphs after it that open
    by pointing back at them; at most ``limit``."""
    end = pos
    while end < limit:
        p = PARAGRAPH_RE.search(ft, end, limit)
        if p is None:
            return limit
        if ANAPHORA_RE.match(ft, p.end()) is None:
            return p.start()
        end = p.end()
    return limit


CAPTION_RE = regex.compile(r"(?<!\w)anh[^\S\n]*:")  # "… trong ngày đầu năm. Ảnh: P.V" (folded)
OWN_LEVEL_RE = regex.compile(rf"(?<!\w)({level_words('levels', 'own')})(?!\w)")
# "trên địa bàn thành phố đang thực hiện 2.300 thủ tục": the figure of the whole territory, the office's a part
WHOLE_RE = regex.compile(rf"(?<!\w)(?:{level_words('levels', 'whole')})(?!\w)[^.;\n]{{0,80}}?\d")
# a blank line: where a paragraph starts (and the one before it ends)
PARAGRAPH_START_RE = regex.compile(r"\n[^\S\n]*\n")


def _told_beside(name: str, offices: tuple[str, ...]) -> tuple[bool, str | None]:
    """Whether a scope may be told beside an office (a level: ``cấp xã``, ``Bộ phận một cửa cấp xã``; or another
    office), and its level if it names one."""
    f = " ".join(fold(name).lower().split())
    lv = LEVEL_TAIL_RE.search(f)
    return lv is not None or any(o in f for o in offices), lv.group("level") if lv is not None else None


# "Bộ phận một cửa cấp huyện, cấp xã tiếp nhận …", "cấp xã đã tiếp nhận …": levels named together as a subject;
# at most five (there are four levels), each gap taken whole: a long run of "cấp xã, " or of spaces costs its
# length once, not once per level in it
JOINT_LEVELS_RE = regex.compile(rf"(?<!\w)cap\s+(?:{level_words('levels', 'cap')})(?:[^\S\n]*+(?:,|va)[^\S\n]*+"
                                rf"(?:cap\s+)?(?:{level_words('levels', 'cap')})){{0,4}}+[^\S\n]*+(?:,[^\S\n]*+)?"
                                r"(?:da\s+)?(?:tiep\s+nhan|giai\s+quyet)(?!\w)")


def _told_levels(ft: str, found: list[tuple[int, int, str]], offices: tuple[str, ...]) -> list[tuple[int, str | None]]:
    """Where a text tells figures of another level or office than a centre's, in order, with the level named (None
    when it names none): the scopes ``found`` that may be told beside an office, and levels named together as a
    subject (``cấp huyện, cấp xã tiếp nhận …``)."""
    return sorted([*((f[0], lv) for f in found for ok, lv in (_told_beside(f[2], offices),) if ok),
                   *((j.start(), lv) for j in JOINT_LEVELS_RE.finditer(ft)
                     for lv in {LEVEL_OF[x.group("level")] for x in LEVEL_TAIL_RE.finditer(ft, j.start(), j.end())})])


def own_office_parts(text: str, ft: str, office_re: regex.Pattern[str],
                     before: tuple[regex.Pattern[str], regex.Pattern[str]], offices: tuple[str, ...],
                     found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``Trung tâm Hành chính công huyện đã tiếp nhận 6.200 hồ sơ, …`` in a news item (call it only for a text
    with no issuer block): the centre is the unit itself while nothing is told beside it; when the text splits
    the figures between it and another level or office (``Tại bộ phận một cửa cấp xã tiếp nhận …``, ``Ở cấp
    huyện, …``), or tells the whole territory's figure just before it, the centre is a part, scoped as written
    over its paragraph (and the paragraphs that point back at it). ``offices``: the one-stop office words;
    ``before``: what must stand before a subject (a sentence start, or a comma before a capitalised name)."""
    centres = regex.compile(rf"(?:{'|'.join(words(o) for o in offices if o.startswith('trung tam')) or '(?!x)x'})(?!\w)")
    told: list[tuple[int, str | None]] | None = None  # read once a centre is found (most texts name none)
    starts = {f[0] for f in found}
    out: list[tuple[int, int, str]] = []
    for m in office_re.finditer(ft):
        s, e = m.span("head")
        # a centre is a body of its own (a director, its own reports); the unit's one-stop desk ("Bộ phận tiếp
        # nhận và trả kết quả thị xã") at its own level is the unit itself
        # ("Trung tâm … tỉnh và 99 xã, phường tiếp nhận …": the centre joined with others is no one part)
        if (s in starts or not centres.match(ft, s) or LEVEL_TAIL_RE.search(ft, s, e)
                or SCOPE_VERB.search(text[s:e].lower()) or JOINED_END_RE.search(ft, s, e)):
            continue
        if not before[0].search(ft, max(0, s - 40), s) and not (
                text[s].isupper() and before[1].search(ft, max(0, s - 4), s)):
            continue
        pe = ft.find("\n", e)
        if CAPTION_RE.search(ft, e, len(ft) if pe < 0 else pe):
            continue  # a photo's caption ("… 1.650 hồ sơ trong ngày. Ảnh: …") restates the headline's figure
        # the centre's own level ("… công huyện", "… của tỉnh"): sub-units of that level ("các sở, ngành cấp tỉnh"
        # beside "Trung tâm … tỉnh") split nothing between levels
        own = OWN_LEVEL_RE.search(ft, s, e)
        own_lv = LEVEL_OF.get(" ".join(own.group(1).split())) if own is not None else None
        if told is None:
            told = _told_levels(ft, found, offices)
        others = [p for p, lv in told if lv is None or own_lv is None or lv != own_lv]
        lo = max((p.end() for p in PARAGRAPH_START_RE.finditer(ft, max(0, s - 3000), s)), default=0)
        if not others and WHOLE_RE.search(ft, lo, s) is None:
            continue
        i = bisect.bisect_right(others, m.end())
        limit = others[i] if i < len(others) else len(ft)
        out.append((s, office_reach(ft, m.end(), limit), " ".join(text[s:e].split())))
    return out


# --- where a level's frame ends ("Tại cấp xã, …. Ở cấp sở, ban, ngành, …. Các chi nhánh … tiếp nhận …") ------
# "Ở cấp sở, ban, ngành, có 75.869 hồ sơ …": a frame opened by "cấp" and words that are no level name
_FRAME_WORD = rf"(?!(?:{level_words('frame', 'list_stop')})(?!\w))[^\W\d]\w*"
FRAME_OPEN = (rf"[^\S\n]*(?:(?:{level_words('level_clause', 'frame_leads')})\s+)?"
              rf"(?:{level_words('level_clause', 'frame_preps')})\s+")
OTHER_FRAME_RE = regex.compile(
    rf"{FRAME_OPEN}(?P<head>cap\s+(?!(?:{level_words('levels', 'cap')})(?!\w)){_FRAME_WORD}(?:[^\S\n]*,[^\S\n]*{_FRAME_WORD}"
    rf"(?:[^\S\n]+{_FRAME_WORD})?(?=[^\S\n]*,))*)[^\S\n]*,")
ANY_FRAME_RE = regex.compile(rf"{FRAME_OPEN}cap\s+\w")
# "Thành phố đã phê duyệt …", "UBND tỉnh tiếp nhận …": the unit itself opening a sentence
UNIT_SELF_RE = regex.compile(rf"[^\S\n]*(?:{level_words('frame', 'unit_self')})(?!\w)")
PLURAL_RE = regex.compile(rf"[^\S\n]*(?:(?:{level_words('frame', 'plural')})\s+)?")


def frame_breaks(ft: str, full_stops: list[int], subject: regex.Pattern[str]) -> list[int]:
    """The sentence starts that end a level's frame: another frame (``Ở cấp sở, ban, ngành, …``), a body as the
    subject (``Các chi nhánh Văn phòng … tiếp nhận``) or the unit itself (``Thành phố đã phê duyệt …``)."""
    out: list[int] = []
    for p in full_stops:
        if ANY_FRAME_RE.match(ft, p) or UNIT_SELF_RE.match(ft, p) or subject.match(ft, PLURAL_RE.match(ft, p).end()):
            out.append(p)
    return out
