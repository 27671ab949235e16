"""The cache of synthesised sentences and finished tracks, content-addressed.

A sentence clip is stored under ``sha256(engine.cache_key() + text)`` in
``<cache>/sentences/``; a finished track (its MP3 with tags and the sentence
timings) under a hash of everything that shapes its bytes in ``<cache>/tracks/``.
Entries are written atomically (temporary name, then rename), so two concurrent
runs are safe and an interrupted run resumes with every sentence it had finished.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from publisher.fileio import write_bytes_atomic, write_text_atomic
from publisher.speech.engine import Clip


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "pinghu-publish"


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
