# ruff: noqa: E501  # page markup stays on one line, as the page has it
"""x_liferay7_clay: Liferay 7 / Clay asset publisher: section as portlet title,
title in h3.component-title, view count BEFORE the date, labels in
<strong>/<label>, icon fonts, print link, tags, related list reusing the
title class, sidebar after.
"""

from __future__ import annotations

from ..encoders import escape_attribute, escape_text
from ..portal import HOST, Labels
from .articles import (
    CENTRAL_CONFERENCE_4_CONCLUSION,
    CONGRESS_PREPARATION_CHECK,
    OTHERS,
    PARTY_92ND_ANNIVERSARY,
    PARTY_BADGES_2023,
    REAL_ARTICLE,
    SECTION,
    Article,
    day_month_year,
    en_number,
    hour_minute,
    other_url,
    today_line,
    vi_number,
)
from .cases import expected_for, standard_checks, write_case
from .markup import render_inline

LABELS: dict[str, Labels] = {
    "vi": {
        "views": "Lượt xem:",
        "date": "Ngày đăng:",
        "print": "Phiên bản in",
        "share": "Chia sẻ:",
        "tags": "Từ khóa:",
        "related": "Tin cùng chuyên mục",
        "most": "Tin đọc nhiều",
        "links": "Liên kết website",
        "home": "Trang chủ",
        "party": "Đảng - Đoàn thể",
        "skip": "Chuyển đến nội dung chính",
        "more": "Xem tiếp »",
        "results": "Hiển thị {a} - {b} trên {n} kết quả",
        "prev": "« Trước",
        "next": "Sau »",
    },
    "en": {
        "views": "Views:",
        "date": "Publish date:",
        "print": "Print version",
        "share": "Share:",
        "tags": "Tags:",
        "related": "Related news",
        "most": "Most read",
        "links": "Website links",
        "home": "Home",
        "party": "Party - Mass organisations",
        "skip": "Skip to main content",
        "more": "Read more »",
        "results": "Showing {a} - {b} of {n} results",
        "prev": "« Previous",
        "next": "Next »",
    },
}


def render_sidebar(lang: str) -> str:
    labels = LABELS[lang]
    items = []
    for o in OTHERS[1:5]:
        num = vi_number(o[4]) if lang == "vi" else en_number(o[4])
        items.append(f"""
      <div class="most-read-item media">
       <div class="media-body"><a class="title" href="{other_url(o, lang)}">{escape_text(o[2])}</a>
        <div class="metadata"><span class="taglib-text"><i class="icon-calendar"></i> {day_month_year(o[3])}</span>
        <span class="taglib-text"><i class="icon-eye-open"></i> {labels["views"]} {num}</span></div></div>
      </div>""")
    return f"""
   <div class="portlet-boundary portlet-boundary_mostread_WAR_caugiayportlet_">
    <section class="portlet"><header class="portlet-topper"><h2 class="portlet-title-text">{labels["most"]}</h2></header>
     <div class="portlet-content">{"".join(items)}
     </div></section></div>
   <div class="portlet-boundary portlet-boundary_weblinks_WAR_caugiayportlet_">
    <section class="portlet"><header class="portlet-topper"><h2 class="portlet-title-text">{labels["links"]}</h2></header>
     <div class="portlet-content"><select class="form-control" onchange="window.open(this.value)">
      <option value="">-- {labels["links"]} --</option><option value="https://hanoi.gov.vn">Cổng giao tiếp điện tử Hà Nội</option>
      <option value="https://dangcongsan.vn">Báo điện tử Đảng Cộng sản Việt Nam</option></select></div></section></div>"""


def render_page(lang: str, head_title: str, main: str, crumbs: list[tuple[str, str | None]]) -> str:
    labels = LABELS[lang]
    crumb_html = "".join(
        f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{h}"><span class="breadcrumb-text-truncate">{escape_text(t)}</span></a></li>'
        if h
        else f'<li class="active breadcrumb-item"><span class="breadcrumb-text-truncate">{escape_text(t)}</span></li>'
        for t, h in crumbs
    )
    pre = "/en" if lang == "en" else ""
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="{"vi-VN" if lang == "vi" else "en-US"}">
<head>
<title>{escape_text(head_title)} - Cổng thông tin điện tử quận Cầu Giấy</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta property="og:site_name" content="Cổng thông tin điện tử quận Cầu Giấy" />
<meta property="og:title" content="Cổng thông tin điện tử quận Cầu Giấy" />
<link href="/o/caugiay-clay-theme/images/favicon.ico" rel="icon" />
<link class="lfr-css-file" href="/o/caugiay-clay-theme/css/clay.css?browserId=other&amp;themeId=caugiayclay_WAR_caugiayclaytheme&amp;languageId={"vi_VN" if lang == "vi" else "en_US"}" rel="stylesheet" type="text/css" />
<script type="text/javascript">
// <![CDATA[
var themeDisplay = Liferay.ThemeDisplay = {{ getLanguageId: function() {{ return "{"vi_VN" if lang == "vi" else "en_US"}"; }}, getPortalURL: function() {{ return "{HOST}"; }} }};
// ]]>
</script>
</head>
<body class="controls-visible has-control-menu signed-out public-page site">
<nav aria-label="Quick Links" class="quick-access-nav"><a href="#main-content">{labels["skip"]}</a></nav>
<div class="container-fluid" id="wrapper">
 <header id="banner" role="banner">
  <div class="top-bar d-flex">
   <span class="top-date"><i class="icon-time"></i> {today_line(lang)}</span>
   <span class="hotline"><i class="icon-phone"></i> Đường dây nóng: 024.3767.2145</span>
   <div class="lang-switch"><a href="/" lang="vi-VN"><span class="taglib-text">Tiếng Việt</span></a> | <a href="/en" lang="en-US"><span class="taglib-text">English</span></a></div>
  </div>
  <div class="navbar-header">
   <a class="logo custom-logo" href="{pre}/" title="Cổng thông tin điện tử quận Cầu Giấy"><img alt="" height="90" src="/o/caugiay-clay-theme/images/logo.png" width="90" /></a>
   <div class="site-title"><span class="line-1">ỦY BAN NHÂN DÂN QUẬN CẦU GIẤY</span><span class="line-2">CỔNG THÔNG TIN ĐIỆN TỬ</span></div>
  </div>
  <nav class="sort-pages modify-pages" id="navigation" role="navigation">
   <ul aria-label="Site Pages" role="menubar">
    <li><a href="{pre}/" role="menuitem"><span>{labels["home"]}</span></a></li>
    <li><a href="{pre}/gioi-thieu" role="menuitem"><span>Giới thiệu</span></a></li>
    <li><a href="{pre}/tin-tuc-su-kien" role="menuitem"><span>Tin tức - Sự kiện</span></a></li>
    <li class="selected"><a href="{pre}/dang-doan-the" role="menuitem"><span>{labels["party"]}</span></a></li>
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
    <div class="col-md-4 portlet-column portlet-column-last" id="column-2">{render_sidebar(lang)}
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


def render_portlet(lang: str, inner: str) -> str:
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


NEW_TAB = ' target="_blank"'


def render_body(art: Article, lang: str, variant: str) -> str:
    out = []
    for b in art.blocks:
        kind = b[0]
        if kind == "p":
            out.append(
                f'<p style="text-align: justify;">{render_inline(b[1], link_extra=NEW_TAB)}</p>'
            )
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{render_inline(i)}</li>" for i in b[1]) + "</ul>")
        elif kind == "quote":
            out.append(f"<blockquote><p><em>{render_inline(b[1])}</em></p></blockquote>")
        elif kind == "photo":
            imgs, cap = b[1], b[2]
            if variant == "wrap":  # caption in a <p> inside the same wrapper as the image
                img = imgs[0]
                out.append(
                    f'<div class="image-box" style="text-align: center;"><img alt="" src="{escape_attribute(img.path)}" '
                    f'style="width: {img.width}px; height: {img.height}px;" />'
                    f'<p style="text-align: center;"><em>{escape_text(cap)}</em></p></div>'
                )
            elif variant == "figure":
                img = imgs[0]
                out.append(
                    f'<figure class="image" style="text-align: center;"><img alt="{escape_attribute(cap)}" src="{escape_attribute(img.path)}" '
                    f'width="{img.width}" height="{img.height}" onerror="this.src=\'/o/caugiay-clay-theme/images/no-image.png\'" />'
                    f"<figcaption>{escape_text(cap)}</figcaption></figure>"
                )
            else:  # gallery: linked images side by side, caption in the next centred <p>
                links = "&nbsp;".join(
                    f'<a href="{escape_attribute(i.big)}" target="_blank"><img alt="" height="{i.height}" width="{i.width}" src="{escape_attribute(i.path)}" '
                    f'srcset="{escape_attribute(i.path)} 1x, {escape_attribute(i.big)} 2x" /></a>'
                    for i in imgs
                )
                out.append(f'<p style="text-align: center;">{links}</p>')
                out.append(
                    f'<p style="text-align: center;"><span style="font-size:12px;"><em>{escape_text(cap)}</em></span></p>'
                )
        elif kind == "sig":
            if b[1].isupper():
                out.append(
                    f'<p style="text-align: justify;"><strong>{escape_text(b[1])}</strong></p>'
                )
            else:
                out.append(
                    f'<p style="text-align: right;"><em><strong>{escape_text(b[1])}</strong></em></p>'
                )
        if variant == "figure" and kind == "quote":
            out.append(
                '<script type="text/javascript">document.write(\'<div class="ad-slot"></div>\');</script>'
            )
    return "\n".join(out)


def render_article(art: Article, lang: str, variant: str, views_label_tag: str) -> str:
    labels = LABELS[lang]
    assert art.views is not None, "a page that shows views needs a count"
    num = vi_number(art.views) if lang == "vi" else en_number(art.views)
    related = "".join(
        f'<li><a href="{other_url(o, lang)}">{escape_text(o[2])}</a> <span class="text-muted">({day_month_year(o[3])})</span></li>'
        for o in OTHERS[:4]
    )
    t = views_label_tag
    inner = f"""
         <div class="asset-full-content clearfix show-asset-title">
          <div class="asset-actions lfr-meta-actions pull-right">
           <a class="lfr-icon-item taglib-icon" href="{art.rel(lang)}?p_p_state=pop_up&amp;p_p_mode=print" title="{labels["print"]}"><i class="icon-print"></i> <span class="taglib-text">{labels["print"]}</span></a>
          </div>
          <h3 class="component-title"><span class="asset-title-text">{escape_text(art.title)}</span></h3>
          <div class="lfr-meta-actions asset-metadata">
           <span class="metadata-entry metadata-view-count"><span class="taglib-text"><i class="icon-eye-open"></i> <{t}>{labels["views"]}</{t}> {num}</span></span>
           <span class="metadata-entry metadata-publish-date"><span class="taglib-text"><i class="icon-calendar"></i> <{t}>{labels["date"]}</{t}> {day_month_year(art.when)} {hour_minute(art.when)}</span></span>
          </div>
          <div class="asset-content">
           <div class="journal-content-article" data-analytics-asset-id="{art.id}" data-analytics-asset-title="{escape_attribute(art.title)}" data-analytics-asset-type="web-content">
{render_body(art, lang, variant)}
           </div>
          </div>
          <div class="asset-links social-bookmarks">
           <span class="taglib-text">{labels["share"]}</span>
           <a class="btn btn-sm" href="https://www.facebook.com/sharer/sharer.php?u={HOST}{art.rel(lang)}" onclick="window.open(this.href, 'fb', 'width=600,height=400'); return false;">Facebook</a>
           <a class="btn btn-sm" href="https://twitter.com/intent/tweet?url={HOST}{art.rel(lang)}">Twitter</a>
           <a class="btn btn-sm" href="https://sp.zalo.me/share_to_zalo?u={HOST}{art.rel(lang)}">Zalo</a>
          </div>
          <div class="taglib-asset-tags-summary"><span class="taglib-text">{labels["tags"]}</span>
           <a class="badge badge-default" href="/tags/hoi-nghi">hội nghị</a> <a class="badge badge-default" href="/tags/quan-uy">quận ủy</a></div>
          <div class="asset-related-assets">
           <h4 class="component-title">{labels["related"]}</h4>
           <ul class="list-unstyled">{related}</ul>
          </div>
         </div>"""
    crumbs = [
        (labels["home"], ("/en" if lang == "en" else "") + "/"),
        (labels["party"], ("/en" if lang == "en" else "") + "/dang-doan-the"),
        ("Công tác Đảng", ("/en" if lang == "en" else "") + "/dang-doan-the/cong-tac-dang"),
        (art.title, None),
    ]
    return render_page(lang, art.title, render_portlet(lang, inner), crumbs)


def page_furniture(lang: str) -> list[str]:
    labels = LABELS[lang]
    return [
        labels["related"],
        labels["most"],
        labels["print"],
        labels["share"].rstrip(":"),
        labels["tags"],
        OTHERS[0][2],
        OTHERS[1][2],
        "024.3767.2145",
        today_line(lang),
        "Facebook",
    ]


def build_x_liferay7_clay() -> None:
    th = "x_liferay7_clay"
    # 1. the real article, Vietnamese UI, photos with the caption inside the image wrapper
    page = render_article(REAL_ARTICLE, "vi", "wrap", "strong")
    must, body_not = standard_checks(REAL_ARTICLE, furniture=page_furniture("vi"))
    write_case(
        th,
        "real_article_vi",
        page,
        REAL_ARTICLE.url("vi"),
        expected_for(REAL_ARTICLE, "vi", section=True),
        must_contain=[*must, "04 chỉ tiêu về công tác xây dựng Đảng"],
        must_not_contain=["Tin cùng chuyên mục", "Tin đọc nhiều", "<script"],
        body_not=body_not,
    )
    # 2. English UI: labels as <label>, inline links, list, blockquote, figure, script + onerror in body
    page = render_article(CENTRAL_CONFERENCE_4_CONCLUSION, "en", "figure", "label")
    must, body_not = standard_checks(
        CENTRAL_CONFERENCE_4_CONCLUSION, furniture=page_furniture("en")
    )
    write_case(
        th,
        "links_list_quote_en",
        page,
        CENTRAL_CONFERENCE_4_CONCLUSION.url("en"),
        expected_for(CENTRAL_CONFERENCE_4_CONCLUSION, "en", section=True),
        must_contain=[
            *must,
            "Kết luận số 21-KL/TW",
            "bốn nhóm nhiệm vụ trọng tâm",
            "trên trước, dưới sau",
            "kiểm soát quyền lực trong công tác cán bộ",
        ],
        must_not_contain=["<script", "onerror", "document.write", "Related news", "Most read"],
        body_not=[*body_not, "document.write", "ad-slot"],
    )
    # 3. a pair of linked photos in one paragraph with one caption; a photo right before the signature
    page = render_article(PARTY_BADGES_2023, "vi", "gallery", "strong")
    must, body_not = standard_checks(PARTY_BADGES_2023, furniture=page_furniture("vi"))
    write_case(
        th,
        "gallery_pair_vi",
        page,
        PARTY_BADGES_2023.url("vi"),
        expected_for(PARTY_BADGES_2023, "vi", section=True),
        must_contain=[*must, "trao-huy-hieu-2-340.jpg"],
        must_not_contain=["Tin cùng chuyên mục", "Tin đọc nhiều"],
        body_not=body_not,
    )
    # 4. listing page of the asset publisher (not an article)
    labels = LABELS["vi"]
    listed = [
        REAL_ARTICLE,
        CENTRAL_CONFERENCE_4_CONCLUSION,
        PARTY_92ND_ANNIVERSARY,
        PARTY_BADGES_2023,
        CONGRESS_PREPARATION_CHECK,
    ]
    items = [
        f"""
          <div class="asset-abstract">
           <div class="lfr-meta-actions asset-actions"></div>
           <h3 class="asset-title"><a href="{a.rel("vi")}">{escape_text(a.title)}</a></h3>
           <div class="asset-metadata"><span class="taglib-text"><i class="icon-eye-open"></i> <strong>{labels["views"]}</strong> {vi_number(a.views or 0)}</span>
            <span class="taglib-text"><i class="icon-calendar"></i> <strong>{labels["date"]}</strong> {day_month_year(a.when)} {hour_minute(a.when)}</span></div>
           <div class="asset-summary"><div class="asset-small-image"><img alt="" class="asset-small-image img-thumbnail" src="/documents/20182/{a.id}/thumb.jpg" width="150" /></div>
            <p>{escape_text(a.summary)}</p></div>
           <div class="asset-more"><a href="{a.rel("vi")}">{labels["more"]}</a></div>
          </div>"""
        for a in listed
    ]
    pager = (
        f'<div class="taglib-page-iterator"><div class="lfr-pagination"><ul class="pagination">'
        f'<li class="page-item"><a class="page-link" href="?cur=1">{labels["prev"]}</a></li>'
        + "".join(
            f'<li class="page-item{" active" if i == 2 else ""}"><a class="page-link" href="?cur={i}">{i}</a></li>'
            for i in range(1, 6)
        )
        + f'<li class="page-item"><a class="page-link" href="?cur=3">{labels["next"]}</a></li></ul>'
        f'<small class="search-results">{labels["results"].format(a=6, b=10, n=347)}</small></div></div>'
    )
    page = render_page(
        "vi",
        "Công tác Đảng",
        render_portlet("vi", "".join(items) + pager),
        [(labels["home"], "/"), (labels["party"], "/dang-doan-the"), ("Công tác Đảng", None)],
    )
    write_case(
        th,
        "listing_vi",
        page,
        HOST
        + "/dang-doan-the/cong-tac-dang?p_p_id=com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_cTd8k2&_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_cTd8k2_cur=2",
    )
    # 5. empty article shell at an article URL: no title, no date, no body
    inner = f"""
         <div class="asset-full-content clearfix show-asset-title">
          <h3 class="component-title"><span class="asset-title-text"></span></h3>
          <div class="lfr-meta-actions asset-metadata">
           <span class="metadata-entry metadata-view-count"><span class="taglib-text"><i class="icon-eye-open"></i> <strong>{labels["views"]}</strong> 0</span></span>
           <span class="metadata-entry metadata-publish-date"><span class="taglib-text"><i class="icon-calendar"></i> <strong>{labels["date"]}</strong> </span></span>
          </div>
          <div class="asset-content"><div class="journal-content-article" data-analytics-asset-id="5401999"></div></div>
          <div class="asset-related-assets">
           <h4 class="component-title">{labels["related"]}</h4>
           <ul class="list-unstyled">{"".join(f'<li><a href="{other_url(o)}">{escape_text(o[2])}</a> <span class="text-muted">({day_month_year(o[3])})</span></li>' for o in OTHERS[:4])}</ul>
          </div>
         </div>"""
    page = render_page(
        "vi",
        "Công tác Đảng",
        render_portlet("vi", inner),
        [
            (labels["home"], "/"),
            (labels["party"], "/dang-doan-the"),
            ("Công tác Đảng", "/dang-doan-the/cong-tac-dang"),
        ],
    )
    write_case(
        th,
        "empty_shell_vi",
        page,
        HOST + "/dang-doan-the/-/view_content/5401999-hoi-nghi-tong-ket-cong-tac-nam-2021.html",
    )
