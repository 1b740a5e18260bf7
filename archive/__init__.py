"""The archive: owns the SQLite file (schema, storing, search, export).

This package never imports ``scraper`` or Scrapy: it stores Articles and
answers questions about them.

    >>> from archive import Archive
    >>> with Archive.open("archive.db") as archive:
    ...     for hit in archive.search("dang bo cau giay", limit=5):
    ...         print(hit.published_at, hit.title, hit.snippet)
"""

from archive.database import (
    Archive,
    ArchiveStats,
    CrawlRun,
    ReparseResult,
    StoreResult,
    content_hash,
    decompress_page,
)
from archive.errors import (
    ArchiveError,
    ArchiveLocked,
    ArchiveVersionError,
    ColumnError,
    DateError,
    ExportError,
    NoArchiveError,
    NotAnArchiveError,
    QueryError,
)
from archive.lock import crawl_lock
from archive.model import Article, Caption, RawPage
from archive.search import SearchHit

__all__ = [
    "Archive",
    "ArchiveError",
    "ArchiveLocked",
    "ArchiveStats",
    "ArchiveVersionError",
    "Article",
    "Caption",
    "ColumnError",
    "CrawlRun",
    "DateError",
    "ExportError",
    "NoArchiveError",
    "NotAnArchiveError",
    "QueryError",
    "RawPage",
    "ReparseResult",
    "SearchHit",
    "StoreResult",
    "content_hash",
    "crawl_lock",
    "decompress_page",
]
