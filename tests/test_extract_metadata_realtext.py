"""The metadata extractor on what real pages do to a document's header, title and headline (round 2).

Decisions without their ``QUYẾT ĐỊNH`` line, the enacting ``QUYẾT ĐỊNH:`` and the authority line under the title,
a portal's rubric above a letterhead, names with an apostrophe, rubric lines, bylines in capitals, headlines that
name their unit without its type word, excerpts that open in the body. Every text here is constructed for the test
(the genre's phrasing, invented units and figures).
"""

from __future__ import annotations

import datetime as dt

import pytest

from extract.extractors.metadata_header import title_case as _title_case
from normalize.units import former_province
from tests.helpers import report_meta as meta

D = dt.date


# --- decisions ---------------------------------------------------------------------------------------------

# a legal-document site drops "QUYẾT ĐỊNH": the title in capitals under the number line, the enacting formula below
DECISION_NO_HEADING = (
    "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
    "Số: 512/QĐ-UBND | Phú Yên, ngày 14 tháng 5 năm 2012 |\n"
    "VỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP GIỮA VĂN PHÒNG UBND TỈNH VỚI CÁC SỞ, NGÀNH TRONG KIỂM SOÁT THỦ TỤC HÀNH CHÍNH.\n"
    "ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN\n"
    "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26/11/2003;\n"
    "Theo đề nghị của Chánh Văn phòng UBND tỉnh,\n"
    "QUYẾT ĐỊNH:\n"
    "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp giữa các cơ quan.\n"
)

# the heading kept, the title broken over lines and followed by the authority line
DECISION_AUTHORITY = (
    "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n|\n"
    "Số: 301/QĐ-UBND\n|\nKon Tum, ngày 02 tháng 4 năm 2020\n|\n"
    "QUYẾT ĐỊNH\nCÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH\nTHUỘC THẨM QUYỀN GIẢI QUYẾT CỦA UBND CẤP XÃ\n"
    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KON TUM\n"
    "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ;\n"
)


@pytest.mark.parametrize(("text", "title", "issuer", "kind"), [
    (DECISION_NO_HEADING, "VỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP GIỮA VĂN PHÒNG UBND TỈNH VỚI CÁC SỞ, NGÀNH TRONG KIỂM "
     "SOÁT THỦ TỤC HÀNH CHÍNH.", "Ủy ban nhân dân tỉnh Phú Yên", "other"),
    (DECISION_AUTHORITY, "CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA UBND CẤP XÃ",
     "Ủy ban nhân dân tỉnh Kon Tum", "other"),
])
def test_decision_title(text: str, title: str, issuer: str, kind: str) -> None:
    m = meta(text)
    assert m.title == title  # never the enacting formula's article, never the authority line
    assert m.issuer == issuer  # the UBND of the header, not the office its title names
    assert m.kind == kind


@pytest.mark.parametrize("text", [
    # only the enacting formula and the articles survive: no title
    "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 77/QĐ-UBND | Kon Tum, ngày 02 tháng 4 năm 2020 |\n"
    "QUYẾT ĐỊNH:\nĐiều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính.\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n",
    # an article in capitals right under the header is no title either
    "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 78/QĐ-UBND | Kon Tum, ngày 03 tháng 4 năm 2020 |\n"
    "ĐIỀU 1. PHẠM VI ĐIỀU CHỈNH CỦA QUY CHẾ NÀY\nQuy chế này quy định việc phối hợp.\n",
])
def test_article_is_never_a_title(text: str) -> None:
    assert meta(text).title is None


def test_title_may_open_with_dieu_chinh() -> None:
    text = ("ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố: 90/KH-UBND\nKon Tum, ngày 05 tháng 4 năm 2020\n"
            "KẾ HOẠCH\nĐIỀU CHỈNH KẾ HOẠCH KIỂM SOÁT THỦ TỤC HÀNH CHÍNH\nCăn cứ Quyết định số 1/QĐ-UBND;\n")
    assert meta(text).title == "ĐIỀU CHỈNH KẾ HOẠCH KIỂM SOÁT THỦ TỤC HÀNH CHÍNH"


# --- a report on a commune portal ----------------------------------------------------------------------------

PORTAL_REPORT = (
    "Báo cáo\n\n14.04.2025 09:12 25 đã xem\n\nỦY BAN NHÂN DÂN\n\nXÃ ĐẮK R’MĂNG\n\nSố: 40/BC-UBND\n\n"
    " CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n Độc lập - Tự do - Hạnh phúc\n\n Đắk R’Măng, ngày 10 tháng 4 năm 2025\n\n"
    "BÁO CÁO\n\nKết quả thực hiện công tác cải cách hành chính quý I năm 2025\n\n"
    "Căn cứ Kế hoạch số 3/KH-UBND ngày 05/01/2025 của Ủy ban nhân dân xã Đắk R’Măng;\n"
)


def test_rubric_above_the_letterhead_is_no_heading() -> None:
    m = meta(PORTAL_REPORT)
    assert m.title == "Kết quả thực hiện công tác cải cách hành chính quý I năm 2025"
    assert m.kind == "quarter"
    assert (m.period_start, m.period_end) == (D(2025, 1, 1), D(2025, 3, 31))
    assert m.unit is not None and (m.unit.type, m.unit.name) == ("xã", "Đắk R’Măng")  # the apostrophe is in the name
    assert m.issuer == "Ủy ban nhân dân xã Đắk R’Măng"


def test_letterhead_on_a_page_without_number_or_date() -> None:
    text = ("Kết quả giải quyết thủ tục hành chính 6 tháng đầu năm 2023\n\nIn hướng dẫn\nCơ quan ban hành\n\n"
            "ỦY BAN NHÂN DÂN\n\nXÃ TÂN HỘI\n\nKết quả giải quyết thủ tục hành chính 6 tháng đầu năm 2023\n\n"
            "I. CÔNG TÁC CHỈ ĐẠO\n\nThực hiện Kế hoạch số 5/KH-UBND ngày 04/01/2023 của UBND xã Tân Hội.\n")
    m = meta(text)
    assert m.unit is not None and (m.unit.type, m.unit.name) == ("xã", "Tân Hội")
    assert m.issuer == "Ủy ban nhân dân xã Tân Hội"


@pytest.mark.parametrize(("name", "cased"), [
    ("ĐẮK R’MĂNG", "Đắk R’Măng"), ("EA H'LING", "Ea H'Ling"), ("THƯỢNG HỒNG", "Thượng Hồng"),
])
def test_title_case_after_an_apostrophe(name: str, cased: str) -> None:
    assert _title_case(name) == cased


# --- news items ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "title", "date", "unit"), [
    # a rubric line of several section names above the headline; the headline names the town without its type
    ("Thời sự - Chính trị   Cải cách hành chính\n\nTân Phú: Giải quyết đúng hạn 99% hồ sơ thủ tục hành chính\n\n"
     "Cập nhật ngày: 15/01/2024 - 08:10\n\nUBND thị xã Tân Phú tổng kết công tác cải cách hành chính năm 2023.\n",
     "Tân Phú: Giải quyết đúng hạn 99% hồ sơ thủ tục hành chính", D(2024, 1, 15), ("thị xã", "Tân Phú")),
    # a byline in capitals; the body writes the city with an abbreviated type word
    ("Bảo Lộc: Tỷ lệ hồ sơ giải quyết đúng hạn năm 2023 đạt 99,5%\n\nMINH KHOA 07:30, 20/12/2023\n\n"
     "UBND TP Bảo Lộc cho biết, trong năm 2023 thành phố tiếp nhận 40.000 hồ sơ.\n",
     "Bảo Lộc: Tỷ lệ hồ sơ giải quyết đúng hạn năm 2023 đạt 99,5%", D(2023, 12, 20), ("thành phố", "Bảo Lộc")),
    # a province of before the 2025 merger opening the headline
    ("Bắc Kạn dẫn đầu khu vực về tỷ lệ hồ sơ trực tuyến\n\n10/05/2024\n\nTỷ lệ của tỉnh đạt 70%, vượt nhiều địa "
     "phương.\n", "Bắc Kạn dẫn đầu khu vực về tỷ lệ hồ sơ trực tuyến", D(2024, 5, 10), ("tỉnh", "Bắc Kạn")),
])
def test_news_headline_and_unit(text: str, title: str, date: dt.date, unit: tuple) -> None:
    m = meta(text)
    assert m.title == title
    assert m.date == date
    assert m.unit is not None and (m.unit.type, m.unit.name) == unit
    assert m.issuer is None


@pytest.mark.parametrize("text", [
    # a person's name opens the headline: no unit
    "Nguyễn Văn An: Người cán bộ một cửa tận tụy\n\n10/05/2024\n\nAnh đã tiếp nhận hàng nghìn hồ sơ mỗi năm.\n",
    # a ministry opens it: no unit either
    "Bộ Tư pháp hướng dẫn số hóa hồ sơ hộ tịch\n\n10/05/2024\n\nCác địa phương được đề nghị rà soát dữ liệu.\n",
])
def test_headline_lead_never_guessed(text: str) -> None:
    assert meta(text).unit is None


def test_excerpt_opening_in_the_body_has_no_headline() -> None:
    text = (" date 2025-08-07 Ngày 6-8, ông Trần Văn Bình, Giám đốc Trung tâm Phục vụ hành chính công tỉnh, cho biết "
            "trên địa bàn tỉnh đang thực hiện 1.900 thủ tục hành chính và trung tâm đã tiếp nhận nhiều hồ sơ trực "
            "tuyến hơn so với cùng kỳ năm trước.\n\nNgười dân làm thủ tục tại Trung tâm Phục vụ hành chính công xã Tân "
            "Hòa\n\nTừ ngày 1 đến 31-7, tỷ lệ hồ sơ trực tuyến đạt 70%.\n")
    m = meta(text)
    assert m.title is None  # the photo caption is no headline
    assert m.date == D(2025, 8, 7)


# --- the provinces before the merger -------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "typ", "province_2025"), [
    ("Hà Nam", "tỉnh", "Ninh Bình"), ("TỈNH YÊN BÁI", "tỉnh", "Lào Cai"), ("Bà Rịa-Vũng Tàu", "tỉnh", "Hồ Chí Minh"),
    ("Ðà Nẵng", "thành phố", "Đà Nẵng"), ("Thừa Thiên Huế", "tỉnh", "Huế"), ("Hoà Bình", "tỉnh", "Phú Thọ"),
])
def test_former_province(name: str, typ: str, province_2025: str) -> None:
    p = former_province(name)
    assert p is not None and (p.type, p.province_2025) == (typ, province_2025)


@pytest.mark.parametrize("name", ["Tân Phú", "Bảo Lộc", "", "Huế"])  # districts, nothing, a 2025 name only
def test_not_a_former_province(name: str) -> None:
    assert former_province(name) is None
