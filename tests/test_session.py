"""The crawl session on its own (no Scrapy engine): one lock, one connection,
outcomes counted once and recorded in crawl_runs."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from archive import ArchiveLocked
from portal_archive.exits import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, crawl_exit_status
from scraper.run import outcome_of
from scraper.session import CrawlOptions, CrawlSession


def runs(db: Path) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(
            "SELECT source, mode, status, articles_new, articles_failed, articles_refused,"
            " articles_gone, pages_fetched FROM crawl_runs"
        ).fetchall()
    finally:
        conn.close()


def test_a_session_holds_the_lock_and_records_its_run(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    session = CrawlSession(db, CrawlOptions(full=True), source="wayback").open()
    with pytest.raises(ArchiveLocked):
        CrawlSession(db).open()
    session.start_run()
    session.start_run()  # once, whoever asks first
    for outcome in ("new", "new", "refused", "gone", "failed"):
        session.record(outcome, "http://h/x", reason="why", status=200)
    summary = session.finish("finished", pages=7)
    session.close()
    assert summary.line().startswith(
        "crawl completed with gaps (full): 2 new, 0 "
        "updated, 0 unchanged, 1 failed, 1 refused, 1 gone;"
    )
    assert runs(db) == [("wayback", "full", "partial", 2, 1, 1, 1, 7)]
    assert crawl_exit_status(outcome_of(session).result) == EXIT_OK
    CrawlSession(db).open().close()  # the lock was released


def test_nothing_archived_when_some_were_due_is_a_failed_run(tmp_path: Path) -> None:
    session = CrawlSession(tmp_path / "a.db").open()
    session.start_run()
    session.record("refused", "http://h/1", reason="no title")
    session.finish("finished", pages=2)
    session.close()
    outcome = outcome_of(session)
    assert crawl_exit_status(outcome.result) == EXIT_FAILED
    assert outcome.error == "no article could be archived: 1 refused, 0 failed (see the log)"


def test_an_interrupted_session_is_exit_130(tmp_path: Path) -> None:
    session = CrawlSession(tmp_path / "a.db").open()
    session.start_run()
    session.record("new", "http://h/1")
    session.finish("shutdown", pages=1)
    session.close()
    assert crawl_exit_status(outcome_of(session).result) == EXIT_INTERRUPTED
    assert runs(tmp_path / "a.db")[0][2] == "interrupted"


def test_the_archive_is_used_only_on_its_own_thread(tmp_path: Path) -> None:
    import threading

    with CrawlSession(tmp_path / "a.db") as session:
        name = session.call(lambda archive: threading.current_thread().name)
        assert name.startswith("archive-writer")
        assert session.call(lambda archive: archive.article_ids()) == set()


def test_the_progress_line_is_an_extension_fed_by_the_session(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from scrapy.exceptions import NotConfigured

    from scraper.extensions import ProgressLine

    class Crawler:
        class signals:  # noqa: N801 - stands for Scrapy's SignalManager
            connect = staticmethod(lambda handler, signal: None)

        class stats:  # noqa: N801 - stands for Scrapy's StatsCollector
            get_value = staticmethod(lambda name, default=0: 12)

    crawler = Crawler()
    CrawlSession(tmp_path / "a.db").attach(crawler)
    with pytest.raises(NotConfigured):  # not asked for: no line (cron, --quiet)
        ProgressLine.from_crawler(crawler)
    session = CrawlSession(tmp_path / "a.db", CrawlOptions(progress=True))
    session.attach(crawler)
    session.record("new", "http://h/1")
    line = ProgressLine.from_crawler(crawler)
    line.update()
    line.clear()
    assert capsys.readouterr().err == (
        "\r\033[Kcrawling: 12 pages, 1 new, 0 updated, 0 unchanged, 0 failed\r\033[K"
    )


def test_a_bug_while_storing_is_that_page_s_failure(tmp_path: Path) -> None:
    import asyncio

    from scraper.items import PageGone
    from scraper.pipelines import ArchivePipeline

    class Crawler:
        pass

    crawler = Crawler()
    with CrawlSession(tmp_path / "a.db") as session:
        session.attach(crawler)
        session.start_run()
        pipeline = ArchivePipeline(session, crawler)
        broken = PageGone(article_id=5, url="http://h/5", status=404, seen_at=None)  # type: ignore[arg-type]  # broken on purpose
        asyncio.run(pipeline.process_item(broken))
        assert session.summary.failed == 1
        (failure,) = session.summary.failures
        assert failure.startswith("http://h/5: failed: cannot store: AttributeError:")
