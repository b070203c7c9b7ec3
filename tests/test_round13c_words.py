"""Round 13, last fixes: a rise or fall is told by the word as written, and a label never opens mid-word.

- ``mai táng`` (a burial), ``tầng`` (a floor) and ``giam`` (to detain) fold to the ``tang`` / ``giam`` of ``tăng`` /
  ``giảm``: a figure after them is no difference (figure_marks.difference);
- a label longer than its 80 characters keeps whole words only (figure_page.text_label).

Every sentence is made up.
"""

from __future__ import annotations

import pytest

from extract.extractors.counts import CountExtractor
from extract.extractors.figure_page import LABEL_MAX, text_label
from extract.extractors.indicators import IndicatorExtractor
from tests.helpers import facts_by_text

COUNTS = [
    # a word that folds like a rise is no rise
    ("Số hồ sơ liên thông đăng ký khai tử, xóa đăng ký thường trú, mai táng: 19 hồ sơ.", "19 hồ sơ", "interlinked"),
    ("Đã giải quyết 40 hồ sơ, trong đó hồ sơ mai táng 7 hồ sơ.", "7 hồ sơ", "resolved_total"),
    # the rise itself, written, stays a difference
    ("Số hồ sơ tiếp nhận tăng 19 hồ sơ so với tháng trước.", "19 hồ sơ", "other"),
]


@pytest.mark.parametrize(("text", "span", "metric"), COUNTS)
def test_a_rise_is_told_by_the_word_as_written(text: str, span: str, metric: str) -> None:
    assert facts_by_text(text, CountExtractor, "metric")[span] == (metric,)


def test_a_difference_rate_still_reads_as_other_and_its_label_names_the_rise() -> None:
    got = facts_by_text("Tỷ lệ đúng hạn đạt 98%, tăng 2% so với quý trước.", IndicatorExtractor, "metric", "label")
    assert got["98%"] == ("on_time_rate", None)
    assert got["2%"][0] == "other" and got["2%"][1].startswith("tăng")


def test_a_burial_before_a_rate_is_no_difference() -> None:
    got = facts_by_text("Tỷ lệ hồ sơ mai táng giải quyết đúng hạn đạt 100%.", IndicatorExtractor, "metric")
    assert got["100%"] == ("on_time_rate",)


LABELS = [
    ("ngắn gọn", "ngắn gọn"),
    ("a" * 79 + " bcd", "bcd"),  # the word cut by the limit is left out
    (" ".join(["hồ sơ"] * 30), None),  # whole words only, up to the limit
    ("x" * 100, "x" * LABEL_MAX),  # one word longer than the limit: its end
    ("  - : ", None),
]


@pytest.mark.parametrize(("text", "want"), LABELS)
def test_a_label_keeps_whole_words(text: str, want: str | None) -> None:
    got = text_label(text, 0, len(text))
    if want is None and text.strip(" -:"):  # a long run of words: its last whole words, within the limit
        assert got is not None and len(got) <= LABEL_MAX and text.endswith(got) and text[-len(got) - 1] == " "
        assert len(got) > LABEL_MAX - len("hồ sơ ")
    else:
        assert got == want
