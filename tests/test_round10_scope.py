"""Scopes of round 10, positive and negative: a new subject with its own verb after a comma ends the earlier
subject's reach (a list of bodies with one verb, a name with a comma inside it and a figure after the earlier
subject do not); a place below the reporting unit is a sub-unit (its own report, a higher unit's report, a news
item with one or several places); the one-stop mechanism scopes the sentence counting its dossiers when the text
tells the unit's overall totals elsewhere (GOLD.md, "Conventions settled in the third session")."""

from __future__ import annotations

import pytest

from extract.extractors.counts import CountExtractor
from extract.extractors.figure_blocks import issuer_name
from extract.extractors.figure_subunits import sub_units
from normalize.text import fold
from tests.helpers import facts_by_text


def counts(text: str) -> dict[str, tuple[str, int, str | None]]:
    return facts_by_text(text, CountExtractor, "metric", "value", "scope")


def _check(text: str, want: dict[str, str | None]) -> None:
    got = counts(text)
    for fig, scope in want.items():
        assert fig in got, (fig, got)
        assert got[fig][2] == scope, (fig, got[fig])


# (text, {figure: scope})
SUBJECTS = [
    # a second subject with its own verb after a comma ends the first one's reach
    ("Phòng Tư pháp tiếp nhận 126 hồ sơ, Phòng Kinh tế tiếp nhận 84 hồ sơ.",
     {"126 hồ sơ": "Phòng Tư pháp", "84 hồ sơ": "Phòng Kinh tế"}),
    ("Trong quý, Sở Tư pháp tiếp nhận 1.240 hồ sơ, Sở Xây dựng tiếp nhận 815 hồ sơ.",
     {"1.240 hồ sơ": "Sở Tư pháp", "815 hồ sơ": "Sở Xây dựng"}),
    ("Chi nhánh Văn phòng đăng ký đất đai tiếp nhận 642 hồ sơ, Phòng Tài nguyên và Môi trường đã giải quyết "
     "213 hồ sơ.", {"642 hồ sơ": "Chi nhánh Văn phòng đăng ký đất đai",
                    "213 hồ sơ": "Phòng Tài nguyên và Môi trường"}),
    # … a subject whose name has a comma inside it, too
    ("Phòng Tư pháp tiếp nhận 131 hồ sơ, Phòng Văn hóa, Thông tin tiếp nhận 77 hồ sơ.",
     {"131 hồ sơ": "Phòng Tư pháp", "77 hồ sơ": "Phòng Văn hóa, Thông tin"}),
    # negative: a name with a comma inside it is one name, never cut at its comma
    ("Phòng Văn hóa, Thông tin tiếp nhận 52 hồ sơ, giải quyết 47 hồ sơ.",
     {"52 hồ sơ": "Phòng Văn hóa, Thông tin", "47 hồ sơ": "Phòng Văn hóa, Thông tin"}),
    # negative: a list of bodies with one verb names no single part
    ("Sở Tư pháp, Sở Xây dựng đã tiếp nhận 2.060 hồ sơ.", {"2.060 hồ sơ": None}),
    ("Trong tháng, Phòng Tư pháp, Phòng Kinh tế và Phòng Nội vụ đã tiếp nhận 356 hồ sơ.", {"356 hồ sơ": None}),
    # negative: figures after the earlier subject with no subject of their own keep it
    ("Sở Tư pháp tiếp nhận 1.257 hồ sơ, giải quyết 1.103 hồ sơ, trong đó đúng hạn 1.091 hồ sơ.",
     {"1.257 hồ sơ": "Sở Tư pháp", "1.103 hồ sơ": "Sở Tư pháp", "1.091 hồ sơ": "Sở Tư pháp"}),
]


@pytest.mark.parametrize(("text", "want"), SUBJECTS)
def test_subjects(text: str, want: dict[str, str | None]) -> None:
    _check(text, want)


COMMUNE = "ỦY BAN NHÂN DÂN\nXÃ VĨNH LỘC\n\nBÁO CÁO\nKết quả giải quyết thủ tục hành chính quý I\n\n"
DISTRICT = "ỦY BAN NHÂN DÂN\nHUYỆN HÒA BÌNH\n\nBÁO CÁO\nKết quả giải quyết thủ tục hành chính quý I\n\n"
PROVINCE = "ỦY BAN NHÂN DÂN\nTỈNH AN PHÚ\n\nBÁO CÁO\nKết quả giải quyết thủ tục hành chính năm 2025\n\n"

PLACES = [
    # its own report: the commune named in it is the unit itself
    (COMMUNE + "Xã Vĩnh Lộc tiếp nhận 123 hồ sơ, giải quyết 119 hồ sơ.", {"123 hồ sơ": None, "119 hồ sơ": None}),
    # a district's report: its communes and towns are sub-units, as written; the district itself is null
    (DISTRICT + "Huyện Hòa Bình tiếp nhận 5.004 hồ sơ. UBND xã Tân Hòa tiếp nhận 512 hồ sơ, giải quyết 501 hồ sơ; "
     "UBND xã Phú Mỹ tiếp nhận 303 hồ sơ.\nKết quả cụ thể:\n- Xã Vĩnh Lộc: tiếp nhận 121 hồ sơ\n"
     "- Thị trấn Hòa Bình: tiếp nhận 96 hồ sơ\n",
     {"5.004 hồ sơ": None, "512 hồ sơ": "UBND xã Tân Hòa", "501 hồ sơ": "UBND xã Tân Hòa",
      "303 hồ sơ": "UBND xã Phú Mỹ", "121 hồ sơ": "Xã Vĩnh Lộc", "96 hồ sơ": "Thị trấn Hòa Bình"}),
    # negative: a place inside a longer name, the whole territory, a place after "trên địa bàn"
    (DISTRICT + "UBND xã Tân Hòa tiếp nhận 514 hồ sơ. Công an xã Phú Lâm tiếp nhận 41 hồ sơ. Trên địa bàn xã Phú "
     "Lâm đã tiếp nhận 62 hồ sơ. Toàn huyện tiếp nhận 6.010 hồ sơ.",
     {"514 hồ sơ": "UBND xã Tân Hòa", "41 hồ sơ": "Công an xã Phú Lâm", "62 hồ sơ": None, "6.010 hồ sơ": None}),
    # a province's report: a district-level city and a district are sub-units
    (PROVINCE + "Thành phố Tân An tiếp nhận 4.106 hồ sơ, huyện Đức Hòa tiếp nhận 2.307 hồ sơ. Tỉnh An Phú tiếp "
     "nhận 90.012 hồ sơ.", {"4.106 hồ sơ": "Thành phố Tân An", "2.307 hồ sơ": "huyện Đức Hòa",
                            "90.012 hồ sơ": None}),
    # a news item about one place alone: the unit itself
    ("Xã Vĩnh Lộc tiếp nhận 124 hồ sơ, giải quyết 117 hồ sơ.", {"124 hồ sơ": None, "117 hồ sơ": None}),
    ("UBND xã Tân Hòa tiếp nhận 515 hồ sơ trong quý I.", {"515 hồ sơ": None}),
    # a news item telling several places' figures
    ("Huyện A tiếp nhận 3.008 hồ sơ, huyện B tiếp nhận 2.009 hồ sơ.",
     {"3.008 hồ sơ": "Huyện A", "2.009 hồ sơ": "huyện B"}),
    ("Xã Vĩnh Lộc tiếp nhận 125 hồ sơ. Xã Vĩnh Hưng tiếp nhận 83 hồ sơ.",
     {"125 hồ sơ": "Xã Vĩnh Lộc", "83 hồ sơ": "Xã Vĩnh Hưng"}),
    ("Kết quả:\n- Xã Vĩnh Lộc: tiếp nhận 127 hồ sơ\n- Xã Vĩnh Hưng: tiếp nhận 86 hồ sơ\n",
     {"127 hồ sơ": "Xã Vĩnh Lộc", "86 hồ sơ": "Xã Vĩnh Hưng"}),
    ("Phường 3 tiếp nhận 211 hồ sơ; Phường 5 tiếp nhận 193 hồ sơ.", {"211 hồ sơ": "Phường 3", "193 hồ sơ": "Phường 5"}),
    # … the one place above the others is the unit the item is about
    ("Huyện Phú Tân tiếp nhận 6.003 hồ sơ. Trong đó, xã Phú Lâm tiếp nhận 904 hồ sơ, xã Phú An tiếp nhận 706 hồ sơ.",
     {"6.003 hồ sơ": None, "904 hồ sơ": "xã Phú Lâm", "706 hồ sơ": "xã Phú An"}),
    # negative: places named together with one verb; a party or youth committee is no place
    ("Huyện A, huyện B tiếp nhận 5.011 hồ sơ.", {"5.011 hồ sơ": None}),
    ("Huyện ủy tiếp nhận 23 hồ sơ, Huyện đoàn tiếp nhận 11 hồ sơ.", {"23 hồ sơ": None, "11 hồ sơ": None}),
]


@pytest.mark.parametrize(("text", "want"), PLACES)
def test_places(text: str, want: dict[str, str | None]) -> None:
    _check(text, want)


@pytest.mark.parametrize(("text", "want"), [
    ("ỦY BAN NHÂN DÂN\nXÃ VĨNH LỘC\n\nSố: 12/BC-UBND", ("xa", "vinh loc")),
    ("UBND PHƯỜNG XUÂN HƯƠNG - ĐÀ LẠT\nTRUNG TÂM PHỤC VỤ\n", ("phuong", "xuan huong - da lat")),
    ("ỦY BAN NHÂN DÂN\nHUYỆN KRÔNG BA\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", ("huyen", "krong ba")),
    # negative: a news item's first sentence is no issuer block
    ("UBND xã Tân Hòa tiếp nhận 515 hồ sơ trong quý I.", None),
    ("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH AN PHÚ\n\nTin tức", None),
])
def test_issuer_name(text: str, want: tuple[str, str] | None) -> None:
    assert issuer_name(text, fold(text).lower()) == want


def test_sub_units_empty() -> None:
    assert sub_units("", "", [], []) == []


MECHANISM = [
    # the dossiers handled through the mechanism beside the unit's overall totals: every figure of the sentence
    ("Trong năm, toàn tỉnh đã tiếp nhận 1.204.310 hồ sơ. Số hồ sơ được giải quyết theo cơ chế một cửa, một cửa liên "
     "thông là: 997.021 hồ sơ; trong đó trả đúng hạn là: 985.432 hồ sơ, số hồ sơ quá hạn là: 1.876 hồ sơ.",
     {"1.204.310 hồ sơ": None, "997.021 hồ sơ": "cơ chế một cửa, một cửa liên thông",
      "985.432 hồ sơ": "cơ chế một cửa, một cửa liên thông", "1.876 hồ sơ": "cơ chế một cửa, một cửa liên thông"}),
    ("Tổng số hồ sơ giải quyết theo cơ chế một cửa 874.519 hồ sơ (đúng hạn 864.102 hồ sơ; quá hạn 1.027 hồ sơ). "
     "Toàn tỉnh tiếp nhận 1.010.406 hồ sơ.",
     {"874.519 hồ sơ": "cơ chế một cửa", "864.102 hồ sơ": "cơ chế một cửa", "1.027 hồ sơ": "cơ chế một cửa",
      "1.010.406 hồ sơ": None}),
    # negative: a heading naming the mechanism is what every figure of the report is about
    ("Kết quả giải quyết TTHC theo cơ chế một cửa, một cửa liên thông:\n- Tiếp nhận 4.917 hồ sơ\n"
     "- Đã giải quyết 4.803 hồ sơ\n", {"4.917 hồ sơ": None, "4.803 hồ sơ": None}),
    # negative: mechanism words not attached to the counted subject
    ("Thực hiện cơ chế một cửa, một cửa liên thông, UBND xã đã tiếp nhận 2.306 hồ sơ, giải quyết 2.251 hồ sơ.",
     {"2.306 hồ sơ": None, "2.251 hồ sơ": None}),
    # negative: a text with no other totals
    ("Số hồ sơ được giải quyết theo cơ chế một cửa là 3.402 hồ sơ, trong đó đúng hạn 3.391 hồ sơ.",
     {"3.402 hồ sơ": None, "3.391 hồ sơ": None}),
]


@pytest.mark.parametrize(("text", "want"), MECHANISM)
def test_mechanism(text: str, want: dict[str, str | None]) -> None:
    _check(text, want)
