"""One text made ready for reading its figures: the figures, the cues around them, its structure.

:func:`read_page` does the passes every figure shares (fold, structure, figures, one cue scan over the
windows around them, targets); :class:`State` carries what the figures read so far leave for the next
ones. The readers of counts (:mod:`extract.extractors.figure_counts`), rates
(:mod:`extract.extractors.figure_rates`) and scores (:mod:`extract.extractors.figure_scores`) take both.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import regex

from extract.document import Document
from extract.extractors.figure_bare_items import bare_items
from extract.extractors.figure_cues import Cue, CueIndex, FigureData, load_data
from extract.extractors.figure_layout import (
    flatten,
    hyphen_joins,
    join_words,
    page_number_breaks,
    soft_breaks,
)
from extract.extractors.figure_marks import iter_targets
from extract.extractors.figure_scan import INDEX_DOC_RE, Figure, decimal_value, iter_figures
from extract.extractors.figure_score_lists import listed_scores
from extract.extractors.figure_score_marks import with_bare_scores
from extract.extractors.figure_terse import bracket_parts, labelled
from extract.extractors.figure_text import Structure, structure
from extract.facts import CountFact, Target
from normalize.text import fold

WINDOW = 200  # look-back bound, characters
POST_WINDOW = 120  # look-ahead bound after a unit word
# only these between a clause boundary and its figure: the figure opens the clause
CONNECTORS = regex.compile(
    r"[\s:,;(\-+*•–]*(?:(?:trong\s+do|co|con|gom|bao\s+gom|va|hien\s+con|hien|la|ngoai\s+ra|rieng|voi|cu\s+the|tong)"
    r"(?!\w)[\s:,]*)*"
)
PAREN_RE = regex.compile(r"\([^()]*\)")


@dataclass(frozen=True)
class Page:
    """A text and what every figure of it is read against."""

    text: str
    ft: str  # folded
    data: FigureData
    st: Structure
    figures: list[Figure]
    cues: dict[str, CueIndex]  # by table: dossier, procedure, feedback, indicator, score
    targets: list[tuple[int, int, Target, int]]  # (start, end, target, number start)
    index_doc: bool  # a text about the service index (Bộ chỉ số 766)
    target_starts: list[int]
    figure_starts: list[int]
    counts: list[CountFact] = field(default_factory=list)  # read so far (a list's introduction before its items)
    memo: dict[str, object] = field(default_factory=dict)  # what a reader derives once per page (figure runs)

    def in_target(self, p: int) -> bool:
        i = bisect.bisect_right(self.target_starts, p) - 1
        return i >= 0 and self.targets[i][0] <= p < self.targets[i][1]

    # the counts read so far are in text order (each starts at its figure): a reader looking back bisects them
    # rather than scanning them all, which a long text of counts would pay once per figure
    def counts_in(self, lo: int, hi: int) -> list[CountFact]:
        """The counts read so far that start in ``[lo, hi)``."""
        i = bisect.bisect_left(self.counts, lo, key=_start)
        return self.counts[i:bisect.bisect_left(self.counts, hi, lo=i, key=_start)]

    def last_count(self, unit: str, lo: int, hi: int) -> CountFact | None:
        """The last count read so far in ``unit`` that starts in ``[lo, hi)``, or None (an index by unit, brought
        up to date with the counts read since the last call)."""
        seen, by_unit = self.memo.get("counts_by_unit", (0, {}))  # type: ignore[misc]
        for c in self.counts[seen:]:
            by_unit.setdefault(c.unit, []).append(c)
        self.memo["counts_by_unit"] = (len(self.counts), by_unit)
        found = by_unit.get(unit, [])
        i = bisect.bisect_left(found, hi, key=_start)
        return found[i - 1] if i and found[i - 1].start >= lo else None


def _start(f: CountFact) -> int:
    return f.start


@dataclass
class State:
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


def read_page(document: Document) -> Page:
    """The figures of a Document (tables left out: their cells are read by the extractors) and their context."""
    text = document.text
    # a PDF's wrapped lines read as one: a soft line break is a space in the folded view and in the text the
    # structure is read on (same length); the facts' own text is the Document's
    # and a page number inside a sentence is read as a space with the breaks around it ("Tỷ lệ\n\n2\n\nhồ sơ …")
    soft = tuple(sorted({*soft_breaks(text), *page_number_breaks(text)}))
    data = load_data()
    folded = fold(text)
    joins = hyphen_joins(text, folded, data.scanner.vocab_set)  # "trực tuy-" over "ến của quý": one word
    ft = join_words(flatten(folded, soft), joins)
    st = structure(join_words(flatten(text, soft), joins), ft, data)
    skip = sorted((t.start, t.end) for t in document.tables)
    index_doc = INDEX_DOC_RE.search(ft) is not None
    figures = with_bare_scores(ft, list(iter_figures(text, ft, skip)), skip, index_doc)
    regions = _regions([(max(0, f.start - WINDOW), min(len(ft), f.end + POST_WINDOW + 60)) for f in figures]
                       + [(h[1], h[2]) for h in st.headings])
    scanned = data.scanner.scan(ft, regions)
    # "IV. PAKN" over "- Nhận: 07 (Cổng DVC quốc gia 04, …)": bare figures a terse report leaves without their noun
    figures, added = labelled(ft, st, figures, scanned)
    figures = listed_scores(ft, st, figures)  # "b) Tiến độ giải quyết: 19,45/20;" under "Điểm thành phần:"
    figures = bracket_parts(ft, figures, scanned)
    figures = bare_items(ft, st, figures)  # "+ Theo đơn vị: Văn phòng A 2.317 hồ sơ; Phòng B 412; …"
    for name, extra in added.items():
        if extra:
            scanned[name] = sorted([*scanned[name], *extra], key=lambda c: c.end)

    def skip_cue(c: Cue, hi: int) -> bool:
        return st.in_closed_paren(c.start, c.end, hi)

    cues = {name: CueIndex(found, skip_cue) for name, found in scanned.items()}
    targets = iter_targets(ft, decimal_value)
    return Page(text=text, ft=ft, data=data, st=st, figures=figures, cues=cues, targets=targets,
                index_doc=index_doc, target_starts=[t[0] for t in targets],
                figure_starts=[f.start for f in figures])


def _regions(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping spans merged, in order."""
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(spans):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def unparen(s: str) -> str:
    """The closed parentheses of ``s`` blanked out."""
    return PAREN_RE.sub(" ", s)


LABEL_MAX = 80  # characters of a label: the words nearest the figure


def text_label(text: str, lo: int, hi: int) -> str | None:
    """The words of [lo, hi) as a fact's label: the last whole words within LABEL_MAX characters (never a word cut
    at its start: "oàn trình"), else None."""
    label = " ".join(text[lo:hi].split()).strip(" -+*•–:;,.(")
    if len(label) > LABEL_MAX:
        tail = label[-LABEL_MAX:]
        cut = tail.find(" ") if label[-LABEL_MAX - 1] != " " else -1
        label = tail[cut + 1:] if cut >= 0 else tail
    return label.strip(" -+*•–:;,.(") or None
