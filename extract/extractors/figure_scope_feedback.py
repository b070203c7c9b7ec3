"""The parts of a feedback or dossier count named with their bare figures (levels.toml [feedback_parts]).

After a count, in brackets or after ``gồm`` / ``trong đó``, each part names what it is of:

- a known field after its figure: ``Tiếp nhận 05 PAKN (04 về lĩnh vực đất đai, 01 về hộ tịch)``, ``tiếp nhận 300
  hồ sơ (200 thuộc đất đai, 100 thuộc xây dựng)``; a known field before it (``(hộ tịch 180, chứng thực 120)``) is
  :func:`extract.extractors.figure_scope_known.known_part_scopes`' and only read here to go on along the list;
- for feedback only, the channel it came by, as written: ``Nhận: 07 (Cổng DVC quốc gia 04, đường dây nóng 02, hòm
  thư 01)``, ``gồm đường dây nóng 3, hòm thư góp ý 1``, ``trong đó qua Hệ thống Smart-BT 05, trực tiếp 01`` (``qua``
  before a bare figure only, a channel's kind with its capitalised proper name); a channel after its figure (``02 qua
  Cổng Dịch vụ công quốc gia``) or ``qua X:`` before a figure with its unit (``qua Tổng đài: 02 PAKN``) is its label,
  no scope. A dossier count's channels are metrics of their own (``received_online``),
  never scopes.

A count is one of feedback when its unit or its clause names feedback, or, a list item, the heading over it does.
:func:`feedback_part_scopes` gives (start, end, name) scopes to :mod:`extract.extractors.figure_levels`.

The parts of an interlinked total in brackets are named by their group of procedures, as written, before each figure
(``146 hồ sơ liên thông (khai sinh - thường trú - thẻ BHYT trẻ dưới 6 tuổi 121 hồ sơ; khai tử - xóa thường trú -
mai táng phí 25 hồ sơ)``): :func:`interlinked_part_scopes`.
"""

from __future__ import annotations

from functools import cache

import regex

from extract.extractors.figure_blocks import field_name, level_words
from extract.extractors.figure_scope_known import known_names

_SP = r"[^\S\n]+"
_NUM = r"(?<![\w.,])\d{1,3}(?:\.\d{3})+(?![\d.,]\d)|(?<![\w.,])\d+(?![\d.,]\d)"
_UNIT = r"ho\s+so|hs|pakn|phan\s+anh(?:[^\S\n]*,[^\S\n]*kien\s+nghi)?|kien\s+nghi|y\s+kien|truong\s+hop|thu\s+tuc"
MAX_PARTS = 10
SENTENCE_START_RE = regex.compile(r"(?r)[!?\n]|\.(?!\d)")
ITEM_RE = regex.compile(r"[^\S\n]*(?:[-+*•–]|[a-z]\)|\d{1,2}(?:\.\d{1,2}){0,3}\.?)[^\S\n]")
# a list item's bullet: the lines above with one are its siblings; the first line without one ("IV. PAKN", "2.
# Phản ánh, kiến nghị") heads the list
BULLET_RE = regex.compile(r"[^\S\n]*[-+*•–][^\S\n]")


def _words(key: str) -> str:
    return "|".join(sorted(level_words("feedback_parts", key, _SP).split("|"), key=len, reverse=True))


@cache
def _res() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    known = rf"(?:{known_names()})(?!\w)"
    field = rf"(?P<field>{known}(?:[^\S\n]*[-–][^\S\n]*{known})*)"
    # "qua Hệ thống Smart-BT 05": a channel's kind with its proper name after it (checked capitalised), "qua" left out
    chan = (rf"(?:(?P<lead>{_words('channel_leads')}){_SP})?"
            rf"(?P<chan>(?:{_words('channels')})(?!\w)(?P<own>(?:{_SP}[^\W\d][\w-]*){{0,3}}?))")
    unit = rf"(?:{_SP}(?:{_UNIT})(?!\w))?"
    # the count and what opens its parts: "05 PAKN (", "12 phản ánh, kiến nghị, gồm", "07 ("
    opener = regex.compile(
        rf"(?P<num>{_NUM})(?P<unit>{unit})[^\S\n]*(?:\(|,?[^\S\n]*(?<!\w)(?:{_words('opens')})(?!\w)[^\S\n]*[,:]?)"
        r"[^\S\n]*")
    end = r"(?=[^\S\n]*(?:[,;)]|\.(?!\d)|\n|$|va(?!\w)))"
    fig = rf"(?P<num>{_NUM}){unit}"
    field_part = regex.compile(
        rf"(?:{fig}{_SP}(?:{_words('field_links')}){_SP}{field}|{field}[^\S\n]*:?[^\S\n]*{fig}){end}")
    # (only before its figure: "02 qua Cổng Dịch vụ công quốc gia" is labelled by its channel, unscoped: heldout14's
    # gold; "(Cổng DVC quốc gia 04, đường dây nóng 02)" names its parts by it: heldout15's and heldout5's)
    chan_part = regex.compile(rf"{chan}[^\S\n]*:?[^\S\n]*{fig}{end}")
    sep = regex.compile(r"[^\S\n]*(?:[,;]|va(?!\w))[^\S\n]*")
    return opener, field_part, chan_part, sep


@cache
def _feedback_re() -> regex.Pattern[str]:
    return regex.compile(rf"(?<!\w)(?:{_words('words')})(?!\w)")


def _is_feedback(ft: str, o: regex.Match[str]) -> bool:
    """Whether the count ``o`` opens parts of is one of feedback: by its unit, its clause up to it, or the heading
    line right over the list item it stands on."""
    fb = _feedback_re()
    if fb.search(o.group("unit")):
        return True
    st = SENTENCE_START_RE.search(ft, max(0, o.start() - 300), o.start())
    ls = st.end() if st is not None else max(0, o.start() - 300)
    if fb.search(ft, ls, o.start()):
        return True
    if st is None or ft[st.start()] != "\n" or ITEM_RE.match(ft, ls) is None:
        return False
    # "IV. PAKN\n- Nhận: 07 (…)": the nearest line above that is no list item heads the list
    p = st.start()
    for _ in range(6):
        hs = ft.rfind("\n", 0, p) + 1
        if BULLET_RE.match(ft, hs) is None or ft[hs:p].rstrip().endswith(":"):
            return fb.search(ft, hs, p) is not None
        if hs == 0:
            return False
        p = hs - 1
    return False


def feedback_part_scopes(text: str, ft: str) -> list[tuple[int, int, str]]:
    """Each part of a count's breakdown named by a field after its figure, or, of feedback, by its channel:
    (start, end of the part, name as written)."""
    opener, field_part, chan_part, sep = _res()
    out: list[tuple[int, int, str]] = []
    for o in opener.finditer(ft):
        feedback: bool | None = None
        pos = o.end()
        for _ in range(MAX_PARTS):
            m = field_part.match(ft, pos)
            name = None
            if m is not None:
                if m.start("num") < m.start("field"):  # (a field before its figure: known_part_scopes')
                    name = field_name(" ".join(text[m.start("field"):m.end("field")].split()))
            else:
                if feedback is None:
                    feedback = _is_feedback(ft, o)
                m = chan_part.match(ft, pos) if feedback else None
                if m is None or not _channel_ok(text, ft, m):
                    break
                name = " ".join(text[m.start("chan"):m.end("chan")].split())
            if name is not None:
                # (a channel's part from its figure on: "Tổng đài 1022: 03" holds a number of the name's own)
                start = m.start("num") if "chan" in m.re.groupindex else min(m.start("num"), m.start())
                out.append((start, m.end(), name))
            s = sep.match(ft, m.end())
            if s is None:
                break
            pos = s.end()
    return out


def _channel_ok(text: str, ft: str, m: regex.Match[str]) -> bool:
    """A channel part read: the words after the channel's kind its proper name (capitalised: ``Hệ thống Smart-BT``), and
    after ``qua`` a bare figure (``qua Hệ thống Smart-BT 05``; ``qua Tổng đài: 02 PAKN`` is labelled by its channel,
    no scope)."""
    if not all(w[:1].isupper() for w in text[m.start("own"):m.end("own")].split()):
        return False
    return m.group("lead") is None or (":" not in ft[m.end("chan"):m.start("num")] and not m.group().rstrip()[-1:].isalpha())


# "146 hồ sơ liên thông (điện tử) (": an interlinked total and the bracket right after it (a few words between)
LINKED_OPEN_RE = regex.compile(
    rf"(?:{_NUM})[^\S\n]+(?:ho\s+so|hs|thu\s+tuc|tthc)\s+(?:thuc\s+hien\s+)?lien\s+thong(?:[^\S\n]+[^\W\d]\w*){{0,3}}"
    r"[^\S\n]*\(")
# a group's name (words, a small number among them: "trẻ dưới 6 tuổi"), then its figure with its unit, up to ";" / ")"
LINKED_PART_RE = regex.compile(
    rf"\s*(?P<name>[^\W\d][^\d;:()]{{2,90}}?(?:\d{{1,2}}[^\S\n]+[^\W\d][^\d;:()]{{0,40}}?)?)\s+(?P<num>{_NUM})"
    r"[^\S\n]+(?:ho\s+so|hs|truong\s+hop)(?!\w)[^\S\n]*(?P<sep>[;)])")


def interlinked_part_scopes(text: str, ft: str) -> list[tuple[int, int, str]]:
    """Each group of procedures naming a part of an interlinked total in the bracket after it: (start of the name,
    end of the figure, name as written)."""
    out: list[tuple[int, int, str]] = []
    for o in LINKED_OPEN_RE.finditer(ft):
        pos, parts = o.end(), []
        for _ in range(MAX_PARTS):
            m = LINKED_PART_RE.match(ft, pos)
            if m is None:
                break
            parts.append((m.start("name"), m.end("num"), " ".join(text[m.start("name"):m.end("name")].split())))
            pos = m.end()
            if m.group("sep") == ")":
                break
        if len(parts) >= 2 and m is not None:  # (a list of groups closed by its bracket, never one name alone)
            out.extend(parts)
    return out
