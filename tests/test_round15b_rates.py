"""Round 15, second wave, family INDICATORS (from the opened real sets; made-up sentences of their shapes).

- A share of procedures by what is done to the procedures themselves (``công bố``, ``công khai``, ``cập nhật``,
  ``niêm yết`` …: ``Tỷ lệ TTHC công bố đúng hạn``) is no rate of their dossiers: ``other``. Procedures resolved
  (``Tỷ lệ TTHC giải quyết đúng hạn``) and a dossier named (``tỷ lệ hồ sơ TTHC …``) keep their rate.
- Dossiers handled on the national portal (``tỷ lệ xử lý hồ sơ trên Cổng Dịch vụ công quốc gia``) measure the
  portal's use, not finished over received: ``other`` (the resolved rate's ``other_when``).
- A score named by the rate a 766 component measures (``Tỷ lệ hồ sơ nộp trực tuyến đạt 8,1/12 điểm``) is that
  component (``[score_of_rate]``).
- A target after the figure: ``đạt 62,5% so với chỉ tiêu 50%`` (no budget comparison), ``96,8%/KH 95%``.
- A rank with the ranked set's words between it and ``với`` (``đứng thứ 2/22 sở, ngành với 95,1 điểm``), or of the
  whole country with its number unwritten (``xếp thứ 10 cả nước``).
"""

from __future__ import annotations

import pytest

from extract.extractors.indicators import IndicatorExtractor
from tests.helpers import fact_rows

FIELDS = ("text", "metric", "value")

PROCEDURES: list[tuple[str, str, list[tuple[str, str, float]]]] = [
    # --- what is done to the procedures themselves: other ------------------------------------------------------
    ("published on time, a list line", "- Tỷ lệ TTHC công bố đúng hạn: 81,25%.", [("81,25%", "other", 81.25)]),
    ("updated to the national database", "- Tỷ lệ TTHC cập nhật lên Cơ sở dữ liệu quốc gia đúng hạn: 92%.",
     [("92%", "other", 92.0)]),
    ("published, publicised, a comma between", "Tỷ lệ thủ tục hành chính được công bố, công khai đúng hạn đạt 100%.",
     [("100%", "other", 100.0)]),
    ("the act before the procedures", "Tỷ lệ công khai TTHC đúng hạn đạt 95,5%.", [("95,5%", "other", 95.5)]),
    ("posted, after the figure", "Xã đã niêm yết 100% TTHC đúng hạn tại Bộ phận một cửa.", [("100%", "other", 100.0)]),
    # --- unchanged: procedures resolved, dossiers named ---------------------------------------------------------
    ("procedures resolved on time", "Tỷ lệ TTHC được giải quyết đúng hạn đạt 97%.", [("97%", "on_time_rate", 97.0)]),
    ("dossiers of procedures on time", "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn đạt 98,2%.",
     [("98,2%", "on_time_rate", 98.2)]),
    ("dossiers updated in the system", "Tỷ lệ hồ sơ được cập nhật lên hệ thống đạt 100%.",
     [("100%", "system_update_rate", 100.0)]),
]


@pytest.mark.parametrize(("name", "text", "expected"), PROCEDURES, ids=[c[0] for c in PROCEDURES])
def test_share_of_procedures_by_what_is_done_to_them(name: str, text: str,
                                                     expected: list[tuple[str, str, float]]) -> None:
    assert fact_rows(text, IndicatorExtractor, *FIELDS) == expected


PORTAL: list[tuple[str, str, list[tuple[str, str, float]]]] = [
    ("handled on the national portal", "Tỷ lệ xử lý hồ sơ trên Cổng Dịch vụ công quốc gia đạt 98%.",
     [("98%", "other", 98.0)]),
    ("units handling on the portal", "Ở cấp huyện có 6 đơn vị xử lý hồ sơ trên Cổng DVC quốc gia đạt 100%.",
     [("100%", "other", 100.0)]),
    # --- unchanged: resolved, online, the one-stop system -------------------------------------------------------
    ("resolved, no portal", "Tỷ lệ giải quyết hồ sơ đạt 99,5%.", [("99,5%", "resolved_rate", 99.5)]),
    ("online submission on the portal", "Tỷ lệ hồ sơ nộp trực tuyến trên Cổng Dịch vụ công quốc gia đạt 41%.",
     [("41%", "online_submission_rate", 41.0)]),
    ("handled in the one-stop system", "Tỷ lệ hồ sơ được tiếp nhận, xử lý trên Hệ thống thông tin giải quyết TTHC "
     "đạt 100%.", [("100%", "system_update_rate", 100.0)]),
]


@pytest.mark.parametrize(("name", "text", "expected"), PORTAL, ids=[c[0] for c in PORTAL])
def test_dossiers_handled_on_the_portal(name: str, text: str, expected: list[tuple[str, str, float]]) -> None:
    assert fact_rows(text, IndicatorExtractor, *FIELDS) == expected


SCORES: list[tuple[str, str, list[tuple[str, str, float]]]] = [
    ("online rate scored", "Một số chỉ tiêu đạt cao như: Tỷ lệ hồ sơ nộp trực tuyến đạt 9,3/12 điểm (cao hơn mức "
     "trung bình cả nước 1,4 điểm); thanh toán trực tuyến đạt 8,8/10 điểm.",
     [("9,3/12 điểm", "idx766_online_service", 9.3), ("1,4 điểm", "other", 1.4),
      ("8,8/10 điểm", "idx766_online_payment", 8.8)]),
    ("on-time rate scored", "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 19,1/20 điểm.", [("19,1/20 điểm", "idx766_progress", 19.1)]),
    ("digitisation rate scored", "Tỷ lệ số hóa hồ sơ đạt 16,4/22 điểm.", [("16,4/22 điểm", "idx766_digitization", 16.4)]),
    # --- unchanged: a component cue, the total -------------------------------------------------------------------
    ("component cue", "Nhóm chỉ số công khai, minh bạch đạt 17,5/18 điểm.", [("17,5/18 điểm", "idx766_transparency", 17.5)]),
    ("total out of 100", "Tỉnh đạt 88,12/100 điểm, xếp hạng 12 trên 63 tỉnh, thành phố.",
     [("88,12/100 điểm", "idx766_total", 88.12)]),
    # --- component scores in a run -------------------------------------------------------------------------------
    ("a run of components", "Kết quả quý III: Công khai, minh bạch: 17,5/18 điểm; Tiến độ giải quyết: 19,2/20 điểm; "
     "Dịch vụ công trực tuyến: 10,1/12 điểm; Mức độ hài lòng: 17,9/18 điểm; Số hóa hồ sơ: 15,3/22 điểm.",
     [("17,5/18 điểm", "idx766_transparency", 17.5), ("19,2/20 điểm", "idx766_progress", 19.2),
      ("10,1/12 điểm", "idx766_online_service", 10.1), ("17,9/18 điểm", "idx766_satisfaction", 17.9),
      ("15,3/22 điểm", "idx766_digitization", 15.3)]),
]


@pytest.mark.parametrize(("name", "text", "expected"), SCORES, ids=[c[0] for c in SCORES])
def test_score_named_by_a_components_rate(name: str, text: str, expected: list[tuple[str, str, float]]) -> None:
    assert fact_rows(text, IndicatorExtractor, *FIELDS) == expected


TARGETS: list[tuple[str, str, list[tuple[str, str, float, object]]]] = [
    ("so với chỉ tiêu N%", "Tỷ lệ hồ sơ nộp trực tuyến đạt 62,5% so với chỉ tiêu 50%.",
     [("62,5%", "online_submission_rate", 62.5, (">=", 50.0))]),
    ("so với kế hoạch (N%)", "Tỷ lệ thanh toán trực tuyến đạt 40% so với kế hoạch giao là 35%.",
     [("40%", "online_payment_rate", 40.0, (">=", 35.0))]),
    ("slash KH", "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 96,8%/KH 95%.", [("96,8%", "on_time_rate", 96.8, (">=", 95.0))]),
    ("KH in a parenthesis", "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 97% (KH: 95%).",
     [("97%", "on_time_rate", 97.0, (">=", 95.0))]),
    # --- unchanged: a budget compared, an excess over the plan -------------------------------------------------
    ("budget plan", "Giải ngân đạt 85% so với kế hoạch vốn.", [("85%", "other", 85.0, None)]),
    ("exceeded the plan by", "Tỷ lệ hồ sơ nộp trực tuyến đạt 45%, vượt 5% so với kế hoạch.",
     [("45%", "online_submission_rate", 45.0, None), ("5%", "other", 5.0, None)]),
]


@pytest.mark.parametrize(("name", "text", "expected"), TARGETS, ids=[c[0] for c in TARGETS])
def test_target_after_the_figure(name: str, text: str, expected: list[tuple[str, str, float, object]]) -> None:
    rows = fact_rows(text, IndicatorExtractor, *FIELDS, "target")
    assert [(*r[:3], (r[3].op, r[3].value) if r[3] is not None else None) for r in rows] == expected


RANKS: list[tuple[str, str, tuple[str, str, int | None, int | None]]] = [
    ("ranked set with a comma, then với", "Sở Tư pháp đứng thứ 2/22 sở, ngành với 95,1 điểm.",
     ("95,1 điểm", "idx766_total", 2, 22)),
    ("the whole country, unwritten", "Chỉ số 766 tháng 9 của tỉnh đạt 86,7 điểm, tăng 2 bậc, xếp thứ 10 cả nước.",
     ("86,7 điểm", "idx766_total", 10, None)),
    ("xếp hạng N trên M", "Năm 2024, tỉnh đạt 88,12/100 điểm, xếp hạng 12 trên 63 tỉnh, thành phố.",
     ("88,12/100 điểm", "idx766_total", 12, 63)),
    ("đứng thứ N/M", "Chỉ số phục vụ người dân, doanh nghiệp của tỉnh đạt 85,4 điểm, đứng thứ 5/63 tỉnh.",
     ("85,4 điểm", "idx766_total", 5, 63)),
    # --- unchanged: no rank beside the score ----------------------------------------------------------------
    ("no rank", "Tổng điểm của tỉnh đạt 79,3 điểm trong quý.", ("79,3 điểm", "idx766_total", None, None)),
]


@pytest.mark.parametrize(("name", "text", "expected"), RANKS, ids=[c[0] for c in RANKS])
def test_rank_beside_a_score(name: str, text: str, expected: tuple[str, str, int | None, int | None]) -> None:
    assert fact_rows(text, IndicatorExtractor, "text", "metric", "rank", "rank_of") == [expected]
