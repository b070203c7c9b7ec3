"""One guard for every reading of a dossier rate (extract/extractors/figure_rate_words.py ``shares_other``): a
share of a thing that is no dossier, procedure or feedback is ``other`` whether a cue, a count, a list or the
keyword class would read it; a scope (``của các xã``, ``cấp xã``) and the rates of other things by definition
(services, people) are not touched. Sentences written for these tests in the genre of reports and portal news."""

from __future__ import annotations

import pytest

from extract.extractors.figure_rate_words import load_words, shares_other
from extract.extractors.indicators import IndicatorExtractor
from normalize.text import fold
from tests.helpers import fact_rows


def rates(text: str) -> list[tuple[str, str]]:
    return fact_rows(text, IndicatorExtractor, "text", "metric")


CASES = [
    # --- positive: the thing measured is no dossier, whatever path names the rate
    ("Tỷ lệ phản hồi đúng hạn các câu hỏi gửi qua tổng đài đạt 93%.", [("93%", "other")]),  # a cue
    ("Trong tháng, tổ công tác đã giải quyết xong 97% số việc được phân công.", [("97%", "other")]),  # after it
    ("Tỷ lệ phường hoàn thành số hóa sổ hộ tịch đạt 75%.", [("75%", "other")]),  # its subject
    ("Tỷ lệ các xã có hồ sơ thanh toán trực tuyến đạt 60%.", [("60%", "other")]),  # a plural subject
    ("Tỷ lệ công chức được tập huấn nộp hồ sơ trực tuyến là 88%.", [("88%", "other")]),
    ("Phòng đã xử lý 100% công việc trước hạn.", [("100%", "other")]),
    # --- negative: a scope is no subject; dossiers named first; rates of services and people keep theirs
    ("Tỷ lệ giải quyết đúng hạn của UBND các xã đạt 98,5%.", [("98,5%", "on_time_rate")]),
    ("Tỷ lệ hồ sơ giải quyết đúng hạn của các phường đạt 97%.", [("97%", "on_time_rate")]),
    ("Tỷ lệ giải quyết hồ sơ cấp xã đạt 96,4%.", [("96,4%", "resolved_rate")]),
    ("Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC tại các xã đạt 82%.", [("82%", "digitization_rate")]),
    ("Tỷ lệ giải quyết đúng hạn cấp huyện đạt 99,2%, cấp xã đạt 98,1%.", [("99,2%", "on_time_rate"), ("98,1%", "on_time_rate")]),
    ("Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 61%.", [("61%", "services_with_dossiers_rate")]),
    ("Có 92% người dân, doanh nghiệp hài lòng với kết quả giải quyết.", [("92%", "satisfaction_rate")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_guard(text: str, expected: list[tuple[str, str]]) -> None:
    assert rates(text) == expected


WORDS = [
    ("ty le xa hoan thanh so hoa dat 80%", True),
    ("ty le tra loi dung han cac cau hoi dat 80%", True),
    ("giai quyet xong 80% so viec", True),
    ("ty le ho so cong viec xu ly tren mang dat 80%", True),
    ("ty le giai quyet dung han cua cac xa dat 80%", False),
    ("ty le ho so dung han cua xa dat 80%", False),
    ("ty le giai quyet dung han dat 80%", False),
    ("cap xa dat 80%", False),  # no "tỷ lệ", nothing after: a list item, not a subject
    ("dat 80% ho so", False),
]


@pytest.mark.parametrize(("text", "expected"), WORDS)
def test_shares_other(text: str, expected: bool) -> None:
    ft = fold(text)
    start = ft.index("80%")
    assert shares_other(ft, 0, start, start + 3) is expected


def test_guarded_rates_load() -> None:
    guarded = load_words().guarded
    assert "on_time_rate" in guarded and "digitization_rate" in guarded
    assert "satisfaction_rate" not in guarded and "services_with_dossiers_rate" not in guarded


HEADLINES = [
    # the headline's vague "giải quyết" is the body's on-time figure
    ("Tỷ lệ giải quyết hồ sơ của huyện đạt 99,8%\n\nNăm qua, huyện tiếp nhận 5.000 hồ sơ, đã giải quyết 4.990 hồ sơ, "
     "trong đó trước hạn và đúng hạn 4.980 hồ sơ, đạt tỷ lệ 99,8%.", "on_time_rate"),
    # the body gives another value: the headline keeps its own reading
    ("Tỷ lệ giải quyết hồ sơ của huyện đạt 99,8%\n\nNăm qua, tỷ lệ giải quyết đúng hạn đạt 97,1%.", "resolved_rate"),
    # a first line that is a sentence is no headline
    ("Tỷ lệ giải quyết hồ sơ của huyện đạt 99,8%. Trong đó đúng hạn 600 hồ sơ.\n\nTỷ lệ đúng hạn đạt 99,8%.",
     "resolved_rate"),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINES, ids=[c[0][60:100] for c in HEADLINES])
def test_headline(text: str, expected: str) -> None:
    assert rates(text)[0][1] == expected
