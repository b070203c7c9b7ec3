"""The one place that knows the schema: SQLModel tables, their indexes, and the search index.

Tables (SQL names): ``documents``, ``facts``, ``references``, ``warnings``, ``paragraphs`` and
``units`` (the official list of administrative units). Everything is portable SQL except the
full-text index ``paragraphs_fts`` (SQLite FTS5), created only on SQLite.

``unit_key``/``province_key``/``name_key`` hold :func:`normalize.text.fold` of a name without its
type word (``Thượng Hồng`` -> ``thuong hong``), so that filters are accent- and case-insensitive.
``facts.scope_key`` and ``documents.issuer_key`` hold :func:`normalize.text.name_key` of the name
as written (``Phòng Văn hoá-Xã hội`` -> ``phòng văn hóa - xã hội``): the store groups and compares
scopes and issuers on them, while ``scope`` and ``issuer`` keep the text as written.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Column,
    Connection,
    Engine,
    Index,
    Table,
    UniqueConstraint,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.schema import CreateColumn
from sqlmodel import Field, SQLModel

from store.db import is_sqlite, retry_locked, write_transaction


class DocumentRow(SQLModel, table=True):
    __tablename__ = "documents"
    __table_args__ = (
        UniqueConstraint("sha256", name="uq_documents_sha256"),
        Index("ix_documents_unit", "unit_key", "province_key"),
        Index("ix_documents_unit_code", "unit_code"),
        Index("ix_documents_period", "period_start", "period_end"),
        Index("ix_documents_kind", "kind"),
        Index("ix_documents_status", "status"),
        Index("ix_documents_source_path", "source_path"),
        Index("ix_documents_superseded_by", "superseded_by"),
        Index("ix_documents_text_sha256", "text_sha256"),
    )

    id: int | None = Field(default=None, primary_key=True)
    sha256: str
    source_path: str
    format: str | None = None
    pages: int | None = None
    status: str = "ok"  # ok | failed | superseded (a newer version was ingested under its path)
    error: str | None = None
    error_code: str | None = None
    unit_type: str | None = None
    unit_name: str | None = None
    unit_province: str | None = None
    unit_code: str | None = None
    unit_key: str | None = None
    province_key: str | None = None
    issuer: str | None = None
    number: str | None = None
    date: dt.date | None = None
    title: str | None = None
    kind: str | None = None
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    signer_name: str | None = None
    signer_title: str | None = None
    extractors: dict[str, str] | None = Field(default=None, sa_column=Column(JSON))
    n_facts: int = 0
    ingested_at: dt.datetime
    # added after the first release (see ADDED_COLUMNS: old databases get them on opening)
    superseded_by: int | None = Field(default=None, foreign_key="documents.id")
    text_sha256: str | None = None  # sha256 of the NFC text without any whitespace (one per rendering set)
    issuer_key: str | None = None  # normalize.text.name_key(issuer): one key for its spellings


class FactRow(SQLModel, table=True):
    __tablename__ = "facts"
    __table_args__ = (
        Index("ix_facts_document", "document_id"),
        Index("ix_facts_metric", "metric", "scope"),
        Index("ix_facts_type", "type"),
        Index("ix_facts_metric_scope_key", "metric", "scope_key"),
    )

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="documents.id")
    type: str  # reference | period | count | indicator (or a plugin's own type)
    metric: str | None = None
    value: float | None = None
    value_int: int | None = None
    unit: str | None = None
    scope: str | None = None
    period_start: dt.date | None = None  # the document's data window
    period_end: dt.date | None = None
    span_start: int
    span_end: int
    text: str
    extractor: str | None = None
    target_op: str | None = None
    target_value: float | None = None
    extra: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    # added after the first release (see ADDED_COLUMNS)
    scope_key: str | None = None  # normalize.text.name_key(scope): what grouping by scope uses


class ReferenceRow(SQLModel, table=True):
    __tablename__ = "references"
    __table_args__ = (
        Index("ix_references_document", "document_id"),
        Index("ix_references_ref_id", "ref_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="documents.id")
    fact_id: int = Field(foreign_key="facts.id")
    ref_id: str  # the contract's reference "id": "61/2018/NĐ-CP", "336/UBND-TTPVHCC"
    kind: str | None = None
    number: str | None = None
    year: int | None = None
    code: str | None = None
    date: dt.date | None = None
    span_start: int
    span_end: int
    text: str


class WarningRow(SQLModel, table=True):
    __tablename__ = "warnings"
    __table_args__ = (Index("ix_warnings_document", "document_id"),)

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="documents.id")
    code: str
    message: str | None = None
    spans: list[Any] | None = Field(default=None, sa_column=Column(JSON))


class ParagraphRow(SQLModel, table=True):
    __tablename__ = "paragraphs"
    __table_args__ = (Index("ix_paragraphs_document", "document_id", "block"),)

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="documents.id")
    block: int  # index into Document.blocks
    kind: str
    start: int
    end: int
    page: int | None = None
    text: str
    folded: str  # normalize.text.fold(text): same length, same offsets


class UnitRow(SQLModel, table=True):
    __tablename__ = "units"
    __table_args__ = (Index("ix_units_key", "name_key", "province_key"),)

    code: str = Field(primary_key=True)
    type: str | None = None
    name: str
    province: str | None = None
    name_key: str | None = None
    province_key: str | None = None
    extra: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))


TABLES: tuple[Table, ...] = tuple(
    m.__table__  # type: ignore[attr-defined]
    for m in (DocumentRow, FactRow, ReferenceRow, WarningRow, ParagraphRow, UnitRow)
)
documents_t, facts_t, references_t, warnings_t, paragraphs_t, units_t = TABLES

# The full-text index: FTS5 over the folded paragraph text, kept in sync by triggers.
# The folded text is already lowercase and accent-free, so the tokenizer only splits words.
FTS_DDL = (
    """CREATE VIRTUAL TABLE IF NOT EXISTS paragraphs_fts USING fts5(
        folded, content='paragraphs', content_rowid='id', tokenize='unicode61 remove_diacritics 0')""",
    """CREATE TRIGGER IF NOT EXISTS paragraphs_fts_ai AFTER INSERT ON paragraphs BEGIN
        INSERT INTO paragraphs_fts(rowid, folded) VALUES (new.id, new.folded); END""",
    """CREATE TRIGGER IF NOT EXISTS paragraphs_fts_ad AFTER DELETE ON paragraphs BEGIN
        INSERT INTO paragraphs_fts(paragraphs_fts, rowid, folded) VALUES ('delete', old.id, old.folded); END""",
    """CREATE TRIGGER IF NOT EXISTS paragraphs_fts_au AFTER UPDATE ON paragraphs BEGIN
        INSERT INTO paragraphs_fts(paragraphs_fts, rowid, folded) VALUES ('delete', old.id, old.folded);
        INSERT INTO paragraphs_fts(rowid, folded) VALUES (new.id, new.folded); END""",
)


# Columns added to ``documents`` after the first release, in order: a database made before them
# gets them (nullable, so the change is additive) the next time it is opened.
ADDED_COLUMNS: tuple[str, ...] = ("superseded_by", "text_sha256", "issuer_key")
# the same for ``facts``
ADDED_FACT_COLUMNS: tuple[str, ...] = ("scope_key",)
_ADDED: tuple[tuple[Table, tuple[str, ...]], ...] = ((documents_t, ADDED_COLUMNS), (facts_t, ADDED_FACT_COLUMNS))

# key column <- the column it is computed from (normalize.text.name_key), filled in on upgrade
KEYED_COLUMNS: tuple[tuple[Table, str, str], ...] = ((documents_t, "issuer", "issuer_key"),
                                                     (facts_t, "scope", "scope_key"))


def _missing_columns(conn: Connection) -> list[tuple[Table, str]]:
    out: list[tuple[Table, str]] = []
    for table, names in _ADDED:
        present = {c["name"] for c in inspect(conn).get_columns(table.name)}
        out.extend((table, name) for name in names if name not in present)
    return out


def _missing_indexes(conn: Connection) -> list[Index]:
    out: list[Index] = []
    for table, _ in _ADDED:
        present = {i["name"] for i in inspect(conn).get_indexes(table.name)}
        out.extend(index for index in table.indexes if index.name not in present)
    return out


def _add_column(conn: Connection, table: Table, name: str) -> None:
    column = table.c[name]
    ddl = str(CreateColumn(column).compile(dialect=conn.dialect))
    if column.foreign_keys:
        target = next(iter(column.foreign_keys)).column
        ddl += f" REFERENCES {conn.dialect.identifier_preparer.format_table(target.table)} ({target.name})"
    conn.execute(text(f"ALTER TABLE {conn.dialect.identifier_preparer.format_table(table)} ADD COLUMN {ddl}"))


def fill_keys(conn: Connection) -> int:
    """Fill the ``*_key`` columns of :data:`KEYED_COLUMNS` left empty (rows stored before the
    column existed): one UPDATE per distinct written name. Returns the number of names keyed."""
    from normalize.text import name_key  # underthesea: only when there is something to fill

    n = 0
    for table, source, key in KEYED_COLUMNS:
        src, dst = table.c[source], table.c[key]
        names = conn.execute(select(src).where(src.is_not(None), dst.is_(None)).distinct()).scalars().all()
        for name in names:
            value = name_key(name)
            if value is not None:
                conn.execute(update(table).where(src == name, dst.is_(None)).values({key: value}))
                n += 1
    return n


def _upgrade(conn: Connection) -> None:
    missing = _missing_columns(conn)
    for table, name in missing:
        _add_column(conn, table, name)
    for index in _missing_indexes(conn):
        index.create(conn, checkfirst=True)
    if any(name in {k for _, _, k in KEYED_COLUMNS} for _, name in missing):
        fill_keys(conn)


def needs_upgrade(engine: Engine) -> bool:
    """Whether ``documents`` or ``facts`` lacks a column or index of this release (an older database)."""
    with engine.connect() as conn:
        return bool(_missing_columns(conn) or _missing_indexes(conn))


def upgrade_schema(engine: Engine) -> None:
    """Add the columns and indexes of :data:`ADDED_COLUMNS` and :data:`ADDED_FACT_COLUMNS` to an
    older database (additive only), and fill the new key columns of the rows already there."""
    if not needs_upgrade(engine):
        return

    def run() -> None:
        with write_transaction(engine) as conn:
            _upgrade(conn)

    retry_locked(run)


def create_schema(engine: Engine) -> None:
    """Create the tables (and, on SQLite, the search index) if missing, and bring an older
    database up to date (:func:`upgrade_schema`). Safe to run concurrently."""

    def run() -> None:
        with write_transaction(engine) as conn:
            SQLModel.metadata.create_all(conn, tables=list(TABLES))
            if is_sqlite(conn):
                for ddl in FTS_DDL:
                    conn.execute(text(ddl))
            _upgrade(conn)

    retry_locked(run)
