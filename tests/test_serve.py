"""`portal-archive serve` as a process: it stops cleanly when told to.

What the served pages show is tested in a real browser (test_browser.py);
this file needs no browser, only Datasette.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from archive import Archive

pytest.importorskip("datasette", reason="Datasette (the test and web extras) is not installed")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_serve_stopped_by_sigterm_leaves_nothing_behind(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    Archive.open(db, create=True).close()
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "portal_archive", "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "TMPDIR": str(scratch)},
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(
                    f"http://127.0.0.1:{port}/-/versions.json", timeout=2
                ).close()
                break
            except OSError:
                assert server.poll() is None, server.stderr.read() if server.stderr else ""
                assert time.monotonic() < deadline, "serve did not start in 30 s"
                time.sleep(0.2)
        assert list(scratch.iterdir()), "serve keeps its Datasette metadata in a temporary folder"
        server.send_signal(signal.SIGTERM)
        assert server.wait(timeout=15) == 128 + signal.SIGTERM
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
        if server.stderr:
            server.stderr.close()
    assert list(scratch.iterdir()) == []
