"""Word lists read from levels.toml (positive and negative): the places called "điểm" (one list for the figure
scanner and the indicators), the levels a set of units makes; the scope patterns compiled once per content of
their word lists; a unit word across a paragraph break is no unit of the figure before it."""

from __future__ import annotations

import dataclasses

import pytest

from extract.extractors import figure_blocks
from extract.extractors.counts import CountExtractor
from extract.extractors.figure_cues import load_data
from extract.extractors.figure_items import word_list
from extract.extractors.figure_levels import _scope_patterns
from extract.extractors.indicators import IndicatorExtractor
from tests.helpers import extracted, facts_by_text


def scores(text: str) -> dict[str, tuple[float, str]]:
    return {k: v for k, v in facts_by_text(text, IndicatorExtractor, "value", "unit").items() if v[1] == "điểm"}


def counts(text: str) -> dict[str, tuple[str, int, str | None]]:
    return facts_by_text(text, CountExtractor, "metric", "value", "scope")


# every word of levels.toml [scores] place_nouns, as written in a text
PLACE_PHRASES = {
    "cau": "cầu", "giao dich": "giao dịch", "tiep nhan": "tiếp nhận", "buu dien": "bưu điện", "buu cuc": "bưu cục",
    "buu chinh": "bưu chính", "phuc vu": "phục vụ", "truc": "trực", "ban": "bán", "dich vu": "dịch vụ",
    "thu gom": "thu gom",
}


def test_place_phrases_cover_the_list() -> None:
    assert set(PLACE_PHRASES) == set(figure_blocks.load_levels()["scores"]["place_nouns"])


@pytest.mark.parametrize("word", sorted(PLACE_PHRASES))
def test_a_place_called_diem_is_no_score(word: str) -> None:
    assert scores(f"Toàn tỉnh hiện có 45 điểm {PLACE_PHRASES[word]} trên địa bàn.") == {}


# negatives: "điểm" the unit of a score, whatever follows it
@pytest.mark.parametrize(("text", "figure", "value"), [
    ("Chỉ số của xã đạt 45 điểm trong năm.", "45 điểm", 45.0),
    ("Xã đạt 85,5 điểm, xếp thứ 3.", "85,5 điểm", 85.5),
    ("Xã đạt 45 điểm cao nhất huyện.", "45 điểm", 45.0),
    # a place word in the next clause
    ("Chỉ số hài lòng đạt 45 điểm; cầu nối giữa người dân và chính quyền là bộ phận một cửa.", "45 điểm", 45.0),
])
def test_a_score_stays_a_score(text: str, figure: str, value: float) -> None:
    assert scores(text)[figure][0] == value


# every unit type of levels.toml [sets], as written in a text
SET_KINDS = {"xa": "xã", "phuong": "phường", "thi tran": "thị trấn", "dac khu": "đặc khu", "huyen": "huyện",
             "quan": "quận", "thi xa": "thị xã"}


def test_set_kinds_cover_the_lists() -> None:
    assert set(SET_KINDS) == {k for name in word_list("sets", "names") for k in word_list("sets", name)}


@pytest.mark.parametrize(("name", "kind"), [(n, k) for n in word_list("sets", "names") for k in word_list("sets", n)])
def test_offices_of_a_set_are_its_level(name: str, kind: str) -> None:
    text = f"Trong quý, Bộ phận một cửa của UBND các {SET_KINDS[kind]} tiếp nhận 300 hồ sơ."
    assert counts(text)["300 hồ sơ"][2] == name


@pytest.mark.parametrize("text", [
    # units of two levels together make no one level
    "Trong quý, Bộ phận một cửa của UBND các huyện, xã tiếp nhận 300 hồ sơ.",
    # a set of provinces is no level of a set
    "Trong quý, Bộ phận một cửa của UBND các tỉnh tiếp nhận 300 hồ sơ.",
])
def test_offices_of_no_one_level(text: str) -> None:
    assert counts(text)["300 hồ sơ"][2] is None


def test_scope_patterns_are_compiled_per_content() -> None:
    data = load_data()
    same = dataclasses.replace(data)
    other = dataclasses.replace(data, scope_heads=(*data.scope_heads, "hop tac xa"))
    assert _scope_patterns(same) is _scope_patterns(data)
    assert _scope_patterns(other) is not _scope_patterns(data)
    assert _scope_patterns(other).heads.search("hop tac xa") and not _scope_patterns(data).heads.search("hop tac xa")


# (text, the count's text or None when the figure is no count with a unit, its unit)
UNIT_ACROSS = [
    ("Huyện có 12 trung tâm học tập cộng đồng.", "12 trung tâm", "trung tâm"),
    ("Huyện có 12 Trung tâm học tập cộng đồng.", "12 Trung tâm", "Trung tâm"),
    # a line break inside a paragraph
    ("Huyện có 12\nTrung tâm học tập cộng đồng.", "12\nTrung tâm", "Trung tâm"),
    # a text whose every line break is a blank line: a word in lower case continues the line
    ("Huyện có 12\n\ntrung tâm học tập cộng đồng.", "12\n\ntrung tâm", "trung tâm"),
    # negatives: a capital after a blank line opens the next paragraph
    ("Số máy lẻ của bộ phận là 81\n\nTrung tâm đã tiếp nhận 300 hồ sơ.", None, None),
    ("Tổng số viên chức là 379\n\nNgười lao động hợp đồng: 12 người.", None, None),
    ("Phòng họp số 2 có 14 \n\n  Cán bộ dự.", None, None),
]


@pytest.mark.parametrize(("text", "figure", "unit"), UNIT_ACROSS)
def test_a_unit_word_stays_in_its_paragraph(text: str, figure: str | None, unit: str | None) -> None:
    got = {f.text: f for f in extracted(text, CountExtractor)}
    if figure is None:
        assert not [f for f in got.values() if "\n\n" in f.text], got
    else:
        assert got[figure].metric == "other" and got[figure].unit == unit, got
