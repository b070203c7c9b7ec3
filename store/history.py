"""A unit's figures over its report periods: commune-wide facts (scope null) by default, or
those of one scope, or of every scope.

A scope is compared on ``facts.scope_key`` (normalize.text.name_key), not as written: ``Phòng Văn
hoá - Xã hội`` in one report and ``phòng Văn hóa-Xã hội`` in the next are one scope.

Nothing is merged away: when two reports (or two places in one report) give different values
for the same unit, metric, scope and period, every row stays and each is marked ``conflict``. Two
things are not two reports (store/current.py): a version superseded by a corrected one under
the same path (left out), and the TXT/DOCX/PDF renderings of one text (counted once: the first
ingested stands for the others, listed in ``merged``).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import Engine, select

from normalize.text import name_key
from store.current import current_documents, merged_renderings
from store.schema import documents_t, facts_t
from store.units import province_key, unit_key

MEASURE_TYPES = ("count", "indicator")


@dataclass(frozen=True)
class HistoryRow:
    metric: str
    period_start: dt.date | None
    period_end: dt.date | None
    value: float
    measure_unit: str | None  # "hồ sơ", "%", "điểm"
    unit: str | None
    unit_code: str | None
    province: str | None
    document_id: int
    document: str  # source path
    span: tuple[int, int]
    text: str
    conflict: bool = False  # another value exists for this unit, metric, scope and period
    merged: tuple[str, ...] = ()  # other renderings of the same text (not counted again)
    scope: str | None = None  # as written in this report; None: the whole unit
    scope_key: str | None = None  # what scopes are grouped on (normalize.text.name_key)


def history(engine: Engine, unit: str, *, province: str | None = None, metric: str | None = None,
            scope: str | None = None, all_scopes: bool = False,
            include_superseded: bool = False) -> list[HistoryRow]:
    """Each metric of ``unit`` (name, accent-insensitive, or its 5-digit code) over the periods.

    Commune-wide figures by default; ``scope``: those of that scope however it is written
    (tone marks, dashes, spaces, case); ``all_scopes``: every figure, each scope apart.
    Ordered by metric, scope, then period; a figure repeated with the same value in one report
    is listed once. ``include_superseded``: also the versions replaced by a corrected report.
    """
    f, d = facts_t, documents_t
    where = [*current_documents(d, include_superseded=include_superseded), f.c.type.in_(MEASURE_TYPES),
             f.c.metric.is_not(None), f.c.metric != "other", f.c.value.is_not(None)]
    if scope is not None:
        where.append(f.c.scope_key == name_key(scope))
    elif not all_scopes:
        where.append(f.c.scope.is_(None))
    code = unit.strip()
    where.append(d.c.unit_code == code if code.isdigit() else d.c.unit_key == unit_key(unit))
    if province:
        where.append(d.c.province_key == province_key(province))
    if metric:
        where.append(f.c.metric == metric)
    stmt = (
        select(f.c.metric, f.c.period_start, f.c.period_end, f.c.value, f.c.unit, f.c.span_start, f.c.span_end,
               f.c.text, f.c.scope, f.c.scope_key, d.c.id, d.c.source_path, d.c.unit_name, d.c.unit_code,
               d.c.unit_province)
        .select_from(f.join(d, d.c.id == f.c.document_id))
        .where(*where)
        .order_by(f.c.metric, f.c.scope_key.is_not(None), f.c.scope_key, f.c.period_start, f.c.period_end,
                  d.c.date, d.c.id, f.c.span_start)
    )
    rows: list[HistoryRow] = []
    seen: set[tuple] = set()
    with engine.connect() as conn:
        for r in conn.execute(stmt):
            key = (r.id, r.metric, r.scope_key, r.period_start, r.period_end, r.value)
            if key in seen:
                continue
            seen.add(key)
            rows.append(HistoryRow(r.metric, r.period_start, r.period_end, r.value, r.unit, r.unit_name,
                                   r.unit_code, r.unit_province, r.id, r.source_path,
                                   (r.span_start, r.span_end), r.text, scope=r.scope, scope_key=r.scope_key))
        merged = merged_renderings(conn, (row.document_id for row in rows), include_superseded=include_superseded)
    values: dict[tuple, set[float]] = defaultdict(set)
    for row in rows:
        values[_group(row)].add(row.value)
    return [
        HistoryRow(**{**row.__dict__, "conflict": len(values[_group(row)]) > 1,
                      "merged": tuple(merged.get(row.document_id, ()))})
        for row in rows
    ]


def _group(row: HistoryRow) -> tuple:
    """What two figures must share to be values of one thing: metric, scope (its key), period."""
    return (row.metric, row.scope_key, row.period_start, row.period_end)


def _value(row: HistoryRow) -> str:
    v = row.value
    return str(int(v)) if v == int(v) and row.measure_unit != "%" else f"{v:g}"


def format_history(rows: list[HistoryRow]) -> str:
    """A plain-text table per metric and scope; a conflicting value is marked ``≠``.

    A scope is headed by its first written form; rows written otherwise show theirs."""
    if not rows:
        return "(no figures)"
    out: list[str] = []
    current: tuple | None = None
    heading: str | None = None
    for row in rows:
        if (row.metric, row.scope_key) != current:
            current = (row.metric, row.scope_key)
            heading = row.scope
            out.append(f"{row.metric}" + (f" ({row.measure_unit})" if row.measure_unit else "")
                       + (f" · {row.scope}" if row.scope is not None else ""))
        period = f"{row.period_start or '?'} … {row.period_end or '?'}"
        mark = "≠" if row.conflict else " "
        written = f"  «{row.scope}»" if row.scope != heading else ""
        out.append(f"  {period:<25} {_value(row):>10} {mark} {row.document} [{row.span[0]}:{row.span[1]}]{written}")
    if any(r.conflict for r in rows):
        out.append("≠ reports disagree on this value for the same period (and scope)")
    merged = {r.document: r.merged for r in rows if r.merged}
    for document, others in merged.items():
        out.append(f"= {document} stands for {len(others)} other rendering(s) of the same text, "
                   f"counted once: {', '.join(others)}")
    return "\n".join(out)
