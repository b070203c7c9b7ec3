"""Round 17, INDICATORS, PERIODS and the TITLE (made-up sentences, positive and negative).

- The status after a share's dossier noun names its rate when no passive predicate does (``giải quyết 99% hồ sơ thủ
  tục hành chính đúng hạn``, ``trả 97% hồ sơ của công dân trước hạn``, ``xử lý 1,5% hồ sơ TTHC quá hạn``); the noun's
  phrase ends at a comma or the next figure, and a neutral phrase (``dịch vụ công trực tuyến``) names nothing.
- ``tỷ lệ (hồ sơ) trực tuyến`` is the online rate, also when the count before it reached over those words.
- A part of an online rate naming the fully online services (``(riêng các dịch vụ công trực tuyến toàn trình đạt từ
  80% trở lên)``, ``…, riêng DVC toàn trình đạt 80%``) is ``full_online_rate``; after a rate of another class, in
  the next sentence, or with a ``tỷ lệ`` of its own, unchanged.
- An aside in brackets between a count and its share (``7 hồ sơ quá hạn (đất đai 6, xây dựng 1), chiếm 1,21%``) does
  not part them.
- A target told later in its sentence past other figures (``…; con số trực tuyến này đã vượt chỉ tiêu được giao
  (chỉ tiêu 50%)``) qualifies the rate of the sentence whose metric its own words name; none named, another sentence,
  or a metric no rate has: unattached.
- ``N tháng`` (six or nine) alone is the report's period after a word of the report's figures before the window in
  brackets (``báo cáo số liệu 9 tháng (từ ngày … đến ngày …)``) and opening a headline (``A: 9 tháng, …``); never a
  duration or a frequency (``Sau 9 tháng,``, ``thời hạn 6 tháng,``, ``định kỳ báo cáo 6 tháng, hằng năm``).
- A title line cut inside its words (``… thủ tục hành`` / ``chính, cơ chế một cửa … quý I năm 2026``) goes on over the
  next line opening in lower case, though the body's first paragraph follows it with no blank line.
"""

from __future__ import annotations

import datetime as dt

import pytest

from extract.document import Document, Source
from extract.extractors.indicators import IndicatorExtractor
from extract.extractors.periods import PeriodExtractor
from extract.extractors.references import ReferenceExtractor
from extract.facts import Target
from extract.registry import Context
from tests.helpers import COMMUNE, fact_rows, report_meta

D = dt.date

RATES: list[tuple[str, str, list[tuple[str, str]]]] = [
    # --- the status after the dossiers' noun ---------------------------------------------------------------------
    ("procedure words then on time", "Trong quý, xã giải quyết trên 98% hồ sơ thủ tục hành chính đúng hạn.",
     [("98%", "on_time_rate")]),
    ("scope words then early", "Bộ phận Một cửa đã trả 96% hồ sơ của công dân trước hạn.", [("96%", "early_rate")]),
    ("abbreviation then late", "Năm nay xã chỉ xử lý 1,5% hồ sơ TTHC quá hạn.", [("1,5%", "late_rate")]),
    ("field then online", "Huyện giải quyết 75% hồ sơ đất đai trực tuyến.", [("75%", "online_submission_rate")]),
    ("a year among the modifiers", "UBND phường giải quyết 97% hồ sơ năm 2025 sớm hạn.", [("97%", "early_rate")]),
    ("on time and early together", "Xã giải quyết 99,5% hồ sơ hành chính đúng và trước hạn.",
     [("99,5%", "on_time_rate")]),
    # unchanged: no status, a comma ends the noun's phrase, a neutral phrase, a passive predicate
    ("no status (unchanged)", "Xã giải quyết 99% hồ sơ tiếp nhận trong kỳ.", [("99%", "resolved_rate")]),
    ("comma ends the phrase (unchanged)", "Xã giải quyết 99% hồ sơ, trong đó đúng hạn 98%.",
     [("99%", "resolved_rate"), ("98%", "on_time_rate")]),
    ("neutral service phrase (unchanged)", "Xã giải quyết 99% hồ sơ dịch vụ công trực tuyến.",
     [("99%", "resolved_rate")]),
    ("passive predicate (unchanged)", "Có 95% hồ sơ thủ tục hành chính được giải quyết đúng hạn.",
     [("95%", "on_time_rate")]),
    # --- "tỷ lệ (hồ sơ) trực tuyến" -------------------------------------------------------------------------------
    ("online rate after nhưng có", "Xã B chỉ tiếp nhận 350 hồ sơ nhưng có tỷ lệ trực tuyến 96,4%, cao nhất huyện.",
     [("96,4%", "online_submission_rate")]),
    ("online rate after và có", "Phường C tiếp nhận 820 hồ sơ và có tỷ lệ nộp trực tuyến 88%.",
     [("88%", "online_submission_rate")]),
    ("online rate ranked", "Xã D có tỷ lệ trực tuyến cao nhất với 91%.", [("91%", "online_submission_rate")]),
    ("online rate, no count", "Tỷ lệ trực tuyến của xã đạt 72,5%.", [("72,5%", "online_submission_rate")]),
    ("full online rate (unchanged)", "Xã tiếp nhận 500 hồ sơ, tỷ lệ trực tuyến toàn trình đạt 40%.",
     [("40%", "full_online_rate")]),
    ("a share of services (unchanged)", "Tỷ lệ dịch vụ công trực tuyến đạt 60%.", [("60%", "other")]),
    # --- the fully online part of an online rate -----------------------------------------------------------------
    ("bracket riêng services", "Tỷ lệ hồ sơ nộp trực tuyến: tối thiểu 55% (riêng các dịch vụ công trực tuyến toàn "
     "trình đạt từ 85% trở lên).", [("55%", "online_submission_rate"), ("85%", "full_online_rate")]),
    ("comma riêng DVC", "Tỷ lệ hồ sơ trực tuyến đạt 48%, riêng DVC toàn trình đạt 77%.",
     [("48%", "online_submission_rate"), ("77%", "full_online_rate")]),
    ("bracket procedures", "Tỷ lệ nộp hồ sơ trực tuyến đạt 52% (đối với thủ tục hành chính toàn trình đạt 90%).",
     [("52%", "online_submission_rate"), ("90%", "full_online_rate")]),
    # unchanged: another class before, another sentence, a share of services alone
    ("after an on-time rate (unchanged)", "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98% (riêng DVC toàn trình đạt 100%).",
     [("98%", "on_time_rate"), ("100%", "other")]),
    ("next sentence (unchanged)", "Tỷ lệ hồ sơ nộp trực tuyến đạt 50%. Riêng dịch vụ công toàn trình đạt 80%.",
     [("50%", "online_submission_rate"), ("80%", "other")]),
    ("services' own rate (unchanged)", "Tỷ lệ dịch vụ công trực tuyến toàn trình đạt 60%.", [("60%", "other")]),
    # --- an aside between a count and its share -----------------------------------------------------------------
    ("breakdown aside", "Phòng Kinh tế giải quyết 410 hồ sơ; 6 hồ sơ quá hạn (đất đai 5, xây dựng 1), chiếm 1,46% "
     "số đã giải quyết của Phòng.", [("1,46%", "late_rate")]),
    ("field aside", "Xã giải quyết 900 hồ sơ; 9 hồ sơ trễ hạn (lĩnh vực hộ tịch), chiếm 1%.", [("1%", "late_rate")]),
    ("aside after online count", "Xã tiếp nhận 300 hồ sơ trực tuyến (qua Cổng dịch vụ công quốc gia), đạt 45%.",
     [("45%", "online_submission_rate")]),
    ("no aside (unchanged)", "Xã giải quyết 900 hồ sơ; 9 hồ sơ trễ hạn, chiếm 1%.", [("1%", "late_rate")]),
]


@pytest.mark.parametrize(("name", "text", "expected"), RATES, ids=[r[0] for r in RATES])
def test_rates(name: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert fact_rows(COMMUNE + text, IndicatorExtractor, "text", "metric") == expected


TARGETS: list[tuple[str, str, list[tuple[str, str, Target | None]]]] = [
    ("this online figure", "Người dân nộp trực tuyến 510 hồ sơ (chiếm 61% số hồ sơ tiếp nhận), còn lại 320 hồ sơ "
     "nộp trực tiếp; con số trực tuyến này đã vượt chỉ tiêu được giao (chỉ tiêu 50%).",
     [("61%", "online_submission_rate", Target(">=", 50.0))]),
    ("on-time rate named again", "Xã giải quyết đúng hạn 400 hồ sơ, đạt 98%, có 8 hồ sơ trễ hạn; tỷ lệ đúng hạn vượt "
     "chỉ tiêu giao (chỉ tiêu 95%).", [("98%", "on_time_rate", Target(">=", 95.0))]),
    ("close target (unchanged)", "Tỷ lệ đúng hạn đạt 98% (chỉ tiêu giao ≥ 95%).",
     [("98%", "on_time_rate", Target(">=", 95.0))]),
    # unattached: another sentence, another metric named, no metric named
    ("next sentence", "Người dân nộp trực tuyến 510 hồ sơ (chiếm 61%), còn lại 320 hồ sơ nộp trực tiếp. Số hồ sơ "
     "trực tuyến vượt chỉ tiêu giao (chỉ tiêu 50%).", [("61%", "online_submission_rate", None)]),
    ("another metric", "Tỷ lệ hồ sơ trễ hạn là 2%, có 300 hồ sơ nộp trực tiếp; tỷ lệ thanh toán trực tuyến vượt "
     "chỉ tiêu giao (chỉ tiêu 30%).", [("2%", "late_rate", None)]),
    ("no metric named", "Người dân nộp trực tuyến 510 hồ sơ (chiếm 61%), còn lại 320 hồ sơ nộp trực tiếp; kết quả "
     "này đã vượt chỉ tiêu được giao (chỉ tiêu 50%).", [("61%", "online_submission_rate", None)]),
]


@pytest.mark.parametrize(("name", "text", "expected"), TARGETS, ids=[r[0] for r in TARGETS])
def test_targets(name: str, text: str, expected: list[tuple[str, str, Target | None]]) -> None:
    assert fact_rows(COMMUNE + text, IndicatorExtractor, "text", "metric", "target") == expected


def periods(text: str) -> list[tuple[str, dt.date, dt.date | None]]:
    """The periods of ``text`` (the references found first, as the pipeline does), in order."""
    ctx = Context(document=Document(text, Source("t.txt", "0" * 64, "txt")))
    ctx.facts["references"] = list(ReferenceExtractor().extract(ctx))
    return [(f.text, f.start_date, f.end_date) for f in PeriodExtractor().extract(ctx)]


REPORT = ("ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nSố: 12/BC-UBND     An Phú, ngày 18 tháng 9 năm 2026\n\nBÁO CÁO\n"
          "Kết quả kiểm soát thủ tục hành chính 9 tháng năm 2026\n\n")
TITLE_NINE = ("9 tháng năm 2026", D(2026, 1, 1), D(2026, 9, 30))
STAMP = "\n\nThứ năm, 12/10/2023 | 15:42\n\n"

PERIODS: list[tuple[str, str, list[tuple[str, dt.date, dt.date | None]]]] = [
    # --- a report word before the window in brackets -------------------------------------------------------------
    ("số liệu before the window", REPORT + "UBND xã báo cáo số liệu 9 tháng (từ ngày 15/12/2025 đến ngày 14/9/2026).",
     [TITLE_NINE, ("9 tháng", D(2026, 1, 1), D(2026, 9, 30)),
      ("từ ngày 15/12/2025 đến ngày 14/9/2026", D(2025, 12, 15), D(2026, 9, 14))]),
    ("kết quả six months", REPORT + "Xã tổng hợp kết quả 6 tháng (từ ngày 15/12/2025 đến ngày 14/6/2026) như sau.",
     [TITLE_NINE, ("6 tháng", D(2026, 1, 1), D(2026, 6, 30)),
      ("từ ngày 15/12/2025 đến ngày 14/6/2026", D(2025, 12, 15), D(2026, 6, 14))]),
    # unchanged: a frequency, a duration with its window mid-sentence
    ("frequency (unchanged)", REPORT + "Định kỳ báo cáo 6 tháng, hằng năm theo quy định.", [TITLE_NINE]),
    ("duration mid-sentence (unchanged)", REPORT + "Xã hoàn thành trong 6 tháng (từ ngày 1/1/2026 đến 30/6/2026).",
     [TITLE_NINE, ("từ ngày 1/1/2026 đến 30/6/2026", D(2026, 1, 1), D(2026, 6, 30))]),
    # --- a headline opening on the months --------------------------------------------------------------------------
    ("headline after its place", "Tỉnh A: 9 tháng, giải quyết 99% hồ sơ đúng hạn" + STAMP + "Toàn tỉnh tiếp nhận "
     "400 hồ sơ.", [("9 tháng", D(2023, 1, 1), D(2023, 9, 30))]),
    ("headline opening on the months", "Sáu tháng, huyện B giải quyết 5.000 hồ sơ" + STAMP + "Huyện tiếp nhận 5.100 "
     "hồ sơ.", [("Sáu tháng", D(2023, 1, 1), D(2023, 6, 30))]),
    ("headline after a dash", "Huyện C - 9 tháng, không có hồ sơ trễ hạn" + STAMP + "Huyện tiếp nhận 300 hồ sơ.",
     [("9 tháng", D(2023, 1, 1), D(2023, 9, 30))]),
    # none: durations, a body line
    ("durations", "Tin cải cách" + STAMP + "Sau 9 tháng, tỉnh giải quyết 400 hồ sơ. Thời hạn 6 tháng, kể từ ngày "
     "ký.", []),
    ("body line", "Tin cải cách" + STAMP + "Tỉnh tiếp nhận 400 hồ sơ.\n9 tháng, tỉnh giải quyết 390 hồ sơ.", []),
]


@pytest.mark.parametrize(("name", "text", "expected"), PERIODS, ids=[r[0] for r in PERIODS])
def test_periods(name: str, text: str, expected: list[tuple[str, dt.date, dt.date | None]]) -> None:
    assert periods(text) == expected


HEAD = ("ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nSố: 12/BC-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh "
        "phúc\nAn Phú, ngày 18 tháng 3 năm 2026\nBÁO CÁO\n")
BODY = "Căn cứ Kế hoạch số 12/KH-UBND ngày 08/01/2026 của UBND xã, UBND xã báo cáo\nkết quả như sau:\nI. KẾT QUẢ\n"

TITLES: list[tuple[str, str, str, str]] = [
    ("cut inside a word", "Kết quả thực hiện công tác kiểm soát thủ tục hành\nchính, cơ chế một cửa, một cửa liên "
     "thông quý I năm 2026\n" + BODY,
     "Kết quả thực hiện công tác kiểm soát thủ tục hành chính, cơ chế một cửa, một cửa liên thông quý I năm 2026",
     "quarter"),
    ("cut before the period", "Tình hình giải quyết thủ tục hành chính trên địa bàn\nxã trong 6 tháng đầu năm 2026\n"
     + BODY, "Tình hình giải quyết thủ tục hành chính trên địa bàn xã trong 6 tháng đầu năm 2026", "half_year"),
    # unchanged: a capitalised second line, a lower-case body line ending a sentence
    ("capitalised second line (unchanged)", "Kết quả giải quyết thủ tục hành chính\n6 tháng đầu năm 2026\n" + BODY,
     "Kết quả giải quyết thủ tục hành chính 6 tháng đầu năm 2026", "half_year"),
    ("lower-case body line (unchanged)", "Kết quả giải quyết thủ tục hành chính quý I năm 2026\nthực hiện Kế hoạch "
     "số 12/KH-UBND, xã báo cáo như sau:\nI. KẾT QUẢ\n", "Kết quả giải quyết thủ tục hành chính quý I năm 2026",
     "quarter"),
]


@pytest.mark.parametrize(("name", "body", "title", "kind"), TITLES, ids=[r[0] for r in TITLES])
def test_titles(name: str, body: str, title: str, kind: str) -> None:
    meta = report_meta(HEAD + body + "1. Xã tiếp nhận 100 hồ sơ.")
    assert (meta.title, meta.kind) == (title, kind)
