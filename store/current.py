"""Which stored documents count: the current version of each report, one rendering per text.

- A document superseded by a corrected version ingested under the same path (status
  ``superseded``) is left out unless asked for.
- The TXT, DOCX and PDF renderings of one report share ``text_sha256`` (store.extraction):
  only the first ingested of them (lowest id) stands for the report, so its figures are
  counted once. Documents without a text hash (stored before the column existed) all count.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import ColumnElement, Connection, Table, func, or_, select

from store.schema import documents_t

CURRENT = ("ok",)
WITH_SUPERSEDED = ("ok", "superseded")


def statuses(include_superseded: bool = False) -> tuple[str, ...]:
    return WITH_SUPERSEDED if include_superseded else CURRENT


def current_documents(d: Table = documents_t, *, include_superseded: bool = False) -> list[ColumnElement[bool]]:
    """WHERE clauses keeping, of ``d`` (``documents`` or an alias), the documents that count."""
    wanted = statuses(include_superseded)
    other = documents_t.alias("same_text")
    first = (select(func.min(other.c.id))
             .where(other.c.text_sha256 == d.c.text_sha256, other.c.status.in_(wanted))
             .scalar_subquery())
    return [d.c.status.in_(wanted), or_(d.c.text_sha256.is_(None), d.c.id == first)]


def merged_renderings(conn: Connection, document_ids: Iterable[int], *,
                      include_superseded: bool = False) -> dict[int, list[str]]:
    """document id -> source paths of the other renderings it stands for (same text, later ids)."""
    ids = sorted(set(document_ids))
    if not ids:
        return {}
    wanted = statuses(include_superseded)
    rep, other = documents_t.alias("rep"), documents_t.alias("other")
    stmt = (
        select(rep.c.id, other.c.source_path)
        .select_from(rep.join(other, (other.c.text_sha256 == rep.c.text_sha256) & (other.c.id > rep.c.id)))
        .where(rep.c.id.in_(ids), other.c.status.in_(wanted))
        .order_by(rep.c.id, other.c.id)
    )
    out: dict[int, list[str]] = defaultdict(list)
    for rep_id, path in conn.execute(stmt):
        out[rep_id].append(path)
    return dict(out)
