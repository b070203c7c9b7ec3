"""Round 15 (counts): the second item of a pair of online-service counts with its noun shortened or left out, a
bare figure after a verb of handling going on with the count before it, and the bare verb "nhận" for feedback.

Made-up sentences; positive cases and the readings that must not change.
"""

from __future__ import annotations

import pytest

from tests.helpers import count_rows

# (text, expected counts as (text, metric, value))
SERVICE_PAIRS = [
    # the noun shortened in the second item: "dịch vụ", "DVC"
    ("Toàn huyện đã cung cấp 215 dịch vụ công trực tuyến mức độ 3 và 41 dịch vụ mức độ 4.",
     [("215 dịch vụ công trực tuyến", "procedures_online_partial", 215), ("41 dịch vụ", "procedures_online_full", 41)]),
    ("Toàn huyện cung cấp 215 dịch vụ công trực tuyến mức độ 3, 41 dịch vụ mức độ 4.",
     [("215 dịch vụ công trực tuyến", "procedures_online_partial", 215), ("41 dịch vụ", "procedures_online_full", 41)]),
    ("Xã đã triển khai 88 DVC trực tuyến toàn trình và 52 DVC một phần.",
     [("88 DVC trực tuyến", "procedures_online_full", 88), ("52 DVC", "procedures_online_partial", 52)]),
    ("Tỉnh cung cấp 372 DVC mức độ 3 và 64 DVC mức độ 4.",
     [("372 DVC", "procedures_online_partial", 372), ("64 DVC", "procedures_online_full", 64)]),
    ("Trung tâm cung cấp 1.200 dịch vụ công trực tuyến, trong đó 800 dịch vụ toàn trình và 400 dịch vụ một phần.",
     [("1.200 dịch vụ công trực tuyến", "other", 1200), ("800 dịch vụ", "procedures_online_full", 800), ("400 dịch vụ", "procedures_online_partial", 400)]),
    # the noun left out of the second item altogether
    ("Xã đã cung cấp 120 thủ tục toàn trình, 35 một phần.",
     [("120 thủ tục", "procedures_online_full", 120), ("35", "procedures_online_partial", 35)]),
    ("Xã đã triển khai 88 DVCTT toàn trình và 52 một phần.",
     [("88 DVCTT", "procedures_online_full", 88), ("52", "procedures_online_partial", 52)]),
    ("Huyện cung cấp 148 thủ tục trực tuyến toàn trình, 139 trực tuyến một phần.",
     [("148 thủ tục", "procedures_online_full", 148), ("139", "procedures_online_partial", 139)]),
    ("Toàn xã có 250 thủ tục, trong đó 100 thủ tục toàn trình, còn lại 150 một phần.",
     [("250 thủ tục", "procedures_total", 250), ("100 thủ tục", "procedures_online_full", 100),
      ("150", "procedures_online_partial", 150)]),
    # the level told before the figure, the shortened noun closing the clause
    ("Số dịch vụ công mức độ 3: 120 dịch vụ; mức độ 4: 45 dịch vụ.",
     [("120 dịch vụ", "procedures_online_partial", 120), ("45 dịch vụ", "procedures_online_full", 45)]),
    ("Toàn trình là 148 dịch vụ, một phần 139 dịch vụ.",
     [("148 dịch vụ", "procedures_online_full", 148), ("139 dịch vụ", "procedures_online_partial", 139)]),
    # unchanged: the noun written in full in both items
    ("Xã có 120 thủ tục toàn trình và 35 thủ tục một phần.",
     [("120 thủ tục", "procedures_online_full", 120), ("35 thủ tục", "procedures_online_partial", 35)]),
    # negative: a service with no level of service is no online procedure
    ("Xã có 5 dịch vụ tiện ích.", []),
    ("Bưu điện cung cấp 30 dịch vụ.", []),
    # negative: no level after the bare figure, or a first item with no level: nothing elided
    ("Xã có 120 thủ tục, 35 đã công khai.", [("120 thủ tục", "procedures_total", 120)]),
]

HANDLED = [
    # a bare figure after a verb of handling goes on with the feedback count before it, across the words on its topic
    ("Trong kỳ, xã tiếp nhận 05 phản ánh, kiến nghị về TTHC, đã xử lý 05.",
     [("05 phản ánh, kiến nghị", "feedback_received", 5), ("05", "feedback_handled", 5)]),
    ("Trong kỳ, xã tiếp nhận 05 phản ánh, kiến nghị về TTHC; đã xử lý xong 04.",
     [("05 phản ánh, kiến nghị", "feedback_received", 5), ("04", "feedback_handled", 4)]),
    ("Tiếp nhận 06 kiến nghị của cử tri liên quan đến TTHC; đã giải quyết xong 06.",
     [("06 kiến nghị", "feedback_received", 6), ("06", "feedback_handled", 6)]),
    ("Tiếp nhận 04 phản ánh, kiến nghị của người dân, doanh nghiệp; đã giải quyết 04.",
     [("04 phản ánh, kiến nghị", "feedback_received", 4), ("04", "feedback_handled", 4)]),
    ("- Tiếp nhận 05 PAKN;\n- Đã xử lý 05.",
     [("05 PAKN", "feedback_received", 5), ("05", "feedback_handled", 5)]),
    # the bare verb "nhận"
    ("Xã nhận 07 kiến nghị, giải quyết 06.",
     [("07 kiến nghị", "feedback_received", 7), ("06", "feedback_handled", 6)]),
    ("Xã đã nhận 07 phản ánh.", [("07 phản ánh", "feedback_received", 7)]),
    # dossiers stay dossiers
    ("Xã tiếp nhận 120 hồ sơ, giải quyết 118.", [("120 hồ sơ", "received_total", 120), ("118", "resolved_total", 118)]),
    ("Xã tiếp nhận 120 hồ sơ của người dân, doanh nghiệp, đã giải quyết 118.",
     [("120 hồ sơ", "received_total", 120), ("118", "resolved_total", 118)]),
    # more handled than the feedback received, after a dossier count of the pair: the dossiers'
    ("Tiếp nhận 120 hồ sơ và 03 phản ánh, đã giải quyết 118.",
     [("120 hồ sơ", "received_total", 120), ("03 phản ánh", "feedback_received", 3), ("118", "resolved_total", 118)]),
    # negative: not across a full stop
    ("Xã tiếp nhận 07 phản ánh, kiến nghị. Đã giải quyết 118 hồ sơ.",
     [("07 phản ánh, kiến nghị", "feedback_received", 7), ("118 hồ sơ", "resolved_total", 118)]),
    ("- Tiếp nhận 05 PAKN.\n- Đã giải quyết 05 hồ sơ.",
     [("05 PAKN", "feedback_received", 5), ("05 hồ sơ", "resolved_total", 5)]),
    # negative: "xác nhận" is no receiving
    ("Xã xác nhận 07 phản ánh là đúng.", [("07 phản ánh", "other", 7)]),
    # unchanged: the pending part keeps no key
    ("Tiếp nhận 12 phản ánh, kiến nghị; đã xử lý xong 10, đang xử lý 02.",
     [("12 phản ánh, kiến nghị", "feedback_received", 12), ("10", "feedback_handled", 10), ("02", "other", 2)]),
]


@pytest.mark.parametrize(("text", "expected"), SERVICE_PAIRS + HANDLED)
def test_round15_counts(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert count_rows(text, "text", "metric", "value") == expected
