"""Datasette hooks: search the folded paragraph index with the query folded the same way.

The full-text index (``paragraphs_fts``) holds :func:`normalize.text.fold` of each paragraph
(``Số hoá`` -> ``so hoa``). Stock Datasette passes the user's words to FTS5 as typed, so
``số hóa`` finds nothing. This plugin registers, on every connection:

- ``fold(text)``: the project's folding function, for SQL such as ``where folded like '%' || fold(:q) || '%'``;
- ``unit_key(name)`` / ``province_key(name)``: the lookup keys stored in ``documents.*_key``
  (``Xã Thượng Hồng`` -> ``thuong hong``), so canned queries accept a name typed any way;
- ``escape_fts(query)``: overrides Datasette's own (hence ``trylast``: pluggy calls this hook
  after Datasette's, so this ``create_function`` is the one that stays). The query becomes one
  quoted FTS5 phrase of folded tokens, exactly as ``baocao search`` does (store.search), so
  ``SỐ HOÁ``, ``số hóa`` and ``so hoa`` find the same rows and ``1603/UBND-VP`` is the phrase
  ``"1603 ubnd vp"``, never FTS syntax.
"""

from __future__ import annotations

import sqlite3

from datasette import hookimpl

from normalize.text import fold as _fold
from store.search import fts_expression, query_terms
from store.units import province_key as _province_key
from store.units import unit_key as _unit_key

PLUGIN_NAME = "baocao"
NO_MATCH = '""'  # an empty FTS5 phrase: matches nothing, and is valid syntax


def fold(text: str | None) -> str | None:
    """SQL ``fold(x)``: :func:`normalize.text.fold`; NULL stays NULL."""
    return None if text is None else _fold(str(text))


def escape_fts(query: str | None) -> str:
    """SQL ``escape_fts(q)``: ``Số hóa 1603/UBND-VP`` -> ``"so hoa 1603 ubnd vp"``."""
    terms = query_terms(str(query or ""))
    return fts_expression(terms, "phrase") if terms else NO_MATCH


def unit_key(name: str | None) -> str | None:
    return _unit_key(None if name is None else str(name))


def province_key(name: str | None) -> str | None:
    return _province_key(None if name is None else str(name))


SQL_FUNCTIONS = {"fold": fold, "escape_fts": escape_fts, "unit_key": unit_key, "province_key": province_key}


@hookimpl(trylast=True)
def prepare_connection(conn: sqlite3.Connection) -> None:
    for name, fn in SQL_FUNCTIONS.items():
        conn.create_function(name, 1, fn, deterministic=True)
