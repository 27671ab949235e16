"""Where the shipped data lives (CSS, pinyin dictionaries, masthead names, voices…).

The files are edited in ``assets/`` at the top of the checkout and installed as
the data package ``publisher._assets`` (see setup.py), so they are found through
the import system, never through a path relative to the source tree: the same
code works from a checkout's editable install and from a wheel.
"""

from __future__ import annotations

from pathlib import Path

import publisher._assets

# pip always unpacks wheels, so the data package is a real folder (a Path, not a zip member):
# callers may stat files and hand their paths to other programs.  Its own __path__, not
# importlib.resources.files(): importing it cost ~6 ms CPU, 2% of a plain `epub` run.
ASSETS_DIR = Path(publisher._assets.__path__[0])
