"""The ``pinghu-publish`` command: the one place where I/O, options and exit codes meet.

Every stage is imported lazily so ``--help`` stays instant, and every
:class:`PublisherError` becomes one ``error: …`` line on stderr with a
non-zero exit, never a traceback.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from publisher.errors import PublisherError

F = TypeVar("F", bound=Callable[..., Any])

PAGES_ARGUMENT = click.argument(
    "pages", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=True, allow_dash=True)
)


def _limit(name: str) -> Callable[[click.Context, click.Parameter, Any], None]:
    def remember(ctx: click.Context, _param: click.Parameter, value: Any) -> None:
        ctx.meta.setdefault("pinghu.limits", {})[name] = value

    return remember


# Input bounds, kept in the click context (not passed through every command's signature); see load().
INPUT_OPTIONS = [
    click.option(
        "--force",
        is_flag=True,
        expose_value=False,
        callback=_limit("force"),
        help="Read a text even if it does not look like a newspaper page (no Chinese, Markdown, HTML).",
    ),
    click.option(
        "--max-page-mb",
        type=click.FloatRange(min=0, min_open=True),
        default=1.0,
        show_default=True,
        expose_value=False,
        callback=_limit("max_page_mb"),
        help="Refuse a page file bigger than this (an edition JSON may be 8 times bigger).",
    ),
    click.option(
        "--max-pages",
        type=click.IntRange(min=1),
        default=200,
        show_default=True,
        expose_value=False,
        callback=_limit("max_pages"),
        help="Refuse an edition of more pages than this.",
    ),
]


def PAGES(fn: F) -> F:
    """The PAGES argument (``-`` reads standard input) and the options that bound what it reads."""
    for option in reversed(INPUT_OPTIONS):
        fn = option(fn)
    return PAGES_ARGUMENT(fn)


DATE = click.option(
    "--date",
    metavar="YYYY-MM-DD",
    help="Edition date when the page does not print one (a printed date wins).",
)


def friendly_errors(fn: F) -> F:
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except PublisherError as e:
            click.echo(f"error: {e}", err=True)
            sys.exit(e.exit_code)
        except OSError as e:
            # an output folder that cannot be made or written: say where, not how deep
            where = f"{e.filename}: " if e.filename else ""
            click.echo(f"error: {where}{e.strerror or e}", err=True)
            sys.exit(1)
        except KeyboardInterrupt:
            click.echo("error: interrupted", err=True)
            sys.exit(130)

    return wrapper  # type: ignore[return-value]


def warn(message: str) -> None:
    click.echo(f"warning: {message}", err=True)


def load(pages: tuple[Path, ...], date: str | None, outputs: list[Path]) -> Any:
    """The edition the command works on; ``outputs`` are the files it will write (never an input)."""
    from publisher.inputs import InputLimits, load_edition_inputs

    limits = InputLimits(**click.get_current_context().meta.get("pinghu.limits", {}))
    return load_edition_inputs(list(pages), date=date, warn=warn, limits=limits, outputs=outputs)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="pinghu-publish")
def main() -> None:
    """Publish a printed newspaper page as a structured edition, an accessible
    EPUB 3 (with an optional pinyin edition) and an audio edition.

    \b
    Everything at once:
      pinghu-publish build seeds/000_9b8e91649bcfa4b4.txt -o out/
    """
    from publisher.patterns import save_compiled_patterns

    # the patterns this run had to compile are kept for the next one (publisher/patterns.py)
    click.get_current_context().call_on_close(save_compiled_patterns)


@main.command()
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


PINYIN_DICT = click.option(
    "--pinyin-dict",
    "pinyin_dicts",
    multiple=True,
    type=click.Path(path_type=Path, dir_okay=False),
    help="Extra phrase dictionary (format in README), for the ruby and the offline voice; repeatable.",
)
PINYIN_TONES = click.option(
    "--pinyin-tones",
    type=click.Choice(["light", "full"]),
    default="light",
    show_default=True,
    help="light: 现代汉语词典's light tones (热闹 rè nao, 朋友 péng you), as textbooks print them; "
    "full: those syllables keep their own tone (rè nào).",
)
PINYIN_OPTIONS = [
    PINYIN_DICT,
    PINYIN_TONES,
    click.option(
        "--pinyin-style",
        type=click.Choice(["marks", "numbers"]),
        default="marks",
        show_default=True,
        help="Tone marks (píng) or tone numbers (ping2).",
    ),
    click.option(
        "--pinyin-sandhi",
        is_flag=True,
        help="Show the changed tones of 一 and 不 (yì, bú), as school textbooks do.",
    ),
]


def pinyin_options(fn: F) -> F:
    for option in reversed(PINYIN_OPTIONS):
        fn = option(fn)
    return fn


def make_pinyin_options(
    pinyin_dicts: tuple[Path, ...], pinyin_style: str, pinyin_sandhi: bool, pinyin_tones: str = "light"
) -> Any:
    from publisher.pinyin import PinyinOptions

    return PinyinOptions(
        style=pinyin_style,
        sandhi=pinyin_sandhi,
        extra_dictionaries=tuple(pinyin_dicts),
        tones=pinyin_tones,
    )


@main.command()
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


CACHE_DIR = click.option(
    "--cache-dir",
    type=click.Path(path_type=Path, file_okay=False),
    help="Cache of synthesised speech [default: $XDG_CACHE_HOME/pinghu-publish or ~/.cache/pinghu-publish].",
)
CACHE_MAX = click.option(
    "--cache-max",
    default="500M",
    show_default=True,
    metavar="SIZE",
    help="Largest the cache may grow (500M, 2G); least recently used first out; 0: no cache.",
)


def readaloud_epub(edition: Any, audio_dir: Path) -> bytes:
    """The read-aloud edition's bytes; says on stderr how much of the audio is highlighted."""
    from publisher.epub import build_readaloud_epub
    from publisher.epub.readaloud import load_audio_edition

    data, report = build_readaloud_epub(edition, load_audio_edition(audio_dir))
    click.echo(
        f"read-aloud: {report.synced} of {report.spoken} spoken sentences highlighted on their own text"
        f" ({report.shared} with the element that shows them, {report.unplaced} heard without highlight)",
        err=True,
    )
    return data


AUDIO_OPTIONS = [
    click.option(
        "--engine",
        type=click.Choice(["auto", "edge", "kokoro", "espeak"]),
        default="auto",
        show_default=True,
        help="edge: Microsoft neural voices (online); kokoro: neural voice, offline; espeak: small "
        "offline voice; auto: edge if reachable, else kokoro, else espeak.",
    ),
    click.option("--voice", help="Voice name (see `pinghu-publish voices`)."),
    click.option("--rate", default="+0%", show_default=True, help="Speaking rate, signed, e.g. -10%."),
    click.option("--volume", default="+0%", show_default=True, help="Volume change, signed (edge only)."),
    click.option(
        "--pitch", default="+0Hz", show_default=True, help="Pitch change, signed, e.g. -5Hz (edge only)."
    ),
    click.option(
        "--jobs",
        type=click.IntRange(1, 16),
        default=4,
        show_default=True,
        help="Sentences at once: requests in flight (edge), sentences synthesised in parallel "
        "(kokoro, at most one per core).",
    ),
    CACHE_DIR,
    CACHE_MAX,
    click.option("--include-ads", is_flag=True, help="Also read the advertisement."),
    click.option(
        "--quiet", is_flag=True, help="No progress line (there is none either when stderr is not a terminal)."
    ),
]


def audio_options(fn: F) -> F:
    for option in reversed(AUDIO_OPTIONS):
        fn = option(fn)
    return fn


def make_audio_options(**kw: Any) -> Any:
    from publisher.speech.cache import parse_size
    from publisher.speech.pipeline import AudioOptions

    return AudioOptions(**{**kw, "cache_max": parse_size(kw["cache_max"])})


def _exit_on_interrupt(signum: int, frame: Any) -> None:
    """Ctrl-C during synthesis: out at once, with no half-written file and one line.

    Synthesis and encoding run in worker threads (and in C: espeak, onnxruntime,
    LAME) that a KeyboardInterrupt cannot stop; waiting for them took minutes on a
    long edition.  Every file is written under a temporary name and renamed when
    complete, so removing the temporary files in progress leaves only whole files
    (the cache keeps every finished sentence for the next run).
    """
    import os

    from publisher.fileio import discard_partial_files

    discard_partial_files()
    clear = "\r\033[K" if sys.stderr.isatty() else ""  # over the progress line
    sys.stderr.write(f"{clear}error: interrupted\n")
    sys.stderr.flush()
    os._exit(130)


def audio_outputs(folder: Path) -> list[Path]:
    from publisher.outputs import AUDIO_FILES

    return [folder / name for name in AUDIO_FILES]


def run_audio(edition: Any, out_dir: Path, options: Any) -> None:
    import signal

    from publisher.epub import cover_image
    from publisher.speech.pipeline import write_audio_edition

    previous = signal.signal(signal.SIGINT, _exit_on_interrupt)
    try:
        # The same cover as the EPUB's, so a player's artwork matches the e-book.
        report = write_audio_edition(edition, out_dir, options, cover=cover_image(edition))
    finally:
        signal.signal(signal.SIGINT, previous)
    if report.failures:
        for failure in report.failures:
            click.echo(f"error: {failure}", err=True)
        raise PublisherError(
            f"{len(report.failures)} of {report.total} tracks failed; the others are in {out_dir}"
        )


@main.command()
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


@main.command()
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


BUILD_FILES = ("edition.json", "edition.epub", "edition-pinyin.epub", "edition-readaloud.epub")


@main.command()
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


@main.group(invoke_without_command=True)
@CACHE_DIR
@CACHE_MAX
@click.pass_context
def cache(ctx: click.Context, cache_dir: Path | None, cache_max: str) -> None:
    """The cache of synthesised speech: what it holds, and making it smaller.

    A re-run of an unchanged edition takes its sentences and tracks from here
    instead of synthesising them again.  `audio` and `build` keep it under
    --cache-max, removing the least recently used entries first.

    \b
    Examples:
      pinghu-publish cache                 how big it is (same as `cache info`)
      pinghu-publish cache prune --cache-max 200M
      pinghu-publish cache clear
    """
    if ctx.invoked_subcommand is None:
        ctx.invoke(cache_info, cache_dir=cache_dir, cache_max=cache_max)


@cache.command("info")
@CACHE_DIR
@CACHE_MAX
@friendly_errors
def cache_info(cache_dir: Path | None, cache_max: str) -> None:
    """Where the cache is, and how much it holds."""
    from publisher.speech.cache import cache_usage, default_cache_dir, describe_usage, parse_size

    for line in describe_usage(cache_usage(cache_dir or default_cache_dir()), parse_size(cache_max)):
        click.echo(line)


@cache.command("prune")
@CACHE_DIR
@CACHE_MAX
@friendly_errors
def cache_prune(cache_dir: Path | None, cache_max: str) -> None:
    """Remove the least recently used entries until the cache fits in --cache-max."""
    from publisher.speech.cache import cache_usage, default_cache_dir, format_size, parse_size, prune_cache

    root = cache_dir or default_cache_dir()
    removed, freed = prune_cache(root, parse_size(cache_max))
    left = cache_usage(root).total
    click.echo(f"removed {removed} entries ({format_size(freed)}); {format_size(left)} left in {root}")


@cache.command("clear")
@CACHE_DIR
@friendly_errors
def cache_clear(cache_dir: Path | None) -> None:
    """Remove every synthesised sentence and track from the cache."""
    from publisher.speech.cache import clear_cache, default_cache_dir, format_size

    root = cache_dir or default_cache_dir()
    removed, freed = clear_cache(root)
    click.echo(f"removed {removed} entries ({format_size(freed)}) from {root}")
