"""Scrapy settings: the defaults are chosen for a small district government server.

Used by `portal-archive crawl` and by `scrapy crawl cong_tac_dang` (through
scrapy.cfg) alike. Politeness first: robots.txt obeyed, one request at a time,
at least a second between requests, AutoThrottle slowing down further when
the server answers slowly, an honest User-Agent with a contact URL.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("portal-archive")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

BOT_NAME = "portal-archive"
SPIDER_MODULES = ["scraper.spiders"]
NEWSPIDER_MODULE = "scraper.spiders"

PROJECT_URL = "https://github.com/portal-archive/portal-archive"
USER_AGENT = f"portal-archive/{__version__} (+{PROJECT_URL}; news archive for research)"

# --- Politeness ---------------------------------------------------------------
ROBOTSTXT_OBEY = True
# One request at a time, whatever the delay: with DOWNLOAD_DELAY = 0,
# Scrapy 2.19's downloader hands a slot's whole queue over before the first
# transfer is counted, so CONCURRENT_REQUESTS_PER_DOMAIN alone let 8 through.
CONCURRENT_REQUESTS = 1
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = 1.5  # seconds between requests to the portal (`--delay` overrides)
DOWNLOAD_DELAY_JITTER = 0.5  # each delay 0.5x-1.5x, as Scrapy's old RANDOMIZE_DOWNLOAD_DELAY
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.5
AUTOTHROTTLE_MAX_DELAY = 60.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
COOKIES_ENABLED = False
HTTPCACHE_ENABLED = False  # never replay a cached error page
TELNETCONSOLE_ENABLED = False
# Scrapy 2.19's remote-control endpoint would listen during every crawl and
# write job files under ~/.local/state: a cron job wants neither.
REMOTE_CONTROL_ENABLED = False

# --- Faults: a small server answers in seconds or not at all -----------------
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 8 * 1024 * 1024  # an article page is ~100 KB
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
# A body shorter than its Content-Length reaches the spider flagged
# "dataloss": it retries it, and keeps the last one if every try was short.
DOWNLOAD_FAIL_ON_DATALOSS = False
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
#: Backoff before retry n: RETRY_BACKOFF_BASE * 2**(n-1) seconds, at most
#: RETRY_BACKOFF_MAX; a Retry-After header wins when it asks for longer.
RETRY_BACKOFF_BASE = 2.0
RETRY_BACKOFF_MAX = 120.0
REDIRECT_MAX_TIMES = 5
# 404/410 reach the spider so it can remember them; other errors don't.
HTTPERROR_ALLOWED_CODES = [404, 410]

# A page that fails is counted and logged once, by the crawl session.
RETRY_GIVE_UP_LOG_LEVEL = "INFO"

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    # before robots.txt: a request off the host is refused, not a reason to
    # fetch that other host's robots.txt
    "scraper.middlewares.SameHostMiddleware": 50,
    "scraper.middlewares.CarefulRobotsTxtMiddleware": 100,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "scraper.middlewares.BackoffRetryMiddleware": 550,
}
ITEM_PIPELINES = {"scraper.pipelines.ArchivePipeline": 300}
EXTENSIONS = {"scraper.extensions.ProgressLine": 500}

# Item processing stores into SQLite one article at a time; Scrapy's
# CONCURRENT_ITEMS=100 default only costs throughput here (8 measured +54%).
CONCURRENT_ITEMS = 8
# Scrapy re-parses a callback's source on every call to warn about
# `return value` in generators (its cache never hits for bound methods):
# a third of a millisecond per page, for a warning our callbacks can't raise.
WARN_ON_GENERATOR_RETURN_VALUE = False

# --- The archive ----------------------------------------------------------------
#: The SQLite file the pipeline writes (`--db` / $PORTAL_ARCHIVE_DB / -s ARCHIVE_DB=...).
ARCHIVE_DB = "archive.db"

LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"
