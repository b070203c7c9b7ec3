"""The nouns a count counts, written once: regular-expression alternations over folded text.

Folded means lower case without diacritics (:func:`normalize.text.fold`): ``hồ sơ`` is ``ho so``. Each pattern of
the figure analysis composes the families it needs (``rf"(?:{DOSSIER}|{PROCEDURE})(?!\\w)"``) instead of spelling
the words again. The alternations carry no group and no boundary: the composing pattern adds them.
"""

from __future__ import annotations

DOSSIER = r"ho\s+so"
# "HS" for hồ sơ, written in capitals (a text that speaks of pupils, học sinh, is told apart where it matters)
DOSSIER_ABBR = r"hs"
PROCEDURE = r"thu\s+tuc|tthc"
# "phản ánh", "kiến nghị" ("kiếnnghị" glued in a hastily typed text), "PAKN"
FEEDBACK = r"phan\s+anh|kien\s*nghi|pakn"
# "ý kiến": an opinion, counted with feedback
OPINION = r"y\s+kien"

# what a report counts: dossiers, procedures and feedback
COUNTED = f"{DOSSIER}|{PROCEDURE}|{FEEDBACK}"
# the same with the capital abbreviation of dossiers
COUNTED_ABBR = f"{DOSSIER}|{DOSSIER_ABBR}|{PROCEDURE}|{FEEDBACK}"
