"""``baocao serve`` without a browser: the plugin's SQL functions, the metadata, the checks on the
database, and a real server (a child process on 127.0.0.1) queried through its JSON API."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from baocao.cli import build_parser
from baocao.serve import DB_NAME, SETTINGS, ServeError, build_metadata, servable_path
from baocao.web.plugin import SQL_FUNCTIONS, escape_fts, fold, unit_key
from baocao.web.process import running_server
from normalize.text import fold as project_fold
from store import open_store
from store.ingest import ingest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "corpus" / "seeds"


# --- the plugin's SQL functions ---------------------------------------------------------------

ESCAPE_CASES = [
    # (typed by the user, FTS5 expression sent to the folded index)
    ("số hóa", '"so hoa"'),
    ("SỐ HOÁ", '"so hoa"'),  # other tone-mark placement, capitals
    ("so hoa", '"so hoa"'),
    ("Đất đai", '"dat dai"'),
    ("1603/UBND-VP", '"1603 ubnd vp"'),  # punctuation is a word break, never FTS syntax
    ("118/2025/NĐ-CP", '"118 2025 nd cp"'),
    ('a "b', '"a b"'),  # a stray quote cannot break the phrase
    ("hồ sơ OR NOT x*", '"ho so or not x"'),  # FTS operators are plain words here
    ("", '""'),  # nothing to search: an empty phrase, matches nothing
    ("  /-!  ", '""'),
]


@pytest.mark.parametrize(("query", "expected"), ESCAPE_CASES)
def test_escape_fts(query, expected):
    assert escape_fts(query) == expected


def test_fold_sql_function_is_the_projects_fold():
    for text in ("Số hoá", "ĐẤT ĐAI", "Nghị định 61/2018/NĐ-CP", "plain"):
        assert fold(text) == project_fold(text)
    assert fold(None) is None


@pytest.mark.parametrize(("name", "key"), [("Xã Thượng Hồng", "thuong hong"), ("thuong hong", "thuong hong"),
                                           ("PHƯỜNG HƯNG ĐẠO", "hung dao"), ("", None), (None, None)])
def test_unit_key_sql_function(name, key):
    assert unit_key(name) == key


@pytest.fixture(scope="module")
def fts_conn():
    conn = sqlite3.connect(":memory:")
    conn.execute("create virtual table t using fts5(folded, tokenize='unicode61 remove_diacritics 0')")
    conn.execute("insert into t(folded) values ('so hoa ho so'), ('cong van 1603/ubnd-vp')")
    yield conn
    conn.close()


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_escape_fts_is_always_valid_fts5(fts_conn, query):
    """Whatever is typed, the expression is valid FTS5 (never a syntax error page)."""
    fts_conn.execute("select count(*) from t where t match ?", (escape_fts(query),)).fetchone()


def test_escaped_queries_find_rows(fts_conn):
    def hits(q: str) -> int:
        return fts_conn.execute("select count(*) from t where t match ?", (escape_fts(q),)).fetchone()[0]

    assert hits("Số hóa") == hits("so hoa") == 1
    assert hits("1603/UBND-VP") == 1
    assert hits("hóa số") == 0  # a phrase: word order matters
    assert hits("") == 0


# --- metadata and command line ----------------------------------------------------------------

CANNED = {  # query name -> its named parameters
    "unit_history": {"unit", "metric"},
    "metric_ranking": {"metric", "period", "kind"},
    "citing_documents": {"number"},
    "documents_with_warnings": {"code"},
    "conflicts": {"unit", "metric"},
    "scope_figures": {"unit", "metric"},
    "search_paragraphs": {"q", "unit"},
}


def test_metadata_names_the_database_and_dashboards():
    meta = build_metadata("mydb")
    database = meta["databases"]["mydb"]
    assert set(database["queries"]) == set(CANNED)
    for name, params in CANNED.items():
        sql = database["queries"][name]["sql"]
        assert all(f":{p}" in sql for p in params), name
        assert " · " in database["queries"][name]["title"]  # Vietnamese · English
    assert database["tables"]["paragraphs"]["fts_table"] == "paragraphs_fts"
    assert {"unit_name", "unit_province", "kind", "period_end"} <= set(database["tables"]["documents"]["facets"])
    assert "metric" in database["tables"]["facts"]["facets"]
    # scopes and issuers are faceted on their grouping key, not as written
    assert "scope_key" in database["tables"]["facts"]["facets"]
    assert "scope" not in database["tables"]["facts"]["facets"]
    assert "issuer_key" in database["tables"]["documents"]["facets"]
    dashboards = meta["plugins"]["datasette-dashboards"]
    charts = [c for d in dashboards.values() for c in d["charts"].values()]
    assert {c["library"] for c in charts} >= {"vega-lite", "table"}
    assert all(c["db"] == "mydb" for c in charts if "query" in c)
    assert "DB" not in meta["databases"] and build_metadata()["databases"].keys() == {DB_NAME}


def test_cli_defaults_are_local_and_read_only():
    args = build_parser().parse_args(["serve"])
    assert (args.host, args.port, args.db) == ("127.0.0.1", 8001, None)
    assert build_parser().parse_args(["serve", "--host", "0.0.0.0", "--port", "9"]).host == "0.0.0.0"
    assert SETTINGS["sql_time_limit_ms"] <= 1000


def _sqlite_file(path: Path, sql: str) -> Path:
    conn = sqlite3.connect(path)
    conn.executescript(sql)
    conn.close()
    return path


@pytest.mark.parametrize(("make", "message"), [
    (lambda d: d / "missing.db", "no such database"),
    (lambda d: (d / "text.db").write_text("not a database " * 100) and d / "text.db", "not an SQLite database"),
    (lambda d: _sqlite_file(d / "other.db", "create table t(x);"), "not a baocao database"),
    (lambda d: "postgresql://localhost/baocao", "needs an SQLite file"),
])
def test_servable_path_refuses_with_a_reason(tmp_path, make, message):
    with pytest.raises(ServeError, match=message):
        servable_path(make(tmp_path))


def test_servable_path_refuses_unmerged_writes(tmp_path, served_db):
    db = tmp_path / "copy.db"
    db.write_bytes(served_db.read_bytes())
    Path(f"{db}-wal").write_bytes(b"\0" * 64)
    with pytest.raises(ServeError, match="not yet merged"):
        servable_path(db)
    Path(f"{db}-wal").write_bytes(b"")  # an empty log left by a finished ingest is fine
    assert servable_path(db) == db


# --- canned queries that group by scope, run on SQLite with the plugin's functions ----------------


@pytest.fixture(scope="module")
def scoped_conn(tmp_path_factory):
    """Three reports writing one office three ways (see tests/test_store_scope_keys.py)."""
    from test_store_scope_keys import fill

    db = tmp_path_factory.mktemp("scoped") / "scoped.db"
    engine = open_store(db, units=False)
    fill(engine)
    engine.dispose()
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    for name, fn in SQL_FUNCTIONS.items():
        conn.create_function(name, 1, fn, deterministic=True)
    yield conn
    conn.close()


def canned(conn, name: str, **params) -> list[dict]:
    sql = build_metadata("x")["databases"]["x"]["queries"][name]["sql"]
    return [dict(r) for r in conn.execute(sql, params)]


def test_conflicts_compare_scopes_on_their_key(scoped_conn):
    found = canned(scoped_conn, "conflicts", unit="", metric="")
    # the one office written "Phòng Văn hoá - Xã hội" and "phòng  Văn hóa–Xã hội" gave 120 and 118
    assert [(r["unit"], r["scope"], r["scope_key"], r["value"]) for r in found] == [
        ("Thượng Hồng", "phòng  Văn hóa–Xã hội", "phòng văn hóa - xã hội", 118.0),
        ("Thượng Hồng", "Phòng Văn hoá - Xã hội", "phòng văn hóa - xã hội", 120.0),
    ]
    # agreeing reports (Phòng Kinh tế), a different office (Phòng Văn hóa), another commune and the
    # commune-wide total are not conflicts
    assert canned(scoped_conn, "conflicts", unit="Hưng Đạo", metric="") == []
    assert canned(scoped_conn, "conflicts", unit="thuong hong", metric="on_time_rate") == []
    assert len(canned(scoped_conn, "conflicts", unit="10993", metric="received_total")) == 2


def test_scope_figures_group_spellings(scoped_conn):
    found = {(r["unit"], r["scope_key"]): r for r in canned(scoped_conn, "scope_figures", unit="", metric="")}
    vhxh = found[("Thượng Hồng", "phòng văn hóa - xã hội")]
    assert sorted(json.loads(vhxh["written_as"])) == ["Phòng Văn hoá - Xã hội", "phòng  Văn hóa–Xã hội"]
    assert (vhxh["reports"], vhxh["n_values"], vhxh["min_value"], vhxh["max_value"]) == (2, 2, 118.0, 120.0)
    assert found[("Thượng Hồng", "phòng kinh tế")]["n_values"] == 1
    assert found[("Thượng Hồng", "phòng văn hóa")]["reports"] == 1
    assert json.loads(found[("Hưng Đạo", "phòng văn hóa - xã hội")]["written_as"]) == ["PHÒNG VĂN HÓA-XÃ HỘI"]
    assert len(found) == 4  # commune-wide figures are not a scope
    assert canned(scoped_conn, "scope_figures", unit="Không Có", metric="") == []


# --- a real server ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def served_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("serve") / "seeds.db"
    engine = open_store(db)
    summary = ingest([SEEDS], engine, jobs=1, progress=False)
    engine.dispose()  # closes the connections: the WAL is merged into the file
    assert len(summary.new) == 5, summary.format()
    assert not Path(f"{db}-wal").exists() or Path(f"{db}-wal").stat().st_size == 0
    return db


@pytest.fixture(scope="module")
def server(served_db):
    before = hashlib.sha256(served_db.read_bytes()).hexdigest()
    files_before = sorted(p.name for p in served_db.parent.iterdir())
    with running_server(served_db) as srv:
        yield srv
    # after the server stopped: not one byte of the database changed, no journal files appeared
    assert hashlib.sha256(served_db.read_bytes()).hexdigest() == before
    files_after = sorted(p.name for p in served_db.parent.iterdir() if not p.name.endswith(".serve.log"))
    assert files_after == [f for f in files_before if not f.endswith(".serve.log")]


def get(server, path: str, **params) -> tuple[int, object]:
    url = server.url + path + ("?" + urllib.parse.urlencode(params, doseq=True) if params else "")
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read() or b"null")


def rows(server, path: str, **params) -> list[dict]:
    status, body = get(server, path, _shape="array", **params)
    assert status == 200, body
    assert isinstance(body, list)
    return body


def test_table_json(server):
    docs = rows(server, f"/{DB_NAME}/documents.json", _col=["unit_name", "status"])
    assert len(docs) == 5 and all(d["status"] == "ok" for d in docs)
    assert {d["unit_name"] for d in docs} >= {"Thượng Hồng", "Hưng Đạo"}
    status, body = get(server, f"/{DB_NAME}/documents.json", _facet="unit_name")
    assert status == 200
    facet = {r["value"]: r["count"] for r in body["facet_results"]["unit_name"]["results"]}
    assert facet["Nguyễn Lương Bằng"] == 2


@pytest.mark.parametrize("query", ["số hóa", "SỐ HOÁ", "Số hoá"])
def test_search_is_accent_insensitive(server, query):
    plain = rows(server, f"/{DB_NAME}/paragraphs.json", _search="so hoa", _col="id")
    accented = rows(server, f"/{DB_NAME}/paragraphs.json", _search=query, _col="id")
    assert len(plain) >= 5
    assert accented == plain


def test_search_matches_the_cli(server, served_db):
    from store.search import search

    engine = open_store(served_db, units=False)
    try:
        cli_ids = sorted(h.start for h in search(engine, "đất đai", limit=1000))
    finally:
        engine.dispose()
    for query in ("đất đai", "dat dai"):
        web = rows(server, f"/{DB_NAME}/paragraphs.json", _search=query, _col="start", _size="max")
        assert sorted(r["start"] for r in web) == cli_ids
    assert cli_ids


def test_search_document_number_is_not_fts_syntax(server):
    found = rows(server, f"/{DB_NAME}/paragraphs.json", _search="1603/UBND-VP")
    assert len(found) == 1 and "1603/UBND-VP" in found[0]["text"]
    assert rows(server, f"/{DB_NAME}/paragraphs.json", _search='"NOT AND (') == []


def test_canned_query_with_parameters(server):
    history = rows(server, f"/{DB_NAME}/unit_history.json", unit="thuong hong", metric="")
    assert history and {r["unit"] for r in history} == {"Thượng Hồng"}
    assert rows(server, f"/{DB_NAME}/unit_history.json", unit="XÃ THƯỢNG HỒNG", metric="") == history
    one = rows(server, f"/{DB_NAME}/unit_history.json", unit="Thượng Hồng", metric=history[0]["metric"])
    assert one and {r["metric"] for r in one} == {history[0]["metric"]}
    assert rows(server, f"/{DB_NAME}/unit_history.json", unit="Không Có", metric="") == []

    citing = rows(server, f"/{DB_NAME}/citing_documents.json", number="1603/ubnd-vp")
    assert len(citing) == 1 and "1603/UBND-VP" in citing[0]["cited_as"]
    assert rows(server, f"/{DB_NAME}/citing_documents.json", number="9999/XX-YY") == []

    metric = history[0]["metric"]
    ranking = rows(server, f"/{DB_NAME}/metric_ranking.json", metric=metric, period="", kind="")
    assert ranking[0]["rank"] == 1 and [r["value"] for r in ranking] == sorted((r["value"] for r in ranking),
                                                                               reverse=True)
    assert rows(server, f"/{DB_NAME}/metric_ranking.json", metric=metric, period="1999", kind="") == []

    warned = rows(server, f"/{DB_NAME}/documents_with_warnings.json", code="")
    assert warned and all(r["warnings"] >= 1 for r in warned)
    for row in rows(server, f"/{DB_NAME}/conflicts.json", unit="", metric=""):
        assert row["value"] is not None and row["metric"]
    found = rows(server, f"/{DB_NAME}/search_paragraphs.json", q="so hoa", unit="")
    assert len(found) == len(rows(server, f"/{DB_NAME}/paragraphs.json", _search="số hóa", _col="id"))


def test_csv_export(server):
    url = f"{server.url}/{DB_NAME}/unit_history.csv?" + urllib.parse.urlencode({"unit": "Hưng Đạo", "metric": ""})
    with urllib.request.urlopen(url, timeout=10) as response:
        text = response.read().decode("utf-8")
    header, *lines = text.splitlines()
    assert header.startswith("metric,period_start,period_end,value") and lines
    assert all("Hưng Đạo" in line for line in lines)


def test_sql_is_time_limited(server):
    status, body = get(server, f"/{DB_NAME}.json",
                       sql="with recursive c(x) as (select 1 union all select x + 1 from c) select count(*) from c")
    assert status == 400 and "too long" in body["error"]


@pytest.mark.parametrize("sql", [
    "delete from documents",
    "update facts set value = 0",
    "drop table warnings",
    "insert into units(code, name) values ('x', 'y')",
    "attach database ':memory:' as m",
    "pragma writable_schema = 1",
])
def test_writes_are_refused(server, sql):
    status, body = get(server, f"/{DB_NAME}.json", sql=sql)
    assert status == 400 and body["ok"] is False


def test_database_is_immutable_and_local(server):
    status, databases = get(server, "/-/databases.json")
    assert status == 200
    assert [(d["name"], d["is_mutable"]) for d in databases] == [(DB_NAME, False)]
    assert rows(server, f"/{DB_NAME}/documents.json", _col="id")  # still readable after the refused writes
    listening = _listening_addresses(server.port)
    assert listening == {"127.0.0.1"}, listening


def _listening_addresses(port: int) -> set[str]:
    """Local addresses with a socket in LISTEN state on ``port`` (Linux /proc/net/tcp{,6})."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, port_hex = local.split(":")
            if state != "0A" or int(port_hex, 16) != port:
                continue
            if len(address) == 8:  # IPv4, little-endian hex
                found.add(".".join(str(int(address[i:i + 2], 16)) for i in (6, 4, 2, 0)))
            else:
                found.add("ipv6:" + address)
    return found
