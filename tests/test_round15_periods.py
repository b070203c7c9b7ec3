"""Round 15, periods: the year a period written without one takes (made-up sentences, positive and negative).

- A news item's narrative year is that of the period named last with its year, but never a comparison's baseline
  (``so với cùng kỳ năm Y``, ``so với năm Y``, ``tăng/giảm … so với quý I/Y``, ``cao hơn năm Y``): a yearless
  ``quý``/``tháng``/``6 tháng đầu/cuối năm``/``9 tháng`` after one keeps the narrative's year, at the end of a text
  too; a baseline's year is taken only when the text writes no other.
- A year counted from now after a yearless period (``quý II năm trước``, ``6 tháng đầu năm ngoái``) writes no year:
  no period, as ``cùng kỳ năm trước`` is none; ``… năm trước ngày 20/6`` (a deadline) is no such year.
- A formal document's running year is the year its title names (a year's report dated the next January, a plan for
  the next year dated in December), else its date line's.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from extract.document import Document, Source
from extract.extractors.periods import PeriodExtractor
from extract.extractors.references import ReferenceExtractor
from extract.registry import Context

D = dt.date
YEAR = re.compile(r"\d{4}")


def rows(text: str) -> list[tuple[str, dt.date, dt.date | None]]:
    """The periods of ``text`` (the references found first, as the pipeline does), in order."""
    ctx = Context(document=Document(text, Source("t.txt", "0" * 64, "txt")))
    ctx.facts["references"] = list(ReferenceExtractor().extract(ctx))
    return [(f.text, f.start_date, f.end_date) for f in PeriodExtractor().extract(ctx)]


def news(headline: str, stamp: str | None, body: str) -> str:
    head = headline + "\n\n" + (f"Ngày đăng: {stamp}\n\n" if stamp else "")
    return head + body


def yearless(text: str) -> dict[str, tuple[dt.date, dt.date | None]]:
    """The periods of ``text`` whose phrase writes no four-digit year, by text (the last one of each text wins)."""
    return {t: (s, e) for t, s, e in rows(text) if not YEAR.search(t)}


# (text, period text written without a year, its start, its end)
NARRATIVE_YEAR = [
    # after "So với cùng kỳ năm Y," opening a sentence: the half at the end of the text is the narrative's
    (news("Huyện A giải quyết 98% hồ sơ trong 6 tháng đầu năm 2023", "04/7/2023",
          "Sáu tháng đầu năm 2023, huyện tiếp nhận 4.120 hồ sơ. So với cùng kỳ năm 2022, số hồ sơ tăng 9%.\n\n"
          "Lãnh đạo huyện yêu cầu giải quyết dứt điểm hồ sơ tồn trong 6 tháng cuối năm."),
     "6 tháng cuối năm", D(2023, 7, 1), D(2023, 12, 31)),
    # "tăng … so với năm Y" mid-sentence, a quarter after it
    (news("Tỉnh B công bố kết quả năm 2024", "10/01/2025",
          "Năm 2024, tỉnh tiếp nhận 80.000 hồ sơ, tăng 6,5% so với năm 2023. Riêng quý IV, tỉnh tiếp nhận 21.000 hồ sơ."),
     "quý IV", D(2024, 10, 1), D(2024, 12, 31)),
    # "giảm … so với quý I/Y" (a baseline quarter with its year), a month after it
    (news("Xã C: kết quả quý II/2025", None,
          "Trong quý II/2025, xã nhận 300 hồ sơ, giảm 4% so với quý II/2024; tháng 6 nhận 120 hồ sơ."),
     "tháng 6", D(2025, 6, 1), D(2025, 6, 30)),
    # "cao hơn năm Y" (no "so với"), nine months after it
    (news("Thành phố D: 9 tháng năm 2022", "05/10/2022",
          "Tỷ lệ hồ sơ trực tuyến đạt 61%, cao hơn năm 2021. Trong 9 tháng đầu năm, thành phố tiếp nhận 9.000 hồ sơ."),
     "9 tháng đầu năm", D(2022, 1, 1), D(2022, 9, 30)),
    # a baseline with a filler ("so với cùng thời điểm tháng 9/Y") then the first half
    (news("Phường E tăng hồ sơ trực tuyến", "12/10/2026",
          "Đến tháng 9/2026, phường có 75% hồ sơ trực tuyến, so với cùng thời điểm tháng 9/2025 tăng 20%. "
          "Trong 6 tháng đầu năm, phường không có hồ sơ trễ hạn."),
     "6 tháng đầu năm", D(2026, 1, 1), D(2026, 6, 30)),
    # after a citation carrying its years (a decree's, a decision's year of issue): the narrative's year stays
    (news("Huyện G sơ kết quý I/2021", "02/4/2021",
          "Thực hiện Nghị định số 61/2018/NĐ-CP và Quyết định 468/QĐ-TTg năm 2019, huyện đã rà soát thủ tục. "
          "Trong tháng 3, huyện tiếp nhận 410 hồ sơ."),
     "tháng 3", D(2021, 3, 1), D(2021, 3, 31)),
    # a plan for the next year told in a news item: the year it names is the narrative's from there
    (news("Xã H tổng kết năm 2023", "20/12/2023",
          "Năm 2023, xã tiếp nhận 1.200 hồ sơ, tăng 3% so với năm 2022. Năm 2024, xã phấn đấu số hóa toàn bộ hồ sơ "
          "ngay trong quý I."),
     "quý I", D(2024, 1, 1), D(2024, 3, 31)),
    # the comparison is the only year the text writes, no stamp: its year rather than none
    (news("Tỉnh K tăng 8 bậc chỉ số phục vụ", None,
          "Điểm của tỉnh tăng 8 điểm so với thời điểm đầu tháng 5/2025 (tháng 5 chỉ đạt 70 điểm)."),
     "tháng 5", D(2025, 5, 1), D(2025, 5, 31)),
]


@pytest.mark.parametrize(("text", "phrase", "start", "end"), NARRATIVE_YEAR)
def test_yearless_period_takes_the_narrative_year(text: str, phrase: str, start: dt.date, end: dt.date) -> None:
    assert yearless(text)[phrase] == (start, end)


# the baseline itself keeps the year it writes (what must not change)
BASELINES = [
    ("So với cùng kỳ năm 2022, số hồ sơ tăng 9%.", "cùng kỳ năm 2022", D(2022, 1, 1), D(2022, 6, 30)),
    ("tăng 6,5% so với năm 2023.", "năm 2023", D(2023, 1, 1), D(2023, 12, 31)),
    ("giảm 4% so với quý II/2024;", "quý II/2024", D(2024, 4, 1), D(2024, 6, 30)),
]


@pytest.mark.parametrize(("sentence", "phrase", "start", "end"), BASELINES)
def test_a_baseline_keeps_its_own_year(sentence: str, phrase: str, start: dt.date, end: dt.date) -> None:
    text = news("Huyện M: 6 tháng đầu năm 2023", "03/7/2023", "Trong 6 tháng đầu năm 2023, " + sentence)
    assert (phrase, start, end) in rows(text)


RELATIVE = [
    # (text, period texts expected, in order)
    (news("Xã N: quý II/2025", "02/7/2025", "Quý II/2025, xã nhận 300 hồ sơ, nhiều hơn quý II năm trước."),
     ["quý II/2025", "Quý II/2025"]),
    (news("Xã N: năm 2025", "02/1/2026", "Năm 2025, số hồ sơ gấp đôi 6 tháng đầu năm ngoái."),
     ["năm 2025", "Năm 2025"]),
    (news("Xã N: năm 2025", "02/1/2026", "Năm 2025 xã nhận 900 hồ sơ; dự kiến tháng 1 năm sau nhận thêm."),
     ["năm 2025", "Năm 2025"]),
    # a deadline after "năm trước": the report's own half stays a period
    ("UBND TỈNH P\nSố: 12/CT-UBND\nP, ngày 10 tháng 3 năm 2024\n\nCHỈ THỊ\nVề tăng cường cải cách hành chính\n\n"
     "Các sở gửi báo cáo 6 tháng đầu năm trước ngày 20/6/2024.",
     ["6 tháng đầu năm"]),
    # "năm nay" is the running year: a period as any other
    (news("Xã N: quý III/2025", "02/10/2025", "Quý III/2025, xã nhận 90 hồ sơ; riêng tháng 9 năm nay nhận 40 hồ sơ."),
     ["quý III/2025", "Quý III/2025", "tháng 9"]),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE)
def test_a_year_counted_from_now_writes_no_year(text: str, expected: list[str]) -> None:
    assert [t for t, _, _ in rows(text)] == expected


def report(date_line: str, title: str, body: str) -> str:
    return f"UBND XÃ Q\nSố: 15/BC-UBND\nQ, {date_line}\n\nBÁO CÁO\n{title}\n\n{body}"


FORMAL = [
    # a year's report dated the January after it: the year reported
    (report("ngày 08 tháng 01 năm 2025", "Kết quả công tác cải cách hành chính năm 2024",
            "Trong quý IV, xã tiếp nhận 210 hồ sơ."), "quý IV", D(2024, 10, 1), D(2024, 12, 31)),
    # a report dated in its own year: unchanged
    (report("ngày 15 tháng 6 năm 2024", "Kết quả công tác cải cách hành chính 6 tháng đầu năm 2024",
            "Trong quý II, xã tiếp nhận 210 hồ sơ."), "quý II", D(2024, 4, 1), D(2024, 6, 30)),
    # a title naming a year far from the date (a cited document's): the date line's year
    (report("ngày 15 tháng 9 năm 2025", "Kết quả thực hiện Chỉ thị số 07/CT-UBND năm 2019",
            "I. KẾT QUẢ\nTrong quý III, xã tiếp nhận 210 hồ sơ."), "quý III", D(2025, 7, 1), D(2025, 9, 30)),
    # a "title" that is a comparison's baseline (a heading word over the body): the date line's
    (report("ngày 20 tháng 4 năm 2026", "So với năm 2025, số hồ sơ trong quý I tăng 10%.", ""),
     "quý I", D(2026, 1, 1), D(2026, 3, 31)),
    # a title with no year: the date line's
    (report("ngày 20 tháng 4 năm 2026", "Kết quả kiểm soát thủ tục hành chính",
            "Trong tháng 4, xã tiếp nhận 80 hồ sơ."), "tháng 4", D(2026, 4, 1), D(2026, 4, 30)),
]


@pytest.mark.parametrize(("text", "phrase", "start", "end"), FORMAL)
def test_formal_running_year_is_the_titles(text: str, phrase: str, start: dt.date, end: dt.date) -> None:
    assert yearless(text)[phrase] == (start, end)


def test_a_plan_for_the_next_year_dated_in_december() -> None:
    text = ("UBND XÃ Q\nSố: 201/KH-UBND\nQ, ngày 26 tháng 12 năm 2025\n\nKẾ HOẠCH\n"
            "Kiểm soát thủ tục hành chính năm 2026\n\nTrong quý I, rà soát toàn bộ thủ tục của xã.")
    assert yearless(text)["quý I"] == (D(2026, 1, 1), D(2026, 3, 31))
