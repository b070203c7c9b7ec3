"""Dossiers handed over by former units or the previous period are carried over (``carried_over``), not received.

After a merger of communes the new unit takes over the open dossiers of the old ones; a writer tells them as the
count's own words, after its unit word or as the key before it (figures.toml ``[count_handover]``):

- ``trong đó có 27 hồ sơ do các xã A, B (cũ) chuyển giao khi sắp xếp đơn vị hành chính``, ``40 hồ sơ được bàn giao
  từ UBND xã cũ``, ``15 hồ sơ của Bộ phận một cửa huyện chuyển giao``: a verb of handing over (``chuyển giao``,
  ``bàn giao``) with its source (``do`` / ``từ`` / ``của`` …) or a word of the former units (``cũ``, ``sắp xếp``);
- ``40 hồ sơ từ các xã cũ chuyển sang``, ``… tiếp nhận từ các xã cũ``: a verb of moving on (``chuyển sang``, ``chuyển
  qua``, ``chuyển về``) or of receiving from, with a word of the former units;
- ``nhận bàn giao 27 hồ sơ``, ``Hồ sơ do các xã cũ bàn giao: 27 hồ sơ``: the same words before the figure in its
  clause.

Never dossiers sent on to another office (``chuyển giao 15 hồ sơ cho Chi nhánh …``, ``chuyển … giải quyết``: no source,
a receiver after the verb), nor interlinked ones (``liên thông``). The words are matched on the text (``cũ`` is no
``cụ``: the folded text cannot tell them apart), case-insensitively.
"""

from __future__ import annotations

import bisect
from functools import cache

import regex

from extract.extractors.figure_count_words import leads_figure
from extract.extractors.figure_cues import longest_words
from extract.extractors.figure_page import Page
from extract.extractors.figure_scan import Figure

# how far after the unit word the handing over may be told ("do các xã Trà Mai, Trà Don (cũ) chuyển giao khi sắp xếp
# đơn vị hành chính"), and how far before the figure its key
AFTER_REACH = 160
BEFORE_REACH = 100
# the metrics a handing over overrides: what came in, or a count with no key (a status keeps its key: "đã giải quyết
# 20 hồ sơ do các xã cũ bàn giao" is resolved; "tiếp nhận mới" says new)
HANDED_FROM = frozenset({None, "other", "received_total"})


def _alt(key: str) -> str:
    return longest_words("count_handover", key, folded=False)


@cache
def _patterns() -> tuple[regex.Pattern[str], ...]:
    given, moved, source, former, receiver, aspect, take, received_from = (_alt(k) for k in (
        "given", "moved", "sources", "former", "receivers", "aspects", "takes", "received_from"))
    flags = regex.IGNORECASE | regex.V1
    # the clause after the unit word, up to its sentence's end: a source, then a verb
    # (the count's own words right after its unit word: đã / được, then its source, then the verb: no clause of its own
    # between, "tiếp nhận mới 900 hồ sơ, giải quyết …, tháng trước chuyển sang …" tells another figure)
    after = regex.compile(
        rf"\s*(?P<lead>(?:(?:{aspect})\s+)*(?:(?:{source})\s[^.;!?\n]{{0,{AFTER_REACH}}}?\s)?(?:(?:{aspect})\s+)*)"
        rf"(?P<verb>(?:(?:{take})\s+)?(?:{given})|{moved}|{received_from})(?!\w)(?P<tail>[^.;!?\n]{{0,80}})", flags)
    before = regex.compile(
        rf"(?<!\w)(?:(?:{source})\s+[^.;!?\n]{{0,{BEFORE_REACH}}}?\s)?(?:(?:{aspect})\s+)*"
        rf"(?P<verb>(?:(?:{take})\s+)?(?:{given})|{moved})(?!\w)[^.;!?\n\d]{{0,60}}$", flags)
    return (after, before, regex.compile(rf"(?<!\w)(?:{source})(?!\w)", flags),
            regex.compile(rf"(?<!\w)(?:{former})(?!\w)", flags), regex.compile(rf"\s*(?:{receiver})(?!\w)", flags),
            regex.compile(rf"(?<!\w)(?:{given})(?!\w)", flags),
            # a breakdown opened right after the unit word ("(kỳ trước chuyển sang 64 hồ sơ; …)", ", trong đó …")
            regex.compile(rf"\s*(?:\(|[,:;]?\s*(?:{_alt('breakdown_opens')})(?!\w))", flags),
            regex.compile(rf"(?<!\w)(?:{_alt('interlinked')})(?!\w)", flags))


def handed_over(page: Page, fig: Figure, metric: str | None) -> bool:
    """Whether the dossier count ``fig`` read ``metric`` counts dossiers handed over by former units (module
    docstring)."""
    if metric not in HANDED_FROM or fig.kind != "count" or fig.family != "dossier":
        return False
    text = page.text
    after, before, source, former, receiver, given, breakdown_open, interlinked = _patterns()
    hi = min(len(text), fig.end + AFTER_REACH)
    m = after.match(text, fig.end, hi)
    if m is not None and not breakdown_open.match(text, fig.end) and not _other_figure(page, fig.end, m.start("verb")) \
            and not leads_figure(page, m.end("verb")) and _incoming(m, source, former, receiver, given, interlinked):
        return True
    cs = max(page.st.clause_start(fig.start), fig.start - BEFORE_REACH - 60)
    b = before.search(text, cs, fig.start)
    if b is None or interlinked.search(b.group()):
        return False
    has_source = source.search(b.group(), 0, b.start("verb") - b.start()) is not None
    if receiver.match(text, fig.end) is not None and not has_source:
        return False  # "Xã đã bàn giao 30 hồ sơ cho Chi nhánh": sent on
    return b.group("verb").lower().startswith(("nhận", "tiếp")) or has_source or former.search(b.group()) is not None


def _incoming(m: regex.Match[str], source: regex.Pattern[str], former: regex.Pattern[str],
              receiver: regex.Pattern[str], given: regex.Pattern[str], interlinked: regex.Pattern[str]) -> bool:
    """Whether the verb after the figure tells dossiers coming in: no interlinking words before it; a verb of handing
    over with a source before it or a former unit's word, and no receiver right after it unless a source was named."""
    lead, tail = m.group("lead"), m.group("tail")
    if interlinked.search(lead):
        return False
    has_source = source.search(lead) is not None
    if given.search(m.group("verb")) is not None and not m.group("verb").lower().startswith(("nhận", "tiếp")):
        if receiver.match(tail) and not has_source:
            return False  # "chuyển giao 15 hồ sơ cho Chi nhánh …": sent on
        return has_source or former.search(lead + tail) is not None
    return former.search(lead + " " + tail) is not None


def _other_figure(page: Page, lo: int, hi: int) -> bool:
    """Whether another figure lies in [lo, hi): the verb is then that figure's."""
    i = bisect.bisect_left(page.figure_starts, lo)
    return i < len(page.figures) and page.figures[i].start < hi
