"""ArticlePage: one article page, (HTML, URL) in, ``Article`` out.

The page is read the way a reader reads it, not by a theme's class names:

1. the **meta line** is the short element that holds a publish date next to
   its label (``Ngày đăng`` / ``Publish date`` and variants, see
   ``scraper.profile``), often with the view count (``Lượt xem`` /
   ``View count``);
2. the **title** is the heading (or failing that the text block) that stands
   right above the meta line, or right under it when a theme puts the date
   first; the **section** is the short heading or capitals line above it;
3. the **body** is what follows the meta line: climbing from the meta line,
   the first following siblings that hold paragraph text (or, for a theme
   that dates an article at its foot, the preceding ones), opened by any
   lead between the title and the meta line. It ends where the related-news
   list, a tags line, a print view's foot or a list of links to other
   articles begins;
4. a **caption** belongs to a photo: its ``<figcaption>``, the other row of a
   one-column table, the text beside the photo in its own paragraph, or the
   next paragraph when that one is centred or italic;
5. the **signature** is the body's last line when it is short and in
   capitals or right-aligned.

This module finds the meta line, the title and the section and puts the
Article together; ``body.py`` reads the body, ``meta.py`` the labels, dates
and counts, ``structure.py`` what both need of the page's structure.

A page where this finds no meta line, no title, or no body is not an article
and raises ``NotAnArticle`` with the reason.

Cost: about as much again as building the lxml tree (see bench/parse.py):
one pass over the elements for date candidates, the rest confined to the
article's neighbourhood.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from lxml import etree

from archive.model import Article
from scraper.pages.body import Body
from scraper.pages.dates import find_date, iso, parse_date_fallback
from scraper.pages.errors import NotAnArticle
from scraper.pages.html import (
    HEADING_TAGS,
    block_ancestor,
    is_descendant,
    load_html,
    text_of,
)
from scraper.pages.meta import (
    DIGIT,
    META_MAX_CHARS,
    NUMERIC_DATE_HINT,
    OTHER_DATE_HINT,
    SLASHED_DATE_HINT,
    label_at,
    label_before,
    parse_view_count,
    places_around,
    short_spaced_text,
    time_beside,
)
from scraper.pages.structure import (
    BODY_MIN_WEIGHT,
    RUN_MIN_CHARS,
    breadcrumb_section,
    first_descendant,
    heading_of,
    is_breadcrumb,
    is_furniture_line,
    is_link_list,
    is_nav,
    links_in,
    paragraph_weight,
    precedes,
    preceding_blocks,
    tail_weight,
)
from scraper.pages.text import clean_text, fold_label, is_upper_line
from scraper.pages.urls import (
    article_id_from_url,
    canonical_url,
    join_url,
    same_host,
    url_locale,
)
from scraper.profile import (
    DATE_LABEL_EN_RE,
    DATE_LABEL_VI_RE,
    DEFAULT_PROFILE,
    UPDATE_LABEL_RE,
    SiteProfile,
)

#: How far under a heading (in elements) the quick path looks for its meta line.
_UNDER_HEADING_ELEMENTS = 12


#: How many levels above the meta line its article may begin. Farther than
#: this, the "meta line" was a dated item of a sidebar, not the article's.
_REGION_MAX_LEVEL = 4


#: A heading longer than this reads like a lead paragraph, not a title.
_LEAD_MIN_CHARS = 160


_BASE_HREF = etree.XPath("/html/head/base/@href | /html/body/base/@href")


_CLASS_XPATH = etree.XPath("descendant::*[contains(@class, $name)]")
_FIRST_CLASS_XPATH = etree.XPath("descendant::*[contains(@class, $name)][1]")


def _with_class(root: etree._Element, name: str) -> list[etree._Element]:
    """Elements under ``root`` whose class attribute has the word ``name``
    (a substring test in C, then the word checked on the few found)."""
    return [e for e in _CLASS_XPATH(root, name=name) if name in (e.get("class") or "").split()]


def _first_with_class(root: etree._Element, name: str) -> etree._Element | None:
    """The first of ``_with_class(root, name)``; XPath stops at the first match."""
    found = _FIRST_CLASS_XPATH(root, name=name)
    if not found:
        return None
    if name in (found[0].get("class") or "").split():
        return found[0]
    return next(iter(_with_class(root, name)), None)  # "…-title-x" came first: look on


@dataclass
class MetaLine:
    element: etree._Element
    text: str  # cleaned, lower-cased text of the meta line
    #: 3 = publish-date label, 2 = view-count label, 1 = "updated" label, 0 = a bare date
    strength: int
    lang: str | None


@dataclass
class Candidate:
    meta: MetaLine
    title: etree._Element | None = None
    region: list[etree._Element] = field(default_factory=list)
    region_start: etree._Element | None = None
    level: int = 99
    problem: str | None = None
    #: The region is before the meta line (a theme that dates the article at its foot).
    backward: bool = False
    #: Blocks between the title and the meta line: the lead, the body's first paragraphs.
    lead: list[etree._Element] = field(default_factory=list)
    #: Text blocks between the title and the meta line (0: right above it).
    title_distance: int = 0
    #: The title was found walking back from the meta line: it comes first.
    title_above: bool = False
    score: float = 0.0
    #: The template's CMS account line under the article (not body text).
    account: etree._Element | None = None
    #: Found by the platform template's class names: its content root may be
    #: empty (an item published with its title only) and it is still the article.
    template: bool = False


class ArticlePage:
    """An article page of the portal. Pure: no network, no Scrapy."""

    def __init__(
        self,
        html: bytes | str,
        url: str | None = None,
        profile: SiteProfile = DEFAULT_PROFILE,
        encoding: str | None = None,
    ) -> None:
        """``encoding``: of ``html`` bytes, when known (an HTTP header); else the page's own."""
        self.url = url
        self.profile = profile
        # The platform's template is looked for only on a page that names its
        # title class: a substring search, where a tree search costs ~0.3 ms.
        hint = profile.title_class
        self._template_hint = (hint.encode() if isinstance(html, bytes) else hint) in html
        try:
            self.root = load_html(html, encoding)
        except (ValueError, etree.ParserError) as exc:
            raise NotAnArticle(f"not an HTML page ({exc})") from None
        self._page_url_cache: str | None | bool = False
        # The same titles, headings and the meta line are read by several of
        # the steps below; read and cleaned once. Emptied when body_html edits
        # the tree.
        self._texts: dict[etree._Element, str] = {}
        self._meta_line: tuple[etree._Element, int, str] | None = None

    def _text(self, element: etree._Element) -> str:
        """``clean_text(text_of(element))``, remembered for the page."""
        text = self._texts.get(element)
        if text is None:
            text = self._texts[element] = clean_text(text_of(element))
        return text

    def _spaced_meta_text(self, element: etree._Element) -> tuple[int, str]:
        """The meta line's raw text length and its cleaned spaced_text(), read once
        for the date and the view count."""
        known = self._meta_line
        if known is None or known[0] is not element:
            pieces = list(element.itertext())
            known = self._meta_line = (element, sum(map(len, pieces)), clean_text(" ".join(pieces)))
        return known[1], known[2]

    # --- the Article ---------------------------------------------------------

    def to_article(self) -> Article:
        candidate = self._best_candidate()
        meta, title_el = candidate.meta, candidate.title
        assert title_el is not None
        title = self._text(title_el)
        if not title:
            raise NotAnArticle("the article title is empty")
        published_at = self._published_at(meta)
        page_url = self._page_url()
        article_id = article_id_from_url(page_url, self.profile) if page_url else None
        if article_id is None:
            raise NotAnArticle(
                "cannot tell the article id: no /-/view_content/<id> URL given or in the page"
            )
        section = self._section(title_el, meta.element, candidate.title_above)
        body = Body(self, candidate, title_el)
        paragraphs = body.paragraphs()
        author = body.take_signature(paragraphs)
        if not paragraphs and not body.captions and not candidate.template:
            raise NotAnArticle("the page has a title and a date but no article text")
        view_count = self._view_count(meta, body)
        posted_by = self._text(candidate.account) if candidate.account is not None else None
        lead = self._text(candidate.lead[0]) if candidate.lead and candidate.lead[0] is not title_el else None
        return Article(
            article_id=article_id,
            url=canonical_url(page_url, profile=self.profile),
            lang=meta.lang or url_locale(page_url, self.profile) or self._html_lang() or "vi",
            section=section,
            title=title,
            published_at=published_at,
            view_count=view_count,
            body="\n\n".join(paragraphs),
            body_html=body.html(),
            captions=tuple(body.captions),
            author=author or posted_by or None,
            lead=lead or None,
            posted_by=posted_by or None,
        )

    # --- the meta line ---------------------------------------------------------

    def _candidate_under_a_heading(self) -> Candidate | None:
        """The common case, cheaply: a labelled date right under a heading that
        is its title, the body after it. None sends the caller to the full scan."""
        found: dict[etree._Element, MetaLine] = {}
        labels: dict[etree._Element, tuple[str, int, str | None] | None] = {}
        # a section heading and the title often look at the same meta line: the
        # same date in the same element climbs to the same place, once is enough
        seen: set[tuple[etree._Element, str]] = set()
        for heading in self.root.iter(*HEADING_TAGS):
            following = list(itertools.islice(heading.itersiblings(), 2))
            if not following:
                parent = heading.getparent()
                if parent is not None:
                    following = list(itertools.islice(parent.itersiblings(), 2))
            budget = _UNDER_HEADING_ELEMENTS
            for sibling in following:
                for element in sibling.iter():
                    budget -= 1
                    if budget < 0:
                        break
                    text = element.text
                    if text and "/" in text:
                        match = SLASHED_DATE_HINT.search(text)
                        if match and (element, match.group()) not in seen:
                            seen.add((element, match.group()))
                            self._add_candidate(found, labels, element, match.group())
                    tail = element.tail
                    if tail and "/" in tail and element is not sibling:
                        match = SLASHED_DATE_HINT.search(tail)
                        parent = element.getparent()
                        if match and (parent, match.group()) not in seen:
                            seen.add((parent, match.group()))
                            self._add_candidate(found, labels, parent, match.group())
        for meta in sorted(found.values(), key=lambda m: -m.strength):
            if meta.strength < 3:
                break
            candidate = self._evaluate(meta)
            if not candidate.problem and candidate.level <= 2 and candidate.title_distance == 0:
                return candidate
        return None

    def _meta_candidates(self, hint: re.Pattern[str], quick: str | None = None) -> list[MetaLine]:
        """Elements holding a date, climbed to the element that holds its label.

        ``quick`` is a character every date of ``hint`` contains: a C-speed
        ``in`` test spares the regex on the page's hundreds of other texts.
        """
        found: dict[etree._Element, MetaLine] = {}
        labels: dict[etree._Element, tuple[str, int, str | None] | None] = {}
        for element in self.root.iter():
            text = element.text
            if text and (quick is None or quick in text):
                match = hint.search(text)
                if match:
                    self._add_candidate(found, labels, element, match.group())
            tail = element.tail
            if tail and (quick is None or quick in tail):
                match = hint.search(tail)
                if match:
                    parent = element.getparent()
                    if parent is not None:
                        self._add_candidate(found, labels, parent, match.group())
        return sorted(found.values(), key=lambda m: -m.strength)

    def _add_candidate(
        self,
        found: dict[etree._Element, MetaLine],
        labels: dict[etree._Element, tuple[str, int, str | None] | None],
        element: etree._Element,
        date: str,
    ) -> None:
        if element.tag in ("title", "head", "html"):
            return
        meta = self._climb_to_label(element, labels, date.lower())
        known = found.get(meta.element)
        if known is None or known.strength < meta.strength:
            found[meta.element] = meta

    def _climb_to_label(
        self,
        element: etree._Element,
        labels: dict[etree._Element, tuple[str, int, str | None] | None],
        date: str,
    ) -> MetaLine:
        """From the element holding a date, climb to the one that holds its label.

        The label must stand right before this date: a wrapper that holds a
        title with a date in it ("... đợt 3/2/2023") and, further on, the
        meta line's label is not this date's meta line.
        """
        current = element
        fallback = MetaLine(block_ancestor(element), "", 0, None)
        for _ in range(5):
            if current in labels:
                label = labels[current]
            else:
                label = labels[current] = label_at(current)
            if label is None:
                break  # too much text: we left the meta line
            text, strength, lang = label
            if strength == 3:
                if label_before(text, date):
                    return MetaLine(current, text, 3, lang)
                break
            if strength > fallback.strength:
                fallback = MetaLine(current, text, strength, lang)
            elif not fallback.text:
                fallback.text = text
            parent = current.getparent()
            if parent is None or parent.tag in ("body", "html"):
                break
            current = parent
        return fallback

    def _template_candidate(self) -> Candidate | None:
        """The platform's article template, read by its class names: the title
        block, the date line right under it, the content root with its lead
        paragraph and the CMS account line. None: not this template."""
        profile = self.profile
        if not self._template_hint:
            return None
        title = _first_with_class(self.root, profile.title_class)
        if title is None:
            return None
        meta: MetaLine | None = None
        content: etree._Element | None = None
        for sibling in itertools.islice(title.itersiblings(), 4):
            if not isinstance(sibling.tag, str):
                continue
            if meta is None:
                text = self._text(sibling)
                if len(text) <= META_MAX_CHARS and find_date(text) is not None:
                    label = label_at(sibling)
                    strength, lang = (label[1], label[2]) if label else (0, None)
                    meta = MetaLine(sibling, label[0] if label else "", strength, lang)
                    continue
            content = _first_with_class(sibling, profile.content_class)
            if content is not None:
                break
        if content is None:
            return None
        if meta is None:
            raise NotAnArticle("the article's date line is empty (a draft?): no publish date")
        lead = _first_with_class(content, profile.lead_class)
        # the lead's box holds the article's thumbnail beside it: not a photo of the body
        lead_box = next(
            (c for c in content if lead is not None and (c is lead or is_descendant(lead, c))),
            None,
        )
        accounts = _with_class(content, profile.account_class)
        return Candidate(
            meta,
            title=title,
            region=[c for c in content if c is not lead_box and isinstance(c.tag, str)],
            level=0,
            lead=[lead] if lead is not None and self._text(lead) else [],
            title_above=True,
            account=accounts[-1] if accounts else None,
            template=True,
        )

    def _best_candidate(self) -> Candidate:
        template = self._template_candidate()
        if template is not None:
            return template
        quick = self._candidate_under_a_heading()
        if quick is not None:
            return quick
        # The portal writes 07/01/2022: look for slashed dates first, and for
        # every other form only when that finds no labelled meta line.
        metas = self._meta_candidates(SLASHED_DATE_HINT, quick="/")
        if not metas or metas[0].strength < 3:
            metas = self._meta_candidates(NUMERIC_DATE_HINT)
            metas += self._meta_candidates(OTHER_DATE_HINT)
            metas.sort(key=lambda m: -m.strength)
        if not metas:
            raise NotAnArticle("no publish date on the page: not an article page")
        if metas[0].strength > 0:
            # A page that labels its dates: an unlabelled date (today's date in
            # the header, a dated list item) is not the article's meta line.
            metas = [m for m in metas if m.strength > 0]
        rejected: list[Candidate] = []
        best: Candidate | None = None
        for meta in metas:
            candidate = self._evaluate(meta)
            if candidate.problem:
                rejected.append(candidate)
                continue
            candidate.score = self._score(candidate)
            if best is None or candidate.score > best.score:
                best = candidate
            if meta.strength == 3 and candidate.level <= 2 and candidate.title_distance == 0:
                break  # title, labelled meta line, body, in that order: the article
        if best is None:
            listing_items = sum(1 for c in rejected if c.problem == "listing")
            if listing_items >= 2:
                raise NotAnArticle(
                    f"looks like a listing page ({listing_items} linked titles with dates), "
                    "not an article"
                )
            problems = sorted({c.problem or "" for c in rejected})
            raise NotAnArticle(f"no article on the page: {'; '.join(problems)}")
        return best

    @staticmethod
    def _score(candidate: Candidate) -> float:
        """How much a candidate looks like the article: a labelled meta line, its
        title right above, its body right below and long. A dated sidebar item
        has a far-away "title" (the site's logo) and little text after it."""
        weight = sum(paragraph_weight(e, cap=1500) for e in candidate.region[:6])
        return (
            10 * candidate.meta.strength
            - 2 * candidate.level
            - 3 * candidate.title_distance
            + min(weight, 1500) / 100
        )

    def _evaluate(self, meta: MetaLine) -> Candidate:
        candidate = Candidate(meta)
        if meta.strength == 0 and (len(meta.text) > 40 or len(self._text(meta.element)) > 40):
            # A date without any label, inside longer text: a dated list item.
            candidate.problem = "no labelled publish date"
            return candidate
        self._find_region(candidate)
        if not candidate.region:
            candidate.problem = "no article text after the publish date"
            return candidate
        title = self._find_title(candidate)
        if title is None or (meta.strength == 0 and heading_of(title) is None):
            candidate.problem = "no article title above the publish date"
            return candidate
        if self._links_elsewhere(title):
            candidate.problem = "listing"
            return candidate
        candidate.title = title
        return candidate

    def _find_region(self, candidate: Candidate) -> None:
        """Where the body is: climbing from the meta line, the first following
        siblings that hold paragraph text; failing that, at the same level, the
        preceding ones (a theme that dates the article at its foot)."""
        node = candidate.meta.element
        for level in range(_REGION_MAX_LEVEL + 1):
            parent = node.getparent()
            if parent is None:
                return
            weight = tail_weight(node)
            siblings = []
            for sibling in node.itersiblings():
                siblings.append(sibling)
                if weight < BODY_MIN_WEIGHT:
                    weight += paragraph_weight(sibling)
            if weight >= BODY_MIN_WEIGHT:
                candidate.region_start = node
                candidate.region = siblings
                candidate.level = level
                return
            before = list(node.itersiblings(preceding=True))
            if sum(paragraph_weight(b) for b in before[:8]) >= BODY_MIN_WEIGHT * 3:
                candidate.region_start = None
                candidate.region = before[::-1]
                candidate.level = level
                candidate.backward = True
                return
            if parent.tag in ("body", "html"):
                return
            node = parent

    # --- title and section ----------------------------------------------------

    def _find_title(self, candidate: Candidate) -> etree._Element | None:
        """The title: the most prominent heading right above the meta line.

        Blocks of text between that heading and the meta line are the lead
        (sapo): they open the body. Failing a heading above, a heading right
        under the meta line (themes that put the date first), failing that
        the nearest plain text block above.
        """
        if candidate.backward:
            return self._title_in_backward_region(candidate)
        meta_el = candidate.meta.element
        fallback: etree._Element | None = None
        headings: list[tuple[int, etree._Element]] = []  # (distance, heading)
        between: list[etree._Element] = []
        for distance, block in enumerate(preceding_blocks(meta_el, limit=5)):
            links = links_in(block)
            if links and (is_link_list(block, self.profile, links=links) or is_nav(block, links)):
                break
            text = self._text(block)
            if not text or is_furniture_line(text):
                continue
            section_like = is_upper_line(text) and len(text) <= 60
            heading = heading_of(block)
            if heading is not None:
                if section_like:
                    if not headings and fallback is None:
                        break  # a section name above a title written after the date
                    continue
                headings.append((distance, heading))
                if len(text) <= _LEAD_MIN_CHARS:
                    break  # a title-like heading: nothing above it can be the title
                continue
            if section_like:
                continue  # a section name: the title is elsewhere
            if not headings:
                between.append(block)
                if fallback is None and 8 <= len(text) <= 400:
                    fallback = block
        if headings:
            # The nearest heading, unless it reads like a paragraph (a lead set
            # as a heading) and a title-like heading stands above it.
            distance, title = headings[0]
            for farther_distance, farther in headings[1:]:
                if len(self._text(title)) <= _LEAD_MIN_CHARS:
                    break
                distance, title = farther_distance, farther
            candidate.title_distance = distance
            lead = [h for d, h in sorted(headings, reverse=True) if h is not title and precedes(title, h)]
            lead += reversed(between)
            candidate.lead = [b for b in lead if len(self._text(b)) >= RUN_MIN_CHARS]
            candidate.title_above = True
            return title
        candidate.title_distance = 1  # below the meta line, or a plain text block
        for element in candidate.region[:3]:
            heading = element if element.tag in HEADING_TAGS else None
            if heading is None and element.tag != "p":
                for tag in ("h1", "h2", "h3"):
                    heading = first_descendant(element, tag)
                    if heading is not None:
                        break
            if heading is not None and self._text(heading):
                if element is heading or not paragraph_weight(element):
                    return heading
        candidate.title_above = fallback is not None
        return fallback

    def _title_in_backward_region(self, candidate: Candidate) -> etree._Element | None:
        """Meta line under the body: the title is the heading that opens the region."""
        for index, element in enumerate(candidate.region):
            heading = element if element.tag in HEADING_TAGS else None
            if heading is None and not paragraph_weight(element):
                heading = next((h for h in element.iter(*HEADING_TAGS)), None)
            if heading is not None and self._text(heading):
                candidate.region = candidate.region[index + 1 :]
                return heading
            if paragraph_weight(element):
                break
        if not candidate.region:
            return None
        blocks = preceding_blocks(candidate.region[0], limit=3)
        for block in blocks:
            text = self._text(block)
            if text and not is_furniture_line(text) and not is_upper_line(text):
                return heading_of(block) or block
        return None

    def _links_elsewhere(self, title: etree._Element) -> bool:
        """True when the "title" links to another page: a listing item (another
        article) or the site's logo (the home page), not the page's own title."""
        links = list(title.iter("a"))
        if not links:  # the nearest <a href> around the title (a C-level climb)
            around = next((a for a in title.iterancestors("a") if a.get("href")), None)
            links = [around] if around is not None else []
        if not links:
            return False
        page_url = self._page_url() or ""
        own_id = article_id_from_url(page_url, self.profile)
        for link in links:
            href = (link.get("href") or "").strip()
            if not href or href.startswith(("#", "javascript:")):
                continue
            target = join_url(page_url, href)
            linked_id = article_id_from_url(target, self.profile)
            if linked_id is None or linked_id != own_id:
                return True
        return False

    def _section(
        self, title_el: etree._Element, meta_el: etree._Element, title_above: bool = False
    ) -> str | None:
        """The section name above the title: a short heading or a line in capitals,
        or the last item of a breadcrumb; links such as "« Quay lại" or
        "Phiên bản in" in between are stepped over; menus are not sections.

        ``title_above``: the title was found walking back from the meta line, so
        the meta line does not come first (no need to compare their places).
        """
        first = title_el if title_above or not precedes(meta_el, title_el) else meta_el
        for block in preceding_blocks(first, limit=4):
            text = self._text(block)
            if not text or is_furniture_line(text):
                continue
            links = [a for a in block.iter("a") if a.get("href")]
            if len(links) >= 2:
                if is_breadcrumb(block, links):
                    return breadcrumb_section(links, self._text(title_el))
                return None  # a menu
            if len(text) > 60 or len(text.split()) > 8:
                return None
            if is_upper_line(text) or heading_of(block) is not None:
                if "uppercase" in (block.get("style") or "").lower():
                    text = text.upper()
                return text
            if links and self._text(links[0]) == text:
                # A lone link: the section when it leads to a page of the site
                # that is not this article ("Công tác Đảng" → /dang-doan-the);
                # else ("Phiên bản in" → this article, printable) look above it.
                page_url = self._page_url() or ""
                target = join_url(page_url, (links[0].get("href") or "").strip())
                home = urlsplit(canonical_url(target, profile=self.profile)).path.rstrip("/") == ""
                if (
                    same_host(target, page_url)
                    and article_id_from_url(target, self.profile) is None
                    and not home
                ):
                    return text
                continue
            return None
        return None

    # --- date, views, URL, locale --------------------------------------------

    def _published_at(self, meta: MetaLine) -> str:
        text = self._spaced_meta_text(meta.element)[1]
        folded = text.lower()
        label = (
            DATE_LABEL_VI_RE.search(folded)
            or DATE_LABEL_EN_RE.search(folded)
            or UPDATE_LABEL_RE.search(folded)
        )
        start = label.end() if label else 0
        found = find_date(text, start) or find_date(text)
        if found is not None:
            value, has_time = found[0], found[3]
            if not has_time:
                value = time_beside(meta.element, value)
            return iso(value)
        fallback = parse_date_fallback(text[start:])
        if fallback is None:
            raise NotAnArticle(f"cannot read the publish date in {text[:80]!r}")
        return iso(fallback)

    def _view_count(self, meta: MetaLine, body: Body) -> int | None:
        """The count in the meta line, else in the elements right around it."""
        element = meta.element
        for place in places_around(element):
            if place in body.members or not isinstance(place.tag, str):
                continue
            if place is element:  # read for the date already
                size, text = self._spaced_meta_text(element)
                if size > META_MAX_CHARS * 2 or not DIGIT.search(text):
                    continue
                count = parse_view_count(text.lower())  # == fold_label(spaced_text)
            else:
                text = short_spaced_text(place, META_MAX_CHARS * 2)
                if text is None or not DIGIT.search(text):
                    continue  # longer than a meta line, or no number in it
                count = parse_view_count(fold_label(text))
            if count is not None:
                return count
        for text in body.trailing_texts():
            count = parse_view_count(fold_label(text))
            if count is not None:
                return count
        return None

    def _page_url(self) -> str | None:
        if self._page_url_cache is not False:
            return self._page_url_cache  # type: ignore[return-value]
        url = self.url
        if not (url and article_id_from_url(url, self.profile) is not None):
            for xpath in (
                "//link[@rel='canonical']/@href",
                "//meta[@property='og:url']/@content",
                "//meta[@name='og:url']/@content",
            ):
                values = [join_url(self.url or "", v.strip()) for v in self.root.xpath(xpath)]
                match = [v for v in values if article_id_from_url(v, self.profile) is not None]
                if match:
                    url = match[0]
                    break
        self._page_url_cache = url
        return url

    def _html_lang(self) -> str | None:
        lang = (self.root.get("lang") or "").lower()[:2]
        return lang if lang in ("vi", "en") else None

    def _base_url(self) -> str:
        """What relative links of the page resolve against: its ``<base href>``
        when it has one (as a browser does), else the page's URL."""
        page_url = self._page_url() or ""
        for href in _BASE_HREF(self.root):
            if href.strip():
                return join_url(page_url, href.strip())
        return page_url


def parse_article(
    html: bytes | str, url: str | None = None, profile: SiteProfile = DEFAULT_PROFILE
) -> Article:
    """Parse one article page. Raises ``NotAnArticle`` for anything else."""
    return ArticlePage(html, url, profile).to_article()
