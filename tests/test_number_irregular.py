"""A count written with a broken thousands group (corpus/GOLD.md, third session): kept and flagged.

``151.10 hồ sơ`` and ``5.9123 hồ sơ`` are typos of the source: a count of a known kind (hồ sơ, thủ tục/TTHC,
phản ánh, kiến nghị) right after such a number, dots only, is read as its digits (15110, 59123) and validation
adds a ``number_irregular`` warning naming the number's span. Never for a decimal before ``%``, a date, a version,
money, a phone, a document number, a score, an average (``bình quân 12.5 hồ sơ/ngày``), a scaled figure
(``1.5 triệu``), a section number opening its line, a number with a comma or two broken groups, a noun of
another kind, or a noun on the next line. The sentences are made up.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from baocao.pipeline import extract_document
from extract.facts import CountFact, ReportMeta
from extract.readers.txt import read_txt
from extract.validation import check_irregular_numbers, validate
from normalize.errors import NumberFormatError
from normalize.numbers import broken_groups_in, parse_count, parse_irregular_count
from tests.helpers import TXT_SOURCE


def run(text: str) -> tuple[dict[str, tuple[str, int]], list[tuple[str, str]]]:
    """The counts ``{text: (metric, value)}`` and the number_irregular warnings ``[(number, span text)]``."""
    document = read_txt(text.encode("utf-8"), TXT_SOURCE)
    out = extract_document(document).to_json()
    counts = {f["text"]: (f["metric"], f["value"]) for f in out["facts"] if f["type"] == "count"}
    flagged = [(w["details"]["written"], document.text[w["spans"][0][0]:w["spans"][0][1]])
               for w in out["warnings"] if w["code"] == "number_irregular"]
    return counts, flagged


# --- normalize.numbers ---------------------------------------------------------------------------

@pytest.mark.parametrize(("written", "value"), [
    ("151.10", 15110), ("5.9123", 59123), ("1.234.56", 123456), ("12.345.6789", 123456789), ("1.5", 15),
    ("12.34", 1234), (" 151.10 ", 15110),
])
def test_parse_irregular_count_reads_the_digits(written: str, value: int):
    assert parse_irregular_count(written) == value


@pytest.mark.parametrize("written", [
    "4.911", "1.234.567", "4051", "02",  # regular forms: parse_count's
    "151,10", "1.234,56",  # a comma
    "0.5", "01.10",  # a leading zero (a phone, a decimal)
    "1.2.3", "2.10.1", "15.10.2025", "1.10.25",  # two broken groups: a section, a version, a date
    "1510.10",  # four digits before the dot: no thousands grouping at all
    "", "hồ sơ", "1.", ".5",
])
def test_parse_irregular_count_refuses(written: str):
    with pytest.raises(NumberFormatError):
        parse_irregular_count(written)


@pytest.mark.parametrize("written", ["151.10", "5.9123", "1.234.56"])
def test_the_other_parsers_still_refuse_a_broken_group(written: str):
    with pytest.raises(NumberFormatError):
        parse_count(written)


@pytest.mark.parametrize(("text", "span"), [
    ("151.10 hồ sơ", (0, 6)), ("5.9123 hồ sơ", (0, 6)), ("1.234.56 hồ sơ", (0, 8)),
    ("4.911 hồ sơ", None), ("1.5 nghìn hồ sơ", (0, 3)), ("15.10.2025", None), ("151,10 hồ sơ", None),
    ("1.234,56 hồ sơ", None), ("hồ sơ 151.10", None), ("tám hồ sơ", None),
])
def test_broken_groups_in(text: str, span):
    assert broken_groups_in(text) == span


# --- the whole pipeline: positives ---------------------------------------------------------------

# (text, {count: (metric, value)}, [(number as written, span text of the warning)])
KEPT = [
    ("Trong kỳ, UBND xã tiếp nhận 151.10 hồ sơ, đã giải quyết 5.9123 hồ sơ.",
     {"151.10 hồ sơ": ("received_total", 15110), "5.9123 hồ sơ": ("resolved_total", 59123)},
     [("151.10", "151.10"), ("5.9123", "5.9123")]),
    ("Tổng số hồ sơ tiếp nhận: 1.234.56 hồ sơ.",
     {"1.234.56 hồ sơ": ("received_total", 123456)}, [("1.234.56", "1.234.56")]),
    ("Công bố 12.5 TTHC thuộc thẩm quyền.", {"12.5 TTHC": ("procedures_total", 125)}, [("12.5", "12.5")]),
    ("Số thủ tục hành chính đang thực hiện là 3.12 thủ tục.", {"3.12 thủ tục": ("other", 312)}, [("3.12", "3.12")]),
    ("Tiếp nhận 2.34 phản ánh, kiến nghị của người dân.",
     {"2.34 phản ánh, kiến nghị": ("feedback_received", 234)}, [("2.34", "2.34")]),
    # a day.month shape with no word of time before it is a count
    ("Trong kỳ tiếp nhận 15.10 hồ sơ.", {"15.10 hồ sơ": ("received_total", 1510)}, [("15.10", "15.10")]),
    # glued to its noun, in brackets, with a percentage after
    ("Tiếp nhận 151.10hồ sơ trực tuyến.", {"151.10hồ sơ": ("received_online", 15110)}, [("151.10", "151.10")]),
    ("Đã tiếp nhận (151.10 hồ sơ) trong tháng.", {"151.10 hồ sơ": ("received_total", 15110)},
     [("151.10", "151.10")]),
    ("Giải quyết 12.345.6 hồ sơ (đạt 99%).", {"12.345.6 hồ sơ": ("resolved_total", 123456)},
     [("12.345.6", "12.345.6")]),
]


@pytest.mark.parametrize(("text", "counts", "flagged"), KEPT)
def test_a_broken_group_before_a_counted_noun_is_kept_and_flagged(text, counts, flagged):
    assert run(text) == (counts, flagged)


# --- negatives: each exclusion --------------------------------------------------------------------

# (text, {count: (metric, value)} that stay as they are); none is flagged
NOT_IRREGULAR = [
    ("Đã giải quyết đúng hạn 4.911 hồ sơ.", {"4.911 hồ sơ": ("resolved_on_time", 4911)}),  # regular
    ("Tỷ lệ đúng hạn đạt 98.75% hồ sơ.", {}),  # a decimal before %
    ("Ngày 15.10.2025 hồ sơ được chuyển về xã.", {}),  # a date
    ("Ngày 15.10 hồ sơ được chuyển về xã.", {}),  # a day and month after a word of time
    ("Tính đến 30.9 hồ sơ tồn là 5 hồ sơ.", {"5 hồ sơ": ("pending_total", 5)}),
    ("Từ 1.10 hồ sơ được tiếp nhận trực tuyến.", {}),
    ("Cập nhật phiên bản 2.10 thủ tục trên hệ thống.", {}),  # a version
    ("Thu phí 1.5 triệu đồng/hồ sơ.", {}),  # money
    ("Tiếp nhận 1.5 triệu hồ sơ.", {"1.5 triệu hồ sơ": ("received_total", 1500000)}),  # a decimal of a scale
    ("Tiếp nhận 151.10 nghìn hồ sơ.", {"151.10 nghìn hồ sơ": ("received_total", 151100)}),
    ("Liên hệ 0225.38 hồ sơ.", {}),  # a phone (a leading zero)
    ("Đường dây nóng 1900.1234 tiếp nhận phản ánh.", {}),
    ("Thực hiện theo Công văn số 15.10 thủ tục.", {}),  # a document number
    ("Theo Quyết định 151.10/QĐ-UBND hồ sơ được xử lý.", {}),
    ("Chỉ số đạt 18.25 điểm.", {}),  # a score
    ("Bình quân 12.5 hồ sơ/ngày.", {}),  # an average: a decimal
    ("Trung bình mỗi ngày tiếp nhận 2.5 hồ sơ.", {}),
    ("Mỗi cán bộ xử lý 12.5 hồ sơ mỗi ngày.", {}),
    ("2.1 Thủ tục hành chính\nTiếp nhận 10 hồ sơ.", {"10 hồ sơ": ("received_total", 10)}),  # a section number
    ("- 3.10 Hồ sơ tiếp nhận trong kỳ\n", {}),
    ("Tiếp nhận 1.2.3 thủ tục.", {}),  # two broken groups
    ("Tiếp nhận 151,10 hồ sơ.", {}),  # a comma
    ("Tiếp nhận 1.234,56 hồ sơ.", {}),
    ("Tiếp nhận 151.10\nhồ sơ.", {}),  # its noun on the next line (a table cell above a header)
    ("Có 151.10 lượt truy cập, 5.9123 cán bộ.", {}),  # nouns of other kinds
    ("Tiếp nhận 151.10 HS.", {}),
    ("Tiếp nhận 151.10 trường hợp.", {}),
    ("Tiếp nhận 151.10/200 hồ sơ.", {}),  # a fraction
]


@pytest.mark.parametrize(("text", "counts"), NOT_IRREGULAR)
def test_no_broken_group_is_read_outside_a_count(text, counts):
    assert run(text) == (counts, [])


# --- validation on its own -----------------------------------------------------------------------

def _count(text: str, value: int, start: int = 10) -> CountFact:
    return CountFact(start=start, end=start + len(text), text=text, metric="received_total", value=value,
                     unit="hồ sơ")


@pytest.mark.parametrize(("fact", "flagged"), [
    (_count("151.10 hồ sơ", 15110), [(10, 16)]),
    (_count("5.9123 hồ sơ", 59123), [(10, 16)]),
    (_count("4.911 hồ sơ", 4911), []),
    (_count("1.5 nghìn hồ sơ", 1500), []),  # a scaled decimal: the value is not the digits
    (_count("151.10 hồ sơ", 151), []),  # read some other way: not this check's
])
def test_check_irregular_numbers(fact: CountFact, flagged):
    warnings = check_irregular_numbers([fact])
    assert [w.spans[0] for w in warnings] == flagged
    for w in warnings:
        assert w.code == "number_irregular"
        assert fact.text.split()[0] in w.message and str(fact.value) in w.message


def test_validate_includes_the_warning():
    text = "Tiếp nhận 151.10 hồ sơ."
    fact = CountFact(start=10, end=22, text="151.10 hồ sơ", metric="received_total", value=15110, unit="hồ sơ")
    assert text[fact.start:fact.end] == fact.text
    assert [w.code for w in validate(text, [fact], ReportMeta())] == ["number_irregular"]


# --- the CLI ---------------------------------------------------------------------------------------

def test_the_warning_is_in_the_json_output(tmp_path: Path):
    path = tmp_path / "r.txt"
    path.write_text("Trong kỳ, UBND xã tiếp nhận 151.10 hồ sơ, đã giải quyết 5.9123 hồ sơ.\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "baocao", "extract", "--format", "json", str(path)],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    line = json.loads(result.stdout.splitlines()[0])
    counts = [(f["text"], f["value"]) for f in line["facts"] if f["type"] == "count"]
    assert counts == [("151.10 hồ sơ", 15110), ("5.9123 hồ sơ", 59123)]
    warnings = [w for w in line["warnings"] if w["code"] == "number_irregular"]
    assert [w["spans"] for w in warnings] == [[[28, 34]], [[56, 62]]]
    assert [w["details"]["written"] for w in warnings] == ["151.10", "5.9123"]
    assert [w["details"]["read"] for w in warnings] == [15110, 59123]
    assert "151.10" in warnings[0]["message"] and "15110" in warnings[0]["message"]
