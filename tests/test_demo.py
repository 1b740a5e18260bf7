"""`portal-archive demo`, the README's main-job command, as a new user runs it."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from archive import Archive


def demo(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("portal-archive")
    command = [exe] if exe else [sys.executable, "-m", "portal_archive"]
    return subprocess.run(
        [*command, "demo", *args], capture_output=True, text=True, timeout=120, cwd=cwd
    )


def test_demo_crawls_the_replica_into_sqlite_and_searches_it(tmp_path: Path) -> None:
    result = demo(cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    # one article vanished from the live portal: the Wayback emulation's captures bring it back
    assert "crawl completed (incremental): 63 new, 0 updated, 0 unchanged, 0 failed, 1 gone" in out
    assert "crawl completed (backfill): 1 new, 1 updated," in out
    assert re.search(r"Article \d+ is gone from the live portal \(404\); the captures kept it", out)
    series = re.findall(r"^  (\d{4}-\d\d-\d\d)  (wayback|live) +([\d,]+)$", out, re.M)
    assert [s for _, s, _ in series] == ["wayback"] * 4 + ["live"]
    assert [int(v.replace(",", "")) for _, _, v in series] == [34, 68, 102, 136, 171]
    counts = re.findall(r"search --db demo.db '(.+?)'\s+\((\d+) articles\)", out)
    assert [q for q, _ in counts] == ["Đảng bộ Cầu Giấy", "dang bo cau giay"]
    assert counts[0][1] == counts[1][1] != "0"  # with and without diacritics: the same articles
    assert str((tmp_path / "demo.db").resolve()) in out
    with Archive.open(tmp_path / "demo.db") as archive:
        assert archive.stats().articles == 64
        assert archive.get(5402817).view_count == 171  # the real article is among them

    again = demo(cwd=tmp_path)
    assert again.returncode == 0
    assert "0 new" in again.stdout and "1 pages" in again.stdout
    assert "crawl completed (backfill): 0 new, 0 updated, 0 unchanged" in again.stdout


def test_demo_never_touches_the_archive_named_in_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mine = tmp_path / "mine.db"
    monkeypatch.setenv("PORTAL_ARCHIVE_DB", str(mine))
    result = demo("--articles", "3", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert not mine.exists()
    assert (tmp_path / "demo.db").exists()
