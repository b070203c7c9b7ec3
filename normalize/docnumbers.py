"""Document numbers (số ký hiệu văn bản): parse one, or find every citation in running text.

Shapes (Nghị định 30/2020/NĐ-CP Phụ lục I, III; Luật Ban hành VBQPPL):

- administrative ``number/TYPE-ISSUER``        ``714/QĐ-UBND``, ``01/QyĐ-UBND``
- công văn ``number/ISSUER-UNIT`` (no type)     ``336/UBND-TTPVHCC``, ``3041/SNV-CCHC``
- normative ``number/year/TYPE-ISSUER``         ``61/2018/NĐ-CP``, ``66.7/2025/NQ-CP``
- National Assembly ``number/year/QH<term>``    ``202/2025/QH15``
- party ``number-TYPE/ISSUER``                  ``225-CV/ĐU``, ``60-NQ/TW``

The canonical id (docs/spec/output.md) is ``number/year/code`` or ``number/code`` (party:
``number-TYPE/ISSUER``): NFC, spaces removed, dash variants unified to ``-``.

    >>> [c.id for c in iter_citations("Quyết định số 3141/QĐ-\\n\\nUBND ngày 04/8/2025")]
    ['3141/QĐ-UBND']
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import regex

from normalize.errors import NormalizeError
from normalize.lexicon import load_document_types
from normalize.text import match_form


class DocumentNumberError(NormalizeError):
    """Not a document number (``61/2018/NĐ-CP``, ``714/QĐ-UBND``, ``225-CV/ĐU`` …)."""

    code = "document_number"


@dataclass(frozen=True)
class DocumentNumber:
    """A parsed document number. ``code`` is everything after the number (and year), normalised."""

    number: str  # "61", "66.7", "01" (leading zeros kept, as written)
    year: int | None  # 2018 for normative documents, else None
    type_code: str | None  # "NĐ", "QyĐ"; None for a công văn or 202/2025/QH15
    issuer: str | None  # "CP", "UBND", "UBND-TTPVHCC", "TANDTC-VKSNDTC-BCA-BQP", "QH15"
    code: str  # "NĐ-CP", "UBND-TTPVHCC", "QH15"; party: "CV/ĐU"
    id: str  # "61/2018/NĐ-CP", "714/QĐ-UBND", "225-CV/ĐU"
    party: bool = False  # the party shape number-TYPE/ISSUER


@dataclass(frozen=True)
class Citation:
    """One cited document number in a text, with its type word and date when written.

    ``start``/``end`` cover the type word (when present) to the end of the date (when present):
    ``Quyết định số 714/QĐ-UBND ngày 27/02/2026``. Spans are ``[start, end)`` into the text given.
    """

    start: int
    end: int
    text: str
    document: DocumentNumber
    number_span: tuple[int, int]
    kind: str | None = None  # the type word as written, whitespace normalised: "Quyết định", "Tờ trình", "QĐ"
    kind_span: tuple[int, int] | None = None
    date: dt.date | None = None
    date_span: tuple[int, int] | None = None

    @property
    def id(self) -> str:
        return self.document.id

    @property
    def kind_consistent(self) -> bool:
        """False when the type word contradicts the number (``Quyết định số 478/KH-UBND``)."""
        return self.kind is None or kind_matches_code(self.kind, self.document.type_code)


# --- patterns --------------------------------------------------------------------------------------
#
# A code segment starts upper-case and holds at least two capitals (QĐ, UBND, TTg, QyĐ, QH15), so
# words ("Tổng", "Về") never pass as codes. After a dash a line break or space may follow
# ("3141/QĐ-\n\nUBND", "/BC- UBND"); the segment after such a gap must be all capitals.
# A filled number may stand a few spaces before its slash ("Số: 31  /BC-UBND": the blank of a template, filled in).
# Spaces before the first dash too ("45 / KH - UBND", "Số: 123 / BC - UBND"), on the same line and
# again only before an all-capitals segment; a later dash must be glued on its left ("45/KH-UBND - TT"
# stops at "UBND": a spaced dash after a whole code is punctuation).

_DASH = "-\u2010\u2011\u2012\u2013\u2014\u2212"
_D = f"[{_DASH}]"
# "CCHC&PC" (a joint unit, "2231/SNV-CCHC&PC") is one segment. Web text glues the next word on
# ("61/2018/NĐ-CPngày 23 tháng 10 năm 2018"): a segment stops before a glued "ngày" and its date.
_GLUED_DATE = r"ng(?:ày|ay)[ \t]+\d"
_SEG = rf"\p{{Lu}}(?=[\p{{Ll}}\d]*\p{{Lu}})(?:(?!{_GLUED_DATE})[\p{{L}}\d])*(?:&\p{{Lu}}[\p{{L}}\d]*)*"
_SEG_GAP = r"\p{Lu}[\p{Lu}\d]+(?![\p{L}\d])"
_CODE = (
    rf"{_SEG}(?:[ \t]+{_D}[ \t]*{_SEG_GAP})?"
    rf"(?:{_D}(?:{_SEG}|[ \t]*(?:\r?\n[ \t]*)*{_SEG_GAP}))*"
)
# "66.7/2025/NQ-CP" (a dotted number), "1234a/QĐ-UBND" (a number with a letter added, one issued after 1234)
_NUM = r"\d{1,6}(?:\.\d{1,3})?(?:[a-zA-Z](?=[ \t]{0,4}/))?"
_YEAR = r"(?:19[4-9]\d|20\d\d)"
# ... or glued to the "số" before it ("Quyết định số09/2015/QĐ-TTg", web text)
_LEFT = r"(?:(?<![\p{L}\p{N}/.,_=&%?#@\\" + _DASH + r"])|(?<=(?<![\p{L}\p{M}])[Ss][ốỐ]))"

# After a slash, PDF text may break the line ("Quyết định số 714/\nQĐ-UBND", "61/2018/\nNĐ-CP"): only before a year
# and its slash or a code with a dash, so that "1/\nUBND xã …" (a fraction at a line's end) stays no citation.
_SLASH_GAP = rf"(?:[ \t]*(?:\r?\n[ \t]*){{1,2}}(?=(?:{_YEAR}[ \t]?/|\p{{Lu}}[\p{{L}}\d]*{_D}\p{{Lu}}))|[ \t]?)"
_NUMBER_RE = regex.compile(
    rf"""{_LEFT}(?:
        (?P<pnum>{_NUM}){_D}(?P<ptype>\p{{Lu}}[\p{{L}}]*)/(?P<pissuer>{_SEG}(?:{_D}{_SEG})*)
      | (?P<num>{_NUM})[ \t]{{0,4}}/{_SLASH_GAP}(?:(?P<year>{_YEAR})[ \t]?/{_SLASH_GAP})?(?P<code>{_CODE})
    )(?:(?![\p{{L}}\p{{N}}])|(?={_GLUED_DATE}))""",
    regex.VERBOSE,
)
_FULL_RE = regex.compile(rf"\s*(?:[Ss][Ốố]\s*:?\s*)?(?:{_NUMBER_RE.pattern})\s*", regex.VERBOSE)

# A draft's blank number, as a whole string: "Số: /BC-TTPVHCC", "Số: /BC- UBND", "Số: ....../KH-UBND".
_BLANK_FULL_RE = regex.compile(rf"\s*(?:[Ss][Ốố]\s*:?)?[\s.…_]*/\s*(?:{_CODE})\s*")

_URL_HINT = regex.compile(r"://|www\.|\.(?:vn|com|org|net|gov)\b|@")


_DASH_RE = regex.compile(_D)
_SPACES_RE = regex.compile(r"\s+")
# After a number: "/Letters" makes it a form number (06/VPCP/KSTT), not a citation.
_FORM_TAIL_RE = regex.compile(r"[ \t]*/\s*\p{L}")


def _clean_code(code: str) -> str:
    code = _DASH_RE.sub("-", code)
    return _SPACES_RE.sub("", code)


def _build(groups: dict[str, str | None]) -> DocumentNumber:
    types = load_document_types()
    if groups.get("pnum"):
        number, ptype = groups["pnum"], groups["ptype"] or ""
        issuer = _clean_code(groups["pissuer"] or "")
        code = f"{ptype}/{issuer}"
        return DocumentNumber(number, None, ptype, issuer, code, f"{number}-{code}", party=True)
    number = groups["num"] or ""
    year = int(groups["year"]) if groups.get("year") else None
    code = _clean_code(groups["code"] or "")
    first, _, rest = code.partition("-")
    dtype = types.by_code(first)
    if dtype is not None:
        type_code, issuer = first, (rest or None)
    else:
        type_code, issuer = None, code
    ident = f"{number}/{year}/{code}" if year is not None else f"{number}/{code}"
    return DocumentNumber(number, year, type_code, issuer, code, ident)


def parse_document_number(s: str) -> DocumentNumber:
    """Parse one document number (``61/2018/NĐ-CP``, ``Số: 01 /2018/TT-VPCP``, ``225-CV/ĐU``).

    A leading ``Số:`` is allowed. Raises :class:`DocumentNumberError` (a NormalizeError) for
    anything else, a blank draft number (``/BC-UBND``) included; never raises another exception.
    """
    if not isinstance(s, str):
        raise DocumentNumberError(s, "expected a string")
    text = unicodedata.normalize("NFC", s)
    m = _FULL_RE.fullmatch(text)
    if m is None:
        if is_blank_number(text):
            raise DocumentNumberError(s, "a blank draft number (the number is not filled in)")
        raise DocumentNumberError(
            s, "not a document number (expected e.g. 714/QĐ-UBND, 61/2018/NĐ-CP, 225-CV/ĐU)"
        )
    return _build(m.groupdict())


def is_blank_number(s: str) -> bool:
    """True for a draft's number left blank: ``Số: /BC-TTPVHCC``, ``/BC- UBND``, ``Số: ..../KH-UBND``."""
    if not isinstance(s, str):
        return False
    return _BLANK_FULL_RE.fullmatch(unicodedata.normalize("NFC", s)) is not None


# --- the report's own number ----------------------------------------------------------------------
#
# The one place that knows the header's "Số:" line: the label at the start of a line, or after a tab (a
# two-column header read as one line: "XÃ THƯỢNG HỒNG\tSố: 96/BC-UBND"), never "Quyết định Số 05/…" in
# running text; then the report's number, or a draft's blank one ("Số: /BC-TTPVHCC", "Số: ....../KH-UBND").

#: the header, with its "Số:" line, sits in the first lines
HEADER_WINDOW = 1500
OWN_NUMBER_LABEL_RE = regex.compile(r"(?m)(?:^|\t)[ \t*_]*Số\s*:")
_BLANK_AFTER_LABEL_RE = regex.compile(rf"[ \t.…_]*/[ \t]*(?P<code>{_CODE})(?![\p{{L}}\p{{N}}])")


@dataclass(frozen=True)
class OwnNumber:
    """The header's ``Số:`` line: ``Số: 96/BC-UBND`` (``document`` set) or ``Số: /BC-TTPVHCC`` (blank: None)."""

    label_end: int  # end of "Số:"
    start: int  # the number, or the blank's "/"
    end: int
    code: str  # "BC-UBND", "UBND-TTPVHCC", "BC-TTPVHCC"
    document: DocumentNumber | None

    @property
    def issuer_code(self) -> str | None:
        """The part after the first dash of the code, the body that issues: ``BC-TTPVHCC`` -> ``TTPVHCC``,
        ``UBND-TTPVHCC`` (a công văn) -> ``TTPVHCC``."""
        _, dash, rest = self.code.partition("-")
        return rest.split("-")[0] or None if dash else None


def own_number_labels(text: str, window: int = HEADER_WINDOW) -> list[int]:
    """The ends of the header's ``Số:`` labels in the first ``window`` characters."""
    if not isinstance(text, str):
        return []
    return [m.end() for m in OWN_NUMBER_LABEL_RE.finditer(text, 0, min(len(text), window))]


def find_own_number(text: str, window: int = HEADER_WINDOW) -> OwnNumber | None:
    """The first ``Số:`` line of the header that carries a number, filled in or left blank; never raises."""
    for label_end in own_number_labels(text, window):
        line_end = text.find("\n", label_end)
        line_end = len(text) if line_end < 0 else line_end
        blank = _BLANK_AFTER_LABEL_RE.match(text, label_end)
        if blank is not None:
            code = _clean_code(blank.group("code"))
            return OwnNumber(label_end, blank.start() + blank.group().index("/"), blank.end(), code, None)
        m = _NUMBER_RE.search(text, label_end, line_end)
        if m is not None:
            try:
                document = _build(m.groupdict())
            except Exception:  # noqa: BLE001 - finders never raise
                continue
            return OwnNumber(label_end, m.start(), m.end(), document.code, document)
    return None


def kind_matches_code(kind: str | None, type_code: str | None) -> bool:
    """Does the type word agree with the type code of the number?

    ``("Quyết định", "QĐ")`` True; ``("Quyết định", "KH")`` False; ``("Công văn", None)`` True;
    ``("Nghị quyết", None)`` True (``202/2025/QH15``); ``("Văn bản", anything)`` True. An unknown
    kind word gives False; no kind at all (None) gives True (nothing to contradict).
    """
    if kind is None:
        return True
    types = load_document_types()
    dtype = types.by_word(kind)
    if dtype is None:
        return False
    if dtype.generic:
        return True
    if type_code is None:
        return dtype.uncoded
    coded = types.by_code(type_code)
    return coded is not None and coded.code == dtype.code


# --- citations in running text ---------------------------------------------------------------------


@cache
def _lead_re() -> regex.Pattern[str]:
    """What may stand before a number, on match_form text, anchored at the end of a window:
    ``Quyết định số``, ``Công văn số:``, ``Nghị định``, ``Số:``, ``Biểu số`` (not a document)."""
    types = load_document_types()

    def alts(words: tuple[str, ...] | list[str]) -> str:
        forms = sorted({match_form(w) for w in words}, key=len, reverse=True)
        return "|".join(regex.escape(f).replace(r"\ ", r"\s+") for f in forms)

    return regex.compile(
        rf"""(?<![\p{{L}}\p{{M}}])
        (?:(?P<notdoc>{alts(types.not_document_words)})|(?P<kind>{alts(types.words())}))?
        (?(kind)\s+|(?(notdoc)\s+|))
        (?P<so>số(?![\p{{L}}\p{{M}}])[ \t]*:?[ \t]*\s*)?\Z""",
        regex.VERBOSE,
    )


_DATE_RE = regex.compile(
    r"""[ \t]*,?\s*ng(?:ày|ay)\s+(?:   # "ngay", "thang", "nam": a hastily typed text without its accents
        (?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})
      | (?P<d2>\d{1,2})\s+th(?:áng|ang)\s+(?P<m2>\d{1,2})\s*,?\s+n(?:ăm|am)\s+(?P<y2>\d{4})
    )(?!\d)""",
    regex.VERBOSE,
)


def _parse_date(text: str, m: regex.Match[str]) -> dt.date | None:
    """The date of a ``ngày …`` match, through normalize.dates when it accepts it."""
    try:
        from normalize.dates import parse_date

        value = parse_date(text).to_date()
        if value is not None:
            return value
    except Exception:  # noqa: BLE001 - another module's parser must not break citation finding
        pass
    day, month, year = (m.group("d") or m.group("d2"), m.group("m") or m.group("m2"), m.group("y") or m.group("y2"))
    try:
        return dt.date(int(year), int(month), int(day))
    except (TypeError, ValueError):
        return None


#: how far a number's enclosing "word" is searched for a URL hint: a URL is not longer, and an
#: unbounded scan made text without spaces ("714/QĐ-UBND;" x 8,000) quadratic
URL_REACH = 300


def _in_url(text: str, start: int, end: int) -> bool:
    left, stop = start, max(0, start - URL_REACH)
    while left > stop and not text[left - 1].isspace() and text[left - 1] not in "<(\"'":
        left -= 1
    right, stop = end, min(len(text), end + URL_REACH)
    while right < stop and not text[right].isspace() and text[right] not in ">)\"'":
        right += 1
    return _URL_HINT.search(text, left, right) is not None


def iter_citations(text: str) -> Iterator[Citation]:
    """Every cited document number in ``text``, in order, with exact ``[start, end)`` spans.

    For each number: CASE 1 it lies inside a URL, or is followed by ``/Letters`` (a form number
    such as ``06/VPCP/KSTT``), or follows ``Biểu số``/``Mẫu số`` -> skipped. CASE 2 a type word
    stands before it, with or without ``số``/``Số:`` (``Quyết định số``, ``Nghị định 61/NĐ-CP``)
    -> ``kind`` is that word as written and the span starts there. CASE 3 ``ngày <date>`` follows
    (``, ngày 19/3/2026``, ``ngày 27 tháng 8 năm 2025``) -> ``date`` is set and the span extended.
    Dates (27/02/2026), fractions (4.900/4.900, 25/114), ``24/24`` and blank draft numbers
    (``Số: /BC-UBND``, see :func:`find_own_number`) are never citations. Never raises.
    """
    if not isinstance(text, str) or not text:
        return
    form = match_form(text)
    lead_re = _lead_re()
    types = load_document_types()
    for m in _NUMBER_RE.finditer(text):
        start, end = m.span()
        # CASE 1: not a document number.
        if _FORM_TAIL_RE.match(text[end : end + 4]) or _in_url(text, start, end):
            continue
        lead = lead_re.search(form, max(0, start - 60), start)
        if lead is not None and lead.group("notdoc"):
            continue
        try:
            document = _build(m.groupdict())
        except Exception:  # noqa: BLE001 - finders never raise
            continue
        span_start = start
        kind = kind_span = None
        # CASE 2: the type word before the number.
        if lead is not None and lead.group("kind"):
            ks, ke = lead.span("kind")
            written = " ".join(text[ks:ke].split())  # "Tờ\ntrình" broken across lines -> "Tờ trình"
            dtype = types.by_word(written)
            # An abbreviation (QĐ, CV) counts only as written in the table, capitals and all.
            abbreviation = " " not in written and len(written) <= 4
            if dtype is not None and (not abbreviation or written in dtype.words):
                kind, kind_span, span_start = written, (ks, ke), ks
        # CASE 3: the date that follows.
        date = date_span = None
        dm = _DATE_RE.match(form, end, min(len(form), end + 80))
        if dm is not None:
            ds = dm.start() + (len(dm.group()) - len(dm.group().lstrip(" \t,\r\n")))
            date_span = (ds, dm.end())
            date = _parse_date(text[ds : dm.end()], dm)
            if date is None:
                date_span = None
        span_end = date_span[1] if date_span else end
        yield Citation(
            start=span_start,
            end=span_end,
            text=text[span_start:span_end],
            document=document,
            number_span=(start, end),
            kind=kind,
            kind_span=kind_span,
            date=date,
            date_span=date_span,
        )
