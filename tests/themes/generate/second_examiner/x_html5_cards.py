# ruff: noqa: E501  # page markup stays on one line, as the page has it
"""x_html5_cards: HTML5 semantic: <h1> is the site logo, title in <h2>, the
sidebar of <article class="card"> items with <time> comes before <main>;
<time datetime> in the meta; "1.024 lượt xem" (number before label);
capitalised subheadings in the body, list, blockquote; lazy srcset figures
inside <a> links.
"""

from __future__ import annotations

from datetime import datetime

from ..encoders import escape_attribute, escape_text
from ..portal import HOST, Labels, article_path
from .articles import (
    CONGRESS_PREPARATION_CHECK,
    INSPECTION_COMMITTEE_2023,
    MASS_MOBILISATION_2022,
    NGHIA_TAN_CELL_MEETING,
    OTHERS,
    PARTY_BADGES_2023,
    SECTION,
    SIX_MONTH_REVIEW_2022,
    THEMATIC_STUDY_2023,
    TODAY,
    Article,
    day_month_year,
    en_number,
    hour_minute,
    today_line,
    vi_number,
)
from .cases import expected_for, standard_checks, write_case
from .markup import render_inline

LABELS: dict[str, Labels] = {
    "vi": {
        "views": "lượt xem",
        "most": "Tin đọc nhiều",
        "more": "Tin khác",
        "tags": "Từ khóa:",
        "share": "Chia sẻ:",
        "home": "Trang chủ",
        "party": "Đảng - Đoàn thể",
        "sec": "Công tác Đảng",
    },
    "en": {
        "views": "views",
        "most": "Most read",
        "more": "Other news",
        "tags": "Tags:",
        "share": "Share:",
        "home": "Home",
        "party": "Party - Mass organisations",
        "sec": "Công tác Đảng",
    },
}


def render_card(
    lang: str,
    o_id: int,
    o_slug: str,
    o_title: str,
    o_when: datetime,
    o_views: int,
    summary: str | None = None,
    tag: str = "h3",
) -> str:
    labels = LABELS[lang]
    href = article_path(o_id, o_slug, lang)
    num = vi_number(o_views) if lang == "vi" else en_number(o_views)
    s = f'\n   <p class="card-summary">{escape_text(summary)}</p>' if summary else ""
    return (
        f'\n  <article class="card">\n   <{tag} class="card-title"><a href="{href}">{escape_text(o_title)}</a></{tag}>\n'
        f'   <p class="card-meta"><time datetime="{o_when:%Y-%m-%dT%H:%M:%S}+07:00">{day_month_year(o_when)}</time> · '
        f"<span>{num} {labels['views']}</span></p>{s}\n  </article>"
    )


def render_page(lang: str, head_title: str, main: str) -> str:
    labels = LABELS[lang]
    pre = "/en" if lang == "en" else ""
    side = "".join(render_card(lang, *o) for o in OTHERS[:4])
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{escape_text(head_title)} | Quận Cầu Giấy</title>
<meta name="viewport" content="width=device-width">
<link rel="stylesheet" href="/o/cg-cards/main.css">
</head>
<body>
<header class="site-header">
 <h1 class="site-logo"><a href="{pre}/"><img src="/o/cg-cards/logo.svg" alt=""><span>Cổng thông tin điện tử quận Cầu Giấy</span></a></h1>
 <p class="today">{today_line(lang)}</p>
 <nav class="site-nav"><ul><li><a href="{pre}/">{labels["home"]}</a></li><li><a href="{pre}/dang-doan-the">{labels["party"]}</a></li><li><a href="{pre}/van-ban">Văn bản</a></li></ul></nav>
</header>
<div class="layout">
<aside class="sidebar" aria-label="{labels["most"]}">
 <h2 class="sidebar-title">{labels["most"]}</h2>{side}
</aside>
<main id="main">{main}
</main>
</div>
<footer class="site-footer">
 <p>Ủy ban nhân dân quận Cầu Giấy · 36 Cầu Giấy, Hà Nội · <a href="tel:02437672145">024 3767 2145</a></p>
 <p>Cập nhật lần cuối: {day_month_year(TODAY)}</p>
</footer>
</body>
</html>
"""


def render_body(art: Article) -> str:
    out = []
    for b in art.blocks:
        kind = b[0]
        if kind == "p":
            out.append(f"<p>{render_inline(b[1])}</p>")
        elif kind == "h":
            out.append(
                f"<h3>{escape_text(b[1])}</h3>"
                if b[1].startswith("I.")
                else f"<p><strong>{escape_text(b[1])}</strong></p>"
            )
        elif kind == "ul":
            out.append(
                "<ul>\n" + "\n".join(f"<li>{render_inline(i)}</li>" for i in b[1]) + "\n</ul>"
            )
        elif kind == "quote":
            out.append(f"<blockquote>\n<p>{render_inline(b[1])}</p>\n</blockquote>")
        elif kind == "photo":
            img = b[1][0]
            base = img.path.rsplit(".", 1)[0]
            out.append(
                f'<figure class="wp-block-image"><a href="{escape_attribute(img.big)}"><img loading="lazy" src="{escape_attribute(img.path)}" '
                f'srcset="{escape_attribute(base)}-400.jpg 400w, {escape_attribute(img.path)} {img.width}w" sizes="(max-width: 800px) 100vw, 800px" '
                f'width="{img.width}" height="{img.height}" alt="{escape_attribute(b[2])}"></a><figcaption>{escape_text(b[2])}</figcaption></figure>'
            )
        elif kind == "sig":
            out.append(f'<p style="text-align: right;"><em>{escape_text(b[1])}</em></p>')
    return "\n".join(out)


def render_article(art: Article, lang: str) -> str:
    labels = LABELS[lang]
    pre = "/en" if lang == "en" else ""
    assert art.views is not None, "a page that shows views needs a count"
    num = vi_number(art.views) if lang == "vi" else en_number(art.views)
    more = "".join(
        render_card(lang, a.id, a.slug, a.title, a.when, a.views or 0, a.summary)
        for a in [SIX_MONTH_REVIEW_2022, INSPECTION_COMMITTEE_2023, MASS_MOBILISATION_2022]
        if a.id != art.id
    )
    main = f"""
 <nav class="crumbs"><a href="{pre}/">{labels["home"]}</a> / <a href="{pre}/dang-doan-the">{labels["party"]}</a> / <a href="{pre}/dang-doan-the/cong-tac-dang">{labels["sec"]}</a></nav>
 <article class="post" itemscope itemtype="https://schema.org/NewsArticle">
  <header class="post-header">
   <p class="post-category"><a href="{pre}/dang-doan-the/cong-tac-dang">{SECTION}</a></p>
   <h2 class="post-title" itemprop="headline">{escape_text(art.title)}</h2>
   <p class="post-meta"><time datetime="{art.when:%Y-%m-%dT%H:%M:%S}+07:00" itemprop="datePublished">{day_month_year(art.when)} | {hour_minute(art.when)}</time> <span class="sep">·</span> <span class="post-views">{num} {labels["views"]}</span></p>
  </header>
  <div class="post-body" itemprop="articleBody">
{render_body(art)}
  </div>
  <footer class="post-footer">
   <p class="post-tags">{labels["tags"]} <a href="/tags/chi-bo">chi bộ</a> <a href="/tags/dai-hoi">đại hội</a></p>
   <p class="post-share">{labels["share"]} <a href="https://www.facebook.com/sharer/sharer.php?u={HOST}{art.rel(lang)}">Facebook</a> <a href="mailto:?subject={escape_attribute(art.title)}">Email</a></p>
  </footer>
 </article>
 <section class="more-news" aria-label="{labels["more"]}">
  <h2>{labels["more"]}</h2>{more}
 </section>"""
    return render_page(lang, art.title, main)


def page_furniture(lang: str) -> list[str]:
    labels = LABELS[lang]
    return [
        labels["most"],
        labels["more"],
        labels["tags"],
        labels["share"],
        OTHERS[0][2],
        OTHERS[2][2],
        SIX_MONTH_REVIEW_2022.summary,
        "Cổng thông tin điện tử quận Cầu Giấy",
        today_line(lang),
        "024 3767 2145",
    ]


def build_x_html5_cards() -> None:
    th = "x_html5_cards"
    # 1. h1 is the site logo, the title an h2 after a sidebar of <article> cards; "0 lượt xem"
    page = render_article(THEMATIC_STUDY_2023, "vi")
    must, body_not = standard_checks(THEMATIC_STUDY_2023, furniture=page_furniture("vi"))
    write_case(
        th,
        "h1_logo_zero_views_vi",
        page,
        THEMATIC_STUDY_2023.url("vi"),
        expected_for(THEMATIC_STUDY_2023, "vi", section=True),
        must_contain=must,
        must_not_contain=["Tin đọc nhiều", "Tin khác", OTHERS[0][2]],
        body_not=body_not,
    )
    # 2. English UI, "2,048 views", no signature
    page = render_article(NGHIA_TAN_CELL_MEETING, "en")
    must, body_not = standard_checks(NGHIA_TAN_CELL_MEETING, furniture=page_furniture("en"))
    write_case(
        th,
        "time_element_en",
        page,
        NGHIA_TAN_CELL_MEETING.url("en"),
        expected_for(NGHIA_TAN_CELL_MEETING, "en", section=True),
        must_contain=must,
        must_not_contain=["Most read", "Other news"],
        body_not=body_not,
    )
    # 3. capitalised subheadings (<h3> and <p><strong>), "- " list items in <li>, blockquote, no photo
    page = render_article(CONGRESS_PREPARATION_CHECK, "vi")
    must, body_not = standard_checks(CONGRESS_PREPARATION_CHECK, furniture=page_furniture("vi"))
    write_case(
        th,
        "caps_subheads_list_vi",
        page,
        CONGRESS_PREPARATION_CHECK.url("vi"),
        expected_for(CONGRESS_PREPARATION_CHECK, "vi", section=True),
        must_contain=[
            *must,
            "I. KẾT QUẢ KIỂM TRA",
            "II. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI",
            "phát huy dân chủ, trí tuệ của đảng viên",
        ],
        must_not_contain=["Tin đọc nhiều", "Tin khác"],
        body_not=body_not,
    )
    # 4. listing made of <article> cards with summaries and a pager
    items = "".join(
        render_card("vi", a.id, a.slug, a.title, a.when, a.views or 0, a.summary, tag="h2")
        for a in [
            THEMATIC_STUDY_2023,
            INSPECTION_COMMITTEE_2023,
            PARTY_BADGES_2023,
            MASS_MOBILISATION_2022,
            SIX_MONTH_REVIEW_2022,
            CONGRESS_PREPARATION_CHECK,
        ]
    )
    main = (
        f'\n <nav class="crumbs"><a href="/">Trang chủ</a> / <a href="/dang-doan-the">Đảng - Đoàn thể</a> / '
        f'<a href="/dang-doan-the/cong-tac-dang">Công tác Đảng</a></nav>\n <p class="post-category">{SECTION}</p>{items}\n'
        ' <nav class="pager" aria-label="Phân trang"><a rel="prev" href="?trang=2">‹ Trang trước</a> '
        '<span aria-current="page">3</span> <a rel="next" href="?trang=4">Trang sau ›</a></nav>'
    )
    write_case(
        th,
        "listing_cards_vi",
        render_page("vi", "Công tác Đảng", main),
        HOST + "/dang-doan-the/cong-tac-dang?trang=3",
    )
    # 5. soft 404 in the English UI: a "Not Found" heading in the article's own structure, no date
    main = (
        '\n <article class="post">\n  <header class="post-header"><h2 class="post-title">Not Found</h2></header>\n'
        '  <div class="post-body"><p>The requested resource could not be found.</p>\n'
        f"  <p>{HOST}/en/dang-doan-the/-/view_content/5387002-le-ket-nap-dang-vien.html</p></div>\n </article>"
    )
    write_case(
        th,
        "not_found_en",
        render_page("en", "Not Found", main),
        HOST + "/en/dang-doan-the/-/view_content/5387002-le-ket-nap-dang-vien.html",
    )
