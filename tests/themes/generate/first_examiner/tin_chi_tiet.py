# ruff: noqa: E501  # page markup stays on one line, as the page has it
"""The tin_chi_tiet theme.

A home-grown Vietnamese CMS (XHTML 1.0, Vietnamese class names): no <h1>
anywhere; today's date in the header; the left column (TIN NỔI BẬT /
TIN ĐỌC NHIỀU, <h2> headings, items with their own date and
"Lượt xem: 2.345") comes BEFORE the article in the DOM; the title is an
<h2>; the meta line is split over two elements ("Ngày xuất bản" with the
time before the date, "Lượt đọc"); photos in CKEditor 5 <figure>s;
share bar and "Tin khác" after the body.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from ..encoders import escape_text, nfd_text
from ..portal import HOST
from .body import render_body_blocks
from .cases import article_case, error_case, first_plain_words
from .site import ADDRESS_VI, OTHERS, PHONE, other_url
from .stories import Photo, Story, story_92_nam, story_nghi_quyet_tw4, story_ubkt


def render_page(page_title: str, main: str) -> str:
    menu = [
        "Trang chủ",
        "Giới thiệu",
        "Tin tức",
        "Đảng - Đoàn thể",
        "Chính quyền",
        "Văn bản",
        "Hỏi đáp",
        "Liên hệ",
    ]
    menu_html = "\n".join(f'<li><a href="/tct/m{i}">{m}</a></li>' for i, m in enumerate(menu))
    noi_bat = "\n".join(
        f'<li class="tin"><h3 class="ten-tin"><a href="{other_url(i, en=(i == 1), absolute=(i == 2))}">'
        f'{html.escape(OTHERS[i][2])}</a></h3><span class="ngay">{OTHERS[i][3]}</span> '
        f'<span class="luot-xem">Lượt xem: {OTHERS[i][4]}</span></li>'
        for i in (0, 1, 2, 3)
    )
    doc_nhieu = "\n".join(
        f'<li><a href="{other_url(i)}">{html.escape(OTHERS[i][2])}</a> <em>(Ngày đăng: {OTHERS[i][3]} | '
        f"Lượt xem: {OTHERS[i][4]})</em></li>"
        for i in (4, 5)
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Cổng TTĐT quận Cầu Giấy | {html.escape(page_title)}</title>
<link rel="stylesheet" type="text/css" href="/tct/css/giao-dien.css" />
<script type="text/javascript">
  (function(i,s,o,g,r,a,m){{i['GoogleAnalyticsObject']=r;i[r]=i[r]||function(){{(i[r].q=i[r].q||[]).push(arguments)}}}})(window,document,'script','//www.google-analytics.com/analytics.js','ga');
  ga('create', 'UA-00000000-1', 'auto'); ga('send', 'pageview');
</script>
</head>
<body>
<div id="khung">
<div id="dau-trang">
<div class="logo"><a href="/"><img src="/tct/images/logo-quoc-huy.png" alt="Quốc huy" /></a>
<div class="ten-cong"><span class="dong-1">ĐẢNG BỘ - CHÍNH QUYỀN - NHÂN DÂN</span><span class="dong-2">QUẬN CẦU GIẤY</span></div></div>
<div class="thanh-tren"><span class="ngay-hien-tai">Thứ Hai, 14/03/2022</span>
<form class="tim-kiem" action="/tim-kiem"><input type="text" name="tukhoa" value="Nhập từ khóa..." onfocus="this.value=''" /><input type="submit" value="Tìm" /></form></div>
<ul class="menu-ngang">
{menu_html}
</ul>
</div>
<div id="than-trang">
<div class="cot-trai">
<div class="khoi"><h2 class="tieu-de-khoi">TIN NỔI BẬT</h2>
<ul class="ds-tin">
{noi_bat}
</ul></div>
<div class="khoi"><h2 class="tieu-de-khoi">TIN ĐỌC NHIỀU</h2>
<ul class="ds-tin">
{doc_nhieu}
</ul></div>
<div class="khoi lien-ket"><h2 class="tieu-de-khoi">LIÊN KẾT WEBSITE</h2>
<select onchange="window.open(this.value)"><option>-- Chọn website --</option><option value="https://hanoi.gov.vn">Cổng giao tiếp điện tử Hà Nội</option></select></div>
</div>
<div class="cot-giua">
{main}
</div>
</div>
<div id="chan-trang">
<p><b>CỔNG THÔNG TIN ĐIỆN TỬ QUẬN CẦU GIẤY</b></p>
<p>Địa chỉ: {ADDRESS_VI} - Điện thoại: {PHONE}</p>
<p>Ghi rõ nguồn “Cổng thông tin điện tử quận Cầu Giấy” khi phát hành lại thông tin từ website này.</p>
</div>
</div>
</body>
</html>
"""


def render_article(
    story: Story,
    url: str,
    date_line: str,
    views_line: str | None,
    encode: Callable,
    variants: list[str],
    para_attrs: str = ' style="text-align:justify"',
) -> str:
    body = render_body_blocks(
        story, encode, url, para_tag="p", para_attrs=para_attrs, variants=variants
    )
    views = f'\n<div class="luot-xem-bai">{views_line}</div>' if views_line else ""
    tin_khac = "\n".join(
        f'<li><a href="{other_url(i)}">{html.escape(OTHERS[i][2])}</a> <span class="ngay">({OTHERS[i][3]})</span></li>'
        for i in (6, 7, 8, 9)
    )
    main = f"""<div class="tin-chi-tiet">
<div class="chuyen-muc"><a href="/dang-doan-the">CÔNG TÁC ĐẢNG</a></div>
<h2 class="tieu-de">{encode(story.title)}</h2>
<div class="thong-tin-bai">
<div class="ngay-dang"><img src="/tct/images/dong-ho.gif" alt="" /> {date_line}</div>{views}
</div>
<div class="noi-dung">
{body}
</div>
<div class="chia-se">Chia sẻ: <a href="https://www.facebook.com/sharer.php?u={html.escape(url, quote=True)}" target="_blank">Facebook</a>
<a href="https://zalo.me/share?u={html.escape(url, quote=True)}" target="_blank">Zalo</a>
<a href="#" onclick="window.print(); return false;">In bài</a>
<a href="#" onclick="guiEmail(); return false;">Gửi email</a>
<a href="javascript:history.back()">Quay lại</a></div>
<div class="tin-khac"><h3>Tin khác</h3>
<ul>
{tin_khac}
</ul></div>
</div>"""
    return render_page(story.title, main)


def build_tin_chi_tiet() -> None:
    theme = "tin_chi_tiet"
    common = [
        "TIN NỔI BẬT",
        "TIN ĐỌC NHIỀU",
        "LIÊN KẾT WEBSITE",
        "Tin khác",
        "Chia sẻ",
        "Facebook",
        "Zalo",
        "In bài",
        "Gửi email",
        "Quay lại",
        "Hỏi đáp",
        "Thứ Hai",
        "14/03/2022",
        ADDRESS_VI,
        "Ngày xuất bản",
        "Lượt đọc",
        "Lượt xem",
        "CÔNG TÁC ĐẢNG",
        "QUẬN CẦU GIẤY",
        "Ghi rõ nguồn",
        "ga(",
        "GoogleAnalytics",
    ]
    others = [OTHERS[i][2] for i in (0, 1, 4, 6, 9)]
    html_not = [
        "<script",
        "onclick=",
        "onfocus=",
        "Tin khác",
        "Zalo",
        "Lượt đọc",
        "Lượt xem",
        OTHERS[6][2],
        OTHERS[0][2],
    ]

    # 1. time before date, meta split over two elements, <figure>+<figcaption>,
    #    "- " list paragraphs, right-aligned signature that is a name
    s = story_nghi_quyet_tw4(
        Photo(
            "/documents/20182/5241122/hoi-nghi-nq-tw4.jpg",
            "Quang cảnh Hội nghị tại điểm cầu Trung tâm Chính trị quận",
            "figure",
        )
    )
    variants = ["plain", "lead_bold", "plain", "spans"]
    url = HOST + s.path(en=False)
    article_case(
        theme,
        "split_meta_figure",
        s,
        url=url,
        lang="vi",
        section="CÔNG TÁC ĐẢNG",
        view_count=2817,
        page=render_article(
            s, url, "Ngày xuất bản: 08:00 24/12/2021", "Lượt đọc: 2.817", escape_text, variants
        ),
        not_in_body=common + others,
        html_must_contain=["hoi-nghi-nq-tw4.jpg", first_plain_words(s, variants)],
        html_must_not_contain=html_not,
    )

    # 2. no view count at all; figure without caption (absolute URL); empty
    #    paragraphs; no signature although the last line is short
    s = story_ubkt(
        Photo(
            "https://caugiay.hanoi.gov.vn/documents/20182/5265250/ubkt-tong-ket-2021.jpg",
            None,
            "figure_nocap",
        )
    )
    variants = ["plain", "nbsp_indent", "plain", "split_span"]
    url = HOST + s.path(en=False)
    article_case(
        theme,
        "no_view_count",
        s,
        url=url,
        lang="vi",
        section="CÔNG TÁC ĐẢNG",
        view_count=None,
        page=render_article(
            s, url, "Ngày đăng: 09:30 - 18/01/2022", None, escape_text, variants, para_attrs=""
        ),
        not_in_body=common + others,
        html_must_contain=["ubkt-tong-ket-2021.jpg", first_plain_words(s, variants)],
        html_must_not_contain=html_not,
    )

    # 3. the whole article (title, body, caption, signature) pasted from
    #    Word: NFD text; upper-case signature in a plain bold paragraph
    s = story_92_nam(
        Photo(
            "/documents/20182/5273374/gap-mat-3-2.png",
            "Các đại biểu dự buổi gặp mặt chụp ảnh lưu niệm",
            "figure_center",
        )
    )
    variants = ["spans", "plain", "wrapped", "lead_bold"]
    url = HOST + s.path(en=False)
    article_case(
        theme,
        "nfd_text",
        s,
        url=url,
        lang="vi",
        section="CÔNG TÁC ĐẢNG",
        view_count=3456,
        page=render_article(
            s, url, "Ngày đăng: 14:00 03/02/2022", "Lượt xem: 3.456", nfd_text, variants
        ),
        not_in_body=common + others,
        html_must_contain=["gap-mat-3-2.png", first_plain_words(s, variants)],
        html_must_not_contain=[*html_not, "onerror="],
    )

    # non-articles: listing (page 2 of the section) and a removed article
    items = "\n".join(
        f"""<div class="tin-ds"><a href="{other_url(i)}"><img src="/documents/20182/{aid}/anh-dai-dien.jpg" alt="" /></a>
<h3 class="tieu-de-tin"><a href="{other_url(i)}">{html.escape(title)}</a></h3>
<div class="ngay-dang">Ngày đăng: 1{i}:00 {date} | Lượt xem: {views}</div>
<p class="tom-tat">{html.escape(title)}. Tham dự có lãnh đạo Quận ủy và các ban xây dựng Đảng.</p></div>"""
        for i, (aid, slug, title, date, views) in enumerate(OTHERS)
    )
    listing = f"""<div class="ds-tin-chuyen-muc">
<div class="chuyen-muc"><a href="/dang-doan-the">CÔNG TÁC ĐẢNG</a></div>
{items}
<div class="phan-trang"><a href="?trang=1">«</a> <a href="?trang=1">1</a> <b>2</b> <a href="?trang=3">3</a> <a href="?trang=4">4</a> <a href="?trang=3">»</a></div>
</div>"""
    error_case(
        theme,
        "listing_page2",
        HOST + "/dang-doan-the?p_p_id=101_INSTANCE_ctd&_101_INSTANCE_ctd_cur=2",
        render_page("Công tác Đảng", listing),
    )
    gone = """<div class="tin-chi-tiet">
<div class="chuyen-muc"><a href="/dang-doan-the">CÔNG TÁC ĐẢNG</a></div>
<h2 class="tieu-de">Thông báo</h2>
<div class="noi-dung"><p>Bài viết không tồn tại hoặc đã bị gỡ bỏ.</p>
<p><a href="/dang-doan-the">Quay lại chuyên mục</a></p></div>
</div>"""
    error_case(
        theme,
        "article_removed",
        HOST + "/dang-doan-the/-/view_content/5270001-hoi-nghi-da-go.html",
        render_page("Thông báo", gone),
    )
