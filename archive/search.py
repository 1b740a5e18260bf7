"""Full-text search that ignores diacritics, case and ``đ``/``d``.

How it folds Vietnamese
-----------------------
``articles_fts`` (``unicode61 remove_diacritics 2``, the tokenizer
``sqlite-utils`` and Datasette query) lower-cases and strips every tone and
vowel mark, also from letters with two marks (``ầ`` -> ``a``), from NFC and
NFD text alike. It keeps ``đ`` apart from ``d`` (Unicode treats ``đ`` as a
letter of its own), so the index also holds folded copies of the text (see
``archive.schema.FOLDS``): one with every ``đ`` written ``d``, one with every
``d`` written ``đ``. A query needs no rewriting to find every spelling, in
any tool. Here every ``đ`` typed is written ``d`` (so a phrase typed half
with ``đ`` folds whole), and ranking counts only the ``d`` copies; snippets
show the stored text, unchanged.

What it costs: the folded copies are generated columns (never stored); the
index grows with them (see ``bench/store_and_search.py`` for the figures).

How a search runs: the best ``limit`` rowids are ranked by bm25 in the FTS
table alone, then only those rows are read, and their snippets are cut in
Python (``archive.snippets``), FTS5's ``snippet()`` being the fallback.
Sorted by recency or views instead, no bm25 is computed at all.

What a query may contain
------------------------
- words: all must occur (in any column, any order); ``COVID-19`` or
  ``15/2024/NĐ-CP`` are searched as the phrase of their parts;
- ``"quoted phrases"``: the words next to each other, in order; an
  unbalanced quote runs to the end of the query;
- ``word*`` or ``"phrase"*``: the last word as a prefix;
- ``OR`` and ``NOT`` in capitals between words: ``covid OR dịch``,
  ``đảng NOT covid``; ``AND`` is allowed and changes nothing.

Everything else (``(``, ``^``, ``:``, ``NEAR(``, SQL, emoji, control
characters) is text: punctuation separates words, as in the index. The
user's text never reaches ``MATCH`` as is: every term is quoted, and a query
that cannot be searched raises ``QueryError`` with a one-line reason.
"""

from __future__ import annotations

import functools
import sqlite3
import unicodedata
from dataclasses import asdict, dataclass
from typing import Any

from archive.errors import QueryError
from archive.schema import FTS_COLUMNS, FTS_COLUMNS_V3, FTS_WEIGHTS
from archive.snippets import Highlighter
from archive.timeutil import published_bounds

#: Marks around each matched term in snippets: ``…Ban Chấp hành [Đảng] bộ…``.
HIGHLIGHT_OPEN = "["
HIGHLIGHT_CLOSE = "]"
#: Marks text left out at either end of a snippet.
ELLIPSIS = "…"
#: Words (tokens) per snippet.
SNIPPET_TOKENS = 16

#: At most this many words or phrases in a query.
MAX_TERMS = 64
MAX_QUERY_CHARS = 2000

OPERATORS = ("AND", "OR", "NOT")

#: How hits can be ordered: best match, newest, most viewed.
SORTS = ("relevance", "recent", "views")


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One article a search found.

    ``score`` is bm25 relevance (higher is better; titles weigh 10x the body,
    captions 2x); comparable within one search only, and None when the search
    was sorted otherwise.
    """

    article_id: int
    title: str
    published_at: str
    url: str
    snippet: str
    score: float | None
    view_count: int | None = None
    author: str | None = None
    section: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class _Term:
    text: str
    prefix: bool


def _is_searchable(text: str) -> bool:
    return any(unicodedata.category(c)[0] in "LN" for c in text)


def _clean(query: str) -> str:
    query = unicodedata.normalize("NFC", query)
    # Control and format characters (tabs, NUL, zero-width joiners, BOM)
    # separate words like spaces do.
    return "".join(" " if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") else c for c in query)


def _lex(query: str) -> list[_Term | str]:
    """Split into terms and operator names; quotes group a phrase."""
    items: list[_Term | str] = []
    i, n = 0, len(query)
    while i < n:
        char = query[i]
        if char.isspace():
            i += 1
        elif char == '"':
            end = query.find('"', i + 1)
            end = n if end < 0 else end
            text, i = query[i + 1 : end], end + 1
            prefix = i < n and query[i] == "*"
            items.append(_Term(text, prefix))
            if prefix:
                i += 1
        else:
            j = i
            while j < n and not query[j].isspace() and query[j] != '"':
                j += 1
            chunk, i = query[i:j], j
            if chunk in OPERATORS:
                items.append(chunk)
            else:
                stripped = chunk.rstrip("*")
                items.append(_Term(stripped, prefix=len(stripped) < len(chunk)))
    return items


def fold_d(text: str) -> str:
    """``text`` with every ``đ`` written ``d``, as in the ``_fold_d`` columns."""
    return text.replace("đ", "d").replace("Đ", "D")


def _term_sql(term: _Term) -> str:
    star = "*" if term.prefix else ""
    return '"' + fold_d(term.text).replace('"', '""') + '"' + star


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    """A query turned into an FTS5 expression, and the terms to mark in snippets."""

    match: str
    #: (text, is_prefix) of every term that is not excluded by NOT.
    highlight: tuple[tuple[str, bool], ...]
    #: The terms of each AND clause with several, in the order typed:
    #: ``van phong`` is most often the word ``văn phòng``, and the snippet
    #: should show it there.
    sequences: tuple[tuple[tuple[str, bool], ...], ...] = ()


def parse_query(query: str) -> ParsedQuery:
    """Parse what a person typed (see the module docstring for the syntax).

    Raises ``QueryError`` (one line) for a query with nothing to search for
    or an operator with nothing on one side.
    """
    if not isinstance(query, str):
        raise QueryError("the query must be text")
    return _parse(query)


@functools.lru_cache(maxsize=256)
def _parse(query: str) -> ParsedQuery:
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(f"query too long ({len(query)} characters; at most {MAX_QUERY_CHARS})")
    items = [
        item
        for item in _lex(_clean(query))
        # A term with no letter or digit (`*`, `(`, `-`, emoji) searches nothing.
        if isinstance(item, str) or _is_searchable(item.text)
    ]
    if not any(isinstance(item, _Term) for item in items):
        if items:
            raise QueryError(
                f"nothing to search for besides {items[0]}; "
                f'write "{items[0]}" in quotes to search for the word'
            )
        raise QueryError("nothing to search for: type a word (punctuation and symbols are ignored)")
    if sum(isinstance(item, _Term) for item in items) > MAX_TERMS:
        raise QueryError(f"too many words in the query (at most {MAX_TERMS})")

    # Grammar: clause (OR clause)*; clause: term (AND? term | NOT term)*.
    clauses: list[tuple[list[str], list[str]]] = [([], [])]
    highlight: list[tuple[str, bool]] = []
    sequences: list[list[tuple[str, bool]]] = [[]]
    pending: str | None = None
    for position, item in enumerate(items):
        if isinstance(item, str):
            if pending is not None or position == 0 or position == len(items) - 1:
                raise QueryError(
                    f'{item} needs a word on each side; write "{item}" in quotes to search for it'
                )
            pending = item
            continue
        positive, negative = clauses[-1]
        if pending == "NOT":
            # As in FTS5, NOT binds to the one term after it: a NOT b c = (a c) NOT b.
            negative.append(_term_sql(item))
        else:
            highlight.append((item.text, item.prefix))
            if pending == "OR":
                clauses.append(([_term_sql(item)], []))
                sequences.append([(item.text, item.prefix)])
            else:
                positive.append(_term_sql(item))
                sequences[-1].append((item.text, item.prefix))
        pending = None

    parts = []
    for positive, negative in clauses:
        expression = " AND ".join(positive)
        if negative:
            expression = f"({expression}) NOT ({' OR '.join(negative)})"
        parts.append(expression)
    match = parts[0] if len(parts) == 1 else " OR ".join(f"({p})" for p in parts)
    return ParsedQuery(
        match=match,
        highlight=tuple(highlight),
        sequences=tuple(tuple(terms) for terms in sequences if len(terms) > 1),
    )


def build_match(query: str) -> str:
    """The FTS5 MATCH expression for what a person typed (``QueryError`` if none)."""
    return parse_query(query).match


def match_clause(
    query: str | None, since: str | None, until: str | None
) -> tuple[str, dict[str, Any]]:
    """SQL condition (on ``articles`` aliased ``a``) and parameters for query + dates.

    Shared by search and export so a filtered export returns exactly the
    articles the search finds.
    """
    conditions, params = [], {}
    if query is not None:
        params["match"] = build_match(query)
        conditions.append(
            "a.article_id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH :match)"
        )
    low, high = published_bounds(since, until)
    if low is not None:
        conditions.append("a.published_at >= :low")
        params["low"] = low
    if high is not None:
        conditions.append("a.published_at < :high")
        params["high"] = high
    return " AND ".join(conditions) or "1", params


def _weight(column: str) -> float:
    # The query is folded to d, so the _fold_d copies hold every match once.
    base = column.removesuffix("_fold_d")
    return FTS_WEIGHTS[FTS_COLUMNS.index(base)] if column.endswith("_fold_d") else 0.0


_BM25 = f"bm25(articles_fts, {', '.join(str(_weight(c)) for c in FTS_COLUMNS_V3)})"

_HIT_COLUMNS = (
    "a.article_id, a.title, a.published_at, a.url, a.view_count, a.author, a.section,"
    " a.body, a.captions_text"
)

# Relevance: the best LIMIT rowids are ranked in the FTS table alone, through
# SQLite's sorter, which keeps only LIMIT rows (ORDER BY rank, which FTS5
# consumes itself, was 30% slower here: it re-runs the query in a nested
# statement). Only those rows are then read from articles, only the columns
# hits need (big columns last in the table, so body_html is never read). A
# date filter needs published_at for every match: CROSS JOIN keeps the FTS
# scan outside, as a per-rowid FTS5 lookup costs ~35 µs.
_SEARCH_SQL = f"""
SELECT {_HIT_COLUMNS}, top.score
FROM (
    SELECT articles_fts.rowid AS rowid, {_BM25} AS score
    FROM articles_fts{{join}}
    WHERE articles_fts MATCH :match{{dates}}
    ORDER BY score, articles_fts.rowid
    LIMIT :limit
) AS top
JOIN articles AS a ON a.article_id = top.rowid
ORDER BY top.score, top.rowid
"""

#: Orders other than relevance, each an index walked backwards (NULL view
#: counts come last): shared with export.
ORDER_SQL = {
    "recent": ("articles_published_at", "a.published_at DESC, a.article_id DESC"),
    "views": ("articles_view_count", "a.view_count DESC, a.article_id DESC"),
}

# Recent or most viewed: no bm25 at all (it costs per matching row). The
# index is walked in order and each article checked against the matches
# (one FTS scan, kept as a list), until LIMIT are found: the query alone
# takes 0.4-0.6 ms at 5,000 articles, where sorting the matches read every
# matching row, bodies included (4-16 ms).
_SORTED_SQL = f"""
SELECT {_HIT_COLUMNS}, NULL
FROM articles AS a INDEXED BY {{index}}
WHERE a.article_id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH :match){{dates}}
ORDER BY {{order}}
LIMIT :limit
"""

# FTS5's snippet() of the _fold_d copies (every match of a folded query is
# there), in the order the Python snippets prefer: body, captions, title.
_SNIPPET_COLUMNS = ("body", "captions_text", "title")
_FTS_SNIPPET_SQL = (
    "SELECT "
    + ", ".join(
        f"snippet(articles_fts, {FTS_COLUMNS_V3.index(c + '_fold_d')}, :open, :close,"
        f" :ellipsis, :tokens), a.{c}"
        for c in _SNIPPET_COLUMNS
    )
    + " FROM articles_fts JOIN articles AS a ON a.article_id = articles_fts.rowid"
    " WHERE articles_fts MATCH :match AND articles_fts.rowid = :rowid"
)
# Marks FTS5 puts around matches before they become HIGHLIGHT_OPEN/CLOSE:
# control characters, which article text does not hold (unlike "[" or "]"),
# so the text between them is unambiguous.
_OPEN, _CLOSE = "\x02", "\x03"


def search(
    conn: sqlite3.Connection,
    query: str,
    *,
    limit: int = 20,
    since: str | None = None,
    until: str | None = None,
    sort: str = "relevance",
) -> list[SearchHit]:
    """The ``limit`` best (or newest, or most viewed) articles for ``query``.

    ``since``/``until`` are ``YYYY-MM-DD`` days (Hanoi), both inclusive.
    ``sort`` is one of ``SORTS``.
    """
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise QueryError(f"limit must be a positive whole number, not {limit!r}")
    if sort not in SORTS:
        raise QueryError(f"unknown sort {sort!r}; choose from: {', '.join(SORTS)}")
    parsed = parse_query(query)
    params: dict[str, Any] = {"match": parsed.match, "limit": limit}
    low, high = published_bounds(since, until)
    dates = ""
    table = "a" if sort != "relevance" else "d"
    if low is not None:
        dates += f" AND {table}.published_at >= :low"
        params["low"] = low
    if high is not None:
        dates += f" AND {table}.published_at < :high"
        params["high"] = high
    if sort == "relevance":
        join = " CROSS JOIN articles AS d ON d.article_id = articles_fts.rowid" if dates else ""
        sql = _SEARCH_SQL.format(join=join, dates=dates)
    else:
        index, order = ORDER_SQL[sort]
        sql = _SORTED_SQL.format(index=index, dates=dates, order=order)
    try:
        rows = conn.execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:
        # parse_query() only emits quoted terms, so this would be a bug here;
        # the person typing still deserves a sentence, not a traceback.
        raise QueryError(f"cannot search for {query!r}: {exc}") from exc
    highlighter = _highlighter(query)
    hits = []
    for article_id, title, published, url, views, author, section, body, captions, score in rows:
        snippet = highlighter.snippet(body, captions, title) if highlighter else None
        if snippet is None:
            snippet = _fts_snippet(conn, parsed.match, article_id)
        relevance = None if score is None else -score
        hits.append(
            SearchHit(article_id, title, published, url, snippet, relevance, views, author, section)
        )
    return hits


def _fts_snippet(conn: sqlite3.Connection, match: str, rowid: int) -> str:
    """FTS5's own snippet of one row: slower, but knows the tokenizer exactly.

    It is cut from a ``_fold_d`` copy (``đ`` written ``d``), whose characters
    stand one for one for the stored text's, so the stored text is put back.
    """
    params = {
        "match": match,
        "rowid": rowid,
        "open": _OPEN,
        "close": _CLOSE,
        "ellipsis": ELLIPSIS,
        "tokens": SNIPPET_TOKENS,
    }
    row = conn.execute(_FTS_SNIPPET_SQL, params).fetchone() or ()
    pairs = [(row[i], row[i + 1]) for i in range(0, len(row), 2)]
    folded, original = next(
        ((f, o) for f, o in pairs if f and _OPEN in f), pairs[0] if pairs else (None, None)
    )
    if not folded:
        return ""
    text = _unfold(folded, original or "")
    text = text.replace(_OPEN, HIGHLIGHT_OPEN).replace(_CLOSE, HIGHLIGHT_CLOSE)
    return " ".join(text.split())


def _unfold(snippet: str, original: str) -> str:
    """``snippet`` of ``fold_d(original)`` with the stored text's characters back."""
    before = ELLIPSIS if snippet.startswith(ELLIPSIS) else ""
    after = ELLIPSIS if snippet.endswith(ELLIPSIS) and len(snippet) > len(before) else ""
    body = snippet[len(before) : len(snippet) - len(after)]
    plain = body.replace(_OPEN, "").replace(_CLOSE, "")
    start = fold_d(original).find(plain)
    if start < 0:
        return snippet  # not found as cut (should not happen): the folded text
    source = iter(original[start : start + len(plain)])
    restored = "".join(c if c in (_OPEN, _CLOSE) else next(source) for c in body)
    return before + restored + after


def snippet(query: str, *texts: str | None) -> str | None:
    """What ``search`` shows of these texts for ``query`` (the first with most
    terms), matches marked; None if none matches. ``QueryError`` as ``search``."""
    highlighter = _highlighter(query)
    return highlighter.snippet(*texts) if highlighter else None


@functools.lru_cache(maxsize=256)
def _highlighter(query: str) -> Highlighter | None:
    parsed = parse_query(query)
    return Highlighter.build(
        parsed.highlight,
        HIGHLIGHT_OPEN,
        HIGHLIGHT_CLOSE,
        ELLIPSIS,
        SNIPPET_TOKENS,
        sequences=parsed.sequences,
    )
