"""One synthetic report and its gold: :func:`build_report`."""

from __future__ import annotations

import random
from dataclasses import dataclass, replace

from corpus.generator import sections
from corpus.generator.builder import TextBuilder
from corpus.generator.figures import Dossiers
from corpus.generator.plan import ReportPlan, draw_plan

INJECTIONS = ("identity", "percent", "period")
EXPECTED_CODES = {"identity": "identity_failed", "percent": "percent_mismatch",
                  "period": "period_contradicts_title"}


@dataclass(frozen=True)
class Report:
    """A synthetic report: its file stem, its text, its gold (corpus/GOLD.md) and header columns."""

    stem: str
    text: str
    gold: dict
    header_left: tuple[str, ...]
    header_right: tuple[str, ...]


def build_report(seed: int, index: int, inject: str | None = None) -> Report:
    """One synthetic report (text and gold), determined by (seed, index, inject).

    ``inject`` (one of :data:`INJECTIONS`) writes one known error into the report, recorded in the
    gold's ``expected_warnings`` and ``injected``; when the report has no place for that error
    (no stated window to contradict, no percentage to corrupt) it stays consistent.
    """
    rng = random.Random(f"{seed}:{index}")
    b = TextBuilder()
    # 1. the choices: unit, period, window, date, number style
    plan = draw_plan(rng)
    # 2. header, title (and the stated window: where a "period" error goes), legal basis
    left, right = sections.write_header(b, plan, rng)
    title, stated_window = sections.write_title(b, plan, rng, wrong_year=inject == "period")
    if inject == "period" and not plan.state_window:
        inject = None  # nothing to contradict: the report stays consistent
    sections.write_legal_basis(b, plan, rng)
    # 3. the figures (an "identity" error goes into the total), then the sections stating them
    rows, total = sections.draw_rows(plan, rng)
    injected: dict | None = None
    if inject == "identity":
        total, injected = _break_identity(total, rng)
    sections.write_publicity(b, plan.style, rng)
    percent_targets = sections.write_dossiers(b, plan, total, rng)
    sections.write_targets(b, plan.style, total, rng)
    sections.write_feedback(b, plan.style, rng)
    if rng.random() < 0.6:
        sections.write_index_766(b, plan, rng)
    # 4. assessment, tasks, signature; the appendix table
    signer = sections.write_closing(b, plan, rng)
    sections.write_appendix(b, plan, rows, total, rng)
    # 5. a "percent" error: one stated percentage rewritten
    text = b.text()
    if inject == "percent" and percent_targets:
        text, injected = corrupt_percent(b, rng.choice(percent_targets), rng)
    elif inject == "percent":
        inject = None
    if inject == "identity" and injected is None:
        inject = None
    if inject == "period":
        injected = {"kind": "period", "detail": f"stated window starts {stated_window[0]} (a year early)"}
    stem = f"syn{seed}_{index:05d}"
    return Report(stem, text, _gold(stem, seed, index, plan, title, signer, inject, injected, b.facts), left, right)


def _break_identity(total: Dossiers, rng: random.Random) -> tuple[Dossiers, dict]:
    """One breakdown figure off, everywhere it is stated: no sum closes."""
    k = total.rejected + total.withdrawn + total.resolved_on_time + rng.randint(1, 9)
    total = replace(total, resolved_early=total.resolved_early + k)
    return total, {"kind": "identity", "detail": f"resolved_early stated {k} above what the totals allow"}


def corrupt_percent(b: TextBuilder, at: int, rng: random.Random) -> tuple[str, dict]:
    """Rewrite the percentage of fact ``at`` so that it no longer matches its counts; returns the
    new text and what was injected (the facts after it are shifted)."""
    fact = b.facts[at]
    old = fact["value"]
    new = round(old - rng.uniform(3, 9), 1) if old > 50 else round(old + rng.uniform(3, 9), 1)
    written = fact["text"]
    comma = "," in written or "." not in written
    body = f"{new:.1f}".replace(".", ",") if comma else f"{new:.1f}"
    new_text = body + (" %" if written.endswith(" %") else "%")
    shift = len(new_text) - len(written)
    start, end = fact["span"]
    text = b.text()
    text = text[:start] + new_text + text[end:]
    fact.update(text=new_text, value=new, span=[start, start + len(new_text)])
    for later in b.facts[at + 1:]:
        later["span"] = [later["span"][0] + shift, later["span"][1] + shift]
    return text, {"kind": "percent", "detail": f"{fact['metric']} stated {new} instead of {old}"}


def _gold(stem: str, seed: int, index: int, plan: ReportPlan, title: str, signer: dict, inject: str | None,
          injected: dict | None, facts: list[dict]) -> dict:
    """The gold file of a report (corpus/GOLD.md, plus ``generator``, ``expected_warnings``, ``injected``)."""
    unit = plan.unit
    window = plan.window  # the body always states the window its figures cover
    return {
        "seed": f"seeds/{stem}.txt",
        "notes": "synthetic report (corpus/generate.py): figures consistent unless 'injected' says otherwise",
        "generator": {"seed": seed, "index": index},
        "expected_warnings": [EXPECTED_CODES[inject]] if inject else [],
        "injected": injected if inject else None,
        "document": {
            "unit": {"type": unit.type, "name": unit.name, "province": unit.province, "code": unit.code},
            "issuer": plan.issuer,
            "number": None if plan.blank_number else plan.own.id,
            "date": plan.report_date.isoformat(),
            "title": title,
            "kind": plan.period.kind,
            "period": {"start": window[0].isoformat(), "end": window[1].isoformat()},
            "signer": signer,
        },
        "facts": facts,
    }
