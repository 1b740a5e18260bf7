"""The hostile-server suite: a portal that misbehaves, and an operator who mistypes.

Every case asserts what a user would check: the exit status, the outcome
counts (summary line and ``crawl_runs``), what the archive holds, which raw
bytes are kept, and that the requests are bounded. Crawls run as child
processes (as cron runs them) against ``tests.hostile.HostileServer``;
commands that need no crawl run in-process through the CLI.
"""

from __future__ import annotations

import gzip
import os
import signal
import subprocess
import sys
import time
import unicodedata
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from archive import Archive
from archive.gaps import MAX_ATTEMPTS
from archive_helpers import fetched, make_article, page_for
from hostile import (
    SECTION,
    HostileServer,
    Reply,
    article_html,
    article_path,
    listing_html,
    page,
)
from portal_archive.cli import main
from test_crawl import crawl_argv, rows

FAST = ["--delay", "0", "-s", "RETRY_BACKOFF_BASE=0.01"]
#: RETRY_TIMES in scraper/settings.py: a page is asked at most this many times + 1.
TRIES = 4


@pytest.fixture
def server() -> Iterator[HostileServer]:
    hostile = HostileServer().start()
    try:
        yield hostile
    finally:
        hostile.stop()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "archive.db"


def crawl(
    db: Path,
    server: HostileServer,
    *args: str,
    start: str = SECTION,
    timeout: float = 60,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        crawl_argv(db, server.url(start), *FAST, *args),
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=db.parent,
        env=env,
    )


def stored_ids(db: Path) -> set[int]:
    return {r[0] for r in rows(db, "SELECT article_id FROM articles")}


def last_run(db: Path) -> tuple:
    return rows(
        db,
        "SELECT status, articles_new, articles_updated, articles_unchanged, articles_failed,"
        " articles_refused, articles_gone FROM crawl_runs ORDER BY run_id DESC LIMIT 1",
    )[0]


@pytest.fixture
def run_cli(capsysbinary: pytest.CaptureFixture[bytes]):
    """The console script's entry point in this process: (exit status, stdout, stderr)."""

    def run(*args: str) -> tuple[int, str, str]:
        try:
            main(list(args))
            code = 0
        except SystemExit as exc:
            code = int(exc.code or 0)
        out, err = capsysbinary.readouterr()
        return code, out.decode("utf-8"), err.decode("utf-8")

    return run


def ctrl_c_while_fetching(db: Path, server: HostileServer, slow_path: str) -> tuple[int, str]:
    """Start a crawl, press Ctrl-C while ``slow_path`` is being answered; (exit status, stderr)."""
    server.route(slow_path, page(article_html(2), delay=3))
    process = subprocess.Popen(
        crawl_argv(db, server.url(), *FAST, "-s", "DOWNLOAD_TIMEOUT=2"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=db.parent,
    )
    deadline = time.monotonic() + 20
    while server.count(slow_path) == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.3)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=30)
    return process.returncode, err


def no_traceback(result: subprocess.CompletedProcess[str]) -> bool:
    return "Traceback" not in result.stderr and "Traceback" not in result.stdout


# --- lost with no failure recorded ----------------------------------------------


def test_a_view_count_beyond_int64_fails_that_article_only(server: HostileServer, db: Path) -> None:
    server.site([1, 2, 3])
    server.route(article_path(2), page(article_html(2, views="99.999.999.999.999.999.999")))
    result = crawl(db, server, "--quiet")
    assert result.returncode == 0, result.stderr
    # --quiet, but a page failed: the one summary line
    assert result.stdout.startswith(
        "crawl completed with gaps (incremental): 2 new, 0 updated, 0 unchanged, 1 failed;"
    )
    assert result.stdout.count("\n") == 1
    assert stored_ids(db) == {1, 3}
    assert last_run(db) == ("partial", 2, 0, 0, 1, 0, 0)
    # the page is kept, with why, for a reparse after a fix
    (error,) = rows(db, "SELECT parse_error FROM pages WHERE article_id = 2")[0]
    assert error.startswith("cannot store: OverflowError")
    assert server.count(article_path(2)) == 1


@pytest.mark.parametrize("loop", ["two", "self"])
def test_a_redirect_loop_is_a_counted_failure(server: HostileServer, db: Path, loop: str) -> None:
    server.site([1, 2])
    a, b = article_path(2), article_path(2, "khac")
    server.route(
        a, Reply(302, headers=(("Location", b if loop == "two" else a),), content_type=None)
    )
    server.route(b, Reply(302, headers=(("Location", a),), content_type=None))
    result = crawl(db, server)
    assert result.returncode == 0, result.stderr
    assert "1 new" in result.stdout and "1 failed" in result.stdout
    assert last_run(db)[4] == 1
    assert rows(db, "SELECT article_id, attempts FROM retry_queue") == [(2, 1)]
    assert server.count(a) + server.count(b) <= 6  # REDIRECT_MAX_TIMES + 1


def test_an_offset_pager_is_followed(server: HostileServer, db: Path) -> None:
    server.route(SECTION, page(listing_html([1, 2], f"{SECTION}?start=2")))
    server.route(f"{SECTION}?start=2", page(listing_html([3, 4], f"{SECTION}?start=4")))
    server.route(f"{SECTION}?start=4", page(listing_html([5])))
    for i in range(1, 6):
        server.route(article_path(i), page(article_html(i)))
    result = crawl(db, server)
    assert result.returncode == 0, result.stderr
    assert stored_ids(db) == {1, 2, 3, 4, 5}
    assert server.count(SECTION) == 3


def test_a_start_page_that_answers_404_is_exit_1_and_nothing_is_stored(
    server: HostileServer, db: Path
) -> None:
    # an error page whose sidebar links articles
    server.route(SECTION, Reply(404, listing_html([1, 2])))
    server.route(article_path(1), page(article_html(1)))
    result = crawl(db, server)
    assert result.returncode == 1
    assert (
        result.stderr.startswith("portal-archive: error: cannot crawl: start page")
        and "HTTP 404" in result.stderr
    )
    assert server.count(article_path(1)) == 0
    assert rows(db, "SELECT count(*) FROM articles") == [(0,)]
    assert last_run(db)[0] == "failed"


def test_a_crawl_where_every_article_is_refused_exits_1_even_quiet(
    server: HostileServer, db: Path
) -> None:
    server.site([1, 2])
    for i in (1, 2):  # a theme the parser does not know: no title, no date
        server.route(
            article_path(i), page(f"<html><body><div>Bài {i}: nội dung lạ</div></body></html>")
        )
    result = crawl(db, server, "--quiet")
    assert result.returncode == 1
    assert "no article could be archived: 2 refused" in result.stderr
    assert result.stderr.count("\n") == 1
    assert rows(db, "SELECT count(*) FROM pages WHERE parse_error IS NOT NULL") == [(2,)]
    assert last_run(db)[0] == "failed"


# --- always lost ------------------------------------------------------------------


def test_a_page_always_cut_short_but_readable_is_stored_incomplete(
    server: HostileServer, db: Path
) -> None:
    server.site([1, 2])
    html = article_html(2).encode("utf-8")
    cut = html[: html.index(b"</html>")]  # everything but the close tag
    server.route(article_path(2), page(cut))
    result = crawl(db, server)
    assert result.returncode == 0, result.stderr
    assert "2 new" in result.stdout and "1 incomplete" in result.stdout
    assert rows(db, "SELECT article_id, incomplete FROM articles ORDER BY 1") == [(1, 0), (2, 1)]
    assert rows(db, "SELECT complete FROM pages WHERE article_id = 2") == [(0,)]
    assert server.count(article_path(2)) == TRIES


def test_a_page_always_cut_mid_body_keeps_its_bytes_and_is_queued(
    server: HostileServer, db: Path
) -> None:
    server.site([1, 2])
    html = article_html(2).encode("utf-8")
    server.route(article_path(2), page(html, cut_at=150))  # Content-Length promises more
    result = crawl(db, server)
    assert result.returncode == 0, result.stderr
    assert "1 new" in result.stdout and "1 failed" in result.stdout
    (raw_len, complete, error) = rows(
        db,
        "SELECT length(html), complete, parse_error FROM pages JOIN page_bodies USING (sha256)"
        " WHERE article_id = 2",
    )[0]
    assert raw_len > 0 and complete == 0 and error.startswith("page cut short")
    assert rows(db, "SELECT article_id, attempts FROM retry_queue") == [(2, 1)]
    assert server.count(article_path(2)) == TRIES


def test_a_whole_page_with_a_long_tail_after_html_is_stored_whole(
    server: HostileServer, db: Path
) -> None:
    tail = "<!-- " + "x" * 5000 + " -->"
    server.route(SECTION, page(listing_html([1, 2]) + b"<!--" + b"y" * 5000 + b"-->"))
    for i in (1, 2):
        server.route(article_path(i), page(article_html(i, tail=tail)))
    result = crawl(db, server)
    assert result.returncode == 0, result.stderr
    assert "2 new" in result.stdout and "incomplete" not in result.stdout
    assert server.count(article_path(1)) == 1
    # and after such a start page, a truncated article is still caught
    server.route(article_path(3), page(article_html(3).encode()[:-40]))
    server.route(SECTION, page(listing_html([3, 1, 2]) + b"<!--" + b"y" * 5000 + b"-->"))
    assert crawl(db, server).returncode == 0
    assert rows(db, "SELECT incomplete FROM articles WHERE article_id = 3") == [(1,)]


# --- never ends --------------------------------------------------------------------


def test_a_pager_that_always_offers_a_next_page_ends(server: HostileServer, db: Path) -> None:
    server.route(SECTION, page(listing_html([1, 2], f"{SECTION}?cur=2")))
    # every page past the end shows the last page again, with "Trang sau"
    server.route(
        f"{SECTION}?cur=2",
        lambda path: page(listing_html([3], f"{SECTION}?cur={int(path.rsplit('=', 1)[1]) + 1}")),
    )
    server.routes[SECTION + "?cur"] = []  # (documentation: any ?cur=N lands on the route above)
    for n in range(3, 40):
        server.route(f"{SECTION}?cur={n}", page(listing_html([3], f"{SECTION}?cur={n + 1}")))
    for i in (1, 2, 3):
        server.route(article_path(i), page(article_html(i)))
    result = crawl(db, server, "--full", timeout=30)
    assert result.returncode == 0, result.stderr
    assert stored_ids(db) == {1, 2, 3}
    assert server.count(SECTION) == 3  # page 1, page 2, and one page that added nothing


def test_a_failed_listing_page_is_walked_again_and_only_it(server: HostileServer, db: Path) -> None:
    ids = list(range(1, 10))
    server.site(ids, per_page=3)
    server.route(f"{SECTION}?cur=2", Reply(503, b"busy"))
    result = crawl(db, server)
    assert result.returncode == 0
    assert "3 new" in result.stdout and "1 failed" in result.stdout
    assert rows(db, "SELECT reason FROM listing_gaps") == [("HTTP 503",)]
    server.site(ids, per_page=3)  # well again
    server.hits.clear()
    result = crawl(db, server)
    assert result.returncode == 0, result.stderr
    assert "6 new" in result.stdout
    assert [
        h.path for h in server.hits if h.path.startswith(SECTION + "?") or h.path == SECTION
    ] == [SECTION, f"{SECTION}?cur=2", f"{SECTION}?cur=3"]
    assert rows(db, "SELECT count(*) FROM listing_gaps") == [(0,)]


def test_delay_inf_and_nan_are_refused(tmp_path: Path, run_cli) -> None:
    for value in ("inf", "nan", "-1", "1e9"):
        code, _, err = run_cli("crawl", "--db", str(tmp_path / "a.db"), "--delay", value)
        assert code == 2 and err.count("\n") == 1 and "--delay" in err


def test_a_retry_after_beyond_the_cap_ends_the_crawl_politely(
    server: HostileServer, db: Path
) -> None:
    server.site([1, 2, 3])
    server.route(article_path(1), Reply(503, b"later", headers=(("Retry-After", "999999"),)))
    started = time.monotonic()
    result = crawl(db, server, timeout=30)
    assert time.monotonic() - started < 20
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("crawl paused (incremental)")
    assert "come back after" in result.stderr and result.stderr.count("\n") == 1
    assert last_run(db)[0] == "partial"
    assert server.count(article_path(1)) == 1
    # whatever was not reached is queued for the next run, no attempt counted against it
    assert all(attempts <= 1 for (attempts,) in rows(db, "SELECT attempts FROM retry_queue"))


def test_parse_url_has_a_total_timeout(server: HostileServer, run_cli) -> None:
    server.route("/drip", page(article_html(1) * 50, drip=0.05, drip_chunk=8))
    started = time.monotonic()
    code, _, err = run_cli("parse", server.url("/drip"), "--timeout", "1")
    assert time.monotonic() - started < 5
    assert code == 1 and "no whole page after 1 s" in err


# --- wrong or noisy ----------------------------------------------------------------


def test_export_writes_through_a_fifo_and_never_replaces_it(tmp_path: Path, run_cli) -> None:
    db = tmp_path / "a.db"
    with Archive.open(db, create=True) as archive:
        archive.store(make_article(), page_for(make_article()), fetched(), "u")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)
    code, _, err = run_cli("export", "--db", str(db), "-o", str(fifo), "--columns", "article_id")
    out = reader.communicate(timeout=10)[0]
    assert code == 0, err
    assert out.decode().splitlines() == ["article_id", "5211375"]
    assert fifo.is_fifo()
    target = tmp_path / "real.csv"
    target.write_text("old")
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    assert run_cli("export", "--db", str(db), "-o", str(link), "--columns", "article_id")[0] == 0
    assert link.is_symlink() and target.read_text().startswith("article_id")


def test_export_and_search_to_a_full_disk_fail(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    with Archive.open(db, create=True) as archive:
        archive.store(make_article(), page_for(make_article()), fetched(), "u")
    base = [sys.executable, "-m", "portal_archive"]
    with open("/dev/full", "wb") as full:
        for args in (["export", "--db", str(db)], ["search", "--db", str(db), "--json", "dang bo"]):
            result = subprocess.run(
                base + args, stdout=full, stderr=subprocess.PIPE, text=True, timeout=30
            )
            assert result.returncode == 1, args
            assert (
                result.stderr.strip().endswith("No space left on device")
                and result.stderr.count("\n") == 1
            )
    result = subprocess.run(
        [*base, "export", "--db", str(db), "-o", "/dev/full"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 1 and "No space left on device" in result.stderr
    assert Path("/dev/full").is_char_device()


def test_a_read_only_archive_opens_for_search_stats_and_export(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli
) -> None:
    db = tmp_path / "a.db"
    with Archive.open(db, create=True) as archive:
        archive.store(make_article(), page_for(make_article()), fetched(), "u")
        archive.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    # as on a read-only filesystem (root ignores file permissions, so say so)
    monkeypatch.setattr("archive.database._read_only_filesystem", lambda path: True)
    assert run_cli("stats", "--db", str(db))[0] == 0
    code, out, _ = run_cli("search", "--db", str(db), "dang bo", "--json")
    assert code == 0 and "5211375" in out
    assert (
        run_cli("export", "--db", str(db), "--columns", "article_id")[1]
        == "article_id\r\n5211375\r\n"
    )


def test_a_log_file_on_a_full_disk_is_one_line_not_a_thousand(
    server: HostileServer, db: Path
) -> None:
    server.site(list(range(1, 6)))
    result = crawl(db, server, "--log-file", "/dev/full")
    assert result.returncode == 1
    assert result.stderr == (
        "portal-archive: error: cannot write the log file /dev/full:"
        " [Errno 28] No space left on device\n"
    )
    assert len(stored_ids(db)) == 5  # the crawl itself went on


def test_a_log_file_in_a_missing_folder_blames_the_log_file(
    server: HostileServer, db: Path
) -> None:
    result = crawl(db, server, "--log-file", str(db.parent / "no" / "crawl.log"))
    assert result.returncode == 1
    assert "cannot write the log file" in result.stderr and "the archive" not in result.stderr
    assert server.hits == []


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--start-url", "http://[::1"], "not a valid URL"),
        (["--start-url", "ftp://example.org/x"], "not an http(s) URL"),
        (["-s", "DOWNLOAD_TIMEOUT=abc"], "DOWNLOAD_TIMEOUT must be a number"),
        (["-s", "RETRY_TIMES=-3"], "RETRY_TIMES must be between"),
        (["-s", "NOEQUALS"], "expected NAME=VALUE"),
        (["--refresh-days", "0"], "--refresh-days"),
        (["--max-articles", "99999999999"], "--max-articles"),
    ],
)
def test_bad_crawl_options_are_one_line(
    tmp_path: Path, args: list[str], says: str, run_cli
) -> None:
    code, out, err = run_cli("crawl", "--db", str(tmp_path / "a.db"), *args)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and says in err
    assert not (tmp_path / "a.db").exists()


def test_a_retry_after_that_is_not_ascii_digits_is_ignored(server: HostileServer, db: Path) -> None:
    server.site([1])
    server.route(
        article_path(1), Reply(503, b"x", headers=(("Retry-After", "²"),)), page(article_html(1))
    )
    result = crawl(db, server)
    assert result.returncode == 0 and no_traceback(result)
    assert stored_ids(db) == {1}
    assert server.count(article_path(1)) == 2


def _cp1258(text: str) -> bytes:
    """Vietnamese in windows-1258: base letters (â, ơ, ...) precomposed, tone marks combining."""
    out = b""
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        base, *marks = unicodedata.normalize("NFD", char)
        for mark in marks:  # fold into the base the one mark cp1258 has precomposed
            folded = unicodedata.normalize("NFC", base + mark)
            try:
                folded.encode("cp1258")
            except UnicodeEncodeError:
                continue
            if len(folded) == 1:
                base = folded
                marks.remove(mark)
                break
        out += (base + "".join(marks)).encode("cp1258")
    return out


def test_parse_url_honours_a_charset_given_only_in_the_header(
    server: HostileServer, run_cli
) -> None:
    html = article_html(1, charset=None, title="Hội nghị tổng kết công tác Đảng năm")
    server.route(
        article_path(1), Reply(body=_cp1258(html), content_type="text/html; charset=windows-1258")
    )
    code, out, err = run_cli("parse", server.url(article_path(1)))
    assert code == 0, err
    assert '"title": "Hội nghị tổng kết công tác Đảng năm"' in out


def test_delay_0_still_sends_one_request_at_a_time(server: HostileServer, db: Path) -> None:
    ids = list(range(1, 13))
    server.site(ids, per_page=12)
    for i in ids:
        server.route(article_path(i), page(article_html(i), delay=0.05))
    assert crawl(db, server).returncode == 0
    assert len(stored_ids(db)) == 12
    assert server.max_in_flight == 1


def test_refused_pages_are_not_fetched_again_nor_stored_twice(
    server: HostileServer, db: Path
) -> None:
    server.site([1, 2])
    server.route(article_path(2), page("<html><body><p>Không có tiêu đề</p></body></html>"))
    assert crawl(db, server).returncode == 0
    server.hits.clear()
    result = crawl(db, server)
    assert result.returncode == 0
    assert server.count(article_path(2)) == 0
    assert rows(db, "SELECT count(*) FROM pages WHERE article_id = 2") == [(1,)]
    # --full asks again (and the same bytes are not stored twice)
    assert crawl(db, server, "--full").returncode == 0
    assert server.count(article_path(2)) == 1
    assert rows(db, "SELECT count(*) FROM page_bodies") == [(2,)]


def test_image_urls_that_move_do_not_invent_revisions(server: HostileServer, db: Path) -> None:
    counter = iter(range(10**6))
    server.route(SECTION, page(listing_html([1])))
    server.route(
        article_path(1),
        lambda path: page(
            article_html(
                1,
                image=f"http://127.0.0.1:{8000 + next(counter)}"
                f"/documents/1/anh.jpg?t={next(counter)}",
            )
        ),
    )
    assert crawl(db, server, "--full").returncode == 0
    result = crawl(db, server, "--full")
    assert "1 unchanged" in result.stdout
    assert rows(db, "SELECT count(*) FROM article_revisions") == [(0,)]


def test_the_log_file_has_pages_and_summary_and_no_banner(server: HostileServer, db: Path) -> None:
    server.site([1, 2])
    server.route(article_path(2), Reply(500, b"boom"))
    log = db.parent / "crawl.log"
    result = crawl(db, server, "--log-file", str(log))
    assert result.returncode == 0
    text = log.read_text(encoding="utf-8")
    # the summary, the log and crawl_runs tell the same counts
    assert text.splitlines()[-1].endswith(result.stdout.strip())
    assert last_run(db) == ("partial", 1, 0, 0, 1, 0, 0)
    assert "crawl run 1 started: incremental" in text
    assert f"{article_path(1)} HTTP 200: new" in text
    assert f"{article_path(2)} HTTP 500: failed (HTTP 500)" in text
    assert "crawl completed with gaps (incremental): 1 new" in text
    for noise in (
        "Scrapy 2.",
        "Overridden settings",
        "Enabled",
        "Deprecation",
        "Dumping Scrapy stats",
    ):
        assert noise not in text
    assert len(text.splitlines()) < 12


def test_ctrl_c_exits_130_and_the_run_is_interrupted(server: HostileServer, db: Path) -> None:
    server.site([1, 2, 3])
    code, err = ctrl_c_while_fetching(db, server, article_path(2))
    assert code == 130, err
    assert "interrupted" in err and "Traceback" not in err
    assert last_run(db)[0] == "interrupted"
    # the articles that got no answer wait for the next run, no attempt counted
    queued = dict(rows(db, "SELECT article_id, attempts FROM retry_queue"))
    assert 2 in queued and set(queued.values()) == {0}
    assert stored_ids(db) | set(queued) == {1, 2, 3}


def test_scrapy_remote_control_stays_off(server: HostileServer, db: Path, tmp_path: Path) -> None:
    server.site([1])
    env = {**os.environ, "HOME": str(tmp_path), "XDG_STATE_HOME": str(tmp_path / "state")}
    assert crawl(db, server, env=env).returncode == 0
    assert not (tmp_path / ".local").exists() and not (tmp_path / "state").exists()


def test_the_readme_cron_line_works_with_crons_bare_path(server: HostileServer, db: Path) -> None:
    server.site([1])
    script = Path(sys.executable).parent / "portal-archive"
    if not script.exists():
        pytest.skip("the portal-archive script is not installed next to this Python")
    env = {"PATH": "/usr/bin:/bin", "HOME": str(db.parent), "SHELL": "/bin/sh", "LANG": "C"}
    result = subprocess.run(
        [
            "/bin/sh",
            "-c",
            f"cd {db.parent} && {script} crawl --db archive.db --quiet "
            f"--start-url {server.url()} --delay 0 --log-file crawl.log",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == result.stderr == ""
    assert stored_ids(db) == {1}


# --- and more of our own ------------------------------------------------------------


def test_a_liferay_session_redirect_is_followed_to_the_same_article(
    server: HostileServer, db: Path
) -> None:
    server.site([1])
    with_session = article_path(1) + ";jsessionid=ABC123"
    server.route(
        article_path(1),
        Reply(302, headers=(("Location", with_session),), content_type=None),
        page(article_html(1)),
    )
    server.routes[with_session] = [page(article_html(1))]
    result = crawl(db, server)
    assert result.returncode == 0, result.stderr
    assert stored_ids(db) == {1}
    assert rows(db, "SELECT count(*) FROM pages") == [(1,)]


def test_a_p_auth_login_redirect_is_refused_and_queued(server: HostileServer, db: Path) -> None:
    server.site([1, 2])
    server.route(
        article_path(2),
        Reply(
            302,
            content_type=None,
            headers=(("Location", "/c/portal/login?p_auth=Xy12ab&redirect=%2Fdang-doan-the"),),
        ),
    )
    result = crawl(db, server)
    assert result.returncode == 0
    assert "1 failed" in result.stdout
    assert server.count("/c/portal/login") == 0
    assert rows(db, "SELECT article_id FROM retry_queue") == [(2,)]


def test_a_maintenance_page_served_with_200_is_a_failure_not_a_refusal(
    server: HostileServer, db: Path
) -> None:
    server.site([1, 2, 3])
    maintenance = page(
        "<html><body><h2>Hệ thống đang bảo trì</h2><p>Vui lòng quay lại sau.</p></body></html>"
    )
    for i in (1, 2, 3):
        server.route(article_path(i), maintenance, page(article_html(i)))
    result = crawl(db, server)
    assert result.returncode == 1  # nothing could be archived
    assert "no article could be archived" in result.stderr
    assert rows(db, "SELECT count(*) FROM page_bodies") == [(1,)]  # one body, three pages
    # the next crawl asks for all three again: they were not the articles' own pages
    result = crawl(db, server)
    assert result.returncode == 0, result.stderr
    assert stored_ids(db) == {1, 2, 3}


def test_a_maintenance_start_page_is_exit_1(server: HostileServer, db: Path) -> None:
    server.route(SECTION, page("<html><body><h2>Hệ thống đang bảo trì</h2></body></html>"))
    result = crawl(db, server)
    assert result.returncode == 1 and "no article links" in result.stderr
    assert [h.path for h in server.hits] == ["/robots.txt", SECTION]


def test_a_retry_after_date_in_the_past_is_retried_at_once(server: HostileServer, db: Path) -> None:
    server.site([1])
    server.route(
        article_path(1),
        Reply(503, headers=(("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT"),)),
        page(article_html(1)),
    )
    result = crawl(db, server)
    assert result.returncode == 0 and stored_ids(db) == {1}
    first, second = [h.time for h in server.hits if h.path == article_path(1)]
    assert second - first < 2


def test_bodies_that_are_no_article_each_end_in_one_outcome(
    server: HostileServer, db: Path
) -> None:
    """Bad gzip, a PDF at an article URL, an empty 200, NUL-byte garbage.

    One crawl, one outcome each.
    """
    server.site([1, 2, 3, 4, 5])
    server.route(
        article_path(2),
        Reply(body=b"\x1f\x8b not gzip at all", headers=(("Content-Encoding", "gzip"),)),
    )
    server.route(article_path(3), Reply(body=b"%PDF-1.4 fake", content_type="application/pdf"))
    server.route(article_path(4), Reply(body=b""))
    server.route(article_path(5), Reply(body=b"<html>\x00\x00\xff\xfe garbage \x00</html>"))
    result = crawl(db, server)
    assert result.returncode == 0 and no_traceback(result)
    assert result.stdout.startswith(
        "crawl completed with gaps (incremental): 1 new, "
        "0 updated, 0 unchanged, 2 failed, 2 refused;"
    )
    # failures are queued (the gzip one had no body to keep); the PDF's bytes are kept
    assert rows(db, "SELECT article_id, attempts FROM retry_queue ORDER BY 1") == [(2, 1), (3, 1)]
    assert rows(
        db, "SELECT article_id, parse_error IS NOT NULL FROM pages WHERE article_id > 1 ORDER BY 1"
    ) == [(3, 1), (4, 1), (5, 1)]
    assert rows(db, "SELECT parse_error FROM pages WHERE article_id = 3") == [("not an HTML page",)]
    assert all(server.count(article_path(i)) <= TRIES for i in (2, 3, 4, 5))


def test_a_gzip_bomb_is_refused_by_size(server: HostileServer, db: Path) -> None:
    server.site([1, 2])
    bomb = gzip.compress(b"<html>" + b" " * (20 * 1024 * 1024))
    server.route(article_path(2), Reply(body=bomb, headers=(("Content-Encoding", "gzip"),)))
    result = crawl(db, server)
    assert result.returncode == 0 and no_traceback(result)
    assert "1 failed" in result.stdout
    assert server.count(article_path(2)) <= TRIES


def test_a_listing_page_cut_short_is_retried(server: HostileServer, db: Path) -> None:
    body = listing_html([1, 2])
    server.route(SECTION, page(body, cut_at=len(body) - 30), page(body))
    for i in (1, 2):
        server.route(article_path(i), page(article_html(i)))
    result = crawl(db, server)
    assert result.returncode == 0, result.stderr
    assert stored_ids(db) == {1, 2}
    assert server.count(SECTION) == 2


def test_a_slow_drip_article_times_out_and_is_queued(server: HostileServer, db: Path) -> None:
    server.site([1, 2])
    server.route(article_path(2), page(article_html(2), drip=0.5, drip_chunk=4))
    result = crawl(db, server, "-s", "DOWNLOAD_TIMEOUT=0.5", "-s", "RETRY_TIMES=1")
    assert result.returncode == 0
    assert "1 new" in result.stdout and "1 failed" in result.stdout
    assert rows(db, "SELECT article_id, attempts FROM retry_queue") == [(2, 1)]
    assert server.count(article_path(2)) == 2


def test_one_article_linked_many_ways_is_asked_once(server: HostileServer, db: Path) -> None:
    extra = (
        f'<a href="/en{article_path(1)}">EN</a><a href="{article_path(1)}?redirect=%2F">q</a>'
        f'<a href="{article_path(1)}#top">#</a>'
    )
    server.route(SECTION, page(listing_html([1, 2], extra=extra)))
    for i in (1, 2):
        server.route(article_path(i), page(article_html(i)))
    assert crawl(db, server).returncode == 0
    assert server.count(article_path(1)) + server.count("/en" + article_path(1)) == 1


def test_a_404_and_a_410_are_remembered_and_not_asked_again(
    server: HostileServer, db: Path
) -> None:
    server.site([1, 2, 3])
    server.route(article_path(2), Reply(404, b"<html>404</html>"))
    server.route(article_path(3), Reply(410, b"<html>410</html>"))
    result = crawl(db, server)
    assert "2 gone" in result.stdout and last_run(db)[6] == 2
    server.hits.clear()
    assert crawl(db, server).returncode == 0
    assert server.count(article_path(2)) == server.count(article_path(3)) == 0


def test_a_page_that_fails_on_every_run_is_given_up_until_full(
    server: HostileServer, db: Path, run_cli
) -> None:
    server.site([1, 2])
    server.route(article_path(2), Reply(500, b"boom"))
    with Archive.open(db, create=True) as archive:  # article 2 failed on the crawls before
        article = make_article(1)
        archive.store(article, page_for(article), fetched(0), article.url)
        archive.queue_failure(2, server.url(article_path(2)), "HTTP 500", fetched(0), 0)
        archive.connection.execute(f"UPDATE retry_queue SET attempts = {MAX_ATTEMPTS - 1}")
    # only the queued article was due, and it failed again: nothing archived, exit 1
    assert crawl(db, server, "-s", "RETRY_TIMES=0").returncode == 1
    assert rows(db, "SELECT attempts FROM retry_queue") == [(MAX_ATTEMPTS,)]
    server.hits.clear()
    assert crawl(db, server, "--log-file", str(db.parent / "c.log")).returncode == 0
    assert server.count(article_path(2)) == 0
    assert "left until --full" in (db.parent / "c.log").read_text(encoding="utf-8")
    _code, out, _ = run_cli("stats", "--db", str(db))
    assert "1 given up until --full" in out
    assert crawl(db, server, "--full", "-s", "RETRY_TIMES=0").returncode == 0
    assert server.count(article_path(2)) == 1


def test_a_failed_article_backs_off_across_runs(server: HostileServer, db: Path) -> None:
    server.site([1, 2])
    server.route(article_path(2), Reply(500, b"boom"))
    asked = []
    for _ in range(4):
        server.hits.clear()
        crawl(db, server, "-s", "RETRY_TIMES=0")
        asked.append(server.count(article_path(2)))
    # failed in run 1: asked in run 2; failed again: waits one run; asked in run 4
    assert asked == [1, 1, 0, 1]


def test_a_second_start_url_that_fails_is_exit_1(server: HostileServer, db: Path) -> None:
    server.site([1])
    result = crawl(db, server, "--start-url", server.url("/khong-co"))
    assert result.returncode == 1 and "/khong-co" in result.stderr


def test_stats_max_age_is_a_monitoring_check(tmp_path: Path, run_cli) -> None:
    db = tmp_path / "a.db"
    now = datetime.now(UTC)
    with Archive.open(db, create=True) as archive:
        run = archive.start_run("incremental", now - timedelta(days=3))
        archive.finish_run(run, "completed", now - timedelta(days=3))
    code, _, err = run_cli("stats", "--db", str(db), "--max-age", "2d")
    assert code == 1 and "older than --max-age 48 h" in err
    assert run_cli("stats", "--db", str(db), "--max-age", "4d")[0] == 0
    assert run_cli("stats", "--db", str(db), "--max-age", "soon")[0] == 2


def test_a_crashing_page_object_keeps_the_page_as_failed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 7 point 4: an exception inside the page object never loses the page."""
    from scrapy.http import HtmlResponse, Request

    from scraper.items import PageRefused
    from scraper.session import CrawlOptions, CrawlSession
    from scraper.spiders import cong_tac_dang

    class Crashing:
        def __init__(self, *args: object, **kwargs: object) -> None:
            raise RuntimeError("a bug in the parser")

    monkeypatch.setattr(cong_tac_dang, "ArticlePage", Crashing)
    spider = cong_tac_dang.CongTacDangSpider(
        session=CrawlSession(tmp_path / "a.db", CrawlOptions())
    )
    url = "http://h" + article_path(7)
    body = article_html(7).encode("utf-8")
    response = HtmlResponse(
        url, body=body, encoding="utf-8", request=Request(url, meta={"article_id": 7})
    )
    (item,) = list(spider.parse_article(response))
    assert isinstance(item, PageRefused) and item.failed
    assert item.reason == "parser error: RuntimeError: a bug in the parser"
    assert item.page.body == body


def test_an_interrupted_walk_leaves_its_listing_pages_for_the_next_run(
    server: HostileServer, db: Path
) -> None:
    ids = list(range(1, 10))
    server.site(ids, per_page=3)
    assert ctrl_c_while_fetching(db, server, article_path(2))[0] == 130
    before = stored_ids(db)
    assert 2 not in before
    server.route(article_path(2), page(article_html(2)))
    server.hits.clear()
    result = crawl(db, server)
    assert result.returncode == 0, result.stderr
    assert stored_ids(db) == set(ids)
    # what the interrupted walk reached is not asked for again
    asked = {h.path for h in server.hits if "/view_content/" in h.path}
    assert asked == {article_path(i) for i in set(ids) - before}


def test_after_a_crawl_killed_with_sigkill_the_walk_goes_past_known_pages(
    server: HostileServer, db: Path
) -> None:
    ids = list(range(1, 7))
    server.site(ids, per_page=3)
    # what a crawl killed by SIGKILL leaves: page 1's articles, a run still
    # "running", and no listing gaps (it never got to write them)
    with Archive.open(db, create=True) as archive:
        archive.start_run("incremental", fetched(0))
        for i in (1, 2, 3):
            article = make_article(i)
            archive.store(article, page_for(article), fetched(i), article.url)
    result = crawl(db, server)
    assert result.returncode == 0, result.stderr
    assert "3 new" in result.stdout and stored_ids(db) == set(ids)
    assert server.count(article_path(1)) == 0


def test_a_pager_this_crawler_cannot_read_is_reported(server: HostileServer, db: Path) -> None:
    # page 1 is full, and its pager is a form posting to a script
    form = (
        '<form action="/c/portal/layout" method="post">'
        '<button name="cur" value="2">Trang sau</button></form>'
    )
    server.route(SECTION, page(listing_html([1, 2, 3], extra=form)))
    for i in (1, 2, 3):
        server.route(article_path(i), page(article_html(i)))
    log = db.parent / "crawl.log"
    result = crawl(db, server, "--log-file", str(log))
    assert result.returncode == 0
    assert "its pager is not followed" in log.read_text(encoding="utf-8")
    assert server.count("/c/portal/layout") == 0
