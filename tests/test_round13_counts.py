"""Round 13, family COUNTS: the metric of counts framed by what is around them, and counts not found.

- the next item of a list is parallel to the item before: a count opening it continues that item's FIRST count,
  not its last (``- Chi nhánh …: 400 hồ sơ, quá hạn 2 hồ sơ;`` over ``- Công an: 300 hồ sơ`` is received)
  (figure_lists.sibling_item, figure_counts.read_count CASE 4);
- list lines marked otherwise than the line a count ends (``3. Số hồ sơ đang giải quyết: 72 hồ sơ`` over ``+ Quá hạn:
  0 hồ sơ``) are its parts, as after ``…, trong đó:`` (figures._analyse);
- a numbered heading naming a kind of dossier (``2. Hồ sơ đã giải quyết quá hạn``) names the first count of its
  section when that count has nothing of its own before it (``Tổng số 14 hồ sơ, cụ thể:``), and through it the list
  under it (figure_sections.heading_metric);
- list lines with words of their own under a late count's introduction (``còn 05 hồ sơ quá hạn:`` over ``+ 02 hồ sơ
  chuyển mục đích …: đang chờ …``) tell the late dossiers one case at a time: ``other`` (GOLD.md)
  (figure_sections.explains_late);
- the postal channel framing a count (``Qua dịch vụ bưu chính công ích, … tiếp nhận 9.000 hồ sơ``, ``trả kết quả
  2.000 hồ sơ qua bưu điện``) is ``other`` whatever the verb (GOLD.md, third session)
  (figure_count_words.postal_channel);
- ``lần lượt 5.812, 5.407 và 4.963 hồ sơ``: bare numbers of a run closed by one unit word are counts of that unit;
  ``cấp tỉnh là 174.305, cấp huyện 498.762 và cấp xã 839.537``: bare counts after their own short labels continue the
  first (figure_family.run_family, count_family).

Every sentence is made up. Each case lists (text, metric, value) of every count of dossiers, procedures or feedback
of its text, in order (scopes are another battery's).
"""

from __future__ import annotations

import pytest

from tests.helpers import MONTHLY_COMMUNE as COMMUNE
from tests.helpers import count_rows

Row = tuple[str, str, int]


def rows(text: str) -> list[Row]:
    return count_rows(text, "text", "metric", "value")


CASES: list[tuple[str, list[Row]]] = [
    # --- the next item of a list continues the first count of the item before --------------------------------------
    ("Số hồ sơ tiếp nhận theo từng đơn vị:\n- Văn phòng đăng ký đất đai: 1.200 hồ sơ, đã giải quyết 1.100 hồ sơ, "
     "trễ hạn 15 hồ sơ;\n- Công an xã: 640 hồ sơ;\n- Phòng Văn hóa - Xã hội: 75 hồ sơ.",
     [("1.200 hồ sơ", "received_total", 1200), ("1.100 hồ sơ", "resolved_total", 1100),
      ("15 hồ sơ", "resolved_late", 15), ("640 hồ sơ", "received_total", 640), ("75 hồ sơ", "received_total", 75)]),
    ("Số hồ sơ tiếp nhận:\n+ Công an xã: 980 hồ sơ, quá hạn 4 hồ sơ\n+ Trạm y tế: 55 hồ sơ",
     [("980 hồ sơ", "received_total", 980), ("4 hồ sơ", "resolved_late", 4), ("55 hồ sơ", "received_total", 55)]),
    # negative: within one item, the list goes on from the count right before
    ("Đã giải quyết 500 hồ sơ, trong đó trước hạn 450 hồ sơ, đúng hạn 47 hồ sơ, lĩnh vực khác 3 hồ sơ.",
     [("500 hồ sơ", "resolved_total", 500), ("450 hồ sơ", "resolved_early", 450),
      ("47 hồ sơ", "resolved_on_time", 47), ("3 hồ sơ", "resolved_on_time", 3)]),
    # --- list lines under a count that ends its line ----------------------------------------------------------------
    ("3. Hồ sơ đang xử lý: 41 hồ sơ\n+ Trong hạn: 39 hồ sơ\n+ Quá hạn: 2 hồ sơ",
     [("41 hồ sơ", "pending_total", 41), ("39 hồ sơ", "pending_in_time", 39), ("2 hồ sơ", "pending_late", 2)]),
    ("Số hồ sơ đang giải quyết: 18 hồ sơ\n- Còn hạn: 18 hồ sơ\n- Trễ hạn: 0 hồ sơ",
     [("18 hồ sơ", "pending_total", 18), ("18 hồ sơ", "pending_in_time", 18), ("0 hồ sơ", "pending_late", 0)]),
    # negative: under a resolved count a late line stays resolved late
    ("2. Số hồ sơ đã giải quyết: 300 hồ sơ\n+ Đúng hạn: 296 hồ sơ\n+ Quá hạn: 4 hồ sơ",
     [("300 hồ sơ", "resolved_total", 300), ("296 hồ sơ", "resolved_on_time", 296), ("4 hồ sơ", "resolved_late", 4)]),
    # negative: sibling lines marked alike are no parts
    ("- Đang giải quyết: 25 hồ sơ\n- Quá hạn: 3 hồ sơ",
     [("25 hồ sơ", "pending_total", 25), ("3 hồ sơ", "resolved_late", 3)]),
    # --- a heading naming a kind of dossier ------------------------------------------------------------------------
    ("1. Hồ sơ trả kết quả quá hạn\nTổng số 8 hồ sơ, cụ thể:\n- Lĩnh vực Hộ tịch: 5 hồ sơ;\n- Lĩnh vực Đất đai: 3 hồ sơ.",
     [("8 hồ sơ", "resolved_late", 8), ("5 hồ sơ", "resolved_late", 5), ("3 hồ sơ", "resolved_late", 3)]),
    ("II. Hồ sơ đang giải quyết\nCó 27 hồ sơ.",
     [("27 hồ sơ", "pending_total", 27)]),
    # negative: a count with a cue of its own keeps it
    ("1. Hồ sơ trả kết quả quá hạn\nĐã tiếp nhận 60 hồ sơ.",
     [("60 hồ sơ", "received_total", 60)]),
    # negative: a heading naming only a topic names nothing ("Kết quả …")
    ("2. Kết quả giải quyết hồ sơ\nTổng số 700 hồ sơ.",
     [("700 hồ sơ", "received_total", 700)]),
    # --- late dossiers told one case at a time under their introduction ---------------------------------------------
    ("Hiện còn 3 hồ sơ đang giải quyết quá hạn, gồm:\n+ 2 hồ sơ cấp giấy phép xây dựng: chờ thẩm định;\n"
     "+ 1 hồ sơ đăng ký biến động đất đai: đang đo đạc.",
     [("3 hồ sơ", "pending_late", 3), ("2 hồ sơ", "other", 2), ("1 hồ sơ", "other", 1)]),
    # negative: the same shape under a count that is not late keeps the list's metric
    ("Đã tiếp nhận 30 hồ sơ, gồm:\n+ 20 hồ sơ cấp giấy phép xây dựng;\n+ 10 hồ sơ đăng ký biến động đất đai.",
     [("30 hồ sơ", "received_total", 30), ("20 hồ sơ", "received_total", 20), ("10 hồ sơ", "received_total", 10)]),
    # --- the postal channel framing a count -------------------------------------------------------------------------
    ("Qua dịch vụ bưu chính công ích, Bộ phận một cửa đã tiếp nhận 410 hồ sơ.",
     [("410 hồ sơ", "other", 410)]),
    ("Trong tháng, xã trả kết quả 95 hồ sơ qua bưu điện.",
     [("95 hồ sơ", "other", 95)]),
    ("Có 1.250 hồ sơ được tiếp nhận và trả kết quả qua dịch vụ bưu chính công ích.",
     [("1.250 hồ sơ", "other", 1250)]),
    # negatives: in person and by post together is received_direct; another figure's channel is not this one's
    ("Tiếp nhận trực tiếp và qua bưu chính 320 hồ sơ.",
     [("320 hồ sơ", "received_direct", 320)]),
    ("Tiếp nhận 900 hồ sơ, trong đó qua bưu chính công ích 40 hồ sơ, trực tuyến 700 hồ sơ.",
     [("900 hồ sơ", "received_total", 900), ("40 hồ sơ", "other", 40), ("700 hồ sơ", "received_online", 700)]),
    ("Xã tiếp nhận 60 hồ sơ qua bưu chính công ích và tiếp nhận 410 hồ sơ.",
     [("60 hồ sơ", "other", 60), ("410 hồ sơ", "received_total", 410)]),
    ("Người dân nộp hồ sơ qua bưu chính, trực tuyến hoặc trực tiếp; tổng số hồ sơ tiếp nhận là 2.300 hồ sơ.",
     [("2.300 hồ sơ", "received_total", 2300)]),
    # --- bare numbers of a run -------------------------------------------------------------------------------------
    ("Ba xã có số hồ sơ tiếp nhận cao nhất là An Hòa, Bình Minh và Tân Phú, lần lượt 1.204, 1.150 và 998 hồ sơ.",
     [("1.204", "received_total", 1204), ("1.150", "received_total", 1150), ("998 hồ sơ", "received_total", 998)]),
    ("Số hồ sơ tiếp nhận ở cấp tỉnh là 52.300, cấp huyện 81.450 và cấp xã 120.900.",
     [("52.300", "received_total", 52300), ("81.450", "received_total", 81450), ("120.900", "received_total", 120900)]),
    # negatives: numbers of other things stay out; a run's bare numbers need its unit word
    ("Năm 2025 có 3, 4 và 5 đơn vị đạt chuẩn; đã tiếp nhận 600 hồ sơ.",
     [("600 hồ sơ", "received_total", 600)]),
]


@pytest.mark.parametrize(("body", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_counts(body: str, expected: list[Row]) -> None:
    assert rows(COMMUNE + body) == expected
