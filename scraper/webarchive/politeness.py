"""Politeness toward a web archive: its published rates, and 429s never ignored.

The rates are Scrapy download slots (``backfill_settings``): the CDX API
gets ``60 / WAYBACK_CDX_PER_MINUTE`` seconds between requests (2.5 s at the
published 24 a minute), replay ``WAYBACK_REPLAY_DELAY`` seconds, and one
request at a time overall (``CONCURRENT_REQUESTS = 1``, one connection).

``RefusalMiddleware`` handles 429 (Too Many Requests): no request of the
refused kind leaves before the wait is over, the wait being the longer of
``Retry-After`` and an exponential backoff (at most
``WAYBACK_BACKOFF_MAX``); after ``WAYBACK_MAX_REFUSALS`` refusals in a row
the run stops as partial, saying when to come back, because an address that
keeps asking is blocked at the firewall for an hour, doubling each time.
Tests make the waits short through the same settings.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

from scrapy import Request
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.utils.defer import deferred_from_coro

from scraper.middlewares import _retry_after
from scraper.session import CrawlSession

logger = logging.getLogger(__name__)

#: The Wayback Machine's CDX limit (requests per minute per address, 2026).
CDX_PER_MINUTE = 24.0
#: Seconds between replay requests: modest (replay is limited more generously).
REPLAY_DELAY = 1.0


def backfill_settings(
    cdx_per_minute: float = CDX_PER_MINUTE, replay_delay: float = REPLAY_DELAY
) -> dict[str, Any]:
    """Scrapy settings of a backfill on top of the project's."""
    return {
        "CONCURRENT_REQUESTS": 1,
        "DOWNLOAD_SLOTS": {
            "cdx": {"concurrency": 1, "delay": 60.0 / cdx_per_minute, "jitter": 0},
            "replay": {"concurrency": 1, "delay": replay_delay, "jitter": 0},
        },
        "AUTOTHROTTLE_ENABLED": False,  # the rates are the archive's, fixed
        # The archive's rates are its API contract; its robots.txt is about crawling its site.
        "ROBOTSTXT_OBEY": False,
        "RETRY_HTTP_CODES": [500, 502, 503, 504, 522, 524, 408],  # 429 is RefusalMiddleware's
        "DOWNLOAD_FAIL_ON_DATALOSS": False,  # a capture cut short is counted, not retried
        "DOWNLOADER_MIDDLEWARES": {
            "scraper.middlewares.SameHostMiddleware": 50,
            "scraper.middlewares.CarefulRobotsTxtMiddleware": None,
            "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
            "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
            "scraper.middlewares.BackoffRetryMiddleware": 550,
            "scraper.webarchive.politeness.RefusalMiddleware": 560,
        },
    }


class RefusalMiddleware:
    """429 means wait, for that kind of request, and stop if it keeps coming."""

    def __init__(self, crawler: Any) -> None:
        settings = crawler.settings
        self.crawler = crawler
        # 30 s, 1, 2, 4 min: an address that keeps asking within a minute of
        # 429s is blocked at the firewall, so the first wait is long already
        self.base = settings.getfloat("WAYBACK_BACKOFF_BASE", 30.0)
        self.cap = settings.getfloat("WAYBACK_BACKOFF_MAX", 300.0)
        self.max_refusals = settings.getint("WAYBACK_MAX_REFUSALS", 4)
        self.refusals = 0  # in a row
        self.total = 0
        self._not_before: dict[str, float] = {}

    @classmethod
    def from_crawler(cls, crawler: Any) -> RefusalMiddleware:
        return cls(crawler)

    async def process_request(self, request: Request, spider: Any = None) -> None:
        wait = self._not_before.get(_kind(request), 0.0) - time.monotonic()
        if wait > 0:
            await asyncio.sleep(wait)

    def process_response(
        self, request: Request, response: Response, spider: Any = None
    ) -> Request | Response:
        if response.status != 429:
            self.refusals = 0
            return response
        self.refusals += 1
        self.total += 1
        session = CrawlSession.of(self.crawler)
        session.summary.extra["refused by the archive (429)"] = self.total
        asked = _retry_after(response)
        if self.refusals > self.max_refusals or (asked is not None and asked > self.cap):
            when = f"in {asked:.0f} s" if asked else "in an hour"
            session.summary.come_back = (
                f"the archive refused {self.refusals} requests in a row (HTTP 429); "
                f"stopped to stay unblocked, run the backfill again {when}"
            )
            logger.warning("%s", session.summary.come_back)
            deferred_from_coro(self.crawler.engine.close_spider_async(reason="refused"))
            raise IgnoreRequest("the archive keeps refusing (429)")
        wait = min(self.base * 2 ** (self.refusals - 1), self.cap)
        if asked is not None:
            wait = max(wait, asked)
        logger.info("%s: HTTP 429; waiting %.1f s before asking again", request.url, wait)
        self._not_before[_kind(request)] = time.monotonic() + wait
        return request.replace(dont_filter=True)


def _kind(request: Request) -> str:
    return str(request.meta.get("download_slot", "other"))
