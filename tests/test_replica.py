"""The offline replica of the portal, tested through real HTTP.

Every other test suite trusts the replica's pages and its ground truth, so
these tests check both: that the pages say what ``replica.articles`` says
they say, and that each fault switch does what it promises and turns off.
"""

from __future__ import annotations

import http.client
import re
import subprocess
import sys
import time
import unicodedata
import urllib.robotparser
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from replica import HABITS, Replica, build_articles
from replica.content import Para, Photo, Signature

REAL_TEXT = Path(__file__).parents[1] / "replica" / "real_article_5402817.txt"
SAVED_TEXT = Path("/work/shared/portal/000_30f86087a6ec7e8e.txt")
REAL_ID = 5402817
LABELS = {
    "vi": {
        "published": "Ngày đăng",
        "views": "Lượt xem:",
        "first": "Đầu",
        "previous": "Trước",
        "next": "Sau",
        "last": "Cuối",
        "not_found": "Không tìm thấy trang",
    },
    "en": {
        "published": "Publish date",
        "views": "View count:",
        "first": "First",
        "previous": "Previous",
        "next": "Next",
        "last": "Last",
        "not_found": "Page not found",
    },
}


# --------------------------------------------------------------------------
# HTTP and HTML helpers (standard library, like the replica itself)
# --------------------------------------------------------------------------


@dataclass
class Fetched:
    status: int
    headers: http.client.HTTPMessage
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")


def fetch(url: str, method: str = "GET", headers: dict[str, str] | None = None) -> Fetched:
    """One request, redirects not followed, HTTP errors returned not raised."""
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        conn.request(method, target, headers=headers or {"User-Agent": "replica-tests/1.0"})
        response = conn.getresponse()
        return Fetched(response.status, response.headers, response.read())
    finally:
        conn.close()


def collapse(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


class Anchors(HTMLParser):
    """Every <a href> with its text."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str]] = []
        self._open: list[list[str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self._open.append([dict(attrs).get("href") or "", ""])

    def handle_data(self, data: str) -> None:
        for link in self._open:
            link[1] += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._open:
            href, text = self._open.pop()
            self.links.append((href, collapse(text)))


def anchors(html: str) -> list[tuple[str, str]]:
    parser = Anchors()
    parser.feed(html)
    return parser.links


class BodyReader(HTMLParser):
    """The article body in reading order: block texts and ("IMG", url) markers."""

    BLOCKS = frozenset(
        {"p", "div", "td", "figcaption", "li", "h1", "h2", "h3", "h4", "table", "tr"}
    )

    def __init__(self, page_url: str) -> None:
        super().__init__()
        self.page_url = page_url
        self.items: list[object] = []
        self._depth = 0
        self._buffer = ""

    def _flush(self) -> None:
        text = collapse(self._buffer)
        if text:
            self.items.append(text)
        self._buffer = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if self._depth == 0:
            if tag == "div" and "journal-content-article" in (values.get("class") or ""):
                self._depth = 1
            return
        if tag == "div":
            self._depth += 1
        if tag in self.BLOCKS:
            self._flush()
        elif tag == "br":
            self._buffer += " "
        elif tag == "img":
            self._flush()
            src = values.get("data-src") or values.get("src") or ""
            self.items.append(("IMG", urljoin(self.page_url, src)))

    def handle_endtag(self, tag: str) -> None:
        if self._depth == 0:
            return
        if tag in self.BLOCKS:
            self._flush()
        if tag == "div":
            self._depth -= 1

    def handle_data(self, data: str) -> None:
        if self._depth:
            self._buffer += data


def body_items(html: str, page_url: str) -> list[object]:
    reader = BodyReader(page_url)
    reader.feed(html)
    return reader.items


class VisibleText(HTMLParser):
    """Text a reader sees (no head, scripts or styles), one chunk per text node."""

    def __init__(self) -> None:
        super().__init__()
        self.chunks: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "head"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head"):
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.chunks.append(data)


def visible_text(html: str) -> str:
    parser = VisibleText()
    parser.feed(html)
    return collapse(" ".join(parser.chunks))


def listing_ids(html: str) -> list[int]:
    """Article ids of the list items (not the sidebar), in page order."""
    start = html.index('<div class="asset-publisher-list">')
    end = html.index("</div>\n", html.rindex('<div class="news-item', start))
    ids: list[int] = []
    for href, _ in anchors(html[start:end]):
        found = int(re.search(r"view_content/(\d+)", href).group(1))
        if not ids or ids[-1] != found:
            ids.append(found)
    return ids


def pager_link(html: str, label: str) -> str:
    """The href of the pager button with this label."""
    start = html.index('class="lfr-pagination-buttons pager"')
    return next(href for href, text in anchors(html[start:]) if text == label)


def expected_items(article, base_url: str) -> list[object]:
    """The body in reading order, from the article's recipe and truth."""
    items: list[object] = []
    captions = iter(article.expected_captions(base_url))
    for block in article.blocks:
        if isinstance(block, Para):
            items.append(collapse(block.text))
        elif isinstance(block, Photo):
            caption = next(captions)
            items.append(("IMG", caption["image_url"]))
            if caption["text"]:
                items.append(caption["text"])
        elif isinstance(block, Signature):
            items.append(block.text)
    return items


# --------------------------------------------------------------------------
# Ground truth
# --------------------------------------------------------------------------


def test_truth_is_deterministic_and_seeded():
    assert build_articles(64, seed=7) == build_articles(64, seed=7)
    assert build_articles(64, seed=7) != build_articles(64, seed=8)


def test_truth_ids_increase_with_date_inside_2019_2022(replica):
    articles = replica.articles
    assert len(articles) == 64
    assert len({a.article_id for a in articles}) == 64
    oldest_first = articles[::-1]
    assert [a.article_id for a in oldest_first] == sorted(a.article_id for a in articles)
    assert [a.published_at for a in oldest_first] == sorted(a.published_at for a in articles)
    for article in articles:
        assert re.fullmatch(
            r"(2019|2020|2021|2022)-\d\d-\d\dT\d\d:\d\d:00\+07:00", article.published_at
        )
        assert 3 <= len(article.paragraphs) <= 10
        for text in (article.title, *article.paragraphs):
            assert text == collapse(text)


def test_truth_of_the_two_real_articles(replica):
    real = replica.article(REAL_ID)
    lines = [line for line in REAL_TEXT.read_text(encoding="utf-8").split("\n") if line.strip()]
    assert real.title == lines[1]
    assert real.published_at == "2022-01-07T15:27:00+07:00"
    assert real.view_count == 171
    assert real.section == lines[0] == "CÔNG TÁC ĐẢNG"
    assert real.author == lines[-1] == "VĂN PHÒNG QUẬN ỦY"
    assert [text for _, text in real.captions] == [lines[5], lines[8]]
    assert list(real.paragraphs) == [
        line for line in lines[3:-1] if line not in (lines[5], lines[8])
    ]
    assert real.slug == "dang-bo-quan-cau-giay-to-chuc-hoi-nghi-ban-chap-hanh-lan-thu-12"

    second = replica.article(5211375)
    assert second.title == "Hội nghị Ban Chấp hành Đảng bộ quận Cầu Giấy lần thứ 36"
    assert second.published_at == "2020-03-03T14:00:00+07:00"
    assert second.view_count == 490
    assert second.slug == "hoi-nghi-ban-chap-hanh-dang-bo-quan-cau-giay-lan-thu-36"
    assert [text for _, text in second.captions] == [
        "Toàn cảnh Hội nghị Ban Chấp hành Đảng bộ quận Cầu Giấy lần thứ 36"
    ]


@pytest.mark.skipif(not SAVED_TEXT.exists(), reason="the shared copy of the real page is not here")
def test_packaged_real_article_is_the_saved_one():
    assert REAL_TEXT.read_bytes() == SAVED_TEXT.read_bytes()


def test_truth_covers_every_habit_and_encoding(replica):
    articles = replica.articles
    for habit in HABITS:
        assert sum(habit in a.habits for a in articles) >= 3, habit
    assert any(len(set(a.habits)) >= 3 for a in articles)
    assert sum(a.encoding == "entities" for a in articles) >= 3
    assert sum(a.encoding == "nfd" for a in articles) >= 3
    assert sum(a.view_count is None for a in articles) >= 3
    assert sum((a.view_count or 0) >= 1000 for a in articles) >= 3
    assert sum(a.author is None for a in articles) >= 3
    assert sum(a.author is not None and a.author != a.author.upper() for a in articles) >= 3
    assert any(a.date_label == "Ngày xuất bản" for a in articles)
    assert any(src.startswith("https://") for a in articles for src, _ in a.captions)


def test_expected_article_helpers(replica):
    real = replica.article(REAL_ID)
    base = replica.base_url
    expected = real.expected(base, "en")
    assert expected["url"] == f"{base}/dang-doan-the/-/view_content/{REAL_ID}-{real.slug}.html"
    assert (
        real.url(base, "en") == f"{base}/en/dang-doan-the/-/view_content/{REAL_ID}-{real.slug}.html"
    )
    assert expected["body"] == "\n\n".join(real.paragraphs) == real.expected_body()
    assert expected["captions"][1] == {
        "image_url": f"{base}/documents/20182/5402795/hoi-nghi-bch-lan-thu-12-2.jpg",
        "text": "Quang cảnh Hội nghị",
    }
    assert expected["lang"] == "en" and expected["author"] == "VĂN PHÒNG QUẬN ỦY"


# --------------------------------------------------------------------------
# Pages
# --------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_pagination_covers_every_article_exactly_once(replica, lang):
    url = replica.start_url(lang)
    seen: list[int] = []
    pages = 0
    while url:
        page = fetch(url)
        assert page.status == 200
        ids = listing_ids(page.text)
        assert len(ids) == (10 if pages < 6 else 4)
        seen += ids
        pages += 1
        href = pager_link(page.text, LABELS[lang]["next"])
        url = None if href.startswith("javascript:") else urljoin(url, href)
        assert pages <= 7
    assert pages == 7 == replica.n_pages
    assert seen == [a.article_id for a in replica.articles]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_listing_page_markup(replica, lang):
    labels = LABELS[lang]
    first = fetch(replica.start_url(lang)).text
    assert f'<html class="ltr" dir="ltr" lang="{"vi" if lang == "vi" else "en-US"}">' in first
    assert pager_link(first, labels["first"]) == "javascript:;"
    assert pager_link(first, labels["previous"]) == "javascript:;"
    assert pager_link(first, labels["next"]).endswith("_101_INSTANCE_cTdang_cur=2")
    assert pager_link(first, labels["last"]).endswith("_101_INSTANCE_cTdang_cur=7")
    assert '<li class="active"><span>1</span></li>' in first
    assert listing_ids(fetch(replica.listing_url(1, lang)).text) == listing_ids(first)

    last = fetch(replica.listing_url(7, lang)).text
    assert pager_link(last, labels["next"]) == "javascript:;"
    assert pager_link(last, labels["last"]) == "javascript:;"
    assert pager_link(last, labels["previous"]).endswith("_cur=6")

    # Each item links its article twice, one of the links with a query string.
    start = first.index('<div class="asset-publisher-list">')
    first_item = first.index('<div class="news-item', start)
    item = first[first_item : first.index('<div class="news-item', first_item + 1)]
    hrefs = [href for href, _ in anchors(item)]
    assert len(hrefs) == 2 and sum("?redirect=" in h for h in hrefs) == 1
    prefix = "/en/" if lang == "en" else "/dang-doan-the/"
    assert all(h.startswith(prefix) for h in hrefs)
    newest = replica.articles[0]
    assert newest.summary and collapse(newest.summary) in visible_text(first)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_article_page_has_the_labels_of_its_locale(replica, lang):
    real = replica.article(REAL_ID)
    page = fetch(real.url(replica.base_url, lang))
    assert page.status == 200
    assert page.headers["Content-Type"] == "text/html;charset=UTF-8"
    html = page.text
    other = "en" if lang == "vi" else "vi"
    assert f'<span class="label">{LABELS[lang]["published"]}</span>' in html
    assert f'<span class="label">{LABELS[lang]["views"]}</span>' in html
    assert f'<span class="label">{LABELS[other]["published"]}</span>' not in html
    title = re.search(r"<title>(.*?)</title>", html).group(1)
    assert title.endswith(" - " + real.title) and title != real.title
    canonical = re.search(
        r'<link data-senna-track="temporary" href="([^"]+)" rel="canonical"', html
    ).group(1)
    assert canonical == real.url(replica.base_url)
    assert '<h2 class="portlet-title"><span class="portlet-title-text">CÔNG TÁC ĐẢNG</span>' in html


def test_real_article_page_reads_like_the_saved_text(replica):
    lines = [
        collapse(line) for line in REAL_TEXT.read_text(encoding="utf-8").split("\n") if line.strip()
    ]
    text = visible_text(fetch(replica.article(REAL_ID).url(replica.base_url, "en")).text)
    position = 0
    for line in lines:
        found = text.find(line, position)
        assert found >= 0, f"missing or out of order: {line[:60]}"
        position = found + len(line)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_article_page_matches_its_truth(replica, lang):
    base = replica.base_url
    for article in replica.articles:
        url = article.url(base, lang)
        html = fetch(url).text
        # The recipe agrees with the truth fields...
        recipe = article.blocks
        assert [collapse(b.text) for b in recipe if isinstance(b, Para)] == list(article.paragraphs)
        assert [b.caption and collapse(b.caption) for b in recipe if isinstance(b, Photo)] == [
            text for _, text in article.captions
        ]
        assert [b.text for b in recipe if isinstance(b, Signature)] == (
            [article.author] if article.author else []
        )
        # ...and the page shows exactly that, in that order, photos included.
        assert body_items(html, url) == expected_items(article, base), article.article_id
        heading = re.search(r'<h1 class="header-title"><span>(.*?)</span></h1>', html).group(1)
        assert collapse(visible_text(heading)) == article.title
        meta = visible_text(re.search(r'<div class="news-meta">(.*?)</div>', html).group(1))
        when = article.published.strftime("%d/%m/%Y | %H:%M")
        if article.view_count is None:
            assert meta == f"{article.date_label if lang == 'vi' else 'Publish date'} {when}"
        else:
            views = f"{article.view_count:,}".replace(",", ".")
            assert meta.endswith(f"{when} | {LABELS[lang]['views']} {views}")


def test_encodings_are_really_in_the_html(replica):
    articles = replica.articles
    entity = next(a for a in articles if a.encoding == "entities")
    html = fetch(entity.url(replica.base_url)).text
    assert re.search(r"&#x?[0-9A-Fa-f]+;", html) and entity.title not in html
    nfd = next(a for a in articles if a.encoding == "nfd")
    html = fetch(nfd.url(replica.base_url)).text
    assert unicodedata.normalize("NFD", nfd.title) in html and nfd.title not in html
    assert unicodedata.normalize("NFD", nfd.paragraphs[0]) in unicodedata.normalize("NFD", html)


def test_pages_are_large_and_full_of_links_a_crawler_must_not_follow(replica):
    real = replica.article(REAL_ID)
    html = fetch(real.url(replica.base_url)).text
    assert 45_000 < len(html.encode()) < 100_000
    assert html.count("<script") >= 4 and "<style" in html
    hrefs = [href for href, _ in anchors(html)]
    for needle in (
        ".pdf",
        ".doc",
        ".docx",
        "mailto:",
        "https://hanoi.gov.vn/",
        "https://www.facebook.com/sharer/sharer.php?u=",
        "/c/portal/login",
        "p_p_lifecycle=1",
        "/web/guest/dang-doan-the/-/view_content/",
    ):
        assert any(needle in href for href in hrefs), needle
    assert 'action="/tim-kiem"' in html
    menu = html[html.index('id="navigation"') : html.index("</nav>")]
    assert 40 <= len(anchors(menu)) <= 60
    sidebar = html[html.index('class="col-md-4 sidebar"') :]
    side_links = [href for href, _ in anchors(sidebar) if "view_content" in href]
    assert any(h.startswith("/en/") for h in side_links)
    assert any("_101_INSTANCE_tinNB_redirect=" in h for h in side_links)
    assert "Lượt xem:" in sidebar


def test_unknown_and_alternative_urls(replica):
    base = replica.base_url
    real = replica.article(REAL_ID)
    missing = fetch(f"{base}/dang-doan-the/-/view_content/1234567-khong-co.html")
    assert missing.status == 404 and LABELS["vi"]["not_found"] in missing.text
    missing_en = fetch(f"{base}/en/dang-doan-the/-/view_content/1234567-x.html")
    assert missing_en.status == 404 and LABELS["en"]["not_found"] in missing_en.text
    assert fetch(f"{base}/khong-co-trang-nay").status == 404
    for variant in (
        f"/dang-doan-the/-/view_content/{REAL_ID}-slug-sai.html",
        f"/dang-doan-the/-/view_content/{REAL_ID}",
        f"{real.path()}?redirect=%2Fdang-doan-the",
    ):
        page = fetch(base + variant)
        assert page.status == 200 and real.paragraphs[0] in page.text, variant
    old = fetch(f"{base}/web/guest/dang-doan-the/-/view_content/{REAL_ID}")
    assert old.status == 301 and old.headers["Location"] == real.url(base)
    assert fetch(f"{base}/web/guest/dang-doan-the/-/view_content/1234567").status == 404
    head = fetch(real.url(base), method="HEAD")
    assert head.status == 200 and head.body == b"" and int(head.headers["Content-Length"]) > 40_000
    assert fetch(base + "/").status == 200 and fetch(base + "/en/").status == 200
    assert fetch(f"{base}/documents/20182/5402795/hoi-nghi-bch-lan-thu-12-1.jpg").body.startswith(
        b"\x89PNG"
    )


def test_robots_txt(fresh_replica):
    replica = fresh_replica
    robots = fetch(replica.base_url + "/robots.txt")
    assert robots.status == 200 and robots.headers["Content-Type"].startswith("text/plain")
    for line in (
        "User-agent: *",
        "Disallow: /c/",
        "Disallow: /tim-kiem",
        "Disallow: /*p_p_lifecycle=1",
    ):
        assert line in robots.text.splitlines()
    parser = urllib.robotparser.RobotFileParser()
    parser.parse(robots.text.splitlines())
    article = replica.articles[0].url(replica.base_url)
    assert parser.can_fetch("*", article)
    assert parser.can_fetch("*", replica.listing_url(3))
    assert not parser.can_fetch("*", replica.base_url + "/c/portal/login?p_l_id=10183")
    assert not parser.can_fetch("*", replica.base_url + "/tim-kiem?q=dang")

    replica.robots_status = 404
    assert fetch(replica.base_url + "/robots.txt").status == 404
    replica.robots_status = 500
    assert fetch(replica.base_url + "/robots.txt").status == 500
    replica.robots_status = 200
    replica.robots_body = "User-agent: *\nDisallow: /\n"
    assert fetch(replica.base_url + "/robots.txt").text == "User-agent: *\nDisallow: /\n"
    replica.reset()
    assert "Disallow: /c/" in fetch(replica.base_url + "/robots.txt").text


# --------------------------------------------------------------------------
# Faults
# --------------------------------------------------------------------------


def test_slow(fresh_replica):
    replica = fresh_replica
    slow, fast = replica.articles[0], replica.articles[1]
    replica.slow[slow.article_id] = 0.3
    started = time.monotonic()
    assert fetch(fast.url(replica.base_url)).status == 200
    assert time.monotonic() - started < 0.25
    started = time.monotonic()
    assert fetch(slow.url(replica.base_url, "en")).status == 200
    assert time.monotonic() - started >= 0.3
    replica.reset()
    started = time.monotonic()
    fetch(slow.url(replica.base_url))
    assert time.monotonic() - started < 0.25


def test_fail_first_then_normal(fresh_replica):
    replica = fresh_replica
    article = replica.articles[2]
    replica.fail_first[article.article_id] = 2
    statuses = [fetch(article.url(replica.base_url)).status for _ in range(3)]
    assert statuses == [503, 503, 200]
    assert [r.status for r in replica.requests] == statuses
    replica.fail_first[article.article_id] = 1
    replica.fail_retry_after = 2
    assert fetch(article.url(replica.base_url)).headers["Retry-After"] == "2"


def test_throttle_first(fresh_replica):
    replica = fresh_replica
    article = replica.articles[3]
    replica.throttle_first[article.article_id] = 1
    throttled = fetch(article.url(replica.base_url))
    assert throttled.status == 429 and throttled.headers["Retry-After"] == "1"
    assert fetch(article.url(replica.base_url)).status == 200


def test_truncate_first_loses_data(fresh_replica):
    replica = fresh_replica
    article = replica.articles[4]
    replica.truncate_first[article.article_id] = 1
    with pytest.raises(http.client.IncompleteRead):
        fetch(article.url(replica.base_url))
    full = fetch(article.url(replica.base_url))
    assert full.status == 200 and full.text.rstrip().endswith("</html>")


def test_cut_first_sends_a_consistent_short_page(fresh_replica):
    replica = fresh_replica
    article = replica.articles[5]
    replica.cut_first[article.article_id] = 1
    cut = fetch(article.url(replica.base_url))
    full = fetch(article.url(replica.base_url))
    assert cut.status == 200 and int(cut.headers["Content-Length"]) == len(cut.body)
    assert "</html>" not in cut.text and full.text.startswith(cut.text)
    assert 0.3 < len(cut.text) / len(full.text) < 0.5


@pytest.mark.parametrize(("switch", "status"), [("not_found", 404), ("gone", 410)])
def test_missing_articles_stay_listed(fresh_replica, switch, status):
    replica = fresh_replica
    article = replica.articles[1]
    getattr(replica, switch).add(article.article_id)
    assert fetch(article.url(replica.base_url)).status == status
    assert article.article_id in listing_ids(fetch(replica.start_url()).text)
    replica.reset()
    assert fetch(article.url(replica.base_url)).status == 200


def test_soft_404(fresh_replica):
    replica = fresh_replica
    article = replica.articles[6]
    replica.soft_404.add(article.article_id)
    page = fetch(article.url(replica.base_url))
    assert page.status == 200
    assert "Bài viết không tồn tại hoặc đã bị xóa" in page.text
    assert article.paragraphs[0] not in page.text and '<h1 class="header-title"' not in page.text
    assert 'class="journal-content-article"' not in page.text


def test_pagination_loop(fresh_replica):
    replica = fresh_replica
    replica.pagination_loop = True
    last = fetch(replica.listing_url(7)).text
    assert pager_link(last, "Sau").endswith("_cur=1")
    numbers = [
        text for _, text in anchors(last[last.index("lfr-pagination-buttons") :]) if text.isdigit()
    ]
    assert numbers == ["3", "4", "5", "6", "1", "2", "3"]  # 7 is the current page, not a link
    assert listing_ids(
        fetch(urljoin(replica.base_url, pager_link(last, "Sau"))).text
    ) == listing_ids(fetch(replica.start_url()).text)
    replica.pagination_loop = False
    assert pager_link(fetch(replica.listing_url(7)).text, "Sau") == "javascript:;"


def test_grow_views(fresh_replica):
    replica = fresh_replica
    article = next(a for a in replica.articles if a.view_count is not None)
    step = replica.view_growth(article.article_id)
    replica.grow_views = True

    def shown() -> int:
        html = fetch(article.url(replica.base_url)).text
        value = re.search(r'class="news-views">.*?<span class="value">([\d.]+)</span>', html).group(
            1
        )
        return int(value.replace(".", ""))

    assert [shown(), shown()] == [article.view_count + step, article.view_count + 2 * step]
    assert replica.article(article.article_id).view_count == article.view_count + 2 * step
    replica.reset()
    assert shown() == article.view_count


def test_add_articles(fresh_replica):
    replica = fresh_replica
    before = [a.article_id for a in replica.articles]
    new = replica.add_articles(3)
    assert [a.article_id for a in new] == sorted(a.article_id for a in new)
    assert new[0].article_id > before[0] and new[0].published_at > replica.articles[3].published_at
    page1 = listing_ids(fetch(replica.start_url()).text)
    assert page1 == [a.article_id for a in reversed(new)] + before[:7]
    assert fetch(new[-1].url(replica.base_url)).status == 200
    assert replica.n_pages == 7 and len(listing_ids(fetch(replica.listing_url(7)).text)) == 7
    replica.reset()
    assert [a.article_id for a in replica.articles] == before
    assert fetch(new[-1].url(replica.base_url)).status == 404
    # Deterministic: adding 1 then 2 gives the same articles as adding 3.
    again = replica.add_articles(1) + replica.add_articles(2)
    assert again == new


def test_redirects(fresh_replica):
    replica = fresh_replica
    offhost, login = replica.articles[7], replica.articles[8]
    replica.redirect_offhost.add(offhost.article_id)
    replica.redirect_login.add(login.article_id)
    moved = fetch(offhost.url(replica.base_url))
    assert moved.status == 302 and moved.headers["Location"].startswith("https://example.org/")
    to_login = fetch(login.url(replica.base_url))
    assert to_login.status == 302
    assert to_login.headers["Location"].startswith(replica.base_url + "/c/portal/login?")


def test_faults_by_path_and_listing_page(fresh_replica):
    replica = fresh_replica
    replica.fail_first["listing:2"] = 1
    replica.fail_first["/robots.txt"] = 1
    assert fetch(replica.listing_url(2, "en")).status == 503
    assert fetch(replica.listing_url(2)).status == 200
    assert fetch(replica.base_url + "/robots.txt").status == 503
    replica.fail_first["*"] = 1
    assert fetch(replica.base_url + "/").status == 503
    assert fetch(replica.base_url + "/").status == 200


def test_reset_turns_every_fault_off(fresh_replica):
    replica = fresh_replica
    a = replica.articles
    replica.slow[a[0].article_id] = 5
    replica.fail_first[a[1].article_id] = 5
    replica.throttle_first[a[2].article_id] = 5
    replica.truncate_first[a[3].article_id] = 5
    replica.cut_first[a[4].article_id] = 5
    for n, switch in enumerate(
        ("not_found", "gone", "soft_404", "redirect_offhost", "redirect_login")
    ):
        getattr(replica, switch).add(a[5 + n].article_id)
    replica.pagination_loop = replica.grow_views = True
    replica.robots_status = 500
    replica.reset()
    for article in a[:10]:
        page = fetch(article.url(replica.base_url))
        assert page.status == 200 and page.text.rstrip().endswith("</html>")
        assert article.paragraphs[0] in visible_text(page.text) or article.encoding != "utf8"
    assert fetch(replica.base_url + "/robots.txt").status == 200


# --------------------------------------------------------------------------
# Request log, lifecycle, command line
# --------------------------------------------------------------------------


def test_request_log(fresh_replica):
    replica = fresh_replica
    a, b = replica.articles[0], replica.articles[1]
    fetch(replica.start_url())
    fetch(a.url(replica.base_url, "en"), headers={"User-Agent": "portal-archive-test"})
    fetch(f"{b.url(replica.base_url)}?redirect=%2F")
    fetch(replica.listing_url(3))
    records = replica.requests
    assert [r.status for r in records] == [200, 200, 200, 200]
    assert records[1].user_agent == "portal-archive-test" and records[1].lang == "en"
    assert records[2].path == f"{b.path()}?redirect=%2F"
    assert replica.article_requests() == [a.article_id, b.article_id]
    assert replica.listing_requests() == [1, 3]
    assert records[0].time <= records[-1].time
    replica.reset_log()
    assert replica.requests == []


def test_stop_takes_the_site_down_and_start_brings_it_back():
    replica = Replica(n_articles=12)
    base = replica.start()
    conn = http.client.HTTPConnection("127.0.0.1", replica.port, timeout=5)
    conn.request("GET", "/dang-doan-the")
    conn.getresponse().read()  # a kept-alive connection
    replica.stop()
    with pytest.raises(ConnectionRefusedError):
        fetch(base + "/dang-doan-the")

    def ask_again() -> None:
        conn.request("GET", "/dang-doan-the")
        conn.getresponse().read()

    with pytest.raises((OSError, http.client.HTTPException)):
        ask_again()
    conn.close()
    assert replica.start() == base
    try:
        assert fetch(replica.start_url()).status == 200
    finally:
        replica.stop()


def test_command_line_prints_a_url_that_serves():
    process = subprocess.Popen(
        [sys.executable, "-m", "replica", "--port", "0", "--articles", "20", "--seed", "3"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = process.stdout.readline().strip()
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", line)
        page = fetch(line + "/dang-doan-the")
        assert page.status == 200 and len(listing_ids(page.text)) == 10
        ids = [a.article_id for a in build_articles(20, seed=3)]
        assert listing_ids(page.text) == ids[:10]
    finally:
        process.terminate()
        out, err = process.communicate(timeout=10)
    assert out == "" and err == ""


def test_rendering_without_http_matches_what_is_served(replica):
    article = replica.article(REAL_ID)
    for lang in ("vi", "en"):
        served = fetch(article.url(replica.base_url, lang)).text
        assert replica.article_html(REAL_ID, lang, replica.base_url) == served
    assert (
        replica.listing_html(2, "en", replica.base_url) == fetch(replica.listing_url(2, "en")).text
    )


@pytest.mark.parametrize("n", [1, 2, 12])
def test_small_replicas(n):
    with Replica(n_articles=n) as small:
        ids = [a.article_id for a in small.articles]
        assert REAL_ID in ids and len(ids) == n
        page = fetch(small.start_url())
        assert listing_ids(page.text) == ids[:10]
        assert pager_link(page.text, "Sau") == (
            "javascript:;" if n <= 10 else small.listing_url(2)[len(small.base_url) :]
        )
        assert fetch(small.article(REAL_ID).url(small.base_url)).status == 200
    with pytest.raises(ValueError, match="n_articles must be between 1 and"):
        Replica(n_articles=0)
