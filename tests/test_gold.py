"""The gold corpus (corpus/gold/*.json) is the yardstick: every span must be exact and every value valid."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from corpus.gold_tool import SpanError, check, dump, fill, load_seed, locate, occurrences

ROOT = Path(__file__).resolve().parent.parent
GOLD = sorted((ROOT / "corpus" / "gold").glob("*.json"))
METRICS_MD = (ROOT / "docs" / "spec" / "metrics.md").read_text(encoding="utf-8")
METRIC_KEYS = set(re.findall(r"^\| ([a-z0-9_]+) \|", METRICS_MD, flags=re.M)) - {"key"}
FACT_FIELDS = {
    "reference": {"id", "kind", "number", "year", "code", "date"},
    "period": {"start", "end", "label"},
    "count": {"metric", "value", "unit", "scope"},
    "indicator": {"metric", "value", "unit", "target", "scope"},
}
LABELS = {"range", "month", "quarter", "half_year", "nine_months", "year"}
KINDS = {"month", "quarter", "half_year", "nine_months", "year", "other"}


def _load(path: Path) -> tuple[dict, str]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    return gold, load_seed(ROOT / "corpus" / gold["seed"])


def _iso(value: str | None) -> bool:
    if value is None:
        return True
    try:
        return dt.date.fromisoformat(value).isoformat() == value
    except ValueError:
        return False


def test_every_seed_has_a_gold_file() -> None:
    seeds = {p.stem for p in (ROOT / "corpus" / "seeds").glob("*.txt")}
    assert {p.stem for p in GOLD} >= {s for s in seeds if s[:3] in {"000", "001", "003", "004"}}


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem[:3])
def test_spans_are_exact_and_in_document_order(path: Path) -> None:
    gold, text = _load(path)
    assert gold["seed"] == f"seeds/{path.stem}.txt"
    assert check(gold, text) == []
    for fact in gold["facts"]:
        s, e = fact["span"]
        assert text[s:e] == fact["text"], fact
        assert fact["text"] == fact["text"].strip(), f"{path.name}: span has edge whitespace: {fact}"


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem[:3])
def test_fact_fields_are_valid(path: Path) -> None:
    gold, _ = _load(path)
    for fact in gold["facts"]:
        kind = fact["type"]
        assert kind in FACT_FIELDS, fact
        assert FACT_FIELDS[kind] <= set(fact), f"{path.name}: missing fields in {fact}"
        if kind == "reference":
            assert _iso(fact["date"]), fact
            assert "/" in fact["id"] and " " not in fact["id"], fact
            assert fact["id"].startswith(fact["number"] + "/") and fact["id"].endswith(fact["code"]), fact
            if fact["year"] is not None:
                assert f"/{fact['year']}/" in fact["id"], fact
        elif kind == "period":
            assert _iso(fact["start"]) and _iso(fact["end"]) and fact["start"] <= fact["end"], fact
            assert fact["label"] in LABELS, fact
        else:
            assert fact["metric"] in METRIC_KEYS or fact["metric"] == "other", fact
            if fact["metric"] == "other":
                assert fact.get("label"), f"{path.name}: metric 'other' needs a label: {fact}"
        if kind == "count":
            assert isinstance(fact["value"], int) and not isinstance(fact["value"], bool), fact
        if kind == "indicator":
            assert isinstance(fact["value"], float), fact
            assert fact["unit"] in {"%", "điểm"}, fact
            target = fact["target"]
            assert target is None or (target["op"] in {">=", "=", ">", "<=", "<"} and isinstance(target["value"], float))


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem[:3])
def test_document_object_is_valid(path: Path) -> None:
    gold, text = _load(path)
    doc = gold["document"]
    assert set(doc) >= {"unit", "issuer", "number", "date", "title", "kind", "period", "signer"}
    assert _iso(doc["date"]) and doc["kind"] in KINDS
    assert _iso(doc["period"]["start"]) and _iso(doc["period"]["end"])
    assert " ".join(doc["title"].split()) in " ".join(text.split())
    assert doc["signer"] is None or doc["signer"]["name"] in text


def test_metric_keys_are_read_from_the_spec() -> None:
    assert {"received_total", "on_time_rate", "idx766_total", "feedback_received"} <= METRIC_KEYS
    assert "key" not in METRIC_KEYS and "hồ sơ" not in METRIC_KEYS


# --- the span helper ----------------------------------------------------------------------

TEXT = "trực tiếp 0 hồ sơ; trực tuyến 4.900 hồ sơ, 10 hồ sơ, kỳ trước 0 hồ sơ"


@pytest.mark.parametrize(
    ("needle", "kwargs", "expected"),
    [
        ("0 hồ sơ", {}, "0 hồ sơ"),  # first whole occurrence
        ("0 hồ sơ", {"nth": 2}, "0 hồ sơ"),  # not the tail of "4.900" nor of "10"
        ("0 hồ sơ", {"after": "kỳ trước"}, "0 hồ sơ"),
        ("4.900 hồ sơ", {}, "4.900 hồ sơ"),
    ],
)
def test_locate_positive(needle: str, kwargs: dict, expected: str) -> None:
    s, e = locate(TEXT, needle, **kwargs)
    assert TEXT[s:e] == expected


def test_locate_skips_partial_numbers() -> None:
    starts = occurrences(TEXT, "0 hồ sơ")
    assert [TEXT[s - 1] for s in starts] == [" ", " "]
    assert locate(TEXT, "0 hồ sơ", nth=2)[0] == TEXT.rindex("0 hồ sơ")


@pytest.mark.parametrize(("needle", "kwargs"), [("0 hồ sơ", {"nth": 3}), ("900 hồ sơ", {}), ("x", {"after": "nowhere"})])
def test_locate_negative(needle: str, kwargs: dict) -> None:
    with pytest.raises(SpanError):
        locate(TEXT, needle, **kwargs)


def test_fill_is_sequential_and_idempotent() -> None:
    gold = {"seed": "x", "facts": [
        {"type": "count", "text": "0 hồ sơ", "metric": "received_direct", "value": 0},
        {"type": "count", "text": "4.900 hồ sơ", "metric": "received_online", "value": 4900},
        {"type": "count", "text": "0 hồ sơ", "metric": "carried_over", "value": 0},
    ]}
    fill(gold, TEXT)
    assert [f["span"][0] for f in gold["facts"]] == [10, 30, TEXT.rindex("0 hồ sơ")]
    assert list(gold["facts"][0])[:3] == ["type", "span", "text"]
    again = json.loads(dump(gold))
    assert fill(again, TEXT) == gold
    assert check(gold, TEXT) == []


def test_check_reports_bad_spans() -> None:
    gold = {"facts": [{"type": "count", "span": [31, 41], "text": "900 hồ sơ"},
                      {"type": "count", "span": [0, 5], "text": "trực"}]}
    problems = check(gold, TEXT)
    assert any("is '.900 hồ sơ'" in p or "cuts" in p for p in problems)
    assert any("before the previous" in p for p in problems)


HELDOUT = sorted(ROOT.glob("corpus/heldout*/gold/*.json"))


@pytest.mark.parametrize("path", HELDOUT, ids=lambda p: f"{p.parent.parent.name}/{p.stem}")
def test_heldout_spans_are_exact_and_keys_valid(path: Path) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = load_seed(path.parent.parent / gold["seed"])
    assert check(gold, text) == []
    for fact in gold["facts"]:
        s, e = fact["span"]
        assert text[s:e] == fact["text"], fact
        if fact["type"] in ("count", "indicator"):
            assert fact["metric"] in METRIC_KEYS | {"other"}, fact
