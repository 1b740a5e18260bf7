"""What the spider hands to the pipeline: one item per article page fetched.

Plain dataclasses (Scrapy accepts them as items). The spider decides what a
response was; the pipeline only stores and counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from archive import Article, RawPage


@dataclass(frozen=True, slots=True)
class ArticleFetched:
    """An article page that parsed as an Article."""

    article: Article
    raw_html: bytes
    fetched_at: datetime
    url: str
    status: int = 200
    #: The page with its provenance when it is not a live fetch (a web
    #: archive's capture); None: fetched live from ``url`` at ``fetched_at``.
    page: RawPage | None = None


@dataclass(frozen=True, slots=True)
class PageRefused:
    """A 200 page at an article URL that is not an article (a soft 404)."""

    article_id: int
    url: str
    raw_html: bytes
    fetched_at: datetime
    reason: str
    status: int = 200
    page: RawPage | None = None


@dataclass(frozen=True, slots=True)
class PageGone:
    """An article URL that answered 404 or 410."""

    article_id: int
    url: str
    status: int
    seen_at: datetime


@dataclass(frozen=True, slots=True)
class PageFailed:
    """A page that still failed after the retries (timeouts, 5xx, cut short)."""

    url: str
    reason: str
    article_id: int | None = None
