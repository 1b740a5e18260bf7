"""Third examiner's page themes: tests/themes/z_*/.

Written from DESIGN.md, portal/FACTS.md and the real article's reader text
only -- without reading the parser, the replica or the other themes -- so
the fixtures test whether the parser reads a page the way a reader does.

Every expected value is computed from the same source text the page is
rendered from (the ``Article`` objects in articles.py), so page and
expectation cannot drift apart.  Regenerate with
``python -m tests.themes.generate`` from the repository root.

Themes
------
z_wp_entry       WordPress-like HTML5: <article>/<header>/<footer>, entry-title,
                 <time datetime> in UTC, "Đăng ngày:" / "Posted on", views
                 written "171 lượt xem" after the number, month-name dates in
                 the English UI, a hidden <time class="updated"> glued to the
                 published one, lazy images with <noscript> twins, share
                 icons with title attributes only and related posts *inside*
                 the content div, cookie banner, comment form.
z_aspnet_tables  Old ASP.NET portal: layout tables, <font face>, the sidebar
                 (dated, with view counts) first in the DOM, the title in a
                 <span id="ctl00_..._lblTieuDe"> (no heading element), the
                 meta line as labels and values in separate spans with
                 entity-encoded labels, dd-mm-yyyy dates and hh:mm:ss times,
                 <base href>, entity-encoded body, <div>-only paragraphs,
                 <br>-split lines, captions in one-column tables.
z_mobile_min     Mobile/AMP-like page: minimal markup, icons with
                 screen-reader labels, single-digit day/month, lazy
                 data-src images with layout attrs, protocol-relative src,
                 NFD text with zero-width spaces, a page without section.
z_portal_tools   Modern portal: "Cập nhật" before "Ngày đăng", date-only
                 publish date, print/send/save tools above and below the
                 body, two photos side by side, <ol>, <blockquote>, a video
                 iframe, a 16-px file icon in a link, a script and an
                 onclick inside the body, "Tin cùng chuyên mục" with dates,
                 a reader-comment form, English UI with query/fragment URL.
z_word_paste     Liferay-6-like page whose portlet title (the section) is
                 the <h1> and the article title an <h2>; Word-pasted body
                 (MsoNormal, <o:p>, a <style> and a conditional comment in
                 the content, &nbsp; runs), "Ngày đăng 9/1/2023 - 8:05",
                 zero views, a site visit counter in the sidebar.
"""

from __future__ import annotations

import json
import shutil

from ..portal import THEMES_DIR
from .cases import CASES, self_check
from .z_aspnet_tables import build_z_aspnet_tables
from .z_mobile_min import build_z_mobile_min
from .z_portal_tools import build_z_portal_tools
from .z_word_paste import build_z_word_paste
from .z_wp_entry import build_z_wp_entry


def generate() -> None:
    """Write this examiner's themes under tests/themes/, replacing what is there."""
    build_z_wp_entry()
    build_z_aspnet_tables()
    build_z_mobile_min()
    build_z_portal_tools()
    build_z_word_paste()
    themes = sorted({c["theme"] for c in CASES})
    for t in themes:
        assert t.startswith("z_")
        if (THEMES_DIR / t).exists():
            shutil.rmtree(THEMES_DIR / t)
    seen = set()
    for c in CASES:
        key = (c["theme"], c["case"])
        assert key not in seen, key
        seen.add(key)
        self_check(c)
        d = THEMES_DIR / c["theme"] / c["case"]
        d.mkdir(parents=True)
        (d / "page.html").write_bytes(c["page"].encode("utf-8"))
        (d / "meta.json").write_text(
            json.dumps({"url": c["url"]}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        if c["kind"] == "article":
            (d / "expected.json").write_text(
                json.dumps(c["expected"], ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
            )
        else:
            (d / "expected_error.json").write_text(
                json.dumps({"not_an_article": True, "why": c["why"]}, ensure_ascii=False, indent=2)
                + "\n",
                encoding="utf-8",
            )
    n_art = sum(c["kind"] == "article" for c in CASES)
    print(f"{len(themes)} themes, {n_art} articles, {len(CASES) - n_art} non-articles")
