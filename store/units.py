"""Unit and province names as lookup keys, and the official unit list (``units`` table).

A key is the folded name without its type word, so ``Xã Thượng Hồng``, ``thuong hong`` and
``THƯỢNG HỒNG`` are one unit, and ``Thành phố Hải Phòng`` / ``TP. Hải Phòng`` one province.
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

import regex
from sqlalchemy import Engine, func, insert, select

from normalize.lexicon import UnitLevel, unit_type_words
from normalize.text import fold
from store.db import retry_locked, write_transaction
from store.schema import units_t

ADMIN_UNITS_CSV = Path(__file__).resolve().parent.parent / "normalize" / "data" / "admin_units.csv"

_SPACES = regex.compile(r"\s+")


def type_word_prefix(levels: frozenset[UnitLevel]) -> regex.Pattern[str]:
    """A leading type word of normalize/data/unit_types.toml (folded, longest first) and the
    space after it: ``xa ``, ``thi tran ``, ``p.``, ``tt. ``. A word ending in a dot may be
    glued to the name (``P.Hưng Đạo``); any other needs a space after it, so ``xa`` alone is a
    name and ``xuan`` is not ``xa`` + ``uan``."""
    words = {_clean(w) for w in unit_type_words(*levels)}
    alts = [regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True) if w]
    return regex.compile(r"^(?:" + "|".join(alts) + r")(?:(?<=\.)\s*(?=\S)|\s+)")


@cache
def _unit_type() -> regex.Pattern[str]:
    # commune level only: "Huyện Tứ Kỳ" must not get the key of "Thị trấn Tứ Kỳ"
    return type_word_prefix(frozenset({"commune"}))


@cache
def _province_type() -> regex.Pattern[str]:
    return type_word_prefix(frozenset({"province"}))


def _clean(value: str) -> str:
    return _SPACES.sub(" ", fold(value)).strip()


def unit_key(name: str | None) -> str | None:
    """``Xã Thượng Hồng`` -> ``thuong hong``; None stays None."""
    if not name or not name.strip():
        return None
    return _unit_type().sub("", _clean(name), count=1) or None


def province_key(name: str | None) -> str | None:
    """``Thành phố Hải Phòng`` -> ``hai phong``."""
    if not name or not name.strip():
        return None
    return _province_type().sub("", _clean(name), count=1) or None


def load_units(engine: Engine, path: Path | None = None) -> int | None:
    """Fill ``units`` from the official CSV (columns include code, type, name, province).

    Returns the number of units loaded, 0 when the table was already filled, or None when the
    CSV does not exist (the units table then stays empty; nothing else depends on it).
    """
    path = path or ADMIN_UNITS_CSV
    if not path.exists():
        return None
    with engine.connect() as conn:
        if conn.execute(select(func.count()).select_from(units_t)).scalar_one():
            return 0
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = {"code", "name"} - set(reader.fieldnames or ())
        if missing:
            raise ValueError(f"{path}: missing column(s) {', '.join(sorted(missing))}")
        rows = []
        for rec in reader:
            if not (rec.get("code") or "").strip():
                continue
            extra = {k: v for k, v in rec.items() if k not in ("code", "type", "name", "province") and k}
            rows.append({
                "code": rec["code"].strip(), "type": rec.get("type") or None, "name": rec["name"].strip(),
                "province": rec.get("province") or None, "name_key": unit_key(rec["name"]),
                "province_key": province_key(rec.get("province")), "extra": extra or None,
            })

    def run() -> int:
        with write_transaction(engine) as conn:
            if conn.execute(select(func.count()).select_from(units_t)).scalar_one():
                return 0
            if rows:
                conn.execute(insert(units_t), rows)
            return len(rows)

    return retry_locked(run)
