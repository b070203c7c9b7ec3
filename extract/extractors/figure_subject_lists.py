"""Whether a name after a comma is a sentence's own subject or one of a list (:mod:`extract.extractors.figure_levels`
asks this of every body or place named after a comma).

- ``Sở Tư pháp, Sở Xây dựng đã tiếp nhận …``, ``Huyện A, huyện B tiếp nhận …``, ``Phường 3, phường 4 tiếp nhận …``:
  names listed with one verb are no one part (:func:`listed`);
- ``Trong các sở, ngành, Sở Tư pháp đã giải quyết …``, ``Đối với các sở, Sở A tiếp nhận …``: a set named to open
  the sentence is a frame, and the name after it is one of that set, the sentence's own subject;
- ``lĩnh vực hộ tịch 320 hồ sơ, lĩnh vực chứng thực 210 hồ sơ``: the next of a list of parts told with their
  figures and the same head word (:func:`parallel`);
- ``Bộ phận  Tiếp nhận và Trả kết quả tiếp nhận …``: a subject that is the unit's own one-stop office, whatever
  the runs of spaces in its name (:func:`names_office`).
"""

from __future__ import annotations

import regex

from extract.extractors.figure_blocks import LEAD, level_words

# what opens a breakdown before its first part: "…, trong đó lĩnh vực hộ tịch 320 hồ sơ", "gồm Phòng Kinh tế …"
PART_LEADS = r"trong\s+do|bao\s+gom|gom"
# the start of the name before a comma: after the sentence or clause start, or the comma before it
NAME_START_RE = regex.compile(r"(?r)[.;:\n]|,(?![0-9])")
ITEM_LEAD_RE = regex.compile(rf"[^\S\n]*(?:[-+*•–][^\S\n]*)*(?:{LEAD}\s+)?")
# "Trong các sở, ngành, …", "Trong số 12 sở, ban, ngành, …", "Đối với các sở, …", "Ở các phòng, ban, …": a set
# (a plural or a number) opening its sentence, up to the comma before the name
SET_FRAME_RE = regex.compile(
    r"(?:^|\n|[.;:][^\S\n]{0,3})[^\S\n]*(?:[-+*•–][^\S\n]*)*(?:(?:trong\s+(?:so\s+)?)|(?:(?:doi\s+voi|voi|o|tai|rieng)"
    r"\s+))(?:cac|nhung|\d{1,3})\s[^.;:\n\d]{0,80}$")
SEGMENT_START_RE = regex.compile(r"(?r)[.;:\n(]|,(?![0-9])")
# "Phường 3, phường 4 và …", "Quận 1 và Quận 3, …": a place named by a number (a place's type word, then one or two
# digits closing the name before a comma or "và") is a name, no figure
_TYPES = "|".join(level_words("places", k) for k in ("communes", "districts", "provinces"))
NUMBERED_NAME_RE = regex.compile(rf"(?<!\w)(?P<type>(?:{_TYPES})[^\S\n]+)\d{{1,2}}(?=[^\S\n]*(?:,|va(?!\w)|$))")
PART_LEAD_RE = regex.compile(rf"[^\S\n]*(?:(?:{PART_LEADS})[^\S\n]*,?[^\S\n]*)?(?:[-+*•–][^\S\n]*)*(?:{LEAD}\s+)?")


def listed(ft: str, heads: regex.Pattern[str], verbs: regex.Pattern[str], place: regex.Pattern[str], p: int) -> bool:
    """Whether the name at ``p``, after a comma, is one of a list of names with one verb (``Sở Tư pháp, Sở Xây
    dựng đã tiếp nhận …``, ``Huyện A, huyện B tiếp nhận …``): the words between the comma and the one before it
    (or the clause start) are a name too (``heads`` or ``place`` matches there), with no figure and no ``verbs``;
    never when those names are a set opening the sentence (``Trong các sở, ngành, Sở Tư pháp …``)."""
    c = ft.rfind(",", max(0, p - 4), p)
    if c < 0:
        return False
    st = NAME_START_RE.search(ft, max(0, c - 200), c)
    s = ITEM_LEAD_RE.match(ft, st.end() if st is not None else max(0, c - 200)).end()
    seg = NUMBERED_NAME_RE.sub(r"\g<type>n", ft[s:c])  # ("phường 3" read as a name: "phường n")
    if any(ch.isdigit() for ch in seg) or verbs.search(seg):
        return False
    if SET_FRAME_RE.search(ft, max(0, c - 120), c) is not None:
        return False
    return heads.match(ft, s) is not None or place.match(ft, s) is not None


def parallel(ft: str, head: str, p: int) -> bool:
    """Whether the name at ``p``, after a comma, is the next of a list of parts told with their figures and
    opening with the same head word ``head`` (``lĩnh vực hộ tịch 320 hồ sơ, lĩnh vực chứng thực 210 hồ sơ``,
    ``Lĩnh vực Đất đai có 42 hồ sơ, lĩnh vực Xây dựng có 17 hồ sơ``), written in lower case or not."""
    c = ft.rfind(",", max(0, p - 4), p)
    if c < 0:
        return False
    st = SEGMENT_START_RE.search(ft, max(0, c - 200), c)
    s = PART_LEAD_RE.match(ft, st.end() if st is not None else max(0, c - 200)).end()
    return ft.startswith(head, s) and any(ch.isdigit() for ch in ft[s:c])


SPACE_RUN_RE = regex.compile(r"[^\S\n]+")


def names_office(ft: str, s: int, e: int, names: tuple[str, ...], *, within: bool = False) -> bool:
    """Whether the folded name ``ft[s:e]`` holds one of ``names`` (one-stop office words, one space apart), or
    the text at ``s`` opens with one (``within``: the name itself opens with one); a run of spaces reads as one
    (``Bộ phận  Tiếp nhận``)."""
    head = SPACE_RUN_RE.sub(" ", ft[s:e])
    if within:
        return any(head.startswith(n) for n in names)
    tail = SPACE_RUN_RE.sub(" ", ft[s:s + 2 * max((len(n) for n in names), default=0)])
    return any(n in head or tail.startswith(n) for n in names)
