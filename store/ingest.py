"""``baocao ingest``: many reports into the database, idempotent, resumable, in parallel.

How it goes, per input:
1. hash the bytes; a document is its content, so a copy under another name is the same one;
2. skip it when that content is stored (``reextract``: unless it failed or was made by other
   extractor versions than the installed ones);
3. extract in a worker process (``jobs`` > 1) or in-process (``jobs`` == 1);
4. write it in the parent, one transaction per document (store/write.py), retried while
   another writer holds the database.
Ctrl-C or a crash loses at most the documents in flight, never half of one; running the same
command again finishes the rest.
"""

from __future__ import annotations

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
from store.db import retry_locked
from store.extraction import extract_item
from store.inputs import InputItem, expand_inputs
from store.write import Reason, is_stale, record_failure, stored_state, write_document


@dataclass
class IngestSummary:
    new: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    reextracted: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    interrupted: bool = False
    seconds: float = 0.0

    @property
    def total(self) -> int:
        return len(self.new) + len(self.unchanged) + len(self.reextracted) + len(self.failed)

    def counts(self) -> dict[str, int]:
        return {"new": len(self.new), "unchanged": len(self.unchanged),
                "reextracted": len(self.reextracted), "failed": len(self.failed)}

    def format(self) -> str:
        c = self.counts()
        rate = self.total / self.seconds if self.seconds else 0.0
        lines = [f"{self.total} document(s) in {self.seconds:.1f}s ({rate:.1f} docs/s): "
                 f"{c['new']} new, {c['unchanged']} unchanged, {c['reextracted']} re-extracted, "
                 f"{c['failed']} failed"]
        for path, reason in self.failed:
            lines.append(f"  failed: {reason if reason.startswith(path) else f'{path}: {reason}'}")
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


def _ignore_sigint() -> None:
    # Ctrl-C is the parent's to handle: workers finish their document and are shut down
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _extract_job(item: InputItem, only: tuple[str, ...] | None) -> dict[str, Any]:
    return extract_item(item, only)


class _Ingest:
    def __init__(self, engine: Engine, installed: dict[str, str], reextract: bool, bar: tqdm):
        self.engine = engine
        self.installed = installed
        self.reextract = reextract
        self.bar = bar
        self.summary = IngestSummary()
        self.batch: set[str] = set()  # content hashes met in this run

    def plan(self, item: InputItem) -> tuple[str, Reason] | None:
        """(sha256, why to extract) or None when there is nothing to do for this input."""
        try:
            sha = item.sha256()
        except Exception as exc:
            self.done_failed(item.path, f"{item.path}: cannot be read: {exc}")
            return None
        if sha in self.batch:
            self.done("unchanged", item.path)
            return None
        self.batch.add(sha)
        state = retry_locked(lambda: stored_state(self.engine, sha))
        if state is None:
            return sha, "new"
        if self.reextract and is_stale(state, self.installed):
            return sha, "reextract"
        self.done("unchanged", item.path)
        return None

    def store(self, item: InputItem, sha: str, reason: Reason, payload: dict[str, Any]) -> None:
        try:
            outcome = retry_locked(lambda: write_document(self.engine, sha, payload, reason, self.installed))
        except Exception as exc:  # the document's transaction was rolled back: record why, go on
            message = f"{item.path}: could not be stored: {type(exc).__name__}: {exc}"
            try:
                retry_locked(lambda: record_failure(self.engine, sha, item.path, message))
            finally:
                self.done_failed(item.path, message)
            return
        if outcome == "failed":
            self.done_failed(item.path, payload["line"].get("error") or "failed")
        else:
            self.done(outcome, item.path)

    def done(self, outcome: str, path: str) -> None:
        getattr(self.summary, outcome).append(path)
        self.bar.update(1)

    def done_failed(self, path: str, reason: str) -> None:
        self.summary.failed.append((path, reason))
        self.bar.update(1)


def ingest(
    paths: Iterable[str | Path],
    db: str | Engine | None = None,
    *,
    jobs: int | None = None,
    reextract: bool = False,
    only: Sequence[str] | None = None,
    progress: bool = True,
) -> IngestSummary:
    """Ingest files, folders, globs and .zip archives into ``db``; see the module docstring.

    ``jobs``: worker processes (default: all cores; 1 extracts in this process).
    ``reextract``: re-run stored documents that failed or were made by other extractor versions.
    """
    started = time.monotonic()
    engine = db if isinstance(db, Engine) else open_store(db)
    only_t = tuple(sorted(only)) if only else None
    installed = installed_extractors(only_t)
    items, problems = expand_inputs(paths)
    jobs = max(1, jobs or os.cpu_count() or 1)
    bar = tqdm(total=len(items), unit="doc", file=sys.stderr, disable=not progress, dynamic_ncols=True,
               desc="ingest")
    run = _Ingest(engine, installed, reextract, bar)
    run.summary.failed.extend((p.path, p.error) for p in problems)
    executor: ProcessPoolExecutor | None = None
    try:
        if jobs == 1 or len(items) <= 1:
            for item in items:
                planned = run.plan(item)
                if planned:
                    run.store(item, *planned, extract_item(item, only_t))
        else:
            executor = ProcessPoolExecutor(max_workers=min(jobs, len(items)), initializer=_ignore_sigint)
            pending: dict[Future, tuple[InputItem, str, Reason]] = {}

            def drain(until: int) -> None:
                while len(pending) > until:
                    finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                    for fut in finished:
                        item, sha, reason = pending.pop(fut)
                        try:
                            payload = fut.result()
                        except BrokenProcessPool as exc:
                            run.done_failed(item.path, f"{item.path}: the worker process died ({exc})")
                            continue
                        run.store(item, sha, reason, payload)

            for item in items:
                planned = run.plan(item)
                if planned:
                    pending[executor.submit(_extract_job, item, only_t)] = (item, *planned)
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
