"""Round 17 wave 4 (counts): the parts of an intake told as short labels under an introduction ending on a verb of
receiving (``tiếp nhận:`` over ``- mới: 487;``) and their sum line (``=> tổng``, ``= tổng``, ``→ tổng cộng``); the
labelled parts after a count's key and a colon (``- 3 HS trễ hạn: đất đai 2, hộ tịch 1``); the parts of a late count
by sub-unit in the bracket after it, inside a larger breakdown (``…, trong đó: …, quá hạn 75 (Chi nhánh A 71, …)``);
online submission named by its channel (``qua môi trường mạng``, ``qua dịch vụ công trực tuyến``, ``qua DVCTT``) and a
run of service levels (``mức độ 3, 4``) that is no figure; a part of an interlinked total keeps interlinked; an earlier
period's figure in the bracket after ``so với <period>`` or after a count (``(tháng 02/2026: 598)``); every scoped part
of a feedback total by channel keeps the total's metric (``(đường dây nóng 01, trực tiếp 01)``).

Made-up sentences; positive cases and the readings that must not change.
"""

from __future__ import annotations

import pytest

from tests.helpers import COMMUNE, DISTRICT, NEWS, count_rows

# (opening, text, expected counts as (text, metric, scope))
CASES = [
    # 1. short labels under a receiving introduction, and their sum line
    (COMMUNE, "Trong tháng, Bộ phận tiếp nhận và trả kết quả xã tiếp nhận:\n- mới: 215;\n- kỳ trước chuyển sang: 9;\n"
              "=> tổng 224 hồ sơ.",
     [("215", "received_in_period", None), ("9", "carried_over", None), ("224 hồ sơ", "received_total", None)]),
    (COMMUNE, "Trung tâm Phục vụ hành chính công xã đã tiếp nhận:\n+ Tiếp nhận mới 410 hồ sơ\n+ Kỳ trước chuyển qua 6 hồ sơ\n"
              "= tổng 416 hồ sơ",
     [("410 hồ sơ", "received_in_period", None), ("6 hồ sơ", "carried_over", None),
      ("416 hồ sơ", "received_total", None)]),
    (COMMUNE, "Trong quý tiếp nhận:\n- phát sinh trong kỳ: 730\n- kỳ trước chuyển sang: 21\n→ tổng cộng 751 hồ sơ.",
     [("730", "received_in_period", None), ("21", "carried_over", None), ("751 hồ sơ", "received_total", None)]),
    # negative: the same labels under an introduction of another verb, or of no verb
    (COMMUNE, "Đã giải quyết:\n- mới: 40;\n- đúng hạn: 38;\n=> tổng 40 hồ sơ.",
     [("38", "resolved_on_time", None), ("40 hồ sơ", "other", None)]),
    (COMMUNE, "Kết quả:\n- mới: 4", []),
    # 2. labelled parts after a count's key and a colon
    (COMMUNE, "- 4 HS quá hạn: chứng thực 3, hộ tịch 1 (do thiếu giấy tờ).",
     [("4 HS", "resolved_late", None), ("3", "resolved_late", "chứng thực"), ("1", "resolved_late", "hộ tịch")]),
    (COMMUNE, "Trễ hạn 6 hồ sơ thuộc: Phòng Kinh tế 4; Văn phòng HĐND và UBND 2.",
     [("6 hồ sơ", "resolved_late", None), ("4", "resolved_late", "Phòng Kinh tế"),
      ("2", "resolved_late", "Văn phòng HĐND và UBND")]),
    (COMMUNE, "- Đang giải quyết 15 hồ sơ gồm: đất đai 11, xây dựng 4.",
     [("15 hồ sơ", "pending_total", None), ("11", "pending_total", "đất đai"), ("4", "pending_total", "xây dựng")]),
    # negative: a part named by its status is read by its cue, not scoped by its words
    (COMMUNE, "Tiếp nhận 200 hồ sơ. Kết quả: 198 đúng hạn, 2 quá hạn.", [("200 hồ sơ", "received_total", None)]),
    # the parts of a late count by sub-unit in its bracket, inside the breakdown of what was resolved
    (DISTRICT, "- Số hồ sơ đã giải quyết: 3.120 hồ sơ, trong đó: trước hạn 2.600, đúng hạn 478, quá hạn 42 (Chi nhánh "
               "Văn phòng đăng ký đất đai 39, Phòng Kinh tế và Hạ tầng 3).",
     [("3.120 hồ sơ", "resolved_total", None), ("2.600", "resolved_early", None), ("478", "resolved_on_time", None),
      ("42", "resolved_late", None), ("39", "resolved_late", "Chi nhánh Văn phòng đăng ký đất đai"),
      ("3", "resolved_late", "Phòng Kinh tế và Hạ tầng")]),
    (COMMUNE, "Đang giải quyết 30 hồ sơ, trong đó: trong hạn 26, quá hạn 4 (đất đai 3, xây dựng 1).",
     [("30 hồ sơ", "pending_total", None), ("26", "pending_in_time", None), ("4", "pending_late", None),
      ("3", "pending_late", "đất đai"), ("1", "pending_late", "xây dựng")]),
    # negative: a scoped part of the breakdown itself, no bracket of a nearer count, keeps the breakdown's total
    (COMMUNE, "Đã giải quyết 500 hồ sơ, trong đó lĩnh vực đất đai 120 hồ sơ.",
     [("500 hồ sơ", "resolved_total", None), ("120 hồ sơ", "resolved_total", "đất đai")]),
    # 3. online submission named by its channel; a run of service levels is no figure
    (COMMUNE, "Trong kỳ tiếp nhận 1.900 hồ sơ; số hồ sơ người dân nộp qua môi trường mạng là 1.020, chiếm 53,7%.",
     [("1.900 hồ sơ", "received_total", None), ("1.020", "received_online", None)]),
    (NEWS, "Toàn tỉnh trễ hạn 410 hồ sơ. Số hồ sơ nộp qua dịch vụ công trực tuyến mức độ 3, 4 là 5.230 hồ sơ.",
     [("410 hồ sơ", "resolved_late", None), ("5.230 hồ sơ", "received_online", None)]),
    (COMMUNE, "Số hồ sơ gửi qua DVCTT là 640 hồ sơ; có 230 hồ sơ được nộp thông qua môi trường mạng.",
     [("640 hồ sơ", "received_online", None), ("230 hồ sơ", "received_online", None)]),
    # negative: a direct channel stays direct
    (COMMUNE, "Số hồ sơ nộp trực tiếp tại Bộ phận Một cửa là 870 hồ sơ.", [("870 hồ sơ", "received_direct", None)]),
    # 4. a part of an interlinked total keeps interlinked, whatever its own verb
    (COMMUNE, "Hồ sơ của các thủ tục liên thông đăng ký khai sinh, đăng ký thường trú là 140 hồ sơ, trong đó có 131 hồ sơ "
              "đã được giải quyết hoàn toàn trên môi trường điện tử.",
     [("140 hồ sơ", "interlinked", None), ("131 hồ sơ", "interlinked", None)]),
    # negative: a part of a received total told by its own verb keeps its own verb
    (COMMUNE, "Đã giải quyết 3.996 hồ sơ, trong đó: đang giải quyết trong hạn: 49 hồ sơ.",
     [("3.996 hồ sơ", "resolved_total", None), ("49 hồ sơ", "pending_in_time", None)]),
    # 5. an earlier period's figure in the bracket after "so với <period>", or after a count with a period's label
    (COMMUNE, "Số hồ sơ tiếp nhận 9 tháng năm 2026 tăng 205 hồ sơ so với 9 tháng năm 2025 (2.310 hồ sơ).",
     [("205 hồ sơ", "other", None), ("2.310 hồ sơ", "received_total", None)]),
    (COMMUNE, "Hồ sơ trễ hạn giảm 9 hồ sơ so với quý I/2026 (15 hồ sơ).",
     [("9 hồ sơ", "other", None), ("15 hồ sơ", "resolved_late", None)]),
    (COMMUNE, "Trong tháng tiếp nhận 540 HS (tháng 4/2026: 498), đã giải quyết 521 hồ sơ (năm 2025: 490).",
     [("540 HS", "received_total", None), ("498", "received_total", None), ("521 hồ sơ", "resolved_total", None),
      ("490", "resolved_total", None)]),
    # negative: a bracket of several sub-periods, or of a channel, is no earlier figure
    (COMMUNE, "Tiếp nhận 120 hồ sơ (trực tuyến: 60).",
     [("120 hồ sơ", "received_total", None), ("60", "received_online", None)]),
    # 6. every scoped part of a feedback total keeps the total's metric, not only the first one
    (COMMUNE, "3. Phản ánh, kiến nghị\n- Nhận 03 (hòm thư 02, trực tiếp 01); xử lý xong 03.",
     [("03", "feedback_received", None), ("02", "feedback_received", "hòm thư"),
      ("01", "feedback_received", "trực tiếp"), ("03", "feedback_handled", None)]),
    (COMMUNE, "Tổng số PAKN tiếp nhận: 05, trong đó qua ứng dụng Zalo 03, đường dây nóng 02.",
     [("05", "feedback_received", None), ("03", "feedback_received", "ứng dụng Zalo"),
      ("02", "feedback_received", "đường dây nóng")]),
    # negative: an unscoped status part of a feedback total has no key of its own
    (COMMUNE, "Tiếp nhận 04 PAKN (đã xử lý 03, đang xử lý 01).",
     [("04 PAKN", "feedback_received", None), ("03", "feedback_handled", None), ("01", "other", None)]),
]


@pytest.mark.parametrize(("opening", "text", "expected"), CASES)
def test_round17d_counts(opening: str, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert count_rows(opening + text, "text", "metric", "scope") == expected


def test_keyed_parts_stay_linear() -> None:
    """A long line of labelled parts after a key is read in time linear in its length."""
    import time

    parts = ", ".join(f"lĩnh vực số {k} {k % 7 + 1}" for k in range(400))
    text = COMMUNE + f"- 1.600 HS quá hạn: {parts}.\n"
    t = time.perf_counter()
    count_rows(text, "text", "metric")
    assert time.perf_counter() - t < 10
