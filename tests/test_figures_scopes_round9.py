"""Scopes of round 9, positive and negative: where a level's frame (``Tại cấp xã, …``) ends (another frame, even one
whose words are no level name, a body or the unit itself opening a sentence); the commune level written with its
wards (``cấp xã, phường``) kept as written; levels named together (``cấp huyện, xã``) scoping nothing; the part of
a procedure total that falls to the bodies of a level (``thuộc phạm vi giải quyết của 19 sở, ban, ngành cấp tỉnh``)."""

from __future__ import annotations

import pytest

from extract.extractors.counts import CountExtractor
from tests.helpers import facts_by_text


def counts(text: str) -> dict[str, tuple[str, int, str | None]]:
    return facts_by_text(text, CountExtractor, "metric", "value", "scope")


# (text, {figure: scope})
SCOPES = [
    # three groups one after the other: each sentence's own subject, the frame ends where the next one opens
    ("Tính đến tháng 9, tỉnh Quảng Trị vận hành ổn định mô hình mới. Tại cấp xã, phường, các địa phương đã tiếp "
     "nhận 64.210 hồ sơ, giải quyết 61.005 hồ sơ. Ở cấp sở, ban, ngành, có 21.400 hồ sơ được tiếp nhận, "
     "18.950 hồ sơ đã giải quyết. Các chi nhánh Văn phòng Đăng ký đất đai tiếp nhận 9.870 hồ sơ, giải quyết "
     "8.120 hồ sơ. Tỉnh đã phê duyệt danh mục 640 TTHC không phụ thuộc vào địa giới hành chính.",
     {"64.210 hồ sơ": "cấp xã, phường", "61.005 hồ sơ": "cấp xã, phường", "21.400 hồ sơ": "cấp sở, ban, ngành",
      "18.950 hồ sơ": "cấp sở, ban, ngành", "9.870 hồ sơ": "chi nhánh Văn phòng Đăng ký đất đai",
      "8.120 hồ sơ": "chi nhánh Văn phòng Đăng ký đất đai", "640 TTHC": None}),
    # the unit itself opening a sentence ends a level's frame
    ("Với cấp huyện, các đơn vị đã tiếp nhận 7.300 hồ sơ, giải quyết 7.010 hồ sơ. UBND tỉnh đã giải quyết "
     "2.480 hồ sơ.", {"7.300 hồ sơ": "cấp huyện", "7.010 hồ sơ": "cấp huyện", "2.480 hồ sơ": None}),
    # negative: a sentence with no subject of its own stays in the frame
    ("Ở cấp xã, các địa phương đã tiếp nhận 5.600 hồ sơ. Đã giải quyết 5.480 hồ sơ, đúng hạn 5.470 hồ sơ.",
     {"5.600 hồ sơ": "cấp xã", "5.480 hồ sơ": "cấp xã", "5.470 hồ sơ": "cấp xã"}),
    # the commune level with its towns, written so
    ("Tại cấp xã, thị trấn, đã tiếp nhận 3.140 hồ sơ. Tại cấp huyện, đã tiếp nhận 1.250 hồ sơ.",
     {"3.140 hồ sơ": "cấp xã, thị trấn", "1.250 hồ sơ": "cấp huyện"}),
    # negative: a ward named by its name after the level is a place, not the level's words
    ("Ở cấp xã, phường Tân An dẫn đầu với 2.100 hồ sơ.", {"2.100 hồ sơ": "cấp xã"}),
    # negative: a plural head word alone names no body ("Các lĩnh vực tiếp nhận …")
    ("Trong quý, các lĩnh vực tiếp nhận nhiều hồ sơ nhất là Chứng thực (2.650 hồ sơ) và Hộ tịch (940 hồ sơ).",
     {"2.650 hồ sơ": "Chứng thực", "940 hồ sơ": "Hộ tịch"}),
    # negative: levels named together (a bare name ending the line) scope nothing
    ("Bình Phước: công bố thủ tục thuộc thẩm quyền của các sở, ngành và cấp huyện, xã\n\nTheo đó, tỉnh có 1.702 "
     "thủ tục hành chính liên quan đến người dân.", {"1.702 thủ tục hành chính": None}),
    # the part that falls to the bodies of a level is that level's; the total is the unit's
    ("Hiện nay tỉnh Hưng Yên có 1.950 thủ tục hành chính; trong đó có 1.420 thủ tục hành chính thuộc phạm vi giải "
     "quyết của 20 sở, ban, ngành cấp tỉnh; 330 thủ tục hành chính cấp huyện và 200 thủ tục hành chính cấp xã.",
     {"1.950 thủ tục hành chính": None, "1.420 thủ tục hành chính": "cấp tỉnh",
      "330 thủ tục hành chính": "cấp huyện", "200 thủ tục hành chính": "cấp xã"}),
    # negative: the bodies of several levels together
    ("Năm 2024, có 1.210 thủ tục hành chính thuộc phạm vi giải quyết của các sở, ban, ngành cấp tỉnh, huyện.",
     {"1.210 thủ tục hành chính": None}),
]


@pytest.mark.parametrize(("text", "want"), SCOPES)
def test_scopes(text: str, want: dict[str, str | None]) -> None:
    got = counts(text)
    for fig, scope in want.items():
        assert fig in got, (fig, got)
        assert got[fig][2] == scope, (fig, got[fig])


def test_by_level_in_parentheses() -> None:
    """``(trong đó: cấp tỉnh: 1.410, cấp huyện: 300; cấp xã: 120)``: each bare number is its level's."""
    from extract.extractors.figure_cues import load_data
    from extract.extractors.figure_text import structure
    from normalize.text import fold

    text = "Toàn tỉnh có 1.830 thủ tục hành chính (trong đó: cấp tỉnh: 1.410, cấp huyện: 300; cấp xã: 120)."
    st = structure(text, fold(text).lower(), load_data())
    for num, level in (("1.410", "cấp tỉnh"), ("300", "cấp huyện"), ("120", "cấp xã"), ("1.830", None)):
        assert st.scope_at(text.index(num)) == level, num
