"""Opening the database: one engine factory, SQLite tuned for several writers.

Any SQLAlchemy URL works; a bare path means SQLite. On SQLite the connection runs in WAL mode
with a busy timeout, and the driver's own transaction handling is switched off so that a
writer can ask for ``BEGIN IMMEDIATE`` (take the write lock before reading, so two ingest
processes never both decide to insert the same document).
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Connection, Engine, create_engine, event

DEFAULT_DB = "baocao.db"
ENV_DB = "BAOCAO_DB"
BUSY_TIMEOUT_S = 60.0
# Reading: the full-text index is read at random (bm25 looks up every matching paragraph's
# length), so let SQLite map the file and keep more pages than its 2 MB default. Both are upper
# bounds per connection, taken only as the file is read.
MMAP_BYTES = 1 << 30
CACHE_KIB = 64 * 1024

T = TypeVar("T")


def resolve_url(db: str | os.PathLike | None = None) -> str:
    """``--db`` value (or ``$BAOCAO_DB``, or ``baocao.db``) to an SQLAlchemy URL."""
    value = str(db) if db else os.environ.get(ENV_DB) or DEFAULT_DB
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def _json_dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def make_engine(db: str | os.PathLike | None = None) -> Engine:
    """An engine for ``db``; JSON columns are written as real UTF-8, not ``\\u`` escapes."""
    url = resolve_url(db)
    if not url.startswith("sqlite"):
        return create_engine(url, json_serializer=_json_dumps)
    engine = create_engine(url, json_serializer=_json_dumps, connect_args={"timeout": BUSY_TIMEOUT_S})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (see _on_begin)
        cur = dbapi_connection.cursor()
        cur.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        if ":memory:" not in url and url != "sqlite://":
            retry_locked(lambda: cur.execute("PRAGMA journal_mode = WAL"))
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
        cur.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def is_sqlite(engine: Engine | Connection) -> bool:
    return engine.dialect.name == "sqlite"


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """One write transaction; on SQLite it holds the write lock from its first statement."""
    with engine.connect() as conn:
        if is_sqlite(engine):
            conn = conn.execution_options(sqlite_begin="IMMEDIATE")
        with conn.begin():
            yield conn


def _is_locked(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def retry_locked(fn: Callable[[], T], attempts: int = 8, delay: float = 0.2) -> T:
    """Run ``fn`` (a whole transaction) again when another writer held the database too long."""
    for attempt in range(attempts):
        try:
            return fn()
        except Exception as exc:  # sqlite3.OperationalError or SQLAlchemy's wrapper
            if attempt == attempts - 1 or not _is_locked(exc):
                raise
            time.sleep(delay * (2**attempt))
    raise AssertionError("unreachable")

