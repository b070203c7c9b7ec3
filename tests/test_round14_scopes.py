"""Round 14, family SCOPES OF COUNTS: made-up sentences for the shapes the opened blind set heldout10 showed.

- a place as the subject of what it still holds (``Xã A còn để 41 hồ sơ …``, ``… tồn 8 hồ sơ``, ``… còn 5 hồ sơ``),
  beating a level's section around it; the reporting unit itself stays null (figures.toml subject_verbs);
- a place ranked by a rate (``huyện A dẫn đầu với tỷ lệ đúng hạn 99,8%``), by ``xếp tiếp theo`` / ``đứng thứ …``,
  or subject of ``đạt``, keeps its comma clauses (``…, để trễ hạn 164 hồ sơ``); a place named as one of a set its
  sentence opens with (``Trong 11 huyện, thị xã, …, huyện A …``) is a sub-unit even alone in a news item
  (figure_subunits, levels.toml [ranked]);
- places named together, then their figures in the same order (``A và B xếp tiếp theo với N và M hồ sơ``, ``A, B và
  C lần lượt tiếp nhận N, M và K hồ sơ``): each place scopes the figure in its position; one figure for them all,
  or figures with words of their own between them, scope nothing (figure_place_lists);
- a field after ``của`` in a count's clause (``06 hồ sơ quá hạn của lĩnh vực đất đai``) (figure_scope).

Each case asserts every count (or indicator) of its text, in order, with its value and scope.
"""

from __future__ import annotations

import pytest

from extract.extractors.counts import CountExtractor
from extract.extractors.indicators import IndicatorExtractor
from tests.helpers import COMMUNE, DISTRICT, NEWS, fact_rows

Row = tuple[str, int, "str | None"]

COUNTS: list[tuple[str, str, list[Row]]] = [
    # --- a place holding what is left ---
    ("H01 còn để, under a level section", DISTRICT + "2. Cấp xã\nCác xã, thị trấn tiếp nhận 12.000 hồ sơ. Xã Tân "
     "Lập còn để 12 hồ sơ hộ tịch giải quyết quá hạn.",
     [("12.000 hồ sơ", 12000, "Cấp xã"), ("12 hồ sơ", 12, "Xã Tân Lập")]),
    ("H02 tồn, còn tồn, còn", DISTRICT + "Thị trấn Phú Mỹ còn tồn 8 hồ sơ chưa giải quyết. Xã Hòa Bình tồn 3 hồ "
     "sơ. Xã Tân Hội còn 5 hồ sơ quá hạn.",
     [("8 hồ sơ", 8, "Thị trấn Phú Mỹ"), ("3 hồ sơ", 3, "Xã Hòa Bình"), ("5 hồ sơ", 5, "Xã Tân Hội")]),
    ("H03 a body likewise", DISTRICT + "Trong kỳ, Phòng Tư pháp còn để 3 hồ sơ quá hạn.",
     [("3 hồ sơ", 3, "Phòng Tư pháp")]),
    ("H04 neg: the reporting district itself", DISTRICT + "Huyện Sông Lô còn để 14 hồ sơ quá hạn.",
     [("14 hồ sơ", 14, None)]),
    ("H05 neg: the reporting commune itself", COMMUNE + "UBND xã còn để 2 hồ sơ quá hạn. Xã Minh Phú còn 4 hồ sơ "
     "đang giải quyết.", [("2 hồ sơ", 2, None), ("4 hồ sơ", 4, None)]),
    # --- a ranked place keeps its comma clause ---
    ("R01 ranked by a rate, two places", NEWS + "Trong 11 huyện, thị xã, huyện Tây Sơn dẫn đầu với tỷ lệ đúng hạn "
     "99,8%; huyện Hoài Ân đứng cuối với 91,2%, để trễ hạn 164 hồ sơ.", [("164 hồ sơ", 164, "huyện Hoài Ân")]),
    ("R02 one of a set, alone", NEWS + "Năm 2025, toàn tỉnh tiếp nhận 90.000 hồ sơ. Trong 11 huyện, thị xã, thành "
     "phố, huyện Hoài Ân đứng cuối với 91,2%, để trễ hạn 164 hồ sơ.",
     [("90.000 hồ sơ", 90000, None), ("164 hồ sơ", 164, "huyện Hoài Ân")]),
    ("R03 đạt, then còn", NEWS + "Năm 2025, toàn tỉnh tiếp nhận 90.000 hồ sơ. Trong số các huyện, huyện Hoài Ân đạt "
     "tỷ lệ thấp nhất 91,2%, còn 164 hồ sơ quá hạn.",
     [("90.000 hồ sơ", 90000, None), ("164 hồ sơ", 164, "huyện Hoài Ân")]),
    ("R04 với in a clause of its own, two places", NEWS + "Huyện Hoài Ân, với 164 hồ sơ trễ hạn, đứng cuối; huyện "
     "Phù Cát, với 120 hồ sơ trễ hạn, đứng kế cuối.",
     [("164 hồ sơ", 164, "Huyện Hoài Ân"), ("120 hồ sơ", 120, "huyện Phù Cát")]),
    ("R05 neg: the one place of a news item", NEWS + "Năm 2025, huyện Hoài Ân tiếp nhận 9.000 hồ sơ, để trễ hạn 164 "
     "hồ sơ.", [("9.000 hồ sơ", 9000, None), ("164 hồ sơ", 164, None)]),
    ("R06 neg: one place with với, alone", NEWS + "Năm 2025, toàn tỉnh tiếp nhận 90.000 hồ sơ. Huyện Hoài Ân, với 164 "
     "hồ sơ trễ hạn, đứng cuối bảng.", [("90.000 hồ sơ", 90000, None), ("164 hồ sơ", 164, None)]),
    # --- places and their figures in the same order ---
    ("L01 xếp tiếp theo với N và M", NEWS + "Trong 30 xã, xã An Bình tiếp nhận nhiều nhất (3.100 hồ sơ); xã Tân Phú "
     "và xã Phú Lộc xếp tiếp theo với 2.400 và 2.100 hồ sơ.",
     [("3.100 hồ sơ", 3100, "xã An Bình"), ("2.400", 2400, "xã Tân Phú"), ("2.100 hồ sơ", 2100, "xã Phú Lộc")]),
    ("L02 three places, lần lượt", NEWS + "Xã Tân Phú, phường Hòa Lợi và thị trấn Mỹ An lần lượt tiếp nhận 1.200, "
     "950 và 610 hồ sơ.",
     [("1.200", 1200, "Xã Tân Phú"), ("950", 950, "phường Hòa Lợi"), ("610 hồ sơ", 610, "thị trấn Mỹ An")]),
    ("L03 each figure with its unit, in a district's report", DISTRICT + "Xã Tân Phú và xã Phú Lộc lần lượt tiếp "
     "nhận 800 hồ sơ và 650 hồ sơ.", [("800 hồ sơ", 800, "Xã Tân Phú"), ("650 hồ sơ", 650, "xã Phú Lộc")]),
    ("L04 after a comma and lần lượt, a second run", NEWS + "Xã Tân Phú 2 và phường Hòa Lợi là hai đơn vị có tỷ lệ "
     "trực tuyến thấp nhất, lần lượt đạt 61,7% và 64,2%, để quá hạn 5 và 3 hồ sơ.",
     [("5", 5, "Xã Tân Phú 2"), ("3 hồ sơ", 3, "phường Hòa Lợi")]),
    ("L05 neg: one figure for both", NEWS + "Xã Tân Phú và xã Phú Lộc tiếp nhận 2.100 hồ sơ.",
     [("2.100 hồ sơ", 2100, None)]),
    ("L06 neg: figures with words of their own", NEWS + "Xã Tân Phú và xã Phú Lộc có 1.200 hồ sơ đã giải quyết và 30 "
     "hồ sơ quá hạn.", [("1.200 hồ sơ", 1200, None), ("30 hồ sơ", 30, None)]),
    ("L07 neg: the reporting commune is among them", COMMUNE + "Xã Minh Phú và xã Tân Lập lần lượt tiếp nhận 800 và "
     "650 hồ sơ.", [("800", 800, None), ("650 hồ sơ", 650, None)]),
    ("L08 neg: more figures than places", NEWS + "Xã Tân Phú và xã Phú Lộc tiếp nhận lần lượt 800, 650 và 90 hồ sơ.",
     [("800", 800, None), ("650", 650, None), ("90 hồ sơ", 90, None)]),
    # --- a field after "của" ---
    ("F01 của lĩnh vực", COMMUNE + "Tiếp nhận 500 hồ sơ. Có 6 hồ sơ quá hạn của lĩnh vực đất đai.",
     [("500 hồ sơ", 500, None), ("6 hồ sơ", 6, "đất đai")]),
    ("F02 thuộc after của công dân", COMMUNE + "Đã giải quyết 480 hồ sơ của công dân thuộc lĩnh vực hộ tịch.",
     [("480 hồ sơ", 480, "hộ tịch")]),
    ("F03 neg: fields named together", COMMUNE + "Tiếp nhận 500 hồ sơ của lĩnh vực hộ tịch, chứng thực.",
     [("500 hồ sơ", 500, None)]),
    ("F04 neg: the field in the next sentence", COMMUNE + "Tiếp nhận 500 hồ sơ, quá hạn 6 hồ sơ. Lĩnh vực đất đai "
     "chiếm phần lớn.", [("500 hồ sơ", 500, None), ("6 hồ sơ", 6, None)]),
]


@pytest.mark.parametrize(("name", "text", "expected"), COUNTS, ids=[c[0] for c in COUNTS])
def test_count_scopes(name: str, text: str, expected: list[Row]) -> None:
    got = [r for r in fact_rows(text, CountExtractor, "text", "value", "scope") if r[0] != "30 xã"]
    assert got == expected


INDICATORS: list[tuple[str, str, list[Row]]] = [
    ("I01 ranked by a rate", NEWS + "Trong 11 huyện, thị xã, huyện Tây Sơn dẫn đầu với tỷ lệ đúng hạn 99,8%; huyện "
     "Hoài Ân đứng cuối với 91,2%.", [("99,8%", 99.8, "huyện Tây Sơn"), ("91,2%", 91.2, "huyện Hoài Ân")]),
    ("I02 two places, lần lượt đạt", NEWS + "Xã Tân Phú 2 và phường Hòa Lợi là hai đơn vị có tỷ lệ hồ sơ trực tuyến "
     "thấp nhất, lần lượt đạt 61,7% và 64,2%.", [("61,7%", 61.7, "Xã Tân Phú 2"), ("64,2%", 64.2, "phường Hòa Lợi")]),
    ("I03 a body đạt: the verb is no part of the name", DISTRICT + "Phòng Kinh tế đạt 97,5%.",
     [("97,5%", 97.5, "Phòng Kinh tế")]),
]


@pytest.mark.parametrize(("name", "text", "expected"), INDICATORS, ids=[c[0] for c in INDICATORS])
def test_indicator_scopes(name: str, text: str, expected: list[Row]) -> None:
    assert fact_rows(text, IndicatorExtractor, "text", "value", "scope") == expected
