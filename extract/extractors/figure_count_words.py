"""The keyword class of a dossier or feedback count no cue, list or introduction names: its last reading.

When the cue tables find nothing for a count (``Có 90 hồ sơ (chiếm 2,16%), các cơ quan trả lại hồ sơ và người
nộp rút hồ sơ``; ``số hồ sơ tiếp nhận tăng, với tổng số 25 ngàn hồ sơ``), the words of its sentence still say
what it counts: a class of keywords (``[[count_keyword]]`` in figures.toml) over the sentence around it
(not across a ``;``). The
keyword nearest the figure wins (leftmost-longest: ``trước và đúng hạn`` is one keyword). Guards keep
``other``:

- a keyword owned by another count: one with a count figure between it and this one;
- a negated keyword (``không``, ``chưa`` right before it: ``chưa có kết quả``);
- a phrase holding a keyword that names nothing (metric ``""``: ``dịch vụ công trực tuyến``, ``thẩm quyền giải
  quyết``).

A late keyword in a sentence whose words before the figure name pending dossiers is ``pending_late``.

A keyword after the figure that leads another figure (``đã giải 820 hồ sơ (giải quyết đúng hạn 806 hồ sơ)``) is that
figure's, not this one's.

:func:`procedure_act`: a procedure count whose sentence announces, delegates, abolishes or simplifies procedures
(``ủy quyền giải quyết 191 TTHC``) counts an act on the set, not the procedures in force (keywords of metric
``other`` and family ``procedure``).

:func:`planned`: a count its clause plans (``sẽ``, ``dự kiến``, ``phấn đấu``) or, for procedures, adds (``sẽ đưa thêm
218 dịch vụ công trực tuyến mức độ 3``) is no count of what is provided, received or resolved (figures.toml
``[count_plan]``).

:func:`holds_set`: a procedure count right after a place or unit's ``có`` (``Tỉnh có 1.975 thủ tục hành chính``)
counts the set in force (the keyword of metric ``procedures_total`` and family ``procedure``, with the words that
may follow the unit word in its ``after`` list).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cache

import regex

from extract.extractors.figure_cues import load_raw, longest_words, words
from extract.extractors.figure_page import POST_WINDOW, WINDOW, Page
from extract.extractors.figure_scan import FAMILY_UNIT, Figure
from extract.facts import CountFact

NEGATED = regex.compile(r"(?:khong|chua|khong\s+duoc|chua\s+duoc)\s+$")
PENDING_RE = regex.compile(r"(?<!\w)(?:dang|chua|con)\s+(?:duoc\s+)?(?:giai\s+quyet|xu\s+ly)(?!\w)")
LATE = "resolved_late"
# the words between a keyword and the figure it leads ("đúng hạn là 806", "đúng hạn: 806")
LEADS_GAP = regex.compile(r"[\s:=]*(?:(?:la|dat|co|duoc|voi|tren|hon|gan|khoang)\s+)*")
# how far back an act on the procedure set governs the counts after it: its sentence, lists of agencies included
ACT_REACH = 2 * WINDOW
# a keyword after the figure names it only close to it ("Có 90 hồ sơ (chiếm 2%), các cơ quan trả lại …"), not
# in the words of a case told after it ("01 hồ sơ chuyển mục đích …, các bước đẩy xử lý đảm bảo đúng hạn")
AFTER_REACH = 60


@dataclass(frozen=True)
class CountWord:
    metric: str  # "" names nothing
    families: frozenset[str]
    pattern: regex.Pattern[str]
    fallback: bool = False  # read only when no other keyword of the sentence names the count ("Tổng cộng")


@cache
def count_words() -> tuple[CountWord, ...]:
    raw = load_raw().get("count_keyword", [])
    return tuple(
        CountWord(d["metric"], frozenset(d["families"]),
                  regex.compile(r"(?<!\w)(?:" + "|".join(words(p) for p in d["patterns"]) + r")(?!\w)"),
                  bool(d.get("fallback", False)))
        for d in raw)


def keyword_metric(page: Page, fig: Figure, family: str) -> str | None:
    """The metric of the keyword class nearest a count in its sentence, or None (guards in the docstring)."""
    ft, st = page.ft, page.st
    lo = max(fig.start - WINDOW, st.last_stop(fig.start))
    hi = min(fig.end + POST_WINDOW, st.next_stop(fig.end))
    found: list[tuple[int, int, str, bool]] = []
    for w in count_words():
        if family not in w.families:
            continue
        # (read over the whole sentence, so that a keyword may look ahead at its figure: "nhận 1.245 hồ sơ")
        for m in w.pattern.finditer(ft, lo, hi):
            if m.end() <= fig.start or fig.end <= m.start() < fig.end + AFTER_REACH:
                found.append((m.start(), m.end(), w.metric, w.fallback))
    # leftmost-longest: drop a keyword inside a longer one
    found.sort(key=lambda k: (k[0], -(k[1] - k[0])))
    kept: list[tuple[int, int, str, bool]] = []
    for k in found:
        if kept and k[0] < kept[-1][1]:
            continue
        kept.append(k)
    near = page.figures[bisect.bisect_left(page.figure_starts, lo):bisect.bisect_left(page.figure_starts, hi)]
    others = [f for f in near if f is not fig and f.kind == "count"]
    best: tuple[int, int, str] | None = None
    for s, e, metric, fallback in sorted(kept, key=lambda k: k[3]):
        if e <= fig.start:
            dist, between = fig.start - e, (e, fig.start)
        else:
            dist, between = s - fig.end, (fig.end, s)
        if any(between[0] <= f.start < between[1] for f in others) and not _shared(ft, others, between, fig, family):
            continue  # another count's keyword
        if s >= fig.end and leads_figure(page, e):
            continue  # the keyword of the figure right after it
        if NEGATED.search(ft, max(0, s - 12), s):
            continue
        if best is None or (dist < best[0] and not fallback):
            best = (dist, s, metric)
    if best is None or not best[2]:
        return None
    metric = best[2]
    if metric == LATE and PENDING_RE.search(ft, lo, fig.start):
        metric = "pending_late"
    return metric


# the words between two counts one verb governs ("tiếp nhận 1.200 hồ sơ, 05 PAKN", "… 1.200 hồ sơ và 05 phản ánh")
SHARED_VERB_GAP = regex.compile(r"[^\S\n]*(?:,|va|,\s*va)?[^\S\n]*")


def _shared(ft: str, others: list[Figure], between: tuple[int, int], fig: Figure, family: str) -> bool:
    """A keyword before a count of another family right before the figure (``tiếp nhận 1.200 hồ sơ, 05 PAKN``):
    the verb governs both, each counting its own thing."""
    inside = [f for f in others if between[0] <= f.start < between[1]]
    last = inside[-1]
    return between[1] == fig.start and len(inside) == 1 and last.family != family \
        and SHARED_VERB_GAP.fullmatch(ft, last.end, fig.start) is not None


# "trong đó có …", "trong số đó có …": what a part of a whole told before it has
PART_HAVE_RE = regex.compile(r"(?<!\w)trong\s+(?:do|so\s+(?:do|nay|tren))[^\S\n]*[,:]?[^\S\n]*co[^\S\n]+$")


@cache
def _set_holder() -> tuple[regex.Pattern[str], regex.Pattern[str]] | None:
    """The keyword a set of procedures is held by, ending right before the figure, and what may follow the unit."""
    raw = [d for d in load_raw().get("count_keyword", [])
           if d["metric"] == "procedures_total" and "procedure" in d["families"]]
    if not raw:
        return None
    before = "|".join(words(p) for d in raw for p in d["patterns"])
    after = "|".join(words(p) for d in raw for p in d.get("after", ())) or "(?!x)x"
    return (regex.compile(rf"(?<!\w)(?:{before})[^\S\n]+$"),
            regex.compile(rf"[^\S\n]*(?:[,;:.()]|\n|$|(?:{after})(?!\w))"))


def holds_set(page: Page, fig: Figure) -> bool:
    """Whether a procedure count is the set a place or unit has (``Tỉnh có 1.975 thủ tục hành chính (…)``): the
    keyword right before it, and after its unit word only the end of its clause or what the set is."""
    pats = _set_holder()
    if pats is None or fig.kind != "count" or fig.family != "procedure":
        return False
    lo = max(0, fig.start - 60)
    if pats[0].search(page.ft, lo, fig.start) is None or pats[1].match(page.ft, fig.end) is None:
        return False
    if PART_HAVE_RE.search(page.ft, lo, fig.start) is None:
        return True
    # "…, trong đó có 924 TTHC cấp tỉnh": a part has what its whole has (the set in force only when the whole is)
    start = page.st.last_full_stop(fig.start)
    whole = [f for f in page.counts[bisect.bisect_left(page.counts, start, key=lambda f: f.start):]
             if f.start < fig.start and f.unit == FAMILY_UNIT["procedure"]]
    return bool(whole) and whole[-1].metric == "procedures_total"


def leads_figure(page: Page, end: int) -> bool:
    """Whether a count figure follows ``end`` with only connector words between (a cue or keyword ending there
    names that figure: ``(giải quyết đúng hạn 806 hồ sơ)``)."""
    i = bisect.bisect_left(page.figure_starts, end)
    if i == len(page.figures):
        return False
    f = page.figures[i]
    return f.kind in ("count", "bare") and LEADS_GAP.fullmatch(page.ft, end, f.start) is not None


def procedure_act(page: Page, fig: Figure) -> tuple[int, int] | None:
    """The span of the act on the procedure set that governs a procedure count (``công bố thêm``, ``ủy quyền
    giải quyết``, ``bãi bỏ``), or None: the nearest such keyword before the figure in its clause (not across a
    ``;``), with no count between them other than procedure counts the act already made ``other`` (``ủy quyền giải
    quyết 191 TTHC …: Tư pháp (15 TTHC), …``) and no cue of procedures of its own (``bãi bỏ 43 TTHC, hiện toàn tỉnh
    đang thực hiện 1.900 TTHC``: the set in force)."""
    ft, st = page.ft, page.st
    after = _act_after().match(ft, fig.end)
    if after is not None:
        return after.start("act"), after.end("act")  # "25 TTHC mới ban hành", "10 TTHC sửa đổi, bổ sung"
    lo = max(fig.start - ACT_REACH, st.last_stop(fig.start))
    best: tuple[int, int] | None = None
    reach = 0  # where the act's words end, read to their longest ("ủy quyền cho thủ trưởng các sở, ban, ngành giải
    # quyết đối với": the keyword found is its shortest reading, "ủy quyền cho")
    for w in count_words():
        if "procedure" not in w.families or w.metric != "other":
            continue
        for m in w.pattern.finditer(ft, lo, fig.start):
            if best is None or m.end() > best[1]:
                best = (m.start(), m.end())
                longest = _longest(w.pattern).match(ft, m.start(), fig.start)
                reach = max(m.end(), longest.end() if longest is not None else 0)
    if best is None:
        return None
    if any(_blocks(f) for f in page.counts_in(best[1], fig.start)):
        return None
    # a clause of its own with a verb or a set of its own between them: "bãi bỏ 43 TTHC, hiện toàn tỉnh đang thực hiện
    # 1.900 TTHC" (not the words of the act itself: "ủy quyền cho Trưởng phòng Tư pháp giải quyết đối với 12 TTHC")
    own = st.next_clause(reach)
    if any(page.cues[t].first(own, fig.start) is not None for t in ("procedure", "dossier")):
        return None
    return best


@cache
def _act_after() -> regex.Pattern[str]:
    """An act on the procedure set written right after a count's unit word (``công bố 25 TTHC mới ban hành``)."""
    acts = [w.pattern.pattern for w in count_words() if "procedure" in w.families and w.metric == "other"]
    return regex.compile(r"[^\S\n]+(?:hanh\s+chinh[^\S\n]+)?(?P<act>" + ("|".join(acts) or "(?!x)x") + ")")


@cache
def _longest(pattern: regex.Pattern[str]) -> regex.Pattern[str]:
    """The same pattern read leftmost-longest (its lazy repeats taken as far as they go)."""
    return regex.compile(pattern.pattern, pattern.flags | regex.POSIX)


def _blocks(f: CountFact) -> bool:
    """A count of dossiers, procedures or feedback between an act and a figure keeps the act from it, unless the
    act made it ``other`` too (counts of other things, ``18 sở``, do not)."""
    if f.unit == FAMILY_UNIT["procedure"]:
        return f.metric != "other"
    return f.unit in FAMILY_UNIT.values()


# ---- round 9: a channel named in a parenthesis, a service level after a verb, procedures a centre takes in for ----
# "Số mới tiếp nhận (trực tiếp hoặc dịch vụ bưu chính) là 864.000 hồ sơ": a channel alone in the parenthesis right after
# a cue of what was received names the count's channel
CHANNELS = frozenset({"received_direct", "received_online", "received_postal"})
RECEIVED_GENERIC = frozenset({"received_total", "received_in_period"})
PAREN_OPEN_RE = regex.compile(r"[^\S\n]*\(\s*")
# the words between a procedure count's unit word and its level of service: "360 TTHC thực hiện dịch vụ công trực
# tuyến mức độ 3", "1.618 TTHC cung cấp Dịch vụ công trực tuyến (DVCTT) toàn trình"
SERVICE_GAP_RE = regex.compile(
    r"\s*(?:hanh\s+chinh\s+)?(?:(?:da\s+|dang\s+)?(?:duoc\s+)?(?:thuc\s+hien|cung\s+cap|trien\s+khai|ap\s+dung)\s+)?"
    r"(?:(?:dich\s+vu\s+cong|dvc)(?:\s+truc\s+tuyen)?\s*(?:\(\s*\w{2,10}\s*\)\s*)?|dvctt\s+)?")
SERVICE_LEVELS = frozenset({"procedures_online_partial", "procedures_online_full"})
# an abbreviation in parentheses ("(DVCTT)", "(TTHC)") is no clause boundary
ABBREV_PAREN_RE = regex.compile(r"\(\s*[A-ZĐ]{2,10}\s*\)")
# "tiếp nhận hồ sơ … đối với trên 1.300 TTHC": the procedures a centre takes dossiers in for are its set (not a kind
# of procedure named after the unit word: "tiếp nhận đối với 73 TTHC liên thông cùng cấp")
DOSSIERS_FOR_RE = regex.compile(
    r"(?<!\w)(?:tiep\s+nhan|giai\s+quyet)(?!\w)[^.;:]{0,60}?(?<!\w)ho\s+so(?!\w)[^.;:]{0,160}?(?<!\w)doi\s+voi\s+"
    r"(?:(?:tren|hon|gan|khoang|toan\s+bo|tat\s+ca)\s+)?$")
SET_END_RE = regex.compile(r"(?:[^\S\n]+hanh\s+chinh)?[^\S\n]*(?:[;,.\n]|$)")


def paren_channel(page: Page, cue_end: int, fig_start: int) -> str | None:
    """The channel named alone in a parenthesis right after a cue of what was received, else None."""
    o = PAREN_OPEN_RE.match(page.ft, cue_end)
    if o is None:
        return None
    close = page.st.enclosing_close(o.end(), o.end())
    if close is None or close > fig_start:
        return None
    c = page.cues["dossier"].first_where(o.end(), close + 1, lambda c: c.metric in CHANNELS)
    if c is None or c.start != o.end() or page.ft[c.end:close].strip():
        return None
    return c.metric


def service_gap(ft: str, lo: int, hi: int) -> bool:
    """Only a verb of service and the service's name between a procedure count and its level of service."""
    return SERVICE_GAP_RE.fullmatch(ft, lo, hi) is not None


@cache
def _predicate() -> regex.Pattern[str]:
    return regex.compile(rf",\s*(?:{longest_words('count_predicate', 'words')})\s")


def own_clause_end(page: Page, ce: int) -> int:
    """The end of the clause of a count's own words after it: a clause end at an abbreviation's parenthesis ("…
    trực tuyến (DVCTT) toàn trình") or at a comma before the count's own predicate (``số còn lại, 1.253 hồ sơ, được
    nộp trực tiếp``: figures.toml ``[count_predicate]``; a predicate with no figure of its own, not ``…, được giải
    quyết đúng hạn 100%``) moved past the next one."""
    m = ABBREV_PAREN_RE.match(page.text, ce)  # (a clause boundary's end is right after the "(")
    if m is not None:
        return page.st.next_clause(m.end()) - 1
    m = _predicate().match(page.ft, ce)
    if m is None:
        return ce
    end = page.st.next_clause(m.end()) - 1
    i = bisect.bisect_left(page.figure_starts, m.end())
    return end if i == len(page.figures) or page.figures[i].start >= end else ce


def dossiers_for(page: Page, fig: Figure) -> bool:
    """A procedure count after ``tiếp nhận hồ sơ … đối với`` (the set a centre takes dossiers in for)."""
    lo = max(0, page.st.last_stop(fig.start), fig.start - 200)
    return SET_END_RE.match(page.ft, fig.end) is not None and DOSSIERS_FOR_RE.search(page.ft, lo, fig.start) is not None


def metric_family(metric: str) -> str:
    """The counted family of a metric key."""
    if metric.startswith("procedures"):
        return "procedure"
    return "feedback" if metric.startswith("feedback") else "dossier"


# ---- round 13: the postal channel framing a count ----
# "Qua dịch vụ bưu chính công ích, các cơ quan đã tiếp nhận 9.000 hồ sơ", "trả kết quả 2.000 hồ sơ qua bưu điện": the
# postal channel alone has no key (GOLD.md: received_direct is in person or by post together), whatever the verb
POSTAL_RE = regex.compile(
    r"(?<!\w)(?<!truc\s+tiep(?:\s+va|\s+hoac|,)\s+)(?:qua|bang|tai|theo)\s+(?:duong\s+)?(?:dich\s+vu\s+)?"
    r"(?:buu\s+chinh|buu\s+dien|bcci)(?:\s+cong\s+ich)?(?!\w)")
# another channel told in the same stretch: the count is no figure of the postal channel alone
OTHER_CHANNEL_RE = regex.compile(r"(?<!\w)(?:truc\s+tuyen|truc\s+tiep|qua\s+mang)(?!\w)")
POSTAL_GENERIC = frozenset({"received_total", "received_in_period", "resolved_total", "received_direct"})


def postal_channel(page: Page, fig: Figure, metric: str | None) -> tuple[int, int] | None:
    """The span of the postal channel that frames a count read with a generic metric (what was received or returned):
    named before it in its sentence, or after its unit word in its clause, with no other figure or channel between."""
    if metric not in POSTAL_GENERIC:
        return None
    ft, st = page.ft, page.st
    lo, hi = st.last_stop(fig.start), st.next_clause(fig.end)
    i = bisect.bisect_left(page.figure_starts, fig.start)
    prev_end = page.figures[i - 1].end if i > 0 else 0
    nxt = page.figure_starts[i + 1] if i + 1 < len(page.figure_starts) else len(ft)
    for m in POSTAL_RE.finditer(ft, max(lo, prev_end), fig.start):
        # (not the channel told after a figure of its own clause: "tiếp nhận 80 hồ sơ qua bưu chính và tiếp nhận 200")
        if OTHER_CHANNEL_RE.search(ft, m.start(), fig.start) is None and prev_end <= st.clause_start(m.start()):
            return m.span()
    m = POSTAL_RE.search(ft, fig.end, min(hi, nxt))
    if m is not None and OTHER_CHANNEL_RE.search(ft, fig.end, m.start()) is None:
        return m.span()
    return None


@cache
def _plan_words() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    """The plan words of figures.toml ``[count_plan]`` (before, after a figure; additions), over the raw text."""
    raw = load_raw().get("count_plan", {})

    def alt(key: str) -> regex.Pattern[str]:
        body = "|".join(regex.escape(w).replace(r"\ ", " ").replace(" ", r"\s+") for w in raw.get(key, ())) or "(?!x)x"
        return regex.compile(rf"(?<!\w)(?:{body})(?!\w)", regex.IGNORECASE)

    return alt("before"), alt("after"), alt("additions")


def planned(page: Page, fig: Figure, family: str) -> tuple[int, int] | None:
    """The span of a plan word governing a count (``sẽ đưa thêm 218 dịch vụ công``, ``dự kiến cung cấp 40 thủ tục``),
    or None: before the figure in its clause with no other count between; for procedures also ``sẽ``, ``dự kiến``
    after it in its clause and additions (``thêm``) before it."""
    text, st = page.text, page.st
    lo = max(st.clause_start(fig.start), st.last_stop(fig.start), fig.start - WINDOW)
    # (only the figures starting in [lo, fig.start): found by their starts, never by walking the page's figures)
    near = page.figures[bisect.bisect_left(page.figure_starts, lo):bisect.bisect_left(page.figure_starts, fig.start)]
    counted = [f.end for f in near if f is not fig and f.kind == "count"]
    if counted:
        lo = max(counted)
    before, after, additions = _plan_words()
    hits = list(before.finditer(text, lo, fig.start))
    if family == "procedure":
        hits += list(additions.finditer(text, lo, fig.start))
    if not hits and family == "procedure":
        # (not a dossier's: "14 hồ sơ chưa giải quyết sẽ được chuyển sang tháng sau" are still open now)
        hi = min(st.next_clause(fig.end), fig.end + POST_WINDOW)
        hits = list(after.finditer(text, fig.end, hi))
    if not hits:
        return None
    m = max(hits, key=lambda h: h.end())
    return m.start(), m.end()
