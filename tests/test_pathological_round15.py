"""Round 15 patterns on pathological inputs: a long run of spaces, of repeated words or of figures in one sentence.

Each case was slow (seconds, growing with the square of the run) before its pattern read a run once: a gap's spaces
taken whole (a possessive ``[^\\S\\n]*+`` where an optional comma stood between two runs of spaces), a repeat bounded,
a look-back found by a reverse search or a bisect instead of a scan from the sentence's start. Each test asserts only
that extraction completes with the few facts the text tells; time is for the benchmarks (a quadratic case makes the
suite slow, which ``pytest --durations`` shows). The runs of figures are kept to 1,500-2,000 items, so that each
test takes well under a second: a text that long still costs some seconds more when a look-back scans the sentence.
"""

from __future__ import annotations

import pytest

from extract.extractors.indicators import IndicatorExtractor
from extract.extractors.metadata_header import _DEPARTMENT, header_department
from extract.extractors.periods import PeriodExtractor
from tests.helpers import count_rows, fact_rows

SPACES = " " * 20_000
CENTRE = "Trung tâm Hành chính công huyện đã tiếp nhận 120 hồ sơ.\n"

CASES = [
    # figure_blocks.JOINT_LEVELS_RE: levels named together as a subject, a run of them with no verb after
    ("joint_levels", CENTRE + "cấp xã, " * 4000 + "\n", [("received_total", 120)]),
    ("joint_levels_spaces", CENTRE + "Cấp xã" + SPACES + "x\n", [("received_total", 120)]),
    # figure_family.HANDLED_AFTER_RE: spaces between a count and a verb of handling
    ("handled_after", "Tiếp nhận 05 hồ sơ" + SPACES + "12\n", [("received_total", 5)]),
    ("handled_after_verb", "Tiếp nhận 05 phản ánh" + SPACES + ", đã xử lý 03\n",
     [("feedback_received", 5), ("feedback_handled", 3)]),
    # figure_elided.PAIR_GAP_RE: spaces between the two items of a pair of levels of service
    ("pair_gap", "Tỉnh cung cấp 120 thủ tục trực tuyến toàn trình" + SPACES + "hoặc 35 một phần.\n",
     [("procedures_online_full", 120)]),
    # figure_count_parts.SIBLING_KEY_RE: spaces between a pending count and its sibling's key
    ("sibling_key", "Đang giải quyết 9 hồ sơ" + SPACES + "quá hạn là: 2 hồ sơ.\n",
     [("pending_total", 9), ("pending_late", 2)]),
    # figure_scope.SERVICE_LEVEL_AFTER_RE: spaces after a dossier count (its look-behind once, not per space)
    ("service_level", "Tiếp nhận 12 hồ sơ" + SPACES + "x.\n", [("received_total", 12)]),
    # figure_scan's unit words (spaces before them) and its unit "phiếu" (spaces after it, before any feedback noun)
    ("phieu", "Tiếp nhận 12 phiếu" + SPACES + "x.\n", [("received_total", 12)]),
    ("phieu_comma", "Tiếp nhận 12 phiếu xử lý" + SPACES + ", x.\n", [("received_total", 12)]),
    # figure_family.RUN_JOIN: spaces between two numbers that make no run
    ("run_join", "Tiếp nhận 12" + SPACES + "13 hồ sơ.\n", [("received_total", 12)]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_runs_are_read_once(text: str, expected: list[tuple]) -> None:
    assert [r for r in count_rows(text, "metric", "value") if r[0] != "other"] == expected


def test_many_totals_after_their_noun() -> None:
    # figure_elided.total_count: each "tổng số N" finds the noun nearest before it, not every noun of the sentence
    rows = count_rows("Các hồ sơ, tổng số 12, " * 2000, "metric", "value")
    assert len(rows) == 2000
    assert set(rows) == {("received_total", 12)}


def test_many_feedback_counts_after_dossiers() -> None:
    # figure_family._dossiers_handled: the dossier count opening the sentence found by a bisect, not a scan
    text = "Tiếp nhận 120 hồ sơ và 3 phản ánh, đã giải quyết 118, " + "tiếp nhận 3 phản ánh, đã xử lý 5, " * 2000
    rows = count_rows(text, "metric", "value")
    assert rows[:3] == [("received_total", 120), ("feedback_received", 3), ("resolved_total", 118)]
    assert len(rows) == 3 + 2 * 2000


def test_many_shares_of_a_base() -> None:
    # figure_rate_base: the cues of a share's base read by index, not by copying every cue after it
    rows = fact_rows("Tiếp nhận 120 hồ sơ, chiếm 10% số hồ sơ đã giải quyết, " * 1500, IndicatorExtractor, "value")
    assert len(rows) == 1500


def test_many_fronted_eras() -> None:
    # periods.iter_candidate_periods: the eras before each period taken by index, not popped off the list's head
    rows = fact_rows("; giai đoạn 2022 - 2025, mỗi năm tăng 20%" * 1500, PeriodExtractor, "label")
    assert len(rows) == 1500
    assert set(rows) == {("range",)}


def test_department_name_before_a_run_of_spaces() -> None:
    # metadata_header._DEPARTMENT: a name never ends in a space, so the rest of its line is read once (the header
    # reader's view of a header turns a wide gap into a column break; the pattern is tried here on the raw line)
    assert _DEPARTMENT.search("SỞ NỘI VỤ" + SPACES + "y\n") is None
    assert _DEPARTMENT.search("SỞ NỘI VỤ" + SPACES + "\n").group("name") == "NỘI VỤ"
    assert header_department("SỞ NỘI VỤ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n") == "Sở Nội vụ"
    assert header_department("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG" + " " * 200 + "\n") == "Sở Tài nguyên và Môi trường"
