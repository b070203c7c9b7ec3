"""Round 9 review, positive and negative: an act on the procedure set (``bãi bỏ``, ``công bố thêm``, ``ủy quyền``)
governs the procedure counts of its own clause (not across a ``;``, nor a count a clause of its own gives a verb or
a set: ``…, hiện toàn tỉnh đang thực hiện 1.900 TTHC``); what the counted things are about, told after a part of a
whole, read the same whatever the spacing between its words."""

from __future__ import annotations

import pytest

from extract.extractors.counts import CountExtractor
from tests.helpers import facts_by_text


def counts(text: str) -> dict[str, tuple[str, int, str | None]]:
    return facts_by_text(text, CountExtractor, "metric", "value", "scope")


# (text, {figure: metric})
ACTS = [
    # negative: the set in force after a ";" or in a clause of its own
    ("Năm 2024, tỉnh đã bãi bỏ 43 TTHC; hiện toàn tỉnh đang thực hiện 1.900 TTHC.",
     {"43 TTHC": "other", "1.900 TTHC": "procedures_total"}),
    ("Năm 2024, tỉnh đã bãi bỏ 43 TTHC, hiện toàn tỉnh đang thực hiện 1.900 TTHC.",
     {"43 TTHC": "other", "1.900 TTHC": "procedures_total"}),
    # negative: the cases handled, after an act in the clause before
    ("Tỉnh công bố thêm 12 TTHC; các sở đã tiếp nhận, giải quyết 1.300 TTHC.",
     {"12 TTHC": "other", "1.300 TTHC": "received_total"}),
    ("Tỉnh công bố thêm 12 TTHC, các sở đã tiếp nhận, giải quyết 1.300 TTHC.",
     {"12 TTHC": "other", "1.300 TTHC": "received_total"}),
    # positive: the act's own words before the figure ("giải quyết" is the delegated power, not a case handled)
    ("Chủ tịch UBND huyện ủy quyền cho Trưởng phòng Nội vụ giải quyết đối với 9 TTHC thuộc thẩm quyền.",
     {"9 TTHC": "other"}),
    # positive: the act's words themselves run across commas ("các phòng, ban, ngành")
    ("Chủ tịch UBND huyện đã ủy quyền cho trưởng các phòng, ban, ngành giải quyết đối với 17 TTHC thuộc thẩm quyền.",
     {"17 TTHC": "other"}),
    ("UBND xã được phân cấp tiếp nhận hồ sơ đối với 21 TTHC.", {"21 TTHC": "other"}),
    # positive: the parts of what the act made, after it in the same sentence
    ("UBND tỉnh ủy quyền giải quyết 191 TTHC cho các sở: Tư pháp (15 TTHC), Xây dựng (6 TTHC).",
     {"191 TTHC": "other", "15 TTHC": "other", "6 TTHC": "other"}),
    ("Tỉnh công bố danh mục 30 TTHC, trong đó 22 TTHC mới và 8 TTHC bị bãi bỏ.",
     {"30 TTHC": "other", "22 TTHC": "other", "8 TTHC": "other"}),
]


@pytest.mark.parametrize(("text", "expected"), ACTS)
def test_act_reach(text: str, expected: dict[str, str]) -> None:
    got = counts(text)
    assert {k: got[k][0] for k in expected} == expected


# (text, {figure: scope}): a part of a whole and what it is about, however many spaces stand between the words
SUBJECTS = [
    ("Tỉnh tiếp nhận 1.200 phản ánh, kiến nghị. Trong đó có 235 phản ánh, kiến nghị về quy định hành chính; "
     "806 phản ánh, kiến nghị, hỏi đáp liên quan đến thủ tục hành chính.",
     {"235 phản ánh, kiến nghị": "quy định hành chính", "806 phản ánh, kiến nghị": "thủ tục hành chính"}),
    ("Tỉnh tiếp nhận 90 phản ánh. Trong đó có 5 phản ánh     của     người     dân     về     đất đai.",
     {"5 phản ánh": "đất đai"}),
    ("Tỉnh tiếp nhận 90 phản ánh. Trong đó có 5 phản ánh   ,   từ   người dân     về     đất đai.",
     {"5 phản ánh": "đất đai"}),
    # negative: more than six words between the figure and what it is about
    ("Tỉnh tiếp nhận 90 phản ánh. Trong đó có 5 phản ánh" + "          từ" * 7 + " về đất đai.",
     {"5 phản ánh": None}),
    # negative: no part of a whole (what the whole is about is the unit's own business)
    ("UBND tiếp nhận 03 phản ánh, kiến nghị     về     quy định hành chính.", {"03 phản ánh, kiến nghị": None}),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECTS)
def test_subject_after_a_part(text: str, expected: dict[str, str | None]) -> None:
    got = counts(text)
    assert {k: got[k][2] for k in expected} == expected
