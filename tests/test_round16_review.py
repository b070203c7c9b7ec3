"""Round 16 review: what the review of the third wave found.

- an average's frame opening the sentence reaches no clause that opens with a whole period or a total of its own
  (``…, tính chung cả quý đã tiếp nhận 300 hồ sơ``: a total) (figure_count_average); the frame inside the figure's
  clause is looked for a bounded way back;
- a "chưa cập nhật" after the next figure is that figure's, not this one's (figure_count_unrecorded);
- a name is cut at its rank verb on its accented words: ``đất`` is no ``đạt``, ``cơ`` no ``có``, ``đề`` no ``để``,
  and ``huyện Thống Nhất`` is no rank (figure_scope_names, levels.toml [names]);
- long inputs stay linear: a clause of thousands of counts, a sentence of thousands of number words, a table of
  thousands of columns (the outputs are asserted here; the timings were checked by hand).

Made-up sentences; positive cases and the readings that must not change.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract.extractors.figure_scan import iter_figures
from extract.extractors.figure_scope_names import cut_ranked_verb
from extract.readers.text_columns import nearest
from extract.readers.txt import read_txt
from normalize.text import fold
from tests.helpers import COMMUNE, DISTRICT, TXT_SOURCE, count_rows

# (text, expected counts as (text, metric))
AVERAGES = [
    # the frame opening the sentence covers its first figure, not a total told after it
    ("Trung bình mỗi tháng tiếp nhận 100 hồ sơ, tính chung cả quý đã tiếp nhận 300 hồ sơ.",
     [("100 hồ sơ", "other"), ("300 hồ sơ", "received_total")]),
    ("Bình quân mỗi ngày tiếp nhận 40 hồ sơ, cả năm đã giải quyết 9.800 hồ sơ.",
     [("40 hồ sơ", "other"), ("9.800 hồ sơ", "resolved_total")]),
    ("Trung bình mỗi tháng, xã tiếp nhận 100 hồ sơ, lũy kế từ đầu năm đã tiếp nhận 600 hồ sơ.",
     [("100 hồ sơ", "other"), ("600 hồ sơ", "received_total")]),
    # unchanged: the frame's own figure after a comma, and the clauses continuing it
    ("Bình quân mỗi ngày làm việc, Trung tâm tiếp nhận khoảng 180 hồ sơ.", [("180 hồ sơ", "other")]),
    ("Trung bình mỗi tháng, xã tiếp nhận 100 hồ sơ.", [("100 hồ sơ", "other")]),
    ("Trung bình mỗi tháng, xã tiếp nhận 100 hồ sơ, giải quyết 90 hồ sơ.",
     [("100 hồ sơ", "other"), ("90 hồ sơ", "other")]),
    # unchanged: the frame in the figure's own clause, and a total before an average
    ("Xã đã tiếp nhận 1.200 hồ sơ, bình quân 40 hồ sơ/ngày.", [("1.200 hồ sơ", "received_total"),
                                                             ("40 hồ sơ", "other")]),
    ("Trong quý, xã đã tiếp nhận 900 hồ sơ, tiếp nhận bình quân 10 hồ sơ.",
     [("900 hồ sơ", "received_total"), ("10 hồ sơ", "other")]),
    # (negative) no frame at all
    ("Trong quý, xã tiếp nhận 100 hồ sơ, đã giải quyết 90 hồ sơ.",
     [("100 hồ sơ", "received_total"), ("90 hồ sơ", "resolved_total")]),
]

UNRECORDED = [
    # the "chưa cập nhật" after the next figure is that figure's
    ("Xã đã giải quyết 500 hồ sơ nhưng còn 20 hồ sơ chưa cập nhật lên hệ thống.",
     [("500 hồ sơ", "resolved_total"), ("20 hồ sơ", "other")]),
    ("Xã đã giải quyết 500 hồ sơ và 20 hồ sơ chưa được đồng bộ.",
     [("500 hồ sơ", "resolved_total"), ("20 hồ sơ", "other")]),
    # unchanged: the count's own "chưa cập nhật", after it or right before it
    ("Đồng bộ trạng thái 27 hồ sơ đã giải quyết nhưng chưa cập nhật lên hệ thống.", [("27 hồ sơ", "other")]),
    ("Xã chưa cập nhật 12 hồ sơ.", [("12 hồ sơ", "other")]),
    # (negative) a "chưa" in a clause of its own
    ("Xã đã giải quyết 500 hồ sơ, chưa có hồ sơ quá hạn.", [("500 hồ sơ", "resolved_total")]),
]


@pytest.mark.parametrize(("text", "expected"), AVERAGES + UNRECORDED)
def test_average_and_unrecorded(text: str, expected: list[tuple[str, str]]) -> None:
    assert count_rows(COMMUNE + text, "text", "metric") == expected


# (name as read before its figure in brackets, the name once cut)
RANKED_NAMES = [
    # cut at the rank's verb
    ("Sở Tư pháp tiếp nhận nhiều hồ sơ nhất", "Sở Tư pháp"),
    ("Phòng Quản lý đô thị có số hồ sơ trễ hạn cao nhất", "Phòng Quản lý đô thị"),
    ("Phòng Kinh tế đạt nhiều nhất", "Phòng Kinh tế"),
    ("Phòng Kinh tế để quá hạn nhiều nhất", "Phòng Kinh tế"),
    ("Sở Y tế xử lý hồ sơ đứng đầu", "Sở Y tế"),
    # the verb found on the accented words, past a word that folds as a verb does
    ("Văn phòng Đăng ký đất đai tiếp nhận nhiều hồ sơ nhất", "Văn phòng Đăng ký đất đai"),
    ("Trạm Y tế cơ sở tiếp nhận nhiều hồ sơ nhất", "Trạm Y tế cơ sở"),
    ("Ban Quản lý đề án giải quyết nhiều hồ sơ nhất", "Ban Quản lý đề án"),
    # (negative) a capitalised rank word is a proper name's
    ("Chi nhánh Văn phòng đăng ký đất đai huyện Thống Nhất", "Chi nhánh Văn phòng đăng ký đất đai huyện Thống Nhất"),
    ("Phòng Tư pháp xã Đồng Đất có", "Phòng Tư pháp xã Đồng Đất có"),
    ("Trạm Y tế xã Cô Tô là xã Hợp Nhất", "Trạm Y tế xã Cô Tô là xã Hợp Nhất"),
    # (negative) no verb, only words folding as one (đất/đạt, cơ/có, cô/có, đề/để)
    ("Văn phòng đăng ký đất đai nhất", "Văn phòng đăng ký đất đai nhất"),
    ("Trung tâm cơ khí nhất", "Trung tâm cơ khí nhất"),
    ("Trường cô giáo nhất", "Trường cô giáo nhất"),
    ("Ban đề án nhất", "Ban đề án nhất"),
    # (negative) no rank closing the name
    ("Sở Tư pháp tiếp nhận", "Sở Tư pháp tiếp nhận"),
]


@pytest.mark.parametrize(("name", "expected"), RANKED_NAMES)
def test_cut_ranked_verb(name: str, expected: str) -> None:
    assert cut_ranked_verb(name) == expected


# (text, expected counts as (text, scope))
RANKED_SCOPES = [
    ("Ở cấp huyện, Chi nhánh Văn phòng đăng ký đất đai huyện Thống Nhất (120 hồ sơ), Phòng Tư pháp (30 hồ sơ).",
     [("120 hồ sơ", "Chi nhánh Văn phòng đăng ký đất đai huyện Thống Nhất"), ("30 hồ sơ", "Phòng Tư pháp")]),
    ("Trong đó, Văn phòng Đăng ký đất đai tiếp nhận nhiều hồ sơ nhất (300 hồ sơ).",
     [("300 hồ sơ", "Văn phòng Đăng ký đất đai")]),
    ("Ở cấp xã, Trạm Y tế cơ sở tiếp nhận nhiều hồ sơ nhất (30 hồ sơ).", [("30 hồ sơ", "Trạm Y tế cơ sở")]),
    # unchanged
    ("Phòng Quản lý đô thị có số hồ sơ trễ hạn cao nhất (14 hồ sơ).", [("14 hồ sơ", "Phòng Quản lý đô thị")]),
]


@pytest.mark.parametrize(("text", "expected"), RANKED_SCOPES)
def test_ranked_scope(text: str, expected: list[tuple[str, str]]) -> None:
    assert count_rows(DISTRICT + text, "text", "scope") == expected


# --- long inputs: the outputs (timings checked by hand: see the report of this round)


def test_long_clause_of_counts() -> None:
    n = 3000
    text = COMMUNE + "Xã tiếp nhận " + " ".join(f"{i} hồ sơ" for i in range(1, n + 1)) + "."
    rows = count_rows(text, "metric")
    assert len(rows) == n and set(rows) == {("received_total",)}


def test_long_clause_after_a_frame() -> None:
    # a clause of the whole period after the frame: totals, however many
    n = 2000
    text = (COMMUNE + "Trung bình mỗi tháng tiếp nhận 100 hồ sơ, tính chung cả quý đã tiếp nhận "
            + " ".join(f"{i} hồ sơ" for i in range(1, n + 1)) + ".")
    rows = count_rows(text, "metric")
    assert rows[0] == ("other",) and set(rows[1:]) == {("received_total",)} and len(rows) == n + 1


@pytest.mark.parametrize(("text", "words"), [
    # number words read beside a count in digits of their sentence, however many
    ("Xã tiếp nhận " + " và ".join(["tám hồ sơ"] * 6000) + " và 5 hồ sơ.", 6000),
    # (negative) no count in digits in their sentence: none read, though the sentence before has one
    ("Xã tiếp nhận 5 hồ sơ.\nXã tiếp nhận " + " và ".join(["tám hồ sơ"] * 6000) + ".", 0),
    # (negative) a sentence longer than the old look-back: its own digits decide, not the text's start
    ("Xã tiếp nhận 5 hồ sơ.\nXã tiếp nhận " + "rất nhiều loại " * 40 + "và tám hồ sơ.", 0),
])
def test_many_number_words(text: str, words: int) -> None:
    figures = list(iter_figures(text, fold(text), []))
    assert sum(f.value == 8 for f in figures) == words


def test_table_of_many_columns() -> None:
    k, width = 2000, 14
    captions = ["Tiếp nhận", "Đã giải quyết"] + [f"Cột {i}" for i in range(k - 2)]
    head = f"{'TT':<4}{'Lĩnh vực':<10}" + "".join(f"{c:>{width}}" for c in captions)
    rows = [f"{r:<4}{'Hộ tịch':<10}" + "".join(f"{r * 10_000 + i:>{width}}" for i in range(k)) for r in (1, 2, 3)]
    document = read_txt(("Bảng 1\n\n" + head + "\n" + "\n".join(rows) + "\n").encode(), TXT_SOURCE)
    (table,) = document.tables
    header = {c.col: c.text for c in table.rows[0]}
    assert header[0] == "TT" and header[2] == "Tiếp nhận" and header[k + 1] == f"Cột {k - 3}"
    assert {c.col: c.text for c in table.rows[-1]}[k + 1] == str(3 * 10_000 + k - 1)


# (stretch, bands, the band): the most overlapped band, else the nearest, the left one on a tie
NEAREST = [
    ((3, 5), [(0, 4), (6, 9)], 0),
    ((3, 8), [(0, 4), (6, 9)], 1),
    ((3, 5), [(0, 4), (4, 9)], 0),  # one each: the left
    ((0, 20), [(0, 4), (6, 9), (10, 19)], 2),
    ((4, 6), [(0, 3), (7, 9)], 0),  # no overlap, equally near: the left
    ((5, 6), [(0, 3), (7, 9)], 1),
    ((-9, -5), [(0, 3), (7, 9)], 0),
    ((20, 25), [(0, 3), (7, 9)], 1),
    ((1, 2), [(0, 3)], 0),
]


@pytest.mark.parametrize(("stretch", "bands", "expected"), NEAREST)
def test_nearest(stretch: tuple[int, int], bands: list[tuple[int, int]], expected: int) -> None:
    assert nearest(*stretch, bands) == expected


def _nearest_by_scan(lo: int, hi: int, bands: list[tuple[int, int]]) -> int:
    """Every band tried (what :func:`nearest` bisects)."""
    def score(b: tuple[int, int]) -> tuple[int, int]:
        overlap = min(hi, b[1]) - max(lo, b[0])
        return (overlap, 0) if overlap > 0 else (0, -max(b[0] - hi, lo - b[1]))
    return max(range(len(bands)), key=lambda i: (score(bands[i]), -i))


@given(st.lists(st.tuples(st.integers(0, 6), st.integers(1, 6)), min_size=1, max_size=12),
       st.integers(-5, 120), st.integers(1, 15))
def test_nearest_as_every_band_tried(gaps_widths: list[tuple[int, int]], lo: int, width: int) -> None:
    bands, pos = [], 0
    for gap, w in gaps_widths:
        pos += gap
        bands.append((pos, pos + w))
        pos += w
    assert nearest(lo, lo + width, bands) == _nearest_by_scan(lo, lo + width, bands)
