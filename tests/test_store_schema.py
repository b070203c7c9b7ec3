"""The schema is portable SQL (only the full-text index is SQLite's), and --db resolution."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.dialects import mysql, postgresql
from sqlalchemy.schema import CreateIndex, CreateTable

from store.db import resolve_url
from store.schema import TABLES


@pytest.mark.parametrize("dialect", [postgresql.dialect(), mysql.dialect()])
def test_tables_compile_for_other_databases(dialect):
    for table in TABLES:
        ddl = str(CreateTable(table).compile(dialect=dialect))
        assert "fts" not in ddl.lower()
        for index in table.indexes:
            str(CreateIndex(index).compile(dialect=dialect))
    assert '"references"' in str(CreateTable(TABLES[2]).compile(dialect=postgresql.dialect()))


@pytest.mark.parametrize(
    ("value", "env", "expected"),
    [
        ("x.db", None, f"sqlite:///{Path('x.db').resolve()}"),
        ("postgresql://u@h/baocao", None, "postgresql://u@h/baocao"),
        (None, "/tmp/env.db", "sqlite:////tmp/env.db"),
        (None, None, f"sqlite:///{Path('baocao.db').resolve()}"),
        ("sqlite:///rel.db", "/tmp/env.db", "sqlite:///rel.db"),
    ],
)
def test_resolve_url(monkeypatch, value, env, expected):
    if env:
        monkeypatch.setenv("BAOCAO_DB", env)
    else:
        monkeypatch.delenv("BAOCAO_DB", raising=False)
    assert resolve_url(value) == expected
