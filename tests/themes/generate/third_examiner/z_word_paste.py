# ruff: noqa: E501  # page markup stays on one line, as the page has it
"""z_word_paste: Liferay-6-like page whose portlet title (the section) is the
<h1> and the article title an <h2>; Word-pasted body (MsoNormal, <o:p>, a
<style> and a conditional comment in the content, &nbsp; runs), "Ngày đăng
9/1/2023 - 8:05", zero views, a site visit counter in the sidebar.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import urljoin

from ..encoders import (
    escape_attribute,
    escape_text,
    named_or_parity_numeric_entities,
    nfd_sentence_nbsp_text,
    sentence_nbsp_text,
)
from ..portal import HOST
from .articles import (
    INSPECTION_COMMITTEE_2023,
    OTHERS,
    SCHOOL_CELL_ADMISSION,
    TET_VISITS,
    Article,
    article_url,
    day_month_year,
    other_url,
)
from .cases import add_article, add_error, furniture_of

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

WORD_SPAN_OPEN = (
    '<span lang="VI" style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,serif;'
    'mso-fareast-font-family:&quot;Times New Roman&quot;;color:black">'
)
WORD_P_JUSTIFIED = '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:150%">'
WORD_P_CENTRED = '<p class="MsoNormal" align="center" style="margin-bottom:6.0pt;text-align:center;line-height:150%">'
WORD_P_RIGHT = '<p class="MsoNormal" align="right" style="margin-bottom:6.0pt;text-align:right;line-height:150%">'
WORD_EMPTY_P = '<p class="MsoNormal" style="text-align:justify"><o:p>&nbsp;</o:p></p>'


def nested_word_runs(s: str, encode: Callable) -> str:
    """Split a paragraph into sibling, nested spans at a space (Word runs)."""
    k = s.find(" ", len(s) // 2) + 1
    a, b = s[:k], s[k:]
    return (
        f'<span style="font-size:14.0pt"><span style="font-family:&quot;Times New Roman&quot;,serif">'
        f'<span style="color:#222222">{encode(a)}</span></span></span><span lang="EN-US" style="font-size:14.0pt">'
        f'<span style="mso-spacerun:yes">{encode(b)}</span></span>'
    )


def render_body(
    art: Article, encode: Callable, captions: list[Any], base: str, *, runs: bool
) -> str:
    out = [WORD_HEAD, '<div class="WordSection1">']
    for i, b in enumerate(art.blocks):
        k = b[0]
        if k in ("p", "lead"):
            inner = (
                nested_word_runs(b[1], encode) if runs else f"{WORD_SPAN_OPEN}{encode(b[1])}</span>"
            )
            if k == "lead":
                inner = f"<b>{inner}</b>"
            out.append(f"{WORD_P_JUSTIFIED}{inner}<o:p></o:p></p>")
        elif k == "img":
            src = f"/documents/20182/{art.aid}/{b[1]}"
            captions.append({"image_url": urljoin(base, src), "text": b[2]})
            out.append(WORD_EMPTY_P)
            out.append(
                f'{WORD_P_CENTRED}<span style="mso-no-proof:yes"><img width="602" height="401" src="{src}" '
                f'alt="" v:shapes="Picture_x0020_{i}"></span><o:p></o:p></p>'
            )
            out.append(
                f'{WORD_P_CENTRED}<i><span lang="VI" style="font-size:12.0pt;line-height:150%">{encode(b[2])}</span></i><o:p></o:p></p>'
            )
        else:
            raise ValueError(k)
    out.append(WORD_EMPTY_P)
    out.append(f"{WORD_P_RIGHT}<b>{WORD_SPAN_OPEN}{encode(art.author)}</span></b><o:p></o:p></p>")
    out.append("</div>")
    return "\n".join(out)


def render_page(title_html: str, column1: str, *, today: str) -> str:
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


def render_portlet(pid: str, title: str, inner: str) -> str:
    return (
        f'<section class="portlet" id="portlet_{pid}"><header class="portlet-topper"><h1 class="portlet-title">'
        f'<span class="portlet-title-text">{title}</span></h1><menu class="portlet-topper-toolbar" type="toolbar">'
        f'</menu></header>\n<div class="portlet-content"><div class="portlet-content-container"><div class="portlet-body">\n'
        f"{inner}\n</div></div></div></section>"
    )


def render_other_news_portlet() -> str:
    items = "\n".join(
        f'<li><a href="{other_url(o)}">{escape_text(o[1])}</a> <span class="date">({day_month_year(o[2])})</span></li>'
        for o in OTHERS[:5]
    )
    return render_portlet(
        "101_INSTANCE_tinkhac", "TIN KHÁC", f'<ul class="tin-khac">\n{items}\n</ul>'
    )


def render_article(
    art: Article, url: str, encode: Callable, *, runs: bool, today: str
) -> tuple[str, list[dict[str, str]], list[str]] | tuple[str, list[Any], list[str]]:
    captions: list = []
    body = render_body(art, encode, captions, url, runs=runs)
    w = art.when
    inner = f"""<div class="journal-content-article">
<div class="chitiet-tin">
<h2 class="tieude-tin">{encode(art.title)}</h2>
<div class="ngay-luotxem">Ngày đăng {w[2]}/{w[1]}/{w[0]} - {w[3]}:{w[4]:02d}&nbsp;&nbsp;&nbsp;&nbsp;Lượt xem: {f"{art.views:,}".replace(",", ".")}</div>
<div class="noidung-tin">
{body}
</div>
</div>
</div>
<div class="taglib-social-bookmarks"><span>Chia sẻ</span> <a class="social-bookmark" href="https://www.facebook.com/sharer.php?u={escape_attribute(url)}" title="Facebook">Facebook</a> <a class="social-bookmark" href="https://twitter.com/intent/tweet?url={escape_attribute(url)}" title="Twitter">Twitter</a></div>"""
    column1 = (
        render_portlet("56_INSTANCE_ctd01", "CÔNG TÁC ĐẢNG", inner)
        + "\n"
        + render_other_news_portlet()
    )
    page = render_page(encode(art.title), column1, today=today)
    furn = furniture_of(
        art,
        "TIN KHÁC",
        OTHERS[0][1],
        "THỐNG KÊ TRUY CẬP",
        "Tổng lượt truy cập",
        "Biểu quyết",
        "Twitter",
        "024.37675201",
        "MsoNormal",
        "WordDocument",
        "mso-",
    )
    return page, captions, furn


def build_z_word_paste() -> None:
    theme = "z_word_paste"
    art = SCHOOL_CELL_ADMISSION
    url = article_url(art.aid, art.title)
    page, captions, furn = render_article(
        art, url, nfd_sentence_nbsp_text, runs=False, today="Thứ Ba, 10/01/2023"
    )
    add_article(
        theme,
        "nfd_nbsp_mso",
        art=art,
        lang="vi",
        url=url,
        section="CÔNG TÁC ĐẢNG",
        page=page,
        captions=captions,
        furniture=furn,
        must_contain=[
            "Trường THCS Cầu Giấy tổ chức Lễ kết nạp đảng viên mới",
            "ket-nap-dv-thcs-cg.jpg",
        ],
        must_not_contain=["<style", "<script", OTHERS[0][1], "Tổng lượt truy cập"],
    )

    art = INSPECTION_COMMITTEE_2023
    url = article_url(art.aid, art.title)
    page, captions, furn = render_article(
        art, url, named_or_parity_numeric_entities, runs=False, today="Thứ Tư, 18/01/2023"
    )
    add_article(
        theme,
        "entities_zero_views_no_photo",
        art=art,
        lang="vi",
        url=url,
        section="CÔNG TÁC ĐẢNG",
        page=page,
        captions=captions,
        furniture=furn,
        must_contain=["Chủ động nắm tình hình", "thu nhập của cán bộ thuộc diện"],
        must_not_contain=["<style", "<script", OTHERS[0][1]],
    )

    art = TET_VISITS
    url = article_url(art.aid, art.title)
    page, captions, furn = render_article(
        art, url, sentence_nbsp_text, runs=True, today="Thứ Năm, 19/01/2023"
    )
    add_article(
        theme,
        "nested_runs_bold_lead",
        art=art,
        lang="vi",
        url=url,
        section="CÔNG TÁC ĐẢNG",
        page=page,
        captions=captions,
        furniture=furn,
        must_contain=["tham-chuc-tet-quy-mao.jpg", "8.650 suất quà"],
        must_not_contain=["<style", "<script", OTHERS[0][1]],
    )

    # non-article: page 2 of the section's asset-publisher listing
    items = "\n".join(
        f'<div class="asset-abstract"><h3 class="asset-title"><a href="{other_url(o)}">{escape_text(o[1])}</a></h3>'
        f'<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">Ngày đăng '
        f'{o[2][2]}/{o[2][1]}/{o[2][0]} - {o[2][3]}:{o[2][4]:02d}</span> <span class="metadata-entry metadata-view-count">'
        f'Lượt xem: {o[3]}</span></div><div class="asset-summary">{escape_text(o[4])}</div>'
        f'<div class="asset-more"><a href="{other_url(o)}">Xem tiếp &raquo;</a></div></div>'
        for o in OTHERS
    )
    pager = (
        '<div class="taglib-page-iterator"><div class="search-results">Hiển thị 7 - 12 trong tổng số 84 kết quả.</div>'
        '<ul class="pager lfr-pagination-buttons"><li><a href="?_101_INSTANCE_ctd01_cur=1">Đầu tiên</a></li>'
        '<li><a href="?_101_INSTANCE_ctd01_cur=1">Trước</a></li><li><a href="?_101_INSTANCE_ctd01_cur=3">Tiếp</a></li>'
        '<li><a href="?_101_INSTANCE_ctd01_cur=14">Cuối cùng</a></li></ul></div>'
    )
    column1 = render_portlet("101_INSTANCE_ctd01", "CÔNG TÁC ĐẢNG", items + "\n" + pager)
    add_error(
        theme,
        "asset_listing_page2",
        url=f"{HOST}/dang-doan-the?p_p_id=101_INSTANCE_ctd01&p_p_lifecycle=0&_101_INSTANCE_ctd01_cur=2",
        page=render_page("Công tác Đảng", column1, today="Thứ Hai, 13/02/2023"),
        why="six abstracts with dates, view counts and summaries, a pager",
    )
