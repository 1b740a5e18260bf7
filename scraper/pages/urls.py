"""Article URLs: ids, locale, canonical form."""

from __future__ import annotations

import functools
import re
from urllib.parse import urljoin, urlsplit, urlunsplit

from scraper.profile import DEFAULT_PROFILE, SiteProfile

#: A URL scheme (RFC 3986).
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*")


@functools.lru_cache(maxsize=16)  # a page's own URL is asked for four times
def _scheme_host_path(url: str) -> tuple[str, str, str]:
    """``urlsplit(url)``'s scheme, netloc and path. A page URL is new each time,
    so urlsplit's cache misses and its Python runs; the plain form
    ``scheme://host/path?query#fragment`` (nearly every URL: no brackets, tabs
    or newlines, nothing urlsplit would strip, drop or check; an ASCII host)
    is cut with string methods, a few scans in C."""
    at = url.find("://")
    if at > 0 and "\t" not in url and "\n" not in url and "\r" not in url:
        scheme = url[:at]
        start = at + 3
        # the host ends at the first "/", "?" or "#"; the path at the first "?" or "#"
        query = url.find("?", start)
        fragment = url.find("#", start)
        path_end = min(query, fragment) if query >= 0 and fragment >= 0 else max(query, fragment)
        if path_end < 0:
            path_end = len(url)
        slash = url.find("/", start, path_end)
        host_end = path_end if slash < 0 else slash
        host = url[start:host_end]
        if (
            host
            and host.isascii()
            and "[" not in host
            and "]" not in host
            and scheme.isascii()
            and _SCHEME.fullmatch(scheme)
        ):
            return scheme.lower(), host, url[host_end:path_end]
    parts = urlsplit(url)
    return parts.scheme, parts.netloc, parts.path


def article_id_from_url(url: str, profile: SiteProfile = DEFAULT_PROFILE) -> int | None:
    """The portal's content id of an article URL (``5211375``), else None."""
    path = _scheme_host_path(url)[2]
    match = profile.article_path.search(path)
    return int(match.group(1)) if match else None


def url_locale(url: str, profile: SiteProfile = DEFAULT_PROFILE) -> str | None:
    """``en``/``vi`` when the URL's path starts with a locale segment, else None."""
    match = profile.locale_prefix.match(_scheme_host_path(url)[2])
    return match.group(1).lower() if match else None


# The forms urljoin only prefixes with the base's scheme and host: a path from
# the site's root (with a query or not), or a protocol-relative URL with a
# plain ASCII host; without a fragment, ;params, dot segments, an empty query
# (which urljoin drops), or the tabs and newlines urlsplit drops.
_ROOT_PATH = re.compile(r"/(?!/)[^?#;\t\r\n]*(?:\?[^#\t\r\n]+)?")
_NET_PATH = re.compile(r"//[\w.:@%~+!$&'()*,=-]+(?:/[^?#;\t\r\n]*)?", re.ASCII)


#: A relative path climbing up from the base's folder (``../../images/a.jpg``,
#: ``a.jpg?t=1``): no scheme, no fragment, no dot segment but the leading ones.
_UP_PATH = re.compile(r"((?:\.\./)*)([^./:?#;\t\r\n][^:?#;\t\r\n]*(?:\?[^#\t\r\n]+)?)")


@functools.lru_cache(maxsize=64)
def _scheme_and_host(base: str) -> tuple[str, str]:
    return _scheme_host_path(base)[:2]


@functools.lru_cache(maxsize=64)
def _base_folders(base: str) -> tuple[str, ...]:
    """The base URL's path, cut into its folders (the last segment dropped)."""
    return tuple(_scheme_host_path(base)[2].split("/")[1:-1])


def join_url(base: str, url: str) -> str:
    """``urljoin(base, url)``, with the common forms of photo and link URLs
    (``/documents/...``, ``//host/...``) put together directly: urljoin
    parses both URLs every time, ~4 us a call."""
    if url.startswith(("http://", "https://")) and "/." not in url:
        return url  # already absolute: what urljoin would return
    if base and url:
        scheme, host = _scheme_and_host(base)
        if scheme in ("http", "https") and host:
            if _ROOT_PATH.fullmatch(url) and "/." not in url:
                return f"{scheme}://{host}{url}"
            if _NET_PATH.fullmatch(url):
                return f"{scheme}:{url}"
            relative = _UP_PATH.fullmatch(url)
            if (
                relative
                and "/." not in relative.group(2)
                and "/." not in base
                and "//" not in base[8:]
            ):
                # RFC 3986 5.2: merge with the base's folder, "../" climbing (never above the root)
                folders = _base_folders(base)
                up = len(relative.group(1)) // 3
                kept = folders[: max(0, len(folders) - up)]
                return f"{scheme}://{host}/{''.join(f + '/' for f in kept)}{relative.group(2)}"
    return urljoin(base, url)


def canonical_url(url: str, base: str | None = None, profile: SiteProfile = DEFAULT_PROFILE) -> str:
    """Absolute, Vietnamese UI (no locale prefix), no query, no fragment."""
    if base:
        url = join_url(base, url)
    scheme, netloc, path = _scheme_host_path(url)
    path = profile.locale_prefix.sub("", path, count=1) or "/"
    if "pop_up/" in path:
        path = profile.print_segment.sub("", path, count=1)
    if not path.startswith("/"):
        path = "/" + path
    if scheme and netloc:  # what urlunsplit makes of it, without its Python
        return f"{scheme.lower()}://{netloc.lower()}{path}"
    return urlunsplit((scheme.lower(), netloc.lower(), path, "", ""))


def host_of(url: str) -> str:
    """The URL's host (and port), lower-cased."""
    return _scheme_host_path(url)[1].lower()


def same_host(url: str, other: str) -> bool:
    return host_of(url) == host_of(other)
