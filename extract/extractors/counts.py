"""The ``counts`` extractor: every figure counting dossiers, procedures or feedback items.

Running text is analysed in :mod:`extract.extractors.figures` (shared with ``indicators``);
this module adds the table cells (Biểu 06 and its commune variants): the metric from the
column's header path ("Số lượng hồ sơ đã giải quyết" over "Trước hạn"), the scope from the
row label ("Hộ tịch"; the "Tổng cộng" row is the whole unit), skipping the STT column and the
"(1) (2) (3)=(4)+(5)+(6)" numbering row.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex

from extract.document import Document, Table
from extract.extractors.figures import FAMILY_UNIT, CueIndex, Structure, analyse, load_data
from extract.facts import CountFact
from extract.registry import Context, Extractor
from normalize.errors import NormalizeError
from normalize.numbers import parse_count
from normalize.text import fold

NUMERIC_CELL = regex.compile(r"^\s*[0-9]{1,3}(?:\.[0-9]{3})+\s*$|^\s*[0-9]+\s*$")
NUMBERING_CELL = regex.compile(r"^\s*\(\d+\)")
GROUPS = (
    ("pending", regex.compile(r"dang\s+(?:giai\s+quyet|xu\s+ly)|chua\s+giai\s+quyet")),
    ("resolved", regex.compile(r"da\s+giai\s+quyet|giai\s+quyet\s+xong|da\s+tra|ket\s+qua\s+giai\s+quyet")),
    ("received", regex.compile(r"tiep\s+nhan")),
)
TOTAL_LEAF = regex.compile(r"^\s*tong(?:\s+so)?\s*$")
LATE_LEAF = regex.compile(r"(?:qua|tre)\s+han")
TOTALS = {"received": "received_total", "resolved": "resolved_total", "pending": "pending_total"}


def _header_paths(table: Table, n_header: int) -> list[str]:
    """Per column: the folded header texts from top to bottom, joined by " | "."""
    grid = table.grid()
    paths = []
    for c in range(table.n_cols):
        seen: list[str] = []
        last = None
        for r in range(n_header):
            cell = grid[r][c]
            if cell is None or cell is last or NUMBERING_CELL.match(cell.text):
                continue
            last = cell
            seen.append(fold(cell.text))
        paths.append(" | ".join(seen))
    return paths


def _column_metric(path: str, cues: CueIndex) -> str | None:
    group = next((g for g, rx in GROUPS if rx.search(path)), None)
    leaf = path.rsplit(" | ", 1)[-1]
    if group and TOTAL_LEAF.match(leaf):
        return TOTALS[group]
    if LATE_LEAF.search(leaf) and group in ("pending", "resolved"):
        return "pending_late" if group == "pending" else "resolved_late"
    cue = cues.nearest(0, len(path), "dossier")
    if cue is None:
        return None
    if group == "pending" and cue.metric in ("resolved_late",):
        return "pending_late"
    return cue.metric


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
        paths = _header_paths(table, n_header)
        st = Structure("", "", [], [], [], [])
        metrics: list[str | None] = []
        for path in paths:
            idx = CueIndex(data.count.scan(path), st)
            metrics.append(_column_metric(path, idx) if path else None)
        if not any(metrics):
            continue
        stt = {c for c, p in enumerate(paths) if regex.match(r"^(?:stt|tt|so\s+tt)\b", p)}
        for r in data_rows:
            row = grid[r]
            label_cell = next((row[c] for c in range(table.n_cols)
                               if c not in stt and row[c] is not None and not numeric[r][c]), None)
            scope = " ".join(label_cell.text.split()) if label_cell else None
            if scope and any(regex.fullmatch(rf"{t}\s*:?", fold(scope)) for t in data.total_rows):
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
                yield CountFact(start=cell.start, end=cell.end, text=cell.text, metric=metrics[c],
                                value=value, unit=FAMILY_UNIT["dossier"], scope=scope, table=index)


class CountExtractor(Extractor):
    name = "counts"
    version = "1"
    description = "counts of dossiers, procedures and feedback items, from running text and tables"
    order = 50

    def extract(self, ctx: Context) -> Iterable[CountFact]:
        facts = list(analyse(ctx.document).counts) + list(table_counts(ctx.document))
        facts.sort(key=lambda f: (f.start, f.end))
        return facts
