"""`portal-archive show`: one article as a reader sees it, and its history."""

from __future__ import annotations

import difflib
import itertools
import json
from pathlib import Path

import click

from archive import Archive, ArchiveError, Article
from archive.research import History, Version
from portal_archive.options import db_option


@click.command("show")
@click.argument("article_id", type=int, metavar="ID")
@click.option(
    "--history",
    "with_history",
    is_flag=True,
    help="Also show each edit the archive saw (a text diff) and the view counts over time.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the article (and history) as JSON.")
@db_option
def command(article_id: int, with_history: bool, as_json: bool, db_path: Path) -> None:
    """One article as a reader sees it; with --history, its edits and views.

    The title, the Hanoi date and time, views, author, section and URL, then
    the text and the photos' captions. --history adds every earlier version
    the archive kept (a unified diff of title and text, oldest first) and
    each view count observed. --json prints the Article's keys (as parse
    does), with "history" when asked.

    \b
    Examples:
        portal-archive show 5211375
        portal-archive show 5211375 --history
        portal-archive show 5211375 --history --json
    """
    try:
        with Archive.open(db_path) as archive:
            article = archive.get(article_id)
            history = archive.history(article_id) if with_history else None
    except ArchiveError as exc:
        raise click.ClickException(str(exc)) from exc
    if article is None:
        raise click.ClickException(f"no article {article_id} in {db_path}")
    if as_json:
        data = article.to_dict()
        if history is not None:
            data["history"] = history.to_dict()
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    click.echo(render(article))
    if history is not None:
        click.echo(render_history(history))


def render(article: Article) -> str:
    date, _, time = article.published_at.partition("T")
    facts = [f"{date} {time[:5]} (Hanoi)"]
    if article.view_count is not None:
        facts.append(f"{article.view_count:,} views")
    facts += [text for text in (article.author, article.section) if text]
    lines = [article.title, " · ".join(facts), article.url, "", article.body]
    if article.captions:
        lines += ["", "Photos:"]
        for n, caption in enumerate(article.captions, start=1):
            lines.append(f"  {n}. {caption.text or '(no caption)'}")
            lines.append(f"     {caption.image_url}")
    return "\n".join(lines)


def _lines(version: Version) -> list[str]:
    captions = [f"[photo] {c.get('text') or ''}".rstrip() for c in version.captions]
    meta = [f"published_at: {version.published_at}", f"author: {version.author or ''}"]
    return [version.title, *meta, "", *version.body.split("\n"), *captions]


def render_history(history: History) -> str:
    out = ["", f"History: {len(history.versions) - 1} earlier version(s)"]
    for old, new in itertools.pairwise(history.versions):
        out += ["", f"Replaced at {old.replaced_at} ({old.reason}):"]
        diff = difflib.unified_diff(_lines(old), _lines(new), "before", "after", lineterm="", n=1)
        out += list(diff)[2:] or ["  (no difference in title or text: captions or markup changed)"]
    out += ["", f"View counts: {len(history.views)} observation(s)"]
    out += [f"  {at}  {count:>8,}" for at, count in history.views]
    return "\n".join(out)
