"""One module per command, each defining ``command`` (a click.Command)."""

from __future__ import annotations

import importlib
import pkgutil

import click


def _discover() -> list[click.Command]:
    commands = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        command = getattr(module, "command", None)
        if isinstance(command, click.Command):
            commands.append(command)
    return commands


COMMANDS: list[click.Command] = _discover()
