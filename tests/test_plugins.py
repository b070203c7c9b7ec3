"""The extractor plugin mechanism: discovery through entry points, selection, ordering, spans."""

from __future__ import annotations

import sys
import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from baocao import pipeline
from extract.document import DocumentBuilder, Source
from extract.registry import ExtractorInfo, discover, resolve_order

BUILTINS = {"references", "periods", "counts", "indicators", "metadata"}

PLUGIN_SOURCE = '''
import regex
from extract.facts import CountFact
from extract.registry import Extractor

class ChairCounter(Extractor):
    """Counts chairs: a third-party extractor living outside baocao."""
    name = "chairs"
    version = "0.1"
    description = "số ghế ngồi"
    requires = ("periods",)
    _pattern = regex.compile(r"(\\d+) ghế")

    def extract(self, ctx):
        for m in self._pattern.finditer(ctx.text):
            yield CountFact(start=m.start(), end=m.end(), text=m.group(), metric="other",
                            value=int(m.group(1)), unit="ghế", label="ghế ngồi")
'''


def _document(text: str):
    builder = DocumentBuilder(Source("mem.txt", "0" * 64, "txt"))
    for para in text.split("\n\n"):
        builder.add_block(para)
    return builder.build()


@pytest.fixture
def third_party_plugin(tmp_path, monkeypatch):
    """Install a plugin package the way pip would: a module plus a dist-info with entry_points.txt."""
    (tmp_path / "chairs_plugin.py").write_text(PLUGIN_SOURCE, encoding="utf-8")
    dist = tmp_path / "chairs_plugin-0.1.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: chairs-plugin\nVersion: 0.1\n", encoding="utf-8")
    (dist / "entry_points.txt").write_text(
        textwrap.dedent("""\
            [baocao.extractors]
            chairs = chairs_plugin:ChairCounter
        """),
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    discover.cache_clear()
    pipeline.build_nlp.cache_clear()
    yield
    sys.modules.pop("chairs_plugin", None)
    discover.cache_clear()
    pipeline.build_nlp.cache_clear()


def test_builtin_extractors_are_found_through_entry_points():
    found = discover()
    assert BUILTINS <= set(found)
    for name in BUILTINS:
        info = found[name]
        assert info.origin.startswith("extract.extractors.")
        assert info.version and info.version != "0"


def test_a_third_party_extractor_is_found_and_runs(third_party_plugin):
    found = discover()
    assert "chairs" in found and found["chairs"].origin == "chairs_plugin:ChairCounter"
    doc = _document("Khu vực chờ: được bố trí với 30 ghế ngồi.\n\nTháng 4 năm 2026 có 12 ghế mới.")
    result = pipeline.extract_document(doc, only=["chairs"])
    chairs = [f for f in result.facts if f.type == "count"]
    assert [(f.value, f.text) for f in chairs] == [(30, "30 ghế"), (12, "12 ghế")]
    assert all(doc.text[f.start : f.end] == f.text for f in chairs)
    assert all(f.extractor == "chairs@0.1" for f in chairs)
    # its requirement (and what that requires) ran first, and nothing else did
    assert list(result.extractors)[-1] == "chairs"
    assert "periods" in result.extractors and "counts" not in result.extractors
    assert set(result.extractors) == {"chairs", "periods", *found["periods"].cls.requires}


def test_selection_runs_only_the_named_extractors_and_their_requirements():
    doc = _document("Căn cứ Quyết định số 714/QĐ-UBND ngày 27/02/2026. Tổng số hồ sơ đã tiếp nhận là 4.911 hồ sơ.")
    result = pipeline.extract_document(doc, only=["references"])
    assert {f.type for f in result.facts} == {"reference"}
    assert set(result.extractors) == {"references"}


def _info(name, requires=(), order=100):
    cls = type(name.title(), (), {"requires": requires, "order": order})
    return ExtractorInfo(name, "1", "", f"x:{name}", cls)  # type: ignore[arg-type]


def test_requirements_run_first_and_cycles_and_unknowns_are_refused():
    available = {
        "a": _info("a", requires=("b",)),
        "b": _info("b", requires=("c",)),
        "c": _info("c"),
        "x": _info("x", requires=("y",)),
        "y": _info("y", requires=("x",)),
    }
    assert resolve_order(["a"], available) == ["c", "b", "a"]
    with pytest.raises(ValueError, match="cycle"):
        resolve_order(["x"], available)
    with pytest.raises(KeyError, match="unknown extractor"):
        resolve_order(["nope"], available)


def test_a_broken_plugin_warns_and_the_others_still_load(tmp_path, monkeypatch):
    dist = tmp_path / "broken_plugin-0.1.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: broken-plugin\nVersion: 0.1\n", encoding="utf-8")
    (dist / "entry_points.txt").write_text("[baocao.extractors]\nbroken = no_such_module:Nothing\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    discover.cache_clear()
    try:
        with pytest.warns(RuntimeWarning, match="broken"):
            found = discover()
        assert BUILTINS <= set(found) and "broken" not in found
    finally:
        discover.cache_clear()


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_any_text_yields_facts_whose_text_is_their_span(text):
    doc = _document(text)
    result = pipeline.extract_document(doc)
    for fact in result.facts:
        assert doc.text[fact.start : fact.end] == fact.text
    result.to_json()  # always serialisable


# ------------------------------------------------------------ the offsets promise, name clashes

LIAR_SOURCE = '''
from extract.facts import CountFact
from extract.registry import Extractor

class Liar(Extractor):
    """Gives one honest fact and three that break the offsets promise."""
    name = "liar"
    version = "0.1"

    def extract(self, ctx):
        i = ctx.text.index("30")
        yield CountFact(start=i, end=i + 6, text="30 ghế", metric="other", value=30, unit="ghế")
        yield CountFact(start=i, end=i + 6, text="31 ghế", metric="other", value=31, unit="ghế")
        yield CountFact(start=i + 1, end=i + 7, text="30 ghế", metric="other", value=30, unit="ghế")
        yield CountFact(start=len(ctx.text) - 2, end=len(ctx.text) + 4, text="ghế", metric="other",
                        value=1, unit="ghế")
'''


def _install(tmp_path, monkeypatch, dist_name: str, modules: dict[str, str], entry_points: str) -> None:
    for module, source in modules.items():
        (tmp_path / f"{module}.py").write_text(source, encoding="utf-8")
    dist = tmp_path / f"{dist_name}-0.1.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist_name}\nVersion: 0.1\n", encoding="utf-8")
    (dist / "entry_points.txt").write_text("[baocao.extractors]\n" + entry_points, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))


@pytest.fixture
def clean_registry():
    discover.cache_clear()
    pipeline.build_nlp.cache_clear()
    yield
    for module in ("liar_plugin", "chairs_plugin", "chairs_again"):
        sys.modules.pop(module, None)
    discover.cache_clear()
    pipeline.build_nlp.cache_clear()


def test_facts_whose_text_is_not_their_span_are_dropped_with_a_warning(tmp_path, monkeypatch, clean_registry):
    _install(tmp_path, monkeypatch, "liar_plugin", {"liar_plugin": LIAR_SOURCE}, "liar = liar_plugin:Liar\n")
    doc = _document("Khu vực chờ: được bố trí với 30 ghế ngồi.")
    with pytest.warns(RuntimeWarning, match=r"liar@0\.1 gave 3 fact\(s\)") as record:
        result = pipeline.extract_document(doc, only=["liar"])
    assert [(f.text, f.value) for f in result.facts] == [("30 ghế", 30)]
    assert "31 ghế" in str(record[0].message)


def test_honest_extractors_give_no_span_warning(recwarn):
    doc = _document("Căn cứ Quyết định số 714/QĐ-UBND ngày 27/02/2026. Tổng số hồ sơ đã tiếp nhận là 4.911 hồ sơ.")
    pipeline.extract_document(doc)
    assert not [w for w in recwarn if "not the text at their span" in str(w.message)]


def test_a_second_extractor_with_a_taken_name_is_refused_naming_both(tmp_path, monkeypatch, clean_registry):
    second = PLUGIN_SOURCE.replace("ChairCounter", "OtherChairs").replace('"0.1"', '"9.9"')
    _install(tmp_path, monkeypatch, "chairs_plugin",
             {"chairs_plugin": PLUGIN_SOURCE, "chairs_again": second},
             "chairs = chairs_plugin:ChairCounter\nchairs2 = chairs_again:OtherChairs\n")
    with pytest.warns(RuntimeWarning, match="chairs_plugin:ChairCounter.*chairs_again:OtherChairs"):
        found = discover()
    assert found["chairs"].origin == "chairs_plugin:ChairCounter"
    # the spaCy factory builds the class discover() kept
    result = pipeline.extract_document(_document("Có 30 ghế."), only=["chairs"])
    assert result.extractors["chairs"] == "0.1"
    assert all(f.extractor == "chairs@0.1" for f in result.facts if f.type == "count")


def test_facts_live_in_doc_spans():
    doc = _document("Căn cứ Quyết định số 714/QĐ-UBND ngày 27/02/2026; Quý II năm 2026 đã tiếp nhận 4.911 hồ sơ.")
    result = pipeline.extract_document(doc)
    spans = result.doc.spans
    assert set(spans) == set(result.extractors)
    from_spans = sorted((s._.fact for group in spans.values() for s in group), key=lambda f: (f.start, f.end, f.type))
    assert from_spans == result.facts and result.facts
    for group in spans.values():
        for span in group:  # the Span covers its fact (widened to token edges only when needed)
            assert span.start_char <= span._.fact.start < span._.fact.end <= span.end_char
    ref = spans["references"][0]
    assert ref.text == "Quyết định số 714/QĐ-UBND ngày 27/02/2026" and ref._.fact.id == "714/QĐ-UBND"
