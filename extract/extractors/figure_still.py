"""Whether a late count is still open (``pending_late``) or was finished late (``resolved_late``), from the words
before its figure (corpus/GOLD.md, fifth session).

- a still-open word right before the figure (``hiện còn 5.800 hồ sơ xử lý quá hạn``, ``tồn 12 hồ sơ trễ hạn``,
  ``đến nay còn``): open, unless its cue says it was finished (``hiện còn 3 hồ sơ đã giải quyết quá hạn``);
- ``chỉ còn`` (only … remain: ``Đã giải quyết 1.340 hồ sơ, chỉ còn 1 hồ sơ quá hạn``) is open as ``hiện còn`` is
  (GOLD.md: ``còn 5 hồ sơ quá hạn`` with no resolving verb is pending_late);
- ``vẫn còn`` with no present marker is a concession (``Vẫn còn 900 hồ sơ giải quyết quá hạn``: there were still
  dossiers finished late): a resolving verb after the figure keeps it finished; with none (``vẫn còn 900 hồ sơ quá
  hạn``) it is open;
- a subject that still holds (``Xã C còn 5 hồ sơ quá hạn``, ``huyện A và huyện B còn 6 và 4 hồ sơ quá hạn``,
  ``toàn tỉnh còn …``): ``còn`` as the verb of a place, a unit or a field, read like ``vẫn còn``;
- a bare ``còn`` opening its clause is "the rest" of a breakdown (``tiếp nhận 1.236 hồ sơ, …, còn 14 hồ sơ trễ
  hạn``; ``Còn 07 hồ sơ trễ hạn và 03 hồ sơ đang giải quyết đã quá hạn``): no state of its own.
"""

from __future__ import annotations

from functools import cache

import regex

from extract.extractors.figure_cues import Cue, longest_words
from extract.extractors.figure_page import Page

# a late cue that names resolving: "đã giải quyết quá hạn", "trả kết quả trễ hạn", "trả quá hạn" (returning is resolving)
RESOLVING_CUE_RE = regex.compile(r"(?:da\s+)?(?:giai\s+quyet|tra(?:\s+ket\s+qua)?|xu\s+ly)(?!\w)")
STILL_BEFORE = regex.compile(
    r"(?<!\w)(?:(?P<w>hien(?:\s+nay)?|van|den\s+nay|chi)\s+con(?:\s+lai)?|ton(?:\s+dong)?)(?:\s+(?:co|gan|hon|tren|khoang))?\s*$")
CONCESSIVE_STILL = "van"
FINISHED_CUE = regex.compile(r"(?:da|duoc)\s")
# "còn" as the verb of its clause's subject, and the subject: a place, a unit, a field or a whole ("toàn tỉnh")
BARE_STILL = regex.compile(r"(?<!\w)con(?:\s+lai)?(?:\s+(?:de|co|gan|hon|tren|khoang))?\s*$")
SUBJECT_REACH = 120


@cache
def _subject_head() -> regex.Pattern[str]:
    """The words a subject opens with (figures.toml ``[count_still]``): a lead, a committee, ``các``, a head noun."""
    def alt(key: str) -> str:
        return longest_words("count_still", key)

    return regex.compile(rf"(?:(?:{alt('leads')})[\s,]+)?(?:(?:{alt('committee')})\s+)?(?:cac\s+)?(?:{alt('heads')})(?!\w)")


SUBJECT_SO = regex.compile(r"(?:(?:riêng|trong\s+đó)[\s,]+)?(?:các\s+)?sở(?!\w)", regex.IGNORECASE)


def _subject_still(page: Page, start: int) -> bool:
    """``còn`` right before ``start`` as the verb of a subject its clause opens with (a place, unit or field)."""
    m = BARE_STILL.search(page.ft, max(0, start - 24), start)
    if m is None:
        return False
    cs = max(page.st.clause_start(m.start()), m.start() - SUBJECT_REACH, page.ft.rfind("\n", 0, m.start()) + 1)
    seg = page.ft[cs:m.start()]
    lead = len(seg) - len(seg.lstrip(" \t\n-+*•:"))
    if not seg.strip() or regex.search(r"\d", seg):
        return False
    # ("Sở Tư pháp còn …" written with its accents: "số hồ sơ quá hạn còn 154" is no subject that holds)
    return _subject_head().match(page.ft, cs + lead) is not None or SUBJECT_SO.match(page.text, cs + lead) is not None


def still_open(page: Page, start: int, fig_end: int, cue: Cue | None) -> bool:
    """Whether a count read ``resolved_late`` whose run starts at ``start`` is still open (module docstring)."""
    ft = page.ft
    still = STILL_BEFORE.search(ft, max(0, start - 24), start)
    concessive = still is not None and still.group("w") == CONCESSIVE_STILL
    if still is None:
        if not _subject_still(page, start):
            return False
        concessive = True
    if cue is not None and FINISHED_CUE.match(ft, cue.start):
        return False
    return not (concessive and cue is not None and cue.start >= fig_end
                and RESOLVING_CUE_RE.match(ft, cue.start, cue.end))
