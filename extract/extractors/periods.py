"""The ``periods`` extractor: explicit ranges and named periods of activity or reporting.

normalize/periods.py knows the grammar (``iter_periods``); this module decides which matches
are facts:

- CASE 1: an explicit range (``từ ngày 15/3/2026 đến ngày 14/6/2026``, ``từ 2016 đến 2018``) -> a fact, unless it
  names an era: after ``giai đoạn``/``thời kỳ`` and longer than a year (``giai đoạn từ 01/01/2021 đến
  31/12/2025``; ``giai đoạn từ 1/7 đến 26/11/2025`` is the window of the figures), or, longer than a year,
  it follows a plan word in its clause (``Chương trình … từ năm 2021 đến năm 2025``: the programme's span). ``10 tháng đầu năm
  2025`` (label ``range``) is a named period of CASE 2. An era's years opening a clause and set off by a comma
  (``…; giai đoạn 2022 - 2025, mỗi năm tăng 20%``: period_cues.fronted_eras) are the window of its targets: a range.
- CASE 2: a named period (``tháng 4``, ``Quý II năm 2026``, ``6 tháng đầu năm``) -> a fact,
  its year taken from the report's own year when it has none: the year its title names (a year's report dated the
  next January, a plan dated the December before), else its date line's (and dropped when the report
  states no year), never ``quý II năm trước`` (a year counted from now writes no year); in a news item (no date
  line, heading word or ``Số:`` line) from the period with a written year named last before it, a comparison's
  baseline apart (``So với cùng kỳ năm 2021``: another time than the narrative's), else from the publication stamp (``Thu Hà 16:34, 31/03/2023``,
  ``Cập nhật ngày: 19/01/2021``) or the headline, unless
  - it is the tail of a date (``ngày 27 tháng 8 năm 2025``) or lies inside a cited reference;
  - it is part of a plan's, programme's or theme's name (``Kế hoạch ... năm 2026``,
    ``chủ đề năm 2026``): a plan word earlier in the same clause (see data/periods.toml), unless an activity
    word or the predicate of a sentence (``đã``, ``đang``, ``sẽ``) follows it;
  - it is part of a law's name (``Luật Giao dịch điện tử năm 2023``);
  - it is in the subject of a cited document (``Quyết định số 4170/QĐ-UBND … về giao chỉ tiêu
    cải cách hành chính năm 2024``);
  - it is in the title of a plan or decision (``KẾ HOẠCH`` / ``Kiểm soát thủ tục hành chính … năm
    2025``): that title is the plan's name;
  - it is in the capitalised title line right after the own ``Số: 270/KH-UBND`` line of a plan or decision
    whose heading word the text lost;
  - it is where a backlog is carried (``hồ sơ đang giải quyết chuyển sang năm 2026``, ``chuyển qua tháng 5``);
  - it follows a word of a point in time: ``tính đến cuối tháng 8/2025``, ``đầu quý II`` (``Đến tháng 9/2025, …``,
    "by September", stays a period);
  - it is a bare year after a word of a point in time or a deadline (``triển khai từ đầu năm 2022``,
    ``đến năm 2025``), after a week (``Tuần 03 năm 2024``), or right after a citation (the year of issue:
    ``Quyết định 468/QĐ-TTg năm 2021``).
  In a report's own title the plan-name and subject rules do not apply: the title names the
  report's period (``… phản ánh, kiến nghị về quy định hành chính năm 2025``).
- CASE 3: ``Trong 9 tháng, …`` / ``trong 6 tháng qua`` (the report's nine months or first half) and
  ``Lũy kế từ đầu năm đến ngày 14/6/2026`` (year to date) are read by normalize's grammar too; a named
  period among them follows CASE 2, a range CASE 1.
- ``so với cùng kỳ năm 2018`` is the period of the sentence's figures (else the title's) moved to 2018, the span the
  whole phrase (normalize/period_baseline.py).
- Never a period written in a page's running head or foot (``UBND xã A - Báo cáo CCHC năm 2025      2`` on each
  page; normalize/period_running.py).
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import regex

from extract.extractors.metadata_title import read_title_block
from extract.extractors.period_cues import (
    ERA_MIN_DAYS,
    clause_start,
    cues,
    fronted_eras,
    is_comparison,
    is_era,
    is_name_year,
    is_subject_year,
    plan_ahead,
    relative_year,
)
from extract.facts import PeriodFact, ReferenceFact
from extract.registry import Context, Extractor
from normalize.dates import HEADER_WINDOW, find_date_line, iter_date_lines, iter_dates
from normalize.docnumbers import own_number_labels
from normalize.period_baseline import compared, paragraph_start, same_period, sentence_start
from normalize.period_running import running_lines
from normalize.periods import YearAt, iter_periods

TITLE_LINES = 4
# the year of a news item's publication stamp (read by metadata_title.read_title_block)
STAMP_YEAR = regex.compile(r"(?:19|20)\d\d")
# A machine's stamp at the start of a line, ISO, also a month alone or under a label the metadata stamps do not
# take: "2025-08-07", "date 2020-09", "Đăng lúc: 2023-12-21 08:15"
ISO_STAMP = regex.compile(r"(?m)^[ \t]*(?:\p{L}+(?:[ \t]+\p{L}+)?[ \t]*:?[ \t]+)?(?P<y>(?:19|20)\d\d)-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?"
                          r"(?![\d/\-])")
YEAR_IN_TITLE = regex.compile(r"\bnăm\s+((?:19|20)\d\d)\b|/((?:19|20)\d\d)\b", regex.IGNORECASE)
# A headline's year is a period's ("quý I/2023", "Năm 2022"), not a date's ("họp ngày 12/10/2023")
HEADLINE_YEAR = regex.compile(r"\bnăm\s+((?:19|20)\d\d)\b|(?<!\d\s*/\s*\d{1,2}\s*)/((?:19|20)\d\d)\b", regex.IGNORECASE)
TITLE_WORD = regex.compile(r"(?m)^[ \t*_#]*(?:B\s*Á\s*O\s+C\s*Á\s*O|K\s*Ế\s+H\s*O\s*Ạ\s*C\s*H)\b")
# The tail of a long-form date: "ngày 27 tháng 8 năm 2025" -> "tháng 8 năm 2025" is no period,
# nor is the tail of a draft's date line with blanks ("ngày   tháng 6 năm 2026", "ngày  tháng  năm 2026")
DATE_HEAD = regex.compile(r"ngày[ \t]*(?:\d{1,2}[ \t]*)?(?:tháng[ \t]*(?:\d{1,2}[ \t]*)?)?$|ngày\s+\d{1,2}\s*$",
                          regex.IGNORECASE)
# A named range of counted months ("10 tháng đầu năm 2025"), not an explicit one ("1-8 đến 31-8")
COUNTED_MONTHS = regex.compile(r"[0-9]{1,2}\s+(?:tháng|thang)(?![\p{L}\p{M}])", regex.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Match:
    start: int
    end: int
    start_date: dt.date
    end_date: dt.date | None
    label: str
    reporting_start: dt.date | None
    reporting_end: dt.date | None
    year_given: bool  # the year was written in the phrase (not taken from the report)


def iter_candidate_periods(text: str, default_year: int | None, year_at: YearAt | None = None) -> Iterator[_Match]:
    """Every period normalize's grammar finds, in text order (``year_at``: see normalize's ``iter_periods``)."""
    eras = list(fronted_eras(text))  # "…; giai đoạn 2022 - 2025, mỗi năm …": no "từ", the grammar has no range
    n = 0  # the eras before it yielded (an index: popping a list's head would copy the rest each time)
    for pm in iter_periods(text, default_year=default_year, year_at=year_at):
        while n < len(eras) and eras[n][0] < pm.start:
            s, e, first, last = eras[n]
            n += 1
            yield _Match(s, e, first, last, "range", None, None, True)
        p = pm.period
        yield _Match(pm.start, pm.end, p.start, p.end, p.label, p.reporting_start, p.reporting_end,
                     pm.year_in_text)
    for s, e, first, last in eras[n:]:
        yield _Match(s, e, first, last, "range", None, None, True)


def report_year(text: str) -> int | None:
    """The report's own year: its date line or a stamp (``Cập nhật: 17/10/2023``, ISO ``2025-08-07``), else the
    first year in its title (a news item's headline)."""
    head = text[:HEADER_WINDOW]
    # the first of: a date line (a weekday's too: "Thứ Tư, ngày 16/10/2024"), a long date with its year, a dateline
    found = [(line.when[0], line.year) for line in iter_date_lines(head)][:1]
    found += [(d.start, d.date.year) for d in iter_dates(head) if d.form == "long" and d.date.year is not None][:1]
    block = read_title_block(text)  # a news item's publication stamp, as the metadata extractor reads it
    if block.stamp is not None and (y := STAMP_YEAR.search(text, *block.stamp)):
        found.append((block.stamp[0], int(y.group())))
    if not found:  # a machine's ISO stamp, the last resort before the title
        found += [(m.start(), int(m.group("y"))) for m in ISO_STAMP.finditer(head)][:1]
    if found:
        return min(found)[1]
    t = TITLE_WORD.search(head)
    if t:
        y = YEAR_IN_TITLE.search(text, t.end(), t.end() + 600)
        if y:
            return int(y.group(1) or y.group(2))
        return None
    if block.genre == "news" and block.span is not None:
        y = HEADLINE_YEAR.search(text, block.span[0], block.span[1])
        if y:
            return int(y.group(1) or y.group(2))
    return None


def period_year(text: str, dated: int | None) -> int | None:
    """The year a formal document's period written without one takes: the year its title names (the period it
    reports on or plans for: a year's report dated in the January after it, ``quý IV`` of the year reported; a plan
    for the next year dated in December, ``quý I`` of the plan's year), else ``dated`` (its date line's). A title's
    year further than a year from the date is not the report's period (the year of a document the title cites), nor is
    a comparison's baseline."""
    span = read_title_block(text).span
    found = HEADLINE_YEAR.finditer(text, *span) if span is not None else iter(())
    m = next((y for y in found if not is_comparison(text, y.start())), None)  # "So với năm 2025, …": a baseline
    titled = int(m.group(1) or m.group(2)) if m else None
    return titled if titled is not None and (dated is None or abs(titled - dated) <= 1) else dated


def is_formal(text: str) -> bool:
    """A report, plan or decision (a date line or a heading word in its header), not a news item."""
    head = text[:HEADER_WINDOW]
    return find_date_line(head) is not None or TITLE_WORD.search(head) is not None or bool(own_number_labels(head))


def name_title_span(text: str) -> tuple[int, int] | None:
    """The title of a plan or decision (its name), where no period is read."""
    block = read_title_block(text)
    return block.span if block.genre in cues().name_genres else None


def report_title_span(text: str) -> tuple[int, int] | None:
    """The title of a report (``BÁO CÁO / Kết quả … về quy định hành chính năm 2025``): its period is the
    report's own, whatever words of a name stand before it."""
    block = read_title_block(text)
    return block.span if block.genre in cues().report_genres else None


PROGRESSION_REACH = 300  # characters: "Tháng 7/2025, phường xếp thứ 40. Đến tháng 9/2025, …" in one breath


def _progression(text: str, p: _Match, named_before: list[_Match]) -> bool:
    """``Đến tháng 9/2025`` closes a progression when a period of the same kind was named just before it in the same
    paragraph ("tháng 7/2025, xếp hạng 119 … Đến tháng 9/2025, vươn lên vị trí 3"): the month of a figure, not a
    point in time ("Theo thống kê, đến tháng 7/2024, thành phố có …")."""
    prev = named_before[-1] if named_before else None
    return (prev is not None and prev.label == p.label and p.start - prev.end <= PROGRESSION_REACH
            and "\n\n" not in text[prev.end:p.start])


def _inside(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    """Does [start, end) overlap one of the (sorted, non-overlapping) spans? Binary search."""
    i = bisect.bisect_right(starts, start) - 1
    for j in (i, i + 1):
        if 0 <= j < len(spans) and spans[j][0] < end and start < spans[j][1]:
            return True
    return False


def _plan_title_lines(text: str, refs: list[ReferenceFact]) -> tuple[int, int] | None:
    """The name of a plan or decision whose heading word the text lost: the capitalised line(s) right after its
    own ``Số: 270/KH-UBND`` line (and its date line), ``THỰC HIỆN KIỂM SOÁT THỦ TỤC HÀNH CHÍNH … NĂM 2022``."""
    own = next((f for f in refs if f.own), None)
    codes = cues().name_codes
    if own is None or own.type_code is None or own.type_code.casefold() not in codes:
        return None
    date_lines = [(d.start, d.end) for d in iter_date_lines(text)]
    pos = text.find("\n", own.end)
    start = end = None
    for _ in range(TITLE_LINES):
        if pos < 0:
            break
        nxt = text.find("\n", pos + 1)
        stop = len(text) if nxt < 0 else nxt
        line = text[pos + 1:stop]
        if any(s < stop and pos + 1 < e for s, e in date_lines) or not line.strip():
            pass  # the date line, a blank line
        elif any(ch.islower() for ch in line):
            break  # the body
        else:
            start = pos + 1 if start is None else start
            end = stop
        pos = nxt
    return None if start is None or end is None else (start, end)


def _same_periods(text: str, accepted: list[_Match]) -> list[_Match]:
    """``so với cùng kỳ năm 2018``: the period of the sentence's figures (else the title's) moved to 2018
    (normalize/period_baseline.py); a baseline of the sentence (``so với quý III/2025``) is not the figures'."""
    c = cues()
    title = read_title_block(text).span
    out = []
    for i, p in enumerate(accepted):
        cue = c.same_period.search(text, max(0, p.start - 24), p.start) if p.label == "year" else None
        if cue is None:
            out.append(p)
            continue
        lo = sentence_start(text, cue.start())
        sentence = [q for q in accepted[:i] if lo <= q.start and q.end <= cue.start()
                    and not c.compared.search(text, max(0, q.start - 24), q.start)]
        titled = [q for q in accepted if title is not None and title[0] <= q.start < title[1]]
        par = paragraph_start(text, cue.start())
        paragraph = [q for q in accepted[:i] if par <= q.start and q.end <= lo
                     and not c.compared.search(text, max(0, q.start - 24), q.start)]
        out.append(same_period(p, cue.start(), compared(sentence, titled, paragraph)))
    return out


def _written_year(p: _Match) -> int:
    """The year a period with a written year stands for (a range: its end's)."""
    return (p.end_date or p.start_date).year


def news_year_at(text: str, refs: list[ReferenceFact], written: list[_Match], kept: set[tuple[int, int]],
                 year: int | None) -> YearAt:
    """The year a news item's period written without one takes: that of the period named last before it with its
    year (a period kept, or a month or quarter read as a point in time outside a citation), else the stamp's
    (``year``), else that of the first period named with its year. A comparison's baseline (``So với cùng kỳ năm
    2021``, ``tăng 8% so với quý I/2022``) names another time than the narrative's: its year is taken only when the
    text writes no other (``so với thời điểm đầu tháng 8/2025, … (tháng 8 chỉ đạt …)``)."""
    ref_spans = sorted((f.start, f.end) for f in refs)
    ref_starts = [s for s, _ in ref_spans]
    anchors: list[tuple[int, int]] = []
    baselines: list[tuple[int, int]] = []
    for p in written:
        if (p.start, p.end) in kept or (p.label in ("month", "quarter") and p.year_given
                                        and not _inside(ref_spans, ref_starts, p.start, p.end)):
            (baselines if is_comparison(text, p.start) else anchors).append((p.start, _written_year(p)))

    pools = [(anchors, [a for a, _ in anchors], year), (baselines, [a for a, _ in baselines], None)]
    anchors_at = pools[0][1]

    def year_at(pos: int) -> int | None:
        # "Năm 2017, tỉnh xếp thứ 38/63 …. Mục tiêu … trong 6 tháng cuối năm": a goal ahead is of the stamp's year,
        # unless its own sentence writes a year before it
        if year is not None and (goal := plan_ahead(text, pos)) is not None:
            i = bisect.bisect_left(anchors_at, pos) - 1
            if i < 0 or anchors_at[i] < goal:
                return year
        for pool, starts, fallback in pools:
            i = bisect.bisect_left(starts, pos) - 1
            if i >= 0:
                return pool[i][1]
            if fallback is not None:
                return fallback
            if pool:  # before any written year and with no stamp: the first written after it (a headline "Quý III, …")
                return pool[0][1]
        return None

    return year_at


class PeriodExtractor(Extractor):
    name = "periods"
    version = "0.11.0"
    description = "Explicit ranges (từ ngày … đến ngày …) and named periods (tháng 4, Quý II năm 2026, 6 tháng đầu năm)"
    requires = ("references",)
    order = 20

    def extract(self, ctx: Context) -> Iterable[PeriodFact]:
        text = ctx.text
        refs: list[ReferenceFact] = list(ctx.facts.get("references", []))
        year = report_year(text)
        if is_formal(text):  # a named period without a year takes the report's year
            accepted = list(self._accepted(text, refs, iter_candidate_periods(text, period_year(text, year))))
        else:
            # a news item's: the year of the period named last before it, else its stamp's (headline's);
            # a month or quarter read as a point in time still writes the year of the narrative; a bare year there
            # may be a deadline ("đến năm 2030"): not
            written = list(iter_candidate_periods(text, None))
            kept = {(p.start, p.end) for p in self._accepted(text, refs, written)}
            year_at = news_year_at(text, refs, written, kept, year)
            accepted = list(self._accepted(text, refs, iter_candidate_periods(text, None, year_at)))
        for p in _same_periods(text, accepted):
            yield PeriodFact(
                start=p.start, end=p.end, text=text[p.start:p.end],
                start_date=p.start_date, end_date=p.end_date, label=p.label,
                reporting_start=p.reporting_start, reporting_end=p.reporting_end,
            )

    @staticmethod
    def _accepted(text: str, references: list[ReferenceFact], found: Iterable[_Match]) -> Iterator[_Match]:
        """The candidates that are periods of activity or reporting (CASES 1-3 of the module's docstring)."""
        refs = sorted((f.start, f.end) for f in references)
        ref_starts = [s for s, _ in refs]
        by_end = sorted((f.end, getattr(f, "type_code", None)) for f in references)
        ref_ends = [e for e, _ in by_end]
        c = cues()
        name_title = name_title_span(text) or _plan_title_lines(text, references)
        running = running_lines(text)  # a page's running head, said again on each page: no fact
        running_starts = [s for s, _ in running]
        own_title = report_title_span(text)
        last_end = -1
        named_before: list[_Match] = []
        for p in sorted(found, key=lambda p: (p.start, -p.end)):
            if p.start < last_end:  # overlapping readings: the longer, earlier one won
                continue
            if _inside(refs, ref_starts, p.start, p.end) or _inside(running, running_starts, p.start, p.end):
                continue
            i = bisect.bisect_right(ref_ends, p.start) - 1
            if p.label == "range" and not COUNTED_MONTHS.match(text, p.start):  # explicit, not "10 tháng đầu năm"
                if p.end_date is None or is_era(text, p.start, p.start_date, p.end_date):  # "Từ 01/7/2025" alone
                    continue
                if (p.end_date - p.start_date).days > ERA_MIN_DAYS and is_name_year(text, p.start):
                    continue  # "Chương trình … từ năm 2021 đến năm 2025": the span of a programme, in its name
            else:
                if DATE_HEAD.search(text, max(0, p.start - 24), p.start):
                    continue
                if not p.year_given and relative_year(text, p.start, p.end):
                    continue  # "quý II năm trước", "6 tháng đầu năm ngoái": no year written, as "cùng kỳ năm trước"
                if name_title is not None and name_title[0] <= p.start < name_title[1]:
                    continue
                if c.point_of_period.search(text, max(0, p.start - 20), p.start):
                    continue  # "tính đến cuối tháng 8/2025", "đầu quý II": a point in time
                if c.carried_into.search(text, max(0, p.start - 40), p.start):
                    continue  # "hồ sơ đang giải quyết chuyển sang năm 2026": where the backlog goes
                if p.label in ("month", "quarter") and c.until.search(text, max(0, p.start - 12), p.start) \
                        and not _progression(text, p, named_before):
                    continue  # "Theo thống kê, đến tháng 7/2024, thành phố có 97% …": the state at that point
                if p.label == "year":
                    before = text[max(0, p.start - 16):p.start]
                    if c.point_before.search(before) or c.sub_year.search(before):
                        continue  # "đến năm 2025", "Tuần 03 năm 2024"
                    if i >= 0 and not text[by_end[i][0]:p.start].strip(" \t"):
                        continue  # "Quyết định 468/QĐ-TTg năm 2021": the year the cited document was issued
                if own_title is None or not own_title[0] <= p.start < own_title[1]:
                    lo = clause_start(text, p.start)
                    if is_name_year(text, p.start, lo, refs):
                        continue
                    if i >= 0 and is_subject_year(text, p.start, by_end[i][0], by_end[i][1], lo):
                        continue
            last_end = p.end
            if p.label in ("month", "quarter"):
                named_before.append(p)
            yield p
