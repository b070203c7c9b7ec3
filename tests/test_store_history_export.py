"""History and export over contract lines built from the seed reports' own figures and phrasings."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest

from baocao.cli import main
from store import open_store
from store.export import OBSERVATION_COLUMNS, export, observations, references
from store.history import format_history, history
from store.write import write_document

SEEDS = Path(__file__).resolve().parent.parent / "corpus" / "seeds"
THUONG_HONG = (SEEDS / "001_be271278c3f9d6c2.txt").read_text(encoding="utf-8")
UNIT = {"type": "xã", "name": "Thượng Hồng", "province": "Hải Phòng", "code": "10993"}


def fact(text: str, phrase: str, type_: str, **fields) -> dict:
    """A contract fact whose span is where ``phrase`` really is in ``text``."""
    start = text.index(phrase)
    return {"type": type_, "span": [start, start + len(phrase)], "text": phrase, "extractor": "test@1", **fields}


def line(text: str, period: tuple[str, str], facts: list[dict], unit: dict | None = None, kind: str = "quarter") -> dict:
    return {
        "source": {"path": "x.txt", "sha256": None, "format": "txt", "pages": None},
        "error": None,
        "document": {"unit": unit or UNIT, "issuer": "Ủy ban nhân dân xã Thượng Hồng", "number": None,
                     "date": None, "title": "Công tác kiểm soát thủ tục hành chính", "kind": kind,
                     "period": {"start": period[0], "end": period[1]},
                     "signer": {"name": "Vũ Quang Thái", "title": "Phó Chủ tịch"}},
        "facts": facts,
        "warnings": [{"code": "identity_failed", "message": "4.911 ≠ 4.900 + 0 + 11 + 1", "spans": [[1, 2]]}],
        "extractors": {"test": "1"},
    }


def store_line(engine, name: str, contract: dict, text: str = THUONG_HONG) -> str:
    sha = hashlib.sha256(name.encode()).hexdigest()
    paragraphs = [{"block": 0, "kind": "paragraph", "start": 0, "end": len(text), "page": None, "text": text}]
    assert write_document(engine, sha, {"path": name, "line": contract, "paragraphs": paragraphs}, "new",
                          {"test": "1"}) == "new"
    return sha


Q2 = ("2026-04-01", "2026-06-30")
Q2_FACTS = [
    fact(THUONG_HONG, "4.911 hồ sơ", "count", metric="received_total", value=4911, unit="hồ sơ", scope=None),
    fact(THUONG_HONG, "99,96%", "indicator", metric="on_time_rate", value=99.96, unit="%", scope=None, target=None),
    fact(THUONG_HONG, "99,82%", "indicator", metric="data_reuse_rate", value=99.82, unit="%", scope=None,
         target={"op": ">=", "value": 90.0}),
    # a sub-unit's figure: not the commune's, kept out of the history
    fact(THUONG_HONG, "361 hồ sơ", "count", metric="received_total", value=361, unit="hồ sơ",
         scope="Chi nhánh Văn phòng đăng ký đất đai"),
    fact(THUONG_HONG, "Công văn số 336/UBND-TTPVHCC, ngày 19/3/2026", "reference", id="336/UBND-TTPVHCC",
         kind="Công văn", number="336", year=None, code="UBND-TTPVHCC", date="2026-03-19"),
    fact(THUONG_HONG, "từ ngày 15/3/2026 đến ngày 14/6/2026", "period", start="2026-03-15", end="2026-06-14",
         label="range"),
]


@pytest.fixture()
def engine(tmp_path):
    eng = open_store(tmp_path / "h.db")
    store_line(eng, "q2.txt", line(THUONG_HONG, Q2, Q2_FACTS))
    q1_text = "Tỷ lệ hồ sơ đã giải quyết trước hạn, đúng hạn: 98,50%. Tổng số hồ sơ đã tiếp nhận là 4.100 hồ sơ."
    store_line(eng, "q1.txt", line(q1_text, ("2026-01-01", "2026-03-31"), [
        fact(q1_text, "98,50%", "indicator", metric="on_time_rate", value=98.5, unit="%", scope=None),
        fact(q1_text, "4.100 hồ sơ", "count", metric="received_total", value=4100, unit="hồ sơ", scope=None),
    ]), text=q1_text)
    # a second report for Q2 that disagrees on one figure and agrees on another
    q2b = "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,90%; tổng số hồ sơ tiếp nhận 4.911 hồ sơ."
    store_line(eng, "q2-revised.txt", line(q2b, Q2, [
        fact(q2b, "99,90%", "indicator", metric="on_time_rate", value=99.9, unit="%", scope=None),
        fact(q2b, "4.911 hồ sơ", "count", metric="received_total", value=4911, unit="hồ sơ", scope=None),
    ]), text=q2b)
    # another commune with the same metric: never mixed in
    other = "Tỷ lệ hồ sơ đã giải quyết trước hạn, đúng hạn: 97,00%."
    store_line(eng, "other.txt", line(other, Q2, [
        fact(other, "97,00%", "indicator", metric="on_time_rate", value=97.0, unit="%", scope=None),
    ], unit={"type": "phường", "name": "Hưng Đạo", "province": "Hải Phòng", "code": None}), text=other)
    return eng


def test_history_orders_periods_and_marks_conflicts(engine):
    rows = history(engine, "Thượng Hồng", metric="on_time_rate")
    assert [(r.period_start, r.value, r.conflict) for r in rows] == [
        (dt.date(2026, 1, 1), 98.5, False),
        (dt.date(2026, 4, 1), 99.96, True),
        (dt.date(2026, 4, 1), 99.9, True),
    ]
    assert {r.document for r in rows} == {"q1.txt", "q2.txt", "q2-revised.txt"}
    assert rows[1].text == THUONG_HONG[rows[1].span[0]:rows[1].span[1]] == "99,96%"


@pytest.mark.parametrize(
    ("unit", "province", "metric", "expected"),
    [
        ("Thượng Hồng", None, "received_total", [4100.0, 4911.0, 4911.0]),  # agreeing reports: no conflict
        ("thuong hong", "Hải Phòng", "received_total", [4100.0, 4911.0, 4911.0]),
        ("XÃ THƯỢNG HỒNG", "thành phố Hải Phòng", "data_reuse_rate", [99.82]),
        ("10993", None, "data_reuse_rate", [99.82]),
        ("Hưng Đạo", None, None, [97.0]),
        ("Thượng Hồng", "Hà Nội", None, []),  # wrong province
        ("Thượng", None, None, []),  # a part of a name is not the unit
    ],
)
def test_history_filters(engine, unit, province, metric, expected):
    rows = history(engine, unit, province=province, metric=metric)
    assert [r.value for r in rows] == expected
    assert not any(r.conflict for r in rows if r.metric == "received_total")


def test_history_leaves_out_scoped_figures_and_references(engine):
    rows = history(engine, "Thượng Hồng")
    assert 361.0 not in {r.value for r in rows}
    assert {r.metric for r in rows} == {"on_time_rate", "received_total", "data_reuse_rate"}
    table = format_history(rows)
    assert "≠" in table and "on_time_rate (%)" in table and "99.96" in table


def test_export_csv_round_trip(engine, tmp_path):
    out = tmp_path / "obs.csv"
    n = export(engine, "observations", "csv", out)
    with out.open(encoding="utf-8", newline="") as fh:
        back = list(csv.DictReader(fh))
    assert len(back) == n == len(observations(engine)) == 9  # 4 + 2 + 2 + 1 counts and indicators, scoped ones too
    assert tuple(back[0]) == OBSERVATION_COLUMNS
    row = next(r for r in back if r["text"] == "99,82%")
    assert row["unit"] == "Thượng Hồng" and row["province"] == "Hải Phòng" and row["unit_code"] == "10993"
    assert (row["metric"], float(row["value"]), row["measure_unit"]) == ("data_reuse_rate", 99.82, "%")
    assert (row["target_op"], float(row["target_value"])) == (">=", 90.0)
    assert (row["period_start"], row["period_end"]) == Q2
    assert THUONG_HONG[int(row["span_start"]):int(row["span_end"])] == "99,82%"
    scoped = next(r for r in back if r["text"] == "361 hồ sơ")
    assert scoped["scope"] == "Chi nhánh Văn phòng đăng ký đất đai"
    assert "\\u" not in out.read_text(encoding="utf-8")


def test_export_references_json_and_parquet(engine, tmp_path):
    out = tmp_path / "refs.json"
    assert export(engine, "references", "json", out) == 1
    back = json.loads(out.read_text(encoding="utf-8"))
    assert back == [r | {"date": "2026-03-19"} for r in json.loads(json.dumps(references(engine), default=str))]
    assert back[0]["ref_id"] == "336/UBND-TTPVHCC" and back[0]["kind"] == "Công văn"
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "obs.parquet"
    export(engine, "observations", "parquet", path)
    table = pq.read_table(path).to_pylist()
    assert sorted(r["value"] for r in table) == sorted(r["value"] for r in observations(engine))
    with pytest.raises(ValueError, match="-o FILE"):
        export(engine, "observations", "parquet", None)


def test_cli_history_and_export(engine, tmp_path, capsys):
    db = str(engine.url.database)
    assert main(["history", "--unit", "Thuong Hong", "--metric", "on_time_rate", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "99.96" in out and "99.9" in out and "≠" in out
    assert main(["history", "--unit", "Không Có", "--db", db]) == 1
    target = tmp_path / "o.csv"
    assert main(["export", "--format", "csv", "-o", str(target), "--db", db]) == 0
    assert target.read_text(encoding="utf-8").startswith("unit_code,unit,province")
    assert main(["export", "--what", "references", "--format", "json", "--db", db]) == 0
    assert json.loads(capsys.readouterr().out)[0]["ref_id"] == "336/UBND-TTPVHCC"
