"""Round 17, wave 3 (lists, bare figures, numbers in text).

- Review fixes: figure_terse's bracket parts found by a bisect (no scan of every later figure and cue per count), its
  labels' cues looked up in an index; text_slash_tables' space runs possessive (a long run of spaces is no
  backtracking trap); a label line with no list marker (``IV. PAKN`` over ``Nhận: 07``) takes its heading's family,
  not its own colon as the list's introduction; bare parts in a bracket named by a known field are read whether or
  not they add up to the total, unnamed bare parts only when they do.
- Thousands grouped by spaces: ``6 482 HS`` (``HS`` a counted noun), and a grouped figure with no noun after it in a
  text that groups its thousands so (``tiếp nhận 2 114, GQ 2 101``), never two figures side by side.
- A page number inside a sentence of a PDF-like text (``… Tỷ lệ`` / ``2`` / ``hồ sơ …`` between blank lines): no
  figure, and the sentence reads through it.
"""

from __future__ import annotations

import pytest

from extract.extractors.figure_layout import page_number_breaks
from extract.readers.text_slash_tables import find_slash_tables
from tests.helpers import count_rows

# --- review: speed ------------------------------------------------------------------------------------------------


def test_many_brackets_complete() -> None:
    # figure_terse.bracket_parts: 3,000 counts with a bracket of parts each (was quadratic)
    items = ", ".join(f"xã A{i} tiếp nhận {10 + i} hồ sơ quá hạn (đất đai 6, xây dựng 1)" for i in range(3000))
    rows = count_rows("I. HỒ SƠ\n" + items + ".\n", "value")
    assert (6,) in rows and (1,) in rows


def test_many_terse_labels_complete() -> None:
    # figure_terse.labelled: the labels' cues from an index, not a scan of every cue per figure
    lines = "".join(f"- Nhận: {i % 90 + 10}; đang xử lý: 01\n" for i in range(3000))
    rows = count_rows("IV. PAKN\n" + lines, "metric")
    assert rows.count(("feedback_received",)) == 3000


@pytest.mark.parametrize("text", [
    "nhận / trả" + " " * 20_000 + "x\n",
    "Theo lĩnh vực (tiếp nhận / giải quyết)\n- Hộ tịch" + " " * 20_000 + "x\n",
    "Theo lĩnh vực (tiếp nhận / giải quyết)\n" + ("- Hộ tịch / " + " " * 300 + "x\n") * 2000,
    ("- Hộ tịch" + " " * 300 + "x\n") * 2000,
])
def test_slash_tables_spaces(text: str) -> None:
    # text_slash_tables HEADER_RE / ROW_RE: runs of spaces read once (possessive), lines with no slash skipped
    assert find_slash_tables(text) == []


def test_slash_table_still_read() -> None:
    tables = find_slash_tables("Theo lĩnh vực (tiếp nhận / giải quyết)   \n- Hộ tịch:  1.420 / 1.416 ;  \n"
                               "- Đất đai   604/487\n")
    assert len(tables) == 1 and [c.text for c in tables[0].rows[2]] == ["Đất đai", "604", "487"]


def test_captioned_ratio_rows_not_a_table() -> None:
    # captions that name no metric over ratio rows: a ratio, never a table
    assert find_slash_tables("Tiến độ các xã (đạt / tổng)\n- Xã A: 05/05\n- Xã B: 04/05\n") == []


# --- review: a label line with no list marker; parts that do not add up -----------------------------------------

TERSE = [
    ("IV. PAKN\nNhận: 07\nĐã xử lý: 06\n", [("07", "feedback_received", 7), ("06", "feedback_handled", 6)]),
    ("I. HỒ SƠ\nNhận: 1.250\nĐã giải quyết: 1.200\n",
     [("1.250", "received_total", 1250), ("1.200", "resolved_total", 1200)]),
    ("3. Phản ánh, kiến nghị\nTiếp nhận: 12\nXử lý xong: 11\n",
     [("12", "feedback_received", 12), ("11", "feedback_handled", 11)]),
    # an introduction's colon before the label still names the list
    ("Kết quả xử lý phản ánh, kiến nghị:\n- Nhận: 05\n- Đã xử lý: 04\n",
     [("05", "feedback_received", 5), ("04", "feedback_handled", 4)]),
    # negative: a heading naming no counted thing, a label no table reads
    ("II. HỌP\nNhận: 07\n", []),
    ("IV. PAKN\nSố cuộc họp: 3\n", []),
]


@pytest.mark.parametrize(("text", "expected"), TERSE)
def test_terse_label_lines(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert count_rows(text, "text", "metric", "value") == expected


PARTS = [
    # parts named by a known field: read though they add up to more than the total (GOLD.md, eighth session)
    ("I. HỒ SƠ\nCó 06 hồ sơ trễ hạn (đất đai 5, hộ tịch 4).\n",
     [("06 hồ sơ", "resolved_late", 6), ("5", "resolved_late", 5), ("4", "resolved_late", 4)]),
    # unnamed bare parts: only when they add up to the total at most
    ("I. HỒ SƠ\nCó 06 hồ sơ trễ hạn (tổ một 5, tổ hai 4).\n", [("06 hồ sơ", "resolved_late", 6)]),
    ("I. HỒ SƠ\nCó 09 hồ sơ trễ hạn (tổ một 5, tổ hai 4).\n",
     [("09 hồ sơ", "resolved_late", 9), ("5", "resolved_late", 5), ("4", "resolved_late", 4)]),
]


@pytest.mark.parametrize(("text", "expected"), PARTS)
def test_bracket_parts_sum_rule(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert count_rows(text, "text", "metric", "value") == expected


# --- thousands grouped by spaces ----------------------------------------------------------------------------------

SPACED_DOC = "I. HỒ SƠ\n- Tổng số HS tiếp nhận: 6 482 HS\n  + Trực tuyến: 4 907 HS\n"

SPACED = [
    ("- Đã tiếp nhận 3 120 HS.\n", [("3 120 HS", 3120)]),
    ("Trong kỳ tiếp nhận 2 045 PAKN.\n", [("2 045 PAKN", 2045)]),
    ("Công khai 1 025 TTHC.\n", [("1 025 TTHC", 1025)]),
    # bare figures in a text that groups its thousands with spaces
    (SPACED_DOC + "- Hộ tịch: tiếp nhận 2 114, giải quyết 2 101\n",
     [("6 482 HS", 6482), ("4 907 HS", 4907), ("2 114", 2114), ("2 101", 2101)]),
    (SPACED_DOC + "- Số hồ sơ có phí, lệ phí: 1 712; đã nộp 1 700 HS.\n",
     [("6 482 HS", 6482), ("4 907 HS", 4907), ("1 712", 1712), ("1 700 HS", 1700)]),
    (SPACED_DOC + "- Đã giải quyết: 1 630\n", [("6 482 HS", 6482), ("4 907 HS", 4907), ("1 630", 1630)]),
]


@pytest.mark.parametrize(("text", "expected"), SPACED)
def test_spaced_thousands(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(t, v) for t, v in count_rows(text, "text", "value")] == expected


NOT_GROUPED = [
    # no text-wide style: a bare "2 114" stays as written
    ("- Hộ tịch: tiếp nhận 2 114, giải quyết 2 101\n", 2114),
    # a word taking its own number, a year before it, two groups (table columns), a row of two columns
    (SPACED_DOC + "- Ngày 15 200 hồ sơ được trả.\n", 15200),
    (SPACED_DOC + "- Năm 2025 1 250, năm 2024 1 100.\n", 20251250),
    (SPACED_DOC + "- Hộ tịch: 12 345 678.\n", 12345678),
    (SPACED_DOC + "Hộ tịch 120 118\n", 120118),
]


@pytest.mark.parametrize(("text", "wrong"), NOT_GROUPED)
def test_not_grouped(text: str, wrong: int) -> None:
    values = [v for (v,) in count_rows(text, "value")]
    assert wrong not in values and 2101 not in values and 15200 not in values and 1250 not in values
    assert 345678 not in values and 12345 not in values


# --- a page number inside a sentence ------------------------------------------------------------------------------

PAGE = [
    ("quá hạn 04 hồ sơ). Tỷ lệ\n\n2\n\nhồ sơ giải quyết đúng hạn", "2"),
    ("kết quả giải quyết\n\n- 12 -\n\nhồ sơ của", "- 12 -"),
    ("tiếp nhận\n\nTrang 3\n\n\nhồ sơ trực tuyến", "Trang 3"),
]

NOT_PAGE = [
    "Tỷ lệ đạt 99%.\n\n2\n\nhồ sơ quá hạn",  # the line before ends a sentence
    "Kết quả:\n\n2\n\nhồ sơ",  # an introduction's colon
    "Tỷ lệ\n\n2\n\nHồ sơ giải quyết",  # the line after opens capitalised
    "Tỷ lệ\n2\nhồ sơ",  # no blank lines around it
    "Tỷ lệ\n\n1234\n\nhồ sơ",  # four digits: no page number
    "Tiếp nhận\n\n2 hồ sơ\n\ntrực tuyến",  # a count, not a number alone
]


@pytest.mark.parametrize(("text", "number"), PAGE)
def test_page_number_breaks(text: str, number: str) -> None:
    found = page_number_breaks(text)
    lo = text.index(number)
    assert all(i in found for i in range(lo, lo + len(number)) if not text[i].isspace())
    assert all(text[i] == "\n" or not text[i].isspace() for i in found)


@pytest.mark.parametrize("text", NOT_PAGE)
def test_not_page_number(text: str) -> None:
    assert page_number_breaks(text) == ()


def test_page_number_no_figure() -> None:
    text = ("Kết quả giải quyết: đã giải quyết 2.205 hồ sơ, quá hạn 14 hồ sơ. Tỷ lệ\n\n2\n\n"
            "hồ sơ giải quyết đúng hạn, trước hạn đạt 99,37%.\n")
    assert ("2", 2) not in count_rows(text, "text", "value")
    assert count_rows(text, "text", "value") == [("2.205 hồ sơ", 2205), ("14 hồ sơ", 14)]
