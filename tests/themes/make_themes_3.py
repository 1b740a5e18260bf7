#!/usr/bin/env python3
# ruff: noqa: E501
# (page templates and the real article are long literal lines)
"""Third examiner's page themes: tests/themes/z_*/.

Written from DESIGN.md, portal/FACTS.md and the real article's reader text
only -- without reading the parser, the replica or the other themes -- so
the fixtures test whether the parser reads a page the way a reader does.

Every expected value is computed from the same source text the page is
rendered from (the ``Art`` objects below), so page and expectation cannot
drift apart.  Re-run to regenerate: ``python tests/themes/make_themes_3.py``.

Themes
------
z_wp_entry       WordPress-like HTML5: <article>/<header>/<footer>, entry-title,
                 <time datetime> in UTC, "Đăng ngày:" / "Posted on", views
                 written "171 lượt xem" after the number, month-name dates in
                 the English UI, a hidden <time class="updated"> glued to the
                 published one, lazy images with <noscript> twins, share
                 icons with title attributes only and related posts *inside*
                 the content div, cookie banner, comment form.
z_aspnet_tables  Old ASP.NET portal: layout tables, <font face>, the sidebar
                 (dated, with view counts) first in the DOM, the title in a
                 <span id="ctl00_..._lblTieuDe"> (no heading element), the
                 meta line as labels and values in separate spans with
                 entity-encoded labels, dd-mm-yyyy dates and hh:mm:ss times,
                 <base href>, entity-encoded body, <div>-only paragraphs,
                 <br>-split lines, captions in one-column tables.
z_mobile_min     Mobile/AMP-like page: minimal markup, icons with
                 screen-reader labels, single-digit day/month, lazy
                 data-src images with layout attrs, protocol-relative src,
                 NFD text with zero-width spaces, a page without section.
z_portal_tools   Modern portal: "Cập nhật" before "Ngày đăng", date-only
                 publish date, print/send/save tools above and below the
                 body, two photos side by side, <ol>, <blockquote>, a video
                 iframe, a 16-px file icon in a link, a script and an
                 onclick inside the body, "Tin cùng chuyên mục" with dates,
                 a reader-comment form, English UI with query/fragment URL.
z_word_paste     Liferay-6-like page whose portlet title (the section) is
                 the <h1> and the article title an <h2>; Word-pasted body
                 (MsoNormal, <o:p>, a <style> and a conditional comment in
                 the content, &nbsp; runs), "Ngày đăng 9/1/2023 - 8:05",
                 zero views, a site visit counter in the sidebar.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import unicodedata
from datetime import datetime, timedelta
from html.entities import codepoint2name
from pathlib import Path
from urllib.parse import urljoin

HERE = Path(__file__).resolve().parent
HOST = "https://caugiay.hanoi.gov.vn"
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


# ---------------------------------------------------------------- text helpers

def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def collapse(s: str) -> str:
    return " ".join(s.split())


def E(s: str) -> str:
    """Plain UTF-8 text."""
    return html.escape(s, quote=False)


def A(s: str) -> str:
    """For attribute values."""
    return html.escape(s, quote=True)


def ENT(s: str) -> str:
    """Old-CMS habit: every non-ASCII letter as an entity, named where HTML
    has a name, else decimal or hex numeric (alternating, deterministically)."""
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "&<>":
            out.append(html.escape(ch))
        elif o < 128:
            out.append(ch)
        elif o in codepoint2name:
            out.append(f"&{codepoint2name[o]};")
        elif o % 2:
            out.append(f"&#{o};")
        else:
            out.append(f"&#x{o:X};")
    return "".join(out)


def NFD(s: str) -> str:
    """Text pasted from Word/mobile keyboards: decomposed."""
    return html.escape(unicodedata.normalize("NFD", s), quote=False)


ZW = "\u200b"


def NFDZW(s: str) -> str:
    """Decomposed, with zero-width spaces only where they touch a real space
    or a paragraph edge (so dropping them and treating them as blanks read
    the same)."""
    s = ZW + s.replace(" và ", ZW + " và ").replace(", ", "," + ZW + " ")
    return NFD(s)


def NBSP(s: str) -> str:
    """Word habit: non-breaking spaces after sentence ends and commas."""
    return E(s).replace(". ", ".&nbsp; ").replace(", ", ",&nbsp;")


def slug(title: str) -> str:
    s = unicodedata.normalize("NFD", title.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def article_url(aid: int, title: str, lang: str = "vi") -> str:
    prefix = "/en" if lang == "en" else ""
    return f"{HOST}{prefix}/dang-doan-the/-/view_content/{aid}-{slug(title)}.html"


# ---------------------------------------------------------------- articles

class Art:
    """One article's source text.  Blocks:
    ("p", text) ("lead", text) ("quote", text) ("lines", [text, ...]) --
    one <p> split by <br>, each line a paragraph -- ("ol", [item, ...]),
    ("img", file, caption or None), ("pair", (file, cap), (file, cap)),
    ("video", src), ("doc", before, link text, href, after)."""

    def __init__(self, aid, title, when, views, blocks, author):
        self.aid, self.title, self.when, self.views = aid, title, when, views
        self.blocks, self.author = blocks, author

    @property
    def has_time(self) -> bool:
        return len(self.when) > 3

    def dt(self) -> datetime:
        y, m, d, *hms = self.when
        hms = (hms + [0, 0, 0])[:3]
        return datetime(y, m, d, *hms)

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
        return [collapse(nfc(p)) for p in out]

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


REAL_P = [
    'Sáng ngày 07-01, Ban Chấp hành Đảng bộ quận Cầu Giấy (khóa VI) đã tổ chức Hội nghị lần thứ 12 để thảo luận và thông qua các nội dung theo chương trình công tác đã đề ra. Đồng chí Trần Thị Phương Hoa - Thành ủy viên, Bí thư Quận ủy; đồng chí Nguyễn Văn Chiến - Phó Bí thư Thường trực Quận ủy, Chủ tịch HĐND quận; đồng chí Bùi Tuấn Anh - Phó Bí thư Quận ủy, Chủ tịch UBND quận chủ trì Hội nghị.',
    'Tham dự Hội nghị có các đồng chí đại diện các ban xây dựng Đảng Thành ủy; Ủy viên Ban Thường vụ Quận uỷ; Thường trực HĐND, Lãnh đạo UBND quận; các đồng chí Quận ủy viên và ủy viên UBKT Quận ủy.',
    'Đồng chí Nguyễn Văn Chiến - Phó Bí thư Thường trực Quận ủy - Chủ tịch HĐND quận phát biểu tai Hội nghị',
    'Tại hội nghị, đã có 11 ý kiến phát biểu thảo luận, đóng góp vào các vấn đề và đã thống nhất thông qua các văn bản do Ban Thường vụ Quận ủy trình tại hội nghị: Báo cáo kiểm điểm công tác lãnh đạo, chỉ đạo của Ban Thường vụ Quận ủy năm 2021. Báo cáo tổng kết công tác xây dựng Đảng, xây dựng hệ thống chính trị năm 2021. Báo cáo kết quả kiểm điểm, đánh giá, xếp loại chất lượng tổ chức Đảng, đảng viên và tập thể, cá nhân cán bộ lãnh đạo, quản lý năm 2021. Chương trình công tác của Ban Chấp hành Đảng bộ quận, Ban Thường vụ, Thường trực Quận ủy năm 2022. Báo cáo công tác tài chính Đảng năm 2021; nhiệm vụ công tác tài chính Đảng năm 2022.',
    'Phát biểu kết luận tại Hội nghị, đồng chí Trần Thị Phương Hoa - Thành ủy viên, Bí thư Quận ủy thay mặt Ban Chấp hành Đảng bộ quận ghi nhận, đánh giá cao sự chuẩn bị của Ban Thường vụ Quận ủy, các Ban Đảng Quận ủy. Năm 2021, trong bối cảnh chịu sự tác động nặng nề của đại dịch Covid-19, khối lượng công việc lớn, có nhiều việc mới, việc khó, phức tạp phát sinh từ thực tiễn, nhưng Đảng bộ quận đã chủ động, sáng tạo, nỗ lực phấn đấu đoàn kết, quyết tâm cao, tranh thủ thuận lợi, thời cơ, vượt qua khó khăn, thách thức, đạt được những kết quả quan trọng, toàn diện: Quận đã thực hiện 13/13 chỉ tiêu đạt và vượt chỉ tiêu thành phố giao. Kinh tế quận tiếp tục duy trì và đạt mức tăng trưởng khá. Đầu tư xây dựng, quản lý và phát triển đô thị có chuyển biến tích cực. Công tác văn hóa - xã hội được quan tâm chỉ đạo, an sinh xã hội được đảm bảo, đặc biệt trong thời kỳ dịch bệnh với tinh thần tương thân tương ái, đoàn kết, giúp đỡ nhau. Công tác giáo dục – đào tạo phát triển mạnh cả về quy mô và chất lượng. An ninh chính trị, trật tự an toàn xã hội được giữ vững. Công tác xây dựng Đảng và xây dựng hệ thống chính trị có nhiều đổi mới và đạt kết quả quan trọng; phương pháp lãnh đạo, chỉ đạo, điều hành của Thường trực, Ban Thường vụ Quận ủy có nhiều đổi mới, sáng tạo, hiệu quả. Năm 2021, Đảng bộ quận Cầu Giấy giữ vững là đơn vị trong sạch, vững mạnh; các Ban xây dựng Đảng, UBND, UBMTTQ và các đoàn thể chính trị - xã hội Quận được cấp trên đánh giá Hoàn thành Xuất sắc nhiệm vụ năm 2021. Toàn Đảng bộ có 42/44 tổ chức cơ sở đảng hoàn thành tốt và hoàn thành xuất sắc nhiệm vụ, không có tổ chức cơ sở đảng yếu kém.',
    'Quang cảnh Hội nghị',
    'Về nhiệm vụ công tác năm 2022, đồng chí Bí thư Quận ủy yêu cầu các cấp ủy Đảng, chính quyền, lực lượng vũ trang, cơ quan, đơn vị trên địa bàn quận cần tập trung cao độ, phát huy vai trò, trách nhiệm của người đứng đầu để khẩn trương thực hiện đồng bộ các nhiệm vụ, giải pháp, quyết tâm thực hiện thắng lợi, toàn diện các nhiệm vụ được giao. Tiếp tục ưu tiên nhân lực, thời gian và nguồn lực để kiểm soát hiệu quả dịch bệnh Covid -19. Nỗ lực cao nhất để phục hồi lấy lại đà tăng trưởng. Phát triển sự nghiệp văn hóa, xã hội. Đảm bảo an sinh xã hội, ổn định đời sống của Nhân dân. Đảm bảo an ninh chính trị, trật tự an toàn xã hội, quốc phòng và quân sự địa phương. Hoàn thành chỉ tiêu giao quân năm 2022. Toàn Quận sẽ tập trung thực hiện tốt các nhiệm vụ chủ yếu sau:',
    '- Lãnh đạo triển khai thực hiện các chỉ tiêu, nhiệm vụ về công tác xây dựng Đảng, xây dựng hệ thống chính trị quận gắn với chủ đề công tác năm 2022 “Kỷ cương, trách nhiệm, hành động, sáng tạo, phát triển”. Lãnh đạo hoàn thành và hoàn thành vượt mức: 04 chỉ tiêu về công tác xây dựng Đảng, MTTQ và các tổ chức chính trị - xã hội; 21 chỉ tiêu về phát triển kinh tế - xã hội và 02 chỉ tiêu về nhiệm vụ an ninh - quốc phòng; phấn đấu hoàn thành xuất sắc các nhiệm vụ chính trị của Đảng bộ quận năm 2022.',
    '- Lãnh đạo, chỉ đạo triển khai và thực hiện tốt Kế hoạch tổ chức các hoạt động thi đua lập thành tích chào mừng kỷ niệm 25 năm ngày thành lập Quận (01/9/1997 - 01/9/2022). Chỉ đạo thực hiện bảo đảm chất lượng, tiến độ các dự án trọng điểm trong đó có dự án xây dựng trụ sở Quận ủy - HĐND - UBND quận..',
    '- Duy trì thực hiện nghiêm túc, hiệu quả các biện pháp phòng, chống và giảm thiểu thiệt hại do đại dịch Covid-19; chủ động xây dựng, triển khai các kịch bản phòng, chống theo các cấp độ của dịch; hạn chế tối đa tác động tiêu cực đến các hoạt động kinh tế - xã hội và đời sống người dân.',
    '- Tiếp tục đổi mới phương thức lãnh đạo, bảo đảm khoa học, hiệu quả, thiết thực. Làm tốt công tác dự báo, nắm bắt tình hình cơ sở; định hướng tư tưởng, hướng dẫn dư luận; tăng cường đối thoại, lắng nghe, tiếp thu ý kiến góp ý tích cực của tổ chức, đảng viên và nhân dân để lãnh đạo, chỉ đạo, sâu sát, kịp thời, có trọng tâm, trọng điểm. Phát huy vai trò của Mặt trận Tổ quốc, các đoàn thể chính trị - xã hội trong giám sát, phản biện xã hội, góp ý xây dựng Đảng, xây dựng chính quyền. Thực hiện tốt nguyên tắc tập trung dân chủ; phát huy vai trò tập thể lãnh đạo, cá nhân phụ trách, vai trò, trách nhiệm của người đứng đầu; phân công rõ người, rõ việc, rõ trách nhiệm; sâu sát cơ sở, tập trung khắc phục những hạn chế, khuyết điểm, chỉ đạo giải quyết, tháo gỡ vướng mắc, khó khăn cho cơ sở.',
    'Năm 2022 kỷ niệm 25 năm thành lập quận, Ban Chấp hành Đảng bộ quận yêu cầu các cấp ủy Đảng, chính quyền, Mặt trận Tổ quốc, các đoàn thể chính trị - xã hội từ quận đến cơ sở; cán bộ, đảng viên, lực lượng vũ trang và các tầng lớp nhân dân quận tiếp tục phát huy truyền thống đoàn kết, với quyết tâm chính trị cao nhất, phấn đấu hoàn thành toàn diện các mục tiêu, chỉ tiêu nhiệm vụ năm 2022; trước mắt tổ chức phục vụ nhân dân vui Xuân, đón Tết Nhâm Dần 2022 bảo đảm vui tươi, lành mạnh, an toàn, tiết kiệm, đảm bảo mọi nhà đều có Tết.',
    'VĂN PHÒNG QUẬN ỦY',
]
# the real article as a reader sees it (portal/000_30f86087a6ec7e8e.txt):
# P1 P2 [photo: CAP1] P3 P4 [photo: CAP2] P5 D1..D4 P6 SIGNATURE
(R1, R2, RCAP1, R3, R4, RCAP2, R5, RD1, RD2, RD3, RD4, R6, RSIG) = REAL_P

REAL = Art(
    5183327, "Đảng bộ quận Cầu Giấy tổ chức Hội nghị Ban Chấp hành lần thứ 12",
    (2022, 1, 7, 15, 27), 171,
    [("p", R1), ("p", R2), ("img", "hn-bch-lan-12-01.jpg", RCAP1), ("p", R3), ("p", R4),
     ("img", "hn-bch-lan-12-02.jpg", RCAP2), ("p", R5), ("p", RD1), ("p", RD2), ("p", RD3),
     ("p", RD4), ("p", R6)],
    RSIG)

KT2022 = Art(
    5610101, "Ủy ban Kiểm tra Quận ủy Cầu Giấy tổng kết công tác kiểm tra, giám sát năm 2022",
    (2023, 1, 12, 9, 30), None,
    [("p", "Chiều ngày 11/01, Ủy ban Kiểm tra Quận ủy Cầu Giấy tổ chức Hội nghị tổng kết công tác "
           "kiểm tra, giám sát và thi hành kỷ luật đảng năm 2022, triển khai nhiệm vụ năm 2023. Đồng chí "
           "Nguyễn Thị Lan Hương - Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Quận ủy chủ trì Hội nghị."),
     ("img", "ubkt-tong-ket-2022-1.jpg",
      "Đồng chí Chủ nhiệm Ủy ban Kiểm tra Quận ủy phát biểu tại Hội nghị. Ảnh: Minh Anh"),
     ("p", "Năm 2022, cấp ủy, Ủy ban Kiểm tra các cấp trong Đảng bộ quận đã bám sát chương trình công "
           "tác, chủ động xây dựng kế hoạch kiểm tra, giám sát có trọng tâm, trọng điểm. Các cuộc kiểm tra, "
           "giám sát được tiến hành đúng quy trình, bảo đảm chất lượng và thời gian theo kế hoạch."),
     ("lines", ["Cụ thể:",
                "- Cấp ủy các cấp đã kiểm tra 58 tổ chức đảng và 126 đảng viên; giám sát chuyên đề 47 tổ "
                "chức đảng và 98 đảng viên.",
                "- Ủy ban Kiểm tra các cấp đã kiểm tra 21 tổ chức đảng và đảng viên khi có dấu hiệu vi phạm; "
                "kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát đối với 35 tổ chức đảng.",
                "- Công tác giải quyết tố cáo, khiếu nại kỷ luật đảng được thực hiện kịp thời, đúng thẩm quyền."]),
     ("img", "ubkt-tong-ket-2022-2.jpg", None),
     ("p", "Phát biểu chỉ đạo Hội nghị, đồng chí Phó Bí thư Thường trực Quận ủy đề nghị Ủy ban Kiểm tra "
           "các cấp tiếp tục nâng cao chất lượng công tác tham mưu, chủ động phát hiện sớm, ngăn chặn từ xa "
           "những vi phạm của tổ chức đảng và đảng viên; tăng cường giám sát thường xuyên, tập trung vào "
           "những lĩnh vực nhạy cảm, dễ phát sinh sai phạm."),
     ("p", "Nhân dịp này, Ủy ban Kiểm tra Quận ủy đã khen thưởng 6 tập thể và 12 cá nhân có thành tích "
           "xuất sắc trong công tác kiểm tra, giám sát năm 2022.")],
    "Minh Anh")

HUYHIEU = Art(
    5610214, "Trao Huy hiệu Đảng đợt 3/2 cho đảng viên Đảng bộ quận Cầu Giấy",
    (2023, 2, 3, 10, 15), 1234,
    [("lead", "Nhân dịp kỷ niệm 93 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2023), "
              "sáng ngày 02/02, Quận ủy Cầu Giấy tổ chức Lễ trao Huy hiệu Đảng đợt 3/2 cho các đồng chí "
              "đảng viên cao tuổi Đảng."),
     ("lines", ["Tại buổi lễ, Quận ủy đã trao Huy hiệu Đảng cho 152 đồng chí đảng viên, trong đó:",
                "1. Huy hiệu 75 năm tuổi Đảng: 04 đồng chí;",
                "2. Huy hiệu 70 năm tuổi Đảng: 11 đồng chí;",
                "3. Huy hiệu 65, 60, 55 năm tuổi Đảng: 49 đồng chí;",
                "4. Huy hiệu 50, 45, 40, 30 năm tuổi Đảng: 88 đồng chí."]),
     ("img", "trao-huy-hieu-dang-3-2.jpg",
      "Lãnh đạo Quận ủy trao Huy hiệu 75 năm tuổi Đảng cho các đồng chí đảng viên lão thành"),
     ("quote", "Thay mặt các đảng viên được nhận Huy hiệu, đồng chí Lê Văn Thịnh, đảng viên Chi bộ khu dân "
               "cư số 5, phường Nghĩa Tân bày tỏ: “Được nhận Huy hiệu 75 năm tuổi Đảng là niềm vinh dự, tự "
               "hào lớn lao. Tôi nguyện tiếp tục giữ gìn phẩm chất, đạo đức của người đảng viên, gương mẫu để "
               "con cháu noi theo”."),
     ("p", "Phát biểu tại buổi lễ, đồng chí Bí thư Quận ủy chúc mừng các đồng chí đảng viên được nhận Huy "
           "hiệu Đảng và mong muốn các đồng chí tiếp tục phát huy truyền thống, kinh nghiệm, tham gia đóng "
           "góp ý kiến xây dựng Đảng, xây dựng chính quyền, là tấm gương sáng cho thế hệ trẻ học tập, noi theo.")],
    "BAN TỔ CHỨC QUẬN ỦY")

NQTW6 = Art(
    5610327, "Hội nghị học tập, quán triệt Nghị quyết Hội nghị Trung ương 6 khóa XIII",
    (2023, 3, 7, 8, 5), 2045,
    [("p", "Sáng 07/3, Ban Thường vụ Quận ủy Cầu Giấy tổ chức Hội nghị học tập, quán triệt, triển khai "
           "thực hiện Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII theo hình thức "
           "trực tiếp kết hợp trực tuyến tới 44 điểm cầu tại các tổ chức cơ sở đảng."),
     ("img", "hn-quan-triet-nq-tw6.jpg", "Quang cảnh Hội nghị tại điểm cầu Trung tâm Chính trị quận"),
     ("p", "Tại Hội nghị, các đại biểu được nghe báo cáo viên Thành ủy truyền đạt những nội dung cơ bản "
           "của Nghị quyết số 27-NQ/TW về tiếp tục xây dựng và hoàn thiện Nhà nước pháp quyền xã hội chủ "
           "nghĩa Việt Nam trong giai đoạn mới; Nghị quyết số 28-NQ/TW về tiếp tục đổi mới phương thức lãnh "
           "đạo, cầm quyền của Đảng đối với hệ thống chính trị."),
     ("p", "Ngoài ra, Hội nghị cũng được nghe quán triệt Nghị quyết số 29-NQ/TW về tiếp tục đẩy mạnh công "
           "nghiệp hóa, hiện đại hóa đất nước đến năm 2030, tầm nhìn đến năm 2045 và Kết luận số 50-KL/TW "
           "của Bộ Chính trị."),
     ("p", "Đồng chí Phó Bí thư Quận ủy đề nghị các cấp ủy, tổ chức đảng nghiêm túc xây dựng kế hoạch thực "
           "hiện Nghị quyết sát với tình hình thực tế của đơn vị; hoàn thành việc học tập, quán triệt đến "
           "100% cán bộ, đảng viên trước ngày 31/3/2023."),
     ("p", "Hội nghị kết thúc vào 11 giờ 30 cùng ngày.")],
    None)

DAIHOI = Art(
    5610438, "Đảng bộ phường Dịch Vọng Hậu tổ chức Đại hội điểm chi bộ nhiệm kỳ 2022 - 2025",
    (2022, 4, 15, 14, 0), 389,
    [("p", "Thực hiện Chỉ thị số 10-CT/TU của Ban Thường vụ Thành ủy về đại hội chi bộ trực thuộc đảng bộ "
           "cơ sở nhiệm kỳ 2022 - 2025, ngày 14/4, Đảng ủy phường Dịch Vọng Hậu chỉ đạo Chi bộ Khu dân cư "
           "số 3 tổ chức Đại hội điểm."),
     ("img", "dh-chi-bo-kdc3-dvh-1.jpg", None),
     ("p", "Đại hội đã đánh giá kết quả thực hiện Nghị quyết Đại hội chi bộ nhiệm kỳ 2020 - 2022: chi bộ "
           "đã lãnh đạo nhân dân trong khu dân cư thực hiện tốt các chủ trương của Đảng, chính sách, pháp "
           "luật của Nhà nước; công tác phòng, chống dịch Covid-19 được triển khai quyết liệt, hiệu quả; 3 "
           "năm liền chi bộ được xếp loại hoàn thành tốt nhiệm vụ."),
     ("p", "Đại hội đã bầu Chi ủy nhiệm kỳ 2022 - 2025 gồm 3 đồng chí; bầu đồng chí Phạm Thị Thu Trang "
           "giữ chức Bí thư Chi bộ, đồng chí Nguyễn Minh Đức giữ chức Phó Bí thư Chi bộ."),
     ("img", "dh-chi-bo-kdc3-dvh-2.jpg", "Chi ủy Chi bộ Khu dân cư số 3 nhiệm kỳ 2022 - 2025 ra mắt Đại hội"),
     ("p", "Kết quả Đại hội điểm là cơ sở để các chi bộ trực thuộc Đảng bộ phường rút kinh nghiệm, tổ "
           "chức thành công đại hội chi bộ, hoàn thành trước ngày 30/5/2022.")],
    "BAN TUYÊN GIÁO QUẬN ỦY")

NGHIADO = Art(
    5610549, "Ban Thường vụ Quận ủy làm việc với Đảng ủy phường Nghĩa Đô",
    (2022, 9, 21, 16, 45, 30), 764,
    [("p", "Chiều ngày 20/9, đoàn công tác Ban Thường vụ Quận ủy Cầu Giấy do đồng chí Bí thư Quận ủy làm "
           "trưởng đoàn đã có buổi làm việc với Ban Thường vụ Đảng ủy phường Nghĩa Đô về kết quả thực hiện "
           "nhiệm vụ chính trị 9 tháng đầu năm, phương hướng nhiệm vụ những tháng cuối năm 2022."),
     ("p", "Báo cáo tại buổi làm việc cho thấy, 9 tháng đầu năm 2022, Đảng ủy phường đã lãnh đạo hoàn "
           "thành nhiều chỉ tiêu quan trọng: thu ngân sách đạt 87% dự toán; kết nạp 14 đảng viên mới; giải "
           "quyết dứt điểm 23/25 đơn thư; không để phát sinh điểm nóng về an ninh trật tự."),
     ("img", "btv-lam-viec-nghia-do.jpg", "Đồng chí Bí thư Quận ủy phát biểu tại buổi làm việc"),
     ("p", "Bên cạnh kết quả đạt được, Đảng ủy phường cũng thẳng thắn chỉ ra một số tồn tại, hạn chế như: "
           "công tác quản lý trật tự xây dựng có lúc chưa chặt chẽ; tiến độ giải phóng mặt bằng một số dự "
           "án còn chậm."),
     ("p", "Kết luận buổi làm việc, đồng chí Bí thư Quận ủy ghi nhận những cố gắng của Đảng bộ phường và "
           "yêu cầu Đảng ủy phường tập trung chỉ đạo hoàn thành các chỉ tiêu năm 2022, trong đó chú trọng "
           "công tác chỉnh trang đô thị, bảo đảm vệ sinh môi trường và chuẩn bị tốt các điều kiện tổ chức "
           "Tết Nguyên đán Quý Mão 2023.")],
    "VĂN PHÒNG QUẬN ỦY")

KHAIGIANG = Art(
    5610652, "Khai giảng lớp bồi dưỡng nhận thức về Đảng năm 2023",
    (2023, 2, 8, 14, 30), 1508,
    [("lead", "Sáng ngày 08/02, Trung tâm Chính trị quận Cầu Giấy tổ chức khai giảng lớp bồi dưỡng nhận "
              "thức về Đảng năm 2023 cho 120 quần chúng ưu tú là cán bộ, công chức, viên chức, người lao "
              "động và đoàn viên thanh niên trên địa bàn quận."),
     ("p", "Trong thời gian 5 ngày, các học viên được nghiên cứu 5 chuyên đề theo chương trình của Ban "
           "Tuyên giáo Trung ương, gồm:"),
     ("ol", ["Khái quát lịch sử Đảng Cộng sản Việt Nam;",
             "Chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh - nền tảng tư tưởng, kim chỉ nam cho hành động "
             "của Đảng;",
             "Mục tiêu, con đường đi lên chủ nghĩa xã hội ở Việt Nam;",
             "Tổ chức, nguyên tắc tổ chức và hoạt động của Đảng; nhiệm vụ của đảng viên;",
             "Phấn đấu trở thành đảng viên Đảng Cộng sản Việt Nam."]),
     ("pair", ("khai-giang-ttct-2023-1.jpg", "Đồng chí Giám đốc Trung tâm Chính trị quận phát biểu khai giảng"),
              ("khai-giang-ttct-2023-2.jpg", "Các học viên tham dự lớp bồi dưỡng")),
     ("quote", "“Mỗi học viên cần xác định rõ động cơ phấn đấu vào Đảng, nghiêm túc học tập, tích cực tu "
               "dưỡng, rèn luyện để sớm được đứng vào hàng ngũ của Đảng”, đồng chí Giám đốc Trung tâm Chính "
               "trị quận nhấn mạnh."),
     ("video", "https://www.youtube.com/embed/Xq3pZk7TtQw"),
     ("doc", "Chương trình chi tiết lớp học được đăng tải tại", "Kế hoạch số 12-KH/TTCT",
      "/documents/20182/0/KH-12-TTCT.pdf", "."),
     ("p", "Kết thúc khóa học, học viên sẽ làm bài thu hoạch; những học viên đạt yêu cầu được cấp Giấy "
           "chứng nhận hoàn thành chương trình bồi dưỡng nhận thức về Đảng.")],
    "TRUNG TÂM CHÍNH TRỊ QUẬN")

CHITHI05 = Art(
    5610763, "Quận ủy Cầu Giấy sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW",
    (2021, 5, 16), 3002,
    [("p", "Ngày 15/5, Ban Thường vụ Quận ủy Cầu Giấy tổ chức Hội nghị sơ kết 5 năm thực hiện Chỉ thị số "
           "05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí "
           "Minh, giai đoạn 2016 - 2021."),
     ("p", "Qua 5 năm triển khai, việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh đã trở "
           "thành nhu cầu tự giác, thường xuyên của cán bộ, đảng viên và nhân dân trong quận. 100% chi bộ "
           "đưa nội dung học tập và làm theo Bác vào sinh hoạt chi bộ định kỳ; nhiều mô hình hay, cách làm "
           "sáng tạo được nhân rộng."),
     ("img", "so-ket-ct05-1.jpg", "Đồng chí Trưởng Ban Tuyên giáo Quận ủy báo cáo sơ kết (Ảnh: Thu Hà)"),
     ("img", "so-ket-ct05-2.jpg", "Các đại biểu dự Hội nghị (Ảnh: Thu Hà)"),
     ("p", "Tại Hội nghị, Ban Thường vụ Quận ủy đã khen thưởng 15 tập thể và 30 cá nhân có thành tích "
           "tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh giai đoạn 2016 - 2021."),
     ("p", "Thời gian tới, Quận ủy Cầu Giấy tiếp tục gắn việc thực hiện Chỉ thị số 05-CT/TW với việc thực "
           "hiện Nghị quyết Trung ương 4 khóa XII về xây dựng, chỉnh đốn Đảng, coi đây là nhiệm vụ thường "
           "xuyên của các cấp ủy, tổ chức đảng.")],
    "Thu Hà")

KETNAP = Art(
    5610874, "Kết nạp đảng viên mới tại Chi bộ Trường THCS Cầu Giấy",
    (2023, 1, 9, 8, 5), 455,
    [("p", "Ngày 06/01/2023, Chi bộ Trường THCS Cầu Giấy tổ chức Lễ kết nạp đảng viên mới cho 02 quần "
           "chúng ưu tú là giáo viên của nhà trường: đồng chí Nguyễn Thu Hằng và đồng chí Trần Đức Mạnh."),
     ("p", "Buổi lễ được tổ chức trang trọng, đúng nghi thức theo quy định của Điều lệ Đảng. Tại buổi lễ, "
           "các đồng chí đảng viên mới đã đọc lời tuyên thệ trước cờ Đảng, cờ Tổ quốc và chân dung Chủ tịch "
           "Hồ Chí Minh."),
     ("img", "ket-nap-dv-thcs-cg.jpg", "Đồng chí Bí thư Chi bộ trao Quyết định kết nạp cho các đảng viên mới"),
     ("p", "Thay mặt cấp ủy, đồng chí Bí thư Chi bộ chúc mừng các đồng chí đảng viên mới và đề nghị các "
           "đồng chí không ngừng học tập, rèn luyện, phấn đấu trở thành đảng viên chính thức, phát huy vai "
           "trò tiên phong, gương mẫu trong công tác giảng dạy và giáo dục học sinh."),
     ("p", "Năm học 2022 - 2023, Chi bộ Trường THCS Cầu Giấy phấn đấu kết nạp thêm 03 đảng viên, đưa tổng "
           "số đảng viên của chi bộ lên 41 đồng chí.")],
    "ĐẢNG ỦY PHƯỜNG QUAN HOA")

LAN36 = Art(
    5211375, "Hội nghị Ban Chấp hành Đảng bộ quận Cầu Giấy lần thứ 36",
    (2020, 3, 3, 14, 0), 490,
    [("p", "Chiều ngày 03/3, Ban Chấp hành Đảng bộ quận Cầu Giấy khóa V tổ chức Hội nghị lần thứ 36 để "
           "đánh giá kết quả thực hiện nhiệm vụ tháng 02, triển khai nhiệm vụ trọng tâm tháng 3 năm 2020 và "
           "cho ý kiến vào dự thảo các văn kiện trình Đại hội đại biểu Đảng bộ quận lần thứ VI, nhiệm kỳ "
           "2020 - 2025."),
     ("img", "hn-bch-lan-36.jpg", "Toàn cảnh Hội nghị Ban Chấp hành Đảng bộ quận Cầu Giấy lần thứ 36"),
     ("lines", ["Hội nghị đã thảo luận, cho ý kiến vào dự thảo Báo cáo chính trị của Ban Chấp hành Đảng bộ "
                "quận khóa V trình Đại hội; dự thảo Báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của Ban Chấp "
                "hành Đảng bộ quận nhiệm kỳ 2015 - 2020.",
                "Về công tác phòng, chống dịch bệnh Covid-19, Ban Chấp hành yêu cầu các cấp ủy, chính quyền "
                "tiếp tục quán triệt tinh thần “chống dịch như chống giặc”, chủ động các phương án ứng phó, "
                "không để dịch bệnh lây lan trên địa bàn quận."]),
     ("p", "Hội nghị cũng đã thống nhất thông qua Quy chế bầu cử tại Đại hội, đề án nhân sự Ban Chấp hành "
           "Đảng bộ quận nhiệm kỳ 2020 - 2025 để báo cáo Ban Thường vụ Thành ủy.")],
    "VĂN PHÒNG QUẬN ỦY")

TOADAM = Art(
    5611096, "Tọa đàm kỷ niệm 93 năm Ngày thành lập Đảng Cộng sản Việt Nam",
    (2023, 2, 2, 9, 0), 612,
    [("p", "Hướng tới kỷ niệm 93 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2023), ngày "
           "01/02, Ban Tuyên giáo Quận ủy Cầu Giấy phối hợp với Trung tâm Chính trị quận tổ chức Tọa đàm với "
           "chủ đề “Đảng Cộng sản Việt Nam - 93 năm lãnh đạo cách mạng”."),
     ("p", "Tại Tọa đàm, các đại biểu đã ôn lại truyền thống vẻ vang của Đảng qua 93 năm lãnh đạo cách mạng "
           "Việt Nam, khẳng định những thành tựu to lớn, có ý nghĩa lịch sử mà đất nước đạt được sau gần 40 "
           "năm thực hiện công cuộc đổi mới."),
     ("img", "toa-dam-93-nam.jpg", "Các đại biểu tham dự Tọa đàm"),
     ("p", "Nhiều ý kiến tham luận tập trung làm rõ vai trò của tổ chức cơ sở đảng và đảng viên trong thực "
           "hiện nhiệm vụ chính trị tại địa phương; kinh nghiệm nâng cao chất lượng sinh hoạt chi bộ; giải "
           "pháp phát triển đảng viên trong các doanh nghiệp ngoài khu vực nhà nước."),
     ("p", "Phát biểu kết luận, đồng chí Trưởng Ban Tuyên giáo Quận ủy đề nghị các chi, đảng bộ tiếp tục "
           "đẩy mạnh tuyên truyền về truyền thống vẻ vang của Đảng, góp phần củng cố niềm tin của cán bộ, "
           "đảng viên và nhân dân vào sự lãnh đạo của Đảng.")],
    "BAN TUYÊN GIÁO QUẬN ỦY")

UBKT2023 = Art(
    5611107, "Ủy ban Kiểm tra Quận ủy triển khai nhiệm vụ năm 2023",
    (2023, 1, 16, 14, 20), 0,
    [("p", "Ngày 16/01, Ủy ban Kiểm tra Quận ủy Cầu Giấy tổ chức Hội nghị triển khai chương trình kiểm "
           "tra, giám sát năm 2023 tới các đồng chí Bí thư, Chủ nhiệm Ủy ban Kiểm tra đảng ủy cơ sở."),
     ("p", "Năm 2023, Ủy ban Kiểm tra Quận ủy xác định tập trung kiểm tra, giám sát việc lãnh đạo, chỉ đạo "
           "thực hiện Nghị quyết Đại hội Đảng bộ quận lần thứ VI; công tác quản lý đất đai, trật tự xây "
           "dựng; việc kê khai tài sản, thu nhập của cán bộ thuộc diện Ban Thường vụ Quận ủy quản lý."),
     ("p", "Các tổ chức cơ sở đảng được yêu cầu:"),
     ("p", "- Xây dựng chương trình kiểm tra, giám sát sát với thực tế, hoàn thành trước ngày 28/02/2023;"),
     ("p", "- Chủ động nắm tình hình, kịp thời phát hiện dấu hiệu vi phạm để kiểm tra;"),
     ("p", "- Thực hiện nghiêm chế độ báo cáo định kỳ với Ủy ban Kiểm tra Quận ủy."),
     ("p", "Hội nghị cũng đã thông tin một số vụ việc vi phạm điển hình đã được xử lý trong năm 2022 để "
           "các đơn vị rút kinh nghiệm.")],
    "ỦY BAN KIỂM TRA QUẬN ỦY")

CHUCTET = Art(
    5611329, "Đoàn công tác Quận ủy thăm, chúc Tết các gia đình chính sách",
    (2023, 1, 18, 10, 30), 1020,
    [("lead", "Nhân dịp Tết Nguyên đán Quý Mão 2023, từ ngày 16 đến 18/01, các đoàn công tác của Quận ủy, "
              "HĐND, UBND, Ủy ban MTTQ Việt Nam quận Cầu Giấy đã đến thăm, chúc Tết và tặng quà các gia đình "
              "chính sách, người có công tiêu biểu trên địa bàn 8 phường."),
     ("p", "Tại các gia đình, thay mặt lãnh đạo quận, các đồng chí trưởng đoàn đã ân cần thăm hỏi sức khỏe, "
           "tình hình đời sống, gửi lời chúc mừng năm mới và tặng quà các gia đình; bày tỏ lòng biết ơn sâu "
           "sắc đối với những hy sinh, đóng góp của các thế hệ đi trước cho sự nghiệp cách mạng."),
     ("img", "tham-chuc-tet-quy-mao.jpg",
      "Đồng chí Bí thư Quận ủy thăm, chúc Tết gia đình Mẹ Việt Nam anh hùng tại phường Yên Hòa"),
     ("p", "Dịp Tết năm nay, quận Cầu Giấy đã tặng 8.650 suất quà với tổng trị giá hơn 5,2 tỷ đồng cho các "
           "đối tượng chính sách, hộ nghèo, hộ cận nghèo và người có hoàn cảnh khó khăn trên địa bàn."),
     ("p", "Các gia đình bày tỏ xúc động, cảm ơn sự quan tâm của Đảng bộ, chính quyền quận và hứa sẽ tiếp "
           "tục gương mẫu, động viên con cháu chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của "
           "Nhà nước.")],
    "VĂN PHÒNG QUẬN ỦY")

# other articles, seen only as links in sidebars, related lists and listings
OTHERS = [
    (5609871, "Quận ủy Cầu Giấy triển khai nhiệm vụ công tác Dân vận năm 2022", (2022, 1, 5, 9, 10), 88,
     "Ban Dân vận Quận ủy tổ chức hội nghị triển khai nhiệm vụ công tác dân vận năm 2022 tới các chi, "
     "đảng bộ cơ sở."),
    (5609702, "Hội nghị tổng kết công tác Tuyên giáo năm 2021", (2021, 12, 30, 16, 5), 245,
     "Ban Tuyên giáo Quận ủy tổng kết công tác tuyên giáo năm 2021, biểu dương 12 tập thể có thành tích xuất sắc."),
    (5609655, "Trao Quyết định chuẩn y Ban Chấp hành Đảng bộ phường Mai Dịch", (2021, 12, 28, 10, 0), 132,
     "Ban Thường vụ Quận ủy trao Quyết định chuẩn y Ban Chấp hành, Ban Thường vụ Đảng ủy phường Mai Dịch."),
    (5609540, "Đảng bộ Khối cơ quan quận tổng kết công tác năm 2021", (2021, 12, 24, 15, 40), 97,
     "Đảng bộ Khối cơ quan quận Cầu Giấy tổng kết công tác xây dựng Đảng năm 2021 và triển khai nhiệm vụ năm 2022."),
    (5609433, "Bồi dưỡng nghiệp vụ công tác văn phòng cấp ủy năm 2021", (2021, 12, 20, 8, 30), 61,
     "Văn phòng Quận ủy tổ chức lớp bồi dưỡng nghiệp vụ cho cán bộ làm công tác văn phòng cấp ủy cơ sở."),
    (5609318, "Phường Yên Hòa ra mắt mô hình “Chi bộ 4 tốt”", (2021, 12, 16, 14, 0), 310,
     "Đảng ủy phường Yên Hòa ra mắt mô hình điểm “Chi bộ 4 tốt” tại Chi bộ Khu dân cư số 7."),
]


def dmy(when) -> str:
    y, m, d = when[:3]
    return f"{d:02d}/{m:02d}/{y}"


def dmyhm(when) -> str:
    return f"{dmy(when)} {when[3]:02d}:{when[4]:02d}"


def iso_when(when) -> str:
    return Art(0, "", when, None, [], None).iso()


def other_url(o, lang="vi") -> str:
    return article_url(o[0], o[1], lang)


# ---------------------------------------------------------------- case registry

CASES: list[dict] = []


def add_article(theme, case, *, art, lang, url, section, page, captions, title=None,
                must_contain, must_not_contain, furniture, published_at=None):
    """Register an article case; expected values come from ``art``."""
    CASES.append(dict(
        theme=theme, case=case, page=page, url=url, kind="article",
        expected={
            "article_id": art.aid,
            "url": article_url(art.aid, art.title, "vi"),
            "lang": lang,
            "section": section,
            "title": title or art.title,
            "published_at": published_at or art.iso(),
            "view_count": art.views,
            "body": art.body(),
            "captions": captions,
            "author": art.author,
            "body_html_must_contain": must_contain,
            "body_html_must_not_contain": must_not_contain,
            "body_must_not_contain": furniture,
        },
        art=art))


def add_error(theme, case, *, url, page, why):
    CASES.append(dict(theme=theme, case=case, page=page, url=url, kind="error", why=why))


def furniture_of(art: Art, *extra: str) -> list[str]:
    """Captions and the signature never belong in ``body``."""
    out = [c for c in art.photo_captions() if c]
    if art.author:
        out.append(art.author)
    out.extend(extra)
    return out


# ================================================================ z_wp_entry

WP_L = {
    "vi": dict(cookie="Chúng tôi sử dụng cookie để nâng cao trải nghiệm của bạn trên trang web này.",
               accept="Đồng ý", skip="Chuyển đến nội dung",
               site="Cổng thông tin điện tử quận Cầu Giấy",
               menu=["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Đảng - Đoàn thể",
                     "Thủ tục hành chính", "Liên hệ"],
               posted="Đăng ngày:", views="lượt xem", share="Chia sẻ", related="Bài viết liên quan",
               tags="Từ khóa:", prev="Bài trước", next="Bài tiếp theo", comments="Để lại bình luận",
               comment_label="Bình luận của bạn", name="Họ và tên", send="Gửi bình luận",
               recent="Bài viết mới", search="Tìm kiếm",
               footer="© 2023 Cổng thông tin điện tử quận Cầu Giấy. Địa chỉ: Số 36 Cầu Giấy, phường Quan "
                      "Hoa, quận Cầu Giấy, Hà Nội. Điện thoại: 024.3767.5201"),
    "en": dict(cookie="We use cookies to improve your experience on this website.",
               accept="Accept", skip="Skip to content",
               site="Cau Giay District Portal",
               menu=["Home", "About", "News & Events", "Party & Unions", "Administrative procedures",
                     "Contact"],
               posted="Posted on", views="views", share="Share", related="Related posts",
               tags="Tags:", prev="Previous post", next="Next post", comments="Leave a comment",
               comment_label="Your comment", name="Name", send="Post comment",
               recent="Recent posts", search="Search",
               footer="© 2023 Cau Giay District Portal. Address: 36 Cau Giay Street, Quan Hoa Ward, "
                      "Cau Giay District, Hanoi. Phone: 024.3767.5201"),
}

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]


def wp_shell(lang, title, main, *, extra_head=""):
    L = WP_L[lang]
    menu = "\n".join(f'      <li class="menu-item"><a href="{HOST}/{"en/" if lang == "en" else ""}'
                     f'{slug(m)}">{E(m)}</a></li>' for m in L["menu"])
    recent = "\n".join(
        f'      <li><a href="{other_url(o, lang)}">{E(o[1])}</a> <span class="post-date">{dmy(o[2])}</span></li>'
        for o in OTHERS[:5])
    return f"""<!DOCTYPE html>
<html lang="{'vi-VN' if lang == 'vi' else 'en-US'}">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(title)} &#8211; {E(L['site'])}</title>
<link rel="stylesheet" href="/wp-content/themes/caugiay/style.css?ver=2.3.1" media="all">
<style>.updated:not(.published){{display:none}} .screen-reader-text{{position:absolute;left:-9999px}}</style>
{extra_head}<script>window._wpemojiSettings = {{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/72x72\\/"}};</script>
</head>
<body class="post-template-default single single-post single-format-standard">
<a class="skip-link screen-reader-text" href="#content">{E(L['skip'])}</a>
<div id="cookie-law-info-bar" role="dialog"><span>{E(L['cookie'])} <a role="button" class="cli-accept">{E(L['accept'])}</a></span></div>
<div id="page" class="site">
  <header id="masthead" class="site-header">
    <p class="site-title"><a href="{HOST}/" rel="home">{E(L['site'])}</a></p>
    <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
{menu}
    </ul></nav>
  </header>
  <div id="content" class="site-content">
    <div id="primary" class="content-area">
      <main id="main" class="site-main">
{main}
      </main>
    </div>
    <aside id="secondary" class="widget-area">
      <section class="widget widget_search"><form role="search" class="search-form"><label><span class="screen-reader-text">{E(L['search'])}</span><input type="search" class="search-field" name="s"></label><input type="submit" class="search-submit" value="{A(L['search'])}"></form></section>
      <section class="widget widget_recent_entries"><h2 class="widget-title">{E(L['recent'])}</h2><ul>
{recent}
      </ul></section>
    </aside>
  </div>
  <footer id="colophon" class="site-footer"><div class="site-info">{E(L['footer'])}</div></footer>
</div>
<script src="/wp-content/plugins/lazysizes/lazysizes.min.js?ver=5.3.2" async></script>
<script>document.querySelectorAll('.cli-accept').forEach(function(b){{b.onclick=function(){{document.cookie='viewed_cookie_policy=yes';}};}});</script>
</body>
</html>
"""


def wp_content(art, lang, base, caps, *, lazy):
    out = []
    up = "/wp-content/uploads/" + f"{art.when[0]}/{art.when[1]:02d}/"
    for b in art.blocks:
        k = b[0]
        if k == "p":
            out.append(f'<p style="text-align: justify;">{E(b[1])}</p>')
        elif k == "lines":
            out.append('<p style="text-align: justify;">' + "<br>\n".join(E(t) for t in b[1]) + "</p>")
        elif k == "img":
            src = up + b[1]
            caps.append({"image_url": urljoin(base, src), "text": b[2]})
            if lazy:
                img = (f'<img decoding="async" width="800" height="533" src="{GIF}" data-src="{src}" '
                       f'class="lazyload wp-image-{art.aid % 9973}" alt="">'
                       f'<noscript><img decoding="async" width="800" height="533" src="{src}" alt=""></noscript>')
            else:
                img = f'<img decoding="async" width="800" height="533" src="{src}" class="wp-image-{art.aid % 9973}" alt="">'
            cap = f"<figcaption class=\"wp-element-caption\">{E(b[2])}</figcaption>" if b[2] else ""
            out.append(f'<figure class="wp-block-image aligncenter size-large">{img}{cap}</figure>')
        else:
            raise ValueError(k)
    if art.author == art.author.upper():
        out.append(f'<p class="has-text-align-right"><strong>{E(art.author)}</strong></p>')
    else:
        out.append(f'<p style="text-align: right;"><em>{E(art.author)}</em></p>')
    return "\n".join(out)


def wp_article(art, lang, url, *, lazy, show_views, updated=None):
    L = WP_L[lang]
    caps: list = []
    content = wp_content(art, lang, url, caps, lazy=lazy)
    y, m, d, H, M = art.when[:5]
    if lang == "vi":
        shown = dmyhm(art.when)
        attr = art.utc_attr()
    else:
        shown = f"{MONTHS_EN[m - 1]} {d}, {y} at {H:02d}:{M:02d}"
        attr = art.iso()
    if updated:
        times = (f'<time class="entry-date published" datetime="{attr}">{shown}</time>'
                 f'<time class="updated" datetime="{updated[1]}">{updated[0]}</time>')
    else:
        times = f'<time class="entry-date published updated" datetime="{attr}">{shown}</time>'
    views = (f' <span class="sep">&middot;</span> <span class="post-views"><span class="post-views-count">'
             f'{art.views}</span> {L["views"]}</span>') if show_views else ""
    share_titles = (["Chia sẻ lên Facebook", "Chia sẻ qua Zalo", "Chia sẻ lên Twitter", "Gửi qua email",
                     "In bài viết"] if lang == "vi" else
                    ["Share on Facebook", "Share on Zalo", "Share on Twitter", "Send by email", "Print"])
    share = "\n".join(f'  <a class="share-{i}" href="#share-{i}" title="{A(t)}" rel="nofollow noopener">'
                      f'<svg class="icon" aria-hidden="true" width="20" height="20"><use href="#i{i}"></use></svg></a>'
                      for i, t in enumerate(share_titles))
    rel = "\n".join(f'  <div class="jp-relatedposts-post"><h4><a href="{other_url(o, lang)}">{E(o[1])}</a></h4>'
                    f'<p class="jp-relatedposts-post-date">{dmy(o[2])}</p><p class="jp-relatedposts-post-excerpt">'
                    f'{E(o[4])}</p></div>' for o in OTHERS[:3])
    tagnames = ["Hội nghị", "Ban Chấp hành", "Quận ủy Cầu Giấy"]
    tags = ", ".join(f'<a href="{HOST}/tag/{slug(t)}" rel="tag">{E(t)}</a>' for t in tagnames)
    prev, nxt = OTHERS[0], OTHERS[3]
    main = f"""        <article id="post-{art.aid}" class="post-{art.aid} post type-post status-publish format-standard has-post-thumbnail hentry category-cong-tac-dang">
          <header class="entry-header">
            <div class="entry-cats"><a href="{HOST}/{'en/' if lang == 'en' else ''}dang-doan-the" rel="category tag">CÔNG TÁC ĐẢNG</a></div>
            <h1 class="entry-title">{E(art.title)}</h1>
            <div class="entry-meta"><span class="posted-on">{L['posted']} <a href="{url}" rel="bookmark">{times}</a></span>{views}</div>
          </header>
          <div class="entry-content">
{content}
<div class="sharedaddy sd-sharing-enabled"><div class="sd-content share-icons">
{share}
</div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>{E(L['related'])}</em></h3>
{rel}
</div>
          </div>
          <footer class="entry-footer"><span class="tags-links">{E(L['tags'])} {tags}</span></footer>
        </article>
        <nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links">
          <div class="nav-previous"><a href="{other_url(prev, lang)}" rel="prev"><span class="meta-nav">{E(L['prev'])}</span> {E(prev[1])}</a></div>
          <div class="nav-next"><a href="{other_url(nxt, lang)}" rel="next"><span class="meta-nav">{E(L['next'])}</span> {E(nxt[1])}</a></div>
        </div></nav>
        <div id="comments" class="comments-area"><div id="respond" class="comment-respond">
          <h3 id="reply-title" class="comment-reply-title">{E(L['comments'])}</h3>
          <form action="/wp-comments-post.php" method="post" id="commentform">
            <p class="comment-form-comment"><label for="comment">{E(L['comment_label'])}</label><textarea id="comment" name="comment" rows="6"></textarea></p>
            <p class="comment-form-author"><label for="author">{E(L['name'])}</label><input id="author" name="author" type="text"></p>
            <p class="form-submit"><input name="submit" type="submit" class="submit" value="{A(L['send'])}"></p>
          </form>
        </div></div>"""
    page = wp_shell(lang, art.title, main)
    furniture = furniture_of(art, OTHERS[0][1], OTHERS[1][1], OTHERS[3][1], L["related"], L["tags"],
                             L["cookie"], L["comments"], L["recent"], "024.3767.5201", share_titles[0],
                             "_wpemojiSettings")
    return page, caps, furniture


def wp_cases():
    theme = "z_wp_entry"
    # 1. the real article, Vietnamese UI
    url = article_url(REAL.aid, REAL.title)
    page, caps, furn = wp_article(REAL, "vi", url, lazy=False, show_views=True)
    add_article(theme, "real_article_vi", art=REAL, lang="vi", url=url, section="CÔNG TÁC ĐẢNG",
                page=page, captions=caps, furniture=furn,
                must_contain=["Hội nghị lần thứ 12 để thảo luận", "hn-bch-lan-12-01.jpg",
                              "Kỷ cương, trách nhiệm, hành động, sáng tạo, phát triển"],
                must_not_contain=["<script", OTHERS[0][1], "jp-relatedposts-post", "commentform"])
    # 2. the same article, English UI, fetched with a query string and fragment
    url = article_url(REAL.aid, REAL.title, "en") + "?_com_liferay_journal_content_web_portlet_redirect=%2Fen%2Fdang-doan-the#main"
    page, caps, furn = wp_article(REAL, "en", url, lazy=False, show_views=True)
    add_article(theme, "real_article_en_query", art=REAL, lang="en", url=url, section="CÔNG TÁC ĐẢNG",
                page=page, captions=caps, furniture=furn,
                must_contain=["Báo cáo công tác tài chính Đảng năm 2021", "hn-bch-lan-12-02.jpg"],
                must_not_contain=["<script", OTHERS[1][1], "Leave a comment"])
    # 3. lazy images with <noscript> twins, a photo without caption, <br>-split
    #    list, hidden "updated" time glued to the published one, no view count,
    #    a right-aligned non-capital signature
    art = KT2022
    url = article_url(art.aid, art.title)
    upd = ("13/01/2023 08:00", "2023-01-13T01:00:00+00:00")
    page, caps, furn = wp_article(art, "vi", url, lazy=True, show_views=False, updated=upd)
    add_article(theme, "lazy_noscript_no_views", art=art, lang="vi", url=url, section="CÔNG TÁC ĐẢNG",
                page=page, captions=caps, furniture=furn + ["Ảnh: Minh Anh", "13/01/2023"],
                must_contain=["bám sát chương trình công tác", "- Công tác giải quyết tố cáo"],
                must_not_contain=["<script", OTHERS[0][1]])

    # non-article: category archive (listing with dates, views and excerpts)
    items = []
    for o in OTHERS:
        items.append(f"""        <article class="post type-post status-publish hentry category-cong-tac-dang">
          <header class="entry-header"><h2 class="entry-title"><a href="{other_url(o)}" rel="bookmark">{E(o[1])}</a></h2>
            <div class="entry-meta"><span class="posted-on">Đăng ngày: <time class="entry-date published updated" datetime="{iso_when(o[2])}">{dmyhm(o[2])}</time></span> &middot; <span class="post-views">{o[3]} lượt xem</span></div></header>
          <div class="entry-summary"><p>{E(o[4])}</p></div>
          <footer class="entry-footer"><a class="more-link" href="{other_url(o)}">Xem tiếp &raquo;</a></footer>
        </article>""")
    main = ('        <header class="page-header"><h1 class="page-title">Chuyên mục: <span>Công tác Đảng</span></h1></header>\n'
            + "\n".join(items) +
            '\n        <nav class="navigation pagination"><div class="nav-links"><span class="page-numbers current">1</span> '
            '<a class="page-numbers" href="/dang-doan-the/page/2">2</a> <a class="next page-numbers" href="/dang-doan-the/page/2">Trang sau</a></div></nav>')
    add_error(theme, "category_listing", url=f"{HOST}/dang-doan-the",
              page=wp_shell("vi", "Công tác Đảng", main), why="a list of six articles with dates and excerpts")
    # non-article: WordPress soft 404 served at an article URL
    main = """        <section class="error-404 not-found">
          <header class="page-header"><h1 class="page-title">Rất tiếc! Không tìm thấy trang này.</h1></header>
          <div class="page-content"><p>Bài viết bạn tìm không tồn tại hoặc đã bị gỡ bỏ. Bạn có thể thử tìm kiếm hoặc xem các bài viết mới dưới đây.</p>
            <form role="search" class="search-form"><input type="search" name="s" placeholder="Tìm kiếm &hellip;"><input type="submit" value="Tìm kiếm"></form>
          </div>
        </section>"""
    add_error(theme, "soft_404_vi", url=article_url(5608012, "Hội nghị Ban Thường vụ Quận ủy mở rộng"),
              page=wp_shell("vi", "Không tìm thấy trang", main), why="404 text at an article URL; only a sidebar of dated links")


# ================================================================ z_aspnet_tables

def asp_shell(title_text_html, center, *, today, lang="vi"):
    """Sidebar first in the DOM; labels entity-encoded like the old templates."""
    side_new = "\n".join(
        f'<tr><td class="tinmoi" style="padding:3px 5px"><a href="{other_url(o)}" class="link_tinmoi">'
        f'{ENT(o[1])}</a><br /><font color="#888888" size="1" face="Tahoma">({o[2][2]:02d}-{o[2][1]:02d}-{o[2][0]} '
        f'{o[2][3]:02d}:{o[2][4]:02d}:00) - {ENT("Lượt xem")}: {o[3]}</font></td></tr>' for o in OTHERS[:4])
    side_top = "\n".join(
        f'<tr><td style="padding:3px 5px"><img src="images/bullet.gif" width="5" height="5" alt="" /> '
        f'<a href="{other_url(o)}">{ENT(o[1])}</a></td></tr>' for o in sorted(OTHERS, key=lambda o: -o[3])[:4])
    menu = " | ".join(f'<a href="{h}" class="menutop">{ENT(t)}</a>' for t, h in [
        ("Trang chủ", "Default.aspx"), ("Giới thiệu", "gioi-thieu"), ("Tin tức - Sự kiện", "tin-tuc"),
        ("Đảng - Đoàn thể", "dang-doan-the"), ("Văn bản", "van-ban"), ("Liên hệ", "lien-he")])
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	{ENT("Cổng giao tiếp điện tử quận Cầu Giấy")} :: {title_text_html}
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<base href="{HOST}/" />
<link href="App_Themes/Default/style.css" type="text/css" rel="stylesheet" />
<script type="text/javascript" src="js/swfobject.js"></script>
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" bgcolor="#E9EEF4">
<form name="aspnetForm" method="post" action="dang-doan-the" id="aspnetForm">
<div>
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWBAIBD2QWAmYPFgIeBFRleHQFHlRo4bupIEhhaSwgMTQvMDMvMjAyMmRkZA==" />
</div>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="3" height="24" bgcolor="#0B4F8A"><font face="Tahoma" size="1" color="#FFFFFF">&nbsp;{ENT(today)}</font>
 &nbsp; <marquee scrollamount="3" width="700"><font face="Tahoma" size="1" color="#FFFF00">{ENT("Chào mừng kỷ niệm 25 năm Ngày thành lập quận Cầu Giấy (01/9/1997 - 01/9/2022)")}</font></marquee></td></tr>
<tr><td colspan="3"><img src="images/banner_caugiay.jpg" width="980" height="140" alt="{A("UBND QUẬN CẦU GIẤY")}" /></td></tr>
<tr><td colspan="3" height="28" bgcolor="#D6E3F0" align="center"><font face="Arial" size="2"><b>{menu}</b></font></td></tr>
<tr>
<td width="230" valign="top" bgcolor="#F4F7FB">
 <table width="100%" border="0" cellspacing="0" cellpadding="0">
 <tr><td class="box_title" height="26" bgcolor="#0B4F8A"><font face="Arial" size="2" color="#FFFFFF"><b>&nbsp;{ENT("TIN MỚI NHẤT")}</b></font></td></tr>
{side_new}
 <tr><td class="box_title" height="26" bgcolor="#0B4F8A"><font face="Arial" size="2" color="#FFFFFF"><b>&nbsp;{ENT("TIN ĐỌC NHIỀU")}</b></font></td></tr>
{side_top}
 <tr><td align="center" style="padding:8px"><a href="http://dichvucong.hanoi.gov.vn"><img src="images/banner_dvc.jpg" width="210" height="80" alt="{A("Dịch vụ công trực tuyến")}" /></a></td></tr>
 </table>
</td>
<td width="10">&nbsp;</td>
<td width="740" valign="top">
{center}
</td>
</tr>
<tr><td colspan="3" bgcolor="#0B4F8A" align="center" style="padding:8px"><font face="Tahoma" size="1" color="#FFFFFF">
{ENT("Cơ quan chủ quản: Ủy ban nhân dân quận Cầu Giấy")}<br />
{ENT("Địa chỉ: Số 36 phố Cầu Giấy, quận Cầu Giấy, Hà Nội - Điện thoại: 024.37675208 - Fax: 024.37675203")}<br />
{ENT("Ghi rõ nguồn khi phát hành lại thông tin từ website này. Giấy phép số 112/GP-TTĐT ngày 20/08/2010")}</font></td></tr>
</table>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
function __doPostBack(eventTarget, eventArgument) {{ theForm.__EVENTTARGET.value = eventTarget; theForm.submit(); }}
//]]>
</script>
</form>
</body>
</html>
"""


def asp_body(art, enc, caps, base, *, style):
    """style 'div': <div>-only paragraphs and table photos (old content);
    'p': <p> paragraphs, <br>-split lines, centred photo then centred em caption."""
    F = '<font face="Arial" size="2">'
    out = []
    up = f"documents/20182/{art.aid // 1000}/"
    for b in art.blocks:
        k = b[0]
        if k in ("p", "lead"):
            t = enc(b[1])
            if k == "lead":
                t = f"<b>{t}</b>"
            tag = "div" if style == "div" else "p"
            out.append(f'<{tag} style="text-align: justify;">{F}{t}</font></{tag}>')
        elif k == "lines":
            tag = "div" if style == "div" else "p"
            out.append(f'<{tag} style="text-align: justify;">{F}' + "<br />\r\n".join(enc(t) for t in b[1])
                       + f"</font></{tag}>")
        elif k == "quote":
            out.append(f'<blockquote style="margin:0 0 0 30px"><div style="text-align: justify;">{F}{enc(b[1])}</font></div></blockquote>')
        elif k == "img":
            src = up + b[1]
            caps.append({"image_url": urljoin(base, src), "text": b[2]})
            if style == "div":
                out.append(f'<table width="500" border="0" align="center" cellpadding="3" cellspacing="0"><tbody>'
                           f'<tr><td><img src="{src}" width="500" height="333" border="0" alt="" /></td></tr>'
                           f'<tr><td style="text-align: center;">{F}<i>{enc(b[2])}</i></font></td></tr>'
                           f'</tbody></table>')
            else:
                out.append(f'<p align="center"><img src="{src}" width="500" height="333" border="0" alt="" /></p>')
                out.append(f'<p align="center">{F}<em>{enc(b[2])}</em></font></p>')
        else:
            raise ValueError(k)
    out.append(f'<div align="right">{F}<b>{enc(art.author)}</b></font></div>')
    return "\r\n".join(out)


def asp_article(art, url, enc, *, style, today, sep):
    caps: list = []
    body = asp_body(art, enc, caps, HOST + "/", style=style)
    y, m, d, H, M = art.when[:5]
    views_txt = f"{art.views:,}".replace(",", ".")
    crumbs = (f'<a href="Default.aspx">{ENT("Trang chủ")}</a> &raquo; <a href="dang-doan-the">{ENT("Đảng - Đoàn thể")}</a>'
              f' &raquo; <a href="dang-doan-the/cong-tac-dang">{ENT("Công tác Đảng")}</a>')
    others = "\n".join(f'<li><a href="{other_url(o)}">{ENT(o[1])}</a> <font color="#888888" size="1">'
                       f'({o[2][2]:02d}-{o[2][1]:02d}-{o[2][0]})</font></li>' for o in OTHERS[2:6])
    center = f"""<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td class="duongdan" height="24"><font face="Tahoma" size="1">{crumbs}</font></td></tr>
<tr><td><span id="ctl00_ContentPlaceHolder1_ctl00_lblTieuDe" class="tieude_chitiet"><font face="Arial" size="4" color="#0B4F8A"><b>{enc(art.title)}</b></font></span></td></tr>
<tr><td><font face="Tahoma" size="1" color="#777777"><span class="nhan">{ENT("Ngày đăng")}:</span> <span id="ctl00_ContentPlaceHolder1_ctl00_lblNgayDang">{d:02d}-{m:02d}-{y}</span>{sep}<span id="ctl00_ContentPlaceHolder1_ctl00_lblGioDang">{H:02d}:{M:02d}:00</span>
 &nbsp;|&nbsp; <span class="nhan">{ENT("Lượt xem")}:</span> <span id="ctl00_ContentPlaceHolder1_ctl00_lblLuotXem">{views_txt}</span></font></td></tr>
<tr><td><span id="ctl00_ContentPlaceHolder1_ctl00_lblNoiDung">{body}</span></td></tr>
<tr><td align="right"><font face="Tahoma" size="1"><a href="javascript:window.print()"><img src="images/print.gif" width="16" height="16" border="0" alt="" /> {ENT("Bản in")}</a> &nbsp; <a href="gui-email.aspx?id={art.aid}"><img src="images/email.gif" width="16" height="16" border="0" alt="" /> {ENT("Gửi email")}</a> &nbsp; <a href="#">{ENT("Về đầu trang")}</a></font></td></tr>
<tr><td><font face="Arial" size="2" color="#0B4F8A"><b>{ENT("Các tin khác")}:</b></font><ul class="tinkhac">
{others}
</ul></td></tr>
</table>"""
    page = asp_shell(enc(art.title), center, today=today)
    furn = furniture_of(art, OTHERS[0][1], OTHERS[2][1], OTHERS[5][1], "Bản in", "Gửi email", "Các tin khác",
                        "TIN MỚI NHẤT", "024.37675208", "Chào mừng kỷ niệm", "__doPostBack")
    return page, caps, furn


def asp_cases():
    theme = "z_aspnet_tables"
    url = article_url(REAL.aid, REAL.title)
    page, caps, furn = asp_article(REAL, url, ENT, style="div", today="Thứ Hai, 14/03/2022", sep=" ")
    add_article(theme, "real_article_entities", art=REAL, lang="vi", url=url, section="Công tác Đảng",
                page=page, captions=caps, furniture=furn,
                must_contain=["Tham dự Hội nghị có các đồng chí đại diện", "hn-bch-lan-12-01.jpg"],
                must_not_contain=["__doPostBack", "Các tin khác", ENT(OTHERS[2][1])])

    art = LAN36
    url = article_url(art.aid, art.title)
    page, caps, furn = asp_article(art, url, E, style="p", today="Thứ Năm, 05/03/2020", sep=" - ")
    add_article(theme, "lan36_br_lines", art=art, lang="vi", url=url, section="Công tác Đảng",
                page=page, captions=caps, furniture=furn,
                must_contain=["chống dịch như chống giặc", "hn-bch-lan-36.jpg"],
                must_not_contain=["__doPostBack", OTHERS[2][1]])

    art = HUYHIEU
    url = article_url(art.aid, art.title)
    page, caps, furn = asp_article(art, url, E, style="div", today="Thứ Sáu, 10/02/2023", sep=" ")
    add_article(theme, "huy_hieu_numbered_quote", art=art, lang="vi", url=url, section="Công tác Đảng",
                page=page, captions=caps, furniture=furn,
                must_contain=["Huy hiệu 70 năm tuổi Đảng: 11 đồng chí;", "trao-huy-hieu-dang-3-2.jpg",
                              "Tôi nguyện tiếp tục giữ gìn phẩm chất"],
                must_not_contain=["__doPostBack", OTHERS[2][1]])

    # non-article: access denied / login at an article URL
    center = f"""<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td class="duongdan" height="24"><font face="Tahoma" size="1"><a href="Default.aspx">{ENT("Trang chủ")}</a> &raquo; {ENT("Đăng nhập")}</font></td></tr>
<tr><td><font face="Arial" size="4" color="#0B4F8A"><b>{ENT("ĐĂNG NHẬP HỆ THỐNG")}</b></font></td></tr>
<tr><td><div style="border:1px solid #E0B4B4;background:#FFF6F6;padding:8px"><font face="Arial" size="2" color="#9F3A38">{ENT("Bạn không có quyền truy cập nội dung này. Vui lòng đăng nhập bằng tài khoản được cấp để tiếp tục.")}</font></div></td></tr>
<tr><td><table border="0" cellpadding="4" cellspacing="0">
<tr><td><font face="Arial" size="2">{ENT("Tên đăng nhập")}:</font></td><td><input name="ctl00$ContentPlaceHolder1$txtUser" type="text" id="ctl00_ContentPlaceHolder1_txtUser" /></td></tr>
<tr><td><font face="Arial" size="2">{ENT("Mật khẩu")}:</font></td><td><input name="ctl00$ContentPlaceHolder1$txtPass" type="password" id="ctl00_ContentPlaceHolder1_txtPass" /></td></tr>
<tr><td></td><td><input type="submit" name="ctl00$ContentPlaceHolder1$btnLogin" value="{A("Đăng nhập")}" /> <a href="quen-mat-khau.aspx">{ENT("Quên mật khẩu?")}</a></td></tr>
</table></td></tr>
</table>"""
    add_error(theme, "access_denied_login",
              url=article_url(5610990, "Thông báo kết luận của Ban Thường vụ Quận ủy về công tác cán bộ"),
              page=asp_shell(ENT("Đăng nhập"), center, today="Thứ Ba, 21/02/2023"),
              why="login form at an article URL; sidebar has dated links with view counts")

    # non-article: search results with dates and snippets
    rows = "\n".join(
        f'<tr><td style="padding:6px 0;border-bottom:1px dotted #ccc"><a href="{other_url(o)}"><font face="Arial" size="2"><b>{ENT(o[1])}</b></font></a><br />'
        f'<font face="Tahoma" size="1" color="#777777">{ENT("Ngày đăng")}: {o[2][2]:02d}-{o[2][1]:02d}-{o[2][0]} {o[2][3]:02d}:{o[2][4]:02d}:00 | {ENT("Lượt xem")}: {o[3]}</font><br />'
        f'<font face="Arial" size="2">{ENT(o[4])}</font></td></tr>' for o in OTHERS)
    center = f"""<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td class="duongdan" height="24"><font face="Tahoma" size="1"><a href="Default.aspx">{ENT("Trang chủ")}</a> &raquo; {ENT("Tìm kiếm")}</font></td></tr>
<tr><td><font face="Arial" size="3" color="#0B4F8A"><b>{ENT("KẾT QUẢ TÌM KIẾM")}</b></font></td></tr>
<tr><td><font face="Arial" size="2">{ENT("Tìm thấy 6 kết quả phù hợp với từ khóa")} <b>&quot;{ENT("Đảng bộ")}&quot;</b></font></td></tr>
{rows}
<tr><td align="center"><font face="Arial" size="2"><b>1</b> <a href="tim-kiem?tu-khoa=%C4%90%E1%BA%A3ng+b%E1%BB%99&amp;trang=2">2</a> <a href="tim-kiem?tu-khoa=%C4%90%E1%BA%A3ng+b%E1%BB%99&amp;trang=2">&raquo;</a></font></td></tr>
</table>"""
    add_error(theme, "search_results",
              url=f"{HOST}/tim-kiem?tu-khoa=%C4%90%E1%BA%A3ng+b%E1%BB%99",
              page=asp_shell(ENT("Tìm kiếm"), center, today="Thứ Ba, 21/02/2023"),
              why="search results: six dated, viewed items with snippets")


# ================================================================ z_mobile_min

MOB_L = {
    "vi": dict(date="Ngày đăng", views="Lượt xem", share="Chia sẻ", copy="Sao chép liên kết",
               related="Tin liên quan", nav=["Trang chủ", "Tin tức", "Tìm kiếm", "Menu"],
               footer="© UBND quận Cầu Giấy · Số 36 Cầu Giấy, Hà Nội · Điện thoại: 024.3767.5201",
               logo="Cổng TTĐT quận Cầu Giấy"),
    "en": dict(date="Published", views="Views", share="Share", copy="Copy link",
               related="Related news", nav=["Home", "News", "Search", "Menu"],
               footer="© Cau Giay District People's Committee · 36 Cau Giay, Hanoi · Phone: 024.3767.5201",
               logo="Cau Giay District Portal"),
}

ICON_CAL = ('<svg class="ic" aria-hidden="true" viewBox="0 0 16 16" width="14" height="14"><path d="M3 1v2H1v12h14V3h-2V1h-2v2H5V1z"/></svg>')
ICON_EYE = ('<svg class="ic" aria-hidden="true" viewBox="0 0 16 16" width="14" height="14"><path d="M8 3C4 3 1 8 1 8s3 5 7 5 7-5 7-5-3-5-7-5z"/></svg>')


ICON_FB = ('<svg class="ic" viewBox="0 0 16 16" width="18" height="18"><path d="M9 16V9h2l1-3H9V4c0-1 .3-1.5 1.5-1.5H12V0H9.5C7 0 6 1.5 6 3.8V6H4v3h2v7z"/></svg>')


ICON_ZALO = ('<svg class="ic" viewBox="0 0 16 16" width="18" height="18"><path d="M2 2h12v9H7l-4 3v-3H2z"/></svg>')
ICON_LINK = ('<svg class="ic" viewBox="0 0 16 16" width="18" height="18"><path d="M6 10l4-4M5 7L3 9a2 2 0 0 0 4 4l2-2M11 9l2-2a2 2 0 0 0-4-4L7 5"/></svg>')


def mob_shell(lang, title, canonical, main):
    L = MOB_L[lang]
    pre = "/en" if lang == "en" else ""
    nav = "".join(f'<a href="{pre}/{slug(n)}">{E(n)}</a>' for n in L["nav"])
    return f"""<!doctype html>
<html amp lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<title>{E(title)}</title>
<link rel="canonical" href="{canonical}">
<style amp-custom>body{{font:16px/1.5 sans-serif;margin:0}}.sr-only{{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}}.ic{{vertical-align:-2px;fill:#888}}.k{{font-size:12px;font-weight:bold;color:#b00}}</style>
<script async src="https://cdn.ampproject.org/v0.js"></script>
</head>
<body>
<header class="mh"><a href="{pre}/" class="logo"><img src="/images/logo-m.png" width="140" height="36" layout="fixed" alt="{A(L['logo'])}"></a><button class="burger" aria-label="Menu"><span></span></button></header>
<main class="wrap">
{main}
</main>
<nav class="bottom">{nav}</nav>
<footer class="mf">{E(L['footer'])}</footer>
</body>
</html>
"""


def mob_related(lang, n=3):
    L = MOB_L[lang]
    items = "\n".join(
        f'<li><a href="{other_url(o, lang)}"><img src="/images/blank.png" data-src="/documents/20182/thumb/{o[0]}.jpg" '
        f'layout="fixed" width="96" height="64" alt=""><span>{E(o[1])}</span></a><time>{o[2][2]}/{o[2][1]}/{o[2][0]}</time></li>'
        for o in OTHERS[:n])
    return f'<section class="rel"><h2>{E(L["related"])}</h2><ul>\n{items}\n</ul></section>'


def mob_article(art, lang, url, *, enc, img_mode, section):
    L = MOB_L[lang]
    caps: list = []
    out = []
    for b in art.blocks:
        k = b[0]
        if k == "p":
            out.append(f"<p>{enc(b[1])}</p>")
        elif k == "img":
            file, cap = b[1], b[2]
            if img_mode == "figure_lazy":
                real = f"{HOST}/documents/20182/{art.aid}/{file}"
                caps.append({"image_url": real, "text": cap})
                img = (f'<img src="/images/blank.png" data-src="{real}" layout="responsive" width="640" '
                       f'height="427" alt="">')
                fc = f"<figcaption>{enc(cap)}</figcaption>" if cap else ""
                out.append(f"<figure>{img}{fc}</figure>")
            else:
                src = (f"/documents/20182/{art.aid}/{file}" if img_mode == "p_rel"
                       else f"//caugiay.hanoi.gov.vn/documents/20182/{art.aid}/{file}")
                caps.append({"image_url": urljoin(url, src), "text": cap})
                out.append(f'<p style="text-align:center"><img src="{src}" layout="responsive" width="640" '
                           f'height="427" alt=""></p>')
                if cap:
                    tag = "em" if img_mode == "p_rel" else "i"
                    out.append(f'<p style="text-align:center"><{tag}>{enc(cap)}</{tag}></p>')
        else:
            raise ValueError(k)
    if art.author:
        out.append(f'<p style="text-align:right"><strong>{enc(art.author)}</strong></p>')
    body = "\n".join(out)
    w = art.when
    shown = f"{w[2]}/{w[1]}/{w[0]} {w[3]}:{w[4]:02d}" + (f":{w[5]:02d}" if len(w) > 5 else "")
    kicker = f'<a class="k" href="{"/en" if lang == "en" else ""}/dang-doan-the">{E(section)}</a>\n' if section else ""
    title = enc(art.title) + (ZW if enc is NFDZW else "")
    main = f"""<article class="a">
{kicker}<h1 class="t">{title}</h1>
<div class="meta"><span class="d">{ICON_CAL}<span class="sr-only">{E(L['date'])}</span> {shown}</span> <span class="v">{ICON_EYE}<span class="sr-only">{E(L['views'])}</span> {f"{art.views:,}".replace(",", ".")}</span></div>
<div class="ct">
{body}
</div>
<div class="share"><span class="sr-only">{E(L['share'])}</span><a href="https://www.facebook.com/sharer/sharer.php?u={A(url)}" aria-label="Facebook">{ICON_FB}</a><a href="https://zalo.me/share?u={A(url)}" aria-label="Zalo">{ICON_ZALO}</a><a href="#copy" aria-label="{A(L['copy'])}">{ICON_LINK}</a></div>
</article>
{mob_related(lang)}"""
    page = mob_shell(lang, art.title, article_url(art.aid, art.title), main)
    furn = furniture_of(art, OTHERS[0][1], L["related"], L["footer"], "024.3767.5201", L["share"])
    return page, caps, furn


def mob_cases():
    theme = "z_mobile_min"
    art = NQTW6
    url = article_url(art.aid, art.title)
    page, caps, furn = mob_article(art, "vi", url, enc=E, img_mode="figure_lazy", section="Công tác Đảng")
    add_article(theme, "single_digit_date_lazy", art=art, lang="vi", url=url, section="Công tác Đảng",
                page=page, captions=caps, furniture=furn,
                must_contain=["Nghị quyết số 28-NQ/TW", "Hội nghị kết thúc vào 11 giờ 30 cùng ngày."],
                must_not_contain=["cdn.ampproject.org", OTHERS[0][1], "sharer.php"])

    art = DAIHOI
    url = article_url(art.aid, art.title, "en")
    page, caps, furn = mob_article(art, "en", url, enc=E, img_mode="p_rel", section="Công tác Đảng")
    add_article(theme, "english_ui_uncaptioned_photo", art=art, lang="en", url=url, section="Công tác Đảng",
                page=page, captions=caps, furniture=furn,
                must_contain=["bầu đồng chí Phạm Thị Thu Trang", "dh-chi-bo-kdc3-dvh-1.jpg"],
                must_not_contain=["cdn.ampproject.org", OTHERS[0][1], "Related news"])

    art = NGHIADO
    url = article_url(art.aid, art.title)
    page, caps, furn = mob_article(art, "vi", url, enc=NFDZW, img_mode="p_proto", section=None)
    add_article(theme, "nfd_zero_width_seconds_no_section", art=art, lang="vi", url=url, section=None,
                page=page, captions=caps, furniture=furn,
                must_contain=["thu ngân sách đạt 87% dự toán", "btv-lam-viec-nghia-do.jpg"],
                must_not_contain=["cdn.ampproject.org", OTHERS[0][1]])

    # non-article: English "not found" at an /en/ article URL
    main = f"""<section class="nf">
<h1 class="t">Not found</h1>
<p>The article you are looking for does not exist or has been removed.</p>
<p><a href="/en/">Back to home page</a></p>
</section>
{mob_related("en", 5).replace("Related news", "Latest news")}"""
    add_error(theme, "not_found_en",
              url=article_url(5609999, "Hoi nghi so ket cong tac Dang quy I nam 2023", "en"),
              page=mob_shell("en", "Not found", f"{HOST}/en/", main),
              why="English soft 404 at an article URL; latest news with dates below")

    # non-article: a photo gallery index (albums with thumbnails, dates, counts, views)
    albums = [("Hội nghị Ban Chấp hành Đảng bộ quận lần thứ 12", (2022, 1, 7), 14, 356),
              ("Lễ trao Huy hiệu Đảng đợt 3/2/2023", (2023, 2, 2), 22, 512),
              ("Đại hội điểm chi bộ Khu dân cư số 3 phường Dịch Vọng Hậu", (2022, 4, 14), 9, 140),
              ("Khai giảng lớp bồi dưỡng nhận thức về Đảng năm 2023", (2023, 2, 8), 17, 233)]
    figs = "\n".join(
        f'<figure class="album"><a href="/thu-vien-anh/-/album/{i + 301}"><img src="/images/blank.png" '
        f'data-src="/documents/20182/album/{i + 301}/cover.jpg" layout="responsive" width="320" height="213" alt=""></a>'
        f'<figcaption><a href="/thu-vien-anh/-/album/{i + 301}">{E(t)}</a><br>{ICON_CAL} {w[2]}/{w[1]}/{w[0]} · {n} ảnh · '
        f'{ICON_EYE}<span class="sr-only">Lượt xem</span> {v}</figcaption></figure>'
        for i, (t, w, n, v) in enumerate(albums))
    main = f"""<h1 class="t">Thư viện ảnh</h1>
<p class="intro">Hình ảnh hoạt động của Đảng bộ, chính quyền và nhân dân quận Cầu Giấy.</p>
<div class="albums">
{figs}
</div>
<p class="pager"><a href="/thu-vien-anh?trang=2">Xem thêm album</a></p>"""
    add_error(theme, "photo_gallery_index", url=f"{HOST}/thu-vien-anh",
              page=mob_shell("vi", "Thư viện ảnh", f"{HOST}/thu-vien-anh", main),
              why="photo albums only: each a cover, a title, a date, a photo count")


# ================================================================ z_portal_tools

PT_L = {
    "vi": dict(tools=["Bản in", "Gửi bài viết", "Lưu bài viết"], updated="Cập nhật", posted="Ngày đăng",
               views="Lượt xem", samecat="Tin cùng chuyên mục", comments="Ý kiến bạn đọc",
               fields=["Họ và tên", "Email", "Nội dung ý kiến", "Mã xác nhận"], send="Gửi ý kiến",
               share="Chia sẻ:", home="Trang chủ", parent="Đảng - Đoàn thể",
               side=["Lịch công tác", "Video nổi bật", "Liên kết website"],
               schedule="Thứ Hai 13/02/2023: 08:00 - Giao ban Thường trực Quận ủy",
               links=["Cổng thông tin Chính phủ", "Thành ủy Hà Nội", "Dịch vụ công trực tuyến"],
               footer="Bản quyền thuộc Ủy ban nhân dân quận Cầu Giấy. Địa chỉ: Số 36 Cầu Giấy, phường Quan Hoa. "
                      "Điện thoại: 024.3767.5201 - Fax: 024.3767.2043. Cập nhật lần cuối: 13/02/2023",
               note="Ý kiến của bạn sẽ được biên tập trước khi đăng.", weekday="Thứ Hai",
               menu=["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Đảng - Đoàn thể", "Văn bản", "Liên hệ"]),
    "en": dict(tools=["Print", "Send", "Save"], updated="Updated", posted="Publish date",
               views="View count", samecat="Other news in this section", comments="Reader comments",
               fields=["Full name", "Email", "Your comment", "Captcha"], send="Send comment",
               share="Share:", home="Home", parent="Đảng - Đoàn thể",
               side=["Work schedule", "Featured video", "Links"],
               schedule="Monday 13/02/2023: 08:00 - District Party Committee standing meeting",
               links=["Government portal", "Hanoi Party Committee", "Online public services"],
               footer="Copyright Cau Giay District People's Committee. Address: 36 Cau Giay, Quan Hoa Ward. "
                      "Phone: 024.3767.5201 - Fax: 024.3767.2043. Last updated: 13/02/2023",
               note="Comments are moderated before publication.", weekday="Monday",
               menu=["Home", "About", "News & Events", "Party & Unions", "Documents", "Contact"]),
}


def pt_tools(L, where):
    links = " | ".join(f'<a href="javascript:void(0)" class="tool-{i}" rel="nofollow">'
                       f'<i class="fa fa-{ic}" aria-hidden="true"></i> {E(t)}</a>'
                       for i, (t, ic) in enumerate(zip(L["tools"], ["print", "envelope", "bookmark"])))
    share = ""
    if where == "bottom":
        share = (f' <span class="share">{E(L["share"])} <a href="#fb" title="Facebook"><i class="fa fa-facebook"></i></a>'
                 f' <a href="#zalo" title="Zalo"><i class="fa fa-zalo"></i></a></span>')
    return f'<div class="tools tools-{where}">{links}{share}</div>'


def pt_shell(lang, title, main, *, today):
    L = PT_L[lang]
    pre = "/en" if lang == "en" else ""
    menu = "".join(f'<li><a href="{pre}/{slug(m)}">{E(m)}</a></li>' for m in L["menu"])
    links = "".join(f'<li><a href="#l{i}">{E(t)}</a></li>' for i, t in enumerate(L["links"]))
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{E(title)} | UBND quận Cầu Giấy</title>
<link rel="stylesheet" href="/o/caugiay-theme/css/main.css">
<link rel="stylesheet" href="/o/caugiay-theme/css/font-awesome.min.css">
</head>
<body>
<div class="topbar"><div class="container"><span>Hotline: 024.3767.5201</span> | <span class="today">{E(L['weekday'])}, {today}</span>
<a href="/">Tiếng Việt</a> <a href="/en/">English</a></div></div>
<header class="site-header"><div class="container"><a class="brand" href="{pre}/"><img src="/o/caugiay-theme/images/logo.png" alt="UBND QUẬN CẦU GIẤY" width="420" height="80"></a>
<nav class="mainnav"><ul>{menu}</ul></nav></div></header>
<div class="container">
<div class="row">
<div class="col-md-8 col-main">
{main}
</div>
<aside class="col-md-4 col-side">
<div class="box"><h3 class="box-title">{E(L['side'][0])}</h3><p>{E(L['schedule'])}</p></div>
<div class="box"><h3 class="box-title">{E(L['side'][1])}</h3><iframe width="100%" height="200" src="https://www.youtube.com/embed/aB1cD2eF3gH" frameborder="0"></iframe></div>
<div class="box"><h3 class="box-title">{E(L['side'][2])}</h3><ul>{links}</ul></div>
</aside>
</div>
</div>
<footer class="site-footer"><div class="container"><p>{E(L['footer'])}</p></div></footer>
<script src="/o/caugiay-theme/js/main.js"></script>
</body>
</html>
"""


def pt_crumbs(L, lang):
    pre = "/en" if lang == "en" else ""
    return (f'<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="{pre}/">'
            f'{E(L["home"])}</a></li><li class="breadcrumb-item"><a href="{pre}/dang-doan-the">{E(L["parent"])}</a>'
            f'</li><li class="breadcrumb-item active" aria-current="page"><a href="{pre}/dang-doan-the/cong-tac-dang">'
            f'Công tác Đảng</a></li></ol></nav>')


def pt_after(L, lang, aid):
    same = "\n".join(f'<li><a href="{other_url(o, lang)}">{E(o[1])}</a> <span class="date">({dmy(o[2])})</span></li>'
                     for o in OTHERS[:5])
    f = L["fields"]
    return f"""<section class="same-cat"><h3 class="sec-title">{E(L['samecat'])}</h3><ul>
{same}
</ul></section>
<section class="comments"><h3 class="sec-title">{E(L['comments'])}</h3><p class="note">{E(L['note'])}</p>
<form method="post" action="/binh-luan?id={aid}">
<label>{E(f[0])} <input name="name"></label> <label>{E(f[1])} <input name="email" type="email"></label>
<label>{E(f[2])} <textarea name="body" rows="4"></textarea></label>
<label>{E(f[3])} <img src="/captcha?k=8812" width="90" height="30" alt=""> <input name="captcha"></label>
<button type="submit">{E(L['send'])}</button>
</form></section>"""


def pt_body(art, caps, base):
    out = []
    for b in art.blocks:
        k = b[0]
        if k == "p":
            out.append(f'<p style="text-align: justify;">{E(b[1])}</p>')
        elif k == "lead":
            out.append(f'<p style="text-align: justify;"><strong>{E(b[1])}</strong></p>')
        elif k == "ol":
            out.append("<ol>\n" + "\n".join(f"<li>{E(t)}</li>" for t in b[1]) + "\n</ol>")
        elif k == "quote":
            out.append(f"<blockquote><p>{E(b[1])}</p></blockquote>")
        elif k == "video":
            out.append(f'<p style="text-align: center;"><iframe width="560" height="315" src="{b[1]}" '
                       f'frameborder="0" allowfullscreen></iframe></p>')
            out.append(f"<script>var _viewId = {art.aid}; (function(){{ var i = new Image(); "
                       f"i.src = '/o/stats/hit?id=' + _viewId; }})();</script>")
        elif k == "doc":
            out.append(f'<p style="text-align: justify;">{E(b[1])} <a href="{b[3]}" target="_blank" '
                       f'onclick="trackDownload(this)"><img src="/o/caugiay-theme/images/icons/pdf.png" width="16" '
                       f'height="16" alt="" /> {E(b[2])}</a>{E(b[4])}</p>')
        elif k == "pair":
            cells = []
            for file, cap in b[1:]:
                src = f"/documents/20182/{art.aid}/{file}"
                caps.append({"image_url": urljoin(base, src), "text": cap})
                cells.append(f'<td style="width: 50%; text-align: center; vertical-align: top;"><img src="{src}" '
                             f'width="340" height="227" alt="" /><br /><em>{E(cap)}</em></td>')
            out.append('<table style="width: 100%;" border="0" cellpadding="4"><tbody><tr>'
                       + "".join(cells) + "</tr></tbody></table>")
        elif k == "img":
            src = f"/documents/20182/{art.aid}/{b[1]}"
            caps.append({"image_url": urljoin(base, src), "text": b[2]})
            out.append(f'<p style="text-align: center;"><img src="{src}" width="680" height="453" alt="" /></p>')
            out.append(f'<p style="text-align: center;"><em>{E(b[2])}</em></p>')
        else:
            raise ValueError(k)
    if art.author == art.author.upper():
        out.append(f'<p style="text-align: right;"><strong>{E(art.author)}</strong></p>')
    else:
        out.append(f'<p style="text-align: right;"><em><strong>{E(art.author)}</strong></em></p>')
    return "\n".join(out)


def pt_article(art, lang, url, *, updated, today):
    L = PT_L[lang]
    caps: list = []
    body = pt_body(art, caps, url)
    meta = []
    if updated:
        meta.append(f'<li><span class="lbl">{E(L["updated"])}:</span> {updated}</li>')
    posted = dmyhm(art.when) if art.has_time else dmy(art.when)
    meta.append(f'<li><span class="lbl">{E(L["posted"])}:</span> {posted}</li>')
    meta.append(f'<li><i class="fa fa-eye" aria-hidden="true"></i> {E(L["views"])}: '
                f'{f"{art.views:,}".replace(",", ".")}</li>')
    main = f"""{pt_crumbs(L, lang)}
<div class="news-detail">
{pt_tools(L, "top")}
<h1 class="news-title">{E(art.title)}</h1>
<ul class="news-meta">{''.join(meta)}</ul>
<div class="news-content">
{body}
</div>
{pt_tools(L, "bottom")}
</div>
{pt_after(L, lang, art.aid)}"""
    page = pt_shell(lang, art.title, main, today=today)
    furn = furniture_of(art, OTHERS[0][1], OTHERS[4][1], L["samecat"], L["comments"], L["tools"][0],
                        L["tools"][2], L["note"], "024.3767.5201", L["schedule"])
    if updated:
        furn.append(updated)
    return page, caps, furn


def pt_cases():
    theme = "z_portal_tools"
    art = KHAIGIANG
    url = article_url(art.aid, art.title)
    page, caps, furn = pt_article(art, "vi", url, updated="10/02/2023 09:12", today="13/02/2023")
    add_article(theme, "updated_first_ol_pair_video", art=art, lang="vi", url=url, section="Công tác Đảng",
                page=page, captions=caps, furniture=furn + ["_viewId", "trackDownload"],
                must_contain=["Khái quát lịch sử Đảng Cộng sản Việt Nam;", "khai-giang-ttct-2023-2.jpg",
                              "KH-12-TTCT.pdf", "nghiêm túc học tập"],
                must_not_contain=["<script", "_viewId", "onclick", OTHERS[0][1], "Gửi ý kiến"])

    art = CHITHI05
    url = article_url(art.aid, art.title)
    page, caps, furn = pt_article(art, "vi", url, updated=None, today="17/05/2021")
    add_article(theme, "date_only_two_photos", art=art, lang="vi", url=url, section="Công tác Đảng",
                page=page, captions=caps, furniture=furn,
                must_contain=["100% chi bộ đưa nội dung học tập", "so-ket-ct05-1.jpg", "so-ket-ct05-2.jpg"],
                must_not_contain=[OTHERS[0][1], "Gửi ý kiến"])

    art = TOADAM
    url = (article_url(art.aid, art.title, "en")
           + "?p_p_id=com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet&p_p_lifecycle=0#comments")
    page, caps, furn = pt_article(art, "en", url, updated="03/02/2023 16:40", today="06/02/2023")
    add_article(theme, "english_updated_first_query", art=art, lang="en", url=url, section="Công tác Đảng",
                page=page, captions=caps, furniture=furn,
                must_contain=["ôn lại truyền thống vẻ vang", "toa-dam-93-nam.jpg"],
                must_not_contain=[OTHERS[0][1], "Send comment", "Other news in this section"])

    # non-article: the article template rendered without content (title, no date, no body)
    L = PT_L["vi"]
    title = "Hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2023"
    main = f"""{pt_crumbs(L, "vi")}
<div class="news-detail">
{pt_tools(L, "top")}
<h1 class="news-title">{E(title)}</h1>
<ul class="news-meta"><li><span class="lbl">Ngày đăng:</span> </li><li><i class="fa fa-eye" aria-hidden="true"></i> Lượt xem: </li></ul>
<div class="news-content">
<p>&nbsp;</p>
</div>
{pt_tools(L, "bottom")}
</div>
{pt_after(L, "vi", 5611440)}"""
    add_error(theme, "empty_template_no_date", url=article_url(5611440, title),
              page=pt_shell("vi", title, main, today="14/07/2023"),
              why="a title over an empty body, no date; dates only in the related list")

    # non-article: a section listing served at a view_content URL, led by a featured item
    feat = KHAIGIANG
    rest = "\n".join(
        f'<div class="news-item"><a href="{other_url(o)}"><img src="/documents/20182/thumb/{o[0]}.jpg" width="180" '
        f'height="120" alt=""></a><h3><a href="{other_url(o)}">{E(o[1])}</a></h3>'
        f'<p class="date">Ngày đăng: {dmyhm(o[2])} | Lượt xem: {o[3]}</p><p class="sapo">{E(o[4])}</p></div>'
        for o in OTHERS)
    main = f"""{pt_crumbs(L, "vi")}
<h1 class="cat-title">Công tác Đảng</h1>
<div class="news-featured"><a href="{article_url(feat.aid, feat.title)}"><img src="/documents/20182/{feat.aid}/khai-giang-ttct-2023-1.jpg" width="680" height="453" alt=""></a>
<h2><a href="{article_url(feat.aid, feat.title)}">{E(feat.title)}</a></h2>
<p class="date">Ngày đăng: {dmyhm(feat.when)} | Lượt xem: 1.508</p>
<p class="sapo">{E(feat.blocks[0][1])}</p></div>
<div class="news-list">
{rest}
</div>
<ul class="pagination"><li class="active"><span>1</span></li><li><a href="/dang-doan-the?cur=2">2</a></li><li><a href="/dang-doan-the?cur=3">3</a></li><li><a href="/dang-doan-the?cur=2">Trang sau &raquo;</a></li></ul>"""
    add_error(theme, "listing_featured_at_article_url",
              url=f"{HOST}/dang-doan-the/-/view_content/5600001-cong-tac-dang.html",
              page=pt_shell("vi", "Công tác Đảng", main, today="13/02/2023"),
              why="a featured item (title, photo, date, views, summary) then six more: a listing")


# ================================================================ z_word_paste

WORD_HEAD = """<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Normal</w:View>
  <w:Zoom>0</w:Zoom>
  <w:TrackMoves/>
  <w:DoNotOptimizeForBrowser/>
 </w:WordDocument>
</xml><![endif]--><style type="text/css">
<!--
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no; mso-style-qformat:yes; mso-style-parent:""; margin:0cm; margin-bottom:.0001pt;
	font-size:12.0pt; font-family:"Times New Roman",serif; mso-fareast-font-family:"Times New Roman";}
@page WordSection1 {size:595.3pt 841.9pt; margin:2.0cm 2.0cm 2.0cm 3.0cm;}
div.WordSection1 {page:WordSection1;}
-->
</style>"""

SPAN = ('<span lang="VI" style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,serif;'
        'mso-fareast-font-family:&quot;Times New Roman&quot;;color:black">')
P_J = '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:150%">'
P_C = '<p class="MsoNormal" align="center" style="margin-bottom:6.0pt;text-align:center;line-height:150%">'
P_R = '<p class="MsoNormal" align="right" style="margin-bottom:6.0pt;text-align:right;line-height:150%">'
EMPTY = '<p class="MsoNormal" style="text-align:justify"><o:p>&nbsp;</o:p></p>'


def nfd_nbsp(s: str) -> str:
    return NFD(s).replace(". ", ".&nbsp; ").replace(", ", ",&nbsp;")


def nested(s: str, enc) -> str:
    """Split a paragraph into sibling, nested spans at a space (Word runs)."""
    k = s.find(" ", len(s) // 2) + 1
    a, b = s[:k], s[k:]
    return (f'<span style="font-size:14.0pt"><span style="font-family:&quot;Times New Roman&quot;,serif">'
            f'<span style="color:#222222">{enc(a)}</span></span></span><span lang="EN-US" style="font-size:14.0pt">'
            f'<span style="mso-spacerun:yes">{enc(b)}</span></span>')


def word_body(art, enc, caps, base, *, runs):
    out = [WORD_HEAD, '<div class="WordSection1">']
    for i, b in enumerate(art.blocks):
        k = b[0]
        if k in ("p", "lead"):
            inner = nested(b[1], enc) if runs else f"{SPAN}{enc(b[1])}</span>"
            if k == "lead":
                inner = f"<b>{inner}</b>"
            out.append(f"{P_J}{inner}<o:p></o:p></p>")
        elif k == "img":
            src = f"/documents/20182/{art.aid}/{b[1]}"
            caps.append({"image_url": urljoin(base, src), "text": b[2]})
            out.append(EMPTY)
            out.append(f'{P_C}<span style="mso-no-proof:yes"><img width="602" height="401" src="{src}" '
                       f'alt="" v:shapes="Picture_x0020_{i}"></span><o:p></o:p></p>')
            out.append(f'{P_C}<i><span lang="VI" style="font-size:12.0pt;line-height:150%">{enc(b[2])}</span></i><o:p></o:p></p>')
        else:
            raise ValueError(k)
    out.append(EMPTY)
    out.append(f"{P_R}<b>{SPAN}{enc(art.author)}</span></b><o:p></o:p></p>")
    out.append("</div>")
    return "\n".join(out)


def lr_shell(title_html, column1, *, today):
    side = """<section class="portlet" id="portlet_lichcongtac"><header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">LỊCH CÔNG TÁC</span></h1></header>
<div class="portlet-content"><p><a href="/lich-cong-tac">Lịch công tác tuần của Thường trực Quận ủy</a></p></div></section>
<section class="portlet" id="portlet_poll"><header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">THĂM DÒ Ý KIẾN</span></h1></header>
<div class="portlet-content"><form><p>Bạn đánh giá thế nào về giao diện mới của Cổng thông tin?</p>
<label><input type="radio" name="q" value="1"> Rất đẹp, dễ sử dụng</label><br><label><input type="radio" name="q" value="2"> Bình thường</label><br><label><input type="radio" name="q" value="3"> Khó sử dụng</label><br>
<input type="submit" value="Biểu quyết"> <a href="/poll/ket-qua">Xem kết quả</a></form></div></section>
<section class="portlet" id="portlet_thongke"><header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">THỐNG KÊ TRUY CẬP</span></h1></header>
<div class="portlet-content"><p>Đang truy cập: 125</p><p>Hôm nay: 2.310</p><p>Tổng lượt truy cập: 1.234.567</p></div></section>"""
    return f"""<!DOCTYPE html>
<html class="aui ltr" dir="ltr" lang="vi-VN">
<head>
<title>{title_html} - Cổng thông tin điện tử quận Cầu Giấy</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="/caugiay-theme/images/favicon.ico" rel="Shortcut Icon" />
<link class="lfr-css-file" href="/caugiay-theme/css/main.css?browserId=other&amp;themeId=caugiay_WAR_caugiaytheme&amp;languageId=vi_VN" rel="stylesheet" type="text/css" />
<script type="text/javascript">var themeDisplay = {{getLanguageId: function() {{ return "vi_VN"; }}, getPlid: function() {{ return "20931"; }}}};</script>
</head>
<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
<a href="#main-content" id="skip-to-content">Bỏ qua nội dung</a>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner">
<div id="heading"><h1 class="site-title"><a class="logo custom-logo" href="/" title="Đi đến Cổng thông tin điện tử quận Cầu Giấy"><img alt="" height="120" src="/image/company_logo?img_id=20148&amp;t=1672531200" width="980" /></a></h1></div>
<div class="today">{today}</div>
<nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="Trang web" role="menubar">
<li><a href="/trang-chu"><span>Trang chủ</span></a></li><li><a href="/gioi-thieu"><span>Giới thiệu</span></a></li><li class="selected"><a href="/dang-doan-the"><span>Đảng - Đoàn thể</span></a></li><li><a href="/van-ban"><span>Văn bản</span></a></li>
</ul></nav>
</header>
<div id="content">
<div class="columns-2" id="main-content" role="main"><div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span8" id="column-1">
{column1}
</div>
<div class="portlet-column portlet-column-last span4" id="column-2">
{side}
</div>
</div></div>
</div>
<footer id="footer" role="contentinfo"><p>Cơ quan chủ quản: Ủy ban nhân dân quận Cầu Giấy. Địa chỉ: 36 Cầu Giấy, Hà Nội. Điện thoại: 024.37675201.</p>
<p>Trưởng Ban biên tập: Phó Chủ tịch UBND quận. Giấy phép số 112/GP-TTĐT ngày 20/08/2010.</p></footer>
</div>
<script type="text/javascript">AUI().use('aui-base', function(A) {{ Liferay.Portlet.runtimePortletIds = ['56_INSTANCE_ctd01']; }});</script>
</body>
</html>
"""


def lr_portlet(pid, title, inner):
    return (f'<section class="portlet" id="portlet_{pid}"><header class="portlet-topper"><h1 class="portlet-title">'
            f'<span class="portlet-title-text">{title}</span></h1><menu class="portlet-topper-toolbar" type="toolbar">'
            f'</menu></header>\n<div class="portlet-content"><div class="portlet-content-container"><div class="portlet-body">\n'
            f'{inner}\n</div></div></div></section>')


def lr_tinkhac():
    items = "\n".join(f'<li><a href="{other_url(o)}">{E(o[1])}</a> <span class="date">({dmy(o[2])})</span></li>'
                      for o in OTHERS[:5])
    return lr_portlet("101_INSTANCE_tinkhac", "TIN KHÁC", f'<ul class="tin-khac">\n{items}\n</ul>')


def word_article(art, url, enc, *, runs, today):
    caps: list = []
    body = word_body(art, enc, caps, url, runs=runs)
    w = art.when
    inner = f"""<div class="journal-content-article">
<div class="chitiet-tin">
<h2 class="tieude-tin">{enc(art.title)}</h2>
<div class="ngay-luotxem">Ngày đăng {w[2]}/{w[1]}/{w[0]} - {w[3]}:{w[4]:02d}&nbsp;&nbsp;&nbsp;&nbsp;Lượt xem: {f"{art.views:,}".replace(",", ".")}</div>
<div class="noidung-tin">
{body}
</div>
</div>
</div>
<div class="taglib-social-bookmarks"><span>Chia sẻ</span> <a class="social-bookmark" href="https://www.facebook.com/sharer.php?u={A(url)}" title="Facebook">Facebook</a> <a class="social-bookmark" href="https://twitter.com/intent/tweet?url={A(url)}" title="Twitter">Twitter</a></div>"""
    column1 = lr_portlet("56_INSTANCE_ctd01", "CÔNG TÁC ĐẢNG", inner) + "\n" + lr_tinkhac()
    page = lr_shell(enc(art.title), column1, today=today)
    furn = furniture_of(art, "TIN KHÁC", OTHERS[0][1], "THỐNG KÊ TRUY CẬP", "Tổng lượt truy cập", "Biểu quyết",
                        "Twitter", "024.37675201", "MsoNormal", "WordDocument", "mso-")
    return page, caps, furn


def word_cases():
    theme = "z_word_paste"
    art = KETNAP
    url = article_url(art.aid, art.title)
    page, caps, furn = word_article(art, url, nfd_nbsp, runs=False, today="Thứ Ba, 10/01/2023")
    add_article(theme, "nfd_nbsp_mso", art=art, lang="vi", url=url, section="CÔNG TÁC ĐẢNG",
                page=page, captions=caps, furniture=furn,
                must_contain=["Trường THCS Cầu Giấy tổ chức Lễ kết nạp đảng viên mới", "ket-nap-dv-thcs-cg.jpg"],
                must_not_contain=["<style", "<script", OTHERS[0][1], "Tổng lượt truy cập"])

    art = UBKT2023
    url = article_url(art.aid, art.title)
    page, caps, furn = word_article(art, url, ENT, runs=False, today="Thứ Tư, 18/01/2023")
    add_article(theme, "entities_zero_views_no_photo", art=art, lang="vi", url=url, section="CÔNG TÁC ĐẢNG",
                page=page, captions=caps, furniture=furn,
                must_contain=["Chủ động nắm tình hình", "thu nhập của cán bộ thuộc diện"],
                must_not_contain=["<style", "<script", OTHERS[0][1]])

    art = CHUCTET
    url = article_url(art.aid, art.title)
    page, caps, furn = word_article(art, url, NBSP, runs=True, today="Thứ Năm, 19/01/2023")
    add_article(theme, "nested_runs_bold_lead", art=art, lang="vi", url=url, section="CÔNG TÁC ĐẢNG",
                page=page, captions=caps, furniture=furn,
                must_contain=["tham-chuc-tet-quy-mao.jpg", "8.650 suất quà"],
                must_not_contain=["<style", "<script", OTHERS[0][1]])

    # non-article: page 2 of the section's asset-publisher listing
    items = "\n".join(
        f'<div class="asset-abstract"><h3 class="asset-title"><a href="{other_url(o)}">{E(o[1])}</a></h3>'
        f'<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">Ngày đăng '
        f'{o[2][2]}/{o[2][1]}/{o[2][0]} - {o[2][3]}:{o[2][4]:02d}</span> <span class="metadata-entry metadata-view-count">'
        f'Lượt xem: {o[3]}</span></div><div class="asset-summary">{E(o[4])}</div>'
        f'<div class="asset-more"><a href="{other_url(o)}">Xem tiếp &raquo;</a></div></div>'
        for o in OTHERS)
    pager = ('<div class="taglib-page-iterator"><div class="search-results">Hiển thị 7 - 12 trong tổng số 84 kết quả.</div>'
             '<ul class="pager lfr-pagination-buttons"><li><a href="?_101_INSTANCE_ctd01_cur=1">Đầu tiên</a></li>'
             '<li><a href="?_101_INSTANCE_ctd01_cur=1">Trước</a></li><li><a href="?_101_INSTANCE_ctd01_cur=3">Tiếp</a></li>'
             '<li><a href="?_101_INSTANCE_ctd01_cur=14">Cuối cùng</a></li></ul></div>')
    column1 = lr_portlet("101_INSTANCE_ctd01", "CÔNG TÁC ĐẢNG", items + "\n" + pager)
    add_error(theme, "asset_listing_page2",
              url=f"{HOST}/dang-doan-the?p_p_id=101_INSTANCE_ctd01&p_p_lifecycle=0&_101_INSTANCE_ctd01_cur=2",
              page=lr_shell("Công tác Đảng", column1, today="Thứ Hai, 13/02/2023"),
              why="six abstracts with dates, view counts and summaries, a pager")


# ================================================================ writing

def _readable_forms(s: str) -> tuple[str, str, str]:
    readable = nfc(html.unescape(s))
    return s, readable, " ".join(readable.split())


def check(case: dict) -> None:
    """Self-consistency of a fixture (independent of any parser)."""
    page = case["page"]
    assert "\ufffd" not in page
    raw, readable, flat = _readable_forms(page)
    text = nfc(html.unescape(re.sub(r"<!--.*?-->|<(script|style)\b.*?</\1>|<[^>]+>", "", page, flags=re.S)))
    flat_nozw = " ".join(text.replace(ZW, "").split())
    if case["kind"] == "error":
        return
    exp, art = case["expected"], case["art"]
    body = exp["body"]
    assert nfc(body) == body and "\u200b" not in body and "\xa0" not in body
    assert "\n\n\n" not in body and not body.startswith("\n") and all(p == collapse(p) for p in body.split("\n\n"))
    for s in exp["body_must_not_contain"]:
        assert s not in body, (case["case"], s)
        assert nfc(s).replace(ZW, "") in flat_nozw or s in raw, (case["case"], "furniture not on page", s)
    for s in exp["body_html_must_contain"]:
        assert s in raw or s in readable or s in flat, (case["case"], "snippet not on page", s)
    for p in body.split("\n\n"):
        assert p in flat_nozw, (case["case"], "paragraph not readable on page", p[:60])
    assert exp["title"] in flat_nozw
    assert [c["text"] for c in exp["captions"]] == art.photo_captions()
    for c in exp["captions"]:
        assert c["image_url"].startswith(HOST + "/documents/") or c["image_url"].startswith(HOST + "/wp-content/")
        if c["text"]:
            assert c["text"] in flat_nozw
    assert exp["url"].startswith(HOST + "/dang-doan-the/-/view_content/") and "?" not in exp["url"]


def write_all() -> None:
    wp_cases()
    asp_cases()
    mob_cases()
    pt_cases()
    word_cases()
    themes = sorted({c["theme"] for c in CASES})
    for t in themes:
        assert t.startswith("z_")
        if (HERE / t).exists():
            shutil.rmtree(HERE / t)
    seen = set()
    for c in CASES:
        key = (c["theme"], c["case"])
        assert key not in seen, key
        seen.add(key)
        check(c)
        d = HERE / c["theme"] / c["case"]
        d.mkdir(parents=True)
        (d / "page.html").write_bytes(c["page"].encode("utf-8"))
        (d / "meta.json").write_text(json.dumps({"url": c["url"]}, ensure_ascii=False, indent=2) + "\n",
                                     encoding="utf-8")
        if c["kind"] == "article":
            (d / "expected.json").write_text(json.dumps(c["expected"], ensure_ascii=False, indent=2) + "\n",
                                             encoding="utf-8")
        else:
            (d / "expected_error.json").write_text(
                json.dumps({"not_an_article": True, "why": c["why"]}, ensure_ascii=False, indent=2) + "\n",
                encoding="utf-8")
    n_art = sum(c["kind"] == "article" for c in CASES)
    print(f"{len(themes)} themes, {n_art} articles, {len(CASES) - n_art} non-articles")


if __name__ == "__main__":
    write_all()
