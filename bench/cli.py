"""End-to-end time of one-off commands, as a person types them. Prints figures.

    python bench/cli.py                  # on the archive bench/store_and_search.py cached
    python bench/cli.py --db archive.db --runs 30

``portal-archive search`` and ``sqlite-utils search`` run alternately on the
same file, with the same words (both find the same articles: the index has
folded copies of the text), each a fresh process, so start-up is counted as
a person pays it. Also ``portal-archive --help`` and ``stats``.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

BIN = Path(sys.executable).parent
QUERY = "dang bo cau giay"


def timed(command: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return (time.perf_counter() - t0) * 1000


def pair(ours: list[str], theirs: list[str], runs: int) -> tuple[list[float], list[float]]:
    timed(ours)
    timed(theirs)  # warm the page cache
    times: tuple[list[float], list[float]] = ([], [])
    for n in range(runs):
        order = ((0, ours), (1, theirs)) if n % 2 else ((1, theirs), (0, ours))
        for slot, command in order:
            times[slot].append(timed(command))
    return times


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def line(label: str, values: list[float]) -> str:
    return f"  {label:<44} median {statistics.median(values):6.1f} ms, p95 {p95(values):6.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/portal-archive-bench-5000.db"))
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    if not args.db.exists():
        sys.exit(
            f"no archive at {args.db}: run python bench/store_and_search.py first, or give --db"
        )
    db = str(args.db)
    ours = [str(BIN / "portal-archive"), "search", "--db", db, "--limit", "20", QUERY]
    theirs = [str(BIN / "sqlite-utils"), "search", db, "articles", QUERY, "--limit", "20"]
    print(f"{args.db}, {args.runs} runs each, alternating, fresh process each time")
    mine, su = pair(ours, theirs, args.runs)
    print(line(f"portal-archive search {QUERY!r}", mine))
    print(line(f"sqlite-utils search {QUERY!r}", su))
    print(
        f"  ratio portal-archive / sqlite-utils: median "
        f"{statistics.median(mine) / statistics.median(su):.2f}, p95 {p95(mine) / p95(su):.2f}"
    )
    for label, command in (
        ("portal-archive --help", [str(BIN / "portal-archive"), "--help"]),
        ("portal-archive stats", [str(BIN / "portal-archive"), "stats", "--db", db]),
        ("python -c pass (interpreter start-up)", [sys.executable, "-c", "pass"]),
    ):
        timed(command)
        print(line(label, [timed(command) for _ in range(args.runs)]))


if __name__ == "__main__":
    main()
