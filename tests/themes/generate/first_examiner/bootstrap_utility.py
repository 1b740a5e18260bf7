# ruff: noqa: E501  # page markup stays on one line, as the page has it
"""The bootstrap_utility theme.

A Liferay 7 / Bootstrap 5 theme styled with utility classes only
(col-md-8 mb-3 fs-3 fw-bold ...): the site name is the page's only
<h1>; NO section name anywhere (no kicker, no breadcrumb) -> section
null; the title is a bold <div>; labels and values of the meta line are
separate <span>s (minified in one page: no whitespace between them);
body paragraphs are <div>s; lazy-loaded photos (placeholder src, real
data-src, one protocol-relative); an inline <script> inside the body
container; the "Đọc nhiều" rail comes first in the DOM (order-md-2).
"""

from __future__ import annotations

import html
from collections.abc import Callable

from ..encoders import escape_text
from ..portal import HOST, Labels
from .body import render_body_blocks
from .cases import article_case, error_case, first_plain_words
from .site import ADDRESS_EN, ADDRESS_VI, OTHERS, PHONE, en_view_count, other_url
from .stories import Photo, Story, story_hoi_thi, story_ket_nap, story_so_ket

LABELS: dict[str, Labels] = {
    "vi": {
        "menu": [
            "Trang chủ",
            "Giới thiệu",
            "Tin tức",
            "Đảng - Đoàn thể",
            "Chính quyền",
            "Công dân",
            "Doanh nghiệp",
        ],
        "most": "Đọc nhiều",
        "newest": "Tin mới",
        "views": "Lượt xem",
        "other": "Các tin khác",
        "share": ["Facebook", "Zalo", "In", "Email"],
        "site": "CỔNG THÔNG TIN ĐIỆN TỬ QUẬN CẦU GIẤY",
        "foot": f"Trụ sở: {ADDRESS_VI}",
        "copy": "© Bản quyền thuộc Ủy ban nhân dân quận Cầu Giấy",
    },
    "en": {
        "menu": ["Home", "About", "News", "Party - Unions", "Government", "Citizens", "Businesses"],
        "most": "Most read",
        "newest": "Latest news",
        "views": "Views",
        "other": "Other news",
        "share": ["Facebook", "Zalo", "Print", "Email"],
        "site": "CAU GIAY DISTRICT PORTAL",
        "foot": f"Office: {ADDRESS_EN}",
        "copy": "© People's Committee of Cau Giay district",
    },
}


def render_page(lang: str, page_title: str, main: str) -> str:
    labels = LABELS[lang]
    pre = "/en" if lang == "en" else ""
    menu = "".join(
        f'<li class="nav-item"><a class="nav-link text-white px-3" href="{pre}/n{i}">{m}</a></li>'
        for i, m in enumerate(labels["menu"])
    )
    sep = "," if lang == "en" else "."
    most = "\n".join(
        f'<div class="d-flex mb-3 border-bottom pb-2"><span class="fs-4 fw-bold text-danger me-2">{k + 1}</span>'
        f'<div><a class="text-decoration-none text-dark fw-semibold" href="{other_url(i, en=(k % 2 == 0))}">'
        f'{html.escape(OTHERS[i][2])}</a><div class="small text-muted">{OTHERS[i][3]} · {labels["views"]}: '
        f"{OTHERS[i][4].replace('.', sep)}</div></div></div>"
        for k, i in enumerate((3, 0, 5, 2))
    )
    newest = "\n".join(
        f'<li class="list-group-item px-0"><a class="text-decoration-none" href="{other_url(i, en=(lang == "en"))}">'
        f'{html.escape(OTHERS[i][2])}</a> <span class="badge bg-light text-muted">{OTHERS[i][3]}</span></li>'
        for i in (1, 4)
    )
    return f"""<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(page_title)} | Quận Cầu Giấy</title>
<link rel="stylesheet" href="/o/caugiay-theme/css/bootstrap.min.css">
<style>.lazy{{min-height:200px;background:#eee}} .fs-3{{font-size:1.6rem}}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());</script>
</head>
<body class="bg-white">
<div class="bg-light border-bottom py-2"><div class="container d-flex justify-content-between align-items-center">
<h1 class="h5 m-0 text-danger fw-bold">{labels["site"]}</h1>
<div class="small"><a href="/">VI</a> | <a href="/en">EN</a></div></div></div>
<nav class="navbar navbar-expand-lg bg-primary p-0"><div class="container"><ul class="navbar-nav">{menu}</ul></div></nav>
<div class="container my-4"><div class="row g-4">
<aside class="col-md-4 order-md-2">
<div class="p-3 bg-light rounded mb-4"><div class="fw-bold text-uppercase text-primary border-bottom border-2 border-primary mb-3 pb-1">{labels["most"]}</div>
{most}
</div>
<div class="p-3 border rounded"><div class="fw-bold text-uppercase mb-2">{labels["newest"]}</div><ul class="list-group list-group-flush">
{newest}
</ul></div>
</aside>
<div class="col-md-8 order-md-1">
{main}
</div>
</div></div>
<footer class="bg-dark text-white-50 py-4 mt-5"><div class="container small">
<div class="fw-bold text-white mb-1">{labels["site"]}</div>
<div>{labels["foot"]}</div><div>Email: ubnd_caugiay@hanoi.gov.vn · {PHONE}</div><div>{labels["copy"]}</div>
</div></footer>
<script src="/o/caugiay-theme/js/lazyload.min.js"></script>
<script>document.addEventListener("DOMContentLoaded",function(){{new LazyLoad({{elements_selector:".lazy"}});}});</script>
</body>
</html>
"""


def render_article(
    story: Story, lang: str, url: str, meta_html: str, encode: Callable, variants: list[str]
) -> str:
    labels = LABELS[lang]
    body = render_body_blocks(
        story,
        encode,
        url,
        para_tag="div",
        para_attrs=' class="mb-3"',
        variants=variants,
        trailing_empty=False,
    )
    others = "\n".join(
        f'<div class="col-6 mb-3"><a class="text-decoration-none fw-semibold" href="{other_url(i, en=(lang == "en"))}">'
        f'{html.escape(OTHERS[i][2])}</a><div class="small text-muted">{OTHERS[i][3]}</div></div>'
        for i in (6, 7, 8, 9)
    )
    sh = labels["share"]
    return render_page(
        lang,
        story.title,
        f"""<div class="mb-2 fs-3 fw-bold lh-sm text-dark">{html.escape(story.title)}</div>
<div class="d-flex flex-wrap gap-2 small text-muted border-bottom pb-2 mb-3">{meta_html}</div>
<div class="fs-6 lh-lg text-body text-justify">
{body}
<script>if(window.LazyLoad){{new LazyLoad();}}</script>
</div>
<div class="d-flex gap-2 my-4">
<a class="btn btn-sm btn-primary" href="#" onclick="shareFb('{html.escape(url, quote=True)}');return false;">{sh[0]}</a>
<a class="btn btn-sm btn-info text-white" href="#" onclick="shareZalo();return false;">{sh[1]}</a>
<button class="btn btn-sm btn-outline-secondary" type="button" onclick="window.print()">{sh[2]}</button>
<a class="btn btn-sm btn-outline-secondary" href="mailto:?subject={html.escape(story.title, quote=True)}">{sh[3]}</a>
</div>
<div class="mt-4"><div class="fw-bold text-uppercase border-bottom border-2 mb-3 pb-1">{labels["other"]}</div>
<div class="row">
{others}
</div></div>
<input type="hidden" id="articleId" value="{story.article_id}">""",
    )


def build_bootstrap_utility() -> None:
    theme = "bootstrap_utility"
    others = [OTHERS[i][2] for i in (0, 1, 3, 6, 9)]
    vi_not = [
        "Đọc nhiều",
        "Tin mới",
        "Các tin khác",
        "Facebook",
        "Zalo",
        "Email",
        "Lượt xem",
        "Ngày đăng",
        "Đảng - Đoàn thể",
        "Doanh nghiệp",
        ADDRESS_VI,
        "ubnd_caugiay",
        "Bản quyền",
        "LazyLoad",
        "gtag",
        "CỔNG THÔNG TIN",
    ]
    html_not = ["<script", "onclick=", "LazyLoad", "Zalo", "Các tin khác", "Lượt xem", OTHERS[6][2]]

    # 1. labels and values in separate spans, 12,507 views, lazy photos,
    #    right-aligned name as signature
    s = story_hoi_thi(
        Photo(
            "/documents/20182/5310456/hoi-thi-bi-thu-chi-bo-gioi-1.jpg",
            "Ban Giám khảo chấm thi vòng chung kết",
            "lazy_div_i",
        ),
        Photo(
            "/documents/20182/5310456/hoi-thi-bi-thu-chi-bo-gioi-2.jpg",
            "Ban Tổ chức trao giải Nhất cho thí sinh Đảng bộ phường Yên Hòa",
            "lazy_div_em",
        ),
    )
    variants = ["plain", "nbsp_inner", "spans", "lead_bold"]
    url = HOST + s.path(en=False)
    meta = (
        '\n<span>Ngày đăng:</span>\n<span>21/06/2022</span>\n<span>10:15</span>\n<span class="mx-1">|</span>\n'
        '<span>Lượt xem:</span>\n<span class="fw-semibold">12,507</span>\n'
    )
    article_case(
        theme,
        "lazy_photos_no_section",
        s,
        url=url,
        lang="vi",
        section=None,
        view_count=12507,
        page=render_article(s, "vi", url, meta, escape_text, variants),
        not_in_body=vi_not + others,
        html_must_contain=[
            "hoi-thi-bi-thu-chi-bo-gioi-1.jpg",
            "hoi-thi-bi-thu-chi-bo-gioi-2.jpg",
            first_plain_words(s, variants),
        ],
        html_must_not_contain=html_not,
    )

    # 2. English UI, minified meta (no whitespace between the spans),
    #    "Views", a protocol-relative lazy photo without caption, no signature
    s = story_so_ket(
        Photo(
            "/documents/20182/5311820/so-ket-6-thang-2022.jpg",
            "Quang cảnh Hội nghị sơ kết",
            "lazy_div_em",
        ),
        Photo(
            "//caugiay.hanoi.gov.vn/documents/20182/5311820/so-ket-6-thang-2022-b.jpg",
            None,
            "lazy_nocap",
        ),
    )
    variants = ["spans", "plain", "plain", "split_span"]
    url = HOST + s.path(en=True)
    meta = (
        '<span>Publish date:</span><span>02/08/2022</span><span>07:45</span><span class="mx-1">|</span>'
        '<span>Views:</span><span class="fw-semibold">845</span>'
    )
    en_not = [
        "Most read",
        "Latest news",
        "Other news",
        "Facebook",
        "Zalo",
        "Print",
        "Email",
        "Views",
        "Publish date",
        "Party - Unions",
        "Businesses",
        ADDRESS_EN,
        "ubnd_caugiay",
        "LazyLoad",
        "gtag",
        "CAU GIAY DISTRICT PORTAL",
    ]
    article_case(
        theme,
        "en_minified_meta",
        s,
        url=url,
        lang="en",
        section=None,
        view_count=845,
        page=render_article(s, "en", url, meta, escape_text, variants),
        not_in_body=en_not + others,
        html_must_contain=[
            "so-ket-6-thang-2022.jpg",
            "so-ket-6-thang-2022-b.jpg",
            first_plain_words(s, variants),
        ],
        html_must_not_contain=[
            "<script",
            "onclick=",
            "LazyLoad",
            "Zalo",
            "Other news",
            "Views:",
            OTHERS[6][2],
        ],
    )

    # 3. labels without colons, zero views (a count, not "none"),
    #    upper-case signature in a plain <div>
    s = story_ket_nap(
        Photo(
            "../../../documents/20182/5312934/ket-nap-dang-vien-thcs-nghia-tan.jpg",
            "Các đảng viên mới tuyên thệ dưới cờ Đảng",
            "lazy_div_i",
        )
    )
    variants = ["lead_bold", "plain", "nbsp_indent"]
    url = HOST + s.path(en=False)
    meta = (
        "<span>Ngày đăng</span> <span>28/09/2022</span> <span>16:40</span> <span>|</span> "
        "<span>Lượt xem</span> <span>0</span>"
    )
    article_case(
        theme,
        "zero_views_upper_signature",
        s,
        url=url,
        lang="vi",
        section=None,
        view_count=0,
        page=render_article(s, "vi", url, meta, escape_text, variants),
        not_in_body=vi_not + others,
        html_must_contain=["ket-nap-dang-vien-thcs-nghia-tan.jpg", first_plain_words(s, variants)],
        html_must_not_contain=html_not,
    )

    # non-articles: English listing and English 404
    items = "\n".join(
        f"""<div class="row mb-4"><div class="col-4"><img class="img-fluid lazy" src="/o/caugiay-theme/images/blank.gif" data-src="/documents/20182/{aid}/thumb.jpg" alt=""></div>
<div class="col-8"><a class="fs-5 fw-bold text-decoration-none" href="{other_url(i, en=True)}">{html.escape(title)}</a>
<div class="small text-muted"><span>Publish date:</span> <span>{date}</span> <span>|</span> <span>Views:</span> <span>{en_view_count(views)}</span></div>
<div class="mt-1">{html.escape(title)}: the meeting was attended by leaders of the District Party Committee.</div></div></div>"""
        for i, (aid, slug, title, date, views) in enumerate(OTHERS)
    )
    listing = f"""<div class="mb-3 fs-4 fw-bold text-uppercase text-primary">Party work</div>
{items}
<nav><ul class="pagination"><li class="page-item active"><a class="page-link" href="#">1</a></li><li class="page-item"><a class="page-link" href="?cur=2">2</a></li><li class="page-item"><a class="page-link" href="?cur=2">Next</a></li></ul></nav>"""
    error_case(
        theme,
        "listing_en",
        HOST + "/en/dang-doan-the",
        render_page("en", "Party - Unions", listing),
    )
    nf = """<div class="text-center py-5"><div class="display-1 fw-bold text-muted">404</div>
<div class="fs-4 fw-bold mb-2">Not Found</div>
<p>The requested resource could not be found.</p>
<a class="btn btn-primary" href="/en">Back to home</a></div>"""
    error_case(
        theme,
        "not_found_en",
        HOST + "/en/dang-doan-the/-/view_content/5319999-khong-con.html",
        render_page("en", "Not Found", nf),
    )
