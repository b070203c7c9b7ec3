"""Running the evaluation: the pipeline (or another predictor) on every rendering of every gold
document, each scored by :mod:`baocao.evaluation.scoring`."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

from baocao.evaluation.report import Report
from baocao.evaluation.scoring import DocResult, score_facts, score_fields

FORMATS = ("txt", "docx", "pdf")

# A predictor takes a file path and returns (document text, output line of docs/spec/output.md).
Predictor = Callable[[Path], tuple[str, dict]]


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
