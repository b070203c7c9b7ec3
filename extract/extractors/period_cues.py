"""The cue words of the ``periods`` extractor (data/periods.toml) and the rules that read a period as part of a name:
a plan's, programme's or law's name (``Kế hoạch … năm 2026``), a cited document's subject (``Quyết định số … về
giao chỉ tiêu … năm 2024``), an era (``giai đoạn từ 01/01/2021 đến 31/12/2025``). Split from periods.py.
"""

from __future__ import annotations

import datetime as dt
import functools
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import regex

from extract.extractors.figure_layout import FULL, joining_dash, text_layout
from normalize.lexicon import unit_type_names, word_alternation

DATA_FILE = Path(__file__).with_name("data") / "periods.toml"

# How far back from a named period to look for the plan word of a name (bounded: no quadratic scans).
LOOKBACK = 160
# A range longer than this after "giai đoạn" is an era
ERA_MIN_DAYS = 366

# A clause boundary when looking back: sentence punctuation, or a line that starts like a new item
# (bullet, numbering) or follows a heading line ("2. Về công tác thông tin", "III. NHIỆM VỤ ...") or a line that ends
# in a colon ("- Công tác xây dựng kế hoạch …:\n\nThực hiện công tác … năm 2025": the heading is not the clause).
# PDF text breaks lines mid-sentence ("của\n\nUBND xã tuyên truyền ..."), so a bare line break is no boundary.
BOUNDARY = regex.compile(
    r"[.;!?](?:\s|$)|:[ \t]*\n"
    r"|\n\s*(?=[-+*•]|\d+(?:\.\d+)*\.\s|[IVX]+\.\s)"
    r"|^[ \t]*(?:[IVX]+|\d+(?:\.\d+)*|[a-zđ])[.)][ \t][^\n]{0,60}\n"
    r"|^[^\p{Ll}\n]{3,}\n", regex.MULTILINE)


@dataclass(frozen=True)
class Cues:
    name_words: regex.Pattern
    activity_words: regex.Pattern
    era_words: regex.Pattern
    law_name: regex.Pattern  # "Luật Giao dịch điện tử" (case-sensitive)
    subject_words: regex.Pattern
    subject_codes: frozenset[str]
    subject_reach: int
    name_genres: frozenset[str]
    report_genres: frozenset[str]
    point_before: regex.Pattern  # "từ đầu năm 2022": a point in time, not the year
    point_of_period: regex.Pattern  # "tính đến cuối tháng 8/2025": a point in time, not the month
    until: regex.Pattern  # "đến tháng 7/2024": a point in time unless it closes a progression of months
    predicate_words: regex.Pattern  # "Ban Chỉ đạo … đã họp": the name has ended
    sub_year: regex.Pattern  # "Tuần 03 năm 2024": the year of a week
    same_period: regex.Pattern  # "so với cùng kỳ năm 2018": the same period of that year
    compared: regex.Pattern  # "so với quý III/2025": a comparison's baseline, not the figures' period
    name_codes: frozenset[str]  # type codes of a document whose title is its name (KH, QĐ …)
    closed_name: regex.Pattern  # "Chỉ thị này": the document referred to, no name after it
    time_frame: regex.Pattern  # ", trong quý IV": an adverbial of time after a name, the name has ended
    carried_into: regex.Pattern  # "chuyển sang năm 2026": the period a backlog is carried into
    comparison: regex.Pattern  # "So với cùng kỳ năm 2021": a comparison's baseline (searched before a period)
    relative_year: regex.Pattern  # " năm trước": a year counted from now after a yearless period (matched at its end)
    plan_ahead: regex.Pattern  # "Mục tiêu … trong": a goal ahead, in the clause before a yearless period


@functools.cache
def cues() -> Cues:
    with DATA_FILE.open("rb") as fh:
        data = tomllib.load(fh)

    def words(key: str) -> regex.Pattern:
        return regex.compile(rf"(?<!\w)(?:{word_alternation(data[key]['words'])})(?!\w)", regex.IGNORECASE)

    return Cues(
        name_words=words("name_words"),
        activity_words=words("activity_words"),
        era_words=words("era_words"),
        law_name=regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{word_alternation(data['law_words']['words'])})\s+\p{{Lu}}"),
        subject_words=words("subject_words"),
        subject_codes=frozenset(c.casefold() for c in data["subject_words"]["type_codes"]),
        subject_reach=int(data["subject_words"]["reach"]),
        name_genres=frozenset(data["name_titles"]["genres"]),
        report_genres=frozenset(data["name_titles"].get("report_genres", ())),
        point_before=regex.compile(rf"(?<!\w)(?:{word_alternation(data['point_words']['words'])})\s+$", regex.IGNORECASE),
        point_of_period=regex.compile(rf"(?<!\w)(?:{word_alternation(data['point_of_period_words']['words'])})\s+$",
                                      regex.IGNORECASE),
        until=regex.compile(rf"(?<!\w)(?:{word_alternation(data['until_words']['words'])})\s+$", regex.IGNORECASE),
        predicate_words=words("predicate_words"),
        sub_year=regex.compile(rf"(?<!\w)(?:{word_alternation(data['sub_year_words']['words'])})\s+\d{{1,2}}\s+$",
                               regex.IGNORECASE),
        name_codes=frozenset(c.casefold() for c in data["name_titles"]["type_codes"]),
        same_period=regex.compile(rf"(?<!\w)(?:{word_alternation(data['same_period']['words'])})\s+$", regex.IGNORECASE),
        compared=regex.compile(rf"(?<!\w)(?:{word_alternation(data['same_period']['baseline_words'])})\s+$",
                               regex.IGNORECASE),
        carried_into=regex.compile(rf"(?<!\w)(?:{word_alternation(data['carried_into_words']['words'])})\s+$",
                                   regex.IGNORECASE),
        comparison=regex.compile(
            rf"(?<![\p{{L}}\p{{M}}])(?:{word_alternation(data['comparison']['words'])})"
            rf"(?:\s+(?:{word_alternation(data['comparison']['fillers'])})){{0,3}}\s+$", regex.IGNORECASE),
        relative_year=regex.compile(
            rf"(?P<nam>\s+năm)?\s+(?:{word_alternation(data['relative_year']['words'])})(?![\p{{L}}\p{{M}}])"
            rf"(?!\s*(?:\d|(?:{word_alternation(data['relative_year']['not_before'])})(?![\p{{L}}\p{{M}}])))",
            regex.IGNORECASE),
        time_frame=regex.compile(rf",\s*(?:{word_alternation(data['time_frame_words']['words'])})\s+$", regex.IGNORECASE),
        plan_ahead=regex.compile(
            rf"(?<![\p{{L}}\p{{M}}])(?:{word_alternation(data['plan_ahead']['words'])})(?![\p{{L}}\p{{M}}])"
            rf"[^.;!?\n]{{0,{int(data['plan_ahead']['reach'])}}}$", regex.IGNORECASE),
        closed_name=regex.compile(rf"\s+(?:{word_alternation(data['closed_name_words']['words'])})(?!\w)",
                                  regex.IGNORECASE),
    )


COMPARISON_REACH = 48  # characters looked back from a period for the words of a comparison


SENTENCE_REACH = 300  # characters looked back from a goal's word for its sentence's start
_SENTENCE_END = regex.compile(r"[.!?](?=\s)|\n")


def plan_ahead(text: str, start: int) -> int | None:
    """The start of the sentence of a goal set ahead that a period at ``start`` stands in (``Mục tiêu của tỉnh
    trong`` before ``6 tháng cuối năm``: data/periods.toml ``[plan_ahead]``), else None."""
    m = cues().plan_ahead.search(text, max(0, start - 160), start)
    if m is None:
        return None
    lo = max(0, m.start() - SENTENCE_REACH)
    ends = [e.end() for e in _SENTENCE_END.finditer(text, lo, m.start())]
    return ends[-1] if ends else lo


def is_comparison(text: str, start: int) -> bool:
    """A period that is a comparison's baseline: ``So với cùng kỳ năm 2021``, ``tăng 8% so với quý I/2022``, ``cao hơn
    năm 2020`` (data/periods.toml ``[comparison]``)."""
    return cues().comparison.search(text, max(0, start - COMPARISON_REACH), start) is not None


def relative_year(text: str, start: int, end: int) -> bool:
    """A period written without its year followed by a year counted from now (``quý II năm trước``, ``6 tháng đầu
    năm ngoái``): it writes no year (data/periods.toml ``[relative_year]``)."""
    m = cues().relative_year.match(text, end)
    return m is not None and (m.group("nam") is not None or text[start:end].casefold().endswith("năm"))


def clause_start(text: str, pos: int) -> int:
    """Start of the clause holding ``pos``, looking back at most LOOKBACK characters; a dash that a PDF-like wrap
    put at a line's start (``… phát triển kinh tế`` / ``- xã hội năm 2023``) opens no item."""
    lo = max(0, pos - LOOKBACK)
    last = lo
    for m in BOUNDARY.finditer(text, lo, pos):
        if not _wrapped_dash(text, m):
            last = m.end()
    return last


def _wrapped_dash(text: str, m: regex.Match) -> bool:
    """A line break before a dash joining two words in lower case, the line before it running to the text's width
    ("kinh tế" / "- xã hội"; figure_layout.joining_dash, the figure reader's rule)."""
    if not m.group().startswith("\n"):
        return False
    width = text_layout(text)[0]  # the width a PDF-like wrapped text's lines run to, None if not wrapped
    line = text[text.rfind("\n", 0, m.start()) + 1:m.start()].rstrip()
    nxt_end = text.find("\n", m.start() + 1)
    nxt = text[m.start() + 1:len(text) if nxt_end < 0 else nxt_end]
    return width is not None and len(line) >= FULL * width and joining_dash(line, nxt)


def is_name_year(text: str, start: int, lo: int | None = None, cited: Iterable[tuple[int, int]] = ()) -> bool:
    """A named period that is part of a plan's/programme's/theme's or law's name: ``Kế hoạch ... năm 2026``.
    ``lo``: the start of its clause (computed when not given); ``cited``: the spans of the citations.

    A plan cited by its number (``Kế hoạch số 04/KH-UBND ngày 09/01/2023 của UBND Thành phố năm 2023``) is named
    by that number: when only its issuer stands between the citation and the year, the year is the period of the
    sentence; a name written after it (``… của UBND xã tuyên truyền công tác CCHC năm 2025``, ``… về …``) keeps it."""
    c = cues()
    lo = clause_start(text, start) if lo is None else lo
    last_name = None
    for m in c.name_words.finditer(text, lo, start):
        last_name = m
    for m in c.law_name.finditer(text, lo, start):
        if last_name is None or m.start() > last_name.start():
            last_name = m
    if last_name is None or c.closed_name.match(text, last_name.end()):  # "Chỉ thị này 6 tháng đầu năm"
        return False
    if c.time_frame.search(text, max(last_name.end(), start - 24), start):  # "Kế hoạch số …, trong quý IV, Sở …"
        return False
    by_number = next((e for s, e in cited if s <= last_name.start() < e and e <= start), None)
    if by_number is not None and _issuer_only(text, by_number, start):
        return False
    # "Kế hoạch ..., báo cáo kết quả quý II": an activity word after the plan word re-opens the clause, and so does
    # the predicate of a sentence whose subject it is ("Ban Chỉ đạo … đã đánh giá kết quả 6 tháng đầu năm")
    return (c.activity_words.search(text, last_name.end(), start) is None
            and c.predicate_words.search(text, last_name.end(), start) is None)


_WORD = regex.compile(r"[\p{L}\p{M}]+")


@functools.cache
def _issuer_words() -> regex.Pattern:
    """The lower-case words of an issuer after a citation (``của Ủy ban nhân dân thành phố``, ``của UBND cấp xã``):
    ``của``, the bodies' words and the unit types of every level (data/periods.toml ``issuer_words``)."""
    with DATA_FILE.open("rb") as fh:
        words = tomllib.load(fh)["issuer_words"]["words"]
    types = unit_type_names("commune", "district", "province")
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{word_alternation([*words, *types])})(?![\p{{L}}\p{{M}}])",
                         regex.IGNORECASE)


def _issuer_only(text: str, lo: int, hi: int) -> bool:
    """Between ``lo`` and ``hi`` there is an issuer at most (``của UBND Thành phố``): no word in lower case but
    those of an issuer."""
    rest = _issuer_words().sub(" ", text[lo:hi])
    return all(w[:1].isupper() for w in _WORD.findall(rest))


def is_subject_year(text: str, start: int, ref_end: int | None, type_code: str | None,
                    lo: int | None = None) -> bool:
    """A named period in the subject of a named document cited just before (``Quyết định số 4170/QĐ-UBND …
    về giao chỉ tiêu … năm 2024``); ``ref_end``/``type_code``: the end and type code of that citation."""
    c = cues()
    if ref_end is None or type_code is None or type_code.casefold() not in c.subject_codes:
        return False
    if ref_end > start or start - ref_end > c.subject_reach:
        return False
    if ref_end < (clause_start(text, start) if lo is None else lo):
        return False
    subject = None
    for m in c.subject_words.finditer(text, ref_end, start):
        subject = m
        break
    return subject is not None and c.activity_words.search(text, subject.end(), start) is None


@functools.cache
def _fronted_era() -> regex.Pattern:
    """An era's years opening a clause and set off by a comma (``…; giai đoạn 2022 - 2025, mỗi năm tăng 20%``,
    ``Trong giai đoạn 2021-2025, xã đã …``): the window of the clause's targets or figures, no programme's name
    (data/periods.toml ``[era_words]``)."""
    with DATA_FILE.open("rb") as fh:
        era = tomllib.load(fh)["era_words"]["words"]
    return regex.compile(
        rf"(?<=(?:^|[.;:!?]|\n)[ \t]*(?:[-+*•–][ \t]*)?(?:(?i:trong)[ \t]+)?)"
        rf"(?i:{word_alternation(era)})[ \t]+(?:(?i:năm)[ \t]+)?(?P<ya>(?:19|20)\d\d)"
        rf"[ \t]*(?:[-–—]|(?i:đến))[ \t]*(?:(?i:năm)[ \t]+)?(?P<yb>(?:19|20)\d\d)(?![\d/.])(?=[ \t]*,)")


def fronted_eras(text: str) -> Iterator[tuple[int, int, dt.date, dt.date]]:
    """(start, end, first day, last day) of every era's years opening a clause (see _fronted_era)."""
    for m in _fronted_era().finditer(text):
        first, last = int(m.group("ya")), int(m.group("yb"))
        if first < last:
            yield m.start(), m.end(), dt.date(first, 1, 1), dt.date(last, 12, 31)


def is_era(text: str, start: int, first: dt.date | None = None, last: dt.date | None = None) -> bool:
    """A range after ``giai đoạn``/``thời kỳ`` that spans more than a year is an era (a programme's span);
    ``giai đoạn từ 1/7 đến 26/11/2025`` is the window of the figures."""
    if first is not None and last is not None and (last - first).days <= ERA_MIN_DAYS:
        return False
    return cues().era_words.search(text[max(0, start - 20):start]) is not None
