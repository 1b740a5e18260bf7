"""`portal-archive export`: articles as CSV or JSON Lines, streamed."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from archive import Archive, ArchiveError
from archive.export import DEFAULT_COLUMNS, EXPORT_COLUMNS, FORMATS, SORTS, WHATS
from portal_archive.options import db_option


@click.command("export")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
    default=Path("-"),
    show_default="stdout",
    help="Write to FILE ('-' for stdout).",
)
@click.option("--query", "-q", metavar="QUERY", help="Only articles the search QUERY finds.")
@click.option(
    "--since", metavar="DATE", help="Only articles published on DATE (YYYY-MM-DD) or later."
)
@click.option(
    "--until", metavar="DATE", help="Only articles published on DATE (YYYY-MM-DD) or earlier."
)
@click.option(
    "--columns",
    metavar="a,b,...",
    help=f"Columns, comma-separated. Default: {','.join(DEFAULT_COLUMNS)}. "
    f"Available: {', '.join(EXPORT_COLUMNS)}.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="csv",
    show_default=True,
    help="csv (RFC 4180) or jsonl (one JSON object per line).",
)
@click.option(
    "--what",
    type=click.Choice(tuple(WHATS)),
    default="articles",
    show_default=True,
    help="articles, or captions: one row per photo (article_id, published_at, published_date, "
    "title, url, position, image_url, text).",
)
@click.option(
    "--sort",
    type=click.Choice(tuple(SORTS)),
    default="oldest",
    show_default=True,
    help="Oldest first, most recent first, or most viewed first.",
)
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    metavar="N",
    help="Only the first N articles (in --sort order).",
)
@click.option(
    "--excel",
    is_flag=True,
    help="CSV for spreadsheets: a BOM, formula-like cells neutralised, "
    "cells cut at 32,767 characters.",
)
@db_option
def command(
    output: Path,
    query: str | None,
    since: str | None,
    until: str | None,
    columns: str | None,
    fmt: str,
    what: str,
    sort: str,
    limit: int | None,
    excel: bool,
    db_path: Path,
) -> None:
    """Export articles (or their captions) as CSV or JSON Lines, in constant memory.

    Plain CSV is RFC 4180, UTF-8 without BOM, values exactly as stored
    (bodies keep their line breaks). --excel adds a BOM and prefixes with '
    any cell starting with =, +, -, @, tab or CR, so a spreadsheet shows it
    instead of running it. A file is written whole or not at all.

    \b
    Examples:
        portal-archive export -o articles.csv
        portal-archive export --query "dang bo" --since 2021-01-01 --excel -o dang-bo.csv
        portal-archive export --format jsonl --columns article_id,title,body,captions
        portal-archive export --what captions --excel -o captions.csv
        portal-archive export --sort views --limit 100 -o most-viewed.csv
    """
    try:
        with Archive.open(db_path) as archive:
            to_stdout = str(output) == "-"
            rows = archive.export(
                sys.stdout.buffer if to_stdout else output,
                columns=columns,
                query=query,
                since=since,
                until=until,
                format=fmt,
                excel=excel,
                what=what,
                sort=sort,
                limit=limit,
            )
            if to_stdout:
                sys.stdout.buffer.flush()
                return
    except ArchiveError as exc:
        raise click.ClickException(str(exc)) from exc
    except BrokenPipeError:
        raise  # the reader of stdout left (`| head`): click ends quietly, as sqlite-utils does
    except OSError as exc:
        raise click.ClickException(f"cannot write {output}: {exc.strerror or exc}") from exc
    noun = "article" if what == "articles" else "caption"
    click.echo(f"exported {rows} {noun}{'s' if rows != 1 else ''} to {output}", err=True)
