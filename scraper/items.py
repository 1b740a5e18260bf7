"""What the spider hands to the pipeline: one item per page the crawl meant to archive.

Plain dataclasses (Scrapy accepts them as items). The spider decides what a
response was; the pipeline only stores and counts. Every item that came
with a body carries it as an ``archive.RawPage`` (bytes plus source, URL and
observation time), so its raw bytes are kept whatever became of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from archive import Article
from archive.model import RawPage


@dataclass(frozen=True, slots=True)
class ArticleFetched:
    """An article page that parsed as an Article (``page.complete`` False: cut short)."""

    article_id: int  # the id asked for
    article: Article
    page: RawPage


@dataclass(frozen=True, slots=True)
class PageRefused:
    """A page at an article URL that gave no article: kept, with why, for ``reparse``.

    ``failed``: the reason is a fault of this program (the parser raised), so
    the crawl counts it as failed; otherwise the page is not an article (a
    soft 404) and counts as refused.
    """

    article_id: int
    page: RawPage
    reason: str
    failed: bool = False


@dataclass(frozen=True, slots=True)
class PageGone:
    """An article URL that answered 404 or 410."""

    article_id: int
    url: str
    status: int
    seen_at: datetime


@dataclass(frozen=True, slots=True)
class PageFailed:
    """A page that still failed after the retries (timeouts, 5xx, cut short).

    ``page``: the last body received, when there was one (kept in the
    archive). A failed article goes to the retry queue.
    """

    url: str
    reason: str
    article_id: int | None = None
    status: int | None = None
    page: RawPage | None = None
