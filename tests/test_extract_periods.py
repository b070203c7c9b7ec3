"""The periods extractor: explicit ranges and named periods of activity, not names or dates."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.document import Document, Source
from extract.extractors.periods import PeriodExtractor, report_year
from extract.extractors.references import ReferenceExtractor
from extract.facts import PeriodFact
from extract.registry import Context

D = dt.date


def periods(text: str) -> list[PeriodFact]:
    ctx = Context(document=Document(text, Source("t.txt", "0" * 64, "txt")))
    ctx.facts["references"] = list(ReferenceExtractor().extract(ctx))
    return list(PeriodExtractor().extract(ctx))


HEAD = "Xã A, ngày 20 tháng 4 năm 2026\n\nBÁO CÁO\n\n"  # states the report's year 2026

# (text, [(fact text, start, end, label)])
POSITIVE = [
    ("Số hồ sơ đã tiếp nhận từ 20/03/2026 đến ngày 20/4/2026 là 4051 hồ sơ",
     [("từ 20/03/2026 đến ngày 20/4/2026", D(2026, 3, 20), D(2026, 4, 20), "range")]),
    ("(Số liệu tính từ ngày 15/03/2025 đến ngày 14/06/2026)",  # kept as written, even when odd
     [("từ ngày 15/03/2025 đến ngày 14/06/2026", D(2025, 3, 15), D(2026, 6, 14), "range")]),
    ("Từ ngày 15/3/2026 đến 14/6/2026 có 01/01 phản ánh",
     [("Từ ngày 15/3/2026 đến 14/6/2026", D(2026, 3, 15), D(2026, 6, 14), "range")]),
    ("Luỹ kế từ 01/01/2025 đến\n\n04/12/2025 là 302.784 triệu đồng",
     [("Luỹ kế từ 01/01/2025 đến\n\n04/12/2025", D(2025, 1, 1), D(2025, 12, 4), "range")]),
    ("Kết quả thực hiện công tác kiểm soát TTHC Quý II năm 2026 và phương hướng quý III năm 2026",
     [("Quý II năm 2026", D(2026, 4, 1), D(2026, 6, 30), "quarter"),
      ("quý III năm 2026", D(2026, 7, 1), D(2026, 9, 30), "quarter")]),
    ("Lĩnh vực quân sự trong quý II/2026 không phát sinh hồ sơ.",
     [("quý II/2026", D(2026, 4, 1), D(2026, 6, 30), "quarter")]),
    ("III. NHIỆM VỤ TRỌNG TÂM THÁNG 5 NĂM 2026",
     [("THÁNG 5 NĂM 2026", D(2026, 5, 1), D(2026, 5, 31), "month")]),
    ("Tình hình giải quyết thủ tục hành chính tháng 03 năm 2026 của xã",
     [("tháng 03 năm 2026", D(2026, 3, 1), D(2026, 3, 31), "month")]),
    ("+ Tổng thu ngân sách năm 2025 ước thực hiện: 304.784 triệu đồng",
     [("năm 2025", D(2025, 1, 1), D(2025, 12, 31), "year")]),
    ("Nhìn chung, trong năm 2025 xã đã đạt được nhiều kết quả",
     [("năm 2025", D(2025, 1, 1), D(2025, 12, 31), "year")]),
    # a named period without a year takes the report's year
    (HEAD + "Kết quả thực hiện nhiệm vụ tháng 4, nhiệm vụ trọng tâm tháng 5 năm 2026",
     [("tháng 4", D(2026, 4, 1), D(2026, 4, 30), "month"),
      ("tháng 5 năm 2026", D(2026, 5, 1), D(2026, 5, 31), "month")]),
    (HEAD + "I. Kết quả thực hiện nhiệm vụ 6 tháng đầu năm",
     [("6 tháng đầu năm", D(2026, 1, 1), D(2026, 6, 30), "half_year")]),
    ("an ninh 6 tháng cuối năm 2025 theo chỉ đạo của Thành phố.",
     [("6 tháng cuối năm 2025", D(2025, 7, 1), D(2025, 12, 31), "half_year")]),
    # short forms with a slash
    ("Trong tháng 6/2026, Bộ phận một cửa tiếp nhận 812 hồ sơ; ngày 05/6/2026 xã họp giao ban.",
     [("tháng 6/2026", D(2026, 6, 1), D(2026, 6, 30), "month")]),
    ("Kết quả giải quyết thủ tục hành chính quý I/2026 của phường",
     [("quý I/2026", D(2026, 1, 1), D(2026, 3, 31), "quarter")]),
    # a report's title ends with its year: the period reported on
    ("BÁO CÁO\n\nKết quả công tác cải cách hành chính năm 2026\n\nThực hiện chỉ đạo của UBND tỉnh,",
     [("năm 2026", D(2026, 1, 1), D(2026, 12, 31), "year")]),
    # a title spread over three PDF lines
    ("BÁO CÁO \n\nTình hình giải quyết thủ tục hành chính \n\ntrên địa bàn xã \n\nquý III năm 2025 \n\nI. KẾT QUẢ",
     [("quý III năm 2025", D(2025, 7, 1), D(2025, 9, 30), "quarter")]),
    # "pháp luật" is the law in general, not a law's name
    ("Công tác phổ biến, giáo dục pháp luật năm 2025 được triển khai thường xuyên.",
     [("năm 2025", D(2025, 1, 1), D(2025, 12, 31), "year")]),
    # the subject of a cited report or letter names the period reported on
    ("+ Báo cáo số 96/BC-UBND ngày 18/3/2026 về công tác kiểm soát thủ tục hành chính quý I năm 2026 gửi Văn phòng",
     [("quý I năm 2026", D(2026, 1, 1), D(2026, 3, 31), "quarter")]),
    ("thực hiện Công văn số 1875/SNV-CCHC ngày 02/6/2026 của Sở Nội vụ về báo cáo công tác cải cách hành chính "
     "6 tháng đầu năm 2026, UBND xã báo cáo như sau",
     [("6 tháng đầu năm 2026", D(2026, 1, 1), D(2026, 6, 30), "half_year")]),
    # a plan's tasks for its year are periods, its title is its name
    ("KẾ HOẠCH\nKiểm soát thủ tục hành chính trên địa bàn tỉnh năm 2025\n\nCăn cứ Luật Giao dịch điện tử năm 2023;\n"
     "2. Phấn đấu trong năm 2025 đạt các chỉ tiêu sau:",
     [("năm 2025", D(2025, 1, 1), D(2025, 12, 31), "year")]),
    # "Trong 9 tháng," / "trong 6 tháng qua": the report's nine months / first half
    (HEAD + "Trong 9 tháng, UBND xã tiếp nhận 07 phản ánh, kiến nghị.",
     [("9 tháng", D(2026, 1, 1), D(2026, 9, 30), "nine_months")]),
    (HEAD + "Kết quả đạt được trong 6 tháng qua cho thấy nhiều chuyển biến.",
     [("6 tháng qua", D(2026, 1, 1), D(2026, 6, 30), "half_year")]),
    (HEAD + "- Lũy kế 9 tháng, đã giải quyết 1.230 hồ sơ",
     [("9 tháng", D(2026, 1, 1), D(2026, 9, 30), "nine_months")]),
    # year to date
    (HEAD + "Từ đầu năm đến ngày 30/6, xã tiếp nhận 12 hồ sơ",  # the end's year from the report
     [("Từ đầu năm đến ngày 30/6", D(2026, 1, 1), D(2026, 6, 30), "range")]),
    ("Lũy kế từ đầu năm đến ngày 14/6/2026, xã tiếp nhận 2.310 hồ sơ",
     [("Lũy kế từ đầu năm đến ngày 14/6/2026", D(2026, 1, 1), D(2026, 6, 14), "range")]),
    ("Số liệu từ đầu năm 2025 đến hết ngày 31/5/2025.",
     [("từ đầu năm 2025 đến hết ngày 31/5/2025", D(2025, 1, 1), D(2025, 5, 31), "range")]),
]

NEGATIVE = [
    # a year inside a plan's, programme's or theme's name
    "ban hành Kế hoạch kiểm soát thủ tục hành chính và thực hiện cơ chế một cửa năm 2026 trên địa bàn",
    "Triển khai thực hiện có hiệu quả kế hoạch xây dựng Chính quyền thân thiện trên địa bàn xã năm 2026.",
    "Kế hoạch xây dựng Chính quyền điện tử phường Hưng Đạo năm 2026 số 43/KH-UBND ngày 13/02/2026;",
    "UBND xã đã ban hành Kế hoạch số 20/KH-UBND ngày 06/8/2025 của\n\nUBND xã tuyên truyền công tác CCHC 6 tháng cuối năm 2025",
    "thi đua thực hiện thắng lợi chủ đề năm 2026 của thành phố",
    "đạt 219,74% so với dự toán năm 2025.",
    "Thực hiện Đề án tổng thể CCHC giai đoạn 2021-2030.",
    # dates, not periods
    "Công văn số 2237/UBND-NVKTGS ngày 27 tháng 8 năm 2025 của Ủy ban nhân dân",
    "Thượng Hồng, ngày   tháng 6 năm 2026",
    "Hưng Đạo, ngày   tháng   năm 2026",
    "tính đến ngày 14/6/2026 là 64 hồ sơ",
    # an open start is no window; "năm" without a year is nothing
    "Từ ngày 01/7/2025, UBND xã đã triển khai thực hiện",
    "so với dự toán năm (137.790 triệu đồng)",
    # no year in the phrase and none stated by the report: not emitted
    "Kết quả thực hiện nhiệm vụ tháng 4, nhiệm vụ trọng tâm",
    "camera giám sát 24/24 giờ",
    # a law cited by name carries its year in the name
    "Căn cứ Luật Giao dịch điện tử năm 2023; Bộ luật Lao động năm 2019;",
    # the subject of a cited decision or plan is its name
    "triển khai Quyết định số 4170/QĐ-UBND ngày 29/12/2023 của UBND huyện về \n\ngiao chỉ tiêu cải cách hành chính năm 2024;",
    "triển khai Kế hoạch số 41/KH-UBND ngày 20/02/2026 của UBND phường về chuyển đổi số năm 2026.",
    # a plan's or a decision's title is its name
    "KẾ HOẠCH\nKiểm soát thủ tục hành chính, thực hiện cơ chế một cửa năm 2025\n\nCăn cứ Nghị định số 61/2018/NĐ-CP;",
    "QUYẾT ĐỊNH\nVề việc công bố danh mục thủ tục hành chính quý II năm 2026\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN XÃ",
    # durations and open ends are no periods
    HEAD + "Dự án phải hoàn thành trong 6 tháng.",
    HEAD + "trong thời hạn 9 tháng, kể từ ngày ký",
    "Từ đầu năm đến nay, UBND xã đã tiếp nhận 1.230 hồ sơ.",
    "Lũy kế từ đầu năm đến nay tiếp nhận 12 hồ sơ",
    HEAD + "Ngay từ đầu năm, UBND xã đã triển khai",
    # "9 tháng" with no report year is not emitted
    "Trong 9 tháng, UBND xã tiếp nhận 07 phản ánh, kiến nghị.",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_periods(text: str, expected: list) -> None:
    got = [(f.text, f.start_date, f.end_date, f.label) for f in periods(text)]
    got = [g for g in got if g[0] != "ngày 20 tháng 4 năm 2026"]
    assert got == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_periods(text: str) -> None:
    assert [f.text for f in periods(text)] == []


def test_head_date_line_is_no_period() -> None:
    assert periods(HEAD) == []


def test_reporting_window_of_named_periods() -> None:
    (q,) = periods("Báo cáo kết quả Quý II năm 2026")
    assert (q.reporting_start, q.reporting_end) == (D(2026, 3, 15), D(2026, 6, 14))
    (m,) = periods("báo cáo tháng 4 năm 2026")
    assert (m.reporting_start, m.reporting_end) == (D(2026, 3, 15), D(2026, 4, 14))
    (r,) = periods("từ ngày 15/3/2026 đến ngày 14/6/2026")
    assert r.reporting_start is None


@pytest.mark.parametrize(("text", "year"), [
    ("Số: /BC-UBND\n\nThượng Hồng, ngày   tháng 6 năm 2026\n\nBÁO CÁO", 2026),
    ("BÁO CÁO\n\nKết quả thực hiện nhiệm vụ Cải cách hành chính năm 2025,", 2025),
    ("Một văn bản không có năm", None),
    ("Số: 12/BC-UBND\nTân An, ngày 05/6/2026\n\nBÁO CÁO", 2026),  # the short date line
    ("KẾ HOẠCH\nKiểm soát thủ tục hành chính năm 2025\n", 2025),
    ("Căn cứ Quyết định số 12/QĐ-UBND ngày 05/6/2026;", None),  # a cited date is not the report's
    ("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH AN GIANG\n\nNgày đăng: 12/10/2023\n\nTin", 2023),  # a news item's dateline
    ("Tin đăng ngày hôm qua: 12/10/2023 là ngày họp", None),  # a date in a sentence is no dateline
    ("Thứ Tư, ngày 16/10/2024\n\nTin", 2024),  # a weekday's dateline dates a news item
    ("Thứ Tư, ngày 16 tháng 10 năm 2024\n\nTin", 2024),
    ("Số: 96/BC-UBND\tThượng Hồng, ngày 18/3/2026\n\nBÁO CÁO", 2026),  # a two-column header on one line
    # the first of the date line and a long date: a draft's blank date line before a cited date
    ("Tân An, ngày  tháng  năm 2026\nCăn cứ Quyết định ngày 5 tháng 1 năm 2025", 2026),
])
def test_report_year(text: str, year: int | None) -> None:
    assert report_year(text) == year


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("từ ngàyđếnthángquýIVnămđầucuối0123456789/\n .,;")), max_size=120))
def test_never_raises_and_spans_are_exact(text: str) -> None:
    for f in periods(text):
        assert f.text == text[f.start:f.end]


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_text(text: str) -> None:
    for f in periods(text):
        assert f.text == text[f.start:f.end]


# --- round 5: unaccented cue words of a hastily typed report ---------------------------------------

UNACCENTED = [
    ("so lieu tu ngay 15/4/2026 den ngay 14/5/2026 nhu sau",
     "số liệu từ ngày 15/4/2026 đến ngày 14/5/2026 như sau", D(2026, 4, 15), D(2026, 5, 14), "range"),
    ("bao cao thang 5/2026", "báo cáo tháng 5/2026", D(2026, 5, 1), D(2026, 5, 31), "month"),
    ("ket qua quy 2/2026", "kết quả quý 2/2026", D(2026, 4, 1), D(2026, 6, 30), "quarter"),
    ("tu 01/3/2026 den het ngay 31/3/2026", "từ 01/3/2026 đến hết ngày 31/3/2026", D(2026, 3, 1), D(2026, 3, 31),
     "range"),
]


@pytest.mark.parametrize(("plain", "accented", "start", "end", "label"), UNACCENTED)
def test_unaccented_cues_read_like_accented(plain: str, accented: str, start: dt.date, end: dt.date,
                                            label: str) -> None:
    a = [(f.start, f.end, f.start_date, f.end_date, f.label) for f in periods(plain)]
    b = [(f.start, f.end, f.start_date, f.end_date, f.label) for f in periods(accented)]
    assert a == b
    assert [x[2:] for x in a] == [(start, end, label)]


@pytest.mark.parametrize("text", [
    "Cổng Dịch vụ công Việt Nam 2026 ra mắt",  # "Nam" is no "năm"
    "Tư 15/4 là ngày nghỉ",  # "Tư" is no "từ"
])
def test_unaccented_lookalikes_are_no_periods(text: str) -> None:
    assert periods(text) == []


# --- round 6: a cumulative period with its window in brackets; points in time; a report's own title ----------

ROUND6 = [
    (HEAD + "b) Lũy kế 9 tháng (từ ngày 15/12/2025 đến ngày 14/9/2026):\nTiếp nhận 900 hồ sơ.",
     [("9 tháng", D(2026, 1, 1), D(2026, 9, 30), "nine_months"),
      ("từ ngày 15/12/2025 đến ngày 14/9/2026", D(2025, 12, 15), D(2026, 9, 14), "range")]),
    (HEAD + "Cũng trong 9 tháng, Trung tâm tiếp nhận 300 hồ sơ.", [("9 tháng", D(2026, 1, 1), D(2026, 9, 30),
                                                                   "nine_months")]),
    # the reporting verb after a cited regulation re-opens the clause
    (HEAD + "Thực hiện Quy chế số 05/QC-UBND ngày 03/9/2025 về phối hợp giữa các cơ quan, Trung tâm báo cáo số liệu "
     "tháng 4/2026 như sau:", [("tháng 4/2026", D(2026, 4, 1), D(2026, 4, 30), "month")]),
    # a report's own title names its period, even after the words of a name
    ("Xã A, ngày 18 tháng 12 năm 2025\n\nBÁO CÁO\nKết quả xử lý phản ánh, kiến nghị về quy định hành chính năm 2025\n\n"
     "Nội dung.", [("năm 2025", D(2025, 1, 1), D(2025, 12, 31), "year")]),
]

ROUND6_NEGATIVE = [
    HEAD + "Công trình phải hoàn thành trong 6 tháng (từ ngày ký hợp đồng).",  # a duration, no window
    HEAD + "UBND xã đã triển khai từ đầu năm 2025.",  # a point in time
    HEAD + "Hoàn thành trước cuối năm 2026.",
    HEAD + "Thực hiện Quy chế số 05/QC-UBND ngày 03/9/2025 về phối hợp quản lý năm 2026.",  # the regulation's subject
]


@pytest.mark.parametrize(("text", "expected"), ROUND6)
def test_round6_periods(text: str, expected: list) -> None:
    assert [(f.text, f.start_date, f.end_date, f.label) for f in periods(text)] == expected


@pytest.mark.parametrize("text", ROUND6_NEGATIVE)
def test_round6_not_periods(text: str) -> None:
    assert [f.text for f in periods(text) if f.label != "range"] == []


# --- round 7: real text: a news item's periods take the year nearby; deadlines, weeks, issue years, plan titles ------

ROUND7 = [
    # a news item: the publication stamp (a byline, a time before or after the date) gives the year ...
    ("UBND huyện giải quyết gần 5.000 hồ sơ trong quý II\n\n14:20, 05/07/2024\n\n"
     "Trong quý II, Bộ phận một cửa tiếp nhận 4.980 hồ sơ.",
     [("quý II", D(2024, 4, 1), D(2024, 6, 30), "quarter"), ("quý II", D(2024, 4, 1), D(2024, 6, 30), "quarter")]),
    ("Xã tiếp nhận hơn 300 hồ sơ\nMinh Anh 08:05, 12/04/2023\nTrong quý I, xã tiếp nhận 320 hồ sơ.",
     [("quý I", D(2023, 1, 1), D(2023, 3, 31), "quarter")]),
    ("Tin hành chính\nCập nhật ngày: 03/02/2025 | 08:15 GMT+7\nTháng 1, xã tiếp nhận 320 hồ sơ.",
     [("Tháng 1", D(2025, 1, 1), D(2025, 1, 31), "month")]),
    # ... unless a period named before it gives one: a January item about last year
    ("Tin hành chính\nCập nhật: 10-01-2025 | 09:00\nTrong năm 2024, toàn huyện tiếp nhận 12.000 hồ sơ; riêng quý IV "
     "tiếp nhận 3.100 hồ sơ.",
     [("năm 2024", D(2024, 1, 1), D(2024, 12, 31), "year"), ("quý IV", D(2024, 10, 1), D(2024, 12, 31), "quarter")]),
    # a report keeps its own year for a period without one
    (HEAD + "So với năm 2025, số hồ sơ quý I tăng 10%.",
     [("năm 2025", D(2025, 1, 1), D(2025, 12, 31), "year"), ("quý I", D(2026, 1, 1), D(2026, 3, 31), "quarter")]),
    # forms: the year after a hyphen, n months from January, to the end of a month, a short window after "giai đoạn"
    ("Tháng 6-2024, Trung tâm tiếp nhận 1.200 hồ sơ, tăng so với quý I-2024.",
     [("Tháng 6-2024", D(2024, 6, 1), D(2024, 6, 30), "month"), ("quý I-2024", D(2024, 1, 1), D(2024, 3, 31), "quarter")]),
    ("Báo cáo kết quả cải cách hành chính 8 tháng đầu năm 2025 của tỉnh",
     [("8 tháng đầu năm 2025", D(2025, 1, 1), D(2025, 8, 31), "range")]),
    (HEAD + "Trong 3 tháng đầu năm, xã tiếp nhận 500 hồ sơ.", [("3 tháng đầu năm", D(2026, 1, 1), D(2026, 3, 31), "quarter")]),
    ("Tính từ ngày 1/8 đến cuối tháng 11/2025, xã tiếp nhận 900 hồ sơ.",
     [("từ ngày 1/8 đến cuối tháng 11/2025", D(2025, 8, 1), D(2025, 11, 30), "range")]),
    ("Trong giai đoạn từ 1/7 đến 30/9/2025, Bộ phận một cửa tiếp nhận 700 hồ sơ.",
     [("từ 1/7 đến 30/9/2025", D(2025, 7, 1), D(2025, 9, 30), "range")]),
    # a report numbered BC whose heading word was lost: its title line names its period
    ("Số: 41/BC-UBND\tXã A, ngày 10 tháng 01 năm 2026\nKẾT QUẢ KIỂM SOÁT THỦ TỤC HÀNH CHÍNH NĂM 2025\nNội dung.",
     [("NĂM 2025", D(2025, 1, 1), D(2025, 12, 31), "year")]),
]

ROUND7_NEGATIVE = [
    "Giải quyết hồ sơ trong tháng 11\n\nUBND xã tiếp nhận 200 hồ sơ.",  # no year anywhere
    HEAD + "Phấn đấu đến năm 2027 đạt 90% hồ sơ trực tuyến; hoàn thành trước năm 2028.",  # deadlines
    HEAD + "Căn cứ Quyết định 512/QĐ-TTg năm 2022 phê duyệt Đề án đổi mới một cửa.",  # the year of issue
    "Chỉ số phục vụ: Tuần 12 năm 2025, tỉnh xếp thứ 5 cả nước.",  # a week
    # a plan's own title line (its heading word lost) is its name
    "Số: 41/KH-UBND\tXã A, ngày 10 tháng 01 năm 2026\nTRIỂN KHAI KIỂM SOÁT THỦ TỤC HÀNH CHÍNH NĂM 2026\nThực hiện "
    "chỉ đạo của huyện.",
    HEAD + "Chương trình giai đoạn từ 01/01/2021 đến 31/12/2025 đã hoàn thành.",  # an era
    HEAD + "chào mừng 80 năm Ngày Quốc khánh (02/9/1945 - 02/9/2025) bằng việc",  # an anniversary
]


@pytest.mark.parametrize(("text", "expected"), ROUND7)
def test_round7_periods(text: str, expected: list) -> None:
    assert [(f.text, f.start_date, f.end_date, f.label) for f in periods(text)] == expected


@pytest.mark.parametrize("text", ROUND7_NEGATIVE)
def test_round7_not_periods(text: str) -> None:
    assert [f.text for f in periods(text)] == []
