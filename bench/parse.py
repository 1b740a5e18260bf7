"""Benchmark: the article parser against a bare lxml tree build of the same pages.

    python bench/parse.py [--articles 64] [--rounds 5]

Renders the offline replica's article pages (both locales) in memory, then
times, in the same run and on one core: ``lxml.html.fromstring`` alone (the
floor: building the tree is the least any lxml-based parser does), and
``ArticlePage(html, url).to_article()``. Prints pages/s for each and the
ratio. Target: ArticlePage costs at most 2x the bare tree build.
"""

from __future__ import annotations

import argparse
import statistics
import time

import _paths  # noqa: F401  (before the project's imports: see bench/_paths.py)
import lxml.html

from scraper.pages import ArticlePage
from scraper.replica import Replica


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


def best_rate(func, corpus: list[tuple[bytes, str]], rounds: int) -> float:
    """Pages per second, best of ``rounds`` passes (the least disturbed one)."""
    rates = []
    for _ in range(rounds):
        start = time.perf_counter()
        for html, url in corpus:
            func(html, url)
        rates.append(len(corpus) / (time.perf_counter() - start))
    return max(rates)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=64)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    corpus = pages(args.articles)
    sizes = [len(html) for html, _ in corpus]
    print(f"{len(corpus)} article pages, {statistics.mean(sizes) / 1024:.1f} KB on average")

    # warm up (imports, regex compilation, dateparser is never reached here)
    for html, url in corpus[:10]:
        ArticlePage(html, url).to_article()

    tree = best_rate(lambda html, url: lxml.html.fromstring(html), corpus, args.rounds)
    parse = best_rate(lambda html, url: ArticlePage(html, url).to_article(), corpus, args.rounds)
    print(f"lxml.html.fromstring      {tree:8.0f} pages/s  ({1000 / tree:.2f} ms/page)")
    print(f"ArticlePage.to_article()  {parse:8.0f} pages/s  ({1000 / parse:.2f} ms/page)")
    print(f"ratio (ArticlePage / bare tree): {tree / parse:.2f}x   target <= 2.00x")


if __name__ == "__main__":
    main()
