"""The references extractor: which citations are facts, with kind, id, date and own number."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.document import Document, Source
from extract.extractors.references import ReferenceExtractor
from extract.facts import ReferenceFact
from extract.registry import Context


def refs(text: str) -> list[ReferenceFact]:
    ctx = Context(document=Document(text, Source("t.txt", "0" * 64, "txt")))
    return list(ReferenceExtractor().extract(ctx))


# (sentence, [(text of the fact, id, kind, date)])
POSITIVE = [
    ("Căn cứ Quyết định số 714/QĐ-UBND ngày 27/02/2026 của UBND thành phố Hải Phòng;",
     [("Quyết định số 714/QĐ-UBND ngày 27/02/2026", "714/QĐ-UBND", "Quyết định", dt.date(2026, 2, 27))]),
    ("Công văn số 336/UBND-TTPVHCC, ngày 19/3/2026 về việc triển khai",
     [("Công văn số 336/UBND-TTPVHCC, ngày 19/3/2026", "336/UBND-TTPVHCC", "Công văn", dt.date(2026, 3, 19))]),
    ("theo Nghị định số 61/2018/NĐ-CP và Thông tư số 01/2018/TT-VPCP ngày 23/11/2018 của Văn phòng",
     [("Nghị định số 61/2018/NĐ-CP", "61/2018/NĐ-CP", "Nghị định", None),
      ("Thông tư số 01/2018/TT-VPCP ngày 23/11/2018", "01/2018/TT-VPCP", "Thông tư", dt.date(2018, 11, 23))]),
    ("quy định của Nghị định 61/NĐ-CP ngày 23/4/2018 của Chính phủ",
     [("Nghị định 61/NĐ-CP ngày 23/4/2018", "61/NĐ-CP", "Nghị định", dt.date(2018, 4, 23))]),
    ("Thực hiện công văn số 09/UBND-VP của Văn phòng",
     [("công văn số 09/UBND-VP", "09/UBND-VP", "công văn", None)]),
    ("Nghị quyết số 66.7/2025/NQ-CP ngày 15/11/2025 của Chính phủ",
     [("Nghị quyết số 66.7/2025/NQ-CP ngày 15/11/2025", "66.7/2025/NQ-CP", "Nghị quyết", dt.date(2025, 11, 15))]),
    # PDF text: a citation broken across lines is one reference
    ("Quyết định số 3141/QĐ-\n\nUBND ngày 04/8/2025 của UBND thành phố",
     [("Quyết định số 3141/QĐ-\n\nUBND ngày 04/8/2025", "3141/QĐ-UBND", "Quyết định", dt.date(2025, 8, 4))]),
    ("Thực hiện Công văn số 2237/UBND-NVKTGS ngày 27 tháng 8 năm\n\n2025 của Ủy ban",
     [("Công văn số 2237/UBND-NVKTGS ngày 27 tháng 8 năm\n\n2025", "2237/UBND-NVKTGS", "Công văn",
       dt.date(2025, 8, 27))]),
    ("- Công văn số: 51/UBND-KT ngày 16/7/2025 về rà soát",
     [("Công văn số: 51/UBND-KT ngày 16/7/2025", "51/UBND-KT", "Công văn", dt.date(2025, 7, 16))]),
    # type word and code disagree: kind is the word as written
    ("UBND xã đã ban hành Quyết định số 478/KH-UBND ngày 30/7/2025 Kế hoạch",
     [("Quyết định số 478/KH-UBND ngày 30/7/2025", "478/KH-UBND", "Quyết định", dt.date(2025, 7, 30))]),
    # the type word opens a plan's name; "số" comes after the name
    ("Kế hoạch xây dựng Chính quyền điện tử phường Hưng Đạo năm 2026 số 43/KH-UBND ngày 13/02/2026;",
     [("số 43/KH-UBND ngày 13/02/2026", "43/KH-UBND", "Kế hoạch", dt.date(2026, 2, 13))]),
    ("Quy định số 01/QyĐ-UBND ngày 08/4/2026 về việc tiếp nhận",
     [("Quy định số 01/QyĐ-UBND ngày 08/4/2026", "01/QyĐ-UBND", "Quy định", dt.date(2026, 4, 8))]),
    # every mention is a fact
    ("Nghị định 118/2025/NĐ-CP về một cửa; quy định của Nghị định 118/2025/NĐ-CP: Khu vực",
     [("Nghị định 118/2025/NĐ-CP", "118/2025/NĐ-CP", "Nghị định", None),
      ("Nghị định 118/2025/NĐ-CP", "118/2025/NĐ-CP", "Nghị định", None)]),
    # party shape
    ("Thực hiện Công văn số 225-CV/ĐU ngày 05/3/2026 của Đảng ủy xã",
     [("Công văn số 225-CV/ĐU ngày 05/3/2026", "225-CV/ĐU", "Công văn", dt.date(2026, 3, 5))]),
    # spaces around the slash or the dash of the code; short and long dates after it
    ("Căn cứ Kế hoạch số 45/KH - UBND ngày 05/6/2026 của UBND xã;",
     [("Kế hoạch số 45/KH - UBND ngày 05/6/2026", "45/KH-UBND", "Kế hoạch", dt.date(2026, 6, 5))]),
    ("theo Kế hoạch số 45 / KH - UBND, ngày 05 tháng 6 năm 2026 của phường",
     [("Kế hoạch số 45 / KH - UBND, ngày 05 tháng 6 năm 2026", "45/KH-UBND", "Kế hoạch", dt.date(2026, 6, 5))]),
    ("Kế hoạch chuyển đổi số năm 2026 số 43 / KH - UBND ngày 13/02/2026;",  # bare "số": kind from the name
     [("số 43 / KH - UBND ngày 13/02/2026", "43/KH-UBND", "Kế hoạch", dt.date(2026, 2, 13))]),
    ("Quyết định số 12/QĐ-UBND - TTHC năm 2026",  # a spaced dash after a whole code is punctuation
     [("Quyết định số 12/QĐ-UBND", "12/QĐ-UBND", "Quyết định", None)]),
    ("thực hiện Công văn số 336 /UBND-TTPVHCC ngày 05/6/2026 về việc báo cáo",
     [("Công văn số 336 /UBND-TTPVHCC ngày 05/6/2026", "336/UBND-TTPVHCC", "Công văn", dt.date(2026, 6, 5))]),
    # a law's number is a reference even though the law's name is not
    ("Căn cứ Luật Giao dịch điện tử số 20/2023/QH15 ngày 22/6/2023;",
     [("số 20/2023/QH15 ngày 22/6/2023", "20/2023/QH15", "Luật", dt.date(2023, 6, 22))]),
    # joint circular and party resolution without "số"
    ("Thông tư liên tịch số 05/2015/TTLT-BTP-BCA-BYT ngày 15/5/2015 của Bộ Tư pháp",
     [("Thông tư liên tịch số 05/2015/TTLT-BTP-BCA-BYT ngày 15/5/2015", "05/2015/TTLT-BTP-BCA-BYT",
       "Thông tư liên tịch", dt.date(2015, 5, 15))]),
    ("theo đề nghị tại Công văn số 1802/SNV-CCHC&PC ngày 12 tháng 7 năm 2019 của Sở Nội vụ",  # a joint unit's "&"
     [("Công văn số 1802/SNV-CCHC&PC ngày 12 tháng 7 năm 2019", "1802/SNV-CCHC&PC", "Công văn",
       dt.date(2019, 7, 12))]),
    ("theo Nghị quyết 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị",
     [("Nghị quyết 57-NQ/TW ngày 22/12/2024", "57-NQ/TW", "Nghị quyết", dt.date(2024, 12, 22))]),
]

NEGATIVE = [
    "Số: /BC-TTPVHCC",  # a blank draft number
    "Số: /BC- UBND",
    "thời hạn quy định trong Luật Khiếu nại, Luật Tố cáo.",  # laws cited by name only
    "Đạt 100% (1.018/1.018 hồ sơ); xếp 25/114 xã, phường",  # fractions
    "camera theo dõi giám sát 24/24 để đảm bảo an ninh",
    "tiếp nhận từ 20/03/2026 đến ngày 20/4/2026",  # dates
    "Công khai tại địa chỉ <https://nguyenluongbang.haiphong.gov.vn/van-ban/12/QD-UBND>",
    "Biểu số 06/VPCP/KSTT kèm theo",
    "Căn cứ Luật Giao dịch điện tử năm 2023; Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
    "Số: 45 / - UBND",  # a blank number with stray spaces
    "đạt 12/15 - UBND xã xếp thứ 3",  # a fraction before a dash is no code
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_citations_are_references(text: str, expected: list) -> None:
    got = [(f.text, f.id, f.kind, f.date) for f in refs(text)]
    assert got == expected
    assert all(not f.own for f in refs(text))


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_references(text: str) -> None:
    assert refs(text) == []


OWN = [
    ("\n\nSố: 96/BC-UBND\n\nHưng Đạo, ngày 18 tháng 3 năm 2026\n\nBÁO CÁO", "96/BC-UBND"),
    ("ỦY BAN NHÂN DÂN XÃ A\n\nSố: 12 /BC-TTPVHCC\n\nA, ngày 1 tháng 4 năm 2026", "12/BC-TTPVHCC"),
    ("ỦY BAN NHÂN DÂN\nPHƯỜNG B\nSố: 123 / BC - UBND\nB, ngày 05 tháng 6 năm 2026", "123/BC-UBND"),
    ("Số: 07/KH-UBND\tHòa An, ngày 10 tháng 01 năm 2026", "07/KH-UBND"),
    # the template's blank filled in, its spaces left before the slash
    ("ỦY BAN NHÂN DÂN\nXÃ C\n\nSố: 31  /BC-UBND\n\nC, ngày 07 tháng 3 năm 2025", "31/BC-UBND"),
]


@pytest.mark.parametrize(("text", "own_id"), OWN)
def test_own_number(text: str, own_id: str) -> None:
    facts = refs(text)
    assert [(f.id, f.own) for f in facts] == [(own_id, True)]


def test_cited_report_in_body_is_not_own() -> None:
    text = "Số: 96/BC-UBND\n\nBÁO CÁO\n\nThực hiện Báo cáo số 15/BC-UBND ngày 15/7/2025 của UBND xã"
    assert [(f.id, f.own) for f in refs(text)] == [("96/BC-UBND", True), ("15/BC-UBND", False)]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Số: /-QĐUBNDngàyđịnhKếhoạch0123456789\n .,;")), max_size=120))
def test_never_raises_and_spans_are_exact(text: str) -> None:
    for f in refs(text):
        assert f.text == text[f.start:f.end]
        assert f.start < f.end


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_text(text: str) -> None:
    for f in refs(text):
        assert f.text == text[f.start:f.end]


# --- round 5: an unaccented citation keeps its date -------------------------------------------------

@pytest.mark.parametrize(("text", "fact_text", "date"), [
    ("Thuc hien Quyet dinh so 12/QD-UBND ngay 05/01/2026 cua UBND xa", "12/QD-UBND ngay 05/01/2026",
     dt.date(2026, 1, 5)),
    ("theo Ke hoach so 30/KH-UBND ngay 8 thang 2 nam 2026", "30/KH-UBND ngay 8 thang 2 nam 2026",
     dt.date(2026, 2, 8)),
    ("Thực hiện Quyết định số 12/QĐ-UBND ngày 05/01/2026 của UBND xã", "12/QĐ-UBND ngày 05/01/2026",
     dt.date(2026, 1, 5)),
])
def test_unaccented_date_after_citation(text: str, fact_text: str, date: dt.date) -> None:
    got = refs(text)
    assert len(got) == 1
    assert got[0].text.endswith(fact_text)
    assert got[0].date == date


def test_unaccented_ngay_without_date_is_no_date() -> None:
    got = refs("Quyet dinh so 12/QD-UBND ngay hom qua")
    assert len(got) == 1 and got[0].date is None
