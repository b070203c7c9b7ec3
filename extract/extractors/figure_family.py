"""What a count counts (its family: dossiers, procedures, feedback or something else) when its figure is bare
(no unit word after it: ``Tổng số hồ sơ tiếp nhận: 1.250``, ``PAKN: tiếp nhận 02, đã xử lý 02``).

The counted noun of its label (``Tổng số TTHC …``), else the family of the cue nearest before it that only
connectors separate from it (:func:`adjacent`); a cue two families read alike goes to the thing its sentence last
named. A labelled figure that names no counted noun, or a rate written without its ``%``, counts something else.
"""

from __future__ import annotations

import regex

from extract.extractors.figure_count_compared import bracket_prior_family
from extract.extractors.figure_count_intake import intake_part
from extract.extractors.figure_cues import COUNT_FAMILIES
from extract.extractors.figure_page import Page, unparen
from extract.extractors.figure_scan import FAMILY_UNIT, Figure
from extract.extractors.figure_text import headline_end
from extract.facts import CountFact

# an approximator before the figure ("đúng hạn trên 130 ngàn", "là gần 82 ngàn") keeps it next to its cue
ADJACENT_GAP = regex.compile(
    r"[\s:=(]*(?:(?:la|dat|co|duoc|gom|tong cong|ty le|khoang|chi co|chi|voi|tai|tren|hon|gan|xap xi|chung|toi)\b[\s:=(]*)*")
# ("dịch vụ công trực tuyến" is DVCTT spelled out: "Số dịch vụ công trực tuyến mức độ 3 là 41")
NOUN_FAMILY = {"ho so": "dossier", "thu tuc": "procedure", "tthc": "procedure", "dvctt": "procedure",
               "dich vu cong truc tuyen": "procedure", "phan anh": "feedback", "pakn": "feedback"}
# the counted nouns above as one alternation, folded ("ho\s+so|thu\s+tuc|…")
COUNTED_NOUN = "|".join(n.replace(" ", r"\s+") for n in NOUN_FAMILY)
BARE_FAMILY_RE = regex.compile(rf"(?:tong\s+so|so\s+luong|tong|so)\s+(?:\w+\s+)?(?P<noun>{COUNTED_NOUN})(?!\w)")
# the counted noun right before a bare figure's cue, or opening it ("Nhóm TTHC liên thông (2)")
NOUN_BEFORE_CUE = regex.compile(rf"(?<!\w)(?P<noun>{COUNTED_NOUN})(?:\s+hanh\s+chinh)?\s+$")
NOUN_AT = regex.compile(rf"(?P<noun>{COUNTED_NOUN})\s")
LABELLED_RE = regex.compile(r"(?:^|[:;,(+\-])\s*(?:tong\s+so|so\s+luong|tong|so)\s+\w")
# the noun after a bare figure naming feedback: "giải quyết 2.500 ý kiến", "… ý kiến, phản ánh"
FEEDBACK_NOUN_AFTER = regex.compile(r"[^\S\n]+y\s+kien(?!\w)")


# the words between two bare counts of one run: "174.305, cấp huyện 498.762" (a short label, no figure, no stop)
BARE_RUN_GAP = regex.compile(r"[^\S\n]*+(?:,|;|,?[^\S\n]*+va)[^\S\n]*+(?:\p{L}+[^\S\n]++){0,4}")
# bare numbers joined into a run closed by one unit word: "lần lượt 5.812, 5.407 và 4.963 hồ sơ"
RUN_JOIN = regex.compile(r"[^\S\n]*+(?:,|;|,?[^\S\n]*+(?:va|hoac))[^\S\n]*+")
UNIT_FAMILY = {u: f for f, u in FAMILY_UNIT.items()}
# "dịch vụ công trực tuyến mức độ 3, 4", "mức độ 2, 3 và 4": the next levels of a run of service levels, no figures
LEVEL_RUN_BEFORE = regex.compile(r"(?<!\w)muc(?:\s+do)?\s+[1-4](?:\s*(?:,|va|hoac)\s*[1-4])*\s*(?:,|va|hoac)\s*$")


def run_families(page: Page) -> list[str | None]:
    """For each figure of the page, the family of the count closing the run of bare numbers it opens or continues
    (``lần lượt 5.812, 5.407 và 4.963 hồ sơ``: the unit word written once, after the last), else None. One pass
    from the end, so a long run costs its length once, not once per number."""
    figs, ft = page.figures, page.ft
    out: list[str | None] = [None] * len(figs)
    for n in range(len(figs) - 2, -1, -1):
        if figs[n].kind != "bare" or not RUN_JOIN.fullmatch(ft, figs[n].end, figs[n + 1].start):
            continue
        nxt = figs[n + 1]
        if nxt.kind == "count":
            out[n] = nxt.family if nxt.family in COUNT_FAMILIES else None
        elif nxt.kind == "bare":
            out[n] = out[n + 1]
    return out


def adjacent(ft: str, cue_end: int, start: int) -> bool:
    """Only connectors ("là", ":", "đạt", a parenthesis) between a cue and its figure."""
    return ADJACENT_GAP.fullmatch(unparen(ft[cue_end:start])) is not None


# a verb of handling with no noun of its own after a feedback count ("đã xử lý 10 phản ánh, kiến nghị, đang xử lý
# 02"): the bare figure counts what the count before it counts
HANDLING_ONLY_RE = regex.compile(r"[\s,;]*+(?:va\s+)?(?:con\s+)?(?:da|dang|chua)?\s*+(?:duoc\s+)?(?:xu\s+ly|giai\s+quyet|tra\s+loi)"
                                 r"(?:\s+xong)?\s*+:?\s*+$")


# what may follow the unit word of a count before a bare figure after a verb of handling: a few words on its topic or
# sender ("… về TTHC", "… của người dân, doanh nghiệp"; no figure, no stop), a comma, a semicolon or "và" (or a
# semicolon ending a list line, the verb opening the next one: "- Tiếp nhận 05 PAKN;" over "- Đã xử lý 05"), the verb
HANDLED_AFTER_RE = regex.compile(
    r"(?:[^\S\n]++[^\s\d.;:!?]+){0,10}?[^\S\n]*+(?:[,;]|,?[^\S\n]*+va(?!\w)|;[^\S\n]*+\n[^\S\n]*+[-+*•–][^\S\n]*+)[^\S\n]*+"
    + HANDLING_ONLY_RE.pattern.removeprefix(r"[\s,;]*+"))
# the families whose counts a verb of handling goes on with: what was received is what gets handled
HANDLED_FAMILIES = frozenset({"dossier", "feedback"})


def _handled_after(page: Page, fig: Figure, prev: tuple[Figure, CountFact] | None) -> str | None:
    """The family of the count just before a bare figure that only a verb of handling names, in the same sentence
    (``tiếp nhận 03 phản ánh, kiến nghị về TTHC, đã xử lý 03``: feedback; ``tiếp nhận 120 hồ sơ, giải quyết 118``:
    dossiers); None across a full stop, or after a count of procedures or of other things."""
    if prev is None or (family := UNIT_FAMILY.get(prev[1].unit)) not in HANDLED_FAMILIES or prev[1].end > fig.start:
        return None
    return family if HANDLED_AFTER_RE.fullmatch(page.ft, prev[1].end, fig.start) is not None else None


def _dossiers_handled(page: Page, fig: Figure, prev: tuple[Figure, CountFact] | None) -> str | None:
    """``dossier`` for a bare figure after a verb of handling that follows a feedback count it exceeds, when a count of
    dossiers opens the sentence's pair (``tiếp nhận 120 hồ sơ và 03 phản ánh, đã giải quyết 118``): more handled than
    received is the dossiers', not the feedback's."""
    if prev is None or prev[1].unit != FAMILY_UNIT["feedback"] or fig.value <= prev[1].value \
            or _handled_after(page, fig, prev) != "feedback":
        return None
    last = page.last_count(FAMILY_UNIT["dossier"], page.st.last_full_stop(fig.start), prev[1].start)
    return "dossier" if last is not None and last.value >= fig.value else None


def count_family(page: Page, fig: Figure, lo: int, prev: tuple[Figure, CountFact] | None = None) -> tuple[str | None, bool]:
    """The family a count counts (its unit word's; for a bare figure, as the module docstring tells; None when no cue
    names a bare one), and whether a label (``Tổng số …:``) opens the window before it. ``prev`` is the count read
    last, with its figure."""
    ft = page.ft
    if (head := headline_end(ft)) is not None and lo < head < fig.start:
        lo = head  # a headline over the figure's sentence ("… dẫn đầu về tỷ lệ hồ sơ …") is none of its words
    window = ft[lo:fig.start]
    labelled = LABELLED_RE.search(window) is not None
    family = fig.family
    if fig.kind == "bare":
        if fig.value <= 4 and LEVEL_RUN_BEFORE.search(ft, max(0, fig.start - 40), fig.start):
            return None, labelled
        m = BARE_FAMILY_RE.search(window)
        if FEEDBACK_NOUN_AFTER.match(ft, fig.end):
            return "feedback", labelled  # the noun after the figure names what it counts
        if m is None and (dossiers := _dossiers_handled(page, fig, prev)) is not None:
            return dossiers, labelled
        if m is None and prev is not None and prev[1].unit == FAMILY_UNIT["feedback"] and prev[0].end <= fig.start \
                and HANDLING_ONLY_RE.fullmatch(ft, prev[0].end, fig.start):
            return "feedback", labelled
        if m is None and (handled := _handled_after(page, fig, prev)) is not None:
            return handled, labelled
        if m:
            family = NOUN_FAMILY[" ".join(m.group("noun").split())]
        elif labelled or "ty le" in window:
            family = "other"
        else:
            # the cue ending nearest the figure; on a tie the longer one, then the first family
            # ("hồ sơ kỳ trước chuyển sang là 171": carried_over, not the feedback "chuyển sang")
            near = [(c.end, -c.start, -k, fam) for k, fam in enumerate(COUNT_FAMILIES)
                    if (c := page.cues[fam].nearest(lo, fig.start)) is not None and adjacent(ft, c.end, fig.start)]
            if not near and intake_part(page, fig):
                return "dossier", True  # "Bộ phận Một cửa tiếp nhận:" over "- mới: 487;"
            if not near and (prior := bracket_prior_family(page, fig)) is not None:
                return prior, True  # "tiếp nhận 653 HS (tháng 02/2026: 598)"
            if not near:
                if prev is not None and prev[0].kind == "bare" and prev[1].unit in UNIT_FAMILY \
                        and BARE_RUN_GAP.fullmatch(ft, prev[0].end, fig.start) is not None:
                    # "tiếp nhận ở cấp tỉnh là 174.305, cấp huyện 498.762 và cấp xã 839.537": a run of bare counts,
                    # each after its own short label, counts what its first counts
                    return UNIT_FAMILY[prev[1].unit], True
                return None, labelled
            top = max(near)
            _, neg_start, _, family = top
            tied = [n[3] for n in near if n[:2] == top[:2]]
            if len(tied) > 1:
                # one cue read by two families ("PAKN: tiếp nhận 02, đã xử lý 02"): the thing its sentence last named
                family = _last_named(page, fig, -neg_start, prev, tied) or family
            noun = NOUN_BEFORE_CUE.search(ft, max(0, -neg_start - 30), -neg_start) or NOUN_AT.match(ft, -neg_start)
            if noun is not None and NOUN_FAMILY[" ".join(noun.group("noun").split())] != family:
                # "Nhóm TTHC liên thông (2)": the noun before the cue is the thing named, and no cue of its family
                # names the figure
                return None, labelled
        if "ty le" in window:
            family = "other"  # a rate written without its % sign is a count of something else
    return family, labelled


# a counted noun of any family, the last one before a bare figure's cue naming what the figure counts
NOUN_ANY = regex.compile(rf"(?<!\w)(?P<noun>{COUNTED_NOUN})(?!\w)")


def _last_named(page: Page, fig: Figure, cue_start: int, prev: tuple[Figure, CountFact] | None,
                families: list[str]) -> str | None:
    """The family of the thing a sentence last named before a cue two families read alike: its last counted noun,
    or the count before the figure when that comes later (a bare one: ``Tổng số PAKN: 04 (đã xử lý: 03; …)``)."""
    lo = page.st.last_full_stop(fig.start)
    last = None
    for m in NOUN_ANY.finditer(page.ft, lo, cue_start):
        last = (m.start(), NOUN_FAMILY[" ".join(m.group("noun").split())])
    if prev is not None and prev[0].start >= lo and (last is None or prev[0].start > last[0]):
        fam = next((f for f, u in FAMILY_UNIT.items() if u == prev[1].unit), None)
        last = (prev[0].start, fam) if fam else last
    return last[1] if last is not None and last[1] in families else None
