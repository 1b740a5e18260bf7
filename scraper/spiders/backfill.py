"""The backfill spiders: the section's article pages as a web archive captured them.

Thin like the crawl spider: ``scraper.webarchive`` says what to ask an
archive and what its answers mean, the page objects read the pages, the
crawl session stores them. A spider only sends the requests:

1. index queries for each locale prefix of the section (the ``cdx``
   download slot: at most ``--cdx-per-minute``);
2. one request per capture worth fetching (``CaptureChooser``: one per
   distinct digest, none already stored; the ``replay`` slot), one request
   at a time over one connection;
3. each capture's bytes to ``ArticlePage`` at the portal's address, and the
   Article to the pipeline as a ``RawPage`` with its provenance (source,
   capture time, the URL the bytes came from, digest).

``WaybackSpider`` reads the Wayback Machine (CDX API, raw replay);
``CommonCrawlSpider`` reads Common Crawl (its per-crawl indexes, ranged
reads of WARC files). Incremental: after a completed backfill from a source
the next one asks only for captures newer than the newest stored.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response, TextResponse
from twisted.python.failure import Failure

from archive import RawPage
from scraper.items import ArticleFetched, PageFailed, PageRefused
from scraper.pages import ArticlePage, NotAnArticle
from scraper.profile import DEFAULT_PROFILE, SiteProfile
from scraper.session import CrawlSession
from scraper.spiders.cong_tac_dang import _failure_reason, page_is_whole
from scraper.webarchive import commoncrawl, wayback
from scraper.webarchive.captures import (
    Capture,
    CaptureChooser,
    format_timestamp,
    portal_url,
    url_key,
)

logger = logging.getLogger(__name__)

#: Replay statuses that reach the callback: redirects and the archive's refusals.
REPLAY_STATUSES = [301, 302, 303, 307, 308, 403, 404, 410, 451]


class BackfillSpider(scrapy.Spider):
    """What every source shares: the archive's state, choosing, storing."""

    source = "?"
    #: Hosts the source's requests go to (SameHostMiddleware).
    allowed_hosts: set[str]

    def __init__(
        self,
        session: CrawlSession,
        since: str | None = None,
        until: str | None = None,
        profile: SiteProfile = DEFAULT_PROFILE,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.session = session
        self.profile = profile
        self.portal = (list(session.options.start_urls) or list(profile.start_urls))[0]
        self.since, self.until = since, until
        self.chooser = CaptureChooser(self.portal, profile=profile)
        self._listed = 0  # index answers read

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> BackfillSpider:
        return super().from_crawler(crawler, *args, session=CrawlSession.of(crawler), **kwargs)

    def _read(self, archive: Any) -> str | None:
        """Stored captures (not fetched again), and where incremental listing starts."""
        rows = archive.observations(self.source)
        others = (s for s in (wayback.SOURCE, commoncrawl.SOURCE) if s != self.source)
        digests = {d for _, _, d in rows} | {
            d for source in others for _, _, d in archive.observations(source)
        }
        self.chooser = CaptureChooser(
            self.portal,
            stored_keys={
                (format_timestamp(_utc(observed)), url_key(url)) for observed, url, _ in rows
            },
            stored_digests={d for d in digests if d},  # the same content from either archive
            profile=self.profile,
        )
        since = self.since
        runs = [r for r in archive.crawl_runs(limit=20) if r.source == self.source]
        previous = [r for r in runs if r.status != "running"]
        if (
            since is None
            and rows
            and not self.session.options.full
            and previous
            and previous[0].status == "completed"
        ):
            newest = max(_utc(observed) for observed, _, _ in rows)
            since = format_timestamp(newest + timedelta(seconds=1))
            logger.info("incremental backfill: captures from %s on", since)
        return since

    def _count(self, name: str, n: int = 1) -> None:
        extra = self.session.summary.extra
        extra[name] = extra.get(name, 0) + n

    def _choose(self, page: wayback.CdxPage) -> Iterator[Capture]:
        """The captures of one index answer worth fetching; the rest counted."""
        self._listed += 1
        if page.malformed:
            self._count("malformed index rows", page.malformed)
        for row in page.captures:
            capture = self.chooser.offer(row)
            if capture is not None:
                yield capture
        for reason in ("redirect", "revisit"):
            if self.chooser.skipped[reason]:
                self.session.summary.extra[f"{reason}s skipped"] = self.chooser.skipped[reason]

    def _index_problem(self, url: str, reason: str, resumed: bool) -> Iterator[Any]:
        if self.session.summary.come_back:
            return  # a polite stop: the run is partial and says when to come back
        if not self._listed and not resumed:
            # nothing listed at all: the archive cannot be asked (exit 1, like a dead start page)
            self.session.fail(f"cannot backfill: {reason} ({url})")
            return
        where = "half way, at a resume key" if resumed else "for one query"
        logger.warning("%s: the listing stopped %s", reason, where)
        yield PageFailed(url=url, reason=f"{reason}; the listing stopped {where}")

    def _fetch(
        self, url: str, capture: Capture, callback: Any, headers: dict[str, str] | None = None
    ) -> scrapy.Request:
        return scrapy.Request(
            url,
            callback=callback,
            errback=self.capture_failed,
            dont_filter=True,
            headers=headers,
            meta={
                "download_slot": "replay",
                "capture": capture,
                "dont_redirect": True,
                "handle_httpstatus_list": REPLAY_STATUSES,
            },
        )

    def _settle(
        self,
        capture: Capture,
        fetched_from: str,
        status: int,
        location: str | None,
        body: bytes,
        encoding: str | None,
    ) -> Iterator[Any]:
        """What one capture's answer is: an article page, a refused page, a redirect."""
        page_url = portal_url(capture.original, self.portal) or capture.original
        article_id = capture.article_id or 0
        now = datetime.now(UTC)

        def raw(body: bytes, complete: bool = True) -> RawPage:
            return RawPage(
                body,
                fetched_from,
                capture.observed_at,
                self.source,
                status,
                complete,
                fetched_at=now,
                original_url=page_url,
                capture_digest=capture.digest,
            )

        def refused(reason: str, body: bytes = body, complete: bool = True) -> PageRefused:
            return PageRefused(article_id, raw(body, complete), reason)

        if 300 <= status < 400:
            kind = wayback.redirect_kind(location or "", capture)
            self._count("redirects")
            target = {"capture": "another capture", "login": "the login page"}.get(kind, location)
            yield refused(f"redirected to {target}", b"")
            return
        if status >= 400:
            self._count("403/404 answers")
            yield refused(f"the archive answered HTTP {status}")
            return
        try:
            body, stripped = wayback.strip_archive_markup(body)
        except ValueError as exc:
            yield refused(str(exc))
            return
        if stripped:
            self._count("toolbars stripped")
        complete = page_is_whole(body)  # else stored as incomplete, or refused
        try:
            article = ArticlePage(body, page_url, self.profile, encoding=encoding).to_article()
        except NotAnArticle as exc:
            yield refused(str(exc), body, complete)
            return
        yield ArticleFetched(article_id or article.article_id, article, raw(body, complete))

    def capture_failed(self, failure: Failure) -> Iterator[Any]:
        request = failure.request  # type: ignore[attr-defined]  # Scrapy sets it on errback failures
        # not queued for the live crawl: the next backfill lists the capture again
        yield PageFailed(url=request.url, reason=_failure_reason(failure))


class WaybackSpider(BackfillSpider):
    """The Wayback Machine: CDX API paged by resume key, raw replay (``id_``)."""

    name = "backfill"
    source = wayback.SOURCE

    def __init__(
        self, session: CrawlSession, wayback_url: str = wayback.WAYBACK_URL, **kwargs: Any
    ) -> None:
        super().__init__(session, **kwargs)
        self.wayback_url = wayback_url.rstrip("/")
        self.allowed_hosts = {urlsplit(self.wayback_url).netloc.lower()}

    async def start(self) -> AsyncIterator[Any]:
        since = self.session.call(self._read)
        for prefix in wayback.section_prefixes(self.portal, self.profile):
            yield self._cdx_request(prefix, since, None)

    def _cdx_request(
        self, prefix: str, since: str | None, resume_key: str | None
    ) -> scrapy.Request:
        url = wayback.cdx_url(
            self.wayback_url,
            prefix,
            since,
            self.until,
            resume_key,
            limit=self.settings.getint("WAYBACK_CDX_ROWS", wayback.CDX_PAGE_ROWS),
        )
        return scrapy.Request(
            url,
            callback=self.parse_cdx,
            errback=self.cdx_failed,
            dont_filter=True,
            priority=10,
            meta={
                "download_slot": "cdx",
                "prefix": prefix,
                "since": since,
                "resumed": bool(resume_key),
            },
        )

    def parse_cdx(self, response: Response) -> Iterator[Any]:
        try:
            page = wayback.parse_cdx(response.body)
        except wayback.CdxError as exc:
            yield from self._index_problem(
                response.url, f"CDX answer unreadable: {exc}", response.meta["resumed"]
            )
            return
        for capture in self._choose(page):
            yield self._fetch(
                wayback.replay_url(self.wayback_url, capture), capture, self.parse_capture
            )
        if page.resume_key:
            yield self._cdx_request(
                response.meta["prefix"], response.meta["since"], page.resume_key
            )

    def cdx_failed(self, failure: Failure) -> Iterator[Any]:
        request = failure.request  # type: ignore[attr-defined]  # Scrapy sets it on errback failures
        yield from self._index_problem(
            request.url, f"CDX query failed: {_failure_reason(failure)}", request.meta["resumed"]
        )

    def parse_capture(self, response: Response) -> Iterator[Any]:
        location = (response.headers.get(b"Location") or b"").decode("latin-1") or None
        encoding = response.encoding if isinstance(response, TextResponse) else None
        yield from self._settle(
            response.meta["capture"],
            response.url,
            response.status,
            location,
            response.body,
            encoding,
        )


class CommonCrawlSpider(BackfillSpider):
    """Common Crawl: each crawl's index (paged), ranged reads of its WARC files."""

    name = "backfill-commoncrawl"
    source = commoncrawl.SOURCE

    def __init__(
        self,
        session: CrawlSession,
        index_url: str = commoncrawl.INDEX_URL,
        data_url: str = commoncrawl.DATA_URL,
        **kwargs: Any,
    ) -> None:
        super().__init__(session, **kwargs)
        self.index_url = index_url.rstrip("/")
        self.data_url = data_url.rstrip("/")
        self.allowed_hosts = {urlsplit(u).netloc.lower() for u in (self.index_url, self.data_url)}

    async def start(self) -> AsyncIterator[Any]:
        since = self.session.call(self._read)
        yield scrapy.Request(
            commoncrawl.collinfo_url(self.index_url),
            callback=self.parse_collinfo,
            errback=self.index_failed,
            dont_filter=True,
            meta={"download_slot": "cdx", "since": since, "resumed": False},
        )

    def _index_request(
        self, crawl: commoncrawl.Crawl, prefix: str, since: str | None, page: int | None
    ) -> scrapy.Request:
        return scrapy.Request(
            commoncrawl.index_url(crawl, prefix, page, since, self.until),  # pywb takes from/to too
            callback=self.parse_num_pages if page is None else self.parse_index,
            errback=self.index_failed,
            dont_filter=True,
            priority=10,
            meta={
                "download_slot": "cdx",
                "crawl": crawl,
                "prefix": prefix,
                "since": since,
                "resumed": bool(page),
                "handle_httpstatus_list": [404],
            },
        )

    def parse_collinfo(self, response: Response) -> Iterator[Any]:
        since = response.meta["since"]
        try:
            crawls = commoncrawl.parse_collinfo(response.body, since, self.until)
        except wayback.CdxError as exc:
            yield from self._index_problem(response.url, str(exc), False)
            return
        self._listed += 1
        for crawl in crawls:
            for prefix in wayback.section_prefixes(self.portal, self.profile):
                yield self._index_request(crawl, prefix, since, None)

    def parse_num_pages(self, response: Response) -> Iterator[Any]:
        if response.status == 404:  # "No Captures found": this crawl has none
            return
        try:
            pages = commoncrawl.parse_num_pages(response.body)
        except wayback.CdxError as exc:
            yield from self._index_problem(response.url, str(exc), False)
            return
        meta = response.meta
        for page in range(pages):
            yield self._index_request(meta["crawl"], meta["prefix"], meta["since"], page)

    def parse_index(self, response: Response) -> Iterator[Any]:
        if response.status == 404:
            return
        for capture in self._choose(commoncrawl.parse_index(response.body)):
            url, byte_range = commoncrawl.warc_range(self.data_url, capture)
            request = self._fetch(url, capture, self.parse_record, headers={"Range": byte_range})
            request.meta["byte_range"] = byte_range
            yield request

    def index_failed(self, failure: Failure) -> Iterator[Any]:
        request = failure.request  # type: ignore[attr-defined]  # Scrapy sets it on errback failures
        yield from self._index_problem(
            request.url,
            f"index query failed: {_failure_reason(failure)}",
            request.meta.get("resumed", False),
        )

    def parse_record(self, response: Response) -> Iterator[Any]:
        capture: Capture = response.meta["capture"]
        if response.status >= 300:
            yield from self._settle(
                capture, response.url, response.status, None, response.body, None
            )
            return
        try:
            status, location, payload = commoncrawl.read_record(response.body)
        except ValueError as exc:
            yield PageFailed(url=response.url, reason=str(exc))
            return
        byte_range = response.meta["byte_range"]
        fetched_from = f"{response.url}#{byte_range}"
        yield from self._settle(capture, fetched_from, status, location, payload, None)


def _utc(iso: str) -> datetime:
    when = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    return when if when.tzinfo else when.replace(tzinfo=UTC)
