"""Round 14, family COUNTS: the metric key of a count, from the phrasings a writer uses for it.

- dossiers still open however worded (``đang trong quá trình giải quyết``, ``đang được thụ lý``, ``đang chờ giải
  quyết``, ``còn tồn đọng``, ``chưa giải quyết xong``) are pending, not resolved (data/figures.toml);
- ``vẫn còn`` without a present marker is a concession: ``vẫn còn N hồ sơ giải quyết quá hạn`` were finished late;
  ``hiện còn`` / ``tồn`` / ``đang giải quyết`` / no resolving verb keep a late count open
  (figure_counts.STILL_BEFORE);
- a run told in the order of the counts before it (``con số này lần lượt là A và B``, ``tương ứng A và B``) takes
  their metrics in order; a ranking continued (``xếp tiếp theo với``, ``tiếp đến là``) keeps the ranking's metric
  (figure_respective);
- a ranking word between a cue and its figure (``số hồ sơ trực tuyến lớn nhất, N hồ sơ``) keeps the figure the cue's
  (figure_counts.SUPERLATIVE_GAP);
- two levels of online service counted together (``mức độ 3, 4``, ``một phần và toàn trình``) are ``other``.

Every sentence is made up. Each case lists (text, metric, value) of every count of dossiers, procedures or feedback
of its text, in order (scopes are another battery's).
"""

from __future__ import annotations

import pytest

from tests.helpers import MONTHLY_COMMUNE as COMMUNE
from tests.helpers import count_rows

Row = tuple[str, str, int]


def rows(text: str) -> list[Row]:
    return count_rows(text, "text", "metric", "value")


CASES: list[tuple[str, list[Row]]] = [
    # --- still open, however worded -----------------------------------------------------------------------------
    ("Đến nay còn 214 hồ sơ đang trong quá trình xử lý.", [("214 hồ sơ", "pending_total", 214)]),
    ("Số hồ sơ đang trong quá trình giải quyết là 87 hồ sơ.", [("87 hồ sơ", "pending_total", 87)]),
    ("Còn 12 hồ sơ chưa giải quyết xong do người dân chưa bổ sung giấy tờ.", [("12 hồ sơ", "pending_total", 12)]),
    ("Toàn huyện còn tồn đọng 33 hồ sơ.", [("33 hồ sơ", "pending_total", 33)]),
    ("Hiện có 19 hồ sơ đang chờ giải quyết.", [("19 hồ sơ", "pending_total", 19)]),
    ("Có 52 hồ sơ đang được thụ lý, thẩm định.", [("52 hồ sơ", "pending_total", 52)]),
    # negative: "trong quá trình" of something else; a backlog that is late is pending late
    ("Phòng đã giải quyết 640 hồ sơ trong quá trình thực hiện nhiệm vụ.", [("640 hồ sơ", "resolved_total", 640)]),
    ("Đã giải quyết xong 905 hồ sơ.", [("905 hồ sơ", "resolved_total", 905)]),
    ("Tồn đọng 12 hồ sơ quá hạn.", [("12 hồ sơ", "pending_late", 12)]),
    # --- "vẫn còn" with a resolving verb: finished late ------------------------------------------------------------
    ("Vẫn còn 310 hồ sơ giải quyết quá hạn, chủ yếu ở lĩnh vực đất đai.", [("310 hồ sơ", "resolved_late", 310)]),
    ("Năm qua vẫn còn 58 hồ sơ trả kết quả trễ hạn.", [("58 hồ sơ", "resolved_late", 58)]),
    # negative: a present marker, a backlog word, an open verb or no verb at all keep it open
    ("Hiện còn 1.300 hồ sơ xử lý quá hạn.", [("1.300 hồ sơ", "pending_late", 1300)]),
    ("Hiện nay còn 9 hồ sơ giải quyết trễ hạn.", [("9 hồ sơ", "pending_late", 9)]),
    ("Vẫn còn 75 hồ sơ quá hạn.", [("75 hồ sơ", "pending_late", 75)]),
    ("Vẫn còn 40 hồ sơ đang giải quyết quá hạn.", [("40 hồ sơ", "pending_late", 40)]),
    ("Vẫn còn tồn 25 hồ sơ quá hạn.", [("25 hồ sơ", "pending_late", 25)]),
    # --- a run told in the order of the counts before it --------------------------------------------------------
    ("Cấp tỉnh tiếp nhận 8.200 hồ sơ, đã giải quyết 7.950 hồ sơ. Ở cấp xã, con số tương ứng là 15.400 hồ sơ và "
     "15.020 hồ sơ.",
     [("8.200 hồ sơ", "received_total", 8200), ("7.950 hồ sơ", "resolved_total", 7950),
      ("15.400 hồ sơ", "received_total", 15400), ("15.020 hồ sơ", "resolved_total", 15020)]),
    ("Huyện tiếp nhận 4.000 hồ sơ, giải quyết 3.900 hồ sơ, trả kết quả trễ hạn 12 hồ sơ; ở cấp xã lần lượt là "
     "9.100, 9.050 và 3 hồ sơ.",
     [("4.000 hồ sơ", "received_total", 4000), ("3.900 hồ sơ", "resolved_total", 3900),
      ("12 hồ sơ", "resolved_late", 12), ("9.100", "received_total", 9100), ("9.050", "resolved_total", 9050),
      ("3 hồ sơ", "resolved_late", 3)]),
    ("Cấp tỉnh tiếp nhận 1.000 hồ sơ, giải quyết 950 hồ sơ; cấp huyện tương ứng 800 và 760 hồ sơ.",
     [("1.000 hồ sơ", "received_total", 1000), ("950 hồ sơ", "resolved_total", 950),
      ("800", "received_total", 800), ("760 hồ sơ", "resolved_total", 760)]),
    ("Cấp tỉnh đã giải quyết 6.100 hồ sơ, đang giải quyết 240 hồ sơ.\nỞ cấp huyện, các con số này lần lượt là "
     "3.300 hồ sơ và 95 hồ sơ.",
     [("6.100 hồ sơ", "resolved_total", 6100), ("240 hồ sơ", "pending_total", 240),
      ("3.300 hồ sơ", "resolved_total", 3300), ("95 hồ sơ", "pending_total", 95)]),
    # one metric before: every figure of the run takes it
    ("Xã An Phú tiếp nhận 620 hồ sơ. Xã Tân Lợi và xã Mỹ Hòa lần lượt là 540 hồ sơ và 410 hồ sơ.",
     [("620 hồ sơ", "received_total", 620), ("540 hồ sơ", "received_total", 540),
      ("410 hồ sơ", "received_total", 410)]),
    # negative: a run with a verb of its own keeps it; a lone equivalent of a rate keeps the rate's cue
    ("Xã A và xã B lần lượt tiếp nhận 500 và 400 hồ sơ.",
     [("500", "received_total", 500), ("400 hồ sơ", "received_total", 400)]),
    ("Xã C đã giải quyết 300 hồ sơ, đúng hạn đạt 98% (tương ứng với 294 hồ sơ).",
     [("300 hồ sơ", "resolved_total", 300), ("294 hồ sơ", "resolved_on_time", 294)]),
    # --- a ranking continued ------------------------------------------------------------------------------------
    ("Trong 12 xã, xã Đông Hưng tiếp nhận nhiều hồ sơ nhất (2.140 hồ sơ); xã Tây Sơn và xã Nam Hà xếp tiếp theo với "
     "1.870 và 1.560 hồ sơ.",
     [("2.140 hồ sơ", "received_total", 2140), ("1.870", "received_total", 1870),
      ("1.560 hồ sơ", "received_total", 1560)]),
    ("Phường A dẫn đầu về số hồ sơ trực tuyến với 2.300 hồ sơ; phường B và phường C xếp tiếp theo với 2.050 và 1.980 "
     "hồ sơ.",
     [("2.300 hồ sơ", "received_online", 2300), ("2.050", "received_online", 2050),
      ("1.980 hồ sơ", "received_online", 1980)]),
    ("Lĩnh vực đất đai có số hồ sơ trễ hạn nhiều nhất với 45 hồ sơ; tiếp đến là lĩnh vực xây dựng với 12 hồ sơ.",
     [("45 hồ sơ", "resolved_late", 45), ("12 hồ sơ", "resolved_late", 12)]),
    ("Xã A tiếp nhận nhiều hồ sơ nhất (1.250 hồ sơ), xếp sau là xã B với 1.100 hồ sơ.",
     [("1.250 hồ sơ", "received_total", 1250), ("1.100 hồ sơ", "received_total", 1100)]),
    # negative: a verb of its own after "tiếp theo"
    ("Xã A tiếp nhận 800 hồ sơ; tiếp theo, xã đã giải quyết 780 hồ sơ.",
     [("800 hồ sơ", "received_total", 800), ("780 hồ sơ", "resolved_total", 780)]),
    # --- a ranking word between a cue and its figure ------------------------------------------------------------
    ("Công an huyện là đơn vị có số hồ sơ trực tuyến lớn nhất, 9.800 hồ sơ.", [("9.800 hồ sơ", "received_online", 9800)]),
    ("Xã D có số hồ sơ trực tuyến thấp nhất toàn huyện, với 35 hồ sơ.", [("35 hồ sơ", "received_online", 35)]),
    ("Lĩnh vực đất đai có số hồ sơ giải quyết trễ hạn nhiều nhất (27 hồ sơ).", [("27 hồ sơ", "resolved_late", 27)]),
    ("Phường Tân An có số hồ sơ tiếp nhận cao nhất là 3.400 hồ sơ.", [("3.400 hồ sơ", "received_total", 3400)]),
    # negative: the ranking's rate, then a count with a cue of its own
    ("Xã E có số hồ sơ trực tuyến lớn nhất, đạt tỷ lệ 92%; xã tiếp nhận 1.200 hồ sơ.",
     [("1.200 hồ sơ", "received_total", 1200)]),
    # --- two levels of online service together ------------------------------------------------------------------
    ("Tỉnh có 1.050 TTHC được cung cấp dịch vụ công trực tuyến mức độ 3 và 4.", [("1.050 TTHC", "other", 1050)]),
    ("Toàn tỉnh hiện có 870 TTHC được cung cấp trực tuyến mức độ 3, 4.", [("870 TTHC", "other", 870)]),
    ("Huyện đang cung cấp 320 thủ tục trực tuyến mức độ 3-4.", [("320 thủ tục", "other", 320)]),
    ("Tỉnh có 610 TTHC mức độ 3 và mức độ 4.", [("610 TTHC", "other", 610)]),
    ("Toàn tỉnh cung cấp 900 DVCTT một phần và toàn trình.", [("900 DVCTT", "other", 900)]),
    # negative: each level with its own figure, or one level alone
    ("Có 700 TTHC được cung cấp trực tuyến mức độ 3, 350 TTHC mức độ 4.",
     [("700 TTHC", "procedures_online_partial", 700), ("350 TTHC", "procedures_online_full", 350)]),
    ("Có 420 thủ tục dịch vụ công trực tuyến toàn trình và 380 thủ tục một phần.",
     [("420 thủ tục", "procedures_online_full", 420), ("380 thủ tục", "procedures_online_partial", 380)]),
    ("Cung cấp 950 dịch vụ công trực tuyến mức độ 3.",
     [("950 dịch vụ công trực tuyến", "procedures_online_partial", 950)]),
]


@pytest.mark.parametrize(("body", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_counts(body: str, expected: list[Row]) -> None:
    assert rows(COMMUNE + body) == expected
