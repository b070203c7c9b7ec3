"""The metric of a scoped count in a list with no metric words before its items (read by
:func:`extract.extractors.figure_counts.read_count` for a cue-less count of a field, sub-unit or level).

- a labelled line (``- Hồ sơ quá hạn: Chi nhánh A 38 hồ sơ; Phòng B 04 hồ sơ.``): the label's own metric words win;
- a breakdown line (``Phân theo lĩnh vực: Hộ tịch 486 hồ sơ; Chứng thực 702 hồ sơ``, ``+ Theo đơn vị: Văn phòng A
  2.317 hồ sơ; Phòng B 412``, ``Chia theo cấp: …``): the metric its section's heading names (``1. Tình hình tiếp
  nhận``, ``2. Kết quả``; data/figures.toml ``[breakdown.headings]``, one metric's words only), else the metric of
  the stated total of its section its items add up to;
- else the stated total a list of lines adds up to (:func:`extract.extractors.figure_count_sums.summed_metric`),
  the list's introduction (:func:`extract.extractors.figure_sections.intro_metric`), or the family's default.
"""

from __future__ import annotations

from functools import cache

import regex

from extract.extractors.figure_blocks import LINE_MARK_RE
from extract.extractors.figure_count_sums import summed_metric, total_metric
from extract.extractors.figure_cue_match import words
from extract.extractors.figure_cues import load_raw
from extract.extractors.figure_lists import list_intro
from extract.extractors.figure_page import Page, text_label
from extract.extractors.figure_scan import FAMILY_UNIT, Figure
from extract.extractors.figure_sections import intro_metric

LABEL_MAX = 80  # characters from a line's mark to the colon of its label
SUM_REACH = 400  # how far above a summing line the items it sums are looked for
SECTION_REACH = 2400  # how far before the line its section's heading and totals are looked for


@cache
def _data() -> tuple[regex.Pattern[str], regex.Pattern[str], tuple[tuple[str, regex.Pattern[str]], ...]]:
    raw = load_raw().get("breakdown", {})
    labels = "|".join(words(w) for w in sorted(raw.get("labels", ()), key=len, reverse=True)) or "(?!x)x"
    topics = "|".join(words(w) for w in sorted(raw.get("topics", ()), key=len, reverse=True)) or "(?!x)x"
    label_re = regex.compile(rf"[^\S\n]*(?:{labels})\s+(?:cac\s+)?(?:{topics})[^\S\n]*")
    sums = "|".join(words(w) for w in sorted(raw.get("sums", ()), key=len, reverse=True)) or "(?!x)x"
    sum_re = regex.compile(rf"[^\S\n]*(?:{sums})(?!\w)")
    heads = tuple((metric, regex.compile(rf"(?<!\w)(?:{'|'.join(words(w) for w in ws)})(?!\w)"))
                  for metric, ws in raw.get("headings", {}).items())
    return label_re, sum_re, heads


def _label(page: Page, fig: Figure) -> tuple[int, int, bool] | None:
    """The label before the first ``:`` of the figure's line (or sentence) when the figure follows it in the same
    sentence, else that of the introduction of the list of lines it is an item of; and whether it is its own line's."""
    ft, st = page.ft, page.st
    ls = ft.rfind("\n", 0, fig.start) + 1
    lo = _start(page, ls, fig.start)
    colon = ft.find(":", lo, min(fig.start, lo + LABEL_MAX))
    if colon >= 0 and st.last_full_stop(fig.start) <= colon:
        return lo, colon, True
    if colon < 0 and (c := list_intro(ft, st, fig.start)) is not None and c < ls:  # "Theo đơn vị:" over "- A: 30 hồ sơ"
        return _start(page, ft.rfind("\n", 0, c) + 1, c), c, False
    return None


def _start(page: Page, ls: int, pos: int) -> int:
    """Where the words of the line opening at ``ls`` start, after its mark (or its sentence's, a line a PDF joined)."""
    ft = page.ft
    lo = max(LINE_MARK_RE.match(ft, ls).end(), page.st.last_full_stop(pos))
    return lo + len(ft[lo:pos]) - len(ft[lo:pos].lstrip())


def _heading(page: Page, pos: int) -> str | None:
    h = page.st.heading_before(pos)
    if h is None or pos - h[2] > SECTION_REACH:
        return None
    found = {metric for metric, rx in _data()[2] if rx.search(page.ft, h[1], h[2])}
    return found.pop() if len(found) == 1 else None


def _summed(page: Page, colon: int, family: str) -> str | None:
    """The metric of the one stated total of the section its line's items add up to."""
    ft = page.ft
    end = ft.find("\n", colon)
    end = min(end if end >= 0 else len(ft), page.st.next_full_stop(colon))
    return total_metric(page, colon, [f for f in page.figures if colon < f.start < end and f.family in (family, None)],
                        family)


def breakdown_metric(page: Page, fig: Figure, family: str) -> tuple[str | None, str | None]:
    """The metric (and the label's words naming it) the label of a labelled or breakdown line names for its items
    (module docstring), or (None, None)."""
    if family not in FAMILY_UNIT or (lab := _label(page, fig)) is None:
        return None, None
    lo, colon, own_line = lab
    cue = page.cues[family].first_where(lo, colon, lambda _: True) if own_line else None
    if cue is not None:
        return cue.metric, text_label(page.text, cue.start, cue.end)  # "- Hồ sơ quá hạn: Chi nhánh A 38 hồ sơ"
    if own_line and _data()[1].match(page.ft, lo, colon) is not None:
        # "Cộng cấp xã: 2.962 hồ sơ" under the items it sums: what they count
        last = page.last_count(FAMILY_UNIT[family], max(0, lo - SUM_REACH), lo)
        return (last.metric, None) if last is not None and last.metric != "other" else (None, None)
    if _data()[0].fullmatch(page.ft, lo, colon) is None:
        return None, None
    key = f"breakdown:{colon}:{family}"
    if key not in page.memo:
        page.memo[key] = _heading(page, colon) or _summed(page, colon, family)
    return page.memo[key], None  # type: ignore[return-value]


def list_metric(page: Page, fig: Figure, family: str) -> tuple[str | None, str | None]:
    """The metric (and label) of a cue-less scoped count of a list (module docstring); (None, None) if none."""
    if (own := breakdown_metric(page, fig, family))[0] is not None:
        return own
    if (summed := summed_metric(page, fig, family)) is not None:
        return summed, None  # "Cụ thể theo lĩnh vực:" over items adding up to the total received before it
    if (intro := intro_metric(page, fig, family)) is not None:
        return intro
    return page.data.default_metric.get(family), None
