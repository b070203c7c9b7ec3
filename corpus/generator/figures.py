"""The figures of a synthetic report: one Biểu 06 row of dossier counts, and how a report writes
its numbers (``4.911`` or ``4911``, ``99,72%`` or ``98.7 %``)."""

from __future__ import annotations

import random
from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Dossiers:
    """One row of Biểu 06 (columns (3)..(16)); the three totals are stored, not derived, so an
    injected error can break an identity while the total stays as stated."""

    received_total: int
    received_online: int
    received_direct: int
    carried_over: int
    resolved_total: int
    resolved_early: int
    resolved_on_time: int
    resolved_late: int
    rejected: int
    withdrawn: int
    pending_total: int
    pending_in_time: int
    pending_late: int
    supplement_requested: int

    @property
    def received_in_period(self) -> int:
        """Received in the period (online + direct): the base of the online submission rate."""
        return self.received_online + self.received_direct

    @property
    def finished_by_deadline(self) -> int:
        """Early + on time + late: the base of the on-time rate."""
        return self.resolved_early + self.resolved_on_time + self.resolved_late

    def __add__(self, other: Dossiers) -> Dossiers:
        return Dossiers(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))


#: Biểu 06 columns (3)..(16), in order
COLUMNS = tuple(f.name for f in fields(Dossiers))


def _share(rng: random.Random, n: int, lo: float, hi: float) -> int:
    return min(n, round(n * rng.uniform(lo, hi)))


def make_dossiers(rng: random.Random, received: int) -> Dossiers:
    """A consistent row: received = online + direct + carried = resolved + pending;
    resolved = early + on time + late + rejected + withdrawn; pending = in time + late + supplement."""
    carried = _share(rng, received, 0.0, 0.03)
    online = _share(rng, received - carried, 0.85, 1.0)
    direct = received - carried - online
    pending = _share(rng, received, 0.0, 0.05)
    resolved = received - pending
    rejected = _share(rng, resolved, 0.0, 0.01)
    withdrawn = _share(rng, resolved - rejected, 0.0, 0.01)
    late = _share(rng, resolved - rejected - withdrawn, 0.0, 0.01)
    on_time = _share(rng, resolved - rejected - withdrawn - late, 0.0, 0.08)
    early = resolved - rejected - withdrawn - late - on_time
    supplement = _share(rng, pending, 0.0, 0.3)
    pending_late = _share(rng, pending - supplement, 0.0, 0.1)
    return Dossiers(received, online, direct, carried, resolved, early, on_time, late, rejected, withdrawn,
                    pending, pending - supplement - pending_late, pending_late, supplement)


@dataclass(frozen=True)
class NumberStyle:
    """How one report writes its figures (real reports: 4.911 and 4911, 99,72% and 98.7%, 02, 100 %)."""

    group_thousands: bool = True
    decimal_comma: bool = True
    leading_zero: bool = False
    space_before_percent: bool = False
    decimals: int = 2

    def count(self, n: int) -> str:
        """A count as written: ``4.911`` / ``4911``, ``02`` when small numbers get a leading zero."""
        if self.leading_zero and 0 < n < 10:
            return f"0{n}"
        return f"{n:,}".replace(",", ".") if self.group_thousands else str(n)

    def rate(self, num: int, den: int) -> tuple[str, float]:
        """``num/den`` as written (``99,72%``) and the value a reader should find (99.72)."""
        value = round(100.0 * num / den, self.decimals) if den else 100.0
        return self.percent(value), value

    def percent(self, value: float) -> str:
        """A percentage as written: ``99,72%``, ``98.7 %``, ``100%``."""
        if value == int(value):
            body = str(int(value))
        else:
            body = f"{value:.{self.decimals}f}".rstrip("0")
            body = body.replace(".", ",") if self.decimal_comma else body
        return body + (" %" if self.space_before_percent else "%")

    def score(self, value: float) -> str:
        """A Bộ chỉ số 766 score as written: ``17,5``, ``20`` (always a decimal comma)."""
        body = f"{value:.2f}".rstrip("0").rstrip(".")
        return body.replace(".", ",")


def random_style(rng: random.Random) -> NumberStyle:
    """A number style drawn with the frequencies seen in real reports."""
    return NumberStyle(group_thousands=rng.random() < 0.7, decimal_comma=rng.random() < 0.8,
                       leading_zero=rng.random() < 0.5, space_before_percent=rng.random() < 0.15,
                       decimals=rng.choice((1, 2, 2)))
