"""Captures, whatever archive they come from, and which of them to fetch.

A ``Capture`` is one archived response of one URL at one time: the row of an
archive's index (the Wayback CDX API, Common Crawl's index), before any
bytes are fetched. ``CaptureChooser`` decides, row by row as the index pages
arrive, which captures are worth a request: one per distinct content of an
article (the index's digest), none that the archive already stores, none
that cannot be an article page (redirects, revisit records, other URLs).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from urllib.parse import urlsplit

from scraper.pages.urls import article_id_from_url
from scraper.profile import DEFAULT_PROFILE, SiteProfile


@dataclass(frozen=True, slots=True)
class Capture:
    """One row of an archive's index."""

    source: str  # "wayback", "commoncrawl"
    timestamp: str  # 14 digits, UTC: 20220107152700
    original: str  # the URL as the archive's crawler spelled it
    status: int | None  # HTTP status archived; None for a revisit record
    mimetype: str
    digest: str  # the index's content digest (base32 SHA-1 for Wayback)
    article_id: int | None = None
    #: Where the bytes are in the archive's files: (WARC file, offset, length),
    #: for sources read by ranges (Common Crawl); None for replay sources.
    warc: tuple[str, int, int] | None = None

    @property
    def observed_at(self) -> datetime:
        """When the archive's crawler saw the page (UTC)."""
        return parse_timestamp(self.timestamp)

    @property
    def is_revisit(self) -> bool:
        return self.mimetype == "warc/revisit" or self.status is None

    @property
    def is_redirect(self) -> bool:
        return self.status is not None and 300 <= self.status < 400

    @property
    def key(self) -> tuple[str, str]:
        """(timestamp, URL without scheme or ``www.``): one capture, however spelled."""
        return self.timestamp, url_key(self.original)


def parse_timestamp(stamp: str) -> datetime:
    """A 14-digit archive timestamp as an aware UTC datetime; ValueError if it is not one."""
    if len(stamp) != 14 or not stamp.isdigit():
        raise ValueError(f"not a 14-digit timestamp: {stamp!r}")
    return datetime.strptime(stamp, "%Y%m%d%H%M%S").replace(tzinfo=UTC)


def format_timestamp(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y%m%d%H%M%S")


def _host(netloc: str) -> str:
    host = netloc.lower().rsplit("@", 1)[-1]
    for default in (":80", ":443"):
        if host.endswith(default):
            host = host[: -len(default)]
    return host[4:] if host.startswith("www.") else host


def url_key(url: str) -> str:
    """The URL without scheme, ``www.``, default port or fragment: how archives key it."""
    parts = urlsplit(url)
    key = _host(parts.netloc) + (parts.path or "/")
    return key + ("?" + parts.query if parts.query else "")


def portal_url(original: str, portal: str) -> str | None:
    """``original`` as the portal at ``portal`` spells it (its scheme and host), query kept.

    None when ``original`` is on another host: an archive's crawler wrote
    ``http://www.host:80/...`` where the portal is ``https://host``; both are
    the same page, and the parser should see one spelling.
    """
    parts, home = urlsplit(original), urlsplit(portal)
    if _host(parts.netloc) != _host(home.netloc):
        return None
    query = "?" + parts.query if parts.query else ""
    return f"{home.scheme}://{home.netloc.lower()}{parts.path}{query}"


class CaptureChooser:
    """Which captures to fetch, decided one index row at a time.

    ``stored``: keys (``Capture.key``) and digests of captures already in
    the archive. Accepted captures' digests join the set, so the same
    content listed under another URL spelling or locale query is fetched
    once. ``skipped`` counts the rest by reason: ``stored`` (already in the
    archive), ``duplicate`` (same content as a capture already chosen),
    ``revisit`` (a warc/revisit record), ``redirect``, ``not_article`` (not an
    article URL of the section), ``error`` (an archived error status).
    """

    def __init__(
        self,
        portal: str,
        stored_keys: Iterable[tuple[str, str]] = (),
        stored_digests: Iterable[str] = (),
        profile: SiteProfile = DEFAULT_PROFILE,
    ) -> None:
        self.portal = portal
        self.profile = profile
        self._keys = set(stored_keys)
        self._stored_digests = set(stored_digests)
        self._digests: set[str] = set()
        self.skipped: Counter[str] = Counter()

    def offer(self, capture: Capture) -> Capture | None:
        """The capture with its article id when it should be fetched, else None (counted)."""
        reason = self._reason(capture)
        if reason is not None:
            self.skipped[reason] += 1
            return None
        self._digests.add(capture.digest)
        self._keys.add(capture.key)
        article_id = article_id_from_url(capture.original, self.profile)
        return replace(capture, article_id=article_id)

    def _reason(self, capture: Capture) -> str | None:
        if portal_url(capture.original, self.portal) is None:
            return "not_article"
        if article_id_from_url(capture.original, self.profile) is None:
            return "not_article"
        if capture.is_revisit:
            return "revisit"
        if capture.is_redirect:
            return "redirect"
        if capture.status is not None and capture.status >= 400:
            return "error"
        if capture.key in self._keys or capture.digest in self._stored_digests:
            return "stored"
        if capture.digest in self._digests:
            return "duplicate"
        return None
