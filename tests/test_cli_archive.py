"""The search, export, stats and reparse commands, through the CLI."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from archive import Archive, Caption, crawl_lock
from archive_helpers import fetched, make_article, page_for
from portal_archive.cli import cli

ARTICLES = [
    make_article(
        5211375,
        title="Hội nghị Ban Chấp hành Đảng bộ quận Cầu Giấy lần thứ 36",
        published_at="2020-03-03T14:00:00+07:00",
        view_count=490,
        body="Toàn cảnh Hội nghị Ban Chấp hành Đảng bộ quận Cầu Giấy lần thứ 36.",
        captions=(Caption("https://caugiay.hanoi.gov.vn/i/1.jpg", "Toàn cảnh Hội nghị"),),
    ),
    make_article(
        5300001,
        title="Đảng bộ quận Cầu Giấy tổ chức Hội nghị Ban Chấp hành lần thứ 12",
        published_at="2022-01-07T15:27:00+07:00",
    ),
    make_article(
        5300002,
        title="=Tin văn hóa",
        body="Lễ hội mùa xuân ở phường Dịch Vọng.",
        published_at="2023-02-01T08:00:00+07:00",
        captions=(),
    ),
]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "archive.db"
    with Archive.open(path, create=True) as archive:
        for n, article in enumerate(ARTICLES):
            archive.store(article, page_for(article), fetched(n), article.url)
    return path


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def run(runner: CliRunner, *args: str | Path):
    return runner.invoke(cli, [str(a) for a in args], catch_exceptions=False)


# -- search --------------------------------------------------------------------------


def test_search_human_output(runner: CliRunner, db: Path) -> None:
    result = run(runner, "search", "dang bo cau giay", "--db", db)
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "1. 2020-03-03  Hội nghị Ban Chấp hành Đảng bộ quận Cầu Giấy lần thứ 36\n"
        "   https://caugiay.hanoi.gov.vn/dang-doan-the/-/view_content/5211375-hoi-nghi.html\n"
        "   Toàn cảnh Hội nghị Ban Chấp hành [Đảng] [bộ] quận [Cầu] [Giấy] lần thứ 36.\n"
        "\n"
        "2. 2022-01-07  Đảng bộ quận Cầu Giấy tổ chức Hội nghị Ban Chấp hành lần thứ 12\n"
        "   https://caugiay.hanoi.gov.vn/dang-doan-the/-/view_content/5300001-hoi-nghi.html\n"
        "   Sáng ngày 07-01, Ban Chấp hành [Đảng] [bộ] quận [Cầu] [Giấy] (khóa VI) đã tổ…\n"
    )
    assert result.stderr == ""


def test_search_words_need_no_quotes(runner: CliRunner, db: Path) -> None:
    quoted = run(runner, "search", "--json", "--db", db, "dang bo cau giay")
    unquoted = run(runner, "search", "--json", "--db", db, "dang", "bo", "cau", "giay")
    assert quoted.stdout == unquoted.stdout


def test_search_json_exact(runner: CliRunner, db: Path) -> None:
    result = run(runner, "search", "dịch vọng", "--json", "--db", db)
    assert result.exit_code == 0
    assert json.loads(result.stdout) == [
        {
            "article_id": 5300002,
            "title": "=Tin văn hóa",
            "published_at": "2023-02-01T08:00:00+07:00",
            "view_count": 171,
            "author": "VĂN PHÒNG QUẬN ỦY",
            "section": "CÔNG TÁC ĐẢNG",
            "url": "https://caugiay.hanoi.gov.vn/dang-doan-the/-/view_content/5300002-hoi-nghi.html",
            "snippet": "Lễ hội mùa xuân ở phường [Dịch] [Vọng].",
        }
    ]
    assert "Dịch" in result.stdout  # not \u-escaped


def test_search_limit_and_dates(runner: CliRunner, db: Path) -> None:
    def found(*args: str) -> list[int]:
        result = run(runner, "search", "hoi nghi", "--json", "--db", db, *args)
        assert result.exit_code == 0, result.output
        return [hit["article_id"] for hit in json.loads(result.stdout)]

    assert len(found()) == 2
    assert len(found("--limit", "1")) == 1
    assert found("--since", "2021-01-01") == [5300001]
    assert found("--until", "2020-03-03") == [5211375]
    assert found("--since", "2022-01-08") == []


def test_search_no_hits(runner: CliRunner, db: Path) -> None:
    result = run(runner, "search", "bóng đá", "--db", db)
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == "no articles match 'bóng đá'\n"
    result = run(runner, "search", "bóng đá", "--json", "--db", db)
    assert (result.exit_code, result.stdout, result.stderr) == (0, "[]\n", "")


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "AND",
        "OR x",
        "*",
        "(",
        "'; DROP TABLE articles; --",
        "NEAR(",
        "😀",
        "title:",
        "COVID-19",
        "15/2024/NĐ-CP",
        "x" * 3000,
        "   ",
    ],
)
def test_search_hostile_queries(runner: CliRunner, db: Path, query: str) -> None:
    result = run(runner, "search", query, "--db", db)
    if result.exit_code == 0:
        assert "Traceback" not in result.output
    else:
        assert result.exit_code == 1
        assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1
    with Archive.open(db) as archive:
        assert len(archive.article_ids()) == 3


# -- errors every command shares --------------------------------------------------------


@pytest.fixture
def not_sqlite(tmp_path: Path) -> Path:
    path = tmp_path / "notes.db"
    path.write_text("date,title\n2022-01-07,x\n")
    return path


@pytest.fixture
def other_sqlite(tmp_path: Path) -> Path:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    return path


COMMANDS = [["search", "dang"], ["export"], ["stats"], ["reparse"]]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_missing_archive(runner: CliRunner, tmp_path: Path, command: list[str]) -> None:
    missing = tmp_path / "missing.db"
    result = run(runner, *command, "--db", missing)
    assert result.exit_code == 1
    assert result.stderr == f"Error: no archive at {missing}; run portal-archive crawl first\n"
    assert list(tmp_path.iterdir()) == []  # no file created, not even a lock


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_not_an_archive(
    runner: CliRunner, not_sqlite: Path, other_sqlite: Path, command: list[str]
) -> None:
    result = run(runner, *command, "--db", not_sqlite)
    assert result.exit_code == 1
    assert result.stderr == f"Error: {not_sqlite} is not a SQLite database, so not an archive\n"
    result = run(runner, *command, "--db", other_sqlite)
    assert result.exit_code == 1
    assert "is a SQLite database but not a portal-archive" in result.stderr
    assert result.stderr.count("\n") == 1


def test_db_from_the_environment(db: Path) -> None:
    result = CliRunner(env={"PORTAL_ARCHIVE_DB": str(db)}).invoke(cli, ["stats", "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["articles"] == 3


@pytest.mark.parametrize("command", [["search", "dang"], ["export"]], ids=lambda c: c[0])
@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--since", "2024-13-01", "since '2024-13-01' is not a calendar date"),
        ("--until", "07/01/2022", "until '07/01/2022' is not a date; use YYYY-MM-DD"),
        ("--since", "yesterday", "since 'yesterday' is not a date"),
    ],
)
def test_bad_dates(
    runner: CliRunner, db: Path, command: list[str], option: str, value: str, message: str
) -> None:
    result = run(runner, *command, option, value, "--db", db)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {message}") and result.stderr.count("\n") == 1


def test_bad_limit(runner: CliRunner, db: Path) -> None:
    result = run(runner, "search", "dang", "--limit", "0", "--db", db)
    assert result.exit_code == 2 and "--limit" in result.stderr


def test_one_line_errors_through_main(tmp_path: Path, not_sqlite: Path) -> None:
    """The console entry point: one line on stderr, no traceback."""
    cases = [
        (
            ["search", "dang", "--db", str(tmp_path / "none.db")],
            "portal-archive: error: no archive at "
            f"{tmp_path / 'none.db'}; run portal-archive crawl first\n",
        ),
        (
            ["search", "dang", "--db", str(not_sqlite)],
            f"portal-archive: error: {not_sqlite} is not a SQLite database, so not an archive\n",
        ),
        (["export", "--since", "2024-02-30", "--db", str(not_sqlite)], None),
    ]
    for args, expected in cases:
        done = subprocess.run(
            [sys.executable, "-m", "portal_archive", *args],
            capture_output=True,
            text=True,
            timeout=60,
            cwd=Path(__file__).resolve().parent.parent,
            env={**os.environ, "PORTAL_ARCHIVE_DEBUG": ""},
        )
        assert done.returncode == 1, done.stderr
        assert done.stdout == ""
        assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
        if expected:
            assert done.stderr == expected


def test_hostile_query_through_main(db: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "portal_archive", "search", '"', "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert done.returncode == 1
    assert done.stderr == (
        "portal-archive: error: nothing to search for: type a word"
        " (punctuation and symbols are ignored)\n"
    )


# -- export ---------------------------------------------------------------------------


def test_export_csv_to_stdout(runner: CliRunner, db: Path) -> None:
    result = run(runner, "export", "--db", db)
    assert result.exit_code == 0
    assert result.stderr == ""
    rows = list(csv.reader(io.StringIO(result.stdout_bytes.decode(), newline="")))
    assert rows[0] == [
        "article_id",
        "url",
        "published_at",
        "title",
        "view_count",
        "author",
        "section",
        "body",
    ]
    assert [row[0] for row in rows[1:]] == ["5211375", "5300001", "5300002"]
    assert rows[3][3] == "=Tin văn hóa"  # plain CSV: as stored
    assert result.stdout_bytes.count(b"\r\n") == 4


def test_export_file_excel_jsonl_columns(runner: CliRunner, db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    result = run(
        runner, "export", "-o", out, "--excel", "--columns", "article_id,title", "--db", db
    )
    assert result.exit_code == 0
    assert result.stderr == f"exported 3 articles to {out}\n"
    assert (
        out.read_bytes()
        == (
            "\ufeffarticle_id,title\r\n"
            "5211375,Hội nghị Ban Chấp hành Đảng bộ quận Cầu Giấy lần thứ 36\r\n"
            "5300001,Đảng bộ quận Cầu Giấy tổ chức Hội nghị Ban Chấp hành lần thứ 12\r\n"
            "5300002,'=Tin văn hóa\r\n"
        ).encode()
    )
    result = run(
        runner,
        "export",
        "--format",
        "jsonl",
        "--columns",
        "article_id,captions",
        "--since",
        "2022-01-01",
        "--db",
        db,
    )
    assert result.stdout.splitlines() == [
        '{"article_id": 5300001, "captions": [{"image_url": '
        '"https://caugiay.hanoi.gov.vn/image/5300001-1.jpg", "text": '
        '"Đồng chí Nguyễn Văn Chiến phát biểu tại Hội nghị"}, {"image_url": '
        '"https://caugiay.hanoi.gov.vn/image/5300001-2.jpg", "text": null}]}',
        '{"article_id": 5300002, "captions": []}',
    ]


def test_export_query_equals_search(runner: CliRunner, db: Path) -> None:
    for query in ("dang bo cau giay", "hoi nghi lan thu 36", "xuan"):
        searched = run(runner, "search", query, "--json", "--limit", "1000", "--db", db)
        exported = run(runner, "export", "--query", query, "--columns", "article_id", "--db", db)
        assert sorted(hit["article_id"] for hit in json.loads(searched.stdout)) == [
            int(line) for line in exported.stdout.split()[1:]
        ]


def test_export_errors(runner: CliRunner, db: Path, tmp_path: Path) -> None:
    result = run(runner, "export", "--columns", "article_id,titel", "--db", db)
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: unknown column 'titel'; choose from: article_id, url,")
    assert result.stderr.count("\n") == 1
    result = run(runner, "export", "--format", "jsonl", "--excel", "--db", db)
    assert (result.exit_code, result.stderr) == (
        1,
        "Error: excel applies to CSV only (use format csv)\n",
    )
    result = run(runner, "export", "--query", "AND", "--db", db)
    assert result.exit_code == 1 and result.stderr.startswith("Error: nothing to search for")
    result = run(runner, "export", "--format", "xlsx", "--db", db)
    assert result.exit_code == 2
    result = run(runner, "export", "-o", tmp_path / "no" / "dir.csv", "--db", db)
    assert result.exit_code == 1 and result.stderr.startswith("Error: cannot write")


# -- stats ----------------------------------------------------------------------------


def test_stats(runner: CliRunner, db: Path) -> None:
    with Archive.open(db) as archive:
        run_id = archive.start_run("incremental", fetched(0))
        archive.finish_run(run_id, "completed", fetched(5), pages_fetched=4, articles_new=3)
    result = run(runner, "stats", "--db", db)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == f"{db}: 3 articles, published 2020-03-03 to 2023-02-01"
    assert "  captions           3" in lines
    assert lines[-1] == (
        "  #1 2024-05-01T03:00:00+00:00 incremental completed: 4 pages, 3 new, 0 updated,"
        " 0 unchanged, 0 failed"
    )
    data = json.loads(run(runner, "stats", "--json", "--db", db).stdout)
    assert {
        k: data[k]
        for k in (
            "articles",
            "captions",
            "view_observations",
            "revisions",
            "pages",
            "pages_refused",
            "gone",
            "crawl_runs",
        )
    } == {
        "articles": 3,
        "captions": 3,
        "view_observations": 3,
        "revisions": 0,
        "pages": 3,
        "pages_refused": 0,
        "gone": 0,
        "crawl_runs": 1,
    }
    assert data["published_first"] == "2020-03-03T14:00:00+07:00"
    assert data["latest_runs"][0]["articles_new"] == 3
    assert data["file_size"] > 0 and data["schema_version"] >= 2


# -- reparse --------------------------------------------------------------------------


def test_reparse(runner: CliRunner, db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    by_url = {article.url: article for article in ARTICLES}

    def parser(html: bytes, url: str):
        article = by_url[url]
        if article.article_id == 5300002:
            raise ValueError("no publish date on the page")
        return (
            dataclasses.replace(article, author="BAN TUYÊN GIÁO")
            if article.article_id == 5211375
            else article
        )

    monkeypatch.setattr("scraper.pages.parse_article", parser)
    result = run(runner, "reparse", "--db", db)
    assert result.exit_code == 0, result.output
    assert result.stdout == "reparsed 3 pages: 0 new, 1 updated, 1 unchanged, 1 refused\n"
    assert (
        result.stderr == "  refused 5300002: no publish date on the page\n"
    )  # no TTY: no progress
    with Archive.open(db) as archive:
        assert archive.get(5211375).author == "BAN TUYÊN GIÁO"
        (reparse_run,) = archive.crawl_runs()
        assert (reparse_run.mode, reparse_run.status, reparse_run.articles_updated) == (
            "reparse",
            "completed",
            1,
        )


def test_reparse_with_a_crashing_parser_fails(
    runner: CliRunner, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def parser(html: bytes, url: str):
        raise KeyError("oops")

    monkeypatch.setattr("scraper.pages.parse_article", parser)
    result = run(runner, "reparse", "--db", db)
    assert result.exit_code == 1
    assert (
        result.stdout
        == "reparsed 3 pages: 0 new, 0 updated, 0 unchanged, 0 refused, 3 parser errors\n"
    )
    assert (
        result.stderr == "Error: the parser failed on 3 page(s); first: 5211375: KeyError: 'oops'\n"
    )


def test_reparse_waits_for_no_crawl(runner: CliRunner, db: Path) -> None:
    with crawl_lock(db):
        result = run(runner, "reparse", "--db", db)
    assert result.exit_code == 75
    assert result.stderr.startswith(f"Error: another crawl of {db} is running")


# -- help -----------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["search", "export", "stats", "reparse"])
def test_help_has_an_example(runner: CliRunner, command: str) -> None:
    result = run(runner, command, "--help")
    assert result.exit_code == 0
    assert f"portal-archive {command}" in result.stdout
    assert "--db" in result.stdout


DOCS = Path(__file__).resolve().parent.parent / "docs" / "cli.md"


@pytest.mark.parametrize("name", ["search", "export", "stats", "reparse"])
def test_the_command_reference_documents_every_option(name: str) -> None:
    text = DOCS.read_text(encoding="utf-8")
    start = text.index(f"### `portal-archive {name}")
    end = text.find("\n### ", start + 1)
    section = text[start : end if end > 0 else len(text)]
    command = cli.commands[name]
    for param in command.params:
        if param.name in ("help", "db_path"):
            continue  # the shared options, documented once above the commands
        names = getattr(param, "opts", [])
        if param.param_type_name == "argument":
            assert param.name.upper() in section, (name, param.name)
        else:
            assert any(opt in section for opt in names), (name, names)
    assert "--db" in text[: text.index("### `portal-archive")]
