"""The archive's side of "nothing lost in silence": page provenance, bodies
stored once, incomplete articles, the retry queue, listing gaps, stable
content hashes, and the upgrade of an archive made before all that."""

from __future__ import annotations

import dataclasses
import hashlib
import sqlite3
import zlib
from pathlib import Path

import pytest

from archive import Archive, Caption, content_hash
from archive.gaps import MAX_ATTEMPTS
from archive.hashing import stable_url
from archive.model import RawPage
from archive.schema import APPLICATION_ID, CURRENT_VERSION, MIGRATIONS
from archive_helpers import fetched, make_article, page_for


@pytest.fixture
def archive(tmp_path: Path):
    with Archive.open(tmp_path / "archive.db", create=True) as opened:
        yield opened


def rows(archive: Archive, sql: str, *params: object) -> list[tuple]:
    return archive.connection.execute(sql, params).fetchall()


def test_a_page_from_another_source_keeps_its_provenance(archive: Archive) -> None:
    article = make_article()
    capture = RawPage(
        page_for(article),
        url="https://web.archive.org/web/20220108000000id_/https://caugiay.hanoi.gov.vn/x",
        observed_at=fetched(0),
        source="wayback",
        fetched_at=fetched(60 * 24 * 365),
    )
    assert archive.store_page(article, capture) == "new"
    assert rows(archive, "SELECT source, observed_at, fetched_at, url, complete FROM pages") == [
        ("wayback", "2024-05-01T03:00:00+00:00", "2025-05-01T03:00:00+00:00", capture.url, 1)
    ]
    # the observation time, not the download time, is when the views were seen
    assert rows(archive, "SELECT observed_at FROM view_counts") == [("2024-05-01T03:00:00+00:00",)]


def test_identical_bytes_are_stored_once(archive: Archive) -> None:
    article = make_article()
    raw = page_for(article)
    archive.store(article, raw, fetched(0), article.url)
    archive.store(article, raw, fetched(60), article.url)
    archive.store_refused_page(7, "https://x/7", b"<html>soft 404</html>", fetched(0), "no title")
    archive.store_refused_page(7, "https://x/7", b"<html>soft 404</html>", fetched(60), "no title")
    assert rows(archive, "SELECT count(*) FROM pages") == [(4,)]
    assert rows(archive, "SELECT count(*) FROM page_bodies") == [(2,)]
    assert archive.latest_page(article.article_id) == (article.url, raw, None)


def test_a_cut_short_page_marks_the_article_incomplete_until_a_whole_one(archive: Archive) -> None:
    article = make_article()
    cut = RawPage(page_for(article)[:-20], article.url, fetched(0), complete=False)
    archive.store_page(article, cut)
    assert rows(archive, "SELECT incomplete FROM articles") == [(1,)]
    assert rows(archive, "SELECT complete FROM pages") == [(0,)]
    archive.store_page(article, RawPage(page_for(article), article.url, fetched(60)))
    assert rows(archive, "SELECT incomplete FROM articles") == [(0,)]


def test_refused_ids_are_those_whose_latest_page_was_refused(archive: Archive) -> None:
    archive.store_refused_page(
        7, "https://x/7", b"<html>maintenance</html>", fetched(0), "no title"
    )
    article = make_article(8)
    archive.store_refused_page(8, article.url, b"<html>maintenance</html>", fetched(0), "no title")
    archive.store(article, page_for(article), fetched(60), article.url)
    assert archive.refused_ids() == {7}


def test_the_retry_queue_backs_off_across_runs_and_gives_up(archive: Archive) -> None:
    for run_id in (1, 2, 4, 8, 16):
        archive.queue_failure(9, "https://x/9", "HTTP 503", fetched(run_id), run_id)
    (queued,) = archive.retry_queue()
    assert (queued.article_id, queued.attempts, queued.reason) == (9, MAX_ATTEMPTS, "HTTP 503")
    assert queued.given_up
    assert queued.next_run_id == 16 + 2 ** (MAX_ATTEMPTS - 1)


def test_a_page_not_reached_is_queued_without_counting_an_attempt(archive: Archive) -> None:
    archive.queue_failure(9, "https://x/9", "interrupted", fetched(0), 3, count=False)
    (queued,) = archive.retry_queue()
    assert (queued.attempts, queued.next_run_id) == (0, 4)


def test_storing_or_gone_clears_the_queue(archive: Archive) -> None:
    article = make_article()
    archive.queue_failure(article.article_id, article.url, "timeout", fetched(0), 1)
    archive.queue_failure(5, "https://x/5", "timeout", fetched(0), 1)
    archive.store(article, page_for(article), fetched(5), article.url)
    archive.record_gone(5, "https://x/5", 404, fetched(5))
    assert archive.retry_queue() == []


def test_listing_gaps_are_replaced_by_each_walk(archive: Archive) -> None:
    archive.set_listing_gaps({"https://x/list?cur=3": "HTTP 503"}, fetched(0))
    assert archive.listing_gaps() == {"https://x/list?cur=3": "HTTP 503"}
    archive.set_listing_gaps({}, fetched(1))
    assert archive.listing_gaps() == {}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("http://127.0.0.1:8001/image/1.jpg?t=1632", "http://127.0.0.1:9002/image/1.jpg?t=17"),
        (
            "https://caugiay.hanoi.gov.vn/documents/1/x.jpg",
            "https://cdn.example.net/documents/1/x.jpg",
        ),
        ("/image/journal/article?img_id=5&t=1", "http://h/image/journal/article?t=2&img_id=5"),
    ],
)
def test_image_urls_hash_by_their_stable_part(a: str, b: str) -> None:
    article = make_article()
    one = content_hash(article.title, article.body, (Caption(a, "x"),))
    two = content_hash(article.title, article.body, (Caption(b, "x"),))
    assert one == two


def test_a_different_image_is_a_different_hash() -> None:
    assert stable_url("/image/journal/article?img_id=5&t=1") != stable_url(
        "/image/journal/article?img_id=6&t=1"
    )


def test_a_moved_host_is_not_a_revision_and_the_new_urls_are_kept(archive: Archive) -> None:
    article = make_article(
        body_html='<p>x</p><img src="http://127.0.0.1:8001/image/1.jpg?t=1">',
        captions=(Caption("http://127.0.0.1:8001/image/1.jpg?t=1", "Ảnh"),),
    )
    archive.store(article, page_for(article), fetched(0), article.url)
    moved = dataclasses.replace(
        article,
        body_html='<p>x</p><img src="http://127.0.0.1:9009/image/1.jpg?t=2">',
        captions=(Caption("http://127.0.0.1:9009/image/1.jpg?t=2", "Ảnh"),),
    )
    assert archive.store(moved, page_for(moved), fetched(60), article.url) == "unchanged"
    assert rows(archive, "SELECT count(*) FROM article_revisions") == [(0,)]
    assert rows(archive, "SELECT image_url FROM captions") == [
        ("http://127.0.0.1:9009/image/1.jpg?t=2",)
    ]
    changed = dataclasses.replace(moved, captions=(Caption("http://h/image/2.jpg", "Ảnh"),))
    assert archive.store(changed, page_for(changed), fetched(90), article.url) == "updated"


def test_an_archive_of_the_previous_version_is_upgraded(tmp_path: Path) -> None:
    """Pages move to page_bodies (once per sha256), get provenance; hashes are redone."""
    from archive.schema import _migrate_to_v5

    previous = MIGRATIONS.index(_migrate_to_v5)
    db = tmp_path / "old.db"
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for step in MIGRATIONS[:previous]:
        step(conn)
    conn.execute(f"PRAGMA user_version = {previous}")
    raw = b"<html>same bytes</html>"
    sha = hashlib.sha256(raw).hexdigest()
    for page_id, fetched_at in ((1, "2024-05-01T03:00:00+00:00"), (2, "2024-05-02T03:00:00+00:00")):
        conn.execute(
            "INSERT INTO pages (page_id, article_id, url, fetched_at, status, sha256, encoding,"
            " parse_error, html) VALUES (?, 1, 'http://h:1/x', ?, 200, ?, 'zlib', NULL, ?)",
            (page_id, fetched_at, sha, zlib.compress(raw)),
        )
    conn.execute(
        "INSERT INTO articles (article_id, url, lang, title, published_at, content_hash,"
        " first_seen_at, last_fetched_at, body, body_html)"
        " VALUES (1, 'u', 'vi', 'Tiêu đề', "
        "'2022-01-07T15:27:00+07:00', 'old-hash', 't', 't', 'Thân', '')"
    )
    conn.execute(
        "INSERT INTO captions VALUES (1, 1, 'http://127.0.0.1:8001/image/1.jpg?t=5', 'Ảnh')"
    )
    conn.close()

    with Archive.open(db) as archive:
        assert archive.schema_version == CURRENT_VERSION
        assert rows(
            archive, "SELECT page_id, source, observed_at, fetched_at, complete FROM pages"
        ) == [
            (1, "live", "2024-05-01T03:00:00+00:00", "2024-05-01T03:00:00+00:00", 1),
            (2, "live", "2024-05-02T03:00:00+00:00", "2024-05-02T03:00:00+00:00", 1),
        ]
        assert rows(archive, "SELECT sha256 FROM page_bodies") == [(sha,)]
        assert archive.latest_page(1) == ("http://h:1/x", raw, None)
        assert rows(archive, "SELECT content_hash, incomplete FROM articles") == [
            (content_hash("Tiêu đề", "Thân", (Caption("http://other:9/image/1.jpg", "Ảnh"),)), 0)
        ]
        assert archive.crawl_runs() == []


def test_reparse_counts_a_value_the_archive_cannot_hold_and_goes_on(archive: Archive) -> None:
    good, huge = make_article(1), make_article(2, view_count=10**30)
    for article in (good, huge):
        archive.refuse_page(
            article.article_id, RawPage(page_for(article), article.url, fetched(0)), "old parser"
        )
    parsed = {a.url: a for a in (good, huge)}
    result = archive.reparse(lambda raw, url: parsed[url])
    assert result.new == 1
    assert [(i, e.split(":")[0]) for i, e in result.errors] == [(2, "cannot store")]
    assert archive.article_ids() == {1}
