"""The metric of a count in running text, from the cue that governs it.

CASE 1. a cue before the figure inside its own clause (``kỳ trước chuyển qua 233 hồ sơ; tiếp nhận
        mới 3.957 hồ sơ`` -> received_in_period: the ``;`` stops the look-back);
CASE 2. else a cue after its unit word in the same clause (``118.962 hồ sơ tiếp nhận mới``,
        ``134 thủ tục cung cấp dịch vụ công trực tuyến một phần``);
CASE 3. else, for a figure alone in a parenthesis (``ở lĩnh vực đất đai (42 hồ sơ)``), the nearest
        cue of its sentence; for any other, a cue of its sentence joined to it by ``là`` / ``:``;
CASE 4. else the metric of the list it continues (``…; lĩnh vực người có công 12 hồ sơ``);
CASE 5. else, for a scoped count, the metric the introduction of its list names (``Đã giải quyết 1.200
        hồ sơ. Cụ thể:`` over ``- Lĩnh vực đất đai: 300 hồ sơ``; :mod:`extract.extractors.figure_lists`),
        or the default of its family (data/figures.toml ``default_metric``: what a sub-unit received).
A figure under a parent (``Đang giải quyết 230 hồ sơ (trong hạn 212, quá hạn 18)``) re-reads
its cue in the parent's frame (quá hạn -> pending_late); a late count told one group or case at a
time (``quá hạn 04 hồ sơ (02 hồ sơ đăng ký hộ kinh doanh, …)``) has no key of its own.
"""

from __future__ import annotations

import regex

from extract.extractors.figure_blocks import level_words
from extract.extractors.figure_count_average import average
from extract.extractors.figure_count_breakdown import list_metric
from extract.extractors.figure_count_compared import bracket_prior_metric
from extract.extractors.figure_count_focus import focus_metric, rank_cue
from extract.extractors.figure_count_handover import handed_over
from extract.extractors.figure_count_intake import intake_metric
from extract.extractors.figure_count_keyed import keyed_part
from extract.extractors.figure_count_own import (
    after_count,
    first_verb,
    handled_cue,
    later_rate,
    narrowing,
    opens_line,
    own_cue,
    post_cue,
    rest_item,
    told_whole,
    unit_word,
)
from extract.extractors.figure_count_parts import (
    after_pending,
    gap_words,
    inner_total,
    part_of_other,
    pending_part,
    status_paren,
    total_of_breakdown,
    whole_before,
)
from extract.extractors.figure_count_running import window_metric
from extract.extractors.figure_count_unrecorded import unrecorded
from extract.extractors.figure_count_words import (
    RECEIVED_GENERIC,
    SERVICE_LEVELS,
    dossiers_for,
    holds_set,
    keyword_metric,
    leads_figure,
    metric_family,
    own_clause_end,
    paren_channel,
    planned,
    postal_channel,
    procedure_act,
    service_gap,
)
from extract.extractors.figure_cues import Cue, CueIndex
from extract.extractors.figure_elided import elided_count
from extract.extractors.figure_family import BARE_RUN_GAP, UNIT_FAMILY, adjacent, count_family
from extract.extractors.figure_lists import PARENT_RE, deeper_item, sibling_item
from extract.extractors.figure_marks import difference
from extract.extractors.figure_page import CONNECTORS, POST_WINDOW, WINDOW, Page, State, text_label, unparen
from extract.extractors.figure_respective import respective_metric, run_cue
from extract.extractors.figure_scan import FAMILY_UNIT, Figure
from extract.extractors.figure_scope import LEVEL_AFTER_RE, field_scope, service_kind_before
from extract.extractors.figure_sections import (
    LATE_METRICS,
    explains_late,
    first_count,
    heading_metric,
)
from extract.extractors.figure_still import still_open
from extract.facts import CountFact

# "… đối với 02 TTHC đặc thù thuộc thẩm quyền …": an object, not a figure its own words describe
OBJECT_BEFORE = regex.compile(r"(?:doi\s+voi|ve\s+viec|cho|cua)\s+$")
MAX_GAP_WORDS = 6  # "nộp trực tiếp tại Trung tâm 229 hồ sơ"; farther, only through "là" / ":"
CARRIED = frozenset({"carried_over"})
HANDLED_METRICS = frozenset({"received_total", "resolved_total"})
# the readings an act on the procedure set overrides (a cue of its own, "mức độ 4", "có phát sinh phí", keeps its key)
ACT_OVERRIDES = frozenset({None, "procedures_total", "received_total", "resolved_total", "other"})
# a resolved count is qualified by a timeliness word only right after its unit word ("đã giải quyết 1.150 hồ sơ
# TTHC đúng hạn"), not by one farther in its clause ("giải quyết 500 hồ sơ trong đó đúng hạn 480")
ADJACENT_PARENTS = frozenset({"resolved_total"})
UNIT_TAIL = regex.compile(r"(?:\s+(?:tthc|thu\s+tuc\s+hanh\s+chinh|cac\s+loai|(?:da\s+)?(?:duoc\s+)?(?:giai\s+quyet|tra\s+ket\s+qua)))*\s*")
KEYWORD_FAMILIES = frozenset({"dossier", "feedback"})
RECEIVED_PARTS = frozenset({"carried_over", "received_in_period"})
OWN_PROCESS_RE = regex.compile(r"(?<!\w)(?:giai\s+quyet|xu\s+ly)(?!\w)")
COPULA_END = regex.compile(r"(?:\bla|:)\s*$")
# ", với 3.214 hồ sơ" (after a comma): the figure the clause before it tells the amount of
WITH_OPENS = regex.compile(r"\s*voi\s+(?:(?:tong\s+so|tong\s+cong|hon|gan|khoang|tren|xap\s+xi|len\s+toi|toi)\s+)*")
# "Tỷ lệ hồ sơ nộp trực tuyến là 66,47% (tương ứng với hơn 3,5 triệu hồ sơ)": the count the rate before it stands for
# "tiếp nhận 1.300 TTHC của 18 sở, ban, ngành", "… TTHC thuộc thẩm quyền": procedures owned by agencies are a set,
# not the cases handled ("giải quyết gần 2.000 TTHC" after a month of work)
# (the owners are levels.toml [owners])
OWNER_AFTER = regex.compile(
    rf"[^\S\n]+(?:hanh\s+chinh\s+)?(?:cua\s+(?:[0-9.]+\s+|cac\s+)?(?:{level_words('owners', 'of')})"
    rf"|thuoc\s+(?:{level_words('owners', 'under')}))(?!\w)")
# a word saying a resolving is finished
FINISHED_WORD = regex.compile(r"(?<!\w)(?:da|xong)(?!\w)")
# a breakdown opened right after a count, ';' allowed before it: "9.960 hồ sơ; trong đó …"
# "trong số 1.200 hồ sơ đã giải quyết có 1.150 hồ sơ trước hạn": the whole its parts are told of, qualified by the cue
# right after it even where that cue runs on into the part
WHOLE_BEFORE = regex.compile(r"(?<!\w)(?:trong|tren)\s+(?:tong\s+)?so\s+$")
# the unit word of online services: "1.809 DVCTT", "1.500 dịch vụ công trực tuyến"
SERVICE_UNIT = regex.compile(r"\s*(?:dvc|dich\s+vu\s+cong)")
# "(tổng số 134 thủ tục)" after the set it counts: a figure alone in its parenthesis
PAREN_TOTAL = regex.compile(r"\s*(?:tong\s+(?:so|cong)|tat\s+ca|toan\s+bo)(?:\s+(?:la|gom|co))?[\s:]*")
EQUIVALENT_RE = regex.compile(
    r"\s*(?:tuong\s+ung|tuc\s+la)(?:\s+voi)?(?:\s+(?:hon|khoang|gan|tren|xap\s+xi|chung))?\s*")


# "số máy lẻ 81\n\nTrung tâm …": a unit word across a paragraph break (a blank line, then a capital opening the next
# paragraph) is no unit of the figure; a lower-case word after a blank line continues the line in a text whose every
# line break is a blank line ("379 \n\nngười")
UNIT_PAST_PARAGRAPH_RE = regex.compile(r"[^\S\n]*\n[^\S\n]*\n\s*\p{Lu}")


# "đơn vị có số hồ sơ trực tuyến lớn nhất, 112.000 hồ sơ", "… nhiều nhất với 900 hồ sơ", "… cao nhất tỉnh (900 hồ
# sơ)": a ranking word between a cue and its figure keeps the figure the cue's
SUPERLATIVE_GAP = regex.compile(
    r"\s*(?:(?:nhieu|lon|cao|thap|it|nho)(?:\s+(?:ho\s+so|thu\s+tuc|tthc))?\s+nhat)"
    r"(?:\s+(?:(?:toan|ca|cua|trong)\s+)?(?:tinh|huyen|thanh\s+pho|thi\s+xa|quan|xa|phuong|khoi(?:\s+\w+)?))?"
    r"[\s,:(\-–]*(?:(?:la|voi|dat|co|khoang|hon|gan|tren|len\s+toi|toi)\s+)*")


def _cue(page: Page, fig: Figure, lo: int, nxt: int, cues: CueIndex) -> tuple[Cue | None, int]:
    """The cue governing a count (CASES 1-3 of the module docstring) and where reading stopped."""
    ft, st = page.ft, page.st
    cs = max(lo, st.clause_start(fig.start))
    if fig.kind == "count" and WHOLE_BEFORE.search(ft, max(0, fig.start - 20), fig.start):
        # "12 hồ sơ trễ hạn trên tổng số 9.560 hồ sơ đã giải quyết": a base takes its own words, not its part's
        own = cues.first(fig.end, min(st.next_clause(fig.end), fig.end + POST_WINDOW))
        if own is not None and not ft[fig.end:own.start].strip():
            return own, own.end
    pre = cues.nearest(cs, fig.start, overlap_lo=True)
    if pre is not None and after_count(page, pre.start):
        # "994 hồ sơ đã được tiếp nhận và đã giải quyết 789 hồ sơ": the first verb of a compound cue is the count's
        # before it; this figure takes the cue of the last verb
        k = max(ft.rfind(" va ", pre.start, pre.end), ft.rfind(",", pre.start, pre.end))
        inner = cues.nearest(k + 1, fig.start) if k > pre.start else None
        if inner is not None and inner.end == pre.end:
            pre = inner
    if pre is not None and not _in_heading_before(page, pre, fig):
        gap = unparen(ft[pre.end:fig.start])
        if gap_words(gap) <= MAX_GAP_WORDS or COPULA_END.search(gap):
            hi = min(st.next_clause(fig.end) - 1, nxt, fig.end + POST_WINDOW)
            own = own_cue(ft, fig.end, hi, cues) if fig.kind == "count" else None
            if own is not None and (narrowing(ft, own) or opens_line(ft, pre, fig.start)):
                return own, own.end  # "Tiếp nhận 210 hồ sơ có thu phí", "…năm 2025\n\n58 hồ sơ được tiếp nhận"
            if pre.metric in page.data.parent_remap and fig.kind == "count":
                # "đang giải quyết 03 hồ sơ quá hạn", "giải quyết dứt điểm 03 hồ sơ quá hạn"
                ce = min(st.next_clause(fig.end) - 1, nxt, fig.end + POST_WINDOW)
                post = cues.first(fig.end, ce)
                if post is None and ":" not in ft[pre.end:fig.start]:
                    # (in running text, not after a key's colon: a key names what its value counts, so "Đang
                    # giải quyết: 21 hồ sơ (trong hạn)" is the key's total, the bracket a remark on it; in "đang
                    # giải quyết 03 hồ sơ (quá hạn)" the bracket narrows the verb's count)
                    post = status_paren(page, fig, cues)
                sub = page.data.parent_remap[pre.metric]
                # (a qualifier a breakdown part would take its total's metric from, a generic ancestor of the
                # figure's own metric, qualifies nothing: "tiếp nhận trực tuyến 300 hồ sơ và tiếp nhận mới trong kỳ
                # 500 hồ sơ", the second cue is the next figure's)
                if post is not None and post.metric in sub and pre.metric not in (post.metric, sub[post.metric]) and (
                        pre.metric not in ADJACENT_PARENTS or UNIT_TAIL.fullmatch(ft, fig.end, post.start)) \
                        and not later_rate(page, fig.end, post):  # ("402 hồ sơ nhưng có tỷ lệ trực tuyến 97,8%")
                    return Cue(post.start, post.end, sub[post.metric]), post.end
            return pre, fig.end
    if fig.kind == "count" and (rank := rank_cue(page, fig, cues)) is not None:
        return rank, fig.end
    if fig.kind == "count":
        ce = min(own_clause_end(page, st.next_clause(fig.end) - 1), nxt, fig.end + POST_WINDOW)
        post = post_cue(ft, cues, fig.end, ce)  # (none that opens a reason: "hủy 02 hồ sơ do quá thời hạn bổ sung")
        # after "đối với" only a cue right after the unit word ("đối với 04 hồ sơ quá hạn", "đối với 360 TTHC thực
        # hiện dịch vụ công trực tuyến mức độ 3"), not one farther on ("đối với 02 TTHC đặc thù thuộc thẩm quyền …")
        if post is not None and (not OBJECT_BEFORE.search(ft, max(0, fig.start - 12), fig.start)
                                 or not ft[fig.end:post.start].strip()
                                 or (post.metric in SERVICE_LEVELS and service_gap(ft, fig.end, post.start))) \
                and (not leads_figure(page, post.end) or WHOLE_BEFORE.search(ft, max(0, fig.start - 20), fig.start)):
            # (a cue right before another figure is that figure's: "đã giải 820 hồ sơ (giải quyết đúng hạn 806")
            return post, post.end
        if post is not None and own_cue(ft, fig.end, ce, cues) is post and (first := first_verb(ft, post)):
            return first, first.end  # "1.240 hồ sơ tiếp nhận, đã giải quyết 1.236 hồ sơ"
    if cs > 0 and ft[cs - 1] == "," and WITH_OPENS.fullmatch(ft, cs, fig.start):
        # "Hồ sơ quá hạn tập trung ở lĩnh vực đất đai, với 5.112 hồ sơ": the amount of what its sentence names
        c = cues.nearest(lo, cs - 1)
        if c is not None and not _in_heading_before(page, c, fig):
            return c, fig.end
    alone = CONNECTORS.fullmatch(ft[cs:fig.start]) is not None or (
        cs > 0 and ft[cs - 1] == "(" and PAREN_TOTAL.fullmatch(ft, cs, fig.start) is not None)
    equivalent = not alone and EQUIVALENT_RE.fullmatch(ft, cs, fig.start) is not None
    if (alone or equivalent) and cs > 0 and ft[cs - 1] == "(":
        # the rate the equivalent stands for was read before it: look back over it to its sentence
        c = cues.nearest(max(fig.start - WINDOW, st.last_stop(fig.start)) if equivalent else lo, cs - 1)
        if c is not None:
            return c, fig.end
    c = cues.nearest(lo, fig.start)
    if c is not None and not _in_heading_before(page, c, fig) and (
            adjacent(ft, c.end, fig.start) or COPULA_END.search(unparen(ft[c.end:fig.start]))
            or SUPERLATIVE_GAP.fullmatch(unparen(ft[c.end:fig.start]))):
        return c, fig.end
    return None, fig.end


def _in_heading_before(page: Page, c: Cue, fig: Figure) -> bool:
    """A cue in a heading above the figure's line (``2. Xử lý`` over ``Số PAKN thuộc thẩm quyền … là
    14``) names the section, not the figure."""
    h = page.st.heading_before(c.start)
    return h is not None and h[1] <= c.start and c.end <= h[2] <= fig.start


def read_count(page: Page, fig: Figure, lo: int, nxt: int, s: State, scope: str | None) -> tuple[CountFact, int] | None:
    text, ft, data = page.text, page.ft, page.data
    if (service := elided_count(page, fig, s)) is not None:
        fig = service  # "… mức độ 3 và 64 dịch vụ mức độ 4", "120 thủ tục toàn trình, 35 một phần"
    if fig.family in FAMILY_UNIT and s.prev_count is not None and s.prev_count[0].family not in FAMILY_UNIT \
            and s.prev_count[0].kind == "count" and lo == s.prev_end:
        # a count of other things just before ("tiếp nhận của 34 địa phương là 14,5 triệu hồ sơ") leaves the cue
        # of its clause to the figure after it
        lo = max(fig.start - WINDOW, page.st.last_stop(fig.start), page.st.clause_start(s.prev_count[0].start))
    in_parent = s.parent is not None and s.parent[1] <= fig.start < s.parent[2]
    if not in_parent and (part := keyed_part(page, fig, scope)) is not None:
        return part, fig.end  # "- 3 HS trễ hạn: đất đai 2, hộ tịch 1"
    bare_own = None
    if fig.kind == "bare" and scope is None:
        bare_own = field_scope(page, fig) if in_parent else service_kind_before(page, fig)
    if fig.kind == "bare" and in_parent and (scope or bare_own):
        # "1.975 thủ tục (trong đó: cấp tỉnh: 1.577, cấp huyện: 280)": a bare part counts what its total counts
        family, labelled = metric_family(s.parent[0]), True
    else:
        family, labelled = count_family(page, fig, lo, s.prev_count)
    if family is None:
        return None
    if family == "other" or family not in FAMILY_UNIT:
        if not data.emit_other or (fig.kind == "count" and UNIT_PAST_PARAGRAPH_RE.match(text, fig.num_end, fig.end)):
            return None
        unit = " ".join(text[fig.num_end:fig.end].split())
        return CountFact(start=fig.start, end=fig.end, text=text[fig.start:fig.end], metric="other",
                         value=int(fig.value), unit=unit, scope=scope, label=text_label(text, lo, fig.start)), fig.end
    cue, used_end = _cue(page, fig, lo, nxt, page.cues[family])
    if cue is None and family == "procedure" and fig.kind == "count":
        cue = handled_cue(page, fig, lo)
        if cue is not None and OWNER_AFTER.match(ft, fig.end):
            cue = Cue(cue.start, cue.end, data.default_metric.get(family, "other"))
    if cue is not None and cue.metric in RECEIVED_GENERIC and cue.end <= fig.start \
            and (channel := paren_channel(page, cue.end, fig.start)) is not None:
        cue = Cue(cue.start, cue.end, channel)  # "Số mới tiếp nhận (trực tiếp hoặc dịch vụ bưu chính) là 864.000"
    metric = (cue.metric if cue else None) or intake_metric(page, fig) or bracket_prior_metric(page, fig)  # "- mới: 4"
    label = None
    # "Tỉnh có 1.975 thủ tục hành chính (…)": the set a place or unit has, as a cue of its own would name it
    has_set = metric is None and family == "procedure" and holds_set(page, fig)
    if has_set:
        metric = "procedures_total"
    if metric is None and fig.kind == "count" and (told := respective_metric(page, fig, family)) is not None:
        metric = told  # "con số này lần lượt là 800 và 700 hồ sơ", "xếp tiếp theo với 3.400 và 2.900 hồ sơ"
    rc = run_cue(page, fig, family)
    run_start = rc[1] if rc is not None else fig.start
    if metric is None and rc is not None:
        cue, metric = rc[0], rc[0].metric  # "huyện A và huyện B để quá hạn 5 và 3 hồ sơ": one cue over the run
    if metric is None and fig.kind == "count" and (focus := focus_metric(page, fig, family)) is not None:
        metric = focus  # "hồ sơ trễ hạn tập trung ở các lĩnh vực đất đai (620 hồ sơ), xây dựng (140 hồ sơ)"
    own = field_scope(page, fig) if scope is None and fig.kind == "count" else bare_own
    if metric is None and (rest := rest_item(page, fig, family, s.prev_count and s.prev_count[1].metric)):
        metric, label = "other", text_label(text, *rest)  # "- Khác: 12 hồ sơ", "- Còn lại: 46 thủ tục"
    if metric is None and s.prev_count is not None and not (
            in_parent and (scope or own) and s.prev_count[0].end <= s.parent[1]):
        # (a scoped part of the total just before is no next item of a list: "tiếp nhận 60 phản ánh, kiến nghị, trong
        # đó có 41 phản ánh, kiến nghị về đất đai" is that total's share of the scope)
        pfig, pfact = s.prev_count
        if ((pfig.family == family or (pfig.kind == "bare" and UNIT_FAMILY.get(pfact.unit) == family
                                        and BARE_RUN_GAP.fullmatch(ft, pfig.end, fig.start) is not None))
                and fig.start - pfig.end < WINDOW and pfact.metric != "other"
                and "." not in ft[pfig.end:fig.start].replace("..", "")
                and not deeper_item(ft, pfig.start, fig.start) and unit_word(ft, pfig) == unit_word(ft, fig)):
            # a list continued: "...; lĩnh vực người có công 12 hồ sơ" (its items count in one unit word: a case
            # counted after it, "chứng thực được 900 trường hợp", is no item of a list of dossiers); the next item
            # of a list is parallel to the one before: it continues that item's first count, not its last
            # ("- Chi nhánh: 400 hồ sơ, quá hạn 2 hồ sơ;" over "- Công an huyện: 300 hồ sơ" is received)
            metric = pfact.metric
            if (item := sibling_item(ft, pfig.start, fig.start)) is not None \
                    and (first := first_count(page, family, item, pfig.start + 1)) is not None:
                metric = first[0] if first[0] != "other" else None  # (an item opened by no key continues none)
    if metric is None and family == "dossier" and fig.kind == "count" and total_of_breakdown(page, fig, RECEIVED_PARTS):
        metric = "received_total"  # "ghi nhận 148.927 hồ sơ, gồm: 9.416 hồ sơ kỳ trước chuyển sang, 139.511 …"
    share = False  # a scoped part that takes its total's metric: its share of the scope, kept as it is
    if metric is None and fig.kind == "count" and (scope or own) and not in_parent \
            and (whole := whole_before(page, fig, s, family)) is not None:
        # "… tiếp nhận 900 phản ánh, kiến nghị. Trong số này, có 100 phản ánh, kiến nghị về quy định hành chính":
        # a sentence opened by its parts' words shares out the count the sentence before ended on
        metric, share = whole, True
    elif metric is None and fig.kind in ("count", "bare") and (scope or own) and in_parent:
        # "tiếp nhận 4.200 hồ sơ, trong đó gần 3.100 thủ tục … cấp huyện": a scoped part of a total with no cue
        # of its own is that total's share of the scope ("tiếp nhận 186 phản ánh, trong đó 142 phản ánh liên quan
        # đến lĩnh vực đất đai": received, not a status of the feedback); a nearer total whose bracket it stands in
        # is what it shares out ("trong đó: …, quá hạn 75 (Chi nhánh A 71, …)")
        metric, share = inner_total(page, fig, FAMILY_UNIT[family], s.parent[1]) or s.parent[0], True
    elif metric == "procedures_total" and in_parent and s.parent[0] in HANDLED_METRICS and (scope or own):
        # "… tiếp nhận 4.200 hồ sơ, trong đó 3.100 thủ tục thuộc thẩm quyền cấp huyện": a part of the dossiers
        # handled, counted in cases, is no count of the procedures in force
        metric = s.parent[0]
    # a level written after the unit word ("1.500 thủ tục gồm 1.100 thủ tục cấp tỉnh, …") splits what its
    # sentence counts, whatever that is: only a field or sub-unit named as an item takes a list's metric
    if metric is None and fig.kind == "count" and (scope or (own and LEVEL_AFTER_RE.match(ft, fig.end) is None)):
        # a breakdown line's label, its heading or total ("Phân theo lĩnh vực: Hộ tịch 486 hồ sơ; …"), a list's intro
        metric, label = list_metric(page, fig, family)  # ("Đã giải quyết 1.200 hồ sơ. Cụ thể:\n- Đất đai: 300 hồ sơ")
    if metric is None and fig.kind == "count" and family == "procedure" and PARENT_RE.match(ft, fig.end) \
            and page.cues["procedure"].first(fig.end, min(page.st.next_full_stop(fig.end), fig.end + POST_WINDOW)):
        # "Toàn thành phố hiện có 1.874 TTHC, trong đó 1.056 thủ tục … toàn trình": the whole set broken down
        metric = data.default_metric.get(family)
    if metric is None and fig.kind == "count" and family in KEYWORD_FAMILIES:
        # "2. Hồ sơ đã giải quyết quá hạn" over "Tổng số 14 hồ sơ, cụ thể:": the heading names its section's first count;
        # a running total ("lũy kế … là 4.893 hồ sơ") or an earlier period's figure, that of what it is told with
        metric = window_metric(page, fig, family) or heading_metric(page, fig, family)
    if metric is None and fig.kind == "count" and family in KEYWORD_FAMILIES:
        metric = keyword_metric(page, fig, family)  # the last reading: the keyword class of its sentence
    if metric is None and fig.kind == "count" and family == "procedure" and dossiers_for(page, fig):
        metric = "procedures_total"  # "tiếp nhận hồ sơ … đối với trên 1.300 TTHC": the set a centre takes in for
    if family == "procedure" and fig.kind == "count" and metric in ACT_OVERRIDES and not has_set \
            and (act := procedure_act(page, fig)) is not None:
        # "ban hành quyết định công bố thêm 2 thủ tục", "ủy quyền … giải quyết đối với 20 TTHC thuộc thẩm quyền …":
        # procedures an act announces, delegates or abolishes are neither the set in force nor cases handled
        if metric not in (None, "other"):  # (a figure read as "other" already keeps the label of its own words)
            metric, label = "other", text_label(text, act[0], act[1])
    if metric is None:
        if fig.kind == "bare" and not labelled:
            return None
        metric = "other"
    if fig.kind == "count" and metric != "other" and (plan := planned(page, fig, family)) is not None:
        # "sẽ đưa thêm 218 dịch vụ công trực tuyến …", "60 dịch vụ công … sẽ được tích hợp"
        metric, label = "other", text_label(text, *((plan[0], fig.start) if plan[0] < fig.start else (fig.end, plan[1])))
    share = share or (in_parent and metric == s.parent[0] and bool(scope or own))  # ("(đường dây nóng 01, trực tiếp 01)")
    if in_parent and not share and (s.parent[0] == "interlinked" or not (
            cue is not None and OWN_PROCESS_RE.search(ft, cue.start, cue.end))):
        # a part re-read in its total's frame, unless its cue names its own process ("Đã giải quyết 3996 hồ sơ trong
        # đó: … + Hồ sơ đang giải quyết trong hạn: 49 hồ sơ"); a scoped part with its total's metric is its share
        metric = data.parent_remap[s.parent[0]].get(metric, metric)
    if metric == "resolved_late" and after_pending(page, fig, cue, s):
        metric = "pending_late"  # "đang giải quyết 72 hồ sơ, có 50 hồ sơ chưa đến hạn và 22 hồ sơ đã quá hạn"
    elif metric == "resolved_late" and still_open(page, run_start, fig.end, cue):
        metric = "pending_late"  # "toàn tỉnh hiện còn 5.800 hồ sơ xử lý quá hạn", "xã C còn 5 hồ sơ quá hạn"
    if metric != "other" and fig.kind == "count" and (whole := part_of_other(page, fig, cue, s)) is not None:
        metric, label = "other", whole  # "998 hồ sơ quá hạn tiếp nhận. Trong đó, Sở A có 363 hồ sơ … bị quá hạn"
    if metric == "procedures_total" and SERVICE_UNIT.match(ft, fig.num_end):
        # "cấp tỉnh có 1.809 DVCTT": online services counted, not the procedures in force (a level of service,
        # "DVCTT toàn trình", has a key of its own)
        metric = "other"
    if metric == "received_in_period" and total_of_breakdown(page, fig, CARRIED):
        metric = "received_total"  # "… trong kỳ: 1.742 hồ sơ (tiếp nhận mới 1.722; kỳ trước chuyển sang 20)"
    elif metric == "resolved_total" and cue is not None and cue.start < fig.start \
            and total_of_breakdown(page, fig, RECEIVED_PARTS):
        # "tổng số hồ sơ giải quyết trong tháng là 21.686 hồ sơ, trong đó tiếp nhận mới 18.477 hồ sơ": what the
        # period had to handle, told by where it came from
        metric = "received_total"
    elif metric == "resolved_total" and cue is not None and cue.start < fig.start \
            and FINISHED_WORD.search(ft, cue.start, cue.end) is None and pending_part(page, fig):
        # "số hồ sơ được giải quyết … là 9.960 hồ sơ; trong đó đúng hạn 9.840, đang giải quyết 93 …": a total whose
        # parts include dossiers still open is everything handled (received = resolved + pending), unless its cue
        # says finished ("đã giải quyết", "giải quyết xong")
        metric = "received_total"
    if handed_over(page, fig, metric):  # "trong đó có 27 hồ sơ do các xã A, B (cũ) chuyển giao khi sắp xếp …"
        metric = "carried_over"
    if metric != "other" and fig.kind == "count" and (average(page, fig) or unrecorded(page, fig)):
        # "bình quân 85 hồ sơ/ngày", "có ngày lên đến 150 hồ sơ": an average or a peak; "27 hồ sơ đã giải quyết nhưng
        # chưa cập nhật lên hệ thống": a subset told for what is missing; no total
        metric = "other"
    if (postal := postal_channel(page, fig, metric)) is not None:
        metric, label = "other", text_label(text, *postal)  # "trả kết quả 2.000 hồ sơ qua bưu điện"
    if (diff := difference(text, ft, fig.start, fig.end)) is not None:
        metric, label = "other", diff  # "tăng 120 hồ sơ so với cùng kỳ"
    elif metric == "other" and label is None:
        label = (text_label(text, cue.start, cue.end) if cue is not None and cue.start > fig.start else None) or (
            text_label(text, lo, fig.start) or (cue and text_label(text, cue.start, cue.end)))
    scope = scope or own
    # in the parenthesis after a late count a cue after the case's own words tells why it was late
    # ("(01 hồ sơ chuyển mục đích sử dụng đất do người dân chậm bổ sung giấy tờ)"), not what it is
    post_in_explain = (cue is not None and cue.start >= fig.end and s.explain is not None
                       and s.explain[1] <= fig.start < s.explain[2])
    if (metric in LATE_METRICS or post_in_explain) and scope is None and fig.kind == "count" \
            and explains_late(page, fig, s) and not (metric in LATE_METRICS and told_whole(page, fig)):
        # "quá hạn 04 hồ sơ (02 hồ sơ đăng ký hộ kinh doanh, …)", "Lý do hồ sơ quá hạn: 01 hồ sơ …":
        # the late dossiers told one group or case at a time have no key of their own
        ce = min(page.st.next_clause(fig.end) - 1, fig.end + 80)
        metric, label = "other", text_label(text, fig.num_end, max(ce, fig.end))
    return CountFact(start=fig.start, end=fig.end, text=text[fig.start:fig.end], metric=metric,
                     value=int(fig.value), unit=FAMILY_UNIT[family], scope=scope, label=label), used_end


