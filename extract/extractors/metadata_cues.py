"""The cue words of the title block (data/metadata.toml ``[title]``, ``[subject]``, ``[news]``), compiled once,
and the title block they find (part of the ``metadata`` extractor).

The header, title, headline and signature modules share them: :mod:`extract.extractors.metadata_title` reads a
document's heading and title, :mod:`extract.extractors.metadata_headline` a news item's headline and stamp.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from pathlib import Path

import regex

from extract.extractors.figure_layout import text_layout
from normalize.lexicon import word_alternation
from normalize.text import fold

DATA_FILE = Path(__file__).with_name("data") / "metadata.toml"


@functools.cache
def cue_data() -> dict:
    """The cue words of data/metadata.toml, read once (the header, title and signature modules share them)."""
    with DATA_FILE.open("rb") as fh:
        return tomllib.load(fh)


@dataclass(frozen=True)
class Cues:
    body_start: regex.Pattern
    article: regex.Pattern  # "Điều 1.", "Chương I": a legal text's body, never its title
    enactments: frozenset[str]  # folded heading words that, followed by a colon, enact ("QUYẾT ĐỊNH:")
    report_word: regex.Pattern  # a heading line ("BÁO CÁO", "KẾ HOẠCH", "BÁO CÁO KẾT QUẢ …")
    genres: dict[str, str]  # folded heading word -> genre ("report", "plan", …)
    subject: regex.Pattern  # "V/v …" under the number of a công văn
    address: regex.Pattern  # "Kính gửi: …": a công văn's recipient, under its subject
    max_subject_lines: int
    stamp: regex.Pattern  # a news item's publication stamp line
    chrome: tuple[str, ...]
    rubric: regex.Pattern  # a rubric line of the page: "Chuyên mục: Cải cách hành chính"
    rubric_names: frozenset[str]  # folded section names standing alone on a line: "Cải cách hành chính"
    rubric_line: regex.Pattern  # on folded text: a line of section names only ("Thời Sự - Chính trị   Cải cách hành chính")
    not_headlines: tuple[str, ...]  # folded
    not_headline_starts: regex.Pattern  # "STT Thủ tục …": a flattened table's header row
    page_chrome: regex.Pattern  # a site's widget or banner line ("Xem bản đồ lớn", "Chủ đề công tác năm …"): skipped
    bullets: str  # a list item ("- 80% người dân …") is no headline
    iso_stamp: regex.Pattern  # "date 2025-11-23 …": an ISO date opening a line
    masthead: regex.Pattern
    news_min_words: int
    caption: regex.Pattern  # a photo caption ("Ảnh minh họa", "Quang cảnh hội nghị", "… (Ảnh: T.H)"): the body's
    tail_stamp: regex.Pattern  # a stamp at the end of the headline's line ("… sau Tết 23/02/2026 12:54")
    news_max_chars: int
    news_lines: int
    max_title_lines: int
    title_note: regex.Pattern
    name_starts: regex.Pattern  # body starts that an upper-case first title line may open with ("THỰC HIỆN …")
    genre_by_code: dict[str, str]  # folded type code of the own number ("kh") -> genre, for a title without heading


@functools.cache
def cues() -> Cues:
    data = cue_data()
    title = data["title"]
    news = data["news"]
    headings = word_alternation(title["headings"])
    # "04/10/2024"; "ngày 16 tháng 10 năm 2024" (after a weekday: "Thứ Tư, ngày 16 tháng 10 năm 2024")
    stamp_date = (r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d\d"
                  r"|ngày[ \t]+\d{1,2}[ \t]+tháng[ \t]+\d{1,2}[ \t]+năm[ \t]+(?:19|20)\d\d")
    # the zone also in brackets glued to the time ("00:07[GMT+7]") or after the date ("24/12/2022 (GMT+7)")
    gmt = r"[(\[]?\s*GMT\s*[+-]?\s*\d{1,2}(?::?\d{2})?\s*[)\]]?"
    time = rf"\d{{1,2}}\s*[:h]\s*\d{{2}}(?::\d{{2}})?(?:\s*(?:{gmt}|AM|PM|SA|CH))?"
    # a byline before the time ("Thu Hà 16:34, 31/03/2023", "VIẾT TRỌNG 06:48, 21/12/2023"); "Cập nhật ngày: 19/01/2021 | 11:05:07 GMT+7";
    # "(21/09/2022)"; a weekday banner ending in a dash ("Thứ 4, Ngày 31/05/2023 -")
    byline = r"(?-i:\p{Lu}[\p{L}\p{M}]*(?:[ \t]+\p{Lu}[\p{L}\p{M}]*){0,3})[ \t]+"  # also in capitals: "VIẾT TRỌNG 06:48, …"
    # prefixes and a time in any order before the date: "Cập nhật lúc 00:47, Thứ Bảy, 24/12/2022 (GMT+7)"
    prefix = rf"(?:{word_alternation(news['stamp_prefixes'])})[ \t]*[:,]?[ \t]*"
    # more fields of the stamp line after a bar, each opening with a word: a view count, the author and their office
    # ("Ngày đăng: 08/04/2022 | Lượt xem: 312", "24/09/2021 | Trần Thị Hoa - VP UBND"); never a row of figures
    fields = r"(?:[ \t]*\|[ \t]*\p{L}[^\n]*?)?"
    stamp = (rf"^[ \t*_(]*(?:{byline}(?={time}))?(?:{prefix}|ngày[ \t]*:?[ \t]*(?={time})|{time}[ \t]*[-–|,]?[ \t]*)*"
             rf"(?:ngày[ \t]*:?[ \t]*)?(?P<date>{stamp_date})"
             rf"(?:[ \t]*[-–|,]?[ \t]*{time})?(?:[ \t]*{gmt})?{fields}[ \t*_)|–-]*$")
    return Cues(
        body_start=regex.compile(rf"^(?:{word_alternation(title['body_starts'])})(?!\w)", regex.IGNORECASE),
        article=regex.compile(rf"^(?:{word_alternation(title.get('article_words', ()))})[ \t]+(?:\d+|[IVXLC]+)[ \t]*[.:]",
                              regex.IGNORECASE) if title.get("article_words") else regex.compile(r"(?!x)x"),
        enactments=frozenset(fold(w) for w in title.get("enactments", ())),
        report_word=regex.compile(
            rf"(?m)^[ \t*_#]*(?P<word>(?i:{headings}))(?:[ \t*_:]*$|[ \t]*:?[ \t]+(?P<rest>(?!\d)[^\n\p{{Ll}}]*\p{{Lu}}[^\n\p{{Ll}}]*)$"
            # "BÁO CÁO Kết quả … tháng 8/2023": the heading in capitals, its title in sentence case on the same line
            # (a page's one line; read only under a heading word written in capitals, see metadata_title._heading)
            rf"|[ \t]+(?P<rest>(?P<cased>\p{{Lu}}[\p{{Ll}}\p{{M}}]+[ \t]+\p{{Ll}}[^\n]*))$)"),
        genres={fold(k): v for k, v in title["headings"].items()},
        subject=regex.compile(rf"(?m)^[ \t*_]*(?:{word_alternation(data['subject']['starts'])})[ \t]*[:.]?[ \t]*(?=\S)",
                              regex.IGNORECASE),
        address=regex.compile(rf"(?m)^[ \t*_]*(?:{word_alternation(data['subject']['address'])})(?!\w)",
                              regex.IGNORECASE),
        max_subject_lines=int(data["subject"]["max_lines"]),
        stamp=regex.compile(stamp, regex.IGNORECASE | regex.MULTILINE),
        chrome=tuple(news["chrome"]),
        rubric=regex.compile(rf"^(?:{word_alternation(news.get('rubrics', ()))})[ \t]*:", regex.IGNORECASE)
        if news.get("rubrics") else regex.compile(r"(?!x)x"),
        bullets="".join(news.get("bullets", ())),
        iso_stamp=regex.compile(rf"[ \t]*(?:(?:{word_alternation(news.get('iso_labels', ('ngày',)))})[ \t]*:?[ \t]*)?"
                                r"(?P<date>(?:19|20)\d\d-[01]\d-[0-3]\d)(?![\d:])[ \t]*", regex.IGNORECASE),
        rubric_names=frozenset(fold(w) for w in news.get("rubric_names", ())),
        rubric_line=regex.compile(rf"^(?:[ \t]*[-–|/>»›]?[ \t]*(?:{word_alternation(fold(w) for w in news.get('rubric_names', ()))})"
                                  r"(?!\w))+[ \t]*$") if news.get("rubric_names") else regex.compile(r"(?!x)x"),
        not_headlines=tuple(fold(w) for w in news["not_headlines"]),
        not_headline_starts=regex.compile(rf"^(?:{word_alternation(news.get('not_headline_starts', ('(?!x)x',)))})(?!\w)",
                                          regex.IGNORECASE),
        masthead=regex.compile(rf"^(?:{word_alternation(news['mastheads'])})(?!\w)", regex.IGNORECASE),
        page_chrome=regex.compile(rf"^(?:{word_alternation(news.get('page_chrome', ('(?!x)x',)))})(?!\w)",
                                  regex.IGNORECASE),
        news_min_words=int(news["min_words"]),
        caption=regex.compile(rf"^(?:{word_alternation(news.get('captions', ()))})(?!\w)|(?<!\w)(?i:ảnh)\s*:[^:]{{1,40}}$",
                              regex.IGNORECASE),
        tail_stamp=regex.compile(rf"[ \t]+(?P<date>\d{{1,2}}/\d{{1,2}}/(?:19|20)\d\d)[ \t]*[-–|,]?[ \t]*{time}[ \t]*$"
                                 rf"|[ \t]+{time}[ \t]*[-–|,]?[ \t]*(?P<date>\d{{1,2}}/\d{{1,2}}/(?:19|20)\d\d)[ \t]*$",
                                 regex.IGNORECASE),
        news_max_chars=int(news["max_chars"]),
        news_lines=int(news["lines"]),
        max_title_lines=int(title["max_lines"]),
        title_note=regex.compile(rf"\s*\(\s*(?:{word_alternation(title['note_starts'])})(?!\w)[^()]*\)\s*$", regex.IGNORECASE),
        name_starts=regex.compile(rf"^(?:{word_alternation(title['name_starts'])})(?!\w)", regex.IGNORECASE),
        genre_by_code={fold(k): v for k, v in title.get("genre_by_code", {}).items()},
    )


# A gap between two columns of a line, as text pulled from a PDF or a DOCX lays out a two-column header ("ĐẶC KHU PHÚ
# QUÝ     Độc lập - Tự do - Hạnh phúc"): a tab, or three spaces or more, between two words
COLUMN_GAP = regex.compile(r"(?<=\S)(?:[ ]*\t[ \t]*|[ ]{3,})(?=\S)")


def columns(text: str, hi: int) -> str:
    """``text`` with each column gap before ``hi`` written as tabs, character for character (every span holds): a
    name read in it ends at its column's edge, never runs on into the next column."""
    return COLUMN_GAP.sub(lambda m: "\t" * len(m.group()), text[:hi]) + text[hi:]


@dataclass(frozen=True)
class TitleBlock:
    """The title of a document and what kind of document the heading makes it.

    ``genre``: ``report`` (BÁO CÁO), ``plan`` (KẾ HOẠCH, CHƯƠNG TRÌNH …), ``decision``, ``submission``,
    ``notice``, ``press`` (THÔNG CÁO BÁO CHÍ) (data/metadata.toml ``[title.headings]``), ``letter`` (a công văn's ``V/v`` subject),
    ``news`` (a headline under a portal's masthead), None when there is no title.
    """

    genre: str | None
    title: str | None
    span: tuple[int, int] | None
    end: int  # end of the title block (a parenthesised note line under the title included)
    stamp: tuple[int, int] | None = None  # a news item's publication stamp: span of its date


@dataclass(frozen=True)
class Layout:
    """A text's PDF-like wrapping (extract/extractors/figure_layout.py): whether its lines run to one width, and the
    line breaks that only wrap a line (the title block and a headline read on over them)."""

    wrapped: bool
    soft: frozenset[int]

    def paragraph_end(self, text: str, end: int) -> int:
        """The end of the line ending at ``end`` read on over the soft breaks that follow it."""
        while end in self.soft:
            nxt = text.find("\n", end + 1)
            end = len(text) if nxt < 0 else nxt
        return end


@functools.lru_cache(maxsize=4)
def layout(text: str) -> Layout:
    """The :class:`Layout` of ``text`` (read once per text: the title and headline readers share it)."""
    width, soft = text_layout(text)
    return Layout(width is not None, frozenset(soft))


def upper(line: str) -> bool:
    """A line written in capitals (it has letters and no lower-case one)."""
    return any(ch.isalpha() for ch in line) and not any(ch.islower() for ch in line)


def joined(text: str, parts: list[tuple[int, int]]) -> tuple[str | None, tuple[int, int] | None]:
    if not parts:
        return None, None
    title = " ".join(" ".join(text[s:e].split()) for s, e in parts)
    return title, (parts[0][0], parts[-1][1])
