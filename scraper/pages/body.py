"""The article body in its regions: paragraphs in reading order, photos and
their captions, the signature line, the body's HTML.

It reads the ``Regions`` the page found and knows nothing of the page
object: data flows one way, regions -> body -> fields.
"""

from __future__ import annotations

import re

from lxml import etree

from archive.model import Caption
from scraper.pages.html import (
    BLOCK_TAGS,
    BOLD,
    EMPHASIS,
    ITALIC,
    SKIP_TAGS,
    alignment,
    block_ancestor,
    has_text,
    is_descendant,
    is_styled,
    style_of,
    text_of,
    text_upto,
)
from scraper.pages.regions import PageAddress, Regions, Texts
from scraper.pages.structure import (
    all_share_labels,
    first_descendant,
    has_descendant,
    heading_of,
    is_link_list,
)
from scraper.pages.text import clean_text, clean_texts, fold_label, is_upper_line
from scraper.pages.urls import article_id_from_url, join_url
from scraper.profile import CREDIT_RE, RELATED_LABEL_RE, SiteProfile

#: How much of a block's start is read for the labels that end the body.
_HEAD_CHARS = 120


#: A caption is one or two sentences, not a paragraph of the article.
_CAPTION_MAX_CHARS = 400


#: Shorter than this, a bold first line is a heading, not a lead paragraph.
_LEAD_MIN_CHARS = 40


#: A caption's second line (``Ảnh: Thanh Bình``, the end of a sentence).
_CAPTION_CONTINUED_MAX_CHARS = 160


_SIGNATURE_MAX_CHARS = 100


_PHOTO_MIN_SIZE = 40  # px: smaller images are icons (share buttons, bullets)


#: Elements a photo may sit in on its way up to its <figure> or one-column <table>.
_PHOTO_WRAPPERS = frozenset(
    [
        "a",
        "span",
        "font",
        "em",
        "i",
        "b",
        "strong",
        "p",
        "div",
        "center",
        "td",
        "th",
        "tr",
        "tbody",
        "thead",
    ]
)


_LAZY_ATTRS = ("data-src", "data-original", "data-lazy-src", "data-lazy", "data-url", "lazy-src")


_URL_ATTRS = ("src", "href", "data-src", "data-original", "poster")


_SHARE_HREF = ("facebook.", "twitter.", "zalo", "share", "mailto:", "print")


#: Text-level elements: their text runs on in the paragraph around them.
_INLINE_TAGS = frozenset(
    [
        "a",
        "abbr",
        "b",
        "big",
        "cite",
        "code",
        "del",
        "dfn",
        "em",
        "font",
        "i",
        "ins",
        "kbd",
        "mark",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strike",
        "strong",
        "sub",
        "sup",
        "tt",
        "u",
        "var",
    ]
)
assert not _INLINE_TAGS & (BLOCK_TAGS | SKIP_TAGS)


#: Elements that hold a whole body (as opposed to one paragraph or list).
_CONTAINERS = frozenset(["div", "section", "article", "main", "td", "center"])


#: Not text, but kept in body_html: embedded video and the like.
_EMBEDS = frozenset(["iframe", "video", "audio", "object", "embed", "svg", "canvas", "map", "area"])


class Body:
    """The article body: its paragraphs (the signature taken off), photos and
    captions, read once when made; its HTML on request, last."""

    def __init__(
        self,
        regions: Regions,
        address: PageAddress,
        profile: SiteProfile,
        texts: Texts | None = None,
    ) -> None:
        """``texts``: the page's, when the regions have read some of its elements."""
        self.profile = profile
        self._texts = texts or Texts()
        self.base_url = address.base_url
        self.own_id = address.article_id
        self.start = regions.content.start
        self.lead = regions.lead
        self.region = regions.content.blocks
        self.container = regions.content.container
        self.title = regions.title
        self.captions: list[Caption] = []
        self.members: set[etree._Element] = set(self.region) | set(self.lead)
        self._photo_units: dict[etree._Element, list[tuple[etree._Element, str | None]]] = {}
        self._image_urls: dict[etree._Element, str | None] = {}
        self._marks: dict[etree._Element, frozenset[str]] = {}
        self._caption_elements: set[etree._Element] = set()
        #: the CMS account line: posted_by, neither text nor a caption
        self._account = regions.account
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
        self._paragraphs: list[tuple[str, etree._Element | None]] = []
        self._find_photos()
        #: What the walk leaves out although it reads like text (photos aside).
        self._special = frozenset([self.title, self._account, *self._caption_elements])
        self._read_paragraphs()
        #: The signature line the article ends with, taken off its paragraphs.
        self.signature = self._take_signature()
        #: The article text in reading order, one string per paragraph.
        self.paragraphs = [text for text, _ in self._paragraphs]
        #: The lead paragraph: the regions' lead, else (on a page whose regions
        #: name none) a first paragraph wholly in bold. It stays in paragraphs.
        self.lead_text = self._lead_text(regions)

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
                linked = article_id_from_url(join_url(self.base_url, href), self.profile)
                if linked is not None and linked != self.own_id:
                    return True  # the thumbnail of another article (a list of news)
            parent = parent.getparent()
        # an image embedded in the page (a data: URI) is a photo all the same: its
        # caption is no body text, though it has no URL to list
        return self._image_url(img) is None and not (img.get("src") or "").startswith("data:image")

    def _photo_unit(self, img: etree._Element) -> tuple[etree._Element, str | None]:
        """The element that holds the photo and its caption, and the caption text."""
        node = img.getparent()
        while node is not None and node is not self.container:
            tag = node.tag
            if tag == "figure":
                caption_el = first_descendant(node, "figcaption")
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
        anchor = block
        if beside:
            if len(beside) <= _CAPTION_MAX_CHARS and not _is_floated(img):
                # the caption shares the photo's paragraph
                return block, self._continued(block, beside)
            if img.getparent() is not block or len(beside) <= _CAPTION_MAX_CHARS:
                return img, None  # a photo inside (or floated beside) a paragraph of text
            anchor = img  # a photo standing in a content root that holds text itself
        following = _first_text_block(_next_block(anchor))
        if (
            following is not None
            and following is not self._account
            and not (anchor is img and (following.tag not in BLOCK_TAGS or _is_floated(img)))
            and not has_descendant(following, "img")
        ):
            text = clean_text(text_of(following))
            if text and len(text) <= _CAPTION_MAX_CHARS and self._caption_like(following):
                self._caption_elements.add(following)
                return (img if anchor is img else block), self._continued(following, text)
        return (img if anchor is img else block), None

    def _caption_like(self, element: etree._Element) -> bool:
        """Set apart as a caption: a figcaption, or centred, italic or shaded text."""
        return bool(self._caption_marks(element))

    def _caption_marks(self, element: etree._Element) -> frozenset[str]:
        """How a block is set apart as a caption (empty: it is not). Read once
        per block: a caption's block is asked again for its continuation."""
        marks = self._marks.get(element)
        if marks is None:
            marks = self._marks[element] = self._read_caption_marks(element)
        return marks

    def _read_caption_marks(self, element: etree._Element) -> frozenset[str]:
        marks = set()
        if element.tag == "figcaption":
            marks.add("figcaption")
        if alignment(element, self.container) in ("center", "centre"):
            marks.add("centred")
        if is_styled(element, ITALIC, share=0.5):  # a caption, its credit in roman
            marks.add("italic")
        if _is_shaded(element):
            marks.add("shaded")
        return frozenset(marks)

    def _continued(self, element: etree._Element, text: str) -> str:
        """A caption split over the next short block(s) set apart the same way,
        joined with one space (``… phát biểu tại`` / ``lễ khai giảng (Ảnh: …)``).
        A line set apart otherwise (an italic signature under a shaded
        caption) is not part of it."""
        marks = self._caption_marks(element)
        if not marks:
            return text  # a caption beside its photo, set apart by that alone
        for _ in range(2):
            following = _next_block(element)
            if (
                following is None
                or following in self._caption_elements
                or following is self._account
                or has_descendant(following, "img")
            ):
                break
            more = clean_text(text_of(following))
            if not more or len(more) > _CAPTION_CONTINUED_MAX_CHARS:
                break  # (before its styles are read: the next paragraph of the article, mostly)
            if len(text) + len(more) >= _CAPTION_MAX_CHARS:
                break
            if self._caption_marks(following) != marks:
                break
            self._caption_elements.add(following)
            text = f"{text} {more}"
            element = following
        return text

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
        return join_url(self.base_url, src)

    # --- paragraphs -----------------------------------------------------------

    def _read_paragraphs(self) -> None:
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
        self._paragraphs = [(t, b) for t, b in zip(texts, self._blocks, strict=True) if t]

    def _walk(self, element: etree._Element) -> None:
        tag = element.tag
        if not isinstance(tag, str) or tag in SKIP_TAGS or element is self.title:
            if tag not in _EMBEDS:
                self._dropped.append(element)  # out of body_html too
            return
        if element in self._caption_elements or element is self._account:
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
        leaf = len(element) == 0
        if block:
            if leaf and (not text or text.isspace()):
                self._flush()  # an empty paragraph (a spacer): no label, no link, no text
                return
            # A paragraph of plain text past a caption's length holds no label
            # and (no children) no link: nothing ends the body there.
            if not (leaf and _long_start(text or "", _HEAD_CHARS) is not None):
                head, short = _head(self._block_text(element, text), _HEAD_CHARS, self._cleaned)
                if self._is_end(element, head, short):
                    self._stop = element
                    return
                if short and self._is_furniture(element, head):
                    self._dropped.append(element)
                    return
            if self._current:
                self._flush()
            if leaf:  # a paragraph of plain text, the common case
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
            if child.tag in _INLINE_TAGS and len(child) == 0 and child not in self._special:
                # a word in bold, a link: its text runs on (what _walk does with it)
                piece = child.text
                if piece:
                    self._add_text(piece, child)
            else:
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
        single element is read through that element, whose text the walk may
        need next: the body is serialised once, not once per level of wrapping."""
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
        if (
            head
            and RELATED_LABEL_RE.match(head)
            and (short or is_link_list(element, self.profile, minimum=1))
        ):
            return True
        if self._seen_text and has_descendant(element, "a") and is_link_list(element, self.profile):
            if self._blocks and heading_of(self._blocks[-1]) is not None:
                self._raw.pop()  # the list's own heading ("TIN NỔI BẬT")
                self._blocks.pop()
            return True
        return False

    def _is_furniture(self, element: etree._Element, head: str) -> bool:
        """Share buttons; before the body's text, a list of links (a sidebar)."""
        if not head:
            return False
        if all_share_labels(head):
            return True
        return bool(
            not self._seen_text
            and has_descendant(element, "a")
            and is_link_list(element, self.profile)
        )

    def _lead_text(self, regions: Regions) -> str | None:
        if regions.lead:
            if regions.lead[0] is regions.title:
                return None
            return self._texts(regions.lead[0]) or None
        if regions.from_template or not self._paragraphs:
            return None  # the template names its lead: a bold paragraph is no lead there
        text, block = self._paragraphs[0]
        if block is None or len(text) < _LEAD_MIN_CHARS or len(self._paragraphs) < 2:
            return None
        return text if is_styled(_own_element(block, text), BOLD) else None

    def _take_signature(self) -> str | None:
        """The body's last line when it signs the article: short, set apart (in
        capitals, right-aligned, or a name in bold or italics), and no sentence,
        list item or dateline (``Hà Nội, ngày 12 tháng 11 năm 1982``)."""
        if not self._paragraphs:
            return None
        text, block = self._paragraphs[-1]
        if len(text) > _SIGNATURE_MAX_CHARS or len(text.split()) > 14 or text.startswith("- "):
            return None
        if _reads_as_sentence(text):
            return None
        credit = CREDIT_RE.match(text.lower())
        if not credit and _DATELINE.search(text):
            return None  # "Hà Nội, ngày 12 tháng 11 năm 1982", "Thông báo số 191 ngày 21/6/2019"
        if not (is_upper_line(text) or (credit and credit.group(1) == "nguồn")):
            # else: set apart (the climb for styles only then)
            if block is None:
                return None
            if alignment(block, self.container) != "right" and not _is_name_line(
                text, _own_element(block, text)
            ):
                return None
        self._paragraphs.pop()
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

        Called last: it edits the (parsed, private) tree in place; texts read
        from the tree before are stale after.
        """
        stop = self._stop
        for element in self._dropped:
            _remove_keep_tail(element)
        parts: list[str] = []
        for element in self.lead:
            _clean_attributes(element, self.base_url)
            parts.append(
                etree.tostring(element, encoding="unicode", method="html", with_tail=False)
            )
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
            parts.append(
                etree.tostring(element, encoding="unicode", method="html", with_tail=False)
            )
            if contains_stop:
                break
            if element.tail and element.tail.strip():
                parts.append(_escape(element.tail))
        return "".join(parts).strip()


def _head(raw: str, limit: int, cleaned: dict[str, str]) -> tuple[str, bool]:
    """The start of a block's visible text ``raw``, lower-cased, and whether that is all of it.

    A long block (a paragraph) only needs its first words checked against the
    related-news labels, so it is not cleaned; a short one is cleaned whole,
    into ``cleaned`` (its paragraph text, later).
    """
    start = _long_start(raw, limit)
    if start is not None:
        return fold_label(start), False
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


def _long_start(raw: str, limit: int) -> str | None:
    """The first ``limit`` + 1 visible characters of ``raw`` (not cleaned) when
    it holds more than ``limit`` of them, read from its start alone; else None.
    Only the start of a paragraph is matched against labels, and all of them
    stand in its first few words."""
    if len(raw) <= limit * 4:
        return None
    start = raw[: limit * 8].lstrip()  # not the whole article copied to skip its indent
    start = (start if len(start) > limit else raw.lstrip())[: limit + 1]
    if len(start) > limit and start[-1] != " " and "  " not in start and start.isprintable():
        return start  # the common case: single spaces only (what the next test finds, cheaper)
    if len(" ".join(start.split())) > limit:
        return start
    start = clean_text(raw[: limit * 4])  # the source's line breaks and indents among them
    return start[: limit + 1] if len(start) > limit else None


#: A line of a few words in bold or italics ending the article (``Bích Thảo``,
#: ``Phạm Linh.``) is its signature; a sentence or a list's lead-in is not.
_NAME_LINE_MAX_CHARS = 60
_NAME_LINE_MAX_WORDS = 8


def _is_name_line(text: str, block: etree._Element) -> bool:
    if len(text) > _NAME_LINE_MAX_CHARS or len(text.split()) > _NAME_LINE_MAX_WORDS:
        return False
    return is_styled(block, EMPHASIS)


#: A date as a document's dateline or a reference gives it.
_DATELINE = re.compile(r"ngày\s*\d{1,2}\s*tháng|\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{2,4}", re.IGNORECASE)


def _own_element(block: etree._Element, text: str) -> etree._Element:
    """The element of ``block`` that holds ``text`` alone (an inline signature
    at the end of a content root: ``<strong>Thanh Nga</strong>``), else ``block``."""
    if clean_text(text_of(block)) == text:
        return block
    found = block
    for element in block.iter():
        if isinstance(element.tag, str) and clean_text(text_of(element)) == text:
            found = element
    return found


def _reads_as_sentence(text: str) -> bool:
    """Ends as a sentence, a question, a lead-in or a document does (``./.``);
    a name may end with a full stop (``Phạm Linh.``), a credit with a URL."""
    if text.endswith((":", "!", "?", "./.", "/.")):
        return True
    return text.endswith(".") and len(text.split()) > 3


#: Editors' and frameworks' float classes: pull-left (Bootstrap), alignright
#: (WordPress), float-left.
_FLOAT_CLASS = re.compile(r"(?:^|\s)(?:pull|float|align)-?(?:left|right)(?:\s|$)", re.IGNORECASE)


def _is_floated(img: etree._Element) -> bool:
    """A photo floated beside the text (``align=left``, ``float: right``, ``pull-left``)."""
    return (
        (img.get("align") or "").lower() in ("left", "right")
        or "float:" in style_of(img)
        or bool(_FLOAT_CLASS.search(img.get("class") or ""))
    )


def _is_shaded(element: etree._Element) -> bool:
    """A block on a background of its own (a caption box)."""
    return "background" in style_of(element)


def _first_text_block(block: etree._Element | None) -> etree._Element | None:
    """``block``, or when it is a wrapper holding more than a caption's worth of
    text, the first block inside it with visible content."""
    while (
        block is not None
        and len(block)
        and len(text_upto(block, _CAPTION_MAX_CHARS)) > _CAPTION_MAX_CHARS
    ):
        inner = next(
            (
                child
                for child in block
                if isinstance(child.tag, str)
                and child.tag in BLOCK_TAGS
                and (has_text(child) or has_descendant(child, "img"))
            ),
            None,
        )
        if inner is None:
            return block
        block = inner
    return block


def _is_one_column(table: etree._Element) -> bool:
    for row in table.iter("tr"):
        cells = [
            c for c in row if c.tag in ("td", "th") and (has_text(c) or has_descendant(c, "img"))
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
            if has_text(sibling) or has_descendant(sibling, "img"):
                return sibling
        # an image alone in an inline wrapper: look after the wrapper
        parent = node.getparent()
        if parent is None or (parent.tag in BLOCK_TAGS and parent.tag not in ("p", "center")):
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


#: == value.strip().lower().startswith("javascript:"), in one C call (no character
#: but the ASCII letters lower-cases into those letters; \s is str.strip()'s set).
_JAVASCRIPT_URL = re.compile(r"\s*[jJ][aA][vV][aA][sS][cC][rR][iI][pP][tT]:")


def _clean_attributes(root: etree._Element, base_url: str) -> None:
    """Event attributes and javascript: URLs out, URLs absolute."""
    for node in root.iter():
        for name, value in node.items():  # a snapshot: one C call, no _Attrib proxy
            if name.startswith("on") or (":" in value and _JAVASCRIPT_URL.match(value)):
                del node.attrib[name]
            elif name in _URL_ATTRS and value and not value.startswith(("data:", "#", "mailto:")):
                node.set(name, join_url(base_url, value.strip()))
