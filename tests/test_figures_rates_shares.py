"""The metric of a percentage read from the counts of its sentence (the share of one count in another, the words of
a count read as ``other``), phrasings of dossier rates, apologies, trends before a level, and index scores written
without ``điểm`` (sentences written for these tests). Positive and negative cases."""

from __future__ import annotations

import pytest

from extract.extractors.indicators import IndicatorExtractor
from tests.helpers import fact_rows


def rates(text: str) -> list[tuple[str, str]]:
    return fact_rows(text, IndicatorExtractor, "text", "metric")


CASES = [
    # --- the share of one count of the sentence in another: the numerator's rate
    # finished among received (whatever their timeliness): the resolved rate
    ("Tại Bộ phận Một cửa huyện đã tiếp nhận 2.400 hồ sơ, giải quyết trước hạn, đúng hạn 2.352 hồ sơ (trong đó 30 hồ "
     "sơ đang giải quyết trong hạn và 4 hồ sơ đang giải quyết quá hạn), đạt tỷ lệ 98%.", [("98%", "resolved_rate")]),
    ("Khối UBND các xã tiếp nhận 1.250 hồ sơ, đã giải quyết đúng hạn và trước hạn 1.250 hồ sơ (trong đó có 12 hồ sơ "
     "đang giải quyết trong hạn), đạt tỷ lệ 100%.", [("100%", "resolved_rate")]),
    # in time among finished: the on-time rate (not among received)
    ("Xã tiếp nhận 5.000 hồ sơ, đã giải quyết 4.800 hồ sơ, trong đó trả trước và đúng hạn 4.790 hồ sơ, đạt tỷ lệ 99,79%.",
     [("99,79%", "on_time_rate")]),
    # the numerator stated first, the denominator last: the first count's own words name the rate
    ("Tỉnh B đứng đầu với số hồ sơ trực tuyến toàn trình là 42.310 và tổng số hồ sơ giải quyết TTHC là 80.020, "
     "chiếm 52,87%.", [("52,87%", "full_online_rate")]),
    # a count read as "other" whose words name only late dossiers, finished or not: the late rate
    ("Hồ sơ đã trả kết quả nhưng chậm hạn và hồ sơ quá hạn giải quyết nhưng chưa có kết quả là 25 hồ sơ (chiếm 0,41%).",
     [("0,41%", "late_rate")]),
    # --- phrasings of the dossier rates
    ("Tỷ lệ giải quyết hồ sơ TTHC đúng hạn đạt tỷ lệ cao, bình quân đạt 98%.", [("98%", "on_time_rate")]),
    ("Trong tháng, số hồ sơ giải quyết và trả kết quả đúng, trước hạn là 91,2%; số hồ sơ giải quyết và trả kết quả "
     "quá hạn: 2,3%.", [("91,2%", "on_time_rate"), ("2,3%", "late_rate")]),
    ("Tỷ lệ hồ sơ giải quyết đúng, trước hạn đạt 97,5%.", [("97,5%", "on_time_rate")]),
    # the trend of a rate before the level it reaches
    ("Hồ sơ giải quyết đúng hạn tăng, TTHC chậm hạn tiếp tục giảm mạnh đạt 2,15%.", [("2,15%", "late_rate")]),
]

NEGATIVE = [
    # the share of apologies made for late dossiers is no late rate
    ("Số hồ sơ trễ hạn: 1,2%. Thực hiện việc xin lỗi đối với các hồ sơ trễ hạn: 1,2%.",
     [("1,2%", "late_rate"), ("1,2%", "other")]),
    # two parts of a split stated part by part: the on-time part alone is no on-time rate, quotient or not
    ("Đã giải quyết 2.000 hồ sơ, trong đó giải quyết trước hạn có 1.700 hồ sơ, chiếm tỷ lệ 85%; giải quyết đúng hạn có "
     "260 hồ sơ, chiếm tỷ lệ 13%.", [("85%", "early_rate"), ("13%", "other")]),
    # no two counts give the value: the count right before decides, as before
    ("Xã tiếp nhận 1.000 hồ sơ, giải quyết trước hạn 640 hồ sơ, đạt 97%.", [("97%", "early_rate")]),
    # a count read as "other" whose words name no rate keeps its share "other"
    ("Có 90 hồ sơ (chiếm 2,1%), các cơ quan thụ lý trả lại hồ sơ.", [("2,1%", "other")]),
    # a decrease is a difference, not the level
    ("Tỷ lệ hồ sơ quá hạn là 1,5%, giảm 0,7% so với tháng trước.", [("1,5%", "late_rate"), ("0,7%", "other")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES + NEGATIVE)
def test_rate_metric(text: str, expected: list[tuple[str, str]]) -> None:
    assert rates(text) == expected


SCORES = [
    # scores written without "điểm" after the words naming them, in a text about the index
    ("Theo Bộ chỉ số phục vụ người dân, doanh nghiệp, tổng điểm của UBND tỉnh A là 84,12. Trong đó, điểm công khai, "
     "minh bạch là 16,2; tiến độ giải quyết đạt 18,5 điểm; dịch vụ trực tuyến là 15,08 điểm.",
     [("84,12", "idx766_total"), ("16,2", "idx766_transparency"), ("18,5 điểm", "idx766_progress"),
      ("15,08 điểm", "idx766_online_service")]),
    # a ranking list: the decimal alone in the parenthesis after each name
    ("Bộ chỉ số 766 tháng 9: đứng thứ 2 là UBND tỉnh C với tổng 85,4 điểm. Tiếp theo là UBND tỉnh D (85,12), "
     "UBND tỉnh E (84,9).", [("85,4 điểm", "idx766_total"), ("85,12", "idx766_total"), ("84,9", "idx766_total")]),
]

NO_SCORES = [
    # not a text about the index: a decimal after "điểm" is no score
    ("Tổng điểm thi đua của xã là 86,5.", []),
    # a whole number after "điểm" may be a count or a rank
    ("Theo Bộ chỉ số 766, điểm đánh giá là 85; tỉnh xếp thứ 12.", []),
    # a decimal too large for the index
    ("Bộ chỉ số 766: tổng điểm của các đơn vị là 1.250,5.", []),
    # a parenthesised decimal in a paragraph that speaks of no score or rank
    ("Theo Bộ chỉ số 766, tỉnh duy trì kết quả tốt.\n\nDiện tích lúa của huyện F (12,5) tăng.", []),
]


@pytest.mark.parametrize(("text", "expected"), SCORES + NO_SCORES)
def test_bare_scores(text: str, expected: list[tuple[str, str]]) -> None:
    assert rates(text) == expected
