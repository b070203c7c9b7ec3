"""Round 16, second wave (counts): averages and peaks are no totals, compound number words, a base after "trên tổng
số" takes its own words, "(tổng số N thủ tục)" after the set it counts, a breakdown list takes the metric of the
stated total it adds up to, dossiers not yet recorded, "GQ" in table headers.

Made-up sentences; positive cases and the readings that must not change.
"""

from __future__ import annotations

import pytest

from extract.extractors.counts import column_metric
from extract.extractors.figure_count_headers import header_words
from extract.extractors.figure_count_numerals import compound_value
from tests.helpers import COMMUNE, count_rows

# (text, expected counts as (text, metric))
AVERAGES = [
    # a frame opening the sentence, before the subject
    ("Bình quân mỗi ngày làm việc, Trung tâm tiếp nhận khoảng 210 hồ sơ.", [("210 hồ sơ", "other")]),
    ("Trung bình mỗi tháng, Bộ phận một cửa xã giải quyết 95 hồ sơ.", [("95 hồ sơ", "other")]),
    ("Hằng ngày, Bộ phận một cửa tiếp nhận khoảng 60 hồ sơ, giải quyết 55 hồ sơ.",
     [("60 hồ sơ", "other"), ("55 hồ sơ", "other")]),
    # in the figure's clause, a per-unit after the unit word, a peak
    ("Bộ phận một cửa hiện tiếp nhận bình quân 70 hồ sơ/ngày, có ngày lên đến 130 hồ sơ.",
     [("70 hồ sơ", "other"), ("130 hồ sơ", "other")]),
    ("Mỗi cán bộ một cửa xử lý 30 hồ sơ mỗi tháng.", [("30 hồ sơ", "other")]),
    ("Ngày cao điểm, Bộ phận tiếp nhận 210 hồ sơ.", [("210 hồ sơ", "other")]),
    # unchanged: the total before an average of its sentence, a duration averaged
    ("Trong kỳ tiếp nhận 1.500 hồ sơ, bình quân 45 hồ sơ/ngày.",
     [("1.500 hồ sơ", "received_total"), ("45 hồ sơ", "other")]),
    ("Trong kỳ tiếp nhận 1.300 hồ sơ, trung bình mỗi ngày tiếp nhận 40 hồ sơ; đã giải quyết 1.250 hồ sơ.",
     [("1.300 hồ sơ", "received_total"), ("40 hồ sơ", "other"), ("1.250 hồ sơ", "resolved_total")]),
    ("Trung tâm đã tiếp nhận 520 hồ sơ, giải quyết 480 hồ sơ; thời gian trả kết quả bình quân 2 ngày.",
     [("520 hồ sơ", "received_total"), ("480 hồ sơ", "resolved_total")]),
    ("Tiếp nhận qua một cửa 500 hồ sơ.", [("500 hồ sơ", "received_total")]),
]

NUMERALS = [
    # compound number words in a sentence that tells counts in digits too
    ("Xã B chỉ có mười bốn hồ sơ trễ hạn trên tổng số 7.210 hồ sơ đã giải quyết.",
     [("mười bốn hồ sơ", "resolved_late"), ("7.210 hồ sơ", "resolved_total")]),
    ("Đã giải quyết 1.200 hồ sơ, trong đó ba mươi mốt hồ sơ quá hạn.",
     [("1.200 hồ sơ", "resolved_total"), ("ba mươi mốt hồ sơ", "resolved_late")]),
    ("Tiếp nhận 900 hồ sơ, một trăm hồ sơ trực tuyến.",
     [("900 hồ sơ", "received_total"), ("một trăm hồ sơ", "received_online")]),
    # unchanged: a year, an article, "một cửa", "sau" (after) is no "sáu"
    ("Năm 2020 tiếp nhận 300 hồ sơ qua một cửa, một số hồ sơ quá hạn.", [("300 hồ sơ", "received_total")]),
    ("Đã giải quyết 700 hồ sơ, sau mươi hồ sơ quá hạn.", [("700 hồ sơ", "resolved_total")]),
    ("Hai cấp đã tiếp nhận 400 hồ sơ.", [("400 hồ sơ", "received_total")]),
]

VALUES = [
    ("mười hai", 12), ("hai mươi lăm", 25), ("ba mươi mốt", 31), ("năm mươi tư", 54), ("một trăm", 100),
    ("mười lăm", 15), ("hai trăm linh năm", 205), ("hai trăm ba mươi hai", 232), ("hai mươi", 20),
    ("mười mốt", None), ("sau mươi", None), ("một mươi", None), ("lăm mươi", None),
]

BASES = [
    # a base after "trên / trong tổng số" takes its own words, not its part's
    ("Phường C chỉ có 8 hồ sơ trễ hạn trên tổng số 4.100 hồ sơ đã giải quyết.",
     [("8 hồ sơ", "resolved_late"), ("4.100 hồ sơ", "resolved_total")]),
    ("Có 5 hồ sơ quá hạn trong tổng số 800 hồ sơ tiếp nhận.",
     [("5 hồ sơ", "resolved_late"), ("800 hồ sơ", "received_total")]),
    # unchanged: the whole its parts are told of
    ("Trong số 1.200 hồ sơ đã giải quyết có 1.150 hồ sơ trước hạn.",
     [("1.200 hồ sơ", "resolved_total"), ("1.150 hồ sơ", "resolved_early")]),
]

SETS = [
    # "(tổng số N thủ tục)" after the set it counts
    ("UBND xã đã niêm yết công khai 100% thủ tục hành chính thuộc thẩm quyền giải quyết của UBND xã (tổng số 142 thủ "
     "tục) theo quy định.", [("142 thủ tục", "procedures_total")]),
    ("UBND xã niêm yết các thủ tục hành chính thuộc thẩm quyền giải quyết của UBND xã (tổng cộng 128 TTHC).",
     [("128 TTHC", "procedures_total")]),
    # unchanged: a dossier count in brackets keeps the cue of its sentence
    ("Bộ phận một cửa đã giải quyết hồ sơ đúng hạn (tổng số 300 hồ sơ).", [("300 hồ sơ", "resolved_on_time")]),
]

UNRECORDED = [
    # not yet recorded: no total of its status
    ("Đề nghị hỗ trợ đồng bộ trạng thái 19 hồ sơ đã giải quyết nhưng chưa cập nhật lên hệ thống.",
     [("19 hồ sơ", "other")]),
    ("Còn 15 hồ sơ đã giải quyết chưa được đồng bộ lên Cổng dịch vụ công.", [("15 hồ sơ", "other")]),
    ("Tiếp nhận 300 hồ sơ, chưa cập nhật kịp thời 5 hồ sơ lên hệ thống.",
     [("300 hồ sơ", "received_total"), ("5 hồ sơ", "other")]),
    # unchanged: "chưa" in a clause of its own, before a status
    ("Đã giải quyết 500 hồ sơ, chưa có hồ sơ quá hạn.", [("500 hồ sơ", "resolved_total")]),
    ("Đang giải quyết 27 hồ sơ chưa đến hạn.", [("27 hồ sơ", "pending_in_time")]),
    ("Có 9 hồ sơ quá hạn vì công chức chưa cập nhật kịp thời.", [("9 hồ sơ", "resolved_late")]),
]

_RESULT = ("Bộ phận một cửa đã tiếp nhận 1.000 hồ sơ. Kết quả: đã giải quyết 990 hồ sơ; trong đó trước hạn 700 hồ sơ, "
           "đúng hạn 290 hồ sơ; đang giải quyết 10 hồ sơ.\nCụ thể theo lĩnh vực:\n")
SUMS = [
    # the items add up to the total received
    (_RESULT + "+ Chứng thực: 600 hồ sơ;\n+ Hộ tịch: 300 hồ sơ;\n+ Đất đai: 100 hồ sơ.",
     ["received_total"] * 3),
    # to the total resolved
    (_RESULT + "+ Chứng thực: 600 hồ sơ;\n+ Hộ tịch: 300 hồ sơ;\n+ Đất đai: 90 hồ sơ.", ["resolved_total"] * 3),
    # to none: the introduction's reading stands
    (_RESULT.replace("; đang giải quyết 10 hồ sơ", "") + "+ Chứng thực: 500 hồ sơ;\n+ Hộ tịch: 300 hồ sơ;\n"
     "+ Đất đai: 100 hồ sơ.", ["resolved_total"] * 3),
    # unchanged: a list its introduction's count names
    ("Đã giải quyết 1.200 hồ sơ. Cụ thể:\n- Lĩnh vực đất đai: 300 hồ sơ;\n- Lĩnh vực hộ tịch: 900 hồ sơ.",
     ["resolved_total"] * 2),
]

COLUMNS = [
    ("Đang GQ | Quá hạn", "pending_late"),
    ("Đang GQ | Trong hạn", "pending_in_time"),
    ("Đã GQ", "resolved_total"),
    ("Đã GQ | Trước hạn", "resolved_early"),
    # unchanged
    ("Đang giải quyết | Quá hạn", "pending_late"),
    ("Đã giải quyết | Quá hạn", "resolved_late"),
]


def _rows(text: str) -> list[tuple[str, str]]:
    return count_rows(COMMUNE + text, "text", "metric")


@pytest.mark.parametrize(("text", "expected"), AVERAGES + NUMERALS + BASES + SETS + UNRECORDED)
def test_count_metrics(text: str, expected: list[tuple[str, str]]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(("words", "value"), VALUES)
def test_compound_values(words: str, value: int | None) -> None:
    assert compound_value(words.split()) == value


@pytest.mark.parametrize(("text", "metrics"), SUMS)
def test_breakdown_takes_the_total_it_adds_up_to(text: str, metrics: list[str]) -> None:
    assert [m for _, m in _rows(text)][-len(metrics):] == metrics  # the list's items, last in the text


@pytest.mark.parametrize(("header", "metric"), COLUMNS)
def test_column_abbreviation(header: str, metric: str) -> None:
    path = " | ".join(header_words(level) for level in header.split(" | "))
    assert column_metric(path) == metric
