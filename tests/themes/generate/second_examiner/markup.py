"""Inline markup in the second examiner's block texts: {a:URL|text} {b:text}
{i:text}, rendered with a text transform from encoders.
"""

from __future__ import annotations

import html
import re

# ---------------------------------------------------------------------------
# inline markup in block texts: {a:URL|text}  {b:text}  {i:text}
MARK = re.compile(r"\{(a|b|i):([^{}]*)\}")


def escape_text(s: str) -> str:
    return html.escape(s, quote=False)


def escape_attribute(s: str) -> str:
    return html.escape(s, quote=True)


def plain(s: str) -> str:
    return MARK.sub(lambda m: m.group(2).split("|", 1)[1] if m.group(1) == "a" else m.group(2), s)


def ident(s: str) -> str:
    return s


def inline(s: str, tx=ident, link_extra: str = "") -> str:
    out, pos = [], 0
    for m in MARK.finditer(s):
        out.append(tx(escape_text(s[pos:m.start()])))
        kind, val = m.groups()
        if kind == "a":
            href, text = val.split("|", 1)
            out.append(f'<a href="{escape_attribute(href)}"{link_extra}>{tx(escape_text(text))}</a>')
        elif kind == "b":
            out.append(f"<strong>{tx(escape_text(val))}</strong>")
        else:
            out.append(f"<em>{tx(escape_text(val))}</em>")
        pos = m.end()
    out.append(tx(escape_text(s[pos:])))
    return "".join(out)
