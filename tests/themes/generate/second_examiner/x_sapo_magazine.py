# ruff: noqa: E501  # page markup stays on one line, as the page has it
"""x_sapo_magazine: Magazine layout: kicker section, h1 title, bold sapo/lead
(an <h4> between title and meta, or <p><strong> right after meta); dates
with weekday or "15 giờ 27, ngày ..."; no date label; figure/figcaption with
<picture>; entity-encoded and NFD text; UTC article:published_time meta.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from ..encoders import (
    decomposed_word_nbsp_runs,
    escape_attribute,
    escape_text,
    named_or_alternating_numeric_entities,
)
from ..portal import HOST, Labels
from .articles import (
    DICH_VONG_HAU_CONGRESS,
    DIRECTIVE_05_REVIEW,
    EN_DAYS,
    INSPECTION_COMMITTEE_2023,
    MASS_MOBILISATION_2022,
    OTHERS,
    PARTY_BADGES_2023,
    SECTION,
    SIX_MONTH_REVIEW_2022,
    VI_DAYS,
    Article,
    day_month_year,
    en_number,
    hour_minute,
    other_url,
    today_line,
    vi_number,
)
from .cases import expected_for, standard_checks, write_case
from .markup import render_inline, unchanged

LABELS: dict[str, Labels] = {
    "vi": {
        "share": "Chia sẻ",
        "print": "In bài",
        "font": "Cỡ chữ",
        "tags": "Từ khóa:",
        "related": "Tin liên quan",
        "comments": "Ý kiến bạn đọc",
        "note": "Bạn đọc gửi ý kiến, vui lòng ghi rõ họ tên và địa chỉ email.",
        "send": "Gửi bình luận",
        "most": "Xem nhiều",
        "views": "Lượt xem:",
        "home": "Trang chủ",
    },
    "en": {
        "share": "Share",
        "print": "Print",
        "font": "Font size",
        "tags": "Tags:",
        "related": "Related news",
        "comments": "Comments",
        "note": "Please give your full name and email address.",
        "send": "Post comment",
        "most": "Most viewed",
        "views": "View count:",
        "home": "Home",
    },
}


def render_page(lang: str, head: str, main: str) -> str:
    labels = LABELS[lang]
    pre = "/en" if lang == "en" else ""
    side = "".join(
        f'<li><a href="{other_url(o, lang)}">{escape_text(o[2])}</a><span class="views">{vi_number(o[4]) if lang == "vi" else en_number(o[4])}</span></li>'
        for o in OTHERS[:5]
    )
    return f"""<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
{head}
<link rel="stylesheet" href="/o/cg-magazine/css/app.css">
<style>.story-kicker{{text-transform:uppercase}} .story-sapo{{font-weight:700}}</style>
</head>
<body class="article-page">
<div class="topbar"><div class="container"><span class="date-now">{today_line(lang)}</span>
 <span class="weather">Hà Nội 18°C</span> <a class="lang" href="/">VI</a> <a class="lang" href="/en">EN</a></div></div>
<header class="masthead"><div class="container">
 <a class="brand" href="{pre}/"><img alt="Cổng thông tin điện tử quận Cầu Giấy" src="/o/cg-magazine/img/brand.svg"></a>
 <nav class="mainnav"><a href="{pre}/">{labels["home"]}</a><a href="{pre}/tin-tuc-su-kien">Tin tức</a><a href="{pre}/dang-doan-the">Đảng - Đoàn thể</a><a href="{pre}/chinh-quyen">Chính quyền</a></nav>
</div></header>
<div class="container"><div class="row">
<div class="col-main">{main}
</div>
<aside class="col-side"><div class="widget"><div class="widget-head">{labels["most"]}</div><ol class="rank">{side}</ol></div></aside>
</div></div>
<footer class="site-footer"><div class="container">
 <p>© 2015 - 2026 Cổng thông tin điện tử quận Cầu Giấy. Chịu trách nhiệm chính: Chánh Văn phòng HĐND - UBND quận.</p>
 <p>Số 36 Cầu Giấy, Hà Nội · ĐT: 024.3767.2145</p>
</div></footer>
<script src="/o/cg-magazine/js/app.js" defer></script>
</body>
</html>
"""


def render_body(art: Article, transform: Callable, lead_in_body: bool) -> str:
    out = []
    for b in art.blocks:
        kind = b[0]
        if kind == "lead":
            if lead_in_body:
                out.append(f'<p class="lead"><strong>{render_inline(b[1], transform)}</strong></p>')
        elif kind == "p":
            out.append(f'<p style="text-align: justify;">{render_inline(b[1], transform)}</p>')
        elif kind == "photo":
            img = b[1][0]
            base = img.path.rsplit(".", 1)[0]
            out.append(
                f'<figure class="story-figure"><picture><source type="image/webp" srcset="{escape_attribute(base)}.webp">'
                f'<img src="{escape_attribute(img.path)}" alt="" width="{img.width}" height="{img.height}"></picture>'
                f"<figcaption>{transform(escape_text(b[2]))}</figcaption></figure>"
            )
        elif kind == "sig":
            out.append(
                f'<p style="text-align: right;"><strong>{transform(escape_text(b[1]))}</strong></p>'
            )
    return "\n".join(out)


def render_article(
    art: Article,
    lang: str,
    *,
    transform: Callable[[str], str] = unchanged,
    section: bool = True,
    sapo_h4: bool = False,
    date_text: str = "",
    published_meta: bool = False,
) -> str:
    labels = LABELS[lang]
    lead = next((b[1] for b in art.blocks if b[0] == "lead"), None)
    head = f'<title>{transform(escape_text(art.title))}</title>\n<meta property="og:title" content="{escape_attribute(art.title)}">'
    head += f'\n<meta name="description" content="{escape_attribute(art.summary)}">'
    if published_meta:
        utc = art.when - timedelta(hours=7)
        head += f'\n<meta property="article:published_time" content="{utc:%Y-%m-%dT%H:%M:%S}Z">'
    assert art.views is not None, "a page that shows views needs a count"
    num = vi_number(art.views) if lang == "vi" else en_number(art.views)
    related = "".join(
        f'<li><a href="{other_url(o, lang)}">{escape_text(o[2])}</a><span class="time">{day_month_year(o[3])} {hour_minute(o[3])}</span></li>'
        for o in OTHERS[1:4]
    )
    kicker = (
        f'<a class="story-kicker" href="{"/en" if lang == "en" else ""}/dang-doan-the/cong-tac-dang">{SECTION}</a>'
        if section
        else ""
    )
    sapo = (
        f'<h4 class="story-sapo">{render_inline(lead, transform)}</h4>'
        if (sapo_h4 and lead)
        else ""
    )
    main = f"""
<article class="story">
 {kicker}
 <h1 class="story-title">{transform(escape_text(art.title))}</h1>
 {sapo}
 <div class="story-meta"><span class="story-date"><i class="ico-clock"></i> {date_text}</span> <span class="dot">•</span> <span class="story-views"><i class="ico-eye"></i> {labels["views"]} {num}</span></div>
 <div class="story-toolbar"><a class="share" href="#">{labels["share"]}</a> <a href="https://www.facebook.com/sharer/sharer.php?u={HOST}{art.rel(lang)}">Facebook</a> <a href="https://sp.zalo.me/share_to_zalo?u={HOST}{art.rel(lang)}">Zalo</a> <a href="javascript:window.print()">{labels["print"]}</a> <span>{labels["font"]}: <a href="#">A-</a> <a href="#">A+</a></span></div>
 <div class="story-body">
{render_body(art, transform, not sapo_h4)}
 </div>
 <div class="story-tags">{labels["tags"]} <a href="/tags/dang-bo">Đảng bộ</a>, <a href="/tags/cau-giay">Cầu Giấy</a></div>
</article>
<section class="story-related"><h3>{labels["related"]}</h3><ul>{related}</ul></section>
<section class="comments"><h3>{labels["comments"]}</h3><p class="note">{labels["note"]}</p>
 <form><input name="name"><input name="email"><textarea name="body"></textarea><button>{labels["send"]}</button></form></section>"""
    return render_page(lang, head, main)


def page_furniture(lang: str) -> list[str]:
    labels = LABELS[lang]
    return [
        labels["related"],
        labels["comments"],
        labels["note"],
        labels["most"],
        labels["tags"],
        OTHERS[1][2],
        OTHERS[4][2],
        today_line(lang),
        "Hà Nội 18°C",
        "024.3767.2145",
        "Zalo",
    ]


def build_x_sapo_magazine() -> None:
    th = "x_sapo_magazine"
    # 1. sapo as <h4> between title and meta (the lead is the first body paragraph); weekday date, no label
    d = DICH_VONG_HAU_CONGRESS.when
    date_text = f"{VI_DAYS[d.weekday()].capitalize()}, {day_month_year(d)} {hour_minute(d)}"  # "Thứ ba, 12/05/2020 08:00"
    page = render_article(
        DICH_VONG_HAU_CONGRESS, "vi", sapo_h4=True, date_text=date_text, published_meta=True
    )
    must, body_not = standard_checks(DICH_VONG_HAU_CONGRESS, furniture=page_furniture("vi"))
    write_case(
        th,
        "sapo_h4_before_meta_vi",
        page,
        DICH_VONG_HAU_CONGRESS.url("vi"),
        expected_for(DICH_VONG_HAU_CONGRESS, "vi", section=True),
        must_contain=must[1:],
        must_not_contain=["Tin liên quan", "Ý kiến bạn đọc"],
        body_not=body_not,
    )
    # 2. entity-encoded everything; bold lead paragraph right after meta; "16 giờ 45, ngày 10/01/2023"
    d = INSPECTION_COMMITTEE_2023.when
    page = render_article(
        INSPECTION_COMMITTEE_2023,
        "vi",
        transform=named_or_alternating_numeric_entities,
        sapo_h4=False,
        date_text=f"{d:%H} giờ {d:%M}, ngày {day_month_year(d)}",
    )
    must, body_not = standard_checks(INSPECTION_COMMITTEE_2023, furniture=page_furniture("vi"))
    write_case(
        th,
        "lead_after_meta_entities_vi",
        page,
        INSPECTION_COMMITTEE_2023.url("vi"),
        expected_for(INSPECTION_COMMITTEE_2023, "vi", section=True),
        must_contain=must,
        must_not_contain=["Tin liên quan", "Ý kiến bạn đọc"],
        body_not=body_not,
    )
    # 3. English UI, no section shown, NFD text with NBSP runs, English weekday
    d = DIRECTIVE_05_REVIEW.when
    page = render_article(
        DIRECTIVE_05_REVIEW,
        "en",
        transform=decomposed_word_nbsp_runs,
        section=False,
        date_text=f"Publish date: {EN_DAYS[d.weekday()]}, {day_month_year(d)} - {hour_minute(d)}",
    )
    must, body_not = standard_checks(DIRECTIVE_05_REVIEW, furniture=page_furniture("en"))
    write_case(
        th,
        "nfd_no_section_en",
        page,
        DIRECTIVE_05_REVIEW.url("en"),
        expected_for(DIRECTIVE_05_REVIEW, "en", section=False),
        must_contain=must,
        must_not_contain=["Related news", "Comments"],
        body_not=body_not,
    )
    # 4. English listing
    items = "".join(
        f"""
<article class="story-item">
 <a class="thumb" href="{a.rel("en")}"><img src="/documents/20182/{a.id}/thumb.jpg" alt=""></a>
 <h2 class="story-item-title"><a href="{a.rel("en")}">{escape_text(a.title)}</a></h2>
 <div class="story-meta"><span class="story-date">{EN_DAYS[a.when.weekday()]}, {day_month_year(a.when)} - {hour_minute(a.when)}</span> <span class="dot">•</span> <span class="story-views">View count: {en_number(a.views or 0)}</span></div>
 <p class="story-item-sapo">{escape_text(a.summary)}</p>
</article>"""
        for a in [
            INSPECTION_COMMITTEE_2023,
            PARTY_BADGES_2023,
            MASS_MOBILISATION_2022,
            SIX_MONTH_REVIEW_2022,
        ]
    )
    main = (
        f'\n<h1 class="section-title">{SECTION}</h1>{items}\n'
        '<nav class="pager"><a class="prev" href="?page=1">« Previous</a> <a href="?page=1">1</a> <b>2</b> '
        '<a href="?page=3">3</a> <a class="next" href="?page=3">Next »</a></nav>'
    )
    write_case(
        th,
        "listing_en",
        render_page("en", "<title>Công tác Đảng</title>", main),
        HOST + "/en/dang-doan-the/cong-tac-dang?page=2",
    )
    # 5. no permission to view, at an article URL
    main = (
        f'\n<article class="story">\n <a class="story-kicker" href="/dang-doan-the/cong-tac-dang">{SECTION}</a>\n'
        ' <div class="alert alert-warning"><strong>Thông báo:</strong> Bạn không có quyền xem nội dung này. '
        'Vui lòng <a href="/c/portal/login">đăng nhập</a> để tiếp tục.</div>\n</article>'
    )
    write_case(
        th,
        "no_permission_vi",
        render_page("vi", "<title>Thông báo</title>", main),
        HOST + "/dang-doan-the/-/view_content/5391204-bao-cao-tinh-hinh-to-chuc-co-so-dang.html",
    )
