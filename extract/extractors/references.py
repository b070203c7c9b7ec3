"""The ``references`` extractor: every cited document number, one fact per mention.

normalize/docnumbers.py knows the grammar (``iter_citations``); this module decides what is a
fact:

- CASE 1: a citation in running text (``Quyết định số 714/QĐ-UBND ngày 27/02/2026``,
  ``Nghị định 61/NĐ-CP``, ``225-CV/ĐU``, ``45 / KH - UBND``) -> a ReferenceFact, with its type word
  and date.
- CASE 2: the report's own ``Số: 96/BC-UBND`` line in the header -> ``own=True``; so is the citation by which a
  page reproducing a document names it under its heading line (``Báo cáo số 228/BC-UBND ngày … của UBND phường X
  về <the heading's title>``, normalize/self_citation.py).
- CASE 3: a blank draft number (``Số: /BC-TTPVHCC``) or a law cited by name only
  (``Luật Khiếu nại``) -> nothing (the grammar finds no number there).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import regex

from extract.facts import ReferenceFact
from extract.registry import Context, Extractor
from normalize.docnumbers import Citation, DocumentNumber, iter_citations, own_number_labels
from normalize.lexicon import load_document_types
from normalize.self_citation import find_self_citation
from normalize.text import match_form


@dataclass(frozen=True, slots=True)
class _Citation:
    """What this extractor needs from a citation: normalize's Citation, possibly widened."""

    start: int
    end: int
    citation: Citation
    kind: str | None

    @property
    def number_start(self) -> int:
        return self.citation.number_span[0]

    @property
    def number(self) -> DocumentNumber:
        return self.citation.document


def iter_references(text: str) -> Iterator[_Citation]:
    """Citations in ``text`` from normalize's grammar."""
    for c in iter_citations(text):
        yield _Citation(c.start, c.end, c, c.kind)


def _is_own(c: _Citation, text: str, own_ends: list[int]) -> bool:
    """The citation is the report's ``Số:`` line: it starts right after a header ``Số:``."""
    for end in own_ends:
        if end <= c.number_start and not text[end:c.number_start].strip():
            return True
        if c.start <= end <= c.number_start:
            return True
    return False


# "... Kế hoạch xây dựng Chính quyền điện tử phường Hưng Đạo năm 2026 số 43/KH-UBND": a bare "số"
# before the number belongs to the citation, and its type word is the one that opened the name.
BARE_SO = regex.compile(r"(?:số|Số|SỐ)[ \t]*:?\s*$")
KIND_LOOKBACK = 120
CLAUSE_END = regex.compile(r"[;.!?](?:\s|$)|\n\s*[-+*•]")


@functools.cache
def _kind_word() -> regex.Pattern:
    """The type words of normalize/data/document_types.toml, on match_form text (lower case)."""
    forms = sorted({match_form(w) for w in load_document_types().words() if len(w) > 3 or " " in w},
                   key=len, reverse=True)
    alts = "|".join(regex.escape(f).replace(r"\ ", r"\s+") for f in forms)
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{alts})(?![\p{{L}}\p{{M}}])")


def _kind_before(text: str, pos: int) -> str | None:
    """The last type word in the clause before ``pos`` (bounded look-back), as written."""
    lo = max(0, pos - KIND_LOOKBACK)
    for m in CLAUSE_END.finditer(text, lo, pos):
        lo = m.end()
    last = None
    for m in _kind_word().finditer(match_form(text[lo:pos])):
        last = m
    return " ".join(text[lo + last.start(): lo + last.end()].split()) if last else None


def _widen_bare_number(c: _Citation, text: str) -> _Citation:
    """CASE 1b: "<name of a plan> số 43/KH-UBND": take "số" into the span and the kind from the name."""
    if c.kind is not None:
        return c
    m = BARE_SO.search(text, max(0, c.start - 12), c.start)
    if m is None:
        return c
    return _Citation(m.start(), c.end, c.citation, _kind_before(text, m.start()))


class ReferenceExtractor(Extractor):
    name = "references"
    version = "0.5.0"
    description = "Cited document numbers (Quyết định số 714/QĐ-UBND ngày 27/02/2026), the report's own number"
    order = 10

    def extract(self, ctx: Context) -> Iterable[ReferenceFact]:
        text = ctx.text
        own_ends = own_number_labels(text)  # the header's "Số:" lines
        itself = find_self_citation(text)
        for c in iter_references(text):
            own = _is_own(c, text, own_ends) or (itself is not None and c.start == itself.citation.start)
            if not own:
                c = _widen_bare_number(c, text)
            number = c.number
            yield ReferenceFact(
                start=c.start,
                end=c.end,
                text=text[c.start:c.end],
                id=number.id,
                kind=c.kind,
                number=number.number,
                year=number.year,
                code=number.code,
                type_code=number.type_code,
                issuer=number.issuer,
                date=c.citation.date,
                own=own,
            )
