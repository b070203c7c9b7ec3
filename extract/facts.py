"""Facts: what extractors find, each with its exact place in the Document text.

One dataclass per fact type; ``to_json`` writes the shape of spec/output.md (``type``,
``span``, ``text`` and the type's own fields). Values are already normalised (ints, floats,
ISO dates) by normalize/; a fact never holds a raw string where a value belongs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from typing import Any, ClassVar


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Target):
        return value.to_json()
    return value


@dataclass(frozen=True, slots=True)
class Target:
    """The target an indicator is measured against: ``chỉ tiêu giao ≥ 60%``."""

    op: str  # ">=", "=", ">", "<=", "<"
    value: float

    def to_json(self) -> dict:
        return {"op": self.op, "value": self.value}


@dataclass(frozen=True, slots=True, kw_only=True)
class Fact:
    type: ClassVar[str] = "fact"

    start: int
    end: int
    text: str
    extractor: str = ""  # "name@version", set by the registry

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    def to_json(self) -> dict:
        out: dict[str, Any] = {"type": self.type, "span": [self.start, self.end], "text": self.text}
        for f in fields(self):
            if f.name in ("start", "end", "text"):
                continue
            out[f.name] = _jsonable(getattr(self, f.name))
        return out


@dataclass(frozen=True, slots=True, kw_only=True)
class ReferenceFact(Fact):
    type: ClassVar[str] = "reference"

    id: str
    kind: str | None = None  # type word written before "số": "Quyết định", "Công văn" ...
    number: str
    year: int | None = None
    code: str  # "QĐ-UBND", "UBND-TTPVHCC"
    type_code: str | None = None  # "QĐ"; None for a công văn (no type code)
    issuer: str | None = None  # "UBND"
    date: dt.date | None = None
    own: bool = False  # the report's own number (its "Số:" line)


@dataclass(frozen=True, slots=True, kw_only=True)
class PeriodFact(Fact):
    type: ClassVar[str] = "period"

    start_date: dt.date
    end_date: dt.date | None  # None: open end ("Từ 01/7/2025")
    label: str  # range, month, quarter, half_year, nine_months, year
    # the official reporting window (15th to 14th, Nghị định 09/2019/NĐ-CP) as a second reading
    reporting_start: dt.date | None = None
    reporting_end: dt.date | None = None

    def to_json(self) -> dict:
        out = {"type": self.type, "span": [self.start, self.end], "text": self.text,
               "start": _jsonable(self.start_date), "end": _jsonable(self.end_date),
               "label": self.label, "extractor": self.extractor}
        if self.reporting_start is not None:
            out["reporting"] = {"start": _jsonable(self.reporting_start), "end": _jsonable(self.reporting_end)}
        return out


@dataclass(frozen=True, slots=True, kw_only=True)
class CountFact(Fact):
    type: ClassVar[str] = "count"

    metric: str
    value: int
    unit: str  # "hồ sơ", "thủ tục", "phản ánh, kiến nghị", ...
    scope: str | None = None
    label: str | None = None  # the phrase, for metric "other"
    table: int | None = None  # index of the table the cell belongs to, for table cells


@dataclass(frozen=True, slots=True, kw_only=True)
class IndicatorFact(Fact):
    type: ClassVar[str] = "indicator"

    metric: str
    value: float
    unit: str  # "%" or "điểm"
    target: Target | None = None
    scope: str | None = None
    max: float | None = None  # "19,99/20 điểm" -> 20
    rank: int | None = None  # "xếp 25/114" -> 25
    rank_of: int | None = None  # -> 114
    qualifier: str | None = None  # ">" for "trên 97%"
    label: str | None = None


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    title: str | None = None

    def to_json(self) -> dict:
        return {"name": self.name, "title": self.title}


@dataclass(frozen=True, slots=True)
class Unit:
    type: str | None  # "xã", "phường", "đặc khu", or a higher level
    name: str
    province: str | None = None
    code: str | None = None

    def to_json(self) -> dict:
        return {"type": self.type, "name": self.name, "province": self.province, "code": self.code}


@dataclass(frozen=True, slots=True)
class ReportMeta:
    """What the report says about itself: the ``document`` object of the output contract."""

    unit: Unit | None = None
    issuer: str | None = None
    number: str | None = None
    date: dt.date | None = None
    title: str | None = None
    kind: str | None = None  # month, quarter, half_year, nine_months, year, other
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    signer: Person | None = None
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)  # where each field was read

    def to_json(self) -> dict:
        period = None
        if self.period_start is not None:
            period = {"start": _jsonable(self.period_start), "end": _jsonable(self.period_end)}
        return {
            "unit": self.unit.to_json() if self.unit else None,
            "issuer": self.issuer,
            "number": self.number,
            "date": _jsonable(self.date),
            "title": self.title,
            "kind": self.kind,
            "period": period,
            "signer": self.signer.to_json() if self.signer else None,
        }


EMPTY_META = ReportMeta()


@dataclass(frozen=True)
class ValidationWarning:
    """A figure that does not add up (extract.validation): a stable ``code``, a message a person reads, the spans."""

    code: str
    message: str
    spans: tuple[tuple[int, int], ...] = ()
    details: dict = field(default_factory=dict)

    def to_json(self) -> dict:
        return {"code": self.code, "message": self.message, "spans": [list(s) for s in self.spans],
                "details": self.details}
