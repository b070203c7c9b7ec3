"""The text builder: writes a report and records each fact at the offsets it is written at, so the
gold spans are exact by construction."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from corpus.generator.figures import NumberStyle


@dataclass(frozen=True)
class Citation:
    """A cited document: ``Nghị định số 61/2018/NĐ-CP``, or the report's own ``Số: 12/BC-UBND``."""

    kind: str | None  # the type word as written ("Nghị định"), None on the "Số:" line
    number: str
    code: str
    year: int | None = None
    about: str = ""

    @property
    def id(self) -> str:
        """The number as cited: ``61/2018/NĐ-CP``, ``12/BC-UBND``."""
        return f"{self.number}/{self.year}/{self.code}" if self.year else f"{self.number}/{self.code}"


@dataclass
class TextBuilder:
    """Writes the report and records each fact at the offsets it is written at."""

    parts: list[str] = field(default_factory=list)
    facts: list[dict] = field(default_factory=list)
    length: int = 0

    def add(self, text: str) -> TextBuilder:
        """Append text that is no fact."""
        self.parts.append(text)
        self.length += len(text)
        return self

    def fact(self, text: str, **attrs) -> TextBuilder:
        """Append ``text`` and record it as a fact (``type`` and the other gold fields in ``attrs``)."""
        self.facts.append({"type": attrs.pop("type"), "span": [self.length, self.length + len(text)], "text": text,
                           **attrs})
        return self.add(text)

    def block(self) -> TextBuilder:
        """End the block (a blank line)."""
        return self.add("\n\n")

    def text(self) -> str:
        """The report written so far."""
        return "".join(self.parts)

    # facts by type ------------------------------------------------------------------------
    def count(self, value: int, style: NumberStyle, metric: str, unit: str = "hồ sơ", *, word: str | None = None,
              scope: str | None = None, table: bool = False, label: str | None = None) -> TextBuilder:
        """A count fact: ``4.911 hồ sơ`` (the bare number in a table cell or with ``word=""``)."""
        written = style.count(value)
        text = written if table or word == "" else f"{written} {word or unit}"
        extra = {"label": label} if label else {}
        return self.fact(text, type="count", metric=metric, value=value, unit=unit, scope=scope, **extra)

    def indicator(self, text: str, value: float, metric: str, *, unit: str = "%", target: dict | None = None,
                  **extra) -> TextBuilder:
        """An indicator fact written as ``text`` (a rate, a score)."""
        return self.fact(text, type="indicator", metric=metric, value=value, unit=unit, target=target, scope=None,
                         **extra)

    def period(self, text: str, start: dt.date, end: dt.date, label: str) -> TextBuilder:
        """A period fact written as ``text``."""
        return self.fact(text, type="period", start=start.isoformat(), end=end.isoformat(), label=label)

    def reference(self, text: str, ref: Citation, date: dt.date | None) -> TextBuilder:
        """A reference fact written as ``text`` (citing ``ref``, issued on ``date`` when stated)."""
        return self.fact(text, type="reference", id=ref.id, kind=ref.kind, number=ref.number, year=ref.year,
                         code=ref.code, date=date.isoformat() if date else None)
