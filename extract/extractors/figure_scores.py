"""Index scores and ranks in running text: the Bộ chỉ số 766 total and components, other indices, and the rank
told with a score (``97,82 điểm, xếp 25/114``, ``xếp thứ 12/34 với 87,6 điểm``).

A score takes its component from the score cue before it, the total when it is out of 100 or ranked
(``xếp thứ 3/21``), or, with no cue and no maximum, when it is above any component's maximum in a text about the
index. A difference (``tăng 2,41 điểm``) is ``other`` (:mod:`extract.extractors.figure_marks`). A percentage takes a
rank only where an index's own name names it (:func:`index_rank`). Percentages are read by
:mod:`extract.extractors.figure_rates`.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import regex

from extract.extractors import figure_score_marks as score_marks
from extract.extractors.figure_cues import DATA, load_raw, mark_words
from extract.extractors.figure_marks import difference
from extract.extractors.figure_page import Page, State, text_label
from extract.extractors.figure_scan import Figure

TOTAL = "idx766_total"
COMPONENT_MAX = 22.0  # the largest maximum of a Bộ chỉ số 766 component (số hóa hồ sơ)
# the words of a rank ("xếp (hạng) (thứ)", "đứng thứ": [rate_marks] rank_words of figures.toml)
RANK_WORDS = f"(?:{mark_words('rank_words')})"
# its number, of the ranked ("25/114", "12 trên 34"), or of all the provinces, their number unwritten ("xếp thứ 10 cả
# nước", "đứng thứ 3 toàn quốc": [rate_marks] rank_all)
RANK_OF = (r"(?P<r>\d{1,3})(?:\s*(?:/|tren|trong\s+(?:tong\s+so\s+)?(?:so\s+)?)\s*(?P<of>\d{1,4})(?![\d.,]\d)"
           rf"|(?=[^\S\n]+(?:trong\s+|tren\s+)?(?:{mark_words('rank_all')})(?!\w)))")
# the rank told right after a score: ", xếp (hạng) (thứ) 25/114", "đứng thứ 12/34", "xếp thứ 12 trên 34", with the
# move before it ("tăng 3 bậc, xếp thứ 12/34", "tăng 3 bậc so với tháng trước, …")
RANK_RE = regex.compile(
    r"\s*+[,;(]?\s*+(?:(?:va\s+)?(?:tang|giam)\s+(?:\d{1,3}\s+(?:bac|hang)|\d{1,2}(?:[.,]\d{1,2})?\s+diem)(?:\s+so\s+voi\s++[^\s,;.\n][^,;.\n]{0,39}?)?\s*+,?\s*+)?"
    rf"(?:va\s+)?{RANK_WORDS}\s*:?\s*{RANK_OF}")
# the rank told before its score: "xếp thứ 12/34 với 87,6 điểm", "đứng thứ 3/11 với tổng số điểm đạt 88,5 điểm"
RANK_BEFORE_RE = regex.compile(
    # ("đứng thứ 2/22 sở, ngành với 95,1 điểm": the ranked set's words, commas among them)
    rf"{RANK_WORDS}\s*:?\s*{RANK_OF}(?:,?[^\S\n]+[^\W\d]+){{0,6}}?[^\S\n]*,?[^\S\n]+voi"
    r"(?:[^\S\n]+(?:tong|so|diem|dat|la|:))*[^\S\n]*$")


def rank_near(ft: str, fig: Figure, lo: int) -> regex.Match[str] | None:
    """The rank told right after a figure, or before it (within its window, at most 90 characters back)."""
    return RANK_RE.match(ft, fig.end) or RANK_BEFORE_RE.search(ft, max(lo, fig.start - 90), fig.start)


def read_score(page: Page, fig: Figure, lo: int, s: State, scope: str | None) -> dict:
    """An index score: its component from the cue before it; a total when out of 100, ranked, or
    (no cue, no max) above any component's maximum in a text about the index."""
    ft, text, scues = page.ft, page.text, page.cues["score"]
    rank = rank_near(ft, fig, lo)
    b = fig.value_b
    cue = scues.nearest(lo, fig.start)
    metric = cue.metric if cue else None
    label = None
    if (diff := difference(text, ft, fig.start, fig.end)) is not None:  # "tổng điểm tăng 2,41 điểm"
        metric, label = "other", diff
    elif metric == "other":
        pass  # "Chỉ số PAR INDEX đạt 88,5 điểm, xếp thứ 12/63": another index's score, ranked or not
    elif b == 100 or (rank and metric in (None, TOTAL) and b is None):
        metric = TOTAL  # (a component ranked on its own keeps its cue: "số hóa đạt 18 điểm, xếp thứ 5/34")
    elif metric == TOTAL and b is not None:
        # "Chỉ số mức độ hài lòng … (Bộ chỉ số 766) … 17,6/18 điểm": a part out of 18 is a component
        part = scues.first_where(lo, fig.start, lambda c: c.metric != TOTAL)
        metric = part.metric if part else "other"
    elif metric is None and (of_rate := _rate_component(page, lo, fig.start)) is not None:
        metric = of_rate  # "Tỷ lệ hồ sơ nộp trực tuyến đạt 8,1/12 điểm": the component that rate is scored in
    elif metric is None and s.prev_score is not None and s.prev_score[0] >= lo:
        metric = s.prev_score[1]  # "… dẫn đầu với 90,14 điểm và 89,6 điểm"
    elif metric is None and b is None and COMPONENT_MAX < fig.value <= 100 and (
            page.index_doc or scues.first_where(0, fig.start, lambda c: c.metric == TOTAL) is not None):
        metric = TOTAL  # "(đánh giá chất lượng phục vụ người dân …) Điểm số cao nhất là 98,63 điểm"
    if scope is None:
        scope = score_marks.named_unit(page, fig.end)  # "98,63 điểm (Sở Công thương)"
    metric = metric or "other"
    maximum = b if b is not None else (100.0 if metric == TOTAL else None)
    if metric == "other" and label is None:
        label = text_label(text, lo, fig.start)
    return dict(start=fig.start, end=fig.end, text=text[fig.start:fig.end], metric=metric, value=float(fig.value),
                unit="điểm", max=maximum, scope=scope,
                rank=int(rank.group("r")) if rank else None, rank_of=_rank_of(rank),
                label=label)


@cache
def _score_of_rate(path: Path = DATA) -> dict[str, str]:
    """The ``[score_of_rate]`` table of figures.toml: the 766 component a rate is scored in."""
    return dict(load_raw(path).get("score_of_rate", {}))


def _rate_component(page: Page, lo: int, start: int) -> str | None:
    """The component of the rate cue nearest before a score in its window (``Tỷ lệ hồ sơ nộp trực tuyến đạt
    8,1/12 điểm``: the online service), or None."""
    cue = page.cues["indicator"].nearest(lo, start)
    return None if cue is None else _score_of_rate().get(cue.metric)


def index_rank(page: Page, fig: Figure, lo: int) -> dict:
    """The rank of an index told as a percentage (``Chỉ số PAR INDEX … đạt 89,12%, xếp thứ 9/63``): only where an
    index's own name (no component of the 766 index, whose words are those of the dossier rates) names the figure."""
    ft = page.ft
    cue = page.cues["score"].nearest(lo, fig.start)
    if cue is None or cue.metric not in ("other", TOTAL):
        return {}
    rank = rank_near(ft, fig, lo)
    return {} if rank is None else {"rank": int(rank.group("r")), "rank_of": _rank_of(rank)}


def _rank_of(rank: regex.Match[str] | None) -> int | None:
    """The number of the ranked written after a rank (``25/114``), or None (``xếp thứ 10 cả nước``, no rank)."""
    return int(rank.group("of")) if rank is not None and rank.group("of") is not None else None
