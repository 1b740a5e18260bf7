"""The Wayback Machine as a source: CDX queries, CDX pages, raw replay.

Everything here is pure (URLs and bytes in, values out); the backfill spider
sends the requests. Formats follow the CDX server's README
(internetarchive/wayback, ``wayback-cdx-server``): JSON output is a list
whose first row names the fields; with ``showResumeKey=true`` an empty row
and then ``[resume key]`` follow the rows when more are left.

Politeness is part of the contract: the CDX API allows 24 requests a minute
per address (2026), and an address that keeps asking after a 429 is blocked
at the firewall for an hour, doubling each time. Raw replay
(``/web/<timestamp>id_/<url>``) returns the archived bytes without the
toolbar; ``strip_archive_markup`` still removes it when replay sends it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from urllib.parse import urlencode, urlsplit

from scraper.profile import LOGIN_URL_RE, SiteProfile
from scraper.webarchive.captures import Capture, _host

SOURCE = "wayback"
WAYBACK_URL = "https://web.archive.org"
#: Rows asked per CDX request. The server caps a query at 150,000; smaller
#: pages cost more requests but lose less when a resume key fails half way.
CDX_PAGE_ROWS = 5000
CDX_FIELDS = ("urlkey", "timestamp", "original", "mimetype", "statuscode", "digest", "length")

_TOOLBAR = re.compile(
    rb"<!-- BEGIN WAYBACK TOOLBAR INSERT -->.*?<!-- END WAYBACK TOOLBAR INSERT -->\s*", re.S
)
_HEAD_INSERT = re.compile(
    rb"(<head[^>]*>)\s*<script[^>]*(?:archive\.org|_static/js)[^>]*>.*?<!-- "
    rb"End Wayback Rewrite JS Include -->\s*",
    re.S | re.I,
)
_FOOTER = re.compile(rb"\s*<!--\s*FILE ARCHIVED ON .*?-->\s*$", re.S)
_ARCHIVE_LINK = re.compile(
    rb"(?:https?://web\.archive\.org|(?<=[\"'(]))/web/\d{1,14}(?:[a-z]{2}_)?/"
)
_MARKERS = (b"WAYBACK TOOLBAR INSERT", b"End Wayback Rewrite JS Include", b"/_static/js/wombat")


class CdxError(ValueError):
    """A CDX answer that is not a CDX answer (HTML, truncated JSON, no header)."""


@dataclass
class CdxPage:
    """One CDX answer: its captures, the key to the next page, the rows it could not read."""

    captures: list[Capture] = field(default_factory=list)
    resume_key: str | None = None
    malformed: int = 0


def section_prefixes(start_url: str, profile: SiteProfile) -> list[str]:
    """The URL prefixes (no scheme) of the section's article pages, in every UI locale.

    The CDX server keys URLs without scheme or ``www.``, so one prefix finds
    ``http``, ``https`` and ``www.`` spellings alike; each locale prefix
    (``/en/``) is a prefix of its own.
    """
    parts = urlsplit(start_url)
    host = _host(parts.netloc)
    path = profile.locale_prefix.sub("", parts.path, count=1).rstrip("/")
    locales = ["", "/en"]
    match = profile.locale_prefix.match(parts.path)
    if match and f"/{match.group(1).lower()}" not in locales:
        locales.append(f"/{match.group(1).lower()}")
    return [f"{host}{locale}{path}/-/view_content/" for locale in locales]


def cdx_url(
    base: str,
    prefix: str,
    since: str | None = None,
    until: str | None = None,
    resume_key: str | None = None,
    limit: int = CDX_PAGE_ROWS,
) -> str:
    """A CDX query for every capture under ``prefix``.

    JSON, resumable, no errors, one per digest run.

    ``since``/``until``: 1 to 14 digit timestamps, inclusive.
    """
    params: list[tuple[str, str]] = [
        ("url", prefix),
        ("matchType", "prefix"),
        ("output", "json"),
        ("fl", ",".join(CDX_FIELDS)),
        # pages, redirects and revisit records; never the archived 4xx/5xx
        ("filter", "!statuscode:[45].."),
        ("filter", "mimetype:(text/html|warc/revisit)"),
        ("collapse", "digest"),
        ("limit", str(limit)),
        ("showResumeKey", "true"),
    ]
    if since:
        params.append(("from", since))
    if until:
        params.append(("to", until))
    if resume_key:
        params.append(("resumeKey", resume_key))
    return f"{base.rstrip('/')}/cdx/search/cdx?{urlencode(params)}"


def parse_cdx(body: bytes) -> CdxPage:
    """Read one CDX JSON answer; rows that are not capture rows are counted, not fatal."""
    text = body.decode("utf-8", "replace").strip()
    if not text:
        return CdxPage()
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        raise CdxError(f"not JSON: {text[:60]!r}") from None
    if not isinstance(data, list):
        raise CdxError("not a list of rows")
    if not data:
        return CdxPage()
    header = data[0]
    if not isinstance(header, list) or not {"timestamp", "original"} <= set(map(str, header)):
        raise CdxError(f"no header row: {str(header)[:60]}")
    index = {name: i for i, name in enumerate(header)}
    page = CdxPage()
    rows = data[1:]
    if len(rows) >= 2 and rows[-2] == [] and isinstance(rows[-1], list) and len(rows[-1]) == 1:
        page.resume_key = str(rows[-1][0])
        rows = rows[:-2]
    for row in rows:
        capture = _capture(row, index)
        if capture is None:
            page.malformed += 1
        else:
            page.captures.append(capture)
    return page


def _capture(row: object, index: dict[str, int]) -> Capture | None:
    if (
        not isinstance(row, list)
        or len(row) != len(index)
        or not all(isinstance(v, str) for v in row)
    ):
        return None

    def get(name: str) -> str:
        return row[index[name]] if name in index else ""

    stamp, original, status = get("timestamp"), get("original"), get("statuscode")
    if len(stamp) != 14 or not stamp.isdigit():
        return None
    if not original.startswith(("http://", "https://")):
        return None
    if status == "-" or (status == "" and get("mimetype") == "warc/revisit"):
        code = None
    elif status.isdigit() and len(status) == 3:
        code = int(status)
    else:
        return None
    return Capture(SOURCE, stamp, original, code, get("mimetype"), get("digest"))


def replay_url(base: str, capture: Capture) -> str:
    """Raw replay: the archived bytes, no toolbar, links as archived."""
    return f"{base.rstrip('/')}/web/{capture.timestamp}id_/{capture.original}"


def redirect_kind(location: str, capture: Capture) -> str:
    """What a replay redirect leads to: ``capture`` (another capture of the same
    URL), ``login`` (the portal's login page) or ``elsewhere`` (the new CMS, ...)."""
    target = re.sub(r"^(?:https?://[^/]+)?/web/\d{1,14}(?:[a-z]{2}_)?/", "", location)
    if target != location and urlsplit(target).path == urlsplit(capture.original).path:
        return "capture"
    if LOGIN_URL_RE.search(target):
        return "login"
    return "elsewhere"


def strip_archive_markup(html: bytes) -> tuple[bytes, bool]:
    """The page without what replay added: toolbar, scripts, footer comment, /web/ links.

    Returns (page, whether anything was removed). ValueError when the
    toolbar's traces remain after stripping: such a page is refused rather
    than stored with the toolbar as article text.
    """
    if not any(marker in html for marker in _MARKERS) and b"/web/" not in html:
        return html, False
    clean = _TOOLBAR.sub(b"", html)
    clean = _HEAD_INSERT.sub(rb"\1\n", clean)
    clean = _FOOTER.sub(b"\n", clean)
    clean = _ARCHIVE_LINK.sub(b"", clean)
    if any(marker in clean for marker in _MARKERS):
        raise ValueError("the archive's toolbar could not be removed from the replay")
    return clean, clean != html
