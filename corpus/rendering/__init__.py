"""Rendering a report layout as DOCX and PDF (driven by ``python -m corpus.render``).

- :mod:`.layout`: the Layout of a report and the text of a seed parsed into one;
- :mod:`.docx_writer`: a Layout as a DOCX (python-docx);
- :mod:`.pdf_writer`: a Layout as a PDF (reportlab).
"""
