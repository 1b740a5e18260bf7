"""What a crawl left undone, so the next one asks for exactly that.

- ``retry_queue``: articles whose page failed (timeouts, 5xx, cut short
  without a readable article). The next crawls ask for them by id, with a
  backoff counted in crawl runs: after the n-th failure an article waits
  ``2**(n-1) - 1`` runs. After ``MAX_ATTEMPTS`` failures it is given up:
  reported by ``stats`` and left alone until ``crawl --full``.
- ``listing_gaps``: listing pages a walk did not get past (failed, cut off
  by ``--max-articles``, or pending when the crawl was interrupted). The next
  incremental crawl walks on from there, and only from there.

Functions over a connection inside the caller's transaction; ``Archive``
exposes them as methods.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass

#: Crawls that may fail to fetch an article before it is given up.
MAX_ATTEMPTS = 5


@dataclass(frozen=True, slots=True)
class QueuedArticle:
    """One row of ``retry_queue``."""

    article_id: int
    url: str
    reason: str
    attempts: int
    last_failed_at: str
    next_run_id: int

    @property
    def given_up(self) -> bool:
        return self.attempts >= MAX_ATTEMPTS


def queue_failure(
    conn: sqlite3.Connection,
    article_id: int,
    url: str,
    reason: str,
    at: str,
    run_id: int,
    count: bool = True,
) -> None:
    """Queue (or re-queue) an article that failed in crawl ``run_id``.

    ``count=False``: the article was not reached (the crawl was interrupted):
    queued for the next run without counting an attempt.
    """
    row = conn.execute(
        "SELECT attempts FROM retry_queue WHERE article_id = ?", (article_id,)
    ).fetchone()
    attempts = (row[0] if row else 0) + (1 if count else 0)
    wait = 2 ** (attempts - 1) if attempts else 1  # runs: 1, 2, 4, 8, ...
    conn.execute(
        "INSERT INTO retry_queue (article_id, url, reason, attempts, first_failed_at,"
        " last_failed_at, next_run_id) VALUES (?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (article_id) DO UPDATE SET url = excluded.url, reason = excluded.reason,"
        " attempts = excluded.attempts, last_failed_at = excluded.last_failed_at,"
        " next_run_id = excluded.next_run_id",
        (article_id, url, reason, attempts, at, at, run_id + wait),
    )


def queued(conn: sqlite3.Connection) -> list[QueuedArticle]:
    """Every queued article, oldest failure first."""
    rows = conn.execute(
        "SELECT article_id, url, reason, attempts, last_failed_at, next_run_id"
        " FROM retry_queue ORDER BY first_failed_at, article_id"
    )
    return [QueuedArticle(*row) for row in rows]


def listing_gaps(conn: sqlite3.Connection) -> dict[str, str]:
    """Listing pages the last walk did not get past: {url: reason}."""
    return dict(conn.execute("SELECT url, reason FROM listing_gaps ORDER BY recorded_at, url"))


def set_listing_gaps(conn: sqlite3.Connection, gaps: Mapping[str, str], at: str) -> None:
    """Replace the listing gaps with this walk's."""
    conn.execute("DELETE FROM listing_gaps")
    conn.executemany(
        "INSERT INTO listing_gaps (url, reason, recorded_at) VALUES (?, ?, ?)",
        [(url, reason, at) for url, reason in gaps.items()],
    )


def refused_ids(conn: sqlite3.Connection) -> set[int]:
    """Ids whose latest page (whole) the parser refused: not fetched again until reparse.

    Pages cut short, and ids in the retry queue, are not among them: asking
    again may help those.
    """
    rows = conn.execute(
        "SELECT article_id, parse_error, complete, max(observed_at) FROM pages"
        " WHERE status BETWEEN 200 AND 299 AND source = 'live'"
        " AND article_id NOT IN (SELECT article_id FROM retry_queue) GROUP BY article_id"
    )
    return {article_id for article_id, error, complete, _ in rows if error is not None and complete}
