"""Where a page observed before an article's latest observation falls among
its versions (a web archive's capture, stored after newer pages).

An article's versions are its refetch revisions and its current fields, each
known from its first observation: a version lasts until the next one is
first observed. A page observed earlier than the latest observation never
replaces the current fields; it is placed in that timeline by its time. Pure:
``Archive`` reads the versions and writes what ``place`` decides.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class Version:
    #: Its first observation, UTC ISO 8601.
    observed_at: str
    #: Whether the page being placed shows this version's content.
    same: bool
    #: Its row in ``article_revisions``; None for the current fields.
    revision_id: int | None = None

    @property
    def current(self) -> bool:
        return self.revision_id is None


#: What placing a page does to the timeline:
#: - ``seen``: it falls in the period of a version with its content (one more
#:   observation of it): nothing changes;
#: - ``earlier``: it falls right before a version with its content, which was
#:   there from the page's time on: that version's first observation moves back;
#: - ``new``: a version of its own time, inserted as a revision;
#: - ``split``: the same, inside the current version's period (its content was
#:   seen before and after the page): that period's earlier stretch becomes a
#:   revision too, and the current version's first observation moves forward
#:   to the earliest observation known to show it after the page.
#:
#: A page with other content may fall inside a revision's period, and that
#: revision's content may have been seen again after the page, before the next
#: version (an edit and its revert): the archive, which knows what each stored
#: page showed, then makes the page a ``new`` version and that return a
#: version of its own too (``Placement.period``, ``until``).
Change = Literal["seen", "earlier", "new", "split"]


@dataclass(frozen=True)
class Placement:
    change: Change
    #: The version whose first observation moves back (``earlier``).
    version: Version | None = None
    #: The version in place at the page's time; None before the first version.
    period: Version | None = None
    #: When the version after ``period`` was first observed; None after the current's start.
    until: str | None = None


def place(observed_at: str, versions: Sequence[Version]) -> Placement:
    """Where a page observed at ``observed_at`` falls among ``versions`` (the
    current fields among them, with the latest first observation). Times are
    UTC ISO 8601 strings of one form, which sort as they read."""
    ordered = sorted(versions, key=lambda v: v.observed_at)
    before = [v for v in ordered if v.observed_at <= observed_at]
    after = [v for v in ordered if v.observed_at > observed_at]
    period = before[-1] if before else None  # the version in place at the page's time
    following = after[0] if after else None
    until = following.observed_at if following is not None else None
    if period is not None and period.same:
        return Placement("seen", period=period, until=until)
    if following is not None and following.same:
        return Placement("earlier", following, period=period, until=until)
    if period is not None and period.current:
        return Placement("split", period=period)
    return Placement("new", period=period, until=until)
