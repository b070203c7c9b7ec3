"""What ``baocao ingest PATH...`` reads: files, folders (recursive), globs and .zip archives.

Each input becomes an :class:`InputItem`; a zip member's path is ``archive.zip!member.pdf``.
Folders contribute only report-like files (and zips); a file named explicitly is always
taken, so that a wrong file gets a recorded error rather than silence.
"""

from __future__ import annotations

import glob
import hashlib
import os
import zipfile
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

FOLDER_SUFFIXES = frozenset({".txt", ".docx", ".pdf", ".doc", ".zip"})
MEMBER_SUFFIXES = frozenset({".txt", ".docx", ".pdf", ".doc"})
ZIP_SEPARATOR = "!"
ARCHIVE_SUFFIXES = frozenset({".zip"})
# open archives kept per process (a worker reads many members of one archive in a row)
MAX_OPEN_ARCHIVES = 4

_ARCHIVES: OrderedDict[str, zipfile.ZipFile] = OrderedDict()
_ARCHIVES_PID = [os.getpid()]


def _archive(file: str) -> zipfile.ZipFile:
    """One open ZipFile per archive per process (reopening it for every member is quadratic:
    each open reads the whole central directory). A forked worker never uses its parent's
    objects: they share the parent's file offset."""
    if _ARCHIVES_PID[0] != os.getpid():
        _ARCHIVES.clear()  # the parent's: not closed here, the parent still owns them
        _ARCHIVES_PID[0] = os.getpid()
    zf = _ARCHIVES.get(file)
    if zf is None:
        zf = _ARCHIVES[file] = zipfile.ZipFile(file)
        while len(_ARCHIVES) > MAX_OPEN_ARCHIVES:
            _ARCHIVES.popitem(last=False)[1].close()
    else:
        _ARCHIVES.move_to_end(file)
    return zf


def close_archives() -> None:
    """Close the archives this process holds open."""
    if _ARCHIVES_PID[0] == os.getpid():
        for zf in _ARCHIVES.values():
            zf.close()
    _ARCHIVES.clear()
    _ARCHIVES_PID[0] = os.getpid()


@dataclass(frozen=True, slots=True)
class InputItem:
    """One document to ingest: a file, or a member of a zip archive."""

    path: str  # what the database records: "reports/q2.pdf" or "batch.zip!q2.pdf"
    file: str  # the file on disk (the archive, for a member)
    member: str | None = None

    def read_bytes(self) -> bytes:
        """The document's bytes; a member is read from this process's open archive."""
        if self.member is None:
            return Path(self.file).read_bytes()
        return _archive(self.file).read(self.member)

    def sha256(self) -> str:
        return hashlib.sha256(self.read_bytes()).hexdigest()


@dataclass(frozen=True, slots=True)
class InputProblem:
    """An argument that gave no document: a missing path, an unreadable archive."""

    path: str
    error: str


def _is_zip(path: Path) -> bool:
    return path.suffix.lower() == ".zip"


def _zip_members(path: Path) -> Iterator[InputItem | InputProblem]:
    try:
        with zipfile.ZipFile(path) as zf:
            names = [
                info.filename for info in zf.infolist()
                if not info.is_dir() and not info.filename.startswith("__MACOSX/")
                and Path(info.filename).suffix.lower() in MEMBER_SUFFIXES | ARCHIVE_SUFFIXES
                and not Path(info.filename).name.startswith(".")
            ]
    except (zipfile.BadZipFile, OSError) as exc:
        yield InputProblem(str(path), f"{path}: not a readable zip archive ({exc})")
        return
    for name in sorted(names):
        member = f"{path}{ZIP_SEPARATOR}{name}"
        if Path(name).suffix.lower() in ARCHIVE_SUFFIXES:
            yield InputProblem(member, f"{member}: nested archive not supported: unzip it first")
        else:
            yield InputItem(member, str(path), name)


def _from_file(path: Path) -> Iterator[InputItem | InputProblem]:
    if _is_zip(path):
        yield from _zip_members(path)
    else:
        yield InputItem(str(path), str(path))


def _from_folder(folder: Path) -> Iterator[InputItem | InputProblem]:
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.suffix.lower() in FOLDER_SUFFIXES and not path.name.startswith("."):
            yield from _from_file(path)


def expand_inputs(args: Iterable[str | Path]) -> tuple[list[InputItem], list[InputProblem]]:
    """Every document named by ``args``, each once, in a stable order; plus what could not be used."""
    items: list[InputItem] = []
    problems: list[InputProblem] = []
    seen: set[str] = set()
    for arg in args:
        path = Path(arg)
        found: Iterable[InputItem | InputProblem]
        if path.is_dir():
            found = _from_folder(path)
        elif path.is_file():
            found = _from_file(path)
        elif glob.has_magic(str(arg)):
            matches = sorted(glob.glob(str(arg), recursive=True))
            if not matches:
                problems.append(InputProblem(str(arg), f"{arg}: no file matches this pattern"))
            found = (x for m in matches for x in (_from_folder(Path(m)) if Path(m).is_dir() else _from_file(Path(m))))
        else:
            problems.append(InputProblem(str(arg), f"{arg}: no such file or folder"))
            continue
        for x in found:
            if isinstance(x, InputProblem):
                problems.append(x)
            elif x.path not in seen:
                seen.add(x.path)
                items.append(x)
    return items, problems
