"""The offline neural engine: Kokoro-82M reading our own readings (SpeechEngine protocol)."""

from __future__ import annotations

import asyncio
import hashlib
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

import numpy as np

from publisher.pinyin import PinyinOptions, readings_fingerprint
from publisher.speech.engine import Clip, SynthesisError, rate_factor
from publisher.speech.kokoro import phonemes as phonemes_module
from publisher.speech.kokoro.model import (
    DEFAULT_KOKORO_VOICE,
    KOKORO_DIR,
    MODEL_SHA256,
    SAMPLE_RATE,
    KokoroModel,
    cores,
    load_model,
    voice_digest,
    voice_pack,
)
from publisher.speech.kokoro.phonemes import phoneme_chunks

CHUNK_GAP = 0.15  # seconds between the pieces of a sentence cut for the model: a comma's pause


def rate_to_speed(rate: str) -> float:
    """``+10%`` → 1.1, Kokoro's speed factor, kept within what it says clearly (0.5-2)."""
    return round(max(0.5, min(2.0, rate_factor(rate))), 4)


def _phoneme_digest() -> str:
    """The code and tables that turn readings into phonemes: a change there must not hit the cache."""
    import jieba

    h = hashlib.sha256(f"jieba {jieba.__version__}\n".encode())
    for path in (
        Path(phonemes_module.__file__),
        Path(phonemes_module.__file__).parent.parent / "letters.py",
        KOKORO_DIR / "vocab.json",
    ):
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def to_pcm16(samples: np.ndarray) -> bytes:
    scaled = np.clip(samples, -1.0, 1.0) * np.float32(32767.0)
    return np.round(scaled).astype("<i2").tobytes()


@dataclass
class KokoroEngine:
    """SpeechEngine for Kokoro-82M.

    ``workers`` sentences are synthesised at once, each on ``cores // workers``
    onnxruntime threads, so that --jobs and the model's threads share the
    cores instead of fighting over them.  ``model`` is for tests that bring their own.
    """

    voice: str = DEFAULT_KOKORO_VOICE
    rate: str = "+0%"
    pinyin: PinyinOptions = field(default_factory=PinyinOptions)
    cache_dir: Path | None = None
    workers: int = 0  # 0: one per core
    model: KokoroModel | None = None
    name: str = "kokoro"
    # CPU-bound: the pipeline need not hold more tracks in progress than it can render next
    serial: ClassVar[bool] = True

    def __post_init__(self) -> None:
        self.speed = rate_to_speed(self.rate)
        voice_pack(self.voice)  # an unknown voice fails here, before any work
        n = cores()
        self.workers = max(1, min(self.workers or n, n))
        self.threads = max(1, n // self.workers)
        self._slots = threading.BoundedSemaphore(self.workers)

    def cache_key(self) -> str:
        import onnxruntime

        ort_version = ".".join(onnxruntime.__version__.split(".")[:2])
        parts = [
            f"kokoro {MODEL_SHA256[:16]}",
            f"onnxruntime {ort_version}",
            f"voice={self.voice}:{voice_digest(self.voice)}",
            f"speed={self.speed}",
            f"phonemes:{_phoneme_digest()}",
            f"pinyin:{readings_fingerprint(self.pinyin)}",
            "v1",
        ]
        return "|".join(parts)

    def prepare(self, text: str) -> list[str]:
        """The phoneme strings actually handed to the model for ``text``."""
        return phoneme_chunks(text, self.pinyin)

    def _model(self) -> KokoroModel:
        if self.model is None:
            from publisher.speech.cache import default_cache_dir

            self.model = load_model(self.cache_dir or default_cache_dir(), self.threads)
        return self.model

    def synthesize_sync(self, text: str) -> Clip:
        chunks = self.prepare(text)
        if not chunks:
            return Clip(data=b"", kind="pcm_s16le", sample_rate=SAMPLE_RATE)
        style = voice_pack(self.voice)
        with self._slots:
            model = self._model()
            try:
                pieces = [model.run(chunk, style, self.speed) for chunk in chunks]
            except Exception as e:  # onnxruntime raises its own types; one sentence fails, not the run
                raise SynthesisError(f"Kokoro failed on {text[:30]!r}: {e}") from None
        gap = np.zeros(round(CHUNK_GAP * SAMPLE_RATE), dtype=np.float32)
        joined = [pieces[0]]
        for piece in pieces[1:]:
            joined += [gap, piece]
        return Clip(data=to_pcm16(np.concatenate(joined)), kind="pcm_s16le", sample_rate=SAMPLE_RATE)

    async def synthesize(self, text: str) -> Clip:
        return await asyncio.to_thread(self.synthesize_sync, text)
