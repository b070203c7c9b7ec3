"""Parts told after a count's key and a colon: ``- 3 HS trễ hạn: đất đai 2, hộ tịch 1 (do …)``, ``Quá hạn 5 hồ sơ
thuộc: Phòng A 3; Phòng B 2``. The bare figures after the colon, each after its own field or sub-unit, share out the
count before the key (:mod:`extract.extractors.figure_counts`)."""

from __future__ import annotations

import bisect

import regex

from extract.extractors.figure_blocks import field_name
from extract.extractors.figure_count_words import metric_family
from extract.extractors.figure_page import Page
from extract.extractors.figure_scan import FAMILY_UNIT, Figure
from extract.extractors.figure_scope import field_scope
from extract.facts import CountFact

# the count's own words (no figure, no stop), a colon, then the items so far: a label and a figure each, joined by a
# comma, a semicolon or "và", all on the count's line
_WORD = r"[^\W\d_]+"
_LABEL = rf"(?:{_WORD}[^\S\n]+){{1,10}}?"
KEYED_PARTS_RE = regex.compile(
    rf"(?:[^\S\n]+{_WORD}){{1,6}}[^\S\n]*:[^\S\n]*{_LABEL}"
    rf"(?:[0-9][0-9.]*[^\S\n]*(?:[,;]|,?[^\S\n]*va(?!\w))[^\S\n]*{_LABEL}){{0,12}}")
REACH = 240


def keyed_total(page: Page, fig: Figure) -> str | None:
    """The metric of the count whose key and colon a bare figure follows as one of its labelled parts (the module
    docstring); None where the count before them is of no family or is read as ``other``, or does not end the key."""
    if fig.kind != "bare":
        return None
    figs = page.figures
    n = bisect.bisect_left(figs, fig.start, key=_start)
    lo = max(0, fig.start - REACH, page.ft.rfind("\n", 0, fig.start) + 1)
    while n > 0 and figs[n - 1].kind == "bare" and figs[n - 1].start >= lo:
        n -= 1  # the parts told before it on the line
    if n == 0 or (total := figs[n - 1]).kind != "count" or total.start < lo \
            or KEYED_PARTS_RE.fullmatch(page.ft, total.end, fig.start) is None:
        return None
    label = _label(page, fig)
    cues = page.cues.get(total.family or "")
    if label is None or cues is None or cues.first(label[0], fig.start) is not None:
        return None  # (a part named by a status or channel, "trực tuyến 80", is read by its cue)
    unit = FAMILY_UNIT.get(total.family or "")
    fact = page.last_count(unit, total.start, total.start + 1) if unit else None
    return fact.metric if fact is not None and fact.metric != "other" else None


# the label right before a part: the words after the colon, comma, semicolon or "và" before it
PART_LABEL_RE = regex.compile(rf"(?:(?<![^\n])|[:,;]|(?<!\w)va)[^\S\n]*(?P<label>(?:{_WORD}[^\S\n]+){{1,10}})$")


def part_label(page: Page, fig: Figure) -> str | None:
    """The words naming a keyed part (``hộ tịch`` in ``…: đất đai 2, hộ tịch 1``), a field's head word left out."""
    label = _label(page, fig)
    return field_name(" ".join(page.text[label[0]:label[1]].split())) if label is not None else None


def _label(page: Page, fig: Figure) -> tuple[int, int] | None:
    lo = max(0, fig.start - 120, page.ft.rfind("\n", 0, fig.start) + 1)
    m = PART_LABEL_RE.search(page.ft, lo, fig.start)
    return m.span("label") if m is not None else None


def _start(f: Figure) -> int:
    return f.start


def keyed_part(page: Page, fig: Figure, scope: str | None) -> CountFact | None:
    """The count a bare keyed part (module docstring) reads as: its total's metric, scoped by its field, sub-unit or
    label; None where it is no such part or names nothing."""
    if (keyed := keyed_total(page, fig)) is None:
        return None
    if (part := scope or field_scope(page, fig) or part_label(page, fig)) is None:
        return None
    return CountFact(start=fig.start, end=fig.end, text=page.text[fig.start:fig.end], metric=keyed,
                     value=int(fig.value), unit=FAMILY_UNIT[metric_family(keyed)], scope=part)
