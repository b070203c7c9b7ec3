"""The ``counts`` extractor: every figure counting dossiers, procedures or feedback items.

Running text is analysed in :mod:`extract.extractors.figures` (shared with ``indicators``);
this module adds the table cells (Biểu 06 and its commune variants): the metric from the
column's header path ("Số lượng hồ sơ đã giải quyết" over "Trước hạn"), the scope from the
row label ("Hộ tịch"; the "Tổng cộng" row is the whole unit), skipping the STT column and the
"(1) (2) (3)=(4)+(5)+(6)" numbering row. The counts of running text are then re-read where an identity of
their sentence decides between two readings (:func:`settle_by_identities`), and a headline's count the body
tells again takes the body's reading (:func:`settle_headline_counts`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex

from extract.document import Cell, Document, Table
from extract.extractors.figure_count_headers import header_words
from extract.extractors.figure_count_settle import settle_by_identities, settle_headline_counts
from extract.extractors.figure_cues import CueIndex, FigureData, load_data
from extract.extractors.figure_nouns import DOSSIER, FEEDBACK, PROCEDURE
from extract.extractors.figure_text import field_name
from extract.extractors.figures import FAMILY_UNIT, analyse
from extract.facts import CountFact
from extract.readers.blocks import is_series
from extract.registry import Context, Extractor
from normalize.errors import NormalizeError
from normalize.numbers import parse_count
from normalize.text import fold

NUMERIC_CELL = regex.compile(r"^\s*[0-9]{1,3}(?:\.[0-9]{3})+\s*$|^\s*[0-9]+\s*$")
NUMBERING_CELL = regex.compile(r"^\s*\(\d+\)")
NEW_LEAF = regex.compile(r"^\s*(?:so\s+)?(?:(?:ho\s+so\s+)?(?:moi|phat\s+sinh)(?:\s+trong\s+ky)?|trong\s+ky)\s*$")
TOTAL_LEAF = regex.compile(r"^\s*tong(?:\s+so)?(?:\s+cong)?\s*$")
# a column headed by a status only ("Quá hạn", "Trong hạn"): in a one-row header it belongs to the group
# column before it ("Đã giải quyết | Trước hạn | Đúng hạn | Quá hạn | Đang giải quyết | Trong hạn | Quá hạn")
STATUS_LEAF = regex.compile(
    r"^\s*(?:so\s+)?(?:ho\s+so\s+)?(?:(?:giai\s+quyet|xu\s+ly)\s+)?(?:(?:truoc|dung|qua|tre|som|cham|trong|con\s+trong|con)\s+han"
    r"|chua\s+den\s+han)(?:\s+(?:giai\s+quyet|xu\s+ly))?\s*$")

# a column headed by a deadline status: "Đến hạn", "Chưa đến hạn", "Quá hạn"
DEADLINE_LEAF = regex.compile(r"^\s*(?:\w+\s+){0,2}han\s*$")


def _continues(cell: Cell, above: Cell | None) -> bool:
    """A header caption wrapped onto the next row of a text grid ("Tổng hồ sơ" over "tiếp nhận"): it begins in
    lower case right under a caption of the same columns."""
    return (above is not None and cell.text[:1].islower() and above.col == cell.col
            and above.col_span == cell.col_span and above.row + above.row_span == cell.row)


def _header_paths(table: Table, n_header: int) -> list[str]:
    """Per column: the folded header texts from top to bottom, joined by " | " (a wrapped caption by a space)."""
    grid = table.grid()
    paths = []
    for c in range(table.n_cols):
        seen: list[str] = []
        last = None
        for r in range(n_header):
            cell = grid[r][c]
            if cell is None or cell is last or NUMBERING_CELL.match(cell.text):
                continue
            if seen and _continues(cell, last):
                seen[-1] = f"{seen[-1]} {header_words(cell.text)}"
            else:
                seen.append(header_words(cell.text))
            last = cell
        paths.append(" | ".join(seen))
    return paths


def flat_groups(paths: list[str], data: FigureData | None = None) -> list[str]:
    """One-row headers: a status column ("quá hạn") gets the path of the group column before it
    ("đang giải quyết | quá hạn"), so that the group decides between two columns of the same name."""
    data = data or load_data()
    group: str | None = None
    out = []
    for path in paths:
        if path and " | " not in path:
            if any(rx.search(path) for _, _, rx in data.column_groups):
                group = path
            elif group is not None and STATUS_LEAF.match(path):
                path = f"{group} | {path}"
        out.append(path)
    return out


# a caption naming both ways a dossier leaves unresolved ("Rút, trả lại", "Từ chối hoặc rút") counts them together
COMBINED_STATES = {"withdrawn", "rejected"}


def _level_cue(level: str, data: FigureData) -> str | None:
    cues = data.scanner.scan_whole(level)["dossier"]
    named = {c.metric for c in cues}
    if COMBINED_STATES <= named <= {*COMBINED_STATES, "rejected_or_withdrawn"}:
        return "rejected_or_withdrawn"
    cue = CueIndex(cues).nearest(0, len(level), overlap_lo=True)
    return cue.metric if cue else None


def column_metric(path: str, data: FigureData | None = None) -> str | None:
    """The metric of a table column from its folded header path ("so ho so nhan giai quyet | ky truoc
    chuyen qua" -> carried_over): read from the leaf up, the lowest level naming a metric decides (a
    "Tổng số" leaf names its parent's total: "… | Số mới tiếp nhận | Tổng số" -> received_in_period);
    the group header over it names the total it is a part of, whatever the order of the columns."""
    data = data or load_data()
    levels = path.split(" | ")
    group: tuple[int, str] | None = None  # (level index, total metric) of the first group found
    for _, total, rx in data.column_groups:
        at = next((i for i, level in enumerate(levels) if rx.search(level)), None)
        if at is not None:
            group = (at, total)
            break
    remap = data.parent_remap.get(group[1], {}) if group else {}
    if len(levels) > 1 and DEADLINE_LEAF.match(levels[-1]) and _level_cue(levels[-1], data) is None:
        return None  # a status column with no key of its own ("Đang giải quyết | Đến hạn") is not its group's total
    for i in range(len(levels) - 1, -1, -1):
        level = levels[i]
        if TOTAL_LEAF.match(level):
            continue
        if group and i == group[0] and TOTAL_LEAF.match(levels[-1]):
            return group[1]
        metric = _level_cue(level, data)
        if metric is None and group and group[1] == "received_total" and i > group[0] and NEW_LEAF.match(level):
            metric = "received_in_period"  # "Số hồ sơ nhận giải quyết | Trong kỳ", "… | Mới"
        if metric is not None:
            return remap.get(metric, metric) if group and i > group[0] else metric
    return group[1] if group else None


# a table of feedback items (by channel, by status): its subject comes from its header or caption words
FEEDBACK_WORDS = regex.compile(rf"(?<!\w)(?:{FEEDBACK})(?!\w)")
DOSSIER_WORDS = regex.compile(rf"(?<!\w)(?:{DOSSIER}|{PROCEDURE})(?!\w)")
CAPTION_WINDOW = 240  # the caption is the line(s) right above the table
HO_SO = regex.compile(rf"(?<!\w){DOSSIER}(?!\w)")
PROCEDURE_LEAF = regex.compile(r"^(?:so\s+)?(?:tthc|thu\s+tuc(?:\s+hanh\s+chinh)?)$")
PERCENT_LEAF = regex.compile(r"^(?:ty\s+le\s*)?\(?\s*%\s*\)?$")
# a bullet before a row label ("- Cấp xã" under "Trong đó:")
BULLET = regex.compile(r"^[-+*•–]\s+")
# the row's own numbering before a total row's word: "I Tổng số", "A. Tổng cộng", "1. Cộng"
ROW_MARK = r"(?:(?:[ivxlc]{1,5}|[a-d]|\d{1,2})[.)]?\s+)?"
# a column of shares, not of things counted: "Tỷ lệ đúng hạn (%)", "Tổng | %", "Tỉ lệ giải quyết"
RATE_CAPTION = regex.compile(r"^(?:ty|ti)\s+le\b|%")


def _rate_column(path: str) -> bool:
    """A column whose caption (any level) is a rate: its figures are percentages, never counts."""
    return any(RATE_CAPTION.search(level.strip()) for level in path.split(" | "))


def table_family(document: Document, table: Table, paths: list[str]) -> str:
    """``feedback`` for a table whose header (or, failing that, caption) speaks of feedback items
    (``Số PAKN tiếp nhận | Đã xử lý | Đang xử lý``; ``Biểu 02. … phản ánh, kiến nghị …``) and never of
    dossiers or procedures; else ``dossier``."""
    header = " ".join(paths)
    leaves = [p.rsplit(" | ", 1)[-1].strip() for p in paths if p.strip()]
    if (not HO_SO.search(header) and any(PROCEDURE_LEAF.match(x) for x in leaves)
            and all(PROCEDURE_LEAF.match(x) or PERCENT_LEAF.match(x) for x in leaves[1:])):
        return "procedure"  # every column counts procedures (or is their share): "Mức độ 3 | TTHC | %"
    if DOSSIER_WORDS.search(header):
        return "dossier"
    if FEEDBACK_WORDS.search(header):
        return "feedback"
    lo = max(0, table.start - CAPTION_WINDOW)
    before = fold(document.text[lo:table.start]).rstrip()
    cut = max(before.rfind("\n\n"), before.rfind(". ", 0, max(0, len(before) - 1)))
    caption = before[cut + 1:] if cut >= 0 else before
    if FEEDBACK_WORDS.search(caption) and not DOSSIER_WORDS.search(caption):
        return "feedback"
    return "dossier"


def feedback_column_metric(path: str, data: FigureData | None = None, family: str = "feedback") -> str | None:
    """The metric of a feedback (or procedure) table's column, read from the leaf up with the cues of
    that family (``Đã xử lý`` -> feedback_handled; ``Đang xử lý`` -> other; ``Mức độ 3 | TTHC`` ->
    procedures_online_partial)."""
    data = data or load_data()
    for level in reversed(path.split(" | ")):
        cues = data.scanner.scan_whole(level)[family]
        cue = CueIndex(cues).nearest(0, len(level), overlap_lo=True)
        if cue is not None:
            return cue.metric
    return None


# the parts a bare "Tổng số" column right before them adds up: "Tổng số | Trực tuyến | Trực tiếp | Kỳ trước"
PARTS_TOTAL = {
    "received_online": "received_total", "received_direct": "received_total", "received_postal": "received_total",
    "carried_over": "received_total", "received_in_period": "received_total",
    "resolved_early": "resolved_total", "resolved_on_time": "resolved_total", "resolved_in_time": "resolved_total",
    "resolved_late": "resolved_total",
    "pending_in_time": "pending_total", "pending_late": "pending_total",
    # "Tổng | Đã giải quyết | Đang giải quyết": all the dossiers to resolve
    "resolved_total": "received_total",
}


def _bare_totals(paths: list[str], metrics: list[str | None]) -> list[str | None]:
    """A ``Tổng số`` column is the total of the parts that follow it under the same parent: a bare one
    (one-row header, no group over it) gets that total, and so does one under a parent whose own words
    name another total ("Số hồ sơ giải quyết | Tổng số" before "… | Trong đó | Tồn kỳ trước")."""
    out = list(metrics)
    for c, path in enumerate(paths):
        *parent, leaf = path.split(" | ")
        if not path or not TOTAL_LEAF.match(leaf) or c + 1 >= len(paths):
            continue
        nxt = metrics[c + 1]
        total = PARTS_TOTAL.get(nxt) if nxt else None
        if not parent and out[c] is None:
            out[c] = total
        elif (parent and total and paths[c + 1].startswith(" | ".join(parent) + " | ")
              and column_metric(paths[c + 1].rsplit(" | ", 1)[-1]) == nxt):
            out[c] = total
    return out


def _continuation(table: Table, grid: list[list[Cell | None]], r: int, label: Cell) -> str:
    """The words of the rows under row ``r`` that only go on with its label: a label wrapped over two grid rows
    (``| 1 | Đăng ký, cấp Giấy chứng nhận | 40 | 35 |`` over ``|   | quyền sử dụng đất | | |``): a row holding
    one cell, in the label's column, beginning in lower case."""
    words = []
    for i in range(r + 1, len(grid)):
        below = grid[i]
        cells = [c for c in dict.fromkeys(below) if c is not None]
        if len(cells) != 1 or cells[0].col != label.col or not cells[0].text[:1].islower() or cells[0] is label:
            break
        words.append(cells[0].text)
    return " ".join(words)


def _beside_early(paths: list[str], metrics: list[str | None]) -> list[str | None]:
    """A column read as finished in time (``Trả đúng thời hạn``) beside a column of those finished early is only
    those finished on the deadline (``Trả trước hạn | Trả đúng thời hạn | Trả quá hạn``), unless its caption
    names both (``Trước và đúng hạn``)."""
    if "resolved_early" not in metrics:
        return metrics
    return ["resolved_on_time" if m == "resolved_in_time" and "truoc" not in p.rsplit(" | ", 1)[-1] else m
            for m, p in zip(metrics, paths, strict=True)]


def row_label(document: Document, table: Table, r: int, label: Cell,
              grid: list[list[Cell | None]] | None = None) -> str:
    """A row label's words, with those it is continued by in lower case on the line(s) after the row's
    cells in a table flattened to text ("1 Đăng ký, cấp Giấy chứng nhận 40 35 5" / "lần đầu"), or on the
    grid rows under it that hold only the rest of the label. ``grid`` is ``table.grid()`` when the caller has
    it already (one grid per table, not one per row)."""
    text = label.text
    if more := _continuation(table, table.grid() if grid is None else grid, r, label):
        return " ".join(f"{text} {more}".split())
    if label.row == r and table.rows[r]:
        end = max(c.end for c in table.rows[r])
        # rows run in text order: the label's words stop at the first cell of the next row that has one
        stop = next((min(c.start for c in table.rows[k]) for k in range(r + 1, len(table.rows)) if table.rows[k]),
                    table.end)
        tail = document.text[end:stop].strip()
        if tail and tail[0].islower() and "\t" not in tail:
            text = f"{text} {tail}"
    return " ".join(text.split())


def _series_captions(table: Table) -> dict[int, str]:
    """Column -> caption of the top header row when it is a series of columns ("Mức độ 1 … Mức độ 4")."""
    top = [c for c in table.rows[0] if c.col_span > 1] if table.rows else []
    if not top or not is_series([c.text for c in top]):
        return {}
    return {c.col + k: " ".join(c.text.split()) for c in top for k in range(c.col_span)}


def table_counts(document: Document) -> Iterator[CountFact]:
    """Count facts of the dossier tables of a Document (cells whose column header names a metric)."""
    data = load_data()
    for index, table in enumerate(document.tables):
        grid = table.grid()
        numeric = [[c is not None and NUMERIC_CELL.match(c.text) is not None for c in row] for row in grid]
        data_rows = [r for r in range(table.n_rows) if sum(numeric[r]) >= 2]
        if not data_rows:
            continue
        n_header = data_rows[0]
        raw_paths = _header_paths(table, n_header)
        family = table_family(document, table, raw_paths)
        if family == "feedback":
            paths = raw_paths
            metrics = [feedback_column_metric(path, data) if path else None for path in paths]
        elif family == "procedure":  # a procedure column with no key of its own is "other"
            paths = raw_paths
            metrics = [(feedback_column_metric(path, data, family) or "other")
                       if path and PROCEDURE_LEAF.match(path.rsplit(" | ", 1)[-1].strip()) else None for path in paths]
        else:
            paths = flat_groups(raw_paths, data)
            metrics = [column_metric(path, data) if path else None for path in paths]
        if not any(metrics):
            continue
        if family != "feedback":
            metrics = _bare_totals(paths, metrics)
        metrics = [None if m and _rate_column(p) else m for m, p in zip(metrics, paths, strict=True)]
        metrics = _beside_early(paths, metrics)
        stt = {c for c, p in enumerate(paths) if regex.match(r"^(?:stt|tt|so\s+tt)\b", p)}
        series = _series_captions(table) if len(data_rows) == 1 else {}
        for r in data_rows:
            row = grid[r]
            label_cell = next((row[c] for c in range(table.n_cols)
                               if c not in stt and row[c] is not None and not numeric[r][c]), None)
            scope = field_name(BULLET.sub("", row_label(document, table, r, label_cell, grid))) if label_cell else None
            if scope and any(regex.fullmatch(rf"{ROW_MARK}{t}\s*:?", fold(scope)) for t in data.total_rows):
                scope = None
            seen = set()
            for c in range(table.n_cols):
                cell = row[c]
                if cell is None or id(cell) in seen or c in stt or not numeric[r][c] or not metrics[c]:
                    continue
                seen.add(id(cell))
                if cell.row != r:
                    continue  # a cell merged down from an earlier row
                try:
                    value = parse_count(cell.text)
                except NormalizeError:
                    continue
                label = None
                if metrics[c] == "other":
                    label = " ".join(" ".join(cell.text for cell in dict.fromkeys(
                        grid[h][c] for h in range(n_header) if grid[h][c] is not None)).split())
                if c in series:  # one row under a series of columns: the column's own name is the scope,
                    # unless it is a kind of procedure ("Mức độ 2"), which is what they are, not where (GOLD.md)
                    kind = family == "procedure" and regex.match(r"muc(?:\s+do)?\s+\d", fold(series[c]))
                    scope = series[c] if metrics[c] == "other" and not kind else None
                yield CountFact(start=cell.start, end=cell.end, text=cell.text, metric=metrics[c],
                                value=value, unit=FAMILY_UNIT[family], scope=scope, label=label, table=index)


class CountExtractor(Extractor):
    name = "counts"
    version = "18"
    description = "counts of dossiers, procedures and feedback items, from running text and tables"
    order = 50

    def extract(self, ctx: Context) -> Iterable[CountFact]:
        facts = settle_by_identities(ctx.document.text, list(analyse(ctx.document).counts))
        facts = settle_headline_counts(ctx.document.text, facts)
        facts += list(table_counts(ctx.document))
        facts.sort(key=lambda f: (f.start, f.end))
        return facts
