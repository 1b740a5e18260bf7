"""`portal-archive serve`: the archive in Datasette, set up for this data."""

from __future__ import annotations

import importlib.util
import json
import signal
import sys
import tempfile
from pathlib import Path

import click

from archive import Archive, ArchiveError
from portal_archive.options import db_option

INSTALL_HINT = "serve needs Datasette: pip install datasette (from a clone: pip install '.[web]')"


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "-p",
    "--port",
    type=click.IntRange(0, 65535),
    default=8001,
    show_default=True,
    help="Port to listen on.",
)
@click.option("--open", "open_browser", is_flag=True, help="Open a web browser on it.")
@db_option
def command(host: str, port: int, open_browser: bool, db_path: Path) -> None:
    """Open the archive in Datasette, set up for this data.

    Newest articles first with only the light columns, facets on author,
    section and Hanoi year and month, search with or without diacritics,
    an article page (/article/ID) with its photos, revisions and view
    counts, and canned queries: search with snippets, most viewed, per
    month, changed and gone articles. Needs Datasette: pip install '.[web]'
    in a clone (the web extra), or pip install datasette. A crawl may run
    meanwhile.

    \b
    Examples:
        portal-archive serve --db archive.db
        portal-archive serve --db archive.db --port 8080 --open
    """
    if importlib.util.find_spec("datasette") is None:
        raise click.ClickException(INSTALL_HINT)
    try:
        # Upgrades an older archive first: Datasette opens it read-only.
        Archive.open(db_path).close()
    except ArchiveError as exc:
        raise click.ClickException(str(exc)) from exc

    from datasette.cli import serve
    from datasette.plugins import pm

    from portal_archive import web

    if not pm.is_registered(web):
        pm.register(web, name="portal_archive.web")
    # Uvicorn shuts down on SIGTERM, then raises the signal again for the
    # handler it found. The default one would end the process on the spot and
    # leave the metadata folder behind; this one unwinds, so it is removed.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    with tempfile.TemporaryDirectory(prefix="portal-archive-serve-") as tmp:
        metadata = Path(tmp) / "metadata.json"
        metadata.write_text(json.dumps(web.metadata(db_path.stem), ensure_ascii=False), "utf-8")
        args = [
            str(db_path),
            "--metadata",
            str(metadata),
            "--template-dir",
            str(web.TEMPLATES),
            "--host",
            host,
            "--port",
            str(port),
            "--setting",
            "truncate_cells_html",
            "300",
            "--setting",
            "suggest_facets",
            "off",
            "--setting",
            "default_facet_size",
            "6",
        ]
        if open_browser:
            args.append("--open")
        serve.main(args=args, prog_name="portal-archive serve", standalone_mode=False)
