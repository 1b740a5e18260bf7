"""Common Crawl as a source: its CDX index server and ranged reads of its WARC files.

Pure like ``wayback``: URLs and bytes in, values out. Common Crawl runs a
pywb CDX server (index.commoncrawl.org), one index per crawl
(``CC-MAIN-2024-10-index``), listed in ``/collinfo.json``. A query with
``output=json`` answers one JSON object a line (``urlkey``, ``timestamp``,
``url``, ``mime``, ``status``, ``digest``, ``length``, ``offset``,
``filename``); ``showNumPages=true`` answers ``{"pages": N, ...}`` and
``page=i`` pages through the rest. A capture's bytes are one gzip member of
a WARC file on data.commoncrawl.org, read with an HTTP ``Range`` request and
``warcio``. The digest is the same base32 SHA-1 of the payload as the
Wayback Machine's, so content both archives hold is fetched once.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from urllib.parse import urlencode

from scraper.webarchive.captures import Capture
from scraper.webarchive.wayback import CdxError, CdxPage

SOURCE = "commoncrawl"
INDEX_URL = "https://index.commoncrawl.org"
DATA_URL = "https://data.commoncrawl.org"


@dataclass(frozen=True)
class Crawl:
    """One Common Crawl crawl and its index endpoint."""

    crawl_id: str  # CC-MAIN-2024-10
    cdx_api: str  # https://index.commoncrawl.org/CC-MAIN-2024-10-index

    @property
    def year(self) -> int:
        return int(self.crawl_id.split("-")[2])


def collinfo_url(base: str) -> str:
    return f"{base.rstrip('/')}/collinfo.json"


def parse_collinfo(body: bytes, since: str | None = None, until: str | None = None) -> list[Crawl]:
    """The crawls of ``/collinfo.json``, oldest first, within the years of since/until."""
    try:
        data = json.loads(body)
        crawls = [Crawl(str(c["id"]), str(c["cdx-api"])) for c in data]
    except (ValueError, TypeError, KeyError) as exc:
        raise CdxError(f"not a Common Crawl collection list: {exc}") from None
    low = int(since[:4]) if since else 0
    high = int(until[:4]) if until else 9999
    return sorted(
        (c for c in crawls if c.crawl_id.startswith("CC-MAIN-") and low <= c.year <= high),
        key=lambda c: c.crawl_id,
    )


def index_url(
    crawl: Crawl,
    prefix: str,
    page: int | None = None,
    since: str | None = None,
    until: str | None = None,
) -> str:
    """A query of one crawl's index for every capture under ``prefix``; without
    ``page``, the number of pages (``showNumPages``)."""
    params = [("url", prefix), ("matchType", "prefix"), ("output", "json")]
    params += [("from", since)] if since else []
    params += [("to", until)] if until else []
    params += [("showNumPages", "true")] if page is None else [("page", str(page))]
    return f"{crawl.cdx_api}?{urlencode(params)}"


def parse_num_pages(body: bytes) -> int:
    try:
        return int(json.loads(body)["pages"])
    except (ValueError, TypeError, KeyError) as exc:
        raise CdxError(f"not a page count: {exc}") from None


def parse_index(body: bytes) -> CdxPage:
    """One page of index lines; a line that is not a capture is counted."""
    page = CdxPage()
    for line in body.decode("utf-8", "replace").splitlines():
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            stamp, url = str(row["timestamp"]), str(row["url"])
            status = int(row["status"]) if str(row.get("status", "")).isdigit() else None
            warc = (str(row["filename"]), int(row["offset"]), int(row["length"]))
        except (ValueError, TypeError, KeyError):
            page.malformed += 1
            continue
        if len(stamp) != 14 or not stamp.isdigit() or not url.startswith(("http://", "https://")):
            page.malformed += 1
            continue
        mimetype = str(row.get("mime", ""))
        page.captures.append(
            Capture(SOURCE, stamp, url, status, mimetype, str(row.get("digest", "")), warc=warc)
        )
    return page


def warc_range(data_base: str, capture: Capture) -> tuple[str, str]:
    """(URL, Range header value) of a capture's WARC record."""
    assert capture.warc is not None
    filename, offset, length = capture.warc
    return f"{data_base.rstrip('/')}/{filename}", f"bytes={offset}-{offset + length - 1}"


def read_record(data: bytes) -> tuple[int, str | None, bytes]:
    """(HTTP status, Location, payload) of one gzipped WARC response record."""
    from warcio.archiveiterator import ArchiveIterator  # only when reading Common Crawl

    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            status = int(record.http_headers.get_statuscode() or 0)
            return (
                status,
                record.http_headers.get_header("Location"),
                record.content_stream().read(),
            )
    except Exception as exc:  # noqa: BLE001 - warcio raises many kinds on damaged input
        raise ValueError(f"not a WARC record: {type(exc).__name__}: {exc}") from None
    raise ValueError("no WARC response record in the range read")
