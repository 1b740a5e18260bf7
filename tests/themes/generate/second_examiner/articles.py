# ruff: noqa: E501  # article text stays one paragraph a line, as the portal has it
"""The second examiner's articles, written once as lists of blocks: the
real article and the articles written for these themes, and the other articles
linked as page furniture.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ..portal import HOST, REAL_ARTICLE_TEXT, article_path

SECTION = "CÔNG TÁC ĐẢNG"
TODAY = datetime(2026, 11, 27)
VI_DAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# ---------------------------------------------------------------------------
@dataclass
class Image:
    path: str  # root-relative, raw (unescaped) path incl. query
    big: str | None = None  # a larger version the photo links to
    width: int = 700
    height: int = 467


@dataclass
class Article:
    id: int
    slug: str
    title: str
    when: datetime
    views: int | None
    blocks: list
    summary: str = ""

    def url(self, lang: str = "vi", query: str = "") -> str:
        return HOST + article_path(self.id, self.slug, lang) + query

    def rel(self, lang: str = "vi") -> str:
        return self.url(lang)[len(HOST) :]


def paragraph(t: str) -> tuple[str, str]:
    return ("p", t)


def lead(t: str) -> tuple[str, str]:
    return ("lead", t)


def bullet_list(*items: str) -> tuple[str, list[str]]:
    return ("ul", list(items))


def subheading(t: str) -> tuple[str, str]:
    return ("h", t)


def quote(t: str) -> tuple[str, str]:
    return ("quote", t)


def photo(imgs: Image | list[Image], caption: str | None) -> tuple[str, list[Image], str | None]:
    return ("photo", imgs if isinstance(imgs, list) else [imgs], caption)


def signature(t: str) -> tuple[str, str]:
    return ("sig", t)


# ---------------------------------------------------------------------------
# The real article (portal/000_30f86087a6ec7e8e.txt), verbatim.
REAL_ARTICLE_BLOCKS = REAL_ARTICLE_TEXT.split("\n\n")
REAL_CAPTIONS = (REAL_ARTICLE_BLOCKS[4], REAL_ARTICLE_BLOCKS[7])
REAL_ARTICLE = Article(
    5400812,
    "dang-bo-quan-cau-giay-to-chuc-hoi-nghi-ban-chap-hanh-lan-thu-12",
    REAL_ARTICLE_BLOCKS[1].split("\n")[0],
    datetime(2022, 1, 7, 15, 27),
    171,
    [
        paragraph(REAL_ARTICLE_BLOCKS[2]),
        paragraph(REAL_ARTICLE_BLOCKS[3]),
        photo(
            Image(
                "/documents/20182/5400812/HN-BCH-lan-12-1.jpg/6c1f0d2e-9a55-4d1b-8d0b-5b0f4e2c1a11?t=1641546012345"
            ),
            REAL_ARTICLE_BLOCKS[4],
        ),
        paragraph(REAL_ARTICLE_BLOCKS[5]),
        paragraph(REAL_ARTICLE_BLOCKS[6]),
        photo(
            Image(
                "/documents/20182/5400812/HN-BCH-lan-12-2.jpg/0b7e4c3a-12f0-4a77-9e61-2f3d8c9b7e20?t=1641546019876"
            ),
            REAL_ARTICLE_BLOCKS[7],
        ),
        paragraph(REAL_ARTICLE_BLOCKS[8]),
        paragraph(REAL_ARTICLE_BLOCKS[9]),
        paragraph(REAL_ARTICLE_BLOCKS[10]),
        paragraph(REAL_ARTICLE_BLOCKS[11]),
        paragraph(REAL_ARTICLE_BLOCKS[12]),
        paragraph(REAL_ARTICLE_BLOCKS[13]),
        signature(REAL_ARTICLE_BLOCKS[14]),
    ],
    "Sáng ngày 07-01, Ban Chấp hành Đảng bộ quận Cầu Giấy (khóa VI) đã tổ chức Hội nghị lần thứ 12.",
)
assert REAL_ARTICLE.title == "Đảng bộ quận Cầu Giấy tổ chức Hội nghị Ban Chấp hành lần thứ 12"
assert REAL_ARTICLE_BLOCKS[14] == "VĂN PHÒNG QUẬN ỦY" and len(REAL_ARTICLE_BLOCKS) == 15

# ---------------------------------------------------------------------------
# Articles written for these fixtures (realistic party-work news).
CENTRAL_CONFERENCE_4_CONCLUSION = Article(
    5402318,
    "quan-uy-cau-giay-quan-triet-trien-khai-ket-luan-hoi-nghi-trung-uong-4-khoa-xiii",
    "Quận ủy Cầu Giấy quán triệt, triển khai Kết luận Hội nghị Trung ương 4 khóa XIII",
    datetime(2022, 1, 18, 9, 10),
    12507,
    [
        paragraph(
            "Sáng ngày 18/01, Ban Thường vụ Quận ủy Cầu Giấy tổ chức Hội nghị trực tuyến quán triệt, triển khai "
            "thực hiện {a:/documents/20182/0/KL21-KLTW.pdf|Kết luận số 21-KL/TW} ngày 25/10/2021 của Hội nghị lần thứ "
            "tư Ban Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị. "
            "Hội nghị được kết nối tới 44 điểm cầu tại các chi bộ, đảng bộ cơ sở trực thuộc với hơn 2.300 cán bộ, "
            "đảng viên tham dự."
        ),
        paragraph(
            "Tại Hội nghị, báo cáo viên của Thành ủy đã truyền đạt những nội dung cơ bản của Kết luận, trong đó nhấn "
            "mạnh bốn nhóm nhiệm vụ trọng tâm:"
        ),
        bullet_list(
            "Kiên quyết, kiên trì đấu tranh ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, đạo đức, lối "
            "sống, những biểu hiện “tự diễn biến”, “tự chuyển hóa” trong nội bộ.",
            "Tăng cường công tác kiểm tra, giám sát, kỷ luật đảng; kiểm soát quyền lực trong công tác cán bộ.",
            "Nâng cao chất lượng sinh hoạt chi bộ, phát huy vai trò tiền phong, gương mẫu của cán bộ, đảng viên, "
            "nhất là người đứng đầu.",
            "Đẩy mạnh cải cách hành chính, xây dựng chính quyền điện tử, phục vụ Nhân dân ngày càng tốt hơn.",
        ),
        quote(
            "“Mỗi cán bộ, đảng viên phải thực sự là tấm gương sáng về phẩm chất đạo đức, lối sống; nói đi đôi "
            "với làm, trên trước, dưới sau, trong ngoài như một.”"
        ),
        paragraph(
            "Phát biểu chỉ đạo, đồng chí Trần Thị Phương Hoa - Thành ủy viên, Bí thư Quận ủy yêu cầu các cấp ủy, tổ "
            "chức đảng xây dựng kế hoạch thực hiện sát với thực tiễn của đơn vị, hoàn thành trước ngày 28/02/2022. "
            "Toàn văn Kết luận được đăng tải trên {a:https://tulieuvankien.dangcongsan.vn|Cổng Thông tin điện tử Đảng "
            "Cộng sản Việt Nam} để cán bộ, đảng viên nghiên cứu."
        ),
        photo(
            Image("/documents/20182/5402318/NQ4-bi-thu-phat-bieu.jpg?t=1642471800000"),
            "Đồng chí Trần Thị Phương Hoa - Thành ủy viên, Bí thư Quận ủy phát biểu chỉ đạo tại Hội nghị",
        ),
        paragraph(
            "Sau Hội nghị, 100% chi bộ, đảng bộ cơ sở tổ chức thảo luận tại sinh hoạt chi bộ định kỳ tháng 02/2022; "
            "kết quả thu hoạch của cán bộ, đảng viên được tổng hợp, báo cáo Ban Tuyên giáo Quận ủy."
        ),
        signature("Nguyễn Hà"),
    ],
    "Ban Thường vụ Quận ủy Cầu Giấy tổ chức Hội nghị trực tuyến quán triệt Kết luận số 21-KL/TW tới 44 điểm cầu.",
)

PARTY_BADGES_2023 = Article(
    5402977,
    "dang-bo-quan-cau-giay-trao-huy-hieu-dang-dot-3-2-2023",
    "Đảng bộ quận Cầu Giấy trao Huy hiệu Đảng đợt 3/2/2023",
    datetime(2023, 2, 2, 10, 15),
    2015,
    [
        paragraph(
            "Sáng 02/02, nhân kỷ niệm 93 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2023), Quận "
            "ủy Cầu Giấy long trọng tổ chức Lễ trao Huy hiệu Đảng đợt 3/2 cho các đảng viên lão thành trong Đảng bộ "
            "quận."
        ),
        paragraph(
            "Đợt này, toàn Đảng bộ có 215 đồng chí được trao Huy hiệu Đảng, trong đó có 02 đồng chí nhận Huy hiệu 75 "
            "năm tuổi Đảng, 09 đồng chí nhận Huy hiệu 70 năm, 31 đồng chí nhận Huy hiệu 65 năm, 48 đồng chí nhận Huy "
            "hiệu 60 năm, 56 đồng chí nhận Huy hiệu 55 năm và 69 đồng chí nhận Huy hiệu 50, 45, 40 và 30 năm tuổi "
            "Đảng."
        ),
        photo(
            [
                Image(
                    "/documents/20182/5402977/trao-huy-hieu-1-340.jpg",
                    big="/documents/20182/5402977/trao-huy-hieu-1.jpg",
                    width=340,
                    height=227,
                ),
                Image(
                    "/documents/20182/5402977/trao-huy-hieu-2-340.jpg",
                    big="/documents/20182/5402977/trao-huy-hieu-2.jpg",
                    width=340,
                    height=227,
                ),
            ],
            "Các đồng chí lãnh đạo Quận ủy trao Huy hiệu Đảng và tặng hoa chúc mừng các đảng viên lão thành",
        ),
        paragraph(
            "Thay mặt Ban Thường vụ Quận ủy, đồng chí Bí thư Quận ủy chúc mừng các đồng chí đảng viên vinh dự được "
            "nhận Huy hiệu Đảng; khẳng định đây là phần thưởng cao quý, ghi nhận những cống hiến to lớn của các đồng "
            "chí đối với sự nghiệp cách mạng của Đảng và dân tộc."
        ),
        paragraph(
            "Đồng chí mong muốn các đảng viên lão thành tiếp tục giữ gìn phẩm chất, đạo đức cách mạng, là tấm gương "
            "sáng để thế hệ trẻ học tập, noi theo; tích cực tham gia xây dựng Đảng, chính quyền và các phong trào thi "
            "đua tại khu dân cư."
        ),
        paragraph(
            "Thay mặt các đảng viên được nhận Huy hiệu, đồng chí Phạm Văn Lộc (Chi bộ khu dân cư số 3, Đảng bộ phường "
            "Quan Hoa) bày tỏ niềm tự hào, xúc động và hứa sẽ luôn tuyệt đối trung thành với Đảng, tiếp tục đóng góp "
            "sức mình vào sự phát triển của quận."
        ),
        photo(
            Image(
                "/documents/20182/5402977/dv-lao-thanh-phat-bieu.jpg",
                big="/documents/20182/5402977/dv-lao-thanh-phat-bieu-full.jpg",
            ),
            "Đồng chí Phạm Văn Lộc phát biểu cảm tưởng",
        ),
        signature("BAN TỔ CHỨC QUẬN ỦY"),
    ],
    "Nhân kỷ niệm 93 năm Ngày thành lập Đảng, 215 đảng viên lão thành được trao Huy hiệu Đảng.",
)

SIX_MONTH_REVIEW_2022 = Article(
    5403410,
    "dang-bo-quan-cau-giay-so-ket-cong-tac-xay-dung-dang-6-thang-dau-nam-2022",
    "Đảng bộ quận Cầu Giấy sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2022",
    datetime(2022, 7, 14, 14, 0),
    1234,
    [
        paragraph(
            "Chiều ngày 14/7, Ban Thường vụ Quận ủy Cầu Giấy tổ chức Hội nghị sơ kết công tác xây dựng Đảng, xây dựng "
            "hệ thống chính trị 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2022."
        ),
        paragraph(
            "Theo báo cáo tại Hội nghị, 6 tháng đầu năm, công tác giáo dục chính trị tư tưởng được triển khai kịp thời; "
            "100% tổ chức cơ sở đảng đã tổ chức học tập, quán triệt các nghị quyết, chỉ thị của Trung ương, Thành ủy. "
            "Toàn Đảng bộ kết nạp 97 đảng viên mới, đạt 65% chỉ tiêu năm; Ủy ban Kiểm tra các cấp đã kiểm tra 18 tổ "
            "chức đảng và 26 đảng viên khi có dấu hiệu vi phạm."
        ),
        photo(
            Image("/documents/20182/5403410/so-ket-6-thang-quang-canh.jpg"),
            "Quang cảnh Hội nghị sơ kết",
        ),
        paragraph(
            "Bên cạnh kết quả đạt được, Hội nghị cũng chỉ ra một số hạn chế: chất lượng sinh hoạt chi bộ ở một số nơi "
            "chưa cao; việc nắm bắt tình hình tư tưởng trong cán bộ, đảng viên và Nhân dân có lúc chưa kịp thời."
        ),
        paragraph(
            "Kết luận Hội nghị, đồng chí Nguyễn Văn Chiến - Phó Bí thư Thường trực Quận ủy đề nghị các cấp ủy tập "
            "trung lãnh đạo thực hiện thắng lợi nhiệm vụ 6 tháng cuối năm, trọng tâm là chuẩn bị tốt Đại hội chi bộ "
            "nhiệm kỳ 2022 - 2025 và hoàn thành chỉ tiêu phát triển đảng viên."
        ),
        photo(
            Image("/documents/20182/5403410/so-ket-6-thang-ket-luan.jpg"),
            "Đồng chí Nguyễn Văn Chiến phát biểu kết luận Hội nghị",
        ),
        signature("BAN TUYÊN GIÁO QUẬN ỦY"),
    ],
    "Toàn Đảng bộ kết nạp 97 đảng viên mới trong 6 tháng đầu năm, đạt 65% chỉ tiêu năm.",
)

NEW_MEMBERS_COURSE_2022 = Article(
    5403566,
    "khai-giang-lop-boi-duong-ly-luan-chinh-tri-danh-cho-dang-vien-moi-nam-2022",
    "Khai giảng lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới năm 2022",
    datetime(2022, 3, 22, 8, 15),
    87,
    [
        paragraph(
            "Sáng 22/3, Trung tâm Chính trị quận Cầu Giấy khai giảng lớp bồi dưỡng lý luận chính trị dành cho đảng "
            "viên mới đợt 1 năm 2022. Tham dự lớp học có 112 học viên là đảng viên mới, đảng viên dự bị của các chi "
            "bộ, đảng bộ cơ sở trực thuộc Quận ủy."
        ),
        photo(Image("/documents/20182/5403566/khai-giang-lop-dang-vien-moi.jpg"), None),
        paragraph(
            "Trong thời gian 7 ngày, các học viên được nghiên cứu, học tập 9 chuyên đề về chủ nghĩa Mác - Lênin, tư "
            "tưởng Hồ Chí Minh; những vấn đề cơ bản về Đảng Cộng sản Việt Nam; nhiệm vụ của đảng viên và công tác xây "
            "dựng chi bộ, đảng bộ cơ sở."
        ),
        paragraph(
            "Phát biểu khai giảng, đồng chí Giám đốc Trung tâm Chính trị quận đề nghị các học viên chấp hành nghiêm nội "
            "quy lớp học, tích cực nghiên cứu tài liệu, liên hệ với thực tiễn công tác tại đơn vị."
        ),
        photo(
            Image("/documents/20182/5403566/hoc-vien-lop-dang-vien-moi.jpg"),
            "Các học viên tham dự lớp bồi dưỡng",
        ),
        paragraph(
            "Kết thúc khóa học, học viên viết bài thu hoạch; các đồng chí đạt yêu cầu được cấp giấy chứng nhận làm căn "
            "cứ để xét chuyển đảng viên chính thức."
        ),
        signature("TRUNG TÂM CHÍNH TRỊ QUẬN"),
    ],
    "112 đảng viên mới tham dự lớp bồi dưỡng lý luận chính trị đợt 1 năm 2022.",
)

SCHOOL_CELL_ADMISSION = Article(
    5404102,
    "chi-bo-truong-thcs-cau-giay-ket-nap-dang-vien-moi",
    "Chi bộ Trường THCS Cầu Giấy kết nạp đảng viên mới",
    datetime(2022, 10, 7),
    None,
    [
        paragraph(
            "Ngày 07/10, Chi bộ Trường THCS Cầu Giấy tổ chức Lễ kết nạp đảng viên mới cho quần chúng Nguyễn Thị Thu "
            "Trang, giáo viên Ngữ văn của nhà trường."
        ),
        paragraph(
            "Tại buổi lễ, đồng chí Bí thư Chi bộ đã công bố Quyết định kết nạp đảng viên của Ban Thường vụ Quận ủy, trao "
            "Quyết định và nhắc nhở đảng viên mới tiếp tục rèn luyện, phấn đấu trong thời gian dự bị."
        ),
        paragraph(
            "Đảng viên mới xúc động tuyên thệ dưới cờ Đảng, hứa tuyệt đối trung thành với mục đích, lý tưởng của Đảng, "
            "chấp hành nghiêm Cương lĩnh chính trị, Điều lệ Đảng và hoàn thành tốt nhiệm vụ được giao."
        ),
        paragraph(
            "Năm học 2022 - 2023, Chi bộ Trường THCS Cầu Giấy có 28 đảng viên; chi bộ liên tục nhiều năm liền được công "
            "nhận hoàn thành xuất sắc nhiệm vụ."
        ),
    ],
    "Chi bộ Trường THCS Cầu Giấy kết nạp đảng viên mới là giáo viên Ngữ văn của nhà trường.",
)

DICH_VONG_HAU_CONGRESS = Article(
    5405231,
    "dang-bo-phuong-dich-vong-hau-to-chuc-dai-hoi-diem-nhiem-ky-2020-2025",
    "Đảng bộ phường Dịch Vọng Hậu tổ chức Đại hội điểm nhiệm kỳ 2020 - 2025",
    datetime(2020, 5, 12, 8, 0),
    3456,
    [
        lead(
            "Đại hội Đảng bộ phường Dịch Vọng Hậu lần thứ VI, nhiệm kỳ 2020 - 2025 là Đại hội điểm cấp cơ sở của "
            "Đảng bộ quận Cầu Giấy, được tổ chức trang trọng với sự tham dự của 175 đại biểu đại diện cho hơn 900 "
            "đảng viên trong toàn Đảng bộ."
        ),
        paragraph(
            "Dự và chỉ đạo Đại hội có đồng chí Trần Thị Phương Hoa - Thành ủy viên, Bí thư Quận ủy; các đồng chí trong "
            "Ban Thường vụ Quận ủy, lãnh đạo HĐND, UBND quận."
        ),
        paragraph(
            "Nhiệm kỳ 2015 - 2020, Đảng bộ phường Dịch Vọng Hậu đã lãnh đạo hoàn thành và hoàn thành vượt mức 16/16 chỉ "
            "tiêu Nghị quyết Đại hội đề ra; tổng thu ngân sách trên địa bàn năm 2019 đạt 1.620 tỷ đồng, gấp 1,8 lần so "
            "với năm 2015."
        ),
        photo(
            Image("/documents/20182/5405231/dai-hoi-dvh-bieu-quyet.jpg"),
            "Các đại biểu biểu quyết thông qua chương trình Đại hội",
        ),
        paragraph(
            "Đại hội đã bầu Ban Chấp hành Đảng bộ phường khóa VI gồm 15 đồng chí; bầu đoàn đại biểu đi dự Đại hội đại "
            "biểu Đảng bộ quận Cầu Giấy lần thứ VI, nhiệm kỳ 2020 - 2025 gồm 12 đại biểu chính thức và 01 đại biểu dự "
            "khuyết."
        ),
        photo(
            Image("/documents/20182/5405231/dai-hoi-dvh-ra-mat-bch.jpg"),
            "Ban Chấp hành Đảng bộ phường Dịch Vọng Hậu khóa VI ra mắt Đại hội",
        ),
        paragraph(
            "Kinh nghiệm từ Đại hội điểm sẽ được Ban Thường vụ Quận ủy tổng kết, rút kinh nghiệm để chỉ đạo Đại hội các "
            "đảng bộ cơ sở còn lại hoàn thành trước ngày 30/5/2020."
        ),
        signature("THU HÀ"),
    ],
    "Đại hội điểm cấp cơ sở của Đảng bộ quận với 175 đại biểu tham dự.",
)

INSPECTION_COMMITTEE_2023 = Article(
    5406014,
    "uy-ban-kiem-tra-quan-uy-cau-giay-trien-khai-nhiem-vu-nam-2023",
    "Ủy ban Kiểm tra Quận ủy Cầu Giấy triển khai nhiệm vụ năm 2023",
    datetime(2023, 1, 10, 16, 45),
    905,
    [
        lead(
            "Năm 2023, Ủy ban Kiểm tra Quận ủy Cầu Giấy xác định tiếp tục nâng cao chất lượng công tác kiểm tra, "
            "giám sát, góp phần xây dựng Đảng bộ quận trong sạch, vững mạnh."
        ),
        paragraph(
            "Chiều 10/01, Ủy ban Kiểm tra Quận ủy tổ chức Hội nghị tổng kết công tác kiểm tra, giám sát và thi hành kỷ "
            "luật đảng năm 2022, triển khai nhiệm vụ năm 2023."
        ),
        paragraph(
            "Năm 2022, cấp ủy, Ủy ban Kiểm tra các cấp trong Đảng bộ quận đã kiểm tra 96 tổ chức đảng và 142 đảng viên; "
            "giám sát chuyên đề 71 tổ chức đảng và 118 đảng viên. Qua kiểm tra, giám sát đã kịp thời chấn chỉnh những "
            "thiếu sót, khuyết điểm, không để xảy ra vi phạm nghiêm trọng."
        ),
        photo(
            Image("/documents/20182/5406014/ubkt-tong-ket-2022.jpg"), "Quang cảnh Hội nghị tổng kết"
        ),
        paragraph(
            "Năm 2023, Ủy ban Kiểm tra Quận ủy tập trung kiểm tra, giám sát việc thực hiện Quy định số 08-QĐi/TW của "
            "Ban Chấp hành Trung ương về trách nhiệm nêu gương của cán bộ, đảng viên; công tác quản lý đất đai, trật "
            "tự xây dựng, đầu tư công và việc kê khai tài sản, thu nhập."
        ),
        signature("ỦY BAN KIỂM TRA QUẬN ỦY"),
    ],
    "Năm 2022, cấp ủy, Ủy ban Kiểm tra các cấp đã kiểm tra 96 tổ chức đảng và 142 đảng viên.",
)

DIRECTIVE_05_REVIEW = Article(
    5407120,
    "cau-giay-so-ket-5-nam-thuc-hien-chi-thi-05-ct-tw-cua-bo-chinh-tri",
    "Cầu Giấy sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị",
    datetime(2021, 4, 26, 15, 0),
    640,
    [
        paragraph(
            "Chiều 26/4, Ban Thường vụ Quận ủy Cầu Giấy tổ chức Hội nghị sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW ngày "
            "15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh."
        ),
        paragraph(
            "Qua 5 năm, việc học tập và làm theo Bác đã trở thành việc làm thường xuyên, tự giác của cán bộ, đảng viên và "
            "Nhân dân. Các cấp ủy đã xây dựng 1.152 mô hình, điển hình tiên tiến; nhiều cách làm hay như “Ngày thứ Bảy "
            "vì dân”, “Tiếp dân lưu động” được Nhân dân đồng tình, hưởng ứng."
        ),
        photo(
            Image("/documents/20182/5407120/so-ket-ct05-khen-thuong.jpg"),
            "Ban Thường vụ Quận ủy khen thưởng các tập thể, cá nhân có thành tích xuất sắc",
        ),
        paragraph(
            "Dịp này, Ban Thường vụ Quận ủy tặng Giấy khen cho 20 tập thể và 35 cá nhân có thành tích tiêu biểu trong học "
            "tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh giai đoạn 2016 - 2021."
        ),
        signature("Thanh Tâm"),
    ],
    "Các cấp ủy đã xây dựng 1.152 mô hình, điển hình tiên tiến trong học tập và làm theo Bác.",
)

MASS_MOBILISATION_2022 = Article(
    5408333,
    "quan-uy-cau-giay-tong-ket-cong-tac-dan-van-nam-2022",
    "Quận ủy Cầu Giấy tổng kết công tác dân vận năm 2022",
    datetime(2022, 12, 20, 14, 30),
    0,
    [
        paragraph(
            "Chiều 20/12, Ban Dân vận Quận ủy Cầu Giấy tổ chức Hội nghị tổng kết công tác dân vận năm 2022, triển khai "
            "nhiệm vụ năm 2023."
        ),
        paragraph(
            "Năm 2022, công tác dân vận của hệ thống chính trị quận được triển khai đồng bộ; phong trào thi đua “Dân vận "
            "khéo” tiếp tục lan tỏa với 186 mô hình được công nhận ở các cấp. Việc thực hiện Quy chế dân chủ ở cơ sở được "
            "chú trọng, góp phần giải quyết kịp thời các kiến nghị của Nhân dân."
        ),
        paragraph(
            "Công tác phối hợp giữa chính quyền với Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội (UBMTTQ, Hội Cựu "
            "chiến binh, Hội Liên hiệp Phụ nữ, Đoàn Thanh niên) ngày càng chặt chẽ, hiệu quả."
        ),
        paragraph(
            "Năm 2023, Ban Dân vận Quận ủy đề nghị các cấp ủy tiếp tục đổi mới nội dung, phương thức công tác dân vận; "
            "nâng cao trách nhiệm tiếp xúc, đối thoại trực tiếp của người đứng đầu với Nhân dân."
        ),
        signature("BAN DÂN VẬN QUẬN ỦY"),
    ],
    "Phong trào thi đua “Dân vận khéo” lan tỏa với 186 mô hình được công nhận.",
)

PARTY_92ND_ANNIVERSARY = Article(
    5409051,
    "gap-mat-ky-niem-92-nam-ngay-thanh-lap-dang-cong-san-viet-nam",
    "Gặp mặt kỷ niệm 92 năm Ngày thành lập Đảng Cộng sản Việt Nam",
    datetime(2022, 1, 28, 9, 0),
    1020,
    [
        paragraph(
            "Sáng 28/01, Quận ủy Cầu Giấy tổ chức gặp mặt kỷ niệm 92 năm Ngày thành lập Đảng Cộng sản Việt Nam "
            "(03/02/1930 - 03/02/2022) và chúc Tết các đồng chí nguyên lãnh đạo quận qua các thời kỳ."
        ),
        paragraph(
            "Tại buổi gặp mặt, đồng chí Bí thư Quận ủy đã thông báo nhanh kết quả thực hiện nhiệm vụ chính trị năm 2021 "
            "và những nhiệm vụ trọng tâm năm 2022 của quận. Các đồng chí nguyên lãnh đạo quận phấn khởi trước những kết "
            "quả quan trọng mà Đảng bộ, chính quyền và Nhân dân quận đạt được trong bối cảnh dịch bệnh Covid-19."
        ),
        photo(
            Image("/image/journal/article?img_id=5409060&t=1643335200000"),
            "Các đại biểu dự buổi gặp mặt",
        ),
        paragraph(
            "Nhiều ý kiến tâm huyết đã được gửi tới Ban Thường vụ Quận ủy, trong đó đề nghị quận tiếp tục quan tâm công "
            "tác xây dựng Đảng, chăm lo đời sống Nhân dân và chuẩn bị chu đáo các hoạt động kỷ niệm 25 năm thành lập "
            "quận."
        ),
        signature("VĂN PHÒNG QUẬN ỦY"),
    ],
    "Quận ủy gặp mặt, chúc Tết các đồng chí nguyên lãnh đạo quận qua các thời kỳ.",
)

THEMATIC_STUDY_2023 = Article(
    5410287,
    "quan-uy-cau-giay-hoc-tap-quan-triet-chuyen-de-nam-2023",
    "Quận ủy Cầu Giấy học tập, quán triệt chuyên đề năm 2023",
    datetime(2023, 6, 8, 8, 0),
    0,
    [
        paragraph(
            "Sáng 08/6, Quận ủy Cầu Giấy tổ chức Hội nghị học tập, quán triệt chuyên đề năm 2023 “Học tập và làm theo "
            "tư tưởng, đạo đức, phong cách Hồ Chí Minh về xây dựng văn hóa và con người Việt Nam phát triển toàn diện, "
            "hướng đến chân - thiện - mỹ, thấm đượm tinh thần dân tộc, nhân văn, dân chủ và khoa học”."
        ),
        paragraph(
            "Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến tới 44 điểm cầu các đảng bộ, chi bộ cơ sở "
            "với sự tham gia của hơn 3.000 cán bộ, đảng viên."
        ),
        photo(
            Image(
                "/documents/20182/5410287/chuyen-de-2023-bao-cao-vien.jpg",
                big="/documents/20182/5410287/chuyen-de-2023-bao-cao-vien-2048.jpg",
                width=800,
                height=533,
            ),
            "Báo cáo viên truyền đạt nội dung chuyên đề năm 2023",
        ),
        paragraph(
            "Các cấp ủy, chi bộ được yêu cầu đưa nội dung chuyên đề vào sinh hoạt chi bộ định kỳ; mỗi cán bộ, đảng viên "
            "xây dựng kế hoạch tu dưỡng, rèn luyện gắn với nhiệm vụ được giao, hoàn thành trước ngày 30/6/2023."
        ),
        signature("Minh Anh"),
    ],
    "Hơn 3.000 cán bộ, đảng viên học tập chuyên đề năm 2023 tại 44 điểm cầu.",
)

NGHIA_TAN_CELL_MEETING = Article(
    5411608,
    "chi-bo-khu-dan-cu-so-5-phuong-nghia-tan-sinh-hoat-chuyen-de",
    "Chi bộ Khu dân cư số 5 phường Nghĩa Tân sinh hoạt chuyên đề về xây dựng nếp sống văn minh",
    datetime(2021, 8, 15, 19, 30),
    2048,
    [
        paragraph(
            "Tối 15/8, Chi bộ Khu dân cư số 5 phường Nghĩa Tân tổ chức sinh hoạt chuyên đề “Xây dựng nếp sống văn minh "
            "đô thị, giữ gìn vệ sinh môi trường khu dân cư”. Do diễn biến của dịch Covid-19, buổi sinh hoạt được tổ chức "
            "trực tuyến với 47/49 đảng viên tham dự."
        ),
        paragraph(
            "Các ý kiến tập trung vào những giải pháp cụ thể như: vận động các hộ gia đình phân loại rác tại nguồn; duy "
            "trì tổng vệ sinh vào sáng Chủ nhật hằng tuần; tuyên truyền để người dân không lấn chiếm vỉa hè, lòng "
            "đường."
        ),
        photo(
            Image(
                "/documents/20182/5411608/kdc5-sinh-hoat-truc-tuyen.jpg",
                big="/documents/20182/5411608/kdc5-sinh-hoat-truc-tuyen-full.jpg",
                width=800,
                height=450,
            ),
            "Đảng viên Chi bộ Khu dân cư số 5 sinh hoạt chuyên đề theo hình thức trực tuyến",
        ),
        paragraph(
            "Chi bộ thống nhất giao cho các đảng viên phụ trách từng tổ dân phố, định kỳ báo cáo kết quả tại sinh hoạt "
            "chi bộ hằng tháng."
        ),
    ],
    "Buổi sinh hoạt chuyên đề trực tuyến với 47/49 đảng viên tham dự.",
)

CONGRESS_PREPARATION_CHECK = Article(
    5412345,
    "quan-uy-cau-giay-kiem-tra-cong-tac-chuan-bi-dai-hoi-chi-bo-nhiem-ky-2022-2025",
    "Quận ủy Cầu Giấy kiểm tra công tác chuẩn bị Đại hội chi bộ nhiệm kỳ 2022 - 2025",
    datetime(2022, 6, 9, 10, 30),
    518,
    [
        paragraph(
            "Thực hiện Chỉ thị số 13-CT/TU của Thành ủy Hà Nội, từ ngày 01/6 đến ngày 08/6, các đoàn kiểm tra của Ban "
            "Thường vụ Quận ủy Cầu Giấy đã kiểm tra công tác chuẩn bị Đại hội chi bộ trực thuộc đảng ủy cơ sở nhiệm kỳ "
            "2022 - 2025 tại 12 đảng bộ cơ sở."
        ),
        subheading("I. KẾT QUẢ KIỂM TRA"),
        paragraph(
            "Qua kiểm tra cho thấy, các đảng ủy cơ sở đã ban hành kế hoạch, hướng dẫn tổ chức Đại hội chi bộ kịp thời; "
            "chọn 01 chi bộ làm điểm để rút kinh nghiệm. Dự thảo báo cáo chính trị của các chi bộ đánh giá sát thực tế, "
            "xác định rõ mục tiêu, chỉ tiêu nhiệm kỳ mới."
        ),
        paragraph(
            "Công tác nhân sự được chuẩn bị chu đáo, đúng quy trình; tỷ lệ cấp ủy viên nữ, cấp ủy viên trẻ tuổi đạt yêu "
            "cầu. Một số chi bộ còn chậm hoàn thiện hồ sơ nhân sự, cần khắc phục trước ngày 15/6."
        ),
        subheading("II. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI"),
        bullet_list(
            "- Hoàn thành Đại hội chi bộ trước ngày 30/6/2022, bảo đảm đúng Điều lệ Đảng và hướng dẫn của cấp trên;",
            "- Chú trọng đổi mới cách thức tổ chức Đại hội, tiết kiệm, trang trọng, không phô trương hình thức;",
            "- Tăng cường công tác bảo vệ chính trị nội bộ, nắm bắt tư tưởng cán bộ, đảng viên trong quá trình chuẩn bị "
            "Đại hội.",
        ),
        quote(
            "Đại hội chi bộ phải thực sự là đợt sinh hoạt chính trị sâu rộng, phát huy dân chủ, trí tuệ của đảng "
            "viên."
        ),
        paragraph(
            "Ban Thường vụ Quận ủy giao Ban Tổ chức Quận ủy tổng hợp kết quả, báo cáo Thường trực Quận ủy trước ngày "
            "20/6/2022."
        ),
        signature("Hoàng Long"),
    ],
    "Các đoàn kiểm tra của Ban Thường vụ Quận ủy kiểm tra công tác chuẩn bị Đại hội chi bộ tại 12 đảng bộ cơ sở.",
)

# Page furniture: other articles listed in sidebars, related lists and listings.
# (id, slug, title, when, views)
OTHERS = [
    (
        5211375,
        "hoi-nghi-ban-chap-hanh-dang-bo-quan-cau-giay-lan-thu-36",
        "Hội nghị Ban Chấp hành Đảng bộ quận Cầu Giấy lần thứ 36",
        datetime(2020, 3, 3, 14, 0),
        490,
    ),
    (
        5399871,
        "cau-giay-phat-dong-thi-dua-chao-mung-25-nam-thanh-lap-quan",
        "Cầu Giấy phát động thi đua chào mừng 25 năm thành lập quận",
        datetime(2022, 1, 7, 9, 30),
        1520,
    ),
    (
        5398112,
        "hoi-nghi-bao-cao-vien-thang-12-2021",
        "Hội nghị báo cáo viên tháng 12/2021",
        datetime(2021, 12, 28, 8, 0),
        312,
    ),
    (
        5397420,
        "dai-hoi-dai-bieu-hoi-cuu-chien-binh-quan-cau-giay-lan-thu-vii",
        "Đại hội đại biểu Hội Cựu chiến binh quận Cầu Giấy lần thứ VII",
        datetime(2022, 3, 15, 8, 30),
        4102,
    ),
    (
        5396003,
        "trien-khai-cong-tac-phat-trien-dang-vien-nam-2022",
        "Triển khai công tác phát triển đảng viên năm 2022",
        datetime(2022, 2, 16, 14, 0),
        998,
    ),
    (
        5395550,
        "tong-ket-cong-tac-thi-dua-khen-thuong-khoi-dang-quan",
        "Tổng kết công tác thi đua khen thưởng Khối Đảng quận",
        datetime(2021, 12, 30, 15, 45),
        2764,
    ),
]
ALL_ARTICLES = [
    REAL_ARTICLE,
    CENTRAL_CONFERENCE_4_CONCLUSION,
    PARTY_BADGES_2023,
    SIX_MONTH_REVIEW_2022,
    NEW_MEMBERS_COURSE_2022,
    SCHOOL_CELL_ADMISSION,
    DICH_VONG_HAU_CONGRESS,
    INSPECTION_COMMITTEE_2023,
    DIRECTIVE_05_REVIEW,
    MASS_MOBILISATION_2022,
    PARTY_92ND_ANNIVERSARY,
    THEMATIC_STUDY_2023,
    NGHIA_TAN_CELL_MEETING,
    CONGRESS_PREPARATION_CHECK,
]


def day_month_year(d: datetime) -> str:
    return f"{d:%d/%m/%Y}"


def hour_minute(d: datetime) -> str:
    return f"{d:%H:%M}"


def vi_number(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def en_number(n: int) -> str:
    return f"{n:,}"


def other_url(o: tuple[int, str, str, datetime, int], lang: str = "vi") -> str:
    return article_path(o[0], o[1], lang)


def today_line(lang: str) -> str:
    days = VI_DAYS if lang == "vi" else EN_DAYS
    return f"{days[TODAY.weekday()]}, {day_month_year(TODAY)}"
