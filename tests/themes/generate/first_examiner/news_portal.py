# ruff: noqa: E501  # article text stays one paragraph a line, as the portal has it
"""The news_portal theme.

A news-site-like HTML5 layout: <header>/<main>/<article>/<aside>, today's
date in the top bar, breadcrumb <ol>, a kicker link above the <h1>
headline, meta in <time> and <span> with icons, share/tool bar BEFORE
the body (A- A+), "Từ khóa" tags, "Tin liên quan" with thumbnails (images
that are not article photos), a comment form, a right rail with <h2>
headings and view counts; figures with <figcaption>, a photo and its
caption in the same paragraph, upper-case subheadings mid-body.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from ..encoders import escape_text, nfd_text
from ..portal import HOST, Labels
from .body import render_body_blocks
from .cases import article_case, error_case, first_plain_words
from .site import ADDRESS_EN, ADDRESS_VI, OTHERS, other_url
from .stories import Photo, Story, story_gap_mat, story_hn36, story_tong_ket_2022

LABELS: dict[str, Labels] = {
    "vi": {
        "menu": [
            "Trang chủ",
            "Tin tức",
            "Đảng - Đoàn thể",
            "Kinh tế",
            "Văn hóa - Xã hội",
            "Dịch vụ công",
        ],
        "crumbs": ["Trang chủ", "Đảng - Đoàn thể", "Công tác Đảng"],
        "today": "Thứ Bảy, 14/01/2023",
        "tools": ["Chia sẻ Facebook", "Zalo", "In bài viết", "Gửi email"],
        "tags": "Từ khóa",
        "related": "Tin liên quan",
        "comments": "Ý kiến bạn đọc",
        "comment_ph": "Nhập ý kiến của bạn",
        "send": "Gửi ý kiến",
        "rail": "TIN ĐỌC NHIỀU",
        "video": "VIDEO",
        "views": "Lượt xem",
        "foot": [
            "Cơ quan chủ quản: Ủy ban nhân dân quận Cầu Giấy",
            f"Địa chỉ: {ADDRESS_VI}",
            "Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND quận",
        ],
        "title_suffix": "Cổng TTĐT quận Cầu Giấy",
    },
    "en": {
        "menu": [
            "Home",
            "News",
            "Party - Unions",
            "Economy",
            "Culture - Society",
            "Public services",
        ],
        "crumbs": ["Home", "Party - Unions", "Party work"],
        "today": "Saturday, 14/01/2023",
        "tools": ["Share on Facebook", "Zalo", "Print", "Send email"],
        "tags": "Tags",
        "related": "Related news",
        "comments": "Readers' comments",
        "comment_ph": "Your comment",
        "send": "Send comment",
        "rail": "MOST VIEWED",
        "video": "VIDEO",
        "views": "Views",
        "foot": [
            "Managed by: People's Committee of Cau Giay district",
            f"Address: {ADDRESS_EN}",
            "Responsible: Chief of Office of the People's Council and People's Committee",
        ],
        "title_suffix": "Cau Giay District Portal",
    },
}


def render_page(lang: str, page_title: str, crumbs: bool, main: str) -> str:
    labels = LABELS[lang]
    pre = "/en" if lang == "en" else ""
    menu = "".join(
        f'<li><a href="{pre}/muc-{i}">{m}</a></li>' for i, m in enumerate(labels["menu"])
    )
    crumb_html = ""
    if crumbs:
        c = labels["crumbs"]
        crumb_html = (
            f'<nav class="crumbs" aria-label="breadcrumb"><ol><li><a href="{pre}/">{c[0]}</a></li>'
            f'<li><a href="{pre}/dang-doan-the">{c[1]}</a></li><li aria-current="page">{c[2]}</li></ol></nav>'
        )
    sep = "," if lang == "en" else "."
    rail = "\n".join(
        f'<li><a href="{other_url(i, en=(k % 2 == 1))}">{html.escape(OTHERS[i][2])}</a>'
        f'<span class="rail__meta"><time>{OTHERS[i][3]}</time> · {labels["views"]}: {OTHERS[i][4].replace(".", sep)}</span></li>'
        for k, i in enumerate((2, 5, 8))
    )
    foot = "\n".join(f"<p>{html.escape(x)}</p>" for x in labels["foot"])
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{html.escape(page_title)} - {labels["title_suffix"]}</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="/o/np-theme/css/app.css">
<style>
.story__body img{{max-width:100%;height:auto}}
.story__kicker{{color:#c00;font-weight:700}}
</style>
</head>
<body>
<header class="site-header">
<div class="topbar"><span class="today">{labels["today"]}</span><a class="lang" href="{"/" if lang == "en" else "/en"}">{"Tiếng Việt" if lang == "en" else "English"}</a></div>
<div class="brand"><a href="{pre}/"><img src="/o/np-theme/images/logo.svg" alt=""><strong>QUẬN CẦU GIẤY</strong><span>Cổng thông tin điện tử</span></a></div>
<nav class="mega-menu"><ul>{menu}</ul></nav>
</header>
<main class="page">
{crumb_html}
<div class="layout">
{main}
<aside class="rail">
<section class="rail__box"><h2 class="rail__title">{labels["rail"]}</h2><ol>
{rail}
</ol></section>
<section class="rail__box"><h2 class="rail__title">{labels["video"]}</h2><video controls preload="none" poster="/documents/20182/0/video-poster.jpg"><source src="/documents/20182/0/clip.mp4" type="video/mp4"></video></section>
</aside>
</div>
</main>
<footer class="site-footer">
<div class="site-footer__brand">QUẬN CẦU GIẤY</div>
{foot}
</footer>
<script>
(function(){{var b=document.querySelectorAll('[data-font]');b.forEach(function(x){{x.addEventListener('click',function(){{document.querySelector('.story__body').style.fontSize=x.dataset.font;}});}});}})();
</script>
</body>
</html>
"""


def render_article(
    story: Story,
    lang: str,
    url: str,
    info_html: str,
    encode: Callable,
    variants: list[str],
    tags: list[str],
) -> str:
    labels = LABELS[lang]
    pre = "/en" if lang == "en" else ""
    body = render_body_blocks(story, encode, url, para_tag="p", para_attrs="", variants=variants)
    related = "\n".join(
        f'<li class="related__item"><a href="{other_url(i, en=(lang == "en"))}"><img src="/documents/20182/{OTHERS[i][0]}/thumb-{OTHERS[i][0]}.jpg" alt="">'
        f"<span>{html.escape(OTHERS[i][2])}</span></a><time>{OTHERS[i][3]}</time></li>"
        for i in (0, 6, 7)
    )
    tools = labels["tools"]
    tag_html = ", ".join(
        f'<a href="{pre}/tag/{i}">{html.escape(x)}</a>' for i, x in enumerate(tags)
    )
    return render_page(
        lang,
        story.title,
        True,
        f"""<article class="story">
<header class="story__head">
<a class="story__kicker" href="{pre}/dang-doan-the">CÔNG TÁC ĐẢNG</a>
<h1 class="story__headline">{encode(story.title)}</h1>
<div class="story__info">{info_html}</div>
<div class="story__tools">
<a class="tool tool--fb" href="https://www.facebook.com/sharer/sharer.php?u={html.escape(url, quote=True)}" target="_blank" rel="noopener">{tools[0]}</a>
<a class="tool tool--zalo" href="#" data-href="{html.escape(url, quote=True)}">{tools[1]}</a>
<a class="tool tool--print" href="#" onclick="window.print();return false">{tools[2]}</a>
<a class="tool tool--mail" href="mailto:?subject={html.escape(story.title, quote=True)}">{tools[3]}</a>
<button type="button" data-font="14px">A-</button><button type="button" data-font="18px">A+</button>
</div>
</header>
<div class="story__body">
{body}
</div>
<div class="story__tags"><span>{labels["tags"]}:</span> {tag_html}</div>
<section class="related"><h2 class="related__title">{labels["related"]}</h2><ul>
{related}
</ul></section>
<section class="comments"><h2>{labels["comments"]}</h2>
<form action="{pre}/binh-luan" method="post"><input type="hidden" name="id" value="{story.article_id}">
<input type="text" name="ten" placeholder="Họ và tên"><textarea name="noidung" placeholder="{labels["comment_ph"]}"></textarea>
<button type="submit">{labels["send"]}</button></form></section>
</article>""",
    )


def build_news_portal() -> None:
    theme = "news_portal"
    vi_not = [
        "Chia sẻ Facebook",
        "Zalo",
        "In bài viết",
        "Gửi email",
        "A+",
        "Từ khóa",
        "Tin liên quan",
        "Ý kiến bạn đọc",
        "Gửi ý kiến",
        "Họ và tên",
        "TIN ĐỌC NHIỀU",
        "VIDEO",
        "Thứ Bảy",
        "Văn hóa - Xã hội",
        ADDRESS_VI,
        "Chịu trách nhiệm",
        "Lượt xem",
        "Ngày đăng",
        "CÔNG TÁC ĐẢNG",
        "QUẬN CẦU GIẤY",
        "querySelectorAll",
        "{",
    ]
    en_not = [
        "Share on Facebook",
        "Zalo",
        "Print",
        "Send email",
        "A+",
        "Tags",
        "Related news",
        "Readers' comments",
        "Send comment",
        "MOST VIEWED",
        "VIDEO",
        "Saturday",
        "Culture - Society",
        ADDRESS_EN,
        "Responsible",
        "Views",
        "View count",
        "Publish date",
        "CÔNG TÁC ĐẢNG",
        "QUẬN CẦU GIẤY",
        "querySelectorAll",
        "{",
    ]
    others = [OTHERS[i][2] for i in (0, 2, 5, 6, 7)]
    # tag names are words the bodies also use, so they are not pinned; the
    # label is.

    # 1. the second known real article (id 5211375), English UI, <time>
    #    element, "View count"; figure with figcaption
    s = story_hn36(
        Photo(
            "/documents/20182/5211375/toan-canh-hoi-nghi-36.jpg",
            "Toàn cảnh Hội nghị Ban Chấp hành Đảng bộ quận Cầu Giấy lần thứ 36",
            "figure",
        )
    )
    variants = ["plain", "spans", "lead_bold"]
    url = HOST + s.path(en=True)
    info = (
        '<span class="story__date"><i class="icon icon-clock"></i> Publish date <time datetime="2020-03-03">'
        '03/03/2020 | 14:00</time></span>\n<span class="story__views"><i class="icon icon-eye"></i> View count: 490</span>'
    )
    article_case(
        theme,
        "hn36_en",
        s,
        url=url,
        lang="en",
        section="CÔNG TÁC ĐẢNG",
        view_count=490,
        page=render_article(
            s, "en", url, info, escape_text, variants, ["Party building", "Conference"]
        ),
        not_in_body=en_not + others,
        html_must_contain=["toan-canh-hoi-nghi-36.jpg", first_plain_words(s, variants)],
        html_must_not_contain=[
            "<script",
            "onclick=",
            "Related news",
            "Readers' comments",
            "Zalo",
            "View count",
            "Tags:",
            OTHERS[0][2],
            ADDRESS_EN,
        ],
    )

    # 2. NFD text everywhere in the article, labels without colons,
    #    upper-case subheadings mid-body, caption in the photo's own
    #    paragraph after a <br>, right-aligned upper-case signature
    s = story_tong_ket_2022(
        Photo(
            "/documents/20182/5321077/tong-ket-xdd-2022-1.jpg",
            "Đồng chí Bí thư Quận ủy phát biểu chỉ đạo Hội nghị",
            "figure",
        ),
        Photo(
            "/documents/20182/5321077/tong-ket-xdd-2022-2.jpg",
            "Các tập thể nhận Giấy khen của Ban Thường vụ Quận ủy",
            "same_p_br",
        ),
    )
    variants = ["plain", "nbsp_inner", "split_span", "plain", "wrapped"]
    url = HOST + s.path(en=False)
    info = (
        f'<span class="story__date"><i class="icon icon-clock"></i> {nfd_text("Ngày đăng")} 22/12/2022 | 16:45</span>'
        f'<span class="story__views"><i class="icon icon-eye"></i> {nfd_text("Lượt xem")} 1.002</span>'
    )
    article_case(
        theme,
        "nfd_subheadings",
        s,
        url=url,
        lang="vi",
        section="CÔNG TÁC ĐẢNG",
        view_count=1002,
        page=render_article(s, "vi", url, info, nfd_text, variants, ["Xây dựng Đảng", "Tổng kết"]),
        not_in_body=vi_not + others,
        html_must_contain=[
            "tong-ket-xdd-2022-1.jpg",
            "tong-ket-xdd-2022-2.jpg",
            first_plain_words(s, variants),
        ],
        html_must_not_contain=[
            "<script",
            "onclick=",
            "Tin liên quan",
            "Ý kiến bạn đọc",
            "Zalo",
            "Lượt xem",
            "Từ khóa",
            OTHERS[0][2],
            ADDRESS_VI,
        ],
    )

    # 3. English UI, "Views: 2,311", absolute image URL, a photo without a
    #    caption, right-aligned name as signature
    s = story_gap_mat(
        Photo(
            "https://caugiay.hanoi.gov.vn/documents/20182/5323345/gap-mat-xuan-quy-mao.jpg",
            "Các đồng chí nguyên lãnh đạo quận dự buổi gặp mặt",
            "figure",
        ),
        Photo("/documents/20182/5323345/gap-mat-xuan-quy-mao-2.jpg", None, "p_nocap"),
    )
    variants = ["lead_bold", "plain", "spans", "nbsp_indent"]
    url = (
        HOST
        + s.path(en=True)
        + "?_com_liferay_journal_content_web_portlet_JournalContentPortlet_languageId=en_US"
    )
    info = (
        '<span class="story__date">Publish date: 14/01/2023 | 09:10</span> '
        '<span class="story__views">Views: 2,311</span>'
    )
    article_case(
        theme,
        "en_views_variant",
        s,
        url=url,
        lang="en",
        section="CÔNG TÁC ĐẢNG",
        view_count=2311,
        page=render_article(s, "en", url, info, escape_text, variants, ["Tet", "Former leaders"]),
        not_in_body=en_not + others,
        html_must_contain=[
            "gap-mat-xuan-quy-mao.jpg",
            "gap-mat-xuan-quy-mao-2.jpg",
            first_plain_words(s, variants),
        ],
        html_must_not_contain=[
            "<script",
            "onclick=",
            "Related news",
            "Readers' comments",
            "Zalo",
            "Views:",
            "Tags:",
            OTHERS[0][2],
            ADDRESS_EN,
        ],
    )

    # non-articles: the section listing (cards with dates and views) and a 404
    cards = "\n".join(
        f"""<article class="card"><a href="{other_url(i)}"><img src="/documents/20182/{aid}/thumb-{aid}.jpg" alt=""></a>
<h3 class="card__title"><a href="{other_url(i)}">{html.escape(title)}</a></h3>
<div class="card__meta"><time>{date} | 0{i}:30</time> · Lượt xem: {views}</div>
<p class="card__sapo">{html.escape(title)}, với sự tham dự của lãnh đạo Quận ủy, HĐND, UBND quận.</p></article>"""
        for i, (aid, slug, title, date, views) in enumerate(OTHERS)
    )
    listing = f"""<section class="category">
<h1 class="category__title">CÔNG TÁC ĐẢNG</h1>
{cards}
<nav class="pager"><a class="is-active" href="?p=1">1</a><a href="?p=2">2</a><a href="?p=3">3</a><a href="?p=2">Trang sau »</a></nav>
</section>"""
    error_case(
        theme,
        "listing_vi",
        HOST + "/dang-doan-the/cong-tac-dang",
        render_page("vi", "Công tác Đảng", True, listing),
    )
    nf = """<section class="error-page">
<h1>Không tìm thấy trang</h1>
<p>Lỗi 404: Đường dẫn bạn truy cập không tồn tại hoặc bài viết đã được gỡ bỏ.</p>
<p><a href="/">Về trang chủ</a></p>
</section>"""
    error_case(
        theme,
        "not_found_vi",
        HOST + "/dang-doan-the/-/view_content/5329999-khong-tim-thay.html",
        render_page("vi", "Không tìm thấy trang", False, nf),
    )
