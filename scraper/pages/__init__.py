"""Page objects: (HTML, URL) in, typed data out. Pure: no network, no Scrapy.

    >>> from scraper.pages import parse_article, NotAnArticle
    >>> article = parse_article(html_bytes, "https://caugiay.hanoi.gov.vn/dang-doan-the/-/view_content/5211375-x.html")

``parse_article`` raises ``NotAnArticle`` (a ``ValueError``) with a one-line
reason for a page that is not an article (a listing, an error page, a page
without a title or a publish date).
"""

from scraper.pages.article import ArticlePage, parse_article
from scraper.pages.errors import NotAnArticle
from scraper.pages.listing import ArticleLink, ListingPage, listing_key
from scraper.pages.meta import parse_view_count

__all__ = [
    "ArticleLink",
    "ArticlePage",
    "ListingPage",
    "NotAnArticle",
    "listing_key",
    "parse_article",
    "parse_view_count",
]
