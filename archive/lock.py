"""One crawl per archive at a time: an advisory lock on ``<db>.lock``.

``fcntl.flock`` on a separate file, not on the database: SQLite's own locks
are per transaction, and the crawl must hold its lock for the whole run.
The kernel drops a flock when the process dies, however it dies (SIGKILL,
OOM, power), so a stale lock file never blocks the next cron run. The lock
file itself stays (removing it would let a third process lock a new inode
while a second still waits on the old one); it holds the holder's pid, for
humans.
"""

from __future__ import annotations

import errno
import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from archive.errors import ArchiveLocked


def lock_path(db_path: str | os.PathLike[str]) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".lock")


@contextmanager
def crawl_lock(db_path: str | os.PathLike[str]) -> Iterator[Path]:
    """Hold the crawl lock of ``db_path`` for the ``with`` block.

    Raises ``ArchiveLocked`` at once (no waiting) if another process holds it.
    """
    path = lock_path(db_path)
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
            who = f" (pid {holder})" if holder.isdigit() else ""
            raise ArchiveLocked(
                f"another crawl of {db_path} is running{who}; lock file {path}"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        try:
            yield path
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
