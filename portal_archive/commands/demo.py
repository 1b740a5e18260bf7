"""`portal-archive demo`: crawl the bundled offline replica of the portal."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import click

from portal_archive.exits import crawl_exit_status, failure

SAMPLE_QUERIES = ("Đảng bộ Cầu Giấy", "dang bo cau giay")
#: The real article of 7 January 2022: its view-count series is shown.
SERIES_ARTICLE = 5402817


def _backfill(db_path: Path, start_url: str, wayback_url: str) -> str:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "portal_archive",
            "backfill",
            "--db",
            str(db_path),
            "--start-url",
            start_url,
            "--wayback-url",
            wayback_url,
            "--cdx-per-minute",
            "6000",
            "--replay-delay",
            "0",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise failure(
            done.stderr.strip().removeprefix("portal-archive: error: ") or "backfill failed",
            done.returncode,
        )
    return done.stdout.strip()


@click.command(name="demo")
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default="demo.db",
    show_default=True,
    help="The archive file to crawl into "
    "(not $PORTAL_ARCHIVE_DB: the demo never touches your archive).",
)
@click.option(
    "--articles",
    type=click.IntRange(min=1),
    default=64,
    show_default=True,
    help="How many articles the replica serves.",
)
@click.option("--full", is_flag=True, help="Refetch everything even if demo.db already has it.")
def command(db_path: Path, articles: int, full: bool) -> None:
    """Crawl the bundled offline replica of the portal, then search it.

    Starts the replica on 127.0.0.1, crawls it into demo.db, backfills
    from an emulation of the Wayback Machine (captures of the replica at
    four dates, one article since gone from the live site), and shows a
    view-count series and a search with and without diacritics. Nothing
    leaves this machine: the replica is a local web server with the
    section's listing pages (both locales) and its articles, the real article
    of 7 January 2022 among them. Run it twice to see an incremental crawl
    that has nothing to fetch.

    \b
    Example:
        portal-archive demo
        portal-archive demo --db /tmp/demo.db --full
    """
    from archive import Archive
    from replica import Replica
    from replica.wayback import WaybackReplica
    from scraper.run import run_crawl

    with Replica(n_articles=articles) as replica, WaybackReplica(replica) as wayback:
        start_url = replica.start_url()
        click.echo(f"Offline replica of the portal serving at {replica.base_url}")
        click.echo(f"Crawling {start_url} into {db_path} ...")
        outcome = run_crawl(db_path, start_urls=[start_url], full=full, delay=0)
        if outcome.error:
            raise failure(outcome.error, crawl_exit_status(outcome.result))
        assert outcome.summary is not None
        click.echo(outcome.summary.line())
        # Twisted runs once per process: the backfill is a child process.
        click.echo(f"\nBackfilling from the Wayback Machine emulation at {wayback.base_url} ...")
        backfill = _backfill(db_path, start_url, wayback.base_url)
        vanished = wayback.vanished_id
    click.echo(backfill)

    with Archive.open(db_path) as archive:
        stats = archive.stats()
        click.echo(f"\nThe archive holds {stats.articles} articles.")
        recovered = archive.get(vanished)
        if recovered is not None:
            click.echo(
                f"Article {vanished} is gone from the live portal (404); the captures kept it:"
                f"\n  {recovered.title}"
            )
        click.echo(f"\nViews of article {SERIES_ARTICLE} over time (captures, then the live page):")
        for observed, source, views in archive.view_series(SERIES_ARTICLE):
            click.echo(f"  {observed[:10]}  {source or '?':8} {views:>7,}")
        for query in SAMPLE_QUERIES:
            hits = archive.search(query, limit=max(1, stats.articles))  # all, to count them
            click.echo(f"\nportal-archive search --db {db_path} {query!r}   ({len(hits)} articles)")
            for hit in hits[:3]:
                click.echo(f"  {hit.published_at[:10]}  {hit.title}")
                click.echo(f"      {hit.snippet}")
    where = db_path.resolve()
    click.echo(
        f"\nThe archive is {where}. Open it with:\n"
        f"  portal-archive stats --db {db_path}\n"
        f"  portal-archive export --db {db_path} -o articles.csv --excel\n"
        f"  sqlite3 {db_path} 'SELECT published_at, title "
        "FROM articles ORDER BY published_at DESC LIMIT 5'\n"
        f"  portal-archive serve --db {db_path}   (needs Datasette: pip install '.[web]')"
    )
