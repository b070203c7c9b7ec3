"""Round 15, second wave, family SCOPES OF COUNTS: made-up sentences for the shapes of the real sets and heldout8.

- the one-stop office words read with any run of spaces as one (``Bộ phận  Tiếp nhận và Trả kết quả``): the unit's
  own office stays the unit (figure_subject_lists.names_office, used by figure_levels and figure_scope);
- the things of a level's competence set apart to open a sentence (``Riêng các hồ sơ thuộc thẩm quyền cấp xã, …``,
  ``Đối với TTHC thuộc thẩm quyền giải quyết của UBND cấp huyện: …``) frame the sentence (figure_level_scopes,
  levels.toml [level_clause] competence_leads);
- ``N hồ sơ/thủ tục liên quan đến X`` names the field of the dossiers, a part or not; the unit's feedback told with
  its subject stays the unit's (figure_scope);
- a centre in a news item beside levels named together as a subject (``Bộ phận một cửa cấp huyện, cấp xã tiếp
  nhận …``) is a part (figure_blocks.own_office_parts);
- places named by a number (``Phường 3, phường 4 …``) are a list of names with one verb (figure_subject_lists);
- ``tập trung chủ yếu ở lĩnh vực X, với N hồ sơ``: the field its figure falls in (figure_scope);
- the field a sentence's first count is told of goes on over its later clauses (figure_field_runs).

Each case asserts every count of its text, in order, with its value and scope.
"""

from __future__ import annotations

import pytest

from extract.extractors.figure_subject_lists import names_office
from tests.helpers import COMMUNE, NEWS, count_rows, report_opening

DISTRICT = report_opening("QUẬN SÔNG LÔ", "năm 2024")
CENTRE = "Trung tâm Phục vụ hành chính công tỉnh"

Row = tuple[str, int, "str | None"]

COUNTS: list[tuple[str, str, list[Row]]] = [
    # --- runs of spaces in the unit's own office ---
    ("A01 two spaces in the one-stop desk", COMMUNE + "Bộ phận  Tiếp nhận và Trả kết quả tiếp nhận 420 hồ sơ, đã "
     "giải quyết 400 hồ sơ.", [("420 hồ sơ", 420, None), ("400 hồ sơ", 400, None)]),
    ("A02 three spaces, một cửa", COMMUNE + "Bộ phận   một cửa đã tiếp nhận 96 hồ sơ.", [("96 hồ sơ", 96, None)]),
    ("A03 a tab inside the centre's name", COMMUNE + "Trung tâm\tPhục vụ hành chính công xã tiếp nhận 310 hồ sơ.",
     [("310 hồ sơ", 310, None)]),
    ("A04 neg: a sub-unit with runs of spaces is still one", DISTRICT + "Chi nhánh  Văn phòng đăng ký đất đai tiếp "
     "nhận 1.200 hồ sơ.", [("1.200 hồ sơ", 1200, "Chi nhánh Văn phòng đăng ký đất đai")]),
    # --- a level's competence set apart ---
    ("B01 Riêng các hồ sơ thuộc thẩm quyền cấp xã,", NEWS + "Trung tâm tiếp nhận 9.000 hồ sơ. Riêng các hồ sơ "
     "thuộc thẩm quyền cấp xã, có tổng số 2.700 hồ sơ, với 2.500 hồ sơ được giải quyết đúng hạn.",
     [("9.000 hồ sơ", 9000, None), ("2.700 hồ sơ", 2700, "cấp xã"), ("2.500 hồ sơ", 2500, "cấp xã")]),
    ("B02 Đối với TTHC thuộc thẩm quyền giải quyết của UBND cấp huyện:", NEWS + "Toàn tỉnh tiếp nhận 50.000 hồ sơ. "
     "Đối với TTHC thuộc thẩm quyền giải quyết của UBND cấp huyện: tiếp nhận 8.000 hồ sơ; giải quyết 7.900 hồ sơ.",
     [("50.000 hồ sơ", 50000, None), ("8.000 hồ sơ", 8000, "cấp huyện"), ("7.900 hồ sơ", 7900, "cấp huyện")]),
    ("B03 Còn những hồ sơ thuộc thẩm quyền của cấp tỉnh,", NEWS + "Còn những hồ sơ thuộc thẩm quyền của cấp tỉnh, "
     "đã giải quyết 3.100 hồ sơ.", [("3.100 hồ sơ", 3100, "cấp tỉnh")]),
    ("B04 neg: the frame ends at the full stop", NEWS + "Riêng hồ sơ thuộc thẩm quyền cấp xã, đã tiếp nhận 600 hồ "
     "sơ. Toàn tỉnh tiếp nhận 9.000 hồ sơ.", [("600 hồ sơ", 600, "cấp xã"), ("9.000 hồ sơ", 9000, None)]),
    ("B05 neg: the unit's own level in its report", COMMUNE + "Riêng các hồ sơ thuộc thẩm quyền cấp xã, đã tiếp "
     "nhận 600 hồ sơ.", [("600 hồ sơ", 600, None)]),
    ("B06 neg: levels named together", NEWS + "Riêng các hồ sơ thuộc thẩm quyền cấp huyện, cấp xã, đã tiếp nhận "
     "600 hồ sơ.", [("600 hồ sơ", 600, None)]),
    # --- liên quan đến ---
    ("C01 thủ tục liên quan đến a bare field", NEWS + "Huyện đã tiếp nhận, giải quyết trên 9.100 thủ tục liên quan "
     "đến đất đai", [("9.100 thủ tục", 9100, "đất đai")]),
    ("C02 hồ sơ liên quan tới", NEWS + "Năm 2024, thị xã tiếp nhận 2.300 hồ sơ liên quan tới hộ tịch.",
     [("2.300 hồ sơ", 2300, "hộ tịch")]),
    ("C03 neg: the unit's feedback with its subject", NEWS + "Trong kỳ, huyện tiếp nhận 03 phản ánh, kiến nghị của "
     "công dân liên quan đến thủ tục đất đai.", [("03 phản ánh, kiến nghị", 3, None)]),
    ("C03b neg: a set of procedures held", NEWS + "Theo đó, tỉnh có 1.650 thủ tục hành chính liên quan đến "
     "doanh nghiệp.", [("1.650 thủ tục hành chính", 1650, None)]),
    ("C03c neg: procedures published, not handled", NEWS + "Tỉnh đã công bố 1.650 thủ tục liên quan đến doanh "
     "nghiệp.", [("1.650 thủ tục", 1650, None)]),
    ("C04 neg: về after dossiers outside a part", NEWS + "Huyện đã chuyển 40 hồ sơ về Văn phòng đăng ký.",
     [("40 hồ sơ", 40, None)]),
    # --- a centre beside levels named together ---
    ("D01 beside Bộ phận một cửa cấp huyện, cấp xã", NEWS + "Tại Trung tâm Phục vụ hành chính công tỉnh tiếp nhận "
     "5.100 hồ sơ, đã giải quyết 4.900 hồ sơ.\n\nĐối với cấp huyện và cấp xã, tại Bộ phận một cửa cấp huyện, cấp xã "
     "tiếp nhận mới hơn 11.000 hồ sơ.",
     [("5.100 hồ sơ", 5100, CENTRE), ("4.900 hồ sơ", 4900, CENTRE), ("11.000 hồ sơ", 11000, None)]),
    ("D02 beside cấp huyện và cấp xã đã giải quyết", NEWS + "Trung tâm Phục vụ hành chính công tỉnh đã tiếp nhận "
     "2.000 hồ sơ.\n\nCấp huyện và cấp xã đã giải quyết 8.000 hồ sơ.",
     [("2.000 hồ sơ", 2000, CENTRE), ("8.000 hồ sơ", 8000, None)]),
    ("D03 neg: levels in passing, no verb of their own", NEWS + "Trung tâm Phục vụ hành chính công tỉnh đã tiếp nhận "
     "2.000 hồ sơ.\n\nCác thủ tục cấp huyện, cấp xã được công khai đầy đủ.", [("2.000 hồ sơ", 2000, None)]),
    ("D04 neg: the centre's own level only", NEWS + "Trung tâm Phục vụ hành chính công tỉnh đã tiếp nhận 2.000 hồ "
     "sơ.\n\nCác cơ quan cấp tỉnh tiếp nhận 300 hồ sơ.", [("2.000 hồ sơ", 2000, None), ("300 hồ sơ", 300, None)]),
    # --- places named by a number ---
    ("E01 Phường 3, Phường 4 with one verb", DISTRICT + "Toàn quận tiếp nhận 900 hồ sơ. Phường 3, Phường 4 đã tiếp "
     "nhận 420 hồ sơ.", [("900 hồ sơ", 900, None), ("420 hồ sơ", 420, None)]),
    ("E02 after a comma clause", DISTRICT + "Toàn quận tiếp nhận 900 hồ sơ, Phường 3, phường 4 tiếp nhận 420 hồ sơ.",
     [("900 hồ sơ", 900, None), ("420 hồ sơ", 420, None)]),
    ("E03 a numbered name and a named one", DISTRICT + "Phường 12, phường Tân Hòa tiếp nhận 300 hồ sơ.",
     [("300 hồ sơ", 300, None)]),
    ("E04 neg: each with its own verb and figure", DISTRICT + "Phường 3 tiếp nhận 420 hồ sơ, phường 4 tiếp nhận 300 "
     "hồ sơ.", [("420 hồ sơ", 420, "Phường 3"), ("300 hồ sơ", 300, "phường 4")]),
    ("E05 neg: a figure before the comma is no name", DISTRICT + "Phường Tân An 25 hồ sơ, phường Bình Minh tiếp nhận "
     "30 hồ sơ.", [("25 hồ sơ", 25, "Phường Tân An"), ("30 hồ sơ", 30, "phường Bình Minh")]),
    # --- where the things just named fall ---
    ("F01 tập trung chủ yếu ở lĩnh vực X, với", NEWS + "Hồ sơ quá hạn tập trung chủ yếu ở lĩnh vực đất đai, với "
     "4.100 hồ sơ, chiếm 70%.", [("4.100 hồ sơ", 4100, "đất đai")]),
    ("F02 chủ yếu thuộc lĩnh vực X với hơn", NEWS + "Hồ sơ trễ hạn chủ yếu thuộc lĩnh vực xây dựng với hơn 300 hồ sơ.",
     [("300 hồ sơ", 300, "xây dựng")]),
    ("F03 neg: với before no field", NEWS + "Hồ sơ tập trung ở xã Tân An, với 4.100 hồ sơ.",
     [("4.100 hồ sơ", 4100, None)]),
    # --- a field carried over its sentence ---
    ("G01 the field of the first count over the later clauses", NEWS + "Từ ngày 01/01 đến ngày 30/9, toàn tỉnh tiếp "
     "nhận gần 41.000 hồ sơ thuộc lĩnh vực đất đai, đã giải quyết 39.000 hồ sơ; số hồ sơ trễ hạn còn cao, với 2.100 "
     "hồ sơ.", [("41.000 hồ sơ", 41000, "đất đai"), ("39.000 hồ sơ", 39000, "đất đai"), ("2.100 hồ sơ", 2100, "đất đai")]),
    ("G02 thủ tục liên quan đến lĩnh vực X;", NEWS + "Huyện tiếp nhận 800 thủ tục liên quan đến lĩnh vực hộ tịch; "
     "trả kết quả 790 hồ sơ.", [("800 thủ tục", 800, "hộ tịch"), ("790 hồ sơ", 790, "hộ tịch")]),
    ("G03 neg: not past the full stop", NEWS + "Toàn tỉnh tiếp nhận 41.000 hồ sơ thuộc lĩnh vực đất đai, đã giải "
     "quyết 39.000 hồ sơ. Toàn tỉnh còn 600 hồ sơ quá hạn.",
     [("41.000 hồ sơ", 41000, "đất đai"), ("39.000 hồ sơ", 39000, "đất đai"), ("600 hồ sơ", 600, None)]),
    ("G04 neg: a field after a part is the part's", NEWS + "Toàn tỉnh tiếp nhận 9.000 hồ sơ, trong đó 300 hồ sơ "
     "thuộc lĩnh vực đất đai, đã giải quyết 8.800 hồ sơ.",
     [("9.000 hồ sơ", 9000, None), ("300 hồ sơ", 300, "đất đai"), ("8.800 hồ sơ", 8800, None)]),
    ("G05 neg: the next field named ends it", NEWS + "Huyện tiếp nhận 700 hồ sơ thuộc lĩnh vực đất đai, 200 hồ sơ "
     "thuộc lĩnh vực xây dựng.", [("700 hồ sơ", 700, "đất đai"), ("200 hồ sơ", 200, "xây dựng")]),
    ("G05b neg: a breakdown after it keeps its parts' own words", NEWS + "Huyện tiếp nhận 9.700 hồ sơ liên quan "
     "đến lĩnh vực đất đai, trong đó 7.000 thủ tục thuộc thẩm quyền giải quyết của UBND cấp huyện và 2.700 thủ tục "
     "thuộc thẩm quyền giải quyết của UBND cấp xã.",
     [("9.700 hồ sơ", 9700, "đất đai"), ("7.000 thủ tục", 7000, "cấp huyện"), ("2.700 thủ tục", 2700, "cấp xã")]),
    ("G06 neg: the sentence's first count names no field", NEWS + "Huyện tiếp nhận 900 hồ sơ, 300 hồ sơ thuộc lĩnh "
     "vực đất đai, đã giải quyết 850 hồ sơ.",
     [("900 hồ sơ", 900, None), ("300 hồ sơ", 300, "đất đai"), ("850 hồ sơ", 850, None)]),
]


@pytest.mark.parametrize(("name", "text", "expected"), COUNTS, ids=[c[0].split()[0] for c in COUNTS])
def test_count_scopes(name: str, text: str, expected: list[Row]) -> None:
    assert count_rows(text, "text", "value", "scope") == expected, name


OFFICES = ("bo phan tiep nhan va tra ket qua", "bo phan mot cua", "trung tam phuc vu")


@pytest.mark.parametrize(
    ("ft", "e", "within", "expected"),
    [
        ("bo phan  tiep nhan va tra ket qua thi xa", 7, False, True),  # the head cut before the office's words
        ("bo phan\t\tmot cua tiep nhan", 40, False, True),
        ("trung tam   phuc vu hanh chinh cong", 35, True, True),
        ("bo phan\nmot cua", 15, False, False),  # a line break is no run of spaces
        ("chi nhanh  van phong dang ky", 28, False, False),
        ("phong  kinh te", 14, True, False),
    ],
)
def test_names_office(ft: str, e: int, within: bool, expected: bool) -> None:
    assert names_office(ft, 0, e, OFFICES, within=within) is expected
