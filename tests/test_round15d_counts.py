"""Round 15d (counts): a bare figure after "đã trả" (returned, "kết quả" left out); a place phrase between a verb and
its figure ("đã xử lý và công khai trên Cổng …") weighs nothing in the gap; a headline above a sentence is none of
its words ("… dẫn đầu về tỷ lệ …" over "số hồ sơ … là N"); the kind of online service a dossier count is of
("hồ sơ trực tuyến toàn trình") is its scope (GOLD.md: a kind of procedure scopes what is counted within it); slips
of feedback ("N phiếu xử lý ý kiến, phản ánh, kiến nghị") count feedback; a scoped part of the total just before is
that total's share, no next item of a list; the parts of an ``other`` total that name its status are ``other``.

Made-up sentences; positive cases and the readings that must not change.
"""

from __future__ import annotations

import pytest

from tests.helpers import count_rows

ROWS = [
    # a bare figure after "đã trả": returned
    ("Xã tiếp nhận 500 hồ sơ (đã trả 480).", [("500 hồ sơ", "received_total", None), ("480", "resolved_total", None)]),
    ("Tỉnh đạt 70,5% (2.100/3.000 hồ sơ (đã trả 2.650)), đứng thứ 12.", [("2.650", "resolved_total", None)]),
    ("Phường đã trả 1.250 hồ sơ cho công dân.", [("1.250 hồ sơ", "resolved_total", None)]),
    # negative: a return refused, money paid
    ("Xã tiếp nhận 500 hồ sơ, đã trả lại 3 hồ sơ.", [("500 hồ sơ", "received_total", None), ("3 hồ sơ", "rejected", None)]),
    ("Xã đã trả 5 triệu đồng tiền phí.", []),
    # a place phrase between the verb and its figure
    ("Huyện tiếp nhận 4 phản ánh, kiến nghị, trong đó đã xử lý và công khai kết quả trên Cổng dịch vụ công quốc gia "
     "3 phản ánh, kiến nghị về quy định hành chính.",
     [("4 phản ánh, kiến nghị", "feedback_received", None), ("3 phản ánh, kiến nghị", "feedback_handled", None)]),
    ("Huyện đã xử lý và công khai trên Cổng thông tin điện tử huyện 12 phản ánh, kiến nghị.",
     [("12 phản ánh, kiến nghị", "feedback_handled", None)]),
    ("Xã đã giải quyết và trả kết quả tại Bộ phận một cửa xã 300 hồ sơ.", [("300 hồ sơ", "resolved_total", None)]),
    # negative: a pending verb stays pending
    ("Huyện đang tiến hành xử lý 2 phản ánh, kiến nghị về hành vi hành chính.",
     [("2 phản ánh, kiến nghị", "other", None)]),
    # a headline holding a rate above the sentence; the kind of online service of the dossiers is their scope
    ("Tỉnh Bắc Hà dẫn đầu về tỷ lệ hồ sơ trực tuyến toàn trình\nTỉnh Bắc Hà có số hồ sơ trực tuyến toàn trình là "
     "52.300 và tổng số hồ sơ giải quyết TTHC là 80.100, chiếm 65,3%.",
     [("52.300", "received_online", "toàn trình"), ("80.100", "resolved_total", None)]),
    ("Xã tiếp nhận 1.500 hồ sơ trực tuyến toàn trình và 300 hồ sơ trực tuyến một phần.",
     [("1.500 hồ sơ", "received_online", "toàn trình"), ("300 hồ sơ", "received_online", "một phần")]),
    ("Số hồ sơ nộp trực tuyến một phần là 820.", [("820", "received_online", "một phần")]),
    # negative: kinds named together scope nothing; a count of services keeps its key; a place named keeps its scope
    ("Xã tiếp nhận 1.500 hồ sơ trực tuyến toàn trình và một phần.", [("1.500 hồ sơ", "received_online", None)]),
    ("Xã có 64 dịch vụ công trực tuyến toàn trình.", [("64 dịch vụ công trực tuyến", "procedures_online_full", None)]),
    ("Số hồ sơ trực tuyến là 9.100.", [("9.100", "received_online", None)]),
    # slips of feedback
    ("Tổng đài đã tiếp nhận và lập 1.420 phiếu xử lý ý kiến, phản ánh, kiến nghị của người dân, trong đó có 510 phản "
     "ánh, kiến nghị liên quan đến thủ tục hành chính.",
     [("1.420 phiếu", "feedback_received", None), ("510 phản ánh, kiến nghị", "feedback_received", "thủ tục hành chính")]),
    ("Trung tâm đã tiếp nhận 35 phiếu góp ý, phản ánh của công dân.", [("35 phiếu", "feedback_received", None)]),
    # negative: survey forms count no feedback
    ("Huyện đã phát 1.200 phiếu khảo sát sự hài lòng của người dân.", []),
    # a scoped part of the total just before is its share
    ("Xã tiếp nhận 186 phản ánh, kiến nghị, trong đó có 142 phản ánh, kiến nghị liên quan đến lĩnh vực đất đai.",
     [("186 phản ánh, kiến nghị", "feedback_received", None), ("142 phản ánh, kiến nghị", "feedback_received", "đất đai")]),
    # negative: parts by channel have no key of their own
    ("Xã tiếp nhận 05 PAKN (qua Tổng đài: 02 PAKN; qua Cổng DVC: 03 PAKN).",
     [("05 PAKN", "feedback_received", None), ("02 PAKN", "other", None), ("03 PAKN", "other", None)]),
    # the parts of an "other" total that name its status
    ("Trong tháng 9, toàn tỉnh có 640 hồ sơ quá hạn tiếp nhận. Trong đó, Sở Nội vụ có 210 hồ sơ trên Hệ thống quốc gia "
     "bị quá hạn trung bình 5 ngày; 45 hồ sơ khác thuộc các cơ quan sử dụng phần mềm riêng bị quá hạn trung bình 9 ngày.",
     [("640 hồ sơ", "other", None), ("210 hồ sơ", "other", "Sở Nội vụ"), ("45 hồ sơ", "other", None)]),
    # negative: a status the total's label does not name; a late total's parts stay late
    ("Xã có 40 hồ sơ tạm dừng giải quyết. Trong đó, 12 hồ sơ quá hạn.",
     [("40 hồ sơ", "other", None), ("12 hồ sơ", "resolved_late", None)]),
    ("Xã giải quyết quá hạn 40 hồ sơ. Trong đó, lĩnh vực đất đai có 12 hồ sơ quá hạn.",
     [("40 hồ sơ", "resolved_late", None), ("12 hồ sơ", "resolved_late", "đất đai")]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_round15d_counts(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert count_rows(text, "text", "metric", "scope") == expected


NEGATIVE_PLACE = [
    # a verb inside a system's name, its counted noun after it: the channels of a received total keep no key
    ("Trong kỳ, xã tiếp nhận 11 phản ánh, kiến nghị, trong đó: qua Hệ thống tiếp nhận, trả lời PAKN trên Cổng Dịch vụ "
     "công quốc gia 07 phản ánh, kiến nghị; qua đường dây nóng 04 phản ánh, kiến nghị.",
     [("11 phản ánh, kiến nghị", "feedback_received", None), ("07 phản ánh, kiến nghị", "other", None),
      ("04 phản ánh, kiến nghị", "other", None)]),
]


@pytest.mark.parametrize(("text", "expected"), NEGATIVE_PLACE)
def test_round15d_place_in_a_name(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert count_rows(text, "text", "metric", "scope") == expected
