"""Round 15c (counts): a status in a parenthesis right after a pending count ("đang giải quyết 500 HS (còn trong
thời hạn)"); a sentence opened by its parts' words ("Trong số này, có …", "Trong đó, …") shares out the count the
sentence before ended on; a return of dossiers joined to the applicant ("trả lại hồ sơ và người …") is the combined
figure; a goal set ("đề ra mục tiêu … duy trì 30 dịch vụ công") is no count of now.

Made-up sentences; positive cases and the readings that must not change.
"""

from __future__ import annotations

import pytest

from tests.helpers import count_rows

ROWS = [
    # a status alone in a parenthesis after a pending count qualifies it
    ("Trung tâm đang giải quyết 500 HS (còn trong thời hạn giải quyết).",
     [("500 HS", "pending_in_time", None)]),
    ("Xã đang giải quyết 48 hồ sơ (trong hạn).", [("48 hồ sơ", "pending_in_time", None)]),
    ("Phường đang giải quyết 7 hồ sơ (quá hạn).", [("7 hồ sơ", "pending_late", None)]),
    # negative: a parenthesis with figures of its own is a breakdown, the total stays
    ("Xã đang giải quyết 50 hồ sơ (trong đó trong hạn 40 hồ sơ).",
     [("50 hồ sơ", "pending_total", None), ("40 hồ sơ", "pending_in_time", None)]),
    # negative: a field in the parenthesis is a scope, no status
    ("Xã đang giải quyết 50 hồ sơ (lĩnh vực đất đai).", [("50 hồ sơ", "pending_total", "đất đai")]),
    # a sentence opened by the words of a breakdown: the scoped parts share out the count before
    ("Năm 2023, toàn huyện tiếp nhận 900 phản ánh, kiến nghị.\n\nTrong số này, có 100 phản ánh, kiến nghị về "
     "quy định hành chính; 800 phản ánh, kiến nghị về hành vi hành chính.",
     [("900 phản ánh, kiến nghị", "feedback_received", None),
      ("100 phản ánh, kiến nghị", "feedback_received", "quy định hành chính"),
      ("800 phản ánh, kiến nghị", "feedback_received", "hành vi hành chính")]),
    ("Xã tiếp nhận 900 hồ sơ. Đã giải quyết 800 hồ sơ trong năm. Trong đó, 100 hồ sơ thuộc lĩnh vực đất đai.",
     [("900 hồ sơ", "received_total", None), ("800 hồ sơ", "resolved_total", None),
      ("100 hồ sơ", "resolved_total", "đất đai")]),
    ("Huyện đã giải quyết 640 hồ sơ. Trong số đó có 120 hồ sơ lĩnh vực hộ tịch.",
     [("640 hồ sơ", "resolved_total", None), ("120 hồ sơ", "resolved_total", "hộ tịch")]),
    # negative: no parts' words opening the sentence: the sub-unit's default (what it received)
    ("Huyện đã giải quyết 640 hồ sơ. Lĩnh vực hộ tịch có 120 hồ sơ.",
     [("640 hồ sơ", "resolved_total", None), ("120 hồ sơ", "received_total", "hộ tịch")]),
    # negative: a part with a status of its own keeps it
    ("Xã tiếp nhận 900 phản ánh, kiến nghị. Trong số này, có 100 phản ánh, kiến nghị chưa được xử lý.",
     [("900 phản ánh, kiến nghị", "feedback_received", None), ("100 phản ánh, kiến nghị", "other", None)]),
    # a return joined to what the applicant did, the rest of the sentence cut off
    ("Có 320 hồ sơ (chiếm 2,4%) các cơ quan thụ lý trả lại hồ sơ và người ",
     [("320 hồ sơ", "rejected_or_withdrawn", None)]),
    ("Có 46 hồ sơ các cơ quan trả lại hồ sơ và người nộp đề nghị rút hồ sơ.",
     [("46 hồ sơ", "rejected_or_withdrawn", None)]),
    # negative: a return alone
    ("Có 46 hồ sơ (chiếm 3,3%) bị trả lại.", [("46 hồ sơ", "rejected", None)]),
    ("Trong kỳ có 58 hồ sơ các cơ quan trả lại hồ sơ cho công dân.", [("58 hồ sơ", "rejected", None)]),
    # a goal set is no count of now
    ("Kế hoạch đề ra mục tiêu cụ thể đến năm 2026 là duy trì hiệu quả của 30 dịch vụ công toàn trình đã có.",
     [("30 dịch vụ công", "other", None)]),
    ("Chương trình đặt mục tiêu đến năm 2027 là cung cấp 45 dịch vụ công trực tuyến toàn trình.",
     [("45 dịch vụ công trực tuyến", "other", None)]),
    # negative: a goal met is a count of now
    ("Tỉnh đã hoàn thành mục tiêu, cung cấp 30 dịch vụ công toàn trình.",
     [("30 dịch vụ công", "procedures_online_full", None)]),
    ("Huyện đạt mục tiêu đề ra với 1.200 hồ sơ giải quyết đúng hạn.",
     [("1.200 hồ sơ", "resolved_on_time", None)]),
]


@pytest.mark.parametrize(("text", "want"), ROWS)
def test_count_rows(text: str, want: list[tuple[str, str, str | None]]) -> None:
    assert count_rows(text, "text", "metric", "scope") == want


def test_status_paren_after_a_key_keeps_the_total() -> None:
    # negative: a list line's key with a colon names the total; its bracket only remarks on it
    text = "- Lĩnh vực Hộ tịch:\n+ Đã giải quyết: 30 hồ sơ;\n+ Đang giải quyết: 12 hồ sơ (trong hạn).\n"
    assert ("12 hồ sơ", "pending_total") in count_rows(text, "text", "metric")
