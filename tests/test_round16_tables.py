"""Round 16: statistic tables written as text with their columns aligned by spaces, the header over more than
one line. The data rows define the columns (where their figures stand); the header lines are cut into columns by
position, not by runs of spaces, so a continuation line whose words stand one space apart still lands under the
right captions. Made-up tables: two- and three-line headers, a group over several columns, right-aligned
figures, a caption wider than its column, a wrapped row label, tabs among the spaces, a PDF copy a little off;
and what is no table (prose with double spaces, a list of ``- X: N hồ sơ`` lines, ragged runs of spaces).
"""

from __future__ import annotations

import pytest

from extract.document import Source
from extract.readers.text_columns import chunks, columns, nearest, screen, words
from extract.readers.txt import read_txt
from tests.helpers import count_rows

INTRO = "Kết quả giải quyết hồ sơ tại Bộ phận Một cửa trong năm như sau:\n\n"

# a two-line header whose second line's words stand one space apart under the columns of the first
TWO_LINES = (
    "STT Lĩnh vực        Tổng số   Trực    Trực   Đã giải  Trước   Đúng   Quá\n"
    "                    tiếp nhận tuyến   tiếp   quyết    hạn     hạn    hạn\n"
    "1   Tư pháp           1.210    804     406    1.200    900     280    20\n"
    "2   Nội vụ              145     90      55      140    100      40     0\n"
    "    Tổng cộng         1.355    894     461    1.340  1.000     320    20\n"
)
TWO_LINES_FACTS = [
    ("1.210", "received_total", "Tư pháp"), ("804", "received_online", "Tư pháp"),
    ("406", "received_direct", "Tư pháp"), ("1.200", "resolved_total", "Tư pháp"),
    ("900", "resolved_early", "Tư pháp"), ("280", "resolved_on_time", "Tư pháp"), ("20", "resolved_late", "Tư pháp"),
    ("145", "received_total", "Nội vụ"), ("90", "received_online", "Nội vụ"), ("55", "received_direct", "Nội vụ"),
    ("140", "resolved_total", "Nội vụ"), ("100", "resolved_early", "Nội vụ"), ("40", "resolved_on_time", "Nội vụ"),
    ("0", "resolved_late", "Nội vụ"),
    ("1.355", "received_total", None), ("894", "received_online", None), ("461", "received_direct", None),
    ("1.340", "resolved_total", None), ("1.000", "resolved_early", None), ("320", "resolved_on_time", None),
    ("20", "resolved_late", None),
]

# a three-line header: a caption wrapped over three lines, one-space gaps on the lower two
THREE_LINES = (
    "TT  Đơn vị        Số hồ sơ   Hồ sơ     Hồ sơ\n"
    "                  tiếp nhận  đã giải   giải quyết\n"
    "                  trong kỳ   quyết     quá hạn\n"
    "1   Xã Yên Bình       320       300        4\n"
    "2   Xã Tân Lập        210       205        0\n"
)

# a group over three columns, cut by the line below into captions of their own
GROUP = (
    "TT  Lĩnh vực     Số hồ sơ nhận giải quyết      Kết quả giải quyết\n"
    "                 Tổng số  Trực tuyến  Trực tiếp  Đúng hạn  Quá hạn\n"
    "1   Đất đai          412       130        282       400       12\n"
    "2   Hộ tịch          260       201         59       260        0\n"
)

# right-aligned figures under right-aligned captions, the second line one space apart
RIGHT = (
    "Lĩnh vực           Tiếp    Giải   Đang\n"
    "                   nhận  quyết  giải quyết\n"
    "Chứng thực          640    630     10\n"
    "Thương mại           75     70      5\n"
)

# a caption wider than its figures: "quyết đúng hạn" runs past its column, its last word into the gap
WIDE = (
    "Lĩnh vực        Tiếp nhận  Giải quyết  Giải\n"
    "                           xong        quyết đúng hạn  Quá hạn\n"
    "Giáo dục           88         86          80              6\n"
    "Y tế               41         41          41              0\n"
)

# a row label wrapped onto the next line, in lower case
WRAPPED_LABEL = (
    "TT  Lĩnh vực              Tổng số   Đã giải   Quá\n"
    "                          tiếp nhận quyết    hạn\n"
    "1   Đăng ký, cấp Giấy        120      118       2\n"
    "    chứng nhận lần đầu\n"
    "2   Hộ tịch                   64       64       0\n"
)

# a PDF copied as text: every row a space or so off the one above
PDF_OFF = (
    "Lĩnh vực       Tổng số    Trực     Đã giải    Quá\n"
    "               tiếp nhận  tuyến    quyết      hạn\n"
    "Tư pháp          1.005     600       990      15\n"
    "Xây dựng          97       45        90       7\n"
    "Nội vụ           211      150       211       0\n"
)


def _counts(text: str) -> list[tuple[str, str, str | None]]:
    return sorted(count_rows(INTRO + text, "text", "metric", "scope"), key=repr)


CASES = [
    ("two-line header, one space apart", TWO_LINES, TWO_LINES_FACTS),
    ("three-line header", THREE_LINES, [
        ("320", "received_in_period", "Xã Yên Bình"), ("300", "resolved_total", "Xã Yên Bình"),
        ("4", "resolved_late", "Xã Yên Bình"), ("210", "received_in_period", "Xã Tân Lập"),
        ("205", "resolved_total", "Xã Tân Lập"), ("0", "resolved_late", "Xã Tân Lập")]),
    ("a group over its columns", GROUP, [
        ("412", "received_total", "Đất đai"), ("130", "received_online", "Đất đai"),
        ("282", "received_direct", "Đất đai"), ("400", "resolved_on_time", "Đất đai"),
        ("12", "resolved_late", "Đất đai"), ("260", "received_total", "Hộ tịch"),
        ("201", "received_online", "Hộ tịch"), ("59", "received_direct", "Hộ tịch"),
        ("260", "resolved_on_time", "Hộ tịch"), ("0", "resolved_late", "Hộ tịch")]),
    ("right-aligned", RIGHT, [
        ("640", "received_total", "Chứng thực"), ("630", "resolved_total", "Chứng thực"),
        ("10", "pending_total", "Chứng thực"), ("75", "received_total", "Thương mại"),
        ("70", "resolved_total", "Thương mại"), ("5", "pending_total", "Thương mại")]),
    ("a caption wider than its column", WIDE, [
        ("88", "received_total", "Giáo dục"), ("86", "resolved_total", "Giáo dục"),
        ("80", "resolved_on_time", "Giáo dục"), ("6", "resolved_late", "Giáo dục"),
        ("41", "received_total", "Y tế"), ("41", "resolved_total", "Y tế"),
        ("41", "resolved_on_time", "Y tế"), ("0", "resolved_late", "Y tế")]),
    ("a wrapped row label", WRAPPED_LABEL, [
        ("120", "received_total", "Đăng ký, cấp Giấy chứng nhận lần đầu"),
        ("118", "resolved_total", "Đăng ký, cấp Giấy chứng nhận lần đầu"),
        ("2", "resolved_late", "Đăng ký, cấp Giấy chứng nhận lần đầu"),
        ("64", "received_total", "Hộ tịch"), ("64", "resolved_total", "Hộ tịch"), ("0", "resolved_late", "Hộ tịch")]),
    ("tabs among the spaces", TWO_LINES.replace("Tư pháp           ", "Tư pháp\t      "), TWO_LINES_FACTS),
    ("a PDF copy a little off", PDF_OFF, [
        ("1.005", "received_total", "Tư pháp"), ("600", "received_online", "Tư pháp"),
        ("990", "resolved_total", "Tư pháp"), ("15", "resolved_late", "Tư pháp"),
        ("97", "received_total", "Xây dựng"), ("45", "received_online", "Xây dựng"),
        ("90", "resolved_total", "Xây dựng"), ("7", "resolved_late", "Xây dựng"),
        ("211", "received_total", "Nội vụ"), ("150", "received_online", "Nội vụ"),
        ("211", "resolved_total", "Nội vụ"), ("0", "resolved_late", "Nội vụ")]),
]


@pytest.mark.parametrize(("name", "text", "facts"), CASES, ids=[c[0] for c in CASES])
def test_aligned_tables(name: str, text: str, facts: list[tuple[str, str, str | None]]) -> None:
    assert _counts(text) == sorted(facts, key=repr)


@pytest.mark.parametrize("text", [
    # prose with double spaces: no figures in columns
    "Trong năm,  UBND xã đã tiếp nhận 1.250 hồ sơ,  giải quyết 1.240 hồ sơ.\n"
    "Số hồ sơ  quá hạn là 10 hồ sơ  do thiếu thành phần 5 7\n",
    # a list of "- X: N hồ sơ" lines
    "- Hộ tịch:        320 hồ sơ\n- Chứng thực:     1.040 hồ sơ\n- Đất đai:        85 hồ sơ\n",
], ids=["prose with double spaces", "a list of fields"])
def test_no_table(text: str) -> None:
    document = read_txt((INTRO + text).encode("utf-8"), Source("t.txt", "0" * 64, "txt"))
    assert document.tables == ()


def test_ragged_runs_of_spaces_are_read_by_their_words() -> None:
    """Columns that do not line up (each row two spaces between cells) leave the header to the word reading:
    one line of captions still gives its columns."""
    text = ("Lĩnh vực  Tiếp nhận  Đã giải quyết  Quá hạn\n"
            "Hộ tịch  120  118  2\n"
            "Đất đai và tài nguyên  64  60  4\n")
    assert _counts(text) == sorted([
        ("120", "received_total", "Hộ tịch"), ("118", "resolved_total", "Hộ tịch"), ("2", "resolved_late", "Hộ tịch"),
        ("64", "received_total", "Đất đai và tài nguyên"), ("60", "resolved_total", "Đất đai và tài nguyên"),
        ("4", "resolved_late", "Đất đai và tài nguyên"),
    ], key=repr)


@pytest.mark.parametrize(("line", "cols"), [
    ("ab", [0, 1, 2]),
    ("a\tb", [0, 1, 8, 9]),
    ("abc\t\tb", [0, 1, 2, 3, 8, 16, 17]),
])
def test_screen_columns_expand_tabs(line: str, cols: list[int]) -> None:
    assert screen(line) == cols


def test_columns_need_two_spaces_between_them() -> None:
    assert columns([[(10, 13), (16, 19)], [(11, 13), (15, 19)]], [8, 6]) == [(10, 13), (15, 19)]
    assert columns([[(10, 13), (14, 19)], [(11, 13), (15, 19)]], [8, 6]) is None  # one space apart
    assert columns([[(10, 13), (16, 19)], [(11, 13), (15, 19)]], [9, 6]) is None  # a label against a figure
    assert columns([[(10, 13), (16, 19)]], [8]) is None  # one row tells nothing


def test_a_word_goes_to_the_column_it_overlaps_most() -> None:
    bands = [(10, 15), (20, 25)]
    assert nearest(13, 21, bands) == 0  # 2 over the first, 1 over the second
    assert nearest(12, 23, bands) == 0  # a tie: the left one
    assert nearest(14, 24, bands) == 1
    assert nearest(16, 18, bands) == 0  # over none: the nearest
    assert nearest(17, 19, bands) == 1


def test_runs_of_words() -> None:
    ws = words("tiếp nhận tuyến   tiếp", 0)
    assert [[w.span.text for w in run] for run in chunks(ws)] == [["tiếp", "nhận", "tuyến"], ["tiếp"]]
