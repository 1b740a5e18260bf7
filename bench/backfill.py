"""Benchmark: what a backfill costs the archive, and how long the real section takes.

    python bench/backfill.py [--articles 200] [--flaky 0.05] [--section 5000]

Against the replica and its Wayback emulation (served by this process), a
`portal-archive backfill` into a fresh archive, with one replay in
``--flaky`` answering 503 once (retried) and the emulation's standing
faults. From the emulation's request log it prints:

1. replay requests per distinct capture fetched (target 1.0, plus retries);
2. CDX requests per 1,000 captures listed, at the CDX page size the
   backfill uses (and at ``--rows``, to show the trade-off);
3. the wall time a section of ``--section`` articles takes at the published
   limits (24 CDX requests a minute, one replay a second), computed from the
   rates and the captures per article measured here. Replay dominates.
"""

from __future__ import annotations

import argparse
import math
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from replica import Replica
from replica.wayback import WaybackReplica
from scraper.webarchive.politeness import CDX_PER_MINUTE, REPLAY_DELAY
from scraper.webarchive.wayback import CDX_PAGE_ROWS


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument(
        "--flaky", type=float, default=0.05, help="share of replays answering 503 once"
    )
    parser.add_argument("--section", type=int, default=5000, help="articles in the section to cost")
    parser.add_argument(
        "--rows", type=int, default=100, help="a small CDX page size, for comparison"
    )
    args = parser.parse_args()

    replica = Replica(n_articles=args.articles)
    replica.start()
    emulation = WaybackReplica(replica)
    emulation.start()
    distinct = emulation.distinct_article_captures()
    for capture in distinct[:: max(1, round(1 / args.flaky))] if args.flaky else ():
        emulation.replay_fail_first[capture.timestamp] = 1
    try:
        results = {}
        for rows in (CDX_PAGE_ROWS, args.rows):
            emulation.reset_log()
            with tempfile.TemporaryDirectory() as tmp:
                started = time.perf_counter()
                done = subprocess.run(
                    [
                        sys.executable,
                        "-m",
                        "portal_archive",
                        "backfill",
                        "--db",
                        str(Path(tmp) / "a.db"),
                        "--start-url",
                        replica.start_url(),
                        "--wayback-url",
                        emulation.base_url,
                        "--cdx-per-minute",
                        "100000",
                        "--replay-delay",
                        "0",
                        "-s",
                        "RETRY_BACKOFF_BASE=0",
                        "-s",
                        f"WAYBACK_CDX_ROWS={rows}",
                    ],
                    capture_output=True,
                    text=True,
                    check=False,
                )
                seconds = time.perf_counter() - started
            if done.returncode != 0:
                print(done.stderr, file=sys.stderr)
                return 1
            results[rows] = (
                len(emulation.cdx_requests()),
                len(emulation.replay_requests()),
                seconds,
                done.stdout.strip(),
            )
            for capture in distinct[:: max(1, round(1 / args.flaky))] if args.flaky else ():
                emulation.replay_fail_first[capture.timestamp] = 1
    finally:
        emulation.stop()
        replica.stop()

    listed = sum(
        1 for c in emulation.captures if c.statuscode != "-" or c.mimetype == "warc/revisit"
    )
    fault_replays = sum(1 for c in emulation.captures if c.statuscode == "200" and c.fault)
    _cdx, replays, seconds, line = results[CDX_PAGE_ROWS]
    fetched = len(distinct) + fault_replays
    print(
        f"replica: {args.articles} articles, "
        f"{len(emulation.captures)} captures listed by the CDX API, "
        f"{len(distinct)} distinct article captures"
    )
    print(f"summary line: {line}")
    print(
        f"replay requests per distinct capture: {replays / fetched:.3f} "
        f"({replays} requests for {fetched} captures; "
        f"retries of {args.flaky:.0%} flaky replays included)"
    )
    for rows, (n_cdx, _, _, _) in results.items():
        print(
            f"CDX requests per 1,000 captures at {rows} rows a page: {1000 * n_cdx / listed:.1f} "
            f"({n_cdx} requests, {listed} rows)"
        )
    print(f"local wall time without politeness delays: {seconds:.1f} s")

    per_article = len(distinct) / args.articles
    captures = args.section * per_article
    prefixes = 2
    cdx_requests = prefixes * max(1, math.ceil(captures / prefixes / CDX_PAGE_ROWS))
    cdx_seconds = cdx_requests * 60 / CDX_PER_MINUTE
    replay_seconds = captures * REPLAY_DELAY
    total = cdx_seconds + replay_seconds
    print(
        f"\n{args.section:,} articles at {per_article:.2f} "
        f"distinct captures each = {captures:,.0f} captures:"
    )
    print(f"  CDX: {cdx_requests} requests at {CDX_PER_MINUTE:.0f}/min = {cdx_seconds:.0f} s")
    print(
        f"  replay: {captures:,.0f} requests at one per "
        f"{REPLAY_DELAY:.0f} s = {replay_seconds / 3600:.1f} h"
    )
    print(f"  total at the published limits: {total / 3600:.1f} h (plus response times)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
