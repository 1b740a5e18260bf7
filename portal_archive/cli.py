"""The `portal-archive` command group: shared options and error handling.

Each command lives in ``portal_archive/commands/<name>.py`` and is registered
here. Commands raise ``click.ClickException`` for anything a user did wrong
(an ``archive.ArchiveError`` that escapes is reported the same way);
``main`` turns every error into one line on stderr and a non-zero exit
status, never a traceback.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path
from typing import Any, Callable

import click

from archive import ArchiveError, ArchiveLocked
from archive.lock import EXIT_LOCKED
from portal_archive import __version__

DB_ENV = "PORTAL_ARCHIVE_DB"
DEFAULT_DB = "archive.db"

#: Set PORTAL_ARCHIVE_DEBUG=1 to see tracebacks of unexpected errors.
DEBUG_ENV = "PORTAL_ARCHIVE_DEBUG"


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


#: Help is laid out for 100 columns whatever the terminal, so the README's
#: copy of every --help stays equal to it (tests/test_docs.py).
HELP_WIDTH = 100


@click.group(
    context_settings={
        "help_option_names": ["-h", "--help"],
        "terminal_width": HELP_WIDTH,
        "max_content_width": HELP_WIDTH,
    }
)
@click.version_option(__version__, prog_name="portal-archive")
def cli() -> None:
    """Archive the "Công tác Đảng" news of the Cầu Giấy district portal.

    Crawl the portal into one SQLite file, search it with or without
    diacritics, and export CSV for researchers.

    \b
    Example:
        portal-archive demo            # crawl the bundled offline replica
        portal-archive crawl --db archive.db
        portal-archive search "dang bo cau giay"
    """


def _register() -> None:
    # Imported here so `--help` of one command does not pay for the imports
    # of all the others more than once, and so a missing command module
    # shows up as a clear ImportError while developing.
    from portal_archive.commands import COMMANDS

    for command in COMMANDS:
        cli.add_command(command)


_register()


def main(argv: list[str] | None = None) -> None:
    """Entry point of the console script: one-line errors, no tracebacks."""
    try:
        cli.main(args=argv, prog_name="portal-archive", standalone_mode=False)
        _flush_stdout()
    except click.exceptions.Exit as exc:
        _flush_stdout()
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        click.echo("portal-archive: aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        # Usage errors, bad parameters, and our own UserError subclasses.
        message = exc.format_message().splitlines()[0] if exc.format_message() else ""
        if isinstance(exc, click.UsageError) and exc.ctx is not None:
            message = f"{message} (see '{exc.ctx.command_path} --help')"
        click.echo(f"portal-archive: error: {message}", err=True)
        sys.exit(exc.exit_code)
    except ArchiveError as exc:
        # a command that let an archive problem through: same one line
        click.echo(f"portal-archive: error: {_first_line(exc)}", err=True)
        sys.exit(EXIT_LOCKED if isinstance(exc, ArchiveLocked) else 1)
    except KeyboardInterrupt:
        click.echo("portal-archive: interrupted", err=True)
        sys.exit(130)
    except OSError as exc:
        if exc.errno in (errno.EPIPE, errno.ENOSPC, errno.EIO, errno.EDQUOT):
            # stdout could not take the output (a full disk, a reader gone):
            # the output is incomplete, so say so and fail.
            _silence_stdout()
            click.echo(f"portal-archive: error: cannot write the output: {exc.strerror or exc}", err=True)
            sys.exit(1)
        if os.environ.get(DEBUG_ENV):
            raise
        click.echo(f"portal-archive: error: {_first_line(exc)} ({type(exc).__name__})", err=True)
        sys.exit(1)
    except Exception as exc:  # noqa: BLE001 - the last line of defence
        if os.environ.get(DEBUG_ENV):
            raise
        click.echo(f"portal-archive: error: {_first_line(exc)} ({type(exc).__name__})", err=True)
        sys.exit(1)


def _flush_stdout() -> None:
    """Flush now, so a full disk or a closed pipe is an error, not a silent truncation."""
    sys.stdout.flush()
    if hasattr(sys.stdout, "buffer"):
        sys.stdout.buffer.flush()


def _silence_stdout() -> None:
    # Python flushes stdout again at exit and would print its own traceback.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
