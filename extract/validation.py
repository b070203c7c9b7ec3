"""Validation: which figures of a report do not add up. Never alters a value; it reports.

Runs after the extractors, on the facts and the report metadata, and returns warnings with a
stable ``code``, a message a person understands, and the spans involved. The checks:

- ``identity_failed``: the identities of docs/spec/metrics.md among the figures of one
  statement (a total and the breakdown that follows it, or one row of a table), with the
  variants real reports use; the message says which variants were tried.
- ``percent_mismatch``: a percentage recomputed from its own counts (``4.900/4.900 … đạt
  100%``; ``3985 hồ sơ đạt 99,72%`` over the resolved total) differs beyond rounding
  (:mod:`extract.validation_rates`).
- ``period_contradicts_title``: a stated range far from the title's named period (a
  ``Quý II năm 2026`` report whose figures run ``từ ngày 15/03/2025``).
- ``period_end_before_start`` and ``date_after_report``.
- ``reference_type_mismatch`` (``Quyết định số 478/KH-UBND``) and ``reference_impossible_date``
  (a date that cannot exist, or a normative document dated before its own year).
- ``table_text_mismatch``: the appendix table's totals against the same figures in the text.
- ``number_irregular``: a count written with a broken thousands group (``151.10 hồ sơ``, ``5.9123
  hồ sơ``: a typo of the source), which the extractors keep read as its digits (15110, 59123;
  corpus/GOLD.md); the warning names the figure and its span so that a person checks it.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Sequence

from extract.facts import CountFact, Fact, PeriodFact, ReferenceFact, ReportMeta, ValidationWarning
from extract.validation_rates import check_percentages
from normalize.dates import DATE_SHAPE_RE, iter_dates
from normalize.docnumbers import kind_matches_code
from normalize.lexicon import load_identities
from normalize.numbers import broken_groups_in

# ---------------------------------------------------------------------------------------------
# Identities: normalize/data/metrics.toml ([[identities]]), read through normalize.lexicon.

#: How far after a total its breakdown may stand, in characters of text.
STATEMENT_WINDOW = 1200


def _counts(facts: Sequence[Fact]) -> list[CountFact]:
    return [f for f in facts if isinstance(f, CountFact) and f.metric != "other"]


def _groups(counts: list[CountFact]) -> list[list[CountFact]]:
    """Statements: each table row is one; in running text, a total and what follows it."""
    groups: dict[tuple, list[CountFact]] = {}
    for f in counts:
        if f.table is not None:
            groups.setdefault(("table", f.table, (f.scope or "").casefold()), []).append(f)
    text_counts = [f for f in counts if f.table is None]
    return list(groups.values()) + [text_counts]


class _Statement:
    """The counts of one statement group, indexed by (metric, scope) in document order, so that "the
    first X after this total" is a binary search, not a scan (a report may hold thousands of counts)."""

    def __init__(self, group: list[CountFact]):
        self.by_key: dict[tuple[str, str], list[CountFact]] = {}
        for f in sorted(group, key=lambda f: f.start):
            self.by_key.setdefault((f.metric, f.scope or ""), []).append(f)
        self.starts = {key: [f.start for f in facts] for key, facts in self.by_key.items()}

    def of(self, metric: str, scope: str | None) -> list[CountFact]:
        return self.by_key.get((metric, scope or ""), [])

    def first_after(self, metric: str, total: CountFact, limit: int | None) -> CountFact | None:
        """The first count of ``metric`` in the total's scope at or after the total, up to ``limit``."""
        key = (metric, total.scope or "")
        facts = self.by_key.get(key, [])
        i = bisect.bisect_left(self.starts.get(key, []), total.start)
        while i < len(facts) and facts[i] is total:
            i += 1
        if i < len(facts) and (limit is None or facts[i].start <= limit):
            return facts[i]
        return None


def check_identities(facts: Sequence[Fact]) -> list[ValidationWarning]:
    """``identity_failed`` where a stated total and a complete stated breakdown of it disagree."""
    out: list[ValidationWarning] = []
    for group in _groups(_counts(facts)):
        in_table = bool(group) and group[0].table is not None
        statement = _Statement(group)
        for identity in load_identities():
            ident, total_metric, variants = identity.name, identity.total, identity.variants
            for scope_key in {scope for metric, scope in statement.by_key if metric == total_metric}:
                totals = statement.of(total_metric, scope_key)
                for i, total in enumerate(totals):
                    # the statement runs until the next total of the same kind (or a bounded window)
                    nxt = totals[i + 1].start if i + 1 < len(totals) else None
                    limit = None if in_table else min(x for x in (total.start + STATEMENT_WINDOW, nxt) if x is not None)
                    out.extend(_check_total(statement, ident, total_metric, variants, total, limit))
    out.sort(key=lambda w: w.spans[0])
    return out


def _check_total(statement: _Statement, ident: str, total_metric: str, variants, total: CountFact,
                 limit: int | None) -> list[ValidationWarning]:
    tried: list[str] = []
    verdict: bool | None = None
    parts_seen: list[CountFact] = []
    for variant, complete in variants:
        parts = [statement.first_after(m, total, limit) for m in variant]
        if any(p is None for p in parts):
            continue
        parts = [p for p in parts if p is not None]
        total_of_parts = sum(p.value for p in parts)
        if total_of_parts == total.value:
            verdict = True
            break
        if complete:
            tried.append(f"{total_metric} = {' + '.join(variant)} ({total.value} vs {total_of_parts})")
            verdict = False
            parts_seen = parts
    if verdict is not False:
        return []
    where = f" ({total.scope})" if total.scope else ""
    return [ValidationWarning(
        "identity_failed",
        f"{total_metric}{where} = {total.value} does not equal the sum of its parts; tried: {'; '.join(tried)}",
        tuple([total.span] + [p.span for p in parts_seen]),
        {"identity": ident, "variants_tried": tried},
    )]


# ---------------------------------------------------------------------------------------------
# Periods and dates.

#: how far a stated window may sit from the title's named period (reporting windows run 15th to
#: 14th, and many reports cut at the day they write: 20/3 to 20/4 for "tháng 4")
PERIOD_SLACK = dt.timedelta(days=45)


def check_periods(facts: Sequence[Fact], meta: ReportMeta, title_span: tuple[int, int] | None) -> list[ValidationWarning]:
    """Ranges that end before they start, dates after the report's own date, and a stated window far
    from the title's named period."""
    out: list[ValidationWarning] = []
    periods = [f for f in facts if isinstance(f, PeriodFact)]
    for p in periods:
        if p.end_date is not None and p.end_date < p.start_date:
            out.append(ValidationWarning(
                "period_end_before_start", f"the period '{p.text}' ends ({p.end_date}) before it starts ({p.start_date})",
                (p.span,)))
    if meta.date is not None:
        for f in facts:
            dates = []
            if isinstance(f, PeriodFact):
                dates = [d for d in (f.start_date, f.end_date) if d is not None and f.label == "range"]
            elif isinstance(f, ReferenceFact) and f.date is not None:
                dates = [f.date]
            for d in dates:
                if d > meta.date:
                    out.append(ValidationWarning(
                        "date_after_report", f"'{f.text}' is dated {d}, after the report itself ({meta.date})", (f.span,)))
                    break
    # the title's named period against the stated ranges of the title block
    if title_span is not None:
        named = [p for p in periods if p.label != "range" and title_span[0] <= p.start < title_span[1]]
        window_end = title_span[1] + 400
        ranges = [p for p in periods if p.label == "range" and p.end_date is not None
                  and title_span[0] <= p.start <= window_end]
        if named and ranges:
            title_period = named[0]
            for r in ranges:
                readings = [(title_period.start_date, title_period.end_date)]
                if title_period.reporting_start is not None:
                    readings.append((title_period.reporting_start, title_period.reporting_end))
                if not any(abs(r.start_date - s) <= PERIOD_SLACK and abs(r.end_date - e) <= PERIOD_SLACK
                           for s, e in readings if e is not None):
                    out.append(ValidationWarning(
                        "period_contradicts_title",
                        f"the stated window '{r.text}' ({r.start_date} to {r.end_date}) does not match the title's "
                        f"'{title_period.text}' ({title_period.start_date} to {title_period.end_date})",
                        (r.span, title_period.span)))
    return out


# ---------------------------------------------------------------------------------------------
# References.



def check_references(facts: Sequence[Fact]) -> list[ValidationWarning]:
    """The type word against the code (``Quyết định số 478/KH-UBND``); dates that cannot exist or that come
    before the year in the document's own number."""
    out: list[ValidationWarning] = []
    for f in facts:
        if not isinstance(f, ReferenceFact):
            continue
        if f.kind and f.type_code and not kind_matches_code(f.kind, f.type_code):
            out.append(ValidationWarning(
                "reference_type_mismatch",
                f"'{f.kind}' is cited with the type code {f.type_code} ({f.id}): the type word and the code disagree",
                (f.span,), {"kind": f.kind, "type_code": f.type_code}))
        if f.date is None:
            shaped = DATE_SHAPE_RE.search(f.text)  # shaped like a date, yet it did not parse: it cannot exist
            if shaped and not any(d.date.is_complete for d in iter_dates(f.text)):
                out.append(ValidationWarning(
                    "reference_impossible_date", f"'{f.text}' carries a date that does not exist ({shaped.group()})",
                    (f.span,)))
        elif f.year is not None and f.date.year < f.year:
            out.append(ValidationWarning(
                "reference_impossible_date",
                f"{f.id} is dated {f.date}, before the year in its own number ({f.year})", (f.span,)))
    return out


# ---------------------------------------------------------------------------------------------
# Appendix table against the text.

def _dossier_metrics() -> list[str]:
    """The dossier counts a Biểu 06 table and the text both state: every key the identities name."""
    seen: dict[str, None] = {}
    for identity in load_identities():
        seen[identity.total] = None
        for parts, _ in identity.variants:
            seen.update(dict.fromkeys(parts))
    return list(seen)


def check_table_against_text(facts: Sequence[Fact]) -> list[ValidationWarning]:
    """``table_text_mismatch`` where the table's total row and the text state one dossier count differently."""
    out: list[ValidationWarning] = []
    counts = _counts(facts)
    table_totals = {f.metric: f for f in counts if f.table is not None and f.scope is None}
    text_counts: dict[str, list[CountFact]] = {}
    for f in counts:
        if f.table is None and f.scope is None:
            text_counts.setdefault(f.metric, []).append(f)
    for metric in _dossier_metrics():
        t = table_totals.get(metric)
        stated = text_counts.get(metric, [])
        if t is None or not stated:
            continue
        if all(s.value != t.value for s in stated):
            s = stated[0]
            out.append(ValidationWarning(
                "table_text_mismatch",
                f"{metric}: the text says {s.value} ('{s.text}') but the table's total row says {t.value}",
                (s.span, t.span), {"metric": metric, "text": s.value, "table": t.value}))
    return out


# ---------------------------------------------------------------------------------------------
# Counts written with a broken thousands group.

def check_irregular_numbers(facts: Sequence[Fact]) -> list[ValidationWarning]:
    """``number_irregular`` for each count whose text opens with a broken thousands group read as its digits
    (``151.10 hồ sơ`` = 15110); a scaled figure (``1.5 nghìn hồ sơ`` = 1500) is a decimal, not flagged."""
    out: list[ValidationWarning] = []
    for f in facts:
        if not isinstance(f, CountFact) or (where := broken_groups_in(f.text)) is None:
            continue
        written = f.text[where[0]:where[1]]
        if int(written.replace(".", "")) != f.value:
            continue
        span = (f.start + where[0], f.start + where[1])
        out.append(ValidationWarning(
            "number_irregular",
            f"'{f.text}' is written with a broken thousands group ({written}): read as {f.value}, check the source",
            (span,), {"written": written, "read": f.value, "metric": f.metric}))
    return out


def validate(text: str, facts: Iterable[Fact], meta: ReportMeta) -> list[ValidationWarning]:
    """All checks over one document's facts, in a stable order."""
    facts = sorted(facts, key=lambda f: (f.start, f.end))
    title_span = meta.spans.get("title") if meta.spans else None
    warnings = (
        check_identities(facts)
        + check_percentages(text, facts)
        + check_periods(facts, meta, title_span)
        + check_references(facts)
        + check_table_against_text(facts)
        + check_irregular_numbers(facts)
    )
    warnings.sort(key=lambda w: (w.spans[0] if w.spans else (0, 0), w.code))
    return warnings
