"""Round 11, a probe battery of made-up sentences: periods, references and document fields, in the many ways the
genre writes them (word order, brackets, lists, dotted and dashed dates, PDF lines broken mid-phrase, headlines).
Each case states the exact facts the contract (docs/spec/output.md, corpus/GOLD.md) gives, positive and negative.

Found by the battery and fixed: a citation broken after its slash (``714/\\nQĐ-UBND``, ``61/2018/\\nNĐ-CP``), a
multi-word type word (``Thông báo kết luận số 12/TB-UBND``), a range whose start carries a note in brackets (``từ ngày
1/7/2025 (ngày sáp nhập) đến ngày 30/9/2025``), a decision numbered as the chairman's (``Số: 125/QĐ-CTUBND``: issuer ``Chủ tịch Ủy
ban nhân dân tỉnh …``); one numbered ``…/QĐ-UBND`` stays the committee's whatever its authority line (d18), as the
real sets' blind annotators wrote it.
"""

from __future__ import annotations

from functools import cache

import pytest

from baocao.pipeline import extract_document
from extract.document import Document, Source

P = "An Bình, ngày 20 tháng 6 năm 2026\n\n"  # a date line: the report's year is 2026
M, Q, H, N, Y, R = "month", "quarter", "half_year", "nine_months", "year", "range"

HEAD = ("ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Số: 87/BC-UBND\n\nAn Bình, ngày 20 tháng 6 năm 2026\n\nBÁO CÁO\n")
SIGN = "\n\nNơi nhận:\n- UBND huyện;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nNguyễn Văn Minh\n"

PERIODS = [
    # named periods, year from the report
    ("p01", P + "Trong tháng 5, Trung tâm tiếp nhận 120 hồ sơ.", [("tháng 5", "2026-05-01", "2026-05-31", M)]),
    ("p02", P + "Trong quý IV, xã tiếp tục rà soát các thủ tục.", [("quý IV", "2026-10-01", "2026-12-31", Q)]),
    ("p03", P + "Dự kiến 6 tháng cuối năm, xã tiếp nhận khoảng 900 hồ sơ.", [("6 tháng cuối năm", "2026-07-01", "2026-12-31", H)]),
    ("p04", P + "Kết quả 6 tháng đầu năm: tiếp nhận 1.250 hồ sơ.", [("6 tháng đầu năm", "2026-01-01", "2026-06-30", H)]),
    # named periods with their year
    ("p05", P + "Quý III/2023, toàn tỉnh tiếp nhận 12.345 hồ sơ.", [("Quý III/2023", "2023-07-01", "2023-09-30", Q)]),
    ("p06", P + "Kết quả giải quyết TTHC quý 3/2023 như sau:", [("quý 3/2023", "2023-07-01", "2023-09-30", Q)]),
    ("p07", P + "Trong 6 tháng đầu năm 2024, xã đã tiếp nhận 500 hồ sơ.", [("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", H)]),
    ("p08", P + "9 tháng năm 2025, toàn tỉnh tiếp nhận 45.000 hồ sơ.", [("9 tháng năm 2025", "2025-01-01", "2025-09-30", N)]),
    ("p09", P + "Năm 2025, xã tiếp nhận 4.911 hồ sơ.", [("Năm 2025", "2025-01-01", "2025-12-31", Y)]),
    ("p10", P + "Tháng 9.2025, phường tiếp nhận 812 hồ sơ.", [("Tháng 9.2025", "2025-09-01", "2025-09-30", M)]),
    ("p11", P + "quý 4 năm 2025 đạt 98%", [("quý 4 năm 2025", "2025-10-01", "2025-12-31", Q)]),
    ("p12", P + "Trong QUÝ II - 2026 xã tiếp nhận 300 hồ sơ", [("QUÝ II - 2026", "2026-04-01", "2026-06-30", Q)]),
    ("p13", P + "12 tháng năm 2025 tiếp nhận 6.000 hồ sơ", [("12 tháng năm 2025", "2025-01-01", "2025-12-31", Y)]),
    ("p14", P + "9 tháng đầu năm 2022: tiếp nhận 800 hồ sơ", [("9 tháng đầu năm 2022", "2022-01-01", "2022-09-30", N)]),
    ("p15", P + "tháng 03 năm 2026 tiếp nhận 88 hồ sơ", [("tháng 03 năm 2026", "2026-03-01", "2026-03-31", M)]),
    ("p16", P + "Tháng 5-2021 tiếp nhận 88 hồ sơ", [("Tháng 5-2021", "2021-05-01", "2021-05-31", M)]),
    # PDF line breaks inside the phrase
    ("p17", P + "Kết quả Quý\nII năm 2026 như sau", [("Quý\nII năm 2026", "2026-04-01", "2026-06-30", Q)]),
    ("p18", P + "trong 6 tháng\ncuối năm 2025, xã", [("6 tháng\ncuối năm 2025", "2025-07-01", "2025-12-31", H)]),
    ("p19", P + "từ ngày 15/3/2026 đến\nngày 14/6/2026, xã tiếp nhận", [("từ ngày 15/3/2026 đến\nngày 14/6/2026", "2026-03-15", "2026-06-14", R)]),
    # ranges
    ("p20", P + "Từ ngày 15/3 - 14/6/2026, bộ phận một cửa tiếp nhận 400 hồ sơ.", [("Từ ngày 15/3 - 14/6/2026", "2026-03-15", "2026-06-14", R)]),
    ("p21", P + "Số liệu từ 5-10-2025 đến 4-11-2025.", [("từ 5-10-2025 đến 4-11-2025", "2025-10-05", "2025-11-04", R)]),
    ("p22", P + "từ ngày 5 tháng 10 đến ngày 4 tháng 11 năm 2025", [("từ ngày 5 tháng 10 đến ngày 4 tháng 11 năm 2025", "2025-10-05", "2025-11-04", R)]),
    ("p23", P + "(Số liệu tính từ ngày 15/12/2025 đến ngày 14/3/2026)", [("từ ngày 15/12/2025 đến ngày 14/3/2026", "2025-12-15", "2026-03-14", R)]),
    ("p24", P + "Lũy kế từ đầu năm đến ngày 14/6/2026: 2.100 hồ sơ", [("Lũy kế từ đầu năm đến ngày 14/6/2026", "2026-01-01", "2026-06-14", R)]),
    ("p25", P + "từ tháng 01/2026 đến tháng 3/2026 tiếp nhận 600 hồ sơ", [("từ tháng 01/2026 đến tháng 3/2026", "2026-01-01", "2026-03-31", R)]),
    ("p26", P + "Kỳ báo cáo: từ 15/12/2025 đến 14/3/2026", [("từ 15/12/2025 đến 14/3/2026", "2025-12-15", "2026-03-14", R)]),
    ("p27", P + "tháng 7-9/2025 tiếp nhận 300 hồ sơ", [("tháng 7-9/2025", "2025-07-01", "2025-09-30", R)]),
    ("p28", P + "Từ năm 2021 đến năm 2025, huyện đã tiếp nhận 50.000 hồ sơ.", [("Từ năm 2021 đến năm 2025", "2021-01-01", "2025-12-31", R)]),
    ("p29", P + "từ 01.7.2025 đến 30.9.2025 xã tiếp nhận 90 hồ sơ", [("từ 01.7.2025 đến 30.9.2025", "2025-07-01", "2025-09-30", R)]),
    ("p30", P + "Từ ngày 01/7/2025 đến nay, xã tiếp nhận 900 hồ sơ.", []),
    ("p31", P + "Từ đầu năm đến nay, xã tiếp nhận 300 hồ sơ.", []),
    # comparison baselines (GOLD 2026-11-22)
    ("p32", P + "Số hồ sơ tăng 15% so với cùng kỳ năm 2024.", [("năm 2024", "2024-01-01", "2024-12-31", Y)]),
    ("p33", P + "giảm 120 hồ sơ so với quý I/2026", [("quý I/2026", "2026-01-01", "2026-03-31", Q)]),
    ("p34", P + "tăng 8 hồ sơ so với tháng 10/2022", [("tháng 10/2022", "2022-10-01", "2022-10-31", M)]),
    ("p35", P + "Tháng 5/2026 tiếp nhận 420 hồ sơ, tăng 20 hồ sơ so với tháng 4.",
     [("Tháng 5/2026", "2026-05-01", "2026-05-31", M), ("tháng 4", "2026-04-01", "2026-04-30", M)]),
    # not periods
    ("p36", P + "UBND xã ban hành Kế hoạch kiểm soát thủ tục hành chính năm 2026.", []),
    ("p37", P + "Triển khai Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030.", []),
    ("p38", P + "Thực hiện Luật Giao dịch điện tử năm 2023, xã triển khai ký số.", []),
    ("p39", P + "tính đến ngày 14/6/2026 còn 12 hồ sơ đang giải quyết", []),
    ("p40", P + "tính đến hết tháng 6/2026, còn tồn 12 hồ sơ", []),
    ("p41", P + "Hưởng ứng chủ đề năm 2026 của tỉnh, xã ra quân.", []),
    ("p42", P + "Tuần 03 năm 2024 xã tổ chức họp giao ban.", []),
    ("p43", P + "nhiệm kỳ 2020-2025 và năm 2021-2025", []),
    ("p44", P + "Chương trình hành động từ năm 2021 đến năm 2025 của huyện", []),
    ("p45", P + "Quyết định số 766/QĐ-TTg năm 2022 về Bộ chỉ số", []),
    ("p46", P + "Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ", []),
    ("p47", P + "hoàn thành trong 6 tháng.", []),
    # several periods, report and plan tasks
    ("p48", P + "Kết quả thực hiện năm 2025, phương hướng nhiệm vụ năm 2026",
     [("năm 2025", "2025-01-01", "2025-12-31", Y), ("năm 2026", "2026-01-01", "2026-12-31", Y)]),
    ("p49", P + "nhiệm vụ trọng tâm tháng 7 năm 2026", [("tháng 7 năm 2026", "2026-07-01", "2026-07-31", M)]),
    # no report year, no year in the phrase: nothing
    ("p50", "Trong tháng 5, Trung tâm tiếp nhận 120 hồ sơ.", []),
    # news items: the year from the headline or stamp
    ("p51", "Quảng Ninh: 9 tháng đầu năm 2023 tiếp nhận hơn 1,2 triệu hồ sơ TTHC\n\nNgày đăng: 12/10/2023\n\n"
            "Trong 9 tháng, toàn tỉnh tiếp nhận 1.234.567 hồ sơ.",
     [("9 tháng đầu năm 2023", "2023-01-01", "2023-09-30", N), ("9 tháng", "2023-01-01", "2023-09-30", N)]),
    ("p52", "Xã Tân Hòa giải quyết 99% hồ sơ đúng hạn\n\nCập nhật ngày: 05/04/2024\n\nTrong quý I, xã tiếp nhận 300 hồ sơ.",
     [("quý I", "2024-01-01", "2024-03-31", Q)]),
    ("p53", P + "từ ngày 16/12/2025 - 15/3/2026", [("từ ngày 16/12/2025 - 15/3/2026", "2025-12-16", "2026-03-15", R)]),
    ("p54", P + "Số liệu từ 15/12/2025 – 14/3/2026.", [("từ 15/12/2025 – 14/3/2026", "2025-12-15", "2026-03-14", R)]),
    ("p55", P + "Từ ngày 01/01/2026 đến ngày 31/3/2026 (quý I năm 2026), xã tiếp nhận",
     [("Từ ngày 01/01/2026 đến ngày 31/3/2026", "2026-01-01", "2026-03-31", R), ("quý I năm 2026", "2026-01-01", "2026-03-31", Q)]),
    ("p56", P + "Quý I năm 2026 tăng 5% so với quý IV năm 2025",
     [("Quý I năm 2026", "2026-01-01", "2026-03-31", Q), ("quý IV năm 2025", "2025-10-01", "2025-12-31", Q)]),
]

REFS = [
    ("r01", P + "Thực hiện Quyết định số 714/QĐ-UBND ngày 27/02/2026 của UBND tỉnh.",
     [("Quyết định số 714/QĐ-UBND ngày 27/02/2026", "714/QĐ-UBND", "Quyết định", "2026-02-27")]),
    ("r02", P + "Theo Nghị định 61/2018/NĐ-CP, xã", [("Nghị định 61/2018/NĐ-CP", "61/2018/NĐ-CP", "Nghị định", None)]),
    ("r03", P + "theo Công văn số: 51/UBND-KT của UBND huyện", [("Công văn số: 51/UBND-KT", "51/UBND-KT", "Công văn", None)]),
    ("r04", P + "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị",
     [("Nghị quyết số 57-NQ/TW ngày 22/12/2024", "57-NQ/TW", "Nghị quyết", "2024-12-22")]),
    ("r05", P + "Thông tư số 01/2018/TT-VPCP ngày 23/11/2018 của Văn phòng Chính phủ",
     [("Thông tư số 01/2018/TT-VPCP ngày 23/11/2018", "01/2018/TT-VPCP", "Thông tư", "2018-11-23")]),
    ("r06", P + "Quyết định số 3141/QĐ-\nUBND ngày 04/8/2025 của tỉnh",
     [("Quyết định số 3141/QĐ-\nUBND ngày 04/8/2025", "3141/QĐ-UBND", "Quyết định", "2025-08-04")]),
    ("r07", P + "thực hiện Quyết định số\n3141/QĐ-UBND của tỉnh", [("Quyết định số\n3141/QĐ-UBND", "3141/QĐ-UBND", "Quyết định", None)]),
    ("r08", P + "thực hiện Quyết định\nsố 3141/QĐ-UBND của tỉnh", [("Quyết định\nsố 3141/QĐ-UBND", "3141/QĐ-UBND", "Quyết định", None)]),
    ("r09", P + "Nghị định số118/2025/NĐ-CP của Chính phủ", [("Nghị định số118/2025/NĐ-CP", "118/2025/NĐ-CP", "Nghị định", None)]),
    ("r10", P + "Thực hiện Luật Khiếu nại và Luật Tiếp công dân, xã", []),
    ("r11", "UBND XÃ AN BÌNH\nSố: /BC-UBND\nAn Bình, ngày 20 tháng 6 năm 2026\n", []),
    ("r12", P + "Quyết định số 37 ngày 21/01/2021 của UBND huyện", []),
    ("r13", P + "Quyết định số 1291/QĐ-BNV ngày 5-10-2025 của Bộ Nội vụ",
     [("Quyết định số 1291/QĐ-BNV ngày 5-10-2025", "1291/QĐ-BNV", "Quyết định", "2025-10-05")]),
    ("r14", P + "Công văn số 336/UBND-TTPVHCC, ngày 19/3/2026 của UBND xã",
     [("Công văn số 336/UBND-TTPVHCC, ngày 19/3/2026", "336/UBND-TTPVHCC", "Công văn", "2026-03-19")]),
    ("r15", P + "Hướng dẫn số 19-HD/BTGTW của Ban Tuyên giáo", [("Hướng dẫn số 19-HD/BTGTW", "19-HD/BTGTW", "Hướng dẫn", None)]),
    ("r16", P + "Nghị định 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 quy định",
     [("Nghị định 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025", "118/2025/NĐ-CP", "Nghị định", "2025-06-09")]),
    ("r17", P + "Văn bản số 2237/UBND-NVKTGS ngày 02/4/2026", [("Văn bản số 2237/UBND-NVKTGS ngày 02/4/2026", "2237/UBND-NVKTGS", "Văn bản", "2026-04-02")]),
    ("r18", P + "Tờ trình số 15/TTr-UBND ngày 3/3/2026", [("Tờ trình số 15/TTr-UBND ngày 3/3/2026", "15/TTr-UBND", "Tờ trình", "2026-03-03")]),
    ("r19", P + "(Quyết định số 25/2025/QĐ-UBND ngày 12/7/2025 của UBND tỉnh)",
     [("Quyết định số 25/2025/QĐ-UBND ngày 12/7/2025", "25/2025/QĐ-UBND", "Quyết định", "2025-07-12")]),
    ("r20", P + "Kế hoạch số 43/KH-UBND ngày 13/02/2026 của UBND xã", [("Kế hoạch số 43/KH-UBND ngày 13/02/2026", "43/KH-UBND", "Kế hoạch", "2026-02-13")]),
    ("r21", P + "Kết luận số 126-KL/TW ngày 14/02/2025", [("Kết luận số 126-KL/TW ngày 14/02/2025", "126-KL/TW", "Kết luận", "2025-02-14")]),
    ("r22", P + "Chỉ thị 05/CT-TTg của Thủ tướng", [("Chỉ thị 05/CT-TTg", "05/CT-TTg", "Chỉ thị", None)]),
    ("r23", P + "Thông tư 01 /2018/TT-VPCP hướng dẫn", [("Thông tư 01 /2018/TT-VPCP", "01/2018/TT-VPCP", "Thông tư", None)]),
    ("r24", P + "Quyết định số 45 / QĐ - UBND ngày 10/01/2026", [("Quyết định số 45 / QĐ - UBND ngày 10/01/2026", "45/QĐ-UBND", "Quyết định", "2026-01-10")]),
    ("r25", P + "Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội",
     [("Nghị quyết số 202/2025/QH15 ngày 12/6/2025", "202/2025/QH15", "Nghị quyết", "2025-06-12")]),
    ("r26", P + "Công văn số 1875/SNV-CCHC ngày 10 tháng 6 năm 2026",
     [("Công văn số 1875/SNV-CCHC ngày 10 tháng 6 năm 2026", "1875/SNV-CCHC", "Công văn", "2026-06-10")]),
    ("r27", P + "Báo cáo số 96/BC-UBND ngày 15.6.2026 của UBND xã", [("Báo cáo số 96/BC-UBND ngày 15.6.2026", "96/BC-UBND", "Báo cáo", "2026-06-15")]),
    ("r28", P + "Thông báo số 12/TB-VP ngày 01/6/2026", [("Thông báo số 12/TB-VP ngày 01/6/2026", "12/TB-VP", "Thông báo", "2026-06-01")]),
    ("r29", P + "Quyết định số 12/QĐ-UBND và Quyết định số 13/QĐ-UBND",
     [("Quyết định số 12/QĐ-UBND", "12/QĐ-UBND", "Quyết định", None), ("Quyết định số 13/QĐ-UBND", "13/QĐ-UBND", "Quyết định", None)]),
    ("r30", P + "Quyết định số 25/2025/QĐ-\n\nUBND ngày 12/7/2025", [("Quyết định số 25/2025/QĐ-\n\nUBND ngày 12/7/2025", "25/2025/QĐ-UBND", "Quyết định", "2025-07-12")]),
    ("r31", P + "Nghị định số 61/2018/NĐ-CP ngày\n23/4/2018", [("Nghị định số 61/2018/NĐ-CP ngày\n23/4/2018", "61/2018/NĐ-CP", "Nghị định", "2018-04-23")]),
    ("r32", P + "Kế hoạch số 05/KH-BCĐ ngày 10/01/2026 của Ban Chỉ đạo", [("Kế hoạch số 05/KH-BCĐ ngày 10/01/2026", "05/KH-BCĐ", "Kế hoạch", "2026-01-10")]),
    ("r33", P + "Quyết định số 125/QĐ-CTUBND ngày 3/2/2026 của Chủ tịch UBND tỉnh",
     [("Quyết định số 125/QĐ-CTUBND ngày 3/2/2026", "125/QĐ-CTUBND", "Quyết định", "2026-02-03")]),
]

DOCS = [
    ("d01", HEAD + "Kết quả công tác kiểm soát thủ tục hành chính 6 tháng đầu năm 2026\n\nUBND xã báo cáo như sau." + SIGN,
     dict(issuer="Ủy ban nhân dân xã An Bình", number="87/BC-UBND", date="2026-06-20",
          title="Kết quả công tác kiểm soát thủ tục hành chính 6 tháng đầu năm 2026", kind=H,
          period=("2026-01-01", "2026-06-30"), signer=("Nguyễn Văn Minh", "Phó Chủ tịch"), unit=("xã", "An Bình"))),
    ("d02", HEAD.replace("ngày 20 tháng 6", "ngày    tháng 6") + "Kết quả giải quyết thủ tục hành chính tháng 5 năm 2026\n\nNội dung." + SIGN,
     dict(date=None, kind=M, period=("2026-05-01", "2026-05-31"))),
    ("d03", HEAD + "Kết quả giải quyết thủ tục hành chính quý III năm 2025\n\nNội dung.",
     dict(kind=Q, period=("2025-07-01", "2025-09-30"))),
    ("d04", HEAD + "Tình hình thực hiện công tác cải cách hành chính 9 tháng đầu năm 2025\n\nNội dung.",
     dict(kind=N, period=("2025-01-01", "2025-09-30"))),
    ("d05", HEAD + "Tổng kết công tác kiểm soát thủ tục hành chính năm 2025\n\nNội dung.",
     dict(kind=Y, period=("2025-01-01", "2025-12-31"))),
    ("d06", HEAD + "Kết quả giải quyết thủ tục hành chính quý II năm 2026\n(Từ ngày 15/3/2026 đến ngày 14/6/2026)\n\nNội dung.",
     dict(kind=Q, period=("2026-03-15", "2026-06-14"), title="Kết quả giải quyết thủ tục hành chính quý II năm 2026")),
    ("d07", "ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nTRUNG TÂM PHỤC VỤ\nHÀNH CHÍNH CÔNG\n\nSố: 12/BC-TTPVHCC\n\nAn Bình, ngày 14 tháng 4 năm 2026\n\n"
            "BÁO CÁO\nKết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính tháng 4 năm 2026\n\nNội dung.\n\nGIÁM ĐỐC\n\n\nTrần Thị Lan\n",
     dict(issuer="Trung tâm Phục vụ hành chính công xã An Bình", number="12/BC-TTPVHCC", kind=M,
          signer=("Trần Thị Lan", "Giám đốc"), unit=("xã", "An Bình"))),
    ("d08", "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NINH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 125/QĐ-CTUBND\n\nQuảng Ninh, ngày 03 tháng 02 năm 2026\n\nQUYẾT ĐỊNH\nVề việc công bố danh mục thủ tục hành chính\n\n"
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Công bố.\n\n"
            "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nLê Văn Hùng\n",
     dict(issuer="Chủ tịch Ủy ban nhân dân tỉnh Quảng Ninh", number="125/QĐ-CTUBND", date="2026-02-03", kind="other",
          signer=("Lê Văn Hùng", "Phó Chủ tịch"))),
    ("d09", "Quảng Ninh: 9 tháng đầu năm 2023 tiếp nhận hơn 1,2 triệu hồ sơ TTHC\n\nNgày đăng: 12/10/2023\n\n"
            "Trong 9 tháng, toàn tỉnh tiếp nhận 1.234.567 hồ sơ.",
     dict(issuer=None, date="2023-10-12", title="Quảng Ninh: 9 tháng đầu năm 2023 tiếp nhận hơn 1,2 triệu hồ sơ TTHC",
          kind=N, period=("2023-01-01", "2023-09-30"))),
    ("d10", "ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\n\nSố: 20/KH-UBND\n\nAn Bình, ngày 10 tháng 01 năm 2026\n\nKẾ HOẠCH\n"
            "Kiểm soát thủ tục hành chính năm 2026\n\nThực hiện nội dung.",
     dict(kind=Y, number="20/KH-UBND", title="Kiểm soát thủ tục hành chính năm 2026")),
    ("d11", "ỦY BAN NHÂN DÂN\nPHƯỜNG HÒA BÌNH\n\nSố: 45/BC-UBND\n\nHòa Bình, ngày 15 tháng 12 năm 2025\n\nBÁO CÁO\n"
            "Công tác cải cách hành chính năm 2025\n\nNội dung.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\nPhạm Minh Đức\n",
     dict(issuer="Ủy ban nhân dân phường Hòa Bình", unit=("phường", "Hòa Bình"), kind=Y, signer=("Phạm Minh Đức", "Chủ tịch"))),
    ("d12", "Phường Tân An: tiếp nhận 2.500 hồ sơ trong quý I/2024\n\nThu Hà 16:34, 31/03/2024\n\nQuý I/2024, phường tiếp nhận 2.500 hồ sơ.",
     dict(issuer=None, date="2024-03-31", kind=Q, period=("2024-01-01", "2024-03-31"))),
]

PERIODS += [
    ("p57", P + "trong tháng 10 năm 2025 (từ ngày 15/9/2025 đến ngày 14/10/2025)",
     [("tháng 10 năm 2025", "2025-10-01", "2025-10-31", M), ("từ ngày 15/9/2025 đến ngày 14/10/2025", "2025-09-15", "2025-10-14", R)]),
    ("p58", P + "Từ ngày 15/9 đến ngày 14/10/2025, xã", [("Từ ngày 15/9 đến ngày 14/10/2025", "2025-09-15", "2025-10-14", R)]),
    ("p59", P + "Tính từ ngày 01/01/2026 đến ngày 31/5/2026, xã", [("từ ngày 01/01/2026 đến ngày 31/5/2026", "2026-01-01", "2026-05-31", R)]),
    ("p60", P + "từ ngày 15/12/2025 đến hết ngày 14/6/2026", [("từ ngày 15/12/2025 đến hết ngày 14/6/2026", "2025-12-15", "2026-06-14", R)]),
    ("p61", P + "Từ 01/10 đến 31/12/2025 xã", [("Từ 01/10 đến 31/12/2025", "2025-10-01", "2025-12-31", R)]),
    ("p62", P + "từ ngày 01 đến ngày 31/12/2025", [("từ ngày 01 đến ngày 31/12/2025", "2025-12-01", "2025-12-31", R)]),
    ("p63", P + "Trong kỳ báo cáo (01/01/2026 - 31/3/2026), xã", [("01/01/2026 - 31/3/2026", "2026-01-01", "2026-03-31", R)]),
    ("p64", P + "Thời gian: 01/10/2025 đến 31/12/2025", [("01/10/2025 đến 31/12/2025", "2025-10-01", "2025-12-31", R)]),
    ("p65", P + "6 tháng năm 2025 tiếp nhận 300 hồ sơ", [("6 tháng năm 2025", "2025-01-01", "2025-06-30", H)]),
    ("p66", P + "KẾT QUẢ 6 THÁNG ĐẦU NĂM 2025", [("6 THÁNG ĐẦU NĂM 2025", "2025-01-01", "2025-06-30", H)]),
    ("p67", P + "06 tháng đầu năm 2025 xã tiếp nhận", [("06 tháng đầu năm 2025", "2025-01-01", "2025-06-30", H)]),
    ("p68", P + "Sáu tháng đầu năm, xã tiếp nhận 200 hồ sơ", [("Sáu tháng đầu năm", "2026-01-01", "2026-06-30", H)]),
    ("p69", P + "Quý 1/2024 tiếp nhận 50 hồ sơ", [("Quý 1/2024", "2024-01-01", "2024-03-31", Q)]),
    ("p70", P + "quí II/2025 tiếp nhận 50 hồ sơ", [("quí II/2025", "2025-04-01", "2025-06-30", Q)]),
    ("p71", P + "trong cả năm 2025 xã tiếp nhận 900 hồ sơ", [("năm 2025", "2025-01-01", "2025-12-31", Y)]),
    ("p72", P + "tăng 2,5% so với 6 tháng đầu năm 2025", [("6 tháng đầu năm 2025", "2025-01-01", "2025-06-30", H)]),
    ("p73", P + "trong quý III.2020, xã tiếp nhận", [("quý III.2020", "2020-07-01", "2020-09-30", Q)]),
    ("p74", P + "Năm học 2025-2026 trường tiếp nhận", []),
    ("p75", P + "Căn cứ Kế hoạch năm 2026 số 43/KH-UBND ngày 13/02/2026 của UBND xã", []),
    ("p76", P + "Báo cáo số 96/BC-UBND ngày 20/6/2026 về kết quả công tác quý II năm 2026",
     [("quý II năm 2026", "2026-04-01", "2026-06-30", Q)]),
    ("p77", P + "Quyết định số 4170/QĐ-UBND ngày 29/12/2023 của UBND huyện về giao chỉ tiêu cải cách hành chính năm 2024", []),
    ("p78", P + "Mục tiêu đến năm 2030 đạt 100% hồ sơ trực tuyến", []),
    ("p79", P + "thời gian giải quyết từ 15 đến 20 ngày, từ 1.000 đến 2.000 hồ sơ", []),
    ("p80", P + "Trong tháng 5 vừa qua, xã tiếp nhận", [("tháng 5", "2026-05-01", "2026-05-31", M)]),
    ("p81", P + "quý IV/2025 và cả năm 2025",
     [("quý IV/2025", "2025-10-01", "2025-12-31", Q), ("năm 2025", "2025-01-01", "2025-12-31", Y)]),
    ("p82", P + "Quyết định số 06/QĐ-TTg ngày 06/01/2022 phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư giai đoạn 2022 - 2025, tầm nhìn đến năm 2030", []),
    ("p83", P + "so với cùng kỳ năm trước tăng 10%", []),
    ("p84", P + "từ ngày 15/3/2026\nđến ngày 14/6/2026", [("từ ngày 15/3/2026\nđến ngày 14/6/2026", "2026-03-15", "2026-06-14", R)]),
    ("p85", P + "tháng 6 năm\n2026 xã tiếp nhận", [("tháng 6 năm\n2026", "2026-06-01", "2026-06-30", M)]),
    ("p86", P + "- Quý I: 120 hồ sơ;\n- Quý II: 140 hồ sơ.",
     [("Quý I", "2026-01-01", "2026-03-31", Q), ("Quý II", "2026-04-01", "2026-06-30", Q)]),
    ("p87", P + "a) Tháng 4: tiếp nhận 80 hồ sơ", [("Tháng 4", "2026-04-01", "2026-04-30", M)]),
    ("p88", P + "Tháng 10/2025 toàn phường tiếp nhận 2.345 hồ sơ, tăng 12% so với tháng 9/2025",
     [("Tháng 10/2025", "2025-10-01", "2025-10-31", M), ("tháng 9/2025", "2025-09-01", "2025-09-30", M)]),
    ("p89", P + "tính từ ngày 1/7/2025 (ngày sáp nhập) đến ngày 30/9/2025", [("từ ngày 1/7/2025 (ngày sáp nhập) đến ngày 30/9/2025", "2025-07-01", "2025-09-30", R)]),
    ("p90", P + "Từ khi vận hành chính quyền địa phương hai cấp (ngày 01/7/2025) đến ngày 30/9/2025, xã",
     [("Từ khi vận hành chính quyền địa phương hai cấp (ngày 01/7/2025) đến ngày 30/9/2025", "2025-07-01", "2025-09-30", R)]),
]

REFS += [
    ("r34", P + "theo QĐ số 714/QĐ-UBND ngày 27/02/2026", [("QĐ số 714/QĐ-UBND ngày 27/02/2026", "714/QĐ-UBND", "QĐ", "2026-02-27")]),
    ("r35", P + "theo Công văn 336/UBND-TTPVHCC của UBND xã", [("Công văn 336/UBND-TTPVHCC", "336/UBND-TTPVHCC", "Công văn", None)]),
    ("r36", P + "Quyết định số 714/QĐ-UBND ngày 27 tháng 02 năm 2026 của UBND tỉnh",
     [("Quyết định số 714/QĐ-UBND ngày 27 tháng 02 năm 2026", "714/QĐ-UBND", "Quyết định", "2026-02-27")]),
    ("r37", P + "Nghị định số 61/2018/NĐ-CP và Nghị định số 107/2021/NĐ-CP của Chính phủ",
     [("Nghị định số 61/2018/NĐ-CP", "61/2018/NĐ-CP", "Nghị định", None), ("Nghị định số 107/2021/NĐ-CP", "107/2021/NĐ-CP", "Nghị định", None)]),
    ("r38", P + "Chương trình số 05/CTr-UBND ngày 5/1/2026", [("Chương trình số 05/CTr-UBND ngày 5/1/2026", "05/CTr-UBND", "Chương trình", "2026-01-05")]),
    ("r39", P + "Thông tư liên tịch số 03/2021/TTLT-TANDTC-VKSNDTC-BCA-BQP",
     [("Thông tư liên tịch số 03/2021/TTLT-TANDTC-VKSNDTC-BCA-BQP", "03/2021/TTLT-TANDTC-VKSNDTC-BCA-BQP", "Thông tư liên tịch", None)]),
    ("r40", P + "Quyết định số 478/KH-UBND ngày 2/3/2026", [("Quyết định số 478/KH-UBND ngày 2/3/2026", "478/KH-UBND", "Quyết định", "2026-03-02")]),
    ("r41", P + "Nghị định số 61/2018/NĐ-\nCP ngày 23/4/2018", [("Nghị định số 61/2018/NĐ-\nCP ngày 23/4/2018", "61/2018/NĐ-CP", "Nghị định", "2018-04-23")]),
    ("r42", P + "Nghị quyết số 66.7/2025/NQ-CP ngày 15/11/2025", [("Nghị quyết số 66.7/2025/NQ-CP ngày 15/11/2025", "66.7/2025/NQ-CP", "Nghị quyết", "2025-11-15")]),
    ("r43", P + "Công điện số 47/CĐ-TTg ngày 10/5/2026", [("Công điện số 47/CĐ-TTg ngày 10/5/2026", "47/CĐ-TTg", "Công điện", "2026-05-10")]),
    ("r44", P + "Quy định 189-QĐ/TW của Bộ Chính trị", [("Quy định 189-QĐ/TW", "189-QĐ/TW", "Quy định", None)]),
    ("r45", P + "Quyết định số 714/QĐ-UBNDngày 27/02/2026 của UBND tỉnh",
     [("Quyết định số 714/QĐ-UBNDngày 27/02/2026", "714/QĐ-UBND", "Quyết định", "2026-02-27")]),
    ("r46", P + "thực hiện Đề án 06 của Chính phủ và Nghị định 118", []),
    ("r47", "UBND XÃ AN BÌNH\nSố:87/BC-UBND\nAn Bình, ngày 20 tháng 6 năm 2026\n", [("87/BC-UBND", "87/BC-UBND", None, None)]),
    ("r48", P + "Kế hoạch 43/KH-UBND ngày 13/02/2026", [("Kế hoạch 43/KH-UBND ngày 13/02/2026", "43/KH-UBND", "Kế hoạch", "2026-02-13")]),
    ("r49", P + "Quyết định số 1234/QĐ-UBND ngày\n12/5/2026 của UBND xã", [("Quyết định số 1234/QĐ-UBND ngày\n12/5/2026", "1234/QĐ-UBND", "Quyết định", "2026-05-12")]),
    ("r50", P + "Thông báo kết luận số 12/TB-UBND ngày 01/6/2026", [("Thông báo kết luận số 12/TB-UBND ngày 01/6/2026", "12/TB-UBND", "Thông báo kết luận", "2026-06-01")]),
]

DOCS += [
    ("d13", HEAD + "Kết quả công tác cải cách hành chính quý III\nnăm 2025\n\nNội dung.",
     dict(title="Kết quả công tác cải cách hành chính quý III năm 2025", kind=Q, period=("2025-07-01", "2025-09-30"))),
    ("d14", HEAD + "Tình hình giải quyết thủ tục hành chính tháng 10/2025\n\nNội dung.",
     dict(kind=M, period=("2025-10-01", "2025-10-31"))),
    ("d15", HEAD + "Sơ kết công tác cải cách hành chính 6 tháng đầu năm và phương hướng, nhiệm vụ 6 tháng cuối năm 2026\n\nNội dung.",
     dict(kind=H, period=("2026-01-01", "2026-06-30"))),
    ("d16", HEAD + "KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH QUÝ I NĂM 2026\n\nNội dung.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n\nĐỗ Thị Hồng Nhung\n",
     dict(kind=Q, signer=("Đỗ Thị Hồng Nhung", "Phó Chủ tịch"))),
    ("d17", "Thứ Sáu, 04/10/2024 - 08:30\n\nHuyện Gia Lâm: 9 tháng giải quyết 98% hồ sơ đúng hạn\n\nTrong 9 tháng, huyện tiếp nhận 12.000 hồ sơ.",
     dict(issuer=None, date="2024-10-04")),
    # the chairman's authority line under a QĐ-UBND number: the committee issues (as the real sets' annotators wrote)
    ("d18", "ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\n\nSố: 125/QĐ-UBND\n\nAn Bình, ngày 03 tháng 02 năm 2026\n\nQUYẾT ĐỊNH\nVề việc kiện toàn Tổ công tác\n\n"
            "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ AN BÌNH\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Kiện toàn.\n\nCHỦ TỊCH\n\n\nPhạm Văn An\n",
     dict(kind="other", number="125/QĐ-UBND", signer=("Phạm Văn An", "Chủ tịch"), title="Về việc kiện toàn Tổ công tác",
          issuer="Ủy ban nhân dân xã An Bình")),
]

PERIODS += [
    ("p91", P + "từ ngày 15 tháng 12 năm 2025 đến ngày 14 tháng 3 năm 2026",
     [("từ ngày 15 tháng 12 năm 2025 đến ngày 14 tháng 3 năm 2026", "2025-12-15", "2026-03-14", R)]),
    ("p92", P + "Từ 15/12/2025 tới 14/3/2026 xã", [("Từ 15/12/2025 tới 14/3/2026", "2025-12-15", "2026-03-14", R)]),
    ("p93", P + "từ 15/3 đến 14/6 xã tiếp nhận", [("từ 15/3 đến 14/6", "2026-03-15", "2026-06-14", R)]),
    ("p94", P + "từ ngày 15/12 đến ngày 14/3/2026", [("từ ngày 15/12 đến ngày 14/3/2026", "2025-12-15", "2026-03-14", R)]),
    ("p95", P + "(Số liệu từ 15/12/2025-14/3/2026)", [("từ 15/12/2025-14/3/2026", "2025-12-15", "2026-03-14", R)]),
    ("p96", P + "Từ ngày 15.12.2025 đến ngày 14.3.2026 xã", [("Từ ngày 15.12.2025 đến ngày 14.3.2026", "2025-12-15", "2026-03-14", R)]),
    ("p97", P + "từ 15-12-2025 đến 14-3-2026 xã", [("từ 15-12-2025 đến 14-3-2026", "2025-12-15", "2026-03-14", R)]),
    ("p98", P + "quý I và quý II năm 2026",
     [("quý I", "2026-01-01", "2026-03-31", Q), ("quý II năm 2026", "2026-04-01", "2026-06-30", Q)]),
    ("p99", P + "Lũy kế từ ngày 01/01/2026 đến ngày 31/5/2026: 900 hồ sơ",
     [("Lũy kế từ ngày 01/01/2026 đến ngày 31/5/2026", "2026-01-01", "2026-05-31", R)]),
    ("p100", P + "từ đầu năm 2026 đến hết ngày 31/5/2026", [("từ đầu năm 2026 đến hết ngày 31/5/2026", "2026-01-01", "2026-05-31", R)]),
    ("p101", P + "Từ ngày 01/7/2025 - 30/9/2025, xã", [("Từ ngày 01/7/2025 - 30/9/2025", "2025-07-01", "2025-09-30", R)]),
    ("p102", P + "Công văn số 336/UBND-TTPVHCC ngày 19/3/2026 của UBND xã về việc báo cáo kết quả tháng 3/2026",
     [("tháng 3/2026", "2026-03-01", "2026-03-31", M)]),
    ("p103", P + "Luật Tổ chức chính quyền địa phương năm 2025 và Bộ luật Dân sự năm 2015", []),
    ("p104", P + "từ ngày 1/7/2025 (ngày sáp nhập) đến ngày 30/9/2025", [("từ ngày 1/7/2025 (ngày sáp nhập) đến ngày 30/9/2025", "2025-07-01", "2025-09-30", R)]),
    ("p105", P + "Từ ngày 01/10/2025 đến ngày 31/12/2025 (quý IV), xã",
     [("Từ ngày 01/10/2025 đến ngày 31/12/2025", "2025-10-01", "2025-12-31", R), ("quý IV", "2026-10-01", "2026-12-31", Q)]),
]

REFS += [
    ("r51", P + "theo NĐ số 61/2018/NĐ-CP", [("NĐ số 61/2018/NĐ-CP", "61/2018/NĐ-CP", "NĐ", None)]),
    ("r52", P + "Quyết định số: 714/QĐ-UBND của tỉnh", [("Quyết định số: 714/QĐ-UBND", "714/QĐ-UBND", "Quyết định", None)]),
    ("r53", P + "Quyết định số 714/QĐ – UBND ngày 27-02-2026 của tỉnh", [("Quyết định số 714/QĐ – UBND ngày 27-02-2026", "714/QĐ-UBND", "Quyết định", "2026-02-27")]),
    ("r54", P + "Văn bản số 12/UBND ngày 1/3/2026 của UBND xã", [("Văn bản số 12/UBND ngày 1/3/2026", "12/UBND", "Văn bản", "2026-03-01")]),
    ("r55", P + "Quyết định số 714/QĐ-UBND ngày 27/02/2026 và số 715/QĐ-UBND ngày 28/02/2026 của UBND tỉnh",
     [("Quyết định số 714/QĐ-UBND ngày 27/02/2026", "714/QĐ-UBND", "Quyết định", "2026-02-27"),
      ("số 715/QĐ-UBND ngày 28/02/2026", "715/QĐ-UBND", "Quyết định", "2026-02-28")]),
    ("r56", P + "Chỉ thị số 24-CT/TU ngày 3/4/2024 của Tỉnh ủy", [("Chỉ thị số 24-CT/TU ngày 3/4/2024", "24-CT/TU", "Chỉ thị", "2024-04-03")]),
    ("r57", P + "Luật Tổ chức chính quyền địa phương số 72/2025/QH15", [("số 72/2025/QH15", "72/2025/QH15", "Luật", None)]),
    ("r58", P + "Quyết định số 714/QĐ-UBND ngày 27/02/2026; Quyết định số 715/QĐ-UBND ngày 28/02/2026.",
     [("Quyết định số 714/QĐ-UBND ngày 27/02/2026", "714/QĐ-UBND", "Quyết định", "2026-02-27"),
      ("Quyết định số 715/QĐ-UBND ngày 28/02/2026", "715/QĐ-UBND", "Quyết định", "2026-02-28")]),
    ("r59", "UBND XÃ AN BÌNH\nSố: ........./BC-UBND\nAn Bình, ngày 20 tháng 6 năm 2026\n", []),
    ("r60", "UBND XÃ AN BÌNH\nSố:   45  /BC-UBND\nAn Bình, ngày 20 tháng 6 năm 2026\n", [("45  /BC-UBND", "45/BC-UBND", None, None)]),
    ("r61", P + "Công văn số 1234/SNV-CCHC&PC ngày 2/2/2026", [("Công văn số 1234/SNV-CCHC&PC ngày 2/2/2026", "1234/SNV-CCHC&PC", "Công văn", "2026-02-02")]),
    ("r62", P + "Quyết định số 714/QĐ-UBND ngày 27.02.2026", [("Quyết định số 714/QĐ-UBND ngày 27.02.2026", "714/QĐ-UBND", "Quyết định", "2026-02-27")]),
]

DOCS += [
    ("d19", "UBND XÃ AN BÌNH\n\nSố: 87/BC-UBND\n\nAn Bình, ngày 05 tháng 01 năm 2026\n\nBÁO CÁO\nKết quả công tác năm 2025 và nhiệm vụ quý I năm 2026\n\nNội dung.",
     dict(issuer="Ủy ban nhân dân xã An Bình", date="2026-01-05", kind=Y, period=("2025-01-01", "2025-12-31"))),
    ("d20", "ỦY BAN NHÂN DÂN\nĐẶC KHU PHÚ QUỐC\n\nSố: 10/BC-UBND\n\nPhú Quốc, ngày 14 tháng 10 năm 2025\n\nBÁO CÁO\nKết quả giải quyết thủ tục hành chính tháng 10 năm 2025\n\nNội dung.",
     dict(unit=("đặc khu", "Phú Quốc"), issuer="Ủy ban nhân dân đặc khu Phú Quốc", kind=M)),
    ("d21", "UBND XÃ AN BÌNH\nTRUNG TÂM PVHCC\n\nSố: 15/BC-TTPVHCC\n\nAn Bình, ngày 14 tháng 5 năm 2026\n\nBÁO CÁO\nKết quả tháng 5 năm 2026\n\nNội dung.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\nLê Thị Bình\n",
     dict(issuer="Trung tâm Phục vụ hành chính công xã An Bình", signer=("Lê Thị Bình", "Phó Giám đốc"))),
    ("d22", "Cập nhật: 17/10/2023\n\nTỉnh Bắc Ninh: Quý III/2023 tỷ lệ hồ sơ đúng hạn đạt 99%\n\nTrong quý III, toàn tỉnh tiếp nhận 50.000 hồ sơ.",
     dict(issuer=None, date="2023-10-17", kind=Q, period=("2023-07-01", "2023-09-30"))),
]

PERIODS += [
    ("p106", P + "từ ngày\n15/3/2026 đến ngày 14/6/2026, xã", [("từ ngày\n15/3/2026 đến ngày 14/6/2026", "2026-03-15", "2026-06-14", R)]),
    ("p107", P + "xã tiếp nhận từ\nngày 15/3/2026 đến ngày 14/6/2026", [("từ\nngày 15/3/2026 đến ngày 14/6/2026", "2026-03-15", "2026-06-14", R)]),
    ("p108", P + "từ ngày 15/3/2026 đến ngày\n14/6/2026", [("từ ngày 15/3/2026 đến ngày\n14/6/2026", "2026-03-15", "2026-06-14", R)]),
    ("p109", P + "kết quả 6 tháng đầu\nnăm 2026 như sau", [("6 tháng đầu\nnăm 2026", "2026-01-01", "2026-06-30", H)]),
    ("p110", P + "kết quả 6\ntháng đầu năm 2026 như sau", [("6\ntháng đầu năm 2026", "2026-01-01", "2026-06-30", H)]),
    ("p111", P + "kết quả tháng\n5/2026 như sau", [("tháng\n5/2026", "2026-05-01", "2026-05-31", M)]),
    ("p112", P + "xã tiếp nhận trong năm\n2025 là 900 hồ sơ", [("năm\n2025", "2025-01-01", "2025-12-31", Y)]),
    ("p113", P + "UBND xã ban hành Kế hoạch kiểm soát thủ tục hành chính\nnăm 2026 để triển khai.", []),
    ("p114", P + "từ  ngày  15/3/2026  đến  ngày  14/6/2026", [("từ  ngày  15/3/2026  đến  ngày  14/6/2026", "2026-03-15", "2026-06-14", R)]),
    ("p115", "6 THÁNG ĐẦU NĂM 2026, XÃ AN BÌNH TIẾP NHẬN 1.250 HỒ SƠ\n\nNgày đăng: 05/07/2026\n\nNội dung.",
     [("6 THÁNG ĐẦU NĂM 2026", "2026-01-01", "2026-06-30", H)]),
    ("p116", "Quý I/2026: Xã An Bình giải quyết 100% hồ sơ đúng hạn\n\nNgày đăng: 05/04/2026\n\nTrong quý I, xã tiếp nhận 300 hồ sơ.",
     [("Quý I/2026", "2026-01-01", "2026-03-31", Q), ("quý I", "2026-01-01", "2026-03-31", Q)]),
    ("p117", P + "tháng 06/2026 tiếp nhận", [("tháng 06/2026", "2026-06-01", "2026-06-30", M)]),
    ("p118", P + "Tháng 5 năm 2026 (từ 15/4/2026 đến 14/5/2026)",
     [("Tháng 5 năm 2026", "2026-05-01", "2026-05-31", M), ("từ 15/4/2026 đến 14/5/2026", "2026-04-15", "2026-05-14", R)]),
    ("p119", P + "Kỳ báo cáo: Quý I/2026", [("Quý I/2026", "2026-01-01", "2026-03-31", Q)]),
    ("p120", P + "Số liệu tính từ ngày 15/12/2025 đến ngày 14/3/2026.", [("từ ngày 15/12/2025 đến ngày 14/3/2026", "2025-12-15", "2026-03-14", R)]),
]

REFS += [
    ("r63", P + "Quyết định số 714/\nQĐ-UBND ngày 27/02/2026", [("Quyết định số 714/\nQĐ-UBND ngày 27/02/2026", "714/QĐ-UBND", "Quyết định", "2026-02-27")]),
    ("r64", P + "thực hiện Quyết\nđịnh số 714/QĐ-UBND", [("Quyết\nđịnh số 714/QĐ-UBND", "714/QĐ-UBND", "Quyết định", None)]),
    ("r65", P + "Nghị định số 61/2018/\nNĐ-CP ngày 23/4/2018", [("Nghị định số 61/2018/\nNĐ-CP ngày 23/4/2018", "61/2018/NĐ-CP", "Nghị định", "2018-04-23")]),
    ("r66", P + "Quyết định  số  714/QĐ-UBND", [("Quyết định  số  714/QĐ-UBND", "714/QĐ-UBND", "Quyết định", None)]),
    ("r67", P + "Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4\nnăm 2018", [("Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4\nnăm 2018", "61/2018/NĐ-CP", "Nghị định", "2018-04-23")]),
    ("r68", P + "Quyết định số 714/QĐ-UBND\nngày 27/02/2026", [("Quyết định số 714/QĐ-UBND\nngày 27/02/2026", "714/QĐ-UBND", "Quyết định", "2026-02-27")]),
    ("r69", P + "Thông báo kết luận số 12/TB-UBND", [("Thông báo kết luận số 12/TB-UBND", "12/TB-UBND", "Thông báo kết luận", None)]),
    ("r70", P + "Kế hoạch thực hiện công tác kiểm soát thủ tục hành chính năm 2026 số 43/KH-UBND ngày 13/02/2026",
     [("số 43/KH-UBND ngày 13/02/2026", "43/KH-UBND", "Kế hoạch", "2026-02-13")]),
]

PERIODS += [
    ("p121", P + "Từ ngày 01/7/2025 (ngày sáp nhập), xã đã tiếp nhận 900 hồ sơ.", []),
    ("p122", "ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\n\nSố: 20/KH-UBND\n\nAn Bình, ngày 10 tháng 01 năm 2026\n\nKẾ HOẠCH\n"
             "Kiểm soát thủ tục hành chính năm 2026\n\nNăm 2025, xã tiếp nhận 900 hồ sơ.",
     [("Năm 2025", "2025-01-01", "2025-12-31", Y)]),
    ("p123", P + "Quý II năm 2026 (số liệu từ ngày 15/3/2026 đến ngày 14/6/2026)",
     [("Quý II năm 2026", "2026-04-01", "2026-06-30", Q), ("từ ngày 15/3/2026 đến ngày 14/6/2026", "2026-03-15", "2026-06-14", R)]),
]

REFS += [
    ("r71", P + "tỷ lệ 1/\nUBND xã đã tiếp nhận", []),
    ("r72", P + "tiếp nhận 1.018/\n1.018 hồ sơ", []),
]

DOCS += [
    ("d23", "ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\n\nSố: 126/QĐ-UBND\n\nAn Bình, ngày 03 tháng 02 năm 2026\n\nQUYẾT ĐỊNH\nBan hành Quy chế làm việc\n\n"
            "ỦY BAN NHÂN DÂN XÃ AN BÌNH\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Ban hành.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\nPhạm Văn An\n",
     dict(issuer="Ủy ban nhân dân xã An Bình", signer=("Phạm Văn An", "Chủ tịch"))),
    ("d24", "ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\n\nSố: 88/BC-UBND\n\nAn Bình, ngày 20 tháng 6 năm 2026\n\nBÁO CÁO\nKết quả giải quyết thủ tục hành chính tháng 6 năm 2026\n\n"
            "Kính gửi:\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\nNội dung.",
     dict(issuer="Ủy ban nhân dân xã An Bình", kind=M)),
]


@cache
def _run(text: str) -> dict:
    doc = Document(text, Source("t.txt", "0" * 64, "txt"))
    return extract_document(doc, only=("references", "periods", "metadata")).to_json()


@pytest.mark.parametrize(("case", "text", "expected"), PERIODS, ids=[c[0] for c in PERIODS])
def test_periods(case: str, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    got = [(f["text"], f["start"], f["end"], f["label"]) for f in _run(text)["facts"] if f["type"] == "period"]
    assert got == [tuple(e) for e in expected]


@pytest.mark.parametrize(("case", "text", "expected"), REFS, ids=[c[0] for c in REFS])
def test_references(case: str, text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    got = [(f["text"], f["id"], f["kind"], f["date"]) for f in _run(text)["facts"] if f["type"] == "reference"]
    assert got == [tuple(e) for e in expected]


def _field(document: dict, key: str) -> object:
    value = document.get(key)
    if value is None:
        return None
    if key == "period":
        return value["start"], value["end"]
    if key == "signer":
        return value["name"], value["title"]
    if key == "unit":
        return value["type"], value["name"]
    return value


@pytest.mark.parametrize(("case", "text", "expected"), DOCS, ids=[c[0] for c in DOCS])
def test_document_fields(case: str, text: str, expected: dict[str, object]) -> None:
    document = _run(text)["document"]
    assert {k: _field(document, k) for k in expected} == expected
