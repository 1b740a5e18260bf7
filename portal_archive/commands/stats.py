"""`portal-archive stats`: what the archive holds."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import click

from archive import Archive, ArchiveError, ArchiveStats
from portal_archive.options import db_option


def _size(size: int) -> str:
    amount = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if amount < 1024 or unit == "GB":
            return f"{size} {unit}" if unit == "bytes" else f"{amount:.1f} {unit}"
        amount /= 1024
    return str(size)


def _render(stats: ArchiveStats) -> str:
    lines = [f"{stats.path}: {stats.articles:,} article{'' if stats.articles == 1 else 's'}"]
    if stats.published_first and stats.published_last:
        lines[0] += f", published {stats.published_first[:10]} to {stats.published_last[:10]}"
    counts = [
        ("captions", f"{stats.captions:,}"),
        ("view observations", f"{stats.view_observations:,}"),
        ("revisions", f"{stats.revisions:,}"),
        ("pages", f"{stats.pages:,} ({stats.pages_refused:,} refused by the parser)"),
        ("gone (404/410)", f"{stats.gone:,}"),
        ("retry queue", f"{stats.retry_queued:,} ({stats.retry_given_up:,} given up until --full)"),
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
                f"{run.articles_failed} failed"
                + (f", {run.articles_refused} refused" if run.articles_refused else "")
                + (f", {run.articles_gone} gone" if run.articles_gone else "")
                + (f" ({run.note})" if run.note else "")
            )
    return "\n".join(lines)


_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}
_DURATION = re.compile(r"([0-9]{1,6})\s*([smhdw])")


def _duration(ctx: click.Context, param: click.Parameter, value: str | None) -> timedelta | None:
    """``2d``, ``36h``, ``1w2d``, ``90m`` as a timedelta."""
    if value is None:
        return None
    text = value.strip().lower()
    parts = _DURATION.findall(text)
    if not parts or _DURATION.sub("", text).strip():
        raise click.BadParameter(f"expected a duration such as 2d, 36h or 90m, got {value!r}")
    seconds = sum(int(n) * _UNITS[unit] for n, unit in parts)
    if seconds <= 0:
        raise click.BadParameter("the duration must be more than zero")
    return timedelta(seconds=seconds)


def _check_age(archive: Archive, max_age: timedelta) -> str | None:
    """One line when the last completed crawl is older than ``max_age`` (or missing)."""
    run = archive.last_completed_crawl()
    if run is None or run.finished_at is None:
        return "no crawl of this archive has completed"
    finished = datetime.fromisoformat(run.finished_at)
    age = datetime.now(UTC) - finished
    if age <= max_age:
        return None
    hours = age.total_seconds() / 3600
    return (
        f"the last completed crawl (#{run.run_id}) finished {run.finished_at}, "
        f"{hours:.1f} h ago: older than --max-age {max_age.total_seconds() / 3600:g} h"
    )


@click.command("stats")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
@click.option(
    "--max-age",
    metavar="DURATION",
    callback=_duration,
    help="Exit 1 when the last completed crawl finished longer ago than DURATION "
    "(2d, 36h, 90m): for monitoring.",
)
@db_option
def command(as_json: bool, max_age: timedelta | None, db_path: Path) -> None:
    """Counts, the range of publication dates, file size, latest crawl runs.

    \b
    Examples:
        portal-archive stats
        portal-archive stats --json --db /data/archive.db
        portal-archive stats --max-age 2d > /dev/null || echo "no fresh crawl"
    """
    try:
        with Archive.open(db_path) as archive:
            stats = archive.stats()
            stale = _check_age(archive, max_age) if max_age is not None else None
    except ArchiveError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps(stats.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(_render(stats))
    if stale:
        raise click.ClickException(stale)
