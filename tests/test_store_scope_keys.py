"""Scopes and issuers are grouped on their key (normalize.text.name_key), not as written.

Two reports of one commune for one quarter write the same office in different ways (tone mark
placement, en dash or hyphen, spacing, case): history, the export and the upgrade of an older
database treat it as one scope; a genuinely different office stays apart.
"""

from __future__ import annotations

import csv
import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, select

from store import open_existing, open_store
from store.export import export, observations
from store.history import format_history, history
from store.schema import documents_t, facts_t, needs_upgrade
from store.write import write_document

UNIT = {"type": "xã", "name": "Thượng Hồng", "province": "Hải Phòng", "code": "10993"}
Q2 = ("2026-04-01", "2026-06-30")

VHXH = "Phòng Văn hoá - Xã hội"  # the same office three ways
VHXH_2 = "phòng  Văn hóa–Xã hội"
VHXH_3 = "PHÒNG VĂN HÓA-XÃ HỘI"

R1 = (f"Trong quý, {VHXH} tiếp nhận 120 hồ sơ; Phòng Kinh tế tiếp nhận 85 hồ sơ. "
      "Tổng số hồ sơ tiếp nhận là 330 hồ sơ.")
R2 = (f"Kết quả: {VHXH_2} tiếp nhận 118 hồ sơ; Phòng Kinh tế tiếp nhận 85 hồ sơ; "
      "Phòng Văn hóa tiếp nhận 7 hồ sơ.")
R3 = f"Số liệu bổ sung: {VHXH_3} tiếp nhận 120 hồ sơ."


def count(text: str, phrase: str, value: int, scope: str | None, after: str = "") -> dict:
    """A received_total count whose span is ``phrase`` where it follows ``after`` in ``text``."""
    start = text.index(phrase, text.index(after) if after else 0)
    return {"type": "count", "span": [start, start + len(phrase)], "text": phrase, "metric": "received_total",
            "value": value, "unit": "hồ sơ", "scope": scope, "extractor": "test@1"}


def line(facts: list[dict], issuer: str, unit: dict = UNIT) -> dict:
    return {
        "source": {"path": "x.txt", "sha256": None, "format": "txt", "pages": None}, "error": None,
        "document": {"unit": unit, "issuer": issuer, "number": None, "date": None,
                     "title": "Báo cáo kết quả kiểm soát thủ tục hành chính quý II năm 2026", "kind": "quarter",
                     "period": {"start": Q2[0], "end": Q2[1]}, "signer": {"name": None, "title": "Phó Chủ tịch"}},
        "facts": facts, "warnings": [], "extractors": {"test": "1"},
    }


def store(engine, name: str, contract: dict, text: str) -> None:
    paragraphs = [{"block": 0, "kind": "paragraph", "start": 0, "end": len(text), "page": None, "text": text}]
    sha = hashlib.sha256(name.encode()).hexdigest()
    assert write_document(engine, sha, {"path": name, "line": contract, "paragraphs": paragraphs}, "new",
                          {"test": "1"}) == "new"


def fill(engine) -> None:
    store(engine, "r1.txt", line([
        count(R1, "120 hồ sơ", 120, VHXH),
        count(R1, "85 hồ sơ", 85, "Phòng Kinh tế"),
        count(R1, "330 hồ sơ", 330, None),
    ], "Uỷ ban nhân dân xã Thượng Hồng"), R1)
    store(engine, "r2.txt", line([
        count(R2, "118 hồ sơ", 118, VHXH_2),
        count(R2, "85 hồ sơ", 85, "Phòng Kinh tế"),
        count(R2, "7 hồ sơ", 7, "Phòng Văn hóa"),
    ], "ỦY BAN NHÂN DÂN XÃ THƯỢNG HỒNG"), R2)
    # another commune writing the same office: never grouped with Thượng Hồng's
    store(engine, "r3.txt", line([count(R3, "120 hồ sơ", 120, VHXH_3)], "Ủy ban nhân dân xã Hưng Đạo",
                                 unit={"type": "xã", "name": "Hưng Đạo", "province": "Hải Phòng", "code": None}), R3)


@pytest.fixture()
def engine(tmp_path):
    eng = open_store(tmp_path / "scopes.db", units=False)
    fill(eng)
    return eng


@pytest.mark.parametrize("asked", [VHXH, VHXH_2, VHXH_3, "Phòng Văn hóa - Xã hội", "Phòng Văn hoá — Xã hội:"])
def test_history_of_one_scope_groups_its_spellings(engine, asked):
    rows = history(engine, "Thượng Hồng", scope=asked)
    assert [(r.value, r.scope, r.conflict) for r in rows] == [(120.0, VHXH, True), (118.0, VHXH_2, True)]
    assert {r.scope_key for r in rows} == {"phòng văn hóa - xã hội"}
    assert {r.unit for r in rows} == {"Thượng Hồng"}


@pytest.mark.parametrize(
    ("scope", "values", "conflict"),
    [
        ("Phòng Kinh tế", [85.0, 85.0], False),  # the reports agree
        ("phòng kinh tế", [85.0, 85.0], False),
        ("Phòng Văn hóa", [7.0], False),  # a different office: not the Văn hóa - Xã hội one
        ("Phòng Tư pháp", [], False),
        ("PHONG VAN HOA - XA HOI", [], False),  # the key keeps accents: without them it is another name
    ],
)
def test_history_keeps_other_scopes_apart(engine, scope, values, conflict):
    rows = history(engine, "Thượng Hồng", scope=scope)
    assert [r.value for r in rows] == values
    assert all(r.conflict is conflict for r in rows)


def test_history_default_is_commune_wide_and_all_scopes_groups_by_key(engine):
    assert [(r.value, r.scope) for r in history(engine, "Thượng Hồng")] == [(330.0, None)]
    rows = history(engine, "Thượng Hồng", all_scopes=True)
    by_key: dict = {}
    for r in rows:
        by_key.setdefault(r.scope_key, []).append((r.value, r.conflict))
    assert by_key == {
        None: [(330.0, False)],
        "phòng kinh tế": [(85.0, False), (85.0, False)],
        "phòng văn hóa": [(7.0, False)],
        "phòng văn hóa - xã hội": [(120.0, True), (118.0, True)],
    }
    table = format_history(rows)
    assert f"received_total (hồ sơ) · {VHXH}" in table
    assert f"«{VHXH_2}»" in table  # the other spelling is shown where it was written
    assert "received_total (hồ sơ) · Phòng Văn hóa\n" in table


def test_export_puts_the_key_beside_the_written_scope(engine, tmp_path):
    out = tmp_path / "obs.csv"
    export(engine, "observations", "csv", out)
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    header = list(rows[0])
    assert header[header.index("scope") + 1] == "scope_key"
    keys = {(r["unit"], r["scope"]): r["scope_key"] for r in rows}
    assert keys[("Thượng Hồng", VHXH)] == keys[("Thượng Hồng", VHXH_2)] == keys[("Hưng Đạo", VHXH_3)]
    assert keys[("Thượng Hồng", "Phòng Văn hóa")] != keys[("Thượng Hồng", VHXH)]
    assert keys[("Thượng Hồng", "")] == ""  # commune-wide: no scope, no key
    assert {r["scope_key"] for r in observations(engine)} == {None, "phòng văn hóa - xã hội", "phòng kinh tế",
                                                             "phòng văn hóa"}


def test_issuer_key_groups_spellings_of_one_issuer(engine):
    with engine.connect() as conn:
        keys = dict(conn.execute(select(documents_t.c.source_path, documents_t.c.issuer_key)).all())
    assert keys["r1.txt"] == keys["r2.txt"] == "ủy ban nhân dân xã thượng hồng"
    assert keys["r3.txt"] == "ủy ban nhân dân xã hưng đạo"


# --- an older database: the columns are added and filled on opening ---------------------------


def _make_old(db: Path) -> None:
    """Take this release's key columns and index away: the database an older release made."""
    conn = sqlite3.connect(db)
    conn.executescript("""
        DROP INDEX ix_facts_metric_scope_key;
        ALTER TABLE facts DROP COLUMN scope_key;
        ALTER TABLE documents DROP COLUMN issuer_key;
    """)
    conn.close()


def test_upgrade_of_an_older_database_adds_and_fills_the_keys(tmp_path):
    db = tmp_path / "old.db"
    eng = open_store(db, units=False)
    fill(eng)
    eng.dispose()
    _make_old(db)
    conn = sqlite3.connect(db)
    assert "scope_key" not in {r[1] for r in conn.execute("PRAGMA table_info(facts)")}
    conn.close()

    engine = open_existing(db)
    assert not needs_upgrade(engine)
    columns = {c["name"] for c in inspect(engine).get_columns("facts")}
    assert "scope_key" in columns
    assert "issuer_key" in {c["name"] for c in inspect(engine).get_columns("documents")}
    assert "ix_facts_metric_scope_key" in {i["name"] for i in inspect(engine).get_indexes("facts")}
    with engine.connect() as c:
        pairs = set(c.execute(select(facts_t.c.scope, facts_t.c.scope_key)).all())
        issuers = set(c.execute(select(documents_t.c.issuer_key)).scalars())
    assert pairs == {(None, None), (VHXH, "phòng văn hóa - xã hội"), (VHXH_2, "phòng văn hóa - xã hội"),
                     (VHXH_3, "phòng văn hóa - xã hội"), ("Phòng Kinh tế", "phòng kinh tế"),
                     ("Phòng Văn hóa", "phòng văn hóa")}
    assert issuers == {"ủy ban nhân dân xã thượng hồng", "ủy ban nhân dân xã hưng đạo"}
    rows = history(engine, "Thượng Hồng", scope=VHXH_3)
    assert [(r.value, r.conflict) for r in rows] == [(120.0, True), (118.0, True)]
    # a document written after the upgrade gets its keys at once
    store(engine, "r4.txt", line([count(R3, "120 hồ sơ", 120, "Phòng Kinh tế")], "Uỷ ban nhân dân xã Thượng Hồng"), R3)
    assert [r.value for r in history(engine, "Thượng Hồng", scope="PHÒNG KINH TẾ")] == [85.0, 85.0, 120.0]
