"""Scopes read from how a report ties a figure to what it belongs to (round 8), positive and negative: each figure
of a list of parallel items belongs to the name just before it; a body linked to its figure by "với"/"có"; a
subject cut at a conjunction is no part; a field after "trong/về lĩnh vực"; what a part of a feedback total is
about; the one-stop offices of a set of communes are their level, the people's committee of a level is the level;
the service level of a dossier count; "điểm" naming a place is no score."""

from __future__ import annotations

import pytest

from extract.extractors.counts import CountExtractor
from extract.extractors.indicators import IndicatorExtractor
from tests.helpers import facts_by_text


def scopes(text: str) -> dict[str, str | None]:
    return {k: v[0] for k, v in facts_by_text(text, CountExtractor, "scope").items()}


def rate_scopes(text: str) -> dict[str, str | None]:
    return {k: v[0] for k, v in facts_by_text(text, IndicatorExtractor, "scope").items()}


DISTRICT = "ỦY BAN NHÂN DÂN\nHUYỆN KỲ SƠN\n\nBÁO CÁO\n\n"
# (text, {figure: scope})
COUNT_SCOPES = [
    # parallel items, the last after "và": each figure belongs to the name just before it
    ("Trong tuần đã tiếp nhận trực tuyến 31 hồ sơ, bao gồm Sở Xây dựng 12 hồ sơ, Sở GD-ĐT 4 hồ sơ, Sở Y tế 10 hồ sơ "
     "và Sở Nội vụ 5 hồ sơ.",
     {"12 hồ sơ": "Sở Xây dựng", "4 hồ sơ": "Sở GD-ĐT", "10 hồ sơ": "Sở Y tế", "5 hồ sơ": "Sở Nội vụ"}),
    # places by their bare names, inside a parenthesis
    ("Có 40 hồ sơ trễ hạn (Đức Phổ 14 hồ sơ, Mộ Đức 9 hồ sơ, Quy Nhơn 6 hồ sơ).",
     {"14 hồ sơ": "Đức Phổ", "9 hồ sơ": "Mộ Đức", "6 hồ sơ": "Quy Nhơn"}),
    # figures alone in brackets; a name with commas of its own between two items
    ("Các sở khác gồm: Sở Tài chính (52 DVCTT), Sở Văn hóa, Thể thao và Du lịch (42), Sở Y tế (14).",
     {"52 DVCTT": "Sở Tài chính", "42": "Sở Văn hóa, Thể thao và Du lịch", "14": "Sở Y tế"}),
    # negative: periods and channels are no names of parts
    ("Quý II 120 hồ sơ, Quý III 140 hồ sơ.", {"120 hồ sơ": None, "140 hồ sơ": None}),
    ("Kết quả tiếp nhận: Trực tuyến 120 hồ sơ, Trực tiếp 30 hồ sơ.", {"120 hồ sơ": None, "30 hồ sơ": None}),
    # a body linked to its figure by "với" / "có", after "là" / "thuộc"
    ("Ở cấp xã, nhiều nhất là Sở Tư pháp với 95 DVCTT, kế tiếp là lĩnh vực thuộc Sở Y tế có 80 DVCTT.",
     {"95 DVCTT": "Sở Tư pháp", "80 DVCTT": "Sở Y tế"}),
    # a place told as a part of the whole
    ("Toàn tỉnh còn 3.000 hồ sơ quá hạn, trong đó, huyện Mường Tè có 1.200 hồ sơ.",
     {"3.000 hồ sơ": None, "1.200 hồ sơ": "huyện Mường Tè"}),
    # negative: a place opening a news item's sentence is its subject, not a part
    ("Năm 2024, huyện Mường Tè có 1.200 hồ sơ trực tuyến.", {"1.200 hồ sơ": None}),
    # a subject joined with others at a conjunction is no one part
    ("Năm 2023, Văn phòng đăng ký đất đai tỉnh Phú Yên và 9 chi nhánh đã tiếp nhận 40.000 hồ sơ.",
     {"40.000 hồ sơ": None}),
    ("Năm 2023, Chi nhánh Văn phòng đăng ký đất đai huyện Đồng Xuân đã tiếp nhận 4.000 hồ sơ.",
     {"4.000 hồ sơ": "Chi nhánh Văn phòng đăng ký đất đai huyện Đồng Xuân"}),
    # a field after "trong / về lĩnh vực", its name with a hyphen and "và"
    ("Từ đầu năm, trung tâm đã giải quyết 820 hồ sơ trong lĩnh vực lao động-thương binh và xã hội.",
     {"820 hồ sơ": "lao động-thương binh và xã hội"}),
    # negative: a set of procedures is defined by its field
    ("Phê duyệt phương án đơn giản hóa 12 thủ tục hành chính trong lĩnh vực giáo dục.", {"12 thủ tục hành chính": None}),
    # a part of a feedback total, by what it is about
    ("Tổng đài tiếp nhận 900 phiếu, trong đó có 120 phản ánh, kiến nghị, hỏi đáp liên quan đến thủ tục hành chính.",
     {"120 phản ánh, kiến nghị": "thủ tục hành chính"}),
    ("Trong số này, có 40 phản ánh, kiến nghị về quy định hành chính; 75 phản ánh, kiến nghị về hành vi hành chính.",
     {"40 phản ánh, kiến nghị": "quy định hành chính", "75 phản ánh, kiến nghị": "hành vi hành chính"}),
    # negative: what all the unit's feedback is about
    ("Trong năm, UBND huyện tiếp nhận 04 phản ánh, kiến nghị về quy định hành chính; đã xử lý xong 04 phản ánh.",
     {"04 phản ánh, kiến nghị": None}),
    # the one-stop offices of a set of communes are the commune level, over their sentence
    ("Bộ phận một cửa của UBND huyện tiếp nhận 3.000 hồ sơ. Bộ phận một cửa của UBND các xã, thị trấn tiếp nhận "
     "5.000 hồ sơ, đã giải quyết 4.900 hồ sơ.",
     {"3.000 hồ sơ": None, "5.000 hồ sơ": "cấp xã", "4.900 hồ sơ": "cấp xã"}),
    # communes named one by one: the subject as written
    ("Trước sắp xếp, Bộ phận Một cửa của các xã Tân Lập, Tân Hòa và thị trấn Ba Tơ đã tiếp nhận 2.100 hồ sơ.",
     {"2.100 hồ sơ": "Bộ phận Một cửa của các xã Tân Lập, Tân Hòa và thị trấn Ba Tơ"}),
    # the people's committee of a level is the level
    (DISTRICT + "Tổng số TTHC thuộc thẩm quyền của UBND huyện là 230 thủ tục, của UBND cấp xã là 105 thủ tục.",
     {"105 thủ tục": "cấp xã"}),
    # the service level of a dossier count; levels named together, and procedures, are not scoped by it
    ("Có 430 hồ sơ trực tuyến, trong đó có 30 hồ sơ nộp mức độ 3 và 400 hồ sơ nộp mức độ 4.",
     {"30 hồ sơ": "mức độ 3", "400 hồ sơ": "mức độ 4"}),
    ("Trong quý tiếp nhận 150 hồ sơ trực tuyến mức độ 3, 4.", {"150 hồ sơ": None}),
    ("Tỉnh cung cấp 20 DVCTT mức độ 3 và 10 DVCTT mức độ 4.", {"20 DVCTT": None, "10 DVCTT": None}),
]


@pytest.mark.parametrize(("text", "expected"), COUNT_SCOPES)
def test_count_scopes(text: str, expected: dict[str, str | None]) -> None:
    got = scopes(text)
    for figure, scope in expected.items():
        assert figure in got, (figure, got)
        assert got[figure] == scope, (figure, got[figure], scope)


RATE_SCOPES = [
    # a part's share told after its figure has its scope
    ("Toàn tỉnh còn 3.000 hồ sơ quá hạn, trong đó, huyện Mường Tè có 1.200 hồ sơ (chiếm 40%).",
     {"40%": "huyện Mường Tè"}),
    # items of rates in brackets
    ("Tỷ lệ nộp trực tuyến thấp gồm: Lai Châu (7,5%), Điện Biên (8,1%).", {"7,5%": "Lai Châu", "8,1%": "Điện Biên"}),
]


@pytest.mark.parametrize(("text", "expected"), RATE_SCOPES)
def test_rate_scopes(text: str, expected: dict[str, str | None]) -> None:
    got = rate_scopes(text)
    for figure, scope in expected.items():
        assert figure in got, (figure, got)
        assert got[figure] == scope, (figure, got[figure], scope)


@pytest.mark.parametrize(("text", "score"), [
    ("Hội nghị được kết nối trực tuyến tới 63 điểm cầu trên cả nước.", None),
    ("Toàn tỉnh có 15 điểm giao dịch và 40 điểm bưu điện văn hóa xã.", None),
    ("Huyện bố trí 12 điểm tiếp nhận hồ sơ lưu động.", None),
    ("Chỉ số phục vụ người dân, doanh nghiệp của tỉnh đạt 88,6 điểm, xếp thứ 12/63.", "88,6 điểm"),
])
def test_place_points_are_no_scores(text: str, score: str | None) -> None:
    got = facts_by_text(text, IndicatorExtractor, "metric")
    if score is None:
        assert not any("điểm" in k for k in got), got
    else:
        assert score in got, got
