"""Reporting periods of a synthetic report, how a title names them, and how dates are written."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def _month_end(year: int, month: int) -> dt.date:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


@dataclass(frozen=True)
class Period:
    """A reporting period: ``kind`` of ``year`` (``index``: the month 1..12 or the quarter 1..4)."""

    kind: str  # month | quarter | half_year | nine_months | year
    year: int
    index: int = 0  # month 1..12 or quarter 1..4

    @property
    def months(self) -> tuple[int, int]:
        """The first and the last month covered."""
        return {"month": (self.index, self.index), "quarter": (3 * self.index - 2, 3 * self.index),
                "half_year": (1, 6), "nine_months": (1, 9), "year": (1, 12)}[self.kind]

    @property
    def calendar(self) -> tuple[dt.date, dt.date]:
        """The calendar window: first day of the first month to last day of the last."""
        first, last = self.months
        return dt.date(self.year, first, 1), _month_end(self.year, last)

    @property
    def reporting(self) -> tuple[dt.date, dt.date]:
        """The reporting regime's window (Nghị định 09/2019): the 15th before to the 14th."""
        first, last = self.months
        start = dt.date(self.year - (first == 1), (first - 2) % 12 + 1, 15)
        return start, dt.date(self.year, last, 14)

    def phrase(self, rng: random.Random, *, upper: bool = False) -> str:
        """How a title names the period: ``tháng 3 năm 2026``, ``Quý II năm 2026``, ``năm 2025``."""
        if self.kind == "month":
            text = f"tháng {self.index:02d} năm {self.year}" if rng.random() < 0.3 else f"tháng {self.index} năm {self.year}"
        elif self.kind == "quarter":
            text = f"Quý {ROMAN[self.index]} năm {self.year}" if rng.random() < 0.6 else f"quý {ROMAN[self.index]} năm {self.year}"
        elif self.kind == "half_year":
            text = f"6 tháng đầu năm {self.year}"
        elif self.kind == "nine_months":
            text = f"9 tháng đầu năm {self.year}"
        else:
            text = f"năm {self.year}"
        return text.upper() if upper else text

    def next(self) -> Period:
        """The period after this one (the one "phương hướng, nhiệm vụ" is planned for)."""
        if self.kind == "month":
            return Period("month", self.year + (self.index == 12), self.index % 12 + 1)
        if self.kind == "quarter":
            return Period("quarter", self.year + (self.index == 4), self.index % 4 + 1)
        if self.kind == "half_year":
            return Period("half_year", self.year, 2)  # "6 tháng cuối năm"
        return Period("year", self.year + 1)


def next_phrase(period: Period, rng: random.Random) -> tuple[str, dt.date, dt.date, str]:
    """The next period as a title names it, with its window and kind label."""
    nxt = period.next()
    if period.kind == "half_year":
        return f"6 tháng cuối năm {period.year}", dt.date(period.year, 7, 1), dt.date(period.year, 12, 31), "half_year"
    if period.kind == "nine_months":
        return f"quý IV năm {period.year}", dt.date(period.year, 10, 1), dt.date(period.year, 12, 31), "quarter"
    start, end = nxt.calendar
    return nxt.phrase(rng), start, end, nxt.kind


def pick_period(rng: random.Random) -> Period:
    """A period a commune of the two-tier system may report on (they report from July 2025 on)."""
    year = rng.choice((2025, 2026))
    kind = rng.choices(("month", "quarter", "half_year", "nine_months", "year"), (5, 3, 1.5, 1, 1))[0]
    if kind == "month":
        return Period("month", year, rng.randint(8 if year == 2025 else 1, 12))
    if kind == "quarter":
        return Period("quarter", year, rng.randint(3 if year == 2025 else 1, 4))
    return Period(kind, 2025 if kind == "year" else 2026)


def written_date(date: dt.date, rng: random.Random) -> str:
    """``15/3/2026`` or ``15/03/2026``."""
    return f"{date.day:02d}/{date.month:02d}/{date.year}" if rng.random() < 0.5 else f"{date.day}/{date.month}/{date.year}"
