# ruff: noqa: E501  # page markup stays on one line, as the page has it
"""z_aspnet_tables: Old ASP.NET portal: layout tables, <font face>, the sidebar
(dated, with view counts) first in the DOM, the title in a <span
id="ctl00_..._lblTieuDe"> (no heading element), the meta line as labels and
values in separate spans with entity-encoded labels, dd-mm-yyyy dates and
hh:mm:ss times, <base href>, entity-encoded body, <div>-only paragraphs,
<br>-split lines, captions in one-column tables.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import urljoin

from ..encoders import escape_attribute, escape_text, named_or_parity_numeric_entities
from ..portal import HOST
from .articles import (
    EXECUTIVE_COMMITTEE_36TH,
    OTHERS,
    PARTY_BADGES,
    REAL_ARTICLE,
    Article,
    article_url,
    other_url,
)
from .cases import add_article, add_error, furniture_of


def render_page(title_text_html: str, center: str, *, today: str, lang: str = "vi") -> str:
    """Sidebar first in the DOM; labels entity-encoded like the old templates."""
    side_new = "\n".join(
        f'<tr><td class="tinmoi" style="padding:3px 5px"><a href="{other_url(o)}" class="link_tinmoi">'
        f'{named_or_parity_numeric_entities(o[1])}</a><br /><font color="#888888" size="1" face="Tahoma">({o[2][2]:02d}-{o[2][1]:02d}-{o[2][0]} '
        f"{o[2][3]:02d}:{o[2][4]:02d}:00) - {named_or_parity_numeric_entities('Lượt xem')}: {o[3]}</font></td></tr>"
        for o in OTHERS[:4]
    )
    side_top = "\n".join(
        f'<tr><td style="padding:3px 5px"><img src="images/bullet.gif" width="5" height="5" alt="" /> '
        f'<a href="{other_url(o)}">{named_or_parity_numeric_entities(o[1])}</a></td></tr>'
        for o in sorted(OTHERS, key=lambda o: -o[3])[:4]
    )
    menu = " | ".join(
        f'<a href="{h}" class="menutop">{named_or_parity_numeric_entities(t)}</a>'
        for t, h in [
            ("Trang chủ", "Default.aspx"),
            ("Giới thiệu", "gioi-thieu"),
            ("Tin tức - Sự kiện", "tin-tuc"),
            ("Đảng - Đoàn thể", "dang-doan-the"),
            ("Văn bản", "van-ban"),
            ("Liên hệ", "lien-he"),
        ]
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	{named_or_parity_numeric_entities("Cổng giao tiếp điện tử quận Cầu Giấy")} :: {title_text_html}
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
<tr><td colspan="3" height="24" bgcolor="#0B4F8A"><font face="Tahoma" size="1" color="#FFFFFF">&nbsp;{named_or_parity_numeric_entities(today)}</font>
 &nbsp; <marquee scrollamount="3" width="700"><font face="Tahoma" size="1" color="#FFFF00">{named_or_parity_numeric_entities("Chào mừng kỷ niệm 25 năm Ngày thành lập quận Cầu Giấy (01/9/1997 - 01/9/2022)")}</font></marquee></td></tr>
<tr><td colspan="3"><img src="images/banner_caugiay.jpg" width="980" height="140" alt="{escape_attribute("UBND QUẬN CẦU GIẤY")}" /></td></tr>
<tr><td colspan="3" height="28" bgcolor="#D6E3F0" align="center"><font face="Arial" size="2"><b>{menu}</b></font></td></tr>
<tr>
<td width="230" valign="top" bgcolor="#F4F7FB">
 <table width="100%" border="0" cellspacing="0" cellpadding="0">
 <tr><td class="box_title" height="26" bgcolor="#0B4F8A"><font face="Arial" size="2" color="#FFFFFF"><b>&nbsp;{named_or_parity_numeric_entities("TIN MỚI NHẤT")}</b></font></td></tr>
{side_new}
 <tr><td class="box_title" height="26" bgcolor="#0B4F8A"><font face="Arial" size="2" color="#FFFFFF"><b>&nbsp;{named_or_parity_numeric_entities("TIN ĐỌC NHIỀU")}</b></font></td></tr>
{side_top}
 <tr><td align="center" style="padding:8px"><a href="http://dichvucong.hanoi.gov.vn"><img src="images/banner_dvc.jpg" width="210" height="80" alt="{escape_attribute("Dịch vụ công trực tuyến")}" /></a></td></tr>
 </table>
</td>
<td width="10">&nbsp;</td>
<td width="740" valign="top">
{center}
</td>
</tr>
<tr><td colspan="3" bgcolor="#0B4F8A" align="center" style="padding:8px"><font face="Tahoma" size="1" color="#FFFFFF">
{named_or_parity_numeric_entities("Cơ quan chủ quản: Ủy ban nhân dân quận Cầu Giấy")}<br />
{named_or_parity_numeric_entities("Địa chỉ: Số 36 phố Cầu Giấy, quận Cầu Giấy, Hà Nội - Điện thoại: 024.37675208 - Fax: 024.37675203")}<br />
{named_or_parity_numeric_entities("Ghi rõ nguồn khi phát hành lại thông tin từ website này. Giấy phép số 112/GP-TTĐT ngày 20/08/2010")}</font></td></tr>
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


def render_body(
    art: Article, encode: Callable, captions: list[Any], base: str, *, style: str
) -> str:
    """style 'div': <div>-only paragraphs and table photos (old content);
    'p': <p> paragraphs, <br>-split lines, centred photo then centred em caption."""
    font_open = '<font face="Arial" size="2">'
    out = []
    up = f"documents/20182/{art.aid // 1000}/"
    for b in art.blocks:
        k = b[0]
        if k in ("p", "lead"):
            t = encode(b[1])
            if k == "lead":
                t = f"<b>{t}</b>"
            tag = "div" if style == "div" else "p"
            out.append(f'<{tag} style="text-align: justify;">{font_open}{t}</font></{tag}>')
        elif k == "lines":
            tag = "div" if style == "div" else "p"
            out.append(
                f'<{tag} style="text-align: justify;">{font_open}'
                + "<br />\r\n".join(encode(t) for t in b[1])
                + f"</font></{tag}>"
            )
        elif k == "quote":
            out.append(
                f'<blockquote style="margin:0 0 0 30px"><div style="text-align: justify;">{font_open}{encode(b[1])}</font></div></blockquote>'
            )
        elif k == "img":
            src = up + b[1]
            captions.append({"image_url": urljoin(base, src), "text": b[2]})
            if style == "div":
                out.append(
                    f'<table width="500" border="0" align="center" cellpadding="3" cellspacing="0"><tbody>'
                    f'<tr><td><img src="{src}" width="500" height="333" border="0" alt="" /></td></tr>'
                    f'<tr><td style="text-align: center;">{font_open}<i>{encode(b[2])}</i></font></td></tr>'
                    f"</tbody></table>"
                )
            else:
                out.append(
                    f'<p align="center"><img src="{src}" width="500" height="333" border="0" alt="" /></p>'
                )
                out.append(f'<p align="center">{font_open}<em>{encode(b[2])}</em></font></p>')
        else:
            raise ValueError(k)
    out.append(f'<div align="right">{font_open}<b>{encode(art.author)}</b></font></div>')
    return "\r\n".join(out)


def render_article(
    art: Article, url: str, encode: Callable, *, style: str, today: str, sep: str
) -> tuple[str, list[dict[str, str]], list[str]]:
    captions: list = []
    body = render_body(art, encode, captions, HOST + "/", style=style)
    y, m, d, hour, minute = art.when[:5]
    views_txt = f"{art.views:,}".replace(",", ".")
    crumbs = (
        f'<a href="Default.aspx">{named_or_parity_numeric_entities("Trang chủ")}</a> &raquo; <a href="dang-doan-the">{named_or_parity_numeric_entities("Đảng - Đoàn thể")}</a>'
        f' &raquo; <a href="dang-doan-the/cong-tac-dang">{named_or_parity_numeric_entities("Công tác Đảng")}</a>'
    )
    others = "\n".join(
        f'<li><a href="{other_url(o)}">{named_or_parity_numeric_entities(o[1])}</a> <font color="#888888" size="1">'
        f"({o[2][2]:02d}-{o[2][1]:02d}-{o[2][0]})</font></li>"
        for o in OTHERS[2:6]
    )
    center = f"""<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td class="duongdan" height="24"><font face="Tahoma" size="1">{crumbs}</font></td></tr>
<tr><td><span id="ctl00_ContentPlaceHolder1_ctl00_lblTieuDe" class="tieude_chitiet"><font face="Arial" size="4" color="#0B4F8A"><b>{encode(art.title)}</b></font></span></td></tr>
<tr><td><font face="Tahoma" size="1" color="#777777"><span class="nhan">{named_or_parity_numeric_entities("Ngày đăng")}:</span> <span id="ctl00_ContentPlaceHolder1_ctl00_lblNgayDang">{d:02d}-{m:02d}-{y}</span>{sep}<span id="ctl00_ContentPlaceHolder1_ctl00_lblGioDang">{hour:02d}:{minute:02d}:00</span>
 &nbsp;|&nbsp; <span class="nhan">{named_or_parity_numeric_entities("Lượt xem")}:</span> <span id="ctl00_ContentPlaceHolder1_ctl00_lblLuotXem">{views_txt}</span></font></td></tr>
<tr><td><span id="ctl00_ContentPlaceHolder1_ctl00_lblNoiDung">{body}</span></td></tr>
<tr><td align="right"><font face="Tahoma" size="1"><a href="javascript:window.print()"><img src="images/print.gif" width="16" height="16" border="0" alt="" /> {named_or_parity_numeric_entities("Bản in")}</a> &nbsp; <a href="gui-email.aspx?id={art.aid}"><img src="images/email.gif" width="16" height="16" border="0" alt="" /> {named_or_parity_numeric_entities("Gửi email")}</a> &nbsp; <a href="#">{named_or_parity_numeric_entities("Về đầu trang")}</a></font></td></tr>
<tr><td><font face="Arial" size="2" color="#0B4F8A"><b>{named_or_parity_numeric_entities("Các tin khác")}:</b></font><ul class="tinkhac">
{others}
</ul></td></tr>
</table>"""
    page = render_page(encode(art.title), center, today=today)
    furn = furniture_of(
        art,
        OTHERS[0][1],
        OTHERS[2][1],
        OTHERS[5][1],
        "Bản in",
        "Gửi email",
        "Các tin khác",
        "TIN MỚI NHẤT",
        "024.37675208",
        "Chào mừng kỷ niệm",
        "__doPostBack",
    )
    return page, captions, furn


def build_z_aspnet_tables() -> None:
    theme = "z_aspnet_tables"
    url = article_url(REAL_ARTICLE.aid, REAL_ARTICLE.title)
    page, captions, furn = render_article(
        REAL_ARTICLE,
        url,
        named_or_parity_numeric_entities,
        style="div",
        today="Thứ Hai, 14/03/2022",
        sep=" ",
    )
    add_article(
        theme,
        "real_article_entities",
        art=REAL_ARTICLE,
        lang="vi",
        url=url,
        section="Công tác Đảng",
        page=page,
        captions=captions,
        furniture=furn,
        must_contain=["Tham dự Hội nghị có các đồng chí đại diện", "hn-bch-lan-12-01.jpg"],
        must_not_contain=[
            "__doPostBack",
            "Các tin khác",
            named_or_parity_numeric_entities(OTHERS[2][1]),
        ],
    )

    art = EXECUTIVE_COMMITTEE_36TH
    url = article_url(art.aid, art.title)
    page, captions, furn = render_article(
        art, url, escape_text, style="p", today="Thứ Năm, 05/03/2020", sep=" - "
    )
    add_article(
        theme,
        "lan36_br_lines",
        art=art,
        lang="vi",
        url=url,
        section="Công tác Đảng",
        page=page,
        captions=captions,
        furniture=furn,
        must_contain=["chống dịch như chống giặc", "hn-bch-lan-36.jpg"],
        must_not_contain=["__doPostBack", OTHERS[2][1]],
    )

    art = PARTY_BADGES
    url = article_url(art.aid, art.title)
    page, captions, furn = render_article(
        art, url, escape_text, style="div", today="Thứ Sáu, 10/02/2023", sep=" "
    )
    add_article(
        theme,
        "huy_hieu_numbered_quote",
        art=art,
        lang="vi",
        url=url,
        section="Công tác Đảng",
        page=page,
        captions=captions,
        furniture=furn,
        must_contain=[
            "Huy hiệu 70 năm tuổi Đảng: 11 đồng chí;",
            "trao-huy-hieu-dang-3-2.jpg",
            "Tôi nguyện tiếp tục giữ gìn phẩm chất",
        ],
        must_not_contain=["__doPostBack", OTHERS[2][1]],
    )

    # non-article: access denied / login at an article URL
    center = f"""<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td class="duongdan" height="24"><font face="Tahoma" size="1"><a href="Default.aspx">{named_or_parity_numeric_entities("Trang chủ")}</a> &raquo; {named_or_parity_numeric_entities("Đăng nhập")}</font></td></tr>
<tr><td><font face="Arial" size="4" color="#0B4F8A"><b>{named_or_parity_numeric_entities("ĐĂNG NHẬP HỆ THỐNG")}</b></font></td></tr>
<tr><td><div style="border:1px solid #E0B4B4;background:#FFF6F6;padding:8px"><font face="Arial" size="2" color="#9F3A38">{named_or_parity_numeric_entities("Bạn không có quyền truy cập nội dung này. Vui lòng đăng nhập bằng tài khoản được cấp để tiếp tục.")}</font></div></td></tr>
<tr><td><table border="0" cellpadding="4" cellspacing="0">
<tr><td><font face="Arial" size="2">{named_or_parity_numeric_entities("Tên đăng nhập")}:</font></td><td><input name="ctl00$ContentPlaceHolder1$txtUser" type="text" id="ctl00_ContentPlaceHolder1_txtUser" /></td></tr>
<tr><td><font face="Arial" size="2">{named_or_parity_numeric_entities("Mật khẩu")}:</font></td><td><input name="ctl00$ContentPlaceHolder1$txtPass" type="password" id="ctl00_ContentPlaceHolder1_txtPass" /></td></tr>
<tr><td></td><td><input type="submit" name="ctl00$ContentPlaceHolder1$btnLogin" value="{escape_attribute("Đăng nhập")}" /> <a href="quen-mat-khau.aspx">{named_or_parity_numeric_entities("Quên mật khẩu?")}</a></td></tr>
</table></td></tr>
</table>"""
    add_error(
        theme,
        "access_denied_login",
        url=article_url(5610990, "Thông báo kết luận của Ban Thường vụ Quận ủy về công tác cán bộ"),
        page=render_page(
            named_or_parity_numeric_entities("Đăng nhập"), center, today="Thứ Ba, 21/02/2023"
        ),
        why="login form at an article URL; sidebar has dated links with view counts",
    )

    # non-article: search results with dates and snippets
    rows = "\n".join(
        f'<tr><td style="padding:6px 0;border-bottom:1px dotted #ccc"><a href="{other_url(o)}"><font face="Arial" size="2"><b>{named_or_parity_numeric_entities(o[1])}</b></font></a><br />'
        f'<font face="Tahoma" size="1" color="#777777">{named_or_parity_numeric_entities("Ngày đăng")}: {o[2][2]:02d}-{o[2][1]:02d}-{o[2][0]} {o[2][3]:02d}:{o[2][4]:02d}:00 | {named_or_parity_numeric_entities("Lượt xem")}: {o[3]}</font><br />'
        f'<font face="Arial" size="2">{named_or_parity_numeric_entities(o[4])}</font></td></tr>'
        for o in OTHERS
    )
    center = f"""<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td class="duongdan" height="24"><font face="Tahoma" size="1"><a href="Default.aspx">{named_or_parity_numeric_entities("Trang chủ")}</a> &raquo; {named_or_parity_numeric_entities("Tìm kiếm")}</font></td></tr>
<tr><td><font face="Arial" size="3" color="#0B4F8A"><b>{named_or_parity_numeric_entities("KẾT QUẢ TÌM KIẾM")}</b></font></td></tr>
<tr><td><font face="Arial" size="2">{named_or_parity_numeric_entities("Tìm thấy 6 kết quả phù hợp với từ khóa")} <b>&quot;{named_or_parity_numeric_entities("Đảng bộ")}&quot;</b></font></td></tr>
{rows}
<tr><td align="center"><font face="Arial" size="2"><b>1</b> <a href="tim-kiem?tu-khoa=%C4%90%E1%BA%A3ng+b%E1%BB%99&amp;trang=2">2</a> <a href="tim-kiem?tu-khoa=%C4%90%E1%BA%A3ng+b%E1%BB%99&amp;trang=2">&raquo;</a></font></td></tr>
</table>"""
    add_error(
        theme,
        "search_results",
        url=f"{HOST}/tim-kiem?tu-khoa=%C4%90%E1%BA%A3ng+b%E1%BB%99",
        page=render_page(
            named_or_parity_numeric_entities("Tìm kiếm"), center, today="Thứ Ba, 21/02/2023"
        ),
        why="search results: six dated, viewed items with snippets",
    )
