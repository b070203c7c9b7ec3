"""Matching the cue tables of :mod:`extract.extractors.figure_cues` over a folded text, in one pass.

A table is one leftmost-longest alternation (``(?p)``): at a position it takes its LONGEST match, the
first pattern of the data file on a tie. Such a match tries every alternative to its end, so it is
only tried where a cue may start, and over the patterns that may match there:

- every cue starts with one of few words (``tiep``, ``tong``, ``ty`` …), found by asking each pattern
  which words it can start with (partial matching); one compiled regex finds them in the text, with
  the word after each. A table takes part where its patterns may begin with that pair (the second
  word after a space, a comma or a slash, or any second word);
- there, the text is read on word by word (``ty le`` -> ``ty le giai`` -> ``ty le giai quyet``) and a
  pattern is dropped as soon as no match of it can begin with the words read (a partial match fails):
  it cannot match there, so the longest match over the rest is the longest match over the table.
  The patterns left after each run of words are a small alternation, compiled once; the runs met
  are kept as a tree (:class:`_Node`), so a text pays only for the runs no text before it had.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import regex

WORD_RE = regex.compile(r"\w+")
CHUNK_RE = regex.compile(r"\W*+\w+")  # the next word of the text read on, with what stands before it
SEPARATORS = (" ", ", ", "/")  # what may stand between the first two words of a cue
VOCAB_RE = regex.compile(r"[a-z]+")
ANY = "qqqqz"  # a word no pattern names: a pattern that may go on with it may go on with any word
SMALL = 2  # patterns per table at which reading on stops
MAX_WORDS = 8  # words read on at most
MAX_NODES = 200_000  # the tree is started afresh past this many runs


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


def _alternation(defs: list[CueDef], keep: Iterable[int]) -> regex.Pattern[str]:
    """The leftmost-longest alternation of the ``keep`` patterns, each named by its index (``c7``): on a tie
    of length the first in ``defs`` wins."""
    body = "|".join(f"(?P<c{i}>{words(defs[i].pattern)})" for i in keep) or "(?!x)x"
    return regex.compile(rf"(?p)(?<!\w)(?:{body})(?!\w)")


def _metrics(defs: list[CueDef], rx: regex.Pattern[str]) -> dict[int, str]:
    """The metric of each pattern of an alternation by the number of its group (a match's ``lastindex``)."""
    return {index: defs[int(name[1:])].metric for name, index in rx.groupindex.items() if name.startswith("c")}


class CueTable:
    """The cue patterns of one table as one leftmost-longest alternation over the folded text."""

    def __init__(self, defs: list[CueDef]):
        self.defs = defs
        self.regex = _alternation(defs, range(len(defs)))
        self.metric_of = _metrics(defs, self.regex)
        self._parts: dict[tuple[int, ...], CueTable] = {}
        self._def_res: list[regex.Pattern[str]] | None = None  # each pattern bare: what may a match begin with?
        # a pattern that looks behind its start for what must be there cannot be judged on the words read
        self.kept = frozenset(i for i, d in enumerate(defs) if "(?<=" in d.pattern or r"\G" in d.pattern)

    @classmethod
    def _part(cls, defs: list[CueDef], keep: tuple[int, ...]) -> CueTable:
        """The table of the ``keep`` patterns only, each under its own index in ``defs``."""
        t = cls.__new__(cls)
        t.defs = defs
        t.regex = _alternation(defs, keep)
        t.metric_of = _metrics(defs, t.regex)
        t._parts, t._def_res, t.kept = {}, None, frozenset()
        return t

    def part(self, keep: tuple[int, ...]) -> CueTable:
        """The table of the ``keep`` patterns (all of them: this table), made once per set."""
        if len(keep) == len(self.defs):
            return self
        sub = self._parts.get(keep)
        if sub is None:
            if len(self._parts) > 65536:
                self._parts.clear()
            sub = self._parts[keep] = self._part(self.defs, keep)
        return sub

    def may_start(self, w: str) -> tuple[int, ...]:
        """The patterns that may match where the text begins with the word ``w``: those matching a
        prefix of ``w`` or a text ``w`` is a prefix of."""
        return self.may_begin(tuple(range(len(self.defs))), w, frozenset())

    def may_begin(self, keep: tuple[int, ...], head: str, kept: frozenset[int] | None = None) -> tuple[int, ...]:
        """The ``keep`` patterns that may match where the text begins with ``head``: those matching a
        prefix of it or a text it is a prefix of (a partial match), and those that cannot be judged so."""
        if self._def_res is None:
            self._def_res = [regex.compile(f"(?:{words(d.pattern)})") for d in self.defs]
        res = self._def_res
        if kept is None:
            kept = self.kept
        return tuple(i for i in keep if i in kept or res[i].match(head, partial=True) is not None)

    def match_at(self, ft: str, pos: int) -> Cue | None:
        m = self.regex.match(ft, pos)
        if m is None:
            return None
        return Cue(m.start(), m.end(), self.metric_of[m.lastindex])


def _can_start(rx: regex.Pattern[str], s: str) -> bool:
    """Whether a match of ``rx`` may begin with the text ``s`` (``s`` a prefix of one, or one itself)."""
    return rx.match(s + " ", partial=True) is not None or rx.fullmatch(s) is not None


class _Node:
    """A run of words read from a cue's first word on (``head``) and the patterns of each table still
    possible after it, ``entries`` = ((table, pattern indices), ...); their alternations, ``tables`` =
    ((table, alternation), ...), are compiled when a match is first tried there."""

    __slots__ = ("children", "depth", "entries", "final", "head", "tables")

    def __init__(self, head: str, entries: tuple[tuple[str, tuple[int, ...]], ...], depth: int):
        self.head = head
        self.entries = entries
        self.tables: tuple[tuple[str, CueTable], ...] | None = None
        self.depth = depth
        self.final = not entries or depth >= MAX_WORDS or max(len(e[1]) for e in entries) <= SMALL
        self.children: dict[str, _Node] = {}


class CueScanner:
    """All tables at once, in one pass over the folded text (see the module's docstring)."""

    def __init__(self, tables: dict[str, CueTable], negatives: dict[str, regex.Pattern[str]] | None = None):
        self.tables = tables
        # metric -> phrases that contain one of its cues but do not name it ("rút kinh nghiệm")
        self.negatives = negatives or {}
        self.vocab = sorted({w for t in tables.values() for d in t.defs for w in VOCAB_RE.findall(d.pattern)})
        self.vocab_set = frozenset(self.vocab)
        # the tables that may start with a word outside the vocabulary (with any word)
        self.any_word = tuple(name for name, t in tables.items() if _can_start(t.regex, ANY))
        starts = [w for w in self.vocab if any(_can_start(t.regex, w) for t in tables.values())]
        first = r"\w+" if self.any_word else "|".join(sorted(starts, key=len, reverse=True)) or "(?!x)x"
        # a word some cue may start with, and the next word of the region (as ``WORD_RE.findall`` cuts them)
        self.start_re = regex.compile(rf"(?<!\w)(?P<w>{first})(?!\w)(?=\W*+(?P<n>\w+))?")
        self._roots: dict[tuple[str, str], _Node] = {}  # (first word, next word or "") -> its tree
        self._heads: dict[str, _Node] = {}  # the text of a first word and the next -> their node
        self._firsts: dict[tuple[str, str], tuple[bool, tuple[int, ...]] | None] = {}  # see _first
        self._nodes = 0
        self._whole: dict[str, dict[str, list[Cue]]] = {}

    def _first(self, name: str, w: str) -> tuple[bool, tuple[int, ...]] | None:
        """Whether table ``name`` may have a cue beginning with the word ``w`` (None when not), whether any
        word may follow it there, and its patterns that may start with ``w``; made once per word."""
        key = (name, w)
        if key not in self._firsts:
            t = self.tables[name]
            hit = None
            if _can_start(t.regex, w):
                free = t.regex.fullmatch(w) is not None or any(_can_start(t.regex, f"{w}{sep}{ANY}") for sep in SEPARATORS)
                hit = (free, t.may_start(w))
            self._firsts[key] = hit
        return self._firsts[key]

    def _root(self, w: str, nxt: str) -> _Node:
        """The tables that may have a cue beginning with the word ``w`` followed by ``nxt`` ("" when none,
        or when the region ends there), each with its patterns that may start with ``w``."""
        out = []
        if w in self.vocab_set:
            for name, t in self.tables.items():
                first = self._first(name, w)
                if first is None:
                    continue
                free, maybe = first
                # (a figure after the word: "tồn 3 hồ sơ", a cue that must stand right before its figure)
                after = "0" if nxt.isdigit() else nxt
                if free or (after == "0" or after in self.vocab_set) \
                        and any(_can_start(t.regex, f"{w}{sep}{after}") for sep in SEPARATORS):
                    out.append((name, maybe))
        else:
            out = [(name, tuple(range(len(self.tables[name].defs)))) for name in self.any_word]
        if self._nodes > MAX_NODES:
            self._roots.clear()
            self._heads.clear()
            self._nodes = 0
        node = self._roots[(w, nxt)] = _Node("", tuple(out), 0)
        self._nodes += 1
        return node

    def _child(self, node: _Node, chunk: str) -> _Node:
        head = node.head + chunk
        out = []
        for name, keep in node.entries:
            kept = self.tables[name].may_begin(keep, head)
            if kept:
                out.append((name, kept))
        child = node.children[chunk] = _Node(head, tuple(out), node.depth + 1)
        self._nodes += 1
        return child

    def scan(self, ft: str, regions: list[tuple[int, int]]) -> dict[str, list[Cue]]:
        """Every cue of every table inside the [start, end) regions, each list sorted by end."""
        out: dict[str, list[Cue]] = {name: [] for name in self.tables}
        heads, chunk_at, size = self._heads, CHUNK_RE.match, len(ft)
        for lo, hi in regions:
            for m in self.start_re.finditer(ft, lo, hi):
                p, e = m.span()
                if (n_end := m.end(2)) >= 0:  # the word after
                    e = n_end
                # the first words as the region has them: whole words (not cut by its end) name their tree node
                node = heads.get(ft[p:e]) if e < hi or e == size else None
                pos = e
                if node is None:
                    node, pos = self._first_words(ft, m, hi)
                # read on in the whole text (a match may run past the region)
                while not node.final:
                    c = chunk_at(ft, pos)
                    if c is None:
                        break
                    chunk = c.group()
                    node = node.children.get(chunk) or self._child(node, chunk)
                    pos = c.end()
                tables = node.tables
                if tables is None:
                    tables = node.tables = tuple((name, self.tables[name].part(keep)) for name, keep in node.entries)
                for name, sub in tables:
                    mm = sub.regex.match(ft, p)
                    if mm is not None:
                        out[name].append(Cue(p, mm.end(), sub.metric_of[mm.lastindex]))
        negatives = self.negatives
        for cues in out.values():
            if negatives:
                cues[:] = [c for c in cues if c.metric not in negatives or not self._negated(ft, c)]
            cues.sort(key=lambda c: (c.end, -c.start))
        return out

    def _first_words(self, ft: str, m: regex.Match[str], hi: int) -> tuple[_Node, int]:
        """The tree node of the first word (``w``) and the next (``n``) of a ``start_re`` match, read in the
        whole text, and where the words read end; remembered by their text when the region cut neither."""
        w, nxt = m.group("w", "n")
        node = self._roots.get((w, nxt or ""))
        if node is None:
            node = self._root(w, nxt or "")
        p, e = m.start(), m.end("n") if nxt is not None else m.end()
        pos = p
        while not node.final and pos < e:
            c = CHUNK_RE.match(ft, pos)
            chunk = c.group()
            node = node.children.get(chunk) or self._child(node, chunk)
            pos = c.end()
        if (pos == e or node.final) and (e < hi or e == len(ft)):
            if len(self._heads) > MAX_NODES:
                self._heads.clear()
            self._heads[ft[p:e]] = node
        return node, pos

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


#: how far around a cue its metric's negative phrases are looked for (the longest is ~30 chars)
NEGATIVE_REACH = 48
