"""Shared fixtures: the shipped seed and the project's own test pages."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_9b8e91649bcfa4b4.txt"
TEST_PAGES = sorted((ROOT / "tests" / "pages").glob("*.txt"))


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
