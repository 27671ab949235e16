"""Where the shipped data lives (CSS, pinyin dictionaries, masthead names…)."""

from pathlib import Path

ASSETS_DIR = Path(__file__).resolve().parent.parent / "assets"
