"""A demonstrative names no scope of its own: ``lĩnh vực này``, ``lĩnh vực đó``, ``lĩnh vực nói trên`` refer back
to the last field named before them in their paragraph (``Điểm nghẽn vẫn là lĩnh vực đất đai: … có tới 4.412 hồ sơ
thuộc lĩnh vực này`` -> ``đất đai``); with no field named before, the count has no scope (levels.toml [names]
demonstratives).
"""

from __future__ import annotations

from functools import cache

import regex

from extract.extractors.figure_blocks import field_name, level_words
from extract.extractors.figure_field_names import FIELD_NAME, field_stop

REACH = 400  # how far back the field referred to may stand (within the paragraph)
DEMONSTRATIVE_RE = regex.compile(rf"(?<!\w)(?:{level_words('names', 'demonstratives')})$")


def is_demonstrative(folded: str) -> bool:
    """Whether a name read (folded: ``linh vuc nay``, ``nay``) ends with a demonstrative."""
    return DEMONSTRATIVE_RE.search(" ".join(folded.split())) is not None


@cache
def _field_re() -> regex.Pattern[str]:
    return regex.compile(FIELD_NAME.format(stop=field_stop()), regex.IGNORECASE)


def referred_field(text: str, ft: str, p: int) -> str | None:
    """The last field named in full before ``p`` in its paragraph (at most REACH back), or None."""
    lo = max(ft.rfind("\n", 0, p) + 1, p - REACH)
    last = None
    for m in _field_re().finditer(ft, lo, p):
        if not is_demonstrative(m.group("field")) and len(m.group("field").split()) > 2:
            last = m
    return None if last is None else field_name(" ".join(text[last.start("field"):last.end("field")].split()))
