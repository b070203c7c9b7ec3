"""What the frame around a cue-less count names: its list's introduction, its section's heading, and the late
dossiers told one group or case at a time (read by :func:`extract.extractors.figure_counts.read_count`).

- a list's introduction (``Đã giải quyết 1.200 hồ sơ. Cụ thể:`` over ``- Lĩnh vực đất đai: 300 hồ sơ``) names
  what its items count (:func:`intro_metric`);
- a numbered heading naming a kind of dossier (``2. Hồ sơ đã giải quyết quá hạn``) names what the first count of
  its section counts when that count has no words of its own (``Tổng số 14 hồ sơ, cụ thể:``) (:func:`heading_metric`);
- the late dossiers told one at a time (``quá hạn 04 hồ sơ (02 hồ sơ đăng ký hộ kinh doanh, …)``, ``Lý do hồ sơ quá
  hạn: 01 hồ sơ …``, or list lines under ``còn 05 hồ sơ quá hạn:``) have no key of their own (:func:`explains_late`).
"""

from __future__ import annotations

import bisect

import regex

from extract.extractors.figure_lists import bare_intro, list_intro, topic_start
from extract.extractors.figure_page import CONNECTORS, Page, State, text_label
from extract.extractors.figure_scan import FAMILY_UNIT, Figure
from extract.extractors.figure_text import LINE_MARK_RE

LATE_METRICS = frozenset({"resolved_late", "pending_late"})
# words of its own after a count's unit word: "02 hồ sơ đăng ký hộ kinh doanh" (not "02 hồ sơ quá hạn", "02 hồ sơ)")
OWN_WORDS_RE = regex.compile(r"[^\S\n]+(?!(?:qua|tre|cham|dung|truoc|som|trong|con)\s+han(?!\w)|va|do|cua|thuoc|o|tai)\p{L}{2,}")
# a sentence giving the reasons of the late dossiers: "Lý do hồ sơ quá hạn: …", "Nguyên nhân trễ hạn: …"
REASONS_RE = regex.compile(
    r"[^\S\n]*(?:[-+*•–][^\S\n]*)?(?:\p{L}+\s+){0,2}?(?:ly\s+do|nguyen\s+nhan)(?:\s+\p{L}+){0,4}?\s+(?:qua|tre|cham)\s+han"
    r"[^:.;\n]{0,30}:")
# nothing of the count's own before it in its clause: "Tổng số 14 hồ sơ", "Tổng cộng: 14 hồ sơ", "Có 14 hồ sơ"
BARE_BEFORE_RE = regex.compile(
    r"[\s:,;(\-+*•–]*(?:(?:tong(?:\s+(?:so|cong))?|co|la|gom|trong\s+do|hien\s+co)(?!\w)[\s:,]*)*")
HEADING_REACH = 400  # characters from a heading's end to the count it names


def first_count(page: Page, family: str, lo: int, hi: int) -> tuple[str, str | None] | None:
    """The metric and label of the first count of the family read inside [lo, hi)."""
    unit = FAMILY_UNIT[family]
    for f in page.counts[bisect.bisect_left(page.counts, lo, key=lambda f: f.start):]:
        if f.start >= hi:
            break
        if f.unit == unit:
            return f.metric, f.label
    return None


def intro_metric(page: Page, fig: Figure, family: str) -> tuple[str, str | None] | None:
    """The metric (and label) named by the introduction of the list a cue-less count is an item of: its
    first count of the family (``Đã giải quyết 1.200 hồ sơ, cụ thể:``), else its first cue before any topic
    word (``Số hồ sơ đã giải quyết theo lĩnh vực:``), else, for an introduction of connector words only
    (``Cụ thể:``, ``Phân theo lĩnh vực:``), the first count of the family of the sentence before it."""
    ft, st, data = page.ft, page.st, page.data
    c = list_intro(ft, st, fig.start)
    if c is None:
        return None
    lo = st.last_stop(c)
    got = first_count(page, family, lo, c)
    if got is None:
        cue = page.cues[family].first_where(lo, topic_start(ft, lo, c, data), lambda _: True)
        if cue is not None:
            got = cue.metric, text_label(page.text, cue.start, cue.end)
    if got is None and lo > 0 and bare_intro(ft, lo, c, data):
        got = first_count(page, family, st.last_full_stop(lo - 1), lo)
    return got


def heading_metric(page: Page, fig: Figure, family: str) -> str | None:
    """The metric a numbered heading names (``2. Hồ sơ đã giải quyết quá hạn``: its last cue, opening before any topic word:
    ``Kết quả …`` names the section only) for the first count of its section, when that count has nothing of its
    own before it in its clause (``Tổng số 14 hồ sơ, cụ thể:``); a heading holding a figure of its own names none."""
    ft, st = page.ft, page.st
    h = st.heading_before(fig.start)
    if h is None or h[2] >= fig.start or fig.start - h[2] > HEADING_REACH:
        return None
    i = bisect.bisect_left(page.figure_starts, h[1])
    if page.figure_starts[i] != fig.start:  # a figure in the heading, or one between it and this count
        return None
    if BARE_BEFORE_RE.fullmatch(ft, max(h[2], st.clause_start(fig.start)), fig.start) is None:
        return None
    cue = page.cues[family].nearest(h[1], h[2])
    # (a cue that opens before the topic word runs through it: "Hồ sơ trả kết quả quá hạn")
    return cue.metric if cue is not None and cue.start < topic_start(ft, h[1], h[2], page.data) else None


def explains_late(page: Page, fig: Figure, s: State) -> bool:
    """A count telling late dossiers one group or case at a time: inside the parenthesis after a late
    count with words of its own after its unit (``02 hồ sơ đăng ký hộ kinh doanh``), in a sentence
    that gives the reasons of the late dossiers (``Lý do hồ sơ quá hạn: 01 hồ sơ …``), or opening a list line
    with words of its own under an introduction whose first count is late (``còn 05 hồ sơ quá hạn, gồm:`` over
    ``+ 02 hồ sơ chuyển mục đích sử dụng đất: …``)."""
    ft, st = page.ft, page.st
    if s.explain is not None and s.explain[1] <= fig.start < s.explain[2]:
        if CONNECTORS.fullmatch(ft, max(s.explain[1], st.clause_start(fig.start)), fig.start) is not None \
                and OWN_WORDS_RE.match(ft, fig.end) is not None:
            return True
    line = ft.rfind("\n", 0, fig.start) + 1
    mark = LINE_MARK_RE.match(ft, line)
    if mark.lastgroup not in (None, "ind") and CONNECTORS.fullmatch(ft, mark.end(), fig.start) is not None \
            and OWN_WORDS_RE.match(ft, fig.end) is not None and (c := list_intro(ft, st, fig.start)) is not None:
        first = first_count(page, fig.family, st.last_stop(c), c)
        if first is not None and first[0] in LATE_METRICS:
            return True
    start = max(st.last_stop(fig.start), line)
    return REASONS_RE.match(ft, start, fig.start) is not None
