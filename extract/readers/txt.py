"""Plain-text reports: decoding, paragraphs, headings, tab-, pipe- and space-separated tables.

The Document text stays as close to the file's text as the common layout allows (a gold corpus
is annotated on it): nothing but whitespace is ever dropped or moved. Blocks are the runs of
lines between blank lines; a run of tab-separated lines is a table.
"""

from __future__ import annotations

import codecs
import dataclasses

import regex

from extract.document import Document, DocumentBuilder, Source, Table, nfc
from extract.errors import EncodingError
from extract.readers.blocks import infer_header_spans, looks_like_heading
from extract.readers.pipe_tables import find_pipe_tables
from extract.readers.text_tables import find_tables

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
BLANK_LINE = regex.compile(r"\n[^\S\n]*\n\s*")
# bytes 0x80-0xFF that Windows-1258 and TCVN3 use for Vietnamese letters
LEGACY_HINT = "looks like a legacy Vietnamese code page (Windows-1258, TCVN3/ABC or VNI) or Latin-1"
WHAT_TO_DO = "re-save it as UTF-8 (in Notepad or Word: Save As, Encoding UTF-8)"


def decode_text(data: bytes, path: str) -> str:
    """Bytes of a text file to str: UTF-8 (BOM or not), UTF-16/32 with a BOM; else EncodingError.

    Nothing is guessed: a legacy 8-bit encoding would decode to plausible-looking garbage, so it
    is refused with a message that says what the file seems to be and how to fix it.
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise EncodingError(
                    path, f"starts with a {encoding.upper()} byte-order mark but byte {exc.start} is invalid; {WHAT_TO_DO}"
                ) from None
    if data.count(b"\x00") > len(data) // 8:
        raise EncodingError(path, f"looks like UTF-16 without a byte-order mark (many NUL bytes); {WHAT_TO_DO}")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise EncodingError(
            path, f"not UTF-8 or UTF-16 with BOM (invalid byte 0x{data[exc.start]:02X} at {exc.start}): {LEGACY_HINT}; {WHAT_TO_DO}"
        ) from None
    if "\x00" in text:
        raise EncodingError(path, "contains NUL characters: not a text file")
    return text


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")


def split_runs(lines: list[str]) -> list[tuple[str, list[str]]]:
    """Split a block's lines into ("text", lines) and ("table", lines) runs.

    A table is two or more consecutive lines that contain a tab.
    """
    runs: list[tuple[str, list[str]]] = []
    for line in lines:
        kind = "table" if "\t" in line else "text"
        if runs and runs[-1][0] == kind:
            runs[-1][1].append(line)
        else:
            runs.append((kind, [line]))
    merged: list[tuple[str, list[str]]] = []
    for kind, run in runs:
        if kind == "table" and len(run) < 2:
            kind = "text"
        if merged and merged[-1][0] == kind == "text":
            merged[-1][1].extend(run)
        else:
            merged.append((kind, run))
    return merged


def read_txt(data: bytes, source: Source) -> Document:
    """A TXT report to a Document: paragraphs, headings, tab-separated tables; pages unknown."""
    text = normalise_newlines(decode_text(data, source.path))
    builder = DocumentBuilder(source)
    pending: list[tuple[str, int, str]] = []  # paragraphs that may hold a space-separated table: (text, start, indent)
    for chunk, indent in _chunks(text):
        for n, (kind, lines) in enumerate(split_runs(chunk.split("\n"))):
            if kind == "table":
                rows = [line.split("\t") for line in lines]
                builder.add_table(rows, spans=infer_header_spans(rows))
            else:
                block = "\n".join(lines)
                added = builder.add_block(block, "heading" if looks_like_heading(block) else "paragraph")
                if added is not None and added.kind == "paragraph" and "\n" in block:
                    lead = (indent if n == 0 else "") + _indent(nfc(block))
                    pending.append((nfc(block).strip(), added.start, lead))
    document = builder.build()
    return _with_text_tables(document, pending)


def _chunks(text: str) -> list[tuple[str, str]]:
    """The text cut at blank lines: each chunk with the spaces that indented its first line (the cut
    takes them off, and a table's top header line then no longer stands over its columns)."""
    out: list[tuple[str, str]] = []
    pos, indent = 0, ""
    for m in BLANK_LINE.finditer(text):
        out.append((text[pos:m.start()], indent))
        pos = m.end()
        indent = _indent(m.group().rpartition("\n")[2])
    out.append((text[pos:], indent))
    return out


def _indent(line: str) -> str:
    """The spaces and tabs a line starts with (up to its first line break)."""
    return line[:len(line) - len(line.lstrip(" \t"))].partition("\n")[0]


def _with_text_tables(document: Document, paragraphs: list[tuple[str, int, str]]) -> Document:
    """The Document with the pipe and space-separated tables of its paragraphs added (tables in text order)."""
    found: list[Table] = []
    for block, start, indent in paragraphs:
        at_end = start + len(block) == len(document.text)
        piped = find_pipe_tables(block, start)
        found.extend(piped)
        found.extend(t for t in find_tables(block, start, at_end=at_end, indent=indent)
                     if not any(t.start < p.end and p.start < t.end for p in piped))
    if not found:
        return document
    tables = sorted((*document.tables, *found), key=lambda t: t.start)
    index = {t.start: i for i, t in enumerate(tables)}
    blocks = tuple(dataclasses.replace(b, table=index[document.tables[b.table].start]) if b.table is not None else b
                   for b in document.blocks)
    return dataclasses.replace(document, tables=tuple(tables), blocks=blocks)
