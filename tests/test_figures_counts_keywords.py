"""The keyword class of a dossier count no cue names (positive and negative cases): the keyword nearest the
figure in its sentence wins; a keyword of another count, a negated one, one across a ``;`` or far after the
figure, or a phrase naming nothing keeps ``other``."""

from __future__ import annotations

import pytest

from extract.extractors.counts import CountExtractor
from tests.helpers import facts_by_text


def metrics(text: str) -> dict[str, str]:
    return {k: v[0] for k, v in facts_by_text(text, CountExtractor, "metric").items()}


# (text, {figure: metric})
CASES = [
    # a keyword after the figure, past a share in parentheses
    ("Trong tháng có 35 hồ sơ (chiếm 1,2%), các cơ quan trả lại hồ sơ và người dân xin rút hồ sơ.",
     {"35 hồ sơ": "rejected_or_withdrawn"}),
    # a keyword in an earlier clause of the sentence
    ("Trong quý, lượng hồ sơ tiếp nhận tăng mạnh, với tổng số 8.400 hồ sơ.", {"8.400 hồ sơ": "received_total"}),
    # negative: a keyword after a ";" belongs to the next clause
    ("Số hồ sơ có thu phí là 120 hồ sơ; tỷ lệ thanh toán trực tuyến đạt 98%.", {"120 hồ sơ": "other"}),
    # negative: a keyword far after the figure, in the words of the case it tells
    ("Ghi chú: 01 hồ sơ cấp giấy phép xây dựng nhà ở riêng lẻ của hộ ông Nguyễn Văn An, các bước chuyển xử lý "
     "vẫn bảo đảm đúng hạn.", {"01 hồ sơ": "other"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_keywords(text: str, expected: dict[str, str]) -> None:
    got = metrics(text)
    for fig, metric in expected.items():
        assert got.get(fig) == metric, (fig, got)
