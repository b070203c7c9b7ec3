"""Full-text search by paragraph, accent-insensitive in the Vietnamese sense.

The index holds the folded paragraph text (normalize.text.fold: ``Số hoá`` -> ``so hoa``,
``NĐ-CP`` -> ``nd-cp``) and the query is folded the same way, so ``so hoa``, ``SỐ HOÁ`` and
``số hóa`` are one query. Fold keeps length, so a match found in the folded text is at the same
offsets in the original: snippets show the accented text as written.

Query terms are always quoted before they reach FTS5 (``1603/UBND-VP`` is the phrase
``"1603 ubnd vp"``, never FTS syntax). On SQLite, FTS5 with bm25 ranking; on other databases a
portable LIKE scan over the folded column (same results, cruder ranking).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any, Literal

import regex
from sqlalchemy import Engine, and_, bindparam, column, literal_column, or_, select, table

from normalize.text import fold
from store.db import is_sqlite
from store.schema import documents_t, paragraphs_t
from store.units import province_key, unit_key

try:  # tone-mark placement (hoá/hóa) - fold drops the marks anyway, so this only keeps forms aligned
    from normalize.text import unify_tone_marks
except ImportError:  # pragma: no cover - an older normalize/
    def unify_tone_marks(text: str) -> str:
        return text

Match = Literal["phrase", "all", "any"]
_TOKEN = regex.compile(r"[\p{L}\p{N}\p{Mn}]+")  # FTS5 unicode61 token characters
SNIPPET_WIDTH = 160
_FTS = table("paragraphs_fts", column("rowid"))


def search_form(text: str) -> str:
    """The folded form the index holds and queries are matched in (length-preserving)."""
    return fold(unify_tone_marks(text))


def query_terms(query: str) -> list[str]:
    """``NĐ-CP 1603/UBND`` -> ``['nd', 'cp', '1603', 'ubnd']``."""
    import unicodedata

    return _TOKEN.findall(search_form(unicodedata.normalize("NFC", query)))


def fts_expression(terms: Sequence[str], match: Match = "phrase") -> str:
    """An FTS5 MATCH string in which every term is quoted (no user text is ever FTS syntax)."""
    if not terms:
        raise ValueError("empty query: give at least one word or number")
    quoted = [f'"{t}"' for t in terms]  # terms are letters/digits only: nothing to escape
    if match == "phrase":
        return '"' + " ".join(terms) + '"'
    return (" OR " if match == "any" else " AND ").join(quoted)


@dataclass(frozen=True)
class Hit:
    document_id: int
    source_path: str
    unit: str | None
    province: str | None
    kind: str | None
    period_start: dt.date | None
    period_end: dt.date | None
    block: int
    page: int | None
    start: int  # the paragraph's offsets in the document text
    end: int
    score: float  # lower is better (bm25)
    snippet: str  # original accented text, matches in [brackets]
    matches: tuple[tuple[int, int], ...]  # document-text offsets of each matched term

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        for key in ("period_start", "period_end"):
            out[key] = out[key].isoformat() if out[key] else None
        out["matches"] = [list(m) for m in self.matches]
        return out


def _match_spans(folded: str, terms: Sequence[str], match: Match) -> list[tuple[int, int]]:
    """Where the query matches inside one folded paragraph (whole tokens only)."""
    if match == "phrase":
        pattern = r"(?<![\p{L}\p{N}\p{Mn}])" + r"[^\p{L}\p{N}\p{Mn}]+".join(map(regex.escape, terms))
        pattern += r"(?![\p{L}\p{N}\p{Mn}])"
    else:
        pattern = r"(?<![\p{L}\p{N}\p{Mn}])(?:" + "|".join(map(regex.escape, terms)) + r")(?![\p{L}\p{N}\p{Mn}])"
    return [m.span() for m in regex.finditer(pattern, folded)]


def make_snippet(text: str, spans: Sequence[tuple[int, int]], width: int = SNIPPET_WIDTH) -> str:
    """A window of the original ``text`` around the first match, matches in ``[...]``."""
    if not spans:
        return text[:width] + ("…" if len(text) > width else "")
    first = spans[0][0]
    lo = max(0, first - width // 3)
    hi = min(len(text), lo + width)
    # start and end on word boundaries (never before the first match or inside the last one)
    if lo:
        space = text.find(" ", lo, first)
        lo = space + 1 if space != -1 else lo
    if hi < len(text):
        last_end = max((e for s, e in spans if s < hi), default=lo)
        space = text.rfind(" ", last_end, hi)
        hi = space if space > lo else hi
    out, pos = [], lo
    for s, e in spans:
        if s < lo or e > hi:
            continue
        out.append(text[pos:s] + "[" + text[s:e] + "]")
        pos = e
    out.append(text[pos:hi])
    body = " ".join("".join(out).split())
    return ("…" if lo else "") + body + ("…" if hi < len(text) else "")


def _filters(unit: str | None, province: str | None, kind: str | None,
             date_from: dt.date | None, date_to: dt.date | None) -> list:
    where = []  # a document whose extraction failed but whose text was read is still searchable
    if unit:
        where.append(documents_t.c.unit_key == unit_key(unit))
    if province:
        where.append(documents_t.c.province_key == province_key(province))
    if kind:
        where.append(documents_t.c.kind == kind)
    # a report whose window overlaps [from, to]; a report without a window is kept out
    if date_from:
        where.append(documents_t.c.period_end >= date_from)
    if date_to:
        where.append(documents_t.c.period_start <= date_to)
    return where


def _hit(row: Any, terms: Sequence[str], match: Match, score: float, spans: list[tuple[int, int]]) -> Hit:
    return Hit(
        document_id=row["document_id"], source_path=row["source_path"], unit=row["unit_name"],
        province=row["unit_province"], kind=row["doc_kind"], period_start=row["period_start"],
        period_end=row["period_end"], block=row["block"], page=row["page"], start=row["start"],
        end=row["end"], score=score, snippet=make_snippet(row["text"], spans),
        matches=tuple((row["start"] + s, row["start"] + e) for s, e in spans),
    )


def _columns() -> list:
    p, d = paragraphs_t, documents_t
    return [p.c.id, p.c.document_id, p.c.block, p.c.kind, p.c.start, p.c.end, p.c.page, p.c.text,
            p.c.folded, d.c.source_path, d.c.unit_name, d.c.unit_province, d.c.kind.label("doc_kind"),
            d.c.period_start, d.c.period_end]


def _search_fts(engine: Engine, expression: str, where: list, terms: Sequence[str], match: Match,
                limit: int) -> list[Hit]:
    """FTS5 in two steps: the best ``limit`` paragraph ids by bm25 from the index alone (joined to
    ``paragraphs``/``documents`` only when there are filters), then the rows and the snippets of
    those few only."""
    p, d = paragraphs_t, documents_t
    score = literal_column("bm25(paragraphs_fts)").label("score")
    matches = literal_column("paragraphs_fts").op("MATCH")(bindparam("q", expression))
    best = select(_FTS.c.rowid, score).select_from(_FTS)
    if where:
        best = best.join(p, _FTS.c.rowid == p.c.id).join(d, d.c.id == p.c.document_id)
    # ties are broken by paragraph id, which follows (document, block) order within an ingest
    best = best.where(matches, *where).order_by(literal_column("score"), _FTS.c.rowid).limit(limit)
    with engine.connect() as conn:
        scores = {rowid: float(value) for rowid, value in conn.execute(best)}
        if not scores:
            return []
        stmt = (select(*_columns()).select_from(p.join(d, d.c.id == p.c.document_id))
                .where(p.c.id.in_(list(scores))))
        rows = list(conn.execute(stmt).mappings())
    rows.sort(key=lambda r: (scores[r["id"]], r["document_id"], r["block"]))
    return [_hit(r, terms, match, scores[r["id"]], _match_spans(r["folded"], terms, match)) for r in rows]


def search(
    engine: Engine,
    query: str,
    *,
    unit: str | None = None,
    province: str | None = None,
    kind: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    limit: int = 20,
    match: Match = "phrase",
) -> list[Hit]:
    """Paragraphs matching ``query`` (accent- and case-insensitive), best first.

    ``match``: ``phrase`` (the words in order, default), ``all`` (every word, anywhere in the
    paragraph) or ``any``. Filters: unit and province names (accent-insensitive, with or without
    the type word), document kind, and a period that overlaps ``[date_from, date_to]``.
    """
    terms = query_terms(query)
    expression = fts_expression(terms, match)
    where = _filters(unit, province, kind, date_from, date_to)
    if is_sqlite(engine):
        return _search_fts(engine, expression, where, terms, match, limit)
    p, d = paragraphs_t, documents_t
    likes = [p.c.folded.like(f"%{t}%") for t in terms]
    stmt = (
        select(*_columns())
        .select_from(p.join(d, d.c.id == p.c.document_id))
        .where(or_(*likes) if match == "any" else and_(*likes), *where)
        .order_by(p.c.document_id, p.c.block)
        .limit(limit * 5 if match == "phrase" else limit)
    )
    hits: list[Hit] = []
    with engine.connect() as conn:
        for row in conn.execute(stmt).mappings():
            spans = _match_spans(row["folded"], terms, match)
            if not spans:
                continue  # LIKE also matches inside words; keep whole-token matches only
            hits.append(_hit(row, terms, match, 0.0, spans))
            if len(hits) >= limit:
                break
    return hits
