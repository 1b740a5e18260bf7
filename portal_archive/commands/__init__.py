"""One module per command, each defining ``command`` (a click.Command).

``COMMANDS`` names them with their one-line help, so ``portal-archive
--help`` lists every command without importing any, and running one command
imports only its module: a one-off ``search`` never loads the parser (lxml),
Scrapy or urllib. ``tests/test_research.py`` checks that each line here is
the command's own short help.
"""

from __future__ import annotations

import importlib
import pkgutil

import click

#: Command name -> its one-line help (``--help`` lists them by name).
COMMANDS: dict[str, str] = {
    "backfill": "Backfill the archive from the Wayback Machine's captures of the section.",
    "counts": "Count articles per month, year, author or section.",
    "crawl": 'Crawl the "Công tác Đảng" section into the archive.',
    "demo": "Crawl the bundled offline replica of the portal, then search it.",
    "export": "Export articles (or their captions) as CSV or JSON Lines, in constant memory.",
    "parse": "Run one page through the parser and print the Article as JSON.",
    "reparse": "Re-extract every article from its stored page, without the network.",
    "search": "Search titles, bodies and captions; best matches first.",
    "serve": "Open the archive in Datasette, set up for this data.",
    "show": "One article as a reader sees it; with --history, its edits and views.",
    "stats": "Counts, the range of publication dates, file size, latest crawl runs.",
}


def names() -> list[str]:
    """Every command: those above, and any module here not listed (yet)."""
    found = {info.name for info in pkgutil.iter_modules(__path__) if not info.name.startswith("_")}
    return sorted(found | set(COMMANDS))


def load(name: str) -> click.Command | None:
    """The command called ``name``, its module imported now; None if unknown."""
    if name not in names():
        return None
    command = getattr(importlib.import_module(f"{__name__}.{name}"), "command", None)
    return command if isinstance(command, click.Command) else None


def short_help(name: str) -> str:
    """The one-line help of a command, importing its module only if unlisted."""
    if name in COMMANDS:
        return COMMANDS[name]
    command = load(name)
    return command.get_short_help_str(limit=200) if command else ""
