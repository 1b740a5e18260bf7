"""The pipeline: every item into the archive, one transaction per article.

Scrapy's pipeline shape: ``from_crawler`` finds the crawl's ``CrawlSession``
(``scraper.session``), ``open_spider`` starts the ``crawl_runs`` row and
``spider_closed`` finishes it; storing is delegated to ``archive.Archive``
on the session's archive thread. Every item is one page's outcome, counted
once through ``session.record``.
"""

from __future__ import annotations

import asyncio
import sqlite3
from typing import Any

from scrapy import signals
from scrapy.exceptions import DropItem
from scrapy.utils.defer import deferred_from_coro

from archive import Archive, ArchiveError, RawPage
from scraper.items import ArticleFetched, PageFailed, PageGone, PageRefused
from scraper.session import CrawlSession


class ArchivePipeline:
    def __init__(self, session: CrawlSession, crawler: Any) -> None:
        self.session = session
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> ArchivePipeline:
        pipeline = cls(CrawlSession.of(crawler), crawler)
        # The run is finished on spider_closed, which (unlike close_spider)
        # knows why the crawl ended: finished, or shut down by a signal.
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self, spider: Any = None) -> None:
        self.session.start_run()

    async def process_item(self, item: Any, spider: Any = None) -> Any:
        try:
            return await asyncio.wrap_future(self.session.submit(self._store, item))
        except (ArchiveError, sqlite3.Error, OSError) as exc:
            # The archive cannot take more (disk full, file damaged): every
            # stored article is whole; stop instead of failing page after page.
            if self.session.summary.error is None:
                self.session.fail(f"crawl stopped: cannot write the archive {self.session.db_path}: {exc}")
                deferred_from_coro(self.crawler.engine.close_spider_async(reason="archive_error"))
            raise DropItem(str(exc)) from None

    def _store(self, archive: Archive, item: Any) -> Any:
        record = self.session.record
        if isinstance(item, ArticleFetched):
            page = item.page or RawPage(item.raw_html, item.url, item.fetched_at, status=item.status)
            result = archive.store_page(item.article, page)
            record(result, item.url, status=item.status)
            return item
        if isinstance(item, PageRefused):
            page = item.page or RawPage(item.raw_html, item.url, item.fetched_at, status=item.status)
            archive.refuse_page(item.article_id, page, item.reason)
            record("refused", item.url, item.reason, item.status)
            raise DropItem(f"{item.url} is not an article: {item.reason}")
        if isinstance(item, PageGone):
            archive.record_gone(item.article_id, item.url, item.status, item.seen_at)
            record("gone", item.url, status=item.status)
            return item
        if isinstance(item, PageFailed):
            record("failed", item.url, item.reason)
            return item
        raise DropItem(f"unknown item {type(item).__name__}")

    def spider_closed(self, spider: Any, reason: str) -> None:
        stats = self.crawler.stats
        # pages asked of the portal (retries included, robots.txt not)
        pages = stats.get_value("downloader/request_count", 0) - stats.get_value(
            "robotstxt/request_count", 0
        )
        self.session.finish(reason, pages)
