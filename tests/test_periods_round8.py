"""Round 8: a year after a plan cited by its number and its issuer only is the sentence's period; a name written
after the issuer keeps it a name's (own sentences, positive and negative)."""

from __future__ import annotations

import pytest

from extract.document import Document, Source
from extract.extractors.periods import PeriodExtractor
from extract.extractors.references import ReferenceExtractor
from extract.registry import Context


def _years(text: str) -> list[str]:
    ctx = Context(document=Document(text, Source("t.txt", "0" * 64, "txt")))
    ctx.facts["references"] = list(ReferenceExtractor().extract(ctx))
    return [p.text for p in PeriodExtractor().extract(ctx) if p.label == "year"]


@pytest.mark.parametrize(("text", "years"), [
    # only the issuer between the citation and the year: the year reported on
    ("Ngày 02/12/2024, UBND xã báo cáo kết quả thực hiện Kế hoạch số 15/KH-UBND ngày 11/01/2024 của UBND tỉnh "
     "năm 2024.", ["năm 2024"]),
    ("Xã đã thực hiện Kế hoạch số 15/KH-UBND ngày 11/01/2024 của Ủy ban nhân dân huyện Lộc Hà năm 2024.",
     ["năm 2024"]),
    # a name after the issuer: the plan's name ends in the year
    ("UBND xã ban hành Kế hoạch số 20/KH-UBND ngày 06/8/2025 của UBND xã tuyên truyền công tác cải cách hành "
     "chính năm 2025.", []),
    # a subject after the citation: the year is in the cited plan's name
    ("Thực hiện Kế hoạch số 15/KH-UBND ngày 11/01/2024 của UBND tỉnh về kiểm soát thủ tục hành chính năm 2024.",
     []),
    # a plan named by words, no number: a name's year
    ("UBND xã ban hành Kế hoạch cải cách hành chính năm 2024.", []),
])
def test_year_after_cited_plan(text: str, years: list[str]) -> None:
    assert _years(text) == years
