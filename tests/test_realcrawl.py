"""Crawls of the two complete real sections in ../shared/realpages.

``serve.py`` serves the mirror of the sister portal at its original URLs on
127.0.0.1 and logs every request; ``portal-archive crawl`` runs in a child
process, as cron would. What a user checks is checked: every article of the
section archived exactly once (requested once, one row), a rerun that asks
for robots.txt and the first listing page only, and a crawl from the
section's ``/en/`` address that adds nothing.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from scraper.pages import listing_key
from scraper.pages.urls import article_id_from_url
from test_crawl import crawl_argv

ROOT = Path(__file__).resolve().parent.parent
REALPAGES = ROOT.parent / "shared" / "realpages"
SECTIONS = ("buu-chinh-vien-thong", "ke-hoach-tai-chinh")

pytestmark = pytest.mark.skipif(
    not (REALPAGES / "serve.py").is_file(), reason=f"no real pages at {REALPAGES}"
)


class RealSite:
    """serve.py in a child process, and its request log."""

    def __init__(self, state: Path) -> None:
        self.state = state
        self.process = subprocess.Popen(
            [sys.executable, "serve.py", "--root", "site", "--state", str(state), "--port", "0"],
            cwd=REALPAGES,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 60
        while not (state / "port").is_file():
            if self.process.poll() is not None or time.monotonic() > deadline:
                stderr = self.process.stderr.read() if self.process.stderr else b""
                raise RuntimeError(f"serve.py did not start: {stderr!r}")
            time.sleep(0.05)
        self.base = f"http://127.0.0.1:{int((state / 'port').read_text())}"

    @property
    def log(self) -> Path:
        return self.state / "requests.log"

    def requests(self) -> list[str]:
        """Request targets since the last ``forget()``: ``/robots.txt``, ``/vi/…?…``."""
        if not self.log.is_file():
            return []
        return [line.split(" ")[1] for line in self.log.read_text(encoding="utf-8").splitlines()]

    def forget(self) -> None:
        self.log.write_text("", encoding="utf-8")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)
        if self.process.stderr is not None:
            self.process.stderr.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RealSite]:
    server = RealSite(tmp_path_factory.mktemp("realsite"))
    try:
        yield server
    finally:
        server.stop()


def corpus_section(section: str) -> tuple[dict[int, dict], set[tuple[str, int]]]:
    """The section as the corpus records it: its articles' expected fields by
    id, and its listing pages as (path, page number) whatever their URL form."""
    ids: dict[int, dict] = {}
    pages = set()
    for path in (REALPAGES / "expected").glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("role") == f"crawl-article:{section}":
            ids[data["article_id"]] = data
        elif data.get("role") == f"crawl-listing:{section}":
            path_and_page = listing_key(data["fetch_url"])
            pages.add((path_and_page[0].split("/", 1)[1], path_and_page[1]))
    return ids, pages


def crawl(db: Path, start_url: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        crawl_argv(db, start_url, "--delay", "0"),
        capture_output=True,
        text=True,
        timeout=300,
        cwd=db.parent,
    )


def archived(db: Path) -> list[int]:
    conn = sqlite3.connect(db)
    try:
        return [row[0] for row in conn.execute("SELECT article_id FROM articles")]
    finally:
        conn.close()


@pytest.mark.parametrize("section", SECTIONS)
def test_a_real_section_is_archived_once_and_a_rerun_asks_one_listing_page(
    site: RealSite, tmp_path: Path, section: str
) -> None:
    expected, pager = corpus_section(section)
    assert len(expected) >= 40 and len(pager) >= 5
    db = tmp_path / "archive.db"
    start = f"{site.base}/vi/{section}"

    site.forget()
    first = crawl(db, start)
    assert first.returncode == 0, first.stderr
    assert f"{len(expected)} new, 0 updated, 0 unchanged, 0 failed" in first.stdout + first.stderr
    assert sorted(archived(db)) == sorted(expected)
    conn = sqlite3.connect(db)
    try:
        stored = {
            row[0]: row[1:]
            for row in conn.execute(
                "SELECT article_id, title, published_at, posted_by FROM articles"
            )
        }
    finally:
        conn.close()
    assert stored == {
        i: (e["title"], e["published_at"], e["posted_by"]) for i, e in expected.items()
    }
    requested = Counter(
        article_id_from_url(site.base + target.split("?")[0]) for target in site.requests()
    )
    del requested[None]  # robots.txt and the listing pages
    assert set(requested) == set(expected) and set(requested.values()) == {1}
    walked = {listing_key(site.base + t) for t in site.requests()[1:] if "view_content" not in t}
    assert {(key.split("/", 1)[1], page) for key, page in walked} == pager  # every pager page
    assert site.requests()[0] == "/robots.txt"

    site.forget()
    rerun = crawl(db, start)
    assert rerun.returncode == 0, rerun.stderr
    assert site.requests() == ["/robots.txt", f"/vi/{section}"]
    assert sorted(archived(db)) == sorted(expected)

    # The same section from its English-interface address: nothing new. (The
    # mirror has no /en/ listing of these sections: the crawl stops at the
    # start page with a one-line reason and leaves the archive as it was.)
    site.forget()
    english = crawl(db, f"{site.base}/en/{section}")
    assert "Traceback" not in english.stderr
    assert sorted(archived(db)) == sorted(expected)
    assert not [t for t in site.requests() if "view_content" in t]
