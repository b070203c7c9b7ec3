"""Round 13, family SCOPES OF COUNTS: made-up sentences for the shapes the two blind sets of this round showed.

- places ranked by their figure in a news item (``X là địa phương có nhiều hồ sơ nhất với …``, ``TP Y có số hồ
  sơ … cao nhất với …``), the next ones of such a list with their figure in brackets or after a dash; ``TP`` / ``TX``
  as a place's type word; a place not below the reporting unit stays null (corpus/GOLD.md, third session);
- lateness as a subject's verb (``… để quá hạn 27 hồ sơ``, ``… trễ hạn 3 hồ sơ``): the verb is no part of the name;
- a centre joined with other bodies (``Trung tâm … cùng 120 xã, phường tiếp nhận``) is no one part: null;
- a level's clause ends at a blank line (a headline has no full stop);
- the fields of a list told in brackets (``lĩnh vực A (…); B (…); C (…) và D (…)``) scope their figures, more
  specifically than a level around them; a sub-unit named with a colon inside a bracket likewise;
- a count's field after status words (``05 hồ sơ chưa giải quyết lĩnh vực …``, ``bị trễ hạn ở lĩnh vực …``); a
  field whose own bracket holds its figure is that figure's, not the total's; fields named together scope nothing.

Each case asserts every count (or indicator) of its text, in order, with its value and scope.
"""

from __future__ import annotations

import pytest

from extract.extractors.counts import CountExtractor
from extract.extractors.indicators import IndicatorExtractor
from tests.helpers import COMMUNE, DISTRICT, fact_rows, report_opening

PROVINCE = report_opening("TỈNH ĐÔNG HẢI", "năm 2024")
NEWS = "Kết quả cải cách hành chính 6 tháng đầu năm\n\n14/07/2025\n\n"

Row = tuple[str, int, "str | None"]

COUNTS: list[tuple[str, str, list[Row]]] = [
    # --- places ranked by their figure, and the next ones of the list ---
    ("P01 ranked place, then bracketed places", NEWS + "Sáu tháng đầu năm, toàn huyện tiếp nhận 8.400 hồ sơ. Xã Tân "
     "Lập là địa phương có nhiều hồ sơ nhất với 1.210 hồ sơ; tiếp theo là phường Bình Minh (964 hồ sơ), thị trấn "
     "Hòa Bình (702 hồ sơ).",
     [("8.400 hồ sơ", 8400, None), ("1.210 hồ sơ", 1210, "Xã Tân Lập"), ("964 hồ sơ", 964, "phường Bình Minh"),
      ("702 hồ sơ", 702, "thị trấn Hòa Bình")]),
    ("P02 TX / TP, ranked then after a dash", NEWS + "Năm 2025, toàn tỉnh có 4.120 hồ sơ quá hạn. TX Phú Mỹ có số hồ "
     "sơ quá hạn nhiều nhất với 1.030 hồ sơ, kế đến là TP Bà Rịa - 845 hồ sơ.",
     [("4.120 hồ sơ", 4120, None), ("1.030 hồ sơ", 1030, "TX Phú Mỹ"), ("845 hồ sơ", 845, "TP Bà Rịa")]),
    ("P03 places in brackets joined by và, over a line break", NEWS + "Các địa phương tiếp nhận nhiều hồ sơ là huyện "
     "Đông Anh (3.200 hồ sơ)\nvà huyện Mê Linh (2.950 hồ sơ).",
     [("3.200 hồ sơ", 3200, "huyện Đông Anh"), ("2.950 hồ sơ", 2950, "huyện Mê Linh")]),
    ("P04 neg: the reporting district itself in brackets", DISTRICT + "Trong kỳ, đã tiếp nhận 5.200 hồ sơ. Huyện Sông "
     "Lô (5.200 hồ sơ) đứng thứ ba toàn tỉnh.", [("5.200 hồ sơ", 5200, None), ("5.200 hồ sơ", 5200, None)]),
    ("P05 neg: a commune in a commune's report is no sub-unit", COMMUNE + "Tiếp nhận 45 hồ sơ liên thông, nhiều nhất "
     "là phường Bình Minh (20 hồ sơ).", [("45 hồ sơ", 45, None), ("20 hồ sơ", 20, None)]),
    # --- lateness as the verb after a subject ---
    ("V01 để quá hạn / trễ hạn / quá hạn", DISTRICT + "Trong kỳ, Chi nhánh Văn phòng đăng ký đất đai huyện để quá hạn "
     "27 hồ sơ. Phòng Tư pháp trễ hạn 3 hồ sơ; Phòng Kinh tế quá hạn 5 hồ sơ.",
     [("27 hồ sơ", 27, "Chi nhánh Văn phòng đăng ký đất đai huyện"), ("3 hồ sơ", 3, "Phòng Tư pháp"),
      ("5 hồ sơ", 5, "Phòng Kinh tế")]),
    ("V02 neg: the unit's own desk late stays null", COMMUNE + "Bộ phận một cửa để quá hạn 2 hồ sơ.",
     [("2 hồ sơ", 2, None)]),
    # --- a centre joined with others ---
    ("J01 centre cùng communes: null", NEWS + "Tháng 5, Trung tâm Hành chính công tỉnh cùng 120 xã, phường tiếp nhận "
     "45.000 hồ sơ.", [("120 xã", 120, None), ("45.000 hồ sơ", 45000, None)]),
    ("J02 centre và communes: null", NEWS + "Quý III, Trung tâm Phục vụ hành chính công tỉnh và 85 xã, phường đã "
     "tiếp nhận 61.300 hồ sơ.", [("85 xã", 85, None), ("61.300 hồ sơ", 61300, None)]),
    # --- a level's clause ends at a blank line ---
    ("L01 headline level, body null", "Quý II, cấp xã tiếp nhận hơn 80 nghìn hồ sơ\n\n12/07/2025\n\nTrong quý, toàn "
     "tỉnh tiếp nhận 95.400 hồ sơ. Cấp xã tiếp nhận 80.120 hồ sơ.",
     [("80 nghìn hồ sơ", 80000, "cấp xã"), ("95.400 hồ sơ", 95400, None), ("80.120 hồ sơ", 80120, "Cấp xã")]),
    # --- fields of a list in brackets ---
    ("F01 four fields, semicolons", PROVINCE + "Hồ sơ trễ hạn tập trung ở lĩnh vực đất đai (210 hồ sơ); xây dựng (74 "
     "hồ sơ); tư pháp (13 hồ sơ) và hộ tịch (5 hồ sơ).",
     [("210 hồ sơ", 210, "đất đai"), ("74 hồ sơ", 74, "xây dựng"), ("13 hồ sơ", 13, "tư pháp"),
      ("5 hồ sơ", 5, "hộ tịch")]),
    ("F02 fields inside a level's clause", DISTRICT + "Hồ sơ quá hạn ở cấp xã thuộc lĩnh vực hộ tịch (4 hồ sơ) và "
     "lĩnh vực chứng thực (2 hồ sơ).", [("4 hồ sơ", 4, "hộ tịch"), ("2 hồ sơ", 2, "chứng thực")]),
    ("F03 a sub-unit with a colon in the bracket", DISTRICT + "Hồ sơ quá hạn ở cấp huyện gồm lĩnh vực đất đai (Phòng "
     "Tài nguyên và Môi trường: 12 hồ sơ) và lĩnh vực giáo dục (1 hồ sơ).",
     [("12 hồ sơ", 12, "Phòng Tài nguyên và Môi trường"), ("1 hồ sơ", 1, "giáo dục")]),
    ("F06 fields ranked after a singular lĩnh vực, the rest as written", COMMUNE + "Tiếp nhận 900 hồ sơ. Lĩnh vực có "
     "nhiều hồ sơ nhất là hộ tịch (420 hồ sơ), tiếp đến là chứng thực (260 hồ sơ), đất đai (90 hồ sơ), còn lại là "
     "các lĩnh vực khác (130 hồ sơ).",
     [("900 hồ sơ", 900, None), ("420 hồ sơ", 420, "hộ tịch"), ("260 hồ sơ", 260, "chứng thực"),
      ("90 hồ sơ", 90, "đất đai"), ("130 hồ sơ", 130, "các lĩnh vực khác")]),
    ("F07 neg: a singular other field without its plural", COMMUNE + "Quá hạn 3 hồ sơ, ở lĩnh vực khác (3 hồ sơ).",
     [("3 hồ sơ", 3, None), ("3 hồ sơ", 3, "khác")]),
    ("F04 neg: a level with no field keeps its scope", DISTRICT + "Ở cấp xã, quá hạn 6 hồ sơ.",
     [("6 hồ sơ", 6, "cấp xã")]),
    ("F05 the total before its fields' brackets stays null", COMMUNE + "Có 09 hồ sơ trễ hạn thuộc lĩnh vực hộ tịch "
     "(5 hồ sơ) và chứng thực (4 hồ sơ).", [("09 hồ sơ", 9, None), ("5 hồ sơ", 5, "hộ tịch"), ("4 hồ sơ", 4, "chứng thực")]),
    # --- a count's field after it ---
    ("A01 status words before the field", COMMUNE + "Hiện còn 05 hồ sơ chưa giải quyết lĩnh vực đất đai. Có 03 hồ sơ "
     "bị trễ hạn ở lĩnh vực xây dựng.", [("05 hồ sơ", 5, "đất đai"), ("03 hồ sơ", 3, "xây dựng")]),
    ("A02 neg: fields named together", COMMUNE + "Trong tháng, rà soát 18 thủ tục hành chính thuộc lĩnh vực đất đai, "
     "xây dựng.", [("18 thủ tục hành chính", 18, None)]),
    ("A03 a comma then a verb keeps the field", COMMUNE + "Có 03 hồ sơ quá hạn thuộc lĩnh vực xây dựng, đã xin lỗi "
     "công dân.", [("03 hồ sơ", 3, "xây dựng")]),
    ("A04 thuộc lĩnh vực, plain", COMMUNE + "Tiếp nhận 120 hồ sơ thuộc lĩnh vực hộ tịch.", [("120 hồ sơ", 120, "hộ tịch")]),
    ("A05 neg: status words with no field stay null", COMMUNE + "Còn 04 hồ sơ đang giải quyết quá hạn.",
     [("04 hồ sơ", 4, None)]),
]

RATES: list[tuple[str, str, list[tuple[str, float, str | None]]]] = [
    ("R01 places ranked in brackets", NEWS + "Tỷ lệ giải quyết đúng hạn toàn tỉnh đạt 98,1%; cao nhất là thị xã Hòa "
     "Thành (99,8%), huyện Gò Dầu (99,6%).",
     [("98,1%", 98.1, None), ("99,8%", 99.8, "thị xã Hòa Thành"), ("99,6%", 99.6, "huyện Gò Dầu")]),
]


def _params(cases: list[tuple[str, str, list]]) -> list:
    return [pytest.param(text, want, id=case_id) for case_id, text, want in cases]


@pytest.mark.parametrize(("text", "want"), _params(COUNTS))
def test_count_scopes(text: str, want: list[Row]) -> None:
    assert fact_rows(text, CountExtractor, "text", "value", "scope") == want


@pytest.mark.parametrize(("text", "want"), _params(RATES))
def test_rate_scopes(text: str, want: list[tuple[str, float, str | None]]) -> None:
    assert fact_rows(text, IndicatorExtractor, "text", "value", "scope") == want
