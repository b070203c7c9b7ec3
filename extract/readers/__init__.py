"""Readers: one file in, one Document out, or a typed ReadError naming the file and the problem.

The format is decided from the file's first bytes, not only its name, so a renamed or
truncated file gets an error that says what it really is.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from extract.document import Document, Source
from extract.errors import CorruptFile, EmptyFile, ReadError, UnsupportedFormat

SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "txt", ".docx": "docx", ".pdf": "pdf"}


def sniff_format(path: Path, data: bytes) -> str:
    suffix = SUFFIXES.get(path.suffix.lower())
    head = data[:8]
    if head.startswith(b"%PDF-"):
        return "pdf"
    if suffix == "pdf":
        raise CorruptFile(str(path), "not a PDF: the file does not start with %PDF-")
    if suffix == "docx":
        if not head.startswith(b"PK\x03\x04"):
            raise CorruptFile(str(path), "not a DOCX: the file is not a ZIP package")
        return "docx"
    if suffix == "txt":
        return "txt"
    if path.suffix.lower() == ".doc":
        raise UnsupportedFormat(str(path), "legacy Word .doc is not supported: save it as .docx")
    raise UnsupportedFormat(str(path), f"unsupported file type {path.suffix or '(no extension)'}: expected .txt, .docx or .pdf")


def read_document(path: str | Path) -> Document:
    """Read a TXT, DOCX or PDF report into a Document.

    Raises a subclass of :class:`extract.errors.ReadError` (never anything else) when the file
    cannot be read: missing, empty, corrupt, encrypted, image-only, or of an unknown format.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ReadError(str(path), "no such file") from None
    except IsADirectoryError:
        raise ReadError(str(path), "is a directory, not a file") from None
    except OSError as exc:
        raise ReadError(str(path), f"cannot be read: {exc.strerror or exc}") from None
    if not data:
        raise EmptyFile(str(path), "empty file (0 bytes)")
    fmt = sniff_format(path, data)
    source = Source(path=str(path), sha256=hashlib.sha256(data).hexdigest(), format=fmt)  # type: ignore[arg-type]
    try:
        if fmt == "txt":
            from extract.readers.txt import read_txt

            return read_txt(data, source)
        if fmt == "docx":
            from extract.readers.docx import read_docx

            return read_docx(data, source)
        from extract.readers.pdf import read_pdf

        return read_pdf(data, source)
    except ReadError:
        raise
    except Exception as exc:  # a library choked on a malformed file: say so, name the file
        raise CorruptFile(str(path), f"cannot be read as {fmt.upper()}: {type(exc).__name__}: {exc}") from exc
