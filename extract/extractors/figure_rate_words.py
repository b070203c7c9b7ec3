"""The keyword class of a percentage no cue names: the last reading of a rate's metric.

When no pattern of the ``[[indicator]]`` cues, no count and no list names what a percentage measures, the
words of its own clause still say it: a class of keywords (``[[rate_keyword]]`` in figures.toml) over the
words before it (back to the previous figure or its clause's start, over ``đạt``/``chiếm``/``(``: the clause
of the thing it is the share of) and the phrase after it (``100% hồ sơ đều được giải quyết sớm hạn và
đúng hạn``). The keyword nearest the figure wins; ``giải quyết``/``xử lý`` (resolved) is the verb of any
dossier and yields to any other class of the same words. Guards keep ``other``:

- the thing measured is no dossier (``100% cán bộ``, ``100% xã``; ``tỷ lệ doanh nghiệp …``): a word after the
  percentage that is neither a dossier noun nor a verb of one, or a subject of ``tỷ lệ`` of ``[rate_keyword_guard]``;
- procedures (``100% TTHC thực hiện trực tuyến``: offered online; ``100% TTHC được công khai
  … đúng hạn``): a share of procedures is a rate of their dossiers only when they are resolved
  (``96,2% TTHC giải quyết đúng hạn``), never an online rate;
- a phrase holding a keyword that names none (metric ``""``: ``dịch vụ công trực tuyến``, ``thẩm quyền giải
  quyết``, ``đang giải quyết``).

The first guard holds for every reading of a dossier rate (cue, count, list, keyword: :func:`shares_other`): a
percentage whose own ``tỷ lệ`` opens on such a thing (``tỷ lệ xã hoàn thành …``), names it as the object of its
verb (``tỷ lệ trả lời đúng hạn các câu hỏi``; not a scope: ``của các xã``), or that is followed by one
(``96% số việc``) is ``other``.

Feedback (``đã xử lý 97% phản ánh, kiến nghị``): a dossier class read with a feedback noun in the same words
is the feedback rate of ``[feedback_rate]``.

Two more readings of the words around a share: a keyword negated (``2,87% chưa hài lòng``: :func:`negated`) names
the complement, no rate of its class; in ``N% hồ sơ <modifiers> được <predicate>`` the predicate names the rate and
the modifiers the dossiers it is a share of (``100% hồ sơ trực tuyến … được giải quyết đúng hạn``: on time;
:func:`predicate_metric`).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import regex

from extract.extractors.figure_cues import DATA, load_raw, words
from extract.extractors.figure_nouns import COUNTED_ABBR, DOSSIER, DOSSIER_ABBR, FEEDBACK, OPINION, PROCEDURE
from extract.extractors.figure_page import Page
from extract.extractors.figure_scan import Figure
from extract.facts import CountFact

RESOLVED = "resolved_rate"
ONLINE = ("online_submission_rate", "full_online_rate", "online_payment_rate")
PARA_BREAK = regex.compile(r"\n[^\S\n]*+\n")  # a blank line
WORD_RE = regex.compile(r"\p{L}")
BACK_STEPS = 2  # how many clauses back the words of a share (``…, đạt 95%``, ``(chiếm 2%)``) may reach
POST_REACH = 120  # the phrase after a percentage, at most this long
FOLLOW_REACH = 500  # a rate naming no dossier continues a feedback count of the sentence before this close
COUNT_WORDS_BACK = 160  # how far back the words of a count may name its rate
# a clause holding nothing but the words that join a share to its thing: "…, đạt", "(chiếm tỷ lệ", "là"
GAP_ONLY = regex.compile(
    r"[\s,(:;]*(?:(?:dat|chiem|bang|la|=|t[yi]\s+le|khoang|gan|tren|hon|duoi|toi\s+thieu|it\s+nhat|con|den)(?!\w)[\s:(]*)*$")
POST_END = regex.compile(r"[;.,()]|\n|\d")
# a number that is a period's, no figure ending a share's words: "hồ sơ năm 2023", "tháng 3/2024", "quý I/2024",
# "6 tháng đầu năm", "ngày 30/6": the digits after a period word, or a number of months
PERIOD_NUMBER = regex.compile(
    r"(?<=(?<!\w)(?:nam|thang|quy|ky|ngay|dot)[^\S\n]+(?:[ivx]+[^\S\n]*[/\-][^\S\n]*)?)\d[\d/.\-]*"
    r"|\d{1,2}[^\S\n]+thang(?!\w)(?:[^\S\n]+(?:dau|cuoi))?(?:[^\S\n]+nam(?:[^\S\n]+\d{4}(?!\d))?)?")
# what a percentage may be followed by and still be a share of dossiers: a dossier noun, or a verb or
# preposition whose subject is the clause's dossiers ("20% được thực hiện toàn trình", "100% qua hình thức …")
AFTER_OK = regex.compile(
    r"[^\S\n]*(?:(?:(?:cac|nhung|so|so\s+luong|tong\s+so)\s+)?"
    rf"(?:(?P<dossier>{DOSSIER}|{DOSSIER_ABBR}|ket\s+qua)|(?P<procedure>{PROCEDURE})|(?P<feedback>{FEEDBACK}|{OPINION}))"
    r"|duoc|da|deu|dang|se|phai|qua|tren|thong\s+qua|bang|tai|o|voi|dat|va|hoac|so\s+voi|tro\s+len|con|trong"
    r"|tang|giam|thap|cao|vuot|chua|nhung|la|theo|do|vi|nen|de|nham|khi|xuong|len|den|cung|cua)(?!\w)|[^\S\n]*$")
# a comma inside a list of small numbers ("mức độ 3, 4", "quý I, II" is no figure) is no clause's end
NUMBER_LIST_HEAD = regex.compile(r"(?<!\w)\d{1,2},$")
NUMBER_LIST_TAIL = regex.compile(r"[^\S\n]*\d{1,2}(?![\d%]|[.,]\d)")
WORD_AFTER = regex.compile(r"[^\S\n]*\p{L}")
RATE_WORD = regex.compile(r"(?<!\w)t[yi]\s+le(?!\w)")
RATE_SUBJECT = regex.compile(r"(?<!\w)t[yi]\s+le\s+(?P<s>\p{L}[\p{L}\s]{0,40})")
DOSSIER_WORD = regex.compile(rf"(?<!\w)(?:{DOSSIER}|{DOSSIER_ABBR})(?!\w)")
PROCEDURE_WORD = regex.compile(rf"(?<!\w)(?:{PROCEDURE})(?!\w)")
FEEDBACK_WORD = regex.compile(rf"(?<!\w)(?:{FEEDBACK})(?!\w)")
# a keyword negated ("chưa hài lòng", "không đúng hạn", "chưa được số hóa"): the complement of its class, no rate of it
NEGATION_BEFORE = regex.compile(r"(?<!\w)(?:chua|khong)(?:\s+(?:duoc|dat|bi|co|that\s+su|thuc\s+su|hoan\s+toan))*\s+$")
NEGATION_REACH = 30
# the passive predicate of a share's dossiers: "(đều|đã) được …"; the next figure ends its words
PREDICATE_RE = regex.compile(r"(?<!\w)(?:(?:deu|da|se|phai|can)\s+)*duoc(?!\w)")
CHANNEL = ("online_submission_rate", "full_online_rate")  # one family: the more specific is the dossiers' own
PAYMENT = "online_payment_rate"


# the words that make a noun the object of a share ("các câu hỏi", "số việc"), and those that make it a scope
# ("của các xã", "UBND các xã", "cấp xã")
LEAD = r"(?:cac|nhung|so|so\s+luong|tong\s+so)\s+"
NOT_AFTER = r"(?<!(?<!\w)(?:cua|tai|o|cap|ubnd|tren|thuoc|den|cho|voi|tu|trong|giua|khoi|dia\s+ban)\s+)"
THING_SPAN = 80  # how far after "tỷ lệ" its thing is looked for


@dataclass(frozen=True)
class RateWords:
    """The keyword classes as one leftmost-longest alternation, and the guards."""

    regex: regex.Pattern[str]
    metrics: tuple[str, ...]  # by group index; "" names nothing
    other_subject: regex.Pattern[str]  # the subject of "tỷ lệ" that is no dossier
    thing: regex.Pattern[str]  # the first thing a share's words name: no dossier (group "other") or one
    other_after: regex.Pattern[str]  # a thing that is no dossier right after a percentage ("96% số việc")
    guarded: frozenset[str]  # the dossier rates the guard turns to "other"


@cache
def load_words(path: Path = DATA) -> RateWords:
    """The ``[[rate_keyword]]`` classes and the ``[rate_keyword_guard]`` of figures.toml, compiled once."""
    try:
        raw = load_raw(path)
        metrics: list[str] = []
        alts: list[str] = []
        for e in raw.get("rate_keyword", []):
            for p in e["patterns"]:
                alts.append(f"(?P<k{len(metrics)}>{words(p)})")
                metrics.append(e["metric"])
        guard = raw.get("rate_keyword_guard", {}).get("other_subjects", [])
        body = "|".join(alts) or "(?!x)x"
        other = "|".join(words(g) for g in guard) or "(?!x)x"
        own = rf"{COUNTED_ABBR}|ket\s+qua"
        thing = regex.compile(rf"(?<!\w)(?:(?P<lead>{NOT_AFTER}{LEAD})?(?P<other>{other})|(?P<own>{own}))(?!\w)")
        after = regex.compile(rf"[^\S\n]*(?:{LEAD})?(?:{other})(?!\w)")
        dossier_rates = frozenset(raw.get("rate_keyword_guard", {}).get("dossier_rates", []))
        return RateWords(regex.compile(rf"(?p)(?<!\w)(?:{body})(?!\w)"), tuple(metrics),
                         regex.compile(rf"(?:{other})(?!\w)"), thing, after, dossier_rates)
    except (KeyError, TypeError, regex.error) as exc:
        raise ValueError(f"{path}: cannot load rate keywords: {exc}") from exc


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    metric: str


def keywords(ft: str, lo: int, hi: int) -> list[Hit]:
    """The keyword matches inside [lo, hi), in order (a neutral phrase has metric "")."""
    rw = load_words()
    return [Hit(m.start(), m.end(), rw.metrics[int(m.lastgroup[1:])]) for m in rw.regex.finditer(ft, lo, hi)]


def own_words(ft: str, clause_start: Callable[[int], int], lo: int, start: int, prev_end: int = 0) -> int:
    """Where the words naming a percentage at ``start`` begin: its clause's start, not before ``lo`` nor the
    previous figure's end ``prev_end``; one clause further back (the previous figure's too) while the words
    before it only join a share to its thing (``…, đạt 95%``, ``… 20 ngàn (đạt 96%)``)."""
    cs = max(lo, clause_start(start))
    # "mức độ 3, 4 đạt 20%": the comma of a list of levels ends no clause, its last number is no figure before
    while cs > lo and (t := NUMBER_LIST_TAIL.match(ft, cs)) and NUMBER_LIST_HEAD.search(ft, max(0, cs - 8), cs):
        if cs <= prev_end <= t.end():
            prev_end = 0
        cs = max(lo, clause_start(cs - 1))
    cs = max(cs, prev_end)
    for _ in range(BACK_STEPS):
        if cs <= lo or GAP_ONLY.match(ft, cs, start) is None:
            break
        cs = max(lo, clause_start(max(cs - 1, 0)))
    # a headline or a paragraph before a blank line names no rate of the next one ("…trong giải quyết thủ tục hành
    # chính\n\n12/07/2025\n\nTỷ lệ cấp kết quả điện tử đạt 99,1%"), unless the figure's paragraph has no words
    breaks = [m.end() for m in PARA_BREAK.finditer(ft, cs, start)]  # (a clause's own words: a short window)
    if breaks and WORD_RE.search(ft, breaks[-1], start) is not None:
        cs = breaks[-1]
    return cs


def names_dossiers(ft: str, end: int) -> bool:
    """Whether the words right after a percentage ending at ``end`` name dossiers or procedures (``100% hồ sơ được
    giải quyết đúng hạn``): its own words, which no feedback count before it overrides."""
    a = AFTER_OK.match(ft, end, min(len(ft), end + 40))
    return a is not None and (a.group("dossier") is not None or a.group("procedure") is not None)


def opens_noun(ft: str, end: int) -> bool:
    """Whether the words right after a percentage ending at ``end`` name what it is a share of (``99% hồ sơ …``)."""
    a = AFTER_OK.match(ft, end, min(len(ft), end + 40))
    return a is not None and any(a.group(g) is not None for g in ("dossier", "procedure", "feedback"))


def post_end(ft: str, end: int) -> int:
    """Where the phrase after a percentage ends: a comma, a stop, a parenthesis, a figure, a line end."""
    hi = min(len(ft), end + POST_REACH)
    p = end
    while (m := POST_END.search(ft, p, hi)) is not None:
        if (y := period_number(ft, m.start())) is None:
            return m.start()
        p = y
    return hi


# an aside in brackets among a share's words: no figure, no clause of its own inside
ASIDE_RE = regex.compile(r"\([^()%;\n]{1,80}\)")


def aside_end(ft: str, p: int) -> int | None:
    """Where the aside in brackets opening at ``p`` ends (``(trừ lĩnh vực đất đai)``, ``(tính đến ngày 30/6)``), or
    None when ``p`` opens none."""
    m = ASIDE_RE.match(ft, p)
    return m.end() if m is not None else None


def period_number(ft: str, p: int) -> int | None:
    """Where the period whose number starts at ``p`` ends (``năm 2023``, ``tháng 3/2024``, ``6 tháng đầu năm``), or
    None when the number at ``p`` is none of a period."""
    m = PERIOD_NUMBER.match(ft, p)
    return m.end() if m is not None else None


def refine(metric: str, hits: list[Hit]) -> str:
    """The resolved rate named by words that also hold a more specific class: that class
    (``số hồ sơ quá hạn đã giải quyết là 41``, ``tỷ lệ giải quyết hồ sơ trực tuyến toàn trình``)."""
    if metric != RESOLVED:
        return metric
    specific = [h for h in hits if h.metric not in ("", RESOLVED)]
    return specific[-1].metric if specific else metric


def rate_subject(ft: str, lo: int, hi: int) -> str | None:
    """The words after the last ``tỷ lệ`` inside [lo, hi) (what the rate is a share of, or its verb), else None."""
    subject = None
    for m in RATE_SUBJECT.finditer(ft, lo, hi):
        subject = m.group("s")
    return subject


def measures_other(ft: str, lo: int, hi: int) -> bool:
    """Whether the last ``tỷ lệ`` inside [lo, hi) is the share of something that is no dossier (``tỷ lệ doanh
    nghiệp …``, ``tỷ lệ hồ sơ công việc …``: ``[rate_keyword_guard]``)."""
    subject = rate_subject(ft, lo, hi)
    return subject is not None and load_words().other_subject.match(subject) is not None


def shares_other(ft: str, lo: int, start: int, end: int) -> bool:
    """Whether a percentage at [start, end) (its own words from ``lo``) is the share of a thing that is no dossier,
    procedure or feedback (``[rate_keyword_guard]``): the thing its last ``tỷ lệ`` names first — at its start
    (``tỷ lệ xã hoàn thành số hóa``) or as the object of its verb (``tỷ lệ trả lời đúng hạn các câu hỏi``; never a
    scope: ``tỷ lệ giải quyết đúng hạn của các xã``) — or the words right after it (``giải quyết xong 96% số việc``)."""
    rw = load_words()
    if rw.other_after.match(ft, end, min(len(ft), end + 60)):
        return True
    rate = None
    for m in RATE_WORD.finditer(ft, lo, start):
        rate = m
    if rate is None:
        return False
    hi = min(start, rate.end() + THING_SPAN)
    p = rate.end()
    while (m := rw.thing.search(ft, p, hi)) is not None:
        if m.group("own") is not None:
            return False
        if m.group("lead") is not None or not ft[rate.end():m.start()].strip() \
                or m.group("other").startswith("ho"):  # "hồ sơ công việc"
            return True
        p = m.end()
    return False


def keyword_metric(ft: str, back_lo: int, start: int, end: int, *, after: bool = True,
                   topic_lo: int | None = None) -> tuple[str | None, bool]:
    """The metric the keyword classes give a percentage at [start, end) (its own words from ``back_lo``,
    the phrase after it when ``after``), or None; and whether feedback is named in those words, or in the
    words from ``topic_lo`` (the sentence before) when no dossier is named since (``… tiếp nhận 900 lượt yêu cầu, gửi
    phản ánh, kiến nghị. Tổng đài đã xử lý 880 lượt, đạt 97,8%``)."""
    rw = load_words()
    pe = post_end(ft, end) if after else end
    tail = ft[end:pe]
    a = AFTER_OK.match(ft, end, pe) if after else None
    behind = keywords(ft, end, pe) if after else []
    if after and a is None and WORD_AFTER.match(tail) and not (behind and not ft[end:behind[0].start].strip()):
        return None, False  # "100% cán bộ", "100% xã": not a share of dossiers ("20% toàn trình" is one)
    if a is not None and a.group("dossier") and rw.other_subject.match(ft, a.start("dossier")):
        return None, False  # "100% hồ sơ công việc": office files, not dossiers
    back = ft[back_lo:start]
    subject = rate_subject(ft, back_lo, start)
    if subject is not None and rw.other_subject.match(subject):
        return None, False  # "tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử"
    before = keywords(ft, back_lo, start)
    live = [h for h in (*before, *behind) if h.metric]
    if not live:
        return None, False
    procedure = (a is not None and a.group("procedure") is not None) or (
        subject is not None and PROCEDURE_WORD.match(subject) is not None)
    if procedure and not DOSSIER_WORD.search(back + " " + tail):
        # a share of procedures: of their dossiers only when they are resolved, never offered online
        if not any(h.metric == RESOLVED for h in live):
            return None, False
        live = [h for h in live if h.metric not in ONLINE]
        if not live:
            return None, False
    specific = [h for h in live if h.metric != RESOLVED]
    pool = specific or live
    best = min(pool, key=lambda h: start - h.end if h.end <= start else h.start - end)
    feedback = FEEDBACK_WORD.search(back + " " + tail) is not None
    if not feedback and topic_lo is not None and topic_lo < back_lo:
        topic = ft[topic_lo:start] + " " + tail
        feedback = FEEDBACK_WORD.search(topic) is not None and DOSSIER_WORD.search(topic) is None \
            and PROCEDURE_WORD.search(topic) is None
    return best.metric, feedback


def negated(ft: str, lo: int, start: int, end: int, metric: str) -> bool:
    """Whether the keyword of ``metric``'s class nearest a percentage at [start, end) — in its own words from ``lo``
    or the phrase after it — is negated (``2,87% chưa hài lòng``, ``tỷ lệ hồ sơ chưa được số hóa 12%``): the share
    is of the complement, no rate of that class."""
    hits = [h for h in (*keywords(ft, lo, start), *keywords(ft, end, post_end(ft, end))) if h.metric == metric]
    if not hits:
        return False
    near = min(hits, key=lambda h: start - h.end if h.end <= start else h.start - end)
    return NEGATION_BEFORE.search(ft, max(0, near.start - NEGATION_REACH), near.start) is not None


def predicate_metric(page: Page, lo: int, hi: int) -> str | None:
    """The rate the passive predicate inside [lo, hi) names (``… được tiếp nhận, giải quyết đúng hạn``): its first
    rate cue, else the keyword class of its words; None when no predicate, or it names none or only the resolved
    rate (``… được tiếp nhận``, ``… được giải quyết``: the verb of any dossier, yielding to the dossiers' own class)."""
    ft = page.ft
    # "…, trong đó ít nhất 20% được …": the next figure's words (a year or a date among the dossiers' modifiers, "100%
    # hồ sơ năm 2023 được …", "… tháng 3/2024 …", is no figure: figure_scan)
    i = bisect.bisect_left(page.figure_starts, lo)
    if i < len(page.figure_starts) and page.figure_starts[i] < hi:
        hi = page.figure_starts[i]
    m = PREDICATE_RE.search(ft, lo, hi)
    if m is None:
        return None
    c = page.cues["indicator"].first_where(m.start(), hi, lambda _: True)
    metric = refine(c.metric, keywords(ft, c.start, hi)) if c is not None else None
    if metric is None:
        specific = [h.metric for h in keywords(ft, m.start(), hi) if h.metric]
        metric = next((k for k in specific if k != RESOLVED), None)
    if metric in CHANNEL and any(h.metric in CHANNEL for h in keywords(ft, lo, m.start())):
        return None  # "100% hồ sơ … toàn trình được thực hiện trực tuyến": the channel its dossiers already name
    return None if metric == RESOLVED else metric


def prev_figure_end(page: Page, fig: Figure) -> int:
    """The end of the figure of any kind (a fraction, a count …) before ``fig``, else 0."""
    i = bisect.bisect_left(page.figure_starts, fig.start) - 1
    return page.figures[i].end if i >= 0 else 0


def sentence_before(page: Page, p: int) -> int:
    """The start of the sentence before the one holding ``p`` (or of its own, first in the text)."""
    own = page.st.last_full_stop(p)
    return page.st.last_full_stop(own - 1) if own > 0 else own


def follows_count(page: Page, pfig: Figure, fig: Figure) -> bool:
    """Whether a rate continues the count ``pfig`` of the sentence before: the next figure, close, and no
    dossier or procedure named between (``… 1.250 phản ánh, kiến nghị. Trong đó, tỷ lệ xử lý đúng hạn …``)."""
    if fig.start - pfig.end > FOLLOW_REACH or prev_figure_end(page, fig) != pfig.end:
        return False
    if (h := page.st.heading_before(fig.start)) is not None and h[0] >= pfig.end and "\n" in page.ft[h[2]:fig.start]:
        return False  # a heading line between ("III. NHIỆM VỤ"): the rate opens another section (not "3. Tỷ lệ …")
    between = page.ft[pfig.end:fig.start]
    return not (DOSSIER_WORD.search(between) or PROCEDURE_WORD.search(between))


def count_rate(page: Page, c: CountFact, metric: str) -> str:
    """The rate of count ``c``; the resolved rate, the verb of any dossier, yields to a more specific class of the
    count's own words (``số hồ sơ quá hạn đã giải quyết là 41 hồ sơ, chiếm 2%``); the online rate to the full online
    one its words name (``hồ sơ trực tuyến toàn trình 400 hồ sơ, chiếm 20%``)."""
    if metric not in (RESOLVED, CHANNEL[0]):
        return metric
    lo = max(page.st.clause_start(c.start), c.start - COUNT_WORDS_BACK)
    hits = keywords(page.ft, lo, c.end)
    if metric == CHANNEL[0]:  # (a fee paid online: "nghĩa vụ tài chính được nộp trực tuyến 150 hồ sơ")
        return next((k for k in (CHANNEL[1], PAYMENT) if any(h.metric == k for h in hits)), metric)
    return refine(metric, hits)


# "A (67%) cùng các tỉnh B (86,5%), C (65,9%) là 5 tỉnh dẫn đầu về tỷ lệ hồ sơ trực tuyến": values of places in
# parentheses, the rate they give named after the list
PAREN_OPEN = regex.compile(r"\([^\S\n]*$")
LIST_REST = regex.compile(r"[^\S\n]*\)(?:[^%();.!?\n\d]{1,60}?\([^\S\n]*\d[\d.,]*[^\S\n]*%[^\S\n]*\))*")
LIST_PREDICATE_REACH = 160  # how far after the list its predicate may name the rate
PREDICATE_END = regex.compile(r"[;.!?](?=\s|$)|\n|%")


def named_after_list(page: Page, fig: Figure) -> str | None:
    """The rate a percentage written alone in a parenthesis after a place (``Đà Nẵng (67%)``) gives, named by the
    predicate after the list of such values in the same sentence (``… là 5 tỉnh dẫn đầu về tỷ lệ hồ sơ trực
    tuyến``): the first rate cue after the list, with no figure between; None when no such cue, or when that cue
    has a percentage of its own after it (``A (95%), B (90%) hoàn thành; tỷ lệ … đạt 40%``)."""
    ft = page.ft
    if not PAREN_OPEN.search(ft, max(0, fig.start - 4), fig.start):
        return None
    rest = LIST_REST.match(ft, fig.end)
    if rest is None:
        return None
    lo = rest.end()
    stop = PREDICATE_END.search(ft, lo, min(len(ft), lo + LIST_PREDICATE_REACH))
    hi = stop.start() if stop else min(len(ft), lo + LIST_PREDICATE_REACH)
    if stop is not None and stop.group() == "%":
        return None
    cue = page.cues["indicator"].first_where(lo, hi, lambda _: True)
    if cue is None:
        return None
    return refine(cue.metric, keywords(ft, cue.start, cue.end))
