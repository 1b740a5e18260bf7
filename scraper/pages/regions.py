"""Where the article is on its page: found once, into a frozen ``Regions``.

The page is read the way a reader reads it, not by a theme's class names:

1. the **meta line** is the short element that holds a publish date next to
   its label (``Ngày đăng`` / ``Publish date`` and variants, see
   ``scraper.profile``), often with the view count (``Lượt xem`` /
   ``View count``); on a page without labels, a bare date right under a
   heading;
2. the **title** is the heading (or failing that the text block) that stands
   right above the meta line, or right under it when a theme puts the date
   first; blocks between the title and the meta line are the **lead**;
3. the **content** is what follows the meta line: climbing from the meta
   line, the first following siblings that hold paragraph text (or, for a
   theme that dates an article at its foot, the preceding ones).

The platform the portals run (Liferay 6.2's asset publisher, as Hanoi's
portals configure it) names these regions in its template: the title block,
the date line under it, the content root with its ``sapo`` lead and the CMS
account line. Those class names (``SiteProfile``) are read first, as
platform structure; pages without them are read by the steps above.

A page where neither finds a meta line, a title and content is not an
article: ``NotAnArticle`` with the reason. The body, caption and field
readers consume ``Regions``; nothing here knows of them.
"""

from __future__ import annotations

import dataclasses
import enum
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree

from scraper.pages.dates import FoundDate, find_date
from scraper.pages.errors import NotAnArticle
from scraper.pages.html import (
    BLOCK_TAGS,
    HEADING_TAGS,
    block_ancestor,
    is_descendant,
    text_of,
    text_upto,
)
from scraper.pages.meta import (
    META_MAX_CHARS,
    NUMERIC_DATE_HINT,
    OTHER_DATE_HINT,
    SLASHED_DATE_HINT,
    Label,
    MetaStrength,
    label_at,
    label_before,
)
from scraper.pages.structure import (
    BODY_MIN_WEIGHT,
    RUN_MIN_CHARS,
    first_descendant,
    heading_of,
    is_furniture_line,
    is_link_list,
    is_nav,
    links_in,
    paragraph_weight,
    precedes,
    preceding_blocks,
    tail_weight,
)
from scraper.pages.text import clean_text, is_upper_line
from scraper.pages.urls import article_id_from_url, join_url
from scraper.profile import SiteProfile

#: How far under a heading (in elements) the quick path looks for its meta line.
_UNDER_HEADING_ELEMENTS = 12


#: How many levels above the meta line its article may begin. Farther than
#: this, the "meta line" was a dated item of a sidebar, not the article's.
_REGION_MAX_LEVEL = 4


#: A heading longer than this reads like a lead paragraph, not a title.
_LEAD_MIN_CHARS = 160


#: Shorter than this, a line is a label, not a title.
_TITLE_MIN_CHARS = 8


#: The usual article: title right above a labelled meta line, its content
#: starting at most this many levels above that line. Found, the search stops.
_PLAIN_LEVEL = 2


#: Elements whose class holds the name, maybe inside a longer word: a plain
#: substring test, 5x cheaper than XPath's word test (concat, normalize-space);
#: the word is checked in Python on the few found.
_CLASS_XPATH = etree.XPath("descendant::*[contains(@class, $name)]")


class Texts:
    """``clean_text(text_of(element))``, read once per element for the page:
    the same titles, headings and meta line are read by several steps."""

    def __init__(self) -> None:
        self._known: dict[etree._Element, str] = {}

    def __call__(self, element: etree._Element) -> str:
        text = self._known.get(element)
        if text is None:
            text = self._known[element] = clean_text(text_of(element))
        return text

    def forget(self) -> None:
        """After the tree was edited (the body's HTML is cleaned in place)."""
        self._known.clear()


@dataclass(frozen=True)
class PageAddress:
    """Where the page is: its URL, what its links resolve against, its article id."""

    #: The URL given, or failing an article URL, the page's canonical link.
    page_url: str | None
    #: The page's ``<base href>`` when it has one (as a browser does), else page_url.
    base_url: str
    article_id: int | None

    @classmethod
    def of(cls, root: etree._Element, url: str | None, profile: SiteProfile) -> PageAddress:
        page_url = url
        article_id = article_id_from_url(url, profile) if url else None
        if article_id is None:
            for xpath in (
                "//link[@rel='canonical']/@href",
                "//meta[@property='og:url']/@content",
                "//meta[@name='og:url']/@content",
            ):
                values = [join_url(url or "", v.strip()) for v in root.xpath(xpath)]
                match = [v for v in values if article_id_from_url(v, profile) is not None]
                if match:
                    page_url = match[0]
                    article_id = article_id_from_url(page_url, profile)
                    break
        base_url = page_url or ""
        for href in _base_hrefs(root):
            if href.strip():
                base_url = join_url(page_url or "", href.strip())
                break
        return cls(page_url, base_url, article_id)


def _base_hrefs(root: etree._Element) -> Iterator[str]:
    """The ``href`` of each ``<base>`` in the page's head or body, in document
    order (XPath ``/html/head/base/@href | /html/body/base/@href``, without an
    XPath search's set-up: the head's few dozen children are looked at)."""
    if root.tag != "html":
        return
    for part in root:
        if part.tag in ("head", "body"):
            for element in part.iterchildren("base"):
                href = element.get("href")
                if href is not None:
                    yield href


@dataclass(frozen=True, slots=True)
class MetaLine:
    """The element holding the article's date, and what labels it."""

    element: etree._Element
    label: Label
    #: The date read in the line's cleaned text when it was found, with that
    #: text: the publish date need not read it again.
    read: tuple[str, FoundDate] | None = None

    @property
    def strength(self) -> MetaStrength:
        return self.label.strength

    @property
    def lang(self) -> str | None:
        return self.label.lang


@dataclass(frozen=True)
class Content:
    """The blocks that hold the article's body."""

    blocks: tuple[etree._Element, ...]
    #: The element the blocks follow (its tail is body text too); None when
    #: they stand before the meta line or are a template's content root.
    start: etree._Element | None
    #: Where the body's styles (alignment) are read up to: the parent of the
    #: element the blocks follow, or of the meta line.
    container: etree._Element | None
    #: How many levels above the meta line they begin.
    level: int
    #: Before the meta line: a theme that dates the article at its foot.
    backward: bool = False


@dataclass(frozen=True)
class Regions:
    """The article's regions on its page, found once."""

    title: etree._Element
    meta: MetaLine
    content: Content
    #: Blocks that open the body before its content: the lead (sapo).
    lead: tuple[etree._Element, ...] = ()
    #: The title was found walking back from the meta line: it comes first.
    title_above: bool = True
    #: The template's CMS account line under the article (posted_by, no text).
    account: etree._Element | None = None
    #: Found by the platform template's class names: the content root may be
    #: empty (an item published with its title only) and it is still the article.
    from_template: bool = False


class Rejection(enum.Enum):
    """Why a date on the page is not the article's meta line."""

    UNLABELLED_IN_TEXT = "no labelled publish date"
    NO_TEXT = "no article text after the publish date"
    NO_TITLE = "no article title above the publish date"
    LISTING = "listing"


@dataclass
class _Candidate:
    """A meta line under evaluation, with what was found around it so far."""

    meta: MetaLine
    content: Content
    title: etree._Element | None = None
    lead: list[etree._Element] = field(default_factory=list)
    #: Text blocks between the title and the meta line (0: right above it).
    title_distance: int = 0
    title_above: bool = False
    #: The title is the element right before the meta line, beside it.
    title_beside: bool = False

    def regions(self) -> Regions:
        assert self.title is not None
        return Regions(self.title, self.meta, self.content, tuple(self.lead), self.title_above)

    @property
    def plain(self) -> bool:
        """Title right above a labelled meta line, the body right below."""
        return (
            self.meta.strength == MetaStrength.PUBLISH_DATE
            and self.content.level <= _PLAIN_LEVEL
            and self.title_distance == 0
        )

    def score(self) -> float:
        """How much it looks like the article: a labelled meta line, its title
        right above, its body right below and long. A dated sidebar item has a
        far-away "title" (the site's logo) and little text after it."""
        weight = sum(paragraph_weight(e, cap=1500) for e in self.content.blocks[:6])
        return (
            10 * self.meta.strength
            - 2 * self.content.level
            - 3 * self.title_distance
            + min(weight, 1500) / 100
        )


#: The labels read around one element, by element: climbs share them.
_Labels = dict[etree._Element, Label | None]


def find_regions(
    root: etree._Element,
    address: PageAddress,
    profile: SiteProfile,
    texts: Texts,
    template_hint: bool = True,
) -> Regions:
    """The article's regions on the page, or ``NotAnArticle`` with the reason.

    ``template_hint``: the raw page names the template's title class. Then the
    template is read first; on other pages no search for it is made (a
    substring test of the raw bytes costs a third of a pass over the tree).
    """
    finder = _Finder(root, address, profile, texts)
    if template_hint:
        regions = finder.template_regions()
        if regions is not None:
            return regions
    quick = finder.under_a_heading()
    if quick is not None:
        return quick.regions()
    return finder.heuristic_regions()


def find_regions_in_part(
    root: etree._Element,
    address: PageAddress,
    profile: SiteProfile,
    texts: Texts,
    template_hint: bool,
    cut: frozenset[etree._Element],
) -> Regions | None:
    """``find_regions`` on the tree of a page's first part (``load_html_part``,
    ``cut`` the elements it leaves open), when the part holds whole all that
    the regions are read from, and all the fields read around them. None
    when the answer may depend on what the part leaves out: the caller
    reads the whole page.
    """
    finder = _Finder(root, address, profile, texts, cut)
    try:
        if template_hint:
            regions = finder.template_regions()
            # the title, the date line and the content are the children of one box
            if regions is None or not _whole_box(regions.content.container, cut):
                return None
            return regions
        quick = finder.under_a_heading()
    except NotAnArticle:
        return None  # the whole page says why
    if quick is None or not finder.read_whole(quick):
        return None
    return quick.regions()


#: A box that the body reader does not climb out of (``_next_block`` climbs
#: out of paragraphs and inline elements).
_BOXES = frozenset(BLOCK_TAGS) - {"p", "center"}


def _whole_box(container: etree._Element | None, cut: frozenset[etree._Element]) -> bool:
    return container is not None and container not in cut and container.tag in _BOXES


class _Finder:
    def __init__(
        self,
        root: etree._Element,
        address: PageAddress,
        profile: SiteProfile,
        texts: Texts,
        cut: frozenset[etree._Element] = frozenset(),
    ) -> None:
        self.root = root
        self.address = address
        self.profile = profile
        self.text = texts
        #: The elements a page read in part leaves open (empty: the whole page).
        self.cut = cut
        #: What under_a_heading read that the part may hold in part: the
        #: elements it climbed through and labelled, and whether it passed over
        #: a meta line before the one it chose or looked under a heading into an
        #: element cut off before its look ended.
        self._labelled: set[etree._Element] = set()
        self._partly_read = False

    # --- the platform's template ------------------------------------------------

    def template_regions(self) -> Regions | None:
        """The template read by its class names: the title block, the date line
        right under it, the content root with its lead paragraph and the CMS
        account line. None: not this template."""
        profile = self.profile
        title = _first_div_with_class(self.root, profile.title_class)
        if title is None:
            return None
        meta: MetaLine | None = None
        content: etree._Element | None = None
        for sibling in itertools.islice(title.itersiblings(), 4):
            if not isinstance(sibling.tag, str):
                continue
            if meta is None:
                text = self.text(sibling)
                found = find_date(text) if len(text) <= META_MAX_CHARS else None
                if found is not None:
                    label = label_at(sibling) or Label("", MetaStrength.BARE_DATE, None)
                    meta = MetaLine(sibling, label, (text, found))
                    continue
            content = _first_with_class(sibling, profile.content_class)
            if content is not None:
                break
        if content is None:
            return None
        if meta is None:
            raise NotAnArticle("the article's date line is empty (a draft?): no publish date")
        lead, account = _first_with_classes(content, profile.lead_class, profile.account_class)
        # the lead's box holds the article's thumbnail beside it: not a photo of the body
        lead_box = next(
            (c for c in content if lead is not None and (c is lead or is_descendant(lead, c))),
            None,
        )
        blocks = tuple(c for c in content if c is not lead_box and isinstance(c.tag, str))
        return Regions(
            title=title,
            meta=meta,
            content=Content(blocks, start=None, container=meta.element.getparent(), level=0),
            lead=(lead,) if lead is not None and self.text(lead) else (),
            account=account,
            from_template=True,
        )

    # --- any other page ------------------------------------------------------------

    def heuristic_regions(self) -> Regions:
        """The full search, once ``under_a_heading`` found nothing."""
        # The portal writes 07/01/2022: look for slashed dates first, and for
        # every other form only when that finds no labelled meta line.
        metas = self._meta_lines(SLASHED_DATE_HINT, quick="/")
        if not metas or metas[0].strength < MetaStrength.PUBLISH_DATE:
            metas = self._meta_lines(NUMERIC_DATE_HINT)
            metas += self._meta_lines(OTHER_DATE_HINT)
            metas.sort(key=lambda m: -m.strength)
        if not metas:
            raise NotAnArticle("no publish date on the page: not an article page")
        if metas[0].strength > MetaStrength.BARE_DATE:
            # A page that labels its dates: an unlabelled date (today's date in
            # the header, a dated list item) is not the article's meta line.
            metas = [m for m in metas if m.strength > MetaStrength.BARE_DATE]
        rejections: list[Rejection] = []
        best: _Candidate | None = None
        best_score = 0.0
        for meta in metas:
            candidate = self._evaluate(meta)
            if isinstance(candidate, Rejection):
                rejections.append(candidate)
                continue
            score = candidate.score()
            if best is None or score > best_score:
                best, best_score = candidate, score
            if candidate.plain:
                break  # title, labelled meta line, body, in that order: the article
        if best is None:
            listing_items = rejections.count(Rejection.LISTING)
            if listing_items >= 2:
                raise NotAnArticle(
                    f"looks like a listing page ({listing_items} linked titles with dates), "
                    "not an article"
                )
            problems = sorted({r.value for r in rejections})
            raise NotAnArticle(f"no article on the page: {'; '.join(problems)}")
        return best.regions()

    def under_a_heading(self) -> _Candidate | None:
        """The common case, cheaply: a labelled date right under a heading that
        is its title, the body after it. None sends the caller to the full scan."""
        found: dict[etree._Element, MetaLine] = {}
        labels: _Labels = {}
        # a section heading and the title often look at the same meta line: the
        # same date in the same element climbs to the same place, once is enough
        seen: set[tuple[etree._Element, str]] = set()
        for heading in self.root.iter(*HEADING_TAGS):
            owner = heading.getparent()
            following = list(itertools.islice(heading.itersiblings(), 2))
            if not following and owner is not None:
                if self.cut and owner in self.cut:
                    self._partly_read = True  # the whole page may give it siblings
                following = list(itertools.islice(owner.itersiblings(), 2))
                owner = owner.getparent()
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
                            self._add_meta_line(found, labels, element, match.group())
                    if self.cut and element in self.cut and element is not sibling:
                        self._open_tail(element)
                    tail = element.tail
                    if tail and "/" in tail and element is not sibling:
                        match = SLASHED_DATE_HINT.search(tail)
                        parent = element.getparent()
                        if match and (parent, match.group()) not in seen:
                            seen.add((parent, match.group()))
                            self._add_meta_line(found, labels, parent, match.group())
            if (
                self.cut
                and budget >= 0
                and (
                    any(sibling in self.cut for sibling in following)
                    or (len(following) < 2 and owner in self.cut)
                )
            ):
                # looked through what the part holds of an element it leaves open:
                # the whole page would go on looking, past the part
                self._partly_read = True
        self._labelled = {*labels, *found}
        for meta in sorted(found.values(), key=lambda m: -m.strength):
            if meta.strength < MetaStrength.PUBLISH_DATE:
                break
            candidate = self._evaluate(meta)
            if isinstance(candidate, _Candidate) and candidate.plain:
                return candidate
            self._partly_read = True  # this rejection may read past the part
        return None

    def _open_tail(self, element: etree._Element) -> None:
        """``element`` is cut off, so its tail is not in the part. In the whole
        page a date there would be looked up from its parent, which holds the
        article: too long a text for a label (``label_at``), so a bare date,
        weaker than any meta line chosen here. Unless the parent's text is
        short even so: then the part cannot tell."""
        parent = element.getparent()
        limit = META_MAX_CHARS * 4  # label_at's
        if parent is None or len(text_upto(parent, limit)) <= limit:
            self._partly_read = True

    def read_whole(self, candidate: _Candidate) -> bool:
        """Whether, on a page read in part, ``under_a_heading`` found
        ``candidate`` from whole elements only, and the fields read around it
        are whole: the meta line's box and its neighbours (the view count), the
        content's box (the body). Meta lines in the rest of the page come after
        the ones in the part and are no stronger than the candidate's, which
        is the first of its strength: they change nothing."""
        meta_box = candidate.meta.element.getparent()
        return (
            not self._partly_read
            and self._labelled.isdisjoint(self.cut)
            and not candidate.content.backward  # its blocks stand outside its container
            and _whole_box(candidate.content.container, self.cut)
            and meta_box is not None
            and meta_box.getparent() not in self.cut
        )

    def _meta_lines(self, hint: re.Pattern[str], quick: str | None = None) -> list[MetaLine]:
        """Elements holding a date, climbed to the element that holds its label.

        ``quick`` is a character every date of ``hint`` contains: a C-speed
        ``in`` test spares the regex on the page's hundreds of other texts.
        """
        found: dict[etree._Element, MetaLine] = {}
        labels: _Labels = {}
        for element in self.root.iter():
            text = element.text
            if text and (quick is None or quick in text):
                match = hint.search(text)
                if match:
                    self._add_meta_line(found, labels, element, match.group())
            tail = element.tail
            if tail and (quick is None or quick in tail):
                match = hint.search(tail)
                if match:
                    parent = element.getparent()
                    if parent is not None:
                        self._add_meta_line(found, labels, parent, match.group())
        return sorted(found.values(), key=lambda m: -m.strength)

    def _add_meta_line(
        self,
        found: dict[etree._Element, MetaLine],
        labels: _Labels,
        element: etree._Element,
        date: str,
    ) -> None:
        if element.tag in ("title", "head", "html"):
            return
        meta = self._climb_to_label(element, labels, date.lower())
        known = found.get(meta.element)
        if known is None or known.strength < meta.strength:
            found[meta.element] = meta

    def _climb_to_label(self, element: etree._Element, labels: _Labels, date: str) -> MetaLine:
        """From the element holding a date, climb to the one that holds its label.

        The label must stand right before this date: a wrapper that holds a
        title with a date in it ("... đợt 3/2/2023") and, further on, the
        meta line's label is not this date's meta line.
        """
        current = element
        fallback = MetaLine(block_ancestor(element), Label("", MetaStrength.BARE_DATE, None))
        for _ in range(5):
            if current in labels:
                label = labels[current]
            else:
                label = labels[current] = label_at(current)
            if label is None:
                break  # too much text: we left the meta line
            if label.strength == MetaStrength.PUBLISH_DATE:
                if label_before(label.text, date):
                    return MetaLine(current, label)
                break
            if label.strength > fallback.strength:
                fallback = MetaLine(current, label)
            elif not fallback.label.text:
                fallback = MetaLine(fallback.element, fallback.label._replace(text=label.text))
            parent = current.getparent()
            if parent is None or parent.tag in ("body", "html"):
                break
            current = parent
        return fallback

    def _evaluate(self, meta: MetaLine) -> _Candidate | Rejection:
        if meta.strength == MetaStrength.BARE_DATE and (
            len(meta.label.text) > 40 or len(self.text(meta.element)) > 40
        ):
            return Rejection.UNLABELLED_IN_TEXT  # a date inside longer text: a dated list item
        content = self._find_content(meta)
        if content is None:
            return Rejection.NO_TEXT
        candidate = _Candidate(meta, content)
        title = self._find_title(candidate)
        if title is None or (
            # a bare date under a text block: only a title block right beside it
            meta.strength == MetaStrength.BARE_DATE
            and heading_of(title) is None
            and not candidate.title_beside
        ):
            return Rejection.NO_TITLE
        if self._links_elsewhere(title):
            return Rejection.LISTING
        candidate.title = title
        return candidate

    def _find_content(self, meta: MetaLine) -> Content | None:
        """Where the body is: climbing from the meta line, the first following
        siblings that hold paragraph text; failing that, at the same level, the
        preceding ones (a theme that dates the article at its foot)."""
        node = meta.element
        for level in range(_REGION_MAX_LEVEL + 1):
            parent = node.getparent()
            if parent is None:
                return None
            weight = tail_weight(node)
            siblings = []
            for sibling in node.itersiblings():
                siblings.append(sibling)
                if weight < BODY_MIN_WEIGHT:
                    weight += paragraph_weight(sibling)
            if weight >= BODY_MIN_WEIGHT:
                return Content(tuple(siblings), start=node, container=parent, level=level)
            before = list(node.itersiblings(preceding=True))
            if sum(paragraph_weight(b) for b in before[:8]) >= BODY_MIN_WEIGHT * 3:
                return Content(
                    tuple(before[::-1]),
                    start=None,
                    container=meta.element.getparent(),
                    level=level,
                    backward=True,
                )
            if parent.tag in ("body", "html"):
                return None
            node = parent
        return None

    def _find_title(self, candidate: _Candidate) -> etree._Element | None:
        """The title: the most prominent heading right above the meta line.

        Blocks of text between that heading and the meta line are the lead
        (sapo): they open the body. Failing a heading above, a heading right
        under the meta line (themes that put the date first), failing that
        the nearest plain text block above.
        """
        if candidate.content.backward:
            return self._title_in_backward_content(candidate)
        beside = self._title_block_beside(candidate.meta.element)
        fallback: etree._Element | None = None
        headings: list[tuple[int, etree._Element]] = []  # (distance, heading)
        between: list[etree._Element] = []
        for distance, block in enumerate(preceding_blocks(candidate.meta.element, limit=5)):
            links = links_in(block)
            if links and (is_link_list(block, self.profile, links=links) or is_nav(block, links)):
                break
            text = self.text(block)
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
                if fallback is None and _TITLE_MIN_CHARS <= len(text) <= 400:
                    fallback = block
        if beside is not None and not (
            headings and _beside(headings[0][1], candidate.meta.element)
        ):
            # A title block right before the meta line, and no heading of its
            # own box: a heading farther up heads the box around (a portlet's
            # "Tin tức nổi bật"), not the article.
            candidate.title_beside = candidate.title_above = True
            return beside
        if headings:
            # The nearest heading, unless it reads like a paragraph (a lead set
            # as a heading) and a title-like heading stands above it.
            distance, title = headings[0]
            for farther_distance, farther in headings[1:]:
                if len(self.text(title)) <= _LEAD_MIN_CHARS:
                    break
                distance, title = farther_distance, farther
            candidate.title_distance = distance
            lead = [
                h
                for d, h in sorted(headings, reverse=True)
                if h is not title and precedes(title, h)
            ]
            lead += reversed(between)
            candidate.lead = [b for b in lead if len(self.text(b)) >= RUN_MIN_CHARS]
            candidate.title_above = True
            return title
        candidate.title_distance = 1  # below the meta line, or a plain text block
        for element in candidate.content.blocks[:3]:
            heading = element if element.tag in HEADING_TAGS else None
            if heading is None and element.tag != "p":
                for tag in ("h1", "h2", "h3"):
                    heading = first_descendant(element, tag)
                    if heading is not None:
                        break
            if (
                heading is not None
                and self.text(heading)
                and (element is heading or not paragraph_weight(element))
            ):
                return heading
        candidate.title_above = fallback is not None
        return fallback

    def _title_block_beside(self, meta_el: etree._Element) -> etree._Element | None:
        """The element right before the meta line when it reads as a title: a
        line of text, no heading, no link, no section name or furniture."""
        previous = meta_el.getprevious()
        while previous is not None and not isinstance(previous.tag, str):
            previous = previous.getprevious()
        if (
            previous is None
            or previous.tag in HEADING_TAGS
            or previous.tag in ("p", "a", "ul", "ol")
        ):
            return None
        if heading_of(previous) is not None or links_in(previous) or len(previous) > 3:
            return None
        text = self.text(previous)
        if not (_TITLE_MIN_CHARS <= len(text) <= _LEAD_MIN_CHARS) or is_furniture_line(text):
            return None
        if is_upper_line(text) and len(text) <= 60:
            return None  # a section name
        return previous

    def _title_in_backward_content(self, candidate: _Candidate) -> etree._Element | None:
        """Meta line under the body: the title is the heading that opens the content."""
        blocks = candidate.content.blocks
        for index, element in enumerate(blocks):
            heading = element if element.tag in HEADING_TAGS else None
            if heading is None and not paragraph_weight(element):
                heading = next((h for h in element.iter(*HEADING_TAGS)), None)
            if heading is not None and self.text(heading):
                candidate.content = dataclasses.replace(
                    candidate.content, blocks=blocks[index + 1 :]
                )
                return heading
            if paragraph_weight(element):
                break
        if not blocks:
            return None
        for block in preceding_blocks(blocks[0], limit=3):
            text = self.text(block)
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
        page_url = self.address.page_url or ""
        for link in links:
            href = (link.get("href") or "").strip()
            if not href or href.startswith(("#", "javascript:")):
                continue
            linked_id = article_id_from_url(join_url(page_url, href), self.profile)
            if linked_id is None or linked_id != self.address.article_id:
                return True
        return False


def _beside(heading: etree._Element, meta_el: etree._Element) -> bool:
    """The heading is in the meta line's own box: its sibling, or inside one."""
    parent = meta_el.getparent()
    node: etree._Element | None = heading
    for _ in range(3):
        if node is None:
            return False
        if node.getparent() is parent:
            return True
        node = node.getparent()
    return False


def _first_with_class(root: etree._Element, name: str) -> etree._Element | None:
    """The first element under ``root`` (or itself) whose class has the word ``name``."""
    for element in (root, *root):  # itself or a child, most often: no search
        classes = element.get("class") if isinstance(element.tag, str) else None
        if classes and name in classes.split():
            return element
    return next(
        (e for e in _CLASS_XPATH(root, name=name) if name in e.get("class", "").split()), None
    )


def _first_with_classes(root: etree._Element, *names: str) -> tuple[etree._Element | None, ...]:
    """``_first_with_class(root, name)`` for each of ``names``, in one pass over
    the subtree: the content root holds a few dozen elements, and a loop over
    them in Python costs less than the set-up of one XPath search."""
    found: dict[str, etree._Element] = {}
    for element in (root, *root):  # itself or a child first, as _first_with_class
        classes = element.get("class") if isinstance(element.tag, str) else None
        if classes:
            words = classes.split()
            for name in names:
                if name not in found and name in words:
                    found[name] = element
    missing = [name for name in names if name not in found]
    if missing:
        for element in root.iterdescendants(etree.Element):  # elements only: no tag to test
            classes = element.get("class")
            if not classes:
                continue
            for name in missing:
                if name not in found and name in classes and name in classes.split():
                    found[name] = element
            if len(found) == len(names):
                break
    return tuple(found.get(name) for name in names)


def _first_div_with_class(root: etree._Element, name: str) -> etree._Element | None:
    """The first <div> whose class has the word ``name``: the template's title
    block. A page has a few dozen divs; looping over them in Python costs a
    third of an XPath search of the whole tree."""
    for div in root.iter("div"):
        classes = div.get("class")
        if classes and name in classes and name in classes.split():
            return div
    return None
