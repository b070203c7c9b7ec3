"""Rates of news items and report summaries as unseen text writes them (sentences written for these tests): a
target told after the achieved figure and its change, values of places in parentheses whose rate is named after
the list, the share of services with dossiers, a rate right after a count whose noun goes on (``hồ sơ TTHC``),
the channel dossiers come in by, a comparison with an average rate, and the dossiers of the online services.
Positive and negative cases."""

from __future__ import annotations

import pytest

from extract.extractors.indicators import IndicatorExtractor
from extract.facts import Target
from tests.helpers import fact_rows


def rows(text: str) -> list[tuple]:
    return fact_rows(text, IndicatorExtractor, "text", "metric", "target")


GE = ">="

CASES = [
    # --- a target after the achieved figure, over the change told between them
    ("Tỷ lệ thanh toán trực tuyến của huyện đạt 52%, tăng 6% so với quý I và vượt mục tiêu tối thiểu 45% của tỉnh.",
     [("52%", "online_payment_rate", Target(GE, 45.0)), ("6%", "other", None)]),
    ("Tỷ lệ số hóa hồ sơ của xã đạt 88% (vượt chỉ tiêu quốc gia là 80%).",
     [("88%", "digitization_rate", Target(GE, 80.0))]),
    ("Tỉ lệ hồ sơ trực tuyến đạt 57%, vượt chỉ tiêu toàn quốc là 50%.",
     [("57%", "online_submission_rate", Target(GE, 50.0))]),
    # the next sentence refers back to the rate ("Tỷ lệ này …"): its target is the rate's
    ("Có 210/260 dịch vụ công trực tuyến phát sinh hồ sơ, chiếm 80,8%. Tỷ lệ này tăng 2,1% so với quý trước và "
     "hoàn thành mục tiêu 75% năm 2024.",
     [("80,8%", "services_with_dossiers_rate", Target(GE, 75.0)), ("2,1%", "other", None)]),
    # a goal with no achieved figure is an indicator of its own
    ("Mục tiêu năm 2026: tỷ lệ hồ sơ trực tuyến đạt tối thiểu 70%.", [("70%", "online_submission_rate", None)]),
    ("Phấn đấu đạt mục tiêu 90% hồ sơ được số hóa.", [("90%", "digitization_rate", None)]),
    # the sentence after speaks of another rate: its goal is not the first rate's
    ("Tỷ lệ hồ sơ trực tuyến đạt 48%. Tỷ lệ thanh toán trực tuyến tăng 5% và vượt mục tiêu 30%.",
     [("48%", "online_submission_rate", None), ("5%", "other", None)]),
    # --- places' values in parentheses, their rate named after the list
    ("Huyện Tân Lạc (78,2%) cùng các huyện Mai Châu (74%), Lạc Sơn (71,5%) là 3 địa phương dẫn đầu về tỷ lệ "
     "thanh toán trực tuyến.",
     [("78,2%", "online_payment_rate", None), ("74%", "online_payment_rate", None),
      ("71,5%", "online_payment_rate", None)]),
    ("Sở Tư pháp (99,1%), Sở Y tế (98,7%) đứng đầu về tỷ lệ hồ sơ giải quyết đúng hạn.",
     [("99,1%", "on_time_rate", None), ("98,7%", "on_time_rate", None)]),
    # the rate named after the list has a value of its own: the list is not its
    ("Xã An Bình (95%), xã Phú Lộc (90%) đã hoàn thành; tỷ lệ hồ sơ trực tuyến toàn huyện đạt 42%.",
     [("95%", "other", None), ("90%", "other", None), ("42%", "online_submission_rate", None)]),
    ("Xã An Bình (95%), xã Phú Lộc (90%) được khen thưởng.", [("95%", "other", None), ("90%", "other", None)]),
    # --- the share of services with dossiers, the abbreviation in a parenthesis
    ("Có 412/530 dịch vụ công trực tuyến (DVCTT) có phát sinh hồ sơ, chiếm 77,7%.",
     [("77,7%", "services_with_dossiers_rate", None)]),
    ("Đã có 301/420 dịch vụ công (DVC) phát sinh hồ sơ trực tuyến, chiếm tỷ lệ 71,7%.",
     [("71,7%", "services_with_dossiers_rate", None)]),
    # --- a rate right after a count whose noun goes on
    ("Trong quý, đã giải quyết 4.120 hồ sơ TTHC, đạt 97,2%; trong đó trả trước thời hạn 3.900 hồ sơ thủ tục hành "
     "chính, đạt 94,7%.",
     [("97,2%", "resolved_rate", None), ("94,7%", "early_rate", None)]),
    ("Xã tiếp nhận 2.000 hồ sơ TTHC, tăng 12% so với cùng kỳ.", [("12%", "other", None)]),
    # --- the channel dossiers come in by
    ("Hồ sơ nộp qua Cổng dịch vụ công trực tuyến đạt 35,6%.", [("35,6%", "online_submission_rate", None)]),
    ("Hồ sơ tiếp nhận qua dịch vụ công trực tuyến mức độ 3, 4 chiếm 41%.", [("41%", "online_submission_rate", None)]),
    ("Hồ sơ tiếp nhận và giải quyết qua DVCTT mức độ 3,4 đạt tỷ lệ 26,2%.",
     [("26,2%", "online_submission_rate", None)]),
    ("Tỷ lệ hồ sơ tiếp nhận và giải quyết đúng hạn đạt 98%.", [("98%", "on_time_rate", None)]),
    ("Xã đã công khai 100% TTHC trên Cổng dịch vụ công.", [("100%", "other", None)]),
    # --- the same rate of others or on average
    ("Tỷ lệ thanh toán trực tuyến của tỉnh đạt 45%, cao gấp đôi tỷ lệ bình quân của cả nước (22%).",
     [("45%", "online_payment_rate", None), ("22%", "online_payment_rate", None)]),
    ("Tỷ lệ hồ sơ trực tuyến toàn trình đạt 61%, gấp 3 lần tỷ lệ trung bình của các tỉnh trong vùng (20%).",
     [("61%", "full_online_rate", None), ("20%", "full_online_rate", None)]),
    # --- the dossiers of the online services
    ("Có 12/20 xã có tỷ lệ hồ sơ DVCTT trên 50%, trong đó 3 xã đạt 100%.",
     [("50%", "online_submission_rate", None), ("100%", "online_submission_rate", None)]),
    ("Tỷ lệ hồ sơ DVCTT toàn trình đạt 33%.", [("33%", "full_online_rate", None)]),
    ("Tỷ lệ DVCTT có phát sinh hồ sơ đạt 64%.", [("64%", "services_with_dossiers_rate", None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round6_rates(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


def test_list_of_levels_is_one_clause() -> None:
    """``mức độ 3, 4``: the comma of a list of levels ends no clause, so the words before it still name the rate."""
    got = fact_rows("Tỷ lệ hồ sơ trực tuyến mức độ 3, 4 của huyện đạt 30%.", IndicatorExtractor, "text", "metric")
    assert got == [("30%", "online_submission_rate")]
