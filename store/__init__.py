"""store/: the database of reports and facts.

- db.py: engine (any SQLAlchemy URL; SQLite in WAL mode with a busy timeout)
- schema.py: the tables (SQLModel) and the SQLite full-text index
- inputs.py / extraction.py / write.py / ingest.py: ``baocao ingest``
- search.py, history.py, export.py: reading it back

Importing ``store`` stays light (no spaCy); ``store.ingest`` pulls in the pipeline.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, inspect

from store.db import DEFAULT_DB, ENV_DB, make_engine, resolve_url
from store.schema import create_schema, documents_t, upgrade_schema
from store.units import load_units


class NoSuchDatabase(LookupError):
    """``--db`` names no baocao database: a missing file, or one without the baocao tables."""

    def __init__(self, db: str, detail: str = ""):
        self.db = db
        super().__init__(f"no such database: {db}{f' ({detail})' if detail else ''}; "
                         f"create it with `baocao ingest --db {db} ...`")


def open_store(db: str | os.PathLike | None = None, *, units: bool = True) -> Engine:
    """An engine on ``db`` (path, URL, ``$BAOCAO_DB`` or ``baocao.db``) with the schema in place.

    ``units``: also fill the ``units`` table from normalize/data/admin_units.csv when it exists.
    """
    engine = make_engine(db)
    create_schema(engine)
    if units:
        load_units(engine)
    return engine


def _shown(db: str | os.PathLike | None) -> str:
    return str(db) if db else os.environ.get(ENV_DB) or DEFAULT_DB


def _sqlite_file(url: str) -> Path | None:
    """The file of a file-backed SQLite URL (None for other databases and in-memory SQLite)."""
    if not url.startswith("sqlite:///") or "mode=memory" in url:
        return None
    name = url.removeprefix("sqlite:///").split("?", 1)[0]
    return None if name in ("", ":memory:") else Path(name)


def _sqlite_has_schema(path: Path) -> tuple[bool, str]:
    """Whether the SQLite file holds the ``documents`` table; read-only, creates nothing."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return False, f"cannot be opened: {exc}"
    try:
        found = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                             (documents_t.name,)).fetchone()
    except sqlite3.DatabaseError as exc:  # "file is not a database"
        return False, f"not an SQLite database: {exc}"
    finally:
        conn.close()
    return (True, "") if found else (False, "the file holds no baocao tables")


def open_existing(db: str | os.PathLike | None = None) -> Engine:
    """An engine on an existing baocao database; never creates one (only ingest and demo do).

    Raises :class:`NoSuchDatabase` when ``db`` (or ``$BAOCAO_DB``, or ``baocao.db``) is missing
    or holds no baocao schema. An older database gets this release's added columns.
    """
    url = resolve_url(db)
    shown = _shown(db)
    path = _sqlite_file(url)
    if path is not None:
        if not path.is_file():
            raise NoSuchDatabase(shown)
        ok, detail = _sqlite_has_schema(path)
        if not ok:
            raise NoSuchDatabase(shown, detail)
    engine = make_engine(db)
    if path is None:
        try:
            has_schema = inspect(engine).has_table(documents_t.name)
        except Exception as exc:  # the server is unreachable, the database does not exist...
            engine.dispose()
            raise NoSuchDatabase(shown, f"{type(exc).__name__}: {exc}") from None
        if not has_schema:
            engine.dispose()
            raise NoSuchDatabase(shown, "it holds no baocao tables")
    upgrade_schema(engine)
    return engine


__all__ = ["NoSuchDatabase", "open_existing", "open_store", "resolve_url"]
