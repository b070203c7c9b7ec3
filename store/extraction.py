"""The worker side of ingest: one input to its contract line plus its paragraphs, in one pass.

Runs in a worker process, so it returns plain data (picklable dicts), never raises for a bad
document, and never touches the database.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Sequence
from typing import Any

from baocao.pipeline import error_line, extract_document
from extract.document import Document
from extract.errors import ReadError
from extract.readers import read_document
from store.inputs import InputItem


def paragraphs_of(document: Document) -> list[dict[str, Any]]:
    """One row per block (heading, paragraph, table) with its offsets, page and text."""
    rows = [
        {"block": i, "kind": b.kind, "start": b.start, "end": b.end, "page": b.page,
         "text": document.text[b.start : b.end]}
        for i, b in enumerate(document.blocks)
    ]
    if not rows and document.text.strip():
        rows.append({"block": 0, "kind": "paragraph", "start": 0, "end": len(document.text),
                     "page": None, "text": document.text})
    return rows


# what renderings of one text differ in: whitespace (line breaks, spacing, table cells) and the
# Markdown emphasis of TXT exports (``**KT. GIÁM ĐỐC**``), which DOCX and PDF draw as bold
_RENDERING_NOISE = str.maketrans("", "", "*")


def text_sha256(text: str) -> str:
    """sha256 of ``text`` in NFC without any whitespace or ``*``: the TXT, DOCX and PDF
    renderings of one report share it."""
    core = "".join(unicodedata.normalize("NFC", text).translate(_RENDERING_NOISE).split())
    return hashlib.sha256(core.encode("utf-8")).hexdigest()


def _read(item: InputItem, data: bytes | None) -> Document:
    """The Document of ``item``, from ``data`` when given (its bytes, already read once)."""
    if data is None:
        if item.member is None:
            return read_document(item.file)
        try:
            data = item.read_bytes()
        except Exception as exc:
            raise ReadError(item.path, f"cannot be read from the archive: {exc}") from None
    return read_document(item.path, data=data)


def extract_item(item: InputItem, only: Sequence[str] | None = None, data: bytes | None = None) -> dict[str, Any]:
    """``{"path", "line", "paragraphs", "text_sha256"}`` for one input; ``line`` is the output
    contract's line. ``data``: the input's bytes when the caller has read them (read once)."""
    try:
        document = _read(item, data)
    except Exception as exc:  # a ReadError, or a reader bug: it must not stop the batch
        return {"path": item.path, "line": error_line(item.path, exc), "paragraphs": [], "text_sha256": None}
    payload = {"path": item.path, "paragraphs": paragraphs_of(document), "text_sha256": text_sha256(document.text)}
    try:
        line = extract_document(document, only).to_json()
    except Exception as exc:  # an extractor bug: the document is recorded failed, the batch goes on
        line = error_line(item.path, exc)
        line["source"].update(sha256=document.source.sha256, format=document.source.format,
                              pages=document.source.pages)
        return {**payload, "line": line}  # its text was read: keep it searchable
    line["source"]["path"] = item.path
    return {**payload, "line": line}
