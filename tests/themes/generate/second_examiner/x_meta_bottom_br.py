# ruff: noqa: E501  # page markup stays on one line, as the page has it
"""x_meta_bottom_br: Old layout: date and view count UNDER the article text;
body paragraphs separated by <br /><br /> in one <div>; centred <div> photos
with an <i> caption; right-aligned <div> signature.
"""

from __future__ import annotations

from datetime import datetime

from ..encoders import escape_attribute, escape_text
from ..portal import HOST, Labels
from .articles import (
    OTHERS,
    SECTION,
    Article,
    Image,
    day_month_year,
    en_number,
    hour_minute,
    other_url,
    paragraph,
    photo,
    signature,
    today_line,
    vi_number,
)
from .cases import expected_for, standard_checks, write_case

MONTHLY_BRIEFING_SEPT_2022 = Article(
    5413870,
    "thuong-truc-quan-uy-cau-giay-giao-ban-cong-tac-dang-thang-9-2022",
    "Thường trực Quận ủy Cầu Giấy giao ban công tác Đảng tháng 9/2022",
    datetime(2022, 9, 26, 16, 0),
    1311,
    [
        paragraph(
            "Chiều 26/9, Thường trực Quận ủy Cầu Giấy chủ trì Hội nghị giao ban công tác Đảng tháng 9, triển khai nhiệm "
            "vụ trọng tâm tháng 10/2022 với các đồng chí Bí thư đảng ủy, chi bộ cơ sở trực thuộc."
        ),
        paragraph(
            "Trong tháng 9, các cấp ủy đã tổ chức chu đáo các hoạt động kỷ niệm 25 năm Ngày thành lập quận; hoàn thành "
            "Đại hội chi bộ nhiệm kỳ 2022 - 2025 tại 100% chi bộ trực thuộc đảng ủy cơ sở; kết nạp 23 đảng viên mới."
        ),
        photo(
            Image("/documents/20182/5413870/giao-ban-thang-9.jpg"),
            "Đồng chí Phó Bí thư Thường trực Quận ủy phát biểu tại Hội nghị giao ban",
        ),
        paragraph(
            "Tháng 10/2022, Thường trực Quận ủy đề nghị các cấp ủy tập trung chỉ đạo thực hiện các chỉ tiêu kinh tế - xã "
            "hội quý IV; chuẩn bị nội dung Hội nghị Ban Chấp hành Đảng bộ quận lần thứ 15; tiếp tục rà soát, hoàn thiện "
            "quy hoạch cán bộ nhiệm kỳ 2025 - 2030."
        ),
        signature("HOÀI THU"),
    ],
    "Thường trực Quận ủy giao ban công tác Đảng tháng 9, triển khai nhiệm vụ tháng 10/2022.",
)

MAI_DICH_Q3_REVIEW = Article(
    5414021,
    "dang-bo-phuong-mai-dich-so-ket-cong-tac-quy-iii-nam-2021",
    "Đảng bộ phường Mai Dịch sơ kết công tác quý III năm 2021",
    datetime(2021, 10, 12, 8, 45),
    73,
    [
        paragraph(
            "Sáng 12/10, Đảng ủy phường Mai Dịch tổ chức Hội nghị sơ kết công tác lãnh đạo quý III, triển khai nhiệm vụ "
            "quý IV năm 2021. Do yêu cầu phòng, chống dịch Covid-19, Hội nghị được tổ chức với số lượng đại biểu hạn chế."
        ),
        paragraph(
            "Trong quý III, Đảng ủy đã lãnh đạo triển khai nghiêm các biện pháp phòng, chống dịch; vận động Nhân dân tiêm "
            "vắc-xin đạt tỷ lệ 98,6% người trên 18 tuổi; hỗ trợ kịp thời 1.245 lượt hộ gia đình khó khăn do ảnh hưởng của "
            "dịch bệnh."
        ),
        photo(
            Image("/documents/20182/5414021/mai-dich-so-ket-quy-3.jpg"),
            "Quang cảnh Hội nghị sơ kết quý III",
        ),
        paragraph(
            "Quý IV, Đảng ủy phường tập trung lãnh đạo hoàn thành các chỉ tiêu kinh tế - xã hội năm 2021; chuẩn bị tốt "
            "công tác kiểm điểm, đánh giá, xếp loại tổ chức đảng, đảng viên cuối năm."
        ),
        signature("ĐẢNG ỦY PHƯỜNG MAI DỊCH"),
    ],
    "Đảng ủy phường Mai Dịch sơ kết quý III, triển khai nhiệm vụ quý IV năm 2021.",
)

LABELS: dict[str, Labels] = {
    "vi": {
        "date": "Ngày đăng:",
        "views": "Lượt xem:",
        "others": "Các tin khác:",
        "tools": "In trang | Gửi email | Về đầu trang",
        "today": "Hôm nay:",
        "right": "THÔNG BÁO",
        "home": "Trang chủ",
    },
    "en": {
        "date": "Publish date:",
        "views": "View count:",
        "others": "Other news:",
        "tools": "Print | Email | Top",
        "today": "Today:",
        "right": "ANNOUNCEMENTS",
        "home": "Home",
    },
}


def render_page(lang: str, left: str) -> str:
    labels = LABELS[lang]
    pre = "/en" if lang == "en" else ""
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Cổng thông tin điện tử quận Cầu Giấy - Công tác Đảng</title>
<link href="/html/themes/caugiay/css/main.css" rel="stylesheet" type="text/css">
</head>
<body bgcolor="#ffffff" topmargin="0" leftmargin="0">
<div id="header">
 <div class="date">{labels["today"]} {today_line(lang)}</div>
 <img src="/html/themes/caugiay/images/banner.jpg" width="1000" height="150" alt="">
 <div id="menu"><a href="{pre}/">{labels["home"]}</a> :: <a href="{pre}/gioi-thieu">Giới thiệu</a> :: <a href="{pre}/dang-doan-the">Đảng - Đoàn thể</a> :: <a href="{pre}/hoi-dap">Hỏi đáp</a></div>
</div>
<div id="container">
 <div id="left">{left}
 </div>
 <div id="right">
  <div class="box-title">{labels["right"]}</div>
  <div class="box"><a href="{pre}/thong-bao/lich-tiep-cong-dan">Lịch tiếp công dân của Bí thư Quận ủy tháng 12/2026</a><br><span class="date">(25/11/2026)</span></div>
 </div>
</div>
<div id="footer">Ủy ban nhân dân quận Cầu Giấy - 36 Cầu Giấy, Hà Nội - Điện thoại: 024.3767.2145<br>Ghi rõ nguồn "Cổng thông tin điện tử quận Cầu Giấy" khi phát hành lại thông tin từ website này.</div>
</body>
</html>
"""


def render_body(art: Article, br: bool) -> str:
    out = []
    for b in art.blocks:
        kind = b[0]
        if kind == "p":
            out.append(
                f"{escape_text(b[1])}<br /><br />"
                if br
                else f'<p align="justify">{escape_text(b[1])}</p>'
            )
        elif kind == "photo":
            img = b[1][0]
            out.append(
                f'<div style="text-align: center;"><img border="0" src="{escape_attribute(img.path)}" width="500"></div>'
                f'<div style="text-align: center;"><i>{escape_text(b[2])}</i></div>'
                + ("<br />" if br else "")
            )
        elif kind == "sig":
            out.append(f'<div align="right"><b>{escape_text(b[1])}</b></div>')
    return "\n".join(out)


def render_article(art: Article, lang: str, br: bool) -> str:
    labels = LABELS[lang]
    assert art.views is not None, "a page that shows views needs a count"
    num = vi_number(art.views) if lang == "vi" else en_number(art.views)
    others = "".join(
        f'<li><a href="{other_url(o, lang)}">{escape_text(o[2])}</a> <span class="date">({day_month_year(o[3])})</span></li>'
        for o in OTHERS[:5]
    )
    left = f"""
  <div class="cat">{SECTION}</div>
  <div class="detail">
   <h2 class="title">{escape_text(art.title)}</h2>
   <div class="content">
{render_body(art, br)}
   </div>
   <div class="info">{labels["date"]} {day_month_year(art.when)} {hour_minute(art.when)} | {labels["views"]} {num}</div>
   <div class="tools">{labels["tools"]}</div>
  </div>
  <div class="other"><b>{labels["others"]}</b><ul>{others}</ul></div>"""
    return render_page(lang, left)


def build_x_meta_bottom_br() -> None:
    th = "x_meta_bottom_br"
    fur = [
        LABELS["vi"]["others"],
        LABELS["vi"]["tools"],
        "Lịch tiếp công dân",
        today_line("vi"),
        OTHERS[0][2],
        "Ghi rõ nguồn",
        "024.3767.2145",
        "Ngày đăng",
        "Lượt xem",
    ]
    # 1. meta line after the body; paragraphs separated by <br /><br /> in one <div>
    must, body_not = standard_checks(MONTHLY_BRIEFING_SEPT_2022, furniture=fur)
    write_case(
        th,
        "br_paragraphs_meta_below_vi",
        render_article(MONTHLY_BRIEFING_SEPT_2022, "vi", br=True),
        MONTHLY_BRIEFING_SEPT_2022.url("vi"),
        expected_for(MONTHLY_BRIEFING_SEPT_2022, "vi", section=True),
        must_contain=must,
        must_not_contain=["Các tin khác", "In trang"],
        body_not=body_not,
    )
    # 2. English UI, meta line after a <p> body
    fur = [
        LABELS["en"]["others"],
        LABELS["en"]["tools"],
        "Lịch tiếp công dân",
        today_line("en"),
        OTHERS[1][2],
        "Ghi rõ nguồn",
        "Publish date",
        "View count",
    ]
    must, body_not = standard_checks(MAI_DICH_Q3_REVIEW, furniture=fur)
    write_case(
        th,
        "meta_below_en",
        render_article(MAI_DICH_Q3_REVIEW, "en", br=False),
        MAI_DICH_Q3_REVIEW.url("en"),
        expected_for(MAI_DICH_Q3_REVIEW, "en", section=True),
        must_contain=must,
        must_not_contain=["Other news"],
        body_not=body_not,
    )
    # 3. section page at an article URL saying the content is being updated (no title, no date)
    left = (
        f'\n  <div class="cat">{SECTION}</div>\n  <div class="detail"><div class="content">'
        '<i>Nội dung đang được cập nhật.</i></div></div>\n  <div class="other"><b>Các tin khác:</b><ul>'
        + "".join(
            f'<li><a href="{other_url(o)}">{escape_text(o[2])}</a> <span class="date">({day_month_year(o[3])})</span></li>'
            for o in OTHERS[:5]
        )
        + "</ul></div>"
    )
    write_case(
        th,
        "being_updated_vi",
        render_page("vi", left),
        HOST + "/dang-doan-the/-/view_content/5385566-so-ket-cong-tac-quy-i.html",
    )
