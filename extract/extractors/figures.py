"""Figures in running text: the shared analysis behind the ``counts`` and ``indicators`` extractors.

One pass finds every figure (``4.911 hồ sơ``, ``1 250 hồ sơ``, ``4,5 nghìn hồ sơ``, ``99,72%``,
``19,99/20 điểm``, a bare ``1.130`` after its cue) in the folded text; each figure then gets its
metric from the cue that governs it (cues: :mod:`extract.extractors.figure_cues`; clauses, scopes:
:mod:`extract.extractors.figure_text`):

CASE 1. a cue before the figure inside its own clause (``kỳ trước chuyển qua 233 hồ sơ; tiếp nhận
        mới 3.957 hồ sơ`` -> received_in_period: the ``;`` stops the look-back);
CASE 2. else a cue after its unit word in the same clause (``118.962 hồ sơ tiếp nhận mới``,
        ``134 thủ tục cung cấp dịch vụ công trực tuyến một phần``);
CASE 3. else, for a figure alone in a parenthesis (``ở lĩnh vực đất đai (42 hồ sơ)``), the nearest
        cue of its sentence; for any other, a cue of its sentence joined to it by ``là`` / ``:``;
CASE 4. else the metric of the list it continues (``…; lĩnh vực người có công 12 hồ sơ``).
A figure under a parent (``Đang giải quyết 230 hồ sơ (trong hạn 212, quá hạn 18)``) re-reads
its cue in the parent's frame (quá hạn -> pending_late). A percentage takes an indicator cue of its
window, else the rate of the count (or fraction) it follows (``3985 hồ sơ đạt 99,72%``), of a
count cue next to it (``đúng và trước hạn 100%``, ``đạt 100% trước hạn, đúng hạn``), or of its
numbered heading, or the metric of the rate whose list it continues (``cấp tỉnh đạt 99,12%, cấp huyện
đạt 97,46%``) or whose previous value it gives (``(Quý IV/2025: 88,2%)``). Targets, differences
(``tăng 2,41 điểm`` -> other) and the other marks are read by :mod:`extract.extractors.figure_marks`.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

import regex

from extract.document import Document
from extract.extractors import figure_marks as marks
from extract.extractors.figure_cues import COUNT_FAMILIES, Cue, CueIndex, load_data, words
from extract.extractors.figure_marks import difference, iter_targets, opens_clause, previous_period, qualifier
from extract.extractors.figure_text import field_name, structure
from extract.facts import CountFact, IndicatorFact
from normalize.errors import NormalizeError
from normalize.numbers import NUMBER_BODY, parse_amount, parse_count, parse_decimal, spaced_thousands_pattern
from normalize.text import fold

__all__ = ["FAMILY_UNIT", "Analysis", "analyse", "load_data"]

WINDOW = 200  # look-back bound, characters
POST_WINDOW = 120  # look-ahead bound after a unit word
ADJACENT_GAP = regex.compile(r"[\s:=(]*(?:(?:la|dat|co|duoc|gom|tong cong|ty le|khoang|chi co|voi|tai)\b[\s:=(]*)*")
# only these between a clause boundary and its figure: the figure opens the clause
# "… đối với 02 TTHC đặc thù thuộc thẩm quyền …": an object, not a figure its own words describe
OBJECT_BEFORE = regex.compile(r"(?:doi\s+voi|ve\s+viec|cho|cua)\s+$")
MAX_GAP_WORDS = 6  # "nộp trực tiếp tại Trung tâm 229 hồ sơ"; farther, only through "là" / ":"
CONNECTORS = regex.compile(
    r"[\s:,;(\-+*•–]*(?:(?:trong\s+do|co|con|gom|bao\s+gom|va|hien\s+con|hien|la|ngoai\s+ra|rieng|voi|cu\s+the|tong)"
    r"(?!\w)[\s:,]*)*"
)

TOTAL = "idx766_total"
COMPONENT_MAX = 22.0  # the largest maximum of a Bộ chỉ số 766 component (số hóa hồ sơ)
TARGET_NEAR = 60  # a target this close after a rate is that rate's
TARGET_REACH = 240  # farther, in the same sentence and with no figure between
INHERIT_WINDOW = 250  # a rate continues the list of the rate at most this far before it
# a sentence end or a new list item between two rates: the second does not continue the first's list
SENTENCE_END_RE = regex.compile(r"[.!?](?=\s)|\n[^\S\n]*\n?[^\S\n]*(?=[-+*•–]|\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+\p{L}|[ivx]{1,4}\.\s)")

FAMILY_UNIT = {"dossier": "hồ sơ", "procedure": "thủ tục", "feedback": "phản ánh, kiến nghị"}

# --- figure shapes -------------------------------------------------------------------------------
# "4.911 hồ sơ", "99,72%", "100 %", "100% %", "60\%" (LaTeX), "19,99/20 điểm", "1.018/1.018 hồ sơ"
_NUM = NUMBER_BODY
# space-grouped thousands ("1 250 hồ sơ" -> 1250), only before a counted noun: normalize's guarded
# pattern (its look-behind never starts inside a run of groups, so it cannot backtrack quadratically)
_SPACED = spaced_thousands_pattern(folded=True)
FIGURE_RE = regex.compile(
    # a number may be glued to its unit word in a hastily typed text: "1.234hồ sơ"
    rf"(?<![\w.,/\-–])(?P<a>{_SPACED}|{_NUM})(?:\s*/\s*(?P<b>{_NUM}))?"
    r"(?!(?!(?:ho\s+so|tthc|thu\s+tuc|pakn)(?!\w))[\w/]|[.,][0-9]|\s*/\s*[0-9]|[\-–][0-9])"
)
# "chỉ số" ("Bộ chỉ số 766") or the decision that set it up (766/QĐ-TTg); never a figure such as "1.766 hồ sơ"
INDEX_DOC_RE = regex.compile(r"chi so|(?<![\w.,])766\s*/\s*qd")
SCALE_RE = regex.compile(r"[^\S\n]*(?P<scale>nghin|ngan)(?!\w)")


@cache
def _unit_re() -> regex.Pattern[str]:
    data = load_data()
    other = "|".join(words(u) for u in data.other_units) or "(?!x)x"
    return regex.compile(
        r"[^\S\n]*\n?\s*(?:"
        r"(?P<pct>\\?%(?:\s*%)?)"
        r"|(?P<pts>diem)(?!\w)"
        r"|(?P<dossier>ho\s+so)(?!\w)"
        r"|(?P<procedure>thu\s+tuc(?:\s+hanh\s+chinh)?|tthc|dvctt)(?!\w)"
        r"|(?P<feedback>(?:y\s+kien\s+)?(?:phan\s+anh(?:,?\s+kien\s+nghi)?|kien\s+nghi(?:,?\s+phan\s+anh)?)"
        r"(?:\s*\(pakn\))?|pakn)(?!\w)"
        rf"|(?P<other>{other})(?!\w)"
        r"|(?P<skip>ngay|thang|nam|quy|gio|phut|tuan|lan|m2|m²|km|ha|muc|dieu|khoan|thon)(?!\w)"
        r")"
    )


# a bare number preceded by one of these is not a figure: "năm 2026", "Bộ chỉ số 766", "Điều 5";
# "số" only when it is not the tail of "hồ sơ" ("tổng số hồ sơ 1250" is a figure)
BARE_BEFORE = regex.compile(
    r"(?:nam|thang|ngay|quy|(?<!ho\s)so|muc do|dieu|khoan|muc|khoa|thu|giai doan|chi so|phu luc|bieu mau|bieu|ky hop"
    r"|lan|xep|hang|tinh|duong|quoc lo|khu|to|thon|phong|so dien thoai|hotline|ma|version|he thong)\s*:?\s*$"
)
# the number of a date word ("năm 2025", "tháng 6", "ngày 14", "quý 2") is never a count of things
DATE_WORD_BEFORE = regex.compile(r"(?<!\w)(?:nam|thang|ngay|quy)\s*$")
RANK_RE = regex.compile(r"\s*,?\s*(?:va\s+)?xep(?:\s+hang)?(?:\s+thu)?\s*:?\s*(?P<r>\d+)\s*/\s*(?P<of>\d+)")
# a count that opens a breakdown: "Đang giải quyết 230 hồ sơ (trong hạn …", "…, trong đó: …"
PARENT_RE = regex.compile(r"[^0-9;.()]{0,40}?[,:]?\s*trong\s+do\b|\s*\(")
# "…, trong đó:" at the end of its line, then the parts as list lines: "+ Trong hạn: 81 hồ sơ;"
CHILD_START_RE = regex.compile(r"[^\S\n]*:?[^\S\n]*\n(?:[^\S\n]*\n)?[^\S\n]*(?P<m>[-+*•–])")
LIST_LINE_RE = regex.compile(r"[^\S\n]*(?P<m>[-+*•–])[^\n]*(?:\n(?:[^\S\n]*\n)?|$)")
MAX_CHILD_LINES = 20
LATE_METRICS = frozenset({"resolved_late", "pending_late"})
SUPERLATIVE_RE = regex.compile(r"(?<!\w)(?:cao|thap|lon|nho|nhieu|it)\s+nhat(?!\w)")
# "…, về kết quả giải quyết đạt 82,9%": an aspect of the rate before
ASPECT_RE = regex.compile(r"[^\S\n]*(?:va\s+)?ve\s+\p{L}[^;.\n]{0,80}?(?:dat|la|:)\s*$")
OPEN_PAREN_RE = regex.compile(r"[^\S\n]*\(")
# words of its own after a count's unit word: "02 hồ sơ đăng ký hộ kinh doanh" (not "02 hồ sơ quá hạn", "02 hồ sơ)")
OWN_WORDS_RE = regex.compile(r"[^\S\n]+(?!(?:qua|tre|cham|dung|truoc|som|trong|con)\s+han(?!\w)|va|do|cua|thuoc|o|tai)\p{L}{2,}")
# a sentence giving the reasons of the late dossiers: "Lý do hồ sơ quá hạn: …", "Nguyên nhân trễ hạn: …"
REASONS_RE = regex.compile(
    r"[^\S\n]*(?:[-+*•–][^\S\n]*)?(?:\p{L}+\s+){0,2}?(?:ly\s+do|nguyen\s+nhan)(?:\s+\p{L}+){0,4}?\s+(?:qua|tre|cham)\s+han"
    r"[^:.;\n]{0,30}:")
OWN_PROCESS_RE = regex.compile(r"(?<!\w)(?:giai\s+quyet|xu\s+ly)(?!\w)")
BARE_FAMILY_RE = regex.compile(
    r"(?:tong\s+so|so\s+luong|tong|so)\s+(?:\w+\s+)?(?P<noun>ho\s+so|thu\s+tuc|tthc|dvctt|phan\s+anh|pakn)(?!\w)"
)
NOUN_FAMILY = {"ho so": "dossier", "thu tuc": "procedure", "tthc": "procedure", "dvctt": "procedure",
               "phan anh": "feedback", "pakn": "feedback"}
LABELLED_RE = regex.compile(r"(?:^|[:;,(+\-])\s*(?:tong\s+so|so\s+luong|tong|so)\s+\w")
COPULA_END = regex.compile(r"(?:\bla|:)\s*$")
PAREN_RE = regex.compile(r"\([^()]*\)")
PREV_PAREN = regex.compile(r"\(\s*(?:cung\s+ky|ky|thang|quy|nam|6\s+thang|9\s+thang)(?!\w)")
# "ở lĩnh vực đất đai (42 hồ sơ)", "03 hồ sơ quá hạn thuộc lĩnh vực đất đai"
FIELD_NAME = r"(?P<field>(?<!\w)linh\s+vuc(?:\s+(?!(?:{stop})(?!\w))\w+){{1,4}})"


@dataclass(frozen=True, slots=True)
class Figure:
    start: int  # span of number and unit word
    end: int
    num_end: int
    kind: str  # count | bare | percent | score | fraction
    family: str | None  # dossier | procedure | feedback | other (counts)
    value: float
    value_b: float | None = None


@dataclass
class Analysis:
    counts: list[CountFact] = field(default_factory=list)
    indicators: list[IndicatorFact] = field(default_factory=list)


# --- values --------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=8192)
def _count_value(s: str) -> int | None:
    try:
        return parse_count(s.replace(" ", "").replace("\u00a0", ""))
    except NormalizeError:
        return None


@functools.lru_cache(maxsize=8192)
def _decimal_value(s: str) -> float | None:
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
    unit_re = _unit_re()
    k = 0
    for m in FIGURE_RE.finditer(ft):
        while k < len(skip) and skip[k][1] <= m.start():
            k += 1
        if k < len(skip) and skip[k][0] <= m.start() < skip[k][1]:
            continue
        a, b = m.group("a"), m.group("b")
        scale = SCALE_RE.match(ft, m.end()) if b is None else None
        u = unit_re.match(ft, scale.end() if scale else m.end())
        kind_unit = u.lastgroup if u else None
        end = u.end() if u else m.end()
        if kind_unit == "skip":
            continue
        if scale is not None:
            if kind_unit not in FAMILY_UNIT or (v := _scaled_value(text[m.start():scale.end()])) is None:
                continue
            yield Figure(m.start(), end, m.end(), "count", kind_unit, v)
            continue
        if b is not None:
            va, vb = _decimal_value(a), _decimal_value(b)
            if va is None or vb is None:
                continue
            if kind_unit == "pts":
                yield Figure(m.start(), end, m.end(), "score", None, va, vb)
            else:
                yield Figure(m.start(), end if kind_unit in FAMILY_UNIT else m.end(), m.end(), "fraction",
                             kind_unit, va, vb)
            continue
        if kind_unit in ("pct", "pts"):
            v = _decimal_value(a)
            if v is not None:
                yield Figure(m.start(), end, m.end(), "percent" if kind_unit == "pct" else "score", None, v)
            continue
        v = _count_value(a)
        if v is None:
            continue
        if kind_unit == "other" and DATE_WORD_BEFORE.search(ft, max(0, m.start() - 12), m.start()):
            continue  # "năm 2025\n\nxã …": a year or a date's number, not a count of communes
        if kind_unit in ("dossier", "procedure", "feedback", "other"):
            yield Figure(m.start(), end, m.end(), "count", kind_unit, v)
            continue
        # a bare number: not a section number, a year or a numbered thing
        line_start = ft.rfind("\n", 0, m.start()) + 1
        if not ft[line_start:m.start()].strip(" \t-+*•–(") and ft[m.end():m.end() + 1] in (".", ")"):
            continue
        if len(a) == 4 and 1900 <= v <= 2100:
            continue
        if BARE_BEFORE.search(ft, max(0, m.start() - 24), m.start()):
            continue
        yield Figure(m.start(), m.end(), m.end(), "bare", None, v)


# --- helpers -------------------------------------------------------------------------------------


def _unparen(s: str) -> str:
    return PAREN_RE.sub(" ", s)


def _adjacent(ft: str, cue_end: int, start: int) -> bool:
    """Only connectors ("là", ":", "đạt", a parenthesis) between a cue and its figure."""
    return ADJACENT_GAP.fullmatch(_unparen(ft[cue_end:start])) is not None


def _label(text: str, lo: int, hi: int) -> str | None:
    label = " ".join(text[lo:hi].split()).strip(" -+*•–:;,.(")
    return label[-80:] or None


def _regions(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping spans merged, in order."""
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(spans):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


@cache
def _field_res() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    stop = "|".join(words(w) for w in load_data().scope_name_stop) or "(?!x)x"
    name = FIELD_NAME.format(stop=stop)
    before = regex.compile(rf"(?<!\w){name}\s*\(\s*$")
    # "03 hồ sơ quá hạn thuộc lĩnh vực đất đai", "02 hồ sơ lĩnh vực đất đai giải quyết quá hạn"; not "7 hồ sơ
    # quá hạn đều thuộc lĩnh vực đất đai" (all of the unit's late dossiers happen to be of one field)
    after = regex.compile(rf"(?:(?:\s+(?!thuoc)\w+){{0,5}}?(?<!(?<!\w)deu)\s+thuoc)?\s+{name}")
    # "lĩnh vực đất đai (02 hồ sơ) và xây dựng (01 hồ sơ)": the next field of the list, as written
    word = rf"(?!(?:{stop})(?!\w))\w+"
    conj = regex.compile(
        rf"(?<!\w){name}\s*\([^()]{{1,40}}\)\s*(?:,|;|va)\s*(?P<next>{word}(?:\s+{word}){{0,3}})\s*\(\s*$")
    return before, after, conj


@cache
def _paren_field_re() -> regex.Pattern[str]:
    stop = "|".join(words(w) for w in load_data().scope_name_stop) or "(?!x)x"
    return regex.compile(rf"[^\S\n]*\([^\S\n]*{FIELD_NAME.format(stop=stop)}[^\S\n]*\)")


@cache
def _owner_re() -> regex.Pattern[str]:
    """``03 hồ sơ đất đai đã quá hạn xử lý của Chi nhánh Văn phòng đăng ký đất đai``: the sub-unit the
    figure's dossiers belong to, named after ``của`` in the figure's clause (a head word of a sub-unit
    first, then the words up to the end of the clause)."""
    data = load_data()
    heads = "|".join(words(h) for h in data.scope_heads if not h.startswith("linh")) or "(?!x)x"
    return regex.compile(rf"(?:\s+(?!cua)\w+){{0,8}}?\s+cua\s+(?P<field>(?:{heads})(?!\w)(?:[^\S\n]+\w+){{1,8}})"
                         rf"(?=[^\S\n]*(?:[;,.)]|\n|$))")


_CACHE: dict[int, tuple[Document, Analysis]] = {}


def analyse(document: Document) -> Analysis:
    """Counts and indicators of one Document (computed once, shared by both extractors)."""
    hit = _CACHE.get(id(document))
    if hit is not None and hit[0] is document:
        return hit[1]
    result = _analyse(document)
    if len(_CACHE) > 8:
        _CACHE.clear()
    _CACHE[id(document)] = (document, result)
    return result


# --- the analysis --------------------------------------------------------------------------------


@dataclass
class _State:
    """What the figures read so far leave for the next ones."""

    prev_end: int = 0  # end of the previous figure (fractions excluded), or of the cue it took after it
    prev_rate_end: int = 0  # the same, "other" counts excluded: the look-back bound of a percentage
    prev_count: tuple[Figure, CountFact] | None = None
    count_end: int = 0  # where reading the previous count stopped (its unit, or the cue after it)
    basis: tuple[int, str] | None = None  # (end, count metric) of a fraction a rate may follow
    parent: tuple[str, int, int] | None = None  # (metric, start, end) of the breakdown being read
    prev_ind: tuple[int, str, str | None] | None = None  # (end, metric, scope) of the last named rate
    prev_score: tuple[int, str] | None = None  # (end, metric) of the last score
    explain: tuple[str, int, int] | None = None  # (metric, open, close) of the parenthesis after a late count


class _Reader:
    def __init__(self, document: Document):
        self.text = text = document.text
        self.ft = ft = fold(text)
        self.data = data = load_data()
        self.st = st = structure(text, ft, data)
        skip = sorted((t.start, t.end) for t in document.tables)
        self.figures = list(iter_figures(text, ft, skip))
        regions = _regions([(max(0, f.start - WINDOW), min(len(ft), f.end + POST_WINDOW + 60)) for f in self.figures]
                           + [(h[1], h[2]) for h in st.headings])
        scanned = data.scanner.scan(ft, regions)

        def skip_cue(c: Cue, hi: int) -> bool:
            return st.in_closed_paren(c.start, c.end, hi)

        self.cues = {name: CueIndex(cues, skip_cue) for name, cues in scanned.items()}
        self.targets = iter_targets(ft, _decimal_value)
        self.index_doc = INDEX_DOC_RE.search(ft) is not None  # a text about the service index (Bộ chỉ số 766)
        self.target_starts = [t[0] for t in self.targets]
        self.figure_starts = [f.start for f in self.figures]

    def in_target(self, p: int) -> bool:
        i = bisect.bisect_right(self.target_starts, p) - 1
        return i >= 0 and self.targets[i][0] <= p < self.targets[i][1]

    def run(self) -> Analysis:
        st, ft = self.st, self.ft
        counts: list[CountFact] = []
        inds: list[dict] = []
        s = _State()
        for n, fig in enumerate(self.figures):
            if self.in_target(fig.start):
                continue
            nxt = self.figures[n + 1].start if n + 1 < len(self.figures) else len(ft)
            lo = max(fig.start - WINDOW, st.last_stop(fig.start), s.prev_end)
            scope = st.scope_at(fig.start)
            # the field or sub-unit of the list heading above ("a) Lĩnh vực Đất đai:"), when the figure's
            # own words name none
            outer = st.block_at(fig.start) if scope is None else None
            if fig.kind in ("count", "bare"):
                got = self._count(fig, lo, nxt, s, scope)
                if got is None:
                    continue
                fact, used_end = got
                if fact.scope is None and outer is not None:
                    fact = dataclasses.replace(fact, scope=outer)
                s.prev_end = max(fig.end, used_end)
                if fact.metric != "other":
                    s.prev_rate_end = s.prev_end
                counts.append(fact)
                if fact.metric in LATE_METRICS and (o := OPEN_PAREN_RE.match(ft, fig.end)) is not None:
                    close = st.enclosing_close(o.end(), o.end())
                    if close is not None:
                        s.explain = (fact.metric, o.end(), close)
                s.prev_count, s.count_end = (fig, fact), s.prev_end
                if fact.metric in self.data.parent_remap and (p := PARENT_RE.match(ft, fig.end)):
                    close = st.enclosing_close(p.end(), p.end()) if p.group().endswith("(") else None
                    end = close if close is not None else (self._child_lines(fig.start, p.end())
                                                           or st.next_full_stop(fig.end))
                    s.parent = (fact.metric, fig.end, end)
            elif fig.kind == "percent":
                lo = max(fig.start - WINDOW, st.last_stop(fig.start), s.prev_rate_end)
                d = self._percent(fig, lo, s, scope)
                if d["scope"] is None:
                    d["scope"] = outer
                inds.append(d)
                s.prev_end = s.prev_rate_end = fig.end
                if d["metric"] != "other":
                    s.prev_ind = (fig.end, d["metric"], scope)
            elif fig.kind == "score":
                d = self._score(fig, lo, s, scope)
                if d["scope"] is None:
                    d["scope"] = outer
                inds.append(d)
                s.prev_end = s.prev_rate_end = fig.end
                s.prev_score = (fig.end, d["metric"]) if d["metric"] != "other" else None
            elif fig.kind == "fraction" and fig.family in COUNT_FAMILIES:
                # "đã xử lý 07/07 phản ánh, kiến nghị, đạt 100%": the two sides of a rate, no fact,
                # but the rate after it is the rate of the fraction's cue
                cue = self.cues[fig.family].nearest(max(lo, st.clause_start(fig.start)), fig.start, overlap_lo=True)
                s.basis = (fig.end, cue.metric) if cue else None
        self._attach_targets(inds)
        return Analysis(counts, [IndicatorFact(**d) for d in inds])

    def _child_lines(self, line_pos: int, pos: int) -> int | None:
        """``Số hồ sơ đang giải quyết: 85 hồ sơ, trong đó:`` followed by ``+ Trong hạn: …`` / ``+ Quá hạn: …``
        lines: the end of that run of list lines (marked otherwise than the parent's own line), else None."""
        ft = self.ft
        m = CHILD_START_RE.match(ft, pos)
        if m is None:
            return None
        ls = ft.rfind("\n", 0, line_pos) + 1
        own = ft[ls:line_pos].lstrip()[:1]
        marker = m.group("m")
        if marker == own:
            return None
        end = p = m.start("m")
        for _ in range(MAX_CHILD_LINES):
            line = LIST_LINE_RE.match(ft, p)
            if line is None or line.group("m") != marker:
                break
            end = p = line.end()
        return end

    def _explains_late(self, fig: Figure, s: _State) -> bool:
        """A count telling late dossiers one group or case at a time: inside the parenthesis after a late
        count with words of its own after its unit (``02 hồ sơ đăng ký hộ kinh doanh``), or in a sentence
        that gives the reasons of the late dossiers (``Lý do hồ sơ quá hạn: 01 hồ sơ …``)."""
        ft = self.ft
        if s.explain is not None and s.explain[1] <= fig.start < s.explain[2]:
            if CONNECTORS.fullmatch(ft, max(s.explain[1], self.st.clause_start(fig.start)), fig.start) is not None \
                    and OWN_WORDS_RE.match(ft, fig.end) is not None:
                return True
        start = max(self.st.last_stop(fig.start), ft.rfind("\n", 0, fig.start) + 1)
        return REASONS_RE.match(ft, start, fig.start) is not None

    # --- counts ----------------------------------------------------------------------------------

    def _family(self, fig: Figure, lo: int) -> tuple[str | None, bool]:
        ft = self.ft
        window = ft[lo:fig.start]
        labelled = LABELLED_RE.search(window) is not None
        family = fig.family
        if fig.kind == "bare":
            m = BARE_FAMILY_RE.search(window)
            if m:
                family = NOUN_FAMILY[" ".join(m.group("noun").split())]
            elif labelled or "ty le" in window:
                family = "other"
            else:
                near = [(c.end, fam) for fam in COUNT_FAMILIES
                        if (c := self.cues[fam].nearest(lo, fig.start)) is not None and _adjacent(ft, c.end, fig.start)]
                if not near:
                    return None, labelled
                family = max(near)[1]
            if "ty le" in window:
                family = "other"  # a rate written without its % sign is a count of something else
        return family, labelled

    def _cue(self, fig: Figure, lo: int, nxt: int, cues: CueIndex) -> tuple[Cue | None, int]:
        """The cue governing a count (CASES 1-3 of the module docstring) and where reading stopped."""
        ft, st = self.ft, self.st
        cs = max(lo, st.clause_start(fig.start))
        pre = cues.nearest(cs, fig.start, overlap_lo=True)
        if pre is not None and not self._in_heading_before(pre, fig):
            gap = _unparen(ft[pre.end:fig.start])
            if len(gap.split()) <= MAX_GAP_WORDS or COPULA_END.search(gap):
                if pre.metric in self.data.parent_remap and fig.kind == "count":
                    # "đang giải quyết 03 hồ sơ quá hạn", "giải quyết dứt điểm 03 hồ sơ quá hạn"
                    ce = min(st.next_clause(fig.end) - 1, nxt, fig.end + POST_WINDOW)
                    post = cues.first(fig.end, ce)
                    sub = self.data.parent_remap[pre.metric]
                    if post is not None and post.metric in sub and post.metric != pre.metric:
                        return Cue(post.start, post.end, sub[post.metric]), post.end
                return pre, fig.end
        if fig.kind == "count":
            ce = min(st.next_clause(fig.end) - 1, nxt, fig.end + POST_WINDOW)
            post = cues.first(fig.end, ce)
            # after "đối với" only a cue right after the unit word ("đối với 04 hồ sơ quá hạn"), not one
            # farther on ("đối với 02 TTHC đặc thù thuộc thẩm quyền …")
            if post is not None and (not OBJECT_BEFORE.search(ft, max(0, fig.start - 12), fig.start)
                                     or not ft[fig.end:post.start].strip()):
                return post, post.end
        alone = CONNECTORS.fullmatch(ft[cs:fig.start]) is not None
        if alone and cs > 0 and ft[cs - 1] == "(":
            c = cues.nearest(lo, cs - 1)
            if c is not None:
                return c, fig.end
        c = cues.nearest(lo, fig.start)
        if c is not None and not self._in_heading_before(c, fig) and (
                _adjacent(ft, c.end, fig.start) or COPULA_END.search(_unparen(ft[c.end:fig.start]))):
            return c, fig.end
        return None, fig.end

    def _in_heading_before(self, c: Cue, fig: Figure) -> bool:
        """A cue in a heading above the figure's line (``2. Xử lý`` over ``Số PAKN thuộc thẩm quyền … là
        14``) names the section, not the figure."""
        h = self.st.heading_before(c.start)
        return h is not None and h[1] <= c.start and c.end <= h[2] <= fig.start

    def _count(self, fig: Figure, lo: int, nxt: int, s: _State, scope: str | None) -> tuple[CountFact, int] | None:
        text, ft, data = self.text, self.ft, self.data
        family, labelled = self._family(fig, lo)
        if family is None:
            return None
        if family == "other" or family not in FAMILY_UNIT:
            if not data.emit_other:
                return None
            unit = " ".join(text[fig.num_end:fig.end].split())
            return CountFact(start=fig.start, end=fig.end, text=text[fig.start:fig.end], metric="other",
                             value=int(fig.value), unit=unit, scope=scope, label=_label(text, lo, fig.start)), fig.end
        cue, used_end = self._cue(fig, lo, nxt, self.cues[family])
        metric = cue.metric if cue else None
        label = None
        if metric is None and s.prev_count is not None:
            pfig, pfact = s.prev_count
            if (pfig.family == family and fig.start - pfig.end < WINDOW and pfact.metric != "other"
                    and "." not in ft[pfig.end:fig.start].replace("..", "")):
                metric = pfact.metric  # a list continued: "...; lĩnh vực người có công 12 hồ sơ"
        if metric is None and fig.kind == "count" and scope and family in data.default_metric:
            metric = data.default_metric[family]
        if metric is None and fig.kind == "count" and family == "procedure" and PARENT_RE.match(ft, fig.end) \
                and self.cues["procedure"].first(fig.end, min(len(ft), fig.end + POST_WINDOW)) is not None:
            # "Toàn thành phố hiện có 1.874 TTHC, trong đó 1.056 thủ tục … toàn trình": the whole set broken down
            metric = data.default_metric.get(family)
        if metric is None:
            if fig.kind == "bare" and not labelled:
                return None
            metric = "other"
        if s.parent is not None and s.parent[1] <= fig.start < s.parent[2] and not (
                cue is not None and OWN_PROCESS_RE.search(ft, cue.start, cue.end)):
            # a part re-read in its total's frame, unless its cue names its own process
            # ("Đã giải quyết 3996 hồ sơ trong đó: … + Hồ sơ đang giải quyết trong hạn: 49 hồ sơ")
            metric = data.parent_remap[s.parent[0]].get(metric, metric)
        if metric == "received_in_period" and self._total_of_breakdown(fig):
            metric = "received_total"  # "… trong kỳ: 1.742 hồ sơ (tiếp nhận mới 1.722; kỳ trước chuyển sang 20)"
        if (diff := difference(text, ft, fig.start, fig.end)) is not None:
            metric, label = "other", diff  # "tăng 120 hồ sơ so với cùng kỳ"
        elif metric == "other":
            label = (_label(text, cue.start, cue.end) if cue is not None and cue.start > fig.start else None) or (
                _label(text, lo, fig.start) or (cue and _label(text, cue.start, cue.end)))
        if scope is None and fig.kind == "count":
            scope = self._field_scope(fig)
        # in the parenthesis after a late count a cue after the case's own words tells why it was late
        # ("(01 hồ sơ chuyển mục đích sử dụng đất do người dân chậm bổ sung giấy tờ)"), not what it is
        post_in_explain = (cue is not None and cue.start >= fig.end and s.explain is not None
                           and s.explain[1] <= fig.start < s.explain[2])
        if (metric in LATE_METRICS or post_in_explain) and scope is None and fig.kind == "count" \
                and self._explains_late(fig, s):
            # "quá hạn 04 hồ sơ (02 hồ sơ đăng ký hộ kinh doanh, …)", "Lý do hồ sơ quá hạn: 01 hồ sơ …":
            # the late dossiers told one group or case at a time have no key of their own
            ce = min(self.st.next_clause(fig.end) - 1, fig.end + 80)
            metric, label = "other", _label(text, fig.num_end, max(ce, fig.end))
        return CountFact(start=fig.start, end=fig.end, text=text[fig.start:fig.end], metric=metric,
                         value=int(fig.value), unit=FAMILY_UNIT[family], scope=scope, label=label), used_end

    def _total_of_breakdown(self, fig: Figure) -> bool:
        """A breakdown right after the figure names a carried-over part: the figure is the total."""
        p = PARENT_RE.match(self.ft, fig.end)
        if p is None:
            return False
        close = self.st.enclosing_close(p.end(), p.end()) if p.group().endswith("(") else None
        hi = min(close if close is not None else self.st.next_full_stop(fig.end), fig.end + 2 * POST_WINDOW)
        return self.cues["dossier"].first_where(p.end(), hi, lambda c: c.metric == "carried_over") is not None

    def _field_scope(self, fig: Figure) -> str | None:
        """``ở lĩnh vực đất đai (42 hồ sơ)``; ``03 hồ sơ quá hạn thuộc lĩnh vực đất đai``; the next field of
        such a list (``… (02 hồ sơ) và xây dựng (01 hồ sơ)``)."""
        before, after, conj = _field_res()
        ft = self.ft
        m = before.search(ft, max(0, fig.start - 80), fig.start)
        if m is None and (c := conj.search(ft, max(0, fig.start - 140), fig.start)) is not None:
            return field_name(" ".join(self.text[c.start("next"):c.end("next")].split()))
        if m is None:
            ce = min(self.st.next_clause(fig.end), fig.end + 120)
            m = after.match(ft, fig.end, ce)
        if m is None:  # "Quá hạn 01 hồ sơ (lĩnh vực đất đai)": the field alone in brackets right after it
            m = _paren_field_re().match(ft, fig.end, min(len(ft), fig.end + 80))
        if m is None:
            ce = min(self.st.next_clause(fig.end), fig.end + 120)
            if (u := _owner_re().match(ft, fig.end, ce)) is not None:
                head = ft[u.start("field"):u.end("field")]
                sub = self.text[u.start("field"):u.end("field")]
                if not any(head.startswith(n) for n in self.data.scope_not) and (
                        not regex.match(r"so(?!\w)", head) or sub[:2].lower() == "sở"):
                    return " ".join(self.text[u.start("field"):u.end("field")].split())
            return None
        return field_name(" ".join(self.text[m.start("field"):m.end("field")].split()))

    # --- indicators ------------------------------------------------------------------------------

    def _score(self, fig: Figure, lo: int, s: _State, scope: str | None) -> dict:
        """An index score: its component from the cue before it; a total when out of 100, ranked, or
        (no cue, no max) above any component's maximum in a text about the index."""
        ft, text, scues = self.ft, self.text, self.cues["score"]
        rank = RANK_RE.match(ft, fig.end)
        b = fig.value_b
        cue = scues.nearest(lo, fig.start)
        metric = cue.metric if cue else None
        label = None
        if (diff := difference(text, ft, fig.start, fig.end)) is not None:  # "tổng điểm tăng 2,41 điểm"
            metric, label = "other", diff
        elif b == 100 or rank:
            metric = TOTAL
        elif metric == TOTAL and b is not None:
            # "Chỉ số mức độ hài lòng … (Bộ chỉ số 766) … 17,6/18 điểm": a part out of 18 is a component
            part = scues.first_where(lo, fig.start, lambda c: c.metric != TOTAL)
            metric = part.metric if part else "other"
        elif metric is None and s.prev_score is not None and s.prev_score[0] >= lo:
            metric = s.prev_score[1]  # "… dẫn đầu với 90,14 điểm và 89,6 điểm"
        elif metric is None and b is None and self.index_doc and COMPONENT_MAX < fig.value <= 100:
            metric = TOTAL
        metric = metric or "other"
        maximum = b if b is not None else (100.0 if metric == TOTAL else None)
        if metric == "other" and label is None:
            label = _label(text, lo, fig.start)
        return dict(start=fig.start, end=fig.end, text=text[fig.start:fig.end], metric=metric, value=float(fig.value),
                    unit="điểm", max=maximum, scope=scope,
                    rank=int(rank.group("r")) if rank else None, rank_of=int(rank.group("of")) if rank else None,
                    label=label)

    def _percent(self, fig: Figure, lo: int, s: _State, scope: str | None) -> dict:
        ft, text = self.ft, self.text
        diff = difference(text, ft, fig.start, fig.end)
        if diff is not None:  # "thấp hơn 7,65%", "so với cùng kỳ tăng 8,2%": never the metric itself
            return dict(start=fig.start, end=fig.end, text=text[fig.start:fig.end], metric="other",
                        value=float(fig.value), unit="%", scope=scope, qualifier=None, label=diff)
        metric, read_on = self._percent_metric(fig, lo, s)
        label = None
        if (aspect := self._aspect(fig, s)) is not None:
            metric, read_on = aspect, False
        if metric is None and not read_on and (inherit := self._inherited(fig, s, scope)) is not None:
            metric, label = inherit
        if metric is None and not read_on:
            h = self.st.heading_before(fig.start)
            if h is not None and fig.start - h[2] < 3000:
                c = self.cues["indicator"].nearest(h[1], h[2])
                if c is not None:
                    metric = c.metric
        if metric in self.data.feedback_rate and s.prev_count is not None:
            # "đã xử lý 02 phản ánh, kiến nghị, tỷ lệ xử lý đúng hạn đạt 100%" (also after ";", in the same sentence)
            pfig, _ = s.prev_count
            if pfig.family == "feedback" and pfig.end >= self.st.last_full_stop(fig.start):
                metric = self.data.feedback_rate[metric]
        if marks.BUDGET_AFTER.match(ft, fig.end):
            metric = "other"
        metric = metric or "other"
        if metric == "other":
            label = _label(text, lo, fig.start)
        return dict(start=fig.start, end=fig.end, text=text[fig.start:fig.end], metric=metric,
                    value=float(fig.value), unit="%", scope=scope, qualifier=qualifier(ft, fig.start, fig.end),
                    label=label)

    def _percent_metric(self, fig: Figure, lo: int, s: _State) -> tuple[str | None, bool]:
        """The metric named around a percentage, and whether it names its own subject (then nothing
        before its clause or under its heading may name it)."""
        ft, st, data = self.ft, self.st, self.data
        cs = st.clause_start(fig.start)
        opens = cs > lo and CONNECTORS.fullmatch(ft[cs:fig.start]) is not None and opens_clause(ft, fig.end)
        metric: str | None = None
        cue = self.cues["indicator"].nearest(cs if opens else lo, fig.start)
        if cue is not None:
            metric = cue.metric
        if metric is None:  # "đạt 100% trước hạn, đúng hạn"
            a = marks.AFTER_PCT_RE.match(ft, fig.end)
            c = self.cues["dossier"].starting(a.end()) if a else None
            if c is not None and c.metric in data.rate_of_count:
                metric = data.rate_of_count[c.metric]
        if metric is None and s.prev_count is not None and not opens:  # "3985 hồ sơ đạt 99,72%"
            pend = s.count_end
            if pend == s.prev_rate_end and pend >= lo and marks.RATE_GAP_RE.match(ft[pend:fig.start]):
                cm = s.prev_count[1].metric
                if cm not in data.rate_read_on:  # "cấp xã tiếp nhận 65.134 hồ sơ, đạt 98,81%": read on
                    metric = data.rate_of_count.get(cm, "other")
        if metric is None and s.basis is not None and s.basis[0] >= lo and marks.RATE_GAP_RE.match(ft[s.basis[0]:fig.start]):
            metric = data.rate_of_count.get(s.basis[1])
        noun = marks.PCT_NOUN_RE.match(ft, fig.end)
        of_other = noun is not None and noun.group("noun").replace(" ", "") not in marks.RATE_NOUNS
        if metric is None and noun is not None and not of_other:  # "97,83% hồ sơ được giải quyết đúng hạn"
            ce = marks.POST_END_RE.search(ft, noun.end(), min(len(ft), noun.end() + POST_WINDOW))
            hi = ce.start() if ce else min(len(ft), noun.end() + POST_WINDOW)
            c = self.cues["indicator"].nearest(fig.end, hi)
            if c is not None:
                metric = c.metric
        if metric is None and not of_other and not opens:  # "đúng và trước hạn 100%" (not "100% cán bộ")
            c = self.cues["dossier"].nearest(lo, fig.start)
            if c is not None and c.metric in data.rate_of_count and marks.CUE_RATE_GAP_RE.match(ft[c.end:fig.start]):
                metric = data.rate_of_count[c.metric]
        return metric, opens or of_other

    def _aspect(self, fig: Figure, s: _State) -> str | None:
        """``mức độ hài lòng về tiếp cận dịch vụ đạt 85,1%, về công chức giải quyết công việc đạt 84,6%``:
        a clause opening with ``về`` after a rate of the same sentence names another aspect of that rate,
        whatever words of its own it holds (no ``tỷ lệ`` or rate cue of its own)."""
        if s.prev_ind is None:
            return None
        pend, pmetric, _ = s.prev_ind
        cs = self.st.clause_start(fig.start)
        if cs <= pend or fig.start - pend > INHERIT_WINDOW or SENTENCE_END_RE.search(self.ft, pend, fig.start):
            return None
        if ASPECT_RE.match(self.ft, cs, fig.start) is None or "ty le" in self.ft[cs:fig.start]:
            return None
        if self.cues["indicator"].nearest(cs, fig.start) is not None:
            return None
        return pmetric

    def _inherited(self, fig: Figure, s: _State, scope: str | None) -> tuple[str, str | None] | None:
        """The metric of the rate before, for a rate continuing its list (``cấp tỉnh đạt 99,12%, cấp
        huyện đạt 97,46% và cấp xã đạt 98,03%``; ``Sở A (91,3%), UBND huyện B (94,7%)``) or giving its
        previous period's value (``(Quý IV/2025: 88,2%)``, ``so với 11,6% của năm trước``)."""
        if s.prev_ind is None:
            return None
        pend, pmetric, pscope = s.prev_ind
        gap_lo = max(pend, s.prev_end)
        if fig.start - pend > INHERIT_WINDOW or SENTENCE_END_RE.search(self.ft, pend, fig.start):
            return None
        gap = self.ft[gap_lo:fig.start]
        period = previous_period(self.text, self.ft, fig.start, fig.end)
        # "92,73% số hồ sơ tiếp nhận mới (Quý IV/2025: 88,2%)": the words naming what the rate is a share
        # of stand before the previous value's parenthesis; only the parenthesis must be free of cues
        if period is not None and (o := self.ft.rfind("(", gap_lo, fig.start)) >= 0 and PREV_PAREN.match(self.ft, o):
            gap_lo, gap = o, self.ft[o:fig.start]
        if "ty le" in gap or any(self.cues[t].nearest(gap_lo, fig.start) for t in COUNT_FAMILIES):
            return None
        if ";" in self.ft[pend:fig.start] and period is None and (scope is None or scope == pscope) \
                and not SUPERLATIVE_RE.search(gap):
            return None  # across ";" only a list of sub-units, levels or ranks ("…; huyện B thấp nhất, đạt 76,4%")
        return pmetric, period

    def _attach_targets(self, inds: list[dict]) -> None:
        """A target in running text qualifies the indicator just before it; in a numbered heading, the
        rates of the heading's metric under it."""
        st, icues, ft = self.st, self.cues["indicator"], self.ft
        ends = [d["end"] for d in inds]
        for t_start, _t_end, target, _ in self.targets:
            h = st.heading_before(t_start)
            i = bisect.bisect_right(ends, t_start) - 1
            inline = i >= 0 and h is not None and ends[i] > h[1]  # "1. Tỷ lệ …: 84,6% (chỉ tiêu giao: ≥ 80%)"
            if h is not None and h[1] <= t_start < h[2] and not inline:
                cue = icues.nearest(h[1], t_start)
                if cue is None:
                    continue
                nxt = bisect.bisect_right(st.headings, (h[2], 1 << 62, 0))
                stop = st.headings[nxt][0] if nxt < len(st.headings) else len(ft)
                for d in inds:
                    if h[2] <= d["start"] < stop and d["metric"] == cue.metric and d.get("target") is None:
                        d["target"] = target
                continue
            if i >= 0 and inds[i].get("target") is None and self._target_near(ends[i], t_start):
                inds[i]["target"] = target

    def _target_near(self, end: int, t_start: int) -> bool:
        """A target qualifies the rate before it when close (``đạt 92,37% (chỉ tiêu giao ≥ 80%)``), or farther in
        the same sentence with no figure between (``đạt 64,3%, vượt chỉ tiêu … giao tại Nghị quyết số 01/NQ-CP
        ngày 05/01/2024 (chỉ tiêu giao ≥ 50%)``: the cited document holds no figure)."""
        if t_start - end <= TARGET_NEAR:
            return True
        if t_start - end > TARGET_REACH or self.st.last_full_stop(t_start) > end:
            return False
        i = bisect.bisect_right(self.figure_starts, end)
        return i >= len(self.figure_starts) or self.figure_starts[i] >= t_start


def _analyse(document: Document) -> Analysis:
    return _Reader(document).run()
