"""``baocao demo``: the seed reports into a fresh database, then what it can answer."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, func, select

from store import open_store, resolve_url
from store.current import current_documents
from store.history import format_history, history
from store.ingest import IngestSummary, ingest
from store.schema import documents_t, facts_t

DEMO_DB = "demo.db"


def _remove_sqlite_file(db: str) -> None:
    url = resolve_url(db)
    if not url.startswith("sqlite:///"):
        return
    path = url.removeprefix("sqlite:///")
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            os.remove(path + suffix)
        except FileNotFoundError:
            pass


def busiest_unit(engine: Engine) -> tuple[str, str | None] | None:
    """(unit name, province) with the most commune-wide figures, for the demo's history table."""
    f, d = facts_t, documents_t
    stmt = (
        select(d.c.unit_name, d.c.unit_province, func.count().label("n"))
        .select_from(f.join(d, d.c.id == f.c.document_id))
        .where(*current_documents(d), d.c.unit_name.is_not(None), f.c.scope.is_(None),
               f.c.type.in_(("count", "indicator")))
        .group_by(d.c.unit_name, d.c.unit_province)
        .order_by(func.count().desc(), d.c.unit_name)
        .limit(1)
    )
    with engine.connect() as conn:
        row = conn.execute(stmt).first()
    return None if row is None else (row[0], row[1])


def run_demo(corpus_dir: str | Path = "corpus", db: str | None = None, jobs: int | None = None,
             progress: bool = True) -> tuple[IngestSummary, str]:
    """Recreate ``db`` (default ./demo.db), ingest ``corpus_dir``/seeds; the summary and a report."""
    db = db or DEMO_DB
    seeds = Path(corpus_dir) / "seeds"
    if not seeds.is_dir():
        raise FileNotFoundError(f"{seeds}: no seeds folder; give the corpus folder, e.g. baocao demo corpus/")
    _remove_sqlite_file(db)
    engine = open_store(db)
    summary = ingest([seeds], engine, jobs=jobs, progress=progress)
    lines = [summary.format(), f"database: {resolve_url(db)}"]
    unit = busiest_unit(engine)
    if unit is None:
        lines.append("history: no commune-wide figures were extracted (are the extractors installed? "
                     "see `baocao extractors`)")
    else:
        name, province = unit
        lines.append(f"history of {name}" + (f" ({province})" if province else "") + ":")
        lines.append(format_history(history(engine, name, province=province)))
    engine.dispose()
    return summary, "\n".join(lines)
