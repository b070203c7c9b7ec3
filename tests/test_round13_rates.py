"""Round 13, family INDICATORS: the readings of a percentage the two count-dense blind sets showed missing, each with
made-up sentences around it, positive and negative.

- a share whose base written after it (``tổng số hồ sơ quá hạn``) names the class the share would be the rate of is
  a part of that class (a field, a sub-unit): ``other``; a base of another class keeps the rate;
- a sentence of the same paragraph opening with a place or a body (after ``Ngược lại``, ``Trong khi đó`` …) and only
  ``đạt`` before its figure continues the comparison of the rate before;
- the levels of online services (``mức độ 3, 4``) between a count and its rate;
- a goal with no achieved figure beside it (``phấn đấu đạt chỉ tiêu 70%``) is an indicator, target null, of the rate
  its sentence names; with an achieved figure before it, the target of that figure (GOLD.md);
- digitising the archive (``hồ sơ đang lưu trữ``) is no digitisation rate of the period's dossiers;
- a share of counts written ``hồ sơ trực tuyến toàn trình``: the full online rate.
"""

from __future__ import annotations

import pytest

from extract.extractors.indicators import IndicatorExtractor
from extract.facts import Target
from tests.helpers import fact_rows

FIELDS = ("text", "metric", "value", "target", "qualifier")


def ind(text: str, metric: str, value: float, *, t: tuple[str, float] | None = None, q: str | None = None) -> tuple:
    return (text, metric, value, Target(*t) if t else None, q)


CASES: list[tuple[str, str, list[tuple]]] = [
    # --- the base after the share ---------------------------------------------------------------------------------
    ("late part among the late", "Lĩnh vực xây dựng có 210 hồ sơ trễ hạn, chiếm 61,2% tổng số hồ sơ trễ hạn của huyện.",
     [ind("61,2%", "other", 61.2)]),
    ("late part, 'trong tổng số'", "Phường Đông Hải có 84 hồ sơ giải quyết quá hạn, chiếm 35% trong tổng số hồ sơ quá hạn.",
     [ind("35%", "other", 35.0)]),
    ("late part, field in parenthesis", "Số hồ sơ quá hạn chủ yếu ở lĩnh vực đất đai (930 hồ sơ),\nchiếm 58% tổng số "
     "hồ sơ quá hạn.", [ind("58%", "other", 58.0)]),
    ("online part among the online", "Hồ sơ trực tuyến của xã Tân Phú là 1.020 hồ sơ, chiếm 22,5% tổng số hồ sơ trực "
     "tuyến toàn huyện.", [ind("22,5%", "other", 22.5)]),
    ("finished part among the finished", "Lĩnh vực tư pháp giải quyết 800 hồ sơ, chiếm 40% tổng số hồ sơ đã giải quyết.",
     [ind("40%", "other", 40.0)]),
    ("feedback part among the feedback", "Xã đã xử lý 12 phản ánh, kiến nghị, chiếm 80% tổng số phản ánh, kiến nghị đã "
     "xử lý của huyện.", [ind("80%", "other", 80.0)]),
    ("neg: late among the finished", "Giải quyết 2.000 hồ sơ; quá hạn 40 hồ sơ, chiếm 2% tổng số hồ sơ đã giải quyết.",
     [ind("2%", "late_rate", 2.0)]),
    ("neg: on time among the finished", "Đúng hạn 1.950 hồ sơ, chiếm 97,5% tổng số hồ sơ đã giải quyết.",
     [ind("97,5%", "on_time_rate", 97.5)]),
    ("neg: online among the received", "Tiếp nhận trực tuyến 1.500 hồ sơ, chiếm 60% tổng số hồ sơ tiếp nhận.",
     [ind("60%", "online_submission_rate", 60.0)]),
    ("neg: feedback handled among the received", "Đã xử lý 12 phản ánh, kiến nghị, đạt 80% tổng số phản ánh, kiến "
     "nghị tiếp nhận.", [ind("80%", "feedback_handled_rate", 80.0)]),
    ("neg: no base written", "Tiếp nhận 2.000 hồ sơ, đã giải quyết 1.900 hồ sơ; trễ hạn 19 hồ sơ, chiếm 1%.",
     [ind("1%", "late_rate", 1.0)]),
    # --- a comparison continued in the next sentence ---------------------------------------------------------------
    ("contrast, district", "Ba huyện có tỷ lệ giải quyết đúng hạn cao nhất, đều trên 99%. Ngược lại, huyện Mường Lát "
     "chỉ đạt 94,2%, thấp nhất tỉnh.", [ind("99%", "on_time_rate", 99.0, q=">"), ind("94,2%", "on_time_rate", 94.2)]),
    ("'Trong khi đó', city", "Tỷ lệ hồ sơ trực tuyến của thành phố Bảo Lộc đạt 88%, cao nhất tỉnh. Trong khi đó, "
     "huyện Đạ Tẻh đạt 31,5%.", [ind("88%", "online_submission_rate", 88.0), ind("31,5%", "online_submission_rate", 31.5)]),
    ("'Riêng', commune", "Các xã có tỷ lệ thanh toán trực tuyến trên 60%. Riêng xã Tân Lập đạt 41,7%.",
     [ind("60%", "online_payment_rate", 60.0, q=">"), ind("41,7%", "online_payment_rate", 41.7)]),
    ("body, no connector", "Tỷ lệ số hóa hồ sơ của xã đạt 88%. Phòng Kinh tế đạt 100%.",
     [ind("88%", "digitization_rate", 88.0), ind("100%", "digitization_rate", 100.0)]),
    ("superlative", "Tỷ lệ hồ sơ trực tuyến đạt 62%. Xã Phú Lộc là đơn vị đạt cao nhất với 75%.",
     [ind("62%", "online_submission_rate", 62.0), ind("75%", "online_submission_rate", 75.0)]),
    ("neg: a new paragraph", "Tỷ lệ số hóa hồ sơ đạt 88%.\nPhòng Kinh tế đạt 100%.",
     [ind("88%", "digitization_rate", 88.0), ind("100%", "other", 100.0)]),
    ("neg: a share of a plan", "Tỷ lệ hồ sơ trực tuyến đạt 62%. Năm 2025, UBND xã đạt 80% kế hoạch đề ra.",
     [ind("62%", "online_submission_rate", 62.0), ind("80%", "other", 80.0)]),
    ("neg: the next sentence names a count", "Tỷ lệ hồ sơ trực tuyến đạt 62%. Huyện đã giải quyết 1.500 hồ sơ, đạt 95%.",
     [ind("62%", "online_submission_rate", 62.0), ind("95%", "resolved_rate", 95.0)]),
    ("neg: a sentence between", "Tỷ lệ số hóa đạt 88%. Công tác tuyên truyền được đẩy mạnh. Xã Tân Lập đạt 70%.",
     [ind("88%", "digitization_rate", 88.0), ind("70%", "other", 70.0)]),
    ("neg: a subject that is no place", "Tỷ lệ hồ sơ trực tuyến đạt 62%. Công tác cải cách đạt 70%.",
     [ind("62%", "online_submission_rate", 62.0), ind("70%", "other", 70.0)]),
    # --- the levels of online services between a count and its rate ------------------------------------------------
    ("levels, comma", "Toàn huyện tiếp nhận 1.530 hồ sơ trực tuyến mức độ 3, 4, đạt tỷ lệ 14,2%.",
     [ind("14,2%", "online_submission_rate", 14.2)]),
    ("levels in a parenthesis", "Tiếp nhận 640 hồ sơ trực tuyến (mức độ 3 và 4), đạt 35,2%.",
     [ind("35,2%", "online_submission_rate", 35.2)]),
    ("levels, no comma, 'chiếm'", "Xã nhận 2.300 hồ sơ qua dịch vụ công trực tuyến mức độ 3, 4 chiếm 48,6%.",
     [ind("48,6%", "online_submission_rate", 48.6)]),
    ("full online, level after", "Hồ sơ trực tuyến toàn trình 400 hồ sơ (mức độ 4), chiếm 20%.",
     [ind("20%", "full_online_rate", 20.0)]),
    ("neg: direct dossiers, levels after", "Tiếp nhận 900 hồ sơ trực tiếp, mức độ 3, 4 đạt 12%.",
     [ind("12%", "other", 12.0)]),
    ("neg: services counted, a share of procedures", "Có 120 dịch vụ công trực tuyến mức độ 3, 4, chiếm 60% tổng số TTHC.",
     [ind("60%", "other", 60.0)]),
    # --- goals ---------------------------------------------------------------------------------------------------
    ("goal: 'phấn đấu đạt chỉ tiêu', rate named before", "+ Hướng dẫn người dân thanh toán trực tuyến, phấn đấu đạt "
     "chỉ tiêu 65%.", [ind("65%", "online_payment_rate", 65.0)]),
    ("goal after ';', its rate in the first clause", "- Duy trì tỷ lệ hồ sơ giải quyết đúng hạn, trước hạn; phấn đấu "
     "đạt chỉ tiêu 99%.", [ind("99%", "on_time_rate", 99.0)]),
    ("goal: 'hoàn thành mục tiêu đề ra'", "Đẩy mạnh tỷ lệ thanh toán trực tuyến; phấn đấu hoàn thành mục tiêu đề ra: 75%.",
     [ind("75%", "online_payment_rate", 75.0)]),
    ("goal: 'hoàn thành chỉ tiêu giao'", "Tiếp tục số hóa hồ sơ, kết quả giải quyết TTHC, phấn đấu hoàn thành chỉ tiêu "
     "giao 100%.", [ind("100%", "digitization_rate", 100.0)]),
    ("goal naming nothing", "Tăng cường tuyên truyền, phấn đấu đạt chỉ tiêu 90%.", [ind("90%", "other", 90.0)]),
    ("neg: an achieved figure before: its target", "Tỷ lệ thanh toán trực tuyến đạt 45%, phấn đấu đạt chỉ tiêu 70% "
     "trong năm 2026.", [ind("45%", "online_payment_rate", 45.0, t=(">=", 70.0))]),
    ("neg: a target in a parenthesis", "Tỷ lệ hồ sơ trực tuyến đạt 67% (chỉ tiêu giao 60%).",
     [ind("67%", "online_submission_rate", 67.0, t=(">=", 60.0))]),
    ("neg: goal with a bound keeps its qualifier", "Phấn đấu tỷ lệ hài lòng của người dân đạt trên 95%.",
     [ind("95%", "satisfaction_rate", 95.0, q=">")]),
    # --- the archive digitised --------------------------------------------------------------------------------------
    ("archive: 'hồ sơ đang lưu trữ'", "Hoàn thành số hóa 100% hồ sơ đang lưu trữ tại kho của xã.",
     [ind("100%", "other", 100.0)]),
    ("archive: 'tài liệu lưu trữ' in the rate's words", "Tỷ lệ số hóa tài liệu lưu trữ đạt 35%.",
     [ind("35%", "other", 35.0)]),
    ("archive: 'sổ hộ tịch lưu trữ'", "Đã số hóa 70% sổ hộ tịch lưu trữ.", [ind("70%", "other", 70.0)]),
    ("neg: digitised and stored electronically", "100% hồ sơ được số hóa và lưu trữ điện tử.",
     [ind("100%", "digitization_rate", 100.0)]),
    ("neg: digitisation rate, storing named after a comma", "Tỷ lệ số hóa hồ sơ đạt 96%, lưu trữ theo quy định.",
     [ind("96%", "digitization_rate", 96.0)]),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in CASES], ids=[c[0] for c in CASES])
def test_round13_rates(text: str, expected: list[tuple]) -> None:
    assert fact_rows(text, IndicatorExtractor, *FIELDS) == expected
