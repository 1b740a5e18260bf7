"""``python -m replica``: serve the replica until killed.

Prints exactly one line on stdout, the base URL, as soon as the server
listens, so a test or benchmark can start it in a subprocess and read the
URL back (the way Scrapy's own test suite runs its mock server).
"""

from __future__ import annotations

import argparse
import signal
import sys

from replica.server import DEFAULT_SEED, Replica


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m replica",
        description="Serve the offline replica of the Cầu Giấy portal's 'Công tác Đảng' section.",
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: %(default)s)"
    )
    parser.add_argument(
        "--port", type=int, default=0, help="port; 0 picks a free one (default: %(default)s)"
    )
    parser.add_argument(
        "--articles", type=int, default=64, help="number of articles (default: %(default)s)"
    )
    parser.add_argument(
        "--seed", type=int, default=DEFAULT_SEED, help="content seed (default: %(default)s)"
    )
    parser.add_argument("--verbose", action="store_true", help="log every request on stderr")
    args = parser.parse_args(argv)

    try:
        replica = Replica(
            n_articles=args.articles,
            seed=args.seed,
            host=args.host,
            port=args.port,
            verbose=args.verbose,
        )
        base_url = replica.start()
    except (ValueError, OSError) as exc:
        print(f"replica: error: {exc}", file=sys.stderr)
        return 2
    # SIGTERM (subprocess.terminate) ends the process as quietly as Ctrl-C.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    print(base_url, flush=True)
    try:
        replica.serve_forever()
    except (KeyboardInterrupt, SystemExit):
        pass
    finally:
        replica.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
