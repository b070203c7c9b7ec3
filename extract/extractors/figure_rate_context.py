"""Four readings of the words around a percentage that the metric readers of :mod:`figure_rates` leave out.

- **The base named after it** (``…, chiếm 74% tổng số hồ sơ quá hạn``): a share whose base, written after it as
  ``tổng số …``, names the very class the share would be the rate of, is a part of that class (a field, a sub-unit,
  a cause among the late dossiers), no rate of it: ``other`` (:func:`share_of_own_base`). The base of the rate
  itself (``quá hạn 50 hồ sơ, chiếm 5% tổng số hồ sơ đã giải quyết``: late among finished) keeps it.
- **Words that make a rate's thing another one** (``số hóa 100% hồ sơ đang lưu trữ``: the archive, not the
  dossiers of the period): the ``other_when`` patterns of an ``[[indicator]]`` entry of figures.toml, read in the
  percentage's own words and the phrase after it (:func:`names_other_thing`).
- **A comparison continued in the next sentence** (``… ba huyện có tỷ lệ giải quyết đúng hạn cao nhất, đều trên
  99,5%. Ngược lại, huyện D chỉ đạt 95,8%, thấp nhất tỉnh.``): a sentence of the same paragraph right after a
  rate whose words before its figure are only a place or a body (after a connector) and ``đạt``/``là`` gives
  the value of that rate for that place (:func:`continues_comparison`).
- **A share of procedures by what is done to them** (``Tỷ lệ TTHC công bố đúng hạn``, ``100% TTHC được cập nhật
  …``): no rate of their dossiers, ``other`` (:func:`procedure_act`; the acts are ``[rate_keyword_guard]
  procedure_acts`` of figures.toml).
"""

from __future__ import annotations

import bisect
from functools import cache
from pathlib import Path

import regex

from extract.extractors import figure_rate_words as rate_words
from extract.extractors.figure_cues import DATA, load_data, load_raw, mark_words, words
from extract.extractors.figure_nouns import DOSSIER, DOSSIER_ABBR, FEEDBACK, PROCEDURE
from extract.extractors.figure_page import Page

# the base of a share written after it: "(trên|so với|của) tổng số (lượng) hồ sơ …", "tổng (số) TTHC …"
BASE_AFTER_RE = regex.compile(
    r"[^\S\n]*(?:(?:tren|trong|cua|so\s+voi)\s+)?tong(?:\s+so)?(?:\s+luong)?\s+"
    rf"(?:(?:cac|nhung)\s+)?(?:{DOSSIER}|{DOSSIER_ABBR}|{PROCEDURE}|(?:{FEEDBACK})(?:[^\S\n]*,?[^\S\n]*(?:{FEEDBACK}))*)(?!\w)")


def share_of_own_base(ft: str, end: int, metric: str, feedback_rate: dict[str, str]) -> bool:
    """Whether the percentage ending at ``end``, read as ``metric``, is followed by its base (``tổng số hồ sơ quá
    hạn``) whose words name the class ``metric`` is the rate of: a part of that class, no rate of it."""
    m = BASE_AFTER_RE.match(ft, end)
    if m is None:
        return False
    hits = [h.metric for h in rate_words.keywords(ft, m.end(), rate_words.post_end(ft, m.end())) if h.metric]
    specific = {k for k in hits if k != rate_words.RESOLVED} or set(hits)
    classes = specific | {feedback_rate[k] for k in specific if k in feedback_rate}
    return metric in classes


@cache
def _other_when(path: Path = DATA) -> dict[str, regex.Pattern[str]]:
    """The ``other_when`` patterns of the ``[[indicator]]`` entries of figures.toml, by metric, each with the
    ``[rate_narrowing] other_when`` words every rate shares (a sub-share: ``… được ký số``)."""
    raw = load_raw(path)
    narrowing = raw.get("rate_narrowing", {}).get("other_when", ())
    out: dict[str, list[str]] = {}
    for e in raw.get("indicator", []):
        out.setdefault(e["metric"], list(narrowing)).extend(e.get("other_when", ()))
    try:
        return {k: regex.compile(rf"(?<!\w)(?:{'|'.join(words(p) for p in v)})(?!\w)") for k, v in out.items() if v}
    except regex.error as exc:
        raise ValueError(f"{path}: malformed other_when pattern: {exc}") from exc


def names_other_thing(ft: str, lo: int, start: int, end: int, metric: str) -> bool:
    """Whether the words of a percentage at [start, end) read as ``metric`` — its own from ``lo`` and the phrase
    after it — name a thing that is not what ``metric`` measures (``[[indicator]] other_when``)."""
    pattern = _other_when().get(metric)
    if pattern is None:
        return False
    return pattern.search(ft, lo, start) is not None or pattern.search(ft, end, rate_words.post_end(ft, end)) is not None


# the words opening a sentence that goes on comparing: "Ngược lại,", "Trong khi đó,", "Riêng", "Còn" ([rate_marks]
# contrast of figures.toml)
CONTRAST = f"(?:{mark_words('contrast')})"
# the words between the place and the figure: "(chỉ|cũng|đều|vẫn) đạt", "là", "ở mức"
# "… là đơn vị đạt cao nhất với", "thấp nhất là": a superlative of the same comparison
REACHES = (r"(?:(?:chi|cung|deu|van|moi|lai)\s+)*(?:dat|la|o\s+muc)(?:\s+(?:muc|khoang|gan))?"
           r"|(?:la\s+(?:don\s+vi|dia\s+phuong)\s+)?(?:dat\s+)?(?:cao|thap)\s+nhat(?:\s+(?:voi|la|dat|,))?")


@cache
def _continued_head() -> regex.Pattern[str]:
    """The words of a sentence going on comparing, up to its figure: a connector, the head of a place or body below
    the unit (``huyện A``, ``UBND xã B``, ``Phòng Kinh tế``, ``lĩnh vực đất đai``: the sub-unit heads of
    ``[structure]`` and ``[rate_marks] place_heads``), its name and the verb of its value."""
    places = load_raw().get("rate_marks", {}).get("place_heads", ())
    heads = [h for h in (*load_data().scope_heads, *places) if h != "so"]
    alt = "|".join(words(h) for h in heads)
    return regex.compile(
        rf"[\s.!?]*(?:{CONTRAST}[^\S\n]*,?[^\S\n]*)?(?:{alt})(?!\w)[^\d%;:,.()\n]{{1,60}}?[^\S\n]+(?:{REACHES})[^\S\n]*$")


def continues_comparison(page: Page, fig_start: int, prev_end: int, reach: int) -> bool:
    """Whether a percentage at ``fig_start`` gives, for the place its sentence opens with, the rate ending at
    ``prev_end`` in the sentence right before (same paragraph, at most ``reach`` before, no figure between)."""
    ft, st = page.ft, page.st
    stop = st.last_full_stop(fig_start)
    if not prev_end <= stop or fig_start - prev_end > reach or "\n" in ft[prev_end:fig_start]:
        return False
    if stop > prev_end and st.last_full_stop(stop - 1) > prev_end:
        return False  # more than one sentence between
    i = bisect.bisect_left(page.figure_starts, fig_start) - 1
    if i >= 0 and page.figures[i].end > prev_end:
        return False  # a figure between
    return _continued_head().fullmatch(ft, max(stop, prev_end), fig_start) is not None


# "…; phấn đấu đạt chỉ tiêu 99%": a goal whose words name no rate; the rate is the one its sentence names before it
GOAL_TAIL_RE = regex.compile(
    r"(?<!\w)phan\s+dau(?:\s+(?:dat(?:\s+va\s+vuot)?|hoan\s+thanh))?\s+(?:chi\s+tieu|muc\s+tieu)"
    r"(?:\s+(?:giao|de\s+ra|dat\s+ra|(?:tinh|huyen|cap\s+tren)\s+giao))?[^\S\n]*:?[^\S\n]*$")
GOAL_REACH = 200


def goal_metric(page: Page, start: int) -> str | None:
    """The rate a goal figure at ``start`` (``phấn đấu đạt chỉ tiêu 99%``) sets, named earlier in its sentence
    (``Duy trì tỷ lệ hồ sơ giải quyết đúng hạn, trước hạn; phấn đấu …``): the nearest rate cue; else None."""
    ft = page.ft
    if GOAL_TAIL_RE.search(ft, max(0, start - 60), start) is None:
        return None
    cue = page.cues["indicator"].nearest(max(page.st.last_full_stop(start), start - GOAL_REACH), start)
    return rate_words.refine(cue.metric, rate_words.keywords(ft, cue.start, start)) if cue is not None else None


# the dossiers named among the words of a share of procedures: then it is their dossiers' rate
DOSSIER_NAMED = regex.compile(rf"(?<!\w)(?:{DOSSIER}|{DOSSIER_ABBR})(?!\w)")
PROCEDURE_AFTER = regex.compile(rf"[^\S\n]*(?:(?:cac|nhung|so)\s+)?(?:{PROCEDURE})(?!\w)")


@cache
def _procedure_act(path: Path = DATA) -> regex.Pattern[str]:
    """The procedures and what is done to them (``[rate_keyword_guard] procedure_acts``): ``TTHC (được) công bố``,
    ``công khai (các) TTHC``."""
    acts = "|".join(words(p) for p in load_raw(path).get("rate_keyword_guard", {}).get("procedure_acts", ()))
    proc = rf"(?:(?:cac|nhung|so)\s+)?(?:{PROCEDURE})(?:\s+hanh\s+chinh)?(?!\w)"
    try:
        return regex.compile(
            rf"(?:{proc}(?:[^\S\n]+(?:da|duoc|deu|phai|can))*[^\S\n]+(?:{acts or '(?!x)x'})"
            rf"|(?:{acts or '(?!x)x'})(?:[^\S\n]+(?:day\s+du|kip\s+thoi|dung\s+han))?[^\S\n]+{proc})(?!\w)")
    except regex.error as exc:
        raise ValueError(f"{path}: malformed procedure_acts pattern: {exc}") from exc


def procedure_act(ft: str, lo: int, start: int, end: int) -> bool:
    """Whether a percentage at [start, end) is the share of procedures by what is done to them (``Tỷ lệ TTHC công bố
    đúng hạn: 73%``, ``tỷ lệ công khai TTHC …``, ``100% TTHC được cập nhật …``): its last ``tỷ lệ`` from ``lo``, or
    the words right after it, open on such an act; no rate of their dossiers (``other``); never when a dossier is
    named (``tỷ lệ hồ sơ TTHC …``)."""
    act = _procedure_act()
    subject = rate_words.rate_subject(ft, lo, start)
    if subject is not None and not DOSSIER_NAMED.search(subject) and act.match(subject) is not None:
        return True
    if PROCEDURE_AFTER.match(ft, end) is None:
        return False
    tail = ft[end:rate_words.post_end(ft, end)]
    return act.match(tail.strip()) is not None and DOSSIER_NAMED.search(tail) is None
