"""`portal-archive crawl`: crawl the section into the archive."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from portal_archive.exits import crawl_exit_status, failure
from portal_archive.options import db_option
from scraper.profile import DEFAULT_PROFILE

if TYPE_CHECKING:
    from scraper.run import CrawlOutcome


def _setting(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> dict[str, str]:
    from scraper.options import check_setting  # no Scrapy import: a table of kinds

    settings = {}
    for value in values:
        name, sep, setting = value.partition("=")
        if not sep or not name.strip():
            raise click.BadParameter(f"expected NAME=VALUE, got {value!r}")
        problem = check_setting(name.strip(), setting)
        if problem:
            raise click.BadParameter(problem)
        settings[name.strip()] = setting
    return settings


def _start_urls(
    ctx: click.Context, param: click.Parameter, values: tuple[str, ...]
) -> tuple[str, ...]:
    from scraper.options import check_start_url

    for url in values:
        problem = check_start_url(url)
        if problem:
            raise click.BadParameter(problem)
    return values


def _delay(ctx: click.Context, param: click.Parameter, value: float | None) -> float | None:
    if value is not None and not value == value:  # NaN passes FloatRange's comparisons
        raise click.BadParameter("not a number")
    return value


@click.command(name="crawl")
@click.option(
    "--start-url",
    "start_urls",
    multiple=True,
    metavar="URL",
    callback=_start_urls,
    help=f"A listing page of the section to start from (repeatable). "
    f"Default: {DEFAULT_PROFILE.start_urls[0]}",
)
@click.option("--full", is_flag=True, help="Walk every listing page and refetch every article.")
@click.option(
    "--refresh-days",
    type=click.IntRange(min=1, max=1_000_000),
    metavar="N",
    help="Also refetch archived articles published in the last N days (to follow view counts).",
)
@click.option(
    "--max-articles",
    type=click.IntRange(min=1, max=10**9),
    metavar="N",
    help="Fetch at most N articles.",
)
@click.option(
    "--delay",
    type=click.FloatRange(min=0, max=3600),
    callback=_delay,
    metavar="SECONDS",
    help="Seconds between requests (default 1.5, with AutoThrottle). 0 only for the local replica.",
)
@click.option(
    "--log-file", type=click.Path(dir_okay=False, path_type=Path), help="Append the full log here."
)
@click.option("-v", "--verbose", is_flag=True, help="Log progress to stderr.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing on success (for cron).")
@click.option(
    "-s",
    "--set",
    "overrides",
    multiple=True,
    metavar="NAME=VALUE",
    callback=_setting,
    help="Override a Scrapy setting (repeatable), e.g. -s DOWNLOAD_TIMEOUT=60.",
)
@db_option
def command(
    start_urls: tuple[str, ...],
    full: bool,
    refresh_days: int | None,
    max_articles: int | None,
    delay: float | None,
    log_file: Path | None,
    verbose: bool,
    quiet: bool,
    overrides: dict[str, str],
    db_path: Path,
) -> None:
    """Crawl the "Công tác Đảng" section into the archive.

    Incremental by default: walks listing pages only until one whose
    articles are all archived, and fetches only the articles the archive
    lacks, and those that failed before (by id, with backoff). Shows
    progress when stderr is a terminal, then prints one summary line (with
    --quiet, only when pages failed). Exit status: 0 the crawl completed
    (page failures are counted in the summary), 1 it could not (start page
    unreachable or not a listing, archive unwritable, no article could be
    archived), 75 another crawl of the same archive is running, 130
    interrupted.

    \b
    Examples:
        portal-archive crawl --db archive.db
        portal-archive crawl --refresh-days 7 --quiet --log-file crawl.log
        portal-archive crawl --start-url http://127.0.0.1:8000/dang-doan-the --delay 0
    """
    from scraper.run import run_crawl  # imports Scrapy: only when crawling

    outcome = run_crawl(
        db_path,
        start_urls=start_urls,
        full=full,
        refresh_days=refresh_days,
        max_articles=max_articles,
        delay=delay,
        overrides=overrides,
        verbose=verbose,
        log_file=log_file,
        progress=sys.stderr.isatty() and not quiet and not verbose,
    )
    report(outcome, quiet)


def report(outcome: CrawlOutcome, quiet: bool) -> None:
    """The end of a crawl or backfill: its summary line, or one error line and its exit status."""
    summary = outcome.summary
    if outcome.error:
        raise failure(outcome.error, crawl_exit_status(outcome.result))
    if summary is not None and (not quiet or summary.failed):
        click.echo(summary.line())
    if summary is not None and summary.come_back:
        click.echo(f"portal-archive: {summary.come_back}", err=True)
