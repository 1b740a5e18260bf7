"""lxml helpers shared by the page objects: loading, blocks, styles, text.

Building the lxml tree of a whole page is what any lxml-based parser pays
(about 0.55 ms for a 55 KB replica page on this machine; BeautifulSoup costs
~19x that). ArticlePage builds it only up to the article's end
(``load_html_part``), and spends about as much again on top, in Python
(docs/benchmarks.md). Scripts, styles and comments are dropped at load time,
so ``itertext()`` is always reader-visible text.
"""

from __future__ import annotations

import codecs
import re

from lxml import etree

BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "center",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
        "caption",
    ]
)
HEADING_TAGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
#: Never part of an article's text.
SKIP_TAGS = frozenset(
    [
        "iframe",
        "object",
        "embed",
        "svg",
        "canvas",
        "form",
        "button",
        "select",
        "input",
        "textarea",
        "label",
        "nav",
        "aside",
        "video",
        "audio",
        "map",
        "area",
        "link",
        "meta",
        "head",
        "title",
    ]
)
#: Dropped from the tree at load time: never visible text.
JUNK_TAGS = ("script", "style", "noscript", "template")

_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*\?>")
_PARSERS: dict[str | None, etree.HTMLParser] = {}


def _parser(encoding: str | None) -> etree.HTMLParser:
    parser = _PARSERS.get(encoding)
    if parser is None:
        # collect_ids=False: libxml2 would enter every id="" in a hash table for
        # lookups by id, which the page objects never make (~4% of the parse
        # on a replica page with ~20 ids); the tree is the same.
        parser = etree.HTMLParser(
            encoding=encoding, remove_comments=True, remove_pis=True, collect_ids=False
        )
        _PARSERS[encoding] = parser
    return parser


def load_html(html: bytes | str, encoding: str | None = None) -> etree._Element:
    """Parse a page into an lxml tree (scripts, styles, comments dropped).

    Bytes are read in ``encoding`` when the caller knows it (an HTTP
    header), else in the charset the page declares anywhere in its first
    4 KB (Liferay 6 declares it after the <title>, too late for libxml2's own
    detection), UTF-8 when it declares none.
    """
    if isinstance(html, bytes):
        html, encoding = _bytes_and_codec(html, encoding)
        if not html or html.isspace():  # == not html.strip(), without copying the page
            raise ValueError("empty page")
        try:
            root = etree.fromstring(html, _parser(encoding))
        except LookupError:  # a codec Python knows and libxml2 does not
            root = etree.fromstring(html.decode(encoding, errors="replace"), _parser(None))
    else:
        html = _XML_DECL_RE.sub("", html, count=1)
        if not html.strip():
            raise ValueError("empty page")
        root = etree.fromstring(html, _parser(None))
    if root is None:
        raise ValueError("empty page")
    etree.strip_elements(root, *JUNK_TAGS, with_tail=False)
    return root


def _bytes_and_codec(html: bytes, encoding: str | None) -> tuple[bytes, str]:
    """The page's bytes without a UTF-8 byte order mark, and the name of their codec."""
    if html.startswith(codecs.BOM_UTF8):
        html = html[len(codecs.BOM_UTF8) :]
        encoding = "utf-8"
    declared = _CHARSET_RE.search(html[:4096]) if encoding is None else None
    name = encoding or (declared.group(1).decode("ascii") if declared else "utf-8")
    try:
        return html, codecs.lookup(name).name
    except LookupError:
        return html, "utf-8"


#: Put after the part of a page that is parsed: the elements around it in the
#: tree are those the part leaves open. (A name no page uses: no element of
#: the page can be taken for it.)
_CUT_TAG = "portal-archive-cut"
_CUT_MARK = f"<{_CUT_TAG}></{_CUT_TAG}>".encode("ascii")

#: What ``bytes.isspace()`` takes for blanks, a run of them.
_BLANKS = re.compile(rb"[ \t\n\r\x0b\x0c]*")


def load_html_part(
    html: bytes,
    end: int,
    encoding: str | None = None,
    leave_out: tuple[int, int] | None = None,
) -> tuple[etree._Element, frozenset[etree._Element]] | None:
    """The tree of the page's first ``end`` bytes, as ``load_html`` makes it,
    and the elements still open there: their ends and everything after them
    are missing. Every other element is whole, as in the whole page's tree
    (the parser reads a page from its start, and an element it has closed
    never changes). ``leave_out``: bytes not parsed at all (a head that
    holds nothing the page objects read). None when that cannot be told (the
    part ends inside a script or a comment, or in a codec libxml2 does not
    know).
    """
    data, encoding = _bytes_and_codec(html, encoding)
    shift = len(html) - len(data)  # the offsets count the byte order mark
    spans: list[tuple[int, int]] = [(0, end - shift)]
    if leave_out is not None and shift <= leave_out[0] <= leave_out[1] <= end:
        spans = [(0, leave_out[0] - shift), (leave_out[1] - shift, end - shift)]
    if all(_BLANKS.match(data, start, stop).end() == stop for start, stop in spans):  # type: ignore[union-attr]
        return None  # nothing but blanks (bytes.isspace()'s), or nothing
    view = memoryview(data)  # the pieces and the mark joined in one copy
    part = b"".join([*(view[start:stop] for start, stop in spans), _CUT_MARK])
    try:
        root = etree.fromstring(part, _parser(encoding))
    except (LookupError, ValueError, etree.LxmlError):
        return None
    if root is None:
        return None
    mark = root
    while len(mark):  # the last element, a few steps down
        mark = mark[-1]
    if mark.tag != _CUT_TAG or mark.tail or mark.getparent() is None:
        return None  # text (in a script, a comment), or moved: not where the part ends
    open_elements = frozenset(mark.iterancestors())
    mark.getparent().remove(mark)
    etree.strip_elements(root, *JUNK_TAGS, with_tail=False)
    return root, open_elements


def text_of(el: etree._Element) -> str:
    """All text below ``el``, raw (not cleaned): ``"".join(el.itertext())``.

    Serialised as text in one C call, 2-4x cheaper than ``itertext()``, which
    hands every piece to Python (same string: comments and PIs are skipped
    by both, and are gone at load anyway).
    """
    if len(el) == 0 and isinstance(el.tag, str):
        return el.text or ""  # no children: its text is all of it (most paragraphs)
    text: str = etree.tostring(el, method="text", encoding="unicode", with_tail=False)
    return text


def has_text(el: etree._Element) -> bool:
    """``text_of(el).strip() != ""``, reading its text only up to the first
    visible character (a sibling may be the rest of the article)."""
    if len(el) == 0:
        text = el.text
        return bool(text) and not text.isspace()
    return any(piece and not piece.isspace() for piece in el.itertext())


def spaced_text(el: etree._Element) -> str:
    """Text below ``el`` with a space between elements.

    ``<span>Ngày đăng:</span><span>07/01</span>`` reads "Ngày đăng: 07/01",
    as a reader sees the separate pieces of a meta line.
    """
    return " ".join(el.itertext())


def text_upto(el: etree._Element, limit: int) -> str:
    """The first ``limit``+ characters of ``el``'s text, without reading the rest."""
    parts: list[str] = []
    size = 0
    for piece in el.itertext():
        parts.append(piece)
        size += len(piece)
        if size > limit:
            break
    return "".join(parts)


def tag_of(node: etree._Element) -> str:
    tag = node.tag
    return tag if isinstance(tag, str) else ""


def block_ancestor(node: etree._Element) -> etree._Element:
    """The element itself if it is a block, else its nearest block ancestor."""
    current = node
    while current is not None and tag_of(current) not in BLOCK_TAGS:
        current = current.getparent()
    return current if current is not None else node


def style_of(el: etree._Element) -> str:
    return (el.get("style") or "").replace(" ", "").lower()


_ALIGN_CLASS = re.compile(r"(?:^|[\s_-])(?:text-|align-?)?(center|centre|right)(?:$|\s)")


def alignment(el: etree._Element, limit: etree._Element | None = None) -> str | None:
    """The text alignment a reader sees on ``el``: its own or inherited from an ancestor.

    Looks at inline styles, the ``align`` attribute, ``<center>`` and the
    editors' alignment classes (``text-center``, ``aligncenter``), never at
    a theme's own class names. Stops before ``limit``.
    """
    current: etree._Element | None = el
    while current is not None and current is not limit:
        if isinstance(current.tag, str):
            style = style_of(current)
            if "text-align:" in style:
                value = style.split("text-align:", 1)[1].split(";", 1)[0]
                return value.replace("!important", "")
            align: str | None = current.get("align")
            if align and current.tag != "img":
                return align.lower()
            if current.tag == "center":
                return "center"
            klass = current.get("class")
            if klass:
                match = _ALIGN_CLASS.search(klass.lower())
                if match:
                    return "right" if match.group(1) == "right" else "center"
        current = current.getparent()
    return None


#: A style: the tags and the inline styles that set it.
Style = tuple[frozenset[str], tuple[str, ...]]
#: Italics.
ITALIC: Style = (frozenset({"em", "i", "cite"}), ("font-style:italic",))
#: Bold.
BOLD: Style = (frozenset({"strong", "b"}), ("font-weight:bold",))
#: Bold or italics.
EMPHASIS: Style = (ITALIC[0] | BOLD[0], ITALIC[1] + BOLD[1])


def is_styled(el: etree._Element, style: Style, share: float = 1.0) -> bool:
    """At least ``share`` of the visible characters of ``el`` are in one of the
    ``style``'s tags or under its inline style (``ITALIC``, ``EMPHASIS``)."""
    tags, inline = style
    total = len("".join(text_of(el).split()))
    if total == 0:
        return False
    marked = 0
    for sub in el.iter():
        if sub.tag not in tags:
            css = sub.get("style")
            if not css:
                continue
            css = css.replace(" ", "").lower()  # style_of
            if not any(s in css for s in inline):
                continue
        marked += len("".join(text_of(sub).split()))
        if marked >= share * total:
            return True
    return False


def is_descendant(node: etree._Element, ancestor: etree._Element) -> bool:
    # the climb runs in C; elements compare by identity
    return node is ancestor or ancestor in node.iterancestors()
