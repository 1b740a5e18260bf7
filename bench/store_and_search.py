"""Benchmark of the archive: storing, searching, exporting, size. Prints figures.

    python bench/store_and_search.py --articles 5000
    python bench/store_and_search.py --articles 100000      # builds for a few minutes once

The synthetic archive is cached at /tmp/portal-archive-bench-<N>.db (rebuild
with --rebuild). Articles are generated from a fixed seed: ~3 KB bodies of
Vietnamese-looking words (a few thousand words from real syllables, all six
tones, with ``đ`` and two-mark letters) drawn with a Zipf distribution, so a
word query matches a small part of the corpus as real ones do, plus some
recurring real phrases (``Đảng bộ quận Cầu Giấy``, ``Ban Chấp hành``).

Search is timed side by side with sqlite-utils' own ``Table.search()`` on the
same file and the same queries: ours returns snippets, sqlite-utils whole
rows. Both find the same articles for a query without diacritics, since the
index holds folded copies of the text (schema version 3); the match counts
are printed to show it. The index's size is compared with an index of the
original columns alone (what version 2 had), built on a scratch copy.
Export runs in a child process, which reports its peak RSS (VmHWM).
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import os
import random
import subprocess
import sys
import time
import unicodedata
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from archive import Archive, Article, Caption

SEED = 20240101
INITIALS = [
    "",
    "b",
    "c",
    "ch",
    "d",
    "đ",
    "g",
    "gi",
    "h",
    "kh",
    "l",
    "m",
    "n",
    "ng",
    "nh",
    "ph",
    "qu",
    "r",
    "s",
    "t",
    "th",
    "tr",
    "v",
    "x",
]
# Rhymes with the index of the vowel that carries the tone mark.
RHYMES = [
    ("a", 0),
    ("ai", 0),
    ("an", 0),
    ("ang", 0),
    ("anh", 0),
    ("ao", 0),
    ("at", 0),
    ("ăn", 0),
    ("ăng", 0),
    ("ăc", 0),
    ("ât", 0),
    ("ân", 0),
    ("âu", 0),
    ("ây", 0),
    ("âm", 0),
    ("e", 0),
    ("en", 0),
    ("ê", 0),
    ("ên", 0),
    ("ênh", 0),
    ("êt", 0),
    ("i", 0),
    ("in", 0),
    ("inh", 0),
    ("iêt", 1),
    ("iên", 1),
    ("iêu", 1),
    ("o", 0),
    ("oa", 1),
    ("oan", 1),
    ("on", 0),
    ("ong", 0),
    ("ô", 0),
    ("ôi", 0),
    ("ông", 0),
    ("ôc", 0),
    ("ơ", 0),
    ("ơi", 0),
    ("ơn", 0),
    ("u", 0),
    ("ui", 0),
    ("un", 0),
    ("ung", 0),
    ("uy", 1),
    ("uyên", 2),
    ("ư", 0),
    ("ưa", 0),
    ("ưng", 0),
    ("ươc", 1),
    ("ương", 1),
    ("ươi", 1),
    ("y", 0),
]
TONES = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]
PHRASES = [
    "Đảng bộ quận Cầu Giấy",
    "Ban Chấp hành",
    "Hội nghị",
    "Quận ủy",
    "HĐND quận",
    "UBND quận",
    "Ban Thường vụ",
    "xây dựng Đảng",
    "đảng viên",
    "Mặt trận Tổ quốc",
]
QUERIES = {
    "one word": None,  # filled from the vocabulary (a mid-frequency word)
    "two words": None,
    "phrase": '"Ban Chấp hành"',
    "no diacritics": "dang bo cau giay",
}
REPEATS = 60


def syllable(rng: random.Random) -> str:
    rhyme, tone_at = rng.choice(RHYMES)
    initial = rng.choice(INITIALS)
    if initial in ("qu", "gi") and rhyme[0] in "uiy":
        initial = initial[0]
    tone = rng.choice(TONES)
    if rhyme[-1] in "ctp" and tone not in ("\u0301", "\u0323"):
        tone = rng.choice(("\u0301", "\u0323"))  # stopped syllables take sắc or nặng
    text = initial + rhyme[: tone_at + 1] + tone + rhyme[tone_at + 1 :]
    return unicodedata.normalize("NFC", text)


def vocabulary(rng: random.Random, size: int = 4000) -> list[str]:
    words: list[str] = []
    seen: set[str] = set()
    while len(words) < size:
        word = " ".join(syllable(rng) for _ in range(rng.choice((1, 2, 2))))
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


class Corpus:
    def __init__(self, seed: int = SEED) -> None:
        self.rng = random.Random(seed)
        self.words = vocabulary(self.rng)
        weights = [1 / (rank**1.07) for rank in range(1, len(self.words) + 1)]
        self.cum = list(itertools.accumulate(weights))

    def sentence(self) -> str:
        count = self.rng.randint(8, 22)
        picks = self.rng.choices(self.words, cum_weights=self.cum, k=count)
        if self.rng.random() < 0.05:
            picks.insert(self.rng.randrange(len(picks)), self.rng.choice(PHRASES))
        text = " ".join(picks)
        return text[0].upper() + text[1:] + "."

    def body(self, target: int = 3000) -> str:
        paragraphs, size = [], 0
        while size < target:
            paragraph = " ".join(self.sentence() for _ in range(self.rng.randint(2, 5)))
            paragraphs.append(paragraph)
            size += len(paragraph.encode())
        return "\n\n".join(paragraphs)

    def article(self, article_id: int, published: datetime) -> Article:
        body = self.body()
        title = self.sentence().rstrip(".")[:120]
        captions = tuple(
            Caption(f"https://caugiay.hanoi.gov.vn/image/{article_id}-{n}.jpg", self.sentence())
            for n in range(self.rng.randint(0, 3))
        )
        html = "".join(f'<p style="text-align: justify">{p}</p>' for p in body.split("\n\n"))
        return Article(
            article_id=article_id,
            url=f"https://caugiay.hanoi.gov.vn/dang-doan-the/-/view_content/{article_id}-x.html",
            lang="vi",
            section="CÔNG TÁC ĐẢNG",
            title=title,
            published_at=published.isoformat(timespec="seconds"),
            view_count=self.rng.randint(0, 5000),
            body=body,
            body_html=html,
            captions=captions,
            author="VĂN PHÒNG QUẬN ỦY",
        )


FURNITURE = (
    "<html><head><title>Cổng thông tin điện tử quận Cầu Giấy</title></head><body>"
    + "<nav>"
    + "".join(f"<a href='/menu/{n}'>Mục {n}</a>" for n in range(200))
    + "</nav>"
)


def page_html(article: Article) -> bytes:
    return (FURNITURE + f"<h1>{article.title}</h1>{article.body_html}</body></html>").encode()


def build(path: Path, count: int) -> tuple[float, float]:
    """Store ``count`` articles through Archive.store, then refetch some
    unchanged; return both rates (articles/s)."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    corpus = Corpus()
    hanoi = timezone(timedelta(hours=7))
    start_day = datetime(2015, 1, 1, 8, 0, tzinfo=hanoi)
    fetched = datetime(2024, 6, 1, tzinfo=UTC)
    articles = (
        corpus.article(1_000_000 + n, start_day + timedelta(hours=n * 3650 * 24 / count))
        for n in range(count)
    )
    elapsed = 0.0
    refetch: list[tuple[Article, bytes]] = []
    with Archive.open(path, create=True) as archive:
        for n, article in enumerate(articles):
            raw = page_html(article)
            t0 = time.perf_counter()
            archive.store(article, raw, fetched + timedelta(seconds=n), article.url)
            elapsed += time.perf_counter() - t0
            if n % 10000 == 9999:
                print(f"  stored {n + 1}", file=sys.stderr)
            if n % max(1, count // 1000) == 0:
                refetch.append((article, raw))
        # The nightly --refresh-days case: the same articles again, only the
        # view count grown (no revision, no re-indexing).
        later = fetched + timedelta(days=1)
        t0 = time.perf_counter()
        for article, raw in refetch:
            again = dataclasses.replace(article, view_count=(article.view_count or 0) + 1)
            assert archive.store(again, raw, later, article.url) == "unchanged"
        refetch_rate = len(refetch) / (time.perf_counter() - t0)
        archive.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return count / elapsed, refetch_rate


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def time_pair(
    ours: Callable[[], object], theirs: Callable[[], object], repeats: int = REPEATS
) -> tuple[list[float], list[float]]:
    """Time two calls alternately (ms), so machine noise hits both alike."""
    ours()
    theirs()  # warm the page cache
    times: tuple[list[float], list[float]] = ([], [])
    for n in range(repeats):
        order = ((0, ours), (1, theirs)) if n % 2 else ((1, theirs), (0, ours))
        for slot, fn in order:
            t0 = time.perf_counter()
            fn()
            times[slot].append((time.perf_counter() - t0) * 1000)
    return times


def bench_search(path: Path) -> None:
    import sqlite_utils

    from archive.search import build_match

    corpus = Corpus()
    queries = dict(QUERIES)
    queries["one word"] = corpus.words[150]
    queries["two words"] = f"{corpus.words[60]} {corpus.words[300]}"
    su_table = sqlite_utils.Database(path)["articles"]
    ratios = []
    with Archive.open(path) as archive:
        print(f"\nsearch, limit 20, with snippets ({REPEATS} runs each, alternating; ms)")
        print(
            f"  {'query':<36}{'matches':>8} {'ours p50':>9} {'p95':>6}  "
            f"{'sqlite-utils p50':>16} {'p95':>6} {'matches':>8}  {'p95 ratio':>9}"
        )

        def row(label: str, query: str, su_query: str) -> float:
            matches = archive.connection.execute(
                "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?",
                (build_match(query),),
            ).fetchone()[0]
            su_matches = archive.connection.execute(
                "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", (su_query,)
            ).fetchone()[0]
            ours, theirs = time_pair(
                lambda: archive.search(query, limit=20),
                lambda: list(su_table.search(su_query, limit=20)),
            )
            ratio = percentile(ours, 95) / percentile(theirs, 95)
            print(
                f"  {label[:35]:<36}{matches:>8} {percentile(ours, 50):>9.2f} "
                f"{percentile(ours, 95):>6.2f}  {percentile(theirs, 50):>16.2f} "
                f"{percentile(theirs, 95):>6.2f} {su_matches:>8}  {ratio:>9.2f}"
            )
            return ratio

        for kind, query in queries.items():
            assert query is not None
            ratios.append(row(f"{kind}: {query}", query, query))
        ratios.extend(
            row(f"with diacritics: {typed}", typed, typed)
            for typed in ("Đảng bộ Cầu Giấy", "ĐẢNG BỘ CẦU GIẤY")
        )
        print("  sorted otherwise (no bm25), same queries:")
        for sort in ("recent", "views"):
            for kind in ("one word", "no diacritics"):
                query = queries[kind]
                assert query is not None
                times, _ = time_pair(
                    lambda query=query, sort=sort: archive.search(query, limit=20, sort=sort),
                    lambda: None,
                )
                print(
                    f"  --sort {sort:<8}{kind + ': ' + query:<34} p50 "
                    f"{percentile(times, 50):6.2f}  p95 {percentile(times, 95):6.2f}"
                )
    print(f"  worst p95 ratio over the queries as typed: {max(ratios):.2f}")


def export_child(path: str, until: str | None, out: str) -> None:
    with Archive.open(path) as archive:
        rows = archive.export(out, until=until, columns=None)
    # VmHWM is this process image's own peak: getrusage() would also count
    # the pages of the (large) parent the child was forked from before exec.
    with open("/proc/self/status") as status:
        peak_kb = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    print(rows, peak_kb)


def bench_export(path: Path, count: int) -> None:
    print("\nexport to CSV (child process; default columns)")
    with Archive.open(path) as archive:
        dates = [
            row[0]
            for row in archive.connection.execute(
                "SELECT published_at FROM articles ORDER BY published_at"
            )
        ]
    cuts: list[tuple[int, str | None]] = [
        (rows, dates[rows - 1][:10]) for rows in (10_000, 100_000) if rows < count
    ]
    cuts.append((count, None))
    for _rows, until in cuts:
        out = f"/tmp/portal-archive-bench-export-{os.getpid()}.csv"
        t0 = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, __file__, "--export-child", str(path), until or "", out],
            stdout=subprocess.PIPE,
        )
        output, _ = child.communicate()
        seconds = time.perf_counter() - t0
        written, peak_kb = map(int, output.split())
        size = os.path.getsize(out)
        os.unlink(out)
        print(
            f"  {written:>7} rows: {seconds:6.2f} s, peak RSS {peak_kb / 1024:6.1f} MB,"
            f" {size / 1e6:7.1f} MB of CSV" + (f" (until {until})" if until else " (all)")
        )


def bench_size(path: Path, count: int) -> None:
    size = path.stat().st_size
    print(f"\narchive size: {size / 1e6:.1f} MB, {size / count / 1024:.1f} KB per article")
    with Archive.open(path) as archive:
        try:
            rows = archive.connection.execute(
                "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT 8"
            ).fetchall()
        except Exception:  # noqa: BLE001 - dbstat is optional in SQLite builds
            return
    print("  " + ", ".join(f"{name} {pages / count / 1024:.1f} KB" for name, pages in rows))
    bench_index_cost(path, count)


def bench_index_cost(path: Path, count: int) -> None:
    """What the folded copies cost: this index against one of the originals only."""
    import shutil
    import sqlite3

    from archive.schema import FTS_COLUMNS, FTS_TOKENIZE

    scratch = Path(f"/tmp/portal-archive-bench-scratch-{os.getpid()}.db")
    shutil.copyfile(path, scratch)
    try:
        conn = sqlite3.connect(scratch)
        conn.execute(
            f"CREATE VIRTUAL TABLE originals_fts USING fts5({', '.join(FTS_COLUMNS)},"
            f" tokenize='{FTS_TOKENIZE}', content='articles')"
        )
        conn.execute("INSERT INTO originals_fts (originals_fts) VALUES ('rebuild')")
        conn.commit()

        def size(prefix: str) -> int:
            return conn.execute(
                "SELECT sum(pgsize) FROM dbstat WHERE name LIKE ?", (prefix + "%",)
            ).fetchone()[0]

        ours, originals = size("articles_fts"), size("originals_fts")
        total = path.stat().st_size
        conn.close()
    except sqlite3.Error as exc:  # dbstat is optional in SQLite builds
        print(f"  (index cost not measured: {exc})")
        return
    finally:
        scratch.unlink(missing_ok=True)
    print(
        f"  full-text index: {ours / 1e6:.1f} MB ({ours / count / 1024:.1f} KB per article);"
        f" the originals alone would be {originals / 1e6:.1f} MB: the folded copies add"
        f" {(ours - originals) / 1e6:.1f} MB, {100 * (ours - originals) / total:.0f}% of the file"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--db", type=Path, help="archive file (default: cached under /tmp)")
    parser.add_argument("--rebuild", action="store_true", help="regenerate the archive")
    parser.add_argument("--export-child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.export_child:
        path, until, out = args.export_child
        export_child(path, until or None, out)
        return
    path = args.db or Path(f"/tmp/portal-archive-bench-{args.articles}.db")
    print(
        f"archive: {path} ({args.articles} articles), SQLite {__import__('sqlite3').sqlite_version}"
    )
    if args.rebuild or not path.exists():
        rate, refetch_rate = build(path, args.articles)
        print(
            f"store: {rate:.0f} new articles/s through Archive.store (FTS triggers on, one"
            f" transaction per article); {refetch_rate:.0f}/s refetched unchanged"
        )
    else:
        print("store: (cached archive; --rebuild to time storing)")
    bench_search(path)
    bench_export(path, args.articles)
    bench_size(path, args.articles)


if __name__ == "__main__":
    main()
