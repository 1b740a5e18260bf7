"""The second examiner's cases: the expected Article derived from the
blocks, and the writing of tests/themes/x_*/<case>/.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from ..portal import HOST, THEMES_DIR
from .articles import SECTION, Article
from .markup import INLINE_MARK, plain_text


# ---------------------------------------------------------------------------
# Expected Article from the blocks.
def expected_for(
    art: Article, lang: str, *, section: bool, views: bool = True, time: bool = True
) -> dict:
    paras, captions, author = [], [], None
    for b in art.blocks:
        if b[0] in ("p", "lead", "h", "quote"):
            paras.append(plain_text(b[1]))
        elif b[0] == "ul":
            paras.extend(plain_text(i) for i in b[1])
        elif b[0] == "photo":
            captions.extend({"image_url": HOST + img.path, "text": b[2]} for img in b[1])
        elif b[0] == "sig":
            author = b[1]
    when = art.when if time else art.when.replace(hour=0, minute=0)
    return {
        "article_id": art.id,
        "url": art.url("vi"),
        "lang": lang,
        "section": SECTION if section else None,
        "title": art.title,
        "published_at": f"{when:%Y-%m-%dT%H:%M:%S}+07:00",
        "view_count": art.views if views else None,
        "body": "\n\n".join(paras),
        "captions": captions,
        "author": author,
    }


def snippet(text: str, n: int = 6, tail: bool = False) -> str:
    """A run of n words from the longest inline-markup-free stretch of a block text
    (near its start, or near its end with tail=True)."""
    seg = max(INLINE_MARK.split(text)[::3], key=len)
    words = seg.split()
    if tail:
        return " ".join(words[-n - 1 : -1] if len(words) > n + 2 else words[-n:])
    start = 1 if len(words) > n + 2 else 0
    return " ".join(words[start : start + n])


# ---------------------------------------------------------------------------
# Writing cases
CASES: list[tuple[str, str]] = []


def write_case(
    theme: str,
    case: str,
    page: str,
    url: str,
    expected: dict | None = None,
    *,
    must_contain: Sequence[str] = (),
    must_not_contain: Sequence[str] = (),
    body_not: Sequence[str] = (),
) -> None:
    d = THEMES_DIR / theme / case
    d.mkdir(parents=True, exist_ok=True)
    (d / "page.html").write_bytes(page.encode("utf-8"))
    (d / "meta.json").write_text(
        json.dumps({"url": url}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    if expected is None:
        (d / "expected_error.json").write_text('{"not_an_article": true}\n', encoding="utf-8")
    else:
        body = expected["body"]
        for s in body_not:
            assert s not in body, (theme, case, s)
        exp = dict(expected)
        exp["body_html_must_contain"] = list(must_contain)
        exp["body_html_must_not_contain"] = list(must_not_contain)
        exp["body_must_not_contain"] = sorted(set(body_not), key=list(body_not).index)
        (d / "expected.json").write_text(
            json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    CASES.append((theme, case))


def standard_checks(
    art: Article, *, furniture: Sequence[str] = (), images: bool = True
) -> tuple[list, list]:
    """must_contain snippets from the first and last paragraphs (+ an image file name);
    body_not: captions, signature, title and the page furniture given."""
    texts = [b[1] for b in art.blocks if b[0] in ("p", "lead")]
    must = [snippet(texts[0]), snippet(texts[-1], tail=True)]
    if images:
        for b in art.blocks:
            if b[0] == "photo":
                must.append(
                    b[1][0].path.split("?")[0].rsplit("/", 2)[-1]
                    if "/documents/" in b[1][0].path
                    else "img_id=" + b[1][0].path.split("img_id=")[1].split("&")[0]
                )
                break
    body_not = [art.title]
    for b in art.blocks:
        if b[0] == "photo" and b[2]:
            body_not.append(b[2])
        if b[0] == "sig":
            body_not.append(b[1])
    body_not.extend(furniture)
    return must, body_not
