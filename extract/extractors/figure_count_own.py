"""The words a count figure's own clause says right after its unit word, where they win over a cue before it.

1. A figure opening its line or paragraph, its own verb after it (``58 hồ sơ được tiếp nhận trực tiếp …``, ``Hơn
   15.600 hồ sơ trực tuyến đã được tiếp nhận …``): the cue of a title or a line above it (``Kết quả giải quyết thủ
   tục hành chính năm 2025``) is no cue of the figure.
2. A compound cue after the figure that leads the next figure (``1.240 hồ sơ tiếp nhận, đã giải quyết 1.236 hồ
   sơ``): its first verb is the figure's, the rest the next figure's.
3. A keyless set named right after the unit word (``Tiếp nhận 210 hồ sơ có thu phí, lệ phí``, ``… hồ sơ qua
   Zalo``): the verb before counts a set narrowed to something with no key, so the count is ``other`` (GOLD.md:
   dossiers with fees have no key); the words are figures.toml ``[count_narrowing] words``. A kind of dossier
   with a key of its own named there narrows it the same way (``Tiếp nhận, giải quyết 146 hồ sơ liên thông`` ->
   interlinked; ``[count_narrowing] metrics``).
4. A status or channel word after the unit word that belongs to a later clause or rate (``chỉ tiếp nhận 402 hồ sơ
   nhưng có tỷ lệ trực tuyến 97,8%``, ``tiếp nhận 300 hồ sơ, tỷ lệ trực tuyến 95%``) does not qualify the count: a
   contrast or a rate's word between them (figures.toml ``[count_narrowing] breaks``), or the word right before a
   percentage.
5. A status word after ``do``/``vì`` (``hủy 02 hồ sơ do quá thời hạn bổ sung``) is a reason, not the count's status.
6. A late count told as all of a set (``Nguyên nhân quá hạn: cả 02 hồ sơ quá hạn đều là …``) is the whole late count
   told again (GOLD.md), not one group or case of it: it keeps its key.
"""

from __future__ import annotations

import bisect

import regex

from extract.extractors.figure_cues import Cue, CueIndex, load_raw, mark_words
from extract.extractors.figure_family import adjacent
from extract.extractors.figure_page import Page
from extract.extractors.figure_scan import Figure
from extract.extractors.figure_sections import intro_metric

# the words between a previous count and a cue right after it ("994 hồ sơ đã được tiếp nhận và đã giải quyết 789")
SHARED_GAP = regex.compile(r"\s*(?:(?:da|duoc|deu)\s+)*")

# the words between a figure's unit word and its own verb: "58 hồ sơ được tiếp nhận", "17 phản ánh, kiến nghị đã được
# xử lý", "… hồ sơ đều đã được giải quyết"
OWN_GAP = regex.compile(r"[^\S\n]*+(?:(?:da|duoc|deu|cung|con)[^\S\n]++){0,3}")
# a figure opening its line: a line break, an optional list mark, then approximation words only
LINE_OPEN = regex.compile(
    r"\n[^\S\n]*+(?:[-+•*][^\S\n]*+)?(?:(?:hon|gan|khoang|tren|xap\s+xi|co|tong\s+cong)[^\S\n]++){0,3}")
# the joint between the verbs of a compound cue ("tiếp nhận, đã giải quyết", "tiếp nhận và giải quyết")
JOINT_RE = regex.compile(r",|\s+va\s+")
NARROWING = regex.compile(rf"(?<!\w)(?:{mark_words('words', 'count_narrowing')})(?!\w)")
BREAKS = regex.compile(rf"(?<!\w)(?:{mark_words('breaks', 'count_narrowing')})(?!\w)")
# the words between a status or channel word and the percentage it is the rate of ("trực tuyến 97,8%", "… đạt 95%")
RATE_GAP = regex.compile(r"[^\S\n]*(?:(?:la|dat|dat\s+ty\s+le|chiem|bang|:)[^\S\n]*)?")
NARROWING_METRICS = frozenset(load_raw().get("count_narrowing", {}).get("metrics", ()))


def opens_line(ft: str, pre: Cue, fig_start: int) -> bool:
    """Whether a line break lies between the cue and the figure, and the figure opens its line (case 1)."""
    k = ft.rfind("\n", pre.end, fig_start)
    return k >= 0 and LINE_OPEN.fullmatch(ft, k, fig_start) is not None


def own_cue(ft: str, fig_end: int, hi: int, cues: CueIndex) -> Cue | None:
    """The cue right after a figure's unit word (only ``đã`` / ``được`` between), or None."""
    post = cues.first(fig_end, hi)
    if post is None or OWN_GAP.fullmatch(ft, fig_end, post.start) is None:
        return None
    return post


def first_verb(ft: str, post: Cue) -> Cue | None:
    """The first verb of a compound cue (``tiếp nhận`` of ``tiếp nhận, đã giải quyết``), or None when the cue is
    no compound (case 2). A compound cue already has the metric of its first verb (figures.toml: one figure for both
    verbs is what came in)."""
    m = JOINT_RE.search(ft, post.start, post.end)
    return Cue(post.start, m.start(), post.metric) if m is not None else None


def narrowing(ft: str, own: Cue) -> bool:
    """Whether the cue right after a unit word is a keyless (``other``) one naming a narrowed set, or the cue of a
    kind of dossier with a key of its own (case 3)."""
    if own.metric in NARROWING_METRICS:
        return True
    return own.metric == "other" and NARROWING.search(ft, own.start, own.end) is not None


def later_rate(page: Page, fig_end: int, post: Cue) -> bool:
    """Whether the cue ``post`` after a count's unit word belongs to a later clause or rate, not to the count (case 4):
    a contrast or a rate's word between them, or a percentage right after the cue."""
    if BREAKS.search(page.ft, fig_end, post.start) is not None:
        return True
    i = bisect.bisect_left(page.figure_starts, post.end)
    return i < len(page.figures) and page.figures[i].kind == "percent" \
        and RATE_GAP.fullmatch(page.ft, post.end, page.figures[i].start) is not None


def after_count(page: Page, pos: int) -> bool:
    """Whether a count figure ends right before ``pos`` (only ``đã`` / ``được`` between): ``994 hồ sơ đã được tiếp
    nhận và đã giải quyết 789 hồ sơ``."""
    i = bisect.bisect_left(page.figures, pos, key=lambda f: f.start) - 1
    if i < 0:
        return False
    f = page.figures[i]
    return f.kind == "count" and f.end <= pos and SHARED_GAP.fullmatch(page.ft, f.end, pos) is not None


# 4. a list item keyed "the rest" or "other" right before its figure: figures.toml [count_narrowing] rest
REST_ITEM = regex.compile(
    rf"(?:^|\n)[^\S\n]*+(?:[-+•*]|[a-z0-9]{{1,2}}[.)])?[^\S\n]*+(?P<key>{mark_words('rest', 'count_narrowing')})"
    r"[^\S\n]*+:[^\S\n]*+$")


def rest_item(page: Page, fig: Figure, family: str, prev_metric: str | None) -> tuple[int, int] | None:
    """The span of the key of a list item keyed "the rest" or "other" the figure opens (``- Khác: 12 hồ sơ``) in a
    list whose items have keys of their own (the item before has a metric other than the one the list's introduction
    names: ``- Trực tiếp: 95 hồ sơ`` under ``Kết quả tiếp nhận theo kênh:``), or None. In a list of fields or units
    (the items share their introduction's metric) the rest is one more item of that metric."""
    m = REST_ITEM.search(page.ft, max(0, fig.start - 40), fig.start)
    if m is None or prev_metric is None or fig.kind != "count":
        return None
    intro = intro_metric(page, fig, family)
    return m.span("key") if intro is None or intro[0] != prev_metric else None


UNIT_WORD_SAME = {"hs": "ho so", "tthc": "thu tuc", "pakn": "phan anh"}


def unit_word(ft: str, fig: Figure) -> str:
    """The counted noun as written, first word pair folded (``hồ sơ``, ``HS`` -> ho so; ``trường hợp``): the items
    of one list count in one unit word."""
    w = " ".join(ft[fig.num_end:fig.end].split()[:2])
    return UNIT_WORD_SAME.get(w.split(" ")[0], w) if w else w


# a reason opened after the count ("hủy 02 hồ sơ do quá thời hạn bổ sung", "… vì trễ hạn"): its status words are why,
# not what the count is
REASON_BEFORE_RE = regex.compile(r"(?<!\w)(?:do|vi|boi(?:\s+vi)?|ly\s+do)(?:\s+(?:da|bi))?\s+$")


def post_cue(ft: str, cues: CueIndex, fig_end: int, hi: int) -> Cue | None:
    """The first cue in [fig_end, hi) after the count's unit word, unless it opens a reason (5. of the module
    docstring)."""
    c = cues.first(fig_end, hi)
    return None if c is not None and REASON_BEFORE_RE.search(ft[max(fig_end, c.start - 16):c.start]) else c


# the whole late count told again to explain it: "cả 02 hồ sơ quá hạn đều là …", "toàn bộ 05 hồ sơ trễ hạn thuộc …"
ALL_BEFORE_RE = regex.compile(r"(?<!\w)(?:ca|tat\s+ca|toan\s+bo)(?:\s+(?:so|cac))?\s+$")
ALL_AFTER_RE = regex.compile(r"[^.;:()\n]{0,60}?(?<!\w)deu(?!\w)")


def told_whole(page: Page, fig: Figure) -> bool:
    """Whether a count is told as all of a set (``cả 02 hồ sơ quá hạn``, ``03 hồ sơ quá hạn đều thuộc …``): the whole
    count told again, not one group or case of it (6. of the module docstring)."""
    ft = page.ft
    return ALL_BEFORE_RE.search(ft[max(0, fig.start - 16):fig.start]) is not None \
        or ALL_AFTER_RE.match(ft, fig.end, page.st.next_clause(fig.end)) is not None


# the verbs of handling dossiers a procedure count right after them counts the cases of
HANDLED_VERBS = frozenset({"received_total", "resolved_total"})


def handled_cue(page: Page, fig: Figure, lo: int) -> Cue | None:
    """``giải quyết gần 2.000 thủ tục hành chính``: procedures right after a verb of handling dossiers count
    the cases handled (the dossier cue's metric; the unit stays as written), not the procedures in force."""
    d = page.cues["dossier"].nearest(max(lo, page.st.clause_start(fig.start)), fig.start, overlap_lo=True)
    if d is None or d.metric not in HANDLED_VERBS or not adjacent(page.ft, d.end, fig.start):
        return None
    return d
