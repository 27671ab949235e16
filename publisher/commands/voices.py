"""``pinghu-publish voices``: the Chinese voices of each engine."""

from __future__ import annotations

import click

from publisher.commands.common import friendly_errors


@click.command()
@click.option(
    "--engine", type=click.Choice(["all", "edge", "kokoro", "espeak"]), default="all", show_default=True
)
@friendly_errors
def voices(engine: str) -> None:
    """List the Chinese voices each engine offers.

    \b
    Example:
      pinghu-publish voices --engine espeak
    """
    from publisher.speech.voices import list_voices

    for voice in list_voices(engine):
        click.echo(voice)
