"""``pinghu-publish structure``: the edition as JSON or as an outline."""

from __future__ import annotations

from pathlib import Path

import click

from publisher.commands.common import DATE, PAGES, friendly_errors, load


@click.command()
@PAGES
@click.option(
    "-o", "--output", type=click.Path(path_type=Path, dir_okay=False), help="Write here instead of stdout."
)
@DATE
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "outline"]),
    default="json",
    show_default=True,
    help="json: the pinghu-edition/1.1 document; outline: a tree for checking the parse by eye.",
)
@friendly_errors
def structure(pages: tuple[Path, ...], output: Path | None, date: str | None, fmt: str) -> None:
    """Structure raw page text into an edition (JSON or a readable outline).

    PAGES are the raw text files of the printed pages, in order; together they
    make one edition. UTF-8, UTF-16 and GB18030/GBK are all read.

    \b
    Examples:
      pinghu-publish structure seeds/000_9b8e91649bcfa4b4.txt -o edition.json
      pinghu-publish structure page1.txt page2.txt --format outline
    """
    from publisher.fileio import write_text_atomic
    from publisher.model import edition_to_json
    from publisher.outline import render_outline

    edition = load(pages, date, [output] if output else [])
    text = edition_to_json(edition) if fmt == "json" else render_outline(edition)
    if output is None:
        click.echo(text, nl=False)
    else:
        write_text_atomic(output, text)
