"""The two columns of a header or a signature block read apart when a reader joined them line by line with one
space (part of the ``metadata`` extractor).

Text pulled from a PDF lays a two-column header out line by line: ``ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
NAM`` / ``XÃ AN PHÚ Độc lập - Tự do - Hạnh phúc`` / ``Số: 12/BC-UBND An Phú, ngày …``, and the signature block the
same way (``Nơi nhận: TM. ỦY BAN NHÂN DÂN`` / ``- Như trên; CHỦ TỊCH``). A tab or a run of spaces between the
columns is read by :func:`extract.extractors.metadata_cues.columns`; with a single space the cut is found at the
right column's known openings (data/metadata.toml ``[columns]``): the national name and motto, the date line after
the number, the signature titles.

- :func:`header_view`: the header with the right column's motto cells blanked and each cut written as a tab,
  character for character (spans hold): the left column's lines read as a stack (``ỦY BAN NHÂN DÂN`` over ``XÃ
  AN PHÚ``), the date line after a tab;
- :func:`body_above`: the body written in the left column right above a unit's line;
- :func:`holder_above`: an office holder heading the left column (``CHỦ TỊCH`` over ``ỦY BAN NHÂN DÂN``).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from extract.extractors.metadata_cues import COLUMN_GAP, cue_data, upper
from extract.extractors.metadata_mentions import body_before
from normalize.lexicon import unit_type_names, word_alternation
from normalize.text import fold

__all__ = ["body_above", "header_view", "holder_above", "right_cell"]


@dataclass(frozen=True)
class _Cues:
    motto: regex.Pattern  # a right-column cell that is the national name or the motto: blanked
    dated: regex.Pattern  # the space between the number and the date line's place ("Số: 12/BC-UBND An Phú, ngày")
    holders: dict[str, str]  # folded office holder heading a header -> the title as the issuer writes it


@functools.cache
def _cues() -> _Cues:
    data = cue_data().get("columns", {})
    # words apart by any blanks, a dash with or without them ("Độc lập – Tự do – Hạnh phúc", "Độc lập-Tự do")
    mottos = "|".join(r"[ \t]+".join(regex.escape(w) for w in m.split()).replace(r"[ \t]+\-[ \t]+", r"[ \t]*[-–—][ \t]*")
                      for m in data.get("mottos", ()))
    # the place: a unit type written capitalised or not ("Phường An Phú", "TP. Huế") and capitalised words
    types = word_alternation(unit_type_names("commune", "district", "province"))
    place = (rf"(?:(?i:{types}|tp\.)[ \t]*)?\p{{Lu}}[\p{{L}}\p{{M}}]*(?:[ \t]+\p{{Lu}}[\p{{L}}\p{{M}}]*){{0,4}}"
             r"[ \t]*,?[ \t]*(?i:ngày)[ \t]*(?:\d{1,2}|\.{2,}|…)?[ \t]*(?i:tháng|/)")
    # the number line opening its line ("Số: 58/BC-UBND", "Số: /BC-UBND"), never a citation in a sentence
    number = r"^[ \t*_]*(?i:số)[ \t]*[:.]?[ \t]*[^\s/]*/[^\s]*[\p{L}\d]"
    titles = cue_data()["signature"]["titles"]
    holders = {fold(h): titles.get(h, h) for h in data.get("header_holders", ())}
    return _Cues(
        motto=regex.compile(rf"(?<=\S)[ \t]+(?i:{mottos})[^\n]*") if mottos else regex.compile(r"(?!x)x"),
        dated=regex.compile(rf"(?<={number})[ \t]+(?={place})", regex.MULTILINE),
        holders=holders,
    )


def header_view(text: str, hi: int) -> str:
    """``text`` with the header before ``hi`` read as columns: a column gap, or a single space where the right
    column opens with its date line, written as tabs; a right-column cell holding the national name or the motto
    written as tabs to its line's end. Same length as ``text``."""
    c = _cues()
    head = COLUMN_GAP.sub(lambda m: "\t" * len(m.group()), text[:hi])
    head = c.dated.sub(lambda m: "\t" * len(m.group()), head)

    # a cell opening with the national name or the motto, after a gap or a space, runs to the end of its line; the
    # left cell is the header's, in capitals ("XÃ AN PHÚ Độc lập - …"; not "Nước Cộng hòa xã hội chủ nghĩa …")
    head = c.motto.sub(lambda m: regex.sub(r"[^\n]", "\t", m.group())
                       if upper(head[head.rfind("\n", 0, m.start()) + 1:m.start()]) else m.group(), head)
    return head + text[hi:]


def _left_end(view: str, pos: int) -> int:
    """Where the text before ``pos`` ends once the blanks between (spaces, tabs, line breaks) are skipped."""
    return len(view[:pos].rstrip(" \t\n"))


def body_above(view: str, pos: int) -> tuple[str | None, int]:
    """The body written right before a unit at ``pos`` in the header view, over blank cells and a line break
    (``ỦY BAN NHÂN DÂN`` / ``XÃ AN PHÚ``): (its key, where it starts), or (None, pos)."""
    end = _left_end(view, pos)
    if end == 0 or end == pos:
        return None, pos
    body, start = body_before(view, end + 1)
    return (body, start) if body is not None else (None, pos)


def holder_above(view: str, pos: int) -> str | None:
    """The office holder heading the header's left column before the body at ``pos``, on the line above it (``CHỦ
    TỊCH`` over ``ỦY BAN NHÂN DÂN / TỈNH X``: the chairman's letterhead) or on its line (``CHỦ TỊCH ỦY BAN NHÂN DÂN``
    over ``TỈNH X``): the title as the issuer writes it (``Chủ tịch``), or None."""
    line_start = view.rfind("\n", 0, pos) + 1
    cell = view[line_start:pos].strip(" \t*_")
    if not cell:  # the holder on the line above
        end = _left_end(view, pos)
        if end == 0 or "\n" not in view[end:pos]:
            return None
        line_start = view.rfind("\n", 0, end) + 1
        cell = view[line_start:end].strip(" \t*_")
    above = view[:max(0, line_start - 1)]
    if not cell.isupper() or above[above.rfind("\n") + 1:].strip():
        return None  # the holder's line opens the header: nothing in the line above it
    return _cues().holders.get(fold(cell))


def right_cell(line: str, accepts) -> str | None:  # noqa: ANN001
    """The right column's part of a line read as two cells joined by one space (``- Như trên; CHỦ TỊCH``): the
    longest tail after a space that ``accepts`` (a predicate on the tail and the left part), the left part not empty."""
    for m in regex.finditer(r"[ \t]+(?=\S)", line):
        left, tail = line[:m.start()].strip(), line[m.end():]
        if left and accepts(tail, left):
            return tail
    return None
