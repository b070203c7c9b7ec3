"""The parts of an intake told as short labels under an introduction ending on a verb of receiving, and their sum line:

    Trong quý, Bộ phận Một cửa xã tiếp nhận:
    - mới: 487;
    - kỳ trước chuyển sang: 12;
    => tổng 499 hồ sơ.

The ``mới`` line (figures.toml ``[count_intake] labels``: ``tiếp nhận mới``, ``trong kỳ``, ``phát sinh``) is the
period's own intake (received_in_period), the carried-over line keeps its cue, and a line opened by a sum sign and a
total word (``=> tổng``, ``= tổng``, ``→ tổng cộng``) right under such items is everything received
(:mod:`extract.extractors.figure_counts`). A label with no receiving introduction above it names nothing.
"""

from __future__ import annotations

from functools import cache

import regex

from extract.extractors.figure_blocks import LINE_MARK_RE
from extract.extractors.figure_cues import load_raw, longest_words
from extract.extractors.figure_lists import list_intro
from extract.extractors.figure_page import Page
from extract.extractors.figure_scan import Figure
from normalize.text import fold

RECEIVING = frozenset({"received_total", "received_in_period"})
INTRO_REACH = 400  # how far above the items the introduction's colon may be


@cache
def _label_re() -> regex.Pattern[str]:
    # a list line's mark, the label, a colon (or none), then the figure
    return regex.compile(rf"[^\S\n]*[-+*•–][^\S\n]*(?:{longest_words('count_intake', 'labels')})[^\S\n]*:?[^\S\n]*$")


@cache
def _sum_re() -> regex.Pattern[str]:
    marks = "|".join(regex.escape(fold(m)) for m in sorted(_raw_marks(), key=len, reverse=True))
    return regex.compile(rf"[^\S\n]*(?:{marks})[^\S\n]*tong(?:[^\S\n]+(?:so|cong))?[^\S\n]*(?:la|:)?[^\S\n]*$")


def _raw_marks() -> list[str]:
    return list(load_raw().get("count_intake", {}).get("sum_marks", ()))


def _receiving_intro(page: Page, colon: int) -> bool:
    """The introduction's colon at ``colon`` closes a verb of receiving (only spaces between)."""
    cue = page.cues["dossier"].nearest(max(0, colon - 60), colon + 1)
    return cue is not None and cue.metric in RECEIVING and not page.ft[cue.end:colon].strip()


def intake_part(page: Page, fig: Figure) -> bool:
    """A figure on a list line of a new-intake label under a receiving introduction (the module docstring)."""
    ft = page.ft
    ls = ft.rfind("\n", 0, fig.start) + 1
    if _label_re().fullmatch(ft, ls, fig.start) is None:
        return False
    colon = list_intro(ft, page.st, fig.start)
    return colon is not None and fig.start - colon <= INTRO_REACH and _receiving_intro(page, colon)


def intake_sum(page: Page, fig: Figure) -> bool:
    """A figure on a sum line (``=> tổng 499 hồ sơ``) right under the list lines of a receiving introduction."""
    ft = page.ft
    ls = ft.rfind("\n", 0, fig.start) + 1
    if ls == 0 or _sum_re().fullmatch(ft, ls, fig.start) is None:
        return False
    above = ft.rfind("\n", 0, ls - 1) + 1
    if LINE_MARK_RE.match(ft, above).lastgroup == "ind":
        return False
    colon = list_intro(ft, page.st, above + 1)
    return colon is not None and fig.start - colon <= INTRO_REACH and _receiving_intro(page, colon)


def intake_metric(page: Page, fig: Figure) -> str | None:
    """received_in_period for a new-intake item, received_total for its sum line, else None."""
    if intake_part(page, fig):
        return "received_in_period"
    return "received_total" if fig.kind == "count" and intake_sum(page, fig) else None
