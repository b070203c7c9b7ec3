"""Round 13, document fields and periods (own sentences, positive and negative):

- a news item's stamp line with more fields after a bar (a view count, the author and their office) dates the item;
  a row of figures after a date is no stamp;
- a two-column header on one line (columns apart by a tab or three spaces or more, as text pulled from a PDF or a
  DOCX lays them out): the unit's name ends at its column, the date line is read in the right-hand column;
- a range whose start carries a note in brackets on the next line (or broken across two) is one range;
- a page's running head (a line said again on each page with its page number) states no period;
- "so với cùng kỳ năm Y" is the period of the sentence's figures (else the title's) moved to Y.
"""

from __future__ import annotations

import datetime as dt

import pytest

from extract.extractors.metadata_cues import columns, cues
from extract.extractors.periods import PeriodExtractor
from normalize.dates import find_date_line
from normalize.period_running import running_lines
from tests.helpers import extracted, report_meta

D = dt.date

# --- the stamp line's fields -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("line", "date"), [
    ("Ngày cập nhật: 12/07/2024 | Lượt đọc: 45", "12/07/2024"),
    ("03/11/2020 | Nguyễn Văn Bình - Văn phòng UBND xã", "03/11/2020"),
    ("Đăng ngày 7/2/2024 | 09:15 | Tác giả: Minh Anh", "7/2/2024"),
    ("Thứ Hai, 15/01/2024 - 10:20 | Nguồn: Báo Lâm Đồng", "15/01/2024"),
    ("Cập nhật: 28/09/2022 |Người viết: Hà Linh | Lượt xem 1.204", "28/09/2022"),
    # as before: a stamp with nothing after it
    ("Ngày đăng: 05/05/2023", "05/05/2023"),
    # negative: a row of figures after a date, a sentence that opens with a date
    ("15/03/2025 | 120 | 98", None),
    ("15/03/2025 |120 hồ sơ", None),
    ("12/07/2024, UBND xã Tân Hiệp tổ chức hội nghị | tin ảnh", None),
])
def test_stamp_fields(line: str, date: str | None) -> None:
    m = cues().stamp.match(line)
    assert (m.group("date") if m else None) == date


HEADLINE = "Xã Đông Hưng giải quyết đúng hạn 98% hồ sơ trong quý II"
LEAD = "Trong quý II/2024, UBND xã Đông Hưng tiếp nhận 1.420 hồ sơ, giải quyết đúng hạn 1.392 hồ sơ."


@pytest.mark.parametrize(("stamp", "date"), [
    ("Ngày đăng: 11/07/2024 | Lượt xem: 87", D(2024, 7, 11)),
    ("11/07/2024 | Lê Thu Trang - Văn phòng HĐND và UBND xã", D(2024, 7, 11)),
    # negative: no stamp line, no date
    ("Lê Thu Trang - Văn phòng HĐND và UBND xã", None),
])
def test_news_item_dated_by_stamp_fields(stamp: str, date: dt.date | None) -> None:
    text = f"{HEADLINE}\n\n{stamp}\n\n{LEAD}\n"
    meta = report_meta(text)
    assert meta.date == date
    assert meta.title == HEADLINE


# --- a two-column header on one line ---------------------------------------------------------------------------

LEFT = "ỦY BAN NHÂN DÂN"
MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
FREEDOM = "Độc lập - Tự do - Hạnh phúc"
BODY = ("BÁO CÁO\nKết quả giải quyết thủ tục hành chính tháng 02 năm 2026\n\n"
        "Thực hiện chỉ đạo của cấp trên, Ủy ban nhân dân xã báo cáo như sau:\n"
        "Trong tháng 02/2026, xã tiếp nhận 215 hồ sơ, giải quyết đúng hạn 210 hồ sơ.\n")


def _header(gap: str, unit: str, place: str, number_line: str = "Số: 45/BC-UBND") -> str:
    return (f"{LEFT}{gap}{MOTTO}\n{unit}{gap}{FREEDOM}\n\n"
            f"{number_line}{gap}{place}, ngày 05 tháng 3 năm 2026\n\n{BODY}")


@pytest.mark.parametrize(("text", "typ", "name", "issuer", "date"), [
    (_header(" " * 12, "XÃ TÂN HIỆP", "Tân Hiệp"), "xã", "Tân Hiệp", "Ủy ban nhân dân xã Tân Hiệp", D(2026, 3, 5)),
    (_header("   ", "PHƯỜNG AN KHÁNH", "An Khánh"), "phường", "An Khánh", "Ủy ban nhân dân phường An Khánh",
     D(2026, 3, 5)),
    (_header("\t\t", "XÃ EA TÂN", "Ea Tân"), "xã", "Ea Tân", "Ủy ban nhân dân xã Ea Tân", D(2026, 3, 5)),
    (_header(" \t ", "ĐẶC KHU CÔN ĐẢO", "Côn Đảo"), "đặc khu", "Côn Đảo", "Ủy ban nhân dân đặc khu Côn Đảo",
     D(2026, 3, 5)),
    # negative: the header on lines of its own is read as before; two spaces inside a name are no column gap
    (f"{LEFT}\nXÃ TÂN  HIỆP\n\n{MOTTO}\n{FREEDOM}\n\nSố: 45/BC-UBND\nTân Hiệp, ngày 05 tháng 3 năm 2026\n\n{BODY}",
     "xã", "Tân Hiệp", "Ủy ban nhân dân xã Tân Hiệp", D(2026, 3, 5)),
])
def test_two_column_header(text: str, typ: str, name: str, issuer: str, date: dt.date) -> None:
    meta = report_meta(text)
    assert (meta.unit.type, meta.unit.name) == (typ, name)
    assert meta.issuer == issuer
    assert meta.date == date
    s, e = meta.spans["date"]
    assert text[s:e].endswith("ngày 05 tháng 3 năm 2026")


@pytest.mark.parametrize(("line", "place"), [
    ("Số: 12/BC-UBND      Hòa Bình, ngày 3 tháng 5 năm 2026", "Hòa Bình"),
    ("Số: 12/BC-UBND\tHòa Bình, ngày 3 tháng 5 năm 2026", "Hòa Bình"),
    ("Số:    /BC-UBND         Phường Bến Thành, ngày   tháng 5 năm 2026", "Phường Bến Thành"),
    ("        Hòa Bình, ngày 3 tháng 5 năm 2026", "Hòa Bình"),
    # negative: two spaces open no column (the place would hold the number), a sentence after a date
    ("Số: 12/BC-UBND  Hòa Bình, ngày 3 tháng 5 năm 2026", None),
    ("Hồ sơ tiếp nhận 45      trong đó, ngày 3 tháng 5 năm 2026, xã đã trả", None),
])
def test_date_line_in_a_column(line: str, place: str | None) -> None:
    found = find_date_line(line)
    assert (found.place_text if found else None) == place


def test_columns_keep_offsets() -> None:
    text = "ỦY BAN NHÂN DÂN     CỘNG HÒA\nXÃ A  B\tĐộc lập\n\nThân   bài   giữ nguyên"
    hi = text.index("Thân")
    view = columns(text, hi)
    assert len(view) == len(text)
    assert view[:hi] == "ỦY BAN NHÂN DÂN\t\t\t\t\tCỘNG HÒA\nXÃ A  B\tĐộc lập\n\n"
    assert view[hi:] == text[hi:]  # the body is left as written


# --- a range with a note in brackets on the next line ----------------------------------------------------------

def _ranges(text: str) -> list[tuple[str, dt.date, dt.date | None]]:
    return [(f.text, f.start_date, f.end_date) for f in extracted(text, PeriodExtractor) if f.label == "range"]


@pytest.mark.parametrize(("text", "found"), [
    ("Ủy ban nhân dân phường báo cáo kết quả từ ngày 01/8/2025\n(ngày thành lập phường mới) đến ngày 30/11/2025 "
     "như sau:", [("từ ngày 01/8/2025\n(ngày thành lập phường mới) đến ngày 30/11/2025",
                   D(2025, 8, 1), D(2025, 11, 30))]),
    ("Kết quả từ ngày 1/7/2025 (thời điểm chính quyền địa phương\nhai cấp vận hành) đến ngày 31/10/2025, xã tiếp "
     "nhận 410 hồ sơ.", [("từ ngày 1/7/2025 (thời điểm chính quyền địa phương\nhai cấp vận hành) đến ngày "
                          "31/10/2025", D(2025, 7, 1), D(2025, 10, 31))]),
    # as before: the note on the start's line
    ("Từ ngày 1/7/2025 (ngày sáp nhập) đến ngày 30/9/2025, xã tiếp nhận 96 hồ sơ.",
     [("Từ ngày 1/7/2025 (ngày sáp nhập) đến ngày 30/9/2025", D(2025, 7, 1), D(2025, 9, 30))]),
    # negative: a blank line between the start and the note ends the range; so does a note of a paragraph's length
    ("Hoạt động từ ngày 1/7/2025\n\n(ghi chú) đến ngày 30/9/2025 xã tiếp nhận 96 hồ sơ.", []),
    ("Từ ngày 1/7/2025 (" + "thời điểm " * 25 + ") đến ngày 30/9/2025, xã tiếp nhận 96 hồ sơ.", []),  # over NOTE_LONG
])
def test_range_with_note_on_next_line(text: str, found: list) -> None:
    assert _ranges(text) == found


# --- a page's running head -------------------------------------------------------------------------------------

PAGE_TEXT = ("Trong quý I năm 2026, xã tiếp nhận 512 hồ sơ, giải quyết đúng hạn 505 hồ sơ; các thủ tục\n\n"
             "{head}\n\n"
             "còn lại được giải quyết trước hạn. Số hồ sơ trực tuyến đạt 430 hồ sơ, tăng so với trước.\n\n"
             "{head2}\n\n"
             "Xã tiếp tục thực hiện số hóa hồ sơ, kết quả giải quyết.\n")


def _periods(text: str) -> list[str]:
    return [f.text for f in extracted(text, PeriodExtractor)]


@pytest.mark.parametrize(("head", "head2", "periods"), [
    ("UBND xã Tân Hiệp - Báo cáo quý I năm 2026          2", "UBND xã Tân Hiệp - Báo cáo quý I năm 2026          3",
     ["quý I năm 2026"]),
    ("Trang 2 - Báo cáo CCHC quý I năm 2026", "Trang 3 - Báo cáo CCHC quý I năm 2026", ["quý I năm 2026"]),
    ("Báo cáo CCHC quý I năm 2026 - 4/9", "Báo cáo CCHC quý I năm 2026 - 5/9", ["quý I năm 2026"]),
    # negative: said twice without a page number (a heading repeated), numbers falling (two tables' rows)
    ("Kết quả quý I năm 2026", "Kết quả quý I năm 2026",
     ["quý I năm 2026", "quý I năm 2026", "quý I năm 2026"]),
    ("Số liệu quý I năm 2026          120", "Số liệu quý I năm 2026          98",
     ["quý I năm 2026", "quý I năm 2026", "quý I năm 2026"]),
])
def test_running_head_states_no_period(head: str, head2: str, periods: list[str]) -> None:
    assert _periods(PAGE_TEXT.format(head=head, head2=head2)) == periods


@pytest.mark.parametrize(("text", "heads"), [
    # a head with no page number, said three times on lines of their own
    ("A b c.\n\nBáo cáo tháng 5 xã Tân Hiệp\n\nd e f.\n\nBáo cáo tháng 5 xã Tân Hiệp\n\ng h.\n\n"
     "Báo cáo tháng 5 xã Tân Hiệp\n\ni.", 3),
    # page breaks around the head
    ("A b c.\fBáo cáo tháng 5 xã Tân Hiệp   2\nd e f.\fBáo cáo tháng 5 xã Tân Hiệp   3\ng h.", 2),
    # negative: said twice without a number; a line run into the text on both sides; words too few
    ("A b c.\n\nBáo cáo tháng 5 xã Tân Hiệp\n\nd e f.\n\nBáo cáo tháng 5 xã Tân Hiệp\n\ng h.", 0),
    ("A b c.\nBáo cáo tháng 5 xã Tân Hiệp   2\nd e f.\nBáo cáo tháng 5 xã Tân Hiệp   3\ng h.", 0),
    ("A.\n\nTrang   2\n\nB.\n\nTrang   3\n\nC.", 0),
])
def test_running_lines(text: str, heads: int) -> None:
    found = running_lines(text)
    assert len(found) == heads
    assert all("Báo cáo tháng 5" in text[s:e] for s, e in found)


# --- the same period of another year ---------------------------------------------------------------------------

def _period_rows(text: str) -> list[tuple[str, str, dt.date, dt.date | None]]:
    return [(f.text, f.label, f.start_date, f.end_date) for f in extracted(text, PeriodExtractor)]


REPORT = ("ỦY BAN NHÂN DÂN\nXÃ TÂN HIỆP\n\nSố: 45/BC-UBND\nTân Hiệp, ngày 05 tháng 4 năm 2026\n\n"
          "BÁO CÁO\nKết quả giải quyết thủ tục hành chính quý I năm 2026\n\n"
          "Thực hiện chỉ đạo của cấp trên, Ủy ban nhân dân xã báo cáo như sau:\n{body}\n")


@pytest.mark.parametrize(("text", "baseline"), [
    ("Trong 9 tháng đầu năm 2024, xã tiếp nhận 1.200 hồ sơ, tăng 8% so với cùng kỳ năm 2023.",
     ("cùng kỳ năm 2023", "nine_months", D(2023, 1, 1), D(2023, 9, 30))),
    ("Tháng 10/2025, phường tiếp nhận 300 hồ sơ, giảm 4% so với cùng kỳ năm 2024.",
     ("cùng kỳ năm 2024", "month", D(2024, 10, 1), D(2024, 10, 31))),
    # the sentence's baseline quarter is not the figures' period
    ("Quý IV/2025 tiếp nhận 120 hồ sơ, tăng 5% so với quý III/2025 và tăng 10% so với cùng kỳ năm 2024.",
     ("cùng kỳ năm 2024", "quarter", D(2024, 10, 1), D(2024, 12, 31))),
    # a window across the new year moves by its end's year
    ("Từ ngày 15/12/2024 đến ngày 14/6/2025, xã nhận 800 hồ sơ, bằng 105% so với cùng kỳ năm 2024.",
     ("cùng kỳ năm 2024", "range", D(2023, 12, 15), D(2024, 6, 14))),
    # the sentence names no period: the title's
    (REPORT.format(body="Số hồ sơ tiếp nhận tăng 12% so với cùng kỳ năm 2025."),
     ("cùng kỳ năm 2025", "quarter", D(2025, 1, 1), D(2025, 3, 31))),
    # negative: no period anywhere else, the phrase is the year; a plain baseline year stays the year
    ("Số hồ sơ tăng 12% so với cùng kỳ năm 2023.", ("năm 2023", "year", D(2023, 1, 1), D(2023, 12, 31))),
    ("Trong 9 tháng đầu năm 2024, xã tiếp nhận 1.200 hồ sơ, tăng 8% so với năm 2023.",
     ("năm 2023", "year", D(2023, 1, 1), D(2023, 12, 31))),
])
def test_same_period_of_a_year(text: str, baseline: tuple) -> None:
    rows = _period_rows(text)
    assert rows[-1] == baseline


def test_same_period_last_year_unwritten() -> None:
    # "cùng kỳ năm trước" writes no year: no period of its own (corpus/GOLD.md)
    rows = _period_rows("Trong 9 tháng đầu năm 2024, xã tiếp nhận 1.200 hồ sơ, tăng 8% so với cùng kỳ năm trước.")
    assert rows == [("9 tháng đầu năm 2024", "nine_months", D(2024, 1, 1), D(2024, 9, 30))]
