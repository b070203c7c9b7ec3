"""Round 16 (counts): the metric named in a rank's subject (the figure after the name ranked first, or after the
rate it stands for), the parts of where a counted thing is concentrated, dossiers with a fee or paid through the
portal (no key), and a channel after the unit word over "phát sinh".

Made-up sentences; positive cases and the readings that must not change.
"""

from __future__ import annotations

import pytest

from tests.helpers import NEWS, count_rows

# (text, expected counts as (text, metric))
RANKS = [
    # the status in the rank's subject, the figure after the name ranked first
    ("Đơn vị có số hồ sơ quá hạn nhiều nhất là Phòng Kinh tế với 320 hồ sơ (chiếm 20% tổng số hồ sơ quá hạn).",
     [("320 hồ sơ", "resolved_late")]),
    ("Đơn vị có số hồ sơ trễ hạn cao nhất là Phòng Tư pháp với 45 hồ sơ.", [("45 hồ sơ", "resolved_late")]),
    ("Xã có nhiều hồ sơ quá hạn nhất là xã An Bình với 12 hồ sơ.", [("12 hồ sơ", "resolved_late")]),
    ("Phường có số hồ sơ trực tuyến cao nhất là phường Tân An với 2.300 hồ sơ.", [("2.300 hồ sơ", "received_online")]),
    # the verb of the subject
    ("Đơn vị giải quyết nhiều hồ sơ nhất là Phòng Tư pháp với 900 hồ sơ.", [("900 hồ sơ", "resolved_total")]),
    ("Lĩnh vực tiếp nhận nhiều hồ sơ nhất là hộ tịch, với 900 hồ sơ.", [("900 hồ sơ", "received_total")]),
    # no status: what the field or unit received
    ("Lĩnh vực có nhiều hồ sơ nhất là đất đai với 1.200 hồ sơ, chiếm 40%.", [("1.200 hồ sơ", "received_total")]),
    ("Lĩnh vực có số hồ sơ nhiều nhất là đất đai với 1.200 hồ sơ.", [("1.200 hồ sơ", "received_total")]),
    ("Đơn vị có nhiều hồ sơ nhất: Phòng Tư pháp với 700 hồ sơ.", [("700 hồ sơ", "received_total")]),
    # the count a rate ranked first stands for
    ("Trong khối huyện, huyện Tân Lập có tỷ lệ hồ sơ trễ hạn cao nhất (3,2%, tương ứng 150 hồ sơ).",
     [("150 hồ sơ", "resolved_late")]),
    ("Đơn vị có tỷ lệ hồ sơ quá hạn cao nhất là Phòng Kinh tế (5,2%, tương ứng 87 hồ sơ).",
     [("87 hồ sơ", "resolved_late")]),
    # unchanged: a cue right after the unit word, and the next item of the rank
    ("Đơn vị có số hồ sơ quá hạn nhiều nhất là Sở Xây dựng với 210 hồ sơ quá hạn, tiếp theo là Sở Công Thương với "
     "95 hồ sơ.", [("210 hồ sơ", "resolved_late"), ("95 hồ sơ", "resolved_late")]),
    ("Xã tiếp nhận 500 hồ sơ, nhiều nhất là lĩnh vực chứng thực với 300 hồ sơ.",
     [("500 hồ sơ", "received_total"), ("300 hồ sơ", "received_total")]),
]

FOCUS = [
    # the parts of where a counted thing is concentrated take its metric
    ("Số hồ sơ trễ hạn giảm 300 hồ sơ so với năm trước, tập trung ở các lĩnh vực đất đai (200 hồ sơ), xây dựng "
     "(50 hồ sơ) và hộ tịch (10 hồ sơ).",
     [("300 hồ sơ", "other"), ("200 hồ sơ", "resolved_late"), ("50 hồ sơ", "resolved_late"),
      ("10 hồ sơ", "resolved_late")]),
    ("Hồ sơ trễ hạn tập trung chủ yếu ở lĩnh vực đất đai với 70 hồ sơ.", [("70 hồ sơ", "resolved_late")]),
    ("Hồ sơ quá hạn nhiều nhất ở lĩnh vực đất đai với 55 hồ sơ.", [("55 hồ sơ", "resolved_late")]),
    ("Số hồ sơ tiếp nhận tập trung ở lĩnh vực hộ tịch (1.200 hồ sơ) và chứng thực (800 hồ sơ).",
     [("1.200 hồ sơ", "received_total"), ("800 hồ sơ", "received_total")]),
    # unchanged: a part with a cue of its own, a figure after its own verb
    ("Có 120 hồ sơ quá hạn, chủ yếu thuộc lĩnh vực đất đai (80 hồ sơ) và xây dựng (40 hồ sơ).",
     [("120 hồ sơ", "resolved_late"), ("80 hồ sơ", "resolved_late"), ("40 hồ sơ", "resolved_late")]),
    ("Hồ sơ tập trung ở lĩnh vực hộ tịch, đã giải quyết 700 hồ sơ.", [("700 hồ sơ", "resolved_total")]),
]

PAYMENT = [
    # dossiers with a fee, dossiers paid: no key (not received online)
    ("Về thanh toán trực tuyến, trong tháng có 1.500 hồ sơ phát sinh nghĩa vụ tài chính.", [("1.500 hồ sơ", "other")]),
    ("Trong tháng có 1.500 hồ sơ phát sinh nghĩa vụ tài chính, trong đó 1.100 hồ sơ được thanh toán trực tuyến.",
     [("1.500 hồ sơ", "other"), ("1.100 hồ sơ", "other")]),
    ("Về thanh toán trực tuyến, có 1.100 hồ sơ thực hiện thanh toán phí, lệ phí qua Cổng dịch vụ công.",
     [("1.100 hồ sơ", "other")]),
    ("Có 900 hồ sơ thanh toán qua Cổng dịch vụ công quốc gia.", [("900 hồ sơ", "other")]),
    ("Có 250 hồ sơ được thanh toán phí qua Cổng dịch vụ công quốc gia.", [("250 hồ sơ", "other")]),
    ("Có 400 hồ sơ nộp phí, lệ phí trực tuyến.", [("400 hồ sơ", "other")]),
    # unchanged: submitting through the portal is received online; procedures with a fee keep their key
    ("Có 900 hồ sơ nộp qua Cổng dịch vụ công quốc gia.", [("900 hồ sơ", "received_online")]),
    ("Có 120 thủ tục hành chính có phát sinh phí, lệ phí.", [("120 thủ tục hành chính", "procedures_with_fee")]),
]

CHANNEL = [
    # the channel after the unit word names the count over "phát sinh" / "tiếp nhận mới"
    ("Tỉnh chỉ mới phát sinh 300 hồ sơ nộp qua mạng, chiếm 0,5% tổng số hồ sơ.", [("300 hồ sơ", "received_online")]),
    ("Trong kỳ phát sinh 300 hồ sơ trực tuyến.", [("300 hồ sơ", "received_online")]),
    ("Trong kỳ tiếp nhận mới 600 hồ sơ trực tuyến và 300 hồ sơ trực tiếp.",
     [("600 hồ sơ", "received_online"), ("300 hồ sơ", "received_direct")]),
    # unchanged: no channel, or the channel of another count
    ("Phát sinh 1.245 hồ sơ trong tháng.", [("1.245 hồ sơ", "received_in_period")]),
    ("Trong kỳ phát sinh 500 hồ sơ, trong đó 200 hồ sơ nộp trực tuyến.",
     [("500 hồ sơ", "received_in_period"), ("200 hồ sơ", "received_online")]),
    ("Tổng số hồ sơ phát sinh trong kỳ là 700 hồ sơ.", [("700 hồ sơ", "received_total")]),
]


@pytest.mark.parametrize(("text", "expected"), RANKS + FOCUS + PAYMENT + CHANNEL)
def test_count_metric(text: str, expected: list[tuple[str, str]]) -> None:
    assert count_rows(NEWS + text, "text", "metric") == expected
