"""Round 17 wave 4, family COUNT SCOPES (heldout18 opened):

- a list item's, a table row's or a subject's reach ends at a blank line, unless the line before it ends with ``,``
  or ``;`` (a sentence broken over the blank line goes on): the prose after a table whose last row is ``Lĩnh vực
  khác`` is no part of that row (figure_levels.py ``_subject_end`` and the item reach);
- a line opening with ``Tổng hợp chung`` ends the reach of a name heading the lines above (levels.toml [carry] ends);
- offices named together, then their figures in the same order after ``lần lượt``: each office its own figure
  (figure_scope_respective.py, read with the place lists of figure_place_lists.py); ``lần lượt`` never ends a name;
- a place or an office with its figure alone in brackets after ``ở`` / ``tại`` (``tập trung ở xã A (71 hồ sơ) và xã
  B (48 hồ sơ)``) scopes it, the first of the list too (levels.toml [places] follows, figure_scope.py);
- feedback parts by channel after ``trong đó`` or in brackets, ``qua`` before the channel, a channel's kind with its
  capitalised proper name (``qua Hệ thống Smart-BT 05``) (figure_scope_feedback.py, levels.toml [feedback_parts]);
- a known field's part with an approximation before its figure (``là chứng thực với gần 1.500 hồ sơ``) and a lead
  word ending its line (``tiếp đến là`` / ``hộ tịch 1.036 hồ sơ``) (figure_scope_known.py).

Each case asserts every count of its text, in order, with its scope.
"""

from __future__ import annotations

import pytest

from tests.helpers import COMMUNE, DISTRICT, count_rows

PROVINCE = "ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\n\nBÁO CÁO\nKết quả giải quyết thủ tục hành chính năm 2025\n\n"

CASES = [
    # --- a blank line ends a reach
    (COMMUNE, "Lĩnh vực             Tổng    Trực tuyến\nHộ tịch              212     187\nCác lĩnh vực khác    23      "
              "15\nCộng                 235     202\n\nTrong tháng, bộ phận một cửa tiếp nhận 235 hồ sơ, trực tuyến 202 hồ "
              "sơ.\n",
     [("212", "Hộ tịch"), ("187", "Hộ tịch"), ("23", "Các lĩnh vực khác"), ("15", "Các lĩnh vực khác"), ("235", None),
      ("202", None), ("235 hồ sơ", None), ("202 hồ sơ", None)]),
    (COMMUNE, "Kết quả theo lĩnh vực:\n- Hộ tịch: 212 hồ sơ\n- Lĩnh vực khác: 23 hồ sơ\n\nNhìn chung, xã đã giải "
              "quyết 230 hồ sơ.\n",
     [("212 hồ sơ", "Hộ tịch"), ("23 hồ sơ", "khác"), ("230 hồ sơ", None)]),
    (DISTRICT, "- Phòng Tư pháp tiếp nhận 120 hồ sơ\n\nCả huyện đã giải quyết 900 hồ sơ.\n",
     [("120 hồ sơ", "Phòng Tư pháp"), ("900 hồ sơ", None)]),
    # neg: a sentence broken over a blank line after a comma goes on
    (DISTRICT, "- Chi nhánh Văn phòng đăng ký đất đai: tiếp nhận 417 hồ sơ,\n\nđã giải quyết 367 hồ sơ.\n",
     [("417 hồ sơ", "Chi nhánh Văn phòng đăng ký đất đai"), ("367 hồ sơ", "Chi nhánh Văn phòng đăng ký đất đai")]),
    # neg: list items with no blank line keep theirs
    (DISTRICT, "- Phòng Tư pháp: tiếp nhận 120 hồ sơ\n- Phòng Kinh tế: tiếp nhận 80 hồ sơ\n",
     [("120 hồ sơ", "Phòng Tư pháp"), ("80 hồ sơ", "Phòng Kinh tế")]),
    # --- "Tổng hợp chung" ends a heading's reach
    (DISTRICT, "1. Phòng Tư pháp\nTiếp nhận 120 hồ sơ.\nTổng hợp chung toàn huyện: tiếp nhận 900 hồ sơ.\n",
     [("120 hồ sơ", "Phòng Tư pháp"), ("900 hồ sơ", None)]),
    (DISTRICT, "1. Phòng Tư pháp\nTiếp nhận 120 hồ sơ.\nĐã giải quyết 118 hồ sơ.\n",
     [("120 hồ sơ", "Phòng Tư pháp"), ("118 hồ sơ", "Phòng Tư pháp")]),
    # --- offices told with their figures in order
    (PROVINCE, "Sở Tư pháp và Sở Nông nghiệp và Môi trường là hai đơn vị có số hồ sơ nhiều nhất, lần lượt 4.211 và "
               "3.876 hồ sơ.\n",
     [("4.211", "Sở Tư pháp"), ("3.876 hồ sơ", "Sở Nông nghiệp và Môi trường")]),
    (PROVINCE, "Sở Xây dựng, Sở Y tế và Sở Công Thương lần lượt tiếp nhận 1.200, 950 và 610 hồ sơ.\n",
     [("1.200", "Sở Xây dựng"), ("950", "Sở Y tế"), ("610 hồ sơ", "Sở Công Thương")]),
    (DISTRICT, "Phòng Tư pháp và Chi nhánh Văn phòng đăng ký đất đai tiếp nhận lần lượt 312 và 207 hồ sơ.\n",
     [("312", "Phòng Tư pháp"), ("207 hồ sơ", "Chi nhánh Văn phòng đăng ký đất đai")]),
    # neg: offices with one figure stay joined; "lần lượt" is no word of the name
    (PROVINCE, "Sở Tư pháp và Sở Xây dựng tiếp nhận 2.100 hồ sơ.\n", [("2.100 hồ sơ", "Sở Tư pháp và Sở Xây dựng")]),
    (PROVINCE, "Sở Tư pháp và Sở Xây dựng lần lượt tiếp nhận 2.100 hồ sơ.\n",
     [("2.100 hồ sơ", "Sở Tư pháp và Sở Xây dựng")]),
    # neg: verbs told in order are no offices
    (DISTRICT, "Tiếp nhận và giải quyết lần lượt 400 và 390 hồ sơ.\n", [("400", None), ("390 hồ sơ", None)]),
    # --- a place or an office with its figure in brackets after "ở" / "tại"
    (DISTRICT, "Đã giải quyết 900 hồ sơ, trễ hạn 25 hồ sơ, tập trung ở xã Tân Lập (11 hồ sơ) và xã Hòa Bình (8 hồ "
               "sơ).\n",
     [("900 hồ sơ", None), ("25 hồ sơ", None), ("11 hồ sơ", "xã Tân Lập"), ("8 hồ sơ", "xã Hòa Bình")]),
    (DISTRICT, "- Cấp xã: tiếp nhận 7.700 hồ sơ; trễ hạn 25 hồ sơ, tập trung ở xã Tân Lập (11 hồ sơ) và xã Hòa Bình "
               "(8 hồ sơ).\n",
     [("7.700 hồ sơ", "Cấp xã"), ("25 hồ sơ", "Cấp xã"), ("11 hồ sơ", "xã Tân Lập"), ("8 hồ sơ", "xã Hòa Bình")]),
    (DISTRICT, "Trễ hạn 19 hồ sơ, chủ yếu tại thị trấn Phú Thịnh (15 hồ sơ).\n",
     [("19 hồ sơ", None), ("15 hồ sơ", "thị trấn Phú Thịnh")]),
    (DISTRICT, "Trễ hạn 19 hồ sơ, chủ yếu tại Phòng Kinh tế (15 hồ sơ).\n",
     [("19 hồ sơ", None), ("15 hồ sơ", "Phòng Kinh tế")]),
    # neg: no name after "tại"
    (DISTRICT, "Tiếp nhận tại bộ phận một cửa (120 hồ sơ).\n", [("120 hồ sơ", None)]),
    # --- feedback parts by channel
    (COMMUNE, "Tổng số PAKN tiếp nhận: 05, trong đó qua Hệ thống Smart-BT 04, trực tiếp 01.\n",
     [("05", None), ("04", "Hệ thống Smart-BT"), ("01", "trực tiếp")]),
    (COMMUNE, "Tiếp nhận 04 phản ánh, kiến nghị (qua ứng dụng Zalo 03, qua đường dây nóng 01).\n",
     [("04 phản ánh, kiến nghị", None), ("03", "ứng dụng Zalo"), ("01", "đường dây nóng")]),
    # neg: a lower-case word after a channel's kind names no channel; a dossier count's channel is no scope
    (COMMUNE, "Nhận 04 phản ánh (hệ thống mới 03, khác 01).\n", [("04 phản ánh", None), ("03", None), ("01", None)]),
    (COMMUNE, "Tiếp nhận 120 hồ sơ, trong đó qua Hệ thống 80 hồ sơ.\n", [("120 hồ sơ", None), ("80 hồ sơ", None)]),
    # neg: "qua X:" then a figure with its unit is labelled by its channel, unscoped (round 15's rule)
    (COMMUNE, "Xã nhận 06 PAKN (qua Tổng đài 1022: 04 PAKN; qua Cổng DVC: 02 PAKN).\n",
     [("06 PAKN", None), ("04 PAKN", None), ("02 PAKN", None)]),
    # --- a known field's part: an approximation before its figure, a lead word ending its line
    (COMMUNE, "Theo lĩnh vực, số hồ sơ tiếp nhận nhiều nhất là chứng thực với gần 1.500 hồ sơ, tiếp đến là hộ tịch "
              "khoảng 1.036 hồ sơ.\n",
     [("1.500 hồ sơ", "chứng thực"), ("1.036 hồ sơ", "hộ tịch")]),
    (COMMUNE, "Hồ sơ nhiều nhất là hộ tịch với hơn 600 hồ sơ, tiếp theo là\nchứng thực 410 hồ sơ.\n",
     [("600 hồ sơ", "hộ tịch"), ("410 hồ sơ", "chứng thực")]),
    (COMMUNE, "Đã giải quyết gần 1.500 hồ sơ, trong đó hộ tịch hơn 900 hồ sơ.\n",
     [("1.500 hồ sơ", None), ("900 hồ sơ", "hộ tịch")]),
    # neg: an approximation with no field before it
    (COMMUNE, "Xã đã tiếp nhận gần 1.500 hồ sơ, đúng hạn khoảng 1.480 hồ sơ.\n",
     [("1.500 hồ sơ", None), ("1.480 hồ sơ", None)]),
]


@pytest.mark.parametrize(("opening", "sentence", "expected"), CASES)
def test_count_scopes(opening: str, sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert count_rows(opening + sentence, "text", "scope") == expected


@pytest.mark.parametrize("text", [
    "Sở A và Sở B " * 4000 + "lần lượt 1 và 2 hồ sơ.",
    ("Lĩnh vực khác 1 2\n\n" * 3000),
    "Nhận 04 phản ánh (qua " + "Hệ thống " * 3000 + "03).",
])
def test_scopes_stay_linear(text: str) -> None:
    import time
    t = time.perf_counter()
    count_rows(DISTRICT + text)
    assert time.perf_counter() - t < 20
