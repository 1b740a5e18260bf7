"""ListingPage: a page of the section's article list, (HTML, URL) in, links out.

It finds the links to articles (by the portal's article URL pattern, known
by their id before anyone requests them), tells the section's own list from
sidebars, and finds the way to the next page in whatever form the pager
takes: a ``rel=next`` link, a ``Sau``/``Trang sau``/``Tiếp``/``Next``/``›``/``»``
link, or numbered links carrying a page parameter (Liferay's ``…_cur=N``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit

from lxml import etree

from scraper.pages.html import load_html, tag_of, text_of
from scraper.pages.text import clean_text
from scraper.pages.urls import article_id_from_url, canonical_url, host_of, join_url, same_host
from scraper.profile import DEFAULT_PROFILE, NEXT_LABELS, SiteProfile

_ANCHORS = etree.XPath("//a[@href]")
_NON_LINK_TEXT = etree.XPath(".//text()[normalize-space()][not(ancestor::a)]")
_SKIPPED_HREF = re.compile(r"^(?:mailto:|tel:|javascript:|#)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ArticleLink:
    article_id: int
    #: The URL as linked (absolute): what the spider requests.
    url: str
    #: The canonical form (no locale prefix, no query): what the archive stores.
    canonical_url: str


class ListingPage:
    """A listing page of the section. Pure: no network, no Scrapy."""

    def __init__(
        self,
        html: bytes | str,
        url: str,
        profile: SiteProfile = DEFAULT_PROFILE,
        encoding: str | None = None,
    ) -> None:
        self.url = url
        self.profile = profile
        self.root = load_html(html, encoding)
        base = self.root.xpath("//base/@href")
        self.base_url = join_url(url, base[0]) if base else url
        # (anchor, href as written): URLs are resolved only for the few
        # anchors that can matter (article links, the pager), not for every
        # menu item of a 300-link page.
        self._hrefs = [
            (a, href)
            for a in _ANCHORS(self.root)
            if (href := (a.get("href") or "").strip()) and not _SKIPPED_HREF.match(href)
        ]

    # --- articles -------------------------------------------------------------

    @property
    def all_article_links(self) -> list[ArticleLink]:
        """Every link to an article on the page (list, sidebars, footer), one per id."""
        return _unique(self._article_anchors())

    @property
    def article_links(self) -> list[ArticleLink]:
        """The links of the section's own list, one per id, in page order.

        The list is the group of sibling items that link to articles and carry
        the most text of their own (dates, summaries); sidebars list bare
        titles. When no such group stands out, every article link counts.
        """
        anchors = self._article_anchors()
        container = self._main_list(anchors)
        if container is None:
            return _unique(anchors)
        inside = [(a, link) for a, link in anchors if _within(a, container)]
        return _unique(inside)

    def _article_anchors(self) -> list[tuple[etree._Element, ArticleLink]]:
        found = []
        host = host_of(self.url)
        for anchor, href in self._hrefs:
            if not self.profile.article_path.search(href.split("?", 1)[0].split("#", 1)[0]):
                continue
            absolute = join_url(self.base_url, href)
            if host_of(absolute) != host:
                continue
            article_id = article_id_from_url(absolute, self.profile)
            if article_id is None:
                continue
            link = ArticleLink(
                article_id=article_id,
                url=absolute.split("#", 1)[0],
                canonical_url=canonical_url(absolute, profile=self.profile),
            )
            found.append((anchor, link))
        return found

    def _main_list(
        self, anchors: list[tuple[etree._Element, ArticleLink]]
    ) -> etree._Element | None:
        # Each list item is the child of its list that holds the link; a list
        # scores by how many distinct articles its items link and how much
        # text of their own (dates, summaries) the items carry.
        groups: dict[etree._Element, dict[etree._Element, set[int]]] = {}
        for anchor, link in anchors:
            child, parent = anchor, anchor.getparent()
            for _ in range(6):
                if parent is None:
                    break
                groups.setdefault(parent, {}).setdefault(child, set()).add(link.article_id)
                child, parent = parent, parent.getparent()
        best, best_score = None, 0.0
        for container, items in groups.items():
            if tag_of(container) in ("nav", "aside", "footer", "header"):
                continue
            linked_items = [item for item, ids in items.items() if len(ids) == 1]
            distinct = len({next(iter(items[item])) for item in linked_items})
            if distinct < 2:
                continue
            own_text = sum(
                sum(len(t.strip()) for t in _NON_LINK_TEXT(item)) for item in linked_items
            )
            score = distinct * (1.0 + min(own_text / len(linked_items), 300) / 60)
            if score > best_score:
                best, best_score = container, score
        return best

    # --- pagination -------------------------------------------------------------

    @property
    def page_number(self) -> int:
        """The number of this page: from the URL's page parameter, else the pager, else 1."""
        number = self._page_param(self.url)
        if number is not None:
            return number
        return 1

    @property
    def page_urls(self) -> dict[int, str]:
        """Numbered pager links: page number → absolute URL (same host only)."""
        pages: dict[int, str] = {}
        for anchor, href in self._hrefs:
            text = text_of(anchor).strip()
            if not text.isdigit():
                continue
            absolute = join_url(self.base_url, href)
            if not same_host(absolute, self.url):
                continue
            if article_id_from_url(absolute, self.profile) is not None:
                continue
            number = self._page_param(absolute)
            if number is None:
                number = int(text)
            pages.setdefault(number, absolute.split("#", 1)[0])
        return pages

    @property
    def next_page_url(self) -> str | None:
        """The page after this one, or None on the last page."""
        current = self.page_number
        for anchor, href in self._hrefs:
            rel = (anchor.get("rel") or "").lower().split()
            raw = text_of(anchor)
            if len(raw) > 40 and "next" not in rel:
                continue  # a title or a menu item, not a pager label
            label = clean_text(raw).lower()
            hint = clean_text(anchor.get("title") or anchor.get("aria-label") or "").lower()
            if "next" in rel or label in NEXT_LABELS or (not label and hint in NEXT_LABELS):
                absolute = join_url(self.base_url, href)
                if not same_host(absolute, self.url) or article_id_from_url(absolute, self.profile):
                    continue
                number = self._page_param(absolute)
                if number is not None and number <= current:
                    continue  # a pager that loops back to the first page
                if _same_page(absolute, self.url):
                    continue
                return absolute.split("#", 1)[0]
        for link in self.root.xpath("//link[@rel='next']/@href"):
            return join_url(self.base_url, link)
        return self.page_urls.get(current + 1)

    def _page_param(self, url: str) -> int | None:
        for name, value in parse_qsl(urlsplit(url).query):
            if self.profile.page_param.search(name) and value.isdigit():
                return int(value)
        match = re.search(r"/(?:page|trang|p)[/-](\d+)/?$", urlsplit(url).path)
        return int(match.group(1)) if match else None


def _unique(anchors: list[tuple[etree._Element, ArticleLink]]) -> list[ArticleLink]:
    seen: set[int] = set()
    links = []
    for _, link in anchors:
        if link.article_id not in seen:
            seen.add(link.article_id)
            links.append(link)
    return links


def _within(node: etree._Element, ancestor: etree._Element) -> bool:
    while node is not None:
        if node is ancestor:
            return True
        node = node.getparent()
    return False


def _same_page(a: str, b: str) -> bool:
    pa, pb = urlsplit(a), urlsplit(b)
    return (pa.path, sorted(parse_qsl(pa.query))) == (pb.path, sorted(parse_qsl(pb.query)))


def listing_key(url: str, profile: SiteProfile = DEFAULT_PROFILE) -> tuple[str, int]:
    """What identifies a listing page whatever its URL form: (path without locale, page number).

    ``/dang-doan-the``, ``/dang-doan-the?..._cur=1`` and ``/en/dang-doan-the``
    are the same page 1; a pager that links back to it is caught by this key.
    """
    parts = urlsplit(url)
    path = profile.locale_prefix.sub("", parts.path, count=1).rstrip("/") or "/"
    number = 1
    for name, value in parse_qsl(parts.query):
        if profile.page_param.search(name) and value.isdigit():
            number = int(value)
    match = re.search(r"/(?:page|trang|p)[/-](\d+)$", path)
    if match:
        number = int(match.group(1))
        path = path[: match.start()] or "/"
    return f"{parts.netloc.lower()}{path}", number
