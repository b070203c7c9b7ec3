"""Helpers shared by the extractor tests: run one extractor over a text, or the metadata chain.

Import them as ``from tests.helpers import ...`` (pytest's pythonpath = ["."]).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from extract.document import Document, Source
from extract.extractors.counts import CountExtractor
from extract.extractors.metadata import MetadataExtractor
from extract.extractors.periods import PeriodExtractor
from extract.extractors.references import ReferenceExtractor
from extract.facts import ReportMeta
from extract.readers.txt import read_txt
from extract.registry import Context

TXT_SOURCE = Source("test.txt", "0" * 64, "txt")


def extracted(text: str, extractor: Callable[[], Any]) -> list[Any]:
    """The facts a fresh ``extractor()`` finds in ``text`` read as a TXT file; each fact's span is
    checked to be its text."""
    document = read_txt(text.encode("utf-8"), TXT_SOURCE)
    facts = list(extractor().extract(Context(document=document)))
    for f in facts:
        assert document.text[f.start:f.end] == f.text
    return facts


def facts_by_text(text: str, extractor: Callable[[], Any], *fields: str) -> dict[str, tuple[Any, ...]]:
    """``{fact.text: (fact.<field>, ...)}`` of the facts :func:`extracted` finds."""
    return {f.text: tuple(getattr(f, name) for name in fields) for f in extracted(text, extractor)}


def fact_rows(text: str, extractor: Callable[[], Any], *fields: str) -> list[tuple[Any, ...]]:
    """``[(fact.<field>, ...)]`` of the facts :func:`extracted` finds, in their order."""
    return [tuple(getattr(f, name) for name in fields) for f in extracted(text, extractor)]


# the units of the counts the count batteries list: an ``other`` count of another unit (staff, money) is left out
FAMILY_UNITS = frozenset({"hồ sơ", "thủ tục", "phản ánh, kiến nghị"})


def count_rows(text: str, *fields: str) -> list[tuple[Any, ...]]:
    """``[(fact.<field>, ...)]`` of the counts in ``text``, in order, but an ``other`` count of a unit that is no
    dossier, procedure or feedback item."""
    return [tuple(getattr(f, name) for name in fields) for f in extracted(text, CountExtractor)
            if not (f.metric == "other" and f.unit not in FAMILY_UNITS)]


def report_opening(unit: str, period: str) -> str:
    """The opening of a made-up report of ``unit`` (``"XÃ MINH PHÚ"``): its committee, its title for ``period``
    (``"quý II năm 2025"``), then a blank line, as the round batteries put before their sentences."""
    return f"ỦY BAN NHÂN DÂN\n{unit}\n\nBÁO CÁO\nKết quả giải quyết thủ tục hành chính {period}\n\n"


# the openings several batteries share: a commune's and a district's report, a monthly commune report, a news item
COMMUNE = report_opening("XÃ MINH PHÚ", "quý II năm 2025")
DISTRICT = report_opening("HUYỆN SÔNG LÔ", "năm 2024")
MONTHLY_COMMUNE = report_opening("XÃ AN THẠNH", "tháng 5 năm 2026")
NEWS = "Kết quả cải cách hành chính năm 2025\n\n14/01/2026\n\n"


def report_meta(text: str) -> ReportMeta:
    """The report's metadata: references, periods, then metadata run over ``text`` as one Document."""
    ctx = Context(document=Document(text, Source("t.txt", "0" * 64, "txt")))
    for ex in (ReferenceExtractor(), PeriodExtractor(), MetadataExtractor()):
        ctx.facts[ex.name] = list(ex.extract(ctx))
    return ctx.meta
