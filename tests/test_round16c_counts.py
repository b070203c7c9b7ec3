"""Round 16, third wave (counts, from the probe battery): a figure opening its line keeps its own verb after it, the
first verb of a compound cue after a figure is that figure's, dossiers with fees collected or waived and dossiers
sent through a channel with no key are other, a status kept when the backlog is carried to the next period, a list
item keyed "the rest" or "other" continues no keyed item, "một" read as a number, "chỉ còn" still open.

Made-up sentences; positive cases and the readings that must not change.
"""

from __future__ import annotations

import pytest

from tests.helpers import COMMUNE, NEWS, count_rows

TITLE_Y = "ỦY BAN NHÂN DÂN\nXÃ HÒA AN\n\nBÁO CÁO\nKết quả giải quyết thủ tục hành chính năm 2025\n\n"
HEADLINE = "Huyện Lạc Sơn: chuyển biến trong giải quyết thủ tục hành chính\n\n03/10/2025\n\n"

# (opening, text, expected counts as (text, metric))
CASES = [
    # 1. a figure opening its paragraph under a title with a verb: its own verb (and channel) after it wins
    (TITLE_Y, "42 hồ sơ được tiếp nhận trực tiếp tại Bộ phận một cửa, 300 hồ sơ đã được giải quyết.",
     [("42 hồ sơ", "received_direct"), ("300 hồ sơ", "resolved_total")]),
    (HEADLINE, "Gần 9.800 hồ sơ trực tuyến đã được tiếp nhận trong quý III.", [("9.800 hồ sơ", "received_online")]),
    (TITLE_Y, "25 phản ánh, kiến nghị đã được tiếp nhận, 20 phản ánh, kiến nghị đã được xử lý.",
     [("25 phản ánh, kiến nghị", "feedback_received"), ("20 phản ánh, kiến nghị", "feedback_handled")]),
    (TITLE_Y, "Kết quả:\n- 610 hồ sơ được tiếp nhận trực tuyến;\n- 75 hồ sơ được nộp trực tiếp.",
     [("610 hồ sơ", "received_online"), ("75 hồ sơ", "received_direct")]),
    (COMMUNE, "Trong kỳ, 310 hồ sơ đã được tiếp nhận trực tuyến.", [("310 hồ sơ", "received_online")]),
    # unchanged: a verb before the figure on its own line, a figure with no verb of its own after it
    (TITLE_Y, "Xã đã giải quyết 300 hồ sơ tiếp nhận trong kỳ.", [("300 hồ sơ", "resolved_total")]),
    (TITLE_Y, "Đã tiếp nhận:\n120 hồ sơ.", [("120 hồ sơ", "received_total")]),
    # 2. a compound cue after a figure that leads the next figure: its first verb is the figure's
    (NEWS, "Kết quả của các xã:\n- Xã Đông Hà: 820 hồ sơ tiếp nhận, đã giải quyết 815 hồ sơ;\n"
           "- Xã Tây Hà: 640 hồ sơ tiếp nhận và giải quyết 633 hồ sơ.",
     [("820 hồ sơ", "received_total"), ("815 hồ sơ", "resolved_total"), ("640 hồ sơ", "received_total"),
      ("633 hồ sơ", "resolved_total")]),
    (COMMUNE, "Có 994 hồ sơ đã được tiếp nhận và đã giải quyết 789 hồ sơ.",
     [("994 hồ sơ", "received_total"), ("789 hồ sơ", "resolved_total")]),
    # unchanged: one figure for both verbs
    (COMMUNE, "Đã tiếp nhận và giải quyết 656 hồ sơ.", [("656 hồ sơ", "received_total")]),
    # 3. fees collected or waived, a keyless set right after the unit word
    (COMMUNE, "Tiếp nhận 150 hồ sơ có thu phí, lệ phí.", [("150 hồ sơ", "other")]),
    (COMMUNE, "Đã giải quyết 90 hồ sơ có thu lệ phí.", [("90 hồ sơ", "other")]),
    (COMMUNE, "Thu phí, lệ phí đối với 760 hồ sơ, số tiền 30 triệu đồng.", [("760 hồ sơ", "other")]),
    (COMMUNE, "Miễn lệ phí cho 45 hồ sơ đăng ký khai sinh.", [("45 hồ sơ", "other")]),
    (COMMUNE, "Thu phí trực tuyến 1,5 tỷ đồng từ 9.100 hồ sơ.", [("9.100 hồ sơ", "other")]),
    (COMMUNE, "Tiếp nhận 300 hồ sơ được thanh toán trực tuyến.", [("300 hồ sơ", "other")]),
    # unchanged: an amount after the fee words is no count of dossiers, the verb before the unit word keeps its count
    (COMMUNE, "Đã giải quyết 2.400 hồ sơ, thu lệ phí 18.500.000 đồng.", [("2.400 hồ sơ", "resolved_total")]),
    (COMMUNE, "Tiếp nhận 450 hồ sơ, trong đó 120 hồ sơ trực tuyến.",
     [("450 hồ sơ", "received_total"), ("120 hồ sơ", "received_online")]),
    # 4. a channel with no key (a chat application, e-mail, the telephone) is other, not a total
    (COMMUNE, "Hồ sơ gửi qua Zalo: 14 hồ sơ; hồ sơ nộp trực tuyến: 380 hồ sơ.",
     [("14 hồ sơ", "other"), ("380 hồ sơ", "received_online")]),
    (COMMUNE, "Xã tiếp nhận qua thư điện tử 7 hồ sơ, trực tiếp 52 hồ sơ.",
     [("7 hồ sơ", "other"), ("52 hồ sơ", "received_direct")]),
    (COMMUNE, "Tiếp nhận 410 hồ sơ, trong đó qua email 9 hồ sơ, trực tuyến 300 hồ sơ.",
     [("410 hồ sơ", "received_total"), ("9 hồ sơ", "other"), ("300 hồ sơ", "received_online")]),
    (COMMUNE, "Tiếp nhận 60 hồ sơ qua Zalo.", [("60 hồ sơ", "other")]),
    # unchanged: the portal is the online channel
    (COMMUNE, "Tiếp nhận qua Cổng dịch vụ công 210 hồ sơ.", [("210 hồ sơ", "received_online")]),
    # 5. the status kept when the open dossiers are carried to the next period
    (COMMUNE, "Hồ sơ đang giải quyết trong hạn chuyển sang kỳ sau: 08 hồ sơ.", [("08 hồ sơ", "pending_in_time")]),
    (COMMUNE, "Số hồ sơ quá hạn chuyển sang tháng sau là 02 hồ sơ.", [("02 hồ sơ", "pending_late")]),
    (COMMUNE, "Hồ sơ còn trong hạn chuyển qua quý tiếp theo: 17 hồ sơ.", [("17 hồ sơ", "pending_in_time")]),
    # unchanged: carried on with no status
    (COMMUNE, "Hồ sơ chuyển sang kỳ sau: 11 hồ sơ.", [("11 hồ sơ", "pending_total")]),
    # 6. a list item keyed "the rest" or "other" in a list of keyed items
    (COMMUNE, "Kết quả tiếp nhận theo hình thức:\n- Trực tuyến: 520 hồ sơ;\n- Trực tiếp: 60 hồ sơ;\n- Khác: 4 hồ sơ.",
     [("520 hồ sơ", "received_online"), ("60 hồ sơ", "received_direct"), ("4 hồ sơ", "other")]),
    (COMMUNE, "Tổng số TTHC của xã: 290 thủ tục, trong đó:\n+ DVCTT toàn trình: 140 thủ tục;\n"
              "+ DVCTT một phần: 110 thủ tục;\n+ Còn lại: 40 thủ tục.",
     [("290 thủ tục", "procedures_total"), ("140 thủ tục", "procedures_online_full"),
      ("110 thủ tục", "procedures_online_partial"), ("40 thủ tục", "other")]),
    (COMMUNE, "Tiếp nhận 500 hồ sơ:\n+ Trực tuyến: 400 hồ sơ\n+ Các hình thức khác: 100 hồ sơ",
     [("500 hồ sơ", "received_total"), ("400 hồ sơ", "received_online"), ("100 hồ sơ", "other")]),
    # unchanged: in a list of fields the rest is one more item of the list's metric
    (COMMUNE, "Đã giải quyết 900 hồ sơ. Cụ thể:\n- Lĩnh vực đất đai: 300 hồ sơ;\n- Lĩnh vực tư pháp: 500 hồ sơ;\n"
              "- Khác: 100 hồ sơ.",
     [("900 hồ sơ", "resolved_total"), ("300 hồ sơ", "resolved_total"), ("500 hồ sơ", "resolved_total"),
      ("100 hồ sơ", "resolved_total")]),
    (COMMUNE, "Đã giải quyết 900 hồ sơ. Cụ thể:\n- Lĩnh vực đất đai: 300 hồ sơ;\n- Lĩnh vực khác: 600 hồ sơ.",
     [("900 hồ sơ", "resolved_total"), ("300 hồ sơ", "resolved_total"), ("600 hồ sơ", "resolved_total")]),
    # 7. "một" is a number before a counted noun in a sentence with digit counts
    (COMMUNE, "Xã đã giải quyết 74 hồ sơ, còn một hồ sơ đang giải quyết trong hạn.",
     [("74 hồ sơ", "resolved_total"), ("một hồ sơ", "pending_in_time")]),
    (COMMUNE, "Trong kỳ giải quyết 45 hồ sơ đúng hạn và một hồ sơ quá hạn.",
     [("45 hồ sơ", "resolved_on_time"), ("một hồ sơ", "resolved_late")]),
    (COMMUNE, "Đã giải quyết 2.100 hồ sơ, chỉ còn một hồ sơ quá hạn.",
     [("2.100 hồ sơ", "resolved_total"), ("một hồ sơ", "pending_late")]),
    # unchanged: "một cửa", "một số", "một phần", "một trong"; "một" in a sentence with no digit count; compounds
    (COMMUNE, "Tiếp nhận 120 hồ sơ tại Bộ phận một cửa, một số hồ sơ phải bổ sung.", [("120 hồ sơ", "received_total")]),
    (COMMUNE, "Tiếp nhận 120 hồ sơ, trong đó một phần hồ sơ nộp trực tuyến.", [("120 hồ sơ", "received_total")]),
    (COMMUNE, "Một hồ sơ quá hạn thuộc lĩnh vực đất đai.", []),
    # "có một hồ sơ" stays an article (tests/test_figures_counts_prose.py), so does "một" opening a clause
    (COMMUNE, "Xã đã giải quyết 30 hồ sơ, trong đó có một hồ sơ phải gia hạn.", [("30 hồ sơ", "resolved_total")]),
    (COMMUNE, "Trong kỳ có 45 hồ sơ được giải quyết; một hồ sơ bị trả lại.", [("45 hồ sơ", "resolved_total")]),
    (COMMUNE, "Hai mươi một hồ sơ quá hạn, 30 hồ sơ đúng hạn.",
     [("Hai mươi một hồ sơ", "resolved_late"), ("30 hồ sơ", "resolved_on_time")]),
    # "chỉ còn" is open; a bare "còn" closing a breakdown stays the rest of it
    (COMMUNE, "Đã giải quyết 800 hồ sơ, chỉ còn 3 hồ sơ quá hạn.",
     [("800 hồ sơ", "resolved_total"), ("3 hồ sơ", "pending_late")]),
    (COMMUNE, "Tiếp nhận 1.236 hồ sơ, đúng hạn 1.222 hồ sơ, còn 14 hồ sơ trễ hạn.",
     [("1.236 hồ sơ", "received_total"), ("1.222 hồ sơ", "resolved_on_time"), ("14 hồ sơ", "resolved_late")]),
]


@pytest.mark.parametrize(("opening", "text", "expected"), CASES)
def test_round16c_counts(opening: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert count_rows(opening + text, "text", "metric") == expected
