"""The metric of a percentage in running text, and the targets that qualify it.

A percentage takes, in this order:

- an indicator cue of its window (a resolved rate made the more specific class its words name);
- the rate of the count it is the share of, when two counts of its sentence give its value (``… toàn trình là 1.200
  và tổng số … là 2.000, chiếm 60%``: :mod:`extract.extractors.figure_rate_shares`; finished among received, the
  resolved rate; a part over a whole of its own class, ``other``; the on-time part after the early one, over the
  finished with the early part added, the on-time rate);
- the rate of the count (or fraction) it follows (``3985 hồ sơ đạt 99,72%``; of a count read as ``other``, the rate
  its words name), of a count cue next to it (``đúng và trước hạn 100%``, ``đạt 100% trước hạn, đúng hạn``), or of
  its numbered heading; a rate named after its value (``đạt 100% tỷ lệ hồ sơ … được …``) the cue of its own words;
- the metric of the rate whose list it continues (``cấp tỉnh đạt 99,12%, cấp huyện đạt 97,46%``) or whose previous
  value it gives (``(Quý IV/2025: 88,2%)``); a bare ``tỷ lệ`` (``dẫn đầu với tỷ lệ 100%``, ``tỷ lệ này``) and a
  change (``giảm từ 10,85% xuống còn 1,31%``) refer back to the rate before;
- when nothing of these names it, the keyword class of its own words (:mod:`extract.extractors.figure_rate_words`:
  ``số hồ sơ chậm 0,9%``, ``100% hồ sơ đều được trả sớm hạn và đúng hạn``).

A base written after it (``…, chiếm 10% số hồ sơ đã giải quyết``) turns the metric read for its numerator into that
of the numerator over the base (:mod:`extract.extractors.figure_rate_base`: late among finished, ``late_rate``; late
among late, ``other``). Guards then make it ``other`` (a thing that is no dossier, a negated keyword, a share of its
own base, a share of procedures by what is done to them: :mod:`extract.extractors.figure_rate_context`). A
percentage an index's own name names takes its rank (:mod:`extract.extractors.figure_scores`, which reads index scores). A target (``(chỉ
tiêu giao ≥ 80%)``) qualifies the rate before it, or in a numbered heading the rates of the heading's metric under
it. Differences (``tăng 2,41 điểm`` -> other) and the other marks are read by :mod:`extract.extractors.figure_marks`.
"""

from __future__ import annotations

import regex

from extract.extractors import figure_marks as marks
from extract.extractors import figure_rate_base as rate_base
from extract.extractors import figure_rate_context as context
from extract.extractors import figure_rate_shares as shares
from extract.extractors import figure_rate_status as status
from extract.extractors import figure_rate_words as rate_words
from extract.extractors.figure_cues import COUNT_FAMILIES, mark_words
from extract.extractors.figure_marks import (
    REFER_BACK_RE,
    difference,
    opens_clause,
    previous_period,
    qualifier,
)
from extract.extractors.figure_nouns import DOSSIER, DOSSIER_ABBR, PROCEDURE
from extract.extractors.figure_page import CONNECTORS, POST_WINDOW, Page, State, text_label
from extract.extractors.figure_scan import Figure
from extract.extractors.figure_scores import index_rank
from extract.extractors.figure_text import headline_end

INHERIT_WINDOW = 250  # a rate continues the list of the rate at most this far before it
# a sentence end or a new list item between two rates: the second does not continue the first's list
SENTENCE_END_RE = regex.compile(r"[.!?](?=\s)|\n[^\S\n]*\n?[^\S\n]*(?=[-+*•–]|\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+\p{L}|[ivx]{1,4}\.\s)")
# a rank among places: "thấp nhất", "dẫn đầu", "đứng cuối", "xếp thứ hai", "cuối bảng" ([rate_marks] superlatives)
SUPERLATIVE_RE = regex.compile(rf"(?<!\w)(?:{mark_words('superlatives')})(?!\w)")
# "…, về kết quả giải quyết đạt 82,9%": an aspect of the rate before
ASPECT_RE = regex.compile(r"[^\S\n]*(?:va\s+)?ve\s+\p{L}[^;.\n]{0,80}?(?:dat|la|:)\s*$")
RATE_WORD_RE = regex.compile(r"(?<!\w)t[yi]\s+le(?!\w)")
# what may stand between a bare "tỷ lệ" and its figure ("với tỷ lệ 100%", "đạt tỷ lệ này dưới 3%", "(tỷ lệ: 80%")
BARE_TAIL_RE = regex.compile(
    r"(?:\s+(?:nay|tren|do)(?!\w))?"
    # "so với tỷ lệ trung bình của các địa phương (17%)": the same rate, of others or on average
    r"(?:\s+(?:trung\s+binh|binh\s+quan|chung)(?!\w))?"
    rf"(?:\s+(?:cua|o|tai)\s+(?!(?:\p{{L}}+\s+){{0,5}}?(?:{DOSSIER}|{DOSSIER_ABBR}|{PROCEDURE})(?!\w))[^\d%;.()\n]{{1,50}}?)?"
    # "có tỷ lệ thấp nhất, lần lượt là 91% và 93%", "tỷ lệ tương ứng là …"
    r"[\s,]*(?:(?:la|dat|chi|khoang|gan|tren|duoi|hon|o\s+muc|(?:cao|thap)\s+nhat|lan\s+luot|tuong\s+ung)(?!\w)[\s,]*)*"
    r"[:(]?\s*$")
CHANGE_FROM_RE = regex.compile(r"(?<!\w)(?:tang|giam|nang|ha)(?:\s+(?:manh|dan|nhanh|sau))?\s+tu\s*$")
BARE_RATE_RE = regex.compile(r"(?<!\w)t[yi]\s+le" + BARE_TAIL_RE.pattern)
BASE_AFTER = regex.compile(r"tong(?!\w)")  # "… chiếm 0,8% tổng số hồ sơ đã giải quyết": the base, no numerator
BRACKET_OPEN_RE = regex.compile(r"\([^\S\n]*$")  # a count opening a bracket: "Số hồ sơ quá hạn (04 hồ sơ)"
BRACKET_CLOSE_RE = regex.compile(r"[^\S\n]{0,3}\)")
FEEDBACK_COUNTS = ("feedback_received", "feedback_handled")
PREV_PAREN = regex.compile(r"\(\s*(?:cung\s+ky|ky|thang|quy|nam|6\s+thang|9\s+thang)(?!\w)")


def read_percent(page: Page, fig: Figure, lo: int, s: State, scope: str | None) -> dict:
    ft, text = page.ft, page.text
    if lo == s.prev_rate_end and lo > 0 and ft[lo - 1] == "%" and rate_words.opens_noun(ft, lo):
        # "99% hồ sơ giải quyết trước và đúng hạn, 1% quá hạn": the words after the percentage before are its
        # own (what it is a share of), not this one's
        lo = max(lo, page.st.clause_start(fig.start))
    base = _share_base(page, fig, s)  # "…, chiếm 10% số hồ sơ đã giải quyết": the dossiers after it are its base
    diff = difference(text, ft, fig.start, fig.end)
    if diff is not None:  # "thấp hơn 7,65%", "so với cùng kỳ tăng 8,2%": never the metric itself
        return dict(start=fig.start, end=fig.end, text=text[fig.start:fig.end], metric="other",
                    value=float(fig.value), unit="%", scope=scope, qualifier=marks.change_qualifier(ft, fig.start, fig.end),
                    label=diff)
    if (marks.volume_ratio(ft, fig.start, fig.end) and (base is None or base.cls is None or base.period)) or (  # "bằng 90% số hồ sơ trực tuyến của cả năm 2021"
            # "…, 61% số hồ sơ quá hạn là do …, 39% còn lại do …": a split by cause, opening its clause
            marks.cause_share(ft, fig.start, fig.end) and CONNECTORS.fullmatch(
                ft[marks.cause_list_start(ft, page.st.last_full_stop(fig.start), page.st.clause_start(fig.start),
                                          fig.start):fig.start]) is not None):
        return dict(start=fig.start, end=fig.end, text=text[fig.start:fig.end], metric="other",
                    value=float(fig.value), unit="%", scope=scope, qualifier=qualifier(ft, fig.start, fig.end),
                    label=text_label(text, lo, fig.start))
    metric, read_on = _percent_metric(page, fig, lo, s, base)
    label = None
    own = rate_words.own_words(ft, page.st.clause_start, lo, fig.start, rate_words.prev_figure_end(page, fig))
    if (aspect := _aspect(page, fig, s)) is not None:
        metric, read_on = aspect, False
    if metric is None:  # no cue, count or fraction names it: the keyword class of its own words
        metric, feedback = rate_words.keyword_metric(ft, own, fig.start, fig.end, after=base is None,
                                                     topic_lo=rate_words.sentence_before(page, fig.start))
        if metric is not None:
            read_on = True
            if feedback and metric in page.data.feedback_rate:  # "đã xử lý 97% phản ánh, kiến nghị"
                metric = page.data.feedback_rate[metric]
    if base is not None:  # the numerator's rate over the base's class: late among finished, late among late
        metric, read_on = rate_base.over_base(metric, base), True
    elif s.basis is not None and s.basis[0] >= lo:  # "…: 188/214 HS có phí = 87,85%": the fraction's base words
        metric = rate_base.over_fraction_words(metric, ft, s.basis[0], fig.start)
    if metric is None and not read_on:  # "…, riêng các dịch vụ công trực tuyến toàn trình đạt 80%"
        metric = status.full_online_part(page, fig, s, own)
    if metric is None and not read_on:  # "Đà Nẵng (67%) cùng … là 5 tỉnh dẫn đầu về tỷ lệ hồ sơ trực tuyến"
        metric = rate_words.named_after_list(page, fig) or context.goal_metric(page, fig.start)
    if metric is None and not read_on and (inherit := _inherited(page, fig, s, scope)) is not None:
        metric, label = inherit
    if metric is None and not read_on:  # "- Thanh toán trực tuyến: 1.986 giao dịch; tỷ lệ 96,2%"
        metric = status.line_label_metric(page, fig)
    if metric is None and not read_on:
        h = page.st.heading_before(fig.start)
        if h is not None and fig.start - h[2] < 3000:
            c = page.cues["indicator"].nearest(h[1], h[2])
            if c is not None:
                metric = c.metric
    if metric in page.data.feedback_rate and s.prev_count is not None and not rate_words.names_dossiers(ft, fig.end):
        # "đã xử lý 02 phản ánh, kiến nghị, tỷ lệ xử lý đúng hạn đạt 100%" (also after ";", in the same sentence);
        # "… tiếp nhận 1.250 PAKN. Trong đó, tỷ lệ xử lý đúng hạn đạt 94,1%": the next figure, naming no dossier
        pfig, pc = s.prev_count
        # (a bare number read as feedback by the words before it: "Số PAKN đã xử lý: 09; …")
        if (pfig.family == "feedback" or pc.metric in FEEDBACK_COUNTS) and (pfig.end >= page.st.last_full_stop(fig.start) or rate_words.follows_count(page, pfig, fig)):
            metric = page.data.feedback_rate[metric]
    if marks.BUDGET_AFTER.match(ft, fig.end) or marks.apology(ft, page.st.last_full_stop(fig.start), fig.start):
        metric = "other"
    if metric in rate_words.load_words().guarded and rate_words.shares_other(ft, own, fig.start, fig.end):
        metric = "other"  # "tỷ lệ xã hoàn thành số hóa"
    if metric is not None and rate_words.negated(ft, own, fig.start, fig.end, metric):
        metric = "other"  # "trên 97% hài lòng, trong đó chỉ có 2,87% chưa hài lòng"
    if metric not in (None, "other") and (context.share_of_own_base(ft, fig.end, metric, page.data.feedback_rate)
                                          or context.names_other_thing(ft, own, fig.start, fig.end, metric)):
        metric = "other"  # "chiếm 74% tổng số hồ sơ quá hạn"; "số hóa 100% hồ sơ đang lưu trữ"
    if metric in rate_words.load_words().guarded and context.procedure_act(
            ft, max(page.st.last_full_stop(fig.start), rate_words.prev_figure_end(page, fig)), fig.start, fig.end):
        metric = "other"  # "Tỷ lệ TTHC công bố đúng hạn: 73%": procedures published, no dossier finished
    metric = metric or "other"
    if metric == "other":
        label = text_label(text, lo, fig.start)
    return dict(start=fig.start, end=fig.end, text=text[fig.start:fig.end], metric=metric,
                value=float(fig.value), unit="%", scope=scope, qualifier=qualifier(ft, fig.start, fig.end),
                label=label, **index_rank(page, fig, lo))


def _share_base(page: Page, fig: Figure, s: State) -> rate_base.Base | None:
    """The base written after a share (:mod:`figure_rate_base`); after ``đạt`` only right after a count."""
    base = rate_base.base_after(page, fig.start, fig.end)
    if base is not None and base.weak and not (s.prev_count is not None and s.count_end >= page.st.last_full_stop(fig.start)
                                               and marks.RATE_GAP_RE.match(
            page.ft[_past_bracket(page.ft, s.prev_count[0].start, s.count_end):fig.start])):
        return None
    return base


def _percent_metric(page: Page, fig: Figure, lo: int, s: State,
                    base: rate_base.Base | None = None) -> tuple[str | None, bool]:
    """The metric named around a percentage, and whether it names its own subject (then nothing
    before its clause or under its heading may name it). With a ``base`` written after it, the words after it
    name no numerator."""
    ft, st, data = page.ft, page.st, page.data
    cs = st.clause_start(fig.start)
    if base is None and (named := marks.PCT_RATE_AFTER.match(ft, fig.end)) is not None:  # "đạt 100% tỷ lệ hồ sơ … được …"
        c = page.cues["indicator"].nearest(fig.end, _post_end(ft, named.end()))
        return (c.metric if c is not None else None), True
    # (a base after it is no subject opening a clause: "12 hồ sơ trễ hạn (4% số hồ sơ đã giải quyết)")
    opens = base is None and cs > lo and CONNECTORS.fullmatch(ft[cs:fig.start]) is not None and opens_clause(ft, fig.end)
    metric: str | None = None
    cue = page.cues["indicator"].nearest(cs if opens else lo, fig.start)
    if cue is None and s.prev_count is not None and not opens:
        # "… tiếp nhận 402 hồ sơ nhưng có tỷ lệ trực tuyến 97,8%": its own "tỷ lệ …" right before it, read by the count too
        cue = status.own_rate_cue(page, s.prev_count[0].end, fig.start)
    if cue is not None:  # "tỷ lệ giải quyết hồ sơ trực tuyến toàn trình đạt 65%": the specific class of its words
        metric = rate_words.refine(cue.metric, rate_words.keywords(ft, cue.start, fig.start))
    if metric is None and base is None:  # "đạt 100% trước hạn, đúng hạn"
        a = marks.AFTER_PCT_RE.match(ft, fig.end)
        c = page.cues["dossier"].starting(a.end()) if a else None
        if c is not None and c.metric in data.rate_of_count and not BASE_AFTER.match(ft, a.end()):
            # (not the whole it is a share of: "chiếm 0,8% tổng số hồ sơ đã giải quyết")
            # "100% hồ sơ trực tuyến … được giải quyết đúng hạn": the cue qualifies the dossiers, the predicate names
            metric = rate_words.predicate_metric(page, c.end, _post_end(ft, c.end)) or data.rate_of_count[c.metric]
    if metric is None and s.prev_count is not None and not opens:
        # "… với 1.488.000 hồ sơ trực tuyến toàn trình, chiếm 83,48%": the rate's words follow the count's figure
        pfig = s.prev_count[0]
        c = page.cues["indicator"].nearest(pfig.num_end, fig.start)
        if c is not None and c.start <= pfig.end + 2 and marks.RATE_GAP_RE.match(
                ft[shares.past_channel_name(page.text, ft, c.end, fig.start):fig.start]):
            metric = c.metric
    if metric is None and s.prev_count is not None and not opens:
        # "… trực tuyến toàn trình là 1.200 và tổng số hồ sơ giải quyết là 2.000, chiếm 60%": the share of
        # one count of the sentence in another is the numerator's rate
        metric = shares.share_of_counts(page, fig, s)
    if metric is None and s.prev_count is not None and not opens:  # "3985 hồ sơ đạt 99,72%"
        pend, cm = s.count_end, s.prev_count[1].metric
        # nothing read between the count and its rate ("other" counts leave no rate's bound)
        last = s.prev_end if cm == "other" else s.prev_rate_end
        # "Số hồ sơ quá hạn (04 hồ sơ) chiếm 0,1%": a count in brackets after its noun gives the rate after them
        gap_lo = _past_bracket(ft, s.prev_count[0].start, pend) if pend == last else pend
        # "7 hồ sơ quá hạn (đất đai 6, xây dựng 1), chiếm 1,21%": an aside after the count
        gap_lo = status.past_aside(page, gap_lo, fig.start)
        # "… được nộp qua Cổng Dịch vụ công quốc gia, chiếm 75%": the rest of the channel's name the count's cue ended in
        gap_lo = shares.past_channel_name(page.text, ft, gap_lo, fig.start)
        if pend == last and pend >= lo and marks.RATE_GAP_RE.match(ft[gap_lo:fig.start]):
            if (around := shares.cue_around(page, s.prev_count[0])) is not None:
                # "Cập nhật 1.500 hồ sơ lên Hệ thống thông tin giải quyết TTHC, đạt 100%": the count inside a rate's words
                metric = around
            elif cm == "other":  # "Hồ sơ … chậm hạn và hồ sơ quá hạn … là 12 hồ sơ (chiếm 0,29%)": the count's own words
                metric = shares.rate_of_words(page, s.prev_count[1])
            elif cm not in data.rate_read_on:  # "cấp xã tiếp nhận 65.134 hồ sơ, đạt 98,81%": read on
                metric = rate_words.count_rate(page, s.prev_count[1], data.rate_of_count.get(cm, "other"))
                if metric in data.feedback_rate and marks.FEEDBACK_NOUN_RE.search(ft, pend, fig.start):
                    metric = data.feedback_rate[metric]  # "giải quyết 2.400 ý kiến (đạt gần 99%)": feedback handled
            if cm in shares.SPLIT_PART and shares.stated_before(page, shares.SPLIT_PART[cm], fig.start):
                metric = "other"  # "… trước hạn 13.767 hồ sơ, chiếm 78%; đúng hạn 3.254 hồ sơ, chiếm 18,4%": on time only
    if metric is None and s.basis is not None and s.basis[0] >= lo and marks.RATE_GAP_RE.match(ft[s.basis[0]:fig.start]):
        metric = data.rate_of_count.get(s.basis[1])
    noun = marks.PCT_NOUN_RE.match(ft, fig.end) if base is None else None
    of_other = noun is not None and noun.group("noun").replace(" ", "") not in marks.RATE_NOUNS
    people = noun is not None and marks.PEOPLE_AFTER.match(ft, noun.start("noun")) is not None
    # "97,83% hồ sơ được giải quyết đúng hạn"; "95% người dân hài lòng …" (a share of the people served)
    if metric is None and noun is not None and (not of_other or people):
        # the predicate names the rate, the words between the noun and it the dossiers it is a share of ("100% hồ
        # sơ trực tuyến … được tiếp nhận, giải quyết đúng hạn": on time); else the first cue after it ("100% hồ sơ
        # được số hóa, trên 80% hồ sơ thanh toán trực tuyến")
        pe = _post_end(ft, noun.end(), aside=True)
        # (a share of procedures is no share of dossiers: "100% TTHC … được cung cấp trực tuyến" keeps its guards)
        metric = rate_words.predicate_metric(page, noun.end(), pe) if noun.group("noun").startswith("ho") else None
        c = page.cues["indicator"].first_where(fig.end, pe, lambda _: True)
        if metric is None and c is not None:
            metric = c.metric
        if metric is None and noun.group("noun").startswith("ho"):  # "giải quyết 99% hồ sơ TTHC đúng hạn"
            metric = status.status_after_noun(page, noun.end(), pe)
    if metric is None and not of_other and not opens:  # "đúng và trước hạn 100%" (not "100% cán bộ")
        c = page.cues["dossier"].nearest(lo, fig.start)
        if c is not None and c.metric in data.rate_of_count and marks.CUE_RATE_GAP_RE.match(ft[c.end:fig.start]) \
                and not rate_words.measures_other(ft, lo, c.start):  # "tỷ lệ doanh nghiệp sử dụng … trực tuyến"
            metric = data.rate_of_count[c.metric]
    return metric, opens or of_other


def _past_bracket(ft: str, start: int, end: int) -> int:
    """Past the closing bracket of a count written in brackets (``(1.045 hồ sơ)``, from ``start`` to ``end``);
    ``end`` when the count is not bracketed."""
    if BRACKET_OPEN_RE.search(ft, max(0, start - 3), start) is None:
        return end
    m = BRACKET_CLOSE_RE.match(ft, end)
    return m.end() if m is not None else end


def _post_end(ft: str, p: int, aside: bool = False) -> int:
    """Where the words naming a percentage after it end: the clause's end, at most POST_WINDOW on; past an aside in
    brackets when ``aside`` (``100% hồ sơ (trừ lĩnh vực đất đai) được …``)."""
    hi = min(len(ft), p + POST_WINDOW)
    while (ce := marks.POST_END_RE.search(ft, p, hi)) is not None:
        if not aside or (p := rate_words.aside_end(ft, ce.start())) is None:
            return ce.start()
    return hi


def _aspect(page: Page, fig: Figure, s: State) -> str | None:
    """``mức độ hài lòng về tiếp cận dịch vụ đạt 85,1%, về công chức giải quyết công việc đạt 84,6%``:
    a clause opening with ``về`` after a rate of the same sentence names another aspect of that rate,
    whatever words of its own it holds (no ``tỷ lệ`` or rate cue of its own)."""
    if s.prev_ind is None:
        return None
    pend, pmetric, _ = s.prev_ind
    cs = page.st.clause_start(fig.start)
    if cs <= pend or fig.start - pend > INHERIT_WINDOW or SENTENCE_END_RE.search(page.ft, pend, fig.start):
        return None
    if ASPECT_RE.match(page.ft, cs, fig.start) is None or "ty le" in page.ft[cs:fig.start]:
        return None
    if page.cues["indicator"].nearest(cs, fig.start) is not None:
        return None
    return pmetric


def _inherited(page: Page, fig: Figure, s: State, scope: str | None) -> tuple[str, str | None] | None:
    """The metric of the rate before, for a rate continuing its list (``cấp tỉnh đạt 99,12%, cấp
    huyện đạt 97,46% và cấp xã đạt 98,03%``; ``Sở A (91,3%), UBND huyện B (94,7%)``) or giving its
    previous period's value (``(Quý IV/2025: 88,2%)``, ``so với 11,6% của năm trước``)."""
    if s.prev_ind is None:
        return None
    pend, pmetric, pscope = s.prev_ind
    gap_lo = max(pend, s.prev_end)
    ft = page.ft
    # "Cấp tỉnh đạt 100%, cấp huyện đạt 97%. Huyện A dẫn đầu với tỷ lệ 100%", "… đạt tỷ lệ này dưới 3%": a bare
    # "tỷ lệ" refers back to the rate before, in the next sentence of the same paragraph too
    back = BARE_RATE_RE.search(ft, max(0, fig.start - 60), fig.start) is not None
    # "…, 0,33%; (huyện A) giảm từ 10,85% xuống còn 1,31%": the change of a rate keeps its metric
    back = back or CHANGE_FROM_RE.search(ft, max(0, fig.start - 30), fig.start) is not None
    # "Tỷ lệ này đưa tỉnh dẫn đầu cả nước, vượt Đà Nẵng (58,89%)"
    back = back or REFER_BACK_RE.search(ft, max(page.st.last_full_stop(fig.start), fig.start - 120), fig.start) is not None
    if back and s.prev_count is not None and s.prev_count[0].start > pend:
        return None  # "…, xã tiếp nhận 500 hồ sơ, đạt tỷ lệ 96%": the bare rate is the count's, not the rate's
    if back and fig.start - pend <= 2 * INHERIT_WINDOW and "\n" not in ft[pend:fig.start]:
        # the figure's own words (its sentence, when the rate before is in an earlier one) name no count
        new_sentence = page.st.last_full_stop(fig.start) > pend
        gap_lo = page.st.last_full_stop(fig.start) if new_sentence else max(gap_lo, page.st.clause_start(fig.start))
    elif (fig.start - pend > INHERIT_WINDOW or SENTENCE_END_RE.search(ft, pend, fig.start)) and \
            not context.continues_comparison(page, fig.start, pend, INHERIT_WINDOW):  # "Ngược lại, huyện D chỉ đạt …"
        return None
    if _names_rate(ft[pend:fig.start]):  # "… tỷ lệ hồ sơ công việc xử lý trên mạng cấp tỉnh đạt 100%, cấp huyện 90%"
        return None
    gap = ft[gap_lo:fig.start]
    period = previous_period(page.text, page.ft, fig.start, fig.end)
    # "92,73% số hồ sơ tiếp nhận mới (Quý IV/2025: 88,2%)": the words naming what the rate is a share
    # of stand before the previous value's parenthesis; only the parenthesis must be free of cues
    if period is not None and (o := page.ft.rfind("(", gap_lo, fig.start)) >= 0 and PREV_PAREN.match(page.ft, o):
        gap_lo, gap = o, page.ft[o:fig.start]
    if any(page.cues[t].nearest(gap_lo, fig.start) for t in COUNT_FAMILIES):
        return None
    if ";" in page.ft[pend:fig.start] and period is None and not back and (scope is None or scope == pscope) \
            and not SUPERLATIVE_RE.search(gap):
        return None  # across ";" only a list of sub-units, levels or ranks ("…; huyện B thấp nhất, đạt 76,4%")
    return pmetric, period


def _names_rate(seg: str) -> bool:
    """Whether ``seg`` (the words between two rates) names a rate of its own: a ``tỷ lệ`` other than the bare
    one right before the second rate (``đạt tỷ lệ``) or one referring back (``tỷ lệ này``)."""
    for m in RATE_WORD_RE.finditer(seg):
        if REFER_BACK_RE.match(seg, m.start()) is None and BARE_TAIL_RE.match(seg, m.end()) is None:
            return True
    return False


def settle_headline(page: Page, inds: list[dict]) -> None:
    """A rate of the headline (the text's first line) read as the resolved rate, whose value the body gives again
    with a more specific class, is that figure: it takes the body's metric (``Tỷ lệ giải quyết hồ sơ cấp xã đạt
    99,99%`` over ``… trả trước và đúng hạn 904 hồ sơ, đạt tỷ lệ 99,99%``: the on-time rate)."""
    first = headline_end(page.ft)
    if first is None:
        return
    for d in inds:
        if d["start"] >= first:
            break
        if d["metric"] != "resolved_rate" or d["unit"] != "%":
            continue
        body = {e["metric"] for e in inds if e["start"] > first and e["unit"] == "%" and e["value"] == d["value"]
                and e["scope"] == d["scope"]}
        body &= rate_words.load_words().guarded - {"resolved_rate"}
        if len(body) == 1:
            d["metric"] = body.pop()
