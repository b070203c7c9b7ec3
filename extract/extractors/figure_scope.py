"""The field or sub-unit a count's own words name, when its sentence or list item names none.

``ở lĩnh vực đất đai (42 hồ sơ)``, ``03 hồ sơ quá hạn thuộc lĩnh vực đất đai``, ``Quá hạn 01 hồ sơ (lĩnh vực
đất đai)``, the next field of such a list (``… (02 hồ sơ) và xây dựng (01 hồ sơ)``), or the sub-unit named
after ``của`` (``03 hồ sơ đất đai đã quá hạn xử lý của Chi nhánh Văn phòng đăng ký đất đai``). The scopes of
sentences, list items and headings are found once per text (:mod:`extract.extractors.figure_text`).
"""

from __future__ import annotations

from functools import cache

import regex

from extract.extractors.figure_blocks import field_name, level_words, unit_level
from extract.extractors.figure_field_names import FIELD_NAME, OTHER_FIELDS_RE, field_stop
from extract.extractors.figure_nouns import DOSSIER, DOSSIER_ABBR, FEEDBACK, OPINION, PROCEDURE
from extract.extractors.figure_page import Page
from extract.extractors.figure_scan import Figure
from extract.extractors.figure_scope_known import is_known_field, known_field_after
from extract.extractors.figure_scope_names import cut_ranked_verb, misread_so, unit_heads
from extract.extractors.figure_scope_parts import part_owner
from extract.extractors.figure_scope_ranked import ranked_field
from extract.extractors.figure_scope_refs import is_demonstrative, referred_field
from extract.extractors.figure_subject_lists import names_office
from normalize.text import fold


@cache
def _field_res() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    stop = field_stop()
    name = FIELD_NAME.format(stop=stop)
    before = regex.compile(rf"(?<!\w){name}\s*\(\s*$")
    # "nhiều nhất là lĩnh vực hộ tịch với 1.020 hồ sơ, tiếp đến là lĩnh vực chứng thực với 640 hồ sơ"
    # "Hồ sơ quá hạn tập trung chủ yếu ở lĩnh vực đất đai, với 5.100 hồ sơ", "chủ yếu thuộc lĩnh vực X với …": where
    # the things just named fall, their figure after "với"
    ranked = regex.compile(rf"(?<!\w)(?:la|o|thuoc|vao)\s+{name}[^\S\n]*,?\s+voi\s+(?:(?:hon|gan|khoang|tren)\s+)?$")
    # "03 hồ sơ quá hạn thuộc lĩnh vực đất đai", "02 hồ sơ lĩnh vực đất đai giải quyết quá hạn"; not "7 hồ sơ
    # quá hạn đều thuộc lĩnh vực đất đai" (all of the unit's late dossiers happen to be of one field);
    # "9.700 hồ sơ liên quan đến lĩnh vực đất đai": the same relation in other words
    # "1.196 hồ sơ thủ tục hành chính trong lĩnh vực X", "… về lĩnh vực X": the field the dossiers are of
    # (a set of procedures "16 thủ tục … trong lĩnh vực X" is defined by its field: only dossiers take it)
    # "04 hồ sơ đang giải quyết quá hạn ở lĩnh vực đất đai", "02 hồ sơ đang quá hạn lĩnh vực đất đai": the dossiers'
    # status between them and their field (levels.toml [field_after])
    # "06 hồ sơ quá hạn của lĩnh vực đất đai": the field owning them ("của" may also be skipped: "480 hồ sơ của công
    # dân thuộc lĩnh vực hộ tịch")
    skip = r"(?:thuoc|o|lien\s+quan\s+(?:den|toi)|trong|ve)"
    rel = r"(?:thuoc|o|cua|lien\s+quan\s+(?:den|toi)|(?P<within>trong|ve))"
    status = rf"(?:\s+(?:{level_words('field_after', 'status')})(?!\w)){{1,4}}"
    # "133 hồ sơ còn lại thuộc các lĩnh vực khác": the fields not named, their plural with them
    other = (rf"(?:(?:{level_words('frame', 'plural')})\s+"
             rf"(?=linh\s+vuc\s+(?:{level_words('field_after', 'others')})(?!\w)))?")
    after = regex.compile(rf"(?:(?:\s+(?!{skip})\w+){{0,5}}?(?<!(?<!\w)deu)\s+{rel}|{status})?"
                          rf"\s+{other}{name}")
    # "lĩnh vực đất đai (02 hồ sơ) và xây dựng (01 hồ sơ)": the next field of the list, as written; and any later
    # one ("lĩnh vực A (…), B (…), C (…) và D (…)")
    word = rf"(?!(?:{stop})(?!\w))\w+"
    item = rf"(?:\s*+(?:,|;|va)\s*+{word}(?:\s+{word}){{0,3}}\s*\([^()]{{1,40}}\))"
    conj = regex.compile(
        rf"(?<!\w){name}\s*\([^()]{{1,40}}\){item}{{0,6}}\s*(?:,|;|va)\s*(?P<next>{word}(?:\s+{word}){{0,3}})\s*\(\s*$")
    return before, after, conj, ranked


@cache
def _subject_after_re() -> regex.Pattern[str]:
    """``235 phản ánh, kiến nghị về quy định hành chính;``, ``806 phản ánh, kiến nghị, hỏi đáp … liên quan đến thủ
    tục hành chính.``, ``9.700 thủ tục liên quan đến đất đai``: what the counted things are about, told at the end of
    their clause (a field without its head word, or a subject such as the kind of an administrative act)."""
    # the words that end a name ("vì" left out: folded, it is also the "vi" of "hành vi hành chính")
    stop = field_stop(("vi",))
    word = rf"(?!(?:{stop}|viec|cac|nhung|linh\s+vuc)(?!\w))[^\W\d]\w*(?:-\w+)*"
    return regex.compile(
        # (possessive runs of spaces: "[^\S\n]*,?[^\S\n]+" split a run of spaces k ways, k**6 in all)
        rf"(?:(?:[^\S\n]*+,)?[^\S\n]++(?!(?:lien|ve)(?!\w))[^\W\d]\w*){{0,6}}?[^\S\n]+"
        rf"(?:lien[^\S\n]+quan[^\S\n]+(?:den|toi)|(?P<about>ve))[^\S\n]+"
        rf"(?P<field>{word}(?:[^\S\n]+{word}){{0,4}})(?=[^\S\n]*(?:[.;,)]|\n|$))")


# "…, trong đó có 806 phản ánh … liên quan đến X", "Trong số này, có 235 … về X; 1.063 … về Y": a part of the
# whole just told, with nothing done to it between the marker and the figure (what the whole is about is the
# unit's own business: "UBND tiếp nhận 03 phản ánh, kiến nghị về quy định hành chính" stays unscoped)
PART_MARK_RE = regex.compile(r"(?<!\w)trong\s+(?:do|so\s+(?:nay|do|tren))(?!\w)")
PART_VERB_RE = regex.compile(r"(?<!\w)(?:da|dang|xu\s+ly|giai\s+quyet|tiep\s+nhan|cong\s+khai|tien\s+hanh|chuyen|tra)(?!\w)")


CLAUSE_REACH = 200  # characters back a clause's marker or verb is looked for (a clause joined over page breaks is long)


def _is_part(page: Page, fig: Figure) -> bool:
    lo = max(page.st.last_full_stop(fig.start), fig.start - CLAUSE_REACH)
    marks = list(PART_MARK_RE.finditer(page.ft, lo, fig.start))
    return bool(marks) and PART_VERB_RE.search(page.ft, marks[-1].end(), fig.start) is None


HANDLING_VERB_RE = regex.compile(r"(?<!\w)(?:xu\s+ly|giai\s+quyet|tiep\s+nhan|tra\s+ket\s+qua)(?!\w)")


def _handled_work(page: Page, fig: Figure) -> bool:
    """Whether ``fig`` counts dossiers or procedures its clause handles (``đã tiếp nhận, giải quyết 9.700 thủ
    tục``), not a set held (``tỉnh có 1.702 thủ tục``)."""
    return WORK_UNIT_RE.match(page.ft, fig.num_end) is not None and HANDLING_VERB_RE.search(
        page.ft, max(page.st.clause_start(fig.start), fig.start - CLAUSE_REACH), fig.start) is not None


LATE_WORD_RE = regex.compile(rf"(?<!\w)(?:{level_words('names', 'late_words')})(?!\w)")
PLURAL_FIELD_BEFORE_RE = regex.compile(r"(?<!\w)(?:cac|nhung)\s+$")
FIGURE_PAREN_RE = regex.compile(r"[^\S\n]*\([^\S\n]*\d")


@cache
def _joint_field_re() -> regex.Pattern[str]:
    """``…, chứng thực;``, ``… và xây dựng.``: another field's name after the one read, up to its clause's end."""
    word = rf"(?!(?:{field_stop()})(?!\w))(?!\d)\w+(?:-\w+)*"
    return regex.compile(rf"[^\S\n]*(?:,|va|hoac)[^\S\n]*(?:linh\s+vuc[^\S\n]+)?{word}(?:[^\S\n]+{word}){{0,3}}"
                         r"[^\S\n]*(?:[;.)\n]|$)")


PROCEDURE_UNIT_RE = regex.compile(rf"[^\S\n]*(?:{PROCEDURE})(?!\w)")
WORK_UNIT_RE = regex.compile(rf"[^\S\n]*(?:{DOSSIER}|{DOSSIER_ABBR}|{PROCEDURE})(?!\w)")
FEEDBACK_UNIT_RE = regex.compile(rf"[^\S\n]*(?:{FEEDBACK}|{OPINION})(?!\w)")


@cache
def _paren_field_re() -> regex.Pattern[str]:
    stop = field_stop()
    return regex.compile(rf"[^\S\n]*\([^\S\n]*{FIELD_NAME.format(stop=stop)}[^\S\n]*\)")


@cache
def _owner_re() -> regex.Pattern[str]:
    """``03 hồ sơ đất đai đã quá hạn xử lý của Chi nhánh Văn phòng đăng ký đất đai``, ``15 hồ sơ quá hạn thuộc
    Phòng Kinh tế``, ``1.200 hồ sơ thuộc thẩm quyền của Phòng Tư pháp``, ``45 hồ sơ do Phòng Kinh tế thụ lý``: the
    sub-unit the figure's dossiers belong to, named after ``của``, ``thuộc (thẩm quyền / phạm vi) (của)`` or ``do``
    (then its handling verb) in the figure's clause (a head word of a sub-unit first, then the words up to its verb
    or the end of the clause)."""
    heads = unit_heads()
    handle = r"(?:thu\s+ly|giai\s+quyet|tiep\s+nhan|xu\s+ly|thuc\s+hien|quan\s+ly)(?!\w)"
    link = r"(?:cua|thuoc(?:\s+(?:tham\s+quyen|pham\s+vi)(?:\s+giai\s+quyet)?)?(?:\s+cua)?)"
    return regex.compile(rf"(?:\s+(?!(?:cua|thuoc|do)(?!\w))\w+){{0,8}}?(?:\s+{link}\s+(?P<field>(?:{heads})(?!\w)"
                         rf"(?:[^\S\n]+(?!{handle})\w+){{1,8}}?)(?=[^\S\n]*(?:[;,.)]|\n|$|{handle}))"
                         rf"|\s+do\s+(?P<field>(?:{heads})(?!\w)(?:[^\S\n]+(?!{handle})\w+){{1,8}}?)(?=[^\S\n]+{handle}))")


@cache
def _unit_paren_re() -> regex.Pattern[str]:
    """``Sở Tư pháp (590 hồ sơ), Sở Xây dựng (320 hồ sơ)``: a sub-unit named right before a parenthesis that
    holds its figure alone; the name opens an item of a list (after ``:``, ``,``, ``;``, ``là``, ``và``)."""
    heads = unit_heads()
    # "…, kế đến Sở B (9.862 hồ sơ)": a rank's link word before the next name of a ranking, "là" left out
    links = fold(level_words("ranked", "predicates", " ")).replace(" ", r"\s+")
    # ("tập trung ở Phòng A (12 hồ sơ)", "chủ yếu tại Chi nhánh B (40 hồ sơ)": where the figures fall)
    return regex.compile(rf"(?:^|\n|[:;,]|(?<!\w)(?:la|va|gom|o|tai|(?:{links})(?!\w)))[^\S\n]*(?P<field>(?:{heads})(?!\w)[^\n(),;:.]{{1,60}}?)"
                         r"[^\S\n]*\([^\S\n]*$")


DOSSIER_UNIT_RE = regex.compile(rf"[^\S\n]*(?:{DOSSIER}|{DOSSIER_ABBR})(?!\w)")
# "61 hồ sơ nộp mức độ 3 và 1.537 hồ sơ nộp mức độ 4": the service level a dossier count is told by groups it, as
# a level of government does (procedures "186 DVCTT mức độ 3" are counted by level in their metric instead);
# levels named together ("mức độ 3, 4") scope nothing
# "1.500 hồ sơ trực tuyến toàn trình", "số hồ sơ nộp trực tuyến một phần là 820": the kind of online service, as
# written, groups its dossiers as seed 000's "của DVCTT toàn trình" does (GOLD.md: a kind of procedure is the scope
# of what is counted within it); "toàn trình và một phần" together scope nothing
SERVICE_LEVEL_AFTER_RE = regex.compile(
    r"[^\S\n]++(?:(?:nop|tiep\s+nhan|qua|theo|truc\s+tuyen|dich\s+vu\s+cong)[^\S\n]++){0,3}"
    r"(?:(?P<field>muc[^\S\n]+do[^\S\n]+[1-4])(?!\w)(?![^\S\n]*(?:,|va|hoac)[^\S\n]*(?:muc[^\S\n]+do[^\S\n]+)?[1-4](?![\d.,]\d|\w))"
    r"|(?<=truc\s+tuyen[^\S\n]+)(?P<field>toan[^\S\n]+trinh|mot[^\S\n]+phan)(?!\w)"
    r"(?![^\S\n]*(?:,|va|hoac|/)[^\S\n]*(?:toan[^\S\n]+trinh|mot[^\S\n]+phan)))")
# the same kind in the key a bare figure closes: "số hồ sơ trực tuyến toàn trình là 115.600"
SERVICE_KIND_BEFORE_RE = regex.compile(
    r"(?<!\w)(?:so\s+(?:luong\s+)?)?(?:ho\s+so|hs)(?:\s+(?:nop|tiep\s+nhan))?\s+truc\s+tuyen\s+"
    r"(?P<field>toan\s+trinh|mot\s+phan)(?:\s+(?:da\s+)?(?:tiep\s+nhan|nop))?\s*(?:la|:|dat)?\s*$")
PAREN_CLOSE_RE = regex.compile(r"[^\S\n]*\)")
# "1.100 thủ tục cấp tỉnh, 280 thủ tục cấp huyện và 120 thủ tục cấp xã": a level written right after the unit word
# "2.700 thủ tục thuộc phạm vi thẩm quyền giải quyết của UBND cấp xã": the level whose competence the count falls under
# "1.367 thủ tục thuộc phạm vi giải quyết của 19 sở, ban, ngành cấp tỉnh": the bodies of that level, counted or not
# (the words are levels.toml [level_after] and [levels])
_SP = r"[^\S\n]+"
BODIES_OF_LEVEL = (rf"(?:\d{{1,3}}{_SP})?(?:cac{_SP})?(?:{level_words('level_after', 'bodies', _SP)})"
                   rf"(?:[^\S\n]*+,?[^\S\n]*+(?:va{_SP})?(?:{level_words('level_after', 'bodies', _SP)}"
                   rf"|{level_words('level_after', 'more_bodies', _SP)}))*")
LEVEL_AFTER_RE = regex.compile(
    rf"{_SP}(?:(?:{level_words('level_after', 'competence', _SP)})"
    rf"(?:{_SP}(?:{level_words('level_after', 'committees', _SP)}|{BODIES_OF_LEVEL}))?{_SP})?"
    rf"(?P<field>cap{_SP}(?P<level>{level_words('levels', 'cap')}))(?!\w)")
# "thủ tục cấp tỉnh, huyện, xã", "hồ sơ cấp huyện và cấp xã": levels named together scope nothing
JOINT_LEVEL_AFTER_RE = regex.compile(
    rf"[^\S\n]*(?:,|va|hoac|&)[^\S\n]*(?:cap{_SP})?(?:{level_words('levels', 'names')})(?!\w)")


@cache
def _field_item_re() -> regex.Pattern[str]:
    """``Các lĩnh vực có nhiều hồ sơ là Hộ tịch (3.100 hồ sơ) và Chứng thực (2.800 hồ sơ)``: a field named as an
    item of a list that a plural ``các lĩnh vực`` introduces, right before a parenthesis holding its figure alone."""
    stop = field_stop()
    word = rf"(?!(?:{stop})(?!\w))\p{{L}}+"
    # (a name may hold a dash and "và": "lao động - thương binh và xã hội"; :func:`_field_item` says whether the
    # words after "và" are a name of their own)
    name = rf"{word}(?:(?:[^\S\n]*[-–][^\S\n]*|[^\S\n]+){word}){{0,3}}"
    return regex.compile(rf"(?:[:;,]|(?<!\w)(?:la|va|gom|nhu)(?!\w))[^\S\n]*"
                         rf"(?P<field>{name}(?:[^\S\n]+va[^\S\n]+(?P<tail>{name}))?)[^\S\n]*\([^\S\n]*$")


# "Các lĩnh vực có nhiều hồ sơ là …", "Lĩnh vực có nhiều hồ sơ nhất là …" (the fields ranked one after the other)
FIELD_LIST_INTRO_RE = regex.compile(r"(?<!\w)(?:(?:cac|nhung)\s+linh\s+vuc(?!\w)|linh\s+vuc\s+co(?!\w))"
                                    r"[^.;\n()]{0,80}?(?:\s(?:la|gom|nhu)|:)(?!\w)")


def _field_item(page: Page, fig: Figure) -> str | None:
    ft = page.ft
    if PAREN_CLOSE_RE.match(ft, fig.end) is None:
        return None
    m = _field_item_re().search(ft, max(0, fig.start - 60), fig.start)
    if m is None:
        return None
    lo = page.st.last_full_stop(fig.start)
    if FIELD_LIST_INTRO_RE.search(ft, lo, m.start("field")) is None:
        return None
    s = m.start("field")
    if m.group("tail") is not None and is_known_field(m.group("tail")) and not is_known_field(m.group("field")):
        s = m.start("tail")  # "…, hộ tịch và chứng thực (…)": two fields, the figure the last one's
    if names_office(ft, s, m.end("field"), page.data.scope_not, within=True):
        return None
    return field_name(" ".join(page.text[s:m.end("field")].split()))


def _unit_in_paren(page: Page, fig: Figure) -> str | None:
    ft = page.ft
    if PAREN_CLOSE_RE.match(ft, fig.end) is None:
        return None
    u = _unit_paren_re().search(ft, max(0, fig.start - 90), fig.start)
    if u is None:
        return None
    s, e = u.span("field")
    e = s + len(cut_ranked_verb(page.text[s:e]))  # "Sở X tiếp nhận nhiều hồ sơ nhất (N hồ sơ)"
    name = " ".join(page.text[s:e].split())
    head = ft[s:e]
    if names_office(ft, s, e, page.data.scope_not, within=True) or misread_so(head, name):
        return None
    return name


def _level_after(page: Page, fig: Figure) -> str | None:
    """``1.100 thủ tục cấp tỉnh, 280 thủ tục cấp huyện``: the level written right after a count's unit word, unless
    it is the reporting unit's own level and no other level is told beside it in the sentence."""
    ft = page.ft
    m = LEVEL_AFTER_RE.match(ft, fig.end)
    if m is None or JOINT_LEVEL_AFTER_RE.match(ft, m.end()):
        return None
    level = " ".join(m.group("level").split())
    if level == unit_level(ft):
        lo, hi = page.st.last_full_stop(fig.start), page.st.next_full_stop(fig.end)
        others = {" ".join(o.group("level").split()) for o in LEVEL_AFTER_RE.finditer(ft, lo, hi)}
        if others <= {level}:
            return None
    return " ".join(page.text[m.start("field"):m.end("field")].split())


def _owner(page: Page, fig: Figure) -> str | None:
    """The sub-unit named after the figure as its dossiers' owner (``… của Chi nhánh …``, ``do Phòng A thụ lý``)."""
    ft = page.ft
    ce = min(page.st.next_clause(fig.end), fig.end + 120)
    if (u := _owner_re().match(ft, fig.end, ce)) is None:
        return None
    head, sub = ft[u.start("field"):u.end("field")], page.text[u.start("field"):u.end("field")]
    if names_office(ft, *u.span("field"), page.data.scope_not, within=True) or misread_so(head, sub):
        return None
    return " ".join(sub.split())


def service_kind_before(page: Page, fig: Figure) -> str | None:
    """``số hồ sơ trực tuyến toàn trình là 115.600``: the kind of online service the key of a bare figure names."""
    m = SERVICE_KIND_BEFORE_RE.search(page.ft, max(0, fig.start - 80), fig.start)
    return " ".join(page.text[m.start("field"):m.end("field")].split()) if m is not None else None


def field_scope(page: Page, fig: Figure, known: bool = True) -> str | None:
    """``ở lĩnh vực đất đai (42 hồ sơ)``; ``03 hồ sơ quá hạn thuộc lĩnh vực đất đai``; the next field of
    such a list (``… (02 hồ sơ) và xây dựng (01 hồ sơ)``); a sub-unit before its figure in brackets (``Sở Tư pháp
    (590 hồ sơ)``); a level right after the unit word (``301 thủ tục cấp huyện``); with ``known``, a known field
    with no head word right after it (``03 hồ sơ đất đai``, :mod:`extract.extractors.figure_scope_known`)."""
    before, after, conj, ranked = _field_res()
    ft = page.ft
    m = before.search(ft, max(0, fig.start - 80), fig.start) or ranked.search(ft, max(0, fig.start - 80), fig.start)
    if m is None and (rf := ranked_field(page.text, ft, fig.start)) is not None:
        return rf  # "Lĩnh vực đất đai vẫn chiếm tỷ trọng lớn nhất với 4.028 hồ sơ", "… nhất là đất đai với 3.206 hồ sơ"
    if m is None and (name := _unit_in_paren(page, fig) or _field_item(page, fig)) is not None:
        return name
    if m is None and (c := conj.search(ft, max(0, fig.start - 400), fig.start)) is not None:
        return field_name(" ".join(page.text[c.start("next"):c.end("next")].split()))
    if m is None:
        ce = min(page.st.next_clause(fig.end), fig.end + 120)
        m = after.match(ft, fig.end, ce)
        if m is not None and m.group("within") is not None and DOSSIER_UNIT_RE.match(ft, fig.num_end) is None:
            m = None
        # "đơn giản hóa ít nhất 05 thủ tục hành chính lĩnh vực nông nghiệp": a set of procedures named by its field
        # right after it is defined by it, as "… trong lĩnh vực X" is
        if m is not None and PROCEDURE_UNIT_RE.match(ft, fig.num_end) and not ft[fig.end:m.start("field")].strip():
            m = None
        # "06 hồ sơ quá hạn thuộc lĩnh vực đất đai (04 hồ sơ) và …": the field is its bracket's part, not the total;
        # "24 thủ tục thuộc lĩnh vực hộ tịch, chứng thực": fields named together scope nothing
        if m is not None and (o := OTHER_FIELDS_RE.search(ft, m.start("field"), m.end("field"))) is not None and (
                p := PLURAL_FIELD_BEFORE_RE.search(ft, max(0, m.start("field") - 10), m.start("field"))) is not None:
            # "133 hồ sơ còn lại thuộc các lĩnh vực khác như lao động, …": the fields not named, up to "khác"
            return " ".join(page.text[p.start():o.end()].split())
        if m is not None and (FIGURE_PAREN_RE.match(ft, m.end()) or _joint_field_re().match(ft, m.end())):
            return None
    if m is None and known and (kf := known_field_after(page, fig)) is not None:
        # "03 hồ sơ đất đai", "64 hồ sơ về bảo trợ xã hội": a known field with no head word, unless the sub-unit
        # the dossiers belong to is named after it ("03 hồ sơ đất đai đã quá hạn của Chi nhánh …")
        return _owner(page, fig) or kf
    if m is None:  # "Xã đang giải quyết 50 hồ sơ (lĩnh vực đất đai)": the field alone in brackets right after it
        m = _paren_field_re().match(ft, fig.end, min(len(ft), fig.end + 80))
        if m is not None and LATE_WORD_RE.search(ft, page.st.clause_start(fig.start), m.start()) is not None:
            return None  # "quá hạn 04 hồ sơ (lĩnh vực đất đai)": the unit's whole late count, told as one field
    if m is None and (lv := _level_after(page, fig)) is not None:
        return lv
    if m is None and DOSSIER_UNIT_RE.match(ft, fig.num_end) and (
            sv := SERVICE_LEVEL_AFTER_RE.match(ft, fig.end)) is not None:
        return " ".join(page.text[sv.start("field"):sv.end("field")].split())
    if m is None and (_is_part(page, fig) or _handled_work(page, fig)) and (
            sub := _subject_after_re().match(ft, fig.end, min(page.st.next_stop(fig.end), fig.end + 160))) \
            is not None and (sub.group("about") is None or FEEDBACK_UNIT_RE.match(ft, fig.num_end)):
        # ("về" only after feedback in a part: "N hồ sơ về …" as often tells where the dossiers went; "liên quan
        # đến" names what handled dossiers are about, a part or not: "giải quyết 9.700 thủ tục liên quan đến đất đai";
        # the unit's feedback told with its subject stays the unit's: "nhận 02 phản ánh liên quan đến thủ tục X", and
        # so does a set of procedures: "tỉnh có 1.702 thủ tục liên quan đến người dân")
        return field_name(" ".join(page.text[sub.start("field"):sub.end("field")].split()))
    if m is None:
        if (owner := _owner(page, fig)) is not None:
            return owner
        ce = min(page.st.next_clause(fig.end), fig.end + 120)
        if _is_part(page, fig):  # "…, trong đó 12.300 hồ sơ của Trung tâm Phục vụ hành chính công tỉnh"
            return part_owner(page.text, ft, fig.end, ce)
        return None
    fs = m.start("field")
    if (p := PLURAL_FIELD_BEFORE_RE.search(ft, max(0, fs - 10), fs)) is not None and OTHER_FIELDS_RE.search(
            ft, fs, m.end("field")):
        fs = p.start()  # "còn lại là các lĩnh vực khác (290 hồ sơ)": names no field, stays as written (GOLD.md)
    # ("tập trung ở các lĩnh vực đất đai (120 hồ sơ), xây dựng (…)": the plural opens a list of named fields)
    if is_demonstrative(ft[fs:m.end("field")]):  # "… thuộc lĩnh vực này": the field named before
        return referred_field(page.text, ft, fs)
    return field_name(" ".join(page.text[fs:m.end("field")].split()))
