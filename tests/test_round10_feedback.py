"""Feedback counts, round 10 (positive and negative cases):

- ``Tiếp nhận và xử lý 12 phản ánh, kiến nghị`` counts what came in (feedback_received), as ``tiếp nhận và giải
  quyết 656 hồ sơ`` is received_total; ``đã xử lý 10 phản ánh`` alone stays feedback_handled;
- a bare figure after a feedback count whose only words are a verb of handling (``…, đang xử lý 02``) counts feedback
  too (feedback still open has no key: ``other``), never dossiers; a noun of its own (``hồ sơ``) or a dossier count
  between them keeps the dossier reading.
"""

from __future__ import annotations

import pytest

from extract.extractors.counts import CountExtractor
from tests.helpers import facts_by_text

FEEDBACK = "phản ánh, kiến nghị"


def counts(text: str) -> dict[str, tuple[str, int, str]]:
    return facts_by_text(text, CountExtractor, "metric", "value", "unit")


CASES = [
    ("Tiếp nhận và xử lý 12 phản ánh, kiến nghị.", {"12 phản ánh, kiến nghị": ("feedback_received", 12, FEEDBACK)}),
    ("Đã tiếp nhận, xử lý 05 phản ánh, kiến nghị của người dân.",
     {"05 phản ánh, kiến nghị": ("feedback_received", 5, FEEDBACK)}),
    ("Trong tháng đã xử lý xong 10 phản ánh, kiến nghị.", {"10 phản ánh, kiến nghị": ("feedback_handled", 10, FEEDBACK)}),
    ("Tiếp nhận 5 phản ánh, kiến nghị; đã xử lý xong 3 phản ánh, kiến nghị, đang xử lý 02.",
     {"5 phản ánh, kiến nghị": ("feedback_received", 5, FEEDBACK),
      "3 phản ánh, kiến nghị": ("feedback_handled", 3, FEEDBACK), "02": ("other", 2, FEEDBACK)}),
    ("Đã tiếp nhận 5 phản ánh, kiến nghị; đã xử lý 3, đang xử lý 2.",
     {"3": ("feedback_handled", 3, FEEDBACK), "2": ("other", 2, FEEDBACK)}),
    # negatives: a dossier reading stays where the words or the count before it are the dossiers'
    ("Tiếp nhận 5 phản ánh, kiến nghị. Hồ sơ đang xử lý 2.", {"2": ("pending_total", 2, "hồ sơ")}),
    ("Tiếp nhận 5 phản ánh, kiến nghị; tiếp nhận 20 hồ sơ, đang xử lý 2.",
     {"20 hồ sơ": ("received_total", 20, "hồ sơ"), "2": ("pending_total", 2, "hồ sơ")}),
    ("Đã tiếp nhận và giải quyết 656 hồ sơ.", {"656 hồ sơ": ("received_total", 656, "hồ sơ")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_feedback_counts(text: str, expected: dict[str, tuple[str, int, str]]) -> None:
    got = counts(text)
    for figure, want in expected.items():
        assert got.get(figure) == want, (figure, got)
