"""Counts in running text as news items and summaries write them (positive and negative cases):
pending parts, totals, the cue after the unit word, scales and "HS", levels and sets of sub-units as scopes."""

from __future__ import annotations

import pytest

from extract.extractors.counts import CountExtractor
from tests.helpers import facts_by_text


def counts(text: str) -> dict[str, tuple[str, int, str | None]]:
    return facts_by_text(text, CountExtractor, "metric", "value", "scope")


# (text, {figure: metric}) -- metrics only
METRICS = [
    # pending parts: a late count right after a pending count of its sentence
    ("Số hồ sơ đang xử lý gồm 84 hồ sơ, có 61 hồ sơ chưa đến hạn và 23 hồ sơ đã quá hạn.",
     {"84 hồ sơ": "pending_total", "61 hồ sơ": "pending_in_time", "23 hồ sơ": "pending_late"}),
    ("Trong số 47 hồ sơ đang giải quyết, số hồ sơ chưa đến hạn là 40 hồ sơ và có 7 hồ sơ đã quá hạn.",
     {"47 hồ sơ": "pending_total", "40 hồ sơ": "pending_in_time", "7 hồ sơ": "pending_late"}),
    ("Đã giải quyết 310 hồ sơ (300 hồ sơ đúng hạn, 10 hồ sơ quá hạn); 52 hồ sơ đang giải quyết "
     "(49 hồ sơ chưa đến hạn, 3 hồ sơ quá hạn).",
     {"10 hồ sơ": "resolved_late", "52 hồ sơ": "pending_total", "3 hồ sơ": "pending_late"}),
    # negative: a late count in the next sentence, or one whose cue names resolving
    ("Đang giải quyết 15 hồ sơ. Quá hạn 4 hồ sơ.", {"15 hồ sơ": "pending_total", "4 hồ sơ": "resolved_late"}),
    ("Đang giải quyết 15 hồ sơ; đã giải quyết quá hạn 4 hồ sơ.", {"4 hồ sơ": "resolved_late"}),
    ("Có 88 hồ sơ đang trong thời hạn giải quyết.", {"88 hồ sơ": "pending_in_time"}),
    ("Xã đang giải quyết 36 hồ sơ trong thời hạn.", {"36 hồ sơ": "pending_in_time"}),
    ("Hồ sơ quá hạn giải quyết nhưng chưa có kết quả là 9 hồ sơ.", {"9 hồ sơ": "pending_late"}),
    ("Đã giải quyết trong thời hạn quy định 95 hồ sơ.", {"95 hồ sơ": "resolved_in_time"}),
    ("Hồ sơ đã trả kết quả nhưng chậm hạn và hồ sơ quá hạn nhưng chưa có kết quả là 6 hồ sơ.", {"6 hồ sơ": "other"}),
    # totals
    ("Tổng số hồ sơ yêu cầu giải quyết trong kỳ là 820 hồ sơ.", {"820 hồ sơ": "received_total"}),
    ("Trong tháng có 915 hồ sơ yêu cầu giải quyết về thủ tục hành chính.", {"915 hồ sơ": "received_total"}),
    ("Lũy kế đã và đang giải quyết trong kỳ là 733 hồ sơ.", {"733 hồ sơ": "received_total"}),
    ("Đã tiếp nhận 402 hồ sơ, trong đó nhận mới 390 hồ sơ, kỳ trước chuyển qua 12 hồ sơ.",
     {"402 hồ sơ": "received_total", "390 hồ sơ": "received_in_period", "12 hồ sơ": "carried_over"}),
    ("Hồ sơ tồn kỳ trước chuyển sang là 147, hồ sơ đến hạn giải quyết 366 hồ sơ.",
     {"147": "carried_over", "366 hồ sơ": "other"}),
    ("Hồ sơ chưa đến hạn giải quyết là 28 hồ sơ.", {"28 hồ sơ": "pending_in_time"}),
    ("Tổng số hồ sơ giải quyết trong tháng là 640 hồ sơ, trong đó tiếp nhận mới 600 hồ sơ.",
     {"640 hồ sơ": "received_total", "600 hồ sơ": "received_in_period"}),
    ("Đã giải quyết 510 hồ sơ, trong đó 500 hồ sơ đúng hạn.", {"510 hồ sơ": "resolved_total"}),
    # the channel after the unit word
    ("Trong đó tiếp nhận 318 hồ sơ trực tuyến; 77 hồ sơ trực tiếp.",
     {"318 hồ sơ": "received_online", "77 hồ sơ": "received_direct"}),
    ("Tiếp nhận qua dịch vụ bưu chính công ích 44 hồ sơ.", {"44 hồ sơ": "other"}),
    ("Tiếp nhận 56 hồ sơ trực tiếp và qua bưu chính.", {"56 hồ sơ": "received_direct"}),
    ("Đã giải quyết được 277 bộ hồ sơ.", {"277 bộ hồ sơ": "resolved_total"}),
]


@pytest.mark.parametrize(("text", "expected"), METRICS)
def test_metrics(text: str, expected: dict[str, str]) -> None:
    got = counts(text)
    for fig, metric in expected.items():
        assert got[fig][0] == metric, (fig, got)


# (text, {figure: value}, figures that must not be read)
VALUES = [
    ("Trung tâm tiếp nhận 8,4 ngàn hồ sơ (HS), trong đó 2,35 ngàn HS trực tuyến.",
     {"8,4 ngàn hồ sơ": 8400, "2,35 ngàn HS": 2350}, []),
    ("Bộ X dẫn đầu với 2,75 triệu hồ sơ trực tuyến.", {"2,75 triệu hồ sơ": 2750000}, []),
    ("Đang giải quyết 402 HS.", {"402 HS": 402}, []),
    # money keeps its unit; "HS" in a text about pupils is no dossier
    ("Tổng chi ngân sách là 5.210 triệu đồng.", {"5.210 triệu đồng": 5210}, []),
    ("Trường tiếp nhận 320 HS; số học sinh tăng.", {}, ["320 HS"]),
    ("Mức độ 3 Mức độ 4\nTTHC % TTHC %", {}, ["3", "4", "4\nTTHC"]),
    ("Chưa đến hạn Quá hạn\n1 2.1. Thủ tục đăng ký khai sinh 12 12 0", {}, ["1"]),
]


@pytest.mark.parametrize(("text", "expected", "absent"), VALUES)
def test_values(text: str, expected: dict[str, int], absent: list[str]) -> None:
    got = counts(text)
    for fig, value in expected.items():
        assert got[fig][1] == value, (fig, got)
    for fig in absent:
        assert fig not in got, (fig, got)


# (text, {figure: scope})
SCOPES = [
    ("Tính riêng từng cấp, với cấp tỉnh, quý I đã tiếp nhận 575 hồ sơ; đã giải quyết 560 hồ sơ. Trong số hồ sơ "
     "đang giải quyết có 15 hồ sơ chưa đến hạn.\n\nVới cấp xã, toàn tỉnh tiếp nhận 908 hồ sơ.\n\nToàn tỉnh đã giải "
     "quyết 1.400 hồ sơ.",
     {"575 hồ sơ": "cấp tỉnh", "560 hồ sơ": "cấp tỉnh", "15 hồ sơ": "cấp tỉnh", "908 hồ sơ": "cấp xã",
      "1.400 hồ sơ": None}),
    ("Ở cấp huyện, tổng số hồ sơ tiếp nhận là 720 hồ sơ. Trong số này đã giải quyết 700 hồ sơ.",
     {"720 hồ sơ": "cấp huyện", "700 hồ sơ": "cấp huyện"}),
    # a clause naming a place of its own ends the frame; two places told side by side are sub-units (GOLD.md)
    ("Ở cấp huyện, huyện A tiếp nhận 310 hồ sơ; huyện B tiếp nhận 120 hồ sơ.",
     {"310 hồ sơ": "huyện A", "120 hồ sơ": "huyện B"}),
    # levels named together scope nothing
    ("Kết quả tại Bộ phận một cửa cấp huyện, cấp xã trong tháng: đã tiếp nhận mới 630 hồ sơ.", {"630 hồ sơ": None}),
    ("Báo cáo kết quả giải quyết TTHC cấp tỉnh, huyện, xã tháng 9: tiếp nhận 85 hồ sơ.", {"85 hồ sơ": None}),
    # sets of sub-units as a sentence subject
    ("Trong tháng, các Sở, ban, ngành tiếp nhận 505 hồ sơ, trong đó 460 hồ sơ tiếp nhận trực tuyến; Các huyện, "
     "thị xã, thành phố tiếp nhận 307 hồ sơ. Toàn tỉnh đã giải quyết 790 hồ sơ.",
     {"505 hồ sơ": "các Sở, ban, ngành", "460 hồ sơ": "các Sở, ban, ngành", "307 hồ sơ": "Các huyện, thị xã, thành phố",
      "790 hồ sơ": None}),
    ("Các sở, ban ngành cấp tỉnh tiếp nhận 233 hồ sơ; cấp huyện tiếp nhận 176 hồ sơ.",
     {"233 hồ sơ": "cấp tỉnh", "176 hồ sơ": "cấp huyện"}),
    ("Theo cấp hành chính, ở cấp tỉnh, các sở, ban, ngành tiếp nhận 386 hồ sơ.", {"386 hồ sơ": "cấp tỉnh"}),
    ("Các cơ quan, đơn vị đã giải quyết 875 hồ sơ.", {"875 hồ sơ": None}),
    # a name right before its figure, items apart; a name before its figure in brackets
    ("Các đơn vị tiếp nhận nhiều là: Công an tỉnh 7,7 ngàn hồ sơ, Sở Tư pháp 2,12 ngàn hồ sơ.",
     {"7,7 ngàn hồ sơ": "Công an tỉnh", "2,12 ngàn hồ sơ": "Sở Tư pháp"}),
    ("Sở Tư pháp 212 hồ sơ, đã giải quyết 200 hồ sơ.", {"212 hồ sơ": "Sở Tư pháp", "200 hồ sơ": "Sở Tư pháp"}),
    ("Nhiều nhất là Sở Xây dựng (590 hồ sơ), Công an tỉnh (210 hồ sơ).",
     {"590 hồ sơ": "Sở Xây dựng", "210 hồ sơ": "Công an tỉnh"}),
    ("Số hồ sơ tiếp nhận (590 hồ sơ) tăng.", {"590 hồ sơ": None}),
    # the parts under a scoped item are the item's
    ("- Lĩnh vực đất đai: 300 hồ sơ, trong đó:\n+ Trước hạn: 280 hồ sơ;\n+ Quá hạn: 20 hồ sơ.\n"
     "Toàn xã đã giải quyết 420 hồ sơ.",
     {"300 hồ sơ": "đất đai", "280 hồ sơ": "đất đai", "20 hồ sơ": "đất đai", "420 hồ sơ": None}),
]


@pytest.mark.parametrize(("text", "expected"), SCOPES)
def test_scopes(text: str, expected: dict[str, str | None]) -> None:
    got = counts(text)
    for fig, scope in expected.items():
        assert got[fig][2] == scope, (fig, got)
