"""A cue-less count inside a list takes the metric of the clause that introduces the list (positive and negative)."""

from __future__ import annotations

import pytest

from extract.extractors.counts import CountExtractor
from extract.extractors.figure_lists import bare_intro, list_intro, topic_start
from extract.extractors.figure_text import structure
from extract.extractors.figures import load_data
from normalize.text import fold
from tests.helpers import facts_by_text


def counts(text: str) -> dict[str, tuple[str, str | None]]:
    return facts_by_text(text, CountExtractor, "metric", "scope")


# (text, {figure: (metric, scope)}) -- the list's items take the metric its introduction names
INHERITED = [
    ("Đã giải quyết 1.200 hồ sơ. Cụ thể:\n- Lĩnh vực đất đai: 300 hồ sơ;\n- Lĩnh vực hộ tịch: 900 hồ sơ",
     {"300 hồ sơ": ("resolved_total", "đất đai"), "900 hồ sơ": ("resolved_total", "hộ tịch")}),
    ("Đã tiếp nhận 1.200 hồ sơ. Cụ thể:\n- Lĩnh vực đất đai: 300 hồ sơ;\n- Lĩnh vực hộ tịch: 900 hồ sơ",
     {"300 hồ sơ": ("received_total", "đất đai"), "900 hồ sơ": ("received_total", "hộ tịch")}),
    # items ending in "." (no list continued across a full stop): each item still finds the introduction
    ("Đang giải quyết 120 hồ sơ. Cụ thể:\n- Lĩnh vực đất đai: 30 hồ sơ.\n- Lĩnh vực hộ tịch: 90 hồ sơ.",
     {"30 hồ sơ": ("pending_total", "đất đai"), "90 hồ sơ": ("pending_total", "hộ tịch")}),
    # the introduction's own cue, with no figure of its own
    ("Số hồ sơ đã giải quyết theo lĩnh vực:\n- Lĩnh vực đất đai: 300 hồ sơ;\n- Lĩnh vực hộ tịch: 900 hồ sơ",
     {"300 hồ sơ": ("resolved_total", "đất đai"), "900 hồ sơ": ("resolved_total", "hộ tịch")}),
    # an inline list after a bare introduction
    ("Đã giải quyết 1.200 hồ sơ. Phân theo lĩnh vực: Hộ tịch 96 hồ sơ; Chứng thực 83 hồ sơ.",
     {"96 hồ sơ": ("resolved_total", "Hộ tịch"), "83 hồ sơ": ("resolved_total", "Chứng thực")}),
    # the sentence before a bare introduction: its first count (the total), not its last part
    ("Tổng số hồ sơ tiếp nhận trong tháng: 214 hồ sơ, trong đó kỳ trước chuyển sang 06 hồ sơ, tiếp nhận mới 208 hồ "
     "sơ (tiếp nhận trực tuyến 37 hồ sơ; tiếp nhận trực tiếp 171 hồ sơ).\n\nPhân theo lĩnh vực: Hộ tịch 96 hồ sơ; "
     "Chứng thực 83 hồ sơ.",
     {"96 hồ sơ": ("received_total", "Hộ tịch"), "83 hồ sơ": ("received_total", "Chứng thực")}),
    # the introduction is the clause before ":" (after ";"), not the first clause of its sentence
    ("Tiếp nhận 1.300 hồ sơ; đã giải quyết 1.200 hồ sơ, cụ thể:\n- Lĩnh vực đất đai: 300 hồ sơ.\n"
     "- Lĩnh vực hộ tịch: 900 hồ sơ.",
     {"300 hồ sơ": ("resolved_total", "đất đai"), "900 hồ sơ": ("resolved_total", "hộ tịch")}),
    # a deeper breakdown of one item does not hand its last part's metric to the next item; its parts
    # take the item's scope
    ("Đã giải quyết 1.200 hồ sơ. Cụ thể:\n- Lĩnh vực đất đai: 300 hồ sơ, trong đó:\n+ Trước hạn: 280 hồ sơ;\n"
     "+ Quá hạn: 20 hồ sơ;\n- Lĩnh vực hộ tịch: 900 hồ sơ.",
     {"300 hồ sơ": ("resolved_total", "đất đai"), "280 hồ sơ": ("resolved_early", "đất đai"),
      "20 hồ sơ": ("resolved_late", "đất đai"), "900 hồ sơ": ("resolved_total", "hộ tịch")}),
    # an item broken over two lines (PDF text) is read over
    ("Đã giải quyết 1.200 hồ sơ, cụ thể như sau:\n- Chi nhánh Văn phòng đăng ký đất đai: 300 hồ sơ (đất đai,\n"
     "xây dựng).\n- Phòng Tư pháp: 900 hồ sơ.",
     {"300 hồ sơ": ("resolved_total", "Chi nhánh Văn phòng đăng ký đất đai"),
      "900 hồ sơ": ("resolved_total", "Phòng Tư pháp")}),
    # other families: procedures, feedback
    ("Tổng số TTHC thực hiện trực tuyến toàn trình là 120 thủ tục. Cụ thể:\n- Lĩnh vực hộ tịch: 20 thủ tục;\n"
     "- Lĩnh vực đất đai: 100 thủ tục.",
     {"20 thủ tục": ("procedures_online_full", "hộ tịch"), "100 thủ tục": ("procedures_online_full", "đất đai")}),
    ("Đã tiếp nhận 10 phản ánh, kiến nghị. Cụ thể:\n- Lĩnh vực đất đai: 6 phản ánh, kiến nghị;\n"
     "- Lĩnh vực xây dựng: 4 phản ánh, kiến nghị.",
     {"6 phản ánh, kiến nghị": ("feedback_received", "đất đai"),
      "4 phản ánh, kiến nghị": ("feedback_received", "xây dựng")}),
    # digitised dossiers have no key: their list's items have none either
    ("Số hồ sơ được số hóa: 500 hồ sơ. Cụ thể:\n- Lĩnh vực đất đai: 300 hồ sơ.",
     {"300 hồ sơ": ("other", "đất đai")}),
]

# (text, figure, metric) -- no introduction naming a metric: the default (what a sub-unit received) stays
NOT_INHERITED = [
    # a topic word: the introduction names the section, not its figures
    ("Kết quả giải quyết hồ sơ:\n- Lĩnh vực đất đai: 300 hồ sơ;\n- Lĩnh vực hộ tịch: 900 hồ sơ",
     "300 hồ sơ", "received_total"),
    ("Tình hình tiếp nhận, giải quyết hồ sơ theo lĩnh vực:\n- Lĩnh vực đất đai: 300 hồ sơ.", "300 hồ sơ",
     "received_total"),
    ("2. Kết quả tiếp nhận, giải quyết hồ sơ:\n- Lĩnh vực Hộ tịch: 1.104 hồ sơ.", "1.104 hồ sơ", "received_total"),
    # no ":" introducing the list: the sentence before is no introduction
    ("Đã giải quyết 1.200 hồ sơ.\n- Lĩnh vực đất đai: 300 hồ sơ;", "300 hồ sơ", "received_total"),
    ("Toàn tỉnh đã giải quyết 150.000 hồ sơ. Sở Tài nguyên và Môi trường là đơn vị có số hồ sơ lớn nhất với "
     "112.560 hồ sơ.", "112.560 hồ sơ", "received_total"),
    # running text between the introduction and the item: not its list
    ("Đã giải quyết 1.200 hồ sơ. Cụ thể:\nSố liệu được tổng hợp từ phần mềm.\nTrong kỳ có nhiều khó khăn.\n"
     "- Lĩnh vực đất đai: 300 hồ sơ.", "300 hồ sơ", "received_total"),
    # an introduction with words of its own (a name) hands nothing over from the sentence before
    ("Đã giải quyết 1.200 hồ sơ. Chi nhánh Văn phòng đăng ký đất đai khu vực I:\n- Lĩnh vực đất đai: 300 hồ sơ.",
     "300 hồ sơ", "received_total"),
]


@pytest.mark.parametrize(("text", "expected"), INHERITED)
def test_item_takes_its_introductions_metric(text: str, expected: dict) -> None:
    got = counts(text)
    for figure, want in expected.items():
        assert got[figure] == want, (figure, got)


@pytest.mark.parametrize(("text", "figure", "metric"), NOT_INHERITED)
def test_no_introduction_keeps_the_default(text: str, figure: str, metric: str) -> None:
    assert counts(text)[figure][0] == metric


@pytest.mark.parametrize(("text", "intro"), [
    ("Cụ thể:\n- Lĩnh vực A: 3 hồ sơ", "Cụ thể"),
    ("Cụ thể:\n- Lĩnh vực A: 3 hồ sơ, trong đó:\n+ Quá hạn: 1 hồ sơ;\n- Lĩnh vực B: 4 hồ sơ", "Cụ thể"),
    ("Phân theo lĩnh vực: Hộ tịch 96 hồ sơ", "Phân theo lĩnh vực"),
    ("a) Kết quả:\n- Lĩnh vực A: 3 hồ sơ", "a) Kết quả"),
    ("Đã giải quyết 5 hồ sơ.\n- Lĩnh vực A: 3 hồ sơ", None),
    ("Cụ thể:\nMột dòng.\nHai dòng.\n- Lĩnh vực A: 3 hồ sơ", None),
    ("Lĩnh vực A có 3 hồ sơ", None),
])
def test_list_intro(text: str, intro: str | None) -> None:
    ft = fold(text)
    c = list_intro(ft, structure(text, ft, load_data()), text.rindex(" hồ sơ") - 1)
    assert (text[ft.rfind("\n", 0, c) + 1:c] if c is not None else None) == intro


@pytest.mark.parametrize(("clause", "bare"), [
    ("Cụ thể", True), (" Cụ thể theo lĩnh vực", True), ("Phân theo từng lĩnh vực", True), ("Chi tiết như sau", True),
    ("Chi nhánh Văn phòng đăng ký đất đai", False), ("Đã giải quyết", False), ("Kết quả", False),
])
def test_bare_intro(clause: str, bare: bool) -> None:
    assert bare_intro(fold(clause), 0, len(clause)) is bare


def test_topic_word_ends_the_cues_of_an_introduction() -> None:
    ft = fold("Số hồ sơ đã giải quyết, kết quả tiếp nhận")
    assert topic_start(ft, 0, len(ft)) == ft.index("ket qua")
    assert topic_start(ft, 0, 10) == 10
