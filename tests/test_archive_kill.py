"""Kill safety: SIGKILL a writer at any moment, the archive holds whole articles.

And the crawl lock: one holder at a time, freed by the kernel when the holder dies.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from archive import Archive, ArchiveLocked, crawl_lock

STORE_FOREVER = textwrap.dedent(
    """
    import dataclasses, sys
    from archive import Archive
    from archive_helpers import fetched, make_article, page_for

    with Archive.open(sys.argv[1], create=True) as archive:
        n = 0
        while True:
            n += 1
            article = make_article(n, view_count=n)
            archive.store(article, page_for(article) * 20, fetched(n), article.url)
            if n % 7 == 0:  # some refetches with changes: revisions too
                changed = dataclasses.replace(article, body=article.body + " Cập nhật.")
                archive.store(changed, page_for(changed), fetched(n + 1), article.url)
            print(n, flush=True)
    """
)

HOLD_LOCK = textwrap.dedent(
    """
    import sys, time
    from archive import crawl_lock

    with crawl_lock(sys.argv[1]):
        print("held", flush=True)
        time.sleep(60)
    """
)


def _child(script: str, *args: str) -> subprocess.Popen[str]:
    tests = Path(__file__).resolve().parent
    # tests/ on the child's path too, for archive_helpers (pytest puts it on ours).
    path = os.pathsep.join(filter(None, [str(tests), os.environ.get("PYTHONPATH")]))
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE,
        text=True,
        cwd=tests.parent,
        env={**os.environ, "PYTHONPATH": path},
    )


def _kill(child: subprocess.Popen[str]) -> None:
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=10)
    assert child.stdout is not None
    child.stdout.close()


@pytest.mark.parametrize("stores_before_kill", [5, 40, 113])
def test_sigkill_mid_store_leaves_whole_articles(tmp_path: Path, stores_before_kill: int) -> None:
    db = tmp_path / "archive.db"
    child = _child(STORE_FOREVER, str(db))
    assert child.stdout is not None
    for _ in range(stores_before_kill):
        assert child.stdout.readline(), "the writer died on its own"
    # Let it run on for a moment that is not aligned with a store.
    time.sleep(0.0037 * (stores_before_kill % 5))
    _kill(child)

    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
    ids = [row[0] for row in conn.execute("SELECT article_id FROM articles ORDER BY 1")]
    assert len(ids) >= stores_before_kill
    assert ids == list(range(1, len(ids) + 1))  # no article skipped or half-stored
    for table, per_article in [("captions", 2), ("view_counts", None), ("pages", None)]:
        missing = conn.execute(
            "SELECT article_id FROM articles WHERE article_id "
            f"NOT IN (SELECT article_id FROM {table})"
        ).fetchall()
        assert missing == [], table
        if per_article:
            counts = {
                c for (c,) in conn.execute(f"SELECT count(*) FROM {table} GROUP BY article_id")
            }
            assert counts == {per_article}
    # Nothing of an article without its row.
    for table in ("captions", "view_counts", "pages", "article_revisions"):
        orphans = conn.execute(
            f"SELECT count(*) FROM {table} WHERE article_id "
            "NOT IN (SELECT article_id FROM articles)"
        ).fetchone()[0]
        assert orphans == 0, table
    indexed = conn.execute("SELECT count(*) FROM articles_fts_docsize").fetchone()[0]
    assert indexed == len(ids)
    # Every changed article has its revision; every view count matches its row.
    changed = [n for n in ids if n % 7 == 0]
    revised = [r for (r,) in conn.execute("SELECT article_id FROM article_revisions ORDER BY 1")]
    assert revised == changed[: len(revised)] and len(changed) - len(revised) <= 1
    conn.close()

    # And the file opens and takes more articles.
    with Archive.open(db) as archive:
        assert archive.search("dang bo cau giay", limit=1)
        assert archive.store(*_next_article(len(ids) + 1)) == "new"


def _next_article(article_id: int) -> tuple:
    from archive_helpers import fetched, make_article, page_for

    article = make_article(article_id)
    return article, page_for(article), fetched(), article.url


def test_a_second_process_cannot_take_the_lock_until_the_holder_dies(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    holder = _child(HOLD_LOCK, str(db))
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "held"
    with (
        pytest.raises(ArchiveLocked, match=rf"another crawl of .* is running \(pid {holder.pid}\)"),
        crawl_lock(db),
    ):
        pass
    _kill(holder)
    with crawl_lock(db) as lock_file:
        assert lock_file == tmp_path / "archive.db.lock"
        assert lock_file.read_text().strip() == str(os.getpid())


def test_the_lock_is_free_after_the_with_block(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    with crawl_lock(db):
        pass
    with crawl_lock(db):
        pass
    with pytest.raises(RuntimeError), crawl_lock(db):
        raise RuntimeError("crawl failed")
    with crawl_lock(db):
        pass


def test_readers_can_read_while_a_writer_holds_a_transaction(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    with Archive.open(db, create=True) as writer:
        writer.store(*_next_article(1))
        writer.connection.execute("BEGIN IMMEDIATE")
        writer.connection.execute("UPDATE articles SET view_count = 999")
        with Archive.open(db) as reader:  # WAL: not blocked, sees the last commit
            assert reader.get(1).view_count == 171
            assert reader.search("cau giay")
        writer.connection.execute("COMMIT")
