"""Running heads: a page's header or footer line that text pulled from a PDF or a DOCX repeats on every page
("UBND xã A - Báo cáo CCHC năm 2025        2", "Báo cáo tháng 3/2026 - Trang 4"). It states nothing: a period
written in it is the document's name, said again on each page, never a fact of the page it stands on.

A line is a running head when it holds three words at least and

- it is written on two pages at least, each time with a page number, the numbers rising (``… năm 2025   2``,
  ``… năm 2025   3``; ``Trang 2``, ``- 2 -``, ``2/5`` before or after it), set off from the page's text by a blank
  line or a page break on one side at least, or
- it is written three times at least, each time on a line of its own between blank lines or page breaks.

- it is written once, between blank lines or page breaks, with a page number set off by a wide gap or ``Trang``
  (``… năm 2020        2``: a two-page report numbers its second page only) and a word naming the document
  (``báo cáo``, ``UBND``: ``[running_head] doc_words`` of data/periods.toml).

- it is written once, right after or before a line holding nothing but a page number (``   1`` then ``Báo cáo kết
  quả hoạt động Quý I/2026 - TT A``: the number and the head set on two lines), with a word naming the document.

A line repeated without a page number or fewer times (a table's row, a heading said again) is left as it is.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache

import regex

from normalize.period_grammar import period_data

MIN_WORDS = 3  # a page number or a one-word rubric alone is no running head: the shortest kept is "Báo cáo CCHC"
MAX_CHARS = 160  # a longer line is a paragraph of the body
MAX_LINE = 1000  # a line this long, spaces included, is no page's head (a PDF's widest gap is far shorter)
MIN_BARE = 3  # a running head written without a page number: this many times at least

_LINE = regex.compile(r"[^\n\f]+")
# a page number set off from the line's words: "   2", " - 2 -", "Trang 2", "2/5", "Trang 2 / 5"
_NUMBER = r"(?:[-–][ \t]*)?(?:(?i:trang)[ \t]*:?[ \t]*)?(?P<n>\d{1,3})(?:[ \t]*/[ \t]*\d{1,3})?(?:[ \t]*[-–])?"
# the separator starts right after the line's last word: a search from inside a long run of spaces would scan the
# rest of the run at every position (quadratic)
_TRAILING = regex.compile(rf"(?<![ \t])(?:[ \t]{{2,}}|\t|[ \t]*[-–|][ \t]*){_NUMBER}[ \t]*$")
_LEADING = regex.compile(rf"^[ \t]*{_NUMBER}(?:[ \t]{{2,}}|\t|[ \t]*[-–|][ \t]*)")


# the page number of a head written once: after a wide gap or a tab, or "Trang N" (not "… quý I - 2")
_WIDE_TRAILING = regex.compile(r"(?:[ \t]{3,}|\t)(?:[-–][ \t]*)?\d{1,3}(?:[ \t]*/[ \t]*\d{1,3})?(?:[ \t]*[-–])?[ \t]*$"
                               r"|(?<!\w)(?i:trang)[ \t]*:?[ \t]*\d{1,3}(?:[ \t]*/[ \t]*\d{1,3})?[ \t]*$")
_WIDE_LEADING = regex.compile(r"^[ \t]*(?:(?:[-–][ \t]*)?\d{1,3}(?:[ \t]*[-–])?(?:[ \t]{3,}|\t)"
                              r"|(?i:trang)[ \t]*:?[ \t]*\d{1,3}(?!\w))")


@cache
def _doc_words() -> regex.Pattern[str]:
    """The words naming the document in a head written once (``[running_head] doc_words``)."""
    words = period_data().get("running_head", {}).get("doc_words", [])
    alt = "|".join(r"\s+".join(regex.escape(w) for w in word.split()) for word in words) or "(?!x)x"
    return regex.compile(rf"(?<!\w)(?:{alt})(?!\w)", regex.IGNORECASE)


# a line holding nothing but a page number ("      1", "- 2 -", "Trang 3"), right before or right after a line
_NUMBER_LINE_BEFORE = regex.compile(r"(?:^|[\n\f])[ \t]*(?:[-–][ \t]*)?(?:(?i:trang)[ \t]*:?[ \t]*)?\d{1,3}(?:[ \t]*[-–])?[ \t]*\n$")
_NUMBER_LINE_AFTER = regex.compile(r"\n[ \t]*(?:[-–][ \t]*)?(?:(?i:trang)[ \t]*:?[ \t]*)?\d{1,3}(?:[ \t]*[-–])?[ \t]*(?:[\n\f]|$)")
_BLANK_BEFORE = regex.compile(r"(?:^|\n)[ \t]*\n[ \t]*$|\f[ \t]*$")
_BLANK_AFTER = regex.compile(r"[ \t]*(?:\n[ \t]*(?:\n|$)|\f|$)")


def _set_off(text: str, start: int, end: int) -> tuple[bool, bool]:
    """Whether the line [start, end) has a blank line or a page break (or the text's end) before it, and after it."""
    before = start == 0 or _BLANK_BEFORE.search(text, max(0, start - 80), start) is not None
    after = end == len(text) or _BLANK_AFTER.match(text, end, min(len(text), end + 80)) is not None
    return before, after


def running_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the running heads' lines, in text order (see the module's docstring)."""
    groups: dict[str, list[tuple[int, int, str | None]]] = defaultdict(list)
    for m in _LINE.finditer(text):
        line = m.group()
        if len(line) > MAX_LINE or len(line.strip()) > MAX_CHARS + 20:
            continue
        number = None
        body = line
        tail = _TRAILING.search(body)
        if tail is not None:
            number, body = tail.group("n"), body[:tail.start()]
        else:
            head = _LEADING.match(body)
            if head is not None:
                number, body = head.group("n"), body[head.end():]
        words = body.split()
        if len(words) < MIN_WORDS or len(body.strip()) > MAX_CHARS or not any(ch.isalpha() for ch in body):
            continue
        groups[" ".join(words).casefold()].append((m.start(), m.end(), number))
    out: list[tuple[int, int]] = []
    for seen in groups.values():
        if len(seen) == 1:
            if _single_head(text, *seen[0]):
                out.append(seen[0][:2])
            continue
        numbers = [int(n) if n is not None else None for _, _, n in seen]
        sides = [_set_off(text, s, e) for s, e, _ in seen]
        # page numbers rise from one page to the next; the head is set off from the page's text on one side at least
        # (rows of two tables, "Quý I năm 2025     120" then "Quý I năm 2025     98", are neither)
        paged = (None not in numbers and all(a < b for a, b in zip(numbers, numbers[1:], strict=False))
                 and all(b or a for b, a in sides))
        bare = len(seen) >= MIN_BARE and all(b and a for b, a in sides)
        if paged or bare:
            out.extend((s, e) for s, e, _ in seen)
    return sorted(out)


def _single_head(text: str, start: int, end: int, number: str | None) -> bool:
    """A line written once that is a page's running head: a page number set off by a wide gap or ``Trang``, blank
    lines or page breaks around it, a word naming the document (see the module's docstring)."""
    line = text[start:end]
    if number is None:
        # (a sentence or a heading's lead ends in a stop or a colon; a running head in neither)
        return (_beside_page_number(text, start, end) and not line.rstrip().endswith((".", ":", ";"))
                and _doc_words().match(line.strip()) is not None)

    if _WIDE_TRAILING.search(line) is None and _WIDE_LEADING.match(line) is None:
        return False
    before, after = _set_off(text, start, end)
    return before and after and _doc_words().search(line) is not None


def _beside_page_number(text: str, start: int, end: int) -> bool:
    """Whether the line [start, end) has a line of a page number alone right before or right after it."""
    return (_NUMBER_LINE_BEFORE.search(text, max(0, start - 200), start) is not None
            or _NUMBER_LINE_AFTER.match(text, end, min(len(text), end + 200)) is not None)
