"""Round 16, family SCOPES OF COUNTS: made-up sentences for the shapes heldout12 and heldout13 showed.

- an adverb between a subject and its verb (``Sở X vẫn là …``, ``Phòng Y cũng tiếp nhận …``) is no part of the name
  (figure_scope_names, levels.toml [names] trailing_adverbs);
- a set of places opening the sentence by its bloc or group (``Trong khối huyện, …``, ``Trong nhóm các phường, …``)
  holds the place named after it (figure_subunits, levels.toml [places] among_sets);
- ``ở các lĩnh vực đất đai (N hồ sơ), xây dựng (…)``: the plural opens a list of named fields, no part of the first
  name; ``các lĩnh vực khác (N)`` stays as written (figure_field_names, figure_scope);
- an item of ``Phân theo lĩnh vực: …`` may open a line of its own in PDF text (figure_subunits);
- a late count with its one field alone in brackets (``quá hạn 04 hồ sơ (lĩnh vực đất đai)``) is the unit's whole
  late count: null, as ``đều thuộc lĩnh vực X`` (GOLD.md, fifth session; figure_scope);
- ``Ở cấp tỉnh, …`` in a province's text, with other levels named later in its paragraph, is a level's part
  (figure_level_scopes);
- the unit's own level under its competence is a part when the report's headings break it down by level
  (figure_level_scopes);
- a field ranked by its figure, as the subject (``Lĩnh vực X vẫn chiếm tỷ trọng … lớn nhất với N``) or as the
  predicate of a sentence about fields (``Lĩnh vực có nhiều hồ sơ nhất là X với N``) (figure_scope_ranked);
- the scope a count's own words name wins over a frame, a list item or a level's section around it; a count with no
  such words keeps the frame (figure_scope_own);
- rates: ``… của Sở A là 4,2%, của Sở B là 3,1%`` scopes each value by its body (figure_scope_owners), not the
  unit's committee; a rank's verb closes no name (``Sở Tư pháp đứng thứ 2/22``); a place set apart after a comma
  (``…, riêng xã A đạt 91,2%``) inside a level's frame is that place (figure_subunits).

Each case asserts every count of its text, in order, with its scope.
"""

from __future__ import annotations

import pytest

from extract.extractors.figure_scope_names import trim_adverbs
from extract.extractors.indicators import IndicatorExtractor
from tests.helpers import COMMUNE, DISTRICT, NEWS, count_rows, fact_rows, report_opening

PROVINCE = report_opening("TỈNH HÒA NAM", "năm 2025")
PROVINCE_NEWS = ("Tỉnh Hòa Nam: kết quả giải quyết thủ tục hành chính 6 tháng\n\nCập nhật: 05/07/2025\n\n"
                 "Theo Văn phòng UBND tỉnh, các cơ quan trên địa bàn tỉnh đã tiếp nhận 9.000 hồ sơ.\n\n")

Row = tuple[str, "str | None"]

COUNTS: list[tuple[str, str, list[Row]]] = [
    # --- adverbs closing a subject ---
    ("A01 vẫn before là", PROVINCE + "Sở Xây dựng vẫn là đơn vị có số hồ sơ trễ hạn nhiều nhất với 46 hồ sơ.",
     [("46 hồ sơ", "Sở Xây dựng")]),
    ("A02 cũng before the verb", DISTRICT + "Phòng Kinh tế cũng tiếp nhận 75 hồ sơ.", [("75 hồ sơ", "Phòng Kinh tế")]),
    ("A03 tiếp tục là", PROVINCE + "Sở Tư pháp tiếp tục là đơn vị có nhiều hồ sơ nhất với 1.320 hồ sơ.",
     [("1.320 hồ sơ", "Sở Tư pháp")]),
    ("A04 neg: a body joined with others by cùng is no one part", PROVINCE + "Văn phòng đăng ký đất đai tỉnh cùng 9 "
     "chi nhánh đã tiếp nhận 5.000 hồ sơ.", [("5.000 hồ sơ", None)]),
    ("A05 neg: a subject with no adverb", DISTRICT + "Phòng Tư pháp tiếp nhận 64 hồ sơ.",
     [("64 hồ sơ", "Phòng Tư pháp")]),
    # --- a set of places by its bloc ---
    ("B01 trong khối huyện", NEWS + "Trong khối huyện, huyện Đông Hải có tỷ lệ hồ sơ trễ hạn cao nhất (3,2%, tương "
     "ứng 118 hồ sơ).", [("118 hồ sơ", "huyện Đông Hải")]),
    ("B02 trong nhóm các phường", NEWS + "Trong nhóm các phường, phường Tân Định tiếp nhận 2.410 hồ sơ.",
     [("2.410 hồ sơ", "phường Tân Định")]),
    ("B03 neg: one place of a news item, no set", NEWS + "Huyện Đông Hải tiếp nhận 2.410 hồ sơ.",
     [("2.410 hồ sơ", None)]),
    # --- the plural before a list of named fields ---
    ("C01 ở các lĩnh vực X (N), Y (N)", COMMUNE + "Hồ sơ trễ hạn tập trung ở các lĩnh vực xây dựng (14 hồ sơ), hộ "
     "tịch (6 hồ sơ) và chứng thực (2 hồ sơ).",
     [("14 hồ sơ", "xây dựng"), ("6 hồ sơ", "hộ tịch"), ("2 hồ sơ", "chứng thực")]),
    ("C02 những lĩnh vực", COMMUNE + "Tiếp nhận 300 hồ sơ, nhiều nhất ở những lĩnh vực đất đai (120 hồ sơ), tư pháp "
     "(90 hồ sơ).", [("300 hồ sơ", None), ("120 hồ sơ", "đất đai"), ("90 hồ sơ", "tư pháp")]),
    ("C03 neg: các lĩnh vực khác stays as written", COMMUNE + "Tiếp nhận 300 hồ sơ, trong đó lĩnh vực hộ tịch (210 "
     "hồ sơ), còn lại là các lĩnh vực khác (90 hồ sơ).",
     [("300 hồ sơ", None), ("210 hồ sơ", "hộ tịch"), ("90 hồ sơ", "các lĩnh vực khác")]),
    # --- a breakdown by field across PDF lines ---
    ("D01 an item opening a line", COMMUNE + "Tiếp nhận 700 hồ sơ. Phân theo lĩnh vực: Hộ tịch 320 hồ sơ; Chứng "
     "thực 250 hồ \nsơ; \nĐất đai 80 hồ sơ; các lĩnh vực khác 50\nhồ sơ.\n",
     [("700 hồ sơ", None), ("320 hồ sơ", "Hộ tịch"), ("250 hồ \nsơ", "Chứng thực"), ("80 hồ sơ", "Đất đai"),
      ("50\nhồ sơ", "các lĩnh vực khác")]),
    ("D02 neg: the sentence after the list is no item", COMMUNE + "Phân theo lĩnh vực: Hộ tịch 320 hồ sơ; Đất đai "
     "80 hồ sơ.\nĐã giải quyết 390 hồ sơ.", [("320 hồ sơ", "Hộ tịch"), ("80 hồ sơ", "Đất đai"), ("390 hồ sơ", None)]),
    # --- the whole late count told as one field ---
    ("E01 quá hạn N (lĩnh vực X)", COMMUNE + "Đã giải quyết 410 hồ sơ, trong đó đúng hạn 405 hồ sơ, quá hạn 05 hồ sơ "
     "(lĩnh vực xây dựng).", [("410 hồ sơ", None), ("405 hồ sơ", None), ("05 hồ sơ", None)]),
    ("E02 N hồ sơ trễ hạn (lĩnh vực X)", COMMUNE + "Có 03 hồ sơ trễ hạn (lĩnh vực đất đai) do chờ xác minh.",
     [("03 hồ sơ", None)]),
    ("E03 neg: a pending count with its field in brackets", COMMUNE + "Xã đang giải quyết 36 hồ sơ (lĩnh vực hộ "
     "tịch).", [("36 hồ sơ", "hộ tịch")]),
    ("E04 neg: a late count of a field named before its bracket", COMMUNE + "Quá hạn ở lĩnh vực đất đai (04 hồ sơ).",
     [("04 hồ sơ", "đất đai")]),
    # --- the unit's own level opening a breakdown ---
    ("F01 Ở cấp tỉnh, … then other levels", PROVINCE_NEWS + "Ở cấp tỉnh, 19 sở, ngành tiếp nhận 3.000 hồ sơ. Sở Y "
     "vẫn là đơn vị có số hồ sơ trễ hạn nhiều nhất với 20 hồ sơ. Cấp huyện tiếp nhận 4.000 hồ sơ; cấp xã tiếp nhận "
     "2.000 hồ sơ.", [("9.000 hồ sơ", None), ("3.000 hồ sơ", "cấp tỉnh"), ("20 hồ sơ", "Sở Y"),
                      ("4.000 hồ sơ", "Cấp huyện"), ("2.000 hồ sơ", "cấp xã")]),
    ("F02 neg: the other level in another paragraph", PROVINCE_NEWS + "Ở cấp tỉnh, các sở tiếp nhận 3.000 hồ sơ. "
     "Sở Y vẫn là đơn vị có số hồ sơ trễ hạn nhiều nhất với 20 hồ sơ.\n\nCấp huyện tiếp nhận 4.000 hồ sơ.",
     [("9.000 hồ sơ", None), ("3.000 hồ sơ", None), ("20 hồ sơ", "Sở Y"), ("4.000 hồ sơ", "Cấp huyện")]),
    # --- the own level's competence in a report broken down by level ---
    ("G01 level headings", DISTRICT + "Số TTHC thuộc thẩm quyền giải quyết của cấp huyện là 276 thủ tục, cấp xã là "
     "104 thủ tục.\n\n1. Cấp huyện\n- Tiếp nhận 900 hồ sơ.\n2. Cấp xã\n- Tiếp nhận 600 hồ sơ.\n",
     [("276 thủ tục", "cấp huyện"), ("104 thủ tục", "cấp xã"), ("900 hồ sơ", "Cấp huyện"), ("600 hồ sơ", "Cấp xã")]),
    ("G02 neg: no level headings", DISTRICT + "Số TTHC thuộc thẩm quyền giải quyết của cấp huyện là 276 thủ tục; "
     "của cấp xã là 104 thủ tục.\n\n1. Tại Bộ phận một cửa huyện\n- Tiếp nhận 900 hồ sơ.\n",
     [("276 thủ tục", None), ("104 thủ tục", "cấp xã"), ("900 hồ sơ", None)]),
    # --- a field ranked by its figure ---
    ("H01 field subject, adverb, rank", COMMUNE + "Trễ hạn 30 hồ sơ. Lĩnh vực xây dựng vẫn chiếm tỷ trọng trễ hạn "
     "lớn nhất với 18 hồ sơ.", [("30 hồ sơ", None), ("18 hồ sơ", "xây dựng")]),
    ("H02 field subject, dẫn đầu", COMMUNE + "Tiếp nhận 500 hồ sơ; lĩnh vực hộ tịch dẫn đầu với 210 hồ sơ.",
     [("500 hồ sơ", None), ("210 hồ sơ", "hộ tịch")]),
    ("H03 field predicate, then the next one", COMMUNE + "Tiếp nhận 500 hồ sơ. Lĩnh vực có nhiều hồ sơ nhất là "
     "chứng thực với 230 hồ sơ, tiếp theo là hộ tịch với 150 hồ sơ.",
     [("500 hồ sơ", None), ("230 hồ sơ", "chứng thực"), ("150 hồ sơ", "hộ tịch")]),
    ("H04 neg: a rank that names no field", COMMUNE + "Tiếp nhận 500 hồ sơ, là mức cao nhất với 300 hồ sơ trực "
     "tuyến.", [("500 hồ sơ", None), ("300 hồ sơ", None)]),
    ("H05 neg: 'là X với N' outside a sentence about fields", DISTRICT + "Đơn vị có nhiều hồ sơ nhất là Phòng Tư "
     "pháp với 120 hồ sơ.", [("120 hồ sơ", "Phòng Tư pháp")]),
    # --- own words over a frame ---
    ("I01 a level's colon frame", DISTRICT + "Tại cấp xã: tiếp nhận 900 hồ sơ, trong đó 120 hồ sơ lĩnh vực đất đai; "
     "đã giải quyết 800 hồ sơ.", [("900 hồ sơ", "cấp xã"), ("120 hồ sơ", "đất đai"), ("800 hồ sơ", "cấp xã")]),
    ("I02 a level's section", DISTRICT + "1. Cấp huyện\n- Tiếp nhận 500 hồ sơ. Lĩnh vực có nhiều hồ sơ nhất là đất "
     "đai với 300 hồ sơ.\n- Đã giải quyết 450 hồ sơ.\n2. Cấp xã\n- Tiếp nhận 800 hồ sơ.\n",
     [("500 hồ sơ", "Cấp huyện"), ("300 hồ sơ", "đất đai"), ("450 hồ sơ", "Cấp huyện"), ("800 hồ sơ", "Cấp xã")]),
    ("I03 a list item", DISTRICT + "- Phòng Tư pháp: tiếp nhận 900 hồ sơ, trong đó 120 hồ sơ thuộc lĩnh vực hộ tịch; "
     "đã giải quyết 880 hồ sơ.\n- Phòng Kinh tế: tiếp nhận 50 hồ sơ.\n",
     [("900 hồ sơ", "Phòng Tư pháp"), ("120 hồ sơ", "hộ tịch"), ("880 hồ sơ", "Phòng Tư pháp"),
      ("50 hồ sơ", "Phòng Kinh tế")]),
    ("I04 neg: a frame's counts with no own words keep it", DISTRICT + "Tại cấp xã: tiếp nhận 900 hồ sơ; đã giải "
     "quyết 800 hồ sơ, trễ hạn 4 hồ sơ.", [("900 hồ sơ", "cấp xã"), ("800 hồ sơ", "cấp xã"), ("4 hồ sơ", "cấp xã")]),
]


@pytest.mark.parametrize(("text", "want"), [pytest.param(t, w, id=i) for i, t, w in COUNTS])
def test_count_scopes(text: str, want: list[Row]) -> None:
    assert count_rows(text, "text", "scope") == want


RATES: list[tuple[str, str, list[Row]]] = [
    ("R01 của body là value, each of a list", PROVINCE + "Tỷ lệ hồ sơ trễ hạn của Sở Xây dựng là 4,2%, của Sở Công "
     "Thương là 3,1%.", [("4,2%", "Sở Xây dựng"), ("3,1%", "Sở Công Thương")]),
    ("R02 neg: the unit's committee", COMMUNE + "Tỷ lệ giải quyết đúng hạn của UBND xã là 99,1%.", [("99,1%", None)]),
    ("R03 neg: the unit's one-stop office", COMMUNE + "Tỷ lệ giải quyết đúng hạn của Bộ phận một cửa là 98,7%.",
     [("98,7%", None)]),
    ("R04 a rank's verb after the name", PROVINCE + "Về Bộ chỉ số, Sở Tư pháp đứng thứ 2/22 sở, ngành với 92,5 điểm.",
     [("92,5 điểm", "Sở Tư pháp")]),
    ("R05 a place set apart in a level's frame", DISTRICT + "Đối với cấp xã, tỷ lệ hồ sơ đúng hạn đạt 98,5%, riêng xã "
     "Yên Hòa đạt 91,2%.", [("98,5%", "cấp xã"), ("91,2%", "xã Yên Hòa")]),
    ("R06 neg: the frame alone", DISTRICT + "Đối với cấp xã, tỷ lệ hồ sơ đúng hạn đạt 98,5%.", [("98,5%", "cấp xã")]),
]


@pytest.mark.parametrize(("text", "want"), [pytest.param(t, w, id=i) for i, t, w in RATES])
def test_rate_scopes(text: str, want: list[Row]) -> None:
    assert fact_rows(text, IndicatorExtractor, "text", "scope") == want


TRIMS = [
    ("Sở Tài chính vẫn", "Sở Tài chính"),
    ("Phòng Kinh tế cũng", "Phòng Kinh tế"),
    ("Sở Y tế tiếp tục", "Sở Y tế"),
    ("Sở Nội vụ vẫn luôn", "Sở Nội vụ"),
    ("Sở Tư pháp đứng thứ", "Sở Tư pháp"),
    ("Sở Y tế xếp hạng", "Sở Y tế"),
    ("Sở Xây dựng", "Sở Xây dựng"),  # ("dựng" folds as "đứng" does: read accented)
    # negative: a capitalised word is a proper name's, and a name with no adverb is left as it is
    ("xã Tân Lại", "xã Tân Lại"),
    ("phường Hòa Hiền", "phường Hòa Hiền"),
    ("Chi nhánh Văn phòng đăng ký đất đai", "Chi nhánh Văn phòng đăng ký đất đai"),
    ("vẫn", "vẫn"),
]


@pytest.mark.parametrize(("name", "want"), TRIMS)
def test_trim_adverbs(name: str, want: str) -> None:
    assert trim_adverbs(name) == want
