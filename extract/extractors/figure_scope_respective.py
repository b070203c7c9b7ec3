"""Offices named together, then their figures in the same order after ``lần lượt``: each office scopes the figure in
its position, as places do (:mod:`extract.extractors.figure_place_lists`).

``Sở Tư pháp và Sở Nông nghiệp và Môi trường là hai đơn vị có số hồ sơ nhiều nhất, lần lượt 4.211 và 3.876 hồ sơ``,
``Sở A, Sở B và Sở C lần lượt tiếp nhận 1.200, 950 và 610 hồ sơ``, ``Phòng A và Chi nhánh B tiếp nhận lần lượt 12 và 7
hồ sơ``. The names open with a sub-unit's head word, capitalised (``Sở``, ``Phòng``, ``Chi nhánh``), each but the
first right after ``,`` or ``và``; a name's own ``và`` goes on to a capitalised word that opens no other name (``Sở
Nông nghiệp và Môi trường``). Read only with ``lần lượt`` (the order is meant), as many figures as names, nothing
counted between the names and ``lần lượt``. Offices joined with one figure (``Sở A và Sở B tiếp nhận 2.100 hồ sơ``)
scope nothing here.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import regex

from extract.extractors.figure_cues import words
from extract.extractors.figure_field_names import field_stop
from extract.extractors.figure_scope_names import misread_so, unit_heads

RESPECTIVELY_RE = regex.compile(r"(?<!\w)lan\s+luot(?!\w)")
# what opens the clause the names stand in: a stop, a colon, a line break
CLAUSE_OPEN_RE = regex.compile(r"(?r)[.;:!?\n(]")
REACH = 250  # characters back from "lần lượt" to the first name
SEP_RE = regex.compile(r"[^\S\n]*(?:,[^\S\n]*(?:va[^\S\n]+)?|[^\S\n]va[^\S\n]+)$")
# after "lần lượt": up to three words (a verb: "là", "đạt", "tiếp nhận"), then the first figure
AFTER_RE = regex.compile(r"(?:[^\S\n]+(?!\d)\w+){0,3}?[^\S\n]*:?[^\S\n]*(?=\d)")
MAX_NAMES = 6


@cache
def _heads_re() -> regex.Pattern[str]:
    return regex.compile(rf"(?<!\w)(?:{unit_heads()})(?!\w)")


@cache
def _stop_re() -> regex.Pattern[str]:
    # the words that end the last name ("và" only before a word that is not capitalised)
    extra = "|".join(words(w) for w in ("deu", "cung", "lan luot", "nhieu nhat", "it nhat", "cao nhat", "thap nhat"))
    return regex.compile(rf"[^\S\n]+(?:{field_stop()}|{extra})(?!\w)")


def _names(text: str, ft: str, lo: int, hi: int) -> list[tuple[int, int]] | None:
    """The run of office names in [lo, hi) that ends last: (start, end) of each, the last one's end cut at its
    name's end."""
    heads = [h for h in _heads_re().finditer(ft, lo, hi)
             if text[h.start()].isupper() and not misread_so(ft[h.start():h.end()], text[h.start():h.end()])]
    run: list[int] = []
    for h in heads:
        if not run or regex.search(r"[\d.;:()]", ft[run[-1]:h.start()]):
            run = [h.start()]
        elif SEP_RE.search(ft, max(lo, h.start() - 8), h.start()) is not None:
            run.append(h.start())
        # (else a head word inside the name: "Chi nhánh Văn phòng đăng ký đất đai")
    if len(run) < 2 or len(run) > MAX_NAMES:
        return None
    spans = []
    for a, b in zip(run, run[1:], strict=False):
        sep = SEP_RE.search(ft, max(lo, b - 8), b)
        spans.append((a, sep.start()))
    last = run[-1]
    end = hi
    for s in _stop_re().finditer(ft, last, hi):
        if s.group().strip() == "va" and text[s.end():s.end() + 2].strip()[:1].isupper():
            continue  # "Sở Nông nghiệp và Môi trường": the name's own "và"
        end = s.start()
        break
    spans.append((last, end))
    return spans


def office_list_scopes(text: str, ft: str, figures: Callable[[str, int, int], list[tuple[int, int]] | None]
                       ) -> list[tuple[int, int, str]]:
    """(start, end, office as written) over each figure of a list of offices told with their figures in order after
    ``lần lượt``. ``figures(ft, p, n)``: the ``n`` figures from ``p`` joined by separators alone, or None."""
    out: list[tuple[int, int, str]] = []
    for m in RESPECTIVELY_RE.finditer(ft):
        o = CLAUSE_OPEN_RE.search(ft, max(0, m.start() - REACH), m.start())
        lo = o.end() if o is not None else max(0, m.start() - REACH)
        names = _names(text, ft, lo, m.start())
        if names is None or regex.search(r"\d", ft[names[-1][1]:m.start()]):
            continue
        a = AFTER_RE.match(ft, m.end())
        if a is None:
            continue
        got = figures(ft, a.end(), len(names))
        if got is None:
            continue
        out.extend((fs, fe, " ".join(text[s:e].split())) for (fs, fe), (s, e) in zip(got, names, strict=True))
    return out

