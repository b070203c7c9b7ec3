"""The choices a synthetic report is built from, drawn before any of its text is written."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass

from corpus.generator.builder import Citation
from corpus.generator.figures import NumberStyle, random_style
from corpus.generator.periods import Period, pick_period
from corpus.generator.phrasing import load_phrasing
from normalize.units import AdminUnit, load_units


@dataclass(frozen=True)
class ReportPlan:
    """Who reports on what: the unit, the period, the window its figures cover, the report's date
    and number, and how it writes numbers."""

    units: Sequence[AdminUnit]  # the official list the unit was drawn from
    unit: AdminUnit
    style: NumberStyle
    period: Period
    by_centre: bool  # issued by the Trung tâm Phục vụ hành chính công, else by the Ủy ban nhân dân
    window: tuple[dt.date, dt.date]  # the window the figures cover
    state_window: bool  # whether the report states that window under its title
    report_date: dt.date
    blank_number: bool  # a draft: "Số: /BC-UBND"
    own: Citation  # the report's own number

    @property
    def unit_title(self) -> str:
        """``xã Thượng Hồng``."""
        return f"{self.unit.type} {self.unit.name}"

    @property
    def issuer(self) -> str:
        """The issuing body as the report names it."""
        if self.by_centre:
            return f"Trung tâm Phục vụ hành chính công {self.unit_title}"
        return f"Ủy ban nhân dân {self.unit_title}"

    @property
    def province_word(self) -> str:
        """``thành phố`` for a centrally-run city, else ``tỉnh``."""
        return "thành phố" if self.unit.province in load_phrasing().cities else "tỉnh"

    @property
    def units_in_province(self) -> int:
        """How many units a rank within the province is out of."""
        return sum(1 for u in self.units if u.province == self.unit.province)


def draw_plan(rng: random.Random) -> ReportPlan:
    """Draw a report's plan (the first draws of a report's ``rng``, in this order)."""
    units = load_units()
    unit = rng.choice(units)
    style = random_style(rng)
    period = pick_period(rng)
    by_centre = rng.random() < 0.5
    window = period.reporting if rng.random() < 0.6 else period.calendar
    state_window = rng.random() < 0.6
    report_date = window[1] + dt.timedelta(days=rng.randint(1, 8))
    blank_number = rng.random() < 0.2
    own = Citation(None, str(rng.randint(1, 450)).zfill(2), "BC-TTPVHCC" if by_centre else "BC-UBND")
    return ReportPlan(units, unit, style, period, by_centre, window, state_window, report_date, blank_number, own)
