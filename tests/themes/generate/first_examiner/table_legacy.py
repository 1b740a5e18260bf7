# ruff: noqa: E501  # page markup stays on one line, as the page has it
"""The table_legacy theme.

An old (2008-style) table layout: nested <table>s, <font>, <b>, no
heading elements at all, every Vietnamese letter stored as a numeric or
named entity (&#7871; &#x1EA3; &agrave;); the section name only as the
last breadcrumb item ("Công tác Đảng" as shown); the title a
<font size=4><b>; body text runs separated by <br><br> inside one
<div align=justify>; photos in one-column tables with the caption in the
next row; signature right-aligned with align="right"; left column with
dated items before the article, right column "Đọc nhiều nhất" with view
counts; javascript: links for print / e-mail / back.
"""

from __future__ import annotations

from ..encoders import positional_numeric_entities
from ..portal import HOST
from .body import render_body_br
from .cases import article_case, error_case
from .site import ADDRESS_VI, OTHERS, PHONE, other_url
from .stories import (
    REAL_CAPTION_1,
    REAL_CAPTION_2,
    REAL_PARAS,
    Photo,
    Story,
    real_story,
    story_bao_cao_vien,
    story_sinh_hoat,
)

as_entities = positional_numeric_entities


def render_page(page_title: str, crumb_last: str | None, main_rows: str) -> str:
    menu = " | ".join(
        f'<a href="/default.aspx?tabid={i}"><font color="#FFFFFF">{as_entities(m)}</font></a>'
        for i, m in enumerate(
            [
                "Trang chủ",
                "Giới thiệu",
                "Tin tức - Sự kiện",
                "Đảng - Đoàn thể",
                "Văn bản pháp quy",
                "Thủ tục hành chính",
                "Liên hệ",
            ]
        )
    )
    left = "\n".join(
        f'<tr><td><img src="/images/bullet.gif"> <a href="{other_url(i, en=(i == 2))}"><font size="2">{as_entities(OTHERS[i][2])}'
        f'</font></a><br><font size="1" color="#999999">({OTHERS[i][3]})</font></td></tr>'
        for i in (0, 1, 2, 3)
    )
    right = "\n".join(
        f'<tr><td><a href="{other_url(i)}"><font size="2">{as_entities(OTHERS[i][2])}</font></a><br>'
        f'<font size="1" color="#999999">{as_entities("Ngày đăng")}: {OTHERS[i][3]} | {as_entities("Lượt xem")}: {OTHERS[i][4]}</font></td></tr>'
        for i in (4, 5, 9)
    )
    crumbs = ""
    if crumb_last:
        crumbs = (
            f'<tr><td><font face="Arial" size="1" color="#666666"><a href="/">{as_entities("Trang chủ")}</a> &raquo; '
            f'<a href="/dang-doan-the">{as_entities("Đảng - Đoàn thể")}</a> &raquo; '
            f'<a href="/dang-doan-the/cong-tac-dang">{as_entities(crumb_last)}</a></font></td></tr>'
        )
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>UBND QUAN CAU GIAY :: {as_entities(page_title)}</title>
<link rel="stylesheet" href="/css/style.css" type="text/css">
<script language="javascript" src="/js/menu.js"></script>
<script language="javascript">
function openWin(u){{ window.open(u,'','width=600,height=450,scrollbars=yes'); }}
function startClock(){{ document.getElementById('clock').innerHTML = new Date().toLocaleString(); }}
</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onload="startClock()">
<table width="980" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="3"><img src="/images/banner-caugiay.jpg" width="980" height="150" alt="{as_entities("Cổng thông tin điện tử quận Cầu Giấy")}"></td></tr>
<tr><td colspan="3" bgcolor="#B30000" height="28"><font face="Arial" size="2"><b>&nbsp;{menu}</b></font> <span id="clock"></span></td></tr>
<tr>
<td width="200" valign="top" bgcolor="#F4F4F4">
<table width="100%" border="0" cellpadding="4" cellspacing="0">
<tr><td bgcolor="#B30000"><font face="Arial" size="2" color="#FFFFFF"><b>{as_entities("TIN NỔI BẬT")}</b></font></td></tr>
{left}
<tr><td bgcolor="#B30000"><font face="Arial" size="2" color="#FFFFFF"><b>{as_entities("THĂM DÒ Ý KIẾN")}</b></font></td></tr>
<tr><td><font size="2">{as_entities("Bạn đánh giá thế nào về giao diện mới?")}</font><br><input type="radio" name="bc"> {as_entities("Đẹp")}<br><input type="radio" name="bc"> {as_entities("Bình thường")}<br><input type="button" value="{as_entities("Biểu quyết")}" onclick="openWin('/poll.aspx')"></td></tr>
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
<tr><td bgcolor="#B30000"><font face="Arial" size="2" color="#FFFFFF"><b>{as_entities("ĐỌC NHIỀU NHẤT")}</b></font></td></tr>
{right}
</table>
</td>
</tr>
<tr><td colspan="3" bgcolor="#B30000" align="center"><font face="Arial" size="1" color="#FFFFFF">
{as_entities("Bản quyền thuộc Ủy ban nhân dân quận Cầu Giấy")}<br>
{as_entities("Địa chỉ: " + ADDRESS_VI)}<br>
{as_entities("Điện thoại")}: {PHONE} - Fax: 024.37.564.543
</font></td></tr>
</table>
</body>
</html>
"""


def render_article(story: Story, url: str, meta_text: str) -> str:
    body = render_body_br(story, as_entities, url)
    khac = "<br>\n".join(
        f'&middot; <a href="{other_url(i)}">{as_entities(OTHERS[i][2])}</a> <font size="1" color="#999999">({OTHERS[i][3]})</font>'
        for i in (6, 7, 8)
    )
    rows = f"""<tr><td><font face="Arial" size="4" color="#00529B"><b>{as_entities(story.title)}</b></font></td></tr>
<tr><td><font face="Arial" size="1" color="#666666"><i>{meta_text}</i></font></td></tr>
<tr><td><font face="Arial" size="2"><div align="justify">
{body}
</div></font></td></tr>
<tr><td align="right"><font size="1"><a href="javascript:window.print()"><img src="/images/print.gif" border="0"> {as_entities("In trang")}</a> &nbsp;
<a href="javascript:openWin('/sendmail.aspx?id={story.article_id}')"><img src="/images/email.gif" border="0"> {as_entities("Gửi email")}</a> &nbsp;
<a href="javascript:history.back()">{as_entities("Quay lại")}</a></font></td></tr>
<tr><td><hr size="1" color="#CCCCCC"><font face="Arial" size="2"><b>{as_entities("Các tin khác")}:</b><br>
{khac}
</font></td></tr>"""
    return render_page(story.title, "Công tác Đảng", rows)


def build_table_legacy() -> None:
    theme = "table_legacy"
    common = [
        "TIN NỔI BẬT",
        "THĂM DÒ Ý KIẾN",
        "Biểu quyết",
        "ĐỌC NHIỀU NHẤT",
        "Các tin khác",
        "In trang",
        "Gửi email",
        "Quay lại",
        "Văn bản pháp quy",
        "Thủ tục hành chính",
        ADDRESS_VI,
        "Bản quyền",
        "Ngày đăng",
        "Lượt xem",
        "Công tác Đảng",
        "openWin",
        "startClock",
        "Fax",
    ]
    others = [OTHERS[i][2] for i in (0, 3, 4, 6, 8)]
    html_not = [
        "<script",
        "onclick=",
        "onload=",
        "Các tin khác",
        "In trang",
        "Lượt xem",
        OTHERS[6][2],
    ]

    # 1. the real article again, every letter an entity, photos in tables,
    #    relative "../../../" image paths, right-aligned upper-case signature
    real = real_story(
        Photo("../../../Uploads/images/2022/01/07/hn12_1.jpg", REAL_CAPTION_1, "table"),
        Photo("../../../Uploads/images/2022/01/07/hn12_2.jpg", REAL_CAPTION_2, "table"),
        "align_right_div",
    )
    url = HOST + real.path(en=False)
    meta = (
        as_entities("Ngày đăng")
        + ":&nbsp;07/01/2022&nbsp;15:27&nbsp;|&nbsp;"
        + as_entities("Lượt xem")
        + ":&nbsp;171"
    )
    article_case(
        theme,
        "real_article_entities",
        real,
        url=url,
        lang="vi",
        section="Công tác Đảng",
        view_count=171,
        page=render_article(real, url, meta),
        not_in_body=common + others,
        html_must_contain=["hn12_1.jpg", "hn12_2.jpg", " ".join(REAL_PARAS[1].split()[1:5])],
        html_must_not_contain=html_not,
    )

    # 2. date without leading zeros ("1/4/2019"), " - " between date and
    #    time, 2.048 views, right-aligned name as signature
    s = story_bao_cao_vien(
        Photo(
            "/Uploads/images/2019/04/bcv-thang-4.jpg",
            "Báo cáo viên Thành ủy thông tin tại Hội nghị",
            "table",
        )
    )
    url = HOST + s.path(en=False)
    meta = as_entities("Ngày đăng") + ": 1/4/2019 - 16:20 | " + as_entities("Lượt xem") + ": 2.048"
    article_case(
        theme,
        "short_date_name_signature",
        s,
        url=url,
        lang="vi",
        section="Công tác Đảng",
        view_count=2048,
        page=render_article(s, url, meta),
        not_in_body=common + others,
        html_must_contain=["bcv-thang-4.jpg", " ".join(s.items[1].split()[1:5])],
        html_must_not_contain=html_not,
    )

    # 3. no view count, photo table without a caption row, no signature
    s = story_sinh_hoat(
        Photo("/Uploads/images/2018/11/sinh-hoat-chuyen-de-kdc3.jpg", None, "table_nocap")
    )
    url = HOST + s.path(en=False)
    meta = as_entities("Ngày đăng") + ": 20/11/2018 09:00"
    article_case(
        theme,
        "no_views_no_signature",
        s,
        url=url,
        lang="vi",
        section="Công tác Đảng",
        view_count=None,
        page=render_article(s, url, meta),
        not_in_body=common + others,
        html_must_contain=["sinh-hoat-chuyen-de-kdc3.jpg", " ".join(s.items[1].split()[1:5])],
        html_must_not_contain=html_not,
    )

    # non-articles: listing (page 3) and the old CMS's error message
    rows = "\n".join(
        f'<tr><td><img src="/images/bullet.gif"> <a href="{other_url(i)}"><font face="Arial" size="2"><b>{as_entities(title)}</b>'
        f'</font></a> <font size="1" color="#999999">({date})</font><br><font face="Arial" size="2">'
        f"{as_entities(title + '. Tham dự có đại diện lãnh đạo Quận ủy.')}</font></td></tr>"
        for i, (aid, slug, title, date, views) in enumerate(OTHERS)
    )
    rows += (
        '\n<tr><td align="center"><font size="2"><a href="?page=2">&laquo;</a> <a href="?page=1">1</a> '
        '<a href="?page=2">2</a> <b>3</b> <a href="?page=4">4</a> <a href="?page=4">&raquo;</a></font></td></tr>'
    )
    error_case(
        theme,
        "listing_page3",
        HOST + "/cong-tac-dang?page=3",
        render_page("Công tác Đảng", "Công tác Đảng", rows),
    )
    err = (
        f'<tr><td align="center"><br><br><font face="Arial" size="3" color="#FF0000"><b>'
        f"{as_entities('Bài viết không tồn tại hoặc đã bị xóa!')}</b></font><br><br>"
        f'<a href="javascript:history.back()"><font size="2">{as_entities("Quay lại")}</font></a><br><br></td></tr>'
    )
    error_case(
        theme,
        "article_not_exist",
        HOST + "/dang-doan-the/-/view_content/4700001-bai-cu.html",
        render_page("Thông báo", None, err),
    )
