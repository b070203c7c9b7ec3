"""Tidy tables for dashboards: observations (one figure per row) and references.

Formats: CSV (UTF-8, header row), JSON (an array of objects, UTF-8 unescaped) and Parquet
(needs pyarrow, the ``parquet`` extra).

Observations give ``scope`` as written and, beside it, ``scope_key`` (normalize.text.name_key):
group on the key, so that ``Phòng Văn hoá-Xã hội`` and ``Phòng Văn hóa – Xã hội`` are one scope.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
from pathlib import Path
from typing import Any, Literal, TextIO

from sqlalchemy import Engine, select

from store.current import current_documents
from store.schema import documents_t, facts_t, references_t

What = Literal["observations", "references"]
Format = Literal["csv", "json", "parquet"]

OBSERVATION_COLUMNS = (
    "unit_code", "unit", "province", "period_start", "period_end", "metric", "value", "measure_unit",
    "scope", "scope_key", "type", "target_op", "target_value", "document", "document_sha256", "kind", "span_start",
    "span_end", "text",
)
REFERENCE_COLUMNS = (
    "ref_id", "kind", "number", "year", "code", "date", "unit_code", "unit", "province", "document",
    "document_sha256", "span_start", "span_end", "text",
)


def observations(engine: Engine, *, include_superseded: bool = False) -> list[dict[str, Any]]:
    """Every count and indicator of every stored report, with its unit, period and place.

    One rendering per text, no superseded version unless ``include_superseded`` (store/current.py)."""
    f, d = facts_t, documents_t
    stmt = (
        select(d.c.unit_code, d.c.unit_name.label("unit"), d.c.unit_province.label("province"),
               f.c.period_start, f.c.period_end, f.c.metric, f.c.value, f.c.unit.label("measure_unit"),
               f.c.scope, f.c.scope_key, f.c.type, f.c.target_op, f.c.target_value, d.c.source_path.label("document"),
               d.c.sha256.label("document_sha256"), d.c.kind, f.c.span_start, f.c.span_end, f.c.text)
        .select_from(f.join(d, d.c.id == f.c.document_id))
        .where(*current_documents(d, include_superseded=include_superseded), f.c.type.in_(("count", "indicator")))
        .order_by(d.c.unit_code, d.c.unit_name, f.c.period_start, f.c.metric, d.c.id, f.c.span_start)
    )
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(stmt).mappings()]


def references(engine: Engine, *, include_superseded: bool = False) -> list[dict[str, Any]]:
    """Every cited document number of every stored report (counted as :func:`observations`)."""
    r, d = references_t, documents_t
    stmt = (
        select(r.c.ref_id, r.c.kind, r.c.number, r.c.year, r.c.code, r.c.date, d.c.unit_code,
               d.c.unit_name.label("unit"), d.c.unit_province.label("province"),
               d.c.source_path.label("document"), d.c.sha256.label("document_sha256"), r.c.span_start,
               r.c.span_end, r.c.text)
        .select_from(r.join(d, d.c.id == r.c.document_id))
        .where(*current_documents(d, include_superseded=include_superseded))
        .order_by(d.c.id, r.c.span_start)
    )
    with engine.connect() as conn:
        return [dict(row) for row in conn.execute(stmt).mappings()]


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date | dt.datetime) else value


def _write_csv(rows: list[dict], columns: tuple[str, ...], out: TextIO) -> None:
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _plain(row.get(k)) for k in columns})


def _write_parquet(rows: list[dict], columns: tuple[str, ...], path: Path) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise RuntimeError("Parquet export needs pyarrow: pip install 'baocao[parquet]'") from None
    data = {c: [_plain(r.get(c)) for r in rows] for c in columns}
    pq.write_table(pa.table(data), path)


def export(engine: Engine, what: What = "observations", fmt: Format = "csv",
           out: str | Path | TextIO | None = None, *, include_superseded: bool = False) -> int:
    """Write the ``what`` table to ``out`` (a path; None or "-" is stdout, not for Parquet).

    Returns the number of rows written.
    """
    rows, columns = ((observations(engine, include_superseded=include_superseded), OBSERVATION_COLUMNS)
                     if what == "observations"
                     else (references(engine, include_superseded=include_superseded), REFERENCE_COLUMNS))
    if fmt == "parquet":
        if out is None or out == "-" or not isinstance(out, str | Path):
            raise ValueError("Parquet is binary: give an output file with -o FILE")
        _write_parquet(rows, columns, Path(out))
        return len(rows)
    buffer = io.StringIO()
    if fmt == "csv":
        _write_csv(rows, columns, buffer)
    else:
        json.dump([{k: _plain(r.get(k)) for k in columns} for r in rows], buffer, ensure_ascii=False, indent=1)
        buffer.write("\n")
    if out is None or out == "-":
        sys.stdout.write(buffer.getvalue())
    elif isinstance(out, str | Path):
        Path(out).write_text(buffer.getvalue(), encoding="utf-8", newline="")
    else:
        out.write(buffer.getvalue())
    return len(rows)
