"""The scores of a whole evaluation: sums per format, the JSON form and the readable table."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from baocao.evaluation.scoring import DOC_FIELDS, FACT_TYPES, DocResult, Score


@dataclass
class Report:
    """Scores of every format over every gold document."""

    corpus_dir: str
    documents: list[DocResult] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # "000_….docx: not rendered"

    def formats(self) -> list[str]:
        """The formats read, in the order first seen."""
        return list(dict.fromkeys(d.format for d in self.documents))

    def _sum(self, fmt: str, attr: str, keys: Sequence[str]) -> dict[str, Score]:
        out = {k: Score() for k in keys}
        for d in self.documents:
            if d.format == fmt:
                for k in keys:
                    out[k].add(getattr(d, attr)[k])
        return out

    def types(self, fmt: str) -> dict[str, Score]:
        """Fact scores of ``fmt`` summed over documents, per fact type and ``all``."""
        scores = self._sum(fmt, "types", FACT_TYPES)
        scores["all"] = _total(scores.values())
        return scores

    def span_only(self, fmt: str) -> dict[str, Score]:
        """Span-only scores (type and overlap, key fields ignored) of ``fmt``, per fact type and ``all``."""
        scores = self._sum(fmt, "span_only", FACT_TYPES)
        scores["all"] = _total(scores.values())
        return scores

    def fields(self, fmt: str) -> dict[str, Score]:
        """Document-field scores of ``fmt``, per field and ``all``."""
        scores = self._sum(fmt, "fields", DOC_FIELDS)
        scores["all"] = _total(scores.values())
        return scores

    def to_json(self) -> dict:
        """The JSON form (``baocao eval --json``): scores per format, then every document."""
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
        what was missed and what was spurious (the first ``limit`` of each unless verbose; none at all with
        ``limit=0``: the numbers of a sealed set, whose misses nobody tuning the extractors may read)."""
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
            if limit == 0 and not verbose:
                continue
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
