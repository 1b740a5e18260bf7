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
   related-news list or a list of links to other articles begins;
4. a **caption** belongs to a photo: its ``<figcaption>``, the other row of a
   one-column table, the text beside the photo in its own centred paragraph,
   or the next paragraph when that one is centred or italic;
5. the **signature** is the body's last line when it is short and in
   capitals or right-aligned.

A page where this finds no meta line, no title, or no body is not an article
and raises ``NotAnArticle`` with the reason.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from urllib.parse import urljoin

from lxml import etree

from archive.model import Article, Caption
from scraper.pages.dates import find_date, iso, parse_date_fallback
from scraper.pages.errors import NotAnArticle
from scraper.pages.html import (
    BLOCK_TAGS,
    DIGIT_TEXTS,
    HEADING_TAGS,
    SKIP_TAGS,
    alignment,
    block_ancestor,
    is_descendant,
    is_italic,
    load_html,
    preceding_texts,
    spaced_text,
    tag_of,
    text_content,
)
from scraper.pages.text import clean_text, fold_label, is_upper_line
from scraper.pages.urls import article_id_from_url, canonical_url, url_locale
from scraper.profile import (
    DATE_LABEL_EN_RE,
    DATE_LABEL_VI_RE,
    DEFAULT_PROFILE,
    RELATED_LABEL_RE,
    SHARE_LABEL_RE,
    SHARE_WORDS_RE,
    VIEW_LABEL_RE,
    SiteProfile,
)

# A date as the meta line writes it: numeric day-first, worded Vietnamese or
# English month names (the last two go to the slow fallback if needed).
_DATE_HINT = re.compile(
    r"\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{2,4}|\d{4}-\d{2}-\d{2}|tháng\s*\d|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}",
    re.IGNORECASE,
)
_NUMBER = r"(\d{1,3}(?:[.,\s\u00a0\u202f]\d{3})+|\d+)(?![\d.,]*\d)"
_VIEW_AFTER_LABEL = re.compile(r"(?:" + VIEW_LABEL_RE.pattern + r")\s*[:：\-]?\s*" + _NUMBER)
_VIEW_BEFORE_LABEL = re.compile(r"(?<![\d.,])" + _NUMBER + r"\s*(?:lượt\s*xem|lượt\s*đọc|views?\b)")

#: A meta line is short; climbing past this many characters means we left it.
_META_MAX_CHARS = 320
#: How many levels above the meta line its article may begin. Farther than
#: this, the "meta line" was a dated item of a sidebar, not the article's.
_REGION_MAX_LEVEL = 4
#: Minimum paragraph text (in runs of 40+ characters outside links) for a body.
_BODY_MIN_WEIGHT = 60
#: A caption is one or two sentences, not a paragraph of the article.
_CAPTION_MAX_CHARS = 400
_SIGNATURE_MAX_CHARS = 100
_PHOTO_MIN_SIZE = 40  # px: smaller images are icons (share buttons, bullets)
#: Elements a photo may sit in on its way up to its <figure> or one-column <table>.
_PHOTO_WRAPPERS = frozenset("a span font em i b strong p div center td th tr tbody thead".split())
_LAZY_ATTRS = ("data-src", "data-original", "data-lazy-src", "data-lazy", "data-url", "lazy-src")

_WEIGHT_TEXTS = etree.XPath(
    ".//text()[string-length(normalize-space()) >= 40]"
    "[not(ancestor::a or parent::script or parent::style)]"
)
_LINKS = etree.XPath(".//a[@href]")


@dataclass
class _Meta:
    element: etree._Element
    text: str  # cleaned, lower-cased text of the meta line
    strength: int  # 3 = publish-date label, 2 = view-count label, 0 = a bare date
    lang: str | None


@dataclass
class _Candidate:
    meta: _Meta
    title: etree._Element | None = None
    region: list[etree._Element] = field(default_factory=list)
    region_start: etree._Element | None = None
    level: int = 99
    problem: str | None = None


class ArticlePage:
    """An article page of the portal. Pure: no network, no Scrapy."""

    def __init__(
        self, html: bytes | str, url: str | None = None, profile: SiteProfile = DEFAULT_PROFILE
    ) -> None:
        self.url = url
        self.profile = profile
        try:
            self.root = load_html(html)
        except (ValueError, etree.ParserError) as exc:
            raise NotAnArticle(f"not an HTML page ({exc})") from None
        self._excluded: set[etree._Element] = set()

    # --- the Article ---------------------------------------------------------

    def to_article(self) -> Article:
        candidate = self._best_candidate()
        meta, title_el = candidate.meta, candidate.title
        assert title_el is not None
        title = self._title_text(title_el)
        published_at = self._published_at(meta)
        page_url = self._page_url()
        article_id = article_id_from_url(page_url, self.profile) if page_url else None
        if article_id is None:
            raise NotAnArticle(
                "cannot tell the article id: no /-/view_content/<id> URL given or in the page"
            )
        self._excluded.add(title_el)
        body = _Body(self, candidate)
        paragraphs = body.paragraphs()
        author = body.take_signature(paragraphs)
        if not paragraphs and not body.captions:
            raise NotAnArticle("the page has a title and a date but no article text")
        view_count = self._view_count(meta, body)
        return Article(
            article_id=article_id,
            url=canonical_url(page_url, profile=self.profile),
            lang=meta.lang or url_locale(page_url, self.profile) or self._html_lang() or "vi",
            section=self._section(title_el, meta.element),
            title=title,
            published_at=published_at,
            view_count=view_count,
            body="\n\n".join(paragraphs),
            body_html=body.html(page_url),
            captions=tuple(body.captions),
            author=author,
        )

    # --- the meta line ---------------------------------------------------------

    def _meta_candidates(self) -> list[_Meta]:
        found: dict[etree._Element, _Meta] = {}
        for node in DIGIT_TEXTS(self.root):
            if not _DATE_HINT.search(node):
                continue
            owner = node.getparent()
            if owner is None:
                continue
            element = owner.getparent() if node.is_tail else owner
            if element is None or _inside_skipped(element):
                continue
            meta = self._climb_to_label(element)
            if meta.element not in found or found[meta.element].strength < meta.strength:
                found[meta.element] = meta
        return sorted(found.values(), key=lambda m: -m.strength)

    def _climb_to_label(self, element: etree._Element) -> _Meta:
        """From the element holding a date, climb to the one that holds its label."""
        current = element
        fallback = _Meta(block_ancestor(element), "", 0, None)
        for _ in range(5):
            text = fold_label(spaced_text(current))
            if len(text) > _META_MAX_CHARS:
                break
            vi = DATE_LABEL_VI_RE.search(text)
            en = DATE_LABEL_EN_RE.search(text)
            if vi or en:
                lang = "vi" if vi and (not en or vi.start() <= en.start()) else "en"
                return _Meta(current, text, 3, lang)
            if fallback.strength < 2 and VIEW_LABEL_RE.search(text):
                fallback = _Meta(current, text, 2, _view_label_lang(text))
            elif not fallback.text:
                fallback.text = text
            parent = current.getparent()
            if parent is None or tag_of(parent) in ("body", "html"):
                break
            current = parent
        return fallback

    def _best_candidate(self) -> _Candidate:
        metas = self._meta_candidates()
        if not metas:
            raise NotAnArticle("no publish date on the page: not an article page")
        rejected: list[_Candidate] = []
        best: _Candidate | None = None
        if metas[0].strength > 0:
            # A page that labels its dates: an unlabelled date (today's date in
            # the header, a dated list item) is not the article's meta line.
            metas = [m for m in metas if m.strength > 0]
        for meta in metas:
            candidate = self._evaluate(meta)
            if candidate.problem:
                rejected.append(candidate)
                continue
            if best is None or (candidate.meta.strength, -candidate.level) > (
                best.meta.strength,
                -best.level,
            ):
                best = candidate
            if best.meta.strength == 3 and best.level <= 2:
                break  # a labelled meta line right above the body: no need to look further
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

    def _evaluate(self, meta: _Meta) -> _Candidate:
        candidate = _Candidate(meta)
        if meta.strength == 0 and len(meta.text) > 40:
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
        """The first following siblings, climbing from the meta line, that hold text."""
        node = candidate.meta.element
        for level in range(_REGION_MAX_LEVEL + 1):
            parent = node.getparent()
            if parent is None:
                return
            siblings = [s for s in node.itersiblings() if isinstance(s.tag, str)]
            weight = _weight_of_tail(node)
            for sibling in siblings:
                weight += self._weight(sibling)
                if weight >= _BODY_MIN_WEIGHT:
                    break
            if weight >= _BODY_MIN_WEIGHT:
                candidate.region_start = node
                candidate.region = siblings
                candidate.level = level
                return
            if tag_of(parent) in ("body", "html"):
                return
            node = parent

    @staticmethod
    def _weight(element: etree._Element) -> int:
        if tag_of(element) in SKIP_TAGS or tag_of(element) in ("footer", "header"):
            return 0
        weight = sum(len(t) for t in _WEIGHT_TEXTS(element))
        if weight < _BODY_MIN_WEIGHT and (tag_of(element) == "img" or element.find(".//img") is not None):
            weight += _BODY_MIN_WEIGHT // 2
        return weight

    # --- title and section ----------------------------------------------------

    def _find_title(self, candidate: _Candidate) -> etree._Element | None:
        meta_el = candidate.meta.element
        fallback: etree._Element | None = None
        for block in _preceding_blocks(meta_el, limit=5):
            if _is_link_list(block) or _is_nav(block):
                break
            text = clean_text(text_content(block))
            if not text or _is_furniture_line(text):
                continue
            if _heading_of(block) is not None:
                heading = _heading_of(block)
                if is_upper_line(text) and len(text) <= 60 and fallback is None:
                    # a section name in capitals above a title written after the date
                    break
                return heading
            if is_upper_line(text) and len(text) <= 60:
                continue  # a section name: the title is elsewhere
            if fallback is None and 8 <= len(text) <= 400:
                fallback = block
        # a theme that writes the date above the title: a heading right after it
        for element in candidate.region[:3]:
            heading = element if tag_of(element) in HEADING_TAGS else element.find(".//h1")
            if heading is None and tag_of(element) not in ("p",):
                for tag in ("h1", "h2", "h3"):
                    heading = element.find(f".//{tag}")
                    if heading is not None:
                        break
            if heading is not None and clean_text(text_content(heading)):
                if not self._weight(element) or element is heading:
                    return heading
        return fallback

    def _title_text(self, element: etree._Element) -> str:
        text = clean_text(text_content(element))
        if not text:
            raise NotAnArticle("the article title is empty")
        return text

    def _links_elsewhere(self, title: etree._Element) -> bool:
        """True when the title links to another article (a listing item, not a page's own title)."""
        links = _LINKS(title)
        node = title
        while node is not None and not links:
            if tag_of(node) == "a" and node.get("href"):
                links = [node]
            node = node.getparent()
        if not links:
            return False
        own_id = article_id_from_url(self._page_url() or "", self.profile)
        for link in links:
            href = link.get("href", "")
            linked_id = article_id_from_url(urljoin(self.url or "", href), self.profile)
            if linked_id is not None and linked_id != own_id:
                return True
        return False

    def _section(self, title_el: etree._Element, meta_el: etree._Element) -> str | None:
        first = meta_el if _precedes(meta_el, title_el) else title_el
        for block in _preceding_blocks(first, limit=3):
            text = clean_text(text_content(block))
            if not text or _is_furniture_line(text):
                continue
            links = _LINKS(block)
            if len(links) >= 2:
                return _breadcrumb_section(links, clean_text(text_content(title_el)))
            if len(text) > 60 or len(text.split()) > 8:
                return None
            if is_upper_line(text) or _heading_of(block) is not None:
                if "uppercase" in (block.get("style") or "").lower():
                    text = text.upper()
                return text
            return None
        return None

    # --- date, views, URL, locale --------------------------------------------

    def _published_at(self, meta: _Meta) -> str:
        text = clean_text(spaced_text(meta.element))
        label = DATE_LABEL_VI_RE.search(text.lower()) or DATE_LABEL_EN_RE.search(text.lower())
        start = label.end() if label else 0
        found = find_date(text, start) or find_date(text)
        if found is not None:
            return iso(found[0])
        fallback = parse_date_fallback(text[start:])
        if fallback is None:
            raise NotAnArticle(f"cannot read the publish date in {text[:80]!r}")
        return iso(fallback)

    def _view_count(self, meta: _Meta, body: _Body) -> int | None:
        places: list[etree._Element] = [meta.element]
        parent = meta.element.getparent()
        places.extend(s for s in meta.element.itersiblings() if isinstance(s.tag, str))
        places.extend(
            s for s in meta.element.itersiblings(preceding=True) if isinstance(s.tag, str)
        )
        if parent is not None:
            places.extend(s for s in parent.itersiblings() if isinstance(s.tag, str))
        for place in places[:12]:
            if place in body.members:
                continue
            text = fold_label(spaced_text(place))
            if len(text) > _META_MAX_CHARS * 2:
                continue
            count = parse_view_count(text)
            if count is not None:
                return count
        for text in body.trailing_texts:
            count = parse_view_count(fold_label(text))
            if count is not None:
                return count
        return None

    def _page_url(self) -> str | None:
        if self.url and article_id_from_url(self.url, self.profile) is not None:
            return self.url
        for xpath in (
            "//link[@rel='canonical']/@href",
            "//meta[@property='og:url']/@content",
            "//meta[@name='og:url']/@content",
        ):
            for value in self.root.xpath(xpath):
                absolute = urljoin(self.url or "", value.strip())
                if article_id_from_url(absolute, self.profile) is not None:
                    return absolute
        return self.url

    def _html_lang(self) -> str | None:
        lang = (self.root.get("lang") or "").lower()[:2]
        return lang if lang in ("vi", "en") else None


class _Body:
    """The article body below the meta line: paragraphs, photos, signature, HTML."""

    def __init__(self, page: ArticlePage, candidate: _Candidate) -> None:
        self.page = page
        self.base_url = page._page_url() or ""
        self.start = candidate.region_start
        self.region = candidate.region
        self.container = candidate.region_start.getparent() if candidate.region_start is not None else None
        self.excluded = page._excluded
        self.captions: list[Caption] = []
        self.members: set[etree._Element] = set(self.region)
        self.trailing_texts: list[str] = []
        self._photo_units: dict[etree._Element, list[tuple[etree._Element, str | None]]] = {}
        self._caption_elements: set[etree._Element] = set()
        self._stop: etree._Element | None = None
        self._skipped: list[etree._Element] = []
        self._seen_text = False
        self._paragraphs: list[tuple[str, etree._Element | None]] = []
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
            value = (img.get(attr) or "").strip().rstrip("px")
            if value.isdigit() and int(value) < _PHOTO_MIN_SIZE:
                return True
        parent = img.getparent()
        while parent is not None and parent is not self.container:
            if tag_of(parent) == "a":
                href = (parent.get("href") or "").lower()
                if any(s in href for s in ("facebook.", "twitter.", "zalo", "share", "mailto:", "print")):
                    return True
            parent = parent.getparent()
        return self._image_url(img) is None

    def _photo_unit(self, img: etree._Element) -> tuple[etree._Element, str | None]:
        """The element that holds the photo and its caption, and the caption text."""
        node = img.getparent()
        while node is not None and node is not self.container:
            tag = tag_of(node)
            if tag == "figure":
                caption_el = node.find(".//figcaption")
                if caption_el is not None:
                    self._caption_elements.add(caption_el)
                    return node, clean_text(text_content(caption_el)) or None
                return node, self._text_beside(node, img)
            if tag == "table":
                text = clean_text(text_content(node))
                if len(text) <= _CAPTION_MAX_CHARS and _is_one_column(node):
                    return node, text or None
                break
            if tag not in _PHOTO_WRAPPERS:
                break
            node = node.getparent()
        block = block_ancestor(img)
        if block is self.container or block is None:
            return img, None
        beside = clean_text(text_content(block))
        if beside:
            if len(beside) <= _CAPTION_MAX_CHARS and len(block.findall(".//img")) >= 1:
                return block, beside
            return img, None  # a photo inside a paragraph of text
        following = _next_block(block)
        if following is not None and following.find(".//img") is None:
            text = clean_text(text_content(following))
            if (
                text
                and len(text) <= _CAPTION_MAX_CHARS
                and (
                    tag_of(following) == "figcaption"
                    or alignment(following, self.container) in ("center", "centre")
                    or is_italic(following)
                )
            ):
                self._caption_elements.add(following)
                return block, text
        return block, None

    @staticmethod
    def _text_beside(unit: etree._Element, img: etree._Element) -> str | None:
        return clean_text(text_content(unit)) or None

    def _image_url(self, img: etree._Element) -> str | None:
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
        return urljoin(self.base_url, src)

    # --- paragraphs -----------------------------------------------------------

    def paragraphs(self) -> list[str]:
        self._current: list[str] = []
        self._current_block: etree._Element | None = None
        if self.start is not None and self.start.tail:
            self._add_text(self.start.tail, self.container)
        for element in self.region:
            if self._stop is not None:
                break
            self._walk(element)
            if self._stop is None and element.tail:
                self._add_text(element.tail, self.container)
        self._flush()
        return [text for text, _ in self._paragraphs]

    def _walk(self, element: etree._Element) -> None:
        tag = tag_of(element)
        if not tag or tag in SKIP_TAGS or element in self.excluded:
            self._skipped.append(element)
            return
        if element in self._caption_elements:
            return
        if tag in ("footer", "header") and self._seen_text:
            self._stop = element
            return
        if element in self._photo_units:
            self._flush()
            for img, caption in self._photo_units[element]:
                url = self._image_url(img)
                if url is not None:
                    self.captions.append(Caption(image_url=url, text=caption))
            if tag == "img":
                return
            if any(caption is not None for _, caption in self._photo_units[element]):
                return  # the unit's text is its caption
        block = tag in BLOCK_TAGS
        if block:
            if self._is_end(element):
                self._stop = element
                return
            if self._is_furniture(element):
                self._skipped.append(element)
                return
            self._flush()
            self._current_block = element
        elif tag == "br":
            self._flush()
        if element.text:
            self._add_text(element.text, element)
        for child in element:
            if self._stop is not None:
                return
            self._walk(child)
            if self._stop is not None:
                return
            if child.tail:
                self._add_text(child.tail, element)
        if block:
            self._flush()

    def _add_text(self, text: str, owner: etree._Element | None) -> None:
        self._current.append(text)
        if self._current_block is None:
            self._current_block = owner

    def _flush(self) -> None:
        if self._current:
            text = clean_text("".join(self._current))
            if text:
                self._paragraphs.append((text, self._current_block))
                self._seen_text = True
        self._current = []
        self._current_block = None

    def _is_end(self, element: etree._Element) -> bool:
        """Related news, or a list of links to other articles, ends the body."""
        text = text_content(element)
        if len(text) > 4000:
            return False  # a big wrapper, not a related-news block; look inside
        head = fold_label(text[:200])
        if RELATED_LABEL_RE.match(head) and len(clean_text(text)) <= 80:
            return True
        if _is_link_list(element, self.page.profile):
            if self._seen_text:
                if self._paragraphs and _heading_of(self._paragraphs[-1][1]) is not None:
                    self._paragraphs.pop()  # the list's own heading ("TIN NỔI BẬT")
                return True
        if RELATED_LABEL_RE.match(head) and _is_link_list(element, self.page.profile, minimum=1):
            return True
        return False

    def _is_furniture(self, element: etree._Element) -> bool:
        text = clean_text(text_content(element))
        if not text:
            return False
        if len(text) <= 120 and _all_share_labels(element, text):
            return True
        if not self._seen_text and _is_link_list(element, self.page.profile):
            return True
        return False

    def take_signature(self, paragraphs: list[str]) -> str | None:
        if not self._paragraphs:
            return None
        text, block = self._paragraphs[-1]
        if len(text) > _SIGNATURE_MAX_CHARS or len(text.split()) > 14 or text.startswith("- "):
            return None
        right = block is not None and alignment(block, self.container) == "right"
        if not (is_upper_line(text) or right):
            return None
        self._paragraphs.pop()
        paragraphs.pop()
        return text

    # --- HTML -----------------------------------------------------------------

    def html(self, page_url: str) -> str:
        """The body's HTML: scripts, styles, furniture and event attributes removed."""
        parts: list[str] = []
        if self.start is not None and self.start.tail and self.start.tail.strip():
            parts.append(_escape(self.start.tail))
        removed = set(self._skipped) | self.excluded
        for element in self.region:
            if element is self._stop:
                break
            if element in removed:
                continue
            contains_stop = self._stop is not None and is_descendant(self._stop, element)
            clone = copy.deepcopy(element)
            _clean_fragment(clone, element, removed, self._stop, self.base_url or page_url)
            parts.append(etree.tostring(clone, encoding="unicode", method="html", with_tail=False))
            if contains_stop:
                break
            if element.tail and element.tail.strip():
                parts.append(_escape(element.tail))
        return "".join(parts).strip()


# --- helpers -------------------------------------------------------------------


def parse_view_count(text: str) -> int | None:
    """``Lượt xem: 1.234`` → 1234; text without a view count → None."""
    match = _VIEW_AFTER_LABEL.search(text) or _VIEW_BEFORE_LABEL.search(text)
    if match is None:
        return None
    digits = re.sub(r"\D", "", match.group(match.lastindex or 1))
    return int(digits) if digits else None


def _view_label_lang(text: str) -> str | None:
    if re.search(r"lượt|số|đã", text):
        return "vi"
    if re.search(r"view|hits|read", text):
        return "en"
    return None


def _weight_of_tail(node: etree._Element) -> int:
    tail = (node.tail or "").strip()
    return len(tail) if len(tail) >= 40 else 0


def _inside_skipped(element: etree._Element) -> bool:
    node = element
    while node is not None:
        if tag_of(node) in ("script", "style", "noscript", "template", "head", "title"):
            return True
        node = node.getparent()
    return False


def _preceding_blocks(element: etree._Element, limit: int) -> list[etree._Element]:
    """The nearest text blocks before ``element`` in reading order, nearest first."""
    blocks: list[etree._Element] = []
    for node in reversed(preceding_texts(element, limit * 3)):
        owner = node.getparent()
        if owner is None:
            continue
        if node.is_tail:
            owner = owner.getparent()
            if owner is None:
                continue
        block = block_ancestor(owner)
        if is_descendant(element, block):
            block = owner  # text in a wrapper that also holds the meta line
        if any(block is b for b in blocks):
            continue
        if blocks and is_descendant(blocks[-1], block):
            continue
        blocks.append(block)
        if len(blocks) >= limit:
            break
    return blocks


def _heading_of(element: etree._Element | None) -> etree._Element | None:
    node = element
    for _ in range(4):
        if node is None:
            return None
        if tag_of(node) in HEADING_TAGS or node.get("role") == "heading":
            return node
        node = node.getparent()
    return None


def _precedes(a: etree._Element, b: etree._Element) -> bool:
    """True when ``a`` comes before ``b`` in document order."""
    for node in a.getroottree().getroot().iter():
        if node is a:
            return True
        if node is b:
            return False
    return False


def _is_link_list(element: etree._Element, profile: SiteProfile = DEFAULT_PROFILE, minimum: int = 2) -> bool:
    """A block that is mostly links to other articles (related news, a sidebar list)."""
    links = _LINKS(element)
    if len(links) < minimum:
        return False
    article_links = [a for a in links if profile.article_path.search(a.get("href", "").split("?")[0])]
    if len(article_links) < minimum:
        return False
    text = clean_text(text_content(element))
    link_text = sum(len(clean_text(text_content(a))) for a in links)
    return link_text >= 0.5 * len(text)


def _is_nav(element: etree._Element) -> bool:
    """A menu or breadcrumb row: three links or more, mostly link text."""
    links = _LINKS(element)
    if len(links) < 3:
        return False
    text = clean_text(text_content(element))
    return sum(len(clean_text(text_content(a))) for a in links) >= 0.5 * len(text)


def _is_furniture_line(text: str) -> bool:
    folded = text.lower()
    if len(folded) <= 3 and not folded.isalnum():
        return True  # separators, icons
    if len(folded) < 60 and find_date(folded) is not None:
        return True  # a date line, not a title
    if SHARE_LABEL_RE.match(folded):
        return True
    return bool(
        len(folded) < 80
        and (DATE_LABEL_VI_RE.match(folded) or DATE_LABEL_EN_RE.match(folded) or VIEW_LABEL_RE.match(folded))
    )


def _all_share_labels(element: etree._Element, text: str) -> bool:
    """A block of share/print/mail buttons: nothing left once their labels are removed."""
    rest = re.sub(r"[\W_]+", " ", SHARE_WORDS_RE.sub(" ", text.lower()))
    return all(len(word) <= 2 for word in rest.split())


def _breadcrumb_section(links: list[etree._Element], title: str) -> str | None:
    names = [clean_text(text_content(a)) for a in links]
    names = [n for n in names if n and n != title]
    return names[-1] if names else None


def _is_one_column(table: etree._Element) -> bool:
    for row in table.iter("tr"):
        cells = [c for c in row if tag_of(c) in ("td", "th") and clean_text(text_content(c)) or (tag_of(c) in ("td", "th") and c.find(".//img") is not None)]
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
            if clean_text(text_content(sibling)) or sibling.find(".//img") is not None:
                return sibling
        # an image alone in an inline wrapper: look after the wrapper
        parent = node.getparent()
        if parent is None or tag_of(parent) in BLOCK_TAGS and tag_of(parent) not in ("p", "span", "a", "center"):
            return None
        node = parent
    return None


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_URL_ATTRS = ("src", "href", "data-src", "data-original", "poster")


def _clean_fragment(
    clone: etree._Element,
    original: etree._Element,
    removed: set[etree._Element],
    stop: etree._Element | None,
    base_url: str,
) -> None:
    """Strip from ``clone`` what is not article content, walking ``original`` in parallel.

    Drops scripts, styles, comments, the furniture found while reading the
    body, and everything from ``stop`` (the related-news block) on; removes
    event attributes and ``javascript:`` URLs; makes URLs absolute.
    """
    after_stop = False
    drop: list[tuple[etree._Element, bool]] = []  # (element, keep its tail)
    for source, target in zip(original.iter(), clone.iter()):
        if source is stop:
            after_stop = True
        if after_stop:
            drop.append((target, False))
            continue
        if (
            not isinstance(source.tag, str)
            or source in removed
            or tag_of(source) in ("script", "style", "noscript", "template")
        ):
            drop.append((target, True))
            continue
        for name in list(target.attrib):
            value = target.get(name, "")
            if name.lower().startswith("on") or value.strip().lower().startswith("javascript:"):
                del target.attrib[name]
            elif name in _URL_ATTRS and value and not value.startswith(("data:", "#", "mailto:")):
                target.set(name, urljoin(base_url, value.strip()))
    for target, keep_tail in drop:
        parent = target.getparent()
        if parent is None:
            continue
        if keep_tail and target.tail:
            previous = target.getprevious()
            if previous is not None:
                previous.tail = (previous.tail or "") + target.tail
            else:
                parent.text = (parent.text or "") + target.tail
        parent.remove(target)


def parse_article(html: bytes | str, url: str | None = None, profile: SiteProfile = DEFAULT_PROFILE) -> Article:
    """Parse one article page. Raises ``NotAnArticle`` for anything else."""
    return ArticlePage(html, url, profile).to_article()
