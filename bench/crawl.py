"""Benchmark: a crawl of the replica against Scrapy's own ceiling on this machine.

    python bench/crawl.py [--articles 600] [--concurrency 8]

In the same run, against the same replica (served by a child process, so it
does not share a core's GIL with the crawler):

1. the framework's ceiling: a do-nothing Scrapy spider that requests the
   same pages (every listing page and every article page, robots.txt
   obeyed, no delay) and throws the responses away;
2. `portal-archive crawl --delay 0` into a fresh archive: listing pages
   walked, every article parsed and stored in SQLite with its raw page;
3. an incremental `portal-archive crawl` with nothing new, counting what it
   asks the portal for (target: robots.txt and one listing page).

Both crawls get the same concurrency (`--concurrency`, per host; the polite
default of the real crawl is 1). Prints pages/s and articles/s, the ratio to
the ceiling (target >= 0.6), and each child's peak RSS (from os.wait4).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from replica import Replica, listing_path

CEILING_SPIDER = r"""
import sys, time
import scrapy
from scrapy.crawler import CrawlerProcess

urls = sys.stdin.read().split()

class Ceiling(scrapy.Spider):
    name = "ceiling"
    async def start(self):
        for url in urls:
            yield scrapy.Request(url, callback=self.parse)
    def parse(self, response):
        pass

process = CrawlerProcess({
    "LOG_LEVEL": "ERROR", "ROBOTSTXT_OBEY": True, "DOWNLOAD_DELAY": 0,
    "CONCURRENT_REQUESTS": 16, "CONCURRENT_REQUESTS_PER_DOMAIN": int(sys.argv[1]),
    "TELNETCONSOLE_ENABLED": False, "COOKIES_ENABLED": False,
})
crawler = process.create_crawler(Ceiling)
process.crawl(crawler)
process.start()
stats = crawler.stats.get_stats()
print(stats.get("response_received_count", 0), stats["elapsed_time_seconds"])
"""


def crawl_argv(db: Path, start_url: str) -> list[str]:
    """``portal-archive crawl --delay 0`` of ``start_url`` into ``db``."""
    return [
        sys.executable,
        "-m",
        "portal_archive",
        "crawl",
        "--db",
        str(db),
        "--start-url",
        start_url,
        "--delay",
        "0",
    ]


def run_child(command: list[str], stdin: str | None = None) -> tuple[str, float, float]:
    """Run a child; return (stdout, wall seconds, peak RSS in MB)."""
    start = time.perf_counter()
    child = subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert child.stdin is not None and child.stdout is not None and child.stderr is not None
    if stdin:
        child.stdin.write(stdin)
    child.stdin.close()
    out = child.stdout.read()
    err = child.stderr.read()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - start
    if child.returncode != 0:
        raise SystemExit(f"{command[2:4]} failed ({child.returncode}): {err.strip()[-500:]}")
    return out, wall, usage.ru_maxrss / 1024


def crawl_figures(db: Path) -> tuple[int, int, float]:
    """(articles stored, pages fetched, seconds) of the archive's last crawl run,
    from its timestamps (milliseconds) rather than the rounded summary line."""
    conn = sqlite3.connect(db)
    try:
        new, pages, started, finished = conn.execute(
            "SELECT articles_new, pages_fetched, started_at, finished_at FROM crawl_runs"
            " ORDER BY run_id DESC LIMIT 1"
        ).fetchone()
    finally:
        conn.close()
    seconds = (datetime.fromisoformat(finished) - datetime.fromisoformat(started)).total_seconds()
    return new, pages, seconds


def serve_replica(articles: int) -> tuple[subprocess.Popen[str], str]:
    server = subprocess.Popen(
        [sys.executable, "-m", "replica", "--port", "0", "--articles", str(articles)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdout is not None
    return server, server.stdout.readline().strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--concurrency", type=int, default=8, help="requests at once per host")
    args = parser.parse_args()

    truth = Replica(n_articles=args.articles)  # the same content, for the URL list
    server, base = serve_replica(args.articles)
    try:
        urls = [f"{base}/dang-doan-the"]
        urls += [f"{base}{listing_path(page)}" for page in range(2, truth.n_pages + 1)]
        urls += [f"{base}{a.path('vi')}" for a in truth.articles]
        print(f"replica: {args.articles} articles, {truth.n_pages} listing pages, {base}")

        out, _wall, rss = run_child(
            [sys.executable, "-c", CEILING_SPIDER, str(args.concurrency)], stdin="\n".join(urls)
        )
        pages, seconds = out.split()
        ceiling = int(pages) / float(seconds)
        print(
            f"ceiling  (do-nothing spider): {int(pages)} pages in {float(seconds):.2f} s = "
            f"{ceiling:6.1f} pages/s, peak RSS {rss:.0f} MB"
        )

        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "bench.db"
            crawl = [
                *crawl_argv(db, f"{base}/dang-doan-the"),
                "-s",
                f"CONCURRENT_REQUESTS_PER_DOMAIN={args.concurrency}",
                # the crawl's own default is 1 at a time in all (scraper/settings.py)
                "-s",
                f"CONCURRENT_REQUESTS={args.concurrency}",
            ]
            out, _wall, rss = run_child(crawl)
            new, pages, seconds = crawl_figures(db)
            ours = pages / seconds
            print(
                f"portal-archive crawl --delay 0: {new} articles stored, {pages} pages in "
                f"{seconds:.2f} s = {ours:6.1f} pages/s ({new / seconds:.1f} articles/s), "
                f"peak RSS {rss:.0f} MB, archive {db.stat().st_size / 1e6:.1f} MB"
            )
            print(f"ratio to the ceiling: {ours / ceiling:.2f}   target >= 0.60")
    finally:
        server.terminate()
        server.wait()

    # What an incremental crawl with nothing new asks of the portal: the
    # replica in this process, so its request log can be read.
    with Replica(n_articles=args.articles) as replica, tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        crawl = crawl_argv(db, replica.start_url())
        run_child(crawl)
        replica.reset_log()
        run_child(crawl)
        kinds = [r.kind for r in replica.requests]
        print(
            f"incremental crawl, nothing new: {len(kinds)} requests "
            f"({kinds.count('listing')} listing page, {kinds.count('robots')} robots.txt, "
            f"{kinds.count('article')} articles)   target: 1 listing page"
        )


if __name__ == "__main__":
    main()
