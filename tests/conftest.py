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
