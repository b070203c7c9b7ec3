"""The parts and wholes of a count in running text: a status in a parenthesis after it, the count a sentence
opened by its parts' words shares out, a late count after a pending one, a total told by its breakdown
(:mod:`extract.extractors.figure_counts`)."""

from __future__ import annotations

from functools import cache

import regex

from extract.extractors.figure_count_average import average
from extract.extractors.figure_count_words import PAREN_OPEN_RE
from extract.extractors.figure_cues import Cue, CueIndex, longest_words, mark_words
from extract.extractors.figure_lists import PARENT_RE
from extract.extractors.figure_nouns import COUNTED_ABBR
from extract.extractors.figure_page import POST_WINDOW, Page, State
from extract.extractors.figure_scan import Figure
from extract.extractors.figure_still import RESOLVING_CUE_RE
from normalize.text import fold

# after a pending count, a separator and a key naming its noun again ("…, số hồ sơ quá hạn là: …"): a sibling item
SIBLING_KEY_RE = regex.compile(r"[^\S\n]*+(?:[,;]|,?[^\S\n]*+va)[^\S\n]*+so[^\S\n]++(?:luong[^\S\n]++)?ho[^\S\n]++so[^\S\n]++")
OPENS_PARTS_RE = regex.compile(r"[^\S\n]*[;,:]?\s*trong\s+do\b")
# "ghi nhận 148.927 hồ sơ, gồm: …": a total told by its parts after "gồm" / "bao gồm"
INCLUDES_RE = regex.compile(r"[^\S\n]*[,:]?[^\S\n]*(?:bao\s+gom|gom(?:\s+co)?)(?!\w)[^\S\n]*:?")
PENDING_METRICS = frozenset({"pending_total", "pending_in_time", "pending_late"})
STATUS_PAREN_FIGURE = regex.compile(r"\d")
STATUS_LEAD_RE = regex.compile(r"\s*(?:(?:con|deu|van|dang)\s+)?")
# the rest of the sentence a count ends ("… 900 hồ sơ trong năm. "): no figure, no other sentence
SENTENCE_TAIL_RE = regex.compile(r"[^.\n\d]{0,80}[.\s]*")
# a sentence opened by the words of a breakdown of the count before it: "Trong số này, có", "Trong đó,"
# (the opening words are figures.toml [count_breakdown] opens_sentence)
PARTS_SENTENCE_RE = regex.compile(
    rf"[.\s]*(?:{mark_words('opens_sentence', 'count_breakdown')})\s*[,:]?\s*(?:(?:thi\s+)?co\s+)?")


# a counted noun in the gap: the verb before it has its object already
COUNTED_NOUN_RE = regex.compile(rf"(?<!\w)(?:{COUNTED_ABBR})(?!\w)")


@cache
def _place_re() -> regex.Pattern[str]:
    """A place phrase (figures.toml ``[count_place]``): a preposition, a head noun, its name (no figure, no stop,
    no ``và`` opening another verb)."""
    def alt(key: str) -> str:
        return longest_words("count_place", key)

    return regex.compile(rf"(?<!\w)(?:{alt('prepositions')})\s+(?:{alt('heads')})(?!\w)(?:\s+(?!va(?!\w))[^\W\d]+){{0,8}}")


def gap_words(gap: str) -> int:
    """The words between a cue and its figure, a place phrase left out (``đã xử lý và công khai trên Cổng Dịch vụ
    công quốc gia 12 phản ánh``: three words, ``và công khai``), unless the verb already has its counted noun (``qua
    Hệ thống tiếp nhận, trả lời PAKN trên Cổng … 09 phản ánh``: the verb is in a system's name)."""
    rest = _place_re().sub(" ", gap, count=1)
    return len((gap if COUNTED_NOUN_RE.search(rest) else rest).split())


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


# a sentence opened by a breakdown's words, whatever follows them: "Trong đó, Sở A có 300 hồ sơ …"
PARTS_LEAD_RE = regex.compile(r"[.\s]*(?:trong\s+(?:tong\s+)?(?:so\s+)?(?:do|nay)|cu\s+the)(?!\w)")
PART_SEPARATOR_RE = regex.compile(r"[^.!?\n;,]*+[;,][^.!?\n]*+")  # (up to its first separator: read once)


def part_of_other(page: Page, fig: Figure, cue: Cue | None, s: State) -> str | None:
    """The label of an ``other`` count whose parts the figure tells, when its own cue names the status the total's
    label names (``998 hồ sơ quá hạn tiếp nhận. Trong đó, Sở A có 363 hồ sơ … bị quá hạn …; 28 hồ sơ khác … bị quá
    hạn``: late in being accepted, as the total is, not resolved late); the part opens the sentence after the total
    (``Trong đó, …``) or follows another such part in its sentence."""
    if cue is None or s.prev_count is None:
        return None
    pfig, pfact = s.prev_count
    if pfact.metric != "other" or pfact.label is None or pfig.family != fig.family:
        return None
    if average(page, pfig):
        return None  # an average has no parts: "Bình quân mỗi xã tiếp nhận 900 hồ sơ/tháng; xã A tiếp nhận 4.200 hồ sơ"
    status = " ".join(page.ft[cue.start:cue.end].split())
    if not status or status not in " ".join(fold(pfact.label).split()):
        return None
    stop = page.st.last_full_stop(fig.start)
    if pfig.end <= stop:
        if not SENTENCE_TAIL_RE.fullmatch(page.ft, pfig.end, stop) or not PARTS_LEAD_RE.match(page.ft, stop):
            return None
    elif PART_SEPARATOR_RE.fullmatch(page.ft, pfig.end, fig.start) is None:
        return None
    return pfact.label


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


# "quá hạn 75 (Chi nhánh A 71, Phòng B 4)": the bracket opens right after a count (its own words allowed between)
INNER_GAP_RE = regex.compile(r"(?:[^\S\n]+[^\W\d_]+){0,5}?[^\S\n]*")
INNER_REACH = 240


def inner_total(page: Page, fig: Figure, unit: str, parent_start: int) -> str | None:
    """The metric of a count inside a breakdown (after ``parent_start``) whose bracket a scoped part stands in:
    ``…, trong đó: trước hạn 4.871, quá hạn 75 (Chi nhánh A 71, Phòng B 4)``: the nearer total (late) is what the
    parts share out, not the breakdown's (resolved). None where no such count opens the bracket."""
    ft = page.ft
    lo = max(parent_start, fig.start - INNER_REACH, ft.rfind("\n", 0, fig.start) + 1)
    opened = ft.rfind("(", lo, fig.start)
    if opened < 0 or ")" in ft[opened:fig.start]:
        return None
    total = page.last_count(unit, max(lo, opened - 80), opened)
    if total is None or total.start < parent_start or total.metric == "other" \
            or INNER_GAP_RE.fullmatch(ft, total.end, opened) is None:
        return None
    return total.metric
