"""Round 15b (counts): a sentence read across a PDF's soft line break when an identity settles a count; a count at a
level of service whose noun is left out after a number of levels' skip word ("19 mức độ 4"); a bare part of a
breakdown told by its status alone, in digits or a number word ("(4 trước hạn, 2 đúng hạn)", "(bốn trước hạn)"); a
bare total after "tổng số" whose noun its sentence named before; "đã giải" cut short before its figure; a field's
most ("có số lượng phản ánh cao nhất với …"); a late key of its own after a pending count is a sibling, not a part;
the subject words of a late count still open read from figures.toml.

Made-up sentences; positive cases and the readings that must not change.
"""

from __future__ import annotations

import pytest

from corpus.perturb import apply_edits, wrap_edits
from extract.extractors.figure_layout import soft_breaks
from extract.extractors.figure_page import Page
from extract.extractors.figure_still import _subject_still
from tests.helpers import count_rows

FILLER = ("Trong thời gian qua, công tác cải cách hành chính của địa phương tiếp tục được quan tâm chỉ đạo "
          "thường xuyên, các cơ quan chuyên môn phối hợp chặt chẽ trong việc hướng dẫn người dân thực hiện "
          "thủ tục, niêm yết công khai đầy đủ và kịp thời các quy định mới theo hướng dẫn của cấp trên.")


def _wrapped(text: str, low: int, high: int) -> str:
    return apply_edits(text, wrap_edits(text, {"facts": []}, low=low, high=high))[0]


# received, online and direct adding up, with a count carried over: the total is only what came in the period
IDENTITY_PARAGRAPHS = [
    "Trong kỳ báo cáo, Ủy ban nhân dân xã đã tiếp nhận tổng cộng 1.250 hồ sơ thủ tục hành chính, trong đó "
    "trực tuyến 800 hồ sơ, trực tiếp 450 hồ sơ; số hồ sơ kỳ trước chuyển sang là 37 hồ sơ.",
    "Bộ phận một cửa của phường tiếp nhận 2.310 hồ sơ (kỳ trước chuyển sang 52 hồ sơ), gồm 1.900 hồ sơ "
    "trực tuyến và 410 hồ sơ trực tiếp tại Bộ phận Tiếp nhận và Trả kết quả.",
]


@pytest.mark.parametrize("para", IDENTITY_PARAGRAPHS)
@pytest.mark.parametrize(("low", "high"), [(40, 52), (50, 66), (60, 80)])
def test_identity_read_across_a_soft_break(para: str, low: int, high: int) -> None:
    flat = "\n\n".join([FILLER, para, FILLER]) + "\n"
    new = _wrapped(flat, low, high)
    assert soft_breaks(new)  # it was wrapped
    rows = count_rows(new, "metric", "value", "start")
    assert rows == count_rows(flat, "metric", "value", "start")
    assert rows[0][0] == "received_in_period"


def test_identity_not_read_across_a_hard_break() -> None:
    # negative: a paragraph per line (no wrapped text): the carried-over count is in another sentence
    text = "Xã tiếp nhận 500 hồ sơ, trực tuyến 300 hồ sơ, trực tiếp 200 hồ sơ\nKỳ trước chuyển sang 10 hồ sơ.\n"
    assert count_rows(text, "metric", "value")[0] == ("received_total", 500)


ROWS = [
    # a level of service after a bare figure, its noun left out ("mức độ 4" is no number of levels)
    ("Huyện cung cấp 210 dịch vụ công mức độ 3 và 19 mức độ 4.",
     [("210 dịch vụ công", "procedures_online_partial", 210), ("19", "procedures_online_full", 19)]),
    ("Tỉnh có 312 dịch vụ công trực tuyến mức độ 3, 45 mức độ 4.",
     [("312 dịch vụ công trực tuyến", "procedures_online_partial", 312), ("45", "procedures_online_full", 45)]),
    # negative: a number of levels
    ("Hệ thống có 4 mức độ dịch vụ.", []),
    ("Dịch vụ công được chia 4 mức: từ mức 1 đến mức 4.", []),
    ("Xã tiếp nhận 120 hồ sơ, trong đó 19 mức độ 4.", [("120 hồ sơ", "received_total", 120)]),
    # a bare part of a breakdown, its status right after it
    ("Các sở tiếp nhận 55 hồ sơ, đã giải quyết 6 hồ sơ (4 trước hạn, 2 đúng hạn).",
     [("55 hồ sơ", "received_total", 55), ("6 hồ sơ", "resolved_total", 6), ("4", "resolved_early", 4),
      ("2", "resolved_on_time", 2)]),
    ("Xã đã giải quyết 60 hồ sơ, trong đó 40 trước hạn, 20 đúng hạn.",
     [("60 hồ sơ", "resolved_total", 60), ("40", "resolved_early", 40), ("20", "resolved_on_time", 20)]),
    ("Đang giải quyết 30 hồ sơ (25 trong hạn, 5 quá hạn).",
     [("30 hồ sơ", "pending_total", 30), ("25", "pending_in_time", 25), ("5", "pending_late", 5)]),
    ("Phường tiếp nhận 500 hồ sơ (300 trực tuyến, 200 trực tiếp).",
     [("500 hồ sơ", "received_total", 500), ("300", "received_online", 300), ("200", "received_direct", 200)]),
    ("Xã tiếp nhận 12 phản ánh, kiến nghị (10 đã xử lý xong).",
     [("12 phản ánh, kiến nghị", "feedback_received", 12), ("10", "feedback_handled", 10)]),
    # ... in number words, in a sentence that tells counts in digits
    ("Các sở tiếp nhận 55 hồ sơ, đã giải quyết sáu hồ sơ (bốn trước hạn, hai đúng hạn).",
     [("55 hồ sơ", "received_total", 55), ("sáu hồ sơ", "resolved_total", 6), ("bốn", "resolved_early", 4),
      ("hai", "resolved_on_time", 2)]),
    ("Xã tiếp nhận 40 hồ sơ, đã giải quyết 9 hồ sơ, trong đó bảy trước hạn, hai đúng hạn.",
     [("40 hồ sơ", "received_total", 40), ("9 hồ sơ", "resolved_total", 9), ("bảy", "resolved_early", 7),
      ("hai", "resolved_on_time", 2)]),
    # negative: no status right after, a compound number word, no breakdown, a number word with no digits around
    ("Đã giải quyết 60 hồ sơ (2 lần bổ sung).", [("60 hồ sơ", "resolved_total", 60)]),
    ("Xã tiếp nhận 55 hồ sơ (năm mươi hai trực tiếp).", [("55 hồ sơ", "received_total", 55)]),
    ("Năm trước hạn chót, xã tiếp nhận 55 hồ sơ.", [("55 hồ sơ", "received_total", 55)]),
    ("Hai trước hạn, ba đúng hạn.", []),
    # the statuses told before their figures: unchanged
    ("Đã giải quyết 60 hồ sơ (trước hạn 40, đúng hạn 20).",
     [("60 hồ sơ", "resolved_total", 60), ("40", "resolved_early", 40), ("20", "resolved_on_time", 20)]),
    # a bare total after "tổng số", its noun named before it in the sentence
    ("Riêng các hồ sơ thuộc thẩm quyền của xã, có tổng số 1.530, với 1.400 hồ sơ được giải quyết đúng hạn.",
     [("1.530", "received_total", 1530), ("1.400 hồ sơ", "resolved_on_time", 1400)]),
    ("Về phản ánh, kiến nghị của người dân, tổng số 14, đã xử lý 12.",
     [("14", "feedback_received", 14), ("12", "feedback_handled", 12)]),
    ("Các hồ sơ quá hạn, tổng cộng 14, thuộc lĩnh vực đất đai.", [("14", "resolved_late", 14)]),
    # negative: no counted noun before, a numbered thing, procedures (no keyword reads their total)
    ("Xã có 20 cán bộ, tổng số 14.", []),
    ("Kinh phí cấp cho xã, tổng số 140, chi 120.", []),
    ("Hồ sơ lưu tại phòng số 14.", []),
    ("Thủ tục hành chính của xã, tổng số 120.", []),
    # "đã giải" cut short right before its figure
    ("Qua đó, đã giải 8.864 hồ sơ (giải quyết đúng hạn 8.061 hồ sơ).",
     [("8.864 hồ sơ", "resolved_total", 8864), ("8.061 hồ sơ", "resolved_on_time", 8061)]),
    ("Xã đã giải hơn 320 hồ sơ.", [("320 hồ sơ", "resolved_total", 320)]),
    # negative: "giải ngân" (disbursing) is no resolving
    ("Huyện đã giải ngân 300 triệu đồng cho 12 hồ sơ.", [("12 hồ sơ", "other", 12)]),
    # the most of a field: what came in
    ("Đất đai tiếp tục là lĩnh vực có số lượng phản ánh cao nhất với hơn 1.200 trường hợp, chiếm gần một nửa.",
     [("1.200 trường hợp", "feedback_received", 1200)]),
    ("Đất đai là lĩnh vực có số hồ sơ nhiều nhất với 1.200 hồ sơ.", [("1.200 hồ sơ", "received_total", 1200)]),
    # negative: a status named before the superlative keeps its key
    ("Đất đai là lĩnh vực có số hồ sơ quá hạn cao nhất với 50 hồ sơ.", [("50 hồ sơ", "resolved_late", 50)]),
    # a late key of its own after a pending count: a sibling item, finished late
    ("Số hồ sơ đã giải quyết là: 9.600 hồ sơ; trong đó trả đúng hạn là: 9.400 hồ sơ, số hồ sơ đang giải quyết là: "
     "150 hồ sơ, số hồ sơ quá hạn là: 50 hồ sơ.",
     [("9.600 hồ sơ", "resolved_total", 9600), ("9.400 hồ sơ", "resolved_on_time", 9400),
      ("150 hồ sơ", "pending_total", 150), ("50 hồ sơ", "resolved_late", 50)]),
    ("Đang giải quyết 72 hồ sơ; số lượng hồ sơ quá hạn là 3 hồ sơ.",
     [("72 hồ sơ", "pending_total", 72), ("3 hồ sơ", "resolved_late", 3)]),
    # negative: parts of the pending ones
    ("Đang giải quyết 72 hồ sơ, có 50 hồ sơ chưa đến hạn và 22 hồ sơ đã quá hạn.",
     [("72 hồ sơ", "pending_total", 72), ("50 hồ sơ", "pending_in_time", 50), ("22 hồ sơ", "pending_late", 22)]),
    ("Đang giải quyết 72 hồ sơ, trong đó số hồ sơ quá hạn là 22 hồ sơ.",
     [("72 hồ sơ", "pending_total", 72), ("22 hồ sơ", "pending_late", 22)]),
    ("Đang giải quyết 72 hồ sơ, quá hạn 22 hồ sơ.", [("72 hồ sơ", "pending_total", 72), ("22 hồ sơ", "pending_late", 22)]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_counts(text: str, expected: list[tuple]) -> None:
    assert count_rows(text, "text", "metric", "value") == expected


STILL = [
    # the subject words of figures.toml [count_still]: a place, a unit, a field, after a lead or a committee
    ("Xã Bình An còn 5 hồ sơ quá hạn.", True),
    ("Riêng, các phường còn 5 hồ sơ quá hạn.", True),
    ("Ủy ban nhân dân huyện còn 5 hồ sơ quá hạn.", True),
    ("Lĩnh vực đất đai còn 5 hồ sơ quá hạn.", True),
    ("Toàn tỉnh còn 5 hồ sơ quá hạn.", True),
    ("Sở Tư pháp còn 5 hồ sơ quá hạn.", True),
    # negative: no subject of that kind, a figure before
    ("Số hồ sơ quá hạn còn 5 hồ sơ.", False),
    ("Người dân còn 5 hồ sơ quá hạn.", False),
    ("Tiếp nhận 20 hồ sơ, còn 5 hồ sơ quá hạn.", False),
]


@pytest.mark.parametrize(("text", "still"), STILL)
def test_subject_still(text: str, still: bool) -> None:
    from extract.document import Document, Source
    from extract.extractors.figure_page import read_page

    page: Page = read_page(Document(text, Source("t.txt", "0" * 64, "txt")))
    assert _subject_still(page, text.index(" 5 ") + 1) is still
