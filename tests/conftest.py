"""Shared fixtures: the shipped seed and the project's own test pages."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_9b8e91649bcfa4b4.txt"
TEST_PAGES = sorted((ROOT / "tests" / "pages").glob("*.txt"))


_xdg_before: list[str | None] = []


def pytest_configure(config: pytest.Config) -> None:
    """The suite's caches (clips, covers, compiled patterns, the joined model) in a folder of its own,
    never the user's; set before collection, which imports the modules that compile patterns."""
    _xdg_before.append(os.environ.get("XDG_CACHE_HOME"))
    os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="pinghu-test-cache-")


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(os.environ.pop("XDG_CACHE_HOME", ""), ignore_errors=True)
    before = _xdg_before.pop() if _xdg_before else None
    if before is not None:
        os.environ["XDG_CACHE_HOME"] = before


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`build` on the seed with the offline voice (pinned: fast, never the network); the output folder."""
    from click.testing import CliRunner

    from publisher.cli import main

    out = tmp_path_factory.mktemp("seed-build")
    args = [
        "build",
        str(SEED),
        "-o",
        str(out),
        "--engine",
        "espeak",
        "--quiet",
        "--cache-dir",
        str(out / ".cache"),
    ]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    return out
