"""``baocao ingest``: many reports into the database, idempotent, resumable, in parallel.

How it goes, per input:
1. read its bytes (once: they are hashed, then extracted from memory; a worker keeps each zip
   archive open) and hash them; a document is its content, so a copy under another name is the
   same one;
2. skip it when that content is stored (``reextract``: unless it failed or was made by other
   extractor versions than the installed ones; ``retry_failed``: unless it failed). A stored
   document that failed is reported "still failed", with its error;
3. extract it and turn the result into ready-to-insert rows (store.write.prepare_document);
4. write it, one transaction per document (store/write.py), retried while another writer
   holds the database. A new content under a path that already names a stored document is a
   corrected version: the older one is marked superseded (left out of history and export) and
   the summary says "changed".
Steps 1-3 run in the worker processes (``jobs`` > 1: they read the database only to check
what is stored) or in-process (``jobs`` == 1); the parent only does step 4, the one that must
be serial, and checks again under the write lock before writing. The pool starts once (forked
after the pipeline is built, so the workers do not build it again), gets the inputs in small
chunks and never has more than a few chunks in flight.
Ctrl-C or a crash loses at most the documents in flight, never half of one; running the same
command again finishes the rest.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import signal
import sys
import time
import warnings
from collections.abc import Iterable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from tqdm import tqdm

from store import open_store
from store.db import make_engine, retry_locked
from store.extraction import extract_item
from store.inputs import InputItem, close_archives, expand_inputs
from store.write import (
    PreparedDocument,
    Reason,
    is_stale,
    prepare_document,
    record_failure,
    stored_state,
    write_prepared,
)


def _named(path: str, reason: str) -> str:
    return reason if reason.startswith(path) else f"{path}: {reason}"


@dataclass
class IngestSummary:
    new: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)  # a new version under a stored path
    unchanged: list[str] = field(default_factory=list)
    reextracted: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    still_failed: list[tuple[str, str]] = field(default_factory=list)  # stored failed before, not retried
    interrupted: bool = False
    seconds: float = 0.0

    @property
    def total(self) -> int:
        return sum(self.counts().values())

    @property
    def stored(self) -> bool:
        """Whether any input is in the database in good order (new, changed, unchanged...)."""
        return bool(self.new or self.changed or self.unchanged or self.reextracted)

    def counts(self) -> dict[str, int]:
        return {"new": len(self.new), "changed": len(self.changed), "unchanged": len(self.unchanged),
                "reextracted": len(self.reextracted), "failed": len(self.failed),
                "still_failed": len(self.still_failed)}

    def format(self) -> str:
        c = self.counts()
        rate = self.total / self.seconds if self.seconds else 0.0
        lines = [f"{self.total} document(s) in {self.seconds:.1f}s ({rate:.1f} docs/s): "
                 f"{c['new']} new, {c['changed']} changed, {c['unchanged']} unchanged, "
                 f"{c['reextracted']} re-extracted, {c['failed']} failed, {c['still_failed']} still failed"]
        for path in self.changed:
            lines.append(f"  changed: {path} (the version stored before is superseded)")
        for path, reason in self.failed:
            lines.append(f"  failed: {_named(path, reason)}")
        for path, reason in self.still_failed:
            lines.append(f"  still failed: {_named(path, reason)}")
        if self.still_failed:
            lines.append("  (stored as failed by an earlier run; --retry-failed tries them again)")
        if self.interrupted:
            lines.append("  interrupted: run the same command again to ingest the rest")
        return "\n".join(lines)


def installed_extractors(only: Sequence[str] | None = None) -> dict[str, str]:
    """name -> version of the extractors a run would use (what documents are stamped with)."""
    from extract.registry import discover, resolve_order

    try:
        available = discover()
    except Exception as exc:  # a broken plugin set: every document will say why it failed
        warnings.warn(f"extractors could not be loaded: {type(exc).__name__}: {exc}", RuntimeWarning, stacklevel=2)
        return {}
    names = resolve_order(list(only) if only else list(available), available)
    return {name: available[name].version for name in names}


# ------------------------------------------------------------------------ the worker side


@dataclass(frozen=True)
class _Settings:
    """What every worker needs; sent once, to the pool's initializer."""

    url: str
    installed: dict[str, str]
    reextract: bool
    only: tuple[str, ...] | None
    retry_failed: bool = False


# (kind, path, sha256, reason, prepared document or error message)
#   kind: "failed" (unreadable input, message), "unchanged" (stored already), "still_failed"
#   (stored as failed already, its stored error), "extracted"
_Result = tuple[str, str, str | None, Reason | None, PreparedDocument | str | None]

_WORKER: dict[str, Any] = {}  # this worker process's settings and read-only engine


def _init_worker(settings: _Settings) -> None:
    # Ctrl-C is the parent's to handle: workers finish their document and are shut down
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER["settings"] = settings
    _WORKER["engine"] = make_engine(settings.url)


def _prepare(item: InputItem, settings: _Settings, engine: Engine) -> _Result:
    """Read, hash, check what is stored, extract and build the rows of one input (never writes).

    The bytes are read once: hashed, then handed to the reader."""
    try:
        data = item.read_bytes()
    except Exception as exc:
        return "failed", item.path, None, None, f"{item.path}: cannot be read: {exc}"
    sha = hashlib.sha256(data).hexdigest()
    state = retry_locked(lambda: stored_state(engine, sha))
    if state is None:
        reason: Reason = "new"
    elif ((settings.reextract and is_stale(state, settings.installed))
          or (settings.retry_failed and state.status == "failed")):
        reason = "reextract"
    elif state.status == "failed":
        return "still_failed", item.path, sha, None, state.error or "failed"
    else:
        return "unchanged", item.path, sha, None, None
    payload = extract_item(item, settings.only, data)
    try:
        prepared: PreparedDocument | str = prepare_document(sha, payload, engine.dialect)
    except Exception as exc:  # recorded as a document that could not be stored
        prepared = f"{item.path}: could not be stored: {type(exc).__name__}: {exc}"
    return "extracted", item.path, sha, reason, prepared


def _prepare_chunk(items: list[InputItem]) -> list[_Result]:
    return [_prepare(item, _WORKER["settings"], _WORKER["engine"]) for item in items]


# ------------------------------------------------------------------------ the writer side


class _Ingest:
    def __init__(self, engine: Engine, installed: dict[str, str], bar: tqdm):
        self.engine = engine
        self.installed = installed
        self.bar = bar
        self.summary = IngestSummary()
        self.batch: set[str] = set()  # content hashes met in this run

    def take(self, result: _Result) -> None:
        kind, path, sha, reason, prepared = result
        if kind == "failed" or sha is None:
            self.done_failed(path, str(prepared))
            return
        if sha in self.batch:  # the same content twice in this run: stored (or skipped) once
            self.done("unchanged", path)
            return
        self.batch.add(sha)
        if kind == "still_failed":
            self.summary.still_failed.append((path, str(prepared)))
            self.bar.update(1)
        elif kind == "unchanged" or reason is None:
            self.done("unchanged", path)
        elif isinstance(prepared, PreparedDocument):
            self.store(path, sha, reason, prepared)
        else:
            self.fail_to_store(path, sha, str(prepared))

    def store(self, path: str, sha: str, reason: Reason, doc: PreparedDocument) -> None:
        try:
            outcome = retry_locked(lambda: write_prepared(self.engine, doc, reason, self.installed))
        except Exception as exc:  # the document's transaction was rolled back: record why, go on
            self.fail_to_store(path, sha, f"{path}: could not be stored: {type(exc).__name__}: {exc}")
            return
        if outcome == "failed":
            self.done_failed(path, doc.error or "failed")
        else:
            self.done(outcome, path)

    def fail_to_store(self, path: str, sha: str, message: str) -> None:
        try:
            retry_locked(lambda: record_failure(self.engine, sha, path, message))
        finally:
            self.done_failed(path, message)

    def done(self, outcome: str, path: str) -> None:
        getattr(self.summary, outcome).append(path)
        self.bar.update(1)

    def done_failed(self, path: str, reason: str) -> None:
        self.summary.failed.append((path, reason))
        self.bar.update(1)


def _shareable(engine: Engine) -> bool:
    """Whether worker processes can open the same database (not an in-memory SQLite one)."""
    database = engine.url.database
    return not (engine.dialect.name == "sqlite" and (not database or database == ":memory:"
                                                      or "mode=memory" in str(engine.url)))


def _chunk_size(n_items: int, jobs: int) -> int:
    """Small enough to keep every worker busy to the end and commits flowing, big enough that
    the per-task round trip does not count (a document takes tens of milliseconds)."""
    return max(1, min(8, n_items // (jobs * 8)))


def ingest(
    paths: Iterable[str | Path],
    db: str | Engine | None = None,
    *,
    jobs: int | None = None,
    reextract: bool = False,
    only: Sequence[str] | None = None,
    progress: bool = True,
    retry_failed: bool = False,
) -> IngestSummary:
    """Ingest files, folders, globs and .zip archives into ``db``; see the module docstring.

    ``jobs``: worker processes (default: all cores; 1 extracts in this process).
    ``reextract``: re-run stored documents that failed or were made by other extractor versions.
    ``retry_failed``: re-run stored documents that failed (only those).
    An engine made here (``db`` not an Engine) is disposed at the end; on SQLite the write-ahead
    log is checkpointed into the file either way, so the database is whole once this returns.
    """
    started = time.monotonic()
    owned = not isinstance(db, Engine)
    engine = open_store(db) if owned else db
    try:
        return _ingest(paths, engine, jobs=jobs, reextract=reextract, only=only, progress=progress,
                       retry_failed=retry_failed, started=started)
    finally:
        close_archives()
        checkpoint(engine)
        if owned:
            engine.dispose()


def checkpoint(engine: Engine) -> None:
    """Merge SQLite's write-ahead log into the database file and truncate it (best effort: with
    another writer at work it merges what it can)."""
    if engine.dialect.name != "sqlite" or not _shareable(engine):
        return
    try:
        raw = engine.raw_connection()
    except Exception:
        return
    try:
        cur = raw.cursor()
        cur.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cur.fetchall()
        cur.close()
    except Exception:  # busy or read-only: the next ingest or the last connection's close merges it
        pass
    finally:
        raw.close()


def _ingest(paths: Iterable[str | Path], engine: Engine, *, jobs: int | None, reextract: bool,
            only: Sequence[str] | None, progress: bool, retry_failed: bool, started: float) -> IngestSummary:
    only_t = tuple(sorted(only)) if only else None
    installed = installed_extractors(only_t)
    items, problems = expand_inputs(paths)
    jobs = max(1, jobs or os.cpu_count() or 1)
    if not _shareable(engine):
        jobs = 1
    settings = _Settings(engine.url.render_as_string(hide_password=False), installed, reextract, only_t,
                         retry_failed)
    bar = tqdm(total=len(items), unit="doc", file=sys.stderr, disable=not progress, dynamic_ncols=True,
               desc="ingest")
    run = _Ingest(engine, installed, bar)
    run.summary.failed.extend((p.path, p.error) for p in problems)
    executor: ProcessPoolExecutor | None = None
    try:
        if jobs == 1 or len(items) <= 1:
            for item in items:
                run.take(_prepare(item, settings, engine))
        else:
            executor = _start_pool(min(jobs, len(items)), settings)
            chunk = _chunk_size(len(items), jobs)
            pending: dict[Future, list[InputItem]] = {}

            def drain(until: int) -> None:
                while len(pending) > until:
                    finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                    for fut in finished:
                        chunk_items = pending.pop(fut)
                        try:
                            results = fut.result()
                        except BrokenProcessPool as exc:
                            for item in chunk_items:
                                run.done_failed(item.path, f"{item.path}: the worker process died ({exc})")
                            continue
                        for result in results:
                            run.take(result)

            for start in range(0, len(items), chunk):
                part = items[start : start + chunk]
                pending[executor.submit(_prepare_chunk, part)] = part
                drain(2 * jobs)
            drain(0)
    except KeyboardInterrupt:
        run.summary.interrupted = True
    finally:
        if executor is not None:
            executor.shutdown(wait=not run.summary.interrupted, cancel_futures=True)
        bar.close()
    run.summary.seconds = time.monotonic() - started
    return run.summary


# a few lines in the genre, extracted once before the pool forks: every extractor loads its
# tables on its first document, and the workers then share them instead of each loading them
_WARM_UP = """ỦY BAN NHÂN DÂN XÃ AN BÌNH
Số: 12/BC-UBND	An Bình, ngày 20 tháng 4 năm 2026

BÁO CÁO
Kết quả thực hiện công tác kiểm soát thủ tục hành chính quý I năm 2026

Thực hiện Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ, Ủy ban nhân dân xã báo cáo như sau:
Tổng số hồ sơ tiếp nhận: 120 hồ sơ, trong đó trực tuyến 100 hồ sơ (đạt 83,3%); đã giải quyết 118 hồ sơ.
"""


def _warm_up(only: tuple[str, ...] | None) -> None:
    from baocao.pipeline import build_nlp, extract_document
    from extract.document import Source
    from extract.readers.txt import read_txt
    from normalize.text import name_key

    data = _WARM_UP.encode("utf-8")
    name_key("Ủy ban nhân dân")  # imports underthesea once, before the workers are forked
    try:
        build_nlp(only)
        extract_document(read_txt(data, Source("warm-up.txt", "0" * 64, "txt")), only)
    except Exception:  # a broken plugin set or extractor: every document will say why it failed
        pass


def _start_pool(workers: int, settings: _Settings) -> ProcessPoolExecutor:
    """Workers forked after the pipeline is built and warm here (once), so that they share it."""
    if "fork" in multiprocessing.get_all_start_methods():
        _warm_up(settings.only)
        context = multiprocessing.get_context("fork")
    else:
        context = multiprocessing.get_context()
    return ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_init_worker,
                               initargs=(settings,))
