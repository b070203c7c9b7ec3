"""Ingest: idempotent by content, one transaction per document, failures recorded, zips,
--reextract, and two writers on one SQLite file."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import store.ingest as store_ingest
import store.write as store_write
from baocao.cli import main
from extract.readers import read_document
from store import open_store
from store.ingest import ingest
from store.inputs import expand_inputs

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "corpus" / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))
TABLES = ("documents", "facts", "references", "warnings", "paragraphs")


def counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in TABLES}


def rows_of(db: Path, path_like: str) -> dict[str, int]:
    """How many rows of each table belong to the documents whose path matches."""
    with sqlite3.connect(db) as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM documents WHERE source_path LIKE ?", (path_like,))]
        out = {"documents": len(ids)}
        for t in TABLES[1:]:
            out[t] = sum(conn.execute(f'SELECT count(*) FROM "{t}" WHERE document_id = ?', (i,)).fetchone()[0]
                         for i in ids)
        return out


def test_ingest_twice_changes_nothing(tmp_path):
    db = tmp_path / "b.db"
    first = ingest([SEEDS], str(db), jobs=1, progress=False)
    assert len(first.new) + len(first.failed) == 5 and not first.unchanged
    before = counts(db)
    assert before["documents"] == 5 and before["paragraphs"] > 100
    second = ingest([SEEDS, *SEED_FILES], str(db), jobs=1, progress=False)
    assert second.counts() == {"new": 0, "changed": 0, "unchanged": 5, "reextracted": 0, "failed": 0,
                               "still_failed": 0}  # a path named twice: once
    assert counts(db) == before
    # the same content under another name is the same document
    copy = tmp_path / "copy.txt"
    shutil.copy(SEED_FILES[0], copy)
    assert ingest([copy], str(db), jobs=1, progress=False).unchanged == [str(copy)]
    assert counts(db) == before


def test_a_corrupt_file_is_recorded_and_the_batch_goes_on(tmp_path):
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "broken.pdf").write_bytes(b"this is not a pdf at all")
    (batch / "empty.txt").write_bytes(b"")
    (batch / "latin1.txt").write_bytes("Báo cáo số hóa".encode("cp1258", errors="replace") + b"\xff\xfe")
    shutil.copy(SEED_FILES[1], batch / "q2.txt")
    db = tmp_path / "c.db"
    summary = ingest([batch, tmp_path / "missing.docx"], str(db), jobs=1, progress=False)
    failed = dict(summary.failed)
    assert str(batch / "broken.pdf") in failed and "broken.pdf" in failed[str(batch / "broken.pdf")]
    assert str(batch / "empty.txt") in failed
    assert "no such file" in failed[str(tmp_path / "missing.docx")]
    with sqlite3.connect(db) as conn:
        stored = dict(conn.execute("SELECT source_path, status FROM documents"))
        errors = dict(conn.execute("SELECT source_path, error FROM documents WHERE status = 'failed'"))
    assert stored[str(batch / "broken.pdf")] == "failed" and stored[str(batch / "empty.txt")] == "failed"
    assert str(batch / "broken.pdf") in errors[str(batch / "broken.pdf")]  # the error names the file
    assert rows_of(db, str(batch / "q2.txt"))["paragraphs"] > 10
    # a failed document is not retried by a plain re-run, and says it is still failed ...
    again = ingest([batch], str(db), jobs=1, progress=False)
    assert not again.failed and len(again.unchanged) + len(again.still_failed) == 4
    still = dict(again.still_failed)
    assert set(still) == {p for p, status in stored.items() if status == "failed"} >= {
        str(batch / "broken.pdf"), str(batch / "empty.txt")}
    assert still[str(batch / "broken.pdf")] == errors[str(batch / "broken.pdf")]  # listed with its error
    assert f"still failed: {errors[str(batch / 'broken.pdf')]}" in again.format()
    # ... but --reextract tries it again (and it fails again, once)
    retried = ingest([batch], str(db), jobs=1, progress=False, reextract=True)
    assert {p for p, _ in retried.failed} >= {str(batch / "broken.pdf"), str(batch / "empty.txt")}
    assert counts(db)["documents"] == len(stored)


SEED_FACTS_TEXT = SEED_FILES[1].read_text(encoding="utf-8")


def _with_facts(item, only=None, data=None):
    """The real extraction of a seed, plus contract facts at real places of its text."""
    payload = store_ingest_real_extract(item, only, data)
    if item.path != str(SEED_FILES[1]):
        return payload
    text = read_document(item.file).text
    facts = []
    for phrase, metric, value in (("4.911 hồ sơ", "received_total", 4911), ("4.900 hồ sơ", "received_online", 4900),
                                  ("11 hồ sơ", "carried_over", 11), ("4.882 hồ sơ", "resolved_total", 4882),
                                  ("29 hồ sơ", "pending_total", 29)):
        start = text.index(phrase)
        facts.append({"type": "count", "span": [start, start + len(phrase)], "text": phrase, "metric": metric,
                      "value": value, "unit": "hồ sơ", "scope": None, "extractor": "counts@test"})
    payload["line"]["facts"] = facts
    return payload


store_ingest_real_extract = store_ingest.extract_item


@pytest.mark.parametrize("error", [RuntimeError("disk full"), KeyboardInterrupt()])
def test_a_document_failing_half_way_leaves_no_rows(tmp_path, monkeypatch, error):
    db = tmp_path / "h.db"
    target = SEED_FILES[1]
    monkeypatch.setattr(store_ingest, "extract_item", _with_facts)
    real_fact_row = store_write.fact_row
    calls = []

    def failing_fact_row(fact, document_id, period):
        calls.append(fact)
        if len(calls) == 3:  # two facts of the document are already inserted
            raise error
        return real_fact_row(fact, document_id, period)

    monkeypatch.setattr(store_write, "fact_row", failing_fact_row)
    summary = ingest([target, SEED_FILES[0]], str(db), jobs=1, progress=False)
    assert [f["text"] for f in calls[:3]] == ["4.911 hồ sơ", "4.900 hồ sơ", "11 hồ sơ"]  # failed on the third
    left = rows_of(db, str(target))
    assert {k: v for k, v in left.items() if k != "documents"} == {"facts": 0, "references": 0, "warnings": 0,
                                                                   "paragraphs": 0}
    if isinstance(error, KeyboardInterrupt):
        assert summary.interrupted and left["documents"] == 0
        assert rows_of(db, str(SEED_FILES[0]))["documents"] == 0  # the batch stopped there
    else:
        assert not summary.interrupted and left["documents"] == 1  # recorded failed, with the reason
        assert "disk full" in dict(summary.failed)[str(target)]
        assert rows_of(db, str(SEED_FILES[0]))["documents"] == 1  # and the batch went on
    # resumable: the same command again stores it whole
    monkeypatch.setattr(store_write, "fact_row", real_fact_row)
    ingest([target, SEED_FILES[0]], str(db), jobs=1, progress=False, reextract=True)
    whole = rows_of(db, str(target))
    assert whole["documents"] == 1 and whole["facts"] == 5 and whole["paragraphs"] > 10
    with sqlite3.connect(db) as conn:
        assert conn.execute(
            "SELECT value_int FROM facts JOIN documents ON documents.id = facts.document_id"
            " WHERE source_path = ? AND metric = 'received_total'", (str(target),)).fetchall() == [(4911,)]


def test_zip_members_are_ingested_with_archive_paths(tmp_path):
    archive = tmp_path / "batch.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(SEED_FILES[0], "thang4/000.txt")
        zf.write(SEED_FILES[3], "003.txt")
        zf.writestr("broken.pdf", b"%PDF-1.4 truncated")
        zf.writestr("notes/readme.md", "not a report")  # not a report type: left out
        zf.writestr("__MACOSX/._003.txt", b"junk")
    items, problems = expand_inputs([archive])
    assert [i.path for i in items] == [f"{archive}!003.txt", f"{archive}!broken.pdf", f"{archive}!thang4/000.txt"]
    assert not problems
    db = tmp_path / "z.db"
    summary = ingest([archive], str(db), jobs=1, progress=False)
    assert [p for p, _ in summary.failed] == [f"{archive}!broken.pdf"]
    assert f"{archive}!broken.pdf" in summary.failed[0][1]  # the error names the member, not a temp file
    with sqlite3.connect(db) as conn:
        paths = dict(conn.execute("SELECT source_path, format FROM documents WHERE status = 'ok'"))
    assert paths == {f"{archive}!003.txt": "txt", f"{archive}!thang4/000.txt": "txt"}
    # the same report as a plain file is the same document
    assert ingest([SEED_FILES[3]], str(db), jobs=1, progress=False).unchanged == [str(SEED_FILES[3])]
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"PK\x03\x04 not really")
    assert ingest([bad], str(db), jobs=1, progress=False).failed[0][0] == str(bad)


def test_reextract_reruns_only_documents_made_by_other_versions(tmp_path, monkeypatch):
    db = tmp_path / "r.db"
    versions = {"counts": "1.0"}

    def stamped(item, only=None, data=None):
        payload = store_ingest_real_extract(item, only, data)
        if not payload["line"].get("error"):
            payload["line"]["extractors"] = dict(versions)
        return payload

    monkeypatch.setattr(store_ingest, "extract_item", stamped)
    monkeypatch.setattr(store_ingest, "installed_extractors", lambda only=None: dict(versions))
    inputs = SEED_FILES[:2]
    assert len(ingest(inputs, str(db), jobs=1, progress=False).new) == 2
    with sqlite3.connect(db) as conn:
        ids_before = conn.execute("SELECT id, sha256 FROM documents ORDER BY id").fetchall()
    before = counts(db)
    assert len(ingest(inputs, str(db), jobs=1, progress=False, reextract=True).unchanged) == 2
    versions["counts"] = "1.1"  # a new extractor release
    assert len(ingest(inputs, str(db), jobs=1, progress=False).unchanged) == 2  # not without --reextract
    summary = ingest(inputs, str(db), jobs=1, progress=False, reextract=True)
    assert summary.counts() == {"new": 0, "changed": 0, "unchanged": 0, "reextracted": 2, "failed": 0,
                                "still_failed": 0}
    assert counts(db) == before
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT id, sha256 FROM documents ORDER BY id").fetchall() == ids_before
        assert {r[0] for r in conn.execute("SELECT extractors FROM documents")} == {'{"counts": "1.1"}'}
    assert len(ingest(inputs, str(db), jobs=1, progress=False, reextract=True).unchanged) == 2


def test_worker_processes_give_the_same_database(tmp_path):
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    ingest([SEEDS], str(one), jobs=1, progress=False)
    summary = ingest([SEEDS], str(two), jobs=2, progress=False)
    assert summary.total == 5
    assert counts(one) == counts(two)


def test_two_ingest_processes_on_one_database(tmp_path):
    db = tmp_path / "shared.db"
    copies = tmp_path / "copies"
    copies.mkdir()
    for f in SEED_FILES:
        shutil.copy(f, copies / f"copy-{f.name}")
    archive = tmp_path / "more.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for f in SEED_FILES[2:]:
            zf.write(f, f.name)
    cmd = [sys.executable, "-m", "baocao", "ingest", "--db", str(db), "--jobs", "1", "--quiet"]
    procs = [
        subprocess.Popen([*cmd, *map(str, SEED_FILES[:4]), str(copies)], cwd=ROOT, stderr=subprocess.PIPE, text=True),
        subprocess.Popen([*cmd, str(archive), *map(str, SEED_FILES[1:]), str(copies)], cwd=ROOT,
                         stderr=subprocess.PIPE, text=True),
    ]
    for p in procs:
        _, err = p.communicate(timeout=240)
        assert "could not be stored" not in err and "locked" not in err, err
        assert "Traceback" not in err, err
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        shas = [r[0] for r in conn.execute("SELECT sha256 FROM documents")]
        assert sorted(shas) == sorted(set(shas)) and len(shas) == 5
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        per_doc = conn.execute("SELECT document_id, count(*) FROM paragraphs GROUP BY document_id").fetchall()
        # every document whole: as many fact rows as its line had facts
        n_facts = conn.execute("SELECT sum(n_facts) FROM documents").fetchone()[0]
        assert conn.execute("SELECT count(*) FROM facts").fetchone()[0] == n_facts
    single = tmp_path / "single.db"
    ingest([SEEDS], str(single), jobs=1, progress=False)
    assert counts(db)["paragraphs"] == counts(single)["paragraphs"]
    assert len(per_doc) == 5


def test_cli_ingest_and_demo(tmp_path, capsys):
    db = tmp_path / "cli.db"
    code = main(["ingest", str(SEED_FILES[0]), "--db", str(db), "--jobs", "1", "--quiet"])
    err = capsys.readouterr().err
    assert "1 document(s)" in err and code == (1 if "1 failed" in err else 0)
    assert counts(db)["documents"] == 1
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus / "seeds")
    demo_db = tmp_path / "demo.db"
    for _ in range(2):  # recreated each run: always five new documents
        assert main(["demo", str(corpus), "--db", str(demo_db), "--jobs", "1"]) == 0
        out = capsys.readouterr().out
        assert "5 document(s)" in out and "history" in out
        assert counts(demo_db)["documents"] == 5
    assert main(["demo", str(tmp_path / "nowhere")]) == 2


def test_open_store_is_idempotent_and_writes_real_utf8(tmp_path):
    db = tmp_path / "u.db"
    for _ in range(2):
        open_store(db)
    ingest([SEED_FILES[1]], str(db), jobs=1, progress=False)
    with sqlite3.connect(db) as conn:
        raw = conn.execute("SELECT group_concat(coalesce(extractors, '') || coalesce(error, '')) FROM documents")
        assert "\\u" not in (raw.fetchone()[0] or "")


# ---------------------------------------------------------- the work split: workers prepare, parent writes


@pytest.mark.parametrize("jobs", [1, 2])
def test_every_reference_row_points_at_its_own_fact(tmp_path, jobs):
    db = tmp_path / f"refs{jobs}.db"
    summary = ingest([SEEDS], str(db), jobs=jobs, progress=False)
    assert summary.total == 5
    with sqlite3.connect(db) as conn:
        refs = conn.execute(
            'SELECT r.document_id, f.document_id, f.type, r.span_start, f.span_start, r.text, f.text'
            ' FROM "references" r JOIN facts f ON f.id = r.fact_id').fetchall()
        n_refs = conn.execute('SELECT count(*) FROM "references"').fetchone()[0]
        n_ref_facts = conn.execute("SELECT count(*) FROM facts WHERE type = 'reference'").fetchone()[0]
    assert refs and len(refs) == n_refs == n_ref_facts
    for r_doc, f_doc, f_type, r_start, f_start, r_text, f_text in refs:
        assert (r_doc, r_start, r_text) == (f_doc, f_start, f_text) and f_type == "reference"


def test_a_prepared_document_is_plain_data_and_writes_like_write_document(tmp_path):
    import pickle

    from store.extraction import extract_item
    from store.inputs import InputItem
    from store.write import PreparedDocument, prepare_document, write_prepared

    item = InputItem(str(SEED_FILES[1]), str(SEED_FILES[1]))
    payload = extract_item(item)
    direct, prepared = tmp_path / "direct.db", tmp_path / "prepared.db"
    e1, e2 = open_store(direct), open_store(prepared)
    assert store_write.write_document(e1, item.sha256(), payload, "new", {}) == "new"
    doc = pickle.loads(pickle.dumps(prepare_document(item.sha256(), payload, e2.dialect)))
    assert isinstance(doc, PreparedDocument) and not doc.failed
    assert all(type(v) in (str, int, float, type(None)) for row in doc.facts + doc.paragraphs for v in row)
    assert write_prepared(e2, doc, "new", {}) == "new"
    assert write_prepared(e2, doc, "new", {}) == "unchanged"  # checked again under the write lock
    assert counts(direct) == counts(prepared)
    query = "SELECT type, metric, value, value_int, span_start, span_end, extra, period_start FROM facts ORDER BY id"
    with sqlite3.connect(direct) as a, sqlite3.connect(prepared) as b:
        assert a.execute(query).fetchall() == b.execute(query).fetchall()
        assert a.execute("SELECT folded FROM paragraphs").fetchall() == b.execute("SELECT folded FROM paragraphs").fetchall()


@pytest.mark.parametrize(("n_items", "jobs", "expected"), [(1, 2, 1), (10, 2, 1), (120, 2, 7), (1000, 2, 8), (1000, 8, 8),
                                                         (0, 2, 1)])
def test_chunks_stay_small(n_items, jobs, expected):
    assert store_ingest._chunk_size(n_items, jobs) == expected


def test_an_in_memory_database_is_ingested_in_process(tmp_path):
    from sqlalchemy import create_engine

    from store.schema import create_schema

    engine = create_engine("sqlite://")
    create_schema(engine)
    assert not store_ingest._shareable(engine)
    summary = ingest(SEED_FILES[:2], engine, jobs=2, progress=False)
    assert len(summary.new) + len(summary.failed) == 2
    assert ingest(SEED_FILES[:2], engine, jobs=2, progress=False).counts()["unchanged"] == 2
