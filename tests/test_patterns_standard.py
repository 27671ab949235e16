"""The standard library's and the packages' patterns kept in the cache file and put in re's own cache
before click is imported (publisher/patterns.py: preload_standard_patterns)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from publisher import patterns
from publisher.cachedir import PATTERNS_FOLDER
from tests.conftest import SEED


def _run(cache: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {name: value for name, value in os.environ.items() if name != patterns.DISABLE_ENV}
    env["XDG_CACHE_HOME"] = str(cache)
    code = "from publisher.cli import main; main()"
    return subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, timeout=120, check=True
    )


def test_a_second_run_finds_the_standard_patterns_compiled(tmp_path: Path) -> None:
    cache = tmp_path / "xdg"
    _run(cache, "epub", str(SEED), "-o", str(tmp_path / "first.epub"))
    path = cache / "pinghu-publish" / PATTERNS_FOLDER / patterns._FILE_NAME
    entries, standard = patterns._read_file(path)
    assert len(standard) > 20  # platform, gettext, json, textwrap, ebooklib… on the plain epub's way
    assert not set(standard) & set(entries)  # ours are kept apart
    assert not any(p.endswith(")\\Z") and p.startswith("(?s:") for p, _ in standard)  # no file names
    for (pattern, flags), entry in standard.items():
        assert patterns.same_pattern(patterns._from_entry(pattern, entry), re.compile(pattern, flags))
    written = path.read_bytes()
    _run(cache, "epub", str(SEED), "-o", str(tmp_path / "second.epub"))
    assert path.read_bytes() == written  # nothing new: the file is the same
    assert (tmp_path / "first.epub").read_bytes() == (tmp_path / "second.epub").read_bytes()

    code = (
        "import re, sys\nfrom publisher.patterns import _store\nimport publisher.cli\n"
        "print(sum((str, *key) in re._cache for key in _store.standard), len(_store.standard))"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    env.pop(patterns.DISABLE_ENV, None)
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    found, kept = map(int, done.stdout.split())
    assert found == kept == len(standard)


def test_turned_off_nothing_is_preloaded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv(patterns.DISABLE_ENV, "0")
    monkeypatch.setattr(patterns, "_store", patterns._Store())
    before = dict(re._cache)  # type: ignore[attr-defined]
    patterns.preload_standard_patterns()
    assert re._cache == before  # type: ignore[attr-defined]
    patterns.save_compiled_patterns()
    assert not (tmp_path / "xdg").exists()
