# ruff: noqa: E501  # article text stays one paragraph a line, as the portal has it
"""The first examiner's article model: one Story gives both the page and the
expected Article; the real article and the articles written for these themes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin

from ..encoders import reader_text
from ..portal import REAL_ARTICLE_BLOCKS, article_path


@dataclass
class Photo:
    src: str  # as written in the page (before entity escaping of '&')
    caption: str | None
    habit: str  # how the CMS marks it up, see render_photo()

    def url(self, page_url: str) -> str:
        return urljoin(page_url, self.src)

    @property
    def filename(self) -> str:
        return self.src.split("?")[0].rstrip("/").split("/")[-1] or self.src


@dataclass
class Subheading:
    """A bold subheading inside the body: a paragraph of its own."""

    text: str


@dataclass
class EmptyParagraph:
    """An empty paragraph left by the editor (<p>&nbsp;</p>)."""


@dataclass
class Story:
    article_id: int
    slug: str
    title: str
    date: str  # as the page shows it, d/m/Y
    time: str  # H:M
    items: list  # str (paragraph) | Photo | Sub | Empty
    author: str | None = None
    author_style: str = "right_strong"

    def iso(self) -> str:
        d, m, y = (int(x) for x in self.date.split("/"))
        hh, mm = (int(x) for x in self.time.split(":"))
        return f"{y:04d}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:00+07:00"

    def paragraphs(self) -> list[str]:
        out = []
        for it in self.items:
            if isinstance(it, str):
                out.append(reader_text(it))
            elif isinstance(it, Subheading):
                out.append(reader_text(it.text))
        return out

    def photos(self) -> list[Photo]:
        return [it for it in self.items if isinstance(it, Photo)]

    def path(self, en: bool) -> str:
        return article_path(self.article_id, self.slug, "en" if en else "vi")


# --------------------------------------------------------------------------
# The real article (shared/portal/000_30f86087a6ec7e8e.txt), verbatim
# --------------------------------------------------------------------------

# The real article as a reader sees it:
# P1 P2 [photo: CAPTION_1] P3 P4 [photo: CAPTION_2] P5 ... SIGNATURE
REAL_TITLE = REAL_ARTICLE_BLOCKS[1].split("\n")[0]
REAL_CAPTION_1 = REAL_ARTICLE_BLOCKS[4]
REAL_CAPTION_2 = REAL_ARTICLE_BLOCKS[7]
REAL_AUTHOR = REAL_ARTICLE_BLOCKS[-1]
REAL_PARAS = [
    block
    for block in REAL_ARTICLE_BLOCKS[2:]
    if block not in (REAL_CAPTION_1, REAL_CAPTION_2, REAL_AUTHOR)
]


def real_story(photo1: Photo, photo2: Photo, author_style: str, **story_fields: Any) -> Story:
    p = REAL_PARAS
    items = [p[0], p[1], photo1, p[2], p[3], photo2, *p[4:]]
    return Story(
        article_id=5263781,
        slug="dang-bo-quan-cau-giay-to-chuc-hoi-nghi-ban-chap-hanh-lan-thu-12",
        title=REAL_TITLE,
        date="07/01/2022",
        time="15:27",
        items=items,
        author=REAL_AUTHOR,
        author_style=author_style,
        **story_fields,
    )


# --------------------------------------------------------------------------
# Articles written for these fixtures (realistic Party-work news)
# --------------------------------------------------------------------------


def story_huy_hieu(photo_a: Photo, photo_b: Photo) -> Story:
    return Story(
        article_id=5184410,
        slug="quan-uy-cau-giay-trao-huy-hieu-dang-dot-3-2-2021",
        title="Quận ủy Cầu Giấy trao Huy hiệu Đảng đợt 3/2/2021 cho 215 đảng viên",
        date="02/02/2021",
        time="09:30",
        items=[
            "Sáng ngày 02/02, Quận ủy Cầu Giấy tổ chức Lễ trao Huy hiệu Đảng đợt 3/2/2021 cho 215 đảng viên "
            "thuộc 58 tổ chức cơ sở đảng trong Đảng bộ quận. Dự buổi lễ có đồng chí Trần Thị Phương Hoa - "
            "Thành ủy viên, Bí thư Quận ủy; các đồng chí trong Ban Thường vụ Quận ủy; đại diện lãnh đạo các "
            "ban xây dựng Đảng Quận ủy và đảng ủy các phường.",
            "Đợt này, có 03 đảng viên được nhận Huy hiệu 75 năm tuổi Đảng, 12 đảng viên nhận Huy hiệu 70 năm "
            "tuổi Đảng, 36 đảng viên nhận Huy hiệu 65 năm tuổi Đảng, 58 đảng viên nhận Huy hiệu 60 năm tuổi "
            "Đảng, 45 đảng viên nhận Huy hiệu 55 năm tuổi Đảng, 39 đảng viên nhận Huy hiệu 50 năm tuổi Đảng, "
            "15 đảng viên nhận Huy hiệu 45 năm tuổi Đảng và 7 đảng viên nhận Huy hiệu 40 năm tuổi Đảng.",
            photo_a,
            "Phát biểu tại buổi lễ, đồng chí Bí thư Quận ủy chúc mừng các đồng chí đảng viên được nhận Huy "
            "hiệu Đảng đợt này; khẳng định đây là phần thưởng cao quý, ghi nhận những cống hiến, đóng góp của "
            "các đồng chí đối với sự nghiệp cách mạng của Đảng và dân tộc.",
            EmptyParagraph(),
            "Đồng chí mong muốn các đồng chí đảng viên lão thành tiếp tục giữ gìn phẩm chất, đạo đức của người "
            "đảng viên, phát huy vai trò tiền phong, gương mẫu, tham gia đóng góp ý kiến xây dựng Đảng, xây "
            "dựng chính quyền, là tấm gương sáng cho thế hệ trẻ noi theo.",
            photo_b,
            "Thay mặt các đảng viên được trao tặng Huy hiệu, đồng chí Nguyễn Văn Bình, đảng viên Chi bộ khu "
            "dân cư số 5, phường Quan Hoa bày tỏ niềm vinh dự, tự hào và hứa sẽ tiếp tục rèn luyện, tu dưỡng, "
            "xứng đáng với niềm tin của Đảng và Nhân dân.",
        ],
        author="BAN TỔ CHỨC QUẬN ỦY",
        author_style="upper_bold",
    )


def story_nghi_quyet_tw4(photo: Photo) -> Story:
    return Story(
        article_id=5241122,
        slug="dang-bo-quan-cau-giay-hoc-tap-quan-triet-nghi-quyet-trung-uong-4-khoa-xiii",
        title="Đảng bộ quận Cầu Giấy học tập, quán triệt Nghị quyết Trung ương 4 khóa XIII",
        date="24/12/2021",
        time="08:00",
        items=[
            "Ngày 24/12, Ban Thường vụ Quận ủy Cầu Giấy tổ chức Hội nghị trực tuyến học tập, quán triệt, triển "
            "khai thực hiện Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII tới cán bộ, "
            "đảng viên toàn Đảng bộ quận. Hội nghị được tổ chức tại điểm cầu chính Trung tâm Chính trị quận và "
            "22 điểm cầu các đảng bộ, chi bộ cơ sở.",
            "Tại Hội nghị, các đại biểu đã được nghe báo cáo viên Thành ủy truyền đạt những nội dung cơ bản của "
            "Kết luận số 21-KL/TW về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị; kiên quyết ngăn "
            "chặn, đẩy lùi, xử lý nghiêm cán bộ, đảng viên suy thoái về tư tưởng chính trị, đạo đức, lối sống, "
            "biểu hiện “tự diễn biến”, “tự chuyển hóa”.",
            photo,
            "Các đại biểu cũng được quán triệt Quy định số 37-QĐ/TW về những điều đảng viên không được làm và "
            "Kết luận số 14-KL/TW của Bộ Chính trị về chủ trương khuyến khích và bảo vệ cán bộ năng động, sáng "
            "tạo vì lợi ích chung.",
            "Phát biểu chỉ đạo Hội nghị, đồng chí Phó Bí thư Thường trực Quận ủy đề nghị các cấp ủy, tổ chức đảng "
            "khẩn trương xây dựng chương trình hành động, kế hoạch thực hiện sát với tình hình thực tế của địa "
            "phương, đơn vị; trong đó tập trung vào các nội dung:",
            "- Tăng cường công tác giáo dục chính trị tư tưởng, nâng cao nhận thức của cán bộ, đảng viên về nhiệm "
            "vụ xây dựng, chỉnh đốn Đảng.",
            "- Đẩy mạnh việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gắn với thực hiện quy "
            "định về trách nhiệm nêu gương.",
            "- Thực hiện nghiêm công tác kiểm tra, giám sát, kịp thời phát hiện, xử lý các trường hợp vi phạm.",
        ],
        author="Thanh Hương",
        author_style="right_em_strong",
    )


def story_ubkt(photo: Photo) -> Story:
    return Story(
        article_id=5265250,
        slug="uy-ban-kiem-tra-quan-uy-cau-giay-trien-khai-nhiem-vu-nam-2022",
        title="Ủy ban Kiểm tra Quận ủy Cầu Giấy triển khai nhiệm vụ năm 2022",
        date="18/01/2022",
        time="09:30",
        items=[
            "Chiều ngày 17/01, Ủy ban Kiểm tra Quận ủy Cầu Giấy tổ chức Hội nghị tổng kết công tác kiểm tra, "
            "giám sát và thi hành kỷ luật đảng năm 2021, triển khai nhiệm vụ năm 2022.",
            EmptyParagraph(),
            "Năm 2021, cấp ủy, tổ chức đảng và ủy ban kiểm tra các cấp trong Đảng bộ quận đã thực hiện toàn diện "
            "các nhiệm vụ theo Điều lệ Đảng. Ban Thường vụ Quận ủy đã kiểm tra 8 tổ chức đảng và 12 đảng viên, "
            "giám sát chuyên đề 10 tổ chức đảng và 15 đảng viên; Ủy ban Kiểm tra Quận ủy đã kiểm tra việc thực "
            "hiện nhiệm vụ kiểm tra, giám sát và thi hành kỷ luật trong Đảng đối với 14 tổ chức đảng.",
            photo,
            "Năm 2022, Ủy ban Kiểm tra Quận ủy xác định tiếp tục tham mưu giúp Ban Chấp hành, Ban Thường vụ "
            "Quận ủy thực hiện có hiệu quả chương trình kiểm tra, giám sát; chú trọng giám sát thường xuyên, "
            "phát hiện sớm để nhắc nhở, chấn chỉnh, không để vi phạm nhỏ tích tụ thành sai phạm lớn.",
            "Dịp này, 3 tập thể và 5 cá nhân có thành tích xuất sắc trong công tác kiểm tra, giám sát năm 2021 "
            "được Ủy ban Kiểm tra Quận ủy tặng Giấy khen.",
            # a short last line that is an ordinary sentence: not a signature
            "Hội nghị kết thúc lúc 17 giờ cùng ngày.",
        ],
        author=None,
    )


def story_92_nam(photo: Photo) -> Story:
    return Story(
        article_id=5273374,
        slug="ky-niem-92-nam-ngay-thanh-lap-dang-tai-phuong-nghia-do",
        title="Kỷ niệm 92 năm Ngày thành lập Đảng Cộng sản Việt Nam tại phường Nghĩa Đô",
        date="03/02/2022",
        time="14:00",
        items=[
            "Hướng tới kỷ niệm 92 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2022), chiều "
            "ngày 03/02, Đảng ủy phường Nghĩa Đô tổ chức gặp mặt các đồng chí đảng viên lão thành, tiêu biểu "
            "trên địa bàn phường.",
            "Tại buổi gặp mặt, các đại biểu đã cùng ôn lại truyền thống vẻ vang của Đảng Cộng sản Việt Nam qua "
            "92 năm lãnh đạo cách mạng; những thành tựu to lớn của công cuộc đổi mới đất nước và kết quả thực "
            "hiện nhiệm vụ chính trị của Đảng bộ phường năm 2021.",
            photo,
            "Năm 2021, dù chịu ảnh hưởng nặng nề của dịch bệnh Covid-19, Đảng bộ phường Nghĩa Đô đã lãnh đạo "
            "hoàn thành 17/17 chỉ tiêu kinh tế - xã hội; công tác phòng, chống dịch được triển khai quyết liệt, "
            "hiệu quả; an ninh chính trị, trật tự an toàn xã hội được giữ vững.",
            "Các đảng viên lão thành bày tỏ niềm tự hào về truyền thống của Đảng, đồng thời đóng góp nhiều ý kiến "
            "tâm huyết về công tác xây dựng Đảng, xây dựng chính quyền ở cơ sở.",
        ],
        author="ĐẢNG ỦY PHƯỜNG NGHĨA ĐÔ",
        author_style="upper_b_plain",
    )


def story_hoi_thi(photo_a: Photo, photo_b: Photo) -> Story:
    return Story(
        article_id=5310456,
        slug="hoi-thi-bi-thu-chi-bo-gioi-quan-cau-giay-nam-2022",
        title="Hội thi Bí thư chi bộ giỏi quận Cầu Giấy năm 2022",
        date="21/06/2022",
        time="10:15",
        items=[
            "Ngày 21/6, Ban Tổ chức Quận ủy phối hợp với Ban Tuyên giáo Quận ủy tổ chức vòng chung kết Hội thi "
            "Bí thư chi bộ giỏi quận Cầu Giấy năm 2022. Tham gia vòng chung kết có 12 thí sinh xuất sắc nhất "
            "được lựa chọn từ vòng sơ khảo của 44 đảng bộ, chi bộ cơ sở.",
            photo_a,
            "Các thí sinh trải qua ba phần thi: chào hỏi, kiến thức và xử lý tình huống. Nội dung thi tập trung "
            "vào Điều lệ Đảng, các quy định về nguyên tắc tổ chức và sinh hoạt đảng, nhiệm vụ của bí thư chi bộ "
            "và những tình huống thường gặp trong thực tiễn sinh hoạt chi bộ.",
            "Với sự chuẩn bị công phu, các thí sinh đã thể hiện kiến thức vững vàng, phong thái tự tin, nhiều "
            "phần trình bày sáng tạo, gắn với thực tiễn hoạt động của chi bộ ở khu dân cư, cơ quan, doanh nghiệp.",
            photo_b,
            "Kết quả, Ban Tổ chức đã trao 01 giải Nhất cho thí sinh Đảng bộ phường Yên Hòa, 02 giải Nhì, 03 giải "
            "Ba và 06 giải Khuyến khích cho các thí sinh còn lại.",
        ],
        author="Phương Linh",
        author_style="div_right",
    )


def story_so_ket(photo_a: Photo, photo_b: Photo) -> Story:
    return Story(
        article_id=5311820,
        slug="quan-uy-cau-giay-so-ket-6-thang-dau-nam-2022-cong-tac-xay-dung-dang",
        title="Quận ủy Cầu Giấy sơ kết 6 tháng đầu năm 2022 công tác xây dựng Đảng",
        date="02/08/2022",
        time="07:45",
        items=[
            "Sáng ngày 02/8, Ban Thường vụ Quận ủy Cầu Giấy tổ chức Hội nghị sơ kết công tác xây dựng Đảng và hệ "
            "thống chính trị 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2022.",
            "Theo báo cáo, 6 tháng đầu năm, Đảng bộ quận đã tập trung lãnh đạo triển khai thực hiện chủ đề công "
            "tác năm 2022 “Kỷ cương, trách nhiệm, hành động, sáng tạo, phát triển”. Công tác chính trị, tư tưởng "
            "được chú trọng; đã tổ chức học tập, quán triệt các nghị quyết, chỉ thị của Trung ương, Thành ủy cho "
            "100% cán bộ, đảng viên.",
            photo_a,
            "Công tác tổ chức xây dựng Đảng tiếp tục được quan tâm; toàn Đảng bộ đã kết nạp 87 đảng viên mới, đạt "
            "58% kế hoạch năm. Công tác kiểm tra, giám sát được thực hiện nghiêm túc, đúng quy định.",
            photo_b,
            "Về nhiệm vụ 6 tháng cuối năm, Hội nghị thống nhất tập trung lãnh đạo hoàn thành các chỉ tiêu, nhiệm "
            "vụ năm 2022; tổ chức tốt các hoạt động kỷ niệm 25 năm Ngày thành lập quận; nâng cao chất lượng sinh "
            "hoạt chi bộ, công tác phát triển đảng viên, nhất là trong doanh nghiệp ngoài khu vực nhà nước và "
            "trường học.",
        ],
        author=None,
    )


def story_ket_nap(photo: Photo) -> Story:
    return Story(
        article_id=5312934,
        slug="ket-nap-dang-vien-moi-tai-chi-bo-truong-thcs-nghia-tan",
        title="Kết nạp đảng viên mới tại Chi bộ Trường THCS Nghĩa Tân",
        date="28/09/2022",
        time="16:40",
        items=[
            "Chiều ngày 28/9, Chi bộ Trường THCS Nghĩa Tân thuộc Đảng bộ phường Nghĩa Tân tổ chức Lễ kết nạp đảng "
            "viên mới cho 02 quần chúng ưu tú là giáo viên của nhà trường.",
            "Tại buổi lễ, các đồng chí quần chúng được kết nạp đã đọc lời tuyên thệ trước cờ Đảng, cờ Tổ quốc và "
            "ảnh Chủ tịch Hồ Chí Minh; hứa tuyệt đối trung thành với mục đích lý tưởng của Đảng, chấp hành nghiêm "
            "Cương lĩnh chính trị, Điều lệ Đảng, nghị quyết của Đảng và pháp luật của Nhà nước.",
            photo,
            "Phát biểu giao nhiệm vụ, đồng chí Bí thư Đảng ủy phường đề nghị các đảng viên mới tiếp tục phấn đấu, "
            "rèn luyện, hoàn thành tốt nhiệm vụ được giao, thực hiện đúng quy định về những điều đảng viên không "
            "được làm.",
        ],
        author="ĐẢNG ỦY PHƯỜNG NGHĨA TÂN",
        author_style="div_upper",
    )


def story_bao_cao_vien(photo: Photo) -> Story:
    return Story(
        article_id=4876512,
        slug="hoi-nghi-bao-cao-vien-quan-uy-thang-4-nam-2019",
        title="Hội nghị báo cáo viên Quận ủy tháng 4 năm 2019",
        date="1/4/2019",
        time="16:20",
        items=[
            "Chiều ngày 01/4, Ban Tuyên giáo Quận ủy Cầu Giấy tổ chức Hội nghị báo cáo viên định kỳ tháng 4 năm "
            "2019. Dự hội nghị có các đồng chí báo cáo viên Quận ủy, lãnh đạo các ban xây dựng Đảng và bí thư "
            "các đảng bộ, chi bộ cơ sở.",
            "Tại Hội nghị, báo cáo viên Thành ủy Hà Nội đã thông tin về tình hình thời sự trong nước và quốc tế "
            "nổi bật; kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội quý I và những nhiệm vụ trọng tâm "
            "quý II năm 2019 của Thành phố.",
            photo,
            "Hội nghị cũng đã thông báo kết quả thực hiện nhiệm vụ chính trị của quận quý I năm 2019, tình hình "
            "dư luận xã hội trên địa bàn và định hướng công tác tuyên truyền trong thời gian tới, trong đó tập "
            "trung tuyên truyền kỷ niệm 129 năm Ngày sinh Chủ tịch Hồ Chí Minh và 50 năm thực hiện Di chúc của "
            "Người.",
        ],
        author="Hoàng Minh",
        author_style="align_right_p",
    )


def story_sinh_hoat(photo: Photo) -> Story:
    return Story(
        article_id=4712088,
        slug="chi-bo-khu-dan-cu-so-3-phuong-mai-dich-sinh-hoat-chuyen-de",
        title="Chi bộ khu dân cư số 3 phường Mai Dịch tổ chức sinh hoạt chuyên đề",
        date="20/11/2018",
        time="09:00",
        items=[
            "Thực hiện hướng dẫn của Ban Tổ chức Quận ủy về nâng cao chất lượng sinh hoạt chi bộ, tối ngày 19/11, "
            "Chi bộ khu dân cư số 3 phường Mai Dịch tổ chức sinh hoạt chuyên đề “Nâng cao vai trò của đảng viên "
            "trong xây dựng tổ dân phố văn minh”.",
            "Buổi sinh hoạt có sự tham dự của đồng chí Bí thư Đảng ủy phường, đại diện Ban Tổ chức Quận ủy cùng "
            "46 đảng viên của chi bộ.",
            photo,
            "Các đảng viên đã thảo luận sôi nổi, tập trung vào các nội dung: vai trò nêu gương của đảng viên nơi "
            "cư trú; công tác vận động nhân dân giữ gìn vệ sinh môi trường, trật tự đô thị; xây dựng gia đình "
            "văn hóa, tổ dân phố văn hóa.",
            "Kết thúc buổi sinh hoạt, Chi bộ đã thống nhất ban hành nghị quyết chuyên đề với 5 nhóm giải pháp cụ "
            "thể, giao cho các tổ đảng và từng đảng viên tổ chức thực hiện, định kỳ báo cáo kết quả tại các kỳ "
            "sinh hoạt chi bộ hàng tháng.",
        ],
        author=None,
    )


def story_hn36(photo: Photo) -> Story:
    # Known from FACTS.md: id, title, date, view count and the caption; the
    # body text below is written for this fixture.
    return Story(
        article_id=5211375,
        slug="hoi-nghi-ban-chap-hanh-dang-bo-quan-cau-giay-lan-thu-36",
        title="Hội nghị Ban Chấp hành Đảng bộ quận Cầu Giấy lần thứ 36",
        date="03/03/2020",
        time="14:00",
        items=[
            "Chiều ngày 03/3, Ban Chấp hành Đảng bộ quận Cầu Giấy tổ chức Hội nghị lần thứ 36 nhiệm kỳ 2015 - "
            "2020 để cho ý kiến vào dự thảo Báo cáo chính trị trình Đại hội đại biểu Đảng bộ quận lần thứ VI, "
            "nhiệm kỳ 2020 - 2025.",
            "Hội nghị cũng thảo luận, cho ý kiến vào dự thảo Báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của Ban Chấp "
            "hành Đảng bộ quận nhiệm kỳ 2015 - 2020 và Đề án nhân sự Ban Chấp hành Đảng bộ quận khóa VI.",
            photo,
            "Các đại biểu đã tập trung thảo luận, đóng góp nhiều ý kiến tâm huyết, trách nhiệm, làm rõ thêm những "
            "kết quả đạt được, hạn chế, nguyên nhân và bài học kinh nghiệm; đồng thời đề xuất phương hướng, mục "
            "tiêu, nhiệm vụ và giải pháp cho nhiệm kỳ tới.",
            "Kết luận Hội nghị, đồng chí Bí thư Quận ủy đề nghị các ban xây dựng Đảng Quận ủy tiếp thu đầy đủ các "
            "ý kiến đóng góp, hoàn thiện các dự thảo văn kiện; đồng thời chỉ đạo tổ chức thành công đại hội chi "
            "bộ, đảng bộ cơ sở, bảo đảm an toàn trong điều kiện phòng, chống dịch bệnh Covid-19.",
        ],
        author="VĂN PHÒNG QUẬN ỦY",
        author_style="right_strong",
    )


def story_tong_ket_2022(photo_a: Photo, photo_b: Photo) -> Story:
    return Story(
        article_id=5321077,
        slug="dang-bo-quan-cau-giay-tong-ket-cong-tac-xay-dung-dang-nam-2022",
        title="Đảng bộ quận Cầu Giấy tổng kết công tác xây dựng Đảng năm 2022",
        date="22/12/2022",
        time="16:45",
        items=[
            "Chiều ngày 22/12, Ban Chấp hành Đảng bộ quận Cầu Giấy tổ chức Hội nghị tổng kết công tác xây dựng "
            "Đảng, xây dựng hệ thống chính trị năm 2022, triển khai nhiệm vụ năm 2023.",
            # upper-case subheading in the middle of the body: a paragraph, not a signature
            Subheading("NHIỀU KẾT QUẢ NỔI BẬT"),
            "Năm 2022, công tác xây dựng Đảng được triển khai đồng bộ, toàn diện. Toàn Đảng bộ đã kết nạp 172 "
            "đảng viên mới, đạt 115% chỉ tiêu; 100% tổ chức cơ sở đảng tổ chức sinh hoạt chuyên đề theo hướng dẫn.",
            photo_a,
            "Công tác kiểm tra, giám sát được tăng cường; công tác dân vận, phát huy vai trò của Mặt trận Tổ quốc "
            "và các đoàn thể chính trị - xã hội có nhiều đổi mới, gắn với thực hiện tốt quy chế dân chủ ở cơ sở.",
            Subheading("NHIỆM VỤ NĂM 2023"),
            "Năm 2023, Đảng bộ quận xác định tiếp tục nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở "
            "đảng và chất lượng đội ngũ đảng viên; đẩy mạnh cải cách hành chính, chuyển đổi số trong hoạt động "
            "của các cơ quan Đảng.",
            photo_b,
            "Dịp này, Ban Thường vụ Quận ủy đã khen thưởng 25 tổ chức cơ sở đảng đạt tiêu chuẩn “Trong sạch, "
            "vững mạnh” tiêu biểu năm 2022.",
        ],
        author="BAN TUYÊN GIÁO QUẬN ỦY",
        author_style="right_strong",
    )


def story_gap_mat(photo_a: Photo, photo_b: Photo) -> Story:
    return Story(
        article_id=5323345,
        slug="ban-thuong-vu-quan-uy-gap-mat-nguyen-lanh-dao-quan-xuan-quy-mao-2023",
        title="Ban Thường vụ Quận ủy Cầu Giấy gặp mặt các đồng chí nguyên lãnh đạo quận nhân dịp Xuân Quý Mão 2023",
        date="14/01/2023",
        time="09:10",
        items=[
            "Nhân dịp đón Xuân Quý Mão 2023, sáng ngày 14/01, Ban Thường vụ Quận ủy Cầu Giấy tổ chức gặp mặt các "
            "đồng chí nguyên lãnh đạo Quận ủy, HĐND, UBND, Ủy ban MTTQ quận qua các thời kỳ.",
            "Thông tin tại buổi gặp mặt, đồng chí Bí thư Quận ủy cho biết: năm 2022, quận Cầu Giấy đã hoàn thành "
            "và hoàn thành vượt mức 21/21 chỉ tiêu kinh tế - xã hội; tổng thu ngân sách trên địa bàn ước đạt "
            "10.135 tỷ đồng, bằng 115,6% dự toán.",
            photo_a,
            "Các đồng chí nguyên lãnh đạo quận phấn khởi trước những kết quả mà Đảng bộ, chính quyền và Nhân dân "
            "quận đạt được; đồng thời mong muốn quận tiếp tục quan tâm công tác chăm lo đời sống người dân, chỉnh "
            "trang đô thị, giữ gìn bản sắc văn hóa.",
            photo_b,
            "Thay mặt Ban Thường vụ Quận ủy, đồng chí Bí thư Quận ủy trân trọng cảm ơn và mong muốn các đồng chí "
            "tiếp tục quan tâm, đóng góp nhiều ý kiến quý báu để quận phát triển nhanh, bền vững.",
        ],
        author="Minh Ngọc",
        author_style="right_strong",
    )
