"""Bad inputs through `baocao extract` and `baocao check`, all in one call each with good reports
among them: one error per bad file, naming it, no traceback, and the good ones processed."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import RENDERED, ROOT, SEEDS
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

GOOD_SEED = SEEDS[0]


def _pdf_bytes(text: str | None, **kw) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, **kw)
    if text is None:
        c.rect(50, 50, 300, 400, fill=1)  # a "scan": shapes, no text
    else:
        c.drawString(72, 720, text)
    c.showPage()
    c.save()
    return buf.getvalue()


def _encrypted_pdf() -> bytes:
    from reportlab.lib.pdfencrypt import StandardEncryption

    return _pdf_bytes("Bi mat", encrypt=StandardEncryption("secret", ownerPassword="owner"))


def _zip_without_word_document() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("hello.txt", "xin chào")
    return buf.getvalue()


def _truncated_pdf() -> bytes:
    data = next(RENDERED.glob("002_*.pdf")).read_bytes()
    return data[: len(data) // 2]


OLE2 = bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 504  # the header of a legacy Word .doc

# name (relative to the test folder), bytes (None: a folder), expected error_code, words of the message
BAD = [
    ("rỗng.txt", b"", "empty", "0 bytes"),
    ("thư mục trống", None, "unreadable", "folder"),
    ("báo cáo cũ.doc", OLE2, "unsupported_format", ".doc"),
    ("không phải word.docx", _zip_without_word_document(), "corrupt", "word/document.xml"),
    ("windows 1258.txt", "Báo cáo tháng Tư, Đà Nă\u0303ng".encode("cp1258"), "encoding", "UTF-8"),
    ("nul bytes.txt", b"Bao cao\x00ket qua\n", "encoding", "NUL"),
    ("mật khẩu.pdf", _encrypted_pdf(), "encrypted", "password"),
    ("bản scan.pdf", _pdf_bytes(None), "no_text_layer", "OCR"),
    ("bị cắt.pdf", _truncated_pdf(), "corrupt", "truncated"),
    ("chỉ khoảng trắng.txt", b"  \n\t\n\r\n   ", "empty", "no text"),
    ("đổi tên.txt", _pdf_bytes("Bao cao"), "unsupported_format", "rename it to .pdf"),
    ("không tồn tại/báo cáo quý II.txt", "missing", "unreadable", "no such file"),
]
GOOD = [("báo cáo Quý II/xã Thượng Hồng 2026.txt", GOOD_SEED.read_bytes())]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[tuple[Path, str | None, str | None]]:
    """(path, expected error_code or None for a good file, a word of the message), bad and good mixed."""
    root = tmp_path_factory.mktemp("bad inputs")
    out: list[tuple[Path, str | None, str | None]] = []
    for name, data, code, words in BAD:
        path = root / name
        if data is None:
            path.mkdir()
        elif data != "missing":
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        out.append((path, code, words))
    for name, data in GOOD:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        out.insert(len(out) // 2, (path, None, None))  # a good report in the middle of the bad ones
    return out


def _run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "baocao", *args], cwd=ROOT, capture_output=True,
                          text=True, encoding="utf-8", timeout=600, env=env)


@pytest.fixture(scope="module")
def extract_result(inputs):
    return _run("extract", *(str(p) for p, _c, _w in inputs))


@pytest.fixture(scope="module")
def check_result(inputs):
    return _run("check", *(str(p) for p, _c, _w in inputs))


def test_extract_gives_one_line_per_input_in_order(inputs, extract_result):
    assert "Traceback" not in extract_result.stderr, extract_result.stderr
    lines = [json.loads(line) for line in extract_result.stdout.splitlines()]
    assert [line["source"]["path"] for line in lines] == [str(p) for p, _c, _w in inputs]
    assert extract_result.returncode == 0  # some files were good


@pytest.mark.parametrize("index", range(len(BAD) + len(GOOD)))
def test_extract_line_of_each_input(inputs, extract_result, index: int):
    path, code, words = inputs[index]
    line = [json.loads(line) for line in extract_result.stdout.splitlines()][index]
    if code is None:
        assert line["error"] is None
        assert line["source"]["format"] == "txt" and line["source"]["sha256"]
        assert any(f["type"] == "count" for f in line["facts"])
        return
    assert line["error_code"] == code, line["error"]
    assert str(path) in line["error"] and words in line["error"]
    assert line["facts"] == [] and line["document"] is None
    assert sum(str(path) in err for err in extract_result.stderr.splitlines()) == 1


def test_check_names_each_bad_file_once_on_stderr_and_checks_the_good_one(inputs, check_result):
    assert "Traceback" not in check_result.stderr, check_result.stderr
    errors = [line for line in check_result.stderr.splitlines() if line.startswith("baocao: error:")]
    bad = [(p, w) for p, c, w in inputs if c is not None]
    assert len(errors) == len(bad)
    for (path, words), err in zip(bad, errors, strict=True):
        assert str(path) in err and words in err
    good = [p for p, c, _w in inputs if c is None]
    for path in good:
        assert any(line.startswith(f"{path}:") for line in check_result.stdout.splitlines())
    assert "error" not in check_result.stdout  # errors go to stderr only
    assert check_result.returncode == 0


def test_check_strict_counts_unreadable_files(inputs):
    bad_only = [str(p) for p, c, _w in inputs if c == "empty"]
    result = _run("check", "--strict", *bad_only)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    good_only = _run("check", "--strict", str(GOOD_SEED))
    assert good_only.returncode in (0, 1)  # 1 only when the seed itself has warnings
    assert ("warning(s)" in good_only.stdout) == (good_only.returncode == 1)
