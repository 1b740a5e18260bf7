"""Evaluation: the article parser on a corpus of real pages with expected fields.

    python bench/realpages.py [FOLDER] [--worst 15] [--field NAME] [--show]

FOLDER (default ``../shared/realpages``) holds ``index.tsv`` and
``expected/*.json`` in the format its README describes. Every page listed
is run through the parser with its original URL (what ``portal-archive
parse FILE --url URL`` does, in this process), and each field is compared
with what is expected, in the spirit of trafilatura's evaluation
(``tests/comparison.py``): a table of per-field accuracy, then the worst
pages with what went wrong.

How a field counts as right:

- ``title``, ``published_at``, ``view_count``, ``posted_by``, ``lead``:
  equal (text whitespace-collapsed and NFC on both sides);
- ``author``: the expected author or one of ``author_alternatives``;
- ``captions``: the same photos in the same order with the same texts;
  ``captions_optional_thumbnail`` may be listed first or not;
- ``body_has``: every snippet is in the body; ``body_lacks``: none of the
  page's navigation and furniture strings is; ``body_lacks_by_spec``: none of
  the captions, signature and CMS account line is (when listed);
- refusals: an article is parsed, a non-article is refused (``NotAnArticle``,
  exit 2 on the command line); an exception of any other kind is counted
  apart, on any page.

Pages marked ``uncertain`` are not scored, nor are their ``uncertain_fields``.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scraper.pages import NotAnArticle, parse_article

DEFAULT_FOLDER = Path(__file__).resolve().parent.parent.parent / "shared" / "realpages"

#: Field → the least share of pages it must be right on (the issue's targets).
TARGETS: dict[str, float] = {
    "title": 0.995,
    "published_at": 0.995,
    "view_count": 0.995,
    "author": 0.98,
    "posted_by": 0.98,
    "lead": 0.98,
    "captions": 0.98,
    "body_has": 0.98,
    "body_lacks": 0.98,
    "body_lacks_by_spec": 0.98,
}
FIELDS = tuple(TARGETS)


@dataclass(frozen=True)
class Page:
    url: str
    file: Path
    kind: str
    expected: dict[str, Any]

    @property
    def is_article(self) -> bool:
        return "expected" not in self.expected

    @property
    def uncertain(self) -> bool:
        return bool(self.expected.get("uncertain"))


@dataclass
class PageResult:
    page: Page
    #: field → (right?, what was found) for the fields scored on this page
    fields: dict[str, tuple[bool, Any]] = field(default_factory=dict)
    refused: str | None = None  # NotAnArticle's reason
    exception: str | None = None  # any other exception
    refusal_right: bool = True

    @property
    def wrong(self) -> list[str]:
        return [name for name, (right, _) in self.fields.items() if not right]

    @property
    def errors(self) -> int:
        return len(self.wrong) + (not self.refusal_right) + (self.exception is not None)


@dataclass
class Report:
    results: list[PageResult]
    seconds: float

    def accuracy(self, name: str) -> tuple[int, int]:
        scored = [r.fields[name][0] for r in self.results if name in r.fields]
        return sum(scored), len(scored)

    @property
    def articles_refused(self) -> list[PageResult]:
        return [r for r in self.results if r.page.is_article and not r.page.uncertain and r.refused]

    @property
    def non_articles_accepted(self) -> list[PageResult]:
        return [r for r in self.results if not r.page.is_article and not r.refused]

    @property
    def exceptions(self) -> list[PageResult]:
        return [r for r in self.results if r.exception is not None]

    def failures(self) -> list[str]:
        """What misses the targets, one line each (empty: every target met)."""
        missed = []
        for name, target in TARGETS.items():
            right, total = self.accuracy(name)
            if total and right / total < target:
                missed.append(f"{name}: {right}/{total} = {right / total:.2%} < {target:.1%}")
        for label, pages in (
            ("articles refused", self.articles_refused),
            ("non-articles accepted", self.non_articles_accepted),
            ("exceptions", self.exceptions),
        ):
            if pages:
                missed.append(f"{label}: {len(pages)} ({pages[0].page.file})")
        return missed


def norm(text: str | None) -> str | None:
    if text is None:
        return None
    return snippet(text)


def snippet(text: str) -> str:
    """Text as compared: NFC, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def load_pages(folder: Path) -> list[Page]:
    pages = []
    with open(folder / "index.tsv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            expected = json.loads((folder / row["expected"]).read_text(encoding="utf-8"))
            pages.append(Page(row["original_url"], folder / row["file"], row["kind"], expected))
    return pages


def score_page(page: Page, article: Any) -> dict[str, tuple[bool, Any]]:
    """field → (right?, found) for one parsed article page."""
    want = page.expected
    skip = set(want.get("uncertain_fields") or ())
    body = snippet(article.body)
    found: dict[str, tuple[bool, Any]] = {}

    def same(name: str, value: Any) -> None:
        if name in skip:
            return
        expected = want[name]
        if isinstance(expected, str) or isinstance(value, str):
            found[name] = (norm(value) == norm(expected), value)
        else:
            found[name] = (value == expected, value)

    same("title", article.title)
    same("published_at", article.published_at)
    same("view_count", article.view_count)
    same("posted_by", getattr(article, "posted_by", None))
    same("lead", getattr(article, "lead", None))
    if "author" not in skip:
        accepted = {norm(a) for a in [want["author"], *(want.get("author_alternatives") or ())]}
        found["author"] = (norm(article.author) in accepted, article.author)
    if "captions" not in skip:
        got = [(c.image_url, norm(c.text)) for c in article.captions]
        expected = [(c["image_url"], norm(c.get("text"))) for c in want["captions"]]
        thumbnail = want.get("captions_optional_thumbnail")
        right = got == expected or (
            bool(thumbnail) and bool(got) and got[0][0] == thumbnail and got[1:] == expected
        )
        found["captions"] = (right, got)
    missing = [s for s in want.get("body_has") or () if snippet(s) not in body]
    found["body_has"] = (not missing, missing)
    for name in ("body_lacks", "body_lacks_by_spec"):
        snippets = want.get(name) or ()
        if snippets:
            present = [s for s in snippets if snippet(s) in body]
            found[name] = (not present, present)
    return found


def evaluate(folder: Path) -> Report:
    pages = load_pages(folder)
    results = []
    start = time.perf_counter()
    for page in pages:
        result = PageResult(page)
        html = page.file.read_bytes()
        try:
            article = parse_article(html, page.url)
        except NotAnArticle as exc:
            result.refused = str(exc) or "(no reason)"
            result.refusal_right = not page.is_article or page.uncertain
        except Exception as exc:  # noqa: BLE001 - counted, never allowed
            result.exception = f"{type(exc).__name__}: {exc}"
            result.refusal_right = False
        else:
            result.refusal_right = page.is_article or page.uncertain
            if page.is_article and not page.uncertain:
                result.fields = score_page(page, article)
        results.append(result)
    return Report(results, time.perf_counter() - start)


def print_report(report: Report, worst: int, only: str | None, show: bool) -> None:
    results = report.results
    n_articles = sum(r.page.is_article for r in results)
    n_uncertain = sum(r.page.is_article and r.page.uncertain for r in results)
    print(
        f"{len(results)} pages: {n_articles} articles ({n_uncertain} uncertain, not scored), "
        f"{len(results) - n_articles} non-articles; parsed in {report.seconds:.1f} s "
        f"({len(results) / report.seconds:.0f} pages/s)"
    )
    print()
    print(f"{'field':<22}{'right':>7}{'scored':>8}{'accuracy':>10}{'target':>9}")
    for name in FIELDS:
        right, total = report.accuracy(name)
        share = right / total if total else 1.0
        mark = "" if share >= TARGETS[name] else "  <--"
        print(f"{name:<22}{right:>7}{total:>8}{share:>10.2%}{TARGETS[name]:>9.1%}{mark}")
    scored_articles = n_articles - n_uncertain
    refused = len(report.articles_refused)
    accepted = len(report.non_articles_accepted)
    print(f"{'articles parsed':<22}{scored_articles - refused:>7}{scored_articles:>8}")
    non_articles = len(results) - n_articles
    print(f"{'non-articles refused':<22}{non_articles - accepted:>7}{non_articles:>8}")
    print(f"{'exceptions':<22}{len(report.exceptions):>7}{len(results):>8}")

    reasons = Counter(r.refused for r in report.articles_refused)
    if reasons:
        print("\narticles refused, by reason:")
        for reason, n in reasons.most_common(8):
            print(f"  {n:5d}  {reason}")
    for r in report.non_articles_accepted:
        print(f"\nnon-article accepted: {r.page.file}")
    for r in report.exceptions[:10]:
        print(f"\nexception: {r.page.file}\n  {r.exception}")

    bad = [r for r in results if r.errors and (only is None or only in r.wrong)]
    bad.sort(key=lambda r: -r.errors)
    if bad and worst:
        print(f"\nworst pages ({len(bad)} with an error{'' if only is None else ' in ' + only}):")
    for r in bad[:worst]:
        print(f"\n- {r.page.file}\n  {r.page.url}")
        if r.refused and not r.refusal_right:
            print(f"  refused: {r.refused}")
        if r.exception:
            print(f"  exception: {r.exception}")
        for name in r.wrong:
            if only is not None and name != only:
                continue
            got = r.fields[name][1]
            if name in ("body_has", "body_lacks", "body_lacks_by_spec"):
                print(f"  {name}: {_short(got)}")
            else:
                print(f"  {name}: got {_short(got)}")
                want = r.page.expected.get(name)
                if name == "captions":
                    want = [(c["image_url"], c.get("text")) for c in want or ()]
                print(f"  {' ' * len(name)}  want {_short(want)}")
        if show:
            print(f"  (notes: {r.page.expected.get('notes')})")


def _short(value: Any, limit: int = 300) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[:limit] + "…"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER)
    parser.add_argument("--worst", type=int, default=15, help="how many of the worst pages to list")
    parser.add_argument("--field", help="list only the pages wrong on this field")
    parser.add_argument("--show", action="store_true", help="print the expected notes too")
    args = parser.parse_args()
    if not (args.folder / "index.tsv").is_file():
        print(f"no index.tsv in {args.folder}", file=sys.stderr)
        return 1
    report = evaluate(args.folder)
    print_report(report, args.worst, args.field, args.show)
    missed = report.failures()
    print(
        "\n" + ("every target met" if not missed else "targets missed:\n  " + "\n  ".join(missed))
    )
    return 0 if not missed else 1


if __name__ == "__main__":
    sys.exit(main())
