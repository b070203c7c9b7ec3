"""Extractors as plugins.

An extractor is a named, versioned class that reads a Document and yields facts with spans.
Built-in and third-party extractors are found the same way, through the entry-point group
``baocao.extractors``; a user adds one from their own package with, in its pyproject.toml::

    [project.entry-points."baocao.extractors"]
    budget = "mypkg.budget:BudgetExtractor"

Each extractor becomes a spaCy pipeline component (factory ``baocao_<name>``): its facts go
into ``doc.spans[<name>]``, each span carrying the normalised fact as ``span._.fact``. The
spaCy Doc is the container; the fact, with its exact character offsets, is the truth (a span
is widened to token boundaries only when a fact's edge falls inside a token).
"""

from __future__ import annotations

import functools
import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from importlib.metadata import entry_points

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.document import Document
from extract.facts import Fact, ReportMeta

ENTRY_POINT_GROUP = "baocao.extractors"

if not Span.has_extension("fact"):
    Span.set_extension("fact", default=None)
if not Doc.has_extension("baocao"):
    Doc.set_extension("baocao", default=None)


class SpanFacts(Mapping[str, list[Fact]]):
    """The facts of each extractor, read from the spaCy Doc: ``doc.spans[name]``, each span carrying
    its fact as ``span._.fact``. In the pipeline this is the one place facts live."""

    def __init__(self, doc: Doc):
        self.doc = doc

    def __getitem__(self, name: str) -> list[Fact]:
        return [span._.fact for span in self.doc.spans[name]]

    def __iter__(self) -> Iterator[str]:
        return iter(self.doc.spans)

    def __len__(self) -> int:
        return len(self.doc.spans)


@dataclass
class Context:
    """What an extractor sees: the Document, the spaCy Doc over its text, and what the
    extractors before it found (so that ``metadata`` can use ``periods`` and ``references``).

    With a Doc (in the pipeline), ``facts`` reads ``doc.spans``; without one (an extractor called
    on its own, as in its unit tests), it is a plain dict the caller fills.
    """

    document: Document
    doc: Doc | None = None
    meta: ReportMeta = field(default_factory=ReportMeta)
    _own_facts: dict[str, list[Fact]] = field(default_factory=dict, repr=False)

    @property
    def text(self) -> str:
        return self.document.text

    @property
    def facts(self) -> Mapping[str, list[Fact]] | dict[str, list[Fact]]:
        return SpanFacts(self.doc) if self.doc is not None else self._own_facts

    def all_facts(self) -> list[Fact]:
        out = [f for facts in self.facts.values() for f in facts]
        out.sort(key=lambda f: (f.start, f.end, f.type))
        return out


class Extractor:
    """Base class. Subclasses set ``name`` and ``version`` and implement ``extract``.

    ``requires`` names extractors whose facts this one reads from ``ctx.facts``; the pipeline
    runs those first. ``order`` breaks ties (lower runs earlier).
    """

    name: str = ""
    version: str = "0"
    description: str = ""
    requires: tuple[str, ...] = ()
    order: int = 100

    def extract(self, ctx: Context) -> Iterable[Fact]:
        raise NotImplementedError

    @property
    def qualified_name(self) -> str:
        return f"{self.name}@{self.version}"


@dataclass(frozen=True)
class ExtractorInfo:
    name: str
    version: str
    description: str
    origin: str  # the entry point's "module:attr"
    cls: type[Extractor]


@functools.cache
def discover() -> dict[str, ExtractorInfo]:
    """All extractors installed, by name, from the ``baocao.extractors`` entry points."""
    found: dict[str, ExtractorInfo] = {}
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        try:
            cls = ep.load()
        except Exception as exc:  # one broken plugin must not take the others down
            warnings.warn(f"extractor plugin {ep.name} = {ep.value} failed to load: {type(exc).__name__}: {exc}",
                          RuntimeWarning, stacklevel=2)
            continue
        if not (isinstance(cls, type) and issubclass(cls, Extractor)):
            warnings.warn(f"extractor plugin {ep.name} = {ep.value} is not an Extractor subclass; skipped",
                          RuntimeWarning, stacklevel=2)
            continue
        name = cls.name or ep.name
        if name in found:
            if found[name].origin != ep.value:  # the same entry point seen twice is no conflict
                warnings.warn(f"two extractor plugins are named {name!r}: {found[name].origin} (kept) and "
                              f"{ep.value} (refused); rename one", RuntimeWarning, stacklevel=2)
            continue
        found[name] = ExtractorInfo(name, cls.version, cls.description, ep.value, cls)
        _register_factory(name, cls)
    return found


def resolve_order(names: Sequence[str], available: dict[str, ExtractorInfo]) -> list[str]:
    """The names plus what they require, dependencies first."""
    unknown = [n for n in names if n not in available]
    if unknown:
        raise KeyError(f"unknown extractor(s): {', '.join(unknown)}; installed: {', '.join(sorted(available))}")
    ordered: list[str] = []

    def visit(name: str, trail: tuple[str, ...]) -> None:
        if name in ordered:
            return
        if name in trail:
            raise ValueError(f"extractors require each other in a cycle: {' -> '.join(trail + (name,))}")
        info = available.get(name)
        if info is None:
            raise KeyError(f"extractor {trail[-1]} requires {name}, which is not installed")
        for dep in sorted(info.cls.requires, key=lambda n: (available[n].cls.order if n in available else 0, n)):
            visit(dep, trail + (name,))
        ordered.append(name)

    for name in sorted(names, key=lambda n: (available[n].cls.order, n)):
        visit(name, ())
    return ordered


def check_spans(facts: Iterable[Fact], text: str, extractor: str) -> list[Fact]:
    """The facts whose span is inside ``text`` and whose ``text`` is exactly ``text[start:end]``.

    The others break the offsets promise of the output contract: they are dropped, with one
    RuntimeWarning naming the extractor, how many were dropped and the first of them.
    """
    kept: list[Fact] = []
    bad: list[Fact] = []
    n = len(text)
    for fact in facts:
        start, end = fact.start, fact.end
        ok = (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= n
              and text[start:end] == fact.text)
        (kept if ok else bad).append(fact)
    if bad:
        first = bad[0]
        where = (f"span [{first.start}, {first.end}) holds {text[first.start:first.end]!r}"
                 if isinstance(first.start, int) and isinstance(first.end, int) and 0 <= first.start <= first.end <= n
                 else f"span [{first.start}, {first.end}) is outside the text (length {n})")
        warnings.warn(f"extractor {extractor} gave {len(bad)} fact(s) whose text is not the text at their span; "
                      f"dropped (first: {first.type} {first.text!r}: {where})", RuntimeWarning, stacklevel=2)
    return kept


class _Component:
    """The spaCy component wrapping one extractor."""

    def __init__(self, extractor: Extractor):
        self.extractor = extractor

    def __call__(self, doc: Doc) -> Doc:
        ctx: Context = doc._.baocao
        facts = []
        qualified = self.extractor.qualified_name
        for fact in self.extractor.extract(ctx):
            if not fact.extractor:
                object.__setattr__(fact, "extractor", qualified)
            facts.append(fact)
        spans = []
        for fact in check_spans(facts, ctx.text, qualified):
            # the Span is widened to token edges only if a fact's edge falls inside a token; the
            # fact keeps its exact offsets
            span = doc.char_span(fact.start, fact.end, alignment_mode="expand")
            span._.fact = fact
            spans.append(span)
        doc.spans[self.extractor.name] = spans
        return doc


# the class each factory builds: the one discover() chose for the name, so that a factory
# registered once with spaCy (which cannot unregister) always agrees with discover()
_FACTORY_CLASSES: dict[str, type[Extractor]] = {}


def _register_factory(name: str, cls: type[Extractor]) -> None:
    _FACTORY_CLASSES[name] = cls
    factory = f"baocao_{name}"
    if Language.has_factory(factory):
        return
    extractor_name = name

    def make(nlp: Language, name: str) -> _Component:  # noqa: ARG001 - spaCy's signature
        return _Component(_FACTORY_CLASSES[extractor_name]())

    Language.factory(factory, func=make)
