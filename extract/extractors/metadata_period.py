"""The period a report covers and the kind its title names (part of the ``metadata`` extractor).

- kind of a range: the calendar span it covers (:func:`calendar_kind`);
- period: a range stated in the title block or the first figures, unless it contradicts the title (then the range
  the body states most often); else the title's named period (:func:`widest`: the first, or a later one containing
  it); a news item's headline naming none: the body's first period (:func:`read_period`). A plan's or a decision's
  period is the one its title names (``Kế hoạch … năm 2026``: the plan covers that year), whatever windows of past
  figures its body quotes.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

import regex

from extract.facts import PeriodFact

__all__ = ["calendar_kind", "read_period", "widest"]

def calendar_kind(start: dt.date, end: dt.date | None) -> str | None:
    """The kind of a range that covers exactly a calendar month, quarter, half or year, or a reporting window
    as long as a month or a quarter (``từ ngày 21/7 đến 20/8/2021``, ``từ 15/12/2022 đến 14/3/2023``)."""
    if end is None:
        return None
    nxt = end + dt.timedelta(days=1)
    if nxt.day != start.day:
        return None
    months = (nxt.year - start.year) * 12 + nxt.month - start.month
    if start.day != 1:
        return {1: "month", 3: "quarter"}.get(months)
    if start.month == 1 and months in (6, 9, 12):
        return {6: "half_year", 9: "nine_months", 12: "year"}[months]
    if months == 3 and start.month in (1, 4, 7, 10):
        return "quarter"
    if months == 6 and start.month == 7:
        return "half_year"
    return "month" if months == 1 else None



def widest(named: list):  # noqa: ANN202
    """The title's named period: the first, or a later one that contains it ("tháng 9 và quý III/2021" -> the
    quarter; "quý II … và phương hướng quý III" -> quý II, the next period is the plan's)."""
    if not named:
        return None
    first = named[0]
    end = first.end_date or first.start_date
    return max((p for p in named if p.start_date <= first.start_date and (p.end_date or p.start_date) >= end),
               key=lambda p: ((p.end_date or p.start_date) - p.start_date).days)


def _plausible(rng: PeriodFact, named) -> bool:  # noqa: ANN001
    """A stated range agrees with the title's named period (overlaps it, no longer than a year and a bit)."""
    if named is None or rng.end_date is None:
        return True
    if rng.end_date < rng.start_date or (rng.end_date - rng.start_date).days > 400:
        return False
    lo = named.reporting_start or named.start_date
    hi = named.end_date or named.start_date
    return rng.start_date <= hi and rng.end_date >= lo


def _is_window(rng: PeriodFact, named) -> bool:  # noqa: ANN001
    """The range is exactly the title's named period: its reporting window (15th to 14th) or its calendar bounds."""
    return ((rng.start_date, rng.end_date) == (named.reporting_start, named.reporting_end)
            or (rng.start_date, rng.end_date) == (named.start_date, named.end_date))


_FIGURE = regex.compile(r"\d")
_SENTENCE_END = regex.compile(r"[.;!?](?=\s|$)|\n")


_INTRODUCES = regex.compile(r":[ \t]*$")
# "tăng 4% so với tháng 10/2022": a comparison's baseline, never the period of the figures
_BASELINE = regex.compile(r"(?i:(?<![\p{L}\p{M}])so[ \t]+(?:với|cùng[ \t]+kỳ)(?:[ \t]+cùng[ \t]+kỳ)?)[ \t]+$")


def _sentence_after(text: str, pos: int) -> str:
    """The rest of the sentence after ``pos`` (to its full stop or the line's end); a sentence that ends its line
    with a colon introduces the next line ("(từ tháng 01/2023 đến tháng 4/2024) như sau:" / "Tổng số hồ sơ … 2.338"),
    which is read with it."""
    hi = min(len(text), pos + 400)
    m = _SENTENCE_END.search(text, pos, hi)
    end = m.start() if m is not None else hi
    if m is not None and m.group() == "\n" and _INTRODUCES.search(text, pos, end):
        nxt = text.find("\n", m.end(), hi)
        end = hi if nxt < 0 else nxt
    return text[pos:end]


def _baseline(text: str, p: PeriodFact) -> bool:
    return _BASELINE.search(text, max(0, p.start - 24), p.start) is not None


def read_period(text: str, periods: list[PeriodFact], title_span: tuple[int, int] | None, block_end: int,
                named, opening: bool = False, titled: bool = False, year: int | None = None,  # noqa: ANN001
                ) -> tuple[dt.date | None, dt.date | None, tuple[int, int] | None]:
    """(start, end, span) of the document's period; ``named``: the title's named period; ``opening``: a news item;
    ``titled``: a plan or a decision, whose period is the one its title names or states; ``year``: the report's
    (a news item's one day written without its year: "trong ngày 1/7")."""
    ranges = [p for p in periods if p.label == "range" and p.end_date is not None]
    chosen: PeriodFact | None = None
    if title_span is not None:
        in_block = [p for p in ranges if title_span[0] <= p.start < max(block_end, title_span[1])]
        chosen = in_block[0] if in_block else None
    if chosen is None and titled and named is not None:
        # "KẾ HOẠCH … năm 2020" quoting the figures of a past window ("từ 15/12/2019 đến 14/3/2020"): the plan's year
        return named.start_date, named.end_date, None
    if chosen is None and opening and named is None:
        # a news item whose headline names no period: the period of the body's first figures, named or a range
        # ("trong tháng 9/2025, … tiếp nhận 13.400 …" before "Tính từ đầu năm đến hết ngày 25/9/2025, …"; not
        # "… triển khai công tác … 6 tháng cuối năm 2025 theo hướng dẫn." with no figure in its sentence)
        first = next((p for p in periods if p.start >= block_end and p.end_date is not None
                      and not _baseline(text, p) and _FIGURE.search(_sentence_after(text, p.span[1]))), None)
        if first is not None and first.label in ("month", "quarter"):
            # the named month's reporting window stated later ("trong tháng 10-2025, …" then "từ ngày 21-9 đến
            # 20-10, tổng số hồ sơ …"): the explicit range is the figures' window
            first = next((p for p in ranges if p.start > first.start and _plausible(p, first)
                          and calendar_kind(p.start_date, p.end_date) == first.label), first)
        if first is not None and first.label != "range":
            # a window stated before it that contains it ("Báo cáo kết quả hoạt động từ ngày 1/7 - 30/9/2025 cho
            # thấy …" then "tháng 7/2025, xếp hạng 119 … Đến tháng 9/2025, …"): the month is a step inside the window
            first = next((p for p in ranges if block_end <= p.start < first.start and not _baseline(text, p)
                          and p.start_date <= first.start_date and p.end_date >= (first.end_date or first.start_date)
                          and (p.start_date, p.end_date) != (first.start_date, first.end_date)), first)
        if first is not None:
            return first.start_date, first.end_date, first.span
    if chosen is None:
        # the first range the body states ("từ 20/03/2026 đến ngày 20/4/2026 là 4051 hồ sơ"), unless a later one
        # is exactly the title's period (a nine-month report giving the last month's window first, then the
        # cumulative one: "a) Trong tháng 9/2023 (từ 15/8 …)", "b) Lũy kế 9 tháng (từ 15/12/2022 …)")
        body = [p for p in ranges if p.start >= block_end and _plausible(p, named)]
        chosen = body[0] if body else None
        if chosen is not None and named is not None and not _is_window(chosen, named):
            chosen = next((p for p in body if _is_window(p, named)), chosen)
    if chosen is not None and not _plausible(chosen, named):
        counts = Counter((p.start_date, p.end_date) for p in ranges if _plausible(p, named))
        if counts:
            (s, e), _ = counts.most_common(1)[0]
            first = next(p for p in ranges if (p.start_date, p.end_date) == (s, e))
            return s, e, first.span
    if chosen is not None:
        return chosen.start_date, chosen.end_date, chosen.span
    if named is not None:
        return named.start_date, named.end_date, None
    if opening:  # a news item's title names no period: the body's first statement of the figures' period
        first = next((p for p in periods if p.start >= block_end and p.end_date is not None
                      and not _baseline(text, p)), None)
        if first is not None:
            return first.start_date, first.end_date, first.span
        day = _one_day(text, title_span, block_end, year)
        if day is not None:
            return day[0], day[0], day[1]
    return None, None, None


# "trong ngày 1/7", "trong sáng 23-2", "trong buổi chiều ngày 15/3/2025": the one day a news item's figures cover
_DAY = regex.compile(r"(?i)(?<![\p{L}\p{M}])trong[ \t]+(?:(?:buổi[ \t]+)?(?:sáng|chiều|tối)[ \t]+)?(?:ngày[ \t]+)?"
                     r"(?P<day>(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})(?:[/.-](?P<y>(?:19|20)\d\d))?)(?![\d/.-]*\d)")
OPENING_REACH = 1500  # characters of a news item's body read for the day its figures cover


def _one_day(text: str, title_span: tuple[int, int] | None, block_end: int, year: int | None,
             ) -> tuple[dt.date, tuple[int, int]] | None:
    """The day a news item naming no period tells the figures of: written with ``trong`` in its headline, or in
    the opening with a figure in the rest of its sentence ("trong sáng 23-2, toàn tỉnh đã tiếp nhận 1.665 hồ sơ");
    the year as written, else the item's (its stamp's)."""
    lo = title_span[0] if title_span is not None else block_end
    for m in _DAY.finditer(text, lo, min(len(text), block_end + OPENING_REACH)):
        in_title = title_span is not None and m.start() < title_span[1]
        if not in_title and not _FIGURE.search(_sentence_after(text, m.end())):
            continue
        y = int(m.group("y")) if m.group("y") else year
        if y is None:  # "… trong ngày 1/7" in a headline of an undated item: the body may write its year
            continue
        try:
            return dt.date(y, int(m.group("m")), int(m.group("d"))), m.span("day")
        except ValueError:  # no such day ("ngày 31/6"): a slip, or no date at all; a later one may be the day
            continue
    return None
