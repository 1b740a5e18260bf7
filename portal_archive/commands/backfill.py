"""`portal-archive backfill`: the section's pages as the Wayback Machine captured them."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import click

from portal_archive.commands.crawl import _setting, report
from portal_archive.options import db_option
from scraper.profile import DEFAULT_PROFILE

_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?|\d{1,14}")
_LOCAL = ("127.0.0.1", "localhost", "::1")


def _timestamp(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """YYYY, YYYY-MM, YYYY-MM-DD or an archive timestamp (up to 14 digits) -> digits."""
    if value is None:
        return None
    match = _DATE.fullmatch(value.strip())
    if not match:
        raise click.BadParameter(
            f"expected YYYY, YYYY-MM, YYYY-MM-DD or up to 14 digits, got {value!r}"
        )
    return "".join(part for part in match.groups() if part) or value.strip()


def _http_url(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    from scraper.options import check_start_url  # http(s), a host, a valid port

    problem = check_start_url(value) if value is not None else None
    if problem:
        raise click.BadParameter(problem)
    return value


@click.command(name="backfill")
@click.option(
    "--start-url",
    metavar="URL",
    callback=_http_url,
    help=f"The section's listing page, as for crawl. Default: {DEFAULT_PROFILE.start_urls[0]}",
)
@click.option(
    "--wayback-url",
    metavar="URL",
    callback=_http_url,
    help="Where the CDX API and replay live. Default: https://web.archive.org",
)
@click.option(
    "--commoncrawl-url",
    metavar="URL",
    callback=_http_url,
    help="Read Common Crawl instead, from this index server (https://index.commoncrawl.org).",
)
@click.option(
    "--commoncrawl-data-url",
    metavar="URL",
    callback=_http_url,
    help="Where Common Crawl's WARC files are read. Default: https://data.commoncrawl.org",
)
@click.option(
    "--since",
    metavar="DATE",
    callback=_timestamp,
    help="Only captures from DATE on (YYYY, YYYY-MM, YYYY-MM-DD, UTC).",
)
@click.option(
    "--until", metavar="DATE", callback=_timestamp, help="Only captures up to DATE (inclusive)."
)
@click.option(
    "--full",
    is_flag=True,
    help="List every capture again, not only those newer than the last backfill.",
)
@click.option(
    "--cdx-per-minute",
    type=click.FloatRange(min=0, min_open=True),
    metavar="N",
    help="CDX requests a minute (default 24, the archive's limit; more only for a local archive).",
)
@click.option(
    "--replay-delay",
    type=click.FloatRange(min=0),
    metavar="SECONDS",
    help="Seconds between replay requests (default 1; less only for a local archive).",
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
    help="Override a Scrapy setting (repeatable).",
)
@db_option
def command(
    start_url: str | None,
    wayback_url: str | None,
    commoncrawl_url: str | None,
    commoncrawl_data_url: str | None,
    since: str | None,
    until: str | None,
    full: bool,
    cdx_per_minute: float | None,
    replay_delay: float | None,
    log_file: Path | None,
    verbose: bool,
    quiet: bool,
    overrides: dict[str, str],
    db_path: Path,
) -> None:
    """Backfill the archive from the Wayback Machine's captures of the section.

    Lists the captures of the section's article pages (both locales) with the
    CDX API, fetches each distinct capture once in raw mode, and stores it
    like a crawled page, with its source, capture time and replay URL. A
    capture older than what the archive holds becomes a revision of its own
    time. Incremental: a second run asks only for newer captures. Polite: at
    most 24 CDX requests a minute, 429s honoured. Same summary line and exit
    statuses as crawl.

    With --commoncrawl-url, the captures come from Common Crawl's indexes
    and WARC files instead; content already stored from either archive is
    not fetched again.

    \b
    Examples:
        portal-archive backfill --db archive.db
        portal-archive backfill --since 2020 --until 2024-06 --log-file backfill.log
        portal-archive backfill --commoncrawl-url https://index.commoncrawl.org
    """
    if wayback_url and commoncrawl_url:
        raise click.BadParameter(
            "one archive at a time: --wayback-url or --commoncrawl-url",
            param_hint="--commoncrawl-url",
        )
    archives = [commoncrawl_url, commoncrawl_data_url] if commoncrawl_url else [wayback_url]
    local = all(urlsplit(url or "").hostname in _LOCAL for url in archives)
    if cdx_per_minute and cdx_per_minute > 24 and not local:
        raise click.BadParameter(
            "more than 24 a minute only for a local archive (the limit of web.archive.org)",
            param_hint="--cdx-per-minute",
        )
    if replay_delay is not None and replay_delay < 1 and not local:
        raise click.BadParameter("under 1 s only for a local archive", param_hint="--replay-delay")
    if since and until and since[: len(until)] > until:
        raise click.BadParameter(f"--since {since} is after --until {until}", param_hint="--since")
    from scraper.run import run_backfill  # imports Scrapy: only when backfilling

    outcome = run_backfill(
        db_path,
        start_url=start_url,
        wayback_url=wayback_url,
        commoncrawl_url=commoncrawl_url,
        commoncrawl_data_url=commoncrawl_data_url,
        since=since,
        until=until,
        full=full,
        cdx_per_minute=cdx_per_minute,
        replay_delay=replay_delay,
        overrides=overrides,
        verbose=verbose,
        log_file=log_file,
    )
    report(outcome, quiet)
