"""The article parser on page themes it was not written against.

Every directory tests/themes/<theme>/<case>/ holds a page (page.html), the
URL it was fetched from (meta.json) and either the Article it must give
(expected.json) or the statement that it is not an article
(expected_error.json).  The themes were written from the public description
of the portal only (see tests/themes/generate/; `python -m
tests.themes.generate` writes them again), so they check that the parser
reads a page the way a reader does: by structure and labels, not by one
theme's class names.
"""

from __future__ import annotations

import html
import json
import unicodedata
from pathlib import Path

import pytest

from scraper.pages import NotAnArticle, parse_article

THEMES = Path(__file__).parent / "themes"
CASES = sorted(p.parent for p in THEMES.glob("*/*/page.html"))

# compared one by one; body_html is checked by snippet rules instead
FIELDS = (
    "article_id",
    "url",
    "lang",
    "section",
    "title",
    "published_at",
    "view_count",
    "captions",
    "author",
    "body",
)


def _nfc_text(s: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(s))


def _first_difference(got: str, want: str) -> str:
    got_p, want_p = got.split("\n\n"), want.split("\n\n")
    for i in range(max(len(got_p), len(want_p))):
        g = got_p[i] if i < len(got_p) else "<no paragraph>"
        w = want_p[i] if i < len(want_p) else "<no paragraph>"
        if g != w:
            return (
                f"body differs first at paragraph {i + 1} (got {len(got_p)} paragraphs, "
                f"want {len(want_p)}):\n  got:  {g!r}\n  want: {w!r}"
            )
    return "body differs only in paragraph separators/whitespace:\n" + repr(got[:300])


def _load(case: Path) -> tuple[bytes, str]:
    meta = json.loads((case / "meta.json").read_text(encoding="utf-8"))
    return (case / "page.html").read_bytes(), meta["url"]


def test_fixtures_are_present():
    articles = [c for c in CASES if (c / "expected.json").exists()]
    errors = [c for c in CASES if (c / "expected_error.json").exists()]
    assert len({c.parent.name for c in CASES}) >= 4
    assert len(articles) >= 12 and len(errors) >= 8
    assert len(articles) + len(errors) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_theme_page(case: Path) -> None:
    page, url = _load(case)

    if (case / "expected_error.json").exists():
        with pytest.raises(NotAnArticle):
            parse_article(page, url)
        return

    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    got = parse_article(page, url).to_dict()

    problems = []
    for key in FIELDS:
        want, have = expected[key], got.get(key)
        if key == "body":
            if have != want:
                problems.append(
                    _first_difference(have if isinstance(have, str) else repr(have), want)
                )
        elif key == "view_count" and isinstance(have, bool):
            problems.append(f"view_count: got a bool {have!r}, want {want!r}")
        elif have != want:
            problems.append(f"{key}: got {have!r}\n{' ' * (len(key) + 2)}want {want!r}")

    body = got.get("body") or ""
    leaked = [s for s in expected["body_must_not_contain"] if s in _nfc_text(body)]
    if leaked:
        problems.append(f"body contains page furniture / captions / signature: {leaked!r}")

    body_html = got.get("body_html")
    if not isinstance(body_html, str):
        problems.append(f"body_html: got {type(body_html).__name__}, want str")
    else:
        readable = _nfc_text(body_html)
        flat = " ".join(readable.split())
        missing = [
            s
            for s in expected["body_html_must_contain"]
            if s not in body_html and s not in readable and s not in flat
        ]
        if missing:
            problems.append(f"body_html lacks {missing!r}")
        present = [
            s for s in expected["body_html_must_not_contain"] if s in body_html or s in readable
        ]
        if present:
            problems.append(f"body_html contains {present!r}")

    assert not problems, f"{case.parent.name}/{case.name}:\n" + "\n".join(problems)
