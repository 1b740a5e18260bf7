"""portal-archive: the command line on top of ``scraper`` and ``archive``.

The CLI only parses options and formats output; the work is done by the
``scraper`` package (talks to the portal) and the ``archive`` package (owns the
SQLite file).
"""

__version__ = "0.1.0"
