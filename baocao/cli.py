"""The ``baocao`` command line: thin wrappers over Python functions."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

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


def cmd_check(args: argparse.Namespace) -> int:
    """Print what does not add up in each report: the warnings of the validation step."""
    total = 0
    for line in pipeline.iter_process(args.paths):
        path = line["source"]["path"]
        if line.get("error"):
            print(f"{path}\n  error: {line['error']}\n")
            continue
        warnings = line.get("warnings", [])
        total += len(warnings)
        print(f"{path}: {len(warnings)} warning(s)" if warnings else f"{path}: ok")
        text = None
        for w in warnings:
            print(f"  [{w['code']}] {w['message']}")
            if args.context and w.get("spans"):
                if text is None:
                    from extract.readers import read_document

                    text = read_document(path).text
                for s, e in w["spans"][:3]:
                    snippet = " ".join(text[max(0, s - 40) : e + 20].split())
                    print(f"      at {s}-{e}: …{snippet}…")
        print()
    return 1 if total and args.strict else 0


# --- store commands: ingest, search, history, export, demo (store/) ---------------------------


def _store_engine(args: argparse.Namespace):
    from store import open_store

    return open_store(args.db)


def _iso_date(value: str):
    import datetime as dt

    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {value!r}") from None


def cmd_ingest(args: argparse.Namespace) -> int:
    from store.ingest import ingest

    summary = ingest(args.paths, _store_engine(args), jobs=args.jobs, reextract=args.reextract,
                     only=_split_csv(args.only), progress=not args.quiet)
    print(summary.format(), file=sys.stderr)
    if summary.interrupted:
        return 130
    return 1 if summary.failed and not (summary.new or summary.unchanged or summary.reextracted) else 0


def cmd_search(args: argparse.Namespace) -> int:
    from store.search import search

    try:
        hits = search(_store_engine(args), args.query, unit=args.unit, province=args.province, kind=args.kind,
                      date_from=args.date_from, date_to=args.date_to, limit=args.limit, match=args.match)
    except ValueError as exc:
        print(f"baocao: error: {exc}", file=sys.stderr)
        return 2
    for i, hit in enumerate(hits, 1):
        if args.json:
            print(json.dumps(hit.to_json(), ensure_ascii=False))
            continue
        where = ", ".join(str(x) for x in (hit.unit, hit.kind, hit.period_start and
                                           f"{hit.period_start}…{hit.period_end}") if x)
        page = f" p.{hit.page}" if hit.page else ""
        print(f"{i}. {hit.source_path} [{hit.start}:{hit.end}]{page}" + (f"  ({where})" if where else ""))
        print(f"   {hit.snippet}")
    return 0 if hits else 1


def cmd_history(args: argparse.Namespace) -> int:
    from store.history import format_history, history

    rows = history(_store_engine(args), args.unit, province=args.province, metric=args.metric)
    if not rows:
        print(f"baocao: no commune-wide figures for {args.unit!r} in {args.db or 'the database'}", file=sys.stderr)
        return 1
    if args.json:
        for row in rows:
            print(json.dumps({**row.__dict__, "period_start": str(row.period_start or ""),
                              "period_end": str(row.period_end or "")}, ensure_ascii=False))
    else:
        print(format_history(rows))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from store.export import export

    try:
        n = export(_store_engine(args), args.what, args.format, args.output)
    except (ValueError, RuntimeError) as exc:
        print(f"baocao: error: {exc}", file=sys.stderr)
        return 2
    print(f"{n} {args.what} row(s)" + (f" written to {args.output}" if args.output else ""), file=sys.stderr)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from store.demo import run_demo

    try:
        _summary, report = run_demo(args.corpus, args.db, jobs=args.jobs)
    except FileNotFoundError as exc:
        print(f"baocao: error: {exc}", file=sys.stderr)
        return 2
    print(report)
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from baocao.evaluate import evaluate

    try:
        report = evaluate(args.corpus, formats=_split_csv(args.formats) or ["txt"], only=_split_csv(args.only),
                          docs=_split_csv(args.docs))
    except ValueError as exc:
        print(f"baocao: error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        sys.stdout.write(report.format_table(verbose=args.verbose))
    return 0  # it measures; it does not gate


def _add_store_commands(sub) -> None:
    import os

    db_help = "database: a path (SQLite) or an SQLAlchemy URL (default: $BAOCAO_DB or baocao.db)"
    p = sub.add_parser("ingest", help="store reports (files, folders, globs, .zip) in the database")
    p.add_argument("paths", nargs="+")
    p.add_argument("--db", help=db_help)
    p.add_argument("--jobs", "-j", type=int, default=os.cpu_count(), help="worker processes (default: all cores)")
    p.add_argument("--reextract", action="store_true",
                   help="re-run stored documents made by other extractor versions (and failed ones)")
    p.add_argument("--only", help="comma-separated extractor names")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("search", help="full-text search of report paragraphs (accent-insensitive)")
    p.add_argument("query")
    p.add_argument("--db", help=db_help)
    p.add_argument("--unit", help="unit name, e.g. 'Thượng Hồng' (accents optional)")
    p.add_argument("--province")
    p.add_argument("--kind", choices=["month", "quarter", "half_year", "nine_months", "year", "other"])
    p.add_argument("--from", dest="date_from", type=_iso_date, help="report period overlaps from this date")
    p.add_argument("--to", dest="date_to", type=_iso_date, help="report period overlaps up to this date")
    p.add_argument("--match", choices=["phrase", "all", "any"], default="phrase",
                   help="words as one phrase (default), all words anywhere, or any word")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true", help="JSON Lines, one hit per line")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("history", help="a unit's figures over its report periods")
    p.add_argument("--unit", required=True, help="unit name (accents optional) or 5-digit code")
    p.add_argument("--province")
    p.add_argument("--metric", help="one metric key, e.g. on_time_rate")
    p.add_argument("--db", help=db_help)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_history)

    p = sub.add_parser("export", help="tidy tables for dashboards (observations or references)")
    p.add_argument("--format", choices=["csv", "json", "parquet"], default="csv")
    p.add_argument("--what", choices=["observations", "references"], default="observations")
    p.add_argument("-o", "--output", help="output file (default: stdout; required for parquet)")
    p.add_argument("--db", help=db_help)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("demo", help="ingest the seed reports into a fresh demo.db and show what it holds")
    p.add_argument("corpus", nargs="?", default="corpus", help="corpus folder holding seeds/ (default: corpus)")
    p.add_argument("--db", help="database to recreate (default: demo.db)")
    p.add_argument("--jobs", "-j", type=int, default=None)
    p.set_defaults(func=cmd_demo)


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

    p = sub.add_parser("check", help="print the validation warnings of reports (figures that do not add up)")
    p.add_argument("paths", nargs="+")
    p.add_argument("--context", action="store_true", help="show the text around each warning")
    p.add_argument("--strict", action="store_true", help="exit 1 when any warning is found")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("eval", help="score the extractors against the gold corpus (corpus/gold)")
    p.add_argument("corpus", nargs="?", default="corpus", help="corpus folder holding gold/ and seeds/ (default: corpus)")
    p.add_argument("--formats", default="txt", help="comma-separated renderings to read: txt,docx,pdf (default: txt)")
    p.add_argument("--only", help="comma-separated extractor names to run")
    p.add_argument("--docs", help="comma-separated gold file stems or prefixes, e.g. 000,001")
    p.add_argument("--json", action="store_true", help="machine-readable report")
    p.add_argument("--verbose", "-v", action="store_true", help="list every missed and spurious fact")
    p.set_defaults(func=cmd_eval)
    _add_store_commands(sub)
    from baocao.serve import add_serve_command  # Datasette itself is imported only when serving

    add_serve_command(sub)
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
