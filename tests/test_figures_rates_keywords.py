"""The keyword class of a percentage no cue names (extract/extractors/figure_rate_words.py), on sentences written
for these tests in the genre of portal news, plans and report summaries: the class of its own words or of the
phrase after it, the nearest keyword winning, the resolved rate yielding to a specific class, feedback, and the
guards that keep ``other`` (no dossiers measured, procedures offered online, neutral phrases)."""

from __future__ import annotations

import pytest

from extract.extractors.figure_rate_words import Hit, keyword_metric, keywords, load_words, own_words, refine
from extract.extractors.indicators import IndicatorExtractor
from normalize.text import fold
from tests.helpers import fact_rows


def rates(text: str) -> list[tuple[str, str]]:
    return fact_rows(text, IndicatorExtractor, "text", "metric")


CASES = [
    # --- the words before it, with no "tỷ lệ … đạt" pattern
    ("Tỷ lệ hồ sơ tiếp nhận qua môi trường mạng chiếm khoảng 85%.", [("85%", "online_submission_rate")]),
    ("Cấp tỉnh giải quyết đúng hạn đạt 99,1%, số hồ sơ chậm 0,9%; số hồ sơ tồn đọng 0,2%.",
     [("99,1%", "on_time_rate"), ("0,9%", "late_rate"), ("0,2%", "other")]),
    ("Trong năm, hồ sơ giải quyết đúng hạn trên 40 ngàn (đạt trên 97%).", [("97%", "on_time_rate")]),
    # --- the phrase after it: a headline, a share opening its clause
    ("Huyện Đông Sơn: 97,5% thủ tục hành chính giải quyết đúng hạn\n\nNội dung tin.", [("97,5%", "on_time_rate")]),
    ("Bộ phận Một cửa tiếp nhận 320 hồ sơ; theo đó, 100% hồ sơ đều được trả sớm hạn và đúng hạn.",
     [("100%", "on_time_rate")]),
    ("Các sở tiếp nhận 40 hồ sơ, 100% nộp qua mạng.", [("100%", "online_submission_rate")]),
    ("Mỗi phường nhận tối thiểu 70% hồ sơ nộp trực tuyến, trong đó ít nhất 30% được thực hiện toàn trình.",
     [("70%", "online_submission_rate"), ("30%", "full_online_rate")]),
    ("Đồng thời, 100% kết quả giải quyết hồ sơ phải được trả trước hoặc đúng hạn.", [("100%", "on_time_rate")]),
    ("Trong quý, 100% hồ sơ đều được giải quyết trước hạn.", [("100%", "early_rate")]),
    # --- the resolved rate yields to a more specific class of the same words
    ("Tỷ lệ giải quyết hồ sơ trực tuyến toàn trình đạt gần 65%.", [("65%", "full_online_rate")]),
    ("Tỷ lệ giải quyết hồ sơ của cấp xã đạt 98,7%.", [("98,7%", "resolved_rate")]),
    # --- feedback: a feedback noun with the verb, or the count of the sentence before
    ("Tổng đài hỗ trợ, xử lý 98,2% phản ánh, kiến nghị của người dân.", [("98,2%", "feedback_handled_rate")]),
    ("Năm nay ghi nhận hơn 2.100 PAKN, trong đó 96,5% được xử lý đúng hạn.", [("96,5%", "feedback_handled_rate")]),
    ("Trong tháng, hệ thống tiếp nhận 1.250 phản ánh, kiến nghị.\n\nTrong đó, tỷ lệ xử lý đúng hạn đạt 94,1%.",
     [("94,1%", "feedback_handled_rate")]),
    ("Xã tiếp nhận 12 phản ánh, kiến nghị. Trong tháng đã tiếp nhận 300 hồ sơ, tỷ lệ xử lý đúng hạn đạt 99%.",
     [("99%", "on_time_rate")]),
    # --- guards: no dossiers measured, procedures offered online, neutral phrases
    ("Đến nay 100% cán bộ, công chức được tập huấn giải quyết hồ sơ trực tuyến.", [("100%", "other")]),
    ("Có 100% xã đã triển khai thanh toán không dùng tiền mặt.", [("100%", "other")]),
    ("Tỷ lệ doanh nghiệp sử dụng dịch vụ trực tuyến đạt 45%.", [("45%", "other")]),
    ("Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng đạt 90%.", [("90%", "other")]),
    ("Tỉnh Nam Hà: 100% TTHC được thực hiện trực tuyến\n\nNội dung tin.", [("100%", "other")]),
    ("Tỷ lệ TTHC cung cấp dịch vụ công toàn trình của tỉnh đạt 40%.", [("40%", "other")]),
    ("Xã bảo đảm 100% TTHC được công bố, công khai đầy đủ, đúng hạn trên Cổng thông tin.", [("100%", "other")]),
    ("Đang giải quyết 25 hồ sơ trong hạn, chiếm 1,9%.", [("1,9%", "other")]),
    ("Kết quả xử lý 9/9 PAKN đã được công khai trên Cổng Dịch vụ công quốc gia (100%).", [("100%", "other")]),
    ("100% các quy trình nội bộ đã được số hóa.", [("100%", "other")]),
    ("Kết quả chấm điểm của xã đạt 92%.", [("92%", "other")]),
    ("Có 65% lượt truy cập qua thiết bị di động trực tuyến.", [("65%", "other")]),
    # --- the phrase after a percentage is its own, not the words of the next one
    ("Kết quả: 98% hồ sơ giải quyết trước và đúng hạn, 2% quá hạn.", [("98%", "on_time_rate"), ("2%", "late_rate")]),
    ("Phấn đấu 100% hồ sơ được số hóa, trên 80% hồ sơ thanh toán trực tuyến.",
     [("100%", "digitization_rate"), ("80%", "online_payment_rate")]),
    ("Số hồ sơ tiếp nhận tăng 12% so với cùng kỳ.", [("12%", "other")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_keyword_class(text: str, expected: list[tuple[str, str]]) -> None:
    assert rates(text) == expected


KEYWORDS = [
    ("truoc han va dung han", ["on_time_rate"]),  # one keyword, whatever the order
    ("dung han, truoc han", ["on_time_rate"]),
    ("som han", ["early_rate"]),
    ("cham, qua han", ["late_rate"]),
    ("cham diem", []),
    ("dich vu cong truc tuyen toan trinh", [""]),
    ("truc tuyen toan trinh", ["full_online_rate"]),
    ("tham quyen giai quyet", [""]),
    ("thanh toan truc tuyen", ["online_payment_rate"]),
]


@pytest.mark.parametrize(("text", "expected"), KEYWORDS)
def test_keywords(text: str, expected: list[str]) -> None:
    assert [h.metric for h in keywords(text, 0, len(text))] == expected


def test_refine_only_the_resolved_rate() -> None:
    hits = [Hit(0, 9, "resolved_rate"), Hit(10, 20, "late_rate")]
    assert refine("resolved_rate", hits) == "late_rate"
    assert refine("on_time_rate", hits) == "on_time_rate"
    assert refine("resolved_rate", [Hit(0, 9, "resolved_rate"), Hit(10, 20, "")]) == "resolved_rate"


def test_own_words_steps_back_over_a_joining_clause() -> None:
    ft = fold("Đã giải quyết 950 hồ sơ trước hạn, đạt 95%")
    start = ft.index("95%")
    clauses = [0, ft.index(",") + 1]

    def clause_start(p: int) -> int:
        return max(c for c in clauses if c <= p)

    assert own_words(ft, clause_start, 0, start) == 0
    assert keyword_metric(ft, 0, start, start + 3)[0] == "early_rate"


def test_data_loads() -> None:
    rw = load_words()
    assert "" in rw.metrics and "late_rate" in rw.metrics
