"""Benchmarks of the pipeline on a generated corpus (``make bench``).

    python -m corpus.bench [--txt 300] [--docx 40] [--pdf 20] [--ingest 120] [--search-docs 10000]
                           [--corpus DIR] [--seed 7] [--json] [--keep]

The temporary folder (generated corpus, ingest databases, the grown search database) is removed
at the end, also after an error, unless ``--keep`` or ``--corpus`` is given.

Sized to run in about two minutes on a 2-core machine. Every figure is measured in this run, and
beside each one the baseline of reading alone (TXT decode, python-docx, pypdfium2, pdfplumber), so
the table shows what extraction adds on top of reading:

- extraction throughput, end to end (read + tokenise + every extractor + validation): TXT in
  chars/s and docs/s, DOCX in docs/s, PDF in pages/s;
- ``store.ingest`` docs/s with 1 and 2 workers into temporary SQLite files, each run in a fresh
  child process so that its peak RSS (resource.getrusage; psutil is not used) is its own: the
  parent's for 1 worker, the largest worker's (RUSAGE_CHILDREN) for 2; and the peak of 1 worker
  on a corpus four times smaller, to show whether memory grows with the corpus;
- search latency (median, p95) over ~100 varied queries (accented, folded, upper case, document
  numbers, with and without filters) on a database of ``--search-docs`` documents. Building it
  honestly but fast: the documents of the 2-worker ingest are real; their ``documents`` and
  ``paragraphs`` rows are then copied with ``INSERT ... SELECT`` under new ids and sha256 until
  the count is reached (the FTS index is filled by its triggers, as on a real ingest). The copies
  repeat the text of the real ones, so the index has fewer distinct paragraphs than 10,000 real
  reports would; ``facts`` are not copied (search does not read them);
- the hot path: time per pipeline step (reader, tokenizer, each extractor, validation) on the
  TXT corpus, with perf_counter around each spaCy component.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# --------------------------------------------------------------------------------- machine


def machine() -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"nproc": os.cpu_count(), "cpu": cpu, "python": platform.python_version(),
            "platform": platform.platform()}


def _timed(fn: Callable[[], object]) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def _peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024.0  # Linux: kilobytes


# ------------------------------------------------------------------------------ extraction


def bench_txt(paths: Sequence[Path], profile: dict[str, float]) -> dict:
    """End-to-end TXT extraction, the decode baseline, and the time of each step."""
    from baocao.pipeline import build_nlp
    from extract.readers import read_document
    from extract.registry import Context
    from extract.validation import validate

    nlp = build_nlp(None)
    chars = 0

    def decode() -> None:
        nonlocal chars
        chars = sum(len(p.read_bytes().decode("utf-8")) for p in paths)

    base = _timed(decode)

    def run_all() -> None:
        for path in paths:
            t0 = time.perf_counter()
            document = read_document(path)
            t1 = time.perf_counter()
            ctx = Context(document=document)
            doc = nlp.make_doc(document.text)
            doc._.baocao = ctx
            ctx.doc = doc
            t2 = time.perf_counter()
            profile["read (TXT reader)"] = profile.get("read (TXT reader)", 0.0) + t1 - t0
            profile["tokenise"] = profile.get("tokenise", 0.0) + t2 - t1
            for name, component in nlp.pipeline:
                t = time.perf_counter()
                doc = component(doc)
                profile[f"extractor {name}"] = profile.get(f"extractor {name}", 0.0) + time.perf_counter() - t
            t = time.perf_counter()
            facts = ctx.all_facts()
            [w.to_json() for w in validate(document.text, facts, ctx.meta)]
            [f.to_json() for f in facts]
            profile["validation + output"] = profile.get("validation + output", 0.0) + time.perf_counter() - t

    end_to_end = _timed(run_all)
    return {"docs": len(paths), "chars": chars, "seconds": end_to_end,
            "chars_per_s": chars / end_to_end, "docs_per_s": len(paths) / end_to_end,
            "baseline": "UTF-8 decode", "baseline_chars_per_s": chars / base, "baseline_docs_per_s": len(paths) / base}


def _docx_text(path: Path) -> int:
    import docx

    d = docx.Document(str(path))
    n = sum(len(p.text) for p in d.paragraphs)
    for table in d.tables:
        for row in table.rows:
            n += sum(len(c.text) for c in row.cells)
    return n


def bench_docx(paths: Sequence[Path]) -> dict:
    from baocao.pipeline import process_file

    base = _timed(lambda: [_docx_text(p) for p in paths])
    errors = 0

    def run() -> None:
        nonlocal errors
        errors = sum(1 for p in paths if process_file(p).get("error"))

    seconds = _timed(run)
    return {"docs": len(paths), "seconds": seconds, "docs_per_s": len(paths) / seconds, "errors": errors,
            "baseline": "python-docx paragraphs + tables", "baseline_docs_per_s": len(paths) / base}


def bench_pdf(paths: Sequence[Path]) -> dict:
    import pdfplumber
    import pypdfium2

    from baocao.pipeline import process_file

    pages = 0

    def pdfium() -> None:
        nonlocal pages
        pages = 0
        for p in paths:
            pdf = pypdfium2.PdfDocument(str(p))
            for i in range(len(pdf)):
                page = pdf[i]
                page.get_textpage().get_text_range()
                pages += 1
            pdf.close()

    def plumber() -> None:
        for p in paths:
            with pdfplumber.open(p) as pdf:
                for page in pdf.pages:
                    page.extract_text()

    t_pdfium = _timed(pdfium)
    t_plumber = _timed(plumber)
    errors = 0

    def run() -> None:
        nonlocal errors
        errors = sum(1 for p in paths if process_file(p).get("error"))

    seconds = _timed(run)
    return {"docs": len(paths), "pages": pages, "seconds": seconds, "pages_per_s": pages / seconds,
            "errors": errors, "baseline_pypdfium2_pages_per_s": pages / t_pdfium,
            "baseline_pdfplumber_pages_per_s": pages / t_plumber}


# ---------------------------------------------------------------------------------- ingest


def _ingest_child(args: argparse.Namespace) -> int:
    """Run in a fresh process: ingest the listed files, print JSON (rate and peak RSS)."""
    from store.ingest import ingest

    paths = [line for line in Path(args.ingest_child).read_text().splitlines() if line]
    summary = ingest(paths, args.db, jobs=args.jobs, progress=False)
    print(json.dumps({"docs": summary.total, "new": len(summary.new), "failed": len(summary.failed),
                      "seconds": summary.seconds, "docs_per_s": summary.total / summary.seconds,
                      "rss_self_mb": _peak_rss_mb(), "rss_children_mb": _peak_rss_mb(resource.RUSAGE_CHILDREN),
                      # CPU seconds of the parent (hashing, planning, writing) and of the workers
                      "cpu_parent_s": sum(resource.getrusage(resource.RUSAGE_SELF)[:2]),
                      "cpu_workers_s": sum(resource.getrusage(resource.RUSAGE_CHILDREN)[:2])}))
    return 0


def run_ingest(paths: Sequence[Path], db: Path, jobs: int) -> dict:
    listing = db.with_suffix(".list")
    listing.write_text("\n".join(str(p) for p in paths))
    cmd = [sys.executable, "-m", "corpus.bench", "--ingest-child", str(listing), "--db", str(db), "--jobs", str(jobs)]
    out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise RuntimeError(f"ingest with {jobs} worker(s) failed:\n{out.stderr[-2000:]}")
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["peak_rss_per_worker_mb"] = result["rss_self_mb"] if jobs == 1 else result["rss_children_mb"]
    return result


# ---------------------------------------------------------------------------------- search


def grow_database(db: Path, target: int) -> dict:
    """Copy the ingested documents (and their paragraphs) until ``target`` documents exist."""
    import sqlite3

    con = sqlite3.connect(db)
    real = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    cols = [r[1] for r in con.execute("PRAGMA table_info(documents)") if r[1] not in ("id", "sha256")]
    pcols = [r[1] for r in con.execute("PRAGMA table_info(paragraphs)") if r[1] not in ("id", "document_id")]
    started = time.perf_counter()
    copy = 0
    while True:
        have = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        if have >= target:
            break
        copy += 1
        take = min(real, target - have)
        offset = con.execute("SELECT max(id) FROM documents").fetchone()[0]
        con.execute(
            f"INSERT INTO documents (id, sha256, {', '.join(cols)}) "
            f"SELECT id + ?, sha256 || '-copy{copy}', {', '.join(cols)} FROM documents "
            f"WHERE id IN (SELECT id FROM documents ORDER BY id LIMIT ?)", (offset, take))
        con.execute(
            f"INSERT INTO paragraphs (document_id, {', '.join(pcols)}) "
            f"SELECT p.document_id + ?, {', '.join('p.' + c for c in pcols)} FROM paragraphs p "
            f"WHERE p.document_id IN (SELECT id FROM documents ORDER BY id LIMIT ?)", (offset, take))
        con.commit()
    docs = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    paragraphs = con.execute("SELECT count(*) FROM paragraphs").fetchone()[0]
    con.execute("ANALYZE")
    con.commit()
    con.close()
    return {"real_docs": real, "docs": docs, "paragraphs": paragraphs, "build_seconds": time.perf_counter() - started,
            "db_mb": db.stat().st_size / 1e6}


BASE_QUERIES = (
    "hồ sơ trực tuyến", "thủ tục hành chính", "số hóa hồ sơ", "thanh toán trực tuyến", "tỷ lệ hài lòng",
    "một cửa liên thông", "Bộ chỉ số 766", "đúng hạn", "quá hạn", "từ chối", "yêu cầu bổ sung",
    "Nghị định số 61/2018/NĐ-CP", "61/2018/NĐ-CP", "Thông tư 01/2018/TT-VPCP", "Cổng Dịch vụ công quốc gia",
    "cơ sở dữ liệu quốc gia về dân cư", "phản ánh, kiến nghị", "Trung tâm Phục vụ hành chính công",
    "kiểm soát thủ tục hành chính", "chỉ tiêu giao", "khai thác, sử dụng lại thông tin",
)


def make_queries(db: Path, n: int = 100) -> list[dict]:
    """Accented, folded and upper-case forms of common phrases, document numbers and unit names
    from the database, some with filters (unit, kind)."""
    import random
    import sqlite3

    from normalize.text import fold

    con = sqlite3.connect(db)
    units = [r[0] for r in con.execute("SELECT DISTINCT unit_name FROM documents WHERE unit_name IS NOT NULL LIMIT 40")]
    refs = [r[0] for r in con.execute('SELECT DISTINCT ref_id FROM "references" LIMIT 40')]
    con.close()
    rng = random.Random(0)
    queries: list[dict] = []
    for q in BASE_QUERIES:
        queries += [{"query": q}, {"query": fold(q)}, {"query": q.upper()}]
    queries += [{"query": r} for r in refs[:15]]
    queries += [{"query": u} for u in units[:10]] + [{"query": fold(u)} for u in units[10:20]]
    queries += [{"query": rng.choice(BASE_QUERIES), "unit": u} for u in units[:8]]
    queries += [{"query": rng.choice(BASE_QUERIES), "kind": k} for k in ("month", "quarter", "year")]
    queries += [{"query": "hồ sơ trực tuyến", "match": "all"}, {"query": "số hóa thanh toán", "match": "any"}]
    return queries[:n] if len(queries) > n else queries


def bench_search(db: Path, queries: Sequence[dict]) -> dict:
    from store import open_store
    from store.search import search

    engine = open_store(str(db), units=False)
    for q in queries[:5]:  # warm the page cache
        search(engine, **q)
    times, hits = [], 0
    for q in queries:
        t = time.perf_counter()
        hits += len(search(engine, **q))
        times.append((time.perf_counter() - t) * 1000)
    slowest = sorted(zip(times, [q["query"] for q in queries], strict=True), reverse=True)[:3]
    times.sort()
    import sqlite3

    from store.search import fts_expression, query_terms

    con = sqlite3.connect(db)  # how many paragraphs the slowest queries match (bm25 scores them all)
    matched = [con.execute("SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH ?",
                           (fts_expression(query_terms(q)),)).fetchone()[0] for _t, q in slowest]
    con.close()
    return {"queries": len(queries), "median_ms": statistics.median(times),
            "p95_ms": times[min(len(times) - 1, int(round(0.95 * len(times))) - 1)], "max_ms": times[-1],
            "hits": hits, "slowest": [{"ms": round(t, 1), "query": q, "paragraphs_matched": m}
                                  for (t, q), m in zip(slowest, matched, strict=True)]}


# ------------------------------------------------------------------------------------- run


def keeps_tmp(args: argparse.Namespace) -> bool:
    """Whether the temporary folder stays after the run (``--keep``, or ``--corpus``: reusing files)."""
    return bool(args.keep or args.corpus)


def run(args: argparse.Namespace, tmp: Path) -> dict:
    from corpus.generate import generate

    results: dict = {"machine": machine(), "command": "python -m corpus.bench " + " ".join(sys.argv[1:])}
    corpus = Path(args.corpus) if args.corpus else tmp / "corpus"
    n = max(args.txt, args.ingest)
    t = time.perf_counter()
    generate(corpus, n, args.seed, formats=("txt", "docx", "pdf"), docx_max=args.docx, pdf_max=args.pdf)
    results["generate_seconds"] = time.perf_counter() - t
    txts = sorted((corpus / "seeds").glob("*.txt"))
    docxs = sorted((corpus / "rendered").glob("*.docx"))[: args.docx]
    pdfs = sorted((corpus / "rendered").glob("*.pdf"))[: args.pdf]
    print(f"corpus: {len(txts)} TXT, {len(docxs)} DOCX, {len(pdfs)} PDF in {corpus} "
          f"({results['generate_seconds']:.1f}s)", file=sys.stderr)

    from baocao.pipeline import build_nlp, process_file

    t = time.perf_counter()
    build_nlp(None)
    process_file(txts[0])  # load every lazy table once, outside the timings
    results["startup_seconds"] = time.perf_counter() - t
    profile: dict[str, float] = {}
    results["txt"] = bench_txt(txts[: args.txt], profile)
    total = sum(profile.values())
    results["profile"] = [{"step": k, "seconds": v, "share": v / total, "ms_per_doc": 1000 * v / results["txt"]["docs"]}
                          for k, v in sorted(profile.items(), key=lambda kv: -kv[1])]
    print("txt done", file=sys.stderr)
    results["docx"] = bench_docx(docxs)
    results["pdf"] = bench_pdf(pdfs)
    print("docx, pdf done", file=sys.stderr)

    sample = txts[: args.ingest]
    results["ingest_1"] = run_ingest(sample, tmp / "ingest1.db", 1)
    results["ingest_2"] = run_ingest(sample, tmp / "ingest2.db", 2)
    results["ingest_1_small"] = run_ingest(sample[: max(1, len(sample) // 4)], tmp / "ingest1s.db", 1)
    results["ingest_speedup"] = results["ingest_2"]["docs_per_s"] / results["ingest_1"]["docs_per_s"]
    print("ingest done", file=sys.stderr)

    db = tmp / "ingest2.db"
    results["search_db"] = grow_database(db, args.search_docs)
    results["search"] = bench_search(db, make_queries(db))
    results["tmp"] = str(tmp)
    return results


def format_table(r: dict) -> str:
    m = r["machine"]
    t, d, p = r["txt"], r["docx"], r["pdf"]
    i1, i2, i1s = r["ingest_1"], r["ingest_2"], r["ingest_1_small"]
    s, sdb = r["search"], r["search_db"]
    lines = [
        f"machine: {m['nproc']} cores, {m['cpu']}, Python {m['python']}",
        f"corpus generated in {r['generate_seconds']:.1f}s; pipeline start-up (spaCy, tables) {r['startup_seconds']:.2f}s",
        "",
        f"{'measure':<44}{'pipeline':>16}{'reading only':>18}",
        f"{'TXT chars/s (' + str(t['docs']) + ' docs, ' + format(t['chars'], ',') + ' chars)':<44}"
        f"{t['chars_per_s']:>16,.0f}{t['baseline_chars_per_s']:>18,.0f}",
        f"{'TXT docs/s':<44}{t['docs_per_s']:>16.1f}{t['baseline_docs_per_s']:>18.1f}",
        f"{'DOCX docs/s (' + str(d['docs']) + ' docs)':<44}{d['docs_per_s']:>16.1f}{d['baseline_docs_per_s']:>18.1f}",
        f"{'PDF pages/s (' + str(p['pages']) + ' pages; base: pypdfium2)':<44}{p['pages_per_s']:>16.1f}"
        f"{p['baseline_pypdfium2_pages_per_s']:>18.1f}",
        f"{'PDF pages/s, base: pdfplumber text':<44}{'':>16}{p['baseline_pdfplumber_pages_per_s']:>18.1f}",
        f"{'ingest docs/s, 1 worker (' + str(i1['docs']) + ' TXT)':<44}{i1['docs_per_s']:>16.1f}",
        f"{'ingest docs/s, 2 workers':<44}{i2['docs_per_s']:>16.1f}   speed-up {r['ingest_speedup']:.2f}x",
        f"{'peak RSS per worker, 1 worker (MB)':<44}{i1['peak_rss_per_worker_mb']:>16.0f}"
        f"   ({i1s['docs']} docs: {i1s['peak_rss_per_worker_mb']:.0f} MB)",
        f"{'peak RSS per worker, 2 workers (MB)':<44}{i2['peak_rss_per_worker_mb']:>16.0f}"
        f"   (parent {i2['rss_self_mb']:.0f} MB)",
        f"{'search median / p95 ms (' + str(s['queries']) + ' queries)':<44}"
        f"{s['median_ms']:>9.1f} / {s['p95_ms']:.1f}",
        f"  on {sdb['docs']:,} documents ({sdb['real_docs']} ingested, the rest copied), "
        f"{sdb['paragraphs']:,} paragraphs, {sdb['db_mb']:.0f} MB; slowest: "
        + ", ".join(f"{x['query']!r} {x['ms']} ms ({x['paragraphs_matched']:,} paragraphs match)" for x in s["slowest"]),
        f"  ingest CPU: 1 worker {i1['cpu_parent_s']:.1f}s in-process over {i1['seconds']:.1f}s wall; 2 workers: parent "
        f"{i2['cpu_parent_s']:.1f}s, workers {i2['cpu_workers_s']:.1f}s over {i2['seconds']:.1f}s wall",
        "",
        "hot path on the TXT corpus (time per step):",
    ]
    for row in r["profile"]:
        lines.append(f"  {row['step']:<28}{row['ms_per_doc']:>8.2f} ms/doc{100 * row['share']:>8.1f}%")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m corpus.bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--txt", type=int, default=300, help="TXT reports for the extraction benchmark")
    parser.add_argument("--docx", type=int, default=40)
    parser.add_argument("--pdf", type=int, default=20)
    parser.add_argument("--ingest", type=int, default=120, help="TXT reports ingested (per worker setting)")
    parser.add_argument("--search-docs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--corpus", help="generate into (or reuse) this folder instead of a temporary one")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--keep", action="store_true",
                        help="keep the temporary folder (corpus, databases); removed by default unless --corpus")
    parser.add_argument("--ingest-child", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--jobs", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.ingest_child:
        return _ingest_child(args)
    started = time.perf_counter()
    tmp = Path(tempfile.mkdtemp(prefix="baocao-bench-"))
    try:
        results = run(args, tmp)
    finally:
        if not keeps_tmp(args):
            shutil.rmtree(tmp, ignore_errors=True)
    results["total_seconds"] = time.perf_counter() - started
    results["tmp_kept"] = keeps_tmp(args)
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    else:
        print(format_table(results))
        where = f"temporary files in {results['tmp']}" if results["tmp_kept"] else "temporary files removed"
        print(f"\ntotal {results['total_seconds']:.0f}s; {where}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
