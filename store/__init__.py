"""store/: the database of reports and facts.

- db.py: engine (any SQLAlchemy URL; SQLite in WAL mode with a busy timeout)
- schema.py: the tables (SQLModel) and the SQLite full-text index
- inputs.py / extraction.py / write.py / ingest.py: ``baocao ingest``
- search.py, history.py, export.py: reading it back

Importing ``store`` stays light (no spaCy); ``store.ingest`` pulls in the pipeline.
"""

from __future__ import annotations

import os

from sqlalchemy import Engine

from store.db import make_engine, resolve_url
from store.schema import create_schema
from store.units import load_units


def open_store(db: str | os.PathLike | None = None, *, units: bool = True) -> Engine:
    """An engine on ``db`` (path, URL, ``$BAOCAO_DB`` or ``baocao.db``) with the schema in place.

    ``units``: also fill the ``units`` table from normalize/data/admin_units.csv when it exists.
    """
    engine = make_engine(db)
    create_schema(engine)
    if units:
        load_units(engine)
    return engine


__all__ = ["open_store", "resolve_url"]
