"""Round 15, family SCOPES OF COUNTS: made-up sentences for the shapes the opened blind set heldout11 showed.

- a place named as the predicate of a rank (``thấp nhất là huyện A với 92,5%``, ``kế đến là xã B với 640 hồ sơ``)
  goes on as the subject of the comma clauses of its sentence; a set opening the sentence (``Trong số 9 huyện, …``)
  holds the places of its later clauses too (figure_subunits, levels.toml [ranked] predicates);
- a run of fields with their figures after a field's head word (``lĩnh vực hộ tịch với 2.410 hồ sơ; tiếp theo là
  lĩnh vực chứng thực 1.230 hồ sơ, xây dựng 415 hồ sơ, lao động và việc làm 96 hồ sơ``) (figure_field_runs,
  levels.toml [field_runs]);
- a set opening the sentence (``Trong các sở, ngành,``, ``Đối với các sở, ban, ngành,``) does not hide the body
  named after it (figure_subject_lists);
- a level opening its sentence with a colon (``Tại cấp xã: …; đang giải quyết 28 hồ sơ.``) scopes the whole sentence
  (figure_level_scopes);
- a part named by its count's own cue (``(DVCTT toàn trình: 90; DVCTT một phần: 100)``) is the metric, no scope
  (figure_field_names.cue_label, figure_levels).

Each case asserts every count of its text, in order, with its value and scope.
"""

from __future__ import annotations

import pytest

from tests.helpers import COMMUNE, DISTRICT, NEWS, count_rows, report_opening

PROVINCE = report_opening("TỈNH PHÚ THỌ", "năm 2024")

Row = tuple[str, int, "str | None"]

COUNTS: list[tuple[str, str, list[Row]]] = [
    # --- a place as the predicate of a rank ---
    ("A01 thấp nhất là, then a comma clause", NEWS + "Năm 2025, toàn tỉnh tiếp nhận 80.000 hồ sơ. Trong số 9 huyện, "
     "thị xã, huyện Lập Thạch có tỷ lệ đúng hạn cao nhất (99,4%); thấp nhất là huyện Bình Xuyên với 92,5%, còn 87 hồ "
     "sơ quá hạn, chủ yếu về đất đai.",
     [("80.000 hồ sơ", 80000, None), ("87 hồ sơ", 87, "huyện Bình Xuyên")]),
    ("A02 nhiều nhất là, its figure after với", DISTRICT + "Trong kỳ, nhiều nhất là xã Tân Lập với 1.020 hồ sơ, đã "
     "giải quyết 990 hồ sơ.", [("1.020 hồ sơ", 1020, "xã Tân Lập"), ("990 hồ sơ", 990, "xã Tân Lập")]),
    ("A03 dẫn đầu là … ; kế đến là …", DISTRICT + "Dẫn đầu là thị trấn Phú Mỹ với 820 hồ sơ; kế đến là xã Hòa Bình "
     "với 640 hồ sơ.", [("820 hồ sơ", 820, "thị trấn Phú Mỹ"), ("640 hồ sơ", 640, "xã Hòa Bình")]),
    ("A04 neg: the reporting district itself", DISTRICT + "Trong tỉnh, cao nhất là huyện Sông Lô với 98,2%, có 12 hồ "
     "sơ quá hạn.", [("12 hồ sơ", 12, None)]),
    ("A05 neg: the one place of a news item, no set", NEWS + "Toàn tỉnh tiếp nhận 80.000 hồ sơ; thấp nhất là huyện "
     "Bình Xuyên với 92,5%, còn 87 hồ sơ quá hạn.", [("80.000 hồ sơ", 80000, None), ("87 hồ sơ", 87, None)]),
    ("A06 neg: the next sentence has a subject of its own", NEWS + "Trong số 9 huyện, thị xã, thấp nhất là huyện "
     "Bình Xuyên với 92,5%. Toàn tỉnh còn 87 hồ sơ quá hạn.", [("87 hồ sơ", 87, None)]),
    ("A07 đứng đầu là UBND xã …", DISTRICT + "Trong số các xã, đứng đầu là UBND xã Tân Lập với 300 hồ sơ, đã giải "
     "quyết 290 hồ sơ.", [("300 hồ sơ", 300, "UBND xã Tân Lập"), ("290 hồ sơ", 290, "UBND xã Tân Lập")]),
    # --- a run of fields ---
    ("B01 với, tiếp theo là, và inside a name", NEWS + "Năm 2025, toàn tỉnh tiếp nhận 9.000 hồ sơ. Theo lĩnh vực, "
     "nhiều nhất thuộc lĩnh vực hộ tịch với 2.410 hồ sơ; tiếp theo là lĩnh vực chứng thực 1.230 hồ sơ, xây dựng 415 "
     "hồ sơ, lao động và việc làm 96 hồ sơ.",
     [("9.000 hồ sơ", 9000, None), ("2.410 hồ sơ", 2410, "hộ tịch"), ("1.230 hồ sơ", 1230, "chứng thực"),
      ("415 hồ sơ", 415, "xây dựng"), ("96 hồ sơ", 96, "lao động và việc làm")]),
    ("B02 kế đến là, vận tải, a share in brackets", NEWS + "Số hồ sơ tiếp nhận nhiều nhất là lĩnh vực tư pháp với "
     "3.300 hồ sơ (chiếm 41%), kế đến là giao thông vận tải 1.100 hồ sơ và tài nguyên và môi trường 870 hồ sơ.",
     [("3.300 hồ sơ", 3300, "tư pháp"), ("1.100 hồ sơ", 1100, "giao thông vận tải"),
      ("870 hồ sơ", 870, "tài nguyên và môi trường")]),
    ("B03 neg: a channel after a field is the field's part, no field", NEWS + "Lĩnh vực đất đai có 300 hồ sơ, trực "
     "tuyến 120 hồ sơ.", [("300 hồ sơ", 300, "đất đai"), ("120 hồ sơ", 120, "đất đai")]),
    ("B03b neg: a channel after a run of fields", NEWS + "Tiếp nhận nhiều nhất là lĩnh vực hộ tịch với 500 hồ sơ, "
     "chứng thực 300 hồ sơ; trực tuyến 420 hồ sơ.",
     [("500 hồ sơ", 500, "hộ tịch"), ("300 hồ sơ", 300, "chứng thực"), ("420 hồ sơ", 420, None)]),
    ("B04 neg: the other fields stay as written", COMMUNE + "Lĩnh vực hộ tịch 64 hồ sơ; các lĩnh vực khác 21 hồ sơ.",
     [("64 hồ sơ", 64, "hộ tịch"), ("21 hồ sơ", 21, "các lĩnh vực khác")]),
    ("B05 neg: a level after a field is no field", NEWS + "Lĩnh vực hộ tịch có 640 hồ sơ; cấp huyện 2.000 hồ sơ, "
     "cấp xã 5.000 hồ sơ.", [("640 hồ sơ", 640, "hộ tịch"), ("2.000 hồ sơ", 2000, "cấp huyện"),
                            ("5.000 hồ sơ", 5000, "cấp xã")]),
    ("B06 items split by semicolons", NEWS + "Hồ sơ tập trung ở lĩnh vực đất đai 4.000 hồ sơ; tiếp theo là hộ tịch "
     "2.000 hồ sơ; chứng thực 900 hồ sơ.",
     [("4.000 hồ sơ", 4000, "đất đai"), ("2.000 hồ sơ", 2000, "hộ tịch"), ("900 hồ sơ", 900, "chứng thực")]),
    # --- a set opening the sentence ---
    ("C01 Trong các sở, ngành,", NEWS + "Toàn tỉnh giải quyết 40.000 hồ sơ. Trong các sở, ngành, Sở Xây dựng đã giải "
     "quyết 2.300 hồ sơ, 100% đúng hạn.", [("40.000 hồ sơ", 40000, None), ("2.300 hồ sơ", 2300, "Sở Xây dựng")]),
    ("C02 Đối với các sở, ban, ngành,", NEWS + "Đối với các sở, ban, ngành, Sở Tư pháp tiếp nhận 900 hồ sơ.",
     [("900 hồ sơ", 900, "Sở Tư pháp")]),
    ("C03 Trong số 19 sở, ngành,", NEWS + "Trong số 19 sở, ngành, Sở Y tế tiếp nhận 700 hồ sơ.",
     [("700 hồ sơ", 700, "Sở Y tế")]),
    ("C04 neg: bodies listed with one verb", NEWS + "Sở Tư pháp, Sở Xây dựng đã tiếp nhận 1.200 hồ sơ.",
     [("1.200 hồ sơ", 1200, None)]),
    ("C05 each body of the set after ;", NEWS + "Trong 12 sở, ngành, Sở Tư pháp tiếp nhận 300 hồ sơ; Sở Y tế tiếp "
     "nhận 200 hồ sơ.", [("300 hồ sơ", 300, "Sở Tư pháp"), ("200 hồ sơ", 200, "Sở Y tế")]),
    ("C06 Riêng các sở,", NEWS + "Riêng các sở, Sở Công Thương tiếp nhận 300 hồ sơ.",
     [("300 hồ sơ", 300, "Sở Công Thương")]),
    # --- a level opening its sentence with a colon ---
    ("D01 Tại cấp xã: across semicolons", DISTRICT + "Tại cấp xã: tiếp nhận 5.000 hồ sơ (trực tuyến 1.000 hồ sơ), "
     "đã giải quyết 4.900 hồ sơ; đang giải quyết 100 hồ sơ.",
     [("5.000 hồ sơ", 5000, "cấp xã"), ("1.000 hồ sơ", 1000, "cấp xã"), ("4.900 hồ sơ", 4900, "cấp xã"),
      ("100 hồ sơ", 100, "cấp xã")]),
    ("D02 Ở cấp huyện:, a late count after ;", NEWS + "Ở cấp huyện: tiếp nhận 4.000 hồ sơ; trễ hạn 12 hồ sơ.",
     [("4.000 hồ sơ", 4000, "cấp huyện"), ("12 hồ sơ", 12, "cấp huyện")]),
    ("D03 neg: up to the full stop only", DISTRICT + "Tại cấp xã: tiếp nhận 500 hồ sơ; đã giải quyết 480 hồ sơ. "
     "Toàn huyện còn 7 hồ sơ quá hạn.",
     [("500 hồ sơ", 500, "cấp xã"), ("480 hồ sơ", 480, "cấp xã"), ("7 hồ sơ", 7, None)]),
    ("D04 neg: the commune's own level", COMMUNE + "Tại cấp xã: tiếp nhận 300 hồ sơ; đang giải quyết 5 hồ sơ.",
     [("300 hồ sơ", 300, None), ("5 hồ sơ", 5, None)]),
    ("D05 a place with a colon", DISTRICT + "Tại xã Tân Lập: tiếp nhận 500 hồ sơ, đã giải quyết 480 hồ sơ; quá "
     "hạn 4 hồ sơ; đang giải quyết 16 hồ sơ.",
     [("500 hồ sơ", 500, "xã Tân Lập"), ("480 hồ sơ", 480, "xã Tân Lập"), ("4 hồ sơ", 4, "xã Tân Lập"),
      ("16 hồ sơ", 16, "xã Tân Lập")]),
    ("D06 Đối với cấp xã:", DISTRICT + "Đối với cấp xã: tiếp nhận 500 hồ sơ; trễ hạn 4 hồ sơ.",
     [("500 hồ sơ", 500, "cấp xã"), ("4 hồ sơ", 4, "cấp xã")]),
    ("D07 two levels, one sentence each", PROVINCE + "Ở cấp huyện: tiếp nhận 500 hồ sơ; trễ hạn 4 hồ sơ. Ở cấp xã: "
     "tiếp nhận 900 hồ sơ; trễ hạn 2 hồ sơ.", [("500 hồ sơ", 500, "cấp huyện"), ("4 hồ sơ", 4, "cấp huyện"),
                                            ("900 hồ sơ", 900, "cấp xã"), ("2 hồ sơ", 2, "cấp xã")]),
    ("D08 neg: the next level in the sentence ends the frame", PROVINCE + "Tại cấp huyện: tiếp nhận 500 hồ sơ; cấp "
     "xã tiếp nhận 900 hồ sơ.", [("500 hồ sơ", 500, "cấp huyện"), ("900 hồ sơ", 900, "cấp xã")]),
    # --- a part named by its count's own cue ---
    ("E01 neg: kinds of procedure in brackets", COMMUNE + "- Tổng số TTHC thuộc thẩm quyền của UBND xã: 250 thủ tục "
     "(DVCTT toàn trình: 90; DVCTT một phần: 100).",
     [("250 thủ tục", 250, None), ("90", 90, None), ("100", 100, None)]),
    ("E02 bodies in brackets keep their scope", DISTRICT + "Tiếp nhận 1.200 hồ sơ (Phòng Tư pháp: 500; Phòng Kinh "
     "tế: 700).", [("1.200 hồ sơ", 1200, None), ("500", 500, "Phòng Tư pháp"), ("700", 700, "Phòng Kinh tế")]),
    ("E03 dossiers of a kind of service keep it", COMMUNE + "Tổng số hồ sơ tiếp nhận là 600 hồ sơ. Tổng số hồ sơ của "
     "DVCTT toàn trình là 284; số hồ sơ nộp trực tuyến của các DVCTT toàn trình là 272.",
     [("600 hồ sơ", 600, None), ("284", 284, "DVCTT toàn trình"), ("272", 272, "DVCTT toàn trình")]),
]


@pytest.mark.parametrize(("name", "text", "expected"), COUNTS, ids=[c[0] for c in COUNTS])
def test_count_scopes(name: str, text: str, expected: list[Row]) -> None:
    assert count_rows(text, "text", "value", "scope") == expected
