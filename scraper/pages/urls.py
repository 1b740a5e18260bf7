"""Article URLs: ids, locale, canonical form."""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit, urlunsplit

from scraper.profile import DEFAULT_PROFILE, SiteProfile


def article_id_from_url(url: str, profile: SiteProfile = DEFAULT_PROFILE) -> int | None:
    """The portal's content id of an article URL (``5211375``), else None."""
    path = urlsplit(url).path
    match = profile.article_path.search(path)
    return int(match.group(1)) if match else None


def url_locale(url: str, profile: SiteProfile = DEFAULT_PROFILE) -> str | None:
    """``en``/``vi`` when the URL's path starts with a locale segment, else None."""
    match = profile.locale_prefix.match(urlsplit(url).path)
    return match.group(1).lower() if match else None


def canonical_url(url: str, base: str | None = None, profile: SiteProfile = DEFAULT_PROFILE) -> str:
    """Absolute, Vietnamese UI (no locale prefix), no query, no fragment."""
    if base:
        url = urljoin(base, url)
    parts = urlsplit(url)
    path = profile.locale_prefix.sub("", parts.path, count=1) or "/"
    if not path.startswith("/"):
        path = "/" + path
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, "", ""))


def same_host(url: str, other: str) -> bool:
    return urlsplit(url).netloc.lower() == urlsplit(other).netloc.lower()
