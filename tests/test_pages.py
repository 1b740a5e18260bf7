"""The parser on the replica's pages (every article, both locales, compared
field by field with the replica's ground truth), on the real article of
portal/000_30f86087a6ec7e8e.txt, on non-articles, and `portal-archive parse`.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner

import replica as replica_package
from portal_archive.cli import cli
from replica import Replica
from scraper.pages import ArticlePage, ListingPage, NotAnArticle, listing_key, parse_article

BASE = "http://127.0.0.1:8000"  # the replica serves http; absolute URLs in its pages say so
REAL_ID = 5402817
SHARED = Path(__file__).resolve().parents[2] / "shared" / "portal" / "000_30f86087a6ec7e8e.txt"
REAL_CAPTIONS = [
    "Đồng chí Nguyễn Văn Chiến - Phó Bí thư Thường trực "
    "Quận ủy - Chủ tịch HĐND quận phát biểu tai Hội nghị",
    "Quang cảnh Hội nghị",
]

REPLICA = Replica(n_articles=64)
CASES = [(a.article_id, lang) for a in REPLICA.articles for lang in ("vi", "en")]


def page(article_id: int, lang: str = "vi") -> tuple[bytes, str]:
    article = REPLICA.article(article_id)
    return REPLICA.article_html(article_id, lang, BASE).encode("utf-8"), article.url(BASE, lang)


@pytest.mark.parametrize(("article_id", "lang"), CASES, ids=[f"{i}-{lang}" for i, lang in CASES])
def test_every_replica_article_field_by_field(article_id: int, lang: str) -> None:
    html, url = page(article_id, lang)
    got = parse_article(html, url).to_dict()
    truth = REPLICA.article(article_id)
    for key, want in truth.expected(BASE, lang).items():
        assert got[key] == want, f"{key} of {article_id} ({lang}, habits {truth.habits})"
    body = got["body"]
    for caption in truth.captions:
        if caption[1]:
            assert caption[1] not in body
    if truth.author:
        assert truth.author not in body
    for furniture in ("Chia sẻ", "Facebook", "Tin liên quan", "Related news", "Lượt xem", "Số 36"):
        assert furniture not in body
    assert "<script" not in got["body_html"] and "onclick" not in got["body_html"]
    assert unicodedata.is_normalized("NFC", body) and unicodedata.is_normalized("NFC", got["title"])


def test_the_real_article_every_field() -> None:
    """portal/000_30f86087a6ec7e8e.txt, exactly as a reader sees it."""
    bundled = Path(replica_package.__file__).parent / "real_article_5402817.txt"
    text = bundled.read_text(encoding="utf-8")
    if SHARED.exists():  # the shared file beside the repository: the replica's copy is exact
        assert SHARED.read_text(encoding="utf-8") == text
    lines = text.split("\n\n")
    html, url = page(REAL_ID, "en")
    article = parse_article(html, url)
    assert article.article_id == REAL_ID
    assert article.lang == "en"
    assert article.section == "CÔNG TÁC ĐẢNG"
    assert article.title == "Đảng bộ quận Cầu Giấy tổ chức Hội nghị Ban Chấp hành lần thứ 12"
    assert article.published_at == "2022-01-07T15:27:00+07:00"
    assert article.view_count == 171
    assert [c.text for c in article.captions] == REAL_CAPTIONS
    assert article.author == "VĂN PHÒNG QUẬN ỦY"
    assert (
        article.url
        == f"{BASE}/dang-doan-the/-/view_content/5402817-{REPLICA.article(REAL_ID).slug}.html"
    )
    # every paragraph, exactly, in order
    paragraphs = [p.strip() for p in lines[2:] if p.strip()]
    expected = [p for p in paragraphs if p not in REAL_CAPTIONS and p != "VĂN PHÒNG QUẬN ỦY"]
    assert len(expected) == 10
    assert article.body.split("\n\n") == expected


@pytest.mark.parametrize(
    "html",
    [
        b"",
        b"   ",
        b"<html><body><p>Kh\xc3\xb4ng t\xc3\xacm th\xe1\xba\xa5y trang</p></body></html>",
        b"\x89PNG\r\n\x1a\n binary",
        "<html><body><h1>Tiêu đề</h1><p>Chưa có ngày đăng.</p></body></html>".encode(),
    ],
    ids=["empty", "blank", "404-text", "binary", "no-date"],
)
def test_non_articles_are_refused_with_a_reason(html: bytes) -> None:
    with pytest.raises(NotAnArticle) as raised:
        ArticlePage(html, f"{BASE}/dang-doan-the/-/view_content/1-x.html").to_article()
    assert str(raised.value) and "\n" not in str(raised.value)


def test_a_listing_page_is_not_an_article() -> None:
    html = REPLICA.listing_html(2, "vi", BASE)
    with pytest.raises(NotAnArticle, match="listing"):
        parse_article(html, f"{BASE}/dang-doan-the")


def test_listing_pages_give_their_articles_and_the_way_on() -> None:
    seen: list[int] = []
    url: str | None = f"{BASE}/dang-doan-the"
    pages = 0
    while url is not None:
        number = listing_key(url)[1]
        listing = ListingPage(REPLICA.listing_html(number, "vi", BASE), url)
        assert listing.page_number == number
        seen.extend(link.article_id for link in listing.article_links)
        assert all(
            link.canonical_url.startswith(f"{BASE}/dang-doan-the/-/view_content/")
            for link in listing.article_links
        )
        url = listing.next_page_url
        pages += 1
    assert pages == REPLICA.n_pages
    # the section's own list only: every article once, in the listing's order;
    # the sidebars' links (other locale, query strings) are not part of it
    assert seen == [a.article_id for a in REPLICA.articles]


def test_listing_links_in_the_english_ui_keep_their_locale() -> None:
    listing = ListingPage(REPLICA.listing_html(1, "en", BASE), f"{BASE}/en/dang-doan-the")
    assert listing.article_links[0].url.startswith(f"{BASE}/en/dang-doan-the/-/view_content/")
    assert "/en/" not in listing.article_links[0].canonical_url


# --- portal-archive parse ------------------------------------------------------


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    html, _ = page(REAL_ID, "vi")
    path = tmp_path / "page.html"
    path.write_bytes(html)
    return path


def test_parse_prints_the_article_as_utf8_json(saved: Path) -> None:
    url = REPLICA.article(REAL_ID).url(BASE, "vi")
    result = CliRunner().invoke(cli, ["parse", str(saved), "--url", url])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout_bytes.decode("utf-8"))
    assert list(data) == [
        "article_id",
        "url",
        "lang",
        "section",
        "title",
        "published_at",
        "view_count",
        "body",
        "body_html",
        "captions",
        "lead",
        "author",
        "posted_by",
    ]
    assert data["title"] == "Đảng bộ quận Cầu Giấy tổ chức Hội nghị Ban Chấp hành lần thứ 12"
    assert "Đảng bộ" in result.stdout_bytes.decode("utf-8")  # not \\u-escaped


def test_parse_without_url_reads_the_canonical_link(saved: Path) -> None:
    result = CliRunner().invoke(cli, ["parse", str(saved)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["article_id"] == REAL_ID


def test_parse_refuses_a_non_article_with_exit_2(tmp_path: Path) -> None:
    listing = tmp_path / "listing.html"
    listing.write_text(REPLICA.listing_html(1, "vi", BASE), encoding="utf-8")
    result = CliRunner().invoke(cli, ["parse", str(listing), "--url", f"{BASE}/dang-doan-the"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "not an article" in result.stderr


def test_parse_of_a_missing_file_is_one_line() -> None:
    result = CliRunner().invoke(cli, ["parse", "no-such-page.html"])
    assert result.exit_code == 1
    assert "no such file" in result.output


def test_parse_fetches_a_url_once(fresh_replica: Replica) -> None:
    url = fresh_replica.article_url(REAL_ID)
    result = CliRunner().invoke(cli, ["parse", url])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["view_count"] == 171
    assert fresh_replica.article_requests() == [REAL_ID]
