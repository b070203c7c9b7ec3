"""The sections of a synthetic report, in the order a report writes them.

Each writer appends to a :class:`TextBuilder` (recording the facts it writes) and draws from the
report's ``rng``; the order of the draws is part of the output (the same seed must give the same
bytes), so a writer's draws stay in the order of its text.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace

from corpus.generator.builder import Citation, TextBuilder
from corpus.generator.figures import COLUMNS, Dossiers, NumberStyle, make_dossiers
from corpus.generator.periods import next_phrase, written_date
from corpus.generator.phrasing import load_phrasing
from corpus.generator.plan import ReportPlan

Window = tuple[dt.date, dt.date]

# ------------------------------------------------------------------------------ front matter


def write_header(b: TextBuilder, plan: ReportPlan, rng: random.Random) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The two header columns, the "Số:" line, the place and date, "BÁO CÁO"; returns the columns."""
    title = plan.unit_title.upper()
    left = (f"ỦY BAN NHÂN DÂN {title}", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG") if plan.by_centre else ("ỦY BAN NHÂN DÂN", title)
    right = load_phrasing().motto
    b.add("\n".join(left)).block().add("\n".join(right)).block()
    b.add("Số: ")
    if plan.blank_number:
        b.add(f"/{plan.own.code}")
    else:
        b.reference(f"{plan.own.number}/{plan.own.code}", plan.own, None)
    date = plan.report_date
    day = f"{date.day:02d}" if rng.random() < 0.5 else str(date.day)
    place = plan.unit.name if rng.random() < 0.5 else plan.unit.full_name
    b.block().add(f"{place}, ngày {day} tháng {date.month} năm {date.year}").block().add("BÁO CÁO").block()
    return left, right


def write_title(b: TextBuilder, plan: ReportPlan, rng: random.Random, *, wrong_year: bool = False
                ) -> tuple[str, Window]:
    """The title (topic, period, maybe the next period) and, when the plan says so, the window its
    figures cover; ``wrong_year`` states that window a year early. Returns the title and the
    window as stated."""
    start = b.length
    b.add(rng.choice(load_phrasing().topics))
    period = plan.period
    b.period(period.phrase(rng), *period.calendar, period.kind)
    if period.kind != "year" and rng.random() < 0.6:
        phrase, s, e, label = next_phrase(period, rng)
        b.add(" và phương hướng, nhiệm vụ trọng tâm ").period(phrase, s, e, label)
    title = b.text()[start:]
    stated = plan.window
    if plan.state_window:
        if wrong_year:  # a typo in the year, as in real reports
            stated = (stated[0].replace(year=stated[0].year - 1), stated[1])
        b.add("\n(Số liệu tính từ ")
        b.period(f"ngày {written_date(stated[0], rng)} đến ngày {written_date(stated[1], rng)}", *stated, "range")
        b.add(")")
    b.block()
    return title, stated


def write_legal_basis(b: TextBuilder, plan: ReportPlan, rng: random.Random) -> None:
    """"Căn cứ" the normative documents, the province's plan and maybe the request being answered."""
    phrasing = load_phrasing()
    basis = rng.sample(phrasing.legal_basis, rng.randint(1, 3))
    for n, (ref, date) in enumerate(basis):
        b.add("Căn cứ " if n == 0 else "")
        b.reference(f"{ref.kind} số {ref.id} ngày {written_date(date, rng)}", ref, date).add(" ")
        before, nested, after = ref.about.partition(phrasing.nested_placeholder)
        b.add(before)
        if nested:  # a citation inside the description is a reference too (without a date)
            b.reference(f"{phrasing.nested.kind} số {phrasing.nested.id}", phrasing.nested, None)
        b.add(after + "; ")
    period, report_date = plan.period, plan.report_date
    plan_date = dt.date(period.year, 1, rng.randint(5, 28)) if report_date.year == period.year else report_date.replace(day=1)
    plan_date = min(plan_date, report_date - dt.timedelta(days=3))
    decision = Citation("Quyết định", str(rng.randint(100, 3999)), phrasing.plan_code)
    b.add("Căn cứ ").reference(f"Quyết định số {decision.id} ngày {written_date(plan_date, rng)}", decision,
                               plan_date)
    b.add(f" của Ủy ban nhân dân {plan.province_word} {plan.unit.province} về việc ban hành Kế hoạch kiểm soát "
          f"thủ tục hành chính năm {plan_date.year};")
    if rng.random() < 0.6:
        ask_date = report_date - dt.timedelta(days=rng.randint(5, 25))
        ask = Citation("Công văn", str(rng.randint(10, 2999)), rng.choice(phrasing.request_codes))
        b.add(" Thực hiện ").reference(f"Công văn số {ask.id} ngày {written_date(ask_date, rng)}", ask, ask_date)
        b.add(f" của Ủy ban nhân dân {plan.unit.type} về việc báo cáo định kỳ;")
    b.block().add(f"{plan.issuer} báo cáo kết quả cụ thể như sau:").block()


# ----------------------------------------------------------------------------------- figures


def draw_rows(plan: ReportPlan, rng: random.Random) -> tuple[list[tuple[str, Dossiers]], Dossiers]:
    """The Biểu 06 rows (4 to 8 fields, the busy ones busier) and their total."""
    phrasing = load_phrasing()
    months = plan.period.months[1] - plan.period.months[0] + 1
    per_month = rng.randint(60, 1500)
    chosen = rng.sample(phrasing.fields, rng.randint(4, 8))
    weights = [phrasing.field_weight.get(f, 1.0) * rng.uniform(0.5, 1.5) for f in chosen]
    total_received = max(len(chosen) * 3, per_month * months)
    rows = [(f, make_dossiers(rng, max(1, round(total_received * w / sum(weights)))))
            for f, w in zip(chosen, weights, strict=True)]
    total = rows[0][1]
    for _f, row in rows[1:]:
        total = total + row
    return rows, total


def write_publicity(b: TextBuilder, style: NumberStyle, rng: random.Random) -> None:
    """"I. KẾT QUẢ THỰC HIỆN", "1. Công khai thủ tục hành chính": the procedures in force."""
    procedures = rng.randint(250, 420)
    partial = rng.randint(80, procedures // 2)
    b.add("I. KẾT QUẢ THỰC HIỆN").block()
    b.add("1. Công khai thủ tục hành chính").block()
    b.add("Tổng số TTHC thuộc thẩm quyền giải quyết của Ủy ban nhân dân xã là ")
    b.count(procedures, style, "procedures_total", "thủ tục").add(", trong đó Dịch vụ công trực tuyến một phần là ")
    b.count(partial, style, "procedures_online_partial", "thủ tục").add(", Dịch vụ công trực tuyến toàn trình là ")
    b.count(procedures - partial, style, "procedures_online_full", "thủ tục").add(".").block()


def write_dossiers(b: TextBuilder, plan: ReportPlan, total: Dossiers, rng: random.Random) -> list[int]:
    """"2. Kết quả giải quyết": the dossier counts (in prose or as a list) and the on-time rate.
    Returns the indexes of the facts whose percentage an injection may corrupt."""
    style = plan.style
    b.add("2. Kết quả giải quyết thủ tục hành chính").block()
    percent_targets: list[int] = []
    if rng.random() < 0.5:
        _prose_dossiers(b, total, style, plan.window, rng)
    else:
        percent_targets += _listed_dossiers(b, total, style, plan.window, rng)
    b.add("Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn đạt ")
    percent_targets.append(len(b.facts))
    text, value = style.rate(total.resolved_early + total.resolved_on_time, total.finished_by_deadline)
    b.indicator(text, value, "on_time_rate")
    b.add(f" ({style.count(total.resolved_early + total.resolved_on_time)}/{style.count(total.finished_by_deadline)} hồ sơ).")
    b.block()
    return percent_targets


def _prose_dossiers(b: TextBuilder, t: Dossiers, s: NumberStyle, window: Window, rng: random.Random) -> None:
    """The figures in running text (seed 003's way)."""
    b.period(f"Từ ngày {written_date(window[0], rng)} đến ngày {written_date(window[1], rng)}", *window, "range")
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


def _listed_dossiers(b: TextBuilder, t: Dossiers, s: NumberStyle, window: Window, rng: random.Random) -> list[int]:
    """The figures as a list (seed 000's way); returns the indexes of the rates stated."""
    rates = []
    b.add("* Số hồ sơ thủ tục hành chính đã tiếp nhận ")
    b.period(f"từ ngày {written_date(window[0], rng)} đến ngày {written_date(window[1], rng)}", *window, "range")
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


def write_targets(b: TextBuilder, style: NumberStyle, total: Dossiers, rng: random.Random) -> None:
    """"3. Kết quả thực hiện các chỉ tiêu": the online submission rate and the other rates, with
    their targets."""
    phrasing = load_phrasing()
    b.add("3. Kết quả thực hiện các chỉ tiêu").block()
    online_target = rng.choice(phrasing.online_targets)
    text, value = style.rate(total.received_online, total.received_in_period)
    target_text = rng.choice(phrasing.online_target_phrases).format(target=online_target)
    b.add("- Tỷ lệ nộp hồ sơ trực tuyến đạt ")
    b.indicator(text, value, "online_submission_rate", target={"op": ">=", "value": float(online_target)})
    b.add(f" ({style.count(total.received_online)}/{style.count(total.received_in_period)} hồ sơ; {target_text}).").block()
    for rate in phrasing.rates:
        if rng.random() < 0.3:
            continue
        value = round(rng.uniform(rate.low, 100), style.decimals) if rng.random() < 0.7 else 100.0
        b.add("- " + rate.phrase).indicator(style.percent(value), value, rate.metric,
                                            target={"op": rate.op, "value": float(rate.target)})
        op = "=" if rate.op == "=" else "≥"
        b.add(f" (chỉ tiêu giao {op} {rate.target}%).").block()


def write_feedback(b: TextBuilder, style: NumberStyle, rng: random.Random) -> None:
    """The feedback (phản ánh, kiến nghị) received and handled, or that there was none."""
    feedback = rng.choice((0, 0, 1, 2, 3, 5))
    if feedback:
        b.add("- Trong kỳ tiếp nhận ").count(feedback, style, "feedback_received", "phản ánh, kiến nghị")
        b.add(", đã xử lý ").count(feedback, style, "feedback_handled", "phản ánh, kiến nghị")
        b.add(" theo quy định.").block()
    else:
        b.add("- Trong kỳ không tiếp nhận phản ánh, kiến nghị nào về quy định thủ tục hành chính.").block()


def write_index_766(b: TextBuilder, plan: ReportPlan, rng: random.Random) -> None:
    """Bộ chỉ số 766: components out of their max, the total (their sum) out of 100, the rank."""
    scores = [(s.metric, s.phrase, s.max, round(s.max * rng.uniform(0.75, 1.0), 2) if rng.random() < 0.6 else float(s.max))
              for s in load_phrasing().index_766]
    total = round(sum(v for *_x, v in scores), 2)
    of = plan.units_in_province
    rank = rng.randint(1, of)
    b.add(f"Kết quả đánh giá theo Bộ chỉ số 766: Tổng điểm của {plan.unit_title} đạt ")
    b.indicator(f"{NumberStyle().score(total)} điểm", total, "idx766_total", unit="điểm", max=100.0, rank=rank,
                rank_of=of)
    b.add(f", xếp {rank}/{of} xã, phường, đặc khu của {plan.unit.province}. Cụ thể: ")
    for n, (metric, phrase, mx, value) in enumerate(scores):
        b.add(phrase).indicator(f"{NumberStyle().score(value)}/{mx} điểm", value, metric, unit="điểm", max=float(mx))
        b.add("." if n == len(scores) - 1 else "; ")
    b.block()


# ----------------------------------------------------------------------------- back matter


def write_closing(b: TextBuilder, plan: ReportPlan, rng: random.Random) -> dict:
    """Assessment, tasks, the closing line, "Nơi nhận" and the signature; returns the signer
    (``{"name": ..., "title": ...}``)."""
    phrasing = load_phrasing()
    b.add("II. ĐÁNH GIÁ CHUNG").block()
    for paragraph in rng.sample(phrasing.assessment, 2):
        b.add(paragraph).block()
    b.add("III. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM").block()
    b.add("\n".join(rng.sample(phrasing.tasks, 3))).block()
    b.add(f"Trên đây là báo cáo kết quả công tác kiểm soát thủ tục hành chính của {plan.issuer}./.").block()
    signer = f"{rng.choice(phrasing.surnames)} {rng.choice(phrasing.middle)} {rng.choice(phrasing.given)}"
    deputy = rng.random() < 0.6
    b.add("Nơi nhận:\n" + f"- Ủy ban nhân dân {plan.province_word} {plan.unit.province};\n- Lãnh đạo UBND xã;\n"
          "- Lưu: VT.").block()
    signature = phrasing.centre_signature if plan.by_centre else phrasing.committee_signature
    sign, title = (signature.deputy, signature.deputy_title) if deputy else (signature.head, signature.head_title)
    b.add("\n".join(sign)).block().add(signer)
    return {"name": signer, "title": title}


def write_appendix(b: TextBuilder, plan: ReportPlan, rows: list[tuple[str, Dossiers]], total: Dossiers,
                   rng: random.Random) -> None:
    """"PHỤ LỤC": the Biểu 06 table, in 70% of reports."""
    if rng.random() >= 0.7:
        return
    period, report_date, own = plan.period, plan.report_date, plan.own
    b.block().add("PHỤ LỤC").block().add("Tình hình, kết quả giải quyết thủ tục hành chính ")
    b.period(period.phrase(rng), *period.calendar, period.kind).add(f" của {plan.unit_title}").block()
    b.add("(Kèm theo ")
    if plan.blank_number:
        b.add(f"Báo cáo số: /{own.code} ngày {written_date(report_date, rng)}")
    else:
        cited = replace(own, kind="Báo cáo")
        b.reference(f"Báo cáo số {own.number}/{own.code} ngày {written_date(report_date, rng)}", cited, report_date)
    b.add(f" của {plan.issuer})").block()
    _table(b, rows, total, plan.style)


def _table(b: TextBuilder, rows: list[tuple[str, Dossiers]], total: Dossiers, s: NumberStyle) -> None:
    """Biểu 06 as tab-separated lines; every number cell is a count (scope: the row's field)."""
    plain = replace(s, leading_zero=False)  # cells are written 0, 1, 2
    b.add("\n".join("\t".join(r) for r in load_phrasing().table_head))
    for n, (name, row) in enumerate([*rows, ("Tổng cộng", total)], 1):
        last = name == "Tổng cộng"
        b.add("\n" + ("Tổng cộng\t" if last else f"{n}\t{name}"))
        for column in COLUMNS:
            b.add("\t").count(getattr(row, column), plain, column, table=True, scope=None if last else name)
