"""Second, independent set of page-theme fixtures (themes named ``x_*``).

Written from the public description of the portal only (DESIGN.md "The
Article", portal/FACTS.md and the real article text), without looking at the
parser, the replica or the first set of themes.  Each article is written
once as a list of blocks; every theme renders the blocks with its own markup
habits, and the expected Article is derived from the same blocks, so page
and expectation cannot drift apart.

Regenerate with ``python -m tests.themes.generate`` from the repository
root.  Deterministic: re-running rewrites the same files.

Themes
------
x_liferay7_clay      Liferay 7 / Clay asset publisher: section as portlet title,
                     title in h3.component-title, view count BEFORE the date,
                     labels in <strong>/<label>, icon fonts, print link,
                     tags, related list reusing the title class, sidebar after.
x_sidebar_first      "Most read" sidebar FIRST in the DOM, with the same
                     <ul class="news-info"> meta list as the article (date, time,
                     views in separate <li>s); one-column table photos with
                     lazy images; upper-case office signature followed by
                     empty paragraphs; "Tin cùng chuyên mục"; comment form.
x_sapo_magazine      Magazine layout: kicker section, h1 title, bold sapo/lead
                     (an <h4> between title and meta, or <p><strong> right after
                     meta); dates with weekday or "15 giờ 27, ngày ..."; no date
                     label; figure/figcaption with <picture>; entity-encoded and
                     NFD text; UTC article:published_time meta.
x_print_popup        Liferay print view (?p_p_state=pop_up): portal name in
                     bold capitals above, title in a bold <div> (no heading),
                     no section, "Ngày in" date in the footer; the real article
                     in the English UI with /image/journal/article?img_id=..&t=..
                     photos; soft hyphens and zero-width spaces; time before date.
x_meta_bottom_br     Old layout: date and view count UNDER the article text; body
                     paragraphs separated by <br /><br /> in one <div>; centred
                     <div> photos with an <i> caption; right-aligned <div> signature.
x_html5_cards        HTML5 semantic: <h1> is the site logo, title in <h2>, the
                     sidebar of <article class="card"> items with <time> comes
                     before <main>; <time datetime> in the meta; "1.024 lượt xem"
                     (number before label); capitalised subheadings in the body,
                     list, blockquote; lazy srcset figures inside <a> links.
"""

from __future__ import annotations

import shutil

from ..portal import THEMES_DIR
from .cases import CASES
from .x_html5_cards import build_x_html5_cards
from .x_liferay7_clay import build_x_liferay7_clay
from .x_meta_bottom_br import build_x_meta_bottom_br
from .x_print_popup import build_x_print_popup
from .x_sapo_magazine import build_x_sapo_magazine
from .x_sidebar_first import build_x_sidebar_first


def generate() -> None:
    """Write this examiner's themes under tests/themes/, replacing what is there."""
    for d in THEMES_DIR.glob("x_*"):
        if d.is_dir():
            shutil.rmtree(d)
    build_x_liferay7_clay()
    build_x_sidebar_first()
    build_x_sapo_magazine()
    build_x_print_popup()
    build_x_html5_cards()
    build_x_meta_bottom_br()
    arts = sum(1 for t, c in CASES if (THEMES_DIR / t / c / "expected.json").exists())
    print(
        f"wrote {len(CASES)} cases ({arts} articles, {len(CASES) - arts} non-articles) "
        f"in {len({t for t, _ in CASES})} themes"
    )
