"""Options every command shares, kept apart from the command group.

The commands import this module, and ``portal_archive.cli`` imports the
commands: with the options here, no command imports ``cli``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

DB_ENV = "PORTAL_ARCHIVE_DB"
DEFAULT_DB = "archive.db"


def db_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """The ``--db PATH`` option every command takes."""
    return click.option(
        "--db",
        "db_path",
        type=click.Path(dir_okay=False, path_type=Path),
        default=lambda: os.environ.get(DB_ENV) or DEFAULT_DB,
        show_default=f"${DB_ENV}, else ./{DEFAULT_DB}",
        help="The archive file (SQLite).",
    )(func)
