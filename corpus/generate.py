"""Synthetic báo cáo with their gold facts, for benchmarks and recall checks at scale.

    python -m corpus.generate --out DIR --n N --seed S --formats txt,docx,pdf [--inconsistent RATE]

writes DIR the way corpus/ is laid out, so ``baocao eval DIR`` scores the pipeline on it:

- ``DIR/seeds/<stem>.txt``: the report (blocks separated by blank lines, tables tab-separated);
- ``DIR/gold/<stem>.json``: its facts in the format of corpus/GOLD.md (spans into the TXT text)
  plus ``expected_warnings`` (the validation codes the report must raise: none unless an error
  was injected) and ``injected`` (what was changed);
- ``DIR/rendered/<stem>.docx`` / ``.pdf``: the same report drawn by corpus.render.

A report: a real unit of the official list (normalize.units), the official header, "BÁO CÁO" and
a title naming a period, an optional stated window, "Căn cứ" citations, dossier counts with their
"trong đó" breakdowns, rates with targets, the Bộ chỉ số 766 scores, the signature block and an
appendix Biểu 06 table. Figures are consistent (the identities of docs/spec/metrics.md hold and
every percentage is recomputed from the counts it is stated with) unless ``--inconsistent RATE``
injects one known error into that share of the reports.

Generation is seeded per document (``random.Random(f"{seed}:{index}")``): the same seed gives
identical TXT bytes, and document i does not depend on N. The facts are recorded while the text
is written (:class:`TextBuilder`), so spans are exact by construction.

This module is the driver (:func:`generate`, the command line); the report itself is built by
the :mod:`corpus.generator` package (one module per idea) from the phrasing tables of
``corpus/data/generator.toml``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from corpus.generator.builder import Citation, TextBuilder
from corpus.generator.figures import COLUMNS, Dossiers, NumberStyle, make_dossiers, random_style
from corpus.generator.periods import ROMAN, Period, next_phrase, pick_period, written_date
from corpus.generator.phrasing import Phrasing, load_phrasing
from corpus.generator.plan import ReportPlan, draw_plan
from corpus.generator.report import EXPECTED_CODES, INJECTIONS, Report, build_report, corrupt_percent
from corpus.gold_tool import dump

if TYPE_CHECKING:
    from corpus.rendering.layout import Layout

__all__ = [
    "COLUMNS", "EXPECTED_CODES", "FORMATS", "INJECTIONS", "ROMAN", "Citation", "Dossiers", "NumberStyle",
    "Period", "Phrasing", "Report", "ReportPlan", "TextBuilder", "build_report", "choose_injections",
    "corrupt_percent", "draw_plan", "generate", "layout_of", "load_phrasing", "main", "make_dossiers",
    "next_phrase", "pick_period", "random_style", "written_date",
]

FORMATS = ("txt", "docx", "pdf")

#: the phrasing tables under the names they had when they were constants of this module
_TABLES = {
    "FIELDS": lambda p: p.fields, "FIELD_WEIGHT": lambda p: p.field_weight,
    "LEGAL_BASIS": lambda p: p.legal_basis, "ONE_STOP": lambda p: p.nested,
    "SURNAMES": lambda p: p.surnames, "MIDDLE": lambda p: p.middle, "GIVEN": lambda p: p.given,
    "ASSESSMENT": lambda p: p.assessment, "TASKS": lambda p: p.tasks,
    "INDEX_766": lambda p: tuple((s.metric, s.phrase, s.max) for s in p.index_766),
    "TABLE_HEAD": lambda p: p.table_head,
}


def __getattr__(name: str):  # PEP 562: the tables are read from generator.toml on first use
    if name in _TABLES:
        return _TABLES[name](load_phrasing())
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# ------------------------------------------------------------------------------------ writing


def layout_of(report: Report) -> Layout:
    """The report as a corpus.render Layout (header columns as written above the title)."""
    from corpus.render import parse_seed

    return parse_seed(report.text)


def choose_injections(seed: int, n: int, rate: float) -> list[str | None]:
    """Which error (if any) each of the first ``n`` reports of ``seed`` gets: a share ``rate`` of
    them one of :data:`INJECTIONS`, drawn from its own stream so report i does not depend on n."""
    rng = random.Random(f"{seed}:inject")
    return [rng.choice(INJECTIONS) if rng.random() < rate else None for _ in range(n)]


def generate(out: str | Path, n: int, seed: int = 0, *, formats: Sequence[str] = ("txt",),
             inconsistent: float = 0.0, docx_max: int | None = None, pdf_max: int | None = None,
             start: int = 0) -> list[Report]:
    """Write ``n`` reports under ``out`` (seeds/, gold/, rendered/); returns them.

    ``docx_max`` / ``pdf_max``: render only the first so many reports in that format (PDF
    rendering dominates the time). ``start``: index of the first report (for adding to a corpus).
    """
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown format(s) {', '.join(unknown)}: expected {', '.join(FORMATS)}")
    out = Path(out)
    for sub in ("seeds", "gold") + (("rendered",) if set(formats) & {"docx", "pdf"} else ()):
        (out / sub).mkdir(parents=True, exist_ok=True)
    injections = choose_injections(seed, start + n, inconsistent)[start:]
    reports = []
    for k, inject in enumerate(injections):
        report = build_report(seed, start + k, inject)
        reports.append(report)
        (out / "seeds" / f"{report.stem}.txt").write_bytes(report.text.encode("utf-8"))
        (out / "gold" / f"{report.stem}.json").write_text(dump(report.gold), encoding="utf-8")
        wants_docx = "docx" in formats and (docx_max is None or k < docx_max)
        wants_pdf = "pdf" in formats and (pdf_max is None or k < pdf_max)
        if wants_docx or wants_pdf:
            from corpus.render import render_docx, render_pdf

            layout = layout_of(report)
            if wants_docx:
                render_docx(layout, out / "rendered" / f"{report.stem}.docx", title=report.stem)
            if wants_pdf:
                render_pdf(layout, out / "rendered" / f"{report.stem}.pdf", title=report.stem)
    return reports


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m corpus.generate``: write a corpus, print a JSON summary to stderr; returns 0."""
    parser = argparse.ArgumentParser(prog="python -m corpus.generate", description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True, help="output folder (seeds/, gold/, rendered/ inside)")
    parser.add_argument("--n", type=int, default=20, help="number of reports")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--formats", default="txt", help="comma-separated: txt,docx,pdf (TXT is always written)")
    parser.add_argument("--inconsistent", type=float, default=0.0, metavar="RATE",
                        help="share of reports with one injected error (expected_warnings in the gold)")
    parser.add_argument("--docx-max", type=int, default=None, help="render DOCX for the first N reports only")
    parser.add_argument("--pdf-max", type=int, default=None, help="render PDF for the first N reports only")
    args = parser.parse_args(argv)
    if not 0.0 <= args.inconsistent <= 1.0:
        parser.error("--inconsistent RATE must be between 0 and 1")
    formats = tuple(f.strip() for f in args.formats.split(",") if f.strip())
    started = time.perf_counter()
    try:
        reports = generate(args.out, args.n, args.seed, formats=formats, inconsistent=args.inconsistent,
                           docx_max=args.docx_max, pdf_max=args.pdf_max)
    except ValueError as exc:
        parser.error(str(exc))
    injected = sum(1 for r in reports if r.gold["expected_warnings"])
    print(json.dumps({"out": str(args.out), "reports": len(reports), "injected": injected,
                      "seconds": round(time.perf_counter() - started, 2)}), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
