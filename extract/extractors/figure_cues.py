"""Cue words of the figure extractors: loaded from data/figures.toml, matched in one pass.

A cue is a phrase that names what a figure measures (``tiếp nhận mới`` -> received_in_period,
``tỷ lệ số hóa`` -> digitization_rate). Cues come in tables, one per thing measured: the count
families (``dossier`` = hồ sơ, ``procedure`` = thủ tục/TTHC, ``feedback`` = phản ánh, kiến nghị),
``indicator`` (percentages) and ``score`` (Bộ chỉ số 766 points).

Matching (:mod:`extract.extractors.figure_cue_match`): one compiled regex finds every position where
some cue may start (one pass over the windows around the figures); at each such position every table
takes its own LONGEST match (leftmost-longest, ``(?p)``), so ``tiếp nhận mới`` wins over ``tiếp nhận``
whatever the order of the patterns in the data file, and a shorter cue of another table is not hidden
by a longer one.
"""

from __future__ import annotations

import bisect
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import regex

from extract.extractors.figure_cue_match import Cue, CueDef, CueScanner, CueTable, words
from normalize.lexicon import load_metrics
from normalize.text import fold

__all__ = ["COUNT_FAMILIES", "DATA", "Cue", "CueDef", "CueIndex", "CueScanner", "CueTable", "FigureData",
           "lexicon_cues", "lexicon_negatives", "load_data", "load_raw", "mark_words", "words"]

DATA = Path(__file__).parent / "data" / "figures.toml"
COUNT_FAMILIES = ("dossier", "procedure", "feedback")


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


def mark_words(key: str, section: str = "rate_marks") -> str:
    """The words of ``[section] key`` of figures.toml as one alternation over folded text (a space any run of
    whitespace), in their order; one that matches nothing when there are none (the word lists of the marks around a
    percentage or a score: figure_marks, figure_score_marks, figure_scores, figure_rates, figure_rate_context)."""
    return "|".join(words(w) for w in load_raw().get(section, {}).get(key, ())) or "(?!x)x"


def longest_words(section: str, key: str, folded: bool = True) -> str:
    """The words of ``[section] key`` of figures.toml as one alternation over folded text (over the text with its
    accents when not ``folded``), the longest first (a phrase before the word it opens with); one that matches
    nothing when there are none."""
    found = sorted(load_raw().get(section, {}).get(key, ()), key=len, reverse=True)
    return "|".join(words(fold(w) if folded else w) for w in found) or "(?!x)x"


def _abbreviated(pattern: str) -> str:
    """A count cue that also reads the short words a writer uses for its verbs (figures.toml
    ``[column_abbreviations]``: ``Đã GQ``, ``Đang GQ``, ``GQ đúng hạn``, ``HS TN``; an ambiguous one only beside the
    words of ``[cue_abbreviations]``), not where the short word is joined to another by ``&`` or ``/`` (``TN&MT``)."""
    raw = load_raw()
    ab = raw.get("cue_abbreviations", {})
    after = "|".join(ab.get("after", ())) or "(?!x)x"
    before = "|".join(ab.get("before", ())) or "(?!x)x"
    for short, full in raw.get("column_abbreviations", {}).items():
        short_rx = short if short in ab.get("alone", ()) else \
            rf"(?<=(?<!\w)(?:{after}) ){short}|{short}(?= (?:{before})(?!\w))"
        pattern = pattern.replace(full, rf"(?:{full}|(?:{short_rx})(?![&/]\w))")
    return pattern


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
        for fam in COUNT_FAMILIES:
            tables[fam] = [CueDef(d.metric, _abbreviated(d.pattern)) for d in tables[fam]]
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
