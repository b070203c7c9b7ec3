"""Round 13 (second wave), family COUNTS: the count misses the first wave left, and the sentences around each fix.

- cue phrasings (figures.toml [[count]]): ``hồ sơ tồn tháng 3/2026 chuyển sang`` -> carried_over; ``hồ sơ mới 85``
  -> received_in_period; ``trả lại, rút …`` / ``rút hồ sơ và hồ sơ trả lại`` -> rejected_or_withdrawn; ``giải quyết
  dứt điểm 3 hồ sơ đang quá hạn`` -> pending_late (parent_remap.pending_total); ``trẻ dưới 6 tuổi``: an age, no figure
  (figure_scan), so ``Số hồ sơ liên thông … dưới 6 tuổi: 40 hồ sơ`` keeps its cue;
- ``…, với 320 hồ sơ``: the figure is the amount of what the clause before the comma names (figure_counts);
- ``trễ hạn⏎21 hồ sơ``: a figure and its unit word at a line start are a wrapped line, no numbered paragraph
  (figure_text.HARD_START_RE);
- ``ghi nhận 9.500 hồ sơ, gồm: … kỳ trước chuyển sang, … tiếp nhận mới``: the total of its parts, received_total;
  ``trong đó có tới 142 phản ánh liên quan đến lĩnh vực …``: a scoped part keeps its total's metric;
- ``426 dịch vụ công mức độ 3``: the service with its level is a unit word of procedures (figure_scan);
- ``(chứng thực 712 hồ sơ, hộ tịch 95 hồ sơ)``: lower-case parts with their unit word after a total are scoped parts
  when they make up the total (figure_items.bracket_part_scopes).

Every sentence is made up.
"""

from __future__ import annotations

import pytest

from extract.extractors.counts import CountExtractor
from tests.helpers import FAMILY_UNITS, extracted

Row = tuple[str, str, int, "str | None"]


def rows(text: str) -> list[Row]:
    return [(f.text, f.metric, f.value, f.scope) for f in extracted(text, CountExtractor) if f.unit in FAMILY_UNITS]


CASES: list[tuple[str, list[Row]]] = [
    # --- carried over from a named period --------------------------------------------------------------------------
    ("Tổng số hồ sơ tiếp nhận: 520 hồ sơ, gồm: hồ sơ tồn tháng 3/2026 chuyển sang 20 hồ sơ; hồ sơ mới 500 hồ sơ.",
     [("520 hồ sơ", "received_total", 520, None), ("20 hồ sơ", "carried_over", 20, None),
      ("500 hồ sơ", "received_in_period", 500, None)]),
    ("Hồ sơ tồn quý IV năm 2025 chuyển qua: 14 hồ sơ.", [("14 hồ sơ", "carried_over", 14, None)]),
    ("Số hồ sơ mới: 85 hồ sơ.", [("85 hồ sơ", "received_in_period", 85, None)]),
    # neg: still open, no period carried over; "mới" not right before a figure
    ("Số hồ sơ tồn: 7 hồ sơ.", [("7 hồ sơ", "pending_total", 7, None)]),
    ("Xã mới tiếp nhận 12 hồ sơ qua ứng dụng.", [("12 hồ sơ", "received_in_period", 12, None)]),
    # --- handed back and withdrawn together ------------------------------------------------------------------------
    ("- Số hồ sơ trả lại, rút theo yêu cầu của người dân: 3 hồ sơ.", [("3 hồ sơ", "rejected_or_withdrawn", 3, None)]),
    ("- Người dân rút hồ sơ và hồ sơ bị trả lại (thiếu giấy tờ): 04 hồ sơ.",
     [("04 hồ sơ", "rejected_or_withdrawn", 4, None)]),
    ("Hồ sơ trả lại/rút: 2 hồ sơ.", [("2 hồ sơ", "rejected_or_withdrawn", 2, None)]),
    # neg: each state alone
    ("Số hồ sơ trả lại: 6 hồ sơ.", [("6 hồ sơ", "rejected", 6, None)]),
    ("Công dân xin rút 1 hồ sơ.", [("1 hồ sơ", "withdrawn", 1, None)]),
    # --- interlinked, an age inside the label ------------------------------------------------------------------------
    ("- Số hồ sơ liên thông khai sinh - thường trú - thẻ BHYT cho trẻ dưới 6 tuổi: 40 hồ sơ.",
     [("40 hồ sơ", "interlinked", 40, None)]),
    ("Đã cấp thẻ cho 120 trẻ em dưới 6 tuổi, tiếp nhận 15 hồ sơ.", [("15 hồ sơ", "received_total", 15, None)]),
    # --- a late dossier still open after the unit word ---------------------------------------------------------------
    ("- Tập trung giải quyết dứt điểm 3 hồ sơ đang quá hạn.", [("3 hồ sơ", "pending_late", 3, None)]),
    # neg: no status after it
    ("- Tập trung giải quyết dứt điểm 3 hồ sơ còn tồn.", [("3 hồ sơ", "pending_total", 3, None)]),
    # --- ", với N": the amount of what the clause names ---------------------------------------------------------------
    ("Số hồ sơ trả kết quả trễ hạn vẫn nhiều, với 320 hồ sơ.", [("320 hồ sơ", "resolved_late", 320, None)]),
    ("Hồ sơ quá hạn chủ yếu thuộc ngành xây dựng, với khoảng 75 hồ sơ.", [("75 hồ sơ", "resolved_late", 75, None)]),
    # neg: "cùng với" adds another figure, with a cue of its own
    ("Đã giải quyết 900 hồ sơ, cùng với 80 hồ sơ chuyển tiếp.",
     [("900 hồ sơ", "resolved_total", 900, None), ("80 hồ sơ", "carried_over", 80, None)]),
    # --- a figure and its unit word carried onto the next line -------------------------------------------------------
    ("Đã giải quyết 480 hồ sơ, quá hạn\n12 hồ sơ do thiếu hồ sơ đo đạc.",
     [("480 hồ sơ", "resolved_total", 480, None), ("12 hồ sơ", "resolved_late", 12, None)]),
    ("Đã giải quyết 480 hồ sơ, trễ hạn\n\n12 hồ sơ.",
     [("480 hồ sơ", "resolved_total", 480, None), ("12 hồ sơ", "resolved_late", 12, None)]),
    # --- a total told by its parts after "gồm" ----------------------------------------------------------------------
    ("Trong tháng, hệ thống ghi nhận 9.500 hồ sơ, gồm: 400 hồ sơ kỳ trước chuyển sang, 9.100 hồ sơ tiếp nhận mới.",
     [("9.500 hồ sơ", "received_total", 9500, None), ("400 hồ sơ", "carried_over", 400, None),
      ("9.100 hồ sơ", "received_in_period", 9100, None)]),
    # neg: a breakdown by channel names no part that makes a received total
    ("Hệ thống ghi nhận 9.500 hồ sơ, gồm 9.000 hồ sơ hợp lệ.",
     [("9.500 hồ sơ", "other", 9500, None), ("9.000 hồ sơ", "other", 9000, None)]),
    # --- a scoped part of a feedback total -----------------------------------------------------------------------------
    ("Đường dây nóng tiếp nhận 60 phản ánh, kiến nghị, trong đó có tới 41 phản ánh liên quan đến lĩnh vực xây dựng.",
     [("60 phản ánh, kiến nghị", "feedback_received", 60, None), ("41 phản ánh", "feedback_received", 41, "xây dựng")]),
    # --- online services with their level, "trực tuyến" unsaid --------------------------------------------------------
    ("Tỉnh cung cấp 310 dịch vụ công mức độ 3 và 95 dịch vụ công mức độ 4.",
     [("310 dịch vụ công", "procedures_online_partial", 310, None),
      ("95 dịch vụ công", "procedures_online_full", 95, None)]),
    ("Huyện có 40 dịch vụ công toàn trình.", [("40 dịch vụ công", "procedures_online_full", 40, None)]),
    # neg: a public service with no level is no count of procedures
    ("Cung cấp 120 dịch vụ công cho người dân.", []),
    # --- lower-case parts with their unit word in a total's brackets ----------------------------------------------------
    ("- Phòng Văn hóa: 530 hồ sơ (xây dựng 500 hồ sơ, văn hóa 30 hồ sơ);",
     [("530 hồ sơ", "received_total", 530, "Phòng Văn hóa"),
      ("500 hồ sơ", "received_total", 500, "xây dựng"), ("30 hồ sơ", "received_total", 30, "văn hóa")]),
    ("Tiếp nhận 260 hồ sơ (đất đai 200 hồ sơ; tư pháp 50 hồ sơ và lao động 10 hồ sơ).",
     [("260 hồ sơ", "received_total", 260, None), ("200 hồ sơ", "received_total", 200, "đất đai"),
      ("50 hồ sơ", "received_total", 50, "tư pháp"), ("10 hồ sơ", "received_total", 10, "lao động")]),
    # neg: parts that do not make up the total; a channel or status; an act on the procedure set
    # (parts that do not make up the total still name their fields: corpus/GOLD.md, eighth session)
    ("Tiếp nhận 900 hồ sơ (đất đai 200 hồ sơ, tư pháp 50 hồ sơ).",
     [("900 hồ sơ", "received_total", 900, None), ("200 hồ sơ", "received_total", 200, "đất đai"),
      ("50 hồ sơ", "received_total", 50, "tư pháp")]),
    ("Đã giải quyết 250 hồ sơ (đúng hạn 240 hồ sơ, quá hạn 10 hồ sơ).",
     [("250 hồ sơ", "resolved_total", 250, None), ("240 hồ sơ", "resolved_on_time", 240, None),
      ("10 hồ sơ", "resolved_late", 10, None)]),
    ("Công bố 70 TTHC (trong đó ban hành mới 30 TTHC, sửa đổi 25 TTHC, bãi bỏ 15 TTHC).",
     [("70 TTHC", "procedures_total", 70, None), ("30 TTHC", "other", 30, None), ("25 TTHC", "other", 25, None),
      ("15 TTHC", "other", 15, None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_counts(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected
