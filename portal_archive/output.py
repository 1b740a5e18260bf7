"""Output options shared by the research commands, as sqlite-utils names them.

``--json`` (an array of objects), ``--nl`` (one object per line), ``--csv``,
``--tsv`` and ``-t/--table``; without any, each command prints its own text.
Only what the chosen format needs is imported.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import click

FORMATS = {
    "json": "Print a JSON array of objects.",
    "nl": "Print one JSON object per line.",
    "csv": "Print CSV (RFC 4180) with a header row.",
    "tsv": "Print tab-separated values with a header row.",
    "table": "Print an aligned text table.",
}


def output_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--json/--nl/--csv/--tsv/--table``, all into the ``output`` argument."""
    for name in reversed(FORMATS):
        flags = ("-t", "--table") if name == "table" else (f"--{name}",)
        func = click.option(*flags, "output", flag_value=name, help=FORMATS[name])(func)
    return func


def emit(rows: Iterable[dict[str, Any]], keys: Sequence[str], output: str) -> None:
    """Write ``rows`` (dicts with ``keys``) to stdout in the ``output`` format."""
    out = sys.stdout
    if output in ("json", "nl"):
        import json

        encoded = [json.dumps({k: row.get(k) for k in keys}, ensure_ascii=False) for row in rows]
        if output == "nl":
            out.write("".join(line + "\n" for line in encoded))
        else:
            out.write("[" + ",\n ".join(encoded) + "]\n")
    elif output in ("csv", "tsv"):
        import csv

        writer = csv.writer(out, dialect="excel-tab" if output == "tsv" else "excel")
        writer.writerow(keys)
        writer.writerows([row.get(k) for k in keys] for row in rows)
    elif output == "table":
        from tabulate import tabulate  # a dependency of sqlite-utils

        table = [[_cell(row.get(k)) for k in keys] for row in rows]
        out.write(tabulate(table, headers=list(keys), tablefmt="simple") + "\n")
    else:
        raise ValueError(f"unknown output format {output!r}")
    out.flush()


def _cell(value: Any) -> Any:
    # One line per row in a table: line breaks and runs of space folded.
    return " ".join(value.split()) if isinstance(value, str) else value
