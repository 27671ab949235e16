"""``pinghu-publish audio``: one MP3 per article, the whole issue, playlist, lyrics and manifest."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from publisher.commands.common import (
    DATE,
    PAGES,
    PINYIN_DICT,
    PINYIN_TONES,
    audio_options,
    audio_outputs,
    friendly_errors,
    load,
    make_audio_options,
    make_pinyin_options,
    run_audio,
)


@click.command()
@PAGES
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(path_type=Path, file_okay=False),
    help="Folder for the MP3s.",
)
@audio_options
@PINYIN_DICT
@PINYIN_TONES
@DATE
@friendly_errors
def audio(
    pages: tuple[Path, ...],
    output: Path,
    date: str | None,
    pinyin_dicts: tuple[Path, ...],
    pinyin_tones: str,
    **kw: Any,
) -> None:
    """Write the audio edition: one MP3 per article, a playlist, lyrics and a manifest.

    PAGES are raw page files, or one edition.json from `structure`.  The whole
    issue is also joined (no re-encoding) into edition-DATE.mp3, a chapter per
    track titled with its headline; names carry the date when the edition has one.

    \b
    Examples:
      pinghu-publish audio seeds/000_9b8e91649bcfa4b4.txt -o out/audio
      pinghu-publish audio edition.json -o audio --engine espeak --rate -10%
    """
    edition = load(pages, date, audio_outputs(output))
    # the offline voice reads numbered pinyin; tone changes are applied as spoken
    kw["pinyin"] = make_pinyin_options(pinyin_dicts, "numbers", False, pinyin_tones)
    run_audio(edition, output, make_audio_options(**kw))
