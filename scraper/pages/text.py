"""Text normalisation shared by the page objects."""

from __future__ import annotations

import re
import unicodedata

# Zero-width characters and soft hyphens are nothing to a reader; every
# other kind of space (NBSP, thin spaces, ideographic space) is a space, and
# str.split() already knows them all.
_INVISIBLE = ("\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff")


#: The whitespace of page text besides the space: the source's line breaks and
#: indentation, and &nbsp;.
_COMMON_SPACES = ("\n", "\t", "\r", "\u00a0")
#: Where clean_texts joins its pieces: a symbol (OBJECT REPLACEMENT CHARACTER)
#: that is printable, no whitespace, and a starter no mark composes with.
_BREAK = "\ufffc"


def clean_text(text: str) -> str:
    """NFC, invisible characters removed, whitespace collapsed, stripped.

    The whitespace collapse is ``" ".join(text.split())``, which builds a
    string per word (~9 ns a character of Vietnamese text). When the only
    whitespace is spaces, line breaks, tabs and NBSPs (nearly always), making
    those spaces and halving runs of spaces is 2-3x cheaper. ``isprintable()``
    proves that case: every other whitespace (thin and ideographic spaces,
    control characters) is unprintable, and so are the invisible characters,
    which then need no scanning for either.
    """
    if not text.isascii():
        # normalize() returns NFC text as it is, after the quick check
        # is_normalized() would make (asking that first normalised twice)
        text = unicodedata.normalize("NFC", text)
    if not text.isprintable():  # stops at the first line break or tab
        spaced = text
        for space in _COMMON_SPACES:
            if space in spaced:
                spaced = spaced.replace(space, " ")
        if not spaced.isprintable():  # other whitespace, or invisible characters
            for invisible in _INVISIBLE:  # `in` is a fast scan; most texts have none
                if invisible in text:
                    text = text.replace(invisible, "")
            return " ".join(text.split())
        text = spaced
    # the space is the only whitespace left; strip first: the long runs are the
    # source's indentation
    return _single_spaced(text.strip(" "))


_SPACES = re.compile(" +")


def _single_spaced(text: str) -> str:
    """Each run of spaces in ``text`` made one space.

    A text holds a dozen runs or so; they are found with ``str.find`` and
    their ends with an anchored match, and the text copied once around them.
    (``while "  " in text: text = text.replace("  ", " ")`` copies the whole
    text once per halving of the longest run: twice the cost on a paragraph
    of Vietnamese, whose characters take two bytes each.)
    """
    at = text.find("  ")
    if at < 0:
        return text
    parts = []
    start = 0
    while at >= 0:
        parts.append(text[start : at + 1])
        start = _SPACES.match(text, at).end()  # type: ignore[union-attr]  # a space is there
        at = text.find("  ", start)
    parts.append(text[start:])
    return "".join(parts)


def clean_texts(texts: list[str], known: dict[str, str] | None = None) -> list[str]:
    """``clean_text`` on many strings, in one pass over them joined.

    ``known`` maps texts already cleaned (a paragraph whose start was checked)
    to their result; only the others are cleaned. Cleaning a piece alone gives
    what cleaning it inside the joined string gives: ``_BREAK`` is a
    normalisation boundary and no space, so nothing crosses it (a piece that
    holds ``_BREAK`` itself is cleaned alone).
    """
    known = known or {}
    missing = [text for text in texts if text not in known]
    if missing:
        if any(_BREAK in text for text in missing):
            known = known | {text: clean_text(text) for text in missing}
        else:
            known = known | dict(zip(missing, _clean_joined(missing), strict=True))
    return [known[text] for text in texts]


def _clean_joined(texts: list[str]) -> list[str]:
    return [piece.strip(" ") for piece in clean_text(_BREAK.join(texts)).split(_BREAK)]


def fold_label(text: str) -> str:
    """Text for label matching: cleaned and lower-cased."""
    return clean_text(text).lower()


_ASCII_LOWER = re.compile("[a-z]")


def is_upper_line(text: str) -> bool:
    """True for a line written in capitals (``VĂN PHÒNG QUẬN ỦY``)."""
    if _ASCII_LOWER.search(text):
        return False  # a lower-case letter: found in C, where most text stops
    letters = list(filter(str.isalpha, text))
    return len(letters) >= 3 and all(map(str.isupper, letters))
