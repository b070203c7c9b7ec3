"""normalize/units.py: the official unit list, resolve_unit, find_province."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from normalize.units import (
    PROVINCES_CSV,
    UNITS_CSV,
    build_from_sources,
    find_province,
    load_provinces,
    load_units,
    provinces_csv_text,
    resolve_unit,
    units_csv_text,
)


def test_cleaning_the_sources_reproduces_the_committed_csvs() -> None:
    provinces, units = build_from_sources()
    assert units_csv_text(units) == UNITS_CSV.read_text(encoding="utf-8")
    assert provinces_csv_text(provinces) == PROVINCES_CSV.read_text(encoding="utf-8")


def test_unit_list_shape() -> None:
    units = load_units()
    assert len(units) == 3321
    assert len({u.code for u in units}) == 3321
    assert all(len(u.code) == 5 and u.code.isdigit() for u in units)
    assert Counter(u.type for u in units) == {"xã": 2621, "phường": 687, "đặc khu": 13}
    assert len(load_provinces()) == 34 and len({u.province for u in units}) == 34
    assert not any("<br" in u.name or "  " in u.name or u.name != u.name.strip() for u in units)
    assert not any(u.province.lower().startswith(("thành phố", "tỉnh", "tp")) for u in units)


@pytest.mark.parametrize(
    ("code", "type_", "name", "province", "province_code"),
    [
        ("00070", "phường", "Hoàn Kiếm", "Hà Nội", "01"),  # leading zeros kept
        ("00226", "phường", "Văn Miếu - Quốc Tử Giám", "Hà Nội", "01"),  # "-<br>" joined
        ("04630", "xã", "Tú Lệ", "Lào Cai", "15"),  # "Xã<br>Tú<br>Lệ"
        ("26884", "phường", "Gò Vấp", "Hồ Chí Minh", "79"),  # "Tp Hồ Chí Minh"
        ("10993", "xã", "Thượng Hồng", "Hải Phòng", "31"),
        ("26732", "đặc khu", "Côn Đảo", "Hồ Chí Minh", "79"),
    ],
)
def test_known_rows(code, type_, name, province, province_code) -> None:
    (unit,) = [u for u in load_units() if u.code == code]
    assert (unit.type, unit.name, unit.province, unit.province_code) == (type_, name, province, province_code)


RESOLVE = [
    (("Nguyễn Lương Bằng",), "11242"),
    (("nguyen luong bang",), "11242"),
    (("NGUYỄN LƯƠNG BẰNG",), "11242"),
    (("XÃ THƯỢNG HỒNG",), "10993"),  # type word in the name
    (("Thượng Hồng", "xã"), "10993"),
    (("Thượng Hồng", "Phường"), "12127"),
    (("Thượng Hồng", None, "thành phố Hải Phòng"), "10993"),
    (("Thượng Hồng", None, "Hưng Yên"), "12127"),
    (("Bình Giang", None, "Hải Phòng"), "10966"),
    (("Bình Giang", "xã", "Ninh Bình"), "13531"),
    (("Hưng Đạo", "phường", "Hải Phòng"), "11689"),
    (("Văn Miếu - Quốc Tử Giám",), "00226"),
    (("Khánh Hoà", None, "Lào Cai"), "04342"),  # new-style tone mark, list writes Hòa
    (("Côn Đảo",), "26732"),
]

UNRESOLVED = [
    ("Bình Giang",),  # three Xã Bình Giang
    ("Thượng Hồng",),  # a phường in Hưng Yên and a xã in Hải Phòng
    ("Hưng Đạo",),
    ("Hoàn Kiếm", "xã"),  # it is a phường
    ("Bình Giang", None, "Hưng Yên"),
    ("Không Có Xã Này",),
    ("",),
]


@pytest.mark.parametrize(("args", "code"), RESOLVE)
def test_resolve_unit(args: tuple, code: str) -> None:
    unit = resolve_unit(*args)
    assert unit is not None and unit.code == code


@pytest.mark.parametrize("args", UNRESOLVED)
def test_resolve_unit_refuses_ambiguous_or_unknown(args: tuple) -> None:
    assert resolve_unit(*args) is None


@pytest.mark.parametrize(
    ("text", "province"),
    [
        ("Căn cứ Quyết định của UBND thành phố Hải Phòng", "Hải Phòng"),
        ("ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN", "Hưng Yên"),
        ("Công khai tại địa chỉ <https://nguyenluongbang.haiphong.gov.vn>", "Hải Phòng"),
        ("https:/nguyenluongbang.haiphong.gov.vn", "Hải Phòng"),
        ("cổng thông tin hungyen.gov.vn", "Hưng Yên"),
        ("TP. Hồ Chí Minh", "Hồ Chí Minh"),
        ("tỉnh Thanh Hoá", "Thanh Hóa"),
        ("tỉnh Hưng Yên; thành phố Hải Phòng; thành phố\n\nHải Phòng", "Hải Phòng"),  # most frequent
    ],
)
def test_find_province(text: str, province: str) -> None:
    assert find_province(text) == province


@pytest.mark.parametrize(
    "text",
    ["UBND thành phố ban hành", "Chủ tịch Hồ Chí Minh", "xã Bình Giang", "https://thutuc.dichvucong.gov.vn/p/home",
     "haiphong.com.vn", ""],
)
def test_find_province_negative(text: str) -> None:
    assert find_province(text) is None


@given(st.text(max_size=80), st.one_of(st.none(), st.text(max_size=10)), st.one_of(st.none(), st.text(max_size=20)))
def test_resolve_never_raises(name: str, type_: str | None, province: str | None) -> None:
    resolve_unit(name, type_, province)


@given(st.text())
def test_find_province_never_raises(text: str) -> None:
    assert find_province(text) is None or find_province(text) in {p.name for p in load_provinces()}
