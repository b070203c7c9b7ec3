"""Counts in news prose (positive and negative cases): a scale word with its noun left unsaid, compound cues,
cases (``trường hợp``) of dossiers or feedback, small numbers in words, places counted, procedures handled,
levels in a breakdown across sentences."""

from __future__ import annotations

import pytest

from extract.extractors.counts import CountExtractor
from tests.helpers import facts_by_text


def counts(text: str) -> dict[str, tuple[str, int, str | None, str]]:
    return facts_by_text(text, CountExtractor, "metric", "value", "scope", "unit")


# (text, {figure: (metric, value)}, figures that must not be dossier/feedback/procedure counts)
METRICS = [
    # a scale word ending its phrase: the noun is the clause's
    ("Năm qua, huyện đã giải quyết trên 52 ngàn hồ sơ, trong đó hồ sơ giải quyết đúng hạn trên 51 ngàn (đạt 98%).",
     {"52 ngàn hồ sơ": ("resolved_total", 52000), "51 ngàn": ("resolved_on_time", 51000)}, []),
    ("Xã có tổng số hồ sơ giải quyết gần 4,2 ngàn, hồ sơ trễ hạn là 12 hồ sơ.",
     {"4,2 ngàn": ("resolved_total", 4200), "12 hồ sơ": ("resolved_late", 12)}, []),
    # negative: money, and a scale word before a noun of its own
    ("Kinh phí đầu tư là 850 triệu đồng.", {}, ["850"]),
    # the late status before the resolving verb
    ("Đã giải quyết 900 hồ sơ; hồ sơ quá hạn đã giải quyết là 14 hồ sơ.",
     {"900 hồ sơ": ("resolved_total", 900), "14 hồ sơ": ("resolved_late", 14)}, []),
    # competence is no resolving
    ("Tổng số hồ sơ đã tiếp nhận là 3.000 hồ sơ, trong đó thuộc thẩm quyền cấp huyện là 400 hồ sơ, thuộc thẩm "
     "quyền giải quyết cấp xã 2.600 hồ sơ.",
     {"3.000 hồ sơ": ("received_total", 3000), "2.600 hồ sơ": ("received_total", 2600)}, []),
    # one figure for two verbs: what came in
    ("Từ đầu năm, Bộ phận một cửa đã tiếp nhận và giải quyết 412 hồ sơ.", {"412 hồ sơ": ("received_total", 412)}, []),
    # paused dossiers have no key
    ("Hồ sơ quá hạn: 5 hồ sơ; Hồ sơ đang tạm dừng: 9 hồ sơ.",
     {"5 hồ sơ": ("resolved_late", 5), "9 hồ sơ": ("other", 9)}, []),
    ("Hiện còn 61 hồ sơ đang được xử lý theo quy định.", {"61 hồ sơ": ("pending_total", 61)}, []),
    # a case of what its sentence counts
    ("Xã tiếp nhận 300 hồ sơ, hồ sơ nộp trực tiếp chỉ 40 trường hợp.", {"40 trường hợp": ("received_direct", 40)}, []),
    ("Năm 2024, xã đã tiếp nhận 27 trường hợp phản ánh, kiến nghị của người dân.",
     {"27 trường hợp": ("feedback_received", 27)}, []),
    # negative: a case of nothing counted
    ("Có 3 trường hợp vi phạm trật tự xây dựng bị xử phạt.", {}, ["3 trường hợp"]),
    # feedback recorded, the two words glued
    ("Toàn tỉnh đã ghi nhận hơn 2.100 PAKN.", {"2.100 PAKN": ("feedback_received", 2100)}, []),
    ("Xã đã xử lý 3 phản ánh, kiếnnghị.", {"3 phản ánh, kiếnnghị": ("feedback_handled", 3)}, []),
    # a small number in words in a sentence of figures
    ("Đã giải quyết 120 hồ sơ, trong đó 111 hồ sơ đúng hạn và chỉ bảy hồ sơ quá hạn.",
     {"bảy hồ sơ": ("resolved_late", 7)}, []),
    # negative: a number word in prose, "một", the year word
    ("Năm hồ sơ quá hạn thuộc lĩnh vực đất đai do phải xác minh nguồn gốc.", {}, ["Năm hồ sơ"]),
    ("Trong năm hồ sơ tiếp nhận tăng 120 hồ sơ so với cùng kỳ.", {}, ["năm hồ sơ"]),
    ("Đã giải quyết 30 hồ sơ, có một hồ sơ quá hạn.", {}, ["một hồ sơ"]),
    # places counted are never dossiers; the cue before them goes to the figure after
    ("Tổng số hồ sơ tiếp nhận của 34 địa phương là 14,5 triệu hồ sơ.",
     {"14,5 triệu hồ sơ": ("received_total", 14500000)}, ["34"]),
    # procedures handled are cases; procedures published are the set
    ("Sau một tháng, Trung tâm giải quyết gần 900 thủ tục hành chính.", {"900 thủ tục hành chính": ("resolved_total", 900)}, []),
    ("Tỉnh đã công bố, công khai 1.950 thủ tục hành chính trên Cơ sở dữ liệu quốc gia.",
     {"1.950 thủ tục hành chính": ("procedures_total", 1950)}, []),
]


@pytest.mark.parametrize(("text", "expected", "not_counts"), METRICS)
def test_metrics(text: str, expected: dict[str, tuple[str, int]], not_counts: list[str]) -> None:
    got = counts(text)
    for fig, (metric, value) in expected.items():
        assert fig in got, (fig, got)
        assert got[fig][:2] == (metric, value), (fig, got[fig])
    counted = ("hồ sơ", "thủ tục", "phản ánh, kiến nghị")
    for fig in not_counts:  # the figure alone or with whatever unit the reader gave it
        bad = [t for t, v in got.items() if (t == fig or t.startswith(fig + " ")) and v[3] in counted]
        assert not bad, (fig, got)


def test_decision_changes_not_procedures_total() -> None:
    got = counts("UBND tỉnh ban hành 9 quyết định công bố danh mục TTHC của các sở với 410 TTHC.")
    assert got.get("410 TTHC", ("other",))[0] != "procedures_total"


# (text, {figure: scope})
SCOPES = [
    # a breakdown by levels across sentences, the unit's own level included
    ("UBND HUYỆN TÂN AN\nCụ thể, cấp huyện giải quyết gần 20 ngàn hồ sơ, trong đó hồ sơ đúng hạn là 19.800 hồ sơ. "
     "Cấp xã có tổng số hồ sơ giải quyết trên 40 ngàn, hồ sơ trễ hạn là 90 hồ sơ.",
     {"20 ngàn hồ sơ": "cấp huyện", "19.800 hồ sơ": "cấp huyện", "40 ngàn": "Cấp xã", "90 hồ sơ": "Cấp xã"}),
    # the competent level of a part
    ("UBND HUYỆN TÂN AN\nTổng số hồ sơ toàn huyện đã tiếp nhận là 9.000 hồ sơ, trong đó thuộc thẩm quyền cấp huyện "
     "là 700 hồ sơ, thuộc thẩm quyền giải quyết cấp xã 8.300 hồ sơ.",
     {"9.000 hồ sơ": None, "700 hồ sơ": "cấp huyện", "8.300 hồ sơ": "cấp xã"}),
    # a level opening an announced breakdown frames the sentence after it, up to the next level
    ("Cụ thể, cấp xã đã tiếp nhận 800 hồ sơ. Trong ngày, đã giải quyết 300 hồ sơ. Trong khi đó, cấp tỉnh "
     "tiếp nhận 50 hồ sơ.",
     {"800 hồ sơ": "cấp xã", "300 hồ sơ": "cấp xã", "50 hồ sơ": "cấp tỉnh"}),
    # negative: the unit's own level alone, no breakdown
    ("UBND HUYỆN TÂN AN\nNăm 2024, cấp huyện giải quyết 5.000 hồ sơ. Tỷ lệ đúng hạn đạt 99%.", {"5.000 hồ sơ": None}),
]


@pytest.mark.parametrize(("text", "expected"), SCOPES)
def test_scopes(text: str, expected: dict[str, str | None]) -> None:
    got = counts(text)
    for fig, scope in expected.items():
        assert fig in got, (fig, got)
        assert got[fig][2] == scope, (fig, got[fig])
