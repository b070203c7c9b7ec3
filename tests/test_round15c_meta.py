"""Round 15, third wave, document fields and periods (own made-up texts, positive and negative cases):

- a dash a PDF-like wrap put at a line's start between two words in lower case (``… kinh tế`` / ``- xã hội …``)
  joins them for the figure reader too (figure_layout.joining_dash, the rule period_cues.clause_start has);
- a crawl's ISO stamp opening the excerpt (`` date 2025-12-10 <line>``): the line is the headline only when the item's
  own stamp is printed with it or below it; else the excerpt opens at a sub-head in the body (no title, no kind);
- a line run straight on from an agency-tagged lead (``(ABC) - Theo …``), undated: a photo's caption, no headline
  (a headline set apart by a blank line under the lead is still one);
- an era's years opening a clause and set off by a comma (``…; giai đoạn 2022 - 2025, mỗi năm tăng …``) is the window
  of the clause's target: a period; an era in a programme's name stays none;
- a news item that names its province once, in a provincial agency's or department's name (``Công an X``, ``Sở Tư
  pháp``, a centre of the province): that province.
"""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from extract.extractors.figure_layout import joining_dash, soft_breaks, text_layout
from extract.extractors.period_cues import clause_start
from extract.extractors.periods import PeriodExtractor
from tests.helpers import fact_rows, report_meta

# --- 1. a dash a wrap put at a line's start ------------------------------------------------------------------------

FILL = "Các cơ quan đơn vị tiếp tục rà soát quy trình nội bộ và công khai tiến độ"


def _wrapped(line: str, nxt: str) -> str:
    """Six full lines of a text wrapped at one width, then ``line`` (full width) over ``nxt``."""
    return "\n".join([FILL] * 6 + [line, nxt, FILL])


DASHES = [
    # (the full line, the next line, whether the break only wraps)
    ("Ủy ban nhân dân xã triển khai nhiệm vụ phát triển kinh tế của địa bàn", "- xã hội năm 2025 theo kế hoạch", True),
    ("Ủy ban nhân dân xã triển khai nhiệm vụ phát triển văn hóa của địa bàn", "– thể thao trong toàn xã năm nay", True),
    # negative: a list item (a capitalised word after the dash)
    ("Ủy ban nhân dân xã triển khai nhiệm vụ phát triển kinh tế của địa bàn", "- Tiếp nhận 120 hồ sơ trong kỳ", False),
    # negative: the line before ends a clause, not a word in lower case
    ("Ủy ban nhân dân xã triển khai nhiệm vụ phát triển kinh tế ở địa bàn;", "- tiếp nhận 120 hồ sơ trong kỳ", False),
    # negative: the line before ends with a figure
    ("Ủy ban nhân dân xã triển khai nhiệm vụ phát triển kinh tế địa bàn 2025", "- tiếp nhận 120 hồ sơ trong kỳ", False),
]


@pytest.mark.parametrize(("line", "nxt", "soft"), DASHES)
def test_joining_dash_agrees(line: str, nxt: str, soft: bool) -> None:
    text = _wrapped(line, nxt)
    at = text.index("\n" + nxt)
    assert (at in soft_breaks(text)) is soft
    assert joining_dash(line, nxt) is soft
    # the periods read the same break as no clause boundary
    pos = text.index(nxt) + len(nxt) - 3
    assert (clause_start(text, pos) < at) is soft


# --- 2. a crawl's ISO stamp opening the excerpt ---------------------------------------------------------------------

BODY = ("\n\nTheo báo cáo của bộ phận một cửa, trong tháng 10/2025 xã đã tiếp nhận 1.240 hồ sơ thủ tục hành chính, "
        "giải quyết đúng hạn 1.198 hồ sơ.\n\nCác hồ sơ còn lại đang được giải quyết trong hạn theo quy định.\n")

ISO_OPENINGS = [
    # (the first line after the stamp and what follows it, the title read)
    # the headline carries the item's own time stamp: a headline
    ("Xã Bình Minh tiếp nhận hơn 1.200 hồ sơ trong tháng 10 14/11/2025 08:15" + BODY,
     "Xã Bình Minh tiếp nhận hơn 1.200 hồ sơ trong tháng 10"),
    # its stamp on the line below: a headline
    ("Xã Bình Minh tiếp nhận hơn 1.200 hồ sơ trong tháng 10\n\nThứ Sáu, 14/11/2025 - 08:15" + BODY,
     "Xã Bình Minh tiếp nhận hơn 1.200 hồ sơ trong tháng 10"),
    # negative: a sub-head with no stamp of its own, the body right under it
    ("Hồ sơ trực tuyến tăng mạnh sau sáp nhập" + BODY, None),
    # negative: a sub-head, then a photo's caption, then the body
    ("Hồ sơ trực tuyến tăng mạnh sau sáp nhập\n\nTrụ sở Ủy ban nhân dân xã Bình Minh" + BODY, None),
]


@pytest.mark.parametrize(("opening", "title"), ISO_OPENINGS)
def test_iso_stamped_opening(opening: str, title: str | None) -> None:
    meta = report_meta(" date 2025-11-14 " + opening)
    assert meta.title == title
    assert meta.kind == ("month" if title else None)  # kind from the title only: no title, no kind
    assert meta.date == dt.date(2025, 11, 14)


# --- 3. a line under an agency-tagged lead --------------------------------------------------------------------------

TAGGED = ("(ĐTV) - Theo Ủy ban nhân dân tỉnh Bình Sơn, trong năm 2024 việc giải quyết thủ tục hành chính trên địa "
          "bàn tỉnh đã có nhiều chuyển biến, tình trạng hồ sơ trễ hạn giảm rõ so với các năm trước.")
AFTER = ("Trong năm 2024, toàn tỉnh tiếp nhận 310.250 hồ sơ, đã giải quyết 305.400 hồ sơ, trong đó đúng hạn "
         "302.100 hồ sơ.\n")

TAGGED_CASES = [
    # (the text, the title read)
    # negative: a photo's caption run straight on from the lead, undated
    (f"{TAGGED}\nNgười dân đến giao dịch tại trung tâm thành phố Bình Sơn được hướng dẫn nộp hồ sơ trực tuyến\n"
     f"{AFTER}", None),
    # a headline set apart under the lead by a blank line
    (f"{TAGGED}\n\nToàn tỉnh giải quyết hơn 305.000 hồ sơ trong năm 2024\n{AFTER}",
     "Toàn tỉnh giải quyết hơn 305.000 hồ sơ trong năm 2024"),
    # a line under the lead with its own stamp below it: a headline
    (f"{TAGGED}\nToàn tỉnh giải quyết hơn 305.000 hồ sơ trong năm 2024\nCập nhật: 20/01/2025\n{AFTER}",
     "Toàn tỉnh giải quyết hơn 305.000 hồ sơ trong năm 2024"),
]


@pytest.mark.parametrize(("text", "title"), TAGGED_CASES)
def test_line_under_tagged_lead(text: str, title: str | None) -> None:
    assert report_meta(text).title == title


def test_caption_under_lead_gives_the_province() -> None:
    # the caption names a city of the province; the lead relays the province's own report: the province reports
    text = (f"{TAGGED}\nNgười dân đến giao dịch tại trung tâm thành phố Bình Sơn được hướng dẫn nộp hồ sơ trực "
            f"tuyến\n{AFTER}")
    unit = report_meta(text).unit
    assert unit is not None and unit.type == "tỉnh"


# --- 4. an era's years opening a clause -----------------------------------------------------------------------------

ERAS = [
    # (text, the periods read: span, start, end)
    ("- Năm 2026, số hóa kết quả giải quyết đạt 40%; giai đoạn 2027 - 2030, mỗi năm tăng tối thiểu 15%.\n",
     [("Năm 2026", dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
      ("giai đoạn 2027 - 2030", dt.date(2027, 1, 1), dt.date(2030, 12, 31))]),
    ("Trong giai đoạn 2021–2025, xã đã tiếp nhận 48.300 hồ sơ thủ tục hành chính.\n",
     [("giai đoạn 2021–2025", dt.date(2021, 1, 1), dt.date(2025, 12, 31))]),
    ("Thời kỳ năm 2021 - năm 2025, tỷ lệ hồ sơ trực tuyến tăng đều.\n",
     [("Thời kỳ năm 2021 - năm 2025", dt.date(2021, 1, 1), dt.date(2025, 12, 31))]),
    # negative: an era in a programme's name
    ("Thực hiện Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030, xã ban hành kế hoạch.\n", []),
    ("Căn cứ Đề án chuyển đổi số giai đoạn 2022 - 2025, tầm nhìn đến năm 2030; xã triển khai.\n", []),
    # negative: no comma after the years (the era of what follows, a name)
    ("Giai đoạn 2021-2025 là giai đoạn bản lề của chuyển đổi số.\n", []),
    # negative: the years run backwards
    ("Giai đoạn 2025 - 2021, xã đã tiếp nhận 100 hồ sơ.\n", []),
]


@pytest.mark.parametrize(("text", "periods"), ERAS)
def test_fronted_era(text: str, periods: list) -> None:
    assert fact_rows(text, PeriodExtractor, "text", "start_date", "end_date") == periods


# --- 5. a news item's province by its agencies ----------------------------------------------------------------------

def _agency_item(agencies: str) -> str:
    return ("Trung bình mỗi ngày có 150 lượt giao dịch tại trung tâm\n\nPV |\n\n"
            "Tin từ Trung tâm Hành chính công và xúc tiến đầu tư, trong tuần qua trung tâm đã tiếp nhận 980 hồ sơ "
            f"và đã giải quyết 950 hồ sơ. Các cơ quan có nhiều giao dịch nhất là {agencies}.\n")


AGENCIES = [
    # (the agencies named, the unit read)
    ("Công an Phú Yên (320 hồ sơ), Sở Tư pháp (110 hồ sơ), Sở GT-VT (95 hồ sơ) và Sở Công Thương (80 hồ sơ)",
     ("tỉnh", "Phú Yên")),
    # negative: a province named once, no agency of it spoken of
    ("các đơn vị của Phú Yên (320 hồ sơ) và các xã (110 hồ sơ)", None),
    # negative: "trụ sở" is no department
    ("Công an Phú Yên (320 hồ sơ) và trụ sở Ủy ban (110 hồ sơ)", None),
]


@pytest.mark.parametrize(("agencies", "unit"), AGENCIES)
def test_province_by_its_agencies(agencies: str, unit: tuple[str, str] | None) -> None:
    meta = report_meta(_agency_item(agencies))
    got = (meta.unit.type, meta.unit.name) if meta.unit is not None else None
    assert got == unit


# --- 6. what must not change ----------------------------------------------------------------------------------------

def test_wrapped_text_keeps_its_list_items() -> None:
    text = "\n".join(textwrap.fill(FILL + " " + FILL, 72).split("\n") * 3) + "\n- Tiếp nhận 50 hồ sơ\n"
    at = text.index("\n- Tiếp")
    assert text_layout(text)[0] is not None  # the text is read as wrapped
    assert at not in soft_breaks(text)
