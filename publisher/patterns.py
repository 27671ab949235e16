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

The same file keeps, apart, the patterns the standard library and the packages compiled
through ``re`` (platform, gettext, json, textwrap… on click's and ebooklib's imports: ~40,
~20 M instructions of a plain ``epub``): the command line puts them in ``re``'s own cache
before importing click (:func:`preload_standard_patterns`), where ``re.compile`` finds them.
They are recorded from ``re``'s cache at the end of a run, each checked as the others.
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

FORMAT = 2  # of the file: bump when what an entry holds changes (2: the standard patterns beside ours)
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
        self.standard: dict[tuple[str, int], Entry] = {}  # compiled through re by others (preloaded)
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
        self.entries, self.standard = _read_file(path)
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


Entries = dict[tuple[str, int], Entry]


def _read_file(path: Path) -> tuple[Entries, Entries]:
    """(our entries, the standard patterns) of a cache file; both empty when it is missing,
    unreadable, corrupt or another interpreter's."""
    try:
        data = path.read_bytes()
        checksum, payload = int.from_bytes(data[:4], "big"), data[4:]
        if zlib.crc32(payload) != checksum:
            return {}, {}
        interpreter, entries, standard = marshal.loads(payload)
    except (OSError, ValueError, EOFError, TypeError):
        return {}, {}
    if interpreter != _INTERPRETER or not isinstance(entries, dict) or not isinstance(standard, dict):
        return {}, {}
    return entries, standard


def read_entries(path: Path) -> Entries:
    """The entries of a cache file; empty when it is missing, unreadable, corrupt or another interpreter's."""
    return _read_file(path)[0]


def encode_entries(entries: Entries, standard: Entries | None = None) -> bytes:
    payload = marshal.dumps((_INTERPRETER, entries, standard or {}))
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
    if _store.path is None:
        return re.compile(pattern, flags)
    # (compiled past re's own cache: ours, some 460 now, would push the standard library's patterns
    # compiled before them out of its 512, and the file would keep fewer of those than the next run)
    compiled: re.Pattern[str] = _compiler.compile(pattern, flags)
    if not flags & re.DEBUG:
        try:
            entry = make_entry(pattern, flags)
            if same_pattern(_from_entry(pattern, entry), compiled):
                _store.new[(pattern, flags)] = entry
        except Exception:
            pass
    return compiled


def _re_cache() -> dict[Any, Any] | None:
    """re's own cache of compiled patterns, keyed (type, pattern, flags) (CPython 3.11-3.13); else None."""
    cache = getattr(re, "_cache", None)
    return cache if isinstance(cache, dict) else None


def preload_standard_patterns() -> None:
    """Put the standard patterns kept in the cache file into re's cache: the modules imported
    next compile them with ``re.compile``, which then finds them.  Reads only; never fails."""
    cache = _re_cache()
    if cache is None:
        return
    if not _store.loaded:
        _store.load()
    room = getattr(re, "_MAXCACHE", 0) - len(cache)  # re drops its oldest entry past this
    for (pattern, flags), entry in list(_store.standard.items())[: max(room, 0)]:
        key = (str, pattern, flags)
        if key not in cache:
            try:
                cache[key] = _from_entry(pattern, entry)
            except Exception:
                _store.standard.pop((pattern, flags), None)


def _new_standard_patterns() -> Entries:
    """Entries for the str patterns in re's cache that are neither ours nor kept yet, each checked."""
    found: Entries = {}
    cache = _re_cache()
    for key, compiled in list(cache.items()) if cache is not None else ():
        if not (type(key) is tuple and len(key) == 3 and key[0] is str):
            continue
        pattern, flags = key[1], key[2]
        if type(pattern) is not str or type(flags) is not int or not isinstance(compiled, re.Pattern):
            continue
        if (pattern, flags) in _store.used or (pattern, flags) in _store.standard:
            continue
        if pattern.startswith("(?s:") and pattern.endswith(")\\Z"):
            continue  # fnmatch's translation of a glob: a file name (the output's) that changes run to run
        try:
            entry = make_entry(pattern, flags)
            if same_pattern(_from_entry(pattern, entry), compiled):
                found[(pattern, flags)] = entry
        except Exception:
            pass
    return found


def save_compiled_patterns() -> None:
    """Store the patterns this run had to compile (nothing when there were none); never fails."""
    path = _store.path
    if path is None:
        return
    standard = _new_standard_patterns()
    if not _store.new and not standard:
        return
    entries = {**_store.entries, **_store.new}
    if len(entries) > MAX_ENTRIES:  # old patterns the code no longer has: keep those this run used
        entries = {key: entry for key, entry in entries.items() if key in _store.used}
    standard = {**_store.standard, **standard}
    if len(standard) > MAX_ENTRIES:  # likewise: keep those in re's cache now
        cache = _re_cache() or {}
        standard = {key: entry for key, entry in standard.items() if (str, *key) in cache}
    try:
        from publisher.fileio import write_bytes_atomic

        write_bytes_atomic(path, encode_entries(entries, standard))
        _store.entries, _store.new, _store.standard = entries, {}, standard
        others = sorted(path.parent.glob("*.marshal"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in others[FILES_KEPT:]:
            old.unlink(missing_ok=True)
    except Exception:
        pass
