"""End-to-end crawls of the offline replica, with its faults switched on.

Every crawl runs `portal-archive crawl` in a child process, as cron would
(Twisted's reactor runs once per process), against the replica served by
this test process. What a user checks is checked: the exit status, the one
summary line, what the archive holds, and what the portal was asked for
(the replica's request log).
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from archive import Archive
from replica import Replica

ROOT = Path(__file__).resolve().parent.parent
#: Retries wait 0.05, 0.1, 0.2 s instead of 2, 4, 8 s: same behaviour, faster tests.
FAST_RETRIES = ["-s", "RETRY_BACKOFF_BASE=0.05"]


def crawl_argv(db: Path, start_url: str, *args: str) -> list[str]:
    """The command line of a crawl of ``start_url`` into ``db``, as a user types it."""
    return [
        sys.executable,
        "-m",
        "portal_archive",
        "crawl",
        "--db",
        str(db),
        "--start-url",
        start_url,
        *args,
    ]


def crawl(
    db: Path, replica: Replica, *args: str, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        crawl_argv(db, replica.start_url(), "--delay", "0", *FAST_RETRIES, *args),
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=db.parent,
    )


def start_crawl(db: Path, replica: Replica, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        crawl_argv(db, replica.start_url(), "--delay", "0", *FAST_RETRIES, *args),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=db.parent,
    )


def rows(db: Path, sql: str, *params: object) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def count(db: Path, table: str) -> int:
    return rows(db, f"SELECT count(*) FROM {table}")[0][0]


def wait_for(predicate, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        time.sleep(0.05)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "archive.db"


def listed_ids(replica: Replica) -> list[int]:
    return [a.article_id for a in replica.articles]


# --- a full crawl with faults --------------------------------------------------


def test_full_crawl_stores_every_listed_article_once(fresh_replica: Replica, db: Path) -> None:
    ids = listed_ids(fresh_replica)
    missing, flaky, throttled, truncated, cut, soft = (
        ids[3],
        ids[5],
        ids[8],
        ids[12],
        ids[20],
        ids[30],
    )
    fresh_replica.not_found.add(missing)
    fresh_replica.fail_first[flaky] = 1
    fresh_replica.throttle_first[throttled] = 1
    fresh_replica.truncate_first[truncated] = 1
    fresh_replica.cut_first[cut] = 1
    fresh_replica.soft_404.add(soft)

    result = crawl(db, fresh_replica)

    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(
        "crawl completed (incremental): 62 new, 0 "
        "updated, 0 unchanged, 0 failed, 1 refused, 1 gone;"
    )

    stored = {r[0] for r in rows(db, "SELECT article_id FROM articles")}
    assert stored == set(ids) - {missing, soft}
    assert rows(db, "SELECT article_id, status FROM gone") == [(missing, 404)]
    # the soft 404 is kept as a page for reparse, never as an article
    assert rows(db, "SELECT article_id FROM pages WHERE parse_error IS NOT NULL") == [(soft,)]

    requests = fresh_replica.article_requests()
    # each article asked for once, however many ways it is linked; the
    # faulty ones once more, after their 503, 429, lost or cut-short answer
    expected = dict.fromkeys(ids, 1) | {flaky: 2, throttled: 2, truncated: 2, cut: 2}
    assert {i: requests.count(i) for i in set(requests)} == expected

    # the article that was cut short the first time is stored whole
    article = Archive.open(db).get(cut)
    truth = fresh_replica.article(cut)
    assert article is not None and article.body == truth.expected_body()
    assert article.author == truth.author

    run = rows(
        db,
        "SELECT mode, status, pages_fetched, articles_new, articles_failed,"
        " articles_refused, articles_gone FROM crawl_runs",
    )
    assert run == [("incremental", "completed", 7 + 64 + 4, 62, 0, 1, 1)]


def test_crawl_asks_only_for_listing_and_article_pages_of_the_host(
    fresh_replica: Replica, db: Path
) -> None:
    assert crawl(db, fresh_replica).returncode == 0
    kinds = {r.kind for r in fresh_replica.requests}
    assert kinds == {"robots", "listing", "article"}
    paths = fresh_replica.paths()
    assert not [p for p in paths if p.startswith(("/c/", "/tim-kiem", "/documents/"))]
    assert all(r.user_agent and "portal-archive" in r.user_agent for r in fresh_replica.requests)
    assert paths[0] == "/robots.txt"


def test_retry_after_is_honoured(fresh_replica: Replica, db: Path) -> None:
    throttled = listed_ids(fresh_replica)[0]
    fresh_replica.throttle_first[throttled] = 1  # 429 with Retry-After: 1
    assert crawl(db, fresh_replica).returncode == 0
    times = [r.time for r in fresh_replica.requests if r.article_id == throttled]
    assert len(times) == 2
    assert times[1] - times[0] >= 0.95


def test_a_page_that_keeps_failing_is_counted_and_the_crawl_goes_on(
    fresh_replica: Replica, db: Path
) -> None:
    ids = listed_ids(fresh_replica)
    broken, slow = ids[2], ids[4]
    fresh_replica.fail_first[broken] = 99
    fresh_replica.slow[slow] = 3.0
    result = crawl(
        db, fresh_replica, "-s", "DOWNLOAD_TIMEOUT=1", "--log-file", str(db.parent / "crawl.log")
    )
    assert result.returncode == 0, result.stderr
    assert "62 new" in result.stdout and "2 failed" in result.stdout
    assert count(db, "articles") == 62
    log = (db.parent / "crawl.log").read_text(encoding="utf-8")
    assert f"view_content/{broken}-" in log and "HTTP 503" in log
    assert f"view_content/{slow}-" in log
    note = rows(db, "SELECT note FROM crawl_runs")[0][0]
    assert "503" in note
    assert rows(db, "SELECT status FROM crawl_runs") == [("partial",)]

    # The next night the portal is well again: the failed articles are asked
    # for by id; the listing walk stops at the first page, as nothing new is there.
    fresh_replica.reset()
    rerun_started = time.time()
    result = crawl(db, fresh_replica)
    assert result.returncode == 0
    assert result.stdout.startswith("crawl completed (incremental): 2 new")
    # (the first crawl's timed-out requests to the slow page may still be
    # logged late by the replica: only requests that arrived since count)
    rerun = [r for r in fresh_replica.requests if r.time >= rerun_started]
    assert sorted(r.article_id for r in rerun if r.kind == "article") == sorted([broken, slow])
    assert [r.listing_page for r in rerun if r.kind == "listing"] == [1]
    assert count(db, "articles") == 64
    assert rows(db, "SELECT count(*) FROM retry_queue") == [(0,)]


def test_redirects_off_the_host_or_to_a_login_page_are_refused(
    fresh_replica: Replica, db: Path
) -> None:
    ids = listed_ids(fresh_replica)
    fresh_replica.redirect_offhost.add(ids[1])
    fresh_replica.redirect_login.add(ids[2])
    result = crawl(db, fresh_replica)
    assert result.returncode == 0
    assert "62 new" in result.stdout and "2 failed" in result.stdout
    assert not any(p.startswith("/c/portal/login") for p in fresh_replica.paths())
    note = rows(db, "SELECT note FROM crawl_runs")[0][0]
    assert "another host" in note and "login page" in note


def test_a_pager_that_loops_back_ends_the_walk(fresh_replica: Replica, db: Path) -> None:
    fresh_replica.pagination_loop = True
    result = crawl(db, fresh_replica, "--full")
    assert result.returncode == 0
    assert count(db, "articles") == 64
    assert sorted(fresh_replica.listing_requests()) == list(range(1, fresh_replica.n_pages + 1))


def test_max_articles_caps_a_run_and_the_next_run_fills_the_gap(
    fresh_replica: Replica, db: Path
) -> None:
    # 10 is exactly the first listing page: the next incremental run finds
    # page 1 all archived, and must still go on because this run stopped early
    result = crawl(db, fresh_replica, "--max-articles", "10")
    assert result.returncode == 0
    assert result.stdout.startswith("crawl stopped at --max-articles (incremental): 10 new")
    assert len(fresh_replica.article_requests()) == 10
    # the ten newest: the listing's first page
    assert {r[0] for r in rows(db, "SELECT article_id FROM articles")} == set(
        listed_ids(fresh_replica)[:10]
    )
    assert rows(db, "SELECT status FROM crawl_runs") == [("partial",)]

    fresh_replica.reset_log()
    result = crawl(db, fresh_replica)
    assert result.returncode == 0
    assert "54 new" in result.stdout
    assert count(db, "articles") == 64
    # the walk went on from where the capped one stopped: page 1 once, then on
    assert sorted(fresh_replica.listing_requests()) == list(range(1, fresh_replica.n_pages + 1))


# --- incremental crawls -----------------------------------------------------------


def test_incremental_crawl_with_nothing_new_is_one_listing_request(
    fresh_replica: Replica, db: Path
) -> None:
    missing = listed_ids(fresh_replica)[0]
    fresh_replica.not_found.add(missing)  # remembered: not asked for again
    assert crawl(db, fresh_replica).returncode == 0
    fresh_replica.reset_log()

    result = crawl(db, fresh_replica)

    assert result.returncode == 0
    assert result.stdout.startswith(
        "crawl completed (incremental): 0 new, 0 updated, 0 unchanged, 0 failed;"
    )
    assert [r.kind for r in fresh_replica.requests] == ["robots", "listing"]


def test_incremental_crawl_fetches_exactly_the_new_articles(
    fresh_replica: Replica, db: Path
) -> None:
    assert crawl(db, fresh_replica).returncode == 0
    fresh_replica.reset_log()
    new = fresh_replica.add_articles(3)

    result = crawl(db, fresh_replica)

    assert result.returncode == 0
    assert "3 new" in result.stdout
    assert sorted(fresh_replica.article_requests()) == sorted(a.article_id for a in new)
    # page 1 had new articles, page 2 had none: the walk stops there
    assert fresh_replica.listing_requests() == [1, 2]
    assert count(db, "articles") == 67


def test_refresh_days_and_full_refetch_grow_view_history(fresh_replica: Replica, db: Path) -> None:
    fresh_replica.grow_views = True
    article = listed_ids(fresh_replica)[0]
    assert crawl(db, fresh_replica).returncode == 0
    first = rows(db, "SELECT view_count FROM articles WHERE article_id = ?", article)[0][0]

    # A refresh window so wide it covers every article, whatever today's date is.
    result = crawl(db, fresh_replica, "--refresh-days", "100000")
    assert result.returncode == 0
    assert "0 new" in result.stdout and "64 unchanged" in result.stdout
    result = crawl(db, fresh_replica, "--full")
    assert result.returncode == 0
    assert "64 unchanged" in result.stdout

    assert count(db, "articles") == 64
    assert count(db, "article_revisions") == 0
    history = [
        r[0]
        for r in rows(
            db,
            "SELECT view_count FROM view_counts WHERE article_id = ? ORDER BY observed_at, rowid",
            article,
        )
    ]
    assert len(history) == 3
    assert history[0] == first and history[0] < history[1] < history[2]
    assert (
        rows(db, "SELECT view_count FROM articles WHERE article_id = ?", article)[0][0]
        == history[-1]
    )
    assert [r[0] for r in rows(db, "SELECT mode FROM crawl_runs ORDER BY run_id")] == [
        "incremental",
        "incremental",
        "full",
    ]


def test_full_crawl_asks_again_for_a_gone_article(fresh_replica: Replica, db: Path) -> None:
    missing = listed_ids(fresh_replica)[0]
    fresh_replica.gone.add(missing)
    assert crawl(db, fresh_replica).returncode == 0
    assert rows(db, "SELECT status FROM gone WHERE article_id = ?", missing) == [(410,)]
    fresh_replica.gone.clear()
    fresh_replica.reset_log()
    assert crawl(db, fresh_replica, "--full").returncode == 0
    assert missing in fresh_replica.article_requests()
    assert rows(db, "SELECT count(*) FROM gone") == [(0,)]
    assert count(db, "articles") == 64


# --- cron safety ------------------------------------------------------------------


def test_a_second_crawl_of_the_same_archive_exits_75(fresh_replica: Replica, db: Path) -> None:
    fresh_replica.slow["*"] = 0.05
    first = start_crawl(db, fresh_replica)
    out = err = ""
    try:
        wait_for(lambda: len(fresh_replica.article_requests()) >= 3)
        second = crawl(db, fresh_replica)
        assert second.returncode == 75
        assert second.stdout == ""
        assert len(second.stderr.splitlines()) == 1
        assert "another crawl" in second.stderr
    finally:
        out, err = first.communicate(timeout=120)
    assert first.returncode == 0, err
    assert "64 new" in out


def test_a_crawl_killed_mid_way_leaves_a_whole_archive_and_the_rerun_completes(
    fresh_replica: Replica, db: Path
) -> None:
    fresh_replica.slow["*"] = 0.05
    victim = start_crawl(db, fresh_replica)
    try:
        wait_for(lambda: db.exists() and _safe_count(db) >= 10)
    finally:
        victim.send_signal(signal.SIGKILL)
        victim.communicate(timeout=30)
    assert rows(db, "PRAGMA integrity_check") == [("ok",)]
    stored = count(db, "articles")
    assert 10 <= stored < 64
    # whole articles only: every stored article has its page and its captions
    assert rows(
        db,
        "SELECT count(*) FROM articles a WHERE NOT EXISTS "
        "(SELECT 1 FROM pages p WHERE p.article_id = a.article_id)",
    ) == [(0,)]

    fresh_replica.slow.clear()
    result = crawl(db, fresh_replica)
    assert result.returncode == 0, result.stderr
    assert f"{64 - stored} new" in result.stdout
    assert count(db, "articles") == 64
    assert rows(db, "SELECT count(DISTINCT article_id) FROM articles") == [(64,)]
    assert [r[0] for r in rows(db, "SELECT status FROM crawl_runs ORDER BY run_id")] == [
        "interrupted",
        "completed",
    ]


def _safe_count(db: Path) -> int:
    try:
        return count(db, "articles")
    except sqlite3.Error:
        return 0


def test_unreachable_start_page_exits_1_with_one_line(tmp_path: Path, db: Path) -> None:
    closed = Replica(n_articles=1)
    closed.start()
    closed.stop()  # a port nothing listens on any more
    result = crawl(db, closed)
    assert result.returncode == 1
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert "cannot crawl" in result.stderr and "refused" in result.stderr
    assert rows(db, "SELECT status FROM crawl_runs") == [("failed",)]


def test_robots_txt_that_cannot_be_fetched_means_no_crawl(fresh_replica: Replica, db: Path) -> None:
    fresh_replica.robots_status = 500
    result = crawl(db, fresh_replica)
    assert result.returncode == 1
    assert "robots.txt answered HTTP 500" in result.stderr
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert {r.kind for r in fresh_replica.requests} == {"robots"}


def test_an_archive_that_cannot_be_written_exits_1(fresh_replica: Replica, tmp_path: Path) -> None:
    not_a_db = tmp_path / "notes.txt"
    not_a_db.write_text("my notes, not an archive\n")
    result = crawl(not_a_db, fresh_replica)
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 1
    assert not_a_db.read_text() == "my notes, not an archive\n"
    assert fresh_replica.requests == []


def test_quiet_crawl_prints_nothing_on_success(fresh_replica: Replica, db: Path) -> None:
    result = crawl(db, fresh_replica, "--quiet", "--max-articles", "2")
    assert result.returncode == 0
    assert result.stdout == "" and result.stderr == ""


# --- the same spider through Scrapy -------------------------------------------------


def test_scrapy_crawl_from_the_project_root(fresh_replica: Replica, db: Path) -> None:
    if not (ROOT / "scrapy.cfg").exists():
        pytest.skip("needs the source tree (scrapy.cfg)")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "scrapy",
            "crawl",
            "cong_tac_dang",
            "-a",
            f"start_url={fresh_replica.start_url()}",
            "-s",
            f"ARCHIVE_DB={db}",
            "-s",
            "DOWNLOAD_DELAY=0",
            "-s",
            "LOG_LEVEL=WARNING",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "SCRAPY_SETTINGS_MODULE": "scraper.settings"},
    )
    assert result.returncode == 0, result.stderr
    assert count(db, "articles") == 64
    assert rows(db, "SELECT status FROM crawl_runs") == [("completed",)]
