"""Writing one document: its contract line and paragraphs to rows, all in one transaction.

Either every row of a document is written or none is: a crash, Ctrl-C or an error half-way
rolls the whole document back (``write_document`` runs inside one write transaction).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, Literal

from sqlalchemy import Connection, Engine, delete, insert, select, update

from normalize.text import fold
from store.db import write_transaction
from store.schema import documents_t, facts_t, paragraphs_t, references_t, warnings_t
from store.units import province_key, unit_key

Outcome = Literal["new", "reextracted", "unchanged", "failed"]
Reason = Literal["new", "reextract"]

# fact fields that have their own column; everything else goes to ``facts.extra``
_TYPED_FACT_FIELDS = frozenset({"type", "metric", "value", "unit", "scope", "span", "text", "extractor", "target"})


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def _int(value: Any) -> int | None:
    try:
        return int(value) if value is not None and value != "" else None
    except (TypeError, ValueError):
        return None


def _float(value: Any) -> float | None:
    try:
        return float(value) if value is not None and not isinstance(value, bool) else None
    except (TypeError, ValueError):
        return None


def document_row(line: Mapping[str, Any], sha256: str, path: str) -> dict[str, Any]:
    """The ``documents`` row of one contract line (a failed line gives a row with its error)."""
    source = line.get("source") or {}
    doc = line.get("document") or {}
    unit = doc.get("unit") or {}
    period = doc.get("period") or {}
    signer = doc.get("signer") or {}
    failed = bool(line.get("error"))
    return {
        "sha256": sha256,
        "source_path": path,
        "format": source.get("format"),
        "pages": _int(source.get("pages")),
        "status": "failed" if failed else "ok",
        "error": line.get("error"),
        "error_code": line.get("error_code") if failed else None,
        "unit_type": unit.get("type"),
        "unit_name": unit.get("name"),
        "unit_province": unit.get("province"),
        "unit_code": unit.get("code"),
        "unit_key": unit_key(unit.get("name")),
        "province_key": province_key(unit.get("province")),
        "issuer": doc.get("issuer"),
        "number": doc.get("number"),
        "date": _date(doc.get("date")),
        "title": doc.get("title"),
        "kind": doc.get("kind"),
        "period_start": _date(period.get("start")),
        "period_end": _date(period.get("end")),
        "signer_name": signer.get("name"),
        "signer_title": signer.get("title"),
        "extractors": None if failed else dict(line.get("extractors") or {}),
        "n_facts": len(line.get("facts") or ()),
        "ingested_at": dt.datetime.now(dt.UTC).replace(microsecond=0),
    }


def fact_row(fact: Mapping[str, Any], document_id: int, period: tuple[dt.date | None, dt.date | None]) -> dict[str, Any]:
    """The ``facts`` row of one contract fact; fields without a column are kept in ``extra``."""
    span = fact.get("span") or (None, None)
    value = fact.get("value")
    target = fact.get("target") or {}
    extra = {k: v for k, v in fact.items() if k not in _TYPED_FACT_FIELDS}
    return {
        "document_id": document_id,
        "type": fact["type"],
        "metric": fact.get("metric"),
        "value": _float(value),
        "value_int": value if isinstance(value, int) and not isinstance(value, bool) else None,
        "unit": fact.get("unit"),
        "scope": fact.get("scope"),
        "period_start": period[0],
        "period_end": period[1],
        "span_start": int(span[0]),
        "span_end": int(span[1]),
        "text": fact.get("text") or "",
        "extractor": fact.get("extractor"),
        "target_op": target.get("op") if isinstance(target, Mapping) else None,
        "target_value": _float(target.get("value")) if isinstance(target, Mapping) else None,
        "extra": extra or None,
    }


def reference_row(fact: Mapping[str, Any], document_id: int, fact_id: int) -> dict[str, Any]:
    span = fact["span"]
    return {
        "document_id": document_id, "fact_id": fact_id, "ref_id": fact.get("id") or fact.get("text") or "",
        "kind": fact.get("kind"), "number": fact.get("number"), "year": _int(fact.get("year")),
        "code": fact.get("code"), "date": _date(fact.get("date")),
        "span_start": int(span[0]), "span_end": int(span[1]), "text": fact.get("text") or "",
    }


def _delete_children(conn: Connection, document_id: int) -> None:
    for table in (references_t, facts_t, warnings_t, paragraphs_t):
        conn.execute(delete(table).where(table.c.document_id == document_id))


def _insert_rows(conn: Connection, document_id: int, payload: Mapping[str, Any], row: Mapping[str, Any]) -> None:
    line = payload["line"]
    paragraphs = [
        {**p, "document_id": document_id, "folded": fold(p["text"])} for p in payload.get("paragraphs") or ()
    ]
    if paragraphs:
        conn.execute(insert(paragraphs_t), paragraphs)
    period = (row["period_start"], row["period_end"])
    facts = list(line.get("facts") or ())
    if facts:
        # one statement for all facts; RETURNING in parameter order gives each fact its id
        result = conn.execute(insert(facts_t).returning(facts_t.c.id, sort_by_parameter_order=True),
                              [fact_row(fact, document_id, period) for fact in facts])
        fact_ids = result.scalars().all()
        refs = [reference_row(fact, document_id, fact_id)
                for fact, fact_id in zip(facts, fact_ids, strict=True) if fact["type"] == "reference"]
        if refs:
            conn.execute(insert(references_t), refs)
    warnings = [
        {"document_id": document_id, "code": w.get("code") or "unknown", "message": w.get("message"),
         "spans": w.get("spans")}
        for w in line.get("warnings") or ()
    ]
    if warnings:
        conn.execute(insert(warnings_t), warnings)


def stored_state(conn: Connection | Engine, sha256: str) -> tuple[int, str, dict | None] | None:
    """(id, status, extractor versions) of the stored document with this content, or None."""
    stmt = select(documents_t.c.id, documents_t.c.status, documents_t.c.extractors).where(
        documents_t.c.sha256 == sha256)
    if isinstance(conn, Engine):
        with conn.connect() as c:
            found = c.execute(stmt).first()
    else:
        found = conn.execute(stmt).first()
    return None if found is None else (found[0], found[1], found[2])


def is_stale(state: tuple[int, str, dict | None], installed: Mapping[str, str]) -> bool:
    """A stored document to re-extract: it failed, or other extractor versions made it."""
    _id, status, versions = state
    return status != "ok" or dict(versions or {}) != dict(installed)


def write_document(engine: Engine, sha256: str, payload: Mapping[str, Any], reason: Reason,
                   installed: Mapping[str, str]) -> Outcome:
    """Store one extracted document in one transaction and say what happened.

    ``reason`` is why the caller extracted it; the state is checked again under the write lock,
    so that when another process stored the same content meanwhile, nothing is written twice.
    """
    line = payload["line"]
    row = document_row(line, sha256, payload["path"])
    with write_transaction(engine) as conn:
        state = stored_state(conn, sha256)
        if state is not None and (reason == "new" or not is_stale(state, installed)):
            return "unchanged"
        if state is None:
            document_id = conn.execute(insert(documents_t).values(row)).inserted_primary_key[0]
        else:
            document_id = state[0]
            _delete_children(conn, document_id)
            conn.execute(update(documents_t).where(documents_t.c.id == document_id).values(row))
        _insert_rows(conn, document_id, payload, row)
    if row["status"] == "failed":
        return "failed"
    return "new" if state is None else "reextracted"


def record_failure(engine: Engine, sha256: str, path: str, error: str) -> None:
    """Record a document that could not be stored, unless a good copy of it is already there."""
    line = {"source": {"path": path}, "error": error, "error_code": "store", "document": None, "facts": []}
    with write_transaction(engine) as conn:
        if stored_state(conn, sha256) is None:
            conn.execute(insert(documents_t).values(document_row(line, sha256, path)))
