"""The signature block of a report: who signs it and with which title (part of the ``metadata`` extractor).

The signer is the last name line under the signature titles (``TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH /
PHÓ CHỦ TỊCH / Nguyễn Văn A``); the title is given in normal capitalisation (data/metadata.toml
``[signature]``). The block's text also tells which body signs (read by the issuer). A page that reproduces a document
without its signature block often keeps the site's metadata (``Người ký: Nguyễn Văn A``, ``Người ký | …``):
the name there, with no title (the metadata gives none).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from extract.extractors.metadata_columns import right_cell
from extract.extractors.metadata_cues import cue_data
from extract.facts import Person
from normalize.lexicon import word_alternation
from normalize.text import fold

SIGNATURE_WINDOW = 1500  # the signature block sits in the last lines
METADATA_WINDOW = 3000  # a site's metadata table sits above the document
_NAME = r"\p{Lu}[\p{Ll}\p{M}]*(?:[ \t]+\p{Lu}[\p{Ll}\p{M}]*){1,4}"
PERSON_LINE = regex.compile(r"^\p{Lu}[\p{Ll}\p{M}]*(?:[ \t]+\p{Lu}[\p{Ll}\p{M}]*){1,5}$")


@dataclass(frozen=True)
class _Cues:
    sig_prefixes: tuple[str, ...]
    sig_titles: tuple[tuple[str, str], ...]  # (folded printed title, normal title), longest first
    sig_skip: tuple[str, ...]
    metadata: regex.Pattern  # "Người ký: Lý Thái Hải" / "Người ký |\n Trần Vĩnh Tuyến": a site's metadata


@functools.cache
def _cues() -> _Cues:
    sig = cue_data()["signature"]
    titles = sorted(((fold(k), v) for k, v in sig["titles"].items()), key=lambda kv: -len(kv[0]))
    return _Cues(
        sig_prefixes=tuple(fold(p) for p in sig["prefixes"]),
        sig_titles=tuple(titles),
        sig_skip=tuple(fold(w) for w in sig["skip"]["words"]),
        metadata=regex.compile(rf"(?i:(?<!\w)(?:{word_alternation(sig.get('metadata_labels', ()))}))[ \t]*[:|][\s|]*"
                               rf"(?P<name>{_NAME})[ \t]*(?=[|\n]|$)") if sig.get("metadata_labels") else regex.compile(r"(?!x)x"),
    )


def _title_line(raw: str) -> bool:
    """A line of the signature's titles in capitals: ``TM. ỦY BAN NHÂN DÂN``, ``KT. CHỦ TỊCH``, ``PHÓ CHỦ TỊCH``."""
    c = _cues()
    if not raw.isupper():
        return False
    f = fold(raw)
    if any(f.startswith(p) for p in c.sig_prefixes):
        return True
    return any(f == printed for printed, _ in c.sig_titles)


_RECIPIENT = regex.compile(r"^(?:[-+•–*]|(?i:nơi[ \t]+nhận))")


def _signature_cell(tail: str, left: str, titled: bool) -> bool:
    """The tail of a recipients' line is the signature's cell: a title line, or under a title the signer's name after
    a recipient item's end (``- Lưu: VT.`` / ``Nguyễn Văn An``)."""
    if _RECIPIENT.match(left) is None:
        return False
    if _title_line(tail.strip(" \t*_")):
        return True
    return titled and left.endswith((";", ".", ":", ",")) and PERSON_LINE.match(tail.strip(" \t*_")) is not None


def read_signer(text: str) -> tuple[Person | None, str, tuple[int, int] | None]:
    """(signer, the signature block's text, span of the name)."""
    c = _cues()
    lo = max(0, len(text) - SIGNATURE_WINDOW)
    title: str | None = None
    block_start: int | None = None
    person: Person | None = None
    span = None
    for line in regex.finditer(r"[^\n]+", text, pos=lo):
        at, whole = line.start(), line.group()
        raw = whole.strip(" \t*_")
        if not raw:
            continue
        # the recipients' column and the signature's joined by one space ("Nơi nhận: TM. ỦY BAN NHÂN DÂN", "- Như
        # trên; PHÓ CHỦ TỊCH", "- Lưu: VT. Nguyễn Văn An"): the signature's cell is read as its line
        titled = title is not None
        cell = right_cell(raw, lambda tail, left, titled=titled: _signature_cell(tail, left, titled))
        if cell is not None:
            at, whole = at + whole.rindex(cell), cell
            raw = cell
        f = fold(raw)
        for prefix in c.sig_prefixes:
            if f.startswith(prefix):
                f = f[len(prefix):].strip()
        matched = next((normal for printed, normal in c.sig_titles if f == printed), None)
        if matched is not None and raw.isupper():
            title = matched
            block_start = at if block_start is None else block_start
            continue
        if raw.isupper() and f.startswith(("tm", "kt")):
            block_start = at if block_start is None else block_start
            continue
        if title is None or any(s in f for s in c.sig_skip):
            continue
        if PERSON_LINE.match(raw):
            lead = len(whole) - len(whole.lstrip(" \t*_"))
            person = Person(raw, title)
            span = (at + lead, at + lead + len(raw))
    block = text[block_start:] if block_start is not None else ""
    if person is None:
        m = c.metadata.search(text, 0, min(len(text), METADATA_WINDOW))
        if m is not None:
            person, span = Person(" ".join(m.group("name").split()), None), m.span("name")
    return person, block, span

