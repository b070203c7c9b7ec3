"""Round 17 patterns on pathological inputs (a second review of waves 2-4). As in tests/test_pathological_round15.py,
each test asserts only that extraction completes with the facts the text tells: time is for the benchmarks, and a
quadratic case shows in ``pytest --durations``.

- figure_bare_items.NAME_RE split a run of spaces three ways (a colon, then 20,000 spaces before a list's figure:
  3.4 s); its spaces are now possessive and a name is at most NAME_MAX characters;
- figure_scope._handled_work and _is_part looked back to the clause's start, which page numbers read through made as
  long as the text; they look back CLAUSE_REACH characters at most.
"""

from __future__ import annotations

from extract.extractors.figure_count_keyed import PART_LABEL_RE
from tests.helpers import count_rows

UNIT = "UBND XÃ AN PHÚ\n\nBÁO CÁO\nKết quả giải quyết TTHC tháng 5/2026\n\n"


def test_spaces_after_a_list_label() -> None:
    text = UNIT + "1. Tiếp nhận: 300 hồ sơ\n+ Theo đơn vị:" + " " * 20000 + "5; Phòng B 6.\n"
    assert count_rows(text, "text", "value")[0] == ("300 hồ sơ", 300)


def test_a_list_still_read_after_the_fix() -> None:
    text = UNIT + "1. Tiếp nhận: 300 hồ sơ\n+ Theo lĩnh vực: hộ tịch 200 hồ sơ; chứng thực 60; đất đai 40.\n"
    assert count_rows(text, "text", "metric", "scope") == [
        ("300 hồ sơ", "received_total", None), ("200 hồ sơ", "received_total", "hộ tịch"),
        ("60", "received_total", "chứng thực"), ("40", "received_total", "đất đai")]


def test_page_numbers_stitching_a_long_clause() -> None:
    text = UNIT + "".join(f"đã tiếp nhận dòng chữ\n\n{n % 90 + 1}\n\nhồ sơ tiếp theo 5 thủ tục\n" for n in range(1500))
    rows = count_rows(text, "text")
    assert len(rows) == 1500 and {r[0] for r in rows} == {"5 thủ tục"}


def test_part_label_at_a_line_start() -> None:
    # "^" read as the text's start only; the label opening a line (after the search's start) is found
    assert PART_LABEL_RE.search("xx\ndat dai ", 3) is not None
