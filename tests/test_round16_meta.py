"""Round 16, document fields of news items (own made-up texts, positive and negative cases):

- a headline naming a province-level city with an abbreviated type word (``TP.HCM: …``, ``TP. Cần Thơ dẫn đầu …``):
  that city is the item's unit; a provincial city so written (``TP. Vinh``) is not made a province;
- a headline naming a place bare whose name a province and its capital city share (``Tây Ninh: …`` /
  ``thành phố Tây Ninh`` among the districts): the province when the item speaks of itself as a province (``UBND
  tỉnh``, ``toàn tỉnh``, ``Sở Tư pháp``) far more than of the city; the city when it speaks of the city;
- a headline written in capitals right over its stamp (``X: TỶ LỆ … ĐẠT 99%`` / ``Thứ hai, 16/10/2017``): the
  title, the stamp its date, its named period its kind; a body's or a site's name in capitals over the day's banner
  stays no headline.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import report_meta

# --- 1. a province-level city in the headline, abbreviated --------------------------------------------------------

CITY_BODY = ("Theo Văn phòng UBND thành phố, trong quý III toàn thành phố tiếp nhận 120.450 hồ sơ, giải quyết đúng "
             "hạn 97,2%. Phường An Lạc dẫn đầu với 98,9%, phường Bình Hòa đạt 96,1%, xã Tân Phú đạt 95,4%.\n")

ABBREVIATED = [
    # (headline, (type, name, province))
    ("TP. Cần Thơ: Hơn 97% hồ sơ thủ tục hành chính quý III được giải quyết đúng hạn",
     ("thành phố", "Cần Thơ", "Cần Thơ")),
    ("TP.Đà Nẵng dẫn đầu về tỷ lệ hồ sơ giải quyết đúng hạn trong quý III",
     ("thành phố", "Đà Nẵng", "Đà Nẵng")),
    ("Quý III, TP.HCM giải quyết đúng hạn hơn 97% hồ sơ thủ tục hành chính",
     ("thành phố", "Hồ Chí Minh", "Hồ Chí Minh")),
    # a unit with its full type word before the city still comes first
    ("Phường An Lạc (TP. Cần Thơ) dẫn đầu về tỷ lệ hồ sơ đúng hạn quý III",
     ("phường", "An Lạc", "Cần Thơ")),
]


@pytest.mark.parametrize(("headline", "unit"), ABBREVIATED)
def test_headline_abbreviated_city(headline: str, unit: tuple[str, str, str]) -> None:
    meta = report_meta(f"{headline}\n\n12/10/2025 08:00\n\n{CITY_BODY}")
    assert meta.unit is not None
    assert (meta.unit.type, meta.unit.name, meta.unit.province) == unit


def test_headline_provincial_city_is_no_province() -> None:
    # negative: a city of a province written "TP." is no province-level city: never its own province
    text = ("TP. Vinh: Hơn 97% hồ sơ thủ tục hành chính quý III được giải quyết đúng hạn\n\n12/10/2024 08:00\n\n"
            "Theo UBND TP. Vinh, trong quý III thành phố Vinh tiếp nhận 12.450 hồ sơ, giải quyết đúng hạn 97,2%. "
            "UBND thành phố Vinh yêu cầu các phòng chuyên môn tiếp tục rà soát quy trình.\n")
    meta = report_meta(text)
    assert meta.unit is not None
    assert (meta.unit.type, meta.unit.name) == ("thành phố", "Vinh")
    assert meta.unit.province != "Vinh"


# --- 2. a province and its capital of the same name ------------------------------------------------------------------

PROVINCE_ITEM = (
    "{name}: 9 tháng năm 2023, giải quyết đúng hạn trên 99% hồ sơ thủ tục hành chính\n\nCập nhật: 05/10/2023 10:20\n\n"
    "Theo báo cáo của Văn phòng UBND tỉnh, 9 tháng năm 2023 các cơ quan trên địa bàn tỉnh tiếp nhận 150.300 hồ sơ, "
    "giải quyết đúng hạn 99,1%.\n\n"
    "Sở Tư pháp tiếp nhận nhiều hồ sơ nhất. Trong 9 huyện, thị xã, thành phố, thành phố {name} tiếp nhận nhiều "
    "nhất với 21.400 hồ sơ; huyện Tân Biên có tỷ lệ trễ hạn cao nhất.\n\n"
    "Thời gian tới, toàn tỉnh tiếp tục đẩy mạnh dịch vụ công trực tuyến; UBND tỉnh yêu cầu xử lý dứt điểm hồ sơ "
    "tồn đọng.\n"
)

CITY_ITEM = (
    "{name}: 9 tháng năm 2023, giải quyết đúng hạn trên 99% hồ sơ thủ tục hành chính\n\nCập nhật: 05/10/2023 10:20\n\n"
    "Theo báo cáo của UBND thành phố {name}, 9 tháng năm 2023 thành phố tiếp nhận 21.400 hồ sơ, giải quyết đúng "
    "hạn 99,1%. Toàn thành phố có 10 phường, xã đạt 100%.\n\n"
    "Thời gian tới, thành phố tiếp tục đẩy mạnh dịch vụ công trực tuyến theo chỉ đạo của UBND tỉnh.\n"
)

SAME_NAME = [
    # (text template, place, (type, name))
    (PROVINCE_ITEM, "Tây Ninh", ("tỉnh", "Tây Ninh")),
    (PROVINCE_ITEM, "Bắc Giang", ("tỉnh", "Bắc Giang")),
    # the capital written with an abbreviated type word among the districts ("TP. X")
    (PROVINCE_ITEM.replace("thành phố {name} tiếp nhận", "TP. {name} tiếp nhận"), "Tây Ninh", ("tỉnh", "Tây Ninh")),
    # negative: the item speaks of the city ("UBND thành phố X", "toàn thành phố"): the city
    (CITY_ITEM, "Tây Ninh", ("thành phố", "Tây Ninh")),
    (CITY_ITEM, "Bắc Giang", ("thành phố", "Bắc Giang")),
    (CITY_ITEM.replace("UBND thành phố {name}", "UBND TP {name}"), "Bắc Giang", ("thành phố", "Bắc Giang")),
]


@pytest.mark.parametrize(("template", "place", "unit"), SAME_NAME)
def test_province_or_its_capital(template: str, place: str, unit: tuple[str, str]) -> None:
    meta = report_meta(template.format(name=place))
    assert meta.unit is not None
    assert (meta.unit.type, meta.unit.name) == unit


def test_city_of_another_name_untouched() -> None:
    # negative: a headline naming a city whose name is no province's: the city, whatever the province's references
    text = PROVINCE_ITEM.format(name="Đồng Xoài").replace("Trong 9 huyện, thị xã, thành phố, ", "")
    meta = report_meta(text)
    assert meta.unit is not None
    assert (meta.unit.type, meta.unit.name) == ("thành phố", "Đồng Xoài")


# --- 3. a headline in capitals over its stamp -------------------------------------------------------------------------

NEWS_BODY = ("Theo số liệu của Văn phòng UBND tỉnh, các cơ quan hành chính ba cấp của tỉnh đã tiếp nhận 84.300 hồ sơ, "
             "giải quyết đúng hạn 98,6%; số hồ sơ trễ hạn là 1.120 hồ sơ.\n")

CAPITALS = [
    # (opening lines, title, date, kind)
    ("CÀ MAU: 6 THÁNG ĐẦU NĂM 2018 GIẢI QUYẾT ĐÚNG HẠN 98% HỒ SƠ\n\nThứ sáu, 13/07/2018\n\n",
     "CÀ MAU: 6 THÁNG ĐẦU NĂM 2018 GIẢI QUYẾT ĐÚNG HẠN 98% HỒ SƠ", dt.date(2018, 7, 13), "half_year"),
    ("TỶ LỆ HỒ SƠ ĐÚNG HẠN QUÝ II/2018 ĐẠT 98,6%\nCập nhật: 13/07/2018 09:10\n\n",
     "TỶ LỆ HỒ SƠ ĐÚNG HẠN QUÝ II/2018 ĐẠT 98,6%", dt.date(2018, 7, 13), "quarter"),
    ("TỈNH ĐẨY MẠNH CẢI CÁCH THỦ TỤC HÀNH CHÍNH TRÊN ĐỊA BÀN CÁC HUYỆN MIỀN NÚI\n\nThứ 6, 13/07/2018\n\n",
     "TỈNH ĐẨY MẠNH CẢI CÁCH THỦ TỤC HÀNH CHÍNH TRÊN ĐỊA BÀN CÁC HUYỆN MIỀN NÚI", dt.date(2018, 7, 13), "other"),
    # negative: a body's name in capitals over the day's banner, then the headline in sentence case: that headline
    ("SỞ NỘI VỤ TỈNH CÀ MAU\n\nThứ sáu, 13/07/2018\n\nCà Mau giải quyết đúng hạn 98% hồ sơ trong 6 tháng đầu năm\n\n",
     "Cà Mau giải quyết đúng hạn 98% hồ sơ trong 6 tháng đầu năm", dt.date(2018, 7, 13), "half_year"),
    # negative: a body's name in capitals over the banner and no headline: no title
    ("ỦY BAN NHÂN DÂN TỈNH CÀ MAU\n\nThứ sáu, 13/07/2018\n\n", None, None, None),
    # negative: a line in capitals not over a stamp (the body follows): no headline
    ("CÀ MAU: 6 THÁNG ĐẦU NĂM 2018 GIẢI QUYẾT ĐÚNG HẠN 98% HỒ SƠ\n\n", None, None, None),
]


@pytest.mark.parametrize(("opening", "title", "date", "kind"), CAPITALS)
def test_capitals_headline(opening: str, title: str | None, date: dt.date | None, kind: str | None) -> None:
    text = opening + NEWS_BODY
    meta = report_meta(text)
    assert meta.title == title
    assert meta.kind == kind
    if title is not None:
        assert meta.date == date
        s, e = meta.spans["title"]
        assert text[s:e] == title
