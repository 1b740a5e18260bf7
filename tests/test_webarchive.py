"""Web-archive pieces without a crawl: CDX answers, capture choice, replay
clean-up, the Wayback emulation's API, and the archive's observation order."""

from __future__ import annotations

import contextlib
import itertools
import json
import random
import sqlite3
import urllib.request
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from archive import Archive, Article, Caption, RawPage
from archive.schema import APPLICATION_ID, MIGRATIONS, _migrate_to_v6
from archive_helpers import fetched, make_article, page_for
from replica.wayback import WaybackReplica, rewrite
from scraper.pages import ArticlePage, NotAnArticle
from scraper.profile import DEFAULT_PROFILE
from scraper.webarchive import commoncrawl, wayback
from scraper.webarchive.captures import Capture, CaptureChooser, portal_url
from scraper.webarchive.politeness import backfill_settings

# The CDX server README's own JSON example (showResumeKey=true, limit=5).
README_ANSWER = b"""[["urlkey","timestamp","original","mimetype","statuscode","digest","length"],
 ["org,archive)/", "19970126045828", "http://www.archive.org:80/", "text/html", "200", "Q4YULN754FHV2U6Q5JUT6Q2P57WEWNNY", "1415"],
 ["org,archive)/", "19971011050034", "http://www.archive.org:80/", "text/html", "200", "XAHDNHZ5P3GSSSNJ3DMEOJF7BMCCPZR3", "1402"],
 ["org,archive)/", "19971211122953", "http://www.archive.org:80/", "text/html", "200", "XAHDNHZ5P3GSSSNJ3DMEOJF7BMCCPZR3", "1405"],
 ["org,archive)/", "19971211122953", "http://www.archive.org:80/", "text/html", "200", "XAHDNHZ5P3GSSSNJ3DMEOJF7BMCCPZR3", "1405"],
 ["org,archive)/", "19980109140106", "http://archive.org:80/", "text/html", "200", "XAHDNHZ5P3GSSSNJ3DMEOJF7BMCCPZR3", "1402"],
 [],
 ["org%2Carchive%29%2F+19980109140106%21"]]"""  # noqa: E501 - the README's example, verbatim

PORTAL = "https://caugiay.hanoi.gov.vn/dang-doan-the"
ARTICLE = "/dang-doan-the/-/view_content/5211375-hoi-nghi.html"


def test_the_readme_example_reads_as_five_captures_and_a_resume_key() -> None:
    page = wayback.parse_cdx(README_ANSWER)
    assert [c.timestamp for c in page.captures][:2] == ["19970126045828", "19971011050034"]
    assert len(page.captures) == 5 and page.malformed == 0
    assert page.resume_key == "org%2Carchive%29%2F+19980109140106%21"
    assert page.captures[0].observed_at == datetime(1997, 1, 26, 4, 58, 28, tzinfo=UTC)


@pytest.mark.parametrize("body", [b"", b"[]", b"  \n"])
def test_no_rows_is_an_empty_page(body: bytes) -> None:
    page = wayback.parse_cdx(body)
    assert page.captures == [] and page.resume_key is None


def test_malformed_rows_are_counted_and_the_rest_kept() -> None:
    header = list(wayback.CDX_FIELDS)
    good = ["k", "20220107152700", "http://h" + ARTICLE, "text/html", "200", "D1", "9"]
    revisit = ["k", "20230107152700", "http://h" + ARTICLE, "warc/revisit", "-", "D1", "9"]
    bad = [
        good[:5],
        [*good[:1], "2022-01-07", *good[2:]],
        [*good[:4], "ok", *good[5:]],
        "row",
        [*good[:2], "ftp://x", *good[3:]],
    ]
    page = wayback.parse_cdx(json.dumps([header, good, *bad, revisit]).encode())
    assert page.malformed == 5
    assert [(c.status, c.is_revisit) for c in page.captures] == [(200, False), (None, True)]


@pytest.mark.parametrize(
    "body", [b"<html>Service Unavailable</html>", b'{"error": 1}', b'[["a","b"]]', b"[[1,"]
)
def test_an_answer_that_is_not_cdx_is_an_error(body: bytes) -> None:
    with pytest.raises(wayback.CdxError):
        wayback.parse_cdx(body)


def test_the_cdx_query_asks_what_the_issue_lists() -> None:
    url = wayback.cdx_url(
        "https://web.archive.org", "h/x/-/view_content/", "2020", "2024", "k%2C+1%21", 100
    )
    parts = urlsplit(url)
    query = parse_qs(parts.query)
    assert parts.path == "/cdx/search/cdx"
    assert query["matchType"] == ["prefix"] and query["output"] == ["json"]
    assert query["collapse"] == ["digest"] and query["showResumeKey"] == ["true"]
    assert "!statuscode:[45].." in query["filter"]
    assert (query["from"], query["to"], query["limit"]) == (["2020"], ["2024"], ["100"])
    assert query["resumeKey"] == ["k%2C+1%21"]  # passed back exactly as received


def test_the_section_is_asked_in_every_locale_without_scheme_or_www() -> None:
    assert wayback.section_prefixes(
        "https://www.caugiay.hanoi.gov.vn/dang-doan-the/", DEFAULT_PROFILE
    ) == [
        "caugiay.hanoi.gov.vn/dang-doan-the/-/view_content/",
        "caugiay.hanoi.gov.vn/en/dang-doan-the/-/view_content/",
    ]


@pytest.mark.parametrize(
    "original",
    [
        "http://caugiay.hanoi.gov.vn" + ARTICLE,
        "https://www.caugiay.hanoi.gov.vn" + ARTICLE,
        "http://www.caugiay.hanoi.gov.vn:80" + ARTICLE,
        "HTTP://CAUGIAY.hanoi.gov.vn" + ARTICLE,
    ],
)
def test_every_host_spelling_becomes_the_portals(original: str) -> None:
    assert portal_url(original, PORTAL) == "https://caugiay.hanoi.gov.vn" + ARTICLE
    assert (
        portal_url(original + "?a=1", PORTAL) == "https://caugiay.hanoi.gov.vn" + ARTICLE + "?a=1"
    )


def test_another_host_is_not_the_portal() -> None:
    assert portal_url("https://caugiay.example.org" + ARTICLE, PORTAL) is None


def _capture(
    stamp: str = "20220107152700",
    url: str = "http://caugiay.hanoi.gov.vn" + ARTICLE,
    status: int | None = 200,
    digest: str = "D1",
    mimetype: str = "text/html",
) -> Capture:
    return Capture("wayback", stamp, url, status, mimetype, digest)


def test_the_chooser_fetches_each_content_once_and_nothing_stored() -> None:
    stored = _capture("20210101000000")
    chooser = CaptureChooser(PORTAL, stored_keys={stored.key}, stored_digests={"OLD"})
    offers = [
        _capture(),  # chosen
        _capture(
            "20220107152700", "https://www.caugiay.hanoi.gov.vn" + ARTICLE, digest="D9"
        ),  # same capture
        _capture("20220301000000", digest="D1"),  # same content later: collapse missed it
        _capture("20220401000000", digest="OLD"),  # stored digest
        _capture(
            "20210101000000", "https://caugiay.hanoi.gov.vn" + ARTICLE, digest="D5"
        ),  # stored key
        _capture("20220501000000", status=None, mimetype="warc/revisit", digest="D7"),
        _capture("20220601000000", status=301, digest="D8"),
        _capture("20220701000000", "http://caugiay.hanoi.gov.vn/dang-doan-the", digest="D6"),
        _capture("20220801000000", "http://other.example" + ARTICLE, digest="D4"),
        _capture("20220901000000", digest="D2"),  # chosen
    ]
    chosen = [c for c in map(chooser.offer, offers) if c is not None]
    assert [(c.timestamp, c.article_id) for c in chosen] == [
        ("20220107152700", 5211375),
        ("20220901000000", 5211375),
    ]
    assert dict(chooser.skipped) == {
        "stored": 3,
        "duplicate": 1,
        "revisit": 1,
        "redirect": 1,
        "not_article": 2,
    }


@pytest.mark.parametrize(
    ("location", "kind"),
    [
        ("http://w/web/20230101000000id_/http://caugiay.hanoi.gov.vn" + ARTICLE, "capture"),
        ("/web/20230101000000id_/http://caugiay.hanoi.gov.vn/c/portal/login?p_l_id=1", "login"),
        ("http://w/web/20250801000000id_/https://caugiay.hanoi.gov.vn/trang-chu", "elsewhere"),
    ],
)
def test_replay_redirects_are_told_apart(location: str, kind: str) -> None:
    assert wayback.redirect_kind(location, _capture()) == kind


def test_the_politeness_defaults_are_the_published_limit() -> None:
    slots = backfill_settings()["DOWNLOAD_SLOTS"]
    assert slots["cdx"]["delay"] == pytest.approx(2.5)  # 24 a minute
    assert slots["cdx"]["concurrency"] == slots["replay"]["concurrency"] == 1
    assert backfill_settings()["CONCURRENT_REQUESTS"] == 1
    assert 429 not in backfill_settings()["RETRY_HTTP_CODES"]


# --- the emulation ---------------------------------------------------------------


def _get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=10) as answer:
        body: bytes = answer.read()
        return body


def test_paging_by_resume_key_lists_every_capture_once(archive_org: WaybackReplica) -> None:
    host = archive_org.replica.base_url.split("//")[1]
    prefix = f"{host}/dang-doan-the/-/view_content/"
    whole = wayback.parse_cdx(_get(wayback.cdx_url(archive_org.base_url, prefix, limit=100000)))
    assert whole.resume_key is None
    seen, key, requests = [], None, 0
    while True:
        page = wayback.parse_cdx(
            _get(wayback.cdx_url(archive_org.base_url, prefix, resume_key=key, limit=7))
        )
        requests += 1
        seen += page.captures
        key = page.resume_key
        if key is None:
            break
    assert [c.key for c in seen] == [c.key for c in whole.captures]
    assert requests == -(-len(whole.captures) // 7) or requests == -(-len(whole.captures) // 7) + 1
    assert not any(c.status is not None and c.status >= 400 for c in seen)


def test_from_and_to_bound_the_listing(archive_org: WaybackReplica) -> None:
    host = archive_org.replica.base_url.split("//")[1]
    prefix = f"{host}/dang-doan-the/-/view_content/"
    stamps = sorted(c.timestamp for c in archive_org.captures if "/en/" not in c.original)
    middle = stamps[len(stamps) // 2]
    page = wayback.parse_cdx(_get(wayback.cdx_url(archive_org.base_url, prefix, since=middle)))
    assert page.captures and min(c.timestamp for c in page.captures) >= middle
    page = wayback.parse_cdx(_get(wayback.cdx_url(archive_org.base_url, prefix, until="1990")))
    assert page.captures == []


def test_a_rewritten_replay_reads_as_the_raw_capture(archive_org: WaybackReplica) -> None:
    capture = next(
        c for c in archive_org.distinct_article_captures() if c.article_id == archive_org.edited_id
    )
    browser = _get(f"{archive_org.base_url}/web/{capture.timestamp}/{capture.original}")
    assert b"WAYBACK TOOLBAR" in browser and f"/web/{capture.timestamp}/".encode() in browser
    clean, stripped = wayback.strip_archive_markup(browser)
    assert stripped and b"Wayback Machine" not in clean and b"/web/2" not in clean
    url = portal_url(capture.original, archive_org.replica.base_url) or ""
    raw = ArticlePage(capture.body, url).to_article()
    read = ArticlePage(clean, url).to_article()
    # the same article; photo links made absolute by the archive keep the capture's scheme
    assert (read.title, read.body, read.view_count, read.published_at, read.author) == (
        raw.title,
        raw.body,
        raw.view_count,
        raw.published_at,
        raw.author,
    )
    assert [urlsplit(c.image_url).path for c in read.captions] == [
        urlsplit(c.image_url).path for c in raw.captions
    ]
    assert raw.title.endswith("(dự thảo)")  # the first capture of the edited article


def test_a_toolbar_that_cannot_be_removed_is_refused() -> None:
    html = rewrite(
        b"<html><head></head><body><p>x</p></body></html>", "20230101000000", "http://h/a"
    )
    broken = html.replace(b"<!-- END WAYBACK TOOLBAR INSERT -->", b"")
    with pytest.raises(ValueError, match="toolbar"):
        wayback.strip_archive_markup(broken)


def test_the_soft_404_capture_is_no_article(archive_org: WaybackReplica) -> None:
    capture = next(c for c in archive_org.captures if c.fault == "soft_404")
    with pytest.raises(NotAnArticle):
        ArticlePage(capture.body, capture.original).to_article()


# --- the archive: provenance and observation order -----------------------------------


def _store(archive: Archive, article: Article, days: int | None) -> None:
    """A live fetch (days=None, in 2024) or a capture of 1 + days January 2022."""
    if days is None:
        archive.store(article, page_for(article), fetched(), "https://x/1")
        return
    when = datetime(2022, 1, 1 + days, tzinfo=UTC)
    archive.store_page(
        article,
        RawPage(
            page_for(article) + str(days).encode(),
            f"https://web.archive.org/web/{when:%Y%m%d%H%M%S}id_/u",
            when,
            "wayback",
            fetched_at=fetched(),
            original_url="https://x/1",
            capture_digest=f"D{days}",
        ),
    )


def _snapshot(path: Path) -> dict[str, object]:
    conn = sqlite3.connect(path)
    try:
        return {
            "articles": conn.execute(
                "SELECT title, body, view_count, first_seen_at, "
                "last_fetched_at, observed_at FROM articles"
            ).fetchall(),
            "revisions": conn.execute(
                "SELECT title, observed_at, replaced_at, reason "
                "FROM article_revisions ORDER BY observed_at"
            ).fetchall(),
            "views": conn.execute(
                "SELECT observed_at, view_count FROM view_counts ORDER BY 1"
            ).fetchall(),
        }
    finally:
        conn.close()


def _stored_in_order(
    path: Path, pages: Mapping[Any, tuple[Article, int | None]], order: Iterable[Any]
) -> Path:
    with Archive.open(path, create=True) as archive:
        for key in order:
            _store(archive, *pages[key])
    return path


def _stored_in_every_order(
    tmp_path: Path, pages: Mapping[str, tuple[Article, int | None]]
) -> Iterator[tuple[tuple[str, ...], Path]]:
    """An archive of ``pages`` (name: article and capture day, or None for live)
    stored in each order of their names."""
    for n, order in enumerate(itertools.permutations(pages)):
        yield order, _stored_in_order(tmp_path / f"{n}.db", pages, order)


def test_the_order_of_storing_does_not_change_the_archive(tmp_path: Path) -> None:
    old = make_article(title="Bản nháp", view_count=10)
    mid = make_article(title="Bản chính", view_count=20)
    same_as_mid = make_article(title="Bản chính", view_count=25)
    live = make_article(title="Bản chính", view_count=40)
    pages = [(old, 1), (mid, 5), (same_as_mid, 9), (live, None)]
    snapshots = []
    for name, order in (
        ("in-order", pages),
        ("live-first", pages[3:] + pages[:3]),
        ("reversed", list(reversed(pages))),
    ):
        with Archive.open(tmp_path / f"{name}.db", create=True) as archive:
            for article, days in order:
                _store(archive, article, days)
        snapshots.append(_snapshot(tmp_path / f"{name}.db"))
    assert snapshots[0] == snapshots[1] == snapshots[2]
    articles, revisions = snapshots[0]["articles"], snapshots[0]["revisions"]
    assert articles[0][:3] == ("Bản chính", live.body, 40)  # the latest observation's fields
    assert (
        articles[0][5] == "2022-01-06T00:00:00+00:00"
    )  # the current text was first seen at capture 2
    assert revisions == [
        ("Bản nháp", "2022-01-02T00:00:00+00:00", "2022-01-06T00:00:00+00:00", "refetch")
    ]
    assert [v for _, v in snapshots[0]["views"]] == [10, 20, 25, 40]


def test_an_edit_and_its_revert_stay_in_order_whatever_order_they_arrive_in(
    tmp_path: Path,
) -> None:
    # Captured on 2, 6 and 10 January: the text, an edit of it, the text again;
    # then the live page, with the text.
    first = make_article(title="Bản chính", view_count=10)
    edited = make_article(
        title="Bản sửa",
        view_count=20,
        captions=(Caption(image_url="https://caugiay.hanoi.gov.vn/image/moi.jpg", text="Ảnh mới"),),
    )
    reverted = make_article(title="Bản chính", view_count=30)
    live = make_article(title="Bản chính", view_count=40)
    pages = {
        "first": (first, 1),
        "edited": (edited, 5),
        "reverted": (reverted, 9),
        "live": (live, None),
    }
    day = "2022-01-{:02d}T00:00:00+00:00".format
    for order, path in _stored_in_every_order(tmp_path, pages):
        snapshot = _snapshot(path)
        ((title, _, views, _, last_fetched, current_since),) = snapshot["articles"]
        assert (title, views) == ("Bản chính", 40), order
        revisions = snapshot["revisions"]
        # Every order: each version is replaced after it was first seen, by another text.
        assert all(seen < replaced for _, seen, replaced, _ in revisions), order
        titles = [t for t, *_ in revisions] + [title]
        assert all(a != b for a, b in itertools.pairwise(titles)), order
        assert revisions[0][:2] == ("Bản chính", day(2)) and revisions[1][:2] == ("Bản sửa", day(6))
        with contextlib.closing(sqlite3.connect(path)) as conn:
            stored = conn.execute(
                "SELECT captions FROM article_revisions ORDER BY observed_at"
            ).fetchall()
        assert [json.loads(c) for (c,) in stored] == [
            [c.to_dict() for c in version.captions] for version in (first, edited)
        ], order
        # the revert dated by its capture, even when the edit's capture came
        # last, after the text's observations had merged into one version
        assert [r[2] for r in revisions] == [day(6), day(10)], order
        assert current_since == day(10), order
        assert last_fetched > day(10), order


def test_an_edit_inside_an_older_version_and_its_revert_keep_their_dates_in_every_order(
    tmp_path: Path,
) -> None:
    # Captured on 2, 10 and 15 January: A, an edit B, A again; the live page
    # (2024) shows C. The edit falls inside a revision's period, not the
    # current one's: A's return on 15 January is a version of its own.
    pages = {
        "first": (make_article(title="A", view_count=1), 1),
        "edited": (make_article(title="B", view_count=2), 9),
        "reverted": (make_article(title="A", view_count=3), 14),
        "live": (make_article(title="C", view_count=4), None),
    }
    day = "2022-01-{:02d}T00:00:00+00:00".format
    for order, path in _stored_in_every_order(tmp_path, pages):
        snapshot = _snapshot(path)
        ((title, _, views, _, last_fetched, current_since),) = snapshot["articles"]
        assert (title, views, current_since) == ("C", 4, last_fetched), order
        assert [(t, seen, replaced) for t, seen, replaced, _ in snapshot["revisions"]] == [
            ("A", day(2), day(10)),
            ("B", day(10), day(15)),
            ("A", day(15), last_fetched),
        ], order


def _timeline(path: Path) -> tuple[list[tuple[str, str, str]], tuple[str, str]]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        revisions = conn.execute(
            "SELECT title, observed_at, replaced_at FROM article_revisions ORDER BY observed_at"
        ).fetchall()
        current = conn.execute("SELECT title, observed_at FROM articles").fetchone()
    return revisions, current


def test_any_order_of_storing_gives_the_timeline_of_storing_in_time_order(tmp_path: Path) -> None:
    # Every history of four captures showing text A or B, then a live page
    # showing A or B; each stored in time order and in ten other orders (a
    # fixed sample of the 120): the same revisions, dates and current version.
    rng = random.Random(7)
    n = 0
    for *texts, live in itertools.product("AB", repeat=5):
        pages = [(make_article(title=t, view_count=k), 1 + 3 * k) for k, t in enumerate(texts)]
        pages.append((make_article(title=live, view_count=99), None))
        orders = [range(len(pages)), *rng.sample(list(itertools.permutations(range(5))), 10)]
        timelines = []
        for order in orders:
            n += 1
            timelines.append(_timeline(_stored_in_order(tmp_path / f"{n}.db", pages, order)))
        assert all(t == timelines[0] for t in timelines), (texts, live)


def test_a_revert_seen_only_in_pages_stored_before_their_versions_were_kept_is_never_dated_early(
    tmp_path: Path,
) -> None:
    # An archive upgraded from schema 6: its pages do not say which text they
    # showed. The edit's capture, stored last, then dates the text's return at
    # the latest observation: later than it was, never before the edit.
    path = tmp_path / "a.db"
    text = make_article(title="Bản chính", view_count=10)
    edited = make_article(title="Bản sửa", view_count=20)
    with Archive.open(path, create=True) as archive:
        _store(archive, text, None)
        _store(archive, text, 1)
        _store(archive, text, 9)
        archive.connection.execute("UPDATE pages SET version_hash = NULL")
        _store(archive, edited, 5)
    ((*_, last_fetched, current_since),) = _snapshot(path)["articles"]
    revisions = _snapshot(path)["revisions"]
    assert [(t, seen, replaced) for t, seen, replaced, _ in revisions] == [
        ("Bản chính", "2022-01-02T00:00:00+00:00", "2022-01-06T00:00:00+00:00"),
        ("Bản sửa", "2022-01-06T00:00:00+00:00", last_fetched),
    ]
    assert current_since == last_fetched


def test_reparse_says_which_version_its_page_shows(tmp_path: Path) -> None:
    text = make_article(title="Bản chính")
    with Archive.open(tmp_path / "a.db", create=True) as archive:
        _store(archive, text, None)
        archive.connection.execute("UPDATE pages SET version_hash = NULL")  # before schema 7
        archive.reparse(lambda raw, url: text)
        (filled,) = archive.connection.execute("SELECT version_hash FROM pages").fetchone()

        def refuse(raw: bytes, url: str) -> Article:
            raise ValueError("no article text")

        archive.reparse(refuse)
        (refused,) = archive.connection.execute("SELECT version_hash FROM pages").fetchone()
    assert filled is not None and refused is None


def test_each_page_says_where_and_when_it_was_observed(tmp_path: Path) -> None:
    article = make_article()
    with Archive.open(tmp_path / "a.db", create=True) as archive:
        _store(archive, article, None)
        _store(archive, article, 3)
        rows = archive.connection.execute(
            "SELECT source, observed_at, url, original_url, "
            "capture_digest FROM pages ORDER BY page_id"
        ).fetchall()
        current = archive.connection.execute("SELECT page_id FROM articles").fetchone()[0]
        assert archive.observations("wayback") == [
            ("2022-01-04T00:00:00+00:00", "https://x/1", "D3")
        ]
        latest = archive.latest_page(article.article_id)
        assert latest is not None and latest[0] == "https://x/1"
    assert rows[0] == ("live", "2024-05-01T03:00:00+00:00", "https://x/1", None, None)
    assert rows[1] == (
        "wayback",
        "2022-01-04T00:00:00+00:00",
        "https://web.archive.org/web/20220104000000id_/u",
        "https://x/1",
        "D3",
    )
    assert current == 1  # the live page: newer than the capture


def test_an_archive_of_the_previous_version_gains_observation_order(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    previous = MIGRATIONS.index(_migrate_to_v6)  # the version before observation order
    for migration in MIGRATIONS[:previous]:
        migration(conn)
    conn.execute(f"PRAGMA user_version = {previous}")
    conn.execute("COMMIT")
    conn.execute(
        "INSERT INTO articles (article_id, url, lang, title, published_at, content_hash,"
        " first_seen_at, last_fetched_at, body, body_html)"
        " VALUES (1, 'u', 'vi', 't', '2022-01-07T15:27:00+07:00', 'h', '2024-01-01T00:00:00+00:00',"
        " '2024-02-01T00:00:00+00:00', 'b', '<p>b</p>')"
    )
    conn.execute("INSERT INTO page_bodies (sha256, encoding, html) VALUES ('s', 'identity', x'00')")
    conn.execute(
        "INSERT INTO pages (article_id, source, observed_at, "
        "fetched_at, url, status, complete, sha256)"
        " VALUES (1, 'live', '2024-02-01T00:00:00+00:00', "
        "'2024-02-01T00:00:00+00:00', 'https://x/1', 200, 1, 's')"
    )
    conn.close()
    with Archive.open(path) as archive:
        page = archive.connection.execute(
            "SELECT source, original_url, capture_digest, version_hash FROM pages"
        ).fetchone()
        article = archive.connection.execute("SELECT observed_at, page_id FROM articles").fetchone()
    assert page == ("live", None, None, None)  # which version it showed: not known
    assert article == ("2024-01-01T00:00:00+00:00", 1)


def test_reparse_reads_a_capture_at_its_portal_address_and_keeps_the_order(tmp_path: Path) -> None:
    live = make_article(title="Bản chính", view_count=40)
    old = make_article(title="Bản nháp", view_count=10)
    seen: list[str] = []

    def parse(raw: bytes, url: str) -> Article:
        seen.append(url)
        return live if b"live" in raw else old

    with Archive.open(tmp_path / "a.db", create=True) as archive:
        archive.store(live, page_for(live) + b"live", fetched(), "https://x/1")
        _store(archive, old, 1)
        result = archive.reparse(parse)
        current = archive.get(live.article_id)
    assert seen == ["https://x/1"]  # the latest observation only: the live page
    assert result.unchanged == 1 and current is not None and current.title == "Bản chính"
    with Archive.open(tmp_path / "b.db", create=True) as archive:
        _store(archive, old, 1)  # a capture only
        archive.reparse(parse)
    assert seen[-1] == "https://x/1"  # not the replay URL the bytes came from


# --- Common Crawl ---------------------------------------------------------------------


def test_common_crawl_index_lines_read_as_captures_with_their_warc_ranges() -> None:
    good = {
        "urlkey": "vn,gov,hanoi,caugiay)" + ARTICLE,
        "timestamp": "20230605073800",
        "url": "https://caugiay.hanoi.gov.vn" + ARTICLE,
        "mime": "text/html",
        "status": "200",
        "digest": "D1",
        "length": "9000",
        "offset": "1234",
        "filename": "crawl-data/x.warc.gz",
    }
    body = "\n".join(
        [
            json.dumps(good),
            "not json",
            json.dumps({**good, "offset": "x"}),
            json.dumps({**good, "timestamp": "2023"}),
            "",
        ]
    ).encode()
    page = commoncrawl.parse_index(body)
    assert page.malformed == 3
    (capture,) = page.captures
    assert capture.warc == ("crawl-data/x.warc.gz", 1234, 9000) and capture.status == 200
    assert commoncrawl.warc_range("https://data.commoncrawl.org/", capture) == (
        "https://data.commoncrawl.org/crawl-data/x.warc.gz",
        "bytes=1234-10233",
    )


def test_the_crawls_of_collinfo_within_since_and_until() -> None:
    body = json.dumps(
        [
            {"id": f"CC-MAIN-{y}-10", "cdx-api": f"https://i/CC-MAIN-{y}-10-index"}
            for y in (2024, 2019, 2021)
        ]
    ).encode()
    assert [c.crawl_id for c in commoncrawl.parse_collinfo(body, "2020", "2024-06")] == [
        "CC-MAIN-2021-10",
        "CC-MAIN-2024-10",
    ]
    with pytest.raises(wayback.CdxError):
        commoncrawl.parse_collinfo(b"<html>", None, None)


def test_a_warc_record_gives_status_and_payload() -> None:
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    http = StatusAndHeaders("301 Moved", [("Location", "https://x/new")], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        "https://x/a", "response", payload=io.BytesIO(b""), http_headers=http
    )
    writer.write_record(record)
    record.raw_stream.close()
    assert commoncrawl.read_record(buffer.getvalue()) == (301, "https://x/new", b"")
    with pytest.raises(ValueError, match="WARC"):
        commoncrawl.read_record(b"\x1f\x8b not gzip")
