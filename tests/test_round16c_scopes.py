"""Round 16, third wave, family COUNT SCOPES: a scope named once and carried, and an office after the figure.

- a heading line that is a name alone (``2. Phòng Văn hóa``, ``c) Lĩnh vực Đất đai``, no colon) scopes its section's
  lines down to the next list line of its rank, a blank line, or a line opening with the unit itself or its total
  (figure_scope_headings, levels.toml [carry]);
- ``Lĩnh vực X: tiếp nhận …. Đã giải quyết …`` on an unmarked line (a figure or a verb after the colon): the name
  scopes its sentence and the subjectless ones after it on its line;
- a subject carried into the next sentence of its line when that sentence opens with no subject of its own
  (``Trong đó …``, ``Đã giải quyết …``); a new subject, a new line, ``Toàn xã`` end it (GOLD.md: a frame ends
  where a sentence opens with a subject of its own);
- the office after the figure in running prose: ``N hồ sơ do Phòng A thụ lý``, ``thuộc thẩm quyền của Phòng B``
  (figure_scope); the unit's own one-stop office stays null;
- the owner of a part after ``trong đó`` (``N hồ sơ của Trung tâm … tỉnh``, ``của UBND xã A``), even the unit's own
  kind of office, never the unit itself (figure_scope_parts);
- ``lĩnh vực nhiều hồ sơ nhất là X với N`` (no ``có``) (figure_scope_ranked).

Each case asserts every count of its text, in order, with its scope.
"""

from __future__ import annotations

import pytest

from tests.helpers import COMMUNE, DISTRICT, NEWS, count_rows

CASES = [
    # --- a heading that is a name alone scopes its section
    (DISTRICT, "1. Phòng Văn hóa và Thông tin\nTiếp nhận 74 hồ sơ.\nĐã trả kết quả 70 hồ sơ.\n"
               "2. Phòng Nông nghiệp\nTiếp nhận 31 hồ sơ.\nĐang xử lý 3 hồ sơ.",
     [("74 hồ sơ", "Phòng Văn hóa và Thông tin"), ("70 hồ sơ", "Phòng Văn hóa và Thông tin"),
      ("31 hồ sơ", "Phòng Nông nghiệp"), ("3 hồ sơ", "Phòng Nông nghiệp")]),
    (COMMUNE, "c) Lĩnh vực Đất đai\nĐã nhận 64 hồ sơ; giải quyết xong 60 hồ sơ.\nd) Lĩnh vực Tư pháp\nNhận 12 hồ sơ.",
     [("64 hồ sơ", "Đất đai"), ("60 hồ sơ", "Đất đai"), ("12 hồ sơ", "Tư pháp")]),
    # (negative) a line opening with the unit itself or its total ends the heading's reach
    (DISTRICT, "2. Phòng Tài chính - Kế hoạch\nTiếp nhận 88 hồ sơ.\nĐã giải quyết 80 hồ sơ.\n"
               "Toàn huyện đã giải quyết 2.400 hồ sơ.",
     [("88 hồ sơ", "Phòng Tài chính - Kế hoạch"), ("80 hồ sơ", "Phòng Tài chính - Kế hoạch"), ("2.400 hồ sơ", None)]),
    (DISTRICT, "2. Phòng Tài chính - Kế hoạch\nTiếp nhận 88 hồ sơ.\nTổng cộng cả huyện tiếp nhận 2.410 hồ sơ.",
     [("88 hồ sơ", "Phòng Tài chính - Kế hoạch"), ("2.410 hồ sơ", None)]),
    # (negative) a blank line ends it
    (DISTRICT, "3. Phòng Kinh tế và Hạ tầng\nTiếp nhận 50 hồ sơ.\n\nKết quả chung: đã giải quyết 1.900 hồ sơ.",
     [("50 hồ sơ", "Phòng Kinh tế và Hạ tầng"), ("1.900 hồ sơ", None)]),
    # (negative) the next item of the parent list ends it, whatever that item names
    (DISTRICT, "1. Phòng Y tế\nTiếp nhận 20 hồ sơ.\n2. Kết quả chung\nĐã giải quyết 600 hồ sơ.",
     [("20 hồ sơ", "Phòng Y tế"), ("600 hồ sơ", None)]),
    (COMMUNE, "a) Lĩnh vực Hộ tịch\n- Tiếp nhận 30 hồ sơ.\n- Đã giải quyết 29 hồ sơ.\nb) Tổng hợp chung\n- Đã giải quyết 500 hồ sơ.",
     [("30 hồ sơ", "Hộ tịch"), ("29 hồ sơ", "Hộ tịch"), ("500 hồ sơ", None)]),
    # (negative) a heading that is no name (a topic) scopes nothing
    (DISTRICT, "1. Kết quả tiếp nhận hồ sơ\nTiếp nhận 1.300 hồ sơ.\nĐã giải quyết 1.250 hồ sơ.",
     [("1.300 hồ sơ", None), ("1.250 hồ sơ", None)]),
    # (negative) the unit's own one-stop office as a heading stays null
    (COMMUNE, "1. Bộ phận Một cửa\nTiếp nhận 410 hồ sơ.\nĐã giải quyết 400 hồ sơ.",
     [("410 hồ sơ", None), ("400 hồ sơ", None)]),
    # --- an unmarked "Name: …" line scopes its sentence and the subjectless ones after it on its line
    (COMMUNE, "Lĩnh vực chứng thực: nhận 230 hồ sơ. Trả kết quả 228 hồ sơ.\nĐang giải quyết 7 hồ sơ.",
     [("230 hồ sơ", "chứng thực"), ("228 hồ sơ", "chứng thực"), ("7 hồ sơ", None)]),
    # (negative) the next sentence with a subject of its own is not the name's
    (COMMUNE, "Lĩnh vực đất đai: tiếp nhận 45 hồ sơ. Xã đã giải quyết 300 hồ sơ.",
     [("45 hồ sơ", "đất đai"), ("300 hồ sơ", None)]),
    # --- a subject carried into the next sentence of its line
    (DISTRICT, "Phòng Nội vụ tiếp nhận 140 hồ sơ. Trong số đó, trực tuyến 120 hồ sơ.",
     [("140 hồ sơ", "Phòng Nội vụ"), ("120 hồ sơ", "Phòng Nội vụ")]),
    (DISTRICT, "Chi nhánh Văn phòng đăng ký đất đai tiếp nhận 900 hồ sơ. Đã giải quyết 870 hồ sơ, trễ hạn 6 hồ sơ.",
     [("900 hồ sơ", "Chi nhánh Văn phòng đăng ký đất đai"), ("870 hồ sơ", "Chi nhánh Văn phòng đăng ký đất đai"),
      ("6 hồ sơ", "Chi nhánh Văn phòng đăng ký đất đai")]),
    # (negative) a sentence with a subject of its own, the unit itself, or a new line is not carried
    (DISTRICT, "Phòng Nội vụ tiếp nhận 140 hồ sơ. Phòng Y tế tiếp nhận 35 hồ sơ.",
     [("140 hồ sơ", "Phòng Nội vụ"), ("35 hồ sơ", "Phòng Y tế")]),
    (DISTRICT, "Phòng Nội vụ tiếp nhận 140 hồ sơ. Toàn huyện đã giải quyết 3.000 hồ sơ.",
     [("140 hồ sơ", "Phòng Nội vụ"), ("3.000 hồ sơ", None)]),
    (DISTRICT, "Phòng Nội vụ tiếp nhận 140 hồ sơ.\nĐã giải quyết 3.000 hồ sơ.",
     [("140 hồ sơ", "Phòng Nội vụ"), ("3.000 hồ sơ", None)]),
    # --- the office after the figure in running prose
    (DISTRICT, "Đã giải quyết 700 hồ sơ, trong đó 260 hồ sơ do Phòng Tài nguyên và Môi trường xử lý.",
     [("700 hồ sơ", None), ("260 hồ sơ", "Phòng Tài nguyên và Môi trường")]),
    (DISTRICT, "Tiếp nhận 1.100 hồ sơ; 300 hồ sơ thuộc thẩm quyền giải quyết của Chi nhánh Văn phòng đăng ký đất đai.",
     [("1.100 hồ sơ", None), ("300 hồ sơ", "Chi nhánh Văn phòng đăng ký đất đai")]),
    (DISTRICT, "Trả kết quả 95 hồ sơ thuộc phạm vi của Phòng Tư pháp.", [("95 hồ sơ", "Phòng Tư pháp")]),
    # (negative) the unit's own office, and "do" giving a cause, scope nothing
    (COMMUNE, "Tiếp nhận 500 hồ sơ, trong đó 480 hồ sơ do Bộ phận một cửa tiếp nhận trực tiếp.",
     [("500 hồ sơ", None), ("480 hồ sơ", None)]),
    (DISTRICT, "Còn 4 hồ sơ quá hạn do Phòng Kinh tế chưa có ý kiến.", [("4 hồ sơ", None)]),
    # --- the owner of a part ("trong đó"): an office with its own name, a place below the unit
    (NEWS, "Cả tỉnh tiếp nhận 9.000 hồ sơ, trong đó 2.100 hồ sơ thuộc Trung tâm Hành chính công tỉnh.",
     [("9.000 hồ sơ", None), ("2.100 hồ sơ", "Trung tâm Hành chính công tỉnh")]),
    (NEWS, "Đã giải quyết 4.200 hồ sơ, trong đó 1.800 hồ sơ của UBND phường Tân Mai, 900 hồ sơ của xã Bình Sơn.",
     [("4.200 hồ sơ", None), ("1.800 hồ sơ", "UBND phường Tân Mai"), ("900 hồ sơ", "xã Bình Sơn")]),
    # (negative) a committee with no name of its own, the reporting unit itself, a figure that is no part
    (DISTRICT, "Tiếp nhận 3.000 hồ sơ, trong đó 2.000 hồ sơ của UBND xã.", [("3.000 hồ sơ", None), ("2.000 hồ sơ", None)]),
    (DISTRICT, "Tiếp nhận 3.000 hồ sơ, trong đó 2.000 hồ sơ của UBND huyện Sông Lô.",
     [("3.000 hồ sơ", None), ("2.000 hồ sơ", None)]),
    (NEWS, "Trung tâm đã trả 700 hồ sơ của Trung tâm Phục vụ hành chính công tỉnh.", [("700 hồ sơ", None)]),
    # --- a field ranked with no "có"
    (COMMUNE, "Xã nhận 380 hồ sơ; lĩnh vực nhiều hồ sơ nhất là chứng thực với 190 hồ sơ.",
     [("380 hồ sơ", None), ("190 hồ sơ", "chứng thực")]),
]


@pytest.mark.parametrize(("opening", "sentence", "expected"), CASES)
def test_scopes(opening: str, sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert count_rows(opening + sentence + "\n", "text", "scope") == expected
