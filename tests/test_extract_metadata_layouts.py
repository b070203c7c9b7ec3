"""The metadata extractor on the layouts of real pages: legal-document sites' table headers, news items.

Every text here is constructed for the test (the genre's phrasing, invented units and figures).
"""

from __future__ import annotations

import datetime as dt

import pytest

from extract.extractors.metadata_title import find_header_date_line, read_title_block
from normalize.units import province_type
from tests.helpers import report_meta as meta

D = dt.date


# --- headers of legal-document sites ------------------------------------------------------------------------

# a two-column header flattened into cells, the date line broken after "ngày", the heading word broken too
CELLS_BROKEN = """ỦY BAN NHÂN DÂN
TỈNH PHÚ YÊN
-------
|
CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số: 512/KH-UBND
|
Phú Yên, ngày
05 tháng 3 năm 2024
|
KẾ HOẠCH
NÂNG
CAO CHẤT LƯỢNG GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TRÊN ĐỊA BÀN TỈNH PHÚ YÊN
Thời gian qua, việc giải quyết thủ tục hành chính trên địa bàn tỉnh được quan tâm, chỉ đạo
thường xuyên và đạt được nhiều kết quả
"""

# one row of cells per line ("Số: … | Place, ngày … |"), a preface of the site above, no heading word
CELLS_ONE_LINE = """- 1 Nghị định 63/2010/NĐ-CP về kiểm soát thủ tục hành chính
ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 88/KH-UBND | Hà Tĩnh, ngày 14 tháng 02 năm 2023 |
RÀ SOÁT, ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH NĂM 2023
Thực hiện Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch.
"""

# the province name broken across lines in the header, and the place of the date line too
NAME_BROKEN = """ỦY BAN NHÂN DÂN
TỈNH BÌNH
THUẬN
-------
|
Số: 41/QĐ-UBND
|
Bình
Thuận, ngày 18 tháng 3 năm 2024
|
QUYẾT ĐỊNH
BAN HÀNH KẾ HOẠCH KIỂM SOÁT THỦ TỤC HÀNH CHÍNH NĂM 2024
ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;
"""

# a site's preface names the decision ("Quyết định 75/QĐ-UBND …") above the document's own header
PREFACE = """Quyết định 75/QĐ-UBND

Quyết định 75/QĐ-UBND năm 2012 công bố thủ tục hành chính do Ủy ban nhân dân tỉnh Hà Giang ban hành

ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG

Số: 75/QĐ-UBND

Hà Giang, ngày 10 tháng 01 năm 2012

QUYẾT ĐỊNH

VỀ VIỆC CÔNG BỐ THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ TƯ PHÁP

ỦY BAN NHÂN DÂN TỈNH HÀ GIANG

Căn cứ Luật Tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003;
"""


@pytest.mark.parametrize(("text", "unit", "issuer", "date", "title", "kind"), [
    (CELLS_BROKEN, ("tỉnh", "Phú Yên"), "Ủy ban nhân dân tỉnh Phú Yên", D(2024, 3, 5),
     "NÂNG CAO CHẤT LƯỢNG GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TRÊN ĐỊA BÀN TỈNH PHÚ YÊN", "other"),
    (CELLS_ONE_LINE, ("tỉnh", "Hà Tĩnh"), "Ủy ban nhân dân tỉnh Hà Tĩnh", D(2023, 2, 14),
     "RÀ SOÁT, ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH NĂM 2023", "year"),
    (NAME_BROKEN, ("tỉnh", "Bình Thuận"), "Ủy ban nhân dân tỉnh Bình Thuận", D(2024, 3, 18),
     "BAN HÀNH KẾ HOẠCH KIỂM SOÁT THỦ TỤC HÀNH CHÍNH NĂM 2024", "year"),
    (PREFACE, ("tỉnh", "Hà Giang"), "Ủy ban nhân dân tỉnh Hà Giang", D(2012, 1, 10),
     "VỀ VIỆC CÔNG BỐ THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ TƯ PHÁP", "other"),
])
def test_site_headers(text: str, unit: tuple, issuer: str, date: dt.date, title: str, kind: str) -> None:
    m = meta(text)
    assert m.unit is not None and (m.unit.type, m.unit.name) == unit
    assert m.issuer == issuer
    assert m.date == date
    assert m.title == title
    assert m.kind == kind


def test_motto_is_never_a_unit() -> None:
    # "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in a cell, with nothing else naming a unit
    text = "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 5/KH-UBND | ngày 2 tháng 3 năm 2024 |\n"
    m = meta(text)
    assert m.unit is None or "Hội" not in m.unit.name
    assert m.issuer is None or "Hội" not in m.issuer


@pytest.mark.parametrize(("line", "place", "date"), [
    ("Phú Yên, ngày\n05 tháng 3 năm 2024", "Phú Yên", D(2024, 3, 5)),
    ("Phú Yên, ngày 05\ntháng 3 năm 2024", "Phú Yên", D(2024, 3, 5)),
    ("Phú Yên,\nngày 05 tháng 3 năm 2024", "Phú Yên", D(2024, 3, 5)),
    ("Số: 3/KH-UBND | Phú Yên, ngày 05 tháng 3 năm 2024 |", "Phú Yên", D(2024, 3, 5)),
    ("Phú Yên, ngày 05 tháng 3 năm 2024", "Phú Yên", D(2024, 3, 5)),
])
def test_date_line_across_cells_and_breaks(line: str, place: str, date: dt.date) -> None:
    text = f"ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\n\n{line}\n\nKẾ HOẠCH\n"
    d = find_header_date_line(text)
    assert d is not None and " ".join(d.place_text.split()) == place and d.date == date
    assert 0 <= d.start < d.end <= len(text)  # spans into the text as given


@pytest.mark.parametrize("text", [
    "Phú Yên\nngày 05 tháng 3 năm 2024\n",  # no comma: no date line
    "Trong năm, ngày\n05 tháng 3 năm 2024 đã tổ chức",  # a sentence, not a header line: a place needs a capital
])
def test_no_date_line_made_up(text: str) -> None:
    d = find_header_date_line(text)
    assert d is None or d.place_text.strip()[0].isupper()


def test_title_in_capitals_stops_at_a_body_line() -> None:
    block = read_title_block(CELLS_BROKEN)
    assert block.genre == "plan"
    assert block.title is not None and "Thời gian" not in block.title


def test_mixed_case_title_keeps_its_lines() -> None:
    text = ("Số: 12/BC-UBND\n\nXã An Bình, ngày 3 tháng 4 năm 2026\n\nBÁO CÁO\n\nKết quả giải quyết thủ tục hành chính\n"
            "quý I năm 2026\n\nCăn cứ Kế hoạch số 10/KH-UBND ngày 2/1/2026;\n")
    assert read_title_block(text).title == "Kết quả giải quyết thủ tục hành chính quý I năm 2026"


# --- news items ---------------------------------------------------------------------------------------------

NEWS = [
    # a weekday banner (today's date) above the headline, the publication stamp under it
    ("Thứ 2, Ngày 12/06/2023 -\n\nToàn tỉnh giải quyết 40.120 hồ sơ thủ tục hành chính trong quý I\n"
     "Ngày đăng: 20/04/2023  09:15\nTrong quý I năm 2023, các cơ quan tiếp nhận 41.000 hồ sơ.\n",
     "Toàn tỉnh giải quyết 40.120 hồ sơ thủ tục hành chính trong quý I", D(2023, 4, 20), "quarter"),
    # a byline before the time
    ("Tỷ lệ hồ sơ giải quyết đúng hạn tiếp tục tăng\n\nMinh Anh 08:10, 05/07/2022\n\n"
     "Trong 6 tháng đầu năm 2022, toàn tỉnh tiếp nhận 90.000 hồ sơ.\n",
     "Tỷ lệ hồ sơ giải quyết đúng hạn tiếp tục tăng", D(2022, 7, 5), "other"),
    # "Cập nhật ngày: … | hh:mm GMT+7", time with seconds, dashes
    ("Giải quyết trên 20.000 hồ sơ thủ tục hành chính\n\nCập nhật ngày: 15/01/2022 | 10:20 GMT+7\n\nNăm 2021, huyện tiếp "
     "nhận 20.500 hồ sơ.\n", "Giải quyết trên 20.000 hồ sơ thủ tục hành chính", D(2022, 1, 15), "other"),
    ("Tỷ lệ hồ sơ trực tuyến cấp xã đạt 95%\n\nCập nhật: 03-02-2023 | 07:45:10\n\nNăm 2022, các xã tiếp nhận 5.000 "
     "hồ sơ.\n", "Tỷ lệ hồ sơ trực tuyến cấp xã đạt 95%", D(2023, 2, 3), "other"),
    # a date in brackets; a rubric above the headline
    ("Cải cách hành chính\n(18/10/2022)\n\nTháng 9/2022, bộ phận một cửa trả kết quả đúng hạn 99% hồ sơ\n\n"
     "Trong tháng 9/2022, bộ phận một cửa tiếp nhận 800 hồ sơ.\n",
     "Tháng 9/2022, bộ phận một cửa trả kết quả đúng hạn 99% hồ sơ", D(2022, 10, 18), "month"),
    # no stamp, no masthead: the first line that reads as a headline, after a lead paragraph
    ("(TTV) Tháng 5, các cơ quan đã đẩy mạnh thanh toán trực tuyến, qua đó đạt được nhiều kết quả tích cực trong "
     "việc phục vụ người dân và doanh nghiệp, góp phần nâng cao chỉ số phục vụ của tỉnh trong các tháng đầu năm, "
     "theo đánh giá của Văn phòng.\n\nTỷ lệ thanh toán trực tuyến tháng 5 toàn tỉnh đạt 90%\nTrong tháng 5, các sở "
     "tiếp nhận 3.000 hồ sơ.\n", "Tỷ lệ thanh toán trực tuyến tháng 5 toàn tỉnh đạt 90%", None, "month"),
    # the headline names two periods, the later containing the first: the wider
    ("Kết quả giải quyết TTHC tháng 6 và quý II/2022\n\n30/06/2022\n\nTháng 6/2022, trung tâm tiếp nhận 900 hồ sơ.\n",
     "Kết quả giải quyết TTHC tháng 6 và quý II/2022", D(2022, 6, 30), "quarter"),
    # a headline range one reporting month long
    ("Kết quả giải quyết TTHC từ ngày 16/5 đến 15/6/2022\n\n20/06/2022\n\nTrung tâm tiếp nhận 900 hồ sơ.\n",
     "Kết quả giải quyết TTHC từ ngày 16/5 đến 15/6/2022", D(2022, 6, 20), "month"),
    # a week of a year is no year
    ("Chỉ số phục vụ: Tuần 05 năm 2024, tỉnh tiếp tục xếp hạng cao\nTại hội nghị, tỉnh đạt 85,2 điểm.\n",
     "Chỉ số phục vụ: Tuần 05 năm 2024, tỉnh tiếp tục xếp hạng cao", None, "other"),
]


@pytest.mark.parametrize(("text", "title", "date", "kind"), NEWS)
def test_news_items(text: str, title: str, date: dt.date | None, kind: str) -> None:
    m = meta(text)
    assert m.title == title
    assert m.date == date
    assert m.kind == kind
    assert m.issuer is None  # a news item is published, nobody issues it


@pytest.mark.parametrize(("text", "start", "end"), [
    # the headline names no period: the body's first statement of the figures' period
    ("Tỷ lệ hồ sơ giải quyết đúng hạn đạt 97%\n\nLan Chi 10:00, 02/04/2023\n\nTrong quý I/2023, toàn tỉnh tiếp nhận "
     "10.000 hồ sơ. Năm 2024, tỉnh phấn đấu đạt 98%.\n", D(2023, 1, 1), D(2023, 3, 31)),
    # a stated window wins over the headline's named period
    ("Trên 500 hồ sơ quá hạn trong quý I\n\n07:00, 20/03/2021\n\nTrong quý I năm 2021 (tính từ 15/12/2020 đến "
     "14/3/2021) toàn tỉnh tiếp nhận 50.000 hồ sơ.\n", D(2020, 12, 15), D(2021, 3, 14)),
])
def test_news_period(text: str, start: dt.date, end: dt.date) -> None:
    m = meta(text)
    assert (m.period_start, m.period_end) == (start, end)


@pytest.mark.parametrize(("text", "unit"), [
    # the headline names the unit
    ("Phường Tân Mỹ: số hóa 100% hồ sơ thủ tục hành chính\nTrong 4 tháng, UBND phường Tân Mỹ tiếp nhận 900 hồ sơ.\n",
     ("phường", "Tân Mỹ")),
    # the headline names it without its type word, the body with it
    ("Hòa Vang đứng thứ hai về chỉ số phục vụ người dân\nTheo đó, huyện Hòa Vang đạt 88 điểm.\n", ("huyện", "Hòa Vang")),
    # the item relays the unit's report
    ("Quý I/2022 bộ phận một cửa giải quyết 98% hồ sơ\n\n20/03/2022\n\nTheo báo cáo của UBND huyện Lý Sơn, trong "
     "quý I/2022 bộ phận một cửa tiếp nhận 2.000 hồ sơ.\n", ("huyện", "Lý Sơn")),
    # the only unit the opening names, twice
    ("Chuyển đổi số mạnh mẽ ở cơ sở\n\nBộ phận một cửa xã Tân Lập đạt nhiều kết quả.\n\nTrong kỳ, xã Tân Lập tiếp nhận "
     "800 hồ sơ.\n", ("xã", "Tân Lập")),
])
def test_news_unit_named(text: str, unit: tuple) -> None:
    m = meta(text)
    assert m.unit is not None and (m.unit.type, m.unit.name) == unit
    assert m.issuer is None


@pytest.mark.parametrize("text", [
    # districts merely mentioned in the body: no unit
    ("Tỷ lệ số hóa hồ sơ tháng 10 toàn tỉnh đạt 100%\nTrong tháng 10, huyện Yên Phong đạt 99%, huyện Quế Võ đạt 98%.\n"),
    # a list of units ("các huyện A, B") names none of them the reporter
    ("Tỷ lệ giải quyết hồ sơ cấp xã đạt 99,9%\n\nCập nhật: 10-01-2022 | 08:00\n\nCác xã thuộc các huyện Phú Giáo, "
     "Bàu Bàng đạt 100%.\n"),
    # "… tỉnh, thành phố\nTại hội nghị": a sentence's first word after a line break is no name
    ("Chỉ số phục vụ: tỉnh xếp hạng 02/63 tỉnh, thành phố\nTại hội nghị, các đơn vị báo cáo nhanh kết quả.\n"),
    # no headline, no stamp, a body naming a district: no unit, no issuer
    ("UBND tỉnh vừa có báo cáo kết quả đánh giá chất lượng phục vụ quý II/2024.\nKhối UBND các huyện: huyện Đơn "
     "Dương đạt 97 điểm.\n"),
])
def test_news_unit_never_guessed(text: str) -> None:
    m = meta(text)
    assert m.unit is None
    assert m.issuer is None


@pytest.mark.parametrize("text", [
    "STT Thủ tục Số hồ sơ giải quyết Kết quả\nTổng số Tồn kỳ trước Mới tiếp nhận\n1 Đăng ký đất đai 23 23 0\n",
    "- 80% hồ sơ được số hóa khi tiếp nhận, giải quyết thủ tục hành chính\n- 100% cán bộ có chữ ký số.\n",
    "Trong năm 2023, toàn tỉnh tiếp nhận 10.000 hồ sơ.\nCác cơ quan giải quyết 9.900 hồ sơ.\n",
])
def test_no_headline_made_up(text: str) -> None:
    assert meta(text).title is None


def test_iso_stamp_opening_a_line() -> None:
    m = meta(" date 2024-05-02 Trong báo cáo kết quả 4 tháng đầu năm 2024, Bộ cho biết các địa phương đã tiếp nhận "
             "nhiều hồ sơ trực tuyến hơn cùng kỳ năm trước, tỷ lệ hồ sơ trực tuyến tăng mạnh so với các tháng trước.\n")
    assert m.date == D(2024, 5, 2)
    assert m.title is None


@pytest.mark.parametrize(("name", "typ"), [
    ("Hà Tĩnh", "tỉnh"), ("HẢI PHÒNG", "thành phố"), ("Tỉnh Quảng Ninh", "tỉnh"),
    ("Thượng Hồng", None), ("", None), ("Bình Thuận", None),  # merged in 2025: not among the 34
])
def test_province_type(name: str, typ: str | None) -> None:
    assert province_type(name) == typ
