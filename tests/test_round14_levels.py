"""Round 14, PIPE TABLES and LEVEL FRAMES of counts: made-up sentences for the shapes the opened set showed.

- a pipe table written with no outer pipes whose total row has a blank first (or last) cell, so that the row
  starts (or ends) with a pipe: the row keeps that blank cell, the table is read (scope from the row, metric from
  the column header, the total row unscoped) and the row numbers are no counts;
- a level named with the kinds of unit of its rank (``cấp xã, phường, thị trấn``, ``cấp huyện, thị xã``) is one
  level written with all of them; levels named together (``cấp huyện, xã``) still scope nothing;
- a list heading naming a level in every numbering style (``1.``, ``II.``, ``b)``, ``-``), a note in brackets or a
  colon after it, frames its section up to the next heading of the same rank; the reporting unit's own level only
  when the headings break the unit down by level; a place or a body named inside keeps its own scope;
- inside a level's section the set of all its units (``Các xã, thị trấn``, ``UBND 12 xã, phường``) is the level.

Each case asserts every count of its text, in order, with its value and scope.
"""

from __future__ import annotations

import pytest

from extract.document import Document, Source
from extract.extractors.counts import CountExtractor
from extract.readers.pipe_tables import find_pipe_tables, parse_line
from extract.readers.txt import read_txt
from extract.registry import Context
from tests.helpers import fact_rows, report_opening

COMMUNE = report_opening("XÃ AN THẠNH", "năm 2025")
DISTRICT = report_opening("HUYỆN LONG SƠN", "quý I năm 2019")
PROVINCE = report_opening("TỈNH BẮC HÀ", "năm 2019")
NEWS = "Kết quả giải quyết hồ sơ 9 tháng năm 2019\n\n05/10/2019\n\n"

Row = tuple[str, int, "str | None"]


# --- pipe tables -----------------------------------------------------------------------------------------------
def _doc(text: str) -> Document:
    d = read_txt(text.encode("utf-8"), Source("t.txt", "0" * 64, "txt"))
    d.check_offsets()
    return d


def _counts(text: str) -> list[tuple[str, str, str | None]]:
    d = _doc(text)
    return [(f.text, f.metric, f.scope) for f in CountExtractor().extract(Context(document=d))]


BLANK_FIRST = (
    "Kết quả theo lĩnh vực:\n\n"
    "TT | Lĩnh vực | Tiếp nhận | Đã giải quyết | Đang giải quyết\n"
    "1 | Tư pháp | 320 | 310 | 10\n"
    "2 | Xây dựng | 45 | 40 | 5\n"
    " | Tổng cộng | 365 | 350 | 15\n"
)
BLANK_FIRST_NO_SPACE = (
    "Số TT | Lĩnh vực | Hồ sơ tiếp nhận | Trực tuyến\n"
    "1 | Nông nghiệp | 27 | 20\n"
    "2 | Giao thông | 13 | 9\n"
    "| Cộng | 40 | 29\n"
)
BLANK_LAST = (
    "Lĩnh vực | Tiếp nhận | Đã giải quyết | Ghi chú\n"
    "Thương binh xã hội | 64 | 60 | chờ bổ sung\n"
    "Văn hóa | 12 | 12 | \n"
)
BLANK_FIRST_WITH_RULE = (
    "STT | Lĩnh vực | Tiếp nhận | Quá hạn\n"
    "--- | --- | --- | ---\n"
    "1 | Đất đai | 88 | 3\n"
    " | Tổng | 88 | 3\n"
)


@pytest.mark.parametrize("text,want", [
    pytest.param(BLANK_FIRST, [
        ("320", "received_total", "Tư pháp"), ("310", "resolved_total", "Tư pháp"), ("10", "pending_total", "Tư pháp"),
        ("45", "received_total", "Xây dựng"), ("40", "resolved_total", "Xây dựng"), ("5", "pending_total", "Xây dựng"),
        ("365", "received_total", None), ("350", "resolved_total", None), ("15", "pending_total", None)],
        id="T01 blank first cell, leading space"),
    pytest.param(BLANK_FIRST_NO_SPACE, [
        ("27", "received_total", "Nông nghiệp"), ("20", "received_online", "Nông nghiệp"),
        ("13", "received_total", "Giao thông"), ("9", "received_online", "Giao thông"),
        ("40", "received_total", None), ("29", "received_online", None)], id="T02 blank first cell, no space"),
    pytest.param(BLANK_LAST, [
        ("64", "received_total", "Thương binh xã hội"), ("60", "resolved_total", "Thương binh xã hội"),
        ("12", "received_total", "Văn hóa"), ("12", "resolved_total", "Văn hóa")], id="T03 blank last cell"),
    pytest.param(BLANK_FIRST_WITH_RULE, [
        ("88", "received_total", "Đất đai"), ("3", "resolved_late", "Đất đai"),
        ("88", "received_total", None), ("3", "resolved_late", None)], id="T04 blank first cell under a rule"),
])
def test_a_row_with_a_blank_edge_cell_keeps_it(text: str, want: list[tuple[str, str, str | None]]) -> None:
    assert _counts(text) == want


def test_the_blank_cell_shifts_the_row_into_its_columns() -> None:
    (table,) = find_pipe_tables(BLANK_FIRST)
    total = table.rows[-1]
    assert [(c.col, c.text) for c in total] == [(1, "Tổng cộng"), (2, "365"), (3, "350"), (4, "15")]


@pytest.mark.parametrize("text,n_tables", [
    # pipes on both sides of every row: the outer pipes are no cells (unchanged)
    pytest.param("| TT | Lĩnh vực | Tiếp nhận |\n| 1 | Hộ tịch | 12 |\n|  | Cộng | 12 |\n", 1, id="N01 outer pipes"),
    # a one-sided row two cells short of the others is no blank edge: prose stays prose
    pytest.param("Lĩnh vực | Tiếp nhận | Đã giải quyết | Đang\nHộ tịch | 12 | 10 | 2\n| Ghi chú | xem phụ lục\n", 0,
                 id="N02 a short one-sided line"),
    # a byline with pipes and no figures stays prose
    pytest.param("Tác giả: Minh Châu | Ngày: 03/6/2025 | Lượt xem: 41\n | Nguồn: Báo tỉnh | In bài\n", 0,
                 id="N03 byline"),
])
def test_what_is_no_blank_edge(text: str, n_tables: int) -> None:
    assert len(find_pipe_tables(text)) == n_tables


def test_parse_line_tells_the_side_of_an_outer_pipe() -> None:
    left, right = parse_line(" | Tổng | 5 | 6"), parse_line("Văn hóa | 12 | 12 |")
    assert left is not None and left.left and not left.right
    assert right is not None and right.right and not right.left


# --- levels ----------------------------------------------------------------------------------------------------
COUNTS: list[tuple[str, str, list[Row]]] = [
    # a level with the kinds of unit of its rank
    ("K01 cấp xã, phường, thị trấn as a frame", PROVINCE + "Ở cấp huyện, đã tiếp nhận 9.100 hồ sơ. Tại cấp xã, "
     "phường, thị trấn, số hồ sơ tiếp nhận là 31.400, đã giải quyết 31.050 hồ sơ.",
     [("9.100 hồ sơ", 9100, "cấp huyện"), ("31.400", 31400, "cấp xã, phường, thị trấn"),
      ("31.050 hồ sơ", 31050, "cấp xã, phường, thị trấn")]),
    ("K02 cấp xã và thị trấn", PROVINCE + "Đối với cấp xã và thị trấn, đã tiếp nhận 7.250 hồ sơ.",
     [("7.250 hồ sơ", 7250, "cấp xã và thị trấn")]),
    ("K03 cấp huyện, thị xã, thành phố", PROVINCE + "Tại cấp huyện, thị xã, thành phố, đã giải quyết 12.600 hồ sơ.",
     [("12.600 hồ sơ", 12600, "cấp huyện, thị xã, thành phố")]),
    ("K04 neg: levels named together scope nothing", PROVINCE + "Bộ phận một cửa cấp huyện, xã tiếp nhận 4.300 hồ sơ.",
     [("4.300 hồ sơ", 4300, None)]),
    ("K05 neg: a place after the level is no kind", PROVINCE + "Ở cấp huyện, thị xã Bình Long dẫn đầu với 2.150 hồ sơ.",
     [("2.150 hồ sơ", 2150, "thị xã Bình Long")]),
    # level headings
    ("H01 numbered headings with a note in brackets, own level in a breakdown", DISTRICT +
     "1. Cấp huyện (tại Bộ phận một cửa huyện)\nTiếp nhận 2.480 hồ sơ, đã giải quyết 2.400 hồ sơ.\n"
     "Đang giải quyết: 80 hồ sơ.\n\n2. Cấp xã (tại Bộ phận một cửa các xã)\nTiếp nhận 9.300 hồ sơ.\n\n"
     "3. Đánh giá\nToàn huyện tiếp nhận 11.780 hồ sơ.",
     [("2.480 hồ sơ", 2480, "Cấp huyện"), ("2.400 hồ sơ", 2400, "Cấp huyện"), ("80 hồ sơ", 80, "Cấp huyện"),
      ("9.300 hồ sơ", 9300, "cấp xã"), ("11.780 hồ sơ", 11780, None)]),  # (the office set in the note: its level)
    ("H02 roman headings in capitals", PROVINCE + "I. CẤP TỈNH\nCác sở tiếp nhận 15.200 hồ sơ.\nII. CẤP HUYỆN\n"
     "Đã giải quyết 40.100 hồ sơ.\nIII. NHIỆM VỤ\nPhấn đấu giải quyết 100% hồ sơ.",
     [("15.200 hồ sơ", 15200, "CẤP TỈNH"), ("40.100 hồ sơ", 40100, "CẤP HUYỆN")]),
    ("H03 lettered headings with a colon and nothing after it", DISTRICT + "a) Cấp huyện:\nĐã tiếp nhận 640 hồ sơ.\n"
     "b) Cấp xã:\nĐã tiếp nhận 2.310 hồ sơ.",
     [("640 hồ sơ", 640, "Cấp huyện"), ("2.310 hồ sơ", 2310, "Cấp xã")]),
    ("H04 bulleted headings with a lead word", DISTRICT + "Kết quả cụ thể:\n- Đối với cấp huyện\n+ Tiếp nhận 410 hồ sơ;\n"
     "+ Đã giải quyết 400 hồ sơ.\n- Đối với cấp xã\n+ Tiếp nhận 1.880 hồ sơ.",
     [("410 hồ sơ", 410, "cấp huyện"), ("400 hồ sơ", 400, "cấp huyện"), ("1.880 hồ sơ", 1880, "cấp xã")]),
    ("H05 neg: the own level alone as a heading is the unit", DISTRICT + "1. Cấp huyện\nTiếp nhận 2.480 hồ sơ.\n\n"
     "2. Phản ánh, kiến nghị\nKhông có.", [("2.480 hồ sơ", 2480, None)]),
    ("H06 another level alone as a heading", DISTRICT + "2. Cấp xã (tại các xã, thị trấn)\nTiếp nhận 5.120 hồ sơ.",
     [("5.120 hồ sơ", 5120, "Cấp xã")]),
    ("H07 a place named inside a level section keeps its scope", DISTRICT + "1. Cấp huyện\nTiếp nhận 900 hồ sơ.\n"
     "2. Cấp xã\nTiếp nhận 4.000 hồ sơ. UBND xã Tân Hòa tiếp nhận 512 hồ sơ.",
     [("900 hồ sơ", 900, "Cấp huyện"), ("4.000 hồ sơ", 4000, "Cấp xã"), ("512 hồ sơ", 512, "UBND xã Tân Hòa")]),
    ("H08 a field inside a level section keeps its scope", DISTRICT + "1. Cấp huyện\nĐã giải quyết 700 hồ sơ, trong đó "
     "quá hạn 12 hồ sơ thuộc lĩnh vực đất đai.\n2. Cấp xã\nĐã giải quyết 3.100 hồ sơ.",
     [("700 hồ sơ", 700, "Cấp huyện"), ("12 hồ sơ", 12, "đất đai"), ("3.100 hồ sơ", 3100, "Cấp xã")]),
    ("H09 bare headings with a colon, no marker", PROVINCE + "Cấp tỉnh:\nTiếp nhận 500 hồ sơ.\nCấp huyện:\n"
     "Tiếp nhận 900 hồ sơ.", [("500 hồ sơ", 500, "Cấp tỉnh"), ("900 hồ sơ", 900, "Cấp huyện")]),
    ("H10 a lead and a colon, figures on the line", PROVINCE + "Đối với cấp huyện: tiếp nhận 300 hồ sơ, giải quyết "
     "290 hồ sơ.\nĐối với cấp xã: tiếp nhận 700 hồ sơ.",
     [("300 hồ sơ", 300, "cấp huyện"), ("290 hồ sơ", 290, "cấp huyện"), ("700 hồ sơ", 700, "cấp xã")]),
    ("H11 sub-numbered headings over bulleted lines", DISTRICT + "1.1. Cấp huyện:\n- Tiếp nhận 410 hồ sơ;\n"
     "- Giải quyết 400 hồ sơ.\n1.2. Cấp xã:\n- Tiếp nhận 1.880 hồ sơ.",
     [("410 hồ sơ", 410, "Cấp huyện"), ("400 hồ sơ", 400, "Cấp huyện"), ("1.880 hồ sơ", 1880, "Cấp xã")]),
    ("H12 a level opening a sentence frames the next one", DISTRICT + "Ở cấp xã, tiếp nhận 800 hồ sơ. Đã giải quyết "
     "780 hồ sơ.", [("800 hồ sơ", 800, "cấp xã"), ("780 hồ sơ", 780, "cấp xã")]),
    # the set of all the units of the section's level
    ("S01 Các xã, thị trấn under a commune-level heading", DISTRICT + "1. Cấp huyện\nTiếp nhận 900 hồ sơ.\n"
     "2. Cấp xã (Bộ phận một cửa cấp xã)\nCác xã, thị trấn tiếp nhận 8.800 hồ sơ, đã giải quyết 8.750 hồ sơ.",
     [("900 hồ sơ", 900, "Cấp huyện"), ("8.800 hồ sơ", 8800, "Cấp xã"), ("8.750 hồ sơ", 8750, "Cấp xã")]),
    ("S02 UBND 14 xã, phường under a commune-level heading", DISTRICT + "II. CẤP XÃ\nUBND 14 xã, phường đã giải quyết "
     "6.020 hồ sơ.", [("14 xã", 14, "CẤP XÃ"), ("6.020 hồ sơ", 6020, "CẤP XÃ")]),  # (a count of units: `other`)
    ("S03 Các huyện, thị xã under a district-level heading", PROVINCE + "1. Cấp tỉnh\nTiếp nhận 3.300 hồ sơ.\n"
     "2. Cấp huyện\nCác huyện, thị xã tiếp nhận 7.700 hồ sơ.",
     [("3.300 hồ sơ", 3300, "Cấp tỉnh"), ("7.700 hồ sơ", 7700, "Cấp huyện")]),
]


@pytest.mark.parametrize(("text", "want"), [pytest.param(t, w, id=i) for i, t, w in COUNTS])
def test_level_scopes(text: str, want: list[Row]) -> None:
    assert fact_rows(text, CountExtractor, "text", "value", "scope") == want


def test_a_set_outside_a_level_section_is_not_renamed() -> None:
    text = DISTRICT + "Trong quý, các xã, thị trấn tiếp nhận 8.800 hồ sơ."
    rows = fact_rows(text, CountExtractor, "text", "value", "scope")
    assert rows and all(not (scope or "").lower().startswith("cấp") for _, _, scope in rows)


def test_commune_report_own_level_heading_stays_null() -> None:
    text = COMMUNE + "1. Cấp xã\nTiếp nhận 640 hồ sơ.\n\n2. Nhiệm vụ\nTiếp tục cải cách."
    assert fact_rows(text, CountExtractor, "text", "value", "scope") == [("640 hồ sơ", 640, None)]
