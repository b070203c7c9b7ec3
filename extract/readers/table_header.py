"""The header of a statistic table flattened to text: its lines cut into column captions, and laid
one over the next into a column tree whose leaves count the numeric cells of a row (read by
:mod:`extract.readers.text_tables`).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import regex

from extract.readers.blocks import is_uncased, uncased_caption_starts
from normalize.text import fold

TOKEN = regex.compile(r"\S+")
PERCENT = regex.compile(r"^(?:\(\s*%\s*\)|%)$")
TOTAL = regex.compile(r"^tong(?:\s+so)?(?:\s+cong)?$")
RATE = regex.compile(r"^(?:ty|ti)\s+le\b|%")
PLAIN_LEAF = regex.compile(r"^(?:%|\(%\)|tong(?:\s+so)?(?:\s+cong)?|trong\s+do|ty\s+le(?:\s*\(%\))?|tthc|ho\s+so)$")
MAX_LAYOUTS = 20000  # ways to lay one header line over the next tried before giving up


@dataclass(frozen=True, slots=True)
class Span:
    """A token or caption of the text: ``text == document.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Node:
    """A header column: its caption and the columns under it (none: it spans down to the data)."""

    span: Span
    children: tuple[Node, ...] = ()

    @property
    def width(self) -> int:
        return sum(c.width for c in self.children) if self.children else 1


def tokens(line: str, base: int) -> list[Span]:
    """The words of one line, with their offsets in the text."""
    return [Span(base + m.start(), base + m.end(), m.group()) for m in TOKEN.finditer(line)]


def _starts_column(prev: Span | None, tok: Span) -> bool:
    first = tok.text[0]
    if prev is None or tok.text == "%" or PERCENT.match(prev.text):
        return True  # a bare "%" is a column of its own; "(%)" ends the caption before it
    if not first.isalpha() or not first.isupper():
        return False
    acronym = len(tok.text) > 1 and tok.text.isupper()
    return not acronym


def segment_header(line: str, base: int = 0) -> list[Span]:
    """A header line cut into column captions: a caption starts with a capitalised word (an acronym
    such as ``TTHC`` only at the start or after ``%``); a bare ``%`` is a column of its own. A line
    with no case to go by (all capitals, all lower case) is cut before the words that start a caption."""
    out: list[list[Span]] = []
    toks = tokens(line, base)
    starts_at = uncased_caption_starts([t.text for t in toks]) if is_uncased(line) else None
    for i, tok in enumerate(toks):
        starts = starts_at[i] if starts_at else _starts_column(toks[i - 1] if i else None, tok)
        if starts or not out:
            out.append([tok])
        else:
            out[-1].append(tok)
    return [Span(g[0].start, g[-1].end, line[g[0].start - base:g[-1].end - base]) for g in out]


def caption_metric(path: str) -> str | None:
    """The metric a column caption (or a ``group | leaf`` path) names, in the count extractor's vocabulary."""
    from extract.extractors.counts import column_metric  # the extractors' own column vocabulary

    return column_metric(path)


def nameable(caption: str) -> bool:
    """A caption the table extractors can read: a metric, a group, a total, a status or a rate."""
    from extract.extractors.counts import NEW_LEAF, STATUS_LEAF

    f = " ".join(fold(caption).split())
    return bool(PLAIN_LEAF.match(f) or STATUS_LEAF.match(f) or NEW_LEAF.match(f) or f.startswith("ty le")
                or caption_metric(f) is not None)


def _family(metric: str | None) -> str | None:
    if metric is None:
        return None
    if metric.startswith(("pending", "resolved")):
        return metric.split("_")[0]
    if metric.startswith("received") or metric == "carried_over":
        return "received"
    return None


def _compatible(parent: Node, child: Node) -> bool:
    """A status column may not sit under a group of another status (``Đang giải quyết`` over ``Trước hạn``), nor
    under a column of one state outside the three groups (``Rút hồ sơ``); a total may not sit under a rate."""
    p = " ".join(fold(parent.span.text).split())
    c = " ".join(fold(child.span.text).split())
    if RATE.search(p) and TOTAL.match(c):
        return False  # a rate column ("Tỷ lệ đúng hạn (%)") holds no total under it
    if TOTAL.match(c) or child.children:
        return True
    parent_metric = caption_metric(p)
    group = _family(parent_metric)
    own = _family(caption_metric(c))
    if parent_metric is not None and group is None and own is not None and not RATE.search(p):
        return False  # a state of its own ("Rút hồ sơ", "Trả lại") holds no "Trong hạn | Quá hạn"
    if group is None or own is None or own == group:
        return True
    return _family(caption_metric(f"{p} | {c}")) == group


def _layouts(parents: Sequence[Span], children: Sequence[Node]) -> Iterator[tuple[Node, ...]]:
    """Every way to share the children (in order) out among the parents, each parent having a
    contiguous run of them or none (it then spans down)."""
    p, q = len(parents), len(children)
    for j in range(1, min(p, q) + 1):
        for chosen in itertools.combinations(range(p), j):
            for cuts in itertools.combinations(range(1, q), j - 1):
                bounds = (0, *cuts, q)
                groups = {parent: tuple(children[bounds[i]:bounds[i + 1]]) for i, parent in enumerate(chosen)}
                yield tuple(Node(parents[i], groups.get(i, ())) for i in range(p))


def _is_total(node: Node) -> bool:
    return TOTAL.match(" ".join(fold(node.span.text).split())) is not None


def _rank(layout: tuple[Node, ...]) -> tuple[int, int] | None:
    """None for an impossible layout; else (kind, suffix): kind 0 when the groups are cut right before
    each total column ("Tổng số | Trước hạn | …", only the first group may have no total; required when
    a total column stands after the first), 1 when
    the groups are of one size, 2 otherwise; suffix 0 when the parents with children are the last ones
    (the columns spanning down come first)."""
    groups = [n for n in layout if n.children]
    if any(not _compatible(n, c) for n in groups for c in n.children):
        return None
    at_totals = (all(not _is_total(c) for n in groups for c in n.children[1:])
                 and all(_is_total(n.children[0]) for n in groups[1:]))
    if not at_totals and any(_is_total(c) for c in [c for n in groups for c in n.children][1:]):
        return None  # totals inside the run of columns mark where the groups begin
    sizes = {len(n.children) for n in groups}
    kind = 0 if at_totals else 1 if len(sizes) == 1 and len(groups) > 1 else 2
    first = next(i for i, n in enumerate(layout) if n.children)
    suffix = 0 if all(n.children for n in layout[first:]) else 1
    return kind, suffix


def _best(candidates: list[tuple[tuple[int, int], tuple[Node, ...]]]) -> tuple[Node, ...] | None:
    if not candidates:
        return None
    for level in (lambda r: r[0], lambda r: r):
        top = min(level(r) for r, _ in candidates)
        best = [lay for r, lay in candidates if level(r) == top]
        if len(best) == 1:
            return best[0]
        candidates = [(r, lay) for r, lay in candidates if level(r) == top]
    return None


def build_header(lines: Sequence[list[Span]], k: int) -> tuple[Node, ...] | None:
    """The column tree over ``k`` numeric columns from header lines (top first, label columns removed),
    or None when the lines cannot be laid out so, or only in more than one way."""
    nodes: tuple[Node, ...] = tuple(Node(s) for s in lines[-1])
    for depth in range(len(lines) - 2, -1, -1):
        parents = lines[depth]
        candidates = []
        for n, layout in enumerate(_layouts(parents, nodes)):
            if n > MAX_LAYOUTS:
                return None
            if depth == 0 and sum(x.width for x in layout) != k:
                continue
            rank = _rank(layout)
            if rank is not None:
                candidates.append((rank, layout))
        chosen = _best(candidates)
        if chosen is None:
            return None
        nodes = chosen
    return nodes if sum(x.width for x in nodes) == k else None
