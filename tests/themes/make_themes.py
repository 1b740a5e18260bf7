# ruff: noqa: E501
"""Generate the golden "theme" fixtures under tests/themes/.

Each theme is a plausible, different way a Vietnamese government portal could
render the same kind of article page (Liferay 6 journal template, a home-grown
CMS, a Bootstrap/utility-class Liferay 7 theme, an old table layout, a
news-site layout).  They were written from the public description of the
portal only (shared/DESIGN.md, shared/portal/FACTS.md and the real article
text), never from the parser or the replica, so they test whether the parser
reads a page the way a reader does instead of by one theme's class names.

The script is deterministic: run it again and the committed files do not
change.  The committed HTML is what tests/test_themes.py reads; this script
only exists so that NFD and entity variants are produced mechanically and the
expected values come from the same source text as the page.

    python tests/themes/make_themes.py
"""

from __future__ import annotations

import html
import json
import shutil
import textwrap
import unicodedata
from dataclasses import dataclass, field
from html.entities import codepoint2name
from pathlib import Path
from urllib.parse import urljoin

HERE = Path(__file__).resolve().parent
HOST = "https://caugiay.hanoi.gov.vn"
ADDRESS_VI = "Số 36 Cầu Giấy, phường Quan Hoa, quận Cầu Giấy, thành phố Hà Nội"
ADDRESS_EN = "No. 36 Cau Giay street, Quan Hoa ward, Cau Giay district, Ha Noi"
PHONE = "024.37.564.542"
SITE_VI = "CỔNG THÔNG TIN ĐIỆN TỬ QUẬN CẦU GIẤY"


# --------------------------------------------------------------------------
# Text encodings: how a CMS may store the same Vietnamese text
# --------------------------------------------------------------------------


def enc_utf8(s: str) -> str:
    return html.escape(s, quote=False)


def enc_ckeditor(s: str) -> str:
    """CKEditor's default `entities_latin`: Latin-1 letters become named
    entities (v&agrave;), the Vietnamese-only letters stay raw UTF-8."""
    out = []
    for ch in html.escape(s, quote=False):
        cp = ord(ch)
        if 160 <= cp <= 255 and cp in codepoint2name:
            out.append(f"&{codepoint2name[cp]};")
        else:
            out.append(ch)
    return "".join(out)


def enc_numeric(s: str) -> str:
    """Old ASP/FCKeditor content: every non-ASCII character as a numeric
    reference, decimal and hexadecimal mixed (&#7871; / &#x1EA3;), a few
    named ones (&agrave;) among them."""
    out = []
    for i, ch in enumerate(html.escape(s, quote=False)):
        cp = ord(ch)
        if cp < 128:
            out.append(ch)
        elif cp in codepoint2name and i % 3 == 0:
            out.append(f"&{codepoint2name[cp]};")
        elif i % 2:
            out.append(f"&#x{cp:X};")
        else:
            out.append(f"&#{cp};")
    return "".join(out)


def enc_nfd(s: str) -> str:
    """Text pasted from Word: decomposed (base letter + combining marks)."""
    return html.escape(unicodedata.normalize("NFD", s), quote=False)


ENCODERS = {"utf8": enc_utf8, "ckeditor": enc_ckeditor, "numeric": enc_numeric, "nfd": enc_nfd}


def collapse(s: str) -> str:
    return " ".join(unicodedata.normalize("NFC", s).split())


# --------------------------------------------------------------------------
# Article source: one structure gives both the page and the expected output
# --------------------------------------------------------------------------


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
class Sub:
    """A bold subheading inside the body: a paragraph of its own."""

    text: str


@dataclass
class Empty:
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
                out.append(collapse(it))
            elif isinstance(it, Sub):
                out.append(collapse(it.text))
        return out

    def photos(self) -> list[Photo]:
        return [it for it in self.items if isinstance(it, Photo)]

    def path(self, en: bool) -> str:
        return f"{'/en' if en else ''}/dang-doan-the/-/view_content/{self.article_id}-{self.slug}.html"


# --------------------------------------------------------------------------
# The real article (shared/portal/000_30f86087a6ec7e8e.txt), verbatim
# --------------------------------------------------------------------------

REAL_TITLE = "Đảng bộ quận Cầu Giấy tổ chức Hội nghị Ban Chấp hành lần thứ 12"
REAL_PARAS = [
    'Sáng ngày 07-01, Ban Chấp hành Đảng bộ quận Cầu Giấy (khóa VI) đã tổ chức Hội nghị lần thứ 12 để thảo luận và thông qua các nội dung theo chương trình công tác đã đề ra. Đồng chí Trần Thị Phương Hoa - Thành ủy viên, Bí thư Quận ủy; đồng chí Nguyễn Văn Chiến - Phó Bí thư Thường trực Quận ủy, Chủ tịch HĐND quận; đồng chí Bùi Tuấn Anh - Phó Bí thư Quận ủy, Chủ tịch UBND quận chủ trì Hội nghị.',
    'Tham dự Hội nghị có các đồng chí đại diện các ban xây dựng Đảng Thành ủy; Ủy viên Ban Thường vụ Quận uỷ; Thường trực HĐND, Lãnh đạo UBND quận; các đồng chí Quận ủy viên và ủy viên UBKT Quận ủy.',
    'Tại hội nghị, đã có 11 ý kiến phát biểu thảo luận, đóng góp vào các vấn đề và đã thống nhất thông qua các văn bản do Ban Thường vụ Quận ủy trình tại hội nghị: Báo cáo kiểm điểm công tác lãnh đạo, chỉ đạo của Ban Thường vụ Quận ủy năm 2021. Báo cáo tổng kết công tác xây dựng Đảng, xây dựng hệ thống chính trị năm 2021. Báo cáo kết quả kiểm điểm, đánh giá, xếp loại chất lượng tổ chức Đảng, đảng viên và tập thể, cá nhân cán bộ lãnh đạo, quản lý năm 2021. Chương trình công tác của Ban Chấp hành Đảng bộ quận, Ban Thường vụ, Thường trực Quận ủy năm 2022. Báo cáo công tác tài chính Đảng năm 2021; nhiệm vụ công tác tài chính Đảng năm 2022.',
    'Phát biểu kết luận tại Hội nghị, đồng chí Trần Thị Phương Hoa - Thành ủy viên, Bí thư Quận ủy thay mặt Ban Chấp hành Đảng bộ quận ghi nhận, đánh giá cao sự chuẩn bị của Ban Thường vụ Quận ủy, các Ban Đảng Quận ủy. Năm 2021, trong bối cảnh chịu sự tác động nặng nề của đại dịch Covid-19, khối lượng công việc lớn, có nhiều việc mới, việc khó, phức tạp phát sinh từ thực tiễn, nhưng Đảng bộ quận đã chủ động, sáng tạo, nỗ lực phấn đấu đoàn kết, quyết tâm cao, tranh thủ thuận lợi, thời cơ, vượt qua khó khăn, thách thức, đạt được những kết quả quan trọng, toàn diện: Quận đã thực hiện 13/13 chỉ tiêu đạt và vượt chỉ tiêu thành phố giao. Kinh tế quận tiếp tục duy trì và đạt mức tăng trưởng khá. Đầu tư xây dựng, quản lý và phát triển đô thị có chuyển biến tích cực. Công tác văn hóa - xã hội được quan tâm chỉ đạo, an sinh xã hội được đảm bảo, đặc biệt trong thời kỳ dịch bệnh với tinh thần tương thân tương ái, đoàn kết, giúp đỡ nhau. Công tác giáo dục – đào tạo phát triển mạnh cả về quy mô và chất lượng. An ninh chính trị, trật tự an toàn xã hội được giữ vững. Công tác xây dựng Đảng và xây dựng hệ thống chính trị có nhiều đổi mới và đạt kết quả quan trọng; phương pháp lãnh đạo, chỉ đạo, điều hành của Thường trực, Ban Thường vụ Quận ủy có nhiều đổi mới, sáng tạo, hiệu quả. Năm 2021, Đảng bộ quận Cầu Giấy giữ vững là đơn vị trong sạch, vững mạnh; các Ban xây dựng Đảng, UBND, UBMTTQ và các đoàn thể chính trị - xã hội Quận được cấp trên đánh giá Hoàn thành Xuất sắc nhiệm vụ năm 2021. Toàn Đảng bộ có 42/44 tổ chức cơ sở đảng hoàn thành tốt và hoàn thành xuất sắc nhiệm vụ, không có tổ chức cơ sở đảng yếu kém.',
    'Về nhiệm vụ công tác năm 2022, đồng chí Bí thư Quận ủy yêu cầu các cấp ủy Đảng, chính quyền, lực lượng vũ trang, cơ quan, đơn vị trên địa bàn quận cần tập trung cao độ, phát huy vai trò, trách nhiệm của người đứng đầu để khẩn trương thực hiện đồng bộ các nhiệm vụ, giải pháp, quyết tâm thực hiện thắng lợi, toàn diện các nhiệm vụ được giao. Tiếp tục ưu tiên nhân lực, thời gian và nguồn lực để kiểm soát hiệu quả dịch bệnh Covid -19. Nỗ lực cao nhất để phục hồi lấy lại đà tăng trưởng. Phát triển sự nghiệp văn hóa, xã hội. Đảm bảo an sinh xã hội, ổn định đời sống của Nhân dân. Đảm bảo an ninh chính trị, trật tự an toàn xã hội, quốc phòng và quân sự địa phương. Hoàn thành chỉ tiêu giao quân năm 2022. Toàn Quận sẽ tập trung thực hiện tốt các nhiệm vụ chủ yếu sau:',
    '- Lãnh đạo triển khai thực hiện các chỉ tiêu, nhiệm vụ về công tác xây dựng Đảng, xây dựng hệ thống chính trị quận gắn với chủ đề công tác năm 2022 “Kỷ cương, trách nhiệm, hành động, sáng tạo, phát triển”. Lãnh đạo hoàn thành và hoàn thành vượt mức: 04 chỉ tiêu về công tác xây dựng Đảng, MTTQ và các tổ chức chính trị - xã hội; 21 chỉ tiêu về phát triển kinh tế - xã hội và 02 chỉ tiêu về nhiệm vụ an ninh - quốc phòng; phấn đấu hoàn thành xuất sắc các nhiệm vụ chính trị của Đảng bộ quận năm 2022.',
    '- Lãnh đạo, chỉ đạo triển khai và thực hiện tốt Kế hoạch tổ chức các hoạt động thi đua lập thành tích chào mừng kỷ niệm 25 năm ngày thành lập Quận (01/9/1997 - 01/9/2022). Chỉ đạo thực hiện bảo đảm chất lượng, tiến độ các dự án trọng điểm trong đó có dự án xây dựng trụ sở Quận ủy - HĐND - UBND quận..',
    '- Duy trì thực hiện nghiêm túc, hiệu quả các biện pháp phòng, chống và giảm thiểu thiệt hại do đại dịch Covid-19; chủ động xây dựng, triển khai các kịch bản phòng, chống theo các cấp độ của dịch; hạn chế tối đa tác động tiêu cực đến các hoạt động kinh tế - xã hội và đời sống người dân.',
    '- Tiếp tục đổi mới phương thức lãnh đạo, bảo đảm khoa học, hiệu quả, thiết thực. Làm tốt công tác dự báo, nắm bắt tình hình cơ sở; định hướng tư tưởng, hướng dẫn dư luận; tăng cường đối thoại, lắng nghe, tiếp thu ý kiến góp ý tích cực của tổ chức, đảng viên và nhân dân để lãnh đạo, chỉ đạo, sâu sát, kịp thời, có trọng tâm, trọng điểm. Phát huy vai trò của Mặt trận Tổ quốc, các đoàn thể chính trị - xã hội trong giám sát, phản biện xã hội, góp ý xây dựng Đảng, xây dựng chính quyền. Thực hiện tốt nguyên tắc tập trung dân chủ; phát huy vai trò tập thể lãnh đạo, cá nhân phụ trách, vai trò, trách nhiệm của người đứng đầu; phân công rõ người, rõ việc, rõ trách nhiệm; sâu sát cơ sở, tập trung khắc phục những hạn chế, khuyết điểm, chỉ đạo giải quyết, tháo gỡ vướng mắc, khó khăn cho cơ sở.',
    'Năm 2022 kỷ niệm 25 năm thành lập quận, Ban Chấp hành Đảng bộ quận yêu cầu các cấp ủy Đảng, chính quyền, Mặt trận Tổ quốc, các đoàn thể chính trị - xã hội từ quận đến cơ sở; cán bộ, đảng viên, lực lượng vũ trang và các tầng lớp nhân dân quận tiếp tục phát huy truyền thống đoàn kết, với quyết tâm chính trị cao nhất, phấn đấu hoàn thành toàn diện các mục tiêu, chỉ tiêu nhiệm vụ năm 2022; trước mắt tổ chức phục vụ nhân dân vui Xuân, đón Tết Nhâm Dần 2022 bảo đảm vui tươi, lành mạnh, an toàn, tiết kiệm, đảm bảo mọi nhà đều có Tết.',
]
REAL_CAPTION_1 = (
    "Đồng chí Nguyễn Văn Chiến - Phó Bí thư Thường trực Quận ủy - Chủ tịch HĐND quận"
    " phát biểu tai Hội nghị"
)
REAL_CAPTION_2 = "Quang cảnh Hội nghị"
REAL_AUTHOR = "VĂN PHÒNG QUẬN ỦY"
REAL_SOURCE = Path("/work/shared/portal/000_30f86087a6ec7e8e.txt")


def real_story(photo1: Photo, photo2: Photo, author_style: str, **kw) -> Story:
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
        **kw,
    )


def check_real_source() -> None:
    """The embedded copy must equal the real text, paragraph for paragraph."""
    if not REAL_SOURCE.exists():
        return
    blocks = REAL_SOURCE.read_text(encoding="utf-8").split("\n\n")
    expected = [b for b in blocks[2:] if b not in (REAL_CAPTION_1, REAL_CAPTION_2, REAL_AUTHOR)]
    assert expected == REAL_PARAS, "REAL_PARAS drifted from the real article"
    assert REAL_CAPTION_1 in blocks and REAL_CAPTION_2 in blocks and blocks[-1] == REAL_AUTHOR
    assert blocks[1].startswith(REAL_TITLE + "\n")


# --------------------------------------------------------------------------
# Furniture shared by the themes: other articles linked from sidebars,
# related-news lists and listings.  None of it may leak into a body.
# --------------------------------------------------------------------------

OTHERS = [
    (5262210, "quan-uy-cau-giay-trien-khai-nhiem-vu-cong-tac-tuyen-giao-nam-2022",
     "Quận ủy Cầu Giấy triển khai nhiệm vụ công tác tuyên giáo năm 2022", "05/01/2022", "2.345"),
    (5260078, "ban-thuong-vu-quan-uy-lam-viec-voi-dang-uy-phuong-trung-hoa",
     "Ban Thường vụ Quận ủy làm việc với Đảng ủy phường Trung Hòa", "28/12/2021", "987"),
    (5258841, "hoi-nghi-ban-thuong-vu-quan-uy-mo-rong-thang-12-2021",
     "Hội nghị Ban Thường vụ Quận ủy mở rộng tháng 12/2021", "20/12/2021", "1.502"),
    (5255120, "dang-bo-phuong-dich-vong-hau-to-chuc-dai-hoi-diem",
     "Đảng bộ phường Dịch Vọng Hậu tổ chức Đại hội điểm", "14/12/2021", "3.118"),
    (5251003, "trao-quyet-dinh-ket-nap-dang-vien-cho-hoc-sinh-truong-thpt-yen-hoa",
     "Trao quyết định kết nạp đảng viên cho học sinh Trường THPT Yên Hòa", "09/12/2021", "764"),
    (5249987, "be-giang-lop-boi-duong-ly-luan-chinh-tri-cho-dang-vien-moi",
     "Bế giảng lớp bồi dưỡng lý luận chính trị cho đảng viên mới khóa 2", "02/12/2021", "612"),
    (5247310, "giao-ban-cong-tac-dan-van-quy-iv-nam-2021",
     "Giao ban công tác dân vận quý IV năm 2021", "25/11/2021", "455"),
    (5243356, "tong-ket-10-nam-thuc-hien-chi-thi-05-ct-tw",
     "Quận Cầu Giấy tổng kết 5 năm thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị", "18/11/2021", "1.876"),
    (5240124, "toa-dam-ve-cong-tac-phat-trien-dang-vien-trong-doanh-nghiep",
     "Tọa đàm về công tác phát triển đảng viên trong doanh nghiệp ngoài nhà nước", "11/11/2021", "533"),
    (5236718, "hoi-thao-nang-cao-chat-luong-sinh-hoat-chi-bo",
     "Hội thảo nâng cao chất lượng sinh hoạt chi bộ khu dân cư", "04/11/2021", "890"),
]


def other_url(i: int, en: bool = False, absolute: bool = False) -> str:
    aid, slug, *_ = OTHERS[i]
    path = f"{'/en' if en else ''}/dang-doan-the/-/view_content/{aid}-{slug}.html"
    return HOST + path if absolute else path


def en_count(vi_count: str) -> str:
    return vi_count.replace(".", ",")


# --------------------------------------------------------------------------
# Body rendering helpers
# --------------------------------------------------------------------------

INLINE_VARIANTS = ["plain", "lead_bold", "spans", "nbsp_indent", "split_span", "nbsp_inner", "wrapped"]


def inline(text: str, variant: str, enc) -> str:
    """Mark one paragraph's text up the way rich-text editors do, without
    changing what a reader reads (after whitespace is collapsed)."""
    if variant == "lead_bold" and ", " in text:
        a, b = text.split(", ", 1)
        return f"<strong>{enc(a + ',')}</strong> {enc(b)}"
    if variant == "spans":
        return (f'<span style="font-size:14px;"><span style="font-family:arial,helvetica,sans-serif;">'
                f"{enc(text)}</span></span>")
    if variant == "nbsp_indent":
        return "&nbsp;&nbsp;&nbsp; " + enc(text) + "&nbsp;"
    if variant == "split_span" and text.count(" ") > 4:
        words = text.split(" ")
        k = len(words) // 2
        return f'<span>{enc(" ".join(words[:k]))} </span><span lang="vi">{enc(" ".join(words[k:]))}</span>'
    if variant == "nbsp_inner" and text.count(" ") > 4:
        words = text.split(" ")
        return enc(" ".join(words[:3])) + "&nbsp;" + enc(" ".join(words[3:]))
    if variant == "wrapped":
        return "\n\t\t" + "\n\t\t".join(textwrap.wrap(enc(text), 90, break_long_words=False, break_on_hyphens=False)) + "\n\t"
    return enc(text)


def render_photo(ph: Photo, enc, page_url: str) -> str:
    src = html.escape(ph.src, quote=True)  # '&' -> '&amp;' as in real HTML
    cap = enc(ph.caption) if ph.caption else None
    h = ph.habit
    if h == "p_em":  # photo in a centred paragraph, caption in the next one, in <em>
        return (f'<p style="text-align: center;"><img alt="" src="{src}" style="width: 600px; height: 400px;" /></p>\n'
                f'<p style="text-align: center;"><em>{cap}</em></p>')
    if h == "p_i_span":
        return (f'<p style="text-align: center;"><img alt="" src="{src}" width="600" /></p>\n'
                f'<p style="text-align: center;"><span style="font-size:12px;"><i>{cap}</i></span></p>')
    if h == "p_plain":
        return (f'<p style="text-align: center;"><img alt="" src="{src}" /></p>\n'
                f'<p style="text-align: center;">{cap}</p>')
    if h == "p_nocap":
        return f'<p style="text-align: center;"><img alt="" src="{src}" /></p>'
    if h == "figure":
        return (f'<figure class="image"><img alt="" src="{src}" width="640" height="427">'
                f"<figcaption>{cap}</figcaption></figure>")
    if h == "figure_nocap":
        return f'<figure class="image"><img alt="" src="{src}" width="640" height="427"></figure>'
    if h == "figure_center":
        return (f'<figure class="image image-style-align-center" style="text-align:center">'
                f'<img src="{src}" alt="" onerror="this.src=\'/images/no-image.jpg\'">'
                f"<figcaption><em>{cap}</em></figcaption></figure>")
    if h == "table":
        return (f'<table align="center" border="0" cellpadding="3" cellspacing="0" width="90%">'
                f'<tbody><tr><td align="center"><img src="{src}" border="0" width="500"></td></tr>'
                f'<tr><td align="center"><font size="2"><i>{cap}</i></font></td></tr></tbody></table>')
    if h == "table_nocap":
        return (f'<table align="center" border="0" cellpadding="3" cellspacing="0">'
                f'<tr><td align="center"><img src="{src}" border="0" width="500"></td></tr></table>')
    if h == "lazy_div_i":
        return (f'<div style="text-align: center;"><img class="lazy img-fluid" src="/o/caugiay-theme/images/blank.gif" '
                f'data-src="{src}" alt=""></div>\n'
                f'<div style="text-align: center;"><i>{cap}</i></div>')
    if h == "lazy_div_em":
        return (f'<div style="text-align:center"><img class="lazyload w-100" '
                f'src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" '
                f'data-src="{src}" alt=""></div>'
                f'<div style="text-align:center" class="small text-muted"><em>{cap}</em></div>')
    if h == "lazy_nocap":
        return (f'<div style="text-align: center;"><img class="lazy img-fluid" src="/o/caugiay-theme/images/blank.gif" '
                f'data-src="{src}" alt=""></div>')
    if h == "same_p_br":  # photo and caption in one centred paragraph
        return (f'<p style="text-align: center;"><img alt="" src="{src}" /><br />\n'
                f"<em>{cap}</em></p>")
    raise ValueError(h)


def render_author(story: Story, enc) -> str:
    a = enc(story.author)
    s = story.author_style
    if s == "right_strong":
        return f'<p style="text-align: right;"><strong>{a}</strong></p>'
    if s == "right_em_strong":
        return f'<p style="text-align:right"><strong><em>{a}</em></strong></p>'
    if s == "upper_bold":
        return f'<p style="text-align: justify;"><strong>{a}</strong></p>'
    if s == "upper_b_plain":
        return f"<p><b>{a}</b></p>"
    if s == "div_right":
        return f'<div style="text-align: right;"><strong>{a}</strong></div>'
    if s == "div_upper":
        return f"<div><strong>{a}</strong></div>"
    if s == "align_right_p":
        return f'<p align="right"><b>{a}</b></p>'
    if s == "align_right_div":
        return f'<div align="right"><b>{a}</b></div>'
    raise ValueError(s)


def render_body_blocks(story: Story, enc, page_url: str, *, para_tag: str, para_attrs: str,
                       variants: list[str], trailing_empty: bool = True) -> str:
    out = []
    n = 0
    for it in story.items:
        if isinstance(it, str):
            v = variants[n % len(variants)]
            n += 1
            out.append(f"<{para_tag}{para_attrs}>{inline(it, v, enc)}</{para_tag}>")
        elif isinstance(it, Sub):
            out.append(f"<{para_tag}{para_attrs}><strong>{enc(it.text)}</strong></{para_tag}>")
        elif isinstance(it, Empty):
            out.append(f"<{para_tag}>&nbsp;</{para_tag}>")
        elif isinstance(it, Photo):
            out.append(render_photo(it, enc, page_url))
    if story.author:
        out.append(render_author(story, enc))
    if trailing_empty:
        out.append(f"<{para_tag}>&nbsp;</{para_tag}>")
    return "\n".join(out)


def render_body_br(story: Story, enc, page_url: str) -> str:
    """Old CMS: paragraphs as text runs separated by <br><br>."""
    out = []
    pending: list[str] = []

    def flush():
        if pending:
            out.append("<br /><br />\n".join(pending))
            pending.clear()

    for it in story.items:
        if isinstance(it, str):
            pending.append(enc(it))
        elif isinstance(it, Sub):
            pending.append(f"<b>{enc(it.text)}</b>")
        elif isinstance(it, Photo):
            flush()
            out.append(render_photo(it, enc, page_url))
    flush()
    body = "\n".join(out)
    if story.author:
        body += "\n" + render_author(story, enc)
    return body


# --------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------


@dataclass
class Case:
    theme: str
    name: str
    url: str
    html: str
    expected: dict | None = None  # None -> not an article
    extra_not_in_body: list[str] = field(default_factory=list)


CASES: list[Case] = []


def article_case(theme: str, name: str, story: Story, *, url: str, lang: str, section: str | None,
                 view_count: int | None, page: str, not_in_body: list[str],
                 html_must_contain: list[str], html_must_not_contain: list[str]) -> None:
    canonical = HOST + story.path(en=False)
    captions = [{"image_url": ph.url(url), "text": collapse(ph.caption) if ph.caption else None}
                for ph in story.photos()]
    body = "\n\n".join(story.paragraphs())
    not_in_body = list(dict.fromkeys(
        [c["text"] for c in captions if c["text"]]
        + ([collapse(story.author)] if story.author else [])
        + [collapse(s) for s in not_in_body]
        # the title must not leak in, unless the article's own text repeats it
        + ([collapse(story.title)] if collapse(story.title) not in body else [])))
    expected = {
        "article_id": story.article_id,
        "url": canonical,
        "lang": lang,
        "section": section,
        "title": collapse(story.title),
        "published_at": story.iso(),
        "view_count": view_count,
        "body": body,
        "captions": captions,
        "author": collapse(story.author) if story.author else None,
        "body_must_not_contain": not_in_body,
        "body_html_must_contain": html_must_contain,
        "body_html_must_not_contain": html_must_not_contain,
    }
    CASES.append(Case(theme, name, url, page, expected))


def error_case(theme: str, name: str, url: str, page: str) -> None:
    CASES.append(Case(theme, name, url, page, None))


def first_plain_words(story: Story, variants: list[str], k: int = 4) -> str:
    """A few words of a paragraph rendered without inline markup, for the
    body_html must-contain check (compared after unescaping and NFC)."""
    n = 0
    for it in story.items:
        if isinstance(it, str):
            v = variants[n % len(variants)]
            n += 1
            if v in ("plain", "spans", "nbsp_indent") or (v == "lead_bold" and ", " not in it):
                words = it.split()
                return " ".join(words[1:1 + k])
    raise AssertionError("no plain paragraph")


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
            Empty(),
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
            Empty(),
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
            Sub("NHIỀU KẾT QUẢ NỔI BẬT"),
            "Năm 2022, công tác xây dựng Đảng được triển khai đồng bộ, toàn diện. Toàn Đảng bộ đã kết nạp 172 "
            "đảng viên mới, đạt 115% chỉ tiêu; 100% tổ chức cơ sở đảng tổ chức sinh hoạt chuyên đề theo hướng dẫn.",
            photo_a,
            "Công tác kiểm tra, giám sát được tăng cường; công tác dân vận, phát huy vai trò của Mặt trận Tổ quốc "
            "và các đoàn thể chính trị - xã hội có nhiều đổi mới, gắn với thực hiện tốt quy chế dân chủ ở cơ sở.",
            Sub("NHIỆM VỤ NĂM 2023"),
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


# ==========================================================================
# Theme 1: liferay6_journal
#   A Liferay 6.2 site theme with a journal (web content) template: logo in
#   an <h1>, top navigation, breadcrumb, article in #column-1 with the
#   section label, the title in another <h1>, a one-line meta line, the
#   body in .journal-content-article, share bar and "Tin liên quan" below;
#   sidebar AFTER the article (#column-2) with <h2> headings, dated items
#   and view counts; footer with the address; AUI/Liferay inline scripts.
# ==========================================================================

L6 = {
    "vi": {
        "lang_attr": "vi-VN", "menu": ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Đảng - Đoàn thể",
                                       "Chính quyền", "Dịch vụ công trực tuyến", "Liên hệ"],
        "crumbs": ["Trang chủ", "Đảng - Đoàn thể", "Công tác Đảng"], "skip": "Bỏ qua để đến Nội dung",
        "featured": "TIN NỔI BẬT", "most_read": "ĐỌC NHIỀU NHẤT", "views": "Lượt xem",
        "related": "Tin liên quan", "share": ["Chia sẻ", "Facebook", "Zalo", "In bài viết", "Gửi email"],
        "footer": [SITE_VI, "Cơ quan chủ quản: Ủy ban nhân dân quận Cầu Giấy",
                   f"Địa chỉ: {ADDRESS_VI}", f"Điện thoại: {PHONE}"],
        "search": "Tìm kiếm", "back": "Quay lại", "site": "Cổng thông tin điện tử quận Cầu Giấy",
        "not_found_h": "Không tìm thấy trang",
        "not_found_p": "Trang bạn yêu cầu không tồn tại hoặc đã bị xóa. Vui lòng quay lại trang chủ.",
        "more": "Xem tiếp", "pages": "Trang",
    },
    "en": {
        "lang_attr": "en-US", "menu": ["Home", "Introduction", "News - Events", "Party - Unions",
                                       "Government", "Online public services", "Contact"],
        "crumbs": ["Home", "Party - Unions", "Party work"], "skip": "Skip to Content",
        "featured": "FEATURED NEWS", "most_read": "MOST READ", "views": "View count",
        "related": "Related news", "share": ["Share", "Facebook", "Zalo", "Print", "Email"],
        "footer": ["CAU GIAY DISTRICT PORTAL", "Managed by: People's Committee of Cau Giay district",
                   f"Address: {ADDRESS_EN}", f"Phone: {PHONE}"],
        "search": "Search", "back": "Back", "site": "Cau Giay District Portal",
        "not_found_h": "Not Found",
        "not_found_p": "The requested resource could not be found.",
        "more": "More", "pages": "Page",
    },
}


def l6_page(lang: str, page_title: str, path: str, column1: str) -> str:
    t = L6[lang]
    other_lang = path[3:] if path.startswith("/en/") else "/en" + path
    menu = "\n".join(
        f'<li class="{"selected " if i == 3 else ""}lfr-nav-item"><a href="/{"en/" if lang == "en" else ""}m{i}"'
        f' onclick="Liferay.Util.forcePost(this)"><span>{html.escape(m)}</span></a></li>'
        for i, m in enumerate(t["menu"]))
    crumbs = "\n".join(
        f'<li class="{"first" if i == 0 else "last" if i == 2 else ""}"><a href="/c{i}">{html.escape(c)}</a></li>'
        for i, c in enumerate(t["crumbs"]))
    sep = "." if lang == "vi" else ","
    featured = "\n".join(
        f'<div class="asset-abstract"><h3 class="asset-title"><a href="{other_url(i, en=(i % 2 == 1))}">'
        f'{html.escape(OTHERS[i][2])}</a></h3><div class="asset-metadata"><span class="metadata-entry '
        f'metadata-publish-date">{OTHERS[i][3]}</span></div></div>'
        for i in (0, 1, 2))
    most_read = "\n".join(
        f'<li><a href="{other_url(i, en=(lang == "en"))}">{html.escape(OTHERS[i][2])}</a><br/>'
        f'<span class="view-count">{t["views"]}: {OTHERS[i][4].replace(".", sep)}</span></li>'
        for i in (3, 4, 5))
    footer = "<br/>\n".join(html.escape(x) for x in t["footer"])
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="{t['lang_attr']}">
<head>
<title>{html.escape(page_title)} - {t['site']}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="/caugiay-theme/images/favicon.ico" rel="Shortcut Icon" />
<link class="lfr-css-file" href="/caugiay-theme/css/main.css?browserId=other&amp;themeId=caugiaytheme_WAR_caugiaytheme&amp;languageId={t['lang_attr'].replace('-', '_')}&amp;b=6210&amp;t=1640995200000" rel="stylesheet" type="text/css" />
<script type="text/javascript">
/*<![CDATA[*/
var themeDisplay = Liferay.themeDisplay = {{getLanguageId: function() {{return "{t['lang_attr'].replace('-', '_')}";}}, getPathMain: function() {{return "/c";}}}};
Liferay.Portlet.list = ["56_INSTANCE_k3Jd8sLq2mXa", "101_INSTANCE_tinNoiBat", "3"];
/*]]>*/
</script>
<style type="text/css">
.journal-content-article p {{ margin-bottom: 8px; }}
#column-2 .asset-title a {{ color: #0b4f9c; }}
</style>
</head>
<body class="yui3-skin-sam controls-visible signed-out public-page site">
<a href="#main-content" id="skip-to-content">{t['skip']}</a>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner">
<div id="heading">
<h1 class="site-title"><a class="logo custom-logo" href="/trang-chu" title="{SITE_VI}"><img alt="{SITE_VI}" height="120" src="/image/company_logo?img_id=20155&amp;t=1640995200000" width="980" /></a>
<span class="site-name" title="{SITE_VI}">{SITE_VI}</span></h1>
</div>
<div class="language"><a href="{path if lang == 'vi' else other_lang}">Tiếng Việt</a> | <a href="{other_lang if lang == 'vi' else path}">English</a></div>
<form action="/{'en/' if lang == 'en' else ''}tim-kiem" class="search"><input name="q" placeholder="{t['search']}..." type="text" /><button type="submit">{t['search']}</button></form>
<nav class="sort-pages modify-pages" id="navigation" role="navigation">
<ul aria-label="Site Pages" role="menubar">
{menu}
</ul>
</nav>
</header>
<div id="content">
<nav class="site-breadcrumbs" id="breadcrumbs">
<ul class="breadcrumbs breadcrumbs-horizontal lfr-component">
{crumbs}
</ul>
</nav>
<div class="columns-2" id="main-content" role="main">
<div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span8" id="column-1">
{column1}
</div>
<div class="portlet-column portlet-column-last span4" id="column-2">
<div class="portlet-boundary portlet-boundary_101_ portlet-asset-publisher" id="p_p_id_101_INSTANCE_tinNoiBat_">
<section class="portlet">
<header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">{t['featured']}</span></h2></header>
<div class="portlet-content">
{featured}
</div>
</section>
</div>
<div class="portlet-boundary portlet-boundary_101_ portlet-asset-publisher" id="p_p_id_101_INSTANCE_docNhieu_">
<section class="portlet">
<header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">{t['most_read']}</span></h2></header>
<div class="portlet-content"><ul class="most-viewed">
{most_read}
</ul></div>
</section>
</div>
</div>
</div>
</div>
</div>
<footer id="footer" role="contentinfo">
<p class="powered-by">{footer}</p>
</footer>
</div>
<script type="text/javascript">
AUI().use('aui-base', 'liferay-menu', function(A) {{ Liferay.Menu.init(); A.all('.social-share a').on('click', function(e) {{ e.preventDefault(); }}); }});
</script>
</body>
</html>
"""


def l6_article(story: Story, lang: str, url: str, meta_html: str, enc, variants, *,
               section: str | None = "CÔNG TÁC ĐẢNG", inner_script: bool = False) -> str:
    t = L6[lang]
    path = story.path(en=(lang == "en"))
    body = render_body_blocks(story, enc, url, para_tag="p", para_attrs=' style="text-align: justify;"',
                              variants=variants)
    if inner_script:
        body += ('\n<script type="text/javascript">(function(d){var s=d.createElement("script");'
                 's.src="https://sp.zalo.me/plugins/sdk.js";d.body.appendChild(s);})(document);</script>')
    related = "\n".join(
        f'<li class="asset-links-item"><a href="{other_url(i, en=(lang == "en"))}">{html.escape(OTHERS[i][2])}</a>'
        f' <span class="date">({OTHERS[i][3]})</span></li>'
        for i in (6, 7, 8))
    share = t["share"]
    enc_url = html.escape(HOST + path, quote=True)
    section_html = (f'<div class="header-cat"><a href="/{"en/" if lang == "en" else ""}dang-doan-the">'
                    f"{section}</a></div>\n") if section else ""
    column1 = f"""<div class="portlet-boundary portlet-boundary_56_ portlet-static portlet-journal-content" id="p_p_id_56_INSTANCE_k3Jd8sLq2mXa_">
<span id="p_56_INSTANCE_k3Jd8sLq2mXa"></span>
<section class="portlet" id="portlet_56_INSTANCE_k3Jd8sLq2mXa">
<div class="portlet-content">
<div class="portlet-body">
<div class="journal-content-article" id="article_10155_20182_{story.article_id}_1.3">
{section_html}<h1 class="asset-title header-title">{html.escape(story.title)}</h1>
<div class="asset-metadata">{meta_html}</div>
<div class="asset-content">
{body}
</div>
</div>
<div class="entry-links social-share">
<span class="share-label">{share[0]}:</span>
<a class="fb" href="https://www.facebook.com/sharer/sharer.php?u={enc_url}" onclick="window.open(this.href,'fb','width=600,height=400');return false;">{share[1]}</a>
<a class="zalo zalo-share-button" data-href="{enc_url}" href="#">{share[2]}</a>
<a class="print" href="javascript:window.print();">{share[3]}</a>
<a class="email" href="mailto:?subject={html.escape(story.title, quote=True)}&amp;body={enc_url}">{share[4]}</a>
</div>
<div class="asset-links">
<h4 class="asset-links-title">{t['related']}</h4>
<ul class="asset-links-list">
{related}
</ul>
</div>
</div>
</div>
</section>
</div>"""
    return l6_page(lang, story.title, path, column1)


def theme_liferay6() -> None:
    theme = "liferay6_journal"
    common_not_in_body = ["TIN NỔI BẬT", "ĐỌC NHIỀU NHẤT", "Tin liên quan", "Chia sẻ", "Facebook", "Zalo",
                          "In bài viết", "Gửi email", "Đảng - Đoàn thể", "Dịch vụ công trực tuyến",
                          ADDRESS_VI, "Lượt xem", "Ngày đăng", "CÔNG TÁC ĐẢNG", SITE_VI,
                          "AUI()", "Liferay", "window.", "{"]
    related = [OTHERS[i][2] for i in (6, 7, 8)]
    sidebar = [OTHERS[i][2] for i in (0, 1, 3)]
    html_not = ["<script", "onclick=", "<style", "Zalo", "Tin liên quan", "Lượt xem", "View count",
                *related[:1], ADDRESS_VI]

    # 1. the real article, Vietnamese UI; meta line as the real page writes it
    real = real_story(
        Photo("/documents/20182/5263781/hn12-1.jpg/3f0f5c1e-8a4b-4c9e-9d3e-1b2a7f6c9e01?t=1641547200000",
              REAL_CAPTION_1, "p_em"),
        Photo("/documents/20182/5263781/hn12-2.jpg/a1b2c3d4-0000-4c9e-9d3e-1b2a7f6c9e02?t=1641547200000",
              REAL_CAPTION_2, "p_em"),
        "right_strong")
    variants = ["plain", "spans", "lead_bold", "plain", "nbsp_inner", "plain", "wrapped"]
    url = HOST + real.path(en=False)
    meta = ('\n<span class="metadata-entry metadata-publish-date">Ngày đăng 07/01/2022 | 15:27</span> &nbsp;|&nbsp;'
            '<span class="metadata-entry metadata-view-count">Lượt xem: 171</span>\n')
    article_case(theme, "real_article_vi", real, url=url, lang="vi", section="CÔNG TÁC ĐẢNG", view_count=171,
                 page=l6_article(real, "vi", url, meta, enc_utf8, variants),
                 not_in_body=common_not_in_body + related + sidebar,
                 html_must_contain=["hn12-1.jpg", "hn12-2.jpg", first_plain_words(real, variants)],
                 html_must_not_contain=html_not)

    # 2. the same article, English UI (/en/ prefix); Liferay 6 journal images
    #    (img_id & t, '&' written as &amp;); captions in <i> inside a <span>
    real_en = real_story(
        Photo("/image/journal/article?img_id=5263790&t=1641547200000", REAL_CAPTION_1, "p_i_span"),
        Photo("/image/journal/article?img_id=5263792&t=1641547200000", REAL_CAPTION_2, "p_i_span"),
        "right_strong")
    variants = ["nbsp_indent", "plain", "split_span", "plain"]
    url = HOST + real_en.path(en=True)
    meta = "Publish date 07/01/2022 | 15:27 &nbsp;|&nbsp;View count: 171"
    en_not = ["FEATURED NEWS", "MOST READ", "Related news", "Share", "Facebook", "Zalo", "Print", "Email",
              "Party - Unions", "Online public services", ADDRESS_EN, "View count", "Publish date",
              "CÔNG TÁC ĐẢNG", "CAU GIAY DISTRICT PORTAL", "AUI()", "{"]
    article_case(theme, "real_article_en", real_en, url=url, lang="en", section="CÔNG TÁC ĐẢNG",
                 view_count=171, page=l6_article(real_en, "en", url, meta, enc_utf8, variants, inner_script=True),
                 not_in_body=en_not + related + sidebar + ["sp.zalo.me"],
                 html_must_contain=["img_id=5263790", "img_id=5263792", first_plain_words(real_en, variants)],
                 html_must_not_contain=["<script", "onclick=", "sp.zalo.me", "Related news", "View count",
                                        ADDRESS_EN, related[0]])

    # 3. older content stored with CKEditor's Latin-1 entities (v&agrave;),
    #    plain centred caption, a photo without caption, an upper-case
    #    signature that is not right-aligned; 1.234 views; query + fragment
    #    in the fetched URL
    huy = story_huy_hieu(
        Photo("/documents/20182/5184410/trao-huy-hieu-01.JPG", "Đồng chí Bí thư Quận ủy trao Huy hiệu 75 năm tuổi "
              "Đảng cho các đảng viên lão thành", "p_plain"),
        Photo("https://caugiay.hanoi.gov.vn/documents/20182/5184410/trao-huy-hieu-02.JPG", None, "p_nocap"))
    variants = ["lead_bold", "plain", "nbsp_inner", "spans"]
    url = HOST + huy.path(en=False) + "?inheritRedirect=true&redirect=%2Fdang-doan-the#p_56"
    meta = ('<span class="metadata-entry metadata-publish-date">Ngày đăng 02/02/2021 | 09:30</span>  |  '
            '<span class="metadata-entry metadata-view-count">Lượt xem: 1.234</span>')
    article_case(theme, "entities_ckeditor_vi", huy, url=url, lang="vi", section="CÔNG TÁC ĐẢNG",
                 view_count=1234, page=l6_article(huy, "vi", url, meta, enc_ckeditor, variants),
                 not_in_body=common_not_in_body + related + sidebar,
                 html_must_contain=["trao-huy-hieu-01.JPG", "trao-huy-hieu-02.JPG", first_plain_words(huy, variants)],
                 html_must_not_contain=html_not)

    # non-articles: the section's listing page and Liferay's "not found" page
    items = []
    for i, (aid, slug, title, date, views) in enumerate(OTHERS[:8]):
        items.append(f"""<div class="asset-abstract">
<h3 class="asset-title"><a href="/dang-doan-the/-/view_content/{aid}-{slug}.html">{html.escape(title)}</a></h3>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">Ngày đăng {date} | 08:{10 + i:02d}</span> | <span class="metadata-entry metadata-view-count">Lượt xem: {views}</span></div>
<div class="asset-summary"><p style="text-align: justify;">{html.escape(title)} với sự tham dự của đại diện lãnh đạo các ban xây dựng Đảng Quận ủy, đảng ủy các phường và đông đảo cán bộ, đảng viên.</p></div>
<div class="asset-more"><a href="/dang-doan-the/-/view_content/{aid}-{slug}.html">Xem tiếp »</a></div>
</div>""")
    listing_col = f"""<div class="portlet-boundary portlet-boundary_101_ portlet-asset-publisher" id="p_p_id_101_INSTANCE_ctd_">
<section class="portlet">
<header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">CÔNG TÁC ĐẢNG</span></h2></header>
<div class="portlet-content">
{chr(10).join(items)}
<div class="taglib-page-iterator"><div class="search-pages"><div class="page-links">
<a class="first" href="?_101_INSTANCE_ctd_cur=1">Đầu</a> <span>Trang 1 / 24</span> <a class="next" href="?_101_INSTANCE_ctd_cur=2">Tiếp</a> <a class="last" href="?_101_INSTANCE_ctd_cur=24">Cuối</a>
</div></div></div>
</div>
</section>
</div>"""
    error_case(theme, "listing_vi", HOST + "/dang-doan-the",
               l6_page("vi", "Đảng - Đoàn thể", "/dang-doan-the", listing_col))
    nf_col = f"""<div class="portlet-boundary portlet-journal-content">
<section class="portlet"><div class="portlet-content"><div class="portlet-body">
<h2>{L6['vi']['not_found_h']}</h2>
<div class="alert alert-error portlet-msg-error">{L6['vi']['not_found_p']}</div>
<a href="/trang-chu">« {L6['vi']['back']}</a>
</div></div></section></div>"""
    path = "/dang-doan-the/-/view_content/5199999-bai-viet-da-go.html"
    error_case(theme, "not_found_vi", HOST + path, l6_page("vi", L6["vi"]["not_found_h"], path, nf_col))


# ==========================================================================
# Theme 2: tin_chi_tiet
#   A home-grown Vietnamese CMS (XHTML 1.0, Vietnamese class names): no <h1>
#   anywhere; today's date in the header; the left column (TIN NỔI BẬT /
#   TIN ĐỌC NHIỀU, <h2> headings, items with their own date and
#   "Lượt xem: 2.345") comes BEFORE the article in the DOM; the title is an
#   <h2>; the meta line is split over two elements ("Ngày xuất bản" with the
#   time before the date, "Lượt đọc"); photos in CKEditor 5 <figure>s;
#   share bar and "Tin khác" after the body.
# ==========================================================================


def tct_page(page_title: str, main: str) -> str:
    menu = ["Trang chủ", "Giới thiệu", "Tin tức", "Đảng - Đoàn thể", "Chính quyền", "Văn bản", "Hỏi đáp",
            "Liên hệ"]
    menu_html = "\n".join(f'<li><a href="/tct/m{i}">{m}</a></li>' for i, m in enumerate(menu))
    noi_bat = "\n".join(
        f'<li class="tin"><h3 class="ten-tin"><a href="{other_url(i, en=(i == 1), absolute=(i == 2))}">'
        f'{html.escape(OTHERS[i][2])}</a></h3><span class="ngay">{OTHERS[i][3]}</span> '
        f'<span class="luot-xem">Lượt xem: {OTHERS[i][4]}</span></li>'
        for i in (0, 1, 2, 3))
    doc_nhieu = "\n".join(
        f'<li><a href="{other_url(i)}">{html.escape(OTHERS[i][2])}</a> <em>(Ngày đăng: {OTHERS[i][3]} | '
        f'Lượt xem: {OTHERS[i][4]})</em></li>'
        for i in (4, 5))
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Cổng TTĐT quận Cầu Giấy | {html.escape(page_title)}</title>
<link rel="stylesheet" type="text/css" href="/tct/css/giao-dien.css" />
<script type="text/javascript">
  (function(i,s,o,g,r,a,m){{i['GoogleAnalyticsObject']=r;i[r]=i[r]||function(){{(i[r].q=i[r].q||[]).push(arguments)}}}})(window,document,'script','//www.google-analytics.com/analytics.js','ga');
  ga('create', 'UA-00000000-1', 'auto'); ga('send', 'pageview');
</script>
</head>
<body>
<div id="khung">
<div id="dau-trang">
<div class="logo"><a href="/"><img src="/tct/images/logo-quoc-huy.png" alt="Quốc huy" /></a>
<div class="ten-cong"><span class="dong-1">ĐẢNG BỘ - CHÍNH QUYỀN - NHÂN DÂN</span><span class="dong-2">QUẬN CẦU GIẤY</span></div></div>
<div class="thanh-tren"><span class="ngay-hien-tai">Thứ Hai, 14/03/2022</span>
<form class="tim-kiem" action="/tim-kiem"><input type="text" name="tukhoa" value="Nhập từ khóa..." onfocus="this.value=''" /><input type="submit" value="Tìm" /></form></div>
<ul class="menu-ngang">
{menu_html}
</ul>
</div>
<div id="than-trang">
<div class="cot-trai">
<div class="khoi"><h2 class="tieu-de-khoi">TIN NỔI BẬT</h2>
<ul class="ds-tin">
{noi_bat}
</ul></div>
<div class="khoi"><h2 class="tieu-de-khoi">TIN ĐỌC NHIỀU</h2>
<ul class="ds-tin">
{doc_nhieu}
</ul></div>
<div class="khoi lien-ket"><h2 class="tieu-de-khoi">LIÊN KẾT WEBSITE</h2>
<select onchange="window.open(this.value)"><option>-- Chọn website --</option><option value="https://hanoi.gov.vn">Cổng giao tiếp điện tử Hà Nội</option></select></div>
</div>
<div class="cot-giua">
{main}
</div>
</div>
<div id="chan-trang">
<p><b>CỔNG THÔNG TIN ĐIỆN TỬ QUẬN CẦU GIẤY</b></p>
<p>Địa chỉ: {ADDRESS_VI} - Điện thoại: {PHONE}</p>
<p>Ghi rõ nguồn “Cổng thông tin điện tử quận Cầu Giấy” khi phát hành lại thông tin từ website này.</p>
</div>
</div>
</body>
</html>
"""


def tct_article(story: Story, url: str, date_line: str, views_line: str | None, enc, variants,
                para_attrs: str = ' style="text-align:justify"') -> str:
    body = render_body_blocks(story, enc, url, para_tag="p", para_attrs=para_attrs, variants=variants)
    views = f'\n<div class="luot-xem-bai">{views_line}</div>' if views_line else ""
    tin_khac = "\n".join(
        f'<li><a href="{other_url(i)}">{html.escape(OTHERS[i][2])}</a> <span class="ngay">({OTHERS[i][3]})</span></li>'
        for i in (6, 7, 8, 9))
    main = f"""<div class="tin-chi-tiet">
<div class="chuyen-muc"><a href="/dang-doan-the">CÔNG TÁC ĐẢNG</a></div>
<h2 class="tieu-de">{enc(story.title)}</h2>
<div class="thong-tin-bai">
<div class="ngay-dang"><img src="/tct/images/dong-ho.gif" alt="" /> {date_line}</div>{views}
</div>
<div class="noi-dung">
{body}
</div>
<div class="chia-se">Chia sẻ: <a href="https://www.facebook.com/sharer.php?u={html.escape(url, quote=True)}" target="_blank">Facebook</a>
<a href="https://zalo.me/share?u={html.escape(url, quote=True)}" target="_blank">Zalo</a>
<a href="#" onclick="window.print(); return false;">In bài</a>
<a href="#" onclick="guiEmail(); return false;">Gửi email</a>
<a href="javascript:history.back()">Quay lại</a></div>
<div class="tin-khac"><h3>Tin khác</h3>
<ul>
{tin_khac}
</ul></div>
</div>"""
    return tct_page(story.title, main)


def theme_tin_chi_tiet() -> None:
    theme = "tin_chi_tiet"
    common = ["TIN NỔI BẬT", "TIN ĐỌC NHIỀU", "LIÊN KẾT WEBSITE", "Tin khác", "Chia sẻ", "Facebook", "Zalo",
              "In bài", "Gửi email", "Quay lại", "Hỏi đáp", "Thứ Hai", "14/03/2022", ADDRESS_VI,
              "Ngày xuất bản", "Lượt đọc", "Lượt xem", "CÔNG TÁC ĐẢNG", "QUẬN CẦU GIẤY", "Ghi rõ nguồn",
              "ga(", "GoogleAnalytics"]
    others = [OTHERS[i][2] for i in (0, 1, 4, 6, 9)]
    html_not = ["<script", "onclick=", "onfocus=", "Tin khác", "Zalo", "Lượt đọc", "Lượt xem",
                OTHERS[6][2], OTHERS[0][2]]

    # 1. time before date, meta split over two elements, <figure>+<figcaption>,
    #    "- " list paragraphs, right-aligned signature that is a name
    s = story_nghi_quyet_tw4(Photo("/documents/20182/5241122/hoi-nghi-nq-tw4.jpg",
                                   "Quang cảnh Hội nghị tại điểm cầu Trung tâm Chính trị quận", "figure"))
    variants = ["plain", "lead_bold", "plain", "spans"]
    url = HOST + s.path(en=False)
    article_case(theme, "split_meta_figure", s, url=url, lang="vi", section="CÔNG TÁC ĐẢNG", view_count=2817,
                 page=tct_article(s, url, "Ngày xuất bản: 08:00 24/12/2021", "Lượt đọc: 2.817", enc_utf8, variants),
                 not_in_body=common + others,
                 html_must_contain=["hoi-nghi-nq-tw4.jpg", first_plain_words(s, variants)],
                 html_must_not_contain=html_not)

    # 2. no view count at all; figure without caption (absolute URL); empty
    #    paragraphs; no signature although the last line is short
    s = story_ubkt(Photo("https://caugiay.hanoi.gov.vn/documents/20182/5265250/ubkt-tong-ket-2021.jpg", None,
                         "figure_nocap"))
    variants = ["plain", "nbsp_indent", "plain", "split_span"]
    url = HOST + s.path(en=False)
    article_case(theme, "no_view_count", s, url=url, lang="vi", section="CÔNG TÁC ĐẢNG", view_count=None,
                 page=tct_article(s, url, "Ngày đăng: 09:30 - 18/01/2022", None, enc_utf8, variants,
                                  para_attrs=""),
                 not_in_body=common + others,
                 html_must_contain=["ubkt-tong-ket-2021.jpg", first_plain_words(s, variants)],
                 html_must_not_contain=html_not)

    # 3. the whole article (title, body, caption, signature) pasted from
    #    Word: NFD text; upper-case signature in a plain bold paragraph
    s = story_92_nam(Photo("/documents/20182/5273374/gap-mat-3-2.png",
                           "Các đại biểu dự buổi gặp mặt chụp ảnh lưu niệm", "figure_center"))
    variants = ["spans", "plain", "wrapped", "lead_bold"]
    url = HOST + s.path(en=False)
    article_case(theme, "nfd_text", s, url=url, lang="vi", section="CÔNG TÁC ĐẢNG", view_count=3456,
                 page=tct_article(s, url, "Ngày đăng: 14:00 03/02/2022", "Lượt xem: 3.456", enc_nfd, variants),
                 not_in_body=common + others,
                 html_must_contain=["gap-mat-3-2.png", first_plain_words(s, variants)],
                 html_must_not_contain=html_not + ["onerror="])

    # non-articles: listing (page 2 of the section) and a removed article
    items = "\n".join(
        f"""<div class="tin-ds"><a href="{other_url(i)}"><img src="/documents/20182/{aid}/anh-dai-dien.jpg" alt="" /></a>
<h3 class="tieu-de-tin"><a href="{other_url(i)}">{html.escape(title)}</a></h3>
<div class="ngay-dang">Ngày đăng: 1{i}:00 {date} | Lượt xem: {views}</div>
<p class="tom-tat">{html.escape(title)}. Tham dự có lãnh đạo Quận ủy và các ban xây dựng Đảng.</p></div>"""
        for i, (aid, slug, title, date, views) in enumerate(OTHERS))
    listing = f"""<div class="ds-tin-chuyen-muc">
<div class="chuyen-muc"><a href="/dang-doan-the">CÔNG TÁC ĐẢNG</a></div>
{items}
<div class="phan-trang"><a href="?trang=1">«</a> <a href="?trang=1">1</a> <b>2</b> <a href="?trang=3">3</a> <a href="?trang=4">4</a> <a href="?trang=3">»</a></div>
</div>"""
    error_case(theme, "listing_page2", HOST + "/dang-doan-the?p_p_id=101_INSTANCE_ctd&_101_INSTANCE_ctd_cur=2",
               tct_page("Công tác Đảng", listing))
    gone = """<div class="tin-chi-tiet">
<div class="chuyen-muc"><a href="/dang-doan-the">CÔNG TÁC ĐẢNG</a></div>
<h2 class="tieu-de">Thông báo</h2>
<div class="noi-dung"><p>Bài viết không tồn tại hoặc đã bị gỡ bỏ.</p>
<p><a href="/dang-doan-the">Quay lại chuyên mục</a></p></div>
</div>"""
    error_case(theme, "article_removed",
               HOST + "/dang-doan-the/-/view_content/5270001-hoi-nghi-da-go.html", tct_page("Thông báo", gone))


# ==========================================================================
# Theme 3: bootstrap_utility
#   A Liferay 7 / Bootstrap 5 theme styled with utility classes only
#   (col-md-8 mb-3 fs-3 fw-bold ...): the site name is the page's only
#   <h1>; NO section name anywhere (no kicker, no breadcrumb) -> section
#   null; the title is a bold <div>; labels and values of the meta line are
#   separate <span>s (minified in one page: no whitespace between them);
#   body paragraphs are <div>s; lazy-loaded photos (placeholder src, real
#   data-src, one protocol-relative); an inline <script> inside the body
#   container; the "Đọc nhiều" rail comes first in the DOM (order-md-2).
# ==========================================================================

BS = {
    "vi": {"menu": ["Trang chủ", "Giới thiệu", "Tin tức", "Đảng - Đoàn thể", "Chính quyền", "Công dân",
                    "Doanh nghiệp"],
           "most": "Đọc nhiều", "newest": "Tin mới", "views": "Lượt xem", "other": "Các tin khác",
           "share": ["Facebook", "Zalo", "In", "Email"], "site": "CỔNG THÔNG TIN ĐIỆN TỬ QUẬN CẦU GIẤY",
           "foot": f"Trụ sở: {ADDRESS_VI}", "copy": "© Bản quyền thuộc Ủy ban nhân dân quận Cầu Giấy"},
    "en": {"menu": ["Home", "About", "News", "Party - Unions", "Government", "Citizens", "Businesses"],
           "most": "Most read", "newest": "Latest news", "views": "Views", "other": "Other news",
           "share": ["Facebook", "Zalo", "Print", "Email"], "site": "CAU GIAY DISTRICT PORTAL",
           "foot": f"Office: {ADDRESS_EN}", "copy": "© People's Committee of Cau Giay district"},
}


def bs_page(lang: str, page_title: str, main: str) -> str:
    t = BS[lang]
    pre = "/en" if lang == "en" else ""
    menu = "".join(f'<li class="nav-item"><a class="nav-link text-white px-3" href="{pre}/n{i}">{m}</a></li>'
                   for i, m in enumerate(t["menu"]))
    sep = "," if lang == "en" else "."
    most = "\n".join(
        f'<div class="d-flex mb-3 border-bottom pb-2"><span class="fs-4 fw-bold text-danger me-2">{k + 1}</span>'
        f'<div><a class="text-decoration-none text-dark fw-semibold" href="{other_url(i, en=(k % 2 == 0))}">'
        f'{html.escape(OTHERS[i][2])}</a><div class="small text-muted">{OTHERS[i][3]} · {t["views"]}: '
        f'{OTHERS[i][4].replace(".", sep)}</div></div></div>'
        for k, i in enumerate((3, 0, 5, 2)))
    newest = "\n".join(
        f'<li class="list-group-item px-0"><a class="text-decoration-none" href="{other_url(i, en=(lang == "en"))}">'
        f'{html.escape(OTHERS[i][2])}</a> <span class="badge bg-light text-muted">{OTHERS[i][3]}</span></li>'
        for i in (1, 4))
    return f"""<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(page_title)} | Quận Cầu Giấy</title>
<link rel="stylesheet" href="/o/caugiay-theme/css/bootstrap.min.css">
<style>.lazy{{min-height:200px;background:#eee}} .fs-3{{font-size:1.6rem}}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());</script>
</head>
<body class="bg-white">
<div class="bg-light border-bottom py-2"><div class="container d-flex justify-content-between align-items-center">
<h1 class="h5 m-0 text-danger fw-bold">{t['site']}</h1>
<div class="small"><a href="/">VI</a> | <a href="/en">EN</a></div></div></div>
<nav class="navbar navbar-expand-lg bg-primary p-0"><div class="container"><ul class="navbar-nav">{menu}</ul></div></nav>
<div class="container my-4"><div class="row g-4">
<aside class="col-md-4 order-md-2">
<div class="p-3 bg-light rounded mb-4"><div class="fw-bold text-uppercase text-primary border-bottom border-2 border-primary mb-3 pb-1">{t['most']}</div>
{most}
</div>
<div class="p-3 border rounded"><div class="fw-bold text-uppercase mb-2">{t['newest']}</div><ul class="list-group list-group-flush">
{newest}
</ul></div>
</aside>
<div class="col-md-8 order-md-1">
{main}
</div>
</div></div>
<footer class="bg-dark text-white-50 py-4 mt-5"><div class="container small">
<div class="fw-bold text-white mb-1">{t['site']}</div>
<div>{t['foot']}</div><div>Email: ubnd_caugiay@hanoi.gov.vn · {PHONE}</div><div>{t['copy']}</div>
</div></footer>
<script src="/o/caugiay-theme/js/lazyload.min.js"></script>
<script>document.addEventListener("DOMContentLoaded",function(){{new LazyLoad({{elements_selector:".lazy"}});}});</script>
</body>
</html>
"""


def bs_article(story: Story, lang: str, url: str, meta_html: str, enc, variants) -> str:
    t = BS[lang]
    pre = "/en" if lang == "en" else ""
    body = render_body_blocks(story, enc, url, para_tag="div", para_attrs=' class="mb-3"', variants=variants,
                              trailing_empty=False)
    others = "\n".join(
        f'<div class="col-6 mb-3"><a class="text-decoration-none fw-semibold" href="{other_url(i, en=(lang == "en"))}">'
        f'{html.escape(OTHERS[i][2])}</a><div class="small text-muted">{OTHERS[i][3]}</div></div>'
        for i in (6, 7, 8, 9))
    sh = t["share"]
    return bs_page(lang, story.title, f"""<div class="mb-2 fs-3 fw-bold lh-sm text-dark">{html.escape(story.title)}</div>
<div class="d-flex flex-wrap gap-2 small text-muted border-bottom pb-2 mb-3">{meta_html}</div>
<div class="fs-6 lh-lg text-body text-justify">
{body}
<script>if(window.LazyLoad){{new LazyLoad();}}</script>
</div>
<div class="d-flex gap-2 my-4">
<a class="btn btn-sm btn-primary" href="#" onclick="shareFb('{html.escape(url, quote=True)}');return false;">{sh[0]}</a>
<a class="btn btn-sm btn-info text-white" href="#" onclick="shareZalo();return false;">{sh[1]}</a>
<button class="btn btn-sm btn-outline-secondary" type="button" onclick="window.print()">{sh[2]}</button>
<a class="btn btn-sm btn-outline-secondary" href="mailto:?subject={html.escape(story.title, quote=True)}">{sh[3]}</a>
</div>
<div class="mt-4"><div class="fw-bold text-uppercase border-bottom border-2 mb-3 pb-1">{t['other']}</div>
<div class="row">
{others}
</div></div>
<input type="hidden" id="articleId" value="{story.article_id}">""")


def theme_bootstrap() -> None:
    theme = "bootstrap_utility"
    others = [OTHERS[i][2] for i in (0, 1, 3, 6, 9)]
    vi_not = ["Đọc nhiều", "Tin mới", "Các tin khác", "Facebook", "Zalo", "Email", "Lượt xem", "Ngày đăng",
              "Đảng - Đoàn thể", "Doanh nghiệp", ADDRESS_VI, "ubnd_caugiay", "Bản quyền", "LazyLoad", "gtag",
              "CỔNG THÔNG TIN"]
    html_not = ["<script", "onclick=", "LazyLoad", "Zalo", "Các tin khác", "Lượt xem", OTHERS[6][2]]

    # 1. labels and values in separate spans, 12,507 views, lazy photos,
    #    right-aligned name as signature
    s = story_hoi_thi(
        Photo("/documents/20182/5310456/hoi-thi-bi-thu-chi-bo-gioi-1.jpg", "Ban Giám khảo chấm thi vòng chung kết",
              "lazy_div_i"),
        Photo("/documents/20182/5310456/hoi-thi-bi-thu-chi-bo-gioi-2.jpg",
              "Ban Tổ chức trao giải Nhất cho thí sinh Đảng bộ phường Yên Hòa", "lazy_div_em"))
    variants = ["plain", "nbsp_inner", "spans", "lead_bold"]
    url = HOST + s.path(en=False)
    meta = ("\n<span>Ngày đăng:</span>\n<span>21/06/2022</span>\n<span>10:15</span>\n<span class=\"mx-1\">|</span>\n"
            "<span>Lượt xem:</span>\n<span class=\"fw-semibold\">12,507</span>\n")
    article_case(theme, "lazy_photos_no_section", s, url=url, lang="vi", section=None, view_count=12507,
                 page=bs_article(s, "vi", url, meta, enc_utf8, variants),
                 not_in_body=vi_not + others,
                 html_must_contain=["hoi-thi-bi-thu-chi-bo-gioi-1.jpg", "hoi-thi-bi-thu-chi-bo-gioi-2.jpg",
                                    first_plain_words(s, variants)],
                 html_must_not_contain=html_not)

    # 2. English UI, minified meta (no whitespace between the spans),
    #    "Views", a protocol-relative lazy photo without caption, no signature
    s = story_so_ket(
        Photo("/documents/20182/5311820/so-ket-6-thang-2022.jpg", "Quang cảnh Hội nghị sơ kết", "lazy_div_em"),
        Photo("//caugiay.hanoi.gov.vn/documents/20182/5311820/so-ket-6-thang-2022-b.jpg", None, "lazy_nocap"))
    variants = ["spans", "plain", "plain", "split_span"]
    url = HOST + s.path(en=True)
    meta = ('<span>Publish date:</span><span>02/08/2022</span><span>07:45</span><span class="mx-1">|</span>'
            '<span>Views:</span><span class="fw-semibold">845</span>')
    en_not = ["Most read", "Latest news", "Other news", "Facebook", "Zalo", "Print", "Email", "Views",
              "Publish date", "Party - Unions", "Businesses", ADDRESS_EN, "ubnd_caugiay", "LazyLoad", "gtag",
              "CAU GIAY DISTRICT PORTAL"]
    article_case(theme, "en_minified_meta", s, url=url, lang="en", section=None, view_count=845,
                 page=bs_article(s, "en", url, meta, enc_utf8, variants),
                 not_in_body=en_not + others,
                 html_must_contain=["so-ket-6-thang-2022.jpg", "so-ket-6-thang-2022-b.jpg",
                                    first_plain_words(s, variants)],
                 html_must_not_contain=["<script", "onclick=", "LazyLoad", "Zalo", "Other news", "Views:",
                                        OTHERS[6][2]])

    # 3. labels without colons, zero views (a count, not "none"),
    #    upper-case signature in a plain <div>
    s = story_ket_nap(Photo("../../../documents/20182/5312934/ket-nap-dang-vien-thcs-nghia-tan.jpg",
                            "Các đảng viên mới tuyên thệ dưới cờ Đảng", "lazy_div_i"))
    variants = ["lead_bold", "plain", "nbsp_indent"]
    url = HOST + s.path(en=False)
    meta = ("<span>Ngày đăng</span> <span>28/09/2022</span> <span>16:40</span> <span>|</span> "
            "<span>Lượt xem</span> <span>0</span>")
    article_case(theme, "zero_views_upper_signature", s, url=url, lang="vi", section=None, view_count=0,
                 page=bs_article(s, "vi", url, meta, enc_utf8, variants),
                 not_in_body=vi_not + others,
                 html_must_contain=["ket-nap-dang-vien-thcs-nghia-tan.jpg", first_plain_words(s, variants)],
                 html_must_not_contain=html_not)

    # non-articles: English listing and English 404
    items = "\n".join(
        f"""<div class="row mb-4"><div class="col-4"><img class="img-fluid lazy" src="/o/caugiay-theme/images/blank.gif" data-src="/documents/20182/{aid}/thumb.jpg" alt=""></div>
<div class="col-8"><a class="fs-5 fw-bold text-decoration-none" href="{other_url(i, en=True)}">{html.escape(title)}</a>
<div class="small text-muted"><span>Publish date:</span> <span>{date}</span> <span>|</span> <span>Views:</span> <span>{en_count(views)}</span></div>
<div class="mt-1">{html.escape(title)}: the meeting was attended by leaders of the District Party Committee.</div></div></div>"""
        for i, (aid, slug, title, date, views) in enumerate(OTHERS))
    listing = f"""<div class="mb-3 fs-4 fw-bold text-uppercase text-primary">Party work</div>
{items}
<nav><ul class="pagination"><li class="page-item active"><a class="page-link" href="#">1</a></li><li class="page-item"><a class="page-link" href="?cur=2">2</a></li><li class="page-item"><a class="page-link" href="?cur=2">Next</a></li></ul></nav>"""
    error_case(theme, "listing_en", HOST + "/en/dang-doan-the", bs_page("en", "Party - Unions", listing))
    nf = """<div class="text-center py-5"><div class="display-1 fw-bold text-muted">404</div>
<div class="fs-4 fw-bold mb-2">Not Found</div>
<p>The requested resource could not be found.</p>
<a class="btn btn-primary" href="/en">Back to home</a></div>"""
    error_case(theme, "not_found_en", HOST + "/en/dang-doan-the/-/view_content/5319999-khong-con.html",
               bs_page("en", "Not Found", nf))


# ==========================================================================
# Theme 4: table_legacy
#   An old (2008-style) table layout: nested <table>s, <font>, <b>, no
#   heading elements at all, every Vietnamese letter stored as a numeric or
#   named entity (&#7871; &#x1EA3; &agrave;); the section name only as the
#   last breadcrumb item ("Công tác Đảng" as shown); the title a
#   <font size=4><b>; body text runs separated by <br><br> inside one
#   <div align=justify>; photos in one-column tables with the caption in the
#   next row; signature right-aligned with align="right"; left column with
#   dated items before the article, right column "Đọc nhiều nhất" with view
#   counts; javascript: links for print / e-mail / back.
# ==========================================================================

E = enc_numeric


def tl_page(page_title: str, crumb_last: str | None, main_rows: str) -> str:
    menu = " | ".join(f'<a href="/default.aspx?tabid={i}"><font color="#FFFFFF">{E(m)}</font></a>'
                      for i, m in enumerate(["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Đảng - Đoàn thể",
                                             "Văn bản pháp quy", "Thủ tục hành chính", "Liên hệ"]))
    left = "\n".join(
        f'<tr><td><img src="/images/bullet.gif"> <a href="{other_url(i, en=(i == 2))}"><font size="2">{E(OTHERS[i][2])}'
        f'</font></a><br><font size="1" color="#999999">({OTHERS[i][3]})</font></td></tr>'
        for i in (0, 1, 2, 3))
    right = "\n".join(
        f'<tr><td><a href="{other_url(i)}"><font size="2">{E(OTHERS[i][2])}</font></a><br>'
        f'<font size="1" color="#999999">{E("Ngày đăng")}: {OTHERS[i][3]} | {E("Lượt xem")}: {OTHERS[i][4]}</font></td></tr>'
        for i in (4, 5, 9))
    crumbs = ""
    if crumb_last:
        crumbs = (f'<tr><td><font face="Arial" size="1" color="#666666"><a href="/">{E("Trang chủ")}</a> &raquo; '
                  f'<a href="/dang-doan-the">{E("Đảng - Đoàn thể")}</a> &raquo; '
                  f'<a href="/dang-doan-the/cong-tac-dang">{E(crumb_last)}</a></font></td></tr>')
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>UBND QUAN CAU GIAY :: {E(page_title)}</title>
<link rel="stylesheet" href="/css/style.css" type="text/css">
<script language="javascript" src="/js/menu.js"></script>
<script language="javascript">
function openWin(u){{ window.open(u,'','width=600,height=450,scrollbars=yes'); }}
function startClock(){{ document.getElementById('clock').innerHTML = new Date().toLocaleString(); }}
</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onload="startClock()">
<table width="980" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="3"><img src="/images/banner-caugiay.jpg" width="980" height="150" alt="{E('Cổng thông tin điện tử quận Cầu Giấy')}"></td></tr>
<tr><td colspan="3" bgcolor="#B30000" height="28"><font face="Arial" size="2"><b>&nbsp;{menu}</b></font> <span id="clock"></span></td></tr>
<tr>
<td width="200" valign="top" bgcolor="#F4F4F4">
<table width="100%" border="0" cellpadding="4" cellspacing="0">
<tr><td bgcolor="#B30000"><font face="Arial" size="2" color="#FFFFFF"><b>{E('TIN NỔI BẬT')}</b></font></td></tr>
{left}
<tr><td bgcolor="#B30000"><font face="Arial" size="2" color="#FFFFFF"><b>{E('THĂM DÒ Ý KIẾN')}</b></font></td></tr>
<tr><td><font size="2">{E('Bạn đánh giá thế nào về giao diện mới?')}</font><br><input type="radio" name="bc"> {E('Đẹp')}<br><input type="radio" name="bc"> {E('Bình thường')}<br><input type="button" value="{E('Biểu quyết')}" onclick="openWin('/poll.aspx')"></td></tr>
</table>
</td>
<td width="580" valign="top">
<table width="100%" border="0" cellpadding="5" cellspacing="0">
{crumbs}
{main_rows}
</table>
</td>
<td width="200" valign="top" bgcolor="#F4F4F4">
<table width="100%" border="0" cellpadding="4" cellspacing="0">
<tr><td bgcolor="#B30000"><font face="Arial" size="2" color="#FFFFFF"><b>{E('ĐỌC NHIỀU NHẤT')}</b></font></td></tr>
{right}
</table>
</td>
</tr>
<tr><td colspan="3" bgcolor="#B30000" align="center"><font face="Arial" size="1" color="#FFFFFF">
{E('Bản quyền thuộc Ủy ban nhân dân quận Cầu Giấy')}<br>
{E('Địa chỉ: ' + ADDRESS_VI)}<br>
{E('Điện thoại')}: {PHONE} - Fax: 024.37.564.543
</font></td></tr>
</table>
</body>
</html>
"""


def tl_article(story: Story, url: str, meta_text: str) -> str:
    body = render_body_br(story, E, url)
    khac = "<br>\n".join(
        f'&middot; <a href="{other_url(i)}">{E(OTHERS[i][2])}</a> <font size="1" color="#999999">({OTHERS[i][3]})</font>'
        for i in (6, 7, 8))
    rows = f"""<tr><td><font face="Arial" size="4" color="#00529B"><b>{E(story.title)}</b></font></td></tr>
<tr><td><font face="Arial" size="1" color="#666666"><i>{meta_text}</i></font></td></tr>
<tr><td><font face="Arial" size="2"><div align="justify">
{body}
</div></font></td></tr>
<tr><td align="right"><font size="1"><a href="javascript:window.print()"><img src="/images/print.gif" border="0"> {E('In trang')}</a> &nbsp;
<a href="javascript:openWin('/sendmail.aspx?id={story.article_id}')"><img src="/images/email.gif" border="0"> {E('Gửi email')}</a> &nbsp;
<a href="javascript:history.back()">{E('Quay lại')}</a></font></td></tr>
<tr><td><hr size="1" color="#CCCCCC"><font face="Arial" size="2"><b>{E('Các tin khác')}:</b><br>
{khac}
</font></td></tr>"""
    return tl_page(story.title, "Công tác Đảng", rows)


def theme_table_legacy() -> None:
    theme = "table_legacy"
    common = ["TIN NỔI BẬT", "THĂM DÒ Ý KIẾN", "Biểu quyết", "ĐỌC NHIỀU NHẤT", "Các tin khác", "In trang",
              "Gửi email", "Quay lại", "Văn bản pháp quy", "Thủ tục hành chính", ADDRESS_VI, "Bản quyền",
              "Ngày đăng", "Lượt xem", "Công tác Đảng", "openWin", "startClock", "Fax"]
    others = [OTHERS[i][2] for i in (0, 3, 4, 6, 8)]
    html_not = ["<script", "onclick=", "onload=", "Các tin khác", "In trang", "Lượt xem", OTHERS[6][2]]

    # 1. the real article again, every letter an entity, photos in tables,
    #    relative "../../../" image paths, right-aligned upper-case signature
    real = real_story(
        Photo("../../../Uploads/images/2022/01/07/hn12_1.jpg", REAL_CAPTION_1, "table"),
        Photo("../../../Uploads/images/2022/01/07/hn12_2.jpg", REAL_CAPTION_2, "table"),
        "align_right_div")
    url = HOST + real.path(en=False)
    meta = E("Ngày đăng") + ":&nbsp;07/01/2022&nbsp;15:27&nbsp;|&nbsp;" + E("Lượt xem") + ":&nbsp;171"
    article_case(theme, "real_article_entities", real, url=url, lang="vi", section="Công tác Đảng",
                 view_count=171, page=tl_article(real, url, meta),
                 not_in_body=common + others,
                 html_must_contain=["hn12_1.jpg", "hn12_2.jpg", " ".join(REAL_PARAS[1].split()[1:5])],
                 html_must_not_contain=html_not)

    # 2. date without leading zeros ("1/4/2019"), " - " between date and
    #    time, 2.048 views, right-aligned name as signature
    s = story_bao_cao_vien(Photo("/Uploads/images/2019/04/bcv-thang-4.jpg",
                                 "Báo cáo viên Thành ủy thông tin tại Hội nghị", "table"))
    url = HOST + s.path(en=False)
    meta = E("Ngày đăng") + ": 1/4/2019 - 16:20 | " + E("Lượt xem") + ": 2.048"
    article_case(theme, "short_date_name_signature", s, url=url, lang="vi", section="Công tác Đảng",
                 view_count=2048, page=tl_article(s, url, meta),
                 not_in_body=common + others,
                 html_must_contain=["bcv-thang-4.jpg", " ".join(s.items[1].split()[1:5])],
                 html_must_not_contain=html_not)

    # 3. no view count, photo table without a caption row, no signature
    s = story_sinh_hoat(Photo("/Uploads/images/2018/11/sinh-hoat-chuyen-de-kdc3.jpg", None, "table_nocap"))
    url = HOST + s.path(en=False)
    meta = E("Ngày đăng") + ": 20/11/2018 09:00"
    article_case(theme, "no_views_no_signature", s, url=url, lang="vi", section="Công tác Đảng",
                 view_count=None, page=tl_article(s, url, meta),
                 not_in_body=common + others,
                 html_must_contain=["sinh-hoat-chuyen-de-kdc3.jpg", " ".join(s.items[1].split()[1:5])],
                 html_must_not_contain=html_not)

    # non-articles: listing (page 3) and the old CMS's error message
    rows = "\n".join(
        f'<tr><td><img src="/images/bullet.gif"> <a href="{other_url(i)}"><font face="Arial" size="2"><b>{E(title)}</b>'
        f'</font></a> <font size="1" color="#999999">({date})</font><br><font face="Arial" size="2">'
        f'{E(title + ". Tham dự có đại diện lãnh đạo Quận ủy.")}</font></td></tr>'
        for i, (aid, slug, title, date, views) in enumerate(OTHERS))
    rows += ('\n<tr><td align="center"><font size="2"><a href="?page=2">&laquo;</a> <a href="?page=1">1</a> '
             '<a href="?page=2">2</a> <b>3</b> <a href="?page=4">4</a> <a href="?page=4">&raquo;</a></font></td></tr>')
    error_case(theme, "listing_page3", HOST + "/cong-tac-dang?page=3", tl_page("Công tác Đảng", "Công tác Đảng", rows))
    err = (f'<tr><td align="center"><br><br><font face="Arial" size="3" color="#FF0000"><b>'
           f'{E("Bài viết không tồn tại hoặc đã bị xóa!")}</b></font><br><br>'
           f'<a href="javascript:history.back()"><font size="2">{E("Quay lại")}</font></a><br><br></td></tr>')
    error_case(theme, "article_not_exist", HOST + "/dang-doan-the/-/view_content/4700001-bai-cu.html",
               tl_page("Thông báo", None, err))


# ==========================================================================
# Theme 5: news_portal
#   A news-site-like HTML5 layout: <header>/<main>/<article>/<aside>, today's
#   date in the top bar, breadcrumb <ol>, a kicker link above the <h1>
#   headline, meta in <time> and <span> with icons, share/tool bar BEFORE
#   the body (A- A+), "Từ khóa" tags, "Tin liên quan" with thumbnails (images
#   that are not article photos), a comment form, a right rail with <h2>
#   headings and view counts; figures with <figcaption>, a photo and its
#   caption in the same paragraph, upper-case subheadings mid-body.
# ==========================================================================

NP = {
    "vi": {"menu": ["Trang chủ", "Tin tức", "Đảng - Đoàn thể", "Kinh tế", "Văn hóa - Xã hội", "Dịch vụ công"],
           "crumbs": ["Trang chủ", "Đảng - Đoàn thể", "Công tác Đảng"], "today": "Thứ Bảy, 14/01/2023",
           "tools": ["Chia sẻ Facebook", "Zalo", "In bài viết", "Gửi email"], "tags": "Từ khóa",
           "related": "Tin liên quan", "comments": "Ý kiến bạn đọc", "comment_ph": "Nhập ý kiến của bạn",
           "send": "Gửi ý kiến", "rail": "TIN ĐỌC NHIỀU", "video": "VIDEO", "views": "Lượt xem",
           "foot": ["Cơ quan chủ quản: Ủy ban nhân dân quận Cầu Giấy", f"Địa chỉ: {ADDRESS_VI}",
                    "Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND quận"],
           "title_suffix": "Cổng TTĐT quận Cầu Giấy"},
    "en": {"menu": ["Home", "News", "Party - Unions", "Economy", "Culture - Society", "Public services"],
           "crumbs": ["Home", "Party - Unions", "Party work"], "today": "Saturday, 14/01/2023",
           "tools": ["Share on Facebook", "Zalo", "Print", "Send email"], "tags": "Tags",
           "related": "Related news", "comments": "Readers' comments", "comment_ph": "Your comment",
           "send": "Send comment", "rail": "MOST VIEWED", "video": "VIDEO", "views": "Views",
           "foot": ["Managed by: People's Committee of Cau Giay district", f"Address: {ADDRESS_EN}",
                    "Responsible: Chief of Office of the People's Council and People's Committee"],
           "title_suffix": "Cau Giay District Portal"},
}


def np_page(lang: str, page_title: str, crumbs: bool, main: str) -> str:
    t = NP[lang]
    pre = "/en" if lang == "en" else ""
    menu = "".join(f'<li><a href="{pre}/muc-{i}">{m}</a></li>' for i, m in enumerate(t["menu"]))
    crumb_html = ""
    if crumbs:
        c = t["crumbs"]
        crumb_html = (f'<nav class="crumbs" aria-label="breadcrumb"><ol><li><a href="{pre}/">{c[0]}</a></li>'
                      f'<li><a href="{pre}/dang-doan-the">{c[1]}</a></li><li aria-current="page">{c[2]}</li></ol></nav>')
    sep = "," if lang == "en" else "."
    rail = "\n".join(
        f'<li><a href="{other_url(i, en=(k % 2 == 1))}">{html.escape(OTHERS[i][2])}</a>'
        f'<span class="rail__meta"><time>{OTHERS[i][3]}</time> · {t["views"]}: {OTHERS[i][4].replace(".", sep)}</span></li>'
        for k, i in enumerate((2, 5, 8)))
    foot = "\n".join(f"<p>{html.escape(x)}</p>" for x in t["foot"])
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{html.escape(page_title)} - {t['title_suffix']}</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="/o/np-theme/css/app.css">
<style>
.story__body img{{max-width:100%;height:auto}}
.story__kicker{{color:#c00;font-weight:700}}
</style>
</head>
<body>
<header class="site-header">
<div class="topbar"><span class="today">{t['today']}</span><a class="lang" href="{'/' if lang == 'en' else '/en'}">{'Tiếng Việt' if lang == 'en' else 'English'}</a></div>
<div class="brand"><a href="{pre}/"><img src="/o/np-theme/images/logo.svg" alt=""><strong>QUẬN CẦU GIẤY</strong><span>Cổng thông tin điện tử</span></a></div>
<nav class="mega-menu"><ul>{menu}</ul></nav>
</header>
<main class="page">
{crumb_html}
<div class="layout">
{main}
<aside class="rail">
<section class="rail__box"><h2 class="rail__title">{t['rail']}</h2><ol>
{rail}
</ol></section>
<section class="rail__box"><h2 class="rail__title">{t['video']}</h2><video controls preload="none" poster="/documents/20182/0/video-poster.jpg"><source src="/documents/20182/0/clip.mp4" type="video/mp4"></video></section>
</aside>
</div>
</main>
<footer class="site-footer">
<div class="site-footer__brand">QUẬN CẦU GIẤY</div>
{foot}
</footer>
<script>
(function(){{var b=document.querySelectorAll('[data-font]');b.forEach(function(x){{x.addEventListener('click',function(){{document.querySelector('.story__body').style.fontSize=x.dataset.font;}});}});}})();
</script>
</body>
</html>
"""


def np_article(story: Story, lang: str, url: str, info_html: str, enc, variants, tags: list[str]) -> str:
    t = NP[lang]
    pre = "/en" if lang == "en" else ""
    body = render_body_blocks(story, enc, url, para_tag="p", para_attrs="", variants=variants)
    related = "\n".join(
        f'<li class="related__item"><a href="{other_url(i, en=(lang == "en"))}"><img src="/documents/20182/{OTHERS[i][0]}/thumb-{OTHERS[i][0]}.jpg" alt="">'
        f'<span>{html.escape(OTHERS[i][2])}</span></a><time>{OTHERS[i][3]}</time></li>'
        for i in (0, 6, 7))
    tools = t["tools"]
    tag_html = ", ".join(f'<a href="{pre}/tag/{i}">{html.escape(x)}</a>' for i, x in enumerate(tags))
    return np_page(lang, story.title, True, f"""<article class="story">
<header class="story__head">
<a class="story__kicker" href="{pre}/dang-doan-the">CÔNG TÁC ĐẢNG</a>
<h1 class="story__headline">{enc(story.title)}</h1>
<div class="story__info">{info_html}</div>
<div class="story__tools">
<a class="tool tool--fb" href="https://www.facebook.com/sharer/sharer.php?u={html.escape(url, quote=True)}" target="_blank" rel="noopener">{tools[0]}</a>
<a class="tool tool--zalo" href="#" data-href="{html.escape(url, quote=True)}">{tools[1]}</a>
<a class="tool tool--print" href="#" onclick="window.print();return false">{tools[2]}</a>
<a class="tool tool--mail" href="mailto:?subject={html.escape(story.title, quote=True)}">{tools[3]}</a>
<button type="button" data-font="14px">A-</button><button type="button" data-font="18px">A+</button>
</div>
</header>
<div class="story__body">
{body}
</div>
<div class="story__tags"><span>{t['tags']}:</span> {tag_html}</div>
<section class="related"><h2 class="related__title">{t['related']}</h2><ul>
{related}
</ul></section>
<section class="comments"><h2>{t['comments']}</h2>
<form action="{pre}/binh-luan" method="post"><input type="hidden" name="id" value="{story.article_id}">
<input type="text" name="ten" placeholder="Họ và tên"><textarea name="noidung" placeholder="{t['comment_ph']}"></textarea>
<button type="submit">{t['send']}</button></form></section>
</article>""")


def theme_news_portal() -> None:
    theme = "news_portal"
    vi_not = ["Chia sẻ Facebook", "Zalo", "In bài viết", "Gửi email", "A+", "Từ khóa", "Tin liên quan",
              "Ý kiến bạn đọc", "Gửi ý kiến", "Họ và tên", "TIN ĐỌC NHIỀU", "VIDEO", "Thứ Bảy", "Văn hóa - Xã hội",
              ADDRESS_VI, "Chịu trách nhiệm", "Lượt xem", "Ngày đăng", "CÔNG TÁC ĐẢNG", "QUẬN CẦU GIẤY",
              "querySelectorAll", "{"]
    en_not = ["Share on Facebook", "Zalo", "Print", "Send email", "A+", "Tags", "Related news",
              "Readers' comments", "Send comment", "MOST VIEWED", "VIDEO", "Saturday", "Culture - Society",
              ADDRESS_EN, "Responsible", "Views", "View count", "Publish date", "CÔNG TÁC ĐẢNG", "QUẬN CẦU GIẤY",
              "querySelectorAll", "{"]
    others = [OTHERS[i][2] for i in (0, 2, 5, 6, 7)]
    # tag names are words the bodies also use, so they are not pinned; the
    # label is.

    # 1. the second known real article (id 5211375), English UI, <time>
    #    element, "View count"; figure with figcaption
    s = story_hn36(Photo("/documents/20182/5211375/toan-canh-hoi-nghi-36.jpg",
                         "Toàn cảnh Hội nghị Ban Chấp hành Đảng bộ quận Cầu Giấy lần thứ 36", "figure"))
    variants = ["plain", "spans", "lead_bold"]
    url = HOST + s.path(en=True)
    info = ('<span class="story__date"><i class="icon icon-clock"></i> Publish date <time datetime="2020-03-03">'
            '03/03/2020 | 14:00</time></span>\n<span class="story__views"><i class="icon icon-eye"></i> View count: 490</span>')
    article_case(theme, "hn36_en", s, url=url, lang="en", section="CÔNG TÁC ĐẢNG", view_count=490,
                 page=np_article(s, "en", url, info, enc_utf8, variants, ["Party building", "Conference"]),
                 not_in_body=en_not + others,
                 html_must_contain=["toan-canh-hoi-nghi-36.jpg", first_plain_words(s, variants)],
                 html_must_not_contain=["<script", "onclick=", "Related news", "Readers' comments", "Zalo",
                                        "View count", "Tags:", OTHERS[0][2], ADDRESS_EN])

    # 2. NFD text everywhere in the article, labels without colons,
    #    upper-case subheadings mid-body, caption in the photo's own
    #    paragraph after a <br>, right-aligned upper-case signature
    s = story_tong_ket_2022(
        Photo("/documents/20182/5321077/tong-ket-xdd-2022-1.jpg", "Đồng chí Bí thư Quận ủy phát biểu chỉ đạo Hội nghị",
              "figure"),
        Photo("/documents/20182/5321077/tong-ket-xdd-2022-2.jpg", "Các tập thể nhận Giấy khen của Ban Thường vụ Quận ủy",
              "same_p_br"))
    variants = ["plain", "nbsp_inner", "split_span", "plain", "wrapped"]
    url = HOST + s.path(en=False)
    info = (f'<span class="story__date"><i class="icon icon-clock"></i> {enc_nfd("Ngày đăng")} 22/12/2022 | 16:45</span>'
            f'<span class="story__views"><i class="icon icon-eye"></i> {enc_nfd("Lượt xem")} 1.002</span>')
    article_case(theme, "nfd_subheadings", s, url=url, lang="vi", section="CÔNG TÁC ĐẢNG", view_count=1002,
                 page=np_article(s, "vi", url, info, enc_nfd, variants, ["Xây dựng Đảng", "Tổng kết"]),
                 not_in_body=vi_not + others,
                 html_must_contain=["tong-ket-xdd-2022-1.jpg", "tong-ket-xdd-2022-2.jpg", first_plain_words(s, variants)],
                 html_must_not_contain=["<script", "onclick=", "Tin liên quan", "Ý kiến bạn đọc", "Zalo",
                                        "Lượt xem", "Từ khóa", OTHERS[0][2], ADDRESS_VI])

    # 3. English UI, "Views: 2,311", absolute image URL, a photo without a
    #    caption, right-aligned name as signature
    s = story_gap_mat(
        Photo("https://caugiay.hanoi.gov.vn/documents/20182/5323345/gap-mat-xuan-quy-mao.jpg",
              "Các đồng chí nguyên lãnh đạo quận dự buổi gặp mặt", "figure"),
        Photo("/documents/20182/5323345/gap-mat-xuan-quy-mao-2.jpg", None, "p_nocap"))
    variants = ["lead_bold", "plain", "spans", "nbsp_indent"]
    url = HOST + s.path(en=True) + "?_com_liferay_journal_content_web_portlet_JournalContentPortlet_languageId=en_US"
    info = ('<span class="story__date">Publish date: 14/01/2023 | 09:10</span> '
            '<span class="story__views">Views: 2,311</span>')
    article_case(theme, "en_views_variant", s, url=url, lang="en", section="CÔNG TÁC ĐẢNG", view_count=2311,
                 page=np_article(s, "en", url, info, enc_utf8, variants, ["Tet", "Former leaders"]),
                 not_in_body=en_not + others,
                 html_must_contain=["gap-mat-xuan-quy-mao.jpg", "gap-mat-xuan-quy-mao-2.jpg", first_plain_words(s, variants)],
                 html_must_not_contain=["<script", "onclick=", "Related news", "Readers' comments", "Zalo",
                                        "Views:", "Tags:", OTHERS[0][2], ADDRESS_EN])

    # non-articles: the section listing (cards with dates and views) and a 404
    cards = "\n".join(
        f"""<article class="card"><a href="{other_url(i)}"><img src="/documents/20182/{aid}/thumb-{aid}.jpg" alt=""></a>
<h3 class="card__title"><a href="{other_url(i)}">{html.escape(title)}</a></h3>
<div class="card__meta"><time>{date} | 0{i}:30</time> · Lượt xem: {views}</div>
<p class="card__sapo">{html.escape(title)}, với sự tham dự của lãnh đạo Quận ủy, HĐND, UBND quận.</p></article>"""
        for i, (aid, slug, title, date, views) in enumerate(OTHERS))
    listing = f"""<section class="category">
<h1 class="category__title">CÔNG TÁC ĐẢNG</h1>
{cards}
<nav class="pager"><a class="is-active" href="?p=1">1</a><a href="?p=2">2</a><a href="?p=3">3</a><a href="?p=2">Trang sau »</a></nav>
</section>"""
    error_case(theme, "listing_vi", HOST + "/dang-doan-the/cong-tac-dang", np_page("vi", "Công tác Đảng", True, listing))
    nf = """<section class="error-page">
<h1>Không tìm thấy trang</h1>
<p>Lỗi 404: Đường dẫn bạn truy cập không tồn tại hoặc bài viết đã được gỡ bỏ.</p>
<p><a href="/">Về trang chủ</a></p>
</section>"""
    error_case(theme, "not_found_vi", HOST + "/dang-doan-the/-/view_content/5329999-khong-tim-thay.html",
               np_page("vi", "Không tìm thấy trang", False, nf))


# --------------------------------------------------------------------------
# Writing the fixtures
# --------------------------------------------------------------------------


def self_check(case: Case) -> None:
    """Fixture mistakes are caught here, not blamed on the parser."""
    exp = case.expected
    if exp is None:
        return
    for key, val in exp.items():
        for s in (val if isinstance(val, list) else [val]):
            if isinstance(s, str):
                assert unicodedata.is_normalized("NFC", s), (case.name, key)
    body = exp["body"]
    for snippet in exp["body_must_not_contain"]:
        assert snippet not in body, f"{case.theme}/{case.name}: {snippet!r} is in the expected body"
    assert "\n\n\n" not in body and body == body.strip()
    for para in body.split("\n\n"):
        assert para == collapse(para), (case.name, para)
    page = case.html
    assert "<script" in page
    if case.name.startswith("nfd"):
        assert not unicodedata.is_normalized("NFC", page), case.name
    if "entities" in case.name:
        assert "&#" in page or "&agrave;" in page
    # the title element differs from the article title
    title_el = page.split("<title>", 1)[1].split("</title>", 1)[0]
    assert collapse(html.unescape(title_el)) != exp["title"]


def main() -> None:
    check_real_source()
    for build in (theme_liferay6, theme_tin_chi_tiet, theme_bootstrap, theme_table_legacy, theme_news_portal):
        build()
    themes = sorted({c.theme for c in CASES})
    for theme in themes:
        shutil.rmtree(HERE / theme, ignore_errors=True)
    seen = set()
    for case in CASES:
        assert (case.theme, case.name) not in seen
        seen.add((case.theme, case.name))
        self_check(case)
        d = HERE / case.theme / case.name
        d.mkdir(parents=True)
        (d / "page.html").write_bytes(case.html.encode("utf-8"))
        (d / "meta.json").write_text(json.dumps({"url": case.url}, ensure_ascii=False, indent=2) + "\n",
                                     encoding="utf-8")
        if case.expected is None:
            (d / "expected_error.json").write_text(json.dumps({"not_an_article": True}) + "\n", encoding="utf-8")
        else:
            (d / "expected.json").write_text(json.dumps(case.expected, ensure_ascii=False, indent=2) + "\n",
                                             encoding="utf-8")
    n_art = sum(c.expected is not None for c in CASES)
    print(f"{len(themes)} themes, {n_art} article pages, {len(CASES) - n_art} non-article pages")


if __name__ == "__main__":
    main()
