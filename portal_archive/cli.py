"""The `portal-archive` command group and its error handling.

Each command lives in ``portal_archive/commands/<name>.py``, imported only
when it runs (or its own ``--help`` is asked for): see ``LazyGroup``.
Commands raise ``click.ClickException`` for anything a user did wrong
(an ``archive.ArchiveError`` that escapes is reported the same way);
``main`` turns every error into one line on stderr and a non-zero exit
status, never a traceback.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Iterator, MutableMapping
from typing import Any

import click

from archive import ArchiveError, ArchiveLocked
from portal_archive import __version__
from portal_archive.exits import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_LOCKED

#: Set PORTAL_ARCHIVE_DEBUG=1 to see tracebacks of unexpected errors.
DEBUG_ENV = "PORTAL_ARCHIVE_DEBUG"


#: Help is laid out for 100 columns whatever the terminal, so docs/cli.md's
#: copy of every --help stays equal to it (tests/test_docs.py).
HELP_WIDTH = 100


class _LazyCommands(MutableMapping[str, click.Command]):
    """``group.commands`` that imports a command's module on first access."""

    def __init__(self, added: MutableMapping[str, click.Command]) -> None:
        self._added = dict(added)

    def _names(self) -> list[str]:
        from portal_archive import commands

        return sorted(set(commands.names()) | set(self._added))

    def __getitem__(self, name: str) -> click.Command:
        if name in self._added:
            return self._added[name]
        from portal_archive import commands

        command = commands.load(name)
        if command is None:
            raise KeyError(name)
        self._added[name] = command
        return command

    def __setitem__(self, name: str, command: click.Command) -> None:
        self._added[name] = command

    def __delitem__(self, name: str) -> None:
        del self._added[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._names())

    def __len__(self) -> int:
        return len(self._names())


class LazyGroup(click.Group):
    """A group whose commands are imported when used, not when listed.

    ``portal-archive --help`` takes each command's one-line help from
    ``portal_archive.commands.COMMANDS``; a command's module (and what it
    imports: lxml, Scrapy, urllib) is imported only when that command runs.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.commands = _LazyCommands(self.commands)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        from portal_archive import commands

        rows = [(name, commands.short_help(name)) for name in self.list_commands(ctx)]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


@click.group(
    cls=LazyGroup,
    context_settings={
        "help_option_names": ["-h", "--help"],
        "terminal_width": HELP_WIDTH,
        "max_content_width": HELP_WIDTH,
    },
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


def main(argv: list[str] | None = None) -> None:
    """Entry point of the console script: one-line errors, no tracebacks."""
    try:
        # Without standalone mode, click returns the status of ctx.exit()
        # (--help, --version) instead of exiting.
        status = cli.main(args=argv, prog_name="portal-archive", standalone_mode=False)
        _flush_stdout()
        if isinstance(status, int) and status:
            sys.exit(status)
    except click.exceptions.Abort:
        click.echo("portal-archive: aborted", err=True)
        sys.exit(EXIT_INTERRUPTED)
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
        sys.exit(EXIT_LOCKED if isinstance(exc, ArchiveLocked) else EXIT_FAILED)
    except KeyboardInterrupt:
        click.echo("portal-archive: interrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except Exception as exc:
        if isinstance(exc, OSError) and exc.errno in (
            errno.EPIPE,
            errno.ENOSPC,
            errno.EIO,
            errno.EDQUOT,
        ):
            # stdout could not take the output (a full disk, a reader gone):
            # the output is incomplete, so say so and fail.
            _silence_stdout()
            click.echo(
                f"portal-archive: error: cannot write the output: {exc.strerror or exc}", err=True
            )
            sys.exit(EXIT_FAILED)
        if os.environ.get(DEBUG_ENV):
            raise
        click.echo(f"portal-archive: error: {_first_line(exc)} ({type(exc).__name__})", err=True)
        sys.exit(EXIT_FAILED)


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
