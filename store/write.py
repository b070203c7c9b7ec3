"""Writing one document: its contract line and paragraphs to rows, all in one transaction.

Either every row of a document is written or none is: a crash, Ctrl-C or an error half-way
rolls the whole document back (``write_prepared`` runs inside one write transaction).

The work is split so that the database writer does as little as possible:
:func:`prepare_document` (run in an ingest worker) turns a payload into a
:class:`PreparedDocument` of plain tuples, folded text and JSON already encoded by the
dialect's own bind processors; :func:`write_prepared` (the writer) only executes one bulk
``INSERT`` per table through the DB-API (``executemany``), inside one write transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, NamedTuple

from sqlalchemy import Connection, Dialect, Engine, Table, delete, func, insert, select, update

from normalize.text import fold, name_key
from store.db import is_sqlite, write_transaction
from store.schema import documents_t, facts_t, paragraphs_t, references_t, warnings_t
from store.units import province_key, unit_key

Outcome = Literal["new", "changed", "reextracted", "unchanged", "failed"]
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


def document_row(line: Mapping[str, Any], sha256: str, path: str, text_sha256: str | None = None) -> dict[str, Any]:
    """The ``documents`` row of one contract line (a failed line gives a row with its error).

    ``text_sha256``: the hash of its text (store.extraction.text_sha256), None when unread."""
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
        "superseded_by": None,
        "text_sha256": text_sha256,
        "issuer_key": name_key(doc.get("issuer")),
    }


def fact_row(fact: Mapping[str, Any], document_id: int, period: tuple[dt.date | None, dt.date | None]) -> dict[str, Any]:
    """The ``facts`` row of one contract fact; fields without a column are kept in ``extra``.

    ``scope`` stays as written; ``scope_key`` is its grouping key (normalize.text.name_key)."""
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
        "scope_key": name_key(fact.get("scope")),
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


# ------------------------------------------------------------------ prepared rows (worker side)

# column order of the bulk INSERTs; ``id``/``document_id`` are the writer's, so they come first
PARAGRAPH_COLUMNS = ("document_id", "block", "kind", "start", "end", "page", "text", "folded")
FACT_COLUMNS = ("id", "document_id", "type", "metric", "value", "value_int", "unit", "scope", "period_start",
                "period_end", "span_start", "span_end", "text", "extractor", "target_op", "target_value", "extra",
                "scope_key")
REFERENCE_COLUMNS = ("document_id", "fact_id", "ref_id", "kind", "number", "year", "code", "date", "span_start",
                     "span_end", "text")
WARNING_COLUMNS = ("document_id", "code", "message", "spans")
DOCUMENT_COLUMNS = tuple(c.name for c in documents_t.c if c.name != "id")


@dataclass(frozen=True, slots=True)
class PreparedDocument:
    """One document ready to be written: plain picklable data, values already bound for the driver.

    ``document`` is the ``documents`` row (Python values, written through SQLAlchemy Core: one
    statement). The child rows are tuples in the order of the ``*_COLUMNS`` above without the
    leading ids, which only the writer knows: ``references`` rows start with the index of their
    fact in ``facts``, which the writer turns into that fact's id.
    """

    sha256: str
    path: str
    document: dict[str, Any]
    document_values: tuple[Any, ...]  # the same row, bound, in DOCUMENT_COLUMNS order
    paragraphs: tuple[tuple[Any, ...], ...] = ()
    facts: tuple[tuple[Any, ...], ...] = ()
    references: tuple[tuple[Any, ...], ...] = ()
    warnings: tuple[tuple[Any, ...], ...] = ()

    @property
    def failed(self) -> bool:
        return self.document["status"] == "failed"

    @property
    def error(self) -> str | None:
        return self.document["error"]


_Binder = Callable[[Mapping[str, Any]], tuple[Any, ...]]
_BINDERS: dict[tuple[str, str], _Binder] = {}


def _binder(table: Table, columns: Sequence[str], dialect: Dialect) -> _Binder:
    """dict row -> tuple of driver values (the dialect's bind processors: JSON, dates, floats)."""
    key = (f"{dialect.name}:{id(dialect)}", table.name)
    found = _BINDERS.get(key)
    if found is None:
        procs = [(c, table.c[c].type.dialect_impl(dialect).bind_processor(dialect)) for c in columns]

        def found(row: Mapping[str, Any], procs=procs) -> tuple[Any, ...]:
            return tuple(row[c] if proc is None or row[c] is None else proc(row[c]) for c, proc in procs)

        _BINDERS[key] = found
    return found


def prepare_document(sha256: str, payload: Mapping[str, Any], dialect: Dialect) -> PreparedDocument:
    """An extraction payload (``{"path", "line", "paragraphs"}``) to the rows of one document.

    Pure and picklable: ingest runs it in the worker, so the writer only executes INSERTs.
    """
    line = payload["line"]
    row = document_row(line, sha256, payload["path"], payload.get("text_sha256"))
    bind_p = _binder(paragraphs_t, PARAGRAPH_COLUMNS[1:], dialect)
    paragraphs = tuple(
        bind_p({**p, "folded": fold(p["text"])}) for p in payload.get("paragraphs") or ()
    )
    period = (row["period_start"], row["period_end"])
    facts = list(line.get("facts") or ())
    bind_f = _binder(facts_t, FACT_COLUMNS[2:], dialect)
    fact_rows = tuple(bind_f(fact_row(fact, 0, period)) for fact in facts)
    bind_r = _binder(references_t, REFERENCE_COLUMNS[2:], dialect)
    refs = tuple((i, *bind_r(reference_row(fact, 0, 0))) for i, fact in enumerate(facts) if fact["type"] == "reference")
    bind_w = _binder(warnings_t, WARNING_COLUMNS[1:], dialect)
    warnings = tuple(
        bind_w({"code": w.get("code") or "unknown", "message": w.get("message"), "spans": w.get("spans")})
        for w in line.get("warnings") or ()
    )
    document_values = _binder(documents_t, DOCUMENT_COLUMNS, dialect)(row)
    return PreparedDocument(sha256, payload["path"], row, document_values, paragraphs, fact_rows, refs, warnings)


# ------------------------------------------------------------------------- the writer side

_SQL: dict[tuple[str, str], tuple[str, tuple[str, ...] | None]] = {}


def _insert_sql(conn: Connection, table: Table, columns: Sequence[str]) -> tuple[str, tuple[str, ...] | None]:
    """The dialect's ``INSERT INTO t (cols) VALUES (...)``, and the column order of its parameters
    (None when the driver takes named parameters)."""
    key = (conn.dialect.name, table.name)
    found = _SQL.get(key)
    if found is None:
        compiled = insert(table).compile(dialect=conn.dialect, column_keys=list(columns))
        order = tuple(compiled.positiontup) if compiled.positional else None
        if order is not None and set(order) != set(columns):
            raise AssertionError(f"unexpected INSERT parameters for {table.name}: {order}")
        found = _SQL[key] = (str(compiled), order)
    return found


def _executemany(conn: Connection, table: Table, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]) -> None:
    if not rows:
        return
    sql, order = _insert_sql(conn, table, columns)
    if order is None:
        params: list = [dict(zip(columns, r, strict=True)) for r in rows]
    elif order != tuple(columns):
        index = [columns.index(c) for c in order]
        params = [tuple(r[i] for i in index) for r in rows]
    else:
        params = list(rows)
    conn.exec_driver_sql(sql, params)


_MAX_FACT_ID = select(func.max(facts_t.c.id))


def _next_fact_id(conn: Connection) -> int:
    # called under the write transaction (SQLite: BEGIN IMMEDIATE holds the write lock), so no
    # other writer can take these ids before this transaction commits
    return (conn.execute(_MAX_FACT_ID).scalar() or 0) + 1


def _insert_document(conn: Connection, doc: PreparedDocument) -> int:
    """Insert the ``documents`` row; its new id."""
    sql, order = _insert_sql(conn, documents_t, DOCUMENT_COLUMNS)
    values = doc.document_values
    if order is None:
        params: Any = dict(zip(DOCUMENT_COLUMNS, values, strict=True))
    elif order != DOCUMENT_COLUMNS:
        params = tuple(values[DOCUMENT_COLUMNS.index(c)] for c in order)
    else:
        params = values
    if is_sqlite(conn):
        return conn.exec_driver_sql(sql, params).lastrowid
    return conn.exec_driver_sql(sql + " RETURNING id", params).scalar_one()


def _insert_children(conn: Connection, document_id: int, doc: PreparedDocument) -> None:
    _executemany(conn, paragraphs_t, PARAGRAPH_COLUMNS, [(document_id, *r) for r in doc.paragraphs])
    if doc.facts:
        if is_sqlite(conn):
            first = _next_fact_id(conn)
            fact_ids = list(range(first, first + len(doc.facts)))
            _executemany(conn, facts_t, FACT_COLUMNS, [(first + i, document_id, *r) for i, r in enumerate(doc.facts)])
        else:  # the database's own sequence gives the ids, one row at a time
            sql, order = _insert_sql(conn, facts_t, FACT_COLUMNS[1:])
            fact_ids = []
            for r in doc.facts:
                values = dict(zip(FACT_COLUMNS[1:], (document_id, *r), strict=True))
                params = values if order is None else tuple(values[c] for c in order)
                fact_ids.append(conn.exec_driver_sql(sql + " RETURNING id", params).scalar_one())
        _executemany(conn, references_t, REFERENCE_COLUMNS,
                     [(document_id, fact_ids[r[0]], *r[1:]) for r in doc.references])
    _executemany(conn, warnings_t, WARNING_COLUMNS, [(document_id, *r) for r in doc.warnings])


class StoredState(NamedTuple):
    """What is stored for one content hash."""

    id: int
    status: str  # ok | failed | superseded
    extractors: dict | None
    error: str | None


def stored_state(conn: Connection | Engine, sha256: str) -> StoredState | None:
    """(id, status, extractor versions, error) of the stored document with this content, or None."""
    d = documents_t
    stmt = select(d.c.id, d.c.status, d.c.extractors, d.c.error).where(d.c.sha256 == sha256)
    if isinstance(conn, Engine):
        with conn.connect() as c:
            found = c.execute(stmt).first()
    else:
        found = conn.execute(stmt).first()
    return None if found is None else StoredState(found[0], found[1], found[2], found[3])


def is_stale(state: tuple, installed: Mapping[str, str]) -> bool:
    """A stored document to re-extract: it failed, or other extractor versions made it.

    A superseded document (a newer version of its file is stored) is never re-extracted."""
    status, versions = state[1], state[2]
    if status == "superseded":
        return False
    return status != "ok" or dict(versions or {}) != dict(installed)


def supersede(conn: Connection, path: str, document_id: int) -> int:
    """Mark the other current documents recorded under ``path`` superseded by ``document_id``
    (a corrected report ingested under the same name); how many were."""
    d = documents_t
    result = conn.execute(
        update(d)
        .where(d.c.source_path == path, d.c.id != document_id, d.c.status != "superseded")
        .values(status="superseded", superseded_by=document_id)
    )
    return result.rowcount or 0


def write_prepared(engine: Engine, doc: PreparedDocument, reason: Reason, installed: Mapping[str, str]) -> Outcome:
    """Store one prepared document in one transaction and say what happened.

    ``reason`` is why the caller extracted it; the state is checked again under the write lock,
    so that when another process stored the same content meanwhile, nothing is written twice.
    """
    with write_transaction(engine) as conn:
        state = stored_state(conn, doc.sha256)
        if state is not None and (reason == "new" or not is_stale(state, installed)):
            return "unchanged"
        replaced = 0
        if state is None:
            document_id = _insert_document(conn, doc)
            if not doc.failed:  # a corrected version that cannot be read does not hide the old one
                replaced = supersede(conn, doc.path, document_id)
        else:
            document_id = state[0]
            _delete_children(conn, document_id)
            conn.execute(update(documents_t).where(documents_t.c.id == document_id).values(doc.document))
        _insert_children(conn, document_id, doc)
    if doc.failed:
        return "failed"
    if state is None:
        return "changed" if replaced else "new"
    return "reextracted"


def write_document(engine: Engine, sha256: str, payload: Mapping[str, Any], reason: Reason,
                   installed: Mapping[str, str]) -> Outcome:
    """:func:`prepare_document` then :func:`write_prepared`, in this process."""
    return write_prepared(engine, prepare_document(sha256, payload, engine.dialect), reason, installed)


def record_failure(engine: Engine, sha256: str, path: str, error: str) -> None:
    """Record a document that could not be stored, unless a good copy of it is already there."""
    line = {"source": {"path": path}, "error": error, "error_code": "store", "document": None, "facts": []}
    with write_transaction(engine) as conn:
        if stored_state(conn, sha256) is None:
            conn.execute(insert(documents_t).values(document_row(line, sha256, path)))
