"""`portal-archive demo`: crawl the bundled offline replica of the portal."""

from __future__ import annotations

from pathlib import Path

import click

from portal_archive.commands.crawl import CrawlError

SAMPLE_QUERIES = ("Đảng bộ Cầu Giấy", "dang bo cau giay")


@click.command(name="demo")
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default="demo.db",
    show_default=True,
    help="The archive file to crawl into (not $PORTAL_ARCHIVE_DB: the demo never touches your archive).",
)
@click.option("--articles", type=click.IntRange(min=1), default=64, show_default=True,
              help="How many articles the replica serves.")
@click.option("--full", is_flag=True, help="Refetch everything even if demo.db already has it.")
def command(db_path: Path, articles: int, full: bool) -> None:
    """Crawl the bundled offline replica of the portal, then search it.

    Starts the replica on 127.0.0.1, crawls it into demo.db, and shows a
    search with and without diacritics. Nothing leaves this machine: the replica is a local web server with the
    section's listing pages (both locales) and its articles, the real article
    of 7 January 2022 among them. Run it twice to see an incremental crawl
    that has nothing to fetch.

    \b
    Example:
        portal-archive demo
        portal-archive demo --db /tmp/demo.db --full
    """
    from archive import Archive
    from scraper.replica import Replica
    from scraper.run import run_crawl

    with Replica(n_articles=articles) as replica:
        start_url = replica.start_url()
        click.echo(f"Offline replica of the portal serving at {replica.base_url}")
        click.echo(f"Crawling {start_url} into {db_path} ...")
        outcome = run_crawl(db_path, start_urls=[start_url], full=full, delay=0)
    if outcome.error:
        raise CrawlError(outcome.error, outcome.exit_status)
    assert outcome.summary is not None
    click.echo(outcome.summary.line())

    with Archive.open(db_path) as archive:
        stats = archive.stats()
        click.echo(f"\nThe archive holds {stats.articles} articles.")
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
        f"  sqlite3 {db_path} 'SELECT published_at, title FROM articles ORDER BY published_at DESC LIMIT 5'\n"
        f"  portal-archive serve --db {db_path}   (needs Datasette: pip install '.[web]')"
    )
