"""The ``baocao`` command line: thin wrappers over Python functions."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from extract.errors import ReadError

# baocao.pipeline (spaCy) is imported by the commands that need it, inside main()'s Ctrl-C guard,
# so that `baocao --help` is fast and an early Ctrl-C never prints a traceback


def _split_csv(value: str | None) -> list[str] | None:
    if not value:
        return None
    return [v.strip() for v in value.split(",") if v.strip()]


def cmd_text(args: argparse.Namespace) -> int:
    from extract.readers import read_document

    path, data = args.path, None
    archive, sep, member = str(args.path).partition("!")
    if sep and not Path(args.path).exists() and Path(archive).is_file():  # archive.zip!member.pdf
        import zipfile

        try:
            with zipfile.ZipFile(archive) as zf:
                data = zf.read(member)
        except (zipfile.BadZipFile, KeyError, OSError) as exc:
            print(f"baocao: error: {args.path}: cannot be read from the archive: {exc}", file=sys.stderr)
            return 1
    try:
        document = read_document(path, data)
    except ReadError as exc:
        print(f"baocao: error: {exc}", file=sys.stderr)
        return 1
    sys.stdout.write(document.text)
    if not document.text.endswith("\n"):
        sys.stdout.write("\n")
    return 0


def _input_error_line(path: str, message: str) -> dict:
    """The output line of an argument that named no readable document (missing path, bad zip)."""
    prefix = f"{path}: "
    reason = message[len(prefix):] if message.startswith(prefix) else message
    from baocao import pipeline

    return pipeline.error_line(path, ReadError(path, reason))


def iter_inputs(args: Sequence[str]) -> Iterator[tuple[str, bytes | None] | dict]:
    """What ``baocao extract``/``check`` read, in argument order: files, folders (recursive),
    globs and .zip archives, expanded as ``baocao ingest`` does (store.inputs.expand_inputs).

    Yields ``(path, data)`` per document (``data`` is set for a zip member, whose path is
    ``archive.zip!member``) or, for an argument that gave no document, its error line.
    """
    from store.inputs import expand_inputs

    seen: set[str] = set()
    for arg in args:
        items, problems = expand_inputs([arg])
        if not items and not problems:  # a folder (or a glob of folders) holding no report
            yield _input_error_line(str(arg), "no .txt, .docx, .pdf or .zip report in this folder")
            continue
        for problem in problems:
            yield _input_error_line(problem.path, problem.error)
        for item in items:
            if item.path in seen:
                continue
            seen.add(item.path)
            if item.member is None:
                yield item.path, None
                continue
            try:
                data = item.read_bytes()
            except Exception as exc:  # a damaged member: its own error line
                yield _input_error_line(item.path, f"cannot be read from the archive: {type(exc).__name__}: {exc}")
                continue
            yield item.path, data


def _process_inputs(paths: Sequence[str], only: Sequence[str] | None = None) -> Iterator[tuple[dict, bytes | None]]:
    from baocao import pipeline

    for entry in iter_inputs(paths):
        if isinstance(entry, dict):
            yield entry, None
        else:
            path, data = entry
            yield pipeline.process_file(path, only, data=data), data


def _utf8_stdout() -> None:
    """The contract's output is UTF-8 whatever the locale says (a C locale or a Windows console)."""
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "")
    if encoding != "utf8" and hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")


def _checked_only(value: str | None) -> list[str] | None:
    """The --only names, checked once before any file is read (KeyError names the unknown ones)."""
    from baocao import pipeline

    return pipeline.check_extractor_names(_split_csv(value))


def cmd_extract(args: argparse.Namespace) -> int:
    only = _checked_only(args.only)  # unknown names: KeyError, reported by main() (exit 2)
    _utf8_stdout()
    failed = total = 0
    out = sys.stdout
    for line, _data in _process_inputs(args.paths, only):
        total += 1
        if line.get("error"):
            failed += 1
            print(f"baocao: error: {line['error']}", file=sys.stderr)
        if args.format == "json":
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
        else:
            _print_pretty(line, out)
        out.flush()
    return 1 if failed and failed == total else 0


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
    """Print what does not add up in each report: the warnings of the validation step.

    Unreadable files are reported on stderr; ``--strict`` exits 1 on any warning or error.
    """
    total = errors = 0
    for line, data in _process_inputs(args.paths):
        path = line["source"]["path"]
        if line.get("error"):
            errors += 1
            print(f"baocao: error: {line['error']}", file=sys.stderr)
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

                    text = read_document(path, data).text
                for s, e in w["spans"][:3]:
                    snippet = " ".join(text[max(0, s - 40) : e + 20].split())
                    print(f"      at {s}-{e}: …{snippet}…")
        print()
        sys.stdout.flush()
    return 1 if (total or errors) and args.strict else 0


# --- store commands: ingest, search, history, export, demo (store/) ---------------------------


def _store_engine(args: argparse.Namespace):
    from store import open_store

    return open_store(args.db)


def _existing_engine(args: argparse.Namespace):
    """The engine of an existing database, or None after printing why there is none."""
    from store import NoSuchDatabase, open_existing

    try:
        return open_existing(args.db)
    except NoSuchDatabase as exc:
        print(f"baocao: error: {exc}", file=sys.stderr)
        return None


def _iso_date(value: str):
    import datetime as dt

    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {value!r}") from None


def cmd_ingest(args: argparse.Namespace) -> int:
    from store.ingest import ingest

    only = _checked_only(args.only)  # unknown names: KeyError, reported by main() (exit 2)
    engine = _store_engine(args)
    try:
        summary = ingest(args.paths, engine, jobs=args.jobs, reextract=args.reextract,
                         only=only, progress=not args.quiet, retry_failed=args.retry_failed)
    finally:
        engine.dispose()
    print(summary.format(), file=sys.stderr)
    if summary.interrupted:
        return 130
    return 1 if (summary.failed or summary.still_failed) and not summary.stored else 0


def cmd_search(args: argparse.Namespace) -> int:
    from store.search import search

    engine = _existing_engine(args)
    if engine is None:
        return 2
    try:
        hits = search(engine, args.query, unit=args.unit, province=args.province, kind=args.kind,
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

    engine = _existing_engine(args)
    if engine is None:
        return 2
    rows = history(engine, args.unit, province=args.province, metric=args.metric, scope=args.scope,
                   all_scopes=args.all_scopes)
    if not rows:
        which = (f"figures of scope {args.scope!r}" if args.scope else
                 "figures" if args.all_scopes else "commune-wide figures")
        print(f"baocao: no {which} for {args.unit!r} in {args.db or 'the database'}", file=sys.stderr)
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

    engine = _existing_engine(args)
    if engine is None:
        return 2
    try:
        n = export(engine, args.what, args.format, args.output)
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

    gold = Path(args.corpus) / "gold"
    if not any(gold.glob("*.json")):
        what = "has no gold/*.json files" if gold.is_dir() else "does not exist"
        print(f"baocao: error: {args.corpus} is not a gold corpus: expected gold files in {gold}, which {what}",
              file=sys.stderr)
        return 2
    _checked_only(args.only)  # unknown names: KeyError, reported by main() (exit 2)
    try:
        report = evaluate(args.corpus, formats=_split_csv(args.formats) or ["txt"], only=_split_csv(args.only),
                          docs=_split_csv(args.docs))
    except ValueError as exc:
        print(f"baocao: error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        sys.stdout.write(report.format_table(verbose=args.verbose, limit=0 if args.scores_only else 15))
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
    p.add_argument("--retry-failed", action="store_true", help="re-run the stored documents that failed")
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
    scope = p.add_mutually_exclusive_group()
    scope.add_argument("--scope", help="one sub-unit or field (spelling variants grouped), e.g. 'Phòng Kinh tế'")
    scope.add_argument("--all-scopes", action="store_true", help="the unit as a whole and every sub-unit/field")
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
    shown = p.add_mutually_exclusive_group()
    shown.add_argument("--verbose", "-v", action="store_true", help="list every missed and spurious fact")
    shown.add_argument("--scores-only", action="store_true",
                       help="the numbers, no missed or spurious fact (a sealed set's measurement)")
    p.set_defaults(func=cmd_eval)
    _add_store_commands(sub)
    from baocao.serve import add_serve_command  # Datasette itself is imported only when serving

    add_serve_command(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        return args.func(args)
    except KeyError as exc:  # unknown extractor names and the like
        print(f"baocao: error: {exc.args[0]}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        try:
            sys.stdout.flush()
        except Exception:  # noqa: BLE001 - a closed or broken stdout must not hide the message
            pass
        print("\nbaocao: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
