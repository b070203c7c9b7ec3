"""The words a scope's name is cut of once it is read (:func:`extract.extractors.figure_levels.scopes`).

- an adverb between a subject and its verb (``Sở X vẫn là đơn vị có …``, ``Huyện A cũng tiếp nhận …``, ``Phòng B
  tiếp tục là …``) is no part of the name, nor a rank's verb (``Sở Tư pháp đứng thứ 2/22``): the words of
  levels.toml [names] trailing_adverbs and trailing_ranks, in lower case;
- so a subject closed by ``cũng`` (``Phòng Kinh tế cũng tiếp nhận …``) is no body joined with others by ``cùng``
  (``Sở A cùng …``), though both fold to ``cung`` (:func:`joined_end`, [names] accented_adverbs);
- a word pair closing a name (``các lĩnh vực còn lại``) keeps its last word, though it is an adverb alone ([names]
  closing_pairs);
- a subject told with its verb and rank before its figure in brackets (``Sở X tiếp nhận nhiều hồ sơ nhất (N hồ
  sơ)``) is named up to its verb (:func:`cut_ranked_verb`, [names] ranked_verbs, ranked_ends, read accented: a
  folded ``đất`` would be the verb ``đạt``).
"""

from __future__ import annotations

from functools import cache

import regex

from extract.extractors.figure_blocks import JOINED_END_RE, level_words
from extract.extractors.figure_cues import load_data, words
from normalize.text import fold


@cache
def unit_heads() -> str:
    """The head words of sub-units (figures.toml scope_heads but a field's ``lĩnh vực``) as one alternation over
    folded text: what opens an office's or a body's name."""
    return "|".join(words(h) for h in load_data().scope_heads if not h.startswith("linh")) or "(?!x)x"


def misread_so(folded: str, written: str) -> bool:
    """A name read as ``Sở …`` on the folded text that is written ``số …`` ("số" is no "Sở": both fold to ``so``)."""
    return regex.match(r"so(?!\w)", folded) is not None and written[:2].lower() != "sở"

# (read on the name in lower case, its words one space apart: adverbs, then a rank's verb, closing it)
TRAILING_ADVERBS_RE = regex.compile(rf"(?<=\w)(?: (?:{level_words('names', 'trailing_adverbs', ' ')})){{0,3}}"
                                    rf"(?: (?:{level_words('names', 'trailing_ranks', ' ')}))?(?<=\w)$")


CLOSING_PAIR_RE = regex.compile(rf"(?<!\w)(?:{level_words('names', 'closing_pairs', ' ')})$")


def trim_adverbs(name: str) -> str:
    """``Sở Tài nguyên và Môi trường vẫn`` -> ``Sở Tài nguyên và Môi trường``; any other name as it is."""
    name = name.rstrip()
    if CLOSING_PAIR_RE.search(name.lower()) is not None:
        return name  # "các lĩnh vực còn lại"
    m = TRAILING_ADVERBS_RE.search(name.lower())
    # (a capitalised word is a proper name's: "xã Tân Lại", "phường Hòa Hiền")
    return name[:m.start()].rstrip() if m is not None and m.end() > m.start() and name[m.start():].islower() else name


# (read on the name in lower case, accented: a verb, then words up to a rank closing it)
RANKED_VERB_RE = regex.compile(rf"(?<=\w)\s+(?:{level_words('names', 'ranked_verbs')})(?!\w)"
                               rf"(?:\s+\w+){{0,8}}?\s+(?P<rank>{level_words('names', 'ranked_ends')})$")


def cut_ranked_verb(name: str) -> str:
    """``Sở X tiếp nhận nhiều hồ sơ nhất`` -> ``Sở X``; any other name as it is (``Văn phòng đăng ký đất đai huyện
    Thống Nhất``: ``đất`` is no ``đạt``, and a capitalised rank word is a proper name's)."""
    lower = name.lower()
    m = RANKED_VERB_RE.search(lower) if len(lower) == len(name) else None
    if m is None or name[m.start("rank")].isupper():
        return name
    return name[:m.start()].rstrip()


ACCENTED_ADVERBS_RE = regex.compile(rf"(?<!\w)(?:{level_words('names', 'accented_adverbs', ' ')})$", regex.IGNORECASE)


def joined_end(text: str, ft: str, s: int, e: int) -> bool:
    """Whether the subject ``text[s:e]`` ends with a word joining it with others (``Văn phòng … và``, ``Sở A
    cùng``), not with an adverb that folds as one does (``cũng``)."""
    return JOINED_END_RE.search(ft, s, e) is not None and ACCENTED_ADVERBS_RE.search(text[s:e].rstrip()) is None


# "…; các phòng chuyên môn khác 225 hồ sơ", "những đơn vị còn lại 40 hồ sơ": the bodies not named one by one keep
# their plural, as written (GOLD.md: "Các lĩnh vực khác" names no field and stays as written)
REST_END_RE = regex.compile(r"(?<!\w)(?:khac|con\s+lai)$")
PLURAL_RE = regex.compile(rf"(?<!\w)(?:{level_words('frame', 'plural')})[^\S\n]+$")


def with_plural(text: str, ft: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``found`` with each scope named as the rest of its kind (its name ends in ``khác`` / ``còn lại``) opened by
    the plural written right before it."""
    out = []
    for s, e, name in found:
        folded = " ".join(fold(name).lower().split())
        if REST_END_RE.search(folded) is not None and (p := PLURAL_RE.search(ft, max(0, s - 8), s)) is not None \
                and " ".join(ft[s:s + 2 * len(name)].split()).startswith(folded):
            name = f"{' '.join(text[p.start():s].split())} {name}"
            s = p.start()
        out.append((s, e, name))
    return out
