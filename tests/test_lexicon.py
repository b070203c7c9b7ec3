"""normalize/lexicon.py: metric phrasings, document types and unit types as data."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from normalize.lexicon import (
    OTHER,
    find_metric_phrases,
    load_document_types,
    load_metrics,
    load_unit_types,
    metric_def,
    metric_keys,
    unit_type_for_word,
)
from normalize.text import match_form

ROOT = Path(__file__).resolve().parents[1]


def _spec_keys() -> list[str]:
    """The keys of the tables in docs/spec/metrics.md (first column, snake_case)."""
    text = (ROOT / "docs" / "spec" / "metrics.md").read_text(encoding="utf-8")
    return [k for k in re.findall(r"^\| ([a-z][a-z0-9_]*) +\|", text, flags=re.M) if k != "key"]


def test_keys_are_exactly_those_of_the_spec() -> None:
    assert list(metric_keys()) == _spec_keys()
    assert OTHER not in metric_keys()


def test_metric_definitions_are_complete() -> None:
    for key, mdef in load_metrics().items():
        assert mdef.key == key and mdef.phrases and mdef.meaning
        assert mdef.kind in ("count", "indicator")
        assert (mdef.unit in ("%", "điểm")) == (mdef.kind == "indicator"), key
    assert metric_def("received_total").unit == "hồ sơ"
    assert metric_def("idx766_total").unit == "điểm"
    assert metric_def("nonexistent") is None


def test_each_phrase_names_one_key() -> None:
    seen: dict[str, str] = {}
    for key, mdef in load_metrics().items():
        for phrase in mdef.phrases:
            assert seen.setdefault(phrase, key) == key, f"{phrase!r} under {seen[phrase]} and {key}"


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[s:e], k) for s, e, k in find_metric_phrases(text)]


# Real phrasings from the seeds; (text, [(matched text, key), ...]).
POSITIVE = [
    ("- Tỷ lệ số hoá hồ sơ đạt 100 %", [("Tỷ lệ số hoá hồ sơ", "digitization_rate")]),
    ("TỶ LỆ SỐ HÓA HỒ SƠ", [("TỶ LỆ SỐ HÓA HỒ SƠ", "digitization_rate")]),
    ("tỉ lệ số hóa hồ sơ", [("tỉ lệ số hóa hồ sơ", "digitization_rate")]),
    ("+ Hồ sơ đã giải quyết trước hạn: 3985 hồ sơ đạt 99,72%",
     [("Hồ sơ đã giải quyết trước hạn", "resolved_early")]),
    ("+ Hồ sơ rút và từ chối: 11 hồ sơ", [("Hồ sơ rút và từ chối", "rejected_or_withdrawn")]),
    ("+ Hồ sơ đang giải quyết trong hạn: 49 hồ sơ", [("Hồ sơ đang giải quyết trong hạn", "pending_in_time")]),
    ("Tỷ lệ hồ sơ đã giải quyết trước hạn, đúng hạn: 99,96%",
     [("Tỷ lệ hồ sơ đã giải quyết trước hạn, đúng hạn", "on_time_rate")]),
    ("Tỷ lệ hồ sơ đã giải quyết\n\ntrước hạn, đúng hạn", [("Tỷ lệ hồ sơ đã giải quyết\n\ntrước hạn, đúng hạn",
                                                          "on_time_rate")]),
    ("Tỷ lệ nộp hồ sơ trực tuyến: 100 %", [("Tỷ lệ nộp hồ sơ trực tuyến", "online_submission_rate")]),
    ("Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa: 99,82%",
     [("Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa", "data_reuse_rate")]),
    ("Tỷ lệ hài lòng trong xử lý phản ánh, kiến nghị của thành phố",
     [("Tỷ lệ hài lòng trong xử lý phản ánh, kiến nghị", "feedback_satisfaction_rate")]),
    ("trực tiếp 0 hồ sơ, kỳ trước chuyển qua: 11 hồ sơ",
     [("trực tiếp", "received_direct"), ("kỳ trước chuyển qua", "carried_over")]),
    ("Tỷ lệ hồ sơ trực tuyến toàn trình là 95,77%", [("Tỷ lệ hồ sơ trực tuyến toàn trình", "full_online_rate")]),
    ("chỉ số số hoá hồ sơ 21,83/22 điểm", [("chỉ số số hoá hồ sơ", "idx766_digitization")]),
    ("Chỉ số công khai minh bạch đạt 18/18 điểm", [("Chỉ số công khai minh bạch", "idx766_transparency")]),
    ("Tổng số TTHC thuộc thẩm quyền giải quyết là 378 thủ tục",
     [("Tổng số TTHC thuộc thẩm quyền giải quyết", "procedures_total")]),
    ("hồ sơ từ chối 03 hồ sơ, hồ sơ rút 01 hồ sơ",
     [("hồ sơ từ chối", "rejected"), ("hồ sơ rút", "withdrawn")]),
    ("quá hạn 0 hồ sơ", [("quá hạn", "resolved_late")]),
    ("Tỷ lệ thanh toán trực tuyến đạt 100%", [("Tỷ lệ thanh toán trực tuyến", "online_payment_rate")]),
]

NEGATIVE = [
    "cần rút kinh nghiệm trong công tác",
    "rút ngắn thời gian giải quyết",
    "tăng 5% so với kỳ trước",
    "thực hiện cơ chế một cửa, một cửa liên thông",
    "Chủ tịch trực tiếp chỉ đạo",
    "chứng thư số phục vụ quá trình",
    "",
    "hồ sơ",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_find_metric_phrases(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_find_metric_phrases_negative(text: str) -> None:
    assert find_metric_phrases(text) == []


def test_phrases_do_not_match_inside_words() -> None:
    assert _found("trút bỏ") == []
    assert _found("đúng hạnh") == []


@given(st.text())
def test_find_metric_phrases_never_raises_and_spans_are_valid(text: str) -> None:
    last = 0
    for start, end, key in find_metric_phrases(text):
        assert last <= start < end <= len(text)
        assert key in load_metrics()
        last = end


def test_document_types() -> None:
    types = load_document_types()
    assert types.by_code("QĐ").name == "Quyết định"
    assert types.by_code("QyĐ").name == "Quy định"
    assert types.by_code("QYĐ").name == "Quy định"
    assert types.by_code("CTr").name == "Chương trình"
    assert types.by_code("UBND") is None
    assert types.by_code("") is None
    assert types.by_word("QUYẾT ĐỊNH").code == "QĐ"
    assert types.by_word("Thông tư liên tịch").code == "TTLT"
    assert types.by_word("Công văn").code is None
    assert types.by_word("Xe đạp") is None
    words = types.words()
    assert words.index("Thông tư liên tịch") < words.index("Thông tư")
    codes = {t.code for t in types.types}
    # Nghị định 30/2020/NĐ-CP Phụ lục III plus the normative types.
    for code in ["NQ", "QĐ", "CT", "QC", "QyĐ", "TC", "TB", "HD", "CTr", "KH", "PA", "ĐA", "DA", "BC", "BB",
                 "TTr", "HĐ", "CĐ", "BGN", "BTT", "GUQ", "GM", "GGT", "GNP", "PG", "PC", "PB", "NĐ", "TT",
                 "TTLT", "L", "PL"]:
        assert code in codes


@pytest.mark.parametrize(
    ("word", "name"),
    [("Xã", "xã"), ("XÃ", "xã"), ("phường", "phường"), ("ĐẶC KHU", "đặc khu"), ("Thị trấn", "thị trấn"),
     ("huyện", "huyện"), ("Quận", "quận"), ("THỊ XÃ", "thị xã"), ("Thành phố", "thành phố"), ("TP.", "thành phố"),
     ("TỈNH", "tỉnh")],
)
def test_unit_type_for_word(word: str, name: str) -> None:
    assert unit_type_for_word(word).name == name


@pytest.mark.parametrize("word", ["ấp", "thôn", "Hải Phòng", ""])
def test_unit_type_for_word_negative(word: str) -> None:
    assert unit_type_for_word(word) is None


def test_unit_types_levels() -> None:
    levels = {t.name: t.level for t in load_unit_types()}
    assert levels["xã"] == levels["phường"] == levels["đặc khu"] == "commune"
    assert levels["tỉnh"] == "province"
    assert all(t.header == t.header.upper() and match_form(t.header) == match_form(t.name) for t in load_unit_types())


# --- lookups by table agree with a scan of the types in file order ---------------------------


def _scan_word(types, word):
    wanted = " ".join(match_form(word).split())
    return next((t for t in types.types if any(match_form(w) == wanted for w in t.words)), None)


def _scan_code(types, code):
    if not code:
        return None
    exact = next((t for t in types.types if t.code == code), None)
    if exact is not None:
        return exact
    matches = [t for t in types.types if t.code and t.code.upper() == code.upper()]
    return matches[0] if len(matches) == 1 else None


@pytest.mark.parametrize(
    "word",
    ["Quyết định", "QUYẾT  ĐỊNH", "quyết\nđịnh", "QĐ", "qđ", "Công văn", "Văn bản", "Thông tư liên tịch",
     "Kết luận", "Quyết", "", "Uỷ ban", "Giấy ủy quyền", "GIẤY UỶ QUYỀN"],
)
def test_by_word_agrees_with_a_scan(word: str) -> None:
    types = load_document_types()
    assert types.by_word(word) == _scan_word(types, word)


@pytest.mark.parametrize("code", ["QĐ", "QyĐ", "QYĐ", "qđ", "KH", "kh", "CV", "TTr", "TTR", "XYZ", "", None])
def test_by_code_agrees_with_a_scan(code: str | None) -> None:
    types = load_document_types()
    assert types.by_code(code) == _scan_code(types, code)


def test_words_are_longest_first_and_complete() -> None:
    types = load_document_types()
    words = types.words()
    assert sorted(words) == sorted({w for t in types.types for w in t.words})
    assert [len(w) for w in words] == sorted((len(w) for w in words), reverse=True)


def test_identities_and_shares_name_only_metric_keys():
    from normalize.lexicon import load_identities, load_share_of, metric_keys

    keys = set(metric_keys())
    identities = {i.name: i for i in load_identities()}
    # the four identities of docs/spec/metrics.md, each with at least one complete variant
    assert set(identities) == {"received", "resolved", "pending", "balance"}
    for identity in identities.values():
        assert identity.total in keys
        assert any(complete for _, complete in identity.variants)
        assert all(set(parts) <= keys for parts, _ in identity.variants)
    assert set(load_share_of()) <= keys and set(load_share_of().values()) <= keys
