"""Places named together, then their figures in the same order: each place scopes the figure in its position.

``phường A và phường B xếp tiếp theo với 3.480 và 2.975 hồ sơ``, ``Xã A, xã B và thị trấn C lần lượt tiếp nhận 1.200,
950 và 610 hồ sơ``, ``huyện A và huyện B lần lượt là 12 và 7 hồ sơ``, ``Xã A 2 và phường B là hai đơn vị có tỷ lệ
… thấp nhất, lần lượt đạt 61,7% và 64,2%``. A list is read only when it names as many places as the figures after
it, each figure bare or with its unit word, the figures joined by separators alone (``1.200 hồ sơ đã giải quyết và
30 hồ sơ quá hạn`` is no such list). The words between the places and the figures hold no figure and no other
place, and no comma unless ``lần lượt`` says the order is meant. A place is a scope as a sub-unit is
(:func:`extract.extractors.figure_subunits.sub_units`): in a report with an issuer block, only places below the
issuer (not the issuer itself); in a news item, any (two places or more by construction).

Places joined with one figure (``Xã A và xã B tiếp nhận 2.100 hồ sơ``) scope nothing here. Offices told so after
``lần lượt`` (``Sở A và Sở B là hai đơn vị …, lần lượt 4.211 và 3.876 hồ sơ``) are read the same way
(:mod:`extract.extractors.figure_scope_respective`).
"""

from __future__ import annotations

import regex

from extract.extractors.figure_blocks import issuer_name
from extract.extractors.figure_nouns import COUNTED_ABBR
from extract.extractors.figure_scope_respective import office_list_scopes
from extract.extractors.figure_subunits import PLACE_RE, RANK, name_end, same_place

# between two places of a list: ",", "và", ", và"
PLACE_SEP_RE = regex.compile(r"[^\S\n]*(?:,[^\S\n]*(?:va[^\S\n]+)?|[^\S\n]va[^\S\n]+)")
# the words between the last place and the first figure: no figure, no sentence stop, no bracket
PREDICATE_RE = regex.compile(r"[^\S\n]+(?P<words>[^\d.;:\n()]{1,100}?)[^\S\n]+(?=\d)")
RESPECTIVELY_RE = regex.compile(r"(?<!\w)lan\s+luot(?!\w)")
NUMBER = r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\d.,]?\d)"
UNIT = rf"(?:[^\S\n]*%|[^\S\n]+(?:{COUNTED_ABBR}|dvctt|diem)(?!\w))"
FIGURE_RE = regex.compile(rf"{NUMBER}(?:{UNIT})?")
FIGURE_SEP_RE = regex.compile(r"[^\S\n]*(?:,|;)?[^\S\n]*(?:(?<!\w)va[^\S\n]+)?")
MAX_PLACES = 8
MORE_RE = regex.compile(r"[^\S\n]*,[^\S\n]*[^\d.;:\n(),]{1,60}?[^\S\n]+(?=\d)")


def _place_at(text: str, ft: str, p: int) -> tuple[int, int, float, str] | None:
    """The place whose type word opens at ``p``: (start, end of its name as written, rank, folded name)."""
    m = PLACE_RE.match(ft, p)
    if m is None:
        return None
    e = name_end(text, ft, m.end())
    if e is None:
        return None
    kind = " ".join(m.group("type").split())
    return m.start(), e, RANK[kind], " ".join(ft[m.end():e].split())


def _figures(ft: str, p: int, n: int) -> list[tuple[int, int]] | None:
    """``n`` figures from ``p`` joined by separators alone, the last after ``và``; else None."""
    out: list[tuple[int, int]] = []
    for k in range(n):
        f = FIGURE_RE.match(ft, p)
        if f is None:
            return None
        out.append(f.span())
        if k + 1 < n:
            sep = FIGURE_SEP_RE.match(ft, f.end())
            if sep.end() == f.end() or (k + 2 == n) != ("va" in sep.group()):
                return None
            p = sep.end()
    sep = FIGURE_SEP_RE.match(ft, out[-1][1])
    if sep.group().strip() and FIGURE_RE.match(ft, sep.end()):
        return None  # more figures than places
    return out


def place_list_scopes(text: str, ft: str) -> list[tuple[int, int, str]]:
    """(start, end, place as written) over each figure of a list of places told with their figures in order."""
    issuer = issuer_name(text, ft)
    out: list[tuple[int, int, str]] = []
    pos = 0
    for m in PLACE_RE.finditer(ft):
        if m.start() < pos:
            continue
        first = _place_at(text, ft, m.start())
        if first is None:
            continue
        found = [first]
        end = first[1]
        while len(found) < MAX_PLACES:
            sep = PLACE_SEP_RE.match(ft, end)
            nxt = _place_at(text, ft, sep.end()) if sep is not None else None
            if nxt is None:
                break
            found.append(nxt)
            end = nxt[1]
        pos = end
        if len(found) < 2:
            continue
        pred = PREDICATE_RE.match(ft, end)
        if pred is None or PLACE_RE.search(pred.group("words")) is not None:
            continue
        if "," in pred.group("words") and RESPECTIVELY_RE.search(pred.group("words")) is None:
            continue
        figures = _figures(ft, pred.end(), len(found))
        if figures is None:
            continue
        if issuer is not None:
            kind, name = issuer
            rank = 1.5 if kind == "thanh pho" else RANK.get(kind, 0)
            if any(r >= rank or (name and same_place(n, name)) for _, _, r, n in found):
                continue
        names = [" ".join(text[ps:pe].split()) for ps, pe, _, _ in found]
        while figures is not None:
            out.extend((fs, fe, n) for (fs, fe), n in zip(figures, names, strict=True))
            # "…, lần lượt đạt 61,7% và 64,2%, để quá hạn 5 và 3 hồ sơ": the next run of as many figures, after a
            # comma and words of its own, is told in the same order
            more = MORE_RE.match(ft, figures[-1][1])
            figures = _figures(ft, more.end(), len(found)) if more is not None else None
    # "Sở A và Sở B là hai đơn vị …, lần lượt 4.211 và 3.876 hồ sơ": offices told so, read the same way
    return out + office_list_scopes(text, ft, _figures)
