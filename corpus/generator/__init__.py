"""The synthetic report generator, one module per idea (``python -m corpus.generate`` drives it).

- :mod:`.figures`: the Biểu 06 row of dossier counts and how a report writes numbers;
- :mod:`.periods`: reporting periods and how a title names them;
- :mod:`.builder`: the text builder that records each fact at the offsets it writes it at;
- :mod:`.phrasing`: the phrasing tables, read once from ``corpus/data/generator.toml``;
- :mod:`.sections`: the sections of a report (header, title, legal basis, figures, appendix…);
- :mod:`.report`: :func:`~corpus.generator.report.build_report`, one report and its gold.
"""
