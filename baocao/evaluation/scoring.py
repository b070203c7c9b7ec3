"""Scoring one document: predicted facts matched one-to-one to gold facts, document fields
compared (the rules are in the doc of :mod:`baocao.evaluate`)."""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from baocao.evaluation.spans import align_spans, map_span, nonspace_index, overlap

FACT_TYPES = ("reference", "period", "count", "indicator")
DOC_FIELDS = ("unit", "issuer", "number", "date", "title", "kind", "period", "signer")
DASHES = re.compile(r"[\u2010-\u2015\u2212]")
SPACES = re.compile(r"\s+")


@dataclass
class Score:
    """True positives, false positives, false negatives; P/R/F1 derived."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """tp / (tp + fp); 0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn); 0 when there was nothing to find."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        """Add ``other``'s counts to this one."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_json(self) -> dict:
        """Counts and P/R/F1 rounded to 4 places."""
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass(frozen=True)
class Miss:
    """A gold fact not found (``missed``) or a prediction with no gold fact (``spurious``)."""

    doc: str
    format: str
    type: str
    text: str
    span: tuple[int, int]
    reason: str

    def to_json(self) -> dict:
        """The JSON form of the miss."""
        return {"doc": self.doc, "format": self.format, "type": self.type, "text": self.text,
                "span": list(self.span), "reason": self.reason}


@dataclass
class DocResult:
    """One gold document read in one format."""

    doc: str
    format: str
    types: dict[str, Score] = field(default_factory=lambda: {t: Score() for t in FACT_TYPES})
    span_only: dict[str, Score] = field(default_factory=lambda: {t: Score() for t in FACT_TYPES})
    fields: dict[str, Score] = field(default_factory=lambda: {f: Score() for f in DOC_FIELDS})
    field_diffs: list[dict] = field(default_factory=list)
    missed: list[Miss] = field(default_factory=list)
    spurious: list[Miss] = field(default_factory=list)
    ignored: int = 0  # unmatched predicted counts with metric "other"
    optional_missed: int = 0  # gold counts with metric "other" that nothing predicted
    error: str | None = None

    def to_json(self) -> dict:
        """The JSON form of the document's result."""
        return {
            "doc": self.doc, "format": self.format, "error": self.error,
            "types": {t: s.to_json() for t, s in self.types.items()},
            "span_only": {t: s.to_json() for t, s in self.span_only.items()},
            "fields": {f: s.to_json() for f, s in self.fields.items()},
            "field_diffs": self.field_diffs,
            "missed": [m.to_json() for m in self.missed],
            "spurious": [m.to_json() for m in self.spurious],
            "ignored_other_counts": self.ignored,
            "optional_other_counts_missed": self.optional_missed,
        }


# --- key fields ---------------------------------------------------------------------------


def _norm_id(value: Any) -> str | None:
    if value is None:
        return None
    return DASHES.sub("-", unicodedata.normalize("NFC", str(value))).replace(" ", "")


#: "lĩnh vực đất đai" and "đất đai" name the same field: the generic head word is not part of the name
_FIELD_WORD = re.compile(r"^(?:lĩnh vực|linh vuc)\s+")


def _norm_scope(value: Any) -> str | None:
    """Scopes compare case-, space- and NFC-insensitively, with a leading "lĩnh vực" ignored."""
    if value is None:
        return None
    text = SPACES.sub(" ", unicodedata.normalize("NFC", str(value))).strip().casefold()
    return _FIELD_WORD.sub("", text) or None


def _norm_target(value: Any) -> tuple[str, float] | None:
    if not value:
        return None
    return (str(value.get("op")), float(value.get("value")))


def _same_number(a: Any, b: Any) -> bool:
    try:
        return math.isclose(float(a), float(b), rel_tol=0.0, abs_tol=1e-6)
    except (TypeError, ValueError):
        return a == b


def key_differences(gold: dict, pred: dict) -> list[str]:
    """The key fields on which a prediction differs from a gold fact of the same type."""
    kind = gold["type"]
    diffs: list[str] = []

    def differ(name: str, g: Any, p: Any) -> None:
        diffs.append(f"{name} differs: gold {g}, got {p}")

    if kind == "reference":
        if _norm_id(gold.get("id")) != _norm_id(pred.get("id")):
            differ("id", gold.get("id"), pred.get("id"))
        if gold.get("date") != pred.get("date"):
            differ("date", gold.get("date"), pred.get("date"))
    elif kind == "period":
        for name in ("start", "end"):
            if gold.get(name) != pred.get(name):
                differ(name, gold.get(name), pred.get(name))
    elif kind in ("count", "indicator"):
        if gold.get("metric") != pred.get("metric"):
            differ("metric", gold.get("metric"), pred.get("metric"))
        if not _same_number(gold.get("value"), pred.get("value")):
            differ("value", gold.get("value"), pred.get("value"))
        if kind == "count" and _norm_scope(gold.get("scope")) != _norm_scope(pred.get("scope")):
            differ("scope", gold.get("scope"), pred.get("scope"))
        if kind == "indicator" and _norm_target(gold.get("target")) != _norm_target(pred.get("target")):
            differ("target", gold.get("target"), pred.get("target"))
    return diffs


# --- matching -----------------------------------------------------------------------------


def _match(gold: list[tuple[int, int]], pred: list[tuple[int, int]], ok: Callable[[int, int], bool]
           ) -> dict[int, int]:
    """One-to-one gold->pred assignment among overlapping pairs for which ``ok`` holds,
    largest overlap first, then document order."""
    pairs = []
    for gi, gs in enumerate(gold):
        for pi, ps in enumerate(pred):
            ov = overlap(gs, ps)
            if ov and ok(gi, pi):
                pairs.append((-ov, abs(gs[0] - ps[0]), gi, pi))
    pairs.sort()
    used_g: dict[int, int] = {}
    used_p: set[int] = set()
    for _, _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g[gi] = pi
            used_p.add(pi)
    return used_g


def score_facts(result: DocResult, gold_facts: list[dict], gold_text: str,
                pred_facts: list[dict], pred_text: str) -> None:
    """Match one document's predicted facts to its gold facts; fill ``result`` in place."""
    pidx = nonspace_index(pred_text)
    aligned = align_spans(gold_text, [f["span"] for f in gold_facts], pred_text)
    for kind in FACT_TYPES:
        gold = [f for f in gold_facts if f.get("type") == kind]
        pred = [f for f in pred_facts if f.get("type") == kind]
        gspans = [aligned[i] for i, f in enumerate(gold_facts) if f.get("type") == kind]
        pspans = [map_span(pidx, f["span"]) for f in pred]

        full = _match(gspans, pspans, lambda gi, pi, g=gold, p=pred: not key_differences(g[gi], p[pi]))
        spans = _match(gspans, pspans, lambda gi, pi: True)
        result.span_only[kind].tp += len(spans)
        result.span_only[kind].fn += len(gold) - len(spans)
        result.span_only[kind].fp += len(pred) - len(spans)

        matched_p = set(full.values())
        left_g = [gi for gi in range(len(gold)) if gi not in full]
        left_p = [pi for pi in range(len(pred)) if pi not in matched_p]
        # explain each unmatched gold fact by the overlapping leftover prediction, if any
        near = _match([gspans[gi] for gi in left_g], [pspans[pi] for pi in left_p], lambda a, b: True)
        explained = {left_p[b]: left_g[a] for a, b in near.items()}
        reason_g = {left_g[a]: "span matched, " + ("; ".join(key_differences(gold[left_g[a]], pred[left_p[b]]))
                                                   or "its match went to another gold fact")
                    for a, b in near.items()}

        score = result.types[kind]
        score.tp += len(full)
        for gi in left_g:
            f = gold[gi]
            if kind == "count" and f.get("metric") == "other" and gi not in reason_g:
                result.optional_missed += 1  # "may be emitted with metric other": not a miss
                continue
            score.fn += 1
            result.missed.append(Miss(result.doc, result.format, kind, f.get("text", ""), tuple(f["span"]),
                                      reason_g.get(gi, "not found") + _describe(f)))
        for pi in left_p:
            f = pred[pi]
            if kind == "count" and f.get("metric") == "other" and pi not in explained:
                result.ignored += 1
                continue
            score.fp += 1
            why = (f"overlaps gold {gold[explained[pi]].get('text')!r}" if pi in explained
                   else "no gold fact here")
            result.spurious.append(Miss(result.doc, result.format, kind, f.get("text", ""), tuple(f["span"]),
                                        why + _describe(f)))


def _describe(fact: dict) -> str:
    kind = fact.get("type")
    if kind == "reference":
        return f" [{fact.get('id')} {fact.get('date')}]"
    if kind == "period":
        return f" [{fact.get('start')}..{fact.get('end')}]"
    scope = f" @{fact.get('scope')}" if fact.get("scope") else ""
    return f" [{fact.get('metric')}={fact.get('value')}{scope}]"


def _norm_field(name: str, value: Any, gold: Any = None) -> Any:
    if value is None:
        return None
    if isinstance(value, dict):
        keys = sorted(value)
        if name == "unit" and isinstance(gold, dict) and gold.get("code") is None:
            keys = [k for k in keys if k != "code"]
        items = {k: _norm_field(k, value.get(k)) for k in keys}
        return None if all(v is None for v in items.values()) else json.dumps(items, ensure_ascii=False)
    text = SPACES.sub(" ", unicodedata.normalize("NFC", str(value))).strip()
    return text or None


def score_fields(result: DocResult, gold_doc: dict, pred_doc: dict | None) -> None:
    """Score the ``document`` object field by field (see the module doc)."""
    pred_doc = pred_doc or {}
    for name in DOC_FIELDS:
        g = _norm_field(name, gold_doc.get(name), gold_doc.get(name))
        p = _norm_field(name, pred_doc.get(name), gold_doc.get(name))
        s = result.fields[name]
        if g is None and p is None:
            continue
        if g == p:
            s.tp += 1
            continue
        if g is not None:
            s.fn += 1
        if p is not None:
            s.fp += 1
        result.field_diffs.append({"field": name, "gold": gold_doc.get(name), "got": pred_doc.get(name)})
