"""Round 17 (terse lists): figure pairs a slash apart under captions naming their columns, bare figures after a short
label in a section whose heading names the counted thing, and bare parts in the bracket after a count.

Made-up sentences; positive cases and the readings that must not change.
"""

from __future__ import annotations

import pytest

from extract.readers.text_slash_tables import find_slash_tables
from tests.helpers import COMMUNE, count_rows

# (text, expected counts as (text, metric, scope)) -- a slash list read as a table
SLASH_LISTS = [
    # captions in brackets in a heading, "Name: a / b"
    ("2. Theo từng lĩnh vực (hồ sơ nhận / đã trả)\n- Tư pháp: 512 / 500\n- Giao thông: 45 / 40\n- Còn lại: 33 / 31\n",
     [("512", "received_total", "Tư pháp"), ("500", "resolved_total", "Tư pháp"),
      ("45", "received_total", "Giao thông"), ("40", "resolved_total", "Giao thông"),
      ("33", "received_total", "Còn lại"), ("31", "resolved_total", "Còn lại")]),
    # no spaces round the slash, no colon after the name, captions after a colon
    ("Kết quả theo lĩnh vực: tiếp nhận/giải quyết\n+ Hộ tịch 1.204/1.198\n+ Chứng thực 870/870\n",
     [("1.204", "received_total", "Hộ tịch"), ("1.198", "resolved_total", "Hộ tịch"),
      ("870", "received_total", "Chứng thực"), ("870", "resolved_total", "Chứng thực")]),
    # three captions a spaced dash apart, three figures a slash apart
    ("Các lĩnh vực (tiếp nhận - đã giải quyết - quá hạn):\n- Đất đai: 300 / 280 / 6\n- Xây dựng: 41 / 40 / 1\n",
     [("300", "received_total", "Đất đai"), ("280", "resolved_total", "Đất đai"), ("6", "resolved_late", "Đất đai"),
      ("41", "received_total", "Xây dựng"), ("40", "resolved_total", "Xây dựng"), ("1", "resolved_late", "Xây dựng")]),
    # "nhận / trả" captions, the total row scoped to no field
    ("III. PHÂN THEO LĨNH VỰC (nhận / trả)\n- Hộ tịch: 90 / 88\n- Tổng cộng: 120 / 117\n",
     [("90", "received_total", "Hộ tịch"), ("88", "resolved_total", "Hộ tịch"),
      ("120", "received_total", None), ("117", "resolved_total", None)]),
    # the captions on the first line of the list; feedback items, told by the heading above
    ("5. Phản ánh, kiến nghị\n- Theo kênh (tiếp nhận / đã xử lý):\n+ Đường dây nóng: 6 / 6\n+ Trực tiếp: 3 / 2\n",
     [("6", "feedback_received", "Đường dây nóng"), ("6", "feedback_handled", "Đường dây nóng"),
      ("3", "feedback_received", "Trực tiếp"), ("2", "feedback_handled", "Trực tiếp")]),
]


@pytest.mark.parametrize(("text", "expected"), SLASH_LISTS)
def test_slash_lists(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert count_rows(COMMUNE + text, "text", "metric", "scope") == expected


# no table: a ratio, a date, captions naming no metric, a unit after the figures, one row, a count mismatch
NOT_SLASH = [
    "Kết quả:\n- Đúng hạn: 991/995 hồ sơ\n- Trực tuyến: 800/995 hồ sơ\n",
    "Chỉ số (đạt / tối đa)\n- Công khai: 18/18\n- Tiến độ: 19/20\n",
    "Lịch tiếp dân (sáng / chiều)\n- Thứ Hai: 12/5\n- Thứ Ba: 13/5\n",
    "Theo lĩnh vực (tiếp nhận / giải quyết)\n- Hộ tịch: 05/05 hồ sơ\n- Đất đai: 10/12 hồ sơ\n",
    "Theo lĩnh vực (tiếp nhận / giải quyết)\n- Hộ tịch: 1.420 / 1.416\n",
    "Theo lĩnh vực (tiếp nhận / giải quyết)\n- Hộ tịch: 10 / 9 / 1\n- Đất đai: 8 / 7 / 1\n",
    "Tiến độ các xã (đạt / tổng)\n- Xã A: 05/05\n- Xã B: 04/05\n",
    "Các đợt (tiếp nhận / giải quyết)\n- Tháng 3/2026\n- Tháng 4/2026\n",
]


@pytest.mark.parametrize("text", NOT_SLASH)
def test_not_slash_lists(text: str) -> None:
    assert find_slash_tables(text) == []


# (text, expected counts as (text, metric, value)) -- terse label lines under a heading naming the counted thing
TERSE = [
    ("3. Phản ánh, kiến nghị\n- Nhận: 09\n- Đã xử lý: 08; đang xử lý: 01\n- Quá hạn xử lý: 0\n",
     [("09", "feedback_received", 9), ("08", "feedback_handled", 8), ("01", "other", 1), ("0", "other", 0)]),
    ("V. PAKN\n+ Tiếp nhận: 12\n+ Xử lý xong: 12\n",
     [("12", "feedback_received", 12), ("12", "feedback_handled", 12)]),
    ("I. HỒ SƠ\n- Nhận: 1.250\n- Đã giải quyết: 1.200; quá hạn: 3\n",
     [("1.250", "received_total", 1250), ("1.200", "resolved_total", 1200), ("3", "resolved_late", 3)]),
    # the list's introduction names the counted thing, no heading
    ("Kết quả xử lý phản ánh, kiến nghị của người dân:\n- Nhận: 05\n- Đã xử lý: 05\n",
     [("05", "feedback_received", 5), ("05", "feedback_handled", 5)]),
    # a comma between two labelled figures, "Đã nhận"
    ("2. Tình hình tiếp nhận ý kiến, kiến nghị\n+ Đã nhận: 15\n+ Đã xử lý: 14, đang xử lý: 1\n",
     [("15", "feedback_received", 15), ("14", "feedback_handled", 14), ("1", "other", 1)]),
]

NOT_TERSE = [
    # a label no cue table reads, a heading naming no counted thing, a heading naming two
    "4. Phản ánh, kiến nghị\n- Số cuộc đối thoại: 3\n",
    "II. CÔNG TÁC KHÁC\n- Nhận: 15\n",
    "II. HỒ SƠ VÀ PHẢN ÁNH, KIẾN NGHỊ\n- Nhận: 15\n",
    # an introduction naming no counted thing, under a heading naming one: the introduction decides
    "IV. PAKN\n- Cuộc đối thoại:\n+ Nhận: 4\n",
]


@pytest.mark.parametrize(("text", "expected"), TERSE)
def test_terse_labels(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert count_rows(COMMUNE + text, "text", "metric", "value") == expected


@pytest.mark.parametrize("text", NOT_TERSE)
def test_not_terse_labels(text: str) -> None:
    assert count_rows(COMMUNE + text, "text", "metric", "value") == []


# bare parts in the bracket after a count: found, with the total's metric
PARTS = [
    ("Trong kỳ có 9 hồ sơ trễ hạn (hộ tịch 5, đất đai 4).",
     [("9 hồ sơ", "resolved_late", None), ("5", "resolved_late", "hộ tịch"), ("4", "resolved_late", "đất đai")]),
    ("Đã giải quyết quá hạn 12 hồ sơ (đất đai 10; xây dựng 2).",
     [("12 hồ sơ", "resolved_late", None), ("10", "resolved_late", "đất đai"), ("2", "resolved_late", "xây dựng")]),
    # parts named by a known field are read whether or not they add up (GOLD.md, eighth session)
    ("Trong kỳ có 9 hồ sơ trễ hạn (hộ tịch 15, đất đai 14).",
     [("9 hồ sơ", "resolved_late", None), ("15", "resolved_late", "hộ tịch"), ("14", "resolved_late", "đất đai")]),
]

# unchanged: unnamed parts adding up to more than the total, a status breakdown, a figure with its unit in the bracket
NOT_PARTS = [
    ("Trong kỳ có 9 hồ sơ trễ hạn (tổ một 15, tổ hai 14).", [("9 hồ sơ", "resolved_late", None)]),
    ("Đang giải quyết 230 hồ sơ (trong hạn 212, quá hạn 18).",
     [("230 hồ sơ", "pending_total", None), ("212", "pending_in_time", None), ("18", "pending_late", None)]),
]


@pytest.mark.parametrize(("text", "expected"), PARTS + NOT_PARTS)
def test_bracket_parts(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert count_rows(COMMUNE + text, "text", "metric", "scope") == expected


def test_mailbox_number_is_a_figure() -> None:
    """"hòm thư 01": a mailbox's count, never an ordinal ("thứ 5")."""
    text = "4. Phản ánh, kiến nghị\n- Nhận: 05 (đường dây nóng 03, hòm thư 02)\n"
    assert [r[0] for r in count_rows(COMMUNE + text, "text")] == ["05", "03", "02"]
