"""The ``indicators`` extractor: every percentage and index score, with its metric and target.

The analysis lives in :mod:`extract.extractors.figures` (shared with ``counts``); this module
only exposes its indicators as a plugin.
"""

from __future__ import annotations

from collections.abc import Iterable

from extract.extractors.figures import analyse
from extract.facts import IndicatorFact
from extract.registry import Context, Extractor


class IndicatorExtractor(Extractor):
    name = "indicators"
    version = "2"
    description = "percentages and index scores (Bộ chỉ số 766) with metric, target, scope and rank"
    order = 60

    def extract(self, ctx: Context) -> Iterable[IndicatorFact]:
        return analyse(ctx.document).indicators
