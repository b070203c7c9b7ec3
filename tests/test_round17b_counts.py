"""Round 17 wave 2 (counts): a breakdown list with no metric words of its own (``Phân theo lĩnh vực:``, ``Theo đơn
vị:``, ``Chia theo cấp:``, in one line or as lines under it, with or without unit words) takes the metric its label's
own words name, else its section's heading, else the stated total its items add up to; a line summing such items
(``Cộng …:``) counts what they count; a late count told again as a whole to explain it keeps its key; a status word
after ``do``/``vì`` is a reason; cancelled dossiers and dossiers with fees are other; ``dịch vụ công trực tuyến`` is
DVCTT spelled out and ``TTHC có phí, lệ phí`` the procedures with fees.

Made-up sentences; positive cases and the readings that must not change.
"""

from __future__ import annotations

import pytest

from tests.helpers import COMMUNE, count_rows

# (opening, text, expected counts as (text, metric))
CASES = [
    # 1. a breakdown line under a heading naming what its section counts; in one line, with or without unit words
    (COMMUNE, "1. Tình hình tiếp nhận\nXã tiếp nhận 800 hồ sơ, tăng 50 hồ sơ so với quý trước.\n"
              "Phân theo lĩnh vực: Tư pháp 500 hồ sơ; Đất đai 200 hồ sơ; Lao động 100 hồ sơ.",
     [("800 hồ sơ", "received_total"), ("50 hồ sơ", "other"), ("500 hồ sơ", "received_total"),
      ("200 hồ sơ", "received_total"), ("100 hồ sơ", "received_total")]),
    (COMMUNE, "2. Kết quả\n+ Đã giải quyết: 640 (đúng hạn 630; quá hạn 10)\n+ Đang giải quyết: 12\n"
              "+ Theo đơn vị: Công an xã 400 hồ sơ; Văn phòng UBND xã 240.",
     [("640", "resolved_total"), ("630", "resolved_on_time"), ("10", "resolved_late"), ("12", "pending_total"),
      ("400 hồ sơ", "resolved_total"), ("240", "resolved_total")]),
    # the lines under a bare introduction, the sentence before it a change
    (COMMUNE, "2. Kết quả giải quyết\nĐã giải quyết 300 hồ sơ, tăng 20 hồ sơ so với cùng kỳ.\nChia theo đơn vị:\n"
              "- Công an xã: 120 hồ sơ;\n- Văn phòng UBND xã: 180 hồ sơ.",
     [("300 hồ sơ", "resolved_total"), ("20 hồ sơ", "other"), ("120 hồ sơ", "resolved_total"),
      ("180 hồ sơ", "resolved_total")]),
    # a heading naming both: the stated total the items add up to
    (COMMUNE, "1. Tiếp nhận và giải quyết\nTiếp nhận 900 hồ sơ, đã giải quyết 850 hồ sơ.\n"
              "Theo lĩnh vực: Hộ tịch 600 hồ sơ; Chứng thực 300 hồ sơ.",
     [("900 hồ sơ", "received_total"), ("850 hồ sơ", "resolved_total"), ("600 hồ sơ", "received_total"),
      ("300 hồ sơ", "received_total")]),
    (COMMUNE, "1. Tiếp nhận và giải quyết\nTiếp nhận 900 hồ sơ, đã giải quyết 850 hồ sơ.\n"
              "Theo lĩnh vực: Hộ tịch 550 hồ sơ; Chứng thực 300 hồ sơ.",
     [("900 hồ sơ", "received_total"), ("850 hồ sơ", "resolved_total"), ("550 hồ sơ", "resolved_total"),
      ("300 hồ sơ", "resolved_total")]),
    # a line summing the items above it
    (COMMUNE, "2. Kết quả\n+ Theo đơn vị: Công an xã 400 hồ sơ; Văn phòng UBND xã 240 hồ sơ.\nCộng cấp xã: 640 hồ sơ.",
     [("400 hồ sơ", "resolved_total"), ("240 hồ sơ", "resolved_total"), ("640 hồ sơ", "resolved_total")]),
    # a label naming the status wins over the heading
    (COMMUNE, "2. Kết quả giải quyết\n- Đã giải quyết: 500 hồ sơ.\n"
              "- Hồ sơ trễ hạn: Công an xã 03 hồ sơ; Văn phòng UBND xã 02 hồ sơ.",
     [("500 hồ sơ", "resolved_total"), ("03 hồ sơ", "resolved_late"), ("02 hồ sơ", "resolved_late")]),
    # unchanged: a list under an introduction with its own count, a field list after a count with its own cue
    (COMMUNE, "1. Tình hình tiếp nhận\nTiếp nhận mới 1.200 hồ sơ. Cụ thể:\n- Lĩnh vực đất đai: 300 hồ sơ;\n"
              "- Lĩnh vực hộ tịch: 900 hồ sơ.",
     [("1.200 hồ sơ", "received_in_period"), ("300 hồ sơ", "received_in_period"),
      ("900 hồ sơ", "received_in_period")]),
    (COMMUNE, "2. Kết quả giải quyết\nĐang giải quyết 40 hồ sơ (lĩnh vực đất đai 25 hồ sơ, hộ tịch 15 hồ sơ).",
     [("40 hồ sơ", "pending_total"), ("25 hồ sơ", "pending_total"), ("15 hồ sơ", "pending_total")]),
    # 2. the whole late count told again to explain it keeps its key; the cases told one at a time do not
    (COMMUNE, "Đã giải quyết 300 hồ sơ, quá hạn 03 hồ sơ.\n- Nguyên nhân trễ hạn: toàn bộ 03 hồ sơ quá hạn thuộc lĩnh "
              "vực đất đai, phải xác minh thực địa.",
     [("300 hồ sơ", "resolved_total"), ("03 hồ sơ", "resolved_late"), ("03 hồ sơ", "resolved_late")]),
    (COMMUNE, "Đã giải quyết 300 hồ sơ, quá hạn 03 hồ sơ.\n- Lý do quá hạn: 03 hồ sơ quá hạn đều phải xin ý kiến "
              "cấp trên.",
     [("300 hồ sơ", "resolved_total"), ("03 hồ sơ", "resolved_late"), ("03 hồ sơ", "resolved_late")]),
    (COMMUNE, "Đã giải quyết 300 hồ sơ, quá hạn 02 hồ sơ.\n- Lý do quá hạn: 01 hồ sơ chuyển mục đích sử dụng đất "
              "phải xác minh; 01 hồ sơ cấp đổi giấy chứng nhận chờ đo đạc.",
     [("300 hồ sơ", "resolved_total"), ("02 hồ sơ", "resolved_late"), ("01 hồ sơ", "other"), ("01 hồ sơ", "other")]),
    # 3. a status word after "do"/"vì" is a reason; cancelled dossiers are other
    (COMMUNE, "Từ chối 04 hồ sơ; công dân rút 02 hồ sơ; hủy 03 hồ sơ do quá thời hạn bổ sung.",
     [("04 hồ sơ", "rejected"), ("02 hồ sơ", "withdrawn"), ("03 hồ sơ", "other")]),
    (COMMUNE, "Trong kỳ có 05 hồ sơ bị hủy vì công dân không bổ sung.", [("05 hồ sơ", "other")]),
    (COMMUNE, "Trả lại 06 hồ sơ vì quá hạn bổ sung giấy tờ.", [("06 hồ sơ", "rejected")]),
    # unchanged: an office named "chỉ huy", a count's own status, the owner after "do"
    (COMMUNE, "Ban Chỉ huy quân sự xã tiếp nhận 12 hồ sơ.", [("12 hồ sơ", "received_total")]),
    (COMMUNE, "Đã giải quyết 30 hồ sơ quá hạn.", [("30 hồ sơ", "resolved_late")]),
    # 4. dossiers with fees are other, whatever channel paid them
    (COMMUNE, "Có 1.320 hồ sơ có phí, lệ phí được thanh toán trực tuyến, đạt 90%.", [("1.320 hồ sơ", "other")]),
    (COMMUNE, "Trong quý, 240 hồ sơ có lệ phí đã nộp trực tuyến.", [("240 hồ sơ", "other")]),
    (COMMUNE, "Xã tiếp nhận 2.007 hồ sơ trực tuyến.", [("2.007 hồ sơ", "received_online")]),
    # 5. online services by level spelled out; procedures with fees under a key
    (COMMUNE, "Số dịch vụ công trực tuyến mức độ 3 là 52, mức độ 4 là 130.",
     [("52", "procedures_online_partial"), ("130", "procedures_online_full")]),
    (COMMUNE, "- TTHC có phí, lệ phí: 64.", [("64", "procedures_with_fee")]),
    (COMMUNE, "- Số TTHC có phí, lệ phí là 64 thủ tục.", [("64 thủ tục", "procedures_with_fee")]),
    (COMMUNE, "Số DVCTT mức độ 3 là 52.", [("52", "procedures_online_partial")]),
]


@pytest.mark.parametrize(("opening", "text", "expected"), CASES, ids=[c[1][:60] for c in CASES])
def test_round17b_counts(opening: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert count_rows(opening + text, "text", "metric") == expected
