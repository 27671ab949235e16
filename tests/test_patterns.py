"""Compiled patterns kept across runs (publisher/patterns.py): the same Patterns as re.compile, or re.compile.

The cache holds what CPython's pure-Python compiler hands to ``_sre.compile``; every
test here checks the Pattern a run gets against ``re.compile``'s, and that whatever is
wrong with the file (corrupt, truncated, another interpreter's, refused by ``_sre``,
unwritable) ends in plain ``re.compile``.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from publisher import patterns
from publisher.cachedir import PATTERNS_FOLDER
from tests.conftest import ROOT, SEED

# a few shapes of the reader's patterns: Han ranges (the slow part), named groups, flags, lookarounds
SAMPLES = [
    (r"^(?P<names>[\u4e00-\u9fff][\u4e00-\u9fff \u3000]{0,16}?)\s*[/／]\s*(?P<role>记者|通讯员)$", 0),
    (r"(?<=[\u3400-\u4dbf\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])", 0),
    (r"<!doctype\s+html|<html[\s>]", re.IGNORECASE),
    (r"^#{1,6}[ \t]+\S", re.MULTILINE),
    (r"(?i)\s*(\d+(?:\.\d+)?)\s*([kmgt]?)i?b?\s*", 0),
    (r"(a)(?P<b>b)?(?(2)c|d)", re.ASCII),
]


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, empty pattern store in a cache folder of the test's own; the cache file's path."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv(patterns.DISABLE_ENV, raising=False)
    monkeypatch.setattr(patterns, "_store", patterns._Store())
    return tmp_path / "xdg" / "pinghu-publish" / PATTERNS_FOLDER / patterns._FILE_NAME


def _fresh_store(monkeypatch: pytest.MonkeyPatch) -> None:
    """As the next run finds the cache: nothing loaded yet."""
    monkeypatch.setattr(patterns, "_store", patterns._Store())


def _assert_as_re_compiles(compiled: re.Pattern[str], pattern: str, flags: int) -> None:
    expected = re.compile(pattern, flags)
    assert compiled == expected  # CPython compares pattern, flags and the compiled code
    assert (compiled.pattern, compiled.flags, compiled.groups, compiled.groupindex) == (
        expected.pattern,
        expected.flags,
        expected.groups,
        expected.groupindex,
    )


def test_a_second_run_gets_the_same_patterns_from_the_file(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for pattern, flags in SAMPLES:
        _assert_as_re_compiles(patterns.compile_pattern(pattern, flags), pattern, flags)
    patterns.save_compiled_patterns()
    assert set(patterns.read_entries(store)) == {(p, int(f)) for p, f in SAMPLES}

    _fresh_store(monkeypatch)
    made = []
    monkeypatch.setattr(patterns, "make_entry", lambda *a: made.append(a))
    for pattern, flags in SAMPLES:
        _assert_as_re_compiles(patterns.compile_pattern(pattern, flags), pattern, flags)
    assert made == []  # every one came from the file: none was compiled to be stored


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # truncated
        lambda data: data[:100] + bytes([data[100] ^ 0x40]) + data[101:],  # a flipped bit
        lambda data: b"",
        lambda data: b"not a cache file at all",
    ],
    ids=["truncated", "flipped-bit", "empty", "garbage"],
)
def test_a_damaged_file_is_ignored_and_written_again(
    store: Path, monkeypatch: pytest.MonkeyPatch, damage: Callable[[bytes], bytes]
) -> None:
    for pattern, flags in SAMPLES:
        patterns.compile_pattern(pattern, flags)
    patterns.save_compiled_patterns()
    store.write_bytes(damage(store.read_bytes()))
    assert patterns.read_entries(store) == {}

    _fresh_store(monkeypatch)
    for pattern, flags in SAMPLES:
        _assert_as_re_compiles(patterns.compile_pattern(pattern, flags), pattern, flags)
    patterns.save_compiled_patterns()
    assert len(patterns.read_entries(store)) == len(SAMPLES)


def test_another_interpreters_file_is_ignored(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pattern = SAMPLES[0][0]
    entry = patterns.make_entry(pattern, 0)
    other = list(patterns._INTERPRETER or ())
    other[1] = "3.11.0 (another build)"  # sys.version
    monkeypatch.setattr(patterns, "_INTERPRETER", tuple(other))
    data = patterns.encode_entries({(pattern, 0): entry})
    monkeypatch.undo()
    store.parent.mkdir(parents=True)
    store.write_bytes(data)
    assert patterns.read_entries(store) == {}


def test_an_entry_sre_refuses_falls_back_to_re_compile(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pattern = "[\u4e00-\u9fff]+"
    final_flags, code, groups, groupindex, indexgroup = patterns.make_entry(pattern, 0)
    broken = (final_flags, [255, *code[1:]], groups, groupindex, indexgroup)  # an opcode _sre does not know
    store.parent.mkdir(parents=True)
    store.write_bytes(patterns.encode_entries({(pattern, 0): broken}))
    assert patterns.read_entries(store) == {(pattern, 0): broken}  # a sound file: _sre is what refuses it
    _assert_as_re_compiles(patterns.compile_pattern(pattern), pattern, 0)
    patterns.save_compiled_patterns()  # and the entry is made again
    assert patterns.read_entries(store)[(pattern, 0)] == patterns.make_entry(pattern, 0)


def test_an_unwritable_cache_folder_only_means_compiling(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(not_a_folder))
    _fresh_store(monkeypatch)
    pattern, flags = SAMPLES[0]
    made = []
    monkeypatch.setattr(patterns, "make_entry", lambda *a: made.append(a))
    _assert_as_re_compiles(patterns.compile_pattern(pattern, flags), pattern, flags)
    assert made == []  # no second compile for an entry that could not be kept
    patterns.save_compiled_patterns()  # and no error
    assert not_a_folder.read_text() == "x"


def test_turned_off_it_reads_and_writes_nothing(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(patterns.DISABLE_ENV, "0")
    pattern, flags = SAMPLES[1]
    _assert_as_re_compiles(patterns.compile_pattern(pattern, flags), pattern, flags)
    patterns.save_compiled_patterns()
    assert not store.parent.exists()


def test_the_file_stays_bounded(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(patterns, "MAX_ENTRIES", 3)
    for pattern, flags in SAMPLES[:3]:
        patterns.compile_pattern(pattern, flags)
    patterns.save_compiled_patterns()
    _fresh_store(monkeypatch)
    for pattern, flags in SAMPLES[2:5]:  # one found in the file, two new
        patterns.compile_pattern(pattern, flags)
    patterns.save_compiled_patterns()  # 5 > 3: the patterns this run used are kept, found or new
    assert set(patterns.read_entries(store)) == {(p, int(f)) for p, f in SAMPLES[2:5]}


def _run_epub(cache: Path, out: Path, *extra_env: tuple[str, str]) -> bytes:
    env = {name: value for name, value in os.environ.items() if name != patterns.DISABLE_ENV}
    env.update({"XDG_CACHE_HOME": str(cache), **dict(extra_env)})
    code = "from publisher.cli import main; main()"
    done = subprocess.run(
        [sys.executable, "-c", code, "epub", str(SEED), "-o", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return out.read_bytes()


def test_the_seed_epub_is_the_same_with_and_without_the_cache(tmp_path: Path) -> None:
    cache = tmp_path / "xdg"
    without = _run_epub(cache, tmp_path / "off.epub", (patterns.DISABLE_ENV, "0"))
    first = _run_epub(cache, tmp_path / "first.epub")  # compiles and stores
    stored = patterns.read_entries(cache / "pinghu-publish" / PATTERNS_FOLDER / patterns._FILE_NAME)
    assert len(stored) > 100  # the reader's patterns, and the others on the plain epub's way
    second = _run_epub(cache, tmp_path / "second.epub")  # from the file
    assert without == first == second
    for (pattern, flags), entry in stored.items():
        _assert_as_re_compiles(patterns._from_entry(pattern, entry), pattern, flags)


def test_the_cache_command_counts_and_clears_the_patterns(tmp_path: Path) -> None:
    cache = tmp_path / "xdg"
    _run_epub(cache, tmp_path / "seed.epub")
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    command = [sys.executable, "-c", "from publisher.cli import main; main()", "cache"]
    info = subprocess.run([*command, "info"], env=env, capture_output=True, text=True, check=False)
    assert "patterns: 1 compiled-pattern files" in info.stdout, info.stderr
    clear = subprocess.run([*command, "clear"], env=env, capture_output=True, text=True, check=False)
    # the cover, the patterns and the fonts fc-list gave (publisher/epub/cover.py)
    assert clear.stdout.startswith("removed 3 entries"), clear.stderr
    assert not (cache / "pinghu-publish" / PATTERNS_FOLDER).exists()


class _ImportTimeCompiles(ast.NodeVisitor):
    """Lines where a module compiles a pattern with re.compile at import (not inside a function)."""

    def __init__(self) -> None:
        self.lines: list[int] = []

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        pass  # compiled when called, through re's own cache

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Attribute) and ast.unparse(func) == "re.compile":
            self.lines.append(node.lineno)
        self.generic_visit(node)


def _import_time_re_compiles(path: Path) -> list[int]:
    finder = _ImportTimeCompiles()
    finder.visit(ast.parse(path.read_text(encoding="utf-8")))
    return finder.lines


def test_the_plain_epub_path_compiles_its_patterns_through_the_cache() -> None:
    """A pattern compiled at import by re.compile would be compiled again on every run (see patterns.py)."""
    code = (
        "import sys, publisher.cli, publisher.inputs, publisher.reader, publisher.epub;"
        "print(*(m.__file__ for n, m in sys.modules.items() if n.startswith('publisher') and m.__file__))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    modules = done.stdout.split()
    offenders = {
        Path(m).relative_to(ROOT).as_posix(): lines
        for m in modules
        if Path(m).is_relative_to(ROOT) and (lines := _import_time_re_compiles(Path(m)))
    }
    assert offenders == {}, "use publisher.patterns.compile_pattern for patterns compiled at import"
