"""`baocao extract` over bad and good files: one JSON line each, in order, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS

from baocao import cli, pipeline


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


# ------------------------------------------------------------ in-process: arguments and signals


@pytest.mark.parametrize(
    ("names", "ok"),
    [(None, True), ([], True), (["counts"], True), (["counts", "references"], True),
     (["bogus"], False), (["counts", "bogus", "nope"], False), (["Counts"], False)],
)
def test_check_extractor_names(names, ok: bool):
    if ok:
        assert pipeline.check_extractor_names(names) == (names or None)
    else:
        with pytest.raises(KeyError) as err:
            pipeline.check_extractor_names(names)
        unknown = [n for n in names if n not in ("counts", "references")]
        assert err.value.args[0].startswith(f"unknown extractor(s): {', '.join(unknown)}; installed: ")
        assert "counts" in err.value.args[0].split("installed:")[1]


@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_unknown_only_names_are_refused_once_before_any_file(command, tmp_path: Path, capsys):
    extra = ["--db", str(tmp_path / "x.db"), "--quiet"] if command == "ingest" else []
    assert cli.main([command, "--only", "counts,bogus", *extra, str(SEEDS[0]), str(SEEDS[1])]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("unknown extractor(s): bogus; installed:") == 1 and "internal error" not in err
    assert not (tmp_path / "x.db").exists()


def test_ctrl_c_exits_130_with_one_line(monkeypatch, capsys):
    def interrupted(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "process_file", interrupted)
    assert cli.main(["extract", str(SEEDS[0])]) == 130
    _out, err = capsys.readouterr()
    assert err.strip() == "baocao: interrupted" and "Traceback" not in err


@pytest.mark.parametrize("layout", ["no-folder", "empty-gold"])
def test_eval_without_gold_files_says_which_folder_it_expected(tmp_path: Path, capsys, layout: str):
    if layout == "empty-gold":
        (tmp_path / "gold").mkdir()
    assert cli.main(["eval", str(tmp_path)]) == 2
    _out, err = capsys.readouterr()
    assert f"expected gold files in {tmp_path / 'gold'}" in err


def test_extract_takes_folders_globs_and_zips_like_ingest(tmp_path: Path, capsys):
    folder = tmp_path / "thư mục"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "a.txt").write_bytes(SEEDS[0].read_bytes())
    (folder / "notes.json").write_text("{}", encoding="utf-8")  # not a report: a folder skips it
    archive = tmp_path / "lô.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.write(SEEDS[1], "q2/b.txt")
        z.writestr("q2/blank.txt", "   \n")
        z.writestr("readme.json", "{}")
    (tmp_path / "c.txt").write_bytes(SEEDS[2].read_bytes())
    args = [str(folder), str(archive), str(tmp_path / "*.txt"), str(tmp_path / "nothing-*.pdf"), str(folder / "sub" / "a.txt")]
    assert cli.main(["extract", "--only", "references", *args]) == 0
    out, err = capsys.readouterr()
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["source"]["path"] for line in lines] == [
        str(folder / "sub" / "a.txt"), f"{archive}!q2/b.txt", f"{archive}!q2/blank.txt", str(tmp_path / "c.txt"),
        str(tmp_path / "nothing-*.pdf"),
    ]
    assert [line["error"] is None for line in lines] == [True, True, False, True, False]
    assert lines[1]["source"]["sha256"] and lines[1]["facts"]
    assert lines[2]["error_code"] == "empty" and f"{archive}!q2/blank.txt" in lines[2]["error"]
    assert "no file matches" in lines[4]["error"]
    assert err.count("baocao: error:") == 2


def test_an_extractor_crash_keeps_what_is_known_of_the_file(monkeypatch):
    def crash(*_args, **_kwargs):
        raise ValueError("boom")

    monkeypatch.setattr(pipeline, "extract_document", crash)
    pdf = next((ROOT / "corpus" / "rendered").glob("003_*.pdf"))
    line = pipeline.process_file("lô.zip!003.pdf", data=pdf.read_bytes())
    assert line["error_code"] == "internal" and "boom" in line["error"] and "lô.zip!003.pdf" in line["error"]
    assert line["source"]["path"] == "lô.zip!003.pdf"
    assert line["source"]["format"] == "pdf" and line["source"]["pages"] >= 1 and len(line["source"]["sha256"]) == 64
