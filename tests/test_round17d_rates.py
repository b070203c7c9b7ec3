"""Round 17 wave 4 (rates, periods): a table's rate cells read with one grid per table (linear in its rows); two whole
dates joined by a dash, a tilde or ``đến`` without ``từ`` or a label are a window (``(Số liệu: 01/12/2025 – 30/5/2026)``);
the fee as the subject of an online payment (``Phí, lệ phí nộp trực tuyến: …``) or the base of its fraction (``150/180
HS có phí``); a dossier rate whose own words name dossiers is no feedback rate, nor is one under a new heading after a
feedback section; an adverb before the verb of a share after its count (``…, chỉ chiếm 5%``); a share of points (``…
70% số điểm tối đa``) is no rate; a yearless period after a cited document and a comma opening with ``từ`` is the
sentence's (the name has ended).

Made-up sentences; positive cases and the readings that must not change.
"""

from __future__ import annotations

import time

import pytest

from extract.extractors.indicators import IndicatorExtractor, table_rates
from extract.extractors.periods import PeriodExtractor
from extract.readers.txt import read_txt
from tests.helpers import COMMUNE, TXT_SOURCE, extracted, report_opening

HALF = report_opening("XÃ BÌNH AN", "6 tháng đầu năm 2026")
NEWS_Q3 = "Tỉnh B: Quý III/2019, gần 97% hồ sơ được giải quyết đúng hạn\n\n"


def test_table_rate_rows_linear() -> None:
    """A table of thousands of rows with two rate columns: one grid per table for the row labels (was one grid per
    row: quadratic). Generous bound."""
    rows = "\n".join(f"| {i} | Lĩnh vực y{i} | {i} | 97,5 | 2,5 |" for i in range(3000))
    text = (COMMUNE + "| STT | Lĩnh vực | Tiếp nhận | Tỷ lệ đúng hạn (%) | Tỷ lệ quá hạn (%) |\n|---|---|---|---|---|\n"
            + rows + "\n")
    document = read_txt(text.encode("utf-8"), TXT_SOURCE)
    t = time.perf_counter()
    got = list(table_rates(document))
    assert time.perf_counter() - t < 10
    assert len(got) == 6000 and got[0].metric == "on_time_rate" and got[1].metric == "late_rate"


def periods(opening: str, sentence: str) -> list[tuple[str, str, str]]:
    return [(f.text, str(f.start_date), str(f.end_date)) for f in extracted(opening + sentence + "\n", PeriodExtractor)
            if f.start >= len(opening)]


WINDOW = ("2025-12-01", "2026-05-30")
# (sentence, expected periods after the opening)
PERIOD_CASES = [
    # 1. two whole dates joined without "từ" or a label of the window: every dash, a tilde, "đến", spaces or none
    ("(Thời gian lấy số liệu: 01/12/2025 – 30/5/2026)", [("01/12/2025 – 30/5/2026", *WINDOW)]),
    ("(Số liệu tổng hợp: 01/12/2025 — 30/5/2026)", [("01/12/2025 — 30/5/2026", *WINDOW)]),
    ("Số liệu tính toán 01/12/2025-30/5/2026.", [("01/12/2025-30/5/2026", *WINDOW)]),
    ("Số liệu tính toán 01/12/2025 - 30/5/2026.", [("01/12/2025 - 30/5/2026", *WINDOW)]),
    ("Dữ liệu lấy trong khoảng 01/12/2025 ~ 30/5/2026.", [("01/12/2025 ~ 30/5/2026", *WINDOW)]),
    ("Dữ liệu lấy trong khoảng 01/12/2025 đến 30/5/2026.", [("01/12/2025 đến 30/5/2026", *WINDOW)]),
    ("Số liệu: ngày 01/12/2025 – ngày 30/5/2026.", [("ngày 01/12/2025 – ngày 30/5/2026", *WINDOW)]),
    ("Số liệu: 01 tháng 12 năm 2025 - 30 tháng 5 năm 2026.", [("01 tháng 12 năm 2025 - 30 tháng 5 năm 2026", *WINDOW)]),
    # with "từ" as before: the span opens at "từ"
    ("Số liệu từ 01/12/2025 – 30/5/2026.", [("từ 01/12/2025 – 30/5/2026", *WINDOW)]),
    # negative: an anniversary's dates (longer than a year), dates running backwards, a date then a day and month
    ("Kỷ niệm 80 năm (19/8/1945 - 19/8/2025).", []),
    ("Văn bản ngày 30/5/2026 - 01/12/2025.", []),
    ("Văn bản ngày 01/12/2025 - 30/5 đã ban hành.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), PERIOD_CASES)
def test_dated_ranges(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert periods(HALF, sentence) == expected


QUARTER_CASES = [
    # 6. a yearless period after a cited document and its issuer, a comma and "từ"/"kể từ": the sentence's own
    ("Theo Chỉ thị số 05/CT-UBND ngày 12/7/2019 của Chủ tịch UBND tỉnh, từ quý IV các sở phải báo cáo.",
     [("quý IV", "2019-10-01", "2019-12-31")]),
    ("Thực hiện Kế hoạch số 31/KH-UBND ngày 02/8/2019, kể từ quý IV các xã phải giải trình.",
     [("quý IV", "2019-10-01", "2019-12-31")]),
    ("Theo Kế hoạch số 31/KH-UBND ngày 02/8/2019, trong quý IV các xã phải giải trình.",
     [("quý IV", "2019-10-01", "2019-12-31")]),
    # negative: the plan's name holds the quarter (no comma)
    ("Theo Kế hoạch kiểm tra từ quý IV, các xã phải giải trình.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), QUARTER_CASES)
def test_yearless_period_after_a_citation(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert periods(NEWS_Q3, sentence) == expected


def rates(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.metric) for f in extracted(COMMUNE + text + "\n", IndicatorExtractor)]


PAKN = "II. PHẢN ÁNH, KIẾN NGHỊ\nTrong kỳ tiếp nhận 05 phản ánh, kiến nghị, đã xử lý 05.\n\n"
RATE_CASES = [
    # 2. the fee as the subject of the paying, online or through a portal: the online payment rate
    ("- Phí, lệ phí nộp trực tuyến: 150/180 HS có phí = 83,33%", [("83,33%", "online_payment_rate")]),
    ("Lệ phí được nộp trực tuyến đạt 83,3%.", [("83,3%", "online_payment_rate")]),
    ("Phí, lệ phí đã thanh toán qua Cổng dịch vụ công: 83,3%.", [("83,3%", "online_payment_rate")]),
    ("Nghĩa vụ tài chính được nộp trực tuyến 150 hồ sơ, đạt 83,3%.", [("83,3%", "online_payment_rate")]),
    # the fee named as the fraction's base: online over the dossiers with a fee
    ("- Nộp trực tuyến: 150/180 HS có phí = 83,33%.", [("83,33%", "online_payment_rate")]),
    ("- Hồ sơ nộp trực tuyến 150/180 hồ sơ phải nộp phí, lệ phí (83,33%).", [("83,33%", "online_payment_rate")]),
    # negative: the dossiers filed online stay the online rate
    ("- Nộp trực tuyến: 150/180 hồ sơ = 83,33%.", [("83,33%", "online_submission_rate")]),
    ("Đã xử lý 06/06 phản ánh, kiến nghị, đạt 100%.", [("100%", "feedback_handled_rate")]),
    ("Hồ sơ nộp trực tuyến: 150/180 HS = 83,33%.", [("83,33%", "online_submission_rate")]),
    ("Tỷ lệ nộp hồ sơ trực tuyến đạt 83,3%.", [("83,3%", "online_submission_rate")]),
    # 3. a dossier rate after a feedback section: its own words (dossiers), or a new heading between, win
    (PAKN + "III. NHIỆM VỤ NĂM 2026\n- Phấn đấu 100% hồ sơ được giải quyết đúng hạn;", [("100%", "on_time_rate")]),
    (PAKN + "III. NHIỆM VỤ NĂM 2026\n- Phấn đấu tỷ lệ giải quyết đúng hạn đạt 100%;", [("100%", "on_time_rate")]),
    ("Tiếp nhận 05 phản ánh, kiến nghị; 100% hồ sơ được giải quyết đúng hạn.", [("100%", "on_time_rate")]),
    # negative: the feedback rate right after the feedback count, naming no dossier
    ("Tiếp nhận 05 phản ánh, kiến nghị, đã xử lý 05, tỷ lệ xử lý đúng hạn đạt 100%.",
     [("100%", "feedback_handled_rate")]),
    ("Tiếp nhận 05 phản ánh, kiến nghị, đã xử lý 05. Tỷ lệ giải quyết đúng hạn 100%.",
     [("100%", "feedback_handled_rate")]),
    ("Tiếp nhận 05 phản ánh, kiến nghị; 100% được giải quyết đúng hạn.", [("100%", "feedback_handled_rate")]),
    # 4. an adverb before the verb of a share after its count
    ("Số hồ sơ nộp qua dịch vụ công trực tuyến mức độ 3, 4 là 4.210 hồ sơ, chỉ chiếm 6,2%.",
     [("6,2%", "online_submission_rate")]),
    ("Số hồ sơ nộp trực tuyến là 4.210 hồ sơ, mới đạt 6,2%.", [("6,2%", "online_submission_rate")]),
    ("Đã giải quyết 210 hồ sơ trễ hạn, vẫn chiếm 6,2%.", [("6,2%", "late_rate")]),
    ("Số hồ sơ nộp trực tuyến 4.210 hồ sơ, chỉ bằng 6,2%.", [("6,2%", "online_submission_rate")]),
    # 5. a share of points is no rate of the thing scored
    ("Điểm số hóa mới đạt khoảng 68% số điểm tối đa.", [("68%", "other")]),
    ("Chỉ số số hóa đạt 68% điểm tối đa.", [("68%", "other")]),
    ("Điểm thanh toán trực tuyến đạt 68% tổng điểm.", [("68%", "other")]),
    # negative: the rate itself, or a share of dossiers
    ("Tỷ lệ số hóa mới đạt khoảng 68%.", [("68%", "digitization_rate")]),
    ("Tỷ lệ số hóa hồ sơ đạt 68% số hồ sơ.", [("68%", "digitization_rate")]),
]


@pytest.mark.parametrize(("text", "expected"), RATE_CASES)
def test_rate_metrics(text: str, expected: list[tuple[str, str]]) -> None:
    assert rates(text) == expected
