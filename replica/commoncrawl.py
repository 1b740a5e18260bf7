"""A Common Crawl emulation: per-crawl CDX indexes and WARC files read by ranges.

Built from a ``WaybackReplica``'s captures (the 200 captures without a
fault), grouped into crawls by capture week (``CC-MAIN-2023-23``), each
crawl's records written with ``warcio`` into one gzipped WARC file. It
answers as Common Crawl's pywb index server and data host do:

- ``/collinfo.json``: the crawls, each with its ``cdx-api``;
- ``/<crawl>-index?url=...&matchType=prefix&output=json``: one JSON object a
  line; ``showNumPages=true`` answers ``{"pages": N, "pageSize": ..., "blocks": ...}``,
  ``page=i`` the i-th page; ``from``/``to`` bound timestamps; a query with
  no captures answers 404 ``{"error": "No Captures found for: ..."}``;
- ``/crawl-data/<crawl>/...warc.gz`` with ``Range: bytes=a-b``: 206 and
  those bytes, one gzip member per record.

``data_fail_first`` answers 503 ("slow down") to that many range reads.
"""

from __future__ import annotations

import io
import json
import re
import time
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs

from replica.server import LocalServer, Replica, RequestRecord, _error_body, _Response
from replica.wayback import Capture, WaybackReplica, surt

#: Index lines per page of ``page=``.
PAGE_ROWS = 20
_INDEX_RE = re.compile(r"^/(CC-MAIN-\d{4}-\d{2})-index$")


class CommonCrawlReplica(LocalServer):
    """Common Crawl's index server and data host over ``wayback``'s captures."""

    name = "commoncrawl"

    def __init__(self, wayback: WaybackReplica, verbose: bool = False) -> None:
        super().__init__(verbose=verbose)
        self.wayback = wayback
        self.files: dict[str, bytes] = {}  # path -> WARC bytes
        self.rows: dict[str, list[dict[str, Any]]] = {}  # crawl id -> index rows, in SURT order
        self.data_fail_first = 0
        self._build()

    def _build(self) -> None:
        from warcio.statusandheaders import StatusAndHeaders
        from warcio.warcwriter import WARCWriter

        by_crawl: dict[str, list[Capture]] = {}
        for capture in self.wayback.captures:
            if capture.statuscode == "200" and capture.fault is None:
                when = datetime.strptime(capture.timestamp, "%Y%m%d%H%M%S")
                year, week, _ = when.isocalendar()
                by_crawl.setdefault(f"CC-MAIN-{year}-{week:02d}", []).append(capture)
        for crawl, captures in sorted(by_crawl.items()):
            path = f"crawl-data/{crawl}/segments/1700000000000.0/warc/{crawl}-00000.warc.gz"
            buffer = io.BytesIO()
            writer = WARCWriter(buffer, gzip=True)
            rows = []
            for capture in sorted(captures, key=lambda c: (c.urlkey, c.timestamp)):
                when = datetime.strptime(capture.timestamp, "%Y%m%d%H%M%S").replace(tzinfo=UTC)
                http = StatusAndHeaders(
                    "200 OK", [("Content-Type", "text/html;charset=UTF-8")], protocol="HTTP/1.1"
                )
                record = writer.create_warc_record(
                    capture.original,
                    "response",
                    payload=io.BytesIO(capture.body),
                    http_headers=http,
                    warc_headers_dict={"WARC-Date": when.strftime("%Y-%m-%dT%H:%M:%SZ")},
                )
                offset = buffer.tell()
                writer.write_record(record)
                record.raw_stream.close()  # warcio's temporary copy of the payload
                rows.append(
                    {
                        "urlkey": capture.urlkey,
                        "timestamp": capture.timestamp,
                        "url": capture.original,
                        "mime": "text/html",
                        "mime-detected": "text/html",
                        "status": "200",
                        "digest": capture.digest,
                        "length": str(buffer.tell() - offset),
                        "offset": str(offset),
                        "filename": path,
                        "languages": "vie",
                        "encoding": "UTF-8",
                    }
                )
            self.files[path] = buffer.getvalue()
            self.rows[crawl] = rows

    @property
    def replica(self) -> Replica:
        return self.wayback.replica

    def data_requests(self) -> list[RequestRecord]:
        return [r for r in self.requests if r.kind == "data"]

    def _handle(self, handler: Any, head: bool, allowed: bool = True) -> None:
        arrived = time.time()
        path, _, query = handler.path.partition("?")
        match = _INDEX_RE.match(path)
        if path == "/collinfo.json":
            kind, response = "collinfo", self._collinfo()
        elif match:
            kind, response = "index", self._index(match.group(1), parse_qs(query))
        elif path.lstrip("/") in self.files:
            kind, response = "data", self._data(path.lstrip("/"), handler.headers.get("Range", ""))
        else:
            kind, response = "other", _Response(404, _error_body(404))
        self._log(
            RequestRecord(
                handler.command,
                handler.path,
                response.status,
                handler.headers.get("User-Agent"),
                arrived,
                kind,
            )
        )
        Replica._send(handler, response, head, None)

    def _collinfo(self) -> _Response:
        crawls = [
            {
                "id": crawl,
                "name": f"Emulated crawl {crawl}",
                "timegate": f"{self.base_url}/{crawl}/",
                "cdx-api": f"{self.base_url}/{crawl}-index",
            }
            for crawl in sorted(self.rows, reverse=True)
        ]
        return _Response(200, json.dumps(crawls).encode(), "application/json")

    def _index(self, crawl: str, params: dict[str, list[str]]) -> _Response:
        url = params.get("url", [""])[-1]
        if crawl not in self.rows or not url:
            return _Response(400, b'{"error": "bad query"}', "application/json")
        key = surt(url.rstrip("*"))
        low = params.get("from", [""])[-1].ljust(14, "0")
        high = params.get("to", [""])[-1].ljust(14, "9")
        rows = [
            r
            for r in self.rows[crawl]
            if r["urlkey"].startswith(key) and low <= r["timestamp"] <= high
        ]
        if not rows:
            return _Response(
                404,
                json.dumps({"error": f"No Captures found for: {url}"}).encode(),
                "application/json",
            )
        pages = -(-len(rows) // PAGE_ROWS)
        if params.get("showNumPages", [""])[-1] == "true":
            return _Response(
                200,
                json.dumps({"pages": pages, "pageSize": 5, "blocks": pages}).encode(),
                "application/json",
            )
        page = int(params.get("page", ["0"])[-1] or 0)
        lines = "".join(
            json.dumps(r) + "\n" for r in rows[page * PAGE_ROWS : (page + 1) * PAGE_ROWS]
        )
        return _Response(200, lines.encode(), "text/x-ndjson")

    def _data(self, path: str, byte_range: str) -> _Response:
        with self._lock:
            if self.data_fail_first > 0:
                self.data_fail_first -= 1
                return _Response(503, b"Please reduce your request rate.", "text/plain")
        match = re.fullmatch(r"bytes=(\d+)-(\d+)", byte_range.strip())
        data = self.files[path]
        if not match:
            return _Response(200, data, "application/octet-stream")
        start, end = int(match.group(1)), int(match.group(2))
        return _Response(
            206,
            data[start : end + 1],
            "application/octet-stream",
            (("Content-Range", f"bytes {start}-{end}/{len(data)}"),),
        )
