"""Round 14b: the statistic tables of one-stop reports (Biểu 06 and simpler ones) in every layout a TXT copy of a
DOCX, a PDF or a web page gives them: pipes with and without outer pipes, a Markdown rule or none, blank cells,
tabs, runs of spaces, a unit caption above, a header over two or three lines, a wrapped row label, a total row,
a percent column, dashes for zero, a "Trong đó:" sub-row. Each table is written once as rows of cells and
rendered in each layout; the counts read from it (metric from the column, scope from the row, the total row
null) must be the expected ones, and a table that cannot be read with confidence must give none.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from extract.document import Source
from extract.extractors.counts import CountExtractor
from extract.readers.pipe_tables import find_pipe_tables
from extract.readers.text_tables import find_tables
from extract.readers.txt import read_txt
from extract.registry import Context

Fact = tuple[str, str, str | None]
Grid = list[list[str]]

INTRO = "Kết quả giải quyết hồ sơ của các lĩnh vực trong kỳ như sau:\n\nĐơn vị tính: hồ sơ\n"
TOTALS = ("Tổng cộng", "Cộng", "Tổng số", "Tổng")

H1 = ["STT", "Lĩnh vực", "Tiếp nhận", "", "", "Đã giải quyết", "", "", "Đang giải quyết", "", ""]
H2 = ["", "", "Tổng số", "Trực tuyến", "Kỳ trước chuyển qua", "Tổng số", "Đúng hạn", "Quá hạn", "Tổng số",
      "Trong hạn", "Quá hạn"]
M = [None, None, "received_total", "received_online", "carried_over", "resolved_total", "resolved_on_time",
     "resolved_late", "pending_total", "pending_in_time", "pending_late"]
ROWS = [["1", "Tư pháp", "2.104", "1.512", "12", "2.098", "2.090", "8", "18", "17", "1"],
        ["2", "Bảo trợ xã hội", "640", "415", "0", "640", "640", "-", "-", "-", "-"],
        ["3", "Xây dựng", "57", "9", "6", "51", "47", "4", "12", "10", "2"],
        ["", "Tổng cộng", "2.801", "1.936", "18", "2.789", "2.777", "12", "30", "27", "3"]]

# Biểu 06 (Thông tư 01/2023/TT-VPCP): a header over three lines, a numbering row, units as rows
B1 = ["STT", "Đơn vị", "Số hồ sơ nhận giải quyết", "", "", "", "Kết quả giải quyết", "", "", "", "", "", ""]
B2 = ["", "", "Tổng số", "Trong đó", "", "", "Số hồ sơ đã giải quyết", "", "", "", "Số hồ sơ đang giải quyết",
      "", ""]
B3 = ["", "", "", "Số mới tiếp nhận trực tuyến", "Số mới tiếp nhận trực tiếp", "Số kỳ trước chuyển qua",
      "Tổng số", "Trả trước hạn", "Trả đúng thời hạn", "Trả quá hạn", "Tổng số", "Chưa đến hạn", "Quá hạn"]
BN = [f"({i})" for i in range(1, 14)]
BM = [None, None, "received_total", "received_online", "received_direct", "carried_over", "resolved_total",
      "resolved_early", "resolved_on_time", "resolved_late", "pending_total", "pending_in_time", "pending_late"]
BR = [["1", "UBND phường Đông Sơn", "731", "402", "310", "19", "700", "96", "597", "7", "31", "29", "2"],
      ["2", "UBND xã Phú Thượng", "268", "120", "140", "8", "260", "40", "220", "0", "8", "8", "0"],
      ["", "Tổng cộng", "999", "522", "450", "27", "960", "136", "817", "7", "39", "37", "2"]]


def expected(rows: Grid, metrics: list[str | None], scopes: dict[str, str] | None = None) -> list[Fact]:
    out = []
    for r in rows:
        if not any(v and v != "-" for v in r[2:]):
            continue
        scope = None if r[1] in TOTALS else (scopes or {}).get(r[1], r[1])
        out += [(v, m, scope) for v, m in zip(r, metrics, strict=True) if m and v not in ("", "-")]
    return sorted(out, key=repr)


def pipe(rows: Grid, hdr: tuple[list[str], ...] = (H1, H2), outer: bool = True, rule: bool = True) -> str:
    lines = []
    for i, r in enumerate([*hdr, *rows]):
        lines.append(f"| {' | '.join(r)} |" if outer else " | ".join(r))
        if rule and i == len(hdr) - 1:
            lines.append(("|" if outer else "") + "|".join(":---" for _ in r) + ("|" if outer else ""))
    return "\n".join(lines)


def bare(rows: Grid, hdr: tuple[list[str], ...] = (H1, H2)) -> str:
    return pipe(rows, hdr, outer=False, rule=False)


def tabs(rows: Grid, hdr: tuple[list[str], ...] = (H1, H2)) -> str:
    return "\n".join("\t".join(r) for r in [*hdr, *rows])


def spaces(rows: Grid, hdr: tuple[list[str], ...] = (H1, H2)) -> str:
    every = [*hdr, *rows]
    width = [max(len(r[c]) for r in every) for c in range(len(every[0]))]
    return "\n".join("  ".join(x.ljust(width[c]) for c, x in enumerate(r)).rstrip() for r in every)


Render = Callable[..., str]
LAYOUTS: list[tuple[str, Render]] = [("pipe", pipe), ("bare", bare), ("tabs", tabs), ("spaces", spaces)]
GRID_LAYOUTS = LAYOUTS[:3]  # the layouts that keep a blank cell's place


def counts(text: str) -> list[Fact]:
    document = read_txt(text.encode("utf-8"), Source("t.txt", "0" * 64, "txt"))
    facts = CountExtractor().extract(Context(document=document))
    for f in facts:
        assert document.text[f.start:f.end] == f.text
    return sorted(((f.text, f.metric, f.scope) for f in facts if f.table is not None), key=repr)


def _with(rows: Grid, at: int, row: list[str]) -> Grid:
    return [*rows[:at], row, *rows[at + 1:]]


PERCENT_H1 = [*H1, "Tỷ lệ đúng hạn (%)", "Rút hồ sơ"]
PERCENT_H2 = [*H2, "", ""]
PERCENT_ROWS = [[*r, p, w] for r, p, w in zip(ROWS, ["99,6", "100", "92,2", "99,6"], ["1", "0", "2", "3"],
                                              strict=True)]
BLANK_ZERO = [[("" if x == "-" else x) for x in r] for r in ROWS]
WRAPPED = [["1", "Đăng ký, cấp Giấy chứng nhận", *ROWS[0][2:]], ["", "quyền sử dụng đất lần đầu", *[""] * 9],
           ROWS[2], ROWS[3]]
SUB_ROWS = [ROWS[3], ["", "Trong đó:", *[""] * 9], ["-", "Cấp xã", *ROWS[0][2:]], ["-", "Cấp huyện", *ROWS[2][2:]]]

CASES: list[tuple[str, list[tuple[str, Render]], Callable[[Render], str], list[Fact]]] = [
    ("two-line header", LAYOUTS, lambda f: f(ROWS), expected(ROWS, M)),
    *[(f"total row {t!r}", LAYOUTS, lambda f, t=t: f(_with(ROWS, 3, ["", t, *ROWS[3][2:]])),
       expected(_with(ROWS, 3, ["", t, *ROWS[3][2:]]), M)) for t in ("Cộng", "Tổng số", "Tổng")],
    ("total row numbered I", LAYOUTS, lambda f: f(_with(ROWS, 3, ["I", "Tổng số", *ROWS[3][2:]])),
     expected(_with(ROWS, 3, ["I", "Tổng số", *ROWS[3][2:]]), M)),
    ("total row first", LAYOUTS, lambda f: f([ROWS[3], *ROWS[:3]]), expected(ROWS, M)),
    ("no STT column", LAYOUTS, lambda f: f([r[1:] for r in ROWS], hdr=(H1[1:], H2[1:])), expected(ROWS, M)),
    ("blank cells for zero", GRID_LAYOUTS, lambda f: f(BLANK_ZERO), expected(ROWS, M)),
    ("percent and withdrawn columns", LAYOUTS, lambda f: f(PERCENT_ROWS, hdr=(PERCENT_H1, PERCENT_H2)),
     expected(PERCENT_ROWS, [*M, None, "withdrawn"])),
    ("Biểu 06 three-line header", GRID_LAYOUTS, lambda f: f(BR, hdr=(B1, B2, B3)), expected(BR, BM)),
    ("Biểu 06 with its numbering row", GRID_LAYOUTS, lambda f: f(BR, hdr=(B1, B2, B3, BN)), expected(BR, BM)),
    ("row label wrapped over two rows", GRID_LAYOUTS, lambda f: f(WRAPPED),
     expected([WRAPPED[0], *WRAPPED[2:]], M, {"Đăng ký, cấp Giấy chứng nhận":
                                              "Đăng ký, cấp Giấy chứng nhận quyền sử dụng đất lần đầu"})),
    ("Trong đó sub-rows", GRID_LAYOUTS, lambda f: f(SUB_ROWS), expected([SUB_ROWS[0], *SUB_ROWS[2:]], M)),
]


@pytest.mark.parametrize(("name", "layout", "render", "facts"),
                         [(n, ln, lambda r=r, f=f: r(f), facts) for n, layouts, r, facts in CASES for ln, f in layouts],
                         ids=[f"{n}-{ln}" for n, layouts, _, _ in CASES for ln, _ in layouts])
def test_layouts(name: str, layout: str, render: Callable[[], str], facts: list[Fact]) -> None:
    assert counts(INTRO + render()) == facts


def test_blank_cells_with_spaces() -> None:
    """Padded columns keep a blank cell's place (its figures stand under their captions: read by position);
    runs of spaces that do not pad lose it: the row cannot be read, so nothing is (rather than a figure under
    the wrong column)."""
    assert counts(INTRO + spaces(BLANK_ZERO)) == expected(ROWS, M)
    ragged = "\n".join("  ".join(x for x in r if x) for r in [H1, H2, *BLANK_ZERO])
    assert counts(INTRO + ragged) == []


def test_rate_column_with_a_round_figure_is_no_count() -> None:
    """``100`` under ``Tỷ lệ đúng hạn (%)`` is a share, not a count of dossiers finished on time."""
    got = counts(INTRO + pipe(PERCENT_ROWS, hdr=(PERCENT_H1, PERCENT_H2)))
    assert not [f for f in got if f[0] in ("100", "99,6", "92,2")]


@pytest.mark.parametrize("text", [
    # a range of years with a dash is no row of figures
    "Kế hoạch giai đoạn 2021 - 2025\nTổng số Đã giải quyết\nHộ tịch 2021 - 2025\nChứng thực 2022 - 2023\n",
    # prose with pipes
    "Ngày đăng: 08/04/2024 | Lượt xem: 215\nTrang chủ | Tin tức | Hoạt động\n",
    # a header whose columns can be laid out two ways: no table
    "Lĩnh vực Tiếp nhận Đã giải quyết Đang giải quyết\nTổng số Trực tuyến Tổng số Quá hạn\n"
    "Hộ tịch 40 20 38 1\nChứng thực 60 50 60 0\n",
])
def test_no_counts(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(("line", "cells"), [
    ("Hộ tịch 120 - - 5", ["120", "-", "-", "5"]),  # a dash keeps its column's place
    ("Hộ tịch 2.310 1.004 0 -", ["2.310", "1.004", "0", "-"]),
])
def test_dash_cells_in_space_tables(line: str, cells: list[str]) -> None:
    text = f"Lĩnh vực Tiếp nhận Đã giải quyết Đang giải quyết Quá hạn\n{line}\nĐất đai 9 8 1 0\n"
    (table,) = find_tables(text)
    assert [c.text for c in table.rows[1][1:]] == cells


def test_bare_pipe_header_blank_at_both_ends() -> None:
    """A header line of a table with no outer pipes, blank in its first and last cells (``" |  | Tổng số | … |  "``
    stripped to ``"| Tổng số | … |"``), gets both cells back; a table with outer pipes is left as it is."""
    text = ("STT | Lĩnh vực | Tiếp nhận | | Ghi chú\n | | Tổng số | Trực tuyến | \n"
            "1 | Hộ tịch | 15 | 9 | x\n2 | Chứng thực | 30 | 12 | y")
    (table,) = find_pipe_tables(text)
    assert table.n_cols == 5
    assert [c.col for c in table.rows[1]] == [2, 3]
    outer = "| Lĩnh vực | Tiếp nhận | Trực tuyến |\n| Hộ tịch | 15 | 9 |\n| Đất đai | 4 | 1 |"
    (table,) = find_pipe_tables(outer)
    assert table.n_cols == 3


def test_row_label_wrapped_in_a_table_flattened_with_single_spaces() -> None:
    text = ("Bảng số liệu\nSTT Lĩnh vực Tiếp nhận Đã giải quyết Đang giải quyết\n"
            "1 Đăng ký, cấp Giấy chứng nhận quyền sử dụng 40 35 5\nđất lần đầu cho hộ gia đình\n"
            "2 Hộ tịch 120 118 2\n")
    assert ("40", "received_total", "Đăng ký, cấp Giấy chứng nhận quyền sử dụng đất lần đầu cho hộ gia đình") \
        in counts(text)
