"""Round 6: document fields of news items and headers, and points in time (own sentences, positive and negative)."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.extractors.metadata import read_meta
from extract.extractors.metadata_title import read_title_block
from normalize.dates import find_date_line

HEAD = "Số: 12/BC-UBND\n"


@pytest.mark.parametrize(("text", "place", "day"), [
    ("Hải Phòng ngày 3 tháng 5 năm 2024\n", "Hải Phòng", dt.date(2024, 5, 3)),  # no comma after a proper name
    ("Cần Thơ, ngày 3 tháng 5 năm 2024\n", "Cần Thơ", dt.date(2024, 5, 3)),
])
def test_date_line(text: str, place: str, day: dt.date) -> None:
    line = find_date_line(text)
    assert line is not None and line.place_text == place and line.date == day


@pytest.mark.parametrize("text", ["Trong cuộc họp ngày 3 tháng 5 năm 2024, xã đã báo cáo.\n",
                                  "tại hội nghị ngày 3 tháng 5 năm 2024\n"])
def test_no_date_line(text: str) -> None:
    assert find_date_line(text) is None


@pytest.mark.parametrize(("text", "title"), [
    # a slogan banner and a map widget above the headline are skipped
    ('Chủ đề công tác năm 2024: "Đoàn kết, đổi mới" - Chào mừng kỷ niệm 95 năm\n\n'
     "Quý II/2024 xã Tân Phú giải quyết 100% hồ sơ đúng hạn\n\nTrong quý II, xã tiếp nhận 120 hồ sơ.",
     "Quý II/2024 xã Tân Phú giải quyết 100% hồ sơ đúng hạn"),
    ("TÌM KIẾM\nXem bản đồ lớn\nTổng lượt truy cập:\nHuyện Cát Hải tiếp nhận hơn 3.000 hồ sơ trực tuyến\n\n"
     "Năm 2024, huyện tiếp nhận 3.012 hồ sơ.", "Huyện Cát Hải tiếp nhận hơn 3.000 hồ sơ trực tuyến"),
    # negative: a headline that merely starts with "Xem" stays the headline
    ("Xem xét trách nhiệm khi hồ sơ trễ hạn tại xã Bình Minh\n\nNăm 2024, xã có 3 hồ sơ trễ hạn.",
     "Xem xét trách nhiệm khi hồ sơ trễ hạn tại xã Bình Minh"),
])
def test_news_headline(text: str, title: str) -> None:
    assert read_title_block(text).title == title


def test_caps_title_ends_with_date() -> None:
    text = (HEAD + "Hà Nội, ngày 02 tháng 8 năm 2024\nTHÔNG BÁO\nKẾT LUẬN CỦA BAN CHỈ ĐẠO TẠI PHIÊN HỌP THỨ HAI\n"
            "NGÀY 15 THÁNG 7 NĂM 2024\nNgày 15 tháng 7 năm 2024, Ban Chỉ đạo đã họp.\n")
    assert read_title_block(text).title.endswith("PHIÊN HỌP THỨ HAI NGÀY 15 THÁNG 7 NĂM 2024")


@pytest.mark.parametrize(("text", "unit"), [
    # a centrally-run city is its own province, also when another province is named
    ("Cần Thơ dẫn đầu khu vực về hồ sơ trực tuyến\n\nCần Thơ (70%) cùng các tỉnh Vĩnh Long (60%), Hậu Giang (55%).",
     ("thành phố", "Cần Thơ", "Cần Thơ")),
    # an abbreviated type word of a province-level city, named twice
    (" date 2024-08-01 Theo UBND TP.Hải Phòng, toàn thành phố có 90% hồ sơ trực tuyến. TP.Hải Phòng tiếp tục dẫn đầu.",
     ("thành phố", "Hải Phòng", "Hải Phòng")),
    # a bare name and the bare type word
    ("Tỷ lệ hồ sơ trực tuyến toàn thành phố đạt 71%. Sở Nội vụ cho biết, Hải Phòng đã triển khai nhiều giải pháp. "
     "UBND thành phố Hải Phòng ban hành kế hoạch.", ("thành phố", "Hải Phòng", "Hải Phòng")),
])
def test_news_unit(text: str, unit: tuple[str, str, str]) -> None:
    meta = read_meta(text, {})
    assert meta.unit is not None and (meta.unit.type, meta.unit.name, meta.unit.province) == unit


@pytest.mark.parametrize("text", [
    # a province named once in passing: no unit
    "Tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 71%. Đoàn công tác đến từ Nghệ An đã trao đổi kinh nghiệm.",
    # two provinces: a round-up
    "Tỷ lệ toàn tỉnh đạt 71%. Nghệ An và Hà Tĩnh dẫn đầu khu vực, Nghệ An đạt 80%.",
    # a national body's seat is no unit
    "Số: 15/QĐ-TTg\nHà Nội, ngày 18 tháng 7 năm 2025\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH DANH MỤC\n",
])
def test_no_news_unit(text: str) -> None:
    assert read_meta(text, {}).unit is None
