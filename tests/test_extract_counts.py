"""The counts extractor: table-driven phrasings (positive and negative), tables, properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.document import Document, Source
from extract.extractors.counts import CountExtractor
from extract.readers.txt import read_txt
from extract.registry import Context


def doc(text: str) -> Document:
    return read_txt(text.encode("utf-8"), Source("test.txt", "0" * 64, "txt"))


def counts(text: str) -> list[tuple[str, str, int, str | None]]:
    d = doc(text)
    facts = list(CountExtractor().extract(Context(document=d)))
    for f in facts:
        assert d.text[f.start:f.end] == f.text
    return [(f.text, f.metric, f.value, f.scope) for f in facts]


POSITIVE = [
    ("Tổng số hồ sơ đã tiếp nhận là 4.911 hồ sơ (trong đó, tiếp nhận trực tuyến 4.900 hồ sơ; trực tiếp 0 hồ sơ, "
     "kỳ trước chuyển qua: 11 hồ sơ).",
     [("4.911 hồ sơ", "received_total", 4911, None), ("4.900 hồ sơ", "received_online", 4900, None),
      ("0 hồ sơ", "received_direct", 0, None), ("11 hồ sơ", "carried_over", 11, None)]),
    ("Chi nhánh Văn phòng đăng ký đất đai thành phố tiếp nhận 361 hồ sơ, số hồ sơ đã giải quyết 297, "
     "số hồ sơ đang giải quyết là 64 hồ sơ.",
     [("361 hồ sơ", "received_total", 361, "Chi nhánh Văn phòng đăng ký đất đai thành phố"),
      ("297", "resolved_total", 297, "Chi nhánh Văn phòng đăng ký đất đai thành phố"),
      ("64 hồ sơ", "pending_total", 64, "Chi nhánh Văn phòng đăng ký đất đai thành phố")]),
    ("- Phòng Kinh tế xã: Đạt 100% (75/75 hồ sơ); hồ sơ trực tuyến 75 hồ sơ, hồ sơ trực tiếp 0 hồ sơ, "
     "hồ sơ tiếp nhận trong kỳ 74 hồ sơ, hồ sơ kỳ trước 01 hồ sơ.",
     [("75 hồ sơ", "received_online", 75, "Phòng Kinh tế xã"), ("0 hồ sơ", "received_direct", 0, "Phòng Kinh tế xã"),
      ("74 hồ sơ", "received_in_period", 74, "Phòng Kinh tế xã"), ("01 hồ sơ", "carried_over", 1, "Phòng Kinh tế xã")]),
    ("Có 106 hồ sơ đang giải quyết, trong đó có 93 hồ sơ trong hạn, 13 hồ sơ yêu cầu bổ sung.",
     [("106 hồ sơ", "pending_total", 106, None), ("93 hồ sơ", "pending_in_time", 93, None),
      ("13 hồ sơ", "supplement_requested", 13, None)]),
    ("Có 20 hồ sơ đang giải quyết, trong đó 15 hồ sơ trong hạn, 5 hồ sơ quá hạn.",
     [("20 hồ sơ", "pending_total", 20, None), ("15 hồ sơ", "pending_in_time", 15, None),
      ("5 hồ sơ", "pending_late", 5, None)]),
    ("Đã trả kết quả 4.160 hồ sơ, trong đó có 4.029 hồ sơ giải quyết trước hạn, 8 hồ sơ đúng hạn, 11 hồ sơ quá hạn, "
     "29 hồ sơ từ chối, 83 hồ sơ rút.",
     [("4.160 hồ sơ", "resolved_total", 4160, None), ("4.029 hồ sơ", "resolved_early", 4029, None),
      ("8 hồ sơ", "resolved_on_time", 8, None), ("11 hồ sơ", "resolved_late", 11, None),
      ("29 hồ sơ", "rejected", 29, None), ("83 hồ sơ", "withdrawn", 83, None)]),
    ("+ Hồ sơ đã giải quyết trước hạn: 3985 hồ sơ đạt 99,72%\n\n+ Hồ sơ rút và từ chối: 11 hồ sơ",
     [("3985 hồ sơ", "resolved_early", 3985, None), ("11 hồ sơ", "rejected_or_withdrawn", 11, None)]),
    ("Số lượng hồ sơ đã giải quyết: 4.882 hồ sơ, trong đó, giải quyết trước hạn 4.880, quá hạn 02 hồ sơ.",
     [("4.882 hồ sơ", "resolved_total", 4882, None), ("4.880", "resolved_early", 4880, None),
      ("02 hồ sơ", "resolved_late", 2, None)]),
    ("Trung tâm đã tiếp nhận 08 phản ánh, kiến nghị (PAKN) từ công dân; đã thực hiện xử lý 08 PAKN.",
     [("08 phản ánh, kiến nghị (PAKN)", "feedback_received", 8, None), ("08 PAKN", "feedback_handled", 8, None)]),
    ("Tổng số TTHC thuộc thẩm quyền giải quyết là 378 thủ tục, trong đó số Dịch vụ công trực tuyến (DVCTT) một phần "
     "là 159 thủ tục, Dịch vụ công trực tuyến toàn trình là 219 thủ tục.",
     [("378 thủ tục", "procedures_total", 378, None), ("159 thủ tục", "procedures_online_partial", 159, None),
      ("219 thủ tục", "procedures_online_full", 219, None)]),
    ("Tổng số thủ tục hành chính là 374 thủ tục, cụ thể: 155 TTHC trực tuyến một phần, 219 TTHC trực tuyến toàn trình.",
     [("374 thủ tục", "procedures_total", 374, None), ("155 TTHC", "procedures_online_partial", 155, None),
      ("219 TTHC", "procedures_online_full", 219, None)]),
    ("Tổng số hồ sơ của DVCTT toàn trình (gồm hồ sơ nộp trực tuyến + trực tiếp) là 284",
     [("284", "received_total", 284, "DVCTT toàn trình")]),
    ("Tổng hồ sơ tiếp nhận trong kỳ và kỳ trước chuyển qua 1.132 hồ sơ, tiếp nhận trong kỳ 1.130, "
     "kỳ trước chuyển qua 02 hồ sơ",
     [("1.132 hồ sơ", "received_total", 1132, None), ("1.130", "received_in_period", 1130, None),
      ("02 hồ sơ", "carried_over", 2, None)]),
    ("Đăng ký liên thông khai sinh, đăng ký thường trú là 49 hồ sơ; lĩnh vực người có công 12 hồ sơ.",
     [("49 hồ sơ", "interlinked", 49, None), ("12 hồ sơ", "interlinked", 12, "lĩnh vực người có công")]),
    ("- Lĩnh vực quân sự: 02 thủ tục", [("02 thủ tục", "procedures_total", 2, "Lĩnh vực quân sự")]),
    ("Số TTHC giữ nguyên: 378; số TTHC bãi bỏ: 0", [("378", "other", 378, None), ("0", "other", 0, None)]),
    ("UBND xã tiếp nhận: 31 đơn, đã giải quyết 29 đơn.", [("31 đơn", "other", 31, None), ("29 đơn", "other", 29, None)]),
]

NEGATIVE = [
    "Quyết định số 714/QĐ-UBND ngày 27/02/2026 của UBND thành phố Hải Phòng.",
    "Trung tâm có diện tích 220m2, camera giám sát 24/24 để đảm bảo an ninh.",
    "Văn phòng HĐND-UBND xã: Đạt 100% (1.018/1.018 hồ sơ).",
    "3.3. Kết quả giải quyết thủ tục hành chính và dịch vụ công trực tuyến",
    "Lĩnh vực quân sự trong quý II/2026 không phát sinh hồ sơ.",
    "Tỷ lệ số hóa hồ sơ đạt 98,7%. Tỷ lệ thanh toán trực tuyến đạt 100%.",
    "Kế hoạch cải cách hành chính năm 2026 theo Nghị định 61/2018/NĐ-CP, giai đoạn 2021-2030.",
    "Bộ chỉ số 766 đánh giá chất lượng phục vụ người dân.",
    "có 01/01 phản ánh kiến nghị đã được tiếp nhận xử lý theo đúng quy định",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_phrasings(text: str, expected: list) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_counts(text: str) -> None:
    assert counts(text) == []


PDF_TEXT = "- Tổng số hồ sơ đã tiếp nhận là 4.911 hồ sơ (trong đó, tiếp nhận trực tuyến\n\n4.900 hồ sơ)."


def test_pdf_line_break_inside_phrase() -> None:
    assert counts(PDF_TEXT)[1] == ("4.900 hồ sơ", "received_online", 4900, None)


TABLE = (
    "PHỤ LỤC\n\n"
    "STT\tLĩnh vực\tSố lượng hồ sơ tiếp nhận\t\tSố lượng hồ sơ đã giải quyết\t\tSố lượng hồ sơ đang giải quyết\t\n"
    "\t\tTổng số\tTừ kỳ trước\tTổng số\tQuá hạn\tTổng số\tQuá hạn\n"
    "(1)\t(2)\t(3)\t(4)\t(5)\t(6)\t(7)\t(8)\n"
    "1\tHộ tịch\t343\t0\t340\t1\t3\t2\n"
    "Tổng cộng\t\t1.132\t2\t1.131\t1\t1\t0\n"
)


def test_table_cells() -> None:
    got = counts(TABLE)
    assert ("343", "received_total", 343, "Hộ tịch") in got
    assert ("0", "carried_over", 0, "Hộ tịch") in got
    assert ("340", "resolved_total", 340, "Hộ tịch") in got
    assert ("1", "resolved_late", 1, "Hộ tịch") in got
    assert ("2", "pending_late", 2, "Hộ tịch") in got
    assert ("1.132", "received_total", 1132, None) in got
    assert not any(t.startswith("(") for t, *_ in got)  # the numbering row
    assert len(got) == 12  # the STT cell "1" is not a count


def test_table_of_other_things_is_skipped() -> None:
    table = "STT\tNội dung\tGhi chú\tSố tiền\n1\tChi thường xuyên\t12\t300\n2\tChi đầu tư\t4\t500\n"
    assert counts(table) == []


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789.,/%: \n-+()hồsơthủtụcđãtiếpnhậnTổngsốtrongđó;\t")),
               max_size=300))
def test_never_raises_and_spans_index_text(text: str) -> None:
    d = doc(text) if text.strip() else None
    if d is None:
        return
    for f in CountExtractor().extract(Context(document=d)):
        assert d.text[f.start:f.end] == f.text
        assert isinstance(f.value, int)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_unicode(text: str) -> None:
    if not text.strip():
        return
    try:
        d = doc(text)
    except Exception:  # the reader may refuse odd text (NUL ...); that is not ours
        return
    for f in CountExtractor().extract(Context(document=d)):
        assert d.text[f.start:f.end] == f.text
