"""Statistic tables flattened to plain text with spaces: the TXT reader's Tables and the table extractors."""

from __future__ import annotations

import pytest

from extract.document import Document, Source
from extract.extractors.counts import CountExtractor
from extract.extractors.indicators import IndicatorExtractor
from extract.readers.text_tables import segment_header
from extract.readers.txt import read_txt
from extract.registry import Context


def doc(text: str) -> Document:
    d = read_txt(text.encode("utf-8"), Source("t.txt", "0" * 64, "txt"))
    d.check_offsets()
    return d


SHARES = (
    "Kết quả xử lý hồ sơ của huyện\n"
    "Lĩnh vực Tổng số Giải quyết xong Đang giải quyết Trước hạn Đúng hạn Quá hạn\n"
    "Tổng % Tổng % Tổng %\n"
    "Tư pháp 1.250 1.200 50 900 75% 250 20,8% 50 4,2%\n"
    "Đất đai 300 280 20 100 35,7% 150 53,6% 30 10,7%\n"
    "Ghi chú: số liệu đến hết tháng.\n"
)

NUMBERED = (
    "STT Lĩnh vực Hồ sơ nhận giải quyết Kết quả giải quyết\n"
    "Tổng số Trong đó Đã giải quyết Đang giải quyết\n"
    "Kỳ trước chuyển qua Mới tiếp nhận Tổng số Trước hạn Đúng hạn Quá hạn Tổng số Trong hạn Quá hạn\n"
    "1 2.1. Chứng thực bản sao 40 5 35 38 30 8 0 2 2 0\n"
    "2 2.2.Hộ tịch 25 0 25 20 15 4 1 5 4 1\n"
)


def test_a_two_line_header_lays_groups_over_their_columns() -> None:
    d = doc(SHARES)
    assert len(d.tables) == 1
    table = d.tables[0]
    assert table.n_cols == 10 and table.n_rows == 4
    top = {c.text: (c.col, c.row_span, c.col_span) for c in table.rows[0]}
    assert top["Lĩnh vực"] == (0, 2, 1) and top["Tổng số"] == (1, 2, 1)
    assert top["Trước hạn"] == (4, 1, 2) and top["Quá hạn"] == (8, 1, 2)
    assert [c.text for c in table.rows[2]][:3] == ["Tư pháp", "1.250", "1.200"]
    assert "Ghi chú" not in d.text[table.start:table.end]
    assert [b.kind for b in d.blocks] == ["paragraph"]  # the text is not moved


def test_counts_and_rates_of_a_flattened_table() -> None:
    d = doc(SHARES)
    counts = {(f.text, f.metric, f.scope) for f in CountExtractor().extract(Context(document=d))}
    assert ("1.200", "resolved_total", "Tư pháp") in counts
    assert ("50", "pending_total", "Tư pháp") in counts
    assert ("900", "resolved_early", "Tư pháp") in counts
    assert ("30", "resolved_late", "Đất đai") in counts
    assert ("1.250", "received_total", "Tư pháp") in counts  # a bare total before the resolved column
    rates = {(f.text, f.metric, f.scope) for f in IndicatorExtractor().extract(Context(document=d))}
    assert ("75%", "early_rate", "Tư pháp") in rates
    assert ("4,2%", "late_rate", "Tư pháp") in rates
    assert ("20,8%", "other", "Tư pháp") in rates  # on time only, beside its own early column: no key


def test_row_numbers_go_to_the_stt_column_and_three_header_lines_nest() -> None:
    d = doc(NUMBERED)
    table = d.tables[0]
    assert table.n_cols == 12
    assert [c.text for c in table.rows[3][:3]] == ["1 2.1.", "Chứng thực bản sao", "40"]
    assert [c.text for c in table.rows[4][:2]] == ["2 2.2.", "Hộ tịch"]
    got = [(f.text, f.metric) for f in CountExtractor().extract(Context(document=d)) if f.scope == "Hộ tịch"]
    assert [m for _, m in got] == [
        "received_total", "carried_over", "received_in_period", "resolved_total", "resolved_early",
        "resolved_on_time", "resolved_late", "pending_total", "pending_in_time", "pending_late"]


def test_a_last_row_cut_short_at_the_end_of_the_text_keeps_its_first_cells() -> None:
    d = doc(NUMBERED + "3 2.3. Nuôi con nuôi 7 1 6 7")
    rows = d.tables[0].rows
    assert [c.text for c in rows[-1]][-4:] == ["7", "1", "6", "7"]


@pytest.mark.parametrize("text", [
    # prose with numbers at the end of its lines
    "Trong tháng, xã đã tiếp nhận hồ sơ của các lĩnh vực như sau 12 15\n"
    "Hộ tịch 40 35\nĐất đai 12 10\n",
    # one data row only
    "Lĩnh vực Tổng số Đã giải quyết Đang giải quyết\nHộ tịch 40 35 5\n",
    # rows of different lengths
    "Lĩnh vực Tổng số Đã giải quyết Đang giải quyết\nHộ tịch 40 35 5\nĐất đai 12 10\n",
    # a header naming nothing the extractors read
    "Họ và tên Năm sinh Điểm thi\nNguyễn Văn A 1990 8\nTrần Thị B 1992 9\n",
    # a header with no label column: nothing tells caption from header
    "Tổng số Đã giải quyết Đang giải quyết\nHộ tịch 40 35 5\nĐất đai 12 10 2\n",
    # the header does not fit the number of cells
    "Lĩnh vực Tổng số Đã giải quyết\nHộ tịch 40 35 5 1\nĐất đai 12 10 2 0\n",
])
def test_no_table_without_strong_evidence(text: str) -> None:
    assert doc(text).tables == ()


@pytest.mark.parametrize(("line", "captions"), [
    ("Mức độ Tổng Đã xử lý Chưa xử lý", ["Mức độ", "Tổng", "Đã xử lý", "Chưa xử lý"]),
    ("Tổng % Tổng %", ["Tổng", "%", "Tổng", "%"]),
    ("TTHC % TTHC %", ["TTHC", "%", "TTHC", "%"]),
    ("Số TTHC Tỷ lệ (%)", ["Số TTHC", "Tỷ lệ (%)"]),
])
def test_segment_header(line: str, captions: list[str]) -> None:
    assert [s.text for s in segment_header(line)] == captions
