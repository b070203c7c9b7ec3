"""Where a counted thing is concentrated: ``Số hồ sơ trễ hạn … tập trung ở các lĩnh vực đất đai (6.318 hồ sơ), xây
dựng (1.142 hồ sơ)``, ``Hồ sơ quá hạn chủ yếu thuộc lĩnh vực đất đai với 70 hồ sơ``: the figures after the verb of
concentration are parts of the thing its subject names, so they take the metric of the subject's cue
(:mod:`extract.extractors.figure_counts`; the verbs are figures.toml ``[count_focus]``)."""

from __future__ import annotations

from functools import cache

import regex

from extract.extractors.figure_cues import Cue, CueIndex, longest_words
from extract.extractors.figure_page import POST_WINDOW, WINDOW, Page, unparen
from extract.extractors.figure_scan import Figure

__all__ = ["focus_metric", "rank_cue"]

FOCUS_REACH = 2 * WINDOW  # the verb at most this far before the figure (a list of parts after it)
# "đơn vị có số hồ sơ quá hạn nhiều nhất là Sở A với 1.026 hồ sơ", "xã có nhiều hồ sơ trễ hạn nhất là xã B (12 hồ
# sơ)", "lĩnh vực tiếp nhận nhiều hồ sơ nhất là đất đai, với 900 hồ sơ", "huyện C có tỷ lệ hồ sơ quá hạn cao nhất
# (4,1%, tương ứng 203 hồ sơ)": the figure after the one ranked first counts what the rank's subject names (its cue
# before the ranking word), across the name of the unit or field or the rate it stands for
_SUPERLATIVE = (r"\s*+(?:(?:nhieu|lon|cao|thap|it|nho)(?:\s+(?:ho\s+so|thu\s+tuc|tthc))?\s+)?nhat"
                r"(?:\s+(?:(?:toan|ca|cua|trong)\s+)?(?:tinh|huyen|thanh\s+pho|thi\s+xa|quan|xa|phuong|khoi(?:\s+\w+)?))?")
# the name ranked first (no figure of its own: a short number only, "Phường 3")
_NAME = r"\s*+,?\s*+(?:la|:|thuoc\s+ve)\s++(?:(?!\d{3}|\d+[.,]\d)[^\s.;:()]++\s++){1,10}?"
# its rate, then the count it stands for: "(4,1%, tương ứng 203 hồ sơ)"
_RATE_EQUIVALENT = (r"\s*+\(\s*+\d[\d.,]*+\s*+%\s*+[,;]?\s*+(?:tuong\s+ung|tuc\s+la)(?:\s+voi)?\s*+"
                    r"(?:(?:khoang|hon|gan|tren|xap\s+xi)\s+)?")
RANK_NAMED_GAP = regex.compile(
    rf"{_SUPERLATIVE}(?:{_NAME}[\s,:(\-–]*(?:(?:voi|co|dat|khoang|hon|gan|tren|len\s+toi|toi)\s+)*"
    rf"|(?:{_NAME})?{_RATE_EQUIVALENT})")


@cache
def _focus_re() -> regex.Pattern[str]:
    """The verbs of concentration (figures.toml ``[count_focus] verbs``), as whole words."""
    alt = longest_words("count_focus", "verbs")
    return regex.compile(rf"(?<!\w)(?:{alt})(?!\w)")


def focus_metric(page: Page, fig: Figure, family: str) -> str | None:
    """The metric of the subject of a verb of concentration before ``fig`` in its sentence (no ``;``, no cue of
    ``family`` between the verb and the figure), else None."""
    ft, st = page.ft, page.st
    lo = max(fig.start - FOCUS_REACH, st.last_stop(fig.start))
    verb = None
    for m in _focus_re().finditer(ft, lo, fig.start):
        verb = m  # the last verb before the figure
    if verb is None or ";" in ft[verb.end():fig.start]:
        return None
    cues = page.cues[family]
    if cues.first_where(verb.end(), fig.start, lambda c: True) is not None:
        return None  # the parts have a cue of their own
    c = cues.nearest(lo, verb.start())
    if c is None:
        return None
    if _heading_cue(page, c, fig):
        return None  # a heading names its section, not the subject
    return c.metric


def _heading_cue(page: Page, c: Cue, fig: Figure) -> bool:
    """Whether cue ``c`` is in a heading above the figure's line (it names the section, not the figure)."""
    h = page.st.heading_before(c.start)
    return h is not None and h[1] <= c.start and c.end <= h[2] <= fig.start


def rank_cue(page: Page, fig: Figure, cues: CueIndex) -> Cue | None:
    """The cue of a rank's subject before the name ranked first and its figure (RANK_NAMED_GAP), unless a cue right
    after the unit word names the figure itself (``… là Sở A với 1.503 hồ sơ quá hạn``)."""
    ft = page.ft
    c = cues.nearest(max(fig.start - WINDOW, page.st.last_stop(fig.start)), fig.start)
    if c is None or _heading_cue(page, c, fig) or not RANK_NAMED_GAP.fullmatch(unparen(ft[c.end:fig.start])):
        return None
    post = cues.first(fig.end, min(fig.end + POST_WINDOW, page.st.next_clause(fig.end)))
    if post is not None and not ft[fig.end:post.start].strip():
        return None
    return c
