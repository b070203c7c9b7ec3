"""Plain-text reports: decoding and blocks.

Placeholder first cut; the readers issue replaces it.
"""

from __future__ import annotations

from extract.document import Document, DocumentBuilder, Source
from extract.errors import EncodingError


def read_txt(data: bytes, source: Source) -> Document:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise EncodingError(source.path, f"not UTF-8 (byte {exc.start})") from None
    builder = DocumentBuilder(source)
    for para in text.replace("\r\n", "\n").split("\n\n"):
        builder.add_block(para)
    return builder.build()
