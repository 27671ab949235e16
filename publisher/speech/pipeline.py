"""The audio edition writer: SpeechScript → cached sentence clips → one loudness-normalised MP3 per track.

Design:

* **One event loop.** ``write_audio_edition`` calls ``asyncio.run`` once; the
  engine choice (auto probes edge), synthesis and rendering all run inside it.
  The ``--jobs`` semaphore is created inside that loop.  Tracks are gathered
  with ``return_exceptions=True``, so one failed article never cancels the rest.
* **Content-addressed cache.** A sentence clip is stored under
  ``sha256(engine.cache_key() + text)`` in ``<cache>/sentences/``; a finished
  track (its MP3 with tags and the sentence timings) under a hash of everything
  that shapes its bytes in ``<cache>/tracks/``.  Entries are written atomically
  (temporary name, then rename), so two concurrent runs are safe and an
  interrupted run resumes with every sentence it had finished.
* **Rendering** (in a worker thread, so the engine keeps working meanwhile):
  decode (miniaudio for MP3, raw PCM from espeak), trim each clip's own
  silence, add our pauses, normalise to −16 LUFS integrated (BS.1770 gating as
  pyloudnorm does it, vectorised; the tests hold the two equal) with a
  look-ahead limiter holding the 4× oversampled true peak under −1 dBTP, encode
  CBR mono MP3 with lameenc, tag ID3v2.3 with mutagen.  Nothing in it depends on
  time or randomness, so the same input gives byte-identical files.
* **Memory.** A track is held once, as 16-bit samples; every stage after
  assembly streams over it in blocks (see "signal" below), at most
  RENDER_THREADS tracks render at once, a clip is dropped once the last track
  that reads it is done, and with espeak (one text at a time) only the tracks
  the renderers take next are synthesised ahead.
* **Files** are written atomically; a failed track writes nothing, and files a
  previous run listed in its manifest that this run did not produce are removed,
  so the folder, the playlist and the manifest always agree.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import functools
import hashlib
import io
import json
import os
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from publisher.errors import PublisherError
from publisher.fileio import write_bytes_atomic, write_text_atomic
from publisher.model import Edition
from publisher.pinyin import PinyinOptions
from publisher.speech.engine import Clip, SpeechEngine, SynthesisError, validate_prosody
from publisher.speech.script import SpeechScript, Track, build_script

PIPELINE_VERSION = "pinghu-audio/1"
MANIFEST_SCHEMA = "pinghu-audio-manifest/1"
TARGET_LUFS = -16.0
LIMITER_CEILING_DBTP = -2.0  # the target is −1 dBTP: 1 dB for the MP3 encoder's own overshoot
LAME_SCALE_DB = 20 * float(np.log10(0.95))  # LAME's default input scale, −0.45 dB
MP3_BITRATE_KBPS = 64
MP3_QUALITY = 7  # LAME's fast path; speech at 64 kbps mono loses nothing audible
# A decoder plays LAME's output 1105 samples late (576 encoder + 529 decoder delay,
# no gapless header): sentence timings are shifted by as much to match what is heard.
ENCODER_DELAY_SAMPLES = 1105
LEAD_IN = 0.3  # seconds of silence before the first word
TAIL = 0.8  # and after the last
PROBE_TIMEOUT = 3.0
RENDER_THREADS = 2  # CPU-bound rendering at once; the machine has two cores


@dataclass(frozen=True)
class AudioOptions:
    engine: str = "auto"  # auto | edge | espeak
    voice: str | None = None
    rate: str = "+0%"
    volume: str = "+0%"
    pitch: str = "+0Hz"
    jobs: int = 4
    cache_dir: Path | None = None
    include_ads: bool = False
    quiet: bool = False
    pinyin: PinyinOptions = field(default_factory=lambda: PinyinOptions(style="numbers"))


@dataclass(frozen=True)
class SentenceTiming:
    begin: float
    end: float


@dataclass
class TrackResult:
    track: Track
    duration: float
    timings: list[SentenceTiming]


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


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "pinghu-publish"


# ---------------------------------------------------------------- cache


class ClipCache:
    """Content-addressed store of clips and finished tracks; every write is atomic."""

    def __init__(self, root: Path) -> None:
        self.root = root

    @staticmethod
    def sentence_key(engine_key: str, text: str) -> str:
        """``engine_key`` is ``engine.cache_key()``: engine, voice, rate… everything but the text."""
        return hashlib.sha256(f"{engine_key}\n{text}".encode()).hexdigest()

    def _clip_path(self, key: str) -> Path:
        return self.root / "sentences" / key[:2] / f"{key}.clip"

    def get_clip(self, key: str) -> Clip | None:
        try:
            with self._clip_path(key).open("rb") as f:  # the header line, then the audio: one copy
                meta = json.loads(f.readline())
                data = f.read()
            if meta["sha256"] != hashlib.sha256(data).hexdigest():
                return None  # truncated or damaged: synthesise again
            return Clip(data=data, kind=meta["kind"], sample_rate=int(meta["sample_rate"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None  # absent or unreadable: synthesise again

    def put_clip(self, key: str, clip: Clip) -> None:
        digest = hashlib.sha256(clip.data).hexdigest()
        header = json.dumps({"kind": clip.kind, "sample_rate": clip.sample_rate, "sha256": digest}).encode()
        write_bytes_atomic(self._clip_path(key), header + b"\n" + clip.data)

    def _track_paths(self, key: str) -> tuple[Path, Path]:
        base = self.root / "tracks" / key[:2] / key
        return base.with_suffix(".mp3"), base.with_suffix(".json")

    def get_track(self, key: str) -> tuple[bytes, dict[str, Any]] | None:
        mp3_path, meta_path = self._track_paths(key)
        try:
            meta = json.loads(meta_path.read_text("utf-8"))  # written last: present means complete
            mp3 = mp3_path.read_bytes()
        except (OSError, ValueError):
            return None
        if hashlib.sha256(mp3).hexdigest() != meta.get("sha256"):
            return None
        return mp3, meta

    def put_track(self, key: str, mp3: bytes, meta: dict[str, Any]) -> None:
        mp3_path, meta_path = self._track_paths(key)
        write_bytes_atomic(mp3_path, mp3)
        write_text_atomic(meta_path, json.dumps({**meta, "sha256": hashlib.sha256(mp3).hexdigest()}))


# ---------------------------------------------------------------- signal
#
# Memory: a track is held once, as the 16-bit samples the engines gave (a
# 5-minute article at 22.05 kHz is 13 MB).  Every later stage (K-weighting,
# true-peak oversampling, gain, limiter, MP3 encoding) is computed from it in
# blocks of BLOCK samples, and the limiter keeps only the stretches it changes.
# Each block goes through exactly the arithmetic the whole array would (same
# dtypes, same order, filter state carried across blocks, loudness blocks cut
# at the meter's own 100 ms steps), so the output does not depend on BLOCK.

BLOCK = 1 << 17  # samples per processing block: 6 s at 22.05 kHz, 512 KiB as float32
_PCM_SCALE = np.float32(1 / 32768)


def decode_pcm16(clip: Clip, sample_rate: int) -> np.ndarray:
    """Mono 16-bit samples at ``sample_rate`` (a view of the clip's bytes for PCM)."""
    if clip.kind == "pcm_s16le":
        if clip.sample_rate != sample_rate:
            raise SynthesisError(f"clip at {clip.sample_rate} Hz in a {sample_rate} Hz track")
        return np.frombuffer(clip.data[: len(clip.data) // 2 * 2], dtype="<i2")
    if clip.kind == "mp3":
        if not clip.data:
            return np.zeros(0, dtype=np.int16)
        import miniaudio

        try:
            decoded = miniaudio.decode(
                clip.data, output_format=miniaudio.SampleFormat.SIGNED16, nchannels=1, sample_rate=sample_rate
            )
        except miniaudio.DecodeError as e:
            raise SynthesisError(f"the engine's MP3 does not decode ({e})") from None
        return np.frombuffer(decoded.samples, dtype=np.int16)
    raise SynthesisError(f"unknown clip kind {clip.kind!r}")


def to_float(pcm: np.ndarray) -> np.ndarray:
    """16-bit samples as float32 in [-1, 1)."""
    samples = pcm.astype(np.float32)
    samples *= _PCM_SCALE
    return samples


def decode_clip(clip: Clip, sample_rate: int) -> np.ndarray:
    """Mono float32 samples in [-1, 1] at ``sample_rate``."""
    return to_float(decode_pcm16(clip, sample_rate))


def speech_span(x: np.ndarray, sample_rate: int, threshold: float = 10 ** (-50 / 20)) -> tuple[int, int]:
    """Where the engine's own leading/trailing silence ends and starts (our pauses replace it),
    keeping 20 ms; (0, 0) for a silent clip."""
    loud = np.flatnonzero(np.abs(x) > threshold)
    if loud.size == 0:
        return 0, 0
    keep = int(0.02 * sample_rate)
    return max(0, int(loud[0]) - keep), min(x.size, int(loud[-1]) + keep + 1)


def trim_silence(x: np.ndarray, sample_rate: int, threshold: float = 10 ** (-50 / 20)) -> np.ndarray:
    """Drop the engine's own leading/trailing silence (our pauses replace it), keeping 20 ms."""
    begin, end = speech_span(x, sample_rate, threshold)
    return x[begin:end]


def _oversampler(factor: int = 4, taps_per_phase: int = 12) -> np.ndarray:
    """Polyphase interpolation filter (windowed sinc) as in BS.1770-4's true-peak meter.

    Returns (factor - 1, taps): the in-between phases; phase 0 is the sample itself.
    """
    n = factor * taps_per_phase + 1
    t = (np.arange(n) - n // 2) / factor
    h = np.sinc(t) * np.kaiser(n, 8.0)
    rows = [h[p::factor][:taps_per_phase] for p in range(1, factor)]
    return np.array([r / r.sum() for r in rows], dtype=np.float64)


_PHASES = _oversampler()
_TAPS = _PHASES.shape[1]
_HALF = _TAPS // 2
# Inter-sample peaks of speech stay well within 6 dB of the sample peaks, so only
# samples above (threshold - 6 dB) are oversampled: a few percent of a track.
_OVERSHOOT = 10 ** (-6 / 20)


def _padded_peaks(padded: np.ndarray, threshold: float) -> np.ndarray:
    """sample_peaks of ``padded[_HALF:-_HALF]``, given _HALF samples of context on each side."""
    x = padded[_HALF : padded.size - _HALF]
    peaks = np.abs(x).astype(np.float32, copy=False)
    candidates = np.flatnonzero(peaks > threshold * _OVERSHOOT)
    offsets = np.arange(1, _TAPS + 1)
    phases = _PHASES.T.astype(np.float32, copy=False)
    for start in range(0, candidates.size, 1 << 16):  # in slices: bounded memory
        chunk = candidates[start : start + (1 << 16)]
        # the values between sample i and i+1 come from x[i-half+1 .. i+half]
        between = np.abs(padded[chunk[:, None] + offsets] @ phases).max(axis=1)
        peaks[chunk] = np.maximum(peaks[chunk], between)
    return peaks


def sample_peaks(x: np.ndarray, threshold: float = 0.0) -> np.ndarray:
    """Per sample, the largest magnitude of it and the 4× oversampled values after it (true peak).

    Only samples above ``threshold`` × −6 dB are oversampled; the others keep |x|.
    """
    padded = np.zeros(x.size + 2 * _HALF, dtype=np.float32)
    padded[_HALF : _HALF + x.size] = x
    return _padded_peaks(padded, threshold)


def true_peak_dbtp(x: np.ndarray) -> float:
    peak = float(sample_peaks(x).max()) if x.size else 0.0
    return 20 * float(np.log10(peak)) if peak > 0 else -np.inf


def _biquad(kind: str, gain_db: float, q: float, fc: float, sample_rate: int) -> list[float]:
    """One RBJ-cookbook biquad of BS.1770's K-weighting as pyloudnorm designs it: [b0 b1 b2 a0 a1 a2]."""
    a_ = 10 ** (gain_db / 40)
    w0 = 2 * np.pi * fc / sample_rate
    alpha = np.sin(w0) / (2 * q)
    cos, root = np.cos(w0), np.sqrt(a_)
    if kind == "high_shelf":
        b = [a_ * ((a_ + 1) + (a_ - 1) * cos + 2 * root * alpha), -2 * a_ * ((a_ - 1) + (a_ + 1) * cos),
             a_ * ((a_ + 1) + (a_ - 1) * cos - 2 * root * alpha)]  # fmt: skip
        a = [(a_ + 1) - (a_ - 1) * cos + 2 * root * alpha, 2 * ((a_ - 1) - (a_ + 1) * cos),
             (a_ + 1) - (a_ - 1) * cos - 2 * root * alpha]  # fmt: skip
    else:  # high_pass
        b = [(1 + cos) / 2, -(1 + cos), (1 + cos) / 2]
        a = [1 + alpha, -2 * cos, 1 - alpha]
    return [v / a[0] for v in (*b, *a)]


def _k_weighting(sample_rate: int) -> np.ndarray:
    """BS.1770's K-weighting (pre-filter shelf, then RLB high-pass) as float32 second-order sections."""
    return np.array([_biquad("high_shelf", 4.0, 1 / np.sqrt(2), 1500.0, sample_rate),
                     _biquad("high_pass", 0.0, 0.5, 38.0, sample_rate)], dtype=np.float32)  # fmt: skip


# A signal of known length, read a stretch [begin, end) at a time as float32.
Samples = Callable[[int, int], np.ndarray]


def _streamed_lufs(signal: Samples, size: int, sample_rate: int) -> float:
    """BS.1770 gated loudness, block for block as pyloudnorm computes it, but vectorised and streamed.

    pyloudnorm loops over 100 ms steps in Python; on a whole edition that cost
    seconds per pass.  The signal is K-weighted a stretch of whole 100 ms steps
    at a time, the filter's state carried over.  The tests check this against
    ``pyloudnorm.Meter``.
    """
    from scipy.signal import sosfilt  # heavy import: only when a track is actually rendered

    block = 0.4
    n_blocks = int(np.round((size / sample_rate - block) / (block * 0.25))) + 1
    if n_blocks < 1:
        return -np.inf
    # blocks overlap by 75 %: sum 100 ms steps once, then add four neighbours
    bounds = np.minimum((block * 0.25 * np.arange(n_blocks + 4) * sample_rate).astype(np.int64), size)
    n_steps = n_blocks + 3
    steps = np.zeros(n_steps, dtype=np.float64)
    sos = _k_weighting(sample_rate)
    state = np.zeros((sos.shape[0], 2), dtype=np.float32)
    per = max(1, BLOCK // max(1, int(bounds[1] - bounds[0])))
    for first in range(0, n_steps, per):
        last = min(first + per, n_steps)
        begin, end = int(bounds[first]), int(bounds[last])
        if end <= begin:
            break  # the remaining steps lie past the end: empty
        power, state = sosfilt(sos, signal(begin, end), zi=state)
        np.square(power, out=power)
        # steps that start at the end of the signal are empty (they stay 0); bounds only
        # repeat there, so every step before them has at least one sample
        starts = bounds[first:last] - begin
        starts = starts[starts < power.size]
        steps[first : first + starts.size] = np.add.reduceat(power, starts, dtype=np.float64)
    z = (steps[:-3] + steps[1:-2] + steps[2:-1] + steps[3:]) / (block * sample_rate)
    with np.errstate(divide="ignore"):
        loud = -0.691 + 10 * np.log10(z)
    gated = z[loud >= -70.0]
    if gated.size == 0:
        return -np.inf
    relative = -0.691 + 10 * np.log10(gated.mean()) - 10.0
    final = z[(loud > relative) & (loud > -70.0)]
    return float(-0.691 + 10 * np.log10(final.mean())) if final.size else -np.inf


def integrated_lufs(x: np.ndarray, sample_rate: int) -> float:
    """BS.1770 integrated loudness of ``x`` (see _streamed_lufs)."""
    return _streamed_lufs(lambda a, b: x[a:b].astype(np.float32, copy=False), x.size, sample_rate)


# The limiter's gain where it is below 1: (first sample, gain for the stretch from there).
Stretches = list[tuple[int, np.ndarray]]


def limiter_stretches(over: np.ndarray, over_peaks: np.ndarray, size: int, sample_rate: int, ceiling: float
) -> Stretches:  # fmt: skip
    """A smooth gain that holds every (true) peak under ``ceiling``: look-ahead, 4 ms hold.

    ``over``: the samples whose peak exceeds the ceiling, ascending; ``over_peaks``
    their peaks.  Only the stretches around them are computed (a few percent of a
    track); elsewhere the gain is 1.
    """
    from scipy.ndimage import maximum_filter1d, uniform_filter1d

    if over.size == 0:
        return []
    hold = max(2, int(0.004 * sample_rate))
    reach = 3 * hold
    stretches: Stretches = []
    breaks = np.flatnonzero(np.diff(over) > 2 * reach)
    for first, last in zip(np.r_[0, breaks + 1], np.r_[breaks, over.size - 1], strict=True):
        lo, hi = max(0, int(over[first]) - reach), min(size, int(over[last]) + reach + 1)
        need = np.ones(hi - lo, dtype=np.float32)  # samples under the ceiling need no gain
        need[over[first : last + 1] - lo] = np.minimum(
            1.0, ceiling / np.maximum(over_peaks[first : last + 1], 1e-12)
        )
        # min over ±hold, then a moving average over ±hold/2: the average only
        # mixes values that are each ≤ need[n], so the gain never exceeds it.
        held = 1.0 - maximum_filter1d(1.0 - need, size=2 * hold + 1, mode="nearest")
        stretches.append((lo, uniform_filter1d(held, size=hold | 1, mode="nearest")))
    return stretches


@dataclass
class _Chain:
    """The track at each stage of normalisation, computed a block at a time from its 16-bit samples:
    ((x · gain) · limiter) · make-up · trim, each step in float32 as the whole-array form would be."""

    pcm: np.ndarray
    gain: float = 1.0
    limiter: Stretches = field(default_factory=list)
    makeup: float | None = None
    trim: Any = None

    @property
    def size(self) -> int:
        return int(self.pcm.size)

    def __call__(self, begin: int, end: int) -> np.ndarray:
        """Samples [begin, end) of the current stage; zeros outside the track."""
        lo, hi = max(0, begin), min(self.size, end)
        if lo >= hi:
            return np.zeros(end - begin, dtype=np.float32)
        y = to_float(self.pcm[lo:hi]) * self.gain
        for start, gain in self.limiter:
            a, b = max(lo, start), min(hi, start + gain.size)
            if a < b:
                y[a - lo : b - lo] *= gain[a - start : b - start]
        if self.makeup is not None:
            y = (y * 10 ** (self.makeup / 20)).astype(np.float32, copy=False)
        if self.trim is not None:
            y = (y * self.trim).astype(np.float32, copy=False)
        if (lo, hi) == (begin, end):
            return y
        out = np.zeros(end - begin, dtype=np.float32)
        out[lo - begin : hi - begin] = y
        return out

    def peaks(self, threshold: float, floor: float) -> tuple[np.ndarray, np.ndarray]:
        """The samples whose peak (see sample_peaks) is above ``floor``, and those peaks."""
        where, values = [], []
        for begin in range(0, self.size, BLOCK):
            end = min(self.size, begin + BLOCK)
            peaks = _padded_peaks(self(begin - _HALF, end + _HALF), threshold)
            above = np.flatnonzero(peaks > floor)
            where.append(above + begin)
            values.append(peaks[above])
        if not where:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        return np.concatenate(where), np.concatenate(values)

    def peak(self, threshold: float) -> np.float32:
        return max(
            (_padded_peaks(self(b - _HALF, min(self.size, b + BLOCK) + _HALF), threshold).max()
             for b in range(0, self.size, BLOCK)),
            default=np.float32(0),
        )  # fmt: skip


def normalise_track(pcm: np.ndarray, sample_rate: int, target: float, ceiling_dbtp: float) -> _Chain:
    """Gain to ``target`` LUFS with the true peak held under ``ceiling_dbtp``.

    Loudness scales exactly with gain, so only limiting needs a new measurement:
    limit at the ceiling less the make-up gain the limiting will need, a few
    rounds until that make-up gain settles.
    """
    chain = _Chain(pcm)
    loudness = _streamed_lufs(chain, chain.size, sample_rate)
    if not np.isfinite(loudness):
        raise SynthesisError("the track is silent")
    chain.gain = 10 ** ((target - loudness) / 20)
    ceiling = 10 ** (ceiling_dbtp / 20)
    # every sample a limiter round can touch: peaks above the ceiling less 6 dB of make-up
    floor = ceiling * _OVERSHOOT
    where, peaks = chain.peaks(ceiling, floor)
    if not peaks.size or peaks.max() <= ceiling:
        return chain
    makeup_db = 0.0
    for _ in range(3):
        limit = ceiling * 10 ** (-makeup_db / 20)
        if limit < floor:  # more make-up than foreseen: collect the quieter peaks too
            floor = limit
            chain.limiter = []
            where, peaks = chain.peaks(ceiling, floor)
        over = peaks > limit
        chain.limiter = limiter_stretches(where[over], peaks[over], chain.size, sample_rate, limit)
        new_makeup = target - _streamed_lufs(chain, chain.size, sample_rate)
        settled = abs(new_makeup - makeup_db) < 0.2
        makeup_db = new_makeup
        if settled:
            break
    chain.makeup = makeup_db
    over_peak = chain.peak(ceiling)
    if over_peak > ceiling:  # the last round moved the make-up gain a little: trim it
        chain.trim = ceiling / over_peak
    return chain


def encode_mp3(signal: Samples, size: int, sample_rate: int) -> bytes:
    """CBR mono MP3 of ``signal``, fed to LAME a block at a time (its output does not depend on that)."""
    import lameenc

    encoder = lameenc.Encoder()
    encoder.set_bit_rate(MP3_BITRATE_KBPS)
    encoder.set_in_sample_rate(sample_rate)
    encoder.set_out_sample_rate(sample_rate)
    encoder.set_channels(1)
    encoder.set_quality(MP3_QUALITY)
    out = bytearray()
    for begin in range(0, size, BLOCK):
        scaled = signal(begin, min(size, begin + BLOCK)) * np.float32(32767.0)
        np.round(scaled, out=scaled)
        np.clip(scaled, -32768, 32767, out=scaled)
        out += encoder.encode(scaled.astype("<i2").tobytes())
    out += encoder.flush()
    return bytes(out)


@dataclass(frozen=True)
class TrackTags:
    title: str
    album: str
    artist: str
    track: int  # 1-based: players number from 1 (file 00 is track 1)
    tracks: int
    date: str | None
    comment: str | None
    cover: bytes | None


def tag_mp3(mp3: bytes, tags: TrackTags, duration: float) -> bytes:
    """ID3v2.3 tags common players read; the bytes depend only on the arguments."""
    from mutagen.id3 import APIC, COMM, ID3, TALB, TCON, TDRC, TIT2, TLAN, TLEN, TPE1, TPE2, TRCK

    id3 = ID3()
    id3.add(TIT2(encoding=3, text=tags.title))
    id3.add(TALB(encoding=3, text=tags.album))
    id3.add(TPE1(encoding=3, text=tags.artist))
    id3.add(TPE2(encoding=3, text=tags.artist))
    id3.add(TRCK(encoding=3, text=f"{tags.track}/{tags.tracks}"))
    id3.add(TCON(encoding=3, text="Speech"))
    id3.add(TLAN(encoding=3, text="chi"))
    id3.add(TLEN(encoding=3, text=str(round(duration * 1000))))
    if tags.date:
        id3.add(TDRC(encoding=3, text=tags.date))  # saved as TYER + TDAT in v2.3
    if tags.comment:
        id3.add(COMM(encoding=3, lang="chi", desc="", text=tags.comment))
    if tags.cover:
        mime = "image/png" if tags.cover.startswith(b"\x89PNG") else "image/jpeg"
        id3.add(APIC(encoding=3, mime=mime, type=3, desc="Cover", data=tags.cover))
    id3.update_to_v23()  # TDRC → TYER + TDAT, the frames v2.3 players read
    buf = io.BytesIO(mp3)
    id3.save(buf, v2_version=3, padding=lambda info: 0)
    return buf.getvalue()


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


# ---------------------------------------------------------------- companions


def _lrc_time(seconds: float) -> str:
    centis = round(seconds * 100)
    return f"{centis // 6000:02d}:{centis // 100 % 60:02d}.{centis % 100:02d}"


def render_lrc(result: TrackResult, album: str, artist: str) -> str:
    track = result.track
    lines = [f"[ti:{track.title}]", f"[ar:{artist}]", f"[al:{album}]", "[by:pinghu-publish]",
             f"[length:{_lrc_time(result.duration)[:5]}]"]  # fmt: skip
    for segment, timing in zip(track.segments, result.timings, strict=True):
        lines.append(f"[{_lrc_time(timing.begin)}]{segment.text}")
    return "\n".join(lines) + "\n"


def render_playlist(results: Sequence[TrackResult]) -> str:
    lines = ["#EXTM3U"]
    for r in results:
        lines.append(f"#EXTINF:{round(r.duration)},{r.track.title}")
        lines.append(r.track.filename)
    return "\n".join(lines) + "\n"


def render_manifest(script: SpeechScript, report: AudioReport, edition: Edition) -> str:
    doc = {
        "schema": MANIFEST_SCHEMA,
        "title": script.album,
        "newspaper": edition.newspaper,
        "edition": edition.edition,
        "date": edition.date,
        "engine": report.engine,
        "voice": report.voice,
        "tracks": [
            {
                "number": r.track.number,
                "file": r.track.filename,
                "lrc": r.track.stem + ".lrc",
                "title": r.track.title,
                "kind": r.track.kind,
                "item": r.track.item_id,
                "duration": round(r.duration, 3),
                "sentences": [
                    {
                        "text": s.text,
                        "spoken": s.spoken,
                        "item": s.item_id,
                        "part": s.part,
                        "paragraph": s.paragraph,
                        "begin": round(t.begin, 3),
                        "end": round(t.end, 3),
                    }
                    for s, t in zip(r.track.segments, r.timings, strict=True)
                ],
            }
            for r in report.tracks
        ],
        "failures": report.failures,
    }
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


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
    from publisher.speech.edge import EdgeEngine

    return EdgeEngine(options.voice, rate=options.rate, volume=options.volume, pitch=options.pitch)


def _offline(options: AudioOptions, notice: Callable[[str], None]) -> SpeechEngine:
    engine = make_engine(options, "espeak")
    settings = [("volume", options.volume, "0%"), ("pitch", options.pitch, "0Hz")]
    ignored = [f"--{name} {value}" for name, value, zero in settings if value.lstrip("+-") != zero]
    if ignored:
        notice(f"notice: {' and '.join(ignored)} apply to the edge voices only; espeak-ng ignores them")
    return engine


async def choose_engine(options: AudioOptions, notice: Callable[[str], None]) -> SpeechEngine:
    """--engine edge fails clearly when the service is unreachable; auto falls back to espeak, saying so."""
    validate_prosody(options.rate, options.volume, options.pitch)  # before any probe
    if options.engine == "espeak":
        return _offline(options, notice)
    if options.engine == "edge":
        edge = make_engine(options, "edge")
        if not await edge.probe(PROBE_TIMEOUT):  # type: ignore[attr-defined]
            raise PublisherError(
                "edge: the online speech service did not answer; check the network, "
                "or use --engine espeak for the offline voice"
            )
        return edge
    try:
        edge = make_engine(options, "edge")
    except PublisherError:
        # not an edge voice name (e.g. --voice yue): the offline engine is the one asked for
        return _offline(options, notice)
    if await edge.probe(PROBE_TIMEOUT):  # type: ignore[attr-defined]
        return edge
    notice("notice: the online voices (edge) are unreachable; using the offline espeak-ng voice")
    # the edge voice name means nothing to espeak: its default voice reads instead
    return _offline(dataclasses.replace(options, voice=None), notice)


# ---------------------------------------------------------------- progress


class _Progress:
    """One bar per track on a terminal (tqdm when installed, else a line per finished track).

    All bars are laid out at the start and closed together at the end: tracks
    run concurrently, and a bar closed early would make the others jump.
    Silent with --quiet or when stderr is not a terminal.
    """

    def __init__(self, tracks: Sequence[Track], enabled: bool) -> None:
        self.bars: dict[int, Any] = {}
        self.lines = enabled and sys.stderr.isatty()
        if not self.lines:
            return
        try:
            from tqdm import tqdm
        except ImportError:
            return
        for position, track in enumerate(tracks):
            self.bars[track.number] = tqdm(
                total=len(track.segments) + 1,  # every sentence, then the encoding
                desc=f"{track.filename[:34]:34s}",
                unit="句",
                position=position,
                leave=True,
                file=sys.stderr,
                dynamic_ncols=True,
            )

    def advance(self, track: Track) -> None:
        if track.number in self.bars:
            self.bars[track.number].update(1)

    def done(self, track: Track, status: str = "") -> None:
        bar = self.bars.get(track.number)
        if bar is not None:
            bar.update(bar.total - bar.n)
            if status:
                bar.set_postfix_str(status)
        elif self.lines:
            print(f"{track.filename} {status or 'done'}", file=sys.stderr)

    def close(self) -> None:
        for bar in self.bars.values():
            bar.close()


# ---------------------------------------------------------------- the run


def _track_key(engine_key: str, track: Track, tags: TrackTags) -> str:
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
    cache = ClipCache(options.cache_dir or default_cache_dir())
    engine_key = engine.cache_key()
    jobs = asyncio.Semaphore(options.jobs)
    renders = asyncio.Semaphore(RENDER_THREADS)
    progress = _Progress(script.tracks, not options.quiet)
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
                result, status = await render_or_reuse(track)
        except BaseException:
            progress.done(track, "failed")
            raise
        finally:
            release(track)
        progress.done(track, status)
        return result

    async def render_or_reuse(track: Track) -> tuple[TrackResult, str]:
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
        key = _track_key(engine_key, track, tags)
        hit = cache.get_track(key)
        if hit is not None:
            mp3, meta = hit
            report.tracks_cached += 1
            timings = [SentenceTiming(b, e) for b, e in meta["timings"]]
            result, status = TrackResult(track, float(meta["duration"]), timings), "cached"
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
            result, status = TrackResult(track, duration, timings), ""
            meta = {"duration": duration, "timings": [[t.begin, t.end] for t in timings]}
            await asyncio.to_thread(cache.put_track, key, mp3, meta)
        # the MP3 and its lyrics, each atomically; the LRC is cheap and always rewritten
        write_bytes_atomic(out_dir / track.filename, mp3)
        write_text_atomic(out_dir / f"{track.stem}.lrc", render_lrc(result, script.album, script.artist))
        return result, status

    try:
        outcomes = await asyncio.gather(*(produce(t) for t in script.tracks), return_exceptions=True)
    finally:
        progress.close()
    for track, outcome in zip(script.tracks, outcomes, strict=True):
        if isinstance(outcome, TrackResult):
            report.tracks.append(outcome)
        elif isinstance(outcome, (SynthesisError, OSError, ValueError, RuntimeError)):
            report.failures.append(f"{track.filename} ({track.title}): {outcome}")
        elif isinstance(outcome, BaseException):
            raise outcome


def _remove_stale(out_dir: Path, keep: set[str]) -> None:
    """Delete files that our previous manifest listed and this run did not write (only those)."""
    try:
        previous = json.loads((out_dir / "manifest.json").read_text("utf-8"))
    except (OSError, ValueError):
        return
    if not isinstance(previous, dict) or previous.get("schema") != MANIFEST_SCHEMA:
        return
    for entry in previous.get("tracks", []):
        for key in ("file", "lrc"):
            name = entry.get(key) if isinstance(entry, dict) else None
            if isinstance(name, str) and name not in keep and "/" not in name and "\\" not in name:
                (out_dir / name).unlink(missing_ok=True)


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

    asyncio.run(_run(script, options, out_dir, cover, report, engine, notice or say))
    report.tracks.sort(key=lambda r: r.track.number)
    _remove_stale(out_dir, {n for r in report.tracks for n in (r.track.filename, r.track.stem + ".lrc")})
    write_text_atomic(out_dir / "playlist.m3u8", render_playlist(report.tracks))
    write_text_atomic(out_dir / "manifest.json", render_manifest(script, report, edition))
    return report
