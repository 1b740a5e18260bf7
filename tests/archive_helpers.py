"""Helpers for tests of code that uses the archive: sample Articles, pages, times.

Test code, so it lives under tests/ and is not installed with the product.
Plain functions, no pytest or Hypothesis needed to import them; test modules
import them as ``from archive_helpers import ...`` (pytest puts tests/, which
has no __init__.py, on sys.path).
"""

from __future__ import annotations

import dataclasses
import hashlib
import sqlite3
from datetime import UTC, datetime, timedelta
from typing import Any

from archive.model import Article, Caption

#: A fixed fetch time, so no test depends on today's date.
FETCHED_AT = datetime(2024, 5, 1, 3, 0, tzinfo=UTC)

SAMPLE_BODY = (
    "Sáng ngày 07-01, Ban Chấp hành Đảng bộ quận Cầu Giấy (khóa VI) đã tổ chức "
    "Hội nghị lần thứ 12 để thảo luận và thông qua các nội dung theo chương trình "
    "công tác đã đề ra.\n\nTrong bối cảnh chịu sự tác động của đại dịch Covid-19, "
    "Quận đã thực hiện 13/13 chỉ tiêu."
)


def make_article(article_id: int = 5211375, **changes: Any) -> Article:
    """A realistic Article; keyword arguments replace fields."""
    article = Article(
        article_id=article_id,
        url=f"https://caugiay.hanoi.gov.vn/dang-doan-the/-/view_content/{article_id}-hoi-nghi.html",
        lang="vi",
        section="CÔNG TÁC ĐẢNG",
        title="Đảng bộ quận Cầu Giấy tổ chức Hội nghị Ban Chấp hành lần thứ 12",
        published_at="2022-01-07T15:27:00+07:00",
        view_count=171,
        body=SAMPLE_BODY,
        body_html="<p>" + SAMPLE_BODY.replace("\n\n", "</p><p>") + "</p>",
        captions=(
            Caption(
                image_url=f"https://caugiay.hanoi.gov.vn/image/{article_id}-1.jpg",
                text="Đồng chí Nguyễn Văn Chiến phát biểu tại Hội nghị",
            ),
            Caption(image_url=f"https://caugiay.hanoi.gov.vn/image/{article_id}-2.jpg", text=None),
        ),
        author="VĂN PHÒNG QUẬN ỦY",
    )
    return dataclasses.replace(article, **changes)


def page_for(article: Article) -> bytes:
    """Raw HTML bytes standing for the fetched page of ``article``."""
    return (
        f"<html><head><title>{article.title}</title></head><body>"
        f"<h1>{article.title}</h1>{article.body_html}</body></html>"
    ).encode()


def fetched(minutes: int = 0) -> datetime:
    """``FETCHED_AT`` plus some minutes: successive fetch times."""
    return FETCHED_AT + timedelta(minutes=minutes)


def tables_checksum(conn: sqlite3.Connection) -> str:
    """sha256 over every row of every table (FTS shadow tables included).

    Equal before and after an operation = the operation wrote nothing.
    """
    digest = hashlib.sha256()
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
            " ORDER BY name"
        )
    ]
    for table in tables:
        digest.update(table.encode())
        for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
            digest.update(repr(row).encode())
    digest.update(repr(conn.execute("PRAGMA user_version").fetchone()).encode())
    return digest.hexdigest()
