"""`portal-archive stats`: what the archive holds."""

from __future__ import annotations

import json
from pathlib import Path

import click

from archive import Archive, ArchiveError, ArchiveStats
from portal_archive.cli import db_option


def _size(size: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024  # type: ignore[assignment]
    return str(size)


def _render(stats: ArchiveStats) -> str:
    lines = [f"{stats.path}: {stats.articles:,} article{'' if stats.articles == 1 else 's'}"]
    if stats.published_first:
        lines[0] += f", published {stats.published_first[:10]} to {stats.published_last[:10]}"
    counts = [
        ("captions", f"{stats.captions:,}"),
        ("view observations", f"{stats.view_observations:,}"),
        ("revisions", f"{stats.revisions:,}"),
        ("pages", f"{stats.pages:,} ({stats.pages_refused:,} refused by the parser)"),
        ("gone (404/410)", f"{stats.gone:,}"),
        ("crawl runs", f"{stats.crawl_runs:,}"),
        ("file size", _size(stats.file_size)),
        ("schema version", str(stats.schema_version)),
    ]
    lines += [f"  {label:<18} {value}" for label, value in counts]
    if stats.latest_runs:
        lines.append("latest runs:")
        for run in stats.latest_runs:
            lines.append(
                f"  #{run.run_id} {run.started_at} {run.mode} {run.status}: "
                f"{run.pages_fetched} pages, {run.articles_new} new, "
                f"{run.articles_updated} updated, {run.articles_unchanged} unchanged, "
                f"{run.articles_failed} failed" + (f" ({run.note})" if run.note else "")
            )
    return "\n".join(lines)


@click.command("stats")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
@db_option
def command(as_json: bool, db_path: Path) -> None:
    """Counts, the range of publication dates, file size, latest crawl runs.

    \b
    Examples:
        portal-archive stats
        portal-archive stats --json --db /data/archive.db
    """
    try:
        with Archive.open(db_path) as archive:
            stats = archive.stats()
    except ArchiveError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps(stats.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(_render(stats))
