"""Evaluation against the gold corpus (corpus/gold/*.json, format in corpus/GOLD.md).

For each gold file the pipeline reads the seed (and, when asked and present, its DOCX/PDF
renderings in corpus/rendered/), extracts facts, and the predictions are matched one-to-one to
the gold facts. Spans are compared in a space every rendering shares: the count of
non-whitespace characters before an offset (combining marks not counted, so NFC and NFD text
agree). A prediction matches a gold fact when the type is the same, the mapped spans overlap
and the key fields are equal:

- reference: ``id`` (NFC, spaces removed, dashes unified) and ``date``
- period: ``start`` and ``end``
- count: ``metric``, ``value`` and ``scope`` (case- and space-insensitive; null == null)
- indicator: ``metric``, ``value`` (|diff| < 1e-6) and ``target``

Precision, recall and F1 are micro-averaged over documents, per fact type, per format; a
"span-only" score (type and overlap only) helps tell a wrong reading from a missed mention.
Document fields (unit, issuer, number, date, title, kind, period, signer) are scored as equal
after whitespace normalisation; a null gold field with a null prediction is not counted, and
the unit's ``code`` is compared only when the gold gives one.

Counts with metric ``other`` are optional both ways (the contract says such figures "may be
emitted"): a predicted one that matches no gold fact is not spurious, and a gold one that nothing
predicted is not missed; a prediction overlapping a gold fact is still scored on its fields.

``evaluate()`` measures; it never raises for a bad document (the error is recorded) and the
CLI exits 0 whatever the scores.
"""

from __future__ import annotations

import bisect
import json
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FACT_TYPES = ("reference", "period", "count", "indicator")
DOC_FIELDS = ("unit", "issuer", "number", "date", "title", "kind", "period", "signer")
FORMATS = ("txt", "docx", "pdf")
DASHES = re.compile(r"[\u2010-\u2015\u2212]")
SPACES = re.compile(r"\s+")

# A predictor takes a file path and returns (document text, output line of docs/spec/output.md).
Predictor = Callable[[Path], tuple[str, dict]]


# --- scores -------------------------------------------------------------------------------


@dataclass
class Score:
    """True positives, false positives, false negatives; P/R/F1 derived."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_json(self) -> dict:
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


@dataclass
class Report:
    """Scores of every format over every gold document."""

    corpus_dir: str
    documents: list[DocResult] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # "000_….docx: not rendered"

    def formats(self) -> list[str]:
        return list(dict.fromkeys(d.format for d in self.documents))

    def _sum(self, fmt: str, attr: str, keys: Sequence[str]) -> dict[str, Score]:
        out = {k: Score() for k in keys}
        for d in self.documents:
            if d.format == fmt:
                for k in keys:
                    out[k].add(getattr(d, attr)[k])
        return out

    def types(self, fmt: str) -> dict[str, Score]:
        scores = self._sum(fmt, "types", FACT_TYPES)
        scores["all"] = _total(scores.values())
        return scores

    def span_only(self, fmt: str) -> dict[str, Score]:
        scores = self._sum(fmt, "span_only", FACT_TYPES)
        scores["all"] = _total(scores.values())
        return scores

    def fields(self, fmt: str) -> dict[str, Score]:
        scores = self._sum(fmt, "fields", DOC_FIELDS)
        scores["all"] = _total(scores.values())
        return scores

    def to_json(self) -> dict:
        return {
            "corpus": self.corpus_dir,
            "formats": {
                fmt: {
                    "types": {k: s.to_json() for k, s in self.types(fmt).items()},
                    "span_only": {k: s.to_json() for k, s in self.span_only(fmt).items()},
                    "fields": {k: s.to_json() for k, s in self.fields(fmt).items()},
                }
                for fmt in self.formats()
            },
            "documents": [d.to_json() for d in self.documents],
            "skipped": self.skipped,
        }

    def format_table(self, *, verbose: bool = False, limit: int = 15) -> str:
        """The readable report: per format, a table per fact type and per document field, then
        what was missed and what was spurious (the first ``limit`` of each unless verbose)."""
        lines = [f"baocao eval {self.corpus_dir}: {len({d.doc for d in self.documents})} gold documents"]
        for fmt in self.formats():
            lines.append("")
            lines.append(f"== {fmt}")
            lines.append(f"  {'fact type':<12}{'tp':>6}{'fp':>6}{'fn':>6}{'P':>8}{'R':>8}{'F1':>8}   {'span-only F1':>12}")
            span = self.span_only(fmt)
            for name, s in self.types(fmt).items():
                lines.append(f"  {name:<12}{s.tp:>6}{s.fp:>6}{s.fn:>6}{s.precision:>8.3f}{s.recall:>8.3f}"
                             f"{s.f1:>8.3f}   {span[name].f1:>12.3f}")
            lines.append(f"  {'doc field':<12}{'tp':>6}{'fp':>6}{'fn':>6}{'P':>8}{'R':>8}{'F1':>8}")
            for name, s in self.fields(fmt).items():
                lines.append(f"  {name:<12}{s.tp:>6}{s.fp:>6}{s.fn:>6}{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}")
            docs = [d for d in self.documents if d.format == fmt]
            for d in docs:
                if d.error:
                    lines.append(f"  error {d.doc}: {d.error}")
            for title, attr in (("missed", "missed"), ("spurious", "spurious")):
                items = [m for d in docs for m in getattr(d, attr)]
                if not items:
                    continue
                lines.append(f"  -- {title} ({len(items)})")
                for m in items if verbose else items[:limit]:
                    lines.append(f"  {m.doc[:3]} {m.type:<10}{m.span[0]:>6}  {m.text!r:<34} {m.reason}")
                if not verbose and len(items) > limit:
                    lines.append(f"  … {len(items) - limit} more (--verbose)")
            diffs = [(d.doc, x) for d in docs for x in d.field_diffs]
            if diffs:
                lines.append(f"  -- document fields wrong ({len(diffs)})")
                for doc, x in diffs if verbose else diffs[:limit]:
                    lines.append(f"  {doc[:3]} {x['field']:<8} gold {x['gold']!r}, got {x['got']!r}")
        if self.skipped:
            lines.append("")
            lines.append("skipped: " + "; ".join(self.skipped))
        return "\n".join(lines) + "\n"


def _total(scores: Iterable[Score]) -> Score:
    out = Score()
    for s in scores:
        out.add(s)
    return out


# --- spans across renderings --------------------------------------------------------------


def nonspace_index(text: str) -> list[int]:
    """``idx[i]`` = number of counted characters in ``text[:i]`` (len(text)+1 entries).

    Counted: everything but whitespace and combining marks, so the same report read from TXT,
    DOCX or PDF (other line breaks, other spacing, NFC or NFD) gives the same numbers.
    """
    idx = [0] * (len(text) + 1)
    n = 0
    for i, ch in enumerate(text):
        idx[i] = n
        if not ch.isspace() and not unicodedata.combining(ch):
            n += 1
    idx[len(text)] = n
    return idx


def map_span(idx: list[int], span: Sequence[int]) -> tuple[int, int]:
    """A ``[start, end)`` character span to the shared non-whitespace coordinate."""
    s, e = int(span[0]), int(span[1])
    s = max(0, min(s, len(idx) - 1))
    e = max(s, min(e, len(idx) - 1))
    return idx[s], idx[e]


def to_text_offset(idx: list[int], k: int, *, end: bool = False) -> int:
    """Inverse of map_span: the offset of the ``k``-th counted character (a start), or with
    ``end`` the offset just after the ``k``-th one (so neither takes in surrounding whitespace)."""
    if end:
        return bisect.bisect_left(idx, k)
    return max(0, bisect.bisect_right(idx, k) - 1)


def counted_chars(text: str) -> str:
    """The characters ``nonspace_index`` counts, in order."""
    return "".join(ch for ch in text if not ch.isspace() and not unicodedata.combining(ch))


def align_spans(gold_text: str, spans: Sequence[Sequence[int]], pred_text: str, *, window: int = 400,
                contexts: Sequence[int] = (24, 12, 6, 0)) -> list[tuple[int, int]]:
    """Gold spans (offsets into ``gold_text``) in the non-whitespace coordinate of ``pred_text``.

    The count of non-whitespace characters maps a span from one rendering to another as long as
    both hold the same characters; where a rendering drops or adds some (markup ``**`` dropped by
    the DOCX, a page number added by the PDF), the count drifts. Each span is therefore re-anchored:
    the fact's text with ``c`` counted characters of context on each side is looked up in the
    prediction's counted text near the expected place (nearest hit within ``window``), with
    shorter contexts tried in turn; a span that cannot be re-anchored keeps its plain count.
    """
    gidx = nonspace_index(gold_text)
    gchars, pchars = counted_chars(gold_text), counted_chars(pred_text)
    out = []
    for span in spans:
        a, b = map_span(gidx, span)
        if gchars == pchars or pchars[a:b] == gchars[a:b] and pchars[max(0, a - 6):a] == gchars[max(0, a - 6):a]:
            out.append((a, b))
            continue
        for c in contexts:
            lo, hi = max(0, a - c), min(len(gchars), b + c)
            needle = gchars[lo:hi]
            if not needle:
                continue
            best = None
            start = max(0, lo - window)
            i = pchars.find(needle, start, lo + window + len(needle))
            while i != -1:
                if best is None or abs(i - lo) < abs(best - lo):
                    best = i
                i = pchars.find(needle, i + 1, lo + window + len(needle))
            if best is not None:
                shift = best - lo
                out.append((a + shift, b + shift))
                break
        else:
            out.append((a, b))
    return out


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    lo, hi = max(a[0], b[0]), min(a[1], b[1])
    if a[0] == a[1] or b[0] == b[1]:  # an empty span overlaps only at the same point
        return 1 if a[0] == b[0] else 0
    return hi - lo if hi > lo else 0


# --- key fields ---------------------------------------------------------------------------


def _norm_id(value: Any) -> str | None:
    if value is None:
        return None
    return DASHES.sub("-", unicodedata.normalize("NFC", str(value))).replace(" ", "")


def _norm_scope(value: Any) -> str | None:
    if value is None:
        return None
    text = SPACES.sub(" ", unicodedata.normalize("NFC", str(value))).strip().casefold()
    return text or None


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
            ov = _overlap(gs, ps)
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


# --- running the pipeline -----------------------------------------------------------------


def pipeline_predictor(only: Sequence[str] | None = None) -> Predictor:
    """The default predictor: the project's reader and extractors."""

    def predict(path: Path) -> tuple[str, dict]:
        from baocao.pipeline import extract_document
        from extract.readers import read_document

        document = read_document(path)
        return document.text, extract_document(document, only).to_json()

    return predict


def load_gold(path: str | Path) -> tuple[dict, str]:
    """A gold file and the NFC text of its seed (the text its spans index)."""
    path = Path(path)
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValueError(f"{path}: cannot read gold file: {exc}") from exc
    seed = path.resolve().parent.parent / gold["seed"]
    text = unicodedata.normalize("NFC", seed.read_text(encoding="utf-8"))
    return gold, text


def evaluate_document(gold: dict, gold_text: str, path: Path, fmt: str, predict: Predictor,
                      *, doc: str) -> DocResult:
    """Run ``predict`` on one rendering of a gold document and score it; never raises."""
    result = DocResult(doc=doc, format=fmt)
    try:
        pred_text, line = predict(path)
    except Exception as exc:  # a measuring tool: record and go on
        pred_text, line = "", {"error": f"{path}: {type(exc).__name__}: {exc}", "facts": [], "document": None}
    if line.get("error"):
        result.error = str(line["error"])
    score_facts(result, gold.get("facts", []), gold_text, line.get("facts") or [], pred_text)
    score_fields(result, gold.get("document") or {}, line.get("document"))
    return result


def evaluate(corpus_dir: str | Path, *, formats: Sequence[str] = ("txt",), only: Sequence[str] | None = None,
             docs: Sequence[str] | None = None, predict: Predictor | None = None) -> Report:
    """Score the pipeline against every gold file of ``corpus_dir/gold``.

    ``formats``: which renderings to read (``txt`` is the seed itself; ``docx``/``pdf`` are
    ``corpus_dir/rendered/<stem>.<fmt>``, skipped when absent). ``only``: extractor names to run
    (as ``baocao extract --only``). ``docs``: gold file stems or prefixes to keep (``000``).
    ``predict``: a replacement for the pipeline (tests use it).
    """
    corpus = Path(corpus_dir)
    predict = predict or pipeline_predictor(only)
    report = Report(corpus_dir=str(corpus_dir))
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown format(s) {', '.join(unknown)}: expected {', '.join(FORMATS)}")
    for gold_path in sorted((corpus / "gold").glob("*.json")):
        stem = gold_path.stem
        if docs and not any(stem.startswith(d) for d in docs):
            continue
        gold, gold_text = load_gold(gold_path)
        for fmt in formats:
            path = corpus / gold["seed"] if fmt == "txt" else corpus / "rendered" / f"{stem}.{fmt}"
            if not path.exists():
                report.skipped.append(f"{stem}.{fmt}: not present")
                continue
            report.documents.append(evaluate_document(gold, gold_text, path, fmt, predict, doc=stem))
    return report
