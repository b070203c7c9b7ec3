"""Synthetic báo cáo with their gold facts, for benchmarks and recall checks at scale.

    python -m corpus.generate --out DIR --n N --seed S --formats txt,docx,pdf [--inconsistent RATE]

writes DIR the way corpus/ is laid out, so ``baocao eval DIR`` scores the pipeline on it:

- ``DIR/seeds/<stem>.txt``: the report (blocks separated by blank lines, tables tab-separated);
- ``DIR/gold/<stem>.json``: its facts in the format of corpus/GOLD.md (spans into the TXT text)
  plus ``expected_warnings`` (the validation codes the report must raise: none unless an error
  was injected) and ``injected`` (what was changed);
- ``DIR/rendered/<stem>.docx`` / ``.pdf``: the same report drawn by corpus.render.

A report: a real unit of the official list (normalize.units), the official header, "BÁO CÁO" and
a title naming a period, an optional stated window, "Căn cứ" citations, dossier counts with their
"trong đó" breakdowns, rates with targets, the Bộ chỉ số 766 scores, the signature block and an
appendix Biểu 06 table. Figures are consistent (the identities of docs/spec/metrics.md hold and
every percentage is recomputed from the counts it is stated with) unless ``--inconsistent RATE``
injects one known error into that share of the reports.

Generation is seeded per document (``random.Random(f"{seed}:{index}")``): the same seed gives
identical TXT bytes, and document i does not depend on N. The facts are recorded while the text
is written (:class:`TextBuilder`), so spans are exact by construction.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from corpus.gold_tool import dump
from normalize.units import AdminUnit, load_units

FORMATS = ("txt", "docx", "pdf")
INJECTIONS = ("identity", "percent", "period")
EXPECTED_CODES = {"identity": "identity_failed", "percent": "percent_mismatch",
                  "period": "period_contradicts_title"}

# ------------------------------------------------------------------------------------- figures


@dataclass(frozen=True)
class Dossiers:
    """One row of Biểu 06 (columns (3)..(16)); the three totals are stored, not derived, so an
    injected error can break an identity while the total stays as stated."""

    received_total: int
    received_online: int
    received_direct: int
    carried_over: int
    resolved_total: int
    resolved_early: int
    resolved_on_time: int
    resolved_late: int
    rejected: int
    withdrawn: int
    pending_total: int
    pending_in_time: int
    pending_late: int
    supplement_requested: int

    @property
    def received_in_period(self) -> int:
        return self.received_online + self.received_direct

    @property
    def finished_by_deadline(self) -> int:  # early + on time + late: the base of the on-time rate
        return self.resolved_early + self.resolved_on_time + self.resolved_late

    def __add__(self, other: Dossiers) -> Dossiers:
        return Dossiers(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))


#: Biểu 06 columns (3)..(16), in order
COLUMNS = tuple(f.name for f in fields(Dossiers))


def _share(rng: random.Random, n: int, lo: float, hi: float) -> int:
    return min(n, round(n * rng.uniform(lo, hi)))


def make_dossiers(rng: random.Random, received: int) -> Dossiers:
    """A consistent row: received = online + direct + carried = resolved + pending;
    resolved = early + on time + late + rejected + withdrawn; pending = in time + late + supplement."""
    carried = _share(rng, received, 0.0, 0.03)
    online = _share(rng, received - carried, 0.85, 1.0)
    direct = received - carried - online
    pending = _share(rng, received, 0.0, 0.05)
    resolved = received - pending
    rejected = _share(rng, resolved, 0.0, 0.01)
    withdrawn = _share(rng, resolved - rejected, 0.0, 0.01)
    late = _share(rng, resolved - rejected - withdrawn, 0.0, 0.01)
    on_time = _share(rng, resolved - rejected - withdrawn - late, 0.0, 0.08)
    early = resolved - rejected - withdrawn - late - on_time
    supplement = _share(rng, pending, 0.0, 0.3)
    pending_late = _share(rng, pending - supplement, 0.0, 0.1)
    return Dossiers(received, online, direct, carried, resolved, early, on_time, late, rejected, withdrawn,
                    pending, pending - supplement - pending_late, pending_late, supplement)


FIELDS = ("Hộ tịch", "Chứng thực", "Đất đai", "Người có công", "Bảo trợ xã hội", "Hộ kinh doanh", "Giáo dục",
          "Xây dựng", "Lao động - Tiền lương", "Nuôi con nuôi", "Tư pháp", "Môi trường")
FIELD_WEIGHT = {"Hộ tịch": 6.0, "Chứng thực": 8.0, "Đất đai": 2.0}

# ------------------------------------------------------------------------------------ numbers


@dataclass(frozen=True)
class NumberStyle:
    """How one report writes its figures (real reports: 4.911 and 4911, 99,72% and 98.7%, 02, 100 %)."""

    group_thousands: bool = True
    decimal_comma: bool = True
    leading_zero: bool = False
    space_before_percent: bool = False
    decimals: int = 2

    def count(self, n: int) -> str:
        if self.leading_zero and 0 < n < 10:
            return f"0{n}"
        return f"{n:,}".replace(",", ".") if self.group_thousands else str(n)

    def rate(self, num: int, den: int) -> tuple[str, float]:
        """``num/den`` as written (``99,72%``) and the value a reader should find (99.72)."""
        value = round(100.0 * num / den, self.decimals) if den else 100.0
        return self.percent(value), value

    def percent(self, value: float) -> str:
        if value == int(value):
            body = str(int(value))
        else:
            body = f"{value:.{self.decimals}f}".rstrip("0")
            body = body.replace(".", ",") if self.decimal_comma else body
        return body + (" %" if self.space_before_percent else "%")

    def score(self, value: float) -> str:
        body = f"{value:.2f}".rstrip("0").rstrip(".")
        return body.replace(".", ",")


def random_style(rng: random.Random) -> NumberStyle:
    return NumberStyle(group_thousands=rng.random() < 0.7, decimal_comma=rng.random() < 0.8,
                       leading_zero=rng.random() < 0.5, space_before_percent=rng.random() < 0.15,
                       decimals=rng.choice((1, 2, 2)))


# ------------------------------------------------------------------------------ text + facts


@dataclass
class TextBuilder:
    """Writes the report and records each fact at the offsets it is written at."""

    parts: list[str] = field(default_factory=list)
    facts: list[dict] = field(default_factory=list)
    length: int = 0

    def add(self, text: str) -> TextBuilder:
        self.parts.append(text)
        self.length += len(text)
        return self

    def fact(self, text: str, **attrs) -> TextBuilder:
        self.facts.append({"type": attrs.pop("type"), "span": [self.length, self.length + len(text)], "text": text,
                           **attrs})
        return self.add(text)

    def block(self) -> TextBuilder:
        return self.add("\n\n")

    def text(self) -> str:
        return "".join(self.parts)

    # facts by type ------------------------------------------------------------------------
    def count(self, value: int, style: NumberStyle, metric: str, unit: str = "hồ sơ", *, word: str | None = None,
              scope: str | None = None, table: bool = False, label: str | None = None) -> TextBuilder:
        written = style.count(value)
        text = written if table or word == "" else f"{written} {word or unit}"
        extra = {"label": label} if label else {}
        return self.fact(text, type="count", metric=metric, value=value, unit=unit, scope=scope, **extra)

    def indicator(self, text: str, value: float, metric: str, *, unit: str = "%", target: dict | None = None,
                  **extra) -> TextBuilder:
        return self.fact(text, type="indicator", metric=metric, value=value, unit=unit, target=target, scope=None,
                         **extra)

    def period(self, text: str, start: dt.date, end: dt.date, label: str) -> TextBuilder:
        return self.fact(text, type="period", start=start.isoformat(), end=end.isoformat(), label=label)

    def reference(self, text: str, ref: Citation, date: dt.date | None) -> TextBuilder:
        return self.fact(text, type="reference", id=ref.id, kind=ref.kind, number=ref.number, year=ref.year,
                         code=ref.code, date=date.isoformat() if date else None)


# ----------------------------------------------------------------------------------- periods

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def _month_end(year: int, month: int) -> dt.date:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


@dataclass(frozen=True)
class Period:
    kind: str  # month | quarter | half_year | nine_months | year
    year: int
    index: int = 0  # month 1..12 or quarter 1..4

    @property
    def months(self) -> tuple[int, int]:
        return {"month": (self.index, self.index), "quarter": (3 * self.index - 2, 3 * self.index),
                "half_year": (1, 6), "nine_months": (1, 9), "year": (1, 12)}[self.kind]

    @property
    def calendar(self) -> tuple[dt.date, dt.date]:
        first, last = self.months
        return dt.date(self.year, first, 1), _month_end(self.year, last)

    @property
    def reporting(self) -> tuple[dt.date, dt.date]:
        """The reporting regime's window (Nghị định 09/2019): the 15th before to the 14th."""
        first, last = self.months
        start = dt.date(self.year - (first == 1), (first - 2) % 12 + 1, 15)
        return start, dt.date(self.year, last, 14)

    def phrase(self, rng: random.Random, *, upper: bool = False) -> str:
        if self.kind == "month":
            text = f"tháng {self.index:02d} năm {self.year}" if rng.random() < 0.3 else f"tháng {self.index} năm {self.year}"
        elif self.kind == "quarter":
            text = f"Quý {ROMAN[self.index]} năm {self.year}" if rng.random() < 0.6 else f"quý {ROMAN[self.index]} năm {self.year}"
        elif self.kind == "half_year":
            text = f"6 tháng đầu năm {self.year}"
        elif self.kind == "nine_months":
            text = f"9 tháng đầu năm {self.year}"
        else:
            text = f"năm {self.year}"
        return text.upper() if upper else text

    def next(self) -> Period:
        if self.kind == "month":
            return Period("month", self.year + (self.index == 12), self.index % 12 + 1)
        if self.kind == "quarter":
            return Period("quarter", self.year + (self.index == 4), self.index % 4 + 1)
        if self.kind == "half_year":
            return Period("half_year", self.year, 2)  # "6 tháng cuối năm"
        return Period("year", self.year + 1)


def next_phrase(period: Period, rng: random.Random) -> tuple[str, dt.date, dt.date, str]:
    nxt = period.next()
    if period.kind == "half_year":
        return f"6 tháng cuối năm {period.year}", dt.date(period.year, 7, 1), dt.date(period.year, 12, 31), "half_year"
    if period.kind == "nine_months":
        return f"quý IV năm {period.year}", dt.date(period.year, 10, 1), dt.date(period.year, 12, 31), "quarter"
    start, end = nxt.calendar
    return nxt.phrase(rng), start, end, nxt.kind


def _d(date: dt.date, rng: random.Random) -> str:
    """``15/3/2026`` or ``15/03/2026``."""
    return f"{date.day:02d}/{date.month:02d}/{date.year}" if rng.random() < 0.5 else f"{date.day}/{date.month}/{date.year}"


# -------------------------------------------------------------------------------- references


@dataclass(frozen=True)
class Citation:
    kind: str | None  # the type word as written ("Nghị định"), None on the "Số:" line
    number: str
    code: str
    year: int | None = None
    about: str = ""

    @property
    def id(self) -> str:
        return f"{self.number}/{self.year}/{self.code}" if self.year else f"{self.number}/{self.code}"


ONE_STOP = Citation("Nghị định", "61", "NĐ-CP", 2018)  # written "{61}" inside a description below
#: normative documents every such report may cite (real numbers and dates)
LEGAL_BASIS = (
    (Citation("Nghị định", "61", "NĐ-CP", 2018, "của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông "
              "trong giải quyết thủ tục hành chính"), dt.date(2018, 4, 23)),
    (Citation("Nghị định", "107", "NĐ-CP", 2021, "của Chính phủ sửa đổi, bổ sung một số điều của {61}"),
     dt.date(2021, 12, 6)),
    (Citation("Nghị định", "45", "NĐ-CP", 2020, "của Chính phủ về thực hiện thủ tục hành chính trên môi trường "
              "điện tử"), dt.date(2020, 4, 8)),
    (Citation("Thông tư", "01", "TT-VPCP", 2018, "của Văn phòng Chính phủ hướng dẫn thi hành một số quy định của "
              "{61}"), dt.date(2018, 11, 23)),
    (Citation("Quyết định", "766", "QĐ-TTg", None, "của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều "
              "hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp"), dt.date(2022, 6, 23)),
)

SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý")
MIDDLE = ("Văn", "Thị", "Quang", "Minh", "Đức", "Thanh", "Hữu", "Ngọc", "Xuân", "Thu")
GIVEN = ("Dũng", "Thái", "Hà", "Lan", "Hùng", "Thành", "Hương", "Nam", "Tuấn", "Hạnh", "Long", "Phương")

ASSESSMENT = (
    "Việc thực hiện cơ chế một cửa, một cửa liên thông được duy trì hiệu quả. Các thủ tục hành chính thuộc "
    "thẩm quyền được công khai, minh bạch; việc tiếp nhận và giải quyết hồ sơ được thực hiện đúng quy trình.",
    "Cán bộ, công chức tại Trung tâm Phục vụ hành chính công đã tích cực hướng dẫn, hỗ trợ người dân nộp hồ sơ "
    "trực tuyến, phối hợp với các cơ quan chuyên môn giải quyết và trả kết quả nhanh chóng, chính xác.",
    "Hệ thống giải quyết thủ tục hành chính của một số Bộ, ngành còn lỗi, ảnh hưởng đến việc nộp hồ sơ của "
    "công dân và việc xử lý hồ sơ của cán bộ.",
    "Một số người dân chưa quen thao tác trên Cổng Dịch vụ công quốc gia nên công chức vẫn phải hướng dẫn trực "
    "tiếp tại quầy.",
)
TASKS = (
    "- Tiếp tục thực hiện nghiêm việc công khai, minh bạch thủ tục hành chính tại Trung tâm Phục vụ hành chính "
    "công và trên môi trường điện tử.",
    "- Đẩy mạnh tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến và thanh toán trực tuyến.",
    "- Khai thác hiệu quả cơ sở dữ liệu quốc gia về dân cư trong giải quyết thủ tục hành chính, giảm giấy tờ "
    "cho người dân.",
    "- Rà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền giải quyết của Ủy ban nhân dân xã.",
)


# ----------------------------------------------------------------------------------- reports


@dataclass(frozen=True)
class Report:
    stem: str
    text: str
    gold: dict
    header_left: tuple[str, ...]
    header_right: tuple[str, ...]


def _unit_label(unit: AdminUnit) -> str:
    return f"{unit.type} {unit.name}"


def _rank_of(unit: AdminUnit, units: Sequence[AdminUnit]) -> int:
    return sum(1 for u in units if u.province == unit.province)


def _pick_period(rng: random.Random) -> Period:
    # communes of the two-tier system report from July 2025 on
    year = rng.choice((2025, 2026))
    kind = rng.choices(("month", "quarter", "half_year", "nine_months", "year"), (5, 3, 1.5, 1, 1))[0]
    if kind == "month":
        return Period("month", year, rng.randint(8 if year == 2025 else 1, 12))
    if kind == "quarter":
        return Period("quarter", year, rng.randint(3 if year == 2025 else 1, 4))
    return Period(kind, 2025 if kind == "year" else 2026)


def build_report(seed: int, index: int, inject: str | None = None) -> Report:
    """One synthetic report (text and gold), determined by (seed, index, inject)."""
    rng = random.Random(f"{seed}:{index}")
    units = load_units()
    unit = rng.choice(units)
    style = random_style(rng)
    period = _pick_period(rng)
    by_centre = rng.random() < 0.5
    unit_title = _unit_label(unit)
    issuer = f"Trung tâm Phục vụ hành chính công {unit_title}" if by_centre else f"Ủy ban nhân dân {unit_title}"
    province_word = "thành phố" if unit.province in ("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế") else "tỉnh"
    window = period.reporting if rng.random() < 0.6 else period.calendar
    state_window = rng.random() < 0.6
    report_date = window[1] + dt.timedelta(days=rng.randint(1, 8))
    blank_number = rng.random() < 0.2
    own = Citation(None, str(rng.randint(1, 450)).zfill(2), "BC-TTPVHCC" if by_centre else "BC-UBND")
    b = TextBuilder()

    # header ------------------------------------------------------------------------------
    if by_centre:
        left = (f"ỦY BAN NHÂN DÂN {unit_title.upper()}", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG")
    else:
        left = ("ỦY BAN NHÂN DÂN", unit_title.upper())
    right = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
    b.add("\n".join(left)).block().add("\n".join(right)).block()
    b.add("Số: ")
    if blank_number:
        b.add(f"/{own.code}")
    else:
        b.reference(f"{own.number}/{own.code}", own, None)
    day = f"{report_date.day:02d}" if rng.random() < 0.5 else str(report_date.day)
    date_line = f"{unit.name if rng.random() < 0.5 else unit.full_name}, ngày {day} tháng {report_date.month} năm {report_date.year}"
    b.block().add(date_line).block().add("BÁO CÁO").block()

    # title --------------------------------------------------------------------------------
    title_start = b.length
    topic = rng.choice(("Kết quả công tác kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông ",
                        "Tình hình, kết quả giải quyết thủ tục hành chính ",
                        "Kết quả thực hiện nhiệm vụ "))
    b.add(topic)
    cal = period.calendar
    b.period(period.phrase(rng), *cal, period.kind)
    if period.kind != "year" and rng.random() < 0.6:
        phrase, s, e, label = next_phrase(period, rng)
        b.add(" và phương hướng, nhiệm vụ trọng tâm ").period(phrase, s, e, label)
    title = b.text()[title_start:]
    stated_window = window
    if state_window:
        if inject == "period":  # a typo in the year, as in real reports
            stated_window = (window[0].replace(year=window[0].year - 1), window[1])
        b.add("\n(Số liệu tính từ ")
        b.period(f"ngày {_d(stated_window[0], rng)} đến ngày {_d(stated_window[1], rng)}", *stated_window, "range")
        b.add(")")
    elif inject == "period":
        inject = None  # nothing to contradict: the report stays consistent
    b.block()

    # legal basis ---------------------------------------------------------------------------
    basis = rng.sample(LEGAL_BASIS, rng.randint(1, 3))
    for n, (ref, date) in enumerate(basis):
        b.add("Căn cứ " if n == 0 else "")
        b.reference(f"{ref.kind} số {ref.id} ngày {_d(date, rng)}", ref, date).add(" ")
        before, nested, after = ref.about.partition("{61}")
        b.add(before)
        if nested:  # a citation inside the description is a reference too (without a date)
            b.reference(f"Nghị định số {ONE_STOP.id}", ONE_STOP, None)
        b.add(after + "; ")
    plan_date = dt.date(period.year, 1, rng.randint(5, 28)) if report_date.year == period.year else report_date.replace(day=1)
    plan_date = min(plan_date, report_date - dt.timedelta(days=3))
    plan = Citation("Quyết định", str(rng.randint(100, 3999)), "QĐ-UBND")
    b.add("Căn cứ ").reference(f"Quyết định số {plan.id} ngày {_d(plan_date, rng)}", plan, plan_date)
    b.add(f" của Ủy ban nhân dân {province_word} {unit.province} về việc ban hành Kế hoạch kiểm soát thủ tục "
          f"hành chính năm {plan_date.year};")
    if rng.random() < 0.6:
        ask_date = report_date - dt.timedelta(days=rng.randint(5, 25))
        ask = Citation("Công văn", str(rng.randint(10, 2999)), rng.choice(("UBND-VP", "UBND-TTPVHCC", "UBND-NV")))
        b.add(" Thực hiện ").reference(f"Công văn số {ask.id} ngày {_d(ask_date, rng)}", ask, ask_date)
        b.add(f" của Ủy ban nhân dân {unit.type} về việc báo cáo định kỳ;")
    b.block().add(f"{issuer} báo cáo kết quả cụ thể như sau:").block()

    # figures -------------------------------------------------------------------------------
    months = period.months[1] - period.months[0] + 1
    per_month = rng.randint(60, 1500)
    chosen = rng.sample(FIELDS, rng.randint(4, 8))
    weights = [FIELD_WEIGHT.get(f, 1.0) * rng.uniform(0.5, 1.5) for f in chosen]
    total_received = max(len(chosen) * 3, per_month * months)
    rows = [(f, make_dossiers(rng, max(1, round(total_received * w / sum(weights))))) for f, w in zip(chosen, weights, strict=True)]
    total = rows[0][1]
    for _f, row in rows[1:]:
        total = total + row
    injected: dict | None = None
    if inject == "identity":  # one breakdown figure off, everywhere it is stated: no sum closes
        k = total.rejected + total.withdrawn + total.resolved_on_time + rng.randint(1, 9)
        total = replace(total, resolved_early=total.resolved_early + k)
        injected = {"kind": "identity", "detail": f"resolved_early stated {k} above what the totals allow"}
    procedures = rng.randint(250, 420)
    partial = rng.randint(80, procedures // 2)

    b.add("I. KẾT QUẢ THỰC HIỆN").block()
    b.add("1. Công khai thủ tục hành chính").block()
    b.add("Tổng số TTHC thuộc thẩm quyền giải quyết của Ủy ban nhân dân xã là ")
    b.count(procedures, style, "procedures_total", "thủ tục").add(", trong đó Dịch vụ công trực tuyến một phần là ")
    b.count(partial, style, "procedures_online_partial", "thủ tục").add(", Dịch vụ công trực tuyến toàn trình là ")
    b.count(procedures - partial, style, "procedures_online_full", "thủ tục").add(".").block()

    b.add("2. Kết quả giải quyết thủ tục hành chính").block()
    percent_targets: list[int] = []  # indexes of facts whose stated percentage an injection may corrupt
    if rng.random() < 0.5:
        _prose_dossiers(b, total, style, window, rng)
    else:
        percent_targets += _listed_dossiers(b, total, style, window, rng)
    b.add("Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn đạt ")
    percent_targets.append(len(b.facts))
    text, value = style.rate(total.resolved_early + total.resolved_on_time, total.finished_by_deadline)
    b.indicator(text, value, "on_time_rate")
    b.add(f" ({style.count(total.resolved_early + total.resolved_on_time)}/{style.count(total.finished_by_deadline)} hồ sơ).")
    b.block()

    # rates with targets
    b.add("3. Kết quả thực hiện các chỉ tiêu").block()
    online_target = rng.choice((60, 70, 80))
    text, value = style.rate(total.received_online, total.received_in_period)
    target_text = rng.choice((f"chỉ tiêu giao ≥ {online_target}%", f"chỉ tiêu giao tối thiểu đạt {online_target}%"))
    b.add("- Tỷ lệ nộp hồ sơ trực tuyến đạt ")
    b.indicator(text, value, "online_submission_rate", target={"op": ">=", "value": float(online_target)})
    b.add(f" ({style.count(total.received_online)}/{style.count(total.received_in_period)} hồ sơ; {target_text}).").block()
    for metric, phrase, lo, target in (
        ("digitization_rate", "Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt ", 85, ("=", 100)),
        ("data_reuse_rate", "Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt ", 40, (">=", 50)),
        ("online_payment_rate", "Tỷ lệ thanh toán trực tuyến đạt ", 60, (">=", 80)),
        ("satisfaction_rate", "Tỷ lệ hài lòng của người dân đạt ", 90, (">=", 95)),
    ):
        if rng.random() < 0.3:
            continue
        value = round(rng.uniform(lo, 100), style.decimals) if rng.random() < 0.7 else 100.0
        b.add("- " + phrase).indicator(style.percent(value), value, metric,
                                       target={"op": target[0], "value": float(target[1])})
        op = "=" if target[0] == "=" else "≥"
        b.add(f" (chỉ tiêu giao {op} {target[1]}%).").block()
    feedback = rng.choice((0, 0, 1, 2, 3, 5))
    if feedback:
        b.add("- Trong kỳ tiếp nhận ").count(feedback, style, "feedback_received", "phản ánh, kiến nghị")
        b.add(", đã xử lý ").count(feedback, style, "feedback_handled", "phản ánh, kiến nghị")
        b.add(" theo quy định.").block()
    else:
        b.add("- Trong kỳ không tiếp nhận phản ánh, kiến nghị nào về quy định thủ tục hành chính.").block()

    # index 766
    if rng.random() < 0.6:
        _index_766(b, unit, units, rng)

    # assessment, tasks, closing ------------------------------------------------------------
    b.add("II. ĐÁNH GIÁ CHUNG").block()
    for paragraph in rng.sample(ASSESSMENT, 2):
        b.add(paragraph).block()
    b.add("III. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM").block()
    b.add("\n".join(rng.sample(TASKS, 3))).block()
    b.add(f"Trên đây là báo cáo kết quả công tác kiểm soát thủ tục hành chính của {issuer}./.").block()
    signer = f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
    deputy = rng.random() < 0.6
    b.add("Nơi nhận:\n" + f"- Ủy ban nhân dân {province_word} {unit.province};\n- Lãnh đạo UBND xã;\n- Lưu: VT.").block()
    if by_centre:
        sign = ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC") if deputy else ("GIÁM ĐỐC",)
        signer_title = "Phó Giám đốc" if deputy else "Giám đốc"
    else:
        sign = ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH") if deputy else ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
        signer_title = "Phó Chủ tịch" if deputy else "Chủ tịch"
    b.add("\n".join(sign)).block().add(signer)

    # appendix: Biểu 06 ---------------------------------------------------------------------
    if rng.random() < 0.7:
        b.block().add("PHỤ LỤC").block().add("Tình hình, kết quả giải quyết thủ tục hành chính ")
        b.period(period.phrase(rng), *cal, period.kind).add(f" của {unit_title}").block()
        b.add("(Kèm theo ")
        if blank_number:
            b.add(f"Báo cáo số: /{own.code} ngày {_d(report_date, rng)}")
        else:
            cited = replace(own, kind="Báo cáo")
            b.reference(f"Báo cáo số {own.number}/{own.code} ngày {_d(report_date, rng)}", cited, report_date)
        b.add(f" của {issuer})").block()
        _table(b, rows, total, style)

    # inject a percentage error ---------------------------------------------------------------
    text = b.text()
    if inject == "percent" and percent_targets:
        text, injected = _corrupt_percent(b, rng.choice(percent_targets), rng)
    elif inject == "percent":
        inject = None
    if inject == "identity" and injected is None:
        inject = None

    stem = f"syn{seed}_{index:05d}"
    doc_period = window  # the body always states the window its figures cover
    gold = {
        "seed": f"seeds/{stem}.txt",
        "notes": "synthetic report (corpus/generate.py): figures consistent unless 'injected' says otherwise",
        "generator": {"seed": seed, "index": index},
        "expected_warnings": [EXPECTED_CODES[inject]] if inject else [],
        "injected": injected if inject else None,
        "document": {
            "unit": {"type": unit.type, "name": unit.name, "province": unit.province, "code": unit.code},
            "issuer": issuer,
            "number": None if blank_number else own.id,
            "date": report_date.isoformat(),
            "title": title,
            "kind": period.kind,
            "period": {"start": doc_period[0].isoformat(), "end": doc_period[1].isoformat()},
            "signer": {"name": signer, "title": signer_title},
        },
        "facts": b.facts,
    }
    if inject == "period":
        gold["injected"] = {"kind": "period", "detail": f"stated window starts {stated_window[0]} (a year early)"}
    return Report(stem, text, gold, left, right)


def _prose_dossiers(b: TextBuilder, t: Dossiers, s: NumberStyle, window: tuple[dt.date, dt.date],
                    rng: random.Random) -> None:
    """The figures in running text (seed 003's way)."""
    b.period(f"Từ ngày {_d(window[0], rng)} đến ngày {_d(window[1], rng)}", *window, "range")
    b.add(", Trung tâm Phục vụ hành chính công đã tiếp nhận ").count(t.received_total, s, "received_total")
    b.add(" giải quyết thủ tục hành chính, trong đó có ").count(t.received_online, s, "received_online")
    b.add(" trực tuyến, ").count(t.received_direct, s, "received_direct").add(" trực tiếp và ")
    b.count(t.carried_over, s, "carried_over").add(" từ kỳ trước chuyển sang. Đã trả kết quả ")
    b.count(t.resolved_total, s, "resolved_total").add(", trong đó có ")
    b.count(t.resolved_early, s, "resolved_early").add(" giải quyết trước hạn, ")
    b.count(t.resolved_on_time, s, "resolved_on_time").add(" đúng hạn, ")
    b.count(t.resolved_late, s, "resolved_late").add(" quá hạn, ")
    b.count(t.rejected, s, "rejected").add(" từ chối, ")
    b.count(t.withdrawn, s, "withdrawn").add(" rút. Có ")
    b.count(t.pending_total, s, "pending_total").add(" đang giải quyết, trong đó có ")
    b.count(t.pending_in_time, s, "pending_in_time").add(" trong hạn, ")
    b.count(t.pending_late, s, "pending_late").add(" đang giải quyết quá hạn, ")
    b.count(t.supplement_requested, s, "supplement_requested").add(" yêu cầu bổ sung.").block()


def _listed_dossiers(b: TextBuilder, t: Dossiers, s: NumberStyle, window: tuple[dt.date, dt.date],
                     rng: random.Random) -> list[int]:
    """The figures as a list (seed 000's way); returns the indexes of the rates stated."""
    rates = []
    b.add("* Số hồ sơ thủ tục hành chính đã tiếp nhận ")
    b.period(f"từ ngày {_d(window[0], rng)} đến ngày {_d(window[1], rng)}", *window, "range")
    b.add(" là ").count(t.received_total, s, "received_total").add(" (trong đó ")
    b.count(t.carried_over, s, "carried_over").add(" từ kỳ trước chuyển sang), hồ sơ nộp trực tuyến: ")
    b.count(t.received_online, s, "received_online").add(", hồ sơ nộp trực tiếp: ")
    b.count(t.received_direct, s, "received_direct").add(".").block()
    b.add("Số lượng hồ sơ đã giải quyết xong: ").count(t.resolved_total, s, "resolved_total").add(" trong đó:").block()
    b.add("+ Hồ sơ đã giải quyết trước hạn: ").count(t.resolved_early, s, "resolved_early").add(" đạt ")
    rates.append(len(b.facts))
    text, value = s.rate(t.resolved_early, t.resolved_total)
    b.indicator(text, value, "early_rate").block()
    b.add("+ Hồ sơ đã giải quyết đúng hạn: ").count(t.resolved_on_time, s, "resolved_on_time").block()
    b.add("+ Hồ sơ đã giải quyết quá hạn: ").count(t.resolved_late, s, "resolved_late").block()
    b.add("+ Hồ sơ từ chối: ").count(t.rejected, s, "rejected").block()
    b.add("+ Hồ sơ rút: ").count(t.withdrawn, s, "withdrawn").block()
    b.add("Số lượng hồ sơ đang giải quyết: ").count(t.pending_total, s, "pending_total").add(" trong đó:").block()
    b.add("+ Hồ sơ đang giải quyết trong hạn: ").count(t.pending_in_time, s, "pending_in_time").block()
    b.add("+ Hồ sơ đang giải quyết quá hạn: ").count(t.pending_late, s, "pending_late").block()
    b.add("+ Hồ sơ yêu cầu bổ sung: ").count(t.supplement_requested, s, "supplement_requested").block()
    return rates


INDEX_766 = (  # (metric, how the report names it, max)
    ("idx766_transparency", "Chỉ số công khai minh bạch đạt ", 18),
    ("idx766_progress", "chỉ số tiến độ giải quyết ", 20),
    ("idx766_online_service", "chỉ số dịch vụ công trực tuyến: ", 12),
    ("idx766_online_payment", "chỉ số thanh toán trực tuyến ", 10),
    ("idx766_satisfaction", "chỉ số mức độ hài lòng: ", 18),
    ("idx766_digitization", "chỉ số số hóa hồ sơ ", 22),
)


def _index_766(b: TextBuilder, unit: AdminUnit, units: Sequence[AdminUnit], rng: random.Random) -> None:
    """Bộ chỉ số 766: components out of their max, the total (their sum) out of 100, the rank."""
    scores = [(m, phrase, mx, round(mx * rng.uniform(0.75, 1.0), 2) if rng.random() < 0.6 else float(mx))
              for m, phrase, mx in INDEX_766]
    total = round(sum(v for *_x, v in scores), 2)
    of = _rank_of(unit, units)
    rank = rng.randint(1, of)
    b.add(f"Kết quả đánh giá theo Bộ chỉ số 766: Tổng điểm của {_unit_label(unit)} đạt ")
    b.indicator(f"{NumberStyle().score(total)} điểm", total, "idx766_total", unit="điểm", max=100.0, rank=rank,
                rank_of=of)
    b.add(f", xếp {rank}/{of} xã, phường, đặc khu của {unit.province}. Cụ thể: ")
    for n, (metric, phrase, mx, value) in enumerate(scores):
        b.add(phrase).indicator(f"{NumberStyle().score(value)}/{mx} điểm", value, metric, unit="điểm", max=float(mx))
        b.add("." if n == len(scores) - 1 else "; ")
    b.block()


TABLE_HEAD = (
    ("STT", "Lĩnh vực giải quyết", "Số lượng hồ sơ tiếp nhận", "", "", "", "Số lượng hồ sơ đã giải quyết", "", "", "",
     "", "", "Số lượng hồ sơ đang giải quyết", "", "", ""),
    ("", "", "Tổng số", "Trong kỳ", "", "Từ kỳ trước", "Tổng số", "Trước hạn", "Đúng hạn", "Quá hạn",
     "Từ chối, không giải quyết", "Hồ sơ rút", "Tổng số", "Trong hạn", "Quá hạn", "Yêu cầu bổ sung"),
    ("", "", "", "Trực tuyến", "Trực tiếp, dịch vụ bưu chính", "", "", "", "", "", "", "", "", "", "", ""),
    ("(1)", "(2)", "(3)=(4)+(5)+(6)", "(4)", "(5)", "(6)", "(7)=(8)+(9)+(10)+(11)+(12)", "(8)", "(9)", "(10)",
     "(11)", "(12)", "(13)=(14)+(15)+(16)", "(14)", "(15)", "(16)"),
)


def _table(b: TextBuilder, rows: list[tuple[str, Dossiers]], total: Dossiers, s: NumberStyle) -> None:
    """Biểu 06 as tab-separated lines; every number cell is a count (scope: the row's field)."""
    plain = replace(s, leading_zero=False)  # cells are written 0, 1, 2
    b.add("\n".join("\t".join(r) for r in TABLE_HEAD))
    for n, (name, row) in enumerate([*rows, ("Tổng cộng", total)], 1):
        last = name == "Tổng cộng"
        b.add("\n" + ("Tổng cộng\t" if last else f"{n}\t{name}"))
        for column in COLUMNS:
            b.add("\t").count(getattr(row, column), plain, column, table=True, scope=None if last else name)


def _corrupt_percent(b: TextBuilder, at: int, rng: random.Random) -> tuple[str, dict]:
    """Rewrite the percentage of fact ``at`` so that it no longer matches its counts."""
    fact = b.facts[at]
    old = fact["value"]
    new = round(old - rng.uniform(3, 9), 1) if old > 50 else round(old + rng.uniform(3, 9), 1)
    written = fact["text"]
    comma = "," in written or "." not in written
    body = f"{new:.1f}".replace(".", ",") if comma else f"{new:.1f}"
    new_text = body + (" %" if written.endswith(" %") else "%")
    shift = len(new_text) - len(written)
    start, end = fact["span"]
    text = b.text()
    text = text[:start] + new_text + text[end:]
    fact.update(text=new_text, value=new, span=[start, start + len(new_text)])
    for later in b.facts[at + 1:]:
        later["span"] = [later["span"][0] + shift, later["span"][1] + shift]
    return text, {"kind": "percent", "detail": f"{fact['metric']} stated {new} instead of {old}"}


# ------------------------------------------------------------------------------------ writing


def layout_of(report: Report):
    """The report as a corpus.render Layout (header columns as written above the title)."""
    from corpus.render import parse_seed

    return parse_seed(report.text)


def choose_injections(seed: int, n: int, rate: float) -> list[str | None]:
    rng = random.Random(f"{seed}:inject")
    return [rng.choice(INJECTIONS) if rng.random() < rate else None for _ in range(n)]


def generate(out: str | Path, n: int, seed: int = 0, *, formats: Sequence[str] = ("txt",),
             inconsistent: float = 0.0, docx_max: int | None = None, pdf_max: int | None = None,
             start: int = 0) -> list[Report]:
    """Write ``n`` reports under ``out`` (seeds/, gold/, rendered/); returns them.

    ``docx_max`` / ``pdf_max``: render only the first so many reports in that format (PDF
    rendering dominates the time). ``start``: index of the first report (for adding to a corpus).
    """
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown format(s) {', '.join(unknown)}: expected {', '.join(FORMATS)}")
    out = Path(out)
    for sub in ("seeds", "gold") + (("rendered",) if set(formats) & {"docx", "pdf"} else ()):
        (out / sub).mkdir(parents=True, exist_ok=True)
    injections = choose_injections(seed, start + n, inconsistent)[start:]
    reports = []
    for k, inject in enumerate(injections):
        report = build_report(seed, start + k, inject)
        reports.append(report)
        (out / "seeds" / f"{report.stem}.txt").write_bytes(report.text.encode("utf-8"))
        (out / "gold" / f"{report.stem}.json").write_text(dump(report.gold), encoding="utf-8")
        wants_docx = "docx" in formats and (docx_max is None or k < docx_max)
        wants_pdf = "pdf" in formats and (pdf_max is None or k < pdf_max)
        if wants_docx or wants_pdf:
            from corpus.render import render_docx, render_pdf

            layout = layout_of(report)
            if wants_docx:
                render_docx(layout, out / "rendered" / f"{report.stem}.docx", title=report.stem)
            if wants_pdf:
                render_pdf(layout, out / "rendered" / f"{report.stem}.pdf", title=report.stem)
    return reports


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m corpus.generate", description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True, help="output folder (seeds/, gold/, rendered/ inside)")
    parser.add_argument("--n", type=int, default=20, help="number of reports")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--formats", default="txt", help="comma-separated: txt,docx,pdf (TXT is always written)")
    parser.add_argument("--inconsistent", type=float, default=0.0, metavar="RATE",
                        help="share of reports with one injected error (expected_warnings in the gold)")
    parser.add_argument("--docx-max", type=int, default=None, help="render DOCX for the first N reports only")
    parser.add_argument("--pdf-max", type=int, default=None, help="render PDF for the first N reports only")
    args = parser.parse_args(argv)
    if not 0.0 <= args.inconsistent <= 1.0:
        parser.error("--inconsistent RATE must be between 0 and 1")
    formats = tuple(f.strip() for f in args.formats.split(",") if f.strip())
    started = time.perf_counter()
    try:
        reports = generate(args.out, args.n, args.seed, formats=formats, inconsistent=args.inconsistent,
                           docx_max=args.docx_max, pdf_max=args.pdf_max)
    except ValueError as exc:
        parser.error(str(exc))
    injected = sum(1 for r in reports if r.gold["expected_warnings"])
    print(json.dumps({"out": str(args.out), "reports": len(reports), "injected": injected,
                      "seconds": round(time.perf_counter() - started, 2)}), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
