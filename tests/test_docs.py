"""The docs must be the truth: the command reference is the commands' own help.

`docs/cli.md` has a section per command whose block is exactly its `--help`;
`docs/schema.md` names every table and column of a new archive; the README's
Quick start has the two commands CI runs, and it names every command; links
between the docs resolve. Run this file as a script
(`python tests/test_docs.py`) to rewrite the help blocks of docs/cli.md after
changing a command.
"""

from __future__ import annotations

import re
import sqlite3
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from portal_archive.cli import cli

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
CLI_REFERENCE = ROOT / "docs" / "cli.md"
SCHEMA_REFERENCE = ROOT / "docs" / "schema.md"
BLOCK = re.compile(r"<!-- help:(?P<name>[a-z]+) -->\n(?P<body>.*?)<!-- /help -->", re.DOTALL)


def help_text(name: str) -> str:
    result = CliRunner().invoke(cli, [name, "--help"], prog_name="portal-archive")
    assert result.exit_code == 0, result.output
    return result.output


def rendered(name: str) -> str:
    return "```\n" + help_text(name) + "```\n"


def test_every_command_has_a_section_with_its_help() -> None:
    text = CLI_REFERENCE.read_text(encoding="utf-8")
    blocks = {m.group("name"): m.group("body") for m in BLOCK.finditer(text)}
    assert set(blocks) == set(cli.commands), "a command without a section in docs/cli.md, or back"
    for name in cli.commands:
        assert f"### `portal-archive {name}" in text
        assert blocks[name] == rendered(name), (
            f"docs/cli.md's help of {name!r} differs from --help; run: python tests/test_docs.py"
        )


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_help_has_an_example_and_the_db_option(name: str) -> None:
    text = help_text(name)
    assert "Example" in text and f"portal-archive {name}" in text
    assert "--db" in text


def test_quick_start_is_the_two_commands_ci_runs() -> None:
    text = README.read_text(encoding="utf-8")
    quick = text[text.index("## Quick start") : text.index("## ", text.index("## Quick start") + 3)]
    commands = re.findall(r"```\n(.*?)\n```", quick)
    assert "pip install . && portal-archive demo" in commands
    assert "pip install '.[test]' && pytest" in commands
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip install '.[test]' && pytest" in ci.splitlines()


def test_the_readme_names_every_command() -> None:
    text = README.read_text(encoding="utf-8")
    for name in cli.commands:
        assert f"`portal-archive {name}`" in text, f"README.md's command table lacks {name}"


def test_the_schema_reference_names_every_table_and_column(tmp_path: Path) -> None:
    from archive.schema import TABLES, migrate

    conn = sqlite3.connect(tmp_path / "archive.db", isolation_level=None)
    migrate(conn)
    text = SCHEMA_REFERENCE.read_text(encoding="utf-8")
    for table in TABLES:
        assert f"`{table}`" in text, f"docs/schema.md lacks the table {table}"
        # hidden = 1 is FTS5's own columns (the table's name, rank)
        for _, column, *_, hidden in conn.execute(f'PRAGMA table_xinfo("{table}")'):
            if hidden != 1:
                assert f"`{column}`" in text, f"docs/schema.md lacks {table}.{column}"
    conn.close()


# -- links between the docs ------------------------------------------------------------

DOCS = sorted([README, ROOT / "CHANGELOG.md", ROOT / "CONTRIBUTING.md", *ROOT.glob("docs/*.md")])
LINK = re.compile(r"!?\[[^\]]*\]\((?P<target>[^)\s]+)\)")
FENCE = re.compile(r"^```.*?^```", re.DOTALL | re.MULTILINE)


def anchors(path: Path) -> set[str]:
    """The heading anchors GitHub makes for a Markdown file."""
    seen: dict[str, int] = {}
    found = set()
    for line in FENCE.sub("", path.read_text(encoding="utf-8")).splitlines():
        heading = re.match(r"#{1,6} (.+)", line)
        if not heading:
            continue
        slug = re.sub(r"[^\w\- ]", "", heading.group(1).strip().lower()).replace(" ", "-")
        count = seen.get(slug, 0)
        seen[slug] = count + 1
        found.add(slug if count == 0 else f"{slug}-{count}")
    return found


def relative_links(path: Path) -> list[str]:
    text = FENCE.sub("", path.read_text(encoding="utf-8"))
    text = re.sub(r"`[^`\n]*`", "", text)  # code spans hold no links
    return [m.group("target") for m in LINK.finditer(text) if "://" not in m.group("target")]


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: str(p.relative_to(ROOT)))
def test_links_between_the_docs_resolve(doc: Path) -> None:
    assert doc.exists(), doc
    for target in relative_links(doc):
        file_part, _, anchor = target.partition("#")
        linked = (doc.parent / file_part).resolve() if file_part else doc
        assert linked.exists(), f"{doc.name}: {target} names no file"
        if anchor:
            assert anchor in anchors(linked), f"{doc.name}: {target} names no heading"


def update() -> None:
    def block(match: re.Match[str]) -> str:
        name = match.group("name")
        return f"<!-- help:{name} -->\n{rendered(name)}<!-- /help -->"

    text = BLOCK.sub(block, CLI_REFERENCE.read_text(encoding="utf-8"))
    CLI_REFERENCE.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    update()
    sys.exit(0)
