"""Round 14, document fields (own made-up texts, positive and negative cases):

- a two-column header or signature block whose columns a PDF reader joined with ONE space on each line: the right
  column is cut at its known openings (national name, motto, the date line after the number, the signature titles);
- a plan's or a decision's period is the one its title names, not a window of past figures its body quotes;
- an office holder heading the letterhead (``CHỦ TỊCH`` over ``ỦY BAN NHÂN DÂN / TỈNH X``) issues in the body's name;
- a công văn: the header ends at its subject and address (the recipient is never the issuer; the office code after
  ``UBND`` in its number drafts, it does not issue); a subject wrapped at a capitalised word keeps its second line.
"""

from __future__ import annotations

import datetime as dt

import pytest

from extract.extractors.metadata_columns import header_view
from extract.extractors.metadata_signer import read_signer
from extract.extractors.metadata_title import read_title_block
from tests.helpers import report_meta

BODY = ("Căn cứ Kế hoạch số 12/KH-UBND ngày 05/01/2025 của UBND tỉnh, đơn vị báo cáo như sau:\n"
        "Tổng số hồ sơ tiếp nhận trong kỳ: 1.204 hồ sơ; đã giải quyết 1.180 hồ sơ.\n")

# --- 1. a header whose columns are joined by one space ------------------------------------------------------------

JOINED_HEADERS = [
    # (header lines, unit type, unit name, issuer, date)
    ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ TÂN LẬP ĐÔNG Độc lập - Tự do - Hạnh phúc\n"
     "Số: 41/BC-UBND Tân Lập Đông, ngày 09 tháng 6 năm 2026",
     "xã", "Tân Lập Đông", "Ủy ban nhân dân xã Tân Lập Đông", dt.date(2026, 6, 9)),
    # the motto with long dashes, "CỘNG HOÀ" spelt the old way, a ward typed in the date line
    ("UỶ BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHƯỜNG BÌNH MINH Độc lập – Tự do – Hạnh phúc\n"
     "Số: 7/BC-UBND Phường Bình Minh, ngày 30 tháng 9 năm 2025",
     "phường", "Bình Minh", "Ủy ban nhân dân phường Bình Minh", dt.date(2025, 9, 30)),
    # the short date form after the number
    ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ ĐÔNG SƠN Độc lập - Tự do - Hạnh phúc\n"
     "Số: 88/BC-UBND Đông Sơn, ngày 14/3/2026",
     "xã", "Đông Sơn", "Ủy ban nhân dân xã Đông Sơn", dt.date(2026, 3, 14)),
    # a draft: the number and the day left blank (no date, never a guessed one)
    ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ PHÚ LỘC Độc lập - Tự do - Hạnh phúc\n"
     "Số: /BC-UBND Phú Lộc, ngày tháng 4 năm 2026",
     "xã", "Phú Lộc", "Ủy ban nhân dân xã Phú Lộc", None),
    # negative: the columns apart by a gap (read before) and the header on lines of its own: unchanged
    ("ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n   XÃ HƯNG LONG        Độc lập - Tự do - Hạnh phúc\n"
     "Số: 15/BC-UBND          Hưng Long, ngày 02 tháng 3 năm 2026",
     "xã", "Hưng Long", "Ủy ban nhân dân xã Hưng Long", dt.date(2026, 3, 2)),
    ("ỦY BAN NHÂN DÂN\nXÃ HƯNG LONG\nSố: 15/BC-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
     "Hưng Long, ngày 02 tháng 3 năm 2026",
     "xã", "Hưng Long", "Ủy ban nhân dân xã Hưng Long", dt.date(2026, 3, 2)),
]


@pytest.mark.parametrize(("header", "typ", "name", "issuer", "date"), JOINED_HEADERS)
def test_joined_header(header: str, typ: str, name: str, issuer: str, date: dt.date | None) -> None:
    meta = report_meta(f"{header}\nBÁO CÁO\nKết quả giải quyết thủ tục hành chính quý II năm 2026\n{BODY}")
    assert (meta.unit.type, meta.unit.name) == (typ, name)
    assert meta.issuer == issuer
    assert meta.date == date


@pytest.mark.parametrize(("text", "blanked", "kept"), [
    # the motto after one space is blanked to its line's end; the date line after the number is kept past a tab
    ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 3/BC-UBND An Hòa, ngày 02 tháng 3 năm 2026\n",
     "CỘNG HÒA", "\tAn Hòa, ngày"),
    # negative: a motto opening its own line, a sentence naming the republic, a number with no date line after it
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n", None, "CỘNG HÒA XÃ HỘI"),
    ("Nước Cộng hòa xã hội chủ nghĩa Việt Nam\n", None, "Nước Cộng hòa"),
    ("Số: 3/BC-UBND Về việc báo cáo\n", None, "Số: 3/BC-UBND Về việc"),
])
def test_header_view(text: str, blanked: str | None, kept: str) -> None:
    view = header_view(text, len(text))
    assert len(view) == len(text)
    if blanked is not None:
        assert blanked not in view
    assert kept in view


# --- 2. a signature block whose columns are joined by one space --------------------------------------------------

@pytest.mark.parametrize(("block", "signer"), [
    ("Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- UBND huyện; CHỦ TỊCH\n- Lưu: VT.\nTrần Minh Khoa", ("Trần Minh Khoa", "Chủ tịch")),
    ("Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Như trên; KT. CHỦ TỊCH\n- Lưu: VT, VP. PHÓ CHỦ TỊCH\n\nĐỗ Thị Lan",
     ("Đỗ Thị Lan", "Phó Chủ tịch")),
    # the name joined to the last recipient
    ("Nơi nhận: KT. GIÁM ĐỐC\n- Như trên; PHÓ GIÁM ĐỐC\n- Lưu: VT. Phan Văn Sơn", ("Phan Văn Sơn", "Phó Giám đốc")),
    # the block on lines of its own: as before
    ("Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Minh Khoa", ("Trần Minh Khoa", "Chủ tịch")),
    # negative: no title in the block; a sentence (no recipient item) ending in capitals; a recipient item with no
    # title before it
    ("Nơi nhận:\n- Như trên;\n- Lưu: VT. Trần Minh Khoa", None),
    ("Đề nghị các đơn vị báo cáo CHỦ TỊCH\nTrần Minh Khoa", None),
])
def test_joined_signature(block: str, signer: tuple[str, str] | None) -> None:
    person, _, span = read_signer(f"{BODY}\n{block}\n")
    got = (person.name, person.title) if person is not None else None
    assert got == signer


# --- 3. a plan's period is its title's ---------------------------------------------------------------------------

HEAD = "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: {num}\nAn Giang, ngày 10 tháng 01 năm 2025\n"
WINDOW = "Số liệu báo cáo quý I tính từ ngày 15/12/2024 đến ngày 14/3/2025.\n"


@pytest.mark.parametrize(("text", "period"), [
    (HEAD.format(num="5/KH-UBND") + "KẾ HOẠCH\nKiểm soát thủ tục hành chính năm 2025\n" + WINDOW,
     (dt.date(2025, 1, 1), dt.date(2025, 12, 31))),
    (HEAD.format(num="6/CT-UBND") + "CHỈ THỊ\nVề tăng cường cải cách hành chính năm 2025\n" + WINDOW,
     (dt.date(2025, 1, 1), dt.date(2025, 12, 31))),
    # a plan's window stated in its title block: that window
    (HEAD.format(num="5/KH-UBND") + "KẾ HOẠCH\nKiểm soát thủ tục hành chính năm 2025\n"
     "(từ ngày 01/02/2025 đến ngày 31/12/2025)\n" + WINDOW, (dt.date(2025, 2, 1), dt.date(2025, 12, 31))),
    # negative: a report keeps the window its body states
    (HEAD.format(num="9/BC-UBND") + "BÁO CÁO\nKết quả kiểm soát thủ tục hành chính quý I năm 2025\n" + WINDOW,
     (dt.date(2024, 12, 15), dt.date(2025, 3, 14))),
])
def test_plan_period(text: str, period: tuple[dt.date, dt.date]) -> None:
    meta = report_meta(text + BODY)
    assert (meta.period_start, meta.period_end) == period


# --- 4. an office holder heading the letterhead -------------------------------------------------------------------

@pytest.mark.parametrize(("header", "issuer"), [
    ("CHỦ TỊCH\nỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: 03/CT-UBND\nGia Lai, ngày 04 tháng 3 năm 2025",
     "Chủ tịch Ủy ban nhân dân tỉnh Gia Lai"),
    # joined with the right column by one space, and by a gap
    ("CHỦ TỊCH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nỦY BAN NHÂN DÂN Độc lập - Tự do - Hạnh phúc\nTỈNH GIA LAI\n"
     "Số: 03/CT-UBND Gia Lai, ngày 04 tháng 3 năm 2025", "Chủ tịch Ủy ban nhân dân tỉnh Gia Lai"),
    ("CHỦ TỊCH ỦY BAN NHÂN DÂN      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH GIA LAI       Độc lập - Tự do - Hạnh phúc\n"
     "Số: 03/CT-UBND      Gia Lai, ngày 04 tháng 3 năm 2025", "Chủ tịch Ủy ban nhân dân tỉnh Gia Lai"),
    # negative: the committee's letterhead; a holder line under another line is no letterhead's head
    ("ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: 03/CT-UBND\nGia Lai, ngày 04 tháng 3 năm 2025",
     "Ủy ban nhân dân tỉnh Gia Lai"),
    ("BẢN SAO\nCHỦ TỊCH\nỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: 03/CT-UBND\nGia Lai, ngày 04 tháng 3 năm 2025",
     "Ủy ban nhân dân tỉnh Gia Lai"),
])
def test_letterhead_holder(header: str, issuer: str) -> None:
    meta = report_meta(f"{header}\nCHỈ THỊ\nVề đẩy mạnh dịch vụ công trực tuyến năm 2025\n{BODY}")
    assert meta.issuer == issuer


# --- 5. a công văn -------------------------------------------------------------------------------------------------

LETTER = ("ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n  XÃ BÌNH AN         Độc lập - Tự do - Hạnh phúc\n\n"
          "Số: 210/UBND-{office}          Bình An, ngày 05 tháng 6 năm 2026\n{subject}\n\n"
          "Kính gửi: Văn phòng Ủy ban nhân dân tỉnh Đồng Nai.\n\nUBND xã Bình An báo cáo như sau:\n")


@pytest.mark.parametrize(("office", "subject", "issuer", "title", "kind"), [
    ("VP", "V/v báo cáo kết quả thực hiện\nChỉ số phục vụ tháng 5 năm 2026", "Ủy ban nhân dân xã Bình An",
     "báo cáo kết quả thực hiện Chỉ số phục vụ tháng 5 năm 2026", "month"),
    ("KT", "V/v báo cáo tình hình giải quyết hồ sơ\nQuý II năm 2026", "Ủy ban nhân dân xã Bình An",
     "báo cáo tình hình giải quyết hồ sơ Quý II năm 2026", "quarter"),
    ("VP", "V/v báo cáo kết quả giải quyết hồ sơ\ntháng 5 năm 2026", "Ủy ban nhân dân xã Bình An",
     "báo cáo kết quả giải quyết hồ sơ tháng 5 năm 2026", "month"),
    # negative: a blank line under the subject ends it; a long capitalised line is the body
    ("VP", "V/v báo cáo kết quả giải quyết hồ sơ tháng 5 năm 2026\n\nQuý khách có thể tra cứu", "Ủy ban nhân dân xã Bình An",
     "báo cáo kết quả giải quyết hồ sơ tháng 5 năm 2026", "month"),
    ("VP", "V/v báo cáo kết quả giải quyết hồ sơ tháng 5 năm 2026\n"
     "Trong tháng, Ủy ban nhân dân xã đã chỉ đạo các bộ phận chuyên môn tập trung giải quyết hồ sơ tồn đọng của người dân",
     "Ủy ban nhân dân xã Bình An", "báo cáo kết quả giải quyết hồ sơ tháng 5 năm 2026", "month"),
])
def test_letter(office: str, subject: str, issuer: str, title: str, kind: str) -> None:
    meta = report_meta(LETTER.format(office=office, subject=subject) + BODY)
    assert meta.issuer == issuer
    assert meta.title == title
    assert meta.kind == kind


def test_letter_subject_not_run_into_the_motto() -> None:
    text = ("ỦY BAN NHÂN DÂN\nXÃ BÌNH AN\nSố: 210/UBND-VP\nV/v báo cáo kết quả tháng 5 năm 2026\n\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBình An, ngày 05 tháng 6 năm 2026\n" + BODY)
    assert read_title_block(text).title == "báo cáo kết quả tháng 5 năm 2026"


def test_a_citation_in_a_sentence_is_no_number_line() -> None:
    text = "Thực hiện Công văn số 96/VP-KSTT Hà Nội, ngày 05 tháng 3 năm 2026 của Văn phòng\n"
    assert header_view(text, len(text)) == text
