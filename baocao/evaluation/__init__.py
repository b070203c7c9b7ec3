"""Evaluation against the gold corpus, one module per step (:mod:`baocao.evaluate` is the entry
point and documents the rules):

- :mod:`.spans`: spans in a coordinate every rendering shares, re-anchored where they drift;
- :mod:`.scoring`: one document's facts and fields matched and scored;
- :mod:`.report`: the sums per format, the JSON form and the readable table;
- :mod:`.run`: the pipeline on every rendering of every gold document.
"""
