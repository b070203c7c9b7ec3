"""Round 14b, family COUNTS: the metric of a count where a place holds dossiers, a run shares one cue, a plan is told.

- a place, unit or field as subject that still holds dossiers (``xã B tồn 3 hồ sơ``, ``phường D còn để tồn 4 hồ
  sơ``) counts pending ones (data/figures.toml pending_total ``ton`` right before its figure; the cue scanner reads a
  one-word cue followed by a figure, figure_cue_match); ``còn`` as a subject's verb before a late count (``xã C còn 5
  hồ sơ quá hạn``) keeps it open unless a resolving verb follows, like ``vẫn còn`` (figure_still); a bare ``còn``
  opening its clause is "the rest" of a breakdown and keeps it finished;
- a run of bare numbers closed by one count (``N và M hồ sơ``, ``N, M và K hồ sơ``) right after one cue, or with one
  cue right after the closing unit word, takes that cue for every figure (figure_respective.run_cue);
- a count its clause plans (``sẽ``, ``dự kiến``, ``phấn đấu``) or, for procedures, adds (``đưa thêm``) is ``other``,
  whatever its cue, a level of online service included (figure_count_words.planned, figures.toml [count_plan]).

Every sentence is made up. Each case lists (text, metric, value) of every count of dossiers, procedures or feedback
of its text, in order (scopes are another battery's). Each body is read under a commune's header and a province's
(a place named in the body is then a sub-unit with a scope of its own).
"""

from __future__ import annotations

import pytest

from tests.helpers import count_rows

HEADERS = {
    "commune": "ỦY BAN NHÂN DÂN\nXÃ PHÚ LỘC\n\nBÁO CÁO\nTình hình giải quyết thủ tục hành chính quý II năm 2026\n\n",
    "province": "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\n\nBÁO CÁO\nKết quả kiểm soát thủ tục hành chính năm 2026\n\n",
}

Row = tuple[str, str, int]


def rows(text: str) -> list[Row]:
    return count_rows(text, "text", "metric", "value")


CASES: list[tuple[str, list[Row]]] = [
    # --- a subject that still holds dossiers ----------------------------------------------------------------------
    ("Xã Đồng Tâm tồn 6 hồ sơ.", [("6 hồ sơ", "pending_total", 6)]),
    ("Trong đó, phường Hợp Giang còn để tồn 11 hồ sơ.", [("11 hồ sơ", "pending_total", 11)]),
    ("Thị trấn Nà Phặc hiện tồn lại 2 hồ sơ chưa có kết quả.", [("2 hồ sơ", "pending_total", 2)]),
    ("Phòng Kinh tế còn tồn: 8 hồ sơ.", [("8 hồ sơ", "pending_total", 8)]),
    ("Xã Đồng Tâm tồn 4 hồ sơ, xã Minh Khai tồn 1 hồ sơ.",
     [("4 hồ sơ", "pending_total", 4), ("1 hồ sơ", "pending_total", 1)]),
    ("Xã Hưng Đạo còn tồn 7 hồ sơ quá hạn.", [("7 hồ sơ", "pending_late", 7)]),
    ("Xã Đồng Tâm và xã Minh Khai tồn lần lượt 4 và 2 hồ sơ.",
     [("4", "pending_total", 4), ("2 hồ sơ", "pending_total", 2)]),
    # a subject's "còn" before a late count with no resolving verb: still open
    ("Xã Quang Trung còn 9 hồ sơ quá hạn.", [("9 hồ sơ", "pending_late", 9)]),
    ("Riêng phường Sông Hiến còn 3 hồ sơ trễ hạn do chờ xác minh.", [("3 hồ sơ", "pending_late", 3)]),
    ("Toàn huyện còn 26 hồ sơ quá hạn.", [("26 hồ sơ", "pending_late", 26)]),
    ("Đến nay, xã Minh Khai còn 5 hồ sơ quá hạn.", [("5 hồ sơ", "pending_late", 5)]),
    ("Sở Công Thương còn 5 hồ sơ chậm hạn.", [("5 hồ sơ", "pending_late", 5)]),
    ("Lĩnh vực đất đai còn 14 hồ sơ quá hạn.", [("14 hồ sơ", "pending_late", 14)]),
    # negative: a resolving verb after it (a concession), "the rest" of a breakdown, no subject, not a still-open word
    ("Xã Quang Trung còn 9 hồ sơ giải quyết quá hạn.", [("9 hồ sơ", "resolved_late", 9)]),
    ("UBND xã Minh Khai còn để 41 hồ sơ giải quyết quá hạn.", [("41 hồ sơ", "resolved_late", 41)]),
    ("Phòng Tư pháp tiếp nhận 410 hồ sơ, tỷ lệ đúng hạn 97,1%, còn 12 hồ sơ trễ hạn.",
     [("410 hồ sơ", "received_total", 410), ("12 hồ sơ", "resolved_late", 12)]),
    ("Còn 04 hồ sơ trễ hạn và 02 hồ sơ đang giải quyết đã quá hạn.",
     [("04 hồ sơ", "resolved_late", 4), ("02 hồ sơ", "pending_late", 2)]),
    ("Đã giải quyết 700 hồ sơ, trong đó số hồ sơ quá hạn còn 15, chiếm 2,1%.",
     [("700 hồ sơ", "resolved_total", 700), ("15", "resolved_late", 15)]),
    ("Trong kỳ còn 6 hồ sơ quá hạn.", [("6 hồ sơ", "resolved_late", 6)]),
    ("Bảo tồn, phát huy giá trị di tích; tồn tại 3 hồ sơ quá hạn.", [("3 hồ sơ", "resolved_late", 3)]),
    ("Số hồ sơ tồn từ quý trước chuyển sang là 45 hồ sơ.", [("45 hồ sơ", "carried_over", 45)]),
    ("Chi nhánh Văn phòng đăng ký đất đai để quá hạn 52 hồ sơ.", [("52 hồ sơ", "resolved_late", 52)]),
    # --- one cue over a run -----------------------------------------------------------------------------------
    ("Trong đó, xã Đồng Tâm và xã Minh Khai để quá hạn 8 và 5 hồ sơ.",
     [("8", "resolved_late", 8), ("5 hồ sơ", "resolved_late", 5)]),
    ("Xã Đồng Tâm, xã Minh Khai và thị trấn Yên Bình còn tồn 9, 6 và 2 hồ sơ.",
     [("9", "pending_total", 9), ("6", "pending_total", 6), ("2 hồ sơ", "pending_total", 2)]),
    ("Xã Đồng Tâm và xã Minh Khai còn 7 và 3 hồ sơ quá hạn.",
     [("7", "pending_late", 7), ("3 hồ sơ", "pending_late", 3)]),
    ("Huyện Bắc Mê và huyện Yên Minh tiếp nhận trực tuyến lần lượt 1.250, 980 và 640 hồ sơ.",
     [("1.250", "received_online", 1250), ("980", "received_online", 980), ("640 hồ sơ", "received_online", 640)]),
    ("Xã Đồng Tâm và xã Minh Khai có 15 và 12 hồ sơ đang giải quyết.",
     [("15", "pending_total", 15), ("12 hồ sơ", "pending_total", 12)]),
    ("Các đơn vị còn 8, 5 và 1 hồ sơ chưa giải quyết.",
     [("8", "pending_total", 8), ("5", "pending_total", 5), ("1 hồ sơ", "pending_total", 1)]),
    ("Công an huyện và Phòng Tư pháp giải quyết 3.400 và 1.200 hồ sơ, quá hạn 4 và 2 hồ sơ.",
     [("3.400", "resolved_total", 3400), ("1.200 hồ sơ", "resolved_total", 1200), ("4", "resolved_late", 4),
      ("2 hồ sơ", "resolved_late", 2)]),
    # negative: each figure with a verb or a cue of its own
    ("Tiếp nhận 4.100 hồ sơ, trong đó trực tuyến 3.000 và 1.100 hồ sơ trực tiếp.",
     [("4.100 hồ sơ", "received_total", 4100), ("3.000", "received_online", 3000),
      ("1.100 hồ sơ", "received_direct", 1100)]),
    ("Xã Đồng Tâm tiếp nhận 300 và giải quyết 290 hồ sơ.",
     [("300", "received_total", 300), ("290 hồ sơ", "resolved_total", 290)]),
    ("Đã giải quyết 45 và 38 hồ sơ.", [("45", "resolved_total", 45), ("38 hồ sơ", "resolved_total", 38)]),
    # --- a plan or an addition is no count of what is provided ------------------------------------------------
    ("Năm tới, tỉnh sẽ đưa thêm 140 dịch vụ công trực tuyến mức độ 3 lên Cổng dịch vụ công.",
     [("140 dịch vụ công trực tuyến", "other", 140)]),
    ("Dự kiến quý III cung cấp 55 thủ tục trực tuyến toàn trình.", [("55 thủ tục", "other", 55)]),
    ("Phấn đấu đến cuối năm có 210 dịch vụ công trực tuyến mức độ 4.", [("210 dịch vụ công trực tuyến", "other", 210)]),
    ("Trong tháng, huyện bổ sung thêm 35 DVCTT một phần.", [("35 DVCTT", "other", 35)]),
    ("Có 60 DVCTT toàn trình sẽ được tích hợp lên Cổng dịch vụ công quốc gia.", [("60 DVCTT", "other", 60)]),
    ("Dự kiến tháng tới tiếp nhận khoảng 900 hồ sơ.", [("900 hồ sơ", "other", 900)]),
    # negative: what is provided, received or still open now; "chia sẻ"; a plan in another clause
    ("Đã cung cấp 55 thủ tục trực tuyến toàn trình.", [("55 thủ tục", "procedures_online_full", 55)]),
    ("Hiện có 140 dịch vụ công trực tuyến mức độ 3.", [("140 dịch vụ công trực tuyến", "procedures_online_partial", 140)]),
    ("Còn 14 hồ sơ chưa giải quyết sẽ được chuyển sang tháng sau.", [("14 hồ sơ", "pending_total", 14)]),
    ("Thời gian tới sẽ tiếp tục rà soát, trong kỳ đã giải quyết 480 hồ sơ.", [("480 hồ sơ", "resolved_total", 480)]),
    ("Đã tiếp nhận thêm 20 hồ sơ trực tuyến.", [("20 hồ sơ", "received_online", 20)]),
]


@pytest.mark.parametrize("header", sorted(HEADERS))
@pytest.mark.parametrize(("body", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_counts(header: str, body: str, expected: list[Row]) -> None:
    assert rows(HEADERS[header] + body) == expected
