"""Export articles as CSV or JSON Lines, streamed: memory stays flat.

Rows come from a cursor one at a time and go straight to the output, so a
100,000-article archive exports in the same memory as a 10-article one.

- Plain CSV is RFC 4180: comma, CRLF line ends, fields with commas, quotes
  or line breaks quoted, quotes doubled; UTF-8 without BOM; every value as
  stored (a body keeps its newlines; NULL is an empty field).
- ``excel=True`` is for opening the file in a spreadsheet: a UTF-8 BOM (so
  Excel reads Vietnamese right), text cells beginning with ``=``, ``+``,
  ``-``, ``@``, tab or CR prefixed with ``'`` (OWASP's CSV-injection advice:
  the spreadsheet shows text instead of running a formula), and cells over
  Excel's 32,767-character limit cut, ending with ``… [truncated]``.
- ``jsonl``: one JSON object per line, UTF-8 (not ``\\u`` escaped);
  ``captions`` is a list of ``{"image_url", "text"}`` objects there.
- ``what="captions"``: one row per photo instead of one per article, with
  its article's id, date, title and URL (a flat table for a spreadsheet).
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import os
import sqlite3
import stat
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from archive.errors import ColumnError, ExportError
from archive.search import ORDER_SQL, match_clause

#: Columns of ``articles`` that can be exported, in table order.
ARTICLE_COLUMNS = (
    "article_id",
    "url",
    "lang",
    "section",
    "title",
    "published_at",
    "view_count",
    "author",
    "lead",
    "posted_by",
    "content_hash",
    "first_seen_at",
    "last_fetched_at",
    "captions_text",
    "body",
    "body_html",
)

#: Computed columns: ``captions`` is the article's photos as a JSON array.
EXTRA_COLUMNS: dict[str, str] = {
    "captions": (
        "(SELECT json_group_array(json_object('image_url', c.image_url, 'text', c.text))"
        " FROM (SELECT image_url, text FROM captions WHERE article_id = a.article_id"
        " ORDER BY position) AS c)"
    ),
}

#: Hanoi calendar date, month and year (generated columns of ``articles``).
DATE_COLUMNS = ("published_date", "published_month", "published_year")

EXPORT_COLUMNS = ARTICLE_COLUMNS + DATE_COLUMNS + tuple(EXTRA_COLUMNS)

#: ``what="captions"``: one row per photo; article columns come from ``a``.
CAPTION_COLUMNS: dict[str, str] = {
    "article_id": "a.article_id",
    "published_at": "a.published_at",
    "published_date": "a.published_date",
    "title": "a.title",
    "url": "a.url",
    "position": "c.position",
    "image_url": "c.image_url",
    "text": "c.text",
}

#: What can be exported, and the columns each offers.
WHATS = {"articles": EXPORT_COLUMNS, "captions": tuple(CAPTION_COLUMNS)}

#: Row orders: ``oldest`` first (the default, streamed along the index),
#: ``recent`` first, most ``views`` first.
#: Each follows an index, so rows stream without a sort.
SORTS = {
    "oldest": "a.published_at, a.article_id",
    **{name: order for name, (_, order) in ORDER_SQL.items()},
}

#: What a researcher gets without ``columns``.
DEFAULT_COLUMNS = (
    "article_id",
    "url",
    "published_at",
    "title",
    "view_count",
    "author",
    "section",
    "body",
)

FORMATS = ("csv", "jsonl")

EXCEL_MAX_CELL = 32_767  # Excel's limit, in UTF-16 code units
TRUNCATED_MARK = "… [truncated]"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def parse_columns(columns: str | Sequence[str] | None, what: str = "articles") -> tuple[str, ...]:
    """Validated column names from ``"a,b,c"`` or a sequence; default if None."""
    available = WHATS[what]
    if columns is None:
        return DEFAULT_COLUMNS if what == "articles" else available
    names = columns.split(",") if isinstance(columns, str) else list(columns)
    names = [name.strip() for name in names if name.strip()]
    if not names:
        raise ColumnError(f"no columns given; choose from: {', '.join(available)}")
    bad = [name for name in names if name not in available]
    if bad:
        raise ColumnError(
            f"unknown column{'s' if len(bad) > 1 else ''} {', '.join(map(repr, bad))}"
            f"{'' if what == 'articles' else ' for captions'}; choose from: {', '.join(available)}"
        )
    duplicates = sorted({name for name in names if names.count(name) > 1})
    if duplicates:
        raise ColumnError(f"column {duplicates[0]!r} given twice")
    return tuple(names)


def export_sql(
    columns: Sequence[str],
    query: str | None,
    since: str | None,
    until: str | None,
    *,
    what: str = "articles",
    sort: str = "oldest",
    limit: int | None = None,
) -> tuple[str, dict[str, Any]]:
    """The SELECT an export runs (columns already validated)."""
    if sort not in SORTS:
        raise ExportError(f"unknown sort {sort!r}; choose from: {', '.join(SORTS)}")
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 1):
        raise ExportError(f"limit must be a positive whole number, not {limit!r}")
    where, params = match_clause(query, since, until)
    # Oldest first follows the published_at index: no sort, rows stream at once.
    order = SORTS[sort]
    limit_sql = "" if limit is None else f" LIMIT {int(limit)}"
    if what == "captions":
        select = ", ".join(f"{CAPTION_COLUMNS[name]} AS {name}" for name in columns)
        # --limit counts articles: the captions of the N newest, most viewed...
        chosen = f"SELECT a.article_id FROM articles AS a WHERE {where} ORDER BY {order}{limit_sql}"
        sql = (
            f"SELECT {select} FROM articles AS a JOIN captions AS c ON c.article_id = a.article_id"
            f" WHERE a.article_id IN ({chosen}) ORDER BY {order}, c.position"
        )
        return sql, params
    select = ", ".join(EXTRA_COLUMNS.get(name, f"a.{name}") + f" AS {name}" for name in columns)
    sql = f"SELECT {select} FROM articles AS a WHERE {where} ORDER BY {order}{limit_sql}"
    return sql, params


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def excel_cell(value: Any) -> Any:
    """A value made safe for a spreadsheet (see the module docstring)."""
    if not isinstance(value, str):
        return value
    if value.startswith(_FORMULA_STARTS):
        value = "'" + value
    if len(value) > EXCEL_MAX_CELL // 2 and _utf16_len(value) > EXCEL_MAX_CELL:
        budget = EXCEL_MAX_CELL - _utf16_len(TRUNCATED_MARK)
        cut = len(value)
        used = 0
        for index, char in enumerate(value):
            width = 2 if ord(char) > 0xFFFF else 1
            if used + width > budget:
                cut = index
                break
            used += width
        value = value[:cut] + TRUNCATED_MARK
    return value


def _csv_lines(rows: Iterable[Sequence[Any]], header: Sequence[str], excel: bool) -> Iterator[str]:
    """The header line, then one line (record) per row."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")  # RFC 4180; QUOTE_MINIMAL
    for row in itertools.chain([header], rows):
        writer.writerow([excel_cell(v) for v in row] if excel else row)
        # Hand over one record at a time; the buffer never grows past one.
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()


def _jsonl_lines(rows: Iterable[Sequence[Any]], header: Sequence[str]) -> Iterator[str]:
    captions_at = header.index("captions") if "captions" in header else None
    for row in rows:
        record = dict(zip(header, row, strict=True))
        if captions_at is not None:
            record["captions"] = json.loads(row[captions_at])
        yield json.dumps(record, ensure_ascii=False) + "\n"


def _replaceable(path: Path) -> bool:
    """True for a regular file or no file: what an atomic rename may replace."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return True
    return stat.S_ISREG(mode)


def write_export(
    conn: sqlite3.Connection,
    out: BinaryIO | str | os.PathLike[str],
    *,
    columns: str | Sequence[str] | None = None,
    query: str | None = None,
    since: str | None = None,
    until: str | None = None,
    format: str = "csv",
    excel: bool = False,
    what: str = "articles",
    sort: str = "oldest",
    limit: int | None = None,
) -> int:
    """Write the selected articles (or their captions) to ``out``; return the number of rows.

    ``out`` is a binary stream (left open) or a path. A path to a regular
    file (or to nothing yet) is written through ``<path>.partial`` and
    renamed at the end, so it never holds half an export. Anything else (a
    FIFO, a device, a symlink) is written through, never replaced.
    Everything is validated before anything is written; write errors (full
    disk) propagate as ``OSError``.
    """
    if format not in FORMATS:
        raise ExportError(f"unknown format {format!r}; choose from: {', '.join(FORMATS)}")
    if excel and format != "csv":
        raise ExportError("excel applies to CSV only (use format csv)")
    if what not in WHATS:
        raise ExportError(f"cannot export {what!r}; choose from: {', '.join(WHATS)}")
    names = parse_columns(columns, what)
    sql, params = export_sql(names, query, since, until, what=what, sort=sort, limit=limit)
    cursor = conn.execute(sql, params)
    rows: Iterable[Sequence[Any]] = cursor
    lines = _csv_lines(rows, names, excel) if format == "csv" else _jsonl_lines(rows, names)
    count = 0

    def write_all(stream: BinaryIO) -> None:
        nonlocal count
        if excel:
            stream.write("\ufeff".encode())
        for line in lines:
            stream.write(line.encode("utf-8"))
            count += 1
        if format == "csv":
            count -= 1  # the header line

    try:
        if isinstance(out, (str, os.PathLike)):
            path = Path(out)
            if _replaceable(path):
                partial = path.with_name(path.name + ".partial")
                try:
                    with open(partial, "wb") as stream:
                        write_all(stream)
                        stream.flush()
                        os.fsync(stream.fileno())
                    os.replace(partial, path)
                except BaseException:
                    partial.unlink(missing_ok=True)
                    raise
            else:
                with open(path, "wb") as stream:  # a FIFO, a device, a symlink's target
                    write_all(stream)
        else:
            write_all(out)
    finally:
        cursor.close()
    return count
