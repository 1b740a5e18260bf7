"""Text normalisation shared by the page objects."""

from __future__ import annotations

import re
import unicodedata

# NBSP, zero-width and BOM characters are whitespace to a reader (or nothing).
_SPACE_RE = re.compile(r"[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")
_INVISIBLE_RE = re.compile(r"[\u200c\u200d\u2060\u00ad]")


def clean_text(text: str) -> str:
    """NFC, invisible characters removed, whitespace collapsed, stripped."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE_RE.sub("", text)
    return _SPACE_RE.sub(" ", text).strip()


def fold_label(text: str) -> str:
    """Text for label matching: cleaned and lower-cased."""
    return clean_text(text).lower()


def is_upper_line(text: str) -> bool:
    """True for a line written in capitals (``VĂN PHÒNG QUẬN ỦY``)."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)
