"""The generator's phrasing tables, read once from ``corpus/data/generator.toml``.

Language knowledge is data: the lists a synthetic report picks its words from live in the TOML
file; this module only checks their shape and gives them types.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from corpus.generator.builder import Citation
from corpus.generator.figures import COLUMNS

DATA = Path(__file__).resolve().parent.parent / "data" / "generator.toml"


@dataclass(frozen=True)
class TargetedRate:
    """A rate stated with its target: ``- {phrase}97,5% (chỉ tiêu giao ≥ 95%).``"""

    metric: str
    phrase: str
    low: int  # a stated value is drawn between low and 100
    op: str  # "=" or ">="
    target: int


@dataclass(frozen=True)
class Score766:
    """A component of Bộ chỉ số 766: ``{phrase}17,5/18 điểm``."""

    metric: str
    phrase: str
    max: int


@dataclass(frozen=True)
class Signature:
    """The title lines above a signer's name, for the head and for a deputy, and the signer's title."""

    head: tuple[str, ...]
    head_title: str
    deputy: tuple[str, ...]
    deputy_title: str


@dataclass(frozen=True)
class Phrasing:
    """Every table of generator.toml (see the comments there)."""

    fields: tuple[str, ...]
    field_weight: dict[str, float]
    cities: tuple[str, ...]
    motto: tuple[str, ...]
    topics: tuple[str, ...]
    legal_basis: tuple[tuple[Citation, dt.date], ...]
    nested_placeholder: str
    nested: Citation
    plan_code: str
    request_codes: tuple[str, ...]
    surnames: tuple[str, ...]
    middle: tuple[str, ...]
    given: tuple[str, ...]
    assessment: tuple[str, ...]
    tasks: tuple[str, ...]
    online_targets: tuple[int, ...]
    online_target_phrases: tuple[str, ...]
    rates: tuple[TargetedRate, ...]
    index_766: tuple[Score766, ...]
    centre_signature: Signature
    committee_signature: Signature
    table_head: tuple[tuple[str, ...], ...]


def _citation(entry: dict) -> Citation:
    return Citation(entry["kind"], str(entry["number"]), entry["code"], entry.get("year"), entry.get("about", ""))


def _signature(entry: dict) -> Signature:
    return Signature(tuple(entry["head"]), entry["head_title"], tuple(entry["deputy"]), entry["deputy_title"])


def parse_phrasing(data: dict) -> Phrasing:
    """The tables of a parsed generator.toml; KeyError/TypeError/ValueError when one is malformed."""
    cites = data["citations"]
    nested = cites["nested"]
    basis = tuple((_citation(e), e["date"]) for e in data["legal_basis"])
    if not all(isinstance(date, dt.date) for _c, date in basis):
        raise ValueError("legal_basis: every date must be a TOML date (2018-04-23)")
    head = tuple(tuple(row) for row in data["appendix"]["table_head"])
    if any(len(row) != len(COLUMNS) + 2 for row in head):
        raise ValueError(f"appendix.table_head: every row needs {len(COLUMNS) + 2} cells (STT, field, columns)")
    return Phrasing(
        fields=tuple(data["fields"]["names"]),
        field_weight={name: float(w) for name, w in data["fields"]["weights"].items()},
        cities=tuple(data["provinces"]["cities"]),
        motto=tuple(data["header"]["motto"]),
        topics=tuple(data["title"]["topics"]),
        legal_basis=basis,
        nested_placeholder=nested["placeholder"],
        nested=_citation(nested),
        plan_code=cites["plan_code"],
        request_codes=tuple(cites["request_codes"]),
        surnames=tuple(data["names"]["surnames"]),
        middle=tuple(data["names"]["middle"]),
        given=tuple(data["names"]["given"]),
        assessment=tuple(data["boilerplate"]["assessment"]),
        tasks=tuple(data["boilerplate"]["tasks"]),
        online_targets=tuple(int(t) for t in data["online_submission"]["targets"]),
        online_target_phrases=tuple(data["online_submission"]["phrases"]),
        rates=tuple(TargetedRate(r["metric"], r["phrase"], r["low"], r["op"], r["target"]) for r in data["rates"]),
        index_766=tuple(Score766(s["metric"], s["phrase"], s["max"]) for s in data["index_766"]),
        centre_signature=_signature(data["signature"]["centre"]),
        committee_signature=_signature(data["signature"]["committee"]),
        table_head=head,
    )


@cache
def load_phrasing(path: Path = DATA) -> Phrasing:
    """The phrasing tables of ``path`` (read once); a ValueError naming the file when it is unusable."""
    try:
        return parse_phrasing(tomllib.loads(Path(path).read_text(encoding="utf-8")))
    except OSError as exc:
        raise ValueError(f"{path}: cannot read the generator's phrasing tables: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"{path}: not valid TOML: {exc}") from exc
    except KeyError as exc:
        raise ValueError(f"{path}: missing table or key {exc}; see the comments in corpus/data/generator.toml") from exc
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{path}: {exc}") from exc
