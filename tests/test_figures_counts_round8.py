"""Count metrics, round 8 (positive and negative cases), read from the clause: who acts, the verb, the noun counted
and the state words wherever they stand.

- procedures: an act on the set (announced, delegated, abolished, simplified) is no count of the procedures in force
  nor of cases handled; procedures a centre takes in for the agencies that own them are its set; online services
  (DVCTT) with no level of service are no procedure set either;
- dossier states: carried over, returned (refused), received late, still open and late, early-or-on-time written
  with a slash, in time after "trả kết quả", online dossiers as the subject of "tiếp nhận";
- whose cue: a cue right before another figure is that figure's; the first verb of "tiếp nhận và giải quyết" right
  after a count is that count's;
- feedback counted in "ý kiến"; a headline count the body tells again.
"""

from __future__ import annotations

import pytest

from extract.extractors.counts import CountExtractor
from tests.helpers import facts_by_text


def counts(text: str) -> dict[str, tuple[str, int, str | None]]:
    return facts_by_text(text, CountExtractor, "metric", "value", "scope")


# (text, {figure: metric}); a figure absent from the dict is not checked
CASES = [
    # --- procedures: acts on the set ---
    ("Trong quý, Chủ tịch UBND tỉnh ban hành Quyết định số 88/QĐ-UBND công bố thêm 5 thủ tục thuộc lĩnh vực "
     "hộ tịch.", {"5 thủ tục": "other"}),
    ("Tỉnh đã ban hành 4 quyết định công bố danh mục 57 TTHC, trong đó 40 TTHC mới và 17 TTHC bị bãi bỏ.",
     {"57 TTHC": "other", "40 TTHC": "other", "17 TTHC": "other"}),
    ("UBND huyện đã ủy quyền cho Trưởng phòng Tư pháp giải quyết đối với 12 TTHC thuộc thẩm quyền của Chủ tịch "
     "UBND huyện.", {"12 TTHC": "other"}),
    ("Thành phố ban hành quyết định phân cấp giải quyết 34 TTHC cho các phường: Tư pháp (9 TTHC), Xây dựng "
     "(6 TTHC).", {"34 TTHC": "other", "9 TTHC": "other", "6 TTHC": "other"}),
    ("Năm 2024, tỉnh bãi bỏ 26 thủ tục hành chính không còn phù hợp.", {"26 thủ tục hành chính": "other"}),
    # negative: the set in force, in the sentence after an act
    ("Tỉnh công bố thêm 3 thủ tục. Hiện toàn tỉnh đang thực hiện 1.950 thủ tục hành chính.",
     {"3 thủ tục": "other", "1.950 thủ tục hành chính": "procedures_total"}),
    # negative: the set published (no act of change) stays the set
    ("Huyện đã công bố, công khai 310 thủ tục hành chính trên Cổng thông tin điện tử.",
     {"310 thủ tục hành chính": "procedures_total"}),
    # negative: an act before a count of dossiers keeps nothing from the procedures
    ("Sau khi được ủy quyền, Sở Xây dựng đã giải quyết 420 hồ sơ.", {"420 hồ sơ": "resolved_total"}),
    # procedures taken in for the agencies that own them: the centre's set
    ("Trung tâm là đầu mối tiếp nhận 980 thủ tục hành chính của 15 sở, ban, ngành.",
     {"980 thủ tục hành chính": "procedures_total"}),
    # negative: procedures handled after a month of work are the cases handled
    ("Sau một tháng vận hành, điểm phục vụ xã đã giải quyết gần 1.500 thủ tục hành chính.",
     {"1.500 thủ tục hành chính": "resolved_total"}),
    # online services are no procedure set; a level of service keeps its key
    ("Trong đó, cấp huyện có 640 DVCTT và cấp xã có 210 DVCTT.", {"640 DVCTT": "other", "210 DVCTT": "other"}),
    ("Xã có 95 DVCTT toàn trình và 40 DVCTT một phần.",
     {"95 DVCTT": "procedures_online_full", "40 DVCTT": "procedures_online_partial"}),
    # --- dossier states ---
    ("Trong tháng, huyện tiếp nhận 3.100 hồ sơ (gồm 410 hồ sơ chuyển tiếp từ tháng trước và 2.690 hồ sơ tiếp nhận "
     "mới).", {"3.100 hồ sơ": "received_total", "410 hồ sơ": "carried_over", "2.690 hồ sơ": "received_in_period"}),
    ("Số hồ sơ tồn từ quý trước chuyển sang là 56 hồ sơ.", {"56 hồ sơ": "carried_over"}),
    ("Đã giải quyết 2.800 hồ sơ; số hồ sơ đang giải quyết là 250 hồ sơ; số hồ sơ trả lại là 50 hồ sơ.",
     {"2.800 hồ sơ": "resolved_total", "250 hồ sơ": "pending_total", "50 hồ sơ": "rejected"}),
    # negative: returning the result is resolving; a return joined to a withdrawal is the combined figure
    ("Phường đã trả kết quả 640 hồ sơ.", {"640 hồ sơ": "resolved_total"}),
    ("Có 18 hồ sơ các cơ quan trả lại hồ sơ và công dân rút hồ sơ.", {"18 hồ sơ": "rejected_or_withdrawn"}),
    # received late has no key; late and still open, in either order
    ("Trong đó số được xử lý đúng hạn 4.100 hồ sơ, số chậm được tiếp nhận 23 hồ sơ và số giải quyết quá hạn đang "
     "xử lý 41 hồ sơ.", {"4.100 hồ sơ": "resolved_on_time", "23 hồ sơ": "other", "41 hồ sơ": "pending_late"}),
    ("Qua rà soát, toàn huyện có 77 hồ sơ quá hạn tiếp nhận.", {"77 hồ sơ": "other"}),
    ("Toàn tỉnh hiện còn 1.240 hồ sơ xử lý quá hạn, trong đó thành phố B có 600 hồ sơ.",
     {"1.240 hồ sơ": "pending_late", "600 hồ sơ": "pending_late"}),
    ("Huyện yêu cầu xử lý dứt điểm 95 hồ sơ chậm muộn.", {"95 hồ sơ": "pending_late"}),
    # negative: a bare "còn" is the rest of a breakdown; a finished cue keeps it finished
    ("Sở tiếp nhận 500 hồ sơ, còn 8 hồ sơ trễ hạn.", {"8 hồ sơ": "resolved_late"}),
    ("Hiện còn 6 hồ sơ đã giải quyết quá hạn chưa được giải trình.", {"6 hồ sơ": "resolved_late"}),
    # early or on time with a slash, in time after "trả kết quả"
    ("Số hồ sơ đã giải quyết là 9.900 (9.700 hồ sơ giải quyết trước/đúng hạn và 200 hồ sơ giải quyết trễ hạn).",
     {"9.900": "resolved_total", "9.700 hồ sơ": "resolved_in_time", "200 hồ sơ": "resolved_late"}),
    ("Xã đã giải quyết 800 hồ sơ, trong đó đúng/trước hạn 790 hồ sơ.", {"790 hồ sơ": "resolved_in_time"}),
    ("Có 2.150 hồ sơ đến hạn, đã có 2.140 hồ sơ được trả kết quả trước và đúng hạn.",
     {"2.150 hồ sơ": "other", "2.140 hồ sơ": "resolved_in_time"}),
    # online dossiers as the subject of tiếp nhận
    ("Tổng số hồ sơ trực tuyến đã tiếp nhận, giải quyết trên địa bàn huyện là 6.204 hồ sơ.",
     {"6.204 hồ sơ": "received_online"}),
    # negative: all dossiers as the subject
    ("Tổng số hồ sơ đã tiếp nhận trên địa bàn huyện là 6.204 hồ sơ.", {"6.204 hồ sơ": "received_total"}),
    # --- whose cue ---
    ("Trong tuần đã có 520 hồ sơ được tiếp nhận và đã giải quyết 470 hồ sơ.",
     {"520 hồ sơ": "received_total", "470 hồ sơ": "resolved_total"}),
    # negative: one figure for both verbs is what came in
    ("Bộ phận một cửa đã tiếp nhận và giải quyết 656 hồ sơ.", {"656 hồ sơ": "received_total"}),
    # a cue right before another figure is that one's, not the figure before it
    ("Trong quý, đã giải 3.010 hồ sơ (giải quyết đúng hạn 2.990 hồ sơ).", {"2.990 hồ sơ": "resolved_on_time"}),
    # a "giải quyết" total whose breakdown lists pending dossiers is everything handled
    ("Số hồ sơ được giải quyết qua bộ phận một cửa là: 7.310 hồ sơ; trong đó trả đúng hạn là: 7.200 hồ sơ, số hồ sơ "
     "đang giải quyết là: 104 hồ sơ.", {"7.310 hồ sơ": "received_total", "104 hồ sơ": "pending_total"}),
    # negative: a finished cue, or a pending sibling after ";"
    ("Phường đã giải quyết 7.310 hồ sơ, trong đó đúng hạn 7.200 hồ sơ, đang giải quyết 104 hồ sơ.",
     {"7.310 hồ sơ": "resolved_total"}),
    ("Số hồ sơ giải quyết là 880 hồ sơ; trong đó đúng hạn 870 hồ sơ; đang giải quyết 12 hồ sơ.",
     {"880 hồ sơ": "resolved_total", "12 hồ sơ": "pending_total"}),
    # --- feedback counted in "ý kiến" ---
    ("Tổng đài đã phối hợp với các cơ quan giải quyết 1.240 ý kiến, đạt 98%.", {"1.240": "feedback_handled"}),
    # negative: dossiers after the same verb
    ("Tổng đài đã phối hợp với các cơ quan giải quyết 1.240 hồ sơ.", {"1.240 hồ sơ": "resolved_total"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round8(text: str, expected: dict[str, str]) -> None:
    got = counts(text)
    for fig, metric in expected.items():
        assert fig in got, (fig, got)
        assert got[fig][0] == metric, (fig, got[fig])


# the noun before a bare figure's cue is the thing named: a group of procedures ("Nhóm TTHC liên thông (3)") counts
# no interlinked dossiers (no fact, or one under no key); dossiers named before the same cue keep theirs
# (text, figure, the metric it must have, or None: no dossier key)
BARE_AFTER_NOUN = [
    ("Sở Xây dựng (64), Văn phòng UBND tỉnh (7), Nhóm TTHC liên thông (3).", "3", None),
    ("Hồ sơ liên thông: 25.", "25", "interlinked"),
]


@pytest.mark.parametrize(("text", "fig", "metric"), BARE_AFTER_NOUN)
def test_bare_figure_after_its_noun(text: str, fig: str, metric: str | None) -> None:
    got = counts(text)
    if metric is None:
        assert got.get(fig, ("other",))[0] == "other", got
    else:
        assert got[fig][0] == metric, got


# a headline count the body tells again takes the body's key (with one key only)
HEADLINES = [
    ("Quý II, phường giải quyết 4.210 hồ sơ\n\nTrong quý II, tổng số hồ sơ yêu cầu giải quyết là 4.210 hồ sơ; đã giải "
     "quyết 4.100 hồ sơ.", "4.210 hồ sơ", "received_total"),
    # negative: the body gives the value under no key, or not at all
    ("Quý II, phường giải quyết 4.210 hồ sơ\n\nTrong quý II, phường đã giải quyết 4.100 hồ sơ.", "4.210 hồ sơ",
     "resolved_total"),
    # negative: a first line that is a sentence is no headline
    ("Trong quý II, phường đã giải quyết 4.210 hồ sơ. Tổng số hồ sơ yêu cầu giải quyết là 4.210 hồ sơ.\n\nHết.",
     "4.210 hồ sơ", "resolved_total"),
]


@pytest.mark.parametrize(("text", "fig", "metric"), HEADLINES)
def test_headline_count(text: str, fig: str, metric: str) -> None:
    from extract.extractors.counts import CountExtractor as Ex
    from tests.helpers import extracted

    first = next(f for f in extracted(text, Ex) if f.text == fig)
    assert first.metric == metric
