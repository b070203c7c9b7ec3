"""`baocao extract` over bad and good files: one JSON line each, in order, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, SEEDS


def test_extract_reports_bad_files_and_goes_on(tmp_path: Path):
    good_pdf = next((ROOT / "corpus" / "rendered").glob("003_*.pdf")).read_bytes()
    corrupt = tmp_path / "corrupt.pdf"
    corrupt.write_bytes(good_pdf[: len(good_pdf) // 3])
    random_docx = tmp_path / "random.docx"
    random_docx.write_bytes(bytes((i * 31 + 7) % 256 for i in range(3000)))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    good = SEEDS[-1]
    paths = [corrupt, random_docx, empty, good]
    result = subprocess.run(
        [sys.executable, "-m", "baocao", "extract", *map(str, paths)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert "Traceback" not in result.stderr, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert [line["source"]["path"] for line in lines] == [str(p) for p in paths]
    for line, path in zip(lines[:3], paths[:3], strict=True):
        assert line["error"] and path.name in line["error"]
        assert line["facts"] == []
    assert [line.get("error_code") for line in lines[:3]] == ["corrupt", "corrupt", "empty"]
    assert lines[3]["error"] is None, lines[3]["error"]
    assert lines[3]["source"]["format"] == "txt"
    assert result.returncode == 0
