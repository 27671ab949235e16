"""Where the cache folder is: synthesised speech (publisher/speech/cache.py), covers, fonts, patterns."""

from __future__ import annotations

import os
from pathlib import Path

COVERS_FOLDER = "covers"  # e-book covers as drawn (publisher/epub/cover.py)
PATTERNS_FOLDER = "patterns"  # regular expressions as compiled by this interpreter (publisher/patterns.py)
FONTS_FOLDER = "fonts"  # the CJK fonts fontconfig lists, for the covers (publisher/epub/cover.py)


def default_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/pinghu-publish``, else ``~/.cache/pinghu-publish``.

    As the XDG base directory spec says, a relative XDG_CACHE_HOME is ignored.
    """
    base = os.environ.get("XDG_CACHE_HOME", "")
    return (Path(base) if os.path.isabs(base) else Path.home() / ".cache") / "pinghu-publish"
