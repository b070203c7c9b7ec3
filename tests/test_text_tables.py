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


def _counts(text: str) -> set[tuple[str, str, str | None]]:
    return {(f.text, f.metric, f.scope) for f in CountExtractor().extract(Context(document=doc(text)))}


@pytest.mark.parametrize(("text", "expected"), [
    # "Tổng | Đã xử lý | Chưa xử lý": the dossiers to resolve, resolved, not yet resolved
    ("Tình hình xử lý hồ sơ\nCấp Tổng Đã xử lý Chưa xử lý\nCấp xã 310 290 20\nCấp huyện 95 90 5\n",
     {("310", "received_total", "Cấp xã"), ("290", "resolved_total", "Cấp xã"), ("5", "pending_total", "Cấp huyện")}),
    # a header in capitals
    ("KẾT QUẢ THÁNG 5\nLĨNH VỰC TỔNG SỐ ĐÃ GIẢI QUYẾT ĐANG GIẢI QUYẾT\nHộ tịch 52 50 2\nChứng thực 130 130 0\n",
     {("52", "received_total", "Hộ tịch"), ("50", "resolved_total", "Hộ tịch"), ("0", "pending_total", "Chứng thực")}),
    # a header in lower case, its head noun kept whole
    ("số liệu quý\nđơn vị số hồ sơ tiếp nhận đã giải quyết đang giải quyết\nxã A 64 60 4\nxã B 18 17 1\n",
     {("64", "received_total", "xã A"), ("60", "resolved_total", "xã A"), ("1", "pending_total", "xã B")}),
    # a one-row table under a two-line header that names every column
    ("Tổng hợp cả năm\nĐơn vị Tổng số Đã giải quyết Đang giải quyết\nTổng % Tổng %\nToàn huyện 480 460 95,8% 20 4,2%\n",
     {("480", "received_total", "Toàn huyện"), ("460", "resolved_total", "Toàn huyện"),
      ("20", "pending_total", "Toàn huyện")}),
    # a row label begun on its own numbered line, ended on the line of its numbers
    ("Bảng 2\nSTT Thủ tục Tổng số Đã giải quyết Đang giải quyết\n1 Cấp đổi Giấy chứng nhận quyền sử dụng\n"
     "đất do bị mất 12 11 1\n2 Đăng ký khai sinh 40 40 0\n",
     {("12", "received_total", "Cấp đổi Giấy chứng nhận quyền sử dụng đất do bị mất"),
      ("40", "resolved_total", "Đăng ký khai sinh")}),
    # a row label continued in lower case after its numbers
    ("Bảng 3\nSTT Thủ tục Tổng số Đã giải quyết Đang giải quyết\n1 Cấp đổi Giấy chứng nhận 12 11 1\n"
     "quyền sử dụng đất do bị mất\n2 Đăng ký khai sinh 40 40 0\n3 Đăng ký kết hôn 9 9 0\nđăng ký lại\n",
     {("11", "resolved_total", "Cấp đổi Giấy chứng nhận quyền sử dụng đất do bị mất"),
      ("40", "resolved_total", "Đăng ký khai sinh"), ("9", "received_total", "Đăng ký kết hôn đăng ký lại")}),
])
def test_table_variants_read_as_counts(text: str, expected: set) -> None:
    assert expected <= _counts(text)


@pytest.mark.parametrize("text", [
    # one row under a two-line header with a caption naming nothing ("Ghi chú")
    "Tổng hợp\nĐơn vị Tổng số Ghi chú Đang giải quyết\nTổng % Tổng %\nToàn huyện 480 460 95,8% 20 4,2%\n",
    # a capitalised title over one row: a one-line header is never enough for one row
    "LĨNH VỰC TỔNG SỐ ĐÃ GIẢI QUYẾT\nHộ tịch 40 35\n",
])
def test_no_one_row_table_without_a_full_header(text: str) -> None:
    assert doc(text).tables == ()


def test_wrapped_labels_need_their_markers() -> None:
    # a capitalised line above the first row and no row number: it may be a header line, not joined
    text = ("STT Lĩnh vực Tổng số Đã giải quyết Đang giải quyết\nGhi chép riêng\nhộ tịch 40 35 5\n"
            "đất đai 12 10 2\n")
    assert all("Ghi chép" not in c.text for t in doc(text).tables for c in t.cells())
    # lower-case lines between two lower-case rows: whose they are is unclear, the table stops there
    text = ("STT Lĩnh vực Tổng số Đã giải quyết Đang giải quyết\n1 Hộ tịch 40 35 5\nghi chú thêm\n"
            "chứng thực 12 10 2\n3 Đất đai 7 7 0\n")
    assert {s for _, _, s in _counts(text)} <= {"Hộ tịch", "chứng thực", "Đất đai"}


def test_feedback_tables_keep_their_own_reading_of_da_xu_ly() -> None:
    text = "Phản ánh, kiến nghị\nKênh Số PAKN tiếp nhận Đã xử lý Đang xử lý\nTổng đài 12 10 2\nCổng DVC 5 5 0\n"
    got = {(t, m) for t, m, _ in _counts(text)}
    assert ("10", "resolved_total") not in got and ("10", "feedback_handled") in got


@pytest.mark.parametrize(("line", "captions"), [
    ("LĨNH VỰC TỔNG SỐ ĐÃ GIẢI QUYẾT ĐANG GIẢI QUYẾT", ["LĨNH VỰC", "TỔNG SỐ", "ĐÃ GIẢI QUYẾT", "ĐANG GIẢI QUYẾT"]),
    ("STT ĐƠN VỊ SỐ HỒ SƠ TIẾP NHẬN ĐÃ GIẢI QUYẾT", ["STT", "ĐƠN VỊ", "SỐ HỒ SƠ TIẾP NHẬN", "ĐÃ GIẢI QUYẾT"]),
    ("KỲ TRƯỚC CHUYỂN QUA MỚI TIẾP NHẬN TRƯỚC HẠN QUÁ HẠN",
     ["KỲ TRƯỚC CHUYỂN QUA", "MỚI TIẾP NHẬN", "TRƯỚC HẠN", "QUÁ HẠN"]),
    ("số tthc tỷ lệ (%)", ["số tthc", "tỷ lệ (%)"]),
    ("TỔNG SỐ HỒ SƠ ĐANG GIẢI QUYẾT", ["TỔNG SỐ HỒ SƠ ĐANG GIẢI QUYẾT"]),
])
def test_segment_header_without_case(line: str, captions: list[str]) -> None:
    assert [s.text for s in segment_header(line)] == captions


SERIES = (
    "Thủ tục trực tuyến theo mức độ\n"
    "Mức độ 2 Mức độ 3 Mức độ 4\n"
    "TTHC % TTHC % TTHC %\n"
    "Số thủ tục đã cung cấp 210 100% 120 57,1% 64 30,5%\n"
)


def test_one_row_under_a_series_of_columns_counts_procedures() -> None:
    d = doc(SERIES)
    assert len(d.tables) == 1 and d.tables[0].n_cols == 7
    got = {(f.text, f.metric, f.scope) for f in CountExtractor().extract(Context(document=d)) if f.table is not None}
    # "Mức độ 2" is the kind of the procedures counted (their label), not their scope (GOLD.md, "Scope")
    assert got == {("210", "other", None), ("120", "procedures_online_partial", None),
                   ("64", "procedures_online_full", None)}
    other = next(f for f in CountExtractor().extract(Context(document=d)) if f.text == "210")
    assert other.unit == "thủ tục" and other.label == "Mức độ 2 TTHC"


def test_a_series_of_places_over_procedure_counts_keeps_its_scope() -> None:
    # only a kind of procedure ("Mức độ 2") is no scope; a numbered place over its columns still is
    text = SERIES.replace("theo mức độ", "theo tổ dân phố").replace("Mức độ", "Tổ dân phố")
    got = {(f.text, f.scope) for f in CountExtractor().extract(Context(document=doc(text))) if f.table is not None}
    assert ("210", "Tổ dân phố 2") in got


@pytest.mark.parametrize("text", [
    # the same name twice is no series
    "Theo mức độ\nMức độ 3 Mức độ 3\nTTHC % TTHC %\nSố thủ tục 120 57,1% 64 30,5%\n",
    # a series on one header line only: nothing names its columns
    "Theo mức độ\nMức độ 3 Mức độ 4\nSố thủ tục 120 64\n",
])
def test_no_series_table_without_its_evidence(text: str) -> None:
    assert doc(text).tables == ()


def test_a_procedure_column_beside_dossier_columns_keeps_the_dossier_reading() -> None:
    text = "Bảng 4\nLĩnh vực Số TTHC Đã giải quyết Đang giải quyết\nHộ tịch 12 40 2\nĐất đai 30 25 5\n"
    got = {(t, m) for t, m, _ in _counts(text)}
    assert ("40", "resolved_total") in got and ("5", "pending_total") in got
