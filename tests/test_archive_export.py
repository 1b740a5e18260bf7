"""Export: RFC 4180 CSV byte for byte, the Excel rules, JSONL, filters, memory."""

from __future__ import annotations

import csv
import io
import json
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from archive import Archive, Caption, ColumnError, ExportError
from archive.export import DEFAULT_COLUMNS, EXCEL_MAX_CELL, TRUNCATED_MARK, excel_cell
from archive_helpers import fetched, make_article, page_for

TRICKY_BODY = 'Dòng một, có dấu phẩy.\nDòng hai có "ngoặc kép".\r\nDòng ba\rhết.\n\n=SUM(A1)'


@pytest.fixture
def archive(tmp_path: Path):
    with Archive.open(tmp_path / "archive.db", create=True) as opened:
        articles = [
            make_article(1, body=TRICKY_BODY, author="=cmd|' /C calc'!A0"),
            make_article(
                2,
                title="+ Hội nghị",
                author=None,
                view_count=None,
                section=None,
                published_at="2021-06-01T08:00:00+07:00",
            ),
            make_article(
                3,
                title="Tin văn hóa",
                body="Lễ hội mùa xuân.",
                captions=(),
                published_at="2023-02-01T08:00:00+07:00",
            ),
        ]
        for n, article in enumerate(articles):
            opened.store(article, page_for(article), fetched(n), article.url)
        yield opened


def export_bytes(archive: Archive, **kwargs: Any) -> bytes:
    out = io.BytesIO()
    archive.export(out, **kwargs)
    return out.getvalue()


def stored(archive: Archive, columns: tuple[str, ...]) -> list[tuple]:
    select = ", ".join(columns)
    return archive.connection.execute(
        f"SELECT {select} FROM articles ORDER BY published_at, article_id"
    ).fetchall()


def test_plain_csv_is_rfc_4180_and_round_trips(archive: Archive) -> None:
    data = export_bytes(archive)
    assert not data.startswith(b"\xef\xbb\xbf")
    assert data.startswith(",".join(DEFAULT_COLUMNS).encode() + b"\r\n")
    assert data.endswith(b"\r\n")
    # The body's own line breaks are inside a quoted field, unchanged.
    assert TRICKY_BODY.replace('"', '""').encode() in data
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    assert rows[0] == list(DEFAULT_COLUMNS)
    expected = [
        ["" if v is None else str(v) for v in row] for row in stored(archive, DEFAULT_COLUMNS)
    ]
    assert rows[1:] == expected
    assert [row[0] for row in rows[1:]] == ["2", "1", "3"]  # oldest first


def test_plain_csv_does_not_neutralise(archive: Archive) -> None:
    rows = list(
        csv.DictReader(
            io.StringIO(
                export_bytes(archive, columns="article_id,author,title").decode(), newline=""
            )
        )
    )
    assert rows[1]["author"] == "=cmd|' /C calc'!A0"
    assert rows[0]["title"] == "+ Hội nghị"


def test_pandas_reads_the_csv_back(archive: Archive, tmp_path: Path) -> None:
    pandas = pytest.importorskip("pandas")
    path = tmp_path / "out.csv"
    archive.export(path)
    frame = pandas.read_csv(path, dtype=str, keep_default_na=False)
    assert list(frame.columns) == list(DEFAULT_COLUMNS)
    assert frame.loc[frame.article_id == "1", "body"].item() == TRICKY_BODY


def test_excel_csv(archive: Archive) -> None:
    data = export_bytes(archive, excel=True, columns="article_id,title,author,body,view_count")
    assert data.startswith(b"\xef\xbb\xbfarticle_id,title,author,body,view_count\r\n")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    by_id = {row["article_id"]: row for row in rows}
    assert by_id["1"]["author"] == "'=cmd|' /C calc'!A0"
    assert by_id["2"]["title"] == "'+ Hội nghị"
    assert by_id["1"]["body"] == TRICKY_BODY  # starts with a letter: untouched
    assert by_id["2"]["view_count"] == ""


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+84 24 3756", "'+84 24 3756"),
        ("-19", "'-19"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("Đảng bộ", "Đảng bộ"),
        (" =1", " =1"),
        ("", ""),
        (171, 171),
        (None, None),
    ],
)
def test_excel_cell_neutralises_formulas(value: object, expected: object) -> None:
    assert excel_cell(value) == expected


def test_excel_cell_cuts_long_text_within_the_limit() -> None:
    long = "Đảng " * 10_000
    cut = excel_cell(long)
    assert len(cut) <= EXCEL_MAX_CELL and cut.endswith(TRUNCATED_MARK)
    assert long.startswith(cut[: -len(TRUNCATED_MARK)])
    # Emoji count twice in Excel (UTF-16): the limit is in UTF-16 units.
    emoji = "😀" * 20_000
    cut = excel_cell(emoji)
    assert len(cut.encode("utf-16-le")) // 2 <= EXCEL_MAX_CELL
    assert cut.endswith(TRUNCATED_MARK)
    exact = "x" * EXCEL_MAX_CELL
    assert excel_cell(exact) == exact


def test_excel_export_cuts_a_huge_body(tmp_path: Path) -> None:
    body = "Đảng bộ quận Cầu Giấy. " * 3000
    with Archive.open(tmp_path / "a.db", create=True) as archive:
        archive.store(make_article(1, body=body), b"x", fetched(), "u")
        plain = list(csv.DictReader(io.StringIO(export_bytes(archive).decode(), newline="")))
        excel = list(
            csv.DictReader(
                io.StringIO(export_bytes(archive, excel=True).decode("utf-8-sig"), newline="")
            )
        )
    assert plain[0]["body"] == body
    assert excel[0]["body"].endswith(TRUNCATED_MARK) and len(excel[0]["body"]) <= EXCEL_MAX_CELL


def test_jsonl(archive: Archive) -> None:
    data = export_bytes(
        archive, format="jsonl", columns="article_id,title,body,view_count,captions"
    )
    lines = data.decode("utf-8").split("\n")
    assert lines[-1] == "" and len(lines) == 4
    assert "Hội nghị".encode() in data and b"\\u" not in data
    records = [json.loads(line) for line in lines[:-1]]
    first = next(r for r in records if r["article_id"] == 1)
    assert first["body"] == TRICKY_BODY
    assert first["captions"] == [c.to_dict() for c in make_article(1).captions]
    assert next(r for r in records if r["article_id"] == 2)["view_count"] is None
    assert next(r for r in records if r["article_id"] == 3)["captions"] == []


def test_captions_column_in_csv_is_json(archive: Archive) -> None:
    rows = list(
        csv.DictReader(
            io.StringIO(
                export_bytes(archive, columns=["article_id", "captions"]).decode(), newline=""
            )
        )
    )
    captions = {row["article_id"]: json.loads(row["captions"]) for row in rows}
    assert captions["1"] == [
        {
            "image_url": "https://caugiay.hanoi.gov.vn/image/1-1.jpg",
            "text": "Đồng chí Nguyễn Văn Chiến phát biểu tại Hội nghị",
        },
        {"image_url": "https://caugiay.hanoi.gov.vn/image/1-2.jpg", "text": None},
    ]


def test_query_export_equals_the_search(archive: Archive) -> None:
    for query in ("dang bo cau giay", "hoi nghi", "van hoa", "covid OR xuan", '"ban chap hanh"'):
        rows = list(
            csv.DictReader(io.StringIO(export_bytes(archive, query=query).decode(), newline=""))
        )
        exported = {int(row["article_id"]) for row in rows}
        assert exported == {hit.article_id for hit in archive.search(query, limit=1000)}, query


def test_date_filters(archive: Archive) -> None:
    rows = list(
        csv.DictReader(
            io.StringIO(
                export_bytes(archive, since="2021-06-01", until="2022-12-31").decode(), newline=""
            )
        )
    )
    assert [row["article_id"] for row in rows] == ["2", "1"]


@pytest.mark.parametrize(
    ("columns", "message"),
    [
        ("article_id,titel", "unknown column 'titel'; choose from: article_id, url,"),
        ("a,b", "unknown columns 'a', 'b'"),
        (",", "no columns given"),
        ("title,title", "column 'title' given twice"),
        ("body_html; DROP TABLE articles", "unknown column"),
    ],
)
def test_bad_columns(archive: Archive, columns: str, message: str) -> None:
    with pytest.raises(ColumnError, match=message):
        export_bytes(archive, columns=columns)


def test_bad_format_and_option_mix(archive: Archive) -> None:
    with pytest.raises(ExportError, match="unknown format 'xlsx'"):
        export_bytes(archive, format="xlsx")
    with pytest.raises(ExportError, match="excel applies to CSV only"):
        export_bytes(archive, format="jsonl", excel=True)


def test_a_file_is_written_whole_or_not_at_all(archive: Archive, tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    path.write_text("previous export")
    with pytest.raises(ColumnError):
        archive.export(path, columns="nope")
    assert path.read_text() == "previous export"
    assert archive.export(path) == 3
    assert path.read_bytes().startswith(b"article_id,")
    assert not (tmp_path / "out.csv.partial").exists()


def test_every_column_exports(archive: Archive) -> None:
    from archive.export import EXPORT_COLUMNS

    rows = list(
        csv.DictReader(
            io.StringIO(export_bytes(archive, columns=EXPORT_COLUMNS).decode(), newline="")
        )
    )
    assert len(rows) == 3 and set(rows[0]) == set(EXPORT_COLUMNS)


def test_memory_stays_flat(tmp_path: Path) -> None:
    body = "Hội nghị Ban Chấp hành Đảng bộ quận Cầu Giấy. " * 60  # ~3 KB
    with Archive.open(tmp_path / "big.db", create=True) as archive:
        conn = archive.connection
        article = make_article(1, body=body, captions=(Caption("u", "c"),))
        archive.store(article, b"x", fetched(), "u")
        # Clone rows in SQL: storing 3,000 articles one by one is not the point here.
        conn.execute(
            "WITH RECURSIVE n(value) AS (SELECT 1 UNION "
            "ALL SELECT value + 1 FROM n WHERE value < 2999)"
            " INSERT INTO articles (article_id, url, lang, section, title, published_at,"
            " view_count, author, content_hash, first_seen_at, last_fetched_at, captions_text,"
            " body, body_html, lead, posted_by)"
            " SELECT article_id + value, url, lang, section, title, published_at,"
            " view_count, author, content_hash, first_seen_at, last_fetched_at, captions_text,"
            " body, body_html, lead, posted_by FROM articles, n"
        )
        total_text = 3000 * len(body.encode())
        tracemalloc.start()
        try:
            rows = archive.export(tmp_path / "big.csv")
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert rows == 3000
    assert peak < total_text / 10, (peak, total_text)
