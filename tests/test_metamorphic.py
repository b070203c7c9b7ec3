"""Metamorphic checks: a meaning-preserving change of a report's text must not change its facts.

corpus/perturb.py writes each change with the gold mapped onto it; here the mapping itself, the
text-layer repair of no-break spaces, a wrapped paragraph read as the flat one and, on a few gold texts, the F1 of every
change that holds against the unchanged text (``python -m corpus.perturb`` prints the full table).
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from corpus.perturb import CHANGES, HOLDING, UNCHANGED, apply_edits, gold_files, new_tone_marks, perturb, run
from normalize.text import nfc_text, unify_tone_marks

ROOT = Path(__file__).resolve().parent.parent
# one text of each kind of set: a seed, a district report, a news item, a plan, a table-heavy one
SAMPLE = ("corpus/heldout10/gold/t06", "corpus/heldout2/gold/h2_03", "corpus/heldout/gold/h01",
          "corpus/heldout/gold/h02", "corpus/gold/004")
TOLERANCE = 0.005


@pytest.mark.parametrize(
    ("text", "edits", "span", "expected"),
    [
        ("abc def", [(3, 4, "\r\n")], (0, 7), "abc\r\ndef"),
        ("abc def", [(3, 4, "\r\n")], (4, 7), "def"),
        ("abc def", [(0, 0, "\ufeff")], (0, 3), "abc"),  # an insertion at a span's start stays outside
        ("ab", [(2, 2, "!")], (0, 2), "ab"),  # ... and at its end too
        ("hòa bình", [(1, 2, "o\u0300")], (0, 3), "ho\u0300a"),
        ("hòa bình", [(1, 2, "o\u0300")], (2, 8), "a bình"),
        ("x  y", [], (0, 4), "x  y"),
    ],
)
def test_apply_edits_maps_spans_exactly(text: str, edits: list, span: tuple[int, int], expected: str) -> None:
    new, starts, ends = apply_edits(text, edits)
    assert new[starts[span[0]]:ends[span[1]]] == expected


def test_overlapping_edits_are_refused() -> None:
    with pytest.raises(ValueError):
        apply_edits("abcdef", [(0, 3, "x"), (2, 4, "y")])


def _same(change: str, a: str, b: str) -> bool:
    def counted(s: str) -> str:
        return "".join(unicodedata.normalize("NFC", s).split()).replace("\ufeff", "")
    if change == "tone_marks":
        a, b = unify_tone_marks(a), unify_tone_marks(b)
    return counted(a) == counted(b)


@pytest.mark.parametrize("change", CHANGES, ids=lambda c: c.name)
def test_every_gold_span_lands_on_its_text(change) -> None:
    from baocao.evaluate import load_gold

    for path in gold_files([str(ROOT / "corpus"), str(ROOT / "corpus/heldout10")]):
        gold, text = load_gold(path)
        new, mapped = perturb(text, gold, change)
        for old, fact in zip(gold["facts"], mapped["facts"], strict=True):
            s, e = fact["span"]
            assert new[s:e] == fact["text"]
            assert _same(change.name, new[s:e], old["text"]), (path.name, old["text"], new[s:e])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hòa bình, Ủy ban, khỏe, thủy lợi", "hoà bình, Uỷ ban, khoẻ, thuỷ lợi"),
        ("hoàng, quý, khuyến, hoạch", "hoàng, quý, khuyến, hoạch"),  # not syllable-final, or "qu": unchanged
    ],
)
def test_new_tone_marks(text: str, expected: str) -> None:
    assert new_tone_marks(text) == expected
    assert unify_tone_marks(new_tone_marks(text)) == unify_tone_marks(text)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1.250\u00a0hồ sơ", "1.250 hồ sơ"),  # no-break space between a figure and its unit
        ("Ủy\u00a0ban nhân\u202fdân", "Ủy ban nhân dân"),  # no-break and narrow no-break spaces in a name
        ("đạt\u2003100%\u3000", "đạt 100% "),  # em and ideographic spaces
        ("a\tb\nc", "a\tb\nc"),  # a tab or a line break is not a space to fold
        ("n\u01cem 2026", "năm 2026"),  # the old-font letter repair still applies
        ("a\u200bb", "a\u200bb"),  # a zero-width space is no space: left (the length must not change)
    ],
)
def test_nfc_text_reads_every_space_as_a_space(raw: str, expected: str) -> None:
    out = nfc_text(raw)
    assert out == expected
    assert len(out) == len(unicodedata.normalize("NFC", raw))



LONG = "Trong kỳ, Bộ phận tiếp nhận và trả kết quả của xã đã tiếp nhận tổng số"
def test_wrapped_paragraph_reads_as_one_line(tmp_path: Path) -> None:
    from baocao.pipeline import process_file

    flat = f"{LONG} 1.250 hồ sơ trực tuyến, đạt 98,5% đúng hạn.\n"
    wrapped = flat.replace("tổng số ", "tổng\nsố ").replace("hồ sơ trực", "hồ sơ\ntrực")
    out = []
    for name, text in (("a.txt", flat), ("b.txt", wrapped)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        out.append([(f["type"], f.get("metric"), f.get("value"), f["text"].replace("\n", " "))
                    for f in process_file(tmp_path / name)["facts"]])
    assert out[0] and out[0] == out[1]


@pytest.fixture(scope="module")
def sample_reports() -> dict:
    paths = [path for p in SAMPLE for path in sorted(ROOT.glob(p + "*.json"))]
    assert len(paths) == len(SAMPLE)
    changes = (UNCHANGED, *(c for c in CHANGES if c.name in HOLDING))
    return run(paths, changes)


@pytest.mark.parametrize("name", HOLDING)
def test_holding_changes_keep_f1(sample_reports: dict, name: str) -> None:
    base, rep = sample_reports["unchanged"], sample_reports[name]
    for kind, score in rep.types("txt").items():
        assert score.f1 >= base.types("txt")[kind].f1 - TOLERANCE, (name, kind)
    assert rep.fields("txt")["all"].f1 >= base.fields("txt")["all"].f1 - TOLERANCE, name
