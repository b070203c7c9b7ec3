"""The one-pass cue scanner (figure_cue_match) and the figure search (figure_scan): fast paths that must find
exactly what the plain ones find. Made-up sentences, positive and negative."""

from __future__ import annotations

import pytest

from extract.extractors import figure_cue_match
from extract.extractors.figure_cue_match import CueScanner, CueTable
from extract.extractors.figure_cues import lexicon_negatives, load_data
from extract.extractors.figure_scan import FIGURE_RE, _figure_matches
from normalize.text import fold

SENTENCES = [
    "Trong kỳ tiếp nhận mới 120 hồ sơ, đã giải quyết 118 hồ sơ, tồn 2 hồ sơ chuyển kỳ sau.",
    "Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn đạt 97,2%; tỷ lệ trễ hạn 2,8%.",
    "Tỉ lệ hồ sơ nộp trực tuyến toàn trình đạt 61%, thanh toán trực tuyến 45%.",
    "Tiếp nhận 35 phản ánh, kiến nghị; đã xử lý 30, đang xử lý 5 phản ánh, kiến nghị.",
    "Cần rút kinh nghiệm trong việc tiếp nhận hồ sơ trực tiếp hoặc qua dịch vụ bưu chính công ích.",
    "Số hóa hồ sơ, kết quả giải quyết đạt 80%; tái sử dụng dữ liệu đã được số hóa 12%.",
    "- Hồ sơ trước/đúng hạn: 410 hồ sơ\n- Quá hạn: 3 hồ sơ\n\n+ Bị từ chối, rút hồ sơ: 2",
    "Tổng số thủ tục hành chính thuộc thẩm quyền giải quyết của xã là 97 thủ tục.",
    "Chỉ số đánh giá: công khai, minh bạch 17,5/18 điểm; tiến độ giải quyết 19,99/20 điểm.",
    "tiếpnhận 12 hồ sơ; hồsơ tiếp  nhận\nmới 8; đã   giải\n\nquyết 7",
]


def _cues(scanner: CueScanner, ft: str, regions: list[tuple[int, int]]) -> dict[str, list[tuple[int, int, str]]]:
    return {k: [(c.start, c.end, c.metric) for c in v] for k, v in scanner.scan(ft, regions).items()}


@pytest.fixture(scope="module")
def scanner() -> CueScanner:
    return load_data().scanner


@pytest.fixture(scope="module")
def plain() -> CueScanner:
    """The same tables, never read on past the first two words: each table's longest match over every
    pattern that may start with the first word (the scan before the reading-on tree)."""
    mp = pytest.MonkeyPatch()
    mp.setattr(figure_cue_match, "MAX_WORDS", 0)
    try:
        tables = {name: CueTable(t.defs) for name, t in load_data().scanner.tables.items()}
        out = CueScanner(tables, lexicon_negatives())
        for s in SENTENCES:  # every node it needs is made now, under MAX_WORDS = 0 (the root, final)
            ft = fold(s)
            for regions in _cuts(len(ft)):
                out.scan(ft, regions)
        return out
    finally:
        mp.undo()


# (sentence, region as (start, end) in the folded text or None for all, table, cue text, metric)
FOUND = [
    ("Trong kỳ tiếp nhận mới 120 hồ sơ", None, "dossier", "tiep nhan moi", "received_in_period"),
    ("tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn đạt 97%", None, "indicator",
     "ty le ho so giai quyet truoc han, dung han", "on_time_rate"),
    ("hồ sơ trực tuyến toàn trình 50", None, "indicator", "ho so truc tuyen toan trinh", "full_online_rate"),
    # a cue runs past the end of its region: read on in the whole text
    ("tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,5%", (0, 8), "indicator", "ty le ho so giai quyet dung han",
     "on_time_rate"),
    # words split over lines and runs of spaces
    ("đã   giải\n\nquyết 7 hồ sơ", None, "dossier", "da   giai\n\nquyet", "resolved_total"),
    ("tiếp nhận 35 phản ánh, kiến nghị", None, "feedback", "tiep nhan", "feedback_received"),
]


@pytest.mark.parametrize(("sentence", "region", "table", "cue", "metric"), FOUND)
def test_cue_found(scanner: CueScanner, sentence: str, region, table: str, cue: str, metric: str) -> None:
    ft = fold(sentence)
    found = scanner.scan(ft, [region or (0, len(ft))])[table]
    assert (cue, metric) in [(ft[c.start:c.end], c.metric) for c in found]


# (sentence, region or None, table, cue text that must NOT be found)
NOT_FOUND = [
    ("Trong kỳ tiếp nhận mới 120 hồ sơ", None, "dossier", "tiep nhan"),  # the longest only at a position
    ("tiếpnhận 12 hồ sơ", None, "dossier", "tiepnhan"),  # glued words are no cue
    ("rút kinh nghiệm khi giải quyết hồ sơ", None, "dossier", "rut"),  # a negative phrase of the metric
    # a region that starts inside a word: the cut word is no cue start
    ("đã tiếp nhận mới 120 hồ sơ", (5, 20), "dossier", "ep nhan moi"),
    ("đã tiếp nhận mới 120 hồ sơ", (5, 20), "dossier", "tiep nhan moi"),
    # a cue wholly after the region
    ("kỳ này có 120 hồ sơ; tiếp nhận mới", (0, 12), "dossier", "tiep nhan moi"),
]


@pytest.mark.parametrize(("sentence", "region", "table", "cue"), NOT_FOUND)
def test_cue_not_found(scanner: CueScanner, sentence: str, region, table: str, cue: str) -> None:
    ft = fold(sentence)
    found = scanner.scan(ft, [region or (0, len(ft))])[table]
    assert cue not in [ft[c.start:c.end] for c in found]


def _cuts(n: int) -> list[list[tuple[int, int]]]:
    """The whole text, and regions cut at many places (inside words too)."""
    out = [[(0, n)]]
    for lo in range(0, n, 7):
        out.append([(lo, min(n, lo + 9))])
        out.append([(lo, min(n, lo + 31)), (min(n, lo + 40), min(n, lo + 47))])
    return out


@pytest.mark.parametrize("sentence", SENTENCES)
def test_reading_on_loses_nothing(scanner: CueScanner, plain: CueScanner, sentence: str) -> None:
    """Dropping the patterns the words read rule out changes no cue, however the regions cut the text."""
    ft = fold(sentence)
    for regions in _cuts(len(ft)):
        assert _cues(scanner, ft, regions) == _cues(plain, ft, regions), regions


def test_plain_scanner_never_reads_on(plain: CueScanner) -> None:
    assert plain._roots and all(node.final and not node.children for node in plain._roots.values())


FIGURE_TEXTS = [
    "Tiếp nhận 4.911 hồ sơ, 1 250 hồ sơ, 4,5 nghìn hồ sơ; đạt 99,72% (100 %), 19,99/20 điểm, 1.018/1.018 hồ sơ.",
    "năm 2026, Điều 5, mục 3.2.1, a1b2, -5, 3-4, 12/2025, 1.234hồ sơ, 60\\%, 7,5.",
    "x1.000 .5 ,6 /7 –8 (9) [10] 11/ 12 / 13 hs 14HS",
    "",
    "no digits at all",
]


@pytest.mark.parametrize("text", FIGURE_TEXTS)
def test_figure_search_is_finditer(text: str) -> None:
    for ft in (fold(text), text):
        assert [m.span() for m in _figure_matches(ft)] == [m.span() for m in FIGURE_RE.finditer(ft)]
