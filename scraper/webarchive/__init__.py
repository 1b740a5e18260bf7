"""Web archives as a second source of article pages, beside the live portal.

A source lists the captures of the section's article URLs and says how to
fetch each one; the backfill spider (``scraper.spiders.backfill``) fetches
them through Scrapy, hands the bytes to the same page objects as a live
crawl, and stores them through the same crawl session, with where and when
each page was observed.

- ``captures``: what every source produces (``Capture``), and the choice of
  which captures to fetch (one per distinct content, none already stored).
- ``wayback``: the Wayback Machine: the CDX API and raw replay.

A second source (Common Crawl: its CDX index at index.commoncrawl.org and
ranged WARC reads from data.commoncrawl.org, read with ``warcio``) plugs in
as another module with the same three parts: list requests, rows to
``Capture``, and a fetch request per capture.
"""
