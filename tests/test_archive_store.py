"""The archive file: opening, schema, storing, history, runs, reparse."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import zlib
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
import sqlite_utils

from archive import (
    Archive,
    ArchiveError,
    ArchiveVersionError,
    Caption,
    NoArchiveError,
    NotAnArchiveError,
    content_hash,
    decompress_page,
)
from archive.schema import (
    APPLICATION_ID,
    CURRENT_VERSION,
    MIGRATIONS,
    TABLES,
    _migrate_to_v3,
    _migrate_to_v4,
    migrate,
)
from archive_helpers import fetched, make_article, page_for, tables_checksum


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "archive.db"


@pytest.fixture
def archive(db_path: Path):
    with Archive.open(db_path, create=True) as opened:
        yield opened


def rows(archive: Archive, sql: str, *params: object) -> list[tuple]:
    return archive.connection.execute(sql, params).fetchall()


# -- opening -------------------------------------------------------------------


def test_create_makes_every_table_wal_and_current_version(archive: Archive, db_path: Path) -> None:
    names = {r[0] for r in rows(archive, "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert set(TABLES) <= names
    assert rows(archive, "PRAGMA journal_mode") == [("wal",)]
    assert rows(archive, "PRAGMA user_version") == [(CURRENT_VERSION,)]
    assert rows(archive, "PRAGMA application_id") == [(APPLICATION_ID,)]
    assert archive.schema_version == CURRENT_VERSION


def test_missing_file_is_an_error_and_not_created(tmp_path: Path) -> None:
    path = tmp_path / "nothing.db"
    with pytest.raises(
        NoArchiveError, match=r"no archive at .*nothing.db; run portal-archive crawl"
    ):
        Archive.open(path)
    assert not path.exists()


def test_missing_directory_with_create(tmp_path: Path) -> None:
    with pytest.raises(NoArchiveError, match="no directory"):
        Archive.open(tmp_path / "no" / "such" / "dir.db", create=True)


@pytest.mark.parametrize(
    "content",
    [b"date,title\n2022-01-07,hello\n", b"\x00" * 4096, "Đảng bộ".encode() * 1000],
    ids=["csv", "zeros", "text"],
)
def test_a_file_that_is_not_sqlite(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(content)
    with pytest.raises(NotAnArchiveError, match=r"not a SQLite database|not a portal-archive"):
        Archive.open(path, create=True)
    assert path.read_bytes() == content


def test_a_sqlite_file_of_another_application(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY, text TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(NotAnArchiveError, match="SQLite database but not a portal-archive"):
        Archive.open(path, create=True)


def test_an_empty_sqlite_file_is_created_into_only_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    with pytest.raises(NotAnArchiveError, match="empty SQLite database"):
        Archive.open(path)
    with Archive.open(path, create=True) as archive:
        assert archive.schema_version == CURRENT_VERSION


def test_a_directory(tmp_path: Path) -> None:
    with pytest.raises(NotAnArchiveError, match="is a directory"):
        Archive.open(tmp_path)


def test_a_newer_archive_is_refused(db_path: Path) -> None:
    Archive.open(db_path, create=True).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    conn.close()
    with pytest.raises(ArchiveVersionError, match="newer than this portal-archive"):
        Archive.open(db_path)


def file_at_version(db_path: Path, version: int) -> sqlite3.Connection:
    """A file exactly as the schema's release ``version`` left it, open."""
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("BEGIN")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for migration in MIGRATIONS[:version]:
        migration(conn)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.execute("COMMIT")
    return conn


def test_a_version_1_archive_is_upgraded_and_keeps_its_data(db_path: Path) -> None:
    conn = file_at_version(db_path, 1)
    conn.execute(
        "INSERT INTO articles (article_id, url, lang, title, published_at, content_hash,"
        " first_seen_at, last_fetched_at, captions_text, body, body_html)"
        " VALUES (1, 'u', 'vi', 'Đảng bộ quận Cầu Giấy', '2022-01-07T15:27:00+07:00', 'h',"
        " 't', 't', NULL, 'Hội nghị Ban Chấp hành', '<p>x</p>')"
    )
    conn.close()

    with Archive.open(db_path) as archive:
        assert archive.schema_version == CURRENT_VERSION
        assert archive.article_ids() == {1}
        # The full-text index built during the upgrade covers the old rows.
        assert [hit.article_id for hit in archive.search("dang bo")] == [1]
        assert [hit.article_id for hit in archive.search("ban chap hanh")] == [1]


def test_an_archive_without_lead_and_posted_by_is_upgraded(db_path: Path) -> None:
    # A file of the version before the lead/posted_by migration, with an article in it.
    conn = file_at_version(db_path, MIGRATIONS.index(_migrate_to_v4))
    conn.execute(
        "INSERT INTO articles (article_id, url, lang, title, published_at, author, content_hash,"
        " first_seen_at, last_fetched_at, captions_text, body, body_html)"
        " VALUES (1, 'u', 'vi', 'Tiêu đề', '2022-01-07T15:27:00+07:00', 'Ad Min', 'h',"
        " '2022-01-08T00:00:00.000Z', '2022-01-08T00:00:00.000Z', NULL, 'Thân bài', '<p>x</p>')"
    )
    conn.close()

    with Archive.open(db_path) as archive:
        assert archive.schema_version == CURRENT_VERSION
        old = archive.get(1)
        assert old is not None and (old.author, old.lead, old.posted_by) == ("Ad Min", None, None)
        # storing the same article anew, now read with its lead and account line
        new = make_article(1, lead="Thân bài", posted_by="Ad Min", author="Huy Kiên")
        assert archive.store(new, page_for(new), fetched(), "https://x/1") == "updated"
        assert (archive.get(1).lead, archive.get(1).posted_by) == ("Thân bài", "Ad Min")
        assert rows(archive, "SELECT author, lead, posted_by FROM article_revisions") == [
            ("Ad Min", None, None)
        ]


def test_lead_and_posted_by_round_trip_and_a_change_of_them_is_a_revision(
    archive: Archive,
) -> None:
    first = make_article(lead="Sapo.", posted_by="Pho Ban bien tap")
    archive.store(first, page_for(first), fetched(), "https://x/1")
    assert archive.get(first.article_id) == first
    second = dataclasses.replace(first, posted_by="admin admin")
    assert archive.store(second, page_for(second), fetched(1), "https://x/1") == "updated"
    assert rows(archive, "SELECT lead, posted_by FROM article_revisions") == [
        ("Sapo.", "Pho Ban bien tap")
    ]


def test_reopening_a_current_archive_changes_nothing(archive: Archive, db_path: Path) -> None:
    archive.store(make_article(), page_for(make_article()), fetched(), "https://x/1")
    before = tables_checksum(archive.connection)
    with Archive.open(db_path) as again:
        assert tables_checksum(again.connection) == before


def test_a_damaged_archive_is_a_clear_error(archive: Archive, db_path: Path) -> None:
    for n in range(30):
        article = make_article(n + 1)
        archive.store(article, page_for(article) * 50, fetched(n), article.url)
    archive.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    archive.close()
    data = bytearray(db_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the schema page
    db_path.write_bytes(bytes(data))
    with pytest.raises(NotAnArchiveError, match=r"not a usable archive|not a SQLite database"):
        Archive.open(db_path)


# -- storing -----------------------------------------------------------------


def test_store_new_article(archive: Archive) -> None:
    article = make_article()
    raw = page_for(article)
    assert archive.store(article, raw, fetched(), "https://caugiay.hanoi.gov.vn/en/x") == "new"
    assert archive.get(article.article_id) == article
    (row,) = rows(
        archive,
        "SELECT content_hash, first_seen_at, last_fetched_at, captions_text, view_count"
        " FROM articles",
    )
    assert row == (
        content_hash(article.title, article.body, article.captions),
        "2024-05-01T03:00:00+00:00",
        "2024-05-01T03:00:00+00:00",
        "Đồng chí Nguyễn Văn Chiến phát biểu tại Hội nghị",
        171,
    )
    assert rows(archive, "SELECT position, image_url, text FROM captions ORDER BY position") == [
        (1, article.captions[0].image_url, article.captions[0].text),
        (2, article.captions[1].image_url, None),
    ]
    assert rows(archive, "SELECT * FROM view_counts") == [
        (article.article_id, "2024-05-01T03:00:00+00:00", 171)
    ]
    (page,) = rows(
        archive,
        "SELECT article_id, url, source, observed_at, fetched_at, status, complete, sha256,"
        " encoding, parse_error, html FROM pages JOIN page_bodies USING (sha256)",
    )
    assert page[:10] == (
        article.article_id,
        "https://caugiay.hanoi.gov.vn/en/x",
        "live",
        "2024-05-01T03:00:00+00:00",
        "2024-05-01T03:00:00+00:00",
        200,
        1,
        __import__("hashlib").sha256(raw).hexdigest(),
        "zlib",
        None,
    )
    assert zlib.decompress(page[10]) == raw == decompress_page(page[10], page[8])


def test_unchanged_refetch_adds_a_view_count_and_no_revision(archive: Archive) -> None:
    article = make_article()
    archive.store(article, page_for(article), fetched(0), article.url)
    again = dataclasses.replace(article, view_count=200, lang="en")
    assert archive.store(again, page_for(again), fetched(60), article.url) == "unchanged"
    assert rows(archive, "SELECT count(*) FROM article_revisions") == [(0,)]
    assert rows(archive, "SELECT observed_at, view_count FROM view_counts ORDER BY 1") == [
        ("2024-05-01T03:00:00+00:00", 171),
        ("2024-05-01T04:00:00+00:00", 200),
    ]
    assert rows(
        archive, "SELECT view_count, lang, first_seen_at, last_fetched_at FROM articles"
    ) == [(200, "en", "2024-05-01T03:00:00+00:00", "2024-05-01T04:00:00+00:00")]
    assert rows(archive, "SELECT count(*) FROM pages") == [(2,)]


def test_a_page_without_view_count_keeps_the_latest_seen(archive: Archive) -> None:
    article = make_article()
    archive.store(article, page_for(article), fetched(0), article.url)
    hidden = dataclasses.replace(article, view_count=None)
    archive.store(hidden, page_for(hidden), fetched(60), article.url)
    assert rows(archive, "SELECT view_count FROM articles") == [(171,)]
    assert rows(archive, "SELECT count(*) FROM view_counts") == [(1,)]


def test_changed_article_keeps_its_previous_version(archive: Archive) -> None:
    article = make_article()
    archive.store(article, page_for(article), fetched(0), article.url)
    changed = dataclasses.replace(
        article,
        title="Đảng bộ quận Cầu Giấy tổ chức Hội nghị lần thứ 12 (cập nhật)",
        body=article.body + "\n\nĐoạn mới.",
        captions=(Caption("https://caugiay.hanoi.gov.vn/image/new.jpg", "Quang cảnh Hội nghị"),),
        view_count=300,
    )
    assert archive.store(changed, page_for(changed), fetched(60), article.url) == "updated"
    assert archive.get(article.article_id) == changed
    (revision,) = rows(
        archive,
        "SELECT article_id, replaced_at, reason, title, section, published_at, author,"
        " content_hash, captions, body, body_html FROM article_revisions",
    )
    assert revision[:7] == (
        article.article_id,
        "2024-05-01T04:00:00+00:00",
        "refetch",
        article.title,
        article.section,
        article.published_at,
        article.author,
    )
    assert revision[7] == content_hash(article.title, article.body, article.captions)
    assert json.loads(revision[8]) == [c.to_dict() for c in article.captions]
    assert revision[9:] == (article.body, article.body_html)
    # Captions replaced, first_seen_at kept, the new text searchable, the old not.
    assert rows(archive, "SELECT position, image_url, text FROM captions") == [
        (1, "https://caugiay.hanoi.gov.vn/image/new.jpg", "Quang cảnh Hội nghị")
    ]
    assert rows(archive, "SELECT first_seen_at, last_fetched_at FROM articles") == [
        ("2024-05-01T03:00:00+00:00", "2024-05-01T04:00:00+00:00")
    ]
    assert [h.article_id for h in archive.search("doan moi")] == [article.article_id]
    assert archive.search("Nguyen Van Chien") == []
    # A third fetch of the same new version: no more revisions.
    assert archive.store(changed, page_for(changed), fetched(120), article.url) == "unchanged"
    assert rows(archive, "SELECT count(*) FROM article_revisions") == [(1,)]


@pytest.mark.parametrize(
    "change",
    [
        {"body_html": "<p>khác</p>"},
        {"author": "BAN TUYÊN GIÁO"},
        {"section": "TIN TỨC"},
        {"published_at": "2022-01-07T16:00:00+07:00"},
    ],
    ids=lambda change: next(iter(change)),
)
def test_changes_outside_the_hash_are_revisions_too(archive: Archive, change: dict) -> None:
    article = make_article()
    archive.store(article, page_for(article), fetched(0), article.url)
    assert (
        archive.store(dataclasses.replace(article, **change), b"x", fetched(1), article.url)
        == "updated"
    )
    assert rows(archive, "SELECT count(*) FROM article_revisions") == [(1,)]


def test_content_hash_ignores_normalization_form() -> None:
    import unicodedata

    article = make_article()
    nfd = unicodedata.normalize("NFD", article.title)
    assert nfd != article.title
    assert content_hash(nfd, article.body, article.captions) == content_hash(
        article.title, article.body, article.captions
    )
    assert content_hash("a", "bc", ()) != content_hash("ab", "c", ())


def test_naive_fetch_times_are_refused(archive: Archive) -> None:
    with pytest.raises(ValueError, match="no time zone"):
        archive.store(make_article(), b"x", datetime(2024, 5, 1), "u")
    assert archive.article_ids() == set()


def test_fetch_times_are_stored_in_utc(archive: Archive) -> None:
    hanoi = timezone(timedelta(hours=7))
    archive.store(make_article(), b"x", datetime(2024, 5, 1, 10, 0, tzinfo=hanoi), "u")
    assert rows(archive, "SELECT fetched_at FROM pages") == [("2024-05-01T03:00:00+00:00",)]


def test_gone_and_back(archive: Archive) -> None:
    archive.record_gone(42, "https://x/42", 404, fetched(0))
    archive.record_gone(42, "https://x/42", 410, fetched(5))
    assert archive.gone_ids() == {42}
    assert rows(archive, "SELECT status, seen_at FROM gone") == [(410, "2024-05-01T03:05:00+00:00")]
    article = make_article(42)
    archive.store(article, page_for(article), fetched(10), article.url)
    assert archive.gone_ids() == set()


def test_refused_page_is_kept_without_an_article(archive: Archive) -> None:
    archive.store_refused_page(
        7, "https://x/7", b"<html>listing</html>", fetched(), "no title\non page"
    )
    assert archive.article_ids() == set()
    assert rows(archive, "SELECT article_id, parse_error FROM pages") == [(7, "no title on page")]
    assert archive.latest_page(7) == ("https://x/7", b"<html>listing</html>", "no title on page")


def test_ids_published_since(archive: Archive) -> None:
    for article_id, published in [
        (1, "2022-01-07T15:27:00+07:00"),
        (2, "2023-03-01T08:00:00+07:00"),
    ]:
        article = make_article(article_id, published_at=published)
        archive.store(article, b"x", fetched(), article.url)
    assert archive.ids_published_since("2023-01-01") == {2}
    # 2022-01-07 08:27 UTC is 15:27 in Hanoi: the first article is included.
    assert archive.ids_published_since(datetime(2022, 1, 7, 8, 27, tzinfo=UTC)) == {1, 2}
    assert archive.ids_published_since(datetime(2022, 1, 7, 8, 28, tzinfo=UTC)) == {2}


def test_crawl_runs(archive: Archive) -> None:
    first = archive.start_run("incremental", fetched(0))
    second = archive.start_run("full", fetched(10))  # the first was killed
    archive.finish_run(second, "completed", fetched(20), pages_fetched=5, articles_new=3, note="ok")
    runs = archive.crawl_runs()
    assert [(r.run_id, r.mode, r.status) for r in runs] == [
        (second, "full", "completed"),
        (first, "incremental", "interrupted"),
    ]
    assert (runs[0].pages_fetched, runs[0].articles_new, runs[0].note) == (5, 3, "ok")
    assert runs[0].finished_at == "2024-05-01T03:20:00+00:00"
    with pytest.raises(TypeError, match="unknown counts"):
        archive.finish_run(second, "completed", fetched(20), articles_deleted=1)
    with pytest.raises(ArchiveError, match="no crawl run 999"):
        archive.finish_run(999, "completed", fetched(20))


def test_stats(archive: Archive) -> None:
    for n, published in enumerate(["2021-05-01T08:00:00+07:00", "2020-01-02T09:00:00+07:00"]):
        article = make_article(n + 1, published_at=published)
        archive.store(article, page_for(article), fetched(n), article.url)
    archive.record_gone(9, "u", 404, fetched())
    archive.store_refused_page(8, "u", b"x", fetched(), "no title")
    stats = archive.stats()
    assert (stats.articles, stats.captions, stats.view_observations, stats.pages) == (2, 4, 2, 3)
    assert (stats.pages_refused, stats.gone, stats.revisions) == (1, 1, 0)
    assert (stats.published_first, stats.published_last) == (
        "2020-01-02T09:00:00+07:00",
        "2021-05-01T08:00:00+07:00",
    )
    assert stats.file_size > 0
    assert stats.to_dict()["latest_runs"] == []


SPELLINGS = ("dang bo", "Đảng bộ", "ĐẢNG BỘ", "DANG BO")


def test_sqlite_utils_finds_every_spelling_in_the_full_text_index(
    archive: Archive, db_path: Path
) -> None:
    article = make_article()  # "Đảng bộ quận Cầu Giấy ..."
    other = make_article(2, title="Dạng bài khác", body="Đang triển khai bộ luật.", captions=())
    unrelated = make_article(3, title="Tin văn hóa", body="Lễ hội mùa xuân.", captions=())
    for n, stored in enumerate((article, other, unrelated)):
        archive.store(stored, page_for(stored), fetched(n), stored.url)
    db = sqlite_utils.Database(db_path)
    assert db["articles"].detect_fts() == "articles_fts"
    # sqlite-utils queries the table as it is, with the words as typed: the
    # folded copies in the index make đ/d, marks and case not matter.
    found = {q: sorted(r["article_id"] for r in db["articles"].search(q)) for q in SPELLINGS}
    assert found == {q: [2, article.article_id] for q in SPELLINGS}
    assert [r["article_id"] for r in db["articles"].search('"hoi nghi"')] == [article.article_id]
    assert db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")


@pytest.mark.parametrize(
    ("published_at", "day"),
    [
        ("2022-01-07T15:27:00+07:00", "2022-01-07"),
        # Before 07:00 in Hanoi is the day before in UTC: date() gets it wrong.
        ("2022-01-01T06:30:00+07:00", "2022-01-01"),
        ("2021-12-31T23:59:00+07:00", "2021-12-31"),
    ],
)
def test_published_date_is_the_hanoi_day(archive: Archive, published_at: str, day: str) -> None:
    article = make_article(published_at=published_at)
    archive.store(article, page_for(article), fetched(), article.url)
    assert rows(
        archive, "SELECT published_date, published_month, published_year FROM articles"
    ) == [(day, day[:7], int(day[:4]))]


def test_the_previous_version_is_upgraded_to_folded_search_and_hanoi_dates(db_path: Path) -> None:
    conn = sqlite3.connect(db_path, isolation_level=None)
    migrate(conn, target=MIGRATIONS.index(_migrate_to_v3))
    conn.execute(
        "INSERT INTO articles (article_id, url, lang, title, published_at, content_hash,"
        " first_seen_at, last_fetched_at, captions_text, body, body_html)"
        " VALUES (1, 'u', 'vi', 'ĐẢNG BỘ quận Cầu Giấy', '2022-01-01T06:30:00+07:00', 'h',"
        " 't', 't', 'Đồng chí phát biểu', 'Hội nghị Ban Chấp hành', '<p>x</p>')"
    )
    conn.close()
    with Archive.open(db_path) as archive:
        assert archive.schema_version == CURRENT_VERSION
        assert rows(archive, "SELECT published_date FROM articles") == [("2022-01-01",)]
        for query in (*SPELLINGS, "dong chi", "đồng CHÍ"):
            assert [hit.article_id for hit in archive.search(query)] == [1], query
    db = sqlite_utils.Database(db_path)
    for query in (*SPELLINGS, "dong chi"):
        assert [r["article_id"] for r in db["articles"].search(query)] == [1], query
    assert db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")


# -- reparse -------------------------------------------------------------------


def test_reparse_updates_records_revisions_and_names_refusals(archive: Archive) -> None:
    good = make_article(1)
    archive.store(good, page_for(good), fetched(0), good.url)
    archive.store_refused_page(2, "https://x/2", b"<html>2</html>", fetched(1), "no publish date")
    third = make_article(3)
    archive.store(third, page_for(third), fetched(2), third.url)

    def fixed_parser(raw: bytes, url: str):
        if raw == b"<html>2</html>":
            return make_article(2, title="Bài được cứu", view_count=None)
        if url == third.url:
            raise ValueError("now refused")
        assert raw == page_for(good)  # the stored bytes, decompressed
        return dataclasses.replace(good, author="BAN TUYÊN GIÁO QUẬN ỦY")

    seen = []
    result = archive.reparse(fixed_parser, progress=lambda done, total: seen.append((done, total)))
    assert (result.pages, result.new, result.updated, result.unchanged) == (3, 1, 1, 0)
    assert result.refused == [(3, "now refused")]
    assert result.errors == []
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert archive.get(1).author == "BAN TUYÊN GIÁO QUẬN ỦY"
    assert rows(archive, "SELECT article_id, reason FROM article_revisions") == [(1, "reparse")]
    assert archive.get(2).title == "Bài được cứu"
    # The rescued article's dates are its page's fetch time, not now.
    assert rows(archive, "SELECT first_seen_at FROM articles WHERE article_id = 2") == [
        ("2024-05-01T03:01:00+00:00",)
    ]
    # Refused now: the page says why, the archived article stays.
    assert archive.get(3) == third
    assert rows(archive, "SELECT article_id, parse_error FROM pages ORDER BY page_id") == [
        (1, None),
        (2, None),
        (3, "now refused"),
    ]
    # A second reparse with the same parser changes nothing more.
    again = archive.reparse(fixed_parser)
    assert (again.new, again.updated, again.unchanged, len(again.refused)) == (0, 0, 2, 1)
    assert rows(archive, "SELECT count(*) FROM article_revisions") == [(1,)]
    assert rows(archive, "SELECT count(*) FROM view_counts") == [(2,)]


def test_reparse_survives_a_crashing_parser(archive: Archive) -> None:
    article = make_article()
    archive.store(article, page_for(article), fetched(), article.url)

    def broken(raw: bytes, url: str):
        raise NotImplementedError("parser under construction")

    result = archive.reparse(broken)
    assert result.errors == [(article.article_id, "NotImplementedError: parser under construction")]
    assert archive.get(article.article_id) == article
    assert "1 parser errors" in result.summary()


def test_reparse_reads_the_latest_page_only(archive: Archive) -> None:
    article = make_article()
    archive.store(article, b"old page", fetched(0), article.url)
    archive.store(article, b"new page", fetched(1), article.url)
    pages = []
    archive.reparse(lambda raw, url: pages.append(raw) or article)
    assert pages == [b"new page"]
