# ruff: noqa: E501  # page markup stays on one line, as the page has it
"""z_mobile_min: Mobile/AMP-like page: minimal markup, icons with screen-reader
labels, single-digit day/month, lazy data-src images with layout attrs,
protocol-relative src, NFD text with zero-width spaces, a page without
section.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urljoin

from ..encoders import ZERO_WIDTH_SPACE, escape_attribute, escape_text, nfd_with_zero_width_spaces
from ..portal import HOST, Labels
from .articles import (
    CENTRAL_RESOLUTION_6_STUDY,
    DICH_VONG_HAU_CONGRESS,
    NGHIA_DO_WORKING_VISIT,
    OTHERS,
    Article,
    article_url,
    other_url,
    slug,
)
from .cases import add_article, add_error, furniture_of

LABELS: dict[str, Labels] = {
    "vi": {
        "date": "Ngày đăng",
        "views": "Lượt xem",
        "share": "Chia sẻ",
        "copy": "Sao chép liên kết",
        "related": "Tin liên quan",
        "nav": ["Trang chủ", "Tin tức", "Tìm kiếm", "Menu"],
        "footer": "© UBND quận Cầu Giấy · Số 36 Cầu Giấy, Hà Nội · Điện thoại: 024.3767.5201",
        "logo": "Cổng TTĐT quận Cầu Giấy",
    },
    "en": {
        "date": "Published",
        "views": "Views",
        "share": "Share",
        "copy": "Copy link",
        "related": "Related news",
        "nav": ["Home", "News", "Search", "Menu"],
        "footer": "© Cau Giay District People's Committee · 36 Cau Giay, Hanoi · Phone: 024.3767.5201",
        "logo": "Cau Giay District Portal",
    },
}

ICON_CAL = '<svg class="ic" aria-hidden="true" viewBox="0 0 16 16" width="14" height="14"><path d="M3 1v2H1v12h14V3h-2V1h-2v2H5V1z"/></svg>'
ICON_EYE = '<svg class="ic" aria-hidden="true" viewBox="0 0 16 16" width="14" height="14"><path d="M8 3C4 3 1 8 1 8s3 5 7 5 7-5 7-5-3-5-7-5z"/></svg>'


ICON_FB = '<svg class="ic" viewBox="0 0 16 16" width="18" height="18"><path d="M9 16V9h2l1-3H9V4c0-1 .3-1.5 1.5-1.5H12V0H9.5C7 0 6 1.5 6 3.8V6H4v3h2v7z"/></svg>'


ICON_ZALO = '<svg class="ic" viewBox="0 0 16 16" width="18" height="18"><path d="M2 2h12v9H7l-4 3v-3H2z"/></svg>'
ICON_LINK = '<svg class="ic" viewBox="0 0 16 16" width="18" height="18"><path d="M6 10l4-4M5 7L3 9a2 2 0 0 0 4 4l2-2M11 9l2-2a2 2 0 0 0-4-4L7 5"/></svg>'


def render_page(lang: str, title: str, canonical: str, main: str) -> str:
    labels = LABELS[lang]
    pre = "/en" if lang == "en" else ""
    nav = "".join(f'<a href="{pre}/{slug(n)}">{escape_text(n)}</a>' for n in labels["nav"])
    return f"""<!doctype html>
<html amp lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<title>{escape_text(title)}</title>
<link rel="canonical" href="{canonical}">
<style amp-custom>body{{font:16px/1.5 sans-serif;margin:0}}.sr-only{{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}}.ic{{vertical-align:-2px;fill:#888}}.k{{font-size:12px;font-weight:bold;color:#b00}}</style>
<script async src="https://cdn.ampproject.org/v0.js"></script>
</head>
<body>
<header class="mh"><a href="{pre}/" class="logo"><img src="/images/logo-m.png" width="140" height="36" layout="fixed" alt="{escape_attribute(labels["logo"])}"></a><button class="burger" aria-label="Menu"><span></span></button></header>
<main class="wrap">
{main}
</main>
<nav class="bottom">{nav}</nav>
<footer class="mf">{escape_text(labels["footer"])}</footer>
</body>
</html>
"""


def render_related(lang: str, n: int = 3) -> str:
    labels = LABELS[lang]
    items = "\n".join(
        f'<li><a href="{other_url(o, lang)}"><img src="/images/blank.png" data-src="/documents/20182/thumb/{o[0]}.jpg" '
        f'layout="fixed" width="96" height="64" alt=""><span>{escape_text(o[1])}</span></a><time>{o[2][2]}/{o[2][1]}/{o[2][0]}</time></li>'
        for o in OTHERS[:n]
    )
    return f'<section class="rel"><h2>{escape_text(labels["related"])}</h2><ul>\n{items}\n</ul></section>'


def render_article(
    art: Article,
    lang: str,
    url: str,
    *,
    encode: Callable[[str], str],
    img_mode: str,
    section: str | None,
) -> (
    tuple[str, list[dict[str, str]], list[str]]
    | tuple[str, list[dict[str, str] | dict[str, str | None]], list[str]]
):
    labels = LABELS[lang]
    captions: list = []
    out = []
    for b in art.blocks:
        k = b[0]
        if k == "p":
            out.append(f"<p>{encode(b[1])}</p>")
        elif k == "img":
            file, cap = b[1], b[2]
            if img_mode == "figure_lazy":
                real = f"{HOST}/documents/20182/{art.aid}/{file}"
                captions.append({"image_url": real, "text": cap})
                img = (
                    f'<img src="/images/blank.png" data-src="{real}" layout="responsive" width="640" '
                    f'height="427" alt="">'
                )
                fc = f"<figcaption>{encode(cap)}</figcaption>" if cap else ""
                out.append(f"<figure>{img}{fc}</figure>")
            else:
                src = (
                    f"/documents/20182/{art.aid}/{file}"
                    if img_mode == "p_rel"
                    else f"//caugiay.hanoi.gov.vn/documents/20182/{art.aid}/{file}"
                )
                captions.append({"image_url": urljoin(url, src), "text": cap})
                out.append(
                    f'<p style="text-align:center"><img src="{src}" layout="responsive" width="640" '
                    f'height="427" alt=""></p>'
                )
                if cap:
                    tag = "em" if img_mode == "p_rel" else "i"
                    out.append(f'<p style="text-align:center"><{tag}>{encode(cap)}</{tag}></p>')
        else:
            raise ValueError(k)
    if art.author:
        out.append(f'<p style="text-align:right"><strong>{encode(art.author)}</strong></p>')
    body = "\n".join(out)
    w = art.when
    shown = f"{w[2]}/{w[1]}/{w[0]} {w[3]}:{w[4]:02d}" + (f":{w[5]:02d}" if len(w) > 5 else "")
    kicker = (
        f'<a class="k" href="{"/en" if lang == "en" else ""}/dang-doan-the">{escape_text(section)}</a>\n'
        if section
        else ""
    )
    title = encode(art.title) + (ZERO_WIDTH_SPACE if encode is nfd_with_zero_width_spaces else "")
    main = f"""<article class="a">
{kicker}<h1 class="t">{title}</h1>
<div class="meta"><span class="d">{ICON_CAL}<span class="sr-only">{escape_text(labels["date"])}</span> {shown}</span> <span class="v">{ICON_EYE}<span class="sr-only">{escape_text(labels["views"])}</span> {f"{art.views:,}".replace(",", ".")}</span></div>
<div class="ct">
{body}
</div>
<div class="share"><span class="sr-only">{escape_text(labels["share"])}</span><a href="https://www.facebook.com/sharer/sharer.php?u={escape_attribute(url)}" aria-label="Facebook">{ICON_FB}</a><a href="https://zalo.me/share?u={escape_attribute(url)}" aria-label="Zalo">{ICON_ZALO}</a><a href="#copy" aria-label="{escape_attribute(labels["copy"])}">{ICON_LINK}</a></div>
</article>
{render_related(lang)}"""
    page = render_page(lang, art.title, article_url(art.aid, art.title), main)
    furn = furniture_of(
        art, OTHERS[0][1], labels["related"], labels["footer"], "024.3767.5201", labels["share"]
    )
    return page, captions, furn


def build_z_mobile_min() -> None:
    theme = "z_mobile_min"
    art = CENTRAL_RESOLUTION_6_STUDY
    url = article_url(art.aid, art.title)
    page, captions, furn = render_article(
        art, "vi", url, encode=escape_text, img_mode="figure_lazy", section="Công tác Đảng"
    )
    add_article(
        theme,
        "single_digit_date_lazy",
        art=art,
        lang="vi",
        url=url,
        section="Công tác Đảng",
        page=page,
        captions=captions,
        furniture=furn,
        must_contain=["Nghị quyết số 28-NQ/TW", "Hội nghị kết thúc vào 11 giờ 30 cùng ngày."],
        must_not_contain=["cdn.ampproject.org", OTHERS[0][1], "sharer.php"],
    )

    art = DICH_VONG_HAU_CONGRESS
    url = article_url(art.aid, art.title, "en")
    page, captions, furn = render_article(
        art, "en", url, encode=escape_text, img_mode="p_rel", section="Công tác Đảng"
    )
    add_article(
        theme,
        "english_ui_uncaptioned_photo",
        art=art,
        lang="en",
        url=url,
        section="Công tác Đảng",
        page=page,
        captions=captions,
        furniture=furn,
        must_contain=["bầu đồng chí Phạm Thị Thu Trang", "dh-chi-bo-kdc3-dvh-1.jpg"],
        must_not_contain=["cdn.ampproject.org", OTHERS[0][1], "Related news"],
    )

    art = NGHIA_DO_WORKING_VISIT
    url = article_url(art.aid, art.title)
    page, captions, furn = render_article(
        art, "vi", url, encode=nfd_with_zero_width_spaces, img_mode="p_proto", section=None
    )
    add_article(
        theme,
        "nfd_zero_width_seconds_no_section",
        art=art,
        lang="vi",
        url=url,
        section=None,
        page=page,
        captions=captions,
        furniture=furn,
        must_contain=["thu ngân sách đạt 87% dự toán", "btv-lam-viec-nghia-do.jpg"],
        must_not_contain=["cdn.ampproject.org", OTHERS[0][1]],
    )

    # non-article: English "not found" at an /en/ article URL
    main = f"""<section class="nf">
<h1 class="t">Not found</h1>
<p>The article you are looking for does not exist or has been removed.</p>
<p><a href="/en/">Back to home page</a></p>
</section>
{render_related("en", 5).replace("Related news", "Latest news")}"""
    add_error(
        theme,
        "not_found_en",
        url=article_url(5609999, "Hoi nghi so ket cong tac Dang quy I nam 2023", "en"),
        page=render_page("en", "Not found", f"{HOST}/en/", main),
        why="English soft 404 at an article URL; latest news with dates below",
    )

    # non-article: a photo gallery index (albums with thumbnails, dates, counts, views)
    albums = [
        ("Hội nghị Ban Chấp hành Đảng bộ quận lần thứ 12", (2022, 1, 7), 14, 356),
        ("Lễ trao Huy hiệu Đảng đợt 3/2/2023", (2023, 2, 2), 22, 512),
        ("Đại hội điểm chi bộ Khu dân cư số 3 phường Dịch Vọng Hậu", (2022, 4, 14), 9, 140),
        ("Khai giảng lớp bồi dưỡng nhận thức về Đảng năm 2023", (2023, 2, 8), 17, 233),
    ]
    figs = "\n".join(
        f'<figure class="album"><a href="/thu-vien-anh/-/album/{i + 301}"><img src="/images/blank.png" '
        f'data-src="/documents/20182/album/{i + 301}/cover.jpg" layout="responsive" width="320" height="213" alt=""></a>'
        f'<figcaption><a href="/thu-vien-anh/-/album/{i + 301}">{escape_text(t)}</a><br>{ICON_CAL} {w[2]}/{w[1]}/{w[0]} · {n} ảnh · '
        f'{ICON_EYE}<span class="sr-only">Lượt xem</span> {v}</figcaption></figure>'
        for i, (t, w, n, v) in enumerate(albums)
    )
    main = f"""<h1 class="t">Thư viện ảnh</h1>
<p class="intro">Hình ảnh hoạt động của Đảng bộ, chính quyền và nhân dân quận Cầu Giấy.</p>
<div class="albums">
{figs}
</div>
<p class="pager"><a href="/thu-vien-anh?trang=2">Xem thêm album</a></p>"""
    add_error(
        theme,
        "photo_gallery_index",
        url=f"{HOST}/thu-vien-anh",
        page=render_page("vi", "Thư viện ảnh", f"{HOST}/thu-vien-anh", main),
        why="photo albums only: each a cover, a title, a date, a photo count",
    )
