# ruff: noqa: E501  # page markup stays on one line, as the page has it
"""z_wp_entry: WordPress-like HTML5: <article>/<header>/<footer>, entry-title,
<time datetime> in UTC, "Đăng ngày:" / "Posted on", views written "171 lượt
xem" after the number, month-name dates in the English UI, a hidden <time
class="updated"> glued to the published one, lazy images with <noscript>
twins, share icons with title attributes only and related posts *inside* the
content div, cookie banner, comment form.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin

from ..encoders import escape_attribute, escape_text
from ..portal import HOST, Labels
from .articles import (
    INSPECTION_REVIEW_2022,
    OTHERS,
    REAL_ARTICLE,
    Article,
    article_url,
    day_month_year,
    day_month_year_time,
    iso_when,
    other_url,
    slug,
)
from .cases import add_article, add_error, furniture_of

BLANK_GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"

LABELS: dict[str, Labels] = {
    "vi": {
        "cookie": "Chúng tôi sử dụng cookie để nâng cao trải nghiệm của bạn trên trang web này.",
        "accept": "Đồng ý",
        "skip": "Chuyển đến nội dung",
        "site": "Cổng thông tin điện tử quận Cầu Giấy",
        "menu": [
            "Trang chủ",
            "Giới thiệu",
            "Tin tức - Sự kiện",
            "Đảng - Đoàn thể",
            "Thủ tục hành chính",
            "Liên hệ",
        ],
        "posted": "Đăng ngày:",
        "views": "lượt xem",
        "share": "Chia sẻ",
        "related": "Bài viết liên quan",
        "tags": "Từ khóa:",
        "prev": "Bài trước",
        "next": "Bài tiếp theo",
        "comments": "Để lại bình luận",
        "comment_label": "Bình luận của bạn",
        "name": "Họ và tên",
        "send": "Gửi bình luận",
        "recent": "Bài viết mới",
        "search": "Tìm kiếm",
        "footer": "© 2023 Cổng thông tin điện tử quận Cầu Giấy. Địa chỉ: Số 36 Cầu Giấy, phường Quan "
        "Hoa, quận Cầu Giấy, Hà Nội. Điện thoại: 024.3767.5201",
    },
    "en": {
        "cookie": "We use cookies to improve your experience on this website.",
        "accept": "Accept",
        "skip": "Skip to content",
        "site": "Cau Giay District Portal",
        "menu": [
            "Home",
            "About",
            "News & Events",
            "Party & Unions",
            "Administrative procedures",
            "Contact",
        ],
        "posted": "Posted on",
        "views": "views",
        "share": "Share",
        "related": "Related posts",
        "tags": "Tags:",
        "prev": "Previous post",
        "next": "Next post",
        "comments": "Leave a comment",
        "comment_label": "Your comment",
        "name": "Name",
        "send": "Post comment",
        "recent": "Recent posts",
        "search": "Search",
        "footer": "© 2023 Cau Giay District Portal. Address: 36 Cau Giay Street, Quan Hoa Ward, "
        "Cau Giay District, Hanoi. Phone: 024.3767.5201",
    },
}

MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def render_page(lang: str, title: str, main: str, *, extra_head: str = "") -> str:
    labels = LABELS[lang]
    menu = "\n".join(
        f'      <li class="menu-item"><a href="{HOST}/{"en/" if lang == "en" else ""}'
        f'{slug(m)}">{escape_text(m)}</a></li>'
        for m in labels["menu"]
    )
    recent = "\n".join(
        f'      <li><a href="{other_url(o, lang)}">{escape_text(o[1])}</a> <span class="post-date">{day_month_year(o[2])}</span></li>'
        for o in OTHERS[:5]
    )
    return f"""<!DOCTYPE html>
<html lang="{"vi-VN" if lang == "vi" else "en-US"}">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape_text(title)} &#8211; {escape_text(labels["site"])}</title>
<link rel="stylesheet" href="/wp-content/themes/caugiay/style.css?ver=2.3.1" media="all">
<style>.updated:not(.published){{display:none}} .screen-reader-text{{position:absolute;left:-9999px}}</style>
{extra_head}<script>window._wpemojiSettings = {{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/72x72\\/"}};</script>
</head>
<body class="post-template-default single single-post single-format-standard">
<a class="skip-link screen-reader-text" href="#content">{escape_text(labels["skip"])}</a>
<div id="cookie-law-info-bar" role="dialog"><span>{escape_text(labels["cookie"])} <a role="button" class="cli-accept">{escape_text(labels["accept"])}</a></span></div>
<div id="page" class="site">
  <header id="masthead" class="site-header">
    <p class="site-title"><a href="{HOST}/" rel="home">{escape_text(labels["site"])}</a></p>
    <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
{menu}
    </ul></nav>
  </header>
  <div id="content" class="site-content">
    <div id="primary" class="content-area">
      <main id="main" class="site-main">
{main}
      </main>
    </div>
    <aside id="secondary" class="widget-area">
      <section class="widget widget_search"><form role="search" class="search-form"><label><span class="screen-reader-text">{escape_text(labels["search"])}</span><input type="search" class="search-field" name="s"></label><input type="submit" class="search-submit" value="{escape_attribute(labels["search"])}"></form></section>
      <section class="widget widget_recent_entries"><h2 class="widget-title">{escape_text(labels["recent"])}</h2><ul>
{recent}
      </ul></section>
    </aside>
  </div>
  <footer id="colophon" class="site-footer"><div class="site-info">{escape_text(labels["footer"])}</div></footer>
</div>
<script src="/wp-content/plugins/lazysizes/lazysizes.min.js?ver=5.3.2" async></script>
<script>document.querySelectorAll('.cli-accept').forEach(function(b){{b.onclick=function(){{document.cookie='viewed_cookie_policy=yes';}};}});</script>
</body>
</html>
"""


def render_content(art: Article, lang: str, base: str, captions: list[Any], *, lazy: bool) -> str:
    out = []
    up = "/wp-content/uploads/" + f"{art.when[0]}/{art.when[1]:02d}/"
    for b in art.blocks:
        k = b[0]
        if k == "p":
            out.append(f'<p style="text-align: justify;">{escape_text(b[1])}</p>')
        elif k == "lines":
            out.append(
                '<p style="text-align: justify;">'
                + "<br>\n".join(escape_text(t) for t in b[1])
                + "</p>"
            )
        elif k == "img":
            src = up + b[1]
            captions.append({"image_url": urljoin(base, src), "text": b[2]})
            if lazy:
                img = (
                    f'<img decoding="async" width="800" height="533" src="{BLANK_GIF}" data-src="{src}" '
                    f'class="lazyload wp-image-{art.aid % 9973}" alt="">'
                    f'<noscript><img decoding="async" width="800" height="533" src="{src}" alt=""></noscript>'
                )
            else:
                img = f'<img decoding="async" width="800" height="533" src="{src}" class="wp-image-{art.aid % 9973}" alt="">'
            cap = (
                f'<figcaption class="wp-element-caption">{escape_text(b[2])}</figcaption>'
                if b[2]
                else ""
            )
            out.append(f'<figure class="wp-block-image aligncenter size-large">{img}{cap}</figure>')
        else:
            raise ValueError(k)
    assert art.author is not None, "these themes always sign the article"
    if art.author == art.author.upper():
        out.append(
            f'<p class="has-text-align-right"><strong>{escape_text(art.author)}</strong></p>'
        )
    else:
        out.append(f'<p style="text-align: right;"><em>{escape_text(art.author)}</em></p>')
    return "\n".join(out)


def render_article(
    art: Article,
    lang: str,
    url: str,
    *,
    lazy: bool,
    show_views: bool,
    updated: tuple[str, str] | None = None,
) -> (
    tuple[str, list[dict[str, str] | dict[str, str | None]], list[str]]
    | tuple[str, list[dict[str, str]], list[str]]
):
    labels = LABELS[lang]
    captions: list = []
    content = render_content(art, lang, url, captions, lazy=lazy)
    y, m, d, hour, minute = art.when[:5]
    if lang == "vi":
        shown = day_month_year_time(art.when)
        attr = art.utc_attr()
    else:
        shown = f"{MONTHS_EN[m - 1]} {d}, {y} at {hour:02d}:{minute:02d}"
        attr = art.iso()
    if updated:
        times = (
            f'<time class="entry-date published" datetime="{attr}">{shown}</time>'
            f'<time class="updated" datetime="{updated[1]}">{updated[0]}</time>'
        )
    else:
        times = f'<time class="entry-date published updated" datetime="{attr}">{shown}</time>'
    views = (
        (
            f' <span class="sep">&middot;</span> <span class="post-views"><span class="post-views-count">'
            f"{art.views}</span> {labels['views']}</span>"
        )
        if show_views
        else ""
    )
    share_titles = (
        [
            "Chia sẻ lên Facebook",
            "Chia sẻ qua Zalo",
            "Chia sẻ lên Twitter",
            "Gửi qua email",
            "In bài viết",
        ]
        if lang == "vi"
        else ["Share on Facebook", "Share on Zalo", "Share on Twitter", "Send by email", "Print"]
    )
    share = "\n".join(
        f'  <a class="share-{i}" href="#share-{i}" title="{escape_attribute(t)}" rel="nofollow noopener">'
        f'<svg class="icon" aria-hidden="true" width="20" height="20"><use href="#i{i}"></use></svg></a>'
        for i, t in enumerate(share_titles)
    )
    rel = "\n".join(
        f'  <div class="jp-relatedposts-post"><h4><a href="{other_url(o, lang)}">{escape_text(o[1])}</a></h4>'
        f'<p class="jp-relatedposts-post-date">{day_month_year(o[2])}</p><p class="jp-relatedposts-post-excerpt">'
        f"{escape_text(o[4])}</p></div>"
        for o in OTHERS[:3]
    )
    tagnames = ["Hội nghị", "Ban Chấp hành", "Quận ủy Cầu Giấy"]
    tags = ", ".join(
        f'<a href="{HOST}/tag/{slug(t)}" rel="tag">{escape_text(t)}</a>' for t in tagnames
    )
    prev, nxt = OTHERS[0], OTHERS[3]
    main = f"""        <article id="post-{art.aid}" class="post-{art.aid} post type-post status-publish format-standard has-post-thumbnail hentry category-cong-tac-dang">
          <header class="entry-header">
            <div class="entry-cats"><a href="{HOST}/{"en/" if lang == "en" else ""}dang-doan-the" rel="category tag">CÔNG TÁC ĐẢNG</a></div>
            <h1 class="entry-title">{escape_text(art.title)}</h1>
            <div class="entry-meta"><span class="posted-on">{labels["posted"]} <a href="{url}" rel="bookmark">{times}</a></span>{views}</div>
          </header>
          <div class="entry-content">
{content}
<div class="sharedaddy sd-sharing-enabled"><div class="sd-content share-icons">
{share}
</div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>{escape_text(labels["related"])}</em></h3>
{rel}
</div>
          </div>
          <footer class="entry-footer"><span class="tags-links">{escape_text(labels["tags"])} {tags}</span></footer>
        </article>
        <nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links">
          <div class="nav-previous"><a href="{other_url(prev, lang)}" rel="prev"><span class="meta-nav">{escape_text(labels["prev"])}</span> {escape_text(prev[1])}</a></div>
          <div class="nav-next"><a href="{other_url(nxt, lang)}" rel="next"><span class="meta-nav">{escape_text(labels["next"])}</span> {escape_text(nxt[1])}</a></div>
        </div></nav>
        <div id="comments" class="comments-area"><div id="respond" class="comment-respond">
          <h3 id="reply-title" class="comment-reply-title">{escape_text(labels["comments"])}</h3>
          <form action="/wp-comments-post.php" method="post" id="commentform">
            <p class="comment-form-comment"><label for="comment">{escape_text(labels["comment_label"])}</label><textarea id="comment" name="comment" rows="6"></textarea></p>
            <p class="comment-form-author"><label for="author">{escape_text(labels["name"])}</label><input id="author" name="author" type="text"></p>
            <p class="form-submit"><input name="submit" type="submit" class="submit" value="{escape_attribute(labels["send"])}"></p>
          </form>
        </div></div>"""
    page = render_page(lang, art.title, main)
    furniture = furniture_of(
        art,
        OTHERS[0][1],
        OTHERS[1][1],
        OTHERS[3][1],
        labels["related"],
        labels["tags"],
        labels["cookie"],
        labels["comments"],
        labels["recent"],
        "024.3767.5201",
        share_titles[0],
        "_wpemojiSettings",
    )
    return page, captions, furniture


def build_z_wp_entry() -> None:
    theme = "z_wp_entry"
    # 1. the real article, Vietnamese UI
    url = article_url(REAL_ARTICLE.aid, REAL_ARTICLE.title)
    page, captions, furn = render_article(REAL_ARTICLE, "vi", url, lazy=False, show_views=True)
    add_article(
        theme,
        "real_article_vi",
        art=REAL_ARTICLE,
        lang="vi",
        url=url,
        section="CÔNG TÁC ĐẢNG",
        page=page,
        captions=captions,
        furniture=furn,
        must_contain=[
            "Hội nghị lần thứ 12 để thảo luận",
            "hn-bch-lan-12-01.jpg",
            "Kỷ cương, trách nhiệm, hành động, sáng tạo, phát triển",
        ],
        must_not_contain=["<script", OTHERS[0][1], "jp-relatedposts-post", "commentform"],
    )
    # 2. the same article, English UI, fetched with a query string and fragment
    url = (
        article_url(REAL_ARTICLE.aid, REAL_ARTICLE.title, "en")
        + "?_com_liferay_journal_content_web_portlet_redirect=%2Fen%2Fdang-doan-the#main"
    )
    page, captions, furn = render_article(REAL_ARTICLE, "en", url, lazy=False, show_views=True)
    add_article(
        theme,
        "real_article_en_query",
        art=REAL_ARTICLE,
        lang="en",
        url=url,
        section="CÔNG TÁC ĐẢNG",
        page=page,
        captions=captions,
        furniture=furn,
        must_contain=["Báo cáo công tác tài chính Đảng năm 2021", "hn-bch-lan-12-02.jpg"],
        must_not_contain=["<script", OTHERS[1][1], "Leave a comment"],
    )
    # 3. lazy images with <noscript> twins, a photo without caption, <br>-split
    #    list, hidden "updated" time glued to the published one, no view count,
    #    a right-aligned non-capital signature
    art = INSPECTION_REVIEW_2022
    url = article_url(art.aid, art.title)
    upd = ("13/01/2023 08:00", "2023-01-13T01:00:00+00:00")
    page, captions, furn = render_article(art, "vi", url, lazy=True, show_views=False, updated=upd)
    add_article(
        theme,
        "lazy_noscript_no_views",
        art=art,
        lang="vi",
        url=url,
        section="CÔNG TÁC ĐẢNG",
        page=page,
        captions=captions,
        furniture=[*furn, "Ảnh: Minh Anh", "13/01/2023"],
        must_contain=["bám sát chương trình công tác", "- Công tác giải quyết tố cáo"],
        must_not_contain=["<script", OTHERS[0][1]],
    )

    # non-article: category archive (listing with dates, views and excerpts)
    items = [
        f"""        <article class="post type-post status-publish hentry category-cong-tac-dang">
          <header class="entry-header"><h2 class="entry-title"><a href="{other_url(o)}" rel="bookmark">{escape_text(o[1])}</a></h2>
            <div class="entry-meta"><span class="posted-on">Đăng ngày: <time class="entry-date published updated" datetime="{iso_when(o[2])}">{day_month_year_time(o[2])}</time></span> &middot; <span class="post-views">{o[3]} lượt xem</span></div></header>
          <div class="entry-summary"><p>{escape_text(o[4])}</p></div>
          <footer class="entry-footer"><a class="more-link" href="{other_url(o)}">Xem tiếp &raquo;</a></footer>
        </article>"""
        for o in OTHERS
    ]
    main = (
        '        <header class="page-header"><h1 class="page-title">Chuyên mục: <span>Công tác Đảng</span></h1></header>\n'
        + "\n".join(items)
        + '\n        <nav class="navigation pagination"><div class="nav-links"><span class="page-numbers current">1</span> '
        '<a class="page-numbers" href="/dang-doan-the/page/2">2</a> <a class="next page-numbers" href="/dang-doan-the/page/2">Trang sau</a></div></nav>'
    )
    add_error(
        theme,
        "category_listing",
        url=f"{HOST}/dang-doan-the",
        page=render_page("vi", "Công tác Đảng", main),
        why="a list of six articles with dates and excerpts",
    )
    # non-article: WordPress soft 404 served at an article URL
    main = """        <section class="error-404 not-found">
          <header class="page-header"><h1 class="page-title">Rất tiếc! Không tìm thấy trang này.</h1></header>
          <div class="page-content"><p>Bài viết bạn tìm không tồn tại hoặc đã bị gỡ bỏ. Bạn có thể thử tìm kiếm hoặc xem các bài viết mới dưới đây.</p>
            <form role="search" class="search-form"><input type="search" name="s" placeholder="Tìm kiếm &hellip;"><input type="submit" value="Tìm kiếm"></form>
          </div>
        </section>"""
    add_error(
        theme,
        "soft_404_vi",
        url=article_url(5608012, "Hội nghị Ban Thường vụ Quận ủy mở rộng"),
        page=render_page("vi", "Không tìm thấy trang", main),
        why="404 text at an article URL; only a sidebar of dated links",
    )
