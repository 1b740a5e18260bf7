"""The `backfill` spider: the section's article pages as a web archive captured them.

Thin like the crawl spider: ``scraper.webarchive`` says what to ask the
archive and what its answers mean, the page objects read the pages, the
crawl session stores them. The spider only sends the requests:

1. one CDX query per locale prefix of the section, paged by resume key,
   at most ``WAYBACK_CDX_PER_MINUTE`` a minute (its own download slot);
2. one raw replay request per capture worth fetching (``CaptureChooser``:
   one per distinct digest, none already stored), at ``WAYBACK_REPLAY_DELAY``
   seconds apart, over one connection (``CONCURRENT_REQUESTS = 1``);
3. each capture's bytes to ``ArticlePage`` with the portal's URL, and the
   Article to the pipeline with its ``Observation`` (source, capture time,
   replay URL, digest).

Incremental: after a completed backfill the next one asks the CDX API only
for captures newer than the newest stored (``from=``).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from collections.abc import AsyncIterator, Iterator
from datetime import datetime, timedelta, timezone
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
from scraper.spiders.cong_tac_dang import _failure_reason
from scraper.webarchive import wayback
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
    name = "backfill"

    def __init__(
        self,
        session: CrawlSession,
        wayback_url: str = wayback.WAYBACK_URL,
        since: str | None = None,
        until: str | None = None,
        profile: SiteProfile = DEFAULT_PROFILE,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.session = session
        self.profile = profile
        self.portal = (list(session.options.start_urls) or list(profile.start_urls))[0]
        self.wayback_url = wayback_url.rstrip("/")
        self.since, self.until = since, until
        self.allowed_hosts = {urlsplit(self.wayback_url).netloc.lower()}
        self.chooser = CaptureChooser(self.portal, profile=profile)
        self._listed = 0  # CDX answers read

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> BackfillSpider:
        spider = super().from_crawler(crawler, *args, session=CrawlSession.of(crawler), **kwargs)
        return spider  # type: ignore[no-any-return]

    # --- the CDX listing ---------------------------------------------------------

    async def start(self) -> AsyncIterator[Any]:
        since = self.session.call(self._read)
        for prefix in wayback.section_prefixes(self.portal, self.profile):
            yield self._cdx_request(prefix, since, None)

    def _read(self, archive: Any) -> str | None:
        """Stored captures (not fetched again), and where incremental listing starts."""
        rows = archive.observations(wayback.SOURCE)
        self.chooser = CaptureChooser(
            self.portal,
            stored_keys={(format_timestamp(_utc(observed)), url_key(url)) for observed, url, _ in rows},
            stored_digests={digest for _, _, digest in rows if digest},
            profile=self.profile,
        )
        since = self.since
        runs = [r for r in archive.crawl_runs(limit=20) if r.mode == self.session.summary.mode]
        previous = [r for r in runs if r.status != "running"]
        if since is None and rows and not self.session.options.full and previous and previous[0].status == "completed":
            newest = max(_utc(observed) for observed, _, _ in rows)
            since = format_timestamp(newest + timedelta(seconds=1))
            logger.info("incremental backfill: captures from %s on", since)
        return since

    def _cdx_request(self, prefix: str, since: str | None, resume_key: str | None) -> scrapy.Request:
        url = wayback.cdx_url(self.wayback_url, prefix, since, self.until, resume_key,
                              limit=self.settings.getint("WAYBACK_CDX_ROWS", wayback.CDX_PAGE_ROWS))
        return scrapy.Request(
            url,
            callback=self.parse_cdx,
            errback=self.cdx_failed,
            dont_filter=True,
            priority=10,
            meta={"download_slot": "cdx", "prefix": prefix, "since": since, "resumed": bool(resume_key)},
        )

    def parse_cdx(self, response: Response) -> Iterator[Any]:
        try:
            page = wayback.parse_cdx(response.body)
        except wayback.CdxError as exc:
            yield from self._cdx_problem(response.url, f"CDX answer unreadable: {exc}", response.meta)
            return
        self._listed += 1
        extra = self.session.summary.extra
        if page.malformed:
            extra["malformed CDX rows"] = extra.get("malformed CDX rows", 0) + page.malformed
        for row in page.captures:
            capture = self.chooser.offer(row)
            if capture is not None:
                yield self._replay_request(capture)
        for reason, count in self.chooser.skipped.items():
            if reason in ("redirect", "revisit"):
                extra[f"{reason}s skipped"] = count
        if page.resume_key:
            yield self._cdx_request(response.meta["prefix"], response.meta["since"], page.resume_key)

    def cdx_failed(self, failure: Failure) -> Iterator[Any]:
        request = failure.request  # type: ignore[attr-defined]
        yield from self._cdx_problem(request.url, f"CDX query failed: {_failure_reason(failure)}", request.meta)

    def _cdx_problem(self, url: str, reason: str, meta: dict[str, Any]) -> Iterator[Any]:
        if self.session.summary.come_back:
            return  # a polite stop: the run is partial and says when to come back
        if not self._listed and not meta.get("resumed"):
            # nothing listed at all: the archive cannot be asked (exit 1, like a dead start page)
            self.session.fail(f"cannot backfill: {reason} ({url})")
            return
        where = "half way, at a resume key" if meta.get("resumed") else "for one locale"
        logger.warning("%s: the listing stopped %s", reason, where)
        yield PageFailed(url=url, reason=f"{reason}; the listing stopped {where}")

    # --- replay ---------------------------------------------------------------

    def _replay_request(self, capture: Capture) -> scrapy.Request:
        return scrapy.Request(
            wayback.replay_url(self.wayback_url, capture),
            callback=self.parse_capture,
            errback=self.capture_failed,
            dont_filter=True,
            meta={
                "download_slot": "replay",
                "capture": capture,
                "dont_redirect": True,
                "handle_httpstatus_list": REPLAY_STATUSES,
            },
        )

    def parse_capture(self, response: Response) -> Iterator[Any]:
        capture: Capture = response.meta["capture"]
        page_url = portal_url(capture.original, self.portal) or capture.original
        article_id = capture.article_id or 0
        now = datetime.now(timezone.utc)
        extra = self.session.summary.extra

        def raw(body: bytes) -> RawPage:
            return RawPage(body, response.url, capture.observed_at, wayback.SOURCE, response.status,
                           fetched_at=now, original_url=page_url, capture_digest=capture.digest)

        def refused(reason: str, body: bytes = response.body, complete: bool = True) -> PageRefused:
            return PageRefused(article_id, replace(raw(body), complete=complete), reason)

        if 300 <= response.status < 400:
            location = response.headers.get(b"Location", b"").decode("latin-1")
            kind = wayback.redirect_kind(location, capture)
            extra["redirects"] = extra.get("redirects", 0) + 1
            target = {"capture": "another capture", "login": "the login page"}.get(kind, location)
            yield refused(f"replay redirected to {target}", b"")
            return
        if response.status >= 400:
            extra["replay refusals"] = extra.get("replay refusals", 0) + 1
            yield refused(f"replay answered HTTP {response.status}")
            return
        if not isinstance(response, TextResponse):
            yield refused("not an HTML page")
            return
        try:
            body, stripped = wayback.strip_archive_markup(response.body)
        except ValueError as exc:
            yield refused(str(exc))
            return
        if stripped:
            extra["toolbars stripped"] = extra.get("toolbars stripped", 0) + 1
        complete = b"</html>" in body.lower()
        if not complete:
            extra["cut short"] = extra.get("cut short", 0) + 1
        try:
            article = ArticlePage(body, page_url, self.profile, encoding=response.encoding).to_article()
        except NotAnArticle as exc:
            yield refused(str(exc), body, complete)
            return
        page = replace(raw(body), complete=complete)
        yield ArticleFetched(article_id or article.article_id, article, page)

    def capture_failed(self, failure: Failure) -> Iterator[Any]:
        request = failure.request  # type: ignore[attr-defined]
        capture: Capture = request.meta["capture"]
        # not queued for the live crawl: the next backfill lists the capture again
        yield PageFailed(url=request.url, reason=_failure_reason(failure))


def _utc(iso: str) -> datetime:
    when = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)

