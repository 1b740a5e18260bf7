"""Theme 2: x_sidebar_first
"""

from __future__ import annotations

from datetime import datetime

from ..portal import HOST
from .articles import (
    BOIDUONG,
    GAPMAT,
    KETNAP,
    KIEMTRA,
    OTHERS,
    REAL,
    SECTION,
    SOKET,
    UBKT,
    Art,
    dmy,
    en_num,
    hm,
    other_url,
    vi_num,
)
from .cases import expected_for, standard_checks, write_case
from .markup import escape_attribute, escape_text, inline

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
        f'<div class="item"><a class="item-title" href="{other_url(o, lang)}">{escape_text(o[2])}</a>'
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
                    f'data-src="{escape_attribute(img.path)}" alt="" width="{img.w}" height="{img.h}" /></td></tr>')
            if b[2]:
                rows += (f'<tr><td style="text-align: center;"><span style="font-size:12px;"><em>{escape_text(b[2])}</em>'
                         f'</span></td></tr>')
            out.append(f'<table align="center" border="0" cellpadding="1" cellspacing="1" class="image" '
                       f'style="width: 100%;"><tbody>{rows}</tbody></table>')
        elif kind == "sig":
            out.append(f'<p style="text-align: justify;"><b>{escape_text(b[1])}</b></p>')
            out.append("<p>&nbsp;</p>\n<p>&nbsp;</p>\n<p style=\"text-align: justify;\">&nbsp;</p>")
    return "\n".join(out)


def sf_article(art: Art, lang: str, *, show_time=True, show_views=True) -> str:
    L = SF_L[lang]
    same = "".join(
        f'<li><a href="{other_url(o, lang)}">{escape_text(o[2])}</a> <i>({dmy(o[3])})</i></li>' for o in OTHERS[2:6])
    main = f"""
   <div class="cat-title"><a href="{'/en' if lang == 'en' else ''}/dang-doan-the/cong-tac-dang">{SECTION}</a></div>
   <div class="news-detail">
    <h1 class="news-title">{escape_text(art.title)}</h1>
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
    <h3><a href="{a.rel('vi')}">{escape_text(a.title)}</a></h3>
    {sf_info('vi', a.when, True, a.views)}
    <p class="sapo">{escape_text(a.summary)}</p>
   </div>""" for a in [SOKET, KIEMTRA, BOIDUONG, GAPMAT])
    main = (f'\n   <div class="cat-title"><a href="/dang-doan-the/cong-tac-dang">{SECTION}</a></div>{items}\n'
            '   <div class="paging"><span class="current">1</span> <a href="?page=2">2</a> <a href="?page=3">3</a> '
            '<a href="?page=2">Trang sau »</a> <a href="?page=35">Trang cuối</a></div>')
    write_case(th, "removed_shows_listing_vi", sf_page("vi", main),
               HOST + "/dang-doan-the/-/view_content/5390017-ra-mat-mo-hinh-chi-bo-4-tot.html")
    # 5. search results
    items = "".join(f"""
   <div class="search-item">
    <h3><a href="{a.rel('vi')}">{escape_text(a.title)}</a></h3>
    <div class="search-date">{dmy(a.when)} {hm(a.when)}</div>
    <p>{escape_text(a.summary)}</p>
   </div>""" for a in [REAL, SOKET, UBKT])
    main = (f'\n   <div class="cat-title">KẾT QUẢ TÌM KIẾM</div>\n   <div class="search-summary">Tìm thấy 128 kết quả '
            f'cho từ khóa “<b>hội nghị</b>” (0,21 giây)</div>{items}\n'
            '   <div class="paging"><span class="current">1</span> <a href="?q=h%E1%BB%99i+ngh%E1%BB%8B&amp;page=2">2</a> '
            '<a href="?q=h%E1%BB%99i+ngh%E1%BB%8B&amp;page=2">Trang sau »</a></div>')
    write_case(th, "search_results_vi", sf_page("vi", main),
               HOST + "/tim-kiem?q=h%E1%BB%99i+ngh%E1%BB%8B")
