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
from datetime import UTC, datetime
from typing import Any, NamedTuple

from scrapy import signals
from scrapy.exceptions import DropItem
from scrapy.utils.defer import deferred_from_coro

from archive import Archive, ArchiveError
from archive.database import DATA_ERRORS
from scraper.items import ArticleFetched, PageFailed, PageGone, PageRefused
from scraper.session import CrawlSession, Outcome


class Stored(NamedTuple):
    """What became of one item's page: ``session.record``'s arguments."""

    outcome: Outcome
    url: str
    reason: str | None = None
    status: int | None = None
    incomplete: bool = False
    listing: bool = False


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
            outcome = await asyncio.wrap_future(self.session.submit(self._store, item))
        except (ArchiveError, sqlite3.Error, OSError) as exc:
            # The archive cannot take more (disk full, file damaged): every
            # stored article is whole; stop instead of failing page after page.
            if self.session.summary.error is None:
                self.session.fail(
                    f"crawl stopped: cannot write the archive {self.session.db_path}: {exc}"
                )
                deferred_from_coro(self.crawler.engine.close_spider_async(reason="archive_error"))
            raise DropItem(str(exc)) from None
        except Exception as exc:  # noqa: BLE001 - a bug here must not lose the page in silence
            url = (
                item.page.url if hasattr(item, "page") and item.page else getattr(item, "url", "?")
            )
            outcome = Stored("failed", url, f"cannot store: {type(exc).__name__}: {exc}")
        self.session.record(*outcome)
        # Refused and failed items are not dropped: DropItem would log the
        # whole item (raw page included) as a warning; the session logged it.
        return item

    def _store(self, archive: Archive, item: Any) -> Stored:
        """Store one item (on the archive's thread); what became of its page."""
        if isinstance(item, ArticleFetched):
            page = item.page
            try:
                result = archive.store_page(item.article, page)
            except DATA_ERRORS as exc:
                # This article's data cannot be stored (a view count beyond
                # int64): its failure, with the page kept for reparse.
                reason = f"cannot store: {type(exc).__name__}: {exc}"
                archive.refuse_page(item.article_id, page, reason)
                return Stored("failed", page.url, reason, page.status)
            return Stored(result, page.url, None, page.status, not page.complete)
        if isinstance(item, PageRefused):
            page = item.page
            # (a live page: a web archive's captures are not asked again anyway)
            shared = (
                archive.ids_with_body(page.body, other_than=item.article_id)
                if page.source == "live"
                else {}
            )
            archive.refuse_page(item.article_id, page, item.reason)
            if shared:
                # The same bytes answered for other articles: a maintenance or
                # error page, not this article's own. Ask again later.
                reason = f"{item.reason}; the same page answered for {len(shared)} other articles"
                self._queue(archive, item.article_id, page.url, reason)
                for other, url in shared.items():
                    self._queue(archive, other, url, reason, count=False)
                return Stored("failed", page.url, reason, page.status)
            return Stored(
                "failed" if item.failed else "refused", page.url, item.reason, page.status
            )
        if isinstance(item, PageGone):
            archive.record_gone(item.article_id, item.url, item.status, item.seen_at)
            return Stored("gone", item.url, None, item.status)
        if isinstance(item, PageFailed):
            if item.article_id is not None:
                if item.page is not None:
                    archive.refuse_page(item.article_id, item.page, item.reason)
                self._queue(archive, item.article_id, item.url, item.reason)
            return Stored(
                "failed", item.url, item.reason, item.status, listing=item.article_id is None
            )
        raise DropItem(f"unknown item {type(item).__name__}")

    def _queue(
        self, archive: Archive, article_id: int, url: str, reason: str, count: bool = True
    ) -> None:
        run_id = self.session.run_id or 0
        archive.queue_failure(article_id, url, reason, datetime.now(UTC), run_id, count)

    def spider_closed(self, spider: Any, reason: str) -> None:
        stats = self.crawler.stats
        # pages asked of the portal (retries included, robots.txt not)
        pages = stats.get_value("downloader/request_count", 0) - stats.get_value(
            "robotstxt/request_count", 0
        )
        self.session.finish(reason, pages)
