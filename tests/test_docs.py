"""The README is the front door: its command reference must be the truth.

Every command has a section whose block is exactly its `--help`; the Quick
start has the two commands CI runs. Run this file as a script
(`python tests/test_docs.py`) to rewrite the help blocks after changing a
command.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from portal_archive.cli import cli

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
BLOCK = re.compile(r"<!-- help:(?P<name>[a-z]+) -->\n(?P<body>.*?)<!-- /help -->", re.DOTALL)


def help_text(name: str) -> str:
    result = CliRunner().invoke(cli, [name, "--help"], prog_name="portal-archive")
    assert result.exit_code == 0, result.output
    return result.output


def rendered(name: str) -> str:
    return "```\n" + help_text(name) + "```\n"


def test_every_command_has_a_section_with_its_help() -> None:
    text = README.read_text(encoding="utf-8")
    blocks = {m.group("name"): m.group("body") for m in BLOCK.finditer(text)}
    assert set(blocks) == set(cli.commands), "a command without a README section, or the reverse"
    for name in cli.commands:
        assert f"### `portal-archive {name}" in text
        assert blocks[name] == rendered(name), (
            f"README's help of {name!r} differs from --help; run: python tests/test_docs.py"
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


def update() -> None:
    text = README.read_text(encoding="utf-8")
    text = BLOCK.sub(
        lambda m: f"<!-- help:{m.group('name')} -->\n{rendered(m.group('name'))}<!-- /help -->", text
    )
    README.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    update()
    sys.exit(0)
