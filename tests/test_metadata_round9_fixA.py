"""Round 9 fixes (own sentences, positive and negative): a contact banner is a short label and a phone number;
a headline printed twice (the page's title, then its H1) is the headline when the item's stamp or agency-tagged
lead follows it, a photo caption printed twice (alternative text, caption) is not; a national body issues a
document only by the issuer part of its own number and only when the header names no local unit."""

from __future__ import annotations

import pytest

from extract.document import Document, Source
from extract.extractors.metadata import read_meta
from extract.extractors.metadata_headline import _phone_line
from extract.extractors.metadata_title import read_title_block
from extract.extractors.periods import PeriodExtractor
from extract.extractors.references import ReferenceExtractor
from extract.registry import Context


def _meta(text: str):  # noqa: ANN202
    ctx = Context(document=Document(text, Source("t.txt", "0" * 64, "txt")))
    ctx.facts["references"] = list(ReferenceExtractor().extract(ctx))
    ctx.facts["periods"] = list(PeriodExtractor().extract(ctx))
    return read_meta(text, ctx.facts)


@pytest.mark.parametrize(("line", "phone"), [
    ("Hot line 1900 54 54 81", True),
    ("Hot line   1900 12 34 56", True),
    ("Đường dây nóng: 0236.3822.111", True),
    ("Tổng đài hỗ trợ +84 236 382 211", True),
    ("Liên hệ 0912 345 678", True),
    # negative: a headline with a figure, a label too long, no number, a figure that is no phone number
    ("Tổng đài 1022 xử lý 99,5% phản ánh của người dân", False),
    ("Một hai ba bốn năm sáu bảy tám chín mười 0236.3822.111", False),
    ("Phường Hòa Cường tiếp nhận hồ sơ trực tuyến", False),
    ("Năm 2024 tiếp nhận 1.250 hồ sơ", False),
    ("0236.3822.111", False),
])
def test_phone_line(line: str, phone: bool) -> None:
    assert _phone_line(line) is phone


HEADLINE = "Xã An Phú giải quyết 1.200 hồ sơ đúng hạn trong quý III"
CAPTION = "Người dân làm thủ tục tại bộ phận một cửa xã An Phú"


@pytest.mark.parametrize(("text", "title"), [
    # the page's title, then its H1, then the stamp
    (f"{HEADLINE}\n{HEADLINE}\n\n23/09/2025 08:15\n\nTrong quý III, xã tiếp nhận 1.250 hồ sơ.", HEADLINE),
    # … then the agency-tagged lead
    (f"{HEADLINE}\n\n{HEADLINE}\n\n(BTV) - Trong quý III, xã tiếp nhận 1.250 hồ sơ.", HEADLINE),
    # negative: a photo credit follows the repetition: a caption, no headline in the excerpt
    (f"{CAPTION}\n{CAPTION}\nẢnh: T.H\n\n23/09/2025 08:15\nTrong quý III, xã tiếp nhận 1.250 hồ sơ.", None),
    # negative: the body follows the repetition undated: a caption under its alternative text
    (f"{CAPTION}\n{CAPTION}\n\nTrong quý III, xã tiếp nhận 1.250 hồ sơ, giải quyết đúng hạn 1.200 hồ sơ.", None),
    # a line not repeated is read as before
    (f"{HEADLINE}\n\n23/09/2025 08:15\n\nTrong quý III, xã tiếp nhận 1.250 hồ sơ.", HEADLINE),
])
def test_repeated_line(text: str, title: str | None) -> None:
    block = read_title_block(text)
    assert block.title == title
    if title is not None:
        assert block.span == (0, len(title))


@pytest.mark.parametrize(("text", "issuer", "unit"), [
    # a commune's organising board whose code ends like a ministry's: the commune's, not the ministry's
    ("ỦY BAN NHÂN DÂN XÃ AN PHÚ\nBAN TỔ CHỨC HỘI THI\nSố: 12/KH-BTC\nAn Phú, ngày 03 tháng 3 năm 2025\n"
     "KẾ HOẠCH\nTổ chức hội thi tìm hiểu cải cách hành chính năm 2025\n", None, ("xã", "An Phú")),
    # a province's letter to the government: the province's
    ("ỦY BAN NHÂN DÂN\nTỈNH BẾN TRE\n-------\nSố: 45/UBND-CP\nBến Tre, ngày 03 tháng 3 năm 2025\n"
     "V/v báo cáo kết quả cải cách hành chính quý I\n", None, ("tỉnh", "Bến Tre")),
    # national bodies: the issuer part of the code, the type code never
    ("VĂN PHÒNG CHÍNH PHỦ\n-------\nSố: 118/TB-VPCP\nHà Nội, ngày 04 tháng 5 năm 2024\nTHÔNG BÁO\n"
     "KẾT LUẬN CỦA PHÓ THỦ TƯỚNG VỀ THỦ TỤC HÀNH CHÍNH\n", "Văn phòng Chính phủ", None),
    ("BỘ NỘI VỤ\n-------\nSố: 2041/BNV-CCHC\nHà Nội, ngày 12 tháng 4 năm 2024\nV/v hướng dẫn báo cáo cải cách "
     "hành chính quý II\n", "Bộ Nội vụ", None),
])
def test_national_issuer_by_code(text: str, issuer: str | None, unit: tuple[str, str] | None) -> None:
    meta = _meta(text)
    if issuer is not None:
        assert meta.issuer == issuer
    else:
        assert meta.issuer not in ("Bộ Tài chính", "Chính phủ")
    assert (None if meta.unit is None else (meta.unit.type, meta.unit.name)) == unit
