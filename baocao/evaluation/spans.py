"""Spans across renderings: one coordinate every rendering of a report shares.

The same report read from TXT, DOCX or PDF has other line breaks, other spacing, maybe NFD
letters, so character offsets differ; the count of non-whitespace characters before an offset
(combining marks not counted) does not. Where a rendering drops or adds characters (markup,
page numbers), :func:`align_spans` re-anchors each span on its text and context.
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Sequence


def nonspace_index(text: str) -> list[int]:
    """``idx[i]`` = number of counted characters in ``text[:i]`` (len(text)+1 entries).

    Counted: everything but whitespace and combining marks, so the same report read from TXT,
    DOCX or PDF (other line breaks, other spacing, NFC or NFD) gives the same numbers.
    """
    idx = [0] * (len(text) + 1)
    n = 0
    for i, ch in enumerate(text):
        idx[i] = n
        if not ch.isspace() and not unicodedata.combining(ch):
            n += 1
    idx[len(text)] = n
    return idx


def map_span(idx: list[int], span: Sequence[int]) -> tuple[int, int]:
    """A ``[start, end)`` character span to the shared non-whitespace coordinate."""
    s, e = int(span[0]), int(span[1])
    s = max(0, min(s, len(idx) - 1))
    e = max(s, min(e, len(idx) - 1))
    return idx[s], idx[e]


def to_text_offset(idx: list[int], k: int, *, end: bool = False) -> int:
    """Inverse of map_span: the offset of the ``k``-th counted character (a start), or with
    ``end`` the offset just after the ``k``-th one (so neither takes in surrounding whitespace)."""
    if end:
        return bisect.bisect_left(idx, k)
    return max(0, bisect.bisect_right(idx, k) - 1)


def counted_chars(text: str) -> str:
    """The characters ``nonspace_index`` counts, in order."""
    return "".join(ch for ch in text if not ch.isspace() and not unicodedata.combining(ch))


def align_spans(gold_text: str, spans: Sequence[Sequence[int]], pred_text: str, *, window: int = 400,
                contexts: Sequence[int] = (24, 12, 6, 0)) -> list[tuple[int, int]]:
    """Gold spans (offsets into ``gold_text``) in the non-whitespace coordinate of ``pred_text``.

    The count of non-whitespace characters maps a span from one rendering to another as long as
    both hold the same characters; where a rendering drops or adds some (markup ``**`` dropped by
    the DOCX, a page number added by the PDF), the count drifts. Each span is therefore re-anchored:
    the fact's text with ``c`` counted characters of context on each side is looked up in the
    prediction's counted text near the expected place (nearest hit within ``window``), with
    shorter contexts tried in turn; a span that cannot be re-anchored keeps its plain count.
    """
    gidx = nonspace_index(gold_text)
    gchars, pchars = counted_chars(gold_text), counted_chars(pred_text)
    out = []
    for span in spans:
        a, b = map_span(gidx, span)
        if gchars == pchars or pchars[a:b] == gchars[a:b] and pchars[max(0, a - 6):a] == gchars[max(0, a - 6):a]:
            out.append((a, b))
            continue
        for c in contexts:
            lo, hi = max(0, a - c), min(len(gchars), b + c)
            needle = gchars[lo:hi]
            if not needle:
                continue
            best = None
            start = max(0, lo - window)
            i = pchars.find(needle, start, lo + window + len(needle))
            while i != -1:
                if best is None or abs(i - lo) < abs(best - lo):
                    best = i
                i = pchars.find(needle, i + 1, lo + window + len(needle))
            if best is not None:
                shift = best - lo
                out.append((a + shift, b + shift))
                break
        else:
            out.append((a, b))
    return out


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """How many positions two ``[start, end)`` spans share; an empty span overlaps (1) only a span
    starting at the same point."""
    lo, hi = max(a[0], b[0]), min(a[1], b[1])
    if a[0] == a[1] or b[0] == b[1]:  # an empty span overlaps only at the same point
        return 1 if a[0] == b[0] else 0
    return hi - lo if hi > lo else 0
