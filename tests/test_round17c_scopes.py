"""Round 17 wave 3, family COUNT SCOPES (heldout17 opened):

- list lines under a heading line naming what they break the figures down by (``III. THEO LĨNH VỰC``, ``Theo đơn
  vị``, ``Chia theo cơ quan giải quyết:``), with or without a colon, each ``- X: verb N, verb N, …``: the line's
  name scopes every figure of its line, ``lĩnh vực`` in it or not, ``Khác`` / ``Còn lại`` included; the reporting
  unit's own name (``UBND xã``, the issuer, ``Toàn xã``) and totals (``Tổng``, ``Cộng``) are no item
  (figure_scope_by_field.py, levels.toml [by_field]);
- a field's name kept whole across a dash and ``và`` in a ranked list of fields in brackets (``lao động - thương
  binh và xã hội (689 hồ sơ)``), two known fields joined by ``và`` still split (figure_scope.py ``_field_item``);
- the reviewer's findings on figure_scope_known.py / figure_scope.py: the phrase lists in data (levels.toml
  [known_fields] procedure_words / part_links / joint_words, [field_after] others), the sentence start the page's
  Structure's, the known names read from levels.toml as a list: behaviour unchanged (table below).

Each case asserts every count of its text, in order, with its scope.
"""

from __future__ import annotations

import pytest

from extract.extractors.figure_blocks import load_levels
from extract.extractors.figure_scope_known import is_known_field, known_names
from tests.helpers import COMMUNE, DISTRICT, count_rows

FILLER = "Xã tiếp tục đẩy mạnh cải cách hành chính, nâng cao chất lượng phục vụ người dân. " * 6

CASES = [
    # --- a breakdown heading on a line of its own, the items' figures after verbs
    (COMMUNE, "II. THEO LĨNH VỰC\n- Hộ tịch: tiếp nhận 312, giải quyết 305\n- Xây dựng: tiếp nhận 41, giải quyết 39, "
              "quá hạn 2\n- Khác: tiếp nhận 77, giải quyết 70\n",
     [("312", "Hộ tịch"), ("305", "Hộ tịch"), ("41", "Xây dựng"), ("39", "Xây dựng"), ("2", "Xây dựng"),
      ("77", "Khác"), ("70", "Khác")]),
    (COMMUNE, "3. Kết quả theo lĩnh vực\n+ Lĩnh vực Chứng thực: tiếp nhận 120 hồ sơ, đã trả 118 hồ sơ\n"
              "+ Còn lại: tiếp nhận 15 hồ sơ\n",
     [("120 hồ sơ", "Chứng thực"), ("118 hồ sơ", "Chứng thực"), ("15 hồ sơ", "Còn lại")]),
    (COMMUNE, "Theo lĩnh vực:\n- Đất đai: nhận 64, trả 60\n- Tư pháp: nhận 33, trả 33\n",
     [("64", "Đất đai"), ("60", "Đất đai"), ("33", "Tư pháp"), ("33", "Tư pháp")]),
    (COMMUNE, "b) Theo đơn vị\n- Công an xã: tiếp nhận 52 hồ sơ, giải quyết 50 hồ sơ\n- Văn phòng - Thống kê: tiếp "
              "nhận 18 hồ sơ\n",
     [("52 hồ sơ", "Công an xã"), ("50 hồ sơ", "Công an xã"), ("18 hồ sơ", "Văn phòng - Thống kê")]),
    (DISTRICT, "2. Chia theo cơ quan giải quyết:\n- Phòng Tư pháp: tiếp nhận 410, giải quyết 402\n"
               "- Phòng Kinh tế: tiếp nhận 95, giải quyết 90\n",
     [("410", "Phòng Tư pháp"), ("402", "Phòng Tư pháp"), ("95", "Phòng Kinh tế"), ("90", "Phòng Kinh tế")]),
    # the figure right after the colon, under a heading with no colon
    (COMMUNE, "IV. THEO LĨNH VỰC\n- Hộ tịch: 140 hồ sơ\n- Chứng thực: 96 hồ sơ\n",
     [("140 hồ sơ", "Hộ tịch"), ("96 hồ sơ", "Chứng thực")]),
    # (negative) the unit's own name, its total: no item
    (COMMUNE, "Theo đơn vị\n- UBND xã: tiếp nhận 40 hồ sơ\n- Công an xã: tiếp nhận 12 hồ sơ\n",
     [("40 hồ sơ", None), ("12 hồ sơ", "Công an xã")]),
    (COMMUNE, "II. THEO LĨNH VỰC\n- Hộ tịch: tiếp nhận 30\n- Tổng: tiếp nhận 30\n",
     [("30", "Hộ tịch"), ("30", None)]),
    # (negative) a heading naming no breakdown; a line with no mark; a count's own cue as the line's name
    (COMMUNE, "II. KẾT QUẢ GIẢI QUYẾT\n- Hộ tịch: tiếp nhận 30, giải quyết 28\n",
     [("30", None), ("28", None)]),
    (COMMUNE, "Theo lĩnh vực\nĐất đai: tiếp nhận 30\n", [("30", None)]),
    (COMMUNE, "III. THEO LĨNH VỰC\n- Tiếp nhận: 300 hồ sơ\n", [("300 hồ sơ", None)]),
    # --- a field's name kept whole across a dash and "và" in a ranked bracket list
    (COMMUNE, "Lĩnh vực có nhiều hồ sơ nhất là hộ tịch (410 hồ sơ), tiếp đến là đất đai (120 hồ sơ), lao động - "
              "thương binh và xã hội (58 hồ sơ).",
     [("410 hồ sơ", "hộ tịch"), ("120 hồ sơ", "đất đai"), ("58 hồ sơ", "lao động - thương binh và xã hội")]),
    (COMMUNE, "Các lĩnh vực có nhiều hồ sơ là chứng thực (210 hồ sơ), giáo dục và đào tạo (14 hồ sơ).",
     [("210 hồ sơ", "chứng thực"), ("14 hồ sơ", "giáo dục và đào tạo")]),
    # (negative) two known fields joined by "và": the figure is the last one's
    (COMMUNE, "Các lĩnh vực có nhiều hồ sơ là đất đai (90 hồ sơ), hộ tịch và chứng thực (75 hồ sơ).",
     [("90 hồ sơ", "đất đai"), ("75 hồ sơ", "chứng thực")]),
    # --- the reviewer's findings: the same readings with the phrase lists in data
    (COMMUNE, "Xã tiếp nhận 12 hồ sơ TTHC đất đai.", [("12 hồ sơ", "đất đai")]),
    (COMMUNE, "Xã tiếp nhận 12 hồ sơ thủ tục hành chính hộ tịch.", [("12 hồ sơ", "hộ tịch")]),
    (COMMUNE, "Xã tiếp nhận 9 hồ sơ đất đai và hộ tịch.", [("9 hồ sơ", None)]),
    (COMMUNE, "Xã tiếp nhận 9 hồ sơ đất đai hoặc xây dựng.", [("9 hồ sơ", None)]),
    (COMMUNE, "Tiếp nhận 30 hồ sơ (hộ tịch là 20, chứng thực với 10).",
     [("30 hồ sơ", None), ("20", "hộ tịch"), ("10", "chứng thực")]),
    (COMMUNE, "Xã tiếp nhận 400 hồ sơ, trong đó 133 hồ sơ còn lại thuộc các lĩnh vực khác.",
     [("400 hồ sơ", None), ("133 hồ sơ", "các lĩnh vực khác")]),
    # the field named earlier in the figure's sentence (its start the Structure's): the office's business, no field
    (COMMUNE, "Văn phòng đăng ký đất đai tiếp nhận 63 hồ sơ đất đai.", [("63 hồ sơ", "Văn phòng đăng ký đất đai")]),
    # ... named in an earlier sentence only, past the text's opening: the field's (a new line without a mark goes on
    # with its sentence)
    (COMMUNE, FILLER + "Lĩnh vực đất đai có nhiều vướng mắc. Xã tiếp nhận 63 hồ sơ đất đai.", [("63 hồ sơ", "đất đai")]),
    (COMMUNE, FILLER + "Văn phòng đăng ký đất đai\ntiếp nhận 63 hồ sơ đất đai.",
     [("63 hồ sơ", "Văn phòng đăng ký đất đai")]),
]


@pytest.mark.parametrize(("opening", "sentence", "expected"), CASES)
def test_count_scopes(opening: str, sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert count_rows(opening + sentence, "text", "scope") == expected


def test_known_names_from_data() -> None:
    names = load_levels()["known_fields"]["names"]
    alternation = known_names().split("|")
    assert len(alternation) == len(names)
    assert alternation == [n.replace(" ", r"[^\S\n]+") for n in sorted(names, key=len, reverse=True)]
    assert is_known_field("giao duc va dao tao") and is_known_field("lao dong - thuong binh va xa hoi")
    assert not is_known_field("xa hoi") and not is_known_field("ho tich va chung thuc")


@pytest.mark.parametrize("key", ["procedure_words", "part_links", "joint_words"])
def test_known_field_phrases_in_data(key: str) -> None:
    assert load_levels()["known_fields"][key]


def test_other_fields_in_data() -> None:
    assert load_levels()["field_after"]["others"] == ["khac", "con lai"]


@pytest.mark.parametrize("text", [
    "III. THEO LĨNH VỰC\n" + "- Hộ tịch: tiếp nhận 214, giải quyết 201, quá hạn 2\n" * 20000,
    "Theo đơn vị\n" * 20000,
    "- Theo lĩnh vực: " + "tiếp nhận " * 20000 + "5\n",
    "Lĩnh vực có nhiều hồ sơ là " + "lao động - thương binh và xã hội (9 hồ sơ), " * 3000,
])
def test_breakdown_scopes_stay_linear(text: str) -> None:
    """Each heading reads at most BY_FIELD_MAX_LINES lines, each item at most a line; a bracket's name is looked
    for in a bounded window before its figure (generous bound, no tight timing)."""
    import time

    from extract.extractors.figure_scope_by_field import by_field_items
    from normalize.text import fold

    ft = fold(text).lower()
    t = time.perf_counter()
    found = by_field_items(text, ft, [])
    assert time.perf_counter() - t < 5.0
    assert len(found) <= 30 * max(1, text.count("\n"))
    t = time.perf_counter()
    count_rows(COMMUNE + text[:20000], "text")
    assert time.perf_counter() - t < 60.0
