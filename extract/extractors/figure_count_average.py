"""An average or a peak is no total of the period (figures.toml ``[count_average]``).

- a frame opening the figure's sentence (``Bình quân mỗi ngày làm việc, Trung tâm tiếp nhận khoảng 180 hồ sơ``;
  ``Trung bình mỗi tháng, …``) or standing in the figure's own clause before it (``tiếp nhận bình quân 85 hồ sơ``,
  ``có ngày lên đến 150 hồ sơ``, ``hằng ngày tiếp nhận 40 hồ sơ``);
- a unit of time or of a person right after the unit word (``85 hồ sơ/ngày``, ``40 hồ sơ mỗi ngày``).

A total before an average in its sentence keeps its key (``tiếp nhận 1.200 hồ sơ, bình quân 40 hồ sơ/ngày``): the
frame is read only where it opens the sentence or in the figure's own clause. A frame opening the sentence reaches
the clauses after it (``Hằng ngày, Bộ phận một cửa tiếp nhận khoảng 60 hồ sơ, giải quyết 55 hồ sơ``) up to one that
opens with a whole period or a total of its own (``Trung bình mỗi tháng tiếp nhận 100 hồ sơ, tính chung cả quý đã
tiếp nhận 300 hồ sơ``: 300 is received_total) or one that opens by singling a part out (``Bình quân mỗi xã tiếp
nhận 900 hồ sơ, riêng xã A tiếp nhận 4.200 hồ sơ``, ``…, dẫn đầu là xã B với 5.900 hồ sơ``: ``[count_average]
ends``); a ``;`` ends the sentence's frame anyway.
"""

from __future__ import annotations

from functools import cache

import regex

from extract.extractors.figure_cues import longest_words
from extract.extractors.figure_page import Page
from extract.extractors.figure_scan import Figure

# the reach of a frame opening the sentence, and of the per-unit words after the unit word
FRAME_REACH = 160
PER_REACH = 40
# the words a sentence's frame may open with before its average word ("Tính bình quân, …", "Trong năm, bình quân …")
FRAME_LEAD = r"(?:(?:tinh|theo\s+do|trong\s+(?:ky|nam|thang|quy)(?:\s+\w+){0,2})[\s,]+)?"

# "Trung bình mỗi tháng tiếp nhận 100 hồ sơ, tính chung cả quý đã tiếp nhận 300 hồ sơ": a clause opening with the
# whole period or a total ends the reach of a frame opening the sentence (300 is received_total)
WHOLE_RE = regex.compile(
    r"[,;:][^\S\n]*(?:(?:va|con)[^\S\n]+)?(?:tinh\s+chung|nhin\s+chung|tong\s+cong|tong\s+so|luy\s+ke|ca\s+(?:ky|dot|nam|quy|thang)"
    r"|trong\s+(?:ky|dot|nam|quy|thang)|toan\s+(?:tinh|thanh\s+pho|huyen|thi\s+xa|quan|xa|phuong|thi\s+tran))(?!\w)")


@cache
def _patterns() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    def alt(key: str) -> str:
        return longest_words("count_average", key)

    frame = alt("frame")
    return (regex.compile(rf"[\s\-+*•–:]*+{FRAME_LEAD}(?:{frame})(?!\w)"),
            regex.compile(rf"(?<!\w)(?:{frame})(?!\w)"),
            regex.compile(rf"[^\S\n]*+(?:{alt('per')})(?!\w)"))


@cache
def _singled() -> regex.Pattern[str]:
    """A clause singling a part out (after ``,`` or ``:``), which ends the reach of a frame opening the sentence."""
    return regex.compile(rf"[,;:][^\S\n]*+(?:{longest_words('count_average', 'ends')})(?!\w)")


def average(page: Page, fig: Figure) -> bool:
    """Whether the count ``fig`` is an average or a peak (module docstring)."""
    ft, st = page.ft, page.st
    opening, inside, per = _patterns()
    if per.match(ft, fig.end, min(len(ft), fig.end + PER_REACH)):
        return True
    # (bounded: a clause of thousands of counts would be searched whole once per count)
    cs = max(st.clause_start(fig.start), fig.start - FRAME_REACH)
    if inside.search(ft, cs, fig.start):
        return True
    ss = max(st.last_full_stop(fig.start), st.last_stop(fig.start))
    if fig.start - ss > FRAME_REACH:
        return False
    m = opening.match(ft, ss, fig.start)
    if m is None:
        return False
    # (the frame is the sentence's, before any figure of it: "Bình quân mỗi ngày, … tiếp nhận 180 hồ sơ"), and
    # no clause between them opens with a whole period or a total of its own
    return not regex.search(r"\d", ft[ss:m.start()]) and WHOLE_RE.search(ft, m.end(), fig.start) is None \
        and _singled().search(ft, m.end(), fig.start) is None
