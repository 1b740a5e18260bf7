"""A Wayback Machine emulation: the CDX API and replay, over captures of the replica.

It follows the CDX server's README (internetarchive/wayback,
``wayback-cdx-server/README.md``) and the Wayback Machine's documented URL
forms, so a client tested here talks to ``web.archive.org`` the same way:

- ``/cdx/search/cdx?url=...``: ``matchType=exact|prefix`` (or a trailing
  ``*``), ``output=json`` (a header row, then rows of strings; ``[]`` when
  nothing matches) or plain text, ``fl=``, ``filter=[!]field:regex``
  (repeatable), ``collapse=field[:N]`` (adjacent rows only), ``from=``/``to=``
  (1 to 14 digits, inclusive), ``limit=``, ``showResumeKey=true`` (an empty
  row, then ``[key]``, when rows are left) and ``resumeKey=``. Rows are
  sorted by SURT key, then timestamp; ``http``/``https``, ``www.`` and a
  default port do not change the key, as on the real server.
- ``/web/<timestamp>id_/<url>``: the capture's bytes as archived (raw mode);
  a timestamp without a capture redirects to the nearest one; a redirect
  capture answers its status with ``Location`` to the target's replay.
- ``/web/<timestamp>/<url>``: the capture rewritten for a browser: the
  toolbar inserted, links turned into ``/web/<timestamp>/...``.

The captures (``WaybackReplica(replica)``): every article of the replica at
several dates (``CAPTURE_DATES`` after its newest article), spelled with
``http``/``https``, ``www.``, ``:80``, a query string and the ``/en/`` locale;
view counts grow from date to date; ``edited_id`` had another title in its
first capture; ``vanished_id`` is captured twice and then answers 404 on the
live replica. Always among them, one each (ids in ``fault_ids``):

    redirect_login, redirect_home     3xx captures (to the login page, to the new CMS)
    redirect_capture                  a 200 row whose replay redirects to another capture
    soft_404, truncated               a 200 capture that is no article, one cut short
    revisit                           a warc/revisit row
    rewritten                         raw replay answers with the toolbar anyway
    forbidden, missing                replay answers 403, 404
    malformed                         two CDX rows that are not CDX rows

Switches, like the replica's (flip them between requests)::

    wayback.cdx_throttle_first = 2        # two 429s with Retry-After, then answers
    wayback.cdx_fail_resume = 3           # requests with a resumeKey answer 503, 3 times
    wayback.replay_fail_first["*"] = 1    # one 503 per... key: timestamp, or "*"
    wayback.replay_throttle_first["*"] = 1
    wayback.replay_slow[timestamp] = 2.0  # a timeout for a short DOWNLOAD_TIMEOUT
    wayback.retry_after = 0               # the Retry-After sent with 429s

When ``../shared/realpages`` is there, ``WaybackReplica(..., realpages=DIR)``
adds captures of those real article pages at their original addresses.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import json
import re
import time
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlsplit

from replica.render import Site
from replica.server import (
    HTML_TYPE,
    LocalServer,
    Replica,
    RequestRecord,
    _error_body,
    _Response,
)

#: Capture dates, as days after the replica's newest article.
CAPTURE_DATES = (20, 190, 420, 800)
#: When the portal moved to the new CMS: later captures of article URLs redirect.
CMS_MOVE = datetime(2025, 7, 1, tzinfo=UTC)
NEW_CMS_HOME = "https://caugiay.hanoi.gov.vn/trang-chu"
CDX_FIELDS = ("urlkey", "timestamp", "original", "mimetype", "statuscode", "digest", "length")

_REPLAY_RE = re.compile(r"^/web/(\d{1,14})(id_|im_|js_|cs_)?/(.+)$")
TOOLBAR_START = "<!-- BEGIN WAYBACK TOOLBAR INSERT -->"
TOOLBAR_END = "<!-- END WAYBACK TOOLBAR INSERT -->"


@dataclass(frozen=True)
class Capture:
    """One CDX row and what replay answers for it."""

    timestamp: str  # 14 digits, UTC
    original: str  # the URL as the crawler spelled it
    statuscode: str = "200"  # "-" for warc/revisit
    mimetype: str = "text/html"
    body: bytes = b""
    location: str | None = None  # 3xx captures
    digest: str = ""
    fault: str | None = None  # a key of fault_ids, or None
    article_id: int | None = None

    @property
    def urlkey(self) -> str:
        return surt(self.original)

    def row(self) -> dict[str, str]:
        return {
            "urlkey": self.urlkey,
            "timestamp": self.timestamp,
            "original": self.original,
            "mimetype": self.mimetype,
            "statuscode": self.statuscode,
            "digest": self.digest,
            "length": str(len(self.body) // 3 + 400),  # a compressed WARC record's size
        }


def surt(url: str) -> str:
    """The CDX server's sort key: host reversed, no scheme, ``www.`` or default port."""
    parts = urlsplit(url if "://" in url else "http://" + url)
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    port = f":{parts.port}" if parts.port and parts.port not in (80, 443) else ""
    key = ",".join(reversed(host.split("."))) + port + ")" + (parts.path or "/").lower()
    return key + ("?" + parts.query.lower() if parts.query else "")


def sha1_digest(data: bytes) -> str:
    """The CDX ``digest`` column: base32 SHA-1 of the payload."""
    return base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


def wayback_timestamp(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y%m%d%H%M%S")


class WaybackReplica(LocalServer):
    """The Wayback Machine's CDX API and replay over captures of ``replica``.

    ``start()`` serves on 127.0.0.1 (its own port) and returns the base URL,
    to pass as ``--wayback-url``. ``captures`` is the truth, in CDX order.
    """

    name = "wayback"

    def __init__(self, replica: Replica, realpages: Path | None = None, verbose: bool = False):
        super().__init__(verbose=verbose)
        self.replica = replica
        self.fault_ids: dict[str, int] = {}
        self.captures: list[Capture] = []
        self._build(realpages)
        self.reset()

    def reset(self) -> None:
        """Every switch off (the captures stay)."""
        with self._lock:
            self.cdx_throttle_first = 0
            self.cdx_fail_resume = 0
            self.replay_fail_first: dict[str, int] = {}
            self.replay_throttle_first: dict[str, int] = {}
            self.replay_slow: dict[str, float] = {}
            self.retry_after = 1

    # -- the captures ------------------------------------------------------------

    def _build(self, realpages: Path | None) -> None:
        replica = self.replica
        articles = list(reversed(replica.articles))  # oldest first
        portal = replica._host_of(None)  # host:port the live replica answers on
        newest = max(a.published for a in articles)
        dates = [newest + timedelta(days=d, hours=3) for d in CAPTURE_DATES]
        self.edited_id = articles[-min(3, len(articles))].article_id
        self.vanished_id = articles[len(articles) // 2].article_id
        replica.not_found.add(self.vanished_id)
        # one article each, never the edited or the vanished one
        faulty = [
            a.article_id
            for a in articles[1:]
            if a.article_id not in (self.edited_id, self.vanished_id)
        ][:10]
        self.fault_ids = dict(
            zip(
                (
                    "redirect_login",
                    "redirect_home",
                    "redirect_capture",
                    "soft_404",
                    "truncated",
                    "revisit",
                    "rewritten",
                    "forbidden",
                    "missing",
                    "malformed",
                ),
                faulty,
                strict=False,  # a small replica has fewer articles than faults
            )
        )
        captures: list[Capture] = []
        for k, when in enumerate(dates):
            shown = [a for a in articles if a.published < when]
            editing = k == 0
            site = Site(tuple(reversed([self._edited(a) if editing else a for a in shown])))
            for i, article in enumerate(shown):
                if article.article_id == self.vanished_id and k >= 2:
                    continue
                stamp = wayback_timestamp(when + timedelta(seconds=37 * i))
                original = self._spelling(
                    portal, article.path("en" if (i + k) % 5 == 0 else "vi"), i + k
                )
                lang = "en" if "/en/" in original else "vi"
                views = (
                    None
                    if article.view_count is None
                    else article.view_count * (k + 1) // (len(dates) + 1)
                )
                body = site.article_page(article.article_id, lang, portal, views).encode("utf-8")
                captures.append(Capture(stamp, original, body=body, article_id=article.article_id))
        captures += self._fault_captures(portal, articles, dates, captures)
        if realpages is not None and (realpages / "index.tsv").is_file():
            captures += self._real_captures(realpages, dates[0])
        self.captures = sorted(
            (
                c
                if c.digest
                else replace(c, digest=sha1_digest(c.body or (c.location or "").encode()))
                for c in captures
            ),
            key=lambda c: (c.urlkey, c.timestamp),
        )

    def _edited(self, article: Any) -> Any:
        if article.article_id != self.edited_id:
            return article
        return replace(article, title=article.title + " (dự thảo)")

    @staticmethod
    def _spelling(host: str, path: str, i: int) -> str:
        """The same page as different crawlers wrote its address."""
        name, _, port = host.partition(":")
        forms: tuple[str, ...] = (
            f"http://{host}{path}",
            f"https://{host}{path}",
            f"http://www.{host}{path}",
            f"http://{host}{path}?inheritRedirect=true",
            f"https://www.{host}{path}",
        )
        if not port:
            forms = (*forms, f"http://{name}:80{path}")
        return forms[i % len(forms)]

    def _fault_captures(
        self, portal: str, articles: list[Any], dates: list[datetime], plain: list[Capture]
    ) -> list[Capture]:
        ids = self.fault_ids
        site = Site(tuple(reversed(articles)))
        last = dates[-1]
        moved = CMS_MOVE + timedelta(days=30)

        def stamp(when: datetime, seconds: int) -> str:
            return wayback_timestamp(when + timedelta(seconds=seconds))

        def of(article_id: int) -> Any:
            return next(a for a in articles if a.article_id == article_id)

        def url(article_id: int) -> str:
            return f"http://{portal}{of(article_id).path('vi')}"

        if len(ids) < 10:
            return []  # too few articles for one of each fault
        out = [
            Capture(
                stamp(last, 1),
                url(ids["redirect_login"]),
                "302",
                location=f"http://{portal}/c/portal/login?p_l_id=10183",
                fault="redirect_login",
                article_id=ids["redirect_login"],
                mimetype="text/html",
            ),
            Capture(
                stamp(moved, 2),
                url(ids["redirect_home"]),
                "301",
                location=NEW_CMS_HOME,
                fault="redirect_home",
                article_id=ids["redirect_home"],
            ),
            Capture(
                stamp(last, 3),
                url(ids["redirect_capture"]),
                fault="redirect_capture",
                article_id=ids["redirect_capture"],
                body=b"<html>moved</html>",
            ),
            Capture(
                stamp(last, 4),
                url(ids["soft_404"]),
                fault="soft_404",
                article_id=ids["soft_404"],
                body=site.soft_404_page(of(ids["soft_404"]), "vi", portal).encode("utf-8"),
            ),
            Capture(
                stamp(last, 6),
                url(ids["rewritten"]),
                fault="rewritten",
                article_id=ids["rewritten"],
                body=site.article_page(ids["rewritten"], "vi", portal, None).encode("utf-8"),
            ),
            Capture(
                stamp(last, 7),
                url(ids["forbidden"]),
                fault="forbidden",
                article_id=ids["forbidden"],
                body=b"<html>forbidden</html>",
            ),
            Capture(
                stamp(last, 8),
                url(ids["missing"]),
                fault="missing",
                article_id=ids["missing"],
                body=b"<html>missing</html>",
            ),
        ]
        whole = site.article_page(ids["truncated"], "vi", portal, None).encode("utf-8")
        out.append(
            Capture(
                stamp(last, 5),
                url(ids["truncated"]),
                fault="truncated",
                article_id=ids["truncated"],
                body=whole[: int(len(whole) * 0.75)],
            )
        )  # the article whole, the page not
        # A revisit of the first capture of an URL, after the second: not adjacent, so
        # collapse=digest keeps it, as the real server does.
        first = [c for c in plain if c.article_id == ids["revisit"]]
        if len(first) >= 2:
            out.append(
                Capture(
                    stamp(last, 9),
                    first[0].original,
                    "-",
                    "warc/revisit",
                    digest=sha1_digest(first[0].body),
                    fault="revisit",
                    article_id=ids["revisit"],
                )
            )
        return out

    def _real_captures(self, root: Path, when: datetime) -> list[Capture]:
        """The real pages' complete section ``vi/ke-hoach-tai-chinh``, captured once."""
        out = []
        with open(root / "index.tsv", encoding="utf-8", newline="") as handle:
            for i, row in enumerate(csv.DictReader(handle, delimiter="\t")):
                if row["kind"] != "article" or "/vi/ke-hoach-tai-chinh/" not in row["original_url"]:
                    continue
                body = (root / row["file"]).read_bytes()
                body = re.sub(rb"<!-- Mirrored from [^>]*-->", b"", body)
                out.append(
                    Capture(
                        wayback_timestamp(when + timedelta(minutes=i)),
                        row["original_url"],
                        body=body,
                        article_id=int(row["article_id"]),
                    )
                )
        return out

    def captures_of(self, article_id: int) -> list[Capture]:
        return [c for c in self.captures if c.article_id == article_id]

    def distinct_article_captures(self) -> list[Capture]:
        """The 200 captures without a fault, one per digest: each becomes a stored page."""
        seen: set[str] = set()
        out = []
        for capture in sorted(self.captures, key=lambda c: c.timestamp):
            if capture.statuscode == "200" and capture.fault is None and capture.digest not in seen:
                seen.add(capture.digest)
                out.append(capture)
        return out

    # -- request log -------------------------------------------------------------

    def cdx_requests(self) -> list[RequestRecord]:
        return [r for r in self.requests if r.kind == "cdx"]

    def replay_requests(self) -> list[RequestRecord]:
        return [r for r in self.requests if r.kind == "replay"]

    # -- answering ---------------------------------------------------------------

    def _take(self, faults: dict[str, int], keys: tuple[str, ...]) -> bool:
        with self._lock:
            for key in keys:
                if faults.get(key, 0) > 0:
                    faults[key] -= 1
                    return True
        return False

    def _handle(self, handler: Any, head: bool, allowed: bool = True) -> None:
        arrived = time.time()
        raw = handler.path
        path, _, query = raw.partition("?")
        kind = (
            "cdx"
            if path == "/cdx/search/cdx"
            else "replay"
            if path.startswith("/web/")
            else "other"
        )
        if not allowed:
            response = _Response(405, b"", headers=(("Allow", "GET, HEAD"),))
        elif kind == "cdx":
            response = self._cdx(parse_qs(query, keep_blank_values=True))
        elif kind == "replay":
            response = self._replay(raw)
        elif path == "/robots.txt":
            response = _Response(200, b"User-agent: *\nDisallow: /details/\n", "text/plain")
        else:
            response = _Response(404, _error_body(404))
        self._log(
            RequestRecord(
                handler.command,
                raw,
                response.status,
                handler.headers.get("User-Agent"),
                arrived,
                kind,
            )
        )
        handler.log_request(response.status, len(response.body))
        Replica._send(handler, response, head, None)

    def _throttled(self) -> _Response:
        return _Response(
            429, b"Too Many Requests", "text/plain", (("Retry-After", str(self.retry_after)),)
        )

    def _cdx(self, params: dict[str, list[str]]) -> _Response:
        with self._lock:
            if self.cdx_throttle_first > 0:
                self.cdx_throttle_first -= 1
                return self._throttled()
            if params.get("resumeKey") and self.cdx_fail_resume > 0:
                self.cdx_fail_resume -= 1
                return _Response(503, _error_body(503))
        try:
            rows, resume = self._query(params)
        except ValueError as exc:
            return _Response(
                400, f"org.archive.util.io.RuntimeIOException: {exc}\n".encode(), "text/plain"
            )
        fields = params.get("fl", [",".join(CDX_FIELDS)])[-1].split(",")
        table = [[row[f] for f in fields] for row in rows]
        if params.get("output", [""])[-1] == "json":
            data: list[list[str]] = [fields, *table] if table else []
            if resume:
                data += [[], [resume]]
            return _Response(200, json.dumps(data).encode("utf-8"), "application/json")
        text = "".join(" ".join(r) + "\n" for r in table) + (f"\n{resume}\n" if resume else "")
        return _Response(200, text.encode("utf-8"), "text/plain")

    def _query(self, params: dict[str, list[str]]) -> tuple[list[dict[str, str]], str | None]:
        url = params.get("url", [""])[-1]
        if not url:
            raise ValueError("missing url")
        match = params.get("matchType", ["exact"])[-1]
        if url.endswith("*"):
            url, match = url[:-1], "prefix"
        if match not in ("exact", "prefix"):
            raise ValueError(f"unsupported matchType {match}")
        key = surt(url)
        low = params.get("from", [""])[-1].ljust(14, "0")
        high = params.get("to", [""])[-1].ljust(14, "9")
        filters = []
        for spec in params.get("filter", []):
            negate = spec.startswith("!")
            name, _, pattern = spec.lstrip("!").partition(":")
            if name not in CDX_FIELDS:
                raise ValueError(f"unknown filter field {name}")
            filters.append((negate, name, re.compile(pattern)))
        collapse = []
        for spec in params.get("collapse", []):
            name, _, n = spec.partition(":")
            collapse.append((name, int(n) if n else None))
        limit = int(params.get("limit", ["150000"])[-1] or 150000)
        after = unquote(params.get("resumeKey", [""])[-1].replace("+", " ")) or None
        rows: list[dict[str, str]] = []
        previous: dict[str, str] | None = None
        resume = None
        for capture in self.captures:
            row = capture.row()
            if (match == "exact" and row["urlkey"] != key) or not row["urlkey"].startswith(key):
                continue
            if not low <= row["timestamp"] <= high:
                continue
            if any(bool(rx.fullmatch(row[name])) == negate for negate, name, rx in filters):
                continue
            if (
                previous is not None
                and collapse
                and all(row[name][:n] == previous[name][:n] for name, n in collapse)
            ):
                continue
            previous = row
            if after is not None and f"{row['urlkey']} {row['timestamp']}!" <= after:
                continue
            if len(rows) == limit:
                last = rows[-1]
                resume = quote(f"{last['urlkey']} {last['timestamp']}!", safe="").replace(
                    "%20", "+"
                )
                break
            rows.append(row)
        if self.fault_ids.get("malformed") and rows and after is None:
            rows = [
                *rows[:1],
                {**rows[0], "timestamp": "2023-01-0"},
                {**rows[0], "statuscode": "", "original": ""},
                *rows[1:],
            ]
        return rows, resume

    def _replay(self, raw: str) -> _Response:
        match = _REPLAY_RE.match(raw)
        if not match:
            return _Response(404, _error_body(404))
        stamp, mode, original = match.group(1).ljust(14, "0"), match.group(2), match.group(3)
        key = surt(original)
        same = [c for c in self.captures if c.urlkey == key and c.statuscode != "-"]
        if not same:
            return _Response(
                404, b"<html><body><p>Wayback Machine has not archived that URL.</p></body></html>"
            )
        capture = min(same, key=lambda c: abs(int(c.timestamp) - int(stamp)))
        keys = (capture.timestamp, "*")
        delay = next((self.replay_slow[k] for k in keys if k in self.replay_slow), 0)
        if delay:
            time.sleep(delay)
        if self._take(self.replay_throttle_first, keys):
            return self._throttled()
        if self._take(self.replay_fail_first, keys):
            return _Response(503, _error_body(503))
        suffix = mode or ""
        if capture.timestamp != stamp:
            return self._redirect(302, f"/web/{capture.timestamp}{suffix}/{capture.original}")
        if capture.fault == "redirect_capture":
            other = [c for c in same if c is not capture]
            if other:
                return self._redirect(302, f"/web/{other[0].timestamp}{suffix}/{other[0].original}")
        if capture.fault == "forbidden":
            return _Response(
                403,
                b"<html><body><p>This URL has been excluded "
                b"from the Wayback Machine.</p></body></html>",
            )
        if capture.fault == "missing":
            return _Response(
                404,
                b"<html><body><p>Hrm. The Wayback Machine "
                b"has not archived that URL.</p></body></html>",
            )
        memento = (("Memento-Datetime", _http_date(capture.timestamp)),)
        if capture.location is not None:
            return self._redirect(
                int(capture.statuscode),
                f"/web/{capture.timestamp}{suffix}/{capture.location}",
                memento,
            )
        if mode == "id_" and capture.fault != "rewritten":
            return _Response(200, capture.body, HTML_TYPE, memento)
        return _Response(
            200, rewrite(capture.body, capture.timestamp, capture.original), HTML_TYPE, memento
        )

    def _redirect(
        self, status: int, path: str, extra: tuple[tuple[str, str], ...] = ()
    ) -> _Response:
        return _Response(status, b"", "", (("Location", f"{self.base_url}{path}"), *extra))


def _http_date(stamp: str) -> str:
    when = datetime.strptime(stamp, "%Y%m%d%H%M%S")
    return when.strftime("%a, %d %b %Y %H:%M:%S GMT")


_LINK_RE = re.compile(rb'(\s(?:href|src|data-src)=")(/(?!/)|https?://)([^"]*)"')


def rewrite(body: bytes, stamp: str, original: str) -> bytes:
    """A capture as the Wayback Machine shows it in a browser (not raw mode)."""
    parts = urlsplit(original)
    site = f"{parts.scheme}://{parts.netloc}".encode()

    def link(match: re.Match[bytes]) -> bytes:
        attr, start, rest = match.groups()
        target = site + b"/" + rest if start == b"/" else start + rest
        mode = b"im_" if re.search(rb"\.(?:jpe?g|png|gif)", rest, re.I) else b""
        return attr + b"/web/" + stamp.encode() + mode + b"/" + target + b'"'

    body = _LINK_RE.sub(link, body)
    head = (
        b'<head><script src="//archive.org/includes/athena.js" type="text/javascript"></script>\n'
        b'<script type="text/javascript" '
        b'src="/_static/js/bundle-playback.js?v=1B2M2Y8A" charset="utf-8"></script>\n'
        b'<script type="text/javascript" '
        b'src="/_static/js/wombat.js?v=1B2M2Y8A" charset="utf-8"></script>\n'
        b'<link rel="stylesheet" type="text/css" '
        b'href="/_static/css/banner-styles.css?v=1B2M2Y8A" />\n'
        b"<!-- End Wayback Rewrite JS Include -->\n"
    )
    toolbar = (
        TOOLBAR_START.encode()
        + b'\n<div id="wm-ipp-base" lang="en" style="display:none;direction:ltr;">'
        b'<div id="wm-ipp"><div id="wm-toolbar"><a href="/web/">Wayback Machine</a>'
        b"<p>Trang n\xc3\xa0y \xc4\x91\xc6\xb0\xe1\xbb\xa3c l\xc6\xb0u tr\xe1\xbb\xaf: "
        + stamp.encode()
        + b" captures, 1 Jan 2022 - 31 Dec 2024</p></div></div></div>\n"
        + TOOLBAR_END.encode()
        + b"\n"
    )
    body = re.sub(rb"<head>", head, body, count=1)
    body = re.sub(rb"(<body[^>]*>)", lambda m: m.group(1) + toolbar, body, count=1)
    return body + (
        b"\n<!--\n     FILE ARCHIVED ON " + stamp.encode() + b" AND RETRIEVED FROM THE\n"
        b"     INTERNET ARCHIVE ON 20261201000000.\n-->\n"
    )
