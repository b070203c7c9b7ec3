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


# --- caseless: what IGNORECASE would match, for patterns compiled without it ------------------

import regex  # noqa: E402

from normalize.text import _PLAIN_LETTERS, caseless, needs_full_case  # noqa: E402

_IGNORE = regex.IGNORECASE | regex.VERSION1
# Every character IGNORECASE could pair with a Vietnamese or ASCII letter: Latin blocks, the
# Vietnamese block, letter-like symbols (Kelvin sign), ligatures (ﬁ), Greek (U+0345 folds to ι).
_CANDIDATES = "".join(
    chr(c) for r in (range(0x20, 0x370), range(0x370, 0x400), range(0x1E00, 0x1F00), range(0x2100, 0x2150), range(0xFB00, 0xFB07)) for c in r
)


def test_caseless_letter_sets_are_exactly_what_ignorecase_matches() -> None:
    for letter in sorted(_PLAIN_LETTERS):
        fast = regex.compile(caseless(letter), regex.VERSION1)
        slow = regex.compile(regex.escape(letter), _IGNORE)
        got = {c for c in _CANDIDATES if fast.fullmatch(c)}
        want = {c for c in _CANDIDATES if slow.fullmatch(c)}
        assert got == want, (letter, sorted(got ^ want))


@pytest.mark.parametrize(
    ("word", "matches", "refuses"),
    [
        ("Quý", ["quý", "QUÝ", "Quý", "qUý"], ["quy", "quí", "qu ý"]),
        ("năm", ["NĂM", "Năm"], ["nam", "nâm"]),
        ("info", ["INFO", "\u0130nfo"], ["inf0", "ìnfo"]),  # İ: IGNORECASE pairs it with i
        ("phần trăm", ["PHẦN  TRĂM", "phần\ntrăm"], ["phầntrăm", "phan tram"]),
        ("6", ["6"], ["06", "sáu"]),
        ("đt", ["ĐT", "Đt"], ["dt", "đ t"]),
    ],
)
def test_caseless(word: str, matches: list[str], refuses: list[str]) -> None:
    fast = regex.compile(caseless(word), regex.VERSION1)
    slow = regex.compile(regex.escape(word).replace(r"\ ", r"\s+"), _IGNORE)
    for text in matches:
        assert fast.fullmatch(text) and slow.fullmatch(text), text
    for text in refuses:
        assert not fast.fullmatch(text) and not slow.fullmatch(text), text


@pytest.mark.parametrize("word", ["class", "lưu ý: st", "fax fi", "e\u0301", "λόγος", "\u0130"])
def test_caseless_refuses_words_only_ignorecase_folds(word: str) -> None:
    assert needs_full_case(word)
    with pytest.raises(ValueError, match="IGNORECASE"):
        caseless(word)


def test_cue_words_of_the_lexicons_can_be_caseless() -> None:
    import tomllib
    from pathlib import Path

    data = tomllib.loads((Path(__file__).parent.parent / "normalize" / "data" / "periods.toml").read_text("utf-8"))
    words = [w for section in ("range", "named") for ws in data[section].values() for w in ws]
    assert words and not any(needs_full_case(w) for w in words)


_WORDISH = st.text(alphabet=st.sampled_from(list("quýQUÝíÍnămNĂMtháng THÁNG\n\u0130\u212a\u017f\u0345ßẞfiﬁ6")), max_size=12)


@given(st.sampled_from(["quý", "Quí", "năm", "tháng", "hotline", "điện thoại", "phần trăm", "sáu", "kế", "info"]), _WORDISH)
def test_caseless_agrees_with_ignorecase(word: str, text: str) -> None:
    fast = regex.compile(caseless(word), regex.VERSION1)
    slow = regex.compile(regex.escape(word).replace(r"\ ", r"\s+"), _IGNORE)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)]


# --- canonical_name / name_key: one form of a scope, issuer or title for grouping -------------

from normalize.text import canonical_name, name_key  # noqa: E402

# spellings of one name met across reports: each row's variants must give one key
SAME_NAME = [
    ("Phòng Văn hoá - Xã hội", "Phòng Văn hóa – Xã hội", "phòng  Văn hóa-Xã hội", "PHÒNG VĂN HOÁ — XÃ HỘI",
     "Phòng Văn hóa -Xã hội:", "Phòng Văn hóa\u00a0‑ Xã hội"),
    ("Uỷ ban nhân dân xã Thượng Hồng", "Ủy ban nhân dân xã Thượng Hồng", "ỦY BAN NHÂN DÂN XÃ THƯỢNG HỒNG"),
    ("Văn phòng HĐND-UBND xã", "Văn phòng HĐND - UBND xã", "Văn phòng HĐND – UBND xã."),
    ("Tư pháp - Hộ tịch, chứng thực", "Tư pháp-Hộ tịch , chứng thực"),
    ("Chi nhánh Văn phòng đăng ký đất đai khu vực Thiệu Hoá", "Chi nhánh Văn phòng đăng ký đất đai khu vực Thiệu Hóa"),
    ("Bộ phận Một cửa (TTPVHCC)", "Bộ phận Một cửa ( TTPVHCC )"),
    ("Thừơng trực", "Thường trực"),  # a misplaced mark underthesea repairs
    ("Đất đai", "đất đai", " Đất đai "),
]

# names that must stay apart: different words, a letter, or a mark that is not a placement variant
DIFFERENT_NAMES = [
    ("Phòng Văn hóa - Xã hội", "Phòng Văn hóa"),
    ("Phòng Kinh tế", "Phòng Kinh tế xã"),
    ("Hộ tịch", "Lĩnh vực Hộ tịch"),
    ("Văn phòng HĐND-UBND xã", "Văn phòng HĐND và UBND xã"),
    ("Bình Giang", "Bình Giảng"),
    ("Đất đai", "Dat dai"),  # accents are kept: the key is not the folded search form
    ("DVCTT toàn trình", "DVCTT một phần"),
]


@pytest.mark.parametrize("variants", SAME_NAME)
def test_name_key_groups_spellings_of_one_name(variants: tuple[str, ...]) -> None:
    keys = {name_key(v) for v in variants}
    assert len(keys) == 1, keys
    assert None not in keys


@pytest.mark.parametrize(("a", "b"), DIFFERENT_NAMES)
def test_name_key_keeps_different_names_apart(a: str, b: str) -> None:
    assert name_key(a) != name_key(b)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Phòng Văn hoá – Xã hội", "Phòng Văn hóa - Xã hội"),  # case kept, one dash, one placement
        ("phòng  Văn hóa-Xã hội", "phòng Văn hóa - Xã hội"),
        ("UỶ BAN NHÂN DÂN", "ỦY BAN NHÂN DÂN"),
        ("Bộ phận Một cửa (TTPVHCC)", "Bộ phận Một cửa (TTPVHCC)"),  # underthesea's "( TTPVHCC )" taken back
        ("Lĩnh vực: Hộ tịch", "Lĩnh vực: Hộ tịch"),
        ("Văn phòng HĐND / UBND", "Văn phòng HĐND/UBND"),
        ("TP. Hồ Chí Minh", "TP. Hồ Chí Minh"),
        ("   ", ""),
    ],
)
def test_canonical_name_keeps_case_and_punctuation(text: str, expected: str) -> None:
    assert canonical_name(text) == expected


@pytest.mark.parametrize(("text", "key"), [(None, None), ("", None), (" - ", None), ("Phó Chủ tịch.", "phó chủ tịch")])
def test_name_key_edges(text: str | None, key: str | None) -> None:
    assert name_key(text) == key


_NAME_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĐHPXUOáàảãạóòỏõọúùủũụýỳỷỹỵéèẻẽẹ -–—,.:()/"
_DASH_VARIANTS = ["-", "–", "—", " - ", "‑", " – "]
names = st.text(alphabet=_NAME_ALPHABET, max_size=40)


@given(names)
def test_canonical_name_is_idempotent(text: str) -> None:
    once = canonical_name(text)
    assert canonical_name(once) == once
    assert name_key(once) == name_key(text)


@given(st.lists(st.text(alphabet="aăâbcdđeêghiklmnoôơuưyAĐHUOáàảãạóòỏõọúùủũụýỳỷỹỵ ", min_size=1, max_size=12),
                min_size=2, max_size=4),
       st.data())
def test_name_key_ignores_dash_spacing_and_case(parts: list[str], data: st.DataObject) -> None:
    """However the parts are joined (dash variant, spaces) and cased, the key is the same."""
    plain = " - ".join(parts)
    joins = [data.draw(st.sampled_from(_DASH_VARIANTS)) for _ in parts[1:]]
    written = parts[0] + "".join(j + p for j, p in zip(joins, parts[1:], strict=True))
    assert name_key(written) == name_key(plain) == name_key(written.upper().lower())
    assert name_key(unify_tone_marks(written)) == name_key(written)
