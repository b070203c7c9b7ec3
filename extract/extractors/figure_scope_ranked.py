"""A field ranked by its figure (:func:`extract.extractors.figure_scope.field_scope`).

- the field as its clause's subject, ranked, its figure after ``với``: ``Lĩnh vực đất đai vẫn chiếm tỷ trọng trễ hạn
  lớn nhất với 4.028 hồ sơ``, ``lĩnh vực hộ tịch dẫn đầu với 900 hồ sơ``, ``Lĩnh vực X có số hồ sơ nhiều nhất với …``;
- the field as the predicate of a sentence about fields, named without its head word: ``Lĩnh vực có nhiều hồ sơ
  nhất là đất đai với 3.206 hồ sơ``, ``Các lĩnh vực có nhiều hồ sơ là hộ tịch với 900 hồ sơ, tiếp theo là chứng
  thực với 640 hồ sơ``;
- the field named without its head word, said to be one: ``hộ tịch vẫn là lĩnh vực có nhiều hồ sơ nhất với 602 hồ
  sơ``.

The rank words are levels.toml [ranked] (``about``) and [names] (``trailing_adverbs``, ``field_ranks``).
"""

from __future__ import annotations

from functools import cache

import regex

from extract.extractors.figure_blocks import LEAD, field_name, level_words
from extract.extractors.figure_field_names import FIELD_NAME, field_stop
from extract.extractors.figure_scope_names import trim_adverbs
from normalize.text import fold

ABOUT = fold(level_words("ranked", "about", " ")).replace(" ", r"\s+")
# "Lĩnh vực có nhiều hồ sơ nhất là …", "Các lĩnh vực có nhiều hồ sơ là …": a sentence about fields, to the word
# before its first field's name
# ("Lĩnh vực nhiều hồ sơ nhất là …": the rank word right after the head word)
FIELD_TOPIC_RE = regex.compile(r"(?<!\w)(?:(?:cac|nhung)\s+)?linh\s+vuc\s+(?:(?:co|chiem|duoc)(?!\w)|(?=(?:nhieu|it)\s))"
                               r"[^.;:\n()\d]{0,80}?"
                               r"\s(?:la|gom)(?!\w)")
SENTENCE_START_RE = regex.compile(r"(?r)[.!?;:\n](?=\s)|\n")
REACH = 240  # characters back to the start of the sentence about fields


@cache
def _res() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    stop = field_stop()
    name = FIELD_NAME.format(stop=stop)
    word = rf"(?!(?:{stop}|linh\s+vuc)(?!\w))(?!\d)\w+(?:-\w+)*"
    ranks = level_words("names", "field_ranks")
    adverbs = level_words("names", "folded_adverbs")
    verbs = level_words("names", "field_rank_verbs")
    with_ = rf"[^\S\n]*,?\s+voi\s+(?:(?:{ABOUT})\s+)?$"
    subject = regex.compile(
        rf"(?:^|[.;:(\n]|,(?!\d)|(?<!\w)trong\s+do,?)\s*(?:(?:{LEAD})\s+)?{name}(?:\s+(?:{adverbs}))*"
        rf"\s+(?:(?:dan|dung|xep)\s+dau|(?:{verbs})(?!\w)[^.;:\n()\d]{{0,80}}?(?<!\w)(?:{ranks}))(?!\w){with_}")
    # "… là đất đai với 3.206 hồ sơ", "…, tiếp theo là chứng thực với 640 hồ sơ" (the sentence about fields checked)
    predicate = regex.compile(rf"(?<!\w)(?:la|gom)\s+(?:linh\s+vuc\s+)?(?P<field>{word}(?:\s+{word}){{0,4}}){with_}")
    # "hộ tịch vẫn là lĩnh vực có nhiều hồ sơ nhất với 602 hồ sơ", "Đất đai là lĩnh vực tiếp nhận ít hồ sơ nhất với
    # …": the field named without its head word, said to be one ("là lĩnh vực …"), ranked by the figure after "với"
    named = regex.compile(
        rf"(?:^|[.;:(\n]|,(?!\d))\s*(?P<field>{word}(?:\s+{word}){{0,4}}?)(?:\s+(?:{adverbs}))*\s+la\s+linh\s+vuc"
        rf"(?!\w)[^.;:\n()\d]{{0,80}}?(?<!\w)(?:{ranks})(?!\w){with_}")
    return subject, predicate, named


def ranked_field(text: str, ft: str, start: int) -> str | None:
    """The field ranked by the figure at ``start`` (folded text ``ft``), as written, or None."""
    subject, predicate, named = _res()
    lo = max(0, start - REACH)
    if (m := subject.search(ft, lo, start) or named.search(ft, lo, start)) is not None:
        return trim_adverbs(field_name(" ".join(text[m.start("field"):m.end("field")].split())))
    if (m := predicate.search(ft, lo, start)) is None:
        return None
    st = SENTENCE_START_RE.search(ft, lo, m.start())
    if FIELD_TOPIC_RE.search(ft, st.end() if st is not None else lo, m.end("field")) is None:
        return None
    return field_name(" ".join(text[m.start("field"):m.end("field")].split()))
