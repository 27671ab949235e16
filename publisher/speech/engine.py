"""The contract between the audio pipeline and the speech engines.

An engine turns one short text (a sentence or paragraph, already normalised
for Mandarin reading) into audio.  The pipeline owns caching, loudness,
encoding and files; engines own only synthesis.
"""

from __future__ import annotations

import re
from typing import Literal, Protocol

from publisher.errors import PublisherError
from publisher.records import record

_SIGNED_PERCENT = re.compile(r"[+-]\d+%")
_SIGNED_HZ = re.compile(r"[+-]\d+Hz")


@record
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


def validate_prosody(rate: str, volume: str, pitch: str) -> None:
    """Raise PublisherError unless rate/volume are signed percentages and pitch signed Hz.

    The same rule for every engine (edge-tts's own syntax), checked before any work starts.
    """
    for name, value, pattern, example in [
        ("rate", rate, _SIGNED_PERCENT, "+10% or -5%"),
        ("volume", volume, _SIGNED_PERCENT, "+10% or -5%"),
        ("pitch", pitch, _SIGNED_HZ, "+5Hz or -5Hz"),
    ]:
        if not isinstance(value, str) or not pattern.fullmatch(value):
            raise PublisherError(f"--{name} {value!r} needs a sign and a unit, like {example}")


def rate_factor(rate: str) -> float:
    """``+10%`` → 1.1: a signed percentage as a factor of the engine's normal speed."""
    m = re.fullmatch(r"([+-])(\d+(?:\.\d+)?)%", rate.strip())
    if m is None:
        raise ValueError(f"rate {rate!r} must be signed, like +10% or -5%")
    return 1 + (1 if m.group(1) == "+" else -1) * float(m.group(2)) / 100
