# ruff: noqa: E501  # page markup stays on one line, as the page has it
"""z_portal_tools: Modern portal: "Cập nhật" before "Ngày đăng", date-only
publish date, print/send/save tools above and below the body, two photos
side by side, <ol>, <blockquote>, a video iframe, a 16-px file icon in a
link, a script and an onclick inside the body, "Tin cùng chuyên mục" with
dates, a reader-comment form, English UI with query/fragment URL.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin

from ..encoders import escape_text
from ..portal import HOST, Labels
from .articles import (
    DIRECTIVE_05_REVIEW,
    OTHERS,
    PARTY_93RD_ANNIVERSARY_TALK,
    PARTY_AWARENESS_COURSE_2023,
    Article,
    article_url,
    day_month_year,
    day_month_year_time,
    other_url,
    slug,
)
from .cases import add_article, add_error, furniture_of

LABELS: dict[str, Labels] = {
    "vi": {
        "tools": ["Bản in", "Gửi bài viết", "Lưu bài viết"],
        "updated": "Cập nhật",
        "posted": "Ngày đăng",
        "views": "Lượt xem",
        "samecat": "Tin cùng chuyên mục",
        "comments": "Ý kiến bạn đọc",
        "fields": ["Họ và tên", "Email", "Nội dung ý kiến", "Mã xác nhận"],
        "send": "Gửi ý kiến",
        "share": "Chia sẻ:",
        "home": "Trang chủ",
        "parent": "Đảng - Đoàn thể",
        "side": ["Lịch công tác", "Video nổi bật", "Liên kết website"],
        "schedule": "Thứ Hai 13/02/2023: 08:00 - Giao ban Thường trực Quận ủy",
        "links": ["Cổng thông tin Chính phủ", "Thành ủy Hà Nội", "Dịch vụ công trực tuyến"],
        "footer": "Bản quyền thuộc Ủy ban nhân dân quận Cầu Giấy. Địa chỉ: Số 36 Cầu Giấy, phường Quan Hoa. "
        "Điện thoại: 024.3767.5201 - Fax: 024.3767.2043. Cập nhật lần cuối: 13/02/2023",
        "note": "Ý kiến của bạn sẽ được biên tập trước khi đăng.",
        "weekday": "Thứ Hai",
        "menu": [
            "Trang chủ",
            "Giới thiệu",
            "Tin tức - Sự kiện",
            "Đảng - Đoàn thể",
            "Văn bản",
            "Liên hệ",
        ],
    },
    "en": {
        "tools": ["Print", "Send", "Save"],
        "updated": "Updated",
        "posted": "Publish date",
        "views": "View count",
        "samecat": "Other news in this section",
        "comments": "Reader comments",
        "fields": ["Full name", "Email", "Your comment", "Captcha"],
        "send": "Send comment",
        "share": "Share:",
        "home": "Home",
        "parent": "Đảng - Đoàn thể",
        "side": ["Work schedule", "Featured video", "Links"],
        "schedule": "Monday 13/02/2023: 08:00 - District Party Committee standing meeting",
        "links": ["Government portal", "Hanoi Party Committee", "Online public services"],
        "footer": "Copyright Cau Giay District People's Committee. Address: 36 Cau Giay, Quan Hoa Ward. "
        "Phone: 024.3767.5201 - Fax: 024.3767.2043. Last updated: 13/02/2023",
        "note": "Comments are moderated before publication.",
        "weekday": "Monday",
        "menu": ["Home", "About", "News & Events", "Party & Unions", "Documents", "Contact"],
    },
}


def render_tools(labels: Labels, where: str) -> str:
    links = " | ".join(
        f'<a href="javascript:void(0)" class="tool-{i}" rel="nofollow">'
        f'<i class="fa fa-{ic}" aria-hidden="true"></i> {escape_text(t)}</a>'
        for i, (t, ic) in enumerate(
            zip(labels["tools"], ["print", "envelope", "bookmark"], strict=True)
        )
    )
    share = ""
    if where == "bottom":
        share = (
            f' <span class="share">{escape_text(labels["share"])} <a href="#fb" title="Facebook"><i class="fa fa-facebook"></i></a>'
            f' <a href="#zalo" title="Zalo"><i class="fa fa-zalo"></i></a></span>'
        )
    return f'<div class="tools tools-{where}">{links}{share}</div>'


def render_page(lang: str, title: str, main: str, *, today: str) -> str:
    labels = LABELS[lang]
    pre = "/en" if lang == "en" else ""
    menu = "".join(
        f'<li><a href="{pre}/{slug(m)}">{escape_text(m)}</a></li>' for m in labels["menu"]
    )
    links = "".join(
        f'<li><a href="#l{i}">{escape_text(t)}</a></li>' for i, t in enumerate(labels["links"])
    )
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{escape_text(title)} | UBND quận Cầu Giấy</title>
<link rel="stylesheet" href="/o/caugiay-theme/css/main.css">
<link rel="stylesheet" href="/o/caugiay-theme/css/font-awesome.min.css">
</head>
<body>
<div class="topbar"><div class="container"><span>Hotline: 024.3767.5201</span> | <span class="today">{escape_text(labels["weekday"])}, {today}</span>
<a href="/">Tiếng Việt</a> <a href="/en/">English</a></div></div>
<header class="site-header"><div class="container"><a class="brand" href="{pre}/"><img src="/o/caugiay-theme/images/logo.png" alt="UBND QUẬN CẦU GIẤY" width="420" height="80"></a>
<nav class="mainnav"><ul>{menu}</ul></nav></div></header>
<div class="container">
<div class="row">
<div class="col-md-8 col-main">
{main}
</div>
<aside class="col-md-4 col-side">
<div class="box"><h3 class="box-title">{escape_text(labels["side"][0])}</h3><p>{escape_text(labels["schedule"])}</p></div>
<div class="box"><h3 class="box-title">{escape_text(labels["side"][1])}</h3><iframe width="100%" height="200" src="https://www.youtube.com/embed/aB1cD2eF3gH" frameborder="0"></iframe></div>
<div class="box"><h3 class="box-title">{escape_text(labels["side"][2])}</h3><ul>{links}</ul></div>
</aside>
</div>
</div>
<footer class="site-footer"><div class="container"><p>{escape_text(labels["footer"])}</p></div></footer>
<script src="/o/caugiay-theme/js/main.js"></script>
</body>
</html>
"""


def render_breadcrumb(labels: Labels, lang: str) -> str:
    pre = "/en" if lang == "en" else ""
    return (
        f'<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="{pre}/">'
        f'{escape_text(labels["home"])}</a></li><li class="breadcrumb-item"><a href="{pre}/dang-doan-the">{escape_text(labels["parent"])}</a>'
        f'</li><li class="breadcrumb-item active" aria-current="page"><a href="{pre}/dang-doan-the/cong-tac-dang">'
        f"Công tác Đảng</a></li></ol></nav>"
    )


def render_after_article(labels: Labels, lang: str, aid: int) -> str:
    same = "\n".join(
        f'<li><a href="{other_url(o, lang)}">{escape_text(o[1])}</a> <span class="date">({day_month_year(o[2])})</span></li>'
        for o in OTHERS[:5]
    )
    f = labels["fields"]
    return f"""<section class="same-cat"><h3 class="sec-title">{escape_text(labels["samecat"])}</h3><ul>
{same}
</ul></section>
<section class="comments"><h3 class="sec-title">{escape_text(labels["comments"])}</h3><p class="note">{escape_text(labels["note"])}</p>
<form method="post" action="/binh-luan?id={aid}">
<label>{escape_text(f[0])} <input name="name"></label> <label>{escape_text(f[1])} <input name="email" type="email"></label>
<label>{escape_text(f[2])} <textarea name="body" rows="4"></textarea></label>
<label>{escape_text(f[3])} <img src="/captcha?k=8812" width="90" height="30" alt=""> <input name="captcha"></label>
<button type="submit">{escape_text(labels["send"])}</button>
</form></section>"""


def render_body(art: Article, captions: list[Any], base: str) -> str:
    out = []
    for b in art.blocks:
        k = b[0]
        if k == "p":
            out.append(f'<p style="text-align: justify;">{escape_text(b[1])}</p>')
        elif k == "lead":
            out.append(f'<p style="text-align: justify;"><strong>{escape_text(b[1])}</strong></p>')
        elif k == "ol":
            out.append("<ol>\n" + "\n".join(f"<li>{escape_text(t)}</li>" for t in b[1]) + "\n</ol>")
        elif k == "quote":
            out.append(f"<blockquote><p>{escape_text(b[1])}</p></blockquote>")
        elif k == "video":
            out.append(
                f'<p style="text-align: center;"><iframe width="560" height="315" src="{b[1]}" '
                f'frameborder="0" allowfullscreen></iframe></p>'
            )
            out.append(
                f"<script>var _viewId = {art.aid}; (function(){{ var i = new Image(); "
                f"i.src = '/o/stats/hit?id=' + _viewId; }})();</script>"
            )
        elif k == "doc":
            out.append(
                f'<p style="text-align: justify;">{escape_text(b[1])} <a href="{b[3]}" target="_blank" '
                f'onclick="trackDownload(this)"><img src="/o/caugiay-theme/images/icons/pdf.png" width="16" '
                f'height="16" alt="" /> {escape_text(b[2])}</a>{escape_text(b[4])}</p>'
            )
        elif k == "pair":
            cells = []
            for file, cap in b[1:]:
                src = f"/documents/20182/{art.aid}/{file}"
                captions.append({"image_url": urljoin(base, src), "text": cap})
                cells.append(
                    f'<td style="width: 50%; text-align: center; vertical-align: top;"><img src="{src}" '
                    f'width="340" height="227" alt="" /><br /><em>{escape_text(cap)}</em></td>'
                )
            out.append(
                '<table style="width: 100%;" border="0" cellpadding="4"><tbody><tr>'
                + "".join(cells)
                + "</tr></tbody></table>"
            )
        elif k == "img":
            src = f"/documents/20182/{art.aid}/{b[1]}"
            captions.append({"image_url": urljoin(base, src), "text": b[2]})
            out.append(
                f'<p style="text-align: center;"><img src="{src}" width="680" height="453" alt="" /></p>'
            )
            out.append(f'<p style="text-align: center;"><em>{escape_text(b[2])}</em></p>')
        else:
            raise ValueError(k)
    assert art.author is not None, "these themes always sign the article"
    if art.author == art.author.upper():
        out.append(f'<p style="text-align: right;"><strong>{escape_text(art.author)}</strong></p>')
    else:
        out.append(
            f'<p style="text-align: right;"><em><strong>{escape_text(art.author)}</strong></em></p>'
        )
    return "\n".join(out)


def render_article(
    art: Article, lang: str, url: str, *, updated: str | None, today: str
) -> tuple[str, list[dict[str, str]], list[str]]:
    labels = LABELS[lang]
    captions: list = []
    body = render_body(art, captions, url)
    meta = []
    if updated:
        meta.append(
            f'<li><span class="lbl">{escape_text(labels["updated"])}:</span> {updated}</li>'
        )
    posted = day_month_year_time(art.when) if art.has_time else day_month_year(art.when)
    meta.append(f'<li><span class="lbl">{escape_text(labels["posted"])}:</span> {posted}</li>')
    meta.append(
        f'<li><i class="fa fa-eye" aria-hidden="true"></i> {escape_text(labels["views"])}: '
        f"{f'{art.views:,}'.replace(',', '.')}</li>"
    )
    main = f"""{render_breadcrumb(labels, lang)}
<div class="news-detail">
{render_tools(labels, "top")}
<h1 class="news-title">{escape_text(art.title)}</h1>
<ul class="news-meta">{"".join(meta)}</ul>
<div class="news-content">
{body}
</div>
{render_tools(labels, "bottom")}
</div>
{render_after_article(labels, lang, art.aid)}"""
    page = render_page(lang, art.title, main, today=today)
    furn = furniture_of(
        art,
        OTHERS[0][1],
        OTHERS[4][1],
        labels["samecat"],
        labels["comments"],
        labels["tools"][0],
        labels["tools"][2],
        labels["note"],
        "024.3767.5201",
        labels["schedule"],
    )
    if updated:
        furn.append(updated)
    return page, captions, furn


def build_z_portal_tools() -> None:
    theme = "z_portal_tools"
    art = PARTY_AWARENESS_COURSE_2023
    url = article_url(art.aid, art.title)
    page, captions, furn = render_article(
        art, "vi", url, updated="10/02/2023 09:12", today="13/02/2023"
    )
    add_article(
        theme,
        "updated_first_ol_pair_video",
        art=art,
        lang="vi",
        url=url,
        section="Công tác Đảng",
        page=page,
        captions=captions,
        furniture=[*furn, "_viewId", "trackDownload"],
        must_contain=[
            "Khái quát lịch sử Đảng Cộng sản Việt Nam;",
            "khai-giang-ttct-2023-2.jpg",
            "KH-12-TTCT.pdf",
            "nghiêm túc học tập",
        ],
        must_not_contain=["<script", "_viewId", "onclick", OTHERS[0][1], "Gửi ý kiến"],
    )

    art = DIRECTIVE_05_REVIEW
    url = article_url(art.aid, art.title)
    page, captions, furn = render_article(art, "vi", url, updated=None, today="17/05/2021")
    add_article(
        theme,
        "date_only_two_photos",
        art=art,
        lang="vi",
        url=url,
        section="Công tác Đảng",
        page=page,
        captions=captions,
        furniture=furn,
        must_contain=["100% chi bộ đưa nội dung học tập", "so-ket-ct05-1.jpg", "so-ket-ct05-2.jpg"],
        must_not_contain=[OTHERS[0][1], "Gửi ý kiến"],
    )

    art = PARTY_93RD_ANNIVERSARY_TALK
    url = (
        article_url(art.aid, art.title, "en")
        + "?p_p_id=com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet&p_p_lifecycle=0#comments"
    )
    page, captions, furn = render_article(
        art, "en", url, updated="03/02/2023 16:40", today="06/02/2023"
    )
    add_article(
        theme,
        "english_updated_first_query",
        art=art,
        lang="en",
        url=url,
        section="Công tác Đảng",
        page=page,
        captions=captions,
        furniture=furn,
        must_contain=["ôn lại truyền thống vẻ vang", "toa-dam-93-nam.jpg"],
        must_not_contain=[OTHERS[0][1], "Send comment", "Other news in this section"],
    )

    # non-article: the article template rendered without content (title, no date, no body)
    labels = LABELS["vi"]
    title = "Hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2023"
    main = f"""{render_breadcrumb(labels, "vi")}
<div class="news-detail">
{render_tools(labels, "top")}
<h1 class="news-title">{escape_text(title)}</h1>
<ul class="news-meta"><li><span class="lbl">Ngày đăng:</span> </li><li><i class="fa fa-eye" aria-hidden="true"></i> Lượt xem: </li></ul>
<div class="news-content">
<p>&nbsp;</p>
</div>
{render_tools(labels, "bottom")}
</div>
{render_after_article(labels, "vi", 5611440)}"""
    add_error(
        theme,
        "empty_template_no_date",
        url=article_url(5611440, title),
        page=render_page("vi", title, main, today="14/07/2023"),
        why="a title over an empty body, no date; dates only in the related list",
    )

    # non-article: a section listing served at a view_content URL, led by a featured item
    feat = PARTY_AWARENESS_COURSE_2023
    rest = "\n".join(
        f'<div class="news-item"><a href="{other_url(o)}"><img src="/documents/20182/thumb/{o[0]}.jpg" width="180" '
        f'height="120" alt=""></a><h3><a href="{other_url(o)}">{escape_text(o[1])}</a></h3>'
        f'<p class="date">Ngày đăng: {day_month_year_time(o[2])} | Lượt xem: {o[3]}</p><p class="sapo">{escape_text(o[4])}</p></div>'
        for o in OTHERS
    )
    main = f"""{render_breadcrumb(labels, "vi")}
<h1 class="cat-title">Công tác Đảng</h1>
<div class="news-featured"><a href="{article_url(feat.aid, feat.title)}"><img src="/documents/20182/{feat.aid}/khai-giang-ttct-2023-1.jpg" width="680" height="453" alt=""></a>
<h2><a href="{article_url(feat.aid, feat.title)}">{escape_text(feat.title)}</a></h2>
<p class="date">Ngày đăng: {day_month_year_time(feat.when)} | Lượt xem: 1.508</p>
<p class="sapo">{escape_text(feat.blocks[0][1])}</p></div>
<div class="news-list">
{rest}
</div>
<ul class="pagination"><li class="active"><span>1</span></li><li><a href="/dang-doan-the?cur=2">2</a></li><li><a href="/dang-doan-the?cur=3">3</a></li><li><a href="/dang-doan-the?cur=2">Trang sau &raquo;</a></li></ul>"""
    add_error(
        theme,
        "listing_featured_at_article_url",
        url=f"{HOST}/dang-doan-the/-/view_content/5600001-cong-tac-dang.html",
        page=render_page("vi", "Công tác Đảng", main, today="13/02/2023"),
        why="a featured item (title, photo, date, views, summary) then six more: a listing",
    )
