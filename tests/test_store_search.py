"""Accent-insensitive full-text search over the real seed reports (and a few made-up documents
for the filters), with the snippets in the original accented text."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from baocao.cli import main
from extract.readers import read_document
from normalize.text import fold
from store import open_store
from store.ingest import ingest
from store.search import fts_expression, make_snippet, query_terms, search, search_form
from store.write import write_document

SEEDS = Path(__file__).resolve().parent.parent / "corpus" / "seeds"


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("search") / "s.db"
    engine = open_store(db)
    summary = ingest([SEEDS], engine, jobs=1, progress=False)
    assert len(summary.new) + len(summary.failed) == 5
    return engine


def _found(engine, query: str, **kw) -> set[tuple[str, int]]:
    return {(h.source_path, h.block) for h in search(engine, query, limit=1000, **kw)}


@pytest.mark.parametrize(
    "queries",
    [
        ("số hóa", "SỐ HOÁ", "so hoa", "số hoá", "Số Hóa"),
        ("đất đai", "dat dai", "ĐẤT ĐAI", "Đất Đai"),
        ("NĐ-CP", "nd cp", "nđ-cp", "ND CP", "Nd/Cp"),
        ("thủ tục hành chính", "thu tuc hanh chinh", "THỦ TỤC HÀNH CHÍNH"),
    ],
)
def test_queries_with_and_without_accents_find_the_same_paragraphs(seeds_db, queries):
    results = [_found(seeds_db, q) for q in queries]
    assert results[0], f"{queries[0]!r} found nothing in the seeds"
    for query, found in zip(queries[1:], results[1:], strict=True):
        assert found == results[0], query


@pytest.mark.parametrize("query", ["so hoa", "dat dai", "nd cp", "1603/UBND-VP", "99,96%"])
def test_matches_point_at_the_original_accented_text(seeds_db, query):
    hits = search(seeds_db, query, limit=50)
    assert hits
    texts = {}
    for hit in hits:
        if hit.source_path not in texts:
            texts[hit.source_path] = read_document(hit.source_path).text
        doc = texts[hit.source_path]
        assert hit.matches
        for s, e in hit.matches:
            assert hit.start <= s < e <= hit.end
            assert " ".join(query_terms(doc[s:e])) == " ".join(query_terms(query))
        first = doc[hit.matches[0][0]:hit.matches[0][1]]
        assert f"[{first}]" in hit.snippet  # the snippet shows the text as written, accents and all
    if query == "dat dai":
        assert any("[đất đai]" in h.snippet for h in hits)


@pytest.mark.parametrize(
    "query",
    ['1603/UBND-VP', 'NĐ-CP"', 'AND', 'OR NOT', 'NEAR(so hoa)', 'so*', '(dat', '"so hoa', "hồ sơ: 4.911", "^số", "a-b-c-"],
)
def test_query_syntax_never_reaches_fts(seeds_db, query):
    search(seeds_db, query)  # must not raise an FTS syntax error


def test_a_reference_number_is_found(seeds_db):
    hits = search(seeds_db, "1603/UBND-VP")
    assert hits and all("[1603/UBND-VP]" in h.snippet for h in hits)


def test_empty_query_is_a_clear_error(seeds_db):
    with pytest.raises(ValueError, match="empty query"):
        search(seeds_db, " -- / ")


# --- made-up documents: negatives and filters --------------------------------------------------

DOCS = [
    # name, unit, province, kind, period, paragraphs
    ("a.txt", "Thượng Hồng", "Hải Phòng", "quarter", ("2026-04-01", "2026-06-30"),
     ["Tỷ lệ số hoá hồ sơ đạt 100%.", "Hòa giải ở cơ sở; số liệu hoá đơn.", "Hoàn thành đất đai."]),
    ("b.txt", "Hưng Đạo", "Hải Phòng", "month", ("2026-03-01", "2026-03-31"),
     ["Tỷ lệ số hóa kết quả đạt 98.7%.", "Đạt được đai lưng."]),
    ("c.txt", "Bình Giang", "Hải Dương", "year", ("2025-01-01", "2025-12-31"),
     ["SỐ HOÁ toàn bộ hồ sơ đất đai."]),
]


@pytest.fixture(scope="module")
def made_up_db(tmp_path_factory):
    engine = open_store(tmp_path_factory.mktemp("filters") / "f.db")
    for name, unit, province, kind, (start, end), paragraphs in DOCS:
        text, rows = "", []
        for i, p in enumerate(paragraphs):
            if text:
                text += "\n\n"
            rows.append({"block": i, "kind": "paragraph", "start": len(text), "end": len(text) + len(p),
                         "page": 1, "text": p})
            text += p
        line = {"source": {"path": name}, "error": None, "facts": [], "warnings": [], "extractors": {},
                "document": {"unit": {"type": "xã", "name": unit, "province": province, "code": None},
                             "kind": kind, "period": {"start": start, "end": end}}}
        sha = hashlib.sha256(name.encode()).hexdigest()
        write_document(engine, sha, {"path": name, "line": line, "paragraphs": rows}, "new", {})
    return engine


@pytest.mark.parametrize(
    ("query", "kw", "expected"),
    [
        ("so hoa", {}, {("a.txt", 0), ("b.txt", 0), ("c.txt", 0)}),
        # every word, anywhere: "số liệu hoá đơn" has both
        ("so hoa", {"match": "all"}, {("a.txt", 0), ("a.txt", 1), ("b.txt", 0), ("c.txt", 0)}),
        ("hoa", {}, {("a.txt", 0), ("a.txt", 1), ("b.txt", 0), ("c.txt", 0)}),  # not "hoàn", "hoá đơn" is hoa
        ("hoan", {}, {("a.txt", 2)}),
        ("dat dai", {}, {("a.txt", 2), ("c.txt", 0)}),  # "Đạt được đai" is not the phrase
        ("dat dai", {"match": "all"}, {("a.txt", 2), ("b.txt", 1), ("c.txt", 0)}),
        ("dai hoa", {"match": "any"}, {("a.txt", 0), ("a.txt", 1), ("a.txt", 2), ("b.txt", 0), ("b.txt", 1),
                                       ("c.txt", 0)}),
        ("so hoa", {"unit": "thuong hong"}, {("a.txt", 0)}),
        ("so hoa", {"unit": "Xã Thượng Hồng"}, {("a.txt", 0)}),
        ("so hoa", {"unit": "Thượng"}, set()),
        ("so hoa", {"province": "Hải Phòng"}, {("a.txt", 0), ("b.txt", 0)}),
        ("so hoa", {"province": "tỉnh Hải Dương"}, {("c.txt", 0)}),
        ("so hoa", {"kind": "month"}, {("b.txt", 0)}),
        ("so hoa", {"date_from": dt.date(2026, 3, 15), "date_to": dt.date(2026, 4, 15)},
         {("a.txt", 0), ("b.txt", 0)}),
        ("so hoa", {"date_from": dt.date(2026, 7, 1)}, set()),
        ("so hoa", {"date_to": dt.date(2025, 6, 1)}, {("c.txt", 0)}),
        ("98.7%", {}, {("b.txt", 0)}),
        ("98,7", {}, {("b.txt", 0)}),  # decimal comma or dot: both are the tokens 98 7
        ("98", {}, {("b.txt", 0)}),
        ("9", {}, set()),  # a digit inside a number is not a match
    ],
)
def test_made_up_documents(made_up_db, query, kw, expected):
    assert _found(made_up_db, query, **kw) == expected


def test_ranking_prefers_denser_paragraphs(made_up_db):
    hits = search(made_up_db, "hoa", match="any")
    assert [h.score for h in hits] == sorted(h.score for h in hits)


def test_snippet_marks_every_match_in_the_window():
    text = "Số hóa, SỐ HOÁ và số hoá: ba cách viết."
    spans = [(0, 6), (8, 14), (18, 24)]
    assert make_snippet(text, spans) == "[Số hóa], [SỐ HOÁ] và [số hoá]: ba cách viết."


def test_fts_expression_quotes_every_term():
    assert fts_expression(["nd", "cp"]) == '"nd cp"'
    assert fts_expression(["and", "or"], "all") == '"and" AND "or"'
    assert fts_expression(["near"], "any") == '"near"'


@given(st.text(max_size=40))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_query_gives_results_or_a_clear_error(made_up_db, query):
    try:
        hits = search(made_up_db, query)
    except ValueError as exc:
        assert "empty query" in str(exc)
        assert not query_terms(query)
    else:
        assert isinstance(hits, list)


@given(st.text())
def test_search_form_keeps_offsets(text):
    assert len(search_form(text)) == len(text)
    assert search_form(text) == fold(search_form(text))


def test_cli_search(made_up_db, capsys):
    db = str(made_up_db.url.database)
    assert main(["search", "SỐ HOÁ", "--db", db, "--kind", "quarter"]) == 0
    out = capsys.readouterr().out
    assert "a.txt" in out and "[số hoá]" in out and "b.txt" not in out
    assert main(["search", "so hoa", "--db", db, "--json", "--limit", "1"]) == 0
    assert capsys.readouterr().out.count("\n") == 1
    assert main(["search", "không có đâu", "--db", db]) == 1


def _ranked_in_one_query(engine, query: str, limit: int, match: str = "phrase", **filters) -> list[tuple]:
    """The reference: bm25 over every match joined to its paragraph and document, in SQL."""
    from sqlalchemy import text

    from store.search import _filters

    sql = ("SELECT p.document_id, p.block, bm25(paragraphs_fts) AS score FROM paragraphs_fts"
           " JOIN paragraphs p ON p.id = paragraphs_fts.rowid JOIN documents ON documents.id = p.document_id"
           " WHERE paragraphs_fts MATCH :q")
    clauses = _filters(filters.get("unit"), filters.get("province"), filters.get("kind"), None, None)
    params = {"q": fts_expression(query_terms(query), match)}
    with engine.connect() as conn:
        for i, clause in enumerate(clauses):
            compiled = clause.compile(conn)
            name = f"f{i}"
            sql += f" AND {compiled.string.replace('?', ':' + name)}"
            params[name] = next(iter(compiled.params.values()))
        rows = conn.execute(text(sql + " ORDER BY score, p.document_id, p.block LIMIT :n"), {**params, "n": limit})
        return [(r.document_id, r.block, round(r.score, 9)) for r in rows]


@pytest.mark.parametrize(
    ("query", "kw"),
    [("hồ sơ", {}), ("thủ tục hành chính", {}), ("so hoa", {"match": "any"}), ("dat dai", {"match": "all"}),
     ("hồ sơ", {"kind": "quarter"}), ("ho so", {"unit": "Thượng Hồng"}), ("zzz khong co", {})],
)
@pytest.mark.parametrize("limit", [1, 7, 1000])
def test_two_step_ranking_equals_ranking_everything(seeds_db, made_up_db, query, kw, limit):
    for engine in (seeds_db, made_up_db):
        match = kw.get("match", "phrase")
        filters = {k: v for k, v in kw.items() if k != "match"}
        got = [(h.document_id, h.block, round(h.score, 9)) for h in search(engine, query, limit=limit, **kw)]
        assert got == _ranked_in_one_query(engine, query, limit, match, **filters)
