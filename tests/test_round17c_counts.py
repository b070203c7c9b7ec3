"""Round 17 wave 3 (counts): a table's row labels read with one grid per table (a slash table of thousands of rows in
linear time); a running total's window told as month/year (``từ tháng 1/2026``, ``từ 7/2025 đến 6/2026``); the
handing-over words in figures.toml; the abbreviations a writer uses for the verbs of a count (``Đã GQ``, ``Đang GQ``,
``đã XL``, ``HS TN``); a figure of an earlier period (``- Cùng kỳ năm 2025: 07 PAKN``) counts what the count it is
compared with counts; the count's own predicate after the comma closing it (``số còn lại, 1.253 hồ sơ, được nộp trực
tiếp``); a received count that a later clause adds to the carried-over count to make the total is the period's intake.

Made-up sentences; positive cases and the readings that must not change.
"""

from __future__ import annotations

import time

import pytest

from extract.extractors.figure_count_running import _dates_only
from tests.helpers import COMMUNE, count_rows

# (opening, text, expected counts as (text, metric))
CASES = [
    # 1. a running total whose window is told as month/year, or from one month/year to another
    (COMMUNE, "Trong tháng tiếp nhận 320 hồ sơ. Cộng dồn từ tháng 1/2026 đạt 1.480 hồ sơ.",
     [("320 hồ sơ", "received_total"), ("1.480 hồ sơ", "received_total")]),
    (COMMUNE, "Trong quý đã giải quyết 410 hồ sơ. Lũy kế từ 7/2025 đến 6/2026 là 2.050 hồ sơ.",
     [("410 hồ sơ", "resolved_total"), ("2.050 hồ sơ", "resolved_total")]),
    (COMMUNE, "Trong tháng tiếp nhận 320 hồ sơ. Lũy kế từ ngày 01/7/2025 đến nay là 1.480 hồ sơ.",
     [("320 hồ sơ", "received_total"), ("1.480 hồ sơ", "received_total")]),
    # negative: another number in the window is no date: the running word has no clean reach to the figure
    (COMMUNE, "Trong tháng tiếp nhận 320 hồ sơ. Lũy kế 14 đơn vị là 1.480 hồ sơ.",
     [("320 hồ sơ", "received_total"), ("1.480 hồ sơ", "other")]),
    # 2. dossiers handed over by former units (the words now in figures.toml): unchanged readings
    (COMMUNE, "Xã tiếp nhận 500 hồ sơ, trong đó có 27 hồ sơ do các xã cũ chuyển giao khi sắp xếp đơn vị hành chính.",
     [("500 hồ sơ", "received_total"), ("27 hồ sơ", "carried_over")]),
    (COMMUNE, "Trong kỳ, xã đã nhận bàn giao 40 hồ sơ từ UBND các xã cũ.", [("40 hồ sơ", "carried_over")]),
    (COMMUNE, "Có 18 hồ sơ được nhận lại từ các xã cũ; 12 hồ sơ đều được tiếp nhận lại từ xã cũ.",
     [("18 hồ sơ", "carried_over"), ("12 hồ sơ", "carried_over")]),
    # negative: sent on to another office, interlinked, a breakdown opened after the unit word
    (COMMUNE, "Xã đã chuyển giao 15 hồ sơ cho Chi nhánh Văn phòng đăng ký đất đai.", [("15 hồ sơ", "other")]),
    (COMMUNE, "Tiếp nhận 60 hồ sơ liên thông chuyển giao từ Công an xã cũ.", [("60 hồ sơ", "interlinked")]),
    (COMMUNE, "Tiếp nhận 2.300 hồ sơ (kỳ trước chuyển sang 64 hồ sơ).",
     [("2.300 hồ sơ", "received_total"), ("64 hồ sơ", "carried_over")]),
    # 3. the abbreviations of the verbs, in labels and prose
    (COMMUNE, "- Tổng số HS TN: 950 HS\n- Đã GQ: 900 HS\n  + Trước hạn: 600 HS\n"
              "- Đang GQ: 50 HS (trong hạn 48; quá hạn 2)",
     [("950 HS", "received_total"), ("900 HS", "resolved_total"), ("600 HS", "resolved_early"),
      ("50 HS", "pending_total"), ("48", "pending_in_time"), ("2", "pending_late")]),
    (COMMUNE, "Tiếp nhận 05 PAKN qua đường dây nóng, đã GQ 04, đang XL 01.",
     [("05 PAKN", "feedback_received"), ("04", "feedback_handled"), ("01", "other")]),
    (COMMUNE, "Trong tháng đã TN 210 hồ sơ, đã XL xong 200 hồ sơ, GQ đúng hạn 195 hồ sơ; TN mới 180 hồ sơ.",
     [("210 hồ sơ", "received_total"), ("200 hồ sơ", "resolved_total"), ("195 hồ sơ", "resolved_on_time"),
      ("180 hồ sơ", "received_in_period")]),
    # negative: TN as another word's abbreviation (thanh niên, tài nguyên) names no verb
    (COMMUNE, "Đoàn TN xã có 30 hồ sơ đăng ký tham gia.", [("30 hồ sơ", "other")]),
    # 4. a figure of an earlier period: a label opening its line, a bracket, a clause
    (COMMUNE, "IV. PHẢN ÁNH, KIẾN NGHỊ\n- Tiếp nhận 03 PAKN, đã xử lý 03.\n- Cùng kỳ năm 2025: 06 PAKN.",
     [("03 PAKN", "feedback_received"), ("03", "feedback_handled"), ("06 PAKN", "feedback_received")]),
    (COMMUNE, "- Đang giải quyết: 14 hồ sơ\n- Cùng kỳ năm trước: 20 hồ sơ",
     [("14 hồ sơ", "pending_total"), ("20 hồ sơ", "pending_total")]),
    (COMMUNE, "Đã giải quyết 460 hồ sơ (cùng kỳ năm trước: 410 hồ sơ); tiếp nhận 500 hồ sơ, cùng kỳ năm ngoái là "
              "450 hồ sơ.",
     [("460 hồ sơ", "resolved_total"), ("410 hồ sơ", "resolved_total"), ("500 hồ sơ", "received_total"),
      ("450 hồ sơ", "received_total")]),
    # negative: a change against the earlier period stays other; the period's own cue wins
    (COMMUNE, "Tiếp nhận 500 hồ sơ, tăng 50 hồ sơ so với cùng kỳ năm 2025.",
     [("500 hồ sơ", "received_total"), ("50 hồ sơ", "other")]),
    (COMMUNE, "- Tiếp nhận 500 hồ sơ.\n- Cùng kỳ năm 2025 đã giải quyết 420 hồ sơ.",
     [("500 hồ sơ", "received_total"), ("420 hồ sơ", "resolved_total")]),
    # 5. the count's own predicate after the comma that closes it
    (COMMUNE, "Trong số hồ sơ tiếp nhận, có 700 hồ sơ nộp qua Cổng Dịch vụ công, chiếm 70%; số còn lại, 300 hồ sơ, "
              "được nộp trực tiếp tại Bộ phận một cửa.",
     [("700 hồ sơ", "received_online"), ("300 hồ sơ", "received_direct")]),
    (COMMUNE, "Tiếp nhận 900 hồ sơ, trong đó 600 hồ sơ nộp trực tuyến; phần còn lại, 300 hồ sơ, đều được tiếp nhận "
              "trực tiếp.",
     [("900 hồ sơ", "received_total"), ("600 hồ sơ", "received_online"), ("300 hồ sơ", "received_direct")]),
    # negative: a predicate leading a figure of its own (a rate) is that figure's
    (COMMUNE, "- Lĩnh vực đất đai: 300 hồ sơ, được giải quyết đúng hạn 100%.", [("300 hồ sơ", "received_total")]),
    # 6. received + carried over = the total to handle: the received count is the period's intake
    (COMMUNE, "Việc tiếp nhận hồ sơ trong kỳ là 4.100 hồ sơ, tăng 5% so với cùng kỳ; cộng với 80 hồ sơ của kỳ trước "
              "chuyển sang, tổng số hồ sơ phải giải quyết là 4.180 hồ sơ.",
     [("4.100 hồ sơ", "received_in_period"), ("80 hồ sơ", "carried_over"), ("4.180 hồ sơ", "received_total")]),
    (COMMUNE, "Kỳ trước chuyển sang 80 hồ sơ, tiếp nhận 4.100 hồ sơ, tổng số hồ sơ phải giải quyết là 4.180 hồ sơ.",
     [("80 hồ sơ", "carried_over"), ("4.100 hồ sơ", "received_in_period"), ("4.180 hồ sơ", "received_total")]),
    # negative: the sum does not hold; the total in another sentence
    (COMMUNE, "Tiếp nhận 4.100 hồ sơ, kỳ trước chuyển sang 80 hồ sơ, tổng số hồ sơ phải giải quyết là 4.300 hồ sơ.",
     [("4.100 hồ sơ", "received_total"), ("80 hồ sơ", "carried_over"), ("4.300 hồ sơ", "received_total")]),
    (COMMUNE, "Tiếp nhận 4.100 hồ sơ. Kỳ trước chuyển sang 80 hồ sơ, tổng số hồ sơ phải giải quyết là 4.180 hồ sơ.",
     [("4.100 hồ sơ", "received_total"), ("80 hồ sơ", "carried_over"), ("4.180 hồ sơ", "received_total")]),
]


@pytest.mark.parametrize(("opening", "text", "expected"), CASES, ids=[c[1][:60] for c in CASES])
def test_round17c_counts(opening: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert count_rows(opening + text, "text", "metric") == expected


@pytest.mark.parametrize(("gap", "dates"), [
    (" từ tháng 1/2026 đạt ", True), (" từ 7/2025 đến 6/2026 là ", True), (" từ ngày 01/7/2025 đến nay là ", True),
    (" từ đầu năm 2026: ", True), (" từ ngày 15/12 là ", True),
    (" 14 đơn vị là ", False), (" của 1/20 xã là ", False), (" 12345 là ", False),
])
def test_running_window_dates(gap: str, dates: bool) -> None:
    assert _dates_only(gap) is dates


def test_slash_table_rows_linear() -> None:
    """A slash table of thousands of rows read from plain text: one grid per table, each row's label stopped at the
    next row (was quadratic: one grid and a scan of every later row per row). Generous bound."""
    rows = "\n".join(f"- Lĩnh vực x: {i} / {i}" for i in range(3000))
    text = COMMUNE + "II. THEO LĨNH VỰC (hồ sơ nhận / đã trả)\n" + rows + "\n"
    t = time.perf_counter()
    count_rows(text, "text")
    assert time.perf_counter() - t < 20
