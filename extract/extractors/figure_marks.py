"""Marks around a percentage or a score that change what it is, read on the folded text.

- a target: ``(chỉ tiêu giao: ≥ 80%)``, ``(KH giao 80%)``, ``(Kế hoạch: ≥ 50%)``, ``(KH: 90%)``,
  ``(mục tiêu ≥ 95%)``, ``chưa đạt chỉ tiêu 45%``, ``vượt mục tiêu tối thiểu 65% của tỉnh``, ``(vượt chỉ tiêu toàn
  quốc là 60%)``: never an indicator, the target of the rate it qualifies (:func:`attach_targets`: the rate before
  it, over a change of it told between, ``đạt 71%, tăng 4% so với tháng 10 và vượt mục tiêu …``; past other figures,
  the rate of its sentence whose metric its own words name: :mod:`extract.extractors.figure_rate_targets`);
- a qualifier: ``trên 97%`` (``>``), ``tối thiểu 50%``, ``≥ 95%``, ``từ 45% trở lên`` (``>=``);
- a difference: ``tăng 2,41 điểm``, ``thấp hơn 7,65%``, ``so với cùng kỳ năm trước tăng 8,2%``,
  ``giảm so với quý trước 1,2%``: never the metric itself (metric ``other``, the label says so);
- a previous period's value of the same metric: ``(Quý IV/2025: 88,2%)``, ``(năm 2023 đạt 31,6%)``,
  ``so với 11,6% của năm trước``: the metric of the figure it is compared with;
- a percentage that opens its clause and names its own subject (``…, 100% TTHC được niêm yết``):
  the words before it do not name it;
- a share of apologies (``xin lỗi đối với các hồ sơ trễ hạn: 1,58%``): ``other``;
- a split by cause (``61% số hồ sơ quá hạn là do …, 39% còn lại do …``): ``other`` (:func:`cause_share`);
- a change told with a bound (``giảm tối thiểu 50%``): still a change, its bound kept (:func:`change_qualifier`).

The marks of scores (a bare score, the agency after one) are in :mod:`extract.extractors.figure_score_marks`.
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING

import regex

from extract.extractors.figure_cues import mark_words
from extract.extractors.figure_nouns import COUNTED_ABBR, DOSSIER, DOSSIER_ABBR, FEEDBACK, OPINION, PROCEDURE
from extract.extractors.figure_rate_targets import RateRead, same_metric_rate
from extract.facts import Target
from normalize.numbers import NUMBER_BODY

if TYPE_CHECKING:
    from extract.extractors.figure_page import Page

_NUM = NUMBER_BODY
_OP = r"(?:\\geq?|≥|>=|=|>|tren|tu)"
# the verbs that measure an achieved figure against a goal: "vượt mục tiêu …", "chưa đạt mục tiêu …"
MEASURED = r"(?<!\w)(?:vuot|hoan\s+thanh|so\s+voi|(?:chua|khong)\s+dat|dat\s+va\s+vuot)"
# who set a goal or when it falls, between "mục tiêu" and its value: "toàn quốc", "của Thành phố", "năm 2022"
TARGET_OWNER = (r"tinh|huyen|xa|phuong|thanh\s+pho|toan\s+quoc|quoc\s+gia|nam\s+\d{4}|giao|de\s+ra|dat\s+ra"
                r"|cua\s+\w+(?:\s+\w+)?")
# "chỉ tiêu (tỉnh|huyện) giao (tối thiểu) (đạt):", "KH giao", and inside a parenthesis only:
# "(Kế hoạch: …)", "(KH: …)", "(mục tiêu …)", "(KH năm 2026: …)"
TARGET_RE = regex.compile(
    # "chỉ tiêu Chính phủ giao (50%)", "chỉ tiêu Thủ tướng Chính phủ giao": who set it
    r"(?:(?<!\w)(?:theo\s+)?(?:chi\s+tieu(?:\s+(?:tinh|huyen|xa|phuong|cap\s+tren|duoc|trung\s+uong|toan\s+quoc|quoc\s+gia"
    r"|thanh\s+pho|(?:thu\s+tuong\s+)?chinh\s+phu))?"
    # "chỉ tiêu Nghị quyết (số 12/NQ-HĐND) (của HĐND thành phố) giao": the resolution that sets it
    r"(?:\s+(?:nghi\s+quyet|nq|ke\s+hoach|kh)(?:\s+(?:so\s+)?\d+(?:/[\w\-]+)?)?(?:\s+cua(?:\s+\w+){1,4}?(?=\s+giao))?)?"
    r"(?:\s+(?:giao|dat\s+ra|de\s+ra|cua\s+\w+(?:\s+\w+)?))?"
    # "vượt chỉ tiêu … giao (tối thiểu 50%)": the value in a parenthesis right after the phrase
    r"(?:\s*\((?=\s*(?:toi\s+thieu|it\s+nhat|≥|>=|\\geq?|tren)?\s*[0-9]))?"
    r"|(?:kh|ke\s+hoach)(?:\s+\w+)?\s+giao"
    # "…, vượt mục tiêu tối thiểu 65% của Thành phố": a goal the figure before is measured against
    rf"|(?<={MEASURED}\s+)muc\s+tieu(?:\s+(?:{TARGET_OWNER}))?"
    r"|(?<=\(\s*)(?:kh|ke\s+hoach|muc\s+tieu)(?:\s+(?:giao|de\s+ra|dat\s+ra|nam\s+\d{4}))?"
    # "đạt 96,8%/KH 95%": the goal written after a slash
    r"|(?<=%[^\S\n]*/[^\S\n]*)(?:kh|ke\s+hoach|muc\s+tieu)(?:\s+(?:giao|de\s+ra|dat\s+ra|nam\s+\d{4}))?)"
    r"(?P<min>(?:\s+|(?<=\())(?:toi\s+thieu|it\s+nhat|phan\s+dau))?(?:\s+(?:dat|la))?\s*:?\s*\$?\s*"
    rf"(?P<op>{_OP})?\s*"
    rf"|(?<=\(\s*)(?P<op2>≥|>=|\\geq?)\s*)(?P<num>{_NUM})\s*\\?%\s*\$?"
)
TARGET_NEAR = 60  # a target this close after a rate is that rate's
TARGET_REACH = 240  # farther, in the same sentence and with no figure between
REFER_BACK_RE = regex.compile(r"(?<!\w)t[yi]\s+le\s+(?:nay|tren|do)(?!\w)")
REFER_BACK_OPEN_RE = regex.compile(r"[\s.!?]*" + REFER_BACK_RE.pattern)  # a sentence opening with "Tỷ lệ này"
# the bound a figure is told with, right before it ("trên 97%", "tối thiểu đạt 95%", "dưới 1%", "không quá 2%")
# (the words of each bound: [rate_marks] qualifier_* of figures.toml)
QUALIFIER_RE = regex.compile(
    rf"(?<!\w)(?:(?P<gt>{mark_words('qualifier_gt')})|(?P<ge>{mark_words('qualifier_ge')})|(?P<lt>{mark_words('qualifier_lt')})"
    rf"|(?P<le>{mark_words('qualifier_le')}))(?:\s+(?:{mark_words('qualifier_filler')})){{0,2}}\s*$")
FROM_UP_RE = regex.compile(r"\s*tro\s+len")
APOLOGY_REACH = 120
# the cause a share is split by, right after it ("39% (còn lại) (là) do …", "58% nguyên nhân là …") or after the noun
# phrase of what it is a share of ("61% số hồ sơ bị đánh giá quá hạn là do …"); "là" or "còn lại" makes the
# figure the subject, so "trễ hạn do thiếu giấy tờ" (a late rate with its reason) is not one
CAUSE_WORD = r"(?:do|vi|boi|xuat\s+phat\s+tu)(?!\w)"
CAUSE_AFTER = regex.compile(
    rf"[^\S\n]*(?:(?:con\s+lai\s+)?(?:la\s+)?{CAUSE_WORD}|(?:con\s+lai\s+)?(?:la\s+)?nguyen\s+nhan(?!\w)"
    rf"|(?:cua\s+)?(?:(?:tong\s+)?so\s+)?(?:{DOSSIER}|{DOSSIER_ABBR}|{PROCEDURE})(?!\w)[^\d%,;.()\n]{{0,60}}?\s+la\s+{CAUSE_WORD})")
CAUSE_REACH = 100
CAUSE_HEAD = regex.compile(r"(?<!\w)nguyen\s+nhan(?!\w)")  # the head of a list of causes ("Nguyên nhân …:")

# the bounds a change may be told with ("ít nhất", "trên", "xấp xỉ": [rate_marks] change_bounds)
CHANGE_BOUNDS = mark_words("change_bounds")
# a difference word right before the figure, with its "so với …" either side
# ("cao hơn mức trung bình của cả nước 2,1 điểm": the average it is compared with, named right after the word)
DIFF_BEFORE = regex.compile(
    # (not a bound: "không thấp hơn 95%", "không ít hơn 80%")
    r"(?<!\w)(?P<w>tang|giam|(?<!(?<!\w)khong\s{1,3})(?:cao|thap|nhieu|it)\s+hon|chenh\s+lech)"
    r"(?P<cmp>\s+so\s+voi\s+[^%;.()\n]{1,60}?"
    r"|\s+(?:muc\s+)?(?:diem\s+)?(?:trung\s+binh|binh\s+quan)(?:\s+(?!la(?!\w))[^\W\d]+){0,6}?)?"
    # "giảm tối thiểu 50%", "tăng thêm khoảng", "giảm còn dưới 1%": a bound between the word and the figure
    rf"(?:\s+(?:them|khoang|gan|la|duoc|{CHANGE_BOUNDS}))*(?P<to>\s+con)?(?:\s+(?:khoang|gan|{CHANGE_BOUNDS}))*\s*:?\s*$"
)
# a rise or fall told to its level, not by its amount: "giảm còn 0,4%" (the rate it falls to)
TO_LEVEL_WORDS = ("tang", "giam")
# the words of a rise or fall as written: "mai táng" (a burial), "tầng" (a floor), "giam" (to detain) fold alike
RISE_FALL = frozenset({"tăng", "giảm"})
# "vượt 12% so với chỉ tiêu": exceeded by (the comparison after it), not more than
EXCEED_BEFORE = regex.compile(r"(?<!\w)(?P<w>vuot)(?:\s+(?:khoang|gan|hon|tren))?\s*$")
CMP_AFTER = regex.compile(r"[^\S\n]*,?\s*(?P<cmp>so\s+voi\s+[^,;.()\n]{1,50})")
CMP_BEFORE = regex.compile(r"(?P<cmp>so\s+voi\s+[^,;.()\n]{1,50}?)\s*,?\s*$")
# a previous period's value: "(Quý IV/2025: 88,2%)", "(năm 2023 đạt 31,6%)", "… 11,6% của năm trước"
PREV_BEFORE = regex.compile(
    r"\(\s*(?P<p>cung\s+ky(?:\s+nam\s+truoc)?|(?:ky|thang|quy|nam|6\s+thang|9\s+thang)(?:\s+truoc|[^():;%\n]{0,25}?))"
    r"\s*(?:,\s*)?(?:dat|la)?\s*:?\s*$"
)
PREV_AFTER = regex.compile(r"[^\S\n]*(?P<p>(?:cua\s+)?(?:cung\s+ky(?:\s+nam\s+truoc)?|(?:ky|thang|quy|nam)\s+truoc))(?!\w)")
# "…, 100% TTHC được niêm yết", "trong đó 90% hồ sơ đã …": the figure opens its clause and a subject follows
# (whole words only: a possessive word run, so a long unspaced run is not split every possible way)
OPENS_AFTER = regex.compile(r"[^\S\n]*+(?:\p{L}++[^\S\n]*+,?[^\S\n]*+){1,6}?(?:duoc|da|deu|co|dang)(?!\w)")

# --- a percentage and the count or cue next to it
# one volume as a share of another, not a rate: "(số hồ sơ trực tuyến quý I) bằng trên 90% số hồ sơ trực tuyến của
# cả năm 2021", "bằng 205,6% số hồ sơ của quý I năm trước"
VOLUME_BEFORE = regex.compile(r"(?<!\w)bang\s+(?:(?:tren|khoang|gan|hon|xap\s+xi)\s+)?$")
VOLUME_AFTER = regex.compile(rf"[^\S\n]*(?:so\s+(?:luong\s+)?(?:{COUNTED_ABBR})|tong\s+so|cua(?!\w))")
# "phấn đấu đạt 100% tỷ lệ hồ sơ … được thực hiện thông qua Hệ thống …": the rate named after its value
# (not "tỷ lệ này", "tỷ lệ trên": those refer back)
PCT_RATE_AFTER = regex.compile(r"[^\S\n]*t[yi]\s+le(?!\s+(?:nay|tren|do|la|dat)(?!\w))(?=\s+\p{L})")
# "Thực hiện việc xin lỗi đối với các hồ sơ trễ hạn: 1,58%", "gửi thư xin lỗi … đạt 100%": the share of apologies
# made, not of the late dossiers they are for
APOLOGY_RE = regex.compile(r"(?<!\w)(?P<words>xin\s+loi)(?!\w)[^;%\n]*$")
RATE_WORD_AFTER = regex.compile(r"(?<!\w)t[yi]\s+le(?!\w)")
# (not the dossiers it is a share of: "đạt 97,2% so với tổng số hồ sơ tiếp nhận" names the rate's base)
# (nor the goal it is measured against: "đạt 62,5% so với chỉ tiêu 50%", "so với kế hoạch đề ra (60%)")
# (the words: [rate_marks] comparison_words, budget_words, goal_words, goal_not of figures.toml)
GOAL_AFTER = rf"(?:{mark_words('goal_words')})(?!\s+(?:{mark_words('goal_not')}))[^\d%;.\n]{{0,40}}?\d[\d.,]*\s*%"
# (never across a sentence's end: "… đạt 99%. So với cùng kỳ, số hồ sơ tăng …" compares the next sentence's figure)
BUDGET_AFTER = regex.compile(
    rf"\s*+(?:(?:{mark_words('comparison_words')})"
    rf"(?!\s+(?:(?:tong\s+)?(?:so\s+)?(?:luong\s+)?(?:{COUNTED_ABBR})|{GOAL_AFTER}))"
    rf"|{mark_words('budget_words')})")
POST_END_RE = regex.compile(r"[;.()]|\n[^\S\n]*\n?[^\S\n]*[-+*•–]")
# the word after a percentage: what it is a share of ("99% hồ sơ", "100% cán bộ", "95% người dân"); a function word
# is none ("80% đối với cấp huyện", "70% thuộc lĩnh vực đất đai", "100% tại xã A": the value's scope after it)
PCT_NOUN_RE = regex.compile(
    r"[^\S\n]*(?:\n[^\S\n]*)?(?!(?:va|hoac|so\s+voi|tro\s+len|con|trong|dat|tang|giam|thap|cao|vuot|chua|nhung|la|theo|tai|o"
    r"|do|vi|nen|de|nham|khi|xuong|len|den|nam|thang|quy|ky|cung|cua|doi\s+voi|thuoc|voi|so(?!\s+(?:ho\s+so|tthc|thu\s+tuc)))"
    r"(?!\w))(?:so\s+)?(?P<noun>ho\s+so|tthc|thu\s+tuc|phan\s+anh|pakn|can\s+bo|cong\s+chuc|\p{L}+)"
)
RATE_NOUNS = ("hoso", "tthc", "thutuc", "phananh", "pakn")
# the people a service rate may be a share of: "95% người dân hài lòng", "80% người dân, doanh nghiệp … không phải
# cung cấp lại thông tin" (not "100% cán bộ, công chức": staff)
PEOPLE_AFTER = regex.compile(r"(?:nguoi\s+dan|cong\s+dan|doanh\s+nghiep|to\s+chuc,?\s+ca\s+nhan)(?!\w)")
# between a count and its rate: "3985 hồ sơ đạt 99,72%", "1.129 hồ sơ (đạt 73,5%)", "…, chiếm 59,85%"
# "…, tỷ lệ 1,7%", "(tỷ lệ 80,7%)", "chiếm đến 3,6%", "N HS các loại (đạt tỷ lệ (97,4%)", "đạt tỉ lệ trên 99%",
# "N hồ sơ TTHC, đạt 93,5%" (the rest of the count's noun); "giải quyết 2.400 ý kiến (đạt gần 99%)": the noun of
# feedback counted, left out of the count's span
COUNT_NOUN_REST = (r"cac\s+loai|tthc|thu\s+tuc\s+hanh\s+chinh"
                   rf"|(?:{OPINION}|{FEEDBACK})(?:\s*+,?\s*+(?:{OPINION}|{FEEDBACK}))*")
FEEDBACK_NOUN_RE = regex.compile(rf"(?<!\w)(?:{OPINION}|{FEEDBACK})(?!\w)")
# "1.126 hồ sơ trực tuyến mức độ 3, 4, đạt tỷ lệ 11,4%": the levels of the online services named after the count
LEVELS = r"(?:\(?[^\S\n]*muc\s+do\s+\d(?:[^\S\n]*(?:,|va|-|/|hoac)[^\S\n]*\d)*[^\S\n]*\)?[\s,(]*)?"
# "… 210 hồ sơ trong năm 2025, đạt 95,5%", "… trong tháng 10/2025 (đạt …)", "… trong kỳ, chiếm …": the count's period
PERIOD = (r"(?:(?:trong|cua)\s+)?(?:ky(?:\s+bao\s+cao)?|nam\s+\d{4}|(?:thang|quy)\s+(?:\d{1,2}|[ivx]{1,4})(?:\s*/\s*\d{4})?"
          r"|\d{1,2}\s+thang(?:\s+(?:dau|cuoi))?(?:\s+nam)?(?:\s+\d{4})?)(?!\w)[\s,(]*")
# the verbs of a share after its count: "chiếm", "bằng", "tương đương (với)", "tương ứng (với)", "xấp xỉ", "~" (those
# of a share with its base after it: [share_base] verbs)
SHARE_VERBS = mark_words("verbs", "share_base")
# a bound alone joining them, no verb: "…, chưa đến 1,4%", "…, khoảng 12%" ([rate_marks] share_bounds)
SHARE_BOUNDS = mark_words("share_bounds")
SHARE_ADVERBS = mark_words("share_adverbs")  # "…, chỉ chiếm 5%", "…, mới đạt 40%"
# the channel a count was filed or paid through, after its cue: "… nộp trực tuyến qua Cổng Dịch vụ công quốc gia,
# chiếm …", "… thanh toán trên ứng dụng VNeID, đạt …" ([rate_marks] channel_ways, channel_heads)
CHANNEL = (rf"(?:(?<!\w)(?:{mark_words('channel_ways')})\s+(?:{mark_words('channel_heads')})(?!\w)"
           r"[^\d%;.()\n]{0,60}?[\s,]*)?")
RATE_GAP_RE = regex.compile(
    rf"[\s,(]*(?:(?:{COUNT_NOUN_REST})[\s,(]*)?{LEVELS}(?:{PERIOD})?{CHANNEL}"
    rf"(?=.*(?:dat|{SHARE_VERBS}|=|la|:|t[yi]\s+le)|\s*\(\s*$|[\s,(]*(?<!\w)(?:{SHARE_BOUNDS})\s*$)"
    rf"(?:(?:(?:{SHARE_ADVERBS})\s+(?=dat|{SHARE_VERBS}))?(?:dat|{SHARE_VERBS}|=|la|:|voi)(?:\s+(?:den|toi|khoang|gan|xap\s+xi))?\s*)*"
    r"(?:t[yi]\s+le\s*)?"
    rf"(?:(?:dat|la)\s*)?:?[\s(]*(?:(?<!\w)(?:tren|{SHARE_BOUNDS})\s*)?$"
)
# between a count cue and a percentage: "đúng và trước hạn 100%", "trước hạn đạt 99%"
# "đã giải quyết được 99% hồ sơ": "được" joins them too; "TTHC chậm hạn tiếp tục giảm mạnh đạt 3,45%": the trend of
# the rate before the level it reaches
CUE_RATE_GAP_RE = regex.compile(
    r"[\s,(:]*(?:(?:tiep\s+tuc|van|da)\s+)?(?:(?:tang|giam)(?:\s+(?:manh|nhe|dan|sau|nhanh|cao))?\s+(?=dat(?!\w)))?"
    r"(?:(?:dat|chiem|bang|=|la|t[yi]\s+le|duoc)\s*:?\s*)*(?:tren\s*)?$")
# a count cue right after a percentage: "đạt 100% trước hạn, đúng hạn", "97,83% hồ sơ được giải quyết đúng hạn"
AFTER_PCT_RE = regex.compile(r"[^\S\n]*\n?\s*(?:(?:so\s+)?ho\s+so\s+)?(?:(?:da|duoc|deu)\s+)?")


def target_op(m: regex.Match[str]) -> str:
    op = (m.group("op") or m.group("op2") or "").strip()
    if op == "=":
        return "="
    if op in (">", "tren"):
        return ">"
    return ">="


# where a target may start: TARGET_RE is tried only there (a lookbehind tried at every position is slow)
TARGET_ANCHOR = regex.compile(r"(?<!\w)(?:theo\s+chi\s+tieu|chi\s+tieu|kh|ke\s+hoach|muc\s+tieu)(?!\w)|\(\s*")


def iter_targets(ft: str, value: Callable[[str], float | None]) -> list[tuple[int, int, Target, int]]:
    """(start, end, target, number start) of every target mark of the folded text, as
    ``TARGET_RE.finditer`` would find them."""
    out = []
    last = -1
    for a in TARGET_ANCHOR.finditer(ft):
        pos = a.end() if a.group().startswith("(") else a.start()
        if pos < last:
            continue
        m = TARGET_RE.match(ft, pos)
        if m is None or goal(ft, m.start()):
            continue
        last = m.end()
        if (v := value(m.group("num"))) is not None:
            out.append((m.start(), m.end(), Target(target_op(m), v), m.start("num")))
    return out


# "…, phấn đấu đạt chỉ tiêu 70%": a goal set, no target of a figure achieved (none is before it in its sentence)
GOAL_BEFORE = regex.compile(r"(?<!\w)phan\s+dau(?:\s+(?:dat|hoan\s+thanh|dat\s+va\s+vuot))?[^\S\n]*$")
PCT_BEFORE = regex.compile(r"\d[^\S\n]*%")
SENTENCE_STOP = regex.compile(r"[.!?](?=\s)|\n")
GOAL_REACH = 300


def goal(ft: str, p: int) -> bool:
    """Whether the target mark at ``p`` is a goal with no achieved figure beside it (``phấn đấu đạt chỉ tiêu 70%``):
    an indicator of its own (GOLD.md: the written value, target null), not the target of a rate."""
    if GOAL_BEFORE.search(ft, max(0, p - 30), p) is None:
        return False
    stop = max((m.end() for m in SENTENCE_STOP.finditer(ft, max(0, p - GOAL_REACH), p)), default=max(0, p - GOAL_REACH))
    return PCT_BEFORE.search(ft, stop, p) is None


def qualifier(ft: str, start: int, end: int) -> str | None:
    q = QUALIFIER_RE.search(ft, max(0, start - 24), start)
    if q is not None:
        return next(op for op, g in ((">", "gt"), (">=", "ge"), ("<", "lt"), ("<=", "le")) if q.group(g))
    if ft[max(0, start - 3):start].strip() == "tu" and FROM_UP_RE.match(ft, end):
        return ">="
    return None


def difference(text: str, ft: str, start: int, end: int) -> str | None:
    """The label of a difference figure (``tăng so với tháng 8/2025``), or None when it is not one."""
    m = DIFF_BEFORE.search(ft, max(0, start - 90), start)
    if m is not None and ft[m.start("w"):m.end("w")] in TO_LEVEL_WORDS \
            and unicodedata.normalize("NFC", text[m.start("w"):m.end("w")]).lower() not in RISE_FALL:
        m = None  # "… khai tử, mai táng: 19 hồ sơ": no rise
    if m is not None and m.group("to") and ft[m.start("w"):m.end("w")] in TO_LEVEL_WORDS:
        return None  # "giảm còn 0,4%": the level it falls to
    if m is None and (e := EXCEED_BEFORE.search(ft, max(0, start - 20), start)) is not None \
            and (a := CMP_AFTER.match(ft, end)) is not None:  # "vượt 12% so với chỉ tiêu"
        return " ".join(f"{text[e.start('w'):e.end('w')]} {text[a.start('cmp'):a.end('cmp')]}".split())
    if m is None:
        return None
    words = [text[m.start("w"):m.end("w")]]
    if m.group("cmp"):
        words.append(text[m.start("cmp"):m.end("cmp")])
    elif (a := CMP_AFTER.match(ft, end)) is not None:
        words.append(text[a.start("cmp"):a.end("cmp")])
    elif (b := CMP_BEFORE.search(ft, max(0, m.start() - 60), m.start())) is not None:
        words.append(text[b.start("cmp"):b.end("cmp")])
    return " ".join(" ".join(words).split())


def change_qualifier(ft: str, start: int, end: int) -> str | None:
    """The bound a change is told with (``giảm tối thiểu 50%``: ``>=``), not the comparative of its own word
    (``cao hơn 7,65%``: none)."""
    m = DIFF_BEFORE.search(ft, max(0, start - 90), start)
    q = QUALIFIER_RE.search(ft, max(0, start - 24), start)
    if m is None or q is None or q.start() < m.end("w"):
        return None
    return qualifier(ft, start, end)


def previous_period(text: str, ft: str, start: int, end: int) -> str | None:
    """The period of a previous value of the same metric (``Quý IV/2025``), or None."""
    m = PREV_BEFORE.search(ft, max(0, start - 40), start)
    if m is None:
        m = PREV_AFTER.match(ft, end)
    if m is None:
        return None
    return " ".join(text[m.start("p"):m.end("p")].split())


def volume_ratio(ft: str, start: int, end: int) -> bool:
    """``bằng 90% số hồ sơ của năm trước``: one volume compared with another."""
    return VOLUME_BEFORE.search(ft, max(0, start - 20), start) is not None and VOLUME_AFTER.match(ft, end) is not None


def cause_share(ft: str, start: int, end: int) -> bool:
    """``61% số hồ sơ quá hạn là do dữ liệu đồng bộ chậm, 39% còn lại do cán bộ …``: a percentage that opens its
    clause and is told the cause of its share (``là do``, ``còn lại do``, ``do`` right after it) splits the
    dossiers its words name by cause; it is no rate of them (their class is its base, not its numerator)."""
    return CAUSE_AFTER.match(ft, end, min(len(ft), end + CAUSE_REACH)) is not None


def cause_list_start(ft: str, sentence_start: int, clause_start: int, start: int) -> int:
    """Where the words of a share split by cause begin: its clause, or the list after ``Nguyên nhân …:``."""
    colon = ft.rfind(":", clause_start, start)
    if colon >= 0 and CAUSE_HEAD.search(ft, sentence_start, colon):
        return colon + 1
    return clause_start


def apology(ft: str, sentence_start: int, start: int) -> bool:
    """``xin lỗi đối với các hồ sơ trễ hạn: 1,58%``: the figure is the share of apologies of its sentence; not when a
    ``tỷ lệ`` of its own is told after the apology (``… công khai xin lỗi người dân và phấn đấu tỷ lệ hồ sơ giải quyết
    đúng hạn đạt 99%``: another rate)."""
    m = APOLOGY_RE.search(ft, max(sentence_start, start - APOLOGY_REACH), start)
    return m is not None and RATE_WORD_AFTER.search(ft, m.end("words"), start) is None


def opens_clause(ft: str, end: int) -> bool:
    """``100% TTHC được …``: a subject and its verb follow the figure."""
    return OPENS_AFTER.match(ft, end, min(len(ft), end + 80)) is not None


def attach_targets(page: Page, inds: list[RateRead]) -> None:
    """A target in running text qualifies the indicator just before it; in a numbered heading, the
    rates of the heading's metric under it."""
    st, icues, ft = page.st, page.cues["indicator"], page.ft
    ends = [d["end"] for d in inds]
    for t_start, _t_end, target, _ in page.targets:
        h = st.heading_before(t_start)
        i = bisect.bisect_right(ends, t_start) - 1
        inline = i >= 0 and h is not None and ends[i] > h[1]  # "1. Tỷ lệ …: 84,6% (chỉ tiêu giao: ≥ 80%)"
        if h is not None and h[1] <= t_start < h[2] and not inline:
            cue = icues.nearest(h[1], t_start)
            if cue is None:
                continue
            nxt = bisect.bisect_right(st.headings, (h[2], 1 << 62, 0))
            stop = st.headings[nxt][0] if nxt < len(st.headings) else len(ft)
            for d in inds:
                if h[2] <= d["start"] < stop and d["metric"] == cue.metric and d.get("target") is None:
                    d["target"] = target
            continue
        j = i
        while j >= 0 and _is_change(page, inds[j]):  # "đạt 71%, tăng 4% so với tháng 10 và vượt mục tiêu 65%"
            j -= 1
        if j >= 0 and inds[j].get("target") is None and _target_near(page, ends[j], t_start, near=j == i):
            inds[j]["target"] = target
        elif (k := same_metric_rate(page, inds, ends, t_start)) is not None:  # "…; con số trực tuyến này vượt chỉ tiêu (50%)"
            inds[k]["target"] = target


def _is_change(page: Page, d: dict) -> bool:
    """Whether an indicator read is a change (``tăng 4% so với tháng 10``): never the figure a target qualifies."""
    return d["metric"] == "other" and difference(page.text, page.ft, d["start"], d["end"]) is not None


def _target_near(page: Page, end: int, t_start: int, near: bool = True) -> bool:
    """A target qualifies the rate before it when close (``đạt 92,37% (chỉ tiêu giao ≥ 80%)``), or farther in
    the same sentence with no figure between (``đạt 64,3%, vượt chỉ tiêu … giao tại Nghị quyết số 01/NQ-CP
    ngày 05/01/2024 (chỉ tiêu giao ≥ 50%)``: the cited document holds no figure; a change of the rate, ``tăng 4%
    so với tháng 10/2022``, and a date are none), or in the next sentence when that one opens by referring back
    to it (``… đạt 90,4%. Tỷ lệ này tăng 4,7% … và vượt mục tiêu tối thiểu 85%``). Not ``near`` (changes stand
    between), only the farther readings hold."""
    if near and t_start - end <= TARGET_NEAR:
        return True
    if t_start - end > TARGET_REACH:
        return False
    stop = page.st.last_full_stop(t_start)
    if stop > end and not (page.st.last_full_stop(stop - 1) <= end and REFER_BACK_OPEN_RE.match(page.ft, stop, t_start)):
        return False
    return not _figure_between(page, end, t_start)


def _figure_between(page: Page, end: int, t_start: int) -> bool:
    """Whether a figure other than a change of a rate or a date (``10/2022``) stands between ``end`` and ``t_start``."""
    i = bisect.bisect_right(page.figure_starts, end)
    for f in page.figures[i:]:
        if f.start >= t_start:
            return False
        if f.kind == "fraction" and f.family is None:
            continue
        if f.kind == "percent" and difference(page.text, page.ft, f.start, f.end) is not None:
            continue
        return True
    return False
