"""Regular expressions compiled once per interpreter, not once per run.

The reader's ~150 patterns cost a plain ``epub`` of a page more CPU than the page itself:
Python's ``re`` compiler is pure Python, and it walks every code point of each Han range
(``[\\u4e00-\\u9fff]`` is 21,000 of them) to build a character map.  What it produces
is a list of integers that ``_sre.compile`` (C) turns into the Pattern.  That list
depends only on the pattern, the flags and the interpreter, so it is kept in the cache
folder (``patterns/``, one small file per interpreter) and handed to ``_sre.compile``
on the next run: the same Pattern, without the walk.

The private API is used here only, with ``re.compile`` as the fallback for anything
unexpected (another Python, a missing, corrupt or foreign file, an entry ``_sre``
refuses).  An entry is stored only after the Pattern rebuilt from it proved equal to
``re.compile``'s (CPython compares pattern, flags and the compiled code) with the
same groups; a file is read only if written by this very interpreter (``sys.version``
and the ``_sre`` constants) and its checksum holds.  An unwritable or absent cache
folder only means compiling as ``re`` does.  ``PINGHU_PATTERN_CACHE=0`` turns it off.

Only the command line stores new entries (:func:`save_compiled_patterns`, when a command
ends), so importing the package in a program or a test never writes anywhere.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import re
import sys
import zlib
from pathlib import Path
from typing import Any

from publisher.cachedir import PATTERNS_FOLDER, default_cache_dir

FORMAT = 1  # of the file: bump when what an entry holds changes
# ~1.7 kB an entry (a Han range's table): past this many, a file keeps only the patterns its last
# writer used (an upgrade's or an edit's old patterns go; the live ones, ~150, stay)
MAX_ENTRIES = 600
FILES_KEPT = 4  # interpreters whose files are kept (the others' files are removed on a write)
DISABLE_ENV = "PINGHU_PATTERN_CACHE"

# (pattern, flags) -> (final flags, code, groups - 1, groupindex, indexgroup): _sre.compile's arguments
Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]

try:  # everything private is looked up here, once; without it every pattern goes through re.compile
    import _sre
    from re import _compiler, _parser

    _INTERPRETER: tuple[Any, ...] | None = (
        FORMAT,
        sys.version,
        sys.implementation.name,
        _sre.MAGIC,
        _sre.CODESIZE,
        _sre.MAXREPEAT,
        _sre.MAXGROUPS,
    )
    _FILE_NAME = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}.marshal"
except (ImportError, AttributeError):  # pragma: no cover - another implementation of re
    _INTERPRETER = None
    _FILE_NAME = ""


class _Store:
    """The entries read from the cache file, those made in this run, and where the file is."""

    def __init__(self) -> None:
        self.path: Path | None = None  # None: nothing is stored (no cache, or a folder we cannot write)
        self.entries: dict[tuple[str, int], Entry] = {}
        self.new: dict[tuple[str, int], Entry] = {}
        self.used: set[tuple[str, int]] = set()  # asked for in this run, found or not
        self.loaded = False

    def load(self) -> None:
        self.loaded = True
        if _INTERPRETER is None or os.environ.get(DISABLE_ENV, "1") == "0":
            return
        try:
            path = default_cache_dir() / PATTERNS_FOLDER / _FILE_NAME
        except RuntimeError:  # no home folder: no cache
            return
        self.entries = read_entries(path)
        if self.entries:
            with contextlib.suppress(OSError):  # its last use, for the cache's least-recently-used bound
                os.utime(path)
        # making an entry costs a second compile: only worth it when the file can be written
        if _can_write(path.parent):
            self.path = path


_store = _Store()


def _can_write(folder: Path) -> bool:
    """Whether ``folder`` could be written, or made where the nearest existing folder above it is."""
    while not folder.exists():
        if folder.parent == folder:
            return False
        folder = folder.parent
    return folder.is_dir() and os.access(folder, os.W_OK | os.X_OK)


def read_entries(path: Path) -> dict[tuple[str, int], Entry]:
    """The entries of a cache file; empty when it is missing, unreadable, corrupt or another interpreter's."""
    try:
        data = path.read_bytes()
        checksum, payload = int.from_bytes(data[:4], "big"), data[4:]
        if zlib.crc32(payload) != checksum:
            return {}
        interpreter, entries = marshal.loads(payload)
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    if interpreter != _INTERPRETER or not isinstance(entries, dict):
        return {}
    return entries


def encode_entries(entries: dict[tuple[str, int], Entry]) -> bytes:
    payload = marshal.dumps((_INTERPRETER, entries))
    return zlib.crc32(payload).to_bytes(4, "big") + payload


def _from_entry(pattern: str, entry: Entry) -> re.Pattern[str]:
    final_flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(pattern, final_flags, code, groups, groupindex, indexgroup)  # type: ignore[no-any-return]


def make_entry(pattern: str, flags: int) -> Entry:
    """What ``re._compiler.compile`` hands ``_sre.compile`` for this pattern (the slow part)."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # opcodes are an int subclass marshal refuses
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def same_pattern(a: re.Pattern[str], b: re.Pattern[str]) -> bool:
    """Equal as CPython compares Patterns (pattern, flags, compiled code), and the same groups."""
    return a == b and a.groups == b.groups and a.groupindex == b.groupindex


def compile_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the cache when this interpreter compiled it before."""
    flags = int(flags)
    if not _store.loaded:
        _store.load()
    _store.used.add((pattern, flags))
    entry = _store.entries.get((pattern, flags))
    if entry is not None:
        try:
            return _from_entry(pattern, entry)
        except Exception:
            _store.entries.pop((pattern, flags), None)
    compiled = re.compile(pattern, flags)
    if _store.path is not None and not flags & re.DEBUG:
        try:
            entry = make_entry(pattern, flags)
            if same_pattern(_from_entry(pattern, entry), compiled):
                _store.new[(pattern, flags)] = entry
        except Exception:
            pass
    return compiled


def save_compiled_patterns() -> None:
    """Store the patterns this run had to compile (nothing when there were none); never fails."""
    path = _store.path
    if path is None or not _store.new:
        return
    entries = {**_store.entries, **_store.new}
    if len(entries) > MAX_ENTRIES:  # old patterns the code no longer has: keep those this run used
        entries = {key: entry for key, entry in entries.items() if key in _store.used}
    try:
        from publisher.fileio import write_bytes_atomic

        write_bytes_atomic(path, encode_entries(entries))
        _store.entries, _store.new = entries, {}
        others = sorted(path.parent.glob("*.marshal"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in others[FILES_KEPT:]:
            old.unlink(missing_ok=True)
    except Exception:
        pass
