"""`portal-archive counts`: articles per month, year, author or section."""

from __future__ import annotations

from pathlib import Path

import click

from archive import Archive, ArchiveError
from archive.research import GROUPINGS
from portal_archive.options import db_option
from portal_archive.output import emit, output_options


@click.command("counts")
@click.option(
    "--by",
    type=click.Choice(tuple(GROUPINGS)),
    default="month",
    show_default=True,
    help="Group by Hanoi month or year of publication, author or section.",
)
@output_options
@db_option
def command(by: str, output: str | None, db_path: Path) -> None:
    """Count articles per month, year, author or section.

    Each row: the group, its articles, the sum of their latest view counts,
    its first and last publication day. Months and years are Hanoi calendar
    ones (the published_month/published_year columns). Months and years
    come in time order, authors and sections most articles first.

    \b
    Examples:
        portal-archive counts --by year
        portal-archive counts --by month --csv > per-month.csv
        portal-archive counts --by author --table
    """
    try:
        with Archive.open(db_path) as archive:
            rows = archive.counts(by)
    except ArchiveError as exc:
        raise click.ClickException(str(exc)) from exc
    keys = (by, "articles", "views", "first_published", "last_published")
    if output:
        emit(rows, keys, output)
        return
    labels = ["(none)" if row[by] is None else str(row[by]) for row in rows]
    width = max([len(label) for label in labels] + [len(by)])
    click.echo(f"{by:<{width}}  {'articles':>8}  {'views':>10}")
    for label, row in zip(labels, rows, strict=True):
        views = "" if row["views"] is None else f"{row['views']:,}"
        click.echo(f"{label:<{width}}  {row['articles']:>8,}  {views:>10}")
