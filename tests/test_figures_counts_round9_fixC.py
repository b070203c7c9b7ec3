"""Count metrics, round 9 follow-up (positive and negative cases).

- the generic-to-specific remap of a breakdown part ("số hồ sơ tiếp nhận trực tuyến là 2.900 hồ sơ (cấp tỉnh tiếp
  nhận 600 hồ sơ …)") is for the parts inside the total only: the generic "tiếp nhận" of the next figure, after an
  online, direct or carried-over count, is that figure's own cue;
- a headline's count takes the body's key only when the headline says it generically (received_total /
  resolved_total); a specific headline key is its own;
- an identity of a sentence reads the sentence's own facts, however long the text before it with no stop.
"""

from __future__ import annotations

import pytest

from extract.extractors.counts import CountExtractor
from extract.extractors.figure_count_settle import SENTENCE_MAX, _sentence, settle_by_identities
from extract.facts import CountFact
from tests.helpers import fact_rows, facts_by_text


def counts(text: str) -> dict[str, tuple[str, int, str | None]]:
    return facts_by_text(text, CountExtractor, "metric", "value", "scope")


# (text, {figure: metric}); a figure absent from the dict is not checked
CASES = [
    # --- negative: the next figure's generic cue is not the qualifier of a specific count ---
    ("Trong kỳ, tiếp nhận trực tuyến 300 hồ sơ và tiếp nhận mới trong kỳ 500 hồ sơ.",
     {"300 hồ sơ": "received_online", "500 hồ sơ": "received_in_period"}),
    ("Người dân nộp trực tiếp 120 hồ sơ và số hồ sơ tiếp nhận 500 hồ sơ.",
     {"120 hồ sơ": "received_direct", "500 hồ sơ": "received_total"}),
    ("Hồ sơ trực tuyến: 300 hồ sơ\nSố hồ sơ tiếp nhận trong kỳ: 500 hồ sơ\n",
     {"300 hồ sơ": "received_online", "500 hồ sơ": "received_in_period"}),
    ("Xã tiếp nhận trực tiếp 45 hồ sơ, tiếp nhận 80 hồ sơ qua dịch vụ bưu chính và tiếp nhận 200 hồ sơ.",
     {"45 hồ sơ": "received_direct", "200 hồ sơ": "received_total"}),
    # --- positive: a qualifier of the count's own, and parts inside a specific total, keep their readings ---
    ("Trong quý, xã tiếp nhận 2.007 hồ sơ trực tuyến.", {"2.007 hồ sơ": "received_online"}),
    ("Hiện đang giải quyết 03 hồ sơ quá hạn.", {"03 hồ sơ": "pending_late"}),
    ("Số hồ sơ tiếp nhận trực tuyến là 1.200 hồ sơ (cấp huyện tiếp nhận 700 hồ sơ, cấp xã tiếp nhận 500 hồ sơ).",
     {"1.200 hồ sơ": "received_online", "700 hồ sơ": "received_online", "500 hồ sơ": "received_online"}),
    ("Số hồ sơ kỳ trước chuyển sang là 90 hồ sơ (cấp huyện tiếp nhận 40 hồ sơ, cấp xã tiếp nhận 50 hồ sơ).",
     {"90 hồ sơ": "carried_over", "40 hồ sơ": "carried_over", "50 hồ sơ": "carried_over"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_metric(text: str, expected: dict[str, str]) -> None:
    got = counts(text)
    for figure, metric in expected.items():
        assert figure in got, (figure, got)
        assert got[figure][0] == metric, (figure, got[figure])


# (text, metrics of the counts in order)
HEADLINES = [
    # negative: a specific key of the headline stays
    ("Phường A giải quyết đúng hạn 120 hồ sơ\nTrong tháng, phường tiếp nhận 120 hồ sơ.",
     ["resolved_on_time", "received_total"]),
    ("Xã B tiếp nhận trực tuyến 300 hồ sơ\nTrong tháng, xã đã giải quyết 300 hồ sơ.",
     ["received_online", "resolved_total"]),
    # positive: a generic headline key takes the body's
    ("Quý III, phường giải quyết 10.400 hồ sơ\nTổng số hồ sơ yêu cầu giải quyết là 10.400 hồ sơ.",
     ["received_total", "received_total"]),
    ("Phường C tiếp nhận 300 hồ sơ\nTrong tháng, phường tiếp nhận trực tuyến 300 hồ sơ.",
     ["received_online", "received_online"]),
]


@pytest.mark.parametrize(("text", "metrics"), HEADLINES)
def test_headline(text: str, metrics: list[str]) -> None:
    assert [m for _, m in fact_rows(text, CountExtractor, "text", "metric")] == metrics


def _fact(text: str, start: int, metric: str, value: int) -> CountFact:
    return CountFact(start=start, end=start + 3, text=text[start:start + 3], metric=metric, value=value, unit="hồ sơ")


def test_sentence_without_a_stop_reaches_back_a_bounded_way() -> None:
    text = "x" * 5000 + " 100"
    assert _sentence(text, 5001, 5004) == (5001 - SENTENCE_MAX, len(text))
    assert _sentence(text, 10, 13) == (0, 13 + SENTENCE_MAX)  # nor forward
    assert _sentence("Câu trước. Tiếp nhận 100", 21, 24) == (10, 24)  # the stop, when there is one
    assert _sentence("ab 100", 3, 6) == (0, 6)


def test_identity_reads_only_its_sentence() -> None:
    # total, online, direct, carried over: the identity holds in the sentence
    text = "tiếp nhận 500, trực tuyến 300, trực tiếp 200, chuyển sang 10"
    starts = [text.index(n) for n in ("500", "300", "200", "10")]
    metrics = ["received_total", "received_online", "received_direct", "carried_over"]
    facts = [_fact(text, s, m, int(text[s:s + 3].strip(","))) for s, m in zip(starts, metrics, strict=True)]
    assert settle_by_identities(text, facts)[0].metric == "received_in_period"
    # negative: the carried-over count is in another sentence
    far = text.replace(", chuyển sang", ".\nchuyển sang")
    starts = [far.index(n) for n in ("500", "300", "200", "10")]
    facts = [_fact(far, s, m, int(far[s:s + 3].strip(","))) for s, m in zip(starts, metrics, strict=True)]
    assert settle_by_identities(far, facts)[0].metric == "received_total"
    # negative: more than SENTENCE_MAX characters with no stop before: the carried-over count is out of reach
    pad = "tiếp nhận 010 " + "y" * (SENTENCE_MAX + 50) + " " + text
    facts = [_fact(pad, 10, "carried_over", 10)] + [
        _fact(pad, pad.index(n), m, int(n)) for n, m in zip(("500", "300", "200"), metrics[:3], strict=True)]
    assert settle_by_identities(pad, facts)[1].metric == "received_total"
