"""Round 8: document fields from real-text principles (own sentences, positive and negative).

Principles: a page reproducing a document cites itself under its heading line (number, date, issuer, unit from
that citation; the title without the heading's type word); a national body's own number names the issuer; a unit
named by its number ("Phường 1", "Q.3") with a capitalised or abbreviated type word; the lead paragraph's subject
is a headline-less item's unit; a city's communes given as examples do not veto the city; a comparison's baseline
is never a news item's period; a sentence ending in a colon introduces the figures of the next line; a window
stated before a month that lies inside it is the figures' window.
"""

from __future__ import annotations

import datetime as dt

import pytest

from extract.document import Document, Source
from extract.extractors.metadata import read_meta
from extract.extractors.metadata_mentions import mentions
from extract.extractors.periods import PeriodExtractor
from extract.extractors.references import ReferenceExtractor
from extract.registry import Context
from normalize.self_citation import find_self_citation


def _meta(text: str):  # noqa: ANN202
    ctx = Context(document=Document(text, Source("t.txt", "0" * 64, "txt")))
    ctx.facts["references"] = list(ReferenceExtractor().extract(ctx))
    ctx.facts["periods"] = list(PeriodExtractor().extract(ctx))
    return read_meta(text, ctx.facts), ctx.facts


SELF_CITED = [
    # a ward's report under its portal heading line
    ("Báo cáo Kết quả công tác kiểm soát thủ tục hành chính quý II năm 2024\n\n"
     "Báo cáo số 57/BC-UBND ngày 20/6/2024 của UBND phường Tân Lập về Kết quả công tác kiểm soát thủ tục hành "
     "chính quý II năm 2024;\n\nI. KẾT QUẢ\n\n1. Trong quý, phường tiếp nhận 812 hồ sơ.",
     "57/BC-UBND", dt.date(2024, 6, 20), ("phường", "Tân Lập"), "Ủy ban nhân dân phường Tân Lập",
     "Kết quả công tác kiểm soát thủ tục hành chính quý II năm 2024", "quarter"),
    # a commune's plan, the heading line without its type word, "v/v" for the subject
    ("Triển khai cải cách hành chính xã Hòa Bình năm 2025\n"
     "Kế hoạch số 12/KH-UBND ngày 10/01/2025 của Ủy ban nhân dân xã Hòa Bình v/v triển khai cải cách hành chính "
     "xã Hòa Bình năm 2025\n\nI. MỤC ĐÍCH, YÊU CẦU",
     "12/KH-UBND", dt.date(2025, 1, 10), ("xã", "Hòa Bình"), "Ủy ban nhân dân xã Hòa Bình",
     "Triển khai cải cách hành chính xã Hòa Bình năm 2025", "year"),
]


@pytest.mark.parametrize(("text", "number", "date", "unit", "issuer", "title", "kind"), SELF_CITED)
def test_self_citation(text: str, number: str, date: dt.date, unit: tuple[str, str], issuer: str, title: str,
                       kind: str) -> None:
    meta, facts = _meta(text)
    assert (meta.number, meta.date, meta.title, meta.kind, meta.issuer) == (number, date, title, kind, issuer)
    assert meta.unit is not None and (meta.unit.type, meta.unit.name) == unit
    assert [f.id for f in facts["references"] if f.own] == [number]


@pytest.mark.parametrize("text", [
    # a news item that speaks of a report: the citation is inside a sentence
    ("Phường Tân Lập báo cáo kết quả kiểm soát thủ tục hành chính quý II năm 2024\n\n"
     "Ngày 20/6, UBND phường ban hành Báo cáo số 57/BC-UBND ngày 20/6/2024 về kết quả kiểm soát thủ tục hành "
     "chính quý II năm 2024."),
    # a preamble's citation at a line start, whose subject is not the heading
    ("Kế hoạch kiểm tra công tác văn thư năm 2025\n"
     "Kế hoạch số 04/KH-UBND ngày 09/01/2025 của UBND huyện về cải cách hành chính năm 2025;\n"),
    # a document with its own "Số:" line: its header says what it is
    ("ỦY BAN NHÂN DÂN XÃ AN PHÚ\nSố: 33/BC-UBND\n\nBáo cáo kết quả cải cách hành chính năm 2024\n"
     "Báo cáo số 12/BC-UBND ngày 02/02/2024 của UBND xã về kết quả cải cách hành chính năm 2024\n"),
])
def test_no_self_citation(text: str) -> None:
    assert find_self_citation(text) is None


@pytest.mark.parametrize(("text", "issuer"), [
    ("VĂN PHÒNG CHÍNH PHỦ\n-------\nSố: 118/TB-VPCP\nHà Nội, ngày 04 tháng 5 năm 2024\nTHÔNG BÁO\n"
     "KẾT LUẬN CỦA PHÓ THỦ TƯỚNG TẠI CUỘC HỌP VỀ THỦ TỤC HÀNH CHÍNH\n", "Văn phòng Chính phủ"),
    ("BỘ NỘI VỤ\n-------\nSố: 2041/BNV-CCHC\nHà Nội, ngày 12 tháng 4 năm 2024\nV/v hướng dẫn báo cáo cải cách "
     "hành chính quý II\n", "Bộ Nội vụ"),
])
def test_national_issuer(text: str, issuer: str) -> None:
    meta, _ = _meta(text)
    assert meta.issuer == issuer and meta.unit is None


@pytest.mark.parametrize(("text", "found"), [
    ("Ủy ban nhân dân Phường 3 tiếp nhận 120 hồ sơ", [("phường", "3")]),
    ("UBND Q.10 giải quyết đúng hạn", [("quận", "10")]),
    ("ỦY BAN NHÂN DÂN\nPHƯỜNG 05\n", [("phường", "5")]),
    ("Thị trấn 2 được thành lập", [("thị trấn", "2")]),
    # a level in lower case before a figure, a figure's number, a share: no unit
    ("cấp xã 112 thủ tục, xã 5 hồ sơ", []),
    ("Quận 1,5 triệu lượt", []),
    ("Phường 3/4 hồ sơ", []),
    ("Xã 2% hồ sơ", []),
])
def test_numbered_units(text: str, found: list[tuple[str, str]]) -> None:
    assert [(m.type, m.name) for m in mentions(text, 0, len(text))] == found


@pytest.mark.parametrize(("text", "unit"), [
    # a headline naming a numbered ward
    ("Phường 4 nâng cao chất lượng một cửa\n\nThời gian qua, Ủy ban nhân dân Phường 4 đã tiếp nhận 320 hồ sơ, "
     "giải quyết đúng hạn 100%.", ("phường", "4")),
    # no headline: the lead paragraph opens with the unit, named again, and a sub-unit named more often after it
    (" date 2025-03-02 Thời sự\n\nTỉnh Bến Tre hiện còn 1.200 hồ sơ quá hạn, trong đó huyện Ba Tri có 700 hồ sơ.\n\n"
     "UBND tỉnh Bến Tre yêu cầu UBND huyện Ba Tri xử lý dứt điểm; huyện Ba Tri cam kết xong trong tháng 3.",
     ("tỉnh", "Bến Tre")),
])
def test_news_units(text: str, unit: tuple[str, str]) -> None:
    meta, _ = _meta(text)
    assert meta.unit is not None and (meta.unit.type, meta.unit.name) == unit


def test_lead_named_once_is_no_subject() -> None:
    # the lead opens with a unit named once, the item then speaks of two others: no unit guessed
    text = (" date 2025-03-02 Thời sự\n\nTỉnh Bến Tre hiện còn 1.200 hồ sơ quá hạn trên toàn địa bàn các huyện.\n\n"
            "Huyện Ba Tri có 700 hồ sơ, huyện Giồng Trôm có 300 hồ sơ; huyện Ba Tri cam kết xong trong tháng 3, "
            "huyện Giồng Trôm trong tháng 4.")
    meta, _ = _meta(text)
    assert meta.unit is None


@pytest.mark.parametrize(("text", "period"), [
    # a comparison's baseline is not the figures' period
    (" date 2023-12-01 Tin tức\n\nTỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 70%, tăng 5% so với tháng 10/2023 và "
     "vượt mục tiêu 60%.", None),
    # the window introduced by a colon, figures on the next line
    (" date 2024-05-10 Tin tức\n\nPhường báo cáo kết quả (từ tháng 01/2023 đến tháng 4/2024) như sau:\n"
     "Tổng số hồ sơ tiếp nhận: 2.100 hồ sơ.\nTừ 01/01/2023 đến 31/12/2023: tiếp nhận 1.700 hồ sơ.",
     (dt.date(2023, 1, 1), dt.date(2024, 4, 30))),
    # a window stated before a month inside it
    (" date 2025-10-10 Tin tức\n\nBáo cáo kết quả hoạt động từ ngày 1/7 - 30/9/2025 cho thấy nhiều tiến bộ. "
     "Cụ thể, tháng 7/2025, xã xếp hạng 80/120. Trong quý, tiếp nhận 3.000 hồ sơ.",
     (dt.date(2025, 7, 1), dt.date(2025, 9, 30))),
])
def test_news_period(text: str, period: tuple[dt.date, dt.date] | None) -> None:
    meta, _ = _meta(text)
    got = (meta.period_start, meta.period_end) if meta.period_start else None
    assert got == period
