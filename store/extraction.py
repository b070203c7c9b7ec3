"""The worker side of ingest: one input to its contract line plus its paragraphs, in one pass.

Runs in a worker process, so it returns plain data (picklable dicts), never raises for a bad
document, and never touches the database.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path
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


def _read(item: InputItem) -> Document:
    if item.member is None:
        return read_document(item.file)
    # a zip member: the readers take a path, so give them one with the member's own name
    with tempfile.TemporaryDirectory(prefix="baocao-zip-") as tmp:
        tmp_path = Path(tmp) / Path(item.member).name
        try:
            tmp_path.write_bytes(item.read_bytes())
        except Exception as exc:
            raise ReadError(item.path, f"cannot be read from the archive: {exc}") from None
        try:
            return read_document(tmp_path)
        except ReadError as exc:
            raise type(exc)(item.path, exc.reason) from None


def extract_item(item: InputItem, only: Sequence[str] | None = None) -> dict[str, Any]:
    """``{"path", "line", "paragraphs"}`` for one input; ``line`` is the output contract's line."""
    try:
        document = _read(item)
    except ReadError as exc:
        return {"path": item.path, "line": error_line(item.path, exc), "paragraphs": []}
    except Exception as exc:  # a reader bug must not stop the batch
        return {"path": item.path, "line": error_line(item.path, exc), "paragraphs": []}
    try:
        line = extract_document(document, only).to_json()
    except Exception as exc:  # an extractor bug: the document is recorded failed, the batch goes on
        line = error_line(item.path, exc)
        line["source"].update(sha256=document.source.sha256, format=document.source.format,
                              pages=document.source.pages)
        # its text was read: keep it searchable
        return {"path": item.path, "line": line, "paragraphs": paragraphs_of(document)}
    line["source"]["path"] = item.path
    return {"path": item.path, "line": line, "paragraphs": paragraphs_of(document)}
