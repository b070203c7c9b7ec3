"""List headings and the names they give: the scope of the lines under ``a) Lĩnh vực Đất đai:`` or
``2. Cấp xã, phường``, the level of the reporting unit, and how a scope's name is written.

- the list marker of a line and its rank (``I.``, ``1.``, ``1.1.``, ``a)``, ``-``, ``+``, ``•``);
- blocks: a list heading ending in ``:`` (``a) Lĩnh vực Đất đai:``), or a numbered heading naming another
  level (``2. Cấp xã, phường``), scopes the figures of its section that name no scope of their own;
- the reporting unit's level, from its issuer block (``ỦY BAN NHÂN DÂN HUYỆN …``).
"""

from __future__ import annotations

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
# "2. Cấp xã, phường" (no colon): a numbered heading naming another administrative level than the reporting
# unit's own scopes its section as a heading line ending in ":" does
LEVEL_BLOCK_HEAD_RE = regex.compile(
    r"(?m)^[^\S\n]*(?:[ivx]{1,4}\.|\d{1,2}\.(?:\d{1,2}\.?){0,3}|[a-z]\))[^\S\n]*"
    rf"(?:{LEAD}\s+)?(?P<head>(?:(?:ubnd|uy\s+ban\s+nhan\s+dan)\s+)?cap\s+(?P<level>tinh|huyen|xa)"
    r"(?:[^\S\n]*(?:,|va)[^\S\n]*(?:xa|phuong|thi\s+tran|huyen|quan|thi\s+xa|thanh\s+pho|tinh))*)(?!\w)"
    r"[^\S\n]*$")
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
    for m in LEVEL_BLOCK_HEAD_RE.finditer(ft):
        if level is not None and m.group("level") == level:
            continue  # "1. Cấp huyện" in a district's report: the unit itself
        s, e = m.span("head")
        end = block_end(ft, m.start(), m.end())
        if end > m.end() + 1:
            out.append((s, end, " ".join(text[s:e].split())))
    out.sort()
    return out


def field_name(scope: str) -> str:
    """``Lĩnh vực Hộ tịch`` -> ``Hộ tịch``; any other scope unchanged (sub-units keep their head word)."""
    m = FIELD_HEAD_RE.match(scope)
    return scope[m.end():] if m is not None else scope


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


def accent_ok(text: str, ft: str, s: int, accented: tuple[tuple[str, str], ...]) -> bool:
    """A head whose folded form is also a common word ("sở" folds to the "so" of "số", "hồ sơ") must be
    written with its accents."""
    for folded, word in accented:
        if ft.startswith(folded, s) and not ft[s + len(folded):s + len(folded) + 1].isalnum():
            return text[s:s + len(word)].lower() == word
    return True
