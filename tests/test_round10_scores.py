"""Index scores, round 10 (positive and negative cases):

- the rank of a score in the other ways reports write it: ``đứng thứ 12/34``, ``xếp thứ 12 trên 34``, after a move
  (``tăng 3 bậc, xếp thứ 12/34``), or before the score (``xếp thứ 12/34 với 87,6 điểm``);
- a ranked score is the 766 total only when no component names it: ``Chỉ số số hóa hồ sơ đạt 18 điểm, xếp thứ 5/34``
  stays the digitisation component (with its rank);
- the scores of other indices (PAR INDEX, PCI, PAPI, DTI …), ranked as the 766 total is, are ``other``;
- a difference from an average named right after its word (``cao hơn mức trung bình của cả nước 2,1 điểm``) is a
  difference (``other``), not the component it follows.
"""

from __future__ import annotations

import pytest

from extract.extractors.indicators import IndicatorExtractor
from tests.helpers import facts_by_text


def scores(text: str) -> dict[str, tuple]:
    return facts_by_text(text, IndicatorExtractor, "metric", "value", "rank", "rank_of")


CASES = [
    ("Theo kết quả Bộ chỉ số 766 tháng 9, tỉnh đạt 87,6 điểm, đứng thứ 12/34 tỉnh, thành phố.",
     {"87,6 điểm": ("idx766_total", 87.6, 12, 34)}),
    ("Theo kết quả Bộ chỉ số 766, tỉnh đạt 87,6 điểm, xếp thứ 12 trên 34 tỉnh, thành phố.",
     {"87,6 điểm": ("idx766_total", 87.6, 12, 34)}),
    ("Theo Bộ chỉ số 766, tỉnh đạt 87,6 điểm, tăng 3 bậc, xếp thứ 12/34.", {"87,6 điểm": ("idx766_total", 87.6, 12, 34)}),
    ("Theo Bộ chỉ số 766, tỉnh xếp thứ 12/34 với 87,6 điểm.", {"87,6 điểm": ("idx766_total", 87.6, 12, 34)}),
    ("Tổng điểm đạt 90,1 điểm, xếp hạng 25/114.", {"90,1 điểm": ("idx766_total", 90.1, 25, 114)}),
    # a component ranked on its own stays the component
    ("Chỉ số số hóa hồ sơ đạt 18 điểm, xếp thứ 5/34.", {"18 điểm": ("idx766_digitization", 18.0, 5, 34)}),
    ("Chỉ số số hóa hồ sơ xếp thứ 5/34 với 18 điểm.", {"18 điểm": ("idx766_digitization", 18.0, 5, 34)}),
    ("Chỉ số công khai, minh bạch đạt 17,5/18 điểm, xếp thứ 2/34.", {"17,5/18 điểm": ("idx766_transparency", 17.5, 2, 34)}),
    # other indices
    ("Chỉ số cải cách hành chính (PAR INDEX) năm 2023 của tỉnh đạt 88,5 điểm, xếp thứ 12/63 tỉnh, thành phố.",
     {"88,5 điểm": ("other", 88.5, 12, 63)}),
    ("Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) đạt 68,5 điểm, xếp thứ 15/63.", {"68,5 điểm": ("other", 68.5, 15, 63)}),
    ("Chỉ số PAPI đạt 43,2 điểm, xếp 10/63.", {"43,2 điểm": ("other", 43.2, 10, 63)}),
    ("Bộ chỉ số 766 của tỉnh đạt 85 điểm; Chỉ số PCI đạt 66 điểm.",
     {"85 điểm": ("idx766_total", 85.0, None, None), "66 điểm": ("other", 66.0, None, None)}),
    # a difference from an average
    ("Chỉ số thanh toán trực tuyến đạt 9,6/10 điểm (cao hơn mức trung bình của cả nước 2,1 điểm).",
     {"9,6/10 điểm": ("idx766_online_payment", 9.6, None, None), "2,1 điểm": ("other", 2.1, None, None)}),
    ("Chỉ số số hóa hồ sơ đạt 19,7/22 điểm (cao hơn bình quân cả nước 2,9 điểm).",
     {"19,7/22 điểm": ("idx766_digitization", 19.7, None, None), "2,9 điểm": ("other", 2.9, None, None)}),
    ("Tỷ lệ số hóa hồ sơ đạt 85%, thấp hơn trung bình chung của tỉnh 3%.",
     {"85%": ("digitization_rate", 85.0, None, None), "3%": ("other", 3.0, None, None)}),
    # no rank: a year, a date or a count after the score is none
    ("Bộ chỉ số 766 của tỉnh đạt 85 điểm, xếp thứ hai toàn quốc năm 2023.",
     {"85 điểm": ("idx766_total", 85.0, None, None)}),
    ("Bộ chỉ số 766 của tỉnh đạt 85 điểm, tăng 3 bậc so với năm 2022.", {"85 điểm": ("idx766_total", 85.0, None, None)}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_round10_scores(text: str, expected: dict[str, tuple]) -> None:
    got = scores(text)
    for figure, want in expected.items():
        assert got.get(figure) == want, (figure, got)
