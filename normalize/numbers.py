"""Numbers as Vietnamese reports write them: counts, decimals, percentages, fractions, amounts.

Rules (one place; every extractor uses these, none re-implements them):

- ``,`` is always a decimal comma: ``99,72`` -> 99.72, ``1,488`` -> 1.488 (never a thousands comma).
- ``.`` followed by exactly three digits groups thousands: ``4.911`` -> 4911, ``1.234.567``,
  ``4.911,5`` -> 4911.5. Every group after the first must have three digits (``12.34.567`` is refused).
- ``.`` followed by one or two digits (and no further digit) is a dotted decimal point some reports
  use: ``98.7`` -> 98.7, ``83.24`` -> 83.24. So ``1.488`` is 1488 but ``1.48`` is 1.48.
- A dot followed by four or more digits, a second decimal mark, or a mix like ``1,234.5`` is refused.
- Leading zeros are dropped (``02`` -> 2, ``0`` -> 0); only ASCII digits are read; no sign.
- A broken thousands group (a source's typo: ``151.10``, ``5.9123``, ``1.234.56``) is refused by every
  parser above. Only :func:`parse_irregular_count` reads one, as its digits (``151.10`` -> 15110), for a
  caller that knows the figure counts things (corpus/GOLD.md, third session); the form is
  :data:`BROKEN_GROUPS_BODY`: dots only, a first group of 1-3 digits with no leading zero, and exactly
  one group after a dot that is not of three digits (``1.2.3``, ``2.10.1`` and ``15.10.2025`` have two:
  sections, versions, dates). :func:`broken_groups_in` finds such a number at the start of a fact's text.
- A count (:func:`parse_count`) is an integer form; a decimal form is refused there.
- A percentage over 100 is refused unless the caller allows it (``đạt 221,19 % so với dự toán``).
- Thousands grouped by spaces (``1 250 hồ sơ`` -> 1250; the separator may also be U+00A0 or U+202F
  NARROW NO-BREAK SPACE) are read only where unambiguous, since a space also separates two numbers
  (``01 02 03``, ``Điều 5 120``, ``0912 345 678``): a first group of 1-3 digits with no leading zero,
  exactly three digits after each single separator, no further digit group after the last, and
  (in running text) a counted noun, a currency or a scale word right after it (``hồ sơ``, ``TTHC``,
  ``lượt``, ``đồng``, ``triệu`` …; data/numbers.toml ``[spaced_thousands]``), the first group not
  after a word that takes a small number of its own (``tháng 6 250``, ``Điều 5 120``, ``lần 2 100``).
  A percent sign alone is not enough (``Tổng 100 100%`` is two table cells). :func:`parse_count`
  accepts the form (``1 250`` -> 1250), :data:`SPACED_THOUSANDS_BODY` is its shape,
  :func:`spaced_thousands_pattern` the guarded pattern, and
  ``normalize.number_finders.iter_numbers(text, spaced_thousands=True)`` the finder.

Parsers take one whole string (surrounding spaces ignored) and raise only
:class:`~normalize.errors.NumberFormatError`. :func:`iter_zero_phrases` finds zeros written in words in
running text; the other finders (numbers, percentages, fractions in running text, with offsets) are in
:mod:`normalize.number_finders`.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path

import regex
from babel.numbers import NumberFormatError as BabelNumberFormatError
from babel.numbers import parse_decimal as babel_parse_decimal

from normalize.errors import NumberFormatError
from normalize.text import fold

_DATA = Path(__file__).parent / "data" / "numbers.toml"
_MAX_DIGITS = 24  # longer digit runs are identifiers, not figures (and keep int/float conversion safe)
_FLAGS = regex.IGNORECASE | regex.VERSION1

# --- patterns (the one place that knows how figures are written) ------------------------------

# The number itself, no boundaries; alternatives in the order they must be tried.
NUMBER_BODY = (
    r"(?:"
    r"[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?"  # 4.911 | 1.234.567 | 4.911,5   (dot groups thousands)
    r"|[0-9]+,[0-9]+"  # 99,72 | 1,488                                     (comma marks decimals)
    r"|[0-9]+\.[0-9]{1,2}(?![0-9])"  # 98.7 | 83.24                         (dotted decimal)
    r"|[0-9]+"  # 4051 | 02 | 0
    r")"
)

# Thousands grouped by spaces, the shape alone (no boundaries, no context): "1 250", "12 345 678".
SPACED_THOUSANDS_BODY = r"[1-9][0-9]{0,2}(?:[ \u00a0\u202f][0-9]{3})+"
_SPACED_FULL_RE = regex.compile(SPACED_THOUSANDS_BODY)
_SPACE_SEPARATORS_RE = regex.compile(r"[ \u00a0\u202f]")

# A dotted number with one broken thousands group, the shape alone: "151.10", "5.9123", "1.234.56".
BROKEN_GROUPS_BODY = r"[1-9][0-9]{0,2}(?:\.[0-9]{3})*\.(?:[0-9]{1,2}|[0-9]{4,})(?:\.[0-9]{3})*"
_BROKEN_FULL_RE = regex.compile(BROKEN_GROUPS_BODY)
# at the start of a fact's text ("151.10 hồ sơ"), the whole number: no further digit, group or decimal
_BROKEN_LEAD_RE = regex.compile(rf"[ \t]*({BROKEN_GROUPS_BODY})(?![0-9]|[.,][0-9])")

_NUMBER_FULL_RE = regex.compile(NUMBER_BODY)
_DOTTED_DECIMAL_RE = regex.compile(r"[0-9]+\.[0-9]{1,2}")
INTEGER_FORM_RE = regex.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+")
_PERCENT_FULL_RE = regex.compile(
    r"(?P<number>[^%\s]+)[ \t\u00a0]*(?:%(?:[ \t\u00a0]*%)?|phần\s+trăm)", _FLAGS
)
_FRACTION_FULL_RE = regex.compile(r"(?P<numerator>[^/\s]+)\s*/\s*(?P<denominator>[^/\s]+)")


# --- values --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ZeroMatch:
    """A zero written in words in running text: ``chưa phát sinh hồ sơ``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Amount:
    """An amount with its unit words: ``304.784 triệu đồng``.

    ``number`` is the figure as written (304784.0), ``unit`` the words after it as written
    (``triệu đồng``), ``scale`` the scale word (``triệu``) or None, ``currency`` (``đồng``) or None,
    ``multiplier`` what the scale word stands for (1_000_000) and ``value`` the figure in base units
    (``number * multiplier``: ``4,5 ngàn`` -> 4500.0, ``1,488 triệu`` -> 1488000.0).
    """

    number: float
    unit: str
    scale: str | None
    currency: str | None
    multiplier: int
    value: float


# --- data ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Lexicon:
    scales: dict[str, int]
    amount_re: regex.Pattern
    zero_re: regex.Pattern
    running_zero_re: regex.Pattern
    spaced_nouns: tuple[str, ...]
    spaced_not_after: tuple[str, ...]


def _alternation(words: list[str] | dict[str, int], *, folded: bool = False) -> str:
    forms = [fold(w) if folded else w for w in words]
    ordered = sorted(set(forms), key=len, reverse=True)  # longest first: "trong kỳ báo cáo" before "trong kỳ"
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in ordered)


@cache
def _lexicon() -> _Lexicon:
    try:
        data = tomllib.loads(_DATA.read_text(encoding="utf-8"))
        scales = {word.casefold(): int(factor) for word, factor in data["scale"].items()}
        currency = data["currency"]["words"]
        zero = data["zero"]
        spaced = data["spaced_thousands"]
        spaced_nouns, spaced_not_after = tuple(spaced["nouns"]), tuple(spaced["not_after"])
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError, ValueError) as exc:
        raise RuntimeError(f"{_DATA}: cannot read the number lexicon ({exc}); reinstall baocao") from exc
    # "304.784 triệu đồng" | "4,5 ngàn" | "500.000 đồng"
    amount = (
        r"(?P<number>\S+)\s+(?P<unit>(?:(?P<scale>" + _alternation(data["scale"]) + r")"
        r"(?:\s+(?P<currency>" + _alternation(currency) + r"))?)"
        r"|(?P<currency>" + _alternation(currency) + r"))"
    )
    # Matched on fold(text): "trong ky khong co ho so qua han", "chua phat sinh ho so", "khong"
    lead = _alternation(zero["lead"], folded=True)
    core = _alternation(zero["core"], folded=True)
    tail = _alternation(zero["tail"], folded=True)
    zero_phrase = rf"(?:(?:{lead})[\s,]+)?(?:{core})(?:\s+(?:{tail})(?:[\s,]+[\p{{L}}\s,]*)?)?"
    running = _alternation(zero["running_core"], folded=True)
    running_phrase = rf"(?<!\p{{L}})(?:{running})(?:\s+(?:{tail}))?(?!\p{{L}})"
    return _Lexicon(
        scales=scales,
        amount_re=regex.compile(amount, _FLAGS),
        zero_re=regex.compile(zero_phrase, _FLAGS),
        running_zero_re=regex.compile(running_phrase, _FLAGS),
        spaced_nouns=spaced_nouns,
        spaced_not_after=spaced_not_after,
    )


@cache
def spaced_thousands_pattern(*, folded: bool = False) -> str:
    """The guarded pattern of space-grouped thousands in running text (no capture groups, so it can
    stand in an alternation of the caller's): ``1 250`` in ``tiếp nhận 1 250 hồ sơ``, not in ``tháng 6
    250 hồ sơ``, ``01 250 hồ sơ``, ``0912 345 678`` or ``1 250 3000``. The match is the figure only
    (the noun after it is a look-ahead); read it with :func:`parse_count`. ``folded``: for text
    already passed through :func:`normalize.text.fold` (lower case, no diacritics), as the figure
    extractors read it. Compile it without IGNORECASE (the words are caseless where they stand).
    """
    lexicon = _lexicon()

    def alts(words: tuple[str, ...]) -> str:
        forms = sorted({fold(w) if folded else w for w in words}, key=len, reverse=True)
        body = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in forms)
        return f"(?:{body})" if folded else f"(?i:{body})"

    gap = r"[ \t\u00a0\u202f]"
    return (
        # not glued to a word, a number or a decimal mark; not the second group of two numbers
        r"(?<![\p{L}\p{M}\p{N}_.,/\-–\u0345])(?<![0-9][ \u00a0\u202f])"
        # not the number of a word that takes its own ("tháng 6 250", "Điều 5 120"); the gap bounded, so a long
        # run of spaces is not walked back over at every position
        rf"(?<!(?<![\p{{L}}\p{{M}}\u0345]){alts(lexicon.spaced_not_after)}{gap}{{1,4}})"
        rf"(?:{SPACED_THOUSANDS_BODY})"
        # no further digit, decimal or digit group; a counted noun, a currency or a scale word next
        rf"(?![0-9]|[.,][0-9]|[ \u00a0\u202f][0-9])"
        rf"(?={gap}*{alts(lexicon.spaced_nouns)}(?![\p{{L}}\p{{M}}\p{{N}}_\u0345]))"
    )


@cache
def spaced_thousands_bare_pattern(*, folded: bool = False) -> str:
    """The guarded pattern of one space-grouped thousand with no noun after it, for a text known to write its
    thousands with spaces (a figure of :func:`spaced_thousands_pattern` seen in it): ``2 114`` in ``tiếp nhận
    2 114, đã giải quyết 2 101``, ``phí, lệ phí: 1 712;``. One group only (``12 345 678`` stays three numbers: the
    columns of a table written with single spaces), its first group not after a word that takes a number of its
    own (``năm 2025 1 250``, ``ngày 15 200``) nor after another number, and a separator, a closing bracket or the
    end of its line next (never a further digit group). The caller decides whether a figure ending its line is
    one (``Hộ tịch 120 118`` may be two columns)."""
    lexicon = _lexicon()
    forms = sorted({fold(w) if folded else w for w in lexicon.spaced_not_after}, key=len, reverse=True)
    body = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in forms)
    not_after = f"(?:{body})" if folded else f"(?i:{body})"
    gap = r"[ \t\u00a0\u202f]"
    return (
        r"(?<![\p{L}\p{M}\p{N}_.,/\-–\u0345])(?<![0-9][ \u00a0\u202f])"
        rf"(?<!(?<![\p{{L}}\p{{M}}\u0345]){not_after}{gap}{{1,4}})"
        r"[1-9][0-9]{0,2}[ \u00a0\u202f][0-9]{3}"
        r"(?![0-9]|[.,][0-9]|[ \u00a0\u202f][0-9])"
        rf"(?={gap}*+(?:[,;)]|\.(?![0-9])|\n|$))"
    )


# --- parsing -------------------------------------------------------------------------------


def _require_str(s: object) -> str:
    if not isinstance(s, str):
        raise NumberFormatError(s, "not a string")
    return s.strip()


def _to_decimal(token: str, source: str) -> Decimal:
    """The value of one number token written by the rules of the module docstring."""
    if not _NUMBER_FULL_RE.fullmatch(token):
        raise NumberFormatError(source, "not a number (expected e.g. 4.911, 99,72, 98.7, 4051)")
    # The token is digits, dots and commas only (NUMBER_BODY).
    if len(token) - token.count(".") - token.count(",") > _MAX_DIGITS:
        raise NumberFormatError(source, f"more than {_MAX_DIGITS} digits: an identifier, not a figure")
    if _DOTTED_DECIMAL_RE.fullmatch(token):  # 98.7: Babel (vi) would refuse it as a bad grouping
        return Decimal(token)
    # What Babel (vi, strict) returns, without its cost, where it cannot refuse: no dot (no grouping
    # to check: 4051, 99,72), or dot groups with no comma and no leading zero (4.911, 1.234.567).
    if "." not in token:
        return Decimal(token.replace(",", "."))
    if "," not in token and token[0] != "0":
        return Decimal(token.replace(".", ""))
    try:
        return babel_parse_decimal(token, locale="vi", strict=True)
    except (BabelNumberFormatError, InvalidOperation, ValueError) as exc:  # pragma: no cover - gated above
        raise NumberFormatError(source, f"not a number ({exc})") from exc


def parse_count(s: str) -> int:
    """A whole count: ``4.911`` -> 4911, ``4051``, ``02`` -> 2, ``0``, ``1 250`` -> 1250 (space-grouped
    thousands, see the module docstring: ``01 250`` and ``1 25`` are refused). Decimals are refused."""
    text = _require_str(s)
    if _SPACED_FULL_RE.fullmatch(text):
        digits = _SPACE_SEPARATORS_RE.sub("", text)
        if len(digits) > _MAX_DIGITS:
            raise NumberFormatError(s, f"more than {_MAX_DIGITS} digits: an identifier, not a figure")
        return int(digits)
    if not INTEGER_FORM_RE.fullmatch(text):
        if _NUMBER_FULL_RE.fullmatch(text):
            raise NumberFormatError(s, "a count must be a whole number, not a decimal")
        raise NumberFormatError(s, "not a count (expected e.g. 4.911, 4051, 02)")
    return int(_to_decimal(text, s))


def parse_irregular_count(s: str) -> int:
    """A count written with one broken thousands group, read as its digits: ``151.10`` -> 15110,
    ``5.9123`` -> 59123, ``1.234.56`` -> 123456. Only for a figure the caller knows counts things (a
    ``hồ sơ`` after it): ``1.5`` alone may be a decimal. Regular forms (``4.911``, ``4051``), commas,
    leading zeros and two or more broken groups (``1.2.3``, ``15.10.2025``) are refused."""
    text = _require_str(s)
    if not _BROKEN_FULL_RE.fullmatch(text):
        raise NumberFormatError(s, "not a count with one broken thousands group (expected e.g. 151.10, 5.9123)")
    digits = text.replace(".", "")
    if len(digits) > _MAX_DIGITS:
        raise NumberFormatError(s, f"more than {_MAX_DIGITS} digits: an identifier, not a figure")
    return int(digits)


def broken_groups_in(text: str) -> tuple[int, int] | None:
    """The ``[start, end)`` of a number with a broken thousands group opening ``text`` (``151.10 hồ sơ``
    -> (0, 6)), else None. Never raises."""
    if not isinstance(text, str):
        return None
    m = _BROKEN_LEAD_RE.match(text)
    return m.span(1) if m else None


def parse_decimal(s: str) -> float:
    """Any number: ``99,72`` -> 99.72, ``98.7`` -> 98.7, ``100`` -> 100.0, ``4.911`` -> 4911.0."""
    text = _require_str(s)
    return float(_to_decimal(text, s))


def parse_percent(s: str, *, allow_over_100: bool = False) -> float:
    """A percentage: ``99,72%`` -> 99.72, ``100 %``, ``100% %``, ``21,9 %``, ``100 phần trăm``.

    A value over 100 raises unless ``allow_over_100`` (``đạt 221,19 % so với dự toán``).
    """
    text = _require_str(s)
    m = _PERCENT_FULL_RE.fullmatch(text)
    if m is None:
        raise NumberFormatError(s, "not a percentage (expected e.g. 99,72% or 100 %)")
    value = float(_to_decimal(m.group("number"), s))
    if value > 100 and not allow_over_100:
        raise NumberFormatError(
            s, "a percentage over 100 (pass allow_over_100=True where the context allows it)"
        )
    return value


def parse_fraction(s: str) -> tuple[float, float]:
    """A fraction: ``19,99/20`` -> (19.99, 20.0), ``4.900/4.900`` -> (4900.0, 4900.0), ``25/114``."""
    text = _require_str(s)
    m = _FRACTION_FULL_RE.fullmatch(text)
    if m is None:
        raise NumberFormatError(s, "not a fraction (expected e.g. 1.018/1.018 or 19,99/20)")
    return float(_to_decimal(m.group("numerator"), s)), float(_to_decimal(m.group("denominator"), s))


def parse_amount(s: str) -> Amount:
    """An amount with a scale and/or currency word: ``304.784 triệu đồng``, ``4,5 ngàn``, ``1,488 triệu``."""
    text = _require_str(s)
    lexicon = _lexicon()
    m = lexicon.amount_re.fullmatch(text)
    if m is None:
        raise NumberFormatError(s, "not an amount (expected e.g. 304.784 triệu đồng or 4,5 ngàn)")
    number = _to_decimal(m.group("number"), s)
    scale = m.group("scale")
    multiplier = lexicon.scales[scale.casefold()] if scale else 1
    return Amount(
        number=float(number),
        unit=regex.sub(r"\s+", " ", m.group("unit")),
        scale=scale,
        currency=m.group("currency"),
        multiplier=multiplier,
        value=float(number * multiplier),
    )


def is_zero_phrase(text: str) -> bool:
    """True when the whole text says zero in words: ``không phát sinh``, ``Không có``, ``không``,
    ``chưa phát sinh hồ sơ``, ``Trong kỳ không có hồ sơ quá hạn``. Never raises."""
    if not isinstance(text, str):
        return False
    folded = fold(text).strip(" \t\r\n\u00a0.,;:()-–")
    return bool(folded) and _lexicon().zero_re.fullmatch(folded) is not None


def iter_zero_phrases(text: str) -> Iterator[ZeroMatch]:
    """Zeros written in words inside running text: ``Lĩnh vực quân sự … không phát sinh hồ sơ``.

    Only unambiguous phrases (``không phát sinh``, ``chưa phát sinh``, ``không có hồ sơ``); a bare
    ``không`` is only a zero as a whole answer (see :func:`is_zero_phrase`).
    """
    if not isinstance(text, str):
        return
    folded = fold(text)
    if len(folded) != len(text):  # not NFC: offsets would not line up
        return
    for m in _lexicon().running_zero_re.finditer(folded):
        yield ZeroMatch(m.start(), m.end(), text[m.start() : m.end()])
