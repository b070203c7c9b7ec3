"""The scorer (baocao/evaluate.py) on constructed cases and on the real gold corpus."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from baocao.cli import main
from baocao.evaluate import (
    DocResult,
    align_spans,
    evaluate,
    key_differences,
    load_gold,
    map_span,
    nonspace_index,
    score_facts,
    score_fields,
    to_text_offset,
)

ROOT = Path(__file__).resolve().parent.parent
GOLD_000 = ROOT / "corpus" / "gold" / "000_6630bca22e35daa6.json"

TEXT = "Tổng số hồ sơ tiếp nhận là 4.911 hồ sơ, đạt 99,96%\ntheo Quyết định số 714/QĐ-UBND ngày 27/02/2026."
FACTS = [
    {"type": "count", "span": [27, 38], "text": "4.911 hồ sơ", "metric": "received_total", "value": 4911,
     "unit": "hồ sơ", "scope": None},
    {"type": "indicator", "span": [44, 50], "text": "99,96%", "metric": "on_time_rate", "value": 99.96,
     "unit": "%", "target": None, "scope": None},
    {"type": "reference", "span": [56, 97], "text": "Quyết định số 714/QĐ-UBND ngày 27/02/2026",
     "id": "714/QĐ-UBND", "date": "2026-02-27"},
]


def _score(pred_facts: list[dict], pred_text: str = TEXT, gold: list[dict] = FACTS) -> DocResult:
    result = DocResult(doc="t", format="txt")
    score_facts(result, gold, TEXT, pred_facts, pred_text)
    return result


def _total(result: DocResult, attr: str = "types") -> tuple[int, int, int]:
    scores = getattr(result, attr).values()
    return sum(s.tp for s in scores), sum(s.fp for s in scores), sum(s.fn for s in scores)


def test_constructed_spans_are_right() -> None:
    for f in FACTS:
        assert TEXT[f["span"][0]:f["span"][1]] == f["text"]


def test_gold_against_itself_is_perfect() -> None:
    result = _score(copy.deepcopy(FACTS))
    assert _total(result) == (3, 0, 0)
    assert all(s.f1 == 1.0 for s in result.types.values() if s.tp)
    assert not result.missed and not result.spurious


def test_dropped_prediction_lowers_recall_only() -> None:
    result = _score(copy.deepcopy(FACTS[1:]))
    assert _total(result) == (2, 0, 1)
    assert result.types["count"].recall == 0.0 and result.types["indicator"].precision == 1.0
    assert [m.text for m in result.missed] == ["4.911 hồ sơ"]
    assert result.missed[0].reason.startswith("not found")


@pytest.mark.parametrize(
    ("index", "change", "reason"),
    [
        (0, {"value": 4912}, "value differs: gold 4911, got 4912"),
        (0, {"metric": "resolved_total"}, "metric differs: gold received_total, got resolved_total"),
        (0, {"scope": "Phòng Kinh tế"}, "scope differs"),
        (1, {"value": 99.95}, "value differs"),
        (1, {"target": {"op": ">=", "value": 95.0}}, "target differs"),
        (2, {"id": "714/QĐ-UBND2"}, "id differs"),
        (2, {"date": None}, "date differs"),
    ],
)
def test_changed_key_field_gives_one_fp_and_one_fn(index: int, change: dict, reason: str) -> None:
    pred = copy.deepcopy(FACTS)
    pred[index].update(change)
    result = _score(pred)
    assert _total(result) == (2, 1, 1)
    assert _total(result, "span_only") == (3, 0, 0)  # the span still matched
    assert result.missed[0].reason.startswith("span matched, ") and reason in result.missed[0].reason


@pytest.mark.parametrize(
    "change",
    [
        {"value": 4911.0000001},  # float noise
        {"scope": None, "unit": "hồ sơ (HS)"},  # unit is not a key field
    ],
)
def test_equal_key_fields_still_match(change: dict) -> None:
    pred = copy.deepcopy(FACTS)
    pred[0].update(change)
    assert _total(_score(pred)) == (3, 0, 0)


def test_scope_is_compared_case_and_space_insensitively() -> None:
    gold = copy.deepcopy(FACTS)
    gold[0]["scope"] = "Phòng Kinh tế xã"
    pred = copy.deepcopy(gold)
    pred[0]["scope"] = "phòng  kinh tế XÃ"
    assert _total(_score(pred, gold=gold)) == (3, 0, 0)


def test_reference_id_ignores_spaces_and_dash_variants() -> None:
    pred = copy.deepcopy(FACTS)
    pred[2]["id"] = "714 /QĐ\u2013UBND"
    assert key_differences(FACTS[2], pred[2]) == []


def test_span_shifted_by_whitespace_only_still_matches() -> None:
    pred = copy.deepcopy(FACTS)
    pred[0]["span"] = [26, 38]  # takes the space before the number
    pred[2]["span"] = [55, 98]  # the newline before and the full stop after: overlap is enough
    assert _total(_score(pred)) == (3, 0, 0)


def test_non_overlapping_span_is_a_miss_and_a_spurious() -> None:
    pred = copy.deepcopy(FACTS)
    pred[1]["span"] = [0, 7]
    result = _score(pred)
    assert _total(result) == (2, 1, 1)
    assert result.spurious[0].reason.startswith("no gold fact here")


def test_one_to_one_matching() -> None:
    # the same prediction twice: one matches, the copy is spurious
    result = _score(copy.deepcopy(FACTS) + [copy.deepcopy(FACTS[0])])
    assert _total(result) == (3, 1, 0)


def test_other_counts_without_gold_are_ignored_but_other_indicators_are_not() -> None:
    extra_count = {"type": "count", "span": [0, 7], "text": "Tổng số", "metric": "other", "value": 1, "scope": None}
    extra_ind = {"type": "indicator", "span": [0, 7], "text": "Tổng số", "metric": "other", "value": 1.0, "target": None}
    result = _score(copy.deepcopy(FACTS) + [extra_count, extra_ind])
    assert _total(result) == (3, 1, 0) and result.ignored == 1


def _docx_like(text: str) -> str:
    """Another rendering of the same text: other line breaks, doubled spaces, tabs, NBSP."""
    return "\n\n" + text.replace(" ", "  ").replace("\n", "\n\n\t").replace("là ", "là\u00a0\n")


def test_docx_like_whitespace_maps_spans() -> None:
    other = _docx_like(TEXT)
    pidx = nonspace_index(other)
    gidx = nonspace_index(TEXT)
    pred = copy.deepcopy(FACTS)
    for f in pred:  # place each prediction where its text really is in the other rendering
        a, b = map_span(gidx, f["span"])
        f["span"] = [to_text_offset(pidx, a), to_text_offset(pidx, b, end=True)]
        assert other[f["span"][0]:f["span"][1]].split() == f["text"].split()
    assert _total(_score(pred, pred_text=other)) == (3, 0, 0)
    # and the old offsets, now pointing elsewhere in that text, do not match
    assert _total(_score(copy.deepcopy(FACTS), pred_text=other))[0] < 3


def test_nfd_rendering_maps_like_nfc() -> None:
    import unicodedata

    nfd = unicodedata.normalize("NFD", TEXT)
    assert counted(nfd) == counted(TEXT)


def counted(text: str) -> int:
    return nonspace_index(text)[-1]


def test_dropped_markup_is_realigned() -> None:
    gold_text = "**KT. GIÁM ĐỐC**\n1\tHộ tịch\t343\t0\t0\n2\tChứng thực\t675\t0\t1"
    pred_text = "KT. GIÁM ĐỐC\n1\tHộ tịch\t343\t0\t0\n2\tChứng thực\t675\t0\t1"
    s = gold_text.rindex("1")
    (a, b), = align_spans(gold_text, [[s, s + 1]], pred_text)
    pidx = nonspace_index(pred_text)
    assert to_text_offset(pidx, a) == pred_text.rindex("1")
    assert b - a == 1


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([" ", "\n", "\t", "  ", "\n\n"]), min_size=1, max_size=30))
def test_whitespace_rewrites_never_move_spans(seps: list[str]) -> None:
    words = TEXT.split()
    other = "".join(w + seps[i % len(seps)] for i, w in enumerate(words))
    aligned = align_spans(TEXT, [f["span"] for f in FACTS], other)
    gidx = nonspace_index(TEXT)
    assert aligned == [map_span(gidx, f["span"]) for f in FACTS]


# --- document fields ----------------------------------------------------------------------

GOLD_DOC = {"unit": {"type": "xã", "name": "Thượng Hồng", "province": "Hải Phòng", "code": None},
            "issuer": "Ủy ban nhân dân xã Thượng Hồng", "number": None, "date": None,
            "title": "Công tác kiểm soát thủ tục hành chính Quý II năm 2026", "kind": "quarter",
            "period": {"start": "2026-03-15", "end": "2026-06-14"}, "signer": {"name": "Vũ Quang Thái", "title": "Phó Chủ tịch"}}


def test_fields_against_themselves() -> None:
    result = DocResult(doc="t", format="txt")
    score_fields(result, GOLD_DOC, copy.deepcopy(GOLD_DOC))
    assert sum(s.tp for s in result.fields.values()) == 6  # number and date are null on both sides
    assert not result.field_diffs


def test_fields_whitespace_code_and_errors() -> None:
    pred = copy.deepcopy(GOLD_DOC)
    pred["title"] = "Công tác kiểm soát  thủ tục hành chính\nQuý II năm 2026"  # whitespace only
    pred["unit"]["code"] = "10993"  # gold gives no code: not compared
    pred["kind"] = "half_year"  # wrong
    pred["signer"] = None  # missing
    pred["date"] = "2026-06-20"  # gold null: spurious
    result = DocResult(doc="t", format="txt")
    score_fields(result, GOLD_DOC, pred)
    f = result.fields
    assert (f["title"].tp, f["unit"].tp) == (1, 1)
    assert (f["kind"].fp, f["kind"].fn) == (1, 1)
    assert (f["signer"].fp, f["signer"].fn) == (0, 1)
    assert (f["date"].fp, f["date"].fn) == (1, 0)
    assert {d["field"] for d in result.field_diffs} == {"kind", "signer", "date"}


# --- the whole loop on the real corpus ----------------------------------------------------


def _gold_predictor(path: Path) -> tuple[str, dict]:
    """A perfect extractor: the gold itself (for the seed the path points at)."""
    gold, text = load_gold(ROOT / "corpus" / "gold" / f"{path.stem}.json")
    return text, {"error": None, "document": gold["document"], "facts": gold["facts"]}


def test_evaluate_gold_against_itself_on_the_corpus() -> None:
    report = evaluate(ROOT / "corpus", docs=["000", "004"], predict=_gold_predictor)
    assert {d.doc[:3] for d in report.documents} == {"000", "004"}
    assert report.types("txt")["all"].f1 == 1.0 and report.types("txt")["all"].tp > 200
    assert report.fields("txt")["all"].f1 == 1.0
    data = report.to_json()
    assert data["formats"]["txt"]["types"]["count"]["f1"] == 1.0
    json.dumps(data, ensure_ascii=False)


def test_evaluate_records_a_failing_pipeline_and_keeps_going() -> None:
    def broken(path: Path) -> tuple[str, dict]:
        raise RuntimeError("boom")

    report = evaluate(ROOT / "corpus", docs=["000"], predict=broken)
    (doc,) = report.documents
    assert "boom" in doc.error and doc.types["count"].fn > 0 and report.types("txt")["all"].recall == 0.0
    assert "000" in report.format_table()


def test_evaluate_skips_absent_renderings_and_rejects_unknown_formats(tmp_path: Path) -> None:
    (tmp_path / "gold").mkdir()
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "x.txt").write_text("4.911 hồ sơ", encoding="utf-8")
    (tmp_path / "gold" / "x.json").write_text(json.dumps({"seed": "seeds/x.txt", "document": {}, "facts": [
        {"type": "count", "span": [0, 11], "text": "4.911 hồ sơ", "metric": "received_total", "value": 4911,
         "scope": None}]}), encoding="utf-8")
    report = evaluate(tmp_path, formats=["txt", "pdf"], predict=lambda p: ("", {"facts": [], "document": None}))
    assert report.skipped == ["x.pdf: not present"] and len(report.documents) == 1
    with pytest.raises(ValueError, match="unknown format"):
        evaluate(tmp_path, formats=["odt"])


def test_cli_eval_json_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(ROOT / "corpus"), "--docs", "000", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data["formats"]["txt"]["types"]) == {"reference", "period", "count", "indicator", "all"}
    assert data["documents"][0]["doc"].startswith("000")


def test_cli_eval_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(ROOT / "corpus"), "--docs", "003"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^  count\s+\d+", out, flags=re.M) and "span-only F1" in out


def test_a_field_scope_matches_with_or_without_its_head_word():
    from baocao.evaluate import key_differences

    gold = {"type": "count", "metric": "resolved_late", "value": 2, "scope": "Đất đai"}
    assert key_differences(gold, {**gold, "scope": "lĩnh vực đất đai"}) == []
    assert key_differences(gold, {**gold, "scope": "Xây dựng"}) != []
    assert key_differences(gold, {**gold, "scope": None}) != []


def test_cli_eval_scores_only_prints_the_numbers_and_no_miss(capsys: pytest.CaptureFixture[str]) -> None:
    # a predictor that misses everything: the plain table lists misses, --scores-only none of them
    assert main(["eval", str(ROOT / "corpus"), "--docs", "000", "--only", "references"]) == 0
    plain = capsys.readouterr().out
    assert "-- missed" in plain
    assert main(["eval", str(ROOT / "corpus"), "--docs", "000", "--only", "references", "--scores-only"]) == 0
    out = capsys.readouterr().out
    assert "  all " in out and "count" in out
    assert "-- missed" not in out and "-- spurious" not in out and "document fields wrong" not in out
    assert [ln for ln in out.splitlines() if ln.startswith("  all ")] == \
        [ln for ln in plain.splitlines() if ln.startswith("  all ")]
    with pytest.raises(SystemExit):
        main(["eval", str(ROOT / "corpus"), "--scores-only", "--verbose"])
