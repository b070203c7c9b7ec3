"""A percentage read after counts: the rate of the count it is the share of.

A percentage whose value is the quotient of two counts of its sentence (``… toàn trình là 1.200 và tổng số … là
2.000, chiếm 60%``) is the rate of the numerator: finished among received, the resolved rate; a part over a whole of
its own class (late among late, a sub-unit's share) is ``other``; the on-time part after the early one, over the
finished with the early part added (``trước hạn 900 và đúng hạn 8.050 (chiếm 99,4%)``), the on-time rate. The words
of a count may name its rate themselves (``số hồ sơ trực tuyến toàn trình là 1.200``; ``cập nhật 1.500 hồ sơ lên hệ
thống``). Read by :mod:`extract.extractors.figure_rates`.
"""

from __future__ import annotations

import bisect

import regex

from extract.extractors import figure_marks as marks
from extract.extractors import figure_rate_words as rate_words
from extract.extractors.figure_cues import Cue, mark_words
from extract.extractors.figure_page import Page, State
from extract.extractors.figure_scan import Figure
from extract.facts import CountFact

# a count that is one part of a split stated part by part: its share is no rate of the key when the other
# part is stated before it in the sentence (on_time_rate counts early and on time together)
SPLIT_PART = {"resolved_on_time": "resolved_early"}
SPLIT_WHOLE = "resolved_in_time"  # what the two parts make together
SHARE_COUNTS = 12  # the counts read last that a percentage may be the quotient of two of
# finished dossiers as a share of the received ones are the resolved rate, whatever their timeliness
RESOLVED_SHARE = ("resolved_total", "resolved_in_time")
RECEIVED_BASE = ("received_total", "received_in_period")
# the rest of a channel's name after the head a count's cue ended with ("… được nộp qua Cổng Dịch vụ công | quốc
# gia, chiếm …", "… qua Cổng DVC | tỉnh Đồng Nai (…)"): its words of [rate_marks] channel_names or capitalised ones
CHANNEL_END_RE = regex.compile(
    rf"(?<!\w)(?:{mark_words('channel_ways')})\s+(?:{mark_words('channel_heads')})(?:\s+\w+){{0,5}}?\Z")
CHANNEL_NAME_WORD = regex.compile(rf"[^\S\n]+(?:(?:{mark_words('channel_names')})(?!\w)|(?P<word>\w+))")
CHANNEL_NAME_WORDS = 8


def share_of_counts(page: Page, fig: Figure, s: State) -> str | None:
    """The rate of a percentage read right after counts (``…, chiếm 68,54%``, ``…), đạt tỷ lệ 97,93%``) whose
    value is the quotient of two counts of its sentence, rounded or cut to its decimals: the rate of the
    numerator (:func:`_share_metric`); None when no two counts give it."""
    ft, pend = page.ft, s.count_end
    if pend != s.prev_rate_end or not marks.RATE_GAP_RE.match(ft[pend:fig.start].lstrip(") ")):
        return None
    stop = page.st.last_full_stop(fig.start)
    counts = [c for c in page.counts[-SHARE_COUNTS:] if stop <= c.start < fig.start and c.value > 0 and c.table is None]
    lo_v, hi_v = _value_bounds(page.text[fig.start:fig.num_end], fig.value)
    if counts and counts[-1].metric in SPLIT_PART:
        # "… trước hạn là 900 và đúng hạn là 8.050 (chiếm 99,4%)": the two parts over the finished, the on-time rate
        a = counts[-1]
        part = next((c for c in reversed(counts[:-1]) if c.metric == SPLIT_PART[a.metric]), None)
        if part is not None and any(b.value >= a.value + part.value and lo_v <= 100 * (a.value + part.value) / b.value < hi_v
                                    for b in counts if b is not a and b is not part):
            return page.data.rate_of_count.get(SPLIT_WHOLE, "other")
    for a in reversed(counts):
        for b in reversed(counts):
            if b is not a and (b.unit == a.unit or "" in (a.unit, b.unit)) and b.value >= a.value \
                    and lo_v <= 100 * a.value / b.value < hi_v:
                if a.metric in SPLIT_PART and stated_before(page, SPLIT_PART[a.metric], fig.start):
                    return "other"  # "… trước hạn 13.529 hồ sơ, chiếm 86,5%; đúng hạn 1.958 hồ sơ, chiếm 12,5%"
                if _same_class(page, a, b):
                    return "other"  # "còn 5.000 hồ sơ quá hạn, trong đó huyện A có 2.000 hồ sơ (chiếm 40%)": a part
                return _share_metric(page, a, b)
    return None


def _same_class(page: Page, a: CountFact, b: CountFact) -> bool:
    """Whether count ``a`` is a part of ``b`` of its own class (the same metric, or the same rate: late among
    late, on time among on time and early): its share is that of a sub-unit, a field or a cause, no rate."""
    if "other" in (a.metric, b.metric):
        return False
    rate = page.data.rate_of_count
    return a.metric == b.metric or (rate.get(a.metric) is not None and rate.get(a.metric) == rate.get(b.metric))


def _value_bounds(num: str, value: float) -> tuple[float, float]:
    """The quotients a percentage written ``num`` may stand for: rounded or cut to its decimals."""
    m = regex.search(r"[.,](\d+)\s*$", num.strip())
    step = 10.0 ** -(len(m.group(1)) if m else 0)
    return value - step / 2 - 1e-9, value + step


def _share_metric(page: Page, a: CountFact, b: CountFact) -> str:
    """The rate of count ``a`` as a share of count ``b``: finished dossiers among those received are the
    resolved rate (``tiếp nhận 1.000 hồ sơ, giải quyết trước hạn, đúng hạn 950 hồ sơ …, đạt tỷ lệ 95%``),
    else the rate of ``a``'s metric or of its own words."""
    if a.metric in RESOLVED_SHARE and b.metric in RECEIVED_BASE:
        return "resolved_rate"
    if (named := rate_cue_of(page, a)) is not None:  # "số hồ sơ trực tuyến toàn trình là 42.310": not all online
        return named
    if a.metric in page.data.rate_of_count:
        return rate_words.count_rate(page, a, page.data.rate_of_count[a.metric])
    return (rate_of_words(page, a) if a.metric == "other" else None) or "other"


def rate_cue_of(page: Page, c: CountFact) -> str | None:
    """The rate cue of a count's own words: in its clause before it, or right after it."""
    lo = max(page.st.clause_start(c.start), c.start - rate_words.COUNT_WORDS_BACK)
    cue = page.cues["indicator"].nearest(lo, c.start) or page.cues["indicator"].first(c.end, c.end + 3)
    return cue.metric if cue is not None else None


def cue_around(page: Page, pfig: Figure) -> str | None:
    """The metric of a rate cue whose words hold a count's figure (``cập nhật 1.500 hồ sơ lên hệ thống``), in the
    count's clause."""
    cues = page.cues["indicator"]
    i = bisect.bisect_left(cues.starts, page.st.clause_start(pfig.start))
    while i < len(cues.starts) and cues.starts[i] < pfig.start:
        if cues.by_start[i].end >= pfig.end:
            return cues.by_start[i].metric
        i += 1
    return None


def rate_of_words(page: Page, c: CountFact) -> str | None:
    """The rate named by the words of a count read as ``other``: a rate cue of its clause before it (``số hồ sơ
    trực tuyến toàn trình là 1.200``) or right after it, else the one rate all its dossier cues have
    besides the finished ones (``hồ sơ trả kết quả chậm hạn và hồ sơ quá hạn chưa có kết quả là 9
    hồ sơ``: late, finished or not)."""
    if (named := rate_cue_of(page, c)) is not None:
        return named
    lo = max(page.st.clause_start(c.start), c.start - rate_words.COUNT_WORDS_BACK)
    found: set[str | None] = set()

    def note(d: Cue) -> bool:
        found.add(page.data.rate_of_count.get(d.metric))
        return False

    page.cues["dossier"].first_where(lo, c.start, note)
    found -= {None, "resolved_rate"}  # "giải quyết", "có kết quả": the words of any dossier, no rate of their own
    return found.pop() if len(found) == 1 else None


def stated_before(page: Page, metric: str, p: int) -> bool:
    """Whether a count of ``metric`` is read in the sentence before ``p``."""
    stop = page.st.last_full_stop(p)
    return any(c.metric == metric and stop <= c.start < p for c in reversed(page.counts[-8:]))


def past_channel_name(text: str, ft: str, p: int, hi: int) -> int:
    """Past the rest of a channel's name at ``p`` (before ``hi``) when the words before ``p`` end on a channel's way
    and head (``nộp qua Cổng Dịch vụ công`` | `` quốc gia``): its known words (``quốc gia``, ``tỉnh``, ``của``) or
    words written with a capital (``Đồng Nai``), at most a few; ``p`` when there is none."""
    if CHANNEL_END_RE.search(ft[max(0, p - 90):p]) is None:
        return p
    end = p
    for _ in range(CHANNEL_NAME_WORDS):
        m = CHANNEL_NAME_WORD.match(ft, end, hi)
        if m is None or (m.group("word") is not None and not text[m.start("word")].isupper()):
            break
        end = m.end()
    return end
