"""The ``baocao`` command line: thin wrappers over Python functions."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from baocao import pipeline
from extract.errors import ReadError


def _split_csv(value: str | None) -> list[str] | None:
    if not value:
        return None
    return [v.strip() for v in value.split(",") if v.strip()]


def cmd_text(args: argparse.Namespace) -> int:
    from extract.readers import read_document

    try:
        document = read_document(args.path)
    except ReadError as exc:
        print(f"baocao: error: {exc}", file=sys.stderr)
        return 1
    sys.stdout.write(document.text)
    if not document.text.endswith("\n"):
        sys.stdout.write("\n")
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    only = _split_csv(args.only)
    failed = 0
    out = sys.stdout
    for line in pipeline.iter_process(args.paths, only):
        if line.get("error"):
            failed += 1
            print(f"baocao: error: {line['error']}", file=sys.stderr)
        if args.format == "json":
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
        else:
            _print_pretty(line, out)
        out.flush()
    return 1 if failed and failed == len(args.paths) else 0


def _print_pretty(line: dict, out) -> None:
    out.write(f"== {line['source']['path']}\n")
    if line.get("error"):
        out.write(f"   error: {line['error']}\n")
        return
    doc = line["document"] or {}
    for key in ("unit", "number", "date", "kind", "period", "title"):
        if doc.get(key):
            out.write(f"   {key}: {doc[key]}\n")
    for fact in line["facts"]:
        extra = {k: v for k, v in fact.items() if k not in ("type", "span", "text", "extractor")}
        out.write(f"   {fact['type']:<10} {fact['span'][0]:>6}  {fact['text']!r}  {extra}\n")
    for w in line.get("warnings", []):
        out.write(f"   warning {w['code']}: {w['message']}\n")


def cmd_extractors(args: argparse.Namespace) -> int:
    from extract.registry import discover

    for name, info in sorted(discover().items()):
        print(f"{name:<14} {info.version:<8} {info.origin:<48} {info.description}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="baocao", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("text", help="print a document's extracted text")
    p.add_argument("path")
    p.set_defaults(func=cmd_text)

    p = sub.add_parser("extract", help="extract facts from reports (JSON Lines, one line per input)")
    p.add_argument("paths", nargs="+")
    p.add_argument("--format", choices=["json", "pretty"], default="json")
    p.add_argument("--only", help="comma-separated extractor names, e.g. references,counts")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("extractors", help="list the installed extractors")
    p.set_defaults(func=cmd_extractors)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except KeyError as exc:  # unknown extractor names and the like
        print(f"baocao: error: {exc.args[0]}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
