# ruff: noqa: E501  # article text stays one paragraph a line, as the portal has it
"""The third examiner's articles (Article objects): every expected value is
computed from the same source text the page is rendered from.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timedelta
from typing import Any

from ..encoders import collapse_whitespace, nfc
from ..portal import HOST, REAL_ARTICLE_BLOCKS, article_path

# ---------------------------------------------------------------- articles


# (year, month, day[, hour, minute[, second]]) as the page shows it
When = tuple[int, ...]


def slug(title: str) -> str:
    s = unicodedata.normalize("NFD", title.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def article_url(aid: int, title: str, lang: str = "vi") -> str:
    return HOST + article_path(aid, slug(title), lang)


class Article:
    """One article's source text.  Blocks:
    ("p", text) ("lead", text) ("quote", text) ("lines", [text, ...]) --
    one <p> split by <br>, each line a paragraph -- ("ol", [item, ...]),
    ("img", file, caption or None), ("pair", (file, cap), (file, cap)),
    ("video", src), ("doc", before, link text, href, after)."""

    def __init__(
        self,
        aid: int,
        title: str,
        when: When,
        views: int | None,
        blocks: list[Any],
        author: str | None,
    ) -> None:
        self.aid, self.title, self.when, self.views = aid, title, when, views
        self.blocks, self.author = blocks, author

    @property
    def has_time(self) -> bool:
        return len(self.when) > 3

    def dt(self) -> datetime:
        y, m, d, *hms = self.when
        hms = ([*hms, 0, 0, 0])[:3]
        return datetime(y, m, d, hms[0], hms[1], hms[2])

    def iso(self) -> str:
        return self.dt().strftime("%Y-%m-%dT%H:%M:%S") + "+07:00"

    def utc_attr(self) -> str:
        return (self.dt() - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S") + "+00:00"

    def paragraphs(self) -> list[str]:
        out = []
        for b in self.blocks:
            k = b[0]
            if k in ("p", "lead", "quote"):
                out.append(b[1])
            elif k in ("lines", "ol"):
                out.extend(b[1])
            elif k == "doc":
                out.append(b[1] + " " + b[2] + b[4])
        return [collapse_whitespace(nfc(p)) for p in out]

    def body(self) -> str:
        return "\n\n".join(self.paragraphs())

    def photo_captions(self) -> list[str | None]:
        out = []
        for b in self.blocks:
            if b[0] == "img":
                out.append(b[2])
            elif b[0] == "pair":
                out.extend([b[1][1], b[2][1]])
        return out


REAL_BLOCKS = REAL_ARTICLE_BLOCKS[2:]
# the real article as a reader sees it (portal/000_30f86087a6ec7e8e.txt):
# P1 P2 [photo: CAP1] P3 P4 [photo: CAP2] P5 D1..D4 P6 SIGNATURE
(
    REAL_PARA_1,
    REAL_PARA_2,
    REAL_CAPTION_1,
    REAL_PARA_3,
    REAL_PARA_4,
    REAL_CAPTION_2,
    REAL_PARA_5,
    REAL_DASH_1,
    REAL_DASH_2,
    REAL_DASH_3,
    REAL_DASH_4,
    REAL_PARA_6,
    REAL_SIGNATURE,
) = REAL_BLOCKS

REAL_ARTICLE = Article(
    5183327,
    "Đảng bộ quận Cầu Giấy tổ chức Hội nghị Ban Chấp hành lần thứ 12",
    (2022, 1, 7, 15, 27),
    171,
    [
        ("p", REAL_PARA_1),
        ("p", REAL_PARA_2),
        ("img", "hn-bch-lan-12-01.jpg", REAL_CAPTION_1),
        ("p", REAL_PARA_3),
        ("p", REAL_PARA_4),
        ("img", "hn-bch-lan-12-02.jpg", REAL_CAPTION_2),
        ("p", REAL_PARA_5),
        ("p", REAL_DASH_1),
        ("p", REAL_DASH_2),
        ("p", REAL_DASH_3),
        ("p", REAL_DASH_4),
        ("p", REAL_PARA_6),
    ],
    REAL_SIGNATURE,
)

INSPECTION_REVIEW_2022 = Article(
    5610101,
    "Ủy ban Kiểm tra Quận ủy Cầu Giấy tổng kết công tác kiểm tra, giám sát năm 2022",
    (2023, 1, 12, 9, 30),
    None,
    [
        (
            "p",
            "Chiều ngày 11/01, Ủy ban Kiểm tra Quận ủy Cầu Giấy tổ chức Hội nghị tổng kết công tác "
            "kiểm tra, giám sát và thi hành kỷ luật đảng năm 2022, triển khai nhiệm vụ năm 2023. Đồng chí "
            "Nguyễn Thị Lan Hương - Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Quận ủy chủ trì Hội nghị.",
        ),
        (
            "img",
            "ubkt-tong-ket-2022-1.jpg",
            "Đồng chí Chủ nhiệm Ủy ban Kiểm tra Quận ủy phát biểu tại Hội nghị. Ảnh: Minh Anh",
        ),
        (
            "p",
            "Năm 2022, cấp ủy, Ủy ban Kiểm tra các cấp trong Đảng bộ quận đã bám sát chương trình công "
            "tác, chủ động xây dựng kế hoạch kiểm tra, giám sát có trọng tâm, trọng điểm. Các cuộc kiểm tra, "
            "giám sát được tiến hành đúng quy trình, bảo đảm chất lượng và thời gian theo kế hoạch.",
        ),
        (
            "lines",
            [
                "Cụ thể:",
                "- Cấp ủy các cấp đã kiểm tra 58 tổ chức đảng và 126 đảng viên; giám sát chuyên đề 47 tổ "
                "chức đảng và 98 đảng viên.",
                "- Ủy ban Kiểm tra các cấp đã kiểm tra 21 tổ chức đảng và đảng viên khi có dấu hiệu vi phạm; "
                "kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát đối với 35 tổ chức đảng.",
                "- Công tác giải quyết tố cáo, khiếu nại kỷ luật đảng được thực hiện kịp thời, đúng thẩm quyền.",
            ],
        ),
        ("img", "ubkt-tong-ket-2022-2.jpg", None),
        (
            "p",
            "Phát biểu chỉ đạo Hội nghị, đồng chí Phó Bí thư Thường trực Quận ủy đề nghị Ủy ban Kiểm tra "
            "các cấp tiếp tục nâng cao chất lượng công tác tham mưu, chủ động phát hiện sớm, ngăn chặn từ xa "
            "những vi phạm của tổ chức đảng và đảng viên; tăng cường giám sát thường xuyên, tập trung vào "
            "những lĩnh vực nhạy cảm, dễ phát sinh sai phạm.",
        ),
        (
            "p",
            "Nhân dịp này, Ủy ban Kiểm tra Quận ủy đã khen thưởng 6 tập thể và 12 cá nhân có thành tích "
            "xuất sắc trong công tác kiểm tra, giám sát năm 2022.",
        ),
    ],
    "Minh Anh",
)

PARTY_BADGES = Article(
    5610214,
    "Trao Huy hiệu Đảng đợt 3/2 cho đảng viên Đảng bộ quận Cầu Giấy",
    (2023, 2, 3, 10, 15),
    1234,
    [
        (
            "lead",
            "Nhân dịp kỷ niệm 93 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2023), "
            "sáng ngày 02/02, Quận ủy Cầu Giấy tổ chức Lễ trao Huy hiệu Đảng đợt 3/2 cho các đồng chí "
            "đảng viên cao tuổi Đảng.",
        ),
        (
            "lines",
            [
                "Tại buổi lễ, Quận ủy đã trao Huy hiệu Đảng cho 152 đồng chí đảng viên, trong đó:",
                "1. Huy hiệu 75 năm tuổi Đảng: 04 đồng chí;",
                "2. Huy hiệu 70 năm tuổi Đảng: 11 đồng chí;",
                "3. Huy hiệu 65, 60, 55 năm tuổi Đảng: 49 đồng chí;",
                "4. Huy hiệu 50, 45, 40, 30 năm tuổi Đảng: 88 đồng chí.",
            ],
        ),
        (
            "img",
            "trao-huy-hieu-dang-3-2.jpg",
            "Lãnh đạo Quận ủy trao Huy hiệu 75 năm tuổi Đảng cho các đồng chí đảng viên lão thành",
        ),
        (
            "quote",
            "Thay mặt các đảng viên được nhận Huy hiệu, đồng chí Lê Văn Thịnh, đảng viên Chi bộ khu dân "
            "cư số 5, phường Nghĩa Tân bày tỏ: “Được nhận Huy hiệu 75 năm tuổi Đảng là niềm vinh dự, tự "
            "hào lớn lao. Tôi nguyện tiếp tục giữ gìn phẩm chất, đạo đức của người đảng viên, gương mẫu để "
            "con cháu noi theo”.",
        ),
        (
            "p",
            "Phát biểu tại buổi lễ, đồng chí Bí thư Quận ủy chúc mừng các đồng chí đảng viên được nhận Huy "
            "hiệu Đảng và mong muốn các đồng chí tiếp tục phát huy truyền thống, kinh nghiệm, tham gia đóng "
            "góp ý kiến xây dựng Đảng, xây dựng chính quyền, là tấm gương sáng cho thế hệ trẻ học tập, noi theo.",
        ),
    ],
    "BAN TỔ CHỨC QUẬN ỦY",
)

CENTRAL_RESOLUTION_6_STUDY = Article(
    5610327,
    "Hội nghị học tập, quán triệt Nghị quyết Hội nghị Trung ương 6 khóa XIII",
    (2023, 3, 7, 8, 5),
    2045,
    [
        (
            "p",
            "Sáng 07/3, Ban Thường vụ Quận ủy Cầu Giấy tổ chức Hội nghị học tập, quán triệt, triển khai "
            "thực hiện Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII theo hình thức "
            "trực tiếp kết hợp trực tuyến tới 44 điểm cầu tại các tổ chức cơ sở đảng.",
        ),
        (
            "img",
            "hn-quan-triet-nq-tw6.jpg",
            "Quang cảnh Hội nghị tại điểm cầu Trung tâm Chính trị quận",
        ),
        (
            "p",
            "Tại Hội nghị, các đại biểu được nghe báo cáo viên Thành ủy truyền đạt những nội dung cơ bản "
            "của Nghị quyết số 27-NQ/TW về tiếp tục xây dựng và hoàn thiện Nhà nước pháp quyền xã hội chủ "
            "nghĩa Việt Nam trong giai đoạn mới; Nghị quyết số 28-NQ/TW về tiếp tục đổi mới phương thức lãnh "
            "đạo, cầm quyền của Đảng đối với hệ thống chính trị.",
        ),
        (
            "p",
            "Ngoài ra, Hội nghị cũng được nghe quán triệt Nghị quyết số 29-NQ/TW về tiếp tục đẩy mạnh công "
            "nghiệp hóa, hiện đại hóa đất nước đến năm 2030, tầm nhìn đến năm 2045 và Kết luận số 50-KL/TW "
            "của Bộ Chính trị.",
        ),
        (
            "p",
            "Đồng chí Phó Bí thư Quận ủy đề nghị các cấp ủy, tổ chức đảng nghiêm túc xây dựng kế hoạch thực "
            "hiện Nghị quyết sát với tình hình thực tế của đơn vị; hoàn thành việc học tập, quán triệt đến "
            "100% cán bộ, đảng viên trước ngày 31/3/2023.",
        ),
        ("p", "Hội nghị kết thúc vào 11 giờ 30 cùng ngày."),
    ],
    None,
)

DICH_VONG_HAU_CONGRESS = Article(
    5610438,
    "Đảng bộ phường Dịch Vọng Hậu tổ chức Đại hội điểm chi bộ nhiệm kỳ 2022 - 2025",
    (2022, 4, 15, 14, 0),
    389,
    [
        (
            "p",
            "Thực hiện Chỉ thị số 10-CT/TU của Ban Thường vụ Thành ủy về đại hội chi bộ trực thuộc đảng bộ "
            "cơ sở nhiệm kỳ 2022 - 2025, ngày 14/4, Đảng ủy phường Dịch Vọng Hậu chỉ đạo Chi bộ Khu dân cư "
            "số 3 tổ chức Đại hội điểm.",
        ),
        ("img", "dh-chi-bo-kdc3-dvh-1.jpg", None),
        (
            "p",
            "Đại hội đã đánh giá kết quả thực hiện Nghị quyết Đại hội chi bộ nhiệm kỳ 2020 - 2022: chi bộ "
            "đã lãnh đạo nhân dân trong khu dân cư thực hiện tốt các chủ trương của Đảng, chính sách, pháp "
            "luật của Nhà nước; công tác phòng, chống dịch Covid-19 được triển khai quyết liệt, hiệu quả; 3 "
            "năm liền chi bộ được xếp loại hoàn thành tốt nhiệm vụ.",
        ),
        (
            "p",
            "Đại hội đã bầu Chi ủy nhiệm kỳ 2022 - 2025 gồm 3 đồng chí; bầu đồng chí Phạm Thị Thu Trang "
            "giữ chức Bí thư Chi bộ, đồng chí Nguyễn Minh Đức giữ chức Phó Bí thư Chi bộ.",
        ),
        (
            "img",
            "dh-chi-bo-kdc3-dvh-2.jpg",
            "Chi ủy Chi bộ Khu dân cư số 3 nhiệm kỳ 2022 - 2025 ra mắt Đại hội",
        ),
        (
            "p",
            "Kết quả Đại hội điểm là cơ sở để các chi bộ trực thuộc Đảng bộ phường rút kinh nghiệm, tổ "
            "chức thành công đại hội chi bộ, hoàn thành trước ngày 30/5/2022.",
        ),
    ],
    "BAN TUYÊN GIÁO QUẬN ỦY",
)

NGHIA_DO_WORKING_VISIT = Article(
    5610549,
    "Ban Thường vụ Quận ủy làm việc với Đảng ủy phường Nghĩa Đô",
    (2022, 9, 21, 16, 45, 30),
    764,
    [
        (
            "p",
            "Chiều ngày 20/9, đoàn công tác Ban Thường vụ Quận ủy Cầu Giấy do đồng chí Bí thư Quận ủy làm "
            "trưởng đoàn đã có buổi làm việc với Ban Thường vụ Đảng ủy phường Nghĩa Đô về kết quả thực hiện "
            "nhiệm vụ chính trị 9 tháng đầu năm, phương hướng nhiệm vụ những tháng cuối năm 2022.",
        ),
        (
            "p",
            "Báo cáo tại buổi làm việc cho thấy, 9 tháng đầu năm 2022, Đảng ủy phường đã lãnh đạo hoàn "
            "thành nhiều chỉ tiêu quan trọng: thu ngân sách đạt 87% dự toán; kết nạp 14 đảng viên mới; giải "
            "quyết dứt điểm 23/25 đơn thư; không để phát sinh điểm nóng về an ninh trật tự.",
        ),
        ("img", "btv-lam-viec-nghia-do.jpg", "Đồng chí Bí thư Quận ủy phát biểu tại buổi làm việc"),
        (
            "p",
            "Bên cạnh kết quả đạt được, Đảng ủy phường cũng thẳng thắn chỉ ra một số tồn tại, hạn chế như: "
            "công tác quản lý trật tự xây dựng có lúc chưa chặt chẽ; tiến độ giải phóng mặt bằng một số dự "
            "án còn chậm.",
        ),
        (
            "p",
            "Kết luận buổi làm việc, đồng chí Bí thư Quận ủy ghi nhận những cố gắng của Đảng bộ phường và "
            "yêu cầu Đảng ủy phường tập trung chỉ đạo hoàn thành các chỉ tiêu năm 2022, trong đó chú trọng "
            "công tác chỉnh trang đô thị, bảo đảm vệ sinh môi trường và chuẩn bị tốt các điều kiện tổ chức "
            "Tết Nguyên đán Quý Mão 2023.",
        ),
    ],
    "VĂN PHÒNG QUẬN ỦY",
)

PARTY_AWARENESS_COURSE_2023 = Article(
    5610652,
    "Khai giảng lớp bồi dưỡng nhận thức về Đảng năm 2023",
    (2023, 2, 8, 14, 30),
    1508,
    [
        (
            "lead",
            "Sáng ngày 08/02, Trung tâm Chính trị quận Cầu Giấy tổ chức khai giảng lớp bồi dưỡng nhận "
            "thức về Đảng năm 2023 cho 120 quần chúng ưu tú là cán bộ, công chức, viên chức, người lao "
            "động và đoàn viên thanh niên trên địa bàn quận.",
        ),
        (
            "p",
            "Trong thời gian 5 ngày, các học viên được nghiên cứu 5 chuyên đề theo chương trình của Ban "
            "Tuyên giáo Trung ương, gồm:",
        ),
        (
            "ol",
            [
                "Khái quát lịch sử Đảng Cộng sản Việt Nam;",
                "Chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh - nền tảng tư tưởng, kim chỉ nam cho hành động "
                "của Đảng;",
                "Mục tiêu, con đường đi lên chủ nghĩa xã hội ở Việt Nam;",
                "Tổ chức, nguyên tắc tổ chức và hoạt động của Đảng; nhiệm vụ của đảng viên;",
                "Phấn đấu trở thành đảng viên Đảng Cộng sản Việt Nam.",
            ],
        ),
        (
            "pair",
            (
                "khai-giang-ttct-2023-1.jpg",
                "Đồng chí Giám đốc Trung tâm Chính trị quận phát biểu khai giảng",
            ),
            ("khai-giang-ttct-2023-2.jpg", "Các học viên tham dự lớp bồi dưỡng"),
        ),
        (
            "quote",
            "“Mỗi học viên cần xác định rõ động cơ phấn đấu vào Đảng, nghiêm túc học tập, tích cực tu "
            "dưỡng, rèn luyện để sớm được đứng vào hàng ngũ của Đảng”, đồng chí Giám đốc Trung tâm Chính "
            "trị quận nhấn mạnh.",
        ),
        ("video", "https://www.youtube.com/embed/Xq3pZk7TtQw"),
        (
            "doc",
            "Chương trình chi tiết lớp học được đăng tải tại",
            "Kế hoạch số 12-KH/TTCT",
            "/documents/20182/0/KH-12-TTCT.pdf",
            ".",
        ),
        (
            "p",
            "Kết thúc khóa học, học viên sẽ làm bài thu hoạch; những học viên đạt yêu cầu được cấp Giấy "
            "chứng nhận hoàn thành chương trình bồi dưỡng nhận thức về Đảng.",
        ),
    ],
    "TRUNG TÂM CHÍNH TRỊ QUẬN",
)

DIRECTIVE_05_REVIEW = Article(
    5610763,
    "Quận ủy Cầu Giấy sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW",
    (2021, 5, 16),
    3002,
    [
        (
            "p",
            "Ngày 15/5, Ban Thường vụ Quận ủy Cầu Giấy tổ chức Hội nghị sơ kết 5 năm thực hiện Chỉ thị số "
            "05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí "
            "Minh, giai đoạn 2016 - 2021.",
        ),
        (
            "p",
            "Qua 5 năm triển khai, việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh đã trở "
            "thành nhu cầu tự giác, thường xuyên của cán bộ, đảng viên và nhân dân trong quận. 100% chi bộ "
            "đưa nội dung học tập và làm theo Bác vào sinh hoạt chi bộ định kỳ; nhiều mô hình hay, cách làm "
            "sáng tạo được nhân rộng.",
        ),
        (
            "img",
            "so-ket-ct05-1.jpg",
            "Đồng chí Trưởng Ban Tuyên giáo Quận ủy báo cáo sơ kết (Ảnh: Thu Hà)",
        ),
        ("img", "so-ket-ct05-2.jpg", "Các đại biểu dự Hội nghị (Ảnh: Thu Hà)"),
        (
            "p",
            "Tại Hội nghị, Ban Thường vụ Quận ủy đã khen thưởng 15 tập thể và 30 cá nhân có thành tích "
            "tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh giai đoạn 2016 - 2021.",
        ),
        (
            "p",
            "Thời gian tới, Quận ủy Cầu Giấy tiếp tục gắn việc thực hiện Chỉ thị số 05-CT/TW với việc thực "
            "hiện Nghị quyết Trung ương 4 khóa XII về xây dựng, chỉnh đốn Đảng, coi đây là nhiệm vụ thường "
            "xuyên của các cấp ủy, tổ chức đảng.",
        ),
    ],
    "Thu Hà",
)

SCHOOL_CELL_ADMISSION = Article(
    5610874,
    "Kết nạp đảng viên mới tại Chi bộ Trường THCS Cầu Giấy",
    (2023, 1, 9, 8, 5),
    455,
    [
        (
            "p",
            "Ngày 06/01/2023, Chi bộ Trường THCS Cầu Giấy tổ chức Lễ kết nạp đảng viên mới cho 02 quần "
            "chúng ưu tú là giáo viên của nhà trường: đồng chí Nguyễn Thu Hằng và đồng chí Trần Đức Mạnh.",
        ),
        (
            "p",
            "Buổi lễ được tổ chức trang trọng, đúng nghi thức theo quy định của Điều lệ Đảng. Tại buổi lễ, "
            "các đồng chí đảng viên mới đã đọc lời tuyên thệ trước cờ Đảng, cờ Tổ quốc và chân dung Chủ tịch "
            "Hồ Chí Minh.",
        ),
        (
            "img",
            "ket-nap-dv-thcs-cg.jpg",
            "Đồng chí Bí thư Chi bộ trao Quyết định kết nạp cho các đảng viên mới",
        ),
        (
            "p",
            "Thay mặt cấp ủy, đồng chí Bí thư Chi bộ chúc mừng các đồng chí đảng viên mới và đề nghị các "
            "đồng chí không ngừng học tập, rèn luyện, phấn đấu trở thành đảng viên chính thức, phát huy vai "
            "trò tiên phong, gương mẫu trong công tác giảng dạy và giáo dục học sinh.",
        ),
        (
            "p",
            "Năm học 2022 - 2023, Chi bộ Trường THCS Cầu Giấy phấn đấu kết nạp thêm 03 đảng viên, đưa tổng "
            "số đảng viên của chi bộ lên 41 đồng chí.",
        ),
    ],
    "ĐẢNG ỦY PHƯỜNG QUAN HOA",
)

EXECUTIVE_COMMITTEE_36TH = Article(
    5211375,
    "Hội nghị Ban Chấp hành Đảng bộ quận Cầu Giấy lần thứ 36",
    (2020, 3, 3, 14, 0),
    490,
    [
        (
            "p",
            "Chiều ngày 03/3, Ban Chấp hành Đảng bộ quận Cầu Giấy khóa V tổ chức Hội nghị lần thứ 36 để "
            "đánh giá kết quả thực hiện nhiệm vụ tháng 02, triển khai nhiệm vụ trọng tâm tháng 3 năm 2020 và "
            "cho ý kiến vào dự thảo các văn kiện trình Đại hội đại biểu Đảng bộ quận lần thứ VI, nhiệm kỳ "
            "2020 - 2025.",
        ),
        (
            "img",
            "hn-bch-lan-36.jpg",
            "Toàn cảnh Hội nghị Ban Chấp hành Đảng bộ quận Cầu Giấy lần thứ 36",
        ),
        (
            "lines",
            [
                "Hội nghị đã thảo luận, cho ý kiến vào dự thảo Báo cáo chính trị của Ban Chấp hành Đảng bộ "
                "quận khóa V trình Đại hội; dự thảo Báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của Ban Chấp "
                "hành Đảng bộ quận nhiệm kỳ 2015 - 2020.",
                "Về công tác phòng, chống dịch bệnh Covid-19, Ban Chấp hành yêu cầu các cấp ủy, chính quyền "
                "tiếp tục quán triệt tinh thần “chống dịch như chống giặc”, chủ động các phương án ứng phó, "
                "không để dịch bệnh lây lan trên địa bàn quận.",
            ],
        ),
        (
            "p",
            "Hội nghị cũng đã thống nhất thông qua Quy chế bầu cử tại Đại hội, đề án nhân sự Ban Chấp hành "
            "Đảng bộ quận nhiệm kỳ 2020 - 2025 để báo cáo Ban Thường vụ Thành ủy.",
        ),
    ],
    "VĂN PHÒNG QUẬN ỦY",
)

PARTY_93RD_ANNIVERSARY_TALK = Article(
    5611096,
    "Tọa đàm kỷ niệm 93 năm Ngày thành lập Đảng Cộng sản Việt Nam",
    (2023, 2, 2, 9, 0),
    612,
    [
        (
            "p",
            "Hướng tới kỷ niệm 93 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2023), ngày "
            "01/02, Ban Tuyên giáo Quận ủy Cầu Giấy phối hợp với Trung tâm Chính trị quận tổ chức Tọa đàm với "
            "chủ đề “Đảng Cộng sản Việt Nam - 93 năm lãnh đạo cách mạng”.",
        ),
        (
            "p",
            "Tại Tọa đàm, các đại biểu đã ôn lại truyền thống vẻ vang của Đảng qua 93 năm lãnh đạo cách mạng "
            "Việt Nam, khẳng định những thành tựu to lớn, có ý nghĩa lịch sử mà đất nước đạt được sau gần 40 "
            "năm thực hiện công cuộc đổi mới.",
        ),
        ("img", "toa-dam-93-nam.jpg", "Các đại biểu tham dự Tọa đàm"),
        (
            "p",
            "Nhiều ý kiến tham luận tập trung làm rõ vai trò của tổ chức cơ sở đảng và đảng viên trong thực "
            "hiện nhiệm vụ chính trị tại địa phương; kinh nghiệm nâng cao chất lượng sinh hoạt chi bộ; giải "
            "pháp phát triển đảng viên trong các doanh nghiệp ngoài khu vực nhà nước.",
        ),
        (
            "p",
            "Phát biểu kết luận, đồng chí Trưởng Ban Tuyên giáo Quận ủy đề nghị các chi, đảng bộ tiếp tục "
            "đẩy mạnh tuyên truyền về truyền thống vẻ vang của Đảng, góp phần củng cố niềm tin của cán bộ, "
            "đảng viên và nhân dân vào sự lãnh đạo của Đảng.",
        ),
    ],
    "BAN TUYÊN GIÁO QUẬN ỦY",
)

INSPECTION_COMMITTEE_2023 = Article(
    5611107,
    "Ủy ban Kiểm tra Quận ủy triển khai nhiệm vụ năm 2023",
    (2023, 1, 16, 14, 20),
    0,
    [
        (
            "p",
            "Ngày 16/01, Ủy ban Kiểm tra Quận ủy Cầu Giấy tổ chức Hội nghị triển khai chương trình kiểm "
            "tra, giám sát năm 2023 tới các đồng chí Bí thư, Chủ nhiệm Ủy ban Kiểm tra đảng ủy cơ sở.",
        ),
        (
            "p",
            "Năm 2023, Ủy ban Kiểm tra Quận ủy xác định tập trung kiểm tra, giám sát việc lãnh đạo, chỉ đạo "
            "thực hiện Nghị quyết Đại hội Đảng bộ quận lần thứ VI; công tác quản lý đất đai, trật tự xây "
            "dựng; việc kê khai tài sản, thu nhập của cán bộ thuộc diện Ban Thường vụ Quận ủy quản lý.",
        ),
        ("p", "Các tổ chức cơ sở đảng được yêu cầu:"),
        (
            "p",
            "- Xây dựng chương trình kiểm tra, giám sát sát với thực tế, hoàn thành trước ngày 28/02/2023;",
        ),
        ("p", "- Chủ động nắm tình hình, kịp thời phát hiện dấu hiệu vi phạm để kiểm tra;"),
        ("p", "- Thực hiện nghiêm chế độ báo cáo định kỳ với Ủy ban Kiểm tra Quận ủy."),
        (
            "p",
            "Hội nghị cũng đã thông tin một số vụ việc vi phạm điển hình đã được xử lý trong năm 2022 để "
            "các đơn vị rút kinh nghiệm.",
        ),
    ],
    "ỦY BAN KIỂM TRA QUẬN ỦY",
)

TET_VISITS = Article(
    5611329,
    "Đoàn công tác Quận ủy thăm, chúc Tết các gia đình chính sách",
    (2023, 1, 18, 10, 30),
    1020,
    [
        (
            "lead",
            "Nhân dịp Tết Nguyên đán Quý Mão 2023, từ ngày 16 đến 18/01, các đoàn công tác của Quận ủy, "
            "HĐND, UBND, Ủy ban MTTQ Việt Nam quận Cầu Giấy đã đến thăm, chúc Tết và tặng quà các gia đình "
            "chính sách, người có công tiêu biểu trên địa bàn 8 phường.",
        ),
        (
            "p",
            "Tại các gia đình, thay mặt lãnh đạo quận, các đồng chí trưởng đoàn đã ân cần thăm hỏi sức khỏe, "
            "tình hình đời sống, gửi lời chúc mừng năm mới và tặng quà các gia đình; bày tỏ lòng biết ơn sâu "
            "sắc đối với những hy sinh, đóng góp của các thế hệ đi trước cho sự nghiệp cách mạng.",
        ),
        (
            "img",
            "tham-chuc-tet-quy-mao.jpg",
            "Đồng chí Bí thư Quận ủy thăm, chúc Tết gia đình Mẹ Việt Nam anh hùng tại phường Yên Hòa",
        ),
        (
            "p",
            "Dịp Tết năm nay, quận Cầu Giấy đã tặng 8.650 suất quà với tổng trị giá hơn 5,2 tỷ đồng cho các "
            "đối tượng chính sách, hộ nghèo, hộ cận nghèo và người có hoàn cảnh khó khăn trên địa bàn.",
        ),
        (
            "p",
            "Các gia đình bày tỏ xúc động, cảm ơn sự quan tâm của Đảng bộ, chính quyền quận và hứa sẽ tiếp "
            "tục gương mẫu, động viên con cháu chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của "
            "Nhà nước.",
        ),
    ],
    "VĂN PHÒNG QUẬN ỦY",
)

# other articles, seen only as links in sidebars, related lists and listings
OTHERS = [
    (
        5609871,
        "Quận ủy Cầu Giấy triển khai nhiệm vụ công tác Dân vận năm 2022",
        (2022, 1, 5, 9, 10),
        88,
        "Ban Dân vận Quận ủy tổ chức hội nghị triển khai nhiệm vụ công tác dân vận năm 2022 tới các chi, "
        "đảng bộ cơ sở.",
    ),
    (
        5609702,
        "Hội nghị tổng kết công tác Tuyên giáo năm 2021",
        (2021, 12, 30, 16, 5),
        245,
        "Ban Tuyên giáo Quận ủy tổng kết công tác tuyên giáo năm 2021, biểu dương 12 tập thể có thành tích xuất sắc.",
    ),
    (
        5609655,
        "Trao Quyết định chuẩn y Ban Chấp hành Đảng bộ phường Mai Dịch",
        (2021, 12, 28, 10, 0),
        132,
        "Ban Thường vụ Quận ủy trao Quyết định chuẩn y Ban Chấp hành, Ban Thường vụ Đảng ủy phường Mai Dịch.",
    ),
    (
        5609540,
        "Đảng bộ Khối cơ quan quận tổng kết công tác năm 2021",
        (2021, 12, 24, 15, 40),
        97,
        "Đảng bộ Khối cơ quan quận Cầu Giấy tổng kết công tác xây dựng Đảng năm 2021 và triển khai nhiệm vụ năm 2022.",
    ),
    (
        5609433,
        "Bồi dưỡng nghiệp vụ công tác văn phòng cấp ủy năm 2021",
        (2021, 12, 20, 8, 30),
        61,
        "Văn phòng Quận ủy tổ chức lớp bồi dưỡng nghiệp vụ cho cán bộ làm công tác văn phòng cấp ủy cơ sở.",
    ),
    (
        5609318,
        "Phường Yên Hòa ra mắt mô hình “Chi bộ 4 tốt”",
        (2021, 12, 16, 14, 0),
        310,
        "Đảng ủy phường Yên Hòa ra mắt mô hình điểm “Chi bộ 4 tốt” tại Chi bộ Khu dân cư số 7.",
    ),
]


def day_month_year(when: When) -> str:
    y, m, d = when[:3]
    return f"{d:02d}/{m:02d}/{y}"


def day_month_year_time(when: When) -> str:
    return f"{day_month_year(when)} {when[3]:02d}:{when[4]:02d}"


def iso_when(when: When) -> str:
    return Article(0, "", when, None, [], None).iso()


def other_url(o: tuple[int, str, When, int, str], lang: str = "vi") -> str:
    return article_url(o[0], o[1], lang)
