"""The synthetic corpus generator: reproducible, exact spans, consistent figures, and the
pipeline finds what it wrote (recall) and warns exactly where an error was injected."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from baocao.evaluate import evaluate_document, pipeline_predictor
from corpus.generate import (
    EXPECTED_CODES,
    Dossiers,
    NumberStyle,
    Period,
    build_report,
    generate,
    make_dossiers,
)

RECALL_TYPES = ("count", "reference", "period")


def _identities_hold(row: Dossiers) -> bool:
    return (row.received_total == row.received_online + row.received_direct + row.carried_over
            and row.resolved_total == row.resolved_early + row.resolved_on_time + row.resolved_late
            + row.rejected + row.withdrawn
            and row.pending_total == row.pending_in_time + row.pending_late + row.supplement_requested
            and row.received_total == row.resolved_total + row.pending_total)


@pytest.fixture(scope="module")
def consistent(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("consistent")
    generate(out, 6, seed=11, formats=("txt", "docx", "pdf"), docx_max=1, pdf_max=1)
    return out


@pytest.fixture(scope="module")
def inconsistent(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("inconsistent")
    generate(out, 12, seed=5, inconsistent=1.0)
    return out


def _gold(folder: Path) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted((folder / "gold").glob("*.json"))]


# --- reproducible --------------------------------------------------------------------------------


def test_same_seed_gives_identical_bytes(tmp_path: Path) -> None:
    generate(tmp_path / "a", 3, seed=42)
    generate(tmp_path / "b", 3, seed=42)
    generate(tmp_path / "c", 3, seed=43)
    a = sorted((tmp_path / "a" / "seeds").iterdir())
    assert [p.read_bytes() for p in a] == [(tmp_path / "b" / "seeds" / p.name).read_bytes() for p in a]
    assert [p.read_bytes() for p in (tmp_path / "a" / "gold").iterdir()] == \
        [(tmp_path / "b" / "gold" / p.name).read_bytes() for p in (tmp_path / "a" / "gold").iterdir()]
    c = sorted((tmp_path / "c" / "seeds").iterdir())
    assert all(x.read_bytes() != y.read_bytes() for x, y in zip(a, c, strict=True))


def test_report_does_not_depend_on_corpus_size() -> None:
    assert build_report(9, 2).text == build_report(9, 2).text
    assert build_report(9, 2).text != build_report(9, 3).text


# --- spans and figures -------------------------------------------------------------------------


def test_gold_spans_are_the_text(consistent: Path) -> None:
    for gold in _gold(consistent):
        text = (consistent / gold["seed"]).read_text(encoding="utf-8")
        starts = [f["span"][0] for f in gold["facts"]]
        assert starts == sorted(starts), "facts in document order"
        for fact in gold["facts"]:
            s, e = fact["span"]
            assert text[s:e] == fact["text"], (gold["seed"], fact)


def test_injected_percent_keeps_spans_exact(inconsistent: Path) -> None:
    seen = 0
    for gold in _gold(inconsistent):
        text = (inconsistent / gold["seed"]).read_text(encoding="utf-8")
        for fact in gold["facts"]:
            assert text[slice(*fact["span"])] == fact["text"]
        seen += bool(gold["injected"] and gold["injected"]["kind"] == "percent")
    assert seen, "the inconsistent corpus has a percentage injection"


def test_stated_figures_satisfy_the_identities(consistent: Path) -> None:
    for gold in _gold(consistent):
        rows: dict[tuple[bool, str | None], dict[str, int]] = {}  # (in a table?, scope) -> figures
        for fact in gold["facts"]:
            if fact["type"] == "count" and fact["unit"] == "hồ sơ":
                in_table = not fact["text"].endswith("hồ sơ")  # a cell is the bare number
                rows.setdefault((in_table, fact["scope"]), {})[fact["metric"]] = fact["value"]
        assert rows, gold["seed"]
        for key, figures in rows.items():
            assert _identities_hold(Dossiers(**{name: figures[name] for name in Dossiers.__dataclass_fields__})), \
                (gold["seed"], key, figures)


@given(st.integers(min_value=1, max_value=200_000), st.integers(min_value=0, max_value=10_000))
@settings(max_examples=200, deadline=None)
def test_dossier_rows_are_consistent(received: int, seed: int) -> None:
    import random

    row = make_dossiers(random.Random(seed), received)
    assert row.received_total == received
    assert min(getattr(row, name) for name in Dossiers.__dataclass_fields__) >= 0
    assert _identities_hold(row)


@pytest.mark.parametrize(("style", "num", "den", "written", "value"), [
    (NumberStyle(), 3985, 3996, "99,72%", 99.72),
    (NumberStyle(decimal_comma=False, decimals=1), 987, 1000, "98.7%", 98.7),
    (NumberStyle(space_before_percent=True), 50, 50, "100 %", 100.0),
    (NumberStyle(decimals=1), 1475, 7026, "21%", 21.0),
    (NumberStyle(), 0, 0, "100%", 100.0),
])
def test_rates_are_written_as_reports_write_them(style, num, den, written, value) -> None:
    assert style.rate(num, den) == (written, value)


@pytest.mark.parametrize(("style", "n", "written"), [
    (NumberStyle(), 4911, "4.911"), (NumberStyle(group_thousands=False), 4911, "4911"),
    (NumberStyle(leading_zero=True), 2, "02"), (NumberStyle(leading_zero=True), 0, "0"),
    (NumberStyle(leading_zero=True), 12, "12"), (NumberStyle(), 1_234_567, "1.234.567"),
])
def test_counts_are_written_as_reports_write_them(style, n, written) -> None:
    assert style.count(n) == written


@pytest.mark.parametrize(("period", "calendar", "reporting"), [
    (Period("month", 2026, 4), ("2026-04-01", "2026-04-30"), ("2026-03-15", "2026-04-14")),
    (Period("month", 2026, 1), ("2026-01-01", "2026-01-31"), ("2025-12-15", "2026-01-14")),
    (Period("quarter", 2026, 2), ("2026-04-01", "2026-06-30"), ("2026-03-15", "2026-06-14")),
    (Period("half_year", 2026), ("2026-01-01", "2026-06-30"), ("2025-12-15", "2026-06-14")),
    (Period("year", 2025), ("2025-01-01", "2025-12-31"), ("2024-12-15", "2025-12-14")),
])
def test_period_bounds(period: Period, calendar, reporting) -> None:
    assert tuple(d.isoformat() for d in period.calendar) == calendar
    assert tuple(d.isoformat() for d in period.reporting) == reporting


# --- the pipeline on generated reports ----------------------------------------------------------------


def _score(folder: Path, fmt: str = "txt"):
    predict = pipeline_predictor()
    results = []
    for gold_path in sorted((folder / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = (folder / gold["seed"]).read_text(encoding="utf-8")
        path = folder / gold["seed"] if fmt == "txt" else folder / "rendered" / f"{gold_path.stem}.{fmt}"
        if path.exists():
            results.append(evaluate_document(gold, text, path, fmt, predict, doc=gold_path.stem))
    return results


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_pipeline_recall_on_generated_reports(consistent: Path, fmt: str) -> None:
    results = _score(consistent, fmt)
    assert results and not any(r.error for r in results)
    for kind in RECALL_TYPES:
        tp = sum(r.types[kind].tp for r in results)
        fn = sum(r.types[kind].fn for r in results)
        assert tp + fn > 0
        assert tp / (tp + fn) >= 0.9, f"{fmt} {kind} recall {tp}/{tp + fn}"


def _codes(folder: Path, gold: dict) -> set[str]:
    from baocao.pipeline import process_file

    line = process_file(folder / gold["seed"])
    assert not line["error"]
    return {w["code"] for w in line["warnings"]}


def test_no_warning_on_consistent_reports(consistent: Path) -> None:
    for gold in _gold(consistent):
        assert gold["expected_warnings"] == []
        assert _codes(consistent, gold) == set(), gold["seed"]


def test_expected_warnings_on_injected_errors(inconsistent: Path) -> None:
    kinds = set()
    for gold in _gold(inconsistent):
        if gold["injected"]:
            kinds.add(gold["injected"]["kind"])
            assert gold["expected_warnings"] == [EXPECTED_CODES[gold["injected"]["kind"]]]
        assert _codes(inconsistent, gold) == set(gold["expected_warnings"]), (gold["seed"], gold["injected"])
    assert kinds == set(EXPECTED_CODES), "every kind of injection is exercised"


def test_cli_rejects_unknown_format(tmp_path: Path, capsys) -> None:
    from corpus.generate import main

    with pytest.raises(SystemExit):
        main(["--out", str(tmp_path), "--n", "1", "--formats", "txt,odt"])
    assert "odt" in capsys.readouterr().err
