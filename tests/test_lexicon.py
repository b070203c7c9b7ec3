"""normalize/lexicon.py: metric phrasings, document types and unit types as data."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from normalize.lexicon import (
    OTHER,
    load_document_types,
    load_metrics,
    load_unit_types,
    metric_def,
    metric_keys,
    unit_type_for_word,
    unit_type_names,
    unit_type_words,
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


# The one list of administrative unit levels (normalize/data/unit_types.toml): metadata, units and store read it.
@pytest.mark.parametrize(("levels", "names"), [
    (("commune",), ("xã", "phường", "đặc khu", "thị trấn")),
    (("district",), ("huyện", "quận", "thị xã")),
    (("province",), ("thành phố", "tỉnh")),
    (("district", "province"), ("huyện", "quận", "thị xã", "thành phố", "tỉnh")),
    ((), ()),
])
def test_unit_type_names_by_level(levels: tuple, names: tuple[str, ...]) -> None:
    assert unit_type_names(*levels) == names


def test_unit_type_words_by_level() -> None:
    commune = unit_type_words("commune")
    assert {"xã", "XÃ", "P.", "TT.", "ĐẶC KHU"} <= set(commune)
    assert not {"huyện", "TP.", "tỉnh", "thị xã"} & set(commune)  # "thị xã" is a district, not a commune
    assert {"TP.", "Tp", "tỉnh", "TỈNH"} <= set(unit_type_words("province"))
    assert len(commune) == len(set(commune))
