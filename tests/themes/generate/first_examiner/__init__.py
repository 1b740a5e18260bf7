"""The first examiner's themes: liferay6_journal, tin_chi_tiet,
bootstrap_utility, table_legacy, news_portal.

Each theme is a plausible, different way a Vietnamese government portal could
render the same kind of article page (Liferay 6 journal template, a home-grown
CMS, a Bootstrap/utility-class Liferay 7 theme, an old table layout, a
news-site layout).  They were written from the public description of the
portal only (shared/DESIGN.md, shared/portal/FACTS.md and the real article
text), never from the parser or the replica, so they test whether the parser
reads a page the way a reader does instead of by one theme's class names.

The generator is deterministic: run it again and the committed files do
not change.  The committed HTML is what tests/test_themes.py reads; the
generator only exists so that NFD and entity variants are produced
mechanically and the expected values come from the same source text as the
page.  Regenerate every theme with ``python -m tests.themes.generate`` from
the repository root.
"""

from __future__ import annotations

import json
import shutil

from ..portal import THEMES_DIR
from .bootstrap_utility import build_bootstrap_utility
from .cases import CASES, self_check
from .liferay6_journal import build_liferay6_journal
from .news_portal import build_news_portal
from .table_legacy import build_table_legacy
from .tin_chi_tiet import build_tin_chi_tiet


def generate() -> None:
    """Write this examiner's themes under tests/themes/, replacing what is there."""
    for build in (
        build_liferay6_journal,
        build_tin_chi_tiet,
        build_bootstrap_utility,
        build_table_legacy,
        build_news_portal,
    ):
        build()
    themes = sorted({c.theme for c in CASES})
    for theme in themes:
        shutil.rmtree(THEMES_DIR / theme, ignore_errors=True)
    seen = set()
    for case in CASES:
        assert (case.theme, case.name) not in seen
        seen.add((case.theme, case.name))
        self_check(case)
        d = THEMES_DIR / case.theme / case.name
        d.mkdir(parents=True)
        (d / "page.html").write_bytes(case.html.encode("utf-8"))
        (d / "meta.json").write_text(
            json.dumps({"url": case.url}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        if case.expected is None:
            (d / "expected_error.json").write_text(
                json.dumps({"not_an_article": True}) + "\n", encoding="utf-8"
            )
        else:
            (d / "expected.json").write_text(
                json.dumps(case.expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
            )
    n_art = sum(c.expected is not None for c in CASES)
    print(f"{len(themes)} themes, {n_art} article pages, {len(CASES) - n_art} non-article pages")
