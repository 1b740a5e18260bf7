"""``content_hash``: what makes two versions of an article the same article.

A revision must mean the article changed, not that the portal moved to
another host, port or CDN, or stamped its image URLs with a fresh cache
buster (Liferay's ``?t=1632…``). So image and link URLs enter the hash
without scheme, host, port, fragment, or the query parameters known to be
volatile; the parameters that name the image (``img_id``) stay.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Sequence
from typing import Protocol
from urllib.parse import parse_qsl, urlencode, urlsplit

#: Query parameters that change without the resource changing (cache busters, sessions).
VOLATILE_PARAMS = frozenset(
    {
        "t",
        "v",
        "ver",
        "version",
        "ts",
        "timestamp",
        "_",
        "cb",
        "cachebuster",
        "rand",
        "jsessionid",
        "p_auth",
        "browserid",
        "imagethumbnail",
    }
)

_URL_ATTRIBUTE = re.compile(
    r'(\b(?:src|href|data-src)\s*=\s*)(["\'])(.*?)\2', re.IGNORECASE | re.DOTALL
)


class _Caption(Protocol):
    @property
    def image_url(self) -> str: ...

    @property
    def text(self) -> str | None: ...


def stable_url(url: str) -> str:
    """``url`` without what moves when nothing changed: host, port, scheme, volatile query."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url
    path = parts.path.split(";", 1)[0]  # ;jsessionid=...
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in VOLATILE_PARAMS
    ]
    return path + ("?" + urlencode(sorted(query)) if query else "")


def stable_html(html: str) -> str:
    """``html`` with every src/href value replaced by its ``stable_url``."""
    return _URL_ATTRIBUTE.sub(
        lambda m: f"{m.group(1)}{m.group(2)}{stable_url(m.group(3))}{m.group(2)}", html
    )


def content_hash(title: str, body: str, captions: Sequence[_Caption]) -> str:
    """sha256 (hex) of an article's content: title, body, captions, all NFC.

    JSON keeps the parts apart unambiguously; NFC makes the same text typed
    composed or decomposed hash the same; URLs count by ``stable_url``.
    """

    def nfc(text: str | None) -> str | None:
        return None if text is None else unicodedata.normalize("NFC", text)

    payload = [
        nfc(title),
        nfc(body),
        [[nfc(stable_url(c.image_url)), nfc(c.text)] for c in captions],
    ]
    encoded = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(encoded).hexdigest()
