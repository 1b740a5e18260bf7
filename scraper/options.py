"""Checks of what a user types for a crawl, before Scrapy starts.

Scrapy reads ``-s NAME=VALUE`` settings lazily and fails deep inside the
crawl with a traceback (``-s DOWNLOAD_TIMEOUT=abc``); a start URL such as
``http://[::1`` raises in ``urlsplit``. Each check returns ``None`` or one
line saying what is wrong. No Scrapy import: the tables are here.
"""

from __future__ import annotations

import math
from urllib.parse import urlsplit

#: Settings a user may reasonably pass with ``-s``, by kind, and their bounds.
_FLOATS = {
    "DOWNLOAD_TIMEOUT": (0.1, 3600.0),
    "DOWNLOAD_DELAY": (0.0, 3600.0),
    "DOWNLOAD_DELAY_JITTER": (0.0, 1.0),
    "AUTOTHROTTLE_START_DELAY": (0.0, 3600.0),
    "AUTOTHROTTLE_MAX_DELAY": (0.0, 3600.0),
    "AUTOTHROTTLE_TARGET_CONCURRENCY": (0.1, 16.0),
    "RETRY_BACKOFF_BASE": (0.0, 600.0),
    "RETRY_BACKOFF_MAX": (0.0, 3600.0),
    "CLOSESPIDER_TIMEOUT": (0.0, 7 * 86400.0),
}
_INTS = {
    "RETRY_TIMES": (0, 20),
    "REDIRECT_MAX_TIMES": (0, 50),
    "CONCURRENT_REQUESTS": (1, 64),
    "CONCURRENT_REQUESTS_PER_DOMAIN": (1, 16),
    "CONCURRENT_ITEMS": (1, 1000),
    "DOWNLOAD_MAXSIZE": (0, 2**40),
    "DOWNLOAD_WARNSIZE": (0, 2**40),
    "CLOSESPIDER_ITEMCOUNT": (0, 10**9),
    "CLOSESPIDER_PAGECOUNT": (0, 10**9),
}
_BOOLS = {
    "ROBOTSTXT_OBEY",
    "AUTOTHROTTLE_ENABLED",
    "RETRY_ENABLED",
    "COOKIES_ENABLED",
    "REDIRECT_ENABLED",
    "COMPRESSION_ENABLED",
}
_TRUE_FALSE = {"1", "0", "true", "false", "yes", "no", "on", "off"}


def check_setting(name: str, value: str) -> str | None:
    """One line if ``-s name=value`` cannot work, else None."""
    text = value.strip()
    if name in _FLOATS:
        low, high = _FLOATS[name]
        try:
            number = float(text)
        except ValueError:
            return f"{name} must be a number, got {value!r}"
        if math.isnan(number) or not low <= number <= high:
            return f"{name} must be between {low:g} and {high:g}, got {value!r}"
    elif name in _INTS:
        low_i, high_i = _INTS[name]
        try:
            integer = int(text)
        except ValueError:
            return f"{name} must be a whole number, got {value!r}"
        if not low_i <= integer <= high_i:
            return f"{name} must be between {low_i} and {high_i}, got {value!r}"
    elif name in _BOOLS and text.lower() not in _TRUE_FALSE:
        return f"{name} must be true or false, got {value!r}"
    elif name == "ARCHIVE_DB":
        return "use --db to choose the archive, not -s ARCHIVE_DB"
    return None


def check_start_url(url: str) -> str | None:
    """One line if ``url`` cannot be a start URL, else None."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError as exc:
        return f"not a valid URL: {url} ({exc})"
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return f"not an http(s) URL: {url}"
    if any(ch.isspace() for ch in url):
        return f"not a valid URL (white space): {url!r}"
    return None
