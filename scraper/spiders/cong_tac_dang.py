"""The `cong_tac_dang` spider: walks the section's listing pages to its articles.

Thin by design: page objects (``scraper.pages``) read the pages; this spider
only decides what to request next and hands each response to them. It knows
an article by its id before asking for it, so an article linked several ways
is requested once per crawl.

Incremental by default: it walks listing pages, newest first, only until a
page whose articles are all archived, and fetches only the articles the
archive lacks (plus, with ``refresh_days``, those published in the last N
days). ``full`` walks every page and refetches everything.

    scrapy crawl cong_tac_dang -a start_url=http://127.0.0.1:8000/dang-doan-the -s ARCHIVE_DB=archive.db
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import scrapy
from scrapy import signals
from scrapy.downloadermiddlewares.retry import get_retry_request
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from scraper.items import ArticleFetched, PageFailed, PageGone, PageRefused
from scraper.pages import ArticlePage, ListingPage, NotAnArticle, listing_key
from scraper.profile import DEFAULT_PROFILE, SiteProfile
from scraper.session import CrawlSession, options_from_spider_args

logger = logging.getLogger(__name__)

#: Statuses meaning "this article is no more": remembered, not asked again.
GONE_STATUSES = (404, 410)


class CongTacDangSpider(scrapy.Spider):
    name = "cong_tac_dang"

    def __init__(
        self,
        session: CrawlSession,
        profile: SiteProfile = DEFAULT_PROFILE,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.session = session
        options = session.options
        self.start_urls = list(options.start_urls) or list(profile.start_urls)
        self.profile = profile
        self.full = options.full
        self.refresh_days = options.refresh_days
        self.max_articles = options.max_articles
        #: Exactly the hosts (host:port) of the start URLs; see SameHostMiddleware.
        self.allowed_hosts = {urlsplit(u).netloc.lower() for u in self.start_urls}

        self._known: set[int] = set()
        self._gone: set[int] = set()
        self._requested: set[int] = set()  # article ids asked for in this crawl
        self._listings_seen: set[tuple[str, int]] = set()
        self._expect_html_end = False
        #: Walk every listing page (fetching only what is missing): the last
        #: crawl did not complete, so gaps may lie beyond the first known page.
        self.resume = False

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> CongTacDangSpider:
        """The spider of the crawler's session.

        ``portal-archive crawl`` attaches a session before the crawl; a bare
        ``scrapy crawl cong_tac_dang -a start_url=... -a full=1`` gets one
        built here from its arguments and ``ARCHIVE_DB``, opened (lock, then
        archive) now and closed when the engine stops.
        """
        session = CrawlSession.attached(crawler)
        if session is None:
            urls = list(kwargs.pop("start_urls", None) or [])
            start_url = kwargs.pop("start_url", None)
            if start_url:  # `-a start_url=A,B` from the scrapy command line
                urls.extend(u.strip() for u in str(start_url).split(",") if u.strip())
            options = options_from_spider_args(
                urls,
                full=kwargs.pop("full", False),
                refresh_days=kwargs.pop("refresh_days", None),
                max_articles=kwargs.pop("max_articles", None),
            )
            session = CrawlSession(crawler.settings.get("ARCHIVE_DB", "archive.db"), options)
            session.open()
            session.attach(crawler)
            crawler.signals.connect(session.close, signal=signals.engine_stopped)
        spider = super().from_crawler(crawler, *args, session=session, **kwargs)
        return spider  # type: ignore[no-any-return]

    # --- start -----------------------------------------------------------------

    async def start(self) -> AsyncIterator[Any]:
        refresh = self._read_archive()
        for url in self.start_urls:
            self._listings_seen.add(listing_key(url, self.profile))
            yield scrapy.Request(
                url,
                callback=self.parse_listing,
                errback=self.listing_failed,
                meta={"start_page": True},
                dont_filter=True,
            )
        for article_id, url in refresh:
            request = self._article_request(article_id, url, refresh=True)
            if request is not None:
                yield request

    def _read_archive(self) -> list[tuple[int, str]]:
        """What the archive holds: known ids, gone ids, articles to refresh."""
        return self.session.call(self._read)

    def _read(self, archive: Any) -> list[tuple[int, str]]:
        # known = read from the portal itself; an article only a web archive
        # showed is fetched, for its current state (or to learn it is gone)
        self._known = archive.article_ids(source="live")
        self._gone = archive.gone_ids()
        previous = [r for r in archive.crawl_runs(limit=3) if r.status != "running"]
        if self._known and previous and previous[0].status != "completed":
            self.resume = True
            logger.info(
                "the last crawl ended %s: walking every listing page for what it missed",
                previous[0].status,
            )
        refresh: list[tuple[int, str]] = []
        if self.refresh_days:
            since = datetime.now(timezone.utc) - timedelta(days=self.refresh_days)
            for article_id in sorted(archive.ids_published_since(since), reverse=True):
                article = archive.get(article_id)
                if article is not None and article_id not in self._gone:
                    refresh.append((article_id, article.url))
        return refresh

    # --- listing pages ---------------------------------------------------------

    def parse_listing(self, response: Response) -> Iterator[Any]:
        if not isinstance(response, TextResponse):
            yield from self._listing_problem(response, "not an HTML page")
            return
        page = ListingPage(response.body, response.url, self.profile, encoding=response.encoding)
        links = page.article_links
        if not links:
            yield from self._listing_problem(response, "no article links on the page")
            return
        if response.meta.get("start_page"):
            self._expect_html_end = b"</html>" in response.body[-2048:].lower()

        unknown = 0
        for link in links:
            if link.article_id not in self._known and link.article_id not in self._gone:
                unknown += 1
            request = self._article_request(link.article_id, link.url)
            if request is not None:
                yield request

        if self._cap_reached():
            self.session.summary.capped = True
            logger.info("stopping at %s: --max-articles %s reached", response.url, self.max_articles)
            return
        if not self.full and not self.resume and unknown == 0:
            logger.info("stopping at %s: every article on it is archived", response.url)
            return
        next_url = page.next_page_url
        if next_url is None:
            return
        key = listing_key(next_url, self.profile)
        if key in self._listings_seen:
            logger.warning("pager of %s leads back to a page already seen; stopping", response.url)
            return
        self._listings_seen.add(key)
        yield scrapy.Request(next_url, callback=self.parse_listing, errback=self.listing_failed)

    def _listing_problem(self, response: Response, problem: str) -> Iterator[Any]:
        reason = f"{problem} (HTTP {response.status})"
        if response.meta.get("start_page"):
            self.session.fail(f"cannot crawl: start page {response.url}: {reason}")
        else:
            logger.warning("listing page %s: %s", response.url, reason)
            yield PageFailed(url=response.url, reason=reason)

    def listing_failed(self, failure: Failure) -> Iterator[Any]:
        request = failure.request  # type: ignore[attr-defined]
        reason = _failure_reason(failure)
        if request.meta.get("start_page"):
            self.session.fail(f"cannot crawl: start page {request.url}: {reason}")
            return
        logger.warning("listing page %s failed: %s", request.url, reason)
        yield PageFailed(url=request.url, reason=reason)

    # --- article pages ---------------------------------------------------------

    def _article_request(
        self, article_id: int, url: str, refresh: bool = False
    ) -> scrapy.Request | None:
        """A request for an article, or None when this crawl must not ask for it."""
        if article_id in self._requested or self._cap_reached():
            return None
        if not self.full and article_id in self._gone:
            return None
        if not self.full and not refresh and article_id in self._known:
            return None
        self._requested.add(article_id)
        parts = urlsplit(url)
        clean = urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
        return scrapy.Request(
            clean,
            callback=self.parse_article,
            errback=self.article_failed,
            meta={"article_id": article_id, "handle_httpstatus_list": list(GONE_STATUSES)},
        )

    def _cap_reached(self) -> bool:
        return self.max_articles is not None and len(self._requested) >= self.max_articles

    def parse_article(self, response: Response) -> Iterator[Any]:
        article_id = response.meta["article_id"]
        now = datetime.now(timezone.utc)
        if response.status in GONE_STATUSES:
            logger.info("article %s answered %s: remembered as gone", article_id, response.status)
            yield PageGone(article_id=article_id, url=response.url, status=response.status, seen_at=now)
            return
        if not isinstance(response, TextResponse):
            yield PageFailed(url=response.url, reason="not an HTML page", article_id=article_id)
            return
        if self._expect_html_end and b"</html>" not in response.body[-2048:].lower():
            retry = get_retry_request(response.request, spider=self, reason="page cut short")
            if retry is not None:
                yield retry
            else:
                yield PageFailed(url=response.url, reason="page cut short", article_id=article_id)
            return
        try:
            article = ArticlePage(
                response.body, response.url, self.profile, encoding=response.encoding
            ).to_article()
        except NotAnArticle as exc:
            logger.warning("%s is not an article: %s", response.url, exc)
            yield PageRefused(
                article_id=article_id,
                url=response.url,
                raw_html=response.body,
                fetched_at=now,
                reason=str(exc),
                status=response.status,
            )
            return
        if article.article_id != article_id:
            logger.warning(
                "%s: asked for article %s, the page is article %s", response.url, article_id, article.article_id
            )
        yield ArticleFetched(
            article=article, raw_html=response.body, fetched_at=now, url=response.url, status=response.status
        )

    def article_failed(self, failure: Failure) -> Iterator[Any]:
        request = failure.request  # type: ignore[attr-defined]
        reason = _failure_reason(failure)
        logger.warning("article %s failed: %s", request.url, reason)
        yield PageFailed(url=request.url, reason=reason, article_id=request.meta.get("article_id"))


def _failure_reason(failure: Failure) -> str:
    if failure.check(HttpError):
        return f"HTTP {failure.value.response.status}"  # type: ignore[union-attr]
    message = str(failure.value).strip() or failure.type.__name__  # type: ignore[union-attr]
    return message.splitlines()[0][:200]

