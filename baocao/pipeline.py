"""Pipeline wiring: file -> Document -> facts -> validated facts -> the output contract.

Every CLI command is a thin wrapper over a function here or in store/; dashboards and tests
call the same functions.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

import extract.tokenizer  # noqa: F401 - registers the tokenizer with spaCy
from extract.document import Document
from extract.errors import ReadError
from extract.facts import Fact, ReportMeta
from extract.readers import read_document
from extract.registry import Context, discover, resolve_order
from extract.validation import validate


@dataclass
class Extraction:
    """One document's result: the contract of spec/output.md as Python objects."""

    document: Document
    meta: ReportMeta
    facts: list[Fact]
    warnings: list[dict] = field(default_factory=list)
    extractors: dict[str, str] = field(default_factory=dict)  # name -> version
    doc: Doc | None = None  # the spaCy Doc: doc.spans[extractor] holds each fact as span._.fact

    def to_json(self) -> dict:
        return {
            "source": self.document.source.to_json(),
            "error": None,
            "document": self.meta.to_json(),
            "facts": [f.to_json() for f in self.facts],
            "warnings": self.warnings,
            "extractors": self.extractors,
        }


def error_line(path: str | Path, error: ReadError | Exception, source: dict | None = None) -> dict:
    """The output line of a file that could not be processed: ``error`` set, no facts.

    ``source`` keeps what is known of the file (sha256, format, pages) when it was read but an
    extractor failed; otherwise those are null.
    """
    if isinstance(error, ReadError):
        err = error.to_json()
        source = {**getattr(error, "known", {}), **(source or {})}
    else:
        err = {"code": "internal", "message": f"{path}: internal error, please report it: {type(error).__name__}: {error}"}
    known = {"path": str(path), "sha256": None, "format": None, "pages": None}
    if source:
        known.update({k: v for k, v in source.items() if k in known and k != "path"})
    return {
        "source": known,
        "error": err["message"],
        "error_code": err["code"],
        "document": None,
        "facts": [],
        "warnings": [],
    }


def check_extractor_names(names: Iterable[str] | None) -> list[str] | None:
    """The names, checked against the installed extractors once (before a batch starts).

    Raises KeyError("unknown extractor(s): bogus; installed: ...") for a name not installed.
    ``None`` or no names means all extractors and is returned as ``None``.
    """
    if names is None:
        return None
    names = [n for n in names if n]
    if not names:
        return None
    available = discover()
    unknown = [n for n in names if n not in available]
    if unknown:
        raise KeyError(f"unknown extractor(s): {', '.join(unknown)}; installed: {', '.join(sorted(available))}")
    return names


@functools.cache
def build_nlp(only: tuple[str, ...] | None = None) -> Language:
    """A blank spaCy pipeline with the fast tokenizer and the chosen extractors as components."""
    available = discover()
    names = resolve_order(list(only) if only else list(available), available)
    nlp = spacy.blank("xx", config={"nlp": {"tokenizer": {"@tokenizers": "baocao.regex_tokenizer.v1"}}})
    nlp.max_length = 50_000_000
    for name in names:
        nlp.add_pipe(f"baocao_{name}", name=name)
    return nlp


def extract_document(document: Document, only: Sequence[str] | None = None) -> Extraction:
    """Run the extractors over a Document: a spaCy Doc over its text goes through one component per
    extractor; the facts are read back from ``doc.spans`` and validated."""
    nlp = build_nlp(tuple(sorted(only)) if only else None)
    ctx = Context(document=document)
    doc = nlp.make_doc(document.text)
    doc._.baocao = ctx
    ctx.doc = doc
    for _name, component in nlp.pipeline:
        doc = component(doc)
    versions = {name: discover()[name].version for name in nlp.pipe_names}
    facts = ctx.all_facts()
    warnings = [w.to_json() for w in validate(document.text, facts, ctx.meta)]
    return Extraction(document, ctx.meta, facts, warnings=warnings, extractors=versions, doc=doc)


def process_file(path: str | Path, only: Sequence[str] | None = None, data: bytes | None = None) -> dict:
    """One input file to one output line of the contract; never raises for a bad file.

    With ``data``, the report is read from those bytes and ``path`` only names it (a zip member
    is ``archive.zip!member.pdf``). When an extractor fails, the error line still carries the
    file's sha256, format and pages.
    """
    try:
        document = read_document(path, data)
    except ReadError as exc:
        return error_line(path, exc)
    except Exception as exc:  # a reader bug: report it on this file's line, go on with the next
        return error_line(path, exc)
    try:
        return extract_document(document, only).to_json()
    except Exception as exc:  # a bug in one extractor must not stop a batch of ten thousand
        return error_line(document.source.path, exc, document.source.to_json())


def iter_process(paths: Iterable[str | Path], only: Sequence[str] | None = None) -> Iterator[dict]:
    for path in paths:
        yield process_file(path, only)
