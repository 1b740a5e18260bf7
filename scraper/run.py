"""Running one crawl in this process: settings, logging, the lock, the outcome.

The `crawl` and `demo` commands call ``run_crawl``, which builds the crawl's
``CrawlSession`` (``scraper.session``: lock, archive, options, counters) and
hands it to Scrapy; `scrapy crawl cong_tac_dang` reaches the same spider,
settings and pipeline through scrapy.cfg, and the spider builds the session.
Twisted's reactor runs once per process, so ``run_crawl`` can be called once
per process too.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from archive import ArchiveError, ArchiveLocked
from scraper.logs import configure_logging
from scraper.session import CrawlOptions, CrawlSession, CrawlSummary

#: How a crawl or backfill ended: "ok" (completed, page failures counted in
#: the summary), "failed" (it could not run or archive anything), "locked"
#: (another crawl holds the archive) or "interrupted". The CLI turns it into
#: an exit status (portal_archive.exits).
CrawlResult = Literal["ok", "failed", "locked", "interrupted"]


@dataclass
class CrawlOutcome:
    result: CrawlResult
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
    settings.set("LOG_INSTALL_ROOT_HANDLER", False, priority="cmdline")
    if delay is not None:
        settings.set("DOWNLOAD_DELAY", delay, priority="cmdline")
        settings.set("AUTOTHROTTLE_START_DELAY", max(delay, 0.0), priority="cmdline")
        if delay == 0:
            # No politeness delay asked for: the local replica, a benchmark.
            settings.set("AUTOTHROTTLE_ENABLED", False, priority="cmdline")
            settings.set("DOWNLOAD_DELAY_JITTER", 0, priority="cmdline")
    for name, value in (overrides or {}).items():
        settings.set(name, value, priority="cmdline")
    return settings


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
    """Crawl into the archive at ``db_path``: one session, one lock, one connection.

    ``progress``: a live line on stderr (for a person at a terminal).
    """
    try:
        log = configure_logging(verbose, log_file)
    except OSError as exc:
        return CrawlOutcome("failed", None, f"cannot write the log file {log_file}: {exc}")
    options = CrawlOptions(
        start_urls=tuple(start_urls),
        full=full,
        refresh_days=refresh_days,
        max_articles=max_articles,
        progress=progress,
    )
    return _run(CrawlSession(db_path, options), crawl_settings(db_path, delay, overrides), log)


def _run(
    session: CrawlSession, settings: Any, log: Any, spider: Any = None, **spider_args: Any
) -> CrawlOutcome:
    """Open the session (lock, archive), run the spider, close it: the outcome."""
    db_path = session.db_path
    try:
        session.open()
    except ArchiveLocked:
        return CrawlOutcome(
            "locked", None, f"another crawl of {db_path} is running; not starting a second one"
        )
    except (ArchiveError, sqlite3.Error, OSError) as exc:
        return CrawlOutcome("failed", None, f"cannot write the archive {db_path}: {exc}")
    try:
        _crawl(session, settings, spider, **spider_args)
        if session.run_id is not None and session.summary.status == "running":
            # A second Ctrl-C stops Scrapy before spider_closed: still an interrupted run.
            session.finish("shutdown", pages=0)
    finally:
        session.close()
    outcome = outcome_of(session)
    if log is not None and log.error and outcome.error is None:
        return CrawlOutcome("failed", outcome.summary, log.error)
    return outcome


def _crawl(session: CrawlSession, settings: Any, spider: Any = None, **spider_args: Any) -> None:
    from scrapy.crawler import CrawlerProcess

    if spider is None:
        from scraper.spiders.cong_tac_dang import CongTacDangSpider

        spider = CongTacDangSpider

    process = CrawlerProcess(settings)
    crawler = process.create_crawler(spider)
    session.attach(crawler)
    process.crawl(crawler, **spider_args)
    process.start()


def run_backfill(
    db_path: Path,
    start_url: str | None = None,
    wayback_url: str | None = None,
    commoncrawl_url: str | None = None,
    commoncrawl_data_url: str | None = None,
    since: str | None = None,
    until: str | None = None,
    full: bool = False,
    cdx_per_minute: float | None = None,
    replay_delay: float | None = None,
    overrides: Mapping[str, Any] | None = None,
    verbose: bool = False,
    log_file: Path | None = None,
) -> CrawlOutcome:
    """Backfill the archive at ``db_path`` from a web archive's captures.

    The same session, pipeline, summary and results as ``run_crawl``;
    ``since``/``until`` are archive timestamps (1 to 14 digits, inclusive).
    The Wayback Machine (``wayback_url``), or Common Crawl when
    ``commoncrawl_url`` (its index server) is given.
    """
    from scraper.spiders.backfill import CommonCrawlSpider, WaybackSpider
    from scraper.webarchive import commoncrawl, politeness, wayback

    try:
        log = configure_logging(verbose, log_file)
    except OSError as exc:
        return CrawlOutcome("failed", None, f"cannot write the log file {log_file}: {exc}")
    options = CrawlOptions(start_urls=(start_url,) if start_url else (), full=full)
    source = commoncrawl.SOURCE if commoncrawl_url else wayback.SOURCE
    session = CrawlSession(db_path, options, source=source)
    session.summary.mode = "backfill" if source == wayback.SOURCE else f"backfill from {source}"
    rates = politeness.backfill_settings(
        cdx_per_minute or politeness.CDX_PER_MINUTE,
        politeness.REPLAY_DELAY if replay_delay is None else replay_delay,
    )
    settings = crawl_settings(db_path, None, {**rates, **(overrides or {})})
    if commoncrawl_url:
        return _run(
            session,
            settings,
            log,
            CommonCrawlSpider,
            index_url=commoncrawl_url,
            data_url=commoncrawl_data_url or commoncrawl.DATA_URL,
            since=since,
            until=until,
        )
    return _run(
        session,
        settings,
        log,
        WaybackSpider,
        wayback_url=wayback_url or wayback.WAYBACK_URL,
        since=since,
        until=until,
    )


def outcome_of(session: CrawlSession) -> CrawlOutcome:
    """How a finished session ended, and its error line."""
    summary = session.summary
    if summary.status == "running":
        return CrawlOutcome(
            "failed", None, summary.error or "the crawl did not start (see the log)"
        )
    if summary.error:
        return CrawlOutcome("failed", summary, summary.error)
    if summary.status == "interrupted":
        return CrawlOutcome("interrupted", summary, summary.line())
    if summary.status not in ("completed", "partial"):
        return CrawlOutcome("failed", summary, summary.line())
    return CrawlOutcome("ok", summary)
