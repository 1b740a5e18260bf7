"""Scrapy extensions of the crawl: the live progress line.

Like Scrapy's ``LogStats``, the extension gets the crawler in
``from_crawler`` and follows the crawl through signals; the numbers it shows
come from the crawl's ``CrawlSession``.
"""

from __future__ import annotations

import sys
import time
from typing import Any

from scrapy import signals
from scrapy.exceptions import NotConfigured

from scraper.session import CrawlSession


class ProgressLine:
    """A live line on stderr (``crawling: N pages, ...``), for a person at a terminal.

    On only when the session's options ask for it (``portal-archive crawl``
    turns it on when stderr is a terminal and neither --quiet nor --verbose).
    """

    #: Seconds between redraws: often enough to look alive, rarely enough to cost nothing.
    INTERVAL = 0.2

    def __init__(self, crawler: Any, session: CrawlSession) -> None:
        self.crawler = crawler
        self.session = session
        self._shown = 0.0

    @classmethod
    def from_crawler(cls, crawler: Any) -> ProgressLine:
        session = CrawlSession.attached(crawler)
        if session is None or not session.options.progress:
            raise NotConfigured  # (a message would be logged as a warning)
        extension = cls(crawler, session)
        crawler.signals.connect(extension.update, signal=signals.item_scraped)
        crawler.signals.connect(extension.update, signal=signals.item_dropped)
        crawler.signals.connect(extension.clear, signal=signals.spider_closed)
        return extension

    def update(self, *args: Any, **kwargs: Any) -> None:
        now = time.monotonic()
        if now - self._shown < self.INTERVAL:
            return
        self._shown = now
        summary = self.session.summary
        pages = self.crawler.stats.get_value("downloader/request_count", 0)
        self._write(
            f"crawling: {pages} pages, {summary.new} new, {summary.updated} updated, "
            f"{summary.unchanged} unchanged, {summary.failed} failed"
        )

    def clear(self, *args: Any, **kwargs: Any) -> None:
        self._write("")

    @staticmethod
    def _write(line: str) -> None:
        sys.stderr.write("\r\033[K" + line)
        sys.stderr.flush()
