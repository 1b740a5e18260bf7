"""A scriptable, hostile portal on 127.0.0.1 for the hostile-server suite.

In the spirit of Scrapy's mockserver fault endpoints, but scripted per test:
each path answers a list of ``Reply`` objects in turn (the last one
repeats), and every request is logged with its time and how many requests
were in flight, so tests can assert that requests are bounded and sent one
at a time. Pages are small and built here (``listing_html``,
``article_html``), so the crawls take a fraction of a second.

Standard library only, like the replica: it shares no code with the crawler.
"""

from __future__ import annotations

import http
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

HTML = "text/html; charset=utf-8"
SECTION = "/dang-doan-the"


@dataclass(frozen=True)
class Reply:
    """One answer: status, headers, body, and how to misbehave while sending it."""

    status: int = 200
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = ()
    content_type: str | None = HTML
    #: Seconds to wait before answering.
    delay: float = 0.0
    #: Send only this many bytes of the body, then close (Content-Length says all).
    cut_at: int | None = None
    #: Seconds between chunks of ``drip_chunk`` bytes (a server that drips forever-ish).
    drip: float | None = None
    drip_chunk: int = 16


@dataclass
class Hit:
    path: str
    time: float
    in_flight: int
    headers: dict[str, str] = field(default_factory=dict)


def article_path(article_id: int, slug: str = "hoi-nghi") -> str:
    return f"{SECTION}/-/view_content/{article_id}-{slug}.html"


def listing_html(ids: Iterable[int], next_href: str | None = None, extra: str = "") -> bytes:
    items = "".join(
        f'<li><a href="{article_path(i)}">Tin số {i} về hội nghị Đảng bộ quận</a></li>' for i in ids
    )
    pager = f'<div class="pager"><a href="{next_href}">Trang sau</a></div>' if next_href else ""
    return (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Công tác Đảng</title>'
        f'</head><body><div class="list"><ul>{items}</ul></div>{pager}{extra}</body></html>'
    ).encode()


def article_html(
    article_id: int,
    views: int | str = 171,
    image: str | None = None,
    title: str | None = None,
    tail: str = "",
    charset: str | None = "utf-8",
) -> str:
    """A small article page the parser reads whole."""
    title = title or f"Hội nghị Ban Chấp hành Đảng bộ quận lần thứ {article_id}"
    photo = f'<p><img src="{image}"></p><p><em>Quang cảnh Hội nghị</em></p>' if image else ""
    meta = f'<meta charset="{charset}">' if charset else ""
    return (
        f'<!DOCTYPE html><html lang="vi"><head>{meta}<title>{title}</title></head><body>'
        f'<div class="portlet-body"><h1 class="title">{title}</h1>'
        f'<div class="meta">Ngày đăng: 07/01/2022 15:27 | Lượt xem: {views}</div>'
        '<div class="journal-content-article">'
        "<p>Sáng ngày 07-01, Ban Chấp hành Đảng bộ quận Cầu Giấy đã tổ chức Hội nghị để thảo "
        "luận các nội dung theo chương trình công tác đã đề ra.</p>"
        f"{photo}<p>Quận đã thực hiện 13/13 chỉ tiêu "
        "kinh tế xã hội trong năm, với nhiều kết quả.</p>"
        '<p style="text-align:right"><b>VĂN PHÒNG QUẬN ỦY</b></p></div></div></body></html>'
        f"{tail}"
    )


def page(text: str | bytes, **kwargs: Any) -> Reply:
    body = text.encode("utf-8") if isinstance(text, str) else text
    return Reply(body=body, **kwargs)


class HostileServer:
    """``HostileServer()`` then ``start()``; script it with ``route`` / ``site``."""

    def __init__(self) -> None:
        self.routes: dict[str, list[Reply | Callable[[str], Reply]]] = {}
        self.hits: list[Hit] = []
        self._lock = threading.Lock()
        self._in_flight = 0
        self._served: dict[str, int] = {}
        self._server: ThreadingHTTPServer | None = None
        self._stop = threading.Event()
        self.route(
            "/robots.txt", Reply(body=b"User-agent: *\nAllow: /\n", content_type="text/plain")
        )

    # -- scripting ----------------------------------------------------------

    def route(self, path: str, *replies: Reply | Callable[[str], Reply]) -> None:
        """``path`` (with its query, or without to match any) answers ``replies`` in turn."""
        self.routes[path] = list(replies)
        self._served.pop(path, None)

    def site(self, ids: Sequence[int], per_page: int = 10, **article: Any) -> None:
        """A listing (pages of ``per_page``, ``?cur=N`` pager) and a page for each id."""
        chunks = [list(ids[i : i + per_page]) for i in range(0, len(ids), per_page)] or [[]]
        for n, chunk in enumerate(chunks, start=1):
            next_href = f"{SECTION}?cur={n + 1}" if n < len(chunks) else None
            path = SECTION if n == 1 else f"{SECTION}?cur={n}"
            self.route(path, page(listing_html(chunk, next_href)))
        for article_id in ids:
            self.route(article_path(article_id), page(article_html(article_id, **article)))

    @property
    def base_url(self) -> str:
        assert self._server is not None
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str = SECTION) -> str:
        return self.base_url + path

    def count(self, path: str) -> int:
        """Requests of ``path`` (with or without its query)."""
        return sum(1 for h in self.hits if h.path == path or h.path.split("?")[0] == path)

    @property
    def max_in_flight(self) -> int:
        return max((h.in_flight for h in self.hits if h.path != "/robots.txt"), default=0)

    # -- serving --------------------------------------------------------------

    def start(self) -> HostileServer:
        server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        server.daemon_threads = True
        self._server = server
        threading.Thread(target=server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def _next_reply(self, raw_path: str) -> Reply:
        key = raw_path if raw_path in self.routes else raw_path.split("?")[0]
        replies = self.routes.get(key)
        if not replies:
            return Reply(404, b"<html><body><h1>404</h1></body></html>")
        with self._lock:
            n = self._served.get(key, 0)
            self._served[key] = n + 1
        reply = replies[min(n, len(replies) - 1)]
        return reply(raw_path) if callable(reply) else reply

    def _serve(self, handler: BaseHTTPRequestHandler) -> None:
        with self._lock:
            self._in_flight += 1
            self.hits.append(
                Hit(handler.path, time.monotonic(), self._in_flight, dict(handler.headers.items()))
            )
        try:
            reply = self._next_reply(handler.path)
            if reply.delay:
                self._stop.wait(reply.delay)
            self._send(handler, reply)
        finally:
            with self._lock:
                self._in_flight -= 1

    def _send(self, handler: BaseHTTPRequestHandler, reply: Reply) -> None:
        lines = [f"HTTP/1.1 {reply.status} {http.HTTPStatus(reply.status).phrase}"]
        if reply.content_type:
            lines.append(f"Content-Type: {reply.content_type}")
        lines += [f"{k}: {v}" for k, v in reply.headers]
        if not any(k.lower() == "content-length" for k, _ in reply.headers):
            lines.append(f"Content-Length: {len(reply.body)}")
        lines.append("Connection: close")
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        body = reply.body if reply.cut_at is None else reply.body[: reply.cut_at]
        handler.close_connection = True
        try:
            handler.wfile.write(head)
            if reply.drip is None:
                handler.wfile.write(body)
            else:
                for i in range(0, len(body), reply.drip_chunk):
                    if self._stop.is_set():
                        return
                    handler.wfile.write(body[i : i + reply.drip_chunk])
                    handler.wfile.flush()
                    time.sleep(reply.drip)
            handler.wfile.flush()
        except OSError:
            pass


def _handler(server: HostileServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            server._serve(self)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler
