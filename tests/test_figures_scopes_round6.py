"""Scopes of parts told side by side (round 6), positive and negative: a public-administration centre in a news
item is the unit itself unless the text splits the figures between it and another level or office; the bodies a
sentence splits its dossiers between by competence; the word lists of the level finders read from levels.toml (a
made-up word added to the loaded lists is picked up by the patterns rebuilt from them)."""

from __future__ import annotations

import importlib

import pytest

from extract.extractors import figure_blocks, indicators
from extract.extractors.counts import CountExtractor
from extract.extractors.indicators import IndicatorExtractor
from tests.helpers import facts_by_text


def counts(text: str) -> dict[str, tuple[str, int, str | None]]:
    return facts_by_text(text, CountExtractor, "metric", "value", "scope")


def rates(text: str) -> dict[str, tuple[str, float, str | None]]:
    return facts_by_text(text, IndicatorExtractor, "metric", "value", "scope")


CENTRE = "Trung tâm Hành chính công huyện"
# (text, {figure: scope})
SCOPES = [
    # a centre beside the commune offices at another level: a part
    ("Trong quý, huyện Tân Lạc đẩy mạnh cải cách hành chính.\n\nCụ thể, Trung tâm Hành chính công huyện đã tiếp "
     "nhận 4.210 hồ sơ, trong đó giải quyết trước hạn 2.905 hồ sơ, đang giải quyết 640 hồ sơ.\n\n"
     "Tại bộ phận một cửa cấp xã tiếp nhận 3.118 hồ sơ, trong đó giải quyết đúng hạn 3.001 hồ sơ.",
     {"4.210 hồ sơ": CENTRE, "2.905 hồ sơ": CENTRE, "640 hồ sơ": CENTRE,
      "3.118 hồ sơ": "bộ phận một cửa cấp xã"}),
    # beside a level framing its own paragraph; a paragraph pointing back at the centre's figures is still its
    ("Trong tháng 9, Trung tâm Phục vụ Hành chính công của tỉnh đã tiếp nhận 12.040 hồ sơ.\n\n"
     "Trong số hồ sơ trên, đã giải quyết 11.300 hồ sơ.\n\nỞ cấp huyện, tổng số hồ sơ tiếp nhận là 20.500 hồ sơ.",
     {"12.040 hồ sơ": "Trung tâm Phục vụ Hành chính công của tỉnh",
      "11.300 hồ sơ": "Trung tâm Phục vụ Hành chính công của tỉnh", "20.500 hồ sơ": "cấp huyện"}),
    # negative: nothing told beside the centre
    ("Năm 2024, Trung tâm Phục vụ hành chính công tỉnh đã tiếp nhận 48.000 hồ sơ, giải quyết 47.200 hồ sơ.",
     {"48.000 hồ sơ": None, "47.200 hồ sơ": None}),
    # negative: sub-units of the centre's own level split nothing between levels
    ("Trung tâm hành chính công tỉnh Bình Phước đã tiếp nhận 2.300 hồ sơ.\n\nCác sở, ngành cấp tỉnh tiếp nhận "
     "90 hồ sơ.", {"2.300 hồ sơ": None}),
    # negative: a report with its issuer block: its own centre is the unit itself
    ("ỦY BAN NHÂN DÂN\nHUYỆN LẠC SƠN\n\nBÁO CÁO\n\nTrung tâm Hành chính công huyện tiếp nhận 5.100 hồ sơ.\n\n"
     "Bộ phận một cửa cấp xã tiếp nhận 9.800 hồ sơ.", {"5.100 hồ sơ": None}),
    # negative: the unit's one-stop desk at its own level is the unit itself, even beside another level
    ("Trong năm, Bộ phận tiếp nhận và trả kết quả thị xã tiếp nhận 4.000 hồ sơ; Bộ phận tiếp nhận và trả kết quả "
     "cấp xã, phường tiếp nhận 9.000 hồ sơ.", {"4.000 hồ sơ": None}),
    # negative: a photo's caption restates the headline's figure
    ("Trung tâm Phục vụ hành chính công tỉnh đã tiếp nhận hơn 900 hồ sơ trong ngày. Ảnh: P.V\n\n"
     "Cụ thể, cấp xã đã tiếp nhận 860 hồ sơ.", {"900 hồ sơ": None}),
    # the whole territory's figure told just before the centre's: the centre's is a part
    ("Ông Trần Văn Nam cho biết, trên địa bàn tỉnh đang thực hiện 1.950 thủ tục hành chính. Trung tâm Phục vụ "
     "hành chính công tỉnh thực hiện 1.420 thủ tục.",
     {"1.950 thủ tục hành chính": None, "1.420 thủ tục": "Trung tâm Phục vụ hành chính công tỉnh"}),
    # negative: the whole told in another paragraph
    ("Toàn tỉnh tiếp nhận 80.000 hồ sơ.\n\nTrung tâm Phục vụ hành chính công tỉnh đã tiếp nhận 7.500 hồ sơ.",
     {"7.500 hồ sơ": None}),
    # a field after "liên quan đến" as after "thuộc"
    ("Năm 2022, huyện Vũ Thư đã tiếp nhận trên 6.300 hồ sơ liên quan đến lĩnh vực đất đai.",
     {"6.300 hồ sơ": "đất đai"}),
    # negative: a relation to something that is no field
    ("Năm 2022, huyện đã tiếp nhận 510 hồ sơ liên quan đến người có công.", {"510 hồ sơ": None}),
    # the bodies a sentence splits its dossiers between by competence
    ("Đến hết quý III, UBND thị xã và UBND 12 phường, xã tiếp nhận 40.100 hồ sơ; trong đó thuộc thẩm quyền giải "
     "quyết của UBND thị xã Kỳ Anh có 22.300 hồ sơ, thuộc phạm vi thẩm quyền giải quyết của UBND các phường, xã "
     "có tổng số 17.800 hồ sơ.",
     {"40.100 hồ sơ": None, "22.300 hồ sơ": "UBND thị xã Kỳ Anh", "17.800 hồ sơ": "UBND các phường, xã"}),
    # negative: one competent body alone is the unit's own
    ("Năm 2023, tổng số hồ sơ thuộc thẩm quyền giải quyết của UBND xã Hòa Bình là 1.240 hồ sơ.",
     {"1.240 hồ sơ": None}),
]


@pytest.mark.parametrize(("text", "expected"), SCOPES)
def test_scopes(text: str, expected: dict[str, str | None]) -> None:
    got = counts(text)
    for figure, scope in expected.items():
        assert figure in got, (figure, got)
        assert got[figure][2] == scope, (figure, got[figure])


def test_rate_of_a_centre_paragraph_is_scoped() -> None:
    text = ("Cụ thể, Trung tâm Hành chính công huyện đã tiếp nhận 3.000 hồ sơ. Hồ sơ tiếp nhận trực tuyến đạt 21,5%."
            "\n\nTại bộ phận một cửa cấp xã tiếp nhận 2.000 hồ sơ.")
    assert rates(text)["21,5%"][2] == CENTRE


# (section, key, a made-up word, the modules whose patterns read the list, text, figure, its scope or metric without
# the word, with it): the word added to the loaded levels.toml, and the modules rebuilt from it as at load time
MADE_UP_WORDS = [
    ("levels", "cap", "lien xa", ("figure_level_scopes", "figure_levels"), "Toàn huyện tiếp nhận 900 hồ sơ; cấp liên xã là 112 hồ sơ.",
     "112 hồ sơ", None, "cấp liên xã"),
    ("level_clause", "joins", "lan", ("figure_level_scopes", "figure_levels"), "Cấp huyện tiếp nhận 900 hồ sơ lẫn cấp xã đạt 300 hồ sơ.",
     "300 hồ sơ", "Cấp huyện", "cấp xã"),
    ("subjectless", "openers", "luu kho", ("figure_levels",),
     "Chi nhánh Văn phòng đăng ký đất đai tiếp nhận 100 hồ sơ; lưu kho 40 hồ sơ.",
     "40 hồ sơ", None, "Chi nhánh Văn phòng đăng ký đất đai"),
    ("sets", "cấp xã", "ban", ("figure_items",), "Bộ phận một cửa của UBND các bản tiếp nhận 300 hồ sơ.",
     "300 hồ sơ", None, "cấp xã"),
    ("level_after", "bodies", "hoi", ("figure_scope", "figure_counts"),
     "Tỉnh đang thực hiện 1.367 thủ tục thuộc phạm vi giải quyết của 19 hội cấp tỉnh và 280 thủ tục cấp huyện.",
     "1.367 thủ tục", None, "cấp tỉnh"),
]


def _rebuilt(names: tuple[str, ...]) -> None:
    for name in names:
        importlib.reload(importlib.import_module(f"extract.extractors.{name}"))


@pytest.mark.parametrize(("section", "key", "word", "modules", "text", "figure", "without", "with_word"),
                         MADE_UP_WORDS)
def test_level_words_come_from_data(monkeypatch: pytest.MonkeyPatch, section: str, key: str, word: str,
                                    modules: tuple[str, ...], text: str, figure: str, without: str | None,
                                    with_word: str) -> None:
    assert word not in figure_blocks.load_levels()[section][key]
    assert counts(text)[figure][2] == without  # negative: the made-up word is no level word
    monkeypatch.setitem(figure_blocks._LV[section], key, [*figure_blocks._LV[section][key], word])
    try:
        _rebuilt(modules)
        assert counts(text)[figure][2] == with_word
    finally:
        monkeypatch.undo()
        _rebuilt(modules)
    assert counts(text)[figure][2] == without


def test_owner_words_come_from_data(monkeypatch: pytest.MonkeyPatch) -> None:
    # procedures "của 15 <owner>" are the set the owners hold, not the cases handled
    text = "Trung tâm đã giải quyết 980 thủ tục hành chính của 15 hội."
    assert counts(text)["980 thủ tục hành chính"][0] == "resolved_total"
    monkeypatch.setitem(figure_blocks._LV["owners"], "of", [*figure_blocks._LV["owners"]["of"], "hoi"])
    try:
        _rebuilt(("figure_counts",))
        assert counts(text)["980 thủ tục hành chính"][0] == "procedures_total"
    finally:
        monkeypatch.undo()
        _rebuilt(("figure_counts",))


def test_place_words_come_from_data(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Huyện có 45 điểm tập kết rác thải."
    assert "45 điểm" in rates(text)
    monkeypatch.setitem(figure_blocks._LV["scores"], "place_nouns",
                        [*figure_blocks._LV["scores"]["place_nouns"], "tap ket"])
    indicators.place_points_re.cache_clear()
    try:
        assert "45 điểm" not in rates(text)
    finally:
        monkeypatch.undo()
        indicators.place_points_re.cache_clear()
    assert "45 điểm" in rates(text)


def test_malformed_level_words_are_reported(tmp_path) -> None:
    bad = tmp_path / "levels.toml"
    bad.write_text("[levels\n", encoding="utf-8")
    with pytest.raises(ValueError):
        figure_blocks.load_levels(bad)
