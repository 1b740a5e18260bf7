"""Theme 4: x_print_popup
"""

from __future__ import annotations

from ..encoders import word_nbsp_runs
from ..portal import HOST
from .articles import DANVAN, GAPMAT, REAL, REAL_CAPTIONS, TODAY, Art, Img, dmy, hm, vi_num
from .cases import expected_for, standard_checks, write_case
from .markup import escape_attribute, escape_text, ident, inline


def tx_invisible(s: str) -> str:
    """Soft hyphens inside words and zero-width spaces next to spaces."""
    s = s.replace("UBMTTQ", "UBMT&shy;TQ").replace("Quy chế", "Quy ch&#173;ế")
    s = s.replace("năm 2022, ", "năm 2022,&#8203; ").replace("đồng bộ;", "đồng bộ;&#x200B;")
    s = s.replace("Nhân dân.", "Nhân dân.&#8203;")
    return word_nbsp_runs(s)


def print_page(lang: str, title_html: str, meta: str, body: str, art_url: str, head_title: str) -> str:
    en = lang == "en"
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{'Print' if en else 'In bài viết'}: {escape_text(head_title)}</title>
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
<div class="print-footer">{'Article address' if en else 'Địa chỉ bài viết'}: <a href="{art_url}">{art_url}</a><br />
© Cổng thông tin điện tử quận Cầu Giấy - {'Printed on' if en else 'Ngày in'}: {dmy(TODAY)} 08:12</div>
<div class="print-buttons"><a href="javascript:window.print()">{'Print this page' if en else 'In bài viết'}</a> | <a href="javascript:window.close()">{'Close window' if en else 'Đóng cửa sổ'}</a></div>
</body>
</html>
"""


def print_body(art: Art, tx=ident, empty_paras=False) -> str:
    out = []
    for b in art.blocks:
        kind = b[0]
        if kind == "p":
            out.append(f'<p style="text-align: justify;">{inline(b[1], tx)}</p>')
            if empty_paras:
                out.append("<p>&nbsp;</p>")
        elif kind == "photo":
            img = b[1][0]
            out.append(f'<p style="text-align: center;"><img alt="" src="{escape_attribute(img.path)}" style="width: 600px; height: 400px;" /></p>')
            out.append(f'<p style="text-align: center;"><em>{tx(escape_text(b[2]))}</em></p>')
        elif kind == "sig":
            out.append(f'<p style="text-align: justify;"><strong>{tx(escape_text(b[1]))}</strong></p>')
    return "\n".join(out)


def print_title(art: Art) -> str:
    return f'<div class="print-title" style="font-size: 20px; font-weight: bold; margin: 12px 0;">{escape_text(art.title)}</div>'


def print_furniture(lang: str) -> list[str]:
    return ["CỔNG THÔNG TIN ĐIỆN TỬ QUẬN CẦU GIẤY", "Địa chỉ bài viết" if lang == "vi" else "Article address",
            "Đóng cửa sổ" if lang == "vi" else "Close window", dmy(TODAY), "window.print", "Times New Roman"]


def theme_print() -> None:
    th = "x_print_popup"
    # 1. the real article, English UI print view, meta line as the real page shows it,
    #    Liferay 6 style /image/journal/article?img_id=..&t=.. photos, URL with query + fragment
    real = Art(REAL.id, REAL.slug, REAL.title, REAL.when, REAL.views, [
        (("photo", [Img("/image/journal/article?img_id=5400815&t=1641546012345")], b[2]) if b[0] == "photo" and
         b[2] == REAL_CAPTIONS[0] else
         ("photo", [Img("/image/journal/article?img_id=5400816&t=1641546019876")], b[2]) if b[0] == "photo" else b)
        for b in REAL.blocks])
    meta = f'<div class="print-meta" style="color: #666;">Publish date {dmy(real.when)} | {hm(real.when)} &nbsp;|&nbsp;View count: {real.views}</div>'
    art_url = real.url("vi")
    page = print_page("en", print_title(real), meta, print_body(real), art_url, real.title)
    must, body_not = standard_checks(real, furniture=print_furniture("en"))
    write_case(th, "real_article_en", page,
               real.url("en", "?p_p_state=pop_up&p_p_mode=view&_com_liferay_journal_content_web_portlet_JournalContentPortlet_viewMode=print#top"),
               expected_for(real, "en", section=False),
               must_contain=must + ["Quận đã thực hiện 13/13 chỉ tiêu"], must_not_contain=["Close window", "Article address"],
               body_not=body_not)
    # 2. soft hyphens, zero-width spaces, NBSP runs, empty paragraphs; "dd-mm-yyyy hh:mm:ss"; zero views
    d = DANVAN.when
    meta = f'<div class="print-meta">Ngày đăng: {d:%d-%m-%Y %H:%M:%S} | Lượt xem: 0</div>'
    body = print_body(DANVAN, tx_invisible, empty_paras=True).replace(
        '<p style="text-align: justify;">Chiều 20/12', '<p style="text-align: justify;">&#8203;Chiều 20/12', 1)
    page = print_page("vi", print_title(DANVAN), meta, body, DANVAN.url("vi"), DANVAN.title)
    must, body_not = standard_checks(DANVAN, furniture=print_furniture("vi"))
    write_case(th, "invisible_chars_vi", page, DANVAN.url("vi", "?p_p_state=pop_up"),
               expected_for(DANVAN, "vi", section=False),
               must_contain=["Ban Dân vận Quận ủy Cầu Giấy tổ chức", "Mặt trận Tổ quốc và các đoàn thể"],
               must_not_contain=["Đóng cửa sổ"], body_not=body_not)
    # 3. time before date: "Ngày đăng: 09:00 - 28/01/2022"
    d = GAPMAT.when
    meta = f'<div class="print-meta">Ngày đăng: {hm(d)} - {dmy(d)} | Lượt xem: {vi_num(GAPMAT.views)}</div>'
    page = print_page("vi", print_title(GAPMAT), meta, print_body(GAPMAT), GAPMAT.url("vi"), GAPMAT.title)
    must, body_not = standard_checks(GAPMAT, furniture=print_furniture("vi"))
    write_case(th, "time_first_vi", page, GAPMAT.url("vi", "?p_p_state=pop_up"),
               expected_for(GAPMAT, "vi", section=False), must_contain=must, must_not_contain=["Đóng cửa sổ"],
               body_not=body_not)
    # 4. print view of a removed article (English UI)
    url = HOST + "/en/dang-doan-the/-/view_content/5388410-hoi-nghi-bao-cao-vien-thang-10.html"
    page = print_page("en", "", "",
                      '<div class="portlet-msg-error">The requested article does not exist or has been removed.</div>',
                      url.replace("/en/", "/"), "Error")
    write_case(th, "print_not_found_en", page, url + "?p_p_state=pop_up")
