"""The ``Archive``: one SQLite file of articles, their history and raw pages.

All SQL that writes or reads the archive lives in this package; the CLI and
the crawler call these methods.

Guarantees:

- **Whole articles only.** Each ``store``/``store_refused_page``/
  ``record_gone`` call, and each article of a ``reparse``, is one
  transaction: an article row never exists without its captions, view
  count, page and FTS entry, whenever the process is killed.
- **Nothing silently overwritten.** When a refetch or reparse finds an
  article's content changed, the previous version goes to
  ``article_revisions`` first.
- **Readers and a writer together.** WAL mode: researchers can query while
  cron crawls; a busy timeout makes a writer wait instead of failing.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import urllib.parse
import zlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO, Literal

from archive import export as _export, gaps as _gaps, research as _research, search as _search
from archive.errors import (
    ArchiveError,
    ArchiveVersionError,
    NoArchiveError,
    NotAnArchiveError,
)
from archive.hashing import content_hash, stable_html
from archive.model import Article, Caption, RawPage
from archive.schema import APPLICATION_ID, CURRENT_VERSION, migrate
from archive.timeline import Version, place
from archive.timeutil import hanoi_iso, now_utc_iso, utc_iso

StoreResult = Literal["new", "updated", "unchanged"]

#: How ``pages.html`` is stored (the ``pages.encoding`` column).
PAGE_ENCODING = "zlib"

#: Counters ``finish_run`` accepts (columns of ``crawl_runs``).
RUN_COUNTS = (
    "pages_fetched",
    "articles_new",
    "articles_updated",
    "articles_unchanged",
    "articles_failed",
    "articles_refused",
    "articles_gone",
)

#: Errors of one article's values (a number beyond SQLite's int64), not of the
#: archive: that article fails, the rest goes on.
DATA_ERRORS = (OverflowError, ValueError, TypeError, sqlite3.IntegrityError, sqlite3.InterfaceError)

#: Seconds a writer waits for another writer before giving up.
BUSY_TIMEOUT = 30.0

_MAX_REASON = 500


def captions_text(captions: Sequence[Caption]) -> str | None:
    """The caption texts joined by newlines, for full-text search; None if none."""
    texts = [c.text for c in captions if c.text]
    return "\n".join(texts) if texts else None


def decompress_page(html: bytes, encoding: str = PAGE_ENCODING) -> bytes:
    """The raw bytes of a stored page (``pages.html`` + ``pages.encoding``)."""
    if encoding == "zlib":
        return zlib.decompress(html)
    if encoding == "identity":
        return bytes(html)
    raise ArchiveError(f"unknown page encoding {encoding!r}")


#: zlib level for stored pages: level 1 compresses a 55 KB page in ~0.4 ms to
#: 29% of its size; level 6 takes twice as long for 25%.
PAGE_COMPRESSION_LEVEL = 1


@dataclass(frozen=True, slots=True)
class _StoredPage:
    sha256: str
    blob: bytes

    @classmethod
    def of(cls, raw_html: bytes | str) -> _StoredPage:
        if isinstance(raw_html, str):
            raw_html = raw_html.encode("utf-8")
        return cls(
            hashlib.sha256(raw_html).hexdigest(), zlib.compress(raw_html, PAGE_COMPRESSION_LEVEL)
        )


@dataclass(frozen=True, slots=True)
class CrawlRun:
    """One row of ``crawl_runs``."""

    run_id: int
    started_at: str
    finished_at: str | None
    mode: str
    status: str
    pages_fetched: int
    articles_new: int
    articles_updated: int
    articles_unchanged: int
    articles_failed: int
    note: str | None
    source: str = "live"
    articles_refused: int = 0
    articles_gone: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class ArchiveStats:
    """What ``portal-archive stats`` shows."""

    path: str
    file_size: int  # bytes, the main file plus its -wal
    schema_version: int
    articles: int
    captions: int
    view_observations: int
    revisions: int
    pages: int
    pages_refused: int
    gone: int
    crawl_runs: int
    retry_queued: int
    retry_given_up: int
    published_first: str | None
    published_last: str | None
    latest_runs: tuple[CrawlRun, ...]

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["latest_runs"] = [run.to_dict() for run in self.latest_runs]
        return data


@dataclass(slots=True)
class ReparseResult:
    """What ``reparse`` did: counts, and the pages it could not use, by id."""

    pages: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    #: (article_id, reason) of pages the parser refused (it raised ValueError).
    refused: list[tuple[int, str]] = field(default_factory=list)
    #: (article_id, "ExceptionType: message") of pages the parser crashed on.
    errors: list[tuple[int, str]] = field(default_factory=list)

    def summary(self) -> str:
        line = (
            f"reparsed {self.pages} page{'s' if self.pages != 1 else ''}: "
            f"{self.new} new, {self.updated} updated, {self.unchanged} unchanged, "
            f"{len(self.refused)} refused"
        )
        if self.errors:
            line += f", {len(self.errors)} parser errors"
        return line


ParseFn = Callable[[bytes, str], Article]
ProgressFn = Callable[[int, int], None]


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and not _read_only_filesystem(path)


def _read_only_filesystem(path: Path) -> bool:
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except OSError:
        return False


#: The current captions of article ``:id`` as a revision stores them (JSON, in order).
_CAPTIONS_JSON = (
    "(SELECT json_group_array(json_object('image_url', image_url, 'text', text))"
    " FROM (SELECT image_url, text FROM captions WHERE article_id = :id ORDER BY position))"
)


#: The start of every statement that writes a revision: its columns, in the order given.
_INSERT_REVISION = (
    "INSERT INTO article_revisions (article_id, replaced_at, reason, title, section,"
    " published_at, author, lead, posted_by, content_hash, captions, body, body_html,"
    " observed_at)"
)


def _version_key(
    content_hash_: str,
    body_html: str,
    author: str | None,
    section: str | None,
    published_at: str,
    lead: str | None,
    posted_by: str | None,
) -> tuple[Any, ...]:
    """What tells two versions of an article apart: the hash of its title,
    body and captions, and the fields outside it. URLs count by their stable
    part (archive.hashing): a new host, port or cache buster is no new version."""
    return (content_hash_, stable_html(body_html), author, section, published_at, lead, posted_by)


def _version_digest(key: tuple[Any, ...]) -> str:
    """``pages.version_hash``: a version key (``_version_key``) in one column."""
    text = json.dumps(key, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _one_line(text: str) -> str:
    line = " ".join(str(text).split())
    return line if len(line) <= _MAX_REASON else line[: _MAX_REASON - 1] + "…"


class Archive:
    """An open archive file. Use ``Archive.open()``; close it (or use ``with``)."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path

    # -- opening -----------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike[str], create: bool = False) -> Archive:
        """Open the archive at ``path``, upgrading an older schema.

        ``create=True`` (the crawler) makes a new archive if there is no file.
        Otherwise a missing file is ``NoArchiveError``; a file that is not
        SQLite, or SQLite without our tables, is ``NotAnArchiveError``; a
        file written by a newer release is ``ArchiveVersionError``.
        """
        path = Path(path)
        if path.is_dir():
            raise NotAnArchiveError(f"{path} is a directory, not an archive file")
        if not path.exists():
            if not create:
                raise NoArchiveError(f"no archive at {path}; run portal-archive crawl first")
            if not path.parent.exists():
                raise NoArchiveError(f"cannot create {path}: no directory {path.parent}")
        if not create and path.exists() and not _writable(path):
            return cls._open_read_only(path)
        mode = "rwc" if create else "rw"
        uri = f"file:{urllib.parse.quote(str(path.absolute()))}?mode={mode}"
        try:
            conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=BUSY_TIMEOUT)
        except sqlite3.OperationalError as exc:
            raise NoArchiveError(f"cannot open {path}: {exc}") from None
        return cls._prepared(conn, path, create)

    @classmethod
    def _open_read_only(cls, path: Path) -> Archive:
        """A file this process may not write (read-only filesystem or permissions).

        Readers (search, stats, export) work; a write fails with SQLite's
        "readonly database". On a read-only filesystem SQLite cannot create
        the WAL's shared-memory file, and no writer can exist there, so the
        file is opened as immutable. So is a file in a folder this process
        may not write, unless a WAL file is there: immutable would ignore the
        WAL, and with it whatever a running crawl has not yet checkpointed.
        """
        quoted = urllib.parse.quote(str(path.absolute()))
        wal = path.with_name(path.name + "-wal")
        immutable = _read_only_filesystem(path) or (
            not os.access(path.parent, os.W_OK) and not wal.exists()
        )
        uri = f"file:{quoted}?mode=ro" + ("&immutable=1" if immutable else "")
        try:
            conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=BUSY_TIMEOUT)
        except sqlite3.OperationalError as exc:
            raise NoArchiveError(f"cannot open {path} (read-only): {exc}") from None
        return cls._prepared(conn, path, create=False)

    @classmethod
    def _prepared(cls, conn: sqlite3.Connection, path: Path, create: bool) -> Archive:
        try:
            cls._prepare(conn, path, create)
        except sqlite3.OperationalError as exc:  # locked, disk full, I/O error
            conn.close()
            raise ArchiveError(f"cannot open {path}: {exc}") from None
        except sqlite3.DatabaseError as exc:  # a damaged file
            conn.close()
            raise NotAnArchiveError(f"{path} is not a usable archive ({exc})") from None
        except BaseException:
            conn.close()
            raise
        return cls(conn, path)

    @staticmethod
    def _prepare(conn: sqlite3.Connection, path: Path, create: bool) -> None:
        try:
            application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        except sqlite3.OperationalError as exc:  # cannot read it at all: say why
            raise ArchiveError(f"cannot read {path}: {exc}") from None
        except sqlite3.DatabaseError:
            raise NotAnArchiveError(f"{path} is not a SQLite database, so not an archive") from None
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if application_id != APPLICATION_ID:
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            if tables or application_id or version:
                raise NotAnArchiveError(
                    f"{path} is a SQLite database but not a portal-archive "
                    "(it has other tables, not the archive's)"
                )
            if not create:
                raise NotAnArchiveError(
                    f"{path} is an empty SQLite database, not an archive; "
                    "run portal-archive crawl first"
                )
        if version > CURRENT_VERSION:
            raise ArchiveVersionError(
                f"{path} has schema version {version}, newer than this portal-archive "
                f"understands ({CURRENT_VERSION}); upgrade portal-archive"
            )
        with contextlib.suppress(sqlite3.OperationalError):  # a read-only copy: no journal needed
            conn.execute("PRAGMA journal_mode = WAL")
        # WAL + NORMAL: a killed process loses nothing committed; only a
        # power cut can lose the last transactions, never corrupt the file.
        conn.execute("PRAGMA synchronous = NORMAL")
        try:
            migrate(conn)
        except sqlite3.OperationalError as exc:
            if "readonly" in str(exc):
                raise ArchiveError(
                    f"{path} needs a schema upgrade but is read-only; "
                    "open it once with write access"
                ) from None
            raise

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def connection(self) -> sqlite3.Connection:
        """The underlying connection (autocommit mode), for tests and tools."""
        return self._conn

    @property
    def schema_version(self) -> int:
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        # IMMEDIATE takes the write lock up front, so two writers queue on the
        # busy timeout instead of one failing with "database is locked" later.
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    # -- storing -----------------------------------------------------------

    def store(
        self,
        article: Article,
        raw_html: bytes,
        fetched_at: datetime,
        fetched_url: str,
        status: int = 200,
    ) -> StoreResult:
        """``store_page`` for a page the live crawl fetched at ``fetched_at``."""
        return self.store_page(article, RawPage(raw_html, fetched_url, fetched_at, status=status))

    def store_page(self, article: Article, page: RawPage) -> StoreResult:
        """Store one article page from any source; say whether the article was new.

        In one transaction: the article row is inserted or updated (its
        previous version saved to ``article_revisions`` if the content
        changed), captions replaced, a ``view_counts`` row added when the page
        shows a count, the raw page kept (``pages``, its bytes once in
        ``page_bodies``), and the id's ``gone`` and ``retry_queue`` entries
        cleared. ``page.observed_at`` orders observations and must be
        timezone-aware. A page cut short marks the article ``incomplete``.

        Observation time decides, not the order of calls: a page observed
        before the article's latest observation (a web archive's capture)
        never replaces its current fields; if its content differs it
        becomes a revision of its own time. A web archive's page does not
        clear ``gone``: the live portal's answer is the newer one.
        """
        observed = utc_iso(page.observed_at)
        body = _StoredPage.of(page.body)  # compressed before the write lock is taken
        with self._transaction():
            page_id = self._insert_page(article.article_id, page, body, None)
            result = self._apply(
                article,
                observed,
                reason="refetch",
                replaced_at=observed,
                complete=page.complete,
                page_id=page_id,
            )
            if page.source == "live":
                self._clear_gaps(article.article_id)
        return result

    def store_refused_page(
        self,
        article_id: int,
        url: str,
        raw_html: bytes,
        fetched_at: datetime,
        reason: str,
        status: int = 200,
    ) -> None:
        """``refuse_page`` for a page the live crawl fetched at ``fetched_at``."""
        self.refuse_page(article_id, RawPage(raw_html, url, fetched_at, status=status), reason)

    def refuse_page(self, article_id: int, page: RawPage, reason: str) -> None:
        """Keep a page that gave no article, with why, so ``reparse`` can retry it.

        Incremental crawls do not fetch a refused page again (``refused_ids``):
        after a parser fix, ``reparse`` reads it from here.
        """
        body = _StoredPage.of(page.body)
        with self._transaction():
            self._insert_page(article_id, page, body, _one_line(reason))
            if page.source == "live":
                self._clear_gaps(article_id)

    def record_gone(self, article_id: int, url: str, status: int, seen_at: datetime) -> None:
        """Remember that an article answered 404/410 (its archived rows stay)."""
        with self._transaction():
            self._conn.execute(
                "INSERT INTO gone (article_id, url, status, seen_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (article_id) DO UPDATE SET"
                " url = excluded.url, status = excluded.status, seen_at = excluded.seen_at",
                (article_id, url, status, utc_iso(seen_at)),
            )
            self._conn.execute("DELETE FROM retry_queue WHERE article_id = ?", (article_id,))

    def _clear_gaps(self, article_id: int) -> None:
        self._conn.execute("DELETE FROM gone WHERE article_id = ?", (article_id,))
        self._conn.execute("DELETE FROM retry_queue WHERE article_id = ?", (article_id,))

    def _insert_page(
        self, article_id: int, page: RawPage, body: _StoredPage, parse_error: str | None
    ) -> int:
        observed = utc_iso(page.observed_at)
        fetched = utc_iso(page.fetched_at) if page.fetched_at is not None else observed
        self._conn.execute(
            "INSERT OR IGNORE INTO page_bodies (sha256, encoding, html) VALUES (?, ?, ?)",
            (body.sha256, PAGE_ENCODING, body.blob),
        )
        cursor = self._conn.execute(
            "INSERT INTO pages (article_id, source, observed_at, fetched_at, url, status,"
            " complete, parse_error, sha256, original_url, capture_digest)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article_id,
                page.source,
                observed,
                fetched,
                page.url,
                page.status,
                int(page.complete),
                parse_error,
                body.sha256,
                page.original_url,
                page.capture_digest,
            ),
        )
        return int(cursor.lastrowid or 0)

    def _apply(
        self,
        article: Article,
        fetched: str,
        reason: str,
        replaced_at: str,
        complete: bool = True,
        page_id: int | None = None,
    ) -> StoreResult:
        """Insert or update the article row (inside a transaction), in observation order."""
        conn = self._conn
        article_id = article.article_id
        new_hash = content_hash(article.title, article.body, article.captions)
        new_key = _version_key(
            new_hash,
            article.body_html,
            article.author,
            article.section,
            article.published_at,
            article.lead,
            article.posted_by,
        )
        if page_id is not None:
            # which version the page shows: a text's return after an edit is
            # dated by its first page (_apply_older)
            conn.execute(
                "UPDATE pages SET version_hash = ? WHERE page_id = ?",
                (_version_digest(new_key), page_id),
            )
        if article.view_count is not None:
            # One observation per fetch; the same fetch read again (reparse)
            # replaces its own observation.
            conn.execute(
                "INSERT OR REPLACE INTO view_counts (article_id, observed_at, view_count)"
                " VALUES (?, ?, ?)",
                (article_id, fetched, article.view_count),
            )
        old = conn.execute(
            "SELECT title, section, published_at, author, lead, posted_by, content_hash, body,"
            " body_html, last_fetched_at, coalesce(observed_at, first_seen_at)"
            " FROM articles WHERE article_id = ?",
            (article_id,),
        ).fetchone()
        content = (
            article.section,
            article.title,
            article.published_at,
            article.author,
            article.lead,
            article.posted_by,
            new_hash,
            captions_text(article.captions),
            article.body,
            article.body_html,
        )
        if old is None:
            conn.execute(
                "INSERT INTO articles (article_id, url, lang, view_count, first_seen_at,"
                " last_fetched_at, observed_at, page_id, incomplete, section, title,"
                " published_at, author, lead, posted_by, content_hash, captions_text, body,"
                " body_html) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    article_id,
                    article.url,
                    article.lang,
                    article.view_count,
                    fetched,
                    fetched,
                    fetched,
                    page_id,
                    int(not complete),
                    *content,
                ),
            )
            self._insert_captions(article_id, article.captions)
            return "new"

        (
            old_title,
            old_section,
            old_published,
            old_author,
            old_lead,
            old_posted_by,
            old_hash,
            old_body,
            old_html,
            latest,
            current_since,
        ) = old
        current_key = _version_key(
            old_hash, old_html, old_author, old_section, old_published, old_lead, old_posted_by
        )
        changed = current_key != new_key
        conn.execute(
            "UPDATE articles SET first_seen_at = min(first_seen_at, ?) WHERE article_id = ?",
            (fetched, article_id),
        )
        if fetched < latest:
            # Observed before the latest observation: never the current fields.
            return self._apply_older(article, fetched, new_key, current_key, content)
        conn.execute(
            "UPDATE articles SET url = ?, lang = ?, view_count = coalesce(?, view_count),"
            " incomplete = ?, last_fetched_at = ?, page_id = coalesce(?, page_id)"
            " WHERE article_id = ?",
            (
                article.url,
                article.lang,
                article.view_count,
                int(not complete),
                fetched,
                page_id,
                article_id,
            ),
        )
        if not changed:
            if old_html != article.body_html:
                # The same content at moved URLs: keep the URLs that work now.
                conn.execute(
                    "UPDATE articles SET body_html = ? WHERE article_id = ?",
                    (article.body_html, article_id),
                )
                conn.execute("DELETE FROM captions WHERE article_id = ?", (article_id,))
                self._insert_captions(article_id, article.captions)
            return "unchanged"
        old_captions = conn.execute(f"SELECT {_CAPTIONS_JSON}", {"id": article_id}).fetchone()[0]
        conn.execute(
            f"{_INSERT_REVISION} VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article_id,
                replaced_at,
                reason,
                old_title,
                old_section,
                old_published,
                old_author,
                old_lead,
                old_posted_by,
                old_hash,
                old_captions,
                old_body,
                old_html,
                current_since,
            ),
        )
        conn.execute(
            "UPDATE articles SET section = ?, title = ?, published_at = ?, author = ?, lead = ?,"
            " posted_by = ?, content_hash = ?, captions_text = ?, body = ?, body_html = ?,"
            " observed_at = ? WHERE article_id = ?",
            (*content, fetched if reason == "refetch" else current_since, article_id),
        )
        conn.execute("DELETE FROM captions WHERE article_id = ?", (article_id,))
        self._insert_captions(article_id, article.captions)
        return "updated"

    def _apply_older(
        self,
        article: Article,
        observed: str,
        page_key: tuple[Any, ...],
        current_key: tuple[Any, ...],
        content: tuple[Any, ...],
    ) -> StoreResult:
        """A page observed before the article's latest observation (a web archive's capture).

        It never replaces the current fields: it is placed among the
        article's versions by its time (``archive.timeline``), as one more
        observation of a version, the earlier start of one, or a version of
        its own time, inserted as a revision. When the version it interrupts
        is seen again after it (``pages.version_hash``: an edit and its
        revert), that return is a version of its own too. Each refetch
        revision's ``replaced_at`` is then the next version's first
        observation, whatever order the pages arrived in.
        """
        conn = self._conn
        article_id = article.article_id
        current_since, latest = conn.execute(
            "SELECT coalesce(observed_at, first_seen_at), last_fetched_at"
            " FROM articles WHERE article_id = ?",
            (article_id,),
        ).fetchone()
        versions = [Version(current_since, same=current_key == page_key)]
        keys: dict[int | None, tuple[Any, ...]] = {None: current_key}
        for revision_id, since, *fields in conn.execute(
            "SELECT revision_id, observed_at, content_hash, body_html, author, section,"
            " published_at, lead, posted_by FROM article_revisions"
            " WHERE article_id = ? AND reason = 'refetch' AND observed_at IS NOT NULL",
            (article_id,),
        ):
            keys[revision_id] = _version_key(*fields)
            versions.append(Version(since, keys[revision_id] == page_key, revision_id))
        placement = place(observed, versions)
        change, period = placement.change, placement.period
        back = None  # the content in place at this page's time, seen again after it
        if change != "seen" and period is not None:
            # (an edit and its revert): from the first page that shows it, before
            # the next version; pages stored before schema 7 say nothing
            back = conn.execute(
                "SELECT min(observed_at) FROM pages WHERE article_id = ? AND observed_at > ?"
                " AND observed_at < coalesce(?, '9999') AND version_hash = ?",
                (article_id, observed, placement.until, _version_digest(keys[period.revision_id])),
            ).fetchone()[0]
            if change == "earlier" and back is not None:
                change = "new"  # the next version did not start here: its content came twice
        result: StoreResult = "unchanged"
        if change == "earlier":
            moved = placement.version
            assert moved is not None
            if moved.current:
                conn.execute(
                    "UPDATE articles SET observed_at = ? WHERE article_id = ?",
                    (observed, article_id),
                )
            else:
                conn.execute(
                    "UPDATE article_revisions SET observed_at = ? WHERE revision_id = ?",
                    (observed, moved.revision_id),
                )
        elif change in ("new", "split"):
            if change == "split":
                # The current content was seen before this page and is seen at
                # the latest observation: its earlier stretch is a version of
                # its own, and the current fields are first known again at its
                # first page after this one (else at the latest observation).
                self._insert_current_as_revision(article_id, current_since)
                conn.execute(
                    "UPDATE articles SET observed_at = ? WHERE article_id = ?",
                    (back or latest, article_id),
                )
            elif back is not None:
                # a revision's content back after this page: a version of its own
                assert period is not None and period.revision_id is not None
                self._copy_revision(period.revision_id, back)
            captions = json.dumps([c.to_dict() for c in article.captions], ensure_ascii=False)
            section, title, published, author, lead, posted_by, hash_, _, body, body_html = content
            conn.execute(
                f"{_INSERT_REVISION} VALUES (?, ?, 'refetch', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    article_id,
                    observed,
                    title,
                    section,
                    published,
                    author,
                    lead,
                    posted_by,
                    hash_,
                    captions,
                    body,
                    body_html,
                    observed,
                ),
            )
            result = "updated"
        conn.execute(
            "UPDATE article_revisions SET replaced_at = ("
            "  SELECT min(t) FROM ("
            "    SELECT r.observed_at AS t FROM article_revisions r WHERE r.article_id = :id"
            "      AND r.reason = 'refetch' AND r.observed_at > article_revisions.observed_at"
            "    UNION ALL SELECT observed_at FROM articles WHERE article_id = :id))"
            " WHERE article_id = :id AND reason = 'refetch' AND observed_at IS NOT NULL",
            {"id": article_id},
        )
        return result

    def _insert_current_as_revision(self, article_id: int, observed_at: str) -> None:
        """A refetch revision holding the article's current fields, first observed at
        ``observed_at`` (its ``replaced_at`` is set by the caller's recount)."""
        self._conn.execute(
            f"{_INSERT_REVISION} SELECT article_id, :at, 'refetch', title, section,"
            " published_at, author, lead, posted_by, content_hash,"
            f" {_CAPTIONS_JSON}, body, body_html, :at"
            " FROM articles WHERE article_id = :id",
            {"id": article_id, "at": observed_at},
        )

    def _copy_revision(self, revision_id: int, observed_at: str) -> None:
        """A refetch revision with the fields of revision ``revision_id``, first
        observed at ``observed_at`` (its ``replaced_at`` is set by the caller's recount)."""
        self._conn.execute(
            f"{_INSERT_REVISION} SELECT article_id, :at, 'refetch', title, section,"
            " published_at, author, lead, posted_by, content_hash,"
            " captions, body, body_html, :at"
            " FROM article_revisions WHERE revision_id = :id",
            {"id": revision_id, "at": observed_at},
        )

    def _insert_captions(self, article_id: int, captions: Sequence[Caption]) -> None:
        self._conn.executemany(
            "INSERT INTO captions (article_id, position, image_url, text) VALUES (?, ?, ?, ?)",
            [(article_id, n, c.image_url, c.text) for n, c in enumerate(captions, start=1)],
        )

    # -- what the crawler asks ---------------------------------------------

    def article_ids(self, source: str | None = None) -> set[int]:
        """Ids of every archived article; with ``source``, of those with a page from it."""
        if source is None:
            return {row[0] for row in self._conn.execute("SELECT article_id FROM articles")}
        rows = self._conn.execute(
            "SELECT DISTINCT article_id FROM pages WHERE source = ? AND parse_error IS NULL"
            " AND article_id IN (SELECT article_id FROM articles)",
            (source,),
        )
        return {row[0] for row in rows}

    def observations(self, source: str) -> list[tuple[str, str, str | None]]:
        """(observed_at, page URL, capture digest) of every page stored from ``source``."""
        return list(
            self._conn.execute(
                "SELECT observed_at, coalesce(original_url, url), capture_digest FROM pages"
                " WHERE source = ?",
                (source,),
            )
        )

    def view_series(self, article_id: int) -> list[tuple[str, str | None, int]]:
        """(observed_at, source, view_count) of an article, oldest first: live
        fetches and web-archive captures in one series."""
        return list(
            self._conn.execute(
                "SELECT v.observed_at, (SELECT p.source FROM "
                "pages p WHERE p.article_id = v.article_id"
                " AND p.observed_at = v.observed_at LIMIT 1), v.view_count"
                " FROM view_counts v WHERE v.article_id = ? ORDER BY v.observed_at",
                (article_id,),
            )
        )

    def gone_ids(self) -> set[int]:
        """Ids that answered 404/410 at their latest fetch."""
        return {row[0] for row in self._conn.execute("SELECT article_id FROM gone")}

    def ids_published_since(self, moment: datetime | str) -> set[int]:
        """Ids of articles published at or after ``moment`` (naive = Hanoi time)."""
        bound = hanoi_iso(moment)
        rows = self._conn.execute(
            "SELECT article_id FROM articles WHERE published_at >= ?", (bound,)
        )
        return {row[0] for row in rows}

    def refused_ids(self) -> set[int]:
        """Ids whose latest page the parser refused (incremental crawls skip them)."""
        return _gaps.refused_ids(self._conn)

    def ids_with_body(self, raw: bytes, other_than: int | None = None) -> dict[int, str]:
        """{id: URL} of pages stored with exactly these bytes (ids other than ``other_than``)."""
        sha = hashlib.sha256(raw).hexdigest()
        known = "SELECT 1 FROM page_bodies WHERE sha256 = ?"  # its primary key: no scan
        if self._conn.execute(known, (sha,)).fetchone() is None:
            return {}
        rows = self._conn.execute(
            "SELECT article_id, url FROM pages WHERE sha256 = ? AND article_id IS NOT ?"
            " ORDER BY page_id",
            (sha, other_than),
        )
        return dict(rows.fetchall())

    def queue_failure(
        self, article_id: int, url: str, reason: str, at: datetime, run_id: int, count: bool = True
    ) -> None:
        """Put a failed article in the retry queue (see ``archive.gaps``)."""
        with self._transaction() as conn:
            _gaps.queue_failure(
                conn, article_id, url, _one_line(reason), utc_iso(at), run_id, count
            )

    def retry_queue(self) -> list[_gaps.QueuedArticle]:
        """The articles waiting to be asked for again (and those given up)."""
        return _gaps.queued(self._conn)

    def listing_gaps(self) -> dict[str, str]:
        """Listing pages the last walk did not get past: {url: reason}."""
        return _gaps.listing_gaps(self._conn)

    def set_listing_gaps(self, gaps: dict[str, str], at: datetime) -> None:
        """Replace the listing gaps with the ones this crawl left."""
        with self._transaction() as conn:
            _gaps.set_listing_gaps(conn, gaps, utc_iso(at))

    def start_run(self, mode: str, started_at: datetime, source: str = "live") -> int:
        """Record a crawl starting; return its ``run_id``.

        Call it while holding ``crawl_lock``: runs still marked ``running``
        then belong to crawls that were killed, and become ``interrupted``.
        """
        with self._transaction() as conn:
            conn.execute("UPDATE crawl_runs SET status = 'interrupted' WHERE status = 'running'")
            cursor = conn.execute(
                "INSERT INTO crawl_runs (started_at, mode, status, source)"
                " VALUES (?, ?, 'running', ?)",
                (utc_iso(started_at), mode, source),
            )
        return int(cursor.lastrowid or 0)

    def finish_run(
        self,
        run_id: int,
        status: str,
        finished_at: datetime,
        note: str | None = None,
        **counts: int,
    ) -> None:
        """Record how a crawl ended, with its counters (``RUN_COUNTS`` names)."""
        unknown = sorted(set(counts) - set(RUN_COUNTS))
        if unknown:
            raise TypeError(f"finish_run() got unknown counts {unknown}; known: {RUN_COUNTS}")
        assignments = "".join(f", {name} = :{name}" for name in counts)
        with self._transaction() as conn:
            cursor = conn.execute(
                f"UPDATE crawl_runs SET status = :status, finished_at = :finished_at,"
                f" note = coalesce(:note, note){assignments} WHERE run_id = :run_id",
                {
                    "status": status,
                    "finished_at": utc_iso(finished_at),
                    "note": note,
                    "run_id": run_id,
                    **counts,
                },
            )
            if cursor.rowcount != 1:
                raise ArchiveError(f"no crawl run {run_id} in {self.path}")

    def last_completed_crawl(self) -> CrawlRun | None:
        """The latest crawl (not reparse) that completed, or None."""
        row = self._conn.execute(
            "SELECT run_id FROM crawl_runs WHERE status = 'completed' AND mode != 'reparse'"
            " AND finished_at IS NOT NULL ORDER BY finished_at DESC LIMIT 1"
        ).fetchone()
        if row is None:
            return None
        return next(r for r in self.crawl_runs(limit=-1) if r.run_id == row[0])

    def crawl_runs(self, limit: int = 5) -> list[CrawlRun]:
        """The latest ``limit`` crawl runs, newest first."""
        rows = self._conn.execute(
            "SELECT run_id, started_at, finished_at, mode, status, pages_fetched, articles_new,"
            " articles_updated, articles_unchanged, articles_failed, note, source,"
            " articles_refused, articles_gone FROM crawl_runs ORDER BY run_id DESC LIMIT ?",
            (limit,),
        )
        return [CrawlRun(*row) for row in rows]

    # -- reading -----------------------------------------------------------

    def get(self, article_id: int) -> Article | None:
        """The archived Article with this id, as stored (latest version)."""
        cursor = self._conn.execute(
            "SELECT article_id, url, lang, section, title, published_at, view_count, body,"
            " body_html, author, lead, posted_by FROM articles WHERE article_id = ?",
            (article_id,),
        )
        names = [column[0] for column in cursor.description]
        row = cursor.fetchone()
        if row is None:
            return None
        captions = tuple(
            Caption(image_url=url, text=text)
            for url, text in self._conn.execute(
                "SELECT image_url, text FROM captions WHERE article_id = ? ORDER BY position",
                (article_id,),
            )
        )
        return Article(**dict(zip(names, row, strict=True)), captions=captions)

    def latest_page(self, article_id: int) -> tuple[str, bytes, str | None] | None:
        """(url, raw bytes, parse_error) of the latest page observed for an id."""
        row = self._conn.execute(
            "SELECT coalesce(original_url, url), html, encoding, parse_error"
            " FROM pages JOIN page_bodies USING (sha256)"
            " WHERE article_id = ? ORDER BY observed_at DESC, page_id DESC LIMIT 1",
            (article_id,),
        ).fetchone()
        if row is None:
            return None
        return row[0], decompress_page(row[1], row[2]), row[3]

    def search(
        self,
        query: str,
        *,
        limit: int = 20,
        since: str | None = None,
        until: str | None = None,
        sort: str = "relevance",
    ) -> list[_search.SearchHit]:
        """Ranked full-text search; see ``archive.search`` for what folds."""
        return _search.search(self._conn, query, limit=limit, since=since, until=until, sort=sort)

    def counts(self, by: str) -> list[dict[str, Any]]:
        """Articles and views per month, year, author or section (``archive.research``)."""
        return _research.counts(self._conn, by)

    def history(self, article_id: int) -> _research.History | None:
        """An article's versions and view counts over time; None if not archived."""
        return _research.history(self._conn, article_id)

    def export(
        self,
        out: BinaryIO | str | os.PathLike[str],
        *,
        columns: str | Sequence[str] | None = None,
        query: str | None = None,
        since: str | None = None,
        until: str | None = None,
        format: str = "csv",
        excel: bool = False,
        what: str = "articles",
        sort: str = "oldest",
        limit: int | None = None,
    ) -> int:
        """Stream articles (or captions) to ``out`` (binary stream or path); return rows written.

        See ``archive.export`` for the formats, sorts and the Excel rules.
        """
        return _export.write_export(
            self._conn,
            out,
            columns=columns,
            query=query,
            since=since,
            until=until,
            format=format,
            excel=excel,
            what=what,
            sort=sort,
            limit=limit,
        )

    def stats(self, runs: int = 5) -> ArchiveStats:
        """Counts, published date range, file size, latest crawl runs."""
        conn = self._conn

        def count(sql: str) -> int:
            return int(conn.execute(sql).fetchone()[0])

        first, last = conn.execute(
            "SELECT min(published_at), max(published_at) FROM articles"
        ).fetchone()
        size = sum(
            p.stat().st_size
            for p in (self.path, self.path.with_name(self.path.name + "-wal"))
            if p.exists()
        )
        return ArchiveStats(
            path=str(self.path),
            file_size=size,
            schema_version=self.schema_version,
            articles=count("SELECT count(*) FROM articles"),
            captions=count("SELECT count(*) FROM captions"),
            view_observations=count("SELECT count(*) FROM view_counts"),
            revisions=count("SELECT count(*) FROM article_revisions"),
            pages=count("SELECT count(*) FROM pages"),
            pages_refused=count("SELECT count(*) FROM pages WHERE parse_error IS NOT NULL"),
            gone=count("SELECT count(*) FROM gone"),
            crawl_runs=count("SELECT count(*) FROM crawl_runs"),
            retry_queued=count("SELECT count(*) FROM retry_queue"),
            retry_given_up=count(
                f"SELECT count(*) FROM retry_queue WHERE attempts >= {_gaps.MAX_ATTEMPTS}"
            ),
            published_first=first,
            published_last=last,
            latest_runs=tuple(self.crawl_runs(runs)),
        )

    # -- reparse -----------------------------------------------------------

    def reparse(self, parse_fn: ParseFn, progress: ProgressFn | None = None) -> ReparseResult:
        """Run ``parse_fn`` again on the latest stored page of every article id.

        No network: the pages come from ``pages``. Each article is one
        transaction, stored as a refetch would (revision first if the content
        changed) except that ``view_counts``/``last_fetched_at`` keep the
        page's own fetch time. ``parse_fn(raw_bytes, url)`` returns an
        Article or raises ``ValueError`` (the parser's ``NotAnArticle``) for a
        page it refuses: the page is marked with the reason, the article row
        (if any) stays. Any other exception is counted in ``errors``.
        ``progress(done, total)`` is called after each page.
        """
        page_ids = [
            row[0]
            for row in self._conn.execute(
                # the latest observation of each id (max() picks its page_id)
                "SELECT page_id, max(observed_at) FROM pages WHERE status BETWEEN 200 AND 299"
                " GROUP BY article_id ORDER BY article_id"
            )
        ]
        result = ReparseResult()
        replaced_at = now_utc_iso()
        for done, page_id in enumerate(page_ids, start=1):
            article_id, url, fetched, complete, html, encoding = self._conn.execute(
                "SELECT article_id, coalesce(original_url, url), observed_at, complete, html,"
                " encoding FROM pages JOIN page_bodies USING (sha256) WHERE page_id = ?",
                (page_id,),
            ).fetchone()
            raw = decompress_page(html, encoding)
            result.pages += 1
            parse_error: str | None = None
            article: Article | None = None
            try:
                article = parse_fn(raw, url)
            except ValueError as exc:
                parse_error = _one_line(str(exc) or type(exc).__name__)
                result.refused.append((article_id, parse_error))
            except Exception as exc:  # noqa: BLE001 - a parser bug must not stop the run
                result.errors.append((article_id, _one_line(f"{type(exc).__name__}: {exc}")))
            else:
                if article.article_id != article_id:
                    parse_error = (
                        f"parser returned article {article.article_id} for a page of {article_id}"
                    )
                    result.errors.append((article_id, parse_error))
                    article = None
            if article is None and parse_error is None:
                if progress:
                    progress(done, len(page_ids))
                continue
            try:
                with self._transaction() as conn:
                    conn.execute(
                        "UPDATE pages SET parse_error = ?, version_hash = NULL WHERE page_id = ?",
                        (parse_error, page_id),
                    )
                    if article is not None:
                        outcome = self._apply(
                            article,
                            fetched,
                            "reparse",
                            replaced_at,
                            complete=bool(complete),
                            page_id=page_id,
                        )
                        setattr(result, outcome, getattr(result, outcome) + 1)
            except DATA_ERRORS as exc:  # this article's values, not the archive: go on
                result.errors.append(
                    (article_id, _one_line(f"cannot store: {type(exc).__name__}: {exc}"))
                )
            if progress:
                progress(done, len(page_ids))
        return result
