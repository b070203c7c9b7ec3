"""Count metrics, round 9 (positive and negative cases): the structure of a breakdown and procedure sets.

- a part of a breakdown whose own cue is a generic ancestor of its total's metric takes the total's specific metric
  (received online / directly / carried over, split by level); a total whose parts include pending ones is received;
- a channel alone in a parenthesis after "tiếp nhận" names the count's channel;
- bare numbers of a breakdown by level count what their total counts;
- procedures with their level of service after a verb of service, an abbreviation in parentheses between;
  procedures a centre takes dossiers in for are its set.
"""

from __future__ import annotations

import pytest

from extract.extractors.counts import CountExtractor
from tests.helpers import facts_by_text


def counts(text: str) -> dict[str, tuple[str, int, str | None]]:
    return facts_by_text(text, CountExtractor, "metric", "value", "scope")


# (text, {figure: metric}); a figure absent from the dict is not checked
CASES = [
    # --- generic parts of a specific total ---
    ("Trong kỳ, số hồ sơ tiếp nhận trực tuyến là 4.410 hồ sơ (cấp tỉnh tiếp nhận 910 hồ sơ, cấp huyện tiếp nhận "
     "1.500 hồ sơ; cấp xã tiếp nhận 2.000 hồ sơ).",
     {"4.410 hồ sơ": "received_online", "910 hồ sơ": "received_online", "1.500 hồ sơ": "received_online",
      "2.000 hồ sơ": "received_online"}),
    ("Số hồ sơ kỳ trước chuyển sang là 730 hồ sơ (cấp tỉnh tiếp nhận 230 hồ sơ, cấp huyện tiếp nhận 500 hồ sơ).",
     {"730 hồ sơ": "carried_over", "230 hồ sơ": "carried_over", "500 hồ sơ": "carried_over"}),
    ("Số hồ sơ tiếp nhận trực tiếp là 6.300 hồ sơ (cấp huyện tiếp nhận 2.300 hồ sơ, cấp xã tiếp nhận 4.000 hồ sơ).",
     {"6.300 hồ sơ": "received_direct", "2.300 hồ sơ": "received_direct", "4.000 hồ sơ": "received_direct"}),
    # a channel alone in the parenthesis after the cue
    ("Số mới tiếp nhận (trực tiếp hoặc dịch vụ bưu chính) là 52.100 hồ sơ (cấp huyện tiếp nhận 12.100 hồ sơ, cấp xã "
     "tiếp nhận 40.000 hồ sơ).",
     {"52.100 hồ sơ": "received_direct", "12.100 hồ sơ": "received_direct", "40.000 hồ sơ": "received_direct"}),
    # negative: a generic total keeps its parts generic; a parenthesis naming no channel names none
    ("Tổng số hồ sơ tiếp nhận là 9.000 hồ sơ (cấp tỉnh tiếp nhận 1.000 hồ sơ, cấp huyện tiếp nhận 8.000 hồ sơ).",
     {"9.000 hồ sơ": "received_total", "1.000 hồ sơ": "received_total", "8.000 hồ sơ": "received_total"}),
    ("Số hồ sơ tiếp nhận (kể cả kỳ trước) là 640 hồ sơ.", {"640 hồ sơ": "received_total"}),
    # --- a total whose parts include pending ones ---
    ("Tổng số hồ sơ giải quyết theo cơ chế một cửa 12.400 hồ sơ (đúng hạn 12.000 hồ sơ; quá hạn 100 hồ sơ, "
     "chưa đến hạn 300 hồ sơ).",
     {"12.400 hồ sơ": "received_total", "12.000 hồ sơ": "resolved_on_time", "100 hồ sơ": "resolved_late",
      "300 hồ sơ": "pending_in_time"}),
    # negative: a finished total ("đã giải quyết") keeps its reading
    ("Đã giải quyết 870 hồ sơ (đúng hạn 860 hồ sơ, quá hạn 10 hồ sơ).",
     {"870 hồ sơ": "resolved_total", "860 hồ sơ": "resolved_on_time", "10 hồ sơ": "resolved_late"}),
    ("Tổng số hồ sơ đang giải quyết là 95 hồ sơ (chưa đến hạn 90 hồ sơ, quá hạn 5 hồ sơ).",
     {"95 hồ sơ": "pending_total", "90 hồ sơ": "pending_in_time", "5 hồ sơ": "pending_late"}),
    # --- bare parts by level ---
    ("Đến nay, về tổng số thủ tục hành chính trên địa bàn toàn huyện có 412 thủ tục hành chính (trong đó: cấp huyện: 301, cấp xã: 111).",
     {"301": "procedures_total", "111": "procedures_total"}),
    # --- procedures with their level of service ---
    ("Bộ phận một cửa tiếp nhận hồ sơ giấy đối với trên 960 TTHC; tiếp nhận hồ sơ điện tử đối với 210 TTHC thực hiện "
     "dịch vụ công trực tuyến mức độ 3 và 305 TTHC thực hiện dịch vụ công trực tuyến mức độ 4.",
     {"960 TTHC": "procedures_total", "210 TTHC": "procedures_online_partial", "305 TTHC": "procedures_online_full"}),
    ("Hệ thống đã cung cấp 1.240 TTHC cung cấp Dịch vụ công trực tuyến (DVCTT) toàn trình, 96 TTHC cung cấp DVCTT một "
     "phần.", {"1.240 TTHC": "procedures_online_full", "96 TTHC": "procedures_online_partial"}),
    # negative: a kind of procedure named after the unit word, an act on the set, online services with no level
    ("Thực hiện tốt việc tiếp nhận đối với 41 TTHC liên thông cùng cấp và 37 TTHC liên thông giữa các cấp.",
     {"41 TTHC": "other", "37 TTHC": "other"}),
    ("UBND thị xã ủy quyền tiếp nhận hồ sơ đối với 14 TTHC.", {"14 TTHC": "other"}),
    ("Toàn tỉnh đã tích hợp 530 DVCTT lên Cổng Dịch vụ công quốc gia.", {"530 DVCTT": "other"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round9_metric(text: str, expected: dict[str, str]) -> None:
    got = counts(text)
    for figure, metric in expected.items():
        assert figure in got, (figure, got)
        assert got[figure][0] == metric, (figure, got[figure])


def test_bare_parts_take_their_scope_and_value() -> None:
    got = counts("Đến nay, về tổng số thủ tục hành chính trên địa bàn toàn huyện có 412 thủ tục hành chính (trong đó: cấp huyện: 301, "
                 "cấp xã: 111).")
    assert got["301"] == ("procedures_total", 301, "cấp huyện")
    assert got["111"] == ("procedures_total", 111, "cấp xã")


def test_bare_numbers_outside_a_breakdown_stay_unread() -> None:
    got = counts("Toàn huyện có 412 thủ tục hành chính. Cấp huyện: 301, cấp xã: 111.")
    assert "301" not in got and "111" not in got
