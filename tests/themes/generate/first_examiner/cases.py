"""The first examiner's cases: expected values from the Story, the
self-check and the writing of tests/themes/<theme>/<case>/.
"""

from __future__ import annotations

import html
import unicodedata
from dataclasses import dataclass, field

from ..encoders import reader_text
from ..portal import HOST
from .stories import Story


@dataclass
class Case:
    theme: str
    name: str
    url: str
    html: str
    expected: dict | None = None  # None -> not an article
    extra_not_in_body: list[str] = field(default_factory=list)


CASES: list[Case] = []


def article_case(
    theme: str,
    name: str,
    story: Story,
    *,
    url: str,
    lang: str,
    section: str | None,
    view_count: int | None,
    page: str,
    not_in_body: list[str],
    html_must_contain: list[str],
    html_must_not_contain: list[str],
) -> None:
    canonical = HOST + story.path(en=False)
    captions = [
        {"image_url": ph.url(url), "text": reader_text(ph.caption) if ph.caption else None}
        for ph in story.photos()
    ]
    body = "\n\n".join(story.paragraphs())
    not_in_body = list(
        dict.fromkeys(
            [c["text"] for c in captions if c["text"]]
            + ([reader_text(story.author)] if story.author else [])
            + [reader_text(s) for s in not_in_body]
            # the title must not leak in, unless the article's own text repeats it
            + ([reader_text(story.title)] if reader_text(story.title) not in body else [])
        )
    )
    expected = {
        "article_id": story.article_id,
        "url": canonical,
        "lang": lang,
        "section": section,
        "title": reader_text(story.title),
        "published_at": story.iso(),
        "view_count": view_count,
        "body": body,
        "captions": captions,
        "author": reader_text(story.author) if story.author else None,
        "body_must_not_contain": not_in_body,
        "body_html_must_contain": html_must_contain,
        "body_html_must_not_contain": html_must_not_contain,
    }
    CASES.append(Case(theme, name, url, page, expected))


def error_case(theme: str, name: str, url: str, page: str) -> None:
    CASES.append(Case(theme, name, url, page, None))


def first_plain_words(story: Story, variants: list[str], k: int = 4) -> str:
    """A few words of a paragraph rendered without inline markup, for the
    body_html must-contain check (compared after unescaping and NFC)."""
    n = 0
    for it in story.items:
        if isinstance(it, str):
            v = variants[n % len(variants)]
            n += 1
            if v in ("plain", "spans", "nbsp_indent") or (v == "lead_bold" and ", " not in it):
                words = it.split()
                return " ".join(words[1 : 1 + k])
    raise AssertionError("no plain paragraph")


def self_check(case: Case) -> None:
    """Fixture mistakes are caught here, not blamed on the parser."""
    exp = case.expected
    if exp is None:
        return
    for key, val in exp.items():
        for s in val if isinstance(val, list) else [val]:
            if isinstance(s, str):
                assert unicodedata.is_normalized("NFC", s), (case.name, key)
    body = exp["body"]
    for snippet in exp["body_must_not_contain"]:
        assert snippet not in body, f"{case.theme}/{case.name}: {snippet!r} is in the expected body"
    assert "\n\n\n" not in body and body == body.strip()
    for para in body.split("\n\n"):
        assert para == reader_text(para), (case.name, para)
    page = case.html
    assert "<script" in page
    if case.name.startswith("nfd"):
        assert not unicodedata.is_normalized("NFC", page), case.name
    if "entities" in case.name:
        assert "&#" in page or "&agrave;" in page
    # the title element differs from the article title
    title_el = page.split("<title>", 1)[1].split("</title>", 1)[0]
    assert reader_text(html.unescape(title_el)) != exp["title"]
