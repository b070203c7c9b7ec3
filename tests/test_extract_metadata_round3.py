"""The metadata extractor on the page furniture of round 3: stamps glued to headlines or written with a zone in
brackets, photo captions and section headings that are no headlines, a title's year on a line of its own, a date
line's place broken inside "Thành phố", a site's "Người ký" metadata, a person's name after a unit's, the unit a news
item is about. Every text here is constructed for the test (the genre's phrasing, invented units and figures).
"""

from __future__ import annotations

import datetime as dt

import pytest

from extract.extractors.metadata import _title_year
from extract.extractors.metadata_cues import cues as title_cues
from normalize.text import fold, nfc_text
from tests.helpers import report_meta as meta

D = dt.date


# --- stamps ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "date"), [
    ("Thứ 6, 14/03/2024, 09:15[GMT+7]", "14/03/2024"),
    ("Cập nhật lúc 21:05, Chủ nhật, 07/05/2023 (GMT+7)", "07/05/2023"),
    ("Thứ 3, 02/04/2019 | 16:20:45", "02/04/2019"),
    ("07:40 18/11/2024", "18/11/2024"),
    ("Cập nhật ngày: 03/02/2022 | 10:01:07 GMT+7", "03/02/2022"),
    # negatives: a sentence with a date, a headline ending in a date
    ("Ngày 14/03/2024, xã tổ chức hội nghị", None),
    ("Kết quả giải quyết hồ sơ đến 30/9/2024", None),
])
def test_stamp_lines(line: str, date: str | None) -> None:
    m = title_cues().stamp.match(line)
    assert (m.group("date") if m else None) == date


@pytest.mark.parametrize(("headline", "kept"), [
    ("Bình Phước giải quyết hơn 3.000 hồ sơ trong tuần đầu năm 14/02/2024 08:30",
     "Bình Phước giải quyết hơn 3.000 hồ sơ trong tuần đầu năm"),
    ("Xã Tân Hòa vận hành Trung tâm hành chính công mới 21:10 05/09/2025",
     "Xã Tân Hòa vận hành Trung tâm hành chính công mới"),
    # a headline ending in a date without a time keeps it
    ("Tân Hòa công bố số liệu hồ sơ đến ngày 30/9/2025", "Tân Hòa công bố số liệu hồ sơ đến ngày 30/9/2025"),
])
def test_headline_sheds_its_stamp(headline: str, kept: str) -> None:
    text = f"{headline}\n\nTrong tháng 8/2025, xã tiếp nhận 812 hồ sơ, giải quyết đúng hạn 100%.\n"
    m = meta(text)
    assert m.title == kept


def test_headline_stamp_dates_the_item() -> None:
    m = meta("Bình Phước giải quyết hơn 3.000 hồ sơ trong tuần đầu năm 14/02/2024 08:30\n\n"
             "Trong tuần, tỉnh tiếp nhận 3.120 hồ sơ.\n")
    assert m.date == D(2024, 2, 14)


def test_date_bar_with_bracketed_zone_is_no_headline() -> None:
    text = ("Thứ 6, 14/03/2024, 09:15[GMT+7]\n\n"
            "Vĩnh Cửu: Giải quyết trên 4.100 hồ sơ đất đai trong quý I\n\n"
            "Thứ 2, 08/04/2019 | 07:12:40\n"
            "Quý I năm 2019, huyện Vĩnh Cửu đã tiếp nhận và giải quyết trên 4.100 hồ sơ đất đai.\n")
    m = meta(text)
    assert m.title == "Vĩnh Cửu: Giải quyết trên 4.100 hồ sơ đất đai trong quý I"
    assert m.date == D(2019, 4, 8)
    assert m.unit is not None and (m.unit.type, m.unit.name) == ("huyện", "Vĩnh Cửu")


def test_update_stamp_with_time_first_dates_the_item() -> None:
    m = meta("Tổng đài hỗ trợ xử lý phần lớn phản ánh của người dân\n\n"
             "Cập nhật lúc 21:05, Chủ nhật, 07/05/2023 (GMT+7)\n\n"
             "Trong năm 2023, tổng đài tiếp nhận 1.204 phản ánh, kiến nghị.\n")
    assert m.date == D(2023, 5, 7)


def test_headline_in_a_table_cell() -> None:
    m = meta("![]() |\nĐà Nẵng: 100% hồ sơ trả kết quả điện tử |\nThành phố giao chỉ tiêu cho các xã, phường.\n")
    assert m.title == "Đà Nẵng: 100% hồ sơ trả kết quả điện tử"


# --- what is no headline --------------------------------------------------------------------------------------

@pytest.mark.parametrize("first", [
    "Quang cảnh hội nghị sơ kết",  # a photo caption
    "Ảnh minh họa (Nguồn: T.L)",
    "Lãnh đạo xã trao giấy khen cho cán bộ. Ảnh: T.H",
    "1. Công tác chỉ đạo, điều hành cải cách hành chính",  # a section heading
    "II. KẾT QUẢ THỰC HIỆN",
])
def test_not_a_headline(first: str) -> None:
    m = meta(f"{first}\n\nNăm 2024, huyện Sông Mây tiếp nhận 12.400 hồ sơ, trong đó 12.390 hồ sơ đúng hạn.\n")
    assert m.title is None
    assert m.kind is None  # the kind is read from the title: no title, no kind


def test_body_paragraph_first_then_caption() -> None:
    text = ("Trong tháng 8/2025, UBND xã đã tiếp nhận 1.240 hồ sơ, trong đó 1.002 hồ sơ trực tuyến.\n"
            "Chủ tịch UBND xã Tân Lộc Trần Văn Bình phát biểu tại hội nghị\n"
            "Hoạt động của Trung tâm được duy trì ổn định.\n")
    m = meta(text)
    assert m.title is None
    assert (m.period_start, m.period_end) == (D(2025, 8, 1), D(2025, 8, 31))
    assert m.unit is not None and m.unit.name == "Tân Lộc"  # the person's name is not the unit's


def test_agency_lead_above_headline() -> None:
    text = ("(TTV) Tháng 5, Trung tâm Hành chính công tỉnh đẩy mạnh dịch vụ công trực tuyến với nhiều kết quả.\n\n"
            "Tỷ lệ hồ sơ trực tuyến tháng 5 toàn tỉnh đạt 92%\n"
            "Trong tháng 5, các sở tiếp nhận 6.100 hồ sơ.\n")
    assert meta(text).title == "Tỷ lệ hồ sơ trực tuyến tháng 5 toàn tỉnh đạt 92%"


# --- headers -------------------------------------------------------------------------------------------------

REPORT_BROKEN = (
    "ỦY\nBAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\n-------\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
    "Số: 58/BC-UBND\n"
    "Thành\nphố Cần Thơ, ngày 28 tháng 6 năm 2021\n"
    "BÁO CÁO\n"
    "KẾT QUẢ THỰC HIỆN KIỂM SOÁT THỦ TỤC HÀNH CHÍNH QUÝ II NĂM\n2021\n"
    "Thực hiện Thông tư số 02/2017/TT-VPCP ngày 31 tháng 10 năm 2017, UBND thành phố báo cáo như sau:\n"
)


def test_header_broken_inside_the_type_word() -> None:
    m = meta(REPORT_BROKEN)
    assert m.unit is not None and (m.unit.type, m.unit.name) == ("thành phố", "Cần Thơ")
    assert m.issuer == "Ủy ban nhân dân thành phố Cần Thơ"
    assert m.title == "KẾT QUẢ THỰC HIỆN KIỂM SOÁT THỦ TỤC HÀNH CHÍNH QUÝ II NĂM 2021"
    assert (m.kind, m.period_start, m.period_end) == ("quarter", D(2021, 4, 1), D(2021, 6, 30))


def test_title_does_not_take_a_body_figure_line() -> None:
    text = REPORT_BROKEN.replace("QUÝ II NĂM\n2021\n", "QUÝ II NĂM 2021\n2021 là năm đầu tiên thực hiện.\n")
    assert meta(text).title == "KẾT QUẢ THỰC HIỆN KIỂM SOÁT THỦ TỤC HÀNH CHÍNH QUÝ II NĂM 2021"


@pytest.mark.parametrize(("line", "name"), [
    ("Nơi ban hành: Tỉnh Hòa Sơn Người ký: Đặng Văn Khoa\n", "Đặng Văn Khoa"),
    ("Người ký | Lê Minh Tâm |\n", "Lê Minh Tâm"),
    ("Người ký:\n|\nVõ Thị Hạnh\n|\n", "Võ Thị Hạnh"),
])
def test_signer_from_site_metadata(line: str, name: str) -> None:
    m = meta("Số hiệu: 77/QĐ-UBND\n" + line + "Ngày ban hành: 12/03/2019\n")
    assert m.signer is not None and (m.signer.name, m.signer.title) == (name, None)


def test_signature_block_wins_over_metadata() -> None:
    text = ("Người ký: Đặng Văn Khoa\nỦY BAN NHÂN DÂN\nXÃ HÒA SƠN\nSố: 12/BC-UBND\nHòa Sơn, ngày 3 tháng 4 năm 2024\n"
            "BÁO CÁO\nKết quả tháng 3 năm 2024\nTrong tháng, xã tiếp nhận 120 hồ sơ.\n"
            "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Thị Lan\n")
    m = meta(text)
    assert m.signer is not None and (m.signer.name, m.signer.title) == ("Nguyễn Thị Lan", "Phó Chủ tịch")


# --- the unit of a news item ---------------------------------------------------------------------------------

def test_news_unit_most_named() -> None:
    text = (" date 2025-09-02 (ABC) -\n\nSáng 2/9, lãnh đạo UBND thành phố Hà Nội thăm xã Minh Châu Đông.\n"
            "Cán bộ xã Minh Châu Đông tiếp nhận hồ sơ.\nSau hai tháng, xã Minh Châu Đông giải quyết 1.900 hồ sơ.\n")
    m = meta(text)
    assert m.unit is not None and (m.unit.type, m.unit.name) == ("xã", "Minh Châu Đông")


def test_news_unit_not_chosen_between_equals() -> None:
    text = (" date 2025-09-02 Các phường tiếp tục cải cách.\n\nPhường Bắc An tiếp nhận 300 hồ sơ; "
            "phường Nam An tiếp nhận 280 hồ sơ.\n")
    assert meta(text).unit is None


def test_news_unit_named_once_with_its_authority() -> None:
    text = ("Ảnh minh họa\n\nNăm 2018, UBND huyện Sông Mây ban hành nhiều kế hoạch cải cách hành chính; "
            "toàn huyện tiếp nhận 40.120 hồ sơ.\n")
    m = meta(text)
    assert m.unit is not None and (m.unit.type, m.unit.name) == ("huyện", "Sông Mây")
    assert (m.period_start, m.period_end) == (D(2018, 1, 1), D(2018, 12, 31))


def test_unit_named_after_a_person_is_not_cut() -> None:
    text = "Trong tháng 6/2025, UBND xã Lê Hồng Phong tiếp nhận 210 hồ sơ.\nUBND xã Lê Hồng Phong báo cáo.\n"
    m = meta(text)
    assert m.unit is not None and m.unit.name == "Lê Hồng Phong"


# --- periods -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "year"), [
    ("Phường An Bình sơ kết quý III, triển khai nhiệm vụ quý IV/2025", 2025),
    ("Kết quả năm 2024 và kế hoạch năm 2025", None),  # two years: none
    ("Xã tiếp nhận 2.020 hồ sơ trong quý I", None),  # a figure is no year
])
def test_title_year(title: str, year: int | None) -> None:
    assert _title_year(title) == year


def test_news_period_of_the_first_figures() -> None:
    text = (" date 2025-10-06 Sở Tư pháp vừa có báo cáo về phản ánh, kiến nghị.\n\n"
            "Xã triển khai cải cách hành chính 6 tháng cuối năm 2025 theo hướng dẫn.\n"
            "Trong tháng 9/2025, hệ thống tiếp nhận 1.400 phản ánh, kiến nghị.\n"
            "Tính từ đầu năm đến hết ngày 25/9/2025, hệ thống ghi nhận 9.000 phản ánh.\n")
    m = meta(text)
    assert (m.period_start, m.period_end) == (D(2025, 9, 1), D(2025, 9, 30))


# --- text forms ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("raw", "read"), [
    ("kết quả nǎm 2024", "kết quả năm 2024"),
    ("NǍM 2024", "NĂM 2024"),
    ("pinyin ǎ alone", "pinyin ǎ alone"),  # not inside a word: kept
])
def test_nfc_text_repairs_old_font_breve(raw: str, read: str) -> None:
    out = nfc_text(raw)
    assert out == read and len(out) == len(raw)


def test_fold_eth() -> None:
    assert fold("Ðà Lạt ðường") == "da lat duong"


@pytest.mark.parametrize(("word", "name"), [("Q.", "quận"), ("quận", "quận"), ("P.", "phường"), ("Qu.", None)])
def test_abbreviated_district_word(word: str, name: str | None) -> None:
    from normalize.lexicon import unit_type_for_word

    utype = unit_type_for_word(word)
    assert (utype.name if utype else None) == name
