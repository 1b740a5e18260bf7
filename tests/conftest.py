"""Shared fixtures. Keep this file small: module-specific fixtures belong in
the test modules that use them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from replica import Replica
from replica.wayback import WaybackReplica


@pytest.fixture(scope="session")
def replica() -> Iterator[Replica]:
    """The offline replica of the portal, started once for the whole run.

    Tests that switch faults on, add articles or read the request log should
    use ``fresh_replica`` instead, so they start from a clean state.
    """
    server = Replica(n_articles=64)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def fresh_replica(replica: Replica) -> Iterator[Replica]:
    """The session replica with faults off, initial content and an empty log."""
    replica.reset()
    replica.reset_log()
    if not replica.running:  # a previous test stopped it to simulate an outage
        replica.start()
    yield replica
    replica.reset()


@pytest.fixture(scope="session")
def archive_org() -> Iterator[WaybackReplica]:
    """A Wayback Machine emulation over captures of a 24-article replica of its own."""
    portal = Replica(n_articles=24)
    portal.start()
    emulation = WaybackReplica(portal)
    emulation.start()
    try:
        yield emulation
    finally:
        emulation.stop()
        portal.stop()
