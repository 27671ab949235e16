"""``pinghu-publish build``: every stage into one folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from publisher.commands.common import (
    DATE,
    PAGES,
    audio_options,
    audio_outputs,
    friendly_errors,
    load,
    make_audio_options,
    make_pinyin_options,
    pinyin_options,
    readaloud_epub,
    run_audio,
)

BUILD_FILES = ("edition.json", "edition.epub", "edition-pinyin.epub", "edition-readaloud.epub")


@click.command()
@PAGES
@click.option(
    "-o", "--output", required=True, type=click.Path(path_type=Path, file_okay=False), help="Output folder."
)
@click.option("--no-audio", is_flag=True, help="Skip the audio edition.")
@audio_options
@pinyin_options
@DATE
@friendly_errors
def build(
    pages: tuple[Path, ...],
    output: Path,
    no_audio: bool,
    date: str | None,
    pinyin_dicts: tuple[Path, ...],
    pinyin_tones: str,
    pinyin_style: str,
    pinyin_sandhi: bool,
    **kw: Any,
) -> None:
    """Run every stage: edition.json, both EPUBs and the audio edition.

    \b
    Writes into OUTPUT:
      edition.json         the structured edition (pinghu-edition/1.1)
      edition.epub         accessible EPUB 3 (best for screen readers)
      edition-pinyin.epub  the same with pinyin over every character
      audio/               NN-slug.mp3 per article, playlist-DATE.m3u8, .lrc, manifest.json,
                           edition-DATE.mp3 (the whole issue, a chapter per track)
      edition-readaloud.epub  the e-book with the audio, each sentence highlighted as it is read

    \b
    Example:
      pinghu-publish build seeds/000_9b8e91649bcfa4b4.txt -o out/
    """
    from publisher.epub import build_epub
    from publisher.fileio import write_bytes_atomic, write_text_atomic
    from publisher.model import edition_to_json

    files = [output / name for name in BUILD_FILES]
    edition = load(pages, date, [*files, *audio_outputs(output / "audio")])
    pinyin = make_pinyin_options(pinyin_dicts, pinyin_style, pinyin_sandhi, pinyin_tones)
    # Everything is made in memory first: an edition a writer refuses leaves no file behind.
    plain_epub = build_epub(edition, pinyin=None)
    pinyin_epub = build_epub(edition, pinyin=pinyin)
    write_text_atomic(output / "edition.json", edition_to_json(edition))
    write_bytes_atomic(output / "edition.epub", plain_epub)
    write_bytes_atomic(output / "edition-pinyin.epub", pinyin_epub)
    if no_audio:
        from publisher.outputs import remove_audio_edition

        # an older run's audio (and the read-aloud book made with it) would not match this edition
        if remove_audio_edition(output / "audio"):
            (output / "edition-readaloud.epub").unlink(missing_ok=True)
    else:
        kw["pinyin"] = make_pinyin_options(pinyin_dicts, "numbers", False, pinyin_tones)
        run_audio(edition, output / "audio", make_audio_options(**kw))
        write_bytes_atomic(output / "edition-readaloud.epub", readaloud_epub(edition, output / "audio"))
    click.echo(f"wrote {output}", err=True)
