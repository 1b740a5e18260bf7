"""Inline markup in the second examiner's block texts: {a:URL|text} {b:text}
{i:text}, rendered with a text transform from encoders.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..encoders import escape_attribute, escape_text

# ---------------------------------------------------------------------------
# inline markup in block texts: {a:URL|text}  {b:text}  {i:text}
INLINE_MARK = re.compile(r"\{(a|b|i):([^{}]*)\}")


def plain_text(s: str) -> str:
    return INLINE_MARK.sub(
        lambda m: m.group(2).split("|", 1)[1] if m.group(1) == "a" else m.group(2), s
    )


def unchanged(s: str) -> str:
    return s


def render_inline(s: str, transform: Callable = unchanged, link_extra: str = "") -> str:
    out, pos = [], 0
    for m in INLINE_MARK.finditer(s):
        out.append(transform(escape_text(s[pos : m.start()])))
        kind, val = m.groups()
        if kind == "a":
            href, text = val.split("|", 1)
            out.append(
                f'<a href="{escape_attribute(href)}"{link_extra}>{transform(escape_text(text))}</a>'
            )
        elif kind == "b":
            out.append(f"<strong>{transform(escape_text(val))}</strong>")
        else:
            out.append(f"<em>{transform(escape_text(val))}</em>")
        pos = m.end()
    out.append(transform(escape_text(s[pos:])))
    return "".join(out)
