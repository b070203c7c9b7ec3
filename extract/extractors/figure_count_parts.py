"""The parts and wholes of a count in running text: a status in a parenthesis after it, the count a sentence
opened by its parts' words shares out, a late count after a pending one, a total told by its breakdown
(:mod:`extract.extractors.figure_counts`)."""

from __future__ import annotations

import regex

from extract.extractors.figure_count_words import PAREN_OPEN_RE
from extract.extractors.figure_cues import Cue, CueIndex
from extract.extractors.figure_lists import PARENT_RE
from extract.extractors.figure_page import POST_WINDOW, Page, State
from extract.extractors.figure_scan import Figure
from extract.extractors.figure_still import RESOLVING_CUE_RE

# after a pending count, a separator and a key naming its noun again ("…, số hồ sơ quá hạn là: …"): a sibling item
SIBLING_KEY_RE = regex.compile(r"[^\S\n]*(?:[,;]|,?[^\S\n]*va)[^\S\n]*so[^\S\n]+(?:luong[^\S\n]+)?ho[^\S\n]+so[^\S\n]+")
OPENS_PARTS_RE = regex.compile(r"[^\S\n]*[;,:]?\s*trong\s+do\b")
# "ghi nhận 148.927 hồ sơ, gồm: …": a total told by its parts after "gồm" / "bao gồm"
INCLUDES_RE = regex.compile(r"[^\S\n]*[,:]?[^\S\n]*(?:bao\s+gom|gom(?:\s+co)?)(?!\w)[^\S\n]*:?")
PENDING_METRICS = frozenset({"pending_total", "pending_in_time", "pending_late"})
STATUS_PAREN_FIGURE = regex.compile(r"\d")
STATUS_LEAD_RE = regex.compile(r"\s*(?:(?:con|deu|van|dang)\s+)?")
# the rest of the sentence a count ends ("… 900 hồ sơ trong năm. "): no figure, no other sentence
SENTENCE_TAIL_RE = regex.compile(r"[^.\n\d]{0,80}[.\s]*")
# a sentence opened by the words of a breakdown of the count before it: "Trong số này, có", "Trong đó,"
PARTS_SENTENCE_RE = regex.compile(
    r"[.\s]*(?:trong\s+(?:tong\s+)?(?:so\s+)?(?:do|nay|tren)|cu\s+the|chi\s+tiet)\s*[,:]?\s*(?:(?:thi\s+)?co\s+)?")


def status_paren(page: Page, fig: Figure, cues: CueIndex) -> Cue | None:
    """``đang giải quyết 1.089 HS (còn trong thời hạn giải quyết)``: a parenthesis right after the unit word holding
    a status and no figure of its own qualifies the count as a status after the unit word does."""
    o = PAREN_OPEN_RE.match(page.ft, fig.end)
    close = page.st.enclosing_close(o.end(), o.end()) if o is not None else None
    if close is None or close - o.end() > POST_WINDOW or STATUS_PAREN_FIGURE.search(page.ft, o.end(), close):
        return None
    c = cues.first(o.end(), close)
    # (the status opens the parenthesis: "(năm mươi hai trực tiếp)" is a part told in words, no status)
    return c if c is not None and STATUS_LEAD_RE.fullmatch(page.ft, o.end(), c.start) else None


def whole_before(page: Page, fig: Figure, s: State, family: str) -> str | None:
    """The metric of the count the sentence before ended on, when the figure's sentence opens with its parts'
    words (``Trong số này, có``, ``Trong đó,``) and no other figure stands between."""
    if s.prev_count is None:
        return None
    pfig, pfact = s.prev_count
    stop = page.st.last_full_stop(fig.start)
    if pfig.family != family or pfact.metric == "other" or pfact.metric not in page.data.parent_remap \
            or not pfig.end <= stop or not SENTENCE_TAIL_RE.fullmatch(page.ft, pfig.end, stop) \
            or not PARTS_SENTENCE_RE.fullmatch(page.ft, stop, fig.start):
        return None
    return pfact.metric


def after_pending(page: Page, fig: Figure, cue: Cue | None, s: State) -> bool:
    """A late count read right after a pending count of its sentence (``đang giải quyết 72 hồ sơ, có 50 hồ sơ
    chưa đến hạn và 22 hồ sơ đã quá hạn``) is a part of the pending ones, unless its cue names resolving
    (``đã giải quyết quá hạn 3 hồ sơ``)."""
    if s.prev_count is None or s.prev_count[1].metric not in PENDING_METRICS:
        return False
    if page.st.last_full_stop(fig.start) > s.prev_count[0].start:
        return False
    if cue is not None and SIBLING_KEY_RE.fullmatch(page.ft, s.prev_count[0].end, cue.start):
        return False  # "đang giải quyết là: 9 hồ sơ, số hồ sơ quá hạn là: 2 hồ sơ": a key of its own, a sibling
    return cue is None or RESOLVING_CUE_RE.match(page.ft, cue.start, cue.end) is None


def total_of_breakdown(page: Page, fig: Figure, parts: frozenset[str]) -> bool:
    """A breakdown right after the figure names a part of ``parts`` (carried over, new): the figure is the total."""
    p = PARENT_RE.match(page.ft, fig.end) or INCLUDES_RE.match(page.ft, fig.end)
    if p is None:
        return False
    close = page.st.enclosing_close(p.end(), p.end()) if p.group().endswith("(") else None
    hi = min(close if close is not None else page.st.next_full_stop(fig.end), fig.end + 2 * POST_WINDOW)
    return page.cues["dossier"].first_where(p.end(), hi, lambda c: c.metric in parts) is not None


def pending_part(page: Page, fig: Figure) -> bool:
    """A breakdown opened right after the figure (``; trong đó``) names a pending part before its clause ends
    (a ``;`` or a full stop: a pending count after ``;`` is a sibling, not a part)."""
    p = OPENS_PARTS_RE.match(page.ft, fig.end)
    if p is not None:
        lo, hi = p.end(), min(page.st.next_stop(p.end()), fig.end + 2 * POST_WINDOW)
    else:  # or a parenthesis: "873.000 hồ sơ (đúng hạn 863.000 hồ sơ; quá hạn …, chưa đến hạn 8.900 hồ sơ)"
        o = PAREN_OPEN_RE.match(page.ft, fig.end)
        close = page.st.enclosing_close(o.end(), o.end()) if o is not None else None
        if close is None:
            return False
        lo, hi = o.end(), min(close, fig.end + 2 * POST_WINDOW)
    return page.cues["dossier"].first_where(lo, hi, lambda c: c.metric in PENDING_METRICS) is not None
