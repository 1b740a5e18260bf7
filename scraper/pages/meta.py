"""The meta line: a publish-date label right before a date (both locales),
the view count around it, a time standing in the element beside the date.
"""

from __future__ import annotations

import enum
import itertools
import re
from collections.abc import Iterator
from datetime import datetime
from typing import NamedTuple

from lxml import etree

from scraper.pages.dates import find_time
from scraper.pages.html import (
    text_of,
    text_upto,
)
from scraper.pages.text import clean_text, fold_label
from scraper.profile import (
    DATE_LABEL_EN_RE,
    DATE_LABEL_VI_RE,
    UPDATE_LABEL_RE,
    VIEW_LABEL_RE,
)

_ANY_LABEL_RE = re.compile(
    "|".join(
        f"(?:{p.pattern})"
        for p in (DATE_LABEL_VI_RE, DATE_LABEL_EN_RE, VIEW_LABEL_RE, UPDATE_LABEL_RE)
    )
)


# Fast path: the portal's numeric dates. Other wordings (worded Vietnamese
# dates, English month names) are looked for only when this finds no
# labelled meta line.
SLASHED_DATE_HINT = re.compile(r"\d{1,2} ?/ ?\d{1,2} ?/ ?\d{2,4}")


NUMERIC_DATE_HINT = re.compile(r"\d{1,2} ?[/.\-] ?\d{1,2} ?[/.\-] ?\d{2,4}")


OTHER_DATE_HINT = re.compile(
    r"\d{4}-\d{2}-\d{2}|tháng\s*\d|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}",
    re.IGNORECASE,
)


_NUMBER = r"(\d{1,3}(?:[.,\s\u00a0\u202f]\d{3})+|\d+)(?![\d.,]*\d)"


_VIEW_AFTER_LABEL = re.compile(r"(?:" + VIEW_LABEL_RE.pattern + r")\s*[:：\-]?\s*" + _NUMBER)


_VIEW_BEFORE_LABEL = re.compile(r"(?<![\d.,])" + _NUMBER + r"\s*(?:lượt\s*xem|lượt\s*đọc|views?\b)")


DIGIT = re.compile(r"\d")


_NON_DIGITS = re.compile(r"\D")


_VI_VIEW_WORDS = re.compile(r"lượt|số|đã")


_EN_VIEW_WORDS = re.compile(r"view|hits|read")


#: A meta line is short; climbing past this many characters means we left it.
META_MAX_CHARS = 320


class MetaStrength(enum.IntEnum):
    """How surely a line with a date is the article's meta line: by its label."""

    BARE_DATE = 0  # a date without any label
    UPDATED = 1  # "Cập nhật" / "Updated": maybe a site header's date
    VIEW_COUNT = 2  # a view count beside the date
    PUBLISH_DATE = 3  # "Ngày đăng" / "Publish date"


class Label(NamedTuple):
    """What labels a short line holds. (A named tuple: read at every level of
    every climb from a date, it must be cheap to make.)"""

    #: The line's text, cleaned and lower-cased.
    text: str
    strength: MetaStrength
    #: The UI language its label is written in, when it has one.
    lang: str | None


def parse_view_count(text: str) -> int | None:
    """``Lượt xem: 1.234`` → 1234; text without a view count → None."""
    match = _VIEW_AFTER_LABEL.search(text)
    if match is None and ("lượt" in text or "view" in text):  # in each label of the other form
        match = _VIEW_BEFORE_LABEL.search(text)
    if match is None:
        return None
    digits = _NON_DIGITS.sub("", match.group(match.lastindex or 1))
    return int(digits) if digits else None


def view_label_lang(text: str) -> str | None:
    if _VI_VIEW_WORDS.search(text):
        return "vi"
    if _EN_VIEW_WORDS.search(text):
        return "en"
    return None


def places_around(element: etree._Element) -> Iterator[etree._Element]:
    """The meta line, then the elements right around it, in the order a view count
    is looked for there (lazily: it is usually right beside the date)."""
    yield element
    yield from itertools.islice(element.itersiblings(preceding=True), 3)
    yield from itertools.islice(element.itersiblings(), 3)
    parent = element.getparent()
    if parent is not None and parent.tag not in ("body", "html"):
        yield parent
        yield from itertools.islice(parent.itersiblings(), 2)
        yield from itertools.islice(parent.itersiblings(preceding=True), 2)


def short_spaced_text(element: etree._Element, limit: int) -> str | None:
    """``spaced_text(element)``, or None when its text is longer than ``limit``
    (read no further: the element may be a whole sidebar)."""
    pieces: list[str] = []
    size = 0
    for piece in element.itertext():
        pieces.append(piece)
        size += len(piece)
        if size > limit:
            return None
    return " ".join(pieces)


def label_at(element: etree._Element) -> Label | None:
    """The labels in ``element``'s (short) text; None when the text is too long
    for a meta line."""
    raw = text_of(element)
    if len(raw) > META_MAX_CHARS * 4:
        return None
    text = " ".join(raw.split())
    if len(text) > META_MAX_CHARS:
        return None
    text = fold_label(text)
    if not _ANY_LABEL_RE.search(text):
        return Label(text, MetaStrength.BARE_DATE, None)
    vi = DATE_LABEL_VI_RE.search(text)
    # an English label can only come first when the Vietnamese one does not open the line
    en = None if vi and vi.start() == 0 else DATE_LABEL_EN_RE.search(text)
    if vi or en:
        lang = "vi" if vi and (not en or vi.start() <= en.start()) else "en"
        return Label(text, MetaStrength.PUBLISH_DATE, lang)
    if VIEW_LABEL_RE.search(text):
        return Label(text, MetaStrength.VIEW_COUNT, view_label_lang(text))
    if UPDATE_LABEL_RE.search(text):
        return Label(text, MetaStrength.UPDATED, "vi" if "nhật" in text else "en")
    return Label(text, MetaStrength.BARE_DATE, None)


def time_beside(element: etree._Element, day: datetime) -> datetime:
    """A meta line that gives the time in its own element (``<li>14:00</li>``)."""
    for sibling in itertools.islice(element.itersiblings(), 2):
        if isinstance(sibling.tag, str):
            moment = find_time(clean_text(text_upto(sibling, 40)))
            if moment is not None:
                return day.replace(hour=moment[0], minute=moment[1], second=moment[2])
    return day


def label_before(text: str, date: str) -> bool:
    """A publish-date label ends at most a few words before ``date`` in ``text``."""
    position = text.find(date)
    if position < 0:
        return True  # spacing differs; the label is in the same short line anyway
    for pattern in (DATE_LABEL_VI_RE, DATE_LABEL_EN_RE):
        for match in pattern.finditer(text, 0, position):
            if position - match.end() <= 40:
                return True
    return False
