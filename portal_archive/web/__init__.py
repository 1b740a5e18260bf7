"""The archive in Datasette: its metadata, and a plugin for what metadata cannot say.

``portal-archive serve`` starts Datasette (the optional ``web`` extra) on one
archive with:

- ``metadata(name)``: titles, column descriptions, newest first, facets on
  author, section, Hanoi year and month, canned queries, and the tables a
  researcher does not start from (raw pages, old revisions) hidden from the
  list;
- this module registered as a plugin: the ``articles`` table page shows only
  the light columns unless asked for others (``?_col=``/``?_nocol=``), each
  title links to ``/article/ID``, a page that reads like the article (photos
  and captions, paragraphs, its revisions and its view counts), and two SQL
  functions for the canned search: ``vi_match(q)`` (what ``portal-archive
  search`` sends to MATCH) and ``vi_snippet(q, body, captions, title)`` (its
  snippets, in the stored Vietnamese).

Importing this module needs Datasette; ``portal-archive serve`` imports it
only after checking that Datasette is installed.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

from datasette import hookimpl

from archive import research
from archive.search import parse_query, snippet

TEMPLATES = Path(__file__).parent / "templates"

#: What the articles table shows by default (the others: ?_col=... or ?_nocol=).
LIGHT_COLUMNS = (
    "title",
    "published_date",
    "published_at",
    "view_count",
    "author",
    "section",
    "url",
)

#: Tables hidden from the database page: raw pages (blobs) and old versions,
#: which every article page shows for its article.
HIDDEN_TABLES = ("pages", "article_revisions")

#: Datasette lists column descriptions above the table: only the one that
#: prevents a mistake (the README documents every column).
COLUMN_DESCRIPTIONS = {
    "published_date": "Hanoi day of publication: group and facet on this (or published_month, "
    "published_year), not on date(published_at), which gives UTC days",
}

QUERIES: dict[str, dict[str, Any]] = {
    "search": {
        "title": "Search, with or without diacritics, snippets in the stored text",
        "sql": (
            "select a.article_id, a.title, a.published_date, a.view_count, a.author,\n"
            "  vi_snippet(:q, a.body, a.captions_text, a.title) as snippet\n"
            "from articles as a\n"
            "where a.article_id in (\n"
            "  select rowid from articles_fts where articles_fts match vi_match(:q))\n"
            "order by a.published_at desc limit 200"
        ),
        "description": "Diacritics, case and đ/d do not matter: dang bo cau giay finds "
        'Đảng bộ Cầu Giấy. "Quoted words" stand together; OR and NOT in capitals.',
    },
    "most_viewed": {
        "title": "Most viewed articles",
        "sql": (
            "select article_id, title, published_date, view_count, author\n"
            "from articles where view_count is not null\n"
            "order by view_count desc limit 100"
        ),
    },
    "per_month": {
        "title": "Articles per month (Hanoi calendar)",
        "sql": (
            "select published_month, count(*) as articles, sum(view_count) as views\n"
            "from articles group by published_month order by published_month desc"
        ),
    },
    "changed_articles": {
        "title": "Articles the portal (or a parser fix) changed",
        "sql": (
            "select r.article_id, a.title, count(*) as earlier_versions,\n"
            "  max(r.replaced_at) as last_replaced_at, group_concat(distinct r.reason) as reasons\n"
            "from article_revisions as r join articles as a on a.article_id = r.article_id\n"
            "group by r.article_id order by last_replaced_at desc"
        ),
    },
    "gone_articles": {
        "title": "Articles that answered 404 or 410",
        "sql": (
            "select g.article_id, a.title, g.status, g.seen_at, g.url\n"
            "from gone as g left join articles as a on a.article_id = g.article_id\n"
            "order by g.seen_at desc"
        ),
    },
}


def metadata(database: str) -> dict[str, Any]:
    """Datasette metadata for an archive served under the name ``database``."""
    tables: dict[str, Any] = {
        "articles": {
            "sort_desc": "published_at",
            "facets": ["published_year", "published_month", "author", "section"],
            "label_column": "title",
            "size": 50,
            "columns": COLUMN_DESCRIPTIONS,
        },
        "view_counts": {"sort_desc": "observed_at"},
        "crawl_runs": {"sort_desc": "run_id"},
        **{name: {"hidden": True} for name in HIDDEN_TABLES},
    }
    return {
        "title": "Công tác Đảng archive, Cầu Giấy district portal",
        "description": "News of the district portal's Công tác Đảng section. Search "
        "with or without diacritics; dates are Hanoi days.",
        "databases": {database: {"tables": tables, "queries": QUERIES}},
    }


# -- SQL functions ----------------------------------------------------------

#: A word no article has: an empty or unusable query shows no rows, not an
#: error page (Datasette runs a canned query before anything is typed).
NO_MATCH = '"qzxqzxqzxqzxqzxqzxqzxqzx"'


def vi_match(query: str | None) -> str:
    """The MATCH expression for what a person typed; one that matches nothing if empty."""
    try:
        return parse_query(query or "").match
    except ValueError:
        return NO_MATCH


def vi_snippet(query: str | None, *texts: str | None) -> str | None:
    """The snippet ``portal-archive search`` shows for these texts (None if none)."""
    try:
        return snippet(query or "", *texts)
    except ValueError:
        return None


@hookimpl
def prepare_connection(conn: Any) -> None:
    conn.create_function("vi_match", 1, vi_match, deterministic=True)
    conn.create_function("vi_snippet", -1, vi_snippet, deterministic=True)


# -- the articles table and its cells ----------------------------------------


def _with_light_columns(scope: dict[str, Any]) -> dict[str, Any]:
    path = scope.get("path", "")
    if scope.get("type") != "http" or not path.endswith("/articles") or path.count("/") != 2:
        return scope
    query: bytes = scope.get("query_string", b"")
    names = {name for name, _ in parse_qsl(query.decode("latin-1"), keep_blank_values=True)}
    if names & {"_col", "_nocol"}:
        return scope
    # Appended to the bytes as sent: the rest of the query is not re-encoded.
    light = urlencode([("_col", column) for column in LIGHT_COLUMNS]).encode("ascii")
    return dict(scope, query_string=query + b"&" + light if query else light)


@hookimpl
def asgi_wrapper(datasette: Any) -> Any:
    def wrap(app: Any) -> Any:
        async def light_articles(scope: dict[str, Any], receive: Any, send: Any) -> None:
            await app(_with_light_columns(scope), receive, send)

        return light_articles

    return wrap


_MARK = re.compile(r"\[([^\[\]]*)\]")


@hookimpl
def render_cell(row: Any, value: Any, column: str, table: str | None) -> Any:
    from markupsafe import Markup

    keys = row.keys() if hasattr(row, "keys") else []
    linkable = table in (None, "articles", "article_revisions")
    if column == "title" and "article_id" in keys and isinstance(value, str) and linkable:
        return Markup(f'<a href="/article/{int(row["article_id"])}">{html.escape(value)}</a>')
    if column == "snippet" and isinstance(value, str):
        return Markup(_MARK.sub(r"<mark>\1</mark>", html.escape(value)))
    return None


# -- the article page ---------------------------------------------------------


async def _article_page(datasette: Any, request: Any) -> Any:
    from datasette.utils.asgi import NotFound, Response

    article_id = int(request.url_vars["article_id"])
    db = datasette.get_database()
    page = await db.execute_fn(lambda conn: research.article_page(conn, article_id))
    if page is None:
        raise NotFound(f"No article {article_id} in this archive")
    context = {
        **page,
        "paragraphs": [p for p in page["article"]["body"].split("\n\n") if p.strip()],
        "sparkline": sparkline([v["view_count"] for v in page["views"]]),
        "database": db.name,
    }
    body = await datasette.render_template("article.html", context, request=request)
    return Response.html(body)


def sparkline(counts: list[int], width: int = 240, height: int = 40) -> str:
    """SVG polyline points of the view counts in observation order ('' if fewer than 2)."""
    if len(counts) < 2:
        return ""
    low, high = min(counts), max(counts)
    span = (high - low) or 1
    step = width / (len(counts) - 1)
    return " ".join(
        f"{n * step:.1f},{height - (count - low) / span * height:.1f}"
        for n, count in enumerate(counts)
    )


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    return [(r"^/article/(?P<article_id>[0-9]{1,18})$", _article_page)]
