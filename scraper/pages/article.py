"""ArticlePage: one article page, (HTML, URL) in, ``Article`` out.

Data flows one way. The page's regions (title, meta line, content, lead,
foot) are found once (``regions.py``), the body is read from them
(``body.py``), and each field of the Article has one method here that reads
the regions or the body; ``to_article()`` assembles them. ``meta.py`` knows
labels, dates and counts, ``structure.py`` what all of them need of the
page's structure.

A caption belongs to a photo: its ``<figcaption>``, the other row of a
one-column table, the text beside the photo in its own paragraph, or the
next block(s) when set apart (centred, italic, shaded). The signature is the
body's last line when it is short and in capitals, right-aligned, or a name
in bold or italics; ``author`` is that signature as printed, else the
template's CMS account line, which is ``posted_by`` in any case.

Cost (bench/parse.py, CPU time): 1.7-1.9 times building the whole page's
lxml tree on the replica's pages, 1.8-2.0 times on the real pages (their
print views are small pages around whole articles: 3.2 times there). The
tree is built only up to the article's end (``part.py``); the body's text is
walked in Python (the largest part); date candidates are looked for under
headings (none on the platform's template), the rest confined to the
article's neighbourhood.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar
from urllib.parse import urlsplit

from lxml import etree

from archive.model import Article, Caption
from scraper.pages.body import Body
from scraper.pages.dates import FoundDate, find_date, iso, parse_date_fallback
from scraper.pages.errors import NotAnArticle
from scraper.pages.html import load_html, load_html_part
from scraper.pages.meta import (
    DIGIT,
    META_MAX_CHARS,
    parse_view_count,
    places_around,
    short_spaced_text,
    time_beside,
)
from scraper.pages.part import article_part_end, head_span, rest_has_base, rest_may_say
from scraper.pages.regions import (
    PageAddress,
    Regions,
    Texts,
    find_regions,
    find_regions_in_part,
)
from scraper.pages.structure import (
    CutOff,
    breadcrumb_section,
    breadcrumb_trail_end,
    heading_of,
    is_breadcrumb,
    is_furniture_line,
    precedes,
    preceding_blocks,
)
from scraper.pages.text import clean_text, fold_label, is_upper_line
from scraper.pages.urls import article_id_from_url, canonical_url, join_url, same_host, url_locale
from scraper.profile import (
    DATE_LABEL_EN_RE,
    DATE_LABEL_VI_RE,
    DEFAULT_PROFILE,
    HOME_WORDS,
    UPDATE_LABEL_RE,
    SiteProfile,
)

_T = TypeVar("_T")


class _once(Generic[_T]):  # noqa: N801 (a decorator, named as functools.cached_property)
    """``functools.cached_property`` without its lock: Python 3.11 takes an
    RLock on every first read, and a page is read by one thread."""

    def __init__(self, func: Callable[[Any], _T]) -> None:
        self.func = func
        self.name = func.__name__

    def __get__(self, page: object, owner: type | None = None) -> _T:
        value = page.__dict__[self.name] = self.func(page)  # read from __dict__ next time
        return value


#: The CMS account line is an account's display name.
_ACCOUNT_MAX_CHARS = 80


def _holds(html: bytes | str, word: str, start: int = 0) -> bool:
    """Whether ``html`` holds ``word`` from ``start`` on."""
    if isinstance(html, bytes):
        return html.find(word.encode(), start) >= 0
    return html.find(word, start) >= 0


class ArticlePage:
    """An article page of the portal. Pure: no network, no Scrapy.

    Each public method reads one field (raising ``NotAnArticle`` when the
    page is no article); ``body_html()`` edits the private tree, so it is
    read last, as ``to_article()`` does. ``root`` may be the tree of the
    page up to its article's end only (``part.py``).
    """

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
        self._page = (html, encoding)
        #: On a page read in part (``part.py``), the elements the part leaves open.
        self._cut: frozenset[etree._Element] = frozenset()
        self._part_end = len(html)
        #: Whether the page names the template's title class (else the
        #: template is not looked for); set as the page is read.
        self._template_hint = False
        try:
            part = self._load_part(html, encoding)
            if part is not None:
                self.root, self._cut = part
            else:
                self._template_hint = _holds(html, profile.title_class)
                self.root = load_html(html, encoding)
        except (ValueError, etree.ParserError) as exc:
            raise NotAnArticle(f"not an HTML page ({exc})") from None
        self.address = PageAddress.of(self.root, url, profile)
        self._texts = Texts()

    def _load_part(
        self, html: bytes | str, encoding: str | None
    ) -> tuple[etree._Element, frozenset[etree._Element]] | None:
        """The tree of the page up to its article's end, when the rest cannot
        change the page's address: its URL names the article (no canonical
        link is looked for) and no <base> follows."""
        if not isinstance(html, bytes) or not self.url:
            return None
        if article_id_from_url(self.url, self.profile) is None:
            return None
        head = head_span(html)
        body_start = head[1] if head else 0
        end = article_part_end(html, self.profile.content_class, body_start)
        if end is None or rest_has_base(html, end):
            return None
        part = load_html_part(html, end, encoding, leave_out=head)
        if part is not None:
            self._part_end = end
            # (not in the head left out: it holds no element)
            self._template_hint = _holds(html, self.profile.title_class, body_start)
        return part

    def _read_whole_page(self) -> None:
        """The part could not tell: the whole page, as if it had been read first."""
        html, encoding = self._page
        self.root = load_html(html, encoding)
        self._cut = frozenset()
        self._texts = Texts()

    @_once
    def regions(self) -> Regions:
        if self._cut:
            regions = find_regions_in_part(
                self.root, self.address, self.profile, self._texts, self._template_hint, self._cut
            )
            if regions is not None:
                return regions
            self._read_whole_page()
        return find_regions(self.root, self.address, self.profile, self._texts, self._template_hint)

    @_once
    def body(self) -> Body:
        return Body(self.regions, self.address, self.profile, self._texts)

    @_once
    def _meta_text(self) -> tuple[int, str]:
        """The meta line's raw text length and its cleaned, spaced text: read
        once for the date and the view count."""
        element = self.regions.meta.element
        if len(element) == 0:  # its own text only (the template's date line): read already
            return len(element.text or ""), self._texts(element)
        pieces = list(element.itertext())
        return sum(map(len, pieces)), clean_text(" ".join(pieces))

    # --- the Article ---------------------------------------------------------

    def to_article(self) -> Article:
        title = self.title()
        published_at = self.published_at()
        article_id = self.article_id()
        section = self.section()
        body = self.body_text()
        return Article(
            article_id=article_id,
            url=self.canonical_url(),
            lang=self.lang(),
            section=section,
            title=title,
            published_at=published_at,
            view_count=self.view_count(),
            body=body,
            captions=self.captions(),
            lead=self.lead(),
            author=self.author(),
            posted_by=self.posted_by(),
            body_html=self.body_html(),  # last: it edits the tree
        )

    # --- one method per field ------------------------------------------------

    def article_id(self) -> int:
        if self.address.article_id is None:
            raise NotAnArticle(
                "cannot tell the article id: no /-/view_content/<id> URL given or in the page"
            )
        return self.address.article_id

    def canonical_url(self) -> str:
        return canonical_url(self.address.page_url or "", profile=self.profile)

    def lang(self) -> str:
        """The UI locale: its labels' language, else the URL's, else the page's."""
        html_lang = (self.root.get("lang") or "").lower()[:2]
        return (
            self.regions.meta.lang
            or url_locale(self.address.page_url or "", self.profile)
            or (html_lang if html_lang in ("vi", "en") else None)
            or "vi"
        )

    def title(self) -> str:
        title = self._texts(self.regions.title)
        if not title:
            raise NotAnArticle("the article title is empty")
        return title

    def published_at(self) -> str:
        text = self._meta_text[1]
        folded = text.lower()
        label = (
            DATE_LABEL_VI_RE.search(folded)
            or DATE_LABEL_EN_RE.search(folded)
            or UPDATE_LABEL_RE.search(folded)
        )
        start = label.end() if label else 0
        read = self.regions.meta.read
        if read is not None and read[1].begin >= start and read[0] == text:
            # the regions read this very text, and its first date follows the label
            found: FoundDate | None = read[1]
        else:
            found = find_date(text, start) or find_date(text)
        if found is not None:
            value = found.value
            if not found.has_time:
                value = time_beside(self.regions.meta.element, value)
            return iso(value)
        fallback = parse_date_fallback(text[start:])
        if fallback is None:
            raise NotAnArticle(f"cannot read the publish date in {text[:80]!r}")
        return iso(fallback)

    def view_count(self) -> int | None:
        """The count in the meta line, else in the elements right around it,
        else in a line right after the body."""
        if self.regions.from_template:  # it prints the count in its date line, or nowhere
            return parse_view_count(self._meta_text[1].lower())
        element = self.regions.meta.element
        members = self.body.members
        for place in places_around(element):
            if place in members or not isinstance(place.tag, str):
                continue
            if place is element:  # read for the date already
                size, text = self._meta_text
                if size > META_MAX_CHARS * 2 or not DIGIT.search(text):
                    continue
                count = parse_view_count(text.lower())  # == fold_label(spaced_text)
            else:
                around = short_spaced_text(place, META_MAX_CHARS * 2)
                if around is None or not DIGIT.search(around):
                    continue  # longer than a meta line, or no number in it
                count = parse_view_count(fold_label(around))
            if count is not None:
                return count
        for text in self.body.trailing_texts():
            count = parse_view_count(fold_label(text))
            if count is not None:
                return count
        return None

    def section(self) -> str | None:
        """The section name above the title, else the breadcrumb's last item.
        On the platform's template the heading above the title is the
        portlet's (``Tin tức nổi bật``): the breadcrumb comes first there."""
        if self.regions.from_template:
            return self._breadcrumb_end() or self._section_above()
        return self._section_above() or self._breadcrumb_end()

    def body_text(self) -> str:
        """The paragraphs in reading order, one blank line apart."""
        body = self.body
        if not body.paragraphs and not body.captions and not self.regions.from_template:
            raise NotAnArticle("the page has a title and a date but no article text")
        return "\n\n".join(body.paragraphs)

    def captions(self) -> tuple[Caption, ...]:
        return tuple(self.body.captions)

    def lead(self) -> str | None:
        """The template's sapo, the lead between title and date, or a bold first paragraph."""
        return self.body.lead_text

    def author(self) -> str | None:
        """The signature the article ends with, as printed; else the CMS account line."""
        return self.body.signature or self.posted_by()

    def posted_by(self) -> str | None:
        account = self.regions.account
        if account is None:
            return None
        text = self._texts(account)
        # a line of a name or two; longer, the element left open swallowed the
        # page's foot (unclosed <p>): no account line can be read from it
        return text if 0 < len(text) <= _ACCOUNT_MAX_CHARS else None

    def body_html(self) -> str:
        """The body's HTML. Edits the page's tree: read it last."""
        html = self.body.html()
        self._texts.forget()
        return html

    # --- helpers of the fields ---------------------------------------------------

    def _breadcrumb_end(self) -> str | None:
        """The breadcrumb's last item; on a page read in part, from the whole
        page when the part cannot tell (it cuts off a link or trail looked at,
        or holds none and the rest may hold a home link)."""
        if not self._cut:
            return breadcrumb_trail_end(self.root)
        html, encoding = self._page
        assert isinstance(html, bytes)  # a page is read in part from bytes only
        try:
            found = breadcrumb_trail_end(self.root, self._cut)
        except CutOff:
            pass
        else:
            if found is not None or not rest_may_say(html, self._part_end, HOME_WORDS):
                return found
        return breadcrumb_trail_end(load_html(html, encoding))

    def _section_above(self) -> str | None:
        """A short heading or a line in capitals above the title, or the last
        item of a breadcrumb there; links such as "« Quay lại" or "Phiên bản
        in" in between are stepped over; menus are not sections."""
        regions = self.regions
        title_el, meta_el = regions.title, regions.meta.element
        first = title_el if regions.title_above or not precedes(meta_el, title_el) else meta_el
        for block in preceding_blocks(first, limit=4):
            text = self._texts(block)
            if not text or is_furniture_line(text):
                continue
            links = [a for a in block.iter("a") if a.get("href")]
            if len(links) >= 2:
                if is_breadcrumb(block, links):
                    return breadcrumb_section(links, self._texts(title_el))
                return None  # a menu
            if len(text) > 60 or len(text.split()) > 8:
                return None
            if is_upper_line(text) or heading_of(block) is not None:
                if "uppercase" in (block.get("style") or "").lower():
                    text = text.upper()
                return text
            if links and self._texts(links[0]) == text:
                # A lone link: the section when it leads to a page of the site
                # that is not this article ("Công tác Đảng" → /dang-doan-the);
                # else ("Phiên bản in" → this article, printable) look above it.
                page_url = self.address.page_url or ""
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


def parse_article(
    html: bytes | str, url: str | None = None, profile: SiteProfile = DEFAULT_PROFILE
) -> Article:
    """Parse one article page. Raises ``NotAnArticle`` for anything else."""
    return ArticlePage(html, url, profile).to_article()
