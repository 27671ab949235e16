"""Atomic output: a failed write leaves neither the target nor a temporary file."""

from __future__ import annotations

from pathlib import Path

import pytest

from publisher.fileio import atomic_path, write_bytes_atomic


def test_write_replaces_target_whole(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "a.bin"
    write_bytes_atomic(target, b"first")
    write_bytes_atomic(target, b"second")
    assert target.read_bytes() == b"second"
    assert sorted(p.name for p in target.parent.iterdir()) == ["a.bin"]


def test_failure_leaves_no_partial_file(tmp_path: Path) -> None:
    target = tmp_path / "a.bin"
    with pytest.raises(RuntimeError), atomic_path(target) as tmp:
        tmp.write_bytes(b"half")
        raise RuntimeError("boom")
    assert list(tmp_path.iterdir()) == []


def test_failure_keeps_the_previous_version(tmp_path: Path) -> None:
    target = tmp_path / "a.bin"
    write_bytes_atomic(target, b"good")
    with pytest.raises(RuntimeError), atomic_path(target) as tmp:
        tmp.write_bytes(b"half")
        raise RuntimeError("boom")
    assert target.read_bytes() == b"good"
    assert [p.name for p in tmp_path.iterdir()] == ["a.bin"]


def test_unwritable_place_names_the_target(tmp_path: Path) -> None:
    from publisher.errors import PublisherError

    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(PublisherError, match=r"file/a\.bin: cannot write here"):
        write_bytes_atomic(blocker / "a.bin", b"data")
