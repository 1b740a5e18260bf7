"""Exit statuses of `portal-archive`, in one place, and the error that carries one.

The CLI's vocabulary, not the library's: ``archive`` raises
``ArchiveLocked`` and ``scraper.run`` says how a crawl ended (a
``CrawlResult``); the commands turn those into these numbers.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from scraper.run import CrawlResult

EXIT_OK = 0
#: The command could not do its work (one line on stderr says why).
EXIT_FAILED = 1
#: Bad usage: an unknown option or a bad value (click's own status).
EXIT_USAGE = 2
#: `parse`: the page is not an article (a listing, an error page).
EXIT_NOT_AN_ARTICLE = 2
#: Another crawl of the same archive holds its lock: EX_TEMPFAIL from
#: sysexits.h, try again later (crawl, backfill, reparse).
EXIT_LOCKED = 75
#: 128 + SIGINT, as shells report a Ctrl-C.
EXIT_INTERRUPTED = 130

_CRAWL_EXITS: dict[str, int] = {
    "ok": EXIT_OK,
    "failed": EXIT_FAILED,
    "locked": EXIT_LOCKED,
    "interrupted": EXIT_INTERRUPTED,
}


def crawl_exit_status(result: CrawlResult) -> int:
    """The exit status of a crawl or backfill that ended with ``result``."""
    return _CRAWL_EXITS[result]


def failure(message: str, exit_status: int) -> click.ClickException:
    """The error that prints ``message`` as one line and exits with ``exit_status``."""
    return _failure_class(exit_status)(message)


@functools.cache
def _failure_class(exit_status: int) -> type[click.ClickException]:
    # click reads exit_code from the exception's class (a ClassVar), and a
    # crawl learns its status only when it ends: one small class per status.
    class Failure(click.ClickException):
        exit_code = exit_status

    Failure.__name__ = Failure.__qualname__ = f"ExitStatus{exit_status}"
    return Failure
