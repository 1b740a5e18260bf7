"""`portal-archive parse`: one page through the parser, the Article as JSON."""

from __future__ import annotations

import http.client
import json
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import click

from portal_archive.exits import EXIT_NOT_AN_ARTICLE
from portal_archive.options import db_option
from scraper.pages import NotAnArticle, parse_article
from scraper.settings import USER_AGENT

#: `parse URL` gives up after this many seconds in all, however the server drips.
FETCH_TIMEOUT = 60.0
#: ... and after this many bytes (the crawl's DOWNLOAD_MAXSIZE).
FETCH_MAXSIZE = 8 * 1024 * 1024


class NotAnArticleError(click.ClickException):
    exit_code = EXIT_NOT_AN_ARTICLE


@click.command(name="parse")
@click.argument("source", metavar="FILE_OR_URL")
@click.option(
    "--url",
    "page_url",
    metavar="URL",
    help="The URL the saved page came from (gives the article id, the locale and "
    "absolute image URLs). Default: the URL given as FILE_OR_URL, else the page's canonical link.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.1, max=3600),
    default=FETCH_TIMEOUT,
    show_default=True,
    metavar="SECONDS",
    help="Give up fetching a URL after this long in all.",
)
@db_option
def command(source: str, page_url: str | None, timeout: float, db_path: Path) -> None:
    """Run one page through the parser and print the Article as JSON.

    FILE_OR_URL is a saved HTML file, an http(s) URL (fetched once, no
    crawl), or an article id: its latest page stored in the archive (--db).
    A page that is not an article (a listing, an error page) gives a
    one-line reason on stderr and exit status 2.

    \b
    Examples:
        portal-archive parse saved.html --url https://caugiay.hanoi.gov.vn/dang-doan-the/-/view_content/5211375-x.html
        portal-archive parse http://127.0.0.1:8000/dang-doan-the/-/view_content/5402817-x.html
        portal-archive parse 5211375 --db archive.db
    """
    if source.startswith(("http://", "https://")):
        html: bytes | str = _fetch(source, timeout)
        page_url = page_url or source
    elif source.isdigit() and not Path(source).exists():
        html, stored_url = _stored_page(db_path, int(source))
        page_url = page_url or stored_url
    else:
        path = Path(source)
        if not path.is_file():
            raise click.ClickException(f"no such file: {source}")
        html = path.read_bytes()
    try:
        article = parse_article(html, page_url)
    except NotAnArticle as exc:
        raise NotAnArticleError(f"not an article: {exc}") from None
    text = json.dumps(article.to_dict(), ensure_ascii=False, indent=2) + "\n"
    stdout = sys.stdout.buffer  # UTF-8 whatever the locale says
    stdout.write(text.encode("utf-8"))
    stdout.flush()


def _stored_page(db_path: Path, article_id: int) -> tuple[bytes, str]:
    from archive import Archive

    with Archive.open(db_path) as archive:
        stored = archive.latest_page(article_id)
    if stored is None:
        raise click.ClickException(f"no stored page of article {article_id} in {db_path}")
    url, html, _ = stored
    return html, url


def _fetch(url: str, total_timeout: float = FETCH_TIMEOUT) -> bytes | str:
    """The page at ``url``: text when the HTTP header names its charset, else bytes.

    A charset given only in the Content-Type header wins, as in a browser;
    without one the parser reads the page's own ``<meta charset>``.
    """
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    deadline = time.monotonic() + total_timeout
    try:
        with urllib.request.urlopen(request, timeout=min(10.0, total_timeout)) as response:
            chunks: list[bytes] = []
            size = 0
            while True:
                if time.monotonic() > deadline:
                    raise click.ClickException(
                        f"cannot fetch {url}: no whole page after {total_timeout:g} s"
                    )
                chunk = response.read1(65536)
                if not chunk:
                    break
                size += len(chunk)
                if size > FETCH_MAXSIZE:
                    raise click.ClickException(
                        f"cannot fetch {url}: larger than {FETCH_MAXSIZE} bytes"
                    )
                chunks.append(chunk)
            body = b"".join(chunks)
            charset = response.headers.get_content_charset()
    except urllib.error.HTTPError as exc:
        raise click.ClickException(f"{url} answered HTTP {exc.code}") from None
    except (urllib.error.URLError, OSError, ValueError, http.client.HTTPException) as exc:
        reason = getattr(exc, "reason", exc)
        raise click.ClickException(f"cannot fetch {url}: {reason}") from None
    if charset:
        try:
            return body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown header: let the page's own meta decide
    return body
