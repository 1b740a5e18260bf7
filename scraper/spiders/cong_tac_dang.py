"""The `cong_tac_dang` spider: walks the section's listing pages to its articles.

Thin by design: page objects (``scraper.pages``) read the pages; this spider
only decides what to request next and hands each response to them. It knows
an article by its id before asking for it, so an article linked several ways
is requested once per crawl.

Incremental by default: it walks listing pages, newest first, only until a
page whose articles are all archived, and fetches only the articles the
archive lacks (plus, with ``refresh_days``, those published in the last N
days). What the last crawls left undone is asked for exactly: articles in
the retry queue by id, and the listing walk on from where it was cut short
(``archive.gaps``). A listing page that adds no article id this walk has
not seen ends the walk, whatever its pager says. ``full`` walks every page
and refetches everything.

Every article asked for ends in one item (stored, refused, gone, failed);
a callback that crashes is counted as a failure too (``callback_crashed``).

    scrapy crawl cong_tac_dang -a start_url=http://127.0.0.1:8000/dang-doan-the \\
        -s ARCHIVE_DB=archive.db
"""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any, TypeGuard
from urllib.parse import parse_qsl, urlsplit, urlunsplit

import scrapy
from scrapy import signals
from scrapy.downloadermiddlewares.retry import get_retry_request
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from archive.model import RawPage
from scraper.items import ArticleFetched, PageFailed, PageGone, PageRefused
from scraper.pages import ArticlePage, ListingPage, NotAnArticle, listing_key
from scraper.profile import DEFAULT_PROFILE, SiteProfile
from scraper.session import CrawlSession, options_from_spider_args

logger = logging.getLogger(__name__)

#: Statuses meaning "this article is no more": remembered, not asked again.
GONE_STATUSES = (404, 410)

#: A page that opens ``<html`` is whole only if it closes it, wherever the
#: close tag is (some servers append kilobytes after it).
_HTML_OPEN = re.compile(rb"<html[\s>]", re.IGNORECASE)
_HTML_CLOSE = re.compile(rb"</html\s*>", re.IGNORECASE)


def is_html(response: Response) -> TypeGuard[TextResponse]:
    """An HTML page: a text response whose Content-Type (if any) says HTML or text.

    Scrapy sniffs a body that looks like text into a TextResponse even when
    the server called it ``application/pdf``.
    """
    if not isinstance(response, TextResponse):
        return False
    declared = (response.headers.get(b"Content-Type") or b"").decode("latin-1").split(";")[0]
    declared = declared.strip().lower()
    return not declared or "html" in declared or declared.startswith("text/")


def page_is_whole(body: bytes) -> bool:
    """Whether an HTML page arrived whole: an opened ``<html>`` is closed.

    Not "``</html>`` near the end": a valid page may carry a long tail after
    it, and a page cut short has no close tag at all, whatever came before.
    """
    opened = _HTML_OPEN.search(body, 0, 4096)
    return opened is None or _HTML_CLOSE.search(body, opened.end()) is not None


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

        #: Ids an incremental crawl does not ask for: archived, gone, refused,
        #: or waiting in the retry queue (not due yet, or given up).
        self._skip: set[int] = set()
        self._requested: dict[int, str] = {}  # article ids asked for in this crawl: URL
        self._answered: set[int] = set()  # ... and those that reached an outcome
        self._walked_ids: set[int] = set()  # article ids seen on this walk's listing pages
        self._listings_seen: set[tuple[str, ...]] = set()
        #: Listing pages asked for and not yet read, and those the walk did not get past.
        self._listings_pending: dict[str, str] = {}
        self._listing_gaps: dict[str, str] = {}
        #: The last crawl was killed without leaving its gaps: walk every listing page.
        self.resume = False
        #: Article links on the first listing page: what a full page holds.
        self._full_page: int | None = None

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
        crawler.signals.connect(spider.callback_crashed, signal=signals.spider_error)
        return spider

    # --- start -----------------------------------------------------------------

    async def start(self) -> AsyncIterator[Any]:
        self.session.start_run()  # the run id orders the retry queue's backoff
        state = self.session.call(self._read)
        gaps = {self._walk_key(url): (url, reason) for url, reason in state["gaps"].items()}
        for url in self.start_urls:
            gap = gaps.pop(self._walk_key(url), None)
            yield self._listing_request(url, start_page=True, gap=gap is not None)
        for url, reason in gaps.values():
            if urlsplit(url).netloc.lower() not in self.allowed_hosts:
                self._listing_gaps[url] = reason  # another start URL's walk: kept for it
                continue
            logger.info("walking on from %s, where the last walk stopped (%s)", url, reason)
            yield self._listing_request(url, gap=True)
        for article_id, url in state["due"] + state["refresh"]:
            request = self._article_request(article_id, url, force=True)
            if request is not None:
                yield request

    def _read(self, archive: Any) -> dict[str, Any]:
        """What the archive knows (runs on the archive's thread)."""
        queued = archive.retry_queue()
        run_id = self.session.run_id or 0
        due = [
            (q.article_id, q.url)
            for q in queued
            if self.full or (not q.given_up and q.next_run_id <= run_id)
        ]
        given_up = [q for q in queued if q.given_up]
        if given_up and not self.full:
            logger.warning(
                "%d articles failed on %d crawls and are left until --full: %s",
                len(given_up),
                given_up[0].attempts,
                ", ".join(str(q.article_id) for q in given_up[:10]),
            )
        # A crawl that was killed (SIGKILL, power cut) left no gaps behind:
        # walk every listing page this time, fetching only what is missing.
        previous = [r for r in archive.crawl_runs(limit=2) if r.run_id != self.session.run_id]
        if previous and previous[0].finished_at is None and previous[0].mode != "reparse":
            self.resume = True
            logger.info("the last crawl was killed: walking every listing page for what it missed")
        gone = archive.gone_ids()
        # known = read from the portal itself: an article only a web archive
        # showed is fetched once, for its live state (or to learn it is gone)
        self._skip = (
            archive.article_ids(source="live")
            | gone
            | archive.refused_ids()
            | {q.article_id for q in queued}
        )
        refresh: list[tuple[int, str]] = []
        if self.refresh_days:
            since = datetime.now(UTC) - timedelta(days=self.refresh_days)
            for article_id in sorted(archive.ids_published_since(since), reverse=True):
                article = archive.get(article_id)
                if article is not None and article_id not in gone:
                    refresh.append((article_id, article.url))
        return {"due": due, "refresh": refresh, "gaps": archive.listing_gaps()}

    # --- listing pages ---------------------------------------------------------

    def _listing_request(
        self, url: str, start_page: bool = False, gap: bool = False
    ) -> scrapy.Request:
        """A listing page to walk; ``gap``: the last walk stopped here, so walk on past it."""
        self._listings_seen.add(self._walk_key(url))
        self._listings_pending[url] = "not reached"
        return scrapy.Request(
            url,
            callback=self.parse_listing,
            errback=self.listing_failed,
            meta={"start_page": start_page, "gap": gap},
            # The spider knows the pages it asked for (_walk_key); Scrapy's
            # duplicate filter would drop a redirect back to one without a word.
            dont_filter=True,
        )

    def _walk_key(self, url: str) -> tuple[str, ...]:
        """A listing page whatever its URL form: locale and page-number spelling folded,
        other query parameters (an offset pager's ``start``) kept."""
        host_path, number = listing_key(url, self.profile)
        rest = sorted(
            f"{k}={v}"
            for k, v in parse_qsl(urlsplit(url).query)
            if not self.profile.page_param.search(k)
        )
        return (host_path, str(number), *rest)

    def parse_listing(self, response: Response) -> Iterator[Any]:
        url = response.request.url if response.request is not None else response.url
        self._listings_pending.pop(url, None)
        if not 200 <= response.status < 300:
            yield from self._listing_problem(response, url, f"HTTP {response.status}")
            return
        if not is_html(response):
            yield from self._listing_problem(response, url, "not an HTML page")
            return
        if not page_is_whole(response.body) or "dataloss" in response.flags:
            retry = get_retry_request(response.request, spider=self, reason="page cut short")  # type: ignore[arg-type]  # a callback's response has its request
            if retry is not None:
                self._listings_pending[url] = "not reached"
                yield retry
                return
        try:
            page = ListingPage(
                response.body, response.url, self.profile, encoding=response.encoding
            )
            links = page.article_links
            next_url = page.next_page_url
        except Exception as exc:  # noqa: BLE001 - a parser bug is this page's failure
            yield from self._listing_problem(
                response, url, f"parser error: {type(exc).__name__}: {exc}"
            )
            return
        if not links:
            if response.meta.get("start_page"):
                yield from self._listing_problem(response, url, "no article links on the page")
            else:
                # The end of a pager that runs past the last page, or a
                # maintenance page: the next crawl looks here again.
                logger.warning("listing page %s has no article links; the walk ends there", url)
                self._listing_gaps[url] = "no article links"
            return

        logger.info("%s HTTP %s: listing page, %d article links", url, response.status, len(links))
        if response.meta.get("start_page") and self._full_page is None:
            self._full_page = len(links)
        unknown = 0
        fresh = 0
        for link in links:
            if link.article_id not in self._walked_ids:
                fresh += 1
                self._walked_ids.add(link.article_id)
            if link.article_id not in self._skip:
                unknown += 1
            request = self._article_request(link.article_id, link.url)
            if request is not None:
                yield request

        if self._cap_reached():
            self.session.summary.capped = True
            if any(
                link.article_id not in self._requested and link.article_id not in self._skip
                for link in links
            ):
                self._listing_gaps[url] = "--max-articles reached"
            elif next_url is not None:
                self._listing_gaps[next_url] = "--max-articles reached"
            logger.info("stopping at %s: --max-articles %s reached", url, self.max_articles)
            return
        if fresh == 0:
            logger.info("stopping at %s: no article on it that this walk had not seen", url)
            return
        if not self.full and not self.resume and unknown == 0 and not response.meta.get("gap"):
            logger.info("stopping at %s: every article on it is archived", url)
            return
        if next_url is None:
            if self._full_page is not None and len(links) >= self._full_page > 1:
                # The last page of a listing is rarely as full as the first:
                # say so, in case its pager is one this crawler cannot read
                # (a form, a script) and the listing goes on.
                logger.warning(
                    "listing page %s is as full as the first (%d articles) but has no next-page "
                    "link this crawler understands; if the "
                    "listing goes on, its pager is not followed",
                    url,
                    len(links),
                )
            return
        key = self._walk_key(next_url)
        if key in self._listings_seen:
            logger.warning("pager of %s leads back to a page already seen; stopping", url)
            return
        yield self._listing_request(next_url)

    def _listing_problem(self, response: Response, url: str, reason: str) -> Iterator[Any]:
        if response.meta.get("start_page"):
            self.session.fail(f"cannot crawl: start page {url}: {reason}")
            return
        self._listing_gaps[url] = reason
        yield PageFailed(url=url, reason=reason, status=response.status)

    def listing_failed(self, failure: Failure) -> Iterator[Any]:
        request = failure.request  # type: ignore[attr-defined]  # Scrapy sets it on errback failures
        self._listings_pending.pop(request.url, None)
        reason = _failure_reason(failure)
        if request.meta.get("start_page"):
            self.session.fail(f"cannot crawl: start page {request.url}: {reason}")
            return
        self._listing_gaps[request.url] = reason
        yield PageFailed(url=request.url, reason=reason)

    # --- article pages ---------------------------------------------------------

    def _article_request(
        self, article_id: int, url: str, force: bool = False
    ) -> scrapy.Request | None:
        """A request for an article, or None when this crawl must not ask for it.

        ``force``: asked for by id (due in the retry queue, or refreshed).
        """
        if article_id in self._requested or self._cap_reached():
            return None
        if not self.full and not force and article_id in self._skip:
            return None
        parts = urlsplit(url)
        clean = urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
        self._requested[article_id] = clean
        return scrapy.Request(
            clean,
            callback=self.parse_article,
            errback=self.article_failed,
            meta={"article_id": article_id, "handle_httpstatus_list": list(GONE_STATUSES)},
            dont_filter=True,  # the spider asks once per id; see _walk_key
        )

    def _cap_reached(self) -> bool:
        return self.max_articles is not None and len(self._requested) >= self.max_articles

    def parse_article(self, response: Response) -> Iterator[Any]:
        article_id = response.meta["article_id"]
        now = datetime.now(UTC)
        if response.status in GONE_STATUSES:
            self._answered.add(article_id)
            logger.info("article %s answered %s: remembered as gone", article_id, response.status)
            yield PageGone(
                article_id=article_id, url=response.url, status=response.status, seen_at=now
            )
            return
        whole = page_is_whole(response.body) and "dataloss" not in response.flags
        if not whole:
            retry = get_retry_request(response.request, spider=self, reason="page cut short")  # type: ignore[arg-type]  # a callback's response has its request
            if retry is not None:
                yield retry
                return
        self._answered.add(article_id)
        page = RawPage(response.body, response.url, now, status=response.status, complete=whole)
        if not is_html(response):
            yield PageFailed(response.url, "not an HTML page", article_id, response.status, page)
            return
        try:
            article = ArticlePage(
                response.body, response.url, self.profile, encoding=response.encoding
            ).to_article()
        except NotAnArticle as exc:
            if not whole:
                reason = f"page cut short on every try ({exc})"
                yield PageFailed(response.url, reason, article_id, response.status, page)
                return
            yield PageRefused(article_id=article_id, page=page, reason=str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - a parser bug must not lose the page
            reason = f"parser error: {type(exc).__name__}: {exc}"
            yield PageRefused(article_id=article_id, page=page, reason=reason, failed=True)
            return
        if article.article_id != article_id:
            logger.warning(
                "%s: asked for article %s, the page is article %s",
                response.url,
                article_id,
                article.article_id,
            )
        yield ArticleFetched(article_id=article_id, article=article, page=page)

    def article_failed(self, failure: Failure) -> Iterator[Any]:
        request = failure.request  # type: ignore[attr-defined]  # Scrapy sets it on errback failures
        article_id = request.meta.get("article_id")
        self._answered.add(article_id)
        reason = _failure_reason(failure)
        error = failure.value
        status = error.response.status if isinstance(error, HttpError) else None
        yield PageFailed(url=request.url, reason=reason, article_id=article_id, status=status)

    def callback_crashed(self, failure: Failure, response: Response, spider: Any = None) -> None:
        """A bug in a callback must not lose a page in silence: count it, queue it."""
        article_id = response.meta.get("article_id")
        reason = f"crawler error: {type(failure.value).__name__}: {failure.value}"
        if article_id is not None:
            if article_id in self._answered:
                return
            self._answered.add(article_id)
            self.session.record("failed", response.url, reason, response.status)
            run_id = self.session.run_id or 0
            now = datetime.now(UTC)
            self.session.submit(
                lambda archive: archive.queue_failure(article_id, response.url, reason, now, run_id)
            )
        else:
            self._listings_pending.pop(response.url, None)
            self._listing_gaps[response.url] = reason
            self.session.record("failed", response.url, reason, response.status, listing=True)

    # --- the end -------------------------------------------------------------

    def closed(self, reason: str) -> None:
        """Leave the next crawl what this one did not reach: listing gaps, unanswered ids."""
        gaps = dict(self._listing_gaps)
        for url, why in self._listings_pending.items():
            gaps.setdefault(url, f"{why} ({reason})")
        unanswered = {i: u for i, u in self._requested.items() if i not in self._answered}
        self.session.leave_for_next_run(gaps, unanswered, f"not reached ({reason})")


def _failure_reason(failure: Failure) -> str:
    error = failure.value
    if isinstance(error, HttpError):
        return f"HTTP {error.response.status}"
    message = str(error).strip() or type(error).__name__
    return message.splitlines()[0][:200]
