"""Counts that are parts of a whole (positive and negative cases): a scoped part of a total with no cue of its own,
a level named through the competence it falls under, the issuing body of a two-line header, fields named as the
items of a list of fields."""

from __future__ import annotations

import pytest

from extract.extractors.counts import CountExtractor
from tests.helpers import facts_by_text


def counts(text: str) -> dict[str, tuple[str, int, str | None]]:
    return facts_by_text(text, CountExtractor, "metric", "value", "scope")


# (text, {figure: (metric, scope)})
CASES = [
    # a scoped part of a total takes the total's metric; the level named through its competence
    ("Năm nay, huyện đã tiếp nhận và giải quyết trên 5.300 hồ sơ về đất đai, trong đó gần 4.100 thủ tục thuộc "
     "phạm vi thẩm quyền của UBND cấp huyện và trên 1.200 thủ tục thuộc thẩm quyền của UBND cấp xã.",
     {"5.300 hồ sơ": ("received_total", "đất đai"), "4.100 thủ tục": ("received_total", "cấp huyện"),
      "1.200 thủ tục": ("received_total", "cấp xã")}),
    # negative: the parts of a total of something else stay something else
    ("Tỉnh cung ứng dịch vụ công trực tuyến với 1.900 thủ tục gồm 1.500 thủ tục cấp tỉnh và 400 thủ tục cấp huyện.",
     {"1.500 thủ tục": ("other", "cấp tỉnh"), "400 thủ tục": ("other", "cấp huyện")}),
    # the issuer is the lower body of a two-line header: its own level scopes nothing
    ("UBND HUYỆN AN PHÚ\nUBND XÃ PHÚ AN\n\nSố: 12/BC-UBND\n\nBÁO CÁO\n\nXã niêm yết công khai 98 thủ tục hành "
     "chính thuộc thẩm quyền giải quyết của UBND cấp xã tại Bộ phận một cửa.",
     {"98 thủ tục hành chính": ("procedures_total", None)}),
    # a level other than the issuer's is a scope
    ("UBND HUYỆN AN PHÚ\n\nSố: 12/BC-UBND\n\nHuyện chỉ đạo niêm yết 98 thủ tục hành chính thuộc thẩm quyền giải "
     "quyết của UBND cấp xã tại các xã.",
     {"98 thủ tục hành chính": ("procedures_total", "cấp xã")}),
    # fields as the items of a list of fields
    ("Các lĩnh vực tiếp nhận nhiều hồ sơ nhất là Tư pháp (1.200 hồ sơ) và Đất đai (800 hồ sơ).",
     {"1.200 hồ sơ": ("received_total", "Tư pháp"), "800 hồ sơ": ("received_total", "Đất đai")}),
    ("Những lĩnh vực có nhiều hồ sơ nhất gồm Kinh tế (510 hồ sơ), Xây dựng (230 hồ sơ).",
     {"510 hồ sơ": ("received_total", "Kinh tế"), "230 hồ sơ": ("received_total", "Xây dựng")}),
    # negative: a name before a bracketed figure with no list of fields introducing it
    ("Trong quý, công chức Nguyễn Văn An (120 hồ sơ) được khen thưởng.", {"120 hồ sơ": ("other", None)}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_parts(text: str, expected: dict[str, tuple[str, str | None]]) -> None:
    got = counts(text)
    for fig, (metric, scope) in expected.items():
        assert fig in got, (fig, got)
        assert (got[fig][0], got[fig][2]) == (metric, scope), (fig, got[fig])
