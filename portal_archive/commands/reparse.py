"""`portal-archive reparse`: run the current parser over the stored pages."""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import click

from archive import Archive, ArchiveError, ArchiveLocked, crawl_lock
from portal_archive.exits import EXIT_LOCKED, failure
from portal_archive.options import db_option

#: Refused pages named on stderr after the summary.
SHOW_REFUSED = 10


class _Progress:
    """``reparsing 1234/5000`` on one rewritten stderr line, 5 times a second."""

    def __init__(self) -> None:
        self.shown = 0.0

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done == total or now - self.shown >= 0.2:
            self.shown = now
            click.echo(f"\rreparsing {done}/{total}", err=True, nl=done == total)


@click.command("reparse")
@db_option
def command(db_path: Path) -> None:
    """Re-extract every article from its stored page, without the network.

    After a parser fix: the latest page kept for each article goes through
    the current parser; changed articles are updated, their previous
    version kept in article_revisions. Pages the parser refuses are counted
    and named. Shows progress when stderr is a terminal.

    \b
    Example:
        portal-archive reparse --db archive.db
    """
    # The parser is imported here, not at the top: other commands should not
    # pay for loading it.
    from scraper.pages import parse_article

    try:
        # Open first: a missing archive must not leave a stray lock file.
        with Archive.open(db_path) as archive, crawl_lock(db_path):
            run_id = archive.start_run("reparse", datetime.now(UTC))
            progress = _Progress() if sys.stderr.isatty() else None
            try:
                result = archive.reparse(parse_article, progress=progress)
            except BaseException:
                archive.finish_run(run_id, "failed", datetime.now(UTC))
                raise
            archive.finish_run(
                run_id,
                "completed",
                datetime.now(UTC),
                note=result.summary(),
                articles_new=result.new,
                articles_updated=result.updated,
                articles_unchanged=result.unchanged,
                articles_failed=len(result.refused) + len(result.errors),
            )
    except ArchiveLocked as exc:
        raise failure(str(exc), EXIT_LOCKED) from exc
    except ArchiveError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(result.summary())
    for article_id, reason in result.refused[:SHOW_REFUSED]:
        click.echo(f"  refused {article_id}: {reason}", err=True)
    if len(result.refused) > SHOW_REFUSED:
        click.echo(f"  ... and {len(result.refused) - SHOW_REFUSED} more refused", err=True)
    if result.errors:
        article_id, reason = result.errors[0]
        raise click.ClickException(
            f"the parser failed on {len(result.errors)} page(s); first: {article_id}: {reason}"
        )
