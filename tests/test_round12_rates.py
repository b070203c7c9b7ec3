"""Round 12, family RATES: the gaps the round-11 battery left (tests/test_round11_rates.py), each with made-up
sentences around it, positive and negative.

- ``100% %`` (the sign typed twice) spans ``100%`` (GOLD.md, "Spans"); ``100 %`` keeps its space;
- a name and a colon opening a line or a sentence scope the rate told after it (``Chi nhánh …: tỷ lệ …``), a set of
  bodies named with its level by the level (``Các sở, ban, ngành cấp tỉnh: tỷ lệ …`` -> ``cấp tỉnh``); a colon
  followed by anything else (a task: ``Phòng Kinh tế: tham mưu …``) scopes nothing;
- a name that ``có tỷ lệ …`` (``lĩnh vực đất đai có tỷ lệ trễ hạn cao nhất (2,5%)``) scopes its rate;
- a place below the unit with a colon is a sub-unit in a district's report, the unit itself with no issuer block
  (GOLD.md, third session);
- a count inside the words of a rate (``cập nhật 1.500 hồ sơ lên hệ thống, đạt tỷ lệ 100%``) gives the rate its
  metric.
"""

from __future__ import annotations

import pytest

from extract.extractors.counts import CountExtractor
from extract.extractors.indicators import IndicatorExtractor
from extract.facts import Target
from tests.helpers import fact_rows

DISTRICT = "ỦY BAN NHÂN DÂN\nHUYỆN LẠC SƠN\n\nBÁO CÁO\nKết quả giải quyết thủ tục hành chính năm 2025\n\n"
FIELDS = ("text", "metric", "value", "target", "scope")


def ind(text: str, metric: str, value: float, *, t: tuple[str, float] | None = None, s: str | None = None) -> tuple:
    return (text, metric, value, Target(*t) if t else None, s)


CASES: list[tuple[str, str, list[tuple]]] = [
    # --- the doubled per cent sign -------------------------------------------------------------------------------
    ("doubled sign, target after it", "Tỷ lệ số hóa hồ sơ đạt 100% % (chỉ tiêu giao ≥ 95%).",
     [ind("100%", "digitization_rate", 100.0, t=(">=", 95.0))]),
    ("doubled sign with a space", "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,5 % %.", [ind("99,5 %", "on_time_rate", 99.5)]),
    ("neg: one sign after a space stays", "Tỷ lệ số hóa hồ sơ đạt 100 %, tỷ lệ tái sử dụng 30%.",
     [ind("100 %", "digitization_rate", 100.0), ind("30%", "data_reuse_rate", 30.0)]),
    ("neg: two figures, no doubled sign", "Tỷ lệ số hóa đạt 100%, 90% hồ sơ được tái sử dụng dữ liệu.",
     [ind("100%", "digitization_rate", 100.0), ind("90%", "data_reuse_rate", 90.0)]),
    # --- a name and a colon, then the rate ----------------------------------------------------------------------
    ("body: rate", "Chi nhánh Văn phòng đăng ký đất đai: tỷ lệ hồ sơ trực tuyến đạt 64%.",
     [ind("64%", "online_submission_rate", 64.0, s="Chi nhánh Văn phòng đăng ký đất đai")]),
    ("two bodies: rate; body: rate", "Phòng Kinh tế: tỷ lệ đúng hạn 98%; Phòng Văn hóa - Xã hội: tỷ lệ đúng hạn 100%.",
     [ind("98%", "on_time_rate", 98.0, s="Phòng Kinh tế"), ind("100%", "on_time_rate", 100.0, s="Phòng Văn hóa - Xã hội")]),
    ("spelling tỉ lệ", "Công an xã: tỉ lệ hồ sơ trực tuyến đạt 91%.",
     [ind("91%", "online_submission_rate", 91.0, s="Công an xã")]),
    ("the reach ends at the sentence", "Chi nhánh Văn phòng đăng ký đất đai: tỷ lệ giải quyết đúng hạn đạt 92,5%. "
     "Tỷ lệ hồ sơ trực tuyến của xã đạt 70%.",
     [ind("92,5%", "on_time_rate", 92.5, s="Chi nhánh Văn phòng đăng ký đất đai"),
      ind("70%", "online_submission_rate", 70.0)]),
    ("set of bodies with its level", "Các sở, ban, ngành cấp huyện: tỷ lệ giải quyết đúng hạn đạt 97%.",
     [ind("97%", "on_time_rate", 97.0, s="cấp huyện")]),
    ("set of bodies without a level", "Các sở, ban, ngành: tỷ lệ hồ sơ trực tuyến đạt 88%.",
     [ind("88%", "online_submission_rate", 88.0, s="Các sở, ban, ngành")]),
    ("neg: a label, no body", "Kết quả: tỷ lệ giải quyết đúng hạn đạt 99%.", [ind("99%", "on_time_rate", 99.0)]),
    ("neg: the unit's own desk", "Bộ phận một cửa: tỷ lệ giải quyết đúng hạn đạt 99%.",
     [ind("99%", "on_time_rate", 99.0)]),
    ("neg: a task assigned, no rate of the body", "Phòng Kinh tế: tham mưu nâng tỷ lệ hồ sơ trực tuyến lên 80%.",
     [ind("80%", "online_submission_rate", 80.0)]),
    # --- a name that has the rate ("có tỷ lệ") ------------------------------------------------------------------
    ("body có tỷ lệ … (figure)", "Phòng Kinh tế có tỷ lệ hồ sơ trực tuyến thấp nhất (45%).",
     [ind("45%", "online_submission_rate", 45.0, s="Phòng Kinh tế")]),
    ("field có tỷ lệ …, two fields", "Lĩnh vực Hộ tịch có tỷ lệ giải quyết đúng hạn 100%; lĩnh vực Đất đai có tỷ lệ "
     "giải quyết đúng hạn 91%.",
     [ind("100%", "on_time_rate", 100.0, s="Hộ tịch"), ind("91%", "on_time_rate", 91.0, s="Đất đai")]),
    ("neg: the unit's desk có tỷ lệ", "Bộ phận một cửa có tỷ lệ giải quyết đúng hạn 100%.",
     [ind("100%", "on_time_rate", 100.0)]),
    ("neg: the unit itself có tỷ lệ", "Xã có tỷ lệ hồ sơ trực tuyến cao nhất huyện (85%).",
     [ind("85%", "online_submission_rate", 85.0)]),
    # --- a place and a colon ---------------------------------------------------------------------------------------
    ("place: rate in a district's report", DISTRICT + "Xã Phú Mỹ: tỷ lệ giải quyết đúng hạn đạt 99%.",
     [ind("99%", "on_time_rate", 99.0, s="Xã Phú Mỹ")]),
    ("neg: the one place of a text with no issuer is the unit", "UBND xã Tân Hòa: tỷ lệ hồ sơ trực tuyến 75%.",
     [ind("75%", "online_submission_rate", 75.0)]),
    # --- a count inside a rate's words ---------------------------------------------------------------------------
    ("count inside the system cue", "Đã cập nhật 1.500 hồ sơ lên hệ thống, đạt tỷ lệ 100%.",
     [ind("100%", "system_update_rate", 100.0)]),
    ("fraction inside the system cue", "Đã cập nhật 1.500/1.500 hồ sơ lên hệ thống, đạt 100%.",
     [ind("100%", "system_update_rate", 100.0)]),
    ("count after the system cue", "Cập nhật lên hệ thống 1.500 hồ sơ, đạt 100%.",
     [ind("100%", "system_update_rate", 100.0)]),
    ("neg: updated, no system named", "Đã cập nhật 1.500 hồ sơ, đạt 100%.", [ind("100%", "other", 100.0)]),
    ("neg: received, no system", "Đã tiếp nhận 1.500 hồ sơ, đạt tỷ lệ 100%.", [ind("100%", "other", 100.0)]),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in CASES], ids=[c[0] for c in CASES])
def test_round12_rates(text: str, expected: list[tuple]) -> None:
    assert fact_rows(text, IndicatorExtractor, *FIELDS) == expected


# the same scopes for counts, where the name's colon is right before the figure or a set of bodies names its level
COUNT_CASES: list[tuple[str, str, list[tuple]]] = [
    ("set of bodies with its level: figure", "Các sở, ban, ngành cấp tỉnh: 8.500 hồ sơ.", [("8.500 hồ sơ", 8500, "cấp tỉnh")]),
    ("body: figure", "Chi nhánh Văn phòng đăng ký đất đai: 120 hồ sơ.",
     [("120 hồ sơ", 120, "Chi nhánh Văn phòng đăng ký đất đai")]),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in COUNT_CASES], ids=[c[0] for c in COUNT_CASES])
def test_round12_rate_scopes_of_counts(text: str, expected: list[tuple]) -> None:
    assert fact_rows(text, CountExtractor, "text", "value", "scope") == expected
