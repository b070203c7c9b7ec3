"""The whole pipeline on the real seed reports: the known problems are found, consistent reports are quiet."""

from __future__ import annotations

from pathlib import Path

import pytest

from baocao.pipeline import process_file
from extract.facts import CountFact, ReportMeta
from extract.validation import validate

SEEDS = Path(__file__).resolve().parent.parent / "corpus" / "seeds"


@pytest.fixture(scope="module")
def lines():
    return {p.name[:3]: process_file(p) for p in sorted(SEEDS.glob("*.txt"))}


def codes(line, code):
    return [w for w in line["warnings"] if w["code"] == code]


def test_seed_002_percentages_that_do_not_match_their_counts(lines):
    found = codes(lines["002"], "percent_mismatch")
    messages = " | ".join(w["message"] for w in found)
    assert "21,9" in messages and "20.99" in messages  # 1475/7026
    assert "97,83" in messages and "97.76" in messages  # 6553/6703
    assert all(len(w["spans"]) >= 2 for w in found)  # the percentage and the counts it was recomputed from


def test_seed_001_window_contradicts_its_title(lines):
    found = codes(lines["001"], "period_contradicts_title")
    assert len(found) == 1 and "2025-03-15" in found[0]["message"] and "Quý II năm 2026" in found[0]["message"]


def test_seed_002_type_word_against_code(lines):
    mismatched = " ".join(w["message"] for w in codes(lines["002"], "reference_type_mismatch"))
    assert "478/KH-UBND" in mismatched


@pytest.mark.parametrize("prefix", ["000", "003", "004"])
def test_reports_whose_figures_add_up_get_no_arithmetic_warning(lines, prefix):
    line = lines[prefix]
    assert line["error"] is None
    arithmetic = [w for w in line["warnings"] if w["code"] in ("identity_failed", "percent_mismatch",
                                                              "table_text_mismatch")]
    assert arithmetic == []


def test_the_identities_were_actually_checked_on_a_consistent_report(lines):
    # 003 states received 4.266 = 4.152 + 45 + 69 and resolved 4.160 = 4.029 + 8 + 11 + 29 + 83: breaking one
    # figure must produce a warning, or the quiet result above means nothing.
    line = lines["003"]
    facts = [CountFact(start=f["span"][0], end=f["span"][1], text=f["text"], metric=f["metric"], value=f["value"],
                       unit=f["unit"], scope=f["scope"], table=f.get("table"))
             for f in line["facts"] if f["type"] == "count"]
    assert any(f.metric == "received_total" and f.value == 4266 for f in facts)
    broken = [CountFact(**{**{k: getattr(f, k) for k in ("start", "end", "text", "metric", "unit", "scope", "table")},
                           "value": f.value + 1 if f.metric == "received_online" else f.value}) for f in facts]
    assert [w.code for w in validate("", facts, ReportMeta()) if w.code == "identity_failed"] == []
    assert "identity_failed" in [w.code for w in validate("", broken, ReportMeta())]
