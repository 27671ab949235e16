"""The cache of synthesised sentences and finished tracks, content-addressed and bounded.

A sentence clip is stored under ``sha256(engine.cache_key() + text)`` in
``<cache>/sentences/``; a finished track (its MP3 with tags and the sentence
timings) under a hash of everything that shapes its bytes in ``<cache>/tracks/``.
Entries are written atomically (temporary name, then rename), so two concurrent
runs are safe and an interrupted run resumes with every sentence it had finished.

The cache is bounded (``--cache-max``, DEFAULT_CACHE_MAX): after a run the least
recently used entries go first (a hit touches its entry's modification time, so
that time is the last use).  A cache folder that cannot be written is not an
error: the run goes on without storing, after one warning.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from publisher.cachedir import COVERS_FOLDER, FONTS_FOLDER, PATTERNS_FOLDER
from publisher.cachedir import default_cache_dir as default_cache_dir  # shared with the covers
from publisher.errors import InputError, PublisherError
from publisher.fileio import write_bytes_atomic, write_text_atomic
from publisher.records import record
from publisher.speech.engine import Clip

DEFAULT_CACHE_MAX = 500 * 1000**2  # bytes: ~7 editions of the seed with espeak, far more with edge
# the folders this module owns; anything else in the cache folder (an engine's model) is left alone
ENTRY_FOLDERS = ("sentences", "tracks", COVERS_FOLDER, PATTERNS_FOLDER, FONTS_FOLDER)
_STALE_TEMPORARY = 3600  # seconds: a temporary file this old belongs to a run that crashed
_SIZE = re.compile(r"(?i)\s*(\d+(?:\.\d+)?)\s*([kmgt]?)i?b?\s*")
_UNITS = {"": 1, "k": 1000, "m": 1000**2, "g": 1000**3, "t": 1000**4}


def parse_size(text: str) -> int:
    """Bytes from ``500M``, ``1.5G``, ``200MB``, ``0``: a PublisherError for anything else."""
    m = _SIZE.fullmatch(text)
    if not m:
        raise InputError(f"--cache-max {text!r} is not a size; write it like 500M or 2G (0: no cache)")
    return int(float(m.group(1)) * _UNITS[m.group(2).lower()])


def format_size(size: float) -> str:
    for unit in ("B", "kB", "MB", "GB"):
        if size < 1000 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1000
    raise AssertionError("unreachable")


class ClipCache:
    """Content-addressed store of clips and finished tracks; every write is atomic.

    ``warn`` hears, once, that the folder cannot be written; from then on nothing is stored.
    """

    def __init__(
        self, root: Path, warn: Callable[[str], None] | None = None, *, enabled: bool = True
    ) -> None:
        self.root = root
        self.enabled = enabled
        self.writable = enabled
        self._warn = warn
        self._warned = threading.Lock()  # taken once, by the first failed write: one warning

    def _store(self, write: Callable[[], None]) -> None:
        if not self.writable:
            return
        try:
            write()
        except (OSError, PublisherError) as e:
            self.writable = False
            # synthesis threads store at once: several writes may fail before writable is seen False
            if self._warn is not None and self._warned.acquire(blocking=False):
                reason = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
                self._warn(f"warning: cannot write the cache in {self.root} ({reason}); going on without it")

    @staticmethod
    def _touch(*paths: Path) -> None:
        """Mark a hit as its entry's last use (eviction goes by it); a read-only cache stays as it is."""
        for path in paths:
            with contextlib.suppress(OSError):
                os.utime(path)

    @staticmethod
    def sentence_key(engine_key: str, text: str) -> str:
        """``engine_key`` is ``engine.cache_key()``: engine, voice, rate… everything but the text."""
        return hashlib.sha256(f"{engine_key}\n{text}".encode()).hexdigest()

    def _clip_path(self, key: str) -> Path:
        return self.root / "sentences" / key[:2] / f"{key}.clip"

    def get_clip(self, key: str) -> Clip | None:
        if not self.enabled:
            return None
        try:
            with self._clip_path(key).open("rb") as f:  # the header line, then the audio: one copy
                meta = json.loads(f.readline())
                data = f.read()
            if meta["sha256"] != hashlib.sha256(data).hexdigest():
                return None  # truncated or damaged: synthesise again
            self._touch(self._clip_path(key))
            return Clip(data=data, kind=meta["kind"], sample_rate=int(meta["sample_rate"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None  # absent or unreadable: synthesise again

    def put_clip(self, key: str, clip: Clip) -> None:
        digest = hashlib.sha256(clip.data).hexdigest()
        header = json.dumps({"kind": clip.kind, "sample_rate": clip.sample_rate, "sha256": digest}).encode()
        self._store(lambda: write_bytes_atomic(self._clip_path(key), header + b"\n" + clip.data))

    def _track_paths(self, key: str) -> tuple[Path, Path]:
        base = self.root / "tracks" / key[:2] / key
        return base.with_suffix(".mp3"), base.with_suffix(".json")

    def get_track(self, key: str) -> tuple[bytes, dict[str, Any]] | None:
        if not self.enabled:
            return None
        mp3_path, meta_path = self._track_paths(key)
        try:
            meta = json.loads(meta_path.read_text("utf-8"))  # written last: present means complete
            mp3 = mp3_path.read_bytes()
        except (OSError, ValueError):
            return None
        if hashlib.sha256(mp3).hexdigest() != meta.get("sha256"):
            return None
        self._touch(mp3_path, meta_path)
        return mp3, meta

    def put_track(self, key: str, mp3: bytes, meta: dict[str, Any]) -> None:
        mp3_path, meta_path = self._track_paths(key)
        digest = hashlib.sha256(mp3).hexdigest()

        def write() -> None:
            write_bytes_atomic(mp3_path, mp3)
            write_text_atomic(meta_path, json.dumps({**meta, "sha256": digest}))  # last: marks it complete

        self._store(write)


# ---------------------------------------------------------------- size, eviction


@dataclass
class _Entry:
    """One cache entry: a sentence's clip, or a track's MP3 with its timings."""

    folder: str
    paths: list[Path]
    size: int
    used: float  # the last use: the newest modification time of its files


@record
class CacheUsage:
    """What the cache folder holds, by kind: counts and bytes."""

    root: Path
    sentences: int
    sentence_bytes: int
    tracks: int
    track_bytes: int
    others: tuple[tuple[str, int], ...] = ()  # other folders in the cache folder (an engine's model)
    covers: int = 0  # e-book covers as drawn
    cover_bytes: int = 0
    patterns: int = 0  # compiled regular expressions, a file per Python (publisher/patterns.py)
    pattern_bytes: int = 0
    fonts: int = 0  # files listing the fonts fontconfig has, for the covers (publisher/epub/cover.py)
    font_bytes: int = 0

    @property
    def total(self) -> int:
        e_book = self.cover_bytes + self.pattern_bytes + self.font_bytes  # what plain epub keeps
        return self.sentence_bytes + self.track_bytes + e_book


def _entries(root: Path) -> list[_Entry]:
    """Every entry of the cache, and crashed runs' temporary files as entries never used."""
    entries: dict[tuple[str, str], _Entry] = {}
    now = time.time()
    for folder in ENTRY_FOLDERS:
        for dirpath, _dirs, files in os.walk(root / folder):
            for name in files:
                path = Path(dirpath) / name
                try:
                    st = path.stat()
                except OSError:
                    continue  # removed meanwhile by another run
                if name.endswith(".tmp"):
                    if now - st.st_mtime > _STALE_TEMPORARY:
                        entries[(folder, str(path))] = _Entry(folder, [path], st.st_size, 0.0)
                    continue
                key = name.split(".", 1)[0]  # a track's .mp3 and .json are one entry
                entry = entries.setdefault((folder, key), _Entry(folder, [], 0, 0.0))
                entry.paths.append(path)
                entry.size += st.st_size
                entry.used = max(entry.used, st.st_mtime)
    return list(entries.values())


def cache_usage(root: Path) -> CacheUsage:
    entries = [e for e in _entries(root) if e.used]
    sentences = [e for e in entries if e.folder == "sentences"]
    tracks = [e for e in entries if e.folder == "tracks"]
    covers = [e for e in entries if e.folder == COVERS_FOLDER]
    patterns = [e for e in entries if e.folder == PATTERNS_FOLDER]
    fonts = [e for e in entries if e.folder == FONTS_FOLDER]
    others = []
    with contextlib.suppress(OSError):
        for entry in sorted(root.iterdir()):
            if entry.name not in ENTRY_FOLDERS:
                files = entry.rglob("*") if entry.is_dir() else [entry]
                others.append((entry.name, sum(f.stat().st_size for f in files if f.is_file())))
    return CacheUsage(
        root,
        len(sentences),
        sum(e.size for e in sentences),
        len(tracks),
        sum(e.size for e in tracks),
        tuple(others),
        len(covers),
        sum(e.size for e in covers),
        len(patterns),
        sum(e.size for e in patterns),
        len(fonts),
        sum(e.size for e in fonts),
    )


def describe_usage(usage: CacheUsage, max_bytes: int) -> list[str]:
    """What `pinghu-publish cache info` prints."""
    bound = f"of at most {format_size(max_bytes)} (--cache-max)" if max_bytes else "(--cache-max 0: not used)"
    covers = f"covers: {usage.covers} e-book covers, {format_size(usage.cover_bytes)}"
    patterns = f"patterns: {usage.patterns} compiled-pattern files, {format_size(usage.pattern_bytes)}"
    fonts = f"fonts: the fonts fontconfig lists for the covers, {format_size(usage.font_bytes)}"
    return [
        f"cache: {usage.root}",
        f"sentences: {usage.sentences} clips, {format_size(usage.sentence_bytes)}",
        f"tracks: {usage.tracks} finished tracks, {format_size(usage.track_bytes)}",
        *([covers] if usage.covers else []),
        *([patterns] if usage.patterns else []),
        *([fonts] if usage.fonts else []),
        f"total: {format_size(usage.total)} {bound}",
        *(f"also here, not part of it: {name} ({format_size(size)})" for name, size in usage.others),
    ]


def _remove(entry: _Entry) -> None:
    # a track's timings first: without them its MP3 is no longer a hit
    for path in sorted(entry.paths, key=lambda p: p.suffix != ".json"):
        path.unlink(missing_ok=True)


def prune_cache(root: Path, max_bytes: int) -> tuple[int, int]:
    """Remove the least recently used entries until the cache holds at most ``max_bytes``.

    Returns (entries removed, bytes freed).  Entries another run removes meanwhile are skipped.
    """
    entries = sorted(_entries(root), key=lambda e: e.used)
    total = sum(e.size for e in entries)
    removed = freed = 0
    for entry in entries:
        if total <= max_bytes and entry.used:
            break
        try:
            _remove(entry)
        except OSError:
            continue
        total -= entry.size
        removed += 1
        freed += entry.size
    return removed, freed


def clear_cache(root: Path) -> tuple[int, int]:
    """Remove every entry (only the folders this module owns); (entries removed, bytes freed)."""
    usage = cache_usage(root)
    for folder in ENTRY_FOLDERS:
        shutil.rmtree(root / folder, ignore_errors=True)
    return usage.sentences + usage.tracks + usage.covers + usage.patterns + usage.fonts, usage.total
