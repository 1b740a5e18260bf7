"""`portal-archive parse`: one page through the parser, the Article as JSON."""

from __future__ import annotations

import json
import sys
import urllib.error
import urllib.request
from pathlib import Path

import click

from portal_archive.cli import db_option
from scraper.pages import NotAnArticle, parse_article
from scraper.settings import USER_AGENT

#: Exit status for a page that is not an article.
NOT_AN_ARTICLE = 2


class NotAnArticleError(click.ClickException):
    exit_code = NOT_AN_ARTICLE


@click.command(name="parse")
@click.argument("source", metavar="FILE_OR_URL")
@click.option(
    "--url",
    "page_url",
    metavar="URL",
    help="The URL the saved page came from (gives the article id, the locale and "
    "absolute image URLs). Default: the URL given as FILE_OR_URL, else the page's canonical link.",
)
@db_option
def command(source: str, page_url: str | None, db_path: Path) -> None:
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
        html = _fetch(source)
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


def _fetch(url: str) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - http(s) only
            return response.read()
    except urllib.error.HTTPError as exc:
        raise click.ClickException(f"{url} answered HTTP {exc.code}") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise click.ClickException(f"cannot fetch {url}: {reason}") from None
