"""Downloader middlewares: retries with backoff, one host only, careful robots.txt.

- ``BackoffRetryMiddleware``: Scrapy's retries (5xx, 429, timeouts, data
  loss), but waiting before each retry (exponential backoff, or the server's
  ``Retry-After`` when it asks for longer) instead of asking again at once.
- ``SameHostMiddleware``: only the start URL's host, never a login page or a
  document, also after a redirect.
- ``CarefulRobotsTxtMiddleware``: robots.txt obeyed; when it cannot be
  fetched (5xx, network error) the crawl assumes everything is disallowed,
  as RFC 9309 asks, and says so, instead of Scrapy's "allow all".
"""

from __future__ import annotations

import asyncio
import logging
import re
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any, Self
from urllib.parse import urlsplit

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.robotstxt import RobotParser
from scrapy.utils.defer import deferred_from_coro
from twisted.internet.defer import Deferred

from scraper.profile import LOGIN_URL_RE

logger = logging.getLogger(__name__)

_DOCUMENT = re.compile(
    r"\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|rtf|zip|rar|7z|jpe?g|png|gif|webp|bmp|svg|mp3|mp4|avi|wmv)$",
    re.IGNORECASE,
)


class BackoffRetryMiddleware(RetryMiddleware):
    """Retry like Scrapy, but wait ``base * 2**(n-1)`` s (or ``Retry-After``) first.

    A ``Retry-After`` longer than ``RETRY_BACKOFF_MAX`` is the server asking
    for a pause longer than a crawl should wait: the crawl ends politely,
    as partial, saying when to come back (``CrawlSession.come_back``).
    """

    def __init__(self, settings: Any, crawler: Any = None) -> None:
        super().__init__(settings)
        self.crawler = crawler
        self.backoff_base = settings.getfloat("RETRY_BACKOFF_BASE", 2.0)
        self.backoff_max = settings.getfloat("RETRY_BACKOFF_MAX", 120.0)

    @classmethod
    def from_crawler(cls, crawler: Any) -> BackoffRetryMiddleware:
        return cls(crawler.settings, crawler)

    async def process_response(  # type: ignore[override]  # Scrapy takes async hooks; its base is sync
        self, request: Request, response: Response, spider: Spider | None = None
    ) -> Request | Response:
        retry_after = _retry_after(response)
        if (
            retry_after is not None
            and retry_after > self.backoff_max
            and response.status in self.retry_http_codes
        ):
            self._come_back_later(retry_after)
            raise IgnoreRequest(f"HTTP {response.status} with Retry-After: {retry_after:.0f} s")
        result = super().process_response(request, response)
        if isinstance(result, Request):
            await self._wait(result, retry_after)
        return result

    def _come_back_later(self, seconds: float) -> None:
        from scraper.session import CrawlSession  # the session imports nothing from here

        session = CrawlSession.attached(self.crawler) if self.crawler is not None else None
        if session is None or session.summary.come_back:
            return
        when = datetime.now(UTC) + timedelta(seconds=seconds)
        session.summary.come_back = (
            f"the server asked for a pause of {seconds:.0f} s (Retry-After); "
            f"come back after {when:%Y-%m-%d %H:%M} UTC"
        )
        logger.warning("%s", session.summary.come_back)
        deferred_from_coro(self.crawler.engine.close_spider_async(reason="retry_after"))

    async def process_exception(  # type: ignore[override]  # Scrapy takes async hooks; its base is sync
        self, request: Request, exception: Exception, spider: Spider | None = None
    ) -> Request | Response | None:
        result = super().process_exception(request, exception)
        if isinstance(result, Request):
            await self._wait(result, None)
        return result

    async def _wait(self, retry: Request, retry_after: float | None) -> None:
        attempt = retry.meta.get("retry_times", 1)
        delay = min(self.backoff_base * 2 ** (attempt - 1), self.backoff_max)
        if retry_after is not None:
            delay = max(delay, min(retry_after, self.backoff_max))
        if delay > 0:
            await asyncio.sleep(delay)


def _retry_after(response: Response) -> float | None:
    value = response.headers.get(b"Retry-After")
    if not value:
        return None
    text = value.decode("latin-1").strip()
    if re.fullmatch(r"[0-9]{1,12}", text):  # ASCII digits only: "²" is not a number here
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


class SameHostMiddleware:
    """Refuse requests to another host, to login pages and to documents.

    Redirected requests pass here again, so a redirect off the portal or to
    its login page is refused too. The spider's ``allowed_hosts`` (host:port
    of the start URLs) is the whole list of places it may go.
    """

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> SameHostMiddleware:
        return cls(crawler)

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        spider = self.crawler.spider
        allowed = getattr(spider, "allowed_hosts", None)
        parts = urlsplit(request.url)
        redirected = bool(request.meta.get("redirect_urls"))
        if allowed and parts.netloc.lower() not in allowed:
            raise IgnoreRequest(
                f"{'redirected to' if redirected else 'refused'} another host: {parts.netloc}"
            )
        target = parts.path + ("?" + parts.query if parts.query else "")
        if LOGIN_URL_RE.search(target):
            raise IgnoreRequest(f"{'redirected to' if redirected else 'refused'} a login page")
        if _DOCUMENT.search(parts.path):
            raise IgnoreRequest("refused a document, not a page")
        if parts.scheme not in ("http", "https"):
            raise IgnoreRequest(f"refused a {parts.scheme}: URL")


class _DisallowAll(RobotParser):
    """The parser of a robots.txt that could not be read: nothing allowed."""

    def __init__(self, reason: str) -> None:
        self.reason = reason

    @classmethod
    def from_crawler(cls, crawler: Crawler, robotstxt_body: bytes) -> Self:
        raise NotImplementedError("made by CarefulRobotsTxtMiddleware, never from a body")

    def allowed(self, url: str | bytes, user_agent: str | bytes) -> bool:
        return False


class CarefulRobotsTxtMiddleware(RobotsTxtMiddleware):
    """robots.txt obeyed; unreachable or 5xx means "disallow all" (RFC 9309 §2.3.1.4)."""

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:
        if response.status >= 500:
            self._disallow(netloc, f"robots.txt answered HTTP {response.status}")
            return
        await super()._parse_robots(response, netloc, request)

    def _robots_error(self, exc: Exception, netloc: str) -> None:
        if not isinstance(exc, IgnoreRequest):
            self._stats.inc_value(f"robotstxt/exception_count/{type(exc)}")
        self._disallow(netloc, f"robots.txt could not be fetched ({exc})")

    def _disallow(self, netloc: str, reason: str) -> None:
        pending = self._parsers[netloc]
        parser = _DisallowAll(reason)
        self._parsers[netloc] = parser
        logger.warning("%s: %s; not crawling it", netloc, reason)
        if isinstance(pending, Deferred):
            pending.callback(parser)

    def process_request_2(self, rp: Any, request: Request) -> None:
        if isinstance(rp, _DisallowAll):
            self._stats.inc_value("robotstxt/forbidden")
            raise IgnoreRequest(f"{rp.reason}; assuming everything is disallowed")
        super().process_request_2(rp, request)
