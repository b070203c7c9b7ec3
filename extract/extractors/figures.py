"""Figures in running text: the shared analysis behind the ``counts`` and ``indicators`` extractors.

One pass finds every figure (``4.911 hồ sơ``, ``99,72%``, ``19,99/20 điểm``, a bare ``1.130`` after
its cue) in the folded text; each figure then gets its metric from the cue words around it:

1. a cue right before the figure (``Tổng số hồ sơ đã tiếp nhận là 4.911 hồ sơ``),
2. else a cue right after its unit word (``45 hồ sơ trực tiếp``, ``97,83% hồ sơ ... đúng, sớm hạn``),
3. else the nearest cue in the bounded look-back window (back to the previous figure, the
   sentence start, or 200 characters; cues inside a closed parenthesis are skipped),
4. for a percentage: the count figure right before it (``3985 hồ sơ đạt 99,72%`` -> early_rate),
   else the numbered heading above it (``2.1. Tỷ lệ hồ sơ đã giải quyết trước hạn, đúng hạn``).

Cue words are data (extract/extractors/data/figures.toml). Scopes come from list items
(``- Phòng Kinh tế xã: ...``) and sentence subjects (``Chi nhánh ... tiếp nhận 361 hồ sơ``);
targets (``chỉ tiêu giao ≥ 60%``) attach to the indicator they qualify or, in a heading, to the
rates under it. Tables are read in :mod:`extract.extractors.tables`-like fashion in ``counts``.
"""

from __future__ import annotations

import bisect
import functools
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import regex

from extract.document import Document
from extract.facts import CountFact, IndicatorFact, Target
from normalize.errors import NormalizeError
from normalize.numbers import NUMBER_BODY, parse_count, parse_decimal
from normalize.text import fold

DATA = Path(__file__).parent / "data" / "figures.toml"
WINDOW = 200  # look-back bound, characters
POST_WINDOW = 120  # look-ahead bound after a unit word
ADJACENT_GAP = regex.compile(r"[\s:=(]*(?:(?:la|dat|co|duoc|gom|tong cong|ty le|khoang|chi co|voi|tai)\b[\s:=(]*)*")

FAMILY_UNIT = {"dossier": "hồ sơ", "procedure": "thủ tục", "feedback": "phản ánh, kiến nghị"}


def _words(pattern: str) -> str:
    """A toml cue pattern to a regex: a space stands for any run of whitespace."""
    return pattern.replace(" ", r"\s+")


@dataclass(frozen=True, slots=True)
class CueDef:
    metric: str
    families: tuple[str, ...]
    pattern: str


class CueTable:
    """All cue patterns of one kind as one overlapped alternation over the folded text."""

    def __init__(self, defs: list[CueDef]):
        self.defs = sorted(defs, key=lambda d: -len(d.pattern))  # specific first at a start
        body = "|".join(f"(?P<c{i}>{_words(d.pattern)})" for i, d in enumerate(self.defs))
        self.regex = regex.compile(rf"(?<![\w])(?:{body})(?![\w])")
        self.overlapped = True  # nested cues ("tiếp nhận" inside "tổng số hồ sơ đã tiếp nhận") are needed

    def scan(self, ft: str, regions: list[tuple[int, int]] | None = None) -> list[Cue]:
        """Every cue in ``ft`` (or only in the given [start, end) regions: the look-back and
        look-ahead windows of the figures, so that prose without figures is never scanned)."""
        out = []
        for lo, hi in regions if regions is not None else [(0, len(ft))]:
            for m in self.regex.finditer(ft, lo, hi, overlapped=self.overlapped):
                d = self.defs[int(m.lastgroup[1:])]
                out.append(Cue(m.start(), m.end(), d.metric, d.families))
        out.sort(key=lambda c: (c.end, -c.start))
        return out


@dataclass(frozen=True, slots=True)
class Cue:
    start: int
    end: int
    metric: str
    families: tuple[str, ...] = ()


@dataclass(frozen=True)
class FigureData:
    count: CueTable  # all count cues (tables, family inference)
    count_by_family: dict[str, CueTable]
    indicator: CueTable
    score: CueTable
    rate_of_count: dict[str, str]
    scope_heads: tuple[str, ...]
    scope_groups: tuple[str, ...]
    scope_not: tuple[str, ...]
    subject_verbs: tuple[str, ...]
    total_rows: tuple[str, ...]
    default_metric: dict[str, str]
    other_units: tuple[str, ...]
    emit_other: bool


@cache
def load_data(path: Path = DATA) -> FigureData:
    """The cue tables of figures.toml, compiled once."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ValueError(f"{path}: cannot load figure cues: {exc}") from exc

    def defs(kind: str) -> list[CueDef]:
        return [CueDef(e["metric"], tuple(e.get("families", ())), p) for e in raw.get(kind, []) for p in e["patterns"]]

    st = raw.get("structure", {})
    other = raw.get("other_units", {})
    by_family: dict[str, list[CueDef]] = {}
    for d in defs("count"):
        for fam in d.families:
            by_family.setdefault(fam, []).append(d)
    return FigureData(
        count=CueTable(defs("count")),
        count_by_family={fam: CueTable(ds) for fam, ds in by_family.items()},
        indicator=CueTable(defs("indicator")),
        score=CueTable(defs("score")),
        rate_of_count=dict(raw.get("rate_of_count", {})),
        scope_heads=tuple(st.get("scope_heads", ())),
        scope_groups=tuple(st.get("scope_groups", ())),
        scope_not=tuple(st.get("scope_not", ())),
        subject_verbs=tuple(st.get("subject_verbs", ())),
        total_rows=tuple(st.get("total_rows", ())),
        default_metric=dict(raw.get("default_metric", {})),
        other_units=tuple(other.get("units", ())),
        emit_other=bool(other.get("emit", False)),
    )


# --- figure shapes -------------------------------------------------------------------------------
# "4.911 hồ sơ", "99,72%", "100 %", "100% %", "60\%" (LaTeX), "19,99/20 điểm", "1.018/1.018 hồ sơ"
_NUM = NUMBER_BODY
FIGURE_RE = regex.compile(
    rf"(?<![\w.,/\-–])(?P<a>{_NUM})(?:\s*/\s*(?P<b>{_NUM}))?(?![\w/]|[.,][0-9]|\s*/\s*[0-9]|[\-–][0-9])"
)


@cache
def _unit_re() -> regex.Pattern[str]:
    data = load_data()
    other = "|".join(_words(u) for u in data.other_units) or "(?!x)x"
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


# a bare number preceded by one of these is not a figure: "năm 2026", "Bộ chỉ số 766", "Điều 5"
BARE_BEFORE = regex.compile(
    r"(?:nam|thang|ngay|quy|so|muc do|dieu|khoan|muc|khoa|thu|giai doan|chi so|phu luc|bieu mau|bieu|ky hop|lan|xep|hang"
    r"|tinh|duong|quoc lo|khu|to|thon|phong|so dien thoai|hotline|ma|version)\s*:?\s*$"
)
RANK_RE = regex.compile(r"\s*,?\s*(?:va\s+)?xep(?:\s+hang)?(?:\s+thu)?\s*:?\s*(?P<r>\d+)\s*/\s*(?P<of>\d+)")
PARENT_RE = regex.compile(r"[^0-9;.]{0,40}?[(,:]?\s*trong\s+do\b")
QUALIFIER_RE = regex.compile(r"(?:tren|hon|vuot)\s*$")
BUDGET_AFTER = regex.compile(r"\s*\.?\s*(?:so\s+voi|ke\s+hoach\s+von|du\s+toan)")
TARGET_RE = regex.compile(
    r"(?:theo\s+)?chi\s+tieu(?:\s+(?:giao|dat\s+ra|de\s+ra|cua\s+\w+(?:\s+\w+)?))?"
    r"(?P<min>\s+(?:toi\s+thieu|it\s+nhat|phan\s+dau))?(?:\s+(?:dat|la))?\s*:?\s*\$?\s*"
    r"(?P<op>\\geq?|\\ge|≥|>=|=|>|tren|tu)?\s*"
    rf"(?P<num>{_NUM})\s*\\?%\s*\$?"
)
HEADING_RE = regex.compile(r"(?m)^[^\S\n]*(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[ivx]{1,4}\.)[^\S\n]+(?P<title>\p{L}[^\n]{2,220})$")
HARD_START_RE = regex.compile(r"\n[^\S\n]*\n?[^\S\n]*(?=[-+*•–]|\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+\p{L}|[ivx]{1,4}\.\s)")
STOP_RE = regex.compile(r"[.;!?](?=\s)|\n[^\S\n]*\n?[^\S\n]*(?=[-+*•–])")


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


# --- structure of the text -----------------------------------------------------------------------


@dataclass
class Structure:
    """Sentence stops, parentheses, headings and scopes of one text, found once."""

    text: str
    ft: str
    stops: list[int]
    parens: list[tuple[int, int]]
    headings: list[tuple[int, int, int]]  # (line start, title start, title end)
    scopes: list[tuple[int, int, str]]  # (start, end, scope text)

    def last_stop(self, p: int) -> int:
        i = bisect.bisect_right(self.stops, p) - 1
        return self.stops[i] if i >= 0 else 0

    def next_stop(self, p: int) -> int:
        i = bisect.bisect_right(self.stops, p)
        return self.stops[i] if i < len(self.stops) else len(self.text)

    def enclosing_close(self, s: int, e: int) -> int | None:
        """The close of the innermost parenthesis pair around [s, e), if any (bounded search)."""
        i = bisect.bisect_left(self.parens, (s, -1)) - 1
        for j in range(i, max(i - 8, -1), -1):
            o, c = self.parens[j]
            if o < s and c >= e:
                return c
        return None

    def scope_at(self, p: int) -> str | None:
        i = bisect.bisect_right(self.scopes, (p, 1 << 62, "")) - 1
        for j in range(i, max(i - 4, -1), -1):
            s, e, name = self.scopes[j]
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


SCOPE_VERB = regex.compile(r"\b(?:da|duoc|yeu cau)\b")


def _scopes(text: str, ft: str, data: FigureData, stops: list[int], hard: list[int]) -> list[tuple[int, int, str]]:
    heads = "|".join(_words(h) for h in data.scope_heads)
    verbs = "|".join(_words(v) for v in data.subject_verbs)
    item_re = regex.compile(
        rf"(?m)^[^\S\n]*(?:[-+*•–][^\S\n]*)+(?P<head>(?:{heads})(?!\w)[^\n:;.()]{{0,80}}?)[^\S\n]*:"
    )
    subject_re = regex.compile(
        rf"(?:^|(?<=[.:;][^\S\n]{{1,3}})|(?<=\n))[^\S\n]*(?:[-+*•–][^\S\n]*)*"
        rf"(?P<head>(?:{heads})(?!\w)[^\n:;.,()]{{0,80}}?)\s+(?=(?:{verbs})(?:(?!\w)|(?=\d)))"
    )
    found: list[tuple[int, int, str]] = []

    def keep(m: regex.Match[str], end: int) -> None:
        s, e = m.span("head")
        head = ft[s:e]
        if any(n in head for n in data.scope_not) or SCOPE_VERB.search(head):
            return
        found.append((s, end, " ".join(text[s:e].split())))

    for m in item_re.finditer(ft):
        i = bisect.bisect_right(hard, m.end())
        keep(m, hard[i] if i < len(hard) else len(text))
    for m in subject_re.finditer(ft):
        i = bisect.bisect_right(stops, m.end())
        end = stops[i] if i < len(stops) else len(text)
        if not any(s <= m.start("head") < e for s, e, _ in found[-3:]):
            keep(m, end)
    if data.scope_groups:
        groups = "|".join(_words(g) for g in data.scope_groups)
        for m in regex.finditer(rf"(?<!\w)cua\s+(?:cac\s+)?(?P<head>{groups})(?!\w)", ft):
            i = bisect.bisect_right(stops, m.end())
            keep(m, stops[i] if i < len(stops) else len(text))
    found.sort()
    return found


def structure(text: str, ft: str, data: FigureData) -> Structure:
    hard = [m.start() for m in HARD_START_RE.finditer(ft)]
    stops = sorted({m.end() for m in STOP_RE.finditer(ft)} | set(hard))
    headings = [(m.start(), m.start("title"), m.end("title")) for m in HEADING_RE.finditer(ft)]
    return Structure(text, ft, stops, _parens(text), headings, _scopes(text, ft, data, stops, hard))


# --- cue lookup ----------------------------------------------------------------------------------


class CueIndex:
    def __init__(self, cues: list[Cue], st: Structure):
        self.cues = cues
        self.ends = [c.end for c in cues]
        self.st = st

    def nearest(self, lo: int, hi: int, family: str | None = None) -> Cue | None:
        """The eligible cue ending nearest before ``hi`` inside [lo, hi) (the longest on a tie);
        cues in a parenthesis closed before ``hi`` do not count."""
        i = bisect.bisect_right(self.ends, hi) - 1
        best: Cue | None = None
        while i >= 0 and self.cues[i].end > lo:
            c = self.cues[i]
            i -= 1
            if best is not None and c.end < best.end:
                break
            if c.start < lo or (family and c.families and family not in c.families):
                continue
            close = self.st.enclosing_close(c.start, c.end)
            if close is not None and close < hi:
                continue
            if best is None or c.start < best.start:
                best = c
        return best

    def starting(self, lo: int, hi: int, family: str | None = None) -> Cue | None:
        """The longest cue starting at ``lo`` (within [lo, hi))."""
        i = bisect.bisect_right(self.ends, lo)
        best = None
        for c in self.cues[i:]:
            if c.end > hi + 60:
                break
            if c.start == lo and c.end <= hi and (not family or not c.families or family in c.families):
                if best is None or c.end > best.end:
                    best = c
        return best


# --- values --------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=8192)
def _count_value(s: str) -> int | None:
    try:
        return parse_count(s)
    except NormalizeError:
        return None


@functools.lru_cache(maxsize=8192)
def _decimal_value(s: str) -> float | None:
    try:
        return parse_decimal(s)
    except NormalizeError:
        return None


def iter_figures(ft: str, skip: list[tuple[int, int]]) -> Iterable[Figure]:
    """Every figure of the folded text outside the ``skip`` spans (tables), in order."""
    unit_re = _unit_re()
    k = 0
    for m in FIGURE_RE.finditer(ft):
        while k < len(skip) and skip[k][1] <= m.start():
            k += 1
        if k < len(skip) and skip[k][0] <= m.start() < skip[k][1]:
            continue
        a, b = m.group("a"), m.group("b")
        u = unit_re.match(ft, m.end())
        kind_unit = u.lastgroup if u else None
        end = u.end() if u else m.end()
        if kind_unit == "skip":
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
        if kind_unit == "pct":
            v = _decimal_value(a)
            if v is not None:
                yield Figure(m.start(), end, m.end(), "percent", None, v)
            continue
        if kind_unit == "pts":
            v = _decimal_value(a)
            if v is not None:
                yield Figure(m.start(), end, m.end(), "score", None, v)
            continue
        v = _count_value(a)
        if v is None:
            continue
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


# --- the analysis --------------------------------------------------------------------------------

BARE_FAMILY_RE = regex.compile(
    r"(?:tong\s+so|so\s+luong|tong|so)\s+(?:\w+\s+)?(?P<noun>ho\s+so|thu\s+tuc|tthc|dvctt|phan\s+anh|pakn)(?!\w)"
)
NOUN_FAMILY = {"ho so": "dossier", "thu tuc": "procedure", "tthc": "procedure", "dvctt": "procedure",
               "phan anh": "feedback", "pakn": "feedback"}
LABELLED_RE = regex.compile(r"(?:^|[:;,(+\-])\s*(?:tong\s+so|so\s+luong|tong|so)\s+\w")
POST_END_RE = regex.compile(r"[;.()]|\n[^\S\n]*\n?[^\S\n]*[-+*•–]")
CLAUSE_END_RE = regex.compile(r"[,;.()]|\n[^\S\n]*\n?[^\S\n]*[-+*•–]")
AFTER_UNIT_RE = regex.compile(r"[^\S\n]*\n?\s*(?:(?:da|duoc|deu)\s+)?")
PCT_NOUN_RE = regex.compile(r"\s*(?P<noun>ho\s+so|tthc|thu\s+tuc|phan\s+anh|pakn|can\s+bo|cong\s+chuc|\w+)")
RATE_GAP_RE = regex.compile(r"[\s,]*(?=.*(?:dat|chiem|bang|=|la|:))(?:(?:dat|chiem|bang|=|la|:)\s*)*(?:ty\s+le\s*)?(?:(?:dat|la)\s*)?:?\s*(?:tren\s*)?$")

COPULA_END = regex.compile(r"(?:\bla|:)\s*$")
PAREN_RE = regex.compile(r"\([^()]*\)")


def _unparen(s: str) -> str:
    return PAREN_RE.sub(" ", s)


def _adjacent(ft: str, cue_end: int, start: int) -> bool:
    """Only connectors ("là", ":", "đạt", a parenthesis) between a cue and its figure."""
    return ADJACENT_GAP.fullmatch(_unparen(ft[cue_end:start])) is not None


_CACHE: dict[int, tuple[Document, Analysis]] = {}


def _label(text: str, lo: int, hi: int) -> str | None:
    label = " ".join(text[lo:hi].split()).strip(" -+*•–:;,.(")
    return label[-80:] or None


def _target_op(m: regex.Match[str]) -> str:
    op = (m.group("op") or "").strip()
    if op == "=":
        return "="
    if op in (">", "tren"):
        return ">"
    return ">="


def _regions(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping spans merged, in order."""
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(spans):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


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


def _analyse(document: Document) -> Analysis:
    text = document.text
    ft = fold(text)
    data = load_data()
    st = structure(text, ft, data)
    skip = sorted((t.start, t.end) for t in document.tables)
    figures = list(iter_figures(ft, skip))
    regions = _regions([(max(0, f.start - WINDOW), min(len(ft), f.end + POST_WINDOW + 60)) for f in figures]
                       + [(h[1], h[2]) for h in st.headings])
    ccues = {fam: CueIndex(table.scan(ft, regions), st) for fam, table in data.count_by_family.items()}
    icues = CueIndex(data.indicator.scan(ft, regions), st)
    scues = CueIndex(data.score.scan(ft, regions), st)
    targets = [(m.start(), m.end(), Target(_target_op(m), v), m.start("num"))
               for m in TARGET_RE.finditer(ft) if (v := _decimal_value(m.group("num"))) is not None]
    target_starts = [t[0] for t in targets]

    def in_target(p: int) -> bool:
        i = bisect.bisect_right(target_starts, p) - 1
        return i >= 0 and targets[i][0] <= p < targets[i][1]

    counts: list[CountFact] = []
    inds: list[dict] = []
    prev_end = 0  # end of the previous figure (fractions excluded)
    prev_rate_end = 0  # the same, "other" counts excluded: the look-back bound of a percentage
    prev_count: tuple[Figure, CountFact] | None = None
    parent: tuple[str, int] | None = None

    for fig in figures:
        if in_target(fig.start):
            continue
        lo = max(fig.start - WINDOW, st.last_stop(fig.start), prev_end)
        scope = st.scope_at(fig.start)
        if fig.kind in ("count", "bare"):
            fact = _count(fig, lo, text, ft, st, data, ccues, prev_count, parent, scope)
            if fact is None:
                continue
            prev_end = fig.end
            if fact.metric != "other":
                prev_rate_end = fig.end
            counts.append(fact)
            prev_count = (fig, fact)
            if PARENT_RE.match(ft, fig.end):
                parent = (fact.metric, fig.end)
        elif fig.kind == "percent":
            lo = max(fig.start - WINDOW, st.last_stop(fig.start), prev_rate_end)
            inds.append(_percent(fig, lo, text, ft, st, data, icues, ccues["dossier"], prev_count, prev_rate_end,
                                 scope))
            prev_end = prev_rate_end = fig.end
        elif fig.kind == "score":
            cue = scues.nearest(lo, fig.start)
            rank = RANK_RE.match(ft, fig.end)
            inds.append(dict(start=fig.start, end=fig.end, text=text[fig.start:fig.end],
                             metric=cue.metric if cue else "other", value=float(fig.value), unit="điểm",
                             max=fig.value_b, scope=scope,
                             rank=int(rank.group("r")) if rank else None,
                             rank_of=int(rank.group("of")) if rank else None,
                             label=None if cue else _label(text, lo, fig.start)))
            prev_end = prev_rate_end = fig.end
        # a bare fraction ("1.018/1.018 hồ sơ", "24/24") is the two sides of a rate: no fact
    _attach_targets(inds, targets, st, icues, ft)
    return Analysis(counts, [IndicatorFact(**d) for d in inds])


def _count(fig: Figure, lo: int, text: str, ft: str, st: Structure, data: FigureData,
           ccues: dict[str, CueIndex], prev_count: tuple[Figure, CountFact] | None,
           parent: tuple[str, int] | None, scope: str | None) -> CountFact | None:
    family = fig.family
    window = ft[lo:fig.start]
    labelled = LABELLED_RE.search(window) is not None
    if fig.kind == "bare":
        m = BARE_FAMILY_RE.search(window)
        if m:
            family = NOUN_FAMILY[" ".join(m.group("noun").split())]
        elif labelled or "ty le" in window:
            family = "other"
        else:
            near = [(c.end, fam) for fam, idx in ccues.items() if (c := idx.nearest(lo, fig.start)) is not None
                    and _adjacent(ft, c.end, fig.start)]
            if not near:
                return None
            family = max(near)[1]
        if "ty le" in window:
            family = "other"  # a rate written without its % sign is a count of something else
    if family == "other" or family not in ccues:
        if not data.emit_other:
            return None
        unit = " ".join(text[fig.num_end:fig.end].split())
        return CountFact(start=fig.start, end=fig.end, text=text[fig.start:fig.end], metric="other",
                         value=int(fig.value), unit=unit, scope=scope, label=_label(text, lo, fig.start))
    unit = FAMILY_UNIT[family]
    cues = ccues[family]
    pre = cues.nearest(lo, fig.start)
    adjacent = pre is not None and _adjacent(ft, pre.end, fig.start)
    post = None
    if fig.kind == "count" and not adjacent:
        a = AFTER_UNIT_RE.match(ft, fig.end)
        p = a.end() if a else fig.end
        ce = CLAUSE_END_RE.search(ft, p, min(len(ft), p + POST_WINDOW))
        post = cues.starting(p, ce.start() if ce else min(len(ft), p + POST_WINDOW))
    if not adjacent and not (pre and COPULA_END.search(_unparen(ft[pre.end:fig.start]))):
        pre = None  # a cue far from its figure, not its sentence's subject: not this figure's cue  # a bare number far from its cue is not read as that cue's figure
    cue = pre if adjacent else (post or pre)
    metric = cue.metric if cue else None
    label = None
    if metric is None and prev_count is not None:
        pfig, pfact = prev_count
        if (pfig.family == family and fig.start - pfig.end < WINDOW and pfact.metric != "other"
                and "." not in ft[pfig.end:fig.start].replace("..", "")):
            metric = pfact.metric  # a list continued: "...; lĩnh vực người có công 12 hồ sơ"
    if metric is None and fig.kind == "count" and scope and family in data.default_metric:
        metric = data.default_metric[family]
    if metric is None:
        if fig.kind == "bare" and not labelled:
            return None
        metric, label = "other", _label(text, lo, fig.start)
    if metric == "resolved_late" and parent and parent[0] == "pending_total" and fig.start - parent[1] < 400:
        metric = "pending_late"
    return CountFact(start=fig.start, end=fig.end, text=text[fig.start:fig.end], metric=metric,
                     value=int(fig.value), unit=unit, scope=scope, label=label)


def _percent(fig: Figure, lo: int, text: str, ft: str, st: Structure, data: FigureData, icues: CueIndex,
             ccues: CueIndex, prev_count: tuple[Figure, CountFact] | None, prev_end: int,
             scope: str | None) -> dict:
    qualifier = ">" if QUALIFIER_RE.search(ft, max(0, fig.start - 12), fig.start) else None
    metric: str | None = None
    cue = icues.nearest(lo, fig.start)
    if cue is not None:
        metric = cue.metric
    elif (prev_count is not None and prev_count[0].end == prev_end and prev_end >= lo
          and RATE_GAP_RE.match(ft[prev_end:fig.start])):
        metric = data.rate_of_count.get(prev_count[1].metric, "other")
    if metric is None:
        noun = PCT_NOUN_RE.match(ft, fig.end)
        if noun and noun.group("noun").replace(" ", "") in ("hoso", "tthc", "thutuc", "phananh", "pakn"):
            ce = POST_END_RE.search(ft, noun.end(), min(len(ft), noun.end() + POST_WINDOW))
            hi = ce.start() if ce else min(len(ft), noun.end() + POST_WINDOW)
            c = icues.nearest(fig.end, hi)
            if c is not None:
                metric = c.metric
    if metric is None:
        c = ccues.nearest(lo, fig.start)
        if c is not None and c.metric in data.rate_of_count and RATE_GAP_RE.match(ft[c.end:fig.start]):
            metric = data.rate_of_count[c.metric]
    if metric is None and not ft[lo:fig.start].strip(" \t\n-+*•–:"):
        pass  # a bare percentage opening a sentence: its noun follows and named nothing we know
    if metric is None:
        h = st.heading_before(fig.start)
        if h is not None and fig.start - h[2] < 3000:
            c = icues.nearest(h[1], h[2])
            if c is not None:
                metric = c.metric
    if BUDGET_AFTER.match(ft, fig.end):
        metric = "other"
    metric = metric or "other"
    return dict(start=fig.start, end=fig.end, text=text[fig.start:fig.end], metric=metric,
                value=float(fig.value), unit="%", scope=scope, qualifier=qualifier,
                label=_label(text, lo, fig.start) if metric == "other" else None)


def _attach_targets(inds: list[dict], targets: list[tuple[int, int, Target, int]], st: Structure,
                    icues: CueIndex, ft: str) -> None:
    """A target in running text qualifies the indicator just before it; in a numbered heading, the
    rates of the heading's metric under it."""
    ends = [d["end"] for d in inds]
    for t_start, _t_end, target, _ in targets:
        h = st.heading_before(t_start)
        if h is not None and h[1] <= t_start < h[2]:
            cue = icues.nearest(h[1], t_start)
            if cue is None:
                continue
            nxt = bisect.bisect_right(st.headings, (h[2], 1 << 62, 0))
            stop = st.headings[nxt][0] if nxt < len(st.headings) else len(ft)
            for d in inds:
                if h[2] <= d["start"] < stop and d["metric"] == cue.metric and d.get("target") is None:
                    d["target"] = target
            continue
        i = bisect.bisect_right(ends, t_start) - 1
        if i >= 0 and t_start - ends[i] <= 60 and inds[i].get("target") is None:
            inds[i]["target"] = target
