"""Round 15: the figure reader is robust to layout.

- a PDF's soft line break (a wrapped line, even one that opens with a capitalised name) reads as a space for
  figure reading, while headings, list items, table rows and sentence ends stay apart
  (:mod:`extract.extractors.figure_layout`);
- a run of spaces between words reads as one space where the figure scanner looks back for the word before a
  bare number (``mức  độ 3``, ``tổng số hồ  sơ 1250``).
"""

from __future__ import annotations

import pytest

from corpus.perturb import apply_edits, wrap_edits
from extract.extractors.figure_layout import flatten, line_width, soft_breaks
from extract.extractors.indicators import IndicatorExtractor
from tests.helpers import count_rows, fact_rows

# a filler paragraph that makes a text look wrapped (its lines near one width)
FILLER = ("Trong thời gian qua, công tác cải cách hành chính của địa phương tiếp tục được quan tâm chỉ đạo "
          "thường xuyên, các cơ quan chuyên môn phối hợp chặt chẽ trong việc hướng dẫn người dân thực hiện "
          "thủ tục, niêm yết công khai đầy đủ và kịp thời các quy định mới theo hướng dẫn của cấp trên.")


def wrapped(text: str, low: int = 50, high: int = 66) -> str:
    """``text`` with its long lines broken at a space, as a PDF's text does (corpus.perturb's wrapping)."""
    return apply_edits(text, wrap_edits(text, {"facts": []}, low=low, high=high))[0]


BODY = wrapped(FILLER, 56, 66).split("\n")  # four lines near 62 columns


def _text(*lines: str) -> str:
    return "\n".join([*BODY, *lines, *BODY]) + "\n"


@pytest.mark.parametrize(
    ("line", "nxt", "soft"),
    [
        # a wrapped line, the next opening with a capitalised name: one sentence
        ("Trong kỳ, hồ sơ lĩnh vực đất đai được chuyển đến Chi nhánh", "Văn phòng đăng ký đất đai.", True),
        ("Số liệu do bộ phận tổng hợp và gửi về cho Ủy ban nhân dân của", "UBND huyện để theo dõi.", True),
        ("Các xã đã tiếp nhận hồ sơ và chuyển thẳng cho phòng chuyên môn;", "đã giải quyết đúng hạn.", True),
        ("Năm nay, người dân ở nhiều xã vùng cao đã quen dần với việc nộp", "hồ sơ qua mạng mà không đến.", True),
        # a full line that ends a sentence: wrapped where the sentence ended (the stop is read, the break not)
        ("Hồ sơ được giải quyết đúng hạn theo quy định hiện hành của tỉnh.", "Văn phòng đã rà soát lại.", True),
        # inside an open bracket a "+" is no list marker
        ("Tổng số hồ sơ của DVCTT toàn trình (gồm hồ sơ nộp trực tuyến và", "+ trực tiếp) là 284.", True),
        # a heading's colon, a clause's ";" before a capital: apart
        ("Kết quả giải quyết hồ sơ của các cơ quan chuyên môn như sau:", "Văn phòng tiếp nhận hồ sơ.", False),
        ("Các xã đã tiếp nhận hồ sơ và chuyển thẳng cho phòng chuyên môn;", "Phòng Tư pháp giải quyết.", False),
        # a list item, a numbered paragraph, a roman heading, a lettered item next: apart
        ("Trong kỳ, hồ sơ lĩnh vực đất đai được chuyển đến Chi nhánh các", "- Văn phòng đăng ký đất đai.", False),
        ("Trong kỳ, hồ sơ lĩnh vực đất đai được chuyển đến Chi nhánh các", "2. Văn phòng đăng ký đất đai.", False),
        ("Trong kỳ, hồ sơ lĩnh vực đất đai được chuyển đến Chi nhánh các", "II. KẾT QUẢ GIẢI QUYẾT", False),
        ("Trong kỳ, hồ sơ lĩnh vực đất đai được chuyển đến Chi nhánh các", "b) Cấp xã, phường", False),
        # a numbered heading over a capitalised paragraph; a heading in capitals over running text
        ("1. Cấp huyện (tại Bộ phận tiếp nhận và trả kết quả của huyện)", "Tổng số hồ sơ tiếp nhận là 50.", False),
        ("TÌNH HÌNH GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TRÊN ĐỊA BÀN XÃ NĂM", "Trong năm, xã đã tiếp nhận.", False),
        # a short line (the end of a paragraph), a table row, a blank line: apart
        ("Đã giải quyết xong.", "Văn phòng tiếp nhận hồ sơ.", False),
        ("Phòng Kinh tế\t120\t118\t2 hồ sơ trong kỳ báo cáo của phòng", "Văn phòng\t80\t80\t0", False),
        ("Trong kỳ, hồ sơ lĩnh vực đất đai được chuyển đến Chi nhánh các", "", False),
    ],
)
def test_soft_breaks(line: str, nxt: str, soft: bool) -> None:
    text = _text(line, nxt)
    at = text.index(line) + len(line)
    assert text[at] == "\n"
    assert (at in soft_breaks(text)) is soft


@pytest.mark.parametrize(
    "text",
    [
        # a paragraph per line (a DOCX, a web page): never wrapped, nothing joined
        (FILLER + "\n") * 3 + "Trong kỳ, hồ sơ được chuyển đến Chi nhánh\nVăn phòng đăng ký đất đai.\n",
        # too few lines to tell
        "Trong kỳ, hồ sơ lĩnh vực đất đai được chuyển đến Chi nhánh\nVăn phòng đăng ký đất đai.\n",
        "",
    ],
)
def test_no_soft_breaks_outside_a_wrapped_text(text: str) -> None:
    assert soft_breaks(text) == ()


def test_line_width_of_a_wrapped_text() -> None:
    assert line_width(wrapped(FILLER * 3).split("\n")) in range(50, 70)


def test_flatten_keeps_length() -> None:
    text = _text("Hồ sơ được chuyển đến Chi nhánh Văn phòng đăng ký đất đai của", "UBND huyện.")
    flat = flatten(text, soft_breaks(text))
    at = text.index("\nUBND")
    assert len(flat) == len(text) and flat[at] == " " and flat.replace(" ", "\n") == text.replace(" ", "\n")


# paragraphs in which a wrap may fall before a capitalised name (a body, an office, a place)
PARAGRAPHS = [
    # a subject's scope over a sentence wrapped before the body's name
    "Trong 6 tháng, Chi nhánh Văn phòng đăng ký đất đai khu vực Bắc Sơn đã tiếp nhận 412 hồ sơ, đã giải quyết "
    "398 hồ sơ, đang giải quyết 14 hồ sơ.",
    # a list item whose figures run over its wrapped lines, the next clause after ";"
    "2. Phòng Kinh tế, Hạ tầng và Đô thị: tiếp nhận 265 hồ sơ (chủ yếu lĩnh vực đất đai, xây dựng và nông "
    "nghiệp); đã giải quyết 250 hồ sơ, trong đó quá hạn 03 hồ sơ; đang giải quyết 15 hồ sơ.",
    # a rate whose cue runs over the wrap
    "Tỷ lệ hồ sơ của Văn phòng HĐND và UBND xã được giải quyết trước hạn và đúng hạn trong kỳ đạt 99,2%, "
    "tỷ lệ hồ sơ được Ủy ban nhân dân xã số hóa kết quả đạt 96,5%.",
    # the unit's own office as the subject: no scope either way
    "Trong kỳ báo cáo, Bộ phận Tiếp nhận và Trả kết quả của Ủy ban nhân dân thị trấn đã tiếp nhận 1.024 hồ sơ, "
    "trong đó trực tuyến 801 hồ sơ.",
]


def _facts(text: str) -> list[tuple]:
    counts = count_rows(text, "metric", "value", "scope", "start")
    rates = fact_rows(text, IndicatorExtractor, "metric", "value", "scope", "start")
    return counts + rates


@pytest.mark.parametrize("para", PARAGRAPHS)
@pytest.mark.parametrize(("low", "high"), [(40, 52), (50, 66), (58, 74)])
def test_wrapped_paragraph_reads_as_flat(para: str, low: int, high: int) -> None:
    flat = "\n\n".join([FILLER, para, FILLER]) + "\n"
    new = wrapped(flat, low, high)
    assert new.count("\n") > flat.count("\n") + 4  # it was wrapped
    assert len(new) == len(flat)  # a space became a line break: offsets hold
    assert _facts(flat)  # the paragraph tells facts: the comparison is not of two empty lists
    assert _facts(new) == _facts(flat)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a level number after a run of spaces is no count
        ("Tỉnh cung cấp 210 DVCTT mức  độ 3 và 55 DVCTT mức  độ 4.", [("procedures_online_partial", 210),
                                                                  ("procedures_online_full", 55)]),
        ("Tỉnh cung cấp 210 DVCTT mức độ 3 và 55 DVCTT mức độ 4.", [("procedures_online_partial", 210),
                                                                ("procedures_online_full", 55)]),
        # a phone number after "số  điện  thoại" is no count
        ("Đường dây nóng số  điện  thoại 0912 tiếp nhận 12 phản ánh, kiến nghị.", [("feedback_received", 12)]),
    ],
)
def test_runs_of_spaces_before_a_bare_number(text: str, expected: list[tuple]) -> None:
    assert [r for r in count_rows(text, "metric", "value") if r[0] != "other"] == expected


# the cue tables are written with single spaces (look-behinds too: "(?<!bo phan )"); every space of a pattern stands
# for a run of spaces (figure_cue_match.words), so a text spaced out reads as the plain one
SPACED = [
    "Trong kỳ, xã đã tiếp nhận 320 hồ sơ, đã giải quyết 310 hồ sơ, đúng hạn 305 hồ sơ, quá hạn 5 hồ sơ.",
    "Tổng số hồ sơ tiếp nhận trong kỳ: 1.200 hồ sơ (kỳ trước chuyển qua 40 hồ sơ; tiếp nhận mới 1.160 hồ sơ).",
    "Đang giải quyết 25 hồ sơ, trong đó chưa đến hạn 20 hồ sơ, đã quá hạn 5 hồ sơ.",
    "Số thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình là 150 thủ tục; một phần 80 thủ tục.",
    "Tiếp nhận 12 phản ánh, kiến nghị; đã xử lý 10 phản ánh, kiến nghị.",
    # the one-stop office's own words before "tiếp nhận, giải quyết" name no count (a look-behind of the table)
    "Số hồ sơ bộ phận tiếp nhận, giải quyết trong kỳ là 96 hồ sơ.",
    "Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn đạt 98,5%; tỷ lệ số hóa hồ sơ đạt 87%; tỷ lệ thanh toán trực tuyến "
    "đạt 45%.",
]


@pytest.mark.parametrize("text", SPACED)
@pytest.mark.parametrize("run", ["  ", "   ", " \t"])
def test_runs_of_spaces_read_as_one(text: str, run: str) -> None:
    spaced = text.replace(" ", run)

    def rows(t: str) -> list[tuple]:
        return (count_rows(t, "metric", "value", "scope")
                + fact_rows(t, IndicatorExtractor, "metric", "value", "scope"))

    assert rows(text)  # the sentence tells facts: the comparison is not of two empty lists
    assert rows(spaced) == rows(text)
