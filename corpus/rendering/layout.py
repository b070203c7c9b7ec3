"""A report's layout, and the text of a seed turned into one.

:func:`parse_seed` reads a seed (blocks separated by blank lines, tables tab-separated) into a
:class:`Layout`: the header columns, the body blocks, the landscape appendix. Inline ``**bold**``
and ``*italic*`` in the text are formatting (the seeds came through a Markdown conversion), not
text: :func:`strip_emphasis` gives the text a reader should find, :func:`emphasis_runs` the runs
a renderer draws.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import regex

from extract.readers.blocks import infer_header_spans, is_all_caps, looks_like_heading

BlockKind = Literal["title", "heading", "paragraph", "table", "signature"]


@dataclass(frozen=True)
class TableLayout:
    """A table: its rows of cells, merged cells (``(row, col) -> (row span, col span)``) and how
    many header rows it has."""

    rows: tuple[tuple[str, ...], ...]
    spans: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)
    header_rows: int = 0

    @property
    def n_cols(self) -> int:
        """The width of the widest row."""
        return max(len(r) for r in self.rows)


@dataclass(frozen=True)
class LayoutBlock:
    """One block of a report. ``text`` may hold line breaks and ``**bold**`` / ``*italic*``."""

    kind: BlockKind
    text: str = ""
    table: TableLayout | None = None
    left: tuple[str, ...] = ()  # signature: "Nơi nhận" list
    right: tuple[str, ...] = ()  # signature: signer's title lines and name


@dataclass(frozen=True)
class Layout:
    """A whole report: the two header columns, the body blocks and the appendix blocks."""

    header_left: tuple[str, ...]
    header_right: tuple[str, ...]
    blocks: tuple[LayoutBlock, ...]
    appendix: tuple[LayoutBlock, ...] = ()  # on landscape pages


BOLD = regex.compile(r"\*\*(.+?)\*\*", regex.DOTALL)
ITALIC = regex.compile(r"(?<![*\w])\*(?![\s*])([^*\n]+?)(?<!\s)\*(?![*\w])")
BLANK_LINE = regex.compile(r"\n[^\S\n]*\n\s*")
DATE_LINE = regex.compile(r"ngày\s.*tháng", regex.IGNORECASE)
RIGHT_HEADER = regex.compile(r"CỘNG HÒA|CỘNG HOÀ|Độc lập", regex.IGNORECASE)
SENTENCE_END = regex.compile(r"[.;:!?…)”\"]\s*$")
LIST_ITEM = regex.compile(r"^\s*(?:[-+*•]\s|\d{1,2}(?:\.\d{1,2})*\.\s|[a-zđ]\)\s|[IVXLC]{1,6}\.\s)")
RECIPIENTS = regex.compile(r"^\s*(?:\*\*)?Nơi nhận", regex.IGNORECASE)
APPENDIX = regex.compile(r"^\s*PHỤ LỤC\b")
CONTINUATION = regex.compile(r"^\s*[\p{Ll}\d]")  # a line that goes on with the sentence before it


def strip_emphasis(text: str) -> str:
    """The text without its ``**bold**`` / ``*italic*`` markers (a bullet ``* `` stays)."""
    return ITALIC.sub(r"\1", BOLD.sub(r"\1", text))


def _is_table(block: str) -> bool:
    lines = block.split("\n")
    return len(lines) >= 2 and all("\t" in line for line in lines)


def _join_broken_lines(blocks: list[str]) -> list[str]:
    """Join paragraphs a PDF conversion broke mid-sentence (one line per "paragraph")."""
    out: list[str] = []
    for block in blocks:
        prev = out[-1] if out else None
        if (
            prev is not None
            and not _is_table(prev)
            and not _is_table(block)
            and not SENTENCE_END.search(prev)
            and (CONTINUATION.match(block) or prev.rstrip().endswith(","))
            and not looks_like_heading(prev)
            and not looks_like_heading(block)
            and not LIST_ITEM.match(block)
            and not RECIPIENTS.match(block)
            and "\n" not in prev
        ):
            out[-1] = prev + " " + block
        else:
            out.append(block)
    return out


def _table_layout(block: str) -> TableLayout:
    rows = [line.split("\t") for line in block.split("\n")]
    spans = infer_header_spans(rows)
    header_rows = max((r + rs for (r, _c), (rs, _cs) in spans.items()), default=0)
    return TableLayout(tuple(tuple(c.strip() for c in r) for r in rows), spans, header_rows)


def parse_seed(text: str) -> Layout:
    """A seed's text (blocks separated by blank lines) to a Layout.

    Header lines are those before "BÁO CÁO": the date line and the national motto go right,
    the rest (issuer, "Số: ...") left. The block after "BÁO CÁO" is the title. "Nơi nhận" and
    the blocks after it up to the signer's name make the signature block. A "PHỤ LỤC" followed
    by a table starts the landscape appendix.
    """
    blocks = [b.strip() for b in BLANK_LINE.split(text.replace("\r\n", "\n")) if b.strip()]
    title_at = next(
        (i for i, b in enumerate(blocks[:10]) if strip_emphasis(b).strip().upper() == "BÁO CÁO"), None
    )
    left: list[str] = []
    right: list[str] = []
    if title_at is not None:
        for block in blocks[:title_at]:
            for line in block.split("\n"):
                (right if DATE_LINE.search(line) or RIGHT_HEADER.search(line) else left).append(line.strip())
        blocks = blocks[title_at:]
    blocks = _join_broken_lines(blocks)
    body: list[LayoutBlock] = []
    appendix: list[LayoutBlock] = []
    target = body
    i = 0
    if title_at is not None:
        body.append(LayoutBlock("title", blocks[0]))
        if len(blocks) > 1:
            body.append(LayoutBlock("title", blocks[1]))
        i = 2
    while i < len(blocks):
        block = blocks[i]
        if APPENDIX.match(block) and any(_is_table(b) for b in blocks[i + 1 :]):
            target = appendix
        if _is_table(block):
            target.append(LayoutBlock("table", table=_table_layout(block)))
        elif RECIPIENTS.match(block) and target is body:
            sig_left = block.split("\n")
            i += 1
            while i < len(blocks) and all(line.lstrip().startswith("-") for line in blocks[i].split("\n")):
                sig_left.extend(blocks[i].split("\n"))
                i += 1
            sig_right: list[str] = []
            while i < len(blocks) and len(sig_right) < 6 and not APPENDIX.match(blocks[i]):
                lines = strip_emphasis(blocks[i]).split("\n")  # the signer block is bold anyway
                if _is_table(blocks[i]) or any(len(line) > 80 for line in lines):
                    break
                sig_right.extend(lines)
                i += 1
                if not is_all_caps(strip_emphasis(blocks[i - 1]), min_letters=2):
                    break  # the signer's name closes the block
            target.append(LayoutBlock("signature", left=tuple(sig_left), right=tuple(sig_right)))
            continue
        elif looks_like_heading(strip_emphasis(block)):
            target.append(LayoutBlock("heading", block))
        else:
            target.append(LayoutBlock("paragraph", block))
        i += 1
    return Layout(tuple(left), tuple(right), tuple(body), tuple(appendix))


def emphasis_runs(text: str) -> list[tuple[str, bool, bool]]:
    """Text with ``**``/``*`` markers to runs of (text, bold, italic)."""
    runs: list[tuple[str, bool, bool]] = []
    pos = 0
    pattern = regex.compile(BOLD.pattern + "|" + ITALIC.pattern, regex.DOTALL)
    for m in pattern.finditer(text):
        if m.start() > pos:
            runs.append((text[pos : m.start()], False, False))
        if m.group(1) is not None:
            runs.append((m.group(1), True, False))
        else:
            runs.append((m.group(2), False, True))
        pos = m.end()
    if pos < len(text):
        runs.append((text[pos:], False, False))
    return runs
