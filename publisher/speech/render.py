"""One track rendered: clips → assembled with our pauses → normalised → encoded → tagged.

Nothing in it depends on time or randomness, so the same input gives
byte-identical files; ``track_key`` names everything that shapes those bytes.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from publisher.records import record
from publisher.speech.engine import Clip
from publisher.speech.loudness import normalise_track, to_float
from publisher.speech.mp3 import (
    ENCODER_DELAY_SAMPLES,
    LAME_SCALE_DB,
    MP3_BITRATE_KBPS,
    MP3_QUALITY,
    decode_pcm16,
    encode_mp3,
)
from publisher.speech.script import Track
from publisher.speech.tags import TrackTags, tag_mp3

PIPELINE_VERSION = "pinghu-audio/2"  # 2: loudness measured once, limiter regions re-measured
TARGET_LUFS = -16.0
LIMITER_CEILING_DBTP = -2.0  # the target is −1 dBTP: 1 dB for the MP3 encoder's own overshoot
LEAD_IN = 0.3  # seconds of silence before the first word
TAIL = 0.8  # and after the last


@record
class SentenceTiming:
    """Where a spoken sentence begins and ends in its track, in seconds."""

    begin: float
    end: float


@dataclass
class TrackResult:
    track: Track
    duration: float
    timings: list[SentenceTiming]


def speech_span(x: np.ndarray, sample_rate: int, threshold: float = 10 ** (-50 / 20)) -> tuple[int, int]:
    """Where the engine's own leading/trailing silence ends and starts (our pauses replace it),
    keeping 20 ms; (0, 0) for a silent clip."""
    loud = np.flatnonzero(np.abs(x) > threshold)
    if loud.size == 0:
        return 0, 0
    keep = int(0.02 * sample_rate)
    return max(0, int(loud[0]) - keep), min(x.size, int(loud[-1]) + keep + 1)


def assemble(
    track: Track, pcm: Sequence[np.ndarray], sample_rate: int
) -> tuple[np.ndarray, list[SentenceTiming]]:
    """16-bit sentences with our pauses between them, in one 16-bit track; and each sentence's begin/end."""
    spans = [speech_span(to_float(samples), sample_rate) for samples in pcm]
    lead = int(LEAD_IN * sample_rate)
    gaps = [round(segment.pause_after * sample_rate) for segment in track.segments]
    tail = max(0, int(TAIL * sample_rate) - (gaps[-1] if gaps else 0))
    size = lead + sum(end - begin for begin, end in spans) + sum(gaps) + tail
    out = np.zeros(size, dtype=np.int16)
    cursor = lead
    timings = []
    for samples, (begin, end), gap in zip(pcm, spans, gaps, strict=True):
        out[cursor : cursor + end - begin] = samples[begin:end]
        timings.append(SentenceTiming(cursor / sample_rate, (cursor + end - begin) / sample_rate))
        cursor += end - begin + gap
    return out, timings


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's malloc_trim, or None elsewhere (musl, macOS, Windows)."""
    import ctypes
    import ctypes.util

    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim  # type: ignore[no-any-return]
    except (OSError, AttributeError):
        return None


def render_track_and_trim(
    track: Track, clips: list[Clip], tags: TrackTags
) -> tuple[bytes, float, list[SentenceTiming]]:
    """render_track, then hand the freed blocks back to the system.

    A render allocates and frees tens of MB in its worker thread's malloc arena;
    glibc keeps that memory mapped, so the next track would start from that
    high-water mark (25 MB of the seed's peak RSS).
    """
    try:
        return render_track(track, clips, tags)
    finally:
        trim = _malloc_trim()
        if trim is not None:
            trim(0)


def render_track(
    track: Track, clips: list[Clip], tags: TrackTags
) -> tuple[bytes, float, list[SentenceTiming]]:
    """Clips → tagged MP3 bytes, duration in seconds, sentence timings.  CPU-bound.

    The track exists once, as 16-bit samples; normalisation and encoding stream over it.
    ``clips`` is emptied once the track is assembled, so that, if the caller holds
    no other reference, their memory is free while the track is normalised and encoded.
    """
    sample_rate = clips[0].sample_rate if clips else 24000
    decoded = [decode_pcm16(c, sample_rate) for c in clips]
    clips.clear()
    pcm, timings = assemble(track, decoded, sample_rate)
    del decoded
    # LAME scales its input by 0.95 (its default --scale); aim above by as much
    # so that what a player decodes is at the target.
    chain = normalise_track(
        pcm, sample_rate, TARGET_LUFS - LAME_SCALE_DB, LIMITER_CEILING_DBTP - LAME_SCALE_DB
    )
    delay = ENCODER_DELAY_SAMPLES / sample_rate
    timings = [SentenceTiming(t.begin + delay, t.end + delay) for t in timings]
    duration = chain.size / sample_rate + delay
    return tag_mp3(encode_mp3(chain, chain.size, sample_rate), tags, duration), duration, timings


def track_key(engine_key: str, track: Track, tags: TrackTags) -> str:
    h = hashlib.sha256()
    settings = [
        PIPELINE_VERSION,
        TARGET_LUFS,
        LIMITER_CEILING_DBTP,
        MP3_BITRATE_KBPS,
        MP3_QUALITY,
        ENCODER_DELAY_SAMPLES,
        LEAD_IN,
        TAIL,
    ]
    audio = [engine_key, [(s.spoken, s.pause_after) for s in track.segments]]
    tag_values = [tags.title, tags.album, tags.artist, tags.track, tags.tracks, tags.date, tags.comment]
    h.update(json.dumps([settings, audio, tag_values], ensure_ascii=False).encode())
    h.update(hashlib.sha256(tags.cover or b"").digest())
    return h.hexdigest()
