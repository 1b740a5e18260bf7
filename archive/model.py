"""The Article: what the parser produces and the archive stores.

It lives in ``archive`` because data flows one way (scraper -> archive): the
parser builds Articles, the archive stores them, and the archive must not
import the scraper.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True, slots=True)
class Caption:
    """One photo in the article body, in reading order."""

    image_url: str
    text: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"image_url": self.image_url, "text": self.text}


@dataclass(frozen=True, slots=True)
class Article:
    """One news article, as DESIGN.md defines its fields.

    ``published_at`` is ISO 8601 with the Hanoi offset
    (``2022-01-07T15:27:00+07:00``); all text is NFC.
    """

    article_id: int
    url: str
    lang: str
    section: str | None
    title: str
    published_at: str
    view_count: int | None
    body: str
    body_html: str
    captions: tuple[Caption, ...] = field(default_factory=tuple)
    author: str | None = None
    #: The lead paragraph (also the head of ``body``), or None.
    lead: str | None = None
    #: The template's CMS account line under the article, or None.
    posted_by: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The Article as `portal-archive parse` prints it, keys in DESIGN order."""
        return {
            "article_id": self.article_id,
            "url": self.url,
            "lang": self.lang,
            "section": self.section,
            "title": self.title,
            "published_at": self.published_at,
            "view_count": self.view_count,
            "body": self.body,
            "body_html": self.body_html,
            "captions": [c.to_dict() for c in self.captions],
            "lead": self.lead,
            "author": self.author,
            "posted_by": self.posted_by,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        return cls(
            article_id=int(data["article_id"]),
            url=data["url"],
            lang=data["lang"],
            section=data.get("section"),
            title=data["title"],
            published_at=data["published_at"],
            view_count=data.get("view_count"),
            body=data["body"],
            body_html=data["body_html"],
            captions=tuple(
                Caption(image_url=c["image_url"], text=c.get("text"))
                for c in data.get("captions", ())
            ),
            author=data.get("author"),
            lead=data.get("lead"),
            posted_by=data.get("posted_by"),
        )


@dataclass(frozen=True, slots=True)
class RawPage:
    """One page as a source delivered it: its raw bytes and their provenance.

    Every source hands pages to the archive this way: the live crawl
    (``source="live"``, ``observed_at`` = fetch time) and a web archive
    (``source="wayback"``, ``observed_at`` = capture time, ``url`` = the
    replay URL the bytes came from). ``observed_at`` orders observations.
    """

    body: bytes
    #: The URL the bytes were fetched from.
    url: str
    #: When the content was observed (timezone-aware): fetch or capture time.
    observed_at: datetime
    source: str = "live"
    status: int = 200
    #: False when the page was cut short on every try (stored, marked incomplete).
    complete: bool = True
    #: When this program received the bytes; ``observed_at`` when not given.
    fetched_at: datetime | None = None
    #: The page's own address when the bytes came from elsewhere (a web
    #: archive's replay URL in ``url``): what the parser reads it as.
    original_url: str | None = None
    #: The archive index's digest of a capture (Wayback CDX ``digest``).
    capture_digest: str | None = None
