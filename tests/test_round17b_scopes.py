"""Round 17 wave 2, family COUNT SCOPES (heldout16 opened, heldout15's misses left):

- the parts of a feedback or dossier count in brackets or after ``gồm`` / ``trong đó`` named by a known field after
  their bare figure (``(04 về lĩnh vực đất đai, 01 về hộ tịch)``), and feedback parts named by the channel before
  their figure (``(Cổng DVC quốc gia 04, đường dây nóng 02)``); never a dossier count's channel, nor a channel after
  the figure (``02 qua Cổng …``: its label) (figure_scope_feedback.py, levels.toml [feedback_parts]);
- ranks from the lowest: ``thấp nhất là xã B 186 hồ sơ`` (no ``với``), ``xã B thấp nhất với 186 hồ sơ``
  (figure_subunits.py PREDICATE_WITH_RE, levels.toml [ranked] ranks);
- the rest of a kind keeps its plural as written: ``các phòng chuyên môn khác 225 hồ sơ`` (figure_scope_names.py);
- a sum line naming a level, the unit's own included: ``Cộng cấp xã: 2.962 hồ sơ`` (figure_level_scopes.py,
  levels.toml [level_clause] sums);
- the parts of an interlinked total named by their group of procedures before each figure, ``;`` between them.

Each case asserts every count of its text, in order, with its scope.
"""

from __future__ import annotations

import pytest

from tests.helpers import COMMUNE, DISTRICT, count_rows

CASES = [
    # --- feedback and dossier parts named by a field after their bare figure
    (COMMUNE, "Tiếp nhận 06 PAKN (05 về lĩnh vực xây dựng, 01 về chứng thực); đã xử lý xong.",
     [("06 PAKN", None), ("05", "xây dựng"), ("01", "chứng thực")]),
    (COMMUNE, "Nhận 09 phản ánh, kiến nghị, trong đó 7 về đất đai, 2 thuộc lĩnh vực tư pháp.",
     [("09 phản ánh, kiến nghị", None), ("7", "đất đai"), ("2", "tư pháp")]),
    (COMMUNE, "Tiếp nhận 250 hồ sơ (180 thuộc lĩnh vực hộ tịch, 70 về đất đai).",
     [("250 hồ sơ", None), ("180", "hộ tịch"), ("70", "đất đai")]),
    # --- feedback parts named by their channel before the figure, as written; in a list item under its heading
    (COMMUNE, "III. Phản ánh, kiến nghị\n- Tiếp nhận: 06 (Cổng Dịch vụ công quốc gia 03, hòm thư góp ý 02, Zalo 01)\n",
     [("06", None), ("03", "Cổng Dịch vụ công quốc gia"), ("02", "hòm thư góp ý"), ("01", "Zalo")]),
    (COMMUNE, "Đã tiếp nhận 05 PAKN (đường dây nóng: 04; trực tiếp: 01).",
     [("05 PAKN", None), ("04", "đường dây nóng"), ("01", "trực tiếp")]),
    (COMMUNE, "4. Phản ánh, kiến nghị\n- Nhận: 07 (đường dây nóng 04, hòm thư 03)\n- Đã xử lý: 05 (hòm thư 05)\n",
     [("07", None), ("04", "đường dây nóng"), ("03", "hòm thư"), ("05", None), ("05", "hòm thư")]),
    # (negative) a dossier list item under a heading naming no feedback, a feedback item above it
    (COMMUNE, "4. Kết quả\n- Tiếp nhận 3 PAKN\n- Tiếp nhận: 300 (Cổng DVC 200, trực tiếp 100)\n",
     [("3 PAKN", None), ("300", None), ("100", None)]),
    # (negative) a dossier count's channels are metrics, no scopes
    (COMMUNE, "Tiếp nhận 300 hồ sơ (Cổng dịch vụ công 200, trực tiếp 100).",
     [("300 hồ sơ", None), ("100", None)]),
    (COMMUNE, "II. Kết quả\n- Tiếp nhận: 300 (Cổng dịch vụ công 200, trực tiếp 100)\n", [("300", None), ("100", None)]),
    # (negative) a channel after the figure labels it, scopes nothing
    (COMMUNE, "Tiếp nhận 04 phản ánh, kiến nghị (03 qua Cổng Dịch vụ công quốc gia, 01 trực tiếp).",
     [("04 phản ánh, kiến nghị", None), ("03", None), ("01", None)]),
    # (negative) a word after the field that goes on with the name makes no field, and the list is read no further
    (COMMUNE, "Tiếp nhận 06 PAKN (05 về xây dựng nông thôn mới, 01 về chứng thực).",
     [("06 PAKN", None), ("05", None), ("01", None)]),
    # --- ranks from the lowest
    (DISTRICT, "- UBND xã Tân Phú tiếp nhận nhiều nhất với 980 hồ sơ; thấp nhất là xã Long Sơn 112 hồ sơ.",
     [("980 hồ sơ", "UBND xã Tân Phú"), ("112 hồ sơ", "xã Long Sơn")]),
    (DISTRICT, "Thị trấn Đồng Xuân tiếp nhận 2.100 hồ sơ, ít nhất là xã Phú Mỹ: 95 hồ sơ.",
     [("2.100 hồ sơ", "Thị trấn Đồng Xuân"), ("95 hồ sơ", "xã Phú Mỹ")]),
    (DISTRICT, "Xã Tân Phú tiếp nhận 980 hồ sơ; xã Long Sơn thấp nhất với 112 hồ sơ.",
     [("980 hồ sơ", "Xã Tân Phú"), ("112 hồ sơ", "xã Long Sơn")]),
    # (negative) a rank over no place names none
    (DISTRICT, "Tiếp nhận 600 hồ sơ, thấp nhất là quý I 90 hồ sơ.", [("600 hồ sơ", None), ("90 hồ sơ", None)]),
    # --- the rest of a kind with its plural, as written
    (DISTRICT, "- Theo đơn vị: Phòng Tư pháp 840 hồ sơ; các phòng chuyên môn khác 160 hồ sơ.",
     [("840 hồ sơ", "Phòng Tư pháp"), ("160 hồ sơ", "các phòng chuyên môn khác")]),
    (DISTRICT, "Tiếp nhận 500 hồ sơ: hộ tịch 300 hồ sơ; các lĩnh vực khác 200 hồ sơ.",
     [("500 hồ sơ", None), ("300 hồ sơ", "hộ tịch"), ("200 hồ sơ", "các lĩnh vực khác")]),
    # (negative) a body with no rest word keeps its name as read
    (DISTRICT, "Phòng Tư pháp 840 hồ sơ; các Phòng Kinh tế 160 hồ sơ.", [("840 hồ sơ", "Phòng Tư pháp"),
                                                                        ("160 hồ sơ", "Phòng Kinh tế")]),
    # --- a sum line naming a level, the unit's own included
    (COMMUNE, "+ Theo đơn vị: Văn phòng HĐND và UBND 1.900 hồ sơ; Phòng Kinh tế 300 hồ sơ; các cơ quan cấp tỉnh 80.\n"
              "Cộng cấp xã: 2.200 hồ sơ.\n",
     [("1.900 hồ sơ", "Văn phòng HĐND và UBND"), ("300 hồ sơ", "Phòng Kinh tế"), ("80", None),
      ("2.200 hồ sơ", "cấp xã")]),
    (DISTRICT, "Tổng cộng cấp huyện: 1.400 hồ sơ.\nCộng cấp xã: 5.200 hồ sơ.\n",
     [("1.400 hồ sơ", "cấp huyện"), ("5.200 hồ sơ", "cấp xã")]),
    # (negative) a sum naming no level, and the unit's own level in running text, scope nothing
    (DISTRICT, "Cộng các đơn vị: 1.400 hồ sơ.\n", [("1.400 hồ sơ", None)]),
    (COMMUNE, "UBND cấp xã tiếp nhận 1.400 hồ sơ.", [("1.400 hồ sơ", None)]),
    # --- the groups of an interlinked total
    (COMMUNE, "Giải quyết 90 hồ sơ liên thông (khai sinh - thường trú - BHYT trẻ dưới 6 tuổi 70 hồ sơ; khai tử -\n"
              "xóa thường trú 20 hồ sơ).",
     [("90 hồ sơ", None), ("70 hồ sơ", "khai sinh - thường trú - BHYT trẻ dưới 6 tuổi"),
      ("20 hồ sơ", "khai tử - xóa thường trú")]),
    # (negative) channels or statuses as the parts are metrics, no groups; one name alone is no list of groups
    (COMMUNE, "Tiếp nhận 30 hồ sơ liên thông (trực tuyến 20 hồ sơ; trực tiếp 10 hồ sơ).",
     [("30 hồ sơ", None), ("20 hồ sơ", None), ("10 hồ sơ", None)]),
    (COMMUNE, "Tiếp nhận 30 hồ sơ liên thông (thực hiện tại xã 30 hồ sơ).", [("30 hồ sơ", None), ("30 hồ sơ", None)]),
]


@pytest.mark.parametrize(("opening", "sentence", "expected"), CASES)
def test_count_scopes(opening: str, sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert count_rows(opening + sentence, "text", "scope") == expected
