"""End-to-end backfills from the Wayback emulation, as `portal-archive backfill` runs them.

Each run is a child process (Twisted's reactor runs once per process)
against the replica and its Wayback emulation served by this process. The
CDX rate is raised and the waits shortened through the same options and
settings a user has; the defaults stay at the published limits.
"""

from __future__ import annotations

import itertools
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from replica.wayback import WaybackReplica
from test_crawl import rows

#: ../shared/realpages beside the repository (CI has it); the test skips without it.
REALPAGES = Path(__file__).resolve().parents[2] / "shared" / "realpages"

FAST = [
    "--cdx-per-minute",
    "600",
    "--replay-delay",
    "0",
    "-s",
    "RETRY_BACKOFF_BASE=0.01",
    "-s",
    "WAYBACK_BACKOFF_BASE=0.01",
    "-s",
    "WAYBACK_CDX_ROWS=40",
]


@pytest.fixture
def wb(archive_org: WaybackReplica) -> Iterator[WaybackReplica]:
    archive_org.reset()
    archive_org.reset_log()
    yield archive_org
    archive_org.reset()


def cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """``portal-archive ARGS`` in a child process (Twisted's reactor runs once per process)."""
    return subprocess.run(
        [sys.executable, "-m", "portal_archive", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
    )


def run(command: str, db: Path, wb: WaybackReplica, *args: str) -> subprocess.CompletedProcess[str]:
    extra = ["--wayback-url", wb.base_url, *FAST] if command == "backfill" else ["--delay", "0"]
    return cli(
        command,
        "--db",
        str(db),
        "--start-url",
        wb.replica.start_url(),
        *extra,
        *args,
        cwd=db.parent,
    )


def test_a_backfill_stores_every_distinct_capture_once_with_its_provenance(
    wb: WaybackReplica, tmp_path: Path
) -> None:
    db = tmp_path / "a.db"
    done = run("backfill", db, wb, "--cdx-per-minute", "120")
    assert done.returncode == 0, done.stderr
    line = done.stdout.strip()
    assert line.startswith("crawl completed (backfill): 24 new")
    for fault in (
        "2 redirects skipped",
        "1 revisits skipped",
        "malformed index rows",
        "1 toolbars stripped",
        "1 incomplete",
        "2 403/404 answers",
        "1 redirects",
        "4 refused",
    ):
        assert fault in line, line
    distinct = wb.distinct_article_captures()
    replays = wb.replay_requests()
    # every distinct capture asked once, plus the six fault captures; nothing twice
    assert len(replays) == len({r.path for r in replays}) == len(distinct) + 6
    assert all("id_/" in r.path for r in replays)
    assert (
        rows(db, "SELECT count(*) FROM pages WHERE source = 'wayback' AND parse_error IS NULL")[0][
            0
        ]
        == len(distinct) + 2
    )  # + toolbar, cut short
    (incomplete,) = rows(db, "SELECT article_id FROM pages WHERE complete = 0")
    assert incomplete == (wb.fault_ids["truncated"],)
    # provenance: capture time and replay URL of each page
    for observed, fetched_from, digest in rows(
        db, "SELECT observed_at, url, capture_digest FROM pages"
    ):
        stamp = fetched_from.split("/web/")[1][:14]
        assert observed.startswith(
            f"{stamp[:4]}-{stamp[4:6]}-{stamp[6:8]}T{stamp[8:10]}:{stamp[10:12]}"
        )
        assert digest
    # one article per id, whatever the spelling; the toolbar never in the text
    assert {r[0] for r in rows(db, "SELECT article_id FROM articles")} == {
        a.article_id for a in wb.replica.articles
    }
    assert (
        rows(db, "SELECT count(*) FROM articles WHERE body LIKE '%Wayback%' OR url LIKE '%www.%'")[
            0
        ][0]
        == 0
    )
    # the edited article: its first capture's title is a revision of that time
    ((title, observed),) = rows(
        db, "SELECT title, observed_at FROM article_revisions WHERE article_id = ?", wb.edited_id
    )
    first = min(c.timestamp for c in wb.captures_of(wb.edited_id))
    assert title.endswith("(dự thảo)") and observed.startswith(
        f"{first[:4]}-{first[4:6]}-{first[6:8]}"
    )
    # view counts enter at capture time, in order, growing
    article = next(
        a for a in wb.replica.articles if a.view_count and a.article_id not in wb.fault_ids.values()
    )
    series = rows(
        db,
        "SELECT view_count FROM view_counts WHERE article_id = ? ORDER BY observed_at",
        article.article_id,
    )
    assert [v for (v,) in series] == sorted(v for (v,) in series) and len(series) >= 3
    # CDX paced at the asked rate (120 a minute: 0.5 s apart; arrival times jitter by a connect)
    times = [r.time for r in wb.cdx_requests()]
    assert len(times) >= 3 and all(b - a >= 0.4 for a, b in itertools.pairwise(times))

    # A second backfill asks only for newer captures and fetches nothing.
    wb.reset_log()
    again = run("backfill", db, wb)
    assert again.returncode == 0, again.stderr
    assert "0 new, 0 updated, 0 unchanged" in again.stdout
    assert wb.replay_requests() == []
    assert all("from" in parse_qs(urlsplit(r.path).query) for r in wb.cdx_requests())
    # --full lists everything again, and still fetches nothing stored
    wb.reset_log()
    full = run("backfill", db, wb, "--full")
    assert full.returncode == 0 and "0 new, 0 updated, 0 unchanged" in full.stdout
    assert wb.replay_requests() == [] and wb.cdx_requests()
    assert not any("from" in parse_qs(urlsplit(r.path).query) for r in wb.cdx_requests())
    # the archive is told who asks, on every request
    assert {r.user_agent.split("/")[0] for r in wb.requests if r.user_agent} == {"portal-archive"}
    assert all(r.user_agent for r in wb.requests)


def test_a_listing_with_no_rows_is_a_completed_empty_run(
    wb: WaybackReplica, tmp_path: Path
) -> None:
    done = run("backfill", tmp_path / "a.db", wb, "--since", "2099")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(
        "crawl completed (backfill): 0 new, 0 updated, 0 unchanged, 0 failed"
    )
    assert len(wb.cdx_requests()) == 2 and wb.replay_requests() == []  # one query a locale


def test_live_after_backfill_is_backfill_after_live(wb: WaybackReplica, tmp_path: Path) -> None:
    first, second = tmp_path / "backfill-first.db", tmp_path / "live-first.db"
    for db, order in ((first, ("backfill", "crawl")), (second, ("crawl", "backfill"))):
        for command in order:
            done = run(command, db, wb)
            assert done.returncode == 0, done.stderr
    live = "(SELECT min(observed_at) FROM pages WHERE source = 'live')"
    queries = (
        "SELECT article_id, url, lang, title, body, author, "
        "view_count, content_hash FROM articles ORDER BY 1",
        "SELECT article_id, title, content_hash, observed_at FROM article_revisions ORDER BY 1, 4",
        "SELECT article_id, observed_at, view_count FROM "
        f"view_counts WHERE observed_at < {live} ORDER BY 1, 2",
        "SELECT count(*) FROM view_counts",
        "SELECT article_id FROM gone ORDER BY 1",
    )
    for sql in queries:
        assert rows(first, sql) == rows(second, sql), sql
    assert rows(first, "SELECT article_id FROM gone") == [(wb.vanished_id,)]
    # each article's fields name their page: the live one, or a capture for the vanished article
    sources = (
        "SELECT a.article_id, p.source FROM articles a JOIN pages p USING (page_id) ORDER BY 1"
    )
    assert rows(first, sources) == rows(second, sources)
    assert {aid for aid, source in rows(first, sources) if source == "wayback"} == {wb.vanished_id}
    assert rows(first, "SELECT count(*) FROM articles WHERE article_id = ?", wb.vanished_id) == [
        (1,)
    ]


def test_the_archive_refusing_is_honoured_then_a_polite_stop(
    wb: WaybackReplica, tmp_path: Path
) -> None:
    wb.retry_after = 1
    wb.cdx_throttle_first = 1
    wb.replay_throttle_first["*"] = 1
    done = run("backfill", tmp_path / "a.db", wb)
    assert done.returncode == 0, done.stderr
    assert (
        "crawl completed (backfill)" in done.stdout
        and "2 refused by the archive (429)" in done.stdout
    )
    # Retry-After: 1 is waited out before that kind of request goes again
    # (the backoff alone is 0.01 s)
    for kind in ("cdx", "replay"):
        log = [r for r in wb.requests if r.kind == kind]
        refused = next(i for i, r in enumerate(log) if r.status == 429)
        assert log[refused + 1].time - log[refused].time >= 0.95

    wb.reset()
    wb.reset_log()
    wb.retry_after = 0
    wb.cdx_throttle_first = 100
    stopped = run("backfill", tmp_path / "b.db", wb, "-s", "WAYBACK_MAX_REFUSALS=3")
    assert stopped.returncode == 0, stopped.stderr
    assert "crawl paused (backfill)" in stopped.stdout
    assert len(wb.cdx_requests()) == 4  # 3 refusals waited out, the 4th ends the run
    assert wb.replay_requests() == []


def test_a_resume_key_that_fails_half_way_leaves_a_partial_run(
    wb: WaybackReplica, tmp_path: Path
) -> None:
    db = tmp_path / "a.db"
    wb.cdx_fail_resume = 100
    wb.replay_fail_first["*"] = 1  # and one 503 on replay: retried
    done = run("backfill", db, wb, "-s", "RETRY_TIMES=1")
    assert done.returncode == 0, done.stderr
    assert "crawl completed with gaps (backfill)" in done.stdout and "1 failed" in done.stdout
    assert rows(db, "SELECT status FROM crawl_runs") == [("partial",)]
    assert "the listing stopped half way" in rows(db, "SELECT note FROM crawl_runs")[0][0]
    assert rows(db, "SELECT count(*) FROM articles")[0][0] > 0  # what was listed is stored


def test_an_unreachable_archive_is_exit_1(wb: WaybackReplica, tmp_path: Path) -> None:
    done = cli(
        "backfill",
        "--db",
        str(tmp_path / "a.db"),
        "--wayback-url",
        "http://127.0.0.1:9",
        "--start-url",
        wb.replica.start_url(),
        *FAST,
        "-s",
        "RETRY_TIMES=0",
    )
    assert done.returncode == 1
    assert done.stderr.strip().count("\n") == 0 and "cannot backfill" in done.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--since", "last week"], "expected YYYY"),
        (["--since", "2024", "--until", "2020"], "after --until"),
        (["--cdx-per-minute", "100"], "only for a local archive"),
        (
            ["--replay-delay", "0.1", "--wayback-url", "https://web.archive.org"],
            "only for a local archive",
        ),
        (["--wayback-url", "archive.org"], "not an http(s) URL"),
    ],
)
def test_bad_options_are_one_line(args: list[str], message: str, tmp_path: Path) -> None:
    done = cli("backfill", "--db", str(tmp_path / "a.db"), *args)
    assert done.returncode == 2 and message in done.stderr and "Traceback" not in done.stderr


def test_captures_of_the_real_pages_read_as_the_parser_reads_the_files(
    archive_org: WaybackReplica, tmp_path: Path
) -> None:
    from scraper.pages import ArticlePage, NotAnArticle
    from scraper.webarchive.captures import portal_url

    if not (REALPAGES / "index.tsv").is_file():
        pytest.skip(f"no real pages at {REALPAGES}")
    emulation = WaybackReplica(archive_org.replica, realpages=REALPAGES)
    emulation.start()
    try:
        section = "https://sotttt.hanoi.gov.vn/vi/ke-hoach-tai-chinh"
        db = tmp_path / "real.db"
        done = cli(
            "backfill",
            "--db",
            str(db),
            "--start-url",
            section,
            "--wayback-url",
            emulation.base_url,
            *FAST,
        )
    finally:
        emulation.stop()
    assert done.returncode == 0, done.stderr
    real = [c for c in emulation.captures if "sotttt" in c.original]
    assert len(real) >= 40  # the section's 47 article pages
    expected = {}
    for capture in real:
        try:
            article = ArticlePage(
                capture.body, portal_url(capture.original, section) or ""
            ).to_article()
        except NotAnArticle:
            continue
        expected[article.article_id] = (article.title, article.body, article.view_count)
    stored = {
        r[0]: tuple(r[1:])
        for r in rows(db, "SELECT article_id, title, body, view_count FROM articles")
    }
    assert stored == expected
    assert f"{len(expected)} new" in done.stdout


def test_common_crawl_is_a_second_source_through_the_same_path(
    wb: WaybackReplica, tmp_path: Path
) -> None:
    from replica.commoncrawl import CommonCrawlReplica

    cc = CommonCrawlReplica(wb)
    cc.start()
    try:
        cc.data_fail_first = 1  # one "slow down": retried
        db = tmp_path / "a.db"
        done = cli(
            "backfill",
            "--db",
            str(db),
            "--start-url",
            wb.replica.start_url(),
            "--commoncrawl-url",
            cc.base_url,
            "--commoncrawl-data-url",
            cc.base_url,
            *FAST,
        )
        assert done.returncode == 0, done.stderr
        assert "crawl completed (backfill from commoncrawl)" in done.stdout
        # one range read per distinct content (the 503 retried), never a whole file
        digests = {row["digest"] for crawl in cc.rows.values() for row in crawl}
        assert [r.status for r in cc.data_requests()].count(206) == len(digests)
        assert [r.status for r in cc.data_requests()].count(503) == 1
        assert all(r.status in (206, 503) for r in cc.data_requests())
        assert (
            rows(
                db,
                "SELECT count(*) FROM pages WHERE source = 'commoncrawl' AND parse_error IS NULL",
            )[0][0]
            > 0
        )
        assert rows(
            db,
            "SELECT count(*) FROM pages WHERE url NOT LIKE '%#bytes=%' AND source = 'commoncrawl'",
        ) == [(0,)]
        assert {r[0] for r in rows(db, "SELECT article_id FROM articles")} == {
            a.article_id for a in wb.replica.articles
        }

        # The Wayback Machine after Common Crawl: the same content is not fetched twice.
        wb.reset_log()
        after = run("backfill", db, wb)
        assert after.returncode == 0, after.stderr
        fetched = {r.path.split("id_/")[0].rsplit("/", 1)[-1] for r in wb.replay_requests()}
        stored_stamps = {
            s
            for (s,) in rows(
                db,
                "SELECT strftime('%Y%m%d%H%M%S', observed_at) FROM pages"
                " WHERE source = 'commoncrawl'",
            )
        }
        assert not fetched & stored_stamps
    finally:
        cc.stop()


def test_a_backfill_waits_for_no_one_while_a_crawl_holds_the_archive(
    wb: WaybackReplica, tmp_path: Path
) -> None:
    from archive import crawl_lock

    db = tmp_path / "a.db"
    with crawl_lock(db):
        done = run("backfill", db, wb)
    assert done.returncode == 75 and "another crawl" in done.stderr
    assert wb.requests == []  # the archive was not asked anything
