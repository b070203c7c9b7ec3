"""Round 17, family COUNT SCOPES (heldout15 opened): a field named by its own words, without its head word.

- a known field named right after the unit word (``N hồ sơ đất đai``, ``N hồ sơ về hộ tịch``, ``N hồ sơ thuộc
  chứng thực``, ``N hồ sơ của lĩnh vực X``), a status between them allowed; never a status, a channel, a place, a
  level, nor two fields named together (levels.toml [known_fields], figure_scope_known.py);
- a known field before the bare figure of a breakdown in brackets or after a colon (``tiếp nhận 300 hồ sơ (đất
  đai 120, xây dựng 80)``): the parts take their field, not the office or place framing the sentence (GOLD.md: the
  count's own words win over a frame);
- ranking sentences: ``X là lĩnh vực có nhiều hồ sơ nhất với N``, ``tiếp đến là X (N)``, ``N hồ sơ còn lại thuộc
  các lĩnh vực khác``, ``kế đến Sở B (N hồ sơ)``, ``Sở A có số hồ sơ lớn nhất (N hồ sơ)``;
- a discourse opener before a sentence's subject (``Ngược lại, xã A …``, ``Bên cạnh đó, Phòng B …``).

Each case asserts every count of its text, in order, with its scope.
"""

from __future__ import annotations

import pytest

from tests.helpers import COMMUNE, DISTRICT, NEWS, count_rows

CASES = [
    # --- a known field right after the unit word
    (COMMUNE, "Quá hạn 05 hồ sơ (02 hồ sơ xây dựng, 03 hồ sơ chứng thực).",
     [("05 hồ sơ", None), ("02 hồ sơ", "xây dựng"), ("03 hồ sơ", "chứng thực")]),
    (COMMUNE, "Tiếp tục giải quyết 17 hồ sơ hộ tịch còn tồn.", [("17 hồ sơ", "hộ tịch")]),
    (COMMUNE, "Lý do: 45 hồ sơ đất đai nhận trước năm 2024 chưa được số hóa.", [("45 hồ sơ", "đất đai")]),
    (COMMUNE, "Đã giải quyết 210 hồ sơ, trong đó 64 hồ sơ về bảo trợ xã hội.",
     [("210 hồ sơ", None), ("64 hồ sơ", "bảo trợ xã hội")]),
    (COMMUNE, "Còn 9 hồ sơ thuộc người có công chưa giải quyết.", [("9 hồ sơ", "người có công")]),
    (COMMUNE, "Tiếp nhận 31 hồ sơ của lĩnh vực tư pháp.", [("31 hồ sơ", "tư pháp")]),
    (COMMUNE, "Đang xử lý 12 hồ sơ đăng ký kinh doanh.", [("12 hồ sơ", "đăng ký kinh doanh")]),
    # (negative) the sub-unit owning the dossiers, named after them, wins over their field
    (COMMUNE, "Còn 06 hồ sơ đất đai chưa giải quyết của Chi nhánh Văn phòng đăng ký đất đai.",
     [("06 hồ sơ", "Chi nhánh Văn phòng đăng ký đất đai")]),
    # (negative) a field the sentence's subject or the text's opening names is that body's or unit's own business
    (DISTRICT, "Chi nhánh Văn phòng đăng ký đất đai tiếp nhận 900 hồ sơ đất đai.",
     [("900 hồ sơ", "Chi nhánh Văn phòng đăng ký đất đai")]),
    ("VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI\n\nBÁO CÁO\nKết quả tháng 5 năm 2026\n\n", "Đã tiếp nhận 4.100 hồ sơ đất đai.",
     [("4.100 hồ sơ", None)]),
    # (negative) a known field with no head word leaves a sentence subject's frame as it is
    (NEWS, "Xã Tân Hòa tiếp nhận 800 hồ sơ. Phường An Lạc còn để 12 hồ sơ hộ tịch giải quyết quá hạn.",
     [("800 hồ sơ", "Xã Tân Hòa"), ("12 hồ sơ", "Phường An Lạc")]),
    # (negative) a status, a channel, a place, a level, a field and another together scope nothing
    (COMMUNE, "Còn 04 hồ sơ quá hạn do chờ xác minh.", [("04 hồ sơ", None)]),
    (COMMUNE, "Tiếp nhận 300 hồ sơ trực tuyến.", [("300 hồ sơ", None)]),
    (COMMUNE, "Tiếp nhận 300 hồ sơ trực tiếp tại Bộ phận một cửa.", [("300 hồ sơ", None)]),
    (COMMUNE, "Giải quyết 40 hồ sơ đất đai, xây dựng đúng hạn.", [("40 hồ sơ", None)]),
    (COMMUNE, "Giải quyết 40 hồ sơ đất đai và hộ tịch.", [("40 hồ sơ", None)]),
    (NEWS, "Tỉnh tiếp nhận 9.000 hồ sơ cấp xã.", [("9.000 hồ sơ", "cấp xã")]),
    # (negative) a set of procedures named by its field stays unscoped, as before
    (COMMUNE, "Xã công bố 16 thủ tục hộ tịch.", [("16 thủ tục", None)]),
    # (negative) a field word opening a longer noun phrase is no field: "đất đai" of "hồ sơ đất đai" only
    (COMMUNE, "Xã tiếp nhận 20 hồ sơ xây dựng nông thôn mới.", [("20 hồ sơ", None)]),
    # --- fields breaking down a subject's count
    (DISTRICT, "b) Phòng Tư pháp: tiếp nhận 300 hồ sơ (hộ tịch 180, chứng thực 120); đã giải quyết 290 hồ sơ.",
     [("300 hồ sơ", "Phòng Tư pháp"), ("180", "hộ tịch"), ("120", "chứng thực"), ("290 hồ sơ", "Phòng Tư pháp")]),
    (DISTRICT, "Phòng Kinh tế tiếp nhận 150 hồ sơ (đất đai: 90, xây dựng: 60).",
     [("150 hồ sơ", "Phòng Kinh tế"), ("90", "đất đai"), ("60", "xây dựng")]),
    (DISTRICT, "Phòng Tư pháp tiếp nhận 260 hồ sơ, trong đó hộ tịch 150 hồ sơ, chứng thực 110 hồ sơ.",
     [("260 hồ sơ", "Phòng Tư pháp"), ("150 hồ sơ", "hộ tịch"), ("110 hồ sơ", "chứng thực")]),
    (COMMUNE, "Tiếp nhận 85 hồ sơ (tư pháp - hộ tịch 60 hồ sơ; đất đai 25 hồ sơ).",
     [("85 hồ sơ", None), ("60 hồ sơ", "tư pháp - hộ tịch"), ("25 hồ sơ", "đất đai")]),
    # (negative) a comma inside one item's name joins two words of that name, it opens no part
    (COMMUNE, "Phân theo lĩnh vực:\n- Lĩnh vực Hộ tịch, chứng thực: 520 hồ sơ;\n- Lĩnh vực Nông nghiệp, môi trường: 44 hồ sơ.",
     [("520 hồ sơ", "Hộ tịch, chứng thực"), ("44 hồ sơ", "Nông nghiệp, môi trường")]),
    # (negative) bracket parts that are no fields keep the frame
    (DISTRICT, "Phòng Kinh tế tiếp nhận 150 hồ sơ (trực tuyến 120, trực tiếp 30).",
     [("150 hồ sơ", "Phòng Kinh tế"), ("120", "Phòng Kinh tế"), ("30", "Phòng Kinh tế")]),
    # --- ranking sentences over fields
    (COMMUNE, "Theo cơ cấu, chứng thực là lĩnh vực có nhiều hồ sơ nhất với 410 hồ sơ, tiếp theo là hộ tịch "
              "(260 hồ sơ), đất đai (75 hồ sơ); 90 hồ sơ còn lại thuộc các lĩnh vực khác.",
     [("410 hồ sơ", "chứng thực"), ("260 hồ sơ", "hộ tịch"), ("75 hồ sơ", "đất đai"),
      ("90 hồ sơ", "các lĩnh vực khác")]),
    (COMMUNE, "Hộ tịch là lĩnh vực tiếp nhận ít hồ sơ nhất với 12 hồ sơ.", [("12 hồ sơ", "Hộ tịch")]),
    (COMMUNE, "Xã tiếp nhận 300 hồ sơ; đất đai vẫn là lĩnh vực có số hồ sơ nhiều nhất với 140 hồ sơ, sau đó là "
              "xây dựng (60 hồ sơ).",
     [("300 hồ sơ", None), ("140 hồ sơ", "đất đai"), ("60 hồ sơ", "xây dựng")]),
    # (negative) a name that is no field before "là lĩnh vực" keeps no scope of a figure after no rank
    (COMMUNE, "Đây là lĩnh vực khó, đã giải quyết 30 hồ sơ.", [("30 hồ sơ", None)]),
    # --- ranking sentences over offices
    (NEWS, "Các sở tiếp nhận 20.000 hồ sơ; nhiều nhất là Sở Xây dựng với 6.100 hồ sơ, kế đến Sở Nội vụ "
           "(3.200 hồ sơ) và Sở Y tế (1.050 hồ sơ).",
     [("20.000 hồ sơ", None), ("6.100 hồ sơ", "Sở Xây dựng"), ("3.200 hồ sơ", "Sở Nội vụ"),
      ("1.050 hồ sơ", "Sở Y tế")]),
    (NEWS, "Cấp tỉnh tiếp nhận 20.000 hồ sơ. Sở Tư pháp có số hồ sơ nhiều nhất (5.400 hồ sơ), trong đó 30 hồ sơ "
           "giải quyết quá hạn.",
     [("20.000 hồ sơ", "Cấp tỉnh"), ("5.400 hồ sơ", "Sở Tư pháp"), ("30 hồ sơ", "Sở Tư pháp")]),
    (NEWS, "Nhiều nhất là Sở Nội vụ với 900 hồ sơ, tiếp theo Sở Xây dựng (700 hồ sơ), sau đó là Sở Y tế (300 hồ sơ).",
     [("900 hồ sơ", "Sở Nội vụ"), ("700 hồ sơ", "Sở Xây dựng"), ("300 hồ sơ", "Sở Y tế")]),
    # --- a discourse opener before a subject
    (NEWS, "Phường An Lạc tiếp nhận 7.000 hồ sơ. Ngược lại, xã Tân Hòa chỉ tiếp nhận 310 hồ sơ.",
     [("7.000 hồ sơ", "Phường An Lạc"), ("310 hồ sơ", "xã Tân Hòa")]),
    (NEWS, "Phường An Lạc tiếp nhận 7.000 hồ sơ. Ở chiều ngược lại, xã Tân Hòa tiếp nhận 310 hồ sơ.",
     [("7.000 hồ sơ", "Phường An Lạc"), ("310 hồ sơ", "xã Tân Hòa")]),
    (NEWS, "Phường An Lạc tiếp nhận 7.000 hồ sơ. Trong khi đó, xã Tân Hòa tiếp nhận 310 hồ sơ.",
     [("7.000 hồ sơ", "Phường An Lạc"), ("310 hồ sơ", "xã Tân Hòa")]),
    (DISTRICT, "Phòng Nội vụ tiếp nhận 140 hồ sơ. Bên cạnh đó, Phòng Y tế tiếp nhận 35 hồ sơ.",
     [("140 hồ sơ", "Phòng Nội vụ"), ("35 hồ sơ", "Phòng Y tế")]),
    # (negative) an opener before no subject keeps the sentence unscoped
    (NEWS, "Tỉnh tiếp nhận 9.000 hồ sơ. Ngược lại, chỉ có 20 hồ sơ quá hạn.",
     [("9.000 hồ sơ", None), ("20 hồ sơ", None)]),
]


@pytest.mark.parametrize(("opening", "sentence", "expected"), CASES)
def test_scopes(opening: str, sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert count_rows(opening + sentence + "\n", "text", "scope") == expected
