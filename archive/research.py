"""What the research commands ask: counts per period or author, one article's
history. Plain SQL over the archive's tables; the CLI only formats it.

Months and years are Hanoi calendar ones (``published_month``,
``published_year``: see ``archive.schema``), never SQLite's ``date()`` of
``published_at``, which would move early-morning articles to the day before.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass
from typing import Any

from archive.errors import ArchiveError

#: ``counts --by`` choices and the column each groups on.
GROUPINGS = {
    "month": "published_month",
    "year": "published_year",
    "author": "author",
    "section": "section",
}


def counts(conn: sqlite3.Connection, by: str) -> list[dict[str, Any]]:
    """Articles and views per month/year (in time order) or author/section (most first).

    Each row: ``{by: value, "articles": n, "views": sum of latest view counts,
    "first_published": ..., "last_published": ...}``; articles without an
    author or section count under None.
    """
    if by not in GROUPINGS:
        raise ArchiveError(f"cannot count by {by!r}; choose from: {', '.join(GROUPINGS)}")
    column = GROUPINGS[by]
    order = column if by in ("month", "year") else f"articles DESC, {column} IS NULL, {column}"
    sql = (
        f"SELECT {column} AS key, count(*) AS articles, sum(view_count) AS views,"
        f" min(published_date), max(published_date)"
        f" FROM articles GROUP BY {column} ORDER BY {order}"
    )
    return [
        {by: key, "articles": n, "views": views, "first_published": first, "last_published": last}
        for key, n, views, first, last in conn.execute(sql)
    ]


@dataclass(frozen=True, slots=True)
class Version:
    """One version of an article: an old one from ``article_revisions``, or the current."""

    replaced_at: str | None  # None for the current version
    reason: str | None  # refetch or reparse; None for the current version
    title: str
    published_at: str
    author: str | None
    body: str
    captions: tuple[dict[str, Any], ...]


@dataclass(frozen=True, slots=True)
class History:
    """An article's versions, oldest first (the current one last), and its view counts."""

    versions: tuple[Version, ...]
    #: (observed_at UTC, view_count), oldest first.
    views: tuple[tuple[str, int], ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "versions": [asdict(v) for v in self.versions],
            "views": [{"observed_at": at, "view_count": n} for at, n in self.views],
        }


def history(conn: sqlite3.Connection, article_id: int) -> History | None:
    """Every version of the article and its view counts over time; None if unknown."""
    current = conn.execute(
        "SELECT title, published_at, author, body,"
        " (SELECT json_group_array(json_object('image_url', image_url, 'text', text))"
        "  FROM (SELECT image_url, text FROM captions WHERE article_id = :id ORDER BY position))"
        " FROM articles WHERE article_id = :id",
        {"id": article_id},
    ).fetchone()
    if current is None:
        return None
    versions = [
        Version(replaced_at, reason, title, published, author, body, tuple(json.loads(captions)))
        for replaced_at, reason, title, published, author, body, captions in conn.execute(
            "SELECT replaced_at, reason, title, published_at, author, body, captions"
            " FROM article_revisions WHERE article_id = ? ORDER BY replaced_at, revision_id",
            (article_id,),
        )
    ]
    title, published, author, body, captions = current
    versions.append(
        Version(None, None, title, published, author, body, tuple(json.loads(captions)))
    )
    views = tuple(
        conn.execute(
            "SELECT observed_at, view_count FROM view_counts WHERE article_id = ?"
            " ORDER BY observed_at",
            (article_id,),
        ).fetchall()
    )
    return History(tuple(versions), views)


def _records(cursor: sqlite3.Cursor) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def article_page(conn: sqlite3.Connection, article_id: int) -> dict[str, Any] | None:
    """What the article page of ``serve`` shows: the article's light columns and
    body, its captions, its earlier versions (the first 300 characters of each)
    and its view counts, oldest first; None if unknown."""
    found = _records(
        conn.execute(
            "SELECT article_id, url, section, title, published_at, published_date, view_count,"
            " author, body FROM articles WHERE article_id = ?",
            (article_id,),
        )
    )
    if not found:
        return None
    return {
        "article": found[0],
        "captions": _records(
            conn.execute(
                "SELECT position, image_url, text FROM captions WHERE article_id = ?"
                " ORDER BY position",
                (article_id,),
            )
        ),
        "revisions": _records(
            conn.execute(
                "SELECT replaced_at, reason, title, substr(body, 1, 300) AS start"
                " FROM article_revisions WHERE article_id = ? ORDER BY replaced_at",
                (article_id,),
            )
        ),
        "views": _records(
            conn.execute(
                "SELECT observed_at, view_count FROM view_counts WHERE article_id = ?"
                " ORDER BY observed_at",
                (article_id,),
            )
        ),
    }
