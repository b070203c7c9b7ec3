"""Round 15, second wave, document fields and periods (own made-up texts, positive and negative cases):

- PDF-like wrapped text (lines broken at a page's width, extract/extractors/figure_layout.py finds the soft breaks):
  a news item's headline wrapped over two lines is read whole; a report's title ends above the body's first paragraph
  even when no line of that paragraph ends a sentence; a note in brackets wrapped over lines is no part of the title;
  a dash the wrap put at a line's start (``kinh tế`` / ``- xã hội năm 2023``) opens no list item for the periods;
- a heading in capitals with its title in sentence case on the same line (``BÁO CÁO Kết quả … tháng 8/2023``);
- a site's chrome above a news item's headline: a menu label in title case, a label printed twice, a counter line;
- headers of the shapes reports use (two-tier 2025+ ``UBND TỈNH X / UBND XÃ Y``, a centre under a commune, a
  provincial department, a district's ``VĂN PHÒNG HĐND VÀ UBND``): unit and issuer of each.
"""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from extract.extractors.periods import PeriodExtractor
from tests.helpers import fact_rows, report_meta

WIDTH = 64


def _wrap(*paragraphs: str) -> str:
    """Paragraphs wrapped at a page's width, a blank line between them (as a PDF's text layer prints them)."""
    return "\n\n".join(textwrap.fill(p, WIDTH) for p in paragraphs) + "\n"


LEAD = ("Theo số liệu của hệ thống thông tin giải quyết thủ tục hành chính, trong tháng qua các cơ quan, đơn vị "
        "trên địa bàn đã tiếp nhận 12.430 hồ sơ, trong đó có 8.120 hồ sơ nộp trực tuyến; đã giải quyết 11.980 hồ "
        "sơ, đạt tỷ lệ trước hạn và đúng hạn 98,7%, số hồ sơ trễ hạn là 156 hồ sơ.")
MORE = ("Các cơ quan tiếp tục rà soát quy trình nội bộ, công khai tiến độ giải quyết trên cổng dịch vụ công và tăng "
        "cường hướng dẫn người dân thực hiện trực tuyến tại bộ phận một cửa của các xã, phường trong thời gian tới.")

# --- 1. wrapped text: the headline, the title block, the note -------------------------------------------------------

HEADLINES = [
    # (headline as printed: its lines, the title read)
    # a headline wrapped at the page's width over a lower-case word
    ("Quý III/2025: Toàn tỉnh giải quyết trước và đúng hạn 98,7% hồ sơ\nthủ tục hành chính",
     "Quý III/2025: Toàn tỉnh giải quyết trước và đúng hạn 98,7% hồ sơ thủ tục hành chính"),
    # … over a capitalised word (an office's name)
    ("Huyện Đồng Xuân: 6 tháng đầu năm 2024, Trung tâm Hành chính công\nhuyện tiếp nhận 9.410 hồ sơ",
     "Huyện Đồng Xuân: 6 tháng đầu năm 2024, Trung tâm Hành chính công huyện tiếp nhận 9.410 hồ sơ"),
    # negative: a short headline on one line stays as it is
    ("Tỷ lệ hồ sơ trực tuyến đạt 65% trong quý III/2025",
     "Tỷ lệ hồ sơ trực tuyến đạt 65% trong quý III/2025"),
]


@pytest.mark.parametrize(("headline", "title"), HEADLINES)
def test_wrapped_headline(headline: str, title: str) -> None:
    text = f"{headline}\n\nThứ Ba, 14/10/2025 - 09:20\n\n" + _wrap(LEAD, MORE, LEAD)
    assert report_meta(text).title == title


def test_wrapped_headline_stops_at_the_lead() -> None:
    # negative: the headline's line ends near the width and the agency-tagged lead follows with no blank line
    headline = "Quý III/2025: Toàn tỉnh giải quyết trước và đúng hạn 98,7% hồ sơ"
    text = f"{headline}\n(TTXVN) - " + _wrap(LEAD, MORE, LEAD)
    assert report_meta(text).title == headline


REPORT_HEAD = ("ỦY BAN NHÂN DÂN\nXÃ AN THẠNH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
               "Số: 61/BC-UBND\n\nAn Thạnh, ngày 20 tháng 12 năm 2025\n\nBÁO CÁO\n")
TITLE = ("Kết quả công tác cải cách hành chính, kiểm soát thủ tục hành chính năm 2025; phương hướng, nhiệm vụ năm "
         "2026")
BODY_OPENING = ("Năm 2025, được sự quan tâm chỉ đạo của cấp ủy, chính quyền và sự phối hợp của các ban, ngành, đoàn "
                "thể, công tác cải cách hành chính trên địa bàn xã đã đạt được nhiều kết quả tích cực, đáp ứng yêu "
                "cầu của người dân, tổ chức.")


def test_wrapped_title_ends_above_the_body() -> None:
    # the body's first paragraph, wrapped: none of its first lines ends a sentence, the paragraph does
    text = REPORT_HEAD + _wrap(TITLE, BODY_OPENING, LEAD, MORE)
    meta = report_meta(text)
    assert meta.title == TITLE
    assert meta.kind == "year"


def test_wrapped_note_is_no_title() -> None:
    note = ("(Số liệu tính từ ngày 15/12/2024 đến ngày 14/12/2025, bao gồm số liệu của các đơn vị hành chính cấp "
            "xã trước sắp xếp)")
    text = REPORT_HEAD + _wrap(TITLE, note, BODY_OPENING, LEAD, MORE)
    meta = report_meta(text)
    assert meta.title == TITLE
    assert (meta.period_start, meta.period_end) == (dt.date(2024, 12, 15), dt.date(2025, 12, 14))


def test_unwrapped_title_lines_kept() -> None:
    # negative: a text that is not wrapped keeps a title on two short lines, the body opening after a blank line
    text = (REPORT_HEAD + "Kết quả giải quyết thủ tục hành chính\nquý IV năm 2025\n\n"
            "Trong quý, UBND xã tiếp nhận 640 hồ sơ, đã giải quyết 631 hồ sơ.\n")
    assert report_meta(text).title == "Kết quả giải quyết thủ tục hành chính quý IV năm 2025"


# a cited resolution's subject wrapped before the dash of "kinh tế - xã hội"
CITED_LINES = ("Năm 2025, thực hiện Nghị quyết số 21/NQ-HĐND ngày 10 tháng 12\n"
               "năm 2024 của Hội đồng nhân dân tỉnh về nhiệm vụ phát triển kinh tế\n"
               "- xã hội năm 2025 và các văn bản chỉ đạo của Ủy ban nhân dân tỉnh,\n"
               "các cơ quan, đơn vị đã tập trung đẩy mạnh cải cách thủ tục hành\nchính.")


def _years(text: str) -> list[str]:
    return [t for (t,) in fact_rows(text, PeriodExtractor, "text") if t.lower() == "năm 2025"]


def test_wrapped_dash_opens_no_item() -> None:
    assert _years(CITED_LINES + "\n\n" + _wrap(LEAD, MORE, LEAD)) == ["Năm 2025"]
    # the same sentence on one line: the year in the resolution's subject is no period either
    assert _years(" ".join(CITED_LINES.split("\n")) + "\n\n" + _wrap(LEAD, MORE, LEAD)) == ["Năm 2025"]


def test_list_dash_still_opens_an_item() -> None:
    # negative: in a text that is not wrapped, a dash at a line's start is a list item: its year is a period
    text = ("Kế hoạch số 05/KH-UBND ngày 02/01/2025 của UBND xã về cải cách hành chính gồm các nội dung\n"
            "- năm 2025 tiếp nhận 1.200 hồ sơ, giải quyết đúng hạn 99%.\n")
    assert [t for (t,) in fact_rows(text, PeriodExtractor, "text")] == ["năm 2025"]


# --- 2. a heading with its title in sentence case on the same line ----------------------------------------------------

SAME_LINE = [
    # (the heading line, the title read)
    ("BÁO CÁO Kết quả chỉ số phục vụ người dân, doanh nghiệp tháng 8/2025",
     "Kết quả chỉ số phục vụ người dân, doanh nghiệp tháng 8/2025"),
    ("KẾ HOẠCH Kiểm soát thủ tục hành chính năm 2026", "Kiểm soát thủ tục hành chính năm 2026"),
    # negative: the heading word in sentence case opens a sentence, no heading: the line is the headline, whole
    ("Báo cáo kết quả chỉ số phục vụ người dân, doanh nghiệp tháng 8/2025",
     "Báo cáo kết quả chỉ số phục vụ người dân, doanh nghiệp tháng 8/2025"),
]


@pytest.mark.parametrize(("line", "title"), SAME_LINE)
def test_heading_with_title_on_its_line(line: str, title: str) -> None:
    text = (f"Trang chủ\n\n{line}\n\n( Cập nhật lúc: 12/09/2025 )\n\n"
            "Thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2025 của UBND tỉnh, Văn phòng UBND tỉnh báo cáo như sau:\n"
            "Tổng số hồ sơ tiếp nhận trong tháng: 1.204 hồ sơ.\n")
    assert report_meta(text).title == title


def test_heading_opening_a_sentence_is_none() -> None:
    # negative: "BÁO CÁO" in capitals opening a sentence that ends on its line is no heading
    text = ("ỦY BAN NHÂN DÂN\nXÃ AN THẠNH\n\nSố: 61/BC-UBND\n\nAn Thạnh, ngày 20 tháng 12 năm 2025\n\n"
            "BÁO CÁO Kết quả được gửi về Văn phòng trước ngày 25 hằng tháng.\n\nTrong tháng tiếp nhận 40 hồ sơ.\n")
    assert report_meta(text).title is None


# --- 3. a site's chrome above a news item's headline ------------------------------------------------------------------

CHROME = [
    "Sự Kiện Trong Nước",  # a menu label in title case
    "Tin Nổi Bật",
    "Thống kê Thống kê",  # a widget's label printed twice
    "Tổng số trong ngày: 4,707",  # a visitor counter
    "Lượt truy cập trong tuần: 113,389",
    "Skip to main content",
]
HEADLINE = "Tây Giang: Công bố các bộ thủ tục hành chính thuộc thẩm quyền giải quyết của cấp xã"


@pytest.mark.parametrize("chrome", CHROME)
def test_chrome_is_no_headline(chrome: str) -> None:
    text = f"{chrome}\n\n{HEADLINE}\n\nNgày đăng: 12/09/2025\n\n{LEAD}\n"
    assert report_meta(text).title == HEADLINE


@pytest.mark.parametrize("headline", [
    # negative: headlines in sentence case, a place's name and an office capitalised, stay headlines
    "Hà Giang: Công bố 1.204 thủ tục hành chính",
    "Phường Bình Minh giải quyết 100% hồ sơ đúng hạn",
    "Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 5.600 hồ sơ",
])
def test_sentence_case_headline_kept(headline: str) -> None:
    text = f"{headline}\n\nNgày đăng: 12/09/2025\n\n{LEAD}\n"
    assert report_meta(text).title == headline


# --- 4. headers of the shapes reports use -------------------------------------------------------------------------

TITLE_LINES = "BÁO CÁO\nKết quả giải quyết thủ tục hành chính quý III năm 2025\n\n"
OPENING = "Trong quý III năm 2025, đơn vị tiếp nhận 520 hồ sơ, đã giải quyết 510 hồ sơ.\n"
MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"

HEADERS = [
    # (header, unit (type, name, province), issuer)
    # two-tier 2025+: the province's committee over the commune's, each on its line
    (f"UBND TỈNH NGHỆ AN\nUBND XÃ HƯNG THỊNH\n\n{MOTTO}Số: 45/BC-UBND\nHưng Thịnh, ngày 10 tháng 10 năm 2025\n\n",
     ("xã", "Hưng Thịnh", "Nghệ An"), "Ủy ban nhân dân xã Hưng Thịnh"),
    # … without a date line: the commune's line is the unit, not the rest of the province's name
    (f"UBND TỈNH NGHỆ AN\nUBND XÃ HƯNG THỊNH\n\n{MOTTO}Số: 45/BC-UBND\n\n",
     ("xã", "Hưng Thịnh", "Nghệ An"), "Ủy ban nhân dân xã Hưng Thịnh"),
    # … in full words, a ward under a centrally-run city, the columns apart by a gap
    ("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "ỦY BAN NHÂN DÂN PHƯỜNG TÂN LẬP                Độc lập - Tự do - Hạnh phúc\n\n"
     "Số: 112/BC-UBND                              Tân Lập, ngày 05 tháng 10 năm 2025\n\n",
     ("phường", "Tân Lập", None), "Ủy ban nhân dân phường Tân Lập"),
    # the commune's service centre under its committee
    (f"UBND XÃ PHÚ LỘC\nTRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG\n\n{MOTTO}Số: 08/BC-TTPVHCC\n"
     "Phú Lộc, ngày 02 tháng 10 năm 2025\n\n",
     ("xã", "Phú Lộc", None), "Trung tâm Phục vụ hành chính công xã Phú Lộc"),
    # a provincial department under the province's committee
    (f"UBND TỈNH QUẢNG TRỊ\nSỞ NỘI VỤ\n\n{MOTTO}Số: 210/BC-SNV\nQuảng Trị, ngày 02 tháng 10 năm 2025\n\n",
     ("tỉnh", "Quảng Trị", "Quảng Trị"), "Sở Nội vụ tỉnh Quảng Trị"),
    # a department naming its province, a name of two parts
    (f"SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH HÀ TĨNH\n\n{MOTTO}Số: 40/BC-STNMT\nHà Tĩnh, ngày 09 tháng 10 năm 2025\n\n",
     ("tỉnh", "Hà Tĩnh", "Hà Tĩnh"), "Sở Tài nguyên và Môi trường tỉnh Hà Tĩnh"),
    # a district's joint office of its council and committee, on a line of its own
    (f"UBND HUYỆN ĐÔNG SƠN\nVĂN PHÒNG HĐND VÀ UBND\n\n{MOTTO}Số: 31/BC-VP\nĐông Sơn, ngày 15 tháng 10 năm 2023\n\n",
     ("huyện", "Đông Sơn", None), "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Đông Sơn"),
    # … in the header's left column
    ("ỦY BAN NHÂN DÂN HUYỆN TÂN KỲ           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "VĂN PHÒNG HĐND VÀ UBND                   Độc lập - Tự do - Hạnh phúc\n\n"
     "Số: 56/BC-VP                           Tân Kỳ, ngày 12 tháng 10 năm 2024\n\n",
     ("huyện", "Tân Kỳ", None), "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Tân Kỳ"),
    # negative: the office alone under a city's committee still issues as the committee's office
    ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\nVĂN PHÒNG\n\nSố: 07/BC-VP\n\n" + MOTTO
     + "Cần Thơ, ngày 12 tháng 10 năm 2024\n\n",
     ("thành phố", "Cần Thơ", "Cần Thơ"), "Văn phòng Ủy ban nhân dân thành phố Cần Thơ"),
    # negative: the committee of a ward on its lines of its own
    (f"ỦY BAN NHÂN DÂN\nPHƯỜNG HÒA MINH\n-------\n\n{MOTTO}Số: 77/BC-UBND\n\nHòa Minh, ngày 28 tháng 10 năm 2025\n\n",
     ("phường", "Hòa Minh", None), "Ủy ban nhân dân phường Hòa Minh"),
]


@pytest.mark.parametrize(("header", "unit", "issuer"), HEADERS)
def test_header_unit_and_issuer(header: str, unit: tuple[str, str, str | None], issuer: str) -> None:
    meta = report_meta(header + TITLE_LINES + OPENING)
    typ, name, province = unit
    assert (meta.unit.type, meta.unit.name) == (typ, name)
    if province is not None:
        assert meta.unit.province == province
    assert meta.issuer == issuer
    assert meta.kind == "quarter"


def test_department_in_the_body_issues_nothing() -> None:
    # negative: a department named in the body of a commune's report does not issue it
    header = f"ỦY BAN NHÂN DÂN\nXÃ PHÚ LỘC\n\n{MOTTO}Số: 45/BC-UBND\nPhú Lộc, ngày 10 tháng 10 năm 2025\n\n"
    meta = report_meta(header + TITLE_LINES + "SỞ NỘI VỤ đã hướng dẫn.\n" + OPENING)
    assert meta.issuer == "Ủy ban nhân dân xã Phú Lộc"


# --- 5. a news item telling one day's figures -----------------------------------------------------------------------

ONE_DAY = [
    # (headline, the stamp's date, lead, the document's period)
    ("Toàn tỉnh tiếp nhận hơn 900 hồ sơ trong ngày đầu làm việc", "13/02/2025",
     "Trong sáng 12-2, các cơ quan trên địa bàn tỉnh đã tiếp nhận 912 hồ sơ, trong đó 840 hồ sơ trực tuyến.",
     (dt.date(2025, 2, 12), dt.date(2025, 2, 12))),
    ("Tỉnh đứng thứ 3 cả nước về số hồ sơ tiếp nhận trong ngày 1/7", "02/07/2025",
     "Ngày đầu vận hành chính quyền hai cấp, các xã, phường đã tiếp nhận 1.120 hồ sơ.",
     (dt.date(2025, 7, 1), dt.date(2025, 7, 1))),
    ("Tỉnh đứng thứ 3 cả nước về số hồ sơ tiếp nhận", "02/07/2025",
     "Trong ngày 1/7/2025, các xã, phường đã tiếp nhận 1.120 hồ sơ.",
     (dt.date(2025, 7, 1), dt.date(2025, 7, 1))),
    # negative: a named period wins over a day
    ("Tỉnh tiếp nhận 36.000 hồ sơ trong quý I", "02/04/2025",
     "Trong quý I năm 2025, kể cả trong ngày 12/2, các cơ quan đã tiếp nhận 36.100 hồ sơ.",
     (dt.date(2025, 1, 1), dt.date(2025, 3, 31))),
    # negative: a day with no figure in its sentence is an event's, no period
    ("Tỉnh tổ chức hội nghị về cải cách hành chính", "13/02/2025",
     "Trong ngày 12/2, hội nghị đã thảo luận các giải pháp nâng cao chất lượng phục vụ.",
     (None, None)),
]


@pytest.mark.parametrize(("headline", "stamp", "lead", "period"), ONE_DAY)
def test_news_one_day(headline: str, stamp: str, lead: str, period: tuple[dt.date | None, dt.date | None]) -> None:
    meta = report_meta(f"{headline}\n\nNgày đăng: {stamp}\n\n{lead}\n")
    assert (meta.period_start, meta.period_end) == period
