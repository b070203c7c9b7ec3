"""Layout heuristics shared by the readers: which block is a heading, which table cells merge.

Kept apart from any file format so that a report reads the same from TXT, DOCX and PDF.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from pathlib import Path

import regex

from normalize.text import fold

DATA_FILE = Path(__file__).with_name("data") / "blocks.toml"

# "I. KẾT QUẢ THỰC HIỆN", "1. Công khai thủ tục hành chính", "1.2. Tỷ lệ thanh toán trực tuyến ..."
NUMBERED_TITLE = regex.compile(r"^(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2}){0,3})\.\s+\S")
# a list item or a sentence, not a title: ends like a clause
CLAUSE_END = regex.compile(r"[.;,]\s*$|\./\.\s*$")
MAX_HEADING_CHARS = 160
MAX_CAPS_HEADING_CHARS = 120


def _load_caption_words() -> dict:
    """The caption words of data/blocks.toml (folded phrases), read once when the module loads."""
    try:
        with DATA_FILE.open("rb") as fh:
            data = tomllib.load(fh)
        for key in ("caption_start", "head_noun", "not_a_verb", "head_noun_part", "head_noun_goes_on",
                    "total_goes_on", "stt"):
            if not isinstance(data[key], list) or not all(isinstance(w, str) and w for w in data[key]):
                raise TypeError(f"{key} is not a list of phrases")
        if not isinstance(data["total"], str):
            raise TypeError("total is not a word")
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError) as exc:
        raise RuntimeError(f"{DATA_FILE}: cannot read the caption words ({exc}); reinstall baocao") from exc
    return data


def _phrases(words: Sequence[str]) -> str:
    """An alternation of literal phrases, longest first."""
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


_WORDS = _load_caption_words()
# the words that start a column caption, for header lines with no case to go by (folded)
CAPTION_START = regex.compile(rf"^(?:{_phrases(_WORDS['caption_start'])})(?:\s|$)")
# a caption that is only a head noun so far: the words after it are its own ("Số hồ sơ | tiếp nhận")
HEAD_NOUN = regex.compile(rf"^(?:{_phrases(_WORDS['head_noun'])})$")
# a head noun still being written ("TỔNG SỐ | HỒ SƠ") and the words that go on with it
HEAD_NOUN_PART = regex.compile(rf"^(?:{_phrases(_WORDS['head_noun_part'])})$")
HEAD_NOUN_GOES_ON = regex.compile(rf"(?:{_phrases(_WORDS['head_noun_goes_on'])})\b")
NOT_A_VERB = regex.compile(rf"^(?:{_phrases(_WORDS['not_a_verb'])})\b")
STT_CAPTION = regex.compile(rf"^(?:{_phrases(_WORDS['stt'])})$")
# "tổng" goes on as "tổng số", "tổng cộng" rather than ending a caption
TOTAL_WORD: str = _WORDS["total"]
TOTAL_GOES_ON = regex.compile(rf"(?:{_phrases(_WORDS['total_goes_on'])})\b")


def is_all_caps(text: str, min_letters: int = 4) -> bool:
    """True when the text has enough letters and every cased letter is upper case."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= min_letters and all(not ch.islower() for ch in letters)


def looks_like_heading(text: str) -> bool:
    """A block that is clearly a title: one short line, numbered as a section or all in capitals.

    >>> looks_like_heading("I. KẾT QUẢ THỰC HIỆN"), looks_like_heading("Trên đây là báo cáo./.")
    (True, False)
    """
    text = text.strip()
    if not text or "\n" in text or "\t" in text:
        return False
    if is_all_caps(text) and len(text) <= MAX_CAPS_HEADING_CHARS and len(text.split()) >= 2:
        return not CLAUSE_END.search(text) or text.endswith(":")
    if NUMBERED_TITLE.match(text) and len(text) <= MAX_HEADING_CHARS:
        return not CLAUSE_END.search(text) and len(text.split()) <= 30
    return False


def header_row_count(grid: Sequence[Sequence[str | None]]) -> int:
    """Leading rows with an empty cell: the multi-level header of a table like Biểu 06.

    0 when the first row is complete or every row has gaps (then nothing tells header from data).
    """
    count = 0
    for row in grid:
        if all((c or "").strip() for c in row):
            break
        count += 1
    return 0 if count == len(grid) else count


def infer_header_spans(rows: Sequence[Sequence[str | None]],
                       height: int | None = None) -> dict[tuple[int, int], tuple[int, int]]:
    """Merged header cells of a table written as a plain grid (tab-separated text).

    In the header rows, a caption followed by empty cells spans them when the rows below give
    those columns captions of their own ("Số lượng hồ sơ tiếp nhận" over "Tổng số | Trong kỳ |
    ..."), and a caption with empty cells below it spans down ("STT" over three header rows).
    ``height``: the number of header rows when the layout tells it (a ``|---|`` rule under them); else
    the leading rows with an empty cell. Returns ``{(row, col): (row_span, col_span)}`` for the cells
    that span more than one position.
    """
    n_cols = max((len(r) for r in rows), default=0)
    grid = [[(c or "").strip() for c in r] + [""] * (n_cols - len(r)) for r in rows]
    if height is None:
        height = header_row_count(grid)
    filled = [[bool(c) for c in row] for row in grid[:height]]
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    covered: set[tuple[int, int]] = set()
    for r in range(height):
        for c in range(n_cols):
            if not filled[r][c] or (r, c) in covered:
                continue
            col_span = 1
            while (
                c + col_span < n_cols
                and not filled[r][c + col_span]
                and (r, c + col_span) not in covered
                and any(filled[below][c + col_span] for below in range(r + 1, height))
            ):
                col_span += 1
            row_span = 1
            while r + row_span < height and not any(
                filled[r + row_span][c + k] or (r + row_span, c + k) in covered for k in range(col_span)
            ):
                row_span += 1
            if (row_span, col_span) != (1, 1):
                spans[(r, c)] = (row_span, col_span)
                covered.update(
                    (r + i, c + k) for i in range(row_span) for k in range(col_span) if (i, k) != (0, 0)
                )
    return spans


def is_uncased(line: str) -> bool:
    """A line with no case to go by: its letters all capitals or all lower case."""
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 2 and (all(not ch.islower() for ch in letters) or all(not ch.isupper() for ch in letters))


def uncased_caption_starts(words: Sequence[str]) -> list[bool]:
    """Per word of a table header line with no case to go by: does a column caption start there? At the
    words that begin one ("TỔNG SỐ ĐÃ GIẢI QUYẾT" -> "TỔNG SỐ | ĐÃ GIẢI QUYẾT"), never after a head noun
    still waiting for its verb ("SỐ HỒ SƠ ĐÃ GIẢI QUYẾT" stays whole); after ``%`` and ``STT`` always."""
    folded = [fold(w) for w in words]
    out: list[bool] = []
    current: list[str] = []
    for i, word in enumerate(folded):
        now, rest = " ".join(current), " ".join(folded[i:i + 3])
        if not current or word == "%" or regex.fullmatch(r"\(?\s*%\s*\)?", folded[i - 1]) or STT_CAPTION.match(now):
            starts = True
        elif HEAD_NOUN.match(now) and not NOT_A_VERB.match(rest):
            starts = False
        elif now == TOTAL_WORD and TOTAL_GOES_ON.match(rest):
            starts = False
        elif HEAD_NOUN_PART.match(now) and HEAD_NOUN_GOES_ON.match(rest):
            starts = False
        else:
            starts = CAPTION_START.match(rest) is not None
        current = [word] if starts else [*current, word]
        out.append(starts)
    return out


def is_series(captions: Sequence[str]) -> bool:
    """Captions that are one name numbered in turn: "Mức độ 1 | Mức độ 2 | Mức độ 3", "Quý I | Quý II"."""
    parts = [regex.fullmatch(r"(.+?)\s+(\d{1,4}|[ivx]{1,4})", " ".join(fold(c).split())) for c in captions]
    return (len(captions) >= 2 and all(parts) and len({m.group(1) for m in parts}) == 1
            and len({m.group(2) for m in parts}) == len(parts))
