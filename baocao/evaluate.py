"""Evaluation against the gold corpus (corpus/gold/*.json, format in corpus/GOLD.md).

For each gold file the pipeline reads the seed (and, when asked and present, its DOCX/PDF
renderings in corpus/rendered/), extracts facts, and the predictions are matched one-to-one to
the gold facts. Spans are compared in a space every rendering shares: the count of
non-whitespace characters before an offset (combining marks not counted, so NFC and NFD text
agree). A prediction matches a gold fact when the type is the same, the mapped spans overlap
and the key fields are equal:

- reference: ``id`` (NFC, spaces removed, dashes unified) and ``date``
- period: ``start`` and ``end``
- count: ``metric``, ``value`` and ``scope`` (case- and space-insensitive, a leading "lĩnh vực" ignored; null == null)
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

from baocao.evaluation.report import Report
from baocao.evaluation.run import (
    FORMATS,
    Predictor,
    evaluate,
    evaluate_document,
    load_gold,
    pipeline_predictor,
)
from baocao.evaluation.scoring import (
    DASHES,
    DOC_FIELDS,
    FACT_TYPES,
    SPACES,
    DocResult,
    Miss,
    Score,
    key_differences,
    score_facts,
    score_fields,
)
from baocao.evaluation.spans import (
    align_spans,
    counted_chars,
    map_span,
    nonspace_index,
    overlap,
    to_text_offset,
)

__all__ = [
    "DASHES", "DOC_FIELDS", "FACT_TYPES", "FORMATS", "SPACES", "DocResult", "Miss", "Predictor", "Report", "Score",
    "align_spans", "counted_chars", "evaluate", "evaluate_document", "key_differences", "load_gold", "map_span",
    "nonspace_index", "overlap", "pipeline_predictor", "score_facts", "score_fields", "to_text_offset",
]
