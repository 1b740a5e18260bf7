"""The page's structure as a reader takes it in: blocks of text, headings,
lists of links, lines of furniture, breadcrumbs.

Shared by the article page and its body; nothing here knows a theme's class
names.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator

from lxml import etree

from scraper.pages.dates import find_date
from scraper.pages.html import (
    BLOCK_TAGS,
    HEADING_TAGS,
    SKIP_TAGS,
    is_descendant,
    tag_of,
    text_of,
)
from scraper.pages.text import clean_text
from scraper.profile import (
    DATE_LABEL_EN_RE,
    DATE_LABEL_VI_RE,
    DEFAULT_PROFILE,
    HOME_LABELS,
    SHARE_LABEL_RE,
    SHARE_WORDS,
    SHARE_WORDS_RE,
    VIEW_LABEL_RE,
    SiteProfile,
)

#: Minimum paragraph text (in runs of 40+ characters outside links) for a body.
BODY_MIN_WEIGHT = 60


RUN_MIN_CHARS = 40


def first_descendant(element: etree._Element, tag: str) -> etree._Element | None:
    """``element.find(".//tag")`` without ElementPath's Python layer (a module of
    Python code run, cold, on every page)."""
    return next(element.iterdescendants(tag), None) if len(element) else None


def has_descendant(element: etree._Element, tag: str) -> bool:
    """``element.find(".//tag") is not None``, without ElementPath's Python layer."""
    return first_descendant(element, tag) is not None


def tail_weight(node: etree._Element) -> int:
    tail = (node.tail or "").strip()
    return len(tail) if len(tail) >= RUN_MIN_CHARS else 0


def paragraph_weight(element: etree._Element, cap: int = BODY_MIN_WEIGHT) -> int:
    """Paragraph text in ``element``: runs of 40+ characters outside links (photos
    count a little), counted up to ``cap``."""
    tag = element.tag
    if not isinstance(tag, str) or tag in SKIP_TAGS or tag in ("footer", "header"):
        return 0
    weight = 0
    photos = False
    for node in element.iter():
        node_tag = node.tag  # each read builds a new string
        if node_tag == "img" and not photos and not is_thumbnail(node, element):
            photos = True
        text = node.text
        if (
            text
            and len(text) >= RUN_MIN_CHARS
            and node_tag != "a"
            and len(text.strip()) >= RUN_MIN_CHARS
            and not in_link(node, element)
        ):
            weight += len(text)
        tail = node.tail
        if tail and node is not element and len(tail.strip()) >= RUN_MIN_CHARS:
            parent = node.getparent()
            if parent is not None and not in_link(parent, element):
                weight += len(tail)
        if weight >= cap:
            return weight
    if photos:
        weight += BODY_MIN_WEIGHT // 2
    return weight


def is_thumbnail(img: etree._Element, limit: etree._Element) -> bool:
    """An image that links to an article: the thumbnail of a news list, not a photo."""
    node = img.getparent()
    while node is not None and node is not limit:
        if node.tag == "a":
            href = (node.get("href") or "").split("?", 1)[0]
            return bool(DEFAULT_PROFILE.article_path.search(href))
        node = node.getparent()
    return False


def in_link(node: etree._Element, limit: etree._Element) -> bool:
    while node is not None:
        if node.tag == "a":
            return True
        if node is limit:
            return False
        node = node.getparent()
    return False


def preceding_blocks(element: etree._Element, limit: int) -> Iterator[etree._Element]:
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


def heading_of(element: etree._Element | None) -> etree._Element | None:
    node = element
    for _ in range(4):
        if node is None or not isinstance(node.tag, str):
            return None
        if node.tag in HEADING_TAGS or node.get("role") == "heading":
            return node
        node = node.getparent()
    return None


def precedes(a: etree._Element, b: etree._Element) -> bool:
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
            return bool(node.index(child_a) < node.index(chain_b[j - 1]))
        child_a = node
    return False


def links_in(element: etree._Element) -> list[etree._Element]:
    """The <a href> in ``element``, itself included."""
    return [a for a in element.iter("a") if a.get("href")]


def is_link_list(
    element: etree._Element,
    profile: SiteProfile = DEFAULT_PROFILE,
    minimum: int = 2,
    links: list[etree._Element] | None = None,
) -> bool:
    """A block that is mostly links to other articles (related news, a sidebar list).
    ``links``: its links_in(), when the caller has them."""
    if links is None:
        links = links_in(element)
    if len(links) < minimum:
        return False
    articles = [a for a in links if profile.article_path.search(a.get("href", "").split("?")[0])]
    if len(articles) < minimum:
        return False
    total = len("".join(text_of(element).split()))
    link_text = sum(len("".join(text_of(a).split())) for a in links)
    return link_text >= 0.5 * total


def is_nav(element: etree._Element, links: list[etree._Element] | None = None) -> bool:
    """A menu or breadcrumb row: three links or more, mostly link text."""
    if links is None:
        links = links_in(element)
    if len(links) < 3:
        return False
    total = len("".join(text_of(element).split()))
    return sum(len("".join(text_of(a).split())) for a in links) >= 0.5 * total


def is_furniture_line(text: str) -> bool:
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
        if found is not None and len(folded) - (found.end - found.begin) < 30:
            return True  # a date line ("08/06/2023 | 08:00 · 0 lượt xem"), not a title
    if SHARE_LABEL_RE.match(_strip_non_word(folded)):  # "« Quay lại"
        return True
    if len(folded) <= 120 and all_share_labels(folded):  # "Bản in | Gửi bài viết | Lưu"
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

#: Runs of three letters or digits or more.
_RUN3 = re.compile(r"[^\W_]{3,}")
#: Every letter the share labels are written with (some regex escapes' too:
#: more letters only make the quick test in all_share_labels decide less).
_SHARE_LETTERS = frozenset(re.findall(r"[^\W_]", SHARE_WORDS))


#: Three letters or digits in a row: a word longer than a stray "a+" or "|".
_WORD3 = re.compile(r"[^\W_]{3}")


def _strip_non_word(text: str) -> str:
    """``text`` without its leading and trailing punctuation, symbols and spaces.

    Two anchored matches (the end one on the reversed string): a regex for
    a run at the end is tried at every position of the text.
    """
    lead = _NON_WORD_RUN.match(text)
    if lead:
        text = text[lead.end() :]
    trail = _NON_WORD_RUN.match(text[::-1])
    if trail:
        text = text[: len(text) - trail.end()]
    return text


@functools.lru_cache(maxsize=16)
def all_share_labels(text: str) -> bool:
    """A block of share/print/mail buttons: nothing left once their labels are removed
    (no word of three letters or more).

    Cached: it is asked about a site's share bar and signature lines on every
    page, and the share-word regex is tried at every position of the line.
    Small on purpose: it keeps the lines a site repeats, not a page seen before
    (on the benchmark's replica, rounds after the first hit it 1% more often).
    """
    folded = text.lower()
    for run in _RUN3.finditer(folded):
        if not _SHARE_LETTERS.issuperset(run.group()):
            # A word with a letter no label has: no label's match can reach
            # into it (a match ends at a word's edge), so it stays whole. The
            # common case (a title, a sentence), without trying every label
            # at every position of the line.
            return False
    return not _WORD3.search(SHARE_WORDS_RE.sub(" ", folded))


_CRUMB_SEPARATORS = re.compile(r"[›»>/|→:\\]|::|-{1,2}")


def is_breadcrumb(block: etree._Element, links: list[etree._Element]) -> bool:
    """Links in a row with separators between them ("Trang chủ › Công tác Đảng"),
    or an ordered list; a menu has neither."""
    if block.tag == "ol" or has_descendant(block, "ol"):
        return True
    between = [(link.tail or "").strip() for link in links[:-1]]
    text_outside = "".join(between)
    if text_outside and _CRUMB_SEPARATORS.search(text_outside):
        return True
    # separators drawn as their own elements: <span class="sep">›</span>
    for node in block.iter():
        if node.tag != "a" and node.text and _CRUMB_SEPARATORS.fullmatch(node.text.strip() or "x"):
            return True
    return False


def breadcrumb_section(links: list[etree._Element], title: str) -> str | None:
    names = [clean_text(text_of(a)) for a in links]
    names = [n for n in names if n and n != title]
    return names[-1] if names else None


#: More items than this after the home link: a menu, not a trail.
_TRAIL_MAX_ITEMS = 5


class CutOff(Exception):  # noqa: N818 - not an error: the caller reads the whole page
    """The answer depends on elements that the page's part leaves open."""


def breadcrumb_trail_end(
    root: etree._Element, cut: frozenset[etree._Element] = frozenset()
) -> str | None:
    """The last item of the page's breadcrumb trail ("Trang chủ › Tin tức sự
    kiện" → "Tin tức sự kiện"), wherever it stands on the page: the block that
    a home link opens, holding a few short items after it, with separators
    between them or the last one (the page you are on) not a link. A menu
    that starts with "Trang chủ" has neither, or many items.

    ``cut``: on the tree of a page's first part, the elements it leaves open;
    ``CutOff`` when a link or a block looked at is one of them. (None then
    means: none in the part.)"""
    for anchor in root.iter("a"):
        if cut and anchor in cut:
            raise CutOff  # its text may go on
        raw = anchor.text if len(anchor) == 0 else text_of(anchor)
        # every home label starts with t or h: most links are passed over uncleaned
        if not raw or len(raw) > 40 or not _HOME_START.match(raw):
            continue
        if clean_text(raw).lower() not in HOME_LABELS:
            continue
        node = anchor
        for _ in range(3):
            node = node.getparent()
            if node is None or node.tag in ("body", "html"):
                break
            if cut and node in cut:
                raise CutOff  # its items may go on
            trail = _trail(node)
            if trail is None:
                break  # a menu, or the page itself
            if len(trail) < 2:
                continue  # the home link's own wrapper: climb
            (last, linked), separated = trail[-1], trail.separated
            if last.lower() in HOME_LABELS or (linked and not separated):
                break
            return clean_text(last)
    return None


#: What every home label starts with (``raw.lstrip()[:1]`` in their initials, in one call).
_HOME_INITIALS = sorted({c for label in HOME_LABELS for c in (label[0], label[0].upper())})
_HOME_START = re.compile("\\s*[" + "".join(_HOME_INITIALS) + "]")


class _Trail(list[tuple[str, bool]]):
    """The items of a breadcrumb: (text, in a link), and whether separators stand between."""

    separated = False


def _trail(node: etree._Element) -> _Trail | None:
    """The items in ``node``; None as soon as they are too many or too long for a trail."""
    trail = _Trail()
    for element in node.iter():
        piece = element.text
        if piece and not piece.isspace() and not _add_to_trail(trail, piece, element, node):
            return None
        if element is not node:
            piece = element.tail  # its parent's text
            if (
                piece
                and not piece.isspace()
                and not _add_to_trail(trail, piece, element.getparent(), node)
            ):
                return None
    return trail


def _add_to_trail(
    trail: _Trail, piece: str, owner: etree._Element | None, node: etree._Element
) -> bool:
    """Add a piece of text to the trail; False when it is no trail's."""
    text = " ".join(piece.split())  # cleaned (NFC) only if it is the one returned
    if len(text) <= 2 and _CRUMB_SEPARATORS.fullmatch(text):
        trail.separated = True
        return True
    if len(trail) > _TRAIL_MAX_ITEMS or len(text) > 80:
        return False
    trail.append((text, owner is not None and in_link(owner, node)))
    return True
