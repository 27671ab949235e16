"""The audio edition writer: SpeechScript → cached sentence clips → one loudness-normalised MP3 per track.

The run, and the engine choice.  The other jobs live beside it: ``cache``
(sentences and tracks), ``render`` (one track: assemble, ``loudness``, ``mp3``,
``tags``), ``companions`` (lyrics, playlist, manifest) and ``progress``.

* **One event loop.** ``write_audio_edition`` calls ``asyncio.run`` once; the
  engine choice (auto probes edge), synthesis and rendering all run inside it.
  The ``--jobs`` semaphore is created inside that loop.  Tracks are gathered
  with ``return_exceptions=True``, so one failed article never cancels the rest.
* **Rendering** runs in worker threads, so the engine keeps working meanwhile.
* **Memory.** A track is held once, as 16-bit samples; every stage after
  assembly streams over it in blocks (``loudness``), at most RENDER_THREADS
  tracks render at once, a clip is dropped once the last track that reads it is
  done, and with espeak (one text at a time) only the tracks the renderers take
  next are synthesised ahead.
* **The whole issue** in one MP3 with a chapter per track is joined from the
  track files once they are written (``chapters``): frames copied, nothing re-encoded.
* **Files** are written atomically; a failed track writes nothing, and files a
  previous run listed in its manifest that this run did not produce are removed,
  so the folder, the playlist and the manifest always agree.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from publisher.errors import PublisherError
from publisher.fileio import write_bytes_atomic, write_text_atomic
from publisher.model import Edition
from publisher.pinyin import PinyinOptions
from publisher.records import record
from publisher.speech.cache import DEFAULT_CACHE_MAX, ClipCache, default_cache_dir, prune_cache
from publisher.speech.chapters import join_tracks
from publisher.speech.companions import (
    EditionFiles,
    WholeEdition,
    remove_stale,
    render_edition_lrc,
    render_lrc,
    render_manifest,
    render_playlist,
)
from publisher.speech.engine import Clip, SpeechEngine, SynthesisError, validate_prosody
from publisher.speech.progress import Progress
from publisher.speech.render import SentenceTiming, TrackResult, render_track_and_trim, track_key
from publisher.speech.script import SpeechScript, Track, build_script
from publisher.speech.tags import TrackTags, cover_thumbnail, tag_chaptered_mp3

PROBE_TIMEOUT = 3.0
RENDER_THREADS = 2  # CPU-bound rendering at once; the machine has two cores


@record
class AudioOptions:
    """How the audio edition is made (the CLI's audio options)."""

    engine: str = "auto"  # auto | edge | kokoro | espeak
    voice: str | None = None
    rate: str = "+0%"
    volume: str = "+0%"
    pitch: str = "+0Hz"
    jobs: int = 4
    cache_dir: Path | None = None
    cache_max: int = DEFAULT_CACHE_MAX  # bytes; 0: no cache
    include_ads: bool = False
    quiet: bool = False
    pinyin: PinyinOptions = field(default_factory=lambda: PinyinOptions(style="numbers"))


@dataclass
class AudioReport:
    total: int
    engine: str = ""
    voice: str = ""
    failures: list[str] = field(default_factory=list)
    tracks: list[TrackResult] = field(default_factory=list)
    synthesized: int = 0  # engine calls made
    cached: int = 0  # sentences taken from the cache
    tracks_cached: int = 0  # whole tracks taken from the cache

    @property
    def audio_seconds(self) -> float:
        return sum(t.duration for t in self.tracks)


# ---------------------------------------------------------------- engines


def make_engine(options: AudioOptions, name: str) -> SpeechEngine:
    """The engine ``name`` for ``options``; a bad --voice/--rate/--volume/--pitch is one PublisherError."""
    validate_prosody(options.rate, options.volume, options.pitch)
    if name == "espeak":
        from publisher.speech.espeak import DEFAULT_VOICE, EspeakEngine, espeak_voice_names

        voice = (options.voice or DEFAULT_VOICE).lower()
        if voice not in espeak_voice_names():
            raise PublisherError(
                f"espeak-ng has no voice {options.voice!r}; see `pinghu-publish voices --engine espeak`"
            )
        return EspeakEngine(voice=voice, rate=options.rate, pinyin=options.pinyin)
    if name == "kokoro":
        from publisher.speech.kokoro.engine import KokoroEngine
        from publisher.speech.kokoro.model import DEFAULT_KOKORO_VOICE

        return KokoroEngine(
            voice=options.voice or DEFAULT_KOKORO_VOICE,
            rate=options.rate,
            pinyin=options.pinyin,
            cache_dir=options.cache_dir or default_cache_dir(),
            workers=options.jobs,
        )
    from publisher.speech.edge import EdgeEngine

    return EdgeEngine(options.voice, rate=options.rate, volume=options.volume, pitch=options.pitch)


ENGINE_NAMES = {"kokoro": "Kokoro", "espeak": "espeak-ng"}


def _offline(options: AudioOptions, name: str, notice: Callable[[str], None], why: str = "") -> SpeechEngine:
    """An offline engine; ``why`` (auto's choice) and the options it ignores, each one notice line."""
    engine = make_engine(options, name)
    if why:
        notice(f"notice: {why}; using the offline {ENGINE_NAMES[name]} voice {engine.voice}")
    settings = [("volume", options.volume, "0%"), ("pitch", options.pitch, "0Hz")]
    ignored = [f"--{option} {value}" for option, value, zero in settings if value.lstrip("+-") != zero]
    if ignored:
        options_ignored = " and ".join(ignored)
        notice(f"notice: {options_ignored} apply to the edge voices only; {ENGINE_NAMES[name]} ignores them")
    return engine


def kokoro_missing() -> str | None:
    """Why the Kokoro engine cannot run here (what is not installed), or None when it can."""
    from publisher.speech.kokoro import model

    missing = model.missing_parts()
    return f"{', '.join(missing)} not installed" if missing else None


def _offline_engine_for_voice(voice: str | None) -> str | None:
    """kokoro or espeak when --voice names one of their voices; None for no voice or another engine's."""
    if voice is None:
        return None
    from publisher.speech.kokoro.model import kokoro_voices

    return "kokoro" if voice in kokoro_voices() else "espeak"


async def choose_engine(options: AudioOptions, notice: Callable[[str], None]) -> SpeechEngine:
    """--engine edge|kokoro fails clearly when it cannot run; auto takes edge if reachable, else
    Kokoro, else espeak-ng, and says in one notice line which ran and why."""
    validate_prosody(options.rate, options.volume, options.pitch)  # before any probe
    if options.engine == "espeak":
        return _offline(options, "espeak", notice)
    if options.engine == "kokoro":
        missing = kokoro_missing()
        if missing:
            raise PublisherError(f"kokoro: {missing}; run ./install.sh, or use --engine espeak")
        return _offline(options, "kokoro", notice)
    if options.engine == "edge":
        edge = make_engine(options, "edge")
        if not await edge.probe(PROBE_TIMEOUT):  # type: ignore[attr-defined]
            raise PublisherError(
                "edge: the online speech service did not answer; check the network, "
                "or use --engine kokoro (or --engine espeak) for an offline voice"
            )
        return edge
    offline_voice = _offline_engine_for_voice(options.voice)
    try:
        edge = make_engine(options, "edge")
    except PublisherError:
        # not an edge voice name (zm_yunxi, yue): the offline engine it belongs to is the one asked for
        offline_voice = offline_voice or "espeak"
        if offline_voice == "kokoro" and not kokoro_missing():
            return _offline(options, "kokoro", notice, f"--voice {options.voice} is a Kokoro voice")
        return _offline(options, "espeak", notice)
    if await edge.probe(PROBE_TIMEOUT):  # type: ignore[attr-defined]
        return edge
    # the edge voice name means nothing offline: the offline engine's default voice reads instead
    offline = dataclasses.replace(options, voice=None)
    missing = kokoro_missing()
    if missing is None:
        return _offline(offline, "kokoro", notice, "the online voices (edge) are unreachable")
    why = f"the online voices (edge) are unreachable and Kokoro cannot run ({missing})"
    return _offline(offline, "espeak", notice, why)


# ---------------------------------------------------------------- the run


async def _run(
    script: SpeechScript,
    options: AudioOptions,
    out_dir: Path,
    cover: bytes | None,
    report: AudioReport,
    engine: SpeechEngine | None,
    notice: Callable[[str], None],
) -> None:
    if engine is None:
        engine = await choose_engine(options, notice)
    report.engine, report.voice = engine.name, engine.voice
    try:  # only now: a bad option or no engine leaves no folder behind
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise PublisherError(f"{out_dir}: cannot create the folder ({e.strerror or e})") from None
    progress = Progress(script.tracks, not options.quiet)
    cache = ClipCache(options.cache_dir or default_cache_dir(), progress.say, enabled=options.cache_max > 0)
    engine_key = engine.cache_key()
    jobs = asyncio.Semaphore(options.jobs)
    renders = asyncio.Semaphore(RENDER_THREADS)
    total = len(script.tracks)

    in_flight: dict[str, asyncio.Task[Clip]] = {}
    # how many tracks still need each clip: a clip is dropped from memory after its last use
    uses = Counter(ClipCache.sentence_key(engine_key, s.spoken) for t in script.tracks for s in t.segments)
    # An engine that synthesises one text at a time (espeak) gains nothing from more tracks
    # in progress than the renderers can take next; they would only hold raw PCM (44 kB/s).
    # Edge's MP3 clips are small and its requests wait on the network: no limit there.
    window = asyncio.Semaphore(RENDER_THREADS + 1) if getattr(engine, "serial", False) else None

    released: set[int] = set()

    def release(track: Track) -> None:
        if track.number in released:
            return
        released.add(track.number)
        for s in track.segments:
            key = ClipCache.sentence_key(engine_key, s.spoken)
            uses[key] -= 1
            task = in_flight.get(key)
            if uses[key] <= 0 and task is not None:
                # a failed track may leave a synthesis running: let it finish first
                task.add_done_callback(lambda _done, key=key: in_flight.pop(key, None))

    async def synthesise(key: str, text: str) -> Clip:
        clip = cache.get_clip(key)
        if clip is not None:
            report.cached += 1
            return clip
        async with jobs:
            clip = await engine.synthesize(text)
        report.synthesized += 1
        await asyncio.to_thread(cache.put_clip, key, clip)
        return clip

    async def clip_for(track: Track, text: str) -> Clip:
        # a text said twice (a headline in the opening and in its track) is synthesised once
        key = ClipCache.sentence_key(engine_key, text)
        if key not in in_flight:
            in_flight[key] = asyncio.ensure_future(synthesise(key, text))
        clip = await asyncio.shield(in_flight[key])
        progress.advance(track)
        return clip

    async def produce(track: Track) -> TrackResult:
        try:
            async with window or contextlib.nullcontext():
                result = await render_or_reuse(track)
        except BaseException:
            progress.done(track, failed=True)
            raise
        finally:
            release(track)
        progress.done(track)
        return result

    async def render_or_reuse(track: Track) -> TrackResult:
        tags = TrackTags(
            track.title,
            script.album,
            script.artist,
            track.number + 1,
            total,
            script.date,
            track.comment,
            cover,
        )
        key = track_key(engine_key, track, tags)
        hit = cache.get_track(key)
        if hit is not None:
            mp3, meta = hit
            report.tracks_cached += 1
            timings = [SentenceTiming(b, e) for b, e in meta["timings"]]
            result = TrackResult(track, float(meta["duration"]), timings)
        else:
            outcomes = await asyncio.gather(
                *(clip_for(track, s.spoken) for s in track.segments), return_exceptions=True
            )
            errors = [o for o in outcomes if isinstance(o, BaseException)]
            if errors:
                raise errors[0]
            clips = [o for o in outcomes if isinstance(o, Clip)]
            del outcomes
            release(track)  # from here on this track's clips live only in ``clips``
            async with renders:
                mp3, duration, timings = await asyncio.to_thread(render_track_and_trim, track, clips, tags)
            result = TrackResult(track, duration, timings)
            meta = {"duration": duration, "timings": [[t.begin, t.end] for t in timings]}
            await asyncio.to_thread(cache.put_track, key, mp3, meta)
        # the MP3 and its lyrics, each atomically; the LRC is cheap and always rewritten
        write_bytes_atomic(out_dir / track.filename, mp3)
        write_text_atomic(out_dir / f"{track.stem}.lrc", render_lrc(result, script.album, script.artist))
        return result

    try:
        outcomes = await asyncio.gather(*(produce(t) for t in script.tracks), return_exceptions=True)
    finally:
        progress.close()
    if cache.writable:
        # least recently used entries out, down to the bound (another run's files may vanish meanwhile)
        with contextlib.suppress(OSError):
            await asyncio.to_thread(prune_cache, cache.root, options.cache_max)
    for track, outcome in zip(script.tracks, outcomes, strict=True):
        if isinstance(outcome, TrackResult):
            report.tracks.append(outcome)
        elif isinstance(outcome, (SynthesisError, OSError, ValueError, RuntimeError)):
            report.failures.append(f"{track.filename} ({track.title}): {outcome}")
        elif isinstance(outcome, BaseException):
            raise outcome


def write_audio_edition(
    edition: Edition,
    out_dir: Path,
    options: AudioOptions,
    cover: bytes | None = None,
    *,
    engine: SpeechEngine | None = None,
    notice: Callable[[str], None] | None = None,
) -> AudioReport:
    """Write the MP3s, their .lrc, playlist.m3u8 and manifest.json into ``out_dir``.

    ``engine`` overrides the choice made from ``options`` (tests, benchmarks).
    Track failures are collected in the report, never raised; a problem with the
    whole run (no engine reachable with --engine edge) is a PublisherError.
    """
    script = build_script(edition, include_ads=options.include_ads, pinyin=options.pinyin)
    report = AudioReport(total=len(script.tracks))

    def say(line: str) -> None:
        print(line, file=sys.stderr)

    # players show album art small and square; the e-book keeps the full cover
    thumbnail = cover_thumbnail(cover) if cover else None
    asyncio.run(_run(script, options, out_dir, thumbnail, report, engine, notice or say))
    report.tracks.sort(key=lambda r: r.track.number)
    files = EditionFiles.for_date(script.date)
    keep = {n for r in report.tracks for n in (r.track.filename, r.track.stem + ".lrc")}
    remove_stale(out_dir, keep | {files.playlist, files.mp3, files.lrc})
    write_text_atomic(out_dir / files.playlist, render_playlist(report.tracks))
    whole = _write_whole_edition(out_dir, files, script, report.tracks, thumbnail) if report.tracks else None
    write_text_atomic(
        out_dir / "manifest.json",
        render_manifest(
            script,
            edition,
            engine=report.engine,
            voice=report.voice,
            results=report.tracks,
            failures=report.failures,
            files=files,
            whole=whole,
        ),
    )
    return report


def _write_whole_edition(
    out_dir: Path, files: EditionFiles, script: SpeechScript, results: list[TrackResult], cover: bytes | None
) -> WholeEdition:
    """The whole issue as one chaptered MP3, joined from the track files just written, and its lyrics."""
    tracks = [(r.track.filename, r.track.title, (out_dir / r.track.filename).read_bytes()) for r in results]
    audio, chapters, rate = join_tracks(tracks)
    del tracks
    duration = chapters[-1].end_sample / rate
    tags = TrackTags(script.album, script.album, script.artist, 1, 1, script.date, None, cover)
    write_bytes_atomic(out_dir / files.mp3, tag_chaptered_mp3(audio, tags, duration, chapters, rate))
    whole = WholeEdition(files, chapters, rate)
    write_text_atomic(out_dir / files.lrc, render_edition_lrc(results, whole, script.album, script.artist))
    return whole
