"""The archive in Datasette, seen by a real browser (headless Chromium).

`portal-archive serve` runs on a crawl of the offline replica; Chromium
loads the articles table, searches typed with and without diacritics, the
canned search with snippets, and an article page, and the test reads what a
person would see in the rendered DOM. Skips, saying why, only where no
Chromium is installed (CI installs the Debian package: .ci/run).

    UPDATE_SCREENSHOT=1 pytest tests/test_browser.py   # rewrites docs/datasette.png
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from html import unescape
from pathlib import Path

import pytest

from replica import Replica
from test_crawl import crawl_argv

pytest.importorskip("datasette", reason="Datasette (the test and web extras) is not installed")

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOT = ROOT / "docs" / "datasette.png"
BROWSER = next(
    (p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None
)
pytestmark = pytest.mark.skipif(
    BROWSER is None, reason="no Chromium on this machine (apt-get install chromium)"
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def served(replica: Replica, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = tmp_path_factory.mktemp("browser") / "archive.db"
    crawl = subprocess.run(
        crawl_argv(db, replica.start_url(), "--delay", "0", "--quiet"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert crawl.returncode == 0, crawl.stderr
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "portal_archive", "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(base + "/-/versions.json", timeout=2).close()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"serve did not start: {server.stderr.read()!r}") from None
                time.sleep(0.2)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)
        server.stderr.close()


def chromium(*args: str, profile: Path) -> subprocess.CompletedProcess[str]:
    assert BROWSER is not None
    return subprocess.run(
        [
            BROWSER,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            # Nothing but the local server: images of the real portal do not load.
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )


def dom(url: str, tmp_path: Path) -> str:
    result = chromium("--dump-dom", url, profile=tmp_path / "profile")
    assert "<html" in result.stdout, result.stderr[-2000:]
    return result.stdout


def text_of(html: str, pattern: str) -> list[str]:
    return [
        " ".join(unescape(re.sub(r"<[^>]+>", "", m)).split())
        for m in re.findall(pattern, html, re.DOTALL)
    ]


def rows_found(html: str) -> int:
    found = text_of(html, r"<h3>(.*?)</h3>")
    count = next((t for t in found if "row" in t), "0 rows")
    return int(count.split()[0].replace(",", ""))


def titles(html: str) -> list[str]:
    return text_of(html, r'<td class="col-title[^"]*"[^>]*>(.*?)</td>')


def test_the_articles_table_is_readable_newest_first(served: str, tmp_path: Path) -> None:
    html = dom(f"{served}/archive/articles", tmp_path)
    assert rows_found(html) >= 60
    shown = text_of(html, r'<th[^>]*class="col-([a-z_]+)')
    assert "title" in shown and "published_date" in shown
    assert not {"body", "body_html", "content_hash", "body_fold_d"} & set(shown)
    dates = text_of(html, r'<td class="col-published_at[^"]*"[^>]*>(.*?)</td>')
    assert dates == sorted(dates, reverse=True) and len(dates) > 10
    assert all(len(title.split()) >= 3 for title in titles(html))  # whole titles, linked
    assert 'href="/article/' in html
    # The facets a researcher groups by, on Hanoi dates.
    assert all(
        f'data-column="{c}"' in html for c in ("author", "published_year", "published_month")
    )


def test_the_database_page_opens_on_articles(served: str, tmp_path: Path) -> None:
    html = dom(f"{served}/archive", tmp_path)
    tables = re.findall(r'<h3><a href="/archive/([a-z_]+)"', html)
    assert tables[0] == "articles"
    assert "article_revisions" not in tables and "pages" not in tables  # hidden, still reachable
    assert "most_viewed" in html and "Articles per month" in html  # the canned queries


@pytest.mark.parametrize("typed", ["dang bo cau giay", "Đảng bộ Cầu Giấy", "ĐẢNG BỘ CẦU GIẤY"])
def test_search_box_with_or_without_diacritics(served: str, tmp_path: Path, typed: str) -> None:
    html = dom(f"{served}/archive/articles?" + urllib.parse.urlencode({"_search": typed}), tmp_path)
    found = rows_found(html)
    assert found >= 3
    assert any("Đảng bộ" in title or "Cầu Giấy" in title for title in titles(html))
    # The same articles whatever the spelling.
    reference = dom(f"{served}/archive/articles?_search=dang+bo+cau+giay", tmp_path)
    assert sorted(titles(html)) == sorted(titles(reference))


def test_canned_search_shows_snippets_in_vietnamese(served: str, tmp_path: Path) -> None:
    html = dom(f"{served}/archive/search?q=dang+bo+cau+giay", tmp_path)
    marks = text_of(html, r"<mark>(.*?)</mark>")
    assert {"Đảng", "bộ", "Cầu", "Giấy"} <= set(marks)
    assert "dang" not in [m.lower() for m in marks]


def test_article_page_reads_like_an_article(served: str, tmp_path: Path) -> None:
    table = dom(f"{served}/archive/articles?_search=dang+bo", tmp_path)
    article_id = re.search(r'href="/article/(\d+)"', table).group(1)
    html = dom(f"{served}/article/{article_id}", tmp_path)
    (heading,) = text_of(html, r"<h1>(.*?)</h1>")
    assert len(heading.split()) >= 3
    paragraphs = text_of(html, r'<article class="article">.*?</article>')[0]
    assert "(Hanoi)" in paragraphs
    assert len(text_of(html, r"<article.*?<p>(.*?)</p>")) >= 1
    assert "View counts" in html and "Earlier versions" in html


def test_screenshot(served: str, tmp_path: Path) -> None:
    shot = tmp_path / "datasette.png"
    url = f"{served}/archive/articles?_search=dang+bo+cau+giay"
    result = chromium(
        f"--screenshot={shot}",
        "--window-size=1280,1300",
        "--hide-scrollbars",
        url,
        profile=tmp_path / "profile",
    )
    assert shot.exists() and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", result.stderr[-2000:]
    if os.environ.get("UPDATE_SCREENSHOT"):
        SCREENSHOT.parent.mkdir(exist_ok=True)
        shutil.copyfile(shot, SCREENSHOT)
