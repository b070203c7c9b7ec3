"""Four readings of a percentage's own words that the metric readers of :mod:`figure_rates` leave out.

- **The status after the dossiers' noun** (``giải quyết trên 99% hồ sơ thủ tục hành chính đúng hạn``, ``trả 97% hồ sơ
  của công dân trước hạn``, ``xử lý 1% hồ sơ TTHC quá hạn``, ``giải quyết 80% hồ sơ đất đai trực tuyến``): with no
  passive predicate (``được …``: :func:`figure_rate_words.predicate_metric`), the first keyword of a class other than
  the resolved one in the noun's phrase (up to a comma, the clause's end or the next figure) names the rate; the verb
  before the percentage is the verb of any dossier (:func:`status_after_noun`).
- **A part of an online rate that is the fully online services'** (``Tỷ lệ hồ sơ nộp trực tuyến tối thiểu 50%
  (riêng các dịch vụ công trực tuyến toàn trình đạt từ 80% trở lên)``, ``…, riêng DVC toàn trình đạt 80%``): a
  percentage whose own words name the fully online services, right after an online rate of the same sentence, is
  the online share among those services' dossiers, ``full_online_rate`` (:func:`full_online_part`).
- **Its own ``tỷ lệ …`` right before it** (``… tiếp nhận 402 hồ sơ nhưng có tỷ lệ trực tuyến 97,8%``): a rate cue
  opening on ``tỷ lệ`` after the count before, joined to the percentage by ``đạt``/``là``/``:`` or a bound alone,
  names it even when the count's words reached over it (:func:`own_rate_cue`).
- **The label of its list line** (``- Thanh toán trực tuyến: 1.986 giao dịch / 97.430.000 đồng; tỷ lệ 96,2%``,
  ``+ Số hóa hồ sơ: 1.500 hồ sơ, đạt 98%``): a percentage its own words, its count and the rate before leave
  unnamed is the rate its line's label (the words before the line's first colon, with no figure) names, before
  the heading above is asked (:func:`line_label_metric`).
- **An aside in brackets after a count** (``7 hồ sơ quá hạn (đất đai 6, xây dựng 1), chiếm 1,21%``, ``12 hồ sơ trễ
  hạn (lĩnh vực đất đai), chiếm 2%``): a bracket with no percentage and no clause end inside is no word between the
  count and its share (:func:`past_aside`; a count read inside the bracket is the count before the share instead).
"""

from __future__ import annotations

import bisect

import regex

from extract.extractors import figure_rate_words as rate_words
from extract.extractors.figure_cues import Cue, mark_words
from extract.extractors.figure_page import Page, State
from extract.extractors.figure_scan import Figure

FULL_ONLINE = "full_online_rate"
CHANNEL_RATES = ("online_submission_rate", FULL_ONLINE)
PART_WINDOW = 250  # the online rate a part continues stands at most this far before it
# the fully online services or their dossiers named by a part's own words: "(các) dịch vụ công (trực tuyến) toàn
# trình", "DVC(TT) toàn trình", "thủ tục (hành chính) toàn trình", "hồ sơ (trực tuyến) toàn trình" (figures.toml
# [rate_parts] full_online_things)
FULL_ONLINE_THING = regex.compile(rf"(?<!\w)(?:{mark_words('full_online_things', 'rate_parts')})(?!\w)")
# a list line's label: its marker, then words with no figure up to the line's first colon ("- Thanh toán trực tuyến:")
LINE_LABEL_RE = regex.compile(
    r"[^\S\n]*(?:[-+*•–]|\d{1,2}(?:\.\d{1,2}){0,3}\.?|[a-zđ]\))?[^\S\n]*(?P<label>\p{L}[^:\n\d%;.]{1,60}?)[^\S\n]*:")
# a sentence's end or a new line between the online rate and its part
BREAK_RE = regex.compile(r"[.!?;](?=\s)|\n")
RATE_OPEN = regex.compile(r"t[yi]\s+le(?!\w)")
# between a rate's cue and its figure: "đạt", "là", ":", a bound ("trên", "gần") (figures.toml [rate_parts] cue_gap)
CUE_GAP = regex.compile(rf"[\s:]*(?:(?:{mark_words('cue_gap', 'rate_parts')})(?!\w)[\s:]*)*")
ASIDE_RE = regex.compile(r"[^\S\n]*\([^()%;.\n]{1,100}\)")


def status_after_noun(page: Page, lo: int, hi: int) -> str | None:
    """The rate named by the status after a share's dossier noun: the first keyword inside [lo, hi) (cut at a comma
    or the next figure) of a class other than the resolved one (``… hồ sơ thủ tục hành chính đúng hạn``: on time);
    None when there is none (a neutral phrase, ``dịch vụ công trực tuyến``, names none)."""
    hi = min(hi, _next_figure(page, lo), rate_words.post_end(page.ft, lo))
    for h in rate_words.keywords(page.ft, lo, hi):
        if h.metric and h.metric != rate_words.RESOLVED:
            return h.metric
    return None


def full_online_part(page: Page, fig: Figure, s: State, own: int) -> str | None:
    """``full_online_rate`` for a percentage whose own words (from ``own``) name the fully online services and that
    follows an online rate of the same sentence, closely, with no ``tỷ lệ`` of its own; else None."""
    if s.prev_ind is None:
        return None
    pend, pmetric, _ = s.prev_ind
    ft = page.ft
    if pmetric not in CHANNEL_RATES or fig.start - pend > PART_WINDOW or BREAK_RE.search(ft, pend, fig.start):
        return None
    lo = max(own, pend)
    if RATE_OPEN.search(ft, lo, fig.start) is not None:
        return None
    return FULL_ONLINE if FULL_ONLINE_THING.search(ft, lo, fig.start) is not None else None


def own_rate_cue(page: Page, lo: int, hi: int) -> Cue | None:
    """The indicator cue opening on ``tỷ lệ`` inside [lo, hi) and joined to the figure at ``hi`` by a verb or a bound
    alone, else None."""
    c = page.cues["indicator"].nearest(lo, hi)
    if c is None or RATE_OPEN.match(page.ft, c.start) is None or CUE_GAP.fullmatch(page.ft, c.end, hi) is None:
        return None
    return c


def past_aside(page: Page, p: int, hi: int) -> int:
    """Past an aside in brackets opening at ``p`` (spaces allowed before it) and closing before ``hi``; ``p`` when
    there is none."""
    m = ASIDE_RE.match(page.ft, p, hi)
    return m.end() if m is not None else p


def _next_figure(page: Page, p: int) -> int:
    """The start of the first figure at or after ``p`` (the text's end when none)."""
    i = bisect.bisect_left(page.figure_starts, p)
    return page.figure_starts[i] if i < len(page.figure_starts) else len(page.ft)


def line_label_metric(page: Page, fig: Figure) -> str | None:
    """The metric of the rate cue the label of ``fig``'s list line names (``- Thanh toán trực tuyến: …; tỷ lệ
    96,2%``), when the cue spans the label's last words and the label is the line's opening; else None."""
    ft = page.ft
    line = ft.rfind("\n", 0, fig.start) + 1
    m = LINE_LABEL_RE.match(ft, line, fig.start)
    if m is None:
        return None
    c = page.cues["indicator"].nearest(m.start("label"), m.end("label"))
    if c is None or c.start < m.start("label") or ft[c.end:m.end("label")].strip():
        return None
    return c.metric
