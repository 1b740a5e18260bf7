"""An offline replica of the Cầu Giấy district portal's "Công tác Đảng" section.

A real HTTP server on 127.0.0.1 (standard library only) serving Liferay-like
listing and article pages in both UI locales, with the content habits of the
real portal (every photo-caption markup of FACTS.md, entity-encoded and NFD
text, missing view counts, signatures) and the real article 5402817 among
synthetic ones. Tests, the benchmark and ``portal-archive demo`` crawl it.

    >>> from replica import Replica
    >>> with Replica(n_articles=64) as replica:
    ...     start = replica.start_url()          # listing page 1
    ...     truth = replica.articles             # newest first
    ...     replica.fail_first[truth[0].article_id] = 2

The ground truth of each article is a :class:`ReplicaArticle`; compare a
parser's output with ``article.expected(base_url, lang)``.
``python -m replica`` serves it from the command line.
"""

from replica.content import HABITS, SECTION, ReplicaArticle, build_articles
from replica.render import listing_path
from replica.server import DEFAULT_SEED, ROBOTS_TXT, Replica, RequestRecord

__all__ = [
    "DEFAULT_SEED",
    "HABITS",
    "ROBOTS_TXT",
    "SECTION",
    "Replica",
    "ReplicaArticle",
    "RequestRecord",
    "build_articles",
    "listing_path",
]
