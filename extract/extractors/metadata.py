"""The ``metadata`` extractor: what the report says about itself (the contract's ``document``).

It yields no facts; it sets ``ctx.meta`` from the header, the date line, the title block, the
signature block and the facts of ``references`` (the own ``Số:`` number) and ``periods``:

- unit: the header (``ỦY BAN NHÂN DÂN XÃ THƯỢNG HỒNG``), else the date line's place
  (``Thượng Hồng, ngày …``) typed by a body mention (``UBND xã Thượng Hồng``), else the unit
  the body names most often; province from the text or the website; code when unambiguous. A text with no
  header (a news item) has a unit only where it names one unambiguously (metadata_news.news_unit).
- issuer: null for a news item (the portal in its masthead publishes it; no authority issues it);
  else the body in the header, else the own number's code (``/BC-TTPVHCC`` vs ``/BC-UBND``),
  else the signature block (``TM. ỦY BAN NHÂN DÂN``, ``KT. GIÁM ĐỐC``), in the canonical form
  ``Ủy ban nhân dân xã X`` / ``Trung tâm Phục vụ hành chính công xã X``; a national body's own number
  (``Số: 304/TB-VPCP``) names it (data/metadata.toml ``[central_bodies]``), and its unit is null.
- a page reproducing a document under its heading line cites it at a line's start (``Báo cáo số 228/BC-UBND ngày
  … của UBND phường X về <the heading's title>``, normalize/self_citation.py): number, date, unit and issuer from
  that citation, the title without the heading's type word.
- title: the lines after ``BÁO CÁO`` up to the first body paragraph, joined with single spaces;
  a line of its own in parentheses (``(Số liệu tính từ …)``) is a note, not part of the title.
- kind: the first named period of the title (``tháng 4`` -> month); a title with only a range
  takes the kind of the calendar span it covers; else ``other``.
- period: a range stated in the title block or the first figures, unless it contradicts the
  title (then the range the body states most often); else the title's named period (the first, or a
  later one containing it: "tháng 9 và quý III"); a news item's headline naming none: the body's first period.
- date: the date line, read across table cells and line breaks; a news item's publication stamp.
- signer: the last name line under the signature titles; title in normal capitalisation.

The header (unit, issuer) is read by metadata_header.py, the title block by metadata_title.py (a news item's
headline by metadata_headline.py, both with the cues of metadata_cues.py), the
signature block by metadata_signer.py; the date line and the ``Số:`` line by normalize (dates.py,
docnumbers.py), the one grammar of each. This module puts them together, with the kind and the period.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter
from collections.abc import Iterable

import regex

from extract.extractors.metadata_cues import TitleBlock, cue_data
from extract.extractors.metadata_header import (
    BODY_WINDOW,
    bodies,
    header_department,
    issuer_body,
    issuing_title,
    read_unit,
    resolve,
)
from extract.extractors.metadata_mentions import mentions
from extract.extractors.metadata_period import calendar_kind, read_period, widest
from extract.extractors.metadata_signer import read_signer
from extract.extractors.metadata_title import find_header_date_line, header_end, read_title_block
from extract.extractors.periods import iter_candidate_periods
from extract.facts import Fact, PeriodFact, ReferenceFact, ReportMeta, Unit
from extract.registry import Context, Extractor
from normalize.dates import DateLine, parse_date
from normalize.docnumbers import find_own_number, own_number_labels
from normalize.errors import NormalizeError
from normalize.lexicon import load_document_types
from normalize.self_citation import find_self_citation
from normalize.text import fold
from normalize.units import find_province, former_province, province_type, resolve_unit

__all__ = ["MetadataExtractor", "TitleBlock", "read_meta", "read_title_block"]

# --- kind, period (metadata_period.py) ----------------------------------------------------------

_KIND_BY_LABEL = {"month": "month", "quarter": "quarter", "half_year": "half_year",
                  "nine_months": "nine_months", "year": "year"}


# A year named as part of a shorter span the contract has no label for: "Tuần 03 năm 2024" (a week) is no year
_SUB_YEAR = regex.compile(r"(?i:tuần)\s*\d{1,2}\s*(?:[/,-]\s*)?$")
# kind only: a title's named period with no year anywhere ("… tháng 10 toàn tỉnh đạt 100%") is still a month
KIND_YEAR = 2000


_YEAR = regex.compile(r"(?<![\d.,])(?:19|20)\d\d(?!\d)")


def _title_year(title: str | None) -> int | None:
    """An undated text's year from its title ("… quý III, triển khai … quý IV/2025"): the year the title writes,
    when it writes one only."""
    years = {int(y) for y in _YEAR.findall(title or "")}
    return years.pop() if len(years) == 1 else None


def _title_periods(title: str, year: int | None) -> list:
    return [p for p in iter_candidate_periods(title, year)
            if not (p.label == "year" and _SUB_YEAR.search(title, 0, p.start))]


# --- the extractor ------------------------------------------------------------------------------

def _parse_stamp(text: str, span: tuple[int, int] | None) -> dt.date | None:
    if span is None:
        return None
    if regex.fullmatch(r"\d{4}-\d\d-\d\d", text[span[0]:span[1]]):  # an ISO stamp ("2025-11-23")
        try:
            return dt.date.fromisoformat(text[span[0]:span[1]])
        except ValueError:
            return None
    try:
        return parse_date(text[span[0]:span[1]]).to_date()
    except NormalizeError:
        return None


# Units were merged on 1 July 2025; the codes of normalize/units are those of the 2025 list.
UNIT_LIST_FROM = dt.date(2025, 7, 1)
# "tỉnh Yên Bái": a province named in the text that the 2025 list no longer has (merged)
OLD_PROVINCE = regex.compile(r"(?<![\p{L}])[Tt]ỉnh\s+(?P<name>\p{Lu}[\p{Ll}\p{M}]*(?:[ \t]+\p{Lu}[\p{Ll}\p{M}]*){0,2})")


def _report_day(date: dt.date | None, date_line: DateLine | None, p_end: dt.date | None) -> dt.date | None:
    """When the report was written, as far as it says: its date, its date line's month/year, its period."""
    if date is not None:
        return date
    if date_line is not None:
        month = date_line.month or 12
        if 1 <= month <= 12:
            return dt.date(date_line.year, month, 28)
    return p_end


@functools.cache
def _unchanged_provinces() -> frozenset[str]:
    return frozenset(cue_data().get("unit_list", {}).get("unchanged_provinces", ()))


def _listed_province(typ: str, name: str) -> str | None:
    """An earlier report's province from the 2025 unit list, when its (type, name) is unique there and the
    merger left that province as it was (the code stays null: it is the 2025 list's)."""
    unit = resolve_unit(name, type=typ)
    return unit.province if unit is not None and unit.province in _unchanged_provinces() else None


@functools.cache
def _central_bodies() -> dict[str, str]:
    """Folded issuer code of a national body's number (``vpcp``) -> the body's name (``Văn phòng Chính phủ``)."""
    return {c.casefold(): name for c, name in cue_data().get("central_bodies", {}).items()}


def _central_issuer(text: str) -> str | None:
    """The national body the own number's issuer code names (``118/TB-VPCP`` -> Văn phòng Chính phủ; the first
    part of a letter's code, ``2041/BNV-CCHC`` -> Bộ Nội vụ; never the type code), when the header names no
    local unit."""
    own = find_own_number(text)
    if own is None:
        return None
    if own.document is not None:
        issuer = own.document.issuer or ""
    else:  # a blank number ("Số:      /QĐ-TTg"): the type code, if any, comes first
        first, _, rest = own.code.partition("-")
        issuer = rest if rest and load_document_types().by_code(first) is not None else own.code
    central = _central_bodies().get(issuer.split("-")[0].casefold())
    if central is None:
        return None
    local = [m for m in mentions(text, 0, header_end(text))
             if m.name and (m.body or not fold(m.name).startswith("hoi chu nghia"))]  # not "XÃ HỘI CHỦ NGHĨA"
    return None if local else central


def _province_level(typ: str | None, name: str) -> bool:
    """A unit of the province level by its type and name: a centrally-run city (``thành phố Cần Thơ``), not a
    provincial city that shares its province's name (``thành phố Bắc Ninh``, a city of ``tỉnh Bắc Ninh``)."""
    if typ is None:
        return False
    former = former_province(name)
    return province_type(name) == typ or (former is not None and former.type == typ and former.name == name)


def _old_province(text: str) -> str | None:
    names = Counter(" ".join(m.group("name").split()) for m in OLD_PROVINCE.finditer(text, 0, BODY_WINDOW))
    return names.most_common(1)[0][0] if names else None


def read_meta(text: str, facts: dict[str, list[Fact]]) -> ReportMeta:
    """The ReportMeta of a report's text, given the facts of ``references`` and ``periods``."""
    spans: dict[str, tuple[int, int]] = {}
    date_line = find_header_date_line(text)
    block = read_title_block(text)
    # a text with no header (no date line, no "Số:", no heading): a news item, or a page's statistics
    headless = date_line is None and block.genre in (None, "news") and not own_number_labels(text)
    itself = find_self_citation(text)  # a page reproducing the document, which it cites under its heading line
    cited = (itself.citation.end, itself.subject) if itself is not None else None
    unit_reading = read_unit(text, date_line, block if headless else None, cited)
    signer, signature, signer_span = read_signer(text)

    own = [f for f in facts.get("references", []) if isinstance(f, ReferenceFact) and f.own]
    number = own[0].id if own else None
    if own:
        spans["number"] = own[0].span

    date = date_line.date if date_line is not None else None  # None for a draft's blank day, never guessed
    if date is not None and date_line is not None:
        spans["date"] = (date_line.start, date_line.end)
    elif date_line is None and block.stamp is not None:  # a news item's publication stamp
        date = _parse_stamp(text, block.stamp)
        if date is not None:
            spans["date"] = block.stamp
    elif date_line is None and itself is not None and itself.citation.date_span is not None:
        date = itself.citation.date  # "Báo cáo số 228/BC-UBND ngày 05/12/2023 của …": the date it cites itself with
        spans["date"] = itself.citation.date_span

    title, title_span, block_end = block.title, block.span, block.end
    if title_span is not None:
        spans["title"] = title_span
    year = (date_line.year if date_line else None) or (date.year if date else None) or _title_year(title)
    title_periods = _title_periods(title, year) if title else []
    named_in_title = [p for p in title_periods if p.label != "range"]
    ranges_in_title = [p for p in title_periods if p.label == "range"]
    named = widest(named_in_title)
    yearless = None if named or ranges_in_title or not title or year else widest(
        [p for p in _title_periods(title, KIND_YEAR) if p.label != "range"])
    if named is not None or yearless is not None:
        kind = _KIND_BY_LABEL.get((named or yearless).label, "other")
    elif ranges_in_title:
        kind = calendar_kind(ranges_in_title[0].start_date, ranges_in_title[0].end_date) or "other"
    else:
        kind = "other" if title else None  # kind is read from the title: no title, no kind

    periods = [f for f in facts.get("periods", []) if isinstance(f, PeriodFact)]
    p_start, p_end, p_span = read_period(text, periods, title_span, block_end, named, opening=headless,
                                         titled=block.genre in cue_data()["title"]["named_period_genres"], year=year)
    if p_span is not None:
        spans["period"] = p_span
    if signer_span is not None:
        spans["signer"] = signer_span

    unit = None
    issuer = None
    # the issuer of the code names a national body ("Số: 304/TB-VPCP"; "Số: 2041/BNV-CCHC", a ministry's letter
    # numbered by the ministry and its department) unless the header names a local unit ("ỦY BAN NHÂN DÂN XÃ AN PHÚ
    # / BAN TỔ CHỨC …", "Số: 12/KH-BTC": the commune's organising board, not the ministry)
    central = _central_issuer(text)
    if central is not None:
        unit_reading = None  # "Số: 1565/QĐ-TTg" … "Hà Nội, ngày …": a national body's seat, not the unit reported on
        issuer = central  # … and the body of its code issues it
    if unit_reading is not None:
        typ = unit_reading.type
        province = find_province(text)
        day = _report_day(date, date_line, p_end or (named.end_date if named else None))
        code = None
        if day is None or day >= UNIT_LIST_FROM:
            typ, province, code = resolve(typ, unit_reading.name, province)
        if typ == "tỉnh" or _province_level(typ, unit_reading.name):
            # a province reports, or a city that is itself a province ("thành phố Đà Nẵng"): it is its own province
            province = unit_reading.name
        elif province is None:
            province = _old_province(text)
        if province is None and code is None and typ is not None:
            province = _listed_province(typ, unit_reading.name)
        unit = Unit(typ, unit_reading.name, province, code)
        spans["unit"] = unit_reading.span
        body_key = issuer_body(text, unit_reading.body, signature)
        body = next((b for b in bodies() if b.key == body_key), None)
        # a portal publishes a news item; nobody issues it. A page reproducing a report under its letterhead
        # ("ỦY BAN NHÂN DÂN" / "XÃ HOÀI HẢI" on lines of their own, no number or date line kept) is the report.
        s, e = unit_reading.span
        letterhead = unit_reading.body is not None and "\n" in text[s:e] and text[s:e].isupper()
        if body is not None and body.issues and (not headless or letterhead):
            holder = unit_reading.holder if body_key == unit_reading.body else None  # "CHỦ TỊCH" / "ỦY BAN NHÂN DÂN"
            issuer = " ".join(x for x in (issuing_title(text, body_key) or holder, body.canonical, typ, unit_reading.name)
                              if x)
        department = header_department(text) if not headless else None
        if department is not None and (typ == "tỉnh" or _province_level(typ, unit_reading.name)):
            issuer = f"{department} {typ} {unit_reading.name}"  # "UBND TỈNH X" / "SỞ NỘI VỤ": the department issues
    return ReportMeta(unit=unit, issuer=issuer, number=number, date=date, title=title, kind=kind,
                      period_start=p_start, period_end=p_end, signer=signer, spans=spans)


class MetadataExtractor(Extractor):
    name = "metadata"
    version = "0.11.0"
    description = "The report's unit, issuer, number, date, title, kind, period and signer (document object)"
    requires = ("references", "periods")
    order = 90

    def extract(self, ctx: Context) -> Iterable[Fact]:
        ctx.meta = read_meta(ctx.text, ctx.facts)
        return ()
