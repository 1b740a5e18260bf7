"""ListingPage on the pager and list forms a Liferay (or other) portal uses."""

from __future__ import annotations

import pytest

from scraper.pages import ListingPage, listing_key

BASE = "https://caugiay.hanoi.gov.vn"


def items(ids: list[int], prefix: str = "") -> str:
    return "".join(
        f'<li><a href="{prefix}/dang-doan-the/-/view_content/{i}-bai-{i}.html?redirect=%2F">'
        f'<img src="/t/{i}.jpg"></a><h3><a '
        f'href="{prefix}/dang-doan-the/-/view_content/{i}-bai-{i}.html">'
        f"Bài {i} về công tác Đảng</a></h3><span>07/01/2022</span>"
        f"<p>Tóm tắt nội dung bài viết số {i} của chuyên mục.</p></li>"
        for i in ids
    )


def page(pager: str, ids: list[int] | None = None, sidebar: str = "") -> str:
    return (
        "<html><body><nav><a href='/'>Trang chủ</a><a href='/dang-doan-the'>Đảng</a></nav>"
        f"<aside><h2>Tin nổi bật</h2><ul>{sidebar}</ul></aside>"
        f"<main><ul class='x'>{items(ids or [101, 102, 103])}</ul><div>{pager}</div></main>"
        "<footer><a href='/documents/1/ke-hoach.pdf'>Kế "
        "hoạch</a> <a href='mailto:a@b.vn'>Thư</a></footer>"
        "</body></html>"
    )


LIFERAY = (
    '<a href="/dang-doan-the?p_p_id=101_INSTANCE_x&_101_INSTANCE_x_cur=1">Đầu</a>'
    '<a href="/dang-doan-the?p_p_id=101_INSTANCE_x&_101_INSTANCE_x_cur=1">1</a>'
    "<span>2</span>"
    '<a href="/dang-doan-the?p_p_id=101_INSTANCE_x&_101_INSTANCE_x_cur=3">3</a>'
    '<a href="/dang-doan-the?p_p_id=101_INSTANCE_x&_101_INSTANCE_x_cur=3">Sau</a>'
)


@pytest.mark.parametrize(
    ("url", "pager", "expected"),
    [
        # Liferay: "Sau" (next) with a _cur parameter
        (
            f"{BASE}/dang-doan-the?_101_INSTANCE_x_cur=2",
            LIFERAY,
            f"{BASE}/dang-doan-the?p_p_id=101_INSTANCE_x&_101_INSTANCE_x_cur=3",
        ),
        # other labels of "next"
        (f"{BASE}/tin", '<a href="/tin?page=2">Trang sau</a>', f"{BASE}/tin?page=2"),
        (f"{BASE}/tin", '<a href="/tin?page=2">Next</a>', f"{BASE}/tin?page=2"),
        (f"{BASE}/tin", '<a href="/tin?page=2">›</a>', f"{BASE}/tin?page=2"),
        (f"{BASE}/tin", '<a href="/tin?page=2">»</a>', f"{BASE}/tin?page=2"),
        (
            f"{BASE}/tin",
            '<a href="/tin?page=2" rel="next"><i class="icon"></i></a>',
            f"{BASE}/tin?page=2",
        ),
        (f"{BASE}/tin", '<a href="/tin?page=2" title="Trang tiếp"></a>', f"{BASE}/tin?page=2"),
        # numbered links only: the one after the current page
        (
            f"{BASE}/tin/page/2",
            '<a href="/tin/page/1">1</a><b>2</b><a href="/tin/page/3">3</a>',
            f"{BASE}/tin/page/3",
        ),
        # last page: no way on; a "next" that loops back to page 1 is not one
        (
            f"{BASE}/tin?page=3",
            '<a href="/tin?page=1">1</a><a href="/tin?page=2">2</a><span>3</span>',
            None,
        ),
        (f"{BASE}/tin?page=3", '<a href="/tin?page=1">Sau</a>', None),
    ],
)
def test_next_page(url: str, pager: str, expected: str | None) -> None:
    assert ListingPage(page(pager), url).next_page_url == expected


def test_the_section_list_not_the_sidebar() -> None:
    sidebar = "".join(
        f'<li><a href="/en/dang-doan-the/-/view_content/{i}-x.html?redirect=1">Tin {i}</a></li>'
        for i in (900, 901, 902, 903)
    )
    listing = ListingPage(page("", [101, 102, 103], sidebar), f"{BASE}/dang-doan-the")
    assert [link.article_id for link in listing.article_links] == [101, 102, 103]
    assert {link.article_id for link in listing.all_article_links} == {
        101,
        102,
        103,
        900,
        901,
        902,
        903,
    }
    first = listing.article_links[0]
    assert first.canonical_url == f"{BASE}/dang-doan-the/-/view_content/101-bai-101.html"


def test_links_to_other_hosts_documents_and_mail_are_never_articles() -> None:
    html = page("") + '<a href="https://hanoi.gov.vn/dang-doan-the/-/view_content/555-x.html">x</a>'
    listing = ListingPage(html, f"{BASE}/dang-doan-the")
    assert 555 not in {link.article_id for link in listing.all_article_links}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            f"{BASE}/dang-doan-the",
            f"{BASE}/dang-doan-the?p_p_id=101_INSTANCE_x&_101_INSTANCE_x_cur=1",
        ),
        (f"{BASE}/dang-doan-the", f"{BASE}/en/dang-doan-the"),
        (f"{BASE}/tin/page/2", f"{BASE}/tin?page=2"),
    ],
)
def test_one_listing_page_whatever_its_url_form(a: str, b: str) -> None:
    assert listing_key(a) == listing_key(b)
