"""The output contract (docs/spec/output.md), checked on the command line's own output.

Written against the spec, not against the code: `baocao extract` runs once over the TXT, DOCX
and PDF renderings of every seed; each JSON line must have the documented shape, and every
fact's text must be what `baocao text PATH` prints at the fact's span.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import RENDERED, ROOT, SEEDS

from baocao import cli

SPEC = ROOT / "docs" / "spec"
INPUTS = [p for seed in SEEDS for p in (seed, RENDERED / f"{seed.stem}.docx", RENDERED / f"{seed.stem}.pdf")]
FORMATS = {"txt", "docx", "pdf"}
KINDS = {"month", "quarter", "half_year", "nine_months", "year", "other"}
PERIOD_LABELS = {"range", "month", "quarter", "half_year", "nine_months", "year"}
UNIT_TYPES_HINT = ("xã", "phường", "đặc khu")
DOCUMENT_KEYS = {"unit", "issuer", "number", "date", "title", "kind", "period", "signer"}
TARGET_OPS = {">=", "=", ">", "<=", "<"}


def _metric_keys() -> set[str]:
    """The keys in the first column of the tables of metrics.md, plus `other`."""
    text = (SPEC / "metrics.md").read_text(encoding="utf-8")
    return {m.group(1) for m in re.finditer(r"^\|\s*([a-z0-9_]+)\s*\|", text, re.MULTILINE)} - {"key"} | {"other"}


METRICS = _metric_keys()


@pytest.fixture(scope="module")
def extract_run() -> tuple[bytes, str, int]:
    assert all(p.exists() for p in INPUTS), [p for p in INPUTS if not p.exists()]
    result = subprocess.run([sys.executable, "-m", "baocao", "extract", *map(str, INPUTS)],
                            cwd=ROOT, capture_output=True, timeout=600)
    return result.stdout, result.stderr.decode("utf-8", "replace"), result.returncode


@pytest.fixture(scope="module")
def lines(extract_run) -> list[dict]:
    stdout, _stderr, _rc = extract_run
    return [json.loads(line) for line in stdout.decode("utf-8").split("\n") if line]


def _iso(value) -> bool:
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return False
    dt.date.fromisoformat(value)
    return True


def _str_or_none(value) -> bool:
    return value is None or isinstance(value, str)


def _int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


# --------------------------------------------------------------------------- the whole run


def test_one_line_per_input_in_input_order_and_no_error(extract_run, lines):
    _stdout, stderr, rc = extract_run
    assert rc == 0 and "Traceback" not in stderr, stderr
    assert [line["source"]["path"] for line in lines] == [str(p) for p in INPUTS]
    assert [line["error"] for line in lines] == [None] * len(INPUTS)


def test_output_is_utf8_with_vietnamese_unescaped(extract_run):
    stdout, _stderr, _rc = extract_run
    text = stdout.decode("utf-8")  # raises if not UTF-8
    assert "\\u" not in text  # json.dumps(ensure_ascii=True) would escape every Vietnamese letter
    assert "hồ sơ" in text and "thủ tục hành chính" in text
    assert all(line.startswith("{") and line.endswith("}") for line in text.split("\n") if line)


# ----------------------------------------------------------------------------- each line


def _check_source(source: dict, path: Path) -> None:
    assert set(source) >= {"path", "sha256", "format", "pages"}
    assert source["path"] == str(path)
    assert isinstance(source["sha256"], str) and re.fullmatch(r"[0-9a-f]{64}", source["sha256"])
    assert source["format"] == path.suffix[1:] and source["format"] in FORMATS
    if source["format"] == "pdf":
        assert _int(source["pages"]) and source["pages"] >= 1
    else:
        assert source["pages"] is None or (_int(source["pages"]) and source["pages"] >= 1)


def _check_document(doc: dict) -> None:
    assert set(doc) >= DOCUMENT_KEYS
    unit = doc["unit"]
    if unit is not None:
        assert set(unit) >= {"type", "name", "province", "code"}
        assert isinstance(unit["type"], str) and isinstance(unit["name"], str) and unit["name"]
        assert unit["type"].lower() not in unit["name"].lower().split()[:1]  # the name without its type word
        assert _str_or_none(unit["province"])
        assert unit["code"] is None or re.fullmatch(r"\d{5}", unit["code"])
    for key in ("issuer", "number", "title"):
        assert _str_or_none(doc[key]), key
    assert doc["date"] is None or _iso(doc["date"])
    assert doc["kind"] is None or doc["kind"] in KINDS
    period = doc["period"]
    if period is not None:
        assert _iso(period["start"]) and _iso(period["end"]) and period["start"] <= period["end"]
    signer = doc["signer"]
    if signer is not None:
        assert set(signer) >= {"name", "title"}
        assert _str_or_none(signer["name"]) and _str_or_none(signer["title"])


def _check_fact(fact: dict) -> None:
    assert set(fact) >= {"type", "span", "text"}
    start, end = fact["span"]
    assert _int(start) and _int(end) and 0 <= start < end
    assert isinstance(fact["text"], str) and fact["text"]
    kind = fact["type"]
    if kind == "reference":
        assert isinstance(fact["id"], str) and "/" in fact["id"] and " " not in fact["id"]
        assert _str_or_none(fact["kind"]) and _str_or_none(fact["number"]) and _str_or_none(fact["code"])
        assert fact["year"] is None or _int(fact["year"]) or isinstance(fact["year"], str)
        assert fact["date"] is None or _iso(fact["date"])
    elif kind == "period":
        assert _iso(fact["start"]) and _iso(fact["end"]) and fact["start"] <= fact["end"]
        assert fact["label"] in PERIOD_LABELS
    elif kind == "count":
        assert fact["metric"] in METRICS
        assert _int(fact["value"])
        assert isinstance(fact["unit"], str)
        assert _str_or_none(fact["scope"])
    elif kind == "indicator":
        assert fact["metric"] in METRICS
        assert isinstance(fact["value"], float)
        assert fact["unit"] in ("%", "điểm")
        target = fact["target"]
        assert target is None or (target["op"] in TARGET_OPS and isinstance(target["value"], float))
        assert _str_or_none(fact["scope"])
    else:
        pytest.fail(f"fact type {kind!r} is not in the contract")


def _check_warning(warning: dict) -> None:
    assert isinstance(warning["code"], str) and re.fullmatch(r"[a-z_]+", warning["code"])
    assert isinstance(warning["message"], str) and warning["message"]
    for span in warning.get("spans", []):
        assert len(span) == 2 and _int(span[0]) and _int(span[1]) and span[0] <= span[1]


@pytest.mark.parametrize("index", range(len(INPUTS)), ids=[f"{p.stem[:3]}.{p.suffix[1:]}" for p in INPUTS])
def test_each_line_has_the_documented_shape_and_spans(lines, index: int, capsys):
    path = INPUTS[index]
    line = lines[index]
    assert set(line) >= {"source", "error", "document", "facts", "warnings"}
    _check_source(line["source"], path)
    _check_document(line["document"])
    assert isinstance(line["facts"], list) and line["facts"], "every seed report has facts"
    assert "count" in {f["type"] for f in line["facts"]}  # every seed reports dossier counts
    for fact in line["facts"]:
        _check_fact(fact)
    assert isinstance(line["warnings"], list)
    for warning in line["warnings"]:
        _check_warning(warning)

    assert cli.main(["text", str(path)]) == 0
    printed = capsys.readouterr().out
    for fact in line["facts"]:
        start, end = fact["span"]
        assert end <= len(printed)
        assert printed[start:end] == fact["text"], (fact, printed[start:end])
    for warning in line["warnings"]:
        for _start, end in warning.get("spans", []):
            assert end <= len(printed)
