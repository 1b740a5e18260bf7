# ruff: noqa: E501  # page markup stays on one line, as the page has it
"""x_sidebar_first: "Most read" sidebar FIRST in the DOM, with the same <ul
class="news-info"> meta list as the article (date, time, views in separate
<li>s); one-column table photos with lazy images; upper-case office
signature followed by empty paragraphs; "Tin cùng chuyên mục"; comment form.
"""

from __future__ import annotations

from datetime import datetime

from ..encoders import escape_attribute, escape_text
from ..portal import HOST, Labels
from .articles import (
    CONGRESS_PREPARATION_CHECK,
    INSPECTION_COMMITTEE_2023,
    NEW_MEMBERS_COURSE_2022,
    OTHERS,
    PARTY_92ND_ANNIVERSARY,
    REAL_ARTICLE,
    SCHOOL_CELL_ADMISSION,
    SECTION,
    SIX_MONTH_REVIEW_2022,
    Article,
    day_month_year,
    en_number,
    hour_minute,
    other_url,
    vi_number,
)
from .cases import expected_for, standard_checks, write_case
from .markup import render_inline

LABELS: dict[str, Labels] = {
    "vi": {
        "date": "Ngày xuất bản:",
        "views": "Lượt đọc:",
        "most": "ĐỌC NHIỀU NHẤT",
        "cal": "LỊCH CÔNG TÁC",
        "same": "Tin cùng chuyên mục",
        "comment": "Ý kiến bạn đọc",
        "name": "Họ và tên",
        "content": "Nội dung",
        "send": "Gửi ý kiến",
        "home": "Trang chủ",
        "back": "Quay lại",
        "top": "Về đầu trang",
    },
    "en": {
        "date": "Publish date:",
        "views": "Views:",
        "most": "MOST READ",
        "cal": "WORK SCHEDULE",
        "same": "Other news in this section",
        "comment": "Readers' comments",
        "name": "Full name",
        "content": "Comment",
        "send": "Send",
        "home": "Home",
        "back": "Back",
        "top": "Back to top",
    },
}


def render_info(lang: str, d: datetime | None, show_time: bool, views: int | None) -> str:
    labels = LABELS[lang]
    lis = []
    if d is not None:
        lis.append(f'<li><i class="fa fa-calendar"></i> {labels["date"]} {day_month_year(d)}</li>')
        if show_time:
            lis.append(f'<li><i class="fa fa-clock-o"></i> {hour_minute(d)}</li>')
    if views is not None:
        lis.append(
            f'<li><i class="fa fa-eye"></i> {labels["views"]} {vi_number(views) if lang == "vi" else en_number(views)}</li>'
        )
    return '<ul class="news-info">' + "".join(lis) + "</ul>"


def render_page(lang: str, main: str) -> str:
    labels = LABELS[lang]
    most = "".join(
        f'<div class="item"><a class="item-title" href="{other_url(o, lang)}">{escape_text(o[2])}</a>'
        f'<ul class="news-info"><li><i class="fa fa-calendar"></i> {day_month_year(o[3])}</li><li><i class="fa fa-clock-o"></i> {hour_minute(o[3])}</li>'
        f'<li><i class="fa fa-eye"></i> {labels["views"]} {vi_number(o[4]) if lang == "vi" else en_number(o[4])}</li></ul></div>'
        for o in sorted(OTHERS, key=lambda o: -o[4])[:5]
    )
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
  <div class="menu"><a href="{pre}/">{labels["home"]}</a> | <a href="{pre}/gioi-thieu">Giới thiệu</a> | <a href="{pre}/tin-tuc-su-kien">Tin tức - Sự kiện</a> | <a href="{pre}/dang-doan-the">Đảng - Đoàn thể</a> | <a href="{pre}/lien-he">Liên hệ</a></div>
  <div class="marquee">Chào mừng kỷ niệm 25 năm Ngày thành lập quận Cầu Giấy (01/9/1997 - 01/9/2022)</div>
 </div>
 <div class="body-wrap">
  <div class="left-col">
   <div class="box most-read"><div class="box-title">{labels["most"]}</div>{most}</div>
   <div class="box"><div class="box-title">{labels["cal"]}</div><div class="box-content"><a href="{pre}/lich-cong-tac">Lịch công tác tuần 48 (23/11/2026 - 29/11/2026)</a></div></div>
  </div>
  <div class="main-col">{main}
  </div>
  <div class="clear"></div>
 </div>
 <div class="foot">
  <div>Bản quyền thuộc Ủy ban nhân dân quận Cầu Giấy</div>
  <div>Địa chỉ: Số 36 phố Cầu Giấy, quận Cầu Giấy, Hà Nội - ĐT: (024) 3767 2145</div>
  <div><a href="#page">{labels["top"]}</a></div>
 </div>
</div>
</body>
</html>
"""


def render_body(art: Article) -> str:
    out = []
    for b in art.blocks:
        kind = b[0]
        if kind == "p":
            out.append(f'<p style="text-align: justify;">{render_inline(b[1])}</p>')
        elif kind == "photo":
            img = b[1][0]
            rows = (
                f'<tr><td style="text-align: center;"><img class="lazy" src="/o/cg-classic-theme/images/blank.gif" '
                f'data-src="{escape_attribute(img.path)}" alt="" width="{img.width}" height="{img.height}" /></td></tr>'
            )
            if b[2]:
                rows += (
                    f'<tr><td style="text-align: center;"><span style="font-size:12px;"><em>{escape_text(b[2])}</em>'
                    f"</span></td></tr>"
                )
            out.append(
                f'<table align="center" border="0" cellpadding="1" cellspacing="1" class="image" '
                f'style="width: 100%;"><tbody>{rows}</tbody></table>'
            )
        elif kind == "sig":
            out.append(f'<p style="text-align: justify;"><b>{escape_text(b[1])}</b></p>')
            out.append('<p>&nbsp;</p>\n<p>&nbsp;</p>\n<p style="text-align: justify;">&nbsp;</p>')
    return "\n".join(out)


def render_article(
    art: Article, lang: str, *, show_time: bool = True, show_views: bool = True
) -> str:
    labels = LABELS[lang]
    same = "".join(
        f'<li><a href="{other_url(o, lang)}">{escape_text(o[2])}</a> <i>({day_month_year(o[3])})</i></li>'
        for o in OTHERS[2:6]
    )
    main = f"""
   <div class="cat-title"><a href="{"/en" if lang == "en" else ""}/dang-doan-the/cong-tac-dang">{SECTION}</a></div>
   <div class="news-detail">
    <h1 class="news-title">{escape_text(art.title)}</h1>
    {render_info(lang, art.when, show_time, art.views if show_views else None)}
    <div class="news-content">
{render_body(art)}
    </div>
    <div class="news-tools"><a href="javascript:history.back()">{labels["back"]}</a> | <a href="javascript:window.print()">In</a></div>
   </div>
   <div class="same-cat"><div class="title">{labels["same"]}</div><ul>{same}</ul></div>
   <div class="comment-box">
    <div class="title">{labels["comment"]}</div>
    <form action="/binh-luan" method="post"><input type="hidden" name="articleId" value="{art.id}" />
     <label>{labels["name"]}</label> <input name="name" type="text" /> <label>Email</label> <input name="email" type="text" />
     <label>{labels["content"]}</label> <textarea name="content"></textarea> <button type="submit">{labels["send"]}</button></form>
   </div>"""
    return render_page(lang, main)


def page_furniture(lang: str) -> list[str]:
    labels = LABELS[lang]
    return [
        labels["same"],
        labels["comment"],
        labels["most"],
        labels["send"],
        OTHERS[3][2],
        OTHERS[5][2],
        "Lịch công tác tuần 48",
        "Chào mừng kỷ niệm 25 năm",
        "3767 2145",
        "Bản quyền",
    ]


def build_x_sidebar_first() -> None:
    th = "x_sidebar_first"
    # 1. upper-case office signature followed by empty paragraphs; lazy photos in one-column tables
    page = render_article(SIX_MONTH_REVIEW_2022, "vi")
    must, body_not = standard_checks(SIX_MONTH_REVIEW_2022, furniture=page_furniture("vi"))
    write_case(
        th,
        "office_signature_vi",
        page,
        SIX_MONTH_REVIEW_2022.url("vi"),
        expected_for(SIX_MONTH_REVIEW_2022, "vi", section=True),
        must_contain=[*must, "so-ket-6-thang-ket-luan.jpg"],
        must_not_contain=["Tin cùng chuyên mục", "Ý kiến bạn đọc", "ĐỌC NHIỀU NHẤT", OTHERS[3][2]],
        body_not=body_not,
    )
    # 2. English UI; a photo without caption
    page = render_article(NEW_MEMBERS_COURSE_2022, "en")
    must, body_not = standard_checks(NEW_MEMBERS_COURSE_2022, furniture=page_furniture("en"))
    write_case(
        th,
        "uncaptioned_photo_en",
        page,
        NEW_MEMBERS_COURSE_2022.url("en"),
        expected_for(NEW_MEMBERS_COURSE_2022, "en", section=True),
        must_contain=must,
        must_not_contain=["Other news in this section", "MOST READ"],
        body_not=body_not,
    )
    # 3. only a date (no time, no view count), no signature, no photo
    page = render_article(SCHOOL_CELL_ADMISSION, "vi", show_time=False, show_views=False)
    must, body_not = standard_checks(SCHOOL_CELL_ADMISSION, furniture=page_furniture("vi"))
    write_case(
        th,
        "date_only_no_views_vi",
        page,
        SCHOOL_CELL_ADMISSION.url("vi"),
        expected_for(SCHOOL_CELL_ADMISSION, "vi", section=True, views=False, time=False),
        must_contain=must,
        must_not_contain=["Tin cùng chuyên mục", "ĐỌC NHIỀU NHẤT"],
        body_not=body_not,
    )
    # 4. a removed article's URL answering with the section listing (soft 404 showing a listing)
    items = "".join(
        f"""
   <div class="news-item">
    <a class="thumb" href="{a.rel("vi")}"><img src="/documents/20182/{a.id}/thumb.jpg" alt="" /></a>
    <h3><a href="{a.rel("vi")}">{escape_text(a.title)}</a></h3>
    {render_info("vi", a.when, True, a.views)}
    <p class="sapo">{escape_text(a.summary)}</p>
   </div>"""
        for a in [
            SIX_MONTH_REVIEW_2022,
            CONGRESS_PREPARATION_CHECK,
            NEW_MEMBERS_COURSE_2022,
            PARTY_92ND_ANNIVERSARY,
        ]
    )
    main = (
        f'\n   <div class="cat-title"><a href="/dang-doan-the/cong-tac-dang">{SECTION}</a></div>{items}\n'
        '   <div class="paging"><span class="current">1</span> <a href="?page=2">2</a> <a href="?page=3">3</a> '
        '<a href="?page=2">Trang sau »</a> <a href="?page=35">Trang cuối</a></div>'
    )
    write_case(
        th,
        "removed_shows_listing_vi",
        render_page("vi", main),
        HOST + "/dang-doan-the/-/view_content/5390017-ra-mat-mo-hinh-chi-bo-4-tot.html",
    )
    # 5. search results
    items = "".join(
        f"""
   <div class="search-item">
    <h3><a href="{a.rel("vi")}">{escape_text(a.title)}</a></h3>
    <div class="search-date">{day_month_year(a.when)} {hour_minute(a.when)}</div>
    <p>{escape_text(a.summary)}</p>
   </div>"""
        for a in [REAL_ARTICLE, SIX_MONTH_REVIEW_2022, INSPECTION_COMMITTEE_2023]
    )
    main = (
        f'\n   <div class="cat-title">KẾT QUẢ TÌM KIẾM</div>\n   <div class="search-summary">Tìm thấy 128 kết quả '
        f"cho từ khóa “<b>hội nghị</b>” (0,21 giây)</div>{items}\n"
        '   <div class="paging"><span class="current">1</span> <a href="?q=h%E1%BB%99i+ngh%E1%BB%8B&amp;page=2">2</a> '
        '<a href="?q=h%E1%BB%99i+ngh%E1%BB%8B&amp;page=2">Trang sau »</a></div>'
    )
    write_case(
        th,
        "search_results_vi",
        render_page("vi", main),
        HOST + "/tim-kiem?q=h%E1%BB%99i+ngh%E1%BB%8B",
    )
