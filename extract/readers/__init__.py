"""Readers: one file in, one Document out, or a typed ReadError naming the file and the problem.

The format is decided from the file's first bytes, not only its name, so a renamed or
truncated file gets an error that says what it really is.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

from extract.document import Document, Source
from extract.errors import CorruptFile, EmptyFile, NoTextLayer, ReadError, UnsupportedFormat

SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "txt", ".docx": "docx", ".pdf": "pdf"}
PDF_MAGIC = b"%PDF-"
ZIP_MAGIC = b"PK\x03\x04"
DOCX_MAIN_PART = "word/document.xml"


def _is_docx_package(data: bytes) -> bool | None:
    """True: a ZIP holding word/document.xml; False: a ZIP without it; None: not a readable ZIP."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return DOCX_MAIN_PART in z.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return None


def _content_kind(data: bytes) -> str | None:
    """What the bytes are, whatever the name says: "pdf", "docx", "zip" (readable, no
    word/document.xml), "badzip" (a damaged ZIP) or None (text or unknown)."""
    if data.startswith(PDF_MAGIC):
        return "pdf"
    if data.startswith(ZIP_MAGIC):
        is_docx = _is_docx_package(data)
        return "badzip" if is_docx is None else "docx" if is_docx else "zip"
    return None


DESCRIBE = {"pdf": "PDF", "docx": "DOCX (ZIP package)", "zip": "ZIP file", "badzip": "ZIP file (damaged)"}
RIGHT_SUFFIX = {"pdf": ".pdf", "docx": ".docx"}


def sniff_format(path: Path, data: bytes) -> str:
    """The reader to use, from the name and the first bytes; a ReadError when they disagree."""
    suffix_name = path.suffix.lower()
    suffix = SUFFIXES.get(suffix_name)
    kind = _content_kind(data)
    if suffix == "docx" and kind == "badzip":
        kind = "docx"  # the DOCX reader says what is wrong with it
    if suffix is not None and kind is not None and kind != suffix:
        if kind == "zip" and suffix == "docx":
            raise CorruptFile(str(path), f"a ZIP file but not a Word document (no {DOCX_MAIN_PART})")
        what = DESCRIBE[kind]
        fix = f"rename it to {RIGHT_SUFFIX[kind]}" if kind in RIGHT_SUFFIX else "it is not a report file"
        raise UnsupportedFormat(str(path), f"this is a {what} named {suffix_name}: {fix}")
    if suffix == "pdf":
        if kind != "pdf":
            raise CorruptFile(str(path), "not a PDF: the file does not start with %PDF-")
        return "pdf"
    if suffix == "docx":
        if kind is None:
            raise CorruptFile(str(path), "not a DOCX: the file is not a ZIP package")
        return "docx"
    if suffix == "txt":
        return "txt"
    if suffix_name == ".doc":
        raise UnsupportedFormat(str(path), "legacy Word .doc is not supported: save it as .docx")
    if kind in ("pdf", "docx"):  # no or unknown extension but recognisable content
        return kind
    raise UnsupportedFormat(str(path), f"unsupported file type {path.suffix or '(no extension)'}: expected .txt, .docx or .pdf")


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ReadError(str(path), "no such file") from None
    except IsADirectoryError:
        raise ReadError(str(path), "is a directory, not a file") from None
    except OSError as exc:
        if path.is_dir():
            raise ReadError(str(path), "is a directory, not a file") from None
        raise ReadError(str(path), f"cannot be read: {exc.strerror or exc}") from None


def read_document(path: str | Path, data: bytes | None = None) -> Document:
    """Read a TXT, DOCX or PDF report into a Document.

    With ``data``, the report is read from those bytes and ``path`` is only its name (in the
    Source and in errors; a zip member is named ``archive.zip!member.pdf``). Raises a subclass
    of :class:`extract.errors.ReadError` (never anything else) when the file cannot be read:
    missing, empty, without text, corrupt, encrypted, image-only, or of an unknown format.
    """
    if data is None:
        path = Path(path)
        name = str(path)
        data = _read_bytes(path)
    else:
        name = str(path)
        path = Path(name)
    if not data:
        raise EmptyFile(name, "empty file (0 bytes)")
    known: dict = {"sha256": hashlib.sha256(data).hexdigest()}
    try:
        return _read(path, name, data, known)
    except ReadError as exc:
        exc.known = {**known, **exc.known}
        raise


def _read(path: Path, name: str, data: bytes, known: dict) -> Document:
    fmt = sniff_format(path, data)
    known["format"] = fmt
    source = Source(path=name, sha256=known["sha256"], format=fmt)  # type: ignore[arg-type]
    try:
        if fmt == "txt":
            from extract.readers.txt import read_txt

            document = read_txt(data, source)
        elif fmt == "docx":
            from extract.readers.docx import read_docx

            document = read_docx(data, source)
        else:
            from extract.readers.pdf import read_pdf

            document = read_pdf(data, source)
    except ReadError:
        raise
    except Exception as exc:  # a library choked on a malformed file: say so, name the file
        raise CorruptFile(name, f"cannot be read as {fmt.upper()}: {type(exc).__name__}: {exc}") from exc
    if not document.text.strip():
        known["pages"] = document.source.pages
        if fmt == "pdf":
            raise NoTextLayer(name, "no text layer: needs OCR (the pages are images or blank)")
        raise EmptyFile(name, "no text: the file holds only whitespace")
    return document
