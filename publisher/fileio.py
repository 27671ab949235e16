"""Atomic file output: a reader never sees a half-written file, a crash leaves none."""

from __future__ import annotations

import contextlib
import itertools
import os
import threading
from collections.abc import Iterator
from pathlib import Path

from publisher.errors import PublisherError

# Temporary files being written now, by any thread: an interrupted process removes them on its way out.
_in_progress: set[Path] = set()
_in_progress_lock = threading.Lock()
_serial = itertools.count()  # with the process id, names this process's temporary files apart


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
        tmp_path = _new_temporary(target)
    except OSError as e:
        raise PublisherError(f"{target}: cannot write here ({e.strerror or e})") from None
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


def _new_temporary(target: Path) -> Path:
    """A new empty file beside ``target``, created here and nowhere else (O_EXCL), private until renamed.

    What ``tempfile.mkstemp`` does, named by process id and a counter instead of random letters:
    importing ``tempfile`` (and ``random``, ``shutil`` with it) costs a plain e-book ~1% of its CPU.
    """
    while True:
        tmp = target.with_name(f".{target.name}.{os.getpid()}-{next(_serial)}.tmp")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # left by a process of the same id that was killed: take the next name
            continue
        os.close(fd)
        return tmp


def write_bytes_atomic(target: Path, data: bytes) -> None:
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)


def write_text_atomic(target: Path, text: str) -> None:
    write_bytes_atomic(target, text.encode("utf-8"))
