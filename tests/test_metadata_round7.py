"""Round 7: document fields of news items from unseen text (own sentences, positive and negative).

Principles: a province-level news item names its province by its name of the time (also a province merged in
2025) and speaks of its level or its agencies; a person's name is no province; a unit the headline names and the
body writes with an abbreviated type word is the unit; a telephone banner and a repeated caption are never the
headline; a date after a sentence opener and before a clause is no date line; a named month's reporting window
stated later is the figures' window.
"""

from __future__ import annotations

import datetime as dt

import pytest

from extract.document import Document, Source
from extract.extractors.metadata import read_meta
from extract.extractors.metadata_title import read_title_block
from extract.extractors.periods import PeriodExtractor
from extract.registry import Context
from normalize.dates import find_date_line


def _meta(text: str):  # noqa: ANN202
    ctx = Context(document=Document(text, Source("t.txt", "0" * 64, "txt")))
    ctx.facts["references"] = []
    return read_meta(text, {"references": [], "periods": list(PeriodExtractor().extract(ctx))})


@pytest.mark.parametrize(("text", "unit"), [
    # a province merged in 2025, named once, spoken of by its level ("UBND tỉnh") again and again
    ("Hồ sơ đúng hạn đạt hơn 98%\n\nNăm 2019, Trung tâm Hành chính công Hà Nam đã giải quyết 40.120 hồ sơ. "
     "UBND tỉnh cũng ủy quyền 30 TTHC. Chủ tịch UBND tỉnh yêu cầu các sở công khai hồ sơ trễ hạn.",
     ("tỉnh", "Hà Nam")),
    # named twice with its agencies ("Cục Thuế Kon Tum"): the province
    ("Trong tuần có 6 hồ sơ trễ hạn\n\nTheo Trung tâm Hành chính công Kon Tum, tuần qua tiếp nhận 812 hồ sơ; "
     "Cục Thuế Kon Tum chưa phát sinh hồ sơ.", ("tỉnh", "Kon Tum")),
    # a province agency with the type word and its name
    ("Bưu điện tiếp nhận hơn 2.000 hồ sơ\n\nNăm 2020, Bưu điện tỉnh Ninh Thuận tiếp nhận 2.104 hồ sơ, "
     "Công an tỉnh giao 900 hồ sơ.", ("tỉnh", "Ninh Thuận")),
    # the headline names a city the body writes with "TP."
    ("Quý II, Tam Kỳ giải quyết 8.000 hồ sơ\n\nTheo UBND TP.Tam Kỳ, trong quý II.2021 tiếp nhận 8.210 hồ sơ.",
     ("thành phố", "Tam Kỳ")),
])
def test_news_unit(text: str, unit: tuple[str, str]) -> None:
    meta = _meta(text)
    assert meta.unit is not None and (meta.unit.type, meta.unit.name) == unit
    assert meta.issuer is None


@pytest.mark.parametrize("text", [
    # a national item: a person's name that is also a former province's, "cấp tỉnh" / "các tỉnh" (any province)
    ("Hồ sơ trực tuyến toàn trình tăng mạnh\n\nPhó Thủ tướng Nguyễn Hòa Bình yêu cầu các bộ và Ủy ban nhân dân "
     "các tỉnh đẩy mạnh dịch vụ công; cấp tỉnh tiếp nhận khoảng 3 triệu hồ sơ."),
    # one province named once in a national round-up, no word of its level
    ("Mục tiêu 100% thủ tục không phụ thuộc địa giới\n\nTheo báo cáo của Bộ Nội vụ, cấp tỉnh mới đạt 60%, "
     "các tỉnh còn chậm, trong đó Quảng Bình mới đạt dưới 15%."),
    # a headline city never written with an abbreviated type word: no unit guessed
    ("Quý II, Tam Kỳ giải quyết 8.000 hồ sơ\n\nTrong quý II.2021, trung tâm tiếp nhận 8.210 hồ sơ."),
])
def test_news_no_unit(text: str) -> None:
    assert _meta(text).unit is None


@pytest.mark.parametrize(("text", "title"), [
    # a contact banner above the headline
    ("Hot line   1900 12 34 56\n\nTrung tâm phục vụ hành chính công tỉnh Hà Tĩnh khai trương\n\n"
     "Ngày 3/5/2021, trung tâm đi vào hoạt động.", "Trung tâm phục vụ hành chính công tỉnh Hà Tĩnh khai trương"),
    ("Đường dây nóng: 0236.3822.111\n\nPhường Hòa Cường tiếp nhận 500 hồ sơ trực tuyến\n\nTrong tháng 4, phường tiếp nhận 500 hồ sơ.",
     "Phường Hòa Cường tiếp nhận 500 hồ sơ trực tuyến"),
    # negative: a headline with a figure is no phone number
    ("Tổng đài 1022 xử lý 99,5% phản ánh của người dân\n\nNăm 2022, tổng đài tiếp nhận 4.000 phản ánh.",
     "Tổng đài 1022 xử lý 99,5% phản ánh của người dân"),
    # a caption printed twice (alternative text and caption): the excerpt has no headline
    ("Cán bộ hướng dẫn người dân nộp hồ sơ tại Trung tâm phục vụ hành chính công\n"
     "Cán bộ hướng dẫn người dân nộp hồ sơ tại Trung tâm phục vụ hành chính công\n\n"
     "Trong tháng 5, tỉnh đã ban hành 12 quyết định công bố 300 thủ tục.", None),
])
def test_news_title(text: str, title: str | None) -> None:
    assert read_title_block(text).title == title


@pytest.mark.parametrize(("text", "found"), [
    ("Trước đó, ngày 23/9/2019, UBND tỉnh đã cho phép 1.100 thủ tục.\n", False),  # a clause follows: a sentence
    ("Sau đó, ngày 5 tháng 6 năm 2022, xã đã tổ chức hội nghị.\n", False),
    ("Hà Tĩnh, ngày 5 tháng 6 năm 2022\n", True),
    ("Xã Tân Phú, ngày 05/6/2022\n", True),
])
def test_date_line_not_a_sentence(text: str, found: bool) -> None:
    assert (find_date_line(text) is not None) == found


def test_month_window_stated_later() -> None:
    text = ("date 2025-11-02 Trong tháng 10-2025, tỉnh Kon Tum xếp thứ 9/34 về chỉ số phục vụ.\n\n"
            "Theo báo cáo của UBND tỉnh, từ ngày 21-9 đến 20-10, tổng số hồ sơ đã tiếp nhận là 40.100 hồ sơ.")
    meta = _meta(text)
    assert (meta.period_start, meta.period_end) == (dt.date(2025, 9, 21), dt.date(2025, 10, 20))


def test_month_without_window_keeps_month() -> None:
    text = ("date 2025-11-02 Trong tháng 10-2025, tỉnh Kon Tum tiếp nhận 40.100 hồ sơ.\n\n"
            "Từ ngày 1/7 đến 30/9/2025, tỉnh đã tiếp nhận 110.000 hồ sơ.")
    meta = _meta(text)
    assert (meta.period_start, meta.period_end) == (dt.date(2025, 10, 1), dt.date(2025, 10, 31))
