"""The replica's HTTP server: routing, request log, and fault switches.

Standard library only (``http.server``), so it starts in milliseconds and
shares no code, and so no bugs, with the Scrapy side it is used to test.

Fault switches are plain attributes, safe to flip between requests from a
test while the server runs in its background thread::

    replica.fail_first[5402817] = 2        # two 503s, then the page
    replica.slow["/robots.txt"] = 0.5      # answer after half a second
    replica.gone.add(5211375)              # 410, still listed
    replica.reset()                        # all off, initial content back

Keys of the per-request dicts (``slow``, ``fail_first``, ``throttle_first``,
``truncate_first``, ``cut_first``) may be an article id (int; article
pages in either locale), a path with or without its query string
(``"/robots.txt"``, ``"/dang-doan-the"``), ``"listing:N"`` (listing page N,
either locale) or ``"*"`` (every request).
"""

from __future__ import annotations

import contextlib
import http
import re
import socket
import socketserver
import struct
import sys
import threading
import time
import traceback
import zlib
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self
from urllib.parse import parse_qs, quote

from replica.content import (
    RESERVED_SESSIONS,
    SECTION_PATH,
    ReplicaArticle,
    added_article,
    build_articles,
)
from replica.render import LISTING_CUR_PARAM, Site, listing_path

DEFAULT_SEED = 20220107
HTML_TYPE = "text/html;charset=UTF-8"
PAGE_CACHE_SIZE = 512

ROBOTS_TXT = """User-agent: *
Disallow: /c/
Disallow: /en/c/
Disallow: /group/
Disallow: /tim-kiem
Disallow: /en/tim-kiem
Disallow: /*p_p_lifecycle=1
"""

_ARTICLE_RE = re.compile(r"^(/en)?/dang-doan-the/-/view_content/(\d+)(?:-[^/]*?)?(?:\.html)?/?$")
_OLD_ARTICLE_RE = re.compile(
    r"^/web/guest(/en)?/dang-doan-the/-/view_content/(\d+)(?:-[^/]*?)?(?:\.html)?/?$"
)
_LISTING_RE = re.compile(r"^(/en)?/dang-doan-the/?$")
_HOST_RE = re.compile(r"^[A-Za-z0-9.\-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$")
_IMAGE_RE = re.compile(r"\.(jpe?g|png|gif)(/|$)", re.IGNORECASE)
_DOCUMENT_RE = re.compile(r"\.(pdf|docx?|xlsx?)(/|$)", re.IGNORECASE)


def _png_1x1() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xc4\x16\x1c")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


TINY_PNG = _png_1x1()
TINY_GIF = (
    b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00"
    b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
)
_DOCUMENT_BODIES = {
    "pdf": ("application/pdf", b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"),
    "doc": ("application/msword", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 56),
    "docx": (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        b"PK\x05\x06" + b"\x00" * 18,
    ),
    "xls": ("application/vnd.ms-excel", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 56),
    "xlsx": (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        b"PK\x05\x06" + b"\x00" * 18,
    ),
}


@dataclass(frozen=True)
class RequestRecord:
    """One request the replica answered."""

    method: str
    path: str  # path and query string, as requested
    status: int
    user_agent: str | None
    time: float  # time.time() when the request arrived
    kind: str  # article, listing, old_article, home, robots, login, search, asset, other
    article_id: int | None = None
    lang: str | None = None
    listing_page: int | None = None


@dataclass
class _Route:
    kind: str
    lang: str = "vi"
    article_id: int | None = None
    listing_page: int | None = None


@dataclass
class _Response:
    status: int
    body: bytes = b""
    content_type: str = HTML_TYPE
    headers: tuple[tuple[str, str], ...] = ()


def _route(path: str, query: str) -> _Route:
    if path == "/robots.txt":
        return _Route("robots")
    if path in ("/", "/en", "/en/", "/web/guest", "/web/guest/", "/web/guest/home"):
        return _Route("home", "en" if path.startswith("/en") else "vi")
    match = _ARTICLE_RE.match(path)
    if match:
        return _Route("article", "en" if match.group(1) else "vi", article_id=int(match.group(2)))
    match = _LISTING_RE.match(path)
    if match:
        values = parse_qs(query).get(LISTING_CUR_PARAM, ["1"])
        try:
            page = max(1, int(values[-1]))
        except ValueError:
            page = 1
        return _Route("listing", "en" if match.group(1) else "vi", listing_page=page)
    match = _OLD_ARTICLE_RE.match(path)
    if match:
        return _Route(
            "old_article", "en" if match.group(1) else "vi", article_id=int(match.group(2))
        )
    lang = "en" if path.startswith("/en/") else "vi"
    bare = path[3:] if lang == "en" else path
    if bare.startswith("/c/portal/login"):
        return _Route("login", lang)
    if bare.startswith("/tim-kiem"):
        return _Route("search", lang)
    if _IMAGE_RE.search(path) or _DOCUMENT_RE.search(path):
        return _Route("asset", lang)
    return _Route("other", lang)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: crawlers reuse connections
    server_version = "Apache-Coyote/1.1"
    sys_version = ""
    disable_nagle_algorithm = True  # no 40 ms stalls between header and body
    timeout = 30  # idle keep-alive connections
    server: _Server

    def setup(self) -> None:
        super().setup()
        self.server.track(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.untrack(self.connection)

    def do_GET(self) -> None:
        self.server.replica._handle(self, head=False)

    def do_HEAD(self) -> None:
        self.server.replica._handle(self, head=True)

    def _not_allowed(self) -> None:
        self.server.replica._handle(self, head=False, allowed=False)

    do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _not_allowed  # noqa: N815 - http.server's naming

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.replica.verbose:
            sys.stderr.write(f"{self.address_string()} - {format % args}\n")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], replica: LocalServer):
        self.replica = replica
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        super().__init__(address, _Handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind calls socket.getfqdn(), a DNS lookup that can
        # hang on a machine without network.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = str(host), int(port)

    def track(self, conn: socket.socket) -> None:
        with self._connections_lock:
            self._connections.add(conn)

    def untrack(self, conn: socket.socket) -> None:
        with self._connections_lock:
            self._connections.discard(conn)

    def close_connections(self) -> None:
        """Drop keep-alive connections, so a stopped server is really down."""
        with self._connections_lock:
            connections = list(self._connections)
        for conn in connections:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: Any, client_address: Any) -> None:
        exc = sys.exc_info()[1]
        if isinstance(exc, (ConnectionError, TimeoutError, OSError)):
            return  # the client went away; nothing to report
        super().handle_error(request, client_address)


class LocalServer:
    """A server on 127.0.0.1 in a background thread, with a log of the requests
    it answered: the replica and its Wayback emulation. Subclasses answer in
    ``_handle(handler, head, allowed)``."""

    #: Thread name prefix, and what error messages call it.
    name = "server"

    def __init__(self, host: str = "127.0.0.1", port: int = 0, verbose: bool = False) -> None:
        self.host = host
        self.verbose = verbose
        self._port = port
        self._lock = threading.RLock()
        self._stopping = threading.Event()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._base_url: str | None = None
        self._requests: list[RequestRecord] = []

    def _handle(self, handler: _Handler, head: bool, allowed: bool = True) -> None:
        raise NotImplementedError

    @property
    def base_url(self) -> str:
        if self._base_url is None:
            raise RuntimeError(f"the {self.name} has not been started")
        return self._base_url

    @property
    def port(self) -> int:
        return self._port

    @property
    def running(self) -> bool:
        return self._server is not None

    def start(self) -> str:
        """Serve in a background thread; returns the base URL. Restarting after
        ``stop()`` reuses the same port."""
        with self._lock:
            if self._server is not None:
                return self.base_url
            self._stopping.clear()
            server = _Server((self.host, self._port), self)
            self._port = server.server_address[1]
            self._base_url = f"http://{self.host}:{self._port}"
            self._thread = threading.Thread(
                target=server.serve_forever,
                kwargs={"poll_interval": 0.05},
                name=f"{self.name}-{self._port}",
                daemon=True,
            )
            self._server = server
            self._thread.start()
            return self._base_url

    def stop(self) -> None:
        """Stop serving and drop open connections: the site is down."""
        with self._lock:
            server, thread = self._server, self._thread
            self._server = self._thread = None
        if server is None:
            return
        self._stopping.set()  # wakes requests sleeping in a `slow` fault
        server.shutdown()
        server.server_close()
        server.close_connections()
        if thread is not None:
            thread.join(timeout=5)

    def serve_forever(self) -> None:
        """Serve in the calling thread until interrupted (the CLI's mode)."""
        self.start()
        try:
            while self._thread is not None and self._thread.is_alive():
                self._thread.join(0.5)
        finally:
            self.stop()

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def requests(self) -> list[RequestRecord]:
        with self._lock:
            return list(self._requests)

    def reset_log(self) -> None:
        with self._lock:
            self._requests.clear()

    def _log(self, record: RequestRecord) -> None:
        with self._lock:
            self._requests.append(record)


class Replica(LocalServer):
    """An offline replica of the Cầu Giấy portal's "Công tác Đảng" section.

    ``Replica(n_articles=64, seed=...)`` builds the content (deterministic);
    ``start()`` serves it on 127.0.0.1 from a background thread and returns
    the base URL. See the module docstring for the fault switches.
    """

    name = "replica"

    def __init__(
        self,
        n_articles: int = 64,
        seed: int = DEFAULT_SEED,
        host: str = "127.0.0.1",
        port: int = 0,
        verbose: bool = False,
    ):
        self.n_articles = n_articles
        self.seed = seed
        super().__init__(host, port, verbose)
        self._base_articles = build_articles(n_articles, seed)
        self._initial_views = {a.article_id: a.view_count for a in self._base_articles}
        self._page_cache: OrderedDict[tuple[object, ...], bytes] = OrderedDict()
        self._sites: dict[int, Site] = {}
        self._added: list[ReplicaArticle] = []
        self._used_titles: set[str] = set()
        self._views: dict[int, int | None] = {}
        self._reset_state()

    # -- content ----------------------------------------------------------------

    def _reset_state(self) -> None:
        with self._lock:
            self.slow: dict[Any, float] = {}
            self.fail_first: dict[Any, int] = {}
            self.throttle_first: dict[Any, int] = {}
            self.truncate_first: dict[Any, int] = {}
            self.cut_first: dict[Any, int] = {}
            self.not_found: set[int] = set()
            self.gone: set[int] = set()
            self.soft_404: set[int] = set()
            self.redirect_offhost: set[int] = set()
            self.redirect_login: set[int] = set()
            self.pagination_loop = False
            self.grow_views = False
            self.robots_status = 200
            self.robots_body: str | None = None
            #: Seconds sent as Retry-After with fail_first's 503s (None: no header).
            self.fail_retry_after: int | None = None
            self._added = []
            self._used_titles = {a.title for a in self._base_articles} | set(RESERVED_SESSIONS)
            self._views = dict(self._initial_views)

    def reset(self) -> None:
        """Turn every fault off and restore the initial content and view counts.

        The request log is kept; see :meth:`reset_log`.
        """
        self._reset_state()

    def _site(self) -> Site:
        with self._lock:
            count = len(self._added)
            site = self._sites.get(count)
            if site is None:
                site = self._sites[count] = Site(tuple(reversed(self._added)) + self._base_articles)
            return site

    @property
    def articles(self) -> list[ReplicaArticle]:
        """The ground truth, newest first, with current view counts."""
        with self._lock:
            views = dict(self._views)
        return [self._with_views(a, views) for a in self._site().articles]

    @staticmethod
    def _with_views(article: ReplicaArticle, views: dict[int, int | None]) -> ReplicaArticle:
        current = views.get(article.article_id, article.view_count)
        return article if current == article.view_count else replace(article, view_count=current)

    def article(self, article_id: int) -> ReplicaArticle:
        """The truth for one article (current view count); KeyError if unknown."""
        site = self._site()
        with self._lock:
            views = dict(self._views)
        return self._with_views(site.articles[site.index[article_id]], views)

    def view_count(self, article_id: int) -> int | None:
        with self._lock:
            return self._views[article_id]

    @staticmethod
    def view_growth(article_id: int) -> int:
        """How much one fetch adds to an article's view count with ``grow_views``."""
        return 1 + article_id % 7

    def add_articles(self, n: int = 1) -> list[ReplicaArticle]:
        """Publish ``n`` new articles, newer than all others, with the next ids."""
        new = []
        with self._lock:
            for _ in range(n):
                newest = self._added[-1] if self._added else self._base_articles[0]
                article = added_article(self.seed, len(self._added), newest, self._used_titles)
                self._added.append(article)
                self._views[article.article_id] = article.view_count
                new.append(article)
        return new

    @property
    def n_pages(self) -> int:
        return self._site().n_pages

    # -- URLs -------------------------------------------------------------------

    def start_url(self, lang: str = "vi") -> str:
        """Listing page 1 of the section: where a crawl starts."""
        return f"{self.base_url}{'/en' if lang == 'en' else ''}{SECTION_PATH}"

    def listing_url(self, page: int, lang: str = "vi") -> str:
        return self.base_url + listing_path(page, lang)

    def article_url(self, article_id: int, lang: str = "vi") -> str:
        return self.article(article_id).url(self.base_url, lang)

    # -- rendering without HTTP ---------------------------------------------------

    def _host_of(self, base_url: str | None) -> str:
        base = base_url or self._base_url or f"http://{self.host}:{self._port or 80}"
        return base.split("://", 1)[-1].rstrip("/")

    def article_html(self, article_id: int, lang: str = "vi", base_url: str | None = None) -> str:
        """The article page as the server would send it (for parser tests)."""
        return self._site().article_page(
            article_id, lang, self._host_of(base_url), self.view_count(article_id)
        )

    def listing_html(self, page: int = 1, lang: str = "vi", base_url: str | None = None) -> str:
        return self._site().listing_page(page, lang, self._host_of(base_url), self.pagination_loop)

    # -- server -----------------------------------------------------------------

    # -- request log --------------------------------------------------------------

    def article_requests(self) -> list[int]:
        """Ids of the article pages requested, in order (any locale or status)."""
        return [
            r.article_id for r in self.requests if r.kind == "article" and r.article_id is not None
        ]

    def listing_requests(self) -> list[int]:
        """Listing page numbers requested, in order."""
        return [
            r.listing_page
            for r in self.requests
            if r.kind == "listing" and r.listing_page is not None
        ]

    def paths(self) -> list[str]:
        """Every path (with query) requested, in order."""
        return [r.path for r in self.requests]

    # -- request handling -----------------------------------------------------------

    def _take(self, faults: dict[Any, int], keys: Iterable[Any]) -> bool:
        """Consume one of the first-n failures for the first key that has one left."""
        with self._lock:
            for key in keys:
                left = faults.get(key, 0)
                if left > 0:
                    faults[key] = left - 1
                    return True
        return False

    def _handle(self, handler: _Handler, head: bool, allowed: bool = True) -> None:
        arrived = time.time()
        raw = handler.path
        path, _, query = raw.partition("?")
        host = handler.headers.get("Host", "")
        if not _HOST_RE.match(host):
            host = f"{self.host}:{self._port}"
        route = _route(path, query)
        partial: int | None = None
        try:
            if not allowed:
                response = _Response(405, b"", headers=(("Allow", "GET, HEAD"),))
            else:
                keys: list[Any] = []
                if route.kind == "article":
                    keys.append(route.article_id)
                if route.kind == "listing":
                    keys.append(f"listing:{route.listing_page}")
                keys += [raw, path, "*"]
                delay = next((self.slow[k] for k in keys if k in self.slow), 0)
                if delay:
                    self._stopping.wait(delay)
                if self._take(self.throttle_first, keys):
                    response = _Response(
                        429, b"Too Many Requests", "text/plain", (("Retry-After", "1"),)
                    )
                elif self._take(self.fail_first, keys):
                    extra = (
                        (("Retry-After", str(self.fail_retry_after)),)
                        if self.fail_retry_after
                        else ()
                    )
                    response = _Response(503, _error_body(503), headers=extra)
                else:
                    response = self._respond(route, host, raw, query, count_view=not head)
                    if response.status == 200:
                        if self._take(self.truncate_first, keys):
                            partial = max(1, len(response.body) // 2)
                        elif self._take(self.cut_first, keys):
                            text = response.body.decode("utf-8", "replace")
                            response = replace(
                                response, body=text[: int(len(text) * 0.4)].encode("utf-8")
                            )
        except Exception:  # noqa: BLE001 - a bug in the replica: say so, answer 500
            traceback.print_exc()
            response = _Response(500, _error_body(500))
        self._log(
            RequestRecord(
                method=handler.command,
                path=raw,
                status=response.status,
                user_agent=handler.headers.get("User-Agent"),
                time=arrived,
                kind=route.kind,
                article_id=route.article_id,
                lang=route.lang,
                listing_page=route.listing_page,
            )
        )
        handler.log_request(response.status, len(response.body))
        self._send(handler, response, head, partial)

    @staticmethod
    def _send(handler: _Handler, response: _Response, head: bool, partial: int | None) -> None:
        """Write the response; ``partial``: send only that many body bytes (data loss)."""
        status = response.status
        lines = [
            f"HTTP/1.1 {status} {http.HTTPStatus(status).phrase}",
            f"Date: {handler.date_time_string()}",
            "Server: Apache-Coyote/1.1",
        ]
        if response.content_type:
            lines.append(f"Content-Type: {response.content_type}")
        if response.content_type == HTML_TYPE:
            lines.append(
                "Liferay-Portal: Liferay Portal Community Edition "
                "6.2 CE GA6 (Newton / Build 6205 / January 6, 2016)"
            )
        lines += [f"{name}: {value}" for name, value in response.headers]
        lines.append(f"Content-Length: {len(response.body)}")
        if handler.close_connection:
            lines.append("Connection: close")
        data = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        if not head:
            data += response.body if partial is None else response.body[:partial]
        try:
            handler.wfile.write(data)
            handler.wfile.flush()
        except OSError:
            handler.close_connection = True
            return
        if partial is not None:
            # Data loss: the Content-Length promised more than was sent.
            handler.close_connection = True

    def _respond(
        self, route: _Route, host: str, raw: str, query: str, count_view: bool
    ) -> _Response:
        site = self._site()
        lang = route.lang
        kind = route.kind
        if kind == "robots":
            if self.robots_status == 200:
                body = ROBOTS_TXT if self.robots_body is None else self.robots_body
                return _Response(200, body.encode("utf-8"), "text/plain;charset=UTF-8")
            if self.robots_status == 404:
                return self._html(404, ("404", lang, host), lambda: site.not_found_page(lang, host))
            return _Response(self.robots_status, _error_body(self.robots_status))
        if kind == "home":
            return self._html(200, ("home", lang, host), lambda: site.home_page(lang, host))
        if kind == "listing":
            page = route.listing_page or 1
            loop = self.pagination_loop
            return self._html(
                200,
                ("listing", page, lang, host, loop),
                lambda: site.listing_page(page, lang, host, loop),
            )
        if kind in ("article", "old_article"):
            article_id = route.article_id
            if article_id not in site.index:
                return self._html(404, ("404", lang, host), lambda: site.not_found_page(lang, host))
            article = site.articles[site.index[article_id]]
            if kind == "old_article":
                return _Response(
                    301, b"", "", (("Location", f"http://{host}{article.path(lang)}"),)
                )
            return self._article(site, article, lang, host, raw, count_view)
        if kind == "login":
            return self._html(200, ("login", lang, host), lambda: site.login_page(lang, host))
        if kind == "search":
            q = parse_qs(query).get("q", [""])[-1]
            return _Response(200, site.search_page(lang, host, q).encode("utf-8"))
        if kind == "asset":
            return _asset(raw.partition("?")[0])
        return self._html(404, ("404", lang, host), lambda: site.not_found_page(lang, host))

    def _article(
        self, site: Site, article: ReplicaArticle, lang: str, host: str, raw: str, count_view: bool
    ) -> _Response:
        article_id = article.article_id
        if article_id in self.not_found:
            return self._html(404, ("404", lang, host), lambda: site.not_found_page(lang, host))
        if article_id in self.gone:
            return self._html(
                410, ("410", article_id, lang, host), lambda: site.gone_page(article, lang, host)
            )
        if article_id in self.redirect_offhost:
            target = f"https://example.org{article.path(lang)}"
            return _Response(302, b"", "", (("Location", target),))
        if article_id in self.redirect_login:
            target = f"http://{host}/c/portal/login?p_l_id=10183&redirect={quote(raw, safe='')}"
            return _Response(302, b"", "", (("Location", target),))
        if article_id in self.soft_404:
            return self._html(
                200,
                ("soft404", article_id, lang, host),
                lambda: site.soft_404_page(article, lang, host),
            )
        with self._lock:
            views = self._views.get(article_id)
            if self.grow_views and count_view and views is not None:
                views = self._views[article_id] = views + self.view_growth(article_id)
        return self._html(
            200,
            ("article", article_id, lang, host, views),
            lambda: site.article_page(article_id, lang, host, views),
        )

    def _html(self, status: int, key: tuple[object, ...], render: Callable[[], str]) -> _Response:
        # Every page shows the newest articles (ticker, sidebar), so the key
        # carries the content state: the number of articles.
        key = (len(self._site().articles), *key)
        with self._lock:
            body = self._page_cache.get(key)
            if body is not None:
                self._page_cache.move_to_end(key)
        if body is None:
            body = render().encode("utf-8")
            with self._lock:
                self._page_cache[key] = body
                if len(self._page_cache) > PAGE_CACHE_SIZE:
                    self._page_cache.popitem(last=False)
        return _Response(status, body)


def _error_body(status: int) -> bytes:
    phrase = http.HTTPStatus(status).phrase
    return (
        f"<!DOCTYPE html><html><head><title>{status} {phrase}</title></head>"
        f"<body><h1>HTTP Status {status} - "
        f"{phrase}</h1><hr><h3>Apache Tomcat/7.0.62</h3></body></html>"
    ).encode("ascii")


def _asset(path: str) -> _Response:
    match = _IMAGE_RE.search(path)
    if match:
        ext = match.group(1).lower()
        if ext == "gif":
            return _Response(200, TINY_GIF, "image/gif")
        return _Response(200, TINY_PNG, "image/png")
    match = _DOCUMENT_RE.search(path)
    assert match
    content_type, body = _DOCUMENT_BODIES[match.group(1).lower()]
    return _Response(200, body, content_type)
