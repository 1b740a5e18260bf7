# ruff: noqa: E501  # page markup stays on one line, as the page has it
"""x_print_popup: Liferay print view (?p_p_state=pop_up): portal name in bold
capitals above, title in a bold <div> (no heading), no section, "Ngày in"
date in the footer; the real article in the English UI with
/image/journal/article?img_id=..&t=.. photos; soft hyphens and zero-width
spaces; time before date.
"""

from __future__ import annotations

from collections.abc import Callable

from ..encoders import escape_attribute, escape_text, word_nbsp_runs
from ..portal import HOST
from .articles import (
    MASS_MOBILISATION_2022,
    PARTY_92ND_ANNIVERSARY,
    REAL_ARTICLE,
    REAL_CAPTIONS,
    TODAY,
    Article,
    Image,
    day_month_year,
    hour_minute,
    vi_number,
)
from .cases import expected_for, standard_checks, write_case
from .markup import render_inline, unchanged


def soft_hyphens_and_zero_width_spaces(s: str) -> str:
    """Soft hyphens inside words and zero-width spaces next to spaces."""
    s = s.replace("UBMTTQ", "UBMT&shy;TQ").replace("Quy chế", "Quy ch&#173;ế")
    s = s.replace("năm 2022, ", "năm 2022,&#8203; ").replace("đồng bộ;", "đồng bộ;&#x200B;")
    s = s.replace("Nhân dân.", "Nhân dân.&#8203;")
    return word_nbsp_runs(s)


def render_page(
    lang: str, title_html: str, meta: str, body: str, art_url: str, head_title: str
) -> str:
    en = lang == "en"
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{"Print" if en else "In bài viết"}: {escape_text(head_title)}</title>
<style type="text/css">body {{ font-family: "Times New Roman", serif; font-size: 14pt; }} .print-buttons {{ display: block; }} @media print {{ .print-buttons {{ display: none; }} }}</style>
</head>
<body onload="window.print();">
<table class="print-header" width="100%" cellpadding="0" cellspacing="0"><tr>
 <td width="80"><img src="/o/caugiay-theme/images/logo-print.png" alt="" width="64" height="64" /></td>
 <td><b>CỔNG THÔNG TIN ĐIỆN TỬ QUẬN CẦU GIẤY</b><br /><i>{HOST}</i></td>
</tr></table>
<hr />
{title_html}
{meta}
<div class="print-body">
{body}
</div>
<hr />
<div class="print-footer">{"Article address" if en else "Địa chỉ bài viết"}: <a href="{art_url}">{art_url}</a><br />
© Cổng thông tin điện tử quận Cầu Giấy - {"Printed on" if en else "Ngày in"}: {day_month_year(TODAY)} 08:12</div>
<div class="print-buttons"><a href="javascript:window.print()">{"Print this page" if en else "In bài viết"}</a> | <a href="javascript:window.close()">{"Close window" if en else "Đóng cửa sổ"}</a></div>
</body>
</html>
"""


def render_body(art: Article, transform: Callable = unchanged, empty_paras: bool = False) -> str:
    out = []
    for b in art.blocks:
        kind = b[0]
        if kind == "p":
            out.append(f'<p style="text-align: justify;">{render_inline(b[1], transform)}</p>')
            if empty_paras:
                out.append("<p>&nbsp;</p>")
        elif kind == "photo":
            img = b[1][0]
            out.append(
                f'<p style="text-align: center;"><img alt="" src="{escape_attribute(img.path)}" style="width: 600px; height: 400px;" /></p>'
            )
            out.append(
                f'<p style="text-align: center;"><em>{transform(escape_text(b[2]))}</em></p>'
            )
        elif kind == "sig":
            out.append(
                f'<p style="text-align: justify;"><strong>{transform(escape_text(b[1]))}</strong></p>'
            )
    return "\n".join(out)


def render_title(art: Article) -> str:
    return f'<div class="print-title" style="font-size: 20px; font-weight: bold; margin: 12px 0;">{escape_text(art.title)}</div>'


def page_furniture(lang: str) -> list[str]:
    return [
        "CỔNG THÔNG TIN ĐIỆN TỬ QUẬN CẦU GIẤY",
        "Địa chỉ bài viết" if lang == "vi" else "Article address",
        "Đóng cửa sổ" if lang == "vi" else "Close window",
        day_month_year(TODAY),
        "window.print",
        "Times New Roman",
    ]


def build_x_print_popup() -> None:
    th = "x_print_popup"
    # 1. the real article, English UI print view, meta line as the real page shows it,
    #    Liferay 6 style /image/journal/article?img_id=..&t=.. photos, URL with query + fragment
    real = Article(
        REAL_ARTICLE.id,
        REAL_ARTICLE.slug,
        REAL_ARTICLE.title,
        REAL_ARTICLE.when,
        REAL_ARTICLE.views,
        [
            (
                ("photo", [Image("/image/journal/article?img_id=5400815&t=1641546012345")], b[2])
                if b[0] == "photo" and b[2] == REAL_CAPTIONS[0]
                else (
                    "photo",
                    [Image("/image/journal/article?img_id=5400816&t=1641546019876")],
                    b[2],
                )
                if b[0] == "photo"
                else b
            )
            for b in REAL_ARTICLE.blocks
        ],
    )
    meta = f'<div class="print-meta" style="color: #666;">Publish date {day_month_year(real.when)} | {hour_minute(real.when)} &nbsp;|&nbsp;View count: {real.views}</div>'
    art_url = real.url("vi")
    page = render_page("en", render_title(real), meta, render_body(real), art_url, real.title)
    must, body_not = standard_checks(real, furniture=page_furniture("en"))
    write_case(
        th,
        "real_article_en",
        page,
        real.url(
            "en",
            "?p_p_state=pop_up&p_p_mode=view&_com_liferay_journal_content_web_portlet_JournalContentPortlet_viewMode=print#top",
        ),
        expected_for(real, "en", section=False),
        must_contain=[*must, "Quận đã thực hiện 13/13 chỉ tiêu"],
        must_not_contain=["Close window", "Article address"],
        body_not=body_not,
    )
    # 2. soft hyphens, zero-width spaces, NBSP runs, empty paragraphs; "dd-mm-yyyy hh:mm:ss"; zero views
    d = MASS_MOBILISATION_2022.when
    meta = f'<div class="print-meta">Ngày đăng: {d:%d-%m-%Y %H:%M:%S} | Lượt xem: 0</div>'
    body = render_body(
        MASS_MOBILISATION_2022, soft_hyphens_and_zero_width_spaces, empty_paras=True
    ).replace(
        '<p style="text-align: justify;">Chiều 20/12',
        '<p style="text-align: justify;">&#8203;Chiều 20/12',
        1,
    )
    page = render_page(
        "vi",
        render_title(MASS_MOBILISATION_2022),
        meta,
        body,
        MASS_MOBILISATION_2022.url("vi"),
        MASS_MOBILISATION_2022.title,
    )
    must, body_not = standard_checks(MASS_MOBILISATION_2022, furniture=page_furniture("vi"))
    write_case(
        th,
        "invisible_chars_vi",
        page,
        MASS_MOBILISATION_2022.url("vi", "?p_p_state=pop_up"),
        expected_for(MASS_MOBILISATION_2022, "vi", section=False),
        must_contain=["Ban Dân vận Quận ủy Cầu Giấy tổ chức", "Mặt trận Tổ quốc và các đoàn thể"],
        must_not_contain=["Đóng cửa sổ"],
        body_not=body_not,
    )
    # 3. time before date: "Ngày đăng: 09:00 - 28/01/2022"
    d = PARTY_92ND_ANNIVERSARY.when
    assert PARTY_92ND_ANNIVERSARY.views is not None, "a page that shows views needs a count"
    meta = f'<div class="print-meta">Ngày đăng: {hour_minute(d)} - {day_month_year(d)} | Lượt xem: {vi_number(PARTY_92ND_ANNIVERSARY.views)}</div>'
    page = render_page(
        "vi",
        render_title(PARTY_92ND_ANNIVERSARY),
        meta,
        render_body(PARTY_92ND_ANNIVERSARY),
        PARTY_92ND_ANNIVERSARY.url("vi"),
        PARTY_92ND_ANNIVERSARY.title,
    )
    must, body_not = standard_checks(PARTY_92ND_ANNIVERSARY, furniture=page_furniture("vi"))
    write_case(
        th,
        "time_first_vi",
        page,
        PARTY_92ND_ANNIVERSARY.url("vi", "?p_p_state=pop_up"),
        expected_for(PARTY_92ND_ANNIVERSARY, "vi", section=False),
        must_contain=must,
        must_not_contain=["Đóng cửa sổ"],
        body_not=body_not,
    )
    # 4. print view of a removed article (English UI)
    url = HOST + "/en/dang-doan-the/-/view_content/5388410-hoi-nghi-bao-cao-vien-thang-10.html"
    page = render_page(
        "en",
        "",
        "",
        '<div class="portlet-msg-error">The requested article does not exist or has been removed.</div>',
        url.replace("/en/", "/"),
        "Error",
    )
    write_case(th, "print_not_found_en", page, url + "?p_p_state=pop_up")
