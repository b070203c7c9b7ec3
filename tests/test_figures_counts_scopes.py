"""Counts in news items and summaries of a province or the whole country (positive and negative cases): a level
written after the figure, an office named as a part of a whole, a ranked place, a count standing for a rate, the
procedures a unit carries out."""

from __future__ import annotations

import pytest

from extract.extractors.counts import CountExtractor
from tests.helpers import facts_by_text


def counts(text: str) -> dict[str, tuple[str, int, str | None]]:
    return facts_by_text(text, CountExtractor, "metric", "value", "scope")


# (text, {figure: scope})
SCOPES = [
    # a level right after the unit word
    ("Tỉnh cung cấp dịch vụ công trực tuyến với 1.500 thủ tục gồm 1.120 thủ tục cấp tỉnh, 260 thủ tục cấp huyện "
     "và 120 thủ tục cấp xã.",
     {"1.500 thủ tục": None, "1.120 thủ tục": "cấp tỉnh", "260 thủ tục": "cấp huyện", "120 thủ tục": "cấp xã"}),
    ("UBND HUYỆN AN PHÚ\nTrong năm, huyện tiếp nhận 900 hồ sơ cấp xã.", {"900 hồ sơ": "cấp xã"}),
    # negative: the unit's own level alone, or levels named together
    ("UBND HUYỆN AN PHÚ\nTrong năm, huyện giải quyết 800 hồ sơ cấp huyện.", {"800 hồ sơ": None}),
    ("Tỉnh công bố 640 thủ tục cấp tỉnh, huyện, xã.", {"640 thủ tục": None}),
    ("Tỉnh công bố 450 thủ tục cấp huyện và cấp xã.", {"450 thủ tục": None}),
    # an office named as a part of the whole just told
    ("Toàn huyện đã tiếp nhận 5.200 hồ sơ. Trong đó, tại Bộ phận Một cửa UBND huyện, đã tiếp nhận 1.300 hồ sơ, "
     "giải quyết đúng hạn 1.290 hồ sơ.",
     {"5.200 hồ sơ": None, "1.300 hồ sơ": "Bộ phận Một cửa UBND huyện", "1.290 hồ sơ": "Bộ phận Một cửa UBND huyện"}),
    # negative: the office as the place of a channel, or opening a sentence of its own report
    ("Đã tiếp nhận 700 hồ sơ, trong đó tiếp nhận tại Bộ phận một cửa 400 hồ sơ.", {"400 hồ sơ": None}),
    ("Bộ phận một cửa đã tiếp nhận 320 hồ sơ.", {"320 hồ sơ": None}),
    # the set of communes as a block; the unit's own kind of office at the lower levels named together
    ("Tại khối UBND các xã, thị trấn đã tiếp nhận 3.400 hồ sơ.", {"3.400 hồ sơ": "khối UBND các xã, thị trấn"}),
    ("UBND THỊ XÃ BẾN CÁT\nBộ phận tiếp nhận và trả kết quả cấp xã, phường tiếp nhận 8.100 hồ sơ.",
     {"8.100 hồ sơ": "Bộ phận tiếp nhận và trả kết quả cấp xã, phường"}),
    # a place or body ranked by its figure
    ("Hà Nội là địa phương có số hồ sơ nhiều nhất với 512.300 hồ sơ, trong khi Lai Châu có số hồ sơ ít nhất "
     "với 9.870 hồ sơ.",
     {"512.300 hồ sơ": "Hà Nội", "9.870 hồ sơ": "Lai Châu"}),
    ("Trong khối bộ, ngành, Bộ Tư pháp dẫn đầu với 2,1 triệu hồ sơ trực tuyến.", {"2,1 triệu hồ sơ": "Bộ Tư pháp"}),
    # negative: no proper name before the ranking, or no ranking
    ("Toàn tỉnh dẫn đầu khu vực với 61.000 hồ sơ.", {"61.000 hồ sơ": None}),
    ("Hà Nội tiếp nhận 30.000 hồ sơ.", {"30.000 hồ sơ": None}),
]


@pytest.mark.parametrize(("text", "expected"), SCOPES)
def test_scopes(text: str, expected: dict[str, str | None]) -> None:
    got = counts(text)
    for fig, scope in expected.items():
        assert fig in got, (fig, got)
        assert got[fig][2] == scope, (fig, got[fig])


# (text, {figure: metric}, absent figures)
METRICS = [
    # a count standing for the rate before it
    ("Tỷ lệ hồ sơ nộp trực tuyến đạt 72,5% (tương ứng với hơn 1,2 triệu hồ sơ).", {"1,2 triệu hồ sơ": "received_online"},
     []),
    ("Tỷ lệ giải quyết đúng hạn đạt 98% (tương ứng 4.900 hồ sơ).", {"4.900 hồ sơ": "resolved_on_time"}, []),
    # the procedures a unit carries out, the number right after the verb
    ("Hiện nay, trên địa bàn tỉnh đang thực hiện 1.950 thủ tục hành chính.", {"1.950 thủ tục hành chính": "procedures_total"},
     []),
    ("Trung tâm thực hiện 1.402 TTHC.", {"1.402 TTHC": "procedures_total"}, []),
    # negative: other things carried out; a number of levels
    ("Văn bản về việc triển khai thực hiện 05 Nghị quyết của Chính phủ về đơn giản hóa TTHC.", {}, ["05"]),
    ("Xã đã thực hiện rà soát 24 thủ tục hành chính.", {"24 thủ tục hành chính": "other"}, []),
    ("Tỉnh cung cấp dịch vụ công trực tuyến 3 cấp với 2.000 thủ tục.", {}, ["3"]),
]


@pytest.mark.parametrize(("text", "expected", "absent"), METRICS)
def test_metrics(text: str, expected: dict[str, str], absent: list[str]) -> None:
    got = counts(text)
    for fig, metric in expected.items():
        assert fig in got, (fig, got)
        assert got[fig][0] == metric, (fig, got[fig])
    for fig in absent:
        assert fig not in got, (fig, got)
