"""A document reproduced on a web page that cites itself instead of printing its ``Số:`` line.

A portal that republishes a report, a plan or a decision keeps its heading line and replaces the header
(number, date line) by a sentence of its own at the start of a line::

    Báo cáo Kết quả thực hiện cải cách hành chính năm 2023
    Báo cáo số 228/BC-UBND ngày 05/12/2023 của UBND phường X về Kết quả thực hiện cải cách hành chính năm 2023

The citation is the document's own when its subject (after ``về``, ``v/v``) repeats the heading line above it,
with or without the heading's type word: that line is the document's title, the citation its number and date,
and the body after ``của`` its issuer. A news item that speaks of a report ("Ngày 05/12, UBND phường ban hành
Báo cáo số 228/BC-UBND về …") cites it inside a sentence, not at a line's start, and is no reproduction;
nor is a text with a ``Số:`` line of its own (its header says what it is).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from normalize.docnumbers import Citation, iter_citations, own_number_labels
from normalize.lexicon import load_document_types
from normalize.text import fold

WINDOW = 1000  # characters: the heading line and the citation open the page
MIN_WORDS = 3  # the subject repeats at least this many words of the heading (or all of a shorter heading)
COMPARED = 6  # ... and is compared on at most this many

_SUBJECT = regex.compile(r"(?i)(?<![\p{L}\p{M}])(?:về\s+việc|về|v/v)\s+")
_WORD = regex.compile(r"[\p{L}\p{M}\d]+")


@dataclass(frozen=True)
class SelfCitation:
    """The citation of the reproduced document (``citation``), the heading line it restates (``heading``: the line's
    span) and the title in it (``title``: the heading without a leading type word)."""

    citation: Citation
    heading: tuple[int, int]
    title: tuple[int, int]
    subject: int  # where the citation's subject word starts: its issuer is written between the citation and there


@functools.cache
def _type_word() -> regex.Pattern:
    """A written type word (``Báo cáo``, ``Kế hoạch``, not a code such as ``BC``) and the space after it."""
    words = [w for w in load_document_types().words() if " " in w.strip()]
    alts = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in words)
    return regex.compile(rf"(?i)(?:{alts})[ \t]+(?=\S)")


def _words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def _without_type_word(text: str, start: int, end: int) -> int:
    """Where the title starts in a heading line: after a leading type word (``Báo cáo``, ``Kế hoạch``) when one
    opens it, else at its first character."""
    line = text[start:end]
    lead = len(line) - len(line.lstrip())
    m = _type_word().match(line, lead)
    return start + (m.end() if m is not None else lead)


def _restates(subject: list[str], heading: list[str]) -> bool:
    n = min(COMPARED, len(heading))
    return n >= MIN_WORDS and subject[:n] == heading[:n]


@functools.lru_cache(maxsize=4)  # references, metadata and the title block all ask for the same text
def find_self_citation(text: str) -> SelfCitation | None:
    """The citation by which a reproduced document names itself (see the module doc), or None."""
    if not isinstance(text, str) or not text or own_number_labels(text):
        return None
    head = text[:WINDOW]
    for c in iter_citations(head):
        line_start = text.rfind("\n", 0, c.start) + 1
        if c.kind is None or text[line_start:c.start].strip() or line_start == 0:
            continue
        line_end = text.find("\n", c.end)
        line_end = len(text) if line_end < 0 else line_end
        s = _SUBJECT.search(text, c.end, line_end)
        if s is None:
            continue
        subject = _words(text[s.end():line_end])
        pos = 0
        while pos < line_start:  # the lines above the citation: the heading is one of them
            nxt = text.find("\n", pos)
            nxt = line_start - 1 if nxt < 0 or nxt >= line_start else nxt
            if text[pos:nxt].strip():
                title = _without_type_word(text, pos, nxt)
                if _restates(subject, _words(text[title:nxt])):
                    end = pos + len(text[pos:nxt].rstrip())
                    return SelfCitation(c, (pos, end), (title, end), s.start())
            pos = nxt + 1
    return None
