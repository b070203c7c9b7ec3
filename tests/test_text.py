"""normalize/text.py: fold, unify_tone_marks, match_form, normalize_query."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from normalize.text import fold, match_form, normalize_query, unify_tone_marks

nfc_text = st.text().map(lambda s: unicodedata.normalize("NFC", s))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hoá", "hóa"),
        ("số hoá hồ sơ", "số hóa hồ sơ"),
        ("Uỷ ban nhân dân", "Ủy ban nhân dân"),
        ("UỶ BAN", "ỦY BAN"),
        ("thuỷ lợi", "thủy lợi"),
        ("Hoà Bình", "Hòa Bình"),
        ("khoẻ", "khỏe"),
        ("xoè", "xòe"),
        ("thuý", "thúy"),
        ("hoạ sĩ", "họa sĩ"),
        ("hoá.", "hóa."),
        ("Khánh Hoà,", "Khánh Hòa,"),
    ],
)
def test_unify_moves_mark_to_first_vowel(text: str, expected: str) -> None:
    assert unify_tone_marks(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "hóa", "Ủy ban", "thủy", "hoàng", "hoạch", "khoảng", "quý", "quỳnh", "Quỹ", "Nguyễn",
        "khuya", "huyện", "thuyền", "hoa", "tuy", "", "4.911 hồ sơ",
    ],
)
def test_unify_leaves_canonical_and_non_final_pairs(text: str) -> None:
    assert unify_tone_marks(text) == text


@pytest.mark.parametrize(
    ("a", "b"),
    [("số hoá", "SỐ HÓA"), ("Uỷ ban", "ủy ban"), ("THUỶ", "thủy"), ("Khoẻ", "khỏe")],
)
def test_match_form_equates_case_and_mark_variants(a: str, b: str) -> None:
    assert match_form(a) == match_form(b)


def test_match_form_keeps_accents() -> None:
    assert match_form("Bình Giang") != match_form("Bình Giảng")
    assert fold("Bình Giang") == fold("Bình Giảng")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Đất đai", "dat dai"), ("ỦY BAN NHÂN DÂN", "uy ban nhan dan"), ("Số hoá", "so hoa")],
)
def test_fold(text: str, expected: str) -> None:
    assert fold(text) == expected


def test_normalize_query_unifies_and_lowercases() -> None:
    assert normalize_query("Uỷ ban  nhân dân") == "ủy ban nhân dân"
    assert normalize_query("SỐ HOÁ") == normalize_query("số hóa") == "số hóa"
    assert normalize_query("   ") == ""


@given(nfc_text)
def test_fold_is_length_preserving(text: str) -> None:
    assert len(fold(text)) == len(text)


@given(st.text())
def test_unify_tone_marks_is_length_preserving_and_idempotent(text: str) -> None:
    once = unify_tone_marks(text)
    assert len(once) == len(text)
    assert unify_tone_marks(once) == once


@given(st.text())
def test_match_form_is_length_preserving(text: str) -> None:
    assert len(match_form(text)) == len(text)


@given(st.text(alphabet="hoaeuyqkt áàảãạéèẻẽẹýỳỷỹỵóòỏõọúùủũụAÁÀOÓỦUY", max_size=30))
def test_unify_only_changes_tone_placement(text: str) -> None:
    assert fold(unify_tone_marks(text)) == fold(text)
