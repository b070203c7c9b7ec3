"""Round 17 (counts): a kind of dossier with a key of its own named after the unit word (liên thông) and the parts of
such a total; dossiers handed over by former units are carried over; a running total (lũy kế) takes the metric of its
sentence or section; a verbless total (Tổng cộng, Tổng:) is what came in; a clause singling a part out ends an
average's frame, and an average has no parts; a channel word of a later rate does not qualify a count.

Made-up sentences; positive cases and the readings that must not change.
"""

from __future__ import annotations

import pytest

from tests.helpers import COMMUNE, NEWS, count_rows

BODY = COMMUNE + "Kết quả cụ thể như sau.\n"

# (opening, text, expected counts as (text, metric))
CASES = [
    # 1. a kind with a key of its own right after the unit word wins over the handling verb before it; the parts of
    # such a total (in brackets, after "gồm", "trong đó", as list lines) inherit it
    (COMMUNE, "Tiếp nhận, giải quyết 210 hồ sơ liên thông điện tử (khai sinh - thường trú 180 hồ sơ; khai tử 30 hồ sơ).",
     [("210 hồ sơ", "interlinked"), ("180 hồ sơ", "interlinked"), ("30 hồ sơ", "interlinked")]),
    (COMMUNE, "Đã giải quyết 95 hồ sơ liên thông, gồm: đăng ký khai sinh 60 hồ sơ, khai tử 35 hồ sơ.",
     [("95 hồ sơ", "interlinked"), ("60 hồ sơ", "interlinked"), ("35 hồ sơ", "interlinked")]),
    (COMMUNE, "Trả kết quả 88 hồ sơ liên thông, trong đó khai sinh 50 hồ sơ, khai tử 38 hồ sơ.",
     [("88 hồ sơ", "interlinked"), ("50 hồ sơ", "interlinked"), ("38 hồ sơ", "interlinked")]),
    (COMMUNE, "Tiếp nhận 95 hồ sơ liên thông:\n- Khai sinh, thường trú, BHYT: 60 hồ sơ;\n- Khai tử, mai táng phí: 35 hồ sơ.",
     [("95 hồ sơ", "interlinked"), ("60 hồ sơ", "interlinked"), ("35 hồ sơ", "interlinked")]),
    (COMMUNE, "Xã tiếp nhận 500 hồ sơ được số hóa.", [("500 hồ sơ", "other")]),
    (COMMUNE, "Đã giải quyết 480 hồ sơ số hóa kết quả.", [("480 hồ sơ", "other")]),
    # unchanged: a kind told in a clause of its own, the one-stop mechanism, the fully-online service as a scope
    (COMMUNE, "Tiếp nhận 500 hồ sơ, liên thông 20 hồ sơ.", [("500 hồ sơ", "received_total"), ("20 hồ sơ", "interlinked")]),
    (COMMUNE, "Tiếp nhận 500 hồ sơ, trong đó 20 hồ sơ liên thông.",
     [("500 hồ sơ", "received_total"), ("20 hồ sơ", "interlinked")]),
    (COMMUNE, "Tiếp nhận 500 hồ sơ theo cơ chế một cửa liên thông.", [("500 hồ sơ", "received_total")]),
    (COMMUNE, "Tiếp nhận 500 hồ sơ một cửa liên thông.", [("500 hồ sơ", "received_total")]),
    (COMMUNE, "Tiếp nhận 340 hồ sơ trực tuyến toàn trình.", [("340 hồ sơ", "received_online")]),
    # 2. dossiers handed over by former units or the previous period
    (COMMUNE, "Về tiếp nhận, 1.200 hồ sơ là tổng số hồ sơ Trung tâm đã tiếp nhận, trong đó có 40 hồ sơ do các xã Tân Lập, "
              "Tân Hòa (cũ) chuyển giao khi sắp xếp đơn vị hành chính.",
     [("1.200 hồ sơ", "received_total"), ("40 hồ sơ", "carried_over")]),
    (BODY, "Hồ sơ do các xã cũ bàn giao: 27 hồ sơ.", [("27 hồ sơ", "carried_over")]),
    (COMMUNE, "Xã nhận bàn giao 27 hồ sơ từ các xã cũ.", [("27 hồ sơ", "carried_over")]),
    (COMMUNE, "Xã tiếp nhận 1.200 hồ sơ, trong đó 40 hồ sơ tiếp nhận từ các xã cũ.",
     [("1.200 hồ sơ", "received_total"), ("40 hồ sơ", "carried_over")]),
    (COMMUNE, "Tiếp nhận 1.200 hồ sơ, trong đó 40 hồ sơ được bàn giao từ xã Phú Lâm trước sắp xếp.",
     [("1.200 hồ sơ", "received_total"), ("40 hồ sơ", "carried_over")]),
    (COMMUNE, "Tiếp nhận 1.200 hồ sơ; 40 hồ sơ từ các phường cũ chuyển về.",
     [("1.200 hồ sơ", "received_total"), ("40 hồ sơ", "carried_over")]),
    # unchanged: dossiers sent on to another office, interlinked ones, a backlog carried to the next period, a
    # breakdown after the total, a status of the handed-over dossiers, a portal as the source
    (COMMUNE, "Xã đã chuyển giao 30 hồ sơ cho Chi nhánh Văn phòng đăng ký đất đai.", [("30 hồ sơ", "other")]),
    (COMMUNE, "Tiếp nhận 1.200 hồ sơ, trong đó 30 hồ sơ liên thông chuyển sang cơ quan thuế.",
     [("1.200 hồ sơ", "received_total"), ("30 hồ sơ", "interlinked")]),
    (COMMUNE, "Đang giải quyết 20 hồ sơ chuyển sang kỳ sau.", [("20 hồ sơ", "pending_total")]),
    (COMMUNE, "Xã tiếp nhận 2.300 hồ sơ (kỳ trước chuyển sang 60 hồ sơ; tiếp nhận mới 2.240 hồ sơ).",
     [("2.300 hồ sơ", "received_total"), ("60 hồ sơ", "carried_over"), ("2.240 hồ sơ", "received_in_period")]),
    (COMMUNE, "Đã giải quyết 20 hồ sơ do các xã cũ bàn giao.", [("20 hồ sơ", "resolved_total")]),
    (COMMUNE, "Tiếp nhận 300 hồ sơ từ Cổng dịch vụ công quốc gia.", [("300 hồ sơ", "received_total")]),
    (COMMUNE, "Tiếp nhận 1.200 hồ sơ (cụ thể: 300 hồ sơ đất đai chuyển sang Chi nhánh).",
     [("1.200 hồ sơ", "received_total"), ("300 hồ sơ", "received_total")]),
    # 3. a running total with no cue of its own: the sentence's cue, the sentence before it, the heading over it
    (COMMUNE, "II. KẾT QUẢ\n1. Tiếp nhận\na) Tổng số hồ sơ tiếp nhận: 900 hồ sơ.\nb) So với cùng kỳ năm 2024, tăng 100 "
              "hồ sơ; lũy kế từ ngày 01/7/2024 đến ngày 14/9/2025 là 2.400 hồ sơ.\n2. Giải quyết\nĐã giải quyết 880 hồ "
              "sơ; luỹ kế từ đầu năm 2.300 hồ sơ.",
     [("900 hồ sơ", "received_total"), ("100 hồ sơ", "other"), ("2.400 hồ sơ", "received_total"),
      ("880 hồ sơ", "resolved_total"), ("2.300 hồ sơ", "resolved_total")]),
    (COMMUNE, "Trong tháng, xã tiếp nhận 300 hồ sơ. Lũy kế từ đầu năm 1.500 hồ sơ.",
     [("300 hồ sơ", "received_total"), ("1.500 hồ sơ", "received_total")]),
    (COMMUNE, "1. Giải quyết\nSo với tháng trước, tăng 20 hồ sơ; cộng dồn từ đầu năm đạt 1.450 hồ sơ.",
     [("20 hồ sơ", "other"), ("1.450 hồ sơ", "resolved_total")]),
    (COMMUNE, "Phản ánh, kiến nghị: tiếp nhận 5 phản ánh, kiến nghị; cộng dồn từ đầu năm 21 phản ánh, kiến nghị.",
     [("5 phản ánh, kiến nghị", "feedback_received"), ("21 phản ánh, kiến nghị", "feedback_received")]),
    # unchanged: a running total with its own verb, one with nothing to take a metric from
    (COMMUNE, "Trong tháng giải quyết 290 hồ sơ; lũy kế từ đầu năm đã tiếp nhận 1.400 hồ sơ.",
     [("290 hồ sơ", "resolved_total"), ("1.400 hồ sơ", "received_total")]),
    (COMMUNE, "Xã đã thực hiện tốt công tác này. Lũy kế 1.500 hồ sơ.", [("1.500 hồ sơ", "other")]),
    # 4. a verbless total opening its sentence is what came in
    (COMMUNE, "3. Tổng hợp toàn xã\nTổng cộng 2.500 hồ sơ, tăng 200 hồ sơ so với năm 2024; tỷ lệ đúng hạn đạt 99%.",
     [("2.500 hồ sơ", "received_total"), ("200 hồ sơ", "other")]),
    (BODY, "Tổng: 2.500 hồ sơ, giảm 40 hồ sơ so với năm trước.",
     [("2.500 hồ sơ", "received_total"), ("40 hồ sơ", "other")]),
    (BODY, "Tổng cộng 31 phản ánh, kiến nghị.", [("31 phản ánh, kiến nghị", "feedback_received")]),
    # unchanged: a total whose words or heading name another status
    (BODY, "Tổng cộng: 25 hồ sơ quá hạn.", [("25 hồ sơ", "resolved_late")]),
    (COMMUNE, "2. Hồ sơ quá hạn\nTổng cộng 14 hồ sơ, cụ thể như sau.", [("14 hồ sơ", "resolved_late")]),
    (BODY, "Hồ sơ đang giải quyết tổng cộng 61 hồ sơ.", [("61 hồ sơ", "pending_total")]),
    # 5. an average's frame ends at a clause singling a part out, and an average has no parts
    (NEWS, "Bình quân mỗi xã tiếp nhận khoảng 900 hồ sơ/tháng; riêng xã An Bình tiếp nhận 4.200 hồ sơ, xã Tân Phú 3.100 "
           "hồ sơ.", [("900 hồ sơ", "other"), ("4.200 hồ sơ", "received_total"), ("3.100 hồ sơ", "received_total")]),
    (NEWS, "Bình quân mỗi xã tiếp nhận 900 hồ sơ, riêng xã An Bình tiếp nhận 4.200 hồ sơ.",
     [("900 hồ sơ", "other"), ("4.200 hồ sơ", "received_total")]),
    (NEWS, "Trung bình mỗi phường giải quyết 700 hồ sơ, đặc biệt phường Bắc Sơn giải quyết 2.100 hồ sơ.",
     [("700 hồ sơ", "other"), ("2.100 hồ sơ", "resolved_total")]),
    (NEWS, "Bình quân mỗi xã tiếp nhận 900 hồ sơ; xã An Bình tiếp nhận 4.200 hồ sơ.",
     [("900 hồ sơ", "other"), ("4.200 hồ sơ", "received_total")]),
    # unchanged: the frame's own clauses and its peak
    (COMMUNE, "Bình quân mỗi ngày, Bộ phận một cửa tiếp nhận khoảng 60 hồ sơ, giải quyết 55 hồ sơ.",
     [("60 hồ sơ", "other"), ("55 hồ sơ", "other")]),
    (COMMUNE, "Bình quân mỗi ngày tiếp nhận 60 hồ sơ, cao nhất 120 hồ sơ.", [("60 hồ sơ", "other"), ("120 hồ sơ", "other")]),
    # 6. a channel word of a later rate or clause does not qualify the count
    (NEWS, "Xã Hòa Bình chỉ tiếp nhận 300 hồ sơ nhưng có tỷ lệ trực tuyến 95%.", [("300 hồ sơ", "received_total")]),
    (NEWS, "Xã Hòa Bình tiếp nhận 300 hồ sơ song tỷ lệ trực tuyến chỉ đạt 12%.", [("300 hồ sơ", "received_total")]),
    (NEWS, "Phường Đông tiếp nhận 640 hồ sơ trong khi trực tuyến đạt 90%.", [("640 hồ sơ", "received_total")]),
    # unchanged: the count's own channel, its own status
    (COMMUNE, "Xã tiếp nhận 2.007 hồ sơ trực tuyến (chiếm 80%).", [("2.007 hồ sơ", "received_online")]),
    (COMMUNE, "Xã tiếp nhận 2.007 hồ sơ trực tuyến, đạt 80%.", [("2.007 hồ sơ", "received_online")]),
    (COMMUNE, "Đã giải quyết 1.150 hồ sơ đúng hạn, tỷ lệ đạt 98%.", [("1.150 hồ sơ", "resolved_on_time")]),
    (COMMUNE, "Đang giải quyết 03 hồ sơ quá hạn.", [("03 hồ sơ", "pending_late")]),
]


@pytest.mark.parametrize(("opening", "text", "expected"), CASES, ids=[c[1][:60] for c in CASES])
def test_round17_counts(opening: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert count_rows(opening + text, "text", "metric") == expected
