"""Where a page observed earlier than an article's latest observation falls
among its versions (``archive.timeline``), read as a timeline: each version
lasts from its first observation until the next version's."""

from __future__ import annotations

import pytest

from archive.timeline import Version, place


def _day(n: int) -> str:
    return f"2022-01-{n:02d}T00:00:00+00:00"


def _versions(*spec: tuple[int, str], current: tuple[int, str], page: str) -> list[Version]:
    """Revisions (first observation day, content) and the current version,
    each marked with whether it shows ``page``'s content."""
    versions = [Version(_day(d), c == page, revision_id=n) for n, (d, c) in enumerate(spec, 1)]
    return [*versions, Version(_day(current[0]), current[1] == page)]


@pytest.mark.parametrize(
    ("day", "page", "revisions", "current", "change", "moved"),
    [
        # A (1) then B (5, current)
        (3, "A", [(1, "A")], (5, "B"), "seen", None),  # inside A's period
        (0, "A", [(1, "A")], (5, "B"), "earlier", 1),  # A was there from day 0
        (3, "B", [(1, "A")], (5, "B"), "earlier", None),  # B from day 3: the current moves back
        (3, "C", [(1, "A")], (5, "B"), "new", None),  # a version between A and B
        (0, "C", [(1, "A")], (5, "B"), "new", None),  # a version before all
        (7, "B", [(1, "A")], (5, "B"), "seen", None),  # the current, seen again earlier
        # inside the current's period with other content: A was back at the latest fetch
        (7, "C", [(1, "A")], (5, "B"), "split", None),
        # A (1), B (5), A again (9, current): a capture of A on day 3 is A's first
        # period, not the current one's (the current does not move back over B)
        (3, "A", [(1, "A"), (5, "B")], (9, "A"), "seen", None),
        (7, "A", [(1, "A"), (5, "B")], (9, "A"), "earlier", None),
        (0, "A", [(1, "A"), (5, "B")], (9, "A"), "earlier", 1),
    ],
)
def test_a_page_is_placed_by_its_time_among_the_versions(
    day: int,
    page: str,
    revisions: list[tuple[int, str]],
    current: tuple[int, str],
    change: str,
    moved: int | None,
) -> None:
    placement = place(_day(day), _versions(*revisions, current=current, page=page))
    assert placement.change == change
    if change == "earlier":
        assert placement.version is not None
        assert placement.version.revision_id == moved  # None: the current version
    else:
        assert placement.version is None


def test_the_versions_may_come_in_any_order() -> None:
    versions = _versions((1, "A"), (5, "B"), current=(9, "A"), page="A")
    assert place(_day(7), versions) == place(_day(7), list(reversed(versions)))


def test_a_new_version_says_which_period_it_falls_in_and_until_when() -> None:
    # A (1), B (5, current): C on day 3 falls in A's period, which lasts until day 5
    placement = place(_day(3), _versions((1, "A"), current=(5, "B"), page="C"))
    assert placement.change == "new"
    assert placement.period is not None and placement.period.revision_id == 1
    assert placement.until == _day(5)
    before_all = place(_day(0), _versions((1, "A"), current=(5, "B"), page="C"))
    assert (before_all.period, before_all.until) == (None, _day(1))
    split = place(_day(7), _versions((1, "A"), current=(5, "B"), page="C"))
    assert split.period is not None and split.period.current and split.until is None
