"""The ``indicators`` extractor: every percentage and index score, with its metric and target.

Running text is analysed in :mod:`extract.extractors.figures` (shared with ``counts``); this module
adds the index score tables (Bộ chỉ số 766 by unit)::

    Đơn vị  Công khai, minh bạch (18)  Tiến độ giải quyết (20)  …  Tổng điểm  Xếp hạng
    Xã A    17,25                      19,80                    …  92,23      14/124

one indicator per score cell (unit ``điểm``, span = the cell): the component from its column header
(the score cue table of data/figures.toml), ``max`` from the header's ``(18)`` or the cell's ``/18``,
the total out of 100 with ``rank`` / ``rank_of`` from the rank column; the scope is the row label,
null when the table has one row or the row names the reporting unit (as its header block does).

The same table turned on its side (one component per row, the unit's own scores)::

    Nhóm chỉ số                   Điểm tối đa   Điểm đạt
    Công khai, minh bạch          18            16,5
    …
    Tổng điểm                     100           81,8

one indicator per cell of a score column (``Điểm đạt``): the component from the row label, ``max``
from the row's ``Điểm tối đa`` cell (that cell is no fact), scope null.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from functools import cache

import regex

from extract.document import Document, Table
from extract.extractors.counts import column_metric, flat_groups, row_label
from extract.extractors.figure_blocks import level_words
from extract.extractors.figure_cues import CueIndex, load_data
from extract.extractors.figure_text import field_name
from extract.extractors.figures import TOTAL, analyse
from extract.facts import IndicatorFact
from extract.registry import Context, Extractor
from normalize.errors import NormalizeError
from normalize.numbers import NUMBER_BODY, parse_decimal
from normalize.text import fold

SCORE_CELL = regex.compile(rf"^\s*(?P<v>{NUMBER_BODY})(?:\s*/\s*(?P<max>{NUMBER_BODY}))?\s*(?:diem)?\s*$")
HEADER_MAX = regex.compile(r"\(\s*(?:toi\s+da\s*)?(?P<max>\d{1,3}(?:[.,]\d+)?)\s*(?:diem)?\s*\)|/\s*(?P<max2>\d{1,3})\s*diem")
RANK_HEADER = regex.compile(r"(?<!\w)(?:xep\s+(?:hang|thu)|thu\s+hang|hang)(?!\w)")
RANK_CELL = regex.compile(r"^\s*(?P<r>\d{1,4})\s*/\s*(?P<of>\d{1,4})\s*$")
MIN_SCORE_COLUMNS = 3  # a table is a score table when this many columns name index components or the total
MIN_SCORE_ROWS = 3  # a table on its side: this many rows labelled with distinct components or the total
MAX_HEADER = regex.compile(r"(?<!\w)(?:toi\s+da|thang\s+diem|diem\s+chuan)(?!\w)")
TOTAL_LABEL = regex.compile(r"^\s*(?:tong(?:\s+(?:cong|so|diem))?|cong)\s*:?\s*$")
TOP = 400  # the header block naming the reporting unit
# a column of percentages: "Tỷ lệ số hóa hồ sơ (%)", "Tỷ lệ đúng hạn, %"; its cells may carry no "%" ("85,77")
RATE_HEADER = regex.compile(r"(?<!\w)ty\s+le(?!\w)[^|]*(?:\(\s*%\s*\)|,\s*%\s*$)|\(\s*%\s*\)\s*$|(?:^|\|)\s*%\s*$")
RATE_CELL = regex.compile(rf"^\s*(?P<v>{NUMBER_BODY})\s*%?\s*$")
STT_HEADER = regex.compile(r"^(?:stt|tt|so\s+tt)(?!\w)")


@cache
def place_points_re() -> regex.Pattern[str]:
    """``mạng lưới gồm 578 điểm phục vụ``, ``12 điểm giao dịch``: ``điểm`` the noun of a place, no score (the words
    are levels.toml [scores] place_nouns, the list figure_scan reads too)."""
    return regex.compile(rf"\s+(?:{level_words('scores', 'place_nouns')})(?!\w)")


SCORE_MAX = 100.0  # no index is scored above this: a larger figure of points with no maximum is a count of places


def _decimal(s: str) -> float | None:
    try:
        return parse_decimal(s)
    except NormalizeError:
        return None


def _column_headers(table: Table, n_header: int) -> list[str]:
    grid = table.grid()
    out = []
    for c in range(table.n_cols):
        seen: list[str] = []
        for r in range(n_header):
            cell = grid[r][c]
            if cell is not None and (not seen or seen[-1] != fold(cell.text)):
                seen.append(fold(cell.text))
        out.append(" | ".join(seen))
    return out


def _column_metric(header: str) -> str | None:
    cues = load_data().scanner.scan_whole(header)["score"]
    cue = CueIndex(cues).nearest(0, len(header))
    return cue.metric if cue else None


def _row_scores(table: Table, grid: list) -> Iterator[IndicatorFact]:
    """A score table on its side: one component per row (``Công khai, minh bạch | 18 | 16,5``)."""
    rows: list[tuple[int, str, int]] = []  # (row, component, column of its label)
    for r, row in enumerate(grid):
        label = next((c for i, c in enumerate(row) if c is not None and c.row == r and c.col == i
                      and not SCORE_CELL.match(fold(c.text))), None)
        if label is None:
            continue
        f = fold(label.text)
        metric = TOTAL if TOTAL_LABEL.match(f) else _column_metric(f)
        if metric is not None and any(c is not None and c.col > label.col and c.row == r
                                      and SCORE_CELL.match(fold(c.text)) for c in row):
            rows.append((r, metric, label.col))
    if len({m for _, m, _ in rows}) < MIN_SCORE_ROWS:
        return
    headers = _column_headers(table, rows[0][0])
    if not any("diem" in h for h in headers):
        return  # counts by field whose labels happen to name a component
    max_col = next((c for c, h in enumerate(headers) if MAX_HEADER.search(h)), None)
    rank_col = next((c for c, h in enumerate(headers) if RANK_HEADER.search(h)), None)
    for r, metric, label_col in rows:
        row = grid[r]
        limit = None
        if max_col is not None and row[max_col] is not None and row[max_col].row == r:
            limit = _decimal(row[max_col].text.strip())
        rank = RANK_CELL.match(row[rank_col].text) if rank_col is not None and row[rank_col] is not None else None
        for c, cell in enumerate(row):
            if cell is None or c <= label_col or cell.col != c or cell.row != r or c in (max_col, rank_col):
                continue
            m = SCORE_CELL.match(fold(cell.text))
            if m is None or (value := _decimal(m.group("v"))) is None:
                continue
            maximum = _decimal(m.group("max")) if m.group("max") else limit
            total = metric == TOTAL
            if total and maximum is None:
                maximum = 100.0
            yield IndicatorFact(start=cell.start, end=cell.end, text=cell.text, metric=metric, value=value,
                                unit="điểm", max=maximum, scope=None,
                                rank=int(rank.group("r")) if total and rank else None,
                                rank_of=int(rank.group("of")) if total and rank else None)


def table_scores(document: Document) -> Iterator[IndicatorFact]:
    """Index score facts of the score tables of a Document."""
    for table in document.tables:
        top = fold(document.text[:min(TOP, table.start)])
        grid = table.grid()
        score = [[c is not None and c.row == r and SCORE_CELL.match(fold(c.text)) is not None for c in row]
                 for r, row in enumerate(grid)]
        rows = [r for r in range(table.n_rows) if sum(score[r]) >= MIN_SCORE_COLUMNS]
        headers = _column_headers(table, rows[0]) if rows else []
        metrics = [_column_metric(h) if h else None for h in headers]
        if sum(m is not None for m in metrics) < MIN_SCORE_COLUMNS or not any(
                HEADER_MAX.search(h) or "diem" in h or "chi so" in h for h in headers):
            # a table of counts whose headers happen to name a component ("thanh toán trực tuyến"),
            # or a score table on its side
            yield from _row_scores(table, grid)
            continue
        rank_col = next((c for c, h in enumerate(headers) if RANK_HEADER.search(h)), None)
        for r in rows:
            row = grid[r]
            label = next((c for c in row if c is not None and c.row == r and not score[r][c.col]
                          and not RANK_CELL.match(c.text)), None)
            scope = " ".join(label.text.split()) if label is not None else None
            if len(rows) == 1 or (scope and fold(scope) in top):
                scope = None
            rank = RANK_CELL.match(row[rank_col].text) if rank_col is not None and row[rank_col] is not None else None
            for c, cell in enumerate(row):
                if cell is None or not score[r][c] or metrics[c] is None or cell.col != c:
                    continue
                m = SCORE_CELL.match(fold(cell.text))
                value = _decimal(m.group("v"))
                if value is None:
                    continue
                h = HEADER_MAX.search(headers[c])
                maximum = _decimal(m.group("max")) if m.group("max") else (
                    _decimal(h.group("max") or h.group("max2")) if h else None)
                total = metrics[c] == TOTAL
                if total and maximum is None:
                    maximum = 100.0
                yield IndicatorFact(start=cell.start, end=cell.end, text=cell.text, metric=metrics[c], value=value,
                                    unit="điểm", max=maximum, scope=scope,
                                    rank=int(rank.group("r")) if total and rank else None,
                                    rank_of=int(rank.group("of")) if total and rank else None)


def _rate_metric(header: str) -> str | None:
    cues = load_data().scanner.scan_whole(header)["indicator"]
    cue = CueIndex(cues).nearest(0, len(header))
    return cue.metric if cue else None


# a rate column that names nothing but the rate: "Tỷ lệ (%)", "Tỷ lệ, %", "%"
BARE_RATE_HEADER = regex.compile(r"^(?:[^|]*\|\s*)*(?:ty\s+le)?\s*(?:\(\s*%\s*\)|,?\s*%)?\s*$")


def _share_of_column(headers: list[str], c: int) -> str | None:
    """A bare ``Tỷ lệ (%)`` column after a count column is that count's share: ``Trong đó đúng hạn và trước
    hạn | Tỷ lệ (%)`` -> on_time_rate (the rate of the count's metric, data/figures.toml ``rate_of_count``)."""
    leaf = headers[c].rsplit(" | ", 1)[-1]
    if c == 0 or not BARE_RATE_HEADER.match(leaf) or not headers[c - 1]:
        return None
    data = load_data()
    paths = flat_groups(headers, data)
    base = column_metric(paths[c - 1], data)
    if base == "resolved_on_time" and any(column_metric(p, data) == "resolved_early" for p in paths if p):
        return None  # "Đúng hạn | %" beside a column of its own for "Trước hạn": the on-time-only share
    return data.rate_of_count.get(base) if base else None


def _rate_label(grid: list, n_header: int, c: int) -> str | None:
    """The label of an ``other`` rate column: its header cell, or for a bare ``%`` the header over it too."""
    head = grid[n_header - 1][c] if n_header > 0 else None
    if head is None:
        return None
    text = " ".join(head.text.split())
    if regex.fullmatch(r"\(?\s*%\s*\)?", text) and head.row > 0 and grid[head.row - 1][c] is not None:
        text = f"{' '.join(grid[head.row - 1][c].text.split())} {text}"
    return text


def table_rates(document: Document) -> Iterator[IndicatorFact]:
    """Percentage cells of a table column headed as a rate in per cent (``Tỷ lệ số hóa hồ sơ (%)``): one
    indicator per cell (span = the cell, ``52,70`` -> 52.7), the metric from the header (``other`` with
    the header as label when it names none), the scope from the row label (null on the total row)."""
    data = load_data()
    for table in document.tables:
        grid = table.grid()
        rate = [[c is not None and c.row == r and RATE_CELL.match(c.text) is not None for c in row]
                for r, row in enumerate(grid)]
        rows = [r for r in range(table.n_rows) if sum(rate[r]) >= 2]
        if not rows:
            continue
        headers = _column_headers(table, rows[0])
        cols = [c for c, h in enumerate(headers) if RATE_HEADER.search(h) and "diem" not in h]
        if not cols:
            continue
        stt = {c for c, h in enumerate(headers) if STT_HEADER.match(h)}
        for r in rows:
            row = grid[r]
            label = next((c for i, c in enumerate(row) if c is not None and i not in stt and c.row == r
                          and not rate[r][i]), None)
            scope = field_name(row_label(document, table, r, label, grid)) if label is not None else None
            if scope and any(regex.fullmatch(rf"{t}\s*:?", fold(scope)) for t in data.total_rows):
                scope = None
            for c in cols:
                cell = row[c]
                if cell is None or cell.col != c or not rate[r][c]:
                    continue
                value = _decimal(RATE_CELL.match(cell.text).group("v"))
                if value is None or value > 100:
                    continue
                metric = _rate_metric(headers[c]) or _share_of_column(headers, c) or "other"
                label_text = _rate_label(grid, rows[0], c) if metric == "other" else None
                yield IndicatorFact(start=cell.start, end=cell.end, text=cell.text, metric=metric, value=value,
                                    unit="%", scope=scope, label=label_text)


def _place_points(text: str, f: IndicatorFact) -> bool:
    """Whether a score read in running text is a number of places (``578 điểm phục vụ``): ``điểm`` followed by
    what a place serves, or more than any index's scale with no maximum written."""
    if f.unit != "điểm":
        return False
    if f.max is None and f.value > SCORE_MAX:
        return True
    return place_points_re().match(fold(text[f.end:f.end + 40])) is not None


# "100% %": the per cent sign typed twice; the span is the figure and its first sign (GOLD.md, "Spans")
DOUBLED_PCT = regex.compile(r"%[^\S\n]*%$")


def _one_sign(f: IndicatorFact) -> IndicatorFact:
    """An indicator whose span ends in a doubled per cent sign (``100% %``) spans the figure and its first sign."""
    if f.unit != "%" or (m := DOUBLED_PCT.search(f.text)) is None:
        return f
    cut = m.start() + 1
    return dataclasses.replace(f, end=f.start + cut, text=f.text[:cut])


class IndicatorExtractor(Extractor):
    name = "indicators"
    version = "16"
    description = "percentages and index scores (Bộ chỉ số 766) with metric, target, scope and rank"
    order = 60

    def extract(self, ctx: Context) -> Iterable[IndicatorFact]:
        text = ctx.document.text
        facts = ([_one_sign(f) for f in analyse(ctx.document).indicators if not _place_points(text, f)]
                 + list(table_scores(ctx.document))
                 + list(table_rates(ctx.document)))
        facts.sort(key=lambda f: (f.start, f.end))
        return facts
