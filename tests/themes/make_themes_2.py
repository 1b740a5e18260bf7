#!/usr/bin/env python3
"""Second, independent set of page-theme fixtures (themes named ``x_*``).

Written from the public description of the portal only (DESIGN.md "The
Article", portal/FACTS.md and the real article text), without looking at the
parser, the replica or the first set of themes.  Each article is written
once as a list of blocks; every theme renders the blocks with its own markup
habits, and the expected Article is derived from the same blocks, so page
and expectation cannot drift apart.

Run from anywhere: ``python tests/themes/make_themes_2.py``.  Deterministic:
re-running rewrites the same files.

Themes
------
x_liferay7_clay      Liferay 7 / Clay asset publisher: section as portlet title,
                     title in h3.component-title, view count BEFORE the date,
                     labels in <strong>/<label>, icon fonts, print link,
                     tags, related list reusing the title class, sidebar after.
x_sidebar_first      "Most read" sidebar FIRST in the DOM, with the same
                     <ul class="news-info"> meta list as the article (date, time,
                     views in separate <li>s); one-column table photos with
                     lazy images; upper-case office signature followed by
                     empty paragraphs; "Tin cùng chuyên mục"; comment form.
x_sapo_magazine      Magazine layout: kicker section, h1 title, bold sapo/lead
                     (an <h4> between title and meta, or <p><strong> right after
                     meta); dates with weekday or "15 giờ 27, ngày ..."; no date
                     label; figure/figcaption with <picture>; entity-encoded and
                     NFD text; UTC article:published_time meta.
x_print_popup        Liferay print view (?p_p_state=pop_up): portal name in
                     bold capitals above, title in a bold <div> (no heading),
                     no section, "Ngày in" date in the footer; the real article
                     in the English UI with /image/journal/article?img_id=..&t=..
                     photos; soft hyphens and zero-width spaces; time before date.
x_meta_bottom_br     Old layout: date and view count UNDER the article text; body
                     paragraphs separated by <br /><br /> in one <div>; centred
                     <div> photos with an <i> caption; right-aligned <div> signature.
x_html5_cards        HTML5 semantic: <h1> is the site logo, title in <h2>, the
                     sidebar of <article class="card"> items with <time> comes
                     before <main>; <time datetime> in the meta; "1.024 lượt xem"
                     (number before label); capitalised subheadings in the body,
                     list, blockquote; lazy srcset figures inside <a> links.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from html.entities import codepoint2name
from pathlib import Path

HERE = Path(__file__).resolve().parent
HOST = "https://caugiay.hanoi.gov.vn"
SECTION = "CÔNG TÁC ĐẢNG"
TODAY = datetime(2026, 11, 27)
VI_DAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# ---------------------------------------------------------------------------
# inline markup in block texts: {a:URL|text}  {b:text}  {i:text}
MARK = re.compile(r"\{(a|b|i):([^{}]*)\}")


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def attr(s: str) -> str:
    return html.escape(s, quote=True)


def plain(s: str) -> str:
    return MARK.sub(lambda m: m.group(2).split("|", 1)[1] if m.group(1) == "a" else m.group(2), s)


def ident(s: str) -> str:
    return s


def inline(s: str, tx=ident, link_extra: str = "") -> str:
    out, pos = [], 0
    for m in MARK.finditer(s):
        out.append(tx(esc(s[pos:m.start()])))
        kind, val = m.groups()
        if kind == "a":
            href, text = val.split("|", 1)
            out.append(f'<a href="{attr(href)}"{link_extra}>{tx(esc(text))}</a>')
        elif kind == "b":
            out.append(f"<strong>{tx(esc(val))}</strong>")
        else:
            out.append(f"<em>{tx(esc(val))}</em>")
        pos = m.end()
    out.append(tx(esc(s[pos:])))
    return "".join(out)


# text transforms applied to escaped text nodes ------------------------------
def tx_entities(s: str) -> str:
    """Old CKEditor habit: every non-ASCII letter as a named or numeric entity."""
    out = []
    n = 0
    for ch in s:
        cp = ord(ch)
        if cp < 128:
            out.append(ch)
            continue
        name = codepoint2name.get(cp)
        if name:
            out.append(f"&{name};")
        else:
            out.append(f"&#{cp};" if n % 2 == 0 else f"&#x{cp:X};")
            n += 1
    return "".join(out)


def tx_nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


def tx_nbsp(s: str) -> str:
    """Word paste: NBSP runs after commas and instead of every 6th space."""
    s = s.replace(", ", ",&nbsp;&nbsp; ")
    parts = s.split(" ")
    out = parts[0]
    for i, p in enumerate(parts[1:], 1):
        out += ("&nbsp;" if i % 6 == 0 else " ") + p
    return out


def tx_nfd_nbsp(s: str) -> str:
    return tx_nbsp(tx_nfd(s))


def tx_invisible(s: str) -> str:
    """Soft hyphens inside words and zero-width spaces next to spaces."""
    s = s.replace("UBMTTQ", "UBMT&shy;TQ").replace("Quy chế", "Quy ch&#173;ế")
    s = s.replace("năm 2022, ", "năm 2022,&#8203; ").replace("đồng bộ;", "đồng bộ;&#x200B;")
    s = s.replace("Nhân dân.", "Nhân dân.&#8203;")
    return tx_nbsp(s)


# ---------------------------------------------------------------------------
@dataclass
class Img:
    path: str                 # root-relative, raw (unescaped) path incl. query
    big: str | None = None    # a larger version the photo links to
    w: int = 700
    h: int = 467


@dataclass
class Art:
    id: int
    slug: str
    title: str
    when: datetime
    views: int | None
    blocks: list
    summary: str = ""

    def url(self, lang: str = "vi", query: str = "") -> str:
        pre = "/en" if lang == "en" else ""
        return f"{HOST}{pre}/dang-doan-the/-/view_content/{self.id}-{self.slug}.html{query}"

    def rel(self, lang: str = "vi") -> str:
        return self.url(lang)[len(HOST):]


def P(t):
    return ("p", t)


def LEAD(t):
    return ("lead", t)


def UL(*items):
    return ("ul", list(items))


def H(t):
    return ("h", t)


def QUOTE(t):
    return ("quote", t)


def PHOTO(imgs, caption):
    return ("photo", imgs if isinstance(imgs, list) else [imgs], caption)


def SIG(t):
    return ("sig", t)


# ---------------------------------------------------------------------------
# The real article (portal/000_30f86087a6ec7e8e.txt), verbatim.
REAL_TEXT = """CÔNG TÁC ĐẢNG

Đảng bộ quận Cầu Giấy tổ chức Hội nghị Ban Chấp hành lần thứ 12
Publish date 07/01/2022 | 15:27  | View count: 171

Sáng ngày 07-01, Ban Chấp hành Đảng bộ quận Cầu Giấy (khóa VI) đã tổ chức Hội nghị lần thứ 12 để thảo luận và thông qua các nội dung theo chương trình công tác đã đề ra. Đồng chí Trần Thị Phương Hoa - Thành ủy viên, Bí thư Quận ủy; đồng chí Nguyễn Văn Chiến - Phó Bí thư Thường trực Quận ủy, Chủ tịch HĐND quận; đồng chí Bùi Tuấn Anh - Phó Bí thư Quận ủy, Chủ tịch UBND quận chủ trì Hội nghị.

Tham dự Hội nghị có các đồng chí đại diện các ban xây dựng Đảng Thành ủy; Ủy viên Ban Thường vụ Quận uỷ; Thường trực HĐND, Lãnh đạo UBND quận; các đồng chí Quận ủy viên và ủy viên UBKT Quận ủy.

Đồng chí Nguyễn Văn Chiến - Phó Bí thư Thường trực Quận ủy - Chủ tịch HĐND quận phát biểu tai Hội nghị

Tại hội nghị, đã có 11 ý kiến phát biểu thảo luận, đóng góp vào các vấn đề và đã thống nhất thông qua các văn bản do Ban Thường vụ Quận ủy trình tại hội nghị: Báo cáo kiểm điểm công tác lãnh đạo, chỉ đạo của Ban Thường vụ Quận ủy năm 2021. Báo cáo tổng kết công tác xây dựng Đảng, xây dựng hệ thống chính trị năm 2021. Báo cáo kết quả kiểm điểm, đánh giá, xếp loại chất lượng tổ chức Đảng, đảng viên và tập thể, cá nhân cán bộ lãnh đạo, quản lý năm 2021. Chương trình công tác của Ban Chấp hành Đảng bộ quận, Ban Thường vụ, Thường trực Quận ủy năm 2022. Báo cáo công tác tài chính Đảng năm 2021; nhiệm vụ công tác tài chính Đảng năm 2022.

Phát biểu kết luận tại Hội nghị, đồng chí Trần Thị Phương Hoa - Thành ủy viên, Bí thư Quận ủy thay mặt Ban Chấp hành Đảng bộ quận ghi nhận, đánh giá cao sự chuẩn bị của Ban Thường vụ Quận ủy, các Ban Đảng Quận ủy. Năm 2021, trong bối cảnh chịu sự tác động nặng nề của đại dịch Covid-19, khối lượng công việc lớn, có nhiều việc mới, việc khó, phức tạp phát sinh từ thực tiễn, nhưng Đảng bộ quận đã chủ động, sáng tạo, nỗ lực phấn đấu đoàn kết, quyết tâm cao, tranh thủ thuận lợi, thời cơ, vượt qua khó khăn, thách thức, đạt được những kết quả quan trọng, toàn diện: Quận đã thực hiện 13/13 chỉ tiêu đạt và vượt chỉ tiêu thành phố giao. Kinh tế quận tiếp tục duy trì và đạt mức tăng trưởng khá. Đầu tư xây dựng, quản lý và phát triển đô thị có chuyển biến tích cực. Công tác văn hóa - xã hội được quan tâm chỉ đạo, an sinh xã hội được đảm bảo, đặc biệt trong thời kỳ dịch bệnh với tinh thần tương thân tương ái, đoàn kết, giúp đỡ nhau. Công tác giáo dục – đào tạo phát triển mạnh cả về quy mô và chất lượng. An ninh chính trị, trật tự an toàn xã hội được giữ vững. Công tác xây dựng Đảng và xây dựng hệ thống chính trị có nhiều đổi mới và đạt kết quả quan trọng; phương pháp lãnh đạo, chỉ đạo, điều hành của Thường trực, Ban Thường vụ Quận ủy có nhiều đổi mới, sáng tạo, hiệu quả. Năm 2021, Đảng bộ quận Cầu Giấy giữ vững là đơn vị trong sạch, vững mạnh; các Ban xây dựng Đảng, UBND, UBMTTQ và các đoàn thể chính trị - xã hội Quận được cấp trên đánh giá Hoàn thành Xuất sắc nhiệm vụ năm 2021. Toàn Đảng bộ có 42/44 tổ chức cơ sở đảng hoàn thành tốt và hoàn thành xuất sắc nhiệm vụ, không có tổ chức cơ sở đảng yếu kém.

Quang cảnh Hội nghị

Về nhiệm vụ công tác năm 2022, đồng chí Bí thư Quận ủy yêu cầu các cấp ủy Đảng, chính quyền, lực lượng vũ trang, cơ quan, đơn vị trên địa bàn quận cần tập trung cao độ, phát huy vai trò, trách nhiệm của người đứng đầu để khẩn trương thực hiện đồng bộ các nhiệm vụ, giải pháp, quyết tâm thực hiện thắng lợi, toàn diện các nhiệm vụ được giao. Tiếp tục ưu tiên nhân lực, thời gian và nguồn lực để kiểm soát hiệu quả dịch bệnh Covid -19. Nỗ lực cao nhất để phục hồi lấy lại đà tăng trưởng. Phát triển sự nghiệp văn hóa, xã hội. Đảm bảo an sinh xã hội, ổn định đời sống của Nhân dân. Đảm bảo an ninh chính trị, trật tự an toàn xã hội, quốc phòng và quân sự địa phương. Hoàn thành chỉ tiêu giao quân năm 2022. Toàn Quận sẽ tập trung thực hiện tốt các nhiệm vụ chủ yếu sau:

- Lãnh đạo triển khai thực hiện các chỉ tiêu, nhiệm vụ về công tác xây dựng Đảng, xây dựng hệ thống chính trị quận gắn với chủ đề công tác năm 2022 “Kỷ cương, trách nhiệm, hành động, sáng tạo, phát triển”. Lãnh đạo hoàn thành và hoàn thành vượt mức: 04 chỉ tiêu về công tác xây dựng Đảng, MTTQ và các tổ chức chính trị - xã hội; 21 chỉ tiêu về phát triển kinh tế - xã hội và 02 chỉ tiêu về nhiệm vụ an ninh - quốc phòng; phấn đấu hoàn thành xuất sắc các nhiệm vụ chính trị của Đảng bộ quận năm 2022.

- Lãnh đạo, chỉ đạo triển khai và thực hiện tốt Kế hoạch tổ chức các hoạt động thi đua lập thành tích chào mừng kỷ niệm 25 năm ngày thành lập Quận (01/9/1997 - 01/9/2022). Chỉ đạo thực hiện bảo đảm chất lượng, tiến độ các dự án trọng điểm trong đó có dự án xây dựng trụ sở Quận ủy - HĐND - UBND quận..

- Duy trì thực hiện nghiêm túc, hiệu quả các biện pháp phòng, chống và giảm thiểu thiệt hại do đại dịch Covid-19; chủ động xây dựng, triển khai các kịch bản phòng, chống theo các cấp độ của dịch; hạn chế tối đa tác động tiêu cực đến các hoạt động kinh tế - xã hội và đời sống người dân.

- Tiếp tục đổi mới phương thức lãnh đạo, bảo đảm khoa học, hiệu quả, thiết thực. Làm tốt công tác dự báo, nắm bắt tình hình cơ sở; định hướng tư tưởng, hướng dẫn dư luận; tăng cường đối thoại, lắng nghe, tiếp thu ý kiến góp ý tích cực của tổ chức, đảng viên và nhân dân để lãnh đạo, chỉ đạo, sâu sát, kịp thời, có trọng tâm, trọng điểm. Phát huy vai trò của Mặt trận Tổ quốc, các đoàn thể chính trị - xã hội trong giám sát, phản biện xã hội, góp ý xây dựng Đảng, xây dựng chính quyền. Thực hiện tốt nguyên tắc tập trung dân chủ; phát huy vai trò tập thể lãnh đạo, cá nhân phụ trách, vai trò, trách nhiệm của người đứng đầu; phân công rõ người, rõ việc, rõ trách nhiệm; sâu sát cơ sở, tập trung khắc phục những hạn chế, khuyết điểm, chỉ đạo giải quyết, tháo gỡ vướng mắc, khó khăn cho cơ sở.

Năm 2022 kỷ niệm 25 năm thành lập quận, Ban Chấp hành Đảng bộ quận yêu cầu các cấp ủy Đảng, chính quyền, Mặt trận Tổ quốc, các đoàn thể chính trị - xã hội từ quận đến cơ sở; cán bộ, đảng viên, lực lượng vũ trang và các tầng lớp nhân dân quận tiếp tục phát huy truyền thống đoàn kết, với quyết tâm chính trị cao nhất, phấn đấu hoàn thành toàn diện các mục tiêu, chỉ tiêu nhiệm vụ năm 2022; trước mắt tổ chức phục vụ nhân dân vui Xuân, đón Tết Nhâm Dần 2022 bảo đảm vui tươi, lành mạnh, an toàn, tiết kiệm, đảm bảo mọi nhà đều có Tết.

VĂN PHÒNG QUẬN ỦY"""
_rp = REAL_TEXT.split("\n\n")
REAL_CAPTIONS = (_rp[4], _rp[7])
REAL = Art(
    5400812, "dang-bo-quan-cau-giay-to-chuc-hoi-nghi-ban-chap-hanh-lan-thu-12",
    _rp[1].split("\n")[0], datetime(2022, 1, 7, 15, 27), 171,
    [P(_rp[2]), P(_rp[3]),
     PHOTO(Img("/documents/20182/5400812/HN-BCH-lan-12-1.jpg/6c1f0d2e-9a55-4d1b-8d0b-5b0f4e2c1a11?t=1641546012345"), _rp[4]),
     P(_rp[5]), P(_rp[6]),
     PHOTO(Img("/documents/20182/5400812/HN-BCH-lan-12-2.jpg/0b7e4c3a-12f0-4a77-9e61-2f3d8c9b7e20?t=1641546019876"), _rp[7]),
     P(_rp[8]), P(_rp[9]), P(_rp[10]), P(_rp[11]), P(_rp[12]), P(_rp[13]),
     SIG(_rp[14])],
    "Sáng ngày 07-01, Ban Chấp hành Đảng bộ quận Cầu Giấy (khóa VI) đã tổ chức Hội nghị lần thứ 12.")
assert REAL.title == "Đảng bộ quận Cầu Giấy tổ chức Hội nghị Ban Chấp hành lần thứ 12"
assert _rp[14] == "VĂN PHÒNG QUẬN ỦY" and len(_rp) == 15

# ---------------------------------------------------------------------------
# Articles written for these fixtures (realistic party-work news).
NQ4 = Art(
    5402318, "quan-uy-cau-giay-quan-triet-trien-khai-ket-luan-hoi-nghi-trung-uong-4-khoa-xiii",
    "Quận ủy Cầu Giấy quán triệt, triển khai Kết luận Hội nghị Trung ương 4 khóa XIII",
    datetime(2022, 1, 18, 9, 10), 12507,
    [P("Sáng ngày 18/01, Ban Thường vụ Quận ủy Cầu Giấy tổ chức Hội nghị trực tuyến quán triệt, triển khai "
       "thực hiện {a:/documents/20182/0/KL21-KLTW.pdf|Kết luận số 21-KL/TW} ngày 25/10/2021 của Hội nghị lần thứ "
       "tư Ban Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị. "
       "Hội nghị được kết nối tới 44 điểm cầu tại các chi bộ, đảng bộ cơ sở trực thuộc với hơn 2.300 cán bộ, "
       "đảng viên tham dự."),
     P("Tại Hội nghị, báo cáo viên của Thành ủy đã truyền đạt những nội dung cơ bản của Kết luận, trong đó nhấn "
       "mạnh bốn nhóm nhiệm vụ trọng tâm:"),
     UL("Kiên quyết, kiên trì đấu tranh ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, đạo đức, lối "
        "sống, những biểu hiện “tự diễn biến”, “tự chuyển hóa” trong nội bộ.",
        "Tăng cường công tác kiểm tra, giám sát, kỷ luật đảng; kiểm soát quyền lực trong công tác cán bộ.",
        "Nâng cao chất lượng sinh hoạt chi bộ, phát huy vai trò tiền phong, gương mẫu của cán bộ, đảng viên, "
        "nhất là người đứng đầu.",
        "Đẩy mạnh cải cách hành chính, xây dựng chính quyền điện tử, phục vụ Nhân dân ngày càng tốt hơn."),
     QUOTE("“Mỗi cán bộ, đảng viên phải thực sự là tấm gương sáng về phẩm chất đạo đức, lối sống; nói đi đôi "
           "với làm, trên trước, dưới sau, trong ngoài như một.”"),
     P("Phát biểu chỉ đạo, đồng chí Trần Thị Phương Hoa - Thành ủy viên, Bí thư Quận ủy yêu cầu các cấp ủy, tổ "
       "chức đảng xây dựng kế hoạch thực hiện sát với thực tiễn của đơn vị, hoàn thành trước ngày 28/02/2022. "
       "Toàn văn Kết luận được đăng tải trên {a:https://tulieuvankien.dangcongsan.vn|Cổng Thông tin điện tử Đảng "
       "Cộng sản Việt Nam} để cán bộ, đảng viên nghiên cứu."),
     PHOTO(Img("/documents/20182/5402318/NQ4-bi-thu-phat-bieu.jpg?t=1642471800000"),
           "Đồng chí Trần Thị Phương Hoa - Thành ủy viên, Bí thư Quận ủy phát biểu chỉ đạo tại Hội nghị"),
     P("Sau Hội nghị, 100% chi bộ, đảng bộ cơ sở tổ chức thảo luận tại sinh hoạt chi bộ định kỳ tháng 02/2022; "
       "kết quả thu hoạch của cán bộ, đảng viên được tổng hợp, báo cáo Ban Tuyên giáo Quận ủy."),
     SIG("Nguyễn Hà")],
    "Ban Thường vụ Quận ủy Cầu Giấy tổ chức Hội nghị trực tuyến quán triệt Kết luận số 21-KL/TW tới 44 điểm cầu.")

HUYHIEU = Art(
    5402977, "dang-bo-quan-cau-giay-trao-huy-hieu-dang-dot-3-2-2023",
    "Đảng bộ quận Cầu Giấy trao Huy hiệu Đảng đợt 3/2/2023",
    datetime(2023, 2, 2, 10, 15), 2015,
    [P("Sáng 02/02, nhân kỷ niệm 93 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2023), Quận "
       "ủy Cầu Giấy long trọng tổ chức Lễ trao Huy hiệu Đảng đợt 3/2 cho các đảng viên lão thành trong Đảng bộ "
       "quận."),
     P("Đợt này, toàn Đảng bộ có 215 đồng chí được trao Huy hiệu Đảng, trong đó có 02 đồng chí nhận Huy hiệu 75 "
       "năm tuổi Đảng, 09 đồng chí nhận Huy hiệu 70 năm, 31 đồng chí nhận Huy hiệu 65 năm, 48 đồng chí nhận Huy "
       "hiệu 60 năm, 56 đồng chí nhận Huy hiệu 55 năm và 69 đồng chí nhận Huy hiệu 50, 45, 40 và 30 năm tuổi "
       "Đảng."),
     PHOTO([Img("/documents/20182/5402977/trao-huy-hieu-1-340.jpg", big="/documents/20182/5402977/trao-huy-hieu-1.jpg",
                w=340, h=227),
            Img("/documents/20182/5402977/trao-huy-hieu-2-340.jpg", big="/documents/20182/5402977/trao-huy-hieu-2.jpg",
                w=340, h=227)],
           "Các đồng chí lãnh đạo Quận ủy trao Huy hiệu Đảng và tặng hoa chúc mừng các đảng viên lão thành"),
     P("Thay mặt Ban Thường vụ Quận ủy, đồng chí Bí thư Quận ủy chúc mừng các đồng chí đảng viên vinh dự được "
       "nhận Huy hiệu Đảng; khẳng định đây là phần thưởng cao quý, ghi nhận những cống hiến to lớn của các đồng "
       "chí đối với sự nghiệp cách mạng của Đảng và dân tộc."),
     P("Đồng chí mong muốn các đảng viên lão thành tiếp tục giữ gìn phẩm chất, đạo đức cách mạng, là tấm gương "
       "sáng để thế hệ trẻ học tập, noi theo; tích cực tham gia xây dựng Đảng, chính quyền và các phong trào thi "
       "đua tại khu dân cư."),
     P("Thay mặt các đảng viên được nhận Huy hiệu, đồng chí Phạm Văn Lộc (Chi bộ khu dân cư số 3, Đảng bộ phường "
       "Quan Hoa) bày tỏ niềm tự hào, xúc động và hứa sẽ luôn tuyệt đối trung thành với Đảng, tiếp tục đóng góp "
       "sức mình vào sự phát triển của quận."),
     PHOTO(Img("/documents/20182/5402977/dv-lao-thanh-phat-bieu.jpg", big="/documents/20182/5402977/dv-lao-thanh-phat-bieu-full.jpg"),
           "Đồng chí Phạm Văn Lộc phát biểu cảm tưởng"),
     SIG("BAN TỔ CHỨC QUẬN ỦY")],
    "Nhân kỷ niệm 93 năm Ngày thành lập Đảng, 215 đảng viên lão thành được trao Huy hiệu Đảng.")

SOKET = Art(
    5403410, "dang-bo-quan-cau-giay-so-ket-cong-tac-xay-dung-dang-6-thang-dau-nam-2022",
    "Đảng bộ quận Cầu Giấy sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2022",
    datetime(2022, 7, 14, 14, 0), 1234,
    [P("Chiều ngày 14/7, Ban Thường vụ Quận ủy Cầu Giấy tổ chức Hội nghị sơ kết công tác xây dựng Đảng, xây dựng "
       "hệ thống chính trị 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2022."),
     P("Theo báo cáo tại Hội nghị, 6 tháng đầu năm, công tác giáo dục chính trị tư tưởng được triển khai kịp thời; "
       "100% tổ chức cơ sở đảng đã tổ chức học tập, quán triệt các nghị quyết, chỉ thị của Trung ương, Thành ủy. "
       "Toàn Đảng bộ kết nạp 97 đảng viên mới, đạt 65% chỉ tiêu năm; Ủy ban Kiểm tra các cấp đã kiểm tra 18 tổ "
       "chức đảng và 26 đảng viên khi có dấu hiệu vi phạm."),
     PHOTO(Img("/documents/20182/5403410/so-ket-6-thang-quang-canh.jpg"), "Quang cảnh Hội nghị sơ kết"),
     P("Bên cạnh kết quả đạt được, Hội nghị cũng chỉ ra một số hạn chế: chất lượng sinh hoạt chi bộ ở một số nơi "
       "chưa cao; việc nắm bắt tình hình tư tưởng trong cán bộ, đảng viên và Nhân dân có lúc chưa kịp thời."),
     P("Kết luận Hội nghị, đồng chí Nguyễn Văn Chiến - Phó Bí thư Thường trực Quận ủy đề nghị các cấp ủy tập "
       "trung lãnh đạo thực hiện thắng lợi nhiệm vụ 6 tháng cuối năm, trọng tâm là chuẩn bị tốt Đại hội chi bộ "
       "nhiệm kỳ 2022 - 2025 và hoàn thành chỉ tiêu phát triển đảng viên."),
     PHOTO(Img("/documents/20182/5403410/so-ket-6-thang-ket-luan.jpg"),
           "Đồng chí Nguyễn Văn Chiến phát biểu kết luận Hội nghị"),
     SIG("BAN TUYÊN GIÁO QUẬN ỦY")],
    "Toàn Đảng bộ kết nạp 97 đảng viên mới trong 6 tháng đầu năm, đạt 65% chỉ tiêu năm.")

BOIDUONG = Art(
    5403566, "khai-giang-lop-boi-duong-ly-luan-chinh-tri-danh-cho-dang-vien-moi-nam-2022",
    "Khai giảng lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới năm 2022",
    datetime(2022, 3, 22, 8, 15), 87,
    [P("Sáng 22/3, Trung tâm Chính trị quận Cầu Giấy khai giảng lớp bồi dưỡng lý luận chính trị dành cho đảng "
       "viên mới đợt 1 năm 2022. Tham dự lớp học có 112 học viên là đảng viên mới, đảng viên dự bị của các chi "
       "bộ, đảng bộ cơ sở trực thuộc Quận ủy."),
     PHOTO(Img("/documents/20182/5403566/khai-giang-lop-dang-vien-moi.jpg"), None),
     P("Trong thời gian 7 ngày, các học viên được nghiên cứu, học tập 9 chuyên đề về chủ nghĩa Mác - Lênin, tư "
       "tưởng Hồ Chí Minh; những vấn đề cơ bản về Đảng Cộng sản Việt Nam; nhiệm vụ của đảng viên và công tác xây "
       "dựng chi bộ, đảng bộ cơ sở."),
     P("Phát biểu khai giảng, đồng chí Giám đốc Trung tâm Chính trị quận đề nghị các học viên chấp hành nghiêm nội "
       "quy lớp học, tích cực nghiên cứu tài liệu, liên hệ với thực tiễn công tác tại đơn vị."),
     PHOTO(Img("/documents/20182/5403566/hoc-vien-lop-dang-vien-moi.jpg"), "Các học viên tham dự lớp bồi dưỡng"),
     P("Kết thúc khóa học, học viên viết bài thu hoạch; các đồng chí đạt yêu cầu được cấp giấy chứng nhận làm căn "
       "cứ để xét chuyển đảng viên chính thức."),
     SIG("TRUNG TÂM CHÍNH TRỊ QUẬN")],
    "112 đảng viên mới tham dự lớp bồi dưỡng lý luận chính trị đợt 1 năm 2022.")

KETNAP = Art(
    5404102, "chi-bo-truong-thcs-cau-giay-ket-nap-dang-vien-moi",
    "Chi bộ Trường THCS Cầu Giấy kết nạp đảng viên mới",
    datetime(2022, 10, 7), None,
    [P("Ngày 07/10, Chi bộ Trường THCS Cầu Giấy tổ chức Lễ kết nạp đảng viên mới cho quần chúng Nguyễn Thị Thu "
       "Trang, giáo viên Ngữ văn của nhà trường."),
     P("Tại buổi lễ, đồng chí Bí thư Chi bộ đã công bố Quyết định kết nạp đảng viên của Ban Thường vụ Quận ủy, trao "
       "Quyết định và nhắc nhở đảng viên mới tiếp tục rèn luyện, phấn đấu trong thời gian dự bị."),
     P("Đảng viên mới xúc động tuyên thệ dưới cờ Đảng, hứa tuyệt đối trung thành với mục đích, lý tưởng của Đảng, "
       "chấp hành nghiêm Cương lĩnh chính trị, Điều lệ Đảng và hoàn thành tốt nhiệm vụ được giao."),
     P("Năm học 2022 - 2023, Chi bộ Trường THCS Cầu Giấy có 28 đảng viên; chi bộ liên tục nhiều năm liền được công "
       "nhận hoàn thành xuất sắc nhiệm vụ.")],
    "Chi bộ Trường THCS Cầu Giấy kết nạp đảng viên mới là giáo viên Ngữ văn của nhà trường.")

DAIHOI = Art(
    5405231, "dang-bo-phuong-dich-vong-hau-to-chuc-dai-hoi-diem-nhiem-ky-2020-2025",
    "Đảng bộ phường Dịch Vọng Hậu tổ chức Đại hội điểm nhiệm kỳ 2020 - 2025",
    datetime(2020, 5, 12, 8, 0), 3456,
    [LEAD("Đại hội Đảng bộ phường Dịch Vọng Hậu lần thứ VI, nhiệm kỳ 2020 - 2025 là Đại hội điểm cấp cơ sở của "
          "Đảng bộ quận Cầu Giấy, được tổ chức trang trọng với sự tham dự của 175 đại biểu đại diện cho hơn 900 "
          "đảng viên trong toàn Đảng bộ."),
     P("Dự và chỉ đạo Đại hội có đồng chí Trần Thị Phương Hoa - Thành ủy viên, Bí thư Quận ủy; các đồng chí trong "
       "Ban Thường vụ Quận ủy, lãnh đạo HĐND, UBND quận."),
     P("Nhiệm kỳ 2015 - 2020, Đảng bộ phường Dịch Vọng Hậu đã lãnh đạo hoàn thành và hoàn thành vượt mức 16/16 chỉ "
       "tiêu Nghị quyết Đại hội đề ra; tổng thu ngân sách trên địa bàn năm 2019 đạt 1.620 tỷ đồng, gấp 1,8 lần so "
       "với năm 2015."),
     PHOTO(Img("/documents/20182/5405231/dai-hoi-dvh-bieu-quyet.jpg"),
           "Các đại biểu biểu quyết thông qua chương trình Đại hội"),
     P("Đại hội đã bầu Ban Chấp hành Đảng bộ phường khóa VI gồm 15 đồng chí; bầu đoàn đại biểu đi dự Đại hội đại "
       "biểu Đảng bộ quận Cầu Giấy lần thứ VI, nhiệm kỳ 2020 - 2025 gồm 12 đại biểu chính thức và 01 đại biểu dự "
       "khuyết."),
     PHOTO(Img("/documents/20182/5405231/dai-hoi-dvh-ra-mat-bch.jpg"),
           "Ban Chấp hành Đảng bộ phường Dịch Vọng Hậu khóa VI ra mắt Đại hội"),
     P("Kinh nghiệm từ Đại hội điểm sẽ được Ban Thường vụ Quận ủy tổng kết, rút kinh nghiệm để chỉ đạo Đại hội các "
       "đảng bộ cơ sở còn lại hoàn thành trước ngày 30/5/2020."),
     SIG("THU HÀ")],
    "Đại hội điểm cấp cơ sở của Đảng bộ quận với 175 đại biểu tham dự.")

UBKT = Art(
    5406014, "uy-ban-kiem-tra-quan-uy-cau-giay-trien-khai-nhiem-vu-nam-2023",
    "Ủy ban Kiểm tra Quận ủy Cầu Giấy triển khai nhiệm vụ năm 2023",
    datetime(2023, 1, 10, 16, 45), 905,
    [LEAD("Năm 2023, Ủy ban Kiểm tra Quận ủy Cầu Giấy xác định tiếp tục nâng cao chất lượng công tác kiểm tra, "
          "giám sát, góp phần xây dựng Đảng bộ quận trong sạch, vững mạnh."),
     P("Chiều 10/01, Ủy ban Kiểm tra Quận ủy tổ chức Hội nghị tổng kết công tác kiểm tra, giám sát và thi hành kỷ "
       "luật đảng năm 2022, triển khai nhiệm vụ năm 2023."),
     P("Năm 2022, cấp ủy, Ủy ban Kiểm tra các cấp trong Đảng bộ quận đã kiểm tra 96 tổ chức đảng và 142 đảng viên; "
       "giám sát chuyên đề 71 tổ chức đảng và 118 đảng viên. Qua kiểm tra, giám sát đã kịp thời chấn chỉnh những "
       "thiếu sót, khuyết điểm, không để xảy ra vi phạm nghiêm trọng."),
     PHOTO(Img("/documents/20182/5406014/ubkt-tong-ket-2022.jpg"), "Quang cảnh Hội nghị tổng kết"),
     P("Năm 2023, Ủy ban Kiểm tra Quận ủy tập trung kiểm tra, giám sát việc thực hiện Quy định số 08-QĐi/TW của "
       "Ban Chấp hành Trung ương về trách nhiệm nêu gương của cán bộ, đảng viên; công tác quản lý đất đai, trật "
       "tự xây dựng, đầu tư công và việc kê khai tài sản, thu nhập."),
     SIG("ỦY BAN KIỂM TRA QUẬN ỦY")],
    "Năm 2022, cấp ủy, Ủy ban Kiểm tra các cấp đã kiểm tra 96 tổ chức đảng và 142 đảng viên.")

CT05 = Art(
    5407120, "cau-giay-so-ket-5-nam-thuc-hien-chi-thi-05-ct-tw-cua-bo-chinh-tri",
    "Cầu Giấy sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị",
    datetime(2021, 4, 26, 15, 0), 640,
    [P("Chiều 26/4, Ban Thường vụ Quận ủy Cầu Giấy tổ chức Hội nghị sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW ngày "
       "15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh."),
     P("Qua 5 năm, việc học tập và làm theo Bác đã trở thành việc làm thường xuyên, tự giác của cán bộ, đảng viên và "
       "Nhân dân. Các cấp ủy đã xây dựng 1.152 mô hình, điển hình tiên tiến; nhiều cách làm hay như “Ngày thứ Bảy "
       "vì dân”, “Tiếp dân lưu động” được Nhân dân đồng tình, hưởng ứng."),
     PHOTO(Img("/documents/20182/5407120/so-ket-ct05-khen-thuong.jpg"),
           "Ban Thường vụ Quận ủy khen thưởng các tập thể, cá nhân có thành tích xuất sắc"),
     P("Dịp này, Ban Thường vụ Quận ủy tặng Giấy khen cho 20 tập thể và 35 cá nhân có thành tích tiêu biểu trong học "
       "tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh giai đoạn 2016 - 2021."),
     SIG("Thanh Tâm")],
    "Các cấp ủy đã xây dựng 1.152 mô hình, điển hình tiên tiến trong học tập và làm theo Bác.")

DANVAN = Art(
    5408333, "quan-uy-cau-giay-tong-ket-cong-tac-dan-van-nam-2022",
    "Quận ủy Cầu Giấy tổng kết công tác dân vận năm 2022",
    datetime(2022, 12, 20, 14, 30), 0,
    [P("Chiều 20/12, Ban Dân vận Quận ủy Cầu Giấy tổ chức Hội nghị tổng kết công tác dân vận năm 2022, triển khai "
       "nhiệm vụ năm 2023."),
     P("Năm 2022, công tác dân vận của hệ thống chính trị quận được triển khai đồng bộ; phong trào thi đua “Dân vận "
       "khéo” tiếp tục lan tỏa với 186 mô hình được công nhận ở các cấp. Việc thực hiện Quy chế dân chủ ở cơ sở được "
       "chú trọng, góp phần giải quyết kịp thời các kiến nghị của Nhân dân."),
     P("Công tác phối hợp giữa chính quyền với Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội (UBMTTQ, Hội Cựu "
       "chiến binh, Hội Liên hiệp Phụ nữ, Đoàn Thanh niên) ngày càng chặt chẽ, hiệu quả."),
     P("Năm 2023, Ban Dân vận Quận ủy đề nghị các cấp ủy tiếp tục đổi mới nội dung, phương thức công tác dân vận; "
       "nâng cao trách nhiệm tiếp xúc, đối thoại trực tiếp của người đứng đầu với Nhân dân."),
     SIG("BAN DÂN VẬN QUẬN ỦY")],
    "Phong trào thi đua “Dân vận khéo” lan tỏa với 186 mô hình được công nhận.")

GAPMAT = Art(
    5409051, "gap-mat-ky-niem-92-nam-ngay-thanh-lap-dang-cong-san-viet-nam",
    "Gặp mặt kỷ niệm 92 năm Ngày thành lập Đảng Cộng sản Việt Nam",
    datetime(2022, 1, 28, 9, 0), 1020,
    [P("Sáng 28/01, Quận ủy Cầu Giấy tổ chức gặp mặt kỷ niệm 92 năm Ngày thành lập Đảng Cộng sản Việt Nam "
       "(03/02/1930 - 03/02/2022) và chúc Tết các đồng chí nguyên lãnh đạo quận qua các thời kỳ."),
     P("Tại buổi gặp mặt, đồng chí Bí thư Quận ủy đã thông báo nhanh kết quả thực hiện nhiệm vụ chính trị năm 2021 "
       "và những nhiệm vụ trọng tâm năm 2022 của quận. Các đồng chí nguyên lãnh đạo quận phấn khởi trước những kết "
       "quả quan trọng mà Đảng bộ, chính quyền và Nhân dân quận đạt được trong bối cảnh dịch bệnh Covid-19."),
     PHOTO(Img("/image/journal/article?img_id=5409060&t=1643335200000"), "Các đại biểu dự buổi gặp mặt"),
     P("Nhiều ý kiến tâm huyết đã được gửi tới Ban Thường vụ Quận ủy, trong đó đề nghị quận tiếp tục quan tâm công "
       "tác xây dựng Đảng, chăm lo đời sống Nhân dân và chuẩn bị chu đáo các hoạt động kỷ niệm 25 năm thành lập "
       "quận."),
     SIG("VĂN PHÒNG QUẬN ỦY")],
    "Quận ủy gặp mặt, chúc Tết các đồng chí nguyên lãnh đạo quận qua các thời kỳ.")

CHUYENDE = Art(
    5410287, "quan-uy-cau-giay-hoc-tap-quan-triet-chuyen-de-nam-2023",
    "Quận ủy Cầu Giấy học tập, quán triệt chuyên đề năm 2023",
    datetime(2023, 6, 8, 8, 0), 0,
    [P("Sáng 08/6, Quận ủy Cầu Giấy tổ chức Hội nghị học tập, quán triệt chuyên đề năm 2023 “Học tập và làm theo "
       "tư tưởng, đạo đức, phong cách Hồ Chí Minh về xây dựng văn hóa và con người Việt Nam phát triển toàn diện, "
       "hướng đến chân - thiện - mỹ, thấm đượm tinh thần dân tộc, nhân văn, dân chủ và khoa học”."),
     P("Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến tới 44 điểm cầu các đảng bộ, chi bộ cơ sở "
       "với sự tham gia của hơn 3.000 cán bộ, đảng viên."),
     PHOTO(Img("/documents/20182/5410287/chuyen-de-2023-bao-cao-vien.jpg",
               big="/documents/20182/5410287/chuyen-de-2023-bao-cao-vien-2048.jpg", w=800, h=533),
           "Báo cáo viên truyền đạt nội dung chuyên đề năm 2023"),
     P("Các cấp ủy, chi bộ được yêu cầu đưa nội dung chuyên đề vào sinh hoạt chi bộ định kỳ; mỗi cán bộ, đảng viên "
       "xây dựng kế hoạch tu dưỡng, rèn luyện gắn với nhiệm vụ được giao, hoàn thành trước ngày 30/6/2023."),
     SIG("Minh Anh")],
    "Hơn 3.000 cán bộ, đảng viên học tập chuyên đề năm 2023 tại 44 điểm cầu.")

KDC5 = Art(
    5411608, "chi-bo-khu-dan-cu-so-5-phuong-nghia-tan-sinh-hoat-chuyen-de",
    "Chi bộ Khu dân cư số 5 phường Nghĩa Tân sinh hoạt chuyên đề về xây dựng nếp sống văn minh",
    datetime(2021, 8, 15, 19, 30), 2048,
    [P("Tối 15/8, Chi bộ Khu dân cư số 5 phường Nghĩa Tân tổ chức sinh hoạt chuyên đề “Xây dựng nếp sống văn minh "
       "đô thị, giữ gìn vệ sinh môi trường khu dân cư”. Do diễn biến của dịch Covid-19, buổi sinh hoạt được tổ chức "
       "trực tuyến với 47/49 đảng viên tham dự."),
     P("Các ý kiến tập trung vào những giải pháp cụ thể như: vận động các hộ gia đình phân loại rác tại nguồn; duy "
       "trì tổng vệ sinh vào sáng Chủ nhật hằng tuần; tuyên truyền để người dân không lấn chiếm vỉa hè, lòng "
       "đường."),
     PHOTO(Img("/documents/20182/5411608/kdc5-sinh-hoat-truc-tuyen.jpg",
               big="/documents/20182/5411608/kdc5-sinh-hoat-truc-tuyen-full.jpg", w=800, h=450),
           "Đảng viên Chi bộ Khu dân cư số 5 sinh hoạt chuyên đề theo hình thức trực tuyến"),
     P("Chi bộ thống nhất giao cho các đảng viên phụ trách từng tổ dân phố, định kỳ báo cáo kết quả tại sinh hoạt "
       "chi bộ hằng tháng.")],
    "Buổi sinh hoạt chuyên đề trực tuyến với 47/49 đảng viên tham dự.")

KIEMTRA = Art(
    5412345, "quan-uy-cau-giay-kiem-tra-cong-tac-chuan-bi-dai-hoi-chi-bo-nhiem-ky-2022-2025",
    "Quận ủy Cầu Giấy kiểm tra công tác chuẩn bị Đại hội chi bộ nhiệm kỳ 2022 - 2025",
    datetime(2022, 6, 9, 10, 30), 518,
    [P("Thực hiện Chỉ thị số 13-CT/TU của Thành ủy Hà Nội, từ ngày 01/6 đến ngày 08/6, các đoàn kiểm tra của Ban "
       "Thường vụ Quận ủy Cầu Giấy đã kiểm tra công tác chuẩn bị Đại hội chi bộ trực thuộc đảng ủy cơ sở nhiệm kỳ "
       "2022 - 2025 tại 12 đảng bộ cơ sở."),
     H("I. KẾT QUẢ KIỂM TRA"),
     P("Qua kiểm tra cho thấy, các đảng ủy cơ sở đã ban hành kế hoạch, hướng dẫn tổ chức Đại hội chi bộ kịp thời; "
       "chọn 01 chi bộ làm điểm để rút kinh nghiệm. Dự thảo báo cáo chính trị của các chi bộ đánh giá sát thực tế, "
       "xác định rõ mục tiêu, chỉ tiêu nhiệm kỳ mới."),
     P("Công tác nhân sự được chuẩn bị chu đáo, đúng quy trình; tỷ lệ cấp ủy viên nữ, cấp ủy viên trẻ tuổi đạt yêu "
       "cầu. Một số chi bộ còn chậm hoàn thiện hồ sơ nhân sự, cần khắc phục trước ngày 15/6."),
     H("II. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI"),
     UL("- Hoàn thành Đại hội chi bộ trước ngày 30/6/2022, bảo đảm đúng Điều lệ Đảng và hướng dẫn của cấp trên;",
        "- Chú trọng đổi mới cách thức tổ chức Đại hội, tiết kiệm, trang trọng, không phô trương hình thức;",
        "- Tăng cường công tác bảo vệ chính trị nội bộ, nắm bắt tư tưởng cán bộ, đảng viên trong quá trình chuẩn bị "
        "Đại hội."),
     QUOTE("Đại hội chi bộ phải thực sự là đợt sinh hoạt chính trị sâu rộng, phát huy dân chủ, trí tuệ của đảng "
           "viên."),
     P("Ban Thường vụ Quận ủy giao Ban Tổ chức Quận ủy tổng hợp kết quả, báo cáo Thường trực Quận ủy trước ngày "
       "20/6/2022."),
     SIG("Hoàng Long")],
    "Các đoàn kiểm tra của Ban Thường vụ Quận ủy kiểm tra công tác chuẩn bị Đại hội chi bộ tại 12 đảng bộ cơ sở.")

# Page furniture: other articles listed in sidebars, related lists and listings.
# (id, slug, title, when, views)
OTHERS = [
    (5211375, "hoi-nghi-ban-chap-hanh-dang-bo-quan-cau-giay-lan-thu-36",
     "Hội nghị Ban Chấp hành Đảng bộ quận Cầu Giấy lần thứ 36", datetime(2020, 3, 3, 14, 0), 490),
    (5399871, "cau-giay-phat-dong-thi-dua-chao-mung-25-nam-thanh-lap-quan",
     "Cầu Giấy phát động thi đua chào mừng 25 năm thành lập quận", datetime(2022, 1, 7, 9, 30), 1520),
    (5398112, "hoi-nghi-bao-cao-vien-thang-12-2021",
     "Hội nghị báo cáo viên tháng 12/2021", datetime(2021, 12, 28, 8, 0), 312),
    (5397420, "dai-hoi-dai-bieu-hoi-cuu-chien-binh-quan-cau-giay-lan-thu-vii",
     "Đại hội đại biểu Hội Cựu chiến binh quận Cầu Giấy lần thứ VII", datetime(2022, 3, 15, 8, 30), 4102),
    (5396003, "trien-khai-cong-tac-phat-trien-dang-vien-nam-2022",
     "Triển khai công tác phát triển đảng viên năm 2022", datetime(2022, 2, 16, 14, 0), 998),
    (5395550, "tong-ket-cong-tac-thi-dua-khen-thuong-khoi-dang-quan",
     "Tổng kết công tác thi đua khen thưởng Khối Đảng quận", datetime(2021, 12, 30, 15, 45), 2764),
]
ALL_ARTS = [REAL, NQ4, HUYHIEU, SOKET, BOIDUONG, KETNAP, DAIHOI, UBKT, CT05, DANVAN, GAPMAT, CHUYENDE, KDC5,
            KIEMTRA]


def dmy(d: datetime) -> str:
    return f"{d:%d/%m/%Y}"


def hm(d: datetime) -> str:
    return f"{d:%H:%M}"


def vi_num(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def en_num(n: int) -> str:
    return f"{n:,}"


def other_url(o, lang="vi") -> str:
    pre = "/en" if lang == "en" else ""
    return f"{pre}/dang-doan-the/-/view_content/{o[0]}-{o[1]}.html"


def today(lang: str) -> str:
    days = VI_DAYS if lang == "vi" else EN_DAYS
    return f"{days[TODAY.weekday()]}, {dmy(TODAY)}"


# ---------------------------------------------------------------------------
# Expected Article from the blocks.
def expected_for(art: Art, lang: str, *, section: bool, views: bool = True, time: bool = True) -> dict:
    paras, captions, author = [], [], None
    for b in art.blocks:
        if b[0] in ("p", "lead", "h", "quote"):
            paras.append(plain(b[1]))
        elif b[0] == "ul":
            paras.extend(plain(i) for i in b[1])
        elif b[0] == "photo":
            for img in b[1]:
                captions.append({"image_url": HOST + img.path, "text": b[2]})
        elif b[0] == "sig":
            author = b[1]
    when = art.when if time else art.when.replace(hour=0, minute=0)
    return {
        "article_id": art.id,
        "url": art.url("vi"),
        "lang": lang,
        "section": SECTION if section else None,
        "title": art.title,
        "published_at": f"{when:%Y-%m-%dT%H:%M:%S}+07:00",
        "view_count": art.views if views else None,
        "body": "\n\n".join(paras),
        "captions": captions,
        "author": author,
    }


def snippet(text: str, n: int = 6, tail: bool = False) -> str:
    """A run of n words from the longest inline-markup-free stretch of a block text
    (near its start, or near its end with tail=True)."""
    seg = max(MARK.split(text)[::3], key=len)
    words = seg.split()
    if tail:
        return " ".join(words[-n - 1:-1] if len(words) > n + 2 else words[-n:])
    start = 1 if len(words) > n + 2 else 0
    return " ".join(words[start:start + n])


# ---------------------------------------------------------------------------
# Writing cases
CASES: list[tuple[str, str]] = []


def write_case(theme: str, case: str, page: str, url: str, expected: dict | None = None, *,
               must_contain=(), must_not_contain=(), body_not=()) -> None:
    d = HERE / theme / case
    d.mkdir(parents=True, exist_ok=True)
    (d / "page.html").write_bytes(page.encode("utf-8"))
    (d / "meta.json").write_text(json.dumps({"url": url}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    if expected is None:
        (d / "expected_error.json").write_text('{"not_an_article": true}\n', encoding="utf-8")
    else:
        body = expected["body"]
        for s in body_not:
            assert s not in body, (theme, case, s)
        exp = dict(expected)
        exp["body_html_must_contain"] = list(must_contain)
        exp["body_html_must_not_contain"] = list(must_not_contain)
        exp["body_must_not_contain"] = sorted(set(body_not), key=list(body_not).index)
        (d / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    CASES.append((theme, case))


def standard_checks(art: Art, *, furniture=(), images=True) -> tuple[list, list]:
    """must_contain snippets from the first and last paragraphs (+ an image file name);
    body_not: captions, signature, title and the page furniture given."""
    texts = [b[1] for b in art.blocks if b[0] in ("p", "lead")]
    must = [snippet(texts[0]), snippet(texts[-1], tail=True)]
    if images:
        for b in art.blocks:
            if b[0] == "photo":
                must.append(b[1][0].path.split("?")[0].rsplit("/", 2)[-1] if "/documents/" in b[1][0].path
                            else "img_id=" + b[1][0].path.split("img_id=")[1].split("&")[0])
                break
    body_not = [art.title]
    for b in art.blocks:
        if b[0] == "photo" and b[2]:
            body_not.append(b[2])
        if b[0] == "sig":
            body_not.append(b[1])
    body_not.extend(furniture)
    return must, body_not


# ===========================================================================
# Theme 1: x_liferay7_clay
CLAY_L = {
    "vi": dict(views="Lượt xem:", date="Ngày đăng:", print="Phiên bản in", share="Chia sẻ:", tags="Từ khóa:",
               related="Tin cùng chuyên mục", most="Tin đọc nhiều", links="Liên kết website", home="Trang chủ",
               party="Đảng - Đoàn thể", skip="Chuyển đến nội dung chính", more="Xem tiếp »",
               results="Hiển thị {a} - {b} trên {n} kết quả", prev="« Trước", next="Sau »"),
    "en": dict(views="Views:", date="Publish date:", print="Print version", share="Share:", tags="Tags:",
               related="Related news", most="Most read", links="Website links", home="Home",
               party="Party - Mass organisations", skip="Skip to main content", more="Read more »",
               results="Showing {a} - {b} of {n} results", prev="« Previous", next="Next »"),
}


def clay_sidebar(lang: str) -> str:
    L = CLAY_L[lang]
    items = []
    for o in OTHERS[1:5]:
        num = vi_num(o[4]) if lang == "vi" else en_num(o[4])
        items.append(f"""
      <div class="most-read-item media">
       <div class="media-body"><a class="title" href="{other_url(o, lang)}">{esc(o[2])}</a>
        <div class="metadata"><span class="taglib-text"><i class="icon-calendar"></i> {dmy(o[3])}</span>
        <span class="taglib-text"><i class="icon-eye-open"></i> {L['views']} {num}</span></div></div>
      </div>""")
    return f"""
   <div class="portlet-boundary portlet-boundary_mostread_WAR_caugiayportlet_">
    <section class="portlet"><header class="portlet-topper"><h2 class="portlet-title-text">{L['most']}</h2></header>
     <div class="portlet-content">{''.join(items)}
     </div></section></div>
   <div class="portlet-boundary portlet-boundary_weblinks_WAR_caugiayportlet_">
    <section class="portlet"><header class="portlet-topper"><h2 class="portlet-title-text">{L['links']}</h2></header>
     <div class="portlet-content"><select class="form-control" onchange="window.open(this.value)">
      <option value="">-- {L['links']} --</option><option value="https://hanoi.gov.vn">Cổng giao tiếp điện tử Hà Nội</option>
      <option value="https://dangcongsan.vn">Báo điện tử Đảng Cộng sản Việt Nam</option></select></div></section></div>"""


def clay_page(lang: str, head_title: str, main: str, crumbs: list[tuple[str, str | None]]) -> str:
    L = CLAY_L[lang]
    crumb_html = "".join(
        f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{h}"><span class="breadcrumb-text-truncate">{esc(t)}</span></a></li>'
        if h else f'<li class="active breadcrumb-item"><span class="breadcrumb-text-truncate">{esc(t)}</span></li>'
        for t, h in crumbs)
    pre = "/en" if lang == "en" else ""
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="{'vi-VN' if lang == 'vi' else 'en-US'}">
<head>
<title>{esc(head_title)} - Cổng thông tin điện tử quận Cầu Giấy</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta property="og:site_name" content="Cổng thông tin điện tử quận Cầu Giấy" />
<meta property="og:title" content="Cổng thông tin điện tử quận Cầu Giấy" />
<link href="/o/caugiay-clay-theme/images/favicon.ico" rel="icon" />
<link class="lfr-css-file" href="/o/caugiay-clay-theme/css/clay.css?browserId=other&amp;themeId=caugiayclay_WAR_caugiayclaytheme&amp;languageId={'vi_VN' if lang == 'vi' else 'en_US'}" rel="stylesheet" type="text/css" />
<script type="text/javascript">
// <![CDATA[
var themeDisplay = Liferay.ThemeDisplay = {{ getLanguageId: function() {{ return "{'vi_VN' if lang == 'vi' else 'en_US'}"; }}, getPortalURL: function() {{ return "{HOST}"; }} }};
// ]]>
</script>
</head>
<body class="controls-visible has-control-menu signed-out public-page site">
<nav aria-label="Quick Links" class="quick-access-nav"><a href="#main-content">{L['skip']}</a></nav>
<div class="container-fluid" id="wrapper">
 <header id="banner" role="banner">
  <div class="top-bar d-flex">
   <span class="top-date"><i class="icon-time"></i> {today(lang)}</span>
   <span class="hotline"><i class="icon-phone"></i> Đường dây nóng: 024.3767.2145</span>
   <div class="lang-switch"><a href="/" lang="vi-VN"><span class="taglib-text">Tiếng Việt</span></a> | <a href="/en" lang="en-US"><span class="taglib-text">English</span></a></div>
  </div>
  <div class="navbar-header">
   <a class="logo custom-logo" href="{pre}/" title="Cổng thông tin điện tử quận Cầu Giấy"><img alt="" height="90" src="/o/caugiay-clay-theme/images/logo.png" width="90" /></a>
   <div class="site-title"><span class="line-1">ỦY BAN NHÂN DÂN QUẬN CẦU GIẤY</span><span class="line-2">CỔNG THÔNG TIN ĐIỆN TỬ</span></div>
  </div>
  <nav class="sort-pages modify-pages" id="navigation" role="navigation">
   <ul aria-label="Site Pages" role="menubar">
    <li><a href="{pre}/" role="menuitem"><span>{L['home']}</span></a></li>
    <li><a href="{pre}/gioi-thieu" role="menuitem"><span>Giới thiệu</span></a></li>
    <li><a href="{pre}/tin-tuc-su-kien" role="menuitem"><span>Tin tức - Sự kiện</span></a></li>
    <li class="selected"><a href="{pre}/dang-doan-the" role="menuitem"><span>{L['party']}</span></a></li>
    <li><a href="{pre}/thu-tuc-hanh-chinh" role="menuitem"><span>Thủ tục hành chính</span></a></li>
   </ul>
  </nav>
 </header>
 <section id="content">
  <nav aria-label="Breadcrumb"><ol class="breadcrumb">{crumb_html}</ol></nav>
  <div class="columns-2" id="main-content" role="main">
   <div class="portlet-layout row">
    <div class="col-md-8 portlet-column portlet-column-first" id="column-1">{main}
    </div>
    <div class="col-md-4 portlet-column portlet-column-last" id="column-2">{clay_sidebar(lang)}
    </div>
   </div>
  </div>
 </section>
 <footer id="footer" role="contentinfo">
  <p><strong>CỔNG THÔNG TIN ĐIỆN TỬ QUẬN CẦU GIẤY</strong></p>
  <p>Cơ quan chủ quản: Ủy ban nhân dân quận Cầu Giấy. Địa chỉ: Số 36 phố Cầu Giấy, phường Quan Hoa, quận Cầu Giấy, Hà Nội</p>
  <p>Điện thoại: 024.3767.2145 - Fax: 024.3767.2100 - Email: vanphong_caugiay@hanoi.gov.vn</p>
  <p>Giấy phép số 85/GP-TTĐT ngày 12/05/2015</p>
 </footer>
</div>
<script type="text/javascript">
// <![CDATA[
Liferay.Portlet.onLoad({{canEditTitle: false, columnPos: 0, isStatic: 'end', namespacedId: 'p_p_id_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_cTd8k2_', portletId: 'com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_cTd8k2'}});
// ]]>
</script>
</body>
</html>
"""


def clay_portlet(lang: str, inner: str) -> str:
    return f"""
     <div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_ portlet-static portlet-static-end portlet-decorate" id="p_p_id_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_cTd8k2_">
      <span id="p_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_cTd8k2"></span>
      <section class="portlet" id="portlet_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_cTd8k2">
       <header class="portlet-topper"><div class="portlet-title-default"><span class="portlet-title-text">{SECTION}</span></div></header>
       <div class="portlet-content"><div class="autofit-float autofit-row portlet-header"></div>
        <div class="portlet-content-container"><div class="portlet-body">{inner}
        </div></div></div>
      </section>
     </div>"""


BLANK = ' target="_blank"'


def clay_body(art: Art, lang: str, variant: str) -> str:
    out = []
    for b in art.blocks:
        kind = b[0]
        if kind == "p":
            out.append(f'<p style="text-align: justify;">{inline(b[1], link_extra=BLANK)}</p>')
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{inline(i)}</li>" for i in b[1]) + "</ul>")
        elif kind == "quote":
            out.append(f'<blockquote><p><em>{inline(b[1])}</em></p></blockquote>')
        elif kind == "photo":
            imgs, cap = b[1], b[2]
            if variant == "wrap":      # caption in a <p> inside the same wrapper as the image
                img = imgs[0]
                out.append(f'<div class="image-box" style="text-align: center;"><img alt="" src="{attr(img.path)}" '
                           f'style="width: {img.w}px; height: {img.h}px;" />'
                           f'<p style="text-align: center;"><em>{esc(cap)}</em></p></div>')
            elif variant == "figure":
                img = imgs[0]
                out.append(f'<figure class="image" style="text-align: center;"><img alt="{attr(cap)}" src="{attr(img.path)}" '
                           f'width="{img.w}" height="{img.h}" onerror="this.src=\'/o/caugiay-clay-theme/images/no-image.png\'" />'
                           f'<figcaption>{esc(cap)}</figcaption></figure>')
            else:                      # gallery: linked images side by side, caption in the next centred <p>
                links = "&nbsp;".join(
                    f'<a href="{attr(i.big)}" target="_blank"><img alt="" height="{i.h}" width="{i.w}" src="{attr(i.path)}" '
                    f'srcset="{attr(i.path)} 1x, {attr(i.big)} 2x" /></a>' for i in imgs)
                out.append(f'<p style="text-align: center;">{links}</p>')
                out.append(f'<p style="text-align: center;"><span style="font-size:12px;"><em>{esc(cap)}</em></span></p>')
        elif kind == "sig":
            if b[1].isupper():
                out.append(f'<p style="text-align: justify;"><strong>{esc(b[1])}</strong></p>')
            else:
                out.append(f'<p style="text-align: right;"><em><strong>{esc(b[1])}</strong></em></p>')
        if variant == "figure" and kind == "quote":
            out.append('<script type="text/javascript">document.write(\'<div class="ad-slot"></div>\');</script>')
    return "\n".join(out)


def clay_article(art: Art, lang: str, variant: str, views_label_tag: str) -> str:
    L = CLAY_L[lang]
    num = vi_num(art.views) if lang == "vi" else en_num(art.views)
    related = "".join(
        f'<li><a href="{other_url(o, lang)}">{esc(o[2])}</a> <span class="text-muted">({dmy(o[3])})</span></li>'
        for o in OTHERS[:4])
    t = views_label_tag
    inner = f"""
         <div class="asset-full-content clearfix show-asset-title">
          <div class="asset-actions lfr-meta-actions pull-right">
           <a class="lfr-icon-item taglib-icon" href="{art.rel(lang)}?p_p_state=pop_up&amp;p_p_mode=print" title="{L['print']}"><i class="icon-print"></i> <span class="taglib-text">{L['print']}</span></a>
          </div>
          <h3 class="component-title"><span class="asset-title-text">{esc(art.title)}</span></h3>
          <div class="lfr-meta-actions asset-metadata">
           <span class="metadata-entry metadata-view-count"><span class="taglib-text"><i class="icon-eye-open"></i> <{t}>{L['views']}</{t}> {num}</span></span>
           <span class="metadata-entry metadata-publish-date"><span class="taglib-text"><i class="icon-calendar"></i> <{t}>{L['date']}</{t}> {dmy(art.when)} {hm(art.when)}</span></span>
          </div>
          <div class="asset-content">
           <div class="journal-content-article" data-analytics-asset-id="{art.id}" data-analytics-asset-title="{attr(art.title)}" data-analytics-asset-type="web-content">
{clay_body(art, lang, variant)}
           </div>
          </div>
          <div class="asset-links social-bookmarks">
           <span class="taglib-text">{L['share']}</span>
           <a class="btn btn-sm" href="https://www.facebook.com/sharer/sharer.php?u={HOST}{art.rel(lang)}" onclick="window.open(this.href, 'fb', 'width=600,height=400'); return false;">Facebook</a>
           <a class="btn btn-sm" href="https://twitter.com/intent/tweet?url={HOST}{art.rel(lang)}">Twitter</a>
           <a class="btn btn-sm" href="https://sp.zalo.me/share_to_zalo?u={HOST}{art.rel(lang)}">Zalo</a>
          </div>
          <div class="taglib-asset-tags-summary"><span class="taglib-text">{L['tags']}</span>
           <a class="badge badge-default" href="/tags/hoi-nghi">hội nghị</a> <a class="badge badge-default" href="/tags/quan-uy">quận ủy</a></div>
          <div class="asset-related-assets">
           <h4 class="component-title">{L['related']}</h4>
           <ul class="list-unstyled">{related}</ul>
          </div>
         </div>"""
    crumbs = [(L["home"], ("/en" if lang == "en" else "") + "/"),
              (L["party"], ("/en" if lang == "en" else "") + "/dang-doan-the"),
              ("Công tác Đảng", ("/en" if lang == "en" else "") + "/dang-doan-the/cong-tac-dang"),
              (art.title, None)]
    return clay_page(lang, art.title, clay_portlet(lang, inner), crumbs)


def clay_furniture(lang: str) -> list[str]:
    L = CLAY_L[lang]
    return [L["related"], L["most"], L["print"], L["share"].rstrip(":"), L["tags"], OTHERS[0][2], OTHERS[1][2],
            "024.3767.2145", today(lang), "Facebook"]


def theme_clay() -> None:
    th = "x_liferay7_clay"
    # 1. the real article, Vietnamese UI, photos with the caption inside the image wrapper
    page = clay_article(REAL, "vi", "wrap", "strong")
    must, body_not = standard_checks(REAL, furniture=clay_furniture("vi"))
    write_case(th, "real_article_vi", page, REAL.url("vi"), expected_for(REAL, "vi", section=True),
               must_contain=must + ["04 chỉ tiêu về công tác xây dựng Đảng"],
               must_not_contain=["Tin cùng chuyên mục", "Tin đọc nhiều", "<script"], body_not=body_not)
    # 2. English UI: labels as <label>, inline links, list, blockquote, figure, script + onerror in body
    page = clay_article(NQ4, "en", "figure", "label")
    must, body_not = standard_checks(NQ4, furniture=clay_furniture("en"))
    write_case(th, "links_list_quote_en", page, NQ4.url("en"), expected_for(NQ4, "en", section=True),
               must_contain=must + ["Kết luận số 21-KL/TW", "bốn nhóm nhiệm vụ trọng tâm", "trên trước, dưới sau",
                                    "kiểm soát quyền lực trong công tác cán bộ"],
               must_not_contain=["<script", "onerror", "document.write", "Related news", "Most read"],
               body_not=body_not + ["document.write", "ad-slot"])
    # 3. a pair of linked photos in one paragraph with one caption; a photo right before the signature
    page = clay_article(HUYHIEU, "vi", "gallery", "strong")
    must, body_not = standard_checks(HUYHIEU, furniture=clay_furniture("vi"))
    write_case(th, "gallery_pair_vi", page, HUYHIEU.url("vi"), expected_for(HUYHIEU, "vi", section=True),
               must_contain=must + ["trao-huy-hieu-2-340.jpg"],
               must_not_contain=["Tin cùng chuyên mục", "Tin đọc nhiều"], body_not=body_not)
    # 4. listing page of the asset publisher (not an article)
    L = CLAY_L["vi"]
    items = []
    for a in [REAL, NQ4, GAPMAT, HUYHIEU, KIEMTRA]:
        items.append(f"""
          <div class="asset-abstract">
           <div class="lfr-meta-actions asset-actions"></div>
           <h3 class="asset-title"><a href="{a.rel('vi')}">{esc(a.title)}</a></h3>
           <div class="asset-metadata"><span class="taglib-text"><i class="icon-eye-open"></i> <strong>{L['views']}</strong> {vi_num(a.views or 0)}</span>
            <span class="taglib-text"><i class="icon-calendar"></i> <strong>{L['date']}</strong> {dmy(a.when)} {hm(a.when)}</span></div>
           <div class="asset-summary"><div class="asset-small-image"><img alt="" class="asset-small-image img-thumbnail" src="/documents/20182/{a.id}/thumb.jpg" width="150" /></div>
            <p>{esc(a.summary)}</p></div>
           <div class="asset-more"><a href="{a.rel('vi')}">{L['more']}</a></div>
          </div>""")
    pager = (f'<div class="taglib-page-iterator"><div class="lfr-pagination"><ul class="pagination">'
             f'<li class="page-item"><a class="page-link" href="?cur=1">{L["prev"]}</a></li>'
             + "".join(f'<li class="page-item{" active" if i == 2 else ""}"><a class="page-link" href="?cur={i}">{i}</a></li>' for i in range(1, 6))
             + f'<li class="page-item"><a class="page-link" href="?cur=3">{L["next"]}</a></li></ul>'
             f'<small class="search-results">{L["results"].format(a=6, b=10, n=347)}</small></div></div>')
    page = clay_page("vi", "Công tác Đảng", clay_portlet("vi", "".join(items) + pager),
                     [(L["home"], "/"), (L["party"], "/dang-doan-the"), ("Công tác Đảng", None)])
    write_case(th, "listing_vi", page,
               HOST + "/dang-doan-the/cong-tac-dang?p_p_id=com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_cTd8k2&_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_cTd8k2_cur=2")
    # 5. empty article shell at an article URL: no title, no date, no body
    inner = f"""
         <div class="asset-full-content clearfix show-asset-title">
          <h3 class="component-title"><span class="asset-title-text"></span></h3>
          <div class="lfr-meta-actions asset-metadata">
           <span class="metadata-entry metadata-view-count"><span class="taglib-text"><i class="icon-eye-open"></i> <strong>{L['views']}</strong> 0</span></span>
           <span class="metadata-entry metadata-publish-date"><span class="taglib-text"><i class="icon-calendar"></i> <strong>{L['date']}</strong> </span></span>
          </div>
          <div class="asset-content"><div class="journal-content-article" data-analytics-asset-id="5401999"></div></div>
          <div class="asset-related-assets">
           <h4 class="component-title">{L['related']}</h4>
           <ul class="list-unstyled">{''.join(f'<li><a href="{other_url(o)}">{esc(o[2])}</a> <span class="text-muted">({dmy(o[3])})</span></li>' for o in OTHERS[:4])}</ul>
          </div>
         </div>"""
    page = clay_page("vi", "Công tác Đảng", clay_portlet("vi", inner),
                     [(L["home"], "/"), (L["party"], "/dang-doan-the"), ("Công tác Đảng", "/dang-doan-the/cong-tac-dang")])
    write_case(th, "empty_shell_vi", page,
               HOST + "/dang-doan-the/-/view_content/5401999-hoi-nghi-tong-ket-cong-tac-nam-2021.html")


# ===========================================================================
# Theme 2: x_sidebar_first
SF_L = {
    "vi": dict(date="Ngày xuất bản:", views="Lượt đọc:", most="ĐỌC NHIỀU NHẤT", cal="LỊCH CÔNG TÁC",
               same="Tin cùng chuyên mục", comment="Ý kiến bạn đọc", name="Họ và tên", content="Nội dung",
               send="Gửi ý kiến", home="Trang chủ", back="Quay lại", top="Về đầu trang"),
    "en": dict(date="Publish date:", views="Views:", most="MOST READ", cal="WORK SCHEDULE",
               same="Other news in this section", comment="Readers' comments", name="Full name", content="Comment",
               send="Send", home="Home", back="Back", top="Back to top"),
}


def sf_info(lang: str, d: datetime | None, show_time: bool, views: int | None) -> str:
    L = SF_L[lang]
    lis = []
    if d is not None:
        lis.append(f'<li><i class="fa fa-calendar"></i> {L["date"]} {dmy(d)}</li>')
        if show_time:
            lis.append(f'<li><i class="fa fa-clock-o"></i> {hm(d)}</li>')
    if views is not None:
        lis.append(f'<li><i class="fa fa-eye"></i> {L["views"]} {vi_num(views) if lang == "vi" else en_num(views)}</li>')
    return '<ul class="news-info">' + "".join(lis) + "</ul>"


def sf_page(lang: str, main: str) -> str:
    L = SF_L[lang]
    most = "".join(
        f'<div class="item"><a class="item-title" href="{other_url(o, lang)}">{esc(o[2])}</a>'
        f'<ul class="news-info"><li><i class="fa fa-calendar"></i> {dmy(o[3])}</li><li><i class="fa fa-clock-o"></i> {hm(o[3])}</li>'
        f'<li><i class="fa fa-eye"></i> {L["views"]} {vi_num(o[4]) if lang == "vi" else en_num(o[4])}</li></ul></div>'
        for o in sorted(OTHERS, key=lambda o: -o[4])[:5])
    pre = "/en" if lang == "en" else ""
    return f"""<html xmlns="http://www.w3.org/1999/xhtml" lang="{lang}">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Cổng thông tin điện tử quận Cầu Giấy</title>
<link rel="stylesheet" href="/o/cg-classic-theme/css/main.css" />
<script src="/o/cg-classic-theme/js/jquery.min.js"></script>
<script>$(function(){{ $('.marquee').marquee(); }});</script>
</head>
<body>
<div id="page">
 <div class="head">
  <div class="banner"><a href="{pre}/"><img src="/o/cg-classic-theme/images/banner.jpg" alt="Cổng thông tin điện tử quận Cầu Giấy" /></a></div>
  <div class="menu"><a href="{pre}/">{L['home']}</a> | <a href="{pre}/gioi-thieu">Giới thiệu</a> | <a href="{pre}/tin-tuc-su-kien">Tin tức - Sự kiện</a> | <a href="{pre}/dang-doan-the">Đảng - Đoàn thể</a> | <a href="{pre}/lien-he">Liên hệ</a></div>
  <div class="marquee">Chào mừng kỷ niệm 25 năm Ngày thành lập quận Cầu Giấy (01/9/1997 - 01/9/2022)</div>
 </div>
 <div class="body-wrap">
  <div class="left-col">
   <div class="box most-read"><div class="box-title">{L['most']}</div>{most}</div>
   <div class="box"><div class="box-title">{L['cal']}</div><div class="box-content"><a href="{pre}/lich-cong-tac">Lịch công tác tuần 48 (23/11/2026 - 29/11/2026)</a></div></div>
  </div>
  <div class="main-col">{main}
  </div>
  <div class="clear"></div>
 </div>
 <div class="foot">
  <div>Bản quyền thuộc Ủy ban nhân dân quận Cầu Giấy</div>
  <div>Địa chỉ: Số 36 phố Cầu Giấy, quận Cầu Giấy, Hà Nội - ĐT: (024) 3767 2145</div>
  <div><a href="#page">{L['top']}</a></div>
 </div>
</div>
</body>
</html>
"""


def sf_body(art: Art) -> str:
    out = []
    for b in art.blocks:
        kind = b[0]
        if kind == "p":
            out.append(f'<p style="text-align: justify;">{inline(b[1])}</p>')
        elif kind == "photo":
            img = b[1][0]
            rows = (f'<tr><td style="text-align: center;"><img class="lazy" src="/o/cg-classic-theme/images/blank.gif" '
                    f'data-src="{attr(img.path)}" alt="" width="{img.w}" height="{img.h}" /></td></tr>')
            if b[2]:
                rows += (f'<tr><td style="text-align: center;"><span style="font-size:12px;"><em>{esc(b[2])}</em>'
                         f'</span></td></tr>')
            out.append(f'<table align="center" border="0" cellpadding="1" cellspacing="1" class="image" '
                       f'style="width: 100%;"><tbody>{rows}</tbody></table>')
        elif kind == "sig":
            out.append(f'<p style="text-align: justify;"><b>{esc(b[1])}</b></p>')
            out.append("<p>&nbsp;</p>\n<p>&nbsp;</p>\n<p style=\"text-align: justify;\">&nbsp;</p>")
    return "\n".join(out)


def sf_article(art: Art, lang: str, *, show_time=True, show_views=True) -> str:
    L = SF_L[lang]
    same = "".join(
        f'<li><a href="{other_url(o, lang)}">{esc(o[2])}</a> <i>({dmy(o[3])})</i></li>' for o in OTHERS[2:6])
    main = f"""
   <div class="cat-title"><a href="{'/en' if lang == 'en' else ''}/dang-doan-the/cong-tac-dang">{SECTION}</a></div>
   <div class="news-detail">
    <h1 class="news-title">{esc(art.title)}</h1>
    {sf_info(lang, art.when, show_time, art.views if show_views else None)}
    <div class="news-content">
{sf_body(art)}
    </div>
    <div class="news-tools"><a href="javascript:history.back()">{L['back']}</a> | <a href="javascript:window.print()">In</a></div>
   </div>
   <div class="same-cat"><div class="title">{L['same']}</div><ul>{same}</ul></div>
   <div class="comment-box">
    <div class="title">{L['comment']}</div>
    <form action="/binh-luan" method="post"><input type="hidden" name="articleId" value="{art.id}" />
     <label>{L['name']}</label> <input name="name" type="text" /> <label>Email</label> <input name="email" type="text" />
     <label>{L['content']}</label> <textarea name="content"></textarea> <button type="submit">{L['send']}</button></form>
   </div>"""
    return sf_page(lang, main)


def sf_furniture(lang: str) -> list[str]:
    L = SF_L[lang]
    return [L["same"], L["comment"], L["most"], L["send"], OTHERS[3][2], OTHERS[5][2], "Lịch công tác tuần 48",
            "Chào mừng kỷ niệm 25 năm", "3767 2145", "Bản quyền"]


def theme_sidebar_first() -> None:
    th = "x_sidebar_first"
    # 1. upper-case office signature followed by empty paragraphs; lazy photos in one-column tables
    page = sf_article(SOKET, "vi")
    must, body_not = standard_checks(SOKET, furniture=sf_furniture("vi"))
    write_case(th, "office_signature_vi", page, SOKET.url("vi"), expected_for(SOKET, "vi", section=True),
               must_contain=must + ["so-ket-6-thang-ket-luan.jpg"],
               must_not_contain=["Tin cùng chuyên mục", "Ý kiến bạn đọc", "ĐỌC NHIỀU NHẤT", OTHERS[3][2]],
               body_not=body_not)
    # 2. English UI; a photo without caption
    page = sf_article(BOIDUONG, "en")
    must, body_not = standard_checks(BOIDUONG, furniture=sf_furniture("en"))
    write_case(th, "uncaptioned_photo_en", page, BOIDUONG.url("en"), expected_for(BOIDUONG, "en", section=True),
               must_contain=must, must_not_contain=["Other news in this section", "MOST READ"], body_not=body_not)
    # 3. only a date (no time, no view count), no signature, no photo
    page = sf_article(KETNAP, "vi", show_time=False, show_views=False)
    must, body_not = standard_checks(KETNAP, furniture=sf_furniture("vi"))
    write_case(th, "date_only_no_views_vi", page, KETNAP.url("vi"),
               expected_for(KETNAP, "vi", section=True, views=False, time=False),
               must_contain=must, must_not_contain=["Tin cùng chuyên mục", "ĐỌC NHIỀU NHẤT"], body_not=body_not)
    # 4. a removed article's URL answering with the section listing (soft 404 showing a listing)
    items = "".join(f"""
   <div class="news-item">
    <a class="thumb" href="{a.rel('vi')}"><img src="/documents/20182/{a.id}/thumb.jpg" alt="" /></a>
    <h3><a href="{a.rel('vi')}">{esc(a.title)}</a></h3>
    {sf_info('vi', a.when, True, a.views)}
    <p class="sapo">{esc(a.summary)}</p>
   </div>""" for a in [SOKET, KIEMTRA, BOIDUONG, GAPMAT])
    main = (f'\n   <div class="cat-title"><a href="/dang-doan-the/cong-tac-dang">{SECTION}</a></div>{items}\n'
            '   <div class="paging"><span class="current">1</span> <a href="?page=2">2</a> <a href="?page=3">3</a> '
            '<a href="?page=2">Trang sau »</a> <a href="?page=35">Trang cuối</a></div>')
    write_case(th, "removed_shows_listing_vi", sf_page("vi", main),
               HOST + "/dang-doan-the/-/view_content/5390017-ra-mat-mo-hinh-chi-bo-4-tot.html")
    # 5. search results
    items = "".join(f"""
   <div class="search-item">
    <h3><a href="{a.rel('vi')}">{esc(a.title)}</a></h3>
    <div class="search-date">{dmy(a.when)} {hm(a.when)}</div>
    <p>{esc(a.summary)}</p>
   </div>""" for a in [REAL, SOKET, UBKT])
    main = (f'\n   <div class="cat-title">KẾT QUẢ TÌM KIẾM</div>\n   <div class="search-summary">Tìm thấy 128 kết quả '
            f'cho từ khóa “<b>hội nghị</b>” (0,21 giây)</div>{items}\n'
            '   <div class="paging"><span class="current">1</span> <a href="?q=h%E1%BB%99i+ngh%E1%BB%8B&amp;page=2">2</a> '
            '<a href="?q=h%E1%BB%99i+ngh%E1%BB%8B&amp;page=2">Trang sau »</a></div>')
    write_case(th, "search_results_vi", sf_page("vi", main),
               HOST + "/tim-kiem?q=h%E1%BB%99i+ngh%E1%BB%8B")


# ===========================================================================
# Theme 3: x_sapo_magazine
MAG_L = {
    "vi": dict(share="Chia sẻ", print="In bài", font="Cỡ chữ", tags="Từ khóa:", related="Tin liên quan",
               comments="Ý kiến bạn đọc", note="Bạn đọc gửi ý kiến, vui lòng ghi rõ họ tên và địa chỉ email.",
               send="Gửi bình luận", most="Xem nhiều", views="Lượt xem:", home="Trang chủ"),
    "en": dict(share="Share", print="Print", font="Font size", tags="Tags:", related="Related news",
               comments="Comments", note="Please give your full name and email address.",
               send="Post comment", most="Most viewed", views="View count:", home="Home"),
}


def mag_page(lang: str, head: str, main: str) -> str:
    L = MAG_L[lang]
    pre = "/en" if lang == "en" else ""
    side = "".join(
        f'<li><a href="{other_url(o, lang)}">{esc(o[2])}</a><span class="views">{vi_num(o[4]) if lang == "vi" else en_num(o[4])}</span></li>'
        for o in OTHERS[:5])
    return f"""<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
{head}
<link rel="stylesheet" href="/o/cg-magazine/css/app.css">
<style>.story-kicker{{text-transform:uppercase}} .story-sapo{{font-weight:700}}</style>
</head>
<body class="article-page">
<div class="topbar"><div class="container"><span class="date-now">{today(lang)}</span>
 <span class="weather">Hà Nội 18°C</span> <a class="lang" href="/">VI</a> <a class="lang" href="/en">EN</a></div></div>
<header class="masthead"><div class="container">
 <a class="brand" href="{pre}/"><img alt="Cổng thông tin điện tử quận Cầu Giấy" src="/o/cg-magazine/img/brand.svg"></a>
 <nav class="mainnav"><a href="{pre}/">{L['home']}</a><a href="{pre}/tin-tuc-su-kien">Tin tức</a><a href="{pre}/dang-doan-the">Đảng - Đoàn thể</a><a href="{pre}/chinh-quyen">Chính quyền</a></nav>
</div></header>
<div class="container"><div class="row">
<div class="col-main">{main}
</div>
<aside class="col-side"><div class="widget"><div class="widget-head">{L['most']}</div><ol class="rank">{side}</ol></div></aside>
</div></div>
<footer class="site-footer"><div class="container">
 <p>© 2015 - 2026 Cổng thông tin điện tử quận Cầu Giấy. Chịu trách nhiệm chính: Chánh Văn phòng HĐND - UBND quận.</p>
 <p>Số 36 Cầu Giấy, Hà Nội · ĐT: 024.3767.2145</p>
</div></footer>
<script src="/o/cg-magazine/js/app.js" defer></script>
</body>
</html>
"""


def mag_body(art: Art, tx, lead_in_body: bool) -> str:
    out = []
    for b in art.blocks:
        kind = b[0]
        if kind == "lead":
            if lead_in_body:
                out.append(f'<p class="lead"><strong>{inline(b[1], tx)}</strong></p>')
        elif kind == "p":
            out.append(f'<p style="text-align: justify;">{inline(b[1], tx)}</p>')
        elif kind == "photo":
            img = b[1][0]
            base = img.path.rsplit(".", 1)[0]
            out.append(f'<figure class="story-figure"><picture><source type="image/webp" srcset="{attr(base)}.webp">'
                       f'<img src="{attr(img.path)}" alt="" width="{img.w}" height="{img.h}"></picture>'
                       f'<figcaption>{tx(esc(b[2]))}</figcaption></figure>')
        elif kind == "sig":
            out.append(f'<p style="text-align: right;"><strong>{tx(esc(b[1]))}</strong></p>')
    return "\n".join(out)


def mag_article(art: Art, lang: str, *, tx=ident, section=True, sapo_h4=False, date_text: str = "",
                published_meta=False) -> str:
    L = MAG_L[lang]
    lead = next((b[1] for b in art.blocks if b[0] == "lead"), None)
    head = f"<title>{tx(esc(art.title))}</title>\n<meta property=\"og:title\" content=\"{attr(art.title)}\">"
    head += f"\n<meta name=\"description\" content=\"{attr(art.summary)}\">"
    if published_meta:
        utc = art.when - timedelta(hours=7)
        head += f'\n<meta property="article:published_time" content="{utc:%Y-%m-%dT%H:%M:%S}Z">'
    num = vi_num(art.views) if lang == "vi" else en_num(art.views)
    related = "".join(
        f'<li><a href="{other_url(o, lang)}">{esc(o[2])}</a><span class="time">{dmy(o[3])} {hm(o[3])}</span></li>'
        for o in OTHERS[1:4])
    kicker = (f'<a class="story-kicker" href="{"/en" if lang == "en" else ""}/dang-doan-the/cong-tac-dang">{SECTION}</a>'
              if section else "")
    sapo = f'<h4 class="story-sapo">{inline(lead, tx)}</h4>' if (sapo_h4 and lead) else ""
    main = f"""
<article class="story">
 {kicker}
 <h1 class="story-title">{tx(esc(art.title))}</h1>
 {sapo}
 <div class="story-meta"><span class="story-date"><i class="ico-clock"></i> {date_text}</span> <span class="dot">•</span> <span class="story-views"><i class="ico-eye"></i> {L['views']} {num}</span></div>
 <div class="story-toolbar"><a class="share" href="#">{L['share']}</a> <a href="https://www.facebook.com/sharer/sharer.php?u={HOST}{art.rel(lang)}">Facebook</a> <a href="https://sp.zalo.me/share_to_zalo?u={HOST}{art.rel(lang)}">Zalo</a> <a href="javascript:window.print()">{L['print']}</a> <span>{L['font']}: <a href="#">A-</a> <a href="#">A+</a></span></div>
 <div class="story-body">
{mag_body(art, tx, not sapo_h4)}
 </div>
 <div class="story-tags">{L['tags']} <a href="/tags/dang-bo">Đảng bộ</a>, <a href="/tags/cau-giay">Cầu Giấy</a></div>
</article>
<section class="story-related"><h3>{L['related']}</h3><ul>{related}</ul></section>
<section class="comments"><h3>{L['comments']}</h3><p class="note">{L['note']}</p>
 <form><input name="name"><input name="email"><textarea name="body"></textarea><button>{L['send']}</button></form></section>"""
    return mag_page(lang, head, main)


def mag_furniture(lang: str) -> list[str]:
    L = MAG_L[lang]
    return [L["related"], L["comments"], L["note"], L["most"], L["tags"], OTHERS[1][2], OTHERS[4][2],
            today(lang), "Hà Nội 18°C", "024.3767.2145", "Zalo"]


def theme_sapo() -> None:
    th = "x_sapo_magazine"
    # 1. sapo as <h4> between title and meta (the lead is the first body paragraph); weekday date, no label
    d = DAIHOI.when
    date_text = f"{VI_DAYS[d.weekday()].capitalize()}, {dmy(d)} {hm(d)}"  # "Thứ ba, 12/05/2020 08:00"
    page = mag_article(DAIHOI, "vi", sapo_h4=True, date_text=date_text, published_meta=True)
    must, body_not = standard_checks(DAIHOI, furniture=mag_furniture("vi"))
    write_case(th, "sapo_h4_before_meta_vi", page, DAIHOI.url("vi"), expected_for(DAIHOI, "vi", section=True),
               must_contain=must[1:], must_not_contain=["Tin liên quan", "Ý kiến bạn đọc"], body_not=body_not)
    # 2. entity-encoded everything; bold lead paragraph right after meta; "16 giờ 45, ngày 10/01/2023"
    d = UBKT.when
    page = mag_article(UBKT, "vi", tx=tx_entities, sapo_h4=False, date_text=f"{d:%H} giờ {d:%M}, ngày {dmy(d)}")
    must, body_not = standard_checks(UBKT, furniture=mag_furniture("vi"))
    write_case(th, "lead_after_meta_entities_vi", page, UBKT.url("vi"), expected_for(UBKT, "vi", section=True),
               must_contain=must, must_not_contain=["Tin liên quan", "Ý kiến bạn đọc"], body_not=body_not)
    # 3. English UI, no section shown, NFD text with NBSP runs, English weekday
    d = CT05.when
    page = mag_article(CT05, "en", tx=tx_nfd_nbsp, section=False,
                       date_text=f"Publish date: {EN_DAYS[d.weekday()]}, {dmy(d)} - {hm(d)}")
    must, body_not = standard_checks(CT05, furniture=mag_furniture("en"))
    write_case(th, "nfd_no_section_en", page, CT05.url("en"), expected_for(CT05, "en", section=False),
               must_contain=must, must_not_contain=["Related news", "Comments"],
               body_not=body_not)
    # 4. English listing
    items = "".join(f"""
<article class="story-item">
 <a class="thumb" href="{a.rel('en')}"><img src="/documents/20182/{a.id}/thumb.jpg" alt=""></a>
 <h2 class="story-item-title"><a href="{a.rel('en')}">{esc(a.title)}</a></h2>
 <div class="story-meta"><span class="story-date">{EN_DAYS[a.when.weekday()]}, {dmy(a.when)} - {hm(a.when)}</span> <span class="dot">•</span> <span class="story-views">View count: {en_num(a.views or 0)}</span></div>
 <p class="story-item-sapo">{esc(a.summary)}</p>
</article>""" for a in [UBKT, HUYHIEU, DANVAN, SOKET])
    main = (f'\n<h1 class="section-title">{SECTION}</h1>{items}\n'
            '<nav class="pager"><a class="prev" href="?page=1">« Previous</a> <a href="?page=1">1</a> <b>2</b> '
            '<a href="?page=3">3</a> <a class="next" href="?page=3">Next »</a></nav>')
    write_case(th, "listing_en", mag_page("en", "<title>Công tác Đảng</title>", main),
               HOST + "/en/dang-doan-the/cong-tac-dang?page=2")
    # 5. no permission to view, at an article URL
    main = (f'\n<article class="story">\n <a class="story-kicker" href="/dang-doan-the/cong-tac-dang">{SECTION}</a>\n'
            ' <div class="alert alert-warning"><strong>Thông báo:</strong> Bạn không có quyền xem nội dung này. '
            'Vui lòng <a href="/c/portal/login">đăng nhập</a> để tiếp tục.</div>\n</article>')
    write_case(th, "no_permission_vi", mag_page("vi", "<title>Thông báo</title>", main),
               HOST + "/dang-doan-the/-/view_content/5391204-bao-cao-tinh-hinh-to-chuc-co-so-dang.html")


# ===========================================================================
# Theme 4: x_print_popup
def print_page(lang: str, title_html: str, meta: str, body: str, art_url: str, head_title: str) -> str:
    en = lang == "en"
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{'Print' if en else 'In bài viết'}: {esc(head_title)}</title>
<style type="text/css">body {{ font-family: "Times New Roman", serif; font-size: 14pt; }} .print-buttons {{ display: block; }} @media print {{ .print-buttons {{ display: none; }} }}</style>
</head>
<body onload="window.print();">
<table class="print-header" width="100%" cellpadding="0" cellspacing="0"><tr>
 <td width="80"><img src="/o/caugiay-theme/images/logo-print.png" alt="" width="64" height="64" /></td>
 <td><b>CỔNG THÔNG TIN ĐIỆN TỬ QUẬN CẦU GIẤY</b><br /><i>{HOST}</i></td>
</tr></table>
<hr />
{title_html}
{meta}
<div class="print-body">
{body}
</div>
<hr />
<div class="print-footer">{'Article address' if en else 'Địa chỉ bài viết'}: <a href="{art_url}">{art_url}</a><br />
© Cổng thông tin điện tử quận Cầu Giấy - {'Printed on' if en else 'Ngày in'}: {dmy(TODAY)} 08:12</div>
<div class="print-buttons"><a href="javascript:window.print()">{'Print this page' if en else 'In bài viết'}</a> | <a href="javascript:window.close()">{'Close window' if en else 'Đóng cửa sổ'}</a></div>
</body>
</html>
"""


def print_body(art: Art, tx=ident, empty_paras=False) -> str:
    out = []
    for b in art.blocks:
        kind = b[0]
        if kind == "p":
            out.append(f'<p style="text-align: justify;">{inline(b[1], tx)}</p>')
            if empty_paras:
                out.append("<p>&nbsp;</p>")
        elif kind == "photo":
            img = b[1][0]
            out.append(f'<p style="text-align: center;"><img alt="" src="{attr(img.path)}" style="width: 600px; height: 400px;" /></p>')
            out.append(f'<p style="text-align: center;"><em>{tx(esc(b[2]))}</em></p>')
        elif kind == "sig":
            out.append(f'<p style="text-align: justify;"><strong>{tx(esc(b[1]))}</strong></p>')
    return "\n".join(out)


def print_title(art: Art) -> str:
    return f'<div class="print-title" style="font-size: 20px; font-weight: bold; margin: 12px 0;">{esc(art.title)}</div>'


def print_furniture(lang: str) -> list[str]:
    return ["CỔNG THÔNG TIN ĐIỆN TỬ QUẬN CẦU GIẤY", "Địa chỉ bài viết" if lang == "vi" else "Article address",
            "Đóng cửa sổ" if lang == "vi" else "Close window", dmy(TODAY), "window.print", "Times New Roman"]


def theme_print() -> None:
    th = "x_print_popup"
    # 1. the real article, English UI print view, meta line as the real page shows it,
    #    Liferay 6 style /image/journal/article?img_id=..&t=.. photos, URL with query + fragment
    real = Art(REAL.id, REAL.slug, REAL.title, REAL.when, REAL.views, [
        (("photo", [Img("/image/journal/article?img_id=5400815&t=1641546012345")], b[2]) if b[0] == "photo" and
         b[2] == REAL_CAPTIONS[0] else
         ("photo", [Img("/image/journal/article?img_id=5400816&t=1641546019876")], b[2]) if b[0] == "photo" else b)
        for b in REAL.blocks])
    meta = f'<div class="print-meta" style="color: #666;">Publish date {dmy(real.when)} | {hm(real.when)} &nbsp;|&nbsp;View count: {real.views}</div>'
    art_url = real.url("vi")
    page = print_page("en", print_title(real), meta, print_body(real), art_url, real.title)
    must, body_not = standard_checks(real, furniture=print_furniture("en"))
    write_case(th, "real_article_en", page,
               real.url("en", "?p_p_state=pop_up&p_p_mode=view&_com_liferay_journal_content_web_portlet_JournalContentPortlet_viewMode=print#top"),
               expected_for(real, "en", section=False),
               must_contain=must + ["Quận đã thực hiện 13/13 chỉ tiêu"], must_not_contain=["Close window", "Article address"],
               body_not=body_not)
    # 2. soft hyphens, zero-width spaces, NBSP runs, empty paragraphs; "dd-mm-yyyy hh:mm:ss"; zero views
    d = DANVAN.when
    meta = f'<div class="print-meta">Ngày đăng: {d:%d-%m-%Y %H:%M:%S} | Lượt xem: 0</div>'
    body = print_body(DANVAN, tx_invisible, empty_paras=True).replace(
        '<p style="text-align: justify;">Chiều 20/12', '<p style="text-align: justify;">&#8203;Chiều 20/12', 1)
    page = print_page("vi", print_title(DANVAN), meta, body, DANVAN.url("vi"), DANVAN.title)
    must, body_not = standard_checks(DANVAN, furniture=print_furniture("vi"))
    write_case(th, "invisible_chars_vi", page, DANVAN.url("vi", "?p_p_state=pop_up"),
               expected_for(DANVAN, "vi", section=False),
               must_contain=["Ban Dân vận Quận ủy Cầu Giấy tổ chức", "Mặt trận Tổ quốc và các đoàn thể"],
               must_not_contain=["Đóng cửa sổ"], body_not=body_not)
    # 3. time before date: "Ngày đăng: 09:00 - 28/01/2022"
    d = GAPMAT.when
    meta = f'<div class="print-meta">Ngày đăng: {hm(d)} - {dmy(d)} | Lượt xem: {vi_num(GAPMAT.views)}</div>'
    page = print_page("vi", print_title(GAPMAT), meta, print_body(GAPMAT), GAPMAT.url("vi"), GAPMAT.title)
    must, body_not = standard_checks(GAPMAT, furniture=print_furniture("vi"))
    write_case(th, "time_first_vi", page, GAPMAT.url("vi", "?p_p_state=pop_up"),
               expected_for(GAPMAT, "vi", section=False), must_contain=must, must_not_contain=["Đóng cửa sổ"],
               body_not=body_not)
    # 4. print view of a removed article (English UI)
    url = HOST + "/en/dang-doan-the/-/view_content/5388410-hoi-nghi-bao-cao-vien-thang-10.html"
    page = print_page("en", "", "",
                      '<div class="portlet-msg-error">The requested article does not exist or has been removed.</div>',
                      url.replace("/en/", "/"), "Error")
    write_case(th, "print_not_found_en", page, url + "?p_p_state=pop_up")


# ===========================================================================
# Theme 5: x_html5_cards
CARD_L = {
    "vi": dict(views="lượt xem", most="Tin đọc nhiều", more="Tin khác", tags="Từ khóa:", share="Chia sẻ:",
               home="Trang chủ", party="Đảng - Đoàn thể", sec="Công tác Đảng"),
    "en": dict(views="views", most="Most read", more="Other news", tags="Tags:", share="Share:",
               home="Home", party="Party - Mass organisations", sec="Công tác Đảng"),
}


def card(lang: str, o_id, o_slug, o_title, o_when, o_views, summary: str | None = None, tag="h3") -> str:
    L = CARD_L[lang]
    pre = "/en" if lang == "en" else ""
    href = f"{pre}/dang-doan-the/-/view_content/{o_id}-{o_slug}.html"
    num = vi_num(o_views) if lang == "vi" else en_num(o_views)
    s = f'\n   <p class="card-summary">{esc(summary)}</p>' if summary else ""
    return (f'\n  <article class="card">\n   <{tag} class="card-title"><a href="{href}">{esc(o_title)}</a></{tag}>\n'
            f'   <p class="card-meta"><time datetime="{o_when:%Y-%m-%dT%H:%M:%S}+07:00">{dmy(o_when)}</time> · '
            f'<span>{num} {L["views"]}</span></p>{s}\n  </article>')


def cards_page(lang: str, head_title: str, main: str) -> str:
    L = CARD_L[lang]
    pre = "/en" if lang == "en" else ""
    side = "".join(card(lang, *o) for o in OTHERS[:4])
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{esc(head_title)} | Quận Cầu Giấy</title>
<meta name="viewport" content="width=device-width">
<link rel="stylesheet" href="/o/cg-cards/main.css">
</head>
<body>
<header class="site-header">
 <h1 class="site-logo"><a href="{pre}/"><img src="/o/cg-cards/logo.svg" alt=""><span>Cổng thông tin điện tử quận Cầu Giấy</span></a></h1>
 <p class="today">{today(lang)}</p>
 <nav class="site-nav"><ul><li><a href="{pre}/">{L['home']}</a></li><li><a href="{pre}/dang-doan-the">{L['party']}</a></li><li><a href="{pre}/van-ban">Văn bản</a></li></ul></nav>
</header>
<div class="layout">
<aside class="sidebar" aria-label="{L['most']}">
 <h2 class="sidebar-title">{L['most']}</h2>{side}
</aside>
<main id="main">{main}
</main>
</div>
<footer class="site-footer">
 <p>Ủy ban nhân dân quận Cầu Giấy · 36 Cầu Giấy, Hà Nội · <a href="tel:02437672145">024 3767 2145</a></p>
 <p>Cập nhật lần cuối: {dmy(TODAY)}</p>
</footer>
</body>
</html>
"""


def cards_body(art: Art) -> str:
    out = []
    for b in art.blocks:
        kind = b[0]
        if kind == "p":
            out.append(f"<p>{inline(b[1])}</p>")
        elif kind == "h":
            out.append(f"<h3>{esc(b[1])}</h3>" if b[1].startswith("I.") else f"<p><strong>{esc(b[1])}</strong></p>")
        elif kind == "ul":
            out.append("<ul>\n" + "\n".join(f"<li>{inline(i)}</li>" for i in b[1]) + "\n</ul>")
        elif kind == "quote":
            out.append(f"<blockquote>\n<p>{inline(b[1])}</p>\n</blockquote>")
        elif kind == "photo":
            img = b[1][0]
            base = img.path.rsplit(".", 1)[0]
            out.append(f'<figure class="wp-block-image"><a href="{attr(img.big)}"><img loading="lazy" src="{attr(img.path)}" '
                       f'srcset="{attr(base)}-400.jpg 400w, {attr(img.path)} {img.w}w" sizes="(max-width: 800px) 100vw, 800px" '
                       f'width="{img.w}" height="{img.h}" alt="{attr(b[2])}"></a><figcaption>{esc(b[2])}</figcaption></figure>')
        elif kind == "sig":
            out.append(f'<p style="text-align: right;"><em>{esc(b[1])}</em></p>')
    return "\n".join(out)


def cards_article(art: Art, lang: str) -> str:
    L = CARD_L[lang]
    pre = "/en" if lang == "en" else ""
    num = vi_num(art.views) if lang == "vi" else en_num(art.views)
    more = "".join(card(lang, a.id, a.slug, a.title, a.when, a.views or 0, a.summary)
                   for a in [SOKET, UBKT, DANVAN] if a.id != art.id)
    main = f"""
 <nav class="crumbs"><a href="{pre}/">{L['home']}</a> / <a href="{pre}/dang-doan-the">{L['party']}</a> / <a href="{pre}/dang-doan-the/cong-tac-dang">{L['sec']}</a></nav>
 <article class="post" itemscope itemtype="https://schema.org/NewsArticle">
  <header class="post-header">
   <p class="post-category"><a href="{pre}/dang-doan-the/cong-tac-dang">{SECTION}</a></p>
   <h2 class="post-title" itemprop="headline">{esc(art.title)}</h2>
   <p class="post-meta"><time datetime="{art.when:%Y-%m-%dT%H:%M:%S}+07:00" itemprop="datePublished">{dmy(art.when)} | {hm(art.when)}</time> <span class="sep">·</span> <span class="post-views">{num} {L['views']}</span></p>
  </header>
  <div class="post-body" itemprop="articleBody">
{cards_body(art)}
  </div>
  <footer class="post-footer">
   <p class="post-tags">{L['tags']} <a href="/tags/chi-bo">chi bộ</a> <a href="/tags/dai-hoi">đại hội</a></p>
   <p class="post-share">{L['share']} <a href="https://www.facebook.com/sharer/sharer.php?u={HOST}{art.rel(lang)}">Facebook</a> <a href="mailto:?subject={attr(art.title)}">Email</a></p>
  </footer>
 </article>
 <section class="more-news" aria-label="{L['more']}">
  <h2>{L['more']}</h2>{more}
 </section>"""
    return cards_page(lang, art.title, main)


def cards_furniture(lang: str) -> list[str]:
    L = CARD_L[lang]
    return [L["most"], L["more"], L["tags"], L["share"], OTHERS[0][2], OTHERS[2][2], SOKET.summary,
            "Cổng thông tin điện tử quận Cầu Giấy", today(lang), "024 3767 2145"]


def theme_cards() -> None:
    th = "x_html5_cards"
    # 1. h1 is the site logo, the title an h2 after a sidebar of <article> cards; "0 lượt xem"
    page = cards_article(CHUYENDE, "vi")
    must, body_not = standard_checks(CHUYENDE, furniture=cards_furniture("vi"))
    write_case(th, "h1_logo_zero_views_vi", page, CHUYENDE.url("vi"), expected_for(CHUYENDE, "vi", section=True),
               must_contain=must, must_not_contain=["Tin đọc nhiều", "Tin khác", OTHERS[0][2]], body_not=body_not)
    # 2. English UI, "2,048 views", no signature
    page = cards_article(KDC5, "en")
    must, body_not = standard_checks(KDC5, furniture=cards_furniture("en"))
    write_case(th, "time_element_en", page, KDC5.url("en"), expected_for(KDC5, "en", section=True),
               must_contain=must, must_not_contain=["Most read", "Other news"], body_not=body_not)
    # 3. capitalised subheadings (<h3> and <p><strong>), "- " list items in <li>, blockquote, no photo
    page = cards_article(KIEMTRA, "vi")
    must, body_not = standard_checks(KIEMTRA, furniture=cards_furniture("vi"))
    write_case(th, "caps_subheads_list_vi", page, KIEMTRA.url("vi"), expected_for(KIEMTRA, "vi", section=True),
               must_contain=must + ["I. KẾT QUẢ KIỂM TRA", "II. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI",
                                    "phát huy dân chủ, trí tuệ của đảng viên"],
               must_not_contain=["Tin đọc nhiều", "Tin khác"], body_not=body_not)
    # 4. listing made of <article> cards with summaries and a pager
    items = "".join(card("vi", a.id, a.slug, a.title, a.when, a.views or 0, a.summary, tag="h2")
                    for a in [CHUYENDE, UBKT, HUYHIEU, DANVAN, SOKET, KIEMTRA])
    main = (f'\n <nav class="crumbs"><a href="/">Trang chủ</a> / <a href="/dang-doan-the">Đảng - Đoàn thể</a> / '
            f'<a href="/dang-doan-the/cong-tac-dang">Công tác Đảng</a></nav>\n <p class="post-category">{SECTION}</p>{items}\n'
            ' <nav class="pager" aria-label="Phân trang"><a rel="prev" href="?trang=2">‹ Trang trước</a> '
            '<span aria-current="page">3</span> <a rel="next" href="?trang=4">Trang sau ›</a></nav>')
    write_case(th, "listing_cards_vi", cards_page("vi", "Công tác Đảng", main),
               HOST + "/dang-doan-the/cong-tac-dang?trang=3")
    # 5. soft 404 in the English UI: a "Not Found" heading in the article's own structure, no date
    main = ("\n <article class=\"post\">\n  <header class=\"post-header\"><h2 class=\"post-title\">Not Found</h2></header>\n"
            "  <div class=\"post-body\"><p>The requested resource could not be found.</p>\n"
            f"  <p>{HOST}/en/dang-doan-the/-/view_content/5387002-le-ket-nap-dang-vien.html</p></div>\n </article>")
    write_case(th, "not_found_en", cards_page("en", "Not Found", main),
               HOST + "/en/dang-doan-the/-/view_content/5387002-le-ket-nap-dang-vien.html")


# ===========================================================================
# Theme 6: x_meta_bottom_br -- an old district-portal layout: the date and view
# count sit UNDER the article text; the editor wrote paragraphs separated by
# <br /><br /> inside one <div> instead of <p>s.
GIAOBAN = Art(
    5413870, "thuong-truc-quan-uy-cau-giay-giao-ban-cong-tac-dang-thang-9-2022",
    "Thường trực Quận ủy Cầu Giấy giao ban công tác Đảng tháng 9/2022",
    datetime(2022, 9, 26, 16, 0), 1311,
    [P("Chiều 26/9, Thường trực Quận ủy Cầu Giấy chủ trì Hội nghị giao ban công tác Đảng tháng 9, triển khai nhiệm "
       "vụ trọng tâm tháng 10/2022 với các đồng chí Bí thư đảng ủy, chi bộ cơ sở trực thuộc."),
     P("Trong tháng 9, các cấp ủy đã tổ chức chu đáo các hoạt động kỷ niệm 25 năm Ngày thành lập quận; hoàn thành "
       "Đại hội chi bộ nhiệm kỳ 2022 - 2025 tại 100% chi bộ trực thuộc đảng ủy cơ sở; kết nạp 23 đảng viên mới."),
     PHOTO(Img("/documents/20182/5413870/giao-ban-thang-9.jpg"),
           "Đồng chí Phó Bí thư Thường trực Quận ủy phát biểu tại Hội nghị giao ban"),
     P("Tháng 10/2022, Thường trực Quận ủy đề nghị các cấp ủy tập trung chỉ đạo thực hiện các chỉ tiêu kinh tế - xã "
       "hội quý IV; chuẩn bị nội dung Hội nghị Ban Chấp hành Đảng bộ quận lần thứ 15; tiếp tục rà soát, hoàn thiện "
       "quy hoạch cán bộ nhiệm kỳ 2025 - 2030."),
     SIG("HOÀI THU")],
    "Thường trực Quận ủy giao ban công tác Đảng tháng 9, triển khai nhiệm vụ tháng 10/2022.")

MAIDICH = Art(
    5414021, "dang-bo-phuong-mai-dich-so-ket-cong-tac-quy-iii-nam-2021",
    "Đảng bộ phường Mai Dịch sơ kết công tác quý III năm 2021",
    datetime(2021, 10, 12, 8, 45), 73,
    [P("Sáng 12/10, Đảng ủy phường Mai Dịch tổ chức Hội nghị sơ kết công tác lãnh đạo quý III, triển khai nhiệm vụ "
       "quý IV năm 2021. Do yêu cầu phòng, chống dịch Covid-19, Hội nghị được tổ chức với số lượng đại biểu hạn chế."),
     P("Trong quý III, Đảng ủy đã lãnh đạo triển khai nghiêm các biện pháp phòng, chống dịch; vận động Nhân dân tiêm "
       "vắc-xin đạt tỷ lệ 98,6% người trên 18 tuổi; hỗ trợ kịp thời 1.245 lượt hộ gia đình khó khăn do ảnh hưởng của "
       "dịch bệnh."),
     PHOTO(Img("/documents/20182/5414021/mai-dich-so-ket-quy-3.jpg"), "Quang cảnh Hội nghị sơ kết quý III"),
     P("Quý IV, Đảng ủy phường tập trung lãnh đạo hoàn thành các chỉ tiêu kinh tế - xã hội năm 2021; chuẩn bị tốt "
       "công tác kiểm điểm, đánh giá, xếp loại tổ chức đảng, đảng viên cuối năm."),
     SIG("ĐẢNG ỦY PHƯỜNG MAI DỊCH")],
    "Đảng ủy phường Mai Dịch sơ kết quý III, triển khai nhiệm vụ quý IV năm 2021.")

MB_L = {
    "vi": dict(date="Ngày đăng:", views="Lượt xem:", others="Các tin khác:", tools="In trang | Gửi email | Về đầu trang",
               today="Hôm nay:", right="THÔNG BÁO", home="Trang chủ"),
    "en": dict(date="Publish date:", views="View count:", others="Other news:", tools="Print | Email | Top",
               today="Today:", right="ANNOUNCEMENTS", home="Home"),
}


def mb_page(lang: str, left: str) -> str:
    L = MB_L[lang]
    pre = "/en" if lang == "en" else ""
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Cổng thông tin điện tử quận Cầu Giấy - Công tác Đảng</title>
<link href="/html/themes/caugiay/css/main.css" rel="stylesheet" type="text/css">
</head>
<body bgcolor="#ffffff" topmargin="0" leftmargin="0">
<div id="header">
 <div class="date">{L['today']} {today(lang)}</div>
 <img src="/html/themes/caugiay/images/banner.jpg" width="1000" height="150" alt="">
 <div id="menu"><a href="{pre}/">{L['home']}</a> :: <a href="{pre}/gioi-thieu">Giới thiệu</a> :: <a href="{pre}/dang-doan-the">Đảng - Đoàn thể</a> :: <a href="{pre}/hoi-dap">Hỏi đáp</a></div>
</div>
<div id="container">
 <div id="left">{left}
 </div>
 <div id="right">
  <div class="box-title">{L['right']}</div>
  <div class="box"><a href="{pre}/thong-bao/lich-tiep-cong-dan">Lịch tiếp công dân của Bí thư Quận ủy tháng 12/2026</a><br><span class="date">(25/11/2026)</span></div>
 </div>
</div>
<div id="footer">Ủy ban nhân dân quận Cầu Giấy - 36 Cầu Giấy, Hà Nội - Điện thoại: 024.3767.2145<br>Ghi rõ nguồn "Cổng thông tin điện tử quận Cầu Giấy" khi phát hành lại thông tin từ website này.</div>
</body>
</html>
"""


def mb_body(art: Art, br: bool) -> str:
    out = []
    for b in art.blocks:
        kind = b[0]
        if kind == "p":
            out.append(f"{esc(b[1])}<br /><br />" if br else f'<p align="justify">{esc(b[1])}</p>')
        elif kind == "photo":
            img = b[1][0]
            out.append(f'<div style="text-align: center;"><img border="0" src="{attr(img.path)}" width="500"></div>'
                       f'<div style="text-align: center;"><i>{esc(b[2])}</i></div>' + ("<br />" if br else ""))
        elif kind == "sig":
            out.append(f'<div align="right"><b>{esc(b[1])}</b></div>')
    return "\n".join(out)


def mb_article(art: Art, lang: str, br: bool) -> str:
    L = MB_L[lang]
    num = vi_num(art.views) if lang == "vi" else en_num(art.views)
    others = "".join(f'<li><a href="{other_url(o, lang)}">{esc(o[2])}</a> <span class="date">({dmy(o[3])})</span></li>'
                     for o in OTHERS[:5])
    left = f"""
  <div class="cat">{SECTION}</div>
  <div class="detail">
   <h2 class="title">{esc(art.title)}</h2>
   <div class="content">
{mb_body(art, br)}
   </div>
   <div class="info">{L['date']} {dmy(art.when)} {hm(art.when)} | {L['views']} {num}</div>
   <div class="tools">{L['tools']}</div>
  </div>
  <div class="other"><b>{L['others']}</b><ul>{others}</ul></div>"""
    return mb_page(lang, left)


def theme_meta_bottom() -> None:
    th = "x_meta_bottom_br"
    fur = [MB_L["vi"]["others"], MB_L["vi"]["tools"], "Lịch tiếp công dân", today("vi"), OTHERS[0][2],
           "Ghi rõ nguồn", "024.3767.2145", "Ngày đăng", "Lượt xem"]
    # 1. meta line after the body; paragraphs separated by <br /><br /> in one <div>
    must, body_not = standard_checks(GIAOBAN, furniture=fur)
    write_case(th, "br_paragraphs_meta_below_vi", mb_article(GIAOBAN, "vi", br=True), GIAOBAN.url("vi"),
               expected_for(GIAOBAN, "vi", section=True), must_contain=must,
               must_not_contain=["Các tin khác", "In trang"], body_not=body_not)
    # 2. English UI, meta line after a <p> body
    fur = [MB_L["en"]["others"], MB_L["en"]["tools"], "Lịch tiếp công dân", today("en"), OTHERS[1][2],
           "Ghi rõ nguồn", "Publish date", "View count"]
    must, body_not = standard_checks(MAIDICH, furniture=fur)
    write_case(th, "meta_below_en", mb_article(MAIDICH, "en", br=False), MAIDICH.url("en"),
               expected_for(MAIDICH, "en", section=True), must_contain=must,
               must_not_contain=["Other news"], body_not=body_not)
    # 3. section page at an article URL saying the content is being updated (no title, no date)
    left = (f'\n  <div class="cat">{SECTION}</div>\n  <div class="detail"><div class="content">'
            '<i>Nội dung đang được cập nhật.</i></div></div>\n  <div class="other"><b>Các tin khác:</b><ul>'
            + "".join(f'<li><a href="{other_url(o)}">{esc(o[2])}</a> <span class="date">({dmy(o[3])})</span></li>'
                      for o in OTHERS[:5]) + "</ul></div>")
    write_case(th, "being_updated_vi", mb_page("vi", left),
               HOST + "/dang-doan-the/-/view_content/5385566-so-ket-cong-tac-quy-i.html")



# ===========================================================================
def main() -> None:
    for d in HERE.glob("x_*"):
        if d.is_dir():
            shutil.rmtree(d)
    theme_clay()
    theme_sidebar_first()
    theme_sapo()
    theme_print()
    theme_cards()
    theme_meta_bottom()
    arts = sum(1 for t, c in CASES if (HERE / t / c / "expected.json").exists())
    print(f"wrote {len(CASES)} cases ({arts} articles, {len(CASES) - arts} non-articles) "
          f"in {len({t for t, _ in CASES})} themes")


if __name__ == "__main__":
    main()
