"""How a CMS may store the same Vietnamese text: one copy of every encoder.

Each function takes reader text and returns what a page's HTML holds,
unless its docstring says it takes text that is already escaped (the second
examiner's transforms are applied to escaped text nodes).  None of them
changes what a reader reads once entities are decoded, the text is put in
NFC and white space is collapsed; that is what the expected values rely on.

No theme stores Windows-1258 (every page is written as UTF-8), so there is
no encoder for it.
"""

from __future__ import annotations

import html
import unicodedata
from html.entities import codepoint2name

ZERO_WIDTH_SPACE = "\u200b"


# ---------------------------------------------------------------- escaping


def escape_text(text: str) -> str:
    """Plain UTF-8 text: only ``& < >`` escaped."""
    return html.escape(text, quote=False)


def escape_attribute(text: str) -> str:
    """For attribute values: ``& < > " '`` escaped."""
    return html.escape(text, quote=True)


# ---------------------------------------------------------------- entities


def ckeditor_latin_entities(text: str) -> str:
    """CKEditor's default `entities_latin`: Latin-1 letters become named
    entities (v&agrave;), the Vietnamese-only letters stay raw UTF-8."""
    out = []
    for char in escape_text(text):
        code = ord(char)
        if 160 <= code <= 255 and code in codepoint2name:
            out.append(f"&{codepoint2name[code]};")
        else:
            out.append(char)
    return "".join(out)


def positional_numeric_entities(text: str) -> str:
    """Old ASP/FCKeditor content: every non-ASCII character as a numeric
    reference, decimal and hexadecimal mixed (&#7871; / &#x1EA3;), a few
    named ones (&agrave;) among them; which form depends on the position."""
    out = []
    for position, char in enumerate(escape_text(text)):
        code = ord(char)
        if code < 128:
            out.append(char)
        elif code in codepoint2name and position % 3 == 0:
            out.append(f"&{codepoint2name[code]};")
        elif position % 2:
            out.append(f"&#x{code:X};")
        else:
            out.append(f"&#{code};")
    return "".join(out)


def named_or_alternating_numeric_entities(escaped: str) -> str:
    """Old CKEditor habit, on escaped text: every non-ASCII letter as a named
    entity where HTML has one, else decimal and hexadecimal in turn."""
    out = []
    unnamed = 0
    for char in escaped:
        code = ord(char)
        if code < 128:
            out.append(char)
            continue
        name = codepoint2name.get(code)
        if name:
            out.append(f"&{name};")
        else:
            out.append(f"&#{code};" if unnamed % 2 == 0 else f"&#x{code:X};")
            unnamed += 1
    return "".join(out)


def named_or_parity_numeric_entities(text: str) -> str:
    """Old-CMS habit: every non-ASCII letter as an entity, named where HTML
    has a name, else decimal for odd code points and hexadecimal for even."""
    out = []
    for char in text:
        code = ord(char)
        if char in "&<>":
            out.append(html.escape(char))
        elif code < 128:
            out.append(char)
        elif code in codepoint2name:
            out.append(f"&{codepoint2name[code]};")
        elif code % 2:
            out.append(f"&#{code};")
        else:
            out.append(f"&#x{code:X};")
    return "".join(out)


# ---------------------------------------------------------------- normal forms


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def decompose(text: str) -> str:
    """NFD: base letter + combining marks; no escaping (usable on escaped text)."""
    return unicodedata.normalize("NFD", text)


def nfd_text(text: str) -> str:
    """Text pasted from Word or a mobile keyboard: decomposed, escaped."""
    return escape_text(decompose(text))


def nfd_with_zero_width_spaces(text: str) -> str:
    """Decomposed, with zero-width spaces only where they touch a real space
    or a paragraph edge (so dropping them and treating them as blanks read
    the same)."""
    spaced = text.replace(" và ", ZERO_WIDTH_SPACE + " và ").replace(
        ", ", "," + ZERO_WIDTH_SPACE + " "
    )
    return nfd_text(ZERO_WIDTH_SPACE + spaced)


# ---------------------------------------------------------------- non-breaking spaces


def _nbsp_after_sentences_and_commas(escaped: str) -> str:
    return escaped.replace(". ", ".&nbsp; ").replace(", ", ",&nbsp;")


def sentence_nbsp_text(text: str) -> str:
    """Word habit: non-breaking spaces after sentence ends and commas."""
    return _nbsp_after_sentences_and_commas(escape_text(text))


def nfd_sentence_nbsp_text(text: str) -> str:
    """Decomposed, with non-breaking spaces after sentence ends and commas."""
    return _nbsp_after_sentences_and_commas(nfd_text(text))


def word_nbsp_runs(escaped: str) -> str:
    """Word paste, on escaped text: NBSP runs after commas and instead of
    every 6th space."""
    escaped = escaped.replace(", ", ",&nbsp;&nbsp; ")
    words = escaped.split(" ")
    out = words[0]
    for position, word in enumerate(words[1:], 1):
        out += ("&nbsp;" if position % 6 == 0 else " ") + word
    return out


def decomposed_word_nbsp_runs(escaped: str) -> str:
    return word_nbsp_runs(decompose(escaped))


# ---------------------------------------------------------------- reading


def collapse_whitespace(text: str) -> str:
    return " ".join(text.split())


def reader_text(text: str) -> str:
    """What a reader reads: NFC, white space collapsed."""
    return collapse_whitespace(nfc(text))
