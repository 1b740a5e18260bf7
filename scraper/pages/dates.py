"""Publish dates as the portal writes them, to ISO 8601 in Hanoi time.

The portal writes day/month/year and 24-hour Hanoi time
(``07/01/2022 | 15:27``). A regular expression handles that and the other
numeric and Vietnamese wordings in microseconds; dateparser (about 3 ms a
call, 300 ms the first) is only the fallback for wordings the fast path does
not know, and always day-first.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import NamedTuple

from scraper.profile import HANOI

# Day, month, year with one separator used twice ("07/01/2022", "7.1.2022");
# a two-digit year only written tight ("07/01/22").
_NUMERIC_DATE = re.compile(r"(?<![\d/.\-])(\d{1,2}) ?([/.\-]) ?(\d{1,2}) ?\2 ?(\d{4})(?!\d)")
_SHORT_DATE = re.compile(r"(?<![\d/.\-])(\d{1,2})([/.\-])(\d{1,2})\2(\d{2})(?![\d/.\-])")
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_WORDED_VI = re.compile(
    r"(?:ngày\s*)?(\d{1,2})\s*tháng\s*(\d{1,2})\s*(?:năm|,)?\s*(\d{4})", re.IGNORECASE
)
_TIME = re.compile(
    r"(?<![\d/.\-])(\d{1,2})\s*(?::|h|giờ)\s*(\d{2})(?:\s*:\s*(\d{2}))?(?:\s*(am|pm|sa|ch)\b)?(?![\d/])",
    re.IGNORECASE,
)

# What every date above contains: digits around a separator, or a digit before
# "tháng" (the letters _WORDED_VI's IGNORECASE accepts, spelled out: the flag
# would slow the scan). One search for it spares the four patterns, each
# tried at every position, on the many texts that hold no date.
_DATE_SHAPE = re.compile(r"\d ?[/.\-] ?\d|\d\s*[tT][hH][áÁ][nN][gG]")
# The same test for _WORDED_VI alone: its IGNORECASE scan is the slowest of the four.
_WORDED_SHAPE = re.compile(r"\d\s*[tT][hH][áÁ][nN][gG]")

#: How far (in characters) a time may stand from its date to belong to it.
_TIME_REACH = 24


class FoundDate(NamedTuple):
    """A date read in a text, with its time when one stands beside it. (A
    named tuple: made for every date candidate of a page, it must be cheap.)"""

    value: datetime
    #: Where the date (and its time) stand in the text: ``text[begin:end]``.
    begin: int
    end: int
    #: False: no time beside the date (``value`` is at midnight).
    has_time: bool


#: The date patterns in the order they are tried, with the groups of their day, month and year.
_PATTERNS = (
    (_NUMERIC_DATE, (1, 3, 4)),
    (_WORDED_VI, (1, 2, 3)),
    (_ISO_DATE, (3, 2, 1)),
    (_SHORT_DATE, (1, 3, 4)),
)


def find_date(text: str, start: int = 0) -> FoundDate | None:
    """The first date in ``text[start:]`` with its time.

    Fast path only: numeric day-first dates and Vietnamese "ngày 7 tháng 1 năm
    2022". Returns None when there is no such date.
    """
    if not _DATE_SHAPE.search(text, start):
        return None
    best: tuple[int, int, int, int, int] | None = None  # begin, end, y, m, d
    for pattern, (i_day, i_month, i_year) in _PATTERNS:
        if best is not None and pattern is _SHORT_DATE:
            break
        if pattern is _WORDED_VI and not _WORDED_SHAPE.search(text, start):
            continue
        if pattern is _ISO_DATE and "-" not in text:
            continue
        for match in pattern.finditer(text, start):
            day, month = int(match.group(i_day)), int(match.group(i_month))
            year = int(match.group(i_year))
            if year < 100:
                year += 2000
            if not (1 <= month <= 12 and 1 <= day <= 31 and 1990 <= year <= 2100):
                continue
            if best is None or match.start() < best[0]:
                best = (match.start(), match.end(), year, month, day)
            break
    if best is None:
        return None
    begin, end, year, month, day = best
    hour = minute = second = 0
    has_time = False
    time_match = _nearest_time(text, begin, end)
    if time_match is not None:
        hour, minute = int(time_match.group(1)), int(time_match.group(2))
        second = int(time_match.group(3) or 0)
        meridiem = (time_match.group(4) or "").lower()
        if meridiem in ("pm", "ch") and hour < 12:
            hour += 12
        elif meridiem in ("am", "sa") and hour == 12:
            hour = 0
        if not (hour < 24 and minute < 60 and second < 60):
            hour = minute = second = 0
        else:
            has_time = True
            begin, end = min(begin, time_match.start()), max(end, time_match.end())
    try:
        value = datetime(year, month, day, hour, minute, second, tzinfo=HANOI)
    except ValueError:  # 31/02 and the like
        return None
    return FoundDate(value, begin, end, has_time)


def find_time(text: str) -> tuple[int, int, int] | None:
    """A time standing alone (``14:00``, ``8h15``): (hour, minute, second), else None."""
    match = _TIME.fullmatch(text.strip())
    if match is None:
        return None
    hour, minute, second = int(match.group(1)), int(match.group(2)), int(match.group(3) or 0)
    meridiem = (match.group(4) or "").lower()
    if meridiem in ("pm", "ch") and hour < 12:
        hour += 12
    if hour < 24 and minute < 60 and second < 60:
        return hour, minute, second
    return None


def _nearest_time(text: str, begin: int, end: int) -> re.Match[str] | None:
    after = _TIME.search(text, end, min(len(text), end + _TIME_REACH))
    if after is not None:
        return after
    window_start = max(0, begin - _TIME_REACH)
    before = None
    for match in _TIME.finditer(text, window_start, begin):
        before = match
    return before


def parse_date_fallback(text: str) -> datetime | None:
    """Other wordings (``January 7, 2022 3:27 PM``) through dateparser, day-first."""
    import dateparser  # imported lazily: it costs ~300 ms the first time

    value: datetime | None = dateparser.parse(
        text,
        languages=["vi", "en"],
        settings={
            "DATE_ORDER": "DMY",
            "PREFER_DAY_OF_MONTH": "first",
            "RETURN_AS_TIMEZONE_AWARE": False,
            "REQUIRE_PARTS": ["day", "month", "year"],
        },
    )
    if value is None:
        return None
    return value.replace(tzinfo=HANOI, microsecond=0)


def iso(value: datetime) -> str:
    """``2022-01-07T15:27:00+07:00``"""
    if value.tzinfo is not HANOI:  # the fast path's dates are made in Hanoi time
        value = value.astimezone(HANOI)
    return value.isoformat(timespec="seconds")
