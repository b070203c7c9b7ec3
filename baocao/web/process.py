"""``baocao serve`` in a child process: start it, wait until it answers, stop it by its own pid.

Used by the server tests and to take the documentation screenshots; every wait is bounded.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nobody listens on right now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


@dataclass(frozen=True)
class Server:
    url: str  # http://127.0.0.1:PORT (no trailing slash)
    host: str
    port: int
    pid: int


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url + "/-/versions.json", timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def stop(process: subprocess.Popen, timeout: float = 10.0) -> None:
    """SIGTERM this one process (by its pid), then SIGKILL if it does not exit in time."""
    if process.poll() is not None:
        return
    os.kill(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=timeout)


@contextmanager
def running_server(db: str | os.PathLike, host: str = "127.0.0.1", port: int | None = None,
                   timeout: float = 30.0) -> Iterator[Server]:
    """``python -m baocao.serve --db DB`` (= ``baocao serve``) in a child process, yielded once it answers HTTP.

    Raises RuntimeError (with the server's output) when it exits or does not answer in ``timeout`` s.
    """
    port = port or free_port(host)
    log = open(Path(db).with_suffix(".serve.log"), "w+b")  # a file: a full pipe would block the server
    process = subprocess.Popen(
        [sys.executable, "-m", "baocao.serve", "--db", str(db), "--host", host, "--port", str(port)],
        cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    url = f"http://{host}:{port}"
    try:
        deadline = time.monotonic() + timeout
        while not _answers(url):
            if process.poll() is not None or time.monotonic() > deadline:
                log.seek(0)
                output = log.read().decode("utf-8", "replace")[-3000:]
                state = f"exited with {process.returncode}" if process.poll() is not None else "did not answer"
                raise RuntimeError(f"baocao serve --db {db} {state} within {timeout:.0f}s:\n{output}")
            time.sleep(0.1)
        yield Server(url=url, host=host, port=port, pid=process.pid)
    finally:
        stop(process)
        log.close()
