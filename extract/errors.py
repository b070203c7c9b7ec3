"""Typed errors for inputs baocao cannot read.

Each names the file and says what was wrong in words a user can act on. The pipeline turns
them into the ``error`` field of the file's output line and goes on with the next file.
"""

from __future__ import annotations


class ReadError(Exception):
    """A file could not be turned into a Document."""

    code = "unreadable"
    #: what is known of the file when reading failed (``sha256``, ``format``), set by read_document
    known: dict

    def __init__(self, path: str, reason: str):
        self.path = str(path)
        self.reason = reason
        self.known = {}
        super().__init__(f"{self.path}: {reason}")

    def to_json(self) -> dict:
        return {"code": self.code, "message": str(self)}


class UnsupportedFormat(ReadError):
    code = "unsupported_format"


class EmptyFile(ReadError):
    code = "empty"


class EncodingError(ReadError):
    code = "encoding"


class CorruptFile(ReadError):
    code = "corrupt"


class EncryptedFile(ReadError):
    code = "encrypted"


class NoTextLayer(ReadError):
    code = "no_text_layer"
