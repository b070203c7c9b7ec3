"""Lists whose lines give two or three figures a slash apart, their columns named once above them::

    II. THEO LĨNH VỰC (hồ sơ nhận / đã trả)
    - Hộ tịch: 1.420 / 1.416
    - Đất đai: 604 / 487

A terse report writes a small table as a list: a heading, the first line of the list or a line before it names
the columns (two or three captions a ``/`` or a spaced dash apart: ``tiếp nhận/giải quyết``, ``nhận / trả``,
``tiếp nhận - đã giải quyết - quá hạn``), each line gives its name and as many figures, a ``/`` (or a spaced dash)
between them (``Name: a / b``, ``Name a/b``). Such a run becomes a :class:`Table` whose cells index the text as it
stands: the captions are the header row, each line's name its row label, its figures its cells; the count
extractor reads it as any table (the metric from the caption, the scope from the label).

Every caption must name a metric the table extractors read (:func:`extract.readers.table_header.caption_metric`):
a fraction under no such header is a ratio (``991/995 hồ sơ``, ``18/18 điểm``, ``05/05``) or a date and stays
running text; so does a line whose figures are followed by a unit word or are not as many as the captions.
"""

from __future__ import annotations

import regex

from extract.document import Cell, Table
from extract.readers.table_header import caption_metric
from normalize.numbers import NUMBER_BODY
from normalize.text import fold

# the captions closing a line: in brackets, after a colon or a comma, or the whole line (after its marker)
_CAP = r"[^\W\d_]+(?:[^\S\n]+[^\W\d_]+){0,4}"
# (possessive space runs throughout: a run of spaces is never split two ways, so a long one is no backtracking trap)
_SEP = r"[^\S\n]*+/[^\S\n]*+|[^\S\n]++[-–][^\S\n]++"
HEADER_RE = regex.compile(
    rf"(?:^[^\S\n]*+(?:[-+*•–][^\S\n]*+)?|[(:,][^\S\n]*+)(?P<cols>{_CAP}(?:(?:{_SEP}){_CAP}){{1,2}})"
    r"[^\S\n]*+(?:\)[^\S\n]*+)?(?::[^\S\n]*+)?$")
# a line that may hold a header or a row: a slash, or a dash between spaces
SEP_ANY_RE = regex.compile(r"/|\s[-–]\s")
CAP_RE = regex.compile(_CAP)
# a row: its marker, its name, an optional colon, then two or three figures a slash (or a spaced dash) apart, ending
# its line (a closing stop allowed)
ROW_RE = regex.compile(
    r"^[^\S\n]*(?:(?:[-+*•–]|[a-zđ]\)|\d{1,2}[.)])[^\S\n]*)?"
    r"(?P<name>[^\W\d_][^\n:0-9/]{0,78}?)[^\S\n]*+(?::[^\S\n]*+)?"
    rf"(?P<a>{NUMBER_BODY})(?:{_SEP})(?P<b>{NUMBER_BODY})(?:(?:{_SEP})(?P<c>{NUMBER_BODY}))?"
    r"[^\S\n]*+(?:[;.,][^\S\n]*+)?$")
# a name ending in a word of time: "Ngày 12/5", "tháng 3/2026" is a date, never a row
DATE_NAME_RE = regex.compile(r"(?<!\w)(?:ngay|thang|quy|nam|ky|dot|tuan)$")
MIN_ROWS = 2


def _captions(line: str, base: int) -> list[tuple[int, int, str]] | None:
    """The captions a header line names, as (start, end, metric) in the Document, or None."""
    if SEP_ANY_RE.search(line) is None:
        return None
    m = HEADER_RE.search(fold(line))
    if m is None:
        return None
    caps = []
    for c in CAP_RE.finditer(line, m.start("cols"), m.end("cols")):
        metric = caption_metric(" ".join(fold(c.group()).split()))
        if metric is None:
            return None
        caps.append((base + c.start(), base + c.end(), metric))
    if len({c[2] for c in caps}) != len(caps):
        return None
    return caps


def _row(line: str, base: int, n: int) -> tuple[tuple[int, int], list[tuple[int, int]]] | None:
    """The label span and the figure spans of a row of ``n`` figures, or None."""
    if SEP_ANY_RE.search(line) is None:
        return None
    m = ROW_RE.match(line)
    if m is None or m.group("c") is not None and n != 3 or m.group("c") is None and n != 2:
        return None
    name = m.group("name").rstrip()
    if DATE_NAME_RE.search(" ".join(fold(name).split())):
        return None
    label = (base + m.start("name"), base + m.start("name") + len(name))
    return label, [(base + m.start(g), base + m.end(g)) for g in "abc"[:n]]


def find_slash_tables(text: str, base: int = 0) -> list[Table]:
    """The slash lists of one block of text (``base``: its offset in the Document) as tables."""
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((base + pos, line))
        pos += len(line) + 1
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        caps = _captions(lines[i][1], lines[i][0])
        if caps is None:
            i += 1
            continue
        rows = []
        j = i + 1
        while j < len(lines) and (r := _row(lines[j][1], lines[j][0], len(caps))) is not None:
            rows.append(r)
            j += 1
        if len(rows) >= MIN_ROWS:
            tables.append(_table(text, base, caps, rows))
            i = j
        else:
            i += 1
    return tables


def _table(text: str, base: int, caps: list[tuple[int, int, str]],
           rows: list[tuple[tuple[int, int], list[tuple[int, int]]]]) -> Table:
    def cell(r: int, c: int, span: tuple[int, int]) -> Cell:
        return Cell(r, c, span[0], span[1], text[span[0] - base:span[1] - base])

    grid = [tuple(cell(0, k + 1, (s, e)) for k, (s, e, _) in enumerate(caps))]
    for r, (label, figs) in enumerate(rows, start=1):
        grid.append((cell(r, 0, label), *(cell(r, k + 1, f) for k, f in enumerate(figs))))
    return Table(start=caps[0][0], end=rows[-1][1][-1][1], page=None, n_cols=len(caps) + 1, rows=tuple(grid))
