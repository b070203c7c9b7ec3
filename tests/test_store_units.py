"""Unit and province keys (accent- and type-word-insensitive) and the official units table."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from store import open_store
from store.units import load_units, province_key, unit_key


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Thượng Hồng", "thuong hong"),
        ("Xã Thượng Hồng", "thuong hong"),
        ("XÃ  THƯỢNG   HỒNG", "thuong hong"),
        ("phường Hưng Đạo", "hung dao"),
        ("Đặc khu Bạch Long Vĩ", "bach long vi"),
        ("Thị trấn Tứ Kỳ", "tu ky"),
        ("Xã", "xa"),  # a type word alone is a name, not nothing
        ("Xuân Hòa", "xuan hoa"),  # "xa" must be a whole word to be the type
        ("", None),
        (None, None),
    ],
)
def test_unit_key(name, key):
    assert unit_key(name) == key


@pytest.mark.parametrize(
    ("name", "key"),
    [
        # the type words of normalize/data/unit_types.toml, abbreviations included
        ("P. Hưng Đạo", "hung dao"),
        ("P.Hưng Đạo", "hung dao"),
        ("TT. Tứ Kỳ", "tu ky"),
        ("THỊ TRẤN TỨ KỲ", "tu ky"),
        ("thị  trấn\nTứ Kỳ", "tu ky"),
        ("ĐẶC KHU Bạch Long Vĩ", "bach long vi"),
        # not type words of a commune-level unit, or not type words at all
        ("Huyện Tứ Kỳ", "huyen tu ky"),  # a district is not the town of the same name
        ("Thị xã Kinh Môn", "thi xa kinh mon"),
        ("Phú Xuân", "phu xuan"),  # "p" without its dot is a letter of the name
        ("Phường", "phuong"),
        ("P.", "p."),
        ("Phường 1", "1"),
    ],
)
def test_unit_key_uses_the_lexicon_type_words(name, key):
    assert unit_key(name) == key


@given(st.sampled_from(["Xã", "xã", "Phường", "P.", "P. ", "Thị trấn", "TT.", "TT. ", "Đặc khu"]),
       st.sampled_from(["Thượng Hồng", "Hưng Đạo", "Tứ Kỳ", "Bình Giang", "Nguyễn Lương Bằng", "Xuân Hòa"]))
def test_a_type_word_never_changes_the_key(word, name):
    sep = "" if word.endswith((". ", " ")) else " "
    assert unit_key(f"{word}{sep}{name}") == unit_key(name) == unit_key(name.upper())


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Hải Phòng", "hai phong"),
        ("Thành phố Hải Phòng", "hai phong"),
        ("TP. Hải Phòng", "hai phong"),
        ("tỉnh Hải Dương", "hai duong"),
        ("Tp Hồ Chí Minh", "ho chi minh"),
        ("Tây Ninh", "tay ninh"),  # "t..." is not a type word
        ("TPHCM", "tphcm"),  # an abbreviation is kept as written, not guessed
        ("  ", None),
    ],
)
def test_province_key(name, key):
    assert province_key(name) == key


@given(st.text())
def test_keys_never_crash(text):
    for key in (unit_key(text), province_key(text)):
        assert key is None or (key and key == key.strip())


def test_units_are_loaded_once_from_the_csv(tmp_path):
    csv_path = tmp_path / "admin_units.csv"
    csv_path.write_text(
        "code,type,name,province,province_code\n"
        "10993,xã,Thượng Hồng,Hải Phòng,31\n"
        "11242,xã,Nguyễn Lương Bằng,Hải Phòng,31\n"
        ",xã,no code,Hải Phòng,31\n",
        encoding="utf-8",
    )
    engine = open_store(tmp_path / "u.db", units=False)
    assert load_units(engine, csv_path) == 2
    assert load_units(engine, csv_path) == 0  # already there
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT code, name_key, province_key, extra FROM units ORDER BY code").all()
    assert rows == [("10993", "thuong hong", "hai phong", '{"province_code": "31"}'),
                    ("11242", "nguyen luong bang", "hai phong", '{"province_code": "31"}')]


def test_a_missing_csv_is_skipped(tmp_path):
    engine = open_store(tmp_path / "n.db", units=False)
    assert load_units(engine, tmp_path / "nope.csv") is None


def test_a_csv_without_codes_is_an_error_naming_the_file(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("name,province\nThượng Hồng,Hải Phòng\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.csv: missing column"):
        load_units(open_store(tmp_path / "b.db", units=False), bad)
