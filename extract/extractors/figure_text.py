"""The structure of a report's text that figures are read against, found once per text.

- sentence stops (``.``, ``;``, a new list item) bound every look-back;
- clause boundaries (``,`` ``;`` ``(`` ``)`` ``trong đó``) bound the look-back for a figure's own
  cue: in ``kỳ trước chuyển qua 233 hồ sơ; tiếp nhận mới 3.957 hồ sơ`` the second figure's cue is
  ``tiếp nhận mới``, never the first clause's ``kỳ trước``;
- parentheses (a cue inside a closed one does not govern a figure after it);
- numbered headings (a percentage with no cue of its own takes its heading's);
- scopes: list items (``- Phòng Kinh tế: …``, ``2. Chi nhánh … (…):``), sentence subjects
  (``Chi nhánh … tiếp nhận``, ``UBND các xã, thị trấn tiếp nhận``), administrative levels
  (``ở cấp tỉnh, …; cấp huyện …``, ``của UBND cấp xã là …``) unless the level is the reporting unit's
  own outside a breakdown by level (``(cấp huyện: …; cấp xã: …)``), the unit's own kind of office at
  another level (``Bộ phận tiếp nhận và trả kết quả cấp xã tiếp nhận …`` in a district's report), and
  groups named after ``của`` (``của DVCTT toàn trình``); a scope opened inside a parenthesis ends at its close;
- blocks: a list heading ending in ``:`` (``a) Lĩnh vực Đất đai:``), or a numbered heading naming another
  level (``2. Cấp xã, phường``), scopes the figures of its section that name no scope of their own.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import regex

from extract.extractors.figure_cues import FigureData, words
from normalize.text import fold

HEADING_RE = regex.compile(r"(?m)^[^\S\n]*(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[ivx]{1,4}\.)[^\S\n]+(?P<title>\p{L}[^\n]{2,220})$")
# a new list item or numbered paragraph: "\n- ", "\n\n+ ", "\n2. Phòng", "\nII. "
# "\nb) Cấp xã": a lettered item is a new item too
HARD_START_RE = regex.compile(
    r"\n[^\S\n]*\n?[^\S\n]*(?=[-+*•–]|\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+\p{L}|[ivx]{1,4}\.\s|[a-z]\)[^\S\n]+\p{L})")
# "- Các lĩnh vực khác: 167 hồ sơ.\nKết quả: đã giải quyết …": a line that ends a sentence ends a list item's reach
LINE_END_RE = regex.compile(r"[.;!?][^\S\n]*\n")
STOP_RE = regex.compile(r"[.;!?](?=\s)|\n[^\S\n]*\n?[^\S\n]*(?=[-+*•–])")
# a sentence end, not ";": the reach of "Đang giải quyết 139 hồ sơ, trong đó: …; đã quá hạn 03 hồ sơ."
FULL_STOP_RE = regex.compile(r"[.!?](?=\s)|\n[^\S\n]*\n")
# "4,5" and "1.250" are numbers, not boundaries
CLAUSE_RE = regex.compile(r",(?![0-9])|[;()]|[.!?](?=\s)|(?<!\w)trong\s+do(?!\w)|\n[^\S\n]*\n?[^\S\n]*(?=[-+*•–])")
# the level of the reporting unit, from the issuer block: "ỦY BAN NHÂN DÂN HUYỆN KRÔNG NĂNG"
UNIT_LEVEL_RE = regex.compile(
    r"(?:uy\s+ban\s+nhan\s+dan|ubnd)\s+(?P<t>xa|phuong|thi\s+tran|dac\s+khu|huyen|quan|thi\s+xa|thanh\s+pho|tinh)(?!\w)")
LEVEL_OF = {"xa": "xa", "phuong": "xa", "thi tran": "xa", "dac khu": "xa", "huyen": "huyen", "quan": "huyen",
            "thi xa": "huyen", "thanh pho": "thanh pho", "tinh": "tinh"}
# "…; cấp xã là 112 thủ tục", "…, cấp huyện đạt 97,46% và cấp xã đạt 98,03%", "đúng hạn ở cấp tỉnh đạt …":
# the level is found first, then what stands before it is checked (cheaper than a lookbehind at every position)
# "của UBND cấp xã là 112 thủ tục": the body before the level is part of the scope as written
LEVEL_HEAD_RE = regex.compile(
    r"(?<!\w)(?P<head>(?:(?:ubnd|uy\s+ban\s+nhan\s+dan)\s+)?cap\s+(?P<level>tinh|huyen|xa|thanh\s+pho))(?!\w)(?=[\s,:])")
# "Phân theo cấp hành chính: cấp thành phố …; cấp huyện …": a breakdown by level, the unit's own level included
# "Nếu tính riêng từng cấp, với cấp tỉnh, …": the same, announced in running text
BY_LEVEL_RE = regex.compile(r"(?<!\w)(?:theo\s+(?:tung\s+)?cap(?:\s+hanh\s+chinh)?\s*:"
                            r"|(?:rieng|theo)\s+(?:tung|moi)\s+cap(?!\w))[^.\n]{0,200}$")
# "(cấp huyện: 3.512 hồ sơ; cấp xã: 6.334 hồ sơ)": in a breakdown by level even the unit's own level is a part
LEVEL_IN_PAREN_RE = regex.compile(r"\(\s*$")
LEVEL_BEFORE_RE = regex.compile(
    r"(?:^|[.:;,(][^\S\n]{0,3}|\n|(?<!\w)(?:va|hoac|con|trong\s+do,?)[^\S\n]{1,3}|(?<!\w)(?:o|tai)\s)"
    r"[^\S\n]*(?:(?:[-+*•–]|[a-z]\)|\d{1,2}(?:\.\d{1,2}){0,3}\.?)[^\S\n]*)?(?:(?:o|tai|cua|doi\s+voi|voi|rieng)\s+)?$"
)
# "Với cấp huyện, …" / "Ở cấp xã, …" opening a sentence: the level frames its whole paragraph
LEVEL_FRAME_BEFORE_RE = regex.compile(
    r"(?:^|\n|[.:;,][^\S\n]{0,3})[^\S\n]*(?:(?:con|va|rieng)\s+)?(?:voi|o|tai|doi\s+voi|rieng)\s+$")
LEVEL_FRAME_AFTER_RE = regex.compile(r"[^\S\n]*,")
PARAGRAPH_END_RE = regex.compile(r"\n[^\S\n]*\n")
FRAME_MAX_CHARS = 3000
# "Bộ phận một cửa cấp huyện, cấp xã tiếp nhận …", "thủ tục hành chính cấp tỉnh, huyện, xã": levels named together
# scope nothing
LEVEL_NAME = r"(?:tinh|huyen|xa|thanh\s+pho|quan|thi\s+xa|phuong)"
# (a bare name after a level is often a place: "Ở cấp huyện, huyện X dẫn đầu"; only a run of bare names is joint)
JOINT_AFTER_RE = regex.compile(
    rf"[^\S\n]*(?:,|va|hoac|&)[^\S\n]*(?:cap\s+{LEVEL_NAME}|{LEVEL_NAME}[^\S\n]*(?:,|va|hoac|&)[^\S\n]*{LEVEL_NAME})(?!\w)")
# "ở cấp tỉnh, các sở, ban, ngành tiếp nhận …": the level already frames the set of sub-units named after it
LEVEL_JUST_BEFORE_RE = regex.compile(r"(?<!\w)cap\s+(?:tinh|huyen|xa|thanh\s+pho)[^\S\n]*,[^\S\n]*$")
JOINT_BEFORE_RE = regex.compile(r"(?<!\w)cap\s+(?:tinh|huyen|xa|thanh\s+pho)[^\S\n]*(?:,|va|hoac|&)[^\S\n]*$")
# "Riêng Chi nhánh … tiếp nhận …", "b) Tại UBND các xã, phường: …": a word before the scope's name
LEAD = r"(?:rieng|tai|o|doi\s+voi|con)"
# "Trong tháng 10, các sở, ban, ngành tiếp nhận …": a set of sub-units opening a sentence or a clause
GROUP_BEFORE_RE = regex.compile(rf"(?:^|\n|[.:;,][^\S\n]{{0,3}})[^\S\n]*(?:[-+*•–][^\S\n]*)*(?:(?:{LEAD}|va)\s+)?$")
# a verb inside a head: not a name; read on the accented text ("Đà Lạt" folds to the "da" of "đã")
SCOPE_VERB = regex.compile(r"(?<!\w)(?:đã|được|yêu\s+cầu)(?!\w)")
# a field's scope is its name without the generic head word: "lĩnh vực đất đai" -> "đất đai" (as a unit's
# name is written without its type word); "Các lĩnh vực khác" names no field and stays as written
FIELD_HEAD_RE = regex.compile(r"^lĩnh\s+vực\s+(?=\S)", regex.IGNORECASE)


# "Phân theo lĩnh vực: Hộ tịch 96 hồ sơ; Chứng thực 83 hồ sơ; …": each item's name scopes its figure
BY_FIELD_RE = regex.compile(r"(?<!\w)(?:(?:phan|chia)\s+)?theo\s+(?:tung\s+)?linh\s+vuc\s*:")
BY_FIELD_ITEM_RE = regex.compile(r"[^\S\n]*(?P<head>[^\W\d][^;:\n\d()]{0,60}?)[^\S\n]*:?[^\S\n]*(?=\d)")


# --- nested lists: a heading line ending in ":" scopes the deeper lines below it ----------------------
# the list marker of a line, by kind: "I." (roman), "1." / "1.1." (numbered), "a)" (lettered), "-", "+", "•"
LINE_MARK_RE = regex.compile(
    r"(?P<ind>[^\S\n]*)(?:(?P<roman>[ivx]{1,4}\.)(?=[^\S\n])|(?P<num>\d{1,2}\.(?:\d{1,2}\.?){0,3})(?=[^\S\n])"
    r"|(?P<let>[a-z]\))|(?P<bul>[-\u2013+\u2022*\u00b7\u25cb\u25aa\u25e6]))?")
# "a) Lĩnh vực Đất đai:", "- Tư pháp - Hộ tịch:", "b) Tại Bộ phận một cửa cấp xã:" (nothing after the colon)
BLOCK_HEAD_RE = regex.compile(
    r"(?m)^[^\S\n]*(?:[ivx]{1,4}\.|\d{1,2}\.(?:\d{1,2}\.?){0,3}|[a-z]\)|[-\u2013+\u2022*\u00b7\u25cb\u25aa\u25e6])"
    rf"[^\S\n]*(?:{LEAD}\s+)?(?P<head>\p{{L}}[^\n:;.\d]{{1,80}}?)[^\S\n]*:[^\S\n]*$")
# "2. Cấp xã, phường" (no colon): a numbered heading naming another administrative level than the reporting
# unit's own scopes its section as a heading line ending in ":" does
LEVEL_BLOCK_HEAD_RE = regex.compile(
    r"(?m)^[^\S\n]*(?:[ivx]{1,4}\.|\d{1,2}\.(?:\d{1,2}\.?){0,3}|[a-z]\))[^\S\n]*"
    rf"(?:{LEAD}\s+)?(?P<head>(?:(?:ubnd|uy\s+ban\s+nhan\s+dan)\s+)?cap\s+(?P<level>tinh|huyen|xa)"
    r"(?:[^\S\n]*(?:,|va)[^\S\n]*(?:xa|phuong|thi\s+tran|huyen|quan|thi\s+xa|thanh\s+pho|tinh))*)(?!\w)"
    r"[^\S\n]*$")
# "Bộ phận tiếp nhận và trả kết quả cấp xã tiếp nhận 28.740 hồ sơ" in a district's report: the unit's own kind
# of office at another level is a sub-unit (the office words are the [structure] scope_not phrases)
OFFICE_LEVEL_RE = r"(?P<head>(?:{offices})(?:[^\S\n]+\w+){{0,3}}?\s+cap\s+(?P<level>tinh|huyen|xa))(?!\w)"
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


def _block_end(ft: str, line_start: int, line_end: int) -> int:
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


def _blocks(text: str, ft: str, data: FigureData) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    stop = regex.compile(rf"(?<!\w)(?:{'|'.join(words(w) for w in data.block_name_stop) or '(?!x)x'})(?!\w)")
    heads = regex.compile(rf"(?:cac\s+)?(?:{'|'.join(words(h) for h in data.scope_heads)})(?!\w)")
    level = unit_level(ft)
    accented = tuple((fold(w), w) for w in data.scope_heads_accented)
    for m in BLOCK_HEAD_RE.finditer(ft) if ":" in ft else ():
        s, e = m.span("head")
        if not _block_name_ok(ft, s, e, data, level, stop, heads) or not _accent_ok(text, ft, s, accented):
            continue
        if SCOPE_VERB.search(text[s:e].lower()):
            continue
        end = _block_end(ft, m.start(), m.end())
        if end > m.end() + 1:
            out.append((s, end, field_name(" ".join(text[s:e].split()))))
    for m in LEVEL_BLOCK_HEAD_RE.finditer(ft):
        if level is not None and m.group("level") == level:
            continue  # "1. Cấp huyện" in a district's report: the unit itself
        s, e = m.span("head")
        end = _block_end(ft, m.start(), m.end())
        if end > m.end() + 1:
            out.append((s, end, " ".join(text[s:e].split())))
    out.sort()
    return out


def field_name(scope: str) -> str:
    """``Lĩnh vực Hộ tịch`` -> ``Hộ tịch``; any other scope unchanged (sub-units keep their head word)."""
    m = FIELD_HEAD_RE.match(scope)
    return scope[m.end():] if m is not None else scope


@dataclass
class Structure:
    """Sentence stops, clause boundaries, parentheses, headings and scopes of one text."""

    text: str
    ft: str
    stops: list[int]
    full_stops: list[int]
    clauses: list[int]  # positions right after a clause boundary
    parens: list[tuple[int, int]]
    headings: list[tuple[int, int, int]]  # (line start, title start, title end)
    scopes: list[tuple[int, int, str]]  # (start, end, scope text)
    blocks: list[tuple[int, int, str]] = field(default_factory=list)  # list headings' reach: (start, end, name)

    @staticmethod
    def _before(points: list[int], p: int) -> int:
        i = bisect.bisect_right(points, p) - 1
        return points[i] if i >= 0 else 0

    @staticmethod
    def _after(points: list[int], p: int, default: int) -> int:
        i = bisect.bisect_right(points, p)
        return points[i] if i < len(points) else default

    def last_stop(self, p: int) -> int:
        return self._before(self.stops, p)

    def next_stop(self, p: int) -> int:
        return self._after(self.stops, p, len(self.text))

    def last_full_stop(self, p: int) -> int:
        return self._before(self.full_stops, p)

    def next_full_stop(self, p: int) -> int:
        return self._after(self.full_stops, p, len(self.text))

    def clause_start(self, p: int) -> int:
        return self._before(self.clauses, p)

    def next_clause(self, p: int) -> int:
        return self._after(self.clauses, p, len(self.text))

    def enclosing_close(self, s: int, e: int) -> int | None:
        """The close of the innermost parenthesis pair around [s, e), if any (bounded search)."""
        i = bisect.bisect_left(self.parens, (s, -1)) - 1
        for j in range(i, max(i - 8, -1), -1):
            o, c = self.parens[j]
            if o < s and c >= e:
                return c
        return None

    def in_closed_paren(self, s: int, e: int, hi: int) -> bool:
        close = self.enclosing_close(s, e)
        return close is not None and close < hi

    def scope_at(self, p: int) -> str | None:
        i = bisect.bisect_right(self.scopes, (p, 1 << 62, "")) - 1
        for j in range(i, max(i - 4, -1), -1):
            s, e, name = self.scopes[j]
            if s <= p < e:
                return name
        return None

    def block_at(self, p: int) -> str | None:
        """The name of the innermost list heading (``a) Lĩnh vực Đất đai:``) whose block holds ``p``."""
        i = bisect.bisect_right(self.blocks, (p, 1 << 62, "")) - 1
        for j in range(i, max(i - 16, -1), -1):
            s, e, name = self.blocks[j]
            if s <= p < e:
                return name
        return None

    def heading_before(self, p: int) -> tuple[int, int, int] | None:
        i = bisect.bisect_right(self.headings, (p, 1 << 62, 0)) - 1
        return self.headings[i] if i >= 0 else None


def _parens(text: str) -> list[tuple[int, int]]:
    out, stack = [], []
    for m in regex.finditer(r"[()]", text):
        if m.group() == "(":
            stack.append(m.start())
            if len(stack) > 16:
                stack.pop(0)
        elif stack:
            o = stack.pop()
            if m.start() - o < 600:
                out.append((o, m.start()))
    out.sort()
    return out


def unit_level(ft: str) -> str | None:
    """``xa``, ``huyen`` or ``tinh``: the level of the issuing unit, from the top of the text."""
    m = UNIT_LEVEL_RE.search(ft, 0, min(len(ft), 400))
    return LEVEL_OF.get(" ".join(m.group("t").split())) if m else None


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


_PATTERNS: dict[int, ScopePatterns] = {}


def _scope_patterns(data: FigureData) -> ScopePatterns:
    hit = _PATTERNS.get(id(data))
    if hit is not None:
        return hit
    heads = "|".join(words(h) for h in data.scope_heads)
    verbs = "|".join(words(v) for v in data.subject_verbs)
    # "- Phòng Kinh tế xã: …", "2. Chi nhánh Văn phòng đăng ký đất đai khu vực X (tiếp nhận tại …): …"
    item = regex.compile(
        rf"(?m)^[^\S\n]*(?:(?:[-+*•–]|\d{{1,2}}(?:\.\d{{1,2}})*\.|[a-z]\))[^\S\n]*)+"
        rf"(?:{LEAD}\s+)?(?P<head>(?:cac\s+)?(?:{heads})(?!\w)[^\n:;.()]{{0,80}}?)[^\S\n]*(?:\([^()\n]{{0,160}}\)[^\S\n]*)?:"
    )
    heads_re = regex.compile(rf"(?<!\w)(?:{heads})(?!\w)")
    # "…. Sở Xây dựng tiếp nhận"; after a comma only a capitalised name ("Tại Trung tâm …, Sở Tư pháp
    # tiếp nhận"), never a word of a list ("các sở, ban, ngành tiếp nhận")
    subject_before = regex.compile(rf"(?:^|\n|[.:;][^\S\n]{{1,3}})[^\S\n]*(?:[-+*•–][^\S\n]*)*(?:{LEAD}\s+)?$")
    comma_before = regex.compile(r",[^\S\n]{1,3}$")
    # "Sở Tài nguyên và Môi trường (gồm …) là đơn vị có …": a parenthesis between the name and its verb
    subject = regex.compile(
        rf"(?P<head>(?:{heads})(?!\w)[^\n:;.,()]{{0,80}}?)(?:\s*\([^()\n]{{0,160}}\))?\s+(?=(?:{verbs})(?:(?!\w)|(?=\d)))")
    group = None
    if data.scope_groups:
        groups = "|".join(words(g) for g in data.scope_groups)
        group = regex.compile(rf"(?<!\w)cua\s+(?:cac\s+)?(?P<head>{groups})(?!\w)")
    offices = "|".join(words(w) for w in data.scope_not if not w.startswith("toan")) or "(?!x)x"
    office = regex.compile(rf"(?<!\w){OFFICE_LEVEL_RE.format(offices=offices)}")
    verb_after = regex.compile(rf"(?:\s*\([^()\n]{{0,160}}\))?\s+(?=(?:{verbs})(?:(?!\w)|(?=\d)))")
    subject_group = None
    if data.subject_groups:
        sg = "|".join(words(g) for g in data.subject_groups)
        subject_group = regex.compile(rf"(?<!\w)(?P<head>{sg})(?!\w)")
    out = ScopePatterns(item, heads_re, subject_before, comma_before, subject, group, office, verb_after,
                        subject_group)
    _PATTERNS[id(data)] = out
    return out


# a clause after ";" that opens with a verb or a status continues its sentence's subject; one that opens
# with anything else (a name, "toàn xã", "tỷ lệ") has a subject of its own
SUBJECTLESS_RE = regex.compile(
    r"[^\S\n]*(?:(?:va|con|dong\s+thoi|trong\s+do),?\s+)?(?:da|dang|duoc|chua|con|tiep\s+nhan|giai\s+quyet|xu\s+ly"
    r"|tra\s+ket\s+qua|trong\s+do|qua\s+han|tre\s+han|dung\s+han|truoc\s+han|trong\s+han)(?!\w)")


# "Công an tỉnh 7,7 ngàn hồ sơ, Sở Công Thương 3,7 ngàn hồ sơ, …": a name right before its figure, items apart
ITEM_SEP_RE = regex.compile(r"(?:,(?![0-9])|;)[^\S\n]*")


def _inline_item_end(text: str, ft: str, pos: int, end: int) -> int:
    """The end of a name's reach when its figure follows it directly: the separator before the next item that
    opens with a capitalised name (``…, Sở Công Thương 3,7 ngàn hồ sơ``), else ``end``."""
    for sep in ITEM_SEP_RE.finditer(ft, pos, end):
        if text[sep.end():sep.end() + 1].isupper():
            return sep.start()
    return end


def _subject_end(ft: str, pos: int, stop: int, full_stop: int) -> int:
    """The end of a subject's reach: its clause, and the clauses after ";" that have no subject of their own."""
    end = stop
    while end < full_stop and ft[end - 1:end] == ";" and SUBJECTLESS_RE.match(ft, end):
        nxt = ft.find(";", end, full_stop)
        end = full_stop if nxt < 0 else nxt + 1
    return end


# a clause naming a place of its own: "…; huyện Sơn Động thấp nhất với 80,41 điểm", "trong khi huyện X …"
PLACE_CLAUSE_RE = regex.compile(
    r"[^\S\n]*(?:trong\s+khi\s+|con\s+|rieng\s+)?(?:huyen|thanh\s+pho|thi\s+xa|xa|phuong|thi\s+tran|quan)[^\S\n]+"
    r"(?=\w)")


def _frame_end(text: str, ft: str, stops: list[int], start: int, end: int) -> int:
    """The end of a level's frame (``Với cấp huyện, …``) before ``end``: the first clause after a stop that names
    a place of its own (``…; huyện Sơn Động thấp nhất với 80,41 điểm``) ends it."""
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


def _accent_ok(text: str, ft: str, s: int, accented: tuple[tuple[str, str], ...]) -> bool:
    """A head whose folded form is also a common word ("sở" folds to the "so" of "số", "hồ sơ") must be
    written with its accents."""
    for folded, word in accented:
        if ft.startswith(folded, s) and not ft[s + len(folded):s + len(folded) + 1].isalnum():
            return text[s:s + len(word)].lower() == word
    return True


def _scopes(text: str, ft: str, data: FigureData, stops: list[int], hard: list[int],
            parens: list[tuple[int, int]], full_stops: list[int]) -> list[tuple[int, int, str]]:
    pats = _scope_patterns(data)
    found: list[tuple[int, int, str]] = []
    accented = tuple((fold(w), w) for w in data.scope_heads_accented)
    opens = [o for o, _ in parens]

    def after(points: list[int], p: int) -> int:
        i = bisect.bisect_right(points, p)
        return points[i] if i < len(points) else len(text)

    def paren_close(p: int) -> int | None:
        i = bisect.bisect_right(opens, p) - 1
        for j in range(i, max(i - 8, -1), -1):
            o, c = parens[j]
            if o < p < c:
                return c
        return None

    def keep(m: regex.Match[str], end: int) -> None:
        s, e = m.span("head")
        head = ft[s:e]
        # "Bộ phận Tiếp nhận và Trả kết quả": the head may stop before the words that make it the unit's own
        if any(n in head or ft.startswith(n, s) for n in data.scope_not) or SCOPE_VERB.search(text[s:e].lower()):
            return
        if not _accent_ok(text, ft, s, accented):
            return
        close = paren_close(s)  # "(cấp huyện: 3.512 hồ sơ; cấp xã: 6.334 hồ sơ), trong đó …": ends at ")"
        found.append((s, end if close is None else min(end, close), field_name(" ".join(text[s:e].split()))))

    for m in pats.item.finditer(ft):
        end = after(hard, m.end())
        le = LINE_END_RE.search(ft, m.end(), end)
        end = end if le is None else le.end() - 1
        eol = ft.find("\n", m.end())
        eol = len(ft) if eol < 0 else eol
        if ft[m.end():eol].rstrip().endswith(":") and (be := _block_end(ft, ft.rfind("\n", 0, m.start()) + 1, eol)) > end:
            # "- Lĩnh vực đất đai: 300 hồ sơ, trong đó:" over "+ Trước hạn: 280 hồ sơ": the parts are the item's
            end = be
        keep(m, end)
    firsts = {f[0] for f, _ in accented}
    for h in pats.heads.finditer(ft):
        if ft[h.start()] in firsts and not _accent_ok(text, ft, h.start(), accented):
            continue
        if not pats.subject_before.search(ft, max(0, h.start() - 40), h.start()) and not (
                text[h.start()].isupper() and pats.comma_before.search(ft, max(0, h.start() - 4), h.start())):
            continue
        m = pats.subject.match(ft, h.start())
        if m is not None and not any(s <= m.start("head") < e for s, e, _ in found[-3:]):
            # a sentence's subject ("Chi nhánh … tiếp nhận 1.482 hồ sơ; đã giải quyết 1.356 hồ sơ, …") scopes
            # the figures of its whole sentence: the clauses after ";" with no subject of their own are its own
            end = _subject_end(ft, m.end(), after(stops, m.end()), after(full_stops, m.end()))
            if ft[m.end():m.end() + 1].isdigit():
                end = _inline_item_end(text, ft, m.end(), end)
            keep(m, end)
    if pats.subject_group is not None and pats.verb_after is not None:
        for m in pats.subject_group.finditer(ft):
            v = pats.verb_after.match(ft, m.end())
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
    for m in BY_FIELD_RE.finditer(ft):
        end = after(full_stops, m.end())
        sep = ";" if ";" in ft[m.end():end] else ","
        pos = m.end()
        while pos < end:
            nxt = ft.find(sep, pos, end)
            nxt = end if nxt < 0 else nxt + 1
            it = BY_FIELD_ITEM_RE.match(ft, pos, nxt)
            if it is not None:
                hs, he = it.span("head")
                found.append((hs, nxt, field_name(" ".join(text[hs:he].split()))))
            pos = nxt
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
        if own:
            # "Cụ thể, cấp tỉnh tiếp nhận …, cấp huyện …, cấp xã …": another level in the same sentence
            hi = after(full_stops, m.end())
            lo = bisect.bisect_right(full_stops, m.start()) - 1
            lo = full_stops[lo] if lo >= 0 else 0
            own = not any(lv_of[j] != lv_of[i] and lo <= heads[j].start() < hi
                          for j in range(max(0, i - 4), min(len(heads), i + 5)))
        if own or not LEVEL_BEFORE_RE.search(ft, max(0, m.start() - 30), m.start()):
            continue
        if JOINT_AFTER_RE.match(ft, m.end()) or JOINT_BEFORE_RE.search(ft, max(0, m.start() - 20), m.start()):
            continue
        if i in item_set:
            # the item's lines: up to the next item of the same or a higher level
            ls = ft.rfind("\n", 0, m.start()) + 1
            le = ft.find("\n", m.end())
            le = len(ft) if le < 0 else le
            keep(m, _block_end(ft, ls, le))
        elif LEVEL_FRAME_AFTER_RE.match(ft, m.end()) and LEVEL_FRAME_BEFORE_RE.search(
                ft, max(0, m.start() - 30), m.start()):
            # its paragraph, up to the next list item or the next level named
            end = PARAGRAPH_END_RE.search(ft, m.end(), min(len(ft), m.end() + FRAME_MAX_CHARS))
            end = end.start() if end is not None else min(len(ft), m.end() + FRAME_MAX_CHARS)
            end = min(end, after(hard, m.end()))
            if i + 1 < len(heads) and heads[i + 1].start() < end and lv_of[i + 1] != lv_of[i]:
                end = heads[i + 1].start()
            keep(m, _frame_end(text, ft, stops, m.end(), end))
        else:
            keep(m, after(stops, m.end()))
    found.sort()
    return found


def structure(text: str, ft: str, data: FigureData) -> Structure:
    hard = [m.start() for m in HARD_START_RE.finditer(ft)]
    stops = sorted({m.end() for m in STOP_RE.finditer(ft)} | set(hard))
    full_stops = sorted({m.end() for m in FULL_STOP_RE.finditer(ft)} | set(hard))
    clauses = sorted({m.end() for m in CLAUSE_RE.finditer(ft)} | set(hard))
    headings = [(m.start(), m.start("title"), m.end("title")) for m in HEADING_RE.finditer(ft)]
    parens = _parens(text)
    blocks = _blocks(text, ft, data)
    scopes = _scopes(text, ft, data, stops, hard, parens, full_stops)
    if blocks:  # a heading line's own scope ("2. Cấp xã, phường" read as a level) gives way to its block's reach
        heads = {b[0] for b in blocks}
        scopes = [sc for sc in scopes if sc[0] not in heads]
    return Structure(text, ft, stops, full_stops, clauses, parens, headings, scopes, blocks)
