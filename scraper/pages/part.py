"""Reading an article page up to the end of its article.

Most of a portal page comes after the article: the layout's other columns,
the footer, scripts. libxml2 reads a page from its start and never changes an
element it has closed, so the tree of the page's first part holds every
element that ends in the part exactly as the whole page's tree does. Only
the elements still open where the part ends differ: they are cut off.

ArticlePage parses the part that ends with the article's box: on the
platform, the ``<div>`` two levels above the asset's content
(``asset-content``) holds the title, the date line and the content. Where
the regions and fields are read from elements that the part holds whole,
they are what the whole page gives; where the answer may depend on what the
part leaves out, the whole page is parsed (``ArticlePage`` checks;
tests/test_pages_part.py compares both ways on every page we have). With the
head left out too when it holds nothing read, the part costs about 0.4 to 0.6
of parsing the page.
"""

from __future__ import annotations

import re

#: A <div> start or end tag, as Liferay writes them (lower case).
_DIV_TAG = re.compile(rb"<(/?)div[\s>/]")

#: What stands on either side of a word of a class attribute.
_CLASS_EDGES = frozenset(b"\"' \t\r\n")

#: The part ends where this many <div>s close: the content's own, its
#: parent's, and the box around both.
_BOX_LEVELS = 3


def article_part_end(html: bytes, content_class: str, start: int = 0) -> int | None:
    """Where the article's box ends in ``html``: the start of the tag after
    the ``</div>`` that closes the grandparent of the first ``<div>`` whose
    class has the word ``content_class``. None when the page has no such ``<div>``
    or its ``<div>`` tags do not close there. ``start``: where to look from
    (the end of the head).

    Counting tags in the raw bytes can be fooled (a ``<div>`` in a script,
    an upper-case tag): the tree of the part says which elements it left
    open, and those are checked, so a wrong end costs time, never a field.
    """
    name = content_class.encode("ascii")
    at = html.find(name, start)
    while at >= 0:
        tag = html.rfind(b"<", 0, at)
        after = at + len(name)
        if (
            html.startswith(b"<div", tag)
            and html[at - 1] in _CLASS_EDGES
            and after < len(html)
            and html[after] in _CLASS_EDGES
            and b">" not in html[tag:at]
        ):
            break
        at = html.find(name, at + len(name))
    if at < 0:
        return None
    depth = 0
    for div in _DIV_TAG.finditer(html, at):
        if not div.group(1):
            depth += 1
            continue
        depth -= 1
        if depth == -_BOX_LEVELS:
            close = html.find(b">", div.start())
            return _next_tag(html, close + 1) if close >= 0 else None
    return None


def _next_tag(html: bytes, at: int) -> int | None:
    """Where the next tag starts from ``at`` (past comments): the text before it,
    the box's tail, is then whole in the part."""
    while True:
        at = html.find(b"<", at)
        if at < 0:
            return None
        if html.startswith(b"<!--", at):
            close = html.find(b"-->", at + 4)
            if close < 0:
                return None
            at = close + 3
        elif html[at + 1 : at + 2].isalpha() or (
            html.startswith(b"</", at) and html[at + 2 : at + 3].isalpha()
        ):
            return at
        else:
            at += 1  # a "<" of the text ("a < b")


#: A comment that every HTML tokenizer ends at its ``-->`` (not ``<!-->``,
#: ``<!--->``, nor one holding ``--!>``, which end it earlier).
_COMMENT = rb"<!--(?!-?>)(?:[^-]++|-(?!-!?>))*+-->"

#: The blanks libxml2 leaves between elements, and what ends a tag's name.
_BLANK = rb"[ \t\r\n]"
_NAME_END = rb"(?=[ \t\r\n/>])"

#: The head as the platform writes it, then the body: only elements that stay
#: in the head (scripts, styles, the title, meta and link tags), comments and
#: blanks. libxml2 moves nothing of such a head into the body, and the page
#: objects read nothing in it but a <base> (a head with one is kept). Any
#: other head (text, another element, a ``</script>`` that ends otherwise, a
#: tag name that only starts like these) is not matched, and kept. Its
#: repeats are possessive (nothing they take can end what follows them:
#: backtracking finds no other match), which saves the engine the places it
#: would go back to, a fifth of the search.
_HEAD = re.compile(
    rb"<head" + _NAME_END + rb"[^>]*+>"
    rb"(?:" + _BLANK + rb"++"
    rb"|<(?:meta|link)" + _NAME_END + rb"[^>]*+>"
    rb"|<script" + _NAME_END + rb"[^>]*+>(?:[^<]++|<(?!/script))*+</script" + _BLANK + rb"*+>"
    rb"|<style" + _NAME_END + rb"[^>]*+>(?:[^<]++|<(?!/style))*+</style" + _BLANK + rb"*+>"
    rb"|<title" + _NAME_END + rb"[^>]*+>[^<]*+</title" + _BLANK + rb"*+>"
    rb"|" + _COMMENT + rb")*+"
    rb"</head" + _BLANK + rb"*+>"
    rb"(?:" + _BLANK + rb"++|" + _COMMENT + rb")*+(?=<body" + _NAME_END + rb")",
    re.IGNORECASE,
)


def head_span(html: bytes) -> tuple[int, int] | None:
    """Where the page's head runs, up to its body's start tag, when the part
    can leave it out (see ``_HEAD``); else None."""
    head = _HEAD.search(html)
    return head.span() if head else None


#: A <base> start tag, in any case.
_BASE_TAG = re.compile(rb"(?i)<base[\s>/]")


def rest_has_base(html: bytes, end: int) -> bool:
    """Whether the page after ``end`` may hold a ``<base>``."""
    return _BASE_TAG.search(html, end) is not None


#: A character reference by number (``&#7911;``, ``&#x1EE7;``).
_CHAR_REF = re.compile(rb"&#")


def rest_may_say(html: bytes, end: int, words: tuple[bytes, ...]) -> bool:
    """Whether the page after ``end`` may hold one of ``words`` (lower-case
    ASCII) in its text: in any case, or behind a character reference. (The
    words in a lower-case copy: a regular expression that ignores case reads
    every byte in Python's engine, six times slower. The reference's two
    bytes by a regular expression, which finds them in half the time
    ``bytes.find`` takes among a page's many ``&amp;``.)"""
    if _CHAR_REF.search(html, end) is not None:
        return True
    rest = html[end:].lower()
    return any(word in rest for word in words)
