"""What the commands share: the PAGES argument and its bounds, --date, the pinyin and audio options,
one ``error: …`` line for every :class:`PublisherError`, and the stages two commands both run.

Defining an option here costs nothing until a command applies it, so a run that builds one
command pays for that command's options only.
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
