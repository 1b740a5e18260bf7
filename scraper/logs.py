"""The crawl's log: what an operator reads the morning after.

``--log-file`` gets a run header, one line per page (URL, HTTP status,
outcome, reason), every failure, and the summary line; not Scrapy's banner
(versions, settings, middleware lists) nor its statistics dump, which
say nothing about this run's pages. ``--verbose`` shows the same lines on
stderr, one line each, never a traceback.

A log file that cannot be written (a full disk, ``/dev/full``) is reported
once, not by a traceback per line; ``LogFile.error`` says why afterwards.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

#: What logging hands formatException (typeshed's private _SysExcInfoType).
ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None] | tuple[None, None, None]

#: Loggers whose INFO is framework chatter: only their warnings and errors are kept.
_FRAMEWORK = ("scrapy", "twisted", "py.warnings", "filelock", "asyncio")


class _NoChatter(logging.Filter):
    """Keep a framework logger's record only from WARNING up.

    A handler filter, not logger levels: Scrapy configures its loggers again
    when the crawler process starts.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.WARNING:
            return record.name != "py.warnings" or record.levelno >= logging.ERROR
        return not any(record.name == n or record.name.startswith(n + ".") for n in _FRAMEWORK)


class OneLineFormatter(logging.Formatter):
    """stderr (with --verbose) gets one line per message: no tracebacks."""

    def format(self, record: logging.LogRecord) -> str:
        message = record.getMessage().splitlines()[0] if record.getMessage() else ""
        level = "error" if record.levelno >= logging.ERROR else record.levelname.lower()
        return f"portal-archive: {level}: {message}"


class FileFormatter(logging.Formatter):
    """One line per record in the file, tracebacks cut to their last line."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s [%(name)s] %(levelname)s: %(message)s")

    def formatException(self, ei: ExcInfo) -> str:  # noqa: N802 - logging's name
        text = super().formatException(ei)
        return "    " + (text.strip().splitlines() or [""])[-1]


class LogFile(logging.FileHandler):
    """A FileHandler that stops at the first write error and remembers it."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, encoding="utf-8")  # opened now: a bad path fails here
        self.error: str | None = None
        self.path = path

    def emit(self, record: logging.LogRecord) -> None:
        if self.error is None:
            super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        exc = sys.exc_info()[1]
        if self.error is None:
            self.error = f"cannot write the log file {self.path}: {exc}"


def configure_logging(verbose: bool = False, log_file: Path | None = None) -> LogFile | None:
    """The log goes to --log-file and, with --verbose, to stderr; return the file's handler.

    Without --verbose stderr stays silent during the crawl: the command prints
    one line at the end when something went wrong, and nothing otherwise, so
    cron mails only failures. Raises ``OSError`` when the log file cannot be
    opened.
    """
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    root.setLevel(logging.INFO)
    logging.captureWarnings(True)
    file_handler: LogFile | None = None
    if log_file is not None:
        file_handler = LogFile(log_file)
        file_handler.setFormatter(FileFormatter())
        file_handler.setLevel(logging.INFO)
        file_handler.addFilter(_NoChatter())
        root.addHandler(file_handler)
    if verbose:
        stderr = logging.StreamHandler(sys.stderr)
        stderr.setLevel(logging.INFO)
        stderr.setFormatter(OneLineFormatter())
        stderr.addFilter(_NoChatter())
        root.addHandler(stderr)
    else:
        # Python's last-resort handler would print warnings of any logger
        # to stderr when no handler is configured: cron would mail them.
        root.addHandler(logging.NullHandler())
    return file_handler
