"""`portal-archive search`: ranked full-text search of the archive."""

from __future__ import annotations

from pathlib import Path

import click

from archive import Archive, ArchiveError
from archive.search import SORTS
from portal_archive.options import db_option
from portal_archive.output import emit, output_options

#: What --json/--csv/--table print for each hit, in this order.
JSON_KEYS = (
    "article_id",
    "title",
    "published_at",
    "view_count",
    "author",
    "section",
    "url",
    "snippet",
)


@click.command("search")
@click.argument("query", nargs=-1, required=True)
@click.option(
    "--limit",
    "-n",
    type=click.IntRange(min=1),
    default=20,
    show_default=True,
    help="Show at most this many articles.",
)
@click.option(
    "--since", metavar="DATE", help="Only articles published on DATE (YYYY-MM-DD) or later."
)
@click.option(
    "--until", metavar="DATE", help="Only articles published on DATE (YYYY-MM-DD) or earlier."
)
@click.option(
    "--sort",
    type=click.Choice(SORTS),
    default="relevance",
    show_default=True,
    help="Best matches, newest or most viewed first.",
)
@output_options
@db_option
def command(
    query: tuple[str, ...],
    limit: int,
    since: str | None,
    until: str | None,
    sort: str,
    output: str | None,
    db_path: Path,
) -> None:
    """Search titles, bodies and captions; best matches first.

    Diacritics, case and đ/d do not matter: "dang bo cau giay",
    "Đảng bộ Cầu Giấy" and "ĐẢNG BỘ CẦU GIẤY" find the same articles.
    "Quoted words" must stand together; word* matches words starting so;
    OR and NOT (in capitals) combine words. Snippets mark matches with
    [ and ]. Dates are Hanoi days, both inclusive. --json, --csv and
    --table give article_id, title, published_at, view_count, author,
    section, url and snippet.

    \b
    Examples:
        portal-archive search dang bo cau giay
        portal-archive search '"Ban Chấp hành" covid' --since 2021-01-01
        portal-archive search 'hội nghị' --sort recent --limit 5 --json
        portal-archive search covid --sort views --csv > covid.csv
    """
    text = " ".join(query)
    try:
        with Archive.open(db_path) as archive:
            hits = archive.search(text, limit=limit, since=since, until=until, sort=sort)
    except ArchiveError as exc:
        raise click.ClickException(str(exc)) from exc
    if output:
        emit((hit.to_dict() for hit in hits), JSON_KEYS, output)
        return
    if not hits:
        click.echo(f"no articles match {text!r}", err=True)
        return
    width = len(str(len(hits)))
    for rank, hit in enumerate(hits, start=1):
        if rank > 1:
            click.echo()
        indent = " " * (width + 2)
        click.echo(f"{rank:>{width}}. {hit.published_at[:10]}  {hit.title}")
        click.echo(f"{indent}{hit.url}")
        click.echo(f"{indent}{hit.snippet}")
