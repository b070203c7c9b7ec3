"""The counts extractor: table-driven phrasings (positive and negative), tables, properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.document import Document, Source
from extract.extractors.counts import CountExtractor, column_metric
from extract.readers.txt import read_txt
from extract.registry import Context


def doc(text: str) -> Document:
    return read_txt(text.encode("utf-8"), Source("test.txt", "0" * 64, "txt"))


def counts(text: str) -> list[tuple[str, str, int, str | None]]:
    d = doc(text)
    facts = list(CountExtractor().extract(Context(document=d)))
    for f in facts:
        assert d.text[f.start:f.end] == f.text
    return [(f.text, f.metric, f.value, f.scope) for f in facts]


POSITIVE = [
    ("Tổng số hồ sơ đã tiếp nhận là 4.911 hồ sơ (trong đó, tiếp nhận trực tuyến 4.900 hồ sơ; trực tiếp 0 hồ sơ, "
     "kỳ trước chuyển qua: 11 hồ sơ).",
     [("4.911 hồ sơ", "received_total", 4911, None), ("4.900 hồ sơ", "received_online", 4900, None),
      ("0 hồ sơ", "received_direct", 0, None), ("11 hồ sơ", "carried_over", 11, None)]),
    ("Chi nhánh Văn phòng đăng ký đất đai thành phố tiếp nhận 361 hồ sơ, số hồ sơ đã giải quyết 297, "
     "số hồ sơ đang giải quyết là 64 hồ sơ.",
     [("361 hồ sơ", "received_total", 361, "Chi nhánh Văn phòng đăng ký đất đai thành phố"),
      ("297", "resolved_total", 297, "Chi nhánh Văn phòng đăng ký đất đai thành phố"),
      ("64 hồ sơ", "pending_total", 64, "Chi nhánh Văn phòng đăng ký đất đai thành phố")]),
    ("- Phòng Kinh tế xã: Đạt 100% (75/75 hồ sơ); hồ sơ trực tuyến 75 hồ sơ, hồ sơ trực tiếp 0 hồ sơ, "
     "hồ sơ tiếp nhận trong kỳ 74 hồ sơ, hồ sơ kỳ trước 01 hồ sơ.",
     [("75 hồ sơ", "received_online", 75, "Phòng Kinh tế xã"), ("0 hồ sơ", "received_direct", 0, "Phòng Kinh tế xã"),
      ("74 hồ sơ", "received_in_period", 74, "Phòng Kinh tế xã"), ("01 hồ sơ", "carried_over", 1, "Phòng Kinh tế xã")]),
    ("Có 106 hồ sơ đang giải quyết, trong đó có 93 hồ sơ trong hạn, 13 hồ sơ yêu cầu bổ sung.",
     [("106 hồ sơ", "pending_total", 106, None), ("93 hồ sơ", "pending_in_time", 93, None),
      ("13 hồ sơ", "supplement_requested", 13, None)]),
    ("Có 20 hồ sơ đang giải quyết, trong đó 15 hồ sơ trong hạn, 5 hồ sơ quá hạn.",
     [("20 hồ sơ", "pending_total", 20, None), ("15 hồ sơ", "pending_in_time", 15, None),
      ("5 hồ sơ", "pending_late", 5, None)]),
    ("Đã trả kết quả 4.160 hồ sơ, trong đó có 4.029 hồ sơ giải quyết trước hạn, 8 hồ sơ đúng hạn, 11 hồ sơ quá hạn, "
     "29 hồ sơ từ chối, 83 hồ sơ rút.",
     [("4.160 hồ sơ", "resolved_total", 4160, None), ("4.029 hồ sơ", "resolved_early", 4029, None),
      ("8 hồ sơ", "resolved_on_time", 8, None), ("11 hồ sơ", "resolved_late", 11, None),
      ("29 hồ sơ", "rejected", 29, None), ("83 hồ sơ", "withdrawn", 83, None)]),
    ("+ Hồ sơ đã giải quyết trước hạn: 3985 hồ sơ đạt 99,72%\n\n+ Hồ sơ rút và từ chối: 11 hồ sơ",
     [("3985 hồ sơ", "resolved_early", 3985, None), ("11 hồ sơ", "rejected_or_withdrawn", 11, None)]),
    ("Số lượng hồ sơ đã giải quyết: 4.882 hồ sơ, trong đó, giải quyết trước hạn 4.880, quá hạn 02 hồ sơ.",
     [("4.882 hồ sơ", "resolved_total", 4882, None), ("4.880", "resolved_early", 4880, None),
      ("02 hồ sơ", "resolved_late", 2, None)]),
    ("Trung tâm đã tiếp nhận 08 phản ánh, kiến nghị (PAKN) từ công dân; đã thực hiện xử lý 08 PAKN.",
     [("08 phản ánh, kiến nghị (PAKN)", "feedback_received", 8, None), ("08 PAKN", "feedback_handled", 8, None)]),
    ("Tổng số TTHC thuộc thẩm quyền giải quyết là 378 thủ tục, trong đó số Dịch vụ công trực tuyến (DVCTT) một phần "
     "là 159 thủ tục, Dịch vụ công trực tuyến toàn trình là 219 thủ tục.",
     [("378 thủ tục", "procedures_total", 378, None), ("159 thủ tục", "procedures_online_partial", 159, None),
      ("219 thủ tục", "procedures_online_full", 219, None)]),
    ("Tổng số thủ tục hành chính là 374 thủ tục, cụ thể: 155 TTHC trực tuyến một phần, 219 TTHC trực tuyến toàn trình.",
     [("374 thủ tục", "procedures_total", 374, None), ("155 TTHC", "procedures_online_partial", 155, None),
      ("219 TTHC", "procedures_online_full", 219, None)]),
    ("Tổng số hồ sơ của DVCTT toàn trình (gồm hồ sơ nộp trực tuyến + trực tiếp) là 284",
     [("284", "received_total", 284, "DVCTT toàn trình")]),
    ("Tổng hồ sơ tiếp nhận trong kỳ và kỳ trước chuyển qua 1.132 hồ sơ, tiếp nhận trong kỳ 1.130, "
     "kỳ trước chuyển qua 02 hồ sơ",
     [("1.132 hồ sơ", "received_total", 1132, None), ("1.130", "received_in_period", 1130, None),
      ("02 hồ sơ", "carried_over", 2, None)]),
    ("Đăng ký liên thông khai sinh, đăng ký thường trú là 49 hồ sơ; lĩnh vực người có công 12 hồ sơ.",
     [("49 hồ sơ", "interlinked", 49, None), ("12 hồ sơ", "interlinked", 12, "người có công")]),
    ("- Lĩnh vực quân sự: 02 thủ tục", [("02 thủ tục", "procedures_total", 2, "quân sự")]),
    ("Số TTHC giữ nguyên: 378; số TTHC bãi bỏ: 0", [("378", "other", 378, None), ("0", "other", 0, None)]),
    ("UBND xã tiếp nhận: 31 đơn, đã giải quyết 29 đơn.", [("31 đơn", "other", 31, None), ("29 đơn", "other", 29, None)]),
]
# --- generalisation: phrasings, clauses, numbers and scopes beyond the seeds (written for these tests) ---
GENERAL = [
    # 1. number shapes: space-grouped thousands, a scale word, a bare figure after "tổng số hồ sơ"
    ("Tiếp nhận trực tuyến: 2 315 hồ sơ.", [("2 315 hồ sơ", "received_online", 2315, None)]),
    ("Từ đầu năm, phường tiếp nhận 3,2 nghìn hồ sơ.", [("3,2 nghìn hồ sơ", "received_total", 3200, None)]),
    ("Trên hệ thống của tỉnh: tổng số hồ sơ 2315; đã giải quyết 2.301 hồ sơ.",
     [("2315", "received_total", 2315, None), ("2.301 hồ sơ", "resolved_total", 2301, None)]),
    # 3. the cue of a figure's own clause, never the previous clause's
    ("Tổng số hồ sơ tiếp nhận trong kỳ: 812 hồ sơ (kỳ trước chuyển qua 40 hồ sơ; tiếp nhận mới 772 hồ sơ, "
     "trong đó trực tuyến 600 hồ sơ, trực tiếp và qua dịch vụ bưu chính 172 hồ sơ).",
     [("812 hồ sơ", "received_total", 812, None), ("40 hồ sơ", "carried_over", 40, None),
      ("772 hồ sơ", "received_in_period", 772, None), ("600 hồ sơ", "received_online", 600, None),
      ("172 hồ sơ", "received_direct", 172, None)]),
    ("Toàn huyện tiếp nhận 9.120 hồ sơ, trong đó có 8.900 hồ sơ tiếp nhận mới trong tháng và 220 hồ sơ "
     "từ tháng trước chuyển sang.",
     [("9.120 hồ sơ", "received_total", 9120, None), ("8.900 hồ sơ", "received_in_period", 8900, None),
      ("220 hồ sơ", "carried_over", 220, None)]),
    ("Trong kỳ tiếp nhận mới 505 hồ sơ; nộp trực tiếp tại bộ phận một cửa 45 hồ sơ.",
     [("505 hồ sơ", "received_in_period", 505, None), ("45 hồ sơ", "received_direct", 45, None)]),
    ("Đang giải quyết 61 hồ sơ (trong hạn 58, quá hạn 3).",
     [("61 hồ sơ", "pending_total", 61, None), ("58", "pending_in_time", 58, None), ("3", "pending_late", 3, None)]),
    ("Hiện còn 310 hồ sơ đang giải quyết, trong đó 300 hồ sơ còn trong hạn.",
     [("310 hồ sơ", "pending_total", 310, None), ("300 hồ sơ", "pending_in_time", 300, None)]),
    ("Còn 04 hồ sơ trễ hạn và 02 hồ sơ đang giải quyết đã quá hạn.",
     [("04 hồ sơ", "resolved_late", 4, None), ("02 hồ sơ", "pending_late", 2, None)]),
    # 4. new phrasings
    ("- Số hồ sơ đã có kết quả: 450 hồ sơ, trong đó: giải quyết đúng và trước hạn 447 hồ sơ; trễ hạn 03 hồ sơ.",
     [("450 hồ sơ", "resolved_total", 450, None), ("447 hồ sơ", "resolved_in_time", 447, None),
      ("03 hồ sơ", "resolved_late", 3, None)]),
    ("- Số hồ sơ đang giải quyết: 30 hồ sơ, trong đó: chưa đến hạn 29 hồ sơ; đã quá hạn 01 hồ sơ.",
     [("30 hồ sơ", "pending_total", 30, None), ("29 hồ sơ", "pending_in_time", 29, None),
      ("01 hồ sơ", "pending_late", 1, None)]),
    ("Đã trả kết quả 120 hồ sơ, giải quyết trước và đúng hạn 119 hồ sơ.",
     [("120 hồ sơ", "resolved_total", 120, None), ("119 hồ sơ", "resolved_in_time", 119, None)]),
    ("Số hồ sơ tồn chuyển kỳ sau: 15 hồ sơ.", [("15 hồ sơ", "pending_total", 15, None)]),
    ("Tổng số hồ sơ phải giải quyết trong kỳ là 900 hồ sơ.", [("900 hồ sơ", "received_total", 900, None)]),
    ("Tiếp tục đôn đốc giải quyết dứt điểm 05 hồ sơ quá hạn.", [("05 hồ sơ", "pending_late", 5, None)]),
    # 5. scopes: numbered office items, commune-level subjects, fields next to a figure
    ("2. Phòng Văn hóa - Xã hội: tiếp nhận 210 hồ sơ; đã giải quyết 208 hồ sơ.",
     [("210 hồ sơ", "received_total", 210, "Phòng Văn hóa - Xã hội"),
      ("208 hồ sơ", "resolved_total", 208, "Phòng Văn hóa - Xã hội")]),
    ("3. Chi nhánh Văn phòng đăng ký đất đai khu vực II (tiếp nhận tại xã): tiếp nhận 90 hồ sơ.",
     [("90 hồ sơ", "received_total", 90, "Chi nhánh Văn phòng đăng ký đất đai khu vực II")]),
    ("- Các lĩnh vực khác: tiếp nhận mới 35 hồ sơ.", [("35 hồ sơ", "received_in_period", 35, "Các lĩnh vực khác")]),
    ("UBND các xã, phường tiếp nhận 4.100 hồ sơ, đã giải quyết 4.090 hồ sơ.",
     [("4.100 hồ sơ", "received_total", 4100, "UBND các xã, phường"),
      ("4.090 hồ sơ", "resolved_total", 4090, "UBND các xã, phường")]),
    ("Hồ sơ trễ hạn chủ yếu ở lĩnh vực xây dựng (12 hồ sơ) do chờ ý kiến thẩm định.",
     [("12 hồ sơ", "resolved_late", 12, "xây dựng")]),
    ("Có 06 hồ sơ quá hạn thuộc lĩnh vực đất đai do chờ đo đạc.",
     [("06 hồ sơ", "resolved_late", 6, "đất đai")]),
    ("Ở cấp tỉnh, các sở tiếp nhận 5.000 hồ sơ; cấp xã tiếp nhận 7.000 hồ sơ.",
     [("5.000 hồ sơ", "received_total", 5000, "cấp tỉnh"), ("7.000 hồ sơ", "received_total", 7000, "cấp xã")]),
    ("ỦY BAN NHÂN DÂN\nHUYỆN EA SÚP\n\nSố TTHC thuộc thẩm quyền giải quyết của cấp huyện là 250 thủ tục; của cấp xã là 101 thủ tục.",
     [("250 thủ tục", "procedures_total", 250, None), ("101 thủ tục", "procedures_total", 101, "cấp xã")]),
    # 7. procedure counts
    ("Bộ TTHC áp dụng tại xã gồm 301 thủ tục, trong đó 170 thủ tục được cung cấp dịch vụ công trực tuyến "
     "toàn trình, 131 thủ tục cung cấp dịch vụ công trực tuyến một phần.",
     [("301 thủ tục", "procedures_total", 301, None), ("170 thủ tục", "procedures_online_full", 170, None),
      ("131 thủ tục", "procedures_online_partial", 131, None)]),
    ("tổng số TTHC đang áp dụng là 300 thủ tục, trong đó 190 DVCTT toàn trình, 110 DVCTT một phần.",
     [("300 thủ tục", "procedures_total", 300, None), ("190 DVCTT", "procedures_online_full", 190, None),
      ("110 DVCTT", "procedures_online_partial", 110, None)]),
]

# round 2: totals before a breakdown, scopes after a lead word, feedback statuses and channels, differences
ROUND2 = [
    # a "trong kỳ" figure followed by a breakdown with a carried-over part is the total
    ("Số hồ sơ tiếp nhận trong kỳ là 905 hồ sơ (tiếp nhận mới 890 hồ sơ, kỳ trước chuyển sang 15 hồ sơ).",
     [("905 hồ sơ", "received_total", 905, None), ("890 hồ sơ", "received_in_period", 890, None),
      ("15 hồ sơ", "carried_over", 15, None)]),
    # ... but not when the breakdown has no carried-over part
    ("Hồ sơ tiếp nhận trong kỳ 640 hồ sơ, trong đó trực tuyến 600 hồ sơ.",
     [("640 hồ sơ", "received_in_period", 640, None), ("600 hồ sơ", "received_online", 600, None)]),
    # "Riêng …", "Tại …" before a sub-unit's name
    ("Riêng Chi nhánh Văn phòng đăng ký đất đai Bảo Lộc tiếp nhận tại Trung tâm 75 hồ sơ, đã trả kết quả 70 hồ sơ.",
     [("75 hồ sơ", "received_total", 75, "Chi nhánh Văn phòng đăng ký đất đai Bảo Lộc"),
      ("70 hồ sơ", "resolved_total", 70, "Chi nhánh Văn phòng đăng ký đất đai Bảo Lộc")]),
    ("b) Tại UBND các xã, thị trấn: tiếp nhận 2.300 hồ sơ, đang giải quyết 12 hồ sơ.",
     [("2.300 hồ sơ", "received_total", 2300, "UBND các xã, thị trấn"),
      ("12 hồ sơ", "pending_total", 12, "UBND các xã, thị trấn")]),
    # levels inside a parenthesis or after "trong đó"
    ("Tổng số TTHC là 280 thủ tục (cấp huyện 175 thủ tục, cấp xã 105 thủ tục).",
     [("280 thủ tục", "procedures_total", 280, None), ("175 thủ tục", "procedures_total", 175, "cấp huyện"),
      ("105 thủ tục", "procedures_total", 105, "cấp xã")]),
    ("Số TTHC thuộc thẩm quyền của huyện là 290 thủ tục, trong đó cấp xã là 98 thủ tục.",
     [("290 thủ tục", "procedures_total", 290, None), ("98 thủ tục", "procedures_total", 98, "cấp xã")]),
    # feedback still being handled, or broken down by channel: no key
    ("Đã xử lý 06 phản ánh, kiến nghị và 02 phản ánh, kiến nghị đang trong thời hạn xử lý.",
     [("06 phản ánh, kiến nghị", "feedback_handled", 6, None), ("02 phản ánh, kiến nghị", "other", 2, None)]),
    ("Đã trả lời 04 phản ánh, kiến nghị; 01 phản ánh, kiến nghị đang được xem xét, trả lời.",
     [("04 phản ánh, kiến nghị", "feedback_handled", 4, None), ("01 phản ánh, kiến nghị", "other", 1, None)]),
    ("Tiếp nhận 07 phản ánh, kiến nghị (qua Tổng đài 1022: 03 phản ánh, kiến nghị; qua Cổng Dịch vụ công: "
     "04 phản ánh, kiến nghị).",
     [("07 phản ánh, kiến nghị", "feedback_received", 7, None), ("03 phản ánh, kiến nghị", "other", 3, None),
      ("04 phản ánh, kiến nghị", "other", 4, None)]),
    # ... while a handled count after "trong đó" keeps its key, and a topic after the count is no breakdown
    ("Tiếp nhận 05 phản ánh, kiến nghị, trong đó đã xử lý 05 phản ánh, kiến nghị.",
     [("05 phản ánh, kiến nghị", "feedback_received", 5, None), ("05 phản ánh, kiến nghị", "feedback_handled", 5, None)]),
    ("UBND xã tiếp nhận 02 phản ánh, kiến nghị về quy định hành chính qua Hệ thống tiếp nhận phản ánh, kiến nghị.",
     [("02 phản ánh, kiến nghị", "feedback_received", 2, None)]),
    # a difference is never the metric itself
    ("Tiếp nhận 520 hồ sơ, tăng 120 hồ sơ so với cùng kỳ.",
     [("520 hồ sơ", "received_total", 520, None), ("120 hồ sơ", "other", 120, None)]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND2)
def test_round2_phrasings(text: str, expected: list) -> None:
    assert counts(text) == expected


def test_one_stop_shop_is_the_unit_itself() -> None:
    text = ("ỦY BAN NHÂN DÂN\nTHỊ XÃ AN KHÊ\n\n1. Tại Bộ phận Tiếp nhận và Trả kết quả thị xã\n\n"
            "Tổng số hồ sơ tiếp nhận: 300 hồ sơ.\n\na) Tại Bộ phận Tiếp nhận và Trả kết quả thị xã: đã giải quyết 290 hồ sơ.")
    assert [scope for *_, scope in counts(text)] == [None, None]


def test_a_place_name_is_no_verb() -> None:
    # "Đà Lạt" folds to the "da" of "đã": the name is still a scope
    (got,) = counts("Chi nhánh Văn phòng đăng ký đất đai Đà Lạt tiếp nhận 40 hồ sơ.")
    assert got[3] == "Chi nhánh Văn phòng đăng ký đất đai Đà Lạt"


GENERAL_NEGATIVE = [
    # a figure far from a cue in its clause, the object of "đối với": not that cue's figure
    ("rà soát, đơn giản hóa thủ tục thuộc thẩm quyền giải quyết của cấp xã dựa trên dữ liệu đối với 03 TTHC "
     "đặc thù thuộc thẩm quyền của UBND xã.", "03 TTHC", "procedures_total"),
    # the first clause's cue never reaches the figure after ";"
    ("kỳ trước chuyển qua 10 hồ sơ; tiếp nhận mới 95 hồ sơ.", "95 hồ sơ", "carried_over"),
    # "tổng số" leading a received figure is not "trong kỳ"
    ("Tổng số hồ sơ tiếp nhận trong kỳ: 400 hồ sơ.", "400 hồ sơ", "received_in_period"),
    # "trễ hạn" among finished dossiers stays resolved_late once a new line starts
    ("- Đang giải quyết: 20 hồ sơ, trong đó trong hạn 20 hồ sơ.\n- Lĩnh vực Nội vụ: đã giải quyết 40 hồ sơ, "
     "trễ hạn 01 hồ sơ.", "01 hồ sơ", "pending_late"),
]


NEGATIVE = [
    "Quyết định số 714/QĐ-UBND ngày 27/02/2026 của UBND thành phố Hải Phòng.",
    "Trung tâm có diện tích 220m2, camera giám sát 24/24 để đảm bảo an ninh.",
    "Văn phòng HĐND-UBND xã: Đạt 100% (1.018/1.018 hồ sơ).",
    "3.3. Kết quả giải quyết thủ tục hành chính và dịch vụ công trực tuyến",
    "Lĩnh vực quân sự trong quý II/2026 không phát sinh hồ sơ.",
    "Tỷ lệ số hóa hồ sơ đạt 98,7%. Tỷ lệ thanh toán trực tuyến đạt 100%.",
    "Kế hoạch cải cách hành chính năm 2026 theo Nghị định 61/2018/NĐ-CP, giai đoạn 2021-2030.",
    "Bộ chỉ số 766 đánh giá chất lượng phục vụ người dân.",
    "có 01/01 phản ánh kiến nghị đã được tiếp nhận xử lý theo đúng quy định",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_phrasings(text: str, expected: list) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(("text", "expected"), GENERAL)
def test_general_phrasings(text: str, expected: list) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(("text", "figure", "metric"), GENERAL_NEGATIVE)
def test_wrong_cue_not_taken(text: str, figure: str, metric: str) -> None:
    got = [m for t, m, _, _ in counts(text) if t == figure]
    assert got and metric not in got


@pytest.mark.parametrize(("text", "scope_word"), [
    ("Số TTHC cấp xã đang áp dụng là 300 thủ tục.", None),  # a xã report's own level: no scope
    ("UBND xã tiếp nhận 300 hồ sơ, đã giải quyết 290 hồ sơ.", None),  # the reporting unit itself
    ("- Trung tâm Phục vụ hành chính công: tiếp nhận 300 hồ sơ.", None),
])
def test_whole_unit_has_no_scope(text: str, scope_word: None) -> None:
    assert all(scope is scope_word for *_, scope in counts("ỦY BAN NHÂN DÂN XÃ AN BÌNH\n\n" + text))


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_counts(text: str) -> None:
    assert counts(text) == []


DISTRICT = "ỦY BAN NHÂN DÂN\nHUYỆN HÒA LẠC\n\n"

ROUND3 = [
    # a department as a sentence subject: after a full stop, after a comma (a capitalised name), with a
    # parenthesis before its verb; a scoped dossier figure with no cue is what the department received
    ("Tại Trung tâm Phục vụ hành chính công tỉnh, Sở Tư pháp tiếp nhận 2.904 hồ sơ. Sở Xây dựng tiếp nhận "
     "236 hồ sơ, còn 14 hồ sơ trễ hạn.",
     [("2.904 hồ sơ", "received_total", 2904, "Sở Tư pháp"), ("236 hồ sơ", "received_total", 236, "Sở Xây dựng"),
      ("14 hồ sơ", "resolved_late", 14, "Sở Xây dựng")]),
    ("Sở Tài nguyên và Môi trường (gồm các chi nhánh) là đơn vị có số hồ sơ lớn nhất với 12.560 hồ sơ.",
     [("12.560 hồ sơ", "received_total", 12560, "Sở Tài nguyên và Môi trường")]),
    # "số" folds like "sở": never a department
    ("Số hồ sơ tiếp nhận là 120 hồ sơ.", [("120 hồ sơ", "received_total", 120, None)]),
    # a word of a list after a comma is no subject: the level before it scopes the figure
    ("Ở cấp tỉnh, các sở, ban, ngành tiếp nhận 1.386 hồ sơ.", [("1.386 hồ sơ", "received_total", 1386, "cấp tỉnh")]),
    # a breakdown by level in parentheses: even the unit's own level is a part; the scope ends at ")"
    (DISTRICT + "Tổng số hồ sơ tiếp nhận: 946 hồ sơ (cấp huyện: 312 hồ sơ; cấp xã: 634 hồ sơ), trong đó: kỳ trước "
     "chuyển qua 27 hồ sơ.",
     [("946 hồ sơ", "received_total", 946, None), ("312 hồ sơ", "received_total", 312, "cấp huyện"),
      ("634 hồ sơ", "received_total", 634, "cấp xã"), ("27 hồ sơ", "carried_over", 27, None)]),
    # the unit's own level outside a breakdown is the unit; "UBND cấp xã" is the level (GOLD.md: cấp xã)
    (DISTRICT + "Tổng số TTHC thuộc thẩm quyền của UBND huyện là 254 thủ tục, của UBND cấp xã là 112 thủ tục.",
     [("254 thủ tục", "procedures_total", 254, None), ("112 thủ tục", "procedures_total", 112, "cấp xã")]),
    (DISTRICT + "Ở cấp huyện, tiếp nhận 500 hồ sơ.", [("500 hồ sơ", "received_total", 500, None)]),
    # late dossiers by field: the next field of the list, as written
    ("Hồ sơ trễ hạn thuộc lĩnh vực đất đai (02 hồ sơ) và xây dựng (01 hồ sơ) của Phòng Kinh tế.",
     [("02 hồ sơ", "resolved_late", 2, "đất đai"), ("01 hồ sơ", "resolved_late", 1, "xây dựng")]),
    ("Hồ sơ quá hạn ở lĩnh vực đất đai (02 hồ sơ) do chờ đo đạc (01 hồ sơ).",
     [("02 hồ sơ", "resolved_late", 2, "đất đai"), ("01 hồ sơ", "resolved_late", 1, None)]),
    # a section heading names the section, not a figure of a later line
    ("2. Xử lý\n\nSố PAKN thuộc thẩm quyền của xã là 14 phản ánh, kiến nghị; đã chuyển 03 phản ánh, kiến nghị "
     "đến Sở Tư pháp. Đã xử lý 13 phản ánh, kiến nghị.",
     [("14 phản ánh, kiến nghị", "other", 14, None), ("03 phản ánh, kiến nghị", "other", 3, None),
      ("13 phản ánh, kiến nghị", "feedback_handled", 13, None)]),
    ("2. Giải quyết hồ sơ\n\nĐã giải quyết 2.261 hồ sơ (Quý IV/2025: 2.497 hồ sơ).",
     [("2.261 hồ sơ", "resolved_total", 2261, None), ("2.497 hồ sơ", "resolved_total", 2497, None)]),
    ("Nhiệm vụ: xử lý dứt điểm 01 phản ánh, kiến nghị còn lại.", [("01 phản ánh, kiến nghị", "other", 1, None)]),
    ("Hồ sơ nộp qua mạng 96 hồ sơ.", [("96 hồ sơ", "received_online", 96, None)]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND3)
def test_round3_phrasings(text: str, expected: list) -> None:
    assert counts(text) == expected


PDF_TEXT = "- Tổng số hồ sơ đã tiếp nhận là 4.911 hồ sơ (trong đó, tiếp nhận trực tuyến\n\n4.900 hồ sơ)."


def test_pdf_line_break_inside_phrase() -> None:
    assert counts(PDF_TEXT)[1] == ("4.900 hồ sơ", "received_online", 4900, None)


TABLE = (
    "PHỤ LỤC\n\n"
    "STT\tLĩnh vực\tSố lượng hồ sơ tiếp nhận\t\tSố lượng hồ sơ đã giải quyết\t\tSố lượng hồ sơ đang giải quyết\t\n"
    "\t\tTổng số\tTừ kỳ trước\tTổng số\tQuá hạn\tTổng số\tQuá hạn\n"
    "(1)\t(2)\t(3)\t(4)\t(5)\t(6)\t(7)\t(8)\n"
    "1\tHộ tịch\t343\t0\t340\t1\t3\t2\n"
    "Tổng cộng\t\t1.132\t2\t1.131\t1\t1\t0\n"
)


def test_table_cells() -> None:
    got = counts(TABLE)
    assert ("343", "received_total", 343, "Hộ tịch") in got
    assert ("0", "carried_over", 0, "Hộ tịch") in got
    assert ("340", "resolved_total", 340, "Hộ tịch") in got
    assert ("1", "resolved_late", 1, "Hộ tịch") in got
    assert ("2", "pending_late", 2, "Hộ tịch") in got
    assert ("1.132", "received_total", 1132, None) in got
    assert not any(t.startswith("(") for t, *_ in got)  # the numbering row
    assert len(got) == 12  # the STT cell "1" is not a count


ELEVEN_COLUMNS = (
    "STT\tLĩnh vực\tSố hồ sơ nhận giải quyết\t\t\t\tKết quả giải quyết\t\t\t\tĐang giải quyết\t\t\n"
    "\t\tTổng số\tKỳ trước chuyển qua\tTrực tuyến\tTrực tiếp, BCCI\tTổng số\tTrước hạn\tĐúng hạn\tQuá hạn"
    "\tTổng số\tTrong hạn\tQuá hạn\n"
    "(1)\t(2)\t(3)\t(4)\t(5)\t(6)\t(7)\t(8)\t(9)\t(10)\t(11)\t(12)\t(13)\n"
    "1\tHộ tịch\t520\t10\t400\t110\t500\t480\t15\t5\t20\t18\t2\n"
)


def test_table_columns_from_headers_not_positions() -> None:
    got = counts(ELEVEN_COLUMNS)
    assert [m for _, m, _, _ in got] == [
        "received_total", "carried_over", "received_online", "received_direct", "resolved_total", "resolved_early",
        "resolved_on_time", "resolved_late", "pending_total", "pending_in_time", "pending_late"]
    assert {scope for *_, scope in got} == {"Hộ tịch"}


@pytest.mark.parametrize(("path", "metric"), [
    ("so ho so nhan giai quyet | tong so", "received_total"),
    ("so ho so nhan giai quyet | ky truoc chuyen qua", "carried_over"),
    ("ket qua giai quyet | tong so", "resolved_total"),
    ("dang giai quyet | qua han", "pending_late"),
    ("da giai quyet | qua han", "resolved_late"),
    ("so luong ho so tiep nhan | truc tiep, bcci", "received_direct"),
    ("so luong ho so dang giai quyet | trong han", "pending_in_time"),
    ("so moi tiep nhan", "received_in_period"),
    ("tong so ho so tiep nhan | so moi tiep nhan", "received_in_period"),
    ("so ho so nhan giai quyet | trong ky", "received_in_period"),
    ("so ho so tiep nhan | moi", "received_in_period"),
    ("so ho so tiep nhan | so moi tiep nhan | tong so", "received_in_period"),
    ("so ho so tiep nhan | so moi tiep nhan | truc tuyen", "received_online"),
    ("da giai quyet | tong so | truoc han", "resolved_early"),
    ("ghi chu", None),
    ("tong so", None),
])
def test_column_metric(path: str, metric: str | None) -> None:
    assert column_metric(path) == metric


def test_table_of_other_things_is_skipped() -> None:
    table = "STT\tNội dung\tGhi chú\tSố tiền\n1\tChi thường xuyên\t12\t300\n2\tChi đầu tư\t4\t500\n"
    assert counts(table) == []


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789.,/%: \n-+()hồsơthủtụcđãtiếpnhậnTổngsốtrongđó;\t")),
               max_size=300))
def test_never_raises_and_spans_index_text(text: str) -> None:
    d = doc(text) if text.strip() else None
    if d is None:
        return
    for f in CountExtractor().extract(Context(document=d)):
        assert d.text[f.start:f.end] == f.text
        assert isinstance(f.value, int)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_unicode(text: str) -> None:
    if not text.strip():
        return
    try:
        d = doc(text)
    except Exception:  # the reader may refuse odd text (NUL ...); that is not ours
        return
    for f in CountExtractor().extract(Context(document=d)):
        assert d.text[f.start:f.end] == f.text


# --- round 4 -------------------------------------------------------------------------------------

ROUND4 = [
    # a field's scope is its name without the head word "lĩnh vực"; sub-units keep theirs
    ("- Lĩnh vực Chứng thực: tiếp nhận 120 hồ sơ.", [("120 hồ sơ", "received_total", 120, "Chứng thực")]),
    ("Có 04 hồ sơ quá hạn thuộc lĩnh vực Xây dựng do chờ thẩm định.",
     [("04 hồ sơ", "resolved_late", 4, "Xây dựng")]),
    ("- Các lĩnh vực khác: tiếp nhận 35 hồ sơ.", [("35 hồ sơ", "received_total", 35, "Các lĩnh vực khác")]),
    # a breakdown by field: each item's name scopes its figure
    ("Phân theo lĩnh vực: Hộ tịch 70 hồ sơ; Chứng thực 41 hồ sơ; Lao động - Thương binh và Xã hội 9 hồ sơ.",
     [("70 hồ sơ", "received_total", 70, "Hộ tịch"), ("41 hồ sơ", "received_total", 41, "Chứng thực"),
      ("9 hồ sơ", "received_total", 9, "Lao động - Thương binh và Xã hội")]),
    ("Chia theo lĩnh vực: đất đai 12 hồ sơ, tư pháp 30 hồ sơ.",
     [("12 hồ sơ", "received_total", 12, "đất đai"), ("30 hồ sơ", "received_total", 30, "tư pháp")]),
    # the parts of a total as list lines keep the total's frame
    ("3. Số hồ sơ đang giải quyết: 40 hồ sơ, trong đó:\n+ Trong hạn: 38 hồ sơ;\n+ Quá hạn: 02 hồ sơ.",
     [("40 hồ sơ", "pending_total", 40, None), ("38 hồ sơ", "pending_in_time", 38, None),
      ("02 hồ sơ", "pending_late", 2, None)]),
    ("2. Số hồ sơ đã giải quyết: 300 hồ sơ, trong đó:\n+ Trước hạn: 290 hồ sơ;\n+ Quá hạn: 10 hồ sơ.",
     [("300 hồ sơ", "resolved_total", 300, None), ("290 hồ sơ", "resolved_early", 290, None),
      ("10 hồ sơ", "resolved_late", 10, None)]),
    # a part whose cue names its own process is not re-read in the total's frame
    ("Số hồ sơ đã giải quyết: 90 hồ sơ trong đó:\n+ Hồ sơ đã giải quyết trước hạn: 85 hồ sơ\n"
     "+ Hồ sơ đang giải quyết trong hạn: 5 hồ sơ",
     [("90 hồ sơ", "resolved_total", 90, None), ("85 hồ sơ", "resolved_early", 85, None),
      ("5 hồ sơ", "pending_in_time", 5, None)]),
    # dossiers carried over from the communes merged into the new one
    ("+ Từ các xã cũ chuyển sang: 15 hồ sơ.", [("15 hồ sơ", "carried_over", 15, None)]),
    # late dossiers told one group or case at a time have no key; a field keeps the late metric
    ("Đã giải quyết 500 hồ sơ, quá hạn 03 hồ sơ (02 hồ sơ đăng ký hộ kinh doanh, 01 hồ sơ cấp phép xây dựng).",
     [("500 hồ sơ", "resolved_total", 500, None), ("03 hồ sơ", "resolved_late", 3, None),
      ("02 hồ sơ", "other", 2, None), ("01 hồ sơ", "other", 1, None)]),
    # a known field right after the unit word scopes the late dossiers it explains (corpus/GOLD.md, eighth session)
    ("Lý do hồ sơ quá hạn: 01 hồ sơ đất đai quá hạn do chờ đo đạc.", [("01 hồ sơ", "resolved_late", 1, "đất đai")]),
    ("Đã có văn bản xin lỗi đối với 04 hồ sơ quá hạn.", [("04 hồ sơ", "resolved_late", 4, None)]),
    # integration of procedures for online payment: the verb wins over "có phát sinh phí, lệ phí"
    ("Tỉnh đã tích hợp 1.020 thủ tục hành chính có phát sinh phí, lệ phí lên Cổng Dịch vụ công quốc gia để "
     "thanh toán trực tuyến.", [("1.020 thủ tục hành chính", "procedures_payment_integrated", 1020, None)]),
    # dossiers paid online are no online submissions
    ("Trong quý có 3.200 hồ sơ được thanh toán trực tuyến.", [("3.200 hồ sơ", "other", 3200, None)]),
    # the sub-unit the figure's dossiers belong to, after "của"
    ("Còn 05 hồ sơ đã quá hạn xử lý của Chi nhánh Văn phòng đăng ký đất đai; đã đôn đốc.",
     [("05 hồ sơ", "resolved_late", 5, "Chi nhánh Văn phòng đăng ký đất đai")]),
]

ROUND4_NEGATIVE = [
    # "đối với" + a cue farther than the unit word: no cue
    ("Thực hiện đối với 02 TTHC đặc thù thuộc thẩm quyền của tỉnh.", "02 TTHC", "procedures_total"),
    # the reporting unit itself after "của" is no scope
    ("Còn 03 hồ sơ quá hạn của Bộ phận Một cửa xã.", "03 hồ sơ", None),
    # "số" (not "Sở") after "của" is no department
    ("Đã giải quyết 07 hồ sơ của số hộ dân còn lại.", "07 hồ sơ", None),
    # a breakdown by field is explained, not "other", where the field is named
    ("Hồ sơ quá hạn thuộc lĩnh vực đất đai (06 hồ sơ) do chờ đo đạc.", "06 hồ sơ", "other"),
    # staff moved from the merged communes are no carried-over dossiers
    ("Công chức từ các xã cũ chuyển sang: 12 người.", "12 người", "carried_over"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND4)
def test_round4_phrasings(text: str, expected: list) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(("text", "figure", "wrong"), ROUND4_NEGATIVE)
def test_round4_not_taken(text: str, figure: str, wrong: str | None) -> None:
    got = {t: (m, s) for t, m, _, s in counts(text)}
    assert figure in got
    metric, scope = got[figure]
    if wrong is None:
        assert scope is None
    else:
        assert metric != wrong


FLAT_HEADER = (
    "STT\tLĩnh vực\tTổng số hồ sơ tiếp nhận\tKỳ trước chuyển sang\tĐã giải quyết\tTrước hạn\tĐúng hạn\tQuá hạn"
    "\tĐang giải quyết\tTrong hạn\tQuá hạn\n"
    "(1)\t(2)\t(3)\t(4)\t(5)=(6)+(7)+(8)\t(6)\t(7)\t(8)\t(9)=(10)+(11)\t(10)\t(11)\n"
    "1\tLĩnh vực Hộ tịch\t60\t2\t55\t50\t4\t1\t5\t3\t2\n"
    "\tTổng cộng\t60\t2\t55\t50\t4\t1\t5\t3\t2\n"
)


def test_flat_header_group_decides_between_columns_of_the_same_name() -> None:
    got = counts(FLAT_HEADER)
    assert [m for _, m, _, s in got if s == "Hộ tịch"] == [
        "received_total", "carried_over", "resolved_total", "resolved_early", "resolved_on_time", "resolved_late",
        "pending_total", "pending_in_time", "pending_late"]
    assert len([s for *_, s in got if s is None]) == 9


# --- round 5: nested lists, feedback tables, sub-units, glued units, procedures ---------------------

NESTED_FIELDS = (
    "2. Kết quả theo lĩnh vực\n\n"
    "a) Lĩnh vực Hộ tịch:\n"
    "- Tổng số hồ sơ: 140 hồ sơ;\n"
    "+ Đã giải quyết: 138 hồ sơ, trong đó:\n"
    "  • Trước hạn: 130 hồ sơ;\n"
    "  • Đúng hạn: 08 hồ sơ;\n"
    "+ Đang giải quyết: 02 hồ sơ.\n"
    "b) Lĩnh vực Xây dựng:\n"
    "- Tổng số hồ sơ: 9 hồ sơ;\n"
    "+ Đã giải quyết: 9 hồ sơ.\n"
    "3. Phản ánh, kiến nghị\n"
    "Tiếp nhận 02 phản ánh, kiến nghị.\n"
)

ROUND5 = [
    # a list heading ending in ":" scopes every figure of the deeper lines under it
    ("- Chứng thực:\n+ Tiếp nhận: 45 hồ sơ;\n+ Đã giải quyết: 45 hồ sơ.\n- Tổng số hồ sơ toàn xã: 300 hồ sơ.",
     [("45 hồ sơ", "received_total", 45, "Chứng thực"), ("45 hồ sơ", "resolved_total", 45, "Chứng thực"),
      ("300 hồ sơ", "received_total", 300, None)]),
    ("+ Kinh doanh:\n  • Tiếp nhận 12 hồ sơ;\n  • Đã giải quyết 11 hồ sơ.\n+ Tổng số hồ sơ tiếp nhận: 50 hồ sơ.",
     [("12 hồ sơ", "received_total", 12, "Kinh doanh"), ("11 hồ sơ", "resolved_total", 11, "Kinh doanh"),
      ("50 hồ sơ", "received_total", 50, None)]),
    # a lettered heading also scopes the plain lines under it, up to the next heading of its level
    ("a) Lĩnh vực Tư pháp:\nTiếp nhận 70 hồ sơ; đã giải quyết 68 hồ sơ.\nb) Các lĩnh vực khác:\nTiếp nhận 5 hồ sơ.",
     [("70 hồ sơ", "received_total", 70, "Tư pháp"), ("68 hồ sơ", "resolved_total", 68, "Tư pháp"),
      ("5 hồ sơ", "received_total", 5, "Các lĩnh vực khác")]),
    # the unit's own kind of office at another level is a part of the unit ("cấp xã" in a district's report)
    ("ỦY BAN NHÂN DÂN\nHUYỆN BA TƠ\n\na) Tại Bộ phận một cửa huyện:\nTiếp nhận 900 hồ sơ.\n"
     "b) Tại Bộ phận một cửa cấp xã:\nTiếp nhận 1.500 hồ sơ; đang giải quyết 12 hồ sơ.\n",
     [("900 hồ sơ", "received_total", 900, None), ("1.500 hồ sơ", "received_total", 1500, "Bộ phận một cửa cấp xã"),
      ("12 hồ sơ", "pending_total", 12, "Bộ phận một cửa cấp xã")]),
    # a subject scopes the clauses after ";" that have no subject of their own
    ("Chi nhánh Văn phòng đăng ký đất đai khu vực Bắc tiếp nhận 640 hồ sơ; đã giải quyết 600 hồ sơ, trong đó "
     "quá hạn 12 hồ sơ.",
     [("640 hồ sơ", "received_total", 640, "Chi nhánh Văn phòng đăng ký đất đai khu vực Bắc"),
      ("600 hồ sơ", "resolved_total", 600, "Chi nhánh Văn phòng đăng ký đất đai khu vực Bắc"),
      ("12 hồ sơ", "resolved_late", 12, "Chi nhánh Văn phòng đăng ký đất đai khu vực Bắc")]),
    ("Chi nhánh Văn phòng đăng ký đất đai tiếp nhận 80 hồ sơ; toàn xã tiếp nhận 900 hồ sơ.",
     [("80 hồ sơ", "received_total", 80, "Chi nhánh Văn phòng đăng ký đất đai"),
      ("900 hồ sơ", "received_total", 900, None)]),
    # a breakdown by administrative level includes the unit's own level
    ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG\n\nPhân theo cấp hành chính: cấp thành phố tiếp nhận 20.000 hồ sơ; "
     "cấp xã tiếp nhận 50.000 hồ sơ.",
     [("20.000 hồ sơ", "received_total", 20000, "cấp thành phố"), ("50.000 hồ sơ", "received_total", 50000, "cấp xã")]),
    # a field named right after the unit word
    ("Còn 03 hồ sơ lĩnh vực xây dựng giải quyết quá hạn.", [("03 hồ sơ", "resolved_late", 3, "xây dựng")]),
    # a number glued to its unit word (a hastily typed report)
    ("- Tong so ho so tiep nhan: 2.345hồ sơ.", [("2.345hồ sơ", "received_total", 2345, None)]),
    # the whole set of procedures broken down; a kind of procedure with no key
    ("Toàn tỉnh hiện có 1.650 TTHC, trong đó 900 thủ tục được cung cấp dịch vụ công trực tuyến toàn trình.",
     [("1.650 TTHC", "procedures_total", 1650, None), ("900 thủ tục", "procedures_online_full", 900, None)]),
    ("Trung tâm tiếp nhận 280 TTHC thuộc thẩm quyền của xã và 85 TTHC tiếp nhận không phụ thuộc địa giới hành chính.",
     [("280 TTHC", "procedures_total", 280, None), ("85 TTHC", "other", 85, None)]),
    # the case in a late count's parenthesis: its reason's cue does not name it
    ("Quá hạn: 02 hồ sơ (01 hồ sơ cấp đổi do phải xác minh; 01 hồ sơ tách thửa do người dân chậm bổ sung giấy tờ).",
     [("02 hồ sơ", "resolved_late", 2, None), ("01 hồ sơ", "other", 1, None), ("01 hồ sơ", "other", 1, None)]),
]

ROUND5_NEGATIVE = [
    # a label line ending in ":" is no field: "+ Trong đó:", "- Kết quả thực hiện:"
    ("- Kết quả thực hiện:\n+ Tiếp nhận: 30 hồ sơ.", "30 hồ sơ", None),
    ("- Số hồ sơ đã giải quyết: 40 hồ sơ, trong đó:\n+ Trước hạn: 38 hồ sơ;", "38 hồ sơ", None),
    # the own one-stop office of the reporting unit is no scope
    ("ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\n\nb) Tại Bộ phận một cửa cấp xã:\nTiếp nhận 210 hồ sơ.", "210 hồ sơ", None),
    # a bulleted heading's scope ends at a plain paragraph after a finished line
    ("- Hộ tịch:\n+ Tiếp nhận 20 hồ sơ.\nUBND xã đã giải quyết 400 hồ sơ.", "400 hồ sơ", None),
    # all of the unit's late dossiers happen to be of one field: no field scope
    ("Giải quyết quá hạn 5 hồ sơ, 5 hồ sơ quá hạn đều thuộc lĩnh vực đất đai.", "5 hồ sơ", None),
]


@pytest.mark.parametrize(("text", "expected"), ROUND5)
def test_round5_phrasings(text: str, expected: list) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(("text", "figure", "scope"), ROUND5_NEGATIVE)
def test_round5_no_scope(text: str, figure: str, scope: None) -> None:
    got = [s for t, _, _, s in counts(text) if t == figure]
    assert got and all(s is scope for s in got)


def test_nested_list_scopes_by_level() -> None:
    got = counts(NESTED_FIELDS)
    assert [(t, m, s) for t, m, _, s in got] == [
        ("140 hồ sơ", "received_total", "Hộ tịch"), ("138 hồ sơ", "resolved_total", "Hộ tịch"),
        ("130 hồ sơ", "resolved_early", "Hộ tịch"), ("08 hồ sơ", "resolved_on_time", "Hộ tịch"),
        ("02 hồ sơ", "pending_total", "Hộ tịch"), ("9 hồ sơ", "received_total", "Xây dựng"),
        ("9 hồ sơ", "resolved_total", "Xây dựng"), ("02 phản ánh, kiến nghị", "feedback_received", None)]


FEEDBACK_TABLE = (
    "Biểu 02. Kết quả tiếp nhận, xử lý phản ánh, kiến nghị theo kênh\n\n"
    "STT\tKênh tiếp nhận\tTiếp nhận\tĐã xử lý\tĐang xử lý\n"
    "1\tĐường dây nóng\t4\t3\t1\n"
    "2\tHòm thư góp ý\t2\t2\t0\n"
    "\tTổng cộng\t6\t5\t1\n"
)


def test_feedback_table_gives_feedback_metrics() -> None:
    got = counts(FEEDBACK_TABLE)
    assert ("4", "feedback_received", 4, "Đường dây nóng") in got
    assert ("3", "feedback_handled", 3, "Đường dây nóng") in got
    assert ("1", "other", 1, "Đường dây nóng") in got
    assert ("5", "feedback_handled", 5, None) in got
    assert not any(m.startswith(("received", "resolved", "pending")) for _, m, _, _ in got)


def test_feedback_words_in_header_decide_without_caption() -> None:
    got = counts("STT\tKênh\tSố PAKN tiếp nhận\tĐã xử lý\n1\tCổng DVC\t7\t7\n2\tTrực tiếp\t1\t0\n")
    assert ("7", "feedback_received", 7, "Cổng DVC") in got
    assert ("0", "feedback_handled", 0, "Trực tiếp") in got


def test_dossier_table_under_a_feedback_sentence_stays_a_dossier_table() -> None:
    text = ("Không có phản ánh, kiến nghị.\n\nSTT\tLĩnh vực\tTổng số hồ sơ tiếp nhận\tĐã giải quyết\tĐang giải quyết\n"
            "1\tHộ tịch\t50\t48\t2\n")
    got = counts(text)
    assert ("50", "received_total", 50, "Hộ tịch") in got
    assert ("2", "pending_total", 2, "Hộ tịch") in got


ROUND6 = [
    # a refusal's own object words belong to its cue ("tiếp nhận" and "giải quyết" name no metric of their own here)
    ("- Từ chối tiếp nhận, giải quyết: 12 hồ sơ; công dân xin rút: 03 hồ sơ.",
     [("12 hồ sơ", "rejected", 12, None), ("03 hồ sơ", "withdrawn", 3, None)]),
    ("Hồ sơ bị từ chối giải quyết 04 hồ sơ.", [("04 hồ sơ", "rejected", 4, None)]),
    # a status after the unit word qualifies a pending count
    ("Đã giải quyết 51 hồ sơ, đang giải quyết 09 hồ sơ trong hạn.",
     [("51 hồ sơ", "resolved_total", 51, None), ("09 hồ sơ", "pending_in_time", 9, None)]),
    ("Đang xử lý 03 hồ sơ quá hạn do chờ ý kiến cơ quan liên quan.", [("03 hồ sơ", "pending_late", 3, None)]),
    # numbered headings breaking the unit down by level scope their sections, commas included, and the unit's own
    # level among them too: its section's figures are not the unit as a whole (GOLD.md, fifth session)
    ("ỦY BAN NHÂN DÂN\nHUYỆN MƯỜNG LA\n\n1. Cấp huyện\nTiếp nhận 410 hồ sơ.\n\n2. Cấp xã, thị trấn\n"
     "Trong quý, các xã tiếp nhận 1.320 hồ sơ, đã giải quyết 1.300 hồ sơ. Lũy kế từ đầu năm, tiếp nhận 4.100 hồ sơ.\n\n"
     "3. Phản ánh, kiến nghị\nTiếp nhận 02 phản ánh, kiến nghị.",
     [("410 hồ sơ", "received_total", 410, "Cấp huyện"), ("1.320 hồ sơ", "received_total", 1320, "Cấp xã, thị trấn"),
      ("1.300 hồ sơ", "resolved_total", 1300, "Cấp xã, thị trấn"),
      ("4.100 hồ sơ", "received_total", 4100, "Cấp xã, thị trấn"),
      ("02 phản ánh, kiến nghị", "feedback_received", 2, None)]),
    # the same in a town's report: its own rank is named by its kind ("Cấp thị xã", "Cấp quận")
    ("ỦY BAN NHÂN DÂN\nTHỊ XÃ NGHĨA LỘ\n\n1. Cấp thị xã\na) Trong tháng:\nTiếp nhận 96 hồ sơ.\n\n"
     "2. Cấp xã, phường\nCác xã, phường tiếp nhận 512 hồ sơ.",
     [("96 hồ sơ", "received_total", 96, "Cấp thị xã"), ("512 hồ sơ", "received_total", 512, "Cấp xã, phường")]),
    # the unit's own kind of office at another level, as a sentence's subject
    ("ỦY BAN NHÂN DÂN\nTHỊ XÃ AN NHƠN\n\nBộ phận tiếp nhận và trả kết quả thị xã tiếp nhận 2.000 hồ sơ.\n\n"
     "Bộ phận một cửa cấp xã tiếp nhận 5.400 hồ sơ, đã giải quyết 5.380 hồ sơ.",
     [("2.000 hồ sơ", "received_total", 2000, None), ("5.400 hồ sơ", "received_total", 5400, "Bộ phận một cửa cấp xã"),
      ("5.380 hồ sơ", "resolved_total", 5380, "Bộ phận một cửa cấp xã")]),
]

ROUND6_NEGATIVE = [
    # the reporting unit's own level as a heading is the unit itself when no other level's section follows
    ("ỦY BAN NHÂN DÂN\nHUYỆN MƯỜNG LA\n\n1. Cấp huyện\nTiếp nhận 410 hồ sơ.", "410 hồ sơ", None),
    ("ỦY BAN NHÂN DÂN\nTHỊ XÃ NGHĨA LỘ\n\n1. Cấp thị xã\nTiếp nhận 96 hồ sơ.\n\n2. Phản ánh, kiến nghị\n"
     "Tiếp nhận 02 phản ánh, kiến nghị.", "96 hồ sơ", None),
    # the own office of a commune at its own level is the unit itself
    ("ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\n\nBộ phận một cửa cấp xã tiếp nhận 210 hồ sơ.", "210 hồ sơ", None),
    # a heading that is a topic, not a level or a sub-unit, scopes nothing
    ("2. Kết quả giải quyết hồ sơ\nTrong tháng tiếp nhận 96 hồ sơ.", "96 hồ sơ", None),
    # a level named inside a sentence (not a heading line) does not scope the next sentences
    ("ỦY BAN NHÂN DÂN\nHUYỆN MƯỜNG LA\n\nHướng dẫn cấp xã thực hiện.\nTiếp nhận 77 hồ sơ.", "77 hồ sơ", None),
]


@pytest.mark.parametrize(("text", "expected"), ROUND6)
def test_round6_phrasings(text: str, expected: list) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(("text", "figure", "scope"), ROUND6_NEGATIVE)
def test_round6_no_scope(text: str, figure: str, scope: None) -> None:
    got = [s for t, _, _, s in counts(text) if t == figure]
    assert got and all(s is scope for s in got)


def test_refusal_cue_does_not_swallow_a_received_count() -> None:
    got = counts("Tiếp nhận, giải quyết: 40 hồ sơ.")
    assert [m for t, m, _, _ in got if t == "40 hồ sơ"] != ["rejected"]


# --- round 7: list items and levels close their scopes; bare totals in tables ----------------------------
ROUND7 = [
    # a last bullet's scope ends with its line: the next paragraph is the unit's own
    ("Chia theo lĩnh vực:\n- Lĩnh vực Tư pháp: 210 hồ sơ;\n- Các lĩnh vực khác: 45 hồ sơ.\n"
     "Kết quả: đã giải quyết 250 hồ sơ.",
     [("210 hồ sơ", "received_total", 210, "Tư pháp"), ("45 hồ sơ", "received_total", 45, "Các lĩnh vực khác"),
      ("250 hồ sơ", "resolved_total", 250, None)]),
    # an office item's scope stops at the next lettered item; "Toàn huyện" is the unit itself
    ("ỦY BAN NHÂN DÂN\nHUYỆN AN PHÚ\n\na) Cấp huyện: tiếp nhận 900 hồ sơ. Trong đó:\n"
     "- Phòng Tư pháp: tiếp nhận 120 hồ sơ.\nb) Cấp xã: các xã tiếp nhận 2.400 hồ sơ.\n"
     "c) Toàn huyện: tiếp nhận 3.300 hồ sơ.",
     [("900 hồ sơ", "received_total", 900, "Cấp huyện"), ("120 hồ sơ", "received_total", 120, "Phòng Tư pháp"),
      ("2.400 hồ sơ", "received_total", 2400, "Cấp xã"), ("3.300 hồ sơ", "received_total", 3300, None)]),
    # the first clause of a breakdown by level is a level too, the unit's own included
    ("ỦY BAN NHÂN DÂN TỈNH BẮC NAM\n\nCụ thể, cấp tỉnh tiếp nhận 5.000 hồ sơ; cấp huyện tiếp nhận 3.000 hồ sơ.",
     [("5.000 hồ sơ", "received_total", 5000, "cấp tỉnh"), ("3.000 hồ sơ", "received_total", 3000, "cấp huyện")]),
    # a field in brackets right after a late figure says where the unit's late dossiers are: no scope
    # (GOLD.md, seventh session: three blind annotators wrote it so)
    ("Quá hạn 02 hồ sơ (lĩnh vực xây dựng) do chờ ý kiến thẩm định.",
     [("02 hồ sơ", "resolved_late", 2, None)]),
]
ROUND7_NEGATIVE = [
    # the unit's own level alone in a sentence is no scope
    ("ỦY BAN NHÂN DÂN TỈNH BẮC NAM\n\nCụ thể, cấp tỉnh tiếp nhận 5.000 hồ sơ.",
     [("5.000 hồ sơ", "received_total", 5000, None)]),
    # a bracket that is no field alone names no scope
    ("Quá hạn 02 hồ sơ (do người dân chưa bổ sung giấy tờ).", [("02 hồ sơ", "resolved_late", 2, None)]),
    # a bulleted line broken mid-sentence keeps its scope on the next line
    ("- Lĩnh vực Đất đai: tiếp nhận 30 hồ sơ,\nđã giải quyết 28 hồ sơ.",
     [("30 hồ sơ", "received_total", 30, "Đất đai"), ("28 hồ sơ", "resolved_total", 28, "Đất đai")]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND7 + ROUND7_NEGATIVE)
def test_round7_scopes(text: str, expected: list) -> None:
    assert counts(text) == expected


BARE_TOTAL_TABLE = (
    "Số liệu chi tiết:\n"
    "Lĩnh vực\tTổng số\tTrực tuyến\tTrực tiếp\tĐã giải quyết\tĐang giải quyết\n"
    "Tư pháp\t50\t40\t10\t48\t2\n"
    "Tổng\t50\t40\t10\t48\t2\n"
)


def test_bare_total_column_without_stt() -> None:
    got = counts(BARE_TOTAL_TABLE)
    assert ("50", "received_total", 50, "Tư pháp") in got
    assert ("40", "received_online", 40, "Tư pháp") in got
    assert ("50", "received_total", 50, None) in got  # the "Tổng" row is the whole unit
    assert len(got) == 10


def test_bare_total_before_no_part_stays_unread() -> None:
    text = ("Lĩnh vực\tTổng số\tGhi chú số\tĐã giải quyết\n"
            "Tư pháp\t50\t3\t48\n")
    got = counts(text)
    assert [m for _, m, _, _ in got] == ["resolved_total"]


def test_every_documented_phrasing_is_a_cue_of_its_own_metric():
    """One vocabulary: each phrasing of normalize/data/metrics.toml (docs/spec/metrics.md, with its spelling
    variants tỷ lệ/tỉ lệ, hồ sơ/hs …) is found by the figure extractors' cue scan as a cue of its metric."""
    from extract.extractors.figure_cues import _TABLE_OF_UNIT, _UNIT_ONLY, load_data
    from normalize.lexicon import load_metrics
    from normalize.text import fold

    scanner = load_data().scanner
    missing = []
    for key, metric in load_metrics().items():
        for phrase in metric.phrases:
            folded = " ".join(fold(phrase).split())
            if _UNIT_ONLY.fullmatch(folded):
                continue
            cues = scanner.scan_whole(folded).get(_TABLE_OF_UNIT[metric.unit], [])
            if not any(c.metric == key for c in cues):
                missing.append((key, phrase, [c.metric for c in cues]))
    assert missing == []


# The lexicon's negative phrases (normalize/data/metrics.toml) hold for the figure cues too: a phrase
# that contains a cue word but names no such figure does not give that metric.
NEGATED = [
    ("Rút kinh nghiệm 02 hồ sơ trễ hạn.", "withdrawn", False),
    ("Đã rút ngắn thời gian giải quyết cho 30 hồ sơ.", "withdrawn", False),
    ("Hồ sơ rút: 02 hồ sơ.", "withdrawn", True),
    ("Lãnh đạo chỉ đạo trực tiếp 12 hồ sơ.", "received_direct", False),
    ("Tiếp nhận trực tiếp 12 hồ sơ.", "received_direct", True),
    ("So với kỳ trước 120 hồ sơ.", "carried_over", False),
    ("Kỳ trước chuyển sang 11 hồ sơ.", "carried_over", True),
]


@pytest.mark.parametrize(("text", "metric", "given"), NEGATED)
def test_negative_phrases_of_the_lexicon_hold(text, metric, given):
    assert (metric in [m for _, m, _, _ in counts(text)]) is given


@pytest.mark.parametrize(("text", "expected"), [
    ("Kết quả năm 2025\n\nxã Nguyễn Lương Bằng đạt nhiều kết quả.", []),  # a year, not "2025 xã"
    ("Trong tháng 6 người dân phản ánh chậm.", []),
    ("UBND thành phố yêu cầu 9 xã rút kinh nghiệm.", [("9 xã", "other", 9, None)]),
])
def test_a_date_words_number_is_never_a_count(text, expected):
    assert counts(text) == expected
