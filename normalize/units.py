"""Administrative units after 1 July 2025: the official list, lookups, province detection.

Data: ``normalize/data/admin_units.csv`` (3,321 commune-level units, Công văn 1027/CTK-CSCL) and
``normalize/data/provinces.csv`` (34 provinces, Công văn 915/CTK-CSCL), both cleaned from the raw
lists in ``normalize/data/sources/`` by :func:`clean_units_markdown` / :func:`clean_provinces_csv`;
``normalize/data/provinces_2024.csv``: the 63 provinces before the merger, for earlier reports
(sources/PROVINCES_2024.md).

Names repeat across provinces (three Xã Bình Giang; Phường Thượng Hồng in Hưng Yên, Xã Thượng
Hồng in Hải Phòng), so a unit is (type, name, province) and :func:`resolve_unit` answers only when
the answer is unique.
"""

from __future__ import annotations

import csv
import io
import tomllib
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import regex

from normalize.lexicon import unit_type_for_word, unit_type_names, unit_type_words
from normalize.text import fold, match_form

DATA_DIR = Path(__file__).parent / "data"
SOURCES_DIR = DATA_DIR / "sources"
UNITS_CSV = DATA_DIR / "admin_units.csv"
PROVINCES_CSV = DATA_DIR / "provinces.csv"
FORMER_PROVINCES_CSV = DATA_DIR / "provinces_2024.csv"
UNIT_FIELDS = ("code", "type", "name", "province", "province_code")
PROVINCE_FIELDS = ("code", "type", "name", "domains")


class UnitDataError(ValueError):
    """The unit list (or its source) is malformed; the message names the file and the line."""


@dataclass(frozen=True)
class AdminUnit:
    """A commune-level unit: ``AdminUnit("10993", "xã", "Thượng Hồng", "Hải Phòng", "31")``."""

    code: str  # 5 digits, leading zeros kept
    type: str  # "xã" | "phường" | "đặc khu"
    name: str  # without the type word
    province: str  # without "Thành phố" / "Tỉnh"
    province_code: str  # 2 digits (915/CTK-CSCL)

    @property
    def full_name(self) -> str:
        """``Xã Thượng Hồng``."""
        return f"{self.type[0].upper()}{self.type[1:]} {self.name}"


@dataclass(frozen=True)
class Province:
    code: str  # "31"
    type: str  # "thành phố" | "tỉnh"
    name: str  # "Hải Phòng"
    domains: tuple[str, ...]  # website slugs: ("haiphong",)


# --- cleaning the official sources -----------------------------------------------------------------

_ROW = regex.compile(r"^\|\s*(?P<stt>\d+)\s*\|\s*(?P<code>\d{5})\s*\|(?P<name>[^|]*)\|(?P<province>[^|]*)\|\s*$")


def _words_pattern(words: Iterable[str]) -> str:
    """Type words as one alternation, longest first, a space any whitespace."""
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


@cache
def _province_prefix() -> regex.Pattern[str]:
    """``Thành phố``, ``TP.``, ``Tp``, ``Tỉnh`` and the space after: the province-level type words of unit_types.toml."""
    return regex.compile(rf"^(?:{_words_pattern(unit_type_words('province'))})\s+", regex.IGNORECASE)


def _clean_cell(cell: str) -> str:
    """``Văn Miếu -<br>Quốc Tử Giám`` -> ``Văn Miếu - Quốc Tử Giám``: NFC, ``<br>`` to a space."""
    cell = unicodedata.normalize("NFC", cell)
    cell = regex.sub(r"<br\s*/?>", " ", cell, flags=regex.IGNORECASE)
    return " ".join(cell.split())


def province_base_name(name: str) -> str:
    """``Thành phố Hải Phòng`` / ``Tp Hải Phòng`` / ``Tỉnh Hưng Yên`` -> ``Hải Phòng`` / ``Hưng Yên``."""
    return _province_prefix().sub("", _clean_cell(name))


def _province_slug(name: str) -> str:
    return regex.sub(r"[^a-z0-9]", "", fold(name))


def clean_provinces_csv(csv_text: str, aliases: dict[str, list[str]] | None = None) -> list[Province]:
    """The 34 provinces of 915/CTK-CSCL (``Stt,Mã số,Tên 34 tỉnh sau sáp nhập``)."""
    aliases = aliases or {}
    out: list[Province] = []
    for lineno, row in enumerate(csv.DictReader(io.StringIO(csv_text)), start=2):
        code, written = (row.get("Mã số") or "").strip(), _clean_cell(row.get("Tên 34 tỉnh sau sáp nhập") or "")
        if not regex.fullmatch(r"\d{2}", code) or not written:
            raise UnitDataError(f"915_CTK-CSCL.csv line {lineno}: expected a 2-digit code and a name: {row}")
        name = province_base_name(written)
        kind = "thành phố" if fold(written).startswith("thanh pho") else "tỉnh"
        slugs = tuple(dict.fromkeys([_province_slug(name), *aliases.get(name, [])]))
        out.append(Province(code, kind, name, slugs))
    return out


def clean_units_markdown(md_text: str, provinces: list[Province]) -> list[AdminUnit]:
    """The unit rows of the 1027/CTK-CSCL Markdown table, cleaned.

    Keeps rows with a 5-digit code (page headers, separators and province header rows are
    dropped), removes ``<br>`` artefacts, splits the type word off the name, strips the province
    prefix (``Thành phố``, ``Tp``, ``Tỉnh``) and adds the province code from 915/CTK-CSCL.
    """
    by_fold = {fold(p.name): p for p in provinces}
    out: list[AdminUnit] = []
    for lineno, line in enumerate(md_text.splitlines(), start=1):
        m = _ROW.match(line)
        if m is None:
            continue
        full, province_written = _clean_cell(m["name"]), _clean_cell(m["province"])
        unit_type = next(
            (t for t in sorted(unit_type_names("commune"), key=len, reverse=True) if fold(full).startswith(fold(t) + " ")),
            None,
        )
        if unit_type is None:
            raise UnitDataError(f"1027_CTK-CSCL.md line {lineno}: no unit type in {full!r}")
        name = full[len(unit_type) + 1 :].strip()
        province = by_fold.get(fold(province_base_name(province_written)))
        if province is None:
            raise UnitDataError(f"1027_CTK-CSCL.md line {lineno}: unknown province {province_written!r}")
        out.append(AdminUnit(m["code"], unit_type, name, province.name, province.code))
    return out


def _aliases() -> dict[str, list[str]]:
    with (DATA_DIR / "unit_types.toml").open("rb") as fh:
        return tomllib.load(fh).get("province_domain_aliases", {})


def build_from_sources(sources: Path = SOURCES_DIR) -> tuple[list[Province], list[AdminUnit]]:
    """Clean the raw lists in ``sources`` (what the committed CSVs are made from)."""
    try:
        provinces = clean_provinces_csv((sources / "915_CTK-CSCL.csv").read_text(encoding="utf-8"), _aliases())
        units = clean_units_markdown((sources / "1027_CTK-CSCL.md").read_text(encoding="utf-8"), provinces)
    except OSError as exc:
        raise UnitDataError(f"{sources}: cannot read the official unit lists: {exc}") from exc
    return provinces, units


def units_csv_text(units: list[AdminUnit]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(UNIT_FIELDS)
    writer.writerows((u.code, u.type, u.name, u.province, u.province_code) for u in units)
    return buf.getvalue()


def provinces_csv_text(provinces: list[Province]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(PROVINCE_FIELDS)
    writer.writerows((p.code, p.type, p.name, " ".join(p.domains)) for p in provinces)
    return buf.getvalue()


def write_clean_csvs(sources: Path = SOURCES_DIR, target: Path = DATA_DIR) -> None:
    """Regenerate admin_units.csv and provinces.csv from the sources (run after updating them):
    ``python -c "from normalize.units import write_clean_csvs; write_clean_csvs()"``."""
    provinces, units = build_from_sources(sources)
    (target / "provinces.csv").write_text(provinces_csv_text(provinces), encoding="utf-8")
    (target / "admin_units.csv").write_text(units_csv_text(units), encoding="utf-8")


# --- loading and lookups ---------------------------------------------------------------------------


@cache
def load_provinces() -> tuple[Province, ...]:
    """The 34 provinces (normalize/data/provinces.csv)."""
    try:
        with PROVINCES_CSV.open(encoding="utf-8", newline="") as fh:
            return tuple(
                Province(r["code"], r["type"], r["name"], tuple(r["domains"].split())) for r in csv.DictReader(fh)
            )
    except (OSError, KeyError) as exc:
        raise UnitDataError(f"{PROVINCES_CSV}: cannot read the province list: {exc}") from exc


@cache
def load_units() -> tuple[AdminUnit, ...]:
    """The 3,321 commune-level units (normalize/data/admin_units.csv), codes as strings."""
    try:
        with UNITS_CSV.open(encoding="utf-8", newline="") as fh:
            return tuple(AdminUnit(*(r[f] for f in UNIT_FIELDS)) for r in csv.DictReader(fh))
    except (OSError, KeyError, TypeError) as exc:
        raise UnitDataError(f"{UNITS_CSV}: cannot read the unit list: {exc}") from exc


def _key(text: str) -> str:
    return " ".join(match_form(unicodedata.normalize("NFC", text)).split())


def _loose(text: str) -> str:
    return " ".join(fold(unicodedata.normalize("NFC", text)).split())


@cache
def _indexes() -> tuple[dict[str, list[AdminUnit]], dict[str, list[AdminUnit]]]:
    exact: dict[str, list[AdminUnit]] = {}
    loose: dict[str, list[AdminUnit]] = {}
    for unit in load_units():
        exact.setdefault(_key(unit.name), []).append(unit)
        loose.setdefault(_loose(unit.name), []).append(unit)
    return exact, loose


def _split_type(name: str) -> tuple[str | None, str]:
    """``XÃ THƯỢNG HỒNG`` -> (``xã``, ``THƯỢNG HỒNG``); a name without a type word -> (None, name)."""
    words = name.split()
    for n in (2, 1):
        if len(words) > n:
            utype = unit_type_for_word(" ".join(words[:n]))
            if utype is not None and utype.level == "commune":
                return utype.name, " ".join(words[n:])
    return None, name


def resolve_unit(name: str, type: str | None = None, province: str | None = None) -> AdminUnit | None:  # noqa: A002
    """The unit called ``name`` (case-, tone- and accent-insensitive), or None unless unique.

    ``name`` may carry its type word (``Xã Thượng Hồng``, ``PHƯỜNG HƯNG ĐẠO``); ``type`` (``xã``,
    ``Phường``) and ``province`` (``Hải Phòng``, ``thành phố Hải Phòng``) narrow the candidates.
    A name written with its accents is matched on them first; the accent-free match is the
    fallback. Never raises for string input.
    """
    if not isinstance(name, str) or not name.strip():
        return None
    written_type, bare = _split_type(name.strip())
    wanted_type = None
    for candidate in (type, written_type):
        if candidate:
            utype = unit_type_for_word(candidate)
            wanted_type = utype.name if utype else candidate.strip().lower()
            break
    wanted_province = _loose(province_base_name(province)) if province else None
    exact, loose = _indexes()
    for pool in (exact.get(_key(bare), []), loose.get(_loose(bare), [])):
        found = [
            u
            for u in pool
            if (wanted_type is None or u.type == wanted_type)
            and (wanted_province is None or _loose(u.province) == wanted_province)
        ]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            return None
    return None


@dataclass(frozen=True)
class FormerProvince:
    """A province before 1 July 2025: ``FormerProvince("35", "tỉnh", "Hà Nam", "Ninh Bình")``."""

    code: str
    type: str  # "tỉnh" | "thành phố"
    name: str
    province_2025: str  # the province of provinces.csv it became part of


@cache
def load_former_provinces() -> tuple[FormerProvince, ...]:
    """The 63 provinces before the 2025 merger (normalize/data/provinces_2024.csv)."""
    try:
        with FORMER_PROVINCES_CSV.open(encoding="utf-8", newline="") as fh:
            return tuple(FormerProvince(r["code"], r["type"], r["name"], r["province_2025"]) for r in csv.DictReader(fh))
    except (OSError, KeyError) as exc:
        raise UnitDataError(f"{FORMER_PROVINCES_CSV}: cannot read the former province list: {exc}") from exc


def _province_key(name: str) -> str:
    """``TỈNH BÀ RỊA-VŨNG TÀU`` / ``Ðà Nẵng`` (an Icelandic eth for Đ) -> a key of the bare name."""
    name = name.replace("\u00d0", "Đ").replace("\u00f0", "đ")
    return regex.sub(r"\s*[-–]\s*", " - ", _loose(province_base_name(name)))


def former_province(name: str) -> FormerProvince | None:
    """The province before 1 July 2025 called ``name`` (``Hà Nam``, ``TỈNH YÊN BÁI``, ``Bà Rịa-Vũng Tàu``), else None."""
    if not isinstance(name, str) or not name.strip():
        return None
    key = _province_key(name)
    return next((p for p in load_former_provinces() if _province_key(p.name) == key), None)


@cache
def _initials() -> dict[str, str]:
    with (DATA_DIR / "unit_types.toml").open("rb") as fh:
        return tomllib.load(fh).get("province_initials", {})


def province_full_name(name: str) -> str:
    """A province-level city's name written by its initials (``HCM`` in ``TP.HCM``) -> its name; else ``name``."""
    return _initials().get(" ".join(name.split()), name)


def province_type(name: str) -> str | None:
    """``tỉnh`` / ``thành phố`` when ``name`` is one of the 34 provinces (``Hà Tĩnh``, ``HẢI PHÒNG``), else None."""
    if not isinstance(name, str) or not name.strip():
        return None
    key = _loose(province_base_name(name))
    return next((p.type for p in load_provinces() if _loose(p.name) == key), None)


@cache
def _province_patterns() -> tuple[regex.Pattern[str], regex.Pattern[str], dict[str, Province]]:
    by_key: dict[str, Province] = {}
    for p in load_provinces():
        by_key[_loose(p.name)] = p
        for slug in p.domains:
            by_key[slug] = p
    names = sorted({_loose(p.name) for p in load_provinces()}, key=len, reverse=True)
    alts = "|".join(regex.escape(n).replace(r"\ ", r"\s+") for n in names)
    # On folded text: "thành phố Hải Phòng", "tỉnh Hưng Yên", "TP. Hồ Chí Minh", "UBND TỈNH HƯNG YÊN".
    prefixes = _words_pattern(fold(w) for w in unit_type_words("province"))
    named = regex.compile(rf"(?<![\p{{L}}])(?:{prefixes})\s+(?P<name>{alts})(?![\p{{L}}])")
    slugs = sorted({s for p in load_provinces() for s in p.domains}, key=len, reverse=True)
    domain = regex.compile(rf"(?<![a-z0-9-])(?:[a-z0-9-]+\.)*(?P<slug>{'|'.join(slugs)})\.gov\.vn(?![a-z0-9])")
    return named, domain, by_key


def find_province(text: str) -> str | None:
    """The province a text names, or None: ``thành phố Hải Phòng``, ``tỉnh Hưng Yên``,
    ``TP. Hồ Chí Minh`` or a portal domain (``nguyenluongbang.haiphong.gov.vn``).

    ``UBND thành phố`` alone is not enough. When several provinces are named, the most frequent
    wins (the earliest on a tie). Returns the name without prefix (``Hải Phòng``).
    """
    if not isinstance(text, str) or not text:
        return None
    named, domain, by_key = _province_patterns()
    folded = fold(text)
    hits: list[tuple[int, str]] = []
    for m in named.finditer(folded):
        hits.append((m.start(), by_key[" ".join(m["name"].split())].name))
    for m in domain.finditer(folded):
        hits.append((m.start(), by_key[m["slug"]].name))
    if not hits:
        return None
    counts = Counter(name for _, name in hits)
    first = {name: pos for pos, name in sorted(hits, reverse=True)}
    return max(counts, key=lambda n: (counts[n], -first[n]))
