"""Fields named without their head word ``lĩnh vực``: a known field's name (levels.toml [known_fields]).

- right after a count's unit word, a status or a link allowed between (``03 hồ sơ đất đai``, ``28 hồ sơ đất đai
  đang giải quyết``, ``64 hồ sơ về bảo trợ xã hội``, ``9 hồ sơ thuộc người có công``): the field the dossiers are of
  (:func:`known_field_after`, read by :func:`extract.extractors.figure_scope.field_scope`); never when another
  word goes on after the name (``20 hồ sơ xây dựng nông thôn mới``) nor two fields named together;
- right before a figure as a part of a breakdown (``tiếp nhận 392 hồ sơ (bảo trợ xã hội 215, người có công 84)``,
  ``tiếp đến là chứng thực (287 hồ sơ)``, ``trong đó đất đai 120 hồ sơ``): the part's own field, more specific than
  the office or place framing the sentence (:func:`known_part_scopes`, a scope of
  :func:`extract.extractors.figure_levels.scopes`).
"""

from __future__ import annotations

from functools import cache
from typing import Protocol

import regex

from extract.extractors.figure_blocks import field_name, level_words, load_levels
from extract.extractors.figure_nouns import DOSSIER, DOSSIER_ABBR
from normalize.text import fold

_SP = r"[^\S\n]+"
_NUM = r"(?<![\w.,])\d{1,3}(?:\.\d{3})+(?![\d.,]\d)|(?<![\w.,])\d+(?![\d.,]\d)"


class _Fig(Protocol):
    start: int
    end: int
    num_end: int


class _Structure(Protocol):
    def last_full_stop(self, p: int) -> int: ...


class _Page(Protocol):
    text: str
    ft: str
    st: _Structure


@cache
def known_names() -> str:
    """The known fields (levels.toml [known_fields] names) as one alternation, longest first, folded."""
    try:
        names = sorted(load_levels()["known_fields"]["names"], key=len, reverse=True)
    except (KeyError, TypeError) as exc:
        raise ValueError(f"levels.toml: malformed [known_fields] names: {exc}") from exc
    return "|".join(n.replace(" ", _SP) for n in names)


@cache
def _known_re() -> regex.Pattern[str]:
    return regex.compile(rf"(?:{known_names()})")


def is_known_field(folded: str) -> bool:
    """Whether ``folded`` (folded, lower case) is one known field's whole name."""
    return _known_re().fullmatch(" ".join(folded.split())) is not None


@cache
def _res() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    known = rf"(?:{known_names()})(?!\w)"
    name = rf"(?P<field>{known}(?:[^\S\n]*[-–][^\S\n]*{known})*)"
    status = rf"(?:{_SP}(?:{level_words('field_after', 'status', _SP)})(?!\w)){{0,3}}"
    links = level_words("known_fields", "links", _SP)
    follow = level_words("known_fields", "followers", _SP)
    kind = level_words("known_fields", "procedure_words", _SP)
    after = regex.compile(
        rf"(?:{_SP}(?:{kind})(?!\w))?{status}(?:{_SP}(?:{links})(?!\w))?{_SP}{name}"
        rf"(?=[^\S\n]*(?:[,.;:)!?\n]|$)|{_SP}(?:{follow})(?!\w))")
    # "… đất đai, xây dựng", "… đất đai và hộ tịch": fields named together
    joined = level_words("known_fields", "joint_words", _SP)
    joint = regex.compile(rf"[^\S\n]*(?:,|/|(?:{joined})(?!\w))[^\S\n]*(?:linh{_SP}vuc{_SP})?{known}")
    leads = level_words("known_fields", "part_leads", _SP)
    plinks = level_words("known_fields", "part_links", _SP)
    unit = rf"(?:{DOSSIER}|{DOSSIER_ABBR})(?!\w)"
    # ("là chứng thực với gần 1.500 hồ sơ": an approximation before the figure, levels.toml [ranked] about; a lead
    # word may end its line: "tiếp đến là" / "hộ tịch 1.036 hồ sơ")
    about = rf"(?:(?:{fold(level_words('ranked', 'about', _SP))})(?!\w)[^\S\n]*)?"
    # the part's figure: bare or with its dossier unit, in brackets or not, then the end of the part
    part = regex.compile(
        rf"(?:(?<!\w)(?P<lead>{leads})(?!\w)(?:[^\S\n]*\n)?|(?P<lead>[,;])|[(:])[^\S\n]*{name}[^\S\n]*(?::|{_SP}(?:{plinks})(?!\w))?[^\S\n]*"
        rf"{about}(?P<open>\([^\S\n]*)?(?P<num>{_NUM})(?:{_SP}{unit})?[^\S\n]*(?(open)\)|(?=[,;)]|\.(?!\d)|\n|$|va(?!\w)))")
    return after, joint, part


DOSSIER_AFTER_RE = regex.compile(rf"[^\S\n]*(?:{DOSSIER}|{DOSSIER_ABBR})(?!\w)")


def known_field_after(page: _Page, fig: _Fig) -> str | None:
    """The known field named right after the dossier count ``fig``'s unit word, as written, or None."""
    ft = page.ft
    if DOSSIER_AFTER_RE.match(ft, fig.num_end) is None:
        return None
    after, joint, _ = _res()
    m = after.match(ft, fig.end, min(len(ft), fig.end + 120))
    if m is None or joint.match(ft, m.end()):
        return None
    if _named_before(page, " ".join(ft[m.start("field"):m.end("field")].split()), fig.start):
        return None
    return field_name(" ".join(page.text[m.start("field"):m.end("field")].split()))


HEADING_CHARS = 400  # the opening of a text: its issuer, its title, its lede
SENTENCE_CHARS = 300


def _named_before(page: _Page, field: str, start: int) -> bool:
    """Whether ``field`` (folded) is named in the text's opening or earlier in the figure's sentence: the dossiers
    of a land registry office's report or sentence (``Văn phòng Đăng ký đất đai tiếp nhận 63.000 hồ sơ đất đai``)
    are the unit's or the office's own business, no field of theirs."""
    words = r"\s+".join(regex.escape(w) for w in field.split())
    name = regex.compile(rf"(?<!\w){words}(?!\w)")
    ft = page.ft
    return name.search(ft, 0, min(HEADING_CHARS, start)) is not None or name.search(
        ft, max(page.st.last_full_stop(start), start - SENTENCE_CHARS, 0), start) is not None


def known_part_scopes(text: str, ft: str) -> list[tuple[int, int, str]]:
    """Each known field named right before its figure as a part (``(bảo trợ xã hội 215, …)``, ``tiếp đến là chứng
    thực (287 hồ sơ)``): (start of the name, end of the figure, name as written)."""
    _, _, part = _res()
    return [(m.start("field"), m.end(), field_name(" ".join(text[m.start("field"):m.end("field")].split())))
            for m in part.finditer(ft) if not _joined_name(ft, m)]


# "…, kế đến là chứng thực (287 hồ sơ), bảo trợ xã hội (…)": a separator goes on a list whose item before it ends
# with its figure; after a name ("Lĩnh vực Đất đai, xây dựng: 412 hồ sơ") it joins two words of one name
LIST_SEPS = {",", ";", "va"}
FIGURE_BEFORE_RE = regex.compile(rf"(?<!\w)\d[\d.,]*(?:[^\S\n]*%|{_SP}(?:{DOSSIER}|{DOSSIER_ABBR}))?[^\S\n]*\)?[^\S\n]*$")


def _joined_name(ft: str, m: regex.Match[str]) -> bool:
    lead = m.group("lead")
    return lead in LIST_SEPS and FIGURE_BEFORE_RE.search(ft, max(0, m.start() - 40), m.start()) is None
