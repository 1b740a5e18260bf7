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
   the first following siblings that hold paragraph text. It ends where the
   related-news list, a tags line or a list of links to other articles
   begins;
4. a **caption** belongs to a photo: its ``<figcaption>``, the other row of a
   one-column table, the text beside the photo in its own paragraph, or the
   next paragraph when that one is centred or italic;
5. the **signature** is the body's last line when it is short and in
   capitals or right-aligned.

A page where this finds no meta line, no title, or no body is not an article
and raises ``NotAnArticle`` with the reason.

Cost: about as much again as building the lxml tree (see bench/parse.py):
one pass over the elements for date candidates, the rest confined to the
article's neighbourhood.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urljoin, urlsplit

from lxml import etree

from archive.model import Article, Caption
from scraper.pages.dates import find_date, find_time, iso, parse_date_fallback
from scraper.pages.errors import NotAnArticle
from scraper.pages.html import (
    BLOCK_TAGS,
    HEADING_TAGS,
    SKIP_TAGS,
    alignment,
    block_ancestor,
    is_descendant,
    is_italic,
    load_html,
    tag_of,
    text_of,
    text_upto,
)
from scraper.pages.text import clean_text, clean_texts, fold_label, is_upper_line
from scraper.pages.urls import article_id_from_url, canonical_url, join_url, url_locale
from scraper.profile import (
    DATE_LABEL_EN_RE,
    DATE_LABEL_VI_RE,
    DEFAULT_PROFILE,
    RELATED_LABEL_RE,
    SHARE_LABEL_RE,
    SHARE_WORDS_RE,
    UPDATE_LABEL_RE,
    VIEW_LABEL_RE,
    SiteProfile,
)

_ANY_LABEL_RE = re.compile(
    "|".join(
        f"(?:{p.pattern})" for p in (DATE_LABEL_VI_RE, DATE_LABEL_EN_RE, VIEW_LABEL_RE, UPDATE_LABEL_RE)
    )
)

# Fast path: the portal's numeric dates. Other wordings (worded Vietnamese
# dates, English month names) are looked for only when this finds no
# labelled meta line.
_SLASHED_DATE_HINT = re.compile(r"\d{1,2} ?/ ?\d{1,2} ?/ ?\d{2,4}")
_NUMERIC_DATE_HINT = re.compile(r"\d{1,2} ?[/.\-] ?\d{1,2} ?[/.\-] ?\d{2,4}")
_OTHER_DATE_HINT = re.compile(
    r"\d{4}-\d{2}-\d{2}|tháng\s*\d|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}",
    re.IGNORECASE,
)
_NUMBER = r"(\d{1,3}(?:[.,\s\u00a0\u202f]\d{3})+|\d+)(?![\d.,]*\d)"
_VIEW_AFTER_LABEL = re.compile(r"(?:" + VIEW_LABEL_RE.pattern + r")\s*[:：\-]?\s*" + _NUMBER)
_VIEW_BEFORE_LABEL = re.compile(r"(?<![\d.,])" + _NUMBER + r"\s*(?:lượt\s*xem|lượt\s*đọc|views?\b)")
_DIGIT = re.compile(r"\d")
_NON_DIGITS = re.compile(r"\D")
_VI_VIEW_WORDS = re.compile(r"lượt|số|đã")
_EN_VIEW_WORDS = re.compile(r"view|hits|read")

#: How far under a heading (in elements) the quick path looks for its meta line.
_UNDER_HEADING_ELEMENTS = 12
#: A meta line is short; climbing past this many characters means we left it.
_META_MAX_CHARS = 320
#: How many levels above the meta line its article may begin. Farther than
#: this, the "meta line" was a dated item of a sidebar, not the article's.
_REGION_MAX_LEVEL = 4
#: Minimum paragraph text (in runs of 40+ characters outside links) for a body.
_BODY_MIN_WEIGHT = 60
_RUN_MIN_CHARS = 40
#: A heading longer than this reads like a lead paragraph, not a title.
_LEAD_MIN_CHARS = 160
#: A caption is one or two sentences, not a paragraph of the article.
_CAPTION_MAX_CHARS = 400
_SIGNATURE_MAX_CHARS = 100
_PHOTO_MIN_SIZE = 40  # px: smaller images are icons (share buttons, bullets)
#: Elements a photo may sit in on its way up to its <figure> or one-column <table>.
_PHOTO_WRAPPERS = frozenset("a span font em i b strong p div center td th tr tbody thead".split())
_LAZY_ATTRS = ("data-src", "data-original", "data-lazy-src", "data-lazy", "data-url", "lazy-src")
_URL_ATTRS = ("src", "href", "data-src", "data-original", "poster")
_SHARE_HREF = ("facebook.", "twitter.", "zalo", "share", "mailto:", "print")
#: Elements that hold a whole body (as opposed to one paragraph or list).
_CONTAINERS = frozenset("div section article main td center".split())
#: Not text, but kept in body_html: embedded video and the like.
_EMBEDS = frozenset("iframe video audio object embed svg canvas map area".split())


@dataclass
class _Meta:
    element: etree._Element
    text: str  # cleaned, lower-cased text of the meta line
    #: 3 = publish-date label, 2 = view-count label, 1 = "updated" label, 0 = a bare date
    strength: int
    lang: str | None


@dataclass
class _Candidate:
    meta: _Meta
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
        body = _Body(self, candidate, title_el)
        paragraphs = body.paragraphs()
        author = body.take_signature(paragraphs)
        if not paragraphs and not body.captions:
            raise NotAnArticle("the page has a title and a date but no article text")
        view_count = self._view_count(meta, body)
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
            author=author,
        )

    # --- the meta line ---------------------------------------------------------

    def _candidate_under_a_heading(self) -> _Candidate | None:
        """The common case, cheaply: a labelled date right under a heading that
        is its title, the body after it. None sends the caller to the full scan."""
        found: dict[etree._Element, _Meta] = {}
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
                        match = _SLASHED_DATE_HINT.search(text)
                        if match and (element, match.group()) not in seen:
                            seen.add((element, match.group()))
                            self._add_candidate(found, labels, element, match.group())
                    tail = element.tail
                    if tail and "/" in tail and element is not sibling:
                        match = _SLASHED_DATE_HINT.search(tail)
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

    def _meta_candidates(self, hint: re.Pattern[str], quick: str | None = None) -> list[_Meta]:
        """Elements holding a date, climbed to the element that holds its label.

        ``quick`` is a character every date of ``hint`` contains: a C-speed
        ``in`` test spares the regex on the page's hundreds of other texts.
        """
        found: dict[etree._Element, _Meta] = {}
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
        found: dict[etree._Element, _Meta],
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
    ) -> _Meta:
        """From the element holding a date, climb to the one that holds its label.

        The label must stand right before this date: a wrapper that holds a
        title with a date in it ("... đợt 3/2/2023") and, further on, the
        meta line's label is not this date's meta line.
        """
        current = element
        fallback = _Meta(block_ancestor(element), "", 0, None)
        for _ in range(5):
            if current in labels:
                label = labels[current]
            else:
                label = labels[current] = _label_at(current)
            if label is None:
                break  # too much text: we left the meta line
            text, strength, lang = label
            if strength == 3:
                if _label_before(text, date):
                    return _Meta(current, text, 3, lang)
                break
            if strength > fallback.strength:
                fallback = _Meta(current, text, strength, lang)
            elif not fallback.text:
                fallback.text = text
            parent = current.getparent()
            if parent is None or parent.tag in ("body", "html"):
                break
            current = parent
        return fallback

    def _best_candidate(self) -> _Candidate:
        quick = self._candidate_under_a_heading()
        if quick is not None:
            return quick
        # The portal writes 07/01/2022: look for slashed dates first, and for
        # every other form only when that finds no labelled meta line.
        metas = self._meta_candidates(_SLASHED_DATE_HINT, quick="/")
        if not metas or metas[0].strength < 3:
            metas = self._meta_candidates(_NUMERIC_DATE_HINT)
            metas += self._meta_candidates(_OTHER_DATE_HINT)
            metas.sort(key=lambda m: -m.strength)
        if not metas:
            raise NotAnArticle("no publish date on the page: not an article page")
        if metas[0].strength > 0:
            # A page that labels its dates: an unlabelled date (today's date in
            # the header, a dated list item) is not the article's meta line.
            metas = [m for m in metas if m.strength > 0]
        rejected: list[_Candidate] = []
        best: _Candidate | None = None
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
    def _score(candidate: _Candidate) -> float:
        """How much a candidate looks like the article: a labelled meta line, its
        title right above, its body right below and long. A dated sidebar item
        has a far-away "title" (the site's logo) and little text after it."""
        weight = sum(_weight(e, cap=1500) for e in candidate.region[:6])
        return (
            10 * candidate.meta.strength
            - 2 * candidate.level
            - 3 * candidate.title_distance
            + min(weight, 1500) / 100
        )

    def _evaluate(self, meta: _Meta) -> _Candidate:
        candidate = _Candidate(meta)
        if meta.strength == 0 and (len(meta.text) > 40 or len(self._text(meta.element)) > 40):
            # A date without any label, inside longer text: a dated list item.
            candidate.problem = "no labelled publish date"
            return candidate
        self._find_region(candidate)
        if not candidate.region:
            candidate.problem = "no article text after the publish date"
            return candidate
        title = self._find_title(candidate)
        if title is None or (meta.strength == 0 and _heading_of(title) is None):
            candidate.problem = "no article title above the publish date"
            return candidate
        if self._links_elsewhere(title):
            candidate.problem = "listing"
            return candidate
        candidate.title = title
        return candidate

    def _find_region(self, candidate: _Candidate) -> None:
        """Where the body is: climbing from the meta line, the first following
        siblings that hold paragraph text; failing that, at the same level, the
        preceding ones (a theme that dates the article at its foot)."""
        node = candidate.meta.element
        for level in range(_REGION_MAX_LEVEL + 1):
            parent = node.getparent()
            if parent is None:
                return
            weight = _tail_weight(node)
            siblings = []
            for sibling in node.itersiblings():
                siblings.append(sibling)
                if weight < _BODY_MIN_WEIGHT:
                    weight += _weight(sibling)
            if weight >= _BODY_MIN_WEIGHT:
                candidate.region_start = node
                candidate.region = siblings
                candidate.level = level
                return
            before = list(node.itersiblings(preceding=True))
            if sum(_weight(b) for b in before[:8]) >= _BODY_MIN_WEIGHT * 3:
                candidate.region_start = None
                candidate.region = before[::-1]
                candidate.level = level
                candidate.backward = True
                return
            if parent.tag in ("body", "html"):
                return
            node = parent

    # --- title and section ----------------------------------------------------

    def _find_title(self, candidate: _Candidate) -> etree._Element | None:
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
        for distance, block in enumerate(_preceding_blocks(meta_el, limit=5)):
            links = _links(block)
            if links and (_is_link_list(block, self.profile, links=links) or _is_nav(block, links)):
                break
            text = self._text(block)
            if not text or _is_furniture_line(text):
                continue
            section_like = is_upper_line(text) and len(text) <= 60
            heading = _heading_of(block)
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
            lead = [h for d, h in sorted(headings, reverse=True) if h is not title and _precedes(title, h)]
            lead += reversed(between)
            candidate.lead = [b for b in lead if len(self._text(b)) >= _RUN_MIN_CHARS]
            candidate.title_above = True
            return title
        candidate.title_distance = 1  # below the meta line, or a plain text block
        for element in candidate.region[:3]:
            heading = element if element.tag in HEADING_TAGS else None
            if heading is None and element.tag != "p":
                for tag in ("h1", "h2", "h3"):
                    heading = _first_descendant(element, tag)
                    if heading is not None:
                        break
            if heading is not None and self._text(heading):
                if element is heading or not _weight(element):
                    return heading
        candidate.title_above = fallback is not None
        return fallback

    def _title_in_backward_region(self, candidate: _Candidate) -> etree._Element | None:
        """Meta line under the body: the title is the heading that opens the region."""
        for index, element in enumerate(candidate.region):
            heading = element if element.tag in HEADING_TAGS else None
            if heading is None and not _weight(element):
                heading = next((h for h in element.iter(*HEADING_TAGS)), None)
            if heading is not None and self._text(heading):
                candidate.region = candidate.region[index + 1 :]
                return heading
            if _weight(element):
                break
        if not candidate.region:
            return None
        blocks = _preceding_blocks(candidate.region[0], limit=3)
        for block in blocks:
            text = self._text(block)
            if text and not _is_furniture_line(text) and not is_upper_line(text):
                return _heading_of(block) or block
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
        first = title_el if title_above or not _precedes(meta_el, title_el) else meta_el
        for block in _preceding_blocks(first, limit=4):
            text = self._text(block)
            if not text or _is_furniture_line(text):
                continue
            links = [a for a in block.iter("a") if a.get("href")]
            if len(links) >= 2:
                if _is_breadcrumb(block, links):
                    return _breadcrumb_section(links, self._text(title_el))
                return None  # a menu
            if len(text) > 60 or len(text.split()) > 8:
                return None
            if is_upper_line(text) or _heading_of(block) is not None:
                if "uppercase" in (block.get("style") or "").lower():
                    text = text.upper()
                return text
            if links and self._text(links[0]) == text:
                # A lone link: the section when it leads to a page of the site
                # that is not this article ("Công tác Đảng" → /dang-doan-the);
                # else ("Phiên bản in" → this article, printable) look above it.
                page_url = self._page_url() or ""
                target = urljoin(page_url, (links[0].get("href") or "").strip())
                if (
                    not target.startswith(("javascript:", "mailto:"))
                    and urlsplit(target).netloc == urlsplit(page_url).netloc
                    and article_id_from_url(target, self.profile) is None
                    and urlsplit(target).path.rstrip("/") not in ("", "/en", "/vi")
                ):
                    return text
                continue
            return None
        return None

    # --- date, views, URL, locale --------------------------------------------

    def _published_at(self, meta: _Meta) -> str:
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
                value = _time_beside(meta.element, value)
            return iso(value)
        fallback = parse_date_fallback(text[start:])
        if fallback is None:
            raise NotAnArticle(f"cannot read the publish date in {text[:80]!r}")
        return iso(fallback)

    def _view_count(self, meta: _Meta, body: _Body) -> int | None:
        """The count in the meta line, else in the elements right around it."""
        element = meta.element
        for place in _places_around(element):
            if place in body.members or not isinstance(place.tag, str):
                continue
            if place is element:  # read for the date already
                size, text = self._spaced_meta_text(element)
                if size > _META_MAX_CHARS * 2 or not _DIGIT.search(text):
                    continue
                count = parse_view_count(text.lower())  # == fold_label(spaced_text)
            else:
                text = _short_spaced_text(place, _META_MAX_CHARS * 2)
                if text is None or not _DIGIT.search(text):
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
                values = [urljoin(self.url or "", v.strip()) for v in self.root.xpath(xpath)]
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
        for href in self.root.xpath("/html/head/base/@href | /html/body/base/@href"):
            if href.strip():
                return urljoin(page_url, href.strip())
        return page_url


class _Body:
    """The article body below the meta line: paragraphs, photos, signature, HTML."""

    def __init__(self, page: ArticlePage, candidate: _Candidate, title: etree._Element) -> None:
        self.page = page
        self.profile = page.profile
        self.base_url = page._base_url()
        self.own_id = article_id_from_url(page._page_url() or "", page.profile)
        self.start = candidate.region_start
        self.lead = candidate.lead
        self.region = candidate.region
        anchor = self.start if self.start is not None else candidate.meta.element
        self.container = anchor.getparent()
        self.title = title
        self.captions: list[Caption] = []
        self.members: set[etree._Element] = set(self.region) | set(self.lead)
        self._photo_units: dict[etree._Element, list[tuple[etree._Element, str | None]]] = {}
        self._image_urls: dict[etree._Element, str | None] = {}
        self._caption_elements: set[etree._Element] = set()
        self._stop: etree._Element | None = None
        self._dropped: list[etree._Element] = []  # furniture met inside the body
        self._seen_text = False
        self._raw: list[str] = []
        #: clean_text of the blocks' texts, cleaned for their heads and reused for the paragraphs
        self._cleaned: dict[str, str] = {}
        self._block_texts: dict[etree._Element, str] = {}
        self._blocks: list[etree._Element | None] = []
        self._current: list[str] = []
        self._current_block: etree._Element | None = None
        self._find_photos()

    # --- photos -----------------------------------------------------------

    def _find_photos(self) -> None:
        for element in self.region:
            for img in element.iter("img"):
                if self._is_icon(img):
                    continue
                unit, caption = self._photo_unit(img)
                self._photo_units.setdefault(unit, []).append((img, caption))

    def _is_icon(self, img: etree._Element) -> bool:
        for attr in ("width", "height"):
            value = (img.get(attr) or "").strip().removesuffix("px")
            if value.isdigit() and int(value) < _PHOTO_MIN_SIZE:
                return True
        parent = img.getparent()
        while parent is not None and parent is not self.container:
            if parent.tag == "a":
                href = (parent.get("href") or "").lower()
                if any(s in href for s in _SHARE_HREF):
                    return True
                linked = article_id_from_url(urljoin(self.base_url, href), self.profile)
                if linked is not None and linked != self.own_id:
                    return True  # the thumbnail of another article (a list of news)
            parent = parent.getparent()
        return self._image_url(img) is None

    def _photo_unit(self, img: etree._Element) -> tuple[etree._Element, str | None]:
        """The element that holds the photo and its caption, and the caption text."""
        node = img.getparent()
        while node is not None and node is not self.container:
            tag = node.tag
            if tag == "figure":
                caption_el = _first_descendant(node, "figcaption")
                if caption_el is not None:
                    self._caption_elements.add(caption_el)
                    return node, clean_text(text_of(caption_el)) or None
                return node, clean_text(text_of(node)) or None
            if tag == "table":
                text = clean_text(text_of(node))
                if len(text) <= _CAPTION_MAX_CHARS and _is_one_column(node):
                    return node, text or None
                break
            if tag not in _PHOTO_WRAPPERS:
                break
            node = node.getparent()
        block = block_ancestor(img)
        if block is self.container or block is None:
            return img, None
        beside = clean_text(text_of(block))
        if beside:
            if len(beside) <= _CAPTION_MAX_CHARS:
                return block, beside  # the caption shares the photo's paragraph
            return img, None  # a photo inside a paragraph of text
        following = _next_block(block)
        if following is not None and not _has_descendant(following, "img"):
            text = clean_text(text_of(following))
            if (
                text
                and len(text) <= _CAPTION_MAX_CHARS
                and (
                    following.tag == "figcaption"
                    or alignment(following, self.container) in ("center", "centre")
                    or is_italic(following)
                )
            ):
                self._caption_elements.add(following)
                return block, text
        return block, None

    def _image_url(self, img: etree._Element) -> str | None:
        if img in self._image_urls:
            return self._image_urls[img]
        url = self._image_urls[img] = self._find_image_url(img)
        return url

    def _find_image_url(self, img: etree._Element) -> str | None:
        src = None
        for attr in _LAZY_ATTRS:
            value = (img.get(attr) or "").strip()
            if value and not value.startswith("data:"):
                src = value
                break
        if src is None:
            srcset = (img.get("data-srcset") or "").strip()
            if srcset:
                src = srcset.split(",")[0].split()[0]
        if src is None:
            value = (img.get("src") or "").strip()
            if value and not value.startswith(("data:", "javascript:")):
                src = value
        if not src:
            return None
        return _absolute(self.base_url, src)

    # --- paragraphs -----------------------------------------------------------

    def paragraphs(self) -> list[str]:
        for element in self.lead:
            self._walk(element)
            self._flush()
        if self.start is not None and self.start.tail:
            self._add_text(self.start.tail, self.container)
        after_container = False
        for element in self.region:
            if self._stop is not None:
                break
            if after_container and element.tag == "hr":
                self._stop = element  # a rule under the body's container: the page's foot
                break
            before = len(self._raw)
            self._walk(element)
            self._flush()
            if element.tag in _CONTAINERS and len(self._raw) - before >= 2:
                after_container = True
            tail = element.tail
            if self._stop is None and tail:
                self._add_text(tail, self.container)
        self._flush()
        texts = clean_texts(self._raw, self._cleaned)
        kept = [(t, b) for t, b in zip(texts, self._blocks) if t]
        self._paragraphs = kept
        return [t for t, _ in kept]

    def _walk(self, element: etree._Element) -> None:
        tag = element.tag
        if not isinstance(tag, str) or tag in SKIP_TAGS or element is self.title:
            if tag not in _EMBEDS:
                self._dropped.append(element)  # out of body_html too
            return
        if element in self._caption_elements:
            return
        if tag in ("footer", "header") and self._seen_text:
            self._stop = element
            return
        units = self._photo_units.get(element)
        if units is not None:
            self._flush()
            for img, caption in units:
                url = self._image_url(img)
                if url is not None:
                    self.captions.append(Caption(image_url=url, text=caption))
            if tag == "img" or any(caption is not None for _, caption in units):
                return  # the unit's text is its caption
        block = tag in BLOCK_TAGS
        text = element.text
        if block:
            head, short = _head(self._block_text(element, text), 120, self._cleaned)
            if self._is_end(element, head, short):
                self._stop = element
                return
            if short and self._is_furniture(element, head):
                self._dropped.append(element)
                return
            if self._current:
                self._flush()
            if len(element) == 0:  # a paragraph of plain text, the common case
                if text and not text.isspace():  # what _add_text + _flush keep
                    self._raw.append(text)
                    self._blocks.append(element)
                    self._seen_text = True
                self._current_block = None
                return
            self._current_block = element
        elif tag == "br":
            self._flush()
        if text:
            self._add_text(text, element)
        for child in element:
            self._walk(child)
            if self._stop is not None:
                return
            tail = child.tail  # each read decodes the text anew
            if tail:
                self._add_text(tail, element)
        if block:
            self._flush()

    def _block_text(self, element: etree._Element, own_text: str | None) -> str:
        """``text_of(element)``, ``own_text`` being its .text. A wrapper around a
        single element (the body's containers) is read through that element,
        whose text the walk needs next: the body is serialised once, not once
        per level of wrapping."""
        if len(element) == 0:
            return own_text or ""
        text = self._block_texts.get(element)
        if text is None:
            child = element[0]
            if len(element) == 1 and isinstance(child.tag, str):
                inner = self._block_text(child, child.text)
                text = (own_text or "") + inner + (child.tail or "")
            else:
                text = text_of(element)
            self._block_texts[element] = text
        return text

    def _add_text(self, text: str, owner: etree._Element | None) -> None:
        self._current.append(text)
        if self._current_block is None:
            self._current_block = owner

    def _flush(self) -> None:
        if self._current:
            raw = "".join(self._current)
            if not raw.isspace():
                self._raw.append(raw)
                self._blocks.append(self._current_block)
                self._seen_text = True
            self._current = []
        self._current_block = None

    def _is_end(self, element: etree._Element, head: str, short: bool) -> bool:
        """Related news, a tags line, or a list of links to other articles ends the body."""
        if head and RELATED_LABEL_RE.match(head):
            if short or _is_link_list(element, self.profile, minimum=1):
                return True
        if (
            self._seen_text
            and _has_descendant(element, "a")
            and _is_link_list(element, self.profile)
        ):
            if self._blocks and _heading_of(self._blocks[-1]) is not None:
                self._raw.pop()  # the list's own heading ("TIN NỔI BẬT")
                self._blocks.pop()
            return True
        return False

    def _is_furniture(self, element: etree._Element, head: str) -> bool:
        """Share buttons; before the body's text, a list of links (a sidebar)."""
        if not head:
            return False
        if _all_share_labels(head):
            return True
        if not self._seen_text and _has_descendant(element, "a") and _is_link_list(element, self.profile):
            return True
        return False

    def take_signature(self, paragraphs: list[str]) -> str | None:
        if not self._paragraphs:
            return None
        text, block = self._paragraphs[-1]
        if len(text) > _SIGNATURE_MAX_CHARS or len(text.split()) > 14 or text.startswith("- "):
            return None
        if not is_upper_line(text):  # else: right-aligned (the climb for styles only then)
            if block is None or alignment(block, self.container) != "right":
                return None
        self._paragraphs.pop()
        paragraphs.pop()
        return text

    def trailing_texts(self) -> list[str]:
        """Short texts right after the body (a view counter at the article's foot)."""
        texts: list[str] = []
        node = self._stop
        if node is not None:
            texts.append(text_upto(node, 200))
            for sibling in node.itersiblings():
                texts.append(text_upto(sibling, 200))
                if len(texts) >= 3:
                    break
        return [t for t in texts if len(t) <= 200]

    # --- HTML -----------------------------------------------------------------

    def html(self) -> str:
        """The body's HTML: scripts, styles, furniture and event attributes removed.

        Called last: it edits the (parsed, private) tree in place, so the page
        forgets the texts it read from it.
        """
        self.page._texts.clear()
        self.page._meta_line = None
        stop = self._stop
        for element in self._dropped:
            _remove_keep_tail(element)
        parts: list[str] = []
        for element in self.lead:
            _clean_attributes(element, self.base_url)
            parts.append(etree.tostring(element, encoding="unicode", method="html", with_tail=False))
        if self.start is not None and self.start.tail and self.start.tail.strip():
            parts.append(_escape(self.start.tail))
        for element in self.region:
            if element is stop:
                break
            if element.getparent() is None:  # dropped above
                continue
            contains_stop = stop is not None and is_descendant(stop, element)
            if contains_stop:
                _cut_from(stop, element)
            _clean_attributes(element, self.base_url)
            parts.append(etree.tostring(element, encoding="unicode", method="html", with_tail=False))
            if contains_stop:
                break
            if element.tail and element.tail.strip():
                parts.append(_escape(element.tail))
        return "".join(parts).strip()


# --- helpers -------------------------------------------------------------------


def parse_view_count(text: str) -> int | None:
    """``Lượt xem: 1.234`` → 1234; text without a view count → None."""
    match = _VIEW_AFTER_LABEL.search(text)
    if match is None and ("lượt" in text or "view" in text):  # in each label of the other form
        match = _VIEW_BEFORE_LABEL.search(text)
    if match is None:
        return None
    digits = _NON_DIGITS.sub("", match.group(match.lastindex or 1))
    return int(digits) if digits else None


def _view_label_lang(text: str) -> str | None:
    if _VI_VIEW_WORDS.search(text):
        return "vi"
    if _EN_VIEW_WORDS.search(text):
        return "en"
    return None


def _places_around(element: etree._Element) -> Iterator[etree._Element]:
    """The meta line, then the elements right around it, in the order a view count
    is looked for there (lazily: it is usually right beside the date)."""
    yield element
    yield from itertools.islice(element.itersiblings(preceding=True), 3)
    yield from itertools.islice(element.itersiblings(), 3)
    parent = element.getparent()
    if parent is not None and parent.tag not in ("body", "html"):
        yield parent
        yield from itertools.islice(parent.itersiblings(), 2)
        yield from itertools.islice(parent.itersiblings(preceding=True), 2)


def _short_spaced_text(element: etree._Element, limit: int) -> str | None:
    """``spaced_text(element)``, or None when its text is longer than ``limit``
    (read no further: the element may be a whole sidebar)."""
    pieces: list[str] = []
    size = 0
    for piece in element.itertext():
        pieces.append(piece)
        size += len(piece)
        if size > limit:
            return None
    return " ".join(pieces)


def _label_at(element: etree._Element) -> tuple[str, int, str | None] | None:
    """The labels in ``element``'s (short) text: (text, strength, language), None if long."""
    raw = text_of(element)
    if len(raw) > _META_MAX_CHARS * 4:
        return None
    text = " ".join(raw.split())
    if len(text) > _META_MAX_CHARS:
        return None
    text = fold_label(text)
    if not _ANY_LABEL_RE.search(text):
        return text, 0, None
    vi = DATE_LABEL_VI_RE.search(text)
    # an English label can only come first when the Vietnamese one does not open the line
    en = None if vi and vi.start() == 0 else DATE_LABEL_EN_RE.search(text)
    if vi or en:
        return text, 3, "vi" if vi and (not en or vi.start() <= en.start()) else "en"
    if VIEW_LABEL_RE.search(text):
        return text, 2, _view_label_lang(text)
    if UPDATE_LABEL_RE.search(text):
        return text, 1, "vi" if "nhật" in text else "en"
    return text, 0, None


def _time_beside(element: etree._Element, day: datetime) -> datetime:
    """A meta line that gives the time in its own element (``<li>14:00</li>``)."""
    for sibling in itertools.islice(element.itersiblings(), 2):
        if isinstance(sibling.tag, str):
            moment = find_time(clean_text(text_upto(sibling, 40)))
            if moment is not None:
                return day.replace(hour=moment[0], minute=moment[1], second=moment[2])
    return day


def _label_before(text: str, date: str) -> bool:
    """A publish-date label ends at most a few words before ``date`` in ``text``."""
    position = text.find(date)
    if position < 0:
        return True  # spacing differs; the label is in the same short line anyway
    for pattern in (DATE_LABEL_VI_RE, DATE_LABEL_EN_RE):
        for match in pattern.finditer(text, 0, position):
            if position - match.end() <= 40:
                return True
    return False


def _head(raw: str, limit: int, cleaned: dict[str, str]) -> tuple[str, bool]:
    """The start of a block's visible text ``raw``, lower-cased, and whether that is all of it.

    A long block (a paragraph) only needs its first words checked against the
    related-news labels, so it is not cleaned; a short one is cleaned whole,
    into ``cleaned`` (its paragraph text, later).
    """
    if len(raw) > limit * 4:
        head = raw.lstrip()[: limit + 1]
        if len(" ".join(head.split())) > limit:
            return fold_label(head), False
    text = cleaned.get(raw)
    if text is None:
        text = cleaned[raw] = clean_text(raw)
    start = text[: limit + 1]
    if len(text) > limit and "\u03a3" not in start:
        # Lower-casing never shortens a string, and maps each character on its
        # own (the capital sigma aside): the start's lower case starts the
        # whole's, for half the cost of lower-casing a paragraph.
        return start.lower()[: limit + 1], False
    text = text.lower()  # fold_label(raw)
    return text[: limit + 1], len(text) <= limit


def _first_descendant(element: etree._Element, tag: str) -> etree._Element | None:
    """``element.find(".//tag")`` without ElementPath's Python layer (a module of
    Python code run, cold, on every page)."""
    return next(element.iterdescendants(tag), None) if len(element) else None


def _has_descendant(element: etree._Element, tag: str) -> bool:
    """``element.find(".//tag") is not None``, without ElementPath's Python layer."""
    return _first_descendant(element, tag) is not None


def _tail_weight(node: etree._Element) -> int:
    tail = (node.tail or "").strip()
    return len(tail) if len(tail) >= _RUN_MIN_CHARS else 0


def _weight(element: etree._Element, cap: int = _BODY_MIN_WEIGHT) -> int:
    """Paragraph text in ``element``: runs of 40+ characters outside links (photos
    count a little), counted up to ``cap``."""
    tag = element.tag
    if not isinstance(tag, str) or tag in SKIP_TAGS or tag in ("footer", "header"):
        return 0
    weight = 0
    photos = False
    for node in element.iter():
        node_tag = node.tag  # each read builds a new string
        if node_tag == "img" and not photos and not _thumbnail(node, element):
            photos = True
        text = node.text
        if text and len(text) >= _RUN_MIN_CHARS and node_tag != "a" and len(text.strip()) >= _RUN_MIN_CHARS:
            if not _in_link(node, element):
                weight += len(text)
        tail = node.tail
        if tail and node is not element and len(tail.strip()) >= _RUN_MIN_CHARS:
            parent = node.getparent()
            if parent is not None and not _in_link(parent, element):
                weight += len(tail)
        if weight >= cap:
            return weight
    if photos:
        weight += _BODY_MIN_WEIGHT // 2
    return weight


def _thumbnail(img: etree._Element, limit: etree._Element) -> bool:
    """An image that links to an article: the thumbnail of a news list, not a photo."""
    node = img.getparent()
    while node is not None and node is not limit:
        if node.tag == "a":
            href = (node.get("href") or "").split("?", 1)[0]
            return bool(DEFAULT_PROFILE.article_path.search(href))
        node = node.getparent()
    return False


def _in_link(node: etree._Element, limit: etree._Element) -> bool:
    while node is not None:
        if node.tag == "a":
            return True
        if node is limit:
            return False
        node = node.getparent()
    return False


def _preceding_blocks(element: etree._Element, limit: int) -> Iterator[etree._Element]:
    """The nearest text blocks before ``element`` in reading order, nearest first.

    Walks back through the elements before ``element`` and before each of its
    ancestors. (Text in an ancestor itself stands beside the element, in its
    own wrapper: no block of its own.) Lazy: callers usually stop at the
    first block or two (the title right above the meta line).
    """
    blocks: list[etree._Element] = []

    def block_for(owner: etree._Element, top: etree._Element) -> etree._Element | None:
        """The block of the text in ``owner``, which is inside ``top``, an element
        before ``element`` or before one of its ancestors: the nearest block up to
        ``top``. A block above ``top`` holds ``element`` too: then ``owner`` itself."""
        block = owner
        while tag_of(block) not in BLOCK_TAGS:
            if block is top:
                block = owner
                break
            block = block.getparent()
        for known in blocks:
            if known is block or is_descendant(known, block):
                return None
        blocks.append(block)
        return block

    node = element
    visited = 0
    while node is not None and len(blocks) < limit and visited < 300:
        previous = node.getprevious()
        if previous is None:
            node = node.getparent()
            if node is None or node.tag in ("body", "html"):
                break
            continue
        node = previous
        for sub in reversed(list(node.iter())):
            visited += 1
            if not isinstance(sub.tag, str) or sub.tag in ("head", "title"):
                continue
            if sub is not node and sub.tail and sub.tail.strip():
                found = block_for(sub.getparent(), node)
                if found is not None:
                    yield found
                    if len(blocks) >= limit:
                        break
            if sub.text and sub.text.strip():
                found = block_for(sub, node)
                if found is not None:
                    yield found
            if len(blocks) >= limit:
                break


def _heading_of(element: etree._Element | None) -> etree._Element | None:
    node = element
    for _ in range(4):
        if node is None or not isinstance(node.tag, str):
            return None
        if node.tag in HEADING_TAGS or node.get("role") == "heading":
            return node
        node = node.getparent()
    return None


def _precedes(a: etree._Element, b: etree._Element) -> bool:
    """True when ``a`` comes before ``b`` in document order (and is not its ancestor)."""
    chain_b = [b, *b.iterancestors()]  # holds the proxies: identity is stable
    depth_b = {node: i for i, node in enumerate(chain_b)}
    child_a = None
    # climb from a only up to the first common ancestor (usually a few levels)
    for node in itertools.chain((a,), a.iterancestors()):
        j = depth_b.get(node)
        if j is not None:
            if child_a is None or j == 0:
                return False  # one contains the other
            return node.index(child_a) < node.index(chain_b[j - 1])
        child_a = node
    return False


def _links(element: etree._Element) -> list[etree._Element]:
    """The <a href> in ``element``, itself included."""
    return [a for a in element.iter("a") if a.get("href")]


def _is_link_list(
    element: etree._Element,
    profile: SiteProfile = DEFAULT_PROFILE,
    minimum: int = 2,
    links: list[etree._Element] | None = None,
) -> bool:
    """A block that is mostly links to other articles (related news, a sidebar list).
    ``links``: its _links(), when the caller has them."""
    if links is None:
        links = _links(element)
    if len(links) < minimum:
        return False
    articles = [a for a in links if profile.article_path.search(a.get("href", "").split("?")[0])]
    if len(articles) < minimum:
        return False
    total = len("".join(text_of(element).split()))
    link_text = sum(len("".join(text_of(a).split())) for a in links)
    return link_text >= 0.5 * total


def _is_nav(element: etree._Element, links: list[etree._Element] | None = None) -> bool:
    """A menu or breadcrumb row: three links or more, mostly link text."""
    if links is None:
        links = _links(element)
    if len(links) < 3:
        return False
    total = len("".join(text_of(element).split()))
    return sum(len("".join(text_of(a).split())) for a in links) >= 0.5 * total


def _is_furniture_line(text: str) -> bool:
    """A line that is no title or section name: a date line, a back link, a label."""
    if len(text) <= 40:
        # the short lines around a title ("« Quay lại", the section name) are the
        # same on every page of a site: remembered; titles are not
        return _is_short_furniture_line(text)
    return _furniture_line(text)


def _furniture_line(text: str) -> bool:
    folded = text.lower()
    if len(folded) <= 3 and not folded.isalnum():
        return True  # separators, icons
    if len(folded) < 80:
        found = find_date(folded)
        if found is not None and len(folded) - (found[2] - found[1]) < 30:
            return True  # a date line ("08/06/2023 | 08:00 · 0 lượt xem"), not a title
    if SHARE_LABEL_RE.match(_strip_non_word(folded)):  # "« Quay lại"
        return True
    if len(folded) <= 120 and _all_share_labels(folded):  # "Bản in | Gửi bài viết | Lưu"
        return True
    return bool(
        len(folded) < 80
        and (
            DATE_LABEL_VI_RE.match(folded)
            or DATE_LABEL_EN_RE.match(folded)
            or VIEW_LABEL_RE.match(folded)
        )
    )


_is_short_furniture_line = functools.lru_cache(maxsize=16)(_furniture_line)


_NON_WORD_RUN = re.compile(r"[\W_]+")
#: Three letters or digits in a row: a word longer than a stray "a+" or "|".
_WORD3 = re.compile(r"[^\W_]{3}")


def _strip_non_word(text: str) -> str:
    """``text`` without its leading and trailing punctuation, symbols and spaces.

    Two anchored matches (the end one on the reversed string): a regex for
    a run at the end is tried at every position of the text.
    """
    lead = _NON_WORD_RUN.match(text)
    if lead:
        text = text[lead.end():]
    trail = _NON_WORD_RUN.match(text[::-1])
    if trail:
        text = text[: len(text) - trail.end()]
    return text


@functools.lru_cache(maxsize=16)
def _all_share_labels(text: str) -> bool:
    """A block of share/print/mail buttons: nothing left once their labels are removed
    (no word of three letters or more).

    Cached: it is asked about a site's share bar and signature lines on every
    page, and the share-word regex is tried at every position of the line.
    Small on purpose: it keeps the lines a site repeats, not a page seen before
    (on the benchmark's replica, rounds after the first hit it 1% more often).
    """
    return not _WORD3.search(SHARE_WORDS_RE.sub(" ", text.lower()))


_CRUMB_SEPARATORS = re.compile(r"[›»>/|→:\\]|::|-{1,2}")


def _is_breadcrumb(block: etree._Element, links: list[etree._Element]) -> bool:
    """Links in a row with separators between them ("Trang chủ › Công tác Đảng"),
    or an ordered list; a menu has neither."""
    if block.tag == "ol" or _has_descendant(block, "ol"):
        return True
    between = [
        (link.tail or "").strip() for link in links[:-1]
    ] + [
        (sibling.text or "").strip()
        for link in links
        for sibling in link.itersiblings()
        if sibling.tag in ("span", "i", "li") and not sibling.iter("a").__next__() is sibling
    ][:0]
    text_outside = "".join(between)
    if text_outside and _CRUMB_SEPARATORS.search(text_outside):
        return True
    # separators drawn as their own elements: <span class="sep">›</span>
    for node in block.iter():
        if node.tag != "a" and node.text and _CRUMB_SEPARATORS.fullmatch(node.text.strip() or "x"):
            return True
    return False


def _breadcrumb_section(links: list[etree._Element], title: str) -> str | None:
    names = [clean_text(text_of(a)) for a in links]
    names = [n for n in names if n and n != title]
    return names[-1] if names else None


def _is_one_column(table: etree._Element) -> bool:
    for row in table.iter("tr"):
        cells = [
            c
            for c in row
            if c.tag in ("td", "th") and (text_of(c).strip() or _has_descendant(c, "img"))
        ]
        if len(cells) > 1:
            return False
    return True


def _next_block(block: etree._Element) -> etree._Element | None:
    """The next sibling block with visible content, skipping empty paragraphs."""
    node = block
    while node is not None:
        for sibling in node.itersiblings():
            if not isinstance(sibling.tag, str):
                continue
            if text_of(sibling).strip() or _has_descendant(sibling, "img"):
                return sibling
        # an image alone in an inline wrapper: look after the wrapper
        parent = node.getparent()
        if parent is None or parent.tag in BLOCK_TAGS and parent.tag not in ("p", "center"):
            return None
        node = parent
    return None


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _remove_keep_tail(element: etree._Element) -> None:
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def _cut_from(stop: etree._Element, top: etree._Element) -> None:
    """Remove ``stop`` and everything after it inside ``top``."""
    node = stop
    while node is not None and node is not top:
        parent = node.getparent()
        if parent is None:
            break
        for sibling in list(node.itersiblings()):
            parent.remove(sibling)
        if node is stop:
            parent.remove(node)
        else:
            node.tail = None
        node = parent


def _absolute(base_url: str, url: str) -> str:
    """``url`` resolved against the page (already-absolute URLs as they are)."""
    if url.startswith(("http://", "https://")):
        return url
    return join_url(base_url, url)


#: == value.strip().lower().startswith("javascript:"), in one C call (no character
#: but the ASCII letters lower-cases into those letters; \s is str.strip()'s set).
_JAVASCRIPT_URL = re.compile(r"\s*[jJ][aA][vV][aA][sS][cC][rR][iI][pP][tT]:")


def _clean_attributes(root: etree._Element, base_url: str) -> None:
    """Event attributes and javascript: URLs out, URLs absolute."""
    for node in root.iter():
        for name, value in node.items():  # a snapshot: one C call, no _Attrib proxy
            if name.startswith("on") or _JAVASCRIPT_URL.match(value):
                del node.attrib[name]
            elif name in _URL_ATTRS and value and not value.startswith(("data:", "#", "mailto:")):
                node.set(name, _absolute(base_url, value.strip()))


def parse_article(
    html: bytes | str, url: str | None = None, profile: SiteProfile = DEFAULT_PROFILE
) -> Article:
    """Parse one article page. Raises ``NotAnArticle`` for anything else."""
    return ArticlePage(html, url, profile).to_article()
