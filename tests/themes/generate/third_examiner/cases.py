"""The third examiner's case registry, self-check and the writing of
tests/themes/z_*/<case>/.
"""

from __future__ import annotations

import html
import re
from typing import Any

from ..encoders import ZERO_WIDTH_SPACE, collapse_whitespace, nfc
from ..portal import HOST
from .articles import Article, article_url

# ---------------------------------------------------------------- case registry

CASES: list[dict] = []


def add_article(
    theme: str,
    case: str,
    *,
    art: Article,
    lang: str,
    url: str,
    section: str | None,
    page: str,
    captions: list[dict[str, Any]],
    title: str | None = None,
    must_contain: list[str],
    must_not_contain: list[str],
    furniture: list[str],
    published_at: str | None = None,
) -> None:
    """Register an article case; expected values come from ``art``."""
    CASES.append(
        {
            "theme": theme,
            "case": case,
            "page": page,
            "url": url,
            "kind": "article",
            "expected": {
                "article_id": art.aid,
                "url": article_url(art.aid, art.title, "vi"),
                "lang": lang,
                "section": section,
                "title": title or art.title,
                "published_at": published_at or art.iso(),
                "view_count": art.views,
                "body": art.body(),
                "captions": captions,
                "author": art.author,
                "body_html_must_contain": must_contain,
                "body_html_must_not_contain": must_not_contain,
                "body_must_not_contain": furniture,
            },
            "art": art,
        }
    )


def add_error(theme: str, case: str, *, url: str, page: str, why: str) -> None:
    CASES.append(
        {"theme": theme, "case": case, "page": page, "url": url, "kind": "error", "why": why}
    )


def furniture_of(art: Article, *extra: str) -> list[str]:
    """Captions and the signature never belong in ``body``."""
    out = [c for c in art.photo_captions() if c]
    if art.author:
        out.append(art.author)
    out.extend(extra)
    return out


def _readable_forms(s: str) -> tuple[str, str, str]:
    readable = nfc(html.unescape(s))
    return s, readable, " ".join(readable.split())


def self_check(case: dict) -> None:
    """Self-consistency of a fixture (independent of any parser)."""
    page = case["page"]
    assert "\ufffd" not in page
    raw, readable, flat = _readable_forms(page)
    text = nfc(
        html.unescape(re.sub(r"<!--.*?-->|<(script|style)\b.*?</\1>|<[^>]+>", "", page, flags=re.S))
    )
    flat_nozw = " ".join(text.replace(ZERO_WIDTH_SPACE, "").split())
    if case["kind"] == "error":
        return
    exp, art = case["expected"], case["art"]
    body = exp["body"]
    assert nfc(body) == body and "\u200b" not in body and "\xa0" not in body
    assert (
        "\n\n\n" not in body
        and not body.startswith("\n")
        and all(p == collapse_whitespace(p) for p in body.split("\n\n"))
    )
    for s in exp["body_must_not_contain"]:
        assert s not in body, (case["case"], s)
        assert nfc(s).replace(ZERO_WIDTH_SPACE, "") in flat_nozw or s in raw, (
            case["case"],
            "furniture not on page",
            s,
        )
    for s in exp["body_html_must_contain"]:
        assert s in raw or s in readable or s in flat, (case["case"], "snippet not on page", s)
    for p in body.split("\n\n"):
        assert p in flat_nozw, (case["case"], "paragraph not readable on page", p[:60])
    assert exp["title"] in flat_nozw
    assert [c["text"] for c in exp["captions"]] == art.photo_captions()
    for c in exp["captions"]:
        assert c["image_url"].startswith(HOST + "/documents/") or c["image_url"].startswith(
            HOST + "/wp-content/"
        )
        if c["text"]:
            assert c["text"] in flat_nozw
    assert exp["url"].startswith(HOST + "/dang-doan-the/-/view_content/") and "?" not in exp["url"]
