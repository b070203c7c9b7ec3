"""Text forms for matching and search, none of which changes the stored text or its offsets.

- :func:`fold`: accent-insensitive, case-insensitive form (``Đất đai`` -> ``dat dai``, also the
  Icelandic eth some fonts put for Đ: ``Ðà Lạt`` -> ``da lat``), one character for one character,
  so an offset in the folded text is the same offset in the original (NFC) text. Used for search
  and for lexicon matching.
- :func:`nfc_text`: the reading form of a document's text: NFC, the letters an old font's
  conversion put for Vietnamese ones repaired (``nǎm`` -> ``năm``), and every other space
  character (no-break, narrow, en, em, ideographic ...) a plain space; length-preserving.
- :func:`unify_tone_marks`: one placement of the tone mark in ``oa``, ``oe``, ``uy`` at the end
  of a syllable (``hoá`` -> ``hóa``, ``Uỷ`` -> ``Ủy``, ``thuỷ`` -> ``thủy``), length-preserving.
- :func:`match_form`: lowercase + unified tone marks, length-preserving; lexicons match on it so
  ``số hoá`` / ``số hóa`` / ``SỐ HÓA`` are one phrase and offsets stay those of the original.
- :func:`normalize_query`: for places where offsets do not matter (a user's query, a lookup key):
  underthesea's ``text_normalize`` plus the same unification and lowercase.
- :func:`canonical_name` / :func:`name_key`: one written form of a short name (a scope, an issuer,
  a title) so that the database groups ``Phòng Văn hoá - Xã hội``, ``Phòng Văn hóa – Xã hội`` and
  ``phòng  Văn hóa-Xã hội`` as one; never used on running text (it does not keep offsets).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex


def _fold_char(ch: str) -> str:
    if ch in "đĐ\u00d0\u00f0":  # đ, Đ and the eth (Ð, ð) written for them
        return "d"
    base = unicodedata.normalize("NFD", ch)[0]
    low = base.lower()
    return low if len(low) == 1 else ch


# Built once: a translate table covering Latin, Latin Extended and Vietnamese (U+1EA0-U+1EF9).
_FOLD_TABLE = {cp: _fold_char(chr(cp)) for cp in range(0x41, 0x2000) if _fold_char(chr(cp)) != chr(cp)}


def fold(text: str) -> str:
    """Lowercase, drop diacritics, map đ to d; ``len(fold(t)) == len(t)`` for any string."""
    return text.translate(_FOLD_TABLE)


# An old (TCVN3/VNI) font's conversion writes a-caron for a-breve ("nǎm", "Nǎng"): a letter Vietnamese
# does not have; inside a word of Latin letters it is always the breve (Pinyin keeps its caron alone).
_LEGACY_LETTERS = {"\u01ce": "\u0103", "\u01cd": "\u0102"}  # ǎ -> ă, Ǎ -> Ă
_LEGACY = regex.compile(r"(?<=\p{Latin})[\u01ce\u01cd]|[\u01ce\u01cd](?=\p{Latin})")


# Unicode space separators (Zs) but the plain space: a DOCX or a web page puts a no-break space
# between a figure and its unit or inside a name ("1.250\u00a0hồ sơ", "Ủy\u00a0ban"); patterns
# written with " " must read them as the space they are.
_SPACES = {cp: " " for cp in (0x00A0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000)}
_SPACE_CHARS = regex.compile("[" + "".join(map(chr, _SPACES)) + "]")


def nfc_text(text: str) -> str:
    """NFC, then ǎ / Ǎ inside a word -> ă / Ă and any space character -> " "; one character for
    one character of the NFC text."""
    text = unicodedata.normalize("NFC", text)
    if _SPACE_CHARS.search(text) is not None:
        text = text.translate(_SPACES)
    if "\u01ce" not in text and "\u01cd" not in text:
        return text
    return _LEGACY.sub(lambda m: _LEGACY_LETTERS[m.group()], text)


# --- tone marks -------------------------------------------------------------------------------
#
# Vietnamese has two conventions for the tone mark in the open syllables oa, oe, uy:
# the traditional one puts it on the first vowel (hòa, khỏe, thủy, Ủy ban), the "new" one on the
# second (hoà, khoẻ, thuỷ, Uỷ ban). Official lists (1027/CTK-CSCL: "Khánh Hòa", "Thanh Hóa") and
# underthesea use the traditional placement, so it is the canonical one here. Only syllable-final
# pairs differ: in "hoàng", "hoạch", "khuyến" both conventions agree, and "quý" keeps its mark on
# y because the u belongs to "qu".

_TONES = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook above, dot below


def _variants(base: str) -> str:
    """``a`` -> ``aàáãảạAÀÁÃẢẠ``: the plain vowel and its five tones, both cases."""
    out = []
    for b in (base, base.upper()):
        out.append(b)
        out.extend(unicodedata.normalize("NFC", b + t) for t in _TONES)
    return "".join(out)


_O, _U, _A, _E, _Y = (_variants(c) for c in "ouaey")
_PAIR = regex.compile(
    rf"(?:[{_O}][{_A}{_E}]|(?<![qQ])[{_U}][{_Y}])(?![\p{{L}}\p{{M}}])"
)


def _tone_of(ch: str) -> tuple[str, str]:
    """``á`` -> (``a``, acute); ``a`` -> (``a``, "")."""
    nfd = unicodedata.normalize("NFD", ch)
    return nfd[0], "".join(c for c in nfd[1:] if c in _TONES)


def _swap(match: regex.Match[str]) -> str:
    first, second = match.group()
    b1, t1 = _tone_of(first)
    b2, t2 = _tone_of(second)
    if t1 or not t2:  # already canonical, or no tone at all
        return match.group()
    return unicodedata.normalize("NFC", b1 + t2) + b2


def unify_tone_marks(text: str) -> str:
    """Move the tone mark of syllable-final ``oa``/``oe``/``uy`` onto the first vowel.

    ``hoá`` -> ``hóa``, ``Uỷ`` -> ``Ủy``, ``khoẻ`` -> ``khỏe``; ``hoàng``, ``quý`` unchanged.
    Length-preserving for any string: two characters are replaced by two characters.
    """
    return _PAIR.sub(_swap, text)


# --- caseless patterns ------------------------------------------------------------------------
#
# IGNORECASE on a whole pattern makes the regex engine several times slower (it loses its fast scan
# for where a match may start). Patterns are compiled without it and spell their words caselessly
# instead: what regex.IGNORECASE | regex.VERSION1 would match, one character set per letter.

# Letters for which the sets below are exact (checked against the engine in tests/test_text.py);
# besides upper and lower case, IGNORECASE lets i match İ (U+0130), k the Kelvin sign, s the long s.
_PLAIN_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzđ" + "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ")
_CASE_EXTRA = {"i": "\u0130", "k": "\u212a", "s": "\u017f"}
# Letter sequences one character folds to (ß -> ss, ﬁ -> fi, ẗ -> t + U+0308 ...): only IGNORECASE
# on the whole pattern matches those (a scoped "(?i:…)" does not fold fully).
_MULTI_FOLD = regex.compile(r"ss|st|ff|fi|fl|\p{M}|ʼ|ʾ", regex.IGNORECASE)


def needs_full_case(word: str) -> bool:
    """True when only a pattern compiled with IGNORECASE matches ``word`` as IGNORECASE would:
    it holds ``ss``, ``st``, ``fi`` …, a combining mark, or a letter other than the Latin and
    Vietnamese ones :func:`caseless` knows. :func:`caseless` refuses such words."""
    if _MULTI_FOLD.search(word) is not None:
        return True
    return any(ch.isalpha() and ch.lower() not in _PLAIN_LETTERS for ch in word)


@lru_cache(maxsize=1024)
def caseless(word: str) -> str:
    """A regex source matching ``word`` as IGNORECASE would, for patterns compiled without it.

    ``caseless("Quý") == "[qQ][uU][ýÝ]"``; spaces stand for any whitespace (``\\s+``), as in the
    lexicons; other characters are escaped. Raises ValueError when :func:`needs_full_case`.
    """
    if needs_full_case(word):
        raise ValueError(f"{word!r}: only IGNORECASE on the whole pattern matches it caselessly")
    out = []
    for ch in word:
        low = ch.lower()
        if ch == " ":
            out.append(r"\s+")
        elif low in _PLAIN_LETTERS:
            out.append("[" + low + low.upper() + _CASE_EXTRA.get(low, "") + "]")
        else:
            out.append(regex.escape(ch))
    return "".join(out)


# str.lower() turns U+0130 (İ) into two characters; everything else lowers one for one.
_LOWER_FIX = {0x130: "i"}


def match_form(text: str) -> str:
    """Lowercase with unified tone marks; ``len(match_form(t)) == len(t)`` for any string."""
    if "\u0130" in text:  # translate() with a dict is slow: only when there is something to fix
        text = text.translate(_LOWER_FIX)
    return unify_tone_marks(text.lower())


@lru_cache(maxsize=4096)
def normalize_query(text: str) -> str:
    """A normal form for lookups where offsets do not matter (may re-space punctuation).

    NFC, underthesea ``text_normalize`` (which also unifies tone marks), lowercase, single spaces.
    """
    from underthesea import text_normalize  # imported late: it is slow to import

    text = unicodedata.normalize("NFC", text)
    normal = text_normalize(text) if text.strip() else text
    return " ".join(match_form(normal).split())


# --- names: one form for grouping -------------------------------------------------------------
#
# underthesea's text_normalize repairs misplaced or non-standard marks token by token ("Thừơng" ->
# "Thường", "Khỏang" -> "Khoảng", "Uỷ" -> "Ủy"), which a length-preserving rule cannot do; it also
# puts a space around punctuation ("( VH-XH )", "A ."), which is taken back here.

# hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus, small and
# full-width hyphen-minus: all written for the "-" between two parts of a name
_DASHES = {ord(c): "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"}
_DASH = regex.compile(r"\s*-+\s*")
_SPACE_BEFORE = regex.compile(r"\s+(?=[,.;:!?%)\]}])")
_SPACE_AFTER = regex.compile(r"(?<=[(\[{])\s+")
_SLASH = regex.compile(r"\s*/\s*")
_EDGE = regex.compile(r"^[\s,.;:!?-]+|[\s,.;:!?-]+$")


@lru_cache(maxsize=8192)
def canonical_name(text: str) -> str:
    """One written form of a short name, keeping its case (for display and grouping).

    NFC; every dash variant becomes ``-`` with one space either side (``Văn hóa-Xã hội``,
    ``Văn hóa – Xã hội`` -> ``Văn hóa - Xã hội``); underthesea ``text_normalize`` (misplaced
    marks), then :func:`unify_tone_marks`; one space between words, none inside brackets, before
    ``, . ; : % )`` or around ``/``. Not for running text: offsets are not kept.
    """
    text = unicodedata.normalize("NFC", text).translate(_DASHES)
    if not text.strip():
        return ""
    from underthesea import text_normalize  # imported late: it is slow to import

    text = _DASH.sub(" - ", " ".join(text.split()))
    text = unify_tone_marks(text_normalize(text))
    text = " ".join(text.split())
    text = _SLASH.sub("/", _SPACE_AFTER.sub("", _SPACE_BEFORE.sub("", text)))
    return text.strip()


_DOT_SPACE = regex.compile(r"\.\s+(?=\w)")


@lru_cache(maxsize=8192)
def name_key(text: str | None) -> str | None:
    """The grouping key of a name: :func:`canonical_name` lowercased, without punctuation at
    its ends (``Phòng Văn hoá-Xã hội:`` -> ``phòng văn hóa - xã hội``); None for None or blank."""
    if text is None:
        return None
    # lowercase first as well: underthesea's repairs are listed per case, not for every mix of cases
    key = _EDGE.sub("", canonical_name(text.lower()).lower())
    # underthesea spaces "a.AA" but not "a.aa": no space after a dot inside the key, whatever the case
    key = _DOT_SPACE.sub(".", key)
    return key or None
