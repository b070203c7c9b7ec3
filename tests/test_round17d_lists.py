"""Round 17, wave 4 (tables, the figure reader's view of the text, score lists).

- A space-aligned table after a blank line: the blank line's cut took the indentation of the block's first line
  off, so a top header line of group captions (``Tiếp nhận … Đã giải quyết … Đang`` over ``Lĩnh vực  Tổng …
  giải quyết``) no longer stood over its columns and its last caption spanned the wrong ones. The reader keeps the
  indentation (readers/txt.py ``_chunks``, text_tables.find_tables ``indent``).
- A word a PDF's wrap broke with a hyphen (``trực tuy-`` over ``ến``) is read whole in the figure reader's view when
  the two fragments make a known word; a dash between words or figures stays (figure_layout.hyphen_joins).
- A list of the 766 components on one line, ``;`` apart, naming the progress component short (``tiến độ 20/20``).
"""

from __future__ import annotations

import pytest

from extract.extractors.figure_layout import hyphen_joins, join_words
from extract.extractors.indicators import IndicatorExtractor
from extract.readers.txt import read_txt
from normalize.text import fold
from tests.helpers import TXT_SOURCE, count_rows, extracted

OPEN = "ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\n\nBÁO CÁO\nKết quả giải quyết thủ tục hành chính quý I năm 2026\n\n"

# --- 1. a top header line indented over its columns -----------------------------------------------------------

TABLE_A = (
    "                 Nhận                Đã xử lý                    Còn\n"
    "Lĩnh vực         Tổng   Trực tuyến   Tổng   Đúng hạn   Quá hạn   tồn đọng\n"
    "Tư pháp          120    80           110    108        2         10\n"
    "Xây dựng         40     12           36     36         0         4\n"
    "Cộng             160    92           146    144        2         14\n"
)
TABLE_B = (
    "\t\t      Tiếp nhận" + " " * 12 + "Đã giải quyết" + " " * 27 + "Đang\n"
    "Lĩnh vực              Tổng    Trực tuyến   Tổng   Trước hạn   Đúng hạn   Trễ hạn   giải quyết\n"
    "Hộ tịch               90      70           88     40          47         1         2\n"
    "Đất đai               31      10           25     5           18         2         6\n"
)
TABLE_FLUSH = (
    "Lĩnh vực         Tổng tiếp nhận   Trực tuyến   Đã giải quyết   Quá hạn   Đang giải quyết\n"
    "Tư pháp          120              80           110             2         10\n"
    "Xây dựng         40               12           36              0         4\n"
)


@pytest.mark.parametrize("table, expected", [
    (TABLE_A, [("received_total", 120), ("received_online", 80), ("resolved_total", 110),
               ("resolved_on_time", 108), ("resolved_late", 2), ("pending_total", 10)]),
    (TABLE_B, [("received_total", 90), ("received_online", 70), ("resolved_total", 88),
               ("resolved_early", 40), ("resolved_on_time", 47), ("resolved_late", 1), ("pending_total", 2)]),
    # no indentation to keep: read as before
    (TABLE_FLUSH, [("received_total", 120), ("received_online", 80), ("resolved_total", 110),
                   ("resolved_late", 2), ("pending_total", 10)]),
])
def test_indented_top_header(table: str, expected: list[tuple[str, int]]) -> None:
    rows = count_rows(OPEN + "I. KẾT QUẢ\n\nBảng tổng hợp (đơn vị: hồ sơ)\n\n" + table + "\nTrung tâm báo cáo./.\n",
                      "metric", "value")
    assert rows[:len(expected)] == expected


def test_indented_header_caption_over_its_column() -> None:
    doc = read_txt((OPEN + TABLE_A).encode(), TXT_SOURCE)
    table = next(t for t in doc.tables if len(t.rows) > 2)
    top = {c.text: (c.col, c.col_span) for c in table.rows[0]}
    assert top == {"Nhận": (1, 2), "Đã xử lý": (3, 3), "Còn": (6, 1)}


# --- 2. a word broken with a hyphen at a line's end -------------------------------------------------------------

VOCAB = frozenset({"tuyen", "quyet", "hoan", "thanh", "truc"})


@pytest.mark.parametrize("text, joined", [
    ("tỷ lệ nộp trực tuy-\nến đạt 66,3%", "tuyen"),
    ("hồ sơ giải quy-\nết đúng hạn", "quyet"),
    ("đã hoàn thà-  \n  nh 98%", "thanh"),
    ("nộp trực tu-\nyến", "tuyen"),
])
def test_hyphen_joined(text: str, joined: str) -> None:
    ft = fold(text)
    joins = hyphen_joins(text, ft, VOCAB)
    assert len(joins) == 1
    out = join_words(ft, joins)
    assert len(out) == len(ft) and joined in out.split()


@pytest.mark.parametrize("text", [
    "lĩnh vực Văn hóa -\nXã hội đạt 90%",  # a dash between words, spaced
    "lĩnh vực Văn hóa-\nXã hội đạt 90%",  # the next line capitalised
    "năm học 2025-\n2026 đạt 90%",  # figures
    "phát triển kinh tế-\nxã hội",  # "texa": no word
    "nộp trực tuy- ến",  # no line break
])
def test_hyphen_kept(text: str) -> None:
    assert hyphen_joins(text, fold(text), VOCAB) == ()


def indicator_rows(text: str) -> list[tuple[str, float]]:
    return [(f.metric, f.value) for f in extracted(text, IndicatorExtractor)]


@pytest.mark.parametrize("body, expected", [
    ("Trong quý, xã tiếp nhận mới 1.187 hồ sơ, tăng so với quý trước; tỷ lệ hồ sơ nộp trực tuy-\n"
     "ến của quý đạt 66,3%.\n", ("online_submission_rate", 66.3)),
    ("Trong quý, xã tiếp nhận mới 1.187 hồ sơ, tăng so với quý trước; tỷ lệ hồ sơ nộp trực tu-\n"
     "yến của quý đạt 61,2%.\n", ("online_submission_rate", 61.2)),
])
def test_hyphen_word_names_rate(body: str, expected: tuple[str, float]) -> None:
    assert expected in indicator_rows(OPEN + body)


# --- 3. the 766 components in one line ----------------------------------------------------------------------------

@pytest.mark.parametrize("body, expected", [
    ("2. Điểm Bộ chỉ số phục vụ (tháng 3/2026): xã đạt 88,1 điểm; các chỉ số thành phần: công khai, minh bạch "
     "16,5/18; tiến độ 20/20; dịch vụ công trực tuyến 9,7/12; số hóa 14/22.\n",
     [("idx766_transparency", 16.5), ("idx766_progress", 20.0), ("idx766_online_service", 9.7),
      ("idx766_digitization", 14.0)]),
    ("Điểm thành phần: tiến độ giải quyết 19/20; mức độ hài lòng 18/18.\n",
     [("idx766_progress", 19.0), ("idx766_satisfaction", 18.0)]),
    ("Chỉ số thành phần: tiến độ, kết quả giải quyết 18,5/20; công khai, minh bạch 17/18.\n",
     [("idx766_progress", 18.5), ("idx766_transparency", 17.0)]),
    ("Kết quả điểm các chỉ số thành phần: dịch vụ công trực tuyến 11/12, thanh toán trực tuyến 9/10, tiến độ 19/20.\n",
     [("idx766_online_service", 11.0), ("idx766_online_payment", 9.0), ("idx766_progress", 19.0)]),
    ("- Chỉ số thành phần: tiến độ 20/20; số hóa 18/22.\n", [("idx766_progress", 20.0), ("idx766_digitization", 18.0)]),
])
def test_component_scores_in_one_line(body: str, expected: list[tuple[str, float]]) -> None:
    rows = indicator_rows(OPEN + body)
    for e in expected:
        assert e in rows


@pytest.mark.parametrize("body", [
    "Điểm Bộ chỉ số 766 đạt 90 điểm; tiến độ thực hiện các nhiệm vụ 8/10 đạt.\n",
    "Tiến độ số hóa: 20/20 xã hoàn thành.\n",
    "Kết quả thực hiện: tiến độ 20/20 xã.\n",  # no score words before the colon: a ratio of communes
    "Điểm thành phần được công bố. Tiến độ: 18/20 xã đã hoàn thành.\n",  # the score words in another sentence
])
def test_progress_not_taken(body: str) -> None:
    assert all(m != "idx766_progress" for m, _ in indicator_rows(OPEN + body))
