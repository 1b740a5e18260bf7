"""One crawl, one owner: the archive, the lock, the options and the counters.

A ``CrawlSession`` is built once per crawl, by the CLI (``scraper.run``) or,
under a bare ``scrapy crawl``, by the spider's ``from_crawler``. Every Scrapy
component reaches it the way Scrapy's own extensions reach the crawler::

    session = CrawlSession.of(crawler)      # in from_crawler

and nothing else: no attributes set on the spider, no second connection, no
second lock. Results flow back through the session (``session.summary``).

What it holds:

- the **lock** (``archive.crawl_lock``), taken once in ``open()`` and released
  in ``close()``;
- the **archive**, opened once, on a thread of its own: compressing pages and
  writing SQLite release the GIL, so storing overlaps with Scrapy's
  downloading and parsing. Every archive call goes through ``call()``, which
  runs it on that thread (the connection belongs to it);
- the **options** (``CrawlOptions``) the user chose;
- the **counters** (``CrawlSummary``): every page the crawl meant to archive
  ends in exactly one ``Outcome`` passed to ``record()``, which counts it and
  logs one line (URL, HTTP status, outcome, reason).

Life cycle, and which thread does what::

    session = CrawlSession(db_path, CrawlOptions(...), source="live").open()  # lock, archive
    session.attach(crawler)                # before the crawl; components call .of(crawler)
    session.start_run()                    # the crawl_runs row (idempotent)
    session.submit(fn, *args)              # fn(archive, *args) on the archive's thread
    session.record("new", url, status=200) # on the reactor thread, once per page
    session.leave_for_next_run(gaps, unanswered, reason)   # what the next crawl asks for
    session.finish(close_reason, pages)    # status, crawl_runs, the summary line in the log
    session.close()                        # archive closed, lock released
    scraper.run.outcome_of(session)        # how it ended, and its error line

Nothing here assumes the live portal: a web-archive source builds a session
with another ``source`` name (``crawl_runs.source``) and its own options,
hands pages to the archive as ``archive.RawPage`` (with ``source``,
``observed_at`` and the URL fetched), records the same outcomes, and gets
the same summary line, ``crawl_runs`` row and exit status.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, TypeVar

from archive import Archive, crawl_lock

logger = logging.getLogger("scraper.crawl")

T = TypeVar("T")

#: What became of one page the crawl meant to archive. ``new``, ``updated``
#: and ``unchanged`` are the three ways of being stored.
Outcome = Literal["new", "updated", "unchanged", "refused", "gone", "failed"]

#: The attribute of the Scrapy crawler that carries the session.
_ATTRIBUTE = "crawl_session"


@dataclass(frozen=True)
class CrawlOptions:
    """What the user asked this crawl to do (source-agnostic where it can be)."""

    start_urls: tuple[str, ...] = ()
    full: bool = False
    refresh_days: int | None = None
    max_articles: int | None = None
    #: A live progress line on stderr (for a person at a terminal).
    progress: bool = False

    @property
    def mode(self) -> str:
        return "full" if self.full else "incremental"


@dataclass
class CrawlSummary:
    """What one crawl did, as the summary line and ``crawl_runs`` tell it."""

    mode: str = "incremental"
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    refused: int = 0
    gone: int = 0
    failed: int = 0
    #: Stored, but from a page that was cut short on every try.
    incomplete: int = 0
    pages: int = 0
    seconds: float = 0.0
    status: str = "running"
    failures: list[str] = field(default_factory=list)
    #: Why the crawl could not run or had to stop (start page unusable,
    #: archive unwritable, server asking to come back later); None if it ran.
    error: str | None = None
    #: True when --max-articles stopped the crawl before the listing's end.
    capped: bool = False
    #: A polite stop (Retry-After beyond the cap): the crawl is partial, not failed.
    come_back: str | None = None
    #: Articles asked for that got no answer (the crawl was stopped): queued.
    not_reached: int = 0
    #: Of ``failed``, the listing pages (the rest are articles).
    listings_failed: int = 0
    #: Other counts a source reports, shown after the outcomes (a web
    #: archive's redirects, revisit records, malformed index rows, ...).
    extra: dict[str, int] = field(default_factory=dict)

    @property
    def stored(self) -> int:
        return self.new + self.updated + self.unchanged

    @property
    def nothing_archived(self) -> bool:
        """Articles were due, and not one could be archived."""
        return self.stored == 0 and self.refused + self.failed - self.listings_failed > 0

    def line(self) -> str:
        parts = [
            f"{self.new} new",
            f"{self.updated} updated",
            f"{self.unchanged} unchanged",
            f"{self.failed} failed",
        ]
        if self.refused:
            parts.append(f"{self.refused} refused")
        if self.gone:
            parts.append(f"{self.gone} gone")
        if self.incomplete:
            parts.append(f"{self.incomplete} incomplete")
        if self.not_reached:
            parts.append(f"{self.not_reached} not reached")
        parts += [f"{count} {name}" for name, count in self.extra.items() if count]
        status = self.status
        if self.status == "partial":
            if self.come_back:
                status = "paused"
            elif self.failed:
                status = "completed with gaps"
            elif self.capped:
                status = "stopped at --max-articles"
        return (
            f"crawl {status} ({self.mode}): {', '.join(parts)}; "
            f"{self.pages} pages in {self.seconds:.1f} s"
        )


class CrawlSession:
    """The one owner of a crawl. See the module docstring."""

    def __init__(
        self,
        db_path: str | Path,
        options: CrawlOptions | None = None,
        source: str = "live",
    ) -> None:
        self.db_path = Path(db_path)
        self.options = options or CrawlOptions()
        self.source = source
        self.summary = CrawlSummary(mode=self.options.mode)
        self.run_id: int | None = None
        self._archive: Archive | None = None
        self._stack = ExitStack()
        self._writer: ThreadPoolExecutor | None = None
        self._started = time.monotonic()

    # -- reaching it from Scrapy ---------------------------------------------

    def attach(self, crawler: Any) -> None:
        """Make this the session of ``crawler`` (before the crawl starts)."""
        setattr(crawler, _ATTRIBUTE, self)

    @staticmethod
    def of(crawler: Any) -> CrawlSession:
        """The session of ``crawler``; components call this in ``from_crawler``."""
        session: CrawlSession | None = getattr(crawler, _ATTRIBUTE, None)
        if session is None:
            raise RuntimeError("no crawl session: the spider's from_crawler builds one")
        return session

    @staticmethod
    def attached(crawler: Any) -> CrawlSession | None:
        return getattr(crawler, _ATTRIBUTE, None)

    # -- life cycle ----------------------------------------------------------

    def open(self) -> CrawlSession:
        """Take the crawl lock, then open (or create) the archive, once.

        Raises ``ArchiveLocked`` when another crawl holds the lock,
        ``ArchiveError``/``sqlite3.Error``/``OSError`` when the archive cannot
        be written. On failure nothing stays held.
        """
        try:
            self._stack.enter_context(crawl_lock(self.db_path))
            self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="archive-writer")
            self._stack.callback(self._writer.shutdown)
            self._archive = self._writer.submit(Archive.open, self.db_path, True).result()
            self._stack.callback(self._close_archive)
        except BaseException:
            self._stack.close()
            raise
        return self

    def close(self) -> None:
        """Close the archive and release the lock (idempotent)."""
        self._stack.close()

    def _close_archive(self) -> None:
        archive, self._archive = self._archive, None
        if archive is not None and self._writer is not None:
            self._writer.submit(archive.close).result()

    def __enter__(self) -> CrawlSession:
        return self.open()

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the archive, on its own thread ----------------------------------------

    def submit(self, fn: Callable[..., T], *args: Any) -> Future[T]:
        """Run ``fn(archive, *args)`` on the archive's thread; a Future of its result."""
        if self._writer is None or self._archive is None:
            raise RuntimeError("the crawl session is not open")
        return self._writer.submit(fn, self._archive, *args)

    def call(self, fn: Callable[..., T], *args: Any) -> T:
        """``submit`` and wait: for the few calls made outside the event loop's hot path."""
        return self.submit(fn, *args).result()

    # -- the run --------------------------------------------------------------

    def start_run(self) -> None:
        """Record the run in ``crawl_runs`` (status ``running``); once, whoever asks first."""
        if self.run_id is not None:
            return
        self._started = time.monotonic()
        self.run_id = self.call(
            lambda archive: archive.start_run(
                self.summary.mode, datetime.now(UTC), source=self.source
            )
        )
        options = self.options
        logger.info(
            "crawl run %s started: %s, source %s, archive %s, start %s%s%s",
            self.run_id,
            self.summary.mode,
            self.source,
            self.db_path,
            ", ".join(options.start_urls) or "(default)",
            f", --max-articles {options.max_articles}" if options.max_articles else "",
            f", --refresh-days {options.refresh_days}" if options.refresh_days else "",
        )

    def record(
        self,
        outcome: Outcome,
        url: str,
        reason: str | None = None,
        status: int | None = None,
        incomplete: bool = False,
        listing: bool = False,
    ) -> None:
        """Count one page's outcome and log its line (URL, status, outcome, reason).

        ``listing``: the page was a listing page (only ``failed`` is recorded for those).
        """
        summary = self.summary
        setattr(summary, outcome, getattr(summary, outcome) + 1)
        if listing and outcome == "failed":
            summary.listings_failed += 1
        if incomplete:
            summary.incomplete += 1
        if outcome in ("failed", "refused"):
            summary.failures.append(f"{url}: {outcome}: {reason}")
        shown = f"HTTP {status}" if status is not None else "no answer"
        suffix = f" ({reason})" if reason else ""
        extra = ", incomplete" if incomplete else ""
        level = logging.WARNING if outcome == "failed" else logging.INFO
        logger.log(level, "%s %s: %s%s%s", url, shown, outcome, extra, suffix)

    def leave_for_next_run(
        self, listing_gaps: dict[str, str], unanswered: dict[int, str], reason: str
    ) -> None:
        """Record what this crawl did not reach, so the next one asks for exactly that.

        ``listing_gaps`` replace the archive's (the walk's frontier);
        ``unanswered`` articles (id: URL), asked for but without an outcome
        (the crawl was stopped), join the retry queue without counting an
        attempt against them.
        """
        self.summary.not_reached = len(unanswered)
        if self.run_id is None or self._archive is None:
            return
        now = datetime.now(UTC)
        run_id = self.run_id

        def write(archive: Archive) -> None:
            archive.set_listing_gaps(listing_gaps, now)
            for article_id, url in unanswered.items():
                archive.queue_failure(article_id, url, reason, now, run_id, count=False)

        self.call(write)

    def fail(self, error: str) -> None:
        """The crawl cannot go on (or could not start): the first reason wins."""
        if self.summary.error is None:
            self.summary.error = error
            logger.error("%s", error)

    def finish(self, reason: str, pages: int) -> CrawlSummary:
        """Decide the run's status from how Scrapy ended, and record it.

        ``reason`` is Scrapy's close reason (``finished``, ``shutdown``, ...).
        """
        summary = self.summary
        summary.pages = pages
        summary.seconds = time.monotonic() - self._started
        if summary.error is None and reason == "finished" and summary.nothing_archived:
            self.fail(
                f"no article could be archived: {summary.refused} refused, "
                f"{summary.failed - summary.listings_failed} failed (see the log)"
            )
        if summary.error:
            summary.status = "failed"
        elif summary.come_back:
            summary.status = "partial"
        elif reason == "finished":
            whole = not summary.capped and not summary.failed
            summary.status = "completed" if whole else "partial"
        else:
            summary.status = "interrupted"
        if self.run_id is not None and self._archive is not None:
            note = summary.error or summary.come_back or ("; ".join(summary.failures[:20]) or None)
            self.call(
                lambda archive: archive.finish_run(
                    self.run_id,
                    summary.status,
                    datetime.now(UTC),
                    note=note,
                    pages_fetched=summary.pages,
                    articles_new=summary.new,
                    articles_updated=summary.updated,
                    articles_unchanged=summary.unchanged,
                    articles_failed=summary.failed,
                    articles_refused=summary.refused,
                    articles_gone=summary.gone,
                )
            )
        logger.info("%s", summary.line())
        return summary


def options_from_spider_args(
    start_urls: Sequence[str] = (),
    full: bool | str = False,
    refresh_days: int | str | None = None,
    max_articles: int | str | None = None,
) -> CrawlOptions:
    """``CrawlOptions`` from ``scrapy crawl -a name=value`` arguments (strings)."""

    def as_int(value: int | str | None) -> int | None:
        return int(value) if value not in (None, "") else None

    if isinstance(full, str):
        full = full.strip().lower() in ("1", "true", "yes", "on")
    return CrawlOptions(
        start_urls=tuple(start_urls),
        full=bool(full),
        refresh_days=as_int(refresh_days),
        max_articles=as_int(max_articles),
    )
