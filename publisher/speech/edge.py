"""The edge engine: Microsoft's online neural voices through the ``edge-tts`` client (7.3.x).

One request per text the pipeline hands over (a sentence or paragraph).  The
client is used only through ``Communicate.stream()`` with a fresh
``Communicate`` (and so a fresh aiohttp session and connector) for every
attempt; ``stream_sync()`` hangs when synthesis fails and ``save()`` truncates
its target before connecting, so neither is used.

What 7.3.x does not do for us, and this module does:

* ``receive_timeout`` bounds only single socket reads, so a slow or stalled
  answer could run for ever: every attempt runs under ``asyncio.timeout``.
* A connection closed mid-audio ends the stream quietly with the audio so far.
  The client only folds a part's audio bytes into ``state["cumulative_audio_bytes"]``
  when that part's ``turn.end`` arrives, so a total that disagrees with the
  bytes we received means a part never finished.  As a second check the last
  sentence boundary (offset + duration, 100 ns ticks) must lie inside the
  audio we got (48 kbps CBR, so bytes give the duration exactly).
* Failures arrive as edge-tts exceptions, aiohttp ``WSServerHandshakeError``
  (403 twice, 429, 5xx), other aiohttp/OS connection errors, timeouts and
  ``ValueError``: all are retried a bounded number of times with exponential
  backoff and jitter, then reported as one :class:`SynthesisError`.

Concurrency is capped by the caller (the pipeline's ``--jobs`` semaphore); the
engine keeps no per-request state on itself and adds only a hard ceiling on
connections per event loop, far below the ~40 the service treats as abuse.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import random
import weakref
from collections.abc import Awaitable, Callable

import aiohttp
import edge_tts
from edge_tts.data_classes import TTSConfig
from edge_tts.exceptions import EdgeTTSException

from publisher.errors import PublisherError
from publisher.records import record
from publisher.speech.engine import Clip, SynthesisError, validate_prosody

DEFAULT_EDGE_VOICE = "zh-CN-XiaoxiaoNeural"
OUTPUT_FORMAT = "audio-24khz-48kbitrate-mono-mp3"  # what edge-tts 7.3 always asks for
SAMPLE_RATE = 24_000
MP3_BITRATE_BPS = 48_000
TICKS_PER_SECOND = 10_000_000
# Boundaries may end a little after the last whole MP3 frame we count; more than
# this is missing speech, not rounding.
BOUNDARY_SLACK_TICKS = TICKS_PER_SECOND // 4
MAX_CONNECTIONS = 16
# The client never splits text without spaces or newlines, and the service cuts
# an answer at 10 minutes: longer texts go out as several requests of at most
# this many characters (about 3 minutes of speech at +0%).
MAX_REQUEST_CHARS = 800
_STRONG_BREAKS = "。！？；!?;\n"
_WEAK_BREAKS = "，,、：: "
PROBE_TEXT = "你好。"

# Everything a request can fail with that is worth another attempt.  ValueError:
# the client raises it on malformed frames (e.g. a header line without a colon).
RETRYABLE = (EdgeTTSException, aiohttp.ClientError, OSError, TimeoutError, ValueError)


class PartialAudio(Exception):
    """The service closed the connection before the whole text was spoken."""


@record
class RetryPolicy:
    """How hard the engine tries one text before giving up.

    Attempt ``n`` (from 1) that fails waits ``min(backoff_max, backoff_base * 2**(n-1))``
    scaled by a random factor in [0.5, 1] (jitter, so parallel requests that failed
    together do not return together), or the server's ``Retry-After`` when longer.
    ``timeout`` is for one whole attempt: ``timeout_base + timeout_per_char * len(text)``.
    """

    attempts: int = 4
    backoff_base: float = 0.5
    backoff_max: float = 8.0
    timeout_base: float = 15.0
    timeout_per_char: float = 0.05

    def timeout_for(self, text: str) -> float:
        return self.timeout_base + self.timeout_per_char * len(text)

    def backoff(self, attempt: int, rng: random.Random, retry_after: float | None = None) -> float:
        delay = min(self.backoff_max, self.backoff_base * 2 ** (attempt - 1)) * rng.uniform(0.5, 1.0)
        if retry_after is not None:
            delay = max(delay, min(retry_after, self.backoff_max))
        return delay


class EdgeEngine:
    """SpeechEngine for Microsoft's Edge read-aloud voices (MP3, 24 kHz mono)."""

    name = "edge"

    def __init__(
        self,
        voice: str | None = None,
        *,
        rate: str = "+0%",
        volume: str = "+0%",
        pitch: str = "+0Hz",
        retry: RetryPolicy | None = None,
        max_connections: int = MAX_CONNECTIONS,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
        rng: random.Random | None = None,
    ) -> None:
        self.voice = voice or DEFAULT_EDGE_VOICE
        validate_prosody(rate, volume, pitch)
        try:
            TTSConfig(self.voice, rate, volume, pitch, "SentenceBoundary")
        except (TypeError, ValueError):
            raise PublisherError(
                f"{self.voice!r} is not an edge voice name (like {DEFAULT_EDGE_VOICE}); "
                "see `pinghu-publish voices --engine edge`"
            ) from None
        self.rate, self.volume, self.pitch = rate, volume, pitch
        self.retry = retry or RetryPolicy()
        self.max_connections = max_connections
        self._sleep = sleep
        self._rng = rng or random.Random()
        # A semaphore belongs to the loop it is first used in; the CLI runs one
        # loop, tests run many, so keep one per loop.
        self._gates: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = (
            weakref.WeakKeyDictionary()
        )

    def cache_key(self) -> str:
        return f"edge|{self.voice}|rate={self.rate}|volume={self.volume}|pitch={self.pitch}|{OUTPUT_FORMAT}"

    async def synthesize(self, text: str) -> Clip:
        text = text.strip()
        if not text:
            raise SynthesisError("edge: nothing to say (empty text)")
        pieces = split_for_requests(text)
        if len(pieces) == 1:
            return await self._synthesize_request(text)
        # MP3 streams concatenate frame by frame; one piece at a time, since the
        # pipeline already runs --jobs texts at once
        clips = [await self._synthesize_request(piece) for piece in pieces]
        return Clip(b"".join(clip.data for clip in clips), "mp3", SAMPLE_RATE)

    async def _synthesize_request(self, text: str) -> Clip:
        reason = ""
        for attempt in range(1, self.retry.attempts + 1):
            retry_after: float | None = None
            try:
                return await self._attempt(text, self.retry.timeout_for(text))
            except aiohttp.WSServerHandshakeError as error:
                reason = f"the service refused the connection (HTTP {error.status})"
                retry_after = _retry_after(error)
            except PartialAudio as error:
                reason = str(error)
            except RETRYABLE as error:
                reason = _describe(error, self.retry.timeout_for(text))
            if attempt < self.retry.attempts:
                await self._sleep(self.retry.backoff(attempt, self._rng, retry_after))
        raise SynthesisError(f"edge: {_quote(text)} failed after {self.retry.attempts} attempts: {reason}")

    async def probe(self, timeout: float = 3.0) -> bool:
        """Async: True if a tiny synthesis completes within ``timeout`` seconds (one attempt, no retry).

        Used by ``--engine auto``; it checks the whole path (handshake, token, voice, audio),
        not just that a socket opens.
        """
        try:
            await self._attempt(PROBE_TEXT, timeout)
        except (PartialAudio, *RETRYABLE):
            return False
        return True

    def _gate(self) -> asyncio.Semaphore:
        loop = asyncio.get_running_loop()
        gate = self._gates.get(loop)
        if gate is None:
            gate = self._gates[loop] = asyncio.Semaphore(self.max_connections)
        return gate

    async def _attempt(self, text: str, timeout: float) -> Clip:
        """One request on a fresh Communicate, bounded in time as a whole."""
        seconds = max(1, math.ceil(timeout))
        communicate = edge_tts.Communicate(
            text,
            self.voice,
            rate=self.rate,
            volume=self.volume,
            pitch=self.pitch,
            boundary="SentenceBoundary",
            connect_timeout=seconds,
            receive_timeout=seconds,
        )
        audio = bytearray()
        spoken_until = 0.0  # ticks: end of the last sentence boundary
        # aclosing: when the timeout cancels us mid-stream, the client's session
        # and socket are closed now, not whenever the garbage collector runs.
        async with (
            self._gate(),
            asyncio.timeout(timeout),
            contextlib.aclosing(communicate.stream()) as chunks,
        ):
            async for chunk in chunks:
                if chunk["type"] == "audio":
                    audio += chunk["data"]
                else:
                    spoken_until = max(spoken_until, chunk["offset"] + chunk["duration"])
        check_complete(len(audio), communicate.state, spoken_until)
        return Clip(bytes(audio), "mp3", SAMPLE_RATE)


def split_for_requests(text: str, limit: int = MAX_REQUEST_CHARS) -> list[str]:
    """Cut ``text`` into pieces of at most ``limit`` characters, at a sentence end if one is near."""
    pieces = []
    while len(text) > limit:
        window = text[: limit + 1]
        cut = 0
        for breaks in (_STRONG_BREAKS, _WEAK_BREAKS):
            cut = max(window.rfind(mark, 0, limit) for mark in breaks) + 1
            if cut > limit // 4:
                break
        if cut <= limit // 4:
            cut = limit
        pieces.append(text[:cut].strip())
        text = text[cut:].strip()
    return [piece for piece in [*pieces, text] if piece]


def check_complete(audio_bytes: int, state: object, spoken_until: float) -> None:
    """Raise PartialAudio if the stream ended before the service said it was done.

    ``state`` is ``Communicate.state`` after the stream ended.  edge-tts 7.3 counts
    a part's bytes in ``chunk_audio_bytes`` and moves them to
    ``cumulative_audio_bytes`` only on that part's ``turn.end``.
    """
    counts = state if isinstance(state, dict) else {}
    finished = counts.get("cumulative_audio_bytes")
    pending = counts.get("chunk_audio_bytes", 0)
    if pending or (finished is not None and finished != audio_bytes):
        raise PartialAudio(
            f"the connection closed before the end of the answer ({audio_bytes} bytes of audio, no turn.end)"
        )
    audio_ticks = audio_bytes * 8 * TICKS_PER_SECOND // MP3_BITRATE_BPS
    if spoken_until > audio_ticks + BOUNDARY_SLACK_TICKS:
        raise PartialAudio(
            f"the audio stops at {audio_ticks / TICKS_PER_SECOND:.2f} s "
            f"but the sentences run to {spoken_until / TICKS_PER_SECOND:.2f} s"
        )


async def fetch_edge_voices(timeout: float = 10.0) -> list[str]:
    """The short names of the service's Chinese voices (zh-*), sorted."""
    try:
        async with asyncio.timeout(timeout):
            voices = await edge_tts.list_voices()
    except (*RETRYABLE, KeyError) as error:
        raise PublisherError(f"cannot list the edge voices: {_describe(error, timeout)}") from None
    return sorted(v["ShortName"] for v in voices if str(v.get("Locale", "")).startswith("zh-"))


def list_edge_voices(timeout: float = 10.0) -> list[str]:
    """Sync form of :func:`fetch_edge_voices`, for the CLI (not from inside a running loop)."""
    return asyncio.run(fetch_edge_voices(timeout))


def _retry_after(error: aiohttp.ClientResponseError) -> float | None:
    value = error.headers.get("Retry-After") if error.headers else None
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def _describe(error: BaseException, timeout: float) -> str:
    if isinstance(error, aiohttp.ClientResponseError):
        return f"the service answered HTTP {error.status}"
    if isinstance(error, TimeoutError):
        return f"no complete answer within {timeout:g} s"
    if isinstance(error, aiohttp.ClientConnectorError):
        # its str() carries the repr of an SSL context: name the host and the OS's reason only
        cause = error.os_error
        return f"cannot reach {error.host}:{error.port} ({cause.strerror or cause})"
    if isinstance(error, aiohttp.ClientError | OSError):
        return f"cannot reach the service ({type(error).__name__}: {error})"
    return f"{type(error).__name__}: {error}" if str(error) else type(error).__name__


def _quote(text: str, limit: int = 24) -> str:
    return repr(text if len(text) <= limit else text[:limit] + "…")
