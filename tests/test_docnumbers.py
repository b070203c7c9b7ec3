"""normalize/docnumbers.py: parsing document numbers and finding citations with offsets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from normalize.docnumbers import (
    DocumentNumberError,
    find_own_number,
    is_blank_number,
    iter_citations,
    kind_matches_code,
    own_number_labels,
    parse_document_number,
)
from normalize.errors import NormalizeError

SEEDS = Path(__file__).resolve().parents[1] / "corpus" / "seeds"

# (written, id, number, year, type_code, issuer)
PARSE_CASES = [
    ("61/2018/NĐ-CP", "61/2018/NĐ-CP", "61", 2018, "NĐ", "CP"),
    ("714/QĐ-UBND", "714/QĐ-UBND", "714", None, "QĐ", "UBND"),
    ("336/UBND-TTPVHCC", "336/UBND-TTPVHCC", "336", None, None, "UBND-TTPVHCC"),
    ("66.7/2025/NQ-CP", "66.7/2025/NQ-CP", "66.7", 2025, "NQ", "CP"),
    # a number with a letter added (issued after 1234 under the same number)
    ("1234a/QĐ-UBND", "1234a/QĐ-UBND", "1234a", None, "QĐ", "UBND"),
    ("Số: 15B/KH-UBND", "15B/KH-UBND", "15B", None, "KH", "UBND"),
    ("01/QyĐ-UBND", "01/QyĐ-UBND", "01", None, "QyĐ", "UBND"),
    ("202/2025/QH15", "202/2025/QH15", "202", 2025, None, "QH15"),
    ("1654/NQ-UBTVQH15", "1654/NQ-UBTVQH15", "1654", None, "NQ", "UBTVQH15"),
    ("03/2021/TTLT-TANDTC-VKSNDTC-BCA-BQP", "03/2021/TTLT-TANDTC-VKSNDTC-BCA-BQP", "03", 2021, "TTLT",
     "TANDTC-VKSNDTC-BCA-BQP"),
    ("01 /2018/TT-VPCP", "01/2018/TT-VPCP", "01", 2018, "TT", "VPCP"),
    ("61/NĐ-CP", "61/NĐ-CP", "61", None, "NĐ", "CP"),
    ("3041/SNV-CCHC", "3041/SNV-CCHC", "3041", None, None, "SNV-CCHC"),
    ("2237/UBND-NVKTGS", "2237/UBND-NVKTGS", "2237", None, None, "UBND-NVKTGS"),
    ("225-CV/ĐU", "225-CV/ĐU", "225", None, "CV", "ĐU"),
    ("60-NQ/TW", "60-NQ/TW", "60", None, "NQ", "TW"),
    ("123/QĐ–UBND", "123/QĐ-UBND", "123", None, "QĐ", "UBND"),  # en dash
    ("45/CTr-UBND", "45/CTr-UBND", "45", None, "CTr", "UBND"),
    ("12/TTr-UBND", "12/TTr-UBND", "12", None, "TTr", "UBND"),
    ("766/QĐ-TTg", "766/QĐ-TTg", "766", None, "QĐ", "TTg"),
    ("Số: 15/BC-UBND", "15/BC-UBND", "15", None, "BC", "UBND"),
    ("3141/QĐ-\n\nUBND", "3141/QĐ-UBND", "3141", None, "QĐ", "UBND"),
    ("01/2020/TT-VPCP", "01/2020/TT-VPCP", "01", 2020, "TT", "VPCP"),
    # spaces around the dash of the code
    ("45 / KH - UBND", "45/KH-UBND", "45", None, "KH", "UBND"),
    ("Số: 123 / BC - UBND", "123/BC-UBND", "123", None, "BC", "UBND"),
    ("61/2018/NĐ - CP", "61/2018/NĐ-CP", "61", 2018, "NĐ", "CP"),
    ("12/KH – UBND-VP", "12/KH-UBND-VP", "12", None, "KH", "UBND-VP"),
    # a joint unit written with "&" is one segment of the code
    ("2231/SNV-CCHC&PC", "2231/SNV-CCHC&PC", "2231", None, None, "SNV-CCHC&PC"),
    ("45/KH-VH&TT", "45/KH-VH&TT", "45", None, "KH", "VH&TT"),
    # a template's blank, filled in: spaces before the slash
    ("Số: 31  /BC-UBND", "31/BC-UBND", "31", None, "BC", "UBND"),
]


@pytest.mark.parametrize(("written", "ident", "number", "year", "type_code", "issuer"), PARSE_CASES)
def test_parse_document_number(written, ident, number, year, type_code, issuer) -> None:
    doc = parse_document_number(written)
    assert (doc.id, doc.number, doc.year, doc.type_code, doc.issuer) == (ident, number, year, type_code, issuer)


def test_party_shape_is_flagged() -> None:
    assert parse_document_number("225-CV/ĐU").party
    assert not parse_document_number("714/QĐ-UBND").party


@pytest.mark.parametrize(
    "written",
    ["27/02/2026", "4.900/4.900", "25/114", "24/24", "1.018/1.018", "/BC-TTPVHCC", "Số: /BC- UBND",
     "Luật Khiếu nại", "", "QĐ-UBND", "714/Tổng", "https://x.gov.vn", "12/2025", "12ab/QĐ-UBND", "12a/b"],
)
def test_parse_rejects_non_numbers(written: str) -> None:
    with pytest.raises(DocumentNumberError) as info:
        parse_document_number(written)
    assert isinstance(info.value, NormalizeError)


@pytest.mark.parametrize(
    ("written", "blank"),
    [("Số: /BC-TTPVHCC", True), ("Số: /BC- UBND", True), ("/KH-UBND", True), ("Số: ....../BC-UBND", True),
     ("Số: 15/BC-UBND", False), ("27/02/2026", False), ("", False)],
)
def test_is_blank_number(written: str, blank: bool) -> None:
    assert is_blank_number(written) is blank


@pytest.mark.parametrize(
    ("kind", "code", "ok"),
    [("Quyết định", "QĐ", True), ("Quyết định", "KH", False), ("Kế hoạch", "QĐ", False),
     ("Kế hoạch", "KH", True), ("Công văn", None, True), ("Công văn", "QĐ", False), ("Nghị quyết", None, True),
     ("Nghị quyết", "NQ", True), ("Quy định", "QyĐ", True), ("Thông tư liên tịch", "TTLT", True),
     ("Thông tư", "TTLT", False), ("QUYẾT ĐỊNH", "QĐ", True), ("Văn bản", "QĐ", True), ("Luật", None, True),
     ("Quyết định", None, False), ("Báo cáo", "BC", True), ("Kết luận", "KL", True), ("Xe đạp", "QĐ", False)],
)
def test_kind_matches_code(kind: str, code: str | None, ok: bool) -> None:
    assert kind_matches_code(kind, code) is ok


# (text, [(citation text, id, kind, date)])
CITATION_CASES = [
    ("Căn cứ Quyết định số 714/QĐ-UBND ngày 27/02/2026 của UBND thành phố",
     [("Quyết định số 714/QĐ-UBND ngày 27/02/2026", "714/QĐ-UBND", "Quyết định", dt.date(2026, 2, 27))]),
    ("Công văn số 336/UBND-TTPVHCC, ngày 19/3/2026 về việc",
     [("Công văn số 336/UBND-TTPVHCC, ngày 19/3/2026", "336/UBND-TTPVHCC", "Công văn", dt.date(2026, 3, 19))]),
    ("Quyết định số 3141/QĐ-\n\nUBND ngày 04/8/2025 của UBND",
     [("Quyết định số 3141/QĐ-\n\nUBND ngày 04/8/2025", "3141/QĐ-UBND", "Quyết định", dt.date(2025, 8, 4))]),
    ("Thực hiện Công văn số 2237/UBND-NVKTGS ngày 27 tháng 8 năm \n\n2025 của",
     [("Công văn số 2237/UBND-NVKTGS ngày 27 tháng 8 năm \n\n2025", "2237/UBND-NVKTGS", "Công văn",
       dt.date(2025, 8, 27))]),
    ("của Nghị định 61/NĐ-CP ngày 23/4/2018 của Chính phủ",
     [("Nghị định 61/NĐ-CP ngày 23/4/2018", "61/NĐ-CP", "Nghị định", dt.date(2018, 4, 23))]),
    ("Trên cơ sở Quyết định 3149/QĐ-UBND ngày 04/8/2025",
     [("Quyết định 3149/QĐ-UBND ngày 04/8/2025", "3149/QĐ-UBND", "Quyết định", dt.date(2025, 8, 4))]),
    ("- Công văn số: 51/UBND-KT ngày 16/7/2025 về",
     [("Công văn số: 51/UBND-KT ngày 16/7/2025", "51/UBND-KT", "Công văn", dt.date(2025, 7, 16))]),
    ("+ Quyết định Số 05/2025/QĐ-UBND ngày 14/7/2025 quy định",
     [("Quyết định Số 05/2025/QĐ-UBND ngày 14/7/2025", "05/2025/QĐ-UBND", "Quyết định", dt.date(2025, 7, 14))]),
    ("theo Nghị định số 61/2018/NĐ-CP và Thông tư số 01/2018/TT-VPCP ngày 23/11/2018 của",
     [("Nghị định số 61/2018/NĐ-CP", "61/2018/NĐ-CP", "Nghị định", None),
      ("Thông tư số 01/2018/TT-VPCP ngày 23/11/2018", "01/2018/TT-VPCP", "Thông tư", dt.date(2018, 11, 23))]),
    ("Quy định số 01/QyĐ-UBND ngày 05/01/2026", [("Quy định số 01/QyĐ-UBND ngày 05/01/2026", "01/QyĐ-UBND",
                                                "Quy định", dt.date(2026, 1, 5))]),
    ("Nghị quyết số 66.7/2025/NQ-CP ngày 15/11/2025 của Chính phủ",
     [("Nghị quyết số 66.7/2025/NQ-CP ngày 15/11/2025", "66.7/2025/NQ-CP", "Nghị quyết", dt.date(2025, 11, 15))]),
    ("Luật số 202/2025/QH15", [("Luật số 202/2025/QH15", "202/2025/QH15", "Luật", None)]),
    ("thực hiện Kết luận 225-CV/ĐU và Nghị quyết 60-NQ/TW",
     [("Kết luận 225-CV/ĐU", "225-CV/ĐU", "Kết luận", None), ("Nghị quyết 60-NQ/TW", "60-NQ/TW", "Nghị quyết", None)]),
    ("Kế hoạch chuyển đổi số năm 2026 số 43/KH-UBND ngày 13/02/2026;",
     [("43/KH-UBND ngày 13/02/2026", "43/KH-UBND", None, dt.date(2026, 2, 13))]),
    ("QĐ số 12/QĐ-UBND", [("QĐ số 12/QĐ-UBND", "12/QĐ-UBND", "QĐ", None)]),
    ("Số: 15/BC-UBND\n\nHà Nội", [("15/BC-UBND", "15/BC-UBND", None, None)]),
    ("QUYẾT ĐỊNH SỐ 7/QĐ-UBND NGÀY 01/02/2026",
     [("QUYẾT ĐỊNH SỐ 7/QĐ-UBND NGÀY 01/02/2026", "7/QĐ-UBND", "QUYẾT ĐỊNH", dt.date(2026, 2, 1))]),
    ("Uỷ ban ban hành Quyết định số 9/QĐ-UBND ngày 31/02/2026",  # impossible date: not attached
     [("Quyết định số 9/QĐ-UBND", "9/QĐ-UBND", "Quyết định", None)]),
    # a code with spaces around its dash, then its date
    ("Căn cứ Kế hoạch số 45/KH - UBND ngày 05/6/2026 của UBND xã;",
     [("Kế hoạch số 45/KH - UBND ngày 05/6/2026", "45/KH-UBND", "Kế hoạch", dt.date(2026, 6, 5))]),
    ("theo Kế hoạch số 45 / KH - UBND, ngày 05 tháng 6 năm 2026 của phường",
     [("Kế hoạch số 45 / KH - UBND, ngày 05 tháng 6 năm 2026", "45/KH-UBND", "Kế hoạch", dt.date(2026, 6, 5))]),
    ("Số: 123 / BC - UBND\nXã A", [("123 / BC - UBND", "123/BC-UBND", None, None)]),
    ("Nghị định 61/2018/NĐ – CP của Chính phủ", [("Nghị định 61/2018/NĐ – CP", "61/2018/NĐ-CP", "Nghị định", None)]),
    # ... but a spaced dash after a whole code, before a word, or across a line is punctuation
    ("Quyết định 12/QĐ-UBND - TTHC năm 2026", [("Quyết định 12/QĐ-UBND", "12/QĐ-UBND", "Quyết định", None)]),
    ("Kế hoạch 45/KH - Ủy ban nhân dân", [("Kế hoạch 45/KH", "45/KH", "Kế hoạch", None)]),
    ("Kế hoạch 45/KH - UBNDxã", [("Kế hoạch 45/KH", "45/KH", "Kế hoạch", None)]),
    ("Kế hoạch 45/KH\n- UBND xã", [("Kế hoạch 45/KH", "45/KH", "Kế hoạch", None)]),
    # a type word broken across lines keeps its kind, whitespace normalised
    ("xét đề nghị tại Tờ\ntrình số 58/TTr-VP ngày 02/3/2026",
     [("Tờ\ntrình số 58/TTr-VP ngày 02/3/2026", "58/TTr-VP", "Tờ trình", dt.date(2026, 3, 2))]),
    ("theo Quyết  định số 9/QĐ-UBND", [("Quyết  định số 9/QĐ-UBND", "9/QĐ-UBND", "Quyết định", None)]),
    ("tại Công văn số 512/STP-HC&BTTP ngày 03 tháng 10 năm 2024 của Sở",
     [("Công văn số 512/STP-HC&BTTP ngày 03 tháng 10 năm 2024", "512/STP-HC&BTTP", "Công văn",
       dt.date(2024, 10, 3))]),
    # "&" that starts no capitalised segment is not part of the code
    ("Kế hoạch số 7/KH-UBND&nbsp;ngày 5/2/2024", [("Kế hoạch số 7/KH-UBND", "7/KH-UBND", "Kế hoạch", None)]),
    # web text glues words together: "ngày" onto the code, the number onto "số"
    ("căn cứ Nghị định số 45/2019/NĐ-CPngày 12 tháng 5 năm 2019 của Chính phủ",
     [("Nghị định số 45/2019/NĐ-CPngày 12 tháng 5 năm 2019", "45/2019/NĐ-CP", "Nghị định", dt.date(2019, 5, 12))]),
    ("Quyết định số 208/QĐ-TTgngày 03/4/2021", [("Quyết định số 208/QĐ-TTgngày 03/4/2021", "208/QĐ-TTg",
                                                   "Quyết định", dt.date(2021, 4, 3))]),
    ("theo Thông tư số02/2017/TT-VPCP ngày 31/10/2017", [("Thông tư số02/2017/TT-VPCP ngày 31/10/2017",
                                                           "02/2017/TT-VPCP", "Thông tư", dt.date(2017, 10, 31))]),
    # "ngày" glued with no date after it stays part of what was written
    ("Số: 12/UBND-VPngàyxx", [("12/UBND-VPngàyxx", "12/UBND-VPngàyxx", None, None)]),
]

NEGATIVE_TEXTS = [
    "Số: /BC-TTPVHCC",
    "Số: /BC- UBND",
    "(Kèm theo Báo cáo số: /BC-TTPVHCC ngày 01/4/2026 của Trung tâm)",
    "theo quy định của Luật Khiếu nại và Luật Tố cáo",
    "đã tiếp nhận từ 20/03/2026 đến ngày 20/4/2026",
    "là 4.900/4.900 hồ sơ, đạt tỷ lệ 100%",
    "xếp 25/114 xã, phường, đặc khu",
    "camera theo dõi giám sát hoạt động của trung tâm 24/24 để đảm bảo",
    "Đạt 100% (1.018/1.018 hồ sơ)",
    "Công khai tại địa chỉ <https://nguyenluongbang.haiphong.gov.vn>",
    "https://vanban.gov.vn/12/QD-UBND và https://x.vn/van-ban/15/2025/TT-BNV",
    "theo Biểu số 06/VPCP/KSTT và Mẫu số 01/TTHC",
    "đạt 19,99/20 điểm",
    "714/Tổng số",
    "Sở KH&CN và Sở VH&TT phối hợp",  # "&" in a name, no number
    "tăng 25   /  114 hồ sơ",  # spaces around a fraction's slash, no code
    "tổng số09/12 đơn vị",  # a fraction glued to "số", no code
    "Mãsố12/UBND",  # "số" glued inside a word is no "số"
]


@pytest.mark.parametrize(("text", "expected"), CITATION_CASES)
def test_iter_citations(text: str, expected: list) -> None:
    found = list(iter_citations(text))
    assert [(c.text, c.id, c.kind, c.date) for c in found] == expected
    for c in found:
        assert text[c.start : c.end] == c.text
        assert text[c.number_span[0] : c.number_span[1]].replace("\n", "")
        if c.kind_span:
            assert " ".join(text[c.kind_span[0] : c.kind_span[1]].split()) == c.kind  # whitespace normalised


@pytest.mark.parametrize("text", NEGATIVE_TEXTS)
def test_iter_citations_negative(text: str) -> None:
    assert list(iter_citations(text)) == []


def test_kind_mismatch_is_visible() -> None:
    (c,) = iter_citations("UBND xã đã ban hành Quyết định số 478/KH-UBND ngày 30/7/2025 Kế hoạch")
    assert (c.kind, c.document.type_code, c.kind_consistent) == ("Quyết định", "KH", False)


# (header text, (code, issuer code, id or None for a blank draft number)) of the header's own "Số:" line
OWN_NUMBER_CASES = [
    ("\n\nSố: /BC- UBND\n\nThượng Hồng, ngày tháng 6 năm 2026", ("BC-UBND", "UBND", None)),
    ("Số: ....../KH-UBND", ("KH-UBND", "UBND", None)),
    ("Số:       /BC-TTPVHCC", ("BC-TTPVHCC", "TTPVHCC", None)),
    ("Số: 96/BC-UBND\tThượng Hồng, ngày 20 tháng 4 năm 2026", ("BC-UBND", "UBND", "96/BC-UBND")),
    ("  **Số: 15 / BC - TTPVHCC**", ("BC-TTPVHCC", "TTPVHCC", "15/BC-TTPVHCC")),
    ("Số: 336/UBND-TTPVHCC\nV/v báo cáo", ("UBND-TTPVHCC", "TTPVHCC", "336/UBND-TTPVHCC")),
    ("Số: 12/2025/NQ-HĐND", ("NQ-HĐND", "HĐND", "12/2025/NQ-HĐND")),
    # a two-column header read as one line: the label after a tab
    ("ỦY BAN NHÂN DÂN XÃ A\tSố: /BC-TTPVHCC", ("BC-TTPVHCC", "TTPVHCC", None)),
    # a line without a number is passed over for the next one
    ("Số:\nSố: 7/BC-UBND", ("BC-UBND", "UBND", "7/BC-UBND")),
    # a template's blank filled in, the spaces left before the slash: a number, not a draft's blank
    ("Số: 31  /BC-UBND\n", ("BC-UBND", "UBND", "31/BC-UBND")),
    ("Số:  08   /KH-UBND", ("KH-UBND", "UBND", "08/KH-UBND")),
]
NOT_OWN_NUMBER = [
    "Căn cứ Quyết định Số 05/2025/QĐ-UBND ngày 3/1/2025",  # "Số" in running text
    "Số liệu: 12/BC-UBND",  # not the label
    "Số: ngày 20/4/2026",  # a label with neither a number nor a blank one
    "Số:",
    "",
]


@pytest.mark.parametrize(("text", "expected"), OWN_NUMBER_CASES)
def test_find_own_number(text: str, expected: tuple[str, str | None, str | None]) -> None:
    own = find_own_number(text)
    assert own is not None
    assert (own.code, own.issuer_code, own.document.id if own.document else None) == expected
    assert text[own.start] in "/0123456789"


@pytest.mark.parametrize("text", NOT_OWN_NUMBER)
def test_find_own_number_negative(text: str) -> None:
    assert find_own_number(text) is None


def test_own_number_labels_stay_in_the_header() -> None:
    text = "Số: 1/BC-UBND\n" + "x" * 2000 + "\nSố: 2/BC-UBND"
    assert own_number_labels(text) == [3]
    assert own_number_labels("Quyết định Số: 05/QĐ-UBND") == []


def test_seed_citations_are_exact_and_complete() -> None:
    """On the real seeds every citation's text is its span, and the known ids are all found."""
    ids: list[str] = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for c in iter_citations(text):
            assert text[c.start : c.end] == c.text
            ids.append(c.id)
    for expected in ["714/QĐ-UBND", "3141/QĐ-UBND", "861/UBND-TTPVHCC", "01/QyĐ-UBND", "66.7/2025/NQ-CP",
                     "09/UBND-VP", "61/NĐ-CP", "209/QC-UBND", "02/PA-TTPVHCC", "51/UBND-KT"]:
        assert expected in ids
    assert ids.count("118/2025/NĐ-CP") == 3
    assert not any("/" not in i for i in ids)


@given(st.text())
def test_parse_raises_only_its_error(text: str) -> None:
    try:
        parse_document_number(text)
    except DocumentNumberError:
        pass


@given(st.text())
def test_finders_never_raise(text: str) -> None:
    for c in iter_citations(text):
        assert text[c.start : c.end] == c.text
    find_own_number(text)
    is_blank_number(text)


@given(st.text(alphabet="0123456789/ -–QĐUBNDKHT\n", max_size=40))
def test_spaced_dash_citations_round_trip(text: str) -> None:
    for c in iter_citations(text):
        assert " " not in c.id and "\n" not in c.id
        assert parse_document_number(c.id).id == c.id
        assert parse_document_number(text[c.number_span[0] : c.number_span[1]]).id == c.id


@given(st.text(alphabet="0123456789/.-–QĐUBNDKHTTgyr số:ngàytháng \n", max_size=60))
def test_finders_never_raise_on_near_misses(text: str) -> None:
    for c in iter_citations(text):
        assert text[c.start : c.end] == c.text
        assert parse_document_number(c.id).id == c.id
