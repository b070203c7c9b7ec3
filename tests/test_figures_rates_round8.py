"""Rates as unseen news items and summaries write them (sentences written for these tests), read by principles
rather than phrases: ``hẹn`` is ``hạn``; the noun of a feedback count left out of its span; arithmetic against the
counts of the sentence (a part of its own class is no rate; early plus on time over the finished is the on-time
rate); a share split by cause; a negated keyword; the predicate of ``N% hồ sơ … được …`` over the words that
qualify the dossiers; ``điểm`` the noun of a place. Positive and negative cases."""

from __future__ import annotations

import pytest

from extract.extractors.indicators import IndicatorExtractor
from tests.helpers import fact_rows


def rows(text: str) -> list[tuple]:
    return fact_rows(text, IndicatorExtractor, "text", "metric")


CASES = [
    # --- "hẹn" (the appointment written on the receipt) is the deadline: every timeliness class
    ("Huyện đã giải quyết 5.210 hồ sơ (giải quyết đúng hẹn đạt 99,5%).", [("99,5%", "on_time_rate")]),
    ("Tỷ lệ hồ sơ trễ hẹn là 0,8%.", [("0,8%", "late_rate")]),
    ("Tỷ lệ giải quyết hồ sơ trước hẹn đạt 45%.", [("45%", "early_rate")]),
    ("Tỷ lệ hồ sơ giải quyết đúng và trước hẹn của thị xã đạt 98,2%.", [("98,2%", "on_time_rate")]),
    ("Bộ phận một cửa in giấy hẹn cho 100% hồ sơ tiếp nhận.", [("100%", "other")]),
    # --- the noun of a feedback count, outside the count's span, still joins it to its rate
    ("Đường dây nóng đã giải quyết 1.340 ý kiến (đạt 97,5%), còn 34 ý kiến đang xem xét.",
     [("97,5%", "feedback_handled_rate")]),
    ("UBND xã đã giải quyết 1.340 hồ sơ (đạt 97,5%).", [("97,5%", "resolved_rate")]),
    # --- a part over a whole of its own class: a sub-unit's share, no rate
    ("Toàn tỉnh còn 4.000 hồ sơ quá hạn, trong đó thị xã Bình Minh có 1.000 hồ sơ (chiếm 25%).", [("25%", "other")]),
    ("Tỉnh tiếp nhận 20.000 hồ sơ, trong đó huyện Cờ Đỏ tiếp nhận 5.000 hồ sơ (chiếm 25%).", [("25%", "other")]),
    ("Đã giải quyết 4.000 hồ sơ, trong đó quá hạn 100 hồ sơ (chiếm 2,5%).", [("2,5%", "late_rate")]),
    # --- the on-time part after the early one: with the early part added over the finished, the on-time rate
    ("Số hồ sơ đã giải quyết là 9.000 hồ sơ; trong đó trước hạn là 900 và đúng hạn là 8.050 (chiếm 99,4%) hồ sơ, "
     "quá hạn 50 hồ sơ (chiếm 0,6%).", [("99,4%", "on_time_rate"), ("0,6%", "late_rate")]),
    ("Đã giải quyết 2.000 hồ sơ, trong đó giải quyết trước hạn 1.500 hồ sơ, đúng hạn 480 hồ sơ, đạt 99%.",
     [("99%", "on_time_rate")]),
    # the on-time part alone over the finished stays a part
    ("Đã giải quyết 2.000 hồ sơ, trong đó giải quyết trước hạn 1.500 hồ sơ, đúng hạn 480 hồ sơ, đạt 24%.",
     [("24%", "other")]),
    ("Đã giải quyết 9.000 hồ sơ, trong đó trước hạn 900 hồ sơ, chiếm 10%; đúng hạn 8.050 hồ sơ, chiếm 89,4%.",
     [("10%", "early_rate"), ("89,4%", "other")]),
    # --- a share split by cause: the class its words name is its base, not its numerator
    ("Theo Sở Nội vụ, 58% số hồ sơ bị chậm là do người dân bổ sung giấy tờ, 42% còn lại do cán bộ thao tác sai.",
     [("58%", "other"), ("42%", "other")]),
    ("Nguyên nhân chậm: 70% do thiếu giấy tờ, 30% do lỗi phần mềm.", [("70%", "other"), ("30%", "other")]),
    # a rate with its reason told after it is still the rate
    ("Tỷ lệ hồ sơ trễ hạn là 1,5% do hệ thống gặp sự cố.", [("1,5%", "late_rate")]),
    ("Tỷ lệ hồ sơ trễ hạn: 1,5% do hệ thống gặp sự cố.", [("1,5%", "late_rate")]),
    ("Có 2% hồ sơ trễ hạn do thiếu giấy tờ.", [("2%", "late_rate")]),
    # --- a negated keyword names the complement
    ("Kết quả khảo sát: trên 95% người dân hài lòng và rất hài lòng, trong đó chỉ có 3,1% chưa hài lòng.",
     [("95%", "satisfaction_rate"), ("3,1%", "other")]),
    ("Tỷ lệ người dân không hài lòng là 1,2%.", [("1,2%", "other")]),
    ("Tỷ lệ hồ sơ chưa được số hóa còn 12%.", [("12%", "other")]),
    ("Có 96% hồ sơ được số hóa, 4% hồ sơ chưa số hóa do thiếu thiết bị.",
     [("96%", "digitization_rate"), ("4%", "other")]),
    ("Tỷ lệ hài lòng của người dân đạt 98,5%, không có ý kiến chưa hài lòng.", [("98,5%", "satisfaction_rate")]),
    # --- "N% hồ sơ <modifiers> được <predicate>": the predicate names the rate
    ("Tỉnh yêu cầu các xã bảo đảm 100% hồ sơ trực tuyến nộp qua Cổng Dịch vụ công được tiếp nhận, giải quyết "
     "đúng hạn.", [("100%", "on_time_rate")]),
    ("Phấn đấu 100% hồ sơ trực tuyến được giải quyết đúng hạn.", [("100%", "on_time_rate")]),
    ("Phấn đấu 90% hồ sơ nộp trực tiếp được số hóa.", [("90%", "digitization_rate")]),
    # the verb of any dossier, or the channel the dossiers already name, leaves the modifiers' class
    ("Phấn đấu 100% hồ sơ trực tuyến được tiếp nhận và giải quyết.", [("100%", "online_submission_rate")]),
    ("100% hồ sơ thủ tục hành chính toàn trình được thực hiện trực tuyến.", [("100%", "full_online_rate")]),
    # the predicate of the next figure is not this one's
    ("Xã tiếp nhận tối thiểu 60% hồ sơ qua hình thức trực tuyến, trong đó ít nhất 20% được thực hiện toàn trình.",
     [("60%", "online_submission_rate"), ("20%", "full_online_rate")]),
    # a share of procedures offered online stays "other"
    ("Đến năm 2030, 90% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình.", [("90%", "other")]),
    # --- "điểm" the noun of a place is no score
    ("Bưu điện tỉnh có mạng lưới 612 điểm phục vụ, bán kính bình quân 4 km.", []),
    ("Huyện bố trí 15 điểm giao dịch tại các xã.", []),
    ("Hội nghị được kết nối trực tuyến tới 45 điểm\ncầu cấp huyện.", []),
    ("Chỉ số hài lòng của xã đạt 92,5 điểm.", [("92,5 điểm", "idx766_satisfaction")]),
    ("Tổng điểm Bộ chỉ số của huyện Krông Pắc là 84,6 điểm.", [("84,6 điểm", "idx766_total")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round8_rates(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected
