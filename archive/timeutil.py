"""Timestamps and dates as the archive writes and compares them.

Fetch times are UTC, ISO 8601 to the second (``2024-05-01T03:04:05+00:00``).
``published_at`` is Hanoi time as the portal shows it
(``2022-01-07T15:27:00+07:00``); Hanoi has no daylight saving, so comparing
those strings compares instants, and a ``YYYY-MM-DD`` filter means a day in
Hanoi.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone

from archive.errors import DateError

HANOI = timezone(timedelta(hours=7), "Asia/Ho_Chi_Minh")

_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


def utc_iso(moment: datetime) -> str:
    """``moment`` as UTC ISO 8601, to the millisecond when it has a fraction of a
    second (``2024-05-01T03:00:00.250+00:00``), else to the second; naive
    datetimes are refused.

    Milliseconds: two fetches of one article in the same second (a crawl
    right after another) are two observations in ``view_counts``, whose key
    is (article_id, observed_at). The strings sort in time order either way.
    """
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"timestamp {moment!r} has no time zone; pass an aware datetime")
    spec = "milliseconds" if moment.microsecond else "seconds"
    return moment.astimezone(UTC).isoformat(timespec=spec)


def now_utc_iso() -> str:
    return utc_iso(datetime.now(UTC))


def parse_day(text: str, what: str = "date") -> date:
    """A ``YYYY-MM-DD`` date, or ``DateError`` naming what was expected."""
    if not isinstance(text, str) or not _DATE_RE.fullmatch(text.strip()):
        raise DateError(f"{what} {text!r} is not a date; use YYYY-MM-DD, e.g. 2022-01-07")
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise DateError(f"{what} {text!r} is not a calendar date") from None


def published_bounds(
    since: str | date | None, until: str | date | None
) -> tuple[str | None, str | None]:
    """Inclusive day filters as string bounds on ``published_at``.

    Returns ``(low, high)`` for ``published_at >= low AND published_at < high``:
    ``until`` covers its whole day, so ``high`` is the next day.
    """
    low = high = None
    if since is not None:
        day = since if isinstance(since, date) else parse_day(since, "since")
        low = day.isoformat()
    if until is not None:
        day = until if isinstance(until, date) else parse_day(until, "until")
        high = (day + timedelta(days=1)).isoformat()
    if low is not None and high is not None and low >= high:
        raise DateError(f"since ({low}) is after until ({until}); nothing can match")
    return low, high


def hanoi_iso(moment: datetime | str) -> str:
    """A moment as ``published_at`` is written (Hanoi offset), for comparisons.

    A naive datetime (or string without offset) is taken as Hanoi time.
    """
    if isinstance(moment, str):
        try:
            moment = datetime.fromisoformat(moment)
        except ValueError:
            raise DateError(f"{moment!r} is not an ISO 8601 date or datetime") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=HANOI)
    return moment.astimezone(HANOI).isoformat(timespec="seconds")
