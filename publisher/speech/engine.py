"""The contract between the audio pipeline and the speech engines.

An engine turns one short text (a sentence or paragraph, already normalised
for Mandarin reading) into audio.  The pipeline owns caching, loudness,
encoding and files; engines own only synthesis.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol


@dataclass(frozen=True)
class Clip:
    """Synthesised audio as the engine produced it.

    ``kind`` "mp3": ``data`` is an MP3 stream (edge); "pcm_s16le": mono
    16-bit little-endian PCM (espeak).  ``sample_rate`` in Hz.
    """

    data: bytes
    kind: Literal["mp3", "pcm_s16le"]
    sample_rate: int


class SpeechEngine(Protocol):
    name: str  # "edge" | "espeak"
    voice: str

    def cache_key(self) -> str:
        """Everything besides the text that changes the audio (engine, voice, rate, volume, pitch...)."""
        ...

    async def synthesize(self, text: str) -> Clip:
        """Synthesise ``text``; raise SynthesisError on failure (after the engine's own bounded retries)."""
        ...


class SynthesisError(Exception):
    """One text could not be synthesised; the pipeline fails that track, not the run."""
