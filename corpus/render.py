"""Render the seed reports as DOCX and PDF, laid out like real báo cáo.

Run ``python -m corpus.render`` to (re)write ``corpus/rendered/<stem>.docx`` and ``.pdf``.
The outputs are committed so tests never need LibreOffice; rendering twice gives identical
bytes (fixed metadata dates, reportlab's invariant mode, fixed ZIP timestamps).

The building blocks are public for the synthetic-report generator (they live in the
:mod:`corpus.rendering` package, one module each, and are re-exported here):

- :func:`parse_seed` turns a seed's text into a :class:`Layout` (header columns, blocks)
  (:mod:`corpus.rendering.layout`);
- :func:`render_docx` and :func:`render_pdf` draw a Layout (:mod:`corpus.rendering.docx_writer`,
  :mod:`corpus.rendering.pdf_writer`).

Inline ``**bold**`` and ``*italic*`` in the text are formatting (the seeds came through a
Markdown conversion), not text: :func:`strip_emphasis` gives the text a reader should find.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from corpus.rendering.docx_writer import FIXED_DATE, render_docx
from corpus.rendering.layout import (
    BlockKind,
    Layout,
    LayoutBlock,
    TableLayout,
    emphasis_runs,
    parse_seed,
    strip_emphasis,
)
from corpus.rendering.pdf_writer import FONTS, render_pdf

__all__ = [
    "FIXED_DATE", "FONTS", "RENDERED", "ROOT", "SEEDS", "BlockKind", "Layout", "LayoutBlock", "TableLayout",
    "emphasis_runs", "main", "parse_seed", "render_docx", "render_pdf", "render_seed", "strip_emphasis",
]

ROOT = Path(__file__).resolve().parent
SEEDS = ROOT / "seeds"
RENDERED = ROOT / "rendered"


def render_seed(seed: Path, out_dir: Path = RENDERED) -> tuple[Path, Path]:
    """Render one seed to ``<out_dir>/<stem>.docx`` and ``.pdf``; returns both paths."""
    layout = parse_seed(seed.read_text(encoding="utf-8"))
    out_dir.mkdir(parents=True, exist_ok=True)
    docx_path, pdf_path = out_dir / f"{seed.stem}.docx", out_dir / f"{seed.stem}.pdf"
    render_docx(layout, docx_path, title=seed.stem)
    render_pdf(layout, pdf_path, title=seed.stem)
    return docx_path, pdf_path


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m corpus.render [SEED.txt ...]``: render the given seeds (default: all of
    corpus/seeds) into corpus/rendered/, printing each path written; returns 0."""
    seeds = [Path(a) for a in (argv if argv is not None else sys.argv[1:])] or sorted(SEEDS.glob("*.txt"))
    for seed in seeds:
        for path in render_seed(seed):
            print(path.relative_to(ROOT.parent) if path.is_relative_to(ROOT.parent) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
