"""Round 16, second wave, family SCOPES OF COUNTS: made-up sentences for the shapes heldout14 showed.

- a subject with its verb and rank before its figure in brackets (``Sở X tiếp nhận nhiều hồ sơ nhất (N hồ sơ)``) is
  named up to its verb; ``còn lại`` is one word pair, its ``lại`` no adverb (figure_scope_names);
- a demonstrative (``thuộc lĩnh vực này``) refers back to the last field named in its paragraph, never is a scope
  of its own (figure_scope_refs);
- a place subject with an adverb before ``có`` or a figure in words after it (``huyện A chỉ có mười hai hồ sơ``)
  (figures.toml subject_verbs);
- ``Theo lĩnh vực, X chiếm nhiều nhất với N, kế đến là Y (N), Z (N)``: a field frame makes the names after it fields
  (figure_scope_frames); ``(lĩnh vực A 05, B 03)``: each item of a bracket its own field;
- a list item opening with its figure, its office after it (``- N hồ sơ do Phòng A giải quyết``, ``thuộc thẩm quyền
  Phòng B``), a field in brackets inside it, a later count of the item (figure_scope_items);
- a one-stop office named by its owner (``Bộ phận … của Sở X tiếp nhận``: the body; ``Bộ phận một cửa của 9
  huyện, thị xã …``: as written) (figure_scope_offices);
- a set of procedures named by its field right after it is defined by it: null (figure_scope).

Each case asserts every count of its text, in order, with its scope.
"""

from __future__ import annotations

import pytest

from extract.extractors.figure_scope_names import trim_adverbs
from tests.helpers import count_rows, report_opening

PROVINCE = report_opening("TỈNH HÒA NAM", "năm 2025")
COMMUNE = report_opening("XÃ MINH PHÚ", "quý III năm 2025")

CASES = [
    # --- a subject's verb and rank before its figure in brackets
    (PROVINCE, "Ở cấp tỉnh, Sở Công Thương giải quyết nhiều hồ sơ nhất (8.120 hồ sơ), tiếp đến là Sở Y tế (3.004 hồ sơ).",
     [("8.120 hồ sơ", "Sở Công Thương"), ("3.004 hồ sơ", "Sở Y tế")]),
    (PROVINCE, "Phòng Quản lý đô thị có số hồ sơ trễ hạn cao nhất (14 hồ sơ).", [("14 hồ sơ", "Phòng Quản lý đô thị")]),
    # (negative) a name with no verb keeps all its words
    (PROVINCE, "Tiếp nhận nhiều nhất là Sở Lao động - Thương binh và Xã hội (2.300 hồ sơ).",
     [("2.300 hồ sơ", "Sở Lao động - Thương binh và Xã hội")]),
    # --- "còn lại" is one word pair
    (COMMUNE, "Lĩnh vực hộ tịch 300 hồ sơ; các lĩnh vực còn lại 95 hồ sơ.",
     [("300 hồ sơ", "hộ tịch"), ("95 hồ sơ", "các lĩnh vực còn lại")]),
    # --- a demonstrative refers back
    (PROVINCE, "Vướng mắc chủ yếu ở lĩnh vực xây dựng: trong 640 hồ sơ quá hạn có 502 hồ sơ thuộc lĩnh vực này.",
     [("640 hồ sơ", None), ("502 hồ sơ", "xây dựng")]),
    # (negative) nothing to refer to: null, never "này"
    (PROVINCE, "Trong 640 hồ sơ quá hạn có 502 hồ sơ thuộc lĩnh vực này.", [("640 hồ sơ", None), ("502 hồ sơ", None)]),
    # --- a place subject: an adverb before "có", a figure in words after it
    (PROVINCE, "Huyện Đông Sơn không có hồ sơ trễ hạn; huyện Tây Hà chỉ có bảy hồ sơ trễ hạn trên tổng số 4.310 hồ sơ "
               "đã giải quyết.", [("bảy hồ sơ", "huyện Tây Hà"), ("4.310 hồ sơ", "huyện Tây Hà")]),
    (PROVINCE, "Huyện Đông Sơn có 21 hồ sơ trễ hạn; huyện Tây Hà cũng có 19 hồ sơ trễ hạn.",
     [("21 hồ sơ", "Huyện Đông Sơn"), ("19 hồ sơ", "huyện Tây Hà")]),
    # --- a field frame: the names after it are fields
    (COMMUNE, "Theo lĩnh vực, Chứng thực dẫn đầu với 902 hồ sơ (41%), kế đến là hộ tịch (640 hồ sơ), tư pháp (85 hồ sơ); "
              "các lĩnh vực khác 40 hồ sơ.",
     [("902 hồ sơ", "Chứng thực"), ("640 hồ sơ", "hộ tịch"), ("85 hồ sơ", "tư pháp"),
      ("40 hồ sơ", "các lĩnh vực khác")]),
    (COMMUNE, "Phân theo lĩnh vực: xây dựng 120 hồ sơ, đất đai 98 hồ sơ và hộ tịch 75 hồ sơ.",
     [("120 hồ sơ", "xây dựng"), ("98 hồ sơ", "đất đai"), ("75 hồ sơ", "hộ tịch")]),
    # (negative) no frame: a bare name opens no field
    (COMMUNE, "Chứng thực dẫn đầu với 902 hồ sơ.", [("902 hồ sơ", None)]),
    # (negative) a frame before a level keeps the level
    (PROVINCE, "Theo lĩnh vực, cấp xã tiếp nhận 300 hồ sơ.", [("300 hồ sơ", "cấp xã")]),
    # --- a bracket of fields with bare figures, the head word once
    (COMMUNE, "Còn tồn 11 hồ sơ (lĩnh vực xây dựng 07, chứng thực 04).",
     [("11 hồ sơ", None), ("07", "xây dựng"), ("04", "chứng thực")]),
    (COMMUNE, "Đã giải quyết 70 hồ sơ (lĩnh vực hộ tịch 45 hồ sơ; tư pháp 25 hồ sơ).",
     [("70 hồ sơ", None), ("45 hồ sơ", "hộ tịch"), ("25 hồ sơ", "tư pháp")]),
    # (negative) one field alone in brackets with a late count: the unit's whole late count (GOLD.md)
    (COMMUNE, "Trễ hạn 06 hồ sơ (lĩnh vực đất đai 06).", [("06 hồ sơ", None)]),
    # --- list items with the office after the figure
    (COMMUNE, "2. Số hồ sơ đã giải quyết theo đơn vị:\n"
              "- 1.320 hồ sơ do Văn phòng HĐND và UBND xã xử lý (chứng thực), đều đúng hạn;\n"
              "- 610 hồ sơ thuộc thẩm quyền Phòng Kinh tế (xây dựng 215 hồ sơ); quá hạn 4 hồ sơ do thiếu hồ sơ;\n"
              "- 88 hồ sơ thuộc Phòng Văn hóa - Xã hội.\n",
     [("1.320 hồ sơ", "Văn phòng HĐND và UBND xã"), ("610 hồ sơ", "Phòng Kinh tế"), ("215 hồ sơ", "xây dựng"),
      ("4 hồ sơ", "Phòng Kinh tế"), ("88 hồ sơ", "Phòng Văn hóa - Xã hội")]),
    # (negative) a reason after "do", no office head: no scope
    (COMMUNE, "- 12 hồ sơ trễ hạn do người dân bổ sung chậm.\n", [("12 hồ sơ", None)]),
    # --- a one-stop office named by its owner
    (PROVINCE, "Bộ phận một cửa của Sở Xây dựng hiện tiếp nhận 640 hồ sơ.", [("640 hồ sơ", "Sở Xây dựng")]),
    (PROVINCE, "Trung bình mỗi tháng, Bộ phận một cửa của 11 huyện, thị xã tiếp nhận khoảng 1.200 hồ sơ.",
     [("1.200 hồ sơ", "Bộ phận một cửa của 11 huyện, thị xã")]),
    # (negative) the office of the province itself names no part
    (PROVINCE, "Bộ phận một cửa của tỉnh tiếp nhận 640 hồ sơ.", [("640 hồ sơ", None)]),
    # --- a set of procedures named by its field right after it
    (COMMUNE, "- Phấn đấu cắt giảm ít nhất 03 thủ tục hành chính lĩnh vực xây dựng.", [("03 thủ tục hành chính", None)]),
    # (negative) dossiers of a field keep it
    (COMMUNE, "Xã đã tiếp nhận 45 hồ sơ lĩnh vực xây dựng.", [("45 hồ sơ", "xây dựng")]),
]


@pytest.mark.parametrize(("opening", "sentence", "expected"), CASES)
def test_scopes(opening: str, sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert count_rows(opening + sentence + "\n", "text", "scope") == expected


@pytest.mark.parametrize(("name", "trimmed"), [
    ("các lĩnh vực còn lại", "các lĩnh vực còn lại"),
    ("những xã còn lại", "những xã còn lại"),
    ("Sở Tư pháp lại", "Sở Tư pháp"),
    ("Phòng Kinh tế vẫn", "Phòng Kinh tế"),
])
def test_closing_pairs(name: str, trimmed: str) -> None:
    assert trim_adverbs(name) == trimmed
