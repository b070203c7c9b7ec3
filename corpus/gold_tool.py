"""Span helper for the gold corpus (corpus/gold/*.json): spans are computed, never typed by hand.

The seed text is ``unicodedata.normalize("NFC", open(path, encoding="utf-8").read())`` and a span is
``[start, end)`` into it. Commands (run from the repository root)::

    python -m corpus.gold_tool find SEED TEXT            # every occurrence, with offsets and context
    python -m corpus.gold_tool span SEED TEXT [-n N] [--after CONTEXT]
                                                         # prints [start, end] as JSON
    python -m corpus.gold_tool fill GOLD.json [--dry-run]
                                                         # computes missing spans in place
    python -m corpus.gold_tool check GOLD.json [...]     # verifies every span (exit 1 on error)

``span``: ``-n N`` takes the N-th occurrence (1-based) of TEXT in the whole seed; ``--after CONTEXT``
takes the first occurrence of TEXT at or after the start of the (unique) occurrence of CONTEXT, so
CONTEXT may contain TEXT (``--after "trực tiếp 0 hồ sơ" "0 hồ sơ"``) or precede it.

``fill``: facts are in document order, so a fact without ``"span"`` is located by searching its
``text`` from just after the previous fact's start (the cursor). Two optional hint keys, removed once
the span is written: ``"@after": CONTEXT`` (search from the first occurrence of CONTEXT at or after
the cursor) and ``"@nth": N`` (skip to the N-th occurrence after the cursor). A fact that already has
a span is checked, and moves the cursor. Running ``fill`` twice changes nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Sequence
from pathlib import Path

CORPUS_DIR = Path(__file__).resolve().parent


class SpanError(ValueError):
    """A fact text that cannot be located (or does not match its span) in its seed."""


def load_seed(path: str | Path) -> str:
    """The seed text that gold spans index into: the file's UTF-8 text, NFC-normalised."""
    with open(path, encoding="utf-8") as fh:
        return unicodedata.normalize("NFC", fh.read())


def seed_path(gold: dict, corpus_dir: Path = CORPUS_DIR) -> Path:
    """The seed file a gold object points at (``"seed": "seeds/000_….txt"``, relative to corpus/)."""
    return corpus_dir / gold["seed"]


def _cuts_token(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] starts or ends inside a word or a number (``0 hồ sơ`` in ``4.900 hồ sơ``)."""
    before = text[start - 1] if start > 0 else " "
    first, last = text[start], text[end - 1]
    after = text[end] if end < len(text) else " "
    if first.isalnum() and before.isalnum():
        return True
    if first.isdigit() and before in ".,/" and start > 1 and text[start - 2].isdigit():
        return True
    if last.isalnum() and after.isalnum():
        return True
    return bool(last.isdigit() and after in ".,/" and end + 1 < len(text) and text[end + 1].isdigit())


def occurrences(text: str, needle: str, start: int = 0, *, whole: bool = True) -> list[int]:
    """Start offsets of every occurrence of needle in text[start:]; with ``whole`` (the default),
    only those that do not cut a word or a number apart."""
    needle = unicodedata.normalize("NFC", needle)
    found, i = [], text.find(needle, start)
    while i != -1 and needle:
        if not (whole and _cuts_token(text, i, i + len(needle))):
            found.append(i)
        i = text.find(needle, i + 1)
    return found


def locate(text: str, needle: str, *, nth: int = 1, after: str | None = None, start: int = 0,
           where: str = "") -> tuple[int, int]:
    """The span of the nth occurrence of needle at or after ``start`` (and after ``after``)."""
    needle = unicodedata.normalize("NFC", needle)
    if after is not None:
        ctx = occurrences(text, after, start, whole=False)
        if not ctx:
            raise SpanError(f"{where}context {after!r} not found after offset {start}")
        start = ctx[0]
    hits = occurrences(text, needle, start)
    if len(hits) < nth:
        raise SpanError(f"{where}{needle!r}: occurrence {nth} not found after offset {start} "
                        f"({len(hits)} found)")
    s = hits[nth - 1]
    return s, s + len(needle)


def fill(gold: dict, text: str, *, where: str = "") -> dict:
    """Compute missing spans of gold["facts"] in order (see the module doc); checks existing ones."""
    cursor = 0
    for i, fact in enumerate(gold.get("facts", [])):
        label = f"{where}fact {i} ({fact.get('type')}): "
        if "span" in fact and fact["span"] is not None:
            s, e = fact["span"]
            if text[s:e] != fact["text"]:
                raise SpanError(f"{label}span {fact['span']} is {text[s:e]!r}, text is {fact['text']!r}")
        else:
            s, e = locate(text, fact["text"], nth=int(fact.get("@nth", 1)), after=fact.get("@after"),
                          start=cursor, where=label)
            fact["span"] = [s, e]
        for hint in ("@nth", "@after"):
            fact.pop(hint, None)
        if s < cursor - 1:
            raise SpanError(f"{label}{fact['text']!r} at {s} is before the previous fact (at {cursor - 1})")
        cursor = s + 1
    # key order: type, span, text first, as in the contract
    gold["facts"] = [
        {"type": f["type"], "span": f["span"], "text": f["text"],
         **{k: v for k, v in f.items() if k not in ("type", "span", "text")}}
        for f in gold.get("facts", [])
    ]
    return gold


def check(gold: dict, text: str, *, where: str = "") -> list[str]:
    """Problems with a gold object's spans: text mismatch, spans out of document order."""
    problems, prev = [], -1
    for i, fact in enumerate(gold.get("facts", [])):
        span = fact.get("span")
        if not span or len(span) != 2:
            problems.append(f"{where}fact {i}: no span")
            continue
        s, e = span
        if text[s:e] != fact.get("text"):
            problems.append(f"{where}fact {i}: span {span} is {text[s:e]!r}, text is {fact.get('text')!r}")
        elif _cuts_token(text, s, e):
            problems.append(f"{where}fact {i}: span {span} cuts a word or number apart: {text[max(0, s - 5):e + 5]!r}")
        if s < prev:
            problems.append(f"{where}fact {i}: starts at {s}, before the previous fact ({prev})")
        prev = s
    return problems


def dump(gold: dict) -> str:
    """The gold file's on-disk form: UTF-8, unescaped, 2-space indent; a fact per line is easier to
    review, so each fact is written compactly on one line."""
    head = {k: v for k, v in gold.items() if k != "facts"}
    lines = json.dumps(head, ensure_ascii=False, indent=2)[:-2]  # drop the closing "\n}"
    facts = [json.dumps(f, ensure_ascii=False) for f in gold.get("facts", [])]
    body = ",\n".join("    " + f for f in facts)
    return f'{lines},\n  "facts": [\n{body}\n  ]\n}}\n'


def _cmd_find(args: argparse.Namespace) -> int:
    text = load_seed(args.seed)
    for n, s in enumerate(occurrences(text, args.text), 1):
        e = s + len(unicodedata.normalize("NFC", args.text))
        ctx = text[max(0, s - 40):s] + "[" + text[s:e] + "]" + text[e:e + 40]
        print(f"{n:>3} [{s}, {e}]  {ctx!r}")
    return 0


def _cmd_span(args: argparse.Namespace) -> int:
    text = load_seed(args.seed)
    if args.after is not None and len(occurrences(text, args.after)) != 1:
        print(f"gold_tool: context {args.after!r} is not unique in {args.seed}", file=sys.stderr)
        return 1
    try:
        s, e = locate(text, args.text, nth=args.n, after=args.after)
    except SpanError as exc:
        print(f"gold_tool: {args.seed}: {exc}", file=sys.stderr)
        return 1
    print(json.dumps([s, e]))
    return 0


def _cmd_fill(args: argparse.Namespace) -> int:
    path = Path(args.gold)
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = load_seed(seed_path(gold, path.resolve().parent.parent))
    try:
        fill(gold, text, where=f"{path}: ")
    except SpanError as exc:
        print(f"gold_tool: {exc}", file=sys.stderr)
        return 1
    out = dump(gold)
    if args.dry_run:
        sys.stdout.write(out)
    else:
        path.write_text(out, encoding="utf-8")
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    bad = 0
    for name in args.gold:
        path = Path(name)
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = load_seed(seed_path(gold, path.resolve().parent.parent))
        for problem in check(gold, text, where=f"{path}: "):
            print(problem)
            bad += 1
    return 1 if bad else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="gold_tool", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("find", help="list every occurrence of TEXT in SEED")
    p.add_argument("seed")
    p.add_argument("text")
    p.set_defaults(func=_cmd_find)
    p = sub.add_parser("span", help="print the span of TEXT in SEED")
    p.add_argument("seed")
    p.add_argument("text")
    p.add_argument("-n", type=int, default=1, help="occurrence number (1-based)")
    p.add_argument("--after", help="a unique context string; TEXT is searched from its start")
    p.set_defaults(func=_cmd_span)
    p = sub.add_parser("fill", help="compute the missing spans of a gold file in place")
    p.add_argument("gold")
    p.add_argument("--dry-run", action="store_true", help="print the result instead of writing it")
    p.set_defaults(func=_cmd_fill)
    p = sub.add_parser("check", help="verify the spans of gold files")
    p.add_argument("gold", nargs="+")
    p.set_defaults(func=_cmd_check)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    raise SystemExit(main())
