"""The figure reader's view of a text's layout: a soft line break (a PDF's wrap) read as a space.

A text taken from a PDF breaks its paragraphs where the page's margin falls, not where a sentence ends;
a wrapped line that starts with a capitalised name (``Văn phòng …``, ``UBND …``, a place) would read as a
new sentence or heading and cut the scope or cue running over it. :func:`soft_breaks` finds the breaks
that only wrap a line: the text is wrapped (most of its lines run to about one width), the line ends near
that width (a shorter line ends its paragraph), it is no heading (a numbered one over a capitalised line, one in
capitals, one ending with ":") and no table row, and the next line opens no list item, numbered paragraph or
heading (a dash between two words in lower case, "kinh tế" over "- xã hội", only joins them); inside an open
bracket a line goes on whatever opens the next. A sentence stop at the end of a full line
is still read as a stop. :func:`flatten` reads those as spaces (same length: offsets hold).
A page number a PDF left inside a sentence (``… Tỷ lệ`` / blank / ``2`` / blank / ``hồ sơ giải quyết …``: a line of
one to three digits, ``- 2 -`` or ``Trang 2`` alone between blank lines, the line before ending with no stop and the
line after going on in lower case) is read the same way, with its number: :func:`page_number_breaks`. A word broken with a hyphen at a line's end
(``trực tuy-`` over ``ến``) is read whole: :func:`hyphen_joins`.
Only the figure reader sees this view; the Document keeps its text.
"""

from __future__ import annotations

import functools

import regex

# a line's end that ends something: a heading's colon ("… như sau:"); a clause's ";" only before a capitalised line
# ("…: tiếp nhận 605 hồ sơ;" over "đã giải quyết 599 hồ sơ" goes on with the same item). A full line ending a
# sentence is wrapped where the sentence ended ("… đạt 99,5%." over "Ngược lại, …"): the stop is read, the break not
COLON_END_RE = regex.compile(r":['\"”’)\]]*$")
CLAUSE_END_RE = regex.compile(r";['\"”’)\]]*$")
# a line that opens something of its own: a list marker, a numbered or lettered item, a roman heading
# (not a figure carried over with its unit word: "1.250 hồ sơ", "21 hồ sơ")
OPEN_RE = regex.compile(
    r"[^\S\n]*(?:[-+*•–·○▪◦=>]|\d{1,2}(?:\.\d{1,2}){0,3}[.)](?:[^\S\n]|$)|\d{1,2}[^\S\n]*-[^\S\n]|"
    r"[a-zđ][.)][^\S\n]|[IVXLivxl]{1,5}[.)][^\S\n]|(?:Điều|Chương|Mục|Phần)[^\S\n]+[\dIVXL]+)")
# a numbered, lettered or roman heading ("1. Cấp huyện (…)", "b) Cấp xã", "II. KẾT QUẢ"): over a line that opens
# capitalised it is a heading over its paragraph, not a wrapped line
NUMBERED_RE = regex.compile(r"[^\S\n]*(?:\d{1,2}(?:\.\d{1,2}){0,3}[.)]|[a-zđ][.)]|[IVXLivxl]{1,5}[.)])[^\S\n]")
# a table row: tabs, bars or a run of spaces between cells
TABLE_RE = regex.compile(r"\t|\||\S[^\S\n]{3,}\S")
# a dash a wrap put at a line's start between two words in lower case ("… phát triển kinh tế" over "- xã hội năm
# 2023"): it joins them, it opens no list item (period_cues.clause_start reads it so too)
JOINING_DASH_RE = regex.compile(r"[^\S\n]*[-–][^\S\n]*\p{Ll}")
# a page number alone on its line: "2", "- 2 -", "Trang 2"
PAGE_NUMBER_RE = regex.compile(
    r"^[^\S\n]*+(?:[-–][^\S\n]*+\d{1,3}[^\S\n]*+[-–]|(?i:trang)[^\S\n]++\d{1,3}|\d{1,3})[^\S\n]*+$",
    regex.MULTILINE)
# a word broken over a line with a hyphen glued to its head (folded text): "tuy-" over "en cua quy"
HYPHEN_WRAP_RE = regex.compile(r"(?<![\w-])([a-z]{1,7})-[^\S\n]*+\n[^\S\n]*+([a-z]{1,7})(?![\w-])")
# the end of a line that ends a sentence, a clause or an introduction: no page number comes after it in a sentence
STOP_END_RE = regex.compile(r"[.!?:;]['\"”’)\]]*$")
UPPER_LINE_MIN = 4  # letters: a line of capitals this long is a heading (unless the next line goes on in capitals)

MIN_LINES = 5  # lines near the width a wrapped text has at least
MAX_WIDTH = 140  # characters: a text whose lines run longer is not wrapped (a paragraph per line)
MIN_WIDTH = 30
FULL = 0.7  # a line reaching this share of the width runs to the margin
WRAPPED_SHARE = 0.4  # of the long lines (half the width or more), those near the width


def line_width(lines: list[str]) -> int | None:
    """The width a wrapped text's lines run to, or None when the text is not wrapped."""
    lengths = sorted(len(ln.rstrip()) for ln in lines if ln.strip() and not TABLE_RE.search(ln))
    if len(lengths) < MIN_LINES:
        return None
    width = lengths[int(0.8 * (len(lengths) - 1))]
    if not MIN_WIDTH <= width <= MAX_WIDTH:
        return None
    long = [n for n in lengths if n >= width / 2]
    near = [n for n in long if FULL * width <= n <= 1.15 * width]
    if len(near) < MIN_LINES or len(near) < WRAPPED_SHARE * len(long):
        return None
    return width


def _caps(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= UPPER_LINE_MIN and all(c.isupper() for c in letters)


def _soft(line: str, nxt: str, width: int) -> bool:
    """Whether the break between ``line`` and the next line ``nxt`` of a text wrapped at ``width`` only wraps."""
    body, head = line.rstrip(), nxt.lstrip()
    if len(body) < FULL * width or not head or TABLE_RE.search(line) or TABLE_RE.search(nxt):
        return False
    if body.rfind("(") > body.rfind(")"):  # "(gồm hồ sơ nộp trực tuyến" over "+ trực tiếp)": inside a bracket
        return True
    return not (COLON_END_RE.search(body) or (CLAUSE_END_RE.search(body) and not head[:1].islower())
                or (OPEN_RE.match(nxt) and not joining_dash(body, nxt)) or _caps(body) != _caps(nxt)
                or (NUMBERED_RE.match(line) and head[:1].isupper()))


def joining_dash(line: str, nxt: str) -> bool:
    """Whether ``nxt`` opens with a dash that joins two words in lower case over a wrap: ``line`` (already known to
    run to the margin) ends in a lower-case letter and ``nxt`` goes on in lower case after its dash."""
    end = line.rstrip()[-1:]
    return end.isalpha() and end.islower() and JOINING_DASH_RE.match(nxt) is not None


@functools.lru_cache(maxsize=4)
def text_layout(text: str) -> tuple[int | None, tuple[int, ...]]:
    """The width ``text`` is wrapped at (None: not wrapped) and the positions of its line breaks that only wrap a
    line (see the module's docstring); found once per text, though the figure, count, title and period readers
    each ask."""
    if "\n" not in text:
        return None, ()
    lines = text.split("\n")
    width = line_width(lines)
    if width is None:
        return None, ()
    out: list[int] = []
    at = 0
    for line, nxt in zip(lines, lines[1:], strict=False):
        at += len(line) + 1  # the position after this line's break
        if _soft(line, nxt, width):
            out.append(at - 1)
    return width, tuple(out)


def soft_breaks(text: str) -> tuple[int, ...]:
    """The positions of the line breaks of ``text`` that only wrap a line (:func:`text_layout`)."""
    return text_layout(text)[1]


def page_number_breaks(text: str) -> tuple[int, ...]:
    """The positions of each page number inside a sentence and of the line breaks around it (module docstring), to
    be read as spaces by :func:`flatten`: blank lines on each side, the nearest line above ending with no stop, the
    nearest below going on in lower case."""
    out: list[int] = []
    for m in PAGE_NUMBER_RE.finditer(text):
        above, below = m.start(), m.end()
        while above > 0 and text[above - 1].isspace():
            above -= 1
        while below < len(text) and text[below].isspace():
            below += 1
        if above == 0 or text.count("\n", above, m.start()) < 2 or STOP_END_RE.search(text, max(0, above - 4), above):
            continue
        if below == len(text) or text.count("\n", m.end(), below) < 2 or not text[below].islower():
            continue
        out.extend(i for i in range(above, below) if text[i] == "\n" or not text[i].isspace())
    return tuple(out)


def hyphen_joins(text: str, ft: str, vocabulary: frozenset[str]) -> tuple[tuple[int, int, int, int], ...]:
    """The words a PDF's wrap broke with a hyphen at a line's end (``trực tuy-`` over ``ến của quý``): each as
    (start, end) of its head and of its tail on the next line, when the two fragments in letters, the tail in lower
    case, make a word of ``vocabulary`` (folded) when joined; a dash between words (``Văn hóa -`` over ``Xã hội``),
    figures (``2025-`` over ``2026``) or fragments making no known word stay as they are."""
    out: list[tuple[int, int, int, int]] = []
    for m in HYPHEN_WRAP_RE.finditer(ft):
        if text[m.start(2)].islower() and m.group(1) + m.group(2) in vocabulary:
            out.append((m.start(1), m.end(1), m.start(2), m.end(2)))
    return tuple(out)


def join_words(s: str, joins: tuple[tuple[int, int, int, int], ...]) -> str:
    """``s`` with each broken word of :func:`hyphen_joins` read whole where its tail ends, the hyphen and the
    break before it read as spaces (same length: the text's other offsets hold)."""
    if not joins:
        return s
    parts: list[str] = []
    at = 0
    for a, b, c, d in joins:
        parts.extend((s[at:a], " " * (c - b), s[a:b], s[c:d]))
        at = d
    parts.append(s[at:])
    return "".join(parts)


def flatten(s: str, breaks: tuple[int, ...] | list[int]) -> str:
    """``s`` with the characters at ``breaks`` (soft line breaks) read as spaces; same length."""
    if not breaks:
        return s
    chars = list(s)
    for i in breaks:
        chars[i] = " "
    return "".join(chars)
