"""Running one crawl in this process: settings, logging, the lock, the outcome.

The `crawl` and `demo` commands call ``run_crawl``; `scrapy crawl
cong_tac_dang` reaches the same spider, settings and pipeline through
scrapy.cfg. Twisted's reactor runs once per process, so ``run_crawl`` can be
called once per process too.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from archive import Archive, ArchiveError, crawl_lock
from archive.lock import EXIT_LOCKED
from scraper.pipelines import CrawlSummary

#: Exit statuses of `portal-archive crawl` (and EXIT_LOCKED, 75: try again later).
EXIT_OK = 0
EXIT_FAILED = 1


@dataclass
class CrawlOutcome:
    exit_status: int
    summary: CrawlSummary | None
    #: One line for stderr when the crawl could not run or complete.
    error: str | None = None


def crawl_settings(
    db_path: Path,
    delay: float | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> Any:
    """The project's Scrapy settings with this run's choices on top."""
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("scraper.settings", priority="project")
    settings.set("ARCHIVE_DB", str(db_path), priority="cmdline")
    settings.set("ARCHIVE_LOCK_HELD", True, priority="cmdline")
    settings.set("LOG_INSTALL_ROOT_HANDLER", False, priority="cmdline")
    if delay is not None:
        settings.set("DOWNLOAD_DELAY", delay, priority="cmdline")
        settings.set("AUTOTHROTTLE_START_DELAY", max(delay, 0.0), priority="cmdline")
        if delay == 0:
            # No politeness delay asked for: the local replica, a benchmark.
            settings.set("AUTOTHROTTLE_ENABLED", False, priority="cmdline")
            settings.set("RANDOMIZE_DOWNLOAD_DELAY", False, priority="cmdline")
    for name, value in (overrides or {}).items():
        settings.set(name, value, priority="cmdline")
    return settings


class _OneLineFormatter(logging.Formatter):
    """stderr (with --verbose) gets one line per message: no tracebacks."""

    def format(self, record: logging.LogRecord) -> str:
        message = record.getMessage().splitlines()[0] if record.getMessage() else ""
        level = "error" if record.levelno >= logging.ERROR else record.levelname.lower()
        return f"portal-archive: {level}: {message}"


def configure_logging(verbose: bool = False, log_file: Path | None = None) -> None:
    """The log goes to --log-file (INFO and up) and, with --verbose, to stderr.

    Without --verbose stderr stays silent during the crawl: the command prints
    one line at the end when something went wrong, and nothing otherwise, so
    cron mails only failures.
    """
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    if verbose:
        stderr = logging.StreamHandler(sys.stderr)
        stderr.setLevel(logging.INFO)
        stderr.setFormatter(_OneLineFormatter())
        root.addHandler(stderr)
    if log_file is not None:
        handler = logging.FileHandler(log_file, encoding="utf-8", delay=True)
        handler.setLevel(logging.DEBUG if verbose else logging.INFO)
        handler.setFormatter(
            logging.Formatter("%(asctime)s [%(name)s] %(levelname)s: %(message)s")
        )
        root.addHandler(handler)


def run_crawl(
    db_path: Path,
    start_urls: Sequence[str] = (),
    full: bool = False,
    refresh_days: int | None = None,
    max_articles: int | None = None,
    delay: float | None = None,
    overrides: Mapping[str, Any] | None = None,
    verbose: bool = False,
    log_file: Path | None = None,
    progress: bool = False,
) -> CrawlOutcome:
    """Crawl into the archive at ``db_path``, holding its crawl lock throughout.

    ``progress``: a live line on stderr (for a person at a terminal).
    """
    from archive import ArchiveLocked

    configure_logging(verbose, log_file)
    try:
        with crawl_lock(db_path):
            try:
                Archive.open(db_path, create=True).close()
            except (ArchiveError, sqlite3.Error, OSError) as exc:
                return CrawlOutcome(EXIT_FAILED, None, f"cannot write the archive {db_path}: {exc}")
            settings = {"CRAWL_PROGRESS": progress, **(overrides or {})}
            return _crawl(db_path, start_urls, full, refresh_days, max_articles, delay, settings)
    except ArchiveLocked:
        return CrawlOutcome(
            EXIT_LOCKED, None, f"another crawl of {db_path} is running; not starting a second one"
        )
    except OSError as exc:  # the lock file itself cannot be created
        return CrawlOutcome(EXIT_FAILED, None, f"cannot write next to the archive {db_path}: {exc}")


def _crawl(
    db_path: Path,
    start_urls: Sequence[str],
    full: bool,
    refresh_days: int | None,
    max_articles: int | None,
    delay: float | None,
    overrides: Mapping[str, Any] | None,
) -> CrawlOutcome:
    from scrapy.crawler import CrawlerProcess

    from scraper.spiders.cong_tac_dang import CongTacDangSpider

    settings = crawl_settings(db_path, delay, overrides)
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(CongTacDangSpider)
    process.crawl(
        crawler,
        start_urls=list(start_urls),
        full=full,
        refresh_days=refresh_days,
        max_articles=max_articles,
    )
    process.start()
    spider = crawler.spider
    summary: CrawlSummary | None = getattr(spider, "summary", None)
    start_failure = getattr(spider, "start_failure", None)
    if start_failure:
        return CrawlOutcome(EXIT_FAILED, summary, f"cannot crawl: {start_failure}")
    if summary is None:
        return CrawlOutcome(EXIT_FAILED, None, "the crawl did not start (see the log)")
    if summary.archive_error:
        return CrawlOutcome(EXIT_FAILED, summary, f"crawl stopped: {summary.archive_error}")
    if summary.status not in ("completed", "partial"):
        return CrawlOutcome(EXIT_FAILED, summary, summary.line())
    return CrawlOutcome(EXIT_OK, summary)
