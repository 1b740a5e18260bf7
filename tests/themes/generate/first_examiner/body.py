# ruff: noqa: E501  # page markup stays on one line, as the page has it
"""How the first examiner's CMSs mark up a Story's body (inline habits,
photos, signatures).
"""

from __future__ import annotations

import html
import textwrap
from collections.abc import Callable

from .stories import EmptyParagraph, Photo, Story, Subheading

INLINE_VARIANTS = [
    "plain",
    "lead_bold",
    "spans",
    "nbsp_indent",
    "split_span",
    "nbsp_inner",
    "wrapped",
]


def inline_markup(text: str, variant: str, encode: Callable) -> str:
    """Mark one paragraph's text up the way rich-text editors do, without
    changing what a reader reads (after whitespace is collapsed)."""
    if variant == "lead_bold" and ", " in text:
        a, b = text.split(", ", 1)
        return f"<strong>{encode(a + ',')}</strong> {encode(b)}"
    if variant == "spans":
        return (
            f'<span style="font-size:14px;"><span style="font-family:arial,helvetica,sans-serif;">'
            f"{encode(text)}</span></span>"
        )
    if variant == "nbsp_indent":
        return "&nbsp;&nbsp;&nbsp; " + encode(text) + "&nbsp;"
    if variant == "split_span" and text.count(" ") > 4:
        words = text.split(" ")
        k = len(words) // 2
        return f'<span>{encode(" ".join(words[:k]))} </span><span lang="vi">{encode(" ".join(words[k:]))}</span>'
    if variant == "nbsp_inner" and text.count(" ") > 4:
        words = text.split(" ")
        return encode(" ".join(words[:3])) + "&nbsp;" + encode(" ".join(words[3:]))
    if variant == "wrapped":
        return (
            "\n\t\t"
            + "\n\t\t".join(
                textwrap.wrap(encode(text), 90, break_long_words=False, break_on_hyphens=False)
            )
            + "\n\t"
        )
    return encode(text)


def render_photo(ph: Photo, encode: Callable, page_url: str) -> str:
    src = html.escape(ph.src, quote=True)  # '&' -> '&amp;' as in real HTML
    cap = encode(ph.caption) if ph.caption else None
    h = ph.habit
    if h == "p_em":  # photo in a centred paragraph, caption in the next one, in <em>
        return (
            f'<p style="text-align: center;"><img alt="" src="{src}" style="width: 600px; height: 400px;" /></p>\n'
            f'<p style="text-align: center;"><em>{cap}</em></p>'
        )
    if h == "p_i_span":
        return (
            f'<p style="text-align: center;"><img alt="" src="{src}" width="600" /></p>\n'
            f'<p style="text-align: center;"><span style="font-size:12px;"><i>{cap}</i></span></p>'
        )
    if h == "p_plain":
        return (
            f'<p style="text-align: center;"><img alt="" src="{src}" /></p>\n'
            f'<p style="text-align: center;">{cap}</p>'
        )
    if h == "p_nocap":
        return f'<p style="text-align: center;"><img alt="" src="{src}" /></p>'
    if h == "figure":
        return (
            f'<figure class="image"><img alt="" src="{src}" width="640" height="427">'
            f"<figcaption>{cap}</figcaption></figure>"
        )
    if h == "figure_nocap":
        return f'<figure class="image"><img alt="" src="{src}" width="640" height="427"></figure>'
    if h == "figure_center":
        return (
            f'<figure class="image image-style-align-center" style="text-align:center">'
            f'<img src="{src}" alt="" onerror="this.src=\'/images/no-image.jpg\'">'
            f"<figcaption><em>{cap}</em></figcaption></figure>"
        )
    if h == "table":
        return (
            f'<table align="center" border="0" cellpadding="3" cellspacing="0" width="90%">'
            f'<tbody><tr><td align="center"><img src="{src}" border="0" width="500"></td></tr>'
            f'<tr><td align="center"><font size="2"><i>{cap}</i></font></td></tr></tbody></table>'
        )
    if h == "table_nocap":
        return (
            f'<table align="center" border="0" cellpadding="3" cellspacing="0">'
            f'<tr><td align="center"><img src="{src}" border="0" width="500"></td></tr></table>'
        )
    if h == "lazy_div_i":
        return (
            f'<div style="text-align: center;"><img class="lazy img-fluid" src="/o/caugiay-theme/images/blank.gif" '
            f'data-src="{src}" alt=""></div>\n'
            f'<div style="text-align: center;"><i>{cap}</i></div>'
        )
    if h == "lazy_div_em":
        return (
            f'<div style="text-align:center"><img class="lazyload w-100" '
            f'src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" '
            f'data-src="{src}" alt=""></div>'
            f'<div style="text-align:center" class="small text-muted"><em>{cap}</em></div>'
        )
    if h == "lazy_nocap":
        return (
            f'<div style="text-align: center;"><img class="lazy img-fluid" src="/o/caugiay-theme/images/blank.gif" '
            f'data-src="{src}" alt=""></div>'
        )
    if h == "same_p_br":  # photo and caption in one centred paragraph
        return (
            f'<p style="text-align: center;"><img alt="" src="{src}" /><br />\n<em>{cap}</em></p>'
        )
    raise ValueError(h)


def render_author(story: Story, encode: Callable) -> str:
    a = encode(story.author)
    s = story.author_style
    if s == "right_strong":
        return f'<p style="text-align: right;"><strong>{a}</strong></p>'
    if s == "right_em_strong":
        return f'<p style="text-align:right"><strong><em>{a}</em></strong></p>'
    if s == "upper_bold":
        return f'<p style="text-align: justify;"><strong>{a}</strong></p>'
    if s == "upper_b_plain":
        return f"<p><b>{a}</b></p>"
    if s == "div_right":
        return f'<div style="text-align: right;"><strong>{a}</strong></div>'
    if s == "div_upper":
        return f"<div><strong>{a}</strong></div>"
    if s == "align_right_p":
        return f'<p align="right"><b>{a}</b></p>'
    if s == "align_right_div":
        return f'<div align="right"><b>{a}</b></div>'
    raise ValueError(s)


def render_body_blocks(
    story: Story,
    encode: Callable,
    page_url: str,
    *,
    para_tag: str,
    para_attrs: str,
    variants: list[str],
    trailing_empty: bool = True,
) -> str:
    out = []
    n = 0
    for it in story.items:
        if isinstance(it, str):
            v = variants[n % len(variants)]
            n += 1
            out.append(f"<{para_tag}{para_attrs}>{inline_markup(it, v, encode)}</{para_tag}>")
        elif isinstance(it, Subheading):
            out.append(f"<{para_tag}{para_attrs}><strong>{encode(it.text)}</strong></{para_tag}>")
        elif isinstance(it, EmptyParagraph):
            out.append(f"<{para_tag}>&nbsp;</{para_tag}>")
        elif isinstance(it, Photo):
            out.append(render_photo(it, encode, page_url))
    if story.author:
        out.append(render_author(story, encode))
    if trailing_empty:
        out.append(f"<{para_tag}>&nbsp;</{para_tag}>")
    return "\n".join(out)


def render_body_br(story: Story, encode: Callable, page_url: str) -> str:
    """Old CMS: paragraphs as text runs separated by <br><br>."""
    out = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            out.append("<br /><br />\n".join(pending))
            pending.clear()

    for it in story.items:
        if isinstance(it, str):
            pending.append(encode(it))
        elif isinstance(it, Subheading):
            pending.append(f"<b>{encode(it.text)}</b>")
        elif isinstance(it, Photo):
            flush()
            out.append(render_photo(it, encode, page_url))
    flush()
    body = "\n".join(out)
    if story.author:
        body += "\n" + render_author(story, encode)
    return body
