"""The grammar of periods: the regular expressions, built once from ``data/periods.toml``.

:mod:`normalize.periods` resolves what these patterns match (calendar bounds, years, reporting
windows) and documents the phrasings; this module only knows how they are written.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import regex

from normalize.text import caseless, needs_full_case

_DATA = Path(__file__).parent / "data" / "periods.toml"
# Compiled without IGNORECASE, which makes the regex engine several times slower on a whole pattern:
# the cue words are caseless where they stand (see _alt_words), and each character set holding \p{L} with
# other members also names U+0345 (the one non-letter IGNORECASE lets such a set match). Same matches.
_FLAGS = regex.VERSION1
NOTE_LONG = 200  # characters: the longest remark in brackets between a range's sides (one with no figure in it)

# --- patterns (built from data/periods.toml; one place) --------------------------------------


@dataclass(frozen=True, slots=True)
class Grammar:
    range_re: regex.Pattern
    year_start_re: regex.Pattern
    cumulative_re: regex.Pattern  # "Lũy kế " just before a match
    bare_re: regex.Pattern
    bare_tail_re: regex.Pattern  # "9 tháng qua, …" without an introducer
    headline_months_re: regex.Pattern  # "A: 9 tháng, …" opening a headline (the line is checked by normalize.periods)
    year_range_re: regex.Pattern  # "Từ năm 2015-2020", "từ 2016 đến 2018"
    bracket_range_re: regex.Pattern  # "(1-8 đến 31-8)": a range in brackets, without "từ"
    labelled_range_re: regex.Pattern  # "Kỳ báo cáo: 15/12/2024 - 14/3/2025"
    dated_range_re: regex.Pattern  # "(Số liệu: 15/12/2025 – 14/6/2026)": two whole dates joined, no "từ", no label
    month_pair_re: regex.Pattern  # "tháng 7 đến tháng 9/2025", "tháng 7-9/2025"
    bracket_max_days: int  # a longer range in brackets is an anniversary's dates
    event_range_re: regex.Pattern  # "Từ khi sáp nhập xã (ngày 1/7/2025) đến ngày 30/9/2025": an event's date
    side_month_re: regex.Pattern
    side_day_re: regex.Pattern  # "ngày 1": a side with its day alone
    named: tuple[tuple[str, regex.Pattern], ...]
    quarter_numerals: dict[str, int]
    six: frozenset[str]
    nine: frozenset[str]
    last_words: frozenset[str]
    start_day: int
    end_day: int


# The unaccented words of a hastily typed range side ("tu ngay 15/4/2026 den ngay 14/5/2026"), read by
# normalize.dates with their accents.
ACCENTED_SIDE = {"ngay": "ngày", "thang": "tháng", "nam": "năm"}
UNACCENTED_SIDE_RE = regex.compile(r"(?i)(?<!\p{L})(?:ngay|thang|nam)(?!\p{L})")
# A range side "01 tháng 7 năm 2025" is the long date form without its "ngày".
BARE_LONG_SIDE_RE = regex.compile(r"[0-9]{1,2}\s+\p{L}")
# A range side "ngày 1.7", "30.9": day and month with a dot, read as "1/7" (the grammar takes it only after
# "ngày" or "đến").
# A range side "30/9 năm 2025": day and month, then the year after "năm", read as "30/9/2025".
SHORT_YEAR_SIDE_RE = regex.compile(r"(?P<dm>[0-9]{1,2}[/\-][0-9]{1,2})\s+(?i:năm)\s+(?P<y>[0-9]{4})$")
DOTTED_SHORT_SIDE_RE = regex.compile(r"(?:(?<=^\p{L}+\s+)|^)(?P<d>[0-9]{1,2})\.(?P<m>[0-9]{1,2})$")


def _alt_words(words: list[str] | dict[str, int], full_case: bool = False) -> str:
    """Caseless alternation of the words, longest first.

    Words only: one caseless group, which the engine scans for fast. Digits among them ("6", "06",
    "sáu"): a character set per letter, so the digits keep a fast first-character scan.
    ``full_case``: plain words, for a pattern compiled with IGNORECASE (see grammar).
    """
    ordered = sorted(set(words), key=len, reverse=True)
    if full_case:
        return "(?:" + "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"
    if all(any(ch.isalpha() for ch in w) for w in ordered):
        return "(?i:" + "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"
    return "(?:" + "|".join(caseless(w) for w in ordered) + ")"


@cache
def period_data() -> dict:
    """``data/periods.toml`` as read, once: the cue words of the grammar and of the modules beside it."""
    try:
        return tomllib.loads(_DATA.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise RuntimeError(f"{_DATA}: cannot read the period cue words ({exc}); reinstall baocao") from exc


@cache
def grammar() -> Grammar:
    data = period_data()
    try:
        rng, named, bare = data["range"], data["named"], data["bare"]
        event, reach = data["event_range"], int(data["event_range"]["reach"])
        bracket_max_days = int(data["bracket_range"]["max_days"])
        quarter_numerals = {k.casefold(): int(v) for k, v in data["quarter_numerals"].items()}
        start_day, end_day = int(data["reporting"]["start_day"]), int(data["reporting"]["end_day"])
    except (KeyError, TypeError, ValueError) as exc:
        raise RuntimeError(f"{_DATA}: cannot read the period cue words ({exc}); reinstall baocao") from exc
    # A cue word only IGNORECASE folds right ("ss", "fi" …; none today): the whole grammar falls back to it.
    words = [w for table in (rng, named, bare) for ws in table.values() for w in ws] + list(quarter_numerals)
    words += event["words"]
    full_case = any(needs_full_case(w) for w in words)
    flags = _FLAGS | regex.IGNORECASE if full_case else _FLAGS

    def _alt(words: list[str] | dict[str, int]) -> str:
        return _alt_words(words, full_case)

    day, month, year = _alt(named["day"]), _alt(named["month"]), _alt(named["year"])
    quarter = _alt(named["quarter"])
    # One side of a range.
    side = (
        rf"(?:(?:{day})\s+)?(?:"
        r"[0-9]{1,2}(?:/[0-9]{1,2}/|-[0-9]{1,2}-|\.[0-9]{1,2}\.)[0-9]{4}"  # 15/3/2026, 15-03-2026
        rf"|[0-9]{{1,2}}\s+(?:{month})\s+[0-9]{{1,2}}(?:\s+(?:{year})\s+[0-9]{{4}})?"  # 01 tháng 7 năm 2025
        # ngày 1.7 (day and month dotted: only after "ngày" or "đến", never "từ 1.5 đến 2.5 triệu")
        rf"|(?<=(?:{day}|{_alt(rng['to'])})\s+)[0-9]{{1,2}}\.[0-9]{{1,2}}(?![0-9]|\.[0-9]|,[0-9])"
        # "từ 27.4 đến 3.5.2018": after "từ" too when the other side is a full dotted date (no amount is written so)
        rf"|(?<=(?:{_alt(rng['from'])})\s+)[0-9]{{1,2}}\.[0-9]{{1,2}}(?=\s*,?\s*(?:{_alt(rng['to'])})\s+(?:(?:{day})\s+)?"
        r"[0-9]{1,2}\.[0-9]{1,2}\.(?:19|20)[0-9]{2}(?![0-9]))"
        rf"|[0-9]{{1,2}}[/\-][0-9]{{1,2}}\s+(?:{year})\s+[0-9]{{4}}"  # 30/9 năm 2025
        r"|[0-9]{1,2}/[0-9]{1,2}(?![0-9]|\s*/)"  # 15/3
        r"|[0-9]{1,2}-[0-9]{1,2}(?![0-9]|\s*-)"  # 31-7
        r")"
        # ngày 1 (the day alone: its month and year are the other side's, "từ ngày 1 đến 31-7")
        rf"|(?:{day})\s+[0-9]{{1,2}}(?![0-9]|\s*[/.\-]\s*[0-9]|\s+(?:{month})(?![\p{{L}}\u0345]))"
        rf"|(?<!\p{{L}})(?:{month})\s+[0-9]{{1,2}}(?:\s*/\s*[0-9]{{4}}|\s+(?:{year})\s+[0-9]{{4}})?"  # tháng 12/2025
    )
    # Luỹ kế từ 01/01/2025 đến 04/12/2025 | từ ngày 15/3/2026 đến ngày 14/6/2026 | Từ ngày 01/7/2025
    # Between the sides: "đến (hết)", or a dash ("từ ngày 1/4 - 30/6/2025"); a hyphen only with a space before it
    # or after a side written with slashes or a year ("1/4-30/6/2025"), never inside "1-4"
    to = rf"\s*,?\s*(?:{_alt(rng['to'])})\s+(?:(?:{_alt(rng['to_qualifier'])})\s+)?"
    dash = r"(?:[ \t]*[–—][ \t]*|[ \t]+-[ \t]*|(?<=[0-9]/[0-9]{1,2}|[0-9]{4})-[ \t]*)"
    to = rf"(?:[ \t]*[\-–—])?{to}"  # "01/7/2025 - đến ngày 30/9/2025"
    # "từ ngày 1/7/2025 (ngày sáp nhập) đến ngày 30/9/2025": a short note in brackets after the start, before "đến",
    # also on the next line or broken across two (text pulled from a PDF: "từ ngày 1/7/2025⏎(thời điểm xã mới đi vào
    # hoạt động) đến …"; never across a blank line); a longer remark up to NOTE_LONG characters when no figure stands
    # in it (no other date: "từ ngày 01 tháng 7 năm 2025 (ngày phường chính thức đi vào hoạt động theo mô hình chính
    # quyền địa phương hai cấp) đến ngày 15 tháng 12 năm 2025")
    note = (r"(?:[ \t]*(?:\n[ \t]*)?\((?:(?:[^()\n]|\n(?![ \t]*\n)){1,80}"
            rf"|(?:[^()\n0-9]|\n(?![ \t]*\n)){{81,{NOTE_LONG}}})\))?")
    range_pattern = (
        rf"(?<!\p{{L}})(?:(?P<cum>{_alt(rng['cumulative'])})\s+)?(?:{_alt(rng['from'])})\s+"
        rf"(?P<a>{side})(?![0-9])"
        rf"(?:(?:{note}{to}|{dash})"
        rf"(?:(?P<b>{side})(?![0-9])|(?P<now>{_alt(rng['open_end'])})(?!\p{{L}})))?"
    )
    # "(1-8 đến 31-8)", "(1/4 - 30/6/2025)": two sides alone in brackets are a range without "từ" (the opening
    # bracket is matched, not in the span: the period starts at side a)
    bracket_range_pattern = (
        rf"\(\s*(?P<a>{side})(?![0-9])(?:{to}|{dash})(?P<b>{side})(?![0-9])(?=\s*\))"
    )
    # "Kỳ báo cáo: 15/12/2024 - 14/3/2025": two sides after a label of the window (the label not in the span: the
    # match starts at the label, the period at side a; a look-behind would cost a scan from every character)
    labelled_range_pattern = (
        rf"(?<!\p{{L}})(?:{_alt(data['labelled_range']['words'])})[ \t]*:?[ \t]*"
        rf"(?P<a>{side})(?![0-9])(?:{to}|{dash})(?P<b>{side})(?![0-9])"
    )
    # "15/12/2025 – 14/6/2026", "15/12/2025-14/6/2026", "15/12/2025 đến 14/6/2026", "15/12/2025 ~ 14/6/2026": two
    # whole dates (each with its year) joined by a dash, a tilde or "đến", without "từ" or a label of the window
    # (the joining reads them as one window, whatever words stand before; the length is bounded by the caller)
    whole = (rf"(?:(?:{day})\s+)?(?:[0-9]{{1,2}}(?:/[0-9]{{1,2}}/|-[0-9]{{1,2}}-|\.[0-9]{{1,2}}\.)[0-9]{{4}}"
             rf"|[0-9]{{1,2}}\s+(?:{month})\s+[0-9]{{1,2}}\s+(?:{year})\s+[0-9]{{4}})")
    dated_range_pattern = (
        rf"(?<![\p{{L}}0-9/.\-])(?P<a>{whole})(?![0-9])(?:{to}|{dash}|[ \t]*~[ \t]*)(?P<b>{whole})(?![0-9])"
    )
    # "tháng 7 đến tháng 9/2025", "tháng 7-9/2025", "tháng 10 - 12 năm 2025": a pair of months without "từ" (the
    # second side may be its number alone, then with its year)
    month_year = rf"(?:\s*/\s*[0-9]{{4}}|\s+(?:{year})\s+[0-9]{{4}})"
    month_pair_pattern = (
        rf"(?<!\p{{L}})(?P<a>(?:{month})\s+[0-9]{{1,2}}{month_year}?)(?![0-9])(?:{to}|{dash}|-)"
        rf"(?P<b>(?:{month})\s+[0-9]{{1,2}}{month_year}?|[0-9]{{1,2}}{month_year})(?![0-9]|\s*/\s*[0-9])"
    )
    # "Từ khi sáp nhập xã (ngày 1/7/2025) đến ngày 30/9/2025": the start is an event dated in brackets
    event_range_pattern = (
        rf"(?<!\p{{L}})(?:{_alt(rng['from'])})\s+(?:{_alt(event['words'])})\s+[^()\n.;:!?]{{1,{reach}}}?"
        rf"\(\s*(?P<a>{side})(?![0-9])\s*\){to}(?P<b>{side})(?![0-9])"
    )
    # The year after a named period: "… năm 2026", "…/2026", "… -2026" ("quý III-2020"), "… (năm 2026)", "… (2026)",
    # the press's "tháng 8.2025" (a dot, no space, a year of 19xx/20xx)
    year_tail = (
        rf"(?:\s*/\s*(?P<y>[0-9]{{4}})|[ \t]*[\-–][ \t]*(?P<y>[0-9]{{4}})|\s+(?:{year})\s+(?P<y>[0-9]{{4}})"
        r"|\.(?P<y>(?:19|20)[0-9]{2})(?![0-9]|[.,][0-9])"
        rf"|\s*\(\s*(?:(?:{year})\s+)?(?P<y>[0-9]{{4}})\s*\))?(?![0-9]|\s*/\s*[0-9])"
    )
    # "năm 2026", "năm (2026)" or "năm" alone after "6 tháng đầu"
    year_word_tail = rf"\s+(?:{year})(?:\s+(?P<y>[0-9]{{4}})|\s*\(\s*(?P<y>[0-9]{{4}})\s*\))?(?![\p{{L}}0-9\u0345])"
    # Lũy kế từ đầu năm đến ngày 14/6/2026 | từ đầu năm 2026 đến hết ngày 31/5/2026 (an end is required).
    # The cumulative word before it is looked for after a match (cumulative_re): an optional group in
    # front would cost the scan its literal start, three times slower.
    year_start_pattern = (
        rf"(?<!\p{{L}})(?:{_alt(rng['from'])})\s+"
        rf"(?:{_alt(rng['year_start'])})(?:\s+(?P<y>[0-9]{{4}}))?"
        rf"\s*,?\s*(?:{_alt(rng['to'])})\s+(?:(?:{_alt(rng['to_qualifier'])})\s+)?(?P<b>{side})(?![0-9])"
    )
    # Trong 9 tháng, … | trong 6 tháng qua; the introducer in a look-behind, so the scan starts at the
    # numeral (2-4 times faster than at the introducer); the sentence start before it: _candidates.
    # The tail ("qua") is in the span: the phrase names the period ("6 tháng qua").
    tails = rf"\s+(?:{_alt(bare['tails'])})(?![\p{{L}}\p{{M}}\u0345])"
    bare_pattern = (
        rf"(?<=(?<![\p{{L}}\p{{M}}\u0345])(?P<intro>{_alt(bare['introducers'])}|(?P<report>{_alt(bare['report_introducers'])}))\s+)"
        rf"(?P<n>{_alt(named['six'] + named['nine'])})\s+(?:{month})"
        rf"(?:{tails}|(?=(?P<comma>[ \t]*,)|(?P<paren>\s*\(\s*(?:{_alt(rng['from'])})\s)"
        # "…được giải quyết đúng hạn trong 9 tháng" closing a headline set off by a blank line (normalize.periods)
        r"|(?P<eol>[ \t]*(?:\n[ \t]*\n|\n?[ \t]*\Z))))"
    )
    # 9 tháng qua, … (no introducer): a fronted time adverbial, set off by its comma
    bare_tail_pattern = (
        rf"(?<![\p{{L}}\p{{M}}0-9.,/\u0345])(?P<n>{_alt(named['six'] + named['nine'])})\s+(?:{month}){tails}"
        r"(?=[ \t]*,)"
    )
    # "Đồng Tháp: 9 tháng, giải quyết …": the months alone, set off by a comma (whether they open a headline: _candidates)
    headline_months_pattern = (
        rf"(?<![\p{{L}}\p{{M}}0-9.,/\u0345])(?P<n>{_alt(named['six'] + named['nine'])})\s+(?:{month})(?:{tails})?"
        r"(?=[ \t]*,)"
    )
    # Từ năm 2015-2020 | từ 2016 đến 2018 | từ năm 2016 đến năm 2018: years on calendar bounds; not a count
    # ("từ 2000 đến 3000 hồ sơ": a unit word follows) and not "giai đoạn 2021-2025" (no "từ": a name)
    year_range_pattern = (
        rf"(?<!\p{{L}})(?:{_alt(rng['from'])})\s+(?:(?P<ya_word>{year})\s+)?(?P<ya>(?:19|20)[0-9]{{2}})"
        rf"(?:[ \t]*[\-–—][ \t]*|\s*,?\s*(?:{_alt(rng['to'])})\s+(?:(?:{year})\s+)?)"
        rf"(?P<yb>(?:19|20)[0-9]{{2}})(?![0-9]|\s*/\s*[0-9]|[.,][0-9]|\s*(?:{_alt(rng['year_not_before'])})(?![\p{{L}}\p{{M}}\u0345]))"
    )
    numerals = _alt(quarter_numerals)
    # "7, 8", "I và II", "10 - 12": two or more numerals of months or quarters in a list
    listed = r"(?:[0-9]{1,2}|[IV]{1,4})(?:\s*(?:,|và|-|–)\s*(?:[0-9]{1,2}|[IV]{1,4}))+"
    named_patterns = (
        # tháng 03 năm 2026 | tháng 12/2025 | tháng 4 (năm 2026) | THÁNG 5 NĂM 2026
        ("month", rf"(?<!\p{{L}})(?:{month})\s+(?P<m>[0-9]{{1,2}})(?![0-9]){year_tail}"),
        # Quý II năm 2026 | quý 3 | QUÝ II/2026 | quý I năm 2026
        ("quarter", rf"(?<!\p{{L}})(?:{quarter})\s+(?P<q>{numerals})(?![\p{{L}}0-9\u0345]){year_tail}"),
        # 6 tháng đầu năm (2026) | 6 tháng cuối năm 2025
        (
            "half_year",
            rf"(?<![\p{{L}}0-9.,/\u0345])(?P<n>{_alt(named['six'])})\s+(?:{month})"
            rf"(?:\s+(?P<which>{_alt(named['first'] + named['last'])}))?{year_word_tail}",
        ),
        # 9 tháng đầu năm 2022
        (
            "nine_months",
            rf"(?<![\p{{L}}0-9.,/\u0345])(?:{_alt(named['nine'])})\s+(?:{month})(?:\s+(?:{_alt(named['first'])}))?"
            rf"{year_word_tail}",
        ),
        # 10 tháng đầu năm 2025 | 3 tháng đầu năm | 2 tháng cuối năm 2025 | 10 tháng năm 2025 (6 and 9: above)
        (
            "counted",
            rf"(?<![\p{{L}}0-9.,/\u0345])(?<!(?:{day})\s+)(?!0?[69](?![0-9]))(?P<n>[0-9]{{1,2}})\s+(?:{month})"
            rf"(?:\s+(?P<which>{_alt(named['first'] + named['last'])}))?{year_word_tail}",
        ),
        # năm 2025 (not "năm 2021-2025", nor the year of a list of months or quarters: "quý I, II năm 2025")
        ("year", rf"(?<!\p{{L}})(?<!(?:{month}|{quarter})\s+{listed}\s+)(?:{year})\s+(?P<y>[0-9]{{4}})"
                 r"(?![0-9]|\s*[\-–—]\s*[0-9])"),
    )
    return Grammar(
        range_re=regex.compile(range_pattern, flags),
        year_start_re=regex.compile(year_start_pattern, flags),
        cumulative_re=regex.compile(rf"(?<!\p{{L}})(?:{_alt(rng['cumulative'])})\s+$", flags),
        bare_re=regex.compile(bare_pattern, flags),
        bare_tail_re=regex.compile(bare_tail_pattern, flags),
        headline_months_re=regex.compile(headline_months_pattern, flags),
        year_range_re=regex.compile(year_range_pattern, flags),
        bracket_range_re=regex.compile(bracket_range_pattern, flags),
        labelled_range_re=regex.compile(labelled_range_pattern, flags),
        dated_range_re=regex.compile(dated_range_pattern, flags),
        month_pair_re=regex.compile(month_pair_pattern, flags),
        event_range_re=regex.compile(event_range_pattern, flags),
        bracket_max_days=bracket_max_days,
        side_month_re=regex.compile(
            rf"(?:{month})\s+(?P<m>[0-9]{{1,2}})(?:\s*/\s*(?P<y>[0-9]{{4}})|\s+(?:{year})\s+(?P<y>[0-9]{{4}}))?",
            flags,
        ),
        side_day_re=regex.compile(rf"(?:{day})\s+(?P<d>[0-9]{{1,2}})", flags),
        named=tuple((label, regex.compile(p, flags)) for label, p in named_patterns),
        quarter_numerals=quarter_numerals,
        six=frozenset(w.casefold() for w in named["six"]),
        nine=frozenset(w.casefold() for w in named["nine"]),
        last_words=frozenset(w.casefold() for w in named["last"]),
        start_day=start_day,
        end_day=end_day,
    )
