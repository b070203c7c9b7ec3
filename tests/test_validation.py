"""Validation: every warning code fires on a real-looking problem and stays quiet on consistent text.

The facts here are built by hand over short real phrasings (so that each check is tested on its
own, whatever the extractors do); tests/test_seeds_end_to_end.py runs the whole pipeline.
"""

from __future__ import annotations

import datetime as dt

import pytest
import regex

from extract.facts import CountFact, IndicatorFact, PeriodFact, ReferenceFact, ReportMeta
from extract.validation import validate


def at(text: str, fragment: str, nth: int = 1) -> tuple[int, int]:
    """The nth occurrence of fragment that does not start inside a number ("0 hồ sơ" is not in "4.900 hồ sơ")."""
    found = [m.start() for m in regex.finditer(r"(?<![\w.,])" + regex.escape(fragment), text)]
    start = found[nth - 1]
    return start, start + len(fragment)


def count(text, fragment, metric, value, scope=None, table=None, nth=1):
    s, e = at(text, fragment, nth)
    return CountFact(start=s, end=e, text=fragment, metric=metric, value=value, unit="hồ sơ", scope=scope, table=table)


def pct(text, fragment, metric, value, nth=1):
    s, e = at(text, fragment, nth)
    return IndicatorFact(start=s, end=e, text=fragment, metric=metric, value=value, unit="%")


def codes(warnings):
    return sorted(w.code for w in warnings)


RECEIVED = ("Tổng số hồ sơ đã tiếp nhận là 4.911 hồ sơ (trong đó, tiếp nhận trực tuyến 4.900 hồ sơ; "
            "trực tiếp 0 hồ sơ, kỳ trước chuyển qua: 11 hồ sơ).")


def received_facts(text, total=4911):
    return [
        count(text, f"{total:,}".replace(",", ".") + " hồ sơ", "received_total", total),
        count(text, "4.900 hồ sơ", "received_online", 4900),
        count(text, "0 hồ sơ", "received_direct", 0),
        count(text, "11 hồ sơ", "carried_over", 11),
    ]


def test_identity_holds_quietly():
    assert validate(RECEIVED, received_facts(RECEIVED), ReportMeta()) == []


def test_identity_failure_names_the_variant_tried():
    text = RECEIVED.replace("4.911", "4.921")
    warnings = validate(text, received_facts(text, total=4921), ReportMeta())
    assert codes(warnings) == ["identity_failed"]
    w = warnings[0]
    assert "received_online + received_direct + carried_over" in w.message and "4921 vs 4911" in w.message
    assert len(w.spans) == 4


RESOLVED = ("Số lượng hồ sơ đã giải quyết xong: 3996 hồ sơ trong đó:\n+ Hồ sơ đã giải quyết trước hạn: 3985 hồ sơ "
            "đạt 99,72%\n+ Hồ sơ đã giải quyết đúng hạn: 0 hồ sơ\n+ Hồ sơ đã giải quyết quá hạn: 0 hồ sơ\n"
            "+ Hồ sơ rút và từ chối: 11 hồ sơ")


def resolved_facts(text):
    return [
        count(text, "3996 hồ sơ", "resolved_total", 3996),
        count(text, "3985 hồ sơ", "resolved_early", 3985),
        pct(text, "99,72%", "early_rate", 99.72),
        count(text, "0 hồ sơ", "resolved_on_time", 0, nth=1),
        count(text, "0 hồ sơ", "resolved_late", 0, nth=2),
        count(text, "11 hồ sơ", "rejected_or_withdrawn", 11),
    ]


def test_a_variant_with_rejected_and_withdrawn_satisfies_the_identity_and_the_rate():
    # 3985 + 0 + 0 != 3996, but + 11 rejected/withdrawn does; 3985/3996 = 99.72%
    assert validate(RESOLVED, resolved_facts(RESOLVED), ReportMeta()) == []


def test_percent_over_its_total_is_recomputed():
    text = ("- Tổng số hồ sơ tiếp nhận: 7026 hồ sơ\n - Số hồ sơ tiếp nhận trực tiếp: 1475 hồ sơ đạt 21,9 %\n"
            " - Số hồ sơ đã giải quyết: 6703 hồ sơ\n - Hồ sơ giải quyết trước hạn: 6553 hồ sơ đạt 97,83 %")
    facts = [
        count(text, "7026 hồ sơ", "received_total", 7026),
        count(text, "1475 hồ sơ", "received_direct", 1475),
        pct(text, "21,9 %", "other", 21.9),
        count(text, "6703 hồ sơ", "resolved_total", 6703),
        count(text, "6553 hồ sơ", "resolved_early", 6553),
        pct(text, "97,83 %", "early_rate", 97.83),
    ]
    warnings = validate(text, facts, ReportMeta())
    assert codes(warnings) == ["percent_mismatch", "percent_mismatch"]
    assert "20.99" in warnings[0].message and "97.76" in warnings[1].message


# the count just before a percentage, over the last total of its scope before it (a scope's own
# total, not the unit's; a later total does not count; a ";" or a line break in between breaks it)
SCOPED = ("Toàn xã tiếp nhận 500 hồ sơ. Phòng Kinh tế tiếp nhận 200 hồ sơ, trong đó trực tuyến 150 hồ sơ "
          "đạt {pct}. Cả năm tiếp nhận 900 hồ sơ.")


@pytest.mark.parametrize(
    "pct_text, scope_total, scope_part, sep, mismatch",
    [
        ("75%", "Phòng Kinh tế", "Phòng Kinh tế", " ", False),   # 150/200
        ("30%", "Phòng Kinh tế", "Phòng Kinh tế", " ", True),    # 150/200 is 75
        ("30%", "Phòng Kinh tế", None, " ", False),               # 150/500: the unit's total before it
        ("75%", "Phòng Kinh tế", None, " ", True),                # 150/500 is 30, not 75 (900 comes later)
        ("75%", None, None, " ", False),                          # 150/200: the nearest total of its scope
        ("30%", "Phòng Kinh tế", "Phòng Kinh tế", "; ", False),   # a ';' cuts the count off: nothing to check
    ],
)
def test_percent_over_the_total_of_its_scope(pct_text, scope_total, scope_part, sep, mismatch):
    text = SCOPED.format(pct=pct_text).replace("150 hồ sơ đạt", "150 hồ sơ" + sep + "đạt")
    facts = [
        count(text, "500 hồ sơ", "received_total", 500),
        count(text, "200 hồ sơ", "received_total", 200, scope=scope_total),
        count(text, "150 hồ sơ", "received_online", 150, scope=scope_part),
        pct(text, pct_text, "online_submission_rate", float(pct_text[:-1])),
        count(text, "900 hồ sơ", "received_total", 900),
    ]
    warnings = [w for w in validate(text, facts, ReportMeta()) if w.code == "percent_mismatch"]
    assert bool(warnings) is mismatch, warnings


def test_many_percentages_each_over_their_own_count():
    # a long text of repeated statements: every stated share is checked against its own pair
    parts, facts, pos = [], [], 0
    for i in range(300):
        total, online = 100 + i, 50 + i
        wrong = i % 7 == 0
        stated = "1%" if wrong else f"{100 * online / total:.2f}%".replace(".", ",")
        sentence = f"Đợt {i}: tiếp nhận {total} hồ sơ, trực tuyến {online} hồ sơ đạt {stated}. "
        text_so_far = "".join(parts) + sentence
        for fragment, metric, value in ((f"{total} hồ sơ", "received_total", total),
                                        (f"{online} hồ sơ", "received_online", online)):
            s = pos + sentence.index(fragment)
            facts.append(CountFact(start=s, end=s + len(fragment), text=fragment, metric=metric, value=value,
                                   unit="hồ sơ"))
        s = pos + sentence.index(stated)
        facts.append(IndicatorFact(start=s, end=s + len(stated), text=stated, metric="online_submission_rate",
                                   value=float(stated[:-1].replace(",", ".")), unit="%"))
        parts.append(sentence)
        pos = len(text_so_far)
    text = "".join(parts)
    warnings = [w for w in validate(text, facts, ReportMeta()) if w.code == "percent_mismatch"]
    assert len(warnings) == len(range(0, 300, 7))
    assert all(w.details["stated"] == 1.0 for w in warnings)


@pytest.mark.parametrize(
    "text, fragment, value, ok",
    [
        ("Tổng số hồ sơ được cập nhật lên hệ thống là 4.900/4.900 hồ sơ, đạt tỷ lệ 100%.", "100%", 100.0, True),
        ("- Văn phòng HĐND-UBND xã: Đạt 100% (1.018/1.018 hồ sơ); hồ sơ từ chối 03 hồ sơ.", "100%", 100.0, True),
        ("Hồ sơ được cập nhật, luân chuyển xử lý: 7078/7078 hồ sơ = 100%.", "100%", 100.0, True),
        ("có 01/01 phản ánh kiến nghị đã được tiếp nhận xử lý theo đúng quy định, đạt tỷ lệ 100%.", "100%", 100.0, True),
        ("đã giải quyết 1.124/1.131 hồ sơ, đạt tỷ lệ 100%.", "100%", 100.0, False),
        ("liên thông điện tử 243/250 hồ sơ, đạt 97,2%.", "97,2%", 97.2, True),
        ("liên thông điện tử 243/250 hồ sơ, đạt 98,2%.", "98,2%", 98.2, False),
        # a date is not a fraction of counts
        ("Từ ngày 15/3/2026 đến 14/6/2026 tỷ lệ đạt 90%.", "90%", 90.0, True),
    ],
)
def test_percent_from_a_fraction_beside_it(text, fragment, value, ok):
    warnings = validate(text, [pct(text, fragment, "other", value)], ReportMeta())
    assert (warnings == []) is ok, warnings


def test_period_contradicting_the_title_and_a_sane_one():
    text = ("Công tác kiểm soát thủ tục hành chính Quý II năm 2026\n(Số liệu tính từ ngày 15/03/2025 đến ngày 14/06/2026)")
    q_s, q_e = at(text, "Quý II năm 2026")
    title = PeriodFact(start=q_s, end=q_e, text="Quý II năm 2026", start_date=dt.date(2026, 4, 1),
                       end_date=dt.date(2026, 6, 30), label="quarter", reporting_start=dt.date(2026, 3, 15),
                       reporting_end=dt.date(2026, 6, 14))
    frag = "từ ngày 15/03/2025 đến ngày 14/06/2026"
    r_s, r_e = at(text, frag)
    bad = PeriodFact(start=r_s, end=r_e, text=frag, start_date=dt.date(2025, 3, 15), end_date=dt.date(2026, 6, 14),
                     label="range")
    meta = ReportMeta(spans={"title": (0, q_e)})
    warnings = validate(text, [title, bad], meta)
    assert codes(warnings) == ["period_contradicts_title"]
    good = PeriodFact(start=r_s, end=r_e, text=frag, start_date=dt.date(2026, 3, 15), end_date=dt.date(2026, 6, 14),
                      label="range")
    assert validate(text, [title, good], meta) == []


def test_end_before_start_and_dates_after_the_report():
    text = "từ ngày 14/6/2026 đến ngày 15/3/2026; Công văn số 775/UBND-TTPVHCC ngày 19/5/2027"
    s, e = at(text, "từ ngày 14/6/2026 đến ngày 15/3/2026")
    backwards = PeriodFact(start=s, end=e, text=text[s:e], start_date=dt.date(2026, 6, 14),
                           end_date=dt.date(2026, 3, 15), label="range")
    s2, e2 = at(text, "Công văn số 775/UBND-TTPVHCC ngày 19/5/2027")
    ref = ReferenceFact(start=s2, end=e2, text=text[s2:e2], id="775/UBND-TTPVHCC", kind="Công văn", number="775",
                        code="UBND-TTPVHCC", date=dt.date(2027, 5, 19))
    warnings = validate(text, [backwards, ref], ReportMeta(date=dt.date(2026, 6, 20)))
    assert codes(warnings) == ["date_after_report", "period_end_before_start"]


def test_reference_checks():
    text = ("UBND xã đã ban hành Quyết định số 478/KH-UBND ngày 30/7/2025; Quyết định số 714/QĐ-UBND ngày 27/02/2026; "
            "Nghị định số 61/2018/NĐ-CP ngày 23/4/2017; Công văn số 09/UBND-VP ngày 31/02/2026")
    def ref(fragment, id_, kind, number, code, type_code, date, year=None):
        s, e = at(text, fragment)
        return ReferenceFact(start=s, end=e, text=fragment, id=id_, kind=kind, number=number, code=code,
                             type_code=type_code, date=date, year=year)
    facts = [
        ref("Quyết định số 478/KH-UBND ngày 30/7/2025", "478/KH-UBND", "Quyết định", "478", "KH-UBND", "KH",
            dt.date(2025, 7, 30)),
        ref("Quyết định số 714/QĐ-UBND ngày 27/02/2026", "714/QĐ-UBND", "Quyết định", "714", "QĐ-UBND", "QĐ",
            dt.date(2026, 2, 27)),
        ref("Nghị định số 61/2018/NĐ-CP ngày 23/4/2017", "61/2018/NĐ-CP", "Nghị định", "61", "NĐ-CP", "NĐ",
            dt.date(2017, 4, 23), 2018),
        ref("Công văn số 09/UBND-VP ngày 31/02/2026", "09/UBND-VP", "Công văn", "09", "UBND-VP", None, None),
    ]
    warnings = validate(text, facts, ReportMeta())
    assert codes(warnings) == ["reference_impossible_date", "reference_impossible_date", "reference_type_mismatch"]
    assert "478/KH-UBND" in [w for w in warnings if w.code == "reference_type_mismatch"][0].message


TABLE_TEXT = "Tổng số hồ sơ tiếp nhận là 1.132 hồ sơ.\nTổng cộng\t\t1.132\t1.130\t0\t2"


@pytest.mark.parametrize("table_value, expected", [(1132, []), (1133, ["table_text_mismatch"])])
def test_table_total_against_the_text(table_value, expected):
    text = TABLE_TEXT.replace("\t\t1.132", "\t\t" + f"{table_value:,}".replace(",", "."))
    cell = f"{table_value:,}".replace(",", ".")
    facts = [
        count(text, "1.132 hồ sơ", "received_total", 1132),
        CountFact(start=text.rindex(cell), end=text.rindex(cell) + len(cell), text=cell, metric="received_total",
                  value=table_value, unit="hồ sơ", scope=None, table=0),
    ]
    assert codes(validate(text, facts, ReportMeta())) == expected


def test_a_table_row_is_its_own_statement():
    text = "1\tĐất đai\t10\t9\t0\t1\t9\t7\t0\t0\t1\t1"
    cells = text.split("\t")
    metrics = [None, None, "received_total", "received_in_period", "received_direct", "carried_over",
               "resolved_total", "resolved_early", "resolved_on_time", "resolved_late", "rejected", "withdrawn"]
    facts, pos = [], 0
    for cell_text, metric in zip(cells, metrics, strict=True):
        if metric:
            facts.append(CountFact(start=pos, end=pos + len(cell_text), text=cell_text, metric=metric,
                                   value=int(cell_text), unit="hồ sơ", scope="Đất đai", table=0))
        pos += len(cell_text) + 1
    assert validate(text, facts, ReportMeta()) == []  # 10 = 9 + 1; 9 = 7 + 0 + 0 + 1 + 1
    broken = [f if f.metric != "resolved_early" else CountFact(**{**{k: getattr(f, k) for k in (
        "start", "end", "text", "metric", "unit", "scope", "table")}, "value": 6}) for f in facts]
    assert codes(validate(text, broken, ReportMeta())) == ["identity_failed"]


def test_a_partial_breakdown_can_confirm_but_not_condemn():
    # "đúng hạn" unstated: 6553 + 10 != 6703 may be the on-time dossiers, so no warning; 4880 + 2 == 4882 confirms
    text = "Số hồ sơ đã giải quyết: 6703 hồ sơ\n - Hồ sơ giải quyết trước hạn: 6553 hồ sơ\n - Hồ sơ trễ hạn: 10 hồ sơ"
    facts = [count(text, "6703 hồ sơ", "resolved_total", 6703), count(text, "6553 hồ sơ", "resolved_early", 6553),
             count(text, "10 hồ sơ", "resolved_late", 10)]
    assert validate(text, facts, ReportMeta()) == []
    with_on_time = text + "\n - Hồ sơ giải quyết đúng hạn: 100 hồ sơ"
    facts.append(count(with_on_time, "100 hồ sơ", "resolved_on_time", 100))
    assert codes(validate(with_on_time, facts, ReportMeta())) == ["identity_failed"]  # 6553 + 100 + 10 != 6703
