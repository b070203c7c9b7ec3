"""The review's findings on store/: no database made by a typo, zips read once, no WAL left
behind, corrected reports superseding old ones, still-failed documents, nested archives, unit
type words from the lexicon, one count per rendering set, and the bench's temporary folder."""

from __future__ import annotations

import json
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

import extract.readers as readers
import store.ingest as store_ingest
import store.inputs as store_inputs
from baocao.cli import main
from store import NoSuchDatabase, open_existing, open_store
from store.export import observations, references
from store.extraction import text_sha256
from store.history import format_history, history
from store.ingest import ingest
from store.inputs import expand_inputs

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "corpus" / "seeds"
RENDERED = ROOT / "corpus" / "rendered"
SEED_FILES = sorted(SEEDS.glob("*.txt"))
HUNG_DAO = next(p for p in SEED_FILES if p.name.startswith("003_"))  # received_total 4266, commune-wide


def statuses(db: Path) -> dict[str, tuple]:
    with sqlite3.connect(db) as conn:
        return {r[0]: r[1:] for r in conn.execute(
            "SELECT id, source_path, status, superseded_by FROM documents ORDER BY id")}


# ------------------------------------------------------------------ 1. no database made by a typo


@pytest.mark.parametrize("command", [
    ["search", "hồ sơ"],
    ["history", "--unit", "Hưng Đạo"],
    ["export", "--format", "csv"],
])
def test_read_commands_never_create_a_database(tmp_path, capsys, command):
    typo = tmp_path / "baocoa.db"
    assert main([*command, "--db", str(typo)]) == 2
    err = capsys.readouterr().err
    assert f"no such database: {typo}; create it with `baocao ingest --db {typo} ...`" in err
    assert not list(tmp_path.iterdir())  # nothing created: no file, no -wal, no -shm


@pytest.mark.parametrize(("content", "detail"), [
    (None, "no baocao tables"),  # an SQLite file of something else
    (b"hello, not a database at all" * 100, "not an SQLite database"),
    (b"", "no baocao tables"),  # an empty file is an empty SQLite database
])
def test_a_file_without_the_schema_is_no_database(tmp_path, content, detail):
    db = tmp_path / "other.db"
    if content is None:
        with sqlite3.connect(db) as conn:
            conn.execute("CREATE TABLE notes (x)")
    else:
        db.write_bytes(content)
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(NoSuchDatabase, match=detail) as info:
        open_existing(db)
    assert f"create it with `baocao ingest --db {db} ...`" in str(info.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_open_existing_opens_and_upgrades_an_older_database(tmp_path):
    from sqlalchemy import MetaData, Table

    from store.db import make_engine
    from store.schema import ADDED_COLUMNS, TABLES, documents_t

    db = tmp_path / "old.db"
    old = make_engine(db)  # the database as the first release made it
    first_release = Table("documents", MetaData(),
                          *(c._copy() for c in documents_t.c if c.name not in ADDED_COLUMNS))
    first_release.create(old)
    for table in TABLES[1:]:
        table.create(old)
    old.dispose()
    engine = open_existing(db)
    with sqlite3.connect(db) as conn:
        columns = {r[1] for r in conn.execute("PRAGMA table_info(documents)")}
        indexes = {r[1] for r in conn.execute("PRAGMA index_list(documents)")}
    assert {"superseded_by", "text_sha256"} <= columns
    assert {"ix_documents_superseded_by", "ix_documents_text_sha256"} <= indexes
    assert history(engine, "Hưng Đạo") == []
    engine.dispose()


# ------------------------------------------------------------------ 2. every input read once


def test_zip_members_are_read_once_from_one_open_archive(tmp_path, monkeypatch):
    archive = tmp_path / "batch.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for f in SEED_FILES:
            zf.write(f, f"thang6/{f.name}")
    opened: list[str] = []
    real_zipfile = zipfile.ZipFile

    def counting(file, *args, **kwargs):
        opened.append(str(file))
        return real_zipfile(file, *args, **kwargs)

    reads: list[str] = []
    real_read = store_inputs.InputItem.read_bytes

    def read_bytes(self):
        reads.append(self.path)
        return real_read(self)

    def no_disk(path):  # the reader must use the bytes it is given
        raise AssertionError(f"{path} read from disk a second time")

    monkeypatch.setattr(store_inputs.zipfile, "ZipFile", counting)
    monkeypatch.setattr(store_inputs.InputItem, "read_bytes", read_bytes)
    monkeypatch.setattr(readers, "_read_bytes", no_disk)
    plain = tmp_path / "plain.txt"
    plain.write_bytes(SEED_FILES[0].read_bytes() + b"\n")
    summary = ingest([archive, plain], str(tmp_path / "z.db"), jobs=1, progress=False)
    assert len(summary.new) == 6 and not summary.failed, summary.format()
    assert sorted(reads) == sorted(set(reads)) and len(reads) == 6  # each input once
    assert len(opened) == 2  # listing the archive, then one ZipFile for all five members
    assert not store_inputs._ARCHIVES  # closed at the end of the ingest


def test_a_member_that_cannot_be_read_is_an_error_naming_the_member(tmp_path):
    from store.extraction import extract_item
    from store.inputs import InputItem

    archive = tmp_path / "a.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(SEED_FILES[0], "000.txt")
    item = InputItem(f"{archive}!gone.txt", str(archive), "gone.txt")  # the archive changed meanwhile
    error = extract_item(item)["line"]["error"]
    assert error.startswith(f"{archive}!gone.txt") and "cannot be read from the archive" in error
    store_inputs.close_archives()


# ------------------------------------------------------------------ 3. no write-ahead log left behind


def test_ingest_from_python_leaves_a_whole_database_file(tmp_path):
    db = tmp_path / "w.db"
    ingest([SEED_FILES[0]], str(db), jobs=1, progress=False)
    wal = Path(f"{db}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    # with the caller's engine, still open: the log is merged and truncated
    engine = open_store(db, units=False)
    ingest([SEED_FILES[1]], engine, jobs=1, progress=False)
    assert wal.stat().st_size == 0
    with sqlite3.connect(f"file:{db}?mode=ro&immutable=1", uri=True) as conn:  # what `baocao serve` opens
        assert conn.execute("SELECT count(*) FROM documents").fetchone() == (2,)
    engine.dispose()


# ------------------------------------------------------------------ 4. a corrected report supersedes


def test_a_corrected_report_under_the_same_path_supersedes_the_old_one(tmp_path):
    db = tmp_path / "s.db"
    report = tmp_path / "bao-cao-q2.txt"
    text = HUNG_DAO.read_text(encoding="utf-8")
    assert "4.266" in text
    report.write_text(text, encoding="utf-8")
    assert ingest([report], str(db), jobs=1, progress=False).new == [str(report)]
    report.write_text(text.replace("4.266", "4.276"), encoding="utf-8")  # the corrected version
    summary = ingest([report], str(db), jobs=1, progress=False)
    assert summary.changed == [str(report)] and not summary.new
    assert "1 changed" in summary.format() and f"changed: {report}" in summary.format()
    (old_id, old), (new_id, new) = statuses(db).items()
    assert old == (str(report), "superseded", new_id) and new == (str(report), "ok", None)
    engine = open_existing(db)
    rows = history(engine, "Hưng Đạo", metric="received_total")
    assert [r.value for r in rows] == [4276.0] and not any(r.conflict for r in rows)
    assert {r["document_sha256"] for r in observations(engine)} == {_sha(db, new_id)}
    assert {r["document_sha256"] for r in references(engine)} <= {_sha(db, new_id)}
    both = history(engine, "Hưng Đạo", metric="received_total", include_superseded=True)
    assert sorted(r.value for r in both) == [4266.0, 4276.0] and all(r.conflict for r in both)
    # the same content again: unchanged; --reextract leaves the superseded one alone
    again = ingest([report], engine, jobs=1, progress=False, reextract=True)
    assert again.unchanged == [str(report)] and statuses(db)[old_id][1] == "superseded"
    engine.dispose()


def _sha(db: Path, document_id: int) -> str:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT sha256 FROM documents WHERE id = ?", (document_id,)).fetchone()[0]


def test_what_does_not_supersede(tmp_path):
    db = tmp_path / "n.db"
    report = tmp_path / "r.txt"
    report.write_bytes(HUNG_DAO.read_bytes())
    other = tmp_path / "other.txt"
    other.write_bytes(HUNG_DAO.read_bytes().replace(b"4.266", b"4.276"))
    ingest([report], str(db), jobs=1, progress=False)
    # new content under another path: a new document, both current
    assert ingest([other], str(db), jobs=1, progress=False).new == [str(other)]
    # a new version of the path that cannot be read: recorded failed, the old one stays current
    report.write_bytes(b"")
    assert [p for p, _ in ingest([report], str(db), jobs=1, progress=False).failed] == [str(report)]
    assert [s[1] for s in statuses(db).values()] == ["ok", "ok", "failed"]


# ------------------------------------------------------------------ 5. still failed, --retry-failed


def test_failed_documents_are_reported_still_failed_and_can_be_retried(tmp_path, monkeypatch, capsys):
    db = tmp_path / "f.db"
    real = store_ingest.extract_item

    def extractor_bug(item, only=None, data=None):
        payload = real(item, only, data)
        payload["line"] = {**payload["line"], "error": f"{item.path}: internal error: boom", "error_code": "internal",
                           "facts": []}
        return payload

    monkeypatch.setattr(store_ingest, "extract_item", extractor_bug)
    first = ingest([HUNG_DAO, SEED_FILES[0]], str(db), jobs=1, progress=False)
    assert len(first.failed) == 2
    monkeypatch.setattr(store_ingest, "extract_item", real)  # the bug is fixed
    plain = ingest([HUNG_DAO], str(db), jobs=1, progress=False)
    assert plain.still_failed == [(str(HUNG_DAO), f"{HUNG_DAO}: internal error: boom")]
    assert not plain.unchanged and "1 still failed" in plain.format() and "--retry-failed" in plain.format()
    assert main(["ingest", str(HUNG_DAO), "--db", str(db), "--jobs", "1", "--quiet"]) == 1  # nothing good
    assert "still failed" in capsys.readouterr().err
    assert main(["ingest", str(HUNG_DAO), "--db", str(db), "--jobs", "1", "--quiet", "--retry-failed"]) == 0
    assert "1 re-extracted" in capsys.readouterr().err
    assert [s[1] for s in statuses(db).values()] == ["ok", "failed"]  # only the one named was retried
    retried = ingest([SEED_FILES[0], HUNG_DAO], str(db), jobs=1, progress=False, retry_failed=True)
    assert retried.reextracted == [str(SEED_FILES[0])] and retried.unchanged == [str(HUNG_DAO)]


# ------------------------------------------------------------------ 6. nested archives


def test_a_zip_inside_a_zip_is_a_problem_line(tmp_path):
    inner = tmp_path / "inner.zip"
    with zipfile.ZipFile(inner, "w") as zf:
        zf.write(SEED_FILES[0], "000.txt")
    outer = tmp_path / "outer.zip"
    with zipfile.ZipFile(outer, "w") as zf:
        zf.write(inner, "thang5/inner.zip")
        zf.write(SEED_FILES[1], "001.txt")
    items, problems = expand_inputs([outer])
    assert [i.path for i in items] == [f"{outer}!001.txt"]
    assert [(p.path, p.error) for p in problems] == [
        (f"{outer}!thang5/inner.zip", f"{outer}!thang5/inner.zip: nested archive not supported: unzip it first")]
    summary = ingest([outer], str(tmp_path / "n.db"), jobs=1, progress=False)
    assert "nested archive not supported: unzip it first" in summary.format()
    assert len(summary.new) == 1


# ------------------------------------------------------------------ 9. one count per rendering set


def test_renderings_of_one_report_count_once(tmp_path):
    stem = HUNG_DAO.stem
    db = tmp_path / "r.db"
    files = [HUNG_DAO, RENDERED / f"{stem}.docx", RENDERED / f"{stem}.pdf"]
    summary = ingest(files, str(db), jobs=1, progress=False)
    assert len(summary.new) == 3, summary.format()
    with sqlite3.connect(db) as conn:
        hashes = [r[0] for r in conn.execute("SELECT text_sha256 FROM documents ORDER BY id")]
    assert len(set(hashes)) == 1 and hashes[0]
    engine = open_existing(db)
    rows = history(engine, "Hưng Đạo", metric="received_total")
    assert [r.document for r in rows] == [str(HUNG_DAO)]  # the first ingested stands for all three
    assert rows[0].merged == (str(files[1]), str(files[2]))
    assert "stands for 2 other rendering(s)" in format_history(rows)
    assert {r["document"] for r in observations(engine)} == {str(HUNG_DAO)}
    assert {r["document"] for r in references(engine)} == {str(HUNG_DAO)}
    # a different report is never merged
    ingest([SEED_FILES[0]], engine, jobs=1, progress=False)
    assert {r["document"] for r in observations(engine)} == {str(HUNG_DAO), str(SEED_FILES[0])}
    engine.dispose()


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Tổng số 4.266 hồ sơ", "Tổng số\n4.266   hồ sơ", True),
    ("**KT. GIÁM ĐỐC**\nPHÓ GIÁM ĐỐC", "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC", True),
    ("Hóa", "Ho\u0301a", True),  # NFC
    ("Tổng số 4.266 hồ sơ", "Tổng số 4.276 hồ sơ", False),
    ("xã Hưng Đạo", "xa Hung Dao", False),  # accents are text
])
def test_text_sha256(a, b, same):
    assert (text_sha256(a) == text_sha256(b)) is same


# ------------------------------------------------------------------ 8. the bench's temporary folder


@pytest.mark.parametrize(("argv", "kept"), [([], False), (["--keep"], True), (["--corpus", "CORPUS"], True)])
def test_bench_removes_its_temporary_folder(tmp_path, monkeypatch, capsys, argv, kept):
    import corpus.bench as bench

    seen: list[Path] = []

    def fake_run(args, tmp):
        (tmp / "ingest2.db").write_bytes(b"x" * 1000)
        seen.append(tmp)
        return {"tmp": str(tmp)}

    monkeypatch.setattr(bench, "run", fake_run)
    argv = [str(tmp_path / "c") if a == "CORPUS" else a for a in argv]
    assert bench.main([*argv, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["tmp_kept"] is kept
    assert seen[0].exists() is kept
    shutil.rmtree(seen[0], ignore_errors=True)


def test_bench_removes_its_temporary_folder_after_an_error(monkeypatch):
    import corpus.bench as bench

    seen: list[Path] = []

    def failing_run(args, tmp):
        seen.append(tmp)
        raise RuntimeError("ingest with 2 worker(s) failed")

    monkeypatch.setattr(bench, "run", failing_run)
    with pytest.raises(RuntimeError):
        bench.main(["--json"])
    assert not seen[0].exists()
