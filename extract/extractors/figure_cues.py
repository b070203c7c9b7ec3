"""Cue words of the figure extractors: loaded from data/figures.toml, matched in one pass.

A cue is a phrase that names what a figure measures (``tiếp nhận mới`` -> received_in_period,
``tỷ lệ số hóa`` -> digitization_rate). Cues come in tables, one per thing measured: the count
families (``dossier`` = hồ sơ, ``procedure`` = thủ tục/TTHC, ``feedback`` = phản ánh, kiến nghị),
``indicator`` (percentages) and ``score`` (Bộ chỉ số 766 points).

Matching: one combined regex finds every position where some cue starts (one pass over the
windows around the figures); at each such position every table takes its own LONGEST match
(leftmost-longest, ``(?p)``), so ``tiếp nhận mới`` wins over ``tiếp nhận`` whatever the order of
the patterns in the data file, and a shorter cue of another table is not hidden by a longer one.
"""

from __future__ import annotations

import bisect
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import regex

from normalize.lexicon import load_metrics
from normalize.text import fold

DATA = Path(__file__).parent / "data" / "figures.toml"
COUNT_FAMILIES = ("dossier", "procedure", "feedback")


def words(pattern: str) -> str:
    """A toml cue pattern to a regex: a space stands for any run of whitespace."""
    return pattern.replace(" ", r"\s+")


@dataclass(frozen=True, slots=True)
class CueDef:
    metric: str
    pattern: str


@dataclass(frozen=True, slots=True)
class Cue:
    start: int
    end: int
    metric: str


class CueTable:
    """The cue patterns of one table as one leftmost-longest alternation over the folded text."""

    def __init__(self, defs: list[CueDef]):
        self.defs = defs
        body = "|".join(f"(?P<c{i}>{words(d.pattern)})" for i, d in enumerate(defs)) or "(?!x)x"
        self.regex = regex.compile(rf"(?p)(?<!\w)(?:{body})(?!\w)")
        self._subsets: dict[str, CueTable] = {}  # first word -> the patterns that may match there
        self._parts: dict[tuple[int, ...], CueTable] = {}
        self._def_res: list[regex.Pattern[str]] | None = None

    @classmethod
    def _part(cls, defs: list[CueDef], keep: list[int]) -> CueTable:
        """The table of the ``keep`` patterns only, each under its own index in ``defs`` (the longest-match
        choice over fewer alternatives is the same: the dropped ones cannot match there)."""
        t = cls.__new__(cls)
        t.defs = defs
        body = "|".join(f"(?P<c{i}>{words(defs[i].pattern)})" for i in keep) or "(?!x)x"
        t.regex = regex.compile(rf"(?p)(?<!\w)(?:{body})(?!\w)")
        t._subsets, t._parts, t._def_res = {}, {}, None
        return t

    def starting_with(self, w: str) -> CueTable:
        """The table of the patterns that may match where the text begins with the word ``w``: those
        matching a prefix of ``w`` or a text ``w`` is a prefix of. A smaller alternation, cheaper to
        match; made once per word."""
        sub = self._subsets.get(w)
        if sub is None:
            if self._def_res is None:
                self._def_res = [regex.compile(f"(?:{words(d.pattern)})") for d in self.defs]
            keep = [i for i, rx in enumerate(self._def_res) if rx.match(w, partial=True) is not None]
            if len(keep) == len(self.defs):
                sub = self
            else:
                key = tuple(keep)
                sub = self._parts.get(key)
                if sub is None:
                    sub = self._parts[key] = self._part(self.defs, keep)
            if len(self._subsets) > 65536:
                self._subsets.clear()
            self._subsets[w] = sub
        return sub

    def match_at(self, ft: str, pos: int) -> Cue | None:
        m = self.regex.match(ft, pos)
        if m is None:
            return None
        return Cue(m.start(), m.end(), self.defs[int(m.lastgroup[1:])].metric)


WORD_RE = regex.compile(r"\w+")
SEPARATORS = (" ", ", ", "/")  # what may stand between the first two words of a cue
VOCAB_RE = regex.compile(r"[a-z]+")


class CueScanner:
    """All tables at once. Every cue starts with one of few word pairs (``tiep nhan``, ``tong so``,
    ``ty le`` …), found by asking each pattern which words it can start with (partial matching);
    the text's words are looked up in that index, and only there do the tables that can start
    with that pair take their longest match."""

    def __init__(self, tables: dict[str, CueTable], negatives: dict[str, regex.Pattern[str]] | None = None):
        self.tables = tables
        # metric -> phrases that contain one of its cues but do not name it ("rút kinh nghiệm")
        self.negatives = negatives or {}
        self.names = {id(t): name for name, t in tables.items()}
        self.vocab = sorted({w for t in tables.values() for d in t.defs for w in VOCAB_RE.findall(d.pattern)})
        self.any_word = tuple((t, None, t) for t in tables.values() if self._can_start(t, "qqqqz"))
        # first word -> ((table, second words it may be followed by or None for any, the table's patterns
        # that may start with the word), ...), filled lazily
        self.first: dict[str, tuple[tuple[CueTable, frozenset[str] | None, CueTable], ...]] = {}
        self._whole: dict[str, dict[str, list[Cue]]] = {}
        self.vocab_set = frozenset(self.vocab)

    @staticmethod
    def _can_start(t: CueTable, s: str) -> bool:
        return t.regex.match(s + " ", partial=True) is not None or t.regex.fullmatch(s) is not None

    def _entries(self, w: str) -> tuple[tuple[CueTable, frozenset[str] | None, CueTable], ...]:
        hit = self.first.get(w)
        if hit is not None:
            return hit
        can = self._can_start
        entries = []
        for t in self.tables.values():
            if not can(t, w):
                continue
            sub = t.starting_with(w)
            # the second word after a space, a comma or a slash ("trước/đúng hạn")
            if t.regex.fullmatch(w) is not None or any(can(t, f"{w}{sep}qqqqz") for sep in SEPARATORS):
                entries.append((t, None, sub))
            else:
                entries.append((t, frozenset(w2 for w2 in self.vocab if any(can(t, f"{w}{sep}{w2}") for sep in SEPARATORS)),
                                sub))
        self.first[w] = out = tuple(entries)
        return out

    def scan(self, ft: str, regions: list[tuple[int, int]]) -> dict[str, list[Cue]]:
        """Every cue of every table inside the [start, end) regions, each list sorted by end."""
        out: dict[str, list[Cue]] = {name: [] for name in self.tables}
        first, any_word, names, vocab = self.first, self.any_word, self.names, self.vocab_set
        for lo, hi in regions:
            found = WORD_RE.findall(ft, lo, hi)
            spans = [m.start() for m in WORD_RE.finditer(ft, lo, hi)] if found else []
            for i, w in enumerate(found):
                entries = first.get(w)
                if entries is None:
                    entries = self._entries(w) if w in vocab else any_word
                if not entries:
                    continue
                nxt = found[i + 1] if i + 1 < len(found) else ""
                p = spans[i]
                for table, seconds, sub in entries:
                    if seconds is not None and nxt not in seconds:
                        continue
                    cue = sub.match_at(ft, p)
                    if cue is not None:
                        out[names[id(table)]].append(cue)
        for cues in out.values():
            if self.negatives:
                cues[:] = [c for c in cues if not self._negated(ft, c)]
            cues.sort(key=lambda c: (c.end, -c.start))
        return out

    def _negated(self, ft: str, cue: Cue) -> bool:
        """Whether a negative phrase of the cue's metric overlaps it (``rút kinh nghiệm`` is no ``rút``)."""
        pattern = self.negatives.get(cue.metric)
        if pattern is None:
            return False
        for m in pattern.finditer(ft, max(0, cue.start - NEGATIVE_REACH), min(len(ft), cue.end + NEGATIVE_REACH)):
            if m.start() < cue.end and cue.start < m.end():
                return True
        return False

    def scan_whole(self, s: str) -> dict[str, list[Cue]]:
        """``scan(s, [(0, len(s))])`` of a short text (a table header), remembered: headers repeat.
        The lists are shared: do not change them."""
        hit = self._whole.get(s)
        if hit is None:
            if len(self._whole) > 4096:
                self._whole.clear()
            hit = self._whole[s] = self.scan(s, [(0, len(s))])
        return hit


class CueIndex:
    """The cues of one table in one text, searchable by position."""

    def __init__(self, cues: list[Cue], skip: Callable[[Cue, int], bool] | None = None):
        self.cues = cues
        self.ends = [c.end for c in cues]
        self.by_start = sorted(cues, key=lambda c: (c.start, -c.end))
        self.starts = [c.start for c in self.by_start]
        self.skip = skip  # (cue, hi) -> True when the cue must be ignored (inside a closed parenthesis)

    def nearest(self, lo: int, hi: int, *, overlap_lo: bool = False) -> Cue | None:
        """The cue ending nearest before ``hi`` inside [lo, hi) (the longest on a tie). With
        ``overlap_lo`` a cue may start before ``lo`` as long as it ends after it (a clause
        boundary inside the cue: ``trước hạn, đúng hạn``)."""
        i = bisect.bisect_right(self.ends, hi) - 1
        best: Cue | None = None
        while i >= 0 and self.cues[i].end > lo:
            c = self.cues[i]
            i -= 1
            if best is not None and c.end < best.end:
                break
            if c.start < lo and not overlap_lo:
                continue
            if self.skip is not None and self.skip(c, hi):
                continue
            if best is None or c.start < best.start:
                best = c
        return best

    def first(self, lo: int, hi: int) -> Cue | None:
        """The cue starting first inside [lo, hi) (the longest on a tie)."""
        i = bisect.bisect_left(self.starts, lo)
        if i < len(self.by_start) and self.by_start[i].start < hi:
            return self.by_start[i]
        return None

    def first_where(self, lo: int, hi: int, keep: Callable[[Cue], bool]) -> Cue | None:
        """The first cue inside [lo, hi) (starting at or after ``lo``, ending by ``hi``) that ``keep`` accepts."""
        i = bisect.bisect_left(self.starts, lo)
        while i < len(self.by_start) and self.by_start[i].start < hi:
            c = self.by_start[i]
            i += 1
            if c.end <= hi and keep(c):
                return c
        return None

    def starting(self, pos: int) -> Cue | None:
        """The longest cue starting exactly at ``pos``."""
        i = bisect.bisect_left(self.starts, pos)
        if i < len(self.by_start) and self.by_start[i].start == pos:
            return self.by_start[i]
        return None


@dataclass(frozen=True)
class FigureData:
    scanner: CueScanner
    column_groups: tuple[tuple[str, str, regex.Pattern[str]], ...]  # (group, total metric, header regex)
    rate_of_count: dict[str, str]
    rate_read_on: frozenset[str]  # counts whose "đạt X%" is no rate of theirs: the rate is read further on
    feedback_rate: dict[str, str]
    scope_heads: tuple[str, ...]
    scope_heads_accented: tuple[str, ...]  # heads that must be written with their accents ("sở", not "số")
    scope_groups: tuple[str, ...]
    scope_not: tuple[str, ...]
    scope_name_stop: tuple[str, ...]
    block_name_stop: tuple[str, ...]  # words that make a "- X:" heading line a label, not a field's name
    subject_verbs: tuple[str, ...]
    total_rows: tuple[str, ...]
    default_metric: dict[str, str]
    other_units: tuple[str, ...]
    emit_other: bool
    parent_remap: dict[str, dict[str, str]]
    # a list's introduction ("Đã giải quyết 1.200 hồ sơ. Cụ thể:"): words of a bare one, and topic words
    intro_connectors: tuple[str, ...] = ()
    intro_topics: tuple[str, ...] = ()
    subject_groups: tuple[str, ...] = ()  # sets of sub-units as a sentence subject ("Các sở, ban, ngành tiếp nhận")


#: the family of cue table a metric's phrasings belong to, by the metric's measure unit
_TABLE_OF_UNIT = {"hồ sơ": "dossier", "thủ tục": "procedure", "phản ánh, kiến nghị": "feedback", "%": "indicator",
                  "điểm": "score"}


# a phrasing that is only the counted thing, perhaps after "số"/"ý kiến" ("PAKN", "số phản ánh, kiến nghị"):
# too bare to be a cue (it would make every feedback figure "received")
_UNIT_ONLY = regex.compile(r"(?:so |y kien )?(?:ho so|hs|thu tuc(?: hanh chinh)?|tthc|phan anh,? kien nghi|pakn)")


#: how far around a cue its metric's negative phrases are looked for (the longest is ~30 chars)
NEGATIVE_REACH = 48


def _phrase_pattern(phrase: str) -> str:
    """A lexicon phrase as a cue pattern over folded text: escaped, a space any whitespace, a comma optional."""
    pattern = regex.escape(" ".join(fold(phrase).split()), special_only=True)
    return pattern.replace("\\ ", " ").replace(", ", ",? ")


def lexicon_negatives() -> dict[str, regex.Pattern[str]]:
    """The ``negative`` phrases of normalize/data/metrics.toml, one compiled pattern per metric."""
    out: dict[str, regex.Pattern[str]] = {}
    for key, metric in load_metrics().items():
        if metric.negative:
            body = "|".join(words(_phrase_pattern(p)) for p in metric.negative)
            out[key] = regex.compile(rf"(?<!\w)(?:{body})(?!\w)")
    return out


def lexicon_cues() -> dict[str, list[CueDef]]:
    """The documented phrasings of every metric (normalize/data/metrics.toml, from docs/spec/metrics.md,
    with their spelling variants: tỷ lệ/tỉ lệ, hồ sơ/hs, thủ tục hành chính/TTHC …) as cues, so that a
    phrasing the lexicon knows is a cue here too: one vocabulary, two uses. Folded, a comma optional."""
    out: dict[str, list[CueDef]] = {}
    for key, metric in load_metrics().items():
        table = _TABLE_OF_UNIT.get(metric.unit)
        if table is None:
            continue
        for phrase in metric.phrases:
            folded = " ".join(fold(phrase).split())
            if _UNIT_ONLY.fullmatch(folded):  # "số phản ánh, kiến nghị" names the unit, not the figure
                continue
            out.setdefault(table, []).append(CueDef(key, _phrase_pattern(folded)))
    return out


@cache
def load_raw(path: Path = DATA) -> dict:
    """figures.toml as parsed TOML, read once for every reader of its sections (cues, rate and count keywords)."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ValueError(f"{path}: cannot load figure cues: {exc}") from exc


@cache
def load_data(path: Path = DATA) -> FigureData:
    """The cue tables of figures.toml, compiled once."""
    raw = load_raw(path)
    try:
        tables: dict[str, list[CueDef]] = {name: [] for name in (*COUNT_FAMILIES, "indicator", "score")}
        for e in raw.get("count", []):
            for fam in e["families"]:
                tables[fam].extend(CueDef(e["metric"], p) for p in e["patterns"])
        for kind in ("indicator", "score"):
            for e in raw.get(kind, []):
                tables[kind].extend(CueDef(e["metric"], p) for p in e["patterns"])
        for table, defs in lexicon_cues().items():  # after figures.toml's own: those win a tie
            tables[table].extend(defs)
        st = raw.get("structure", {})
        other = raw.get("other_units", {})
        groups = tuple((g["group"], g["total"], regex.compile(words("|".join(f"(?:{p})" for p in g["patterns"]))))
                       for g in raw.get("column_group", []))
        return FigureData(
            scanner=CueScanner({name: CueTable(defs) for name, defs in tables.items()}, lexicon_negatives()),
            column_groups=groups,
            rate_of_count=dict(raw.get("rate_of_count", {})),
            rate_read_on=frozenset(raw.get("rate_read_on", {}).get("metrics", ())),
            feedback_rate=dict(raw.get("feedback_rate", {})),
            scope_heads=tuple(st.get("scope_heads", ())),
            scope_heads_accented=tuple(st.get("scope_heads_accented", ())),
            scope_groups=tuple(st.get("scope_groups", ())),
            subject_groups=tuple(st.get("subject_groups", ())),
            scope_not=tuple(st.get("scope_not", ())),
            scope_name_stop=tuple(st.get("scope_name_stop", ())),
            block_name_stop=tuple(st.get("block_name_stop", ())),
            subject_verbs=tuple(st.get("subject_verbs", ())),
            total_rows=tuple(st.get("total_rows", ())),
            default_metric=dict(raw.get("default_metric", {})),
            other_units=tuple(other.get("units", ())),
            emit_other=bool(other.get("emit", False)),
            parent_remap={k: dict(v) for k, v in raw.get("parent_remap", {}).items()},
            intro_connectors=tuple(raw.get("list_intro", {}).get("connectors", ())),
            intro_topics=tuple(raw.get("list_intro", {}).get("topics", ())),
        )
    except (KeyError, TypeError, regex.error) as exc:
        raise ValueError(f"{path}: malformed figure cues: {exc}") from exc
