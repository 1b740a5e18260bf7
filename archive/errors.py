"""Errors the archive raises for things a user (or a caller) got wrong.

Every message is one line that says what is wrong and, where it helps, what
to do; the CLI prints it as is. Nothing here imports click: the command
layer turns an ``ArchiveError`` into a ``click.ClickException``.
"""

from __future__ import annotations


class ArchiveError(Exception):
    """Base class: something about the archive file or a request to it is wrong."""


class NoArchiveError(ArchiveError):
    """The path names no file (and the caller did not ask to create one)."""


class NotAnArchiveError(ArchiveError):
    """The file exists but is not SQLite, or is SQLite but not a portal-archive."""


class ArchiveVersionError(ArchiveError):
    """The archive was written by a newer portal-archive than this one."""


class ArchiveLocked(ArchiveError):  # noqa: N818 - public name, caught by callers as it is
    """Another process holds the crawl lock of this archive."""


class QueryError(ArchiveError, ValueError):
    """A search query that cannot be turned into a full-text search."""


class DateError(ArchiveError, ValueError):
    """A date that is not ``YYYY-MM-DD``."""


class ColumnError(ArchiveError, ValueError):
    """An export column that the archive does not have."""


class ExportError(ArchiveError, ValueError):
    """An export request that cannot be honoured (format, option mix)."""
