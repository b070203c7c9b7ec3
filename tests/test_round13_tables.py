"""Tables written with pipes in plain text: the TXT reader's Tables and the counts read from them."""

from __future__ import annotations

import pytest

from extract.document import Document, Source
from extract.extractors.counts import CountExtractor, column_metric
from extract.readers.pipe_tables import parse_line
from extract.readers.txt import read_txt
from extract.registry import Context


def doc(text: str) -> Document:
    d = read_txt(text.encode("utf-8"), Source("t.txt", "0" * 64, "txt"))
    d.check_offsets()
    for table in d.tables:
        for cell in table.cells():
            assert d.text[cell.start:cell.end] == cell.text
    return d


def counts(d: Document) -> list[tuple[str, str, str | None]]:
    return [(f.text, f.metric, f.scope) for f in CountExtractor().extract(Context(document=d)) if f.table is not None]


OUTER_RULE = (
    "Số liệu theo từng lĩnh vực như sau:\n"
    "\n"
    "| TT | Lĩnh vực   | Hồ sơ tiếp nhận | Đã giải quyết | Đang giải quyết |\n"
    "|----|------------|-----------------|---------------|-----------------|\n"
    "| 1  | Chứng thực | 210             | 205           | 5               |\n"
    "| 2  | Xây dựng   | 17              | 12            | 5               |\n"
    "|    | Tổng cộng  | 227             | 217           | 10              |\n"
)
NO_OUTER_RULE = (
    "Lĩnh vực | Tiếp nhận | Đã giải quyết | Quá hạn\n"
    ":--- | ---: | ---: | :---:\n"
    "Đăng ký biện pháp bảo đảm | 31 | 30 | 1\n"
    "Hộ tịch | 64 | 64 | 0\n"
)
OUTER_NO_RULE = (
    "|STT|Lĩnh vực|Tiếp nhận|Trực tuyến|\n"
    "|1|Người có công|9|4|\n"
    "|2|Bảo trợ xã hội|1.230|1.015|\n"
)
BARE = (
    "Lĩnh vực | Tiếp nhận | Đã trả kết quả\n"
    "Giáo dục | 8 | 8\n"
    "Văn hóa | 3 | 2\n"
)
TWO_LEVEL = (
    "Bảng 2. Kết quả giải quyết hồ sơ\n"
    "| STT | Lĩnh vực | Số hồ sơ nhận giải quyết | | Kết quả giải quyết | |\n"
    "| | | Tổng số | Trực tuyến | Đúng hạn | Quá hạn |\n"
    "|---|---|---|---|---|---|\n"
    "| 1 | Tài nguyên nước | 14 | 6 | 13 | 1 |\n"
    "| | Cộng | 14 | 6 | 13 | 1 |\n"
)
TWO_LEVEL_NO_RULE = (
    "| Lĩnh vực | Tiếp nhận | | Đang giải quyết |\n"
    "| | Tổng số | Trực tiếp | |\n"
    "| Thú y | 7 | 7 | 1 |\n"
    "| Tổng | 7 | 7 | 1 |\n"
)
WRAPPED = (
    "| TT | Lĩnh vực | Tổng số hồ sơ | Đã giải quyết | Đang |\n"
    "|    |          | tiếp nhận     | trước hạn     | xử lý |\n"
    "|----|----------|---------------|---------------|-------|\n"
    "| 1  | Nội vụ   | 22            | 20            | 2     |\n"
    "| 2  | Y tế     | 6             | 6             | 0     |\n"
)
COMBINED = (
    "| Lĩnh vực | Tiếp nhận | Hồ sơ rút, trả lại |\n"
    "|---|---|---|\n"
    "| Đất đai | 45 | 3 |\n"
    "| Hộ tịch | 70 | 1 |\n"
)


@pytest.mark.parametrize("text,expected", [
    (OUTER_RULE, [("210", "received_total", "Chứng thực"), ("205", "resolved_total", "Chứng thực"),
                  ("5", "pending_total", "Chứng thực"), ("17", "received_total", "Xây dựng"),
                  ("12", "resolved_total", "Xây dựng"), ("5", "pending_total", "Xây dựng"),
                  ("227", "received_total", None), ("217", "resolved_total", None), ("10", "pending_total", None)]),
    (NO_OUTER_RULE, [("31", "received_total", "Đăng ký biện pháp bảo đảm"),
                     ("30", "resolved_total", "Đăng ký biện pháp bảo đảm"),
                     ("1", "resolved_late", "Đăng ký biện pháp bảo đảm"), ("64", "received_total", "Hộ tịch"),
                     ("64", "resolved_total", "Hộ tịch"), ("0", "resolved_late", "Hộ tịch")]),
    (OUTER_NO_RULE, [("9", "received_total", "Người có công"), ("4", "received_online", "Người có công"),
                     ("1.230", "received_total", "Bảo trợ xã hội"), ("1.015", "received_online", "Bảo trợ xã hội")]),
    (BARE, [("8", "received_total", "Giáo dục"), ("8", "resolved_total", "Giáo dục"),
            ("3", "received_total", "Văn hóa"), ("2", "resolved_total", "Văn hóa")]),
    (TWO_LEVEL, [("14", "received_total", "Tài nguyên nước"), ("6", "received_online", "Tài nguyên nước"),
                 ("13", "resolved_on_time", "Tài nguyên nước"), ("1", "resolved_late", "Tài nguyên nước"),
                 ("14", "received_total", None), ("6", "received_online", None),
                 ("13", "resolved_on_time", None), ("1", "resolved_late", None)]),
    (TWO_LEVEL_NO_RULE, [("7", "received_total", "Thú y"), ("7", "received_direct", "Thú y"),
                         ("1", "pending_total", "Thú y"), ("7", "received_total", None), ("7", "received_direct", None),
                         ("1", "pending_total", None)]),
    (WRAPPED, [("22", "received_total", "Nội vụ"), ("20", "resolved_early", "Nội vụ"), ("2", "pending_total", "Nội vụ"),
               ("6", "received_total", "Y tế"), ("6", "resolved_early", "Y tế"), ("0", "pending_total", "Y tế")]),
    (COMBINED, [("45", "received_total", "Đất đai"), ("3", "rejected_or_withdrawn", "Đất đai"),
                ("70", "received_total", "Hộ tịch"), ("1", "rejected_or_withdrawn", "Hộ tịch")]),
])
def test_pipe_tables_are_read_as_tables(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert counts(doc(text)) == expected


def test_cells_are_the_text_without_padding_and_blank_cells_are_none() -> None:
    d = doc(OUTER_RULE)
    (table,) = d.tables
    assert table.n_cols == 5 and table.n_rows == 4  # the rule is no row
    assert [c.text for c in table.rows[0]] == ["TT", "Lĩnh vực", "Hồ sơ tiếp nhận", "Đã giải quyết", "Đang giải quyết"]
    total = table.rows[-1]
    assert total[0].text == "Tổng cộng" and total[0].col == 1
    assert d.text[table.start:table.end].startswith("| TT") and d.text[table.start:table.end].endswith("| 10              |")


def test_a_two_level_header_merges_its_groups() -> None:
    (table,) = doc(TWO_LEVEL).tables
    top = {c.col: (c.text, c.row_span, c.col_span) for c in table.rows[0]}
    assert top[0] == ("STT", 2, 1) and top[2] == ("Số hồ sơ nhận giải quyết", 1, 2)
    assert top[4] == ("Kết quả giải quyết", 1, 2)


def test_the_numbers_of_a_pipe_table_are_not_read_again_as_running_text() -> None:
    d = doc(OUTER_RULE)
    (table,) = d.tables
    facts = CountExtractor().extract(Context(document=d))
    assert all(f.table is not None for f in facts if table.start <= f.start < table.end)


@pytest.mark.parametrize("text", [
    "Ngày đăng: 08/04/2022 | Lượt xem: 312\nTrong tháng, xã tiếp nhận 96 hồ sơ, giải quyết 90 hồ sơ.\n",
    "Trang chủ | Tin tức\nTrang chủ | Văn bản\nPhường đã giải quyết 40 hồ sơ đúng hạn.\n",
    # two pipes on each line but no figures in cells of their own: a byline, not a table
    "Tác giả: Lan Anh | Ngày: 02/5/2025 | Lượt xem: 88\nNguồn: Cổng thông tin | Chuyên mục: Tin tức | In bài\n"
    "Xã tiếp nhận 130 hồ sơ.\n",
    # no outer pipes, no rule, rows of different widths
    "Hộ tịch | 12 | 10\nĐất đai | 5\nTổng số hồ sơ là 17 hồ sơ.\n",
    "Chuyên mục: Cải cách hành chính | Tin tức\nXã tiếp nhận 55 hồ sơ | đạt 100%\n",
])
def test_prose_with_pipes_is_no_table(text: str) -> None:
    d = doc(text)
    assert d.tables == ()
    assert all(f.table is None for f in CountExtractor().extract(Context(document=d)))


@pytest.mark.parametrize("line,cells", [
    ("| 1 | Hộ tịch | 12 |", ["1", "Hộ tịch", "12"]),
    ("|  | Cộng | 7 |", ["", "Cộng", "7"]),
    ("Tiếp nhận | Giải quyết | Tồn", ["Tiếp nhận", "Giải quyết", "Tồn"]),
    ("| Lĩnh vực | Số hồ sơ", ["Lĩnh vực", "Số hồ sơ"]),
    ("Ngày đăng: 08/04/2022 | Lượt xem: 312", None),
    ("Không có dấu gạch nào", None),
])
def test_parse_line(line: str, cells: list[str] | None) -> None:
    row = parse_line(line)
    if cells is None:
        assert row is None
    else:
        assert row is not None and [line[s:e] for s, e in row.cells] == cells


@pytest.mark.parametrize("line", ["|---|---|", "| :--- | ---: |", "---|---", "|---+---|"])
def test_rule_lines(line: str) -> None:
    row = parse_line(line)
    assert row is not None and row.rule


@pytest.mark.parametrize("path,metric", [
    ("rut, tra lai", "rejected_or_withdrawn"),
    ("ho so tu choi hoac rut", "rejected_or_withdrawn"),
    ("tra lai", "rejected"),
    ("rut ho so", "withdrawn"),
    ("tu choi", "rejected"),
])
def test_a_column_naming_both_ways_out_is_the_combined_figure(path: str, metric: str) -> None:
    assert column_metric(path) == metric


def test_a_lower_case_sub_header_under_a_group_is_not_a_wrapped_caption() -> None:
    text = (
        "| Lĩnh vực | Tiếp nhận | | Đã giải quyết |\n"
        "| | trực tuyến | trực tiếp | |\n"
        "|---|---|---|---|\n"
        "| Hộ tịch | 30 | 12 | 41 |\n"
        "| Chứng thực | 8 | 2 | 10 |\n"
    )
    assert counts(doc(text))[:3] == [("30", "received_online", "Hộ tịch"), ("12", "received_direct", "Hộ tịch"),
                                     ("41", "resolved_total", "Hộ tịch")]
