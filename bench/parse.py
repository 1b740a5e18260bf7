"""Benchmark: the article parser against a bare lxml tree build of the same pages.

    python bench/parse.py [--articles 64] [--rounds 5] [--realpages DIR] [--by-kind]

Two corpora: the offline replica's article pages (both locales), rendered
in memory, and the real article pages of ``../shared/realpages`` (full
pages and print views; skipped when the folder is absent). For each it
times, in the same run and on one core: ``lxml.html.fromstring`` alone (what
any parser that builds the page's lxml tree pays; ArticlePage builds it only
up to the article's end), and ``ArticlePage(html, url).to_article()``,
taking turns in each round. Prints pages/s for each (its best round) and the
ratio: the median over the rounds of each round's ratio, with their range.
Target: ArticlePage costs at most 2x the bare tree build, on both.
``--by-kind`` also times the real full pages and print views apart.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import time
from pathlib import Path

import lxml.html

from replica import Replica
from scraper.pages import ArticlePage


def pages(n_articles: int) -> list[tuple[bytes, str]]:
    replica = Replica(n_articles=n_articles)
    base = "http://127.0.0.1:8000"
    out = []
    for article in replica.articles:
        for lang in ("vi", "en"):
            html = replica.article_html(article.article_id, lang, base)
            if isinstance(html, str):
                html = html.encode("utf-8")
            out.append((html, article.url(base, lang)))
    return out


REALPAGES = Path(__file__).resolve().parent.parent.parent / "shared" / "realpages"


def real_pages(folder: Path) -> list[tuple[bytes, str]]:
    """The article pages of a realpages folder (see its README), with their URLs."""
    with open(folder / "index.tsv", encoding="utf-8", newline="") as handle:
        return [
            ((folder / row["file"]).read_bytes(), row["original_url"])
            for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
            if row["kind"] in ("article", "print") and row["uncertain"] != "1"
        ]


def timed_rounds(funcs, corpus: list[tuple[bytes, str]], rounds: int) -> list[list[float]]:
    """Seconds per page of each function in each round. The functions take
    turns within each round, and the time is this process's CPU time: on a
    machine shared with other work, both sides of a round see the same
    conditions."""
    times: list[list[float]] = [[] for _ in funcs]
    for _ in range(rounds):
        for func, found in zip(funcs, times, strict=True):
            start = time.process_time()
            for html, url in corpus:
                func(html, url)
            found.append((time.process_time() - start) / len(corpus))
    return times


def measure(name: str, corpus: list[tuple[bytes, str]], rounds: int) -> float:
    sizes = [len(html) for html, _ in corpus]
    print(f"{name}: {len(corpus)} article pages, {statistics.mean(sizes) / 1024:.1f} KB on average")
    # warm up (imports, regex compilation, dateparser is never reached here)
    for html, url in corpus[:10]:
        ArticlePage(html, url).to_article()
    tree, parse = timed_rounds(
        [
            lambda html, url: lxml.html.fromstring(html),
            lambda html, url: ArticlePage(html, url).to_article(),
        ],
        corpus,
        rounds,
    )
    best = (("lxml.html.fromstring", min(tree)), ("ArticlePage.to_article()", min(parse)))
    for label, seconds in best:
        print(f"  {label:24s}  {1 / seconds:8.0f} pages/s  ({1000 * seconds:.2f} ms/page)")
    # Each round's two sides ran under the same conditions: their ratio is
    # steadier than the ratio of the two best rounds, which may come from
    # different moments of a shared machine.
    ratios = sorted(p / t for p, t in zip(parse, tree, strict=True))
    ratio = statistics.median(ratios)
    print(
        f"  ratio (ArticlePage / bare tree): {ratio:.2f}x, median of {rounds} rounds"
        f" ({ratios[0]:.2f}-{ratios[-1]:.2f})   target <= 2.00x"
    )
    return ratio


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=64)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--realpages", type=Path, default=REALPAGES)
    parser.add_argument(
        "--by-kind", action="store_true", help="also time real full pages and print views apart"
    )
    args = parser.parse_args()

    measure("replica", pages(args.articles), args.rounds)
    if (args.realpages / "index.tsv").is_file():
        real = real_pages(args.realpages)
        measure("real pages", real, args.rounds)
        if args.by_kind:
            # the platform's print view: /view_content/pop_up/<id>-...?_101_viewMode=print
            printed = [page for page in real if "/pop_up/" in page[1]]
            full = [page for page in real if "/pop_up/" not in page[1]]
            measure("real full pages", full, args.rounds)
            measure("real print views", printed, args.rounds)
    else:
        print(f"real pages: none at {args.realpages}")


if __name__ == "__main__":
    main()
