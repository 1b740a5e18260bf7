# ruff: noqa: E501  # page markup stays on one line, as the page has it
"""The liferay6_journal theme.

A Liferay 6.2 site theme with a journal (web content) template: logo in
an <h1>, top navigation, breadcrumb, article in #column-1 with the
section label, the title in another <h1>, a one-line meta line, the
body in .journal-content-article, share bar and "Tin liên quan" below;
sidebar AFTER the article (#column-2) with <h2> headings, dated items
and view counts; footer with the address; AUI/Liferay inline scripts.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from ..encoders import ckeditor_latin_entities, escape_text
from ..portal import HOST, Labels
from .body import render_body_blocks
from .cases import article_case, error_case, first_plain_words
from .site import ADDRESS_EN, ADDRESS_VI, OTHERS, PHONE, SITE_VI, other_url
from .stories import REAL_CAPTION_1, REAL_CAPTION_2, Photo, Story, real_story, story_huy_hieu

LABELS: dict[str, Labels] = {
    "vi": {
        "lang_attr": "vi-VN",
        "menu": [
            "Trang chủ",
            "Giới thiệu",
            "Tin tức - Sự kiện",
            "Đảng - Đoàn thể",
            "Chính quyền",
            "Dịch vụ công trực tuyến",
            "Liên hệ",
        ],
        "crumbs": ["Trang chủ", "Đảng - Đoàn thể", "Công tác Đảng"],
        "skip": "Bỏ qua để đến Nội dung",
        "featured": "TIN NỔI BẬT",
        "most_read": "ĐỌC NHIỀU NHẤT",
        "views": "Lượt xem",
        "related": "Tin liên quan",
        "share": ["Chia sẻ", "Facebook", "Zalo", "In bài viết", "Gửi email"],
        "footer": [
            SITE_VI,
            "Cơ quan chủ quản: Ủy ban nhân dân quận Cầu Giấy",
            f"Địa chỉ: {ADDRESS_VI}",
            f"Điện thoại: {PHONE}",
        ],
        "search": "Tìm kiếm",
        "back": "Quay lại",
        "site": "Cổng thông tin điện tử quận Cầu Giấy",
        "not_found_h": "Không tìm thấy trang",
        "not_found_p": "Trang bạn yêu cầu không tồn tại hoặc đã bị xóa. Vui lòng quay lại trang chủ.",
        "more": "Xem tiếp",
        "pages": "Trang",
    },
    "en": {
        "lang_attr": "en-US",
        "menu": [
            "Home",
            "Introduction",
            "News - Events",
            "Party - Unions",
            "Government",
            "Online public services",
            "Contact",
        ],
        "crumbs": ["Home", "Party - Unions", "Party work"],
        "skip": "Skip to Content",
        "featured": "FEATURED NEWS",
        "most_read": "MOST READ",
        "views": "View count",
        "related": "Related news",
        "share": ["Share", "Facebook", "Zalo", "Print", "Email"],
        "footer": [
            "CAU GIAY DISTRICT PORTAL",
            "Managed by: People's Committee of Cau Giay district",
            f"Address: {ADDRESS_EN}",
            f"Phone: {PHONE}",
        ],
        "search": "Search",
        "back": "Back",
        "site": "Cau Giay District Portal",
        "not_found_h": "Not Found",
        "not_found_p": "The requested resource could not be found.",
        "more": "More",
        "pages": "Page",
    },
}


def render_page(lang: str, page_title: str, path: str, column1: str) -> str:
    labels = LABELS[lang]
    other_lang = path[3:] if path.startswith("/en/") else "/en" + path
    menu = "\n".join(
        f'<li class="{"selected " if i == 3 else ""}lfr-nav-item"><a href="/{"en/" if lang == "en" else ""}m{i}"'
        f' onclick="Liferay.Util.forcePost(this)"><span>{html.escape(m)}</span></a></li>'
        for i, m in enumerate(labels["menu"])
    )
    crumbs = "\n".join(
        f'<li class="{"first" if i == 0 else "last" if i == 2 else ""}"><a href="/c{i}">{html.escape(c)}</a></li>'
        for i, c in enumerate(labels["crumbs"])
    )
    sep = "." if lang == "vi" else ","
    featured = "\n".join(
        f'<div class="asset-abstract"><h3 class="asset-title"><a href="{other_url(i, en=(i % 2 == 1))}">'
        f'{html.escape(OTHERS[i][2])}</a></h3><div class="asset-metadata"><span class="metadata-entry '
        f'metadata-publish-date">{OTHERS[i][3]}</span></div></div>'
        for i in (0, 1, 2)
    )
    most_read = "\n".join(
        f'<li><a href="{other_url(i, en=(lang == "en"))}">{html.escape(OTHERS[i][2])}</a><br/>'
        f'<span class="view-count">{labels["views"]}: {OTHERS[i][4].replace(".", sep)}</span></li>'
        for i in (3, 4, 5)
    )
    footer = "<br/>\n".join(html.escape(x) for x in labels["footer"])
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="{labels["lang_attr"]}">
<head>
<title>{html.escape(page_title)} - {labels["site"]}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="/caugiay-theme/images/favicon.ico" rel="Shortcut Icon" />
<link class="lfr-css-file" href="/caugiay-theme/css/main.css?browserId=other&amp;themeId=caugiaytheme_WAR_caugiaytheme&amp;languageId={labels["lang_attr"].replace("-", "_")}&amp;b=6210&amp;t=1640995200000" rel="stylesheet" type="text/css" />
<script type="text/javascript">
/*<![CDATA[*/
var themeDisplay = Liferay.themeDisplay = {{getLanguageId: function() {{return "{labels["lang_attr"].replace("-", "_")}";}}, getPathMain: function() {{return "/c";}}}};
Liferay.Portlet.list = ["56_INSTANCE_k3Jd8sLq2mXa", "101_INSTANCE_tinNoiBat", "3"];
/*]]>*/
</script>
<style type="text/css">
.journal-content-article p {{ margin-bottom: 8px; }}
#column-2 .asset-title a {{ color: #0b4f9c; }}
</style>
</head>
<body class="yui3-skin-sam controls-visible signed-out public-page site">
<a href="#main-content" id="skip-to-content">{labels["skip"]}</a>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner">
<div id="heading">
<h1 class="site-title"><a class="logo custom-logo" href="/trang-chu" title="{SITE_VI}"><img alt="{SITE_VI}" height="120" src="/image/company_logo?img_id=20155&amp;t=1640995200000" width="980" /></a>
<span class="site-name" title="{SITE_VI}">{SITE_VI}</span></h1>
</div>
<div class="language"><a href="{path if lang == "vi" else other_lang}">Tiếng Việt</a> | <a href="{other_lang if lang == "vi" else path}">English</a></div>
<form action="/{"en/" if lang == "en" else ""}tim-kiem" class="search"><input name="q" placeholder="{labels["search"]}..." type="text" /><button type="submit">{labels["search"]}</button></form>
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
<header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">{labels["featured"]}</span></h2></header>
<div class="portlet-content">
{featured}
</div>
</section>
</div>
<div class="portlet-boundary portlet-boundary_101_ portlet-asset-publisher" id="p_p_id_101_INSTANCE_docNhieu_">
<section class="portlet">
<header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">{labels["most_read"]}</span></h2></header>
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


def render_article(
    story: Story,
    lang: str,
    url: str,
    meta_html: str,
    encode: Callable,
    variants: list[str],
    *,
    section: str | None = "CÔNG TÁC ĐẢNG",
    inner_script: bool = False,
) -> str:
    labels = LABELS[lang]
    path = story.path(en=(lang == "en"))
    body = render_body_blocks(
        story,
        encode,
        url,
        para_tag="p",
        para_attrs=' style="text-align: justify;"',
        variants=variants,
    )
    if inner_script:
        body += (
            '\n<script type="text/javascript">(function(d){var s=d.createElement("script");'
            's.src="https://sp.zalo.me/plugins/sdk.js";d.body.appendChild(s);})(document);</script>'
        )
    related = "\n".join(
        f'<li class="asset-links-item"><a href="{other_url(i, en=(lang == "en"))}">{html.escape(OTHERS[i][2])}</a>'
        f' <span class="date">({OTHERS[i][3]})</span></li>'
        for i in (6, 7, 8)
    )
    share = labels["share"]
    enc_url = html.escape(HOST + path, quote=True)
    section_html = (
        (
            f'<div class="header-cat"><a href="/{"en/" if lang == "en" else ""}dang-doan-the">'
            f"{section}</a></div>\n"
        )
        if section
        else ""
    )
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
<h4 class="asset-links-title">{labels["related"]}</h4>
<ul class="asset-links-list">
{related}
</ul>
</div>
</div>
</div>
</section>
</div>"""
    return render_page(lang, story.title, path, column1)


def build_liferay6_journal() -> None:
    theme = "liferay6_journal"
    common_not_in_body = [
        "TIN NỔI BẬT",
        "ĐỌC NHIỀU NHẤT",
        "Tin liên quan",
        "Chia sẻ",
        "Facebook",
        "Zalo",
        "In bài viết",
        "Gửi email",
        "Đảng - Đoàn thể",
        "Dịch vụ công trực tuyến",
        ADDRESS_VI,
        "Lượt xem",
        "Ngày đăng",
        "CÔNG TÁC ĐẢNG",
        SITE_VI,
        "AUI()",
        "Liferay",
        "window.",
        "{",
    ]
    related = [OTHERS[i][2] for i in (6, 7, 8)]
    sidebar = [OTHERS[i][2] for i in (0, 1, 3)]
    html_not = [
        "<script",
        "onclick=",
        "<style",
        "Zalo",
        "Tin liên quan",
        "Lượt xem",
        "View count",
        *related[:1],
        ADDRESS_VI,
    ]

    # 1. the real article, Vietnamese UI; meta line as the real page writes it
    real = real_story(
        Photo(
            "/documents/20182/5263781/hn12-1.jpg/3f0f5c1e-8a4b-4c9e-9d3e-1b2a7f6c9e01?t=1641547200000",
            REAL_CAPTION_1,
            "p_em",
        ),
        Photo(
            "/documents/20182/5263781/hn12-2.jpg/a1b2c3d4-0000-4c9e-9d3e-1b2a7f6c9e02?t=1641547200000",
            REAL_CAPTION_2,
            "p_em",
        ),
        "right_strong",
    )
    variants = ["plain", "spans", "lead_bold", "plain", "nbsp_inner", "plain", "wrapped"]
    url = HOST + real.path(en=False)
    meta = (
        '\n<span class="metadata-entry metadata-publish-date">Ngày đăng 07/01/2022 | 15:27</span> &nbsp;|&nbsp;'
        '<span class="metadata-entry metadata-view-count">Lượt xem: 171</span>\n'
    )
    article_case(
        theme,
        "real_article_vi",
        real,
        url=url,
        lang="vi",
        section="CÔNG TÁC ĐẢNG",
        view_count=171,
        page=render_article(real, "vi", url, meta, escape_text, variants),
        not_in_body=common_not_in_body + related + sidebar,
        html_must_contain=["hn12-1.jpg", "hn12-2.jpg", first_plain_words(real, variants)],
        html_must_not_contain=html_not,
    )

    # 2. the same article, English UI (/en/ prefix); Liferay 6 journal images
    #    (img_id & t, '&' written as &amp;); captions in <i> inside a <span>
    real_en = real_story(
        Photo("/image/journal/article?img_id=5263790&t=1641547200000", REAL_CAPTION_1, "p_i_span"),
        Photo("/image/journal/article?img_id=5263792&t=1641547200000", REAL_CAPTION_2, "p_i_span"),
        "right_strong",
    )
    variants = ["nbsp_indent", "plain", "split_span", "plain"]
    url = HOST + real_en.path(en=True)
    meta = "Publish date 07/01/2022 | 15:27 &nbsp;|&nbsp;View count: 171"
    en_not = [
        "FEATURED NEWS",
        "MOST READ",
        "Related news",
        "Share",
        "Facebook",
        "Zalo",
        "Print",
        "Email",
        "Party - Unions",
        "Online public services",
        ADDRESS_EN,
        "View count",
        "Publish date",
        "CÔNG TÁC ĐẢNG",
        "CAU GIAY DISTRICT PORTAL",
        "AUI()",
        "{",
    ]
    article_case(
        theme,
        "real_article_en",
        real_en,
        url=url,
        lang="en",
        section="CÔNG TÁC ĐẢNG",
        view_count=171,
        page=render_article(real_en, "en", url, meta, escape_text, variants, inner_script=True),
        not_in_body=en_not + related + sidebar + ["sp.zalo.me"],
        html_must_contain=[
            "img_id=5263790",
            "img_id=5263792",
            first_plain_words(real_en, variants),
        ],
        html_must_not_contain=[
            "<script",
            "onclick=",
            "sp.zalo.me",
            "Related news",
            "View count",
            ADDRESS_EN,
            related[0],
        ],
    )

    # 3. older content stored with CKEditor's Latin-1 entities (v&agrave;),
    #    plain centred caption, a photo without caption, an upper-case
    #    signature that is not right-aligned; 1.234 views; query + fragment
    #    in the fetched URL
    huy = story_huy_hieu(
        Photo(
            "/documents/20182/5184410/trao-huy-hieu-01.JPG",
            "Đồng chí Bí thư Quận ủy trao Huy hiệu 75 năm tuổi Đảng cho các đảng viên lão thành",
            "p_plain",
        ),
        Photo(
            "https://caugiay.hanoi.gov.vn/documents/20182/5184410/trao-huy-hieu-02.JPG",
            None,
            "p_nocap",
        ),
    )
    variants = ["lead_bold", "plain", "nbsp_inner", "spans"]
    url = HOST + huy.path(en=False) + "?inheritRedirect=true&redirect=%2Fdang-doan-the#p_56"
    meta = (
        '<span class="metadata-entry metadata-publish-date">Ngày đăng 02/02/2021 | 09:30</span>  |  '
        '<span class="metadata-entry metadata-view-count">Lượt xem: 1.234</span>'
    )
    article_case(
        theme,
        "entities_ckeditor_vi",
        huy,
        url=url,
        lang="vi",
        section="CÔNG TÁC ĐẢNG",
        view_count=1234,
        page=render_article(huy, "vi", url, meta, ckeditor_latin_entities, variants),
        not_in_body=common_not_in_body + related + sidebar,
        html_must_contain=[
            "trao-huy-hieu-01.JPG",
            "trao-huy-hieu-02.JPG",
            first_plain_words(huy, variants),
        ],
        html_must_not_contain=html_not,
    )

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
    error_case(
        theme,
        "listing_vi",
        HOST + "/dang-doan-the",
        render_page("vi", "Đảng - Đoàn thể", "/dang-doan-the", listing_col),
    )
    nf_col = f"""<div class="portlet-boundary portlet-journal-content">
<section class="portlet"><div class="portlet-content"><div class="portlet-body">
<h2>{LABELS["vi"]["not_found_h"]}</h2>
<div class="alert alert-error portlet-msg-error">{LABELS["vi"]["not_found_p"]}</div>
<a href="/trang-chu">« {LABELS["vi"]["back"]}</a>
</div></div></section></div>"""
    path = "/dang-doan-the/-/view_content/5199999-bai-viet-da-go.html"
    error_case(
        theme,
        "not_found_vi",
        HOST + path,
        render_page("vi", LABELS["vi"]["not_found_h"], path, nf_col),
    )
