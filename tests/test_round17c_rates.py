"""Round 17 wave 3, INDICATORS and PERIODS (made-up sentences, positive and negative).

- ``GQ`` is ``giải quyết`` in the rate cues too (``Tiếp nhận 05 PAKN, đã GQ 05, tỷ lệ 100%``: the feedback handled).
- A count filed through a portal named in full (figure_rate_shares.past_channel_name) (``… được nộp qua Cổng Dịch vụ công quốc gia, chiếm 75%``, ``… qua Cổng
  DVC tỉnh Đồng Nai``), through the system of the procedures (``nộp qua Hệ thống thông tin giải quyết TTHC``) or the
  network gives the online rate; ``tiếp nhận qua`` the system stays no channel.
- A share of ``tổng số hồ sơ phải giải quyết`` (the dossiers to handle) is the resolved rate, no part of the
  resolved ones.
- An apology earlier in the sentence leaves a rate told after it with its own ``tỷ lệ`` alone.
- A range's sides around a longer remark in brackets with no figure in it (``từ ngày … (ngày phường chính thức đi vào
  hoạt động …) đến ngày …``).
- Review: a target's metric rate is looked for from the rates before its words only (no walk from the document's
  last rate on every target); the fully online words and the words between a rate's cue and its figure are data.
"""

from __future__ import annotations

import datetime as dt

import pytest

from extract.document import Document, Source
from extract.extractors import figure_rate_targets
from extract.extractors.figure_cues import load_raw
from extract.extractors.figure_rate_status import CUE_GAP, FULL_ONLINE_THING
from extract.extractors.indicators import IndicatorExtractor
from extract.extractors.periods import PeriodExtractor
from extract.extractors.references import ReferenceExtractor
from extract.registry import Context
from normalize.text import fold
from tests.helpers import COMMUNE, fact_rows

RATES: list[tuple[str, str, list[tuple[str, str]]]] = [
    # --- GQ --------------------------------------------------------------------------------------------------------
    ("feedback handled, GQ", "Tiếp nhận 05 phản ánh, kiến nghị, đã GQ 05, tỷ lệ 100%.",
     [("100%", "feedback_handled_rate")]),
    ("PAKN with a bracket, GQ", "IV. PAKN\n- Tiếp nhận 03 PAKN (qua Hệ thống PAKN của tỉnh), đã GQ 03, tỷ lệ 100%.",
     [("100%", "feedback_handled_rate")]),
    ("GQ without đã", "Nhận 08 PAKN, GQ 07, tỷ lệ 87,5%.", [("87,5%", "feedback_handled_rate")]),
    ("dossiers, GQ", "Tiếp nhận 250 hồ sơ, đã GQ 240, tỷ lệ 96%.", [("96%", "resolved_rate")]),
    ("feedback, giải quyết (unchanged)", "Tiếp nhận 05 phản ánh, kiến nghị, đã giải quyết 05, tỷ lệ 100%.",
     [("100%", "feedback_handled_rate")]),
    # --- the channel's name --------------------------------------------------------------------------------------
    ("national portal", "Trong kỳ có 2.140 hồ sơ được nộp qua Cổng Dịch vụ công quốc gia, chiếm 71,2%.",
     [("71,2%", "online_submission_rate")]),
    ("portal in a bracket", "Có 860 hồ sơ nộp qua Cổng Dịch vụ công quốc gia (64%).",
     [("64%", "online_submission_rate")]),
    ("provincial portal named", "Có 860 hồ sơ được nộp qua Cổng DVC tỉnh Hòa Bình, đạt 64%.",
     [("64%", "online_submission_rate")]),
    ("the procedures' system", "Có 1.020 hồ sơ được nộp qua Hệ thống thông tin giải quyết TTHC của tỉnh, chiếm 58%.",
     [("58%", "online_submission_rate")]),
    ("the network", "Có 1.020 hồ sơ được nộp qua môi trường mạng, chiếm 58%.", [("58%", "online_submission_rate")]),
    ("rate named by the system", "Tỷ lệ hồ sơ nộp qua Hệ thống thông tin giải quyết TTHC đạt 77%.",
     [("77%", "online_submission_rate")]),
    ("share before the system", "Có 77% hồ sơ được gửi qua Hệ thống thông tin giải quyết thủ tục hành chính.",
     [("77%", "online_submission_rate")]),
    ("a status after the portal (unchanged)", "Có 900 hồ sơ được nộp qua Cổng Dịch vụ công và được giải quyết "
     "đúng hạn, chiếm 90%.", [("90%", "on_time_rate")]),
    ("received through the system (unchanged)", "Tỷ lệ hồ sơ tiếp nhận qua Hệ thống thông tin giải quyết TTHC "
     "đạt 77%.", [("77%", "other")]),
    ("updated to the system (unchanged)", "Cập nhật 100% hồ sơ lên Hệ thống thông tin giải quyết TTHC.",
     [("100%", "system_update_rate")]),
    # --- the dossiers to handle ----------------------------------------------------------------------------------
    ("resolved over to handle", "Đến cuối kỳ đã có 2.300 hồ sơ được giải quyết xong, đạt 96,1% tổng số hồ sơ phải "
     "giải quyết.", [("96,1%", "resolved_rate")]),
    ("over those to handle, cần", "Đã giải quyết 980 hồ sơ, chiếm 98% tổng số hồ sơ cần giải quyết.",
     [("98%", "resolved_rate")]),
    ("late over to handle (unchanged)", "Có 12 hồ sơ quá hạn, chiếm 2% tổng số hồ sơ phải giải quyết.",
     [("2%", "late_rate")]),
    ("resolved over resolved (unchanged)", "Có 120 hồ sơ đã giải quyết, chiếm 20% tổng số hồ sơ đã giải quyết.",
     [("20%", "other")]),
    ("early over resolved (unchanged)", "Có 120 hồ sơ giải quyết trước hạn, chiếm 20% tổng số hồ sơ đã giải quyết.",
     [("20%", "early_rate")]),
    # --- an apology before a rate of its own ---------------------------------------------------------------------
    ("apology then a goal", "Chủ tịch yêu cầu các xã rà soát hồ sơ, công khai xin lỗi người dân và phấn đấu tỷ lệ hồ "
     "sơ giải quyết đúng hạn đạt tối thiểu 98%.", [("98%", "on_time_rate")]),
    ("apology then a late rate", "Xã đã gửi thư xin lỗi công dân; tỷ lệ trễ hạn 1,2%.", [("1,2%", "late_rate")]),
    ("share of apologies (unchanged)", "Thực hiện xin lỗi đối với các hồ sơ trễ hạn: 1,58%.", [("1,58%", "other")]),
    ("apologies with their rate after (unchanged)", "Số hồ sơ trễ hạn đã được xin lỗi đạt 100%.", [("100%", "other")]),
]


@pytest.mark.parametrize(("name", "text", "expected"), RATES, ids=[r[0] for r in RATES])
def test_rates(name: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert fact_rows(COMMUNE + text, IndicatorExtractor, "text", "metric") == expected


D = dt.date


def periods(text: str) -> list[tuple[str, dt.date, dt.date | None]]:
    """The periods of ``text`` (the references found first, as the pipeline does), in order."""
    ctx = Context(document=Document(text, Source("t.txt", "0" * 64, "txt")))
    ctx.facts["references"] = list(ReferenceExtractor().extract(ctx))
    return [(f.text, f.start_date, f.end_date) for f in PeriodExtractor().extract(ctx)]


LONG_NOTE = "ngày xã chính thức đi vào hoạt động theo mô hình chính quyền địa phương hai cấp sau sắp xếp"
PERIODS: list[tuple[str, str, list[tuple[str, dt.date, dt.date | None]]]] = [
    ("long remark, spelled dates", f"Kỳ báo cáo: từ ngày 01 tháng 7 năm 2025 ({LONG_NOTE}) đến ngày 10 tháng 12 năm "
     "2025.", [(f"từ ngày 01 tháng 7 năm 2025 ({LONG_NOTE}) đến ngày 10 tháng 12 năm 2025", D(2025, 7, 1),
                D(2025, 12, 10))]),
    ("long remark, slashed dates", f"Số liệu tính từ ngày 01/7/2025 ({LONG_NOTE}) đến hết ngày 30/9/2025.",
     [(f"từ ngày 01/7/2025 ({LONG_NOTE}) đến hết ngày 30/9/2025", D(2025, 7, 1), D(2025, 9, 30))]),
    ("short remark (unchanged)", "Số liệu từ ngày 01/7/2025 (ngày sáp nhập) đến ngày 30/9/2025.",
     [("từ ngày 01/7/2025 (ngày sáp nhập) đến ngày 30/9/2025", D(2025, 7, 1), D(2025, 9, 30))]),
]


@pytest.mark.parametrize(("name", "text", "expected"), PERIODS, ids=[p[0] for p in PERIODS])
def test_periods(name: str, text: str, expected: list[tuple[str, dt.date, dt.date | None]]) -> None:
    assert periods(text) == expected


def test_long_remark_with_a_figure_is_no_range() -> None:
    """A long bracket holding a figure (another date, a count) is no remark between a range's sides."""
    note = "so với cùng kỳ năm 2024 tiếp nhận tăng mạnh ở tất cả các lĩnh vực hành chính của xã trong kỳ báo cáo"
    found = periods(f"Số liệu từ ngày 01/7/2025 ({note}) đến ngày 30/9/2025.")
    assert all(end != D(2025, 9, 30) or start != D(2025, 7, 1) for _, start, end in found)


def test_rate_parts_data() -> None:
    """The fully online words and the words between a rate's cue and its figure are figures.toml [rate_parts]."""
    parts = load_raw()["rate_parts"]
    assert parts["full_online_things"] and parts["cue_gap"]
    for thing in ("dịch vụ công trực tuyến toàn trình", "DVC toàn trình", "thủ tục hành chính toàn trình",
                  "hồ sơ nộp trực tuyến toàn trình"):
        assert FULL_ONLINE_THING.search(fold(thing)), thing
    assert FULL_ONLINE_THING.search(fold("dịch vụ công trực tuyến một phần")) is None
    for gap in (" đạt ", ": ", " ở mức ", " là khoảng "):
        assert CUE_GAP.fullmatch(fold(gap)), gap
    assert CUE_GAP.fullmatch(fold(" của xã ")) is None


class _Counted(list):
    """A list that counts the items read from it."""

    reads = 0

    def __getitem__(self, k):  # type: ignore[no-untyped-def]
        type(self).reads += 1
        return super().__getitem__(k)


def test_targets_look_back_from_their_own_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each target reads only the rates of its sentence before its words, not every rate of the document from the
    last one back (the review's O(targets × rates) path): reads stay a few per target on a long text."""
    sentence = ("Người dân nộp trực tuyến {n} hồ sơ (chiếm {p}% số hồ sơ tiếp nhận), còn lại 300 hồ sơ nộp trực "
                "tiếp; con số trực tuyến này đã vượt chỉ tiêu được giao (chỉ tiêu 50%). ")
    n = 400
    text = "BÁO CÁO\n\n" + "".join(sentence.format(n=500 + i, p=50 + i % 40) for i in range(n))
    seen: list[int] = []
    real = figure_rate_targets.same_metric_rate

    def spy(page, inds, ends, t_start):  # type: ignore[no-untyped-def]
        counted = _Counted(inds)
        _Counted.reads = 0
        got = real(page, counted, ends, t_start)
        seen.append(_Counted.reads)
        return got

    monkeypatch.setattr("extract.extractors.figure_marks.same_metric_rate", spy)
    facts = fact_rows(text, IndicatorExtractor, "metric", "target")
    assert len(facts) == n
    assert all(m == "online_submission_rate" and t is not None and t.value == 50 for m, t in facts)
    assert seen and max(seen) <= 5
