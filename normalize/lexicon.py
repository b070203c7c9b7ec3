"""Lexicons read from data: metric phrasings, document types, administrative unit types and levels.

The knowledge lives in ``normalize/data/*.toml`` (one place, easy to extend); this module loads it
once and offers lookups. Lookups are on :func:`normalize.text.match_form`, so case and tone-mark
placement do not matter (``số hoá`` / ``số hóa`` / ``SỐ HÓA``). The metric phrases are matched in
running text by the figures extractor (extract/extractors/figure_cues.py), from this same data.

    >>> unit_type_for_word("PHƯỜNG").level
    'commune'
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Literal

import regex

from normalize.text import match_form

DATA_DIR = Path(__file__).parent / "data"

#: The metric of a figure that fits no canonical key (docs/spec/metrics.md); not in the lexicon.
OTHER = "other"


class LexiconError(ValueError):
    """A data file of the lexicon is malformed; the message names the file and the entry."""


def _load_toml(name: str) -> dict:
    path = DATA_DIR / name
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise LexiconError(f"{path}: cannot read lexicon data: {exc}") from exc


# --- phrase patterns ------------------------------------------------------------------------------


def word_alternation(phrases: Iterable[str]) -> str:
    """Phrases as one regex alternation, longest first, words separated by any whitespace (line breaks
    included) and matched as written (the caller chooses the flags): ``["kế hoạch", "luật"]`` ->
    ``kế\\s+hoạch|luật``."""
    return "|".join(r"\s+".join(regex.escape(w) for w in p.split()) for p in sorted(phrases, key=len, reverse=True))


# --- metrics -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MetricDef:
    """One canonical metric key of docs/spec/metrics.md and how reports phrase it."""

    key: str
    kind: Literal["count", "indicator"]
    unit: str
    meaning: str
    phrases: tuple[str, ...]
    negative: tuple[str, ...] = ()


def _expand_variants(phrase: str, groups: list[list[str]]) -> set[str]:
    """All spellings of ``phrase`` under the variant groups (``tỷ lệ`` -> also ``tỉ lệ``)."""
    out = {match_form(phrase)}
    for group in groups:
        forms = [match_form(g) for g in group]
        for current in list(out):
            for form in forms:
                if form in current:
                    out.update(current.replace(form, other) for other in forms)
    return out


@cache
def load_metrics() -> dict[str, MetricDef]:
    """The metric lexicon (normalize/data/metrics.toml), keyed by canonical key, in file order."""
    data = _load_toml("metrics.toml")
    groups = data.get("variants", [])
    out: dict[str, MetricDef] = {}
    for key, entry in data.get("metrics", {}).items():
        kind = entry.get("kind")
        if kind not in ("count", "indicator") or not entry.get("phrases"):
            raise LexiconError(f"{DATA_DIR / 'metrics.toml'}: [metrics.{key}] needs kind and phrases")
        phrases = sorted({v for p in entry["phrases"] for v in _expand_variants(p, groups)})
        negative = sorted({v for p in entry.get("negative", []) for v in _expand_variants(p, groups)})
        out[key] = MetricDef(
            key=key,
            kind=kind,
            unit=entry["unit"],
            meaning=entry.get("meaning", ""),
            phrases=tuple(phrases),
            negative=tuple(negative),
        )
    return out


@dataclass(frozen=True, slots=True)
class Identity:
    """``total = sum(parts)`` for one of the variants; see the [[identities]] of metrics.toml."""

    name: str
    total: str
    variants: tuple[tuple[tuple[str, ...], bool], ...]  # (parts, complete)


@cache
def load_identities() -> tuple[Identity, ...]:
    """The identities between dossier counts (docs/spec/metrics.md), with their variants, as data."""
    data = _load_toml("metrics.toml")
    keys = set(data.get("metrics", {}))
    out = []
    for entry in data.get("identities", []):
        variants = tuple((tuple(v["parts"]), bool(v["complete"])) for v in entry["variants"])
        unknown = {entry["total"], *(p for parts, _ in variants for p in parts)} - keys
        if unknown:
            raise LexiconError(f"{DATA_DIR / 'metrics.toml'}: identity {entry['name']} names unknown keys {sorted(unknown)}")
        out.append(Identity(entry["name"], entry["total"], variants))
    return tuple(out)


@cache
def load_share_of() -> dict[str, str]:
    """What a count is a share of (``resolved_early`` -> ``resolved_total``), for recomputing rates."""
    return dict(_load_toml("metrics.toml").get("share_of", {}))


def metric_keys() -> tuple[str, ...]:
    """The canonical metric keys, as in docs/spec/metrics.md (without ``other``)."""
    return tuple(load_metrics())


def metric_def(key: str) -> MetricDef | None:
    """The definition of a key, or None for an unknown key."""
    return load_metrics().get(key)


# --- document types ------------------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentType:
    """A document type: its code in numbers (None for a công văn), its name and the words for it."""

    code: str | None
    name: str
    words: tuple[str, ...]
    uncoded: bool = False  # may be cited with no type code in its number
    generic: bool = False  # a generic word ("Văn bản") that fits any number


@dataclass(frozen=True)
class DocumentTypes:
    types: tuple[DocumentType, ...]
    party_codes: dict[str, str]
    not_document_words: tuple[str, ...]

    # Lookup tables, built on first use (the dataclass is frozen; cached_property writes the
    # instance dict directly). First type in file order wins, as a scan of ``types`` would.
    @cached_property
    def _code_table(self) -> tuple[dict[str, DocumentType], dict[str, list[DocumentType]]]:
        exact: dict[str, DocumentType] = {}
        upper: dict[str, list[DocumentType]] = {}
        for dtype in self.types:
            if dtype.code:
                exact.setdefault(dtype.code, dtype)
                upper.setdefault(dtype.code.upper(), []).append(dtype)
        return exact, upper

    @cached_property
    def _word_table(self) -> dict[str, DocumentType]:
        table: dict[str, DocumentType] = {}
        for dtype in self.types:
            for w in dtype.words:
                table.setdefault(match_form(w), dtype)
        return table

    @cached_property
    def _words(self) -> tuple[str, ...]:
        return tuple(sorted({w for t in self.types for w in t.words}, key=len, reverse=True))

    def by_code(self, code: str | None) -> DocumentType | None:
        """The type of a code as written (``QĐ``, ``QyĐ``; upper-case variants ``QYĐ`` too)."""
        if not code:
            return None
        exact, upper = self._code_table
        if code in exact:
            return exact[code]
        matches = upper.get(code.upper(), [])
        return matches[0] if len(matches) == 1 else None

    def by_word(self, word: str | None) -> DocumentType | None:
        """The type of a type word as written (``Quyết định``, ``QUYẾT ĐỊNH``, ``QĐ``, ``Công văn``)."""
        if not word:
            return None
        return self._word_table.get(" ".join(match_form(word).split()))

    def words(self) -> tuple[str, ...]:
        """Every type word, longest first (``Thông tư liên tịch`` before ``Thông tư``)."""
        return self._words


@cache
def load_document_types() -> DocumentTypes:
    """The document-type table (normalize/data/document_types.toml)."""
    data = _load_toml("document_types.toml")
    types: list[DocumentType] = []
    for code, entry in data.get("types", {}).items():
        words = tuple(entry["words"])
        types.append(DocumentType(code, words[0], words, uncoded=bool(entry.get("uncoded", False))))
    for _, entry in data.get("uncoded_kinds", {}).items():
        words = tuple(entry["words"])
        types.append(DocumentType(None, words[0], words, uncoded=True))
    known = {w for t in types for w in t.words}
    for code, name in data.get("party_types", {}).items():  # party-only kinds: "Kết luận" (KL)
        if name not in known:
            types.append(DocumentType(code, name, (name,)))
    generic = tuple(data.get("generic_kinds", {}).get("words", ()))
    if generic:
        types.append(DocumentType(None, generic[0], generic, uncoded=True, generic=True))
    return DocumentTypes(
        types=tuple(types),
        party_codes=dict(data.get("party_types", {})),
        not_document_words=tuple(data.get("not_documents", {}).get("words", ())),
    )


# --- administrative unit types -------------------------------------------------------------------

UnitLevel = Literal["commune", "district", "province"]


@dataclass(frozen=True)
class UnitType:
    """An administrative unit type (``xã``) with its letterhead form (``XÃ``) and other spellings."""

    name: str
    level: UnitLevel
    header: str
    words: tuple[str, ...]


@cache
def load_unit_types() -> tuple[UnitType, ...]:
    """The unit types of normalize/data/unit_types.toml, in file order."""
    data = _load_toml("unit_types.toml")
    return tuple(
        UnitType(e["name"], e["level"], e["header"], tuple(dict.fromkeys([e["name"], *e.get("words", [])])))
        for e in data.get("types", [])
    )


def unit_type_for_word(word: str) -> UnitType | None:
    """``Xã``, ``XÃ``, ``Phường``, ``ĐẶC KHU``, ``TP.`` -> their UnitType; None when not a type word."""
    wanted = " ".join(match_form(word).split())
    for utype in load_unit_types():
        if wanted in {match_form(w) for w in (*utype.words, utype.header)}:
            return utype
    return None


def unit_type_names(*levels: UnitLevel) -> tuple[str, ...]:
    """The type names (``xã``, ``phường`` …) of the given levels, in file order: the one list of
    administrative unit levels. ``unit_type_names("commune")`` -> ``("xã", "phường", "đặc khu", "thị trấn")``."""
    return tuple(t.name for t in load_unit_types() if t.level in levels)


def unit_type_words(*levels: UnitLevel) -> tuple[str, ...]:
    """Every way a type of these levels is written (names, abbreviations, letterhead forms), first seen first."""
    return tuple(dict.fromkeys(w for t in load_unit_types() if t.level in levels for w in (t.name, *t.words, t.header)))
