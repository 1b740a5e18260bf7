"""The pipeline: every item into the archive, one transaction per article.

``from_crawler`` reads ``ARCHIVE_DB``; ``open_spider`` and ``spider_closed``
own the archive connection and the ``crawl_runs`` row; storing is delegated
to ``archive.Archive``. The counts end up in ``crawl_runs`` and in the
``CrawlSummary`` the crawl command prints.

The archive is written from one thread of its own: compressing a page and
writing SQLite release the GIL, so on two cores they overlap with Scrapy's
downloading and parsing instead of pausing the event loop (the crawl
benchmark measured the difference). Every call to the archive goes through
that one thread, which owns the connection.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from scrapy import signals
from scrapy.exceptions import DropItem
from scrapy.utils.defer import deferred_from_coro

from archive import Archive, ArchiveError, crawl_lock
from scraper.items import ArticleFetched, PageFailed, PageGone, PageRefused

logger = logging.getLogger(__name__)


@dataclass
class CrawlSummary:
    """What one crawl did, as the summary line and ``crawl_runs`` tell it."""

    mode: str = "incremental"
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    not_articles: int = 0
    gone: int = 0
    pages: int = 0
    seconds: float = 0.0
    status: str = "running"
    failures: list[str] = field(default_factory=list)
    #: Set when storing failed (disk full, file damaged): the crawl stops.
    archive_error: str | None = None

    @property
    def fetch_failures(self) -> int:
        """Pages that could not be fetched (the failures that are not non-articles)."""
        return self.failed - self.not_articles

    def line(self) -> str:
        parts = [
            f"{self.new} new",
            f"{self.updated} updated",
            f"{self.unchanged} unchanged",
            f"{self.failed} failed",
        ]
        if self.not_articles:
            parts.append(f"{self.not_articles} not articles")
        if self.gone:
            parts.append(f"{self.gone} gone")
        status = self.status
        if self.status == "partial":
            status = "completed with gaps" if self.fetch_failures else "stopped at --max-articles"
        return (
            f"crawl {status} ({self.mode}): {', '.join(parts)}; "
            f"{self.pages} pages in {self.seconds:.1f} s"
        )


class ArchivePipeline:
    def __init__(self, db_path: str, crawler: Any) -> None:
        self.db_path = db_path
        self.crawler = crawler
        self.archive: Archive | None = None
        self.run_id: int | None = None
        self.summary = CrawlSummary()
        self._started = 0.0
        self._lock = ExitStack()
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="archive-writer")
        #: A live progress line on stderr, for a person watching a terminal.
        self._progress = bool(crawler.settings.getbool("CRAWL_PROGRESS"))
        self._progress_shown = 0.0

    @classmethod
    def from_crawler(cls, crawler: Any) -> ArchivePipeline:
        pipeline = cls(crawler.settings.get("ARCHIVE_DB", "archive.db"), crawler)
        # The run is finished on spider_closed, which (unlike close_spider)
        # knows why the crawl ended: finished, or shut down by a signal.
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self, spider: Any = None) -> None:
        spider = self.crawler.spider
        self.summary.mode = getattr(spider, "mode", "incremental")
        if not self.crawler.settings.getbool("ARCHIVE_LOCK_HELD"):
            # `scrapy crawl` directly: take the lock `portal-archive crawl` takes.
            self._lock.enter_context(crawl_lock(self.db_path))
        self._writer.submit(self._open).result()
        self._started = time.monotonic()
        spider.summary = self.summary

    def _open(self) -> None:
        self.archive = Archive.open(self.db_path, create=True)
        self.run_id = self.archive.start_run(self.summary.mode, datetime.now(timezone.utc))

    async def process_item(self, item: Any, spider: Any = None) -> Any:
        try:
            return await asyncio.wrap_future(self._writer.submit(self._store, item))
        except (ArchiveError, sqlite3.Error, OSError) as exc:
            # The archive cannot take more (disk full, file damaged): every
            # stored article is whole; stop instead of failing page after page.
            if self.summary.archive_error is None:
                self.summary.archive_error = f"cannot write the archive {self.db_path}: {exc}"
                logger.error("%s", self.summary.archive_error)
                deferred_from_coro(self.crawler.engine.close_spider_async(reason="archive_error"))
            raise DropItem(str(exc)) from None
        finally:
            if self._progress:
                self._show_progress()

    def _show_progress(self, done: bool = False) -> None:
        now = time.monotonic()
        if not done and now - self._progress_shown < 0.2:
            return
        self._progress_shown = now
        summary = self.summary
        pages = self.crawler.stats.get_value("downloader/request_count", 0)
        line = "" if done else (
            f"crawling: {pages} pages, {summary.new} new, {summary.updated} updated, "
            f"{summary.unchanged} unchanged, {summary.failed} failed"
        )
        sys.stderr.write("\r\033[K" + line)
        sys.stderr.flush()

    def _store(self, item: Any) -> Any:
        assert self.archive is not None
        summary = self.summary
        if isinstance(item, ArticleFetched):
            result = self.archive.store(
                item.article, item.raw_html, item.fetched_at, item.url, status=item.status
            )
            if result == "new":
                summary.new += 1
            elif result == "updated":
                summary.updated += 1
            else:
                summary.unchanged += 1
            return item
        if isinstance(item, PageRefused):
            self.archive.store_refused_page(
                item.article_id, item.url, item.raw_html, item.fetched_at, item.reason, item.status
            )
            summary.not_articles += 1
            summary.failed += 1
            summary.failures.append(f"{item.url}: not an article ({item.reason})")
            raise DropItem(f"{item.url} is not an article: {item.reason}")
        if isinstance(item, PageGone):
            self.archive.record_gone(item.article_id, item.url, item.status, item.seen_at)
            summary.gone += 1
            return item
        if isinstance(item, PageFailed):
            summary.failed += 1
            summary.failures.append(f"{item.url}: {item.reason}")
            return item
        raise DropItem(f"unknown item {type(item).__name__}")

    def spider_closed(self, spider: Any, reason: str) -> None:
        if self._progress:
            self._show_progress(done=True)
        summary = self.summary
        stats = self.crawler.stats
        # pages asked of the portal (retries included, robots.txt not)
        summary.pages = stats.get_value("downloader/request_count", 0) - stats.get_value(
            "robotstxt/request_count", 0
        )
        summary.seconds = time.monotonic() - self._started
        start_failure = getattr(spider, "start_failure", None)
        if start_failure or summary.archive_error:
            summary.status = "failed"
        elif reason == "finished":
            # "partial": stopped by --max-articles, or pages failed; either way
            # the next incremental crawl walks every listing page for the gaps.
            whole = not getattr(spider, "capped", False) and not summary.fetch_failures
            summary.status = "completed" if whole else "partial"
        else:
            summary.status = "interrupted"
        try:
            self._writer.submit(self._finish, start_failure).result()
        finally:
            self._writer.shutdown()
            self._lock.close()

    def _finish(self, start_failure: str | None) -> None:
        summary = self.summary
        if self.archive is None:
            return
        try:
            if self.run_id is not None:
                self.archive.finish_run(
                    self.run_id,
                    summary.status,
                    datetime.now(timezone.utc),
                    note=start_failure
                    or summary.archive_error
                    or ("; ".join(summary.failures[:20]) or None),
                    pages_fetched=summary.pages,
                    articles_new=summary.new,
                    articles_updated=summary.updated,
                    articles_unchanged=summary.unchanged,
                    articles_failed=summary.failed,
                )
        finally:
            self.archive.close()
            self.archive = None
