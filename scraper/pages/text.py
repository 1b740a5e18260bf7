"""Text normalisation shared by the page objects."""

from __future__ import annotations

import re
import unicodedata

# Zero-width characters and soft hyphens are nothing to a reader; every
# other kind of space (NBSP, thin spaces, ideographic space) is a space, and
# str.split() already knows them all.
_INVISIBLE = ("\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff")


def clean_text(text: str) -> str:
    """NFC, invisible characters removed, whitespace collapsed, stripped."""
    if not text.isascii():
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
        for invisible in _INVISIBLE:  # `in` is a fast scan; most texts have none
            if invisible in text:
                text = text.replace(invisible, "")
    return " ".join(text.split())


_BREAK = "\ue000"  # a private-use character: never in the text, never whitespace


def clean_texts(texts: list[str]) -> list[str]:
    """``clean_text`` on many strings at once (one normalisation, one regex pass)."""
    if not texts:
        return []
    return [piece.strip(" ") for piece in clean_text(_BREAK.join(texts)).split(_BREAK)]


def fold_label(text: str) -> str:
    """Text for label matching: cleaned and lower-cased."""
    return clean_text(text).lower()


_ASCII_LOWER = re.compile("[a-z]")


def is_upper_line(text: str) -> bool:
    """True for a line written in capitals (``VĂN PHÒNG QUẬN ỦY``)."""
    if _ASCII_LOWER.search(text):
        return False  # a lower-case letter: found in C, where most text stops
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)
