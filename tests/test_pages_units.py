"""Tables of cases for the small pieces of the parser: dates, view counts, URLs, text."""

from __future__ import annotations

import unicodedata
from urllib.parse import urljoin

import pytest
from hypothesis import given, settings, strategies as st

from scraper.pages import parse_article, parse_view_count
from scraper.pages.dates import find_date, iso, parse_date_fallback
from scraper.pages.text import clean_text, clean_texts, is_upper_line
from scraper.pages.urls import article_id_from_url, canonical_url, join_url, url_locale


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Publish date 07/01/2022 | 15:27  | View count: 171", "2022-01-07T15:27:00+07:00"),
        ("Ngày đăng 07/01/2022 | 15:27 | Lượt xem: 171", "2022-01-07T15:27:00+07:00"),
        # day first, always: 07/01 is 7 January, never 1 July
        ("Ngày đăng: 01/07/2022", "2022-07-01T00:00:00+07:00"),
        ("03/03/2020 | 14:00", "2020-03-03T14:00:00+07:00"),
        ("15:27 07/01/2022", "2022-01-07T15:27:00+07:00"),
        ("15:27 - 07/01/2022", "2022-01-07T15:27:00+07:00"),
        ("Thứ sáu, 07-01-2022 15h27", "2022-01-07T15:27:00+07:00"),
        ("7.1.2022 08:05", "2022-01-07T08:05:00+07:00"),
        ("Ngày xuất bản: ngày 7 tháng 1 năm 2022", "2022-01-07T00:00:00+07:00"),
        ("2022-01-07 15:27:30", "2022-01-07T15:27:30+07:00"),
        ("Cập nhật lúc 07/01/22 | 09:30", "2022-01-07T09:30:00+07:00"),
        ("Thứ Sáu, 07/01/2022 - 3:27 PM", "2022-01-07T15:27:00+07:00"),
        ("31/12/2021 23:59", "2021-12-31T23:59:00+07:00"),
    ],
)
def test_dates_are_day_first_in_hanoi_time(text: str, expected: str) -> None:
    found = find_date(text)
    assert found is not None
    assert iso(found.value) == expected


@pytest.mark.parametrize(
    "text", ["13/13 chỉ tiêu", "31/02/2022", "Lượt xem: 1.234", "no date here", "99/99/9999"]
)
def test_not_a_date(text: str) -> None:
    assert find_date(text) is None


def test_fallback_reads_other_wordings_day_first() -> None:
    assert iso(parse_date_fallback("January 7, 2022 3:27 PM")) == "2022-01-07T15:27:00+07:00"
    assert parse_date_fallback("hôm nay trời đẹp") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("lượt xem: 171", 171),
        ("lượt xem: 1.234", 1234),
        ("view count: 12,507", 12507),
        ("views 1 234", 1234),
        ("lượt đọc 98", 98),
        ("số lượt xem: 2.345.678", 2345678),
        ("ngày đăng 07/01/2022 | 15:27 | lượt xem: 171", 171),
        ("171 lượt xem", 171),
        ("ngày đăng 07/01/2022 | 15:27", None),
        ("lượt xem:", None),
        ("", None),
    ],
)
def test_view_counts(text: str, expected: int | None) -> None:
    assert parse_view_count(text) == expected


@pytest.mark.parametrize(
    ("url", "article_id", "canonical", "locale"),
    [
        (
            "https://caugiay.hanoi.gov.vn/en/dang-doan-the/-/view_content/5211375-hoi-nghi.html",
            5211375,
            "https://caugiay.hanoi.gov.vn/dang-doan-the/-/view_content/5211375-hoi-nghi.html",
            "en",
        ),
        (
            "https://caugiay.hanoi.gov.vn/dang-doan-the/-/view_content/5211375-hoi-nghi.html?redirect=%2F#top",
            5211375,
            "https://caugiay.hanoi.gov.vn/dang-doan-the/-/view_content/5211375-hoi-nghi.html",
            None,
        ),
        (
            "http://127.0.0.1:8000/vi/dang-doan-the/-/view_content/42",
            42,
            "http://127.0.0.1:8000/dang-doan-the/-/view_content/42",
            "vi",
        ),
        (
            "https://caugiay.hanoi.gov.vn/dang-doan-the",
            None,
            "https://caugiay.hanoi.gov.vn/dang-doan-the",
            None,
        ),
        ("https://caugiay.hanoi.gov.vn/documents/10180/123/ke-hoach.pdf", None, None, None),
    ],
)
def test_urls(url: str, article_id: int | None, canonical: str | None, locale: str | None) -> None:
    assert article_id_from_url(url) == article_id
    if canonical:
        assert canonical_url(url) == canonical
    assert url_locale(url) == locale


def test_canonical_url_resolves_relative_links() -> None:
    assert (
        canonical_url("/en/dang-doan-the/-/view_content/7-x.html?a=1", base="https://h.vn/x/y")
        == "https://h.vn/dang-doan-the/-/view_content/7-x.html"
    )


def test_clean_text_is_nfc_and_collapses_whitespace() -> None:
    nfd = unicodedata.normalize("NFD", "Đảng bộ\u00a0 quận\n Cầu Giấy\u200b")
    assert clean_text(nfd) == "Đảng bộ quận Cầu Giấy"
    assert unicodedata.is_normalized("NFC", clean_text(nfd))


def _reference_clean(text: str) -> str:
    """clean_text's definition, written the slow way."""
    text = unicodedata.normalize("NFC", text)
    for invisible in ("\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff"):
        text = text.replace(invisible, "")
    return " ".join(text.split())


# Texts of the kinds a page holds: words with and without their accents
# composed, every kind of space, invisible characters, and the two characters
# clean_texts has used to join its pieces.
_PIECES = st.lists(
    st.sampled_from(
        [
            "Đảng",
            "bộ",
            "e\u0301",
            "\u0301",
            "a",
            " ",
            "  ",
            "\n",
            "\t",
            "\r",
            "\u00a0",
            "\u2003",
            "\u200b",
            "\u00ad",
            "\ue000",
            "\ufffc",
            "x\u0323",
            "Σ",
        ]
    ),
    max_size=12,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(_PIECES)
def test_clean_text_is_its_definition(text: str) -> None:
    assert clean_text(text) == _reference_clean(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=6), st.data())
def test_clean_texts_cleans_each_piece(pieces: list[str], data: st.DataObject) -> None:
    """Many pieces cleaned at once, some already known, give what each gives alone
    (a piece holding the character they are joined with included)."""
    known = {p: clean_text(p) for p in pieces if data.draw(st.booleans())}
    assert clean_texts(pieces, known) == [clean_text(p) for p in pieces]


@pytest.mark.parametrize(
    ("text", "upper"),
    [
        ("VĂN PHÒNG QUẬN ỦY", True),
        ("CÔNG TÁC ĐẢNG", True),
        ("Văn phòng Quận ủy", False),
        ("2022", False),
    ],
)
def test_upper_lines(text: str, upper: bool) -> None:
    assert is_upper_line(text) is upper


_BASES = [
    "https://h.vn/vi/tin/-/view_content/742359-x.html",
    "https://h.vn/a/b/",
    "https://h.vn/",
    "https://h.vn",
    "https://h.vn/a/b/c.html#f",
    "https://h.vn/a/b/c?x=1",
    "http://H.vn:8080/a//b/c.html",
    "https://h.vn/a;p/b.html",
    "https://h.vn/a/b/c.html?x=../y",
]
_RELATIVE = [
    "../a.jpg",
    "../../../../../images/x/y.html",
    "a.jpg",
    "a.jpg?t=1&b=2",
    "../x/../y.jpg",
    "./a.jpg",
    "../",
    "..",
    "x/",
    "../../a?q",
    "a b.jpg",
    "a:b.jpg",
    "%20a.jpg",
    "../../../../../../../../z.jpg",
    "",
    "?q=1",
    "#f",
    "a.jpg#x",
    "../a;b.jpg",
    "../.hidden",
    "..a/b.jpg",
    "a/./b.jpg",
    "a/../b.jpg",
    "a/.b.jpg",
    "../a?x=../b",
    "Ảnh.jpg",
    "a\tb.jpg",
    "/root.jpg",
    "//cdn.vn/a.jpg",
    "https://x.vn/../a.jpg",
]


@pytest.mark.parametrize("base", _BASES)
def test_join_url_is_urljoin(base: str) -> None:
    # join_url's fast paths (absolute, root, protocol-relative and relative
    # paths) give what urljoin gives, for every form it meets on real pages
    assert [join_url(base, url) for url in _RELATIVE] == [urljoin(base, url) for url in _RELATIVE]


def test_a_private_use_character_in_the_text_is_kept() -> None:
    """A paragraph holding U+E000 (legacy font conversions write such
    characters) once made the parser fail the page."""
    html = (
        "<html><body><h1>Tiêu đề bài viết thử nghiệm</h1><p>Ngày đăng: 07/01/2022 15:27</p>"
        "<div><p>Đoạn thứ nhất có ký tự \ue000 riêng và \ufffc nữa, đủ dài để là nội dung.</p>"
        "<p>Đoạn thứ hai cũng đủ dài để là nội dung của bài viết, không có gì đặc biệt.</p>"
        "</div></body></html>"
    )
    article = parse_article(
        html.encode(), "https://caugiay.hanoi.gov.vn/dang-doan-the/-/view_content/5263781-x.html"
    )
    assert article.body.split("\n\n")[0] == (
        "Đoạn thứ nhất có ký tự \ue000 riêng và \ufffc nữa, đủ dài để là nội dung."
    )
