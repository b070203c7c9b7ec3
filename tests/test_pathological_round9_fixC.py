"""Inputs that once made the re-reading of counts by identities quadratic (every received total compared with every
fact of the text) or let a sentence with no stop reach back to the start of the text: they must finish, with every
span exact. Correctness tests; the one bound on time is generous (speed is measured in `make bench`)."""

from __future__ import annotations

import time
from pathlib import Path

from extract.extractors.figure_count_settle import settle_by_identities
from extract.facts import CountFact
from tests.test_pathological_inputs import _check


def test_many_received_totals_settle_in_linear_time() -> None:
    text = "".join(f"tiếp nhận {n:05d} hồ sơ, " for n in range(20000))
    step = len("tiếp nhận 00000 hồ sơ, ")
    facts = [CountFact(start=i * step + 10, end=i * step + 15, text=text[i * step + 10:i * step + 15],
                       metric="received_total", value=i, unit="hồ sơ") for i in range(20000)]
    assert all(f.text == f"{i:05d}" for i, f in enumerate(facts))
    t0 = time.perf_counter()
    out = settle_by_identities(text, facts)
    assert time.perf_counter() - t0 < 10
    assert [f.metric for f in out] == ["received_total"] * len(facts)


def test_long_stopless_list_of_counts(tmp_path: Path) -> None:
    text = "Tiếp nhận " + ", ".join(f"tiếp nhận {n} hồ sơ" for n in range(1, 1500)) + "\n"
    facts = _check(tmp_path, text)
    assert sum(1 for f in facts if f.type == "count") >= 1000
