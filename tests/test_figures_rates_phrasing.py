"""The metric of a percentage or score in running text, on phrasings of real news items, plans and report
summaries (sentences written for these tests): the nearest rate predicate, shares after counts, changes and
comparisons, fully-online rates, agencies' index scores, and the goals of plans. Positive and negative cases."""

from __future__ import annotations

import pytest

from extract.extractors.indicators import IndicatorExtractor
from tests.helpers import fact_rows


def rates(text: str) -> list[tuple[str, str]]:
    return fact_rows(text, IndicatorExtractor, "text", "metric")


CASES = [
    # --- 5. the rate predicate nearest the figure decides; noun modifiers do not break a cue
    ("Tỷ lệ hồ sơ TTHC giải quyết đúng hạn trong tháng đạt 96,4%.", [("96,4%", "on_time_rate")]),
    ("Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn đạt 95%\n\nMinh Anh 08:15, 02/04/2024\n\nNội dung.",
     [("95%", "on_time_rate")]),
    ("Xã tiếp nhận 820 hồ sơ trực tuyến; tỷ lệ hồ sơ trực tuyến được giải quyết đúng hạn đạt 98,2%.",
     [("98,2%", "on_time_rate")]),
    ("Tỷ lệ hồ sơ trực tuyến trong quý đạt 61,5%.", [("61,5%", "online_submission_rate")]),
    ("Tỉ lệ hồ sơ giải quyết trước hạn đạt 88%.", [("88%", "early_rate")]),
    # --- 6. shares after a count, bare "tỷ lệ", changes and comparisons
    ("Đã giải quyết 2.410 hồ sơ, trong đó 2.380 hồ sơ đúng và trước hạn, còn 30 hồ sơ quá hạn, tỷ lệ 1,2%.",
     [("1,2%", "late_rate")]),
    ("Trung tâm đã giải quyết: 1.204/1.300 HS (tỷ lệ 92,6%).", [("92,6%", "resolved_rate")]),
    ("Có 9 hồ sơ giải quyết trễ hạn (tỷ lệ 0,7%).", [("0,7%", "late_rate")]),
    ("Trong kỳ còn 41 hồ sơ quá hạn, chiếm đến 2,9%.", [("2,9%", "late_rate")]),
    ("Hồ sơ quá hạn giải quyết nhưng chưa có kết quả 35 hồ sơ chiếm 1,8%.", [("1,8%", "late_rate")]),
    ("Có 1.650 hồ sơ giải quyết trước hạn, đạt tỉ lệ trên 97%.", [("97%", "early_rate")]),
    ("Trong tháng bộ phận một cửa đã giải quyết được 98,5% số hồ sơ tiếp nhận.", [("98,5%", "resolved_rate")]),
    # on time only, next to the early share: no key of its own
    ("Đã giải quyết 900 hồ sơ, trong đó có 700 hồ sơ trước hạn, chiếm 77,8%; có 190 hồ sơ giải quyết đúng hạn, "
     "chiếm 21,1% và số quá hạn còn 10 hồ sơ, chiếm 1,1%.",
     [("77,8%", "early_rate"), ("21,1%", "other"), ("1,1%", "late_rate")]),
    ("Hồ sơ giải quyết đúng hạn: 1.120 hồ sơ, đạt 99,1%.", [("99,1%", "on_time_rate")]),
    # a change of a rate keeps its metric, across ";" too
    ("Huyện A có tỷ lệ chậm, quá hạn thấp nhất 0,4%; huyện B có chuyển biến (huyện B giảm từ 8,2% xuống còn 1,9%).",
     [("0,4%", "late_rate"), ("8,2%", "late_rate"), ("1,9%", "late_rate")]),
    # a bare "tỷ lệ" refers back to the rate before, in the next sentence too
    ("Tỷ lệ thanh toán trực tuyến toàn huyện đạt 92%, trong đó cấp huyện đạt 95%, cấp xã đạt 90%. "
     "Xã C là địa phương dẫn đầu với tỷ lệ 100%.",
     [("92%", "online_payment_rate"), ("95%", "online_payment_rate"), ("90%", "online_payment_rate"),
      ("100%", "online_payment_rate")]),
    ("Tỷ lệ số hóa kết quả giải quyết TTHC đạt 40%; mỗi năm tăng thêm 15% cho đến khi đạt tỷ lệ 100% để phục vụ tái sử dụng.",
     [("40%", "digitization_rate"), ("15%", "other"), ("100%", "digitization_rate")]),
    # volume comparisons are no rate
    ("Số hồ sơ trực tuyến của quý này bằng trên 85% số hồ sơ trực tuyến của cả năm trước và bằng 190% "
     "số hồ sơ của cùng kỳ.", [("85%", "other"), ("190%", "other")]),
    # --- 7. fully-online shares, agencies' index scores
    ("Tỉnh dẫn đầu với 42.300 hồ sơ trực tuyến toàn trình, chiếm 61,2% tổng số hồ sơ.",
     [("61,2%", "full_online_rate")]),
    ("Tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh là 47,3%.", [("47,3%", "full_online_rate")]),
    ("Kết quả đánh giá chất lượng phục vụ người dân, doanh nghiệp quý III trên địa bàn tỉnh được công bố.\n"
     "Điểm số cao nhất là 96,12 điểm (Sở Tư pháp), thấp nhất là 84,05 điểm (UBND huyện Đông Sơn).",
     [("96,12 điểm", "idx766_total"), ("84,05 điểm", "idx766_total")]),
    # --- 8. goals of plans
    ("- Tối thiểu 75% TTHC có yêu cầu nghĩa vụ tài chính được triển khai thanh toán trực tuyến.",
     [("75%", "payment_integration_rate")]),
    ("Phấn đấu 70% tỷ lệ hồ sơ giải quyết trực tuyến trên tổng số hồ sơ giải quyết TTHC.",
     [("70%", "online_submission_rate")]),
    ("Tỷ lệ hồ sơ giải quyết trực tuyến mức độ 3, 4 đạt 40% trên tổng số hồ sơ.",
     [("40%", "online_submission_rate")]),
    ("Phấn đấu đạt 100% tỷ lệ hồ sơ giải quyết TTHC được thực hiện thông qua Hệ thống thông tin một cửa điện tử.",
     [("100%", "system_update_rate")]),
    ("Xã tiếp nhận, giải quyết 100% hồ sơ TTHC trên Hệ thống phần mềm một cửa điện tử.",
     [("100%", "system_update_rate")]),
    ("- 90% người dân, doanh nghiệp khi thực hiện TTHC không phải cung cấp lại thông tin, giấy tờ đã được chấp nhận.",
     [("90%", "data_reuse_rate")]),
    ("Phấn đấu 92% người dân hài lòng với việc giải quyết TTHC.", [("92%", "satisfaction_rate")]),
    # an unkeyed rate of its own words ends the list: its levels do not take the metric before it
    ("Tỷ lệ số hóa hồ sơ đạt 100%; tỷ lệ văn bản được ký số tại cấp tỉnh đạt 100%, cấp huyện đạt 90% và "
     "cấp xã đạt trên 70%.",
     [("100%", "digitization_rate"), ("100%", "other"), ("90%", "other"), ("70%", "other")]),
]

NEGATIVE = [
    # a bare "tỷ lệ" after a count is that count's, not the rate before
    ("Tỷ lệ hồ sơ đúng hạn đạt 98%, xã đã tiếp nhận 500 hồ sơ, đạt tỷ lệ 96%.",
     [("98%", "on_time_rate"), ("96%", "other")]),
    ("Tỷ lệ hồ sơ đúng hạn đạt 98%. Xã đã tiếp nhận 500 hồ sơ, đạt tỷ lệ 96%.",
     [("98%", "on_time_rate"), ("96%", "other")]),
    # staff are no people served
    ("Để bảo đảm vận hành, 100% cán bộ, công chức được cấp chữ ký số.", [("100%", "other")]),
    # a score with nothing about the index around it
    ("Điểm số cao nhất là 91,5 điểm (Sở Xây dựng).", [("91,5 điểm", "other")]),
    # a change that is no rate of its own
    ("Tỷ lệ hồ sơ trễ hạn là 2%; số hồ sơ tồn giảm từ 50% xuống còn 30%.",
     [("2%", "late_rate"), ("50%", "other"), ("30%", "other")]),
    # a volume "bằng" a share with no base named after it is still read as the rate of its count
    ("hồ sơ nộp trực tuyến: 3.200 hồ sơ, bằng 64%.", [("64%", "online_submission_rate")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES + NEGATIVE)
def test_rate_metric(text: str, expected: list[tuple[str, str]]) -> None:
    assert rates(text) == expected


def test_agency_score_scope() -> None:
    text = ("Kết quả đánh giá chất lượng phục vụ người dân, doanh nghiệp quý III.\n"
            "Điểm số cao nhất là 96,12 điểm (Sở Tư pháp), thấp nhất là 84,05 điểm (số liệu tạm tính).")
    got = fact_rows(text, IndicatorExtractor, "text", "scope", "max")
    assert got == [("96,12 điểm", "Sở Tư pháp", 100.0), ("84,05 điểm", None, 100.0)]
