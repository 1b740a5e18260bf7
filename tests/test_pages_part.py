"""Reading an article page in part gives what reading the whole page gives.

``ArticlePage`` parses a page up to the end of its article's box, without a
head that holds nothing it reads (``scraper/pages/part.py``), and reads the
whole page where the part cannot tell. The first tests compare both ways on
every page we have: the replica's, the themes', and the real pages of
../shared/realpages (articles, print views, listings, error pages) when they
are there. The others check the pieces on small pages made here.
"""

from __future__ import annotations

import csv
import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import scraper.pages.article as article_module
from replica import Replica
from scraper.pages import ArticlePage, NotAnArticle
from scraper.pages.html import load_html_part
from scraper.pages.part import article_part_end, head_span

ROOT = Path(__file__).resolve().parent.parent
REALPAGES = ROOT.parent / "shared" / "realpages"
URL = "https://caugiay.hanoi.gov.vn/dang-doan-the/-/view_content/5211375-hoi-nghi.html"


def _replica_pages() -> Iterator[tuple[bytes, str]]:
    replica = Replica(n_articles=24)
    base = "http://127.0.0.1:8000"
    for article in replica.articles:
        for lang in ("vi", "en"):
            html = replica.article_html(article.article_id, lang, base)
            yield (html.encode("utf-8") if isinstance(html, str) else html), article.url(base, lang)


def _theme_pages() -> Iterator[tuple[bytes, str]]:
    for case in sorted((ROOT / "tests" / "themes").glob("*/*/page.html")):
        meta = json.loads((case.parent / "meta.json").read_text(encoding="utf-8"))
        yield case.read_bytes(), meta.get("url")


def _real_pages() -> Iterator[tuple[bytes, str]]:
    if not (REALPAGES / "index.tsv").is_file():
        pytest.skip(f"no real pages at {REALPAGES}")
    with open(REALPAGES / "index.tsv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            yield (REALPAGES / row["file"]).read_bytes(), row["original_url"]


def _outcome(html: bytes, url: str | None) -> tuple[object, bool]:
    """What the parser makes of a page, and whether it read it in part."""
    try:
        page = ArticlePage(html, url)
        in_part = bool(page._cut)
        return dataclasses.astuple(page.to_article()), in_part
    except NotAnArticle as exc:
        return f"NotAnArticle: {exc}", False


@pytest.mark.parametrize(
    ("pages", "least_in_part"),
    [(_replica_pages, 0.9), (_theme_pages, 0.0), (_real_pages, 0.9)],
    ids=["replica", "themes", "realpages"],
)
def test_reading_in_part_gives_what_the_whole_page_gives(
    pages, least_in_part: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = list(pages())
    in_part = [_outcome(html, url) for html, url in corpus]
    monkeypatch.setattr(article_module, "article_part_end", lambda *args: None)
    whole = [_outcome(html, url)[0] for html, url in corpus]
    differ = [url for (html, url), (p, _), w in zip(corpus, in_part, whole, strict=True) if p != w]
    assert differ == []
    # and the part was read on the pages of the platform, or this proves nothing
    assert sum(used for _, used in in_part) >= least_in_part * len(corpus)


def _template_page(after_article: str = "", before_article: str = "", in_body: str = "") -> bytes:
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Cổng</title>
<script>var menu = "<div>";</script><link rel="stylesheet" href="/a.css"></head>
<body><div id="wrapper"><div class="layout">{before_article}
<div class="portlet-body"><div>
<div class="asset-full-content-title">Hội nghị Ban Chấp hành Đảng bộ quận lần thứ 36</div>
<div class="assetPublishDate">03/03/2020 | 2:00 PM</div>
<div class="asset-full-content"><div class="asset-content">
<p>Sáng ngày 3/3, Ban Chấp hành Đảng bộ quận Cầu Giấy tổ chức Hội nghị lần thứ 36 để
đánh giá kết quả công tác tháng 2 và triển khai nhiệm vụ tháng 3 năm 2020.</p>
<p><img src="documents/anh-1.jpg" width="500" height="300"></p>
<p style="text-align: center"><em>Toàn cảnh Hội nghị</em></p>
<p>Hội nghị đã thảo luận và thống nhất các nội dung trình tại kỳ họp.</p>
<p class="view-content-author">admin admin</p>
</div></div>
</div></div>
<div class="related_asset"><a href="5211376-tin-khac.html">Tin khác</a></div>
</div>{after_article}</div>{in_body}
<div id="footer">Địa chỉ: 4 Nguyễn Văn Huyên</div></body></html>""".encode()


CRUMB = (
    '<div class="dd_chuyenmuc"><span><a href="/">Trang chủ</a></span> › '
    "<span><p>Công tác Đảng</p></span></div>"
)


def test_the_part_ends_after_the_article_box_and_its_tail() -> None:
    html = b"""<html><body><div id="page"><div class="col"><div class="box">
<div class="asset-full-content"><div class="asset-content"><p>x</p><div>y</div></div></div>
</div> after the box <div id="footer">f</div></div></div></body></html>"""
    end = article_part_end(html, "asset-content")
    assert end is not None
    assert html[:end].endswith(b"</div> after the box ")
    assert html[end:].startswith(b'<div id="footer">')
    # a class that only starts with the name, or the name in a style sheet, is no content root
    other = b'<style>.asset-content{}</style><div class="asset-contents">'
    assert article_part_end(other, "asset-content") is None


def test_the_part_says_which_elements_it_cut_off() -> None:
    html = b"""<html><body><div id="page"><div id="col"><div id="box"><p>whole</p></div>
<div id="next"><p>cut</p></div></div></div></body></html>"""
    end = html.index(b"<p>cut</p>")
    loaded = load_html_part(html, end)
    assert loaded is not None
    root, cut = loaded
    assert sorted(e.get("id") or e.tag for e in cut) == ["body", "col", "html", "next", "page"]
    assert root.find(".//div[@id='box']") not in cut
    assert "cut" not in "".join(root.itertext())
    # a part that ends inside a script cannot tell what it left open
    assert load_html_part(b"<html><body><div><script>var a = '<p>", 30) is None


def test_a_part_of_blanks_is_no_tree() -> None:
    assert load_html_part(b" \n\t\x0c ", 5) is None
    assert load_html_part(b"", 0) is None
    # blanks around a head left out: nothing is parsed
    html = b"\n <head><title>T</title></head>\r\n<body><p>x</p></body>"
    assert load_html_part(html, html.index(b"<body>"), leave_out=(2, html.index(b"\r"))) is None
    assert load_html_part(html, len(html), leave_out=(2, html.index(b"\r"))) is not None


@pytest.mark.parametrize(
    ("head", "left_out"),
    [
        ("<meta charset='utf-8'><title>T</title><script>a = '</div>';</script>", True),
        ("<style>p { color: red }</style>", True),
        ("<!-- a comment --><link rel='stylesheet' href='/a.css'>", True),
        ("<!--><noscript>x</noscript>-->", False),  # an empty comment, then the body's
        ("<!-- a --!><noscript>x</noscript>-->", False),
        ("<meta-data content='x'>", False),  # another element, which opens the body
        ("<title>T</title>\v", False),  # not a blank to libxml2: text
        ("<noscript><img src='/pixel.gif'></noscript>", False),  # libxml2 opens the body there
        ("<title>T</title>Some text", False),
        ("<base href='https://caugiay.hanoi.gov.vn/'>", False),  # the page reads it
        ("<script>a = 1;</script  foo>", False),  # ends otherwise than this reads it
    ],
)
def test_a_head_is_left_out_only_when_it_holds_nothing_read(head: str, left_out: bool) -> None:
    html = f"<!DOCTYPE html><html><head>{head}</head>\n<body><p>x</p></body></html>".encode()
    span = head_span(html)
    assert (span is not None) == left_out
    if span is not None:
        assert html[span[0] :].startswith(b"<head>") and html[span[1] :].startswith(b"<body>")


def test_a_template_page_is_read_in_part() -> None:
    page = ArticlePage(_template_page(before_article=CRUMB), URL)
    article = page.to_article()
    assert page._cut  # read in part
    assert article.section == "Công tác Đảng"
    assert article.title == "Hội nghị Ban Chấp hành Đảng bộ quận lần thứ 36"
    assert [c.text for c in article.captions] == ["Toàn cảnh Hội nghị"]
    assert article.posted_by == "admin admin"
    assert "Địa chỉ" not in article.body


def test_a_breadcrumb_after_the_article_is_read_from_the_whole_page() -> None:
    assert ArticlePage(_template_page(after_article=CRUMB), URL).section() == "Công tác Đảng"
    # and with no home link anywhere after the part, none is looked for there
    assert ArticlePage(_template_page(), URL).section() is None
    # a home label written with character references, in any case, is found all the same
    for home in ("&#84;rang ch&#7911;", "&#x54;rang chủ", "TRANG CHỦ", "HoMe"):
        crumb = CRUMB.replace("Trang chủ", home)
        assert ArticlePage(_template_page(after_article=crumb), URL).section() == "Công tác Đảng"


def test_a_base_after_the_article_is_read() -> None:
    base = '<base href="https://media.hanoi.gov.vn/">'  # in the body: browsers read it too
    article = ArticlePage(_template_page(in_body=base), URL).to_article()
    assert [c.image_url for c in article.captions] == [
        "https://media.hanoi.gov.vn/documents/anh-1.jpg"
    ]


def test_a_date_the_part_may_cut_off_sends_the_parser_to_the_whole_page(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The section heading's next box is cut off where the part ends, and so is
    # its first child: in the whole page the text after that child (a dated
    # line) is looked at for a meta line (among the twelve elements looked at
    # under a heading), and the box's text is short enough to be labelled.
    html = """<html><body>
<div class="top"><h2>Công tác Đảng</h2></div>
<div id="wrapper"><div id="column">
<div class="portlet"><div class="asset-full-content">
<h1>Hội nghị Ban Chấp hành Đảng bộ quận lần thứ 36</h1>
<p class="meta">Ngày đăng: 03/03/2020 14:00</p>
<div class="asset-content"><p>Sáng ngày 3/3, Ban Chấp hành Đảng bộ quận Cầu Giấy tổ chức
Hội nghị lần thứ 36 để đánh giá kết quả công tác tháng 2 năm 2020.</p>
<p>Hội nghị <b>thống nhất</b> các nội dung <i>trình</i> tại kỳ họp của <b>Ban
Thường vụ</b>, <b>HĐND</b> và <b>UBND</b> quận.</p></div>
</div></div>
</div> Ngày đăng: 01/01/2021
</div></body></html>""".encode()
    page = ArticlePage(html, URL)
    assert page._cut  # parsed in part
    article = page.to_article()
    assert not page._cut  # and the regions read from the whole page
    monkeypatch.setattr(article_module, "article_part_end", lambda *args: None)
    assert ArticlePage(html, URL).to_article() == article
    assert article.published_at == "2020-03-03T14:00:00+07:00"
