"""The research commands: search sorts and formats, show, counts, export of
captions, serve's set-up, and what a one-off command imports."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from archive import Archive, Caption
from archive_helpers import fetched, make_article, page_for
from portal_archive.cli import cli
from portal_archive.commands import COMMANDS

ARTICLES = [
    make_article(
        1,
        title="Đảng bộ phường Dịch Vọng",
        published_at="2021-12-31T23:30:00+07:00",
        view_count=50,
        author="Huy Kiên",
    ),
    # 06:30 in Hanoi is the day before in UTC: it must count in January.
    make_article(
        2, title="Hội nghị Đảng bộ quận", published_at="2022-01-01T06:30:00+07:00", view_count=900
    ),
    make_article(
        3,
        title="Tin văn hóa",
        body="Lễ hội mùa xuân.",
        view_count=None,
        published_at="2022-01-20T10:00:00+07:00",
        author=None,
        captions=(
            Caption("https://x/3-1.jpg", "Đêm hội, phố đông"),
            Caption("https://x/3-2.jpg", None),
        ),
    ),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("research") / "archive.db"
    with Archive.open(path, create=True) as archive:
        for n, article in enumerate(ARTICLES):
            archive.store(article, page_for(article), fetched(n), article.url)
        edited = dataclasses.replace(
            ARTICLES[1], body=ARTICLES[1].body.replace("13/13", "12/13"), view_count=950
        )
        archive.store(edited, page_for(edited), fetched(60), edited.url)
    return path


def run(*args: str | Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_search_recent_and_views_differ_from_relevance(db: Path) -> None:
    def order(sort: str) -> list[int]:
        return [
            h["article_id"]
            for h in json.loads(
                run("search", "hoi OR dang OR tin", "--sort", sort, "--json", "--db", db)[1]
            )
        ]

    assert order("recent") == [3, 2, 1]
    assert order("views") == [2, 1, 3]  # no view count last
    assert sorted(order("relevance")) == [1, 2, 3]


def test_search_csv_and_table(db: Path) -> None:
    code, out, _ = run("search", "DỊCH VỌNG", "--csv", "--db", db)
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["article_id"], r["author"], r["view_count"], r["section"]) for r in rows] == [
        ("1", "Huy Kiên", "50", "CÔNG TÁC ĐẢNG")
    ]
    assert "[Dịch] [Vọng]" in rows[0]["snippet"]
    code, out, _ = run("search", "dich vong", "--table", "--db", db)
    lines = out.splitlines()
    assert lines[0].split()[:4] == ["article_id", "title", "published_at", "view_count"]
    assert "Đảng bộ phường Dịch Vọng" in lines[2]


def test_show_and_history(db: Path) -> None:
    code, out, _ = run("show", "2", "--db", db)
    assert code == 0
    assert out.splitlines()[:2] == [
        "Hội nghị Đảng bộ quận",
        "2022-01-01 06:30 (Hanoi) · 950 views · VĂN PHÒNG QUẬN ỦY · CÔNG TÁC ĐẢNG",
    ]
    assert "History" not in out
    code, out, _ = run("show", "2", "--history", "--db", db)
    assert "History: 1 earlier version(s)" in out
    assert "-Trong bối cảnh" in out and "13/13 chỉ tiêu." in out and "+Trong" in out
    assert "View counts: 2 observation(s)" in out
    code, out, _ = run("show", "2", "--history", "--json", "--db", db)
    data = json.loads(out)
    assert data["article_id"] == 2
    assert [v["view_count"] for v in data["history"]["views"]] == [900, 950]
    assert [v["reason"] for v in data["history"]["versions"]] == ["refetch", None]
    code, _, err = run("show", "99", "--db", db)
    assert code == 1 and "no article 99" in err


def test_counts_by_hanoi_month_year_author(db: Path) -> None:
    code, out, _ = run("counts", "--by", "month", "--json", "--db", db)
    assert code == 0
    assert [(r["month"], r["articles"], r["views"]) for r in json.loads(out)] == [
        ("2021-12", 1, 50),
        ("2022-01", 2, 950),
    ]
    code, out, _ = run("counts", "--by", "year", "--csv", "--db", db)
    assert out.splitlines()[1:] == [
        "2021,1,50,2021-12-31,2021-12-31",
        "2022,2,950,2022-01-01,2022-01-20",
    ]
    code, out, _ = run("counts", "--by", "author", "--db", db)
    assert out.splitlines() == [
        "author             articles       views",
        "Huy Kiên                  1          50",
        "VĂN PHÒNG QUẬN ỦY         1         950",
        "(none)                    1            ",  # ties by name, no author last
    ]


def test_export_captions_sort_limit(db: Path) -> None:
    code, out, _ = run("export", "--what", "captions", "--db", db)
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    # One row per photo, the photo without caption included, oldest article first.
    assert [(r["article_id"], r["position"], r["text"]) for r in rows][-2:] == [
        ("3", "1", "Đêm hội, phố đông"),
        ("3", "2", ""),
    ]
    assert len(rows) == 6 and rows[0]["published_date"] == "2021-12-31"
    code, out, _ = run(
        "export", "--what", "captions", "--sort", "recent", "--limit", "1", "--db", db
    )
    assert [r["article_id"] for r in csv.DictReader(io.StringIO(out))] == ["3", "3"]
    code, out, _ = run(
        "export",
        "--sort",
        "views",
        "--limit",
        "2",
        "--columns",
        "article_id,view_count,published_date",
        "--db",
        db,
    )
    assert out.splitlines() == [
        "article_id,view_count,published_date",
        "2,950,2022-01-01",
        "1,50,2021-12-31",
    ]
    code, out, _ = run(
        "export",
        "--what",
        "captions",
        "--format",
        "jsonl",
        "--columns",
        "article_id,text",
        "--until",
        "2021-12-31",
        "--db",
        db,
    )
    assert [json.loads(line) for line in out.splitlines()] == [
        {"article_id": 1, "text": "Đồng chí Nguyễn Văn Chiến phát biểu tại Hội nghị"},
        {"article_id": 1, "text": None},
    ]
    code, _, err = run("export", "--what", "captions", "--columns", "body", "--db", db)
    assert code == 1 and "unknown column 'body' for captions" in err


def test_the_command_list_is_each_commands_own_help() -> None:
    assert set(COMMANDS) == set(cli.commands)
    for name, line in COMMANDS.items():
        assert cli.commands[name].get_short_help_str(limit=200) == line, name


@pytest.mark.parametrize("args", [["search", "x"], ["stats"], ["--help"], ["counts"]])
def test_one_off_commands_import_only_what_they_use(tmp_path: Path, args: list[str]) -> None:
    code = (
        "import sys\n"
        "from portal_archive.cli import main\n"
        "try:\n"
        "    "
        f"main({[*args, '--db', str(tmp_path / 'none.db')] if args != ['--help'] else args!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = sorted(m for m in ('lxml', 'scrapy', 'urllib.request', 'scraper', 'bs4',"
        " 'dateparser', 'datasette') if m in sys.modules)\n"
        # --help lists the commands from their one-line helps, and needs no archive.
        f"heavy += ['archive.database'] if {args == ['--help']} and 'archive.database'"
        " in sys.modules else []\n"
        "print(heavy, file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.stderr.splitlines()[-1] == "[]", result.stderr


def test_serve_without_datasette_says_how_to_install(db: Path) -> None:
    code = (
        "import sys, importlib.util\n"
        "real = importlib.util.find_spec\n"
        "importlib.util.find_spec = lambda name, *a: "
        "None if name == 'datasette' else real(name, *a)\n"
        "from portal_archive.cli import main\n"
        f"main(['serve', '--db', {str(db)!r}])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 1
    assert result.stderr == (
        "portal-archive: error: serve needs Datasette: pip install datasette"
        " (from a clone: pip install '.[web]')\n"
    )


def test_datasette_metadata_and_plugin_functions() -> None:
    pytest.importorskip("datasette", reason="Datasette (the web extra) is not installed")
    from portal_archive import web

    meta = web.metadata("demo")
    articles = meta["databases"]["demo"]["tables"]["articles"]
    assert articles["sort_desc"] == "published_at"
    assert {"author", "section", "published_year", "published_month"} <= set(articles["facets"])
    assert {"most_viewed", "per_month", "changed_articles", "gone_articles", "search"} <= set(
        meta["databases"]["demo"]["queries"]
    )
    assert web.vi_match("Đảng bộ") == '"Dảng" AND "bộ"'
    assert web.vi_match("") == web.NO_MATCH == web.vi_match('"')
    assert web.vi_snippet("dang bo", "Hội nghị Đảng bộ quận.") == "Hội nghị [Đảng] [bộ] quận."


def test_sparkline_of_view_counts() -> None:
    pytest.importorskip("datasette", reason="Datasette (the web extra) is not installed")
    from portal_archive.web import sparkline

    assert sparkline([5]) == ""
    assert sparkline([10, 20, 20], width=100, height=10) == "0.0,10.0 50.0,0.0 100.0,0.0"


def test_the_articles_table_gets_light_columns_unless_asked() -> None:
    pytest.importorskip("datasette", reason="Datasette (the web extra) is not installed")
    from portal_archive.web import LIGHT_COLUMNS, _with_light_columns

    def query(path: str, qs: bytes) -> bytes:
        return _with_light_columns({"type": "http", "path": path, "query_string": qs})[
            "query_string"
        ]

    light = b"&".join(b"_col=" + c.encode() for c in LIGHT_COLUMNS)
    assert query("/archive/articles", b"") == light
    # What was sent stays byte for byte (Vietnamese percent-encoded or not).
    typed = "_search=Đảng+bộ".encode()
    assert query("/archive/articles", typed) == typed + b"&" + light
    for asked in (b"_col=body", b"_nocol=url", b"_search=x&_nocol=body"):
        assert query("/archive/articles", asked) == asked
    for other in ("/archive/captions", "/archive/articles.json", "/archive/articles/5211375"):
        assert query(other, b"") == b""
