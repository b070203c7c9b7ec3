"""A share told with its base after it: the metric is that of its numerator over its base.

After a share verb (``chiếm``, ``bằng``, ``tương đương (với)``, ``tương ứng (với)``, ``xấp xỉ``, ``~``; ``đạt (tỷ lệ)``
only after a count, with the base written as a number of dossiers), the dossiers named right after the percentage
(``chiếm 10% số hồ sơ đã giải quyết``, ``bằng 2% tổng số hồ sơ tiếp nhận``, ``tương ứng với 5% số hồ sơ quá hạn``) are
what it is a share of, never its numerator: the numerator is the count or the words before it. The metric is then a
function of both (``[share_base]`` of figures.toml):

- a rate over a base of its own class is a part of that class (a field's, a sub-unit's, a cause's share of the late
  dossiers; one volume of online dossiers over another): ``other``;
- a rate over a base of another class keeps the numerator's rate (late among finished: ``late_rate``; online among
  received: ``online_submission_rate``), but where a pair makes another rate (finished in time among received: the
  resolved rate);
- no rate before it (a field's dossiers, ``Lĩnh vực đất đai chiếm 60% tổng số hồ sơ tiếp nhận``): ``other``.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cache

import regex

from extract.extractors.figure_cue_match import words
from extract.extractors.figure_cues import load_raw, mark_words
from extract.extractors.figure_nouns import DOSSIER, DOSSIER_ABBR, PROCEDURE
from extract.extractors.figure_page import Page

VERB_REACH = 40  # how far before the percentage its share verb may stand
# the words after a share naming what it is a share of: "(trên|so với|của) (tổng) số (lượng) (các) hồ sơ"
BASE_NOUN = (r"[^\S\n]*(?:(?:so\s+voi|tren|trong|cua)\s+)?(?P<num>(?:tong\s+)?(?:so\s+)?(?:luong\s+)?)"
             rf"(?:(?:cac|nhung)\s+)?(?:{DOSSIER}|{DOSSIER_ABBR}|{PROCEDURE})(?!\w)")
# a base of another period ("bằng 90% số hồ sơ của năm trước"): one volume over another, no class of its own
# ([share_base] period_words, period_after of figures.toml)
PERIOD_BASE = regex.compile(rf"(?<!\w)(?:{mark_words('period_words', 'share_base')})"
                            rf"\s+(?:{mark_words('period_after', 'share_base')}|\d)")
# where a base's words end: a clause mark, a bracket, a figure, a line end
BASE_END = regex.compile(r"[;.,()\d\n]")
BASE_REACH = 90
# a predicate right after the noun: the words name the share's own dossiers ("đạt 100% số hồ sơ được trả đúng hạn")
PREDICATE = regex.compile(r"[^\S\n]*(?:duoc|deu)(?!\w)")


@dataclass(frozen=True, slots=True)
class Base:
    """The base of a share: the class of dossiers it names (None: dossiers of every kind), whether it is another
    period's volume, and whether the verb needs a count before the share (``đạt``)."""

    cls: str | None
    period: bool
    weak: bool


@dataclass(frozen=True, slots=True)
class ShareTable:
    verb: regex.Pattern[str]
    weak: regex.Pattern[str]
    base_classes: tuple[tuple[str, frozenset[str]], ...]
    base_words: tuple[tuple[str, regex.Pattern[str]], ...]
    rate_class: dict[str, str]
    over: dict[tuple[str, str], str]


@cache
def load_table() -> ShareTable:
    """The ``[share_base]`` section of figures.toml, compiled."""
    raw = load_raw().get("share_base", {})
    bound = "|".join(words(b) for b in raw.get("bounds", ()))
    tail = rf"(?:[^\S\n]+(?:{bound}))*[^\S\n]*:?[^\S\n]*$" if bound else r"[^\S\n]*:?[^\S\n]*$"

    def verbs(key: str) -> regex.Pattern[str]:
        alt = "|".join(words(v) for v in raw.get(key, ())) or r"(?!)"
        return regex.compile(rf"(?:(?<!\w)|(?<=[~≈]))(?:{alt})" + tail)

    over = {tuple(k.split()): v for k, v in raw.get("over", {}).items()}
    named = tuple((c, regex.compile(rf"(?<!\w)(?:{'|'.join(words(p) for p in ps)})(?!\w)"))
                  for c, ps in raw.get("base_words", ()))
    return ShareTable(verbs("verbs"), verbs("weak_verbs"),
                      tuple((c, frozenset(ms)) for c, ms in raw.get("base_classes", ())), named,
                      dict(raw.get("rate_class", {})), over)  # type: ignore[arg-type]


_BASE_RE = regex.compile(BASE_NOUN)


def base_after(page: Page, start: int, end: int) -> Base | None:
    """The base of the percentage at [start, end) when a share verb stands right before it and dossiers are named
    right after it (``chiếm 10% số hồ sơ đã giải quyết``); else None."""
    ft, t = page.ft, load_table()
    # one character before the clause: the bracket opening it ("1.200 hồ sơ (96% số hồ sơ …)")
    lo = max(page.st.clause_start(start) - 1, start - VERB_REACH, 0)
    weak = False
    if t.verb.search(ft, lo, start) is None:
        if t.weak.search(ft, lo, start) is None:
            return None
        weak = True
    m = _BASE_RE.match(ft, end)
    if m is None or (weak and (not m.group("num").strip() or PREDICATE.match(ft, m.end()))):
        return None
    stop = BASE_END.search(ft, m.end(), min(len(ft), m.end() + BASE_REACH))
    hi = stop.start() if stop is not None else min(len(ft), m.end() + BASE_REACH)
    cues = page.cues["dossier"]
    # the cues of the base's words (an index, not a slice: a slice copies every cue to the end of the text), but a
    # cue inside a longer one ("giải quyết" in "hồ sơ phải giải quyết": the dossiers to handle, received)
    inside = [c for i in range(bisect.bisect_left(cues.starts, m.start("num")), bisect.bisect_left(cues.starts, hi))
              if (c := cues.by_start[i]).end <= hi]
    found = {c.metric for c in inside if not any(o.start <= c.start and c.end <= o.end and o.end - o.start > c.end - c.start
                                                 for o in inside)}
    cls = next((name for name, metrics in t.base_classes if metrics & found), None)
    if cls is None:  # "số hồ sơ có nghĩa vụ tài chính": a class its words name
        cls = next((name for name, pattern in t.base_words if pattern.search(ft, m.end(), hi)), None)
    return Base(cls, PERIOD_BASE.search(ft, m.end(), hi) is not None, weak)


def over_base(metric: str | None, base: Base) -> str:
    """The metric of a share whose numerator reads ``metric`` (None: nothing names it) over ``base``."""
    t = load_table()
    if metric is None or metric == "other":
        return "other"  # "Lĩnh vực đất đai chiếm 60% tổng số hồ sơ tiếp nhận": a field's part
    if base.period:
        return "other"  # "bằng 90% số hồ sơ trực tuyến của năm trước": one volume over another
    if base.cls is None:
        return metric  # "quá hạn 50 hồ sơ, chiếm 5% tổng số hồ sơ": of all dossiers
    if (metric, base.cls) in t.over:
        return t.over[(metric, base.cls)]
    if t.rate_class.get(metric) == base.cls:
        return "other"  # "(38 hồ sơ quá hạn, chiếm 95% số hồ sơ quá hạn)": a part of the late dossiers
    return metric


FRACTION_TAIL = 40  # how far after a fraction the words of its base may run before its percentage


def over_fraction_words(metric: str | None, ft: str, end: int, start: int) -> str | None:
    """The metric of a share read as ``metric`` right after a fraction ending at ``end`` whose base's own words
    follow it (``188/214 HS có phí = 87,85%``: online over the dossiers with a fee is the online payment rate); the
    ``over`` pairs of ``[share_base]`` only, else ``metric``."""
    if metric is None or start - end > FRACTION_TAIL:
        return metric
    t = load_table()
    cls = next((name for name, pattern in t.base_words if pattern.search(ft, end, start)), None)
    return t.over.get((metric, cls), metric) if cls is not None else metric
