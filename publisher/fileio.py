"""Atomic file output: a reader never sees a half-written file, a crash leaves none."""

from __future__ import annotations

import contextlib
import os
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

from publisher.errors import PublisherError

# Temporary files being written now, by any thread: an interrupted process removes them on its way out.
_in_progress: set[Path] = set()
_in_progress_lock = threading.Lock()


def discard_partial_files() -> None:
    """Remove the temporary files of writes still in progress (a process about to exit at once)."""
    with _in_progress_lock:
        for path in _in_progress:
            path.unlink(missing_ok=True)
        _in_progress.clear()


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; rename it into place only on success."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as e:
        raise PublisherError(f"{target}: cannot write here ({e.strerror or e})") from None
    os.close(fd)
    tmp_path = Path(tmp)
    with _in_progress_lock:
        _in_progress.add(tmp_path)
    try:
        yield tmp_path
        os.chmod(tmp_path, 0o644)
        os.replace(tmp_path, target)
    finally:
        tmp_path.unlink(missing_ok=True)
        with _in_progress_lock:
            _in_progress.discard(tmp_path)


def write_bytes_atomic(target: Path, data: bytes) -> None:
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)


def write_text_atomic(target: Path, text: str) -> None:
    write_bytes_atomic(target, text.encode("utf-8"))
