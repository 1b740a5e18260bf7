"""The archive: owns the SQLite file (schema, storing, search, export).

This package never imports ``scraper`` or Scrapy: it stores Articles and
answers questions about them.

    >>> from archive import Archive
    >>> with Archive.open("archive.db") as archive:
    ...     for hit in archive.search("dang bo cau giay", limit=5):
    ...         print(hit.published_at, hit.title, hit.snippet)

The names below are imported when first used (PEP 562), so a program that
needs only ``archive.errors`` (``portal-archive --help``) does not load the
whole package.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

#: Public name -> the module that defines it.
_EXPORTS = {
    "Archive": "archive.database",
    "ArchiveStats": "archive.database",
    "CrawlRun": "archive.database",
    "ReparseResult": "archive.database",
    "StoreResult": "archive.database",
    "content_hash": "archive.hashing",
    "decompress_page": "archive.database",
    "ArchiveError": "archive.errors",
    "ArchiveLocked": "archive.errors",
    "ArchiveVersionError": "archive.errors",
    "ColumnError": "archive.errors",
    "DateError": "archive.errors",
    "ExportError": "archive.errors",
    "NoArchiveError": "archive.errors",
    "NotAnArchiveError": "archive.errors",
    "QueryError": "archive.errors",
    "crawl_lock": "archive.lock",
    "Article": "archive.model",
    "Caption": "archive.model",
    "RawPage": "archive.model",
    "SearchHit": "archive.search",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    # The same names for type checkers and linters, which cannot read the
    # computed __all__: "X as X" marks each as re-exported.
    from archive.database import (
        Archive as Archive,
        ArchiveStats as ArchiveStats,
        CrawlRun as CrawlRun,
        ReparseResult as ReparseResult,
        StoreResult as StoreResult,
        decompress_page as decompress_page,
    )
    from archive.errors import (
        ArchiveError as ArchiveError,
        ArchiveLocked as ArchiveLocked,
        ArchiveVersionError as ArchiveVersionError,
        ColumnError as ColumnError,
        DateError as DateError,
        ExportError as ExportError,
        NoArchiveError as NoArchiveError,
        NotAnArchiveError as NotAnArchiveError,
        QueryError as QueryError,
    )
    from archive.hashing import content_hash as content_hash
    from archive.lock import crawl_lock as crawl_lock
    from archive.model import Article as Article, Caption as Caption, RawPage as RawPage
    from archive.search import SearchHit as SearchHit


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'archive' has no attribute {name!r}")
    value = getattr(importlib.import_module(_EXPORTS[name]), name)
    globals()[name] = value  # once: later lookups are plain attribute reads
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
