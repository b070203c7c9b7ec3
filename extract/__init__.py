"""extract/: files -> Document (readers) -> facts with spans (extractors)."""

from extract.document import Block, Cell, Document, DocumentBuilder, Page, Source, Table
from extract.errors import ReadError
from extract.readers import read_document

__all__ = ["Block", "Cell", "Document", "DocumentBuilder", "Page", "ReadError", "Source", "Table", "read_document"]
