"""Shared fixtures. Keep this file small: module-specific fixtures belong in
the test modules that use them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from scraper.replica import Replica


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
