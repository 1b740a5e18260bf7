"""The archive: owns the SQLite file (schema, storing, search, export).

This package never imports ``scraper`` or Scrapy: it stores Articles and
answers questions about them.
"""

from archive.model import Article, Caption

__all__ = ["Article", "Caption"]
