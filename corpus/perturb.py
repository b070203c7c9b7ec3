"""Meaning-preserving changes of a report's text, with its gold mapped exactly onto the result.

A metamorphic check of the extractors: CRLF line ends, NFD letters, the "new" tone-mark placement,
PDF-like line wrapping, odd spaces, other bullets or a BOM change how a report is written, not what
it says, so they must not change its facts. Each change is a list of edits ``(start, end,
replacement)`` on the gold's text; :func:`apply_edits` applies them and keeps an offset map, through
which every gold span is carried (strings are never searched for again).

``python -m corpus.perturb [--verbose]`` runs the pipeline on every change of every gold text of
corpus/ (seeds), corpus/heldout and corpus/heldout2..10 and prints F1 per change and fact type.
"""

from __future__ import annotations

import codecs
import copy
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import regex

from normalize.text import unify_tone_marks

Edit = tuple[int, int, str]


@dataclass(frozen=True)
class Change:
    """One meaning-preserving change: its edits on a text (given the gold, whose spans some must
    avoid) and what it does to a string field of the gold (the identity for most)."""

    name: str
    edits: Callable[[str, dict], list[Edit]]
    field: Callable[[str], str] = lambda s: s
    prefix: bytes = b""  # bytes the file starts with (a byte-order mark): not part of the text
    loose_fields: bool = False  # compare string fields with unified tone marks (the gold's and the output's)


def apply_edits(text: str, edits: Sequence[Edit]) -> tuple[str, list[int], list[int]]:
    """``text`` with ``edits`` applied (non-overlapping), and where each offset went.

    ``starts[i]`` is the new offset for a span starting at ``i`` (after anything inserted at
    ``i``), ``ends[i]`` the new offset for a span ending at ``i`` (before it); an offset inside a
    replaced stretch goes to that stretch's edge, outwards.
    """
    n = len(text)
    starts, ends = [-1] * (n + 1), [-1] * (n + 1)
    out: list[str] = []
    pos = npos = 0

    def copy_to(upto: int) -> None:
        nonlocal pos, npos
        for i in range(pos, upto + 1):
            starts[i] = npos + i - pos
            if ends[i] < 0:
                ends[i] = npos + i - pos
        out.append(text[pos:upto])
        npos += upto - pos
        pos = upto

    for s, e, rep in sorted(edits, key=lambda x: (x[0], x[1])):
        if s < pos:
            raise ValueError(f"overlapping edits at {s}")
        copy_to(s)
        if ends[s] < 0:
            ends[s] = npos
        for i in range(s + 1, e):
            starts[i], ends[i] = npos, npos + len(rep)
        out.append(rep)
        npos += len(rep)
        starts[s] = npos - len(rep) if e > s else npos
        if e > s:
            ends[e] = npos
        pos = e
    copy_to(n)
    return "".join(out), starts, ends


def _map_strings(value: object, fn: Callable[[str], str]) -> object:
    if isinstance(value, str):
        return fn(value)
    if isinstance(value, dict):
        return {k: _map_strings(v, fn) for k, v in value.items()}
    if isinstance(value, list):
        return [_map_strings(v, fn) for v in value]
    return value


_KEYS = frozenset({"type", "metric", "unit", "kind", "seed", "notes", "span", "text"})


def perturb(text: str, gold: dict, change: Change) -> tuple[str, dict]:
    """The changed text and the gold with every span mapped onto it (``text`` = the new slice)."""
    new, starts, ends = apply_edits(text, change.edits(text, gold))
    out = copy.deepcopy(gold)
    out["document"] = _map_strings(out.get("document"), change.field)
    for fact in out.get("facts", []):
        s, e = fact["span"]
        fact["span"] = [starts[s], ends[e]]
        fact["text"] = new[starts[s]:ends[e]]
        for key, value in fact.items():
            if key not in _KEYS:
                fact[key] = _map_strings(value, change.field)
    return new, out


# --- the changes --------------------------------------------------------------------------------

def _crlf(text: str, gold: dict) -> list[Edit]:
    return [(m.start(), m.end(), "\r\n") for m in regex.finditer(r"\n", text)]


def _nfd(text: str, gold: dict) -> list[Edit]:
    return [(i, i + 1, d) for i, ch in enumerate(text) if (d := unicodedata.normalize("NFD", ch)) != ch]


_TONES = "\u0300\u0301\u0303\u0309\u0323"


def _toned(base: str) -> str:
    return "".join(unicodedata.normalize("NFC", b + t) for b in (base, base.upper()) for t in _TONES)


# a syllable-final oa / oe / uy with the mark on its first vowel (hòa, khỏe, thủy, Ủy), not quý
_OLD_PAIR = regex.compile(rf"(?:[{_toned('o')}][aAeE]|(?<![qQ])[{_toned('u')}][yY])(?![\p{{L}}\p{{M}}])")


def _move_mark(pair: str) -> str:
    """``òa`` -> ``oà``: the tone mark onto the second vowel."""
    first = unicodedata.normalize("NFD", pair[0])
    mark = "".join(c for c in first if c in _TONES)
    plain = "".join(c for c in first if c not in _TONES)
    return unicodedata.normalize("NFC", plain) + unicodedata.normalize("NFC", pair[1] + mark)


def new_tone_marks(text: str) -> str:
    """``hòa`` -> ``hoà``, ``Ủy`` -> ``Uỷ``, ``khỏe`` -> ``khoẻ``; same length."""
    return _OLD_PAIR.sub(lambda m: _move_mark(m.group()), text)


def _tones(text: str, gold: dict) -> list[Edit]:
    return [(m.start(), m.end(), _move_mark(m.group())) for m in _OLD_PAIR.finditer(text)]


def _table_line(line: str) -> bool:
    return "\t" in line or "|" in line or "  " in line.strip()


# dates and numbered words keep their line even when not a gold fact (the date line, "tháng 4")
_KEEP = regex.compile(r"ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|\S+\s+\d[\d.,/%]*|\d[\d.,]*\s+\S+",
                      regex.IGNORECASE)


def _protected(text: str, gold: dict) -> bytearray:
    mask = bytearray(len(text) + 1)
    for fact in gold.get("facts", []):
        s, e = fact["span"]
        mask[s:e] = b"\x01" * (e - s)
    for m in _KEEP.finditer(text):
        mask[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    return mask


def wrap_edits(text: str, gold: dict, *, low: int = 60, high: int = 80) -> list[Edit]:
    """Break long lines as a PDF's text does: at a space between words, the line reaching ``low``
    to ``high`` columns; never inside a fact, a date or a number with its word, nor in a table row."""
    mask = _protected(text, gold)
    edits: list[Edit] = []
    at = 0
    for line in text.split("\n"):
        if len(line) > high and not _table_line(line):
            col = 0
            for m in regex.finditer(r"(?<=\S) (?=\S)", line):
                i = m.start()
                if i - col >= low and not mask[at + i] and i - col <= high:
                    edits.append((at + i, at + i + 1, "\n"))
                    col = i + 1
                elif i - col > high and not mask[at + i]:  # nowhere in range: the next allowed space
                    edits.append((at + i, at + i + 1, "\n"))
                    col = i + 1
        at += len(line) + 1
    return edits


def _every_nth_space(text: str, rep: str, nth: int = 7) -> list[Edit]:
    edits: list[Edit] = []
    at = 0
    for line in text.split("\n"):
        if not _table_line(line) and not regex.match(r"\s*[-+•*]\s", line):
            # not between two digits: "1 250" is one number, its space a thousands separator
            spaces = [m.start() for m in regex.finditer(r"(?<=\S) (?=\S)", line)
                      if not (line[m.start() - 1].isdigit() and line[m.start() + 1].isdigit())]
            edits.extend((at + i, at + i + 1, rep) for k, i in enumerate(spaces) if k % nth == nth - 1)
        at += len(line) + 1
    return edits


_BULLETS = {"-": "+", "+": "•", "•": "-"}


def _bullets(text: str, gold: dict) -> list[Edit]:
    return [(m.start(1), m.end(1), _BULLETS[m.group(1)])
            for m in regex.finditer(r"^[^\S\n]*([-+•])(?=[^\S\n])", text, regex.MULTILINE)]


CHANGES: tuple[Change, ...] = (
    Change("crlf", _crlf),
    Change("nfd", _nfd),
    Change("tone_marks", _tones, unify_tone_marks, loose_fields=True),
    Change("wrap_60_80", wrap_edits),
    Change("nbsp", lambda t, g: _every_nth_space(t, "\u00a0")),
    Change("double_space", lambda t, g: _every_nth_space(t, "  ")),
    Change("bullets", _bullets),
    Change("bom", lambda t, g: [], prefix=codecs.BOM_UTF8),
)
UNCHANGED = Change("unchanged", lambda t, g: [])
CORPORA = ("corpus", "corpus/heldout", *(f"corpus/heldout{n}" for n in range(2, 11)))  # never heldout11


# --- running the pipeline on them -----------------------------------------------------------------

def gold_files(corpora: Sequence[str] = CORPORA, docs: Sequence[str] | None = None) -> list[Path]:
    """The gold files of ``corpora`` (stems starting with one of ``docs`` when given)."""
    out = []
    for corpus in corpora:
        for path in sorted(Path(corpus, "gold").glob("*.json")):
            if not docs or any(path.stem.startswith(d) for d in docs):
                out.append(path)
    return out


# changes the pipeline reads as the original (every one, since the sixth session: PDF-like wrapping and runs of
# spaces held last, once the figure and title readers read soft line breaks and office names over any spaces)
HOLDING = ("crlf", "nfd", "tone_marks", "wrap_60_80", "nbsp", "double_space", "bullets", "bom")


def run(gold_paths: Sequence[Path], changes: Sequence[Change] = (UNCHANGED, *CHANGES)) -> dict[str, object]:
    """One evaluation Report per change over ``gold_paths`` (each text changed, written, read back)."""
    from baocao.evaluate import Report, evaluate_document, load_gold, pipeline_predictor

    predict = pipeline_predictor()

    def loose(path: Path) -> tuple[str, dict]:
        text, line = predict(path)
        return text, {**line, "document": _map_strings(line.get("document"), unify_tone_marks),
                      "facts": _map_strings(line.get("facts") or [], unify_tone_marks)}

    reports = {c.name: Report(corpus_dir=c.name) for c in changes}
    with tempfile.TemporaryDirectory() as tmp:
        for gold_path in gold_paths:
            gold, text = load_gold(gold_path)
            doc = f"{gold_path.parent.parent.name}/{gold_path.stem}"
            for change in changes:
                new, mapped = perturb(text, gold, change)
                path = Path(tmp, f"{gold_path.stem}.txt")
                path.write_bytes(change.prefix + new.encode("utf-8"))
                if unicodedata.normalize("NFC", new) == text:  # gold spans index the NFC text (GOLD.md)
                    new, mapped = text, {**gold, "document": mapped["document"]}
                reports[change.name].documents.append(
                    evaluate_document(mapped, new, path, "txt", loose if change.loose_fields else predict, doc=doc))
    return reports


def table(reports: dict[str, object]) -> str:
    """F1 per change (rows) and fact type / document fields (columns), then the change against the
    unchanged text."""
    from baocao.evaluate import FACT_TYPES

    cols = (*FACT_TYPES, "all")
    lines = [f"{'change':<14}" + "".join(f"{c:>11}" for c in cols) + f"{'span-only':>11}{'doc fields':>11}"]
    base = reports.get("unchanged")
    for name, rep in reports.items():
        types, span, fields = rep.types("txt"), rep.span_only("txt"), rep.fields("txt")
        row = f"{name:<14}" + "".join(f"{types[c].f1:>11.3f}" for c in cols)
        row += f"{span['all'].f1:>11.3f}{fields['all'].f1:>11.3f}"
        if base is not None and name != "unchanged":
            worst = min(types[c].f1 - base.types("txt")[c].f1 for c in cols)
            row += f"   worst {worst:+.3f}"
        lines.append(row)
    return "\n".join(lines)


def new_misses(reports: dict[str, object]) -> str:
    """What each change misses, adds or reads differently that the unchanged text did not."""
    base = reports["unchanged"]

    def keys(rep: object) -> set[tuple[str, ...]]:
        out = set()
        for d in rep.documents:
            for kind, items in (("missed", d.missed), ("spurious", d.spurious)):
                for m in items:
                    out.add((d.doc, kind, m.type, *(" ".join(unicodedata.normalize("NFC", x).split())
                                                      for x in (m.text, m.reason))))
            for x in d.field_diffs:
                out.add((d.doc, "field", x["field"], repr(x["gold"]), repr(x["got"])))
        return out

    before = keys(base)
    lines = []
    for name, rep in reports.items():
        if name == "unchanged":
            continue
        extra = sorted(keys(rep) - before)
        lines.append(f"-- {name}: {len(extra)} new")
        lines.extend("  " + " | ".join(k) for k in extra)
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    verbose = "--verbose" in args
    reports = run(gold_files())
    print(table(reports))
    if verbose:
        print(new_misses(reports))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
