"""``pinghu-publish epub``: the plain, pinyin or read-aloud e-book."""

from __future__ import annotations

from pathlib import Path

import click

from publisher.commands.common import (
    DATE,
    PAGES,
    friendly_errors,
    load,
    make_pinyin_options,
    pinyin_options,
    readaloud_epub,
)
from publisher.errors import PublisherError


@click.command()
@PAGES
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(path_type=Path, dir_okay=False),
    help="The .epub to write.",
)
@click.option(
    "--pinyin", is_flag=True, help="Put pinyin ruby over every Han character (for learners and children)."
)
@click.option(
    "--read-aloud",
    "read_aloud",
    metavar="AUDIO_DIR",
    type=click.Path(path_type=Path),
    help="Read-aloud edition: the MP3s of this audio folder (from `audio`), sentences highlighted as read.",
)
@pinyin_options
@DATE
@friendly_errors
def epub(
    pages: tuple[Path, ...],
    output: Path,
    pinyin: bool,
    read_aloud: Path | None,
    pinyin_dicts: tuple[Path, ...],
    pinyin_tones: str,
    pinyin_style: str,
    pinyin_sandhi: bool,
    date: str | None,
) -> None:
    """Write an accessible EPUB 3 of the edition.

    PAGES are raw page files, or one edition.json from `structure`.

    \b
    Examples:
      pinghu-publish epub seeds/000_9b8e91649bcfa4b4.txt -o pinghu.epub
      pinghu-publish epub edition.json --pinyin -o pinghu-pinyin.epub
      pinghu-publish epub edition.json --read-aloud out/audio -o pinghu-readaloud.epub
    """
    from publisher.epub import build_epub
    from publisher.fileio import write_bytes_atomic

    if read_aloud is not None and pinyin:
        raise PublisherError("--read-aloud makes the plain edition with audio; leave out --pinyin")
    edition = load(pages, date, [output])
    if read_aloud is not None:
        write_bytes_atomic(output, readaloud_epub(edition, read_aloud))
        return
    options = make_pinyin_options(pinyin_dicts, pinyin_style, pinyin_sandhi, pinyin_tones) if pinyin else None
    write_bytes_atomic(output, build_epub(edition, pinyin=options))
