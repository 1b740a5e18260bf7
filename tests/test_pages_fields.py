"""Each field of ArticlePage on its own, on markup in the platform's template
(Liferay 6.2's asset publisher as the Hanoi portals configure it), written
here from its structure: the title block, the unlabelled or labelled date
line, the content root with its ``sapo`` and the CMS account line.

Also: the breadcrumb that used to crash the parser, print-view URLs, and
bad input that must give ``NotAnArticle`` and nothing else.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from portal_archive.cli import cli
from scraper.pages import ArticlePage, NotAnArticle, parse_article
from scraper.pages.html import load_html
from scraper.pages.structure import breadcrumb_trail_end, is_breadcrumb
from scraper.pages.urls import article_id_from_url, canonical_url

HOST = "https://sotttt.hanoi.gov.vn"
URL = f"{HOST}/vi/tin-tuc-su-kien/-/view_content/742359-bac-ho-voi-bao-chi.html"
PRINT_URL = (
    f"{HOST}/vi/tin-tuc-su-kien/-/view_content/pop_up/742359-bac-ho-voi-bao-chi.html"
    "?_101_viewMode=print"
)

BODY = (
    '<p style="text-align: justify;">Trong suốt cuộc đời hoạt động cách mạng của mình, Người luôn '
    "coi báo chí là một bộ phận của sự nghiệp cách mạng.</p>"
    '<p style="text-align: center;"><img src="/documents/1/anh-1.jpg" style="width: 500px"></p>'
    '<p style="text-align: center;"><span style="color:#0000FF;">Đồng '
    "chí Giám đốc Sở phát biểu tại</span></p>"
    '<p align="center"><span style="color:#0000FF;">lễ '
    "khai giảng lớp học (Ảnh: Phương Hạnh)</span></p>"
    "<p>Cuốn sách bao gồm các tư liệu, bài báo viết "
    "về Chủ tịch Hồ Chí Minh, một nhà báo vĩ đại.</p>"
    '<p style="text-align: justify;"><strong>Bích Thảo</strong></p>'
)


def template_page(
    date_line: str = "30/10/2020 | 4:08 PM",
    sapo: str = "Chủ tịch Hồ Chí Minh là một nhà báo lớn, Người khai sinh nền báo chí cách mạng.",
    body: str = BODY,
    account: str = "Pho Ban bien tap",
) -> str:
    return f"""<html><head><title>Sở Thông tin và Truyền thông</title></head><body>
<ul class="navi"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>
<li><a href="/tin-tuc-su-kien">Tin tức sự kiện</a></li><li><a href="/thanh-tra">Thanh tra</a></li>
<li><a href="/lien-he">Liên hệ</a></li><li><a href="/hoi-dap">Hỏi đáp</a></li><li><a href="/so-do">Sơ đồ</a></li></ul>
<div class="dd_chuyenmuc"><span class="trangchu"><a href="/">Trang chủ</a></span>
<span class="tintuc"><p>Tin tức sự kiện</p></span></div>
<section class="portlet"><header class="portlet-topper"><h1 class="portlet-title">
<span class="portlet-title-text">Tin tức nổi bật</span></h1></header>
<div class="portlet-body"><div>
<div class="asset-full-content-title">Bác Hồ với báo chí Thủ đô – Ánh sáng soi đường</div>
<div class="assetPublishDate block_timer">{date_line}</div>
<div class="asset-full-content show-asset-title"><div class="asset-content" id="_101_742359">
<div class="sapo-wrapper clearfix"><img src="/image/journal/article?img_id=742358" class="pull-left">
<p class="sapo"><strong>{sapo}</strong></p></div>
<div class="journal-content-article">{body}
<p align="right" class="view-content-author"><strong><em>{account}</em></strong></p></div>
</div></div>
<div class="asset-control-detail"><span class="print-action"><a href="javascript:print()">In bài viết</a></span></div>
<div class="related_asset"><div class="related_asset_title">Các tin khác</div><ul>
<li><a href="/vi/tin-tuc-su-kien/-/view_content/4430301-thong-bao.html">Thông báo danh sách thi tuyển công chức năm 2022</a></li>
<li><a href="/vi/tin-tuc-su-kien/-/view_content/4429205-lich-thi.html">Thông báo lịch tổ chức thi tuyển công chức năm 2022</a></li>
</ul></div></div></div></section></body></html>"""  # noqa: E501 - page markup, a line per element


@pytest.fixture
def page() -> ArticlePage:
    return ArticlePage(template_page(), URL)


def test_title_is_the_template_title_block_not_the_portlet_heading(page: ArticlePage) -> None:
    assert page.title() == "Bác Hồ với báo chí Thủ đô – Ánh sáng soi đường"


@pytest.mark.parametrize(
    ("date_line", "published_at", "view_count"),
    [
        ("30/10/2020 | 4:08 PM", "2020-10-30T16:08:00+07:00", None),
        ("25/05/2015 | 12:00 AM", "2015-05-25T00:00:00+07:00", None),
        ("Publish date 18/02/2020 | 9:00 AM | View count: 2177", "2020-02-18T09:00:00+07:00", 2177),
        ("Ngày đăng 07/01/2022 | 15:27 | Lượt xem: 171", "2022-01-07T15:27:00+07:00", 171),
    ],
)
def test_published_at_and_view_count_from_each_date_line(
    date_line: str, published_at: str, view_count: int | None
) -> None:
    page = ArticlePage(template_page(date_line=date_line), URL)
    assert page.published_at() == published_at
    assert page.view_count() == view_count


def test_an_empty_date_line_is_no_article() -> None:
    with pytest.raises(NotAnArticle, match="date line is empty"):
        parse_article(template_page(date_line=""), URL)


def test_lead_is_the_sapo_and_opens_the_body(page: ArticlePage) -> None:
    lead = "Chủ tịch Hồ Chí Minh là một nhà báo lớn, Người khai sinh nền báo chí cách mạng."
    assert page.lead() == lead
    assert page.body_text().startswith(lead + "\n\nTrong suốt cuộc đời")


def test_an_empty_sapo_is_no_lead() -> None:
    page = ArticlePage(template_page(sapo=""), URL)
    assert page.lead() is None
    assert page.body_text().startswith("Trong suốt cuộc đời")


def test_a_line_set_apart_otherwise_does_not_continue_a_caption() -> None:
    body = BODY.replace(
        '<p align="center"><span style="color:#0000FF;">lễ '
        "khai giảng lớp học (Ảnh: Phương Hạnh)</span></p>",
        "<p><em>Phóng viên Linh</em></p>",
    )
    captions = ArticlePage(template_page(body=body), URL).captions()
    assert [c.text for c in captions] == ["Đồng chí Giám đốc Sở phát biểu tại"]


def test_caption_over_two_lines_is_joined_and_out_of_the_body(page: ArticlePage) -> None:
    # the sapo's thumbnail is no photo of the body
    assert [(c.image_url, c.text) for c in page.captions()] == [
        (
            f"{HOST}/documents/1/anh-1.jpg",
            "Đồng chí Giám đốc Sở phát biểu tại lễ khai giảng lớp học (Ảnh: Phương Hạnh)",
        ),
    ]
    assert "khai giảng" not in page.body_text()


def test_author_is_the_signature_and_posted_by_the_account_line(page: ArticlePage) -> None:
    assert page.author() == "Bích Thảo"
    assert page.posted_by() == "Pho Ban bien tap"
    body = page.body_text()
    assert body.endswith("một nhà báo vĩ đại.")
    assert "Bích Thảo" not in body and "Pho Ban bien tap" not in body


def test_without_a_signature_author_is_the_account_line() -> None:
    body = BODY.replace('<p style="text-align: justify;"><strong>Bích Thảo</strong></p>', "")
    page = ArticlePage(template_page(body=body), URL)
    assert page.author() == "Pho Ban bien tap"
    assert page.posted_by() == "Pho Ban bien tap"


def test_a_sentence_in_bold_ending_the_article_is_no_signature() -> None:
    body = BODY.replace(
        "<strong>Bích Thảo</strong>", "<strong>Chi tiết xem tại file đính kèm./.</strong>"
    )
    page = ArticlePage(template_page(body=body), URL)
    assert page.author() == "Pho Ban bien tap"
    assert page.body_text().endswith("Chi tiết xem tại file đính kèm./.")


@pytest.mark.parametrize(
    ("last_line", "signature"),
    [
        ('<p style="text-align: justify;"><strong>Bích Thảo</strong></p>', "Bích Thảo"),
        ('<p align="right">Bài và Ảnh: Phạm Linh</p>', "Bài và Ảnh: Phạm Linh"),
        ("<p>Nguồn: Báo Kinh tế Đô thị</p>", "Nguồn: Báo Kinh tế Đô thị"),
        ("<strong>Thanh Nga</strong>", "Thanh Nga"),  # inline, at the end of the content root
        ('<p align="right"><em>Hà Nội, ngày 12 tháng 11 năm 1982</em></p>', None),  # a dateline
        ('<p align="right">Chi tiết văn bản đính kèm./.</p>', None),
        ("<p><strong>Một số hình ảnh tại buổi kiểm tra:</strong></p>", None),
        ("<p>Huy Kiên</p>", None),  # a plain line: maybe a name, maybe not
    ],
)
def test_signature_by_how_the_last_line_is_set_apart(last_line: str, signature: str | None) -> None:
    body = BODY.replace('<p style="text-align: justify;"><strong>Bích Thảo</strong></p>', last_line)
    page = ArticlePage(template_page(body=body), URL)
    assert page.author() == (signature or "Pho Ban bien tap")


def test_section_is_the_breadcrumb_not_the_portlet_heading(page: ArticlePage) -> None:
    assert page.section() == "Tin tức sự kiện"


def test_body_ends_before_print_links_and_related_news(page: ArticlePage) -> None:
    body = page.body_text()
    for furniture in ("In bài viết", "Các tin khác", "Thông báo lịch tổ chức"):
        assert furniture not in body


def test_an_item_with_an_empty_content_root_is_an_article_with_an_empty_body() -> None:
    article = parse_article(template_page(sapo="", body='<p style="text-align: left;"></p>'), URL)
    assert (article.title, article.body, article.captions) == (
        "Bác Hồ với báo chí Thủ đô – Ánh sáng soi đường",
        "",
        (),
    )


def test_the_print_view_is_the_same_article_at_the_same_canonical_url() -> None:
    assert article_id_from_url(PRINT_URL) == 742359
    assert (
        canonical_url(PRINT_URL)
        == f"{HOST}/tin-tuc-su-kien/-/view_content/742359-bac-ho-voi-bao-chi.html"
    )
    print_view = parse_article(template_page(), PRINT_URL)
    assert print_view.to_dict() == parse_article(template_page(), URL).to_dict()


# --- the breadcrumb that raised StopIteration ---------------------------------------

CRUMB = (
    '<div class="crumbs"><a href="/">Trang chủ</a><span>›</span>'
    '<a href="/dang-doan-the">Công tác Đảng</a></div>'
)


def test_a_breadcrumb_with_a_separator_element_is_a_breadcrumb() -> None:
    block = load_html(f"<html><body>{CRUMB}</body></html>").find(".//div")
    assert is_breadcrumb(block, list(block.iter("a")))
    assert breadcrumb_trail_end(block) == "Công tác Đảng"


def test_parse_reads_a_page_under_that_breadcrumb(tmp_path: Path) -> None:
    html = (
        f"<html><body>{CRUMB}<h1>Hội nghị Ban Chấp hành Đảng bộ quận lần thứ 12</h1>"
        "<p>Ngày đăng: 07/01/2022 15:27 | Lượt xem: 171</p>"
        "<p>Sáng 07/01, Ban Chấp hành Đảng bộ quận Cầu Giấy tổ chức Hội nghị lần thứ 12 để đánh "
        "giá công tác năm 2021 và triển khai nhiệm vụ năm 2022.</p></body></html>"
    )
    saved = tmp_path / "page.html"
    saved.write_text(html, encoding="utf-8")
    url = "https://caugiay.hanoi.gov.vn/dang-doan-the/-/view_content/5211375-hoi-nghi.html"
    result = CliRunner().invoke(cli, ["parse", str(saved), "--url", url])
    assert result.exit_code == 0, result.output
    assert '"section": "Công tác Đảng"' in result.output


def test_a_menu_opened_by_home_is_no_breadcrumb() -> None:
    menu = (
        '<nav><a href="/">Trang chủ</a><a href="/tin-tuc">Tin tức</a><a href="/menu">Menu</a></nav>'
    )
    assert breadcrumb_trail_end(load_html(f"<html><body>{menu}</body></html>")) is None


# --- bad input is NotAnArticle, never another exception --------------------------------


@pytest.mark.parametrize(
    "html",
    [
        b"",
        b"   ",
        b"\x00\x01\x02",
        b"<html></html>",
        "<html><body><div class='asset-full-content-title'>Tiêu đề</div></body></html>",
        "<div class='asset-full-content-title'></div><div>01/01/2020</div><div "
        "class='asset-content'></div>",
        template_page().replace("Bác Hồ với báo chí Thủ đô – Ánh sáng soi đường", ""),
        template_page()[:900],
        "<p>" * 5000,
    ],
    ids=[
        "empty",
        "blank",
        "binary",
        "no body",
        "title only",
        "empty title",
        "blank title",
        "cut short",
        "deep",
    ],
)
def test_bad_input_raises_not_an_article_only(html: bytes | str) -> None:
    with pytest.raises(NotAnArticle):
        parse_article(html, URL)


def test_an_embedded_photo_has_no_url_to_list_but_its_caption_is_no_body_text() -> None:
    body = BODY.replace(
        'src="/documents/1/anh-1.jpg"', 'src="data:image/jpeg;base64,/9j/4AAQSkZJRg=="'
    )
    page = ArticlePage(template_page(body=body), URL)
    assert page.captions() == ()
    assert "phát biểu tại" not in page.body_text()


def test_an_account_line_left_open_around_the_page_foot_is_no_account() -> None:
    html = template_page().replace(
        "<em>Pho Ban bien tap</em></strong></p></div>",
        "<em>admin admin</em></strong>"
        + "<span>In bài viết Gửi mail Các tin khác</span>" * 5
        + "</div>",
    )
    page = ArticlePage(html, URL)
    assert page.posted_by() is None


def test_without_the_template_class_names_the_heuristics_read_the_same_title_and_date() -> None:
    # The same page with its class names gone: the title block right before an
    # unlabelled date line is still the title, not the portlet's heading above.
    html = (
        template_page()
        .replace("asset-full-content-title", "t1")
        .replace("asset-content", "c1")
        .replace('class="sapo"', 'class="s1"')
        .replace("view-content-author", "a1")
    )
    article = parse_article(html, URL)
    assert article.title == "Bác Hồ với báo chí Thủ đô – Ánh sáng soi đường"
    assert article.published_at == "2020-10-30T16:08:00+07:00"
    # the sapo in bold is the bold first paragraph
    assert (
        article.lead
        == "Chủ tịch Hồ Chí Minh là một nhà báo lớn, Người khai sinh nền báo chí cách mạng."
    )


@pytest.mark.parametrize("cut", range(0, len(template_page()), 97))
def test_a_page_cut_anywhere_is_an_article_or_not_an_article_never_an_error(cut: int) -> None:
    # what a connection dropped mid-page leaves: parsed (the pipeline marks it
    # cut short) or refused with a reason, nothing else
    with contextlib.suppress(NotAnArticle):
        parse_article(template_page()[:cut].encode("utf-8"), URL)
